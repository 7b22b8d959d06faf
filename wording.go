package storyline

import (
	"slices"
	"strings"
	"unicode"
)

// WordPiece is a run of a report's text; Own marks the words the closest
// other report of its utterance does not print, with what stands between
// them.
type WordPiece struct {
	Text string
	Own  bool
}

// maxAlignCells bounds the work of marking one utterance: the summed
// products of its reports' word counts, which the lengths of their common
// subsequences cost (in two rows each), and one table per report, counted
// before the report it is built with is known. Thirty reports of 200 words, or two of 2,000, fit; a
// page marks its utterances when it is read.
const maxAlignCells = 20_000_000

// OwnWords splits each report of one utterance into pieces, marking the
// words it prints that the report closest to it (the one sharing the most
// words in order with it) lacks: what the report adds to the words they
// share ("Fox prints the full sentence, the Times half of it") or prints
// otherwise ("never pay for that fucking wall", "that f-----g wall").
// Words are compared in lower case, ’ as ', without the quotation marks
// around them. nil with fewer than two reports, or when marking would cost
// more than maxAlignCells.
func OwnWords(texts []string) [][]WordPiece {
	if len(texts) < 2 {
		return nil
	}
	runs := make([][]wordRun, len(texts))
	words := make([][]string, len(texts))
	for i, t := range texts {
		runs[i] = wordRuns(t)
		for _, r := range runs[i] {
			if r.word {
				words[i] = append(words[i], foldReportWord(r.text))
			}
		}
	}
	cost := 0
	for i := range words {
		for j := i + 1; j < len(words); j++ {
			cost += len(words[i]) * len(words[j])
		}
		// its table, counted as if with the next report: the closest is
		// not known until the lengths are
		cost += len(words[i]) * len(words[(i+1)%len(words)])
	}
	if cost > maxAlignCells {
		return nil
	}
	closest := make([]int, len(texts)) // the other report sharing the most words in order
	best := make([]int, len(texts))
	for i := range best {
		best[i] = -1
	}
	for i := range words {
		for j := i + 1; j < len(words); j++ {
			n := commonLength(words[i], words[j])
			if n > best[i] {
				best[i], closest[i] = n, j
			}
			if n > best[j] {
				best[j], closest[j] = n, i
			}
		}
	}
	out := make([][]WordPiece, len(texts))
	for i := range texts {
		shared := aligned(words[i], words[closest[i]])
		var ps []WordPiece
		gap, k := "", 0 // the separators since the last word, not yet placed; the word's index
		for _, r := range runs[i] {
			if !r.word {
				gap += r.text
				continue
			}
			own := !shared[k]
			k++
			if n := len(ps); own && n > 0 && ps[n-1].Own {
				ps[n-1].Text += gap + r.text // one mark over a run of own words
			} else {
				if gap != "" {
					ps = append(ps, WordPiece{Text: gap})
				}
				ps = append(ps, WordPiece{Text: r.text, Own: own})
			}
			gap = ""
		}
		if gap != "" {
			ps = append(ps, WordPiece{Text: gap})
		}
		out[i] = closeBrackets(ps)
	}
	return out
}

// closeBrackets moves into a mark the bracket that closes one it opens,
// and the one that opens a bracket it closes, from the unmarked text beside
// it, and the brackets around the whole of a mark: «In the last debate,
// [Haley]», not «In the last debate, [Haley»]; «(Democratic)», not
// («Democratic»).
func closeBrackets(ps []WordPiece) []WordPiece {
	for i := range ps {
		if !ps[i].Own {
			continue
		}
		for _, b := range [...]struct{ open, close string }{{"[", "]"}, {"(", ")"}} {
			n := strings.Count(ps[i].Text, b.open) - strings.Count(ps[i].Text, b.close)
			opens := i > 0 && !ps[i-1].Own && strings.HasSuffix(ps[i-1].Text, b.open)
			closes := i+1 < len(ps) && !ps[i+1].Own && strings.HasPrefix(ps[i+1].Text, b.close)
			if n == 0 && !(opens && closes) {
				continue // balanced, and not the whole of a bracket: "([Democratic])"
			}
			if n >= 0 && closes {
				ps[i].Text += b.close
				ps[i+1].Text = ps[i+1].Text[len(b.close):]
			}
			if n <= 0 && opens {
				ps[i].Text = b.open + ps[i].Text
				ps[i-1].Text = ps[i-1].Text[:len(ps[i-1].Text)-len(b.open)]
			}
		}
	}
	return slices.DeleteFunc(ps, func(p WordPiece) bool { return p.Text == "" })
}

// commonLength is the length of a longest common subsequence of a and b,
// in two rows.
func commonLength(a, b []string) int {
	prev, cur := make([]int, len(b)+1), make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			if a[i] == b[j] {
				cur[j+1] = prev[j] + 1
			} else {
				cur[j+1] = max(prev[j+1], cur[j])
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// aligned marks the words of a that a longest common subsequence of a and
// b keeps: what the two print alike, in order.
func aligned(a, b []string) []bool {
	// l[i][j] is the longest common subsequence of a[i:] and b[j:]
	l := make([][]int, len(a)+1)
	for i := range l {
		l[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				l[i][j] = l[i+1][j+1] + 1
			} else {
				l[i][j] = max(l[i+1][j], l[i][j+1])
			}
		}
	}
	out := make([]bool, len(a))
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			out[i] = true
			i, j = i+1, j+1
		case l[i+1][j] >= l[i][j+1]:
			i++
		default:
			j++
		}
	}
	return out
}

// wordRun is a run of a text's word characters (letters, their marks,
// digits, apostrophes) or of the others. A character of a script written
// without spaces (Han, kana, Thai) is a word of its own.
type wordRun struct {
	text string
	word bool
}

func wordRuns(s string) []wordRun {
	var out []wordRun
	start, inWord, prevAlone := 0, false, false
	for i, r := range s {
		alone := unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai)
		w := alone || unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) || r == '\'' || r == '’'
		if i > start && (w != inWord || alone || prevAlone) {
			out = append(out, wordRun{s[start:i], inWord})
			start = i
		}
		inWord, prevAlone = w, alone
	}
	if start < len(s) {
		out = append(out, wordRun{s[start:], inWord})
	}
	for i, r := range out {
		if r.word && strings.Trim(r.text, "'’") == "" {
			out[i].word = false // quotation marks alone
		}
	}
	return out
}

// foldReportWord is a word as reports are compared: lower case, ’ as ', without
// the single quotation marks around it ("'no" of "'no way'").
func foldReportWord(w string) string {
	return strings.Trim(strings.ToLower(strings.ReplaceAll(w, "’", "'")), "'")
}
