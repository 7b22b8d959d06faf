package storyline

import "testing"

func TestArticleRenameEntities(t *testing.T) {
	span := []Span{{Start: 0, End: 5}}
	article := func() *Article {
		return &Article{
			Entities: []ArticleEntity{
				{Name: "Trump", Type: Org, Mentions: span},
				{Name: "Donald Trump", Type: Person, Mentions: []Span{{Start: 10, End: 22}}},
				{Name: "Politico", Type: Org, Mentions: []Span{{Start: 30, End: 38}}},
				{Name: "Lenhausen", Type: Org, Mentions: []Span{{Start: 40, End: 49}}},
			},
			Quotes: []Quote{{Text: "a", Speaker: "Trump"}, {Text: "b", Speaker: "Politico"}},
		}
	}
	tests := []struct {
		name        string
		from, to    EntityKey
		wantChanged bool
		wantSpeaker map[string]string // quote text → speaker
		wantType    map[string]EntityType
	}{
		{"a lone surname joins the full name",
			EntityKey{"Trump", Org}, EntityKey{"Donald Trump", Person}, true,
			map[string]string{"a": "Donald Trump", "b": "Politico"}, map[string]EntityType{"Donald Trump": Person}},
		{"a speaker does not become a place",
			EntityKey{"Politico", Org}, EntityKey{"Politico", Place}, false,
			map[string]string{"a": "Trump", "b": "Politico"}, map[string]EntityType{"Politico": Org}},
		{"a name that speaks nowhere follows its consensus",
			EntityKey{"Lenhausen", Org}, EntityKey{"Lenhausen", Place}, true,
			map[string]string{"a": "Trump", "b": "Politico"}, map[string]EntityType{"Lenhausen": Place}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := article()
			if got := a.RenameEntities(map[EntityKey]EntityKey{tt.from: tt.to}); got != tt.wantChanged {
				t.Errorf("changed = %v, want %v", got, tt.wantChanged)
			}
			for _, q := range a.Quotes {
				if q.Speaker != tt.wantSpeaker[q.Text] {
					t.Errorf("speaker of %q = %q, want %q", q.Text, q.Speaker, tt.wantSpeaker[q.Text])
				}
			}
			types := map[string]EntityType{}
			for _, e := range a.Entities {
				types[e.Name] = e.Type
			}
			for name, typ := range tt.wantType {
				if types[name] != typ {
					t.Errorf("%s is %q, want %q", name, types[name], typ)
				}
			}
		})
	}
}

func TestStoryRenameEntitiesIgnoresTypes(t *testing.T) {
	renames := map[EntityKey]EntityKey{
		{"Trump", Org}:   {"Donald Trump", Person},
		{"Trump", Place}: {"Trump", Org},
	}
	for range 20 { // map order must not matter
		s := &Story{Entities: []string{"Trump", "NATO"}}
		s.RenameEntities(renames)
		if s.Entities[0] != "Donald Trump" || s.Entities[1] != "NATO" {
			t.Fatalf("entities = %v", s.Entities)
		}
	}
}
