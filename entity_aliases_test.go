package storyline_test

import (
	"testing"
	"unicode/utf8"

	"github.com/storyline-news/storyline"
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
