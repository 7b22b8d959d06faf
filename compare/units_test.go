package compare

import "testing"

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
