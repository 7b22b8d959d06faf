package quote

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/entity"
	"github.com/storyline-news/storyline/ner"
	"github.com/storyline-news/storyline/text"
)

// TestZZDebug is a temporary error-analysis helper (removed before commit).
func TestZZDebug(t *testing.T) {
	id := os.Getenv("QDOC")
	if id == "" {
		t.Skip()
	}
	f, _ := os.Open(os.Getenv("QGOLD"))
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	m, err := ner.Load()
	if err != nil {
		t.Fatal(err)
	}
	st := []storyline.Stage{text.Stage{}, ner.NewStage(m), entity.Stage{}}
	for sc.Scan() {
		var g struct {
			DocID string `json:"doc_id"`
			Text  string `json:"text"`
		}
		json.Unmarshal(sc.Bytes(), &g)
		if g.DocID != id {
			continue
		}
		d := &storyline.Doc{Article: &storyline.Article{Body: g.Text}}
		for _, s := range st {
			s.Process(context.Background(), d)
		}
		lx, _ := LoadLexicon()
		a := newAnalysis(d, lx)
		fmt.Println("genders:", a.gender)
		fmt.Println("names:", a.names)
	}
}
