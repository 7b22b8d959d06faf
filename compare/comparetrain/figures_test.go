package comparetrain

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/compare"
	"github.com/storyline-news/storyline/eval"
)

// figureFixture writes an events file of n events told by two articles
// each: in every event the two state one toll differently (the gold's
// disagreement) and each counts something else of the same noun that the
// other does not (no disagreement).
func figureFixture(t *testing.T, n int) (FigureSource, func(context.Context, string, []eval.EventRecord) (map[string]*storyline.Article, []*storyline.Story, error)) {
	t.Helper()
	places := []string{"harbour", "bridge", "school", "market", "station", "library", "stadium", "museum"}
	var lines []string
	var gold []eval.CompareItem
	arts := map[string]*storyline.Article{}
	var stories []*storyline.Story
	for e := range n {
		ev := fmt.Sprintf("event-%d", e)
		place := places[e%len(places)]
		tolls := [2]string{fmt.Sprintf("%d people were injured", 12+e), fmt.Sprintf("%d people had been injured", 18+e)}
		texts := [2]string{
			fmt.Sprintf("Police said %s in the riots at the %s on Monday. The mayor met 4 people from the town.", tolls[0], place),
			fmt.Sprintf("Police said %s in the riots at the %s. A choir of 30 people sang later.", tolls[1], place),
		}
		s := &storyline.Story{ID: "story-" + ev}
		gold = append(gold, eval.CompareItem{Event: ev, Kind: "scope", Scope: "figures"})
		no := false
		for k := range 2 {
			id := fmt.Sprintf("%s_%d", ev, k+1)
			rec, _ := json.Marshal(map[string]string{"id": id, "title": "Riots " + place, "text": texts[k], "date": "2020-01-02", "cluster": ev})
			lines = append(lines, string(rec))
			arts[id] = &storyline.Article{ID: id, Body: texts[k], Published: "2020-01-02", Source: fmt.Sprintf("site%d.com", k), Story: s.ID}
			s.Articles = append(s.Articles, id)
			start, end := runeSpan(texts[k], tolls[k])
			gold = append(gold, eval.CompareItem{Event: ev, Kind: "figure", Group: "f1", Article: id, Start: start, End: end, Agree: &no})
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
	return FigureSource{Events: path, Gold: gold}, prepare
}

// TestTrainFigures: the trainer writes a model that parses, finds the
// fixture's disagreements and not its other counts, and gives the same
// bytes twice.
func TestTrainFigures(t *testing.T) {
	src, prepare := figureFixture(t, 8)
	var report bytes.Buffer
	train := func() []byte {
		var out bytes.Buffer
		opts := FigureOptions{Sources: []FigureSource{src}, Prepare: prepare, Folds: 4, Report: &report}
		if err := TrainFigures(context.Background(), &out, opts); err != nil {
			t.Fatal(err)
		}
		return out.Bytes()
	}
	b := train()
	if again := train(); !bytes.Equal(b, again) {
		t.Errorf("two runs differ:\n%s\n%s", b, again)
	}
	m, err := compare.ParseFigureModel(b)
	if err != nil {
		t.Fatalf("%v\n%s", err, b)
	}
	if !strings.Contains(report.String(), "nested cross-validation") {
		t.Errorf("report lacks the nested figure:\n%s", report.String())
	}
	arts, stories, _ := prepare(context.Background(), "", nil)
	for _, s := range stories {
		var sa []*storyline.Article
		for _, id := range s.Articles {
			sa = append(sa, arts[id])
		}
		fs := compare.NewFigureSet(s, sa, compare.DefaultOptions())
		figs, _ := fs.Group(fs.Probs(m), m.Threshold, m.Pool, m.Veto)
		var differ []storyline.Figure
		for _, f := range figs {
			if !f.Agree {
				differ = append(differ, f)
			}
		}
		if len(differ) != 1 || !strings.Contains(differ[0].Values[0].Text, "injured") {
			t.Errorf("%s: disagreements %+v, want the toll alone", s.ID, differ)
		}
	}
}

// TestTrainFiguresErrors: too few scoped events, no Prepare, an unknown
// feature or a cancelled run is an error, not a model.
func TestTrainFiguresErrors(t *testing.T) {
	one, prepare := figureFixture(t, 1)
	four, prepare4 := figureFixture(t, 4)
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		name string
		ctx  context.Context
		opts FigureOptions
	}{
		{"one event", context.Background(), FigureOptions{Sources: []FigureSource{one}, Prepare: prepare}},
		{"no Prepare", context.Background(), FigureOptions{Sources: []FigureSource{four}}},
		{"unknown feature", context.Background(), FigureOptions{Sources: []FigureSource{four}, Prepare: prepare4, Features: []string{"nope"}}},
		{"cancelled", cancelled, FigureOptions{Sources: []FigureSource{four}, Prepare: prepare4, Folds: 2}},
	}
	for _, tt := range tests {
		var out bytes.Buffer
		if err := TrainFigures(tt.ctx, &out, tt.opts); err == nil {
			t.Errorf("%s: trained: %s", tt.name, out.String())
		}
	}
}
