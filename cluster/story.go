package cluster

import (
	"net/url"
	"path"
	"sort"
	"strings"

	"github.com/storyline-news/storyline"
)

// story is the clusterer's working state of one story.
type story struct {
	id        string
	seq       int // creation order, for deterministic tie-breaks
	articles  []string
	sources   []string
	first     string
	last      string
	cent      *centroid
	names     *centroid
	ents      *centroid
	people    *centroid
	yearsSaid *centroid
	members   int // articles in the centroid (duplicates are not)
	// joinScores sums the scores with which joins members joined.
	joinScores float64
	joins      int
	entities   map[string]int
	// days are the members' event days (days since 1970), for date proximity.
	days      []int
	years     map[int]int
	titles    []titled
	posted    map[int32]bool
	postedEnt map[string]bool
	storyline string
	merged    bool // absorbed into another story
	// lang is the language key of its first article (see langKey): the
	// statistics its scores stand on are those of that language.
	lang string
}

// titled is a member headline with its vector, to pick the most
// representative one.
type titled struct {
	title string
	vec   vector
}

// maxTitles bounds the headlines a story keeps to choose from.
const maxTitles = 16

func newStory(id string, seq int) *story {
	return &story{id: id, seq: seq, cent: newCentroid(), names: newCentroid(), ents: newCentroid(), people: newCentroid(), yearsSaid: newCentroid(), entities: map[string]int{}, years: map[int]int{}, posted: map[int32]bool{}, postedEnt: map[string]bool{}}
}

// addMember records an article that joins the story.
func (s *story) addMember(a *storyline.Article, f *features) {
	if len(s.articles) == 0 {
		s.lang = langKey(a.Language)
	}
	s.articles = append(s.articles, a.ID)
	s.addSource(sourceOf(a))
	s.addPublished(a.Published)
	if f == nil { // a duplicate: it joins without moving the centroid
		return
	}
	s.cent.add(f.sorted, 1)
	s.names.add(f.names, 1)
	s.ents.add(f.ents, 1)
	s.people.add(f.people, 1)
	s.yearsSaid.add(f.yearsSaid, 1)
	s.members++
	for e, n := range f.entities {
		s.entities[e] += n
	}
	if f.day != noDay {
		s.days = append(s.days, f.day)
	}
	if f.year != 0 {
		s.years[f.year]++
	}
	if a.Title != "" && len(s.titles) < maxTitles {
		s.titles = append(s.titles, titled{a.Title, f.titleVec})
	}
}

func (s *story) addSource(src string) {
	if src == "" {
		return
	}
	for _, x := range s.sources {
		if x == src {
			return
		}
	}
	s.sources = append(s.sources, src)
}

func (s *story) addPublished(p string) {
	if p == "" {
		return
	}
	if s.first == "" || p < s.first {
		s.first = p
	}
	if p > s.last {
		s.last = p
	}
}

// absorb moves every member of o into s.
func (s *story) absorb(o *story) {
	s.articles = append(s.articles, o.articles...)
	for _, src := range o.sources {
		s.addSource(src)
	}
	s.addPublished(o.first)
	s.addPublished(o.last)
	s.cent.addCentroid(o.cent)
	s.names.addCentroid(o.names)
	s.ents.addCentroid(o.ents)
	s.people.addCentroid(o.people)
	s.yearsSaid.addCentroid(o.yearsSaid)
	s.members += o.members
	for e, n := range o.entities {
		s.entities[e] += n
	}
	s.days = append(s.days, o.days...)
	for y, n := range o.years {
		s.years[y] += n
	}
	for _, t := range o.titles {
		if len(s.titles) < maxTitles {
			s.titles = append(s.titles, t)
		}
	}
	o.merged = true
}

// export returns the story in its domain form.
func (s *story) export() *storyline.Story {
	return &storyline.Story{
		ID:             s.id,
		Title:          s.title(),
		Articles:       append([]string(nil), s.articles...),
		Sources:        append([]string(nil), s.sources...),
		FirstPublished: s.first,
		LastPublished:  s.last,
		Entities:       s.topEntities(10),
		Storyline:      s.storyline,
	}
}

// title is the member headline closest to the centroid.
func (s *story) title() string {
	best, bestSim := "", -1.0
	for _, t := range s.titles {
		if sim := s.cent.cosine(t.vec); sim > bestSim {
			best, bestSim = t.title, sim
		}
	}
	return best
}

func (s *story) topEntities(n int) []string {
	names := make([]string, 0, len(s.entities))
	for e := range s.entities {
		names = append(names, e)
	}
	sort.Slice(names, func(i, j int) bool {
		if s.entities[names[i]] != s.entities[names[j]] {
			return s.entities[names[i]] > s.entities[names[j]]
		}
		return names[i] < names[j]
	})
	return names[:min(n, len(names))]
}

// sourceOf names the outlet: the article's source, else its URL's host, else
// the folder its file came from.
func sourceOf(a *storyline.Article) string {
	if a.Source != "" {
		return a.Source
	}
	if u, err := url.Parse(a.URL); err == nil && u.Host != "" {
		return strings.TrimPrefix(u.Hostname(), "www.")
	}
	if dir := path.Dir(a.Origin.Path); dir != "." && dir != "/" && dir != "" {
		return path.Base(dir)
	}
	return ""
}

// postedEntity reports whether the story is already on the entity's list,
// and marks it as being on it.
func (s *story) postedEntity(e string) bool {
	if s.postedEnt[e] {
		return true
	}
	s.postedEnt[e] = true
	return false
}
