package whatlanggo

import (
	"encoding/json"
	"math/rand"
	"os"
	"sort"
	"strings"
	"testing"
)

// upstreamDetect is detectLangInProfiles as upstream wrote it, over string
// trigrams, with the languages in order (upstream's map order is random).
func upstreamDetect(text string, list langProfileList) []langDistance {
	trigrams := getTrigramsWithPositions(text)
	var langs []Lang
	for l, trigrams := range list {
		if trigrams != nil {
			langs = append(langs, Lang(l))
		}
	}
	var out []langDistance
	for _, l := range langs {
		out = append(out, langDistance{l, calculateDistance(list[l], trigrams)})
	}
	return out
}

// TestPackedAsUpstream checks the packed trigrams against upstream's
// strings: the same positions, and every language at the same distance.
func TestPackedAsUpstream(t *testing.T) {
	texts := []string{"", " ", "a", "ab", "the the the", "Über die Brücke, 1999!", "Ça va? Oui.", "Привет, мир", "שלום עולם"}
	raw, err := os.ReadFile("testdata/examples.json")
	if err != nil {
		t.Fatal(err)
	}
	var examples map[string]string
	if err := json.Unmarshal(raw, &examples); err != nil {
		t.Fatal(err)
	}
	for _, s := range examples {
		texts = append(texts, s)
	}
	// Shuffled words of the examples: many equal counts, where the order
	// of the trigrams decides their positions.
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 200; i++ {
		var words []string
		for _, s := range examples {
			ws := strings.Fields(s)
			if len(ws) > 0 {
				words = append(words, ws[rng.Intn(len(ws))])
			}
		}
		rng.Shuffle(len(words), func(a, b int) { words[a], words[b] = words[b], words[a] })
		texts = append(texts, strings.Join(words[:rng.Intn(len(words))], " "))
	}
	lists := []struct {
		list   langProfileList
		packed *packedProfiles
	}{
		{latinLangs, latinPacked()}, {cyrillicLangs, cyrillicPacked()}, {devanagariLangs, devanagariPacked()},
		{hebrewLangs, hebrewPacked()}, {ethiopicLangs, ethiopicPacked()}, {arabicLangs, arabicPacked()},
	}
	for _, text := range texts {
		want := getTrigramsWithPositions(text)
		ranked := trigramPositions(text)
		got := make(map[uint64]int, len(ranked))
		for i, t := range ranked {
			got[t.key] = i
		}
		if len(got) != len(want) {
			t.Fatalf("%q: %d trigrams, upstream %d", text, len(got), len(want))
		}
		for tg, n := range want {
			r := []rune(tg)
			if m, ok := got[trigramKey(r[0], r[1], r[2])]; !ok || m != n {
				t.Fatalf("%q: trigram %q at %d, upstream %d", text, tg, m, n)
			}
		}
		for _, l := range lists {
			wantD := upstreamDetect(text, l.list)
			dist := l.packed.distances(ranked)
			for i, lang := range l.packed.langs {
				if lang != wantD[i].lang || dist[i] != wantD[i].dist {
					t.Fatalf("%q: %v at %d, upstream %v at %d", text, lang, dist[i], wantD[i].lang, wantD[i].dist)
				}
			}
		}
	}
}

func BenchmarkDetect(b *testing.B) {
	raw, _ := os.ReadFile("testdata/examples.json")
	var examples map[string]string
	_ = json.Unmarshal(raw, &examples)
	var texts []string
	for _, s := range examples {
		texts = append(texts, s)
	}
	sort.Strings(texts)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Detect(texts[i%len(texts)])
	}
}
