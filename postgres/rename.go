package postgres

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/storyline-news/storyline"
)

// Relink sets the names of every stored article and story to those they
// were committed with, renamed by renames, in one transaction; only the rows
// whose names change are written.
func (db *DB) Relink(ctx context.Context, renames map[storyline.EntityKey]storyline.EntityKey) (int, error) {
	const op = "postgres.Relink"
	changed := 0
	err := db.write(ctx, false, func(tx pgx.Tx) error {
		var err error
		if changed, err = relinkArticles(ctx, tx, renames); err != nil {
			return err
		}
		return relinkStories(ctx, tx, renames)
	})
	if err != nil {
		return 0, fmt.Errorf("%s: %w", op, err)
	}
	return changed, nil
}

// relinkArticles rewrites the articles whose names renames change. An
// article stored before names were kept as linked (linked is NULL) takes the
// names it shows for its linked names, which are written with it.
func relinkArticles(ctx context.Context, tx pgx.Tx, renames map[storyline.EntityKey]storyline.EntityKey) (int, error) {
	rows, err := tx.Query(ctx, `SELECT doc, linked FROM articles ORDER BY committed`)
	if err != nil {
		return 0, err
	}
	var changed []*storyline.Article
	b := &pgx.Batch{}
	for rows.Next() {
		var doc string
		var linked *string
		if err := rows.Scan(&doc, &linked); err != nil {
			rows.Close()
			return 0, err
		}
		a, err := decodeArticle(doc, "")
		if err != nil {
			rows.Close()
			return 0, err
		}
		var names storyline.LinkedNames
		if linked == nil {
			names = a.LinkedNames()
			js, err := json.Marshal(names)
			if err != nil {
				rows.Close()
				return 0, err
			}
			b.Queue(`UPDATE articles SET linked = $1 WHERE id = $2`, string(js), a.ID)
		} else if err := json.Unmarshal([]byte(*linked), &names); err != nil {
			rows.Close()
			return 0, fmt.Errorf("article %s: linked names: %w", a.ID, err)
		}
		if a.Relink(names, renames) {
			changed = append(changed, a)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, err
	}
	for _, a := range changed {
		// The entity rows' aliases are read from the body, which the
		// document holds only when it has a NUL.
		if a.Body == "" {
			if err := tx.QueryRow(ctx, `SELECT body FROM articles WHERE id = $1`, a.ID).Scan(&a.Body); err != nil {
				return 0, err
			}
		}
		doc, err := articleDoc(a)
		if err != nil {
			return 0, err
		}
		b.Queue(`UPDATE articles SET doc = $1 WHERE id = $2`, doc, a.ID)
		b.Queue(`DELETE FROM article_entities WHERE article_id = $1`, a.ID)
		queueEntities(b, a)
		if err := queueQuotes(b, a.ID, doc); err != nil {
			return 0, err
		}
	}
	return len(changed), tx.SendBatch(ctx, b).Close()
}

// relinkStories rewrites the entity lists of the stories that renames change.
func relinkStories(ctx context.Context, tx pgx.Tx, renames map[storyline.EntityKey]storyline.EntityKey) error {
	rows, err := tx.Query(ctx, `SELECT doc, linked FROM stories ORDER BY id`)
	if err != nil {
		return err
	}
	var changed []*storyline.Story
	b := &pgx.Batch{}
	for rows.Next() {
		var doc string
		var linked *string
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
		if linked == nil {
			names = append([]string{}, st.Entities...)
			js, err := json.Marshal(names)
			if err != nil {
				rows.Close()
				return err
			}
			b.Queue(`UPDATE stories SET linked = $1 WHERE id = $2`, string(js), clean(st.ID))
		} else if err := json.Unmarshal([]byte(*linked), &names); err != nil {
			rows.Close()
			return fmt.Errorf("story %s: linked names: %w", st.ID, err)
		}
		if st.Relink(names, renames) {
			changed = append(changed, st)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, st := range changed {
		out, err := json.Marshal(st)
		if err != nil {
			return err
		}
		b.Queue(`UPDATE stories SET doc = $1, entities = $2 WHERE id = $3`, string(out), cleanAll(st.Entities), clean(st.ID))
	}
	return tx.SendBatch(ctx, b).Close()
}
