package extract
import ("testing";"os";"fmt";"context";"bufio";"encoding/json";"github.com/storyline-news/storyline")
func TestDbgTitles(t *testing.T){
	if os.Getenv("DBGT")=="" { t.Skip() }
	f,_:=os.Open("/work/shared/data/extraction/gold/trafilatura.jsonl"); sc:=bufio.NewScanner(f); sc.Buffer(nil, 1<<26)
	x:=New(Options{Now:testNow}); n:=0
	for sc.Scan(){ var r map[string]any; json.Unmarshal(sc.Bytes(), &r); g,_:=r["title"].(string); if g=="" {continue}
		b,_:=os.ReadFile("/work/shared/data/extraction/text/"+r["id"].(string)+".txt")
		a,_:=x.Extract(context.Background(), &storyline.Page{Format:storyline.FormatText, Text:string(b)})
		p:=""; if len(a)>0 {p=a[0].Title}
		if p!=g { fmt.Printf("GOLD %q\nPRED %q\n", g, p); n++ }
		if n>40 {break}
	}
}
