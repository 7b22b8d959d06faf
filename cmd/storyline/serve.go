package main

import (
	"context"
	"fmt"
	"log/slog"
	"net"

	"github.com/storyline-news/storyline/compare"
	"github.com/storyline-news/storyline/web"
)

const serveAbout = `Serve the store over HTTP: the web UI at / and the JSON API under /api/
(its OpenAPI 3.1 document is /api/openapi.json), /healthz and /metrics.
The first line on stderr is "listening on http://HOST:PORT", so --addr
127.0.0.1:0 picks a free port that scripts can read.

The server is read-only unless $STORYLINE_TOKEN is set: it then opens the
store as export does (it must exist; an ingest may write it meanwhile). With
the token set, POST /api/ingest needs "Authorization: Bearer $STORYLINE_TOKEN"
and the server holds the store's writer lock. SIGTERM or Ctrl-C stops
it after the requests in flight finish (reads get 10 s, a write up to the
5 minutes a write may take). Access logs go to stderr
(STORYLINE_LOG=warn silences them).`

func (m *Main) runServe(ctx context.Context, args []string) (err error) {
	fs := m.flags("serve", "[--db PATH] [--addr HOST:PORT]", serveAbout)
	db := fs.String("db", "", dbFlagUsage)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on (port 0: any free port)")
	if err := m.parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return usageError("serve takes no arguments")
	}
	opt := web.Options{Token: m.Getenv("STORYLINE_TOKEN"), Logger: m.Logger, FillStory: compare.Story}
	if m.Getenv("STORYLINE_LOG") == "" {
		opt.Logger = slog.New(slog.NewTextHandler(m.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	}
	// Without a token the server only reads: it opens the store as export
	// does (never created, no writer lock), so an ingest can run beside it.
	if opt.Token == "" {
		store, err := m.openReader(ctx, m.dbPath(*db))
		if err != nil {
			return err
		}
		defer closeInto(&err, store)
		opt.Store = store
	} else {
		store, err := m.openStore(ctx, m.dbPath(*db))
		if err != nil {
			return err
		}
		defer closeInto(&err, store)
		opt.Store, opt.Ingester = store, &engineIngester{m: m, store: store}
	}
	srv, err := web.New(opt)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return usageError("serve: %v", err)
	}
	fmt.Fprintf(m.Stderr, "listening on http://%s\n", ln.Addr())
	return srv.Serve(ctx, ln)
}
