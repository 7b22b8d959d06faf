// Package prosebench measures prose v3's entity tagger (github.com/jdkato/prose/v3)
// on the same data and in the same way as ner's BenchmarkTag, as a reference.
// It is a package of its own so that the storyline binary does not link prose.
package prosebench
