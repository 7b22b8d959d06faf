package postgres

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/jackc/pgx/v5"

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

// relinkArticles gives the candidate articles their linked names renamed.
// An article stored before names were kept as linked (linked is NULL)
// takes the names it shows for its linked names, which are written down
// once it shows others.
func relinkArticles(ctx context.Context, tx pgx.Tx, renames map[storyline.EntityKey]storyline.EntityKey) (int, error) {
	var names, types []string
	for old := range renames {
		names = append(names, clean(old.Name))
		types = append(types, clean(string(old.Type)))
	}
	rows, err := tx.Query(ctx, `SELECT a.id, a.doc, a.body, a.linked FROM articles a
		WHERE a.relinked OR a.id IN (SELECT e.article_id FROM article_entities e
			JOIN unnest($1::text[], $2::text[]) AS r(name, type) ON e.name = r.name AND e.type = r.type)
		ORDER BY a.id`, names, types)
	if err != nil {
		return 0, err
	}
	b := &pgx.Batch{}
	changed := 0
	for rows.Next() {
		var id, doc, body string
		var linked *string
		if err := rows.Scan(&id, &doc, &body, &linked); err != nil {
			rows.Close()
			return 0, err
		}
		if err := relinkArticle(b, doc, body, linked, renames, &changed); err != nil {
			rows.Close()
			return 0, fmt.Errorf("article %s: %w", id, err)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, err
	}
	return changed, tx.SendBatch(ctx, b).Close()
}

// relinkArticle queues the writes of one article whose names change
// (storesql.RelinkArticle).
func relinkArticle(b *pgx.Batch, doc, body string, linked *string, renames map[storyline.EntityKey]storyline.EntityKey, changed *int) error {
	r, ok, err := storesql.RelinkArticle(doc, body, linked, renames)
	if !ok || err != nil {
		return err
	}
	*changed++
	a := r.Article
	newDoc, err := articleDoc(a)
	if err != nil {
		return err
	}
	b.Queue(`UPDATE articles SET doc = $1, relinked = $2, linked = coalesce(linked, $3) WHERE id = $4`, newDoc, r.Renamed, r.Linked, a.ID)
	b.Queue(`DELETE FROM article_entities WHERE article_id = $1`, a.ID)
	queueEntities(b, a)
	return queueQuotes(b, a.ID, newDoc)
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
		st, err := storesql.DecodeStory(doc)
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
