package eval

import (
	"bufio"
	"encoding/json"
	"os"
	"sort"
	"strings"

	"github.com/storyline-news/storyline"
)

// EventRecord is one article of an events gold file
// (shared/data/events/README.md): the article and the event it reports.
type EventRecord struct {
	ID, Title, Text, Date, Source, URL string
	// Cluster is the gold event.
	Cluster string
}

// Page is the record as the pipeline reads a JSON Lines record.
func (r EventRecord) Page(path string) *storyline.Page {
	return &storyline.Page{ID: r.ID, Origin: storyline.Origin{Path: path, Record: r.ID}, Format: storyline.FormatJSONL,
		Text: r.Text, Title: r.Title, Published: r.Date, URL: r.URL, Source: r.Source}
}

// ReadEventGold reads an events gold file in publication order, the order
// an online clusterer sees a stream in: undated first, then by date, ties by id.
func ReadEventGold(path string) ([]EventRecord, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, storyline.InputError("eval.events", path, err)
	}
	defer f.Close()
	var out []EventRecord
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var j struct {
			ID, Text, Cluster        string
			Title, Date, Source, URL *string
		}
		if err := json.Unmarshal(sc.Bytes(), &j); err != nil {
			return nil, storyline.InputError("eval.events", path, err)
		}
		out = append(out, EventRecord{ID: j.ID, Title: orEmpty(j.Title), Text: j.Text, Date: orEmpty(j.Date),
			Source: orEmpty(j.Source), URL: orEmpty(j.URL), Cluster: j.Cluster})
	}
	if err := sc.Err(); err != nil {
		return nil, storyline.InputError("eval.events", path, err)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Date != out[j].Date {
			return out[i].Date < out[j].Date
		}
		return out[i].ID < out[j].ID
	})
	return out, nil
}

func orEmpty(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}
