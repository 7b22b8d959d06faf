package extract

import (
	"strings"
	"unicode"

	"github.com/storyline-news/storyline/english"
)

// A text dump names its site only in its furniture: a masthead, a "Staff
// Writers" box ("Writers at Lord's Press ..."), related links ("Learn about
// ... at SpaceWar.com"), a copyright line. dumpSite reads the names the
// lines the line model left out of every article give (textsite.go) and
// takes, in order:
//   - the name the feeds' titles give ("Name » Feed"): the site's own
//     statement of its name;
//   - the name the furniture gives most evidence for, siteMinScore or more
//     (furnitureEvidence): a domain-shaped name ("SpaceWar.com") by its
//     shape; a capitalised name after "at" or "from" ("at Lord's Press")
//     each time it comes back, and once more when its initials stand
//     alone elsewhere in the furniture ("LP Staff Writers": the site's
//     short form); the claimant of a copyright line ("© 2026 Harbour
//     Gazette. All rights reserved.") or the name a dateline credits in
//     brackets ("Lenhausen, Marland (Coastal Wire) Mar 11, 2026 -") when
//     the masthead also gives it alone or before a separator ("HARBOUR
//     GAZETTE | Home"): the page's head and foot naming one publisher. An
//     agency the masthead does not name ("Paris (AFP)" on SpaceWar.com) is
//     the story's origin, not the site;
//   - else the learned choice among the names (chooseTextSite), when one
//     stands above "none" by TextSiteMargin.
// Whatever named the site, a title that is the site's masthead line (or
// its name alone) is no article's headline (isMasthead).

// siteMinScore is the evidence a name needs to be the site without the
// learned choice: a domain shape, or a name seen three times, or twice
// with its initials standing alone. On the extraction
// benchmark's dumps a name seen only twice after "at"/"from" was as often a
// teaser's subject ("Davis Cup", "Austin") as the site.
const siteMinScore = 3

// domainScore is what a domain-shaped name earns by one mention in the
// body of the furniture: a second mention makes it the site, one alone does
// not. In the middle and at the foot of a dump, one mention is as often a
// platform or a shop ("Blog at WordPress.com", "Buy at Amazon.com") as the
// site; in the masthead (the first mastheadLines lines) or on a copyright
// line one mention is enough. On the extraction benchmark's text dumps,
// sources named against the URLs of their pages: 203 right and 152 wrong
// with one mention enough anywhere, 141 and 50 with two needed anywhere.
const (
	domainScore   = siteMinScore - 1
	mastheadLines = 5
)

// copyrightLine reports a line that claims a copyright.
func copyrightLine(text string) bool {
	return strings.Contains(text, "©") || copyrightWord.in(text)
}

// The words copyright notices are found by, in any case.
var (
	copyrightWord      = newFoldWord("copyright")
	rightsReservedWord = newFoldWord("rights reserved")
)

// foldWord is a lower-case ASCII word to find in text in any case, with
// the index of its rarest letter, where index looks for it.
type foldWord struct {
	word   string
	anchor int // -1: indexASCIIFold looks at every offset
}

func newFoldWord(word string) foldWord {
	f := foldWord{word: word, anchor: rarestLetter(word)}
	if word == "" || word[0]|0x20 != word[0] {
		f.anchor = -1 // indexASCIIFold's first test would refuse every offset
	}
	return f
}

// in reports whether text holds the word in any case.
func (f foldWord) in(text string) bool { return f.index(text) >= 0 }

// index is indexASCIIFold(text, f.word): the first offset of the word in
// text in any case, or -1, without lower-casing a copy of text (no ASCII
// letter has a fold outside ASCII). It looks, with strings.IndexByte, only
// where the word's rarest letter stands in either case: most lines hold
// none, where a test at every byte of every line cost 1.3% of a one-core
// ingest of the text dumps, and the furniture's credit phrases 3%.
func (f foldWord) index(text string) int {
	word, k := f.word, f.anchor
	if k < 0 {
		return indexASCIIFold(text, word)
	}
	lower, upper := word[k], word[k]-('a'-'A')
	// the anchor at p is word[k] of a match starting at p-k
	last := len(text) - (len(word) - k) // the anchor's last possible place
	nextLower, nextUpper := -1, -1
	for from := k; from <= last; {
		if nextLower < from {
			nextLower = indexByteFrom(text[:last+1], lower, from)
		}
		if nextUpper < from {
			nextUpper = indexByteFrom(text[:last+1], upper, from)
		}
		p := min(nextLower, nextUpper)
		if p > last {
			return -1
		}
		if english.HasPrefixFold(text[p-k:], word) {
			return p - k
		}
		from = p + 1
	}
	return -1
}

// indexByteFrom is the index of c in s at or after from, or len(s).
func indexByteFrom(s string, c byte, from int) int {
	if i := strings.IndexByte(s[from:], c); i >= 0 {
		return from + i
	}
	return len(s)
}

// letterRarity ranks the lower-case letters from the most to the least
// common in English text.
const letterRarity = "etaoinsrhldcumfpgwybvkxjqz"

// rarestLetter is the index in word of its least common letter, -1 when
// it has no lower-case ASCII letter.
func rarestLetter(word string) int {
	best, rank := -1, -1
	for i := 0; i < len(word); i++ {
		if r := strings.IndexByte(letterRarity, word[i]); r > rank {
			best, rank = i, r
		}
	}
	return best
}

// copyrightNotice reports a site's copyright notice, which closes a page's
// own content: a copyright claim with a year ("© 2023 Nexstar Media Inc.",
// "Copyright 2020, Los Angeles Times"), or the reservation of all rights. A
// claim without a year is more often a photo credit inside the article
// ("© Getty Images"). In the text dumps of the extraction benchmark, the
// snippets of the article come after the first such notice on 6 of the 232
// pages that have one (and after the first "©" or "copyright" of any kind on
// 69 of 342).
func copyrightNotice(text string) bool {
	return reservedRights(text) || copyrightLine(text) && hasYear(text)
}

// reservedRights reports "all rights reserved" in any case.
func reservedRights(text string) bool { return rightsReservedWord.in(text) }

// hasYear reports a year of the web (1990-2099) standing alone in text:
// one of its years (dates.go) from 1990 on.
func hasYear(text string) bool {
	for _, i := range years(text) {
		if text[i] == '2' || text[i+2] == '9' {
			return true
		}
	}
	return false
}

var (
	// reDomainName is a host-like word ending in a common public suffix.
	reDomainName = lazyRegexp(`\b([A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:com|net|org|info|news|co\.uk|org\.uk|com\.au|io|uk|us|ca|in|de|fr|eu))\b`)
	// reAtName is "at|from" followed by one to four capitalised words (an
	// apostrophe-s and "&" may join them).
	reAtName = lazyRegexp(`\b(?:at|from)\s+((?:The\s+)?[A-Z][\p{L}\p{N}]*(?:['’]s)?(?:\s+(?:&\s+)?[A-Z][\p{L}\p{N}]*(?:['’]s)?){0,3})`)
)

// feedSite is the site's name as the titles of its feeds give it in the
// dump's link line, or "": a site's feeds are titled "Name » Feed", "Name »
// Comments Feed" (WordPress and many others, in their languages). The link
// line runs the titles together, so a name is taken from between two
// titles ("» Feed Name » Comments Feed"), or, with one title, from the
// line's start, and must also end the text before the first.
func feedSite(lines []*line) string {
	line := dumpLinkLine(lines)
	for _, kind := range feedKinds {
		sep := " » " + kind
		i := strings.Index(line, sep)
		if i < 0 {
			continue
		}
		before := strings.TrimSpace(strings.TrimPrefix(line[:i], "#"))
		for strings.HasPrefix(before, "alternate ") {
			before = strings.TrimPrefix(before, "alternate ")
		}
		name := before
		if rest := line[i+len(sep):]; strings.HasPrefix(rest, " ") {
			if j := strings.Index(rest, " » "); j > 0 {
				name = strings.TrimSpace(rest[:j])
			}
		}
		if name == "" || !strings.HasSuffix(before, name) || len(strings.Fields(name)) > maxFeedSiteWords {
			return ""
		}
		return name
	}
	return ""
}

// feedKinds are the words a feed's title ends in after "»".
var feedKinds = []string{"Feed", "Flux", "RSS", "Atom"}

// maxFeedSiteWords bounds a site's name in its feed's title.
const maxFeedSiteWords = 8

// siteStatements is the part of a furniture line that can name the page's
// own site: none of a picture's credit ("Foto: © Smileus / Fotolia.com",
// "© Mikko Palonkorpi / stock.adobe.com": a picture label, or an agency
// after the photographer), and what comes before a platform's credit
// ("Powered by WordPress.com VIP", "Blog at WordPress.com"), which names who
// builds or hosts the site, not who publishes it.
func siteStatements(text string) string {
	// A picture's label ends with a colon, its other credit follows a ©,
	// and a platform's credit holds one of creditLinks: a line with none
	// of them (most furniture) is kept as it is, with no lowered copy made.
	credited := mayCredit(text)
	if !credited && strings.IndexByte(text, ':') < 0 && !strings.Contains(text, "©") {
		return text
	}
	// the labels and credits are lower-case ASCII: found in any case in a
	// copy with its ASCII letters lowered (offsets kept), each by one
	// strings.Index, where each foldWord scanned the line twice
	low := lowerASCII(text)
	if pictureCredit(text, low) {
		return ""
	}
	if !credited {
		return text
	}
	for _, credit := range platformCredits {
		if i := strings.Index(low, credit); i >= 0 {
			text, low = text[:i], low[:i]
		}
	}
	return text
}

// creditLinks are what every platform credit holds, each opening with a
// space (TestCreditLinks): a line with none holds no credit, and a look at
// its spaces says so where eight searches looked for each credit.
var creditLinks = []string{" by", " at ", " with"}

// creditSeconds marks the letters that follow the space of a credit link,
// lower case: a space followed by another byte (with 0x20 set, as an ASCII
// capital is lowered) opens no link.
var creditSeconds = func() (t [256]bool) {
	for _, link := range creditLinks {
		t[link[1]] = true
	}
	return t
}()

// mayCredit reports whether text holds one of creditLinks in any ASCII
// case, as strings.Contains(lowerASCII(text), link) finds it: each link
// opens with a space, so only the line's spaces are looked at.
func mayCredit(text string) bool {
	for i := strings.IndexByte(text, ' '); i >= 0 && i+1 < len(text); i = indexByteAfter(text, ' ', i) {
		if !creditSeconds[text[i+1]|0x20] {
			continue // most words open with none of the links' letters
		}
		for _, link := range creditLinks {
			if english.HasPrefixFold(text[i:], link) {
				return true
			}
		}
	}
	return false
}

// lowerASCII is s with its ASCII capitals lowered, every other byte as it
// is: where foldWord(w).index(s) finds w, strings.Index(lowerASCII(s), w)
// does.
func lowerASCII(s string) string {
	i := 0
	for i < len(s) && !('A' <= s[i] && s[i] <= 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for ; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}

// pictureLabels open the credit of a picture; lower-case ASCII, they are
// looked for in lowerASCII's copy of a line.
var pictureLabels = []string{"foto:", "photo:", "bild:", "image:", "fotos:", "photos:", "bilder:"}

// pictureCredit reports a picture's credit: a picture label, or a © whose
// claimant is a name followed by " / " or " - " and a domain ("© Chris -
// stock.adobe.com"), which a site's own notice ("© Sciences et Avenir - Les
// contenus ...") is not. low is lowerASCII(text).
func pictureCredit(text, low string) bool {
	// every label ends with a colon (TestCreditLinks): a line without one
	// holds none
	if strings.IndexByte(low, ':') >= 0 {
		for _, label := range pictureLabels {
			if strings.Contains(low, label) {
				return true
			}
		}
	}
	_, after, ok := strings.Cut(text, "©")
	if !ok {
		return false
	}
	for _, sep := range []string{" / ", " - ", " – "} {
		if _, agency, ok := strings.Cut(after, sep); ok {
			if f := strings.Fields(agency); len(f) > 0 && domainName(f[0]) != "" {
				return true
			}
		}
	}
	return false
}

// platformCredits are the phrases that credit a site's platform or maker;
// lower-case ASCII, they are looked for in lowerASCII's copy of a line.
var platformCredits = []string{"powered by", "blog at ", "hosted by", "theme by", "website by", "site by", "built with", "created with"}

// indexASCIIFold is the index of the first word (lower-case ASCII) in text
// in any case, or -1.
func indexASCIIFold(text, word string) int {
	for i := 0; i+len(word) <= len(text); i++ {
		if text[i]|0x20 == word[0] && english.HasPrefixFold(text[i:], word) {
			return i
		}
	}
	return -1
}

// reClaimant is the name a copyright line claims: after "©" or
// "Copyright" and any years, up to a full stop (not a domain's dot:
// "NEWS.am" is one name), a separator or the end.
var reClaimant = lazyRegexp(`(?i)(?:©|\(c\)|copyright)(?:\s*©)?(?:\s*[0-9]{4}(?:\s*[-–]\s*[0-9]{4})?)?[\s,]+([\p{Lu}][^|•·,©]*?)\s*(?:\.(?:\s|$)|[|•·,]|\ball rights\b|$)`)

// maxClaimantWords bounds a claimant: a longer text is a sentence.
const maxClaimantWords = 6

// isMasthead reports whether a title is the site's masthead: the site's
// name alone, or one of the first mastheadLines lines whose head is the
// site ("COASTAL WIRE | Latest headlines"). A headline that opens with the
// site's name further down ("Harbour Wire · Dockworkers end strike") is
// none.
func isMasthead(title, site string, lines []*line) bool {
	title = strings.TrimSpace(title)
	if strings.EqualFold(title, site) {
		return true
	}
	if !strings.EqualFold(mastheadHead(title), site) {
		return false
	}
	for i := 0; i < len(lines) && i < mastheadLines; i++ {
		if strings.TrimSpace(lines[i].text) == title {
			return true
		}
	}
	return false
}

// mastheadHead is what a masthead line says before its first separator
// ("COASTAL WIRE" of "COASTAL WIRE | Latest headlines"), or all of it.
func mastheadHead(text string) string {
	if j := strings.IndexAny(text, "|•·"); j >= 0 {
		text = text[:j]
	}
	return strings.TrimSpace(text)
}

// reDatelineCredit finds the name in brackets a dateline credits
// ("Lenhausen, Marland (Coastal Wire) Mar 11, 2026 -"): a bracket that
// opens within a line's first 60 characters, the line starting with a
// capital. A bracket in a short sentence ("The report (Harbour Wire) was
// late.") matches too: the masthead's naming the same name is what
// makes it the site.
var reDatelineCredit = lazyRegexp(`^\p{Lu}[^()\n]{0,60}?\(([\p{Lu}][^()\n]{1,40})\)`)

// suffixDot reports a dot followed by a letter that starts one of the
// public suffixes of reDomainName (com, net, org, info, news, co.uk, io,
// uk, us, ca, in, de, fr, eu), in lower case as the pattern has them: what
// every match of the pattern holds. A word that ends a sentence ("end.")
// has none.
func suffixDot(tok string) bool {
	for i := strings.IndexByte(tok, '.'); i >= 0 && i+1 < len(tok); i = indexByteAfter(tok, '.', i) {
		if strings.IndexByte("cnoiudfe", tok[i+1]) >= 0 {
			return true
		}
	}
	return false
}

// domainName is the site a word names by its shape ("SpaceWar.com"), or "".
// Words that are part of a link (a share URL, an e-mail address) and social
// networks (furniture vocabulary: "facebook.com") name no site of the page.
func domainName(tok string) string {
	if !suffixDot(tok) || strings.ContainsAny(tok, "/%@=?") {
		return "" // no dot before a suffix, no domain: most words never reach the pattern
	}
	m := reDomainName().FindStringSubmatch(tok)
	if m == nil {
		return ""
	}
	name := strings.TrimPrefix(strings.TrimPrefix(m[1], "www."), "WWW.")
	label, _, _ := strings.Cut(name, ".")
	if vocabClass(label)&vBoiler != 0 {
		return ""
	}
	return name
}

// domainNames are the sites the words of text name by their shape
// (domainName), in order. A domain's name holds a dot before a suffix's
// letter (suffixDot): a text without one names none, and is not cut into
// words.
func domainNames(text string) []string {
	if !suffixDot(text) {
		return nil // no word of it has one
	}
	var names []string
	for tok := range strings.FieldsSeq(text) {
		if name := domainName(tok); name != "" {
			names = append(names, name)
		}
	}
	return names
}

// furnitureName rejects names made of furniture vocabulary ("Privacy
// Policy", "Subscribe Free"): those are links, not a site.
func furnitureName(name string) bool {
	for _, w := range strings.Fields(name) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if vocabClass(w)&(vBoiler|vStop) != 0 {
			return !strings.EqualFold(w, "the")
		}
	}
	return false
}

// possessive reports a name that ends in a possessive ("from Kurt Volker's
// testimony"): it modifies what follows and names no site; "Lord's Press",
// whose possessive is inside, does.
func possessive(name string) bool {
	return strings.HasSuffix(name, "'s") || strings.HasSuffix(name, "’s")
}

// initialsOf is the capital initials of a multi-word name ("Lord's Press" →
// "LP"); "" for one word.
func initialsOf(name string) string {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return ""
	}
	var b strings.Builder
	for _, w := range ws {
		if w == "&" || strings.EqualFold(w, "the") {
			continue
		}
		r := []rune(w)[0]
		if !unicode.IsUpper(r) {
			return ""
		}
		b.WriteRune(r)
	}
	return b.String()
}

// standingAlone are the words wanted (its keys) that occur as a whole word
// in the lines (cut at every character that is neither a letter nor a
// digit), each once. The lines are read once for all the words, and no
// further than the last one found, where each word read every line again.
func standingAlone[V any](lines []string, wanted map[string]V) []string {
	var found []string
	if len(wanted) == 0 {
		return nil
	}
	seen := make(map[string]bool, len(wanted))
	for _, l := range lines {
		for w := range strings.FieldsFuncSeq(l, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			if _, ok := wanted[w]; ok && !seen[w] {
				seen[w] = true
				if found = append(found, w); len(found) == len(wanted) {
					return found
				}
			}
		}
	}
	return found
}

// siteName cleans a site name from page metadata: the first of several
// ("A; B"), and a bare URL turned into its host. A social network's page
// (article:publisher is often "https://www.facebook.com/CBSPolitics")
// names no site of the page, and neither does a name without a letter (a
// date: "02.11.2021").
func siteName(s string) string {
	s, _, _ = strings.Cut(s, ";")
	s = strings.TrimSpace(s)
	u := s
	if !strings.Contains(u, "://") && strings.Contains(u, "/") {
		u = "https://" + u // "facebook.com/CBSPolitics"
	}
	if h := hostOf(u); h != "" && strings.Contains(u, "://") {
		if socialNetwork(h) {
			return ""
		}
		if u == s {
			return h
		}
	}
	if !strings.ContainsFunc(s, unicode.IsLetter) {
		return ""
	}
	return s
}

// socialNetworks are the hosts of the networks whose pages a site's
// metadata names as its publisher.
var socialNetworks = map[string]bool{
	"facebook.com": true, "fb.com": true, "twitter.com": true, "x.com": true, "t.co": true,
	"instagram.com": true, "youtube.com": true, "youtu.be": true, "linkedin.com": true,
	"tiktok.com": true, "pinterest.com": true, "t.me": true, "telegram.me": true, "vk.com": true,
	"threads.net": true, "bsky.app": true, "reddit.com": true, "whatsapp.com": true,
}

// socialNetwork reports whether host is a social network's or one of its
// subdomains' ("m.facebook.com", "mobile.twitter.com").
func socialNetwork(host string) bool {
	for h := host; h != ""; {
		if socialNetworks[h] {
			return true
		}
		_, rest, ok := strings.Cut(h, ".")
		if !ok {
			break
		}
		h = rest
	}
	return false
}

// hasWord reports whether w stands in text as a word of its own, followed by
// white space: the cheap test before reAtName().
func hasWord(text, w string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], w)
		if j < 0 {
			return false
		}
		at, end := i+j, i+j+len(w)
		before := at == 0 || !isASCIIWordByte(text[at-1])
		if before && end < len(text) && strings.IndexByte(" \t\n\f\r", text[end]) >= 0 {
			return true
		}
		i = at + 1
	}
}

func isASCIIWordByte(b byte) bool {
	return b == '_' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}
