package ner

import (
	"slices"
	"strings"
	"testing"
)

func TestFixHeads(t *testing.T) {
	tests := []struct {
		name, words, tags, want string
	}{
		{"misc ending in a head is an org",
			"the World Economic Forum in Davos", "O B-MISC I-MISC I-MISC O B-LOC",
			"O B-ORG I-ORG I-ORG O B-LOC"},
		{"a one-word misc stays",
			"a Forum debate", "O B-MISC O", "O B-MISC O"},
		{"misc without a head stays",
			"the World Cup final", "O B-MISC I-MISC O", "O B-MISC I-MISC O"},
		{"org in a place is split",
			"the European Parliament in Strasbourg said", "O B-ORG I-ORG I-ORG I-ORG O",
			"O B-ORG I-ORG O B-LOC O"},
		{"in after a non-head stays one name",
			"Organisation for Security and Cooperation in Europe", "B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG",
			"B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG"},
		{"in followed by two words stays",
			"Church Council in New York", "B-ORG I-ORG I-ORG I-ORG I-ORG",
			"B-ORG I-ORG I-ORG I-ORG I-ORG"},
		{"person untouched",
			"Mark Council", "B-PER I-PER", "B-PER I-PER"},
		{"an organisation, a title and a person",
			"Air Force Gen. Norman Ham spoke", "B-ORG I-ORG I-ORG I-ORG I-ORG O",
			"B-ORG I-ORG O B-PER I-PER O"},
		{"a title and a person",
			"Gov. Chris Christie spoke", "B-ORG I-ORG I-ORG O", "O B-PER I-PER O"},
		{"a title before an organisation's head stays",
			"President Lincoln Foundation", "B-ORG I-ORG I-ORG", "B-ORG I-ORG I-ORG"},
		{"a spelled-out title opening a name stays",
			"General Motors said", "B-ORG I-ORG O", "B-ORG I-ORG O"},
		{"an abbreviated title before one word stays",
			"Dr. Pepper sold", "B-ORG I-ORG O", "B-ORG I-ORG O"},
		{"a role opening a name stays",
			"the Chief Executive Officer", "O B-MISC I-MISC I-MISC", "O B-MISC I-MISC I-MISC"},
		{"a person's name ending in a weekday loses it",
			"President Obama Monday said", "O B-PER I-PER O", "O B-PER O O"},
		{"a weekday alone is left to the model",
			"Friday said", "B-PER O", "B-PER O"},
		{"an event ending in a weekday stays",
			"on Black Friday sales", "O B-MISC I-MISC O", "O B-MISC I-MISC O"},
		{"no title stays one name",
			"Goldman Sachs Group", "B-ORG I-ORG I-ORG", "B-ORG I-ORG I-ORG"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			words := strings.Fields(tt.words)
			tags := toBILOU(strings.Fields(tt.tags))
			fixHeads(words, tags)
			if got := toIOB(tags); !slices.Equal(got, strings.Fields(tt.want)) {
				t.Errorf("got %v, want %s", got, tt.want)
			}
		})
	}
}
