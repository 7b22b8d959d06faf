package postgres

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/storyline-news/storyline"
)

// RenameEntities applies renames to every stored article and story that
// names one of the old names, in one transaction.
func (db *DB) RenameEntities(ctx context.Context, renames map[storyline.EntityKey]storyline.EntityKey) (int, error) {
	const op = "postgres.RenameEntities"
	if len(renames) == 0 {
		return 0, nil
	}
	changed := 0
	err := db.write(ctx, false, func(tx pgx.Tx) error {
		var err error
		if changed, err = renameArticles(ctx, tx, renames); err != nil {
			return err
		}
		return renameInStories(ctx, tx, renames)
	})
	if err != nil {
		return 0, fmt.Errorf("%s: %w", op, err)
	}
	return changed, nil
}

func renameArticles(ctx context.Context, tx pgx.Tx, renames map[storyline.EntityKey]storyline.EntityKey) (int, error) {
	var names, types []string
	for old := range renames {
		names = append(names, clean(old.Name))
		types = append(types, clean(string(old.Type)))
	}
	rows, err := tx.Query(ctx, `SELECT a.id, a.doc, a.body FROM articles a
		WHERE a.id IN (SELECT e.article_id FROM article_entities e
			JOIN unnest($1::text[], $2::text[]) AS r(name, type) ON e.name = r.name AND e.type = r.type)
		ORDER BY a.id`, names, types)
	if err != nil {
		return 0, err
	}
	articles, err := collectArticles(rows)
	if err != nil {
		return 0, err
	}
	b := &pgx.Batch{}
	changed := 0
	for _, a := range articles {
		if !a.RenameEntities(renames) {
			continue
		}
		doc, err := articleDoc(a)
		if err != nil {
			return 0, err
		}
		changed++
		b.Queue(`UPDATE articles SET doc = $1 WHERE id = $2`, doc, a.ID)
		b.Queue(`DELETE FROM article_entities WHERE article_id = $1`, a.ID)
		queueEntities(b, a)
		if err := queueQuotes(b, a.ID, doc); err != nil {
			return 0, err
		}
	}
	return changed, tx.SendBatch(ctx, b).Close()
}

// renameInStories rewrites the entity lists of the stories that name an
// old name.
func renameInStories(ctx context.Context, tx pgx.Tx, renames map[storyline.EntityKey]storyline.EntityKey) error {
	var names []string
	for from := range renames {
		names = append(names, clean(from.Name))
	}
	rows, err := tx.Query(ctx, `SELECT doc FROM stories WHERE entities && $1::text[] ORDER BY id`, names)
	if err != nil {
		return err
	}
	var docs []string
	for rows.Next() {
		var doc string
		if err := rows.Scan(&doc); err != nil {
			rows.Close()
			return err
		}
		docs = append(docs, doc)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	b := &pgx.Batch{}
	for _, doc := range docs {
		st, err := decodeStory(doc)
		if err != nil {
			return err
		}
		if !st.RenameEntities(renames) {
			continue
		}
		out, err := json.Marshal(st)
		if err != nil {
			return err
		}
		b.Queue(`UPDATE stories SET doc = $1, entities = $2 WHERE id = $3`, string(out), cleanAll(st.Entities), clean(st.ID))
	}
	return tx.SendBatch(ctx, b).Close()
}
