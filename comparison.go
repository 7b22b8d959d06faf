package storyline

import "strings"

// Comparison sets the sources of one story side by side at the level of
// their facts: who reported it, which utterances and figures they share, and
// what only one of them carries (CONTRACT.md, "comparison and timeline").
// It is derived from the story's articles whenever it is read, never stored,
// so it can never disagree with them.
type Comparison struct {
	Sources      []StorySource `json:"sources"`
	Quotes       []Utterance   `json:"quotes"`
	Figures      []Figure      `json:"figures"`
	SingleSource []SingleItem  `json:"single_source"`
	// Compared, when above 0, is how many of the story's articles the
	// quotes, figures and single-source items were read from: a story too
	// large to compare whole within a request's time is compared over the
	// first article of each source, then the earliest others. 0 (omitted)
	// when every article was read.
	Compared int `json:"compared,omitempty"`
}

// StorySource is one outlet of a story with the articles it published.
type StorySource struct {
	// Source is the outlet as export articles writes it; empty when the
	// articles name none (written as null).
	Source         string   `json:"source"`
	Articles       []string `json:"articles"`
	FirstPublished string   `json:"first_published"`
}

// Wording tells whether the reports of one utterance print the same words.
type Wording string

const (
	WordingSame    Wording = "same"
	WordingVariant Wording = "variant"
)

// Utterance is one thing one speaker said, as each article that carries it
// prints it: at most one report per article.
type Utterance struct {
	Speaker string   `json:"speaker"`
	Wording Wording  `json:"wording"`
	Reports []Report `json:"reports"`
}

// Report is a piece of an article's body that a comparison points to: its
// words at Start..End (code points of the body).
type Report struct {
	Article string `json:"article"`
	Source  string `json:"source"`
	Text    string `json:"text"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
}

// Spoken is what the report quotes, for people to read: the texts of a's
// quotes inside the report's span (the parts of one quotation: its kind
// and speaker) joined by " … " when a quotation in parts spans the
// attribution between them ("…,” she said. “…"), else the
// report's text. a is the report's article (nil: the report's text).
func (r Report) Spoken(a *Article) string {
	if a == nil || a.ID != r.Article {
		return r.Text
	}
	var parts []string
	var first *Quote
	for i, q := range a.Quotes {
		if q.Start < r.Start || q.End > r.End {
			continue
		}
		if first == nil {
			first = &a.Quotes[i]
		} else if q.Kind != first.Kind || q.Speaker != first.Speaker {
			continue // reported speech read in the attribution between the parts
		}
		parts = append(parts, q.Text)
	}
	if len(parts) < 2 {
		return r.Text
	}
	return strings.Join(parts, " … ")
}

// Figure is one quantity that articles of a story state, with every value
// they give for it; Agree is false when the values differ in substance.
type Figure struct {
	What   string        `json:"what"`
	Agree  bool          `json:"agree"`
	Values []FigureValue `json:"values"`
}

// FigureValue is one article's statement of a quantity.
type FigureValue struct {
	Report
	Value float64 `json:"value"`
}

// SingleItem is a quote or a figure that only one source carries.
type SingleItem struct {
	Report
	Kind string `json:"kind"` // "quote" or "figure"
}

// TimelineEvent is one dated happening that an article of a story mentions.
type TimelineEvent struct {
	// Date is a resolved date as export articles writes it: YYYY-MM-DD or a
	// coarser YYYY-MM, YYYY-Www, YYYY.
	Date string `json:"date"`
	// Text is the date expression's own words; What the clause it dates.
	Text    string `json:"text"`
	What    string `json:"what"`
	Article string `json:"article"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
}
