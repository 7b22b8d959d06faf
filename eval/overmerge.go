package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
)

// StoryMember is what the over-merge measure needs of an article.
type StoryMember struct {
	ID, Story, DuplicateOf string
}

// SameEvent is a group of pages, among a set collected as unrelated, that a
// reader judged to report one event (the same debate, the same arrest):
// sharing a story is right for them. The groups name pages by id only.
type SameEvent struct {
	Event    string   `json:"event"`
	Articles []string `json:"articles"`
}

// ReadSameEvents reads SameEvent groups, one JSON object per line.
func ReadSameEvents(r io.Reader) ([]SameEvent, error) {
	var out []SameEvent
	sc := bufio.NewScanner(r)
	for line := 1; sc.Scan(); line++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var g SameEvent
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		if len(g.Articles) < 2 {
			return nil, fmt.Errorf("line %d: a group needs two articles or more", line)
		}
		out = append(out, g)
	}
	return out, sc.Err()
}

// OverMerge counts the articles that share a story with an article that is
// neither a copy of theirs (directly or through a chain of copies) nor, by
// same, a report of the same event. On a set of unrelated pages every such
// article is a wrong merge; on real news it is an upper bound.
func OverMerge(arts []StoryMember, same []SameEvent) (merged, total int) {
	for _, m := range OverMerged(arts, same) {
		merged += len(m)
	}
	return merged, len(arts)
}

// OverMerged lists the stories OverMerge counts, each as its members in the
// order of arts, the stories in the order their first member comes.
func OverMerged(arts []StoryMember, same []SameEvent) [][]StoryMember {
	parent := make(map[string]string, len(arts))
	var find func(string) string
	find = func(id string) string {
		p, ok := parent[id]
		if !ok || p == id {
			return id
		}
		r := find(p)
		parent[id] = r
		return r
	}
	union := func(a, b string) {
		if ra, rb := find(a), find(b); ra != rb {
			parent[ra] = rb
		}
	}
	for _, a := range arts {
		if a.DuplicateOf != "" {
			union(a.ID, a.DuplicateOf)
		}
	}
	for _, g := range same {
		for _, id := range g.Articles[1:] {
			union(id, g.Articles[0])
		}
	}
	roots := map[string]map[string]bool{} // story -> the groups of its members
	for _, a := range arts {
		if roots[a.Story] == nil {
			roots[a.Story] = map[string]bool{}
		}
		roots[a.Story][find(a.ID)] = true
	}
	at := map[string]int{} // story -> its place in out
	var out [][]StoryMember
	for _, a := range arts {
		if a.Story == "" || len(roots[a.Story]) < 2 {
			continue
		}
		i, ok := at[a.Story]
		if !ok {
			i = len(out)
			at[a.Story] = i
			out = append(out, nil)
		}
		out[i] = append(out[i], a)
	}
	return out
}
