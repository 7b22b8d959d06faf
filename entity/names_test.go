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
