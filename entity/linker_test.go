package entity

import (
	"fmt"
	"maps"
	"testing"

	"github.com/storyline-news/storyline"
)

// TestLinkerRenames checks the renames after a run: taken from the names
// learnt and their counts only (any order gives the same), carried through
// chains, and absent where later evidence made a surname ambiguous.
func TestLinkerRenames(t *testing.T) {
	type learnt struct {
		name string
		typ  storyline.EntityType
		n    int
	}
	key := func(name string, typ storyline.EntityType) storyline.EntityKey {
		return storyline.EntityKey{Name: name, Type: typ}
	}
	tests := []struct {
		name   string
		learnt []learnt
		want   map[storyline.EntityKey]storyline.EntityKey
	}{
		{"a lone surname takes the full name learnt later",
			[]learnt{{"Varga", storyline.Person, 2}, {"Ilse Varga", storyline.Person, 3}},
			map[storyline.EntityKey]storyline.EntityKey{key("Varga", storyline.Person): key("Ilse Varga", storyline.Person)}},
		{"a second full name makes the surname ambiguous",
			[]learnt{{"Varga", storyline.Person, 2}, {"Ilse Varga", storyline.Person, 3}, {"Tomas Varga", storyline.Person, 3}},
			map[storyline.EntityKey]storyline.EntityKey{}},
		{"an organisation that is a person's surname",
			[]learnt{{"Trump", storyline.Org, 1}, {"Donald Trump", storyline.Person, 5}},
			map[storyline.EntityKey]storyline.EntityKey{key("Trump", storyline.Org): key("Donald Trump", storyline.Person)}},
		{"a middle initial is a spelling of the same person",
			[]learnt{{"Donald J. Trump", storyline.Person, 2}, {"Donald Trump", storyline.Person, 5}, {"Trump", storyline.Person, 4}},
			map[storyline.EntityKey]storyline.EntityKey{
				key("Donald J. Trump", storyline.Person): key("Donald Trump", storyline.Person),
				key("Trump", storyline.Person):           key("Donald Trump", storyline.Person)}},
		{"two middle forms: the bare name may be either person",
			[]learnt{{"George W. Bush", storyline.Person, 5}, {"George H. W. Bush", storyline.Person, 3}, {"George Bush", storyline.Person, 1}},
			map[storyline.EntityKey]storyline.EntityKey{}},
		{"spellings of one middle form join whatever the other forms",
			[]learnt{{"George W. Bush", storyline.Person, 5}, {"George W Bush", storyline.Person, 1}, {"George H. W. Bush", storyline.Person, 3}, {"George H.W. Bush", storyline.Person, 1}},
			map[storyline.EntityKey]storyline.EntityKey{
				key("George W Bush", storyline.Person):    key("George W. Bush", storyline.Person),
				key("George H.W. Bush", storyline.Person): key("George H. W. Bush", storyline.Person)}},
		{"a familiar given name is a spelling of the formal one",
			[]learnt{{"Joseph R. Biden", storyline.Person, 3}, {"Joe Biden", storyline.Person, 5}, {"Charles E. Ostberg", storyline.Person, 2}, {"Chuck Ostberg", storyline.Person, 1}},
			map[storyline.EntityKey]storyline.EntityKey{
				key("Joseph R. Biden", storyline.Person): key("Joe Biden", storyline.Person),
				key("Chuck Ostberg", storyline.Person):   key("Charles E. Ostberg", storyline.Person)}},
		{"a familiar name of another formal name is another person",
			[]learnt{{"Bill Varga", storyline.Person, 3}, {"Robert Varga", storyline.Person, 2}},
			map[storyline.EntityKey]storyline.EntityKey{}},
		{"another first name is another person",
			[]learnt{{"Hillary Rodham Clinton", storyline.Person, 5}, {"Bill Clinton", storyline.Person, 4}},
			map[storyline.EntityKey]storyline.EntityKey{}},
		{"a spelling without accents is the same person",
			[]learnt{{"Enrique Peña Nieto", storyline.Person, 2}, {"Enrique Pena Nieto", storyline.Person, 1}, {"Peña", storyline.Person, 1}},
			map[storyline.EntityKey]storyline.EntityKey{key("Enrique Pena Nieto", storyline.Person): key("Enrique Peña Nieto", storyline.Person)}},
		{"a name that ends one longer name is that person",
			[]learnt{{"Peña Nieto", storyline.Person, 2}, {"Enrique Peña Nieto", storyline.Person, 5}, {"Peña", storyline.Person, 1}},
			map[storyline.EntityKey]storyline.EntityKey{key("Peña Nieto", storyline.Person): key("Enrique Peña Nieto", storyline.Person)}},
		{"the more mentioned of the two is canonical",
			[]learnt{{"Mark Felt", storyline.Person, 9}, {"W. Mark Felt", storyline.Person, 2}},
			map[storyline.EntityKey]storyline.EntityKey{key("W. Mark Felt", storyline.Person): key("Mark Felt", storyline.Person)}},
		{"a name that ends two longer names stays itself",
			[]learnt{{"Van Hollen", storyline.Person, 2}, {"Chris Van Hollen", storyline.Person, 5}, {"Anna Van Hollen", storyline.Person, 1}},
			map[storyline.EntityKey]storyline.EntityKey{}},
		{"an acronym with and without dots",
			[]learnt{{"F.B.I.", storyline.Org, 2}, {"FBI", storyline.Org, 3}, {"U.S.", storyline.Place, 3}, {"US", storyline.Org, 1}},
			map[storyline.EntityKey]storyline.EntityKey{key("F.B.I.", storyline.Org): key("FBI", storyline.Org)}},
		{"an acronym and the one name it abbreviates",
			[]learnt{{"FBI", storyline.Org, 5}, {"F.B.I.", storyline.Org, 1}, {"Federal Bureau of Investigation", storyline.Org, 2},
				{"DHS", storyline.Org, 1}, {"Department of Homeland Security", storyline.Org, 3}},
			map[storyline.EntityKey]storyline.EntityKey{
				key("F.B.I.", storyline.Org):                          key("FBI", storyline.Org),
				key("Federal Bureau of Investigation", storyline.Org): key("FBI", storyline.Org),
				key("DHS", storyline.Org):                             key("Department of Homeland Security", storyline.Org)}},
		{"an acronym two names fit, or of another type, stays apart",
			[]learnt{{"CIA", storyline.Org, 4}, {"Central Intelligence Agency", storyline.Org, 2}, {"Culinary Institute of America", storyline.Org, 1},
				{"US", storyline.Place, 3}, {"United Steelworkers", storyline.Org, 2}, {"New York", storyline.Place, 2}, {"new york", storyline.Place, 1},
				{"DOHS", storyline.Org, 1}, {"DHS", storyline.Org, 2}, {"Department of Homeland Security", storyline.Org, 3}},
			// "new york" is only another case of "New York"
			map[storyline.EntityKey]storyline.EntityKey{key("new york", storyline.Place): key("New York", storyline.Place)}},
		{"names of several words in capitals yield to mixed case; one word in capitals on a tie",
			[]learnt{{"PARIS", storyline.Place, 2}, {"Paris", storyline.Place, 2}, {"NEW YORK", storyline.Place, 3}, {"New York", storyline.Place, 1},
				{"DONALD TRUMP", storyline.Person, 4}, {"Donald Trump", storyline.Person, 3}, {"COVID", storyline.Misc, 3}, {"Covid", storyline.Misc, 1},
				{"NATO", storyline.Org, 3}, {"FBI", storyline.Org, 2}, {"F.B.I.", storyline.Org, 1}},
			map[storyline.EntityKey]storyline.EntityKey{
				key("PARIS", storyline.Place):         key("Paris", storyline.Place),
				key("Covid", storyline.Misc):          key("COVID", storyline.Misc),
				key("NEW YORK", storyline.Place):      key("New York", storyline.Place),
				key("DONALD TRUMP", storyline.Person): key("Donald Trump", storyline.Person),
				key("F.B.I.", storyline.Org):          key("FBI", storyline.Org)}},
		{"a name typed against the consensus",
			[]learnt{{"North Marland", storyline.Org, 1}, {"North Marland", storyline.Place, 6}},
			map[storyline.EntityKey]storyline.EntityKey{key("North Marland", storyline.Org): key("North Marland", storyline.Place)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, order := range []string{"forward", "backward"} {
				l := NewLinker()
				for i := range tt.learnt {
					x := tt.learnt[i]
					if order == "backward" {
						x = tt.learnt[len(tt.learnt)-1-i]
					}
					l.LearnName(key(x.name, x.typ), x.n)
				}
				if got := l.Renames(); !maps.Equal(got, tt.want) {
					t.Errorf("%s: Renames = %v, want %v", order, got, tt.want)
				}
			}
		})
	}
}

// BenchmarkRenames measures the renames of a store whose commonest surname
// has many full names (spellings, middles and longer names among them).
func BenchmarkRenames(b *testing.B) {
	for _, size := range []int{100, 1000} {
		b.Run(fmt.Sprintf("names=%d", size), func(b *testing.B) {
			l := NewLinker()
			for i := range size {
				first := fmt.Sprintf("Given%d", i%(size/4+1))
				switch i % 4 {
				case 0:
					l.LearnName(storyline.EntityKey{Name: first + " Smith", Type: storyline.Person}, 3)
				case 1:
					l.LearnName(storyline.EntityKey{Name: first + " Q. Smith", Type: storyline.Person}, 2)
				case 2:
					l.LearnName(storyline.EntityKey{Name: "Other" + first + " Smith", Type: storyline.Person}, 1)
				default:
					l.LearnName(storyline.EntityKey{Name: "Smith", Type: storyline.Person}, 1)
				}
			}
			b.ResetTimer()
			for b.Loop() {
				l.Renames()
			}
		})
	}
}

// TestPersonNamesDoNotDependOnMapOrder runs personNames over names whose
// joins chain (a spelling ends a name whose own spelling ends another):
// Go visits a map in a new order each time, and the answer must not move
// with it, or two runs over the same articles would name people apart.
func TestPersonNamesDoNotDependOnMapOrder(t *testing.T) {
	// "J. Smith" ends "Al J. Smith", spelt "Al Smith", which ends
	// "Manager Al Smith": one chain, one name
	known := map[string]int{"J. Smith": 5, "Al J. Smith": 1, "Al Smith": 2, "Manager Al Smith": 3}
	first := personNames(known)
	if first["Manager Al Smith"] != "J. Smith" || first["Al Smith"] != "J. Smith" {
		t.Fatalf("personNames = %v, want every name joined to J. Smith, the most mentioned", first)
	}
	for range 200 {
		if got := personNames(known); !maps.Equal(got, first) {
			t.Fatalf("personNames moved with map order:\n%v\n%v", first, got)
		}
	}
}
