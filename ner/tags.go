package ner

import "github.com/storyline-news/storyline"

// The tagger works in BILOU (begin, inside, last, unit) internally: telling
// the last token and single-token entities apart gives the perceptron sharper
// classes than IOB2. Tags are written out as IOB2.
const (
	numTypes = 4
	numTags  = 1 + 4*numTypes
	tagO     = 0
)

var typeNames = [numTypes]string{"PER", "ORG", "LOC", "MISC"}

// EntityTypes maps the CoNLL type names to storyline's.
var entityTypes = [numTypes]storyline.EntityType{storyline.Person, storyline.Org, storyline.Place, storyline.Misc}

const (
	posB = iota
	posI
	posL
	posU
)

func mkTag(typ, pos int) int { return 1 + typ*4 + pos }
func tagType(t int) int      { return (t - 1) / 4 }
func tagPos(t int) int       { return (t - 1) % 4 }

// allowed reports whether tag b may follow tag a in BILOU; a < 0 is the
// sentence start, b < 0 the end.
func allowed(a, b int) bool {
	open := a > 0 && (tagPos(a) == posB || tagPos(a) == posI)
	if b < 0 || b == tagO {
		return !open
	}
	switch tagPos(b) {
	case posB, posU:
		return !open
	default: // I, L continue an open entity of the same type
		return open && tagType(a) == tagType(b)
	}
}

func typeIndex(name string) int {
	for i, n := range typeNames {
		if n == name {
			return i
		}
	}
	return -1
}

// toBILOU converts IOB2 (or IOB1) tags to BILOU tag ids; unknown types become O.
func toBILOU(iob []string) []int {
	out := make([]int, len(iob))
	typeAt := func(i int) (int, byte) {
		if i < 0 || i >= len(iob) || len(iob[i]) < 3 || iob[i][1] != '-' {
			return -1, 'O'
		}
		return typeIndex(iob[i][2:]), iob[i][0]
	}
	for i := range iob {
		t, p := typeAt(i)
		if t < 0 {
			continue
		}
		pt, _ := typeAt(i - 1)
		begins := p == 'B' || i == 0 || pt != t
		nt, np := typeAt(i + 1)
		ends := nt != t || np == 'B'
		switch {
		case begins && ends:
			out[i] = mkTag(t, posU)
		case begins:
			out[i] = mkTag(t, posB)
		case ends:
			out[i] = mkTag(t, posL)
		default:
			out[i] = mkTag(t, posI)
		}
	}
	return out
}

// iobNames are the IOB2 names of the BILOU tag ids.
var iobNames = func() [numTags]string {
	var n [numTags]string
	n[tagO] = "O"
	for t := 0; t < numTypes; t++ {
		n[mkTag(t, posB)] = "B-" + typeNames[t]
		n[mkTag(t, posU)] = "B-" + typeNames[t]
		n[mkTag(t, posI)] = "I-" + typeNames[t]
		n[mkTag(t, posL)] = "I-" + typeNames[t]
	}
	return n
}()

func toIOB(tags []int) []string {
	out := make([]string, len(tags))
	for i, t := range tags {
		out[i] = iobNames[t]
	}
	return out
}
