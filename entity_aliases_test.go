package storyline_test

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/sharedtest"
)

func TestEntityAliases(t *testing.T) {
	body := "Ålesund mayor Kari\nNord met Nord's deputy."
	ent := func(name string, spans ...storyline.Span) storyline.ArticleEntity {
		return storyline.ArticleEntity{Name: name, Type: storyline.Person, Mentions: spans}
	}
	tests := []struct {
		name string
		ents []storyline.ArticleEntity
		want []storyline.EntityAlias
	}{
		{"code points not bytes", []storyline.ArticleEntity{{Name: "Ålesund", Type: storyline.Place, Mentions: []storyline.Span{sp(0, 7)}}},
			[]storyline.EntityAlias{{"Ålesund", storyline.Place, "Ålesund", 1}}},
		{"whitespace collapsed, aliases counted", []storyline.ArticleEntity{ent("Kari Nord", sp(14, 23), sp(28, 32), sp(28, 32))},
			[]storyline.EntityAlias{{"Kari Nord", storyline.Person, "Kari Nord", 1}, {"Kari Nord", storyline.Person, "Nord", 2}}},
		{"span outside body falls back to the name", []storyline.ArticleEntity{ent("Kari Nord", sp(30, 99), sp(5, 5), sp(-1, 3))},
			[]storyline.EntityAlias{{"Kari Nord", storyline.Person, "Kari Nord", 3}}},
		{"no mentions still counts the article", []storyline.ArticleEntity{ent("Kari Nord")},
			[]storyline.EntityAlias{{"Kari Nord", storyline.Person, "", 0}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := (&storyline.Article{Body: body, Entities: tt.ents}).EntityAliases()
			if len(got) != len(tt.want) {
				t.Fatalf("rows = %+v, want %+v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("row %d = %+v, want %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

// FuzzEntityAliases states: any span on any body yields rows without panicking,
// every alias is valid UTF-8 and non-empty, and the mention counts add up.
func FuzzEntityAliases(f *testing.F) {
	f.Add("Ålesund mayor Kari Nord", 0, 7, 14, 23)
	f.Add("", 0, 1, -5, 2)
	f.Add("\xff\xfe bad bytes", 0, 3, 1, 1)
	f.Fuzz(func(t *testing.T, body string, s1, e1, s2, e2 int) {
		a := &storyline.Article{Body: body, Entities: []storyline.ArticleEntity{
			{Name: "X", Type: storyline.Misc, Mentions: []storyline.Span{sp(s1, e1), sp(s2, e2)}}}}
		total := 0
		for _, r := range a.EntityAliases() {
			if r.Alias == "" || !utf8.ValidString(r.Alias) {
				t.Errorf("bad alias %q", r.Alias)
			}
			total += r.Mentions
		}
		if total != 2 {
			t.Errorf("mentions add up to %d, want 2", total)
		}
	})
}

func sp(start, end int) storyline.Span { return storyline.Span{Start: start, End: end} }

// aliasesByRunes is EntityAliases as it was: the body decoded whole.
func aliasesByRunes(a *storyline.Article) []storyline.EntityAlias {
	runes := []rune(a.Body)
	type key struct {
		name  string
		typ   storyline.EntityType
		alias string
	}
	index := map[key]int{}
	var rows []storyline.EntityAlias
	add := func(k key, n int) {
		if i, ok := index[k]; ok {
			rows[i].Mentions += n
			return
		}
		index[k] = len(rows)
		rows = append(rows, storyline.EntityAlias{Name: k.name, Type: k.typ, Alias: k.alias, Mentions: n})
	}
	for _, e := range a.Entities {
		if len(e.Mentions) == 0 {
			add(key{e.Name, e.Type, ""}, 0)
		}
		for _, m := range e.Mentions {
			alias := e.Name
			if m.Start >= 0 && m.End <= len(runes) && m.Start < m.End {
				if s := strings.Join(strings.Fields(string(runes[m.Start:m.End])), " "); s != "" {
					alias = s
				}
			}
			add(key{e.Name, e.Type, alias}, 1)
		}
	}
	return rows
}

// TestEntityAliasesInPlace holds EntityAliases, which reads a valid body
// in place, to decoding it whole, on spans at random over bodies with
// letters outside ASCII, bytes that are not UTF-8 and white space, and
// over the text dev dumps.
func TestEntityAliasesInPlace(t *testing.T) {
	bodies := []string{"", "Ålesund mayor Kari\nNord met Nord's deputy.", "“Rutte,” said Straße ‘X’ 日本 \u00a0 end", "bad \xff\xfe bytes Ünï \xe2\x80 x"}
	bodies = append(bodies, sharedtest.Texts(t, filepath.Join("data", "extraction", "text"), "*.txt", 50)...)
	rng := rand.New(rand.NewPCG(9, 10))
	for _, body := range bodies {
		n := utf8.RuneCountInString(body)
		for range 20 {
			var ents []storyline.ArticleEntity
			for e := range rng.IntN(5) {
				ent := storyline.ArticleEntity{Name: fmt.Sprint("E", e), Type: storyline.Person}
				for range rng.IntN(4) {
					s := rng.IntN(n+3) - 1
					ent.Mentions = append(ent.Mentions, sp(s, s+rng.IntN(12)-1))
				}
				ents = append(ents, ent)
			}
			a := &storyline.Article{Body: body, Entities: ents}
			if got, want := a.EntityAliases(), aliasesByRunes(a); !slices.Equal(got, want) {
				t.Fatalf("%.40q %v: %v, decoded whole %v", body, ents, got, want)
			}
		}
	}
}
