package quote

import (
	"strings"
	"testing"

	"github.com/storyline-news/storyline"
)

// readingsOf lists every reading of reported speech the structural readers
// find in body, before the model decides.
func readingsOf(t *testing.T, body string, names ...string) []reportedCand {
	t.Helper()
	d := docWith(body, names...)
	r, _ := newStage(t).marked(d)
	var out []reportedCand
	for _, s := range d.Sentences {
		out = append(out, r.sentenceCandidates(s)...)
	}
	return out
}

// TestReportedReadings checks that the structural readers propose the
// shapes of reported speech the subject, nominal and trailing readers
// missed, with their path, content and speaker.
func TestReportedReadings(t *testing.T) {
	tests := []struct {
		name    string
		body    string
		names   []string
		path    reportPath
		text    string
		speaker string
	}{
		{
			name:    "a subject with a long apposition",
			body:    "Maria Oyelaran, 44, a nurse from the east side of Dunmore, said the clinic had lost half of its staff since the spring.",
			names:   []string{"Maria Oyelaran", "Dunmore"},
			path:    pathOpen,
			text:    "the clinic had lost half of its staff since the spring",
			speaker: "Maria Oyelaran",
		},
		{
			name:    "a second verb of the same subject",
			body:    "Lena Ortiz toured the flooded school on Monday and said the repairs would take at least a year.",
			names:   []string{"Lena Ortiz"},
			path:    pathOpen,
			text:    "the repairs would take at least a year",
			speaker: "Lena Ortiz",
		},
		{
			name:    "a common noun broken off its cue by an aside",
			body:    "Several farmers, however, say the new tariff will raise the price of feed next year.",
			path:    pathOpen,
			text:    "the new tariff will raise the price of feed next year",
			speaker: "",
		},
		{
			name:    "a participle after the main clause",
			body:    "Tom Brandt spoke to reporters on Friday, adding that the bridge would reopen before the winter.",
			names:   []string{"Tom Brandt"},
			path:    pathParticiple,
			text:    "the bridge would reopen before the winter",
			speaker: "Tom Brandt",
		},
		{
			name:    "a trailing attribution with its name right before the cue",
			body:    "The council will cut the harbour budget by a tenth next year, Kowalczyk said.",
			names:   []string{"Kowalczyk=Anna Kowalczyk"},
			path:    pathTrailing,
			text:    "The council will cut the harbour budget by a tenth next year",
			speaker: "Anna Kowalczyk",
		},

		{
			name:    "a trailing attribution that goes on with a participle",
			body:    "The dam held through the night, Ilse Varga said on Friday, adding that the town had been lucky.",
			names:   []string{"Ilse Varga"},
			path:    pathTrailing,
			text:    "The dam held through the night",
			speaker: "Ilse Varga",
		},
		{
			name:    "a parenthetical attribution inside what was said",
			body:    "The new levy, Varga said on Friday, would pay for the harbour wall within five years.",
			names:   []string{"Varga=Ilse Varga"},
			path:    pathSubject,
			text:    "The new levy, Varga said on Friday, would pay for the harbour wall within five years",
			speaker: "Ilse Varga",
		},
		{
			name: "according to a source that names no one",
			body: "Turnout fell to its lowest level in two decades, according to a new survey.",
			path: pathAccording,
			text: "Turnout fell to its lowest level in two decades",
		},
		{
			name:    "reported speech before a quotation in the same sentence",
			body:    "Ortiz said the repairs would take a year, and then, “We are doing what we can.”",
			names:   []string{"Ortiz=Lena Ortiz"},
			path:    pathSubject,
			text:    "the repairs would take a year, and then",
			speaker: "Lena Ortiz",
		},
		{
			name:    "a sentence the splitter left with the mark of the next quotation",
			body:    "Lena Ortiz said the school would open again in the autumn. ''We owe it to the children,'' she said.",
			names:   []string{"Lena Ortiz"},
			path:    pathSubject,
			text:    "the school would open again in the autumn",
			speaker: "Lena Ortiz",
		},
		{
			name:    "a headline that gives its speaker before a colon",
			body:    "Ortiz: Flooded school will open again in the autumn.\n\nThe mayor spoke on Monday.",
			names:   []string{"Ortiz=Lena Ortiz"},
			path:    pathColon,
			text:    "Flooded school will open again in the autumn",
			speaker: "Lena Ortiz",
		},
		{
			name: "a headline whose subject before the colon names nobody",
			body: "Survey: Turnout in the valley fell to a record low.",
			path: pathColon,
			text: "Turnout in the valley fell to a record low",
		},
		{
			name:    "a person of a place before the cue",
			body:    "Senator Mary Landrieu of Louisiana said on Tuesday that the levee bill would pass.",
			names:   []string{"Mary Landrieu"},
			path:    pathSubject,
			text:    "the levee bill would pass",
			speaker: "Mary Landrieu",
		},
		{
			name:    "a person of a body the tagger found",
			body:    "Michael Tanner of the Cato Institute said that the plan would fail.",
			names:   []string{"Michael Tanner", "ORG:Cato Institute"},
			path:    pathSubject,
			text:    "the plan would fail",
			speaker: "Michael Tanner",
		},
		{
			name:    "a body after of with no person before it keeps its reading",
			body:    "The head of the Cato Institute said that the plan would fail.",
			names:   []string{"ORG:Cato Institute"},
			path:    pathSubject,
			text:    "the plan would fail",
			speaker: "Cato Institute",
		},
		{
			name:    "a short object",
			body:    "The harbour will stay closed until June. Lena Ortiz declined to comment.",
			names:   []string{"Lena Ortiz"},
			path:    pathSubject,
			text:    "to comment",
			speaker: "Lena Ortiz",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := readingsOf(t, tc.body, tc.names...)
			for _, c := range got {
				if c.path == tc.path && c.q.Text == tc.text && c.q.Kind == storyline.QuoteIndirect {
					if c.q.Speaker != tc.speaker {
						t.Errorf("speaker %q, want %q", c.q.Speaker, tc.speaker)
					}
					return
				}
			}
			for _, c := range got {
				t.Logf("reading: path %d cue %q %q [%s]", c.path, c.q.Cue, c.q.Text, c.q.Speaker)
			}
			t.Errorf("no reading of path %d with text %q", tc.path, tc.text)
		})
	}
}

// TestReportedNotSpeech checks sentences that tell of events, not of what
// anybody said, against the whole stage with its model: they give no
// quotation.
func TestReportedNotSpeech(t *testing.T) {
	tests := []struct {
		name  string
		body  string
		names []string
	}{
		{"a river that began to fall", "The River Alder began to fall on Tuesday after a week of heavy rain had flooded the valley.", nil},
		{"calls for as a noun", "Calls for a new bridge over the river grew louder after the second flood in a year.", nil},
		{"a noun after a verb in -ed", "The flood last spring reinforced calls for the county to reduce its reliance on the old dam.", nil},
		{"a participle of no speech", "Lena Ortiz drove to the harbour on Monday, taking the long road around the flooded valley.", []string{"Lena Ortiz"}},
	}
	s := newStage(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := quotesOf(t, s, docWith(tc.body, tc.names...)); len(got) != 0 {
				t.Errorf("got %+v, want no quotation", got)
			}
		})
	}
}

// TestReadingAsked checks where the speaker model is asked about a
// reading: where the readers found no subject, not where they found one
// that names nobody, nor where they named it.
func TestReadingAsked(t *testing.T) {
	tests := []struct {
		name  string
		body  string
		names []string
		want  SpeakerAsked
	}{
		{"a named subject", "Lena Ortiz said the bridge would reopen before the spring.", []string{"Lena Ortiz"}, AskReadersNamed},
		{"the officials of a campaign", "Ortiz campaign officials also said the emails were never classified.", []string{"Ortiz=Lena Ortiz"}, AskNameless},
		{"according to a survey", "Turnout fell to its lowest level in two decades, according to a new survey.", nil, AskNameless},
		{"an untagged subject with an apposition", "Jillian Chase, 27, a nurse in Ohio, said the clinic had lost half of its staff.", nil, AskUnfound},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := docWith(tc.body, tc.names...)
			r, _ := newStage(t).marked(d)
			var got []SpeakerAsked
			for _, s := range d.Sentences {
				for _, c := range r.sentenceCandidates(s) {
					got = append(got, r.readingAsked(c))
				}
			}
			if len(got) == 0 || got[0] != tc.want {
				t.Errorf("asked %v, want %v first", got, tc.want)
			}
		})
	}
}

// TestPastAffiliation checks how far the place or body a person is "of"
// reaches.
func TestPastAffiliation(t *testing.T) {
	tests := []struct {
		text, after string // after: the token pastAffiliation stops at
	}{
		{"of Ohio said", "said"},
		{"of New York argued", "argued"},
		{"of the Cato Institute said", "said"},
		{"of the University of Chicago said", "said"},
		{"of the Center for American Progress said", "said"},
		{"of course said", "of"}, // no capitalised place
		{"said", "said"},
		{"of the said", "of"},
		{"of Ohio and Jones of Texas said", "and"},      // two people
		{"of Ohio Governor Joe Biden said", "Governor"}, // a title opens a name
		{"of Reuters\n\nJoe Biden said", "Joe"},         // a paragraph ends it
		{"of Procter & Gamble said", "&"},
	}
	for _, tt := range tests {
		v := newView(docWith(tt.text))
		k := v.pastAffiliation(0, len(v.toks))
		got := "(end)"
		if k < len(v.toks) {
			got = v.toks[k].Text
		}
		if got != tt.after {
			t.Errorf("pastAffiliation(%q) stops at %q, want %q", tt.text, got, tt.after)
		}
	}
}

// TestLongSentenceWindows checks that text far longer than a sentence,
// without a stop, is read in windows of maxReportedSentence tokens: a
// reading inside a later window is still proposed, and no reading spans
// two windows (the cost stays linear in the text's length).
func TestLongSentenceWindows(t *testing.T) {
	filler := strings.Repeat("word ", maxReportedSentence+40)
	body := filler + "Lena Ortiz said the repairs would take at least a year " + filler
	d := docWith(body, "Lena Ortiz")
	if len(d.Sentences) != 1 {
		t.Fatalf("the body is %d sentences, want one", len(d.Sentences))
	}
	r, _ := newStage(t).marked(d)
	cs := r.sentenceCandidates(d.Sentences[0])
	found := false
	for _, c := range cs {
		if c.q.Speaker == "Lena Ortiz" && strings.HasPrefix(c.q.Text, "the repairs would take") {
			found = true
		}
		if lo, hi := r.tokenAt(c.q.Start), r.tokenAt(c.q.End); lo/maxReportedSentence != (hi-1)/maxReportedSentence {
			t.Errorf("reading %q spans tokens %d-%d, across a window's edge", c.q.Text, lo, hi)
		}
	}
	if !found {
		t.Errorf("the reading in the second window was not proposed; got %d readings", len(cs))
	}
}
