package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"strings"

	"github.com/storyline-news/storyline"
)

// RenameEntities applies renames to every stored article that names one of
// the old names, in one transaction.
func (db *DB) RenameEntities(ctx context.Context, renames map[storyline.EntityKey]storyline.EntityKey) (int, error) {
	const op = "sqlite.RenameEntities"
	if len(renames) == 0 {
		return 0, nil
	}
	if db.w == nil {
		return 0, db.errReadOnly(op)
	}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return 0, storeError(op, "", err)
	}
	defer tx.Rollback()
	ids, err := articlesNaming(ctx, tx, renames)
	if err != nil {
		return 0, storeError(op, "", err)
	}
	changed := 0
	for _, id := range ids {
		ok, err := renameIn(ctx, tx, db.stmts, id, renames)
		if err != nil {
			return 0, storeError(op, id, err)
		}
		if ok {
			changed++
		}
	}
	if err := renameInStories(ctx, tx, renames); err != nil {
		return 0, storeError(op, "stories", err)
	}
	if err := tx.Commit(); err != nil {
		return 0, storeError(op, "", err)
	}
	return changed, nil
}

// renameInStories rewrites the entity lists of the stories that name an
// old name.
func renameInStories(ctx context.Context, tx *sql.Tx, renames map[storyline.EntityKey]storyline.EntityKey) error {
	var args []any
	for from := range renames {
		args = append(args, from.Name)
	}
	marks := strings.TrimSuffix(strings.Repeat("?,", len(args)), ",")
	rows, err := tx.QueryContext(ctx, `SELECT DISTINCT s.id, s.doc FROM stories s, json_each(s.doc, '$.entities') e
		WHERE e.value IN (`+marks+`)`, args...)
	if err != nil {
		return err
	}
	type pending struct{ id, doc string }
	var todo []pending
	for rows.Next() {
		var p pending
		if err := rows.Scan(&p.id, &p.doc); err != nil {
			rows.Close()
			return err
		}
		todo = append(todo, p)
	}
	if err := rows.Close(); err != nil {
		return err
	}
	for _, p := range todo {
		st, err := decodeStory(p.doc)
		if err != nil {
			return err
		}
		if !st.RenameEntities(renames) {
			continue
		}
		doc, err := json.Marshal(st)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE stories SET doc = ? WHERE id = ?`, string(doc), p.id); err != nil {
			return err
		}
	}
	return nil
}

func articlesNaming(ctx context.Context, tx *sql.Tx, renames map[storyline.EntityKey]storyline.EntityKey) ([]string, error) {
	seen := map[string]bool{}
	var ids []string
	for old := range renames {
		rows, err := tx.QueryContext(ctx, `SELECT DISTINCT article_id FROM article_entities WHERE name = ? AND type = ?`, old.Name, string(old.Type))
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return nil, err
			}
			if !seen[id] {
				seen[id] = true
				ids = append(ids, id)
			}
		}
		if err := rows.Close(); err != nil {
			return nil, err
		}
	}
	return ids, nil
}

func renameIn(ctx context.Context, tx *sql.Tx, st *writeStmts, id string, renames map[storyline.EntityKey]storyline.EntityKey) (bool, error) {
	var doc, body string
	if err := tx.QueryRowContext(ctx, `SELECT doc, body FROM articles WHERE id = ?`, id).Scan(&doc, &body); err != nil {
		return false, err
	}
	a, err := decodeArticle(doc, body)
	if err != nil {
		return false, err
	}
	if !a.RenameEntities(renames) {
		return false, nil
	}
	newDoc, err := articleDoc(a)
	if err != nil {
		return false, err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE articles SET doc = ? WHERE id = ?`, newDoc, id); err != nil {
		return false, err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM article_entities WHERE article_id = ?`, id); err != nil {
		return false, err
	}
	insert := tx.StmtContext(ctx, st.insertEntity)
	for _, e := range a.EntityAliases() {
		if _, err := insert.ExecContext(ctx, id, e.Name, e.Type, e.Alias, e.Mentions); err != nil {
			return false, err
		}
	}
	return true, nil
}
