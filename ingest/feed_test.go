package ingest

import (
	"strings"
	"testing"

	"github.com/storyline-news/storyline"
)

func TestReadFeed(t *testing.T) {
	rss, atom := "feed.rss", "feed.atom"
	tests := []struct {
		file string
		want []storyline.Page
	}{
		{file: "testdata/" + rss, want: []storyline.Page{
			{ID: "https://gazette.example/2025/ferry-winter", Origin: storyline.Origin{Path: rss, Record: "https://gazette.example/2025/ferry-winter"},
				Format: storyline.FormatFeed, URL: "https://gazette.example/2025/ferry-winter", Title: "Ferry timetable changes for winter",
				Byline: "Maren Holt", Published: "2025-11-04T08:30:00Z", Source: "Harbour Gazette",
				HTML: []byte("<p>The harbour authority said on Tuesday that the <b>winter timetable</b> starts next month.</p>")},
			{ID: "gazette-1002", Origin: storyline.Origin{Path: rss, Record: "gazette-1002"},
				Format: storyline.FormatFeed, Title: "Market square reopens", Published: "2025-11-05T17:00:00+01:00", Source: "Harbour Gazette",
				HTML: []byte("<p>After two years of works, the market square is open again.</p>")},
		}},
		{file: "testdata/" + atom, want: []storyline.Page{
			{ID: "https://courier.example/bridge-inspection", Origin: storyline.Origin{Path: atom, Record: "https://courier.example/bridge-inspection"},
				Format: storyline.FormatFeed, URL: "https://courier.example/bridge-inspection", Title: "Bridge inspection finds no damage",
				Byline: "Ilse Brandt, Tomas Reiter", Published: "2025-10-01T09:15:00+02:00", Source: "Valley Courier",
				HTML: []byte("<p>Engineers spent three days under the old bridge.</p>")},
			{ID: "urn:uuid:5c1e1a52-0000-4000-8000-000000000003", Origin: storyline.Origin{Path: atom, Record: "urn:uuid:5c1e1a52-0000-4000-8000-000000000003"},
				Format: storyline.FormatFeed, Title: "Orchard harvest starts early", Published: "2025-10-02T07:45:00Z", Source: "Valley Courier",
				HTML: []byte("Growers say the warm September pushed the apples ahead.")},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			pages, err := readFile(t, &Reader{}, tt.file)
			if err != nil {
				t.Fatal(err)
			}
			if len(pages) != len(tt.want) {
				t.Fatalf("got %d pages, want %d", len(pages), len(tt.want))
			}
			for i := range tt.want {
				if !samePage(pages[i], &tt.want[i]) {
					t.Errorf("page %d = %+v\nwant      %+v", i, pages[i], tt.want[i])
				}
			}
		})
	}
}

// TestReadFeedRelative checks that an item's relative link is read
// against its channel's (two sites' "/news/election" are two pages), that
// a guid that is a URL is the page's URL, and that titles lose their
// markup.
func TestReadFeedRelative(t *testing.T) {
	pages, err := readFile(t, &Reader{}, "testdata/relative.rss")
	if err != nil {
		t.Fatal(err)
	}
	want := []struct{ id, url, title string }{
		{"https://gazette.example/news/fire-warehouse", "https://gazette.example/news/fire-warehouse", "Fire at harbour warehouse"},
		{"https://gazette.example/news/budget", "https://gazette.example/news/budget", "Council & mayor agree on budget"},
		{"https://gazette.example/news/airport-storm", "https://gazette.example/news/airport-storm", "Airport closed by storm"},
		{"gazette-77", "", "Ferry fares rise again"},
	}
	if len(pages) != len(want) {
		t.Fatalf("got %d pages, want %d", len(pages), len(want))
	}
	for i, w := range want {
		p := pages[i]
		if p.ID != w.id || p.URL != w.url || p.Title != w.title || p.Source != "Harbour Gazette" {
			t.Errorf("page %d: id %q url %q title %q source %q\nwant id %q url %q title %q source %q", i, p.ID, p.URL, p.Title, p.Source, w.id, w.url, w.title, "Harbour Gazette")
		}
	}
}

func TestPlainText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Plain  title ", "Plain title"},
		{"Fire at <b>harbour</b> warehouse", "Fire at harbour warehouse"},
		{"<em>Quarry</em>s approved", "Quarrys approved"},
		{"one<br>two", "one two"},
		{"AT&T &amp; Q&A", "AT&T & Q&A"},
		{"3 < 4 and 5 > 2", "3 < 4 and 5 > 2"},
		{"<script>x</script>", "x"},
	}
	for _, tt := range tests {
		if got := plainText(tt.in); got != tt.want {
			t.Errorf("plainText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestReadFeedSniffed(t *testing.T) {
	data := mustRead(t, "testdata/feed.atom")
	for _, name := range []string{"-", "feed", "feed.gz"} {
		in := data
		if strings.HasSuffix(name, ".gz") {
			in = gzipBytes(t, data)
		}
		pages, err := readBytes(t, &Reader{}, name, in)
		if err != nil || len(pages) != 2 || pages[0].Format != storyline.FormatFeed {
			t.Errorf("%s: %d pages, error %v", name, len(pages), err)
		}
	}
}

func TestReadFeedBroken(t *testing.T) {
	rss := string(mustRead(t, "testdata/feed.rss"))
	tests := []struct {
		name  string
		data  string
		limit int64
		want  string
	}{
		{name: "not a feed", data: "<?xml version=\"1.0\"?><catalog><book/></catalog>", want: "malformed feed"},
		{name: "cut in half", data: rss[:len(rss)/2], want: "malformed feed"},
		{name: "not xml", data: "plain words", want: "malformed feed"},
		{name: "too large", data: rss, limit: 200, want: "larger than the page limit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pages, err := readBytes(t, &Reader{MaxPageBytes: tt.limit}, "broken.rss", []byte(tt.data))
			e := inputError(t, err)
			if !strings.Contains(err.Error(), tt.want) || e.Op != "ingest.feed" || e.Path != "broken.rss" {
				t.Errorf("error = %v, want %q from ingest.feed", err, tt.want)
			}
			if len(pages) != 0 {
				t.Errorf("got %d pages from a broken feed", len(pages))
			}
		})
	}
}
