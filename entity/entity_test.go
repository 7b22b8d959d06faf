package entity

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/english"
)

// m is a mention written as "text/TYPE", found in order in the body, each
// after the end of the one before.
type m struct {
	text string
	typ  storyline.EntityType
}

func docWith(t *testing.T, body string, ms ...m) *storyline.Doc {
	t.Helper()
	d := &storyline.Doc{Article: &storyline.Article{Body: body}}
	runes := []rune(body)
	from := 0
	for _, x := range ms {
		i := strings.Index(string(runes[from:]), x.text)
		if i < 0 {
			t.Fatalf("mention %q not found after rune %d", x.text, from)
		}
		start := from + len([]rune(string(runes[from:])[:i]))
		end := start + len([]rune(x.text))
		d.Mentions = append(d.Mentions, storyline.Mention{Span: storyline.Span{Start: start, End: end}, Type: x.typ, Text: x.text})
		from = end
	}
	return d
}

func canonicals(d *storyline.Doc) []string {
	var out []string
	for _, mn := range d.Mentions {
		out = append(out, mn.Canonical+"/"+string(mn.Type))
	}
	return out
}

func TestStageCanonicalNames(t *testing.T) {
	P, O, L := storyline.Person, storyline.Org, storyline.Place
	tests := []struct {
		name string
		body string
		ms   []m
		want []string
	}{
		{"surname joins full name", "Calder Secretary-General Ilse Varga spoke. Later Varga's aides left.",
			[]m{{"Calder", L}, {"Ilse Varga", P}, {"Varga's", P}},
			[]string{"Calder/PLACE", "Ilse Varga/PERSON", "Ilse Varga/PERSON"}},
		{"surname mistagged as org", "Tomas Brenner spoke. Brenner left.",
			[]m{{"Tomas Brenner", P}, {"Brenner", O}},
			[]string{"Tomas Brenner/PERSON", "Tomas Brenner/PERSON"}},
		{"a full name tagged as an organisation beside its lone surname", "Ilse Varga Braun's wife spoke. Braun had left.",
			[]m{{"Ilse Varga Braun", O}, {"Braun", P}},
			[]string{"Ilse Varga Braun/PERSON", "Ilse Varga Braun/PERSON"}},
		{"an organisation keeps its type without a lone surname", "Goldman Sachs spoke. Sachs Bank left.",
			[]m{{"Goldman Sachs", O}, {"Sachs Bank", O}},
			[]string{"Goldman Sachs/ORG", "Sachs Bank/ORG"}},
		{"a two-word person tagged as an organisation beside the lone surname", "Donald Trump's claim was wrong. Trump said so.",
			[]m{{"Donald Trump", O}, {"Trump", P}},
			[]string{"Donald Trump/PERSON", "Donald Trump/PERSON"}},
		{"a two-word firm beside a person's lone surname stays a firm", "Loretta Lynch spoke. Merrill Lynch paid. Lynch said it was fair.",
			[]m{{"Loretta Lynch", P}, {"Merrill Lynch", O}, {"Lynch", P}},
			[]string{"Loretta Lynch/PERSON", "Merrill Lynch/ORG", "Loretta Lynch/PERSON"}},
		{"two people share a surname", "Ana Holm met Petra Holm. Holm said no. Ana Holm left and Holm followed.",
			[]m{{"Ana Holm", P}, {"Petra Holm", P}, {"Holm", P}, {"Ana Holm", P}, {"Holm", P}},
			[]string{"Ana Holm/PERSON", "Petra Holm/PERSON", "Petra Holm/PERSON", "Ana Holm/PERSON", "Ana Holm/PERSON"}},
		{"well-known variants", "The US and the U.S. Senate; the United States. The EU and the European Union.",
			[]m{{"US", L}, {"U.S.", O}, {"United States", L}, {"EU", O}, {"European Union", O}},
			[]string{"United States/PLACE", "United States/PLACE", "United States/PLACE", "European Union/ORG", "European Union/ORG"}},
		{"a dateline in capitals is the name the text spells", "PARIS - Ilse Varga landed in Paris.",
			[]m{{"PARIS", L}, {"Ilse Varga", P}, {"Paris", L}},
			[]string{"Paris/PLACE", "Ilse Varga/PERSON", "Paris/PLACE"}},
		{"a headline in capitals is the name the text spells", "ILSE VARGA WINS. ILSE VARGA spoke; Ilse Varga left.",
			[]m{{"ILSE VARGA", P}, {"ILSE VARGA", P}, {"Ilse Varga", P}},
			[]string{"Ilse Varga/PERSON", "Ilse Varga/PERSON", "Ilse Varga/PERSON"}},
		{"acronym defined in the text, more frequent form wins", "The Calder Dockers Union (CDU) struck. The CDU said the CDU would go on.",
			[]m{{"Calder Dockers Union", O}, {"CDU", O}, {"CDU", O}, {"CDU", O}},
			[]string{"CDU/ORG", "CDU/ORG", "CDU/ORG", "CDU/ORG"}},
		{"leading article dropped", "The Calder Dockers' Union struck; the Calder Dockers' Union said so. The Hague agreed.",
			[]m{{"Calder Dockers' Union", O}, {"the Calder Dockers' Union", O}, {"The Hague", L}},
			[]string{"Calder Dockers' Union/ORG", "Calder Dockers' Union/ORG", "The Hague/PLACE"}},
		{"a suffix or a title alone names nobody", "Counsel Ilse Varga III spoke. Calder Attorney General Tomas Brenner Jr. agreed.",
			[]m{{"Ilse Varga", P}, {"III", O}, {"Calder", L}, {"Attorney General", P}, {"Tomas Brenner", P}, {"Jr.", P}},
			[]string{"Ilse Varga/PERSON", "/ORG", "Calder/PLACE", "/PERSON", "Tomas Brenner/PERSON", "/PERSON"}},
		{"a function word names nobody", "The Calder Dockers Union struck. The strike ended. After Brenner spoke, it ended.",
			[]m{{"Calder Dockers Union", O}, {"The", O}, {"After", P}, {"Brenner", P}},
			[]string{"Calder Dockers Union/ORG", "/ORG", "/PERSON", "Brenner/PERSON"}},
		{"an abbreviation alone names nobody", "No. 17 Calder beat No. 2 Marland.",
			[]m{{"No.", O}, {"Calder", O}, {"No.", O}, {"Marland", O}},
			[]string{"/ORG", "Calder/ORG", "/ORG", "Marland/ORG"}},
		{"a party-and-state label names nobody and is no mention", "Sen. Ilse Varga (R-S.C.) met Rep. Tomas Brenner, D-TX, and Calder.",
			[]m{{"Ilse Varga", P}, {"R-S", O}, {"C.", O}, {"Tomas Brenner", P}, {"D-TX", O}, {"Calder", L}},
			[]string{"Ilse Varga/PERSON", "Tomas Brenner/PERSON", "Calder/PLACE"}},
		{"a lone first name of one person named in full is that person", "Ilse Varga and her daughter Petra Holm came. Petra waved and Ilse spoke.",
			[]m{{"Ilse Varga", P}, {"Petra Holm", P}, {"Petra", P}, {"Ilse", P}},
			[]string{"Ilse Varga/PERSON", "Petra Holm/PERSON", "Petra Holm/PERSON", "Ilse Varga/PERSON"}},
		{"a lone first surname of a person with two is that person", "Enrique Peña Nieto met Ilse Varga. Peña said no.",
			[]m{{"Enrique Peña Nieto", P}, {"Ilse Varga", P}, {"Peña", P}},
			[]string{"Enrique Peña Nieto/PERSON", "Ilse Varga/PERSON", "Enrique Peña Nieto/PERSON"}},
		{"a first name two people share stays as it is", "Ilse Varga met Ilse Holm. Ilse left.",
			[]m{{"Ilse Varga", P}, {"Ilse Holm", P}, {"Ilse", P}},
			[]string{"Ilse Varga/PERSON", "Ilse Holm/PERSON", "Ilse/PERSON"}},
		{"honorific dropped", "Mrs. Petra Holm thanked Dr. Holm's staff.",
			[]m{{"Mrs. Petra Holm", P}, {"Holm's", P}},
			[]string{"Petra Holm/PERSON", "Petra Holm/PERSON"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := docWith(t, tt.body, tt.ms...)
			if err := (Stage{}).Process(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			if got := canonicals(d); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("canonicals = %v\nwant %v", got, tt.want)
			}
		})
	}
}

func TestStageKeepsTitledAlias(t *testing.T) {
	tests := []struct {
		name, body string
		ms         []m
		want       string // what the first mention of Greta Lund covers
	}{
		{"portfolio and place", "Marland Transport Minister Greta Lund spoke. Lund left.",
			[]m{{"Marland", storyline.Place}, {"Greta Lund", storyline.Person}, {"Lund", storyline.Person}},
			"Marland Transport Minister Greta Lund"},
		{"a title of two words joined by of", "The visit of Secretary of State Greta Lund ended. Lund left.",
			[]m{{"Greta Lund", storyline.Person}, {"Lund", storyline.Person}},
			"Secretary of State Greta Lund"},
		{"of after no title", "The Bank of State Greta Lund spoke. Lund left.",
			[]m{{"Greta Lund", storyline.Person}, {"Lund", storyline.Person}},
			"State Greta Lund"},
		{"a sentence opener is no title", "Lund spoke. If President Greta Lund wins, Lund said, we stay.",
			[]m{{"Lund", storyline.Person}, {"Greta Lund", storyline.Person}, {"Lund", storyline.Person}},
			"President Greta Lund"},
		{"an opener after a quotation mark", "Lund spoke. “After President Greta Lund came, we left,” Lund said.",
			[]m{{"Lund", storyline.Person}, {"Greta Lund", storyline.Person}, {"Lund", storyline.Person}},
			"President Greta Lund"},
		{"a title word may open the sentence", "Lund spoke. Vice President Greta Lund left.",
			[]m{{"Lund", storyline.Person}, {"Greta Lund", storyline.Person}},
			"Vice President Greta Lund"},
		{"an opening portfolio cannot be told from an opener", "Lund spoke. Transport Minister Greta Lund left.",
			[]m{{"Lund", storyline.Person}, {"Greta Lund", storyline.Person}},
			"Minister Greta Lund"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := docWith(t, tt.body, tt.ms...)
			d.Sentences = sentencesAtStops(tt.body)
			if err := (Stage{}).Process(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			runes := []rune(tt.body)
			for _, e := range d.Article.Entities {
				if e.Name != "Greta Lund" {
					continue
				}
				for _, sp := range e.Mentions {
					if got := string(runes[sp.Start:sp.End]); strings.HasSuffix(got, "Greta Lund") {
						if got != tt.want {
							t.Errorf("the titled name covers %q, want %q", got, tt.want)
						}
						return
					}
				}
			}
			t.Fatalf("no mention of Greta Lund in %+v", d.Article.Entities)
		})
	}
}

// sentencesAtStops splits a test body into sentences after ". ".
func sentencesAtStops(body string) []storyline.Span {
	var out []storyline.Span
	runes := []rune(body)
	start := 0
	for i := 0; i+1 < len(runes); i++ {
		if runes[i] == '.' && runes[i+1] == ' ' {
			out = append(out, storyline.Span{Start: start, End: i + 1})
			start = i + 2
		}
	}
	return append(out, storyline.Span{Start: start, End: len(runes)})
}

func TestLinkerAcrossDocuments(t *testing.T) {
	l := NewLinker()
	first := &storyline.Article{
		Entities: []storyline.ArticleEntity{{Name: "Varga", Type: storyline.Person, Mentions: []storyline.Span{{Start: 0, End: 5}}}},
		Quotes:   []storyline.Quote{{Text: "x", Speaker: "Varga"}},
	}
	l.Link(first)
	if first.Entities[0].Name != "Varga" {
		t.Fatalf("nothing known yet, but renamed to %q", first.Entities[0].Name)
	}
	second := &storyline.Article{Entities: []storyline.ArticleEntity{{Name: "Ilse Varga", Type: storyline.Person, Mentions: make([]storyline.Span, 3)}}}
	l.Link(second)
	want := map[storyline.EntityKey]storyline.EntityKey{{Name: "Varga", Type: storyline.Person}: {Name: "Ilse Varga", Type: storyline.Person}}
	if got := l.Pending(); !reflect.DeepEqual(got, want) {
		t.Errorf("Pending = %v", got)
	}
	third := &storyline.Article{
		Entities: []storyline.ArticleEntity{
			{Name: "Ilse Varga", Type: storyline.Person, Mentions: []storyline.Span{{Start: 20, End: 30}}},
			{Name: "Varga", Type: storyline.Person, Mentions: []storyline.Span{{Start: 0, End: 5}}},
		},
		Quotes: []storyline.Quote{{Text: "y", Speaker: "Varga"}},
	}
	l.Link(third)
	if len(third.Entities) != 1 || len(third.Entities[0].Mentions) != 2 || third.Entities[0].Mentions[0].Start != 0 {
		t.Errorf("entities not merged: %+v", third.Entities)
	}
	if third.Quotes[0].Speaker != "Ilse Varga" {
		t.Errorf("speaker = %q", third.Quotes[0].Speaker)
	}
}

func TestLinkerLeavesAmbiguousSurnames(t *testing.T) {
	l := NewLinker()
	l.LearnName(storyline.EntityKey{Name: "Ana Holm", Type: storyline.Person}, 2)
	l.LearnName(storyline.EntityKey{Name: "Petra Holm", Type: storyline.Person}, 2)
	if name, ok := l.Resolve("Holm"); ok {
		t.Errorf("Resolve(Holm) = %q; two people share it", name)
	}
}

func TestLinkerRetypesMistakenOrganisation(t *testing.T) {
	l := NewLinker()
	l.LearnName(storyline.EntityKey{Name: "Tomas Brenner", Type: storyline.Person}, 3)
	a := &storyline.Article{Entities: []storyline.ArticleEntity{
		{Name: "Brenner", Type: storyline.Org, Mentions: []storyline.Span{{Start: 0, End: 7}}},
		{Name: "CDU", Type: storyline.Org, Mentions: []storyline.Span{{Start: 10, End: 13}}},
	}}
	l.Link(a)
	if a.Entities[0].Name != "Tomas Brenner" || a.Entities[0].Type != storyline.Person {
		t.Errorf("Brenner/ORG became %+v", a.Entities[0])
	}
	if a.Entities[1].Name != "CDU" || a.Entities[1].Type != storyline.Org {
		t.Errorf("an acronym was relinked: %+v", a.Entities[1])
	}
}

func TestLinkerFollowsTypeConsensus(t *testing.T) {
	l := NewLinker()
	l.LearnName(storyline.EntityKey{Name: "Lenhausen", Type: storyline.Place}, 5)
	l.LearnName(storyline.EntityKey{Name: "Ostberg", Type: storyline.Place}, 1)
	l.LearnName(storyline.EntityKey{Name: "Ostberg", Type: storyline.Org}, 1)
	a := &storyline.Article{Entities: []storyline.ArticleEntity{
		{Name: "Lenhausen", Type: storyline.Org, Mentions: []storyline.Span{{Start: 0, End: 9}}},
		{Name: "Ostberg", Type: storyline.Org, Mentions: []storyline.Span{{Start: 20, End: 27}}},
	}}
	l.Link(a)
	if a.Entities[0].Type != storyline.Place {
		t.Errorf("Lenhausen stayed %s against a consensus of PLACE", a.Entities[0].Type)
	}
	if a.Entities[1].Type != storyline.Org {
		t.Errorf("Ostberg retyped to %s without a consensus", a.Entities[1].Type)
	}
}

func TestLinkerRetypesFullNamesToPersonConsensus(t *testing.T) {
	l := NewLinker()
	early := storyline.EntityKey{Name: "Dana Whitlock", Type: storyline.Org}
	l.LearnName(early, 1) // stored before the consensus formed
	l.LearnName(storyline.EntityKey{Name: "Dana Whitlock", Type: storyline.Person}, 9)
	l.LearnName(storyline.EntityKey{Name: "Whitlock", Type: storyline.Org}, 1)
	a := &storyline.Article{Entities: []storyline.ArticleEntity{
		{Name: "Dana Whitlock", Type: storyline.Org, Mentions: []storyline.Span{{Start: 0, End: 13}}},
	}}
	l.Link(a)
	if a.Entities[0].Type != storyline.Person {
		t.Errorf("Dana Whitlock stayed %s against a consensus of PERSON", a.Entities[0].Type)
	}
	pending := l.Pending()
	if got := pending[early]; got != (storyline.EntityKey{Name: "Dana Whitlock", Type: storyline.Person}) {
		t.Errorf("pending rename of the early ORG = %+v, want the PERSON", got)
	}
}

func TestStageTypesPeopleTheTaggerMissed(t *testing.T) {
	body := "Donald Trump spoke. Ivanka Trump and Mr. Trump left. The Trump Tower stayed. Boris Johnson drank Dr Pepper from Johnson & Johnson. Miss Universe came."
	d := &storyline.Doc{Article: &storyline.Article{Body: body}}
	add := func(text string, typ storyline.EntityType) {
		i := len([]rune(body[:strings.Index(body, text)]))
		d.Mentions = append(d.Mentions, storyline.Mention{Span: storyline.Span{Start: i, End: i + len([]rune(text))}, Type: typ, Text: text})
	}
	add("Donald Trump", storyline.Person)
	add("Ivanka Trump", storyline.Misc)
	add("Mr. Trump", storyline.Org)
	add("Trump Tower", storyline.Org)
	add("Dr Pepper", storyline.Org)
	add("Johnson & Johnson", storyline.Org)
	add("Miss Universe", storyline.Misc)
	add("Boris Johnson", storyline.Person)
	if err := (Stage{}).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	want := []struct {
		canonical string
		typ       storyline.EntityType
	}{
		{"Donald Trump", storyline.Person},
		{"Ivanka Trump", storyline.Person},
		{"Donald Trump", storyline.Person},
		{"Trump Tower", storyline.Org},
		{"Dr Pepper", storyline.Org},
		{"Johnson & Johnson", storyline.Org},
		{"Miss Universe", storyline.Misc},
	}
	for i, w := range want {
		if m := d.Mentions[i]; m.Canonical != w.canonical || m.Type != w.typ {
			t.Errorf("%q = %q %s, want %q %s", m.Text, m.Canonical, m.Type, w.canonical, w.typ)
		}
	}
}

// TestStageAddressedBeforeTheName checks that a name the body writes after
// Mr, Mrs or Ms is a person though the tagger left the title out and called
// it an organisation, and that other titles do not make one.
func TestStageAddressedBeforeTheName(t *testing.T) {
	body := "Mr. Obama spoke. Ms Halvorsen and Dr Pepper left. Obama stayed."
	d := &storyline.Doc{Article: &storyline.Article{Body: body}}
	for _, text := range []string{"Obama", "Halvorsen", "Pepper"} {
		i := len([]rune(body[:strings.Index(body, text)]))
		d.Mentions = append(d.Mentions, storyline.Mention{Span: storyline.Span{Start: i, End: i + len([]rune(text))}, Type: storyline.Org, Text: text})
	}
	i := len([]rune(body[:strings.LastIndex(body, "Obama")]))
	d.Mentions = append(d.Mentions, storyline.Mention{Span: storyline.Span{Start: i, End: i + 5}, Type: storyline.Org, Text: "Obama"})
	if err := (Stage{}).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	for i, want := range []storyline.EntityType{storyline.Person, storyline.Person, storyline.Org, storyline.Person} {
		if m := d.Mentions[i]; m.Type != want {
			t.Errorf("%q at %d = %s, want %s", m.Text, m.Start, m.Type, want)
		}
	}
}

func TestLinkerPendingLeavesPeople(t *testing.T) {
	l := NewLinker()
	l.LearnName(storyline.EntityKey{Name: "Jordan Vale", Type: storyline.Person}, 1)
	l.LearnName(storyline.EntityKey{Name: "Jordan Vale", Type: storyline.Place}, 9)
	if p := l.Pending(); len(p) != 0 {
		t.Errorf("a person was retyped by consensus: %v", p)
	}
}

// TestStageHonorificAgrees checks that a lone surname addressed with a
// gendered honorific goes to the nearest full name whose learned first name
// agrees, to one of no known gender when none agrees, and never to one that
// disagrees; without learned names or an honorific the nearest full name
// wins as before.
func TestStageHonorificAgrees(t *testing.T) {
	P := storyline.Person
	learned := names{"petra": english.Female, "tomas": english.Male, "ilse": english.Female}
	tests := []struct {
		name  string
		names LearnedNames
		body  string
		ms    []m
		want  []string
	}{
		{"Mrs. passes over the nearer man for the woman", learned,
			"Petra Holm met Tomas Holm. Mrs. Holm said no.",
			[]m{{"Petra Holm", P}, {"Tomas Holm", P}, {"Holm", P}},
			[]string{"Petra Holm/PERSON", "Tomas Holm/PERSON", "Petra Holm/PERSON"}},
		{"the honorific inside the mention counts too", learned,
			"Petra Holm met Tomas Holm. Mrs. Holm said no.",
			[]m{{"Petra Holm", P}, {"Tomas Holm", P}, {"Mrs. Holm", P}},
			[]string{"Petra Holm/PERSON", "Tomas Holm/PERSON", "Petra Holm/PERSON"}},
		{"Mr. passes over the nearer woman for the man", learned,
			"Tomas Holm met Petra Holm. Mr. Holm said no.",
			[]m{{"Tomas Holm", P}, {"Petra Holm", P}, {"Holm", P}},
			[]string{"Tomas Holm/PERSON", "Petra Holm/PERSON", "Tomas Holm/PERSON"}},
		{"Ms. with only a man of that surname keeps the surname", learned,
			"Tomas Holm spoke. Ms. Holm said no.",
			[]m{{"Tomas Holm", P}, {"Holm", P}},
			[]string{"Tomas Holm/PERSON", "Holm/PERSON"}},
		{"a first name of no known gender may be hers", learned,
			"Tomas Holm met Kit Holm. Mrs. Holm said no.",
			[]m{{"Tomas Holm", P}, {"Kit Holm", P}, {"Holm", P}},
			[]string{"Tomas Holm/PERSON", "Kit Holm/PERSON", "Kit Holm/PERSON"}},
		{"an agreeing name after the mention beats a disagreeing one before", learned,
			"Tomas Holm spoke. Mrs. Holm said no to Ilse Holm.",
			[]m{{"Tomas Holm", P}, {"Holm", P}, {"Ilse Holm", P}},
			[]string{"Tomas Holm/PERSON", "Ilse Holm/PERSON", "Ilse Holm/PERSON"}},
		{"without an honorific the nearest full name wins", learned,
			"Petra Holm met Tomas Holm. Holm said no.",
			[]m{{"Petra Holm", P}, {"Tomas Holm", P}, {"Holm", P}},
			[]string{"Petra Holm/PERSON", "Tomas Holm/PERSON", "Tomas Holm/PERSON"}},
		{"Dr. implies no gender", learned,
			"Petra Holm met Tomas Holm. Dr. Holm said no.",
			[]m{{"Petra Holm", P}, {"Tomas Holm", P}, {"Holm", P}},
			[]string{"Petra Holm/PERSON", "Tomas Holm/PERSON", "Tomas Holm/PERSON"}},
		{"without learned names the nearest full name wins", nil,
			"Petra Holm met Tomas Holm. Mrs. Holm said no.",
			[]m{{"Petra Holm", P}, {"Tomas Holm", P}, {"Holm", P}},
			[]string{"Petra Holm/PERSON", "Tomas Holm/PERSON", "Tomas Holm/PERSON"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := docWith(t, tt.body, tt.ms...)
			if err := (Stage{Names: tt.names}).Process(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			if got := canonicals(d); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("canonicals = %v\nwant %v", got, tt.want)
			}
		})
	}
}
