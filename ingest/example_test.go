package ingest_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/ingest"
)

// A command reads every input the user named, keeping the good pages of a
// partly broken file and reporting the problems at the end.
func Example() {
	dir, _ := os.MkdirTemp("", "ingest-example")
	defer os.RemoveAll(dir)
	os.WriteFile(filepath.Join(dir, "note.txt"), []byte("Plain words.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "feed.jsonl"), []byte(`{"id":"a1","text":"First."}`+"\n"+`{oops`+"\n"), 0o644)

	inputs, errs := ingest.Expand([]string{dir, filepath.Join(dir, "missing.txt")})
	r := &ingest.Reader{}
	for _, in := range inputs {
		err := r.Read(context.Background(), in, func(p *storyline.Page) error {
			fmt.Printf("page %s (%s)\n", p.ID, p.Format)
			return nil
		})
		if err != nil {
			errs = append(errs, err)
		}
	}
	for _, err := range errs {
		var e *storyline.Error
		errors.As(err, &e)
		fmt.Println("problem:", e.Code, e.Op)
	}
	// Output:
	// page a1 (jsonl)
	// page note.txt (txt)
	// problem: input ingest.expand
	// problem: input ingest.jsonl
}
