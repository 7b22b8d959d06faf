package ingest

import (
	"errors"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/storyline-news/storyline"
)

func TestSniff(t *testing.T) {
	recs, _ := sampleWARC(t)
	tests := []struct {
		name string
		data []byte
		want storyline.Format // "" for a refused input
	}{
		{"warc", buildWARC(t, recs, false), storyline.FormatWARC},
		{"rss", mustRead(t, "testdata/feed.rss"), storyline.FormatFeed},
		{"atom without declaration", []byte(`<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><id>x</id></entry></feed>`), storyline.FormatFeed},
		{"doctype", []byte("\xef\xbb\xbf  \n<!DOCTYPE html><html><body>x</body></html>"), storyline.FormatHTML},
		{"bare html tag", []byte("<HTML><BODY>shouting</BODY></HTML>"), storyline.FormatHTML},
		{"xhtml with declaration", []byte(`<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body>x</body></html>`), storyline.FormatHTML},
		{"html comment first", []byte("<!-- saved --><html><body>x</body></html>"), storyline.FormatHTML},
		{"jsonl", []byte("{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"text\":\"y\"}\n"), storyline.FormatJSONL},
		{"text", []byte("Breaking: the river rose by two metres overnight.\n"), storyline.FormatText},
		{"text starting with a brace", []byte("{Editor's note}\nThe article follows.\n"), storyline.FormatText},
		{"text starting with a bracket", []byte("[Reuters] The river rose.\n"), storyline.FormatText},
		{"long text starting with a bracket", []byte("[Reuters] The river rose.\n" + strings.Repeat("More words follow here.\n", 500)), storyline.FormatText},
		{"json feed", []byte(`{"version": "https://jsonfeed.org/version/1.1", "title": "t",
  "items": [{"id": "1", "url": "https://x.example/1", "content_html": "<p>x</p>"}]}`), storyline.FormatFeed},
		{"json document", []byte("{\n  \"about\": \"a report\",\n  \"count\": [1, 2.5, {\"k\": null}]\n}\n"), ""},
		{"json document past the window", []byte("[\n" + strings.Repeat(`  {"k": "some value", "n": [1, 2, 3]},`+"\n", 500) + "  {}\n]\n"), ""},
		{"json document cut inside a long string", []byte("{\n  \"count\": 6,\n  \"about\": \"" + strings.Repeat("a long description ", 600) + "\"\n}\n"), ""},
		{"latin-1 text", []byte("Caf\xe9 cr\xe8me"), ""},
		{"png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, name := range []string{"-", "unknown.bin", "unknown.gz"} {
				data := tt.data
				if strings.HasSuffix(name, ".gz") {
					data = gzipBytes(t, data)
				}
				pages, err := readBytes(t, &Reader{}, name, data)
				if tt.want == "" {
					if inputError(t, err); !errors.Is(err, ErrUnsupported) || len(pages) != 0 {
						t.Errorf("%s: error %v with %d pages, want ErrUnsupported", name, err, len(pages))
					}
					continue
				}
				if (err != nil && tt.want != storyline.FormatFeed) || len(pages) == 0 || pages[0].Format != tt.want {
					t.Errorf("%s: %d pages, error %v; want format %q", name, len(pages), err, tt.want)
				}
			}
		})
	}
}

func TestReadRandomBytes(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 20; i++ {
		data := make([]byte, 1+rng.IntN(4096))
		for j := range data {
			data[j] = byte(rng.Uint32())
		}
		for _, name := range []string{"-", "r.txt", "r.html", "r.jsonl", "r.xml", "r.warc", "r.gz"} {
			pages, err := readBytes(t, &Reader{}, name, data)
			if err == nil {
				t.Errorf("%s: %d random bytes read without error into %d pages", name, len(data), len(pages))
				continue
			}
			inputError(t, err)
		}
	}
}

func TestTruncatedGzip(t *testing.T) {
	text := strings.Repeat("All work and no play. ", 2000)
	zipped := gzipBytes(t, []byte(text))
	for _, name := range []string{"cut.txt.gz", "cut.html.gz", "cut.gz", "-"} {
		pages, err := readBytes(t, &Reader{}, name, zipped[:len(zipped)/2])
		e := inputError(t, err)
		if !strings.Contains(e.Error(), "unexpected EOF") || len(pages) != 0 {
			t.Errorf("%s: error %v with %d pages, want unexpected EOF and no page", name, err, len(pages))
		}
	}
	if _, err := readBytes(t, &Reader{}, "head.gz", zipped[:5]); err == nil {
		t.Error("a gzip header cut short read without error")
	} else {
		inputError(t, err)
	}
}
