package text

import "strings"

// abbreviations are the words news text writes with a period that does not
// end a sentence: titles, company suffixes, months, street types.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "col": true,
	"lt": true, "sgt": true, "capt": true, "cmdr": true, "adm": true, "maj": true, "brig": true,
	"rep": true, "reps": true, "sen": true, "sens": true, "gov": true, "pres": true, "rev": true,
	"hon": true, "gens": true, "cpl": true, "pvt": true, "supt": true, "insp": true, "det": true,
	"st": true, "jr": true, "sr": true, "inc": true, "corp": true, "ltd": true, "co": true,
	"bros": true, "plc": true, "vs": true, "etc": true, "cf": true, "al": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"mt": true, "ft": true, "ave": true, "blvd": true, "rd": true, "no": true, "nos": true,
	"fig": true, "approx": true, "dept": true, "est": true, "univ": true, "assn": true,
	"govt": true, "mln": true, "bln": true, "pct": true,
}

// isAbbreviation reports whether w followed by a period is a known abbreviation.
// A lower-case "no" is left out: "said no." ends a sentence far more often
// than it numbers something.
func isAbbreviation(w string) bool {
	if w == "no" {
		return false
	}
	return abbreviations[strings.ToLower(w)]
}

// titles are the abbreviations that always precede a name, so a period after
// them never ends a sentence.
var titles = map[string]bool{
	"mr.": true, "mrs.": true, "ms.": true, "dr.": true, "prof.": true, "gen.": true, "col.": true,
	"lt.": true, "sgt.": true, "capt.": true, "cmdr.": true, "adm.": true, "maj.": true, "brig.": true,
	"rep.": true, "sen.": true, "gov.": true, "pres.": true, "rev.": true, "hon.": true, "st.": true,
	"cpl.": true, "pvt.": true, "supt.": true, "insp.": true, "det.": true, "mt.": true, "no.": true,
	"jan.": true, "feb.": true, "mar.": true, "apr.": true, "jun.": true, "jul.": true, "aug.": true,
	"sep.": true, "sept.": true, "oct.": true, "nov.": true, "dec.": true, "vs.": true, "cf.": true,
}
