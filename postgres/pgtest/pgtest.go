// Package pgtest gives each test its own PostgreSQL schema, so that test
// runs and parallel packages never see each other's rows.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// DefaultURL is the server the tests use unless $STORYLINE_TEST_POSTGRES
// names another: the one .ci/run starts.
const DefaultURL = "postgres://postgres@127.0.0.1:5432/test"

// connectTimeout bounds the check that the server is there at all.
const connectTimeout = 5 * time.Second

// BaseURL is the test server's URL.
func BaseURL() string {
	if u := os.Getenv("STORYLINE_TEST_POSTGRES"); u != "" {
		return u
	}
	return DefaultURL
}

// URL returns a connection URL whose search_path is a fresh schema (the
// store creates it on open) and drops that schema when the test ends. The
// test is skipped, saying why, when no server answers.
func URL(t testing.TB) string {
	t.Helper()
	base := BaseURL()
	ctx, cancel := context.WithTimeout(context.Background(), connectTimeout)
	defer cancel()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Skipf("PostgreSQL is not reachable at %s (.ci/run starts it): %v", base, err)
	}
	conn.Close(ctx)
	var b [6]byte
	if _, err := rand.Read(b[:]); err != nil {
		t.Fatal(err)
	}
	schema := "storyline_test_" + hex.EncodeToString(b[:])
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("bad test URL %s: %v", base, err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	t.Cleanup(func() { drop(t, base, schema) })
	return u.String()
}

func drop(t testing.TB, base, schema string) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Errorf("drop schema %s: %v", schema, err)
		return
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, `DROP SCHEMA IF EXISTS `+pgx.Identifier{schema}.Sanitize()+` CASCADE`); err != nil {
		t.Errorf("drop schema %s: %v", schema, err)
	}
}
