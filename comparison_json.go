package storyline

import "encoding/json"

// The comparison's JSON writes unknown values as null, as the rest of the
// export contract does: a source an article does not name, a speaker no
// one could tell, a first date none of an outlet's articles gives.

// MarshalJSON writes an outlet of a story.
func (s StorySource) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Source         *string  `json:"source"`
		Articles       []string `json:"articles"`
		FirstPublished *string  `json:"first_published"`
	}{nullString(s.Source), nonNil(s.Articles), nullString(s.FirstPublished)})
}

// MarshalJSON writes an utterance.
func (u Utterance) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Speaker *string  `json:"speaker"`
		Wording Wording  `json:"wording"`
		Reports []Report `json:"reports"`
	}{nullString(u.Speaker), u.Wording, nonNilSlice(u.Reports)})
}

type reportJSON struct {
	Article string  `json:"article"`
	Source  *string `json:"source"`
	Text    string  `json:"text"`
	Start   int     `json:"start"`
	End     int     `json:"end"`
}

func (r Report) toJSON() reportJSON {
	return reportJSON{r.Article, nullString(r.Source), r.Text, r.Start, r.End}
}

// MarshalJSON writes a report.
func (r Report) MarshalJSON() ([]byte, error) { return json.Marshal(r.toJSON()) }

// MarshalJSON writes one article's value of a figure (Report's own method
// would drop the value).
func (v FigureValue) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		reportJSON
		Value float64 `json:"value"`
	}{v.Report.toJSON(), v.Value})
}

// MarshalJSON writes a single-source item (Report's own method would drop
// the kind).
func (s SingleItem) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		reportJSON
		Kind string `json:"kind"`
	}{s.Report.toJSON(), s.Kind})
}

// MarshalJSON writes a figure with its values never null.
func (f Figure) MarshalJSON() ([]byte, error) {
	type figure Figure
	g := figure(f)
	g.Values = nonNilSlice(g.Values)
	return json.Marshal(g)
}
