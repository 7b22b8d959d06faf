package main

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/storyline-news/storyline"
)

// davos is the seed story that two outlets tell (issue 12): SpaceWar.com's
// copy of an AFP story and a page that names no outlet.
var davos = []string{"000_f52581f06a5db432.txt#1", "001_0557a99e0e87f955.txt"}

// comparisonChecks: the Davos story lists both articles under their
// outlets, each article's Rutte and Trump quotes under their speakers, and
// a timeline that holds 2026-01-21.
func comparisonChecks(t *testing.T, db string, run *seedRun) []check {
	var story *storyline.Story
	for _, line := range jsonLines(runCLI(t, "export", "--db", db, "stories")) {
		s := new(storyline.Story)
		if err := json.Unmarshal(line, s); err != nil {
			t.Fatalf("export stories: %v", err)
		}
		if s.Comparison == nil {
			t.Fatalf("story %s has no comparison", s.ID)
		}
		for _, id := range s.Articles {
			if id == davos[0] {
				story = s
			}
		}
	}
	get := func() (*storyline.Story, string) {
		if story == nil {
			return nil, "no story holds " + davos[0]
		}
		return story, ""
	}
	cs := []check{{"compare:davos:sources", func() string {
		s, msg := get()
		if s == nil {
			return msg
		}
		for _, id := range davos {
			if !listedUnder(s.Comparison.Sources, id, run.articles[id]) {
				return fmt.Sprintf("%s not listed under its source in %+v", id, s.Comparison.Sources)
			}
		}
		return ""
	}}, {"compare:davos:timeline", func() string {
		s, msg := get()
		if s == nil {
			return msg
		}
		for _, e := range s.Timeline {
			if e.Date == "2026-01-21" {
				return ""
			}
		}
		return "no 2026-01-21 in the timeline"
	}}}
	for _, id := range davos {
		for _, speaker := range []string{"Mark Rutte", "Donald Trump"} {
			cs = append(cs, check{"compare:davos:quotes:" + id + ":" + speaker, func() string {
				s, msg := get()
				if s == nil {
					return msg
				}
				for _, u := range s.Comparison.Quotes {
					for _, r := range u.Reports {
						if r.Article == id && u.Speaker == speaker {
							return ""
						}
					}
				}
				return "no utterance of " + speaker + " reported by " + id
			}})
		}
	}
	return cs
}

func listedUnder(srcs []storyline.StorySource, id string, a *storyline.Article) bool {
	if a == nil {
		return false
	}
	for _, src := range srcs {
		for _, x := range src.Articles {
			if x == id {
				return src.Source == a.Source
			}
		}
	}
	return false
}
