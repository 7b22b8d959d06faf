package storesql

import (
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"

	"github.com/storyline-news/storyline"
)

// Migration is one numbered schema change: a store's embedded file
// migrations/NNNN_name.sql.
type Migration struct {
	Version int
	Name    string // the file's name, NNNN_name.sql
	SQL     string
}

// Migrations reads the migrations of fsys, a store's embedded
// migrations/*.sql, in version order. A name that does not start with a
// positive version and '_' is an error.
func Migrations(fsys fs.FS) ([]Migration, error) {
	names, err := fs.Glob(fsys, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	var ms []Migration
	for _, name := range names {
		base := strings.TrimPrefix(name, "migrations/")
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("migration %s: name must start with a positive version and '_'", base)
		}
		body, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		ms = append(ms, Migration{Version: v, Name: base, SQL: string(body)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].Version < ms[j].Version })
	return ms, nil
}

// SchemaVersion is the newest version of fsys's migrations, 0 when it has
// none or they cannot be read.
func SchemaVersion(fsys fs.FS) int {
	ms, err := Migrations(fsys)
	if err != nil || len(ms) == 0 {
		return 0
	}
	return ms[len(ms)-1].Version
}

// CheckVersion refuses a schema at version current that is newer than the
// newest of ms: written by a newer version of the code, it is never
// touched (EINVALID). Which of ms a schema lacks is each store's to say:
// PostgreSQL applies those above current under its migration lock, SQLite
// every one not recorded, each checked in its own transaction.
func CheckVersion(ms []Migration, current int) error {
	latest := 0
	if len(ms) > 0 {
		latest = ms[len(ms)-1].Version
	}
	if current > latest {
		return &storyline.Error{Code: storyline.EINVALID, Op: "migrate",
			Message: fmt.Sprintf("database schema version %d is newer than this program's %d", current, latest)}
	}
	return nil
}
