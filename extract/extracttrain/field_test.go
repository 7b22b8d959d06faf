package extracttrain

import (
	"slices"
	"testing"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/extract"
)

// TestFitFieldIsDeterministic fits the headline choice twice on pages
// written for the test and checks the same weights come out and pick the
// gold headline of each page.
func TestFitFieldIsDeterministic(t *testing.T) {
	pages := []struct{ html, gold string }{
		{`<html><head><title>Harbour strike ends | Port Calder Gazette</title><meta property="og:title" content="Harbour strike ends"></head>
<body><h1>Harbour strike ends</h1><p>The dockworkers went back to work on Wednesday after three days, the union said.</p></body></html>`, "Harbour strike ends"},
		{`<html><head><title>Budget passes - Daily Post</title></head>
<body><h1>Budget passes</h1><p>The council passed the budget on Tuesday by nine votes to four, after a long debate.</p></body></html>`, "Budget passes"},
	}
	e := extract.New(extract.Options{})
	var xs []extract.FieldExample
	for i, p := range pages {
		x, err := e.FieldExample(extract.FieldHeadline, &storyline.Page{ID: "p", HTML: []byte(p.html), Format: storyline.FormatHTML}, "site", p.gold)
		if err != nil {
			t.Fatalf("page %d: %v", i, err)
		}
		if x.Gold < 0 {
			t.Fatalf("page %d: the gold headline is not among the candidates", i)
		}
		xs = append(xs, x)
	}
	a, b := FitField(extract.FieldHeadline, xs, FieldL2), FitField(extract.FieldHeadline, xs, FieldL2)
	if !slices.Equal(a.Weights, b.Weights) {
		t.Errorf("two fits differ: %v vs %v", a.Weights, b.Weights)
	}
	for i, x := range xs {
		if !a.Correct(x) {
			t.Errorf("page %d: the fit misses its training headline", i)
		}
	}
}
