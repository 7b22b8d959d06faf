// Package postgres is the scaled-out store: the whole storyline.Store contract
// (checked by storetest) on PostgreSQL through pgx, with embedded migrations,
// full-text search on a tsvector column, and every write in one transaction
// serialised by an advisory lock, so that several processes may share one
// database and still see SQLite's single-writer behaviour.
package postgres

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/fnv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/storyline-news/storyline"
)

var _ storyline.Store = (*DB)(nil)

// DB is an open storyline database in one PostgreSQL schema.
type DB struct {
	pool   *pgxpool.Pool
	schema string
	// writeLock is the advisory lock key every write transaction takes, one
	// per schema, so that stores in other schemas do not wait on each other.
	writeLock int64
	// writer holds the store's writer lock (OpenWriter) until Close.
	writer *pgxpool.Conn
}

// Open connects to the database that url names (postgres://…), creating the
// schema its search_path parameter names if it is missing, and brings the
// schema up to date. Opening a schema written by a newer version of the code
// fails with an EINVALID error rather than touching it.
func Open(ctx context.Context, url string) (*DB, error) {
	const op = "postgres.Open"
	pool, schema, err := connect(ctx, op, url)
	if err != nil {
		return nil, err
	}
	db := &DB{pool: pool}
	if err := db.init(ctx, schema); err != nil {
		pool.Close()
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	return db, nil
}

// connect makes the pool that url names and reaches its server once; it
// returns the schema the URL's search_path names first ("" for none).
func connect(ctx context.Context, op, url string) (*pgxpool.Pool, string, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, "", storyline.OpErrorf(op, storyline.EINVALID, "bad PostgreSQL URL: %v", err)
	}
	schema, err := targetSchema(cfg.ConnConfig.RuntimeParams["search_path"])
	if err != nil {
		return nil, "", storyline.OpErrorf(op, storyline.EINVALID, "%v", err)
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, "", fmt.Errorf("%s: %w", op, err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, "", connectError(ctx, op, cfg, err)
	}
	return pool, schema, nil
}

// connectError says that the server cfg names cannot be reached, with the
// last line of pgx's reason (it lists every address it tried, often twice).
func connectError(ctx context.Context, op string, cfg *pgxpool.Config, err error) error {
	if ctx.Err() != nil {
		return fmt.Errorf("%s: %w", op, ctx.Err()) // stopped, not unreachable
	}
	c := cfg.ConnConfig
	lines := strings.Split(strings.TrimSpace(err.Error()), "\n")
	return &storyline.Error{Code: storyline.EINTERNAL, Op: op,
		Message: fmt.Sprintf("cannot reach PostgreSQL at %s:%d (database %s, user %s): %s", c.Host, c.Port, c.Database, c.User, lines[len(lines)-1])}
}

// OpenExisting connects to a store that exists, for reading, as
// sqlite.OpenReadOnly opens a file: it creates no schema and migrates
// nothing. A schema that is missing or holds no store is an ENOTFOUND
// error, one of another schema version an EINVALID one.
func OpenExisting(ctx context.Context, url string) (*DB, error) {
	pool, _, err := connect(ctx, "postgres.OpenExisting", url)
	if err != nil {
		return nil, err
	}
	db := &DB{pool: pool}
	if err := db.checkExisting(ctx); err != nil {
		pool.Close()
		return nil, err
	}
	return db, nil
}

// checkExisting finds the schema the connection reads and checks that it
// holds a store of the version this code reads.
func (db *DB) checkExisting(ctx context.Context) error {
	const op = "postgres.OpenExisting"
	var schema *string
	if err := db.pool.QueryRow(ctx, `SELECT current_schema()`).Scan(&schema); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	if schema == nil {
		return storyline.OpErrorf(op, storyline.ENOTFOUND, "the search_path names no schema that exists: no store here (run storyline ingest --db with this URL first)")
	}
	db.schema = *schema
	var version *int
	err := db.pool.QueryRow(ctx, `SELECT max(version) FROM schema_migrations`).Scan(&version)
	var pgErr *pgconn.PgError
	switch {
	case errors.As(err, &pgErr) && pgErr.Code == "42P01": // undefined_table
		return storyline.OpErrorf(op, storyline.ENOTFOUND, "schema %s holds no store (run storyline ingest --db with this URL first)", db.schema)
	case err != nil:
		return fmt.Errorf("%s: %w", op, err)
	}
	switch v, latest := derefInt(version), SchemaVersion(); {
	case v < latest:
		return storyline.OpErrorf(op, storyline.EINVALID, "the store has schema version %d and this program reads %d: run storyline ingest on it once to upgrade it", v, latest)
	case v > latest:
		return storyline.OpErrorf(op, storyline.EINVALID, "the store has schema version %d, newer than this program's %d", v, latest)
	}
	db.writeLock = lockKey("storyline.write", db.schema)
	return nil
}

func derefInt(p *int) int {
	if p == nil {
		return 0
	}
	return *p
}

func (db *DB) init(ctx context.Context, schema string) error {
	if schema != "" {
		// Under a lock: CREATE SCHEMA IF NOT EXISTS run by two sessions at
		// once fails in one of them (workers start together). Quoted, so a
		// name is taken as written; targetSchema let plain identifiers only.
		err := pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error {
			if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, lockKey("storyline.schema", schema)); err != nil {
				return err
			}
			_, err := tx.Exec(ctx, `CREATE SCHEMA IF NOT EXISTS `+pgx.Identifier{schema}.Sanitize())
			return err
		})
		if err != nil {
			return fmt.Errorf("create schema %s: %w", schema, err)
		}
	}
	if err := db.pool.QueryRow(ctx, `SELECT current_schema()`).Scan(&db.schema); err != nil {
		return fmt.Errorf("current schema (does the search_path name a schema?): %w", err)
	}
	db.writeLock = lockKey("storyline.write", db.schema)
	return migrate(ctx, db.pool, lockKey("storyline.migrate", db.schema))
}

// targetSchema returns the schema a search_path names first, "" when none
// is set. Only a plain identifier is accepted, so the name can be created as
// written.
func targetSchema(searchPath string) (string, error) {
	first, _, _ := strings.Cut(searchPath, ",")
	first = strings.TrimSpace(first)
	if first == "" {
		return "", nil
	}
	for i, r := range first {
		ok := r == '_' || r >= 'a' && r <= 'z' || i > 0 && (r >= '0' && r <= '9' || r == '$')
		if !ok {
			return "", fmt.Errorf("search_path %q: the first schema must be a lower-case identifier", searchPath)
		}
	}
	return first, nil
}

// lockKey derives an advisory lock key from a purpose and a schema.
func lockKey(purpose, schema string) int64 {
	h := fnv.New64a()
	h.Write([]byte(purpose))
	h.Write([]byte{0})
	h.Write([]byte(schema))
	return int64(h.Sum64())
}

// Close closes the connection pool.
func (db *DB) Close() error {
	if db.writer != nil {
		db.writer.Release() // its session ends with the pool, and its lock with it
	}
	db.pool.Close()
	return nil
}

// OpenWriter opens the store as Open does and takes its writer lock, a
// session advisory lock held until Close, as sqlite.OpenWriter holds its
// lock file: a second ingest into the same store is refused with a message
// (ECONFLICT) instead of mixing its pages and stories with the first's.
func OpenWriter(ctx context.Context, url string) (*DB, error) {
	db, err := Open(ctx, url)
	if err != nil {
		return nil, err
	}
	conn, err := db.pool.Acquire(ctx)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("postgres.OpenWriter: %w", err)
	}
	var ok bool
	if err := conn.QueryRow(ctx, `SELECT pg_try_advisory_lock($1)`, lockKey("storyline.writer", db.schema)).Scan(&ok); err != nil {
		conn.Release()
		db.Close()
		return nil, fmt.Errorf("postgres.OpenWriter: %w", err)
	}
	if !ok {
		conn.Release()
		db.Close()
		return nil, &storyline.Error{Code: storyline.ECONFLICT, Op: "postgres.OpenWriter",
			Message: fmt.Sprintf("another storyline process is writing the store in schema %s; wait for it to finish, or give another search_path", db.schema)}
	}
	db.writer = conn
	return db, nil
}

// Schema is the schema the store lives in.
func (db *DB) Schema() string { return db.schema }

// Identity is a short digest that tells this store from any other: its
// database, its schema and when its schema was first made. Two URLs that
// reach one store (localhost, 127.0.0.1) give one identity.
func (db *DB) Identity(ctx context.Context) (string, error) {
	var name string
	var made time.Time
	err := db.pool.QueryRow(ctx, `SELECT current_database(), applied_at FROM schema_migrations ORDER BY version LIMIT 1`).Scan(&name, &made)
	if err != nil {
		return "", fmt.Errorf("postgres.Identity: %w", err)
	}
	sum := sha256.Sum256([]byte(name + "\x00" + db.schema + "\x00" + made.UTC().Format(time.RFC3339Nano)))
	return hex.EncodeToString(sum[:6]), nil
}

// Pool is the connection pool, for the queue's own tables beside the store.
func (db *DB) Pool() *pgxpool.Pool { return db.pool }

// write runs fn in one transaction that holds the schema's write lock, so
// writers from any number of processes apply one after another; async turns
// synchronous_commit off for it (see commit).
func (db *DB) write(ctx context.Context, async bool, fn func(pgx.Tx) error) error {
	sync := "on"
	if async {
		sync = "off"
	}
	return pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error {
		_, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1), set_config('synchronous_commit', $2, true)`, db.writeLock, sync)
		if err != nil {
			return err
		}
		return fn(tx)
	})
}

// null stores an unknown (empty) value as SQL NULL, so queries can test it.
// PostgreSQL text cannot hold NUL, so NULs are dropped from these copies;
// the JSON document, which is what readers see, keeps them escaped.
func null(s string) any {
	if s == "" {
		return nil
	}
	return clean(s)
}

// clean drops the NUL characters PostgreSQL text refuses.
func clean(s string) string {
	if strings.IndexByte(s, 0) < 0 {
		return s
	}
	return strings.ReplaceAll(s, "\x00", "")
}

var errNUL = errors.New("contains a NUL character, which PostgreSQL text cannot hold")
