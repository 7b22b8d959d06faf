package main

import (
	"context"
	"io"
	"path/filepath"

	"github.com/storyline-news/storyline/extract"
	"github.com/storyline-news/storyline/extract/extracttrain"
)

// fieldTrainer is the command that trains the choice of one page field
// among its statements.
type fieldTrainer struct {
	name string // the command's word: headline, byline
	opts extracttrain.FieldOptions
	out  string
	// about says which statements the field is chosen among.
	about string
}

func (m *Main) trainHeadline(ctx context.Context, args []string) error {
	return m.trainField(ctx, args, fieldTrainer{"headline", extracttrain.FieldOptions{Field: extract.FieldHeadline, GoldKey: "title"},
		filepath.Join("extract", "headline.json"),
		`Learn how to choose an HTML page's headline among its statements of it (the
first <h1> that is no logo, navigation or hidden, it without its kicker,
og:title, twitter:title, the JSON-LD headline, the <title> with and without the
part that names the site, go-trafilatura's pick), from the extraction
benchmark's title gold.`})
}

func (m *Main) trainByline(ctx context.Context, args []string) error {
	return m.trainField(ctx, args, fieldTrainer{"byline", extracttrain.FieldOptions{Field: extract.FieldByline, GoldKey: "author"},
		filepath.Join("extract", "byline.json"),
		`Learn how to choose an HTML page's authors among its statements of them (meta
author and article:author, JSON-LD, Dublin Core, rel=author, itemprop=author,
an element whose class says author or byline, a "By ..." line, the text after a
byline label such as "Von:", the twitter:data a "Written by" twitter:label
names, each also without a role before a colon or a handle, date or role
after it, go-trafilatura's pick), from the extraction benchmark's author gold.`})
}

func (m *Main) trainTextTitle(ctx context.Context, args []string) error {
	return m.trainField(ctx, args, fieldTrainer{"texttitle", extracttrain.FieldOptions{Field: extract.FieldTextTitle, GoldKey: "title"},
		filepath.Join("extract", "texttitle.json"),
		`Learn how to choose a text dump's headline among the texts that can be one
(the first line of the article, the lines above it, and the post title that
the dump's link line names), from the extraction benchmark's title gold and
the dumps in DIR/text.`})
}

func (m *Main) trainTextByline(ctx context.Context, args []string) error {
	return m.trainField(ctx, args, fieldTrainer{"textbyline", extracttrain.FieldOptions{Field: extract.FieldTextByline, GoldKey: "author"},
		filepath.Join("extract", "textbyline.json"),
		`Learn how to choose a text dump's byline among the names its lines hold
near the article ("By X", "Von: X | date", a name line below the headline, an
author box below the article) or none, from the extraction benchmark's
author gold (a null author is gold too: the page names none) and the dumps
in DIR/text. Prints exact, normalised and token-F1 figures on the pages with
an author, the wrong names and the names given to pages without one,
cross-validated by site and on the training folds, and the curve over the
margin a name must hold over "none".`})
}

func (m *Main) trainField(ctx context.Context, args []string, ft fieldTrainer) error {
	fs := m.flags("train "+ft.name, "--data DIR [--out FILE]", ft.about+`

Reads DIR/gold/trafilatura.jsonl and the pages in DIR/html (DIR/text). Prints the
exact accuracy cross-validated by site for each regularisation tried, then
fits on all pages and writes the model. Deterministic: the same data gives
the same bytes.`)
	data := fs.String("data", "", "the extraction benchmark folder (required)")
	out := fs.String("out", ft.out, "where to write the model")
	wrong := fs.Bool("wrong", false, "also print the pages the cross-validated choice got wrong, with their texts and sources (headline, byline)")
	if err := m.parseFlags(fs, args); err != nil {
		return err
	}
	if *data == "" {
		return usageError("train %s needs --data DIR", ft.name)
	}
	ft.opts.Report = m.Stdout
	if *wrong {
		ft.opts.Wrong = m.Stdout
	}
	return writeFileAtomic(*out, func(w io.Writer) error {
		return extracttrain.TrainField(ctx, *data, w, ft.opts)
	})
}

func (m *Main) trainDate(ctx context.Context, args []string) error {
	return m.trainWithWrong(ctx, args, wrongTrainer{"date", filepath.Join("extract", "date.json"),
		"also write to `FILE` the pages the choice cross-validated by site gets wrong, with their candidate days and sources",
		extracttrain.TrainDate,
		`Learn how to choose an HTML page's publication date among the days its
statements name (go-htmldate's extensive answer, meta tags, JSON-LD, <time>,
the URL, the text around the headline and the lead, a date after a label or
in an element marked as one), from the extraction benchmark's date gold
(DIR/gold/htmldate.jsonl, pages read without their URL as the CLI reads a
file). Prints go-htmldate alone and each source alone, the
accuracy cross-validated by site for each regularisation and fallback tried
(below the fallback probability the choice takes go-htmldate's day), the
nested figure (the setting chosen inside each fold), then fits on all pages
with the best setting and writes the model. Deterministic: the same data
gives the same bytes.`})
}

func (m *Main) trainTextDate(ctx context.Context, args []string) error {
	return m.trainWithWrong(ctx, args, wrongTrainer{"textdate", filepath.Join("extract", "textdate.json"),
		"also write to `FILE` the dumps the choice cross-validated by site gets wrong, with their candidate days and sources",
		extracttrain.TrainTextDate,
		`Learn how to choose a text dump's publication date among the dates it
writes around and in its article (the wire dateline, a date line opening the
body, the nearest date line above it, a date line below it, a caption above
it, the lead, further into the body, date lines elsewhere on the page, a
widget, a copyright notice, each marked when a publication or update label
precedes it), from the extraction benchmark's date gold
(DIR/gold/htmldate.jsonl, dumps in DIR/text). Prints each source alone, the
accuracy cross-validated by site for each regularisation tried, the nested
figure (the setting chosen inside each fold), then fits on all dumps with the
best setting and writes the model. Deterministic: the same data gives the
same bytes.`})
}

func (m *Main) trainTextSite(ctx context.Context, args []string) error {
	return m.trainWithWrong(ctx, args, wrongTrainer{"textsite", filepath.Join("extract", "textsite.json"),
		"also write to `FILE` the dumps the rules name no site for and the choice cross-validated by site names wrongly, with their candidates and scores",
		extracttrain.TrainTextSite,
		`Learn how to choose the site that published a text dump among the names its
furniture gives (a domain-shaped word, a name after "at" or "from", a
copyright line's claimant, a masthead line's head or tail, a short line at
the foot, the feeds' titles, a dateline's bracket) or none, from the
extraction benchmark's page URLs (DIR/gold/*.jsonl) and the publisher each
dump's HTML page names (DIR/html): a name is right when it names the URL's
site as scripts/eval-sources.py counts, or spells the publisher. Prints the
hand rules alone, and the choice cross-validated by site for each
regularisation and over the margin a name must hold over "none", then fits
on all dumps and writes the model. Deterministic: the same data gives the
same bytes.`})
}

// wrongTrainer is a trainer command whose --wrong FILE takes what its
// cross-validation gets wrong.
type wrongTrainer struct {
	name, out string
	wrongHelp string // what --wrong FILE is written
	train     func(ctx context.Context, data string, w, report, wrong io.Writer) error
	about     string
}

func (m *Main) trainWithWrong(ctx context.Context, args []string, t wrongTrainer) error {
	fs := m.flags("train "+t.name, "--data DIR [--out FILE] [--wrong FILE]", t.about)
	data := fs.String("data", "", "the extraction benchmark folder (required)")
	out := fs.String("out", t.out, "where to write the model")
	wrong := fs.String("wrong", "", t.wrongHelp)
	if err := m.parseFlags(fs, args); err != nil {
		return err
	}
	if *data == "" {
		return usageError("train %s needs --data DIR", t.name)
	}
	return m.withWrongFile(*wrong, func(wrongTo io.Writer) error {
		return writeFileAtomic(*out, func(w io.Writer) error {
			return t.train(ctx, *data, w, m.Stdout, wrongTo)
		})
	})
}

// withWrongFile runs train with the file at path open for its wrong pages
// (written whole when train succeeds), or with nil when path is empty.
func (m *Main) withWrongFile(path string, train func(wrong io.Writer) error) error {
	if path == "" {
		return train(nil)
	}
	return writeFileAtomic(path, train)
}
