package eval

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

var (
	speakerParens     = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\([^)]*\)`) })
	speakerPossessive = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`['’]s\b`) })
)

// speakerTitles are the leading titles the README drops before comparing.
var speakerTitles = sync.OnceValue(func() map[string]bool {
	return map[string]bool{
		"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "sen": true, "senator": true,
		"rep": true, "representative": true, "gov": true, "governor": true, "president": true,
		"secretary": true, "mayor": true, "gen": true, "general": true, "judge": true, "justice": true,
		"rev": true, "prof": true, "professor": true, "sir": true, "the": true, "former": true,
		"vice": true, "chairman": true, "speaker": true, "candidate": true, "pope": true,
	}
})

// speakerTokens lower-cases a name, drops possessive 's, parenthesised parts
// and leading titles, and splits what is left into words.
func speakerTokens(s string) []string {
	s = strings.ToLower(s)
	s = speakerParens().ReplaceAllString(s, " ")
	s = speakerPossessive().ReplaceAllString(s, "")
	words := strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == ',' || r == '.' || r == '\n' || r == '\t' || r == '"' || r == '“' || r == '”'
	})
	for len(words) > 1 && speakerTitles()[words[0]] {
		words = words[1:]
	}
	return words
}

// SpeakerCorrect applies the README's rule: for the gold source or its silver
// coreference mention, the prediction contains the reference's last token or
// the reference contains the prediction's last token. Empty is wrong.
func SpeakerCorrect(pred, gold string, coref *string) bool {
	p := speakerTokens(pred)
	if len(p) == 0 {
		return false
	}
	refs := []string{gold}
	if coref != nil {
		refs = append(refs, *coref)
	}
	for _, ref := range refs {
		r := speakerTokens(ref)
		if len(r) == 0 {
			continue
		}
		if containsWord(p, r[len(r)-1]) || containsWord(r, p[len(p)-1]) {
			return true
		}
	}
	return false
}

func containsWord(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

// NameShaped reports whether a source reference ends in a name: its last
// word, past brackets and a possessive 's, is capitalised and neither a
// pronoun nor a title ("longtime Democratic pollster Pat Caddell", "Japan";
// not "The President", "a Homeland Security memo", "he").
func NameShaped(ref string) bool {
	words := strings.Fields(speakerPossessive().ReplaceAllString(speakerParens().ReplaceAllString(ref, " "), ""))
	if len(words) == 0 {
		return false
	}
	last := strings.Trim(words[len(words)-1], ".,;:\"“”'’")
	r, _ := utf8.DecodeRuneInString(last)
	return unicode.IsUpper(r) && !pronounRefs[strings.ToLower(last)] && !speakerTitles()[strings.ToLower(last)]
}

var pronounRefs = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "you": true, "who": true, "his": true, "her": true, "their": true, "its": true}
