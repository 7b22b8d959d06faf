package ingest

import "testing"

func TestWithCharset(t *testing.T) {
	latin1 := "<html><body>Caf\xe9</body></html>"
	tests := []struct {
		name, body, contentType, want string
	}{
		{"header charset added", latin1, "text/html; charset=ISO-8859-1", `<meta charset="ISO-8859-1">` + latin1},
		{"quoted parameter", latin1, `text/html; charset="windows-1252"`, `<meta charset="windows-1252">` + latin1},
		{"page declares its own", "<meta charset=iso-8859-15>" + latin1, "text/html; charset=ISO-8859-1", "<meta charset=iso-8859-15>" + latin1},
		{"utf-8 body left alone", "<p>Café</p>", "text/html; charset=ISO-8859-1", "<p>Café</p>"},
		{"no charset", latin1, "text/html", latin1},
		{"junk label", latin1, `text/html; charset="a\"><script>"`, latin1},
		{"broken header", latin1, "text/html; charset", latin1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(withCharset([]byte(tt.body), tt.contentType)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
