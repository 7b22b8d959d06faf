package quote

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/storyline-news/storyline/sharedtest"
	"github.com/storyline-news/storyline/text"
)

func TestLemma(t *testing.T) {
	groups := [][]string{
		{"said", "says", "say", "saying"},
		{"noted", "notes", "note", "noting"},
		{"admitted", "admits", "admit"},
		{"added", "adds", "adding"},
		{"stressed", "stresses", "stress"},
		{"told", "tells", "telling"},
		{"denied", "denies"},
	}
	for _, g := range groups {
		for _, w := range g[1:] {
			if Lemma(w) != Lemma(g[0]) {
				t.Errorf("Lemma(%q) = %q, Lemma(%q) = %q: want the same", w, Lemma(w), g[0], Lemma(g[0]))
			}
		}
	}
	if Lemma("said") == Lemma("sand") {
		t.Error("different verbs share a lemma")
	}
}

func TestCueInverts(t *testing.T) {
	c := Cue{Lemma: "say", FormsInverted: map[string]int{"said": minInverted, "says": minInverted - 1}}
	for word, want := range map[string]bool{"said": true, "Said": true, "says": false, "say": false} {
		if got := c.inverts(word); got != want {
			t.Errorf("inverts(%q) = %v, want %v", word, got, want)
		}
	}
}

func TestEmbeddedLexicon(t *testing.T) {
	lx, err := LoadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"said", "told", "argued"} {
		if !lx.speech(w) {
			t.Errorf("%q is not a cue in the embedded lexicon", w)
		}
	}
	for _, w := range []string{"the", "in", "table"} {
		if lx.speech(w) {
			t.Errorf("%q is a cue in the embedded lexicon", w)
		}
	}
	if _, err := os.Stat("cues.json"); err != nil {
		t.Fatal(err)
	}
}

func TestCueShareByForm(t *testing.T) {
	// "stat" is the crude lemma of both "stated" (a cue 9 times in 10) and
	// "state" (never one); only a form seen often enough as a cue has a
	// share of its own.
	c := Cue{Lemma: "stat", Count: 9, Seen: 100, Share: 0.09,
		Forms:     map[string]int{"stated": 9, "states": 1},
		FormsSeen: map[string]int{"stated": 10, "states": 50}}
	tests := []struct {
		word string
		want float64
	}{
		{"stated", 0.9},
		{"Stated", 0.9},
		{"states", 0.09},
		{"stating", 0.09},
	}
	for _, tt := range tests {
		if got := c.share(tt.word); got != tt.want {
			t.Errorf("share(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

func TestBritishSpellingsAreCues(t *testing.T) {
	lx, err := LoadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for _, pair := range [][2]string{{"emphasised", "emphasized"}, {"emphasising", "emphasizing"}, {"analysed", "analyzed"}} {
		gb, okGB := lx.Lookup(pair[0])
		us, okUS := lx.Lookup(pair[1])
		if okGB != okUS || gb.Lemma != us.Lemma {
			t.Errorf("Lookup(%q) = %q, %v; Lookup(%q) = %q, %v", pair[0], gb.Lemma, okGB, pair[1], us.Lemma, okUS)
		}
	}
	if _, ok := lx.Lookup("paradise"); ok {
		t.Errorf("paradise is no cue")
	}
}

// TestCueClassIsLexicon holds the cues' classes of every token of the text
// dev dumps (or a few sentences of cues) to strong, speech and candidate
// asked of the token's word, asked once and again.
func TestCueClassIsLexicon(t *testing.T) {
	lx, err := LoadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	bodies := append([]string{"“We won,” said Rutte. Merkel SAID no, argued and Argues; she was criticised, Claiming it."},
		sharedtest.Texts(t, filepath.Join("data", "extraction", "text"), "*.txt", 0)...)
	for _, body := range bodies {
		v := &view{toks: text.Tokenize(body)}
		cu := &cues{view: v, lex: lx}
		for range 2 {
			for i, tok := range v.toks {
				w := tok.Text
				if cu.strongAt(i) != lx.strong(w) || cu.speechAt(i) != lx.speech(w) || cu.candidateAt(i) != lx.candidate(w) {
					t.Fatalf("%q: strong %v speech %v candidate %v, the lexicon %v %v %v", w,
						cu.strongAt(i), cu.speechAt(i), cu.candidateAt(i), lx.strong(w), lx.speech(w), lx.candidate(w))
				}
			}
		}
	}
}
