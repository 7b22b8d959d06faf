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
	// Speakers is the quote stage's evidence about the speakers it named,
	// for the entity stage's Speakers pass to decide which become entities.
	Speakers []SpeakerMention

	// Problems lists what went wrong on this document without stopping it:
	// a bad document is marked and passed on.
	Problems []error

	// runes and runesOf cache the body decoded into code points (Runes).
	runes   []rune
	runesOf string
}

// Runes returns the article body as code points, the unit of every span,
// decoded once for all the stages that read it. Stages must not modify the
// returned slice.
func (d *Doc) Runes() []rune {
	if d.runes == nil || d.runesOf != d.Article.Body {
		d.runes, d.runesOf = []rune(d.Article.Body), d.Article.Body
	}
	return d.runes
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

// SpeakerMention is a mention outside quotation marks as the quote rules
// read it when they named a speaker: Speaker is the name they give it, Type
// the type they read it as. Canonical is empty when the entity stage did
// not name the mention (the quote rules found it, or trimmed its first
// word).
type SpeakerMention struct {
	Mention
	Speaker string
}

// Layer names what a stage adds to a Doc, so that each stage can say what
// it needs from the stages before it instead of quietly running them again.
type Layer string

const (
	LayerLanguage Layer = "language" // Article.Language
	LayerTokens   Layer = "tokens"   // Doc.Tokens and Doc.Sentences
	LayerMentions Layer = "mentions" // Doc.Mentions, typed
	LayerEntities Layer = "entities" // Article.Entities; canonical names on the mentions
	LayerQuotes   Layer = "quotes"   // Article.Quotes; Doc.Speakers
	LayerDates    Layer = "dates"    // Article.Dates
)

// StageInfo is what a stage says about itself.
type StageInfo struct {
	Name string
	// Needs are the layers earlier stages must have added; Adds the layers
	// this stage adds.
	Needs, Adds []Layer
	// Languages are the ISO 639-1 codes of the languages the stage is built
	// for (its model or word lists); empty for any language. An article
	// known to be in another language skips the stage.
	Languages []string
	// Transient says that the layers the stage adds live in the Doc only,
	// for later stages, and reach no article field: the stage runs for an
	// article only when a later stage that runs for it needs one of them
	// (tokens, for an article no English-only stage reads).
	Transient bool
}

// Runs reports whether the stage is built for an article in language lang;
// an article whose language is unknown ("") gets every stage.
func (si StageInfo) Runs(lang string) bool {
	if lang == "" || len(si.Languages) == 0 {
		return true
	}
	for _, l := range si.Languages {
		if l == lang {
			return true
		}
	}
	return false
}

// Stage is one step of the per-document pipeline (language, tokens, ner,
// entities, quotes, dates). A stage only adds to the Doc; it returns an error
// only when the whole run must stop (a cancelled context). Problems with one
// document go into Doc.Problems.
type Stage interface {
	Info() StageInfo
	Process(ctx context.Context, d *Doc) error
}
