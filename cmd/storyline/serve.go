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

The server is read-only unless $STORYLINE_TOKEN is set: POST /api/ingest
then needs "Authorization: Bearer $STORYLINE_TOKEN". SIGTERM or Ctrl-C stops
it after the requests in flight finish. Access logs go to stderr
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
	store, err := m.openStore(ctx, m.dbPath(*db))
	if err != nil {
		return err
	}
	defer closeInto(&err, store)
	logger := m.Logger
	if m.Getenv("STORYLINE_LOG") == "" {
		logger = slog.New(slog.NewTextHandler(m.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	}
	srv, err := web.New(web.Options{
		Store:     store,
		Ingester:  &engineIngester{m: m, store: store},
		Token:     m.Getenv("STORYLINE_TOKEN"),
		Logger:    logger,
		FillStory: compare.Story,
	})
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
