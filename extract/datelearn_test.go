package extract

import (
	"bufio"
	"encoding/json"
	"hash/fnv"
	"math/rand"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/storyline-news/storyline/eval"
	"github.com/storyline-news/storyline/sharedtest"
)

// dateRecord is one dev page for the date voter: its gold day and the
// date candidates the extractor sees (htmldate's answer among them).
type dateRecord struct {
	gold  string
	site  string // the page's host: cross-validation keeps a site in one fold
	cands []dateCand
}

func (r dateRecord) right(g dateGuess) bool { return g.known() && g.day.Format("2006-01-02") == r.gold }

// loadDateRecords reads the dev pages that have a date gold.
func loadDateRecords(t *testing.T) []dateRecord {
	dir := sharedtest.Path(t, filepath.Join("data", "extraction"))
	f, err := os.Open(filepath.Join(dir, "gold", "htmldate.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	now := time.Now()
	x := New(Options{Now: func() time.Time { return now }})
	var recs []dateRecord
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var g struct {
			ID, URL string
			Date    *string
		}
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatal(err)
		}
		r := dateRecord{site: siteOf(g.URL)}
		if g.Date != nil {
			r.gold = *g.Date
		}
		p, err := eval.ReadPage(dir, eval.InputHTML, g.ID)
		if err != nil {
			t.Fatal(err)
		}
		if doc, err := parseHTML(p.HTML); err == nil {
			if h := htmlDateGuess(htmlDate(doc, "", now)).notAfter(now); h.known() {
				r.cands = append(r.cands, dateCand{src: srcHTMLDate, day: h.day})
			}
			for _, c := range dateCandidates(doc, "") {
				if (dateGuess{day: c.day}).notAfter(now).known() {
					r.cands = append(r.cands, c)
				}
			}
		}
		// the article body, as the extractor makes it, for the text date
		if ds, _ := x.fromHTML(p); len(ds) > 0 {
			if g := textDate(ds[0].body, now); g.known() {
				r.cands = append(r.cands, dateCand{src: srcText, day: g.day})
			}
		} else {
			r = dateRecord{gold: r.gold, site: r.site} // no article: no date at all
		}
		recs = append(recs, r)
	}
	return recs
}

// voterGrid are the weights coordinate ascent tries for each source.
var voterGrid = []float64{0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 2.5, 3, 4, 5}

// learnDateVoter fits the source weights to recs by coordinate ascent on the
// number of right days, from all weights 1, taking only strict gains.
func learnDateVoter(recs []dateRecord) dateVoter {
	v := dateVoter{}
	for _, s := range voterSources {
		v[s] = 1
	}
	best := countRight(v, recs)
	for pass := 0; pass < 3; pass++ {
		changed := false
		for _, s := range voterSources {
			keep := v[s]
			for _, w := range voterGrid {
				v[s] = w
				if n := countRight(v, recs); n > best {
					best, keep, changed = n, w, true
				}
			}
			v[s] = keep
		}
		if !changed {
			break
		}
	}
	return v
}

func countRight(v dateVoter, recs []dateRecord) int {
	n := 0
	for _, r := range recs {
		if r.right(v.pick(r.cands)) {
			n++
		}
	}
	return n
}

// TestLearnDateVoter learns the HTML date voter's weights on the dev pages
// and reports htmldate alone, the embedded weights, the weights learned here,
// and the cross-validated accuracy (10 × 5-fold), with the embedded
// weights' accuracy by confidence. Slow: run with DATEDIAG=1.
func TestLearnDateVoter(t *testing.T) {
	if os.Getenv("DATEDIAG") == "" {
		t.Skip("DATEDIAG unset")
	}
	recs := loadDateRecords(t)
	n := float64(len(recs))
	learned := learnDateVoter(recs)
	t.Logf("pages %d: htmldate alone %.3f, embedded weights %.3f, learned here %.3f",
		len(recs), float64(countRight(dateVoter{srcHTMLDate: 1}, recs))/n,
		float64(countRight(htmlDateVoter, recs))/n, float64(countRight(learned, recs))/n)
	for _, s := range voterSources {
		if learned[s] != htmlDateVoter[s] {
			t.Logf("learned weights differ from the embedded ones: %v", learned)
			break
		}
	}
	var buckets [10][2]int
	for _, r := range recs {
		if g := htmlDateVoter.pick(r.cands); g.known() {
			b := min(9, int(g.confidence*10))
			buckets[b][0]++
			if r.right(g) {
				buckets[b][1]++
			}
		}
	}
	for b, c := range buckets {
		if c[0] > 0 {
			t.Logf("confidence %.1f-%.1f: %d pages, %.2f right", float64(b)/10, float64(b+1)/10, c[0], float64(c[1])/float64(c[0]))
		}
	}
	var sum, lo, hi float64
	lo = 1
	const reps, folds = 10, 5
	for rep := 0; rep < reps; rep++ {
		idx := rand.New(rand.NewSource(int64(rep))).Perm(len(recs))
		right := 0
		for k := 0; k < folds; k++ {
			var tr, te []dateRecord
			for j, i := range idx {
				if j%folds == k {
					te = append(te, recs[i])
				} else {
					tr = append(tr, recs[i])
				}
			}
			right += countRight(learnDateVoter(tr), te)
		}
		a := float64(right) / n
		sum += a
		lo, hi = min(lo, a), max(hi, a)
	}
	t.Logf("cross-validated (%d × %d-fold): %.3f (%.3f–%.3f)", reps, folds, sum/reps, lo, hi)
}

func siteOf(u string) string {
	if p, err := url.Parse(u); err == nil && p.Host != "" {
		return strings.TrimPrefix(p.Host, "www.")
	}
	return u
}

// siteFolds splits recs into k folds with every site in one fold.
func siteFolds(recs []dateRecord, k int) [][]int {
	folds := make([][]int, k)
	for i, r := range recs {
		h := fnv.New32a()
		h.Write([]byte(r.site))
		f := int(h.Sum32() % uint32(k))
		folds[f] = append(folds[f], i)
	}
	return folds
}

// TestDateVoterBySite reports the date voter cross-validated by site, with
// and without falling back to htmldate's own answer below a confidence
// chosen on the training folds. Slow: run with DATEDIAG=1.
func TestDateVoterBySite(t *testing.T) {
	if os.Getenv("DATEDIAG") == "" {
		t.Skip("DATEDIAG unset")
	}
	recs := loadDateRecords(t)
	taus := []float64{0, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95}
	pickWith := func(v dateVoter, tau float64, r dateRecord) dateGuess {
		g := v.pick(r.cands)
		if g.known() && g.confidence >= tau {
			return g
		}
		for _, c := range r.cands {
			if c.src == srcHTMLDate {
				return dateGuess{day: c.day}
			}
		}
		return g
	}
	rightWith := func(v dateVoter, tau float64, rs []dateRecord) int {
		n := 0
		for _, r := range rs {
			if r.right(pickWith(v, tau, r)) {
				n++
			}
		}
		return n
	}
	folds := siteFolds(recs, 5)
	plain, fallback, htmldate := 0, 0, 0
	for k := range folds {
		var tr, te []dateRecord
		in := map[int]bool{}
		for _, i := range folds[k] {
			in[i] = true
			te = append(te, recs[i])
		}
		for i, r := range recs {
			if !in[i] {
				tr = append(tr, r)
			}
		}
		v := learnDateVoter(tr)
		best, bestN := 0.0, -1
		for _, tau := range taus {
			if n := rightWith(v, tau, tr); n > bestN {
				best, bestN = tau, n
			}
		}
		plain += countRight(v, te)
		fallback += rightWith(v, best, te)
		htmldate += countRight(dateVoter{srcHTMLDate: 1}, te)
		t.Logf("fold %d: %d pages, tau %.2f", k, len(te), best)
	}
	n := float64(len(recs))
	t.Logf("cross-validated by site (5 folds): htmldate alone %.3f, voter %.3f, voter with htmldate below tau %.3f", float64(htmldate)/n, float64(plain)/n, float64(fallback)/n)
	for _, tau := range taus {
		t.Logf("embedded voter, tau %.2f on all pages: %.3f", tau, float64(rightWith(htmlDateVoter, tau, recs))/n)
	}
}
