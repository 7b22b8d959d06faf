package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/storyline-news/storyline/sharedtest"
)

// The shortcuts taken for speed must give what the plain code gives: these
// tests hold each against the code it stands for.

// speedTexts are lines that exercise the shortcuts: dates of every
// pattern, marks at word edges, text outside ASCII, invalid UTF-8.
var speedTexts = []string{
	"", "2024", "in 2020 the harbour", "Published 2024-03-05 10:00", "2024/03/05",
	"March 5, 2024", "5th of March 2024", "5. März 2024", "05.03.2024", "5.3. 2024",
	"3/5/2024", "13/5/2024", "le 5 mars 2024 à Paris", "5 de marzo de 2024",
	"Sept. 30th, 2023 | 12:44", "1999-12-31T23:59", "12345678 2021", "a-b/c.d 7 2022",
	"„Zitat“ (Reuters) «dit» — 2021", "\xff\xfe 2022-01-02 \xff", "By Anna Berg, 2. Februar 2022",
	"Tanja Karrasch3.11.2023", "2100-01-01 and 1989-12-31", "Ⅻ 2023 ２０２３",
	"MÄRZ 5, 2024", "5. MÄRZ\n2024", "Dezember.,\t2024 1", "1 декабря 2020", "xMarch 5, 2024", "SeptemberMarch 5 2024",
	"5 Marchx 2024", "since 12 2020", "2023年 12月 31日", "2023 년 1 월 2 일", "2024-03-05", "x2024-03-05T1", "2024-3-05", "2024 -03-05", "12024-03-055", "5.\t3.2024", "5. 3. 2024", "5 .3.2024", "12.\n11.\n2020", "5 mars de 2024", "Jan.\f3 2021", "1 de Octubre de 2021", "4 Sept 2020", "9 يناير 2020",
	"2020. január 14.", "2020 m. rugpjūčio 14 d.", "1er janvier 2020", "14 października 2020", "1º de maio de 2020", "25 հոկտեմբերի 2020", "2020. 14.",
}

// plainDatesIn is findDatesIn with every pattern run on every text.
func plainDatesIn(s string) []dateHit {
	return datesWith(s, dateMarks{dash: true, slash: true, dot: true, day: true, month: true, cjk: true})
}

// devLines are the lines of the dev text dumps, when ../shared lends them.
func devLines(t *testing.T) []string {
	var out []string
	for _, text := range sharedtest.Texts(t, filepath.Join("data", "extraction", "text"), "*.txt", 0) {
		for _, l := range splitLines(text) {
			out = append(out, l.text)
		}
	}
	return out
}

func TestFindDatesInSkipsOnlyWhatCannotMatch(t *testing.T) {
	check := func(s string) {
		if got, want := findDatesIn(s), plainDatesIn(s); !slices.Equal(got, want) {
			t.Errorf("findDatesIn(%q) = %v, every pattern run gives %v", s, got, want)
		}
	}
	for _, s := range speedTexts {
		check(s)
	}
	if testing.Short() {
		return
	}
	for _, s := range devLines(t) {
		// the windows findDates hands it
		for _, y := range years(s) {
			check(s[startOfRune(s, max(0, y-32)):min(len(s), y+10)])
		}
	}
}

func TestLineDateHitsAreFindDates(t *testing.T) {
	for _, s := range speedTexts {
		if s == "" {
			continue
		}
		l := measure(s)
		if got, want := l.dateHits(), findDates(s); !slices.Equal(got, want) {
			t.Errorf("measure(%q).dateHits() = %v, findDates gives %v", s, got, want)
		}
	}
}

func TestEdgeSetTrimIsTrimFunc(t *testing.T) {
	words := []string{"", ".", "„Wort“", "(Berlin),", "...x...", "«»", "“", "\xff.", ".\xff", "a.b", "**bold**", "'tis'", "|Menü|", "Ö.", "/a/"}
	for _, set := range []*edgeSet{wordEdges, nameEdges} {
		for _, w := range append(words, speedTexts...) {
			want := strings.TrimFunc(w, func(r rune) bool { return strings.ContainsRune(set.marks, r) })
			if got := set.trim(w); got != want {
				t.Errorf("trim(%q) with %q = %q, TrimFunc gives %q", w, set.marks, got, want)
			}
		}
	}
}

func TestBylineWordClassIsTheLists(t *testing.T) {
	words := []string{"By", "VON", "von", "Und", "&", "de", "Door", "Geschrieben", "Redakteurin", "x", "", "Bÿ", "redakteurinnenbüro", "AUTHORAUTHORAUTHOR", "\u212Aey"}
	for w := range bylineCues {
		words = append(words, w, strings.ToUpper(w))
	}
	for _, w := range words {
		low := strings.ToLower(w)
		var want uint8
		if bylineCues[low] {
			want |= bwCue
		}
		if nameJoins[low] {
			want |= bwJoin
		}
		if nameParticles[low] {
			want |= bwParticle
		}
		if got := bylineWordClass(w); got != want {
			t.Errorf("bylineWordClass(%q) = %b, the lists say %b", w, got, want)
		}
	}
}

func TestSuffixDotHoldsEveryDomain(t *testing.T) {
	words := []string{"SpaceWar.com", "bbc.co.uk", "example.ORG", "end.", "a.b", "news.com.au", "x.io", "le.fr", "site.eu.", "www.Example.de", "3.14", "e.g."}
	for _, w := range words {
		if m := reDomainName().FindStringSubmatch(w); m != nil && !suffixDot(w) {
			t.Errorf("%q names the domain %q, but suffixDot says it cannot", w, m[1])
		}
	}
	if suffixDot("end.") || suffixDot("3.14") || suffixDot("A.B") {
		t.Error("suffixDot passes a word with no dot before a suffix letter")
	}
}

func TestIndexASCIIFoldIsEqualFold(t *testing.T) {
	texts := append([]string{"All Rights Reserved", "ALL RIGHTS RESERVED.", "rights reserve", "\u212Aopyright", "Copyri\u0261ht", "© COPYRIGHT 2024", "copyriſht", "xcopyrightx"}, speedTexts...)
	for _, s := range texts {
		for _, w := range []string{"rights reserved", "copyright"} {
			want := -1
			for i := 0; i+len(w) <= len(s) && want < 0; i++ {
				if strings.EqualFold(s[i:i+len(w)], w) {
					want = i
				}
			}
			if got := indexASCIIFold(s, w); got != want {
				t.Errorf("indexASCIIFold(%q, %q) = %v, EqualFold says %v", s, w, got, want)
			}
		}
	}
}

// foldWords makes a foldWord of each word.
func foldWords(words ...string) []foldWord {
	out := make([]foldWord, len(words))
	for i, w := range words {
		out[i] = newFoldWord(w)
	}
	return out
}

// TestFoldWordIsIndexASCIIFold holds foldWord.index, which looks only
// where the word's rarest letter stands, to indexASCIIFold at every offset.
func TestFoldWordIsIndexASCIIFold(t *testing.T) {
	texts := append([]string{"copyright", "Yy copyrighT yY", "yyyyyyyy", "YYYYcopyYright", "rights reservedrights reserved", "v", "", "12 - 34",
		"Foto: © Smileus / Fotolia.com", "PHOTOS: x, Bilder: y", "Powered by WordPress.com VIP | Blog at WordPress.com", "x@y @x"}, speedTexts...)
	if _, ok := sharedtest.Lookup(filepath.Join("data", "extraction", "text")); ok {
		texts = append(texts, devLines(t)...)
	}
	words := []foldWord{copyrightWord, rightsReservedWord}
	words = append(words, foldWords(pictureLabels...)...)
	words = append(words, foldWords(platformCredits...)...)
	words = append(words, foldWords("y", "12 - 3", "ab", "@x", " by")...)
	for _, s := range texts {
		for _, w := range words {
			if got, want := w.index(s), indexASCIIFold(s, w.word); got != want {
				t.Fatalf("foldWord(%q).index(%q) = %d, indexASCIIFold says %d", w.word, s, got, want)
			}
		}
	}
}

func TestCountCharsIsEveryRune(t *testing.T) {
	texts := append([]string{"Ａ,、，１٣ あア漢 ñ\u0301 \xc3", "日本語のテキスト、です。", "a,b,c 1,2,3"}, speedTexts...)
	if _, ok := sharedtest.Lookup(filepath.Join("data", "extraction", "text")); ok {
		texts = append(texts, devLines(t)...)
	}
	for _, s := range texts {
		var want [charKinds]int
		for _, r := range s {
			want[charKind(r)]++
		}
		if got := countChars(s); got != want {
			t.Fatalf("countChars(%q) = %v, rune by rune %v", s, got, want)
		}
	}
}

// TestIsBoundaryIsDatelineFirst holds isBoundary, which asks headlineLike
// first, to the dateline asked first, on every line of the text dev dumps.
func TestIsBoundaryIsDatelineFirst(t *testing.T) {
	dir := sharedtest.Path(t, filepath.Join("data", "extraction", "text"))
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	now := time.Date(2026, 1, 21, 0, 0, 0, 0, time.UTC)
	datelineFirst := func(lines []*line, i int) bool {
		d, _, ok := parseDateline(lines[i].text, now)
		return ok && (d.Agency != "" || d.Date != "") && headlineLike(lines[i-1])
	}
	found := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines := splitLines(string(raw))
		for i := 1; i < len(lines); i++ {
			got, want := isBoundary(lines, i, now), datelineFirst(lines, i)
			if got != want {
				t.Fatalf("%s line %d %q: isBoundary = %v, dateline first %v", f, i, lines[i].text, got, want)
			}
			if got {
				found++
			}
		}
	}
	t.Logf("%d boundaries", found)
}

// splitLinesEachValid is splitLines as it was: every line made valid UTF-8.
func splitLinesEachValid(text string) []*line {
	var out []*line
	blank := true
	for raw := range strings.SplitSeq(text, "\n") {
		s := strings.TrimSpace(strings.ToValidUTF8(raw, ""))
		if s == "" {
			if len(out) > 0 {
				out[len(out)-1].blankBelow = true
			}
			blank = true
			continue
		}
		l := measure(s)
		l.blankAbove = blank
		blank = false
		out = append(out, l)
	}
	return out
}

// TestSplitLinesValidOnce holds splitLines, which makes a valid dump's
// lines valid no more, to every line made valid, on the text dev dumps and
// on text that is not UTF-8.
func TestSplitLinesValidOnce(t *testing.T) {
	texts := []string{"", "\n\n", "a\xffb\n \xc3 \n\nc\xe2\x82d\n", "ok line\n\xff\n\nnext \xc3\xa9t\xe9\n", "Ａ \u00a0x\u00a0\n\u2028 y"}
	texts = append(texts, speedTexts...)
	texts = append(texts, sharedtest.Texts(t, filepath.Join("data", "extraction", "text"), "*.txt", 0)...)
	for _, text := range texts {
		got, want := splitLines(text), splitLinesEachValid(text)
		if len(got) != len(want) {
			t.Fatalf("%.60q: %d lines, each made valid %d", text, len(got), len(want))
		}
		for i := range got {
			if !reflect.DeepEqual(*got[i], *want[i]) {
				t.Fatalf("%.60q line %d: %+v, each made valid %+v", text, i, *got[i], *want[i])
			}
		}
	}
}

// TestFormWidgetIsEveryControl holds formWidget to looking for every
// control, on every line of the text dev dumps and on lines with controls.
func TestFormWidgetIsEveryControl(t *testing.T) {
	texts := []string{"[BUTTON] Go", "[ ] remember me", "(BUTTON) Submit", "name ____", "[X] yes", "(*) one ( ) two", "(a) [b] _c_", "plain"}
	if _, ok := sharedtest.Lookup(filepath.Join("data", "extraction", "text")); ok {
		texts = append(texts, devLines(t)...)
	}
	for _, s := range texts {
		want := false
		for _, w := range []string{"[BUTTON", "[ ]", "(BUTTON)", "____", "[X]", "(*)", "( )"} {
			want = want || strings.Contains(s, w)
		}
		if got := formWidget(s); got != want {
			t.Fatalf("formWidget(%q) = %v, every control %v", s, got, want)
		}
	}
}

func BenchmarkFormWidget(b *testing.B) {
	var texts []string
	for _, p := range benchPages(b, "text", 100) {
		for _, l := range splitLines(p.Text) {
			texts = append(texts, l.text)
		}
	}
	for b.Loop() {
		for _, s := range texts {
			formWidget(s)
		}
	}
}

// TestEscapedEntityFeatureIsTheContains holds lineAlone's feature 47 (an
// escaped entity, asked only of a line with an '&') to the three
// strings.Contains it asked of every line, on every line of the text dev
// dumps and on lines with entities.
func TestEscapedEntityFeatureIsTheContains(t *testing.T) {
	texts := []string{"Tom &amp; Jerry", "say &quot;hi&quot;", "it&#39;s", "AT&T & co", "&", "plain"}
	if _, ok := sharedtest.Lookup(filepath.Join("data", "extraction", "text")); ok {
		texts = append(texts, devLines(t)...)
	}
	for _, s := range texts {
		var f [NumFeatures]float64
		lineAlone(&f, measure(s))
		want := b2f(strings.Contains(s, "&#") || strings.Contains(s, "&quot;") || strings.Contains(s, "&amp;"))
		if f[47] != want {
			t.Fatalf("%q: feature 47 = %v, the three Contains %v", s, f[47], want)
		}
	}
}

func TestUpperAlreadyIsToUpper(t *testing.T) {
	words := []string{"", "ABC", "Abc", "ÄÖÜ", "äöü", "ß", "ǅ", "Ǆ", "İ", "ı", "\u212A", "\ufffd", "A\xffB", "\xc3", "J.R.", "O'NEIL", "ÉLYSÉE", "東京", "ﬁ"}
	if _, ok := sharedtest.Lookup(filepath.Join("data", "extraction", "text")); ok {
		for _, s := range devLines(t) {
			words = append(words, strings.Fields(s)...)
		}
	}
	for _, w := range words {
		if got, want := upperAlready(w), strings.ToUpper(w) == w; got != want {
			t.Fatalf("upperAlready(%q) = %v, strings.ToUpper says %v", w, got, want)
		}
	}
}

// TestHeldElsewhereIsEveryTextSearched holds heldElsewhere, which searches
// the page's texts joined, to a search of each distinct text, on made-up
// pages and the text dev dumps (a feed title, which is no line of its
// page, included).
func TestHeldElsewhereIsEveryTextSearched(t *testing.T) {
	everyText := func(text string, p pageTexts) bool {
		for _, other := range p.distinct {
			if len(other) > len(text) && strings.Contains(other, text) {
				return true
			}
		}
		return false
	}
	pages := []string{
		"Harbour talks resume\nHome > Harbour talks resume\nHarbour talks",
		"a\na\naa\nb a\nab",
		"Harbour talks resume\nHarbour talks resume",
		"x y z\nw x y z\n",
	}
	if _, ok := sharedtest.Lookup(filepath.Join("data", "extraction", "text")); ok {
		pages = append(pages, sharedtest.Texts(t, filepath.Join("data", "extraction", "text"), "*.txt", 150)...)
	}
	checked := 0
	for _, page := range pages {
		lines := splitLines(page)
		p := lineCounts(lines)
		check := func(l *line) {
			if got, want := heldElsewhere(l, p), everyText(l.text, p); got != want {
				t.Fatalf("heldElsewhere(%q) = %v, a search of each text says %v", l.text, got, want)
			}
			checked++
		}
		for _, l := range lines {
			check(l)
		}
		for _, extra := range []string{"Harbour", "talks resume", "y z", "b", "nowhere on the page"} {
			check(measure(extra))
		}
	}
	if checked == 0 {
		t.Fatal("no line checked")
	}
}

// TestCreditLinks: every platform credit holds one of creditLinks, and
// every picture label ends with a colon, which siteStatements looks for
// before the phrases themselves.
func TestCreditLinks(t *testing.T) {
	for _, credit := range platformCredits {
		if !mayCredit(credit) {
			t.Errorf("platform credit %q holds none of %q", credit, creditLinks)
		}
	}
	for _, link := range creditLinks {
		if link[0] != ' ' || strings.ToLower(link) != link {
			t.Errorf("credit link %q does not open with a space or is not lower case", link)
		}
	}
	texts := append([]string{"Powered BY WordPress", "Blog AT  x", "built With", "WITH", " by", "x\x00by", "Theme by\tX"}, speedTexts...)
	if _, ok := sharedtest.Lookup(filepath.Join("data", "extraction", "text")); ok {
		texts = append(texts, devLines(t)...)
	}
	for _, s := range texts {
		want := false
		for _, link := range creditLinks {
			want = want || strings.Contains(lowerASCII(s), link)
		}
		if got := mayCredit(s); got != want {
			t.Fatalf("mayCredit(%q) = %v, a search of the lowered copy says %v", s, got, want)
		}
	}
	for _, label := range pictureLabels {
		if !strings.HasSuffix(label, ":") {
			t.Errorf("picture label %q does not end with a colon", label)
		}
	}
}

func TestHoldsTrailStepIsEveryStep(t *testing.T) {
	texts := append([]string{"Home / News", "a/b", "x » y", "»", " › ", "a > b", "a >b", "1/2 / 3", "›»/>"}, speedTexts...)
	if _, ok := sharedtest.Lookup(filepath.Join("data", "extraction", "text")); ok {
		texts = append(texts, devLines(t)...)
	}
	for _, s := range texts {
		want := false
		for _, sep := range trailSteps {
			want = want || strings.Contains(s, sep)
		}
		if got := holdsTrailStep(s); got != want {
			t.Fatalf("holdsTrailStep(%q) = %v, a search for each step says %v", s, got, want)
		}
	}
}

// TestBylineOpenersAreReByline: every text reByline matches opens with one
// of bylineOpeners in any case, so isBylineText, which asks the pattern
// only then, is the pattern.
func TestBylineOpenersAreReByline(t *testing.T) {
	texts := append([]string{"By Anna Berg", "BY ANNA BERG", "von Max Muster", "Written by Jo Ng", "WRITTEN BY Jo Ng", "Autorin: Eva Lang",
		"Text: Eva Lang", "door Piet de Vries", "di Marco Rossi", "par Jean Dupont", "por Ana Gil", "Author Lee Chan", "Bÿ Anna", "ſtand", "\u212Aey"}, speedTexts...)
	if _, ok := sharedtest.Lookup(filepath.Join("data", "extraction", "text")); ok {
		texts = append(texts, devLines(t)...)
	}
	matched := 0
	for _, s := range texts {
		want := reByline().MatchString(s)
		if got := isBylineText(s); got != want {
			t.Fatalf("isBylineText(%q) = %v, reByline says %v", s, got, want)
		}
		if want {
			matched++
		}
	}
	if matched == 0 {
		t.Fatal("no text is a byline: the test checks nothing")
	}
}

// TestMayHoldLabelIsThePatterns: every text before a date that a label
// pattern matches passes mayHoldLabel, so labelBefore, which asks the
// patterns only then, gives what they give.
func TestMayHoldLabelIsThePatterns(t *testing.T) {
	texts := append([]string{"Published: ", "UPDATED ON Monday, ", "Stand:", "Standard ", "Veröffentlicht am ", "poſted ", "Mis à jour le ", "DATE - ", "x"}, speedTexts...)
	if _, ok := sharedtest.Lookup(filepath.Join("data", "extraction", "text")); ok {
		for _, s := range devLines(t) {
			for _, h := range findDates(s) {
				texts = append(texts, textBeforeDate(s, h.start))
			}
		}
	}
	matched := 0
	for _, s := range texts {
		for _, l := range dateLabels {
			if l.re().MatchString(s) {
				matched++
				if !mayHoldLabel(s) {
					t.Fatalf("the %s pattern matches %q, but mayHoldLabel says no label can", l.src, s)
				}
			}
		}
	}
	if matched == 0 {
		t.Fatal("no text holds a label: the test checks nothing")
	}
}

func TestDomainNamesAreEveryWord(t *testing.T) {
	texts := append([]string{"Learn more at SpaceWar.com today", "no dot here", "a.b c.com", "www.example.org/x", "End."}, speedTexts...)
	if _, ok := sharedtest.Lookup(filepath.Join("data", "extraction", "text")); ok {
		texts = append(texts, devLines(t)...)
	}
	for _, s := range texts {
		var want []string
		for _, tok := range strings.Fields(s) {
			if name := domainName(tok); name != "" {
				want = append(want, name)
			}
		}
		if got := domainNames(s); !slices.Equal(got, want) {
			t.Fatalf("domainNames(%q) = %q, every word read gives %q", s, got, want)
		}
	}
}

func TestContainsAnyMarkIsContainsAny(t *testing.T) {
	texts := append([]string{"a – b", "a:b", "x-y", "»", "\xe2\x80", "\xe2\xe2\x80\x93", "\xf0\xe2\x80\x93", "©", "|", "›", "plain"}, speedTexts...)
	if _, ok := sharedtest.Lookup(filepath.Join("data", "extraction", "text")); ok {
		texts = append(texts, devLines(t)...)
	}
	for _, s := range texts {
		for _, marks := range [][]string{{":", "–", "-"}, {"»", "›", ">", "/"}, {"|", "©"}} {
			if got, want := containsAnyMark(s, marks...), strings.ContainsAny(s, strings.Join(marks, "")); got != want {
				t.Fatalf("containsAnyMark(%q, %q) = %v, strings.ContainsAny says %v", s, marks, got, want)
			}
		}
	}
}

func TestHasWordsIsWords(t *testing.T) {
	bodies := [][]string{nil, {""}, {"one"}, {"one two", "", "three\tfour  five"}, speedTexts}
	if _, ok := sharedtest.Lookup(filepath.Join("data", "extraction", "text")); ok {
		for _, text := range sharedtest.Texts(t, filepath.Join("data", "extraction", "text"), "*.txt", 50) {
			var body []string
			for _, l := range splitLines(text) {
				body = append(body, l.text)
			}
			bodies = append(bodies, body)
		}
	}
	for _, body := range bodies {
		n := words(body)
		for _, k := range []int{-1, 0, 1, n - 1, n, n + 1, minArticleWords, minPartWords} {
			if got, want := hasWords(body, k), n >= k; got != want {
				t.Fatalf("hasWords(%q, %d) = %v, words counts %d", body, k, got, n)
			}
		}
	}
}

func TestLeadWordsBothIsLeadWordsTwice(t *testing.T) {
	bodies := [][]string{nil, {"Harbour talks resume today"}, {"Harbour talks", "Ferry crews strike", "Council meets", "Weather report", "Sports results"}, speedTexts}
	if _, ok := sharedtest.Lookup(filepath.Join("data", "extraction", "text")); ok {
		lines := devLines(t)
		for i := 0; i+5 <= len(lines) && i < 5000; i += 5 {
			bodies = append(bodies, lines[i:i+5])
		}
	}
	for _, body := range bodies {
		lead, rest := leadWordsBoth(body)
		if want := leadWords(body); !reflect.DeepEqual(lead, want) {
			t.Fatalf("leadWordsBoth(%q) lead = %v, leadWords gives %v", body, lead, want)
		}
		if want := leadWords(body[min(1, len(body)):]); !reflect.DeepEqual(rest, want) {
			t.Fatalf("leadWordsBoth(%q) rest = %v, leadWords of the rest gives %v", body, rest, want)
		}
	}
}

// TestStandingAloneIsEachWordSearched holds standingAlone to a search of
// every line for each word, as the site's initials were looked for.
func TestStandingAloneIsEachWordSearched(t *testing.T) {
	standsAlone := func(lines []string, word string) bool {
		for _, l := range lines {
			for _, w := range strings.FieldsFunc(l, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
				if w == word {
					return true
				}
			}
		}
		return false
	}
	pages := [][]string{{"LP Staff Writers", "Writers at Lord's Press", "(HG) news"}, {"AB-CD", "x"}, nil,
		{"LP HG AB CD the US", "AP BBC nowhere NYT CNN x", "LP again, after the last word was found"}}
	if _, ok := sharedtest.Lookup(filepath.Join("data", "extraction", "text")); ok {
		lines := devLines(t)
		for i := 0; i+200 <= len(lines) && i < 20000; i += 200 {
			pages = append(pages, lines[i:i+200])
		}
	}
	words := []string{"LP", "HG", "AB", "CD", "the", "US", "AP", "BBC", "nowhere", "NYT", "CNN", "x"}
	for _, lines := range pages {
		wanted := map[string][]string{}
		for _, w := range words {
			wanted[w] = nil
		}
		found := map[string]bool{}
		for _, w := range standingAlone(lines, wanted) {
			if found[w] {
				t.Fatalf("standingAlone gives %q twice", w)
			}
			found[w] = true
		}
		for _, w := range words {
			if got, want := found[w], standsAlone(lines, w); got != want {
				t.Fatalf("standingAlone says %q stands alone: %v, a search of each line says %v", w, got, want)
			}
		}
	}
}

func TestLineNoticeIsCopyrightNotice(t *testing.T) {
	texts := append([]string{"© 2023 Nexstar Media Inc.", "Copyright 2020, Los Angeles Times", "All rights reserved", "© Getty Images", "© ٢٠٢٣ x", "© 1999", "copyright 20２4"}, speedTexts...)
	if _, ok := sharedtest.Lookup(filepath.Join("data", "extraction", "text")); ok {
		texts = append(texts, devLines(t)...)
	}
	for _, s := range texts {
		if strings.TrimSpace(s) == "" {
			continue
		}
		if got, want := measure(s).notice, copyrightNotice(s); got != want {
			t.Fatalf("measure(%q).notice = %v, copyrightNotice says %v", s, got, want)
		}
	}
}

func TestSuffixDotIsEveryByte(t *testing.T) {
	texts := append([]string{"a.c", ".c", "c.", "..c", "x.y.com", "\xff.e", "end. The"}, speedTexts...)
	if _, ok := sharedtest.Lookup(filepath.Join("data", "extraction", "text")); ok {
		texts = append(texts, devLines(t)...)
	}
	for _, s := range texts {
		want := false
		for i := 0; i+1 < len(s); i++ {
			want = want || s[i] == '.' && strings.IndexByte("cnoiudfe", s[i+1]) >= 0
		}
		if got := suffixDot(s); got != want {
			t.Fatalf("suffixDot(%q) = %v, a look at every byte says %v", s, got, want)
		}
	}
}

func TestListMarkedIsReListMark(t *testing.T) {
	texts := append([]string{"* item", "+ item", "o item", "# item", "1. item", "12. item", "123. item", "1.item", "*item", "o", "1.", "01. x", "١. x"}, speedTexts...)
	if _, ok := sharedtest.Lookup(filepath.Join("data", "extraction", "text")); ok {
		texts = append(texts, devLines(t)...)
	}
	for _, s := range texts {
		if got, want := listMarked(s), reListMark().MatchString(s); got != want {
			t.Fatalf("listMarked(%q) = %v, reListMark says %v", s, got, want)
		}
	}
}
