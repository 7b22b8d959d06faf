package lang

import "testing"

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
		{"unsure in Latin letters stays unknown", "Request unsuccessful. Incapsula incident ID: 7030001601", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Detect(tt.text); got != tt.want {
				t.Errorf("Detect(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
