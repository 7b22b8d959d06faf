package eval

import (
	"fmt"
	"io"
)

// ExtractionReport holds the four extraction metrics for one kind of input.
type ExtractionReport struct {
	Input    Input
	Pages    int
	Body     BodyScores  // M1 on aeb
	Snippets Counts      // M2 on trafilatura
	Dates    Counts      // M3 on htmldate
	Title    FieldScores // M4
	Author   FieldScores // M4
	PerPage  []PageScore
}

// PageScore is one page's share of the report.
type PageScore struct {
	ID        string
	Body      *BodyResult
	Snippets  *Counts
	GoldDates []string
	Out       PageOutput
}

// ScoreExtraction scores the outputs against the gold; only pages present
// in outs count, so a subset (a fold, --limit) is scored on its own.
func ScoreExtraction(g *ExtractionGold, in Input, outs []PageOutput, resamples int) *ExtractionReport {
	r := &ExtractionReport{Input: in, Pages: len(outs)}
	byID := map[string]int{}
	var bodies []BodyResult
	var titles, authors []FieldPair
	for _, o := range outs {
		ps := PageScore{ID: o.ID, Out: o}
		if gold, ok := g.Body[o.ID]; ok {
			b := ScoreBody(gold, o.Body)
			bodies, ps.Body = append(bodies, b), &b
		}
		if s, ok := g.Snips[o.ID]; ok {
			c := ScoreSnippets(s.With, s.Without, o.Body, o.Err != nil)
			r.Snippets, ps.Snippets = r.Snippets.Add(c), &c
		}
		if t, ok := g.Titles[o.ID]; ok {
			titles = append(titles, FieldPair{t, o.Title})
		}
		if a, ok := g.Authors[o.ID]; ok {
			authors = append(authors, FieldPair{a, o.Author})
		}
		byID[o.ID] = len(r.PerPage)
		r.PerPage = append(r.PerPage, ps)
	}
	for _, d := range g.Dates {
		if i, ok := byID[d.ID]; ok {
			r.Dates = r.Dates.Add(ScoreDate(d.Date, r.PerPage[i].Out.Published))
			r.PerPage[i].GoldDates = append(r.PerPage[i].GoldDates, d.Date)
		}
	}
	r.Body = ScoreBodies(bodies, resamples, 1)
	r.Title, r.Author = ScoreFields(titles), ScoreFields(authors)
	return r
}

// Write prints the report: the overall figures, then one line per page if asked.
func (r *ExtractionReport) Write(w io.Writer, perPage bool) {
	b, s, d := r.Body, r.Snippets, r.Dates
	fmt.Fprintf(w, "extraction %s: %d pages\n", r.Input, r.Pages)
	fmt.Fprintf(w, "  M1 body (aeb, %d docs)       F1 %.3f ± %.3f  P %.3f ± %.3f  R %.3f ± %.3f  Acc %.3f ± %.3f\n",
		b.N, b.F1, b.F1SD, b.P, b.PSD, b.R, b.RSD, b.Acc, b.AccSD)
	fmt.Fprintf(w, "  M2 snippets (trafilatura)   P %.3f  R %.3f  Acc %.3f  F1 %.3f  (tp %d fp %d fn %d tn %d)\n",
		s.P(), s.R(), s.Acc(), s.F1(), s.TP, s.FP, s.FN, s.TN)
	fmt.Fprintf(w, "  M3 date (htmldate)          P %.3f  R %.3f  Acc %.3f  F1 %.3f  (tp %d fp %d fn %d)\n",
		d.P(), d.R(), d.Acc(), d.F1(), d.TP, d.FP, d.FN)
	fmt.Fprintf(w, "  M4 title  (%3d records)     exact %.3f  norm %.3f  tokenF1 %.3f\n", r.Title.N, r.Title.Exact, r.Title.Norm, r.Title.TokenF1)
	fmt.Fprintf(w, "  M4 author (%3d records)     exact %.3f  norm %.3f  tokenF1 %.3f\n", r.Author.N, r.Author.Exact, r.Author.Norm, r.Author.TokenF1)
	if perPage {
		for _, p := range r.PerPage {
			p.write(w, r.Input)
		}
	}
}

func (p PageScore) write(w io.Writer, in Input) {
	fmt.Fprintf(w, "%s %s parts=%d", in, p.ID, p.Out.Parts)
	if p.Body != nil {
		fmt.Fprintf(w, " body_p=%.3f body_r=%.3f", p.Body.Precision, p.Body.Recall)
	}
	if c := p.Snippets; c != nil {
		fmt.Fprintf(w, " with=%d/%d without_found=%d/%d", c.TP, c.TP+c.FN, c.FP, c.FP+c.TN)
	}
	for _, g := range p.GoldDates {
		fmt.Fprintf(w, " date=%s gold=%s", orDash(p.Out.Published), orDash(g))
		if p.Out.Published != "" {
			fmt.Fprintf(w, " (%s %.2f)", p.Out.Evidence, p.Out.Confidence)
		}
	}
	if p.Out.Err != nil {
		fmt.Fprintf(w, " error=%q", p.Out.Err.Error())
	}
	fmt.Fprintln(w)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
