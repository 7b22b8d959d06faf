package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/storyline-news/storyline"
)

// Relink sets the names of every stored article and story to those they
// were committed with, renamed by renames, in one transaction; only the rows
// whose names change are written.
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
	changed, err := relinkArticles(ctx, tx, renames)
	if err != nil {
		return 0, storeError(op, "", err)
	}
	for _, a := range changed {
		if err := rewriteNames(ctx, tx, db.stmts, a); err != nil {
			return 0, storeError(op, a.ID, err)
		}
	}
	if err := relinkStories(ctx, tx, renames); err != nil {
		return 0, storeError(op, "stories", err)
	}
	if err := tx.Commit(); err != nil {
		return 0, storeError(op, "", err)
	}
	return len(changed), nil
}

// relinkArticles returns the articles whose names renames change, relinked
// (without their bodies). An article stored before names were kept as
// linked (linked is NULL) takes the names it shows for its linked names,
// which are written with it.
func relinkArticles(ctx context.Context, tx *sql.Tx, renames map[storyline.EntityKey]storyline.EntityKey) ([]*storyline.Article, error) {
	rows, err := tx.QueryContext(ctx, `SELECT doc, linked FROM articles ORDER BY n`)
	if err != nil {
		return nil, err
	}
	var changed []*storyline.Article
	unlinked := map[string]string{} // id → the names it shows, as JSON
	for rows.Next() {
		var doc string
		var linked sql.NullString
		if err := rows.Scan(&doc, &linked); err != nil {
			rows.Close()
			return nil, err
		}
		a, err := decodeArticle(doc, "")
		if err != nil {
			rows.Close()
			return nil, err
		}
		var names storyline.LinkedNames
		if !linked.Valid {
			names = a.LinkedNames()
			unlinked[a.ID] = mustJSON(names)
		} else if err := json.Unmarshal([]byte(linked.String), &names); err != nil {
			rows.Close()
			return nil, fmt.Errorf("article %s: linked names: %w", a.ID, err)
		}
		if a.Relink(names, renames) {
			changed = append(changed, a)
		}
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return nil, err
	}
	for id, names := range unlinked {
		if _, err := tx.ExecContext(ctx, `UPDATE articles SET linked = ? WHERE id = ?`, names, id); err != nil {
			return nil, err
		}
	}
	return changed, nil
}

// mustJSON encodes a value json.Marshal cannot fail on.
func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// rewriteNames stores an article's new names: its document and its entity
// rows (whose aliases are read from the body).
func rewriteNames(ctx context.Context, tx *sql.Tx, st *writeStmts, a *storyline.Article) error {
	if err := tx.QueryRowContext(ctx, `SELECT body FROM articles WHERE id = ?`, a.ID).Scan(&a.Body); err != nil {
		return err
	}
	doc, err := articleDoc(a)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE articles SET doc = ? WHERE id = ?`, doc, a.ID); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM article_entities WHERE article_id = ?`, a.ID); err != nil {
		return err
	}
	insert := tx.StmtContext(ctx, st.insertEntity)
	for _, e := range a.EntityAliases() {
		if _, err := insert.ExecContext(ctx, a.ID, e.Name, e.Type, e.Alias, e.Mentions); err != nil {
			return err
		}
	}
	return nil
}

// relinkStories rewrites the entity lists of the stories that renames change.
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
		st, err := decodeStory(doc)
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
		doc, err := json.Marshal(st)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE stories SET doc = ?, linked = coalesce(linked, json_extract(doc, '$.entities')) WHERE id = ?`, string(doc), st.ID); err != nil {
			return err
		}
	}
	return nil
}
