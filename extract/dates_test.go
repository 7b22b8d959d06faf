package extract

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestFindDates(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"on January 21, 2026 in Davos", []string{"2026-01-21"}},
		{"Wednesday, 28 January 2026", []string{"2026-01-28"}},
		{"am 3. März 2024 und am 04.05.2023", []string{"2024-03-03", "2023-05-04"}},
		{"date 2026-01-28 text", []string{"2026-01-28"}},
		{"Sept. 9, 2019 and Jan 2, 2020", []string{"2019-09-09", "2020-01-02"}},
		{"31.02.2020 is no day", nil},
		{"the 1800s and 12:30", nil},
		{"le 5 juillet 2021", []string{"2021-07-05"}},
		{"1 Декабря 2020 14:02", []string{"2020-12-01"}},
		{"15 серпня 2016, 13:43", []string{"2016-08-15"}},
		{"الإثنين، 24 أغسطس 2020 09:56", []string{"2020-08-24"}},
		{"2020年07月03日 | 徒歩", []string{"2020-07-03"}},
		{"2019년 3월 5일", []string{"2019-03-05"}},
		{"Bettina Kugler19.10.2019, 05:00 Uhr", []string{"2019-10-19"}},
		{"01.21.2020 07:00 AM", []string{"2020-01-21"}},
		{"posted 2020-01-28T10:00:00Z", []string{"2020-01-28"}},
		{"2020-01-285 is a code", nil},
		{"1.12.10.2020 is a version", nil},
		{"25 Mustermann 2020", nil},
		{"Notizia del 14 Gennaio 2020", []string{"2020-01-14"}},
		{"19 sierpnia 2020, 5:16", []string{"2020-08-19"}},
		{"14 października 2020 r.", []string{"2020-10-14"}},
		{"10. marts 2020", []string{"2020-03-10"}},
		{"7. desember 2021 kl. 10", []string{"2021-12-07"}},
		{"14 augusti 2020", []string{"2020-08-14"}},
		{"duminică, 20 septembrie 2020", []string{"2020-09-20"}},
		{"13 gusht 2020, 09:08", []string{"2020-08-13"}},
		{"14. maaliskuuta 2020", []string{"2020-03-14"}},
		{"3. května 2021", []string{"2021-05-03"}},
		{"14 Ağustos 2020 Cuma", []string{"2020-08-14"}},
		{"Jumat, 14 Agustus 2020", []string{"2020-08-14"}},
		{"5 septembar 2020", []string{"2020-09-05"}},
		{"25 հոկտեմբերի 2020", []string{"2020-10-25"}},
		{"2020. január 14. 10:00", []string{"2020-01-14"}},
		{"2020 m. rugpjūčio 14 d.", []string{"2020-08-14"}},
		{"le 1er janvier 2020", []string{"2020-01-01"}},
		{"1º de maio de 2020", []string{"2020-05-01"}},
		{"5 déc. 2019 et 3 févr. 2020", []string{"2019-12-05", "2020-02-03"}},
		{"14 dic 2020 y 2 ene. 2021", []string{"2020-12-14", "2021-01-02"}},
		{"2019 Oktober 2020", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, h := range findDates(tt.in) {
			got = append(got, h.t.Format("2006-01-02"))
		}
		if len(got) != len(tt.want) {
			t.Errorf("findDates(%q) = %v, want %v", tt.in, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("findDates(%q) = %v, want %v", tt.in, got, tt.want)
			}
		}
	}
}

// TestFindDatesOffsets: each hit's range is its date's text, also where a
// letter glues onto it.
func TestFindDatesOffsets(t *testing.T) {
	for in, want := range map[string]string{
		"Bettina Kugler19.10.2019, 05:00 Uhr": "19.10.2019",
		"МК в регионах 18 февраля 2020":       "18 февраля 2020",
		"CAPTION 2020年7月3日 end":               "2020年7月3日",
	} {
		hits := findDates(in)
		if len(hits) != 1 || in[hits[0].start:hits[0].end] != want {
			t.Errorf("findDates(%q) = %+v, want one hit %q", in, hits, want)
		}
	}
}

func TestParseDateline(t *testing.T) {
	now := time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		in                  string
		place, agency, date string
		rest                string
		ok                  bool
	}{
		{"Strasbourg, France (AFP) Jan 21, 2026 -", "Strasbourg, France", "AFP", "2026-01-21", "", true},
		{"LISBON (Reuters) - Portugal's government said", "LISBON", "Reuters", "", "Portugal's government said", true},
		{"BERLIN, Jan 5 (dpa) - Die Regierung", "BERLIN", "dpa", "2026-01-05", "Die Regierung", true},
		{"WASHINGTON — The Senate voted", "WASHINGTON", "", "", "The Senate voted", true},
		{"BERLIN, Dec 30 (dpa) - Text", "BERLIN", "dpa", "2025-12-30", "Text", true}, // no year: not after now
		{"The President (who spoke) said - nothing", "", "", "", "", false},
		{"Rutte told Trump on the sidelines", "", "", "", "", false},
	}
	for _, tt := range tests {
		d, rest, ok := parseDateline(tt.in, now)
		if ok != tt.ok {
			t.Errorf("parseDateline(%q) ok = %v, want %v", tt.in, ok, tt.ok)
			continue
		}
		if !ok {
			continue
		}
		if d.Place != tt.place || d.Agency != tt.agency || d.Date != tt.date || rest != tt.rest {
			t.Errorf("parseDateline(%q) = %+v rest %q, want %s/%s/%s rest %q", tt.in, *d, rest, tt.place, tt.agency, tt.date, tt.rest)
		}
	}
}

func TestParsePublished(t *testing.T) {
	tests := []struct {
		in      string
		want    string
		hasTime bool
		ok      bool
	}{
		{"2024-05-06T07:08:09Z", "2024-05-06", true, true},
		{"Mon, 06 May 2024 07:08:09 +0200", "2024-05-06", true, true},
		{"2024-05-06", "2024-05-06", false, true},
		{"May 6, 2024", "2024-05-06", false, true},
		{"06.05.2024", "2024-05-06", false, true},
		{"yesterday", "", false, false},
	}
	for _, tt := range tests {
		got, hasTime, ok := parsePublished(tt.in)
		if ok != tt.ok || (ok && (got.Format("2006-01-02") != tt.want || hasTime != tt.hasTime)) {
			t.Errorf("parsePublished(%q) = %v %v %v, want %s %v %v", tt.in, got, hasTime, ok, tt.want, tt.hasTime, tt.ok)
		}
	}
}

func TestDateNotAfterCapture(t *testing.T) {
	captured := time.Date(2025, 3, 10, 23, 0, 0, 0, time.UTC)
	day := func(s string) dateGuess {
		t, _ := time.Parse("2006-01-02", s)
		return dateGuess{day: t, confidence: 0.9}
	}
	if !day("2025-03-10").notAfter(captured).known() {
		t.Error("the capture day itself must be allowed")
	}
	if day("2025-03-11").notAfter(captured).known() {
		t.Error("a day after the capture must be dropped")
	}
}

// TestMonthNamesReadable: every month name is one the patterns can read,
// 3 to monthLetters letters in lower case (datesWith lowers the word it
// looks up), and the longest sets monthLetters.
func TestMonthNamesReadable(t *testing.T) {
	longest := 0
	for name := range monthNames() {
		n := utf8.RuneCountInString(name)
		if n < 3 || n > monthLetters || strings.ToLower(name) != name {
			t.Errorf("month name %q: %d letters, want 3 to %d in lower case", name, n, monthLetters)
		}
		longest = max(longest, n)
	}
	if longest != monthLetters {
		t.Errorf("the longest month name has %d letters, monthLetters says %d", longest, monthLetters)
	}
}
