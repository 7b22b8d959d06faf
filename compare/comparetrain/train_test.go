package comparetrain

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/compare"
	"github.com/storyline-news/storyline/eval"
)

// fixture writes an events file of n events told by two articles each and
// returns its path, the gold, and a Prepare that hands back the articles
// with their quotations (as the quote stage would find them) and one story
// per event. In every event the two articles quote one utterance (the
// second a fragment of the first, or a variant) and each quotes one more
// sentence of its own that shares a word or two with the utterance.
func fixture(t *testing.T, n int) (string, []eval.CompareItem, func(context.Context, string, []eval.EventRecord) (map[string]*storyline.Article, []*storyline.Story, error)) {
	t.Helper()
	places := []string{"harbour", "bridge", "school", "market", "station", "library", "stadium", "museum"}
	var lines []string
	var gold []eval.CompareItem
	arts := map[string]*storyline.Article{}
	var stories []*storyline.Story
	for e := range n {
		ev := fmt.Sprintf("event-%d", e)
		place := places[e%len(places)]
		full := fmt.Sprintf("We will rebuild the %s before the winter comes, whatever it costs the city", place)
		part := fmt.Sprintf("rebuild the %s before the winter comes", place)
		if e%2 == 1 {
			part = fmt.Sprintf("We will rebuild the %s before winter comes", place)
		}
		other := [2]string{
			fmt.Sprintf("The city has never lost a %s to a storm like this one", place),
			fmt.Sprintf("Nobody expected the storm to reach the %s so soon", place),
		}
		texts := [2]string{
			fmt.Sprintf("The mayor spoke on Monday. “%s,” she said. Later she added: “%s.”", full, other[0]),
			fmt.Sprintf("“%s,” the mayor promised. A resident said: “%s.”", part, other[1]),
		}
		quotes := [2][]storyline.Quote{
			{{Text: full, Speaker: "Jane Doe", Kind: storyline.QuoteDirect}, {Text: other[0], Speaker: "Jane Doe", Kind: storyline.QuoteDirect}},
			{{Text: part, Speaker: "Doe", Kind: storyline.QuoteDirect}, {Text: other[1], Speaker: "", Kind: storyline.QuoteDirect}},
		}
		s := &storyline.Story{ID: "story-" + ev}
		gold = append(gold, eval.CompareItem{Event: ev, Kind: "scope", Scope: "quotes"})
		for k := range 2 {
			id := fmt.Sprintf("%s_%d", ev, k+1)
			rec, _ := json.Marshal(map[string]string{"id": id, "title": "Storm " + place, "text": texts[k], "date": "2020-01-02", "cluster": ev})
			lines = append(lines, string(rec))
			a := &storyline.Article{ID: id, Body: texts[k], Published: "2020-01-02", Story: s.ID}
			for _, q := range quotes[k] {
				q.Start, q.End = runeSpan(texts[k], q.Text)
				a.Quotes = append(a.Quotes, q)
			}
			arts[id] = a
			s.Articles = append(s.Articles, id)
			start, end := runeSpan(texts[k], quotes[k][0].Text)
			gold = append(gold, eval.CompareItem{Event: ev, Kind: "quote", Group: "q1", Article: id, Start: start, End: end})
		}
		stories = append(stories, s)
	}
	path := filepath.Join(t.TempDir(), "events.jsonl")
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	prepare := func(context.Context, string, []eval.EventRecord) (map[string]*storyline.Article, []*storyline.Story, error) {
		return arts, stories, nil
	}
	return path, gold, prepare
}

func runeSpan(body, s string) (int, int) {
	i := strings.Index(body, s)
	if i < 0 {
		panic("not in body: " + s)
	}
	start := utf8.RuneCountInString(body[:i])
	return start, start + utf8.RuneCountInString(s)
}

// TestTrain: the trainer writes a model that parses, groups the fixture's
// utterances and not its other sentences, and gives the same bytes twice.
func TestTrain(t *testing.T) {
	path, gold, prepare := fixture(t, 8)
	var report bytes.Buffer
	train := func() []byte {
		var out bytes.Buffer
		opts := Options{Prepare: prepare, Gold: gold, Folds: 4, Report: &report}
		if err := Train(context.Background(), path, &out, opts); err != nil {
			t.Fatal(err)
		}
		return out.Bytes()
	}
	b := train()
	if again := train(); !bytes.Equal(b, again) {
		t.Errorf("two runs differ:\n%s\n%s", b, again)
	}
	m, err := compare.ParseGroupModel(b)
	if err != nil {
		t.Fatalf("%v\n%s", err, b)
	}
	if !strings.Contains(report.String(), "nested cross-validation") {
		t.Errorf("report lacks the nested figure:\n%s", report.String())
	}
	arts, stories, _ := prepare(context.Background(), path, nil)
	for _, s := range stories {
		var sa []*storyline.Article
		for _, id := range s.Articles {
			sa = append(sa, arts[id])
		}
		var joined int
		for _, u := range compare.NewQuoteSet(s, sa).Utterances(m) {
			if len(u.Reports) == 2 {
				joined++
				if !strings.Contains(u.Reports[0].Text, "rebuild") || !strings.Contains(u.Reports[1].Text, "rebuild") {
					t.Errorf("%s: joined %q and %q", s.ID, u.Reports[0].Text, u.Reports[1].Text)
				}
			}
		}
		if joined != 1 {
			t.Errorf("%s: %d utterances of two reports, want 1", s.ID, joined)
		}
	}
}

// TestTrainNeedsEvents: a gold without two events scoped for quotes is an
// error, not a model.
func TestTrainNeedsEvents(t *testing.T) {
	path, gold, prepare := fixture(t, 1)
	var out bytes.Buffer
	if err := Train(context.Background(), path, &out, Options{Prepare: prepare, Gold: gold}); err == nil {
		t.Errorf("trained on one event: %s", out.String())
	}
	if err := Train(context.Background(), path, &out, Options{Gold: gold}); err == nil {
		t.Error("trained without Prepare")
	}
}

// TestTrainFeatures: a model trained on a subset of the features names
// those and no other, in the order given; an unknown name is an error.
func TestTrainFeatures(t *testing.T) {
	path, gold, prepare := fixture(t, 4)
	subset := []string{compare.FeatRunLog, compare.FeatPairsShort, compare.FeatSpeakerSame}
	var out bytes.Buffer
	opts := Options{Prepare: prepare, Gold: gold, Folds: 2, NoNested: true, Features: subset}
	if err := Train(context.Background(), path, &out, opts); err != nil {
		t.Fatal(err)
	}
	m, err := compare.ParseGroupModel(out.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(m.Features, subset) || len(m.Weights) != len(subset) {
		t.Errorf("features %v (%d weights), want %v", m.Features, len(m.Weights), subset)
	}
	opts.Features = []string{compare.FeatRunLog, "nope"}
	if err := Train(context.Background(), path, &out, opts); err == nil {
		t.Error("trained with an unknown feature")
	}
}
