package trafilatura

import "github.com/markusmobius/go-trafilatura/internal/spaces"

// collapseSpaces is strings.Join(strings.Fields(s), " "), built in one pass
// and s itself when it has nothing to change (storyline's fork: upstream's
// trim split and joined every text it measured). See spaces.Collapse.
func collapseSpaces(s string) string {
	return spaces.Collapse(s)
}
