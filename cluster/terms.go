package cluster

import (
	"bytes"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/storyline-news/storyline"
)

// docTerms counts one document's words and names straight by their
// vocabulary ids, as termCounts then the tests' vocab.observeDoc do through
// two maps keyed by string (TestDocTermsIsTermCounts); an ingest and a
// restore count an article through it alike. A word is lowered into a
// buffer and looked up once, and only a term the vocabulary does not know
// yet is kept as a string. In a one-core ingest of the text dev dumps the
// maps' inserts, the lowered copies and the "#" keys of the names were
// most of the clusterer's features.
type docTerms struct {
	v      *vocab
	prefix string
	// words and names are the two maps of termCounts.
	words, names termList
	// slot[id] is 1 + the index of term id in its list's known terms (the
	// two lists share it: their terms differ), 0 when not met yet.
	slot     []int32
	buf, key []byte
}

// termList is one map's terms: those the vocabulary knows, by id, and the
// others, by string, each in the order first met.
type termList struct {
	known   []termID
	fresh   []freshTerm
	freshAt map[string]int32
}

type freshTerm struct {
	t string
	c float64
}

// begin readies d for a document whose words are keyed with prefix.
func (d *docTerms) begin(v *vocab, prefix string) {
	d.v, d.prefix = v, prefix
	if n := len(v.df); len(d.slot) < n {
		d.slot = append(d.slot, make([]int32, n-len(d.slot))...)
	}
	d.words.reset()
	d.names.reset()
}

func (l *termList) reset() {
	l.known, l.fresh = l.known[:0], l.fresh[:0]
	if l.freshAt == nil {
		l.freshAt = map[string]int32{}
	}
	clear(l.freshAt)
}

// add counts a raw word of the text with weight w, and once among the
// names when name is set: counter.word over termCounts' maps.
func (d *docTerms) add(raw string, w float64, name bool) {
	key := d.normal(raw)
	if key == nil {
		return
	}
	d.count(&d.words, key, w)
	if name {
		d.key = append(append(d.key[:0], '#'), key...)
		d.count(&d.names, d.key, 1)
	}
}

// count adds w to the term key of list l.
func (d *docTerms) count(l *termList, key []byte, w float64) {
	if id, ok := d.v.ids[string(key)]; ok {
		if s := d.slot[id]; s > 0 {
			l.known[s-1].c += w
			return
		}
		l.known = append(l.known, termID{id, w})
		d.slot[id] = int32(len(l.known))
		return
	}
	if i, ok := l.freshAt[string(key)]; ok {
		l.fresh[i].c += w
		return
	}
	l.freshAt[string(key)] = int32(len(l.fresh))
	l.fresh = append(l.fresh, freshTerm{string(key), w})
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
// each by id.
func (d *docTerms) observe(lang string, ents map[string]float64) [][]termID {
	v := d.v
	li := v.langIndex(lang)
	v.langDocs[li]++
	out := [][]termID{d.words.observe(v, li, d.slot), d.names.observe(v, li, d.slot), v.observeCounts(li, ents)}
	return out
}

// observe counts the list's terms into the document frequencies, new
// terms getting ids in sorted order, and clears their slots.
func (l *termList) observe(v *vocab, li uint16, slot []int32) []termID {
	ids := make([]termID, 0, len(l.known)+len(l.fresh))
	for _, t := range l.known {
		v.df[t.id]++
		slot[t.id] = 0
		ids = append(ids, t)
	}
	slices.SortFunc(l.fresh, func(x, y freshTerm) int { return strings.Compare(x.t, y.t) })
	for _, f := range l.fresh {
		id := v.idIn(f.t, li)
		v.df[id]++
		ids = append(ids, termID{id, f.c})
	}
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
