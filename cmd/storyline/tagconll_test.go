package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"
)

func runWithStdin(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	m := &Main{Stdin: strings.NewReader(stdin), Stdout: &stdout, Stderr: &stderr, Getenv: func(string) string { return "" }, Now: time.Now}
	code := m.Run(context.Background(), args)
	return code, stdout.String(), stderr.String()
}

func TestTagCoNLL(t *testing.T) {
	in := "-DOCSTART- -X- -X- O\n\nNATO\nSecretary-General\nMark\nRutte\nmet\nDonald\nTrump\nin\nDavos\n.\n\nRutte\nleft\n.\n"
	code, out, errs := runWithStdin(t, in, "tag-conll")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	inLines := strings.Split(strings.TrimSuffix(in, "\n"), "\n")
	outLines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(inLines) != len(outLines) {
		t.Fatalf("%d lines in, %d out:\n%s", len(inLines), len(outLines), out)
	}
	valid := map[string]bool{"O": true}
	for _, p := range []string{"B-", "I-"} {
		for _, typ := range []string{"PER", "ORG", "LOC", "MISC"} {
			valid[p+typ] = true
		}
	}
	for i, l := range inLines {
		switch {
		case l == "" || strings.HasPrefix(l, "-DOCSTART-"):
			if outLines[i] != l {
				t.Errorf("line %d: %q came back as %q", i, l, outLines[i])
			}
		default:
			tag, ok := strings.CutPrefix(outLines[i], l+" ")
			if !ok || !valid[tag] {
				t.Errorf("line %d: %q came back as %q", i, l, outLines[i])
			}
		}
	}
	if !strings.Contains(out, "Mark B-PER\nRutte I-PER\n") {
		t.Errorf("Mark Rutte not tagged as a person:\n%s", out)
	}
}

func TestEvalNER(t *testing.T) {
	code, out, errs := runWithStdin(t, "", "eval", "ner", "../../ner/testdata/tiny.conll")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"FB1:", "PER: precision", "untyped", "tokens/s"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
}

func TestTrainUsage(t *testing.T) {
	if code, _, _ := runWithStdin(t, "", "train", "nonsense"); code != exitUsage {
		t.Errorf("train nonsense: exit %d, want %d", code, exitUsage)
	}
	if code, _, _ := runWithStdin(t, "", "train", "ner"); code != exitUsage {
		t.Errorf("train ner without --data: exit %d, want %d", code, exitUsage)
	}
}
