package quote

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// goldenNames are the mentions the tagger would give the testdata texts;
// they are hand-made so the golden output depends on this package only.
var goldenNames = map[string][]string{
	"summit.txt": {
		"Ines Barros", "Barros=Ines Barros", "Joost Verhoeven", "Verhoeven=Joost Verhoeven",
		"ORG:Port Authority of Rotterdam",
	},
	"council.txt": {
		"Dana Whitfield", "Whitfield=Dana Whitfield", "Tom Okafor", "Okafor=Tom Okafor",
	},
}

func TestGolden(t *testing.T) {
	s := newStage(t)
	for name, names := range goldenNames {
		t.Run(name, func(t *testing.T) {
			body, err := os.ReadFile(filepath.Join("testdata", name))
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(quotesOf(t, s, docWith(string(body), names...)), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", strings.TrimSuffix(name, ".txt")+".golden.json")
			if *update {
				if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(bytes.TrimSpace(got), bytes.TrimSpace(want)) {
				t.Errorf("quotes differ from %s (run with -update after checking):\n%s", golden, got)
			}
		})
	}
}
