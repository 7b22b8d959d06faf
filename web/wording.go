package web

import (
	"strings"
	"unicode"
)

// piece is a run of a report's text; Own marks the words no other report
// of its utterance prints, with what stands between them.
type piece struct {
	Text string
	Own  bool
}

// ownWords splits each report of one utterance into pieces, marking the
// words it prints that the report closest to it (the one sharing the
// longest run of words in order with it) lacks: what the outlet adds to the
// words they share ("Fox prints the full sentence, the Times half of it")
// or prints otherwise ("never pay for that fucking wall", "that f-----g
// wall"). Words are compared in lower case, ’ as '. With fewer than two
// reports there is nothing to compare: nil.
func ownWords(texts []string) [][]piece {
	if len(texts) < 2 {
		return nil
	}
	runs := make([][]wordRun, len(texts))
	words := make([][]string, len(texts))
	for i, t := range texts {
		runs[i] = wordRuns(t)
		for _, r := range runs[i] {
			if r.word {
				words[i] = append(words[i], foldWord(r.text))
			}
		}
	}
	for i := range words {
		for j := i + 1; j < len(words); j++ {
			if len(words[i])*len(words[j]) > maxAlignCells {
				return nil // a speech quoted at length is shown as it is
			}
		}
	}
	out := make([][]piece, len(texts))
	for i := range texts {
		var shared []bool // per word of report i: in the alignment with the closest other
		for j := range texts {
			if j == i {
				continue
			}
			if s := aligned(words[i], words[j]); shared == nil || count(s) > count(shared) {
				shared = s
			}
		}
		var ps []piece
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
					ps = append(ps, piece{Text: gap})
				}
				ps = append(ps, piece{Text: r.text, Own: own})
			}
			gap = ""
		}
		if gap != "" {
			ps = append(ps, piece{Text: gap})
		}
		out[i] = ps
	}
	return out
}

// maxAlignCells bounds the table aligned fills for two reports (ints):
// two quotations of 500 words each, 2 MB; a page compares its utterances
// when it is read.
const maxAlignCells = 500 * 500

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

func count(bs []bool) int {
	n := 0
	for _, b := range bs {
		if b {
			n++
		}
	}
	return n
}

// wordRun is a run of a text's word characters (letters, digits,
// apostrophes) or of the others.
type wordRun struct {
	text string
	word bool
}

func wordRuns(s string) []wordRun {
	var out []wordRun
	start, inWord := 0, false
	for i, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’'
		if i > 0 && w != inWord {
			out = append(out, wordRun{s[start:i], inWord})
			start = i
		}
		inWord = w
	}
	if start < len(s) {
		out = append(out, wordRun{s[start:], inWord})
	}
	return out
}

func foldWord(w string) string { return strings.ToLower(strings.ReplaceAll(w, "’", "'")) }
