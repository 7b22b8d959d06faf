// Package ingest turns input bytes (text dumps, HTML, JSON Lines, RSS/Atom
// feeds, WARC archives, any of them gzipped) into storyline.Page values.
//
// Every reader streams: memory stays bounded by Reader.MaxPageBytes whatever
// the size of the input, so a multi-gigabyte crawl can be read on a laptop.
package ingest

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/storyline-news/storyline"
)

// Input is one thing to read: a file or stdin.
type Input struct {
	Path string // filesystem path; "-" means stdin
	// Name is the id path (CONTRACT.md): the path relative to the folder named
	// on the command line, the bare file name when a file was named directly,
	// "-" for stdin.
	Name string
	Size int64 // bytes on disk, -1 when unknown (stdin)
	// Explicit is set for a file named on the command line rather than found
	// in a folder: a stray file in a folder may be ignored, a named one not.
	Explicit bool
}

// Expand lists the inputs that the command-line paths name: a file as itself,
// a folder recursively (files in lexical order of their relative path, hidden
// files and folders skipped), "-" as stdin. A path that does not exist gives
// an error (storyline.EINPUT) and the others are still returned.
func Expand(paths []string) ([]Input, []error) {
	var inputs []Input
	var errs []error
	for _, p := range paths {
		in, err := expandOne(p)
		inputs = append(inputs, in...)
		errs = append(errs, err...)
	}
	return inputs, errs
}

func expandOne(p string) ([]Input, []error) {
	if p == "-" {
		return []Input{{Path: "-", Name: "-", Size: -1, Explicit: true}}, nil
	}
	info, err := os.Stat(p)
	if err != nil {
		return nil, []error{storyline.InputError("ingest.expand", p, err)}
	}
	if !info.IsDir() {
		return []Input{{Path: p, Name: filepath.Base(p), Size: info.Size(), Explicit: true}}, nil
	}
	return walkDir(p)
}

// walkDir collects the regular files under root. WalkDir's order is lexical
// per folder, which differs from the lexical order of the whole relative path
// ("a/b" is walked before "a-c"), so the result is sorted afterwards.
func walkDir(root string) ([]Input, []error) {
	var inputs []Input
	var errs []error
	walk := func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			errs = append(errs, storyline.InputError("ingest.expand", path, err))
			return nil
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		in, ok, err := fileInput(root, path)
		if err != nil {
			errs = append(errs, err)
		} else if ok {
			inputs = append(inputs, in)
		}
		return nil
	}
	_ = filepath.WalkDir(root, walk) // walk never returns an error itself
	sort.Slice(inputs, func(i, j int) bool { return inputs[i].Name < inputs[j].Name })
	return inputs, errs
}

// fileInput describes one walked file; symlinks are followed to regular
// files, and devices, sockets and pipes are left out.
func fileInput(root, path string) (Input, bool, error) {
	info, err := os.Stat(path)
	if err != nil {
		return Input{}, false, storyline.InputError("ingest.expand", path, err)
	}
	if !info.Mode().IsRegular() {
		return Input{}, false, nil
	}
	rel, err := filepath.Rel(root, path)
	if err != nil {
		return Input{}, false, storyline.InputError("ingest.expand", path, err)
	}
	return Input{Path: path, Name: filepath.ToSlash(rel), Size: info.Size()}, true, nil
}
