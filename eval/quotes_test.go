package eval

import (
	"context"
	"math"
	"strings"
	"testing"

	"github.com/storyline-news/storyline"
)

func strp(s string) *string { return &s }

// quoteCase is a body with gold items and predictions given by the text
// they cover, so offsets are computed, not typed.
func spanOf(t *testing.T, body, sub string) (int, int) {
	t.Helper()
	i := strings.Index(body, sub)
	if i < 0 {
		t.Fatalf("%q not in body", sub)
	}
	s := len([]rune(body[:i]))
	return s, s + len([]rune(sub))
}

func TestQuoteScoresMatching(t *testing.T) {
	body := `“We will win the vote,” Smith said. Jones called it “a fantasy of the left” on Monday.`
	gs, ge := spanOf(t, body, `“We will win the vote,”`)
	ps, pe := spanOf(t, body, `Jones called it “a fantasy of the left” on Monday`)
	qs, qe := spanOf(t, body, `a fantasy of the left`)
	gold := []GoldQuote{
		{Spans: [][2]int{{gs, ge}}, Start: gs, End: ge, Kind: "direct", Speaker: strp("Smith"), QuoteInner: strp("We will win the vote"), Cue: strp("said")},
		{Spans: [][2]int{{ps, pe}}, Start: ps, End: pe, Kind: "partial", Speaker: strp("he"), SpeakerIsPronoun: true, SpeakerCoref: strp("Bob Jones")},
	}
	ws, we := spanOf(t, body, `We will win the vote`)
	pred := []storyline.Quote{
		{Text: "We will win the vote", Start: ws, End: we, Kind: storyline.QuoteDirect, Speaker: "Anna Smith", Cue: "said"},
		{Text: "a fantasy of the left", Start: qs, End: qe, Kind: storyline.QuotePartial, Speaker: "Bob Jones"},
		{Text: "Monday", Start: qe + 5, End: qe + 11, Kind: storyline.QuoteDirect},
	}
	var s QuoteScores
	s.Add(body, gold, pred, []string{"Anna Smith", "Carl Lee"})
	m := s.Marked
	if m.Overlap != (QuotePRF{TP: 2, Pred: 3, Gold: 2}) {
		t.Errorf("overlap = %+v, want 2 of 3 predictions matching 2 gold", m.Overlap)
	}
	if m.Exact.TP != 2 {
		t.Errorf("exact TP = %d, want 2 (marks and trailing comma ignored; partial compared with its quoted segment)", m.Exact.TP)
	}
	if m.Speaker != (QuoteAcc{2, 2}) || m.SpeakerPronoun != (QuoteAcc{1, 1}) || m.SpeakerName != (QuoteAcc{1, 1}) {
		t.Errorf("speaker = %+v names %+v pronouns %+v", m.Speaker, m.SpeakerName, m.SpeakerPronoun)
	}
	if m.SpeakerOracle != (QuoteAcc{1, 2}) {
		t.Errorf("oracle = %+v, want 1 of 2: no name of the article is Jones", m.SpeakerOracle)
	}
	if m.Cue != (QuoteAcc{1, 1}) {
		t.Errorf("cue = %+v", m.Cue)
	}
	if got := m.TokenF1Sum / float64(m.Overlap.TP); math.Abs(got-1) > 1e-9 {
		t.Errorf("token F1 mean = %v, want 1", got)
	}
}

func TestQuoteOverlapNeedsHalfTheGold(t *testing.T) {
	body := "one two three four five six seven eight nine ten"
	gold := []GoldQuote{{Spans: [][2]int{{0, 49}}, Start: 0, End: 49, Kind: "direct"}}
	for _, tc := range []struct {
		end  int
		want int
	}{{24, 0}, {25, 1}, {49, 1}} {
		var s QuoteScores
		s.Add(body, gold, []storyline.Quote{{Start: 0, End: tc.end, Kind: storyline.QuoteDirect}}, nil)
		if s.Marked.Overlap.TP != tc.want {
			t.Errorf("prediction 0:%d: TP = %d, want %d", tc.end, s.Marked.Overlap.TP, tc.want)
		}
	}
}

func TestQuoteOneToOne(t *testing.T) {
	body := "alpha beta gamma delta"
	gold := []GoldQuote{{Spans: [][2]int{{0, 22}}, Start: 0, End: 22, Kind: "direct"}}
	pred := []storyline.Quote{
		{Start: 0, End: 22, Kind: storyline.QuoteDirect},
		{Start: 0, End: 16, Kind: storyline.QuoteDirect},
	}
	var s QuoteScores
	s.Add(body, gold, pred, nil)
	if s.Marked.Overlap.TP != 1 {
		t.Errorf("TP = %d, want 1: a gold item matches one prediction", s.Marked.Overlap.TP)
	}
}

func TestSpeakerCorrect(t *testing.T) {
	tests := []struct {
		pred, gold string
		coref      *string
		want       bool
	}{
		{"Pat Caddell", "Caddell", nil, true},
		{"Caddell", "longtime Democratic pollster Pat Caddell", nil, true},
		{"Hillary Clinton", "Mrs. Clinton’s", nil, true},
		{"Mike Pence", "Gov. Mike Pence (R-IN)", nil, true},
		{"Donald Trump", "she", strp("Hillary Clinton"), false},
		{"Hillary Clinton", "she", strp("Hillary Clinton"), true},
		{"", "Caddell", nil, false},
		{"Tim Kaine", "The clip", nil, false},
	}
	for _, tc := range tests {
		if got := SpeakerCorrect(tc.pred, tc.gold, tc.coref); got != tc.want {
			t.Errorf("SpeakerCorrect(%q, %q) = %v, want %v", tc.pred, tc.gold, got, tc.want)
		}
	}
}

func TestNameShaped(t *testing.T) {
	tests := []struct {
		ref  string
		want bool
	}{
		{"longtime Democratic pollster Pat Caddell", true},
		{"Mrs. Clinton’s", true},
		{"Gov. Mike Pence (R-IN)", true},
		{"Japan", true},
		{"the president", false},
		{"The President", false},
		{"a Homeland Security memo", false},
		{"he", false},
		{"She", false},
		{"", false},
	}
	for _, tc := range tests {
		if got := NameShaped(tc.ref); got != tc.want {
			t.Errorf("NameShaped(%q) = %v, want %v", tc.ref, got, tc.want)
		}
	}
}

func TestQuoteTokenF1(t *testing.T) {
	if got := quoteTokenF1("a b c d", "a b"); math.Abs(got-2.0*2/6) > 1e-9 {
		t.Errorf("token F1 = %v, want %v", got, 2.0*2/6)
	}
	if got := quoteTokenF1("x", "y"); got != 0 {
		t.Errorf("disjoint token F1 = %v", got)
	}
}

func TestReadQuoteGold(t *testing.T) {
	in := `{"doc_id": "a", "text": "“Hi,” he said.", "quotes": [{"spans": [[0, 5]], "start": 0, "end": 5, "kind": "direct", "speaker": "he", "speaker_is_pronoun": true}]}` + "\n\n"
	docs, err := ReadQuoteGold(context.Background(), strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || len(docs[0].Quotes) != 1 || !docs[0].Quotes[0].SpeakerIsPronoun {
		t.Fatalf("docs = %+v", docs)
	}
	if _, err := ReadQuoteGold(context.Background(), strings.NewReader("{bad")); err == nil {
		t.Error("bad JSON accepted")
	}
}
