package eval

import (
	"math"
	"reflect"
	"testing"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"Hello, world!", []string{"Hello", "world"}},
		{"snake_case x2 Größe", []string{"snake_case", "x2", "Größe"}},
		{"e\u0301t\u00e9", []string{"e", "t\u00e9"}}, // a combining mark splits
		{"中文 text", []string{"中文", "text"}},
	}
	for _, tt := range tests {
		if got := Tokens(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestScoreBody(t *testing.T) {
	tests := []struct {
		name       string
		gold, pred string
		p, r       float64
		exact      bool
	}{
		{"identical", "a b c d e", "a b c d e", 1, 1, true},
		{"punctuation ignored", "a b c d e", "a, b. c d-e!", 1, 1, true},
		{"half extra", "a b c d e", "a b c d e f g", 2.0 / 4, 1, false},
		{"missing tail", "a b c d e f", "a b c d", 1, 1.0 / 3, false},
		{"empty prediction", "a b c d", "", 0, 0, false},
		{"short texts one shingle", "a b", "a b", 1, 1, true},
		{"short texts differ", "a b", "a c", 0, 0, false},
		{"repeated shingles", "a b c d a b c d", "a b c d", 1, 1.0 / 5, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := ScoreBody(tt.gold, tt.pred)
			if !near(r.Precision, tt.p) || !near(r.Recall, tt.r) || r.Exact != tt.exact {
				t.Errorf("got P=%v R=%v exact=%v, want P=%v R=%v exact=%v", r.Precision, r.Recall, r.Exact, tt.p, tt.r, tt.exact)
			}
		})
	}
}

func TestScoreBodiesMacro(t *testing.T) {
	rs := []BodyResult{
		{Precision: 1, Recall: 0.5, HasPred: true, HasGold: true},
		{HasPred: false, HasGold: true}, // empty output: not in P, recall 0
		{Precision: 0.5, Recall: 1, HasPred: true, HasGold: true, Exact: true},
	}
	s := ScoreBodies(rs, 200, 1)
	if !near(s.P, 0.75) || !near(s.R, 0.5) || !near(s.F1, 2*0.75*0.5/1.25) || !near(s.Acc, 1.0/3) {
		t.Errorf("got %+v", s)
	}
	if s.F1SD <= 0 || s.F1SD > 0.5 {
		t.Errorf("bootstrap SD %v out of range", s.F1SD)
	}
	if again := ScoreBodies(rs, 200, 1); again != s {
		t.Errorf("bootstrap not reproducible with one seed")
	}
}

func TestScoreSnippets(t *testing.T) {
	with, without := []string{"in the  text", "missing"}, []string{"menu item", "absent"}
	c := ScoreSnippets(with, without, "all in the\ntext and a menu item", false)
	if c != (Counts{TP: 1, FN: 1, FP: 1, TN: 1}) {
		t.Errorf("got %+v", c)
	}
	if c := ScoreSnippets(with, without, "in the text menu item", true); c != (Counts{FN: 2, TN: 2}) {
		t.Errorf("failed output: got %+v", c)
	}
	if c := ScoreSnippets([]string{"Case"}, nil, "case", false); c.TP != 0 {
		t.Errorf("match must be case-sensitive: %+v", c)
	}
	sum := Counts{TP: 3, FP: 1, FN: 1, TN: 5}
	if !near(sum.P(), 0.75) || !near(sum.R(), 0.75) || !near(sum.Acc(), 0.8) || !near(sum.F1(), 0.75) {
		t.Errorf("metrics of %+v wrong", sum)
	}
}

func TestScoreDate(t *testing.T) {
	tests := []struct {
		gold, pred string
		want       Counts
	}{
		{"2020-01-02", "2020-01-02", Counts{TP: 1}},
		{"2020-01-02", "2020-01-03", Counts{FP: 1}},
		{"2020-01-02", "", Counts{FN: 1}},
		{"", "2020-01-02", Counts{FP: 1}}, // null gold is always wrong
		{"", "", Counts{FN: 1}},
	}
	var sum Counts
	for _, tt := range tests {
		got := ScoreDate(tt.gold, tt.pred)
		if got != tt.want {
			t.Errorf("ScoreDate(%q,%q) = %+v, want %+v", tt.gold, tt.pred, got, tt.want)
		}
		sum = sum.Add(got)
	}
	if !near(sum.Acc(), 0.2) {
		t.Errorf("accuracy %v, want 0.2", sum.Acc())
	}
}

func TestScoreFields(t *testing.T) {
	pairs := []FieldPair{
		{"Hope!", "Hope!"},
		{"It’s  Here", "it's here"},
		{"Big News Today", "Big News"},
		{"Title", ""},
	}
	s := ScoreFields(pairs)
	if !near(s.Exact, 0.25) || !near(s.Norm, 0.5) {
		t.Errorf("exact/norm = %v/%v, want 0.25/0.5", s.Exact, s.Norm)
	}
	wantF1 := (1 + 1 + 0.8 + 0) / 4
	if !near(s.TokenF1, wantF1) {
		t.Errorf("tokenF1 = %v, want %v", s.TokenF1, wantF1)
	}
	if NormField("ＡＢＣ “x”") != `abc "x"` {
		t.Errorf("NFKC/casefold/quotes: %q", NormField("ＡＢＣ “x”"))
	}
}
