package entity

import "testing"

func TestNameKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Mark Rutte", "mark rutte"},
		{"  J.R.R.  Tolkien ", "jrr tolkien"},
		{"Conan O’Brien", "conan o'brien"},
		{"Conan O‘Brien", "conan o'brien"},
		{"U.S.", "us"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := nameKey(tt.in); got != tt.want {
			t.Errorf("nameKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
