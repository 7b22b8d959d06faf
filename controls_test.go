package storyline

import "testing"

func TestDropControls(t *testing.T) {
	tests := []struct {
		in        string
		keepSpace bool
		want      string
	}{
		{"plain title", false, "plain title"},
		{"\x1b[2J\x1b[31mclear", false, "clear"},
		{"\x1b]0;title\x07after", false, "after"},
		{"\x1b]8;;http://x\x1b\\link", false, "link"},
		{"reset\x1bc", false, "reset"},
		{"8-bit\u009b1m csi", false, "8-bit csi"},
		{"bell\x07 nul\x00 del\x7f c1\u0085", false, "bell nul del c1"},
		{"cut\x1b[", false, "cut"},
		{"two\nlines\ttab\r", false, "twolinestab"},
		{"two\nlines\ttab\x1b[1m", true, "two\nlines\ttab"},
		{"rtl\u202eevil", false, "rtl\u202eevil"}, // not a control: the terminal's business
	}
	for _, tt := range tests {
		if got := DropControls(tt.in, tt.keepSpace); got != tt.want {
			t.Errorf("DropControls(%q, %v) = %q, want %q", tt.in, tt.keepSpace, got, tt.want)
		}
	}
}
