package storyline

// IngestResult is what one ingest of one input did (CONTRACT.md, POST
// /api/ingest): the pages committed, the ids of the articles stored, and
// the inputs that could not be read, each with the reason.
type IngestResult struct {
	Pages    int             `json:"pages"`
	Articles []string        `json:"articles"`
	Failed   []IngestFailure `json:"failed"`
	// Unchanged are the ids of the pages the store already held as they
	// are: nothing was written for them, and their articles stand (an
	// article's id is its page's, or the page's with #1, #2… when the page
	// holds several).
	Unchanged []string `json:"unchanged"`
}

// IngestFailure is one input (or page of an input) that was skipped.
type IngestFailure struct {
	Input string `json:"input"`
	Error string `json:"error"`
}
