package postgres

import (
	"context"
	"embed"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/storyline-news/storyline/storesql"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// SchemaVersion is the newest migration this code knows.
func SchemaVersion() int { return storesql.SchemaVersion(migrationFS) }

// migrate applies every migration the schema lacks, all in one transaction
// that holds the schema's migration lock, so that workers starting together
// do not apply one twice.
func migrate(ctx context.Context, pool *pgxpool.Pool, lock int64) error {
	ms, err := storesql.Migrations(migrationFS)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	return pgx.BeginFunc(ctx, pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, lock); err != nil {
			return fmt.Errorf("migrate: %w", err)
		}
		const create = `CREATE TABLE IF NOT EXISTS schema_migrations (
			version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`
		if _, err := tx.Exec(ctx, create); err != nil {
			return fmt.Errorf("migrate: %w", err)
		}
		var current int
		if err := tx.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&current); err != nil {
			return fmt.Errorf("migrate: schema version: %w", err)
		}
		if err := storesql.CheckVersion(ms, current); err != nil {
			return err
		}
		for _, m := range ms {
			if m.Version <= current {
				continue
			}
			if _, err := tx.Exec(ctx, m.SQL); err != nil {
				return fmt.Errorf("migrate %s: %w", m.Name, err)
			}
			if step := afterMigration[m.Version]; step != nil {
				if err := step(ctx, tx); err != nil {
					return fmt.Errorf("migrate %s: %w", m.Name, err)
				}
			}
			if _, err := tx.Exec(ctx, `INSERT INTO schema_migrations(version, name) VALUES ($1, $2)`, m.Version, m.Name); err != nil {
				return fmt.Errorf("migrate %s: %w", m.Name, err)
			}
		}
		return nil
	})
}

// afterMigration holds the steps that a migration needs done in Go, run
// right after its SQL in the same transaction.
var afterMigration = map[int]func(context.Context, pgx.Tx) error{
	3: backfillSearch,
}

// backfillBatch is how many articles backfillSearch reads at a time: enough
// to keep round trips few, few enough that a large store is not all in memory.
const backfillBatch = 500

// backfillSearch redoes, for the articles written before migration 3, the
// search columns (words only now) and the article_quotes rows, with the
// same code as a commit.
func backfillSearch(ctx context.Context, tx pgx.Tx) error {
	last := ""
	for {
		rows, err := tx.Query(ctx, `SELECT id, coalesce(title, ''), body, doc FROM articles
			WHERE id > $1 ORDER BY id LIMIT $2`, last, backfillBatch)
		if err != nil {
			return err
		}
		b := &pgx.Batch{}
		n := 0
		for rows.Next() {
			var id, title, body, doc string
			if err := rows.Scan(&id, &title, &body, &doc); err != nil {
				rows.Close()
				return err
			}
			b.Queue(`UPDATE articles SET search_title = $1, search_body = $2 WHERE id = $3`,
				searchText(title), searchText(body), id)
			if err := queueQuotes(b, id, doc); err != nil {
				rows.Close()
				return fmt.Errorf("article %s: %w", id, err)
			}
			last = id
			n++
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if n == 0 {
			return nil
		}
		if err := tx.SendBatch(ctx, b).Close(); err != nil {
			return err
		}
	}
}
