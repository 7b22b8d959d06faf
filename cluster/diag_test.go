package cluster

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

func TestDiagTopics(t *testing.T) {
	if os.Getenv("CLUSTER_DIAG") == "" {
		t.Skip()
	}
	dir := sharedDir(t, "data/events")
	docs, labels := devDocs(t, filepath.Join(dir, "ecbplus-dev.jsonl"))
	c := New(DefaultOptions())
	c.Prime(docs)
	byEvent := map[string][]*features{}
	for _, d := range docs {
		f := c.features(d, false)
		byEvent[labels[d.Article.ID]] = append(byEvent[labels[d.Article.ID]], f)
	}
	useNames := os.Getenv("CLUSTER_DIAG") == "names"
	vecOf := func(f *features) vector {
		if useNames {
			return f.names
		}
		return f.vec
	}
	cent := func(fs []*features) *centroid {
		ce := newCentroid()
		for _, f := range fs {
			ce.add(vecOf(f), 1)
		}
		return ce
	}
	var events []string
	for e := range byEvent {
		events = append(events, e)
	}
	sort.Strings(events)
	for _, e := range events {
		if !strings.HasSuffix(e, "_ecb") {
			continue
		}
		topic := strings.TrimSuffix(e, "_ecb")
		a, b := byEvent[e], byEvent[topic+"_ecbplus"]
		half := func(fs []*features) float64 {
			var x, y []*features
			for i, f := range fs {
				if i%2 == 0 {
					x = append(x, f)
				} else {
					y = append(y, f)
				}
			}
			return cent(x).cosineCentroid(cent(y))
		}
		// mean member-to-own-centroid vs member-to-other-centroid
		ca, cb := cent(a), cent(b)
		var own, other float64
		for _, f := range a {
			own += ca.cosine(vecOf(f))
			other += cb.cosine(vecOf(f))
		}
		t.Logf("topic %s: between %.2f, halves ecb %.2f plus %.2f; ecb members own %.2f other %.2f",
			topic, ca.cosineCentroid(cb), half(a), half(b), own/float64(len(a)), other/float64(len(a)))
	}
}
