// Package storyline holds the domain of the storyline news-intelligence engine:
// pages read from the web, the articles cleaned out of them, the annotations
// every pipeline stage adds, and the stories they are grouped into.
//
// The package imports nothing from the module. Stages (extract, ner, quote,
// cluster, ...) and stores (sqlite, postgres) depend on it; only cmd/storyline
// wires them together. See DESIGN.md.
package storyline

// Version is the release of the engine; cmd/storyline may override it at link time.
var Version = "0.1.0-dev"
