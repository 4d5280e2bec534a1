"""Find who is named in an article, with kinds and roles (linking them: `entities`).

A name is a run of capitalised words (with particles such as 'von der'). Its kind comes from cues:
titles inside it ('Environment Minister Ana Ribeiro' is a person with a role), words it contains
('Authority', 'Alliance' → organisation; 'Point', 'Bay' → place; 'Herald', 'News' → media), a
country list, and its neighbours ('the cargo ship Nordic Tern' is a vehicle; 'in Rotterdam' a
place). Roles come from titles, from role words just before a name ('Kremlin aide Yuri Ushakov')
and from appositives on either side ('Lena Varga, a spokeswoman for the group';
'The ship's captain, Dmytro Kovalenko,').

A word that starts a sentence is a name only if the article also uses it as one elsewhere, so
'Police in Saltmere questioned…' does not make 'Police' an actor.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from ...text.dates import WEEKDAYS
from ...text.lemmas import is_common_word, lemma
from ...text.names import (
    ARABIC_ARTICLES,
    PARTICLES,
    PEERAGES,
    SUFFIXES,
    TITLE_WORDS,
    acronyms_of,
    fold_name,
    given_name_gender,
    in_given_name_lists,
    is_census_first_name,
    is_common_surname,
    is_first_name,
    is_given_name,
    is_world_given_name,
    parse_person,
)
from ...text.places import (
    a_state_follows,
    is_capital,
    is_country,
    is_nationality,
    is_place,
    is_state_demonym,
    is_world_region,
    us_state_names,
)
from ...text.predicates import OCCASION_WORDS, is_verb_form, verb_lemma
from ...text.words import STOPWORDS
from .lexicon import (
    COMPANY_WORDS,
    COUNTRIES,
    CRAFTS,
    DEMONYMS,
    DETERMINERS,
    EVENT_WORDS,
    FAITH_ADJECTIVES,
    FEMALE_PRONOUNS,
    GROUP_WORDS,
    MALE_PRONOUNS,
    MANNER_SPEECH_VERBS,
    MEDIA_WORDS,
    NOT_NAMES,
    ORGANISATION_WORDS,
    PARTY_MEMBERS,
    PERSON_NOUNS,
    PICTURE_AGENCIES,
    PLACE_PREFIXES,
    PLACE_WORDS,
    PLATFORM_NAMES,
    POSSESSIVE_PRONOUNS,
    POSTNOMINALS,
    RELATIVE_NOUNS,
    ROLE_NOUNS,
    ROYAL_TITLES,
    SMALL_NUMBERS,
    SPEECH_VERBS,
    SPOKESPERSON_NOUNS,
    VEHICLE_WORDS,
    WORK_NOUNS,
    WORK_WORDS,
)
from .roles import (
    OPENING_MODIFIERS,
    ROLE_CHAIN_STOP,
    a_party_member_of,
    appositive_after,
    appositive_before,
    described_part,
    followed_by_role_noun,
    identified_as,
    role_before,
    role_follows,
    title_split,
)
from .runs import (
    ACRONYMS,
    CLAUSE_OPENERS_CAPITALISED,
    TRAILING_TIME,
    capitalised_runs,
    in_capitals,
    opens_a_clause,
    opens_a_quotation,
    refined,
    sentence_initial,
)
from .sentences import Sentence, Token, possessive_stripped

MentionKind = Literal["person", "organization", "country", "place", "media", "vehicle", "other"]
_LOCATIVES = frozenset(
    "in at near off from to across outside inside into toward towards via".split()
)
_INSIDE = frozenset("in at inside".split())
_COMPANY_DESCRIPTORS = frozenset(
    """
    firm company companies group conglomerate giant carmaker automaker retailer insurer lender
    bank chipmaker airline startup broker miner brewer drugmaker refiner steelmaker planemaker
    shipbuilder housebuilder homebuilder supermarket grocer
    """.split()
)
"""A kind of business right before a name: the name is a company's ('firm Kestrel Capital')."""
_BUSINESS_NOUNS = _COMPANY_DESCRIPTORS | frozenset(
    """
    maker manufacturer producer provider developer supplier operator distributor publisher
    chain subsidiary exchange bourse
    """.split()
)


_SEEKING = frozenset("candidate candidates nominee hopeful contender".split())
"""Roles that name what is sought, not who employs: 'the Republican Senate candidate' seeks a
seat in the Senate, no member of it."""
_STAFF = frozenset(
    "analysts economists strategists executives employees staff staffers shareholders "
    "investors engineers researchers lawyers".split()
)
"""People a firm has, not a person ('Goldman Sachs analysts'; 'Biden aides' are his)."""


def _qualifies_someone_named_after(tokens: Sequence[Token], last: int) -> bool:
    """A run before one lower-case noun that is no role and then a given name opening another
    name: 'Dallas Ebola patient Thomas Eric Duncan' (what he is, no one's name); not 'Donald
    Trump aide Stephen Miller', whose aide is Trump's."""
    if last + 3 >= len(tokens):
        return False
    noun, given = tokens[last + 1], tokens[last + 2]
    return (
        noun.is_word
        and not noun.capitalised
        and noun.lower in PERSON_NOUNS
        and noun.lower not in ROLE_NOUNS
        and given.capitalised
        and is_first_name(given.lower)
        and tokens[last + 3].capitalised
    )


def _a_business_beside(tokens: Sequence[Token], last: int) -> bool:
    """'Norvik Robotics, a maker of warehouse robots, …': the words between commas after the
    name ending at `last` say it is a business."""
    if last + 2 >= len(tokens) or tokens[last + 1].text != ",":
        return False
    phrase: list[str] = []
    for token in tokens[last + 2 : last + 2 + _BUSINESS_PHRASE_WORDS]:
        if token.lower in ("who", "whose"):
            return False  # 'his sister Claire, a film-maker who hates …': someone
        if token.text in (",", ".", ";", ":") or (phrase and token.lower in _AFTER_THE_HEAD):
            return _describes_a_business(" ".join(phrase))  # 'the German stock exchange that
            # is trying to buy its London rival': the head comes before the clause
        phrase.append(token.lower)
    return False


_BUSINESS_PHRASE_WORDS = 8
_AFTER_THE_HEAD = frozenset("of in at for with from on to by that which whose who".split())


def _describes_a_business(appositive: str) -> bool:
    """'a maker of warehouse robots', 'an Oslo startup': words whose head noun (the last
    before a preposition or a relative: not 'firm' in 'a partner in the firm') is a kind of
    business."""
    words = [w.strip(".,'\"") for w in appositive.lower().split()]  # 'film-maker': no maker
    head = next((i for i, w in enumerate(words) if w in _AFTER_THE_HEAD), len(words))
    return (
        bool(words[:1])
        and words[0] in ("a", "an", "the")
        and head > 1
        and (words[head - 1] in _BUSINESS_NOUNS)
    )


_BUSINESS_OPENING_A_SENTENCE = _COMPANY_DESCRIPTORS - frozenset(
    "firm company companies group giant bank broker".split()
)
"""Those capitalised at a sentence's start that begin no company's name ('Carmaker Norvik
recalled …'; but 'Bank of America', 'Group Lotus', 'Giant Eagle')."""
_OBJECT_PREPOSITIONS = frozenset(
    "by with of for about against onto than like among between under over upon within without "
    "through".split()
)
"""A name right after these is the preposition's object, never a verb's subject: 'remanded by
Barrow magistrates', 'armed with Kalashnikovs stormed'."""
_PLACE_PREPOSITIONS = frozenset("in at near inside outside across off throughout around".split())
_AGENT_AUXILIARIES = frozenset(
    "is was are were has have had will would could should can may might must said says told "
    "did does do".split()
)


@dataclass
class Mention:
    """A name in a sentence: its span (titles excluded), kind, role, and entity once linked."""

    sentence: int
    first: int
    """Index of the name's first token in the sentence."""
    last: int
    start: int
    end: int
    name: str
    kind: MentionKind
    role: str | None = None
    role_start: int | None = None
    """Start of a role written directly before the name ('Harbour master Helen Okafor')."""
    role_before_a_place: bool = False
    """The role stood before the name read as a place's ('the franchise quarterback Chicago
    has missed'): a person's only if the name turns out to be one."""
    appositive: str | None = None
    """A role between commas beside the name ('Miss Rachel Bates, court clerk, said')."""
    identified: tuple[int, int] | None = None
    """The description the sentence says is this person ('The driver, who police identified
    as Ivo Tamm'): one more mention of them, and their role."""
    described: tuple[int, int] | None = None
    """Where the appositive says what the named one is ('a physician' of ', a physician who
    runs a clinic,'): another mention of them."""
    agentive: bool = False
    """Followed by a verb: the name acts ('Kyiv insists', 'Russia rejected')."""
    located: bool = False
    """After a locative preposition: 'in Kyiv', 'in the Oval Office', 'off Saltmere Point'."""
    inside: bool = False
    """After 'in', 'at' or 'inside' (with an article between or not): used as a location."""
    headline: bool = False
    """In a headline or heading rather than the story's sentences."""
    quoted: bool = False
    """Inside a quotation: the speaker's words, not the reporter's."""
    affiliation: bool = False
    """Qualifies a person: 'Chargers' Jamal Williams', 'a Surrey Police spokeswoman'."""
    determined: bool = False
    """After an article or possessive: 'the Nordic Tern'."""
    modifier: bool = False
    """Directly before a lower-case noun: 'Saltmere spill', 'Brightwater chief executive'."""
    relative: bool = False
    """Named as someone's relative: 'the brother of Simon Cowell'."""
    pronoun_gender: Literal["female", "male"] | None = None
    """The gender the personal pronouns of the name's sentence give, if they agree."""
    work: bool = False
    """Named as a work's title or a craft's name: 'the Colombian drama Maria Full of Grace',
    'the Falcon Heavy rocket'."""
    nickname: str | None = None
    """The name a nickname inside the full name makes with the surname: 'Lucky Luciano' of
    'Charles "Lucky" Luciano', another name the person goes by."""
    relation: str | None = None
    """The relative's noun and its owner before the name ('daughter' of 'his daughter Ivanka
    Trump'): someone of the family of another the article speaks of, not that one."""
    family: str | None = None
    """The name of the one whose relative this given name is ('Thicke' of 'Thicke's son,
    Robin'): a given name that is that family's, not another person's who bears it (Robin
    Roberts); 'Mr Begg's father, Azmat' is Azmat Begg."""
    speaking: bool = False
    """Followed by a verb of saying, past adverbs: 'Parry explained', 'Parry also revealed'."""
    reporting: bool = False
    """Followed by a verb of reporting ('TMZ reported', 'ESPN is reporting', 'the Post has
    learned'): what an outlet does, no part in the story."""
    abbreviation: bool = False
    """Initials the article spells out in lower-case words ('a fast radio burst (FRB)', 'an
    improvised explosive device (IED)'): a thing's short name, no agent's."""
    entity: int | None = None

    @property
    def role_first(self) -> int:
        """The first token of the name with the role words right before it ('coach Greg
        McDermott')."""
        if self.role_start is not None and self.role:
            return self.first - len(self.role.split())
        return self.first

    @property
    def styled_first(self) -> int:
        """The first token of the name with the style it is given ('Lord Tamm', 'Mr Tamm'),
        which an apposition before it stands next to ('The minister, Lord Tamm,')."""
        if self.role and all(w.lower().rstrip(".") in _STYLES for w in self.role.split()):
            return self.role_first
        return self.first


def find_mentions(sentences: Sequence[Sentence]) -> list[Mention]:
    """Every name in the article, classified, in order."""
    runs = _without_doubled_openings(
        [(s, run) for s in sentences if not s.debris for run in capitalised_runs(s.tokens)]
    )
    known_edges: set[str] = set()  # first and last words of names used mid-sentence
    for sentence, (first, last) in runs:
        if opens_a_clause(sentence.tokens, first) or sentence.headline:
            continue
        if first < last and opens_a_quotation(sentence.tokens, first):
            first = last  # '"Now Defra have …"': 'Now' may open the speaker's clause
        known_edges.update((sentence.tokens[first].lower, sentence.tokens[last].lower))
    surnames = {  # last words of names with a given name: 'Billy King' makes 'King' a name
        sentence.tokens[last].lower
        for sentence, (first, last) in runs
        if last > first
        and not sentence.headline  # 'Teen Shot 11 Times By Police': Title Case, no surname
        and sentence.tokens[last - 1].lower not in ROLE_NOUNS
        and not _a_title_after_a_word(sentence.tokens, last)
    }
    mentions: list[Mention] = []
    for sentence, run in runs:
        for first, last in refined(sentence, run, known_edges):
            mention = _mention(sentence, first, last, known_edges, surnames)
            if mention is not None:
                mentions.append(mention)
    mentions = _with_family_names_first(runs, mentions, known_edges, surnames)
    mentions = _with_surnames_speaking(runs, mentions, known_edges, surnames)
    mentions = _join_nicknamed(sentences, mentions)
    mentions = [_a_places_police(sentences[m.sentence].tokens, m) for m in mentions]
    mentions = _with_national_bodies(sentences, runs, mentions, known_edges, surnames)
    mentions = _with_bodies_before_titles(sentences, mentions)
    mentions = [_a_countrys_body(sentences[m.sentence], m, known_edges, surnames) for m in mentions]
    mentions = _without_nationalities(sentences, mentions, known_edges, surnames)
    mentions = _without_a_body_after_a_person(sentences, mentions, known_edges, surnames)
    _bodies_by_their_verbs(sentences, mentions)
    vehicles = {fold_name(m.name) for m in mentions if m.kind == "vehicle"}
    surnames = {  # full names, and a lone name after a title ('President Obama')
        parse_person(m.name).surname_key
        for m in mentions
        if m.kind == "person"
        and (" " in m.name or _after_a_personal_title(sentences[m.sentence].tokens, m.first))
    }
    after_an_article = {  # 'Sisi' after 'Abdel-Fattah al-Sisi': the surname without 'al-'
        key.split("_", 1)[1]
        for key in surnames
        if "_" in key and key.split("_", 1)[0] in ARABIC_ARTICLES
    }
    particled = {  # 'Del Rio' after 'Jack Del Rio': his surname, not the Texas town
        fold_name(surname)
        for m in mentions
        if m.kind == "person"
        and " " in (surname := parse_person(m.name).surname)
        and parse_person(m.name).given
    }
    settled: set[int] = set()  # bodies that turned out to be people: no second look
    for index, mention in enumerate(mentions):
        if fold_name(mention.name) in vehicles:
            mention.kind = "vehicle"
        elif mention.kind == "organization" and (
            _a_team_or_a_surname(mention, surnames)
            or _a_spokespersons_principal(sentences[mention.sentence].tokens, mention, surnames)
        ):
            mention.kind = "person"  # 'Cheeks', 'Mo Cheeks' after 'Maurice Cheeks'
            settled.add(index)
    organisation_heads: dict[str, set[str]] = {}  # 'kraft': {'kraft foods'}, however often
    teams: set[str] = set()  # 'chargers' of 'San Diego Chargers', 'the Chargers'
    for m in mentions:
        folded = fold_name(m.name)
        if m.kind == "organization" and " " in m.name:
            organisation_heads.setdefault(folded.split()[0], set()).add(folded)
        if m.kind == "organization" and plural_noun(folded.split()[-1]):
            teams.add(folded.split()[-1])
    for index, mention in enumerate(mentions):
        if mention.kind in ("other", "place") and fold_name(mention.name) in particled:
            mention.kind = "person"
            continue
        if index in settled or " " in mention.name:
            continue
        if mention.kind not in ("other", "place", "person", "media"):
            continue
        single = fold_name(mention.name)
        key = parse_person(mention.name).surname_key
        if mention.kind == "media":  # 'Fox said' after 'John Fox': his surname, no network
            if key in surnames:
                mention.kind = "person"
            continue
        if key in surnames or (mention.kind == "other" and key in after_an_article):
            mention.kind = "person"
        elif mention.kind == "other" and _a_team_named_alone(mention, single, teams):
            mention.kind = "organization"  # 'Chargers defensive lineman Jamal Williams'
        elif (
            len(organisation_heads.get(single, ())) == 1
            and not mention.located
            and not mention.modifier
            and not _described_as_a_settlement(sentences[mention.sentence].tokens, mention.last)
        ):  # (not 'Wasilla, Mrs Palin's home town,' beside the Wasilla Bible Church)
            mention.kind = "organization"  # 'Kraft said' in an article about Kraft Foods
    _towns_that_only_speak(sentences, mentions)
    abbreviations = _spelled_out_in_lower_case(sentences) | {
        letters  # 'the Consumer Electronics Show (CES)': the show's short name, no agent either
        for mention in mentions
        if mention.kind == "other" and fold_name(mention.name).split()[-1] in _OCCASION_HEADS
        for letters in acronyms_of(mention.name)
    }
    pronoun_genders = {i: _pronouns_gender(sentences[i]) for i in {m.sentence for m in mentions}}
    for mention in mentions:
        mention.abbreviation = mention.name.replace(".", "") in abbreviations
        mention.pronoun_gender = pronoun_genders[mention.sentence]
    return mentions


def _pronouns_gender(sentence: Sentence) -> Literal["female", "male"] | None:
    """The gender the sentence's own personal pronouns give, outside quotations, if they agree
    ('In announcing his retirement, Meadows said he …': male)."""
    said: set[Literal["female", "male"]] = {
        "male" if t.lower in MALE_PRONOUNS else "female"
        for t in sentence.tokens
        if (t.lower in MALE_PRONOUNS or t.lower in FEMALE_PRONOUNS)
        and not sentence.is_quoted(t.start)
    }
    return said.pop() if len(said) == 1 else None


_BRACKETED_INITIALS = re.compile(r"\(([A-Z]{2,6})s?\)")
_SPELLED_WORD = re.compile(r"[A-Za-z]+")
_SPELLED_REACH = 120
"""Characters before the brackets that the spelled-out words may take (six long words)."""
_UNSPELLED = frozenset("of and the for in on to".split())
"""Words initials leave out: 'weapons of mass destruction (WMD)'."""


def _spelled_out_in_lower_case(sentences: Sequence[Sentence]) -> set[str]:
    """Initials in brackets right after the lower-case words they stand for ('post-traumatic
    stress disorder (PTSD)'); not after a capitalised name ('World Health Organization (WHO)')."""
    found: set[str] = set()
    for sentence in sentences:
        for match in _BRACKETED_INITIALS.finditer(sentence.text):
            letters = match.group(1)
            before = sentence.text[max(0, match.start() - _SPELLED_REACH) : match.start()]
            words: list[str] = _SPELLED_WORD.findall(before)
            initials = ""
            for word in reversed(words):
                if not word.islower():
                    break
                if word not in _UNSPELLED:
                    initials = word[0].upper() + initials
                if len(initials) >= len(letters):
                    break
            if initials == letters:
                found.add(letters)
    return found


def _towns_that_only_speak(sentences: Sequence[Sentence], mentions: list[Mention]) -> None:
    """'Sousa said …', '…, said Sousa': a one-word name GeoNames lists as a town (Sousa,
    Brazil) that the article only ever has speaking is someone's surname, of no kind yet.
    One it places anything in ('in Sousa') stays a town; a capital, a country or a state
    speaks for its government ('Lima said')."""
    by_name: dict[str, list[Mention]] = {}
    for mention in mentions:
        if mention.kind == "place" and " " not in mention.name:
            by_name.setdefault(fold_name(mention.name), []).append(mention)
    states = {fold_name(state) for state in us_state_names()}
    for name, found in by_name.items():
        if is_capital(name) or is_country(name) or name in states:
            continue
        if all(
            not (m.located or m.inside or m.determined or m.headline)
            and _speaks(sentences[m.sentence].tokens, m.first, m.last)
            for m in found
        ):
            for mention in found:
                mention.kind = "other"


def _speaks(tokens: Sequence[Token], first: int, last: int) -> bool:
    """A speech verb right after the name ('Sousa said') or right before it after a comma or
    a closing quotation mark ('…, said Sousa', '"…," said Sousa')."""
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    if after is not None and not after.capitalised and after.lower in SPEECH_VERBS:
        return True
    return (
        first >= 2
        and tokens[first - 2].text in (",", '"', "\u201d")
        and not tokens[first - 1].capitalised
        and tokens[first - 1].lower in SPEECH_VERBS
    )


_NICKNAME_WORDS = 4
"""Words a nickname written inside a name may have: 'Vincent "The Chin" Gigante'."""


def _join_nicknamed(sentences: Sequence[Sentence], mentions: list[Mention]) -> list[Mention]:
    """'Vincent "The Chin" Gigante', 'Charles "Lucky" Luciano', 'Charles (Lucky) Luciano': a
    given name, a short quoted nickname, a surname. The two names are one person's full name
    (the nickname stays in the span, which is the article's text); the nickname names no one
    of its own, but makes with the surname a name the person goes by ('Lucky Luciano'; not
    an epithet's 'The Chin Gigante')."""
    joined: list[Mention] = []
    skip: set[int] = set()
    for index, mention in enumerate(mentions):
        if index in skip:
            continue
        tokens = sentences[mention.sentence].tokens
        close = _nickname_end(tokens, mention.last) if mention.first == mention.last else None
        surname = next(
            (
                (k, m)
                for k, m in enumerate(mentions[index + 1 : index + 4], start=index + 1)
                if close is not None and m.sentence == mention.sentence and m.first == close + 1
            ),
            None,
        )
        if surname is None or not is_first_name(mention.name) or " " in surname[1].name:
            joined.append(mention)
            continue
        k, last = surname
        called = " ".join(t.text for t in tokens[mention.last + 2 : close] if t.is_word)
        skip.update(
            j
            for j in range(index + 1, k)
            if mentions[j].sentence == mention.sentence and mentions[j].first < last.first
        )
        skip.add(k)
        joined.append(
            replace(
                last,
                first=mention.first,
                start=mention.start,
                name=f"{mention.name} {last.name}",
                kind="person",
                role=mention.role,
                role_start=mention.role_start,
                nickname=None if called.startswith("The ") else f"{called} {last.name}",
            )
        )
    return joined


def _nickname_end(tokens: Sequence[Token], given: int) -> int | None:
    """The closing quotation mark (or bracket) of a short capitalised nickname right after
    token `given`."""
    opening = given + 1
    if opening >= len(tokens) or tokens[opening].text not in ('"', "\u201c", "'", "\u2018", "("):
        return None
    closing = (")",) if tokens[opening].text == "(" else ('"', "\u201d", "'", "\u2019")
    for close in range(opening + 1, min(len(tokens), opening + _NICKNAME_WORDS + 2)):
        if tokens[close].text in closing:
            words = [t for t in tokens[opening + 1 : close] if t.is_word]
            fits = bool(words) and all(t.capitalised for t in words)
            return close if fits and close + 1 < len(tokens) else None
    return None


_COMPASS = frozenset(
    "north south east west northern southern eastern western central northeast northwest "
    "southeast southwest".split()
)
_AREAS = _COMPASS | frozenset(
    "suburban downtown uptown midtown rural coastal greater metropolitan inner outer nearby "
    "neighbouring neighboring".split()
)
"""Words before a place's name that tell what part of it: 'in suburban Detroit'."""


def _shouted_word(word: str) -> bool:
    """An ordinary word in capitals ('MAN', 'POLICE'), not initials ('NYPD', 'SEACOM', 'US')."""
    return in_capitals(word) and is_common_word(word.lower()) and word not in ACRONYMS


_CONTRACTION = re.compile(r"['\u2019](?:d|ll|re|ve|m)$|n['\u2019]t$", re.IGNORECASE)


_HONORIFICS = frozenset("mr mrs ms dr".split())
"""Titles British style writes without a stop ('Mrs Hollis'), which stay the name's role."""
_STYLES = _HONORIFICS | PEERAGES | frozenset("miss sir dame prof professor rev".split())
"""How a person is styled before the name, as part of it: 'Lord Tamm', 'Dame Ana Vale'."""


def _the_surname_he(sentence: Sentence, first: int) -> bool:
    """'He Yadong', 'He Lifeng': the Chinese family name He, not the pronoun, where a name no
    dictionary has follows it in running text (not 'He Said' in a Title Case headline)."""
    tokens = sentence.tokens
    if tokens[first].text != "He" or sentence.headline or first + 1 >= len(tokens):
        return False
    given = tokens[first + 1]
    return (
        given.capitalised
        and not given.text.isupper()
        and given.lower not in NOT_NAMES
        and not is_common_word(given.lower)
    )


def _a_surname_speaking(tokens: Sequence[Token], last: int, word: str) -> bool:
    """'White said he was "completely blindsided"': a common surname that is also a word,
    opening the sentence right before a speech verb, is someone."""
    following = tokens[last + 1].lower if last + 1 < len(tokens) else ""
    return (
        following in ("said", "says", "told", "added", "wrote", "testified", "argued")
        and word not in PERSON_NOUNS
        and word not in GROUP_WORDS
        and word not in ORGANISATION_WORDS
        and is_common_surname(word)
    )


_ADJECTIVE_TITLES = (["general"], ["major"], ["special"])
"""Titles alone that are adjectives before a common word ('General Election', 'Major League',
'Special Branch'), not a rank before a surname ('General Patton')."""


def _portfolio_words(tokens: Sequence[Token], first: int, lowered: Sequence[str]) -> int:
    """How many words of a run after '<title> for' name the office's field before a given name
    ('Minister for Work Jane Kennedy', 'Minister for Europe Denis MacShane', the last of a list
    of fields: 'Minister for Children, Young People and Families Margaret Hodge'): 0 if none."""
    if not _after_an_office_for(tokens, first):
        return 0
    for k in range(1, len(lowered) - 1):
        if lowered[k - 1] in ROLE_NOUNS:
            return 0  # 'a spokesman for … Home Affairs Commissioner Franco Frattini': a title
        if in_given_name_lists(lowered[k]):
            return k
    return 0


def _after_an_office_for(tokens: Sequence[Token], first: int) -> bool:
    """The run follows '<title> for', or the 'and' closing a list of capitalised fields after
    it ('Minister for Children, Young People and'); not a comma ('director general for
    Europe, Jose Maria Pons': an apposition)."""
    k = first - 1
    while k >= 1 and first - k <= _FIELDS_REACH:
        word = tokens[k].lower
        if word == "for":
            listed = k == first - 1 or tokens[first - 1].lower == "and"
            return listed and tokens[k - 1].lower in ROLE_NOUNS
        if not (tokens[k].capitalised or word in (",", "and")):
            return False
        k -= 1
    return False


_FIELDS_REACH = 8
"""Tokens back from a run to its office's 'for': a list of two or three fields."""


def _nationality_words(lowered: Sequence[str]) -> int:
    """How many words opening a name tell a nationality or a party ('Russian', 'New
    Zealander', 'Democrat'): 0 if none do."""
    if len(lowered) >= 2 and (
        is_nationality(" ".join(lowered[:2])) or " ".join(lowered[:2]) in _TWO_WORD_PARTIES
    ):
        return 2
    if (
        lowered
        and (
            lowered[0] in DEMONYMS
            or is_state_demonym(lowered[0])  # 'Californian Thomas Slattery'
            or lowered[0] in PARTY_MEMBERS
            or is_nationality(lowered[0])
            or (lowered[0].endswith("s") and is_nationality(lowered[0][:-1]))  # 'Americans X and Y'
        )
    ):
        return 1
    return 0


_GENERIC_BODY_NOUNS = frozenset("company corporation firm group holdings".split())
_BODY_ABBREVIATIONS = frozenset("utd bros assn dept govt intl".split())
"""Abbreviated last words of bodies' names ('Leeds Utd', 'Warner Bros')."""
_TWO_WORD_PARTIES = frozenset(
    {"lib dem", "lib dems", "liberal democrat", "liberal democrats", "social democrat"}
)
"""A party's name before a member's ('Lib Dem Vincent Cable', 'the Lib Dems David Laws said',
'Liberal Democrat David Laws said')."""


def _a_title_after_a_word(tokens: Sequence[Token], last: int) -> bool:
    """'Senior Vice President', 'National Coach': a title after an ordinary word, not a
    surname (as 'King' is after 'Tishana' or 'Billy')."""
    before = tokens[last - 1].lower
    return tokens[last].lower in ROLE_NOUNS and is_common_word(before) and not is_first_name(before)


def _a_team_before_a_role(tokens: Sequence[Token], word: str, last: int) -> bool:
    """A capitalised plural of things opening a sentence before a person's role and name:
    'Chargers defensive lineman Jamal Williams was arrested': a team, as it is mid-sentence."""
    return (
        plural_noun(word)
        and not _people_plural(word)
        and word not in OCCASION_WORDS
        and role_follows(tokens, last)
    )


def _a_team_named_alone(mention: Mention, single: str, teams: set[str]) -> bool:
    """A plural alone ('Chargers') that the article's team is called by ('the Chargers', 'San
    Diego Chargers'), or that qualifies a person's role ('Chargers defensive lineman Jamal
    Williams', 'Sixers coach Maurice Cheeks'): the team, not an ordinary word; not an occasion
    ('Awards host Ellen DeGeneres', 'Games organiser Ivo Tamm')."""
    if mention.located or not plural_noun(single) or single in OCCASION_WORDS:
        return False
    if single in _NUMBER_WORDS:
        return False  # 'Thousands of academic staff': a count, not a team
    return single in teams or mention.affiliation


def _followed_by_reporting(tokens: Sequence[Token], last: int) -> bool:
    """The verb after the name, past its auxiliaries and adverbs, is one of reporting."""
    i = _past(tokens, last + 1, _BEFORE_REPORTING)
    return i < len(tokens) and lemma(tokens[i].lower) in _REPORTING_VERBS


_REPORTING_VERBS = frozenset("report learn obtain publish broadcast air".split())
_ARTICLES_OF_A_TITLE = frozenset("le la les el il lo der die das".split())
"""Articles that open a foreign paper's name as they open some surnames ('Le Monde', 'Le
Pen'): before a verb of reporting, the paper."""
_BEFORE_REPORTING = _AGENT_AUXILIARIES | frozenset("first also previously exclusively".split())
"""Words between an outlet's name and its verb of reporting: 'ESPN first reported'."""


def _past(tokens: Sequence[Token], i: int, skipped: frozenset[str]) -> int:
    """The first token from `i` that is neither in `skipped` nor an adverb in -ly: the verb
    after a name's auxiliaries and adverbs."""
    while i < len(tokens) and (tokens[i].lower in skipped or tokens[i].lower.endswith("ly")):
        i += 1
    return i


def _generation(tokens: Sequence[Token], last: int) -> bool:
    """A generation ends the name ('Jr.', 'Sr.', 'III'): only people have one."""
    return tokens[last].text.rstrip(".").lower() in SUFFIXES


def _a_spokespersons_principal(
    tokens: Sequence[Token], mention: Mention, surnames: set[str]
) -> bool:
    """'a spokesman for Pike' after 'Mayor Ana Pike': a person's spokesman, not a body's."""
    return (
        " " not in mention.name
        and mention.first >= 2
        and tokens[mention.first - 1].lower in ("for", "from")
        and tokens[mention.first - 2].lower in SPOKESPERSON_NOUNS
        and parse_person(mention.name).surname_key in surnames
    )


def _a_team_or_a_surname(mention: Mention, surnames: set[str]) -> bool:
    """An 'organisation' only because its last word is a plural noun ('the Pistons'), which is
    a surname the article gives a person ('Maurice Cheeks' makes 'Cheeks' and 'Mo Cheeks' him)."""
    words = fold_name(mention.name).split()
    return (
        bool(words)
        and plural_noun(words[-1])
        and not any(w in ORGANISATION_WORDS or w.upper() in ACRONYMS for w in words)
        and not is_place(" ".join(words[:-1]))  # 'Seattle Seahawks'
        and parse_person(mention.name).surname_key in surnames
    )


def _mention(
    sentence: Sentence, first: int, last: int, known: set[str], surnames: set[str]
) -> Mention | None:
    tokens = sentence.tokens
    if first + 1 < last and tokens[first].text == "Getty" and tokens[first + 1].text == "Images":
        first += 2  # 'Getty Images Massa cries as …': the agency's credit, then the caption
    while (
        first <= last
        and tokens[first].lower in NOT_NAMES
        and tokens[first].text not in ACRONYMS  # 'the WHO said': a body, not 'who'
        and not _the_surname_he(sentence, first)
        and not (tokens[first].lower in _HONORIFICS and first < last)  # 'Mrs Hollis': a title
        and not (
            first < last
            and _after_a_persons_role(tokens, first)
            and tokens[first].text not in CLAUSE_OPENERS_CAPITALISED  # 'the next president
        )  # While Trump …', a stop lost; but 'spokesman Even Dahl'
        and not _a_counted_name(tokens, first, last)  # 'the Six Nations'
        and not _opened_by_all_after_the(tokens, first, last)  # 'the All Blacks'
        and not _all_inside_a_name(tokens, first, last)  # 'said All Nippon Airways'
        and not _a_days_night_show(tokens, first, last)  # 'Thursday Night Football'
    ):
        first += 1
    while first < last and _a_credit_before_a_name(tokens, first):
        first += 1  # 'GETTY Obama campaigned …', 'Twitter Christian Estrosi said': a photo's
        # credit, then the caption
    while first < last and _a_credit_ending_its_line(sentence, tokens[last]):
        last -= 1  # '… outside number 10 Downing Street Getty' ⏎: the caption, then its credit
    if first + 2 < last and _an_agencys_credit_before_a_name(tokens, first):
        first += 2  # 'Barcroft Media Vladimir Putin has ordered …'
    if _a_photographers_credit(tokens, first, last):
        return None  # 'REUTERS/Kim Kyung-Hoon', 'Kim Kyung Hoon / Reuters': who took a photo
    if _credited(tokens, first):
        return None  # 'Media caption Courtesy of Hannah Collier and Peter Allan-Jones': whose
        # footage it is, not someone acting in the story
    if (
        first > 0
        and tokens[first - 1].text == ","
        and first + 1 < last
        and a_party_member_of(tokens, first)
    ):
        return None  # 'Lindsey Graham, Republican of South Carolina, said': his role, no one
    while last > first and tokens[last].lower in TRAILING_TIME:
        last -= 1  # 'Maurice Cheeks Saturday'
    while last > first and tokens[last].lower in _NEVER_A_NAMES_END:
        last -= 1  # 'the One S. The company's app': a sentence the stop did not end
    while last > first and tokens[last].text == ".":
        last -= 1
    if first > last or _CONTRACTION.search(tokens[first].text):
        return None  # "They'd suffered": a pronoun and its verb, no name
    if any(_CONTRACTION.search(t.text) for t in tokens[first + 1 : last + 1]):
        return None  # "Now I'm glad": a pronoun and its verb end no name
    words = [possessive_stripped(t.text) for t in tokens[first : last + 1] if t.text != "."]
    if not words:
        return None  # the stop of 'Charles M. Blow' split from its initial: no name
    lowered = [w.lower().rstrip(".") for w in words]
    if (
        first == last
        and sentence_initial(tokens, first)
        and lowered[0] not in known
        and lowered[0] not in surnames
        and lowered[0] not in COUNTRIES
        and words[0] not in ACRONYMS
        and (is_common_word(lowered[0]) or not _acting_or_speaking(tokens, first, last))
        and not _a_team_before_a_role(tokens, lowered[0], last)
    ):
        return None  # but 'Waitrose said', a word no dictionary has, acting: a name
    if (
        len(words) >= 3
        and _shouted_word(words[0])
        and tokens[first].text == words[0]
        and (any(w in ROLE_NOUNS for w in lowered[1:-1]) or is_given_name(lowered[1]))
        and not any(_shouted_word(w) for w in words[1:])
    ):  # 'EDS President Kim Brace', 'LA Superior Court Judge James R. Dabney', 'COO Larry
        # Lucchino': initials that spell a word, before a title or a first name
        first, words, lowered = first + 1, words[1:], lowered[1:]
    shared = _share_buttons(lowered, first > 0 and tokens[first - 1].lower in _SHARED_ON)
    if shared:  # 'Facebook Twitter Pinterest Cleveland Indians relief pitcher …': a page's
        if shared == len(lowered):  # share buttons before a caption
            return None
        first, words, lowered = first + shared, words[shared:], lowered[shared:]
    half = len(lowered) // 2
    if half >= 2 and lowered[:half] == lowered[half:]:  # 'U.S. Treasury Department U.S.
        # Treasury Department' (a caption's credit, twice): the name once, the one next to what
        # follows (not 'Duran Duran', 'Bafana Bafana': one word twice may be a name)
        first = [k for k in range(first, last + 1) if tokens[k].text != "."][half]
        words, lowered = words[half:], lowered[half:]
    if len(lowered) == 1 and lowered[0] in _GENERIC_BODY_NOUNS:
        return None  # 'Company' left of 'The We Company': a kind of body, nobody's name
    if any(_shouted_word(w) for w in words):
        return None  # 'A MAN has been charged': a tabloid's capitals, not a name
    if (
        len(words) == 1
        and (lowered[0] in DEMONYMS or is_nationality(lowered[0]))
        and lowered[0] not in ORGANISATION_WORDS
    ) or (len(words) == 2 and is_nationality(" ".join(lowered))):
        return None  # 'Somali', 'Yemeni', 'Costa Rican': a nationality, not a name
    if len(lowered) == 1 and lowered[0] in _FEASTS:
        return None  # 'their Christmas lights', 'over Easter': a time of year, no one
    if _an_adjective_and_a_nationality(tokens, first, last, lowered):
        return None  # 'Illegal Jewish settlements …', 'Angry French farmers …': modifiers
    if (len(words) == 1 or " ".join(lowered) in _TWO_WORD_PARTIES) and followed_by_role_noun(
        tokens, last
    ):
        return None  # a modifier: 'Kremlin aide', 'Brightwater chief executive', 'Liberal
        # Democrat leader Charles Kennedy'
    if _the_seat_of_a_member(tokens, first, last):
        return None  # 'The Glasgow Kelvin MP, who was expelled …, accused Ms King': the MP
        # spoke, not his seat
    if (
        len(lowered) >= 3
        and sentence_initial(tokens, first)
        and len(lowered[0]) > 1  # an initial: 'W. Mark Felt'
        and (is_common_word(lowered[0]) or _a_plural_descriptor(lowered[0]))
        and not is_given_name(lowered[0])
        and lowered[0] not in ROLE_NOUNS
        and is_first_name(lowered[1])
        and not is_place(" ".join(words[:2]))  # 'North Carolina Central dropped to 0-13'
    ):  # 'Unemployed John Jenkin, 23, was arrested': an adjective, then the name; so is
        # 'Hillwalkers Fiona Grant, 52, and …', a plural the word lists do not know
        first, words, lowered = first + 1, words[1:], lowered[1:]
    if (
        len(lowered) >= 3
        and is_place(words[0])
        and not words[0].isupper()  # 'UN Nikki Haley'
        and not in_given_name_lists(lowered[0])  # 'Abu Mohammed al-Adnani'
        and lowered[0] not in ROLE_NOUNS
        and given_name_gender(lowered[1]) is not None
        and not any(is_common_word(w) or w in ROLE_NOUNS for w in lowered[1:])  # 'Ohio
        # Governor John Kasich', 'Superior Court Judge', 'Fairmont Jasper Park Lodge'
        and not is_place(" ".join(words[:2]))
    ):  # 'trading has been through Seoul Simon Taylor': a caption's place, then a name
        first, words, lowered = first + 1, words[1:], lowered[1:]
    portfolio = _portfolio_words(tokens, first, lowered)
    if portfolio:  # 'Minister for Work Jane Kennedy': the office's field, then the name
        first, words, lowered = first + portfolio, words[portfolio:], lowered[portfolio:]
    national = _nationality_words(lowered)
    if (
        national
        and len(lowered) >= national + 2
        and lowered[0] not in ROLE_NOUNS  # 'Englishman Robert Buckley': a role, kept
        and (
            in_given_name_lists(lowered[national])
            or (  # 'Australian Lynton Crosby': a name no list knows, of words no dictionary
                # has but its particles ('Tunisian Olfa Bent Souayah')
                not is_common_word(lowered[national])
                and not is_common_word(lowered[-1])
                and all(w.istitle() for w in words[national:])  # not 'Scottish & Newcastle',
                and lowered[national] not in DEMONYMS  # 'Korean Hyunmoo II'
            )
        )
        and not is_place(" ".join(words[: national + 1]))
        and not any(w in ORGANISATION_WORDS for w in lowered)  # 'British Royal Navy'
    ):  # 'unbeaten Russian Alexander Povetkin', 'New Zealander Peter Jackson', 'Democrat
        # John Kerry': his nationality or his party, then his name
        first, words, lowered = first + national, words[national:], lowered[national:]
    if first == 0 and len(words) >= 2 and lowered[0] in _BUSINESS_OPENING_A_SENTENCE:
        first, words, lowered = first + 1, words[1:], lowered[1:]  # 'Carmaker Norvik recalled'
    role_words: list[str] = []
    split = title_split(lowered)
    if split is not None:
        if split >= len(words):
            return None
        role_words, first = words[:split], first + split
        words = words[split:]
        lowered = lowered[split:]
        while len(words) > 1 and lowered[0] in NOT_NAMES:  # 'President of the Medical
            first, words, lowered = first + 1, words[1:], lowered[1:]  # Association of Alabama'
        if (
            len(words) == 1
            and all(w.lower() in OPENING_MODIFIERS for w in role_words)
            and followed_by_role_noun(tokens, last)
        ):
            return None  # 'Former WorldCom chief executive': a modifier after 'Former'
        if (
            len(words) <= 2
            and is_nationality(" ".join(lowered))
            and all(w.lower() in OPENING_MODIFIERS for w in role_words)
        ):
            return None  # 'Former Costa Rican president': a nationality, no one's name (but
            # 'Mr Irish' is a man)
        titled = [w.lower().rstrip(".") for w in role_words]
        if (
            len(words) == 1
            and is_common_word(lowered[0])
            and titled[0] not in TITLE_WORDS
            and not _a_title_then_a_surname(tokens, role_words, first, last)
        ):
            return None  # 'Matanuska Maid Dairy', 'Larry King Live': a name, a title-like
            # word inside it ('Maid', 'King') and an ordinary word is a thing's name, no one's
        if len(words) == 1 and is_common_word(lowered[0]) and titled in _ADJECTIVE_TITLES:
            return None  # 'the General Election', 'the General Assembly': no rank
    described = _descriptor_before_a_name(words, lowered)
    if (
        not described
        and first > 0
        and (tokens[first - 1].lower in OPENING_MODIFIERS or _a_kind_of_body(tokens[first - 1]))
        and len(words) >= 3
        and not is_given_name(lowered[0])
        and is_given_name(lowered[1])
    ):
        described = 1  # 'former Razorback Peyton Hillis': what he was, then his name;
        # 'the public services union Unison Dave Prentis': the body he leads, then his name
    if described:  # 'All-Star Chris Webber', 'RHP Nick Adenhart': a descriptor, then the name
        role_words = [*role_words, *words[:described]]
        first, words, lowered = first + described, words[described:], lowered[described:]
    if (
        all(w in ROLE_NOUNS or w in DEMONYMS for w in lowered)
        and lowered[0] not in ORGANISATION_WORDS
        and not (len(words) == 1 and lowered[0] in surnames)
    ):
        return None  # a title alone: 'the Prime Minister said' (but 'King said' after 'Billy King')
    if (
        first > 0
        and tokens[first - 1].lower == "the"
        and lowered[-1] in ROLE_NOUNS
        and lowered[-1] not in ORGANISATION_WORDS  # 'the Coast Guard said': a body
        and all(is_common_word(w) for w in lowered)
    ):
        return None  # an office: 'the District Attorney said' is whoever holds it
    start, end = tokens[first].start, tokens[last].start + len(words[-1])
    name = sentence.text[start - sentence.start : end - sentence.start]
    initial = len(lowered) >= 3 and len(lowered[0]) == 1  # 'J. Edgar Hoover': his given name
    kind = _kind(sentence, first, last, lowered[1:] if initial else lowered)
    ordinary = all(is_common_word(w) for w in lowered)
    an_office = ordinary and (
        lowered[-1] in ROLE_NOUNS
        or (
            len(lowered) >= 2
            and not is_given_name(lowered[0])
            and not is_common_surname(lowered[-1])
        )
    )
    if (
        role_words
        and kind == "other"
        and not _a_royal_style(tokens, first, lowered)
        and not _only_a_qualifier(role_words, lowered)
        and not _a_body_in_someones_role(tokens, last)
        and not _whole_quotation(sentence, first, last)  # '"Mrs Maisel" actress X': a show
    ):
        kind = "other" if an_office else "person"  # 'President Trump', 'Pope Leo'; not 'Chief
        # Public Relations Officer', 'Miss Pinup Girl': an office or a prize, no one's name
    as_a_title = (
        len(lowered) >= 2
        and (
            lowered[0] in WORK_NOUNS
            or any(t.text in _TITLE_CASED_LINKS for t in tokens[first + 1 : last])
        )
        and not _a_bodys_words(lowered)
    )  # 'Comedy Meet The Fockers topped the box office', 'Meet The Parents': a work's title
    # case, no one's name
    if as_a_title:
        kind = "other"
    mention = Mention(sentence.index, first, last, start, end, name, kind)
    words_before = [t.lower for t in tokens[max(0, first - 3) : first]]
    mention.work = as_a_title or (
        kind == "other"
        and (
            _titled_as_a_work(words_before)
            or (len(lowered) >= 2 and lowered[-1] in _OCCASION_HEADS)
        )
    )  # an occasion too ('the Academy Awards'): a thing's name, no one's
    if (
        kind in ("person", "other")
        and len(lowered) > 1  # not 'the SpaceX rocket', 'a DPRK satellite': whose it is
        and last + 1 < len(tokens)
        and tokens[last + 1].lower in CRAFTS
    ):
        mention.kind, mention.work = "other", True  # 'the Falcon Heavy rocket': a craft's name
    if kind == "organization":
        role_words = []  # 'CEO of Vale Shipping Ltd': the title is a person's, not the body's
    role, role_start = role_before(sentence, first, role_words)
    mention.role, mention.role_start = role, role_start
    if role and kind == "other" and _a_surname_after_a_persons_role(tokens, first, last, lowered):
        mention.kind = "person"  # 'Fire chief Bracken', 'police spokesman Ortiz'
    if role and kind == "place" and _a_first_name_and_surname(lowered):
        mention.kind = "person"  # 'prosecutor Kellie Hill': a hill is a place, no prosecutor
    mention.role_before_a_place = role is not None and mention.kind in ("place", "country")
    appositive = None  # a headline's commas join headlines, not a name and its role
    if not sentence.headline:
        person = mention.kind == "person"
        opening = mention.styled_first
        if opening != first and not (last + 1 < len(tokens) and tokens[last + 1].text == ","):
            opening = first  # 'The minister, Lord Tamm, said', closed by a comma; not 'claims
            # he did not trust the prime minister, Mr Brown replied': a clause, then his
        phrase = appositive_after(sentence, last, person) or appositive_before(
            sentence, opening, person
        )
        at = sentence.start
        if phrase:
            appositive = sentence.text[phrase[0].start - at : phrase[-1].end - at]
            mention.described = described_part(phrase)
        elif person and (phrase := identified_as(sentence, first, last)):
            mention.identified = (phrase[0].start, phrase[-1].end)
            written = sentence.text[phrase[1].start - at : phrase[-1].end - at]  # as the article
            mention.role = mention.role or written  # spells it, like the appositive above
    if appositive:
        if any(w in VEHICLE_WORDS for w in fold_name(appositive).split()):
            mention.kind = "vehicle"
        elif mention.role is None:
            mention.role = appositive
        mention.appositive = appositive
        if (
            mention.kind == "organization"
            and len(lowered) >= 2
            and plural_noun(lowered[-1])
            and not any(w in ORGANISATION_WORDS for w in lowered)
            and any(w in ROLE_NOUNS for w in fold_name(appositive).split())
        ):
            mention.kind = "person"  # 'Dustin Childs, a manager …': a surname, not a team
        if (
            mention.kind == "other"
            and len(lowered) == 2
            and is_census_first_name(lowered[0])
            and last + 1 < len(tokens)
            and tokens[last + 1].text == ","  # after it; not 'Minister for Children, Young People'
            and any(w in ROLE_NOUNS for w in fold_name(appositive).split()[:3])
        ):
            mention.kind = "person"  # 'Chad Hawk, vice president of PMG': a first name the
            # census knows and a role, though 'chad' and 'hawk' are ordinary words too
    unnamed_person = mention.kind == "person" and not is_first_name(lowered[0])
    if (mention.kind == "other" or unnamed_person) and _a_business_beside(tokens, last):
        mention.kind = "organization"  # 'Norvik Robotics, a maker of warehouse robots,';
        # 'Deutsche Boerse, the German stock exchange that …' (no given name opens it)
    if (
        mention.kind == "person"
        and len(words) >= 2
        and last + 1 < len(tokens)
        and tokens[last + 1].lower in _STAFF
        and not mention.role  # 'President Hage Geingob's staff': his, a titled man's
    ):
        mention.kind = "organization"  # 'Goldman Sachs analysts wrote': a firm's people
    if mention.kind == "person" and _takes_a_plural_verb(tokens, first, last):
        mention.kind = "organization"  # 'London Tramlink have confirmed', 'Duran Duran are'
    if mention.kind == "person" and _qualifies_someone_named_after(tokens, last):
        mention.kind = "other"  # 'Dallas Ebola patient Thomas Eric Duncan': what he is
    previous = tokens[first - 1].lower if first > 0 else ""
    before_previous = tokens[first - 2].lower if first > 1 else ""
    mention.headline = sentence.headline
    mention.quoted = any(q.start <= start < q.end for q in sentence.quotations)
    mention.located = (
        previous in _LOCATIVES
        or (previous in ("the", "a") and before_previous in _LOCATIVES)
        or _after_a_located_era(tokens, first)  # 'set in 1930s London'
        or (previous in _AREAS and _after_a_preposition(tokens, first - 1))  # 'in southern
        # France has burned …': the fire has; 'a firm in suburban Detroit walked in': a man
        or (  # 'of Newton Street, Millom'; not 'In Mexico City, Ebrard rejected …'
            previous == ","
            and before_previous in PLACE_WORDS
            and not _after_an_opening_place(tokens, first)
        )
        or (  # 'in Wasilla, Alaska was attacked': the state of an address
            previous == ","
            and first > 1
            and tokens[first - 2].capitalised
            and name in us_state_names()
        )
    )
    if (
        previous == "of"
        and before_previous in PLACE_WORDS
        and _after_a_preposition(tokens, first - 2)
    ):
        mention.located = True  # 'near the town of Kalavryta forced …': the wildfire forced
    if previous == "of" and _after_an_age(tokens, first):
        mention.located, mention.kind = True, "place"  # 'Raj Chohan, 59, of Elm Point'
    if (
        previous == "of"
        and mention.kind in ("place", "country")
        and first > 1
        and tokens[first - 2].capitalised
        and _after_a_personal_title(tokens, first - 2)
    ):
        mention.located = True  # 'said Mr Skeens of Brownsville': where he is from, no one
    settlement = tokens[last + 1].lower if last + 1 < len(tokens) else ""
    if settlement in _SETTLEMENTS_PLURAL and previous == "and":
        mention.located = True  # 'in Jajarkot and Rukum districts': the second is where too

    mention.determined = previous in DETERMINERS
    mention.relative = previous == "of" and before_previous in RELATIVE_NOUNS
    related = _relative_before(tokens, first)
    if related is not None:
        mention.relation, owner = related
        mention.family = _family_of(owner) if first == last else None
    mention.inside = previous in _INSIDE or (
        previous in ("the", "a") and before_previous in _INSIDE
    )
    if (
        mention.kind == "person"
        and first > 0
        and tokens[first - 1].is_word
        and not tokens[first - 1].capitalised
        and previous not in ROLE_CHAIN_STOP
        and previous not in ROLE_NOUNS
        and previous not in SPEECH_VERBS
        and not previous.endswith("ed")
        and not _an_irregular_past(previous)  # 'struck Raj Chohan': a verb's object
        and previous not in ("year-old", "years-old")  # '59-year-old Raj Chohan': someone
        and mention.role is None
        and is_common_word(lowered[0])
        and not is_given_name(lowered[0])
        and not _a_first_name_and_surname(lowered)  # 'former Lions great Barry Sanders'
        and not any(is_given_name(w) for w in lowered[1:-1])  # 'barefoot Arcade Joseph …'
        and not _generation(tokens, last)  # '… Comeaux Jr.': a man's name and his father's
    ):
        mention.kind = "other"  # 'the overall Peace Deal': ordinary words after an adjective
    same_place = previous == "of" and before_previous in PLACE_WORDS  # 'the city of Palmer'
    mention.agentive = (
        (
            _agentive(tokens, last)
            or (sentence_initial(tokens, first) and _an_aside_then_speech(tokens, last + 1))
            or _in_apposition_before_speech(tokens, first, last)
        )
        and not mention.located
        and (previous not in _OBJECT_PREPOSITIONS or same_place)
        and not (previous in _JOINING_WORDS and is_world_region(name))
        and not (mention.kind in ("place", "country") and _passive_after(tokens, last))
    )  # 'traffic between Europe and Asia was rerouted': Asia does nothing; 'Europe has rallied'
    mention.reporting = mention.agentive and _followed_by_reporting(tokens, last)
    mention.speaking = mention.agentive and _speech_follows(tokens, last + 1)
    following = tokens[last + 1] if last + 1 < len(tokens) else None
    mention.modifier = (
        following is not None
        and possessive_stripped(tokens[last].text) == tokens[last].text
        and following.is_word
        and not following.capitalised
        and not _followed_by_verb(tokens, last)
        and following.lower not in ROLE_CHAIN_STOP
    )
    mention.affiliation = following is not None and (  # 'Chargers defensive tackle Jamal Williams'
        (role_follows(tokens, last) and following.lower not in _SEEKING)
        or (possessive_stripped(tokens[last].text) != tokens[last].text and following.capitalised)
    )
    if mention.kind == "person" and mention.determined:
        mention.kind = "other"
    if mention.kind == "person" and len(lowered) >= 2 and lowered[0] == "new":
        mention.kind = "place"  # 'from New Addington to Wimbledon': no one is called New
    if mention.kind == "person" and len(lowered) >= 2 and lowered[-1] in OCCASION_WORDS:
        mention.kind = "other"  # 'the Brazilian Formula One Grand Prix': an occasion, no one
    if (
        mention.kind == "person"
        and following is not None
        and following.lower in _INSTITUTIONS
        and possessive_stripped(tokens[last].text) == tokens[last].text  # not 'Palin's church'
    ):
        mention.kind = "organization"  # 'taken to Royal Shrewsbury hospital': its name
    return mention


_INSTITUTIONS = frozenset(
    "hospital school college university airport station prison jail church cathedral "
    "stadium museum clinic hotel library".split()
)
"""Places named by a name before them ('Royal Shrewsbury hospital', 'Kennedy airport')."""


def _a_title_then_a_surname(
    tokens: Sequence[Token], role_words: Sequence[str], first: int, last: int
) -> bool:
    """'Fire Chief Bracken defended …': a title of ordinary words ending in a person's role,
    then one word before a verb, is a title and a surname, as it is in lower case."""
    return all(is_common_word(w.lower()) for w in role_words) and _a_surname_after_a_persons_role(
        tokens, first, last, [tokens[first].lower], role=role_words[-1].lower()
    )


def _a_surname_after_a_persons_role(
    tokens: Sequence[Token],
    first: int,
    last: int,
    lowered: Sequence[str],
    role: str | None = None,
) -> bool:
    """One capitalised word between the lowercase noun of a person's role and a verb: a
    surname, whatever else the word means ('fire chief Bracken defended', 'police spokesman
    Ortiz said'). Not a role, an acronym ('operator SEACOM said'), a body's role ('cable
    operator Seacom said'), a plural ('his coach Chargers said') nor a noun's qualifier ('a
    staff Christmas party', 'the official Web site')."""
    if role is None and _after_a_persons_role(tokens, first):
        role = tokens[first - 1].lower
    led = first >= 2 and role == "leader" and _leads_people(tokens[first - 2].lower)
    return (
        role is not None
        and len(lowered) == 1
        and role in ROLE_NOUNS
        and role not in ORGANISATION_WORDS
        and (role not in _ROLES_OF_BODIES_TOO or led)
        and lowered[0] not in ROLE_NOUNS
        and not tokens[first].text.isupper()
        and not plural_noun(lowered[0])  # 'champion Saints will'
        and _followed_by_verb(tokens, last)
    )


_ROLES_OF_BODIES_TOO = frozenset(
    "official operator owner producer maker provider carrier supplier developer publisher "
    "distributor manufacturer partner sponsor contractor agency broadcaster insurer lender "
    "buyer seller bidder rival champion winner leader holder favourite favorite".split()
)
"""Role nouns a company or a team bears as often as a person: 'cable operator Seacom'."""


def _leads_people(word: str) -> bool:
    """What only a person leads: 'opposition leader Brenner', 'union leader Albers' (a body's
    word too); a market, an industry or a league is led by a firm or a team as often."""
    return word in _LED_BY_SOMEONE or (word in ORGANISATION_WORDS and word != "league")


_LED_BY_SOMEONE = frozenset(
    "opposition rebel protest community tribal religious student militia separatist "
    "insurgent coup junta labour labor strike".split()
)


def _with_national_bodies(
    sentences: Sequence[Sentence],
    runs: Sequence[tuple[Sentence, tuple[int, int]]],
    mentions: list[Mention],
    known: set[str],
    surnames: set[str],
) -> list[Mention]:
    """'the Russian government', 'the Indian navy', 'a Ukrainian delegation': a nationality and
    one institution of that state, a body that acts and speaks (a nationality alone names no
    one), added in text order."""
    taken = {(m.sentence, i) for m in mentions for i in range(m.first, m.last + 1)}
    found: list[Mention] = []
    for sentence, (opening, last) in runs:
        tokens = sentence.tokens
        first = opening + (tokens[opening].lower in ("the", "a", "an"))  # 'The Russian …'
        after = last + 1
        while (  # 'the Ukrainian transport ministry', 'the Russian defence ministry'
            after < min(len(tokens) - 1, last + 3)
            and tokens[after].text not in _NATIONAL_BODIES
            and tokens[after].is_word
            and not tokens[after].capitalised
            and tokens[after + 1].text in _NATIONAL_BODIES
        ):
            after += 1
        if (
            first != last
            or (sentence.index, first) in taken
            or sentence.headline
            or after >= len(tokens)
            or tokens[after].text not in _NATIONAL_BODIES
        ):
            continue
        word = tokens[first].lower
        if word not in DEMONYMS and not is_nationality(word):
            continue
        body = _mention(sentence, first, after, known, surnames)
        if body is not None:
            body.kind = "organization"
            found.append(body)
    return _in_text_order(mentions, found)


def _with_bodies_before_titles(
    sentences: Sequence[Sentence], mentions: list[Mention]
) -> list[Mention]:
    """'Apple CEO Tim Cook', 'Harbor City Gulls President and General Manager Ivo Tamm': the
    name before a person's capitalised title is the body they hold it in, as 'Brightwater' is
    in 'Brightwater chief executive Ivo Tamm', and no one's name with the title ('Harbor City
    Gulls President'). Not a place ('Texas Governor'), a nationality or a party ('French
    President', 'Republican Senator'), a generic word ('Police Const.') or a person ('Barack
    Obama Adviser')."""
    found: list[Mention] = []
    dropped: set[int] = set()
    names = {  # names standing alone: not 'Home' of 'Home Secretary Charles Clarke'
        fold_name(m.name)
        for m in mentions
        if m.role is None
        and m.kind != "person"
        and not (
            m.last + 1 < len(sentences[m.sentence].tokens)
            and _a_title_word(sentences[m.sentence].tokens[m.last + 1])
        )
    }
    by_start = {(m.sentence, m.first): n for n, m in enumerate(mentions)}
    by_end = {(m.sentence, m.last): n for n, m in enumerate(mentions)}
    for person in mentions:
        sentence = sentences[person.sentence]
        tokens = sentence.tokens
        if person.kind != "person" or sentence.headline or person.quoted:
            continue
        k = person.first - 1
        while k >= 0 and (
            _a_title_word(tokens[k])
            or tokens[k].text in ("and", "&")
            or (tokens[k].capitalised and tokens[k].lower in _TITLE_QUALIFIERS)
        ):
            k -= 1
        if k == person.first - 1 or k < 0 or tokens[k + 1].text in ("and", "&"):
            continue  # no title, or 'and' opening it
        title = next(
            (t.lower.rstrip(".") for t in tokens[k + 1 : person.first] if _a_title_word(t)), None
        )
        if title is None:
            continue  # 'Senior' alone
        if k > 0 and tokens[k].text == "." and tokens[k].end == tokens[k + 1].start - 1:
            k -= 1  # 'Ford Motor Co. President'
        end = k
        while (
            k >= 0 and tokens[k].capitalised and tokens[k].is_word and not _a_title_word(tokens[k])
        ):
            k -= 1
        first = k + 1
        if first > end or (first > 0 and tokens[first - 1].lower in ("the", "a", "an")):
            continue  # no name, or 'the Harbor City Gulls President': an office
        if possessive_stripped(tokens[end].text) != tokens[end].text:
            continue  # "CNN's Senior Medical Correspondent": the owner's name stands alone
        covering = by_start.get((person.sentence, first))
        if not _a_bodys_name([t.text for t in tokens[first : end + 1]], names, title):
            continue
        if covering is not None and (
            mentions[covering].last < end or mentions[covering].kind in ("place", "country")
        ):
            continue
        if covering is None and any((person.sentence, i) in by_end for i in range(first, end)):
            continue  # a name inside the body's words
        if covering is not None:
            dropped.add(covering)  # 'Harbor City Gulls President': a body and a title; 'Ford
            # Motor Co.' read as a person's name
        start, stop = tokens[first].start, tokens[end].end
        name = sentence.text[start - sentence.start : stop - sentence.start].rstrip(".")
        body = Mention(person.sentence, first, end, start, start + len(name), name, "organization")
        body.affiliation = body.modifier = True
        found.append(body)
    kept = [m for n, m in enumerate(mentions) if n not in dropped]
    return _in_text_order(kept, found)


def _a_title_word(token: Token) -> bool:
    """An office's title word ('President', 'CEO', 'Const.'); a personal title or an honour
    ('Sir', 'Baron', 'King', 'Dr') goes with a person's name, not a body's."""
    word = token.lower.rstrip(".")
    return (
        token.capitalised
        and word in ROLE_NOUNS
        and word not in _PERSONAL_TITLES
        and word not in PEERAGES
        and word not in ROYAL_TITLES
    )


_PERSONAL_TITLES = frozenset("sir dame mr mrs ms miss dr st saint rev reverend pope".split())


def _a_bodys_name(words: Sequence[str], names: set[str], title: str) -> bool:
    """Whether the words before a title name a body: not a clause's opening word ('But',
    'On Tuesday'), a place or a state ('Texas', 'UK', 'Genesee County'), a nationality or a
    party ('French', 'Democratic'), an office's field ('Home Secretary', 'Russian Foreign
    Minister'), a descriptor ('Ex-Labour', 'Father-of-two') or a person's name ('Sacha',
    'Giacomo Puccini'); ordinary words only where the article also names the body alone
    ('Apple' beside 'Apple CEO Tim Cook'), never a generic one ('Police Department')."""
    lowered = [fold_name(w) for w in words]
    national = _nationality_words(lowered) or int(
        lowered[0] in COUNTRIES or words[0].replace(".", "").lower() in COUNTRIES
    )  # 'UK Foreign Secretary', 'U.S. Navy'
    rest = lowered[national:]
    if (
        not rest
        or lowered[0] in STOPWORDS
        or lowered[0] in _NO_BODYS_OPENERS
        or "-" in words[0]
        or lowered[-1] in PLACE_WORDS
        or lowered[-1] in PARTY_MEMBERS
        or is_nationality(lowered[-1])
        or is_place(" ".join(words))
        or " ".join(lowered) in COUNTRIES
        or (len(lowered) == 1 and is_first_name(lowered[0]))
        or _a_first_name_and_surname(lowered)
        or all(w in ORGANISATION_WORDS or w in GROUP_WORDS or w in PLACE_WORDS for w in rest)
    ):
        return False
    if (national or title in _MINISTERS) and rest[-1] not in ORGANISATION_WORDS:
        return False  # 'US Defense Secretary', 'Chinese Foreign Minister': a field
    if (
        len(lowered) > 1
        and is_place(words[0])
        and rest[-1] not in ORGANISATION_WORDS
        and not (plural_noun(rest[-1]) or rest[-1][:1].isdigit())
    ):
        return False  # 'Palmer Public Safety Director', 'Philadelphia Homicide Capt.': a
        # town's office; not 'Philadelphia 76ers President', a team
    if title in _REPRESENTATIVES:
        return False  # 'Croydon Central MP', 'Vermont Senator': a seat, no body
    common = all(is_common_word(w) for w in rest)
    a_company = len(rest) > 1 and rest[-1] in _COMPANY_ENDINGS  # 'Ford Motor Co.'
    return not common or a_company or " ".join(lowered) in names


_TITLE_QUALIFIERS = frozenset(
    "senior managing executive athletic medical financial operating technical technology "
    "legal creative artistic editorial".split()
)
"""Words inside a capitalised title that are no title alone: 'Senior Vice President'."""
_MINISTERS = frozenset("minister ministers secretary secretaries".split())
"""Titles whose words before them tell a field ('Foreign', 'Trade and Industry')."""
_REPRESENTATIVES = frozenset(
    "mp mps mep meps msp am senator sen rep representative congressman congresswoman "
    "governor gov mayor councillor councilman councilwoman assemblyman assemblywoman".split()
)
"""Titles whose words before them tell a seat or a place ('Croydon Central MP')."""
_COMPANY_ENDINGS = frozenset("co corp inc ltd llc plc company corporation department".split())
_NO_BODYS_OPENERS = frozenset(
    [*WEEKDAYS, *"yet though neither even earlier instead meanwhile however rt rear".split()]
)
"""Words before a title that open the sentence or the title, not a body's name."""


def _without_doubled_openings(
    runs: list[tuple[Sentence, tuple[int, int]]],
) -> list[tuple[Sentence, tuple[int, int]]]:
    """'Equifax Equifax holds data on …' (a picture's caption run into the line it captions)
    is the name twice where the article names it alone elsewhere: read as a two-word name it
    made a person of the firm, who then took the firm's mentions. A doubled name the article
    never shortens ('Duran Duran') stays one."""
    alone = Counter(s.tokens[first].text for s, (first, last) in runs if first == last)
    split: list[tuple[Sentence, tuple[int, int]]] = []
    for sentence, (first, last) in runs:
        tokens = sentence.tokens
        if (
            first < last
            and tokens[first].text == tokens[first + 1].text
            and alone[tokens[first].text]
            and opens_a_clause(tokens, first)
        ):
            split.append((sentence, (first, first)))
            first += 1
        split.append((sentence, (first, last)))
    return split


def _with_family_names_first(
    runs: Sequence[tuple[Sentence, tuple[int, int]]],
    mentions: list[Mention],
    known: set[str],
    surnames: set[str],
) -> list[Mention]:
    """'Xi told state media …' after 'Xi Jinping': a sentence's first word alone, which the
    dictionary also knows ('xi', 'wang', 'ma'), is a name where it is the first word of a
    person's two-word name in the article and acts (family name first, or a given name)."""
    firsts = {
        fold_name(m.name).split()[0]
        for m in mentions
        if m.kind == "person" and len(m.name.split()) == 2 and not m.headline
    }
    found: list[Mention] = []
    for sentence, first, word in _lone_openers(runs, mentions):
        if (
            word in firsts
            and _agentive(sentence.tokens, first)
            and (mention := _mention(sentence, first, first, known | {word}, surnames))
        ):
            found.append(mention)
    return _in_text_order(mentions, found)


def _without_nationalities(
    sentences: Sequence[Sentence], mentions: list[Mention], known: set[str], surnames: set[str]
) -> list[Mention]:
    """'American Davenport', 'Again Roddick' where the article names Lindsay Davenport and Andy
    Roddick: a nationality or an ordinary word (no given name) before the surname of someone
    named in full, so that person (not 'American Express', whose second word is no one's
    surname, nor 'Mirco Bergamasco' beside Mauro, a given name the lists do not know)."""
    full = [m for m in mentions if m.kind == "person" and " " in m.name]
    named = {  # by a full name that no nationality opens
        parse_person(m.name).surname_key
        for m in full
        if not _nationality_words(fold_name(m.name).split()[:1])
    }
    given = {  # by a given name and a surname
        parse_person(m.name).surname_key
        for m in full
        if is_first_name(fold_name(m.name).split()[0])
    }
    kept: list[Mention] = []
    for mention in mentions:
        words = fold_name(mention.name).split()
        surname = parse_person(mention.name.split()[-1]).surname_key if words else ""
        opening = sentence_initial(sentences[mention.sentence].tokens, mention.first)
        ordinary = (
            opening
            and len(words[0]) > 1  # 'J Robinson': an initial
            and words[0] not in PARTICLES  # 'Lo Cicero'
            and is_common_word(words[0])
            and not is_first_name(words[0])
        )  # 'Perhaps Robinson', 'Centre Parker': a sentence's first word, then a surname
        if (
            len(words) == 2
            and mention.kind in ("person", "other")
            and words[0] not in ROLE_NOUNS  # 'Englishman Robert Buckley' keeps his role
            and (
                (_nationality_words(words[:1]) == 1 and surname in named)
                or (ordinary and surname in given)
            )
        ):
            sentence = sentences[mention.sentence]
            trimmed = _mention(sentence, mention.first + 1, mention.last, known, surnames)
            if trimmed is not None:
                trimmed.kind = "person"
                mention = trimmed
        kept.append(mention)
    return kept


def _without_a_body_after_a_person(
    sentences: Sequence[Sentence], mentions: list[Mention], known: set[str], surnames: set[str]
) -> list[Mention]:
    """A headline's '… after dramatic Kimi Raikkonen Ferrari crash' where the article names
    'Ferrari's Kimi Raikkonen': a person named in full elsewhere, then a body it names
    elsewhere, is two names, not a third."""
    people = {fold_name(m.name) for m in mentions if m.kind == "person" and " " in m.name}
    bodies = {
        fold_name(m.name)
        for m in mentions
        if m.kind in ("organization", "media", "other") and " " not in m.name
    }
    kept: list[Mention] = []
    for mention in mentions:
        words = fold_name(mention.name).split()
        if (
            mention.headline  # the prose's 'Juan Carlos Ferrero' stays whole
            and len(words) >= 3
            and words[-1] in bodies
            and " ".join(words[:-1]) in people
        ):
            sentence = sentences[mention.sentence]
            person = _mention(sentence, mention.first, mention.last - 1, known, surnames)
            body = _mention(sentence, mention.last, mention.last, known, surnames)
            if person is not None and body is not None:
                person.kind = "person"
                kept += [person, body]
                continue
        kept.append(mention)
    return kept


def _with_surnames_speaking(
    runs: Sequence[tuple[Sentence, tuple[int, int]]],
    mentions: list[Mention],
    known: set[str],
    surnames: set[str],
) -> list[Mention]:
    """'White said he was "completely blindsided"': a sentence's first word alone, an ordinary
    word that is also a common surname, right before a speech verb, is someone (after the
    family names first: 'Wang told' after 'Wang Yi' is his)."""
    found: list[Mention] = []
    for sentence, first, word in _lone_openers(runs, mentions):
        if (
            not sentence.headline
            and _a_surname_speaking(sentence.tokens, first, word)
            and (mention := _mention(sentence, first, first, known | {word}, surnames))
        ):
            if mention.kind == "other":
                mention.kind = "person"
            found.append(mention)
    return _in_text_order(mentions, found)


def _lone_openers(
    runs: Sequence[tuple[Sentence, tuple[int, int]]], mentions: list[Mention]
) -> Iterator[tuple[Sentence, int, str]]:
    """Each capitalised word that opens its sentence alone and no mention has taken: the
    sentence, its index and the word, lower-cased."""
    taken = {(m.sentence, m.first) for m in mentions}
    for sentence, (first, last) in runs:
        if (
            first == last
            and (sentence.index, first) not in taken
            and sentence_initial(sentence.tokens, first)
        ):
            yield sentence, first, sentence.tokens[first].lower


def _in_text_order(mentions: list[Mention], found: list[Mention]) -> list[Mention]:
    """The mentions with those a later pass `found`, in text order (as they were if none)."""
    if not found:
        return mentions
    return sorted([*mentions, *found], key=lambda m: (m.sentence, m.first))


def _a_countrys_body(
    sentence: Sentence, mention: Mention, known: set[str], surnames: set[str]
) -> Mention:
    """'Russia's defense ministry said', 'Ukraine's foreign ministry': a country's possessive
    and one of its institutions (a lower-case word or two between) is that body, which acts and
    speaks; the country alone does not."""
    tokens = sentence.tokens
    owner = tokens[mention.last]
    if mention.kind != "country" or possessive_stripped(owner.text) == owner.text:
        return mention
    for body in range(mention.last + 1, min(len(tokens), mention.last + 4)):
        token = tokens[body]
        if not token.is_word or token.capitalised:
            return mention
        if token.lower in _NATIONAL_BODIES:
            found = _mention(sentence, mention.first, body, known, surnames)
            if found is None:
                return mention
            found.kind = "organization"
            return found
    return mention


_NATIONAL_BODIES = frozenset(
    "government navy army military delegation ministry embassy parliament cabinet "
    "presidency coastguard".split()
)
"""Institutions a nationality names one of: 'the Indian navy said', 'a Ukrainian delegation'."""


def _a_places_police(tokens: Sequence[Token], mention: Mention) -> Mention:
    """'Surrey police', 'Detroit police': a place and the lower-case word 'police' after it
    name that place's police force, a body that acts and speaks ('a statement from Surrey
    police said'); the place alone is where it happened."""
    after = mention.last + 1
    if (
        not (mention.kind in ("place", "country") or is_place(fold_name(mention.name)))
        or after >= len(tokens)
        or tokens[after].text != "police"
        or possessive_stripped(tokens[mention.last].text) != tokens[mention.last].text
    ):
        return mention
    police = replace(
        mention,
        last=after,
        end=tokens[after].end,
        name=f"{mention.name} police",
        kind="organization",
        located=False,
        inside=False,
    )
    police.agentive = _agentive(tokens, after)
    police.modifier = False
    return police


def _after_an_age(tokens: Sequence[Token], first: int) -> bool:
    """Whether the name follows 'X, 59, of': where the person lives. Not after 'at age 95,
    of' ('the death, at age 95, of W. Mark Felt'): there the name is whose age it is."""
    return (
        first >= 5
        and tokens[first - 2].text == ","
        and tokens[first - 3].text.isdigit()
        and tokens[first - 4].text == ","
        and tokens[first - 5].capitalised
    )


_COLOURS = frozenset(
    "black white grey gray silver red blue green yellow brown gold beige maroon tan".split()
)
_POSSESSIVES = frozenset("his her their its our my".split())


def _a_flight_number(tokens: Sequence[Token], last: int) -> bool:
    """Whether a flight's number follows 'Flight': 'no. 446', '370', 'MH17' (not 'Howard
    Flight said')."""
    following = tokens[last + 1].text if last + 1 < len(tokens) else ""
    return following.lower() in ("no", "number", "#") or any(c.isdigit() for c in following)


def _a_numbered_model(tokens: Sequence[Token], last: int) -> bool:
    """A name, its number, then a common noun ('Falcon 9 rockets', 'Apollo 11 mission',
    'Windows 10 users'): a model or a product's name, no one's (an age or a score has its
    comma: 'Smith, 35,', 'Smith 3, Jones 1')."""
    if last + 2 >= len(tokens):
        return False
    number, noun = tokens[last + 1], tokens[last + 2]
    return (
        number.text.isdigit()
        and len(number.text) < 4  # 'Eric Clapton's 1991 hit': a year
        and number.start == tokens[last].end + 1
        and noun.start > number.end  # 'Pritchard 3rd'
        and possessive_stripped(tokens[last].text) == tokens[last].text
        and noun.is_word
        and not noun.capitalised
        and noun.lower not in _NOT_A_MODELS_NOUN
    )


_NOT_A_MODELS_NOUN = frozenset("and or of to in on at for from with as by years year".split())


def _a_described_thing(tokens: Sequence[Token], first: int) -> bool:
    """A name after an article and a colour ('the grey Toyota Camry'), or after 'a' or a
    possessive and a model year ('his 2013 Toyota Camry'): a thing someone has, not someone."""
    at, colour, year = first - 1, False, False
    while at >= 0 and not tokens[at].capitalised:
        if tokens[at].lower in _COLOURS:
            colour = True
        elif len(tokens[at].text) == 4 and tokens[at].text.isdigit():
            year = True
        else:
            break
        at -= 1
    if at < 0 or not (colour or year):
        return False
    before = tokens[at].lower
    return before in _POSSESSIVES or before in ("a", "an") or (colour and before in DETERMINERS)


def _descriptor_before_a_name(words: list[str], lowered: list[str]) -> int:
    """How many words before a given name and a surname describe the person rather than name
    them: an acronym or a hyphenated word right before the given name ('RHP Nick Adenhart',
    'All-Star Chris Webber', 'Creighton All-American Kyle Korver'), or two ordinary words or
    more ('State Fire Marshall John Bond'). 0 when there are none: one ordinary word may be a
    given name the census lacks ('Arcade Joseph Comeaux'). The rest must end in a surname:
    'White House Rose Garden' is no Rose Garden."""
    last = lowered[-1]
    if is_common_word(last) and not is_common_surname(last):
        return 0
    for k in range(1, len(words) - 1):
        if not is_given_name(lowered[k]) or is_given_name(lowered[k - 1]):
            continue
        if any("." in w for w in words[: k + 1]):
            return 0  # initials: 'P.J. Carlesimo', 'J. James Rohack'
        marked = "-" in lowered[k - 1] or (words[k - 1].isupper() and len(words[k - 1]) > 1)
        ordinary = k >= 2 and all(is_common_word(w) for w in lowered[:k])
        if (marked or ordinary) and not any(is_given_name(w) for w in lowered[:k]):
            return k
        return 0
    return 0


def _a_record_follows(tokens: Sequence[Token], last: int) -> bool:
    """A win-loss record in brackets, or a score, right after the name: 'Evansville (7-2)',
    'beat Evansville 91-73'."""
    shown = [t.text for t in tokens[last + 1 : last + 6]]
    if shown[:1] == ["("]:
        shown = shown[1:] if shown[4:5] == [")"] else []
    return len(shown) >= 3 and shown[0].isdigit() and shown[1] == "-" and shown[2].isdigit()


_RESULTS = frozenset("victory win loss defeat triumph upset game match".split())


def _an_opponent(tokens: Sequence[Token], first: int) -> bool:
    """The name after a game or its result: 'a 91-73 victory over Evansville', 'their loss to
    Drake', 'the game against Evansville'."""
    return (
        first >= 2
        and tokens[first - 1].lower in ("over", "to", "against")
        and tokens[first - 2].lower in _RESULTS
    )


def _an_irregular_past(word: str) -> bool:
    """'struck', 'told', 'beaten': a verb's past form that no '-ed' shows."""
    return not word.endswith(("s", "ing", "ed")) and is_verb_form(word) and verb_lemma(word) != word


def _a_kind_of_body(token: Token) -> bool:
    """A lower-case word for a kind of body, whose name may run on to a person's ('the union
    Unison Dave Prentis', 'software firm Sendmail')."""
    return not token.capitalised and (token.lower in ORGANISATION_WORDS or token.lower == "firm")


_PUBLICATION_NOUNS = frozenset("journal newspaper magazine tabloid broadsheet daily weekly".split())
"""A kind of publication right before a name: the name is a publication's."""


def _a_person_called_like_an_outlet(lowered: Sequence[str]) -> bool:
    """'Liam Fox', 'Vicente Fox': a given name, then a common surname that also names an
    outlet; not 'Fox News' nor 'Washington Post'."""
    return (
        2 <= len(lowered) <= 3
        and not any(w in MEDIA_WORDS for w in lowered[:-1])
        and is_common_surname(lowered[-1])
        and (is_given_name(lowered[0]) or is_world_given_name(lowered[0]))
    )


_OCCASION_HEADS = (OCCASION_WORDS - ORGANISATION_WORDS - {"games", "series"}) | {"show", "expo"}
"""Last words that make a name an occasion's, never a body's ('Geneva Motor Show', 'World Cup');
not 'games' nor 'series' ('Epic Games' is a firm) nor 'conference' (a league, a party)."""


def _kind(sentence: Sentence, first: int, last: int, lowered: list[str]) -> MentionKind:
    tokens = sentence.tokens
    folded = " ".join(lowered)
    before = [t.lower for t in tokens[max(0, first - 3) : first]]
    platform = lowered[-1] in PLATFORM_NAMES or folded in ("truth social", "x")
    following = tokens[last + 1].lower if last + 1 < len(tokens) else ""
    if platform and (not before or before[-1] in ("on", "to", "via") or following in _POSTED_ON):
        return "media"  # 'on Twitter', 'the official Equifax Twitter account'
    outlet = (
        any(w in MEDIA_WORDS for w in lowered)
        and not _a_person_called_like_an_outlet(lowered)
        and not (len(lowered) == 1 and _after_a_personal_title(tokens, first))  # 'Dr Fox'
    )
    if outlet or folded in ("bbc", "cnn", "reuters", "sputnik"):
        return "media"
    if (
        len(lowered) == 2
        and lowered[0] in _ARTICLES_OF_A_TITLE
        and _followed_by_reporting(tokens, last)
    ):
        return "media"  # 'Le Monde reported', 'El Pais reported': a paper, not 'Le Pen said'
    if folded in _TWO_WORD_PARTIES:
        return "organization"  # 'the Lib Dems', 'Liberal Democrats': a party, no one
    if len(lowered) >= 2 and lowered[-1] in PARTY_MEMBERS and lowered[-1].endswith("s"):
        return "organization"  # 'House Democrats', 'Virginia Democrats' (Virginia is also a
        # given name): a party's members, a group, no one
    if len(lowered) >= 2 and lowered[-1] in ("day", "eve") and lowered[0] in _HOLIDAYS:
        return "other"  # 'Christmas Day', 'New Year's Eve': a day, no one (not 'Doris Day')
    if len(lowered) >= 2 and lowered[-1] == "day" and not is_first_name(lowered[-2]):
        return "other"  # 'Bastille Day', 'U.S. Election Day': no given name before it, a day
    if len(lowered) >= 3 and lowered[0] in _STATE_FORMS and lowered[1] == "of":
        return "country"  # 'Republic of Korea', 'Kingdom of Bahrain': a state's formal name
    if len(lowered) > 2 and lowered[0] in ("center", "centre") and lowered[1] in ("for", "on"):
        return "organization"  # 'Center for Biological Diversity': a body, not a place
    if _a_royal_club(lowered):
        return "organization"
    if before[-1:] and before[-1] in _PUBLICATION_NOUNS:
        return "media"  # 'in the journal Hepatology Reports', 'the newspaper Kommersant'
    previous = tokens[first - 1].text.lower() if first > 0 else ""
    shipped = (lowered[0] in _SHIP_PREFIXES and tokens[first].text.isupper()) or (
        previous in _SHIP_PREFIXES and tokens[first - 1].text.isupper()
    )  # 'MS Columbus'; not 'Ms Hollis'
    if previous in VEHICLE_WORDS or shipped or _a_named_ship(lowered):
        return "vehicle"
    if len(lowered) >= 2 and lowered[-1] == "flight" and _a_flight_number(tokens, last):
        return "vehicle"  # 'Hawaii Airlines Flight no. 446': a flight, not who flies it
    if previous in ("aboard", "onboard") or before[-2:] in (["aboard", "the"], ["onboard", "the"]):
        return "vehicle"  # 'speaking to reporters aboard Air Force One': a plane, no body
    if lowered[0] == "s" and sentence.text[: tokens[first].start - sentence.start].endswith("M/"):
        return "vehicle"  # 'the M/S Columbus': a ship
    if _a_numbered_model(tokens, last):
        return "other"  # 'three SpaceX Falcon 9 rockets', 'Windows 10 users': a product
    if _a_described_thing(tokens, first):
        return "vehicle"  # 'a grey Toyota Camry', 'his 2013 Toyota Camry': a car, no person
    if previous in _POSSESSIVES and not is_given_name(lowered[0]):
        return "other"  # 'threw down his Salvation Army Bell': a thing someone has
    if len(lowered) == 1 and previous in PEERAGES and tokens[first - 1].capitalised:
        return "person"  # 'Baroness Scotland', 'Lord Kingston': a peer known by a place
    if folded in COUNTRIES or (folded.startswith("the ") and folded[4:] in COUNTRIES):
        return "country"
    if lowered[-1] in _STREET_TYPES and len(lowered) >= 2:
        return "place"  # 'Church Ave', 'Church Street': a street, whatever its first word
    joined = sentence.text[tokens[first].start - sentence.start : tokens[last].end - sentence.start]
    if "&" in joined and joined.lower() not in _AMPERSAND_NOUNS:
        return "organization"  # 'Palmer Fire & Rescue', 'Anzalone & Newman': no one's name
    if _described_as_a_venue(tokens, last):
        return "place"  # 'the Forum, the famous Los Angeles-area arena': a venue, no body
    if len(lowered) >= 2 and lowered[-1] in _OCCASION_HEADS:
        return "other"  # 'the Consumer Electronics Show', 'the G8 Summit': an occasion, named
        # by its last word whatever body words come before it
    if (
        any(w in ORGANISATION_WORDS for w in lowered)
        or any(
            _an_acronym(w, t)
            for w, t in zip(
                lowered, [t for t in tokens[first : last + 1] if t.text != "."], strict=False
            )
        )
    ) and not _an_office_of_a_body(lowered):
        return "organization"  # not 'Academy President': an office (see below)
    if (
        len(lowered) == 2
        and _INITIALS_WORD.fullmatch(lowered[0])
        and lowered[0] not in _PLACE_INITIALS
    ):
        return "person"  # 'P.J. Hill', 'J. Ford': initials before one word name a person
    if (
        lowered[-1] in PLACE_WORDS
        and not (_a_first_name_and_surname(lowered) and _shown_as_someone(tokens, first, last))
    ) or (len(lowered) >= 2 and lowered[0] in PLACE_PREFIXES):
        return "place"  # 'Hyde Park', 'Lake Tahoe'; not 'Helen Park, an economist'
    if len(lowered) >= 3 and lowered[0] in PLACE_WORDS and lowered[1] == "of":
        return "place"  # 'Gulf of Aden', 'Bay of Bengal' (Aden is also a given name)
    if is_world_region(joined):
        return "place"  # 'Asia', 'South East Asia', 'the Middle East': never anyone
    if len(lowered) == 2 and lowered[0] in _COMPASS:
        return "place"  # 'South Wales', 'West Bengal': a region, no one's name
    if _country_in_brackets(tokens, last) or _between_it_and_a_place(tokens, first, last):
        return "place"  # 'between Abu Talat (Egypt) and Marseilles', 'between Abu Talat and
        # Marseilles'
    numbered = len(lowered) >= 3 and lowered[-2] == "no" and lowered[-3] in PERSON_NOUNS
    if numbered and lowered[-1].isdigit():
        return "person"  # 'Juror No. 8': someone the story numbers instead of naming
    if lowered[-1][:1].isdigit():
        return "organization"  # 'the Philadelphia 76ers': a team
    if (
        lowered[-1] in WORK_WORDS
        or (lowered[-1] in ("i", "ii", "iii", "iv") and lowered[-2:-1] in (["war"], ["wars"]))
        or lowered[0] in EVENT_WORDS
        or _whole_quotation(sentence, first, last)
        or _in_a_titled_quotation(sentence, first, last)
        or _titled_as_a_work(before)
    ):
        return "other"  # 'the Tony Awards', 'the "American Pie" star', 'his novel Web of Angels'
    after = tokens[last + 1].lower if last + 1 < len(tokens) else ""
    if after in ("oblast", "regions") or (
        after in _SETTLEMENT_WORDS or after in _SETTLEMENTS_PLURAL
    ):
        return "place"  # 'the Kherson region', 'in Jajarkot and Rukum districts'
    if _described_as_a_settlement(tokens, last):
        return "place"  # 'Wasilla, Mrs Palin's home town, is …': a town (not the Wasilla Bible
        # Church named after it)
    if len(before) >= 2 and before[-1] == "of" and before[-2] in _SETTLEMENT_WORDS:
        return "place"  # 'the Palermo district of Porta Nuova', 'the city of Varna'
    if len(before) >= 2 and before[-1] in ("from", "for") and before[-2] in SPOKESPERSON_NOUNS:
        return "organization"  # 'a statement from Waitrose', 'a spokesman for Gazprom'
    if _an_employer(before) and not is_place(folded):
        return "media" if following in _PUBLICATION_NOUNS else "organization"
    if (
        before[-1:]
        and before[-1] in _COMPANY_DESCRIPTORS
        and lowered[-1].removesuffix("s") not in ROLE_NOUNS  # 'insurance company CEOs'
    ):
        return "organization"  # 'private equity firm Kestrel Capital', 'tech giant Lumina'
    if _whose_shares(tokens, first, last):
        return "organization"  # 'Shares in Elan and Biogen Idec plunged': listed companies
    owner = possessive_stripped(tokens[last].text) != tokens[last].text  # 'to SEACOM's Ann Vale'
    if _a_royal_style(tokens, first, lowered):
        return "other"  # 'Princess Consort', 'the Queen Mother': a royal's style, no one's name
    if len(lowered) == 1 and _after_a_personal_title(tokens, first):
        return "person"  # 'President Obama' (Obama is also a town in Japan), 'Mayor Jackson'
    if _aged(tokens, last):
        return "person"  # 'Okafor, 49, took the officers' weapons': an age in commas
    if not is_given_name(lowered[0]) and a_state_follows(
        sentence.text[tokens[last].end - sentence.start :]
    ):
        return "place"  # 'Key Biscayne, Fla.', 'Bayou La Batre, Alabama': a town
    town_and_state = (
        len(lowered) >= 2
        and tokens[last].text in us_state_names()
        and lowered[-1] != "washington"  # 'Denzel Washington'
    )
    known_place = is_place(folded) and not (
        len(lowered) >= 2 and _described_as_someone(tokens, first, last)
    )  # 'Di Li, the chief scientist of FAST': GeoNames knows a Di Li too
    if known_place and (_a_record_follows(tokens, last) or _an_opponent(tokens, first)):
        return "organization"  # 'Creighton (25-7)', 'a victory over Evansville': a team
    if known_place or (
        before
        and (before[-1] in _PLACE_PREPOSITIONS or before[-1] == "of")
        and (not is_given_name(lowered[0]) or town_and_state)  # 'in Palmer Alaska'
        and (before[-1] != "of" or town_and_state)
        and not owner  # 'in Stephenie Meyer's four-book series': the series is the place
    ):
        return "place"  # 'in Los Angeles', 'at Westwood Cemetery'
    if (
        plural_noun(lowered[-1])
        and not is_given_name(lowered[0])
        and not _a_first_name_and_surname(lowered)
        and not _a_given_name_before_postnominals(tokens, last, lowered)  # 'Philippe Sands QC'
        and (len(lowered) > 1 or before[-1:] == ["the"])  # 'the Pistons'; not '14 AK 47 Rifles'
        and not any(w in _NUMBER_WORDS for w in lowered)  # not 'a hundred Billion Dollars'
        and not (before and before[-1] in PERSON_NOUNS)  # 'Union leader Berit Aas': a woman
    ):
        return "organization"  # 'San Diego Chargers', 'the Pistons': a team, not a person
    if _a_city_and_its_team(lowered, "the" in before):
        return "organization"  # 'Seattle Seahawks', 'Boston Red Sox'
    if (
        len(lowered) >= 2
        and lowered[-1].endswith("s")
        and is_nationality(lowered[-1][:-1])
        and is_place(" ".join(lowered[:-1]))
    ):
        return "organization"  # 'Cleveland Indians', 'Houston Texans': a city's team named
        # as its people are ('Cleveland' is a given name too)
    if (
        len(lowered) >= 2
        and lowered[-1] in ROLE_NOUNS
        and (
            any(w in PLACE_WORDS or w in ORGANISATION_WORDS for w in lowered[:-1])
            or is_place(" ".join(lowered[:-1]))
        )
        and not _a_first_name_and_surname(lowered)  # 'Brent King' (Brent is a London borough)
    ):
        return "other"  # 'Los Angeles County Sheriff': an office, not a person's name
    if len(lowered) >= 2:
        if lowered[-1] in _BODY_ABBREVIATIONS:
            return "organization"  # 'Man Utd', 'Warner Bros': no surname is an abbreviation
        if lowered[-1] in COUNTRIES and not is_given_name(lowered[0]):
            return "organization"  # 'Vodafone Egypt', 'Telecom Egypt': no person's name
        if _a_country_and_a_word(lowered):
            return "organization"  # 'France Telecom', 'Portugal Telecom': no person's name
        if (
            all(is_common_word(w) for w in lowered)
            and not is_given_name(lowered[0])
            and not _a_first_name_and_surname(lowered)
            and not _introduced_as_someone(tokens, first, last)
            and not _after_a_persons_role(tokens, first)  # 'team captain Guy Forget'
        ):
            return "other"  # 'Sexiest Man Alive', 'Wild Card': capitalised ordinary words
        if in_capitals(tokens[first].text, 3) and is_common_word(lowered[-1]):
            return "other"  # 'ADSL Internet', 'SWAT Team': initials and a word, no one's name
        if _after_a_described_article(tokens, first) and not is_given_name(lowered[0]):
            return "other"  # 'the glamorous French Riviera', 'the famed La Croisette'
        if (
            _an_ordinary_word_after_no_first_name(lowered)
            and not _introduced_as_someone(tokens, first, last)
            and not _after_a_persons_role(tokens, first)  # 'Liverpool coach Arne Slot'
        ):
            return "other"  # 'Kraft Food', 'Crowley Maritime', 'Fulton Courthouse'
        if lowered[-1] in ROLE_NOUNS and _a_title_goes_on(tokens, last):
            return "other"  # 'Philadelphia 76ers President and General Manager Ed Stefanski'
        if _opens_on_a_compound_nationality(lowered):
            return "other"  # 'Roman-Dutch Law', 'Sino-Japanese Treaty': no given name
        if something_of_someone(lowered):
            return "other"  # 'the modern-day Mafia of Gotti', 'Sales of Blume': something of
            # theirs; but 'Duke of Edinburgh' is someone
        return "person"
    if before and before[-1] in _LOCATIVES and not owner:
        return "place"  # 'to Velmora'; not 'According to SEACOM's Suveer Ramdhani'
    return "other"


def _bodies_by_their_verbs(sentences: Sequence[Sentence], mentions: Sequence[Mention]) -> None:
    """A name that took a plural verb is a body's wherever the article writes it, and so is a
    longer name ending in it: 'Bnei Sakhnin have …' makes 'Hapoel Bnei Sakhnin' the club."""
    bodies = {
        fold_name(m.name)
        for m in mentions
        if m.kind == "organization"
        and _takes_a_plural_verb(sentences[m.sentence].tokens, m.first, m.last)
    }
    if not bodies:
        return
    for mention in mentions:
        name = fold_name(mention.name)
        if mention.kind == "person" and any(name == b or name.endswith(" " + b) for b in bodies):
            mention.kind = "organization"


def _takes_a_plural_verb(tokens: Sequence[Token], first: int, last: int) -> bool:
    """A name of two words or more opening its clause with 'have', 'are' or 'were' for its
    verb: a body or a band, as British English writes them ('Nato have', 'Coldplay are');
    no one person takes a plural verb. ('Fans of Ana Vale have': the name opens no clause.)"""
    return (
        last > first
        and last + 1 < len(tokens)
        and tokens[last + 1].lower in _PLURAL_VERBS
        and opens_a_clause(tokens, first)
        and possessive_stripped(tokens[last].text) == tokens[last].text
        and not tokens[last].lower.endswith("s")  # 'Labour MPs have': a plural, no body's name
    )


_PLURAL_VERBS = frozenset({"have", "are", "were"})


def _an_employer(before: Sequence[str]) -> bool:
    """'President at Equifax', 'an analyst at Gartner', 'reviews editor at Mac Format
    magazine': where someone holds a post, a body (not a place, as 'at' alone would read it);
    not 'in charge at Anfield', nor 'covers Prince at Super Bowl' (a royal title is also a
    name)."""
    return (
        len(before) >= 2
        and before[-1] == "at"
        and before[-2] in ROLE_NOUNS
        and before[-2] not in ROYAL_TITLES
        and before[-3:-2] != ["in"]  # 'in charge at', 'in command at': where, an idiom
    )


def _a_royal_style(tokens: Sequence[Token], first: int, lowered: Sequence[str]) -> bool:
    """A royal title before one ordinary word that is no given name: 'Princess Consort', 'Queen
    Mother', 'Prince Regent' (but 'Prince Harry', 'King Charles' name someone)."""
    return (
        len(lowered) == 1
        and first > 0
        and tokens[first - 1].lower in ROYAL_TITLES
        and is_common_word(lowered[0])
        and not is_given_name(lowered[0])
    )


def something_of_someone(lowered: Sequence[str]) -> bool:
    """A name's words (folded) with 'of' inside and no given name, title or peerage before it:
    'Mafia of Gotti', 'Sales of Blume', 'Gangs of New York'; not 'Duke of Edinburgh'."""
    return (
        "of" in lowered[1:-1]
        and not is_given_name(lowered[0])
        and lowered[0] not in TITLE_WORDS
        and lowered[0] not in PEERAGES
    )


def _all_inside_a_name(tokens: Sequence[Token], first: int, last: int) -> bool:
    """'All' capitalised inside a sentence, opening a body's name ('All Nippon Airways said',
    'All India Radio'): the name's first word, not a determiner."""
    return (
        tokens[first].text == "All"
        and first < last
        and not sentence_initial(tokens, first)
        and any(
            t.lower in ORGANISATION_WORDS or t.lower in COMPANY_WORDS
            for t in tokens[first + 1 : last + 1]
        )
    )


def _a_credit_ending_its_line(sentence: Sentence, token: Token) -> bool:
    """Whether `token` is a picture agency's name ending its line ('… leaves Downing Street
    AP' ⏎): a gallery caption's credit, written after it."""
    after = sentence.text[token.end - sentence.start :]
    return token.lower in PICTURE_AGENCIES and (not after.strip(" ") or after.startswith("\n"))


def _a_credit_before_a_name(tokens: Sequence[Token], first: int) -> bool:
    """Whether the word at `first` is a photo's credit run into the caption's name after it:
    an agency in capitals before a word no dictionary has ('GETTY Obama'; not 'AFP Global News
    Director X'), an agency or a platform before a given name ('Twitter Christian
    Estrosi', 'Instagram Kesha'), or a credit's 'Contributor' ('Getty - Contributor')."""
    credit, following = tokens[first], tokens[first + 1]
    if credit.text == "Contributor" and first and tokens[first - 1].text in ("-", "\u2013"):
        return True  # 'Getty - Contributor Michael revealed …': the agency's credit line
    shouted = (
        credit.text.isupper()
        and credit.lower in PICTURE_AGENCIES
        and not following.text.isupper()
        and not is_common_word(following.lower)
    )
    return shouted or (
        (credit.lower in PICTURE_AGENCIES or credit.lower in PLATFORM_NAMES)
        and credit.capitalised
        and (
            given_name_gender(following.lower) is not None or is_census_first_name(following.lower)
        )
    )


def _credited(tokens: Sequence[Token], first: int) -> bool:
    """A name in a caption's credit: after 'Courtesy of' (or 'Photo by'), with only other
    names, 'and' and commas between ('Courtesy of Hannah Collier and Peter Allan-Jones')."""

    def credit_at(k: int) -> bool:  # capitalised, as a caption writes it: in prose, 'courtesy
        return (  # of Bobby Stokes' famous winner' thanks someone who acted
            k >= 0
            and k + 1 < len(tokens)
            and tokens[k].capitalised
            and (tokens[k].lower, tokens[k + 1].lower) in _CREDITS
        )

    if credit_at(first):
        return True  # 'Courtesy of Hannah Collier', one capitalised run
    k = first - 1
    while k >= 0 and (tokens[k].capitalised or tokens[k].text in ("and", ",", "&", "-")):
        if credit_at(k - 1):
            return True
        k -= 1
    return credit_at(k - 1)


_CREDITS = frozenset({("courtesy", "of"), ("photo", "by"), ("photograph", "by")})
"""Words that credit a picture or footage to whoever is named next."""


def _an_agencys_credit_before_a_name(tokens: Sequence[Token], first: int) -> bool:
    """A picture agency's two-word credit ('Barcroft Media', 'Rex Features', 'Getty Images')
    run into a caption or a sentence that opens on a person's given name."""
    return (
        tokens[first].capitalised
        and tokens[first + 1].lower in _CREDIT_SECOND_WORDS
        and in_given_name_lists(tokens[first + 2].text)
    )


_CREDIT_SECOND_WORDS = frozenset("media images features pictures photos wire".split())
"""Second words of picture agencies' names, which credit a photo ('Barcroft Media')."""


def _a_photographers_credit(tokens: Sequence[Token], first: int, last: int) -> bool:
    """A name joined by a slash to a picture agency, before or after it ('REUTERS/Toru
    Yamanaka', 'Kim Kyung Hoon / Reuters'), or opening a bracket before a slash ('(Greg
    Wohlford/Erie Times-News via AP)'): a photo's credit, no one in the story."""
    before = (
        first >= 2
        and tokens[first - 1].text == "/"
        and (tokens[first - 2].lower in PICTURE_AGENCIES or tokens[first - 2].lower in MEDIA_WORDS)
    )
    after = (
        last + 2 < len(tokens)
        and tokens[last + 1].text == "/"
        and (tokens[last + 2].lower in PICTURE_AGENCIES or tokens[last + 2].lower in MEDIA_WORDS)
    )
    bracketed = (  # '(Greg Wohlford/Erie Times-News via AP)': a bracket opens the credit
        first >= 1
        and tokens[first - 1].text == "("
        and last + 2 < len(tokens)
        and tokens[last + 1].text == "/"
        and tokens[last + 2].capitalised
    )
    usa_today = (  # 'Ken Blaze-USA TODAY Sports'
        tokens[last].text.endswith("-USA")
        and last + 1 < len(tokens)
        and tokens[last + 1].text == "TODAY"
    )
    return before or after or bracketed or usa_today


def _an_acronym(word: str, token: Token) -> bool:
    """'UN', 'U.N.', 'Nato': a known body's letters; not the 'Un' of 'Kim Jong Un', a short
    word in capitals only when it is one."""
    letters = word.replace(".", "")
    if len(letters) < 2 or letters.upper() not in ACRONYMS:
        return False
    if letters != word and letters in COUNTRIES:
        return False  # 'U.S.', 'U.K.': a country, not a body ('US Federal Reserve' is one)
    return len(letters) > 3 or token.text.replace(".", "")[: len(letters)].isupper()


def _after_a_located_era(tokens: Sequence[Token], first: int) -> bool:
    """'in 1930s London', 'in 19th-century Paris', 'at 10 Downing Street': a decade, a century
    or a number between the locative and the place."""
    at = first - 1
    if at >= 1 and tokens[at].lower in ("s", "th-century") and tokens[at - 1].text.isdigit():
        at -= 1  # '1930s' and '19th-century' are written as '1930' 's', '19' 'th-century'
    era = tokens[at].text if at >= 0 else ""
    if not _DECADE.fullmatch(era):
        return False
    return at >= 1 and tokens[at - 1].lower in _LOCATIVES


_DECADE = re.compile(r"1[0-9]{3}s?|[0-9]{2}s?")


def _an_adjective_and_a_nationality(
    tokens: Sequence[Token], first: int, last: int, lowered: Sequence[str]
) -> bool:
    """Whether the two words opening a sentence are a common adjective and a nationality or
    a faith before a lower-case noun ('Illegal Jewish settlements', 'Angry French farmers'): words
    describing the noun, capitalised by the sentence, no one's name."""
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    return (
        len(lowered) == 2
        and sentence_initial(tokens, first)
        and (lowered[1] in DEMONYMS or lowered[1] in FAITH_ADJECTIVES or is_nationality(lowered[1]))
        and is_common_word(lowered[0])
        and lowered[0] not in ROLE_NOUNS
        and not is_given_name(lowered[0])
        and after is not None
        and after.is_word
        and not after.capitalised
    )


def _the_seat_of_a_member(tokens: Sequence[Token], first: int, last: int) -> bool:
    """'the Glasgow Kelvin MP', 'the Bethnal Green MEP': after 'the', a name before a member's
    initials and no name after them is the seat the member holds, no one acting."""
    after = last + 1
    return (
        first > 0
        and tokens[first - 1].lower == "the"
        and after < len(tokens)
        and tokens[after].text in _MEMBERS_INITIALS
        and not (after + 1 < len(tokens) and tokens[after + 1].capitalised)
    )


_MEMBERS_INITIALS = frozenset("MP MPs MEP MEPs MSP MSPs MLA MLAs AM TD".split())


def _share_buttons(lowered: list[str], after_one: bool) -> int:
    """How many words open the name as a row of share buttons: two or more of the platforms
    a page offers to share it on ('Facebook Twitter Pinterest …'; no one's name holds two),
    or any after one left outside the name."""
    count = 0
    while count < len(lowered) and lowered[count] in _SHARED_ON:
        count += 1
    return count if count >= 2 or after_one else 0


_SHARED_ON = PLATFORM_NAMES - {"x", "truth", "threads"} | {"pinterest", "email", "whatsapp"}
"""The buttons a page offers to share it with: platforms whose names are no ordinary words."""


def _a_royal_club(lowered: list[str]) -> bool:
    """'Real Madrid', 'Real Sociedad': 'Real' (royal) before a name no dictionary has is a
    Spanish club; not 'Real To Me' (a song), 'The Real Bettie Page' (a book)."""
    return (
        len(lowered) == 2
        and lowered[0] == "real"
        and not is_common_word(lowered[1])
        and not in_given_name_lists(lowered[1])
    )


def _an_office_of_a_body(lowered: list[str]) -> bool:
    """'Academy President', 'Board Chairman': a body's word, then its officer's; not
    'National Guard' (a body's word too) or 'Department of Criminal Justice'."""
    return (
        len(lowered) >= 2
        and lowered[-1] in ROLE_NOUNS
        and lowered[-1] not in ORGANISATION_WORDS
        and not any(w in ("of", "for", "on", "and") for w in lowered)
    )


def _a_title_goes_on(tokens: Sequence[Token], last: int) -> bool:
    """Whether 'and' and a capitalised title follow: the run before it ends in an office, not
    in a surname ('… 76ers President and General Manager Ed Stefanski')."""
    if last + 2 >= len(tokens) or tokens[last + 1].lower != "and":
        return False
    title = tokens[last + 2 : last + 5]
    return all(t.capitalised for t in title[:1]) and any(t.lower in ROLE_NOUNS for t in title)


_JOINING_WORDS = frozenset("and or across".split())
"""Words before a region that make it one of several places ('between' is an object
preposition already): 'across the Middle East and Asia'."""

_AMPERSAND_NOUNS = frozenset("q&a r&b r&d b&b m&a".split())
"""Ordinary nouns written with '&': no firm ('a Q&A session')."""

_SHIP_PREFIXES = frozenset("mv ms hms uss".split())
"""'MV Jag Arnav', 'the cruise liner MS Columbus': a ship, whatever its name."""


def _described_as_a_settlement(tokens: Sequence[Token], last: int) -> bool:
    """A name followed by an aside that calls it a town ('Wasilla, Mrs Palin's home town,',
    'Amara, a village near the border,'): the aside's noun before its first preposition."""
    words = [t.lower for t in _aside(tokens, last)]
    return bool(words) and (words[-1] in _SETTLEMENT_WORDS or words[-1] == "hometown")


def _described_as_a_venue(tokens: Sequence[Token], last: int) -> bool:
    """A name followed by an aside that calls it a venue ('the Forum, the famous Los
    Angeles-area arena'); not one whose aside is someone's ('Mike Eccleshall, the venue's
    promotions coordinator')."""
    aside = _aside(tokens, last)
    return not _VENUE_WORDS.isdisjoint(t.lower for t in aside) and all(
        possessive_stripped(t.text) == t.text for t in aside
    )


def _aside(tokens: Sequence[Token], last: int) -> list[Token]:
    """The words of an aside after a name, up to its first preposition ('Amara, a village
    near the border,': 'a village'); none with no aside."""
    if last + 2 >= len(tokens) or tokens[last + 1].text != ",":
        return []
    opening = tokens[last + 2]
    if not (opening.capitalised or opening.lower in ("a", "an", "the", "his", "her", "its")):
        return []  # 'Deathifier, bought the island': a verb, no aside
    words: list[Token] = []
    for token in tokens[last + 2 : last + 2 + _SETTLEMENT_ASIDE_WORDS]:
        if not token.is_word or token.lower in _ASIDE_STOPS:
            break
        words.append(token)
    return words


_SETTLEMENT_ASIDE_WORDS = 6
"""How far into an aside after a name its noun of a settlement is sought ('a small town')."""
_ASIDE_STOPS = frozenset("of in near on outside with for at from by to as about than".split())
_SETTLEMENT_WORDS = frozenset(
    "district village town city county province region neighborhood neighbourhood suburb "
    "island borough township municipality".split()
)
_VENUE_WORDS = frozenset("arena stadium ballpark racecourse racetrack venue".split())
"""Nouns of a place where things are held, which an aside may call a name ('the Forum, the
famous … arena'): the place, not a body."""
_SETTLEMENTS_PLURAL = frozenset(
    "districts villages towns cities counties provinces neighborhoods neighbourhoods suburbs "
    "islands boroughs townships municipalities".split()
)
_STREET_TYPES = frozenset(
    "street st avenue ave road rd boulevard blvd lane drive way highway square place".split()
)
_QUALIFIERS = frozenset("first former ex acting special deputy vice".split())


def _a_body_in_someones_role(tokens: Sequence[Token], last: int) -> bool:
    """'Former Valdora captain Rhys Adebayo': the name ending at `last` is followed by a
    lowercase role and another name, so it is where that person holds the role (a club, a
    party, a company) and the title before it is theirs, not the name's."""
    after = tokens[last + 1 : last + 3]
    return (
        len(after) == 2
        and after[0].is_word
        and not after[0].capitalised
        and after[0].lower in ROLE_NOUNS
        and after[1].capitalised
    )


def _only_a_qualifier(role_words: list[str], lowered: list[str]) -> bool:
    """'X-Men: First Class': a word like 'first' before ordinary words makes no title."""
    return all(w.lower() in _QUALIFIERS for w in role_words) and all(
        is_common_word(w) for w in lowered
    )


def _after_a_personal_title(tokens: Sequence[Token], first: int) -> bool:
    """A capitalised title a person bears right before the name: 'President', 'Sen.', 'Gov.'."""
    stop = first > 0 and tokens[first - 1].text == "."  # 'Sen. Lee'
    if first - stop < 1:
        return False
    title = tokens[first - 1 - stop]
    return (
        title.capitalised
        and title.is_word
        and possessive_stripped(title.text) == title.text  # not 'All the President's Men'
        and title.lower.rstrip(".") in TITLE_WORDS
        and title.lower.rstrip(".") not in _NOT_PERSONAL_TITLES
    )


_NOT_PERSONAL_TITLES = frozenset("first former ex acting special deputy vice general".split())
"""Title words that also qualify places or things ('First Avenue', 'General Motors')."""


def _introduced_as_someone(tokens: Sequence[Token], first: int, last: int) -> bool:
    """', who directs …' after the name: a person ('Dale Hall, who directs the Service'); not
    after a role's 'for' or 'of', whose holder 'who' tells of ('Chi Onwurah, the MP for
    Newcastle Central, who …')."""
    a_roles_place = (
        first >= 2
        and tokens[first - 1].lower in ("for", "of")
        and tokens[first - 2].lower in ROLE_NOUNS
    )
    return (
        not a_roles_place
        and last + 2 < len(tokens)
        and tokens[last + 1].text == ","
        and tokens[last + 2].lower == "who"
    )


def _aged(tokens: Sequence[Token], last: int) -> bool:
    """An age between commas right after the name: 'Okafor, 49,'."""
    if last + 3 >= len(tokens):
        return False
    age = tokens[last + 2].text
    following = tokens[last + 4].text if last + 4 < len(tokens) else ""
    return (
        tokens[last + 1].text == ","
        and age.isdigit()
        and 0 < int(age) < _OLDEST
        and tokens[last + 3].text == ","
        and not following[:1].isdigit()  # 'Windows XP, Vista, 7, 8': a list of versions
    )


_OLDEST = 120


def _shown_as_someone(tokens: Sequence[Token], first: int, last: int) -> bool:
    """What follows or precedes a name shows a person: an age or a person's role in apposition
    ('Helen Park, 41,', 'Helen Park, an economist at …'), a speech verb ('Ricki Lake said'),
    ', who …' or a role before it ('economist Helen Park')."""
    following = tokens[last + 1].lower if last + 1 < len(tokens) else ""
    preceding = tokens[first - 1].lower if first > 0 else ""
    if following in SPEECH_VERBS or _introduced_as_someone(tokens, first, last):
        return True
    if preceding in _INVERTED_SPEECH:
        return True  # '"…," said Fiona Hill
    return _described_as_someone(tokens, first, last)


_INVERTED_SPEECH = frozenset("said says added adds told".split())


def _described_as_someone(tokens: Sequence[Token], first: int, last: int) -> bool:
    """An age or a person's role in apposition ('Helen Park, 41,', 'Di Li, the chief
    scientist'), or a role before the name ('economist Helen Park'): a person, though a place
    may bear the name."""
    after = [t.lower for t in tokens[last + 1 : last + 7]]
    if after[:1] == [","] and len(after) >= 2:
        if after[1].isdigit():
            return True
        if after[1] in ("a", "an", "the"):
            return any(w in PERSON_NOUNS and w not in GROUP_WORDS for w in after[2:])
    return _after_a_persons_role(tokens, first)


def _after_a_persons_role(tokens: Sequence[Token], first: int) -> bool:
    """A lower-case role right before the name: 'coach Arne Slot' is someone, whatever
    'slot' means."""
    role = tokens[first - 1] if first > 0 else None
    return (
        role is not None
        and role.is_word
        and not role.capitalised
        and role.lower in ROLE_NOUNS
        and role.lower not in ORGANISATION_WORDS
        and role.lower not in _QUALIFIERS  # 'former Portland Trailblazers Coach', 'first'
    )


def _a_named_ship(lowered: Sequence[str]) -> bool:
    """'Indian Naval Ship Sukanya', 'Warship Sukanya': a kind of ship before its name; not
    'Jet Airways' or 'Tanker Pacific Management', bodies named after what they run."""
    return any(w in _SHIP_WORDS for w in lowered[:-1]) and not _a_bodys_words(lowered)


def _a_bodys_words(lowered: Sequence[str]) -> bool:
    """Whether a name holds a word of an organisation's or a company's ('Fund', 'Airways'):
    a body's name, whatever else it looks like."""
    return any(w in ORGANISATION_WORDS or w in COMPANY_WORDS for w in lowered)


_SHIP_WORDS = frozenset("ship warship vessel frigate tanker destroyer submarine cruiser".split())


def _between_it_and_a_place(tokens: Sequence[Token], first: int, last: int) -> bool:
    """'a cable between Abu Talat (in Egypt) and Marseilles': the other end of a 'between … and'
    is a place the gazetteer knows, so this end is one too."""
    if first < 1 or tokens[first - 1].lower != "between":
        return False
    i = last + 1
    if i + 1 < len(tokens) and tokens[i].lower == "in" and tokens[i + 1].lower in COUNTRIES:
        i += 2  # 'Abu Talat in Egypt and Marseilles in France'
    if i >= len(tokens) or tokens[i].lower != "and":
        return False
    other = []
    for token in tokens[i + 1 : i + 4]:
        if not token.capitalised or not token.is_word:
            break
        other.append(token.text)
    after = i + 1 + len(other)
    in_a_country = (
        after + 1 < len(tokens)
        and tokens[after].lower == "in"
        and tokens[after + 1].lower in COUNTRIES
    )  # 'and Marseilles in France'
    return bool(other) and (is_place(" ".join(other)) or in_a_country)


def _country_in_brackets(tokens: Sequence[Token], last: int) -> bool:
    """'Abu Talat (Egypt)': a name followed by its country in brackets is a place."""
    if last + 3 >= len(tokens) or tokens[last + 1].text != "(" or tokens[last + 3].text != ")":
        return False
    return tokens[last + 2].lower in COUNTRIES


def _after_a_described_article(tokens: Sequence[Token], first: int) -> bool:
    """'the glamorous …': an article and a lower-case word before the name, which a person's
    name takes only with a given name ('the late Esther Williams')."""
    return (
        first >= 2
        and tokens[first - 2].lower in ("the", "a", "an")
        and tokens[first - 1].is_word
        and not tokens[first - 1].capitalised
        and tokens[first - 1].lower not in ROLE_NOUNS
    )


def _a_counted_name(tokens: Sequence[Token], first: int, last: int) -> bool:
    """'Six Nations', 'Three Lions': a number word that opens a name of common plural words
    ('nations'), no count of people ('Two Britons', 'Three Men' of a crew)."""
    if first >= last or tokens[first].lower not in SMALL_NUMBERS:
        return False
    following = tokens[first + 1].lower
    return (
        is_common_word(following)
        and plural_noun(following)
        and following not in DEMONYMS
        and following not in PERSON_NOUNS
        and not is_nationality(following.removesuffix("s"))
    )


def _a_days_night_show(tokens: Sequence[Token], first: int, last: int) -> bool:
    """'Thursday Night Football', 'Saturday Night Live': a weekday, 'Night' and more words of
    one capitalised name open a show's title, not a time before a name."""
    return (
        last - first >= 2 and tokens[first].lower in WEEKDAYS and tokens[first + 1].text == "Night"
    )


def _opened_by_all_after_the(tokens: Sequence[Token], first: int, last: int) -> bool:
    """'the All Blacks', 'the All Progressives Congress': a capitalised 'All' after 'the' opens
    a name; 'All Democrats voted' (no 'the') counts people."""
    return (
        first < last
        and first > 0
        and tokens[first].lower == "all"
        and (tokens[first - 1].lower == "the")
    )


_NUMBER_WORDS = frozenset(
    "hundred hundreds thousand thousands million millions billion billions dozens scores".split()
)


def _a_city_and_its_team(lowered: list[str], after_the: bool = False) -> bool:
    """A place that is no first name and a plural that no one bears as a surname, of a common
    word, after a place of two words or after 'the': 'New York Yankees', 'Boston Red Sox',
    'the NFC West-champion Seattle Seahawks' (not 'Gary Gomes', 'Houston Roberts', 'Paris
    Kyriakides')."""
    return (
        len(lowered) >= 2
        and lowered[-1].endswith(("s", "x"))
        and not is_common_surname(lowered[-1])
        and (not is_first_name(lowered[0]) or _a_state_and_a_plural_word(lowered))  # 'Gary
        # Gomes'; but 'Arizona Cardinals', 'Georgia Bulldogs': a state is seldom a first name
        and any(is_place(" ".join(lowered[:size])) for size in range(1, len(lowered)))
        and (len(lowered) >= 3 or after_the or is_common_word(lemma(lowered[-1])))
    )


_SHARE_NOUNS = frozenset("shares stock stocks stake".split())


def _whose_shares(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Whether the name from `first` to `last` follows 'shares in', 'stock of' or 'a stake in',
    alone or in a list of names ('Shares in Elan and Biogen Idec'): a company, whatever its
    words; not an owner ('a stake in Ivo Tamm's firm')."""
    if possessive_stripped(tokens[last].text) != tokens[last].text:
        return False
    k = first - 1
    while k > 0 and (tokens[k].capitalised or tokens[k].text in (",", "&", "and")):
        k -= 1  # back over the names listed before it
    return (
        k > 0
        and tokens[k].lower in ("in", "of")
        and tokens[k - 1].lower in _SHARE_NOUNS
        and first - k <= _LISTED_NAMES_REACH
    )


_LISTED_NAMES_REACH = 12
"""Tokens back from a name to the 'in' of 'shares in' across a list of companies."""


def _a_state_and_a_plural_word(lowered: list[str]) -> bool:
    """A US state's name, then the plural of an ordinary word: a team ('Arizona Cardinals',
    'Virginia Cavaliers'), not someone whom a state's name is given to ('Indiana Jones',
    'Georgia Rivers': a common surname)."""
    return (
        len(lowered) == 2
        and lowered[0].title() in us_state_names()
        and is_common_word(lemma(lowered[1]))
        and lemma(lowered[1]) != lowered[1]
    )


def _a_country_and_a_word(lowered: list[str]) -> bool:
    """A country that is no first name (of either gender: 'Jordan'), then an ordinary word
    that is no common surname: a company ('France Telecom', 'China Mobile'), not a person
    ('Jordan Smith', 'Chad Brown', 'Jordan Pell')."""
    return (
        len(lowered) == 2
        and lowered[0] in COUNTRIES
        and not is_census_first_name(lowered[0])
        and is_common_word(lowered[1])
        and not is_common_surname(lowered[1])
    )


def _a_given_name_before_postnominals(
    tokens: Sequence[Token], last: int, lowered: list[str]
) -> bool:
    """'Philippe Sands QC', 'Jane Waters MBE': letters after a name that only people bear,
    after a given name the world knows."""
    return (
        last + 1 < len(tokens)
        and tokens[last + 1].text.rstrip(".") in POSTNOMINALS
        and in_given_name_lists(lowered[0])
    )


def _opens_on_a_compound_nationality(lowered: list[str]) -> bool:
    """'Roman-Dutch Law', 'Franco-German Brigade': a hyphened word ending in a nationality is
    an adjective ('Jean-Pierre' and 'Mary-Kate' end in given names), and no given name follows."""
    head, _, tail = lowered[0].rpartition("-")
    return bool(head) and is_nationality(tail) and not any(is_given_name(w) for w in lowered[1:-1])


def _an_ordinary_word_after_no_first_name(lowered: list[str]) -> bool:
    """A name that ends in an ordinary English word few people bear as a surname and that is
    no first name either, with no first name before it: a business or a building ('Kraft
    Food', 'Klondike Creamery', 'Fulton Courthouse'), not a person ('Andrew Luck', 'Gary
    Player', 'Jordan Storms', 'Ivo Mark')."""
    return (
        is_common_word(lowered[-1])
        and not is_common_surname(lowered[-1])
        and not is_first_name(lowered[-1])
        and not is_given_name(lowered[0])
        and not is_census_first_name(lowered[0])  # of either gender: 'Jordan Storms'
        and not (is_world_given_name(lowered[0]) and not is_place(lowered[0]))  # 'Henrik Aas';
    )  # not 'Brooklyn South Anti Crime', 'France Telecom Marine'


def _a_first_name_and_surname(lowered: list[str]) -> bool:
    """'Barry Sanders', 'Dustin Childs', 'Jordan Smith': a census first name (of either
    gender) and a common census surname that reads as a plural or an ordinary word, not a
    city and a team ('Carolina Panthers')."""
    return (
        len(lowered) == 2
        and (is_census_first_name(lowered[0]) or is_given_name(lowered[0]))  # 'Fiona Hill'
        and is_common_surname(lowered[1])
    )


def _a_plural_descriptor(word: str) -> bool:
    """A word in '-ers' or '-ists' before a first name opening a sentence ('Hillwalkers Fiona
    Grant'): people described by what they do, a plural no word list may hold."""
    return word.endswith(("ers", "ists")) and len(word) > 5


def plural_noun(word: str) -> bool:
    """An ordinary English noun in the plural ('chargers'), which no surname is (nor 'Aas',
    whose 'aa' is a word too short to tell)."""
    single = lemma(word)
    return word.endswith("s") and single != word and len(single) > 2 and is_common_word(single)


def _in_a_titled_quotation(sentence: Sentence, first: int, last: int) -> bool:
    """Inside a quotation in title case: a work's title ('"X-Men Origins: Wolverine"', '"The Big
    Show: High Times and Dirty Dealings Backstage"'), not a person's name."""
    start = sentence.tokens[first].start
    for q in sentence.quotations:
        if q.start <= start < q.end:
            words = [
                t
                for t in sentence.tokens
                if q.start <= t.start < q.end and t.is_word and len(t.text) >= 4
            ]
            return len(words) >= 3 and all(t.capitalised for t in words)
    return False


def _titled_as_a_work(before: list[str]) -> bool:
    """'his novel Web of Angels', "Ford's novel X", 'the album X', 'her debut album X', 'his
    first novel, X,': a kind of work that a determiner or an owner opens, then its title. Not
    'polls show Obama' or 'will next play Federer' (verbs), nor 'the director of the film, X'
    (the aside is the director's)."""

    def owned(word: str) -> bool:
        return word in POSSESSIVE_PRONOUNS or possessive_stripped(word) != word

    if before[-1:] in (["entitled"], ["titled"]):
        return True  # 'A paper describing the research, entitled Probing Planets in …'
    if before[-1:] == [","]:
        return (
            len(before) == 3
            and (before[1] in WORK_NOUNS or before[1] in _RELEASES)
            and (owned(before[0]) or before[0] in _WORK_ORDINALS)
        )
    if len(before) >= 2 and before[-1] in _RELEASES:
        return owned(before[-2]) or before[-2] in _WORK_ORDINALS  # 'her second single
        # Bartier Cardi'; not 'a single Labour MP'
    if len(before) < 2 or before[-1] not in WORK_NOUNS:
        return False
    if is_nationality(before[-2]) or before[-2] in _WORK_ADJECTIVES:
        return True  # 'the Colombian drama Maria Full of Grace', 'and British film Vera
        # Drake', 'the hit comedy Sideways': a film, not a woman (not 'a downloaded movie NEC
        # is showing a phone', a page's missing comma)
    if before[-2] in _WORK_ORDINALS:
        return len(before) == 3 and (owned(before[0]) or before[0] in ("the", "a", "an"))
    return owned(before[-2]) or before[-2] in ("the", "a", "an")


_POSTED_ON = frozenset("account accounts page feed post posts handle channel profile".split())
"""What a platform's name goes before when it is the platform, no one: 'Equifax Twitter account'."""
_STATE_FORMS = frozenset("republic kingdom commonwealth principality emirate".split())
_HOLIDAYS = frozenset(
    "christmas boxing new easter thanksgiving valentine's independence labor labour memorial "
    "veterans mother's father's election polling inauguration".split()
)
_FEASTS = frozenset(
    "christmas xmas easter thanksgiving halloween hanukkah chanukah ramadan diwali passover".split()
)
"""Feasts named in one word: a time of year, never an actor (`_HOLIDAYS` opens the names of
days: 'Christmas Day', 'Labor Day')."""
_TITLE_CASED_LINKS = frozenset("Of The And In On For To With From".split())
"""Little words a work's title capitalises inside it ('Meet The Fockers'); names of people and
bodies keep them lower-case ('Bank of America', 'Marguerite of Romania')."""
_WORK_ADJECTIVES = frozenset(
    "hit acclaimed classic animated cult blockbuster award-winning".split()
)
_RELEASES = frozenset("single singles track ep mixtape".split())
"""A recording's nouns that are other words too ('a single Labour MP'): a title after them
only when someone's or ranked ('her latest single, Bartier Cardi')."""
_WORK_ORDINALS = frozenset("first second third debut latest new upcoming forthcoming".split())


def _whole_quotation(sentence: Sentence, first: int, last: int) -> bool:
    """The name is all a quotation holds, or all but capitalised words: a title in quotes,
    not a speaker ('"American Pie"', '"The Marvelous Mrs Maisel"', 'dubbed "Agent Smith"')."""
    start, end = sentence.tokens[first].start, sentence.tokens[last].end
    name = sentence.text[start - sentence.start : end - sentence.start]
    return any(
        q.start <= start
        and end <= q.end
        and all(
            word[:1].isupper()
            for word in _LETTERS.findall(
                sentence.text[q.start - sentence.start : q.end - sentence.start].replace(name, "")
            )
        )
        for q in sentence.quotations
    )


_LETTERS = re.compile(r"[^\W\d_]+")


def _after_a_preposition(tokens: Sequence[Token], noun: int) -> bool:
    """A preposition before the noun (and its determiner): 'near the town', 'on Evia island'."""
    k = noun - 1
    if k >= 0 and tokens[k].lower in DETERMINERS:
        k -= 1
    word = tokens[k].lower if k >= 0 else ""
    return word in _LOCATIVES or word in _OBJECT_PREPOSITIONS or word == "on"


def _acting_or_speaking(tokens: Sequence[Token], first: int, last: int) -> bool:
    """A verb of doing follows ('Waitrose said'), or an aside and then a speech verb
    ('Marchetti, speaking to Radio Morcombe before kick-off, said:', 'Marchetti, a former
    striker, said')."""
    return (
        _agentive(tokens, last)
        or _an_aside_then_speech(tokens, last + 1)
        or (
            last + 1 < len(tokens)
            and tokens[last + 1].text == ","
            and _shown_as_someone(tokens, first, last)
        )
    )


_ASIDE_WORDS = 12


def _an_aside_then_speech(tokens: Sequence[Token], comma: int) -> bool:
    """At `comma` a comma opening a short aside, closed by a comma right before a speech verb."""
    if comma >= len(tokens) or tokens[comma].text != ",":
        return False
    for i in range(comma + 1, min(len(tokens) - 1, comma + _ASIDE_WORDS)):
        if tokens[i].text in _ASIDE_ENDS:
            return False
        if tokens[i].text == ",":
            verb = tokens[i + 1]
            after = tokens[i + 2] if i + 2 < len(tokens) else None
            inverted = after is not None and after.capitalised  # ', said Alfredo Perez'
            speech = verb.is_word and not verb.capitalised and verb.lower in SPEECH_VERBS
            return speech and not inverted
    return False


_ASIDE_ENDS = frozenset('.;:!?"“”')


def _in_apposition_before_speech(tokens: Sequence[Token], first: int, last: int) -> bool:
    """'The dam's operator, Karsa Hydro, said …': a name between commas after what it is,
    right before a speech verb, is who speaks."""
    if first < 2 or last + 2 >= len(tokens):
        return False
    described, verb = tokens[first - 2], tokens[last + 2]
    return (
        tokens[first - 1].text == ","
        and tokens[last + 1].text == ","
        and described.is_word
        and not described.capitalised
        and verb.is_word
        and not verb.capitalised
        and verb.lower in SPEECH_VERBS
    )


def _agentive(tokens: Sequence[Token], last: int) -> bool:
    """Followed by a verb of doing or saying: 'Kyiv insists', 'Russia has launched'; not 'Crimea
    will stay', 'the Navy is part of'."""
    return _followed_by_verb(tokens, last, doing=True)


def _after_an_opening_place(tokens: Sequence[Token], first: int) -> bool:
    """The name follows a place that opens the sentence ('In Mexico City, Ebrard …'): it is the
    sentence's subject, not the town of an address ('of Newton Street, Millom')."""
    at = first - 2  # the place's last word, before the comma
    while at > 0 and tokens[at].capitalised:
        at -= 1
    return at == 0 and tokens[0].lower in _OPENING_PLACE_PREPOSITIONS


_OPENING_PLACE_PREPOSITIONS = frozenset("in at from outside inside across".split())


def _followed_by_verb(tokens: Sequence[Token], last: int, doing: bool = False) -> bool:
    """A verb follows the name (so it is no modifier of a noun); with `doing`, one of doing or
    saying rather than being."""
    i = last + 1
    if i < len(tokens) and tokens[i].text == ",":
        return False
    while i < len(tokens) and (tokens[i].lower.endswith("ly") or tokens[i].lower in _ADVERBS):
        i += 1
    if i >= len(tokens):
        return False
    word = tokens[i].lower
    if tokens[i].capitalised or not tokens[i].is_word:
        return False
    if _people_plural(word):
        return False  # 'UK adults', 'US troops': the name qualifies them
    if doing and word in _UNDERGOING:
        return False  # 'Paris also witnessed another robbery': a place where it happened
    if doing and word in _AGENT_AUXILIARIES and word not in SPEECH_VERBS:
        following = _verb_after_auxiliaries(tokens, i)
        return following is not None and following not in _STATIVE
    if word.endswith(("es", "ts", "ms")) and _a_plural_subject(tokens, i):
        return False  # 'Mediterranean cables were cut', 'Oreo cookies,': the name qualifies
    return (
        word in _AGENT_AUXILIARIES
        or word in SPEECH_VERBS
        or word.endswith(("ed", "es", "ts", "ms"))
        or (word in _IRREGULAR_SIMPLE_PAST and not _a_participle_phrase(tokens, i))
        or (word in _PAST_LIKE_A_NOUN and _an_object_follows(tokens, i))
    )


_PAST_LIKE_A_NOUN = frozenset("cut hit set put shut quit hurt split beat bid cost".split())
"""Past forms that are also nouns or presents: a verb after a name only with its object
('Norvik Holdings cut 300 jobs', 'Kestrel set a record'; not 'the Norvik cut was')."""


def _an_object_follows(tokens: Sequence[Token], verb: int) -> bool:
    """A number, a determiner or a possessive right after token `verb`: what it acts on."""
    if verb + 1 >= len(tokens):
        return False
    following = tokens[verb + 1]
    return following.text[:1].isdigit() or following.lower in _OBJECT_OPENERS


_OBJECT_OPENERS = DETERMINERS | frozenset("that these those".split())
"""What opens a verb's object: a determiner or a possessive, or a demonstrative."""


def _a_plural_subject(tokens: Sequence[Token], word: int) -> bool:
    """A word in -s after a name that is a noun's plural, not a verb: a verb of its own or a
    comma follows it ('HTML documents, although …', 'Matanuska Valley colonists settled',
    'Mediterranean cables were cut'); not a verb of saying ('"…," Kyiv says,'), nor one that
    ends its sentence ('until Deep Throat dies.')."""
    if tokens[word].lower in SPEECH_VERBS or tokens[word].lower in _AGENT_AUXILIARIES:
        return False
    following = word + 1
    while following < len(tokens) - 1 and tokens[following].lower.endswith("ly"):
        following += 1  # 'Cold War adversaries recently signed'
    after = tokens[following] if following < len(tokens) else None
    return after is not None and (
        after.text in (",", ";", ":", ")")
        or after.lower in _AGENT_AUXILIARIES
        or after.lower.endswith("ed")
        or after.lower in _IRREGULAR_SIMPLE_PAST  # 'Mediterranean beaches drew tourists'
    )


def _a_participle_phrase(tokens: Sequence[Token], verb: int) -> bool:
    """'Santas made of cotton wool', 'a team led by Ivo': the past form describes the name."""
    return verb + 1 < len(tokens) and tokens[verb + 1].lower in ("of", "by", "from")


_IRREGULAR_SIMPLE_PAST = frozenset(
    """
    became began bought broke brought built came caught drew drove fled flew fought found
    gave grew held kept laid led left lost made met paid ran sank sent sold sought spoke stole
    stood struck swept threw took tore went won wore
    """.split()
)
"""Past forms of irregular verbs that are no present, participle or noun: 'Russia sent'. Not
'rose' or 'fell': 'Kestrel shares fell', 'insurance CEOs rose' is a market, not an agent."""


def _people_plural(word: str) -> bool:
    """A plural noun for people ('adults', 'residents', 'troops'), not a verb in -s."""
    base = lemma(word)
    return base != word and (base in PERSON_NOUNS or base in _MORE_PEOPLE)


_MORE_PEOPLE = frozenset("adult voter consumer user taxpayer troop shareholder".split())
"""Nouns for people a description never heads in these rules, but which a name qualifies."""


def _passive_after(tokens: Sequence[Token], last: int) -> bool:
    """A passive after the name: 'Iran is located on …', 'Kousheh were worst hit': the place
    undergoes what the clause tells; it does not act."""
    i = last + 1
    while i < len(tokens) and tokens[i].lower in ("has", "have", "had", "not", "never", "n't"):
        i += 1  # 'Kyiv had not been informed'
    if i >= len(tokens) or tokens[i].lower not in _BE_FORMS:
        return False
    i += 1
    while i < len(tokens) and (tokens[i].lower in _DEGREE_WORDS or tokens[i].lower.endswith("ly")):
        i += 1
    if i >= len(tokens) or not tokens[i].is_word or tokens[i].capitalised:
        return False
    word = tokens[i].lower
    return (word.endswith("ed") and len(word) > 4) or word in _IRREGULAR_PARTICIPLES


_INITIALS_WORD = re.compile(r"(?:[a-z]\.)?[a-z]")
"""A folded word of one or two initials: 'p.j', 'j' (not 'n.f.c', an acronym)."""
_PLACE_INITIALS = frozenset("u.s u.k u.n e.u l.a d.c n.y n.j s.f".split())
"""Initials of places and bodies: 'U.S. Customs', 'L.A. Weekly' name no person."""
_BE_FORMS = frozenset("is was are were be been being".split())
_DEGREE_WORDS = frozenset("worst hardest most least also not still already being been".split())
_IRREGULAR_PARTICIPLES = frozenset(
    """
    hit struck shaken built known seen taken given held found left caught beaten shot hurt
    split cut put set won lost made brought thought told sold kept sent spent bound torn
    broken stolen driven overrun overtaken swept hidden forgotten shut sunk
    """.split()
)
"""Past participles that do not end in -ed: 'were worst hit', 'was shaken'."""


def _verb_after_auxiliaries(tokens: Sequence[Token], i: int) -> str | None:
    """The word after 'will', 'has been', 'is' and adverbs: what the name is said to do or be.
    None when nothing follows ('…, as Russia has.'); the auxiliary itself when a noun or an
    adjective follows ('Crimea is part of …', 'Kyiv is ready')."""
    j = i
    while j + 1 < len(tokens) and (
        tokens[j + 1].lower in _AGENT_AUXILIARIES
        or tokens[j + 1].lower in ("not", "also", "still", "be", "been", "being")
        or tokens[j + 1].lower.endswith("ly")
    ):
        j += 1
    if j + 1 >= len(tokens) or not tokens[j + 1].is_word:
        return None
    following = tokens[j + 1].lower
    verb_like = following.endswith(("ed", "ing")) or lemma(following) != following
    return following if verb_like or following in _STATIVE else tokens[j].lower


_UNDERGOING = frozenset(
    "witnessed witnesses saw sees experienced experiences suffered suffers hosted hosts "
    "recorded records received receives".split()
)
"""Verbs whose subject undergoes or hosts what happens rather than doing it."""
_STATIVE = frozenset(
    """
    is was are were be been being has have had stay stays stayed remain remains remained
    become becomes became belong belongs belonged lie lies lay sit sits sat
    """.split()
)
"""Being, not doing: 'Crimea will stay with Russia', 'Crimea is part of Ukraine'."""


_ADVERBS = frozenset("still also later then again already never now just even".split())
_BEFORE_SAYING = _ADVERBS | frozenset("has have had".split())
"""Words between a name and its verb of saying: 'Parry also revealed', 'the Halifax has said'."""


def _speech_follows(tokens: Sequence[Token], i: int) -> bool:
    """A verb of saying at token `i`, past adverbs and 'has' ('also revealed', 'has said')."""
    i = _past(tokens, i, _BEFORE_SAYING)  # 'Parry also revealed', 'the Halifax has said'
    return i < len(tokens) and (
        tokens[i].lower in SPEECH_VERBS or tokens[i].lower in MANNER_SPEECH_VERBS
    )


_NEVER_A_NAMES_END = frozenset("the an and or but of in on at to for with".split())
"""Words no name ends in: a run that ends in one crossed into the next sentence."""


def _relative_before(tokens: Sequence[Token], first: int) -> tuple[str, Token] | None:
    """The relative's noun before the name and the possessive that owns it ('daughter' and
    'his' of 'his daughter Ivanka Trump', 'son' and "Thicke's" of "Thicke's son, Robin"), if
    that is what stands there."""
    at = first - 1
    if at >= 0 and tokens[at].text == ",":
        at -= 1
    if at < 1 or tokens[at].lower not in RELATIVE_NOUNS:
        return None
    owner = tokens[at - 1]
    possessive = owner.lower in ("his", "her", "their")
    if not possessive and possessive_stripped(owner.text) == owner.text:
        return None
    return tokens[at].lower, owner


def _family_of(owner: Token) -> str | None:
    """'Thicke' of "Thicke's": the name a relative's owner writes (not 'his', whose family
    the pronoun does not say)."""
    name = possessive_stripped(owner.text)
    return name if name != owner.text and name[:1].isupper() else None
