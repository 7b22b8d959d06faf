package entity

import (
	"context"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/english"
)

// Stage gives every mention in a document its canonical name and fills
// Article.Entities. It works on one document at a time; Linker carries
// names across documents.
type Stage struct {
	// Names are the first names a model learned, with the gender each
	// leans to: a lone surname addressed "Mrs." or "Mr." goes to the full
	// name whose first name agrees. Nil, no first name has a gender.
	Names LearnedNames
}

var _ storyline.Stage = Stage{}

// Info implements storyline.Stage.
func (Stage) Info() storyline.StageInfo {
	return storyline.StageInfo{Name: "entity", Needs: []storyline.Layer{storyline.LayerTokens, storyline.LayerMentions}, Adds: []storyline.Layer{storyline.LayerEntities}, Languages: []string{"en"}}
}

// item is one mention while its entity is being decided.
type item struct {
	i     int // index into Doc.Mentions
	name  string
	key   string // nameKey(name), kept in step with name
	typ   storyline.EntityType
	fixed bool // the name comes from the well-known table
	span  storyline.Span
	words int
	// addressed is the gender the honorific before the mention implies
	// ("Mrs. Clinton"), Unknown without one.
	addressed english.Gender
}

// Process implements storyline.Stage.
func (s Stage) Process(ctx context.Context, d *storyline.Doc) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if len(d.Mentions) == 0 {
		d.Article.Entities = nil
		return nil
	}
	body := d.Runes()
	d.Mentions = dropPartyLabels(d.Mentions, body)
	addSurnames(d)
	items := cleanItems(d.Mentions, body)
	joinAcronyms(items, body)
	resolvePeople(items, s.Names)
	canon := canonicalNames(items)
	for _, it := range items {
		c := canon[groupKey(it)]
		d.Mentions[it.i].Canonical = c.name
		d.Mentions[it.i].Type = c.typ
	}
	d.Article.Entities = articleEntities(d.Mentions, body, d.Sentences)
	return nil
}

// dropPartyLabels removes the mentions a tagger found inside party-and-state
// labels ("R-TX", and "R-S" and "C." of "R-S.C."): they name nobody, and
// left in they become entities and candidate speakers. The mentions keep
// their order; the result reuses their array.
func dropPartyLabels(ms []storyline.Mention, body []rune) []storyline.Mention {
	labels := english.PartyLabels(body)
	if len(labels) == 0 {
		return ms
	}
	out := ms[:0]
	for _, m := range ms {
		if !insideAny(labels, m.Span) {
			out = append(out, m)
		}
	}
	return out
}

// insideAny reports whether sp lies within one of spans.
func insideAny(spans [][2]int, sp storyline.Span) bool {
	for _, s := range spans {
		if sp.Start >= s[0] && sp.End <= s[1] {
			return true
		}
	}
	return false
}

func cleanItems(ms []storyline.Mention, body []rune) []*item {
	items := make([]*item, 0, len(ms))
	for i, m := range ms {
		it := &item{i: i, typ: m.Type, span: m.Span}
		addr := addressOf(m, body)
		if addr.person() || titledPerson(m.Text) {
			it.typ = storyline.Person // "Mr. Trump" or "President Obama" tagged ORG, or "Mr." and "Obama" tagged ORG
		}
		it.name = cleanName(m.Text, it.typ == storyline.Person)
		it.addressed = addr.gender()
		if k, ok := lookupKnown(it.name); ok && it.typ != storyline.Person {
			it.name, it.typ, it.fixed = k.name, k.typ, true
		}
		if it.name == "" || !strings.ContainsFunc(it.name, unicode.IsLetter) || namesNobody(it.name, it.typ) {
			continue
		}
		it.words = len(strings.Fields(it.name))
		it.key = nameKey(it.name)
		items = append(items, it)
	}
	sort.SliceStable(items, func(a, b int) bool { return items[a].span.Start < items[b].span.Start })
	return items
}

// namesNobody reports a mention that is no name once cleaned: a name's
// generational suffix alone ("III" split from "Robert S. Mueller III"), a
// person who is only a title ("General" of "Connecticut Attorney General"),
// a function word a tagger took for a name where it opens a sentence
// ("The", "After"), or an abbreviation that only stands before a name or a
// number ("No." of "No. 17 Legacy").
func namesNobody(name string, typ storyline.EntityType) bool {
	if strings.Contains(name, " ") {
		return false
	}
	w := strings.ToLower(name)
	return english.IsNameSuffix(name) || typ == storyline.Person && english.IsTitle(name) ||
		english.IsDeterminer(w) || english.IsPreposition(w) || english.IsSubordinator(w) || english.IsPrefixAbbreviation(w)
}

// joinAcronyms gives an acronym the name of its expansion when the document
// shows both, e.g. "North Atlantic Treaty Organization (NATO)" or an "EU"
// beside a "European Union". The more frequent form in the document wins.
func joinAcronyms(items []*item, body []rune) {
	long := map[string]*item{}
	for _, it := range items {
		if it.typ != storyline.Person && it.words >= 2 && !it.fixed {
			if ini := initials(it.name); len(ini) >= 2 {
				long[ini] = it
			}
		}
	}
	count := map[string]int{}
	for _, it := range items {
		count[it.key]++
	}
	// Each acronym and its expansion are joined once, in one pass over the
	// items, so a long document with many mentions stays linear.
	join := map[string]*item{} // folded short or long form → the item naming the pair
	for _, it := range items {
		if it.fixed || !isAcronym(it.name) {
			continue
		}
		exp, ok := long[strings.ReplaceAll(it.name, ".", "")]
		if !ok {
			continue
		}
		if _, done := join[it.key]; done {
			continue
		}
		winner := exp
		if count[it.key] > count[exp.key] {
			winner = it
		}
		pair := &item{name: winner.name, typ: exp.typ}
		join[it.key], join[exp.key] = pair, pair
	}
	for _, other := range items {
		if pair, ok := join[other.key]; ok {
			other.setName(pair.name)
			other.typ = pair.typ
		}
	}
}

// resolvePeople attaches a lone surname ("Rutte") to the full name it
// stands for in the document: the nearest full name before it with that
// surname, else the first one after it. A lone person's name that is no
// one's surname but the first name or first surname of one person named in
// full is that person ("Malia" of "Malia Obama", "Peña" of "Enrique Peña
// Nieto"). Two people who share a surname stay apart because each lone
// surname goes to one nearest full name. A full
// name the tagger called MISC that ends in such a surname is a person too
// (organisations and places keep their type: "Goldman Sachs", "Camp David"),
// and so is an ORG of name words whose last word the document uses alone for
// a person: three words ("Keith Lamont Scott's wife" beside "Scott said"),
// or two when no person named in full has that surname ("Donald Trump's
// claim" tagged ORG beside "Trump said", but not "Merrill Lynch" beside
// "Loretta Lynch" and "Lynch said"). A lone surname addressed with a
// gendered honorific goes to the nearest full name whose learned first name
// agrees, else to one whose gender is not known, never to one whose first
// name disagrees ("Mrs. Clinton" beside "Bill Clinton" stays "Clinton"
// unless a "Hillary Clinton" is named); names may be nil.
func resolvePeople(items []*item, names LearnedNames) {
	lone := map[string]bool{}       // surnames the document uses alone for a person
	fullPerson := map[string]bool{} // surnames of people named in full
	for _, it := range items {
		switch {
		case it.typ != storyline.Person:
		case it.words == 1:
			lone[it.key] = true
		default:
			fullPerson[surname(it.name)] = true
		}
	}
	heads := map[string][]*item{} // by folded surname, in text order
	for _, it := range items {
		if it.typ == storyline.Org && !it.fixed && lone[surname(it.name)] && nameWords(it.name) &&
			(it.words == 3 || it.words == 2 && !fullPerson[surname(it.name)]) {
			it.typ = storyline.Person
		}
		if it.typ == storyline.Person && it.words >= 2 {
			k := surname(it.name)
			heads[k] = append(heads[k], it)
		}
	}
	given := givenNames(items)
	for _, it := range items {
		if it.fixed {
			continue
		}
		switch {
		case it.words == 1:
			if h := nearestHead(agreeing(heads[it.key], it.addressed, names), it); h != nil {
				it.setName(h.name)
				it.typ = storyline.Person
			} else if full, ok := given[it.key]; ok && full != "" && it.typ == storyline.Person {
				it.setName(full) // "Malia" of "Malia Obama", "Peña" of "Enrique Peña Nieto"
			}
		case it.typ == storyline.Misc && it.words <= 3 && len(heads[surname(it.name)]) > 0 && nameWords(it.name):
			it.typ = storyline.Person // "Ivanka Trump" tagged MISC beside "Donald Trump"
		}
	}
}

// givenNames maps the words of each person the document names in full
// that the document may use alone for them, folded, to that name: the first
// name ("Malia" of "Malia Obama"), and of three words or more (a suffix
// such as "Jr." aside) the first of two surnames ("Peña" of "Enrique Peña
// Nieto"; not an initial). A word two
// people share maps to "" ("Donald" of "Donald Trump" and "Donald Trump
// Jr."), as a lone "Donald" could be either.
func givenNames(items []*item) map[string]string {
	out := map[string]string{}
	add := func(w, name string) {
		k := nameKey(w)
		if prev, ok := out[k]; ok && prev != name {
			out[k] = ""
			return
		}
		out[k] = name
	}
	for _, it := range items {
		if it.typ != storyline.Person || it.words < 2 {
			continue
		}
		words := strings.Fields(it.name)
		add(words[0], it.name)
		if english.IsNameSuffix(words[len(words)-1]) {
			words = words[:len(words)-1] // "Trump" of "Donald Trump Jr." is his surname
		}
		if len(words) >= 3 && english.IsNameWord(words[len(words)-2]) { // not an initial
			add(words[len(words)-2], it.name)
		}
	}
	return out
}

// nameWords reports whether every word of a name is a capitalised word of
// letters and no article: "Ivanka Trump", not "The Trump" or "Johnson &
// Johnson".
func nameWords(name string) bool {
	for _, w := range strings.Fields(name) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || english.IsArticle(strings.ToLower(w)) || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '.' }) >= 0 {
			return false
		}
	}
	return true
}

// agreeing are the full names among heads a mention addressed with gender
// g may stand for: those whose learned first name has gender g when any
// has, else those whose first name has no known gender. Without a gender
// or learned names every head may.
func agreeing(heads []*item, g english.Gender, names LearnedNames) []*item {
	if g == english.Unknown || names == nil || len(heads) == 0 {
		return heads
	}
	var same, unknown []*item
	for _, h := range heads {
		switch names.FirstNameGender(h.name) {
		case g:
			same = append(same, h)
		case english.Unknown:
			unknown = append(unknown, h)
		}
	}
	if len(same) > 0 {
		return same
	}
	return unknown
}

// nearestHead picks among the full names sharing a surname the last one
// before the mention, else the first one after it.
func nearestHead(heads []*item, it *item) *item {
	var before *item
	for _, h := range heads {
		if h.span.Start >= it.span.Start {
			if before != nil {
				return before
			}
			return h
		}
		before = h
	}
	return before
}

func (it *item) setName(name string) {
	it.name, it.key = name, nameKey(name)
}

type canonical struct {
	name string
	typ  storyline.EntityType
}

func groupKey(it *item) string { return it.key }

// canonicalNames picks one name and one type per group of mentions: the
// most frequent spelling (bestSpelling) and the majority type, a
// person whenever any mention was tagged as one.
//
// Each group's spellings are counted in a short slice and its types in an
// array, where two maps a group made most of the stage's allocations
// (bench --allocprofile); the choice reads every count as before and does
// not depend on their order (TestCanonicalNamesIsByMaps).
func canonicalNames(items []*item) map[string]canonical {
	at := make(map[string]int, len(items))
	var groups []nameTally
	for _, it := range items {
		k := groupKey(it)
		g, ok := at[k]
		if !ok {
			g = len(groups)
			at[k] = g
			groups = append(groups, nameTally{})
		}
		groups[g].add(it.name, it.typ)
	}
	out := make(map[string]canonical, len(groups))
	for k, g := range at {
		out[k] = canonical{name: groups[g].best(), typ: groups[g].majority()}
	}
	return out
}

// nameTally counts one group's spellings and votes for each type.
type nameTally struct {
	spellings []spellingCount
	votes     [len(votedTypes)]int
}

type spellingCount struct {
	s string
	n int
}

// votedTypes are the types majorityType weighs.
var votedTypes = [...]storyline.EntityType{storyline.Person, storyline.Org, storyline.Place, storyline.Misc}

func (t *nameTally) add(name string, typ storyline.EntityType) {
	if i := slices.IndexFunc(t.spellings, func(c spellingCount) bool { return c.s == name }); i >= 0 {
		t.spellings[i].n++
	} else {
		t.spellings = append(t.spellings, spellingCount{name, 1})
	}
	if i := slices.Index(votedTypes[:], typ); i >= 0 {
		t.votes[i]++
	}
}

// best is bestSpelling of the counts.
func (t *nameTally) best() string {
	best, bestN := "", 0
	mixed := slices.ContainsFunc(t.spellings, func(c spellingCount) bool { return !shoutedWords(c.s) })
	for _, c := range t.spellings {
		if mixed && shoutedWords(c.s) {
			continue
		}
		if best == "" || spellingBefore(c.s, c.n, best, bestN) {
			best, bestN = c.s, c.n
		}
	}
	return best
}

// majority is majorityType of the votes.
func (t *nameTally) majority() storyline.EntityType {
	if t.votes[0] > 0 {
		return storyline.Person
	}
	best := 1
	for i := 2; i < len(votedTypes); i++ {
		if t.votes[i] > t.votes[best] {
			best = i
		}
	}
	return votedTypes[best]
}
