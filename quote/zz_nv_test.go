package quote
import ("testing";"fmt";"os";"bufio";"encoding/json")
func TestZZNV(t *testing.T){
	f,_:=os.Open("/work/shared/data/quotes/polnear_train.jsonl"); sc:=bufio.NewScanner(f); sc.Buffer(make([]byte,1<<20),64<<20)
	nv:=newNameVotes()
	for sc.Scan(){ var r trainRecord; json.Unmarshal(sc.Bytes(),&r); nv.addText(r.Text)
		for _, q := range r.Quotes { if q.IsPronoun && q.Speaker != nil && q.Coref != nil { nv.addCoref(*q.Speaker, *q.Coref) } } }
	for _,k:=range []string{"bill","melania","ivanka","donna","loretta","claire","new","white"} { fmt.Println(k, nv.votes[k], nv.lower[k], nv.upper[k]) }
}
