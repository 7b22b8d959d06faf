package queue

import (
	"encoding/json"
	"fmt"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/pipeline"
)

// result is what a worker hands the sequencer for one message: the page
// and what the parallel stages made of it, or the reason it failed.
type result struct {
	Kind string          `json:"kind"`
	Page *storyline.Page `json:"page,omitempty"`
	Docs []wireDoc       `json:"docs,omitempty"`
	// Err and Code describe a page the stages could not clean; the
	// sequencer reports and skips it, as storyline ingest does.
	Err  string `json:"err,omitempty"`
	Code string `json:"code,omitempty"`
	// Hash is the page's content hash, sent in place of its content, which
	// the sequential steps do not read (a page of HTML is most of a
	// result's bytes otherwise).
	Hash string `json:"hash,omitempty"`
}

// wireDoc is the part of a Doc the sequential steps read: the article and
// its entity mentions (linking and clustering look at nothing else; tokens
// and sentences stay with the worker).
type wireDoc struct {
	Article  *storyline.Article  `json:"article"`
	Mentions []storyline.Mention `json:"mentions,omitempty"`
}

// encodeResult encodes the result of a page whose content hash is hash;
// with a hash, the page goes without its content.
func encodeResult(r pipeline.Result, hash string) ([]byte, error) {
	w := result{Kind: kindPage, Page: r.Page}
	if hash != "" && r.Page != nil {
		p := *r.Page
		p.Text, p.HTML = "", nil
		w.Page, w.Hash = &p, hash
	}
	if r.Err != nil {
		w.Err, w.Code = r.Err.Error(), storyline.ErrorCode(r.Err)
	}
	for _, d := range r.Docs {
		w.Docs = append(w.Docs, wireDoc{Article: d.Article, Mentions: d.Mentions})
	}
	return json.Marshal(&w)
}

func decodeResult(b []byte) (*result, pipeline.Result, error) {
	var w result
	if err := json.Unmarshal(b, &w); err != nil {
		return nil, pipeline.Result{}, fmt.Errorf("decode result: %w", err)
	}
	switch {
	case w.Kind == kindEnd || w.Kind == kindDead:
	case w.Kind != kindPage:
		return nil, pipeline.Result{}, fmt.Errorf("decode result: unknown kind %q", w.Kind)
	case w.Page == nil || w.Page.ID == "":
		return nil, pipeline.Result{}, fmt.Errorf("decode result: a page result without its page")
	}
	r := pipeline.Result{Page: w.Page, Hash: w.Hash}
	if w.Err != "" {
		r.Err = &storyline.Error{Code: w.Code, Message: w.Err}
	}
	for _, d := range w.Docs {
		r.Docs = append(r.Docs, &storyline.Doc{Article: d.Article, Page: w.Page, Mentions: d.Mentions})
	}
	return &w, r, nil
}
