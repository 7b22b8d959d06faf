package nertrain

import (
	"bufio"
	"context"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/text"
)

// DefaultUnlabelled names the shared corpora beside the NER data file data
// (quotes/, events/ and extraction/text/ beside its folder) whose text, not
// their labels, the word clusters are learned from.
func DefaultUnlabelled(data string) []string {
	root := filepath.Dir(filepath.Dir(data))
	var out []string
	for _, p := range []string{"quotes", "events", filepath.Join("extraction", "text")} {
		if st, err := os.Stat(filepath.Join(root, p)); err == nil && st.IsDir() {
			out = append(out, filepath.Join(root, p))
		}
	}
	return out
}

// ReadUnlabelled tokenises the text of every .txt file and of the "text"
// (or "body") field of every .jsonl record under paths, one token slice per
// sentence, in a fixed order (paths as given, files sorted by name): what
// Options.Unlabelled holds. Sentences are split by text.SentencesByShape, as
// when the embedded model was trained, so train ner writes its bytes again.
func ReadUnlabelled(ctx context.Context, paths []string) ([][]string, error) {
	var sents [][]string
	for _, root := range paths {
		files, err := unlabelledFiles(root)
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			texts, err := fileTexts(f)
			if err != nil {
				return nil, err
			}
			for _, t := range texts {
				sents = appendSentences(sents, t)
			}
		}
	}
	return sents, nil
}

func unlabelledFiles(root string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && (strings.HasSuffix(p, ".txt") || strings.HasSuffix(p, ".jsonl")) {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return nil, storyline.InputError("train ner", root, err)
	}
	sort.Strings(files)
	return files, nil
}

func fileTexts(path string) ([]string, error) {
	if strings.HasSuffix(path, ".txt") {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, storyline.InputError("train ner", path, err)
		}
		return []string{string(b)}, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, storyline.InputError("train ner", path, err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var rec struct{ Text, Body string }
		if json.Unmarshal(sc.Bytes(), &rec) != nil {
			continue // not every line need be a record with text
		}
		out = append(out, rec.Text+"\n\n"+rec.Body)
	}
	if err := sc.Err(); err != nil {
		return nil, storyline.InputError("train ner", path, err)
	}
	return out, nil
}

func appendSentences(sents [][]string, body string) [][]string {
	toks := text.Tokenize(body)
	i := 0
	for _, s := range text.SentencesByShape(body, toks) {
		var words []string
		for i < len(toks) && toks[i].End <= s.End {
			words = append(words, toks[i].Text)
			i++
		}
		if len(words) > 0 {
			sents = append(sents, words)
		}
	}
	return sents
}
