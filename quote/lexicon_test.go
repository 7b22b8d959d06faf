package quote

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
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

// TestTrainLearnsCues trains on a tiny PolNeAR-format file written for this
// test and checks that counts and shares come out of the data.
func TestTrainLearnsCues(t *testing.T) {
	var buf bytes.Buffer
	if err := Train(context.Background(), filepath.Join("testdata", "train.jsonl"), &buf); err != nil {
		t.Fatal(err)
	}
	lx, err := ReadLexicon(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	say, ok := lx.Lookup("says")
	if !ok {
		t.Fatalf("no cue for says in %s", buf.String())
	}
	if say.Count != 8 || say.Forms["said"] != 7 || say.Forms["says"] != 1 {
		t.Errorf("say = %+v, want 8 cues: said 7 times, says once", say)
	}
	// the source followed "said" three times; "criticized by" is a passive,
	// and a source without offsets is not counted
	if say.FormsInverted["said"] != 3 {
		t.Errorf("said inverted %d times, want 3", say.FormsInverted["said"])
	}
	if c, _ := lx.Lookup("criticized"); c.FormsInverted["criticized"] != 0 {
		t.Errorf("criticized = %+v, want no inverted source", c)
	}
	if say.Share <= 0 || say.Share > 1 {
		t.Errorf("share %v outside (0,1]", say.Share)
	}
	if _, ok := lx.Lookup("the"); ok {
		t.Error("a function word became a cue")
	}
	if len(lx.phrases) != 1 {
		t.Errorf("phrases = %v, want [according to]", lx.phrases)
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

func TestTrainMissingFile(t *testing.T) {
	if err := Train(context.Background(), filepath.Join(t.TempDir(), "none.jsonl"), &bytes.Buffer{}); err == nil {
		t.Error("Train succeeded on a missing file")
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

// TestTrainLearnsFirstNames checks the three sources of first-name votes:
// an honorific next to a full name, a gold pronoun's co-reference and a
// sentence opened by a full name followed by one opened by a pronoun.
func TestTrainLearnsFirstNames(t *testing.T) {
	data := `{"text": "Hillary Clinton spoke in Ohio. Mrs. Clinton left early.", "quotes": []}
{"text": "Alma Reyes visited the plant on Monday. She toured it twice.", "quotes": []}
{"text": "Alma Reyes spoke to workers at the site. She left at noon.", "quotes": []}
{"text": "x", "quotes": [{"cue": "said", "speaker": "he", "speaker_is_pronoun": true, "speaker_coref_corenlp": "longtime pollster Pat Caddell"}, {"cue": "said", "speaker": "he", "speaker_is_pronoun": true, "speaker_coref_corenlp": "Pat Caddell"}]}
`
	path := filepath.Join(t.TempDir(), "train.jsonl")
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Train(context.Background(), path, &buf); err != nil {
		t.Fatal(err)
	}
	lx, err := ReadLexicon(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	for full, g := range map[string]gender{"Hillary Clinton": female, "Alma Reyes": female, "Pat Caddell": male, "Spoke Clinton": unknown} {
		if got := lx.FirstNameGender(full); got != g {
			t.Errorf("gender of %q = %v, want %v (names %+v)", full, got, g, lx.FirstNames)
		}
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
