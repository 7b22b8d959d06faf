package extracttrain

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/extract"
	"github.com/storyline-news/storyline/logit"
)

// The site of a text dump is a choice among the names its furniture gives
// and "none" (the last row of each example). No gold names a dump's site;
// its page's URL and its HTML page's publisher (og:site_name, the JSON-LD
// publisher, as extract reads them) do: a candidate is right when it names
// the URL's site as scripts/eval-sources.py counts (namesHost) or spells
// the publisher's name (samePublisher). A dump none of whose candidates is
// right has none right: any name chosen there is wrong.
const (
	// textSiteRounds and textSiteRate: Adam steps on the full batch, as
	// for the text byline's choice, whose candidates are as sparse.
	textSiteRounds = 300
	textSiteRate   = 0.05
	// textSiteL2: 0, 0.001 and 0.01 name within four and ten dumps of
	// each other cross-validated by site at the embedded margin, at
	// about the same precision (train textsite prints all three); the
	// middle one stands.
	textSiteL2 = 0.001
)

// siteExample is one dump's candidates with their labels.
type siteExample struct {
	extract.TextSiteExample
	site      string // what cross-validation keeps together: the page's site
	publisher string
	rules     int    // the candidate the hand rules name, -1 for none
	host      string // the gold URL's host, as scripts/eval-sources.py reads it
	right     []bool // each text's silver label; "none" is right when no name is
	// byHost says each text names host as scripts/eval-sources.py counts
	byHost []bool
}

// TrainTextSite learns the choice of a text dump's site from the
// extraction benchmark folder data (the gold files' URLs, the dumps in
// DIR/text and their pages in DIR/html), reports it cross-validated by
// site beside the rules alone, and writes the model fitted on all dumps
// as JSON to w: the file extract embeds (textsite.json). The choice
// decides only where the rules (the feeds' titles, the furniture's
// evidence) name no site, as extract's dumpSite does; wrong, when set,
// receives the dumps it names wrongly.
func TrainTextSite(ctx context.Context, data string, w io.Writer, r io.Writer, wrong io.Writer) error {
	xs, err := textSiteExamples(ctx, data)
	if err != nil {
		return err
	}
	rules := make([]int, len(xs))
	for k, x := range xs {
		rules[k] = x.rules
	}
	base := scoreSites(xs, rules)
	if r != nil {
		reachable := 0
		for _, x := range xs {
			if !x.right[len(x.right)-1] {
				reachable++
			}
		}
		fmt.Fprintf(r, "%d dumps with a URL; a candidate names the site of %d (%.3f)\n", len(xs), reachable, float64(reachable)/float64(max(len(xs), 1)))
		fmt.Fprintf(r, "the rules alone: %v\n", base)
		for _, cfg := range []struct {
			l2    float64
			trees boostConfig
		}{{0, linearOnly}, {textSiteL2, linearOnly}, {0.01, linearOnly}, {textSiteL2, choiceBoost}} {
			cv := crossValidateTextSite(xs, 0, cfg.l2, cfg.trees)
			fmt.Fprintf(r, "l2 %-5g trees %-3d %d-fold CV by site, at margin %g: the rules, else the choice: %v\n",
				cfg.l2, cfg.trees.rounds, fieldFolds, extract.TextSiteMargin, cv.rulesFirst(extract.TextSiteMargin))
			fmt.Fprintf(r, "%38s the choice alone: %v\n", "", cv.at(extract.TextSiteMargin))
		}
		// the margin is read from the curve averaged over partitions of
		// the sites: one partition's figure moves by a few dumps
		cvs := make([]siteCV, sitePartitions)
		for p := range cvs {
			cvs[p] = crossValidateTextSite(xs, p, textSiteL2, textSiteTrees)
		}
		for _, margin := range textSiteMargins {
			var right, wrongs float64
			for _, cv := range cvs {
				s := cv.rulesFirst(margin)
				right += float64(s.hostRight) / sitePartitions
				wrongs += float64(s.hostWrong) / sitePartitions
			}
			fmt.Fprintf(r, "margin over none %-4g %d-fold CV by site over %d partitions, the rules, else the choice: by the URL's host right %.1f wrong %.1f (precision %.3f); partition 0: %v\n",
				margin, fieldFolds, sitePartitions, right, wrongs, right/max(right+wrongs, 1), cvs[0].rulesFirst(margin))
		}
	}
	if wrong != nil {
		crossValidateTextSite(xs, 0, textSiteL2, textSiteTrees).printWrong(wrong, extract.TextSiteMargin)
	}
	model := fitTextSite(xs, textSiteL2, textSiteTrees)
	if r != nil {
		fmt.Fprintf(r, "fitted on all dumps (l2 %g): the rules, else the choice: %v on the same dumps\n", textSiteL2, siteCV{xs: xs, models: oneModel(model, len(xs))}.rulesFirst(extract.TextSiteMargin))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	return enc.Encode(model)
}

// textSiteTrees sizes the trees boosted on the linear choice: none, as
// cross-validation by site finds them no help (train textsite prints the
// choice with choiceBoost's trees).
var textSiteTrees = linearOnly

// textSiteMargins are the margins over "none" train textsite prints the
// curve at.
var textSiteMargins = []float64{0.5, 0.75, 1, 1.25, 1.5, 2, 2.5, 3}

// siteScores count a choice's sites: right and wrong by the silver labels,
// and by the URL's host as scripts/eval-sources.py counts (one dump once,
// where the script counts each of its articles).
type siteScores struct {
	n, right, wrong, none int
	hostRight, hostWrong  int
}

func (s siteScores) hostPrecision() float64 {
	return float64(s.hostRight) / float64(max(s.hostRight+s.hostWrong, 1))
}

func (s siteScores) String() string {
	return fmt.Sprintf("silver right %d wrong %d none %d (precision %.3f); by the URL's host right %d wrong %d (precision %.3f) of %d dumps",
		s.right, s.wrong, s.none, float64(s.right)/float64(max(s.right+s.wrong, 1)),
		s.hostRight, s.hostWrong, s.hostPrecision(), s.n)
}

// scoreSites scores the texts picked (an index into each example's texts,
// -1 or the last for none).
func scoreSites(xs []siteExample, picks []int) siteScores {
	var s siteScores
	for k, x := range xs {
		s.n++
		i := picks[k]
		if i < 0 || i == len(x.Texts)-1 {
			s.none++
			continue
		}
		if x.right[i] {
			s.right++
		} else {
			s.wrong++
		}
		if x.byHost[i] {
			s.hostRight++
		} else {
			s.hostWrong++
		}
	}
	return s
}

// indexOf is the candidate the hand rules' name is, -1 for none. A name
// among no candidate is none.
func indexOf(texts []string, t string) int {
	if t == "" {
		return -1
	}
	for i, u := range texts[:len(texts)-1] {
		if strings.EqualFold(u, t) {
			return i
		}
	}
	return -1
}

// siteCV is each dump with the model that scores it: fitted without its
// fold's sites in cross-validation.
type siteCV struct {
	xs     []siteExample
	models []extract.FieldModel
}

func oneModel(m extract.FieldModel, n int) []extract.FieldModel {
	ms := make([]extract.FieldModel, n)
	for i := range ms {
		ms[i] = m
	}
	return ms
}

// at scores the choice with the given margin over none.
func (cv siteCV) at(margin float64) siteScores {
	picks := make([]int, len(cv.xs))
	for k, x := range cv.xs {
		picks[k] = extract.ChooseTextSite(cv.models[k], x.Feats, margin)
	}
	return scoreSites(cv.xs, picks)
}

// rulesFirst scores the hand rules' name where they give one, else the
// choice at margin.
func (cv siteCV) rulesFirst(margin float64) siteScores {
	picks := make([]int, len(cv.xs))
	for k, x := range cv.xs {
		picks[k] = extract.ChooseTextSite(cv.models[k], x.Feats, margin)
		if x.rules >= 0 {
			picks[k] = x.rules
		}
	}
	return scoreSites(cv.xs, picks)
}

// fitTextSite fits the choice on xs: each dump's right names are its gold
// (their summed probability), "none" where no name is right; with trees
// boosted on the linear score when cfg has rounds.
func fitTextSite(xs []siteExample, l2 float64, cfg boostConfig) extract.FieldModel {
	sets := make([]logit.Choice, len(xs))
	for i, x := range xs {
		sets[i] = logit.Choice{Feats: x.Feats, Gold: x.golds()}
	}
	w := logit.FitChoicesAdam(sets, extract.FieldTextSite.Features(), l2, textSiteRounds, textSiteRate)
	m := extract.FieldModel{Features: len(w), Weights: w}
	m.Trees = boostSiteChoices(sets, m, cfg)
	return m
}

func (x siteExample) golds() []int {
	var gold []int
	for j, ok := range x.right {
		if ok {
			gold = append(gold, j)
		}
	}
	return gold
}

// boostSiteChoices grows trees on the softmax of each choice over the
// model's score, as boostChoices does, with several right candidates
// (boostRows).
func boostSiteChoices(sets []logit.Choice, m extract.FieldModel, cfg boostConfig) []extract.Tree {
	if cfg.rounds == 0 {
		return nil
	}
	var rows [][]float64
	var gold []bool
	var pages [][2]int
	for _, c := range sets {
		from := len(rows)
		rows = append(rows, c.Feats...)
		for i := range c.Feats {
			gold = append(gold, slices.Contains(c.Gold, i))
		}
		pages = append(pages, [2]int{from, len(rows)})
	}
	return boostRows(rows, gold, pages, m, cfg)
}

// crossValidateTextSite fits a model on each fold's other sites for the
// dumps of its sites, the sites dealt to folds as partition p deals them.
func crossValidateTextSite(xs []siteExample, p int, l2 float64, cfg boostConfig) siteCV {
	var cv siteCV
	for k := range fieldFolds {
		train, test := splitFold(xs, k, func(x siteExample) string { return partitioned(p, x.site) })
		m := fitTextSite(train, l2, cfg)
		cv.xs = append(cv.xs, test...)
		cv.models = append(cv.models, oneModel(m, len(test))...)
	}
	return cv
}

// printWrong writes the dumps the rules name no site for and the choice
// names wrongly: the site, the publisher, then each candidate with its
// score, P marking the pick and R a right one.
func (cv siteCV) printWrong(w io.Writer, margin float64) {
	for k, x := range cv.xs {
		m := cv.models[k]
		pick := extract.ChooseTextSite(m, x.Feats, margin)
		if x.rules >= 0 || x.right[pick] {
			continue
		}
		fmt.Fprintf(w, "%s publisher %q pick %q\n", x.host, x.publisher, x.Texts[pick])
		for i, t := range x.Texts {
			mark := []byte("  ")
			if i == pick {
				mark[0] = 'P'
			}
			if x.right[i] {
				mark[1] = 'R'
			}
			fmt.Fprintf(w, "  %s %6.2f %q %v\n", mark, m.Score(x.Feats[i]), t, compact(x.Feats[i]))
		}
	}
}

func compact(f []float64) string {
	var b strings.Builder
	for i, v := range f {
		if v != 0 {
			fmt.Fprintf(&b, "%d:%.2g ", i, v)
		}
	}
	return b.String()
}

// textSiteExamples reads every dump of the benchmark whose gold gives a
// URL, with its page's publisher.
func textSiteExamples(ctx context.Context, dir string) ([]siteExample, error) {
	type page struct{ url, html string }
	pages := map[string]page{} // text path -> its page
	var order []string
	for _, name := range []string{"aeb", "htmldate", "trafilatura"} {
		path := filepath.Join(dir, "gold", name+".jsonl")
		f, err := os.Open(path)
		if err != nil {
			return nil, storyline.InputError("extracttrain", path, err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 16<<20)
		for sc.Scan() {
			var g struct{ URL, HTML, Text string }
			if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
				f.Close()
				return nil, storyline.InputError("extracttrain", path, err)
			}
			if _, seen := pages[g.Text]; seen || g.URL == "" || g.Text == "" {
				continue
			}
			pages[g.Text] = page{g.URL, g.HTML}
			order = append(order, g.Text)
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return nil, storyline.InputError("extracttrain", path, err)
		}
	}
	sort.Strings(order)
	e := extract.New(extract.Options{})
	var xs []siteExample
	for _, textPath := range order {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		p := pages[textPath]
		host := urlHost(p.url)
		if host == "" {
			continue // scripts/eval-sources.py leaves it out too
		}
		b, err := os.ReadFile(filepath.Join(dir, textPath))
		if err != nil {
			return nil, storyline.InputError("extracttrain", textPath, err)
		}
		x, ok := e.TextSiteExample(string(b))
		if !ok {
			continue
		}
		publisher := ""
		if p.html != "" {
			if publisher, err = pagePublisher(ctx, e, filepath.Join(dir, p.html)); err != nil {
				return nil, err
			}
		}
		real := archivedHost(p.url, host)
		ex := siteExample{TextSiteExample: x, site: siteOf("https://" + real + "/"), host: host, publisher: publisher, rules: indexOf(x.Texts, x.Rules)}
		anyRight := false
		for _, t := range x.Texts[:len(x.Texts)-1] {
			right := namesHost(t, real) || samePublisher(t, publisher)
			ex.right = append(ex.right, right)
			ex.byHost = append(ex.byHost, namesHost(t, host))
			anyRight = anyRight || right
		}
		ex.right = append(ex.right, !anyRight)
		ex.byHost = append(ex.byHost, false)
		xs = append(xs, ex)
	}
	return xs, nil
}

// pagePublisher is the display name extract reads from an HTML page
// (og:site_name, a JSON-LD publisher) when it says more than the host.
func pagePublisher(ctx context.Context, e *extract.Extractor, path string) (string, error) {
	page, err := readGzipPage(path, filepath.Base(path), "")
	if err != nil {
		return "", err
	}
	as, err := e.Extract(ctx, page)
	if err != nil || len(as) == 0 {
		return "", nil // a page without an article names no publisher
	}
	return as[0].Publisher, nil
}

// urlHost is a URL's host, lower case, as Python's urlparse gives it.
func urlHost(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return ""
	}
	return strings.ToLower(u.Hostname())
}

// archivedHost is the host of the page a web archive's URL holds
// ("web.archive.org/web/2020.../https://www.example.com/..."), else host.
func archivedHost(pageURL, host string) string {
	if host != "web.archive.org" {
		return host
	}
	_, rest, ok := strings.Cut(pageURL, "://web.archive.org/web/")
	if !ok {
		return host
	}
	if _, inner, ok := strings.Cut(rest, "/"); ok {
		if h := urlHost(inner); h != "" {
			return h
		}
	}
	return host
}

// The public suffixes and platform labels scripts/eval-sources.py strips
// from a host before matching a name to its labels.
var (
	hostSuffixes = strings.Fields("com net org de co uk au ca in io info news us eu fr ch at be nl it es edu gov bo pe py ar mx br fi")
	hostPlatform = strings.Fields("www wordpress blogspot blog feeds web m amp")
)

// squashFold is a name's ASCII letters and digits, lower case, its accents
// folded and German umlauts spelt out, as scripts/eval-sources.py squashes.
func squashFold(s string) string {
	s = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss").Replace(strings.ToLower(s))
	var b strings.Builder
	for _, r := range norm.NFKD.String(s) {
		if r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func hostLabels(host string) []string {
	parts := strings.Split(strings.ToLower(host), ".")
	for len(parts) > 1 && slices.Contains(hostSuffixes, parts[len(parts)-1]) {
		parts = parts[:len(parts)-1]
	}
	var out []string
	for _, p := range parts {
		if !slices.Contains(hostPlatform, p) {
			out = append(out, squashFold(p))
		}
	}
	return out
}

// namesHost reports whether a name names a host as scripts/eval-sources.py
// counts: its letters (a domain's suffix aside) match one of the host's
// labels, or one holds the other.
func namesHost(name, host string) bool {
	var n string
	if strings.Contains(name, ".") && !strings.Contains(name, " ") {
		if labels := hostLabels(name); len(labels) > 0 {
			n = labels[len(labels)-1]
		}
	} else {
		n = squashFold(name)
	}
	if len(n) < 2 {
		return false
	}
	for _, h := range hostLabels(host) {
		if n == h || len(n) >= 4 && len(h) >= 4 && (strings.Contains(h, n) || strings.Contains(n, h)) {
			return true
		}
	}
	return false
}

// samePublisher reports whether a name spells the page's publisher, or
// the part of it before a separator ("Bernau LIVE" of "Bernau LIVE - Dein
// Stadt- und Regionalportal").
func samePublisher(name, publisher string) bool {
	n := squashFold(name)
	if len(n) < 2 || publisher == "" {
		return false
	}
	if n == squashFold(publisher) {
		return true
	}
	for _, sep := range []string{" | ", " - ", " – ", " — ", ": ", " · "} {
		if head, _, ok := strings.Cut(publisher, sep); ok && n == squashFold(head) {
			return true
		}
	}
	return false
}
