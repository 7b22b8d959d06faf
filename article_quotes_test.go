package storyline

import (
	"reflect"
	"testing"
)

func TestJoinQuoteParts(t *testing.T) {
	q := func(text string, start, end int, continues bool) Quote {
		return Quote{Text: text, Speaker: "Kaja Kallas", Cue: "said", Kind: QuoteDirect, Start: start, End: end, Continues: continues}
	}
	tests := []struct {
		name string
		in   []Quote
		want []Quote
	}{
		{"nothing", nil, []Quote{}},
		{"one quotation in two parts", []Quote{q("It means", 1, 9, false), q("that we act.", 23, 35, true)},
			[]Quote{q("It means that we act.", 1, 35, false)}},
		{"two quotations", []Quote{q("One", 1, 4, false), q("Two", 20, 23, false)},
			[]Quote{q("One", 1, 4, false), q("Two", 20, 23, false)}},
		{"three parts, then another", []Quote{q("A", 1, 2, false), q("B", 10, 11, true), q("C", 20, 21, true), q("D", 40, 41, false)},
			[]Quote{q("A B C", 1, 21, false), q("D", 40, 41, false)}},
		{"a first quote marked continuing stays", []Quote{q("A", 1, 2, true)}, []Quote{q("A", 1, 2, true)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := JoinQuoteParts(tt.in)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("JoinQuoteParts = %+v, want %+v", got, tt.want)
			}
		})
	}
}
