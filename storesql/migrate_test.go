package storesql

import (
	"testing"
	"testing/fstest"

	"github.com/storyline-news/storyline"
)

func TestMigrations(t *testing.T) {
	fsys := fstest.MapFS{
		"migrations/0010_later.sql": {Data: []byte("C")},
		"migrations/0002_two.sql":   {Data: []byte("B")},
		"migrations/0001_init.sql":  {Data: []byte("A")},
	}
	ms, err := Migrations(fsys)
	if err != nil {
		t.Fatal(err)
	}
	var got []int
	for _, m := range ms {
		got = append(got, m.Version)
	}
	if len(ms) != 3 || got[0] != 1 || got[1] != 2 || got[2] != 10 || ms[2].Name != "0010_later.sql" || ms[2].SQL != "C" {
		t.Errorf("Migrations = %+v, want versions 1, 2, 10 in order", ms)
	}
	if v := SchemaVersion(fsys); v != 10 {
		t.Errorf("SchemaVersion = %d, want 10", v)
	}
	for _, bad := range []string{"migrations/init.sql", "migrations/0_zero.sql", "migrations/0003.sql"} {
		if _, err := Migrations(fstest.MapFS{bad: {Data: []byte("X")}}); err == nil {
			t.Errorf("Migrations accepted %s", bad)
		}
	}

	for _, tt := range []struct {
		current int
		code    string
	}{{0, ""}, {5, ""}, {10, ""}, {11, storyline.EINVALID}} {
		if err := CheckVersion(ms, tt.current); storyline.ErrorCode(err) != tt.code || (tt.code == "") != (err == nil) {
			t.Errorf("CheckVersion(%d) = %v, want code %q", tt.current, err, tt.code)
		}
	}
}
