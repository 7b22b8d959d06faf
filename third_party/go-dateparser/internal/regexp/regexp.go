//go:build !(re2_wasm || re2_cgo) || !cgo

package regexp

import (
	stdregex "regexp"
	"sync"
)

// Regexp compiles its pattern on first use (storyline's fork): upstream
// compiles every expression of the package variables and of each locale
// as it is built, thousands of them, most of which a run never matches.
// A pattern MustCompile is given is checked when first used; the fork's
// tests use every one.
type Regexp struct {
	pattern string
	once    sync.Once
	rx      *stdregex.Regexp
}

// std returns the compiled expression, compiling it on the first call.
func (re *Regexp) std() *stdregex.Regexp {
	re.once.Do(func() {
		if re.rx == nil {
			re.rx = stdregex.MustCompile(re.pattern)
		}
	})
	return re.rx
}

func QuoteMeta(s string) string {
	return stdregex.QuoteMeta(s)
}

func Compile(str string) (*Regexp, error) {
	rx, err := stdregex.Compile(str)
	if err != nil {
		return nil, err
	}
	return &Regexp{pattern: str, rx: rx}, nil
}

func MustCompile(str string) *Regexp {
	return &Regexp{pattern: str}
}

func (re *Regexp) Expand(dst []byte, template []byte, src []byte, match []int) []byte {
	return re.std().Expand(dst, template, src, match)
}

func (re *Regexp) ExpandString(dst []byte, template string, src string, match []int) []byte {
	return re.std().ExpandString(dst, template, src, match)
}

func (re *Regexp) Find(b []byte) []byte {
	return re.std().Find(b)
}

func (re *Regexp) FindAll(b []byte, n int) [][]byte {
	return re.std().FindAll(b, n)
}

func (re *Regexp) FindAllIndex(b []byte, n int) [][]int {
	return re.std().FindAllIndex(b, n)
}

func (re *Regexp) FindAllString(s string, n int) []string {
	return re.std().FindAllString(s, n)
}

func (re *Regexp) FindAllStringIndex(s string, n int) [][]int {
	return re.std().FindAllStringIndex(s, n)
}

func (re *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	return re.std().FindAllStringSubmatch(s, n)
}

func (re *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return re.std().FindAllStringSubmatchIndex(s, n)
}

func (re *Regexp) FindAllSubmatch(b []byte, n int) [][][]byte {
	return re.std().FindAllSubmatch(b, n)
}

func (re *Regexp) FindAllSubmatchIndex(b []byte, n int) [][]int {
	return re.std().FindAllSubmatchIndex(b, n)
}

func (re *Regexp) FindIndex(b []byte) (loc []int) {
	return re.std().FindIndex(b)
}

func (re *Regexp) FindString(s string) string {
	return re.std().FindString(s)
}

func (re *Regexp) FindStringIndex(s string) (loc []int) {
	return re.std().FindStringIndex(s)
}

func (re *Regexp) FindStringSubmatch(s string) []string {
	return re.std().FindStringSubmatch(s)
}

func (re *Regexp) FindStringSubmatchIndex(s string) []int {
	return re.std().FindStringSubmatchIndex(s)
}

func (re *Regexp) FindSubmatch(b []byte) [][]byte {
	return re.std().FindSubmatch(b)
}

func (re *Regexp) FindSubmatchIndex(b []byte) []int {
	return re.std().FindSubmatchIndex(b)
}

func (re *Regexp) Longest() {
	re.std().Longest()
}

func (re *Regexp) Match(b []byte) bool {
	return re.std().Match(b)
}

func (re *Regexp) MatchString(s string) bool {
	return re.std().MatchString(s)
}

func (re *Regexp) NumSubexp() int {
	return re.std().NumSubexp()
}

func (re *Regexp) ReplaceAll(src, repl []byte) []byte {
	return re.std().ReplaceAll(src, repl)
}

func (re *Regexp) ReplaceAllLiteral(src, repl []byte) []byte {
	return re.std().ReplaceAllLiteral(src, repl)
}

func (re *Regexp) ReplaceAllLiteralString(src, repl string) string {
	return re.std().ReplaceAllLiteralString(src, repl)
}

func (re *Regexp) ReplaceAllString(src, repl string) string {
	return re.std().ReplaceAllString(src, repl)
}

func (re *Regexp) Split(s string, n int) []string {
	return re.std().Split(s, n)
}

func (re *Regexp) String() string {
	return re.pattern
}

func (re *Regexp) SubexpIndex(name string) int {
	return re.std().SubexpIndex(name)
}

func (re *Regexp) SubexpNames() []string {
	return re.std().SubexpNames()
}
