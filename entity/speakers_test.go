package entity

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/english"
)

// TestSpeakers checks the pass after the quote stage: a speaker the article
// holds as a PERSON or ORG entity stays; one the quote rules read as a
// person, or as a group the tagger called MISC, is retyped; one they found
// themselves becomes an entity; any other loses its quotation.
func TestSpeakers(t *testing.T) {
	P, O, L, M := storyline.Person, storyline.Org, storyline.Place, storyline.Misc
	tests := []struct {
		name     string
		body     string
		ms       []m // the entity stage's mentions, named by their text
		speaker  string
		evidence []m // the quote rules' reading of the speaker's mentions
		found    bool
		want     string   // the quotation's speaker afterwards
		entities []string // name/TYPE of the article's entities afterwards
	}{
		{"a person entity speaks", "Rutte said it.", []m{{"Rutte", P}}, "Rutte", []m{{"Rutte", P}}, false,
			"Rutte", []string{"Rutte/PERSON"}},
		{"a MISC person is retyped", "Ivanka Trump said it.", []m{{"Ivanka Trump", M}}, "Ivanka Trump", []m{{"Ivanka Trump", P}}, false,
			"Ivanka Trump", []string{"Ivanka Trump/PERSON"}},
		{"a MISC group is retyped", "Republicans said it.", []m{{"Republicans", M}}, "Republicans", []m{{"Republicans", O}}, false,
			"Republicans", []string{"Republicans/ORG"}},
		{"a MISC adjective loses the quotation", "Republican said it.", []m{{"Republican", M}}, "Republican", []m{{"Republican", O}}, false,
			"", []string{"Republican/MISC"}},
		{"a place loses the quotation", "Denmark said it.", []m{{"Denmark", L}}, "Denmark", []m{{"Denmark", L}}, false,
			"", []string{"Denmark/PLACE"}},
		{"a name the quote rules found becomes an entity", "Rutte met them. As Politico reported, it failed.", []m{{"Rutte", P}}, "Politico", []m{{"Politico", O}}, true,
			"Politico", []string{"Rutte/PERSON", "Politico/ORG"}},
		{"a speaker without evidence nor entity loses the quotation", "It failed.", nil, "Nobody", nil, false,
			"", nil},
		{"a word that names nobody loses the quotation", "After threatening to leave, he went.", nil, "After", []m{{"After", P}}, true,
			"", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := docWith(t, tt.body, tt.ms...)
			if err := (Stage{}).Process(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			ev := docWith(t, tt.body, tt.evidence...)
			for _, mn := range ev.Mentions {
				if !tt.found {
					mn.Canonical = tt.speaker
				}
				d.Speakers = append(d.Speakers, storyline.SpeakerMention{Mention: mn, Speaker: tt.speaker})
			}
			d.Article.Quotes = []storyline.Quote{{Speaker: tt.speaker}}
			if err := (Speakers{}).Process(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			if got := d.Article.Quotes[0].Speaker; got != tt.want {
				t.Errorf("speaker = %q, want %q", got, tt.want)
			}
			var got []string
			for _, e := range d.Article.Entities {
				got = append(got, e.Name+"/"+string(e.Type))
			}
			if !reflect.DeepEqual(got, tt.entities) {
				t.Errorf("entities = %v, want %v", got, tt.entities)
			}
			for _, mn := range d.Mentions {
				if mn.Canonical == tt.want && tt.want != "" && mn.Type != storyline.Person && mn.Type != storyline.Org {
					t.Errorf("mention %q of speaker %q is %s", mn.Text, tt.want, mn.Type)
				}
			}
		})
	}
}

type names map[string]english.Gender

func (n names) IsFirstName(w string) bool { _, ok := n[w]; return ok }

// IsSurname: a learned surname is keyed "surname:" in the table.
func (n names) IsSurname(w string) bool { _, ok := n["surname:"+w]; return ok }

func (n names) FirstNameGender(full string) english.Gender {
	f := strings.Fields(full)
	if len(f) < 2 {
		return english.Unknown
	}
	return n[strings.ToLower(f[0])]
}

func reading(t *testing.T, d *storyline.Doc, opens ...int) *Reading {
	t.Helper()
	var toks []storyline.Token
	body := []rune(d.Article.Body)
	for i := 0; i < len(body); {
		j := i
		for j < len(body) && body[j] != ' ' && body[j] != ',' && body[j] != '.' {
			j++
		}
		if j == i {
			j++
		}
		if body[i] != ' ' {
			toks = append(toks, storyline.Token{Span: storyline.Span{Start: i, End: j}, Text: string(body[i:j])})
		}
		i = j
	}
	return &Reading{
		Tokens: toks, Body: body, Names: names{"donald": english.Male, "ben": english.Male, "surname:rubio": english.Unknown},
		Lower:         english.LowerWords(toks, tokenText),
		OpensSentence: func(pos int) bool { return pos == 0 },
	}
}

func TestReadingTrimOpeners(t *testing.T) {
	P := storyline.Person
	tests := []struct {
		name string
		body string
		ms   []m
		want []string
	}{
		{"an opener the body writes in lower case", "Despite Rubio, the despite rule held.", []m{{"Despite Rubio", P}}, []string{"Rubio"}},
		{"a lone opener is dropped", "Reading it, reading more.", []m{{"Reading", P}}, nil},
		{"a learned first name stays", "Ben Carson spoke, and ben left.", []m{{"Ben Carson", P}}, []string{"Ben Carson"}},
		{"mid-sentence stays", "Then Despite Rubio, despite it.", []m{{"Despite Rubio", P}}, []string{"Despite Rubio"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := docWith(t, tt.body, tt.ms...)
			var got []string
			for _, mn := range reading(t, d).TrimOpeners(d.Mentions) {
				got = append(got, mn.Text)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("TrimOpeners = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestReadingRetypePeople(t *testing.T) {
	P, O, M := storyline.Person, storyline.Org, storyline.Misc
	tests := []struct {
		name string
		body string
		ms   []m
		want []storyline.EntityType
	}{
		{"a learned first name", "Donald Trump spoke.", []m{{"Donald Trump", O}}, []storyline.EntityType{P}},
		{"the surname of a person", "Ivanka Trump and Fred Trump spoke.", []m{{"Ivanka Trump", M}, {"Fred Trump", P}}, []storyline.EntityType{P, P}},
		{"a lone surname tagged ORG", "Fred Trump spoke. Trump left.", []m{{"Fred Trump", P}, {"Trump", O}}, []storyline.EntityType{P, P}},
		{"a lone surname tagged MISC stays", "Fred Trump spoke. Trump left.", []m{{"Fred Trump", P}, {"Trump", M}}, []storyline.EntityType{P, M}},
		{"a last word in lower case stays", "White House staff said the house was empty.", []m{{"White House", O}}, []storyline.EntityType{O}},
		{"a lone learned surname tagged ORG", "Then Rubio left.", []m{{"Rubio", O}}, []storyline.EntityType{P}},
		{"a lone name neither learned nor named in full stays", "Then Acme left.", []m{{"Acme", O}}, []storyline.EntityType{O}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := docWith(t, tt.body, tt.ms...)
			reading(t, d).RetypePeople(d.Mentions)
			var got []storyline.EntityType
			for _, mn := range d.Mentions {
				got = append(got, mn.Type)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("types = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestCueNames(t *testing.T) {
	d := docWith(t, "Democrats and German Ortega said.")
	r := reading(t, d)
	if got := r.CueName(0, 0); got.Type != storyline.Org || got.Text != "Democrats" {
		t.Errorf("CueName(Democrats) = %+v, want an ORG", got)
	}
	if got := r.CueName(2, 3); got.Type != storyline.Person || got.Text != "German Ortega" {
		t.Errorf("CueName(German Ortega) = %+v, want a PERSON", got)
	}
	for typ, want := range map[storyline.EntityType]storyline.EntityType{
		storyline.Place: storyline.Org, storyline.Misc: storyline.Org, storyline.Person: storyline.Person, storyline.Org: storyline.Org,
	} {
		mn := storyline.Mention{Type: typ}
		if AtCue(&mn); mn.Type != want {
			t.Errorf("AtCue(%s) = %s, want %s", typ, mn.Type, want)
		}
	}
}
