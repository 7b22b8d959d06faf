package storyline

import "testing"

func TestCommitValidate(t *testing.T) {
	ok := &Commit{Page: PageRecord{ID: "p"}, Articles: []*Article{{ID: "a"}}, Stories: []*Story{{ID: "s"}}}
	if err := ok.Validate("test"); err != nil {
		t.Errorf("a complete commit: %v", err)
	}
	for name, c := range map[string]*Commit{
		"nil":                nil,
		"no page id":         {},
		"an article no id":   {Page: PageRecord{ID: "p"}, Articles: []*Article{{}}},
		"a nil article":      {Page: PageRecord{ID: "p"}, Articles: []*Article{nil}},
		"a story with no id": {Page: PageRecord{ID: "p"}, Stories: []*Story{{}}},
	} {
		err := c.Validate("test.Commit")
		if ErrorCode(err) != EINVALID {
			t.Errorf("%s: %v, want EINVALID", name, err)
			continue
		}
		if e := err.(*Error); e.Op != "test.Commit" {
			t.Errorf("%s: op %q", name, e.Op)
		}
	}
}
