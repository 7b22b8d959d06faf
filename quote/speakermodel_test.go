package quote

import (
	"encoding/json"
	"maps"
	"slices"
	"testing"

	"github.com/storyline-news/storyline"
)

// TestSpeakerFeatureNames checks that the names line up with the feature
// indices: one name per feature, one step feature per finder, no name twice.
func TestSpeakerFeatureNames(t *testing.T) {
	if len(SpeakerFeatures) != numSpeakerFeatures {
		t.Fatalf("%d names for %d features", len(SpeakerFeatures), numSpeakerFeatures)
	}
	if len(ruleSteps) != numRuleSteps {
		t.Fatalf("%d rule steps, numRuleSteps says %d", len(ruleSteps), numRuleSteps)
	}
	for i, want := range map[int]string{fRulePick: "rule_pick", fFirstStep: "step_between", fPrevSpeaker: "prev_speaker", fPronounGap: "pronoun_gap", fNone: "none", fNonePartial: "none_partial"} {
		if SpeakerFeatures[i] != want {
			t.Errorf("feature %d is %q, want %q", i, SpeakerFeatures[i], want)
		}
	}
	sorted := slices.Sorted(slices.Values(SpeakerFeatures))
	if len(slices.Compact(sorted)) != len(SpeakerFeatures) {
		t.Error("a feature name appears twice")
	}
}

// TestEmbeddedSpeakerModelLoads checks that the model `storyline train
// speakers` wrote loads and weighs the rules' pick up.
func TestEmbeddedSpeakerModelLoads(t *testing.T) {
	m, err := LoadSpeakerModel()
	if err != nil {
		t.Fatal(err)
	}
	if m == nil {
		t.Fatal("no speaker model is embedded")
	}
	if i := slices.Index(m.Features, "rule_pick"); i < 0 || m.Weights[i] <= 0 {
		t.Errorf("rule_pick weighs %v, want a positive weight", m.Weights)
	}
	if m.CV["all"] == 0 || m.CV["rules_all"] == 0 {
		t.Errorf("CV %v: want the cross-validated accuracy and the rules' beside it", m.CV)
	}
}

func TestReadSpeakerModel(t *testing.T) {
	good, _ := json.Marshal(SpeakerModel{Features: []string{"rule_pick", "none"}, Weights: []float64{2, -1}})
	unknown, _ := json.Marshal(SpeakerModel{Features: []string{"shoe_size"}, Weights: []float64{1}})
	short, _ := json.Marshal(SpeakerModel{Features: []string{"rule_pick", "none"}, Weights: []float64{1}})
	tests := []struct {
		name    string
		data    string
		wantNil bool
		wantErr bool
	}{
		{"a model", string(good), false, false},
		{"no model", "null\n", true, false},
		{"an unknown feature", string(unknown), true, true},
		{"fewer weights than features", string(short), true, true},
		{"not JSON", "{", true, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, err := ReadSpeakerModel([]byte(tc.data))
			if (err != nil) != tc.wantErr || (m == nil) != tc.wantNil {
				t.Fatalf("got %v, %v; want nil %v, error %v", m, err, tc.wantNil, tc.wantErr)
			}
			if m != nil && (m.full[fRulePick] != 2 || m.full[fNone] != -1 || len(m.full) != numSpeakerFeatures) {
				t.Errorf("full weights %v: want rule_pick 2 and none -1 in place", m.full)
			}
		})
	}
}

// TestSpeakerModelDecides runs the stage with a hand-set model on
// quotations whose speakers the features tell apart.
func TestSpeakerModelDecides(t *testing.T) {
	weights := func(w map[string]float64) *SpeakerModel {
		m := &SpeakerModel{}
		for _, name := range slices.Sorted(maps.Keys(w)) {
			m.Features = append(m.Features, name)
			m.Weights = append(m.Weights, w[name])
		}
		b, _ := json.Marshal(m)
		m, err := ReadSpeakerModel(b)
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	body := "Kallas met Rutte.\n\n“We are ready,” Kallas said."
	tests := []struct {
		name  string
		model *SpeakerModel
		want  string
	}{
		{"the rules' pick", weights(map[string]float64{"rule_pick": 1}), "Kallas"},
		{"nobody", weights(map[string]float64{"none": 5, "rule_pick": 1}), ""},
		{"the nearest name before the quotation", weights(map[string]float64{"nearest_before": 1}), "Rutte"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := newStage(t)
			s.Speakers = tc.model
			qs := quotesOf(t, s, docWith(body, "Rutte", "Kallas"))
			if len(qs) != 1 || qs[0].Speaker != tc.want || qs[0].Cue != "said" {
				t.Errorf("quotes %+v, want one said by %q with the rules' cue", qs, tc.want)
			}
		})
	}
}

// TestReadingSpeakers runs the stage with hand-set Reported weights on a
// reading of reported speech whose subject the readers could not find (an
// untagged name before an apposition), and checks that without them it
// stays without a speaker, and that a reading whose subject they named
// keeps their name whatever the weights.
func TestReadingSpeakers(t *testing.T) {
	weights := func(w map[string]float64) *SpeakerModel {
		m := &SpeakerModel{Asked: AskUnfound}
		for _, name := range slices.Sorted(maps.Keys(w)) {
			m.Features = append(m.Features, name)
			m.Weights = append(m.Weights, w[name])
		}
		return m
	}
	untagged := "Kallas met Rutte in Brussels on Monday.\n\nJillian Chase, 27, a nurse in Tallinn, said the alliance would send more troops to the east next year."
	named := "Kallas met Rutte in Brussels on Monday.\n\nKallas said that the alliance would send more troops to the east next year."
	tests := []struct {
		name     string
		body     string
		reported *SpeakerModel
		want     string
	}{
		{"no weights: nobody", untagged, nil, ""},
		{"nobody", untagged, weights(map[string]float64{"none": 5, "prev_para": 1}), ""},
		{"the name that opens the paragraph before", untagged, weights(map[string]float64{"prev_para": 1, "first_of_sentence": 1}), "Kallas"},
		{"the other name of the paragraph before", untagged, weights(map[string]float64{"prev_para": 1, "first_of_sentence": -1}), "Rutte"},
		{"the readers' name stands", named, weights(map[string]float64{"prev_para": 1, "first_of_sentence": -1}), "Kallas"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := newStage(t)
			m := weights(map[string]float64{"rule_pick": 1})
			m.Reported = tc.reported
			b, _ := json.Marshal(m)
			var err error
			if s.Speakers, err = ReadSpeakerModel(b); err != nil {
				t.Fatal(err)
			}
			qs := quotesOf(t, s, docWith(tc.body, "Rutte", "Kallas"))
			if len(qs) != 1 || qs[0].Kind != storyline.QuoteIndirect || qs[0].Speaker != tc.want || qs[0].Cue != "said" {
				t.Errorf("quotes %+v, want one reading said by %q", qs, tc.want)
			}
		})
	}
}
