package compare

import (
	"math"
	"testing"

	"github.com/storyline-news/storyline/text"
)

// TestAgreeUnits: a length converted from another unit agrees within the
// rounding of a conversion with one written in that other unit; two
// written in one unit agree only as their written numbers do.
func TestAgreeUnits(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"He fell 2,000 feet.", "He fell 609 metres.", true},
		{"He fell 200 feet.", "He fell 61 meters.", true},
		{"It lies 64 kilometres away.", "It lies 40 miles away.", true},
		{"He fell 2,000 feet.", "He fell 700 metres.", false},
		// one unit: no conversion between them
		{"Hillis ran for 101 yards.", "Hillis ran for 96 yards.", false},
		{"He fell 2,000 feet.", "He fell 1,950 feet.", false},
		{"It lies 40 miles away.", "It lies 39 miles away.", false},
		{"He fell 150 metres.", "He fell 145 meters.", false},
		{"He ran 101 yards.", "He ran 101 yards.", true},
		// a hedge still allows a round value
		{"He fell 2,000 feet.", "He fell about 1,950 feet.", true},
	}
	for _, tt := range tests {
		qa, qb := Figures(tt.a, nil), Figures(tt.b, nil)
		if len(qa) != 1 || len(qb) != 1 {
			t.Fatalf("%q, %q: %d and %d figures", tt.a, tt.b, len(qa), len(qb))
		}
		if got := agree(qa[0], qb[0]); got != tt.want {
			t.Errorf("agree(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// oneFigure is the one figure of text, or reports that text holds another
// number of them.
func oneFigure(t *testing.T, text string) (Quantity, bool) {
	t.Helper()
	qs := Figures(text, nil)
	if len(qs) != 1 {
		t.Errorf("%q: %d figures %+v", text, len(qs), qs)
		return Quantity{}, false
	}
	return qs[0], true
}

// TestManPlurals: a compound in "man" makes its plural in "men", and a
// number counts it ("22 Yemeni fishermen" count fishermen, not Yemenis).
func TestManPlurals(t *testing.T) {
	tests := []struct {
		in, phrase, what string
	}{
		{"Pirates seized 22 Yemeni fishermen in the gulf.", "22 Yemeni fishermen", "yemeni"},
		{"The ship had 26 crewmen on board.", "26 crewmen", "crewman"},
		{"Two masked gunmen opened fire.", "Two masked gunmen", "masked"},
		{"Five men were hurt.", "Five men were hurt", "men injured"},
	}
	for _, tt := range tests {
		q, ok := oneFigure(t, tt.in)
		if !ok {
			continue
		}
		if got := string([]rune(tt.in)[q.Phrase.Start:q.Phrase.End]); got != tt.phrase || q.What != tt.what {
			t.Errorf("%q: phrase %q what %q, want %q %q", tt.in, got, q.What, tt.phrase, tt.what)
		}
	}
	heads := []struct{ in, head string }{
		{"Pirates seized 22 Yemeni fishermen in the gulf.", "fisherman"},
		{"Two masked gunmen opened fire.", "gunman"},
		{"He flew to Yemen and back.", ""},
	}
	for _, tt := range heads {
		for _, q := range Figures(tt.in, nil) {
			if q.head != tt.head {
				t.Errorf("%q: head %q, want %q", tt.in, q.head, tt.head)
			}
		}
	}
	for w, want := range map[string]string{"fishermen": "fisherman", "policemen": "policeman", "specimen": "specimen", "yemen": "yemen", "women": "women", "omens": "omen"} {
		if got := singular(w); got != want {
			t.Errorf("singular(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestGluedLengths: a length whose unit is glued to its number ("58km",
// "2,000ft") is a figure in metres, and a conversion in brackets
// after it is no figure of its own ("about 58km (36 miles)").
func TestGluedLengths(t *testing.T) {
	tests := []struct {
		in, text string
		value    float64
	}{
		{"The epicentre was about 58km south-west of the port.", "about 58km", 58000},
		{"He fell 2,000ft down the slope.", "2,000ft", 609.6},
		{"It lies 7.5km away.", "7.5km", 7500},
	}
	for _, tt := range tests {
		q, ok := oneFigure(t, tt.in)
		if !ok {
			continue
		}
		if got := string([]rune(tt.in)[q.Start:q.End]); got != tt.text || q.Value != tt.value || q.What != "metre" {
			t.Errorf("%q: got %q %v %q, want %q %v metre", tt.in, got, q.Value, q.What, tt.text, tt.value)
		}
	}
	// the bracketed conversion of a glued length restates it (restates)
	body := "The epicentre was about 58km (36 miles) south-west of the port."
	toks := text.Tokenize(body)
	qs := figuresIn(toks, nil)
	if len(qs) != 2 || !restates(toks, qs[0], qs[1]) {
		t.Errorf("%q: %d figures, the second not a restatement: %+v", body, len(qs), qs)
	}
	// money keeps its short scales ("$20m" is no length), and "9m people" are no metres
	if qs := Figures("They paid $20m for it.", nil); len(qs) != 1 || qs[0].What != "dollar" || qs[0].Value != 20e6 {
		t.Errorf("$20m: %+v", qs)
	}
	if qs := Figures("A 9m population and 150m more.", nil); len(qs) != 0 {
		t.Errorf("9m: %+v", qs)
	}
	// half of a number a text dump split after its thousands comma is no figure
	for _, none := range []string{"He fell around 2, 000ft while climbing.", "He fell 2, 000 feet.", "It cost $3, 000 in all."} {
		if qs := Figures(none, nil); len(qs) != 0 {
			t.Errorf("%q: want no figure, got %+v", none, qs)
		}
	}
	// a list keeps its numbers
	if qs := Figures("In 2008, 500 people died.", nil); len(qs) != 1 || qs[0].Value != 500 {
		t.Errorf("list: %+v", qs)
	}
}

// TestFigureAgreeAllPairs: a group agrees when every two of its values
// do; a hedge lets two values each agree with a third and not with each
// other.
func TestFigureAgreeAllPairs(t *testing.T) {
	tests := []struct {
		name   string
		bodies []string
		want   bool
	}{
		{"hedged values on both sides of an exact one", []string{"It fell 100 feet.", "It fell about 104 feet.", "It fell about 96 feet."}, false},
		{"one value three ways", []string{"It fell 100 feet.", "It fell about 101 feet.", "It fell about 99 feet."}, true},
		{"hedged first", []string{"It fell about 104 feet.", "It fell 100 feet.", "It fell 96 feet."}, false},
	}
	for _, tt := range tests {
		var docs []*doc
		var reps []*frep
		var g []int
		for i, b := range tt.bodies {
			docs = append(docs, newDoc(art(string(rune('a'+i)), "s.example", "2020-01-01", b, nil, nil)))
			qs := Figures(b, nil)
			if len(qs) != 1 {
				t.Fatalf("%q: %d figures", b, len(qs))
			}
			reps = append(reps, &frep{doc: i, q: qs[0]})
			g = append(g, i)
		}
		if f := figure(g, reps, docs); f.Agree != tt.want {
			t.Errorf("%s: agree %v, want %v", tt.name, f.Agree, tt.want)
		}
	}
}

// TestMixedFractions: a whole number and a fraction are one value ("2 1/2
// years", "a 2-1/2 year sentence", "4 ½ months"), which differs from the
// whole number alone; a date-like or improper fraction is no part of it.
func TestMixedFractions(t *testing.T) {
	tests := []struct {
		in, text string
		value    float64
		what     string
	}{
		{"He was sentenced to 2 1/2 years, with parole.", "2 1/2 years", 2.5, "year"},
		{"Gomes served most of a 2-1/2 year sentence.", "2-1/2 year", 2.5, "year-sentence"},
		{"He served 4 ½ months in federal prison.", "4 ½ months", 4.5, "month-in"},
		{"The trail runs 3 3/4 miles.", "3 3/4 miles", 6035.04, "metre"},
		{"Volunteers planted 12 9/11 trees.", "12", 12, ""},
	}
	for _, tt := range tests {
		q, ok := oneFigure(t, tt.in)
		if !ok {
			continue
		}
		r := []rune(tt.in)
		if got := string(r[q.Start:q.End]); got != tt.text || math.Abs(q.Value-tt.value) > 0.01 || q.What != tt.what {
			t.Errorf("%q: %q %v %q, want %q %v %q", tt.in, got, q.Value, q.What, tt.text, tt.value, tt.what)
		}
	}
	for _, in := range []string{"He served 2 years.", "He served 2 5/4 years."} {
		if q, ok := oneFigure(t, in); ok && q.Value != 2 {
			t.Errorf("%q: value %v, want 2", in, q.Value)
		}
	}
	a, _ := oneFigure(t, "He was sentenced to 2 years.")
	b, _ := oneFigure(t, "He was sentenced to 2 1/2 years.")
	if agree(a, b) {
		t.Error("2 years and 2 1/2 years must not agree")
	}
}
