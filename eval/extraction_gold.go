package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

// ExtractionGold is the gold of the extraction benchmark folder
// (gold/aeb.jsonl, gold/htmldate.jsonl, gold/trafilatura.jsonl).
type ExtractionGold struct {
	Dir   string
	Body  map[string]string // aeb id → article body
	Dates []GoldDate        // htmldate lines; one id may appear twice
	Snips map[string]GoldSnippets
	// Titles and Authors hold the trafilatura records whose gold is non-null.
	Titles, Authors map[string]string
}

// GoldDate is one htmldate label; Date "" is a null label.
type GoldDate struct{ ID, Date string }

// GoldSnippets are a trafilatura record's must-have and must-not-have snippets.
type GoldSnippets struct{ With, Without []string }

// LoadExtractionGold reads the three gold files under dir/gold.
func LoadExtractionGold(dir string) (*ExtractionGold, error) {
	g := &ExtractionGold{Dir: dir, Body: map[string]string{}, Snips: map[string]GoldSnippets{},
		Titles: map[string]string{}, Authors: map[string]string{}}
	err := eachJSONL(filepath.Join(dir, "gold", "aeb.jsonl"), func(r map[string]json.RawMessage) {
		g.Body[str(r["id"])] = str(r["body"])
	})
	if err != nil {
		return nil, err
	}
	err = eachJSONL(filepath.Join(dir, "gold", "htmldate.jsonl"), func(r map[string]json.RawMessage) {
		g.Dates = append(g.Dates, GoldDate{ID: str(r["id"]), Date: str(r["date"])})
	})
	if err != nil {
		return nil, err
	}
	err = eachJSONL(filepath.Join(dir, "gold", "trafilatura.jsonl"), g.addTrafilatura)
	return g, err
}

func (g *ExtractionGold) addTrafilatura(r map[string]json.RawMessage) {
	id := str(r["id"])
	var s GoldSnippets
	_ = json.Unmarshal(r["with"], &s.With)
	_ = json.Unmarshal(r["without"], &s.Without)
	g.Snips[id] = s
	if t := str(r["title"]); t != "" {
		g.Titles[id] = t
	}
	if a := str(r["author"]); a != "" {
		g.Authors[id] = a
	}
}

// IDs lists every page id that has some gold, sorted.
func (g *ExtractionGold) IDs() []string {
	set := map[string]bool{}
	for id := range g.Body {
		set[id] = true
	}
	for _, d := range g.Dates {
		set[d.ID] = true
	}
	for id := range g.Snips {
		set[id] = true
	}
	ids := make([]string, 0, len(set))
	for id := range set {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

func eachJSONL(path string, fn func(map[string]json.RawMessage)) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("eval: read gold: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var r map[string]json.RawMessage
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return fmt.Errorf("eval: %s: %w", path, err)
		}
		fn(r)
	}
	return sc.Err()
}

// str reads a JSON string; null and non-strings read as "".
func str(m json.RawMessage) string {
	var s string
	_ = json.Unmarshal(m, &s)
	return s
}
