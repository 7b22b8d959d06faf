package entity

import (
	"context"
	"sort"
	"strings"

	"github.com/storyline-news/storyline"
)

// Speakers is the pass after the quote stage that makes every speaker a
// PERSON or ORG entity of the article, as the export contract wants. The
// quote rules know more about some names than the tagger did, and hand it
// over in Doc.Speakers: a name the tagger missed right before a cue ("As
// Politico reported"), a person it typed MISC ("Ivanka Trump", known by a
// first name or a surname), or a group or body it typed MISC ("Republicans
// said", "the American Legion wrote"). Such a name becomes an entity of the
// article, or its entity is retyped. Any other speaker the article holds
// as a place or MISC ("Denmark said", the adjective "Republican"), and a
// word that names nobody ("After threatening to …", namesNobody), loses its
// quotations, since the contract has no such speakers; the quote rules
// still saw it as the cue's subject, so that they did not give the
// quotation to someone else.
type Speakers struct{}

var _ storyline.Stage = Speakers{}

// Info implements storyline.Stage. It reads what the quote stage, built
// for English, hands over, so it runs where that stage runs.
func (Speakers) Info() storyline.StageInfo {
	return storyline.StageInfo{Name: "speakers", Needs: []storyline.Layer{storyline.LayerEntities, storyline.LayerQuotes}, Languages: []string{"en"}}
}

// Process implements storyline.Stage.
func (Speakers) Process(ctx context.Context, d *storyline.Doc) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if d.Article == nil {
		return nil
	}
	qs := d.Article.Quotes
	byName := entityIndex(d)
	for i := range qs {
		name := qs[i].Speaker
		if name == "" {
			continue
		}
		typ, spans := rulesType(d.Speakers, name)
		j, known := byName[name]
		switch {
		case known && canSpeak(d.Article.Entities[j].Type):
		case known && (typ == storyline.Person || typ == storyline.Org && d.Article.Entities[j].Type == storyline.Misc && groupName(name)):
			retype(d, j, typ)
		case !known && canSpeak(typ) && len(spans) > 0 && !namesNobody(name, typ):
			addEntity(d, name, typ, spans)
			byName = entityIndex(d) // the entities were re-sorted
		default:
			qs[i].Speaker = ""
		}
	}
	return nil
}

func entityIndex(d *storyline.Doc) map[string]int {
	out := make(map[string]int, len(d.Article.Entities))
	for i, e := range d.Article.Entities {
		out[e.Name] = i
	}
	return out
}

// groupName reports whether a MISC name can stand for a group that speaks:
// a plural ("Republicans") or a name of several words ("American Legion"),
// not a lone adjective ("Republican", "Mexican").
func groupName(name string) bool {
	return strings.Contains(name, " ") || strings.HasSuffix(name, "s")
}

// canSpeak reports whether the contract lets an entity of type t speak.
func canSpeak(t storyline.EntityType) bool { return t == storyline.Person || t == storyline.Org }

// rulesType is the type the quote rules gave the mentions of a speaker (a
// person when any was one) and the spans of those the entity stage did not
// name.
func rulesType(ev []storyline.SpeakerMention, name string) (storyline.EntityType, []storyline.Span) {
	var typ storyline.EntityType
	var spans []storyline.Span
	for _, m := range ev {
		if m.Speaker != name {
			continue
		}
		if typ != storyline.Person {
			typ = m.Type
		}
		if m.Canonical == "" {
			spans = append(spans, m.Span)
		}
	}
	return typ, spans
}

// retype gives article entity j and its mentions type t.
func retype(d *storyline.Doc, j int, t storyline.EntityType) {
	e := &d.Article.Entities[j]
	for k := range d.Mentions {
		if d.Mentions[k].Canonical == e.Name && d.Mentions[k].Type == e.Type {
			d.Mentions[k].Type = t
		}
	}
	e.Type = t
}

// addEntity adds an entity the quote rules found, with its mentions, keeping
// entities in order of first mention and mentions in body order.
func addEntity(d *storyline.Doc, name string, t storyline.EntityType, spans []storyline.Span) {
	body := d.Runes()
	for _, s := range spans {
		d.Mentions = append(d.Mentions, storyline.Mention{Span: s, Type: t, Text: string(body[s.Start:s.End]), Canonical: name})
	}
	sort.SliceStable(d.Mentions, func(i, j int) bool { return d.Mentions[i].Start < d.Mentions[j].Start })
	d.Article.Entities = append(d.Article.Entities, storyline.ArticleEntity{Name: name, Type: t, Mentions: spans})
	sort.SliceStable(d.Article.Entities, func(i, j int) bool {
		return firstStart(d.Article.Entities[i]) < firstStart(d.Article.Entities[j])
	})
}

func firstStart(e storyline.ArticleEntity) int {
	if len(e.Mentions) == 0 {
		return 0
	}
	return e.Mentions[0].Start
}
