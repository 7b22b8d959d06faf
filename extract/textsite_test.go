package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// readSiteFixture cuts a fixture of testdata/textsite into lines and the
// body the embedded line model keeps.
func readSiteFixture(t *testing.T, e *Extractor, name string) ([]*line, []int) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "textsite", name))
	if err != nil {
		t.Fatal(err)
	}
	lines := splitLines(string(b))
	return lines, e.model.bodyLines(e.model.score(lines, lineCounts(lines)))
}

// candOf is the candidate named name, or nil.
func candOf(cands []siteCand, name string) *siteCand {
	for i := range cands {
		if cands[i].text == name {
			return &cands[i]
		}
	}
	return nil
}

func TestTextSiteCands(t *testing.T) {
	e := New(Options{})
	tests := []struct {
		file, name string
		src        siteSource // the sources the name must have been read from, at least
		mentions   int        // as a whole word in any case, 0: not asked
		absent     []string   // texts that must be no candidate
	}{
		{"masthead_logo.txt", "Quayside Herald", ssLink | ssDouble | ssLogo, 5, []string{"Privacy Policy", "About us"}},
		{"controls_claim.txt", "Marsh Valley Courier", ssTail | ssClaim, 2, []string{"(BUTTON) Menu", "BUTTON"}},
		{"menu_only.txt", "Home", ssHead, 1, []string{"Privacy Policy", "Skip to content"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			lines, keep := readSiteFixture(t, e, tt.file)
			cands, body := textSiteCands(lines, keep)
			measureSites(cands, lines, body)
			c := candOf(cands, tt.name)
			if c == nil {
				t.Fatalf("no candidate %q among %v", tt.name, candTexts(cands))
			}
			if c.src&tt.src != tt.src {
				t.Errorf("%q read from %b, want at least %b", tt.name, c.src, tt.src)
			}
			if tt.mentions > 0 && c.mentions != tt.mentions {
				t.Errorf("%q mentioned %d times, want %d", tt.name, c.mentions, tt.mentions)
			}
			for _, a := range tt.absent {
				if candOf(cands, a) != nil {
					t.Errorf("%q is a candidate", a)
				}
			}
		})
	}
}

func candTexts(cands []siteCand) []string {
	var out []string
	for _, c := range cands {
		out = append(out, c.text)
	}
	return out
}

// TestDumpSiteLearned: where the rules name no site, the embedded choice
// names the one a dump's masthead, link line and logo all give, and none
// on a dump whose furniture is a menu.
func TestDumpSiteLearned(t *testing.T) {
	e := New(Options{})
	tests := []struct{ file, want string }{
		{"masthead_logo.txt", "Quayside Herald"},
		{"menu_only.txt", ""},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			lines, keep := readSiteFixture(t, e, tt.file)
			cands, _ := textSiteCands(lines, keep)
			if rule := ruleSite(cands); rule != "" {
				t.Fatalf("the rules name %q: the fixture tests the learned choice", rule)
			}
			if got := dumpSite(lines, keep, e.textSite); got != tt.want {
				t.Errorf("dumpSite = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSiteNameShapes(t *testing.T) {
	tests := []struct {
		name, line, want string
		read             func(string) (string, bool)
	}{
		{"doubled", "Quayside Herald Quayside Herald", "Quayside Herald", doubledName},
		{"doubled after a list mark", "* Quayside Herald Quayside Herald", "Quayside Herald", doubledName},
		{"two different halves", "Quayside Herald Harbour Herald", "", doubledName},
		{"a sentence twice is no name", "We sail at dawn. We sail at dawn.", "", doubledName},
		{"logo", "Quayside Herald logo", "Quayside Herald", logoName},
		{"logo in capitals, lower-case alt", "quayside Logo", "quayside", logoName},
		{"no logo", "Quayside Herald", "", logoName},
		{"a logo sentence", "Click here to download the new logo", "", logoName},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tt.read(tt.line)
			if !ok {
				got = ""
			}
			if got != tt.want {
				t.Errorf("%q: got %q, want %q", tt.line, got, tt.want)
			}
		})
	}
}

func TestLinkLineSite(t *testing.T) {
	tests := []struct{ first, want string }{
		{"#Quayside Herald - All stories", "Quayside Herald"},
		{"#alternate alternate Quayside Herald | Latest", "Quayside Herald"},
		{"#Quayside Herald » Spring tides Comments Feed", "Quayside Herald"},
		{"#next", ""},
		{"Quayside Herald", ""}, // no link line: it opens with "#"
	}
	for _, tt := range tests {
		lines := splitLines(tt.first + "\nA line of the page.\n")
		if got := linkLineSite(lines); got != tt.want {
			t.Errorf("linkLineSite(%q) = %q, want %q", tt.first, got, tt.want)
		}
	}
}

func TestCutControls(t *testing.T) {
	tests := []struct{ in, want string }{
		{"(BUTTON) Menu (BUTTON) Marsh Valley Courier", "Menu | Marsh Valley Courier"},
		{"Marsh Valley Courier", "Marsh Valley Courier"},
		{"____________________ (BUTTON) Search", "Search"},
	}
	for _, tt := range tests {
		if got := strings.Join(strings.Fields(cutControls(tt.in)), " "); got != tt.want {
			t.Errorf("cutControls(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestMeasureSites: a name is counted as a whole word in any case, on
// each line it stands on, and a name a domain of the dump spells is its
// twin.
func TestMeasureSites(t *testing.T) {
	lines := splitLines("Quayside.com news\nMore at QUAYSIDE.COM and quayside.com\nmyquayside.com is no mention\nQuayside\n")
	cands := []siteCand{
		{text: "Quayside.com", src: ssDomain, headAt: -1, first: -1, last: -1},
		{text: "Quayside", src: ssHead, headAt: 3, first: -1, last: -1},
		{text: "Harbour", src: ssAt, headAt: -1, first: -1, last: -1},
	}
	measureSites(cands, lines, make([]bool, len(lines)))
	tests := []struct {
		name        string
		mentions    int
		first, last int
		alone, twin bool
	}{
		{"Quayside.com", 3, 0, 1, false, true},
		// "Quayside" stands in "Quayside.com" too: a dot ends a word
		{"Quayside", 4, 0, 3, true, true},
		{"Harbour", 0, -1, -1, false, false},
	}
	for _, tt := range tests {
		c := candOf(cands, tt.name)
		if c.mentions != tt.mentions || c.first != tt.first || c.last != tt.last || c.alone != tt.alone || c.twin != tt.twin {
			t.Errorf("%s: mentions %d lines %d-%d alone %v twin %v, want %d %d-%d %v %v",
				tt.name, c.mentions, c.first, c.last, c.alone, c.twin, tt.mentions, tt.first, tt.last, tt.alone, tt.twin)
		}
	}
}

func TestRuleSite(t *testing.T) {
	tests := []struct {
		name  string
		cands []siteCand
		want  string
	}{
		{"the feeds' titles first", []siteCand{{text: "Quayside.com", src: ssDomain, domains: 2, placed: 2}, {text: "quayside herald", src: ssFeed}}, "quayside herald"},
		{"a placed domain", []siteCand{{text: "Quayside.com", src: ssDomain, domains: 1, placed: 1, headAt: -1}}, "Quayside.com"},
		{"one domain mention at the foot is too little", []siteCand{{text: "Quayside.com", src: ssDomain, domains: 1, headAt: -1}}, ""},
		{"a name after at, twice, with its initials", []siteCand{{text: "Quayside Herald", src: ssAt, ats: 2, initials: true, headAt: -1}}, "Quayside Herald"},
		{"a claimant the masthead gives", []siteCand{{text: "Quayside Herald", src: ssClaim | ssHead, headAt: 1}}, "Quayside Herald"},
		{"a claimant the masthead does not give", []siteCand{{text: "Quayside Herald", src: ssClaim | ssFoot, headAt: -1}}, ""},
		{"the most evidence, ties to the longer", []siteCand{
			{text: "Quay.com", src: ssDomain, domains: 2, headAt: -1},
			{text: "Quayside.com", src: ssDomain, domains: 2, headAt: -1},
		}, "Quayside.com"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ruleSite(tt.cands); got != tt.want {
				t.Errorf("ruleSite = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestChooseTextSite: a name is taken only when it stands above "none" by
// more than the margin.
func TestChooseTextSite(t *testing.T) {
	m := FieldModel{Features: 2, Weights: []float64{1, 1}} // none's bias, a name's feature
	rows := func(score float64) [][]float64 { return [][]float64{{0, score}, {1, 0}} }
	tests := []struct {
		score, margin float64
		want          int
	}{
		{3, 1, 0},
		{2, 1, 1}, // 2 is not above 1 + 1
		{2.5, 1, 0},
		{0.5, 0, 1},
		{1.5, 0, 0},
	}
	for _, tt := range tests {
		if got := ChooseTextSite(m, rows(tt.score), tt.margin); got != tt.want {
			t.Errorf("score %g margin %g: row %d, want %d", tt.score, tt.margin, got, tt.want)
		}
	}
}

// TestTextSiteModelEmbedded: the embedded model fits this build's
// features; the prior stands in only when it does not.
func TestTextSiteModelEmbedded(t *testing.T) {
	m := FieldTextSite.defaultModel()
	if m.Features != textSiteFeatureCount || slices.Equal(m.Weights, textSitePrior()) {
		t.Errorf("the embedded textsite.json does not fit %d features: retrain it (storyline train textsite)", textSiteFeatureCount)
	}
}

// TestSitePlainStays: a name the masthead gives on a line of its own stays
// plain when a list item of the masthead gives it again after a separator.
func TestSitePlainStays(t *testing.T) {
	for _, masthead := range []string{
		"Quayside Herald\n* News | Quayside Herald\n",
		"* Quayside Herald\nNews | Quayside Herald\n",
	} {
		lines := splitLines(masthead + "The harbour opened a new quay on Monday, the council said.\n")
		cands, _ := textSiteCands(lines, []int{2})
		c := candOf(cands, "Quayside Herald")
		if c == nil || !c.plain {
			t.Errorf("%q: Quayside Herald %+v, want a plain candidate", masthead, c)
		}
	}
}

// TestSiteCandsBounded: a directory of links gives maxSiteCands names, the
// first it reads, however many domains it lists.
func TestSiteCandsBounded(t *testing.T) {
	var b strings.Builder
	for i := range 4 * maxSiteCands {
		fmt.Fprintf(&b, "Visit harbour%d.com for the tides\n", i)
	}
	lines := splitLines(b.String())
	cands, _ := textSiteCands(lines, nil)
	if len(cands) != maxSiteCands || cands[0].text != "harbour0.com" {
		t.Errorf("%d names, the first %q; want %d, the first harbour0.com", len(cands), cands[0].text, maxSiteCands)
	}
}

// TestSiteEdges: the marks a line sets beside a site's name are no part of
// it; its own letters, dots and brackets are.
func TestSiteEdges(t *testing.T) {
	tests := []struct{ in, want string }{
		{"☆☆☆☆☆ - Journalistenwatch e.V.", "Journalistenwatch e.V."},
		{"Guinéenews©", "Guinéenews"},
		{" | Harbour Gazette • ", "Harbour Gazette"},
		{"— Marsh Valley Courier:", "Marsh Valley Courier"},
		{"Quayside Herald (Online)", "Quayside Herald (Online)"},
		{"20 Minuten", "20 Minuten"},
		{"☆☆☆", ""},
	}
	for _, tt := range tests {
		if got := strings.TrimFunc(tt.in, siteEdge); got != tt.want {
			t.Errorf("trimmed %q = %q, want %q", tt.in, got, tt.want)
		}
	}
}
