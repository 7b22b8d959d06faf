package timex

import (
	"time"

	"github.com/storyline-news/storyline"
)

// leadRunes bounds the lead: the event a news story reports is dated in its
// first sentences; dates further down are background.
const leadRunes = 600

// maxLag is how far before publication a lead date may lie and still be the
// event's: news reports events of the last days, older lead dates are context.
const maxLag = 45 * 24 * time.Hour

// EventDate returns the article's best event date, YYYY-MM-DD: the earliest
// day-level date in the lead (from Article.Dates) that lies between maxLag
// before and one day after publication; else the publication day; else, for
// an undated article, the first day-level date of the lead; else "".
func EventDate(a *storyline.Article) string {
	pub, err := time.Parse(dayLayout, a.Published)
	hasPub := err == nil
	best := time.Time{}
	for _, d := range a.Dates {
		if d.Start >= leadRunes {
			break
		}
		t, err := time.Parse(dayLayout, d.Date)
		if err != nil {
			continue
		}
		if !hasPub {
			return d.Date
		}
		if t.Before(pub.Add(-maxLag)) || t.After(pub.AddDate(0, 0, 1)) {
			continue
		}
		if best.IsZero() || t.Before(best) {
			best = t
		}
	}
	if !best.IsZero() {
		return best.Format(dayLayout)
	}
	return a.Published
}

// Year returns the year the article is about when it has no day-level event
// date: the publication year, else the first year-or-finer value in the lead;
// 0 when nothing dates it.
func Year(a *storyline.Article) int {
	if t, err := time.Parse(dayLayout, a.Published); err == nil {
		return t.Year()
	}
	for _, d := range a.Dates {
		if d.Start >= leadRunes {
			break
		}
		if len(d.Date) >= 4 {
			if y := number(d.Date[:4]); y > 0 {
				return y
			}
		}
	}
	return 0
}
