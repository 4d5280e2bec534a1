"""The roles a name carries: titles inside it ('Environment Minister Ana Ribeiro'), role words
just before it ('Kremlin aide Yuri Ushakov') and appositives on either side ('Lena Varga, a
spokeswoman for the group'; 'The ship's captain, Dmytro Kovalenko,').
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from ...text.dates import CALENDAR_WORDS, names_a_day_or_month
from ...text.lemmas import lemma
from ...text.names import (
    COMPANY_SUFFIXES,
    GIVEN_NAME_TITLES,
    HYPHENED_RANKS,
    SUFFIXES,
    in_given_name_lists,
    is_given_name,
)
from ...text.places import is_nationality, is_place, us_state_names
from ...text.predicates import EVENT_NOUNS, IRREGULAR_PAST, is_past_form, is_verb_form
from ...text.words import STOPWORDS
from .clues import QUOTE_MARKS, possessive
from .lexicon import (
    DETERMINERS,
    GROUP_WORDS,
    MODALS,
    ORGANISATION_WORDS,
    PARTY_MEMBERS,
    PERSON_NOUNS,
    POSSESSIVE_PRONOUNS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    VEHICLE_WORDS,
)
from .runs import sentence_initial
from .sentences import TITLE_MINOR_WORDS, Sentence, Token

ROLE_CHAIN_STOP = frozenset(
    "the a an his her its their our my your this that these those and or but of for to with by "
    "in on at from as said says told who which when after before while than".split()
)


_NOT_IN_A_ROLE = frozenset(
    "he she it they we i you him them us me where what how why whose whom whether also only "
    "just even though although maybe perhaps not never between behind without including "
    "involving through like about over under against during into onto upon via among amid "
    "toward towards across around near despite within beyond except plus is was were are be "
    "been being has have had do does did will would can could may might must shall should".split()
)
"""Words no role before a name holds: a pronoun, adverb, preposition or auxiliary ends the
noun phrase ('Woodward wrote that he met Felt', 'threw behind receiver Tom Berg')."""

_RANKS_OF_A_ROLE = frozenset("shadow acting deputy interim assistant associate junior".split())
"""Words that open a role and say its rank, capitalised at a sentence's start ('Shadow home
secretary David Davis')."""
OPENING_MODIFIERS = frozenset("former longtime late onetime erstwhile ex".split())
"""Adjectives that open a role's noun phrase: what stands before them is not part of it
('hiring former lawyer Ann Berg', 'That means former Seahawk Tom Berg')."""

_MODIFIER_TITLES = OPENING_MODIFIERS | frozenset(
    "first acting met award-winning hereditary literary advertising behavioral analytics "
    "appellate".split()
)
"""Words nameparser counts as titles that never head a role alone: 'former', 'acting'."""

_TITLE_PARTICIPLES = frozenset(
    "acting managing presiding founding visiting attending consulting leading ruling reigning "
    "defending outgoing incoming governing supervising commanding arresting investigating "
    "ranking serving training recruiting scouting coaching planning publishing polling "
    "boxing racing sailing swimming wrestling skating rowing fencing climbing cycling diving "
    "skiing riding running".split()
)
"""-ing words that qualify a title ('managing editor', 'defending champion') besides those
the dictionary has as nouns ('marketing'); any other -ing word before a role is a verb
('elevating guard Tom Berg')."""


_MAX_QUALIFIER_WORDS = 4


def is_a_role(role: str) -> bool:
    """Whether a role holds a word that names one: 'former' or 'acting' alone does not."""
    words = [w.strip(".,").lower() for w in role.split()]
    return any(w in ROLE_NOUNS and w not in _MODIFIER_TITLES for w in words)


_APPOSITIVE_OPENERS = frozenset("a an the his her its their head chief who".split())


_WHO_ROLE_VERBS = frozenset("heads leads chairs runs represents is was serves served".split())


MAX_ROLE_WORDS = 12


def title_split(lowered: list[str]) -> int | None:
    """Index where the name starts after a title inside the run, if there is one.

    'Secretary of the Interior Ken Salazar': a title 'of' a body runs on to the person's name,
    its last two words (a middle initial makes three). A title that is as often a given name
    opening a run of two words, or after another title, is the given name: 'Dean Hollis' (not
    'Dean Hollis Smith'), 'President Dean Spanos'."""
    if len(lowered) == 2 and lowered[0] in GIVEN_NAME_TITLES:
        return None
    for index in range(len(lowered) - 1, 0, -1):
        if (
            lowered[index - 1] in GIVEN_NAME_TITLES
            and index >= 2
            and lowered[index - 2] in ROLE_NOUNS
        ):
            continue  # 'President Dean Spanos': after a title, 'Dean' is his given name
        if lowered[index - 1] in ROLE_NOUNS and lowered[index - 1] not in ORGANISATION_WORDS:
            rest = lowered[index:]
            if all(w.rstrip(".") in SUFFIXES for w in rest):
                continue  # 'Martin Luther King Jr.': a surname before 'Jr.', no title
            if rest[:1] == ["of"] and _names_a_body(rest[-1]):
                return index + (2 if rest[1:2] == ["the"] else 1)  # 'CEO of Vale Shipping Ltd'
            if rest[:1] == ["of"] and len(rest) >= 4:
                given = _given_name_after_a_body(rest)
                if given is not None:
                    return index + given  # 'Secretary of State Hillary Rodham Clinton'
                name = 3 if len(rest[-2]) == 1 and len(rest) >= 5 else 2
                return len(lowered) - name
            if rest[:1] == ["of"]:
                return len(lowered)  # 'Professor of Conservation Ecology': a chair, no name
            if rest and not any(w in ORGANISATION_WORDS for w in rest):
                return index
            return None
    return None


def _given_name_after_a_body(rest: list[str]) -> int | None:
    """Where a person's name starts after 'of' and a body ('of State Hillary Rodham Clinton',
    'of the Interior Ken Salazar'): a given name two or three words from the end that names
    no place ('of Virginia Tim Kaine': Virginia is the state)."""
    for at in range(max(2, len(rest) - 3), len(rest) - 1):
        word = rest[at].title()
        if is_given_name(rest[at]) and not is_place(word) and word not in us_state_names():
            return at
    return None


def _names_a_body(word: str) -> bool:
    """Whether a name ending in `word` is an organisation's: 'Ltd', 'Clinic', 'Boards'."""
    return any(
        w in ORGANISATION_WORDS or w in COMPANY_SUFFIXES for w in (word.rstrip("."), word[:-1])
    )


def followed_by_role_noun(tokens: Sequence[Token], last: int) -> bool:
    nxt = tokens[last + 1] if last + 1 < len(tokens) else None
    return nxt is not None and not nxt.capitalised and nxt.lower in ROLE_NOUNS


def role_follows(tokens: Sequence[Token], last: int) -> bool:
    """A role within the next three words: 'Chargers defensive tackle', 'Kremlin aide'; not
    past a verb or a determiner ('Authorities said the crew was able': the crew is an
    object, no title)."""
    for token in tokens[last + 1 : last + 4]:
        if not token.is_word or token.capitalised:
            return False
        if token.lower in DETERMINERS or is_past_form(token.lower):
            return False
        if token.lower in ROLE_NOUNS:
            return True
    return False


def role_before(
    sentence: Sentence, first: int, title_words: list[str]
) -> tuple[str | None, int | None]:
    """The role in the noun phrase before a name: 'Kremlin aide Yuri Ushakov', 'longtime lawyer
    Ann Berg', 'New York attorney Ann Vale'. The phrase ends where a word cannot belong to it:
    a determiner, pronoun, preposition, verb, or the word before an opening 'former'."""
    tokens = sentence.tokens
    chain: list[Token] = []
    i = first - 1
    has_role_noun = False
    title_start = None
    if title_words:  # the chain goes on before the title inside the name's run
        title_start = tokens[first].start - len(" ".join(title_words)) - 1
        while i >= 0 and tokens[i].start >= title_start:
            i -= 1
        # 'England manager Sir Bobby Robson', 'Army chief Gen. Asim Munir': the role goes on
        # before an honour (which `_attach` then drops) or a rank
        honour = all(w.lower().rstrip(".") in _HONOURS | _RANKS for w in title_words)
        if not honour and i >= 0 and tokens[i].lower in OPENING_MODIFIERS:
            chain.insert(0, tokens[i])  # 'former Gov. Ann Vale'
        if not honour:
            i = -1  # nothing else: 'to nominate Dr. Ann Vale'
    while i >= 0 and len(chain) < 7:
        token = tokens[i]
        low = token.lower
        if _a_figure_of(token, chain):
            chain.insert(0, token)  # 'world 400m champion': '400' and 'm' are one word
            i -= 1
            continue
        if _a_figure_hyphened_to(tokens, i, chain):
            chain[:0] = tokens[i - 1 : i + 1]  # 'the 33-year-old actress's rep': one word
            i -= 2
            continue
        if not token.is_word or (low in _NOT_IN_A_ROLE and not token.text.isupper()):
            break  # not 'US' (envoy)
        if low == "and":
            left = tokens[i - 1] if i > 0 else None
            if not (has_role_noun and left and not left.capitalised and left.lower in ROLE_NOUNS):
                break
        elif low in ROLE_CHAIN_STOP:
            break
        elif low in OPENING_MODIFIERS:
            if not has_role_noun:
                break
            chain.insert(0, token)  # 'Former star receiver Tom Berg'
            i -= 1
            if _coordinated(tokens, i):
                continue  # 'Kyiv mayor and former boxing champion Vitali Klitschko'
            break
        elif (
            token.capitalised
            and low in _RANKS_OF_A_ROLE
            and has_role_noun
            and sentence_initial(tokens, i)
        ):
            chain.insert(0, token)  # 'Shadow home secretary David Davis', opening a sentence
            i -= 1
            break
        elif token.capitalised:
            # A capital only qualifies a role word right after it: 'Kremlin aide', 'U.S. special'.
            right = chain[0] if chain else None
            if right is None or right.capitalised or right.lower not in ROLE_NOUNS:
                break
            qualifier = _qualifier_before(tokens, i)
            chain[:0] = qualifier
            i -= len(qualifier)
            if i >= 0 and (tokens[i].lower in OPENING_MODIFIERS):
                chain.insert(0, tokens[i])  # 'former Chargers fullback'
            break  # nothing else stands before a name qualifying a role
        elif low in ROLE_NOUNS and low not in _MODIFIER_TITLES:
            has_role_noun = True
        elif not has_role_noun or low.endswith(("ed", "ly")) or low in IRREGULAR_PAST:
            break
        elif low.endswith("ing") and low not in _TITLE_PARTICIPLES and lemma(low) != low:
            break  # 'elevating guard Tom Berg'; not 'marketing executive', a noun
        chain.insert(0, token)
        i -= 1
        if low.startswith(("ex-", "then-")):
            break
    while chain and chain[0].lower == "and":
        chain.pop(0)
    while (  # 'Boras also represents catcher Tom Berg': after an adverb, the word is a verb,
        chain  # as after a time ('did last February release tackle Shane Olivea')
        and i >= 0
        and not chain[0].capitalised
        and chain[0].lower not in ROLE_NOUNS
        and "-" not in chain[0].lower
        and (
            tokens[i].lower in _NOT_IN_A_ROLE
            or _an_auxiliary_and_a_time(tokens, i)
            or (tokens[i].lower == "to" and is_verb_form(chain[0].lower))  # 'someone to
        )  # nurture quarterback Mitchell Trubisky'
    ):
        chain.pop(0)
        i += 1
    if (  # a headline's verb after its subject: 'Corry backs skipper Robinson'
        sentence.headline
        and len(chain) > 1
        and i >= 0
        and tokens[i].capitalised
        and not chain[0].capitalised
        and chain[0].lower not in ROLE_NOUNS
        and is_verb_form(chain[0].lower)  # 'Bears fire coach John Fox'
    ):
        chain.pop(0)
    subject = chain[0] if chain and chain[0].capitalised else tokens[i] if i >= 0 else None
    if chain and subject is not None and subject.is_word and subject.lower in _SUBJECT_PRONOUNS:
        return None, None  # 'this means I miss England's last games': a verb after 'I'
    parts = [*_words_as_written(chain), *title_words]
    if not parts or not (title_words or (has_role_noun and is_a_role(" ".join(parts)))):
        return None, None
    return " ".join(parts), chain[0].start if chain else title_start


def _an_auxiliary_and_a_time(tokens: Sequence[Token], i: int) -> bool:
    """'did last February' before 'release tackle Shane Olivea': an auxiliary and a time
    ending at token `i`, so the word after is a verb ('On Monday school inspection chief
    David Bell': no auxiliary, 'school' opens the noun phrase)."""
    j = i
    while j >= 0 and (
        tokens[j].lower in _TIME_MODIFIERS
        or (tokens[j].capitalised and names_a_day_or_month(tokens[j].lower))
    ):
        j -= 1
    return j < i and j >= 0 and tokens[j].lower in _AUXILIARIES


_TIME_MODIFIERS = frozenset("last this next early late".split())
_AUXILIARIES = MODALS | frozenset("do does did".split())


def _a_figure_of(token: Token, chain: Sequence[Token]) -> bool:
    """A number written onto the unit after it: '400' of '400m'."""
    return bool(chain) and token.text.isdigit() and token.end == chain[0].start


def _a_figure_hyphened_to(tokens: Sequence[Token], i: int, chain: Sequence[Token]) -> bool:
    """A number and a hyphen written onto an age after them: '33' '-' 'year-old' (not the
    '15-member' council: a size, no role)."""
    return (
        bool(chain)
        and chain[0].lower.endswith("-old")
        and i > 0
        and tokens[i].text == "-"
        and tokens[i].end == chain[0].start
        and tokens[i - 1].text.isdigit()
        and tokens[i - 1].end == tokens[i].start
    )


def _words_as_written(tokens: Sequence[Token]) -> list[str]:
    """The tokens' words, those written together ('400', 'm'; '33', '-', 'year-old') as one."""
    words: list[str] = []
    for previous, token in zip([None, *tokens], tokens, strict=False):
        if (
            previous is not None
            and previous.end == token.start
            and (previous.text.isdigit() or (previous.text == "-" and words[-1][-2:-1].isdigit()))
        ):
            words[-1] += token.text
        else:
            words.append(token.text)
    return words


def _coordinated(tokens: Sequence[Token], i: int) -> bool:
    """Whether 'and' at `i` joins a role ending in a lower-case role noun: 'mayor and'."""
    return (
        i >= 1
        and tokens[i].lower == "and"
        and not tokens[i - 1].capitalised
        and tokens[i - 1].lower in ROLE_NOUNS
    )


_OPENING_CONNECTIVES = frozenset(
    "but and or so yet as like for with while when after before said however then also now "
    "if because since though although unlike in at from on during across".split()
)
"""Words that open a sentence before a role and its name, no part of the role's qualifier."""


def _qualifier_before(tokens: Sequence[Token], last: int) -> list[Token]:
    """The proper name qualifying a role, ending at token `last`: 'Kremlin' (aide), 'New York'
    (attorney), 'Hall of Fame' (coach); none when it is a day or month ('Wednesday owner')."""
    if tokens[last].lower.rstrip(".") in CALENDAR_WORDS:
        return []
    start = last
    while start > 0 and last - start + 1 < _MAX_QUALIFIER_WORDS:
        left = tokens[start - 1]
        if (
            left.is_word
            and left.capitalised
            and left.lower not in CALENDAR_WORDS
            and not (left.lower in _OPENING_CONNECTIVES and sentence_initial(tokens, start - 1))
        ):  # not 'But' (Tory leader), 'As', 'For', 'Said'; 'No Doubt singer' keeps 'No'
            start -= 1
        elif left.lower == "of" and start > 1 and tokens[start - 2].capitalised:
            start -= 2
        else:
            break
    if start < last and tokens[start].lower == "of":
        start += 1
    if start > 0 and tokens[start - 1].lower in _WHERE_PREPOSITIONS:
        start += _place_opening(tokens[start:last])  # 'in Las Vegas Microsoft boss': Microsoft's
    return list(tokens[start : last + 1])


def _place_opening(run: Sequence[Token]) -> int:
    """How many of the first words of `run` name a place: 'Las Vegas' of 'Las Vegas
    Microsoft', after 'in' (the place where, not the role's body)."""
    for size in range(len(run), 0, -1):
        if is_place(" ".join(t.text for t in run[:size])):
            return size
    return 0


_HONOURS = frozenset("sir dame".split())
"""Honours a name's run may open with ('Sir Alex Ferguson'), with a role before them."""
_RANKS = (
    frozenset(
        "gen general lt lieutenant col colonel maj major brig brigadier adm admiral capt captain "
        "cmdr commander sgt sergeant cpl corporal".split()
    )
    | HYPHENED_RANKS
)
"""Military ranks a name's run may open with, with the office before them ('Army chief Gen.
Asim Munir', 'Hawks head Major-Gen Gopaul Govender')."""
_SUBJECT_PRONOUNS = frozenset("i we you they he she".split())
"""Pronouns whose next word is their verb, never a role: 'I miss', 'they coach'."""
_WHERE_PREPOSITIONS = frozenset("in at from across".split())
"""Prepositions before the place where something happens: 'in Las Vegas Microsoft boss'."""


def appositive_after(sentence: Sentence, last: int, person: bool = False) -> list[Token] | None:
    """A role between commas after the name ('Lena Varga, a spokeswoman for the group,'); for
    a `person`, also what describes them ('Ivo Kane, a 38-year-old accountant,')."""
    tokens = sentence.tokens
    if last + 4 < len(tokens) and [t.text for t in tokens[last + 1 : last + 4 : 2]] == [",", ","]:
        last += 2 * tokens[last + 2].text.isdigit()  # 'Ivo Kane, 38, the suspect': his age first
    if last + 2 >= len(tokens) or tokens[last + 1].text != ",":
        return None
    opener = tokens[last + 2].lower
    party = a_party_member_of(tokens, last + 2)
    if (
        opener not in _APPOSITIVE_OPENERS
        and opener not in ROLE_NOUNS
        and not _bare_title(tokens, last + 2)
        and not party
    ):
        return None
    end = last + 2
    while (
        end < len(tokens)
        and tokens[end].text not in (",", ".", ";", ":")
        and end - last < MAX_ROLE_WORDS
    ):
        end += 1
    phrase: Sequence[Token] = tokens[last + 2 : end]
    if end < len(tokens) and _runs_on(tokens[end]):
        phrase = _before_its_clause(phrase, tokens[end])  # cut at its length: what is whole
        if not phrase:
            return None
    words = [t.lower for t in phrase]
    if opener == "who":
        if len(words) < 3 or words[1] not in _WHO_ROLE_VERBS:
            return None
        cut = words.index("and") if "and" in words else len(words)
        phrase = phrase[1:cut]
        if words[1] in ("serves", "served"):
            if words[2] != "as":  # 'who served at the agency only briefly': no role
                return None
            phrase = phrase[2:]
    elif (
        not party
        and not any(
            t.lower in ROLE_NOUNS or t.lower in VEHICLE_WORDS or _an_occupation(t) for t in phrase
        )
        and not (person and _describes_one([t.lower for t in phrase]))
    ):
        return None
    if not phrase or any(t.lower in _FINITE_VERBS for t in phrase):
        return None  # 'the defensive tackle for the Chargers was arrested': a clause, no role
    if _acts_on_something(phrase):
        return None  # '…, having shrugged off Toure, the Pompey midfielder planted his shot
    if any(t.lower in _SUBORDINATORS for t in phrase):
        return None  # ', a day after Zelenskyy met President Trump': a time, no role
    if _names_someone(phrase):
        return None  # 'Ford, coach Roy Williams and …': a list of people, not Ford's role
    if phrase[0].lower in POSSESSIVE_PRONOUNS and _names_what_it_describes(phrase):
        return None  # 'According to Swift, her former label Big Machine, …': the label's
    if phrase[0].lower in POSSESSIVE_PRONOUNS and _a_list_goes_on(tokens[last + 2 : end + 2]):
        return None  # 'a row involving Swift, her former record label and a couple of …
    if _and_others_after(phrase):
        return None  # 'Tzekos, an eyewitness to the accident and hospital officials': three
    if phrase[-1].lower in _TENURE_NOUNS and phrase[-1].lower != "time":  # ('… at the time')
        return None  # 'fired from the Blazers, his first head coaching job,': a post he held
    phrase = _before_an_unclosed_bracket_or_a_dash(phrase)
    if len(phrase) > 1 and phrase[-1].lower in SPEECH_VERBS and end < len(tokens):
        phrase = phrase[:-1]  # ', its minister for economic affairs added.': his words follow
    while phrase and phrase[-1].lower in _DANGLING:
        phrase = phrase[:-1]  # a role cut at its length ends on a word, not 'board of'
    if phrase and phrase[0].lower in POSSESSIVE_PRONOUNS:
        phrase = phrase[1:]  # ', her lawyer,': 'lawyer' (whose, the briefing cannot say)
    return list(phrase) or None


def a_party_member_of(tokens: Sequence[Token], first: int) -> bool:
    """'Republican of South Carolina', 'Democrat from Vermont': a party's member and where
    they sit, in apposition after a lawmaker's name."""
    return (
        tokens[first].lower in PARTY_MEMBERS
        and first + 2 < len(tokens)
        and tokens[first + 1].lower in ("of", "from")
        and tokens[first + 2].capitalised
    )


def _acts_on_something(phrase: Sequence[Token]) -> bool:
    """Whether a verb in the past takes an object after the phrase's subject ('the Pompey
    midfielder planted his shot wide', 'a gunman killed his former girlfriend', 'in Beijing, a
    spokeswoman for China's Foreign Ministry flatly dismissed the claim'): the phrase is the
    next clause's subject and verb, not a description of the name before it; 'a lawyer based
    in London', 'a spokesperson for the BSA which commissioned the survey' describe."""
    for before, verb, after in zip(phrase, phrase[1:], phrase[2:], strict=False):
        if after.lower not in _OBJECT_OPENERS:
            continue
        word = verb.lower
        person = before.lower in ROLE_NOUNS or before.lower in DESCRIPTION_NOUNS
        if person and (word in IRREGULAR_PAST or (word.endswith("ed") and len(word) > 4)):
            return True
        if before.lower not in _BEFORE_A_PARTICIPLE and is_past_form(word):
            return True
    return False


_OBJECT_OPENERS = frozenset("his her their its the a an him them it".split())
"""Words opening a verb's object: 'planted his shot'."""


def _and_others_after(phrase: Sequence[Token]) -> bool:
    """'an eyewitness to the accident and hospital officials': the phrase ends on 'and' and
    people in the plural, so the name, the one described and they are a list."""
    if "and" not in [t.lower for t in phrase[1:-1]]:
        return False
    last = phrase[-1].lower
    return last in PERSON_NOUNS and lemma(last) != last


def _a_list_goes_on(phrase: Sequence[Token]) -> bool:
    """'and' then another determiner ('her former label and a couple of politicians', 'his
    wife and two friends'): the name, what follows and more are a list, not one described;
    'his former lawyer and fixer' is one."""
    return any(
        word.lower == "and" and (following.lower in _LIST_DETERMINERS or following.text.isdigit())
        for word, following in pairwise(phrase)
    )


_LIST_DETERMINERS = (
    frozenset("a an the two three four several some other many".split()) | POSSESSIVE_PRONOUNS
)


def _names_what_it_describes(phrase: Sequence[Token]) -> bool:
    """Whether a name follows a noun of the phrase straight away ('her former label Big
    Machine'): the phrase describes that name, not the one before the comma (unlike 'his
    former teammate at Ames High School')."""
    return any(
        a.is_word and not a.capitalised and a.lower not in STOPWORDS and b.capitalised
        for a, b in pairwise(phrase)
    )


DESCRIPTION_NOUNS = PERSON_NOUNS - GROUP_WORDS - frozenset("people person family".split())
"""Words that describe one person by what they are or did ('a 38-year-old accountant', 'the
suspect', 'a grandmother'): in apposition to a name they say who that person is."""


def _describes_one(words: Sequence[str]) -> bool:
    """A noun phrase of a `DESCRIPTION_NOUNS` word, maybe with a phrase of place or belonging
    after it ('a partner in the firm'), and no verb ('his partner been with him': a clause)."""
    for index, word in enumerate(words):
        if word in _VERBS_OF_A_CLAUSE:
            return False
        if word in DESCRIPTION_NOUNS:
            following = words[index + 1] if index + 1 < len(words) else None
            return following is None or following in _PREPOSITIONS_AFTER
    return False


_VERBS_OF_A_CLAUSE = frozenset(
    """
    is are was were be been being has have had do did can could will would may might must
    should shall i we you he she they
    """.split()
)
"""Words of a clause, not of a noun phrase: 'At least we can point to one woman, Bettie Page'."""


def _in_an_age(tokens: Sequence[Token], index: int) -> bool:
    """A number or hyphen of a written age ('23', '-' in 'a 23-year-old woman')."""
    token = tokens[index]
    after = tokens[index + 1].text if index + 1 < len(tokens) else ""
    before = tokens[index - 1].text if index else ""
    return (token.text.isdigit() and after == "-") or (token.text == "-" and before.isdigit())


_PREPOSITIONS_AFTER = frozenset("of in at for from with on".split())


def _an_occupation(token: Token) -> bool:
    """A lower-case noun of a trade or science the role lists need not hold: 'epidemiologist',
    'economist', 'historian', 'photographer', 'engineer' (not 'Canadian', not 'insist')."""
    word = token.text
    return (
        word.islower()
        and len(word) > 6
        and word.endswith(_OCCUPATION_ENDINGS)
        and word not in _NOT_OCCUPATIONS
    )


_OCCUPATION_ENDINGS = ("ist", "ian", "ographer", "ineer")  # an -ologist is an -ist
_NOT_OCCUPATIONS = frozenset("persist consist insist resist assist exist".split())


def _a_person_in(phrase: Sequence[Token]) -> bool:
    """Whether a given name and a surname stand in the phrase as someone else ('such as Katie
    Couric'), not as an owner or a qualifier ('Bill Clinton's aide', 'manager of Johnny Cash',
    'James Hardie chairwoman' are roles)."""
    for k, (a, b) in enumerate(pairwise(phrase)):
        ends = k + 2 >= len(phrase) or not phrase[k + 2].capitalised
        given = is_given_name(a.lower) or (
            ends and in_given_name_lists(a.text)
        )  # the world's given names too, in a name of two words: 'include Charlize Theron
        # for Monster' (not 'Great Ormond Street Hospital professor')
        if not (a.capitalised and given and b.capitalised and b.is_word):
            continue
        owned = b.text.endswith(("'s", "\u2019s"))
        before = phrase[k - 1] if k else None
        after_a_preposition = before is not None and (
            before.lower in _OWNING_PREPOSITIONS
            or (
                any(t.lower in _OWNING_PREPOSITIONS for t in phrase[:k])
                and (before.lower in ROLE_NOUNS or before.capitalised)
            )
        )  # 'manager of Johnny Cash'; 'driver for late Mafia boss Vito Genovese': whose driver
        qualifies = k + 2 < len(phrase) and phrase[k + 2].lower in ROLE_NOUNS
        if not (owned or after_a_preposition or qualifies):
            return True  # not 'manager of Johnny Cash', 'James Hardie chairwoman'
    return False


_OWNING_PREPOSITIONS = frozenset("of under for with to at".split())


def _names_someone(phrase: Sequence[Token]) -> bool:
    """Whether a role word is followed by a person's name, as in a list of people."""
    return any(
        left.lower in ROLE_NOUNS and right.capitalised and is_given_name(right.lower)
        for left, right in pairwise(phrase)
    )


def _before_its_clause(phrase: Sequence[Token], after: Token) -> Sequence[Token]:
    """A role too long to end at a comma, up to the clause or second noun phrase it runs into
    ('the former FBI official who ended …', 'a Mafia expert and author of six books on …'),
    or the place it goes on to ('head of production for Paperny Films at Fifth and Quebec',
    'head of strategy at Bank of America in New York'); nothing when it runs into none of
    them (a fragment is no role). `after` is the token the cut left out."""
    for index, token in enumerate(phrase):
        if not index:
            continue
        if token.lower in ("who", "whose", "which", "that"):
            return phrase[:index]
        following = phrase[index + 1] if index + 1 < len(phrase) else None
        if token.lower == "and" and (following is None or not following.capitalised):
            return _before_a_place(phrase[:index])  # not 'Surrey Fire and Rescue Service'
    at = _last_place_opener(phrase)
    if at is None:
        return []
    place = phrase[at + 1] if at + 1 < len(phrase) else after
    kept = phrase[:at]
    last = kept[-1]
    if not place.capitalised or (last.lower.endswith(("ed", "ing")) and not last.capitalised):
        return []  # not 'a spokesman for the Tobacco Monopoly quoted in China Daily'
    return kept


def _before_a_place(phrase: Sequence[Token]) -> Sequence[Token]:
    """A role without the place its last words name ('… for Paperny Films at Fifth')."""
    at = _last_place_opener(phrase)
    if at is None:
        return phrase
    tail = phrase[at + 1 :]
    return phrase[:at] if tail and all(t.capitalised for t in tail) else phrase


def _last_place_opener(phrase: Sequence[Token]) -> int | None:
    """Where the last preposition opening a place stands, past the role's first two words."""
    return next(
        (i for i in range(len(phrase) - 1, 1, -1) if phrase[i].lower in _PLACE_OPENERS), None
    )


_PLACE_OPENERS = frozenset("at in near".split())
"""Prepositions that open the place a role is held in: '… at Bank of America in New York'."""


def _runs_on(token: Token) -> bool:
    """Whether a role stopped at its length goes on at `token` (not a comma or 'said')."""
    return token.is_word and token.lower not in SPEECH_VERBS and token.lower not in _FINITE_VERBS


_SUBORDINATORS = frozenset("after before when while since because although until".split())
"""Words that open a clause: an appositive holding one tells a time or a reason, not a role."""
_DANGLING = frozenset("of for at in on to with and or the a an from by that which who".split())


def _before_an_unclosed_bracket_or_a_dash(phrase: Sequence[Token]) -> Sequence[Token]:
    """A role up to a bracket or a quotation its cut leaves open ('head of marketing at
    Transport for London (TfL' → 'head of marketing at Transport for London', 'author of the
    book "The Big Show' → 'author of the book') or a dash opening a second description
    ('deputy chairman of Highland Gold - a mining firm that …')."""
    marks = [i for i, t in enumerate(phrase) if t.text in QUOTE_MARKS]
    if len(marks) % 2:
        phrase = phrase[: marks[-1]]
        if phrase and possessive(phrase[-1]):
            phrase = phrase[:-1]  # 'TV personality on ABC's "Shark Tank': on, then nothing
    for index, token in enumerate(phrase):
        spaced = (  # not '38-year-old', '(R) -nominated'
            0 < index < len(phrase) - 1
            and phrase[index - 1].end < token.start
            and token.end < phrase[index + 1].start
        )
        if token.text in DASHES and spaced:
            return phrase[:index]
        if token.text == "(" and not any(t.text == ")" for t in phrase[index:]):
            return phrase[:index]
    return phrase


DASHES = frozenset({"-", "\u2013", "\u2014", "--"})
"""Dashes as tokens: a hyphen, an en or em dash, or two hyphens typed for one."""


_BARE_TITLE_WORDS = 3


def _bare_title(tokens: Sequence[Token], first: int) -> bool:
    """', court clerk,': a few lower-case words ending in a role noun, closed by a comma."""
    for end in range(first, min(len(tokens), first + _BARE_TITLE_WORDS)):
        token = tokens[end]
        if not token.is_word or token.capitalised or token.lower in ("and", "or", "but"):
            return False  # '…, and sister, Kathryn Jenkin': another person, not a role
        if token.lower in ROLE_NOUNS:
            return end + 1 < len(tokens) and tokens[end + 1].text == ","
    return False


_PHRASE_BREAKS = frozenset(",;:\u2014") | QUOTE_MARKS
"""Marks before which a noun phrase before ', Name' does not reach back."""
_BEFORE_A_ROLE = frozenset("the a an and or that this".split()) | POSSESSIVE_PRONOUNS
"""Words opening such a phrase that are no part of the role: '…, and sister, Kathryn Jenkin',
'Its chairman', 'That man, Jose Luis Orozco'; a pronoun owner is left out of the role."""
_PREPOSITIONS_BEFORE = frozenset("according to from of with by for through via".split())
"""Words before a role phrase that make it no apposition: 'According to the City Attorney's
office, Williams …', 'Through a spokesperson, Weinstein denied …'."""
_CLAUSE_JOINS = frozenset("but while whereas ;".split())
_TIME_CONJUNCTIONS = frozenset("after before since until when once".split())
_OF_WHOM = frozenset("of for at in with".split())
"""Words after a role's head: 'the chief executive of Acme'; a role only after them ('the
deaths of former Speaker X') is another's."""


_BEFORE_A_PARTICIPLE = frozenset("was were is are be been being by who which that a an the".split())
"""Words before a past form that make it a participle or a relative's verb, no clause's own:
'was arrested', 'which commissioned'."""


_FINITE_VERBS = frozenset("was were is are has have had will would said says told".split())
_COMPOUND_PREPOSITIONS = frozenset("prior next close due thanks ahead owing subsequent".split())
"""First words of a preposition in two words ('prior to', 'ahead of')."""
_AFTER_A_HEAD = _OF_WHOM | frozenset("to from on under by over about against".split())
"""Words after the noun that heads a role: 'Trump's special envoy to Kyiv', 'Republican
senator from Kansas', 'expert on missile technology'."""


def _goes_on_before_an_owner(tokens: Sequence[Token], owner: int) -> bool:
    """Whether an article and one plain lower-case word stand before a possessive: 'the port
    authority's', 'the slain deputy's'; not 'said Trump's' or 'was Kathina's'."""
    if owner < 2:
        return False
    left, article = tokens[owner - 1], tokens[owner - 2]
    return (
        article.lower in ("the", "a", "an")
        and left.is_word
        and not left.capitalised
        and left.lower not in STOPWORDS
        and not left.lower.endswith(("ed", "ing"))
    )


def _after_a_role_and_preposition(tokens: Sequence[Token], determiner: int) -> bool:
    """'spokesman for | the company', 'leader of | the opposition': a role noun, then the
    preposition that says whose, before the determiner at `determiner`."""
    return (
        determiner >= 2
        and tokens[determiner - 1].lower in ("for", "of", "at")
        and tokens[determiner - 2].lower in ROLE_NOUNS
    )


def appositive_before(sentence: Sentence, first: int, person: bool = False) -> list[Token] | None:
    """A role in a noun phrase just before ', Name': 'the ship's captain, Dmytro Kovalenko'; for
    a `person`, also what describes them ('the suspect, Ivo Kane')."""
    tokens = sentence.tokens
    first = _age_before(tokens, first)  # 'the suspect, 38-year-old Ivo Kane'
    if first > 2 and tokens[first - 2].text == "," and is_nationality(tokens[first - 1].text):
        first -= 1  # 'The mother of a four-year-old boy, Tunisian Olfa Bent Souayah'
    if first < 2 or tokens[first - 1].text != ",":
        return None
    start = first - 2
    owner = None
    whose = False
    while start > 0 and first - start < 10:
        token = tokens[start]
        if token.lower in DETERMINERS and _after_a_role_and_preposition(tokens, start):
            start -= 2  # 'A spokesman for the company, Lars Dahl': the role is his whole post
            whose = True
            continue
        if token.lower == "another":
            return None  # 'another climber, Duncan Rait': the story has two; which one?
        if token.lower in DETERMINERS:
            break
        if token.text.endswith(("'s", "\u2019s")):
            if _goes_on_before_an_owner(tokens, start):
                owner = start  # 'the port authority's chief executive': the whole phrase
                start -= 2
            while (
                token.capitalised
                and start > 0
                and tokens[start - 1].capitalised
                and tokens[start - 1].is_word
                and tokens[start - 1].lower not in DETERMINERS
            ):
                start -= 1  # 'Karsa Hydro's chief executive': the owner's whole name
            break  # 'Putin's aide'
        if token.text in ("'", "\u2019") and tokens[start - 1].lower.endswith("s"):
            start -= 1  # 'The residents' lawyer, Ines Marsh': a plural owner
            break
        a_word = token.is_word or _in_an_age(tokens, start)  # (or 'a 23-year-old')
        if not a_word or tokens[start - 1].text in _PHRASE_BREAKS:
            break
        start -= 1
    if whose and start > 0:
        return None  # 'Under O'Brien, the former coach of the Celtics, Iverson …', 'In his
        # first season as coach of the Sixers, Cheeks …': only a sentence's opening is his post
    phrase = tokens[start : first - 1]
    words = [t.lower for t in phrase]
    told_from = start if owner is None else owner
    before = [t.lower for t in tokens[max(0, told_from - 4) : told_from + 1]]
    clause = max((i for i, w in enumerate(before) if w in _CLAUSE_JOINS), default=-1)
    before = before[clause + 1 :]  # 'had gone through Australia undefeated but their
    # captain, David Bedell-Sivright': a clause of its own after 'but'
    if any(w in _PREPOSITIONS_BEFORE for w in before):
        return None  # 'According to the City Attorney's office, Williams' case …': no apposition
    described = (
        person
        and _describes_one(words)
        and words[-1] in DESCRIPTION_NOUNS
        and not any(t.capitalised and is_given_name(t.lower) for t in phrase[1:])
    )  # not 'the footsteps of compatriots Gary Player, Ernie Els'

    if len(words) > 1 and words[0] in _COMPOUND_PREPOSITIONS and words[1] in ("to", "of"):
        return None  # 'Prior to that, DiLeo spent …': when, not a prior's post
    if words and words[0] in _TIME_CONJUNCTIONS:
        return None  # '… society" after only one woman, Alessia Cara, won': a clause of time
    head = words[: next((i for i, w in enumerate(words) if w in _AFTER_A_HEAD), len(words))]
    headed = bool(head) and (
        is_a_role(head[-1])
        or (person and (head[-1] in DESCRIPTION_NOUNS or _an_occupation(phrase[len(head) - 1])))
    )  # 'the slain deputy's wife', 'award-winning journalist'; not 'its official website'
    if not (headed or described) or any(
        w in SPEECH_VERBS or w.endswith("ed") or w in _VERBS_OF_A_CLAUSE for w in words
    ):
        return None  # the role is the phrase's own, not in what follows its 'of': 'On the
        # suspension of Mr Houston, UKIP said …' is no post of UKIP's
    if words and words[0].endswith("ing") and lemma(words[0]) != words[0]:
        return None  # 'Moving forward, Swift has …': a participle's clause, no role
    if head and head[-1].endswith("s") and lemma(head[-1]) != head[-1]:
        return None  # 'Two other former directors, Bert Roberts and …': theirs, not his
    if head and (
        head[-1] in EVENT_NOUNS
        or (head[-1] not in ROLE_NOUNS and any(w in EVENT_NOUNS for w in head))
    ):
        return None  # 'in the coming general election, Charles Kennedy has said': a time;
        # '… in the forthcoming general election campaign, Charles Kennedy has said' too
    if _a_person_in(phrase):
        return None  # '… to media figures such as Katie Couric, George Stephanopoulos': a list
    if _a_works_title_owned(phrase):
        return None  # '…, Arnaud Desplechin's Kings And Queen, Abdellatif Kechiche's …': a film
    while phrase and phrase[0].lower in _BEFORE_A_ROLE:
        phrase = phrase[1:]  # '…, and sister, Kathryn Jenkin': 'sister'; 'Its chairman'
    if len(phrase) > 2 and phrase[0].lower in _TENURE_NOUNS and phrase[1].lower == "as":
        phrase = phrase[2:]  # 'In his role as Senior Vice President, DiLeo': the post itself
    return list(phrase) or None


_TENURE_NOUNS = frozenset("role position post capacity job stint tenure time".split())
"""Nouns of holding a post, before 'as' and the post: 'In his role as chairman, …'."""


def _a_works_title_owned(phrase: Sequence[Token]) -> bool:
    """Whether the phrase is someone's work by its title: capitalised words after a
    possessive, a small word among them capitalised too ('Arnaud Desplechin's Kings And
    Queen'); 'Putin's aide' and 'Labour's election strategist' are roles."""
    owned = next((i for i, t in enumerate(phrase) if possessive(t)), None)
    if owned is None or owned == len(phrase) - 1:
        return False
    title = phrase[owned + 1 :]
    return all(t.capitalised for t in title) and any(t.lower in TITLE_MINOR_WORDS for t in title)


def identified_as(sentence: Sentence, first: int, last: int) -> list[Token] | None:
    """The description a sentence identifies with the name at `first`…`last`: 'The driver, who
    police identified as Ivo Tamm,', 'The woman was identified by police as Ana Pike', 'Police
    identified the man as Ivo Tamm' — the article's own word that they are one person (not
    'named a spokesman as Ivo Tamm left', where 'as' opens a clause)."""
    tokens = sentence.tokens
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    if after is not None and after.is_word and after.lower not in ("of", "from", "who"):
        return None  # a clause goes on ('as Ivo Tamm left'); not 'as Ivo Tamm of Brenn'
    first = _age_before(tokens, first)  # 'identified as 23-year-old Ivo Tamm'
    if first < 3 or tokens[first - 1].lower != "as":
        return None
    verb = next(
        (k for k in range(first - 2, max(0, first - 7), -1) if tokens[k].lower in _IDENTIFYING),
        None,
    )
    if verb is None:
        return None
    if tokens[verb + 1].lower in ("the", "a", "an"):
        start, end = verb + 1, first - 2  # 'identified the man as'
    elif any(t.lower not in _IDENTIFYING_AGENTS for t in tokens[verb + 1 : first - 1]):
        return None  # only 'by the police' between: 'identified by the police as'
    else:
        end = verb - 1
        while end > 0 and tokens[end].lower in _BEFORE_IDENTIFIED:
            end -= 1  # 'The driver, who police identified', 'The woman was identified'
        start = end
        while start > 0 and first - start < 12 and tokens[start].lower not in DETERMINERS:
            start -= 1
    words = [t.lower for t in tokens[start : end + 1]]
    if len(words) < 2 or words[0] not in ("the", "a", "an") or words[-1] not in DESCRIPTION_NOUNS:
        return None
    if not all(tokens[k].is_word or _in_an_age(tokens, k) for k in range(start + 1, end + 1)):
        return None
    return tokens[start : end + 1]


_IDENTIFYING = frozenset("identified named".split())
_IDENTIFYING_AGENTS = frozenset("by the police authorities officials investigators".split())
_BEFORE_IDENTIFIED = frozenset(
    ", who whom police authorities officials investigators was were has had been is".split()
)


def described_part(phrase: Sequence[Token]) -> tuple[int, int]:
    """Where an appositive names what its person is, without whose or where: 'a physician'
    of 'a physician who operates a clinic', 'chief medical correspondent' of "CNN's chief
    medical correspondent", 'resident' of 'a 38-year-old Troy resident' (a name inside it is
    another actor's mention, not this one's)."""
    first = 0
    for at, token in enumerate(phrase):
        if token.text.endswith(("'s", "\u2019s")) or (at and token.capitalised):
            first = at + 1
        elif at > first and token.lower in _AFTER_THE_DESCRIPTION:
            return phrase[first].start, phrase[at - 1].end
    first = min(first, len(phrase) - 1)
    return phrase[first].start, phrase[-1].end


_AFTER_THE_DESCRIPTION = frozenset(
    "of for at in on with from by to who which that whose and or since".split()
)


def _age_before(tokens: Sequence[Token], first: int) -> int:
    """Where a written age right before a name starts ('38-year-old Ivo Kane', '23-year old
    Ivo Kane'); `first` itself when there is none."""
    words = [t.lower for t in tokens[max(0, first - 4) : first]]
    if words[-2:] == ["-", "year-old"]:
        age = first - 3
    elif words[-3:] == ["-", "year", "old"]:
        age = first - 4
    else:
        return first
    return age if age >= 0 and tokens[age].text.isdigit() else first
