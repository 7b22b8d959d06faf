package quotetrain

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/eval"
	"github.com/storyline-news/storyline/quote"
)

// speakerArticles makes n articles of one quotation each, said by Smith,
// among the candidates nobody, Smith and Jones. The rules pick Smith in
// two articles of three and Jones otherwise; Smith always stands nearest
// before the quotation, which the model can learn.
func speakerArticles(n int) []SpeakerArticle {
	feature := func(name string) int { return slices.Index(quote.SpeakerFeatures, name) }
	var out []SpeakerArticle
	for i := range n {
		text := "“We will win,” Smith said."
		speaker := "Smith"
		gold := eval.GoldQuote{Spans: [][2]int{{0, 14}}, Start: 0, End: 14, Kind: "direct", Speaker: &speaker}
		feats := make([][]float64, 3)
		for j := range feats {
			feats[j] = make([]float64, len(quote.SpeakerFeatures))
		}
		feats[0][feature("none")] = 1
		feats[1][feature("nearest_before")] = 1
		pick := 1
		if i%3 == 2 {
			pick = 2
		}
		feats[pick][feature("rule_pick")] = 1
		names := []string{"", "Smith", "Jones"}
		q := storyline.Quote{Text: "We will win", Start: 1, End: 12, Kind: storyline.QuoteDirect, Speaker: names[pick]}
		out = append(out, SpeakerArticle{
			ID: fmt.Sprintf("article-%d", i), Text: text, Gold: []eval.GoldQuote{gold},
			Choices: []quote.SpeakerChoice{{Quotes: []storyline.Quote{q}, Names: names, Feats: feats}},
			Kept:    map[string]bool{"Smith": true, "Jones": true},
		})
	}
	return out
}

// TestTrainSpeakersIsDeterministic trains twice on the same articles and
// checks that the bytes are the same, that they load as the stage's model,
// and that the report gives the rules' figure and the model's beside it.
func TestTrainSpeakersIsDeterministic(t *testing.T) {
	arts := speakerArticles(30)
	var first, second, report bytes.Buffer
	if err := TrainSpeakers(context.Background(), arts, &first, &report); err != nil {
		t.Fatal(err)
	}
	if err := TrainSpeakers(context.Background(), arts, &second, nil); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first.Bytes(), second.Bytes()) {
		t.Fatal("two trainings on the same articles wrote different models")
	}
	m, err := quote.ReadSpeakerModel(first.Bytes())
	if err != nil || m == nil {
		t.Fatalf("the model does not load: %v, %v", m, err)
	}
	if m.CV["rules_all"] != 0.667 || m.CV["all"] != 1 {
		t.Errorf("CV %v: want the rules right on 20 of 30 and the model on all", m.CV)
	}
	if i := slices.Index(m.Features, "nearest_before"); i < 0 || m.Weights[i] <= 0 {
		t.Errorf("model %+v: want a positive weight on nearest_before", m)
	}
	for _, want := range []string{"the rules:                all 0.667 (20/30)", "right                                       30 |     0"} {
		if !strings.Contains(report.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, report.String())
		}
	}
}

// TestTrainSpeakersLearnsReadings adds to each article a reading of
// reported speech whose rules' speaker is always wrong while the nearest
// name before it is right: the model's Reported weights learn it, and the
// report gives the share of right speakers over all attributions with
// the readers' speakers and with the model's.
func TestTrainSpeakersLearnsReadings(t *testing.T) {
	feature := func(name string) int { return slices.Index(quote.SpeakerFeatures, name) }
	arts := speakerArticles(30)
	for i := range arts {
		a := &arts[i]
		a.Text += " The harbour will close in June, Smith said."
		speaker := "Smith"
		start := strings.Index(a.Text, "The harbour")
		end := start + len("The harbour will close in June")
		a.Gold = append(a.Gold, eval.GoldQuote{Spans: [][2]int{{start, end}}, Start: start, End: end, Kind: "indirect", Speaker: &speaker})
		feats := make([][]float64, 3)
		for j := range feats {
			feats[j] = make([]float64, len(quote.SpeakerFeatures))
		}
		feats[0][feature("none")] = 1
		feats[1][feature("nearest_after")] = 1
		feats[2][feature("rule_pick")] = 1
		q := storyline.Quote{Text: a.Text[start:end], Start: start, End: end, Kind: storyline.QuoteIndirect, Speaker: "Jones"}
		a.Choices = append(a.Choices, quote.SpeakerChoice{Quotes: []storyline.Quote{q}, Names: []string{"", "Smith", "Jones"}, Feats: feats, Reading: true})
	}
	var out, report bytes.Buffer
	if err := TrainSpeakers(context.Background(), arts, &out, &report); err != nil {
		t.Fatal(err)
	}
	m, err := quote.ReadSpeakerModel(out.Bytes())
	if err != nil || m == nil || m.Reported == nil {
		t.Fatalf("want a model with Reported weights: %v, %v", m, err)
	}
	if m.Reported.CV["rules_all"] != 0 || m.Reported.CV["all"] != 1 {
		t.Errorf("reading CV %v: want the readers right on none and the model on all", m.Reported.CV)
	}
	if m.CV["rules_all"] != 0.667 {
		t.Errorf("CV %v: the readings changed the figures of the quotations with marks", m.CV)
	}
	for _, want := range []string{"readings by the readers all 0.500 (30/60)", "readings by the model   all 1.000 (60/60)"} {
		if !strings.Contains(report.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, report.String())
		}
	}
}

func TestMissOf(t *testing.T) {
	tests := []struct {
		name   string
		x      speakerExample
		picked int
		want   missKind
	}{
		{"the model picks a right one", speakerExample{right: []int{1}}, 1, missNone},
		{"not asked, the rules right", speakerExample{rules: true, asked: quote.AskNameless}, -1, missNone},
		{"not asked, the rules' nobody", speakerExample{right: []int{1}, asked: quote.AskNameless}, -1, missUnasked},
		{"a right one ranked below", speakerExample{right: []int{2}}, 1, missRanked},
		{"no right candidate", speakerExample{}, 1, missNoCandidate},
		{"the right one blanked", speakerExample{unkept: true}, 0, missUnkept},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := missOf(tc.x, tc.picked); got != tc.want {
				t.Errorf("missOf = %q, want %q", missNames[got], missNames[tc.want])
			}
		})
	}
}

func TestDescribedSource(t *testing.T) {
	tests := []struct {
		src  string
		want bool
	}{
		{"Caddell", false},
		{"longtime Democratic pollster Pat Caddell", true},
		{"The Florida senator", true},
		{"a spokesman", true},
		{"His campaign", true},
		{"Sen. Bernie Sanders", false},
		{"The New York Times", true}, // a name with an article reads as a description here
		{"", false},
	}
	for _, tc := range tests {
		if got := describedSource(tc.src); got != tc.want {
			t.Errorf("describedSource(%q) = %v, want %v", tc.src, got, tc.want)
		}
	}
}

// TestSpeakerMisses checks that the list of misses names the quotation
// the model cannot get right (its gold speaker is no candidate), why, and
// its candidates with the chosen one marked, and lists no other; and
// that the quick report gives the figure with each group left out.
func TestSpeakerMisses(t *testing.T) {
	arts := speakerArticles(30)
	brown := "Brown"
	arts[0].Gold[0].Speaker = &brown
	var model, misses bytes.Buffer
	if err := TrainSpeakersMisses(context.Background(), arts, &model, nil, &misses); err != nil {
		t.Fatal(err)
	}
	got := misses.String()
	for _, want := range []string{"article-0\tname\tno candidate is right\tgold \"Brown\"", "\"We will win\"", "  >  \"Smith\" rule_pick nearest_before"} {
		if !strings.Contains(got, want) {
			t.Errorf("misses lack %q:\n%s", want, got)
		}
	}
	if n := strings.Count(got, "\tgold "); n != 1 {
		t.Errorf("%d misses listed, want 1:\n%s", n, got)
	}
	var quick bytes.Buffer
	QuickSpeakers(arts, &quick)
	for _, want := range []string{"a right candidate exists: all 0.967 (29/30)", "l2 0.001, without rules,", "l2 0.01, every feature"} {
		if !strings.Contains(quick.String(), want) {
			t.Errorf("quick report lacks %q:\n%s", want, quick.String())
		}
	}
}
