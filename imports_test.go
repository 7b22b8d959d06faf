package storyline_test

import (
	"os/exec"
	"slices"
	"strings"
	"testing"
)

const module = "github.com/storyline-news/storyline"

// rule is what one package of the module may depend on (DESIGN.md).
type rule struct {
	// may lists the module's packages it may depend on, directly or
	// through others ("" is the root package).
	may []string
	// stage marks a running stage: it never serves or fetches over HTTP
	// (net/http) nor opens files (os); models are embedded, training and
	// file handling live in cmd and the training packages.
	stage bool
}

// rules names every package of the module: a new package fails the test
// until its rule is written here.
var rules = map[string]rule{
	"":               {},
	"sharedtest":     {},
	"english":        {may: []string{}, stage: true}, // the word lists: a leaf, standard library only
	"lang":           {may: []string{""}, stage: true},
	"text":           {may: []string{"", "english"}, stage: true},
	"timex":          {may: []string{"", "english"}, stage: true},
	"dedup":          {may: []string{""}, stage: true},
	"entity":         {may: []string{"", "english"}, stage: true},
	"ner":            {may: []string{"", "english"}, stage: true},
	"quote":          {may: []string{"", "english", "entity", "text", "logit"}, stage: true},
	"extract":        {may: []string{"", "english"}, stage: true},
	"cluster":        {may: []string{"", "english", "dedup", "timex", "text", "logit"}, stage: true},
	"compare":        {may: []string{"", "english", "text", "timex", "logit"}, stage: true}, // reads a story's articles; the caller loads them
	"pipeline":       {may: []string{""}},                                                   // it receives its stages; it imports none of them
	"ingest":         {may: []string{""}},
	"sqlite":         {may: []string{"", "english", "storesql"}},
	"storesql":       {may: []string{""}}, // the reads both SQL stores share
	"storetest":      {may: []string{""}},
	"eval":           {may: []string{""}},
	"engine":         {may: []string{"", "english", "cluster", "dedup", "entity", "ingest", "pipeline", "text", "timex", "logit"}},
	"web":            {may: []string{""}}, // it reads through its own Store interface, never a store package
	"ner/prosebench": {},
	// Training packages fit a stage's model: each may depend on its stage,
	// what its stage may, the benchmark metrics (eval), and read files.
	"extract/extracttrain": {may: []string{"", "english", "extract", "eval", "logit"}},
	"ner/nertrain":         {may: []string{"", "english", "ner", "text", "eval"}},
	"quote/quotetrain":     {may: []string{"", "english", "entity", "quote", "text", "eval", "logit"}},
	"cluster/clustertrain": {may: []string{"", "english", "cluster", "dedup", "timex", "text", "eval", "logit"}},
	"compare/comparetrain": {may: []string{"", "english", "text", "timex", "compare", "eval", "logit"}},
	"cmd/storyline":        {may: []string{"*"}}, // the one place that wires everything

	// The scaled-out mode: the PostgreSQL store and the queue, which runs a
	// pipeline and the sequential half it is given.
	"postgres":        {may: []string{"", "storesql"}},
	"postgres/pgtest": {},
	"queue":           {may: []string{"", "pipeline"}},
	"queue/natstest":  {},
	"logit":           {may: []string{}}, // the trainers' logistic fit: standard library only
}

// TestImportRules reads the module's dependency graph with go list and
// checks the rules above, so that the layering cannot erode unnoticed.
func TestImportRules(t *testing.T) {
	out, err := exec.Command("go", "list", "-f", `{{.ImportPath}}|{{join .Imports " "}}|{{join .Deps " "}}`, "./...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	listed := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		parts := strings.Split(line, "|")
		pkg := local(parts[0])
		listed[pkg] = true
		r, ok := rules[pkg]
		if !ok {
			t.Errorf("package %q has no import rule: add it to rules in imports_test.go and to DESIGN.md", parts[0])
			continue
		}
		for _, dep := range strings.Fields(parts[2]) {
			if dep, inModule := inModule(dep); inModule && !slices.Contains(r.may, "*") && !slices.Contains(r.may, dep) {
				t.Errorf("%s depends on %s/%s: it may depend on %q only", parts[0], module, dep, r.may)
			}
		}
		for _, imp := range strings.Fields(parts[1]) {
			if r.stage && (imp == "net/http" || imp == "os") {
				t.Errorf("%s imports %s: a running stage neither fetches, serves nor opens files", parts[0], imp)
			}
		}
	}
	for pkg := range rules {
		if !listed[pkg] {
			t.Errorf("rules name %q, which go list does not list", pkg)
		}
	}
}

func local(path string) string {
	return strings.TrimPrefix(strings.TrimPrefix(path, module), "/")
}

func inModule(path string) (string, bool) {
	if path == module || strings.HasPrefix(path, module+"/") {
		return local(path), true
	}
	return "", false
}
