package extract

import (
	nurl "net/url"
	"strings"

	"github.com/storyline-news/storyline"
)

// origin is what a page says about where it was published: its URL (a
// canonical link or og:url) and the site's display name (og:site_name, a
// JSON-LD publisher, the site line of a text dump).
type origin struct {
	url, site string
}

// applySource fills the article's URL, Source and Publisher as CONTRACT.md
// ("Sources") defines them: the input's URL, else the page's own; Source is a
// JSON Lines record's source as given, else the URL's host without "www.",
// else the site name the page gives; Publisher is the display name beside it.
func applySource(a *storyline.Article, p *storyline.Page, o origin) {
	a.URL = firstNonEmpty(webURL(p.URL), webURL(o.url))
	host := hostOf(a.URL)
	switch {
	case p.Format == storyline.FormatJSONL && p.Source != "":
		a.Source = p.Source
	case host != "":
		a.Source = host
	default:
		a.Source = firstNonEmpty(p.Source, o.site)
	}
	// A feed's title and a JSON Lines source are display names when they are
	// not hosts themselves.
	name := o.site
	if name == "" && p.Source != "" && hostOf("http://"+p.Source) != p.Source {
		name = p.Source
	}
	if !sameHost(name, a.Source) {
		a.Publisher = name
	}
}

// sameHost reports whether a display name is the source's host written
// another way ("www.ekbo.de", "Express.co.uk"): beside the host it says
// nothing more. A name that is no host ("BBC" beside a JSON Lines source
// "bbc") stays.
func sameHost(name, source string) bool {
	if name == source {
		return true
	}
	if !strings.Contains(name, ".") || strings.ContainsAny(name, " \t") {
		return false
	}
	bare := func(s string) string { return strings.TrimPrefix(strings.ToLower(s), "www.") }
	return bare(name) == bare(source)
}

// hostOf is the URL's host, lower case, without a leading "www.".
func hostOf(s string) string {
	u, err := nurl.Parse(strings.TrimSpace(s))
	if err != nil || u.Hostname() == "" || !strings.Contains(u.Hostname(), ".") {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}
