package entity

import (
	"context"
	"reflect"
	"regexp"
	"testing"

	"github.com/storyline-news/storyline"
)

// tokenized gives a test Doc the tokens the text stage would: words and
// single marks, with rune offsets.
func tokenized(d *storyline.Doc) *storyline.Doc {
	body := d.Article.Body
	for _, loc := range regexp.MustCompile(`\p{L}[\p{L}-]*|\S`).FindAllStringIndex(body, -1) {
		start := len([]rune(body[:loc[0]]))
		w := body[loc[0]:loc[1]]
		d.Tokens = append(d.Tokens, storyline.Token{Span: storyline.Span{Start: start, End: start + len([]rune(w))}, Text: w})
	}
	return d
}

func TestStageAddsMissedSurnames(t *testing.T) {
	P, O := storyline.Person, storyline.Org
	tests := []struct {
		name string
		body string
		ms   []m
		want []string // the mentions after the stage, as "text=canonical"
	}{
		{"a surname the tagger missed", "Chris Christie spoke. Christie, who ran, blasted Clinton.",
			[]m{{"Chris Christie", P}, {"Clinton", P}},
			[]string{"Chris Christie=Chris Christie", "Christie=Chris Christie", "Clinton=Clinton"}},
		{"part of a longer name", "Anna Clinton spoke. The Clinton Foundation paid.",
			[]m{{"Anna Clinton", P}},
			[]string{"Anna Clinton=Anna Clinton"}},
		{"after a first name", "Anna Scott spoke. Bobby Scott left.",
			[]m{{"Anna Scott", P}},
			[]string{"Anna Scott=Anna Scott"}},
		{"after a title", "Chris Christie spoke. Later Gov. Christie left.",
			[]m{{"Chris Christie", P}},
			[]string{"Chris Christie=Chris Christie", "Christie=Chris Christie"}},
		{"a word also written in lower case", "Tom Price spoke. Price rose, and the price fell.",
			[]m{{"Tom Price", P}},
			[]string{"Tom Price=Tom Price"}},
		{"a given name before a surname the document uses alone",
			"Ham left. Senator Norman Ham spoke.",
			[]m{{"Ham", P}},
			[]string{"Ham=Norman Ham", "Norman Ham=Norman Ham"}},
		{"a sentence opener before the surname is no given name",
			"Sanders spoke. Meanwhile Sanders said no.",
			[]m{{"Sanders", P}},
			[]string{"Sanders=Sanders"}},
		{"a capitalised run before the surname is no given name",
			"Ham left. Air Force Ham spoke.",
			[]m{{"Ham", P}},
			[]string{"Ham=Ham"}},
		{"a surname that ends an organisation", "Ed Bank spoke. The Federal Bank agreed. Bank left.",
			[]m{{"Ed Bank", P}, {"Federal Bank", O}},
			[]string{"Ed Bank=Ed Bank", "Federal Bank=Federal Bank"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := tokenized(docWith(t, tt.body, tt.ms...))
			if err := (Stage{}).Process(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, mn := range d.Mentions {
				got = append(got, mn.Text+"="+mn.Canonical)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("mentions = %q, want %q", got, tt.want)
			}
		})
	}
}
