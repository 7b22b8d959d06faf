package extracttrain

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/extract"
	"github.com/storyline-news/storyline/logit"
)

// The headline and byline choices (extract's field_model.go) are fitted as
// a conditional logit, a softmax over each page's texts, by full-batch
// gradient descent from zero weights: the same examples give the same bytes.
const (
	fieldFitRounds = 400 // the loss has flattened well before
	fieldFitRate   = 0.1 // step size of the gradient descent
	// FieldL2 was chosen by 5-fold cross-validation by site over 0, 0.01
	// and 0.1 (TrainField prints all three).
	FieldL2 = 0.01
	// fieldFolds is the number of cross-validation folds; a site is kept
	// whole in one fold, so the figure says how the choice does on new sites.
	fieldFolds = 5
)

// FieldOptions say which field to train and from which gold key.
type FieldOptions struct {
	Field extract.Field
	// GoldKey is the key of the gold value in DATA/gold/trafilatura.jsonl
	// ("title", "author").
	GoldKey string
	// Report, when set, receives the cross-validated accuracies.
	Report io.Writer
	// Wrong, when set, receives the pages the cross-validated choice
	// got wrong at the chosen regularisation, with their texts.
	Wrong io.Writer
}

// TrainField learns the choice of one field from the extraction benchmark
// folder data (gold/trafilatura.jsonl and the pages in html/), reports the
// accuracy cross-validated by site, and writes the model fitted on all
// pages as JSON to w: the file extract embeds (headline.json, byline.json).
func TrainField(ctx context.Context, data string, w io.Writer, opts FieldOptions) error {
	xs, err := fieldExamples(ctx, data, opts)
	if err != nil {
		return err
	}
	if opts.Field == extract.FieldTextByline {
		return trainTextByline(xs, w, opts.Report)
	}
	if r := opts.Report; r != nil {
		reachable := 0
		for _, x := range xs {
			if x.Gold >= 0 {
				reachable++
			}
		}
		fmt.Fprintf(r, "%d pages with a gold %s; the gold is among the candidates of %d (%.3f)\n", len(xs), opts.GoldKey, reachable, float64(reachable)/float64(len(xs)))
		fmt.Fprintf(r, "the hand-set prior: exact %.3f\n", accuracy(opts.Field.Prior(), xs))
		for _, l2 := range []float64{0, FieldL2, 0.1} {
			fmt.Fprintf(r, "l2 %-5g exact, %d-fold cross-validated by site: %.3f\n", l2, fieldFolds, CrossValidateField(opts.Field, xs, l2, linearOnly, nil))
		}
	}
	// the trees stay only where they raise the accuracy cross-validated
	// by site, averaged over partitions of the sites (one partition's
	// figure moves by a page or two with where a few sites fall), by a
	// page at least: a smaller gain is no gain
	linear, linearLo, linearHi := repeatedField(opts.Field, xs, FieldL2, linearOnly, sitePartitions)
	boosted, boostedLo, boostedHi := repeatedField(opts.Field, xs, FieldL2, choiceBoost, sitePartitions)
	trees := linearOnly
	if boosted-linear >= 1/float64(len(xs)) {
		trees = choiceBoost
	}
	if r := opts.Report; r != nil {
		verdict := "left out (a gain of less than a page)"
		if trees.rounds > 0 {
			verdict = "kept"
		}
		fmt.Fprintf(r, "exact cross-validated by site over %d partitions of the sites (l2 %g): the linear choice mean %.4f (from %.3f to %.3f); with %d boosted trees of depth %d on it mean %.4f (from %.3f to %.3f): trees %s\n",
			sitePartitions, FieldL2, linear, linearLo, linearHi, choiceBoost.rounds, choiceBoost.depth, boosted, boostedLo, boostedHi, verdict)
	}
	model := FitField(opts.Field, xs, FieldL2)
	model.Trees = boostChoices(xs, model.Weights, trees)
	if opts.Wrong != nil {
		// the pages the chosen model gets wrong on held-out sites
		CrossValidateField(opts.Field, xs, FieldL2, trees, opts.Wrong)
	}
	if r := opts.Report; r != nil {
		fmt.Fprintf(r, "fitted on all pages (l2 %g): exact %.3f on the same pages\n", FieldL2, accuracy(model, xs))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	return enc.Encode(model)
}

// FitField fits field f's weights on the examples whose gold is among
// their texts.
func FitField(f extract.Field, xs []extract.FieldExample, l2 float64) extract.FieldModel {
	sets := make([]logit.Choice, len(xs))
	for i, x := range xs {
		sets[i] = choice(x.Feats, x.Gold)
	}
	w := logit.FitChoices(sets, f.Features(), l2, fieldFitRounds, fieldFitRate)
	return extract.FieldModel{Features: len(w), Weights: w}
}

// choice is one page's decision among its texts for the conditional
// logit: gold is the index of the right text, or -1 when none is.
func choice(feats [][]float64, gold int) logit.Choice {
	if gold < 0 {
		return logit.Choice{Feats: feats}
	}
	return logit.Choice{Feats: feats, Gold: []int{gold}}
}

// printWrong writes a page the model chose wrongly for: its site and gold,
// then each text with the sources that gave it (their numbers, extract's
// order), P marking the pick and G the gold.
func printWrong(w io.Writer, f extract.Field, m extract.FieldModel, x extract.FieldExample) {
	pick := m.Pick(x)
	fmt.Fprintf(w, "%s gold %q (among the texts: %v)\n", x.Group, x.GoldText, x.Gold >= 0)
	for i, t := range x.Texts {
		mark := []byte("  ")
		if i == pick {
			mark[0] = 'P'
		}
		if i == x.Gold {
			mark[1] = 'G'
		}
		var srcs []int
		for s := range f.Sources() {
			if x.Feats[i][s] != 0 {
				srcs = append(srcs, s)
			}
		}
		fmt.Fprintf(w, "  %s %v %q\n", mark, srcs, t)
	}
}

// CrossValidateField is the exact accuracy on held-out sites of the
// linear choice with trees so sized boosted on it (none: linearOnly);
// wrong, when set, receives the pages chosen wrongly (printWrong).
func CrossValidateField(f extract.Field, xs []extract.FieldExample, l2 float64, trees boostConfig, wrong io.Writer) float64 {
	return crossValidateFieldIn(0, f, xs, l2, trees, wrong)
}

// repeatedField is CrossValidateField over n partitions of the sites into
// folds (partitioned).
func repeatedField(f extract.Field, xs []extract.FieldExample, l2 float64, trees boostConfig, n int) (mean, lo, hi float64) {
	return overPartitions(n, func(p int) float64 { return crossValidateFieldIn(p, f, xs, l2, trees, nil) })
}

// crossValidateFieldIn is CrossValidateField with the sites dealt to
// folds as partition p deals them.
func crossValidateFieldIn(p int, f extract.Field, xs []extract.FieldExample, l2 float64, trees boostConfig, wrong io.Writer) float64 {
	right := 0
	for k := range fieldFolds {
		train, test := splitFold(xs, k, func(x extract.FieldExample) string { return partitioned(p, x.Group) })
		model := FitField(f, train, l2)
		model.Trees = boostChoices(train, model.Weights, trees)
		for _, x := range test {
			if exactlyRight(model, x) {
				right++
			} else if wrong != nil {
				printWrong(wrong, f, model, x)
			}
		}
	}
	return float64(right) / float64(len(xs))
}

// exactlyRight reports whether the model picks the gold text of x and that
// text is the gold exactly, white space at its ends included.
func exactlyRight(m extract.FieldModel, x extract.FieldExample) bool {
	return m.Correct(x) && (x.Texts == nil || x.Texts[x.Gold] == x.GoldText)
}

func accuracy(m extract.FieldModel, xs []extract.FieldExample) float64 {
	right := 0
	for _, x := range xs {
		if exactlyRight(m, x) {
			right++
		}
	}
	return float64(right) / float64(len(xs))
}

// splitFold splits examples into those of the sites outside fold k and
// those of the sites in it.
func splitFold[T any](xs []T, k int, site func(T) string) (train, test []T) {
	for _, x := range xs {
		if siteFold(site(x)) == k {
			test = append(test, x)
		} else {
			train = append(train, x)
		}
	}
	return train, test
}

// siteOf is what cross-validation keeps together for a page: its URL's
// host without "www.", or the URL itself when it has no host.
func siteOf(pageURL string) string {
	if u, err := url.Parse(pageURL); err == nil && u.Host != "" {
		return strings.TrimPrefix(u.Host, "www.")
	}
	return pageURL
}

func siteFold(site string) int {
	h := fnv.New32a()
	h.Write([]byte(site))
	return int(h.Sum32() % fieldFolds)
}

// fieldExamples reads the pages of the benchmark that have a gold value.
func fieldExamples(ctx context.Context, dir string, opts FieldOptions) ([]extract.FieldExample, error) {
	goldPath := filepath.Join(dir, "gold", "trafilatura.jsonl")
	f, err := os.Open(goldPath)
	if err != nil {
		return nil, storyline.InputError("extracttrain", goldPath, err)
	}
	defer f.Close()
	e := extract.New(extract.Options{})
	var xs []extract.FieldExample
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		var g map[string]any
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			return nil, storyline.InputError("extracttrain", goldPath, err)
		}
		gold, _ := g[opts.GoldKey].(string)
		id, _ := g["id"].(string)
		pageURL, _ := g["url"].(string)
		htmlPath, _ := g["html"].(string)
		textPath, _ := g["text"].(string)
		if _, labelled := g[opts.GoldKey]; labelled && opts.Field == extract.FieldTextByline {
			// a null author is gold too: the page names none
			b, err := os.ReadFile(filepath.Join(dir, textPath))
			if err != nil {
				return nil, storyline.InputError("extracttrain", textPath, err)
			}
			if x, ok := e.TextBylineExample(string(b), siteOf(pageURL), strings.TrimSpace(gold)); ok {
				xs = append(xs, x)
			}
			continue
		}
		if gold == "" || htmlPath == "" {
			continue
		}
		site := siteOf(pageURL)
		if opts.Field == extract.FieldTextTitle {
			b, err := os.ReadFile(filepath.Join(dir, textPath))
			if err != nil {
				return nil, storyline.InputError("extracttrain", textPath, err)
			}
			if x, ok := e.TextTitleExample(string(b), site, strings.TrimSpace(gold)); ok {
				xs = append(xs, x)
			}
			continue
		}
		// read without its URL, as the CLI reads a file and eval extraction
		// scores it: what the page says of its own address is all there is
		page, err := readGzipPage(filepath.Join(dir, htmlPath), id+".html.gz", "")
		if err != nil {
			return nil, err
		}
		// the gold's white space at its ends is the annotator's slip, no
		// text a page states: the texts are compared without it
		x, err := e.FieldExample(opts.Field, page, site, strings.TrimSpace(gold))
		if err != nil {
			continue // a page without main content has nothing to learn from
		}
		x.GoldText = gold // scored as eval extraction scores: exactly
		xs = append(xs, x)
	}
	return xs, sc.Err()
}

func readGzipPage(path, id, pageURL string) (*storyline.Page, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, storyline.InputError("extracttrain", path, err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, storyline.InputError("extracttrain", path, err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, storyline.InputError("extracttrain", path, err)
	}
	return &storyline.Page{ID: id, HTML: b, Format: storyline.FormatHTML, URL: pageURL}, nil
}
