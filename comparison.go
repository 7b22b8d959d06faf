package storyline

import (
	"math"
	"slices"
	"strconv"
	"strings"
)

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

// OwnWords marks in texts, the utterance's reports as printed, the words
// each adds to the closest other (the package function OwnWords); nil
// unless the reports differ in wording: alike, they have none to mark.
func (u Utterance) OwnWords(texts []string) [][]WordPiece {
	if u.Wording != WordingVariant {
		return nil
	}
	return OwnWords(texts)
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

// Outlet is the key a comparison counts sources by: the source, or the
// article itself when it names none.
func Outlet(source, article string) string {
	if source != "" {
		return source
	}
	return "article:" + article
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

// StatedValue is one value of a figure with the statements that give it.
type StatedValue struct {
	Value   float64
	Reports []Report
}

// ByValue groups the figure's statements by value as FormatValue writes
// it, in order of first statement: a reader compares values, not articles.
func (f Figure) ByValue() []StatedValue {
	var out []StatedValue
	at := map[string]int{}
	for _, v := range f.Values {
		key := FormatValue(v.Value)
		i, ok := at[key]
		if !ok {
			i = len(out)
			at[key] = i
			out = append(out, StatedValue{Value: v.Value})
		}
		out[i].Reports = append(out[i].Reports, v.Report)
	}
	return out
}

// OutletReports is one outlet's share of some reports: its source ("" when
// its article names none), the first of its reports' articles, and how
// many of the reports are its.
type OutletReports struct {
	Source, Article string
	Count           int
}

// ByOutlet groups reports by outlet (Outlet: an article that names no
// source stands for itself), in order of first report.
func ByOutlet(rs []Report) []OutletReports {
	var out []OutletReports
	at := map[string]int{}
	for _, r := range rs {
		key := Outlet(r.Source, r.Article)
		if i, ok := at[key]; ok {
			out[i].Count++
			continue
		}
		at[key] = len(out)
		out = append(out, OutletReports{Source: r.Source, Article: r.Article, Count: 1})
	}
	return out
}

// Texts are the value's distinct wordings, at most max of them.
func (v StatedValue) Texts(max int) []string {
	var out []string
	for _, r := range v.Reports {
		if len(out) < max && !slices.Contains(out, r.Text) {
			out = append(out, r.Text)
		}
	}
	return out
}

// Wordings are the value's distinct wordings to show beside its Label, at
// most max: none when its one wording is the label itself.
func (v StatedValue) Wordings(max int) []string {
	texts := v.Texts(max)
	if len(texts) == 1 && texts[0] == v.Label() {
		return nil
	}
	return texts
}

// Label is the value as a reader should see it: FormatValue's digits when
// a statement writes them ("1,200" in "1,200 people"), else the first
// statement's own words, for a value the comparison converted ("10 miles"
// compared as 16,093.44 metres, "two dozen" as 24, "$1.2 billion").
func (v StatedValue) Label() string {
	num := FormatValue(v.Value)
	plain := strings.ReplaceAll(num, ",", "")
	for _, r := range v.Reports {
		// compared without the thousands' commas, whose places writers
		// vary: "1200" writes 1,200, while "1,200,000" does not
		if writesNumber(strings.ReplaceAll(r.Text, ",", ""), plain) {
			return num
		}
	}
	if len(v.Reports) == 0 || strings.TrimSpace(v.Reports[0].Text) == "" {
		return num
	}
	return v.Reports[0].Text
}

// writesNumber reports whether text writes the number num as a whole, not
// as part of another ("0.5" in "10.5").
func writesNumber(text, num string) bool {
	for from := 0; ; {
		i := strings.Index(text[from:], num)
		if i < 0 {
			return false
		}
		start, end := from+i, from+i+len(num)
		if !digitAt(text, start-1) && !(start >= 2 && text[start-1] == '.' && digitAt(text, start-2)) &&
			!digitAt(text, end) && !(end < len(text) && text[end] == '.' && digitAt(text, end+1)) {
			return true
		}
		from = start + 1
	}
}

// digitAt reports whether text holds a digit at byte i.
func digitAt(text string, i int) bool {
	return i >= 0 && i < len(text) && text[i] >= '0' && text[i] <= '9'
}

// FormatValue writes a figure's value as a reader would: digits grouped by
// thousands and no exponent ("30,000,000", not "3e+07"), at most two
// decimals.
func FormatValue(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) || math.Abs(v) >= 1e18 {
		return strconv.FormatFloat(v, 'g', 4, 64)
	}
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if i := strings.IndexByte(s, '.'); i >= 0 && len(s)-i > 3 {
		s = strings.TrimRight(strconv.FormatFloat(v, 'f', 2, 64), "0")
		s = strings.TrimSuffix(s, ".")
	}
	if s == "-0" {
		s = "0" // a small negative value rounded away
	}
	sign, digits, frac := "", s, ""
	if strings.HasPrefix(digits, "-") {
		sign, digits = "-", digits[1:]
	}
	if i := strings.IndexByte(digits, '.'); i >= 0 {
		digits, frac = digits[:i], digits[i:]
	}
	var b strings.Builder
	for i, d := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(d)
	}
	return sign + b.String() + frac
}

// SourceItems is what one source alone carries in a story: its quotes and
// figures that no other source gives, counted.
type SourceItems struct {
	Source          string // "" for the articles that name no source
	Quotes, Figures int
	Items           []SingleItem
}

// SingleBySource groups the single-source items by source, in order of
// first item: what the story views show.
func (c *Comparison) SingleBySource() []SourceItems {
	var out []SourceItems
	at := map[string]int{}
	for _, it := range c.SingleSource {
		i, ok := at[it.Source]
		if !ok {
			i = len(out)
			at[it.Source] = i
			out = append(out, SourceItems{Source: it.Source})
		}
		g := &out[i]
		if it.Kind == "quote" {
			g.Quotes++
		} else {
			g.Figures++
		}
		g.Items = append(g.Items, it)
	}
	return out
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
	// Also lists the other articles that date the same clause, word for
	// word, to the same day (wire copies and reprints, told once), each
	// with where its date expression stands in its body.
	Also []TextRef `json:"also,omitempty"`
}

// TextRef is where a text stands: an article and the code points start..end
// of its body.
type TextRef struct {
	Article string `json:"article"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
}
