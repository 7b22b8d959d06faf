package extract

import (
	"encoding/json"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

func TestLDAuthors(t *testing.T) {
	tests := []struct {
		script string
		want   []string
	}{
		{`{"@type":"NewsArticle","author":{"@type":"Person","name":"Ilse Varga"}}`, []string{"Ilse Varga"}},
		{`{"author":[{"name":"A B"},{"name":"C D"}]}`, []string{"A B", "C D"}},
		{`{"@graph":[{"@type":"WebPage"},{"@type":"Article","author":"E F"}]}`, []string{"E F"}},
		{`{"@graph":[{"@type":"Article","author":{"@id":"#ilse"}},{"@type":"Person","@id":"#ilse","name":"Ilse Varga"}]}`, []string{"Ilse Varga"}},
		{`{"@graph":[{"@type":"Article","author":[{"@id":"#a"},{"@id":"#b"}]},{"@id":"#a","name":"A B"},{"@id":"#b","name":"C D"}]}`, []string{"A B", "C D"}},
		{`{"author":{"@id":"#nobody"}}`, nil},
		{`{"@graph":[{"@type":"Article","author":"https://x.example/#kh"},{"@id":"https://x.example/#kh","name":"Karoline Herr"}]}`, []string{"Karoline Herr"}},
		{`[{"author":"https://x.example/author/kh"},{"author":"Ilse Varga"}]`, []string{"Ilse Varga"}},
		{`{"author": broken`, nil},
	}
	for _, tt := range tests {
		if got := ldAuthors(tt.script); !slices.Equal(got, tt.want) {
			t.Errorf("ldAuthors(%s) = %q, want %q", tt.script, got, tt.want)
		}
	}
}

const bylinePage = `<html><head>
<meta name="author" content="Ilse Varga">
<meta property="article:author" content="https://social.example/ilse">
<script type="application/ld+json">{"@type":"NewsArticle","author":[{"name":"Ilse Varga"},{"name":"Tom Brandt"}]}</script>
</head><body><h1>Harbour strike ends</h1>
<p class="article-byline">By Ilse Varga and Tom Brandt</p>
<span itemprop="author" itemscope><span itemprop="name">Ilse Varga</span></span>
<p>The strike ended on Wednesday.</p></body></html>`

func TestBylineCandidates(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(bylinePage))
	if err != nil {
		t.Fatal(err)
	}
	got := map[bylineSource][]string{}
	for _, c := range bylineCandidates(doc, pageMeta{author: "Ilse Varga"}) {
		got[bylineSource(c.src)] = append(got[bylineSource(c.src)], c.text)
	}
	want := map[bylineSource][]string{
		bylTrafilatura: {"Ilse Varga"},
		bylMeta:        {"Ilse Varga"},
		bylLD:          {"Ilse Varga; Tom Brandt"},
		bylClass:       {"Ilse Varga and Tom Brandt"}, // "By" is not part of the names
		bylByLine:      {"Ilse Varga and Tom Brandt"},
		bylItemprop:    {"Ilse Varga"},
	}
	for src, w := range want {
		if !slices.Equal(got[src], w) {
			t.Errorf("source %d: %q, want %q", src, got[src], w)
		}
	}
	if len(got[bylArticle]) != 0 {
		t.Errorf("an article:author URL was taken for a name: %q", got[bylArticle])
	}
}

func TestBylineLabelAndComments(t *testing.T) {
	tests := []struct {
		name, body string
		want       map[bylineSource][]string
	}{
		{"label then names", `<p><b>Von:</b> <br> Götz Warnke</p>`, map[bylineSource][]string{bylLabel: {"Götz Warnke"}}},
		{"definition list", `<dl><dt>Autor/in</dt><dd>Julius Richter</dd></dl>`, map[bylineSource][]string{bylLabel: {"Julius Richter"}}},
		{"label in its own element", `<p class="label"><strong>By</strong></p><div><p>Todd Bates</p></div>`, map[bylineSource][]string{bylLabel: {"Todd Bates"}}},
		{"a label word inside a sentence is none", `<p>Written by hand.</p><p>Ilse Varga</p>`, map[bylineSource][]string{}},
		{"readers' comments", `<div class="comments"><span class="comment-author">Aylin</span><p>By</p><p>Tom</p></div><span class="author">Ilse Varga</span>`,
			map[bylineSource][]string{bylClass: {"Ilse Varga"}, bylClassFirst: {"Ilse Varga"}}},
		{"a body's class speaks of the page", `</body><body class="single showing-comments"><span class="author">Ilse Varga</span>`,
			map[bylineSource][]string{bylClass: {"Ilse Varga"}, bylClassFirst: {"Ilse Varga"}}},
		{"label and names in one text", `<p>Auteur : Kossivi Tiassou</p>`, map[bylineSource][]string{bylLabel: {"Kossivi Tiassou"}}},
		{"twitter label and datum", `<meta name="twitter:label1" content="Verfasst von"><meta name="twitter:data1" content="Karoline Herr">` +
			`<meta name="twitter:label2" content="Lesezeit"><meta name="twitter:data2" content="3 Minuten">`,
			map[bylineSource][]string{bylTwitterData: {"Karoline Herr"}}},
		{"first text of an author box", `<div class="author-box"><img alt=""><div>Johanna Kropfitsch</div><p>Johanna writes about travel, food and the people she meets on the way.</p></div>`,
			map[bylineSource][]string{bylClassFirst: {"Johanna Kropfitsch"}}},
		{"a date in an author box is no name", `<span class="author-date">30/10/23</span><span class="author">Ilse Varga</span>`,
			map[bylineSource][]string{bylClass: {"Ilse Varga"}, bylClassFirst: {"Ilse Varga"}}},
		{"names in children", `<div class="byline"><a>Ibtisam Mahdi</a>, <a>Ruwaida Kamal Amer</a></div>`,
			map[bylineSource][]string{bylClass: {"Ibtisam Mahdi, Ruwaida Kamal Amer"}, bylClassFirst: {"Ibtisam Mahdi"}}},
		{"cleaned of its role and handle", `<span class="author">Text &amp; Fotos: Ivan Valetny @ivan</span>`,
			map[bylineSource][]string{bylClass: {"Text & Fotos: Ivan Valetny @ivan", "Ivan Valetny"},
				bylClassFirst: {"Text & Fotos: Ivan Valetny @ivan", "Ivan Valetny"}, bylCleaned: {"Ivan Valetny", "Ivan Valetny"}}},
		{"a name alone after the date is none", `<p class="text-muted">11.12.2019 - Amelie Loevenich</p>`, map[bylineSource][]string{}},
		{"a capitalised cue after the date", `<p>12.03.2020 By John Smith</p>`, map[bylineSource][]string{bylByLine: {"John Smith"}}},
		{"a cue after the date and time", `<span>06.11.2023 13:30 von Olga</span>`, map[bylineSource][]string{bylByLine: {"Olga"}}},
		{"a label after a separator", `<span>-&nbsp;Redaktion: Eberhard Fuhr (Pressesprecher des EJW)</span>`,
			map[bylineSource][]string{bylLabel: {"Eberhard Fuhr (Pressesprecher des EJW)", "Eberhard Fuhr"}, bylCleaned: {"Eberhard Fuhr"}}},
		{"a date alone, a sentence after a date", `<p>12. März 2021</p><p>3. Mai 2020 fiel der Startschuss für das Projekt.</p>`, map[bylineSource][]string{}},
		{"a label ending in a cue", `<h4 class="author">Veröffentlicht von <a class="author"><strong class="fn">SeglerBlog</strong></a></h4>`,
			map[bylineSource][]string{bylClass: {"Veröffentlicht von SeglerBlog"}, bylClassFirst: {"SeglerBlog"}}},
		{"a label and a date in an author box", `<div class="authorWrapper"><p><span>Stand: </span><span>20. April 2020, </span><span>14:57 Uhr</span></p></div>`, map[bylineSource][]string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><body>" + tt.body + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			got := map[bylineSource][]string{}
			for _, c := range bylineCandidates(doc, pageMeta{}) {
				got[bylineSource(c.src)] = append(got[bylineSource(c.src)], c.text)
			}
			if len(got) != len(tt.want) {
				t.Errorf("candidates %v, want %v", got, tt.want)
			}
			for src, w := range tt.want {
				if !slices.Equal(got[src], w) {
					t.Errorf("source %d: %q, want %q", src, got[src], w)
				}
			}
		})
	}
}

// TestBylinePrepositionsAreLabels: each of bylinePrepositions alone is a
// byline label, as reBylineLabel reads one.
func TestBylinePrepositionsAreLabels(t *testing.T) {
	for _, w := range bylinePrepositions {
		if !isBylineLabel(w) || !endsInCue("Veröffentlicht "+strings.ToUpper(w)) {
			t.Errorf("%q: label %v, ends a label %v", w, isBylineLabel(w), endsInCue("Veröffentlicht "+strings.ToUpper(w)))
		}
	}
	if endsInCue("Max Muster, Autor") || endsInCue("Ilse Varga") {
		t.Error("a name, or a name with its role, taken for a label")
	}
}

func TestAfterDate(t *testing.T) {
	tests := []struct {
		text, rest string
		dated      bool
	}{
		{"11.12.2019 - Amelie Loevenich", "Amelie Loevenich", true},
		{"06.11.2023 13:30 von Olga", "von Olga", true},
		{"06.11.2023 13:30 Hans Meier", "Hans Meier", true},
		{"06.11.2023 13:30 Amelie Loevenich", "Amelie Loevenich", true},
		{"06.11.2023 13:30:05 Uhr - Amelie Loevenich", "Amelie Loevenich", true},
		{"12.03.2020 1:30 p.m. John Smith", "John Smith", true},
		{"November 8, 2023 | 6:03 pm Logan C. Ritchie", "November 8, 2023 | 6:03 pm Logan C. Ritchie", false},
		{"8 November 2023, 18:03 Uhr · Logan C. Ritchie", "Logan C. Ritchie", true},
		{"12. März 2021", "", true},
		{"30 Jahre Feuerwehr", "30 Jahre Feuerwehr", false},
		{"Ilse Varga", "Ilse Varga", false},
	}
	for _, tt := range tests {
		if rest, dated := afterDate(tt.text); rest != tt.rest || dated != tt.dated {
			t.Errorf("afterDate(%q) = %q, %v; want %q, %v", tt.text, rest, dated, tt.rest, tt.dated)
		}
	}
}

func TestCleanByline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Text & Fotos: Ivan Valetny", "Ivan Valetny"},
		{"Williams Perdomo @wperdomod", "Williams Perdomo"},
		{"Eberhard Fuhr (Pressesprecher des EJW)", "Eberhard Fuhr"},
		{"Jacobo Betancur Peláez | Publicado hace 3 horas", "Jacobo Betancur Peláez"},
		{"abgelegt unter: Weltweit", "abgelegt unter: Weltweit"}, // no role: lower case
		{"Ibtisam Mahdi, Ruwaida Kamal Amer", "Ibtisam Mahdi, Ruwaida Kamal Amer"},
		{"@handle", "@handle"},
		{"Janic Cathomen, 01.12.2021", "Janic Cathomen"},
	}
	for _, tt := range tests {
		if got := cleanByline(tt.in); got != tt.want {
			t.Errorf("cleanByline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPersonShaped(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Ilse Varga", true},
		{"Logan C. Ritchie", true},
		{"Ilse", false},
		{"Ilse Varga and Tom Brandt", false},
		{"Deutsche Welle (www.dw.com)", false},
		{"ilse varga", false},
		{"Marianne1 Varga", false},
	}
	for _, tt := range tests {
		if got := personShaped(tt.text); got != tt.want {
			t.Errorf("personShaped(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestBylineNoLetter(t *testing.T) {
	texts := []choiceText{{text: "«", srcs: make([]bool, numBylineSources)}, {text: "Ilse Varga", srcs: make([]bool, numBylineSources)}}
	k := int(numBylineSources) + 8
	if f := bylineFeatures(texts, 0); f[k] != 1 {
		t.Errorf("%q: no-letter feature %v, want 1", texts[0].text, f[k])
	}
	if f := bylineFeatures(texts, 1); f[k] != 0 {
		t.Errorf("%q: no-letter feature %v, want 0", texts[1].text, f[k])
	}
}

func TestChooseByline(t *testing.T) {
	var m FieldModel
	if err := json.Unmarshal(bylineJSON, &m); err != nil || !m.fits(bylineFeatureCount) {
		t.Fatalf("embedded byline model does not fit this build (features %d, want %d): %v; run storyline train byline", m.Features, bylineFeatureCount, err)
	}
	tests := []struct {
		name, page, trafilatura, want string
	}{
		{"agreement", `<html><head><meta name="author" content="Ilse Varga"></head><body><p class="byline">By Ilse Varga</p></body></html>`, "Ilse Varga", "Ilse Varga"},
		{"nothing", `<html><body><p>x</p></body></html>`, "", ""},
		{"a date in the author box, its label cut", `<html><body><div class="authorWrapper"><p><span>Stand: </span><span>20. April 2020, </span><span>14:57 Uhr</span></p></div><p>x</p></body></html>`, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			if got := FieldByline.choose(bylineCandidates(doc, pageMeta{author: tt.trafilatura}), m); got != tt.want {
				t.Errorf("byline %q, want %q", got, tt.want)
			}
		})
	}
}

// TestClassIDIsJoinedLower holds classID.has to what it replaces:
// the class and id joined by a space, lowered, then searched.
func TestClassIDIsJoinedLower(t *testing.T) {
	joined := func(n *html.Node, word string) bool {
		return strings.Contains(strings.ToLower(attr(n, "class")+" "+attr(n, "id")), word)
	}
	cases := []struct{ class, id string }{
		{"", ""}, {"comments", ""}, {"", "Comment-list"}, {"com", "ment"}, {"entry-AUTHOR", "x"},
		{"by", "line"}, {"post-byline", ""}, {"Author\xff", "\xffbyline"}, {"İauthor", "Kelvin\u212a"},
		{"autHor byline", "COMMENT"}, {"comment ", " author"}, {"a\u00a0uthor", "by\tline"},
	}
	for _, c := range cases {
		n := &html.Node{Type: html.ElementNode, Data: "div"}
		if c.class != "" {
			n.Attr = append(n.Attr, html.Attribute{Key: "class", Val: c.class})
		}
		if c.id != "" {
			n.Attr = append(n.Attr, html.Attribute{Key: "id", Val: c.id})
		}
		for _, word := range []string{"author", "byline", "comment"} {
			if got, want := lowerClassID(n).has(word), joined(n, word); got != want {
				t.Errorf("class %q id %q word %q: %v, joined and lowered %v", c.class, c.id, word, got, want)
			}
		}
	}
}

// TestBylineInitialsCoverExpressions holds bylineInitial, the shortcut
// before the byline expressions, to them: every word they open with
// starts with one of bylineInitials, whose case folds are all ASCII, so a
// text the shortcut turns away matches none of them.
func TestBylineInitialsCoverExpressions(t *testing.T) {
	for _, re := range []*regexp.Regexp{reBylineLabel(), reLabelledByline(), reByline()} {
		parsed, err := syntax.Parse(re.String(), syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range firstRunes(t, parsed) {
			if !bylineInitial(byte(r)) || r >= utf8.RuneSelf {
				t.Errorf("%s may start with %q, not among %q", re, r, bylineInitials)
			}
		}
	}
	for _, c := range bylineInitials {
		for f := unicode.SimpleFold(c); f != c; f = unicode.SimpleFold(f) {
			if f >= utf8.RuneSelf {
				t.Errorf("%q folds to %q, which the shortcut turns away", c, f)
			}
		}
	}
	for _, s := range []string{"By Ilse Varga", "von: Götz", "Autor: X", "Redaktion: Y", "TEXT", "Éditorial", "Kelvin", "\u212aby", "sby", "1 by", " by"} {
		matched := reBylineLabel().MatchString(s) || reLabelledByline().MatchString(s) || reByline().MatchString(s)
		if matched && !bylineInitial(s[0]) {
			t.Errorf("%q matches an expression but the shortcut turns it away", s)
		}
	}
}

// firstRunes lists the runes a match of re can start with, for the
// shapes the byline expressions have (an anchor, then literals,
// alternations and groups).
func firstRunes(t *testing.T, re *syntax.Regexp) []rune {
	switch re.Op {
	case syntax.OpLiteral:
		return []rune{unicode.ToLower(re.Rune[0])}
	case syntax.OpCapture:
		return firstRunes(t, re.Sub[0])
	case syntax.OpAlternate:
		var out []rune
		for _, sub := range re.Sub {
			out = append(out, firstRunes(t, sub)...)
		}
		return out
	case syntax.OpConcat:
		subs := re.Sub
		for len(subs) > 0 && (subs[0].Op == syntax.OpBeginText || subs[0].Op == syntax.OpBeginLine) {
			subs = subs[1:]
		}
		return firstRunes(t, subs[0])
	case syntax.OpCharClass:
		var out []rune
		for i := 0; i < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				out = append(out, unicode.ToLower(r))
			}
		}
		return out
	}
	t.Fatalf("unexpected %v in %s", re.Op, re)
	return nil
}
