// Package web serves the store over HTTP: a JSON API (one envelope, one
// error writer, an OpenAPI 3.1 document) and a server-rendered UI embedded
// in the binary (web/ui), with health, metrics and access logs.
package web

import (
	"cmp"
	"context"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"runtime"
	"strings"
	"sync/atomic"
	"time"

	"github.com/storyline-news/storyline"
)

// Store is what the server reads.
type Store interface {
	Article(ctx context.Context, id string) (*storyline.Article, error)
	Story(ctx context.Context, id string) (*storyline.Story, error)
	storyline.Searcher
}

// Ingester runs one input through the whole pipeline into the store; name
// picks the reader and the article ids, as a file name would.
type Ingester interface {
	Ingest(ctx context.Context, name string, body io.Reader) (storyline.IngestResult, error)
}

// Limits. Each is a bound a legitimate client never meets.
const (
	// MaxIngestBytes bounds one POST /api/ingest body: the ingest command's
	// own page limit (32 MiB), so HTTP takes what the command line takes.
	MaxIngestBytes = 32 << 20
	// ingestTimeout bounds one ingest: a 32 MiB input runs the pipeline in
	// well under a minute on one core.
	ingestTimeout = 5 * time.Minute
	// readTimeout bounds a read request, its wait for a store slot
	// included: a page renders in tens of milliseconds of CPU, so only a
	// runaway query or a server far past its capacity comes near it (a
	// burst of 200 concurrent searches on two busy cores queues for seconds,
	// and a slow answer serves better than an error).
	readTimeout = 30 * time.Second
	// uploadTimeout bounds the arrival of one POST /api/ingest body: 32 MiB
	// at 1 Mbit/s is four and a half minutes.
	uploadTimeout = 5 * time.Minute
	// writeGrace is how long a shutdown waits when a write is in flight: as
	// long as one write may take.
	writeGrace = ingestTimeout
	// shutdownGrace is how long requests in flight may finish after SIGTERM.
	shutdownGrace = 10 * time.Second
)

// Options configure a Server.
type Options struct {
	Store Store
	// Ingester takes POST /api/ingest; nil refuses writes like a missing token.
	Ingester Ingester
	// Token is the bearer token writes need ($STORYLINE_TOKEN); "" makes the
	// server read-only: every write is refused with 403.
	Token string
	// FillStory derives a story's comparison and timeline from its articles
	// (package compare); nil leaves them empty.
	FillStory func(*storyline.Story, []*storyline.Article)
	Logger    *slog.Logger
	// MaxIngestBytes overrides MaxIngestBytes when > 0 (tests).
	MaxIngestBytes int64
	// UploadTimeout overrides uploadTimeout when > 0 (tests).
	UploadTimeout time.Duration
	// ShutdownGrace overrides shutdownGrace when > 0 (tests).
	ShutdownGrace time.Duration
}

// Server is the HTTP handler of the API and the UI.
type Server struct {
	opt     Options
	mux     *http.ServeMux
	metrics *metrics
	ui      *ui
	// busy admits at most cap(busy) requests to the store at once; the rest
	// wait their turn in order (see storeSlots).
	busy chan struct{}
	// writing counts the writes (POST /api/ingest) in flight, which a
	// shutdown lets finish (writeGrace) rather than cut.
	writing atomic.Int64
}

// storeSlots is how many requests read the store at once: two per core
// keeps every core busy while a request waits on the disk. Beyond that, more
// concurrent SQLite readers only thrash caches and the scheduler, so under a
// burst (200 concurrent searches) requests queue here instead, and one that
// waits longer than its time limit is answered 503.
func storeSlots() int { return max(4, 2*runtime.GOMAXPROCS(0)) }

// New builds a server; it fails only if the embedded UI does not parse.
func New(opt Options) (*Server, error) {
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if opt.MaxIngestBytes <= 0 {
		opt.MaxIngestBytes = MaxIngestBytes
	}
	s := &Server{opt: opt, mux: http.NewServeMux(), metrics: newMetrics(), busy: make(chan struct{}, storeSlots())}
	var err error
	if s.ui, err = newUI(s); err != nil {
		return nil, err
	}
	s.routes()
	return s, nil
}

func (s *Server) routes() {
	api := []struct {
		pattern string
		h       func(http.ResponseWriter, *http.Request) error
	}{
		{"GET /api/stories", s.apiStories},
		{"GET /api/stories/{id}", s.apiStory},
		{"GET /api/articles/{id}", s.apiArticle},
		{"GET /api/search", s.apiSearch},
		{"GET /api/entities/{name}", s.apiEntity},
		{"GET /api/quotes", s.apiQuotes},
		{"POST /api/ingest", s.apiIngest},
		{"GET /api/openapi.json", s.apiOpenAPI},
		{"/api/", s.apiNoRoute},
	}
	for _, r := range api {
		s.mux.Handle(r.pattern, s.apiHandler(r.h))
	}
	s.mux.HandleFunc("GET /healthz", s.healthz)
	s.mux.HandleFunc("GET /metrics", s.metrics.serve)
	s.ui.routes(s.mux)
}

// healthz answers "ok" when the store answers a lookup, else 503: a
// server whose store is gone is not healthy, however well it listens.
func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	ctx, cancel := context.WithTimeout(r.Context(), healthTimeout)
	defer cancel()
	if _, err := s.opt.Store.Story(ctx, healthProbe); err != nil && storyline.ErrorCode(err) != storyline.ENOTFOUND {
		s.opt.Logger.Error("healthz: the store does not answer", "err", err)
		w.WriteHeader(http.StatusServiceUnavailable)
		io.WriteString(w, "store unavailable\n")
		return
	}
	io.WriteString(w, "ok\n")
}

// healthProbe is the story id /healthz looks up: no story has it, so the
// lookup is one index probe that a working store answers with "not found".
const healthProbe = "healthz-probe"

// healthTimeout bounds /healthz's lookup: a probe that waits longer than a
// load balancer does is a failed one.
const healthTimeout = 2 * time.Second

// ServeHTTP serves one request with the security headers, a time limit for
// reads, metrics and an access log line.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	h := w.Header()
	h.Set("Content-Security-Policy", contentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "no-referrer")
	if r.Method != http.MethodPost {
		ctx, cancel := context.WithTimeout(r.Context(), readTimeout)
		defer cancel()
		r = r.WithContext(ctx)
	}
	keepDotSegments(r)
	rec := &recorder{ResponseWriter: w, status: http.StatusOK}
	if release, ok := s.admit(rec, r); ok {
		s.mux.ServeHTTP(rec, r)
		release()
	}
	route := r.Pattern // set by the mux on the request it served
	if route == "" {
		route = "unmatched"
	}
	elapsed := time.Since(start)
	s.metrics.observe(route, rec.status, elapsed)
	s.opt.Logger.Info("request", "method", r.Method, "path", r.URL.Path, "route", route,
		"status", rec.status, "bytes", rec.bytes, "ms", float64(elapsed.Microseconds())/1000, "remote", r.RemoteAddr)
}

// keepDotSegments escapes a path segment that is "." or "..": it is an id
// ("..", a JSON Lines record's own id), which the mux would otherwise clean
// away with a redirect. The escaped dots still unescape to the id.
func keepDotSegments(r *http.Request) {
	if !strings.Contains(r.URL.Path, "/.") {
		return
	}
	segs := strings.Split(r.URL.EscapedPath(), "/")
	changed := false
	for i, seg := range segs {
		if seg == "." || seg == ".." {
			segs[i], changed = strings.ReplaceAll(seg, ".", "%2E"), true
		}
	}
	if changed {
		r.URL.RawPath = strings.Join(segs, "/")
	}
}

// admit waits for a store slot for requests that read the store (not
// health, metrics or static files); it answers 503 itself when the request's
// time runs out first.
func (s *Server) admit(w http.ResponseWriter, r *http.Request) (release func(), ok bool) {
	switch p := r.URL.Path; {
	case p == "/healthz", p == "/metrics", strings.HasPrefix(p, "/static/"), p == "/api/openapi.json":
		return func() {}, true
	}
	select {
	case s.busy <- struct{}{}:
		return func() { <-s.busy }, true
	case <-r.Context().Done():
		writeError(w, r, errorf(http.StatusServiceUnavailable, "internal", "the server is too busy: try again"))
		return nil, false
	}
}

// contentSecurityPolicy allows nothing but the server's own script, styles
// and images: no inline script or style, no plugins, no framing.
const contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

type recorder struct {
	http.ResponseWriter
	status int
	bytes  int
	wrote  bool
}

// Unwrap lets http.ResponseController reach the connection (the upload
// deadline of POST /api/ingest).
func (r *recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

func (r *recorder) WriteHeader(code int) {
	if !r.wrote {
		r.status, r.wrote = code, true
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Write(b []byte) (int, error) {
	r.wrote = true
	n, err := r.ResponseWriter.Write(b)
	r.bytes += n
	return n, err
}

// Serve answers on ln until ctx ends, then lets requests in flight finish
// (for at most shutdownGrace) and returns nil.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(s.opt.Logger.Handler(), slog.LevelWarn),
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	grace := cmp.Or(s.opt.ShutdownGrace, shutdownGrace)
	if s.writing.Load() > 0 {
		grace = writeGrace
	}
	s.opt.Logger.Info("shutting down", "grace", grace, "writes", s.writing.Load())
	sctx, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	err := srv.Shutdown(sctx)
	if serr := <-errc; !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return storyline.Errorf(storyline.EINTERNAL, "stopped after %s with requests still running (%d writes): what they had not committed is not stored", grace, s.writing.Load())
	}
	return err
}
