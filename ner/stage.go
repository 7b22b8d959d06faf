package ner

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline-news/storyline"
)

// Stage tags the sentences of a Doc and fills Doc.Mentions. It uses the
// tokens and sentences the text stage left in the Doc, and makes its own when
// there are none.
type Stage struct {
	Model *Model
}

var _ storyline.Stage = (*Stage)(nil)

// NewStage returns the ner stage with model m.
func NewStage(m *Model) *Stage { return &Stage{Model: m} }

// Info implements storyline.Stage.
func (s *Stage) Info() storyline.StageInfo {
	return storyline.StageInfo{Name: "ner", Needs: []storyline.Layer{storyline.LayerTokens}, Adds: []storyline.Layer{storyline.LayerMentions}, Languages: []string{"en"}}
}

// Process implements storyline.Stage.
func (s *Stage) Process(ctx context.Context, d *storyline.Doc) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if d.Article == nil || strings.TrimSpace(d.Article.Body) == "" {
		return nil
	}
	body := d.Runes()
	groups := splitLines(body, sentenceTokens(d.Tokens, d.Sentences))
	words := make([][]string, len(groups))
	for i, g := range groups {
		words[i] = make([]string, len(g))
		for j, t := range g {
			words[i][j] = t.Text
		}
	}
	tags := s.Model.TagDocument(words)
	for i, g := range groups {
		d.Mentions = appendMentions(d.Mentions, body, g, tags[i])
	}
	return nil
}

// sentenceTokens splits toks by the sentences; tokens outside every sentence
// form sentences of their own, so none is left untagged.
func sentenceTokens(toks []storyline.Token, sents []storyline.Span) [][]storyline.Token {
	var out [][]storyline.Token
	i := 0
	for _, s := range sents {
		start := i
		for i < len(toks) && toks[i].End <= s.End {
			i++
		}
		if i > start {
			out = append(out, toks[start:i])
		}
	}
	if i < len(toks) {
		out = append(out, toks[i:])
	}
	return out
}

// splitLines splits sentences at line breaks, except where the next line
// goes on in lower case (a hard-wrapped sentence): the text stage ends
// sentences only at blank lines, but a headline, a dateline ("Lyon, France
// (AFP) -") and the first paragraph on lines of their
// own are three sentences to the tagger, as they are in CoNLL.
func splitLines(body []rune, groups [][]storyline.Token) [][]storyline.Token {
	var out [][]storyline.Token
	for _, g := range groups {
		start := 0
		for j := 1; j < len(g); j++ {
			if c, _ := utf8.DecodeRuneInString(g[j].Text); !unicode.IsLower(c) && lineBreak(body, g[j-1].End, g[j].Start) {
				out = append(out, g[start:j])
				start = j
			}
		}
		out = append(out, g[start:])
	}
	return out
}

// lineBreak reports a line break between two tokens: a name never runs
// across one, though a sentence without a final stop (a list, a menu) may.
func lineBreak(body []rune, from, to int) bool {
	for i := from; i < to && i < len(body); i++ {
		if body[i] == '\n' {
			return true
		}
	}
	return false
}

func appendMentions(ms []storyline.Mention, body []rune, toks []storyline.Token, tags []string) []storyline.Mention {
	for i := 0; i < len(tags); i++ {
		typ := typeIndex(strings.TrimPrefix(strings.TrimPrefix(tags[i], "B-"), "I-"))
		if typ < 0 {
			continue
		}
		j := i + 1
		for j < len(tags) && tags[j] == "I-"+typeNames[typ] && !lineBreak(body, toks[j-1].End, toks[j].Start) {
			j++
		}
		sp := storyline.Span{Start: toks[i].Start, End: toks[j-1].End}
		if sp.End <= len(body) {
			ms = append(ms, storyline.Mention{Span: sp, Type: entityTypes[typ], Text: string(body[sp.Start:sp.End])})
		}
		i = j - 1
	}
	return ms
}
