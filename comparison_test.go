package storyline

import (
	"slices"
	"testing"
)

func TestFormatValue(t *testing.T) {
	for _, tc := range []struct {
		v    float64
		want string
	}{
		{3e7, "30,000,000"},
		{1.2e9, "1,200,000,000"},
		{91, "91"},
		{999, "999"},
		{1000, "1,000"},
		{-2500.5, "-2,500.5"},
		{0.126, "0.13"},
		{2.30, "2.3"},
		{0, "0"},
		{1e20, "1e+20"},
		{-0.001, "0"},
	} {
		if got := FormatValue(tc.v); got != tc.want {
			t.Errorf("FormatValue(%v) = %q, want %q", tc.v, got, tc.want)
		}
	}
}

// TestByValue: a figure's statements are grouped by value, in order of
// first statement, with their sources once each and their wordings.
func TestByValue(t *testing.T) {
	fv := func(article, src, text string, v float64) FigureValue {
		return FigureValue{Report: Report{Article: article, Source: src, Text: text}, Value: v}
	}
	f := Figure{Values: []FigureValue{
		fv("a1", "a.com", "26 pirates", 26), fv("x1", "", "23 pirates", 23), fv("b1", "b.com", "26 Somali pirates", 26),
		fv("a2", "a.com", "26 pirates", 26), fv("x2", "", "23 Somalian pirates", 23), fv("c1", "c.com", "26.001 pirates", 26.001),
	}}
	got := f.ByValue()
	if len(got) != 2 {
		t.Fatalf("%d values, want 2 (26.001 is written 26): %+v", len(got), got)
	}
	if v := got[0]; v.Value != 26 || len(v.Reports) != 4 || !slices.Equal(ByOutlet(v.Reports), []OutletReports{{"a.com", "a1", 2}, {"b.com", "b1", 1}, {"c.com", "c1", 1}}) ||
		!slices.Equal(v.Texts(2), []string{"26 pirates", "26 Somali pirates"}) {
		t.Errorf("first value %+v, by outlet %+v", v, ByOutlet(v.Reports))
	}
	// an article that names no source is an outlet of its own
	if v := got[1]; v.Value != 23 || len(v.Reports) != 2 || !slices.Equal(ByOutlet(v.Reports), []OutletReports{{"", "x1", 1}, {"", "x2", 1}}) {
		t.Errorf("second value %+v, by outlet %+v", v, ByOutlet(v.Reports))
	}
}

func TestStatedValueLabel(t *testing.T) {
	sv := func(v float64, texts ...string) StatedValue {
		s := StatedValue{Value: v}
		for _, x := range texts {
			s.Reports = append(s.Reports, Report{Text: x})
		}
		return s
	}
	tests := []struct {
		v    StatedValue
		want string
	}{
		{sv(1200, "1,200 people"), "1,200"},
		{sv(1200, "1200 people"), "1,200"},
		{sv(16093.44, "10 miles", "ten miles"), "10 miles"},
		{sv(24, "two dozen"), "two dozen"},
		{sv(1.2e9, "$1.2 billion"), "$1.2 billion"},
		{sv(24, "two dozen", "24 boats"), "24"},
		{sv(0.5, "10.5 percent of voters"), "10.5 percent of voters"},
		{sv(12, "12."), "12"},
		{sv(1200, "1,200,000 people"), "1,200,000 people"},
		{sv(7), "7"},
		{sv(7, " "), "7"},
	}
	for _, tt := range tests {
		if got := tt.v.Label(); got != tt.want {
			t.Errorf("%+v: Label() = %q, want %q", tt.v, got, tt.want)
		}
	}
}

func TestStatedValueWordings(t *testing.T) {
	one := StatedValue{Value: 24, Reports: []Report{{Text: "two dozen"}, {Text: "two dozen"}}}
	two := StatedValue{Value: 24, Reports: []Report{{Text: "two dozen"}, {Text: "24 boats"}}}
	if got := one.Wordings(3); got != nil {
		t.Errorf("one wording, the label: Wordings = %q, want none", got)
	}
	if got := two.Wordings(3); !slices.Equal(got, []string{"two dozen", "24 boats"}) {
		t.Errorf("two wordings: Wordings = %q", got)
	}
}

func TestUtteranceOwnWords(t *testing.T) {
	texts := []string{"we will win", "we will win and win"}
	if got := (Utterance{Wording: WordingSame}).OwnWords(texts); got != nil {
		t.Errorf("same wording marked: %v", got)
	}
	if got := (Utterance{Wording: WordingVariant}).OwnWords(texts); len(got) != 2 || !got[1][len(got[1])-1].Own {
		t.Errorf("variant wording: %v, want the second report's last words marked", got)
	}
}
