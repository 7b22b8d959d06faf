package quotetrain

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/storyline-news/storyline/quote"
)

// TestTrainLearnsCues trains on a tiny PolNeAR-format file written for this
// test and checks that counts and shares come out of the data.
func TestTrainLearnsCues(t *testing.T) {
	var buf bytes.Buffer
	if err := Train(context.Background(), filepath.Join("testdata", "train.jsonl"), &buf, Options{}); err != nil {
		t.Fatal(err)
	}
	lx, err := quote.ReadLexicon(buf.Bytes())
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
	var phrases []string
	for _, c := range lx.Cues {
		if strings.Contains(c.Lemma, " ") {
			phrases = append(phrases, c.Lemma)
		}
	}
	if len(phrases) != 1 || phrases[0] != "according to" {
		t.Errorf("phrases = %v, want [according to]", phrases)
	}
}

func TestTrainMissingFile(t *testing.T) {
	if err := Train(context.Background(), filepath.Join(t.TempDir(), "none.jsonl"), &bytes.Buffer{}, Options{}); err == nil {
		t.Error("Train succeeded on a missing file")
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
	if err := Train(context.Background(), path, &buf, Options{}); err != nil {
		t.Fatal(err)
	}
	lx, err := quote.ReadLexicon(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	// the gender a name's votes give it: "" for none, or for a tie
	gender := func(first string) string {
		for _, n := range lx.FirstNames {
			switch {
			case n.Name != first:
			case n.Male > n.Female:
				return "male"
			case n.Female > n.Male:
				return "female"
			}
		}
		return ""
	}
	for first, g := range map[string]string{"hillary": "female", "alma": "female", "pat": "male", "spoke": ""} {
		if got := gender(first); got != g {
			t.Errorf("gender of %q = %q, want %q (names %+v)", first, got, g, lx.FirstNames)
		}
	}
}

// TestLearnedSurnames checks that a surname is learned from full names
// that spoke often enough and open with a well-attested first name, and not
// from organisations' names or rare speakers.
func TestLearnedSurnames(t *testing.T) {
	names := []quote.FirstName{{Name: "donald", Male: 400}, {Name: "fox", Male: 2}, {Name: "ann", Female: 30}}
	full := map[[2]string]int{
		{"donald", "trump"}: 12, // a first name with many votes, often enough
		{"fox", "news"}:     8,  // an organisation whose first word drew stray votes
		{"ann", "lee"}:      2,  // too rare
		{"the", "senate"}:   9,  // no first name at all
	}
	if got, want := learnedSurnames(full, names), []string{"trump"}; !slices.Equal(got, want) {
		t.Errorf("learnedSurnames = %v, want %v", got, want)
	}
	for _, tc := range []struct {
		source, first, last string
		ok                  bool
	}{
		{"Donald Trump", "donald", "trump", true},
		{"Hillary Rodham Clinton's", "hillary", "clinton", true},
		{"the White House", "", "", false},
		{"Trump", "", "", false},
	} {
		first, last, ok := fullName(tc.source)
		if first != tc.first || last != tc.last || ok != tc.ok {
			t.Errorf("fullName(%q) = %q, %q, %v", tc.source, first, last, ok)
		}
	}
}
