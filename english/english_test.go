package english

import (
	"slices"
	"strings"
	"testing"
	"time"
)

func TestMonth(t *testing.T) {
	tests := []struct {
		w     string
		want  time.Month
		ok    bool
		named bool // MonthName accepts it too
	}{
		{"January", time.January, true, true},
		{"may", time.May, true, true},
		{"Sept", time.September, true, false},
		{"sep", time.September, true, false},
		{"DEC", time.December, true, false},
		{"Dec.", 0, false, false},
		{"Jan", time.January, true, false},
		{"monday", 0, false, false},
		{"", 0, false, false},
	}
	for _, tt := range tests {
		got, ok := Month(tt.w)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Month(%q) = %v, %v; want %v, %v", tt.w, got, ok, tt.want, tt.ok)
		}
		if IsMonthName(tt.w) != tt.named {
			t.Errorf("IsMonthName(%q) = %v, want %v", tt.w, !tt.named, tt.named)
		}
	}
}

func TestMonthSpellings(t *testing.T) {
	got := MonthSpellings()
	if len(got) != 12+11+1 {
		t.Errorf("MonthSpellings has %d spellings, want 24 (names, abbreviations but 'may', 'sept')", len(got))
	}
	for _, s := range got {
		if _, ok := Month(s); !ok {
			t.Errorf("Month(%q) refuses a spelling MonthSpellings lists", s)
		}
	}
	if !slices.Contains(got, "sept") || slices.Contains(got[12:], "may") {
		t.Errorf("MonthSpellings = %v", got)
	}
}

func TestWeekday(t *testing.T) {
	for i, n := range WeekdayNames {
		if d, ok := Weekday(n); !ok || d != time.Weekday(i) || d.String() != string(n[0]-'a'+'A')+n[1:] {
			t.Errorf("Weekday(%q) = %v, %v", n, d, ok)
		}
	}
	if IsWeekday("Today") || !IsWeekday("TUESDAY") {
		t.Error("IsWeekday reads the wrong words")
	}
}

func TestTitles(t *testing.T) {
	tests := []struct {
		w                         string
		gender                    Gender
		honorific, address, title bool
		surname, joined, role     bool
	}{
		{"Mr.", Male, true, true, true, false, true, false},
		{"mr.", Male, true, true, true, true, false, false},
		{"Mrs", Female, true, true, true, false, false, false},
		{"Miss", Female, true, false, true, false, false, false},
		{"Dr.", Unknown, true, false, true, false, true, false},
		{"Sir", Male, true, false, true, false, false, false},
		{"Gov.", Unknown, false, false, true, false, true, false},
		{"president", Unknown, false, false, true, true, false, true},
		{"spokesman", Unknown, false, false, true, false, false, true},
		{"Maj.", Unknown, false, false, false, false, true, false},
		{"strategist", Unknown, false, false, false, false, false, true},
		{"Trump", Unknown, false, false, false, false, false, false},
	}
	for _, tt := range tests {
		g, ok := Honorific(tt.w)
		if g != tt.gender || ok != tt.honorific {
			t.Errorf("Honorific(%q) = %v, %v; want %v, %v", tt.w, g, ok, tt.gender, tt.honorific)
		}
		for _, c := range []struct {
			name      string
			got, want bool
		}{
			{"IsAddress", IsAddress(tt.w), tt.address},
			{"IsTitle", IsTitle(tt.w), tt.title},
			{"IsSurnameTitle", IsSurnameTitle(tt.w), tt.surname},
			{"IsJoinedTitle", IsJoinedTitle(tt.w), tt.joined},
			{"IsRoleNoun", IsRoleNoun(tt.w), tt.role},
		} {
			if c.got != c.want {
				t.Errorf("%s(%q) = %v, want %v", c.name, tt.w, c.got, c.want)
			}
		}
	}
}

func TestWordPredicates(t *testing.T) {
	tests := []struct {
		name string
		f    func(string) bool
		yes  []string
		no   []string
	}{
		{"IsArticle", IsArticle, []string{"a", "an", "the"}, []string{"The", "his", ""}},
		{"IsPossessive", IsPossessive, []string{"his", "her", "its", "their"}, []string{"our", "the"}},
		{"IsDeterminer", IsDeterminer, []string{"a", "the", "their"}, []string{"those", "my"}},
		{"IsPreposition", IsPreposition, []string{"of", "to", "with"}, []string{"and", "Of"}},
		{"StartsUpper", StartsUpper, []string{"Rutte", "Élysée", "U.S."}, []string{"rutte", "", "1990", "“Hi"}},
		{"IsLower", IsLower, []string{"said", "élan"}, []string{"well-known", "Said", "", "don't"}},
		{"IsInitial", IsInitial, []string{"H.", "J."}, []string{"h.", "Jr.", "H"}},
		{"IsStop", IsStop, []string{".", "!", "?"}, []string{"…", "?!", ","}},
		{"IsTerminal", IsTerminal, []string{".", "…", "?!", "..."}, []string{",", ":", "Mr."}},
		{"EndsSentence", EndsSentence, []string{"He left.", "Why?”", "注意。", "Note:"}, []string{"He left", "", "”"}},
		{"IsAbbreviation", IsAbbreviation, []string{"Gen", "inc", "Sept", "No"}, []string{"no", "gen.", "Trump"}},
		{"IsPrefixAbbreviation", IsPrefixAbbreviation, []string{"Gen.", "sept.", "No."}, []string{"Inc.", "gen"}},
	}
	for _, tt := range tests {
		for _, w := range tt.yes {
			if !tt.f(w) {
				t.Errorf("%s(%q) = false, want true", tt.name, w)
			}
		}
		for _, w := range tt.no {
			if tt.f(w) {
				t.Errorf("%s(%q) = true, want false", tt.name, w)
			}
		}
	}
}

func TestIsWordRune(t *testing.T) {
	for _, r := range "aZé9٣" {
		if !IsWordRune(r) {
			t.Errorf("IsWordRune(%q) = false", r)
		}
	}
	for _, r := range " -'.\u0301" {
		if IsWordRune(r) {
			t.Errorf("IsWordRune(%q) = true", r)
		}
	}
}

func TestTitleCase(t *testing.T) {
	tests := map[string]bool{
		"Face the Nation": true,
		"Morning Joe":     true,
		"I am the law":    false,
		"of the":          false, // no word of four letters
		"2016 Elections":  true,
	}
	for s, want := range tests {
		if got := TitleCase(strings.Fields(s)); got != want {
			t.Errorf("TitleCase(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestLowerWords(t *testing.T) {
	got := LowerWords([]string{"Price", "price", "well-known", "The", "said"}, func(s string) string { return s })
	want := map[string]bool{"price": true, "said": true}
	if len(got) != len(want) || !got["price"] || !got["said"] {
		t.Errorf("LowerWords = %v, want %v", got, want)
	}
}

func TestParagraphs(t *testing.T) {
	body := " One.\n\n  \nTwo  two.\r\nThree"
	got := Paragraphs(body)
	want := []string{"One.", "Two  two.", "Three"}
	if !slices.Equal(got, want) {
		t.Errorf("Paragraphs = %q, want %q", got, want)
	}
	runes := []rune(body)
	bounds := ParagraphBounds(runes)
	if len(bounds) != len(want) {
		t.Fatalf("ParagraphBounds = %v, want %d paragraphs", bounds, len(want))
	}
	for i, b := range bounds {
		if s := string(runes[b[0]:b[1]]); s != want[i] {
			t.Errorf("ParagraphBounds[%d] = %q, want %q", i, s, want[i])
		}
	}
}

func TestWordSet(t *testing.T) {
	s := WordSet(" a  b\n\tc ")
	if len(s) != 3 || !s["a"] || !s["b"] || !s["c"] {
		t.Errorf("WordSet = %v", s)
	}
}

func TestTenseOf(t *testing.T) {
	for _, tc := range []struct {
		w, prev string
		intent  bool
		want    Tense
	}{
		{"will", "", false, Future},
		{"they'll", "", false, Future},
		{"expected", "is", false, Future},
		{"expected", "was", false, NoTense}, // "was" itself marks the past
		{"was", "", false, Past},
		{"announced", "", false, Past},
		{"expects", "", true, Future},
		{"expects", "", false, NoTense},
		{"rain", "", true, NoTense},
		{"plan", "the", true, NoTense}, // a noun: "approved the plan on Tuesday"
		{"plans", "their", true, NoTense},
		{"plan", "they", true, Future},
		{"plans", "announced", true, NoTense}, // a noun after a verb: "announced plans in September"
		{"launched", "be", false, NoTense},    // "will be launched": the tense is the auxiliary's
		{"signed", "been", false, NoTense},
		{"would", "", false, Future}, // "said he would leave in February"
	} {
		if got := TenseOf(tc.w, tc.prev, tc.intent); got != tc.want {
			t.Errorf("TenseOf(%q, %q, %v) = %v, want %v", tc.w, tc.prev, tc.intent, got, tc.want)
		}
	}
	if !OpensClause("that") || !OpensClause("after") || OpensClause("rain") {
		t.Error("OpensClause")
	}
}

// TestHasPrefixFoldIsLowerPrefix holds the shortcut against what it
// stands for, HasPrefix(ToLower(w), prefix), with runes outside ASCII that
// lower-case to ASCII letters (U+212A, U+0130).
func TestHasPrefixFoldIsLowerPrefix(t *testing.T) {
	words := []string{"", "http", "HTTP://x", "Https://a.b", "www.x.de", "WWW.", "wWw.x", "\u212Attp://", "\u0130www.", "htt", "ftp://x", "ẞhttp://"}
	for _, w := range words {
		for _, p := range []string{"http://", "https://", "www."} {
			if got, want := HasPrefixFold(w, p), strings.HasPrefix(strings.ToLower(w), p); got != want {
				t.Errorf("HasPrefixFold(%q, %q) = %v, HasPrefix of the lower case %v", w, p, got, want)
			}
		}
	}
}
