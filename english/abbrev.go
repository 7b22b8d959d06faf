package english

import "strings"

// abbreviations are the words news text writes with a period that does not
// end a sentence: titles, company suffixes, months, street types.
var abbreviations = LazyWordSet(`mr mrs ms dr prof gen col lt sgt capt cmdr adm maj brig
	rep reps sen sens gov pres rev hon gens cpl pvt supt insp det
	st jr sr inc corp ltd co bros plc vs etc cf al
	jan feb mar apr jun jul aug sep sept oct nov dec
	mt ft ave blvd rd no nos fig approx dept est univ assn govt mln bln pct`)

// prefixAbbreviations are the abbreviations, with their period, that always
// stand before what they qualify (a name, a date, a number), so the period
// never ends a sentence: "Gen.", "Sept.", "No.".
var prefixAbbreviations = LazyWordSet(`mr. mrs. ms. dr. prof. gen. col. lt. sgt. capt. cmdr. adm. maj. brig.
	rep. sen. gov. pres. rev. hon. st. cpl. pvt. supt. insp. det. mt. no.
	jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec. vs. cf.`)

// IsAbbreviation reports whether w (any case, without its period) followed
// by a period is a known abbreviation. A lower-case "no" is left out: "said
// no." ends a sentence far more often than it numbers something.
func IsAbbreviation(w string) bool {
	if w == "no" {
		return false
	}
	return abbreviations()[strings.ToLower(w)]
}

// IsPrefixAbbreviation reports whether w (any case, with its period) is an
// abbreviation that always stands before what it qualifies.
func IsPrefixAbbreviation(w string) bool { return prefixAbbreviations()[strings.ToLower(w)] }
