package sqlite

import (
	"strings"
	"unicode"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/english"
)

// matchQuery turns what a person types into an FTS5 expression: every chunk
// becomes a quoted string (FTS5 syntax inside it is inert), chunks are ANDed.
func matchQuery(q string) string {
	// A NUL ends the string for SQLite's FTS parser; no control character is a word anyway.
	q = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, q)
	var terms []string
	for _, chunk := range storyline.QueryChunks(q) {
		prefix := strings.HasSuffix(chunk, "*")
		chunk = strings.TrimRight(chunk, "*")
		if !strings.ContainsFunc(chunk, english.IsWordRune) {
			continue
		}
		term := `"` + strings.ReplaceAll(chunk, `"`, `""`) + `"`
		if prefix {
			term += "*"
		}
		terms = append(terms, term)
	}
	return strings.Join(terms, " ")
}
