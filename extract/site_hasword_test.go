package extract

import "testing"

func TestHasWord(t *testing.T) {
	tests := []struct {
		text, w string
		want    bool
	}{
		{"Staff Writers at Lord's Press", "at", true},
		{"at home", "at", true},
		{"that is what", "at", false},
		{"catalogue", "at", false},
		{"news from Paris", "from", true},
		{"ends with at", "at", false}, // the pattern needs white space after it
	}
	for _, tt := range tests {
		if got := hasWord(tt.text, tt.w); got != tt.want {
			t.Errorf("hasWord(%q, %q) = %v, want %v", tt.text, tt.w, got, tt.want)
		}
	}
}
