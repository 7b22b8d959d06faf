// Package ingest turns input bytes (text dumps, HTML, JSON Lines, RSS/Atom
// feeds, WARC archives, any of them gzipped) into storyline.Page values.
//
// Every reader streams: memory stays bounded by Reader.MaxPageBytes whatever
// the size of the input, so a multi-gigabyte crawl can be read on a laptop.
package ingest

import (
	"errors"
	"fmt"
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
	// the --name given to stdin. Empty for an input that has no name of its
	// own (stdin without --name, a /dev/fd/N pipe): Read names it from its
	// content ("stdin-" or "pipe-" and the first 12 hex digits of its
	// SHA-256).
	Name string
	Size int64 // bytes on disk, -1 when unknown (stdin, pipes)
	// Explicit is set for a file named on the command line rather than found
	// in a folder: a stray file in a folder may be ignored, a named one not.
	Explicit bool
	// skip, when set, says why a file found in a folder is not read (a
	// symbolic link, a named pipe): Read reports it as ErrUnsupported.
	skip string
}

// Label is how messages name the input: its name, else its path.
func (in Input) Label() string {
	switch {
	case in.Name != "":
		return in.Name
	case in.Path == "-":
		return "stdin"
	}
	return in.Path
}

// ExpandOptions tunes Expand.
type ExpandOptions struct {
	// StdinName is the file name stdin ("-") is read as (its format and id);
	// empty: stdin is named from its content.
	StdinName string
}

// Expand lists the inputs that the command-line paths name: a file as itself,
// a folder recursively (files in lexical order of their relative path, hidden
// files and folders skipped), "-" as stdin. A path that does not exist gives
// an error (storyline.EINPUT) and the others are still returned.
//
// Two inputs must not share an id: the same file named twice is read once,
// and of two different files with one name (page.txt in two folders named on
// one command line) the first is read and each later one is refused with an
// EINPUT error that names both, so nothing is overwritten in silence.
func Expand(paths []string) ([]Input, []error) {
	return ExpandOptions{}.Expand(paths)
}

// Expand is Expand with options.
func (o ExpandOptions) Expand(paths []string) ([]Input, []error) {
	var inputs []Input
	var errs []error
	stdin := 0
	for _, p := range paths {
		if p == "-" {
			if stdin++; stdin > 1 {
				errs = append(errs, &storyline.Error{Code: storyline.EINPUT, Op: "ingest.expand", Path: "-", Message: "stdin named more than once on the command line; it is read once"})
				continue
			}
			inputs = append(inputs, Input{Path: "-", Name: o.StdinName, Size: -1, Explicit: true})
			continue
		}
		in, err := expandOne(p)
		inputs = append(inputs, in...)
		errs = append(errs, err...)
	}
	if o.StdinName != "" && stdin == 0 {
		errs = append(errs, storyline.Errorf(storyline.EINVALID, "--name %s names stdin, but - is not among the inputs", o.StdinName))
	}
	inputs, dup := distinct(inputs)
	return inputs, append(errs, dup...)
}

// distinct drops repeats of one file and refuses later inputs whose id is
// taken by an earlier one.
func distinct(inputs []Input) ([]Input, []error) {
	type first struct{ path, abs string }
	byName := map[string]first{}
	var keep []Input
	var errs []error
	for _, in := range inputs {
		if in.Name == "" || in.skip != "" {
			keep = append(keep, in)
			continue
		}
		abs := in.Path
		if a, err := filepath.Abs(in.Path); err == nil && in.Path != "-" {
			abs = a
		}
		f, taken := byName[in.Name]
		switch {
		case !taken:
			byName[in.Name] = first{in.Path, abs}
			keep = append(keep, in)
		case f.abs == abs:
			// the same file named twice (a file and its folder): read once
		default:
			errs = append(errs, &storyline.Error{Code: storyline.EINPUT, Op: "ingest.expand", Path: in.Path,
				Message: fmt.Sprintf("not read: its id %q is already the id of %s, named before it on the command line (name the folder that holds both, or rename one)", in.Name, displayPath(f.path))})
		}
	}
	return keep, errs
}

func displayPath(p string) string {
	if p == "-" {
		return "stdin"
	}
	return p
}

func expandOne(p string) ([]Input, []error) {
	info, err := os.Stat(p)
	if err != nil {
		return nil, []error{storyline.InputError("ingest.expand", p, bare(err))}
	}
	switch {
	case info.IsDir():
		return walkDir(p)
	case info.Mode().IsRegular():
		return []Input{{Path: p, Name: filepath.Base(p), Size: info.Size(), Explicit: true}}, nil
	}
	// A named pipe, a device or a process substitution: read as a stream.
	// A descriptor path (/dev/fd/63, /proc/self/fd/11) is no lasting name, so
	// such an input is named from its content, as stdin is.
	in := Input{Path: p, Name: filepath.Base(p), Size: -1, Explicit: true}
	if isDescriptorPath(p) {
		in.Name = ""
	}
	return []Input{in}, nil
}

// isDescriptorPath reports paths that name a file descriptor rather than a
// file: what a shell passes for <(…).
func isDescriptorPath(p string) bool {
	p = filepath.ToSlash(filepath.Clean(p))
	if p == "/dev/stdin" {
		return true
	}
	dir := filepath.ToSlash(filepath.Dir(p))
	return dir == "/dev/fd" || (strings.HasPrefix(dir, "/proc/") && strings.HasSuffix(dir, "/fd"))
}

// walkDir collects the files under root. WalkDir's order is lexical per
// folder, which differs from the lexical order of the whole relative path
// ("a/b" is walked before "a-c"), so the result is sorted afterwards.
func walkDir(root string) ([]Input, []error) {
	var inputs []Input
	var errs []error
	walk := func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			errs = append(errs, storyline.InputError("ingest.expand", path, bare(err)))
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
		in, err := fileInput(root, path, d)
		if err != nil {
			errs = append(errs, err)
		} else {
			inputs = append(inputs, in)
		}
		return nil
	}
	_ = filepath.WalkDir(root, walk) // walk never returns an error itself
	sort.Slice(inputs, func(i, j int) bool { return inputs[i].Name < inputs[j].Name })
	return inputs, errs
}

// fileInput describes one walked file. Symbolic links are not followed (a
// link in a folder may point anywhere on the machine), and named pipes,
// sockets and devices are not read (a pipe would block): both are listed
// with the reason, which Read reports as a file ignored.
func fileInput(root, path string, d fs.DirEntry) (Input, error) {
	rel, err := filepath.Rel(root, path)
	if err != nil {
		return Input{}, storyline.InputError("ingest.expand", path, bare(err))
	}
	in := Input{Path: path, Name: filepath.ToSlash(rel), Size: -1}
	switch t := d.Type(); {
	case t&fs.ModeSymlink != 0:
		in.skip = "a symbolic link, not followed"
	case !t.IsRegular():
		in.skip = "not a regular file (a named pipe, socket or device)"
	default:
		info, err := d.Info()
		if err != nil {
			return Input{}, storyline.InputError("ingest.expand", path, bare(err))
		}
		in.Size = info.Size()
	}
	return in, nil
}

// bare drops the path an *fs.PathError repeats, since the input error
// names the input already ("x.txt: no such file or directory").
func bare(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
