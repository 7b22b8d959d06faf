package main

import (
	"context"
	"fmt"
	"sort"
	"strings"
)

// evaluators maps "storyline eval KIND" to the function that scores KIND.
// Each stage's evaluation lives in its own file (eval_KIND.go).
func (m *Main) evaluators() map[string]func(context.Context, []string) error {
	return map[string]func(context.Context, []string) error{
		"extraction": m.evalExtraction,
		"events":     m.evalEvents,
		"ner":        m.evalNER,
		"quotes":     m.evalQuotes,
	}
}

func (m *Main) runEval(ctx context.Context, args []string) error {
	evals := m.evaluators()
	kinds := make([]string, 0, len(evals))
	for k := range evals {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintf(m.Stderr, "Usage: storyline eval KIND [flags]\n\nScore one stage against gold data and print the metrics.\nKinds: %s\n", strings.Join(kinds, ", "))
		if len(args) == 0 {
			return usageError("eval needs a kind")
		}
		return nil
	}
	run, ok := evals[args[0]]
	if !ok {
		return usageError("unknown eval kind %q (have: %s)", args[0], strings.Join(kinds, ", "))
	}
	return run(ctx, args[1:])
}
