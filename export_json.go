package storyline

import (
	"bytes"
	"encoding/json"
	"sort"
)

// Alias is one surface form of an entity with its mention count.
type Alias struct {
	Text     string `json:"text"`
	Mentions int    `json:"mentions"`
}

// SortedAliases lists the entity's aliases most mentioned first, ties by
// text: the order export entities and the API write them in.
func (e *Entity) SortedAliases() []Alias {
	out := make([]Alias, 0, len(e.Aliases))
	for text, n := range e.Aliases {
		out = append(out, Alias{text, n})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Mentions != out[j].Mentions {
			return out[i].Mentions > out[j].Mentions
		}
		return out[i].Text < out[j].Text
	})
	return out
}

// MarshalJSON writes a quote record in the form of export quotes
// (CONTRACT.md): unknown values null. HTML characters stay as they are, as
// the JSON Lines export writes them.
func (r QuoteRecord) MarshalJSON() ([]byte, error) {
	line := struct {
		Article   string  `json:"article"`
		Source    *string `json:"source"`
		Published *string `json:"published"`
		quoteJSON
	}{r.Article, nullString(r.Source), nullString(r.Published), newQuoteJSON(r.Quote)}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(line); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}
