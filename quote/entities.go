package quote

import "github.com/storyline-news/storyline"

// speakerEvidence is what the quote rules hand over to the entity stage's
// Speakers pass about the speakers of qs: every PERSON or ORG mention
// outside quotation marks that they read as one of them, with the type they
// read it as. Entity decides which become entities (entity.Speakers).
func (ca *cast) speakerEvidence(qs []storyline.Quote) []storyline.SpeakerMention {
	speakers := map[string]bool{}
	for _, q := range qs {
		if q.Speaker != "" {
			speakers[q.Speaker] = true
		}
	}
	var out []storyline.SpeakerMention
	for _, m := range ca.ments {
		if n := ca.name(m); speakers[n] {
			out = append(out, storyline.SpeakerMention{Mention: m, Speaker: n})
		}
	}
	return out
}

// canSpeak reports whether the contract lets an entity of type t speak.
func canSpeak(t storyline.EntityType) bool { return t == storyline.Person || t == storyline.Org }
