package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// positive is a flag's count that must be at least one (--workers,
// --max-page-bytes): 0 or less is a usage error when the flag is parsed,
// not a run that does nothing or takes no page.
type positive[T int | int64] struct{ p *T }

// positiveVar defines a flag whose value must be at least one.
func positiveVar[T int | int64](fs *flag.FlagSet, p *T, name string, value T, usage string) {
	*p = value
	fs.Var(positive[T]{p}, name, usage)
}

func (v positive[T]) String() string {
	if v.p == nil {
		return ""
	}
	return strconv.FormatInt(int64(*v.p), 10)
}

func (v positive[T]) Set(s string) error {
	n, err := strconv.ParseInt(s, 10, 64)
	switch {
	case err != nil:
		return errors.New("not a whole number")
	case n < 1:
		return errors.New("must be 1 or more")
	case int64(T(n)) != n:
		return errors.New("too large")
	}
	*v.p = T(n)
	return nil
}

// parseFlags parses a command's flags (parseFlagsTo), with the usage
// --help asks for on standard output, where a pager or grep can read it.
func (m *Main) parseFlags(fs *flag.FlagSet, args []string) error {
	return parseFlagsTo(fs, args, m.Stdout)
}

// parseFlagsTo parses a command's arguments with its flags anywhere among
// them: "storyline export entities --db x.db" reads as "storyline export
// --db x.db entities". Everything after "--" stays an argument.
// A wrong flag is a usage error (exit code 2) after which only the first
// line of the usage is printed, to the FlagSet's output (the error itself
// is printed once, by the caller); --help prints the whole usage to help
// and is not an error.
func parseFlagsTo(fs *flag.FlagSet, args []string, help io.Writer) error {
	out, usage := fs.Output(), fs.Usage
	fs.SetOutput(io.Discard) // the flag package would print the error and the whole usage
	fs.Usage = func() {}
	err := parseQuiet(fs, args)
	fs.SetOutput(out)
	fs.Usage = usage
	switch {
	case err == nil:
	case errors.Is(err, flag.ErrHelp):
		fs.SetOutput(help)
		usage()
		fs.SetOutput(out)
	default:
		shortUsage(fs)
	}
	return err
}

// shortUsage prints the first line of a command's usage to its output, as
// after a wrong flag.
func shortUsage(fs *flag.FlagSet) {
	out := fs.Output()
	var buf bytes.Buffer
	fs.SetOutput(&buf)
	fs.Usage()
	fs.SetOutput(out)
	if first, _, _ := strings.Cut(buf.String(), "\n"); first != "" {
		fmt.Fprintf(out, "%s  (storyline %s --help for more)\n", first, fs.Name())
	}
}

func parseQuiet(fs *flag.FlagSet, args []string) error {
	if n := len(args); n > 0 && args[n-1] != "--" && strings.HasPrefix(args[n-1], "-") && len(args[n-1]) > 1 {
		// a flag that wants a value must not take the "--" interspersed adds
		if name := strings.TrimLeft(args[n-1], "-"); !strings.Contains(name, "=") && !takesNoValue(fs, name) {
			return usage(fs.Parse(args[n-1:])) // "flag needs an argument"
		}
	}
	return usage(fs.Parse(interspersed(fs, args)))
}

func usage(err error) error {
	if err == nil || errors.Is(err, flag.ErrHelp) {
		return err
	}
	return usageError("%v", err)
}

// interspersed moves the flags (with their values) in front of the other
// arguments and puts "--" between them, so that an argument such as "-"
// (stdin) is never read as a flag.
func interspersed(fs *flag.FlagSet, args []string) []string {
	var flags, rest []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			rest = append(rest, args[i+1:]...)
			break
		}
		if len(a) < 2 || a[0] != '-' {
			rest = append(rest, a)
			continue
		}
		flags = append(flags, a)
		name := strings.TrimLeft(a, "-")
		if strings.Contains(name, "=") || takesNoValue(fs, name) {
			continue
		}
		if i+1 < len(args) {
			i++
			flags = append(flags, args[i])
		}
	}
	return append(append(flags, "--"), rest...)
}

// takesNoValue reports whether a flag is a boolean one, or unknown (the
// parser then reports it).
func takesNoValue(fs *flag.FlagSet, name string) bool {
	f := fs.Lookup(name)
	if f == nil {
		return true
	}
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}
