package extract

import (
	"sync"

	"github.com/storyline-news/storyline/english"
)

// stopWords are common function words of the languages the engine meets
// most. Running prose is dense with them; menus, teasers and widgets are not.
// The list is written by hand from general knowledge of these languages.
var stopWords = english.LazyWordSet(`
a an the and or but if of to in on at by for with from as is are was were be been being it its this that these those
he she they we you i his her their our your my not no so than then there here who whom which what when where why how
has have had do does did will would can could should may might must also into over after before about said says
der die das den dem des ein eine einer eines einem einen und oder aber wenn als wie ist sind war waren wird werden
wurde wurden hat haben hatte es er sie wir ihr ich du sich nicht kein keine auch noch nur schon mit von zu zum zur
im in an am auf aus bei nach vor für über unter durch um bis dass daß so dann denn doch sehr mehr man seine sein ihre
le la les un une des du de et ou mais est sont était dans sur pour par avec que qui ne pas plus ce cette ces il elle
ils elles nous vous au aux se son sa ses leur
el los las una unos y o pero es son era en con por para que del al lo como más su sus se
il lo gli di da e è sono che per con non una nel della
o os as um uma e é são que com não para do da dos das no na em
het een en van de in is op te dat die niet met voor zijn er
`)

// boilerWords mark the vocabulary of page furniture: consent banners,
// newsletters, share bars, account links, widgets and footers. Written by
// hand; the learned model decides how much a hit counts.
var boilerWords = english.LazyWordSet(`
cookie cookies privacy datenschutz datenschutzerklärung newsletter subscribe subscription abonnieren abo anmelden
login logout signin signup registrieren register account konto copyright impressum imprint disclaimer
share teilen tweet facebook twitter instagram whatsapp linkedin pinterest youtube xing telegram rss
related advertisement anzeige werbung sponsored partner partners
comments comment kommentare kommentar kommentieren reply antworten
click klicken javascript browser consent einwilligung gdpr dsgvo accept akzeptieren
terms agb nutzungsbedingungen contact kontakt menu menü navigation startseite homepage search suche suchen
weather wetter humidity luftfeuchtigkeit wind forecast
follow folgen download app apps print drucken email e-mail newsletters
tags tag categories category kategorie kategorien archive archiv previous next zurück weiter
mehr more read lesen weiterlesen loading
`)

// weatherWords mark the readings of a weather box.
var weatherWords = english.LazyWordSet(`humidity luftfeuchte luftfeuchtigkeit wind km/h mph forecast cloud clouds bewölkt sunny rain
regen sonnig condition windgeschwindigkeit`)

// authorWords name a writer's role, as author boxes and bylines do.
var authorWords = english.LazyWordSet(`staff writer writers editor editors author authors autor autorin autoren redaktion redakteur
redakteurin correspondent reporter journalist journalistin contributor contributors columnist rédaction rédacteur
redacción redazione`)

// Vocabulary classes, as bits, so that each word is looked up once.
const (
	vStop uint8 = 1 << iota
	vBoiler
	vAuthor
	vWeather
)

// vocabTable is the vocabulary for vocabClass. It, the vocabulary and the
// word lists are built on first use, not at start-up (see lazyRegexp).
var vocabTable = sync.OnceValue(func() *foldTable { return newFoldTable(vocabulary()) })

var vocabulary = sync.OnceValue(func() map[string]uint8 {
	m := map[string]uint8{}
	for bit, set := range map[uint8]map[string]bool{vStop: stopWords(), vBoiler: boilerWords(), vAuthor: authorWords(), vWeather: weatherWords()} {
		for w := range set {
			m[w] |= bit
		}
	}
	return m
})
