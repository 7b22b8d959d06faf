package english

import "sync"

// hypocorisms are the familiar forms of English given names that news copy
// writes for the same person as the formal one: one house style writes
// "Joseph R. Biden" and "Charles E. Grassley", another "Joe Biden" and
// "Chuck Grassley". Only forms of one formal name are here: "Ted" (Edward
// or Theodore), "Steve" (Steven or Stephen), "Chris" (Christopher,
// Christine, Christian), "Rick" (Richard, Frederick, Eric), "Jeff"
// (Jeffrey, Geoffrey), "Pat", "Alex", "Sam", "Jerry", "Frank", "Phil",
// "Fred", "Tony", "Gus", "Beth", "Sue" and "Al" stand for two or more and
// are left out, as are forms that are given names in their own right
// ("Will", "Harry"). Built on first use.
var hypocorisms = sync.OnceValue(func() map[string]string {
	return map[string]string{
		"bob": "robert", "bobby": "robert", "rob": "robert", "robbie": "robert",
		"bill": "william", "billy": "william", "dick": "richard", "rich": "richard", "richie": "richard",
		"jim": "james", "jimmy": "james", "joe": "joseph", "mike": "michael",
		"chuck": "charles", "charlie": "charles", "tom": "thomas", "tommy": "thomas", "tim": "timothy",
		"ken": "kenneth", "kenny": "kenneth", "dave": "david", "dan": "daniel", "danny": "daniel",
		"matt": "matthew", "ed": "edward", "eddie": "edward", "andy": "andrew", "nick": "nicholas",
		"greg": "gregory", "larry": "lawrence", "ron": "ronald", "ronnie": "ronald", "don": "donald",
		"doug": "douglas", "ben": "benjamin", "liz": "elizabeth", "peggy": "margaret", "jenny": "jennifer",
		"hank": "henry", "walt": "walter", "pete": "peter", "mitch": "mitchell", "herb": "herbert",
		"vince": "vincent",
	}
})

// FormalGivenName is the formal given name a familiar one stands for
// ("chuck": "charles"), or w itself. w and the result are lower case.
func FormalGivenName(w string) string {
	if f, ok := hypocorisms()[w]; ok {
		return f
	}
	return w
}
