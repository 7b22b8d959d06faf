package ingest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/storyline-news/storyline"
)

// readJSONL reads one record per line. Records are independent: a bad line
// is collected as a problem and the lines after it are still read.
func readJSONL(ctx context.Context, src *source, emit func(*storyline.Page) error) error {
	probs := &problems{op: "ingest.jsonl", name: src.name}
	var buf []byte
	records := 0
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		line, err := readLine(src.br, src.limit, buf)
		switch {
		case err == io.EOF && records == 0 && probs.count == 0:
			return inputErrorf("ingest.jsonl", src.name, "empty input: only white space, no record")
		case err == io.EOF:
			return probs.err()
		case errors.Is(err, errTooLarge):
			probs.add(fmt.Errorf("line %d: %w of %d bytes", n, errTooLarge, src.limit))
			continue
		case err != nil:
			return probs.fatal(storyline.InputError("ingest.jsonl", src.name, fmt.Errorf("line %d: %w", n, err)))
		}
		buf = line
		if n == 1 {
			line = bytes.TrimPrefix(line, utf8BOM)
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		records++
		// encoding/json would turn invalid UTF-8 into U+FFFD in silence.
		if off, bad := invalidUTF8(line, false); bad {
			probs.add(fmt.Errorf("line %d: invalid UTF-8 at byte offset %d of the line", n, off))
			continue
		}
		page, err := jsonlPage(line, src.name, n)
		if err != nil {
			probs.add(fmt.Errorf("line %d: %w", n, err))
			continue
		}
		if err := emit(page); err != nil {
			return err
		}
	}
}

// jsonlPage turns one record into a page; the text comes from "text", else
// "body" (plain text), else "html" (markup). A few common alternative field
// names (doc_id, publisher, publication_date) are read after the contract's.
func jsonlPage(line []byte, name string, n int) (*storyline.Page, error) {
	var rec map[string]json.RawMessage
	if t := bytes.TrimSpace(line); len(t) > 0 && t[0] != '{' && json.Valid(t) {
		return nil, errors.New("not a JSON object")
	}
	if err := json.Unmarshal(line, &rec); err != nil {
		var syn *json.SyntaxError
		if errors.As(err, &syn) {
			return nil, fmt.Errorf("malformed JSON at byte %d: %s", syn.Offset, syn.Error())
		}
		return nil, fmt.Errorf("malformed JSON: %w", err)
	}
	if rec == nil {
		return nil, errors.New("not a JSON object")
	}
	id := first(scalar(rec["id"]), scalar(rec["doc_id"]))
	if id == "" {
		id = fmt.Sprintf("%s#%d", name, n)
	}
	p := &storyline.Page{
		ID:        id,
		Origin:    storyline.Origin{Path: name, Record: id},
		Format:    storyline.FormatJSONL,
		URL:       scalar(rec["url"]),
		Title:     scalar(rec["title"]),
		Source:    first(named(rec["source"]), named(rec["publisher"])),
		Byline:    first(named(rec["author"]), named(rec["byline"]), named(rec["authors"])),
		Published: first(scalar(rec["date"]), scalar(rec["published"]), scalar(rec["published_at"]), scalar(rec["publication_date"])),
	}
	switch text, html := first(scalar(rec["text"]), scalar(rec["body"])), scalar(rec["html"]); {
	case text != "":
		p.Text = normalizeNewlines([]byte(text)) // as for text files: offsets count one byte per line end
	case html != "":
		p.HTML = []byte(html)
	case !isString(rec["text"]) && !isString(rec["body"]) && !isString(rec["html"]):
		for _, k := range []string{"text", "body", "html"} {
			if raw, ok := rec[k]; ok && !isNull(raw) {
				return nil, fmt.Errorf("the %s field is not a string", k)
			}
		}
		return nil, errors.New("no text, body or html field")
	}
	// A record whose text field is present but empty is kept: its title and
	// its place in the data set (an event cluster, say) still count.
	return p, nil
}

func isNull(raw json.RawMessage) bool {
	return string(bytes.TrimSpace(raw)) == "null"
}

func isString(raw json.RawMessage) bool {
	raw = bytes.TrimSpace(raw)
	return len(raw) > 0 && raw[0] == '"'
}

// scalar returns a JSON string as itself and a number as written (an id of
// 123 stays "123"); anything else as "".
func scalar(raw json.RawMessage) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return ""
	}
	switch c := raw[0]; {
	case c == '"':
		var s string
		if json.Unmarshal(raw, &s) == nil {
			return strings.TrimSpace(s)
		}
	case c == '-' || (c >= '0' && c <= '9'):
		return string(raw)
	}
	return ""
}

// named reads a person or source given as a string, an object with a
// "name", or a list of either (joined with ", ").
func named(raw json.RawMessage) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return ""
	}
	switch raw[0] {
	case '{':
		var obj map[string]json.RawMessage
		if json.Unmarshal(raw, &obj) == nil {
			return first(scalar(obj["name"]), scalar(obj["title"]))
		}
	case '[':
		var list []json.RawMessage
		if json.Unmarshal(raw, &list) == nil {
			var names []string
			for _, item := range list {
				if s := named(item); s != "" {
					names = append(names, s)
				}
			}
			return strings.Join(names, ", ")
		}
	}
	return scalar(raw)
}

func first(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
