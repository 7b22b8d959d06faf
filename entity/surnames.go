package entity

import (
	"sort"
	"strings"
	"unicode"

	"github.com/storyline-news/storyline"
)

// addSurnames adds a PERSON mention wherever the body writes alone the
// surname of a person it names in full and the tagger missed it:
// "Christie, who has campaigned for Trump, blasted …" after "Chris
// Christie". A tagger decides word by word; a document names its people
// consistently. The surname must stand alone (no capitalised word right
// before it but a title, none right after it: "Clinton Foundation"), the
// body must never write it in lower case ("Price", "price"), and no place
// or organisation of the document may end in it ("Washington").
func addSurnames(d *storyline.Doc) {
	surnames := personSurnames(d.Mentions)
	if len(surnames) == 0 {
		return
	}
	lower := map[string]bool{}
	for _, t := range d.Tokens {
		if w := t.Text; w != "" && unicode.IsLower([]rune(w)[0]) {
			lower[strings.ToLower(w)] = true
		}
	}
	ms := d.Mentions
	added := false
	m := 0 // the first mention that may end after the token
	for i, t := range d.Tokens {
		for m < len(ms) && ms[m].End <= t.Start {
			m++
		}
		if !surnames[t.Text] || lower[strings.ToLower(t.Text)] || m < len(ms) && ms[m].Start < t.End {
			continue
		}
		if i > 0 && startsUpper(d.Tokens[i-1].Text) && !titleBefore(d.Tokens[i-1].Text) ||
			i+1 < len(d.Tokens) && startsUpper(d.Tokens[i+1].Text) {
			continue
		}
		d.Mentions = append(d.Mentions, storyline.Mention{Span: t.Span, Type: storyline.Person, Text: t.Text})
		added = true
	}
	if added {
		sort.SliceStable(d.Mentions, func(i, j int) bool { return d.Mentions[i].Start < d.Mentions[j].Start })
	}
}

// personSurnames are the last words of the full names of people in the
// mentions, less the last words of the places, organisations and other
// names there.
func personSurnames(ms []storyline.Mention) map[string]bool {
	out, other := map[string]bool{}, map[string]bool{}
	for _, m := range ms {
		person := m.Type == storyline.Person || addressed(m.Text)
		words := strings.Fields(cleanName(m.Text, person))
		if len(words) == 0 {
			continue
		}
		last := words[len(words)-1]
		switch {
		case !person:
			other[last] = true
		case len(words) >= 2 && nameWords(last):
			out[last] = true
		}
	}
	for w := range other {
		delete(out, w)
	}
	return out
}

func startsUpper(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// titleBefore reports a title or honorific that may stand right before a
// surname: "Gov. Christie", "Mr. Trump", "Senator Sanders".
func titleBefore(w string) bool {
	k := key(w)
	return honorifics[k] || titleWords[k]
}
