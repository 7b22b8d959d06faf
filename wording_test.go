package storyline

import (
	"strings"
	"testing"
)

// TestOwnWords: the words one report prints and the report closest to it
// lacks are marked, a run of them once; shared words, case and ’ aside,
// are not.
func TestOwnWords(t *testing.T) {
	show := func(ps []WordPiece) string {
		var b strings.Builder
		for _, p := range ps {
			if p.Own {
				b.WriteString("[" + p.Text + "]")
			} else {
				b.WriteString(p.Text)
			}
		}
		return b.String()
	}
	tests := []struct {
		texts []string
		want  []string
	}{
		{[]string{"If somebody tells you how to exercise discretion,", "If somebody tells you how to exercise discretion, you don’t have discretion"},
			[]string{"If somebody tells you how to exercise discretion,", "If somebody tells you how to exercise discretion, [you don’t have discretion]"}},
		{[]string{"never pay for that fucking wall.", "that f-----g wall"},
			[]string{"[never pay for] that [fucking] wall.", "that [f-----g] wall"}},
		{[]string{"we will win", "we will win and win", "we shall win"}, []string{"we will win", "we will win [and win]", "we [shall] win"}},
		{[]string{"We Will Rebuild", "we will rebuild"}, []string{"We Will Rebuild", "we will rebuild"}},
		{[]string{"he said 'no way' today", "he said no way"}, []string{"he said 'no way' [today]", "he said no way"}},
		{[]string{"दुनिया बदल गई", "दुनिया"}, []string{"दुनिया [बदल गई]", "दुनिया"}},
		{[]string{"我们将重建这座城市", "我们重建城市"}, []string{"我们[将]重建[这座]城市", "我们重建城市"}},
		{[]string{"In the last debate, [Haley] made fun of me", "She made fun of me"},
			[]string{"[In the last debate, [Haley]] made fun of me", "[She] made fun of me"}},
		{[]string{"the (Democratic) senator said", "the senator said"}, []string{"the [(Democratic)] senator said", "the senator said"}},
		{[]string{"", "…", "'"}, []string{"", "…", "'"}},
		{[]string{"alone"}, nil},
		{[]string{strings.Repeat("word ", 3000), strings.Repeat("word ", 3000), strings.Repeat("word ", 3000)}, nil},
	}
	for _, tt := range tests {
		got := OwnWords(tt.texts)
		if tt.want == nil {
			if got != nil {
				t.Errorf("%q: %v, want nil", tt.texts, got)
			}
			continue
		}
		for i, w := range tt.want {
			if s := show(got[i]); s != w {
				t.Errorf("%q: report %d shows %q, want %q", tt.texts, i, s, w)
			}
		}
	}
}

// FuzzOwnWords: marking never panics and each report's pieces, joined,
// are its text.
func FuzzOwnWords(f *testing.F) {
	f.Add("never pay for that fucking wall.", "that f-----g wall", "我们将重建这座城市")
	f.Add("", "'", "दुनिया बदल गई")
	f.Fuzz(func(t *testing.T, a, b, c string) {
		texts := []string{a, b, c}
		for i, ps := range OwnWords(texts) {
			var sb strings.Builder
			for _, p := range ps {
				sb.WriteString(p.Text)
			}
			if sb.String() != texts[i] {
				t.Fatalf("report %d: pieces %q, text %q", i, sb.String(), texts[i])
			}
		}
	})
}
