package compare

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestJoinedAfter: the order of two reports' words without joining them is
// the order of the joined strings, which decides which of a pair is the
// shorter (and so every feature's side) when both have as many words.
func TestJoinedAfter(t *testing.T) {
	tests := []struct{ a, b []string }{
		{[]string{"ab", "c"}, []string{"a", "bc"}},
		{[]string{"a", "b"}, []string{"a", "b"}},
		{[]string{"a!", "x"}, []string{"a", "x"}},
		{[]string{"a\tb", "x"}, []string{"a", "x"}}, // a byte below the space
		{[]string{"we", "will"}, []string{"we", "willow"}},
		{[]string{"x", "a"}, []string{"x"}},
		{nil, nil},
	}
	for _, tt := range tests {
		for _, p := range [][2][]string{{tt.a, tt.b}, {tt.b, tt.a}} {
			want := strings.Join(p[0], " ") > strings.Join(p[1], " ")
			if got := joinedAfter(p[0], p[1]); got != want {
				t.Errorf("joinedAfter(%q, %q) = %v, want %v", p[0], p[1], got, want)
			}
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	words := []string{"a", "ab", "abc", "b", "a\x1f", "é", "éa", "z"} // no empty word: writtenWords gives none
	list := func() []string {
		ws := make([]string, r.IntN(4))
		for i := range ws {
			ws[i] = words[r.IntN(len(words))]
		}
		return ws
	}
	for range 20000 {
		a, b := list(), list()
		if got, want := joinedAfter(a, b), strings.Join(a, " ") > strings.Join(b, " "); got != want {
			t.Fatalf("joinedAfter(%q, %q) = %v, want %v", a, b, got, want)
		}
	}
}

// TestLongestRunIDs: the run over word numbers (longestRunIn), with its rows reused from
// pair to pair, is the run over the words.
func TestLongestRunIDs(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	var buf runBuffer
	for range 5000 {
		a, b := make([]int32, r.IntN(12)), make([]int32, r.IntN(12))
		sa, sb := make([]string, len(a)), make([]string, len(b))
		for i := range a {
			a[i] = int32(r.IntN(4))
			sa[i] = string(rune('a' + a[i]))
		}
		for i := range b {
			b[i] = int32(r.IntN(4))
			sb[i] = string(rune('a' + b[i]))
		}
		n, end := longestRunIn(&buf, a, b)
		wn, wend := longestRunAt(sa, sb)
		if n != wn || end != wend {
			t.Fatalf("longestRunIn(%v, %v) = %d, %d; longestRunAt gives %d, %d", a, b, n, end, wn, wend)
		}
	}
}

// TestKeyReports: the keyed sets hold what the word maps hold: one word's
// pair is the word, and function words are no content.
func TestKeyReports(t *testing.T) {
	one := &qrep{words: []string{"malarkey"}}
	two := &qrep{words: []string{"the", "malarkey", "the", "malarkey"}}
	keyReports([]*qrep{one, two})
	if len(one.keys.pairs) != 1 || len(two.keys.pairs) != 2 {
		t.Errorf("pairs: %d and %d, want 1 and 2", len(one.keys.pairs), len(two.keys.pairs))
	}
	if common(one.keys.pairs, two.keys.pairs) != 0 {
		t.Error("a one-word report's pair equals a pair of two words")
	}
	if len(two.keys.words) != 2 || len(two.keys.content) != 1 || common(one.keys.content, two.keys.content) != 1 {
		t.Errorf("words %v, content %v", two.keys.words, two.keys.content)
	}
}

// TestAmpersandWords: an ampersand between words is the word "and", as
// another outlet prints the tweet it quotes; inside a name it is not.
func TestAmpersandWords(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"Also on Comey & others.", "also on comey and others"},
		{"Let everybody participate, good & bad", "let everybody participate good and bad"},
		{"nothing so Fake as CNN & MSNBC, & yet", "nothing so fake as cnn and msnbc and yet"},
		{"& so on", "and so on"},
		{"Comey&", "comey and"},
		{"AT&T cut R&D and Q&A", "at t cut r d and q a"},
	}
	for _, tt := range tests {
		if got := strings.Join(foldWords(writtenWords(tt.text)), " "); got != tt.want {
			t.Errorf("writtenWords(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestMaskedWords: a word printed with its letters masked is one word, and
// it is the story's word it can hide when only one can be.
func TestMaskedWords(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"never pay for that f-----g wall", "never pay for that f*g wall"},
		{"that f***ing wall!", "that f*ing wall"},
		{"sh*t happens", "sh*t happens"},
		{"he said--and I agree--that it was s---", "he said and i agree that it was s*"},
		{"he--and she", "he and she"},
		{"a well-known fact", "a well known fact"},
		{"F***", "f*"},
		{"I--I think so", "i i think so"},
		{"But I--", "but i"},
		{"a--a disaster", "a a disaster"},
		{"it is* true, said the US*", "it is true said the us"},
		{"d--n it, kick a**, holy sh**, a**hole, f--k", "d*n it kick a* holy sh* a*hole f*k"},
		{"the X-Men wore T-shirts to e-mail", "the x men wore t shirts to e mail"},
	}
	for _, tt := range tests {
		if got := strings.Join(foldWords(writtenWords(tt.text)), " "); got != tt.want {
			t.Errorf("writtenWords(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
	rep := func(text string) *qrep { return &qrep{words: foldWords(writtenWords(text))} }
	a, b, c := rep("that f-----g wall"), rep("never pay for that fucking wall"), rep("that f***ing wall")
	keyReports([]*qrep{a, b, c})
	if a.keys.ids[1] != b.keys.ids[4] || c.keys.ids[1] != b.keys.ids[4] {
		t.Errorf("masked words not the word they hide: %v %v %v", a.keys.ids, b.keys.ids, c.keys.ids)
	}
	d, e := rep("f*g"), rep("fucking facing")
	keyReports([]*qrep{d, e})
	if d.keys.ids[0] == e.keys.ids[0] || d.keys.ids[0] == e.keys.ids[1] {
		t.Errorf("a mask that can hide two words took one: %v %v", d.keys.ids, e.keys.ids)
	}
}
