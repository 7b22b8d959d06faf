package text

import (
	"context"
	"testing"

	"github.com/storyline-news/storyline"
)

func TestStage(t *testing.T) {
	d := &storyline.Doc{Article: &storyline.Article{Body: "Rutte’s plan. It failed.\n\nNew paragraph"}}
	if err := (Stage{}).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(d.Tokens) != 9 {
		t.Errorf("got %d tokens: %v", len(d.Tokens), d.Tokens)
	}
	if len(d.Sentences) != 3 {
		t.Errorf("got %d sentences: %v", len(d.Sentences), d.Sentences)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := (Stage{}).Process(ctx, d); err == nil {
		t.Error("a cancelled context did not stop the stage")
	}
}
