package timex

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/sharedtest"
)

func TestFind(t *testing.T) {
	r := New()
	// 2026-01-21 is a Wednesday.
	const pub = "2026-01-21"
	tests := []struct {
		body, pub string
		want      []string // "text=value"
	}{
		{"It was signed on January 21, 2026 in Brussels.", "", []string{"January 21, 2026=2026-01-21"}},
		{"Signed 21 Jan 2026.", "", []string{"21 Jan 2026=2026-01-21"}},
		{"On Wednesday, 28 January 2026 she spoke.", "2026-01-28", []string{"Wednesday=2026-01-28", "28 January 2026=2026-01-28"}},
		{"Filed 2026-01-21.", "", []string{"2026-01-21=2026-01-21"}},
		{"Since Jan. 21 the talks stalled.", pub, []string{"Jan. 21=2026-01-21"}},
		{"Talks resume Dec. 30.", pub, []string{"Dec. 30=2025-12-30"}},
		{"He spoke on Wednesday.", pub, []string{"Wednesday=2026-01-21"}},
		{"He spoke on Friday.", pub, []string{"Friday=2026-01-16"}},
		{"It happened last Wednesday.", pub, []string{"last Wednesday=2026-01-14"}},
		{"They meet next Monday.", pub, []string{"next Monday=2026-01-26"}},
		{"They meet this Friday.", pub, []string{"this Friday=2026-01-23"}},
		{"Yesterday and today, not tomorrow.", pub, []string{"Yesterday=2026-01-20", "today=2026-01-21", "tomorrow=2026-01-22"}},
		{"Earlier this month, and last month, and last year.", pub, []string{"Earlier this month=2026-01", "last month=2025-12", "last year=2025"}},
		{"Next week and last week.", pub, []string{"Next week=2026-W05", "last week=2026-W03"}},
		{"It began three days ago and two weeks ago.", pub, []string{"three days ago=2026-01-18", "two weeks ago=2026-W02"}},
		{"It began in March 2024, or in 2008.", pub, []string{"March 2024=2024-03", "2008=2008"}},
		{"Elections are due in May.", pub, []string{"in May=2026-05"}},
		// A month after "in" is as near as the clause's tense allows.
		{"She told reporters in August that she would run.", "2026-02-10", []string{"in August=2025-08"}},
		{"The bridge will open in March.", "2026-09-10", []string{"in March=2027-03"}},
		{"The bridge opened in March.", "2026-09-10", []string{"in March=2026-03"}},
		{"Elections in March drew crowds.", "2026-09-10", []string{"in March=2026-03"}},
		{"A plan will be launched in January.", "2026-11-23", []string{"in January=2027-01"}},
		{"He announced plans for the ban in September.", "2027-01-02", []string{"in September=2026-09"}},
		{"He said he would leave in February.", "2026-12-20", []string{"in February=2027-02"}},
		{"She wrote it in October of 2006.", "2006-07-27", []string{"October of 2006=2006-10"}},
		// a day without its year is the nearest, whatever the tense
		{"The law will take effect on Jan. 1.", "2026-06-10", []string{"Jan. 1=2026-01-01"}},
		// a day-month followed by a day number is the month-day after it
		{"Fifteen of the 19 Sept. 11 hijackers were Saudi.", "2026-09-20", []string{"Sept. 11=2026-09-11"}},
		{"It opened on 19 Sept. 2011 and on 20 Sept.", "2026-09-25", []string{"19 Sept. 2011=2011-09-19", "20 Sept=2026-09-20"}}, // the full stop ends the sentence
		// a capitalised "This Week" inside a sentence is a name
		{"He told ABC's This Week that this week was hard.", pub, []string{"this week=2026-W04"}},
		{"He spoke on Wednesday.", "", nil},
		{"Prime Minister Theresa May spoke.", pub, nil},
		{"February 30, 2026 is no day.", "", nil},
		{"Ça s'est passé le 5 mars; on Friday, über alles.", pub, []string{"Friday=2026-01-16"}},
		// A clause that speaks of the future names a day to come.
		{"The weather service expects the rain to ease on Thursday.", pub, []string{"Thursday=2026-01-22"}},
		{"Forecasters expect the rain over the Alder valley to ease on Thursday after two days of rain.", pub, []string{"Thursday=2026-01-22"}},
		{"They will vote on Monday.", pub, []string{"Monday=2026-01-26"}},
		{"The talks are expected to resume on Friday.", pub, []string{"Friday=2026-01-23"}},
		{"On Friday, the council will meet again.", pub, []string{"Friday=2026-01-23"}},
		{"He’ll speak on Wednesday.", pub, []string{"Wednesday=2026-01-21"}},
		{"He said on Monday that talks will resume.", pub, []string{"Monday=2026-01-19"}},
		{"The storm hit on Monday, and the rain will ease.", pub, []string{"Monday=2026-01-19"}},
		{"The storm hit on Monday. The rain will ease.", pub, []string{"Monday=2026-01-19"}},
		{"Officials who will meet later said the dam broke on Tuesday.", pub, []string{"Tuesday=2026-01-20"}},
		{"The House approved the plan on Tuesday.", pub, []string{"Tuesday=2026-01-20"}},
		// A day written without its year is the day the article dates in
		// full, before it or after it; another day is the nearest.
		{"After the September 11, 2001 attacks, and since September 11, rules changed.", pub,
			[]string{"September 11, 2001=2001-09-11", "September 11=2001-09-11"}},
		{"On Jan. 5 the court ruled; the ruling of 5 January 2024 stands.", pub, []string{"Jan. 5=2024-01-05", "5 January 2024=2024-01-05"}},
		{"On 4 March 2019 and 11 September 2001, and since September 11.", pub,
			[]string{"4 March 2019=2019-03-04", "11 September 2001=2001-09-11", "September 11=2001-09-11"}},
		{"Since Jan. 21 the talks stalled; they began on March 3, 2020.", pub, []string{"Jan. 21=2026-01-21", "March 3, 2020=2020-03-03"}},
		{"On Wednesday, and on January 21.", pub, []string{"Wednesday=2026-01-21", "January 21=2026-01-21"}},
		// "since", "until", "this" before a month and its day: the day.
		{"Since September 11 the rules changed, until March 3rd.", pub, []string{"September 11=2025-09-11", "March 3rd=2026-03-03"}},
		// A part of a month with its year is that month of that year.
		{"The laptop was found in late September 2016, and again in early May.", pub, []string{"late September 2016=2016-09", "early May=2026-05"}},
		{"It began in mid-March, 2019.", pub, []string{"mid-March, 2019=2019-03"}},
		// A capitalised "Today" inside a sentence is part of a name.
		{"The lawyer wrote last month in USA Today. Today the court rules.", pub, []string{"last month=2025-12", "Today=2026-01-21"}},
		{"He told the Today show: Tomorrow we vote, and “Today is the day.”", pub, []string{"Tomorrow=2026-01-22", "Today=2026-01-21"}},
		{"Several Great Deals Go Live Today\nWelcome.", pub, []string{"Today=2026-01-21"}},
		{"He said: 'Today is the day,' and left.", pub, []string{"Today=2026-01-21"}},
		{"Weather\n  Today: sunny", pub, []string{"Today=2026-01-21"}},
		{"Biden told NBC News Today Show host Savannah Guthrie he would run, and so on, and so on.", pub, nil},
	}
	for _, tt := range tests {
		got := r.Find(tt.body, tt.pub)
		var gs []string
		for _, d := range got {
			gs = append(gs, d.Text+"="+d.Date)
			if span := runeSlice(tt.body, d.Start, d.End); span != d.Text {
				t.Errorf("%q: span %d-%d is %q, text %q", tt.body, d.Start, d.End, span, d.Text)
			}
		}
		if strings.Join(gs, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Find(%q, %q) = %q, want %q", tt.body, tt.pub, gs, tt.want)
		}
	}
}

func TestYearKinds(t *testing.T) {
	tests := []struct {
		text, date       string
		guessed, written bool
	}{
		{"September 11", "2025-09-11", true, false},
		{"11 Sept.", "2025-09-11", true, false},
		{"Jan. 21st", "2026-01-21", true, false},
		{"September 11, 2001", "2001-09-11", false, true},
		{"2001-09-11", "2001-09-11", false, true},
		{"Wednesday", "2026-01-21", false, false},
		{"three days ago", "2026-01-18", false, false},
		{"March 2024", "2024-03", false, false},
		{"in May", "2026-05", false, false},
	}
	for _, tt := range tests {
		m := storyline.DateMention{Text: tt.text, Date: tt.date}
		if got := GuessedYear(m); got != tt.guessed {
			t.Errorf("GuessedYear(%q) = %v, want %v", tt.text, got, tt.guessed)
		}
		if got := WrittenYear(m); got != tt.written {
			t.Errorf("WrittenYear(%q) = %v, want %v", tt.text, got, tt.written)
		}
	}
}

func runeSlice(s string, start, end int) string {
	r := []rune(s)
	if start < 0 || end > len(r) || start > end {
		return "<out of range>"
	}
	return string(r[start:end])
}

func TestEventDate(t *testing.T) {
	r := New()
	tests := []struct {
		body, pub, want string
	}{
		{"BRUSSELS: The minister resigned on Monday after a vote.", "2026-01-21", "2026-01-19"},
		{"The minister resigned. He first took office on March 3, 2019.", "2026-01-21", "2026-01-21"},
		{"The quake struck on Tuesday, December 9, 2008.", "", "2008-12-09"},
		{"Nothing dated here.", "", ""},
		{"Nothing dated here.", "2026-01-21", "2026-01-21"},
		{strings.Repeat("x ", 400) + "on Monday", "2026-01-21", "2026-01-21"},
	}
	for _, tt := range tests {
		a := &storyline.Article{Body: tt.body, Published: tt.pub}
		a.Dates = r.Find(a.Body, a.Published)
		if got := EventDate(a); got != tt.want {
			t.Errorf("EventDate(%q, %q) = %q, want %q", tt.body, tt.pub, got, tt.want)
		}
	}
}

func TestStage(t *testing.T) {
	d := &storyline.Doc{Article: &storyline.Article{Body: "Talks ended yesterday.", Published: "2026-01-21"}}
	s := NewStage()
	if err := s.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(d.Article.Dates) != 1 || d.Article.Dates[0].Date != "2026-01-20" {
		t.Fatalf("Dates = %+v", d.Article.Dates)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := s.Process(ctx, d); err == nil {
		t.Fatal("cancelled context: want an error")
	}
}

// FuzzFind states the property of Find: it never panics, every span lies
// inside the body in order and without overlap, Text is exactly the body's
// code points in the span (for valid UTF-8; an invalid byte counts as one
// code point), and every value is a well-formed date value.
func FuzzFind(f *testing.F) {
	for _, s := range []string{"on Wednesday, 28 January 2026", "Jan. 21", "2026-13-45", "last 99 years ago",
		"ééé yesterday ñ", "31 of February, 2020", "\xff\xfe Monday"} {
		f.Add(s, "2026-01-21")
	}
	r := New()
	f.Fuzz(func(t *testing.T, body, pub string) {
		ds := r.Find(body, pub)
		n := utf8.RuneCountInString(body)
		prev := 0
		for _, d := range ds {
			if d.Start < prev || d.End <= d.Start || d.End > n {
				t.Fatalf("bad span %d-%d (prev end %d, len %d)", d.Start, d.End, prev, n)
			}
			prev = d.End
			if got := runeSlice(body, d.Start, d.End); got != d.Text && utf8.ValidString(body) {
				t.Fatalf("span text %q != %q", got, d.Text)
			}
			if !validValue(d.Date) {
				t.Fatalf("bad value %q", d.Date)
			}
		}
	})
}

func validValue(v string) bool {
	switch len(v) {
	case 4, 7, 8, 10:
		return v[0] >= '0' && v[0] <= '9'
	}
	return false
}

func BenchmarkFind(b *testing.B) {
	body := strings.Repeat("The European Union said on Wednesday it was ready to sign a pact with India. "+
		"Talks began last month and ended on January 21, 2026, officials said yesterday. ", 20)
	r := New()
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		r.Find(body, "2026-01-21")
	}
}

// TestNeedsChangeNothing checks that skipping a rule whose needed strings a
// text lacks finds exactly what running every rule finds, on cases and
// spellings that (?i) folds, and that each rule's needs hold for what it
// matches.
// devDumps is how many dev text dumps TestNeedsChangeNothing reads: a
// second of the test's time.
const devDumps = 150

func TestNeedsChangeNothing(t *testing.T) {
	all := New()
	for i := range all.rules {
		all.rules[i].needs, all.rules[i].alsoNeeds, all.rules[i].starts = nil, nil, nil
	}
	r := New()
	bodies := []string{
		"It was signed on January 21, 2026 in Brussels.",
		"YESTERDAY the minister said TODAY and TONIGHT, not ToMoRrOw.",
		"They met LAST WEEK, earlier this Month and next YEAR.",
		"They met last wee\u212a and earlier this year, three DAYS AGO, two weeks ago.",
		"On Monday, last Friday, this SATURDAY and coming sunday.",
		"In March, since MAY, by late September, mid-October.",
		"21st of Sept. 2025, Jan. 3, 2024-02-29, in 1998, since 2031.",
		"Nothing to see here: no date at all, just words.",
		"The \u017fame day, Sunday; an hour ago; a year ago.",
		"On \u017fept. 5, 2024 and 5 \u017feptember; in \u017feptember; SEPT 9.",
		"Figures: 12 ships, 30 million euros, 4.1 metres; no month named.",
		"Dated 2024-03-05, 2024/03/05 and 20240305; in 2020, by 1999, until 2101, during 19 days.",
		"x\u017fince 2020, a\u017fince 2021 and thi\u017f week; la\u017ft \u017funday; \u212a2024-01-02; _2024-01-03.",
		"été 2024-01-02, éin 1999, étoday, 5 January 2026, ñJanuary 5, 2026 and mid-March, in-May, late\tJune.",
		"by2020 by 2020 in_2020 inn 2020 3rd of March, 2025 x3 March 4 Mar 5th Jan 2026 this  year next\nweek.",
	}
	// The first dev text dumps, whole pages of many kinds of text, when
	// ../shared lends them: only what Find returns is compared there.
	written := len(bodies)
	bodies = append(bodies, sharedtest.Texts(t, filepath.Join("data", "extraction", "text"), "*.txt", devDumps)...)
	for i, b := range bodies {
		for _, pub := range []string{"", "2026-01-21"} {
			got, want := r.Find(b, pub), all.Find(b, pub)
			if len(got) != len(want) {
				t.Errorf("%q: %d dates with needs, %d without", b, len(got), len(want))
				continue
			}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("%q: date %d is %+v with needs, %+v without", b, i, got[i], want[i])
				}
			}
		}
		if i >= written {
			continue
		}
		lower := asciiLower(b)
		for k, ru := range r.rules {
			if ru.re.MatchString(b) && !ru.mayMatch(lower) {
				t.Errorf("rule %d matches %q but its needs say it cannot", k, b)
			}
			for _, m := range ru.re.FindAllStringIndex(b, -1) {
				if ru.starts != nil && !slices.ContainsFunc(ru.starts, func(s string) bool { return strings.HasPrefix(lower[m[0]:], s) }) {
					t.Errorf("rule %d matches %q in %q, which starts with none of its starts", k, b[m[0]:m[1]], b)
				}
			}
		}
	}
}

func TestFoldedPrefixes(t *testing.T) {
	got := foldedPrefixes(map[string]bool{"September": true, "Sept": true, "kiosk": true, "May": true}, 3)
	want := []string{"kio", "may", "sep", "\u017fep", "\u212aio"}
	if !slices.Equal(got, want) {
		t.Errorf("foldedPrefixes = %q, want %q", got, want)
	}
}
