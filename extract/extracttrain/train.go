// Package extracttrain fits the extract stage's text-dump line model
// (logistic regression, then boosted trees on its margin, then the region
// thresholds) on the extraction benchmark's folder, and cross-validates it.
// It writes the file extract embeds as model.json.
package extracttrain

import (
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/storyline-news/storyline/eval"
	"github.com/storyline-news/storyline/extract"
)

// trainPage is one dev page's lines, features and line labels for training.
type trainPage struct {
	id     string
	dump   *extract.Dump
	x      [][extract.NumFeatures]float64
	y      []float64 // 1 body, 0 boilerplate
	w      []float64 // 0: unlabeled
	gold   string    // aeb body, if any
	with   []string  // trafilatura snippets, if any
	wout   []string
	isBody bool
	silver string // go-trafilatura's body from the page's HTML
	// augmented pages are variants for training only, not for tuning.
	augmented bool
}

// augment makes variants of a labelled page as other renderers and
// crawlers would have saved it: without blank lines between paragraphs,
// and cropped to the article with little or no page furniture around it.
// The model must not learn that body text needs blank lines or a footer.
func (tp *trainPage) augment() []*trainPage {
	first, last := -1, -1
	for i := range tp.y {
		if tp.y[i] == 1 && tp.w[i] > 0 {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return nil
	}
	n := tp.dump.Len()
	lo, hi := max(0, first-1-len(tp.id)%3), min(n, last+1+len(tp.id)%2)
	return []*trainPage{tp.variant(tp.dump.Compact(), 0, n), tp.variant(tp.dump.Crop(lo, hi), lo, hi)}
}

func (tp *trainPage) variant(d *extract.Dump, lo, hi int) *trainPage {
	v := &trainPage{id: tp.id, dump: d, augmented: true, isBody: tp.isBody, gold: tp.gold, with: tp.with, wout: tp.wout}
	v.x = d.X
	v.y = tp.y[lo:hi]
	v.w = make([]float64, hi-lo)
	for i := range v.w {
		v.w[i] = tp.w[lo+i] / 2
	}
	return v
}

// trainClock is the capture time assumed for the dev pages; fixed so that
// training is reproducible.
var trainClock = time.Date(2026, 9, 13, 0, 0, 0, 0, time.UTC)

// silverWeight is how much a line labelled from go-trafilatura's output of
// the same page counts next to a gold label: it is right about nine times in ten.
const silverWeight = 0.3

// silverBody is the main text go-trafilatura finds in the page's HTML: a
// noisy label for pages whose gold is only snippets or a date.
func silverBody(ctx context.Context, x *extract.Extractor, dataDir, id string) string {
	p, err := eval.ReadPage(dataDir, eval.InputHTML, id)
	if err != nil {
		return ""
	}
	arts, err := x.Extract(ctx, p)
	if err != nil || len(arts) == 0 {
		return ""
	}
	return arts[0].Body
}

// Options tune training; the zero value trains the shipped model.
type Options struct {
	Logger *slog.Logger // progress; nil: none
}

// Train learns the text-dump line model from the extraction benchmark folder
// data (it holds gold/, text/ and html/) and writes it as JSON to w: the file
// embedded as model.json. It is deterministic: the same data gives the same
// bytes. The file holds weights and thresholds only, no text.
func Train(ctx context.Context, data string, w io.Writer, opts Options) error {
	pages, err := loadTrainPages(ctx, data, nil, opts.logger())
	if err != nil {
		return err
	}
	m := fitModel(pages)
	round(m)
	b, err := json.Marshal(m)
	if err != nil {
		return fmt.Errorf("extracttrain: %w", err)
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

func (o Options) logger() *slog.Logger {
	if o.Logger == nil {
		return slog.New(slog.DiscardHandler)
	}
	return o.Logger
}

// loadTrainPages reads the dev text dumps that have gold (aeb bodies or
// trafilatura snippets) and labels their lines; keep filters page ids.
func loadTrainPages(ctx context.Context, dataDir string, keep func(id string) bool, log *slog.Logger) ([]*trainPage, error) {
	g, err := eval.LoadExtractionGold(dataDir)
	if err != nil {
		return nil, fmt.Errorf("extracttrain: %w", err)
	}
	var pages []*trainPage
	x := extract.New(extract.Options{Now: func() time.Time { return trainClock }})
	for _, id := range g.IDs() {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		body, hasBody := g.Body[id]
		snips := g.Snips[id]
		if keep != nil && !keep(id) {
			continue
		}
		raw, err := os.ReadFile(filepath.Join(dataDir, "text", id+".txt"))
		if err != nil {
			return nil, fmt.Errorf("extracttrain: %w", err)
		}
		tp := &trainPage{id: id, dump: extract.NewDump(string(raw)), gold: body, with: snips.With, wout: snips.Without, isBody: hasBody}
		tp.x = tp.dump.X
		if !hasBody {
			tp.silver = silverBody(ctx, x, dataDir, id)
		}
		tp.label()
		pages = append(pages, tp)
		pages = append(pages, tp.augment()...)
	}
	log.Debug("extracttrain: pages loaded", "pages", len(pages))
	return pages, nil
}

// label marks each line body (1) or not (0), with a weight (0: unknown).
// With a full gold body, a line is body when most of its word 4-grams are in
// the gold; with snippets only, the lines holding a snippet are labelled.
func (tp *trainPage) label() {
	n := tp.dump.Len()
	tp.y, tp.w = make([]float64, n), make([]float64, n)
	if tp.isBody {
		tp.labelFromBody(tp.gold, 1)
		return
	}
	if tp.silver != "" {
		tp.labelFromBody(tp.silver, silverWeight)
	}
	for i := range n {
		s := squash(tp.dump.Text(i))
		for _, snip := range tp.with {
			if q := squash(snip); q != "" && strings.Contains(s, q) {
				tp.y[i], tp.w[i] = 1, 3
			}
		}
		for _, snip := range tp.wout {
			if q := squash(snip); q != "" && strings.Contains(s, q) && tp.w[i] < 3 {
				tp.y[i], tp.w[i] = 0, 3
			}
		}
	}
}

func (tp *trainPage) labelFromBody(body string, weight float64) {
	gt := eval.Tokens(body)
	gold := map[string]bool{}
	for i := 0; i+4 <= len(gt); i++ {
		gold[strings.Join(gt[i:i+4], " ")] = true
	}
	joined := " " + strings.Join(gt, " ") + " "
	first, last := -1, -1
	for i := range tp.dump.Len() {
		toks := eval.Tokens(tp.dump.Text(i))
		tp.w[i] = weight
		if len(toks) < 4 {
			continue
		}
		hit := 0
		for j := 0; j+4 <= len(toks); j++ {
			if gold[strings.Join(toks[j:j+4], " ")] {
				hit++
			}
		}
		if float64(hit) >= 0.5*float64(len(toks)-3) {
			tp.y[i] = 1
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	// A short line is body only inside the body's span: single words occur
	// in any long text by chance.
	for i := max(first, 0); i <= last; i++ {
		toks := eval.Tokens(tp.dump.Text(i))
		if len(toks) > 0 && len(toks) < 4 && strings.Contains(joined, " "+strings.Join(toks, " ")+" ") {
			tp.y[i] = 1
		}
	}
}

func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

// fold splits pages into two halves by a hash of their id.
func fold(id string) int {
	h := fnv.New32a()
	h.Write([]byte(id))
	return int(h.Sum32() % 2)
}
