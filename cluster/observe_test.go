package cluster

// observeDoc, the reference docTerms.observe is held to, counts one
// document's terms (its words and its names, which are keyed apart) into
// the document frequencies of its language (the key langKey gives). It
// returns each map's terms by id, for tfidfOf.
func (v *vocab) observeDoc(lang string, term ...map[string]float64) [][]termID {
	li := v.langIndex(lang)
	v.langDocs[li]++
	out := make([][]termID, len(term))
	for k, counts := range term {
		out[k] = v.observeCounts(li, counts)
	}
	return out
}
