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

func TestLookup(t *testing.T) {
	if p, ok := Lookup("no-such-folder"); ok {
		t.Errorf("Lookup(no-such-folder) = %s, true; want false", p)
	}
	p := Path(t, "seeds") // skips when ../shared is absent
	if got, ok := Lookup("seeds"); !ok || got != p {
		t.Errorf("Lookup(seeds) = %s, %v; want %s, true", got, ok, p)
	}
}
