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

// yearCountsByBytes is yearCounts as it was: a run of digits counted byte
// by byte.
func yearCountsByBytes(texts ...string) map[string]float64 {
	out := map[string]float64{}
	for _, s := range texts {
		run := 0
		for i := 0; i <= len(s); i++ {
			if i < len(s) && s[i] >= '0' && s[i] <= '9' {
				run++
				continue
			}
			if run == 4 && (i == len(s) || !isWordByte(s[i])) && (i == 4 || !isWordByte(s[i-5])) {
				if y := s[i-4 : i]; y[:2] == "19" || y[:2] == "20" {
					out["^"+y]++
				}
			}
			run = 0
		}
	}
	return out
}

// TestYearCountsByRuns holds yearCounts to the byte-by-byte loop.
func TestYearCountsByRuns(t *testing.T) {
	texts := []string{"", "1999", "in 2024.", "x2024", "2024x", "12024 20245 1899 2100 2099,1900",
		"é2020 2020é 2020-2021 (1995) 20 2 19999", "a 1999\n2001"}
	texts = append(texts, sharedtest.Texts(t, "data/extraction/text", "*.txt", 0)...)
	for i, s := range texts {
		if got, want := yearCounts(s, s[len(s)/2:]), yearCountsByBytes(s, s[len(s)/2:]); !maps.Equal(got, want) {
			t.Fatalf("text %d: by runs %v, byte by byte %v", i, got, want)
		}
	}
}
