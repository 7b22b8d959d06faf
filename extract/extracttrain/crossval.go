package extracttrain

import (
	"context"
	"fmt"
	"io"
	"log/slog"

	"github.com/storyline-news/storyline/eval"
	"github.com/storyline-news/storyline/extract"
)

// CrossValidate measures the text-dump cleaner honestly on dev: the pages
// are split in two halves by id hash, a model is trained on each half and
// run on the other, and the out-of-fold outputs are scored together. This is
// the figure to report; the embedded model has seen all of dev.
func CrossValidate(ctx context.Context, dataDir string, opts extract.Options, w io.Writer, perPage bool) error {
	g, err := eval.LoadExtractionGold(dataDir)
	if err != nil {
		return err
	}
	var outs []eval.PageOutput
	for f := range 2 {
		pages, err := loadTrainPages(ctx, dataDir, func(id string) bool { return fold(id) != f }, slog.New(slog.DiscardHandler))
		if err != nil {
			return err
		}
		m := fitModel(pages)
		fmt.Fprintf(w, "fold %d: trained on %d pages, threshold %.2f keep %.2f gap %.1f second %.2f\n", f, len(pages), m.Threshold, m.Keep, m.Gap, m.Second)
		fitted := opts
		fitted.Model = m
		x := extract.New(fitted)
		var ids []string
		for _, id := range g.IDs() {
			if fold(id) == f {
				ids = append(ids, id)
			}
		}
		o, _, err := eval.RunExtraction(ctx, dataDir, eval.InputText, ids, x)
		if err != nil {
			return err
		}
		outs = append(outs, o...)
	}
	eval.ScoreExtraction(g, eval.InputText, outs, 1000).Write(w, perPage)
	return nil
}
