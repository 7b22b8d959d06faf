package main

import (
	"context"
)

// evaluators maps "storyline eval KIND" to the function that scores KIND.
// Each stage's evaluation lives in its own file (eval_KIND.go).
func (m *Main) evaluators() map[string]func(context.Context, []string) error {
	return map[string]func(context.Context, []string) error{
		"compare":    m.evalCompare,
		"extraction": m.evalExtraction,
		"events":     m.evalEvents,
		"ner":        m.evalNER,
		"overmerge":  m.evalOverMerge,
		"quotes":     m.evalQuotes,
	}
}

func (m *Main) runEval(ctx context.Context, args []string) error {
	return m.runSubcommand(ctx, subcommands{"eval", "Score one stage against gold data and print the metrics.", m.evaluators()}, args)
}
