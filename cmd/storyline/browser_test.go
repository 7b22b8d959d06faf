package main

import (
	"context"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromiumPath is where Debian's chromium package puts the browser (.ci/run installs it).
const chromiumPath = "/usr/bin/chromium"

// browserTimeout bounds one browser test; each takes a few seconds when healthy.
const browserTimeout = 2 * time.Minute

// browser starts headless Chromium; the test skips, saying why, where it is absent.
func browser(t *testing.T) context.Context {
	t.Helper()
	if _, err := os.Stat(chromiumPath); err != nil {
		t.Skipf("browser tests need %s (apt-get install chromium; CI installs it): %v", chromiumPath, err)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck,
		chromedp.WindowSize(1280, 900),
		// Containers give /dev/shm 64 MB, too little for Chromium's renderer.
		chromedp.Flag("disable-dev-shm-usage", true),
	}
	// A browser that hangs (a crashed renderer, a selector that never appears)
	// fails the test after browserTimeout instead of stalling the package.
	tctx, cancelTimeout := context.WithTimeout(context.Background(), browserTimeout)
	actx, cancelAlloc := chromedp.NewExecAllocator(tctx, opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() { cancel(); cancelAlloc(); cancelTimeout() })
	// Chromium that cannot start here (no display libraries, a sandbox it
	// cannot leave) says nothing of our pages: skip, saying why. Anything
	// after it starts is the test's to pass or fail.
	// (The first action starts the browser, bound to the context it runs
	// in: it must be ctx itself, so the wait is bounded by a timer.)
	started := make(chan error, 1)
	go func() { started <- chromedp.Do(ctx, chromedp.Navigate("about:blank")) }()
	select {
	case err := <-started:
		if err != nil {
			t.Skipf("Chromium at %s did not start: %v", chromiumPath, err)
		}
	case <-time.After(browserStart):
		t.Skipf("Chromium at %s did not start within %s", chromiumPath, browserStart)
	}
	return ctx
}

// browserStart bounds Chromium's start-up; it takes about a second.
const browserStart = time.Minute

// artifacts is where screenshots go: $STORYLINE_ARTIFACTS, else a temp dir.
func artifacts(t *testing.T) string {
	dir := os.Getenv("STORYLINE_ARTIFACTS")
	if dir == "" {
		dir = t.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// page drives one tab and fails the test at the first error.
type page struct {
	t   *testing.T
	ctx context.Context
	dir string
}

func (p *page) do(steps ...chromedp.Action[chromedp.Void]) {
	p.t.Helper()
	if err := chromedp.Do(p.ctx, steps...); err != nil {
		p.t.Fatalf("browser: %v", err)
	}
}

func run[T any](p *page, a chromedp.Action[T]) T {
	p.t.Helper()
	v, err := chromedp.Run(p.ctx, a)
	if err != nil {
		p.t.Fatalf("browser: %v", err)
	}
	return v
}

func (p *page) text(sel string) string { return run(p, chromedp.Text(chromedp.CSS(sel))) }

func (p *page) count(css string) int {
	return run(p, chromedp.Evaluate[int](`document.querySelectorAll(`+jsonString(css)+`).length`))
}

func (p *page) screenshot(name string) {
	p.t.Helper()
	png := run(p, chromedp.FullScreenshot(100))
	path := filepath.Join(p.dir, name+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		p.t.Fatal(err)
	}
	p.t.Logf("screenshot %s", path)
}

func TestBrowserSeeds(t *testing.T) {
	ctx := browser(t)
	db := seedStore(t)
	s := serve(t, db, map[string]string{"STORYLINE_LOG": "warn"})
	defer s.stop()
	p := &page{t: t, ctx: ctx, dir: artifacts(t)}

	p.do(chromedp.Navigate(s.url + "/"))
	heading, list, stories := p.text("h1"), p.text("ol.stories"), p.count("li.story-row")
	p.screenshot("home")
	if heading != "Latest stories" || stories == 0 || !strings.Contains(list, "2026-01") {
		t.Errorf("home: h1 %q, %d stories, list %.200q", heading, stories, list)
	}

	// Search from the keyboard: "/" focuses the box, Enter submits.
	// (The protocol sends "/" as a key press and a separate character,
	// which the page cannot cancel, so the box is cleared before typing.)
	p.do(chromedp.KeyEvent("/"))
	if focused := run(p, chromedp.Evaluate[string](`document.activeElement.id`)); focused != "q" {
		t.Errorf(`"/" focused %q, want the search box`, focused)
	}
	run(p, chromedp.Evaluate[bool](`document.getElementById("q").value = "", true`))
	p.do(chromedp.KeyEvent("Greenland\r"), chromedp.WaitVisible(chromedp.CSS("li.hit")))
	if q := run(p, chromedp.Value(chromedp.CSS("#sq"))); q != "Greenland" {
		t.Errorf("search page query box holds %q, want Greenland", q)
	}
	hits := p.count("li.hit")
	marks := run(p, chromedp.Evaluate[int](`[...document.querySelectorAll("li.hit mark")].filter(m => m.textContent === "Greenland").length`))
	facets := p.text("aside.facets")
	p.screenshot("search-greenland")
	if hits == 0 || marks == 0 || !strings.Contains(facets, "Mark Rutte") {
		t.Errorf("search Greenland: %d hits, %d marked, facets %.200q", hits, marks, facets)
	}

	p.do(chromedp.Click(`//li[contains(@class,"hit")][.//a[contains(., "Davos")]]//a[text()="story"]`),
		chromedp.WaitVisible(chromedp.CSS("ul.sources")))
	title, sources, cards, main := p.text("h1"), p.text("ul.sources"), p.count("li.source-card"), p.text("main")
	dots := p.count("figure.coverage svg circle.cov-dot")
	p.screenshot("story-davos")
	if cards < 2 || !strings.Contains(sources+title, "Davos") || !strings.Contains(main, "Who said what") {
		t.Errorf("Davos story: h1 %q, %d source cards %.300q", title, cards, sources)
	}
	if dots != cards {
		t.Errorf("Davos story: the coverage picture draws %d articles, the page lists %d", dots, cards)
	}

	p.do(chromedp.Click(`//main//a[text()="Mark Rutte"]`), chromedp.WaitVisible(`//h1[text()="Mark Rutte"]`))
	name, aliases, bars, quotes := p.text("h1"), p.text("ul.chips"), p.count("figure.chart svg rect"), p.text("ul.quotes")
	p.screenshot("entity-rutte")
	if name != "Mark Rutte" || !strings.Contains(aliases, "Rutte") || bars == 0 || quotes == "" {
		t.Errorf("Mark Rutte: h1 %q aliases %q, %d bars, quotes %.200q", name, aliases, bars, quotes)
	}
}

// TestBrowserHostileText ingests an article whose title and body carry
// script and event-handler payloads: the browser must show them as text and
// run none of them.
func TestBrowserHostileText(t *testing.T) {
	ctx := browser(t)
	db := seedStore(t)
	s := serve(t, db, map[string]string{"STORYLINE_TOKEN": "tok", "STORYLINE_LOG": "warn"})
	defer s.stop()
	title := `Evil <script>window.pwned = 1</script> <img src=x onerror="window.pwned = 2">`
	body := `Greenland talks went on. <script>window.pwned = 3</script> The minister said "<img src=x onerror=window.pwned=4>" twice. ` +
		`<svg onload="window.pwned = 5"></svg> Officials in Nuuk met on Tuesday to discuss the Greenland proposal further.`
	rec := `{"id":"evil/1#x","title":` + jsonString(title) + `,"text":` + jsonString(body) + `,"source":"evil.example"}` + "\n"
	req, _ := http.NewRequest(http.MethodPost, s.url+"/api/ingest?name=evil.jsonl", strings.NewReader(rec))
	req.Header.Set("Authorization", "Bearer tok")
	resp, err := http.DefaultClient.Do(req)
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("ingest: %v %v", resp.StatusCode, err)
	}
	resp.Body.Close()
	p := &page{t: t, ctx: ctx, dir: artifacts(t)}
	for _, path := range []string{"/articles/evil%2F1%23x", "/search?q=Greenland", "/entities/Greenland", "/"} {
		p.do(chromedp.Navigate(s.url+path), chromedp.WaitReady(chromedp.CSS("footer")),
			chromedp.Sleep(300*time.Millisecond)) // time for an onerror or onload handler to fire
		pwned := run(p, chromedp.Evaluate[string](`String(window.pwned)`))
		markup := p.count("main img, main script, main svg[onload]")
		h1, text := p.text("h1"), p.text("main")
		p.screenshot("hostile" + strings.NewReplacer("/", "-", "%", "", "?", "-", "=", "-").Replace(path))
		if pwned != "undefined" || markup != 0 {
			t.Errorf("%s: a payload ran or became markup (window.pwned = %s, %d img/script elements)", path, pwned, markup)
		}
		if strings.HasPrefix(path, "/articles/") && (!strings.Contains(h1, "<script>window.pwned = 1</script>") ||
			!strings.Contains(text, `<img src=x onerror=window.pwned=4>`)) {
			t.Errorf("%s: payloads not shown as text: h1 %q", path, h1)
		}
	}
}

func jsonString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"', '\\':
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	b.WriteByte('"')
	return b.String()
}
