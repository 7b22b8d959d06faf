package queue

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestMetricsExposition(t *testing.T) {
	m := &Metrics{Lag: func(context.Context) (uint64, int, error) { return 7, 3, nil }}
	m.processed.Add(5)
	m.dead.Add(1)
	m.leader.Store(1)
	rec := httptest.NewRecorder()
	m.ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	body := rec.Body.String()
	for _, want := range []string{
		"storyline_pages_processed_total 5\n",
		"storyline_page_failures_total 0\n",
		"storyline_dead_letters_total 1\n",
		"storyline_sequencer_leader 1\n",
		"storyline_queue_pending 7\n",
		"storyline_queue_backlog 3\n",
		"# TYPE storyline_pages_processed_total counter\n",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %q:\n%s", want, body)
		}
	}
}
