package web_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strings"
	"testing"
)

// TestOpenAPI checks that every route the document lists answers, on the
// fixture store, with the documented status and a body of the documented
// shape, and that every API route the server has is documented.
func TestOpenAPI(t *testing.T) {
	ts, _ := newServer(t, "tok", 0)
	_, raw := get(t, ts, "/api/openapi.json")
	var doc map[string]any
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	if doc["openapi"] != "3.1.0" {
		t.Errorf("openapi = %v, want 3.1.0", doc["openapi"])
	}
	v := &validator{doc: doc}
	// Path parameters and required query parameters of the fixture.
	params := map[string]string{"id": "", "name": "", "stories-id": url.PathEscape(storyID),
		"articles-id": url.PathEscape(artID), "entities-name": url.PathEscape(band)}
	paths := doc["paths"].(map[string]any)
	var seen []string
	for p, item := range paths {
		for method, op := range item.(map[string]any) {
			seen = append(seen, strings.ToUpper(method)+" "+p)
			target := p
			for _, seg := range []string{"stories", "articles", "entities"} {
				for _, name := range []string{"id", "name"} {
					target = strings.Replace(target, "/"+seg+"/{"+name+"}", "/"+seg+"/"+params[seg+"-"+name], 1)
				}
			}
			var resp *http.Response
			var body []byte
			switch method {
			case "get":
				resp, body = get(t, ts, target)
			case "post":
				resp, body = post(t, ts, target+"?name=n.txt", "Bearer tok", strings.NewReader("Some news."))
			}
			responses := op.(map[string]any)["responses"].(map[string]any)
			spec, ok := responses[fmt.Sprint(resp.StatusCode)].(map[string]any)
			if !ok || resp.StatusCode != 200 {
				t.Errorf("%s %s: status %d is not the documented 200 (%.200s)", method, target, resp.StatusCode, body)
				continue
			}
			spec = v.resolve(spec)
			content := spec["content"].(map[string]any)
			ctype := strings.Split(resp.Header.Get("Content-Type"), ";")[0]
			media, ok := content[ctype].(map[string]any)
			if !ok {
				t.Errorf("%s %s: content type %s is not documented", method, p, ctype)
				continue
			}
			var value any = string(body)
			if ctype == "application/json" {
				if err := json.Unmarshal(body, &value); err != nil {
					t.Errorf("%s %s: %v", method, p, err)
					continue
				}
			}
			for _, problem := range v.check(media["schema"], value, "$") {
				t.Errorf("%s %s: %s", method, p, problem)
			}
		}
	}
	sort.Strings(seen)
	for _, route := range []string{"GET /api/stories", "GET /api/stories/{id}", "GET /api/articles/{id}", "GET /api/search",
		"GET /api/entities/{name}", "GET /api/quotes", "POST /api/ingest", "GET /api/openapi.json", "GET /healthz", "GET /metrics"} {
		if !slices.Contains(seen, route) {
			t.Errorf("route %s is not documented (documented: %v)", route, seen)
		}
	}
	// The error responses are documented with the envelope; check one of each kind.
	for _, path := range []string{"/api/articles/none", "/api/search?limit=x"} {
		_, body := get(t, ts, path)
		var value any
		json.Unmarshal(body, &value)
		for _, problem := range v.check(map[string]any{"$ref": "#/components/schemas/Error"}, value, "$") {
			t.Errorf("error of %s: %s", path, problem)
		}
	}
}

// validator checks a value against the subset of JSON Schema the document
// uses: $ref, type (one or a list), const, enum, properties, required,
// items, oneOf.
type validator struct{ doc map[string]any }

func (v *validator) resolve(s map[string]any) map[string]any {
	for {
		ref, ok := s["$ref"].(string)
		if !ok {
			return s
		}
		node := any(v.doc)
		for _, part := range strings.Split(strings.TrimPrefix(ref, "#/"), "/") {
			node = node.(map[string]any)[part]
		}
		s = node.(map[string]any)
	}
}

func (v *validator) check(schema any, value any, at string) []string {
	s := v.resolve(schema.(map[string]any))
	if alts, ok := s["oneOf"].([]any); ok {
		matched := 0
		for _, alt := range alts {
			if len(v.check(alt, value, at)) == 0 {
				matched++
			}
		}
		if matched != 1 {
			return []string{fmt.Sprintf("%s: matches %d of oneOf, want 1", at, matched)}
		}
		return nil
	}
	if t, ok := s["type"]; ok && !typeOK(t, value) {
		return []string{fmt.Sprintf("%s: %T is not of type %v", at, value, t)}
	}
	if c, ok := s["const"]; ok && c != value {
		return []string{fmt.Sprintf("%s: %v is not %v", at, value, c)}
	}
	if enum, ok := s["enum"].([]any); ok && !slices.Contains(enum, value) {
		return []string{fmt.Sprintf("%s: %v is not one of %v", at, value, enum)}
	}
	var problems []string
	switch x := value.(type) {
	case map[string]any:
		props, _ := s["properties"].(map[string]any)
		for _, r := range asStrings(s["required"]) {
			if _, ok := x[r]; !ok {
				problems = append(problems, fmt.Sprintf("%s: required key %q missing", at, r))
			}
		}
		for k, sub := range props {
			if val, ok := x[k]; ok {
				problems = append(problems, v.check(sub, val, at+"."+k)...)
			}
		}
	case []any:
		if items, ok := s["items"]; ok {
			for i, el := range x {
				problems = append(problems, v.check(items, el, fmt.Sprintf("%s[%d]", at, i))...)
			}
		}
	}
	return problems
}

func typeOK(t any, value any) bool {
	types := asStrings(t)
	if s, ok := t.(string); ok {
		types = []string{s}
	}
	for _, ty := range types {
		switch x := value.(type) {
		case nil:
			if ty == "null" {
				return true
			}
		case string:
			if ty == "string" {
				return true
			}
		case bool:
			if ty == "boolean" {
				return true
			}
		case float64:
			if ty == "number" || (ty == "integer" && x == float64(int64(x))) {
				return true
			}
		case []any:
			if ty == "array" {
				return true
			}
		case map[string]any:
			if ty == "object" {
				return true
			}
		}
	}
	return false
}

func asStrings(v any) []string {
	list, _ := v.([]any)
	var out []string
	for _, x := range list {
		out = append(out, x.(string))
	}
	return out
}

// servedValidator is a validator of the document a test server serves.
func servedValidator(t *testing.T) *validator {
	t.Helper()
	var doc map[string]any
	ts, _ := newServer(t, "", 0)
	_, raw := get(t, ts, "/api/openapi.json")
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	return &validator{doc: doc}
}

// TestComparisonSpeakerNull checks that the document allows what the
// export gives for an utterance nobody is named for: a null speaker.
func TestComparisonSpeakerNull(t *testing.T) {
	v := servedValidator(t)
	var value any
	json.Unmarshal([]byte(`{"sources":[],"quotes":[{"speaker":null,"wording":"same","reports":[]}],"figures":[],"single_source":[]}`), &value)
	if errs := v.check(map[string]any{"$ref": "#/components/schemas/Comparison"}, value, "$"); len(errs) > 0 {
		t.Errorf("a comparison quote without a speaker is refused: %v", errs)
	}
}

// TestValidatorCatches keeps the validator honest: shapes the document
// forbids must be reported.
func TestValidatorCatches(t *testing.T) {
	v := servedValidator(t)
	story := map[string]any{"$ref": "#/components/schemas/Story"}
	for _, bad := range []string{`{}`, `{"id":1,"title":null,"articles":[],"sources":[],"first_published":null,"last_published":null,"entities":[],"storyline":null,"comparison":null,"timeline":[]}`,
		`{"id":"s","title":null,"articles":[3],"sources":[],"first_published":null,"last_published":null,"entities":[],"storyline":null,"comparison":"x","timeline":[]}`} {
		var value any
		json.Unmarshal([]byte(bad), &value)
		if len(v.check(story, value, "$")) == 0 {
			t.Errorf("validator accepts %s as a Story", bad)
		}
	}
}
