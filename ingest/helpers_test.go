package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/storyline-news/storyline"
)

// readInput reads one input with r and returns the pages and the error.
func readInput(t testing.TB, r *Reader, in Input) ([]*storyline.Page, error) {
	t.Helper()
	var pages []*storyline.Page
	err := r.Read(context.Background(), in, func(p *storyline.Page) error {
		pages = append(pages, p)
		return nil
	})
	return pages, err
}

// readFile reads a file named directly on the command line.
func readFile(t testing.TB, r *Reader, path string) ([]*storyline.Page, error) {
	t.Helper()
	ins, errs := Expand([]string{path})
	if len(errs) > 0 || len(ins) != 1 {
		t.Fatalf("Expand(%q) = %v, %v", path, ins, errs)
	}
	return readInput(t, r, ins[0])
}

// readBytes reads data as stdin under the given name, so the name's
// extension picks the format as a file's would.
func readBytes(t testing.TB, r *Reader, name string, data []byte) ([]*storyline.Page, error) {
	t.Helper()
	r.Stdin = bytes.NewReader(data)
	return readInput(t, r, Input{Path: "-", Name: name, Size: -1})
}

// inputError asserts err is a *storyline.Error with code EINPUT and returns it.
func inputError(t testing.TB, err error) *storyline.Error {
	t.Helper()
	var e *storyline.Error
	if !errors.As(err, &e) || e.Code != storyline.EINPUT {
		t.Fatalf("error = %#v (%v), want a *storyline.Error with code %q", err, err, storyline.EINPUT)
	}
	return e
}

func gzipBytes(t testing.TB, data []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func writeFile(t testing.TB, dir, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func mustRead(t testing.TB, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
