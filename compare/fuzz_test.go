package compare

import (
	"testing"
	"unicode/utf8"

	"github.com/storyline-news/storyline"
)

// FuzzStory compares three articles made from arbitrary text, each quoting
// pieces of its body the fuzzer picks: no panic, every reported text is its
// article's body at start..end, and no utterance holds two reports of one
// article.
func FuzzStory(f *testing.F) {
	f.Add("“We will never pay for that f-----g wall,” he said. 52 people were killed.", "“We will never pay for that fucking wall!” Fox said; at least 50 died.", "He called it an “act of terror”.", uint8(3), uint8(40))
	f.Add("sh*t happens--he said", "s--- happens", "", uint8(0), uint8(255))
	f.Add("a", "a", "a", uint8(0), uint8(1))
	f.Fuzz(func(t *testing.T, b1, b2, b3 string, at, length uint8) {
		var arts []*storyline.Article
		for i, body := range []string{b1, b2, b3} {
			if !utf8.ValidString(body) {
				return
			}
			n := utf8.RuneCountInString(body)
			a := &storyline.Article{ID: string(rune('a' + i)), Source: string(rune('x' + i)), Body: body}
			// two quotations: the fuzzer's span, and the whole body
			start := min(int(at)+i, n)
			end := min(start+int(length), n)
			rs := []rune(body)
			for _, sp := range [][2]int{{start, end}, {0, n}} {
				if sp[0] < sp[1] {
					a.Quotes = append(a.Quotes, storyline.Quote{Text: string(rs[sp[0]:sp[1]]), Start: sp[0], End: sp[1],
						Kind: storyline.QuoteDirect, Speaker: "Jane Doe"})
				}
			}
			arts = append(arts, a)
		}
		s := &storyline.Story{ID: "s"}
		Story(s, arts)
		byID := map[string]*storyline.Article{}
		for _, a := range arts {
			byID[a.ID] = a
		}
		check := func(r storyline.Report) {
			rs := []rune(byID[r.Article].Body)
			if r.Start < 0 || r.End > len(rs) || r.Start > r.End || string(rs[r.Start:r.End]) != r.Text {
				t.Fatalf("report %+v is not its article's body at start..end", r)
			}
		}
		for _, u := range s.Comparison.Quotes {
			seen := map[string]bool{}
			for _, r := range u.Reports {
				if seen[r.Article] {
					t.Fatalf("utterance %+v holds two reports of %s", u, r.Article)
				}
				seen[r.Article] = true
				check(r)
			}
		}
		for _, g := range s.Comparison.Figures {
			for _, v := range g.Values {
				check(v.Report)
			}
		}
	})
}
