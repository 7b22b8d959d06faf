package entity

import (
	"sort"
	"strings"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/english"
)

// addSurnames adds the PERSON mentions a tagger missed where the document
// names its people consistently. A tagger decides word by word; a document
// names a person the same way throughout.
//   - The surname of a person named in full, written alone: "Christie, who
//     has campaigned for Trump, blasted …" after "Chris Christie".
//   - A given name after a title, before a surname the document uses alone
//     for a person: "Gen. Norman Ham" where only the later "Ham" was tagged.
//
// The surname must stand alone (no capitalised word right before it but a
// title or, for the second case, a given name, and none right after it:
// "Clinton Foundation"), the body must never write it in lower case
// ("Price", "price"), and no place or organisation of the document may end
// in it ("Washington").
func addSurnames(d *storyline.Doc) {
	body := d.Runes()
	full, lone := personSurnames(d.Mentions, body)
	if len(full) == 0 && len(lone) == 0 {
		return
	}
	lower := english.LowerWords(d.Tokens, tokenText)
	ms := d.Mentions
	var added []storyline.Mention
	m := 0 // the first mention that may end after the token
	for i, t := range d.Tokens {
		for m < len(ms) && ms[m].End <= t.Start {
			m++
		}
		if !full[t.Text] && !lone[t.Text] || lower[strings.ToLower(t.Text)] || m < len(ms) && ms[m].Start < t.End {
			continue
		}
		if i+1 < len(d.Tokens) && english.StartsUpper(d.Tokens[i+1].Text) {
			continue
		}
		span := t.Span
		if i > 0 && english.StartsUpper(d.Tokens[i-1].Text) && !english.IsTitle(d.Tokens[i-1].Text) {
			if !lone[t.Text] || !givenName(d.Tokens, i-1, lower) || m > 0 && ms[m-1].End > d.Tokens[i-1].Start {
				continue
			}
			span.Start = d.Tokens[i-1].Start
		}
		if span.End > len(body) {
			continue
		}
		added = append(added, storyline.Mention{Span: span, Type: storyline.Person, Text: string(body[span.Start:span.End])})
	}
	if len(added) > 0 {
		d.Mentions = append(d.Mentions, added...)
		sort.SliceStable(d.Mentions, func(i, j int) bool { return d.Mentions[i].Start < d.Mentions[j].Start })
	}
}

// givenName reports whether token i can be a given name before a surname:
// a capitalised word of letters the body never writes in lower case, right
// after a title ("Gen. Norman Ham"). Without the title a capitalised word
// there is as often an opener or a label ("Meanwhile Sanders", "Democrat
// Sanders").
func givenName(toks []storyline.Token, i int, lower map[string]bool) bool {
	w := toks[i].Text
	if i == 0 || !nameWords(w) || lower[strings.ToLower(w)] || english.IsTitle(w) || english.IsArticle(strings.ToLower(w)) {
		return false
	}
	return english.IsTitle(toks[i-1].Text)
}

func tokenText(t storyline.Token) string { return t.Text }

// personSurnames are the last words of the full names of people in the
// mentions (full) and the names of people mentioned by one word (lone),
// less the last words of the places, organisations and other names there.
func personSurnames(ms []storyline.Mention, body []rune) (full, lone map[string]bool) {
	full, lone = map[string]bool{}, map[string]bool{}
	other := map[string]bool{}
	for _, m := range ms {
		person := m.Type == storyline.Person || addressedMention(m, body)
		words := strings.Fields(cleanName(m.Text, person))
		if len(words) == 0 {
			continue
		}
		last := words[len(words)-1]
		switch {
		case !person:
			other[last] = true
		case !nameWords(last):
		case len(words) >= 2:
			full[last] = true
		default:
			lone[last] = true
		}
	}
	for w := range other {
		delete(full, w)
		delete(lone, w)
	}
	return full, lone
}
