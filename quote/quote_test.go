package quote

import (
	"context"
	"strings"
	"testing"

	"github.com/storyline-news/storyline"
)

// want is one expected quotation: its text (exact), kind and speaker.
type want struct {
	text    string
	kind    storyline.QuoteKind
	speaker string
}

func TestFind(t *testing.T) {
	tests := []struct {
		name  string
		body  string
		names []string
		want  []want
		// rule runs the stage without the reported-speech model: the case
		// tests a structural reader, and the model, calibrated on PolNeAR
		// for precision 0.85, leaves the reading below its threshold.
		rule bool
		// ruleSpeaker runs the stage without the speaker model: the case
		// tests a finder's nobody, which the model, asked where no rule
		// finds an attribution (SpeakerModel.Asked), overrides.
		ruleSpeaker bool
	}{
		{
			name:  "name said after the quote",
			body:  `"We will win," Smith said on Monday.`,
			names: []string{"Smith=Anna Smith"},
			want:  []want{{"We will win", storyline.QuoteDirect, "Anna Smith"}},
		},
		{
			name: "the one told is not the speaker",
			body: "Ilse Varga and Tom Lee clashed over the port on Wednesday night in Lisbon, where the third debate was held.\n\n" +
				"Varga has previously mocked Lee's defenses of the levy, which some lawmakers allege is a tool used to tax the poor.\n\n" +
				"“You,” she told Lee, “would never have been able to get that negotiation done.”",
			names: []string{"Ilse Varga", "Tom Lee", "Varga=Ilse Varga", "Lee=Tom Lee"},
			want: []want{{"Lee's defenses of the levy, which some lawmakers allege is a tool used to tax the poor", storyline.QuoteIndirect, "Ilse Varga"},
				{"You would never have been able to get that negotiation done.", storyline.QuoteDirect, "Ilse Varga"}},
		},
		{
			name:  "a closing mark typed as an opening one closes",
			body:  "“It's unusual,“ said Larry Noble, a lawyer in Washington.",
			names: []string{"Larry Noble"},
			want:  []want{{"It's unusual", storyline.QuoteDirect, "Larry Noble"}},
		},
		{
			name:  "a phrasal verb is one cue",
			body:  "Mayor Ann Lee has pushed back against calls for the city to leave the water compact this year.",
			names: []string{"Ann Lee"},
			want:  []want{{"against calls for the city to leave the water compact this year", storyline.QuoteIndirect, "Ann Lee"}},
			rule:  true,
		},
		{
			name:  "a participle's subject is the sentence's, past a fronted phrase",
			body:  "Lee met Varga in May. Following his meeting with Varga, Lee announced a significant shift, stating that they had agreed on “the outline of a future deal” for the port.",
			names: []string{"Lee=Tom Lee", "Varga=Ilse Varga"},
			want:  []want{{"the outline of a future deal", storyline.QuotePartial, "Tom Lee"}},
		},
		{
			name:  "a name in a relative clause is not the subject",
			body:  "Ilse Varga spoke first.\n\nVarga, who chairs the Harbour Authority, a body of nine port towns, argued that the new levy is fair and should stay in place.",
			names: []string{"Ilse Varga", "Varga=Ilse Varga", "ORG:Harbour Authority"},
			want:  []want{{"the new levy is fair and should stay in place", storyline.QuoteIndirect, "Ilse Varga"}},
		},
		{
			name:  "a title description after sentences about the person is the person",
			body:  "Lee has spent months trying to buy the old harbour from its owners.\n\nThe port mayor on Monday for the first time ruled out a forced sale, but demanded “urgent talks” with the owners.",
			names: []string{"Lee=Tom Lee"},
			want:  []want{{"urgent talks", storyline.QuotePartial, "Tom Lee"}},
		},
		{
			name:  "a description before the name in a wire lead is the person named next",
			body:  "The league is ready to sign a new broadcast deal with the state channel, the league's chief negotiator said Tuesday, as both sides seek to end the dispute.\n\nIlse Varga made the announcement in Geneva ahead of a meeting of the clubs.",
			names: []string{"Ilse Varga"},
			want:  []want{{"The league is ready to sign a new broadcast deal with the state channel", storyline.QuoteIndirect, "Ilse Varga"}},
		},
		{
			// a threat is reported speech (PolNeAR marks "threatened" as a
			// cue); the phrasal verb and the noun after it are not
			name:  "a threat is reported speech, a phrasal verb and a noun after it no cue",
			body:  "Mayor Ann Lee threatened to close the port to northern ships.\n\nShe later backed away from the threat, but the row reinforced calls for the region to reduce its long-standing reliance on the northern harbour for its trade.",
			names: []string{"Ann Lee", "Lee=Ann Lee"},
			want:  []want{{"to close the port to northern ships", storyline.QuoteIndirect, "Ann Lee"}},
		},
		{
			name: "a cue form after a verb or a determiner is a noun",
			body: "The flood last spring reinforced calls for the county to reduce its reliance on the old dam.\n\nHer claims about the budget were never tested by the council.",
			want: nil,
		},
		{
			name: "a preposition after the cue opens no reported clause",
			body: "The deep commitments shared within the league, contrary to the owner's assertions, remain strong.",
			want: nil,
		},
		{
			name:  "German low-high marks",
			body:  "„Wir schaffen das“, sagte Anna Berg.\n\nLater Berg said: „Guten Tag.”",
			names: []string{"Anna Berg", "Berg=Anna Berg"},
			// no rule knows "sagte"; the speaker model names the one named
			// right after the quotation
			want: []want{{"Wir schaffen das", storyline.QuoteDirect, "Anna Berg"}, {"Guten Tag.", storyline.QuoteDirect, "Anna Berg"}},
		},
		{
			name:  "guillemets",
			body:  "«Nous allons gagner», said Anna Berg.",
			names: []string{"Anna Berg"},
			want:  []want{{"Nous allons gagner", storyline.QuoteDirect, "Anna Berg"}},
		},
		{
			name:  "said name, curly marks",
			body:  "“The plan is dead.” said Jones.",
			names: []string{"Jones"},
			want:  []want{{"The plan is dead.", storyline.QuoteDirect, "Jones"}},
		},
		{
			name:  "told: the subject, not the listener",
			body:  "“You can count on us,” Rutte told Trump in Davos.",
			names: []string{"Rutte=Mark Rutte", "Trump=Donald Trump"},
			want:  []want{{"You can count on us", storyline.QuoteDirect, "Mark Rutte"}},
		},
		{
			name:  "apposition between name and cue",
			body:  "“Prices will fall,” Mary Lee, the bank's chief economist, said.",
			names: []string{"Mary Lee"},
			want:  []want{{"Prices will fall", storyline.QuoteDirect, "Mary Lee"}},
		},
		{
			name:  "a name inside the apposition is not the subject",
			body:  `Jean Ayrault, the foreign minister, a member of the Security Council, said the test "cannot be left without consequences."`,
			names: []string{"Jean Ayrault", "ORG:Security Council"},
			want:  []want{{"cannot be left without consequences.", storyline.QuotePartial, "Jean Ayrault"}},
		},
		{
			name:  "a home state between the name and its apposition",
			body:  `Representative Darrell Issa of California, the senior Republican on the House Oversight Committee, said the talks "represent an illegal quid pro quo," even if the post was unpaid.`,
			names: []string{"Darrell Issa", "LOC:California", "ORG:House Oversight Committee"},
			want:  []want{{"represent an illegal quid pro quo", storyline.QuotePartial, "Darrell Issa"}},
		},
		{
			name:  "said of someone is still a cue",
			body:  "“We know nothing yet,” Mary Lee said of the reports of a blast.",
			names: []string{"Mary Lee"},
			want:  []want{{"We know nothing yet", storyline.QuoteDirect, "Mary Lee"}},
		},
		{
			name:  "split by the cue, joined into one",
			body:  "“It means,” she said, “that Europe must step up.”",
			names: []string{},
			want:  []want{{"It means that Europe must step up.", storyline.QuoteDirect, ""}},
		},
		{
			name:  "colon before the quote",
			body:  "Kallas told lawmakers: “Today, we agreed to move forward.”",
			names: []string{"Kallas=Kaja Kallas"},
			want:  []want{{"Today, we agreed to move forward.", storyline.QuoteDirect, "Kaja Kallas"}},
		},
		{
			name:  "partial fragment takes the sentence's speaker",
			body:  "Trump said allies would “be there for us if we really needed them” before leaving.",
			names: []string{"Trump=Donald Trump"},
			want:  []want{{"be there for us if we really needed them", storyline.QuotePartial, "Donald Trump"}},
		},
		{
			name:  "quote inside a quote stays whole",
			body:  "“He told me ‘never again’ and left,” Ortiz said.",
			names: []string{"Ortiz"},
			want:  []want{{"He told me ‘never again’ and left", storyline.QuoteDirect, "Ortiz"}},
		},
		{
			name:  "quote over two paragraphs",
			body:  "Brown said:\n\n“The first part runs on.\n\n“And the second part ends here.”",
			names: []string{"Brown"},
			want:  []want{{"The first part runs on. And the second part ends here.", storyline.QuoteDirect, "Brown"}},
		},
		{
			name:  "paragraph without cue carries the speaker over",
			body:  "“We are ready,” Kallas said.\n\n“Two democracies cannot afford to hesitate.”",
			names: []string{"Kallas"},
			want: []want{
				{"We are ready", storyline.QuoteDirect, "Kallas"},
				{"Two democracies cannot afford to hesitate.", storyline.QuoteDirect, "Kallas"},
			},
		},
		{
			name:  "she resolves to the woman, not the nearer man",
			body:  "Maria Costa met Peter Hall. She was pleased, and he said his team agreed. Hall left early.\n\n“We agreed on everything,” she said.",
			names: []string{"Maria Costa", "Peter Hall", "Hall=Peter Hall"},
			want:  []want{{"his team agreed", storyline.QuoteIndirect, "Peter Hall"}, {"We agreed on everything", storyline.QuoteDirect, "Maria Costa"}},
		},
		{
			name:  "honorific decides the gender",
			body:  "Mrs. Dale spoke after Mr. Hunt.\n\n“It is over,” she said.",
			names: []string{"Dale", "Hunt"},
			want:  []want{{"It is over", storyline.QuoteDirect, "Dale"}},
		},
		{
			name: "nobody named: speaker stays empty",
			body: "“It is a disgrace,” a spokesman said.",
			want: []want{{"It is a disgrace", storyline.QuoteDirect, ""}},
		},
		{
			name:  "double apostrophes as marks",
			body:  "''This isn't reform,'' said Cole.",
			names: []string{"Cole"},
			want:  []want{{"This isn't reform", storyline.QuoteDirect, "Cole"}},
		},
		{
			name:  "reported speech with that",
			body:  "Weber said that Europe must be prepared to act alone.",
			names: []string{"Weber=Manfred Weber"},
			want:  []want{{"Europe must be prepared to act alone", storyline.QuoteIndirect, "Manfred Weber"}},
		},
		{
			name:  "according to",
			body:  "The talks collapsed on Friday, according to Reuters.",
			names: []string{"ORG:Reuters"},
			want:  []want{{"The talks collapsed on Friday", storyline.QuoteIndirect, "Reuters"}},
		},
		{
			name:  "a learned first name decides the gender",
			body:  "Hillary Clinton spoke after Donald Trump and his son.\n\n“It is over,” she said.",
			names: []string{"Hillary Clinton", "Donald Trump"},
			want:  []want{{"It is over", storyline.QuoteDirect, "Hillary Clinton"}},
		},
		{
			name:  "the tagger's organisation with a first name is a person",
			body:  "Donald Trump met Mike Pence.\n\n“We will win,” he said.",
			names: []string{"ORG:Donald Trump"},
			want:  []want{{"We will win", storyline.QuoteDirect, "Donald Trump"}},
		},
		{
			name: "a name the tagger missed next to a strong cue",
			body: "“As a construction guy, he put a lot of people out of business,” Sweeny said after an event.",
			want: []want{{"As a construction guy, he put a lot of people out of business", storyline.QuoteDirect, "Sweeny"}},
		},
		{
			name:  "a common-noun subject speaks for the name inside it",
			body:  "“We were just declared the winner,” a spokesman for Sanders in the state said.",
			names: []string{"Sanders=Bernie Sanders"},
			want:  []want{{"We were just declared the winner", storyline.QuoteDirect, "Bernie Sanders"}},
		},
		{
			name:  "attribution at the end of a fragment's sentence",
			body:  "“I think the evidence is extremely strong” than that of the CIA chief, Zuckoff said.",
			names: []string{"Zuckoff=Mitchell Zuckoff", "ORG:CIA"},
			want:  []want{{"I think the evidence is extremely strong", storyline.QuotePartial, "Mitchell Zuckoff"}},
		},
		{
			name:  "a fragment opening its sentence goes on with the speaker before",
			body:  "“They are hungry for solutions,” Clinton said in a speech.\n\n“What are we going to do? That is the fight we are taking” to the rest of the country.",
			names: []string{"Clinton=Hillary Clinton"},
			want: []want{
				{"They are hungry for solutions", storyline.QuoteDirect, "Hillary Clinton"},
				{"What are we going to do? That is the fight we are taking", storyline.QuotePartial, "Hillary Clinton"},
			},
		},
		{
			name:  "a quotation that ends its sentence closes the window before the next",
			body:  "Roberts said “the question is the timing.” Gov. Pat McCrory said it would be “improper” to speak.",
			names: []string{"Roberts=Jennifer Roberts", "Pat McCrory"},
			want: []want{
				{"the question is the timing.", storyline.QuotePartial, "Jennifer Roberts"},
				{"improper", storyline.QuotePartial, "Pat McCrory"},
			},
		},
		{
			name:  "the clause a colon closes names the speaker",
			body:  "When Trump suggested that Cuba would sue, Rubio fired back: “If they sue us, they’re going to lose.”",
			names: []string{"Trump=Donald Trump", "Rubio=Marco Rubio"},
			// the fronted clause is reported speech of its own, ending
			// with the clause (reportReader.subordinateEnd)
			want: []want{
				{"Cuba would sue", storyline.QuoteIndirect, "Donald Trump"},
				{"If they sue us, they’re going to lose.", storyline.QuoteDirect, "Marco Rubio"},
			},
		},
		{
			name:  "a pronoun follows the chain to the subject",
			body:  "Ed Rendell said he had battled pneumonia. He added that Clinton would appear alongside Trump at the debates.\n\n“It will dispel any remaining doubts,” he said.",
			names: []string{"Ed Rendell", "Clinton=Hillary Clinton", "Trump=Donald Trump"},
			want: []want{
				{"he had battled pneumonia", storyline.QuoteIndirect, "Ed Rendell"},
				{"Clinton would appear alongside Trump at the debates", storyline.QuoteIndirect, "Ed Rendell"},
				{"It will dispel any remaining doubts", storyline.QuoteDirect, "Ed Rendell"},
			},
		},
		{
			name:  "it speaks for the organisation",
			body:  "The International Monetary Fund cut its forecast. It said “political tensions” weigh on growth.",
			names: []string{"ORG:International Monetary Fund"},
			want:  []want{{"political tensions", storyline.QuotePartial, "International Monetary Fund"}},
		},
		{
			name:  "the X said: the person the body described as X",
			body:  "Donald Trump, the Republican nominee, spoke in Ohio.\n\n“We will win,” the nominee said.",
			names: []string{"Donald Trump"},
			want:  []want{{"We will win", storyline.QuoteDirect, "Donald Trump"}},
		},
		{
			name:  "a description two people share names nobody",
			body:  "Ann Lee, the senator, met Bob Ray, the senator from Iowa.\n\n“We will win,” the senator said.",
			names: []string{"Ann Lee", "Bob Ray"},
			want:  []want{{"We will win", storyline.QuoteDirect, ""}},
		},
		{
			name:  "dash attribution",
			body:  "“The debate proved nothing.” ― Ana Ruiz",
			names: []string{"Ana Ruiz"},
			want:  []want{{"The debate proved nothing.", storyline.QuoteDirect, "Ana Ruiz"}},
		},
		{
			name:  "a curly quote inside a curly quote",
			body:  "“I’d rather live in what he calls “hell” than live with him.” ― Ana Ruiz",
			names: []string{"Ana Ruiz"},
			want:  []want{{"I’d rather live in what he calls “hell” than live with him.", storyline.QuoteDirect, "Ana Ruiz"}},
		},
		{
			name:  "transcript lines are turns of their own",
			body:  "Mike Pence spoke to Chris Wallace.\n\n\"PENCE: Well, look, this is serious business.\n\n\"WALLACE: If I may, sir, we have little time.\n\n\"BREAKING: Nobody said this.",
			names: []string{"Mike Pence", "Chris Wallace"},
			want: []want{
				{"Well, look, this is serious business.", storyline.QuoteDirect, "Mike Pence"},
				{"If I may, sir, we have little time.", storyline.QuoteDirect, "Chris Wallace"},
				{"Nobody said this.", storyline.QuoteDirect, ""},
			},
		},
		{
			name:  "a cue with a name beats a common noun's",
			body:  "In a Facebook message posted Friday, Cruz said he has had “areas of significant disagreement” with Trump.",
			names: []string{"Cruz=Ted Cruz", "Trump=Donald Trump"},
			want:  []want{{"areas of significant disagreement", storyline.QuotePartial, "Ted Cruz"}},
		},
		{
			name:  "any past tense right after a comma inside the marks",
			body:  "“Go back to Univision,” Trump barked, and a guard stepped in.\n\n“This is fantastic!” beamed Don Hart of Madison.",
			names: []string{"Trump=Donald Trump", "Don Hart"},
			want:  []want{{"Go back to Univision", storyline.QuoteDirect, "Donald Trump"}, {"This is fantastic!", storyline.QuoteDirect, "Don Hart"}},
		},
		{
			name:  "a name and a cue with no clause after a full stop inside the marks",
			body:  "“The great state of Alabama is proud to cast its votes!” US Senator Jeff Sessions said as he launched the vote.",
			names: []string{"Jeff Sessions"},
			want:  []want{{"The great state of Alabama is proud to cast its votes!", storyline.QuoteDirect, "Jeff Sessions"}},
		},
		{
			name:  "a title the tagger left out of the name",
			body:  "“Oh, let him make that decision,” said Vice President Joe Biden.",
			names: []string{"Joe Biden"},
			want:  []want{{"Oh, let him make that decision", storyline.QuoteDirect, "Joe Biden"}},
		},
		{
			name:  "a short clause between commas introduces the quote",
			body:  "After Jerry Brown criticized Bill Clinton in a debate, Hillary shot back, “I suppose I could have baked cookies.”",
			names: []string{"Jerry Brown", "Bill Clinton", "Hillary"},
			// the fronted clause is an attribution of its own: PolNeAR train
			// marks this very clause (cue "criticized", source Jerry Brown,
			// content "Bill Clinton")
			want: []want{
				{"Bill Clinton in a debate", storyline.QuoteIndirect, "Jerry Brown"},
				{"I suppose I could have baked cookies.", storyline.QuoteDirect, "Hillary"},
			},
		},
		{
			name:  "told and its listener after a closed sentence",
			body:  "“What can we do to help?” Renteria told reporters during the call.",
			names: []string{"Renteria=Amanda Renteria"},
			want:  []want{{"What can we do to help?", storyline.QuoteDirect, "Amanda Renteria"}},
		},
		{
			name:  "a new sentence after an exclamation names nobody",
			body:  "The crowd chanted, “Lock her up!” Trump ignored them.",
			names: []string{"Trump=Donald Trump"},
			want:  []want{{"Lock her up!", storyline.QuoteDirect, ""}},
		},
		{
			name:  "the cue right after a quotation is its own",
			body:  "“We are not worried,” the aide said, while Trump said nothing.",
			names: []string{"Trump=Donald Trump"},
			want:  []want{{"We are not worried", storyline.QuoteDirect, ""}},
		},
		{
			name:  "a clause opening with as after that is reported speech",
			body:  "Smith said that as prices rose, the company would cut many jobs.",
			names: []string{"Smith=Anna Smith"},
			want:  []want{{"as prices rose, the company would cut many jobs", storyline.QuoteIndirect, "Anna Smith"}},
		},
		{
			name:  "a noun that is not the head of the name before",
			body:  "The Justice Department filed the case.\n\nThe justice said that “the law is clear.”",
			names: []string{"ORG:Justice Department"},
			want:  []want{{"the law is clear.", storyline.QuotePartial, ""}},
		},
		{
			name:  "the commission: the organisation named before",
			body:  "The Commission on Fair Debates met on Monday.\n\nThe commission says that “there were issues with the sound.”",
			names: []string{"ORG:Commission on Fair Debates"},
			want:  []want{{"there were issues with the sound.", storyline.QuotePartial, "Commission on Fair Debates"}},
		},
		{
			name:  "adding goes with the cue before it",
			body:  "Lee and Ray left early, Ray said, adding, “We had no choice.”",
			names: []string{"Lee=Ann Lee", "Ray=Bob Ray"},
			want:  []want{{"We had no choice.", storyline.QuoteDirect, "Bob Ray"}},
		},
		{
			name:  "according to a name the tagger missed",
			body:  "According to ProPublica, Lee praised her “wonderful donors” at the dinner.",
			names: []string{"Lee=Ann Lee"},
			want:  []want{{"wonderful donors", storyline.QuotePartial, "ProPublica"}},
		},
		{
			name:  "said and a description before the name",
			body:  "“How much worse could it get?” said Florida-based Republican strategist Al Cardenas.",
			names: []string{"Al Cardenas"},
			want:  []want{{"How much worse could it get?", storyline.QuoteDirect, "Al Cardenas"}},
		},
		{
			name:  "said a description, then the name",
			body:  "“There were no ties,” said the bureau's director, James B. Comey, on Monday.",
			names: []string{"James B. Comey"},
			want:  []want{{"There were no ties", storyline.QuoteDirect, "James B. Comey"}},
		},
		{
			name:  "the name after a cue that never inverts is its object",
			body:  "Obama spoke on Monday.\n\nTrump has used the phrase “Islamic terrorism” often, and criticized Obama for it.",
			names: []string{"Obama=Barack Obama", "Trump=Donald Trump"},
			want:  []want{{"Islamic terrorism", storyline.QuotePartial, "Donald Trump"}},
		},
		{
			name:  "a fragment closing on a comma takes the attribution after it",
			body:  "Lee spoke on Monday.\n\nThe loopholes he cited are “the ability to use losses,” the Daily Courier reported.",
			names: []string{"Lee=Ann Lee", "ORG:Daily Courier"},
			want:  []want{{"the ability to use losses", storyline.QuotePartial, "Daily Courier"}},
		},
		{
			name:  "a name right before a dash that opens the quotation",
			body:  "Many agree, including Ann Lee -- “It is disqualifying to hide the returns” -- and Bob Ray.",
			names: []string{"Ann Lee", "Bob Ray"},
			want:  []want{{"It is disqualifying to hide the returns", storyline.QuotePartial, "Ann Lee"}},
		},
		{
			name:  "titles of shows and ads are no quotations",
			body:  "Lee told MSNBC's “Morning Joe” that the ad, titled “Arrogant,” was “a disgrace to us all.”",
			names: []string{"Lee=Ann Lee", "ORG:MSNBC"},
			want:  []want{{"a disgrace to us all.", storyline.QuotePartial, "Ann Lee"}},
		},
		{
			name:  "a long attribution between two parts of one quotation",
			body:  "“The delegates would decide,” said Elaine Kamarck, a two-decade veteran of the party's rules committee and a senior fellow at the institute. “And it is wide open.”",
			names: []string{"Elaine Kamarck"},
			want:  []want{{"The delegates would decide And it is wide open.", storyline.QuoteDirect, "Elaine Kamarck"}},
		},
		{
			name:  "a long clause that does not open with its attribution joins nothing",
			body:  "Lee praised the “Commander-in-Chief Forum” sponsored by the network and the veterans' group in the capital on Monday and said she has the quality: “Steadiness.”",
			names: []string{"Lee=Ann Lee", "ORG:network"},
			want:  []want{{"Commander-in-Chief Forum", storyline.QuotePartial, "Ann Lee"}, {"Steadiness.", storyline.QuoteDirect, "Ann Lee"}},
		},
		{
			name:  "reported speech after an apposition, a bracket or a day",
			body:  "Michael Tanner, an analyst at the Cato Institute, said he thinks the plan is vague. Rep. Trey Gowdy (R-S.C.) said the claim smacked of hypocrisy. Sanders on Tuesday said he wants to attack four provisions.",
			names: []string{"Michael Tanner", "ORG:Cato Institute", "Trey Gowdy", "Sanders=Bernie Sanders"},
			want: []want{
				{"he thinks the plan is vague", storyline.QuoteIndirect, "Michael Tanner"},
				{"the claim smacked of hypocrisy", storyline.QuoteIndirect, "Trey Gowdy"},
				{"he wants to attack four provisions", storyline.QuoteIndirect, "Bernie Sanders"},
			},
		},
		{
			name:  "reported speech after a home and an apposition",
			body:  "Rep. Darrell Issa of California, the senior Republican on the committee, said the talks broke the law. Michael Tanner of the Cato Institute, a critic of the plan, said it is vague.",
			names: []string{"Darrell Issa", "LOC:California", "Michael Tanner", "ORG:Cato Institute"},
			want: []want{
				{"the talks broke the law", storyline.QuoteIndirect, "Darrell Issa"},
				{"it is vague", storyline.QuoteIndirect, "Michael Tanner"},
			},
		},
		{
			name:  "reported speech of a common noun",
			body:  "The Justice Department opened an inquiry. The department said that it had found thousands of cases. Several experts say the fine is far too small.",
			names: []string{"ORG:Justice Department"},
			want: []want{
				{"it had found thousands of cases", storyline.QuoteIndirect, "Justice Department"},
				{"the fine is far too small", storyline.QuoteIndirect, ""},
			},
			rule: true,
		},
		{
			name:  "said and a name before a long apposition ends the sentence",
			body:  "Its first national television ad could start this week, said Brian Baker, a longtime political adviser to the family who oversees the campaign.",
			names: []string{"Brian Baker"},
			want:  []want{{"Its first national television ad could start this week", storyline.QuoteIndirect, "Brian Baker"}},
		},
		{
			name:  "it and an adverb before the cue",
			body:  "“His company was left holding debt,” the Daily Courier wrote.\n\n“But since then, his fortunes have changed,” it further wrote.",
			names: []string{"ORG:Daily Courier"},
			want: []want{
				{"His company was left holding debt", storyline.QuoteDirect, "Daily Courier"},
				{"But since then, his fortunes have changed", storyline.QuoteDirect, "Daily Courier"},
			},
		},
		{
			name:  "a name that describes the person after it is not the subject",
			body:  "Ann Lee spoke in Ohio.\n\nLee communication director Mary Stone said Trump is reduced to insults. “You could dismiss these actions,” she said.",
			names: []string{"Ann Lee", "Lee=Ann Lee", "Mary Stone", "Trump=Donald Trump"},
			want:  []want{{"Trump is reduced to insults", storyline.QuoteIndirect, "Mary Stone"}, {"You could dismiss these actions", storyline.QuoteDirect, "Mary Stone"}},
		},
		{
			name:  "a verb between two names is no role",
			body:  "Trump beat Cruz in Iowa on Monday. “We won big,” he said.",
			names: []string{"Trump=Donald Trump", "Cruz=Ted Cruz"},
			want:  []want{{"We won big", storyline.QuoteDirect, "Donald Trump"}},
		},
		{
			name:  "a name in a clause of its own does not replace the pronoun",
			body:  "Ann Lee spoke in Ohio. After meeting Trump, she, in turn, said: “It went well.”",
			names: []string{"Ann Lee", "Trump=Donald Trump"},
			want:  []want{{"It went well.", storyline.QuoteDirect, "Ann Lee"}},
		},
		{
			name:  "a long clause with a second cue joins nothing",
			body:  "“We will win,” Trump said, before Clinton, who spoke later in the evening in Philadelphia, responded: “No, we will.”",
			names: []string{"Trump=Donald Trump", "Clinton=Hillary Clinton"},
			want:  []want{{"We will win", storyline.QuoteDirect, "Donald Trump"}, {"No, we will.", storyline.QuoteDirect, "Hillary Clinton"}},
		},
		{
			name:  "the officials of a campaign are not its candidate",
			body:  "Clinton campaign officials also said the emails were never classified.",
			names: []string{"Clinton=Hillary Clinton"},
			// what they said is reported speech of nobody we can name
			want: []want{{"the emails were never classified", storyline.QuoteIndirect, ""}},
		},
		{
			name:  "an adviser named after a name is still their own speaker",
			body:  "“He is finished,” said a Trump adviser.",
			names: []string{"Trump=Donald Trump"},
			want:  []want{{"He is finished", storyline.QuoteDirect, ""}},
		},
		{
			name:  "the name after a description with a name in it",
			body:  "“We will win,” said the Clinton campaign's chairman, John Podesta.",
			names: []string{"Clinton=Hillary Clinton", "John Podesta"},
			want:  []want{{"We will win", storyline.QuoteDirect, "John Podesta"}},
		},
		{
			name:  "a longtime adviser, then the name",
			body:  "“It is over,” said a longtime adviser, Jane Roe.",
			names: []string{"Jane Roe"},
			want:  []want{{"It is over", storyline.QuoteDirect, "Jane Roe"}},
		},
		{
			name: "what was not said is no reported speech",
			body: "Police officials couldn't say how many people died in the fire. What the nominee said in the debate was far from the truth.",
			want: nil,
		},
		{
			name:  "a name before a dash without a closing dash is no speaker",
			body:  "Many disagreed with Ann Lee -- “He is unfit” was the refrain.",
			names: []string{"Ann Lee"},
			want:  []want{{"He is unfit", storyline.QuotePartial, ""}},
			// the speaker model gives it to Ann Lee, the only name near it
			ruleSpeaker: true,
		},
		{
			name:  "a named speaker before the fragment outranks the outlet that reported it",
			body:  "Trump told the crowd that Clinton is “a liar and a crook,” Fox News reported.",
			names: []string{"Trump=Donald Trump", "Clinton=Hillary Clinton", "ORG:Fox News"},
			want:  []want{{"a liar and a crook", storyline.QuotePartial, "Donald Trump"}},
		},
		{
			name:  "short words after a possessive are no title",
			body:  "Lee said Trump's “I am the law” remark was a threat.",
			names: []string{"Lee=Ann Lee", "Trump=Donald Trump"},
			want:  []want{{"I am the law", storyline.QuotePartial, "Ann Lee"}},
		},
		{
			name:  "a preposition ends the description",
			body:  "“It is over,” said in an interview with Fox News.",
			names: []string{"ORG:Fox News"},
			want:  []want{{"It is over", storyline.QuoteDirect, ""}},
			// the speaker model gives it to Fox News, the only name near it
			ruleSpeaker: true,
		},
		{
			name:  "a pronoun inside a relative clause is not the subject",
			body:  "Christie, who has campaigned for Donald Trump since he quit, blasted Clinton as a “disgrace” on Wednesday.",
			names: []string{"Christie=Chris Christie", "Donald Trump", "Clinton=Hillary Clinton"},
			want:  []want{{"disgrace", storyline.QuotePartial, "Chris Christie"}},
		},
		{
			name:  "he is the sentence's subject, not a name before a cue inside it",
			body:  "Mr. Trump was blunt, claiming that President Obama wanted to take in more refugees. “You’d have to be insane,” he said.",
			names: []string{"Trump=Donald Trump", "Obama=Barack Obama"},
			want: []want{
				{"President Obama wanted to take in more refugees", storyline.QuoteIndirect, "Donald Trump"},
				{"You’d have to be insane", storyline.QuoteDirect, "Donald Trump"},
			},
		},
		{
			name:  "an apposition between the name and the cue after a closed sentence",
			body:  "“Perpetual motion!” Rep. Glenn Thompson, R-Pa., said of the events.",
			names: []string{"Glenn Thompson"},
			want:  []want{{"Perpetual motion!", storyline.QuoteDirect, "Glenn Thompson"}},
		},
		{
			name:  "said a spokesman for someone",
			body:  "“We lost,” said a spokesman for Sanders.",
			names: []string{"Sanders=Bernie Sanders"},
			want:  []want{{"We lost", storyline.QuoteDirect, "Bernie Sanders"}},
		},
		{
			name:  "an aide to someone speaks for themselves",
			body:  "“We lost,” Sanders said.\n\n“It was close,” said an aide to Sanders.",
			names: []string{"Sanders=Bernie Sanders"},
			want:  []want{{"We lost", storyline.QuoteDirect, "Bernie Sanders"}, {"It was close", storyline.QuoteDirect, ""}},
		},
		{
			name:        "a subordinator before a cue after the quotation is no common-noun subject",
			body:        "Lee had previously said, “We’ll see,” when asked whether he would run again.",
			names:       []string{"Lee=Tom Lee"},
			want:        []want{{"We’ll see", storyline.QuoteDirect, "Tom Lee"}},
			ruleSpeaker: true,
		},
		{
			name:  "a person's body between the name and the cue is no speaker",
			body:  "The plan drew fire on Monday.\n\nMichael Tanner of the Cato Institute said: “The plan will fail, and everyone knows it.”",
			names: []string{"Michael Tanner", "ORG:Cato Institute"},
			want:  []want{{"The plan will fail, and everyone knows it.", storyline.QuoteDirect, "Michael Tanner"}},
		},
		{
			name:  "a person's place between the name and the cue",
			body:  "The plan drew fire on Monday.\n\nSen. Chuck Schumer of New York said, “The deal is fair to working families.”\n\nJane Doe of Reuters reported that talks had stalled.",
			names: []string{"Chuck Schumer", "Jane Doe", "ORG:Reuters"},
			want: []want{
				{"The deal is fair to working families.", storyline.QuoteDirect, "Chuck Schumer"},
				{"talks had stalled", storyline.QuoteIndirect, "Jane Doe"},
			},
		},
		{
			name:  "a credit line's body does not run into the next paragraph",
			body:  "By Jane Doe of Reuters\n\nJoe Biden said: “We will rebuild the bridge.”",
			names: []string{"Jane Doe", "Joe Biden", "ORG:Reuters"},
			want:  []want{{"We will rebuild the bridge.", storyline.QuoteDirect, "Joe Biden"}},
		},
		{
			name:  "two people of two places",
			body:  "The vote was close.\n\nAnn Smith of Ohio and Bob Jones of Texas said that the bill would pass.",
			names: []string{"Ann Smith", "Bob Jones"},
			want:  []want{{"the bill would pass", storyline.QuoteIndirect, "Bob Jones"}},
			rule:  true,
		},
		{
			name:  "a common noun after the cue is not the speaker before",
			body:  "“We lost,” Sanders said.\n\n“It is over,” tweeted a user from Ohio.",
			names: []string{"Sanders=Bernie Sanders"},
			want:  []want{{"We lost", storyline.QuoteDirect, "Bernie Sanders"}, {"It is over", storyline.QuoteDirect, ""}},
		},
	}
	s := newStage(t)
	rule := &Stage{Lexicon: s.Lexicon}
	ruleSpeaker := &Stage{Lexicon: s.Lexicon, Reported: s.Reported}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := s
			switch {
			case tc.rule:
				st = rule
			case tc.ruleSpeaker:
				st = ruleSpeaker
			}
			got := utterancesOf(t, st, docWith(tc.body, tc.names...))
			if len(got) != len(tc.want) {
				t.Fatalf("got %d quotes, want %d: %+v", len(got), len(tc.want), got)
			}
			for i, w := range tc.want {
				g := got[i]
				if g.Text != w.text || g.Kind != w.kind || g.Speaker != w.speaker {
					t.Errorf("quote %d = %q %s [%s], want %q %s [%s]", i, g.Text, g.Kind, g.Speaker, w.text, w.kind, w.speaker)
				}
			}
		})
	}
}

// TestSpansPointIntoBody checks the provenance rule: a quote of one
// fragment is exactly the body text of its span.
func TestSpansPointIntoBody(t *testing.T) {
	for _, body := range []string{
		"“One,” Smith said. Then “two words” appeared, and “three” too.",
		"“It means,” Smith said, “that Europe must step up.”",
		"Smith said:\n\n“The first part runs on.\n\n“And the second part ends here.”",
	} {
		d := docWith(body, "Smith")
		rs := []rune(body)
		for _, q := range quotesOf(t, newStage(t), d) {
			if got := string(rs[q.Start:q.End]); got != q.Text {
				t.Errorf("span %d:%d is %q, text is %q", q.Start, q.End, got, q.Text)
			}
		}
	}
}

// TestQuoteParts checks that a quotation split by its attribution is a
// quote for each pair of marks, the later ones continuing the one before,
// with one speaker, cue and kind.
func TestQuoteParts(t *testing.T) {
	tests := []struct {
		name      string
		body      string
		texts     []string
		continues []bool
	}{
		{"split by its cue", "“It means,” Smith said, “that Europe must step up.”",
			[]string{"It means", "that Europe must step up."}, []bool{false, true}},
		{"split by a sentence of attribution", "“We are ready to act,” Smith said. “For this, Europe must act.”",
			[]string{"We are ready to act", "For this, Europe must act."}, []bool{false, true}},
		{"two quotations", "“We lost,” Smith said.\n\n“It was close,” said an aide to Smith.",
			[]string{"We lost", "It was close"}, []bool{false, false}},
		// sameAttribution: PolNeAR marks each of these runs as one attribution
		{"fragments of one clause", "Smith said the plan is “a reckless gamble” and “not a serious idea” because of the costs.",
			[]string{"a reckless gamble", "not a serious idea"}, []bool{false, true}},
		{"fragments of two sentences", "Smith said the plan is “a reckless gamble.” The mayor was “not amused at all” by the costs.",
			[]string{"a reckless gamble.", "not amused at all"}, []bool{false, false}},
		{"a quotation after the sentence of the attribution", "“We are ready to act,” Smith said on Friday. He spoke to workers at the port. “For this, Europe must act.”",
			[]string{"We are ready to act", "For this, Europe must act."}, []bool{false, true}},
		{"a quotation with an attribution of its own", "“We are ready to act,” Smith said on Friday. He spoke to workers at the port. “For this, Europe must act,” an aide said.",
			[]string{"We are ready to act", "For this, Europe must act"}, []bool{false, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var qs []storyline.Quote
			for _, q := range quotesOf(t, newStage(t), docWith(tt.body, "Smith")) {
				if q.Kind != storyline.QuoteIndirect { // reported speech beside the quotations
					qs = append(qs, q)
				}
			}
			if len(qs) != len(tt.texts) {
				t.Fatalf("got %d quotes, want %d: %+v", len(qs), len(tt.texts), qs)
			}
			for i, q := range qs {
				if q.Text != tt.texts[i] || q.Continues != tt.continues[i] {
					t.Errorf("quote %d = %q continues %v, want %q %v", i, q.Text, q.Continues, tt.texts[i], tt.continues[i])
				}
				if q.Continues && (q.Speaker != qs[i-1].Speaker || q.Cue != qs[i-1].Cue || q.Kind != qs[i-1].Kind) {
					t.Errorf("part %d: %+v differs from the part before: %+v", i, q, qs[i-1])
				}
			}
		})
	}
}

func TestPronounNeverExported(t *testing.T) {
	d := docWith("“I will stay,” he said.\n\n“They did it,” they said.")
	for _, q := range quotesOf(t, newStage(t), d) {
		switch strings.ToLower(q.Speaker) {
		case "he", "she", "they", "we", "it":
			t.Errorf("speaker is a pronoun: %+v", q)
		}
	}
}

func TestEmptyBody(t *testing.T) {
	d := &storyline.Doc{Article: &storyline.Article{Body: "  "}}
	if err := newStage(t).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if d.Article.Quotes == nil || len(d.Article.Quotes) != 0 {
		t.Errorf("quotes = %#v, want an empty list", d.Article.Quotes)
	}
}

func TestCancelledContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := newStage(t).Process(ctx, docWith("“x,” Smith said.", "Smith")); err == nil {
		t.Error("Process ignored a cancelled context")
	}
}

// TestSpeakersAreEntities checks the contract: every speaker is a PERSON or
// ORG entity of the article, the entity stage's Speakers pass adding or
// retyping, from the quote stage's evidence, the ones the tagger missed and
// dropping the rest.
func TestSpeakersAreEntities(t *testing.T) {
	body := "“It was positive,” Denmark said.\n\n“The deal is done,” Politico reported.\n\n“We are leaving,” Kristen Day said."
	d := docWith(body, "Denmark", "Kristen Day")
	for i := range d.Mentions {
		switch d.Mentions[i].Text {
		case "Denmark":
			d.Mentions[i].Type = storyline.Place
		case "Kristen Day":
			d.Mentions[i].Type = storyline.Misc
		}
	}
	d.Article.Entities = entitiesOf(d.Mentions)
	qs := quotesOf(t, newStage(t), d)
	speakers := map[string]string{}
	for _, q := range qs {
		speakers[q.Text] = q.Speaker
	}
	want := map[string]string{"It was positive": "", "The deal is done": "Politico", "We are leaving": "Kristen Day"}
	for text, w := range want {
		if speakers[text] != w {
			t.Errorf("speaker of %q = %q, want %q", text, speakers[text], w)
		}
	}
	types := map[string]storyline.EntityType{}
	for _, e := range d.Article.Entities {
		types[e.Name] = e.Type
	}
	for _, q := range qs {
		if q.Speaker != "" && types[q.Speaker] != storyline.Person && types[q.Speaker] != storyline.Org {
			t.Errorf("speaker %q is a %q entity", q.Speaker, types[q.Speaker])
		}
	}
}
