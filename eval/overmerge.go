package eval

// StoryMember is what the over-merge measure needs of an article.
type StoryMember struct {
	ID, Story, DuplicateOf string
}

// OverMerge counts the articles that share a story with an article that is
// not a copy of theirs (neither repeats the other, directly or through a
// chain of copies). On a set of unrelated pages every such article is a
// wrong merge; on real news it is an upper bound.
func OverMerge(arts []StoryMember) (merged, total int) {
	dup := make(map[string]string, len(arts))
	for _, a := range arts {
		dup[a.ID] = a.DuplicateOf
	}
	root := func(id string) string {
		for seen := map[string]bool{}; dup[id] != "" && !seen[id]; {
			seen[id] = true
			id = dup[id]
		}
		return id
	}
	roots := map[string]map[string]bool{} // story -> the originals of its members
	for _, a := range arts {
		if roots[a.Story] == nil {
			roots[a.Story] = map[string]bool{}
		}
		roots[a.Story][root(a.ID)] = true
	}
	for _, a := range arts {
		if a.Story != "" && len(roots[a.Story]) > 1 {
			merged++
		}
	}
	return merged, len(arts)
}
