package storyline

import (
	"encoding/json"
	"time"
)

// articleJSON is the contract form of an Article: every key present, unknown
// values null, lists never null.
type articleJSON struct {
	ID                  string          `json:"id"`
	Origin              originJSON      `json:"origin"`
	URL                 *string         `json:"url"`
	Source              *string         `json:"source"`
	Publisher           *string         `json:"publisher"`
	Title               *string         `json:"title"`
	Byline              *string         `json:"byline"`
	Dateline            *datelineJSON   `json:"dateline"`
	Published           *string         `json:"published"`
	PublishedAt         *time.Time      `json:"published_at"`
	PublishedConfidence *float64        `json:"published_confidence"`
	PublishedEvidence   *string         `json:"published_evidence"`
	Language            *string         `json:"language"`
	Stages              []string        `json:"stages"`
	Body                string          `json:"body"`
	DuplicateOf         *string         `json:"duplicate_of"`
	Story               *string         `json:"story"`
	Entities            []ArticleEntity `json:"entities"`
	Quotes              []quoteJSON     `json:"quotes"`
	Dates               []DateMention   `json:"dates"`
	Problems            []string        `json:"problems"`
}

type originJSON struct {
	Path   string  `json:"path"`
	Part   *int    `json:"part"`
	Record *string `json:"record"`
}

type datelineJSON struct {
	Place  *string `json:"place"`
	Agency *string `json:"agency"`
	Date   *string `json:"date"`
}

type quoteJSON struct {
	Text      string    `json:"text"`
	Speaker   *string   `json:"speaker"`
	Cue       *string   `json:"cue"`
	Kind      QuoteKind `json:"kind"`
	Start     int       `json:"start"`
	End       int       `json:"end"`
	Continues bool      `json:"continues"`
}

// newQuoteJSON is q in the export contract's form: unknown values null.
func newQuoteJSON(q Quote) quoteJSON {
	return quoteJSON{Text: q.Text, Speaker: nullString(q.Speaker), Cue: nullString(q.Cue), Kind: q.Kind, Start: q.Start, End: q.End, Continues: q.Continues}
}

// MarshalJSON writes the article in the export contract's form.
func (a *Article) MarshalJSON() ([]byte, error) {
	j := articleJSON{
		ID:          a.ID,
		Origin:      originJSON{Path: a.Origin.Path, Part: nullInt(a.Origin.Part), Record: nullString(a.Origin.Record)},
		URL:         nullString(a.URL),
		Source:      nullString(a.Source),
		Publisher:   nullString(a.Publisher),
		Title:       nullString(a.Title),
		Byline:      nullString(a.Byline),
		Published:   nullString(a.Published),
		PublishedAt: a.PublishedAt,
		Language:    nullString(a.Language),
		Stages:      nonNil(a.Stages),
		Body:        a.Body,
		DuplicateOf: nullString(a.DuplicateOf),
		Story:       nullString(a.Story),
		Entities:    a.Entities,
		Dates:       a.Dates,
	}
	if a.Published != "" {
		j.PublishedConfidence = &a.PublishedConfidence
		j.PublishedEvidence = nullString(a.PublishedEvidence)
	}
	if d := a.Dateline; d != nil {
		j.Dateline = &datelineJSON{Place: nullString(d.Place), Agency: nullString(d.Agency), Date: nullString(d.Date)}
	}
	if j.Entities == nil {
		j.Entities = []ArticleEntity{}
	}
	for i := range j.Entities {
		if j.Entities[i].Mentions == nil {
			j.Entities[i].Mentions = []Span{}
		}
	}
	if j.Dates == nil {
		j.Dates = []DateMention{}
	}
	j.Problems = a.Problems
	if j.Problems == nil {
		j.Problems = []string{}
	}
	j.Quotes = make([]quoteJSON, len(a.Quotes))
	for i, q := range a.Quotes {
		j.Quotes[i] = newQuoteJSON(q)
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads the export contract's form back into an Article.
func (a *Article) UnmarshalJSON(data []byte) error {
	var j articleJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return err
	}
	*a = Article{
		ID:                  a.ID,
		Origin:              Origin{Path: j.Origin.Path, Part: deref(j.Origin.Part), Record: deref(j.Origin.Record)},
		URL:                 deref(j.URL),
		Source:              deref(j.Source),
		Publisher:           deref(j.Publisher),
		Title:               deref(j.Title),
		Byline:              deref(j.Byline),
		Published:           deref(j.Published),
		PublishedAt:         j.PublishedAt,
		PublishedConfidence: deref(j.PublishedConfidence),
		PublishedEvidence:   deref(j.PublishedEvidence),
		Language:            deref(j.Language),
		Stages:              j.Stages,
		Body:                j.Body,
		DuplicateOf:         deref(j.DuplicateOf),
		Story:               deref(j.Story),
		Entities:            j.Entities,
		Dates:               j.Dates,
	}
	if len(j.Problems) > 0 {
		a.Problems = j.Problems
	}
	a.ID = j.ID
	if d := j.Dateline; d != nil {
		a.Dateline = &Dateline{Place: deref(d.Place), Agency: deref(d.Agency), Date: deref(d.Date)}
	}
	for _, q := range j.Quotes {
		a.Quotes = append(a.Quotes, Quote{Text: q.Text, Speaker: deref(q.Speaker), Cue: deref(q.Cue), Kind: q.Kind, Start: q.Start, End: q.End, Continues: q.Continues})
	}
	return nil
}

func nullString(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func nullInt(n int) *int {
	if n == 0 {
		return nil
	}
	return &n
}

func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}
