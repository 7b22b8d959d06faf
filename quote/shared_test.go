package quote

import (
	"os"
	"path/filepath"
	"testing"
)

// sharedPath finds ../shared/REL beside the module root, skipping the test
// when the lent data is not there.
func sharedPath(t testing.TB, rel string) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("no go.mod above the test directory")
		}
		dir = parent
	}
	p := filepath.Join(dir, "..", "shared", rel)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared data %s absent: %v", p, err)
	}
	return p
}
