package extract

import (
	"regexp"
	"testing"
)

// TestLazyRegexpsCompile compiles every expression of the package, which
// lazyRegexp would otherwise only compile (and panic on) at first use.
func TestLazyRegexpsCompile(t *testing.T) {
	for _, re := range []func() *regexp.Regexp{
		reAtName,
		reByline,
		reBylineLabel,
		reCommentFeed,
		reDMYSlash,
		reDMonthY,
		reDateLabel,
		reDateTail,
		reDatelineAgency,
		reDatelineCaps,
		reDatelineDateFirst,
		reDomainName,
		reDotted,
		reFullPage,
		reISODate,
		reLDKey,
		reLabelledByline,
		reListMark,
		reMonthDY,
		reSlashDate,
		reURLYMD,
	} {
		if re().String() == "" {
			t.Error("an empty expression")
		}
	}
}
