// Package quotetrain learns the quote stage's cue lexicon and given-name
// genders from PolNeAR-format data: the file quote embeds as cues.json.
package quotetrain

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/storyline-news/storyline/english"
	"github.com/storyline-news/storyline/quote"
)

// auxiliaries are skipped to find the head of a multi-word cue ("has said").
var auxiliaries = map[string]bool{
	"has": true, "have": true, "had": true, "also": true, "will": true, "would": true,
	"is": true, "was": true, "were": true, "are": true, "be": true, "been": true, "later": true,
	"did": true, "does": true, "do": true, "not": true, "then": true, "could": true, "may": true,
	"should": true, "might": true, "just": true, "further": true, "once": true, "still": true,
	"now": true, "even": true, "first": true, "often": true, "long": true, "never": true, "again": true,
	"didn": true, "doesn": true, "don": true, "can": true, "won": true, "isn": true, "wasn": true,
	"t": true, "s": true, "to": true, "a": true, "an": true, "the": true, "in": true, "it": true,
	"for": true, "on": true, "at": true, "of": true, "by": true, "and": true, "as": true,
}

// skippable reports whether a cue word is not the cue's head: an auxiliary,
// a function word or an adverb ("has said", "repeatedly claimed").
func skippable(w string) bool {
	return auxiliaries[w] || strings.HasSuffix(w, "ly") && len(w) > 4
}

// trainRecord is the part of a PolNeAR line Train reads.
type trainRecord struct {
	Text   string `json:"text"`
	Quotes []struct {
		Cue          *string `json:"cue"`
		CueEnd       *int    `json:"cue_end"`
		Speaker      *string `json:"speaker"`
		SpeakerStart *int    `json:"speaker_start"`
		IsPronoun    bool    `json:"speaker_is_pronoun"`
		Coref        *string `json:"speaker_coref_corenlp"`
	} `json:"quotes"`
}

// Options tune training; the zero value trains the shipped lexicon.
type Options struct {
	Logger *slog.Logger // progress; nil: none
	// Report is where a trainer prints the figures it chose its setting by
	// (cross-validated precision and recall); nil: nowhere.
	Report io.Writer
}

// Train learns the cue lexicon from PolNeAR-format training data (the JSON
// Lines file at data): every gold cue is reduced to its head word's lemma
// and counted, and every word of the texts is counted too, so each lemma
// carries the share of its occurrences that were cues. It also learns which
// given names are men's and which women's (see quote.FirstName). It writes
// the lexicon as JSON to w (the file quote embeds). The same data gives the
// same bytes.
func Train(ctx context.Context, data string, w io.Writer, opts Options) error {
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	f, err := os.Open(data)
	if err != nil {
		return fmt.Errorf("quote train: %w", err)
	}
	defer f.Close()
	cues := map[string]*quote.Cue{}
	seen := map[string]int{}
	nv := quote.NewNameVotes()
	full := map[[2]string]int{} // (first, last) of the full names that spoke
	records := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		if err := ctx.Err(); err != nil {
			return err
		}
		var rec trainRecord
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return fmt.Errorf("quote train: %s: %w", data, err)
		}
		records++
		for _, word := range trainWords(rec.Text) {
			seen[word]++
		}
		nv.AddText(rec.Text)
		body := []rune(rec.Text)
		for _, q := range rec.Quotes {
			if q.Cue != nil {
				countCue(cues, *q.Cue, q.Speaker != nil && q.CueEnd != nil && q.SpeakerStart != nil && invertedSource(body, *q.CueEnd, *q.SpeakerStart))
			}
			if q.IsPronoun && q.Speaker != nil && q.Coref != nil {
				nv.AddCoref(*q.Speaker, *q.Coref)
			}
			if q.Speaker != nil && !q.IsPronoun {
				if first, last, ok := fullName(*q.Speaker); ok {
					full[[2]string{first, last}]++
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("quote train: %w", err)
	}
	names := nv.Names()
	surnames := learnedSurnames(full, names)
	log.Info("quote train: read the training data", "records", records, "cue_lemmas", len(cues), "surnames", len(surnames))
	return writeLexicon(w, cues, seen, names, surnames)
}

// minSurnameCount is how many quotes a full name must have spoken for its
// last word to count as a surname: a name met once may be a misreading.
const minSurnameCount = 3

// fullName splits a source written as a full name, every word capitalised
// ("Donald Trump", "Hillary Rodham Clinton's"), into its first and last
// words, lower case.
func fullName(source string) (first, last string, ok bool) {
	words := strings.Fields(english.StripPossessive(source))
	if len(words) < 2 || len(words) > 4 {
		return "", "", false
	}
	for _, w := range words {
		if !english.StartsUpper(w) || !english.IsNameWord(w) {
			return "", "", false
		}
	}
	return strings.ToLower(words[0]), strings.ToLower(words[len(words)-1]), true
}

// minFirstNameVotes is how many gender votes a first name needs to open a
// full name whose last word is learned as a surname: the words that open
// organisations' names ("Fox News", "House Republicans") collect a few
// stray votes, people's first names hundreds.
const minFirstNameVotes = 20

// learnedSurnames are the last words of the full names that spoke at least
// minSurnameCount times and open with a well-attested first name: "Donald
// Trump" teaches "trump", "White House" and "Fox News" teach nothing. Sorted.
func learnedSurnames(full map[[2]string]int, names []quote.FirstName) []string {
	firsts := map[string]bool{}
	for _, n := range names {
		if n.Male+n.Female >= minFirstNameVotes {
			firsts[n.Name] = true
		}
	}
	count := map[string]int{}
	for fl, n := range full {
		if firsts[fl[0]] {
			count[fl[1]] += n
		}
	}
	var out []string
	for s, n := range count {
		if n >= minSurnameCount {
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}

func trainWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) })
}

// invertedSource reports whether a source that starts at from follows its
// cue, ending at cueEnd, as its inverted subject: "said Rutte", with at most
// three words between ("said former Gov. Ed Rendell"), none of them a
// preposition, which would make the source an agent or a complement instead
// ("was criticized by Rutte", "criticism from Rutte").
func invertedSource(body []rune, cueEnd, from int) bool {
	if from < cueEnd || from > len(body) {
		return false
	}
	gap := trainWords(string(body[cueEnd:from]))
	return len(gap) <= 3 && !slices.ContainsFunc(gap, func(w string) bool { return gapPrepositions[w] })
}

var gapPrepositions = map[string]bool{
	"by": true, "from": true, "of": true, "to": true, "for": true, "against": true, "at": true,
	"with": true, "on": true, "in": true, "among": true, "about": true, "as": true,
}

// countCue adds one gold cue: phrases headed by "according" stay phrases,
// anything else counts under the lemma of its first non-auxiliary word.
// inverted says the source followed the cue ("…,” said Rutte").
func countCue(cues map[string]*quote.Cue, cue string, inverted bool) {
	words := trainWords(cue)
	for len(words) > 1 && skippable(words[0]) {
		words = words[1:]
	}
	if len(words) == 0 || skippable(words[0]) {
		return
	}
	lemma, form := quote.Lemma(words[0]), words[0]
	if words[0] == "according" && len(words) > 1 {
		lemma = "according " + words[1]
	}
	c := cues[lemma]
	if c == nil {
		c = &quote.Cue{Lemma: lemma, Forms: map[string]int{}}
		cues[lemma] = c
	}
	c.Count++
	c.Forms[form]++
	if inverted {
		if c.FormsInverted == nil {
			c.FormsInverted = map[string]int{}
		}
		c.FormsInverted[form]++
	}
}

func writeLexicon(w io.Writer, cues map[string]*quote.Cue, seen map[string]int, names []quote.FirstName, surnames []string) error {
	lx := quote.Lexicon{FirstNames: names, Surnames: surnames}
	for _, c := range cues {
		if c.Count < 2 {
			continue
		}
		c.FormsSeen = map[string]int{}
		for form := range c.Forms {
			c.Seen += seen[form]
			c.FormsSeen[form] = seen[form]
		}
		c.Share = float64(c.Count) / float64(max(c.Seen, c.Count))
		c.Share = float64(int(c.Share*1000+0.5)) / 1000
		lx.Cues = append(lx.Cues, *c)
	}
	sort.Slice(lx.Cues, func(i, j int) bool {
		if lx.Cues[i].Count != lx.Cues[j].Count {
			return lx.Cues[i].Count > lx.Cues[j].Count
		}
		return lx.Cues[i].Lemma < lx.Cues[j].Lemma
	})
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	if err := enc.Encode(lx); err != nil {
		return fmt.Errorf("quote train: write lexicon: %w", err)
	}
	return nil
}
