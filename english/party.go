package english

import (
	"strings"
	"sync"
)

// usStates are the ways American news copy writes a state inside a party
// label: postal codes (the District's and the territories' too), the
// Associated Press's abbreviations with their periods (D.C. and P.R.), and
// the state names (Guam and Puerto Rico too). Built on first use.
var usStates = sync.OnceValue(func() map[string]bool {
	m := WordSet(`AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT
		NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR GU VI AS MP
		Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Kans. Ky. La. Md. Mass.
		Mich. Minn. Miss. Mo. Mont. Neb. Nebr. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore.
		Pa. Penn. R.I. S.C. S.D. Tenn. Tex. Vt. Va. Wash. W.Va. W.Va Wis. Wisc. Wyo. D.C. P.R.
		Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia
		Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts
		Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon
		Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming Guam`)
	for _, s := range []string{"New Hampshire", "New Jersey", "New Mexico", "New York",
		"North Carolina", "North Dakota", "Rhode Island", "South Carolina", "South Dakota",
		"West Virginia", "Puerto Rico"} {
		m[s] = true
	}
	// The same abbreviations without their final period: "(D-N.Y)".
	for s := range m {
		if t, ok := strings.CutSuffix(s, "."); ok {
			m[t] = true
		}
	}
	return m
})

// partyLetters are the parties a label names: Republican, Democrat,
// independent.
const partyLetters = "RDI"

// maxStateRunes bounds how far past the hyphen a label's state may run
// ("North Carolina" is the longest).
const maxStateRunes = 16

// PartyLabels finds the party-and-state labels that follow a US
// politician's name in news copy, "Sen. Lindsey Graham (R-S.C.)", "Rep. Paul
// Ryan, R-Wis., said", "Sen. John Cornyn, R-Texas, who": a party letter, a
// hyphen and a state, opened by a parenthesis or a comma and closed by one.
// A label names nobody, though a tagger takes "R-TX" for an organisation.
// Each label is returned as its code-point offsets in body, [start, end),
// without the brackets or commas around it.
func PartyLabels(body []rune) [][2]int {
	var out [][2]int
	for i := 1; i+2 < len(body); i++ {
		if body[i+1] != '-' || !strings.ContainsRune(partyLetters, body[i]) || !opensLabel(body, i) {
			continue
		}
		if end, ok := stateEnd(body, i+2); ok {
			out = append(out, [2]int{i, end})
			i = end
		}
	}
	return out
}

// opensLabel reports whether the text before i opens a label: "(" or ", ".
func opensLabel(body []rune, i int) bool {
	return body[i-1] == '(' || i >= 2 && body[i-1] == ' ' && body[i-2] == ','
}

// stateEnd reads a state from start up to the ")" or "," that closes the
// label, and returns where the state ends.
func stateEnd(body []rune, start int) (int, bool) {
	for j := start; j < len(body) && j-start <= maxStateRunes; j++ {
		if body[j] == ')' || body[j] == ',' {
			return j, usStates()[string(body[start:j])]
		}
	}
	return 0, false
}
