package storesql

import (
	"errors"
	"fmt"
	"reflect"
	"testing"

	"github.com/storyline-news/storyline"
)

// fakeRows serves fixed rows, then err.
type fakeRows struct {
	rows [][]any
	i    int
	err  error
}

func (r *fakeRows) Next() bool { r.i++; return r.i <= len(r.rows) }
func (r *fakeRows) Err() error { return r.err }
func (r *fakeRows) Close()     {}
func (r *fakeRows) Scan(dest ...any) error {
	row := r.rows[r.i-1]
	if len(dest) != len(row) {
		return fmt.Errorf("scan %d into %d", len(row), len(dest))
	}
	for k, v := range row {
		reflect.ValueOf(dest[k]).Elem().Set(reflect.ValueOf(v))
	}
	return nil
}

func TestGroupEntities(t *testing.T) {
	rows := &fakeRows{rows: [][]any{
		{"Ilse Varga", "PERSON", int64(5), int64(2), "Varga", int64(3)},
		{"Ilse Varga", "PERSON", int64(5), int64(2), "Ilse Varga", int64(2)},
		{"Varga", "ORG", int64(1), int64(1), "", int64(0)},
	}}
	var got []storyline.Entity
	err := groupEntities(rows, func(err error) error { return err }, func(e *storyline.Entity) error { got = append(got, *e); return nil })
	if err != nil {
		t.Fatal(err)
	}
	want := []storyline.Entity{
		{Name: "Ilse Varga", Type: storyline.Person, Mentions: 5, Articles: 2, Aliases: map[string]int{"Varga": 3, "Ilse Varga": 2}},
		{Name: "Varga", Type: storyline.Org, Mentions: 1, Articles: 1, Aliases: map[string]int{}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}

	stop := errors.New("stop")
	rows = &fakeRows{rows: rows.rows}
	if err := groupEntities(rows, func(err error) error { return fmt.Errorf("wrapped: %w", err) }, func(*storyline.Entity) error { return stop }); err != stop {
		t.Errorf("fn's error came back as %v, want it as it is", err)
	}
	broken := errors.New("broken")
	err = groupEntities(&fakeRows{err: broken}, func(err error) error { return fmt.Errorf("wrapped: %w", err) }, func(*storyline.Entity) error { return nil })
	if !errors.Is(err, broken) || err == broken {
		t.Errorf("a rows error came back as %v, want it wrapped", err)
	}
}

func TestReadFacets(t *testing.T) {
	rows := &fakeRows{rows: [][]any{
		{"total", "", 3}, {"source", "b.example", 1}, {"source", "a.example", 2},
		{"published", "2026-01", 3}, {"entity", "Ilse Varga", 2},
	}}
	var res storyline.SearchResult
	if err := readFacets(rows, &res); err != nil {
		t.Fatal(err)
	}
	if res.Total != 3 || len(res.Facets.Source) != 2 || res.Facets.Source[0].Value != "a.example" ||
		len(res.Facets.Published) != 1 || len(res.Facets.Entity) != 1 {
		t.Errorf("got %+v", res)
	}
}
