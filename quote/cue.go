package quote

import (
	"strings"

	"github.com/storyline-news/storyline/english"
)

// cues reads the view through the cue lexicon: which tokens are cues of
// speech, and the words around them that the speaker rules test (a finite
// verb, a description before a name). It knows nothing of the people of
// the text; the cast (cast.go) and the rules after it read it.
type cues struct {
	*view
	lex *Lexicon
	// classes is each token's cueClass, read the first time asked: the
	// rules ask whether a token is a cue of every token, several times
	// over, and looking its word up in the lexicon (lemma, spelling,
	// entry) was 2.6% of a one-core bench of the text dev dumps (bench
	// --cpuprofile).
	classes []cueClass
}

// classAt is the cueClass of token t's word.
func (cu *cues) classAt(t int) cueClass {
	if cu.classes == nil {
		cu.classes = make([]cueClass, len(cu.toks))
	}
	k := cu.classes[t]
	if k&classRead == 0 {
		k = cu.lex.class(cu.toks[t].Text)
		cu.classes[t] = k
	}
	return k
}

// strongAt is lex.strong of token t's word.
func (cu *cues) strongAt(t int) bool { return cu.classAt(t)&classStrong != 0 }

// speechAt is lex.speech of token t's word.
func (cu *cues) speechAt(t int) bool { return cu.classAt(t)&classSpeech != 0 }

// candidateAt is lex.candidate of token t's word.
func (cu *cues) candidateAt(t int) bool { return cu.classAt(t)&classCandidate != 0 }

// at reports the cue starting at token t and how many tokens it spans.
func (cu *cues) at(t int) (string, int) {
	w := cu.toks[t].Text
	if strings.EqualFold(w, "according") && t+1 < len(cu.toks) && strings.EqualFold(cu.toks[t+1].Text, "to") {
		return w + " " + cu.toks[t+1].Text, 2
	}
	if cu.speechAt(t) && !cu.pluralNoun(t) {
		return w, 1
	}
	return "", 0
}

// pluralNoun reports a cue form used as a noun: "reports of the explosion",
// "those reports" (but "says of Clinton" is still a verb).
func (cu *cues) pluralNoun(t int) bool {
	w := cu.lowTok(t)
	if !strings.HasSuffix(w, "s") || Lemma(w) == "say" {
		return false
	}
	return t+1 < len(cu.toks) && strings.EqualFold(cu.toks[t+1].Text, "of") || t > 0 && nounDeterminer(cu.lowTok(t-1))
}

// nounDeterminers make the -s form of a cue after them a noun: "dismissed
// those reports as", "the claims".
func nounDeterminer(w string) bool {
	return w == "the" || english.IsPossessive(w) || pluralDeterminers()[w]
}

var pluralDeterminers = english.LazyWordSet("those these such many some")

// in lists the cues outside quotation marks from token lo to hi.
func (cu *cues) in(lo, hi int) []int {
	var out []int
	for t := lo; t < hi; t++ {
		if c, _ := cu.at(t); c != "" && !cu.quoted[t] {
			out = append(out, t)
		}
	}
	return out
}

// finiteVerb reports whether w reads as a finite verb after a subject: a
// speech cue or a lower-case past form ("announced", "said").
func (cu *cues) finiteVerb(w string) bool {
	return english.IsLower(w) && (strings.HasSuffix(w, "ed") || cu.lex.strong(w) && !strings.HasSuffix(w, "ing"))
}

// countStrong counts the tokens from lo to hi that are strong cues.
func (cu *cues) countStrong(lo, hi int) int {
	n := 0
	for _, c := range cu.in(lo, hi) {
		if cu.strongAt(c) {
			n++
		}
	}
	return n
}

// follows reports whether a speech cue comes right after token t, past
// an adverb ("it said", "it also said"): only then is "it" a speaker.
func (cu *cues) follows(t int) bool {
	for i := t + 1; i < len(cu.toks) && i <= t+2; i++ {
		if cu.speechAt(i) {
			return true
		}
		if !adverbOrAux(cu.lowTok(i)) {
			return false
		}
	}
	return false
}

// describes reports whether the tokens from..to are a description that
// stands before a name after its cue: "said Florida-based Republican
// strategist Al Cardenas", "according to Virginia AFL-CIO President Doris
// Crouse-Mays", "said the bureau's director, James B. Comey". A preposition,
// a verb form or punctuation other than a comma right before the name ends
// it: "said in an interview with Fox News" is no description of Fox News.
func (cu *cues) describes(from, to int) bool {
	if to-from > maxDescription {
		return false
	}
	for t := from; t < to; t++ {
		w := cu.toks[t].Text
		low := strings.ToLower(w)
		switch {
		case cu.quoted[t] || cu.speechAt(t):
			return false
		case w == ",":
			// "the bureau's director, James B. Comey", not "ProPublica, Lee"
			if t != to-1 || t == from || !english.IsLower(cu.toks[t-1].Text) {
				return false
			}
		case english.IsArticle(low) || descriptionWords()[low]:
		case english.StartsUpper(w) || strings.Contains(w, "-") && !isDash(w):
		case !english.IsLower(w) || linking(low) || adverbOrAux(low) || strings.HasSuffix(low, "ed") || strings.HasSuffix(low, "ing"):
			return false
		}
	}
	return true
}

// descriptionWords are the function words a description may hold besides
// articles.
var descriptionWords = english.LazyWordSet("of and 's ’s")

// maxDescription bounds the words between a cue and the name it describes.
const maxDescription = 8

// afterApposition is the cue right after the apposition that the comma
// at token t opens ("Murphy, the head of Right to Rise USA, tweeted"), if
// it comes before hi; else -1.
func (cu *cues) afterApposition(t, hi int) int {
	if e := cu.appositionEnd(t); e > 0 && e+1 < hi && cu.speechAt(e+1) {
		return e + 1
	}
	return -1
}
