package eval

import (
	"reflect"
	"strings"
	"testing"
)

func TestTitleCaseHeadlines(t *testing.T) {
	doc := [][]string{
		strings.Fields("SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT ."),
		strings.Fields("AL-AIN , United Arab Emirates 1996-12-06"),
		strings.Fields("Japan began the defence of their Asian Cup title with a lucky win over Syria ."),
		strings.Fields("GOLF"),
	}
	got, heads := TitleCaseHeadlines(doc)
	want := []string{
		"Soccer - Japan Get Lucky Win , China in Surprise Defeat .", // "lucky" as the text writes it, then capitalised
		"AL-AIN , United Arab Emirates 1996-12-06",
		"Japan began the defence of their Asian Cup title with a lucky win over Syria .",
		"GOLF", // one word: a section label
	}
	for i := range want {
		if s := strings.Join(got[i], " "); s != want[i] {
			t.Errorf("sentence %d = %q, want %q", i, s, want[i])
		}
	}
	if !reflect.DeepEqual(heads, []bool{true, false, false, false}) {
		t.Errorf("heads = %v", heads)
	}
}
