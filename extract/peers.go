package extract

import (
	"time"

	htmldate "github.com/markusmobius/go-htmldate"
	trafilatura "github.com/markusmobius/go-trafilatura"

	"github.com/storyline-news/storyline"
)

// Peers runs what the field's own tools do with an HTML page, on their
// own: go-trafilatura's main content and metadata (its fallback extractors
// on, as ours) and go-htmldate's extensive date search. It is the baseline
// `storyline bench --compare` measures the whole pipeline against; its
// result is thrown away.
func Peers(p *storyline.Page) error {
	doc, err := parseHTML(p.HTML)
	if err != nil {
		return storyline.InputError("extract.peers", p.Origin.Path, err)
	}
	// A page without main content or without a date is an answer too: the
	// errors say no more than that.
	_, _ = trafilatura.ExtractDocument(doc, trafilatura.Options{EnableFallback: true, ExcludeComments: true})
	doc, err = parseHTML(p.HTML) // trafilatura changes the tree it reads
	if err != nil {
		return storyline.InputError("extract.peers", p.Origin.Path, err)
	}
	_, _ = htmldate.FromDocument(doc, htmldate.Options{UseOriginalDate: true, MaxDate: time.Now()})
	return nil
}
