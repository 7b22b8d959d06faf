package lang

import (
	"strings"
	"testing"

	"github.com/abadojack/whatlanggo"
)

func TestDetect(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"english", "The European Union is ready to sign a defence and security pact, the bloc's top diplomat said on Wednesday.", "en"},
		{"german", "Die Europäische Union ist bereit, ein Verteidigungsabkommen zu unterzeichnen, sagte die Außenbeauftragte am Mittwoch.", "de"},
		{"french", "L'Union européenne est prête à signer un pacte de défense et de sécurité, a déclaré mercredi la cheffe de la diplomatie.", "fr"},
		{"empty", "", ""},
		{"digits only", "12345 678 90", ""},
		{"persian has no two-letter code in the detector", "در این گزارش آمده است که دولت برنامه جدیدی دارد", "fa"},
		{"a script the detector does not know is not English", "Հայաստանի կառավարությունը հայտարարել է", Undetermined},
		{"unsure in Latin letters is not known to be English", "Request unsuccessful. Incapsula incident ID: 7030001601", Undetermined},
		{"a lead of figures hides the language for the first sample", strings.Repeat("2022 – 1:0, 2:1, 3:3 (45.) ", 16) +
			"Die Mannschaft gewann am Samstag vor heimischem Publikum und steht damit wieder an der Spitze der Tabelle. " +
			"Der Trainer sagte nach dem Spiel, dass seine Spieler in der zweiten Halbzeit deutlich besser gewesen seien.", "de"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Detect(tt.text); got != tt.want {
				t.Errorf("Detect(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestCodesAreCodeOf holds the table code reads to codeOf, for every
// language whatlanggo knows and one it does not.
func TestCodesAreCodeOf(t *testing.T) {
	for l := range whatlanggo.Langs {
		if got, want := code(l), codeOf(l); got != want {
			t.Errorf("code(%v) = %q, codeOf %q", l, got, want)
		}
	}
	if got, want := code(whatlanggo.Lang(-1)), codeOf(whatlanggo.Lang(-1)); got != want {
		t.Errorf("code(-1) = %q, codeOf %q", got, want)
	}
}
