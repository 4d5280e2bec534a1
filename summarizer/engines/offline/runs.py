"""The runs of capitalised words that may be names ('Ana Ribeiro', 'Saltmere Port Authority',
'Ursula von der Leyen'), refined where a run holds two names or a trailing time word, and
whether a sentence's first word is a name (only if the article uses it as one elsewhere).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from ...text.dates import MONTHS, WEEKDAYS
from ...text.lemmas import is_common_word, lemma
from ...text.names import (
    ARABIC_ARTICLE,
    EAST_ASIAN_FAMILY_NAMES,
    PARTICLES,
    PEERAGES,
    family_name_first_key,
    in_given_name_lists,
    is_first_name,
    is_given_name,
    is_world_given_name,
    parse_person,
)
from ...text.places import is_place
from .lexicon import (
    COMPANY_WORDS,
    COUNTRIES,
    DEMONYMS,
    MEDIA_WORDS,
    MODALS,
    OPENING_BODY_WORDS,
    ORGANISATION_WORDS,
    PLACE_WORDS,
    ROLE_NOUNS,
    ROYAL_TITLES,
)
from .sentences import (
    TITLE_ABBREVIATIONS,
    Sentence,
    Token,
    in_a_model_code,
    possessive_stripped,
)

ACRONYMS = frozenset(
    "BBC CNN NBC CBS ABC AP AFP UN UK US EU NATO IMF WHO OPEC FBI CIA NSA ECB ICC IAEA UNESCO "
    "UNICEF MCIB NASA TIME".split()
)
_JOINERS = PARTICLES | {"of", "&"}
_ROMAN = re.compile(r"[IVX]{1,5}")


def _ordinary(tokens: Sequence[Token], i: int, last: int, known: set[str]) -> bool:
    """Whether token `i` of a run ending at `last` is an ordinary word that capitals disguise.
    (A function of its own, not one nested in `refined`: compiled, a nested function and its
    closure hold each other, and the sentence's tokens with them, in a reference cycle.)"""
    token = tokens[i]
    low = token.lower.rstrip(".")
    return (
        token.is_word
        and low not in known
        and low not in ROLE_NOUNS
        and low not in ORGANISATION_WORDS
        and low not in COUNTRIES
        and low not in DEMONYMS
        and is_common_word(low)
        and not (i < last and is_given_name(low))  # 'Drew Brees', 'Mark Roesler'
        and not (i < last and _inflected(low) and is_first_name(low))  # 'Miles Vinar'
    )


def refined(sentence: Sentence, run: tuple[int, int], known: set[str]) -> list[tuple[int, int]]:
    """A capitalised run without the ordinary words that capitals disguise.

    In a headline every word is capitalised: the run splits at ordinary English words ('Academy
    Picked Ellen DeGeneres As Oscar Host' → 'Ellen DeGeneres', 'Oscar'). At the start of a
    sentence, ordinary words before the name go ('Having Jackman', 'Clearly Mark'). A word the
    article also capitalises mid-sentence is a name whatever the dictionary says ('Mark').
    """
    tokens = sentence.tokens
    first, last = run
    if first < last and _a_questions_auxiliary(sentence, first):
        first += 1  # 'Analysis: Can Mensah justify the price?': Can asks, it names no one
    if last - first >= 2 and _a_country_before_a_person(tokens, first, last):
        first += 1  # 'ambassador to Pakistan Abdul Salam Zaeef': where, then who
    if _a_portfolio_ending(tokens, first, last):
        last -= 1  # 'White House Russia adviser': the body, then the adviser's country
    body_end = _a_body_then_a_person(tokens, first, last)
    if body_end is not None and not sentence.headline:
        return [(first, body_end), *refined(sentence, (body_end + 1, last), known)]
    if sentence.headline:
        pieces: list[tuple[int, int]] = []
        start = None
        for i in range(first, last + 1):
            if _ordinary(tokens, i, last, known) or tokens[i].lower in _JOINERS:
                if start is not None:
                    pieces.append((start, i - 1))
                start = None
            elif start is None:
                start = i
        if start is not None:
            pieces.append((start, last))
        return pieces
    titled = any(  # 'Doctors Without Borders': a capitalised 'Without' inside, a title-cased name
        tokens[k].capitalised and tokens[k].lower in _TITLE_FUNCTION_WORDS
        for k in range(first + 1, last)
    )
    if last > first and _a_month_before_its_day(tokens, last):
        last -= 1  # 'Update July 3rd, 8:05AM ET': a date, and no one is called Update July
    clause = opens_a_clause(tokens, first)
    quoted = not clause and opens_a_quotation(tokens, first)
    if (clause or quoted) and not titled:
        while (
            first < last
            and len(tokens[first].text) > 1  # an initial: 'W. Mark Felt'
            and _ordinary(tokens, first, last, known)
            and _inflected(tokens[first].lower)
            and not (quoted and _a_title_word(tokens[first].lower))  # '"Bathing Beauty,"'
            and (
                tokens[first + 1].lower not in ROLE_NOUNS
                or tokens[first + 1].lower.rstrip(".") in _HONORIFICS  # 'Now Mr Blair'
            )
        ):
            first += 1  # but 'Environment Minister Ana Ribeiro' keeps its role, 'Yuri' its name
        if (
            first < last
            and tokens[first].lower in _RANKING_ADJECTIVES
            and last + 1 < len(tokens)
            and not tokens[last + 1].capitalised
            and tokens[last + 1].lower in ROLE_NOUNS
        ):
            first += 1  # 'Top Republican Party donor Sheldon Adelson': the party, ranked
        if (
            last - first == 2
            and not is_common_word(tokens[last].lower)  # not 'New York Yankees'
            and _ordinary(tokens, first, last, known)
            and not in_given_name_lists(tokens[first].lower)
            and in_given_name_lists(tokens[first + 1].lower)
            and not any(tokens[k].lower.rstrip(".") in ROLE_NOUNS for k in range(first, last + 1))
        ):
            first += 1  # 'Brave Marina Lacerda has described …': the writer's word for her
            # (not 'South Carolina Sen. Lindsey Graham', a title over the name)
        while first < last and tokens[first].lower in _JOINERS and not tokens[first].capitalised:
            first += 1  # 'Much of B.C.' → 'B.C.'; but 'Del Rio said' keeps his particle
    return [(first, last)]


def _a_body_then_a_person(tokens: Sequence[Token], first: int, last: int) -> int | None:
    """Where a body's name ends when a person's name follows it with no comma between:
    'forecaster with the Sydney Weather Bureau Ian Robertson' (the body word, then a given
    name the world-names data knows and a surname), "Vice Director of China's National Space
    Administration Wu Yanhua said" (the body word, then the last two words a family name and
    a given name)."""
    for k in range(first + 1, last - 1):
        given = tokens[k + 1].lower
        if tokens[k].lower not in ORGANISATION_WORDS or not tokens[k + 2].is_word:
            continue
        if is_world_given_name(given) and not is_common_word(given):
            return k
        if (
            k + 2 == last
            and not is_common_word(given)
            and family_name_first_key(parse_person(f"{tokens[k + 1].text} {tokens[last].text}"))
        ):
            return k
    return None


def _a_portfolio_ending(tokens: Sequence[Token], first: int, last: int) -> bool:
    """A body's name, then a country, then a role ('the White House Russia adviser', 'the
    National Security Council Ukraine expert'): the country is the role's portfolio."""
    if last - first < 2 or last + 1 >= len(tokens):
        return False
    after = tokens[last + 1]
    return (
        tokens[last].lower in COUNTRIES
        and after.is_word
        and not after.capitalised
        and (after.lower in ROLE_NOUNS or after.lower in _PORTFOLIO_ROLES)
        and (tokens[last - 1].lower in ORGANISATION_WORDS or tokens[last - 1].lower == "house")
    )


_PORTFOLIO_ROLES = frozenset("adviser advisor expert director envoy analyst specialist".split())


def _a_country_before_a_person(tokens: Sequence[Token], first: int, last: int) -> bool:
    """A one-word country right before a given name and at least one more name word, after
    'to', 'in' or 'from': 'the Taliban ambassador to Pakistan Abdul Salam Zaeef'."""
    return (
        first > 0
        and tokens[first - 1].lower in ("to", "in", "from")
        and tokens[first].lower in COUNTRIES
        and is_world_given_name(tokens[first + 1].lower)
        and not is_world_given_name(tokens[first].lower)
    )


def _a_questions_auxiliary(sentence: Sentence, i: int) -> bool:
    """The auxiliary that opens a question ('Can Mensah justify the price?', 'Analysis: Will
    Varga resign?'): first in the sentence or right after a label's colon, in a sentence that
    ends with a question mark."""
    tokens = sentence.tokens
    if tokens[i].lower not in _AUXILIARIES or not sentence.text.rstrip().endswith("?"):
        return False
    return i == 0 or (tokens[i - 1].text == ":" and all(t.capitalised for t in tokens[: i - 1]))


_AUXILIARIES = MODALS | frozenset("does did do is are was were has have had".split())


TRAILING_TIME = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow".split()
)


def _inflected(word: str) -> bool:
    """'Having', 'Clearly', 'Producers': a form no given name takes ('Yuri', 'Mark' are not);
    and the imperatives that open a sentence before a name ('Enter Beus, then a farmer')."""
    return (
        word.endswith(("ly", "ing"))
        or lemma(word) != word
        or word in _FUNCTION_WORDS
        or word in _OPENING_IMPERATIVES
    )


def _a_title_word(word: str) -> bool:
    """A word that may open a quoted title ('"Bathing Beauty,"', '"Gone Girl"'), unlike the
    adverbs and conjunctions that open a quoted clause ('"Now Defra have …"')."""
    return word not in _FUNCTION_WORDS and not word.endswith("ly")


_HONORIFICS = frozenset("mr mrs ms miss mx dr sir dame lord lady".split())
"""Words of address, which no word before them makes a longer title."""
_OPENING_IMPERATIVES = frozenset(
    "enter meet imagine consider remember forget welcome email contact follow visit "
    "subscribe".split()
)


_FUNCTION_WORDS = frozenset(
    "last next early late much many such once when while after before if as since until "
    "although though because unless whether besides throughout instead despite during amid "
    "unlike beyond now meanwhile ahead prior apart aside regardless irrespective "
    "several some most few various numerous both".split()
)
"""Words that open a sentence before a name and are no part of it ('Once Microsoft issues',
'Several Hollywood stars')."""


def sentence_initial(tokens: Sequence[Token], index: int) -> bool:
    """No word before `index` (most sentences open with one: found at the first token)."""
    for k in range(index):  # noqa: SIM110 (a loop, not all() over a generator: called for most tokens)
        if tokens[k].is_word:
            return False
    return True


def opens_a_clause(tokens: Sequence[Token], index: int) -> bool:
    """First in its sentence, or right after a colon, where a capital is the clause's ('Update,
    8:05AM: Added ARKit explanation'), not a name's."""
    return sentence_initial(tokens, index) or tokens[index - 1].text == ":"


def opens_a_quotation(tokens: Sequence[Token], index: int) -> bool:
    """The first word of a quotation that opens a sentence or follows a colon, a comma or a
    full stop ('said: "Now Defra have …"', 'the Act. "Now Defra have …"'): an adverb there
    opens the speaker's clause, as it would the sentence's. (Its other capitals may still be
    names: '"Nike's … revenues'.)"""
    mark = tokens[index - 1] if index >= 1 else None
    if mark is None or mark.text not in _QUOTATION_OPENINGS or mark.end != tokens[index].start:
        return False  # not after a mark, or after a closing one ('…," Police Constable …')
    return sentence_initial(tokens, index - 1) or (
        tokens[index - 2].text in (":", ",", ".", "?", "!") and tokens[index - 2].end < mark.start
    )


_QUOTATION_OPENINGS = frozenset({'"', "\u201c"})
"""Opening marks as the sentences read them (every other style is read as these)."""


def _a_given_name_and_surname(tokens: Sequence[Token], at: int) -> bool:
    """A given name the dataset knows, then another name word: what a first initial stands
    before ('W. Mark Felt', 'J. Edgar Hoover'), unlike the end of 'Plan B. Mark said'."""
    return (
        at + 1 < len(tokens)
        and is_given_name(tokens[at].text)
        and _name_word(tokens[at + 1])
        and tokens[at + 1].start - tokens[at].end <= 1
    )


_APOSTROPHES = frozenset({"'", "\u2019"})


_PAPERS_HEADS = MEDIA_WORDS | {"daily"}
"""Last words of a paper's or a broadcaster's name: 'People's Daily', 'Women's Radio'."""


def _a_common_nouns_possessive(tokens: Sequence[Token], j: int) -> bool:
    """'People's' of "the official People's Daily", "Women's" of "the Women's Tennis
    Association": the possessive of a plural of people not ending in s, inside a body's or a
    paper's name (not "Dead Man's Shoes", a film), where a name's possessive ('Ukraine's
    Sumy') ends one."""
    bare = possessive_stripped(tokens[j].text).lower()
    if bare == tokens[j].text.lower() or not (
        bare == "people" or lemma(bare) in ("man", "woman", "child")
    ):
        return False
    for k in range(j + 1, min(len(tokens), j + 1 + _WORDS_TO_A_BODYS_HEAD)):
        if not _name_word(tokens[k]):
            return False
        if tokens[k].lower in ORGANISATION_WORDS or tokens[k].lower in _PAPERS_HEADS:
            return True
    return False


def _plural_possessive_of_a_body(tokens: Sequence[Token], j: int) -> bool:
    """A plural's apostrophe inside a body's name: "Magistrates' Court", "Workers' Party",
    "Lawyers' Christian Fellowship"."""
    if j + 2 >= len(tokens) or tokens[j + 1].text not in _APOSTROPHES:
        return False
    mark, body = tokens[j + 1], tokens[j + 2]
    if not (tokens[j].lower.endswith("s") and mark.start == tokens[j].end):
        return False
    if body.start - mark.end > 1:
        return False
    for k in range(j + 2, min(len(tokens), j + 2 + _WORDS_TO_A_BODYS_HEAD)):
        if not _name_word(tokens[k]) or (k > j + 2 and tokens[k].start - tokens[k - 1].end > 1):
            return False
        if tokens[k].lower in ORGANISATION_WORDS:
            return True
    return False


_WORDS_TO_A_BODYS_HEAD = 3
"""Name words after a plural's apostrophe up to the body's word: 'Lawyers' Christian
Fellowship'."""


CLAUSE_OPENERS_CAPITALISED = frozenset(
    "As While When Whilst After Before Although Though Because Since Until Unless If".split()
)
"""Words that open a clause, capitalised inside a run of names only where the text lost a
sentence's stop before them (captions and paragraphs run together)."""


def capitalised_runs(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        if not tokens[i].capitalised and "-" not in tokens[i].text:
            i += 1  # the cheap test first: a name opens with a capital or an article ('al-')
            continue
        if not in_a_model_code(tokens, i) and (
            _name_word(tokens[i])
            or (tokens[i].capitalised and _acronym_in_prose(tokens, i))
            or _initials_opening_a_name(tokens, i)
        ):
            j = i
            while j + 1 < len(tokens):
                nxt = tokens[j + 1]
                if (
                    possessive_stripped(tokens[j].text) != tokens[j].text
                    and (nxt.lower not in ORGANISATION_WORDS or nxt.lower in OPENING_BODY_WORDS)
                    and not (
                        _a_common_nouns_possessive(tokens, j) and not sentence_initial(tokens, j)
                    )
                ):
                    break  # 'Ukraine's Sumy' is two names; 'Fishermen's Cooperative' is one;
                    # "the Self-Defense Force's Air Defense Command" two: 'Air' opens a name
                if (
                    nxt.text in CLAUSE_OPENERS_CAPITALISED
                    and j + 2 < len(tokens)
                    and tokens[j + 2].capitalised
                ):
                    break  # 'Barack Obama As Trump arrived': a stop lost before 'As'
                if (
                    _name_word(nxt) or _hyphenated_given_name(tokens[j], nxt)
                ) and nxt.start - tokens[j].end <= 1:
                    j += 1
                    continue
                if nxt.lower in _LEGAL_FORMS_IN_CAPITALS and nxt.start - tokens[j].end <= 1:
                    j += 1  # 'Norvik Holdings PLC', 'Tesco plc': the firm's legal form ends
                    break  # its name (capitals alone, it would read as shouting)
                if _plural_possessive_of_a_body(tokens, j):
                    j += 2  # "Harlow Magistrates' Court", "the Workers' Party": one name
                    continue
                if i == j and _partners_named_after(tokens, j):
                    j += 4  # 'Keefe, Bruyette & Woods': a firm of its partners' names
                    continue
                if (  # a number: 'Juror No. 8', one of several the story does not name
                    tokens[j].text == "No"
                    and nxt.text == "."
                    and j > i
                    and j + 2 < len(tokens)
                    and tokens[j + 2].text.isdigit()
                ):
                    j += 2
                    break
                if (  # a middle initial: 'John Q. Smith'; or a first one: 'W. Mark Felt'
                    nxt.text == "."
                    and len(tokens[j].text) == 1
                    and j + 2 < len(tokens)
                    and _name_word(tokens[j + 2])
                    and (j > i or _a_given_name_and_surname(tokens, j + 2))
                ):
                    j += 2
                    continue
                if tokens[j + 1].lower == "of" and (
                    _person_so_far(tokens, i, j) or _a_surname_before_a_name(tokens, i, j)
                ):
                    break  # 'Sanjay Gupta of Emory University': a person and where he works
                k = j + 1  # particles: 'Ursula von der Leyen', 'Bank of England'
                joiners = (
                    _JOINERS | _ORGANISATION_JOINERS
                    if _names_a_body(tokens, i, j) or _a_body_after_and(tokens, i, j)
                    else _JOINERS
                )
                if i == j and is_world_given_name(tokens[i].text) and i > 0:
                    joiners = joiners | _PORTUGUESE_PARTICLES  # 'Paulino do Rego Barros'
                while (
                    k < len(tokens)
                    and k - j <= 3
                    and (
                        tokens[k].text.lower() in joiners
                        or (
                            tokens[k].lower == "the"
                            and tokens[k - 1].lower == "of"
                            and (
                                tokens[k - 2].lower in ROLE_NOUNS
                                or tokens[k - 2].lower in ORGANISATION_WORDS
                            )
                        )
                        or (  # 'Society for the Prevention of Cruelty to Animals',
                            tokens[k].lower in ("the", "an", "a")  # 'Committee for an …'
                            and tokens[k - 1].lower == "for"
                            and (
                                tokens[k - 2].lower in ORGANISATION_WORDS
                                or (k - 2 == i and tokens[k - 2].lower in _ADVOCATES)
                            )
                        )
                    )
                ):
                    k += 1  # 'Secretary of the Interior
                if (
                    k > j + 1
                    and k < len(tokens)
                    and _name_word(tokens[k])
                    and not (tokens[k - 1].lower == "on" and _a_day(tokens[k]))
                ):
                    j = k
                else:
                    break
            if i < j or tokens[i].text not in _PRONOUNS_IN_TITLES:
                runs.append((i, j))  # not 'Me' alone, the end of a song's title
            i = j + 1
        else:
            i += 1
    return runs


def _partners_named_after(tokens: Sequence[Token], j: int) -> bool:
    """Whether the one name at `j` opens a firm's list of partners' names: a comma, then
    two names joined by '&' ('Keefe, Bruyette & Woods'), not a place before a firm ('In
    London, Marks & Spencer said'), an adverb before one, nor a list's items."""
    return (
        j + 4 < len(tokens)
        and tokens[j + 1].text == ","
        and _name_word(tokens[j + 2])
        and tokens[j + 3].text == "&"
        and _name_word(tokens[j + 4])
        and not is_place(tokens[j].text)
        and not is_common_word(tokens[j].lower)  # 'Overall, B&B said'
        and not (j > 0 and tokens[j - 1].lower in _BEFORE_A_SETTING)
        and not _a_list_goes_on(tokens, j + 5)  # 'include Kimberly-Clark, Johnson & Johnson,
    )  # and private equity'


_BEFORE_A_SETTING = frozenset("in at from on to across".split())


def _a_list_goes_on(tokens: Sequence[Token], comma: int) -> bool:
    """Whether a comma at `comma` is followed by a list's next item ('…, and private equity',
    '…, Unilever'), not by the sentence going on ('Keefe, Bruyette & Woods, said')."""
    if comma + 1 >= len(tokens) or tokens[comma].text != ",":
        return False
    after = tokens[comma + 1]
    return after.lower in ("and", "or") or _name_word(after)


_PRONOUNS_IN_TITLES = frozenset("Me Us Him Them".split())
"""Object pronouns a title capitalises ('Y'all Heard of Me'): alone, no one's name (and 'US'
is the country)."""


_PORTUGUESE_PARTICLES = frozenset({"do"})
"""A particle of Portuguese names that is an English verb too: joined only after a given name
mid-sentence ('Paulino do Rego Barros Jr.'), never in 'Why do Americans …'."""


_ORGANISATION_JOINERS = frozenset({"and", "for", "on"})
"""Joiners inside organisation names only: 'Palmer Fire and Rescue', 'Alaska Association for
Historic Preservation', 'Council on Ethical and Judicial Affairs'; 'Putin and Witkoff' stays
two names, and 'the Council on Monday' is the council."""
_DAY_WORDS = re.compile(
    rf"(?:{'|'.join(WEEKDAYS)}|{MONTHS}|christmas|thanksgiving|easter|new)\.?$", re.IGNORECASE
)


def _a_month_before_its_day(tokens: Sequence[Token], last: int) -> bool:
    """The run ends in a month, and a day's number follows: 'July 3rd', 'May 4'."""
    following = tokens[last + 1].text if last + 1 < len(tokens) else ""
    return bool(_MONTH_NAME.fullmatch(tokens[last].text)) and bool(_DAY_NUMBER.fullmatch(following))


_MONTH_NAME = re.compile(rf"(?:{MONTHS})\.?", re.IGNORECASE)
_DAY_NUMBER = re.compile(r"(?:[12]?\d|3[01])(?:st|nd|rd|th)?")


def _a_day(token: Token) -> bool:
    return bool(_DAY_WORDS.match(possessive_stripped(token.text)))


_TITLES = frozenset(t.lower() for t in TITLE_ABBREVIATIONS)


def _a_surname_before_a_name(tokens: Sequence[Token], first: int, last: int) -> bool:
    """One word no dictionary knows before 'of' and another name: 'said Nowak of Mensah' is
    one person speaking of another, not a name ('Gulf of Aden', 'Bank of England', 'Emir of
    Qatar' begin with ordinary words or titles)."""
    if first != last or last + 2 >= len(tokens) or not _name_word(tokens[last + 2]):
        return False
    word = tokens[first].lower
    return not (
        is_common_word(word)
        or word in ROLE_NOUNS
        or word in ORGANISATION_WORDS
        or word in _TITLES
        or is_common_word(tokens[last + 2].lower)
    )


def _person_so_far(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Two or more name words, none naming a body, an office or a country: a person, whom
    'of' does not continue ('Bill Gates of Microsoft'; but 'Bank of England', 'Secretary of
    State', 'United States of America')."""
    words = [tokens[k].lower.rstrip(".") for k in range(first, last + 1) if tokens[k].is_word]
    titled = [at for at, w in enumerate(words[:-1]) if w in _TITLES or w in ROLE_NOUNS]
    styled = any(w in PEERAGES or w in ROYAL_TITLES for w in words[:-1])  # 'Lord', 'King'
    if titled and titled == list(range(titled[0], titled[-1] + 1)):
        words = words[titled[-1] + 1 :]  # 'Dr. Ravi Menon', 'Analyst Rob Enderle',
        # 'Astrophysicist Professor Heino Falcke' (whatever trade opens it)
    if words[:1] and words[0] in _ADVOCATES and words[1:2] == ["for"]:
        return False  # 'People for the Ethical Treatment of Animals': a body's name so far
    if titled and len(words) == 1 and not _names_a_body_or_an_office(words[0]) and not styled:
        return True  # 'President Musharraf of Pakistan', 'Mr Skeens of Brownsville': a titled
        # name is someone's, whose country or town 'of' adds; but 'Lord Roberts of Conwy',
        # 'Princess Marguerite of Romania' are a peer's and a royal's whole styles
    if len(words) == 2 and "-" in words[1] and family_name_first_key(parse_person(" ".join(words))):
        return True  # 'Park Geun-hye of South Korea': a family name, then a hyphened given name
    return (
        len(words) >= 2
        and " ".join(words) not in COUNTRIES
        and not any(_names_a_body_or_an_office(w) for w in words)
    )


def _names_a_body_or_an_office(word: str) -> bool:
    """A word of a body's, an office's or a place's name ('Motors' of 'General Motors of
    Canada', 'Minister' of 'Prime Minister of Japan'), never of a person's."""
    return (
        word in ORGANISATION_WORDS or word in ROLE_NOUNS or word in PLACE_WORDS or word in COUNTRIES
    )


def _names_a_body(tokens: Sequence[Token], first: int, last: int) -> bool:
    """A run that 'and'/'for' may continue: 'Academy of … Arts and Sciences', 'Fire and
    Rescue'; not 'Russian Federation and Ukraine' (the next name is a country of its own)."""
    words = [tokens[i].lower for i in range(first, last + 1)]
    if words[-1] in COMPANY_WORDS:
        return False  # 'Cisco Systems and Juniper', 'Halvorsen Group and Brightline': two firms
    following = tokens[last + 2].lower if last + 2 < len(tokens) else ""
    joined = tokens[last + 1].lower if last + 1 < len(tokens) else ""
    if joined == "and" and len(words) > 1 and words[-1] in ORGANISATION_WORDS:
        return False  # 'Deutsche Bank and Gazpromneft': a body's whole name, then another
    if joined == "and" and words[0] in OPENING_BODY_WORDS:
        return False  # 'Banque du Caire and Bank of …', 'FC Cologne and …': whole already
    body = any(w in ORGANISATION_WORDS for w in words) or words[-1] in ("fire", "arts")
    body = body or any(w in _PRIZE_WORDS for w in words)  # 'Award for Health and Human Rights'
    body = body or (words[-1] in _CENTRES and joined in ("for", "on"))  # 'Center for …'
    body = body or any(  # 'Center for Strategic and International Studies': on inside it
        w in _CENTRES and n in ("for", "on") for w, n in pairwise(words)
    )
    body = body or (len(words) == 1 and words[0] in _ADVOCATES and joined == "for")
    return following not in COUNTRIES and body and not any(w in ROLE_NOUNS for w in words)


_ADVOCATES = frozenset("people citizens parents mothers fathers doctors physicians".split())
"""People a group's name opens with, before what it stands for: 'People for the Ethical
Treatment of Animals', 'Citizens for Responsibility and Ethics in Washington'."""
_PRIZE_WORDS = frozenset("award prize medal trophy".split())
_CENTRES = frozenset("center centre".split())
"""'Center for Biological Diversity', 'Center on Budget …' are bodies; a 'Betty Ford Center'
is where someone checks in."""


_COUNTRY_CODES = frozenset({"u.s", "us", "uk", "u.k", "eu"})


def _a_body_after_and(tokens: Sequence[Token], first: int, last: int) -> bool:
    """'Food and Drug Administration', 'Fish and Wildlife Service': ordinary words before
    'and' and a name whose last word names a body are one body's name."""
    words = [tokens[k].lower for k in range(first, last + 1) if tokens[k].lower != "the"]
    if last + 2 >= len(tokens) or tokens[last + 1].lower != "and" or len(words) > 2:
        return False
    if not all(is_common_word(w) and w not in ROLE_NOUNS for w in words):
        return False
    if words[-1] in ORGANISATION_WORDS and tokens[last + 2].lower not in ORGANISATION_WORDS:
        return False  # 'Rank Group and Stanley Leisure': two bodies ('Bank and Trust': one)
    last_word = possessive_stripped(tokens[last].text).lower().rstrip(".")
    if last_word in COUNTRIES or last_word in _COUNTRY_CODES:
        return False  # 'the U.S. and European Union': two
    if _a_given_name_and_surname(tokens, last + 2) and tokens[last + 3].lower not in (
        ORGANISATION_WORDS
    ):
        return False  # 'Big Machine and Dick Clark Productions': a firm named after a person
    after = [t for t in tokens[last + 2 : last + 6] if t.text not in _APOSTROPHES][:3]
    if after and after[0].lower in OPENING_BODY_WORDS:
        return False  # 'Arsenal and FC Porto': 'FC' opens another body's name
    for token in after:  # 'Universities and Colleges Employers' Association'
        if not _name_word(token) or token.lower in ROLE_NOUNS:
            return False
        if token.lower in ORGANISATION_WORDS:
            return True
        if not is_common_word(possessive_stripped(token.text).lower()):
            return False  # 'Ceres Robotics and Tyvak Nano-Satellite Systems': two firms
    return False


def in_capitals(word: str, least: int = 2) -> bool:
    """A word of letters only, all capitals, `least` letters long at least: 'NYPD', 'MAN';
    not 'U.S.' (its stops) nor 'A'."""
    return len(word) >= least and word.isalpha() and word.isupper()


def _acronym_in_prose(tokens: Sequence[Token], i: int, shortest: int = 3) -> bool:
    """'the pan-African ICT enabler SEACOM', 'the NYPD said': a word in capitals among words that
    are not, which is a name; a shouted line ('BREAKING NEWS') is not."""
    bare = possessive_stripped(tokens[i].text)
    if not (in_capitals(bare, shortest) and len(bare) <= 8):
        return False
    words = [t for t in tokens if t.is_word and len(t.text) >= 3]
    shouted = sum(1 for t in words if t.text.isupper())
    return shouted * 3 <= len(words)


def _initials_opening_a_name(tokens: Sequence[Token], i: int) -> bool:
    """'IG Metall', 'LG Electronics', 'AJ Butler': two capitals opening a name, right before a
    word of it that is no given name, in prose (a shouted line is no name)."""
    bare = tokens[i].text
    if not (len(bare) == 2 and bare.isalpha() and bare.isupper()) or i + 1 >= len(tokens):
        return False
    if bare in _POSITIONS:
        return False  # 'WR Terrance Copper', 'GM Tony Reagins': a position before the name
    nxt = tokens[i + 1]
    return (
        _name_word(nxt)
        and not nxt.text.isupper()
        and not is_given_name(nxt.lower)  # 'GM Theo Epstein', 'RB Pierre Thomas': a position
        and nxt.start - tokens[i].end == 1
        and _acronym_in_prose(tokens, i, shortest=2)
    )


_POSITIONS = frozenset(
    """
    QB RB FB WR TE OL OT OG DL DT DE NT LB CB DB FS SS PK KR PR LS SP RP DH LF CF RF PG SG SF PF
    GK GM VP PM MP MD AG DA
    """.split()
)
"""Positions, offices and titles written in two capitals before a name: no part of it."""


def _hyphenated_given_name(previous: Token, token: Token) -> bool:
    """'Suk-yeol' of 'Yoon Suk-yeol', 'Jong-un', 'Eun-hye': a Korean given name of two short
    syllables after the family name; not a compound adjective ('Kremlin-backed', 'Saudi-led',
    'Los Angeles-area': a past participle or an English word after the hyphen)."""
    if not (token.capitalised and previous.is_word and previous.capitalised):
        return False
    head, _, tail = token.text.partition("-")
    if not (head.isalpha() and tail.isalpha()) or len(head) > 5 or len(tail) > 5:
        return False
    if tail.endswith(("ed", "ing")):
        return False
    if previous.lower in EAST_ASIAN_FAMILY_NAMES:
        return True  # 'Lee Ju-ho', 'Kim Young-sam': syllables that are also English words
    if is_common_word(head.lower()):
        return False  # 'Post-war', 'Anti-gay'
    return len(tail) <= 3 or not is_common_word(tail)


_RANKING_ADJECTIVES = frozenset("top senior leading prominent veteran".split())
"""Adjectives that rank someone's role at a sentence's start, no part of the body's name
after them ('Top Republican Party donor', 'Senior White House adviser')."""
_TITLE_FUNCTION_WORDS = frozenset("without against for with the of and on in".split())
"""Small words a name capitalises in title case: 'Reporters Without Borders'."""


_LEGAL_FORMS_IN_CAPITALS = frozenset("plc llc llp gmbh".split())
"""Legal forms of a firm written in capitals or in lower case, never capitalised words."""


def _name_word(token: Token) -> bool:
    if token.is_word and ARABIC_ARTICLE.match(token.text):
        return True  # 'el-Sisi', 'al-Assad': a surname after its article
    if not token.is_word or not token.capitalised or token.text == "I":
        return False  # 'Might I suggest': the pronoun is no part of a name
    if "-" in token.text and token.text.rsplit("-", 1)[1][:1].islower():
        return False  # 'Jail-issued', 'Kremlin-backed': an adjective, not a name
    bare = possessive_stripped(token.text)
    if bare.isupper() and len(bare) >= 2 and bare.replace(".", "") not in ACRONYMS:
        return "." in bare or bool(_ROMAN.fullmatch(bare))  # U.S., Leo XIV; not SHOUTED words
    return True
