// Command storyline is the news-intelligence engine's one binary: it ingests
// pages, cleans them into articles, extracts who said what and when, groups
// articles into stories, and exports or serves the result.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime"
	"strings"
	"syscall"
	"time"

	"github.com/storyline-news/storyline"
)

// Exit codes. Documented in the top-level --help.
const (
	exitOK          = 0   // everything worked
	exitFailure     = 1   // the command failed (store, internal error)
	exitUsage       = 2   // the command line was wrong
	exitInputErrors = 3   // the run finished, but some inputs could not be read and were skipped
	exitInterrupted = 130 // stopped by a signal; committed work is kept
)

// Main is the program with its streams, environment and clock injected, so
// tests run it in-process exactly as a user would.
type Main struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
	Now    func() time.Time
	// IsTerminal reports whether stderr is a terminal (progress is shown only then).
	IsTerminal bool
	Logger     *slog.Logger
}

type command struct {
	name    string
	summary string
	run     func(m *Main, ctx context.Context, args []string) error
}

func (m *Main) commands() []command {
	return []command{
		{"ingest", "read pages and run the whole pipeline into the store", (*Main).runIngest},
		{"export", "write articles, stories, entities or quotes as JSON Lines", (*Main).runExport},
		{"stories", "print the stories found, for people to read", (*Main).runStories},
		{"search", "full-text search over the articles, hits as JSON Lines", (*Main).runSearch},
		{"serve", "serve the web UI and the JSON API over HTTP", (*Main).runServe},
		{"story", "print one story's sources side by side: quotes, figures, timeline", (*Main).runStory},
		{"worker", "process queued pages (ingest --queue) until stopped", (*Main).runWorker},
		{"bench", "measure throughput per stage and peak memory over a folder", (*Main).runBench},
		{"eval", "score a stage against a gold data set", (*Main).runEval},
		{"train", "train a model from benchmark data (storyline train lists the kinds)", (*Main).runTrain},
		{"tag-conll", "tag CoNLL tokens on stdin with named-entity tags (IOB2)", (*Main).runTagCoNLL},
		{"version", "print the version", (*Main).runVersion},
	}
}

func main() {
	// No command reads a heap profile but bench --allocprofile, which turns
	// the sampling back on (allocProfileRate): at the runtime's default rate
	// every 512 KB allocated unwound a stack for it, 0.02 s of a 3.1
	// CPU-second one-core bench of the text dev dumps (runtime.profilealloc,
	// bench --cpuprofile).
	runtime.MemProfileRate = 0
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	m := &Main{
		Stdin:      os.Stdin,
		Stdout:     os.Stdout,
		Stderr:     os.Stderr,
		Getenv:     os.Getenv,
		Now:        time.Now,
		IsTerminal: isTerminal(os.Stderr),
	}
	os.Exit(m.Run(ctx, os.Args[1:]))
}

// Run executes one command line and returns the process exit code.
func (m *Main) Run(ctx context.Context, args []string) int {
	if m.Logger == nil {
		level, ok := logLevel(m.Getenv("STORYLINE_LOG"))
		m.Logger = slog.New(slog.NewTextHandler(m.Stderr, &slog.HandlerOptions{Level: level}))
		if !ok {
			m.Logger.Warn("STORYLINE_LOG is none of debug, info, warn, error: warn is used", "STORYLINE_LOG", m.Getenv("STORYLINE_LOG"))
		}
	}
	if len(args) > 0 && (args[0] == "--version" || args[0] == "-version") {
		return m.exitCode(m.runVersion(ctx, args[1:]))
	}
	if len(args) == 0 {
		m.usage(m.Stderr)
		return exitUsage
	}
	if args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		m.usage(m.Stdout)
		return exitOK
	}
	for _, c := range m.commands() {
		if c.name == args[0] {
			return m.exitCode(c.run(m, ctx, args[1:]))
		}
	}
	fmt.Fprintf(m.Stderr, "storyline: unknown command %q (see storyline --help)\n", terminalText(args[0]))
	return exitUsage
}

// usage prints the command's help to w: standard output when it was asked
// for, standard error beside a usage error.
func (m *Main) usage(w io.Writer) {
	fmt.Fprintln(w, "storyline turns news pages into a searchable record of what happened, who said what, when, and according to whom.")
	fmt.Fprintln(w, "\nUsage: storyline COMMAND [flags] [args]\n\nCommands:")
	for _, c := range m.commands() {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, `
Run "storyline COMMAND --help" for a command's flags; storyline --version
prints the version.

The store is --db PATH, else $STORYLINE_DB, else storyline.db in the working
directory; a postgres://… URL selects PostgreSQL (its search_path parameter
names the schema).
Logs go to stderr; STORYLINE_LOG=debug|info|warn|error sets their level.

Exit codes:
  0    success
  1    the command failed (nothing more was done)
  2    the command line was wrong
  3    the run finished, but some inputs could not be read and were skipped
       (each is reported on stderr with its path and the reason)
  130  interrupted; everything committed before the signal is kept, and
       running the same command again finishes the job
`)
}

// exitCode is the one place where errors become exit codes.
func (m *Main) exitCode(err error) int {
	if err == nil {
		return exitOK
	}
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	if errors.Is(err, context.Canceled) {
		fmt.Fprintln(m.Stderr, "storyline: interrupted")
		return exitInterrupted
	}
	var partial *partialError
	if errors.As(err, &partial) {
		return exitInputErrors
	}
	fmt.Fprintf(m.Stderr, "storyline: %s\n", terminalLines(err.Error()))
	switch storyline.ErrorCode(err) {
	case storyline.EINVALID:
		return exitUsage
	case storyline.EINPUT:
		return exitInputErrors
	}
	return exitFailure
}

// partialError says a run finished but skipped inputs that were already
// reported one by one; it carries only the count.
type partialError struct{ failed int }

func (e *partialError) Error() string { return fmt.Sprintf("%d inputs could not be read", e.failed) }

func (m *Main) runVersion(ctx context.Context, args []string) error {
	fs := m.flags("version", "", "Print the version of storyline.")
	if err := m.parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError("version takes no arguments")
	}
	fmt.Fprintf(m.Stdout, "storyline %s\n", storyline.Version)
	return nil
}

// flags returns a FlagSet that prints its usage to stderr (to stdout when
// --help asks for it: parseFlags) and reports errors instead of exiting.
func (m *Main) flags(name, synopsis, about string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintf(w, "Usage: storyline %s %s\n\n%s\n", name, synopsis, strings.TrimSpace(about))
		var any bool
		fs.VisitAll(func(*flag.Flag) { any = true })
		if any {
			fmt.Fprintln(w, "\nFlags:")
			fs.PrintDefaults()
		}
	}
	return fs
}

// usageError marks a command-line mistake (exit code 2).
func usageError(format string, args ...any) error {
	return storyline.Errorf(storyline.EINVALID, format, args...)
}

// logLevel is the level STORYLINE_LOG names (warn when unset); ok is false
// when it names none.
func logLevel(s string) (level slog.Level, ok bool) {
	if s == "" {
		return slog.LevelWarn, true
	}
	if err := level.UnmarshalText([]byte(s)); err != nil {
		return slog.LevelWarn, false
	}
	return level, true
}

// closeInto closes c and keeps its error in *err when nothing failed
// before: a store or file written to must report a failed close.
func closeInto(err *error, c io.Closer) {
	if cerr := c.Close(); cerr != nil && *err == nil {
		*err = cerr
	}
}
