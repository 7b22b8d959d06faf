package storyline

import "context"

// Doc is one article on its way through the pipeline. It owns the article and
// the working annotations stages share with each other; every annotation is a
// span of code points into Article.Body, never a copy (the spaCy Doc idea).
type Doc struct {
	Article *Article
	// Page is the page the article was cleaned out of (read-only for stages).
	Page *Page

	Tokens    []Token
	Sentences []Span
	// Mentions are the named-entity mentions found in the body, before they
	// are grouped into Article.Entities.
	Mentions []Mention

	// Problems lists what went wrong on this document without stopping it:
	// a bad document is marked and passed on.
	Problems []error
}

// Token is one word or punctuation mark of the body.
type Token struct {
	Span
	Text string
}

// Mention is one occurrence of a named entity in the body.
type Mention struct {
	Span
	Type EntityType
	// Text is the surface form as written ("Rutte", "the EU").
	Text string
	// Canonical is the entity's canonical name once the entity stage has run.
	Canonical string
}

// Stage is one step of the per-document pipeline (language, tokens, ner,
// entities, quotes, dates). A stage only adds to the Doc; it returns an error
// only when the whole run must stop (a cancelled context). Problems with one
// document go into Doc.Problems.
type Stage interface {
	Name() string
	Process(ctx context.Context, d *Doc) error
}
