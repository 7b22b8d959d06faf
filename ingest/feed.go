package ingest

import (
	"context"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"github.com/storyline-news/storyline"
	"golang.org/x/net/html"
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
	base := feedBase(feed)
	link := absoluteURL(base, item.Link)
	if link == "" {
		link = absoluteURL(nil, item.GUID) // an RSS guid is a permalink unless it says otherwise
	}
	id := first(link, strings.TrimSpace(item.Link), strings.TrimSpace(item.GUID))
	if id == "" {
		id = fmt.Sprintf("%s#%d", name, n)
	}
	content := first(item.Content, item.Description)
	return &storyline.Page{
		ID:        id,
		Origin:    storyline.Origin{Path: name, Record: id},
		Format:    storyline.FormatFeed,
		URL:       link,
		Title:     plainText(item.Title),
		Byline:    authors(item),
		Published: first(when(item.PublishedParsed, item.Published), when(item.UpdatedParsed, item.Updated)),
		Source:    plainText(feed.Title),
		HTML:      []byte(content),
	}
}

// feedBase is the address an item's relative link is read against: the
// channel's link (RSS), else the feed's own address; nil when neither is
// an absolute http(s) URL.
func feedBase(feed *gofeed.Feed) *url.URL {
	for _, s := range []string{feed.Link, feed.FeedLink} {
		if u := httpURL(nil, s); u != nil {
			return u
		}
	}
	return nil
}

// absoluteURL is link made absolute against base, its dot segments
// removed, when that gives an http(s) URL; else "". Feeds write links
// relative to their site ("/news/election"): read as they stand, two
// sites' items would share an id and one would replace the other.
func absoluteURL(base *url.URL, link string) string {
	if u := httpURL(base, link); u != nil {
		return u.String()
	}
	return ""
}

// httpURL parses s, resolved against base when base is not nil, and
// returns it when it is an absolute http or https URL with a host.
func httpURL(base *url.URL, s string) *url.URL {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	u, err := url.Parse(s)
	if err != nil {
		return nil
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil
	}
	return u
}

// breakingTags are the tags that part the words around them.
var breakingTags = map[string]bool{"br": true, "p": true, "div": true, "li": true, "tr": true, "td": true, "th": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "hr": true, "img": true}

// plainText is a feed's text field without its markup: RSS titles in
// CDATA and Atom's type="html" keep tags ("Fire at <b>harbour</b>
// warehouse"), which a title or a source name must not show. Character
// references are decoded and runs of white space made one space.
func plainText(s string) string {
	if strings.ContainsAny(s, "<&") {
		s = markupText(s)
	}
	return strings.Join(strings.Fields(s), " ")
}

// markupText is the text of s read as HTML, a space where a breakingTag
// stands.
func markupText(s string) string {
	var b strings.Builder
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b.String()
		case html.TextToken:
			b.Write(z.Text())
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			if name, _ := z.TagName(); breakingTags[string(name)] {
				b.WriteByte(' ') // "a<br>b" is two words; "<b>harbour</b>s" one
			}
		}
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
