package main

import (
	"flag"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/storyline-news/storyline/cluster"
)

// TestJoinFlags checks that --model loads a join model file (a model as
// train stories writes it) into the options, that --learned takes the
// embedded one, that no flag leaves the hand-set bars, and that a bad
// file is an error rather than the hand bars.
func TestJoinFlags(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "join.json")
	model := `{"features":["margin","date_far"],"mean":[0,0],"scale":[1,1],"weights":[2,-1],"bias":0.5,"threshold":0.4,"merge":0.6,"decay_days":0}`
	if err := os.WriteFile(good, []byte(model), 0o644); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(bad, []byte(`{"features":["no such"],"mean":[0],"scale":[1],"weights":[1]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name      string
		args      []string
		threshold float64 // 0: no model
		wantErr   bool
	}{
		{"hand", nil, 0, false},
		{"learned", []string{"--learned"}, cluster.LearnedOptions().Model.Threshold, false},
		{"model file", []string{"--model", good}, 0.4, false},
		{"model file wins over learned", []string{"--learned", "--model", good}, 0.4, false},
		{"unknown feature", []string{"--model", bad}, 0, true},
		{"missing file", []string{"--model", filepath.Join(dir, "none.json")}, 0, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs := flag.NewFlagSet("test", flag.ContinueOnError)
			fs.SetOutput(io.Discard)
			j := addJoinFlags(fs)
			if err := fs.Parse(tc.args); err != nil {
				t.Fatal(err)
			}
			opts, err := tryList(nil).options(j)
			if tc.wantErr {
				if err == nil {
					t.Fatalf("no error, options %+v", opts)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			m := opts[0].Model
			switch {
			case tc.threshold == 0 && m != nil:
				t.Errorf("model %+v, want the hand bars", m)
			case tc.threshold != 0 && (m == nil || m.Threshold != tc.threshold):
				t.Errorf("model %+v, want threshold %v", m, tc.threshold)
			}
		})
	}
}
