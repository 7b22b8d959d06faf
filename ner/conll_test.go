package ner

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"reflect"
	"strings"
	"testing"
)

func TestReadCoNLL(t *testing.T) {
	in := "-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\nPeter NNP B-NP B-PER\n\n-DOCSTART- -X- -X- O\n\nBonn NNP B-NP B-LOC\n"
	docs, err := ReadCoNLL(context.Background(), strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 {
		t.Fatalf("got %d documents, want 2", len(docs))
	}
	if got := docs[0].Words(); !reflect.DeepEqual(got, [][]string{{"EU", "rejects"}, {"Peter"}}) {
		t.Errorf("doc 0 words = %q", got)
	}
	if got := docs[0].Sentences[0].Tags; !reflect.DeepEqual(got, []string{"B-ORG", "O"}) {
		t.Errorf("doc 0 tags = %q", got)
	}
	if got := docs[1].Start; !reflect.DeepEqual(got, []string{"-DOCSTART- -X- -X- O", ""}) {
		t.Errorf("doc 1 start = %q", got)
	}
}

func TestReadCoNLLTokensOnly(t *testing.T) {
	in := "-DOCSTART-\n\nEU\nrejects\n\n\nPeter\n"
	docs, err := ReadCoNLL(context.Background(), strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || len(docs[0].Sentences) != 2 || docs[0].Sentences[0].Tags != nil {
		t.Fatalf("got %+v", docs)
	}
	tags := [][]string{{"B-ORG", "O"}, {"B-PER"}}
	var buf bytes.Buffer
	if err := WriteTagged(bufio.NewWriter(&buf), docs[0], tags); err != nil {
		t.Fatal(err)
	}
	want := "-DOCSTART-\n\nEU B-ORG\nrejects O\n\n\nPeter B-PER\n"
	if buf.String() != want {
		t.Errorf("WriteTagged wrote\n%q\nwant\n%q", buf.String(), want)
	}
}

func TestReadCoNLLMixedColumns(t *testing.T) {
	_, err := ReadCoNLL(context.Background(), strings.NewReader("EU B-ORG\nrejects\n"))
	if err == nil {
		t.Error("a sentence mixing tagged and untagged lines was accepted")
	}
}

// FuzzReadCoNLL checks that reading never panics and that writing the
// documents back with a tag per token keeps every line, in order.
func FuzzReadCoNLL(f *testing.F) {
	tiny, err := os.ReadFile("testdata/tiny.conll")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(tiny))
	f.Add("-DOCSTART-\n\nEU\nrejects\n\n")
	f.Add("\n\n\nx\r\n-DOCSTART- -X- O\n")
	f.Fuzz(func(t *testing.T, in string) {
		docs, err := ReadCoNLL(context.Background(), strings.NewReader(in))
		if err != nil {
			return
		}
		var buf bytes.Buffer
		w := bufio.NewWriter(&buf)
		for _, d := range docs {
			tags := make([][]string, len(d.Sentences))
			for i, s := range d.Sentences {
				tags[i] = make([]string, len(s.Words))
				for j := range tags[i] {
					tags[i][j] = "O"
				}
			}
			if err := WriteTagged(w, d, tags); err != nil {
				t.Fatal(err)
			}
		}
		if in == "" {
			return
		}
		inLines := strings.Split(strings.TrimSuffix(in, "\n"), "\n")
		outLines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
		if len(inLines) != len(outLines) {
			t.Fatalf("%d lines in, %d out", len(inLines), len(outLines))
		}
		for i := range inLines {
			if !strings.HasPrefix(outLines[i], strings.TrimRight(inLines[i], "\r")) {
				t.Fatalf("line %d: %q came back as %q", i, inLines[i], outLines[i])
			}
		}
	})
}

// TestWriteTaggedKeepsSeparator checks that the predicted tag joins each
// line with the line's own column separator.
func TestWriteTaggedKeepsSeparator(t *testing.T) {
	for _, sep := range []string{" ", "\t"} {
		in := "Anna" + sep + "NNP\nKowalski" + sep + "NNP\n"
		docs, err := ReadCoNLL(context.Background(), strings.NewReader(in))
		if err != nil || len(docs) != 1 {
			t.Fatalf("ReadCoNLL: %v (%d docs)", err, len(docs))
		}
		var out strings.Builder
		w := bufio.NewWriter(&out)
		if err := WriteTagged(w, docs[0], [][]string{{"B-PER", "I-PER"}}); err != nil {
			t.Fatal(err)
		}
		want := "Anna" + sep + "NNP" + sep + "B-PER\nKowalski" + sep + "NNP" + sep + "I-PER\n"
		if out.String() != want {
			t.Errorf("separator %q: wrote %q, want %q", sep, out.String(), want)
		}
	}
}
