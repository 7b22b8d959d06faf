package web

import (
	"context"
	"net/http"
	"net/url"
	"sort"
	"strings"

	"github.com/storyline-news/storyline"
)

// homeSize is how many stories the home page lists at once.
const homeSize = 30

type storyRow struct {
	ID, Title, First, Last string
	Size                   int
	Sources                []string
}

// storyRows lists stories by their headings: a story whose articles have
// no headline is named by its first article's opening words, as the story
// page and the stories command name it (one article read each), and by its
// id only when that article cannot be read.
func (u *ui) storyRows(ctx context.Context, stories []*storyline.Story) []storyRow {
	rows := make([]storyRow, len(stories))
	for i, s := range stories {
		rows[i] = storyRow{ID: s.ID, Title: s.Title, First: s.FirstPublished, Last: s.LastPublished,
			Size: len(s.Articles), Sources: s.Sources}
		if rows[i].Title == "" && len(s.Articles) > 0 {
			if a, err := u.s.opt.Store.Article(ctx, s.Articles[0]); err == nil {
				rows[i].Title = s.Heading(a)
			}
		}
		if rows[i].Title == "" {
			rows[i].Title = s.ID
		}
	}
	return rows
}

type homePage struct {
	Title   string
	Stories []storyRow
	Total   int
	Next    string
}

func (u *ui) home(r *http.Request) (string, any, error) {
	p, err := u.s.opt.Store.Stories(r.Context(), storyline.Query{Limit: homeSize, Cursor: r.URL.Query().Get("cursor")})
	if err != nil {
		return "", nil, err
	}
	next := ""
	if p.Next != "" {
		next = "/?" + url.Values{"cursor": {p.Next}}.Encode()
	}
	return "home", homePage{Title: "Latest stories", Stories: u.storyRows(r.Context(), p.Stories), Total: p.Total, Next: next}, nil
}

type storyPage struct {
	Title      string
	Story      *storyline.Story
	Articles   []*storyline.Article
	Speakers   []speakerQuotes
	Comparison *storyline.Comparison
	Coverage   coverage
	Timeline   []timelineRow
	Figures    []figureRow
	Single     []storyline.SourceItems
	Related    []storyRow
	RelatedBy  string
	Storyline  []storyRow
}

// figureRow is one figure on a story page: what it counts, whether its
// sources agree, and its values, each with a bar as long as its share of
// the figure's statements: which value most articles give is seen at once.
type figureRow struct {
	What   string
	Agree  bool
	Values []valueRow
}

// valueRow is one value of a figure: how many statements give it, a bar
// for their share, the sources that give it (each once, with the first
// article that does) and its wordings.
type valueRow struct {
	Value   string
	Count   int
	Bar     float64 // in SVG units, of figureBarWidth
	Sources []storyline.OutletReports
	Texts   []string
}

// figureBarWidth is the length of a bar for all of a figure's statements;
// maxValueTexts bounds the wordings shown for one value.
const (
	figureBarWidth = 100
	maxValueTexts  = 3
)

func figureRows(fs []storyline.Figure) []figureRow {
	var out []figureRow
	for _, f := range fs {
		row := figureRow{What: f.What, Agree: f.Agree}
		for _, v := range f.ByValue() {
			row.Values = append(row.Values, valueRow{Value: v.Label(), Count: len(v.Reports),
				Bar: figureBarWidth * float64(len(v.Reports)) / float64(len(f.Values)), Texts: v.Wordings(maxValueTexts),
				Sources: storyline.ByOutlet(v.Reports)})
		}
		out = append(out, row)
	}
	return out
}

// speakerQuotes are one speaker's utterances, each with every outlet's wording.
type speakerQuotes struct {
	Speaker    string
	Utterances []utterance
}

type utterance struct {
	Wording string
	Reports []report
	// Marked: its reports' own words are marked (storyline.OwnWords).
	Marked bool
}

type report struct {
	Article, Source, Text string
	// Pieces is Text with the words the closest other report lacks marked
	// (storyline.OwnWords), for an utterance printed in different words; nil else.
	Pieces []storyline.WordPiece
}

// timelineRow is one line of a story's timeline as the page shows it: the
// clause with the date expression marked in it, and the outlet it comes
// from.
type timelineRow struct {
	Date, Before, Expr, After string
	Article, Label            string
	// Also counts the other articles that print the clause word for word.
	Also int
}

// timelineRows splits each entry's clause around its date expression (the
// clause alone when it does not hold it) and labels it with the source of
// its article (its id when it has none).
func timelineRows(tl []storyline.TimelineEvent, arts []*storyline.Article) []timelineRow {
	source := make(map[string]string, len(arts))
	for _, a := range arts {
		source[a.ID] = a.Source
	}
	out := make([]timelineRow, len(tl))
	for i, e := range tl {
		r := timelineRow{Date: e.Date, Article: e.Article, Label: source[e.Article], Before: e.What, Also: len(e.Also)}
		if r.Label == "" {
			r.Label = e.Article
		}
		if e.What == "" {
			r.Before = e.Text
		} else if before, after, ok := strings.Cut(e.What, e.Text); ok && e.Text != "" {
			r.Before, r.Expr, r.After = before, e.Text, after
		}
		out[i] = r
	}
	return out
}

// relatedSize is how many stories sharing the main entity a story page lists.
const relatedSize = 8

func (u *ui) story(r *http.Request) (string, any, error) {
	ctx := r.Context()
	st, err := u.s.opt.Store.Story(ctx, r.PathValue("id"))
	if err != nil {
		return "", nil, err
	}
	arts, err := u.s.storyArticles(ctx, st)
	if err != nil {
		return "", nil, err
	}
	if u.s.opt.FillStory != nil {
		u.s.opt.FillStory(st, arts)
	}
	sort.SliceStable(arts, func(i, j int) bool { return arts[i].Published < arts[j].Published })
	p := storyPage{Title: st.Title, Story: st, Articles: arts, Comparison: st.Comparison,
		Coverage: coverageChart(arts, st.Timeline)}
	if len(arts) > 0 {
		p.Title = st.Heading(arts[0])
	}
	if p.Title == "" {
		p.Title = st.ID
	}
	p.Speakers = speakers(st.Comparison, arts)
	p.Timeline = timelineRows(st.Timeline, arts)
	if st.Comparison != nil {
		p.Figures = figureRows(st.Comparison.Figures)
		p.Single = st.Comparison.SingleBySource()
	}
	if len(st.Entities) > 0 {
		p.RelatedBy = st.Entities[0]
		rel, err := u.s.opt.Store.Stories(ctx, storyline.Query{Entity: p.RelatedBy, Limit: relatedSize + 1})
		if err != nil {
			return "", nil, err
		}
		for _, o := range rel.Stories {
			switch {
			case o.ID == st.ID:
			case st.Storyline != "" && o.Storyline == st.Storyline:
				p.Storyline = append(p.Storyline, u.storyRows(ctx, []*storyline.Story{o})...)
			default:
				p.Related = append(p.Related, u.storyRows(ctx, []*storyline.Story{o})...)
			}
		}
	}
	return "story", p, nil
}

// speakers groups a story's quotes by speaker: from the comparison when the
// story has one (utterances matched across outlets), else each article's
// quotes as they stand.
func speakers(c *storyline.Comparison, arts []*storyline.Article) []speakerQuotes {
	index := map[string]int{}
	var out []speakerQuotes
	add := func(speaker string, u utterance) {
		if speaker == "" {
			speaker = "Unattributed"
		}
		i, ok := index[speaker]
		if !ok {
			i = len(out)
			index[speaker] = i
			out = append(out, speakerQuotes{Speaker: speaker})
		}
		out[i].Utterances = append(out[i].Utterances, u)
	}
	if c != nil && len(c.Quotes) > 0 {
		byID := make(map[string]*storyline.Article, len(arts))
		for _, a := range arts {
			byID[a.ID] = a
		}
		for _, q := range c.Quotes {
			u := utterance{Wording: string(q.Wording)}
			var texts []string
			for _, rep := range q.Reports {
				u.Reports = append(u.Reports, report{Article: rep.Article, Source: rep.Source, Text: rep.Spoken(byID[rep.Article])})
				texts = append(texts, u.Reports[len(u.Reports)-1].Text)
			}
			for i, ps := range q.OwnWords(texts) {
				u.Reports[i].Pieces, u.Marked = ps, true
			}
			add(q.Speaker, u)
		}
		return out
	}
	for _, a := range arts {
		for _, q := range storyline.JoinQuoteParts(a.Quotes) {
			add(q.Speaker, utterance{Reports: []report{{Article: a.ID, Source: a.Source, Text: q.Text}}})
		}
	}
	return out
}

type articlePage struct {
	Title      string
	Article    *storyline.Article
	Segments   []segment
	Duplicates []string
	StoryTitle string
}

func (u *ui) article(r *http.Request) (string, any, error) {
	ctx := r.Context()
	a, err := u.s.opt.Store.Article(ctx, r.PathValue("id"))
	if err != nil {
		return "", nil, err
	}
	p := articlePage{Title: a.Heading(), Article: a, Segments: highlight(a)}
	if p.Title == "" {
		p.Title = a.ID
	}
	if a.Story != "" {
		st, err := u.s.opt.Store.Story(ctx, a.Story)
		if err != nil && storyline.ErrorCode(err) != storyline.ENOTFOUND {
			return "", nil, err
		}
		if st != nil {
			p.StoryTitle = st.Title
			arts, err := u.s.storyArticles(ctx, st)
			if err != nil {
				return "", nil, err
			}
			for _, o := range arts {
				if o.DuplicateOf == a.ID {
					p.Duplicates = append(p.Duplicates, o.ID)
				}
			}
		}
	}
	return "article", p, nil
}

type entityPage struct {
	Title   string
	Entity  *storyline.Entity
	Aliases []storyline.Alias
	Chart   chart
	Stories []storyRow
	More    bool
	Quotes  []storyline.QuoteRecord
	// MoreQuotes: the speaker has more than the entityQuotes newest shown.
	MoreQuotes bool
	Articles   int
	Partial    bool // the chart counts only the newest articles
}

// entityStories is how many stories an entity page lists, and entityQuotes
// how many of its quotes (the newest). Its chart counts the newest
// storyline.MaxLimit articles, so the page of a very common name stays
// fast (the page says so when it shows fewer than all): a store of a
// thousand articles gave one speaker 275 quotes, and a page grows with them.
const (
	entityStories = 50
	entityQuotes  = 100
)

func (u *ui) entity(r *http.Request) (string, any, error) {
	ctx := r.Context()
	e, err := u.s.opt.Store.Entity(ctx, r.PathValue("name"))
	if err != nil {
		return "", nil, err
	}
	p := entityPage{Title: e.Name, Entity: e, Aliases: e.SortedAliases()}
	res, err := u.s.opt.Store.Search(ctx, storyline.Query{Entity: e.Name, Limit: storyline.MaxLimit})
	if err != nil {
		return "", nil, err
	}
	dates := make([]string, len(res.Hits))
	for i, h := range res.Hits {
		dates[i] = h.Published
	}
	p.Chart, p.Articles, p.Partial = weeklyChart(dates), res.Total, res.Next != ""
	st, err := u.s.opt.Store.Stories(ctx, storyline.Query{Entity: e.Name, Limit: entityStories})
	if err != nil {
		return "", nil, err
	}
	p.Stories, p.More = u.storyRows(ctx, st.Stories), st.Next != ""
	if p.Quotes, err = u.s.opt.Store.Quotes(ctx, storyline.QuoteQuery{Speaker: e.Name, Limit: entityQuotes + 1}); err != nil {
		return "", nil, err
	}
	if p.MoreQuotes = len(p.Quotes) > entityQuotes; p.MoreQuotes {
		p.Quotes = p.Quotes[:entityQuotes]
	}
	return "entity", p, nil
}

type searchPage struct {
	Title   string
	Query   storyline.Query
	Hits    []hitView
	Total   int
	Next    string
	Facets  []facetView
	Filters []activeFilter
}

type hitView struct {
	storyline.SearchHit
	Parts []snippetPart
}

type facetView struct {
	Name  string
	Items []facetItem
}

type facetItem struct {
	Value, URL string
	Count      int
}

type activeFilter struct {
	Name, Value, RemoveURL string
}

func (u *ui) search(r *http.Request) (string, any, error) {
	q, err := query(r)
	if err != nil {
		return "", nil, storyline.Errorf(storyline.EINVALID, "%v", err)
	}
	res, err := u.s.opt.Store.Search(r.Context(), q)
	if err != nil {
		return "", nil, err
	}
	p := searchPage{Title: "Search", Query: q, Total: res.Total}
	if q.Text != "" {
		p.Title = "Search: " + q.Text
	}
	for _, h := range res.Hits {
		p.Hits = append(p.Hits, hitView{h, snippetParts(h.Snippet)})
	}
	base := r.URL.Query()
	base.Del("cursor")
	with := func(key, value string) string {
		v := url.Values{}
		for k, vs := range base {
			v[k] = vs
		}
		if value == "" {
			v.Del(key)
		} else {
			v.Set(key, value)
		}
		return "/search?" + v.Encode()
	}
	if res.Next != "" {
		p.Next = with("cursor", res.Next)
	}
	for _, f := range []struct {
		name, key string
		counts    []storyline.FacetCount
		month     bool
	}{
		{"Source", "source", res.Facets.Source, false},
		{"Entity", "entity", res.Facets.Entity, false},
		{"Month", "", res.Facets.Published, true},
	} {
		fv := facetView{Name: f.name}
		for _, c := range f.counts {
			link := ""
			if f.month {
				link = withMonth(base, c.Value)
			} else {
				link = with(f.key, c.Value)
			}
			fv.Items = append(fv.Items, facetItem{Value: c.Value, Count: c.Count, URL: link})
		}
		p.Facets = append(p.Facets, fv)
	}
	for _, f := range []struct{ name, key, value string }{
		{"source", "source", q.Source}, {"entity", "entity", q.Entity}, {"from", "from", q.From}, {"to", "to", q.To},
	} {
		if f.value != "" {
			p.Filters = append(p.Filters, activeFilter{f.name, f.value, with(f.key, "")})
		}
	}
	return "search", p, nil
}

// withMonth narrows a search to one month (from and to both that month).
func withMonth(base url.Values, month string) string {
	v := url.Values{}
	for k, vs := range base {
		v[k] = vs
	}
	v.Set("from", month)
	v.Set("to", month)
	return "/search?" + v.Encode()
}
