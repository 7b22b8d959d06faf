// Package quote finds quotations in an article body (direct, partial and
// reported speech) and names who said them, as canonical entity names.
//
// It is rules over the tokens and the entity mentions, and one small model
// for reported speech (reportmodel.go, trained by quotetrain.TrainReported):
// pair the quotation marks of each paragraph (a curly quote may nest in a curly quote),
// join quotes that run over paragraphs or are split by their cue (but not
// transcript lines, "PENCE: …", each a turn of the person named), then look
// for a cue (from a lexicon learned by quotetrain.Train on PolNeAR, each form with its
// own share where the data has enough of it, and with how often its speaker
// follows it: "said Rutte", never "criticized Obama") and its subject around
// each quote. Two parts of a quotation stay one across an attribution clause
// of up to 40 tokens when it opens with its cue (one speaker, cue and kind,
// exported as a quote for each pair of marks, the later ones marked
// Continues), and so do quotations that go on with the attribution of the
// one before: fragments of one clause with one cue and speaker ("like a
// spoiled child" and "not a smart man"), and a full quotation with no cue of
// its own after the sentence of a full quotation's attribution in the same
// paragraph; a short title-case phrase
// after a possessive or "titled" is a title. The rules' pick is not the last
// word: a learned speaker model (speakermodel.go, trained by
// quotetrain.TrainSpeakers) re-decides who said each quotation with marks,
// a conditional logit over the names of its paragraph and the ones either
// side, the people the pronouns at its cues stand for, what each finder of
// the rules proposes and nobody, described by where and how each is named
// (speakerfeatures.go). It is asked where the rules name someone or find
// no attribution at all; where a finder found an attribution it could not
// name ("an aide to Sanders said") nobody stands. Weights of its own
// choose the speakers of reported speech whose subject the readers could
// not find. Pronouns are resolved
// to people by distance, the paragraph (a person named in the pronoun's own),
// subject position, the chain of earlier pronouns and the gender the document
// shows (honorifics, pronouns) or the first names quotetrain.Train learned; "it" and
// "they" to an organisation in subject position. A common-noun speaker ("a
// spokesman for X", "the nominee") is the name inside it or the person the
// document described with that noun, but "an aide to X" or "a source close to
// X" speaks for nobody we can name; a definite description no title ties to
// a name ("the US president") is the subject of the sentence before or the
// name that opens the next. A speaker is never a pronoun: when no name can
// be given it is empty.
//
// Read it in this order. Each part is a small type over one body that
// reads the parts before it through fields (all share the view); Stage
// builds them in this order for every Doc (stage.go):
//
//   - view.go: view, the read-only view of the body (tokens, paragraphs,
//     the quoted segments marks.go pairs, sentence and clause windows); it
//     decides nothing.
//   - cue.go: cues, the view read with the cue lexicon (lexicon.go,
//     lemma.go, names.go): which tokens are cues, and the words around a
//     cue the speaker rules test.
//   - cast.go, roles.go, candidates.go, pronoun.go, nominal.go,
//     entities.go: cast, who can speak: the mentions the rules read (typed
//     by entity.Reading), their names and genders, the pronoun chain, the
//     nouns the text describes its people with; the candidates near a
//     token, and the name a mention, a pronoun or a common noun stands for;
//     the evidence handed to entity.Speakers.
//   - find.go: quotations, the quoted segments joined into quotations,
//     classified, and kept or dropped.
//   - attribute.go, speaker.go: attributor, each quotation's speaker, the
//     finders in the order they are tried.
//   - speakerfeatures.go, speakermodel.go: the learned decision over the
//     attributor's work: each quotation's speaker candidates and their
//     features, and the conditional logit that chooses among them.
//   - reported.go, reportmodel.go: reportReader, reported speech without
//     marks: every reading the structural readers find ("X said (that) …",
//     "…, X said.", "according to X", "X, he said, …", ", adding that …",
//     a cue whose subject they cannot name, "Sanders: …" in a headline or
//     a transcript), also in the runs of a sentence outside its quotation
//     marks; its features, each again crossed with a strong cue and with
//     marks in the sentence; and the logistic regression that keeps the
//     readings whose probability passes a threshold chosen for precision
//     0.85 in cross-validation.
//   - reportspeakers.go: the speaker of a kept reading whose subject the
//     readers could not find, chosen by the speaker model's Reported
//     weights over the candidates a quotation with marks has (a subject
//     they named stands, and one that names nobody, "Clinton campaign
//     officials said", stays nobody's).
//   - possessor.go: last, over every quote the stage keeps, grammar the
//     model cannot see: words a cue gives to "X's lawyer" (or wife,
//     aide, supporters) are not X's but the name the phrase stands in
//     apposition to, or the person the body describes with that noun
//     beside X ("Strzok attorney Aitan Goelman"), else nobody's.
package quote
