package extract

import (
	"regexp"
	"sync"
)

// lazyRegexp compiles pattern the first time the returned function is
// called, once, whichever goroutine asks first. The package's expressions
// are built this way so that a command which never extracts (version,
// stories, export) does not compile them at start-up: 1-2 ms of every
// process, reByline alone about 1 ms.
func lazyRegexp(pattern string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) })
}
