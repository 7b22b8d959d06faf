package entity

import (
	"strings"
	"testing"
	"unicode/utf8"
)

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

func TestCleanName(t *testing.T) {
	tests := []struct {
		in     string
		person bool
		want   string
	}{
		{"Mr. Ilse Varga's", true, "Ilse Varga"},
		{"Gov. Tomas Brenner", true, "Tomas Brenner"},
		{"Mr. DeSantis’ No.", true, "DeSantis"},
		{"Varga's Bar", true, "Varga"},
		{"Macy's Parade", false, "Macy's Parade"},
		{"the Calder Dockers' Union", false, "Calder Dockers' Union"},
		{"O'Neill", true, "O'Neill"},
		{"Jenee' Barth", true, "Jenee' Barth"},
		{"Tuesday Ilse Varga", true, "Ilse Varga"},
		{"Whip Tomas Brenner", true, "Tomas Brenner"},
	}
	for _, tt := range tests {
		if got := cleanName(tt.in, tt.person); got != tt.want {
			t.Errorf("cleanName(%q, %v) = %q, want %q", tt.in, tt.person, got, tt.want)
		}
	}
}

func TestTitledPerson(t *testing.T) {
	for s, want := range map[string]bool{
		"President Obama": true, "Sen. Sanders": true, "Senator Reid's": true, "Gov. Christie": true,
		"Sen. Bernie Sanders": false, "President Lincoln Memorial": false,
		"Dr Pepper": false, "Mr. Trump": false, "President": false, "Senate Judiciary Committee": false,
		"President of the Council": false, "Rep. a b c": false,
	} {
		if got := titledPerson(s); got != want {
			t.Errorf("titledPerson(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestASCIINameKey: the one-pass fold of an ASCII name is the general
// fold's, and a name with any other character is left to the general one.
func TestASCIINameKey(t *testing.T) {
	for _, in := range []string{
		"Mark Rutte", "  J.R.R.  Tolkien ", "U.S.", "", " ", ".", "a . b", "a.b",
		"NATO\tSecretary-General\n Mark\r\nRutte", "O'Neill", "x\vy\fz", "...A...",
		"Dr. Anna-Lena  Baerbock.", "ÉLYSÉE", "Conan O’Brien", "a\u00a0b",
	} {
		k, ok := asciiNameKey(in)
		if ascii := utf8.ValidString(in) && !strings.ContainsFunc(in, func(r rune) bool { return r >= utf8.RuneSelf }); ok != ascii {
			t.Errorf("asciiNameKey(%q): ok %v, want %v", in, ok, ascii)
		}
		if want := foldNameKey(in); ok && k != want {
			t.Errorf("asciiNameKey(%q) = %q, want %q", in, k, want)
		}
		if got, want := nameKey(in), foldNameKey(in); got != want {
			t.Errorf("nameKey(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzNameKey(f *testing.F) {
	for _, s := range []string{"Mark Rutte", "  J.R.R.  Tolkien ", "Conan O’Brien", "a\tb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := nameKey(s), foldNameKey(s); got != want {
			t.Errorf("nameKey(%q) = %q, want %q", s, got, want)
		}
	})
}

// BenchmarkNameKey folds names as the mentions of a news article write them.
func BenchmarkNameKey(b *testing.B) {
	names := []string{"Mark Rutte", "NATO", "U.S.", "Secretary-General Mark Rutte", "Conan O’Brien", "World Economic Forum", "Gen. Norman Ham"}
	for b.Loop() {
		for _, n := range names {
			nameKey(n)
		}
	}
}
