package english

import "strings"

// Gender is the gender a word implies for the person it names.
type Gender int

// The genders a word can imply.
const (
	Unknown Gender = iota
	Male
	Female
)

// honorifics say how a person is addressed, not who they are, with the
// gender each implies ("Dr" and "Mx" imply none).
var honorifics = map[string]Gender{
	"mr": Male, "mrs": Female, "ms": Female, "miss": Female, "mx": Unknown,
	"dr": Unknown, "prof": Unknown, "sir": Male, "dame": Female,
	"lord": Male, "lady": Female, "herr": Male, "frau": Female,
}

// addresses are the honorifics that name nobody but a person: "Mr. Trump"
// is a person whatever a tagger said, "Dr Pepper" and "Miss Universe" need
// not be.
var addresses = LazyWordSet("mr mrs ms mx")

// titleWords may precede a name as part of a title ("NATO Secretary-General
// Mark Rutte", "Russian President Vladimir Putin").
var titleWords = LazyWordSet(`president vice secretary-general secretary general chancellor minister prime
	foreign defence defense interior finance economy health justice state deputy chief executive
	senator sen rep representative governor gov mayor ambassador commissioner chairman chairwoman chair
	director spokesman spokeswoman spokesperson leader king queen prince princess pope cardinal bishop
	judge justice attorney lt col gen adm sgt capt colonel lieutenant admiral sergeant captain
	ceo cfo coo founder premier speaker high representative envoy commander officer head agent
	whip congressman congresswoman councilman councilwoman assemblyman assemblywoman`)

// nameSuffixes follow a person's name as part of it ("Robert S. Mueller
// III", "Martin Luther King Jr."), and name nobody alone.
var nameSuffixes = LazyWordSet("jr sr ii iii iv")

// IsNameSuffix reports a generational suffix of a name: "Jr.", "Sr.", "III".
func IsNameSuffix(w string) bool { return nameSuffixes()[key(w)] }

// surnameTitles are the titles news text writes right before a bare
// surname ("Mr. King", "Sen. Sanders", "President Obama"), as written:
// the abbreviations with their period.
var surnameTitles = LazyWordSet("mr. mrs. ms. dr. sen. rep. gov. mr mrs ms dr president senator")

// joinedTitles are the titles, as written, that stand before a person's
// name inside a longer name a tagger joined ("Supreme Court Justice Antonin
// Scalia", "Air Force Gen. Norman Ham").
var joinedTitles = LazyWordSet(`Gen. General Lt. Col. Maj. Capt. Adm. Sgt. Sen. Rep. Gov. President Senator
	Governor Secretary Minister Chancellor Justice Judge Mayor Ambassador Commissioner Chairman
	Chairwoman Director Spokesman Spokeswoman Chief Secretary-General Dr. Mr. Mrs. Ms.`)

// roleNouns end a role that describes a person before or after the name
// ("Clinton communication director Jennifer Palmieri", "Trump campaign
// spokesman Jason Miller").
var roleNouns = LazyWordSet(`director spokesman spokeswoman spokesperson manager chairman chairwoman chair
	adviser advisor aide secretary strategist pollster lawyer attorney economist official counsel
	surrogate staffer president senator chief head leader coordinator analyst consultant operative
	treasurer deputy`)

// key folds a word for look-ups: lower case, no dots.
func key(w string) string {
	return strings.ToLower(strings.ReplaceAll(w, ".", ""))
}

// Honorific reports whether w (any case, with or without its period) is an
// honorific, and the gender it implies.
func Honorific(w string) (Gender, bool) {
	g, ok := honorifics[key(w)]
	return g, ok
}

// IsAddress reports whether w is Mr, Mrs, Ms or Mx (any case, with or
// without the period): a form of address only a person has.
func IsAddress(w string) bool { return addresses()[key(w)] }

// IsTitleWord reports whether w (any case, with or without a period) may be
// part of a title before a name.
func IsTitleWord(w string) bool { return titleWords()[key(w)] }

// IsTitle reports a title or honorific, a word that may stand right before
// a name: "Gov. Christie", "Mr. Trump", "Senator Sanders".
func IsTitle(w string) bool {
	_, ok := honorifics[key(w)]
	return ok || titleWords()[key(w)]
}

// IsSurnameTitle reports whether w, lower-cased, is a title written right
// before a bare surname ("mr.", "sen.", "president").
func IsSurnameTitle(w string) bool { return surnameTitles()[w] }

// IsJoinedTitle reports whether w, as written, is a title that may stand
// inside a longer name before a person's name ("Gen.", "Justice").
func IsJoinedTitle(w string) bool { return joinedTitles()[w] }

// IsRoleNoun reports whether w, lower-cased, is a noun that can end a
// person's role ("director", "spokesman").
func IsRoleNoun(w string) bool { return roleNouns()[w] }
