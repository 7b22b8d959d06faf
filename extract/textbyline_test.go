package extract

import (
	"encoding/json"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestLineBylines checks that the names a byline line holds are among its
// candidates, cut at cues, separators, dates and glued words.
func TestLineBylines(t *testing.T) {
	tests := []struct {
		line string
		want []string
	}{
		{"By John Walk - January 10, 2020", []string{"John Walk"}},
		{"Von: Björn Jahner | 31.10.23", []string{"Björn Jahner"}},
		{"Ein Artikel von Miriam Ruhenstroth, veröffentlicht am 23.01.2020", []string{"Miriam Ruhenstroth"}},
		{"von Lars Fischer und Alina Schadwinkel", []string{"Lars Fischer; Alina Schadwinkel", "Lars Fischer und Alina Schadwinkel"}},
		{"Clara Löw, Siddharth Prakash & Klaus Jacob", []string{"Clara Löw; Siddharth Prakash; Klaus Jacob", "Clara Löw, Siddharth Prakash & Klaus Jacob"}},
		{"Tanja Karrasch3.11.2023", []string{"Tanja Karrasch"}},
		{"Logan C. RitchieStaff Writer", []string{"Logan C. Ritchie"}},
		{"reineckefuchs — 2. Februar 2022", []string{"reineckefuchs"}},
		{"By oradmin", []string{"oradmin"}},
		{"Autor: c1ph4", []string{"c1ph4"}},
		{"Prof. Dr. Rainer Quitzow", []string{"Prof. Dr. Rainer Quitzow", "Rainer Quitzow"}},
		{"28. Jan. 2022 Paula Balov", []string{"Paula Balov"}},
		{"* Alexandra Weber", []string{"Alexandra Weber"}},
	}
	for _, tt := range tests {
		var got []string
		for _, c := range lineBylines(measure(tt.line), 0) {
			got = append(got, c.text)
		}
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: candidates %q, want %q among them", tt.line, got, w)
			}
		}
	}
}

// TestLineBylinesNone checks lines that hold no name.
func TestLineBylinesNone(t *testing.T) {
	for _, s := range []string{"12. März 2026", "by the way, the talks went on", "| | |", "—"} {
		if cs := lineBylines(measure(s), 0); len(cs) > 0 {
			t.Errorf("%q: candidates %v, want none", s, cs)
		}
	}
}

// TestTextByline checks the embedded choice on dumps written for the test:
// a cued byline under the headline is taken, the site's name and a menu are
// not, and a page that names no author gets none.
func TestTextByline(t *testing.T) {
	var m FieldModel
	if err := json.Unmarshal(textBylineJSON, &m); err != nil || !m.fits(textBylineFeatureCount) {
		t.Fatalf("embedded text byline model does not fit this build (features %d, want %d): %v; run storyline train textbyline", m.Features, textBylineFeatureCount, err)
	}
	body := `The harbour authority and the dockworkers' union agreed on Wednesday to resume talks over the automation plan, but the strike that has halted the port since Monday goes on.

"It was a start, nothing more," the union leader told reporters outside the authority's offices after the first meeting, which lasted four hours.

Exporters warned that every day of the stoppage cost the regional economy about 30 million euros, and shipping lines said more vessels were waiting at anchor.`
	head := "Port Calder Gazette\n\nHome\nNews\nSport\nBusiness\n\nHarbour talks resume as strike enters third day\n\n"
	tests := []struct {
		name, dump, want string
	}{
		{"by line under the headline", head + "By Jane Miller\n11 March 2026\n\n" + body + "\n\nPort Calder Gazette\n", "Jane Miller"},
		{"labelled, with the date", head + "Von: Björn Jahner | 11.03.2026\n\n" + body, "Björn Jahner"},
		{"cue on a line of its own", head + "By\n\nJane Miller\n\n11 March 2026\n\n" + body, "Jane Miller"},
		{"no author", head + body + "\n\nPort Calder Gazette\n", ""},
	}
	e := New(Options{Now: func() time.Time { return time.Date(2026, 3, 12, 0, 0, 0, 0, time.UTC) }})
	e.textByline = m
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := e.fromText(tt.dump, time.Time{})
			if len(ds) == 0 {
				t.Fatal("no article")
			}
			if ds[0].byline != tt.want {
				t.Errorf("byline %q, want %q", ds[0].byline, tt.want)
			}
			if tt.want != "" && strings.Contains(strings.Join(ds[0].body, "\n"), tt.want) {
				t.Errorf("the byline stayed in the body")
			}
		})
	}
}

// TestCueLine checks which lines cue the name on the line below.
func TestCueLine(t *testing.T) {
	tests := []struct {
		line string
		want lineCue
	}{
		{"By", lineCue{cue: true}},
		{"Von:", lineCue{cue: true, label: true}},
		{"Kommentar von", lineCue{cue: true, lead: true}},
		{"Powered by", lineCue{cue: true, lead: true}},
		{"* Von", lineCue{cue: true}},
		{"Auteur(s) :", lineCue{cue: true, label: true}},
		{"Autor*in", lineCue{cue: true}},
		{"By :", lineCue{cue: true, label: true}},
		{"Die Geschichte wurde erzählt von", lineCue{}}, // a sentence the break cut
		{"Kontakt:", lineCue{}},
		{"Stand by", lineCue{cue: true, lead: true}}, // the model weighs it: the line is a cue by shape
		{"", lineCue{}},
	}
	for _, tt := range tests {
		if got := cueLine(tt.line); got != tt.want {
			t.Errorf("cueLine(%q) = %+v, want %+v", tt.line, got, tt.want)
		}
	}
	// the name below is cued, and only the run that opens its line
	l := measure("Todd Bates and the Port Calder Gazette")
	var got []bylineCand
	var scratch []nameToken
	got = appendLineBylines(got, l, 0, lineCue{cue: true}, &scratch)
	for _, c := range got {
		if c.text == "Todd Bates" && !(c.cue && c.cueAbove) {
			t.Errorf("%q: want cued from above, got %+v", c.text, c)
		}
		if !strings.HasPrefix(c.text, "Todd") && c.cueAbove {
			t.Errorf("%q: cued from above, want only the run opening the line", c.text)
		}
	}
}

func TestUnglue(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Tanja Karrasch3.11.2023", "Tanja Karrasch 3.11.2023"},
		{"macbacchi28.09.1912:44", "macbacchi 28.09.1912:44"},
		{"Logan C. RitchieStaff Writer", "Logan C. Ritchie Staff Writer"},
		{"Shana Nys DambrotNovember 6, 2023", "Shana Nys Dambrot November 6, 2023"},
		{"Marianne1", "Marianne1"},     // a user name's digits stay
		{"HansEhrlich", "HansEhrlich"}, // no vocabulary word follows
		{"Isabella.DiBiase", "Isabella.DiBiase"},
	}
	for _, tt := range tests {
		if got := unglue(tt.in, findDates(tt.in)); got != tt.want {
			t.Errorf("unglue(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestChooseTextByline checks the margin a name must hold over "none",
// the last row.
func TestChooseTextByline(t *testing.T) {
	w := []float64{1, 1}
	rows := func(names ...float64) [][]float64 {
		var out [][]float64
		for _, s := range names {
			out = append(out, []float64{s, 0})
		}
		return append(out, []float64{0, 1}) // none scores 1
	}
	tests := []struct {
		name   string
		rows   [][]float64
		margin float64
		want   int
	}{
		{"best name clears the margin", rows(1.2, 1.8), 0.5, 1},
		{"best name within the margin", rows(1.2, 1.4), 0.5, 2},
		{"no margin", rows(1.2, 1.4), 0, 1},
		{"below none", rows(0.5), 0, 1},
		{"no names", rows(), 0.5, 0},
	}
	for _, tt := range tests {
		if got := ChooseTextByline(w, tt.rows, tt.margin); got != tt.want {
			t.Errorf("%s: row %d, want %d", tt.name, got, tt.want)
		}
	}
}

// nameSpanBySlices is nameSpan as first written, with slices of words
// joined: nameSpan must read every span as it did.
func nameSpanBySlices(toks []nameToken) (names []string, raw string, ok bool) {
	var cur, all []string
	flush := func() {
		if len(cur) > 0 {
			names = append(names, strings.Join(cur, " "))
			cur = nil
		}
	}
	for k, t := range toks {
		switch {
		case t.join:
			flush()
			all = append(all, t.word)
		default:
			cur = append(cur, t.word)
			w := t.word
			if t.comma && k+1 < len(toks) {
				flush()
				w += ","
			}
			all = append(all, w)
		}
		if len(cur) > maxNameWords {
			return nil, "", false
		}
	}
	flush()
	return names, strings.Join(all, " "), true
}

func TestNameSpanAsBySlices(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	words := []string{"Anna", "von", "der", "Leyen", "und", "&", "Paul", "", "J.", "Ritchie"}
	for range 20000 {
		toks := make([]nameToken, rng.IntN(14))
		for i := range toks {
			toks[i] = nameToken{word: words[rng.IntN(len(words))], join: rng.IntN(5) == 0, comma: rng.IntN(4) == 0}
		}
		text, names, raw, ok := nameSpan(toks)
		segs, wantRaw, wantOK := nameSpanBySlices(toks)
		if ok != wantOK || ok && (text != strings.Join(segs, "; ") || names != len(segs) || names > 1 && raw != wantRaw) {
			t.Fatalf("%+v: nameSpan %q %d %q %v, by slices %q %q %v", toks, text, names, raw, ok, segs, wantRaw, wantOK)
		}
	}
}

func TestSeparatorWord(t *testing.T) {
	for _, w := range []string{"", "-", "–", "—", "--", "|", "a|b", "·", "Anna·", "•", "©2023", "Anna", "Zoë", "x-y", "é", "\xff"} {
		want := strings.ContainsAny(w, "|·•©") || w == "-" || w == "–" || w == "—"
		if got := separatorWord(w); got != want {
			t.Errorf("separatorWord(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestChooseBylineAsOverRows holds the choice scored row by row against
// ChooseTextByline over the rows bylineRows makes, with the embedded
// weights and random ones, on a page with cued, whole-line and repeated
// names, dates and none.
func TestChooseBylineAsOverRows(t *testing.T) {
	text := strings.Join([]string{"Home | News | Sport", "Harbour council agrees ferry deal", "By Anna Berg and Paul Smith",
		"12 March 2024", "Marie Rövekamp", "The council said on Tuesday that talks would resume after crews failed to agree on pay.",
		"Anna Berg", "Crews will vote next week, the union said, and services run as normal until then.",
		"Von: Björn Jahner | 31.10.23", "© 2024 Harbour Gazette", "Anna Berg"}, "\n\n")
	lines := splitLines(text)
	cands := textBylines(lines, 2, 7, 0)
	if len(cands) < 3 {
		t.Fatalf("only %d candidates", len(cands))
	}
	rng := rand.New(rand.NewPCG(9, 10))
	weights := [][]float64{New(Options{}).textByline.Weights, textBylinePrior()}
	for range 200 {
		w := make([]float64, textBylineFeatureCount)
		for i := range w {
			w[i] = rng.NormFloat64()
		}
		weights = append(weights, w)
	}
	for _, title := range []int{-1, 1, 4} {
		for _, w := range weights {
			want := ""
			if i := ChooseTextByline(w, bylineRows(cands, lines, 2, 7, title), TextBylineMargin); i < len(cands) {
				want = cands[i].text
			}
			if got := chooseByline(cands, lines, 2, 7, title, w); got != want {
				t.Fatalf("title %d: chosen %q, over the rows %q", title, got, want)
			}
		}
	}
}
