package web

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"slices"
	"strings"

	"github.com/storyline-news/storyline"
)

//go:embed ui/templates/*.html ui/static/*
var uiFS embed.FS

// ui renders the pages: one template set per page, each with the layout.
type ui struct {
	s     *Server
	pages map[string]*template.Template
}

var uiFuncs = template.FuncMap{
	"pathEscape": url.PathEscape,
	"join":       strings.Join,
	"entClass": func(t storyline.EntityType) string {
		switch t {
		case storyline.Person, storyline.Org, storyline.Place, storyline.Misc:
			return "ent-" + strings.ToLower(string(t))
		}
		return "ent-other"
	},
	"pct": func(f float64) string { return fmt.Sprintf("%.0f%%", f*100) },
	"orUnknown": func(s string) string {
		if s == "" {
			return "unknown"
		}
		return s
	},
	"inc": func(i int) int { return i + 1 },
	// hasStage tells whether a stage ran on an article (Article.Stages).
	"hasStage": func(stages []string, name string) bool { return slices.Contains(stages, name) },
}

func newUI(s *Server) (*ui, error) {
	u := &ui{s: s, pages: map[string]*template.Template{}}
	for _, name := range []string{"home", "story", "article", "entity", "search", "error"} {
		t, err := template.New(name).Funcs(uiFuncs).ParseFS(uiFS, "ui/templates/layout.html", "ui/templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("web: template %s: %w", name, err)
		}
		u.pages[name] = t
	}
	return u, nil
}

func (u *ui) routes(mux *http.ServeMux) {
	static, _ := fs.Sub(uiFS, "ui/static")
	files := http.FileServerFS(static)
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=3600")
		files.ServeHTTP(w, r)
	})))
	for pattern, h := range map[string]func(*http.Request) (string, any, error){
		"GET /{$}":             u.home,
		"GET /stories/{id}":    u.story,
		"GET /articles/{id}":   u.article,
		"GET /entities/{name}": u.entity,
		"GET /search":          u.search,
	} {
		mux.Handle(pattern, u.page(h))
	}
	mux.Handle("/", u.page(func(r *http.Request) (string, any, error) {
		return "", nil, storyline.Errorf(storyline.ENOTFOUND, "no page at %s", r.URL.Path)
	}))
}

// page renders what h returns into the layout; an error becomes the error
// page with the status writeError would give it.
func (u *ui) page(h func(*http.Request) (string, any, error)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name, data, err := h(r)
		status := http.StatusOK
		if err != nil {
			status, name = http.StatusInternalServerError, "error"
			msg := "Something went wrong on our side."
			switch storyline.ErrorCode(err) {
			case storyline.ENOTFOUND:
				status, msg = http.StatusNotFound, "Not found: "+err.Error()
			case storyline.EINVALID:
				status, msg = http.StatusBadRequest, err.Error()
			default:
				if r.Context().Err() != nil { // as writeError answers the API
					status, msg = http.StatusServiceUnavailable, "The page took too long to make: try again."
				}
				u.s.opt.Logger.Error("page", "path", r.URL.Path, "status", status, "err", err)
			}
			data = errorPage{Status: status, Message: msg}
		}
		var buf bytes.Buffer
		if err := u.pages[name].ExecuteTemplate(&buf, "layout", data); err != nil {
			u.s.opt.Logger.Error("render", "page", name, "err", err)
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(status)
		w.Write(buf.Bytes())
	})
}

type errorPage struct {
	Status  int
	Message string
}

// Title of an error page, for the layout.
func (e errorPage) Title() string { return http.StatusText(e.Status) }
