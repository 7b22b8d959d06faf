package extract

import (
	"reflect"
	"testing"
)

func TestDumpCompactAndCrop(t *testing.T) {
	d := NewDump("Title\n\nFirst paragraph of the story.\n\nSecond paragraph.\nFooter\n")
	if d.Len() != 4 || d.Text(1) != "First paragraph of the story." {
		t.Fatalf("NewDump: %d lines, line 1 %q", d.Len(), d.Text(1))
	}
	c := d.Compact()
	for i := range c.Len() {
		if c.lines[i].blankAbove || c.lines[i].blankBelow {
			t.Errorf("compact line %d keeps a blank line beside it", i)
		}
		if c.Text(i) != d.Text(i) {
			t.Errorf("compact line %d = %q, want %q", i, c.Text(i), d.Text(i))
		}
	}
	if !d.lines[1].blankAbove {
		t.Error("Compact changed the dump it was made from")
	}
	cr := d.Crop(1, 3)
	if cr.Len() != 2 || cr.Text(0) != d.Text(1) || len(cr.X) != 2 {
		t.Fatalf("Crop(1,3): %d lines, %d vectors, first %q", cr.Len(), len(cr.X), cr.Text(0))
	}
	if reflect.DeepEqual(cr.X[0], d.X[1]) {
		t.Error("Crop kept the features the line had in the whole dump: position is measured again")
	}
}
