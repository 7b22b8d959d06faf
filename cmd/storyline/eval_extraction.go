package main

import (
	"context"
	"fmt"
	"os"

	"github.com/storyline-news/storyline"

	"github.com/storyline-news/storyline/eval"
	"github.com/storyline-news/storyline/extract"
	"github.com/storyline-news/storyline/extract/extracttrain"
)

// evalExtraction scores the extractor on the extraction benchmark folder:
// body (M1, M2), date (M3), title and author (M4), for text dumps and HTML.
func (m *Main) evalExtraction(ctx context.Context, args []string) error {
	fs := m.flags("eval extraction", "--gold DIR [flags]",
		"Run the extractor on DIR/text and DIR/html and score it against DIR/gold (see DIR/README.md).")
	gold := fs.String("gold", "", "the extraction benchmark folder (holding gold/, text/, html/)")
	input := fs.String("input", "", "text or html (default: both)")
	perPage := fs.Bool("per-page", false, "print one line per page")
	limit := fs.Int("limit", 0, "score only the first N pages (0: all)")
	crossval := fs.Bool("crossval", false, "train the text cleaner on each half of the set and score it on the other (the honest figure: the embedded model has seen all of it)")
	explain := fs.String("explain", "", "instead of scoring, print every line of this text dump with its body probability")
	if err := m.parseFlags(fs, args); err != nil {
		return err
	}
	x := extract.New(extract.Options{Now: m.Now})
	if *explain != "" {
		b, err := os.ReadFile(*explain)
		if err != nil {
			return storyline.InputError("eval extraction", *explain, err)
		}
		return x.Explain(m.Stdout, string(b))
	}
	if *gold == "" {
		return usageError("eval extraction needs --gold DIR")
	}
	inputs := []eval.Input{eval.InputText, eval.InputHTML}
	switch *input {
	case "":
	case "text", "html":
		inputs = []eval.Input{eval.Input(*input)}
	default:
		return usageError("--input must be text or html, not %q", *input)
	}
	if *crossval {
		return extracttrain.CrossValidate(ctx, *gold, extract.Options{Now: m.Now}, m.Stdout, *perPage)
	}
	g, err := eval.LoadExtractionGold(*gold)
	if err != nil {
		return err
	}
	ids := g.IDs()
	if *limit > 0 && *limit < len(ids) {
		ids = ids[:*limit]
	}
	for _, in := range inputs {
		outs, spent, err := eval.RunExtraction(ctx, *gold, in, ids, x)
		if err != nil {
			return err
		}
		rep := eval.ScoreExtraction(g, in, outs, 1000)
		rep.Write(m.Stdout, *perPage)
		fmt.Fprintf(m.Stdout, "  speed: %d pages in %.2fs of Extract, %.0f pages/s\n",
			len(outs), spent.Seconds(), float64(len(outs))/max(spent.Seconds(), 1e-9))
	}
	return nil
}
