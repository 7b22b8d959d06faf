package web

import (
	"bytes"
	"cmp"
	"context"
	"crypto/sha256"
	"crypto/subtle"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"io"
	"net/http"
	"os"
	"path"
	"strconv"
	"strings"
	"time"

	"github.com/storyline-news/storyline"
)

// apiError is an error with its HTTP status and contract code.
type apiError struct {
	status  int
	code    string
	message string
}

func (e *apiError) Error() string { return e.message }

func errorf(status int, code, format string, args ...any) error {
	return &apiError{status: status, code: code, message: fmt.Sprintf(format, args...)}
}

// apiHandler turns a handler's error into the error envelope: the one place
// where errors become HTTP statuses. An error of the server's own (a 5xx)
// is logged with its cause, which the client is not told.
func (s *Server) apiHandler(h func(http.ResponseWriter, *http.Request) error) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := h(w, r); err != nil {
			if status := writeError(w, r, err); status >= http.StatusInternalServerError {
				s.opt.Logger.Error("api", "path", r.URL.Path, "status", status, "err", err)
			}
		}
	})
}

// writeError writes err as the error envelope and returns its status.
func writeError(w http.ResponseWriter, r *http.Request, err error) int {
	var ae *apiError
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &ae):
	case errors.As(err, &tooBig):
		ae = &apiError{http.StatusRequestEntityTooLarge, "too_large", fmt.Sprintf("request body is larger than %d bytes", tooBig.Limit)}
	default:
		switch storyline.ErrorCode(err) {
		case storyline.ENOTFOUND:
			ae = &apiError{http.StatusNotFound, "not_found", err.Error()}
		case storyline.EINVALID, storyline.EINPUT:
			ae = &apiError{http.StatusBadRequest, "bad_request", err.Error()}
		default:
			if r.Context().Err() != nil {
				ae = &apiError{http.StatusServiceUnavailable, "internal", "the request took too long or was cancelled"}
			} else {
				ae = &apiError{http.StatusInternalServerError, "internal", "internal error"}
			}
		}
	}
	if ae.code == "unauthorized" {
		w.Header().Set("WWW-Authenticate", `Bearer realm="storyline"`)
	}
	type body struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	}
	writeJSON(w, ae.status, map[string]body{"error": {ae.code, ae.message}})
	return ae.status
}

func writeJSON(w http.ResponseWriter, status int, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // the JSON is served as application/json, never as HTML
	if err := enc.Encode(v); err != nil {
		return err
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, err := w.Write(buf.Bytes())
	return err
}

// query reads the common filters of /api/stories and /api/search.
func query(r *http.Request) (storyline.Query, error) {
	v := r.URL.Query()
	q := storyline.Query{Text: v.Get("q"), Entity: v.Get("entity"), Source: v.Get("source"),
		From: v.Get("from"), To: v.Get("to"), Cursor: v.Get("cursor")}
	if l := v.Get("limit"); l != "" {
		n, err := strconv.Atoi(l)
		if err != nil || n < 1 || n > storyline.MaxLimit {
			return q, errorf(http.StatusBadRequest, "bad_request", "limit %q: want a number from 1 to %d", l, storyline.MaxLimit)
		}
		q.Limit = n
	}
	return q, nil
}

func (s *Server) apiStories(w http.ResponseWriter, r *http.Request) error {
	q, err := query(r)
	if err != nil {
		return err
	}
	p, err := s.opt.Store.Stories(r.Context(), q)
	if err != nil {
		return err
	}
	for _, st := range p.Stories {
		if err := s.fill(r.Context(), st); err != nil {
			return err
		}
	}
	return writeJSON(w, http.StatusOK, struct {
		Stories []*storyline.Story `json:"stories"`
		Total   int                `json:"total"`
		Next    *string            `json:"next"`
	}{p.Stories, p.Total, null(p.Next)})
}

// fill derives the story's comparison and timeline when a FillStory is set.
func (s *Server) fill(ctx context.Context, st *storyline.Story) error {
	if s.opt.FillStory == nil {
		return nil
	}
	arts, err := s.storyArticles(ctx, st)
	if err != nil {
		return err
	}
	s.opt.FillStory(st, arts)
	return nil
}

// storyArticles loads the articles a story lists, skipping any a later
// commit removed.
func (s *Server) storyArticles(ctx context.Context, st *storyline.Story) ([]*storyline.Article, error) {
	var arts []*storyline.Article
	for _, id := range st.Articles {
		a, err := s.opt.Store.Article(ctx, id)
		if storyline.ErrorCode(err) == storyline.ENOTFOUND {
			continue
		}
		if err != nil {
			return nil, err
		}
		arts = append(arts, a)
	}
	return arts, nil
}

func (s *Server) apiStory(w http.ResponseWriter, r *http.Request) error {
	st, err := s.opt.Store.Story(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	if err := s.fill(r.Context(), st); err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, st)
}

func (s *Server) apiArticle(w http.ResponseWriter, r *http.Request) error {
	a, err := s.opt.Store.Article(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, a)
}

// Hit is a search hit as the API and storyline search write it: unknown
// values null, the snippet HTML-escaped with <mark> around the hits.
type Hit struct {
	Article   string  `json:"article"`
	Title     *string `json:"title"`
	Source    *string `json:"source"`
	Published *string `json:"published"`
	Story     *string `json:"story"`
	Snippet   string  `json:"snippet"`
}

// NewHit is h in its API form.
func NewHit(h storyline.SearchHit) Hit {
	return Hit{h.Article, null(h.Title), null(h.Source), null(h.Published), null(h.Story), SnippetHTML(h.Snippet)}
}

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) error {
	q, err := query(r)
	if err != nil {
		return err
	}
	res, err := s.opt.Store.Search(r.Context(), q)
	if err != nil {
		return err
	}
	hits := make([]Hit, len(res.Hits))
	for i, h := range res.Hits {
		hits[i] = NewHit(h)
	}
	return writeJSON(w, http.StatusOK, struct {
		Hits   []Hit            `json:"hits"`
		Total  int              `json:"total"`
		Next   *string          `json:"next"`
		Facets storyline.Facets `json:"facets"`
	}{hits, res.Total, null(res.Next), res.Facets})
}

// SnippetHTML escapes a snippet and marks its hits with <mark>: the API
// gives HTML that a client may insert as it is.
func SnippetHTML(snippet string) string {
	var b strings.Builder
	for _, p := range snippetParts(snippet) {
		if p.Hit {
			b.WriteString("<mark>" + html.EscapeString(p.Text) + "</mark>")
		} else {
			b.WriteString(html.EscapeString(p.Text))
		}
	}
	return b.String()
}

type snippetPart struct {
	Text string
	Hit  bool
}

// snippetParts splits a store snippet at its marks.
func snippetParts(snippet string) []snippetPart {
	var parts []snippetPart
	for snippet != "" {
		before, rest, found := strings.Cut(snippet, storyline.MarkStart)
		if before != "" {
			parts = append(parts, snippetPart{Text: before})
		}
		if !found {
			break
		}
		hit, after, _ := strings.Cut(rest, storyline.MarkEnd)
		parts = append(parts, snippetPart{Text: hit, Hit: true})
		snippet = after
	}
	return parts
}

func (s *Server) apiEntity(w http.ResponseWriter, r *http.Request) error {
	e, err := s.opt.Store.Entity(r.Context(), r.PathValue("name"))
	if err != nil {
		return err
	}
	qs, err := s.opt.Store.Quotes(r.Context(), storyline.QuoteQuery{Speaker: e.Name})
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, struct {
		Name     string                  `json:"name"`
		Type     storyline.EntityType    `json:"type"`
		Aliases  []storyline.Alias       `json:"aliases"`
		Mentions int                     `json:"mentions"`
		Articles int                     `json:"articles"`
		Quotes   []storyline.QuoteRecord `json:"quotes"`
	}{e.Name, e.Type, e.SortedAliases(), e.Mentions, e.Articles, nonNil(qs)})
}

func (s *Server) apiQuotes(w http.ResponseWriter, r *http.Request) error {
	v := r.URL.Query()
	q := storyline.QuoteQuery{Speaker: v.Get("speaker"), Text: v.Get("q"), Story: v.Get("story"), Limit: storyline.MaxLimit}
	if l := v.Get("limit"); l != "" {
		n, err := strconv.Atoi(l)
		if err != nil || n < 1 {
			return errorf(http.StatusBadRequest, "bad_request", "limit %q: want a positive number", l)
		}
		q.Limit = min(n, storyline.MaxLimit)
	}
	// A page of quotes is bounded as a page of stories is, and goes on
	// with the same opaque cursor.
	offset, err := storyline.CursorOffset(v.Get("cursor"))
	if err != nil {
		return err
	}
	q.Offset = offset
	q.Limit++ // one more than the page says whether another follows
	qs, err := s.opt.Store.Quotes(r.Context(), q)
	if err != nil {
		return err
	}
	out := struct {
		Quotes []storyline.QuoteRecord `json:"quotes"`
		Next   string                  `json:"next,omitempty"`
	}{Quotes: nonNil(qs)}
	if len(qs) == q.Limit {
		out.Quotes = qs[:q.Limit-1]
		out.Next = storyline.NextCursor(offset + len(out.Quotes))
	}
	return writeJSON(w, http.StatusOK, out)
}

func (s *Server) apiIngest(w http.ResponseWriter, r *http.Request) error {
	if err := s.authorize(r); err != nil {
		s.metrics.ingest("refused", nil)
		return err
	}
	s.writing.Add(1)
	defer s.writing.Add(-1)
	name := r.URL.Query().Get("name")
	if name == "" || path.Base(name) != name || name == "." || name == ".." {
		return errorf(http.StatusBadRequest, "bad_request", "name %q: want a file name such as page.html (no folders)", name)
	}
	if r.ContentLength > s.opt.MaxIngestBytes {
		return errorf(http.StatusRequestEntityTooLarge, "too_large", "request body is larger than %d bytes", s.opt.MaxIngestBytes)
	}
	// The body is read whole, within uploadTimeout, before the ingest
	// starts: writes run one at a time, and a slow client must not hold
	// the others back while it sends.
	upload := cmp.Or(s.opt.UploadTimeout, uploadTimeout)
	if err := http.NewResponseController(w).SetReadDeadline(time.Now().Add(upload)); err != nil {
		s.opt.Logger.Warn("ingest: no deadline for the upload", "err", err)
	}
	page, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.opt.MaxIngestBytes))
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		s.metrics.ingest("error", nil)
		return tooBig
	case errors.Is(err, os.ErrDeadlineExceeded):
		s.metrics.ingest("error", nil)
		return errorf(http.StatusBadRequest, "bad_request", "the request body took more than %s to arrive", upload)
	case err != nil:
		s.metrics.ingest("error", nil)
		return errorf(http.StatusBadRequest, "bad_request", "the request body could not be read whole: %v", err)
	}
	ctx, cancel := context.WithTimeout(r.Context(), ingestTimeout)
	defer cancel()
	res, err := s.opt.Ingester.Ingest(ctx, name, bytes.NewReader(page))
	if err != nil {
		s.metrics.ingest("error", nil)
		return err
	}
	if res.Articles == nil {
		res.Articles = []string{}
	}
	if res.Failed == nil {
		res.Failed = []storyline.IngestFailure{}
	}
	if res.Unchanged == nil {
		res.Unchanged = []string{}
	}
	s.metrics.ingest("ok", &res)
	return writeJSON(w, http.StatusOK, res)
}

// authorize lets a write through only with the server's bearer token. The
// comparison is of fixed-length digests in constant time, so neither the
// token's content nor its length leaks through timing.
func (s *Server) authorize(r *http.Request) error {
	if s.opt.Token == "" || s.opt.Ingester == nil {
		return errorf(http.StatusForbidden, "forbidden", "this server is read-only: start it with $STORYLINE_TOKEN set to accept writes")
	}
	scheme, got, ok := strings.Cut(r.Header.Get("Authorization"), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") { // schemes are case-insensitive (RFC 9110, 11.1)
		return errorf(http.StatusUnauthorized, "unauthorized", "writes need an Authorization: Bearer TOKEN header")
	}
	g, want := sha256.Sum256([]byte(strings.TrimSpace(got))), sha256.Sum256([]byte(s.opt.Token))
	if subtle.ConstantTimeCompare(g[:], want[:]) != 1 {
		return errorf(http.StatusUnauthorized, "unauthorized", "wrong token")
	}
	return nil
}

//go:embed openapi.json
var openAPI []byte

func (s *Server) apiOpenAPI(w http.ResponseWriter, r *http.Request) error {
	w.Header().Set("Content-Type", "application/json")
	_, err := w.Write(openAPI)
	return err
}

func (s *Server) apiNoRoute(w http.ResponseWriter, r *http.Request) error {
	return errorf(http.StatusNotFound, "not_found", "no API route %s %s (see /api/openapi.json)", r.Method, r.URL.Path)
}

func null(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// nonNil makes an empty list [] in JSON, never null.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
