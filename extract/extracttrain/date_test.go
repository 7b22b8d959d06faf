package extracttrain

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline-news/storyline/extract"
)

// dateBench writes a small extraction benchmark of pages written for the
// test (gold/htmldate.jsonl and html/*.html.gz) into a temporary folder.
func dateBench(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, d := range []string{"gold", "html"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	body := strings.Repeat("<p>The council met in the evening and talked for a long time about the new bridge over the river.</p>", 6)
	var gold bytes.Buffer
	for i := range 12 {
		day := fmt.Sprintf("2021-03-%02d", i+1)
		modified := fmt.Sprintf("2021-04-%02d", i+1)
		page := fmt.Sprintf(`<html><head><title>Bridge %d</title><meta property="article:published_time" content="%sT08:00:00Z">
<meta property="article:modified_time" content="%sT08:00:00Z"></head>
<body><article><h1>Bridge plan %d</h1><div>%s</div>%s</article></body></html>`, i, day, modified, i, day, body)
		id := fmt.Sprintf("page%02d", i)
		var z bytes.Buffer
		zw := gzip.NewWriter(&z)
		zw.Write([]byte(page))
		zw.Close()
		if err := os.WriteFile(filepath.Join(dir, "html", id+".html.gz"), z.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		g := map[string]any{"id": id, "url": fmt.Sprintf("https://site%d.example/news/%d", i, i), "date": day, "html": "html/" + id + ".html.gz"}
		if i == 11 {
			g["date"] = nil // a null gold counts as wrong, as in M3
		}
		b, _ := json.Marshal(g)
		gold.Write(append(b, '\n'))
	}
	if err := os.WriteFile(filepath.Join(dir, "gold", "htmldate.jsonl"), gold.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// trainTwice runs train twice on the benchmark in dir and checks the same
// bytes come out; it returns the model and the first run's report.
func trainTwice(t *testing.T, train func(context.Context, string, io.Writer, io.Writer) error, dir string) (extract.DateModel, string) {
	t.Helper()
	var a, b, report bytes.Buffer
	if err := train(context.Background(), dir, &a, &report); err != nil {
		t.Fatal(err)
	}
	if err := train(context.Background(), dir, &b, nil); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Errorf("two trainings differ:\n%s\n%s", a.Bytes(), b.Bytes())
	}
	var m extract.DateModel
	if err := json.Unmarshal(a.Bytes(), &m); err != nil {
		t.Fatal(err)
	}
	return m, report.String()
}

// TestTrainDateIsDeterministic trains the date choice twice on the same
// pages and checks the same bytes come out, fitting this build.
func TestTrainDateIsDeterministic(t *testing.T) {
	m, report := trainTwice(t, func(ctx context.Context, dir string, w, report io.Writer) error {
		return TrainDate(ctx, dir, w, report, nil)
	}, dateBench(t))
	if m.Features != extract.DateFeatures || len(m.Weights) != extract.DateFeatures {
		t.Errorf("model has %d features, the build %d", m.Features, extract.DateFeatures)
	}
	for _, want := range []string{"12 gold dates", "htmldate alone:", "cross-validated by site", "nested"} {
		if !strings.Contains(report, want) {
			t.Errorf("report lacks %q:\n%s", want, report)
		}
	}
}

func TestBestSetting(t *testing.T) {
	tests := []struct {
		name string
		set  map[[2]int]float64 // [l2 index, fallback index] → accuracy; the rest 0.5
		want DateSetting
	}{
		{"one best", map[[2]int]float64{{1, 2}: 0.9}, DateSetting{dateL2s[1], dateFallbacks[2]}},
		{"a tie goes to the stronger regularisation", map[[2]int]float64{{0, 0}: 0.9, {3, 0}: 0.9}, DateSetting{dateL2s[3], dateFallbacks[0]}},
		{"then to the higher fallback", map[[2]int]float64{{2, 1}: 0.9, {2, 4}: 0.9}, DateSetting{dateL2s[2], dateFallbacks[4]}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			grid := make([][]float64, len(dateL2s))
			for i := range grid {
				grid[i] = make([]float64, len(dateFallbacks))
				for j := range grid[i] {
					grid[i][j] = 0.5
					if a, ok := tt.set[[2]int{i, j}]; ok {
						grid[i][j] = a
					}
				}
			}
			if got, acc := bestSetting(grid); got != tt.want || acc != 0.9 {
				t.Errorf("got %+v (%.2f), want %+v", got, acc, tt.want)
			}
		})
	}
}

func TestSourceAlone(t *testing.T) {
	row := func(srcs ...int) []float64 {
		f := make([]float64, extract.DateFeatures)
		for _, s := range srcs {
			f[s] = 1
		}
		return f
	}
	xs := []extract.DateExample{
		{Feats: [][]float64{row(0), row(1)}, Gold: 0},  // source 0 right, source 1 wrong
		{Feats: [][]float64{row(0, 1)}, Gold: 0},       // both right
		{Feats: [][]float64{row(1)}, Gold: 0},          // source 0 states nothing
		{Feats: [][]float64{row(0), row(1)}, Gold: -1}, // a null gold: both wrong
		{Feats: nil, Gold: -1},                         // no candidates
	}
	for _, tt := range []struct {
		src  int
		want float64
	}{{0, 2.0 / 5}, {1, 2.0 / 5}, {2, 0}} {
		if got := SourceAlone(xs, tt.src); got != tt.want {
			t.Errorf("source %d alone: %.3f, want %.3f", tt.src, got, tt.want)
		}
	}
}

// TestPrintWrongDays checks the pages --wrong lists: those the choice
// cross-validated by site gets wrong, each with its days and their
// sources, and whether the gold day is among them; the pages it gets
// right are left out.
func TestPrintWrongDays(t *testing.T) {
	row := func(srcs ...int) []float64 {
		f := make([]float64, extract.DateFeatures)
		for _, s := range srcs {
			f[s] = 1
		}
		return f
	}
	// on every site, source 1 states the gold day and source 0 another:
	// the choice learns source 1
	var xs []extract.DateExample
	for i := range 20 {
		xs = append(xs, extract.DateExample{ID: fmt.Sprintf("right%02d", i), Group: fmt.Sprintf("site%d", i),
			Feats: [][]float64{row(0), row(1)}, Days: []string{"2020-01-01", "2020-01-02"}, GoldDay: "2020-01-02", Gold: 1, HTMLDate: -1})
	}
	xs = append(xs,
		extract.DateExample{ID: "outvoted", Group: "site3", Feats: [][]float64{row(0), row(1)}, Days: []string{"2020-02-01", "2020-02-02"},
			GoldDay: "2020-02-01", Gold: 0, HTMLDate: -1},
		extract.DateExample{ID: "missing", Group: "site4", Feats: [][]float64{row(1)}, Days: []string{"2020-03-01"},
			GoldDay: "2020-03-05", Gold: -1, HTMLDate: -1})
	var b strings.Builder
	printWrongDays(&b, xs, DateSetting{L2: 0.01}, extract.DateSources())
	out := b.String()
	srcs := extract.DateSources()
	for _, want := range []string{
		"outvoted\tsite3\tgold 2020-02-01\tchose 2020-02-02",
		"\t2020-02-01 [" + srcs[0] + "]",
		"missing\tsite4\tgold 2020-03-05\tchose 2020-03-01",
		"\tgold not among the candidates",
		"wrong on held-out sites: 1 with the gold day among the candidates, 1 without",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "right") {
		t.Errorf("output lists a page chosen right:\n%s", out)
	}
}

// textDateBench writes a small extraction benchmark of text dumps written
// for the test (gold/htmldate.jsonl and text/*.txt) into a temporary
// folder: each dump's date line under its headline is the gold day, and
// its lead names the day before.
func textDateBench(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, d := range []string{"gold", "text"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	para := "The council met in the evening and talked for a long time about the new bridge over the river, and the mayor said the vote would come soon."
	var gold bytes.Buffer
	for i := range 12 {
		day := fmt.Sprintf("2021-03-%02d", i+2)
		dump := fmt.Sprintf("Home | News | Sport\n\nBridge plan %d wins the council's vote\n\n%d March 2021\n\nOn %d March 2021 %s\n\n%s\n\n%s\n\n© 2021 Example News\n",
			i, i+2, i+1, para, para, para)
		id := fmt.Sprintf("page%02d", i)
		if err := os.WriteFile(filepath.Join(dir, "text", id+".txt"), []byte(dump), 0o644); err != nil {
			t.Fatal(err)
		}
		g := map[string]any{"id": id, "url": fmt.Sprintf("https://site%d.example/news/%d", i, i), "date": day, "text": "text/" + id + ".txt"}
		b, _ := json.Marshal(g)
		gold.Write(append(b, '\n'))
	}
	if err := os.WriteFile(filepath.Join(dir, "gold", "htmldate.jsonl"), gold.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestTrainTextDateIsDeterministic trains the text dump date choice twice
// on the same dumps: the same bytes, fitting this build, never falling
// back, and the date line learned over the lead.
func TestTrainTextDateIsDeterministic(t *testing.T) {
	m, report := trainTwice(t, func(ctx context.Context, dir string, w, report io.Writer) error {
		return TrainTextDate(ctx, dir, w, report, nil)
	}, textDateBench(t))
	if m.Features != extract.TextDateFeatures || len(m.Weights) != extract.TextDateFeatures || m.Fallback != 0 {
		t.Errorf("model has %d features and fallback %g, the build %d and none", m.Features, m.Fallback, extract.TextDateFeatures)
	}
	for _, want := range []string{"12 gold dates", "among the candidates of 12", "cross-validated by site", "fitted on all pages: 1.000"} {
		if !strings.Contains(report, want) {
			t.Errorf("report lacks %q:\n%s", want, report)
		}
	}
}
