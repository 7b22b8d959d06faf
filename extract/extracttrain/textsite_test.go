package extracttrain

import (
	"math"
	"testing"
)

// TestNamesHost: a name names a host as scripts/eval-sources.py counts.
func TestNamesHost(t *testing.T) {
	tests := []struct {
		name, host string
		want       bool
	}{
		{"Quayside Herald", "www.quaysideherald.com", true},
		{"QuaysideHerald.com", "quaysideherald.com", true},
		{"Übermedien", "uebermedien.de", true},
		{"Quayside", "www.quaysideherald.co.uk", true}, // one holds the other
		{"Herald", "www.quaysideherald.com", true},
		{"Sun", "thesun.co.uk", false}, // too short to be held
		{"Marsh Courier", "www.quaysideherald.com", false},
		{"Blog", "quayside.wordpress.com", false}, // platform labels are no site
		{"WordPress.com", "quayside.wordpress.com", false},
	}
	for _, tt := range tests {
		if got := namesHost(tt.name, tt.host); got != tt.want {
			t.Errorf("namesHost(%q, %q) = %v, want %v", tt.name, tt.host, got, tt.want)
		}
	}
}

func TestSamePublisher(t *testing.T) {
	tests := []struct {
		name, publisher string
		want            bool
	}{
		{"Quayside Herald", "Quayside Herald", true},
		{"QUAYSIDE HERALD", "Quayside Herald", true},
		{"Quayside Herald", "Quayside Herald - News from the quay", true},
		{"Quayside", "Quayside Herald", false},
		{"Quayside Herald", "", false},
	}
	for _, tt := range tests {
		if got := samePublisher(tt.name, tt.publisher); got != tt.want {
			t.Errorf("samePublisher(%q, %q) = %v, want %v", tt.name, tt.publisher, got, tt.want)
		}
	}
}

func TestArchivedHost(t *testing.T) {
	tests := []struct{ url, want string }{
		{"https://web.archive.org/web/20200101000000/https://www.quayside.example/a", "www.quayside.example"},
		{"https://www.quayside.example/a", "www.quayside.example"},
	}
	for _, tt := range tests {
		if got := archivedHost(tt.url, urlHost(tt.url)); got != tt.want {
			t.Errorf("archivedHost(%q) = %q, want %q", tt.url, got, tt.want)
		}
	}
}

// TestMultiGoldGradients: with one right candidate the gradient is the
// softmax's, p - 1 and p; with two, each right one is pulled by its share
// of their summed probability, and the gradients sum to zero.
func TestMultiGoldGradients(t *testing.T) {
	margin := []float64{0, 0, 0, 0}
	g, h := make([]float64, 4), make([]float64, 4)
	multiGoldGradients(margin, []bool{true, false, false, false}, g, h)
	want := []float64{-0.75, 0.25, 0.25, 0.25}
	for i := range g {
		if math.Abs(g[i]-want[i]) > 1e-12 {
			t.Errorf("one right: g[%d] = %g, want %g", i, g[i], want[i])
		}
	}
	multiGoldGradients(margin, []bool{true, true, false, false}, g, h)
	want = []float64{-0.25, -0.25, 0.25, 0.25}
	sum := 0.0
	for i := range g {
		sum += g[i]
		if math.Abs(g[i]-want[i]) > 1e-12 {
			t.Errorf("two right: g[%d] = %g, want %g", i, g[i], want[i])
		}
	}
	if math.Abs(sum) > 1e-12 {
		t.Errorf("gradients sum to %g", sum)
	}
}
