//go:build ignore

// Command forks regenerates storyline's forks of third-party modules under
// third_party/, each built so that nothing costly runs at program start
// (every command paid for them, `storyline version` included; see each
// fork's FORK.md). Run it from the repository root:
//
//	go run scripts/forks/main.go                      # every fork, at the versions go.mod requires
//	go run scripts/forks/main.go go-dateparser        # one fork
//	go run scripts/forks/main.go -version v1.4.8 go-dateparser
//
// For each fork it copies the module from the module cache (go mod
// download), leaves out what storyline does not need, runs the fork's
// mechanical transformation if it has one, then applies the hand-written
// patches in scripts/forks/NAME (*.patch, in name order), then its
// mechanical change of what the patches made (after), if any. The transformation
// of go-dateparser turns the init function of each generated locale file of
// internal/data into a function that GetLocaleData runs once (sync.Once per
// file); it refuses, rather than guesses, when upstream no longer has the
// shape it relies on: one init per locale file that builds only that file's
// locales, and no reader of a locale variable other than its file and
// GetLocaleData. The other transformations make package variables that
// are built at start sync.OnceValue functions, and their readers call them:
// lazyRegexps those that compile a regular expression (go-htmldate,
// go-trafilatura, go-readability, go-domdistiller, go-dateparser),
// lazyVars those named (go-dateparser, go-domdistiller, go-htmldate,
// go-trafilatura). x/net's html,
// whose named character references are built into maps at start (about
// 20 page faults and 0.35 M instructions of `storyline version`), is left
// as it is: a parser of hostile pages takes its security fixes from
// upstream, not from a regenerated fork.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"go/ast"
	"go/format"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io/fs"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
)

// fork is one forked module.
type fork struct {
	name   string // folder under third_party/ and scripts/forks/
	module string
	// omitted are upstream paths the fork leaves out: large test data,
	// generators and examples that only upstream runs.
	omitted   []string
	transform func(dir string) error // mechanical change before the patches; nil for none
	// after is a mechanical change of what the patches made; nil for none.
	after func(dir string) error
}

var forks = []fork{
	{
		name:   "go-dateparser",
		module: "github.com/markusmobius/go-dateparser",
		omitted: []string{
			"testdata",                 // 4 MB of Python reference cases
			"python_reference_test.go", // reads testdata
			"scripts",                  // code generators, speed tests
			"data-supplementary",       // the generators' input
		},
		transform: func(dir string) error {
			n, err := lazyLocales(filepath.Join(dir, dataDir))
			if err != nil {
				return err
			}
			fmt.Printf("  %d locale files built on first use\n", n)
			// the tables and standard-library expressions other packages
			// build at start (the module's own expressions go through its
			// lazy internal/regexp, 12-regexp-lazy.patch)
			if err := lazyVars(dir, "internal/parser/nospace", "dateTimeFormats"); err != nil {
				return err
			}
			if err := lazyVars(dir, "internal/language", "disallowedKnownWordRunes", "commonCharset", "rxSentenceSplitters"); err != nil {
				return err
			}
			return lazyRegexps(dir, "internal/parser/jalali")
		},
		// The timezone list (a slice of maps) is read by the tables that
		// 10-timezone-lazy.patch builds on first use: lazy once they are.
		after: func(dir string) error {
			return lazyVars(dir, "internal/timezone", "timezoneInfoList", "timezoneWords")
		},
	},
	{
		name:    "go-domdistiller",
		module:  "github.com/markusmobius/go-domdistiller",
		omitted: []string{"example", "scripts"}, // examples and the re2go generator
		transform: func(dir string) error {
			err := lazyRegexps(dir, "internal/extractor/embed", "internal/domutil", "internal/markup/opengraph",
				"internal/pagination/pattern", "internal/extractor")
			if err != nil {
				return err
			}
			return lazyVars(dir, "internal/filter/heuristic", "rxDtmLongestPartPatterns",
				"rxDtmPotentialTitlePatterns", "rxDtmPotentialTitleReplacePatterns")
		},
	},
	{
		name:   "go-trafilatura",
		module: "github.com/markusmobius/go-trafilatura",
		transform: func(dir string) error {
			if err := lazyRegexps(dir, "."); err != nil {
				return err
			}
			return lazyVars(dir, ".", "tagsToClean", "tagsToStrip", "emptyTagsToRemove", "tagCatalog",
				"formatTagCatalog", "validTagCatalog", "allowedAttributes", "tagsToSanitize")
		},
		omitted: []string{
			"test-files", // 147 MB of pages for upstream's tests
			"scripts",    // comparison and profiling scripts
			"cmd",        // upstream's command
			"examples",
			// upstream's tests: most read test-files, the rest share their helpers
			"baseline_test.go", "helper_test.go", "html-processing_test.go", "metadata-json_test.go",
			"metadata-realworld_test.go", "metadata_test.go", "realworld-mock_test.go", "realworld_test.go",
			"trafilatura_test.go", "url_test.go",
		},
	},
	{
		name:   "go-htmldate",
		module: "github.com/markusmobius/go-htmldate",
		transform: func(dir string) error {
			if err := lazyRegexps(dir, "."); err != nil {
				return err
			}
			return lazyVars(dir, ".", "monthNumber", "dateAttributes", "propertyModified", "attrModifiedNames",
				"mapTimezoneNames")
		},
		omitted: []string{
			"test-files", // 158 MB of pages for upstream's tests
			"scripts",    // comparison scripts
			"cmd",        // upstream's command
			"examples",
			"Makefile",
			// upstream's tests: two read test-files, the rest share their helpers
			"core_test.go", "extractors_test.go", "mock_test.go", "timezone_test.go", "validators_test.go",
		},
	},
	{
		name:   "go-readability",
		module: "github.com/go-shiori/go-readability",
		omitted: []string{
			"test-pages",     // 27 MB of pages for upstream's tests
			"parser_test.go", // reads test-pages
			"scripts",        // the generator of test-pages
			"cmd",            // upstream's command
			"examples",
			"Makefile",
		},
		transform: func(dir string) error { return lazyRegexps(dir, ".") },
	},
	{
		name:    "whatlanggo",
		module:  "github.com/abadojack/whatlanggo",
		omitted: []string{"images", ".travis.yml"}, // the README's pictures, upstream's CI
	},
	{
		// go-trafilatura's language classifier, a fork of whatlanggo's
		// with another distance; storyline skips it (SkipLanguage) but
		// bench --compare runs it.
		name:    "whatlanggo-radhifadlillah",
		module:  "github.com/RadhiFadlillah/whatlanggo",
		omitted: []string{"images", ".travis.yml", "testdata"}, // pictures, CI, 61 KB of test examples
	},
	{
		name:    "gomoji",
		module:  "github.com/forPelevin/gomoji",
		omitted: []string{".github"},
	},
}

const (
	dataDir    = "internal/data"
	lazyFile   = "06-lazy-locales.go"
	switchFile = "00-locale-data.go"
	getter     = "GetLocaleData"
)

// kept are the fork's own files, which a regeneration leaves in place.
var kept = map[string]bool{"FORK.md": true}

func main() {
	version := flag.String("version", "", "upstream version, with one fork named (default: the one go.mod requires)")
	flag.Parse()
	names := flag.Args()
	if *version != "" && len(names) != 1 {
		log.Fatal("forks: -version needs exactly one fork named")
	}
	for _, f := range forks {
		if len(names) > 0 && !contains(names, f.name) {
			continue
		}
		if err := f.run(*version); err != nil {
			log.Fatalf("forks: %s: %v", f.name, err)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func (f fork) run(version string) error {
	if version == "" {
		v, err := requiredVersion(f.module)
		if err != nil {
			return err
		}
		version = v
	}
	src, err := download(f.module, version)
	if err != nil {
		return err
	}
	dest := filepath.Join("third_party", f.name)
	fmt.Printf("%s %s → %s\n", f.module, version, dest)
	if err := clean(dest); err != nil {
		return err
	}
	omitted := map[string]bool{}
	for _, o := range f.omitted {
		omitted[o] = true
	}
	if err := copyTree(src, dest, omitted); err != nil {
		return err
	}
	if err := dropToolchain(filepath.Join(dest, "go.mod")); err != nil {
		return err
	}
	if f.transform != nil {
		if err := f.transform(dest); err != nil {
			return err
		}
	}
	if err := applyPatches(filepath.Join("scripts", "forks", f.name), dest); err != nil {
		return err
	}
	if f.after != nil {
		return f.after(dest)
	}
	return nil
}

// requiredVersion reads the version of module that go.mod requires.
func requiredVersion(module string) (string, error) {
	out, err := exec.Command("go", "list", "-m", "-json", "-mod=mod", module).Output()
	if err != nil {
		return "", fmt.Errorf("go list -m %s: %w", module, err)
	}
	var m struct{ Version string }
	if err := json.Unmarshal(out, &m); err != nil || m.Version == "" {
		return "", fmt.Errorf("no version of %s in go.mod", module)
	}
	return m.Version, nil
}

// download returns the module cache folder of the version, fetching it if
// the cache lacks it.
func download(module, version string) (string, error) {
	out, err := exec.Command("go", "mod", "download", "-json", module+"@"+version).Output()
	if err != nil {
		return "", fmt.Errorf("go mod download %s@%s: %w", module, version, err)
	}
	var m struct{ Dir, Error string }
	if err := json.Unmarshal(out, &m); err != nil {
		return "", err
	}
	if m.Error != "" || m.Dir == "" {
		return "", fmt.Errorf("go mod download %s@%s: %s", module, version, m.Error)
	}
	return m.Dir, nil
}

// clean empties dir of everything but the fork's own files.
func clean(dir string) error {
	entries, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return os.MkdirAll(dir, 0o755)
	}
	if err != nil {
		return err
	}
	for _, e := range entries {
		if !kept[e.Name()] {
			if err := os.RemoveAll(filepath.Join(dir, e.Name())); err != nil {
				return err
			}
		}
	}
	return nil
}

// copyTree copies src to dst without the omitted paths, writable (the
// module cache is read-only).
func copyTree(src, dst string, omitted map[string]bool) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		if omitted[filepath.ToSlash(rel)] {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if kept[rel] {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
}

// dropToolchain removes go.mod's toolchain line, if any: it may name a
// newer toolchain than the one storyline builds with, and only matters for
// running the fork's own tests.
func dropToolchain(path string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	b = regexp.MustCompile(`(?m)^toolchain .*\n\n?`).ReplaceAll(b, nil)
	return os.WriteFile(path, b, 0o644)
}

// localeFile is one generated locale file of internal/data.
type localeFile struct {
	name string // file name
	id   string // Go identifier derived from the name: "az-cyrl.go" → "az_cyrl"
	vars []string
}

func (f localeFile) once() string { return "once_" + f.id }
func (f localeFile) load() string { return "load_" + f.id }

// lazyLocales rewrites the locale files of dir and the switch of
// GetLocaleData, and writes the file of sync.Once values. It returns the
// number of locale files.
func lazyLocales(dir string) (int, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return 0, err
	}
	sort.Strings(names)
	fset := token.NewFileSet()
	parsed := map[string]*ast.File{}
	var files []localeFile
	owner := map[string]*localeFile{} // locale variable → its file
	for _, path := range names {
		base := filepath.Base(path)
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return 0, err
		}
		parsed[base] = f
		if base[0] >= '0' && base[0] <= '9' {
			continue // the hand-numbered shared files
		}
		lf, err := inspectLocaleFile(base, f)
		if err != nil {
			return 0, err
		}
		files = append(files, lf)
	}
	for i := range files {
		for _, v := range files[i].vars {
			owner[v] = &files[i]
		}
	}
	if err := checkReaders(fset, parsed, owner); err != nil {
		return 0, err
	}
	for _, lf := range files {
		if err := renameInit(fset, parsed[lf.name], filepath.Join(dir, lf.name), lf); err != nil {
			return 0, err
		}
	}
	if err := rewriteSwitch(fset, parsed[switchFile], filepath.Join(dir, switchFile), owner); err != nil {
		return 0, err
	}
	return len(files), writeOnces(filepath.Join(dir, lazyFile), files)
}

// inspectLocaleFile checks that a locale file holds an import, variables of
// type LocaleData without values, and one init function; nothing else runs
// at start-up there.
func inspectLocaleFile(name string, f *ast.File) (localeFile, error) {
	lf := localeFile{name: name, id: strings.NewReplacer("-", "_", ".", "_").Replace(strings.TrimSuffix(name, ".go"))}
	inits := 0
	for _, decl := range f.Decls {
		switch d := decl.(type) {
		case *ast.FuncDecl:
			if d.Name.Name != "init" || d.Recv != nil {
				return lf, fmt.Errorf("%s: unexpected function %s", name, d.Name.Name)
			}
			inits++
		case *ast.GenDecl:
			if d.Tok == token.IMPORT {
				continue
			}
			if d.Tok != token.VAR {
				return lf, fmt.Errorf("%s: unexpected %s declaration", name, d.Tok)
			}
			for _, s := range d.Specs {
				vs := s.(*ast.ValueSpec)
				typ, ok := vs.Type.(*ast.Ident)
				if !ok || typ.Name != "LocaleData" || len(vs.Values) > 0 {
					return lf, fmt.Errorf("%s: variable %s is not a LocaleData without a value", name, vs.Names[0].Name)
				}
				for _, n := range vs.Names {
					lf.vars = append(lf.vars, n.Name)
				}
			}
		}
	}
	if inits != 1 || len(lf.vars) == 0 {
		return lf, fmt.Errorf("%s: %d init functions, %d locale variables; want 1 and some", name, inits, len(lf.vars))
	}
	return lf, nil
}

// checkReaders fails when a locale variable is named outside its own file
// and GetLocaleData: such a reader could see it before it is built.
func checkReaders(fset *token.FileSet, parsed map[string]*ast.File, owner map[string]*localeFile) error {
	var bad []string
	for name, f := range parsed {
		var getterBody ast.Node
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Name.Name == getter && name == switchFile {
				getterBody = fd.Body
			}
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if n != nil && n == getterBody {
				return false
			}
			id, ok := n.(*ast.Ident)
			if !ok {
				return true
			}
			if lf := owner[id.Name]; lf != nil && lf.name != name {
				bad = append(bad, fmt.Sprintf("%s reads %s", fset.Position(id.Pos()), id.Name))
			}
			return true
		})
	}
	if len(bad) > 0 {
		sort.Strings(bad)
		return fmt.Errorf("locale variables read outside their file and %s:\n%s", getter, strings.Join(bad, "\n"))
	}
	return nil
}

// renameInit turns the file's init into its load function.
func renameInit(fset *token.FileSet, f *ast.File, path string, lf localeFile) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok {
			continue
		}
		off := fset.Position(fd.Name.Pos()).Offset
		comment := fmt.Sprintf("// %s builds this file's locales; %s runs it once, on first use\n// (storyline's fork: upstream does this in init, for every program start).\n", lf.load(), getter)
		start := fset.Position(fd.Pos()).Offset
		out := append([]byte{}, src[:start]...)
		out = append(out, comment...)
		out = append(out, src[start:off]...)
		out = append(out, lf.load()...)
		out = append(out, src[off+len("init"):]...)
		return writeGo(path, out)
	}
	return fmt.Errorf("%s: no init", path)
}

// rewriteSwitch makes each case of GetLocaleData build its locale's file
// before returning the pointer.
func rewriteSwitch(fset *token.FileSet, f *ast.File, path string, owner map[string]*localeFile) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	type insert struct {
		off  int
		text string
	}
	var inserts []insert
	seen := map[string]bool{}
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Name.Name != getter {
			continue
		}
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			ret, ok := n.(*ast.ReturnStmt)
			if !ok || len(ret.Results) == 0 {
				return true
			}
			u, ok := ret.Results[0].(*ast.UnaryExpr)
			if !ok || u.Op != token.AND {
				return true
			}
			id, ok := u.X.(*ast.Ident)
			if !ok {
				return true
			}
			lf := owner[id.Name]
			if lf == nil {
				err = fmt.Errorf("%s returns %s, which no locale file declares", getter, id.Name)
				return false
			}
			seen[id.Name] = true
			inserts = append(inserts, insert{fset.Position(ret.Pos()).Offset, lf.once() + ".Do(" + lf.load() + ")\n"})
			return true
		})
	}
	if err != nil {
		return err
	}
	for v := range owner {
		if !seen[v] {
			return fmt.Errorf("%s never returns %s", getter, v)
		}
	}
	var out []byte
	last := 0
	for _, in := range inserts {
		out = append(out, src[last:in.off]...)
		out = append(out, in.text...)
		last = in.off
	}
	out = append(out, src[last:]...)
	return writeGo(path, out)
}

// writeOnces writes the file that holds one sync.Once per locale file.
func writeOnces(path string, files []localeFile) error {
	var b bytes.Buffer
	b.WriteString("// Code generated by storyline's scripts/forks; DO NOT EDIT.\n\n")
	b.WriteString("package data\n\nimport \"sync\"\n\n")
	b.WriteString("// One sync.Once per locale file: " + getter + " builds a file's locales\n")
	b.WriteString("// (a locale and its regional variants, merged from it) on first use.\n")
	b.WriteString("var (\n")
	for _, lf := range files {
		fmt.Fprintf(&b, "\t%s sync.Once\n", lf.once())
	}
	b.WriteString(")\n")
	return writeGo(path, b.Bytes())
}

func writeGo(path string, src []byte) error {
	formatted, err := format.Source(src)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return os.WriteFile(path, formatted, 0o644)
}

// applyPatches applies the hand-written changes of patchDir to dest, in name
// order.
func applyPatches(patchDir, dest string) error {
	patches, err := filepath.Glob(filepath.Join(patchDir, "*.patch"))
	if err != nil {
		return err
	}
	sort.Strings(patches)
	for _, p := range patches {
		abs, err := filepath.Abs(p)
		if err != nil {
			return err
		}
		cmd := exec.Command("patch", "-p1", "--forward", "--no-backup-if-mismatch", "-s", "-d", dest, "-i", abs)
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("patch %s: %w", p, err)
		}
	}
	return nil
}

// lazyRegexps is the transformation of the forks whose packages compile
// their expressions in package variables' initialisers, at every program
// start. In each package folder named (relative to the fork), every
// unexported package variable whose initialiser is regexp.MustCompile, or a
// call of a function of the package that returns *regexp.Regexp, becomes a
// sync.OnceValue function that returns the same expression, built on first
// use; a variable whose initialiser reads such a variable becomes one too
// (its type written from go/types), and every reader calls it: rx becomes
// rx(). It refuses, rather than guesses, when a variable to change is
// exported, assigned or has its address taken, or shares its declaration
// with another name.
func lazyRegexps(dir string, pkgDirs ...string) error {
	for _, p := range pkgDirs {
		made, err := lazyPackage(filepath.Join(dir, p), compilesRegexp)
		if err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		fmt.Printf("  %s: %d package variables built on first use\n", p, len(made))
	}
	return nil
}

// lazyVars makes the named package variables of the package folder pkgDir
// (and any that reads one) sync.OnceValue functions, as lazyRegexps does
// for expressions: for the tables a package builds at start that no rule
// finds. It refuses a name the package does not declare.
func lazyVars(dir, pkgDir string, names ...string) error {
	named := func(name string, _ ast.Expr, _ *types.Info, _ *types.Package) bool {
		return contains(names, name)
	}
	made, err := lazyPackage(filepath.Join(dir, pkgDir), named)
	if err != nil {
		return fmt.Errorf("%s: %w", pkgDir, err)
	}
	for _, name := range names {
		if !made[name] {
			return fmt.Errorf("%s: no package variable %s to change (misspelt, or renamed upstream)", pkgDir, name)
		}
	}
	fmt.Printf("  %s: %d package variables built on first use\n", pkgDir, len(made))
	return nil
}

// lazyVar is a package variable lazyPackage rewrites.
type lazyVar struct {
	obj  *types.Var
	spec *ast.ValueSpec
	file *ast.File
}

// lazyPackage makes lazy the package variables of dir that chosen picks
// (by name and initialiser), and those that read them; it returns the
// names of all it made lazy.
func lazyPackage(dir string, chosen func(name string, init ast.Expr, info *types.Info, pkg *types.Package) bool) (map[string]bool, error) {
	fset := typesFset
	paths, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	var files []*ast.File
	pathOf := map[*ast.File]string{}
	for _, path := range paths {
		f, err := parser.ParseFile(fset, path, nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		if strings.HasSuffix(f.Name.Name, "_test") {
			continue // an external test package reads nothing unexported
		}
		files = append(files, f)
		pathOf[f] = path
	}
	info := &types.Info{
		Defs:  map[*ast.Ident]types.Object{},
		Uses:  map[*ast.Ident]types.Object{},
		Types: map[ast.Expr]types.TypeAndValue{},
	}
	// Errors are expected (the importer finds the standard library, not
	// the fork's own dependencies); what matters is which package
	// variable each identifier names, which the checker records anyway.
	conf := types.Config{Importer: typesImporter(), Error: func(error) {}}
	pkg, _ := conf.Check(dir, fset, files, info)

	vars := map[*types.Var]*lazyVar{}
	for _, f := range files {
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			for _, s := range gd.Specs {
				vs := s.(*ast.ValueSpec)
				for _, n := range vs.Names {
					if v, ok := info.Defs[n].(*types.Var); ok && v.Parent() == pkg.Scope() {
						vars[v] = &lazyVar{obj: v, spec: vs, file: f}
					}
				}
			}
		}
	}
	// The expressions, then whatever reads them, to a fixed point.
	lazy := map[*types.Var]bool{}
	for v, lv := range vars {
		if len(lv.spec.Values) != len(lv.spec.Names) {
			continue
		}
		for i, n := range lv.spec.Names {
			if n.Name == v.Name() && chosen(v.Name(), lv.spec.Values[i], info, pkg) {
				lazy[v] = true // one of several names is refused below
			}
		}
	}
	for changed := true; changed; {
		changed = false
		for v, lv := range vars {
			if !lazy[v] && len(lv.spec.Values) > 0 && readsAny(lv.spec.Values, info, lazy) {
				lazy[v], changed = true, true
			}
		}
	}
	if len(lazy) == 0 {
		return nil, fmt.Errorf("no package variable to change")
	}
	for v := range lazy {
		lv := vars[v]
		switch {
		case v.Exported():
			return nil, fmt.Errorf("%s: %s is exported", fset.Position(v.Pos()), v.Name())
		case len(lv.spec.Names) != 1 || len(lv.spec.Values) != 1:
			return nil, fmt.Errorf("%s: %s shares its declaration", fset.Position(v.Pos()), v.Name())
		case lv.spec.Type == nil && !typeWritable(v.Type()):
			return nil, fmt.Errorf("%s: the type of %s cannot be written (%s)", fset.Position(v.Pos()), v.Name(), v.Type())
		}
	}

	edits := map[*ast.File][]edit{}
	for v := range lazy {
		lv := vars[v]
		init := lv.spec.Values[0]
		typ := ""
		if lv.spec.Type != nil {
			typ = source(fset, pathOf[lv.file], lv.spec.Type)
			// "var rx T = f()" becomes "var rx = sync.OnceValue(...)"
			edits[lv.file] = append(edits[lv.file], edit{fset.Position(lv.spec.Names[0].End()).Offset, fset.Position(lv.spec.Type.End()).Offset, ""})
		} else {
			typ = types.TypeString(v.Type(), importedAs(lv.file, pkg))
		}
		start, end := fset.Position(init.Pos()).Offset, fset.Position(init.End()).Offset
		if call, ok := init.(*ast.CallExpr); ok && len(call.Args) == 0 {
			if fl, ok := call.Fun.(*ast.FuncLit); ok {
				// "func() T { ... }()" becomes "sync.OnceValue(func() T { ... })"
				fe := fset.Position(fl.End()).Offset
				edits[lv.file] = append(edits[lv.file], edit{start, start, "sync.OnceValue("}, edit{fe, end, ")"})
				continue
			}
		}
		edits[lv.file] = append(edits[lv.file],
			edit{start, start, "sync.OnceValue(func() " + typ + " { return "},
			edit{end, end, " })"})
	}
	for _, f := range files {
		bad := ""
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				for _, l := range n.Lhs {
					if id, ok := ast.Unparen(l).(*ast.Ident); ok && lazyUse(id, info, lazy) {
						bad = fmt.Sprintf("%s: %s is assigned", fset.Position(id.Pos()), id.Name)
					}
				}
			case *ast.IncDecStmt:
				if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && lazyUse(id, info, lazy) {
					bad = fmt.Sprintf("%s: %s is assigned", fset.Position(id.Pos()), id.Name)
				}
			case *ast.RangeStmt:
				for _, l := range []ast.Expr{n.Key, n.Value} {
					if id, ok := ast.Unparen(l).(*ast.Ident); ok && n.Tok == token.ASSIGN && lazyUse(id, info, lazy) {
						bad = fmt.Sprintf("%s: %s is assigned", fset.Position(id.Pos()), id.Name)
					}
				}
			case *ast.UnaryExpr:
				if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && n.Op == token.AND && lazyUse(id, info, lazy) {
					bad = fmt.Sprintf("%s: the address of %s is taken", fset.Position(id.Pos()), id.Name)
				}
			case *ast.Ident:
				if lazyUse(n, info, lazy) {
					off := fset.Position(n.End()).Offset
					edits[f] = append(edits[f], edit{off, off, "()"})
				}
			}
			return bad == ""
		})
		if bad != "" {
			return nil, fmt.Errorf("%s", bad)
		}
	}
	for f, es := range edits {
		if err := applyEdits(pathOf[f], f, es); err != nil {
			return nil, err
		}
	}
	names := make(map[string]bool, len(lazy))
	for v := range lazy {
		names[v.Name()] = true
	}
	return names, nil
}

// lenientImporter reads the standard library's export data, type-checks
// what else the fork imports from source (go/build finds it through the
// fork's go.mod), and answers an empty package for what it cannot import.
type lenientImporter struct {
	std    types.Importer
	source types.ImporterFrom
}

// One file set and one importer for every package the transformations
// check: the source importer then type-checks each dependency once.
var (
	typesFset     = token.NewFileSet()
	typesImporter = sync.OnceValue(func() lenientImporter {
		return lenientImporter{importer.Default(), importer.ForCompiler(typesFset, "source", nil).(types.ImporterFrom)}
	})
)

func (l lenientImporter) Import(path string) (*types.Package, error) {
	return l.ImportFrom(path, ".", 0)
}

func (l lenientImporter) ImportFrom(path, dir string, mode types.ImportMode) (*types.Package, error) {
	if p, err := l.std.Import(path); err == nil {
		return p, nil
	}
	if p, err := l.source.ImportFrom(path, dir, mode); err == nil {
		return p, nil
	}
	return types.NewPackage(path, filepath.Base(path)), nil
}

// compilesRegexp reports whether e is regexp.MustCompile(...) or a call of
// one of pkg's functions that returns a *regexp.Regexp.
func compilesRegexp(_ string, e ast.Expr, info *types.Info, pkg *types.Package) bool {
	call, ok := e.(*ast.CallExpr)
	if !ok {
		return false
	}
	switch fun := call.Fun.(type) {
	case *ast.SelectorExpr:
		x, ok := fun.X.(*ast.Ident)
		if !ok {
			return false
		}
		pn, ok := info.Uses[x].(*types.PkgName)
		return ok && pn.Imported().Path() == "regexp" && (fun.Sel.Name == "MustCompile" || fun.Sel.Name == "MustCompilePOSIX")
	case *ast.Ident:
		fn, ok := info.Uses[fun].(*types.Func)
		if !ok || fn.Pkg() != pkg {
			return false
		}
		res := fn.Type().(*types.Signature).Results()
		return res.Len() == 1 && res.At(0).Type().String() == "*regexp.Regexp"
	}
	return false
}

// readsAny reports whether the expressions name a variable of lazy.
// A function literal's body counts only when the literal is called right
// away ("var x = func() T { ... }()"). A literal handed to a function that
// calls it during initialisation is missed: the variable stays eager, which
// is still right (Go orders the initialisation), only not lazy.
func readsAny(exprs []ast.Expr, info *types.Info, lazy map[*types.Var]bool) bool {
	found := false
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Ident:
			found = found || lazyUse(n, info, lazy)
		case *ast.CallExpr:
			if fl, ok := n.Fun.(*ast.FuncLit); ok {
				ast.Inspect(fl.Body, visit)
				for _, a := range n.Args {
					ast.Inspect(a, visit)
				}
				return false
			}
		case *ast.FuncLit:
			return false
		}
		return !found
	}
	for _, e := range exprs {
		ast.Inspect(e, visit)
	}
	return found
}

func lazyUse(id *ast.Ident, info *types.Info, lazy map[*types.Var]bool) bool {
	v, ok := info.Uses[id].(*types.Var)
	return ok && lazy[v]
}

// typeWritable reports whether t was fully resolved: no part of it comes
// from a package the importer could not read.
func typeWritable(t types.Type) bool {
	s := t.String()
	return !strings.Contains(s, "invalid type")
}

// importedAs qualifies a type's packages by the names f imports them as.
func importedAs(f *ast.File, pkg *types.Package) types.Qualifier {
	return func(p *types.Package) string {
		if p == pkg {
			return ""
		}
		for _, im := range f.Imports {
			if strings.Trim(im.Path.Value, `"`) == p.Path() {
				if im.Name != nil {
					return im.Name.Name
				}
				return p.Name()
			}
		}
		return p.Name()
	}
}

func source(fset *token.FileSet, path string, n ast.Node) string {
	b, _ := os.ReadFile(path)
	return string(b[fset.Position(n.Pos()).Offset:fset.Position(n.End()).Offset])
}

// edit replaces src[from:to] with text.
type edit struct {
	from, to int
	text     string
}

// applyEdits rewrites path with the edits, importing sync if they need it.
func applyEdits(path string, f *ast.File, es []edit) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	needSync := false
	for _, e := range es {
		needSync = needSync || strings.Contains(e.text, "sync.OnceValue")
	}
	if needSync && !imports(f, "sync") {
		es = append(es, importSync(f))
	}
	// From the end, so that earlier offsets hold; at one offset, in the
	// order made.
	sort.SliceStable(es, func(i, j int) bool { return es[i].from > es[j].from })
	for _, e := range es {
		src = append(src[:e.from], append([]byte(e.text), src[e.to:]...)...)
	}
	return writeGo(path, src)
}

// importSync is the edit that imports sync: into the file's first import
// block (writeGo sorts it), or after the package clause.
func importSync(f *ast.File) edit {
	for _, d := range f.Decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.IMPORT && gd.Lparen.IsValid() {
			off := int(gd.Lparen - f.FileStart + 1)
			return edit{off, off, "\n\"sync\""}
		}
	}
	off := int(f.Name.End() - f.FileStart)
	return edit{off, off, "\n\nimport \"sync\""}
}

func imports(f *ast.File, path string) bool {
	for _, im := range f.Imports {
		if strings.Trim(im.Path.Value, `"`) == path && im.Name == nil {
			return true
		}
	}
	return false
}
