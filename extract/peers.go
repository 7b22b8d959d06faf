package extract

import (
	"time"

	htmldate "github.com/markusmobius/go-htmldate"
	trafilatura "github.com/markusmobius/go-trafilatura"

	"github.com/storyline-news/storyline"
)

// PeerTrafilatura runs go-trafilatura on an HTML page on its own: its main
// content and metadata, its fallback extractors on, as ours. With
// PeerHTMLDate it is the baseline `storyline bench --compare` measures the
// whole pipeline against; its result is thrown away.
func PeerTrafilatura(p *storyline.Page) error {
	doc, err := parseHTML(p.HTML)
	if err != nil {
		return storyline.InputError("extract.peers", p.Origin.Path, err)
	}
	// A page without main content is an answer too: the error says no more.
	_, _ = trafilatura.ExtractDocument(doc, trafilatura.Options{EnableFallback: true, ExcludeComments: true})
	return nil
}

// PeerHTMLDate runs go-htmldate's extensive date search on an HTML page on
// its own, parsing the page afresh (go-trafilatura changes the tree it
// reads); its result is thrown away.
func PeerHTMLDate(p *storyline.Page) error {
	doc, err := parseHTML(p.HTML)
	if err != nil {
		return storyline.InputError("extract.peers", p.Origin.Path, err)
	}
	// A page without a date is an answer too.
	_, _ = htmldate.FromDocument(doc, htmldate.Options{UseOriginalDate: true, MaxDate: time.Now()})
	return nil
}
