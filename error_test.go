package storyline

import (
	"errors"
	"testing"
)

// TestErrorMessage: the message is for people: no operation name, and a
// path from outside that holds control characters is quoted.
func TestErrorMessage(t *testing.T) {
	tests := []struct {
		err  *Error
		want string
	}{
		{&Error{Code: EINPUT, Op: "ingest.expand", Path: "a.txt", Err: errors.New("no such file or directory")}, "a.txt: no such file or directory"},
		{&Error{Code: EINPUT, Op: "ingest.text", Path: "b.txt", Message: "empty input"}, "b.txt: empty input"},
		{&Error{Code: EINVALID, Op: "migrate", Message: "too new"}, "too new"},
		{&Error{Code: EINPUT, Path: "x\x1b[2J.txt", Message: "empty input"}, `"x\x1b[2J.txt": empty input`},
		{&Error{Code: EINPUT, Path: "rtl\u202e.txt", Message: "m"}, `"rtl\u202e.txt": m`},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
	}
}

// TestOpErrorf: the operation, the code and the formatted message.
func TestOpErrorf(t *testing.T) {
	e := OpErrorf("sqlite.Article", ENOTFOUND, "article %q not found", "a")
	if e.Op != "sqlite.Article" || ErrorCode(e) != ENOTFOUND || e.Error() != `article "a" not found` {
		t.Errorf("OpErrorf = %+v (%q)", e, e.Error())
	}
}
