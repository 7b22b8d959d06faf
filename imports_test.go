package storyline_test

import (
	"os/exec"
	"strings"
	"testing"
)

const module = "github.com/storyline-news/storyline"

// stagePackages may import the root package and the lower stages listed for
// them, never a store, the work queue or net/http (DESIGN.md).
var stagePackages = map[string][]string{
	"lang":     nil,
	"text":     nil,
	"extract":  {"eval"}, // its trainer scores itself with the benchmark metric
	"ner":      {"text"},
	"entity":   nil,
	"quote":    {"text"},
	"timex":    nil,
	"dedup":    nil,
	"cluster":  {"dedup", "timex", "text"},
	"pipeline": nil, // it receives its stages; it imports none of them
}

var storePackages = []string{"sqlite", "postgres"}

// TestImportRules reads the module's import graph with go list and checks
// the rules of DESIGN.md, so the layering cannot erode unnoticed.
func TestImportRules(t *testing.T) {
	out, err := exec.Command("go", "list", "-f", `{{.ImportPath}}{{range .Imports}} {{.}}{{end}}`, "./...").Output()
	if err != nil {
		t.Skipf("go list is not available: %v", err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		fields := strings.Fields(line)
		pkg, imports := strings.TrimPrefix(strings.TrimPrefix(fields[0], module), "/"), fields[1:]
		for _, imp := range imports {
			if problem := checkImport(pkg, imp); problem != "" {
				t.Errorf("%s imports %s: %s", fields[0], imp, problem)
			}
		}
	}
}

func checkImport(pkg, imp string) string {
	local, inModule := strings.CutPrefix(imp, module+"/")
	if imp == module {
		local, inModule = "", true
	}
	switch {
	case pkg == "" && inModule:
		return "the root package imports nothing from the module"
	case isStore(pkg) && inModule && local != "":
		return "stores import the root package only"
	case pkg == "web" && inModule && local != "":
		return "web imports the root package only"
	}
	allowed, isStage := stagePackages[pkg]
	if !isStage {
		return ""
	}
	if imp == "net/http" {
		return "stages never serve or fetch over HTTP"
	}
	if !inModule || local == "" {
		return ""
	}
	for _, a := range allowed {
		if local == a || strings.HasPrefix(local, a+"/") {
			return ""
		}
	}
	if strings.HasPrefix(local, pkg+"/") {
		return ""
	}
	return "a stage imports only the root package and the lower stages listed for it"
}

func isStore(pkg string) bool {
	for _, s := range storePackages {
		if pkg == s || strings.HasPrefix(pkg, s+"/") {
			return true
		}
	}
	return false
}
