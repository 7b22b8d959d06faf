package main

import (
	"context"
	"fmt"
	"sort"
	"strings"
)

// subcommands runs "storyline CMD KIND ..." for commands whose work depends
// on a kind (eval ner, train extraction, ...).
type subcommands struct {
	name  string // the command, e.g. "eval"
	about string // one line on what the command does
	kinds map[string]func(context.Context, []string) error
}

func (m *Main) runSubcommand(ctx context.Context, sc subcommands, args []string) error {
	kinds := make([]string, 0, len(sc.kinds))
	for k := range sc.kinds {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		w := m.Stdout // asked for
		if len(args) == 0 {
			w = m.Stderr
		}
		fmt.Fprintf(w, "Usage: storyline %s KIND [flags]\n\n%s\nKinds: %s\nRun \"storyline %s KIND --help\" for a kind's flags.\n",
			sc.name, sc.about, strings.Join(kinds, ", "), sc.name)
		if len(args) == 0 {
			return usageError("%s needs a kind", sc.name)
		}
		return nil
	}
	run, ok := sc.kinds[args[0]]
	if !ok {
		return usageError("unknown %s kind %q (have: %s)", sc.name, args[0], strings.Join(kinds, ", "))
	}
	return run(ctx, args[1:])
}
