package storyline

import "encoding/json"

// MarshalJSON writes the story in the export contract's form: unknown values
// null, lists never null.
func (s *Story) MarshalJSON() ([]byte, error) {
	type storyJSON struct {
		ID             string          `json:"id"`
		Title          *string         `json:"title"`
		Articles       []string        `json:"articles"`
		Sources        []string        `json:"sources"`
		FirstPublished *string         `json:"first_published"`
		LastPublished  *string         `json:"last_published"`
		Entities       []string        `json:"entities"`
		Storyline      *string         `json:"storyline"`
		Comparison     *Comparison     `json:"comparison"`
		Timeline       []TimelineEvent `json:"timeline"`
	}
	return json.Marshal(storyJSON{
		ID:             s.ID,
		Title:          nullString(s.Title),
		Articles:       nonNil(s.Articles),
		Sources:        nonNil(s.Sources),
		FirstPublished: nullString(s.FirstPublished),
		LastPublished:  nullString(s.LastPublished),
		Entities:       nonNil(s.Entities),
		Storyline:      nullString(s.Storyline),
		Comparison:     s.Comparison,
		Timeline:       nonNilSlice(s.Timeline),
	})
}

func nonNilSlice[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
