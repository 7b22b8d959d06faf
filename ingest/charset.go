package ingest

import (
	"bytes"
	"mime"
	"strings"
	"unicode/utf8"
)

// withCharset makes the charset an HTTP header declared visible to the
// extractor, which sees only the payload: when the payload is not UTF-8 and
// declares no charset of its own near the top (where the HTML prescan looks),
// a <meta charset> naming the header's charset is put in front. This is the
// only change a reader makes to a payload.
func withCharset(body []byte, contentType string) []byte {
	label := charsetParam(contentType)
	if label == "" || strings.EqualFold(label, "utf-8") || strings.EqualFold(label, "utf8") || utf8.Valid(body) {
		return body
	}
	head := body[:min(len(body), 1024)]
	if bytes.Contains(bytes.ToLower(head), []byte("charset")) {
		return body
	}
	meta := `<meta charset="` + label + `">`
	out := make([]byte, 0, len(meta)+len(body))
	return append(append(out, meta...), body...)
}

// charsetParam returns the charset of a Content-Type value, "" when absent
// or when it holds anything but a plain encoding label.
func charsetParam(contentType string) string {
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return ""
	}
	label := strings.TrimSpace(params["charset"])
	for _, c := range label {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.ContainsRune("-_.:", c)) {
			return ""
		}
	}
	return label
}
