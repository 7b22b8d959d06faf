package cluster

import (
	"slices"
	"sort"
	"strings"

	"github.com/storyline-news/storyline"
)

// ForgetPage takes the articles of a page out of their stories before the
// page's new version is assigned: a page whose content changed must not keep
// its old stories, and the stories must not list articles that are gone.
// It returns the stories that changed, in full; one left with no articles is
// returned empty and should be deleted. The centroids keep the old articles'
// words until the next Restore, which rebuilds them from the store.
func (c *Clusterer) ForgetPage(pageID string) []*storyline.Story {
	var ids []string
	for id := range c.of {
		if id == pageID || strings.HasPrefix(id, pageID+"#") {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	changed := &changeSet{seen: map[*story]bool{}}
	for _, id := range ids {
		s := c.of[id]
		s.articles = slices.DeleteFunc(s.articles, func(a string) bool { return a == id })
		if len(s.articles) == 0 {
			s.merged = true // nothing left: no later article may join it
		}
		delete(c.of, id)
		delete(c.original, id)
		changed.add(s)
	}
	return changed.export()
}

// Knows reports whether an article of this id was assigned (and not
// forgotten since).
func (c *Clusterer) Knows(id string) bool {
	_, ok := c.of[id]
	return ok
}
