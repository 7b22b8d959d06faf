package sharedtest

import (
	"os"
	"path/filepath"
	"testing"
)

func TestPathFindsSharedBesideModule(t *testing.T) {
	root, err := moduleRoot()
	if err != nil {
		t.Fatalf("moduleRoot: %v", err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("moduleRoot %s holds no go.mod", root)
	}
	p := Path(t, "seeds") // skips when ../shared is absent
	if filepath.Base(p) != "seeds" || filepath.Dir(filepath.Dir(p)) != filepath.Dir(root) {
		t.Errorf("Path = %s, want ../shared/seeds beside %s", p, root)
	}
}
