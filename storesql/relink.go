package storesql

import (
	"encoding/json"
	"fmt"

	"github.com/storyline-news/storyline"
)

// Relinked is a stored article given its linked names renamed: what a
// store's Relink writes back.
type Relinked struct {
	Article *storyline.Article
	// Renamed: it shows other names than it was committed with (the
	// relinked mark, which the next Relink reads it by).
	Renamed bool
	// Linked are its linked names as JSON, for a row stored before they
	// were kept.
	Linked string
}

// RelinkArticle gives the article stored as doc and body its linked names
// renamed by renames. linked is the JSON of those names, nil for an article
// stored before they were kept: the names it shows are taken for them. ok
// is false when its names do not change, and nothing needs writing.
func RelinkArticle(doc, body string, linked *string, renames map[storyline.EntityKey]storyline.EntityKey) (r Relinked, ok bool, err error) {
	a, err := DecodeArticle(doc, body)
	if err != nil {
		return r, false, err
	}
	var names storyline.LinkedNames
	if linked == nil {
		names = a.LinkedNames()
	} else if err := json.Unmarshal([]byte(*linked), &names); err != nil {
		return r, false, fmt.Errorf("linked names: %w", err)
	}
	changed, renamed := a.Relink(names, renames)
	if !changed {
		return r, false, nil
	}
	js, err := json.Marshal(names)
	if err != nil {
		return r, false, err
	}
	return Relinked{Article: a, Renamed: renamed, Linked: string(js)}, true, nil
}
