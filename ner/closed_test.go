package ner

import (
	"bytes"
	"encoding/binary"
	"io"
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/storyline-news/storyline"
)

func TestShutRulesOutContinuingTags(t *testing.T) {
	em := make([]float32, 2*numTags)
	shut(em, []bool{false, true})
	for k := range numTags {
		closedOut := math.IsInf(float64(em[numTags+k]), -1)
		want := k != tagO && (tagPos(k) == posI || tagPos(k) == posL)
		if closedOut != want || em[k] != 0 {
			t.Errorf("tag %d: ruled out %v, want %v", k, closedOut, want)
		}
	}
}

func TestBuildClosedFromCounts(t *testing.T) {
	var doc Document
	for range closedMinCount {
		doc.Sentences = append(doc.Sentences, Sentence{
			Words: []string{"the", "Bank", "of", "Lisbon", "said"},
			Tags:  []string{"O", "B-ORG", "I-ORG", "I-ORG", "O"},
		})
	}
	cw := buildClosed([]*Document{&doc})
	for w, want := range map[string]bool{"said": true, "the": true, "of": false} {
		if got := cw[closedKey(w)]&isClosed != 0; got != want {
			t.Errorf("%q closed: %v, want %v", w, got, want)
		}
	}
	var buf bytes.Buffer
	if err := writeTable(&buf, cw); err != nil {
		t.Fatal(err)
	}
	back, err := readTable[closedWords](&buf, &buf)
	if err != nil || !reflect.DeepEqual(back, cw) {
		t.Errorf("read back %v (%v), wrote %v", back, err, cw)
	}
}

func TestTitleCase(t *testing.T) {
	cw := closedWords{closedKey("to"): isFunction, closedKey("in"): isFunction}
	for s, want := range map[string]bool{
		"EU Leaders Meet In Brussels To Discuss Trade": true,
		"Trump 's Allies Meet In Davos To Talk":        true,
		"EU leaders meet in Brussels to discuss trade": false,
		"EU LEADERS MEET IN BRUSSELS TO DISCUSS TRADE": false, // a caps headline already
		"In Brussels , Leaders Meet":                   false, // no function word past the first
		"Kansas City 1 New York 3":                     false,
		// the style guides' title case: short words in lower case
		"EU Leaders Meet in Brussels To Discuss Trade In May": true,
		"Leaders of EU Meet In Paris To Discuss Trade":        true,
		// running text with only short words in lower case: half capitalised
		"Magna was up 1/8 To 48-1/4 on the New York Stock Exchange": false,
		// a line of names and scores is a table
		"291 Phillip Price 72 76 In 69 , To Hunter 70 79": false,
	} {
		if got := cw.headline(strings.Fields(s)); got != want {
			t.Errorf("headline(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestSplitLines(t *testing.T) {
	body := "Talks end\nParis, France -\nThe talks ended\nin Paris."
	toks := []storyline.Token{}
	pos := 0
	for _, w := range strings.FieldsFunc(body, func(r rune) bool { return r == ' ' || r == '\n' }) {
		if strings.HasSuffix(w, ",") || strings.HasSuffix(w, ".") {
			w = w[:len(w)-1]
		}
		i := strings.Index(body[pos:], w) + pos
		toks = append(toks, storyline.Token{Span: storyline.Span{Start: i, End: i + len(w)}, Text: w})
		pos = i + len(w)
	}
	var got []string
	for _, g := range splitLines([]rune(body), [][]storyline.Token{toks}) {
		var ws []string
		for _, tk := range g {
			ws = append(ws, tk.Text)
		}
		got = append(got, strings.Join(ws, " "))
	}
	want := []string{"Talks end", "Paris France -", "The talks ended in Paris"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestEmbeddedModelTitleCaseHeadline(t *testing.T) {
	m := loadEmbedded(t)
	words := strings.Fields("Ministers Meet In Lisbon To Discuss Fishing Quotas")
	got := m.TagTokens(words)
	for i, tag := range got {
		if tag != "O" && words[i] != "Lisbon" {
			t.Errorf("%q tagged %s in %v", words[i], tag, got)
		}
	}
}

// TestTableRoundTrip checks both value widths of the hashed-table codec,
// whose byte layout the embedded model depends on.
func TestTableRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	cl := clusters{1: 0x3ff, 1 << 60: 7}
	if err := writeTable(&buf, cl); err != nil {
		t.Fatal(err)
	}
	if buf.Len() != 1+2*10 {
		t.Errorf("clusters took %d bytes, want 21", buf.Len())
	}
	back, err := readTable[clusters](&buf, &buf)
	if err != nil || !reflect.DeepEqual(back, cl) {
		t.Errorf("clusters read back %v (%v), wrote %v", back, err, cl)
	}
	buf.Reset()
	g := gazetteer{42: 0x81}
	if err := writeTable(&buf, g); err != nil {
		t.Fatal(err)
	}
	if buf.Len() != 1+9 {
		t.Errorf("gazetteer took %d bytes, want 10", buf.Len())
	}
	if back, err := readTable[gazetteer](&buf, &buf); err != nil || !reflect.DeepEqual(back, g) {
		t.Errorf("gazetteer read back %v (%v), wrote %v", back, err, g)
	}
}

func TestReadWeights(t *testing.T) {
	want := []int16{0, 1, -1, 32767, -32768, 258, -2, 12345}
	var raw []byte
	for _, v := range want {
		raw = binary.LittleEndian.AppendUint16(raw, uint16(v))
	}
	// long enough to cross the portable reader's buffer several times
	long := make([]int16, 40000)
	var rawLong []byte
	for i := range long {
		long[i] = int16(i*7919 - 20000)
		rawLong = binary.LittleEndian.AppendUint16(rawLong, uint16(long[i]))
	}
	tests := []struct {
		name string
		read func(io.Reader, []int16) error
		raw  []byte
		want []int16
	}{
		{"native short", readWeights, raw, want},
		{"portable short", readWeightsPortable, raw, want},
		{"native long", readWeights, rawLong, long},
		{"portable long", readWeightsPortable, rawLong, long},
	}
	for _, tt := range tests {
		got := make([]int16, len(tt.want))
		if err := tt.read(bytes.NewReader(tt.raw), got); err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: weights differ", tt.name)
		}
		if err := tt.read(bytes.NewReader(tt.raw[:len(tt.raw)-1]), got); err == nil {
			t.Errorf("%s: a short input gave no error", tt.name)
		}
	}
}

func TestTrimOpeners(t *testing.T) {
	c := closedWords{}
	for _, w := range []string{"at", "make", "met", "the", "if"} {
		c[closedKey(w)] = isFunction
	}
	tests := []struct {
		name      string
		sents     []string // sentences, words split on spaces
		tags      []string // their IOB2 tags
		wantFirst string   // the first sentence's tags after the pass
	}{
		{"a function word opening the sentence",
			[]string{"At Axios , we write"}, []string{"B-ORG I-ORG O O O"}, "O B-ORG O O O"},
		{"after a colon",
			[]string{"Rick : At Axios , we"}, []string{"B-PER O B-ORG I-ORG O O"}, "B-PER O O B-ORG O O"},
		{"opening a quotation",
			[]string{"scream , “ Make Trump go away ”"}, []string{"O O O B-PER I-PER O O O"}, "O O O O B-PER O O O"},
		{"a name that fills the quotation keeps it",
			[]string{"the “ Make Way ” campaign"}, []string{"O O B-MISC I-MISC O O"}, "O O B-MISC I-MISC O O"},
		{"an article stays",
			[]string{"The Hague said"}, []string{"B-LOC I-LOC O"}, "B-LOC I-LOC O"},
		{"a word that is no function word stays",
			[]string{"Ousted WeWork chief"}, []string{"B-ORG I-ORG O"}, "B-ORG I-ORG O"},
		{"the document writes the whole name elsewhere",
			[]string{"Met Office forecasters warned", "the Met Office said"},
			[]string{"B-ORG I-ORG O O", "O B-ORG I-ORG O"}, "B-ORG I-ORG O O"},
		{"not at an opening",
			[]string{"as the Met Office said"}, []string{"O O B-ORG I-ORG O"}, "O O B-ORG I-ORG O"},
		{"after a dash",
			[]string{"the port — At Axios we"}, []string{"O O O B-ORG I-ORG O"}, "O O O O B-ORG O"},
		{"an apostrophe is no quotation mark",
			[]string{"the dockers ' Met Office said"}, []string{"O O O B-ORG I-ORG O"}, "O O O B-ORG I-ORG O"},
		{"a one-word name is the model's to decide",
			[]string{"If , he said"}, []string{"B-ORG O O O"}, "B-ORG O O O"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var sents [][]string
			var tags [][]int
			for i, s := range tt.sents {
				sents = append(sents, strings.Fields(s))
				tags = append(tags, toBILOU(strings.Fields(tt.tags[i])))
			}
			c.trimOpeners(sents, tags)
			if got := strings.Join(toIOB(tags[0]), " "); got != tt.wantFirst {
				t.Errorf("got %s, want %s", got, tt.wantFirst)
			}
		})
	}
}
