package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/compare"
)

const storyAbout = `Print one story for people to read: its sources with their dates, the
quotes side by side by speaker (the variants of one utterance together),
the figures (disagreements first), what only one source carries, and the
timeline of the dates its articles mention. The id is a story id as
"storyline stories" and "storyline export stories" print it, or an
article id, for the story that article is in. For machines, use
"storyline export stories".`

func (m *Main) runStory(ctx context.Context, args []string) error {
	fs := m.flags("story", "[--db PATH] ID", storyAbout)
	db := fs.String("db", "", dbFlagUsage)
	if err := m.parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError("story needs exactly one story or article id")
	}
	store, err := m.openReader(ctx, m.dbPath(*db))
	if err != nil {
		return err
	}
	defer store.Close()
	s, err := storyOrArticleStory(ctx, store, fs.Arg(0))
	if err != nil {
		return err
	}
	arts, err := loadArticles(ctx, store, s)
	if err != nil {
		return err
	}
	compare.Story(s, arts)
	writeStoryView(m.Stdout, s, arts)
	return nil
}

// storyReader is the part of a store that finding a story needs.
type storyReader interface {
	articleGetter
	Story(ctx context.Context, id string) (*storyline.Story, error)
}

// storyOrArticleStory is the story with id, or, when no story has that id
// and an article does, the story that article is in: a reader holding an
// article id (from export articles, search or a page) means its story.
func storyOrArticleStory(ctx context.Context, r storyReader, id string) (*storyline.Story, error) {
	s, err := r.Story(ctx, id)
	if storyline.ErrorCode(err) != storyline.ENOTFOUND {
		return s, err
	}
	a, aerr := r.Article(ctx, id)
	switch {
	case storyline.ErrorCode(aerr) == storyline.ENOTFOUND:
		return nil, storyline.Errorf(storyline.ENOTFOUND, "no story or article has the id %q: storyline stories lists the stories", id)
	case aerr != nil:
		return nil, aerr
	case a.Story == "":
		return nil, storyline.Errorf(storyline.ENOTFOUND, "article %q is in no story yet", id)
	}
	return r.Story(ctx, a.Story)
}

// articleGetter is the part of a store that loading a story's articles needs.
type articleGetter interface {
	Article(ctx context.Context, id string) (*storyline.Article, error)
}

// loadArticles reads the articles a story lists, in publication order.
func loadArticles(ctx context.Context, r articleGetter, s *storyline.Story) ([]*storyline.Article, error) {
	arts := make([]*storyline.Article, 0, len(s.Articles))
	for _, id := range s.Articles {
		a, err := r.Article(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("story %s: %w", s.ID, err)
		}
		arts = append(arts, a)
	}
	compare.SortByDate(arts)
	return arts, nil
}

// compareStory fills the story's comparison and timeline from its stored articles.
func compareStory(ctx context.Context, r articleGetter, s *storyline.Story) error {
	arts, err := loadArticles(ctx, r, s)
	if err != nil {
		return err
	}
	compare.Story(s, arts)
	return nil
}

// storyViewRunes bounds one quoted text in the terminal view.
const storyViewRunes = 220

func writeStoryView(w io.Writer, s *storyline.Story, arts []*storyline.Article) {
	byID := map[string]*storyline.Article{}
	for _, a := range arts {
		byID[a.ID] = a
	}
	c := s.Comparison
	fmt.Fprintf(w, "%s  %s\n", terminalText(s.ID), terminalText(storyHeading(s, arts)))
	fmt.Fprintf(w, "%s · %s\n", plural(len(arts), "article"), orDash(datesOf(s)))
	if c.Compared > 0 {
		fmt.Fprintf(w, "quotes and figures compared over %d of them: the first of each source, then the earliest\n", c.Compared)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "SOURCES")
	for _, src := range c.Sources {
		fmt.Fprintf(w, "  %s  (first %s)\n", outletName(src.Source, byID, src.Articles), orDash(src.FirstPublished))
		for _, id := range src.Articles {
			a := byID[id]
			fmt.Fprintf(w, "    %s  %s  %s\n", orDash(a.Published), terminalText(a.ID), terminalText(articleHeading(a)))
		}
	}
	writeQuotesView(w, c.Quotes, byID)
	writeFiguresView(w, c.Figures)
	writeSingleView(w, c)
	if len(s.Timeline) > 0 {
		fmt.Fprintln(w, "\nTIMELINE")
		for _, e := range s.Timeline {
			also := ""
			if len(e.Also) > 0 {
				also = fmt.Sprintf(" +%d more", len(e.Also))
			}
			fmt.Fprintf(w, "  %-10s  %s  [%s: %s]%s\n", e.Date, clip(terminalText(e.What)), terminalText(provenance(byID[e.Article], e.Article)), terminalText(e.Text), also)
		}
	}
}

func writeQuotesView(w io.Writer, us []storyline.Utterance, byID map[string]*storyline.Article) {
	if len(us) == 0 {
		return
	}
	fmt.Fprintln(w, "\nQUOTES (by speaker)")
	order, by := []string{}, map[string][]storyline.Utterance{}
	for _, u := range us {
		if _, ok := by[u.Speaker]; !ok {
			order = append(order, u.Speaker)
		}
		by[u.Speaker] = append(by[u.Speaker], u)
	}
	for _, sp := range order {
		fmt.Fprintf(w, "  %s\n", speakerLabel(sp))
		for _, u := range by[sp] {
			note := "  (one source)"
			switch n := len(storyline.ByOutlet(u.Reports)); {
			case n == 1 && len(u.Reports) > 1:
				note = fmt.Sprintf("  (one source, %d articles, %s wording)", len(u.Reports), u.Wording)
			case n > 1:
				note = fmt.Sprintf("  (%d sources, %s wording)", n, u.Wording)
			}
			texts := make([]string, len(u.Reports))
			for i, r := range u.Reports {
				texts[i] = r.Spoken(byID[r.Article])
			}
			marked := u.OwnWords(texts)
			if marked != nil {
				note += "  «marked»: words the closest other report does not print"
			}
			fmt.Fprintf(w, "    •%s\n", note)
			for i, r := range u.Reports {
				text := quoted(texts[i])
				if marked != nil {
					text = "“" + markOwn(marked[i]) + "”"
				}
				fmt.Fprintf(w, "      %s %s\n", sourceColumn(r.Source), text)
			}
		}
	}
}

// writeSingleView lists what one source alone carries, by source: how many
// of its quotes (the QUOTES above show each; they are not printed twice),
// then its figures in full.
func writeSingleView(w io.Writer, c *storyline.Comparison) {
	groups := c.SingleBySource()
	if len(groups) == 0 {
		return
	}
	fmt.Fprintln(w, "\nONLY ONE SOURCE")
	for _, g := range groups {
		var parts []string
		if g.Quotes > 0 {
			parts = append(parts, plural(g.Quotes, "quote")+" (above)")
		}
		if g.Figures > 0 {
			parts = append(parts, plural(g.Figures, "figure"))
		}
		fmt.Fprintf(w, "  %s: %s\n", orDash(terminalText(g.Source)), strings.Join(parts, ", "))
		for _, it := range g.Items {
			if it.Kind != "quote" {
				fmt.Fprintf(w, "      %s\n", quoted(it.Text))
			}
		}
	}
}

// markOwn writes a report's pieces with its own words between « and »,
// made safe for the terminal and cut after storyViewRunes of its text as
// quoted cuts a report, a mark cut with it closed.
func markOwn(ps []storyline.WordPiece) string {
	var b strings.Builder
	left := storyViewRunes
	for _, p := range ps {
		text := []rune(terminalText(p.Text))
		cut := len(text) > left
		if cut {
			text = text[:left]
		}
		left -= len(text)
		if p.Own {
			b.WriteString("«" + string(text) + "»")
		} else {
			b.WriteString(string(text))
		}
		if cut {
			b.WriteString("…")
			break
		}
	}
	return b.String()
}

func writeFiguresView(w io.Writer, fs []storyline.Figure) {
	if len(fs) == 0 {
		return
	}
	fmt.Fprintln(w, "\nFIGURES (disagreements first)")
	for _, f := range fs {
		mark := "agree"
		if !f.Agree {
			mark = "DISAGREE"
		}
		vals := f.ByValue()
		fmt.Fprintf(w, "  %-8s %s  (%s over %s)\n", mark, terminalText(f.What), plural(len(vals), "value"), plural(len(f.Values), "article"))
		for _, v := range vals {
			fmt.Fprintf(w, "      %-14s %-12s %s\n", terminalText(v.Label()), plural(len(v.Reports), "article"), valueSources(v))
			if texts := v.Wordings(maxFigureTexts); texts != nil {
				fmt.Fprintf(w, "      %-14s %-12s %s\n", "", "", quotedList(texts))
			}
		}
	}
}

// maxFigureTexts bounds the distinct wordings shown for one value.
const maxFigureTexts = 3

// valueSources names the sources that state a value, and counts the
// articles that name none.
func valueSources(v storyline.StatedValue) string {
	var parts []string
	unsourced := 0
	for _, o := range storyline.ByOutlet(v.Reports) {
		if o.Source == "" {
			unsourced += o.Count
			continue
		}
		parts = append(parts, terminalText(o.Source))
	}
	if unsourced > 0 {
		parts = append(parts, fmt.Sprintf("%d without a source", unsourced))
	}
	return strings.Join(parts, ", ")
}

// quotedList quotes each of texts, joined by commas.
func quotedList(texts []string) string {
	q := make([]string, len(texts))
	for i, t := range texts {
		q[i] = quoted(t)
	}
	return strings.Join(q, ", ")
}

// sourceWidth is the width of the source column beside quotes and figures:
// most hosts fit ("washingtontimes.com"); a longer one is cut so that the
// column stays straight.
const sourceWidth = 20

// sourceColumn is a source (or "-") cut or padded to sourceWidth runes.
func sourceColumn(source string) string {
	s := []rune(orDash(terminalText(source)))
	if len(s) > sourceWidth {
		s = append(s[:sourceWidth-1], '…')
	}
	return string(s) + strings.Repeat(" ", sourceWidth-len(s))
}

// outletName shows a source with the display name its pages give beside it.
func outletName(source string, byID map[string]*storyline.Article, ids []string) string {
	if source == "" {
		return "(no source named)"
	}
	for _, id := range ids {
		if a := byID[id]; a != nil && a.Publisher != "" && a.Publisher != source {
			return terminalText(source) + " (" + terminalText(a.Publisher) + ")"
		}
	}
	return terminalText(source)
}

func datesOf(s *storyline.Story) string {
	if s.LastPublished != "" && s.LastPublished != s.FirstPublished {
		return s.FirstPublished + " to " + s.LastPublished
	}
	return s.FirstPublished
}

// provenance names where a line of the timeline comes from: the article's
// source, else its id.
func provenance(a *storyline.Article, id string) string {
	if a != nil && a.Source != "" {
		return a.Source
	}
	return id
}

func quoted(s string) string { return "“" + clip(terminalText(s)) + "”" }

func clip(s string) string {
	if r := []rune(s); len(r) > storyViewRunes {
		return string(r[:storyViewRunes]) + "…"
	}
	return s
}

// speakerLabel heads a speaker's quotes: the name, or "Unattributed" for
// the quotes no one is named for, as the web UI's story page heads them.
func speakerLabel(sp string) string {
	if sp == "" {
		return "Unattributed"
	}
	return orDash(terminalText(sp))
}
