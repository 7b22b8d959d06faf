package entity

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/english"
)

// dominance is the share of a surname's mentions one full name needs before
// a lone surname in another document is taken to mean that person.
const dominance = 0.8

// Linker carries people's names across documents: a document that only says
// "Rutte" gets the "Mark Rutte" other documents name in full. It is not safe
// for concurrent use: ingest calls it in commit order, so the result does not
// depend on how many workers ran.
type Linker struct {
	// people maps a folded surname to the full names seen with it and their
	// mention counts.
	people map[string]map[string]int
	// lone holds the one-word names stored so far that no full name
	// explained: people, and organisations that may be people the tagger
	// mistook ("Trump" tagged ORG).
	lone map[storyline.EntityKey]bool
	// types counts the mentions of every name per type, so that a name the
	// tagger typed against the consensus ("Greenland" as ORG once, PLACE
	// everywhere else) joins the consensus.
	types map[string]map[storyline.EntityType]int
	// spellings maps a name with its type, case and dots left out
	// (nameKey), to its spellings and their mention counts ("F.B.I.",
	// "FBI"; "PARIS" of a dateline, "Paris").
	spellings map[storyline.EntityKey]map[string]int
	// canon caches personNames by surname (namesOf) until the linker
	// learns a name with it.
	canon map[string]map[string]string
}

// Retyping needs a clear consensus: this many mentions, this share of them.
const (
	minTypeVotes  = 3
	typeConsensus = 0.8
)

// NewLinker returns a Linker that knows no names yet.
func NewLinker() *Linker {
	return &Linker{
		people:    map[string]map[string]int{},
		lone:      map[storyline.EntityKey]bool{},
		types:     map[string]map[storyline.EntityType]int{},
		spellings: map[storyline.EntityKey]map[string]int{},
		canon:     map[string]map[string]string{},
	}
}

// namesOf is personNames of the full names known with a (folded) surname,
// computed once until the linker learns another name with it.
func (l *Linker) namesOf(surname string) map[string]string {
	c, ok := l.canon[surname]
	if !ok {
		c = personNames(l.people[surname])
		l.canon[surname] = c
	}
	return c
}

// Learn records the names of an article already linked.
func (l *Linker) Learn(entities []storyline.ArticleEntity) {
	for _, e := range entities {
		l.LearnName(storyline.EntityKey{Name: e.Name, Type: e.Type}, max(len(e.Mentions), 1))
	}
}

// LearnName records an entity's canonical name seen with n mentions.
func (l *Linker) LearnName(k storyline.EntityKey, n int) {
	if l.types[k.Name] == nil {
		l.types[k.Name] = map[storyline.EntityType]int{}
	}
	l.types[k.Name][k.Type] += n
	sk := storyline.EntityKey{Name: nameKey(k.Name), Type: k.Type}
	if l.spellings[sk] == nil {
		l.spellings[sk] = map[string]int{}
	}
	l.spellings[sk][k.Name] += n
	switch {
	case linkable(k):
		l.lone[k] = true
	case k.Type == storyline.Person && strings.Contains(k.Name, " "):
		s := foldMarks(surname(k.Name))
		if l.people[s] == nil {
			l.people[s] = map[string]int{}
		}
		l.people[s][k.Name] += n
		delete(l.canon, s)
	}
}

// linkable reports whether a name may stand for a person named in full
// elsewhere: one word, a person or an organisation, not an acronym.
func linkable(k storyline.EntityKey) bool {
	return (k.Type == storyline.Person || k.Type == storyline.Org) &&
		!strings.Contains(k.Name, " ") && !isAcronym(k.Name)
}

// Resolve returns the full name a lone surname stands for, when one person
// clearly dominates the full names known with that surname.
func (l *Linker) Resolve(name string) (string, bool) {
	if strings.Contains(name, " ") {
		return "", false
	}
	key := foldMarks(name)
	known, canon := l.people[key], l.namesOf(key)
	names := map[string]int{} // one person's names counted together
	for full, n := range known {
		names[canon[full]] += n
	}
	total, best := 0, ""
	for full, n := range names {
		total += n
		if best == "" || n > names[best] || n == names[best] && full < best {
			best = full
		}
	}
	if best == "" || float64(names[best]) < dominance*float64(total) {
		return "", false
	}
	return best, true
}

// Spellings of one name. Outlets spell the same person's name with and
// without a middle name or initial ("Donald J. Trump" in one house style,
// "Donald Trump" in another) and the same acronym with and without dots
// ("F.B.I.", "FBI"), and a place or a name in capitals in a dateline or a
// headline ("PARIS —", "WASHINGTON") that the text writes "Paris". These
// are orthography, not different entities: each set of spellings takes its
// most mentioned one as the canonical name, one in mixed case before any in
// capitals (bestSpelling).
// A first and last name join the one middle form the store knows with
// them; where it knows two ("George W. Bush", "George H. W. Bush"), the
// bare name may be either person and joins neither.

// personNames maps each full name known with one surname (with its
// mention counts) to the canonical name of the person it stands for: its
// spelling (middle names and initials, see above), joined with the names
// of the one other person it ends, when only one ("Peña Nieto" of
// "Enrique Peña Nieto", "Van Hollen" of "Chris Van Hollen", "Mark Felt" of
// "W. Mark Felt"); each set of spellings so joined takes its most
// mentioned one, the longer on a tie.
func personNames(known map[string]int) map[string]string {
	type name struct{ first, middle string }
	words := make(map[string][]string, len(known)) // each name's words, folded
	parts := make(map[string]name, len(known))
	middles := map[string]map[string]bool{} // the middle forms known with a first name
	for full := range known {
		words[full] = strings.Fields(foldMarks(full))
		first, middle := nameParts(words[full])
		parts[full] = name{first, middle}
		if middles[first] == nil {
			middles[first] = map[string]bool{}
		}
		if middle != "" {
			middles[first][middle] = true
		}
	}
	// spelling: with one middle form known, the bare name and it are one
	// person; else each middle form (and the bare name) is its own
	group := func(n name) name {
		if len(middles[n.first]) == 1 {
			return name{first: n.first}
		}
		return n
	}
	groups := map[name][]string{}
	for full, n := range parts {
		groups[group(n)] = append(groups[group(n)], full)
	}
	spelling := make(map[string]string, len(known))
	for _, names := range groups {
		canon := bestSpelling(names, known)
		for _, full := range names {
			spelling[full] = canon
		}
	}
	// a spelling that ends the names of exactly one other person
	// ("C. LaRue" of "Frederick C. LaRue", spelt "Frederick LaRue") is
	// that person
	parent := map[string]string{} // union-find over the spellings joined
	root := func(x string) string {
		for parent[x] != "" {
			x = parent[x]
		}
		return x
	}
	for short := range groupsOf(spelling) {
		sw := words[short]
		longer := ""
		for full, fw := range words {
			if len(fw) <= len(sw) || !slices.Equal(fw[len(fw)-len(sw):], sw) || spelling[full] == short || spelling[full] == longer {
				continue
			}
			if longer != "" {
				longer = "" // ends two: either person
				break
			}
			longer = spelling[full]
		}
		if longer != "" {
			if a, b := root(short), root(longer); a != b {
				parent[a] = b
			}
		}
	}
	// each set of joined spellings takes its most mentioned one, whatever
	// order the joins came in
	members := map[string][]string{}
	for canon := range groupsOf(spelling) {
		members[root(canon)] = append(members[root(canon)], canon)
	}
	out := make(map[string]string, len(known))
	for full, canon := range spelling {
		out[full] = bestSpelling(members[root(canon)], known)
	}
	return out
}

// groupsOf is the set of canonical names a map to them holds.
func groupsOf(canon map[string]string) map[string]bool {
	out := map[string]bool{}
	for _, c := range canon {
		out[c] = true
	}
	return out
}

// nameParts is the first word and the middle words of a full name's folded
// words, the middle without spaces ("george h w bush": "george", "hw", as
// "george hw bush"), the first in its formal form ("joe biden": "joseph"),
// so that a familiar given name is a spelling of the formal one.
func nameParts(words []string) (first, middle string) {
	if len(words) < 2 {
		return strings.Join(words, " "), ""
	}
	return english.FormalGivenName(words[0]), strings.Join(words[1:len(words)-1], "")
}

// foldMarks folds a name (nameKey) and drops its accents, so that the
// spellings of one person with and without them are one ("Pena Nieto",
// "Peña Nieto"): an outlet's character set, not another name. (postgres
// folds its search text the same way; the import rules keep the store and
// this stage apart.)
func foldMarks(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(nameKey(s)) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

// mostMentioned is the spelling of names with the most mentions; a tie goes
// to the longer (the fuller) spelling, then to the first in byte order.
func mostMentioned(names []string, counts map[string]int) string {
	best := ""
	for _, n := range names {
		if best == "" || counts[n] > counts[best] ||
			counts[n] == counts[best] && (len(n) > len(best) || len(n) == len(best) && n < best) {
			best = n
		}
	}
	return best
}

// bestSpelling is mostMentioned of the spellings of one name, where a
// name of several words in capitals yields to one in mixed case whatever
// the counts (a headline's "DONALD TRUMP", a dateline's "NEW YORK": no
// acronym has a space), and a tie goes to mixed case (a dateline's
// "PARIS" once beside the text's "Paris" once). One word in capitals
// keeps its count: "COVID", "NATO" are how many writers spell them.
func bestSpelling(names []string, counts map[string]int) string {
	if mixed := slices.DeleteFunc(slices.Clone(names), shoutedWords); len(mixed) > 0 {
		names = mixed
	}
	best := ""
	for _, n := range names {
		if best == "" || spellingBefore(n, counts[n], best, counts[best]) {
			best = n
		}
	}
	return best
}

// spellingBefore reports whether spelling a, mentioned an times, goes
// before b, mentioned bn times, as a canonical name: more mentions; on a
// tie mixed case before capitals, then the longer, then the first in byte
// order (bestSpelling, and the Stage's choice within an article).
func spellingBefore(a string, an int, b string, bn int) bool {
	if an != bn {
		return an > bn
	}
	if sa, sb := shouted(a), shouted(b); sa != sb {
		return sb
	}
	return len(a) > len(b) || len(a) == len(b) && a < b
}

// shoutedWords reports whether a name of several words is in capitals.
func shoutedWords(s string) bool { return strings.Contains(s, " ") && shouted(s) }

// Link renames the article's one-word names that stand for a person named
// in full elsewhere, in its entities and its quotes' speakers, then learns
// the article's names.
func (l *Linker) Link(a *storyline.Article) {
	renames := map[storyline.EntityKey]storyline.EntityKey{}
	for _, e := range a.Entities {
		k := storyline.EntityKey{Name: e.Name, Type: e.Type}
		if !linkable(k) {
			continue
		}
		if full, ok := l.Resolve(e.Name); ok {
			renames[k] = storyline.EntityKey{Name: full, Type: storyline.Person}
		}
	}
	for _, e := range a.Entities {
		k := storyline.EntityKey{Name: e.Name, Type: e.Type}
		if _, renamed := renames[k]; !renamed && e.Type != storyline.Person {
			if t, ok := l.consensusType(e.Name); ok && t != e.Type {
				renames[k] = storyline.EntityKey{Name: e.Name, Type: t}
			}
		}
	}
	a.RenameEntities(renames)
	l.Learn(a.Entities)
}

// consensusType returns the type most mentions of a name carry, when
// enough of them agree. A one-word name is left to the surname logic when
// the consensus is a person; a full name follows it ("Donald Trump" tagged
// ORG in a headline-heavy page, PERSON in most).
func (l *Linker) consensusType(name string) (storyline.EntityType, bool) {
	votes := l.types[name]
	total, best := 0, storyline.EntityType("")
	for t, n := range votes {
		total += n
		if best == "" || n > votes[best] || n == votes[best] && t < best {
			best = t
		}
	}
	if best == "" || best == storyline.Person && !strings.Contains(name, " ") || total < minTypeVotes || float64(votes[best]) < typeConsensus*float64(total) {
		return "", false
	}
	return best, true
}

// Pending returns the one-word names stored earlier that now resolve to a
// person's full name, and the names stored with a type the consensus has
// since gone against: the renames to apply to articles already committed.
func (l *Linker) Pending() map[storyline.EntityKey]storyline.EntityKey {
	out := map[storyline.EntityKey]storyline.EntityKey{}
	for name, votes := range l.types {
		t, ok := l.consensusType(name)
		if !ok {
			continue
		}
		for typ := range votes {
			k := storyline.EntityKey{Name: name, Type: typ}
			if typ != t && typ != storyline.Person && !l.lone[k] { // as in Link: people and lone names follow the surname logic
				out[k] = storyline.EntityKey{Name: name, Type: t}
			}
		}
	}
	for k := range l.lone {
		if full, ok := l.Resolve(k.Name); ok {
			out[k] = storyline.EntityKey{Name: full, Type: storyline.Person}
		}
	}
	for surname := range l.people {
		for full, canon := range l.namesOf(surname) {
			if canon != full {
				out[storyline.EntityKey{Name: full, Type: storyline.Person}] = storyline.EntityKey{Name: canon, Type: storyline.Person}
			}
		}
	}
	expansions := l.expansions()
	for ak, spellings := range l.spellings {
		if len(spellings) < 2 && expansions[ak] == "" {
			continue // one spelling, and no name spelt out: nothing to join
		}
		names := maps.Clone(spellings)
		canon := bestSpelling(slices.Collect(maps.Keys(spellings)), spellings)
		if full, ok := expansions[ak]; ok {
			names[full] = l.types[full][ak.Type]
			canon = mostMentioned([]string{canon, full}, names)
		}
		for name := range names {
			if name != canon {
				out[storyline.EntityKey{Name: name, Type: ak.Type}] = storyline.EntityKey{Name: canon, Type: ak.Type}
			}
		}
	}
	return out
}

// expansions maps each acronym known (its key and type) to the one name of
// its type whose initials spell it, when exactly one does: "FBI" and
// "Federal Bureau of Investigation", "DOJ" and "Department of Justice",
// "DHS" and "Department of Homeland Security" (initials with or without the
// small words). Outlets name an organisation both ways; two names that fit
// ("CIA": "Central Intelligence Agency", "Culinary Institute of America")
// leave the acronym to neither, and a name that two acronyms fit ("DOHS"
// and "DHS") joins neither.
func (l *Linker) expansions() map[storyline.EntityKey]string {
	fits := map[storyline.EntityKey][]string{}
	for name, votes := range l.types {
		for _, initials := range initialsOf(name) {
			for t := range votes {
				k := storyline.EntityKey{Name: initials, Type: t}
				if l.hasAcronym(k) {
					fits[k] = append(fits[k], name)
				}
			}
		}
	}
	acronymsFit := map[string]int{} // a name that fits two acronyms joins neither
	for _, names := range fits {
		for _, name := range names {
			acronymsFit[name]++
		}
	}
	out := make(map[storyline.EntityKey]string, len(fits))
	for k, names := range fits {
		if len(names) == 1 && acronymsFit[names[0]] == 1 {
			out[k] = names[0]
		}
	}
	return out
}

// hasAcronym reports whether a spelling of the key is an acronym ("FBI",
// "F.B.I."): only those are initials a longer name spells out.
func (l *Linker) hasAcronym(k storyline.EntityKey) bool {
	for name := range l.spellings[k] {
		if isAcronym(name) {
			return true
		}
	}
	return false
}

// initialsOf is what an acronym of a name of two words or more would be,
// folded as acronyms are keyed (nameKey): the initials of its capitalised
// words (initials), and of all its words, the minor ones too ("Department
// of Justice": "dj", "doj"); none when a word other than a minor one is not
// capitalised, is an initial itself ("U. S. District") or is hyphenated
// ("Academic All-American": "AA" or "AAA"). Initials of fewer
// than minExpandedLetters are no acronym.
func initialsOf(name string) []string {
	words := strings.Fields(name)
	if len(words) < 2 {
		return nil
	}
	var all strings.Builder
	for _, w := range words {
		r, size := utf8.DecodeRuneInString(w)
		minor := minorWords()[strings.ToLower(w)]
		if !minor && !unicode.IsUpper(r) || size >= len(strings.TrimSuffix(w, ".")) || strings.Contains(w, "-") {
			return nil // "All-American": one word or two?
		}
		if unicode.IsLetter(r) {
			all.WriteRune(unicode.ToLower(r))
		}
	}
	var out []string
	for _, ini := range []string{strings.ToLower(initials(name)), all.String()} {
		if utf8.RuneCountInString(ini) >= minExpandedLetters && !slices.Contains(out, ini) {
			out = append(out, ini)
		}
	}
	return out
}

// minExpandedLetters is the shortest acronym read as a name's initials:
// two letters fit too many names ("SC" for the Supreme Court as well as
// South Carolina, "AM" for a time of day and "Arch Madness").
const minExpandedLetters = 3

// maxRenameRounds bounds Renames. A rename can make another one due (a
// name's mentions move to its new type or full name and change a
// consensus), so the renames are taken round after round, each on the names
// as the rounds before left them, until none is pending. Chains are short;
// the bound only guards against a cycle.
const maxRenameRounds = 8

// Renames returns the renames that the names learnt so far call for, from
// each name learnt to the name it ends up as: lone surnames that a full name
// now explains, names typed against the consensus, and what those renames in
// turn make due. It depends only on the names learnt and their counts, not
// on the order they came in.
func (l *Linker) Renames() map[storyline.EntityKey]storyline.EntityKey {
	counts := map[storyline.EntityKey]int{}
	for name, votes := range l.types {
		for t, n := range votes {
			counts[storyline.EntityKey{Name: name, Type: t}] = n
		}
	}
	final := make(map[storyline.EntityKey]storyline.EntityKey, len(counts))
	for k := range counts {
		final[k] = k
	}
	cur := l
	for range maxRenameRounds {
		pending := cur.Pending()
		if len(pending) == 0 {
			break
		}
		for k, at := range final {
			if to, ok := pending[at]; ok {
				final[k] = to
			}
		}
		merged := map[storyline.EntityKey]int{}
		for k, n := range counts {
			if to, ok := pending[k]; ok {
				k = to
			}
			merged[k] += n
		}
		counts, cur = merged, NewLinker()
		for k, n := range counts {
			cur.LearnName(k, n)
		}
	}
	for k, to := range final {
		if to == k {
			delete(final, k)
		}
	}
	return final
}
