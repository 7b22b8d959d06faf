package quote

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"strings"
)

// Cue is one learned cue lemma: how often its forms were gold cues in the
// training data and what share of all their occurrences that was.
type Cue struct {
	Lemma string         `json:"lemma"`
	Count int            `json:"count"`
	Seen  int            `json:"seen"`
	Share float64        `json:"share"`
	Forms map[string]int `json:"forms"`
	// FormsSeen counts every occurrence of each form in Forms, so that a
	// form's own share can be told from its lemma's: "stated" is a cue 75%
	// of the times it occurs, the crude lemma "stat" ("state") 2%.
	FormsSeen map[string]int `json:"forms_seen,omitempty"`
	// FormsInverted counts, for each form, the gold cues whose source came
	// after them ("…,” said Rutte", "…,” wrote Smith"): verbs like
	// "criticized" never put their subject there, only their object.
	FormsInverted map[string]int `json:"forms_inverted,omitempty"`
}

// minInverted is how often a form must have had its source after it in the
// training data to take a name after it as the speaker. A share would not
// do: "said" has its source after it in 16% of its cues, "asked" in 3%,
// while verbs that take an object ("named" 3 of 27, "attacked") reach
// similar shares from a few annotations; counts of five and more are the
// reporting verbs of news ("said", "says", "wrote", "added", "tweeted",
// "asked", "reported", "explained").
const minInverted = 5

// inverts reports whether the form puts its speaker after it.
func (c Cue) inverts(word string) bool {
	return c.FormsInverted[strings.ToLower(word)] >= minInverted
}

// minFormCount is how often a form must have been a cue for its own share
// to stand in for its lemma's.
const minFormCount = 8

// share is how often word was a cue when it occurred: its form's share when
// the form was a cue often enough, else its lemma's.
func (c Cue) share(word string) float64 {
	w := strings.ToLower(word)
	if n := c.Forms[w]; n >= minFormCount && c.FormsSeen[w] > 0 {
		return float64(n) / float64(max(c.FormsSeen[w], n))
	}
	return c.Share
}

// Lexicon is the set of cue lemmas the stage looks for, and the given names
// whose gender the training text showed.
type Lexicon struct {
	Cues       []Cue       `json:"cues"`
	FirstNames []FirstName `json:"first_names"`
	// Surnames are the last words, lower case, of the full names that spoke
	// in the training data, the first word a learned first name ("Donald
	// Trump"): a tagger may call the surname alone an organisation.
	Surnames   []string `json:"surnames,omitempty"`
	index      map[string]Cue
	firstNames map[string]FirstName
	surnames   map[string]bool
	// phrases are multi-word cues ("according to"), as lower-case word lists.
	phrases [][]string
}

//go:embed cues.json
var embeddedCues []byte

// LoadLexicon returns the cue lexicon that `storyline train quotes` wrote.
func LoadLexicon() (*Lexicon, error) { return ReadLexicon(embeddedCues) }

// ReadLexicon parses a lexicon written by quotetrain.Train.
func ReadLexicon(b []byte) (*Lexicon, error) {
	var lx Lexicon
	if err := json.Unmarshal(b, &lx); err != nil {
		return nil, fmt.Errorf("quote lexicon: %w", err)
	}
	lx.index = make(map[string]Cue, len(lx.Cues))
	for _, c := range lx.Cues {
		if strings.Contains(c.Lemma, " ") {
			lx.phrases = append(lx.phrases, strings.Fields(c.Lemma))
			continue
		}
		lx.index[c.Lemma] = c
	}
	lx.firstNames = make(map[string]FirstName, len(lx.FirstNames))
	for _, n := range lx.FirstNames {
		lx.firstNames[n.Name] = n
	}
	lx.surnames = make(map[string]bool, len(lx.Surnames))
	for _, n := range lx.Surnames {
		lx.surnames[n] = true
	}
	return &lx, nil
}

// Lookup returns the cue entry for a word form, if its lemma is a cue. The
// lexicon is learned from American news; a British spelling ("emphasised",
// "criticising", "analysed") is looked up as the American one.
func (lx *Lexicon) Lookup(word string) (Cue, bool) {
	c, ok := lx.index[Lemma(word)]
	if !ok {
		if us, changed := americanSpelling(word); changed {
			c, ok = lx.index[Lemma(us)]
		}
	}
	return c, ok
}

// britishEndings map the British endings of -ise and -yse verbs to the
// American ones.
var britishEndings = [][2]string{
	{"ised", "ized"}, {"ising", "izing"}, {"ises", "izes"}, {"ise", "ize"},
	{"ysed", "yzed"}, {"ysing", "yzing"}, {"yses", "yzes"}, {"yse", "yze"},
}

// americanSpelling rewrites a British -ise or -yse verb form the American
// way, in lower case; any other word it returns as it is, and false.
func americanSpelling(word string) (string, bool) {
	if word == "" || strings.IndexByte("dgseDGSE", word[len(word)-1]) < 0 {
		// every ending ends in d, g, s or e, and no letter outside ASCII
		// lower-cases to one: most words are not lower-cased to find that
		return word, false
	}
	w := strings.ToLower(word)
	for _, e := range britishEndings {
		if strings.HasSuffix(w, e[0]) && len(w) > len(e[0])+2 {
			return w[:len(w)-len(e[0])] + e[1], true
		}
	}
	return word, false
}

// strong reports whether word is a cue most of the times it occurs ("said",
// "told", "argued"), as opposed to one that only sometimes reports speech
// ("called", "accused").
func (lx *Lexicon) strong(word string) bool {
	c, ok := lx.Lookup(word)
	return ok && c.strong(word)
}

// strong is Lexicon.strong of a form of the cue.
func (c Cue) strong(word string) bool {
	return c.Count >= minReportCount && c.share(word) >= minReportShare && isVerbForm(word, c)
}

// speech reports whether word is a cue strong enough near a quotation:
// seen as a cue several times.
func (lx *Lexicon) speech(word string) bool {
	c, ok := lx.Lookup(word)
	return ok && c.speech(word)
}

// speech is Lexicon.speech of a form of the cue.
func (c Cue) speech(word string) bool {
	return c.Count >= minCueCount && c.share(word) >= minCueShare && isVerbForm(word, c)
}

// candidate reports whether word is a cue form the reported-speech model
// reads a sentence at: any cue form the training data saw often enough to
// give it a share (see minCandidateCount); the model weighs the share.
func (lx *Lexicon) candidate(word string) bool {
	c, ok := lx.Lookup(word)
	return ok && c.candidate(word)
}

// candidate is Lexicon.candidate of a form of the cue.
func (c Cue) candidate(word string) bool {
	return c.Count >= minCandidateCount && c.share(word) >= minCandidateShare && isVerbForm(word, c)
}

// cueClass is which of strong, speech and candidate a word is, and
// whether it was read.
type cueClass uint8

const (
	classRead cueClass = 1 << iota
	classStrong
	classSpeech
	classCandidate
)

// class is what strong, speech and candidate say of word, its entry
// looked up once.
func (lx *Lexicon) class(word string) cueClass {
	k := classRead
	c, ok := lx.Lookup(word)
	if !ok {
		return k
	}
	if c.strong(word) {
		k |= classStrong
	}
	if c.speech(word) {
		k |= classSpeech
	}
	if c.candidate(word) {
		k |= classCandidate
	}
	return k
}

// inverts reports whether word is a cue form whose speaker may follow it:
// "said Rutte", "according to Rutte", but not "criticized Obama".
func (lx *Lexicon) inverts(word string) bool {
	if strings.EqualFold(word, "according to") {
		return true
	}
	c, ok := lx.Lookup(word)
	return ok && c.inverts(word)
}

// reporting reports whether word is a cue strong enough to introduce reported
// speech without quotation marks: it must be a cue most of the times its
// forms occur in the training text.
func (lx *Lexicon) reporting(word string) bool { return lx.strong(word) }

// isVerbForm keeps forms the training data saw as cues (e.g. "said", "says")
// and other inflected forms of the same lemma ("claiming"), so a bare
// noun sharing a lemma with a cue does not count.
func isVerbForm(word string, c Cue) bool {
	w := strings.ToLower(word)
	return c.Forms[w] > 0 || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")
}

const (
	minCueCount    = 3
	minCueShare    = 0.05
	minReportCount = 8
	minReportShare = 0.3
	// minCandidateCount and minCandidateShare are the floor of the cues the
	// reported-speech model reads sentences at. On PolNeAR train the floor of
	// speech (3, 0.05) gives the same cross-validated recall (0.514 against
	// 0.515 at precision 0.85); this one lets the readings cover 0.679 of
	// the attributions instead of 0.637 (quotetrain.TrainReported logs both).
	minCandidateCount = 2
	minCandidateShare = 0.02
)
