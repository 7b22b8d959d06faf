package storyline

import "time"

// Format names the kind of input a Page came from.
type Format string

const (
	FormatText  Format = "txt"   // a web page rendered to text, boilerplate and all
	FormatHTML  Format = "html"  // a web page
	FormatJSONL Format = "jsonl" // a structured record with its own fields
	FormatFeed  Format = "feed"  // an RSS or Atom item
	FormatWARC  Format = "warc"  // an HTML response record of a web archive
)

// Origin says where an article was read from, so every fact keeps its provenance.
type Origin struct {
	// Path is the file's path relative to the folder named on the command line,
	// the bare file name when a file was named directly, or "-" for stdin.
	Path string `json:"path"`
	// Part is the 1-based position of the article inside a page that holds several, else 0.
	Part int `json:"part"`
	// Record identifies the record inside a container file: the JSON Lines id,
	// the feed item link or the WARC target URI. Empty for plain files.
	Record string `json:"record"`
}

// Page is one unit of input as a reader produced it, before cleaning.
// Exactly one of Text and HTML carries the content.
type Page struct {
	// ID is the article id base as CONTRACT.md defines it; articles split from
	// the page append "#N".
	ID     string
	Origin Origin
	Format Format

	Text string // plain text (txt dumps, JSON Lines text/body, feed text)
	HTML []byte // raw HTML bytes (html files, WARC payloads, JSON Lines html, feed content)

	// Fields a structured input (JSON Lines, feed, WARC headers) already knows.
	URL       string
	Source    string
	Title     string
	Byline    string
	Published string // as given by the input: a date or time in any common layout

	// Captured is when the page was saved (WARC-Date, file modification time);
	// no article date may lie after it. Zero when unknown.
	Captured time.Time
}

// Content returns the page's content as bytes, for hashing and size limits.
// A text page's is a copy: ContentLen and engine.PageHash read it without one.
func (p *Page) Content() []byte {
	if p.HTML != nil {
		return p.HTML
	}
	return []byte(p.Text)
}

// ContentLen is len(p.Content()), without copying a text page's content.
func (p *Page) ContentLen() int {
	if p.HTML != nil {
		return len(p.HTML)
	}
	return len(p.Text)
}
