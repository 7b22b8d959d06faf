package quote

// NameVotes gathers, over training texts, the votes that make a given name
// a man's or a woman's (see FirstName). quotetrain feeds it; the rules that
// read a name stay here, beside the stage that reads names the same way.
type NameVotes struct{ nv *nameVotes }

// NewNameVotes starts an empty count.
func NewNameVotes() *NameVotes { return &NameVotes{nv: newNameVotes()} }

// AddText reads one training text.
func (v *NameVotes) AddText(body string) { v.nv.addText(body) }

// AddCoref reads one gold pronoun source and its co-referring mention.
func (v *NameVotes) AddCoref(pronoun, coref string) { v.nv.addCoref(pronoun, coref) }

// Names are the given names the votes settle, sorted by name.
func (v *NameVotes) Names() []FirstName { return v.nv.names() }
