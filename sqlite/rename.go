package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"sort"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/storesql"
)

// Relink sets the names of every stored article and story to those they
// were committed with, renamed by renames, in one transaction. The
// articles it reads are those marked relinked (they show other names than
// linked) and those that show a name being renamed (the others show their
// linked names, and renames leave them so); only those whose names change
// are written.
func (db *DB) Relink(ctx context.Context, renames map[storyline.EntityKey]storyline.EntityKey) (int, error) {
	const op = "sqlite.Relink"
	if db.w == nil {
		return 0, db.errReadOnly(op)
	}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return 0, storeError(op, "", err)
	}
	defer tx.Rollback()
	ids, err := relinkCandidates(ctx, tx, db.stmts, renames)
	if err != nil {
		return 0, storeError(op, "", err)
	}
	changed := 0
	for _, id := range ids {
		ok, err := relinkArticle(ctx, tx, db.stmts, id, renames)
		if err != nil {
			return 0, storeError(op, id, err)
		}
		if ok {
			changed++
		}
	}
	if err := relinkStories(ctx, tx, renames); err != nil {
		return 0, storeError(op, "stories", err)
	}
	if err := tx.Commit(); err != nil {
		return 0, storeError(op, "", err)
	}
	return changed, nil
}

// relinkCandidates returns, in id order, the articles marked relinked and
// those showing a name that renames renames.
func relinkCandidates(ctx context.Context, tx *sql.Tx, st *writeStmts, renames map[storyline.EntityKey]storyline.EntityKey) ([]string, error) {
	seen := map[string]bool{}
	collect := func(rows *sql.Rows, err error) error {
		if err != nil {
			return err
		}
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return err
			}
			seen[id] = true
		}
		return errors.Join(rows.Err(), rows.Close())
	}
	if err := collect(tx.QueryContext(ctx, `SELECT id FROM articles WHERE relinked = 1`)); err != nil {
		return nil, err
	}
	renamed := tx.StmtContext(ctx, st.renamedArticles)
	for old := range renames {
		if err := collect(renamed.QueryContext(ctx, old.Name, string(old.Type))); err != nil {
			return nil, err
		}
	}
	ids := make([]string, 0, len(seen))
	for id := range seen {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids, nil
}

// relinkArticle gives one article its linked names renamed, and reports
// whether its names changed (storesql.RelinkArticle).
func relinkArticle(ctx context.Context, tx *sql.Tx, st *writeStmts, id string, renames map[storyline.EntityKey]storyline.EntityKey) (bool, error) {
	var doc, body string
	var linked *string
	err := tx.StmtContext(ctx, st.relinkArticle).QueryRowContext(ctx, id).Scan(&doc, &body, &linked)
	if err != nil {
		return false, err
	}
	r, ok, err := storesql.RelinkArticle(doc, body, linked, renames)
	if !ok || err != nil {
		return false, err
	}
	newDoc, err := articleDoc(r.Article)
	if err != nil {
		return false, err
	}
	_, err = tx.StmtContext(ctx, st.relinkedArticle).ExecContext(ctx, newDoc, r.Renamed, r.Linked, id)
	if err != nil {
		return false, err
	}
	if _, err := tx.StmtContext(ctx, st.deleteEntities).ExecContext(ctx, id); err != nil {
		return false, err
	}
	insert := tx.StmtContext(ctx, st.insertEntity)
	for _, e := range r.Article.EntityAliases() {
		if _, err := insert.ExecContext(ctx, id, e.Name, e.Type, e.Alias, e.Mentions); err != nil {
			return false, err
		}
	}
	return true, nil
}

// relinkStories rewrites the entity lists of the stories that renames
// change. Stories are few beside articles and their documents small: all
// are read.
func relinkStories(ctx context.Context, tx *sql.Tx, renames map[storyline.EntityKey]storyline.EntityKey) error {
	rows, err := tx.QueryContext(ctx, `SELECT doc, coalesce(linked, json_extract(doc, '$.entities'), '[]') FROM stories ORDER BY id`)
	if err != nil {
		return err
	}
	var changed []*storyline.Story
	for rows.Next() {
		var doc, linked string
		if err := rows.Scan(&doc, &linked); err != nil {
			rows.Close()
			return err
		}
		st, err := storesql.DecodeStory(doc)
		if err != nil {
			rows.Close()
			return err
		}
		var names []string
		if err := json.Unmarshal([]byte(linked), &names); err != nil {
			rows.Close()
			return fmt.Errorf("story %s: linked names: %w", st.ID, err)
		}
		if st.Relink(names, renames) {
			changed = append(changed, st)
		}
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return err
	}
	for _, st := range changed {
		doc, err := st.MarshalJSON() // as json.Marshal(st) writes it (see articleDoc)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE stories SET doc = ?, linked = coalesce(linked, json_extract(doc, '$.entities')) WHERE id = ?`, string(doc), st.ID); err != nil {
			return err
		}
	}
	return nil
}
