package cluster

import (
	"bytes"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/storyline-news/storyline"
)

// docTerms counts one document's words and names, as termCounts then the
// tests' vocab.observeDoc do through two maps keyed by string
// (TestDocTermsIsTermCounts); an ingest and a restore count an article
// through it alike. A word is lowered into a buffer and counted in a map
// of the document's own terms, and each distinct term is looked up in the
// vocabulary once, when the document is observed: the vocabulary's map,
// tens of thousands of terms, is out of the caches, and asking it for
// every word was a third of the clusterer's features (bench --cpuprofile
// of a one-core ingest of the text dev dumps: 0.11 s of 3.2 CPU-seconds).
type docTerms struct {
	v      *vocab
	prefix string
	// words and names are the two maps of termCounts.
	words, names termList
	buf, key     []byte
}

// termList is one map's terms, each in the order first met with its count.
type termList struct {
	terms []freshTerm
	at    map[string]int32 // index in terms
	fresh []freshTerm      // observe's terms the vocabulary does not know
	ids   []termID         // what observe returns, kept for the next document
}

type freshTerm struct {
	t string
	c float64
}

// begin readies d for a document whose words are keyed with prefix.
func (d *docTerms) begin(v *vocab, prefix string) {
	d.v, d.prefix = v, prefix
	d.words.reset()
	d.names.reset()
}

func (l *termList) reset() {
	l.terms = l.terms[:0]
	if l.at == nil {
		l.at = map[string]int32{}
	}
	clear(l.at)
}

// add counts a raw word of the text with weight w, and once among the
// names when name is set: counter.word over termCounts' maps.
func (d *docTerms) add(raw string, w float64, name bool) {
	key := d.normal(raw)
	if key == nil {
		return
	}
	d.words.count(key, w)
	if name {
		d.key = append(append(d.key[:0], '#'), key...)
		d.names.count(d.key, 1)
	}
}

// count adds w to the term key.
func (l *termList) count(key []byte, w float64) {
	if i, ok := l.at[string(key)]; ok {
		l.terms[i].c += w
		return
	}
	t := string(key)
	l.at[t] = int32(len(l.terms))
	l.terms = append(l.terms, freshTerm{t, w})
}

// normal is the prefix and normalise(raw) in d.buf, or nil when normalise
// gives "". An ASCII word is lowered and searched for its first apostrophe
// in one pass (the curly one is not ASCII); another is lowered by
// strings.ToLower.
func (d *docTerms) normal(raw string) []byte {
	b := append(d.buf[:0], d.prefix...)
	start := len(b)
	cut := -1
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		if c >= utf8.RuneSelf {
			b, cut = append(b[:start], strings.ToLower(raw)...), -1
			if i := apostropheBytes(b[start:]); i >= 0 {
				cut = i
			}
			break
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		} else if c == '\'' && cut < 0 {
			cut = i
		}
		b = append(b, c)
	}
	d.buf = b
	w := b[start:]
	if cut >= 0 {
		w = w[:cut]
	}
	if len(w) < 2 || len(w) <= maxStopWord() && stopWords()[string(w)] {
		return nil
	}
	if len(w) > 4 && w[len(w)-1] == 's' && !bytes.HasSuffix(w, []byte("ss")) && !bytes.HasSuffix(w, []byte("us")) {
		w = w[:len(w)-1]
	}
	return b[:start+len(w)]
}

// maxStopWord is the length of the longest stop word: a longer word is
// none.
var maxStopWord = sync.OnceValue(func() int {
	n := 0
	for w := range stopWords() {
		n = max(n, len(w))
	}
	return n
})

// apostropheBytes is apostrophe over bytes.
func apostropheBytes(w []byte) int {
	i := bytes.IndexByte(w, '\'')
	if j := bytes.Index(w, []byte("’")); j >= 0 && (i < 0 || j < i) {
		return j
	}
	return i
}

// observe counts the document into the vocabulary as observeDoc does with
// termCounts' two maps and the entities' counts, and returns the terms of
// each by id. The words' and the names' ids are d's until the next
// document: features turns them into vectors at once.
func (d *docTerms) observe(lang string, ents map[string]float64) [][]termID {
	v := d.v
	li := v.langIndex(lang)
	v.langDocs[li]++
	out := [][]termID{d.words.observe(v, li), d.names.observe(v, li), v.observeCounts(li, ents)}
	return out
}

// observe counts the list's terms into the document frequencies: those
// the vocabulary knows in the order first met, then the new ones, which
// get their ids in sorted order. (A name's key starts with '#', which no
// word's does: the words observed first give no name an id.)
//
// The ids are made in l's buffer, which the next document reuses: making
// them anew was 14% of what the clusterer allocated over the text dev
// dumps (BenchmarkAssignDev -memprofile).
func (l *termList) observe(v *vocab, li uint16) []termID {
	ids := slices.Grow(l.ids[:0], len(l.terms))
	l.fresh = l.fresh[:0]
	for _, t := range l.terms {
		id, ok := v.ids[t.t]
		if !ok {
			l.fresh = append(l.fresh, t)
			continue
		}
		v.df[id]++
		ids = append(ids, termID{id, t.c})
	}
	slices.SortFunc(l.fresh, func(x, y freshTerm) int { return strings.Compare(x.t, y.t) })
	for _, f := range l.fresh {
		id := v.add(f.t, li) // distinct terms, none in the vocabulary
		v.df[id]++
		ids = append(ids, termID{id, f.c})
	}
	l.ids = ids
	return ids
}

// countTerms counts the title (weighted) and body of a into d, as
// termCounts counts them into its maps.
func (d *docTerms) countTerms(a *storyline.Article, opt Options) {
	title := counter{terms: d, weight: opt.TitleWeight, nameWeight: 1}
	title.add(a.Title)
	body := counter{terms: d, withNames: true, weight: 1, nameWeight: opt.NameWeight}
	body.add(a.Body)
}
