package quote

import (
	"sort"
	"strings"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/english"
	"github.com/storyline-news/storyline/text"
)

// FirstName is one learned given name and how often the training text showed
// it as a man's or a woman's. Train counts a name when a document writes
// "Hillary Clinton" and, with no other Clinton in it, "Mrs. Clinton" (worth
// three votes), and when a gold "she" source co-refers with a "Hillary …".
type FirstName struct {
	Name   string `json:"name"`
	Male   int    `json:"male"`
	Female int    `json:"female"`
}

// nameVotes gathers first-name votes over the training documents.
type nameVotes struct {
	votes map[string]*FirstName
	// lower and upper count each word's lower-case and capitalised uses in
	// mid-sentence: words used mostly in lower case ("new", "but") are not
	// names.
	lower, upper map[string]int
	// afterThe counts each capitalised word's uses right after "the": "the
	// White House", "the House" are no given names.
	afterThe map[string]int
}

func newNameVotes() *nameVotes {
	return &nameVotes{votes: map[string]*FirstName{}, lower: map[string]int{}, upper: map[string]int{}, afterThe: map[string]int{}}
}

// honorificWeight is what one document's "Mrs. Clinton" next to "Hillary
// Clinton" counts for, against a gold pronoun's silver co-reference.
const honorificWeight = 3

func (nv *nameVotes) vote(first string, g gender, n int) {
	k := strings.ToLower(first)
	v := nv.votes[k]
	if v == nil {
		v = &FirstName{Name: k}
		nv.votes[k] = v
	}
	if g == male {
		v.Male += n
	} else {
		v.Female += n
	}
}

// addText reads one training text: word case counts, then the full names
// whose surname an honorific genders, when the document has one such person.
func (nv *nameVotes) addText(body string) {
	toks := text.Tokenize(body)
	for i := 1; i < len(toks); i++ {
		w := toks[i].Text
		if !english.IsNameWord(w) && !english.IsLower(w) || endsClause(toks[i-1].Text) {
			continue
		}
		if english.IsNameWord(w) {
			nv.upper[strings.ToLower(w)]++
			if strings.EqualFold(toks[i-1].Text, "the") {
				nv.afterThe[strings.ToLower(w)]++
			}
		} else {
			nv.lower[w]++
		}
	}
	surname := map[string]gender{}
	conflict := map[string]bool{}
	for i := 0; i+1 < len(toks); i++ {
		g := honorificGender(toks[i].Text)
		if g == unknown || !english.IsNameWord(toks[i+1].Text) {
			continue
		}
		s := toks[i+1].Text
		if h, ok := surname[s]; ok && h != g {
			conflict[s] = true
		}
		surname[s] = g
	}
	firsts := map[string]map[string]bool{}
	for _, fl := range fullNames(toks) {
		if firsts[fl[1]] == nil {
			firsts[fl[1]] = map[string]bool{}
		}
		firsts[fl[1]][fl[0]] = true
	}
	for last, fs := range firsts {
		g, ok := surname[last]
		if !ok || conflict[last] || len(fs) != 1 {
			continue
		}
		for f := range fs {
			nv.vote(f, g, honorificWeight)
		}
	}
	nv.addSubjects(body, toks)
}

// addSubjects counts a sentence that opens with a full name and is followed
// by one that opens with "He" or "She": "Hillary Clinton spoke in Ohio. She
// said …".
func (nv *nameVotes) addSubjects(body string, toks []storyline.Token) {
	sents := text.Sentences(body, toks)
	t := 0
	starts := make([]int, 0, len(sents))
	for _, s := range sents {
		for t < len(toks) && toks[t].Start < s.Start {
			t++
		}
		starts = append(starts, t)
	}
	for i := 0; i+1 < len(starts); i++ {
		a, b := starts[i], starts[i+1]
		if b >= len(toks) || a+2 >= len(toks) {
			continue
		}
		g := pronounGender[strings.ToLower(toks[b].Text)]
		if g == unknown || !english.StartsUpper(toks[b].Text) {
			continue
		}
		if first, ok := openingName(toks[a:b]); ok {
			nv.vote(first, g, 1)
		}
	}
}

// fullNames returns the (first, last) pairs written "First Last" or "First
// H. Last" in the tokens.
func fullNames(toks []storyline.Token) [][2]string {
	var out [][2]string
	for i := 0; i+1 < len(toks); i++ {
		f := toks[i].Text
		if !english.IsNameWord(f) || honorificGender(f) != unknown || english.IsSurnameTitle(strings.ToLower(f)) {
			continue
		}
		j := i + 1
		if j+1 < len(toks) && english.IsInitial(toks[j].Text) {
			j++
		}
		if english.IsNameWord(toks[j].Text) {
			out = append(out, [2]string{f, toks[j].Text})
		}
	}
	return out
}

// openingName is the first name of the run of capitalised words that opens
// a sentence, when the run is a name followed by more words: "House Speaker
// Paul Ryan said" gives "Paul".
func openingName(toks []storyline.Token) (string, bool) {
	end := 0
	for end < len(toks) && (english.IsNameWord(toks[end].Text) || end > 0 && english.IsInitial(toks[end].Text)) {
		end++
	}
	if end < 2 || end+1 >= len(toks) {
		return "", false
	}
	first := end - 2
	if english.IsInitial(toks[first].Text) && first > 0 {
		first--
	}
	w := toks[first].Text
	if english.IsSurnameTitle(strings.ToLower(w)) || honorificGender(w) != unknown {
		return "", false
	}
	return w, true
}

// addCoref reads one gold pronoun source and its silver co-reference: the
// first name of "Hillary Clinton" for "she". The name is the last run of
// capitalised words ("New York businessman Donald Trump").
func (nv *nameVotes) addCoref(pronoun, coref string) {
	g := pronounGender[strings.ToLower(pronoun)]
	if g == unknown {
		return
	}
	ws := strings.Fields(coref)
	end := len(ws)
	for end > 0 && !english.IsNameWord(english.StripPossessive(ws[end-1])) {
		end--
	}
	start := end
	for start > 0 && (english.IsNameWord(english.StripPossessive(ws[start-1])) || english.IsInitial(ws[start-1])) {
		start--
	}
	if end-start >= 2 && !english.IsSurnameTitle(strings.ToLower(ws[start])) && english.IsNameWord(ws[start]) {
		nv.vote(ws[start], g, 1)
	}
}

// names keeps the names seen at least twice, 70% of the time with one gender,
// and written in lower case less than half as often as capitalised in
// mid-sentence (less often at all when seen thirty times: "Bill", "Mark"),
// and after "the" at most a fifth as often.
func (nv *nameVotes) names() []FirstName {
	var out []FirstName
	for k, v := range nv.votes {
		if n := v.Male + v.Female; nv.keeps(k, n, max(v.Male, v.Female)) {
			out = append(out, *v)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// The thresholds a learned first name must pass. Each guards against one
// way a capitalised word passes for a first name in the training text.
const (
	// minNameVotes: one gendered mention is chance.
	minNameVotes = 2
	// minGenderPercent: a name used for both genders ("Jordan") says
	// nothing; 70% of its votes must agree.
	minGenderPercent = 70
	// lowerPerUpper: a word written in lower case at least half as often as
	// capitalised in mid-sentence is a word, not a name ("Will", "Rich")...
	lowerPerUpper = 2
	// seenOften: ...unless the name is seen this often, when only a word
	// written in lower case more often than capitalised is refused ("Bill",
	// "Mark" are names in news text).
	seenOften = 30
	// afterThePercent: a capitalised word after "the" more than a fifth of
	// the time names a thing or a title ("the Bank", "the Chancellor").
	afterThePercent = 20
)

// keeps reports whether word k, with n gendered votes, most of them for one
// gender, passes for a first name.
func (nv *nameVotes) keeps(k string, n, most int) bool {
	lower, upper := nv.lower[k], nv.upper[k]
	switch {
	case n < minNameVotes, 100*most < minGenderPercent*n:
		return false
	case lower > upper, lowerPerUpper*lower > upper && n < seenOften:
		return false
	}
	return 100*nv.afterThe[k] <= afterThePercent*upper
}

// endsClause reports a mark after which a capitalised word opens a new
// clause: a stop, a colon or an opening quotation mark.
func endsClause(w string) bool { return english.IsStop(w) || w == ":" || w == "“" || w == "\"" }

// IsFirstName reports whether w, lower case, is a first name the lexicon
// learned (entity.LearnedNames).
func (lx *Lexicon) IsFirstName(w string) bool { return lx.firstNames[w].Name != "" }

// IsSurname reports whether w, lower case, is a learned surname
// (entity.LearnedNames).
func (lx *Lexicon) IsSurname(w string) bool { return lx.surnames[w] }

// FirstNameGender is the gender the lexicon gives a full name's first word
// (entity.LearnedNames).
func (lx *Lexicon) FirstNameGender(full string) gender {
	ws := strings.Fields(full)
	if len(ws) < 2 {
		return unknown
	}
	v, ok := lx.firstNames[strings.ToLower(ws[0])]
	switch {
	case !ok:
		return unknown
	case v.Male > v.Female:
		return male
	case v.Female > v.Male:
		return female
	}
	return unknown
}
