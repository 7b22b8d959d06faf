// Package extract cleans a Page into the articles it holds: it drops the
// page's boilerplate, splits pages that carry several articles, and finds each
// article's title, byline, dateline and publication date with a confidence.
//
// Text dumps (whole pages rendered to text) are the hard case. Each line gets
// a feature vector (its length, punctuation, function-word and capital
// shares, link and form shapes, furniture vocabulary, its position, and the
// same for its neighbourhood); a learned model (logistic regression with
// boosted trees on top, trained by extracttrain.Train on the extraction benchmark's dev
// pages and embedded as model.json) scores how likely the line is article
// body. The article is the contiguous run of lines with the best score sum,
// cut where a headline and a wire dateline start another article, and at the
// foot of a full article (an author box, the site's copyright notice). HTML pages
// go through go-trafilatura; their date is a learned choice among the days
// go-htmldate, meta tags, JSON-LD, <time> elements, the URL and the text
// around the headline name, as a dump's is among the dates it writes around
// and in the article. Structured records keep their own fields.
package extract

import (
	"context"
	"fmt"
	nurl "net/url"
	"strings"
	"time"

	"github.com/storyline-news/storyline"
)

// Options configure an Extractor.
type Options struct {
	// Now is the clock, used as the capture time when a page has none.
	// Injectable for tests; time.Now when nil.
	Now func() time.Time
	// Model replaces the embedded line model when not nil; New compiles it
	// (extracttrain cross-validates with models it has just fitted).
	Model *LineModel
}

// Extractor turns pages into articles. It is safe for concurrent use: the
// model and the compiled patterns are built once in New and only read later.
type Extractor struct {
	now   func() time.Time
	model *LineModel
	// headline and byline weigh a page's statements of its headline and
	// authors (field_model.go).
	headline, byline FieldModel
	// textTitle weighs the lines that may be a text dump's headline (texttitle.go).
	textTitle FieldModel
	// textByline weighs the names that may be a text dump's byline (textbyline.go).
	textByline FieldModel
	// textDate weighs the days a text dump writes (textdate.go).
	textDate DateModel
	// textSite weighs the names that may be a text dump's site (textsite.go).
	textSite FieldModel
}

// New builds an Extractor with the embedded line model, or opts.Model.
func New(opts Options) *Extractor {
	now := opts.Now
	if now == nil {
		now = time.Now
	}
	model := opts.Model
	if model == nil {
		model = defaultModel()
	} else {
		model.Compile()
	}
	return &Extractor{now: now, model: model, headline: FieldHeadline.defaultModel(), byline: FieldByline.defaultModel(), textTitle: FieldTextTitle.defaultModel(), textByline: FieldTextByline.defaultModel(), textDate: textDateModel(), textSite: FieldTextSite.defaultModel()}
}

// Extract cleans one page into its articles in reading order. With one
// article its ID is page.ID; with several, page.ID + "#1", "#2", ... and
// Origin.Part = 1, 2, .... A page with no article text returns no articles and
// no error; undecodable input returns a *storyline.Error with code EINPUT.
func (e *Extractor) Extract(ctx context.Context, p *storyline.Page) ([]*storyline.Article, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if p == nil {
		return nil, storyline.Errorf(storyline.EINVALID, "extract: nil page")
	}
	var (
		drafts []*draft
		err    error
	)
	switch p.Format {
	case storyline.FormatText:
		drafts = e.fromText(p.Text, e.captured(p))
	case storyline.FormatHTML, storyline.FormatWARC:
		drafts, err = e.fromHTML(p)
	case storyline.FormatJSONL, storyline.FormatFeed:
		drafts, err = e.fromStructured(p)
	default:
		if len(p.HTML) > 0 {
			drafts, err = e.fromHTML(p)
		} else {
			drafts = e.fromText(p.Text, e.captured(p))
		}
	}
	if err != nil {
		return nil, err
	}
	return finish(p, drafts), nil
}

// captured is the latest moment an article date may have.
func (e *Extractor) captured(p *storyline.Page) time.Time {
	if !p.Captured.IsZero() {
		return p.Captured
	}
	return e.now()
}

// draft is one article before it gets its identity from the page.
type draft struct {
	title, byline string
	dateline      *storyline.Dateline
	body          []string // paragraphs
	date          dateGuess
	dateCands     []dateCand // what date was chosen among
	origin        origin     // where the page says it was published
	problems      []string   // what could not be done in full, for Article.Problems
}

// finish gives drafts their ids and page fields; drafts without body are dropped.
func finish(p *storyline.Page, drafts []*draft) []*storyline.Article {
	var keep []*draft
	var bodies []string
	for _, d := range drafts {
		if body := articleBody(d.body); body != "" {
			keep, bodies = append(keep, d), append(bodies, body)
		}
	}
	out := make([]*storyline.Article, 0, len(keep))
	for i, d := range keep {
		a := &storyline.Article{
			ID:       p.ID,
			Origin:   p.Origin,
			Title:    storyline.DropControls(dropSoftHyphens(d.title), false),
			Byline:   storyline.DropControls(dropSoftHyphens(d.byline), false),
			Dateline: d.dateline,
			Body:     bodies[i],
			Problems: d.problems,
		}
		if len(keep) > 1 {
			a.ID = fmt.Sprintf("%s#%d", p.ID, i+1)
			a.Origin.Part = i + 1
		}
		d.date.apply(a)
		applySource(a, p, d.origin)
		out = append(out, a)
	}
	return out
}

// articleBody is the paragraphs joined without a page's escapes and
// control characters (the export would carry them to whoever prints
// them), each paragraph on its own so that an escape ends with its
// paragraph, and without the paragraphs nothing else is left of (a line
// of a dump that only held a control character).
func articleBody(paras []string) string {
	out := make([]string, 0, len(paras))
	for _, p := range paras {
		if p = storyline.DropControls(dropSoftHyphens(p), true); strings.TrimSpace(p) != "" {
			out = append(out, p)
		}
	}
	return joinParagraphs(out)
}

// webURL is u when it is an absolute http or https URL with a host, else "":
// a javascript:, data: or file: link from a page or record is no address of
// the article, and a UI that turned it into a link would run it.
func webURL(u string) string {
	u = strings.TrimSpace(u)
	if strings.IndexFunc(u, func(r rune) bool { return r <= ' ' || r == 0x7f }) >= 0 {
		return ""
	}
	parsed, err := nurl.Parse(u)
	if err != nil || parsed.Host == "" {
		return ""
	}
	if s := strings.ToLower(parsed.Scheme); s != "http" && s != "https" {
		return ""
	}
	return u
}
