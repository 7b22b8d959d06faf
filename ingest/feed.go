package ingest

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"github.com/storyline-news/storyline"
)

// readFeed reads an RSS, Atom or JSON feed; each item becomes a page. The
// parser needs the whole document, so a feed is bounded by the page limit.
func readFeed(ctx context.Context, src *source, emit func(*storyline.Page) error) error {
	limited := &limitedReader{r: src.br, left: src.limit}
	feed, err := gofeed.NewParser().Parse(limited)
	if limited.over {
		return inputErrorf("ingest.feed", src.name, "larger than the page limit of %d bytes", src.limit)
	}
	if err != nil {
		return storyline.InputError("ingest.feed", src.name, fmt.Errorf("malformed feed: %w", err))
	}
	for i, item := range feed.Items {
		if err := ctx.Err(); err != nil {
			return err
		}
		if item == nil {
			continue
		}
		if err := emit(feedPage(feed, item, src.name, i+1)); err != nil {
			return err
		}
	}
	return nil
}

func feedPage(feed *gofeed.Feed, item *gofeed.Item, name string, n int) *storyline.Page {
	id := first(strings.TrimSpace(item.Link), strings.TrimSpace(item.GUID))
	if id == "" {
		id = fmt.Sprintf("%s#%d", name, n)
	}
	content := first(item.Content, item.Description)
	return &storyline.Page{
		ID:        id,
		Origin:    storyline.Origin{Path: name, Record: id},
		Format:    storyline.FormatFeed,
		URL:       strings.TrimSpace(item.Link),
		Title:     strings.TrimSpace(item.Title),
		Byline:    authors(item),
		Published: first(when(item.PublishedParsed, item.Published), when(item.UpdatedParsed, item.Updated)),
		Source:    strings.TrimSpace(feed.Title),
		HTML:      []byte(content),
	}
}

// when returns an item time in RFC 3339, keeping the zone the feed wrote
// (gofeed's parsed times are UTC, which can move the calendar date); the
// string as given when no layout fits.
func when(parsed *time.Time, raw string) string {
	raw = strings.TrimSpace(raw)
	// Numeric-zone layouts only: Go cannot tell the offset of a named zone
	// ("EST"), so those are left to gofeed.
	layouts := [...]string{time.RFC3339Nano, time.RFC1123Z, "Mon, 2 Jan 2006 15:04:05 -0700",
		"2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04 -0700"}
	for _, layout := range layouts {
		if t, err := time.Parse(layout, raw); err == nil {
			return t.Format(time.RFC3339)
		}
	}
	if parsed != nil && !parsed.IsZero() {
		return parsed.Format(time.RFC3339)
	}
	return raw
}

func authors(item *gofeed.Item) string {
	var names []string
	for _, a := range item.Authors {
		if a != nil && strings.TrimSpace(a.Name) != "" {
			names = append(names, strings.TrimSpace(a.Name))
		}
	}
	if len(names) == 0 && item.Author != nil {
		return strings.TrimSpace(item.Author.Name)
	}
	return strings.Join(names, ", ")
}

// limitedReader fails, rather than silently truncating, once more than left
// bytes have been read: a cut feed would parse into fewer items unnoticed.
type limitedReader struct {
	r    io.Reader
	left int64
	over bool
}

func (l *limitedReader) Read(p []byte) (int, error) {
	if l.left < 0 {
		l.over = true
		return 0, errTooLarge
	}
	if int64(len(p)) > l.left+1 {
		p = p[:l.left+1]
	}
	n, err := l.r.Read(p)
	l.left -= int64(n)
	if l.left < 0 {
		l.over = true
		return n, errTooLarge
	}
	return n, err
}
