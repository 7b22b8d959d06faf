package cluster

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/english"
	"github.com/storyline-news/storyline/sharedtest"
)

// TestDocTermsIsTermCounts holds docTerms to the maps it replaces: two
// vocabularies fed the same documents, one through termCounts and
// observeDoc, the other through docTerms, give every term the same id and
// document frequency, and every document the same terms and weights.
func TestDocTermsIsTermCounts(t *testing.T) {
	docs := []*storyline.Article{
		{Title: "Ferry Talks Resume", Body: "The council's ferry talks resumed on Tuesday. Unions said 23 crews were ready."},
		{Title: "ÉLECTIONS À PARIS", Body: "Les électeurs de Paris votent. Émile Zola’s house, ÇA VA? Straße STRASSE İstanbul."},
		{Body: "bad \xff\xfe bytes in A\xffB and Ünïcödé's words; status bus process corpus glass", Language: "en"},
		{Title: "Incendio en Valencia", Body: "El gobierno de España dijo que el incendio de Valencia sigue.", Language: "es"},
		{Body: "जनवरी में निर्यात गिरा। Modi ने कहा", Language: "hi"},
		{Title: "Ferry talks", Body: "Ferry talks again: the Council's crews, the council's crews.", Language: "en"},
		{Body: "O'Brien’s and d’Artagnan's 1999 2024 news'", Language: ""},
	}
	for i, text := range sharedtest.Texts(t, "data/extraction/text", "*.txt", 300) {
		title, body, _ := strings.Cut(text, "\n")
		docs = append(docs, &storyline.Article{Title: title, Body: body, Language: []string{"en", "", "en", "de"}[i%4]})
	}
	opt := DefaultOptions()
	byMaps, byIDs := newVocab(), newVocab()
	var d docTerms
	byID := func(x, y termID) int { return cmp.Compare(x.id, y.id) }
	for i, a := range docs {
		ents := map[string]float64{"@Council": 2, "@" + a.Title: 1}
		counts, names := termCounts(a, opt)
		want := byMaps.observeDoc(langKey(a.Language), counts, names, ents)
		d.begin(byIDs, langPrefix(a.Language))
		d.countTerms(a, opt)
		got := d.observe(langKey(a.Language), ents)
		for k := range want {
			slices.SortFunc(want[k], byID)
			slices.SortFunc(got[k], byID)
			if !slices.Equal(got[k], want[k]) {
				t.Fatalf("doc %d, map %d: docTerms %v, termCounts %v", i, k, got[k], want[k])
			}
		}
	}
	if !maps.Equal(byIDs.ids, byMaps.ids) || !slices.Equal(byIDs.df, byMaps.df) ||
		!slices.Equal(byIDs.lang, byMaps.lang) || !slices.Equal(byIDs.langDocs, byMaps.langDocs) {
		t.Errorf("vocabularies differ: %d terms against %d", len(byIDs.ids), len(byMaps.ids))
	}
}

// addByRunes is counter.add as it was, every rune decoded and asked of
// package unicode.
func (c *counter) addByRunes(s string) {
	sentenceStart := true
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		if !english.IsWordRune(r) {
			if r == '.' || r == '!' || r == '?' || r == '\n' || r == '"' || r == '“' {
				sentenceStart = true
			}
			s = s[size:]
			continue
		}
		end := size
		for end < len(s) {
			r2, sz := utf8.DecodeRuneInString(s[end:])
			if !english.IsWordRune(r2) && !unicode.Is(unicode.M, r2) && !(r2 == '\'' || r2 == '’') {
				break
			}
			end += sz
		}
		word := s[:end]
		s = s[end:]
		name := !sentenceStart && unicode.IsUpper(r)
		sentenceStart = false
		c.word(word, name, unicode.IsDigit(r))
	}
}

// TestAddIsByRunes holds counter.add's ASCII table to the rune-by-rune
// loop it replaces, on every ASCII byte beside words and on the text dev
// dumps.
func TestAddIsByRunes(t *testing.T) {
	texts := []string{"jनवरी में निर्यात गिरा", "O'Brien’s cat's  \xff\xfeA\xffB Ünïcödé's. Straße"}
	for b := range 256 {
		texts = append(texts, "ab"+string(rune(b))+"Cd x"+string([]byte{byte(b)})+"Yz. Q")
	}
	texts = append(texts, sharedtest.Texts(t, "data/extraction/text", "*.txt", 200)...)
	for i, s := range texts {
		for _, prefix := range []string{"", "es:"} {
			got, want := map[string]float64{}, map[string]float64{}
			gotNames, wantNames := map[string]float64{}, map[string]float64{}
			(&counter{counts: got, names: gotNames, weight: 1, nameWeight: 2, prefix: prefix}).add(s)
			(&counter{counts: want, names: wantNames, weight: 1, nameWeight: 2, prefix: prefix}).addByRunes(s)
			if !maps.Equal(got, want) || !maps.Equal(gotNames, wantNames) {
				t.Fatalf("text %d (prefix %q): add and addByRunes differ", i, prefix)
			}
		}
	}
}
