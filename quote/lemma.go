package quote

import (
	"strings"
	"sync"
)

// irregular maps the irregular verb forms common in attribution to their base.
var irregular = sync.OnceValue(func() map[string]string {
	return map[string]string{
		"said": "say", "says": "say", "saying": "say",
		"told": "tell", "tells": "tell", "telling": "tell",
		"wrote": "write", "written": "write", "writes": "write", "writing": "write",
		"thought": "think", "spoke": "speak", "spoken": "speak", "knew": "know", "known": "know",
		"saw": "see", "seen": "see", "felt": "feel", "found": "find", "heard": "hear",
		"gave": "give", "given": "give", "made": "make", "took": "take", "taken": "take",
		"held": "hold", "meant": "mean", "ran": "run", "became": "become", "began": "begin",
		"shown": "show", "showed": "show", "shows": "show", "got": "get", "left": "leave",
		"is": "be", "was": "be", "were": "be", "are": "be", "been": "be", "has": "have", "had": "have",
		"according": "accord",
	}
})

// Lemma reduces an English word form to a key shared by its inflections
// ("noted", "notes", "noting" → "not"). The key need not be a real word: it
// only has to be the same for every form, so the rules strip suffixes, undo a
// doubled final consonant and drop a final e.
func Lemma(w string) string {
	if len(w) == 0 || !asciiAlnum(w[0]) || !asciiAlnum(w[len(w)-1]) {
		// most words have none of these marks at their ends: Trim with a
		// cutset outside ASCII decodes and searches for every call
		w = strings.Trim(w, ".,:;!?\"'“”‘’")
	}
	w = strings.ToLower(w)
	if b, ok := irregular()[w]; ok {
		return b
	}
	if len(w) <= 3 {
		return w
	}
	switch {
	case strings.HasSuffix(w, "ies") || strings.HasSuffix(w, "ied"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ing") && len(w) > 5:
		w = w[:len(w)-3]
	case strings.HasSuffix(w, "ed") && len(w) > 4:
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "xes"):
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us"):
		w = w[:len(w)-1]
	}
	if n := len(w); n > 2 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiou", rune(w[n-1])) {
		w = w[:n-1]
	}
	return strings.TrimSuffix(w, "e")
}

// asciiAlnum reports an ASCII letter or digit.
func asciiAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}
