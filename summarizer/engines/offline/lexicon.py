"""Word lists the offline engine's rules consult. Data, not logic: extend freely."""

from __future__ import annotations

from collections.abc import Collection
from typing import Literal

from ...text.names import TITLE_WORDS
from ...text.predicates import is_adverb_form


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


SPEECH_VERBS = _words(
    """
    said says say told tells added adds wrote writes posted posts stated states declared declares
    insisted insists argued argues warned warns claimed claims noted notes explained explains
    announced announces urged urges asked asks replied replies responded responds acknowledged
    acknowledges conceded concedes admitted admits suggested suggests maintained maintains
    called calls described describes tweeted tweets confirmed confirms denied denies stressed
    stresses emphasized emphasised emphasizes emphasises reiterated reiterates cautioned
    cautions recalled recalls predicted predicts vowed vows pledged pledges promised promises
    accused accuses criticized criticised criticizes criticises praised praises demanded
    demands saying adding telling writing noting insisting warning arguing claiming stressing
    continued continues explaining recalling testified testifies remarked remarks commented
    comments observed observes asserted asserts answered answers joked jokes quipped quips
    shouted shouts yelled yells complained complains lamented laments boasted boasts
    concluded concludes contended contends countered counters texted tweeting posting
    conceding acknowledging admitting describing calling accusing urging asking expressed
    expresses expressing yell shout scream whisper requested requests chanted chants screamed
    screams screaming stating declaring announcing confirming denying replying responding
    reiterating predicting vowing promising commenting observing disagreed disagrees
    retorted retorts interjected interjects repeated repeats repeating emailed emails messaged
    cautioning emphasizing emphasising complaining remarking suggesting confided confides
    implored implores
    """
)
INVERTIBLE_VERBS = _words(
    """
    said says added adds wrote writes continued continues explained explains noted notes
    recalled recalls asked asks replied replies answered answers insisted insists declared
    declares argued argues concluded concludes observed observes remarked remarks commented
    comments testified testifies warned warns cautioned cautions stressed stresses tweeted
    posted quipped joked countered counters acknowledged conceded admitted vowed vows promised
    promises claimed claims announced announces confirmed confirms predicted predicts boasted
    complained complains responded responds retorted reiterated suggested suggests maintained
    maintains urged urges confided implored
    """
)
"""Speech verbs that may come before their speaker: '"…," said Lena Varga.'"""
MANNER_SPEECH_VERBS = _words(
    """
    ruled fumed raged blasted slammed gushed sobbed wept whispered muttered sighed laughed cried
    beamed smiled confessed pleaded begged revealed snapped hissed groaned chuckled
    rejoined mused deadpanned scoffed marveled marvelled remembered remembers pressed persisted
    shares shared cracked agrees agreed
    """
)
"""Verbs that tell how something was said, and mean other things too ('slammed the door',
'pleaded guilty'): a quotation's frame only right before its colon or comma ('Pruitt fumed:
"…"') or closing the sentence after it ('"…," she sobbed.')."""
BASE_SPEECH_VERBS = _words(
    """
    say tell add write post state declare insist argue warn claim note explain announce urge
    ask reply respond acknowledge concede admit suggest call describe tweet confirm deny stress
    emphasize emphasise reiterate praise criticize criticise accuse demand promise vow pledge
    """
)
"""Speech verbs after 'to': 'took to social media to praise the call as "…"'."""
DOCUMENT_NOUNS = _words("statement release letter memo")
"""What a body issues and is then quoted through: 'the statement said', 'the letter read'."""
ADDRESSEE_VERBS = _words("told tells telling informed informs assured assures")
"""Speech verbs whose object is the listener, not the speaker: 'she told Us Weekly'."""
REPORTED_SPEECH_VERBS = SPEECH_VERBS - _words(
    """
    called calls described describes responded responds replied replies asked asks expressed
    expresses expressing continued continues
    """
)
"""Verbs after which a clause is what the speaker said ('said the ban would stay')."""
DEMAND_VERBS = _words("urged urges asked asks called demanded demands")
"""Verbs whose object clause is a demand: 'urged the government to publish'."""

TOPIC_OPENERS = frozenset("of about on regarding".split())
"""Words opening a phrase that names what is spoken of ('Of Hepburn, she said', 'Of Clinton:
"…"'): what follows them is the topic, not the speaker."""
NEWS_ROLES = _words(
    """
    aide adviser advisor lawyer attorney spokesman spokeswoman spokesperson envoy captain
    investigator executive head chief founder owner analyst expert official officials researcher
    economist editor correspondent negotiator diplomat manager chairman chair president
    secretary undersecretary minister mayor governor leader member director commissioner
    representative counterpart colleague deputy boss operator pilot skipper crew engineer
    scientist
    champion prosecutor judge lawmaker senator general commander officer spokesmen master
    harbourmaster harbormaster receiver quarterback linebacker lineman tackle guard forward
    striker goalkeeper midfielder defender pitcher catcher examiner candidate mediator
    columnist firefighter paramedic campaigner mp mps mep meps msp msps mla mlas mk mks legislator
    briton englishman englishwoman frenchman frenchwoman scotsman scotswoman irishman
    irishwoman welshman welshwoman dutchman dutchwoman defenseman defenceman goaltender winger
    cornerback fullback halfback shortstop outfielder infielder rookie insider ombudsman
    strategist pollster consultant donor megadonor mvp
    """
)
ROLE_NOUNS = TITLE_WORDS | NEWS_ROLES
ORGANISATION_WORDS = _words(
    """
    ministry authority board council guard alliance shipping company corporation corp inc ltd llc
    plc group party agency department office union cooperative co-operative association assn bank
    university institute commission committee court police army navy force forces service
    administration kremlin parliament congress senate federation organization organisation
    foundation fund airlines airways motors bureau network coalition front movement brigade corps
    club church see government cabinet embassy consulate tribunal assembly ministry council
    nations league alliance partners holdings industries energy oil gas airline railway railways
    watch
    hospital school college academy museum observatory secretariat command directorate
    presidency whitehall pentagon patrol squad unit conference division society trust prison
    jail penitentiary faculty conservancy clinic entertainment pictures studios records
    foods communications technologies films logistics systems pharmaceuticals electronics
    chemicals automotive aerospace ventures institutes fellowship guild consortium confederation
    syndicate chamber forum leisure investments properties productions publishing publishers
    enterprises brands labs laboratories broadcasting branch dons
    """
)
OPENING_BODY_WORDS = _words(
    """
    agentur agence agencia agenzia banque banco sociedad societe société società sociedade
    gesellschaft gruppe groupe grupo gruppo ministerium ministère ministerio ministero partei
    partido partito zeitung polizei policía polizia universität universidad université
    università instituto istituto stiftung fundación fondation fondazione verein compagnie
    compañía compagnia
    fc afc cf atletico atlético sporting olympique dynamo dinamo borussia air
    """
)
"""A body's words in the languages bodies' names come from ('Deutsche Presse Agentur', 'Banque
du Caire', 'Societe Generale') and those of football clubs' names ('FC Barcelona', 'Atletico
Madrid', 'Sporting Lisbon'): no one's name; most open the name ('Banque du Caire and Bank of
Alexandria' are two)."""
ORGANISATION_WORDS |= OPENING_BODY_WORDS
COMPANY_WORDS = _words(
    """
    entertainment pictures studios records foods communications technologies films
    airlines airways motors holdings industries group logistics systems pharmaceuticals
    electronics chemicals automotive aerospace ventures
    """
)
"""The last word of a company's name whose first word alone also names it: 'Summit' for Summit
Entertainment, 'Kraft' for Kraft Foods."""
PUBLIC_BODY_WORDS = _words(
    """
    ministry authority council police sheriff army navy military government cabinet parliament
    congress senate kremlin embassy consulate court tribunal assembly department agency bureau
    commission patrol prison jail penitentiary presidency pentagon whitehall secretariat
    directorate command guard squad constabulary gendarmerie fbi cia nasa
    """
)
"""Words that make a name a public body's ('Harbor City police'): no company, firm or group,
whatever 'the company said' in its article."""
MEDIA_WORDS = _words(
    """
    news newswire times press post herald courier wire journal telegraph guardian tribune gazette
    chronicle observer express mirror standard independent bbc cnn reuters ap afp fox nbc cbs
    abc msnbc bloomberg axios politico sputnik tass interfax ria itv sky euronews dw aljazeera
    magazine digital radio television tv broadcaster time france-presse jazeera arabiya agence
    francepresse zeitung sinmun nyt wsj wapo
    """
)
PICTURE_AGENCIES = _words("getty reuters afp epa ap pa rex alamy shutterstock ap/pa")
"""Credits a photo caption opens with in capitals ('GETTY Obama campaigned …'): no name's part."""
PLATFORM_NAMES = _words(
    "x twitter facebook instagram telegram truth tiktok youtube linkedin threads"
)
PLACE_WORDS = _words(
    """
    point bay sea river island islands street square road avenue region province oblast way
    hill
    mountains mountain lake peninsula shoal harbour harbor coast gulf strait channel valley
    district county state city town village airport port station bridge border front
    streets roads boulevard blvd ave lane drive highway freeway park cemetery building
    center centre plaza township heights hills falls beach springs stadium arena mall
    tower towers cathedral mosque temple campus quarter suburb neighbourhood neighborhood
    tavern pub inn
    """
)
PLACE_PREFIXES = _words(
    """
    rue avenue boulevard place piazza plaza via calle quai strasse mount mt lake lac cape st
    saint
    port fort rio monte sierra isle hmp bayou punta playa cerro lago bahia cabo puerto
    """
)
"""First words of place names: 'Rue de Castiglione', 'Place Vendôme', 'Lake Tahoe'."""
WORK_WORDS = _words(
    """
    awards award prize prizes act festival games cup championship championships series show
    film movie album song book novel episode season tour olympics program programme bill
    homicide manslaughter murder assault charge charges dui war wars revolution
    finals playoffs card live tonight
    """
)
"""Last words of names that are titles, events or laws, not actors: 'Tony Awards'."""
EVENT_WORDS = _words("hurricane storm typhoon cyclone tropical operation battle")
"""First words of names that are happenings, not actors: 'Hurricane Katrina'."""
VEHICLE_WORDS = _words(
    """
    ship vessel tanker ferry freighter carrier boat trawler yacht aircraft plane jet helicopter
    train frigate submarine destroyer cruiser liner barge tug warship
    """
)
NOT_NAMES = _words(
    """
    the a an this that these those it its he she they we i you his her their our my your
    in on at as but and or if when while after before since despite although however meanwhile
    both all some many most more other another each every no none not one two three four five six
    seven eight nine ten there here what who whom whose which why how where then so yet still
    also even only just for from with without by to of into over under about against between
    during through until upon within across among around behind beyond near off out up down
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december today yesterday tomorrow
    mr mrs ms dr neither either born
    like unlike whatever whoever whichever whenever wherever unless whether amid toward towards
    via perhaps maybe indeed instead later earlier finally initially eventually
    """
)
PERSON_PRONOUNS = _words("he she")
POSSESSIVE_PRONOUNS = _words("his her its their our my your")
MALE_PRONOUNS = _words("he him his himself")
FEMALE_PRONOUNS = _words("she her hers herself")
SPOKESPERSON_NOUNS = _words(
    """
    spokesman spokeswoman spokesperson spokesmen spokeswomen representative representatives
    statement statements release post posts letter tweet message website site account
    official officials management leadership executives
    """
)
"""Heads of a noun phrase that speaks for the name qualifying it: 'a Surrey Police spokeswoman'."""
GROUP_WORDS = _words(
    """
    delegation delegations government authorities military troops forces force navy army
    ministry agency police department office team family committee council court embassy
    company firm giant conglomerate airline administration campaign coalition alliance
    opposition rebels militants protesters prosecutors officials union coastguard regulator
    watchdog parliament cabinet legislature junta
    """
)
"""Heads of a common-noun phrase naming a body that can act or speak: 'the Ukrainian air force'."""
RELATIVE_NOUNS = _words(
    """
    brother sister son daughter father mother wife husband widow widower cousin nephew niece
    uncle aunt grandson granddaughter grandfather grandmother brother-in-law sister-in-law
    """
)
"""Nouns naming someone's relative: 'the brother of Simon Cowell', 'the congressman's wife'."""
PERSON_NOUNS = (
    NEWS_ROLES
    | GROUP_WORDS
    | RELATIVE_NOUNS
    | _words(
        """
        man woman boy girl child kid teen teenager person people baby infant mother father son
        daughter wife husband brother sister parent family friend neighbor neighbour resident
        citizen passenger driver pilot crew witness victim suspect gunman gunmen shooter attacker
        assailant robber thief killer hostage prisoner inmate student fan player worker employee
        customer patient doctor nurse soldier troops militant rebel pirate protester
        demonstrator official authorities officer cop detective investigator firefighter rescuer
        lawmaker leader lawyer attorney prosecutor judge jury juror actor actress singer star
        coach owner climber hiker tourist sailor fisherman defendant survivor spectator
        accountant employee boss receptionist farmer programmer firefighter analyst reporter
        host emcee comedian performer producer organizer organiser hero celebrity athlete
        brigand raider bandit commando marine crewmember sheriff deputy trooper agent clerk
        bystander neighbor shopper motorist pedestrian rider relative partner colleague coworker
        co-worker manager supervisor executive dealer trader investor economist
        maid housekeeper nanny waiter waitress cleaner janitor chef cook bartender
        cashier caretaker landlord tenant servant chauffeur gardener doorman onlooker shopkeeper
        schoolboy schoolgirl schoolchild pupil toddler guy girlfriend boyfriend fiance fiancee
        widow widower godfather godmother
        voter critic observer activist campaigner supporter opponent advocate
        hacker publicist mom mum starlet teacher writer author musician
        rapper surgeon physician biologist participant villager
        parishioner moviegoer environmentalist anarchist mountaineer swimmer scorer salesman
        policeman policewoman coroner magistrate offender criminal crook burglar arsonist
        murderer conspirator fugitive escapee parolee
        """
    )
)
"""Heads of a description of a person or a body: 'the suspect', 'police', 'a gunman'."""
PRONOUNS = _words("he she they it we i")
FEMALE_CUES = _words(  # no pronouns: 'her agent, Mark Roesler' is his role, her agent
    """
    ms mrs miss madam spokeswoman chairwoman businesswoman congresswoman queen actress
    mother wife widow daughter sister girl woman grandmother aunt niece princess duchess
    """
)
MALE_CUES = _words(
    """
    mr sir spokesman chairman businessman congressman king actor father husband
    widower son brother boy man grandfather uncle nephew prince duke
    """
)
ADVERBS = _words(
    "then also now soon still never again first next later only just once even already ever "
    "always instead all both each perhaps"
)
"""Adverbs (and floating quantifiers) that stand between an auxiliary and its verb: 'will
then copy', 'will all be returning'."""
VERBS_IN_LY = _words("apply supply reply rely rally ally imply comply multiply fly tally bully")


def is_adverb(word: str) -> bool:
    """An adverb: one of `ADVERBS`, or a word in -ly lemminflect's lexicon knows as one
    ('eventually', 'probably'; not 'family', 'assembly', nor the verb 'apply')."""
    if word in ADVERBS:
        return True
    return (
        len(word) > 4 and word.endswith("ly") and word not in VERBS_IN_LY and is_adverb_form(word)
    )


NEGATIONS = _words("not never no n't")


def is_negation(word: str) -> bool:
    """'not', 'never', 'no', or a word with its negation written on ('won't', either
    apostrophe)."""
    return word in NEGATIONS or word.endswith(("n't", "n\u2019t"))


MODALS = _words("will would could should might may must can shall")
SMALL_NUMBERS = _words("two three four five six seven eight nine ten eleven twelve")
"""Counts news writes in words: 'two wounded soldiers', 'said two journalists were held'."""
CURRENCY_SIGNS = frozenset("$\u00a3\u20ac\u00a5")
"""Signs a sum opens with, each a token of its own: '$40 million', '\u00a33bn'."""

COUNTRIES = frozenset(
    """
    afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
    bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia
    botswana brazil brunei bulgaria burkina burundi cambodia cameroon canada chad chile china
    colombia comoros congo croatia cuba cyprus czechia denmark djibouti dominica ecuador egypt
    eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana
    greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran
    iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait
    kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg
    madagascar malawi malaysia maldives mali malta mauritania mauritius mexico micronesia
    moldova monaco mongolia montenegro morocco mozambique myanmar namibia nauru nepal
    netherlands nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay
    peru philippines poland portugal qatar romania russia rwanda samoa senegal serbia
    seychelles singapore slovakia slovenia somalia spain sudan suriname sweden switzerland
    syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey turkmenistan tuvalu
    uganda ukraine uruguay uzbekistan vanuatu vatican venezuela vietnam yemen zambia zimbabwe
    britain england scotland wales
    """.split()
) | frozenset(
    [
        "united states", "u.s.", "us", "usa", "u.s.a.", "america", "united kingdom", "u.k.",
        "uk", "north korea", "south korea", "south africa", "saudi arabia", "new zealand",
        "sri lanka", "costa rica", "el salvador", "ivory coast", "east timor", "south sudan",
        "united arab emirates", "uae", "czech republic", "dominican republic", "european union",
        "eu", "holy see", "gaza", "crimea", "russian federation",
    ]
)  # fmt: skip
DEMONYMS = _words(
    """
    american russian ukrainian british french german italian chinese japanese korean indian
    iranian israeli palestinian turkish polish spanish dutch belgian swedish finnish norwegian
    danish greek canadian mexican brazilian australian european western eastern african asian
    arab syrian iraqi afghan egyptian saudi qatari emirati pakistani irish scottish welsh
    english swiss austrian hungarian romanian czech slovak serbian croatian bulgarian
    belarusian georgian armenian azerbaijani kazakh lithuanian latvian estonian moldovan
    englishman englishwoman briton brit scotsman frenchman
    """
)

FAITH_ADJECTIVES = _words(
    """
    jewish muslim christian catholic protestant hindu sikh buddhist sunni shia shiite
    evangelical mormon
    """
)
"""Adjectives of a faith, written in capitals like a nationality ('Jewish settlements')."""

DETERMINERS = frozenset("the a an its their his her our this".split())
"""Words before a name that make it a thing named, not an agent ('the Oval Office')."""

POSTNOMINALS = frozenset("KC QC MP MEP MSP MLA MPP TD SC OBE MBE CBE KBE DBE PhD Esq".split())
"""Letters written after a person's name ('Jonathan Price KC', 'Jo Ames MP'), as written."""


def cue_gender(words: Collection[str]) -> Literal["female", "male"] | None:
    """The gender words of address or role say ('Ms', 'spokeswoman', 'man'); None when they say
    none, or both ('Mr.' and 'Ms.' of two namesakes)."""
    said = set(words)
    female, male = bool(FEMALE_CUES & said), bool(MALE_CUES & said)
    if female != male:
        return "female" if female else "male"
    return None


STATE_VERBS = frozenset("was is were are".split())
"""Verbs after a name that tell a state it is in, not something it does: 'Mike was estranged',
'the letter Mike wrote was "kind"'."""
CRAFTS = _words(
    """
    rocket rockets spacecraft capsule satellite rover lander launcher booster telescope
    """
)
"""Nouns naming a craft the name before them is of: 'the Falcon Heavy rocket', a thing
named, however often the article names it alone ('Falcon Heavy is …'), never an actor."""

WORK_NOUNS = _words(
    """
    film movie book novel novella memoir song album show series play documentary opera musical
    poem sitcom drama comedy thriller biopic
    """
)
"""Nouns naming a work the name after them is the title of: 'his novel Web of Angels'."""

ASIDE_OPENERS = frozenset("a an the its his her their".split())
"""Words that open an aside describing the one named before it, whose closing comma may be
left out: ', an assistant state attorney general said', ', its minister for … added'."""


PARTY_MEMBERS = _words("democrat republican tory democrats republicans tories")
"""Nouns for a party's members that may stand before a name as a nationality does, or after
it in apposition with their state ('Lindsey Graham, Republican of South Carolina,')."""
ROYAL_TITLES = _words("prince princess king queen")
"""A royal's titles, borne with the given name ('Prince Charles') or a style ('Princess
Consort')."""
