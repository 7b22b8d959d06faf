package ingest

import (
	"fmt"
	"strings"

	"github.com/storyline-news/storyline"
)

// maxProblems caps the problems kept per input: a broken multi-gigabyte file
// must not grow an unbounded error list.
const maxProblems = 20

// problems collects the bad records of a container whose records are
// independent, so that the good ones after a bad one are still read.
type problems struct {
	op, name string
	errs     []error
	count    int
}

func (p *problems) add(err error) {
	p.count++
	if len(p.errs) < maxProblems {
		p.errs = append(p.errs, err)
	}
}

// err returns nil, or one EINPUT error joining the problems kept.
func (p *problems) err() error {
	if p.count == 0 {
		return nil
	}
	msg := fmt.Sprintf("%d bad record(s)", p.count)
	if p.count > len(p.errs) {
		msg += fmt.Sprintf(", first %d listed", len(p.errs))
	}
	return &storyline.Error{Code: storyline.EINPUT, Op: p.op, Path: p.name, Message: msg, Err: listed(p.errs)}
}

// listed joins errors as errors.Join does, written on one line with "; "
// between them: the problems of one input are one line of a report.
type listed []error

func (l listed) Error() string {
	parts := make([]string, len(l))
	for i, err := range l {
		parts[i] = err.Error()
	}
	return strings.Join(parts, "; ")
}

func (l listed) Unwrap() []error { return l }

// fatal ends the input with err; the problems collected before are kept.
func (p *problems) fatal(err error) error {
	if p.count == 0 {
		return err
	}
	p.add(err)
	return p.err()
}
