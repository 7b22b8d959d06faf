package cluster

import (
	"context"
	"flag"
	"github.com/storyline-news/storyline/sharedtest"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/eval"
	"github.com/storyline-news/storyline/extract"
	"github.com/storyline-news/storyline/text"
	"github.com/storyline-news/storyline/timex"
)

var tryFlag = flag.String("try", "", "options to try on the events dev files, as Name=value,...;Name=value,...")

// devDocs reads an events dev file and runs extraction, the text stage and
// timex over it, in publication order.
func devDocs(t *testing.T, path string) ([]*storyline.Doc, map[string]string) {
	recs, err := eval.ReadEventGold(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	x := extract.New(extract.Options{})
	tx := timex.NewStage()
	labels := map[string]string{}
	var docs []*storyline.Doc
	for _, r := range recs {
		labels[r.ID] = r.Cluster
		arts, err := x.Extract(ctx, r.Page(path))
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range arts {
			d := &storyline.Doc{Article: a}
			_ = text.Stage{}.Process(ctx, d)
			_ = tx.Process(ctx, d)
			docs = append(docs, d)
		}
	}
	return docs, labels
}

func parseTries(t *testing.T) []Options {
	if *tryFlag == "" {
		return []Options{DefaultOptions()}
	}
	var out []Options
	for _, spec := range strings.Split(*tryFlag, ";") {
		opt := DefaultOptions()
		v := reflect.ValueOf(&opt).Elem()
		for _, kv := range strings.Split(spec, ",") {
			name, val, _ := strings.Cut(strings.TrimSpace(kv), "=")
			x, err := strconv.ParseFloat(val, 64)
			f := v.FieldByName(name)
			if err != nil || !f.IsValid() {
				t.Fatalf("bad -try %q", kv)
			}
			if f.Kind() == reflect.Int {
				f.SetInt(int64(x))
			} else {
				f.SetFloat(x)
			}
		}
		out = append(out, opt)
	}
	return out
}

// TestEventsDev clusters the events dev files with the text-only pipeline
// (no entities) and checks BCubed F1 against floors a little under what the
// tuned options reach, so that a regression fails. -try compares options.
func TestEventsDev(t *testing.T) {
	dir := sharedtest.Path(t, "data/events")
	floors := map[string]float64{"basil-dev.jsonl": 0.95, "ecbplus-dev.jsonl": 0.85}
	for _, name := range []string{"basil-dev.jsonl", "ecbplus-dev.jsonl"} {
		docs, labels := devDocs(t, filepath.Join(dir, name))
		for _, opt := range parseTries(t) {
			c := New(opt)
			if os.Getenv("CLUSTER_TRACE") != "" {
				c.trace = func(id string, best *story, score float64, joined bool) {
					if best != nil {
						t.Logf("TRACE %s %s -> %s(%s) %.3f %v", labels[id], id, labels[best.articles[0]], best.articles[0], score, joined)
					}
				}
			}
			if _, err := c.Assign(context.Background(), docs); err != nil {
				t.Fatal(err)
			}
			pred := map[string]string{}
			for _, d := range docs {
				pred[d.Article.ID] = d.Article.Story
			}
			s := eval.ScoreClusters(labels, pred)
			t.Logf("%s %v: stories %d/%d, pairwise F1 %.3f (P %.3f R %.3f), BCubed F1 %.3f (P %.3f R %.3f)",
				name, *tryFlag != "", s.PredClusters, s.GoldClusters, s.PairF1, s.PairP, s.PairR, s.BCubedF1, s.BCubedP, s.BCubedR)
			if *tryFlag == "" && s.BCubedF1 < floors[name] {
				t.Errorf("%s: BCubed F1 %.3f < %.2f", name, s.BCubedF1, floors[name])
			}
		}
	}
}
