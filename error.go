package storyline

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// Error codes: machine-readable kinds of failure. They are turned into exit
// codes and HTTP statuses in exactly one place each (cmd/storyline, web).
const (
	EINTERNAL = "internal" // a bug or an environment failure
	EINVALID  = "invalid"  // the user asked for something malformed
	EINPUT    = "input"    // an input file cannot be read or parsed
	ENOTFOUND = "not_found"
	ECONFLICT = "conflict"
)

// Error is the one error type of the domain: a code for machines, a message
// for people, and the operation and cause for whoever debugs it.
type Error struct {
	Code string
	// Op names the operation that failed (e.g. "ingest.warc"), for logs and
	// debuggers; it is no part of the message, which is for people.
	Op      string
	Path    string // the input the error is about, if any
	Message string
	Err     error
}

// Error is "PATH: MESSAGE: CAUSE", without the parts that are empty.
func (e *Error) Error() string {
	msg := e.Message
	if e.Err != nil {
		if msg != "" {
			msg += ": "
		}
		msg += e.Err.Error()
	}
	if e.Path != "" {
		msg = printablePath(e.Path) + ": " + msg
	}
	return msg
}

func (e *Error) Unwrap() error { return e.Err }

// printablePath quotes a path (a file name, a page id: both come from
// outside) that holds control characters or bidirectional overrides, so an
// error message never carries a terminal escape sequence.
func printablePath(p string) string {
	if strings.IndexFunc(p, func(r rune) bool {
		return unicode.IsControl(r) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
	}) >= 0 {
		return strconv.QuoteToGraphic(p)
	}
	return p
}

// Errorf returns an Error with the given code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// OpErrorf is Errorf for the operation op: what a store or a stage
// returns when it refuses a request (EINVALID) or lacks what it asks for
// (ENOTFOUND).
func OpErrorf(op, code, format string, args ...any) *Error {
	e := Errorf(code, format, args...)
	e.Op = op
	return e
}

// InputError reports that the input at path could not be read, and why.
func InputError(op, path string, err error) *Error {
	return &Error{Code: EINPUT, Op: op, Path: path, Err: err}
}

// ErrorCode returns the code of the first Error in err's chain, EINTERNAL for
// any other non-nil error, and "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) && e.Code != "" {
		return e.Code
	}
	return EINTERNAL
}
