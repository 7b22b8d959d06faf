package storyline_test

import (
	"os/exec"
	"strings"
	"testing"
)

const module = "github.com/storyline-news/storyline"

// stagePackages may import the root package and the lower stages listed for
// them, never a store, the work queue, net/http, os or eval (DESIGN.md):
// a running stage reads no files, and its training lives apart.
var stagePackages = map[string][]string{
	"lang":     nil,
	"text":     nil,
	"extract":  nil,
	"ner":      {"text"},
	"entity":   nil,
	"quote":    {"text"},
	"timex":    nil,
	"dedup":    nil,
	"cluster":  {"dedup", "timex", "text"},
	"pipeline": nil, // it receives its stages; it imports none of them
}

// trainingPackages fit a stage's model: each may import its stage, what its
// stage may, the benchmark metrics (eval) and os, never a store or net/http.
var trainingPackages = map[string]string{
	"extract/extracttrain": "extract",
	"ner/nertrain":         "ner",
	"quote/quotetrain":     "quote",
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
	}
	if stage, ok := trainingPackages[pkg]; ok {
		return checkTrainingImport(stage, imp, local, inModule)
	}
	allowed, isStage := stagePackages[pkg]
	if !isStage {
		return ""
	}
	switch {
	case imp == "net/http":
		return "stages never serve or fetch over HTTP"
	case imp == "os":
		return "a running stage reads no files: loading belongs to cmd or a training package"
	case inModule && local == "eval":
		return "a running stage does not score itself: the metrics belong to eval and the training packages"
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

// TestCheckImport pins the rules on imports that the module's code does not
// make today, so that a rule which stopped working would show.
func TestCheckImport(t *testing.T) {
	tests := []struct {
		pkg, imp string
		ok       bool
	}{
		{"extract", "os", false},
		{"ner", module + "/eval", false},
		{"quote", "net/http", false},
		{"quote", module + "/text", true},
		{"extract/extracttrain", module + "/eval", true},
		{"extract/extracttrain", "os", true},
		{"extract/extracttrain", module + "/extract", true},
		{"ner/nertrain", module + "/text", true},
		{"ner/nertrain", module + "/quote", false},
		{"quote/quotetrain", module + "/sqlite", false},
		{"quote/quotetrain", "net/http", false},
	}
	for _, tt := range tests {
		if problem := checkImport(tt.pkg, tt.imp); (problem == "") != tt.ok {
			t.Errorf("checkImport(%s, %s) = %q, want allowed %v", tt.pkg, tt.imp, problem, tt.ok)
		}
	}
}

func checkTrainingImport(stage, imp, local string, inModule bool) string {
	if imp == "net/http" {
		return "training packages never serve or fetch over HTTP"
	}
	if !inModule || local == "" || local == stage || local == "eval" {
		return ""
	}
	for _, a := range stagePackages[stage] {
		if local == a {
			return ""
		}
	}
	return "a training package imports only its stage, what its stage may, and eval"
}

func isStore(pkg string) bool {
	for _, s := range storePackages {
		if pkg == s || strings.HasPrefix(pkg, s+"/") {
			return true
		}
	}
	return false
}
