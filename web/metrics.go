package web

import (
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"sync"
	"time"

	"github.com/storyline-news/storyline"
)

// latencyBuckets are the upper bounds (seconds) of the request latency
// histogram: pages are meant to render within 100 ms, so the buckets are
// fine below that and coarse above.
var latencyBuckets = []float64{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10}

// metrics are the server's counters, written out in the Prometheus text
// exposition format by hand (a handful of series needs no client library).
type metrics struct {
	mu       sync.Mutex
	requests map[[2]string]uint64 // route, status → count
	latency  map[string]*histogram
	ingests  map[string]uint64 // outcome → count
	pages    uint64
	articles uint64
	failed   uint64
}

type histogram struct {
	counts []uint64 // per bucket, not cumulative
	sum    float64
	n      uint64
}

func newMetrics() *metrics {
	return &metrics{requests: map[[2]string]uint64{}, latency: map[string]*histogram{}, ingests: map[string]uint64{}}
}

func (m *metrics) observe(route string, status int, d time.Duration) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.requests[[2]string{route, strconv.Itoa(status)}]++
	h := m.latency[route]
	if h == nil {
		h = &histogram{counts: make([]uint64, len(latencyBuckets))}
		m.latency[route] = h
	}
	sec := d.Seconds()
	for i, b := range latencyBuckets {
		if sec <= b {
			h.counts[i]++
			break
		}
	}
	h.sum += sec
	h.n++
}

func (m *metrics) ingest(outcome string, res *storyline.IngestResult) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.ingests[outcome]++
	if res != nil {
		m.pages += uint64(res.Pages)
		m.articles += uint64(len(res.Articles))
		m.failed += uint64(len(res.Failed))
	}
}

func (m *metrics) serve(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	m.mu.Lock()
	defer m.mu.Unlock()
	fmt.Fprintln(w, "# HELP storyline_http_requests_total HTTP requests by route pattern and status.")
	fmt.Fprintln(w, "# TYPE storyline_http_requests_total counter")
	keys := make([][2]string, 0, len(m.requests))
	for k := range m.requests {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i][0]+" "+keys[i][1] < keys[j][0]+" "+keys[j][1] })
	for _, k := range keys {
		fmt.Fprintf(w, "storyline_http_requests_total{route=%q,status=%q} %d\n", k[0], k[1], m.requests[k])
	}
	fmt.Fprintln(w, "# HELP storyline_http_request_duration_seconds HTTP request latency by route pattern.")
	fmt.Fprintln(w, "# TYPE storyline_http_request_duration_seconds histogram")
	routes := make([]string, 0, len(m.latency))
	for r := range m.latency {
		routes = append(routes, r)
	}
	sort.Strings(routes)
	for _, route := range routes {
		h := m.latency[route]
		var cum uint64
		for i, b := range latencyBuckets {
			cum += h.counts[i]
			fmt.Fprintf(w, "storyline_http_request_duration_seconds_bucket{route=%q,le=%q} %d\n", route, strconv.FormatFloat(b, 'g', -1, 64), cum)
		}
		fmt.Fprintf(w, "storyline_http_request_duration_seconds_bucket{route=%q,le=\"+Inf\"} %d\n", route, h.n)
		fmt.Fprintf(w, "storyline_http_request_duration_seconds_sum{route=%q} %g\n", route, h.sum)
		fmt.Fprintf(w, "storyline_http_request_duration_seconds_count{route=%q} %d\n", route, h.n)
	}
	fmt.Fprintln(w, "# HELP storyline_ingest_requests_total POST /api/ingest requests by outcome (ok, error, refused).")
	fmt.Fprintln(w, "# TYPE storyline_ingest_requests_total counter")
	for _, o := range []string{"ok", "error", "refused"} {
		fmt.Fprintf(w, "storyline_ingest_requests_total{outcome=%q} %d\n", o, m.ingests[o])
	}
	for _, c := range []struct {
		name, help string
		v          uint64
	}{
		{"storyline_ingest_pages_total", "Pages committed through the API.", m.pages},
		{"storyline_ingest_articles_total", "Articles stored through the API.", m.articles},
		{"storyline_ingest_failed_inputs_total", "Inputs the API could not read.", m.failed},
	} {
		fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s counter\n%s %d\n", c.name, c.help, c.name, c.name, c.v)
	}
}
