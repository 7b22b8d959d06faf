package dedup

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// story writes a body of n sentences drawn at random (from seed) from one
// news vocabulary, so that two seeds give two different texts on the same words.
func story(seed, n int) string {
	words := strings.Fields(`the minister said talks with union would resume after officials met in brussels
		to discuss trade defence and security on monday while critics warned that the deal could fail if
		parliament rejects it before summer as several member states have already signalled doubts about costs`)
	rng := rand.New(rand.NewPCG(uint64(seed), 1))
	var b strings.Builder
	for i := range n {
		for range 12 {
			b.WriteString(words[rng.IntN(len(words))])
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "%d. ", seed*1000+i)
	}
	return b.String()
}

func TestIndex(t *testing.T) {
	h := NewHasher()
	orig := story(1, 40)
	tests := []struct {
		name string
		body string
		want string // id found, or "" for none
	}{
		{"exact copy, other punctuation and case", strings.ToUpper(strings.ReplaceAll(orig, ".", ",")), "a"},
		{"copy with boilerplate around it", "Home | News | Sport\n" + orig + "\nSubscribe to our newsletter. Cookie policy. All rights reserved.", "a"},
		{"copy with its end cut", orig[:len(orig)*3/4], "a"},
		{"another article on the same words", story(2, 40), ""},
		{"empty body", "", ""},
		{"too short for shingles", "Minister resigns", ""},
	}
	idx := NewIndex(DefaultOptions())
	idx.Add("a", h.Sign(orig))
	idx.Add("b", h.Sign(orig)) // a later copy: Find must name the earliest
	idx.Add("empty", h.Sign(""))
	for _, tt := range tests {
		got, ok := idx.Find(h.Sign(tt.body))
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("%s: Find = %q, %v; want %q", tt.name, got, ok, tt.want)
		}
	}
}

func TestContainment(t *testing.T) {
	h := NewHasher()
	small := h.Sign(story(3, 20))
	big := h.Sign(story(3, 20) + story(4, 20))
	if c := Containment(small, big); c < 0.8 {
		t.Errorf("containment of a text in itself plus as much again = %.2f, want >= 0.8", c)
	}
	if j := Jaccard(small, big); j > 0.7 || j < 0.3 {
		t.Errorf("Jaccard = %.2f, want about 0.5", j)
	}
	if c := Containment(small, h.Sign(story(5, 20))); c > 0.2 {
		t.Errorf("containment of two different texts = %.2f, want < 0.2", c)
	}
}

func BenchmarkSign(b *testing.B) {
	h := NewHasher()
	body := story(1, 60)
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		h.Sign(body)
	}
}
