package storyline

import (
	"strings"
	"time"
)

// Article is one news article cleaned out of a page, with everything the
// pipeline derived from it. Its JSON form is the export contract (CONTRACT.md).
type Article struct {
	ID     string `json:"id"`
	Origin Origin `json:"origin"`
	URL    string `json:"url"`
	Source string `json:"source"`
	// Publisher is the outlet's display name as the page gives it
	// ("SpaceWar.com", "Lord's Press", "The New York Times"), kept beside
	// Source when Source is a host; empty when the page names none.
	Publisher string    `json:"publisher"`
	Title     string    `json:"title"`
	Byline    string    `json:"byline"`
	Dateline  *Dateline `json:"dateline"`

	// Published is the publication day, YYYY-MM-DD, or empty when unknown.
	Published string `json:"published"`
	// PublishedAt is the full time when the input gave one.
	PublishedAt *time.Time `json:"published_at"`
	// PublishedConfidence is in [0,1]: 1 for a publisher's own metadata, low for
	// a date that sits in a page widget and is likely the capture day.
	PublishedConfidence float64 `json:"published_confidence"`
	// PublishedEvidence names where the date was found (e.g. "meta", "dateline", "url", "widget").
	PublishedEvidence string `json:"published_evidence"`

	Language string `json:"language"`
	// Stages names the per-document stages that ran on the article, in
	// order: a stage built for another language than the article's is
	// skipped, so a German article has no English-model entities or quotes.
	Stages []string `json:"stages"`
	Body   string   `json:"body"`

	DuplicateOf string `json:"duplicate_of"`
	Story       string `json:"story"`

	Entities []ArticleEntity `json:"entities"`
	Quotes   []Quote         `json:"quotes"`
	Dates    []DateMention   `json:"dates"`

	// Problems says, for people, what the pipeline could not do in full on
	// this article (e.g. a body too long for every stage to read whole).
	Problems []string `json:"problems"`
}

// Heading is what to call the article where a title is wanted: its title,
// else the opening of its body cut to headingRunes code points (an ellipsis
// marks the cut), so a person can tell apart articles whose pages gave no
// headline. It is "" only for an article with neither.
func (a *Article) Heading() string {
	if a.Title != "" {
		return a.Title
	}
	lead := strings.Join(strings.Fields(a.Body), " ")
	if r := []rune(lead); len(r) > headingRunes {
		lead = string(r[:headingRunes]) + "…"
	}
	return lead
}

// headingRunes bounds a heading made from an article's opening: about a
// headline's length.
const headingRunes = 80

// Dateline is the "PLACE (AGENCY) DATE -" lead of a wire story.
type Dateline struct {
	Place  string `json:"place"`
	Agency string `json:"agency"`
	Date   string `json:"date"`
}

// Span is a half-open range of Unicode code points in an article body.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len is the number of code points the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Overlaps reports whether two spans share at least one code point.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// ArticleEntity is an entity as it occurs in one article: its canonical name
// and every mention of it in the body.
type ArticleEntity struct {
	Name     string     `json:"name"`
	Type     EntityType `json:"type"`
	Mentions []Span     `json:"mentions"`
}

// EntityType is the coarse class of a named entity.
type EntityType string

const (
	Person EntityType = "PERSON"
	Org    EntityType = "ORG"
	Place  EntityType = "PLACE"
	Misc   EntityType = "MISC"
)

// QuoteKind tells direct quotations from fragments and reported speech.
type QuoteKind string

const (
	QuoteDirect   QuoteKind = "direct"
	QuotePartial  QuoteKind = "partial"
	QuoteIndirect QuoteKind = "indirect"
)

// Quote is something a speaker said, as the article reports it. Text is
// the body between Start and End: the words inside one pair of quotation
// marks, or the reported clause.
type Quote struct {
	Text    string    `json:"text"`
	Speaker string    `json:"speaker"`
	Cue     string    `json:"cue"`
	Kind    QuoteKind `json:"kind"`
	Start   int       `json:"start"`
	End     int       `json:"end"`
	// Continues marks the later parts of one attribution: a quotation split
	// by its attribution ("…,” she said. “…”) or run over paragraphs, and
	// quotations that go on with the attribution of the one before (two
	// fragments of one clause, a full quotation after the sentence that
	// attributed the one before). Each is a quote for its pair of marks,
	// each after the first continuing the quote before it, with the same
	// speaker, cue and kind.
	Continues bool `json:"continues"`
}

// JoinQuoteParts returns the utterances of qs (in body order): each quote
// that continues a quotation is joined to the part before it (the nearest
// earlier quote of the same kind, speaker and cue: reported speech read in
// the attribution between the parts may stand between them), texts
// separated by a space, the span running from the first part's start to
// the last part's end. Benchmarks that count such a quotation as one
// attribution (PolNeAR) score utterances, and compare groups them across
// articles.
func JoinQuoteParts(qs []Quote) []Quote {
	out := make([]Quote, 0, len(qs))
	for _, q := range qs {
		if i := partBefore(out, q); i >= 0 {
			out[i].Text += " " + q.Text
			out[i].End = q.End
			continue
		}
		out = append(out, q)
	}
	return out
}

// partBefore is the index in out of the part q continues, or -1.
func partBefore(out []Quote, q Quote) int {
	if !q.Continues {
		return -1
	}
	for i := len(out) - 1; i >= 0; i-- {
		if p := out[i]; p.Kind == q.Kind && p.Speaker == q.Speaker && p.Cue == q.Cue {
			return i
		}
	}
	return -1
}

// DateMention is a date expression in the body resolved to a calendar day.
type DateMention struct {
	Text  string `json:"text"`
	Date  string `json:"date"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}
