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
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from ...text.lemmas import is_common_word, lemma
from ...text.names import (
    PARTICLES,
    fold_name,
    is_given_name,
    parse_person,
)
from ...text.places import is_nationality, is_place
from .lexicon import (
    COUNTRIES,
    DEMONYMS,
    DETERMINERS,
    EVENT_WORDS,
    MEDIA_WORDS,
    NOT_NAMES,
    ORGANISATION_WORDS,
    PLACE_WORDS,
    PLATFORM_NAMES,
    ROLE_NOUNS,
    SPEECH_VERBS,
    VEHICLE_WORDS,
    WORK_WORDS,
)
from .roles import (
    ROLE_CHAIN_STOP,
    appositive_after,
    appositive_before,
    followed_by_role_noun,
    role_before,
    role_follows,
    title_split,
)
from .sentences import Sentence, Token, possessive_stripped

MentionKind = Literal["person", "organization", "country", "place", "media", "vehicle", "other"]
ACRONYMS = frozenset(
    "BBC CNN NBC CBS ABC AP AFP UN UK US EU NATO IMF WHO OPEC FBI CIA NSA ECB ICC IAEA UNESCO "
    "UNICEF MCIB NASA TIME".split()
)
_LOCATIVES = frozenset(
    "in at near off from to across outside inside into toward towards via".split()
)
_INSIDE = frozenset("in at inside".split())
_PLACE_PREPOSITIONS = frozenset("in at near inside outside across off throughout around".split())
_JOINERS = PARTICLES | {"of", "&"}
_AGENT_AUXILIARIES = frozenset(
    "is was are were has have had will would could should can may might must said says told "
    "did does do".split()
)
_ROMAN = re.compile(r"[IVX]{1,5}")


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
    entity: int | None = None


def find_mentions(sentences: Sequence[Sentence]) -> list[Mention]:
    """Every name in the article, classified, in order."""
    runs = [(s, run) for s in sentences if not s.debris for run in _capitalised_runs(s.tokens)]
    known_edges: set[str] = set()  # first and last words of names used mid-sentence
    for sentence, (first, last) in runs:
        if not _sentence_initial(sentence.tokens, first):
            known_edges.update((sentence.tokens[first].lower, sentence.tokens[last].lower))
    surnames = {  # last words of names with a given name: 'Billy King' makes 'King' a name
        sentence.tokens[last].lower
        for sentence, (first, last) in runs
        if last > first and sentence.tokens[last - 1].lower not in ROLE_NOUNS
    }
    mentions: list[Mention] = []
    for sentence, run in runs:
        for first, last in _refined(sentence, run, known_edges):
            mention = _mention(sentence, first, last, known_edges, surnames)
            if mention is not None:
                mentions.append(mention)
    vehicles = {fold_name(m.name) for m in mentions if m.kind == "vehicle"}
    surnames = {
        parse_person(m.name).surname_key for m in mentions if m.kind == "person" and " " in m.name
    }
    organisation_heads: dict[str, int] = {}
    for m in mentions:
        if m.kind == "organization" and " " in m.name:
            head = fold_name(m.name).split()[0]
            organisation_heads[head] = organisation_heads.get(head, 0) + 1
    for mention in mentions:
        if fold_name(mention.name) in vehicles:
            mention.kind = "vehicle"
        elif " " not in mention.name and mention.kind in ("other", "place", "person"):
            single = fold_name(mention.name)
            if parse_person(mention.name).surname_key in surnames:
                mention.kind = "person"
            elif (
                organisation_heads.get(single) == 1 and not mention.located and not mention.modifier
            ):
                mention.kind = "organization"
    return mentions


def _refined(sentence: Sentence, run: tuple[int, int], known: set[str]) -> list[tuple[int, int]]:
    """A capitalised run without the ordinary words that capitals disguise.

    In a headline every word is capitalised: the run splits at ordinary English words ('Academy
    Picked Ellen DeGeneres As Oscar Host' → 'Ellen DeGeneres', 'Oscar'). At the start of a
    sentence, ordinary words before the name go ('Having Jackman', 'Clearly Mark'). A word the
    article also capitalises mid-sentence is a name whatever the dictionary says ('Mark').
    """
    tokens = sentence.tokens
    first, last = run

    def ordinary(i: int) -> bool:
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
        )

    if sentence.headline:
        pieces: list[tuple[int, int]] = []
        start = None
        for i in range(first, last + 1):
            if ordinary(i) or tokens[i].lower in _JOINERS:
                if start is not None:
                    pieces.append((start, i - 1))
                start = None
            elif start is None:
                start = i
        if start is not None:
            pieces.append((start, last))
        return pieces
    if _sentence_initial(tokens, first):
        while (
            first < last
            and ordinary(first)
            and _inflected(tokens[first].lower)
            and tokens[first + 1].lower not in ROLE_NOUNS
        ):
            first += 1  # but 'Environment Minister Ana Ribeiro' keeps its role, 'Yuri' its name
        while first < last and tokens[first].lower in _JOINERS:
            first += 1  # 'Much of B.C.' → 'B.C.'
    return [(first, last)]


_TRAILING_TIME = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow".split()
)


def _inflected(word: str) -> bool:
    """'Having', 'Clearly', 'Producers': a form no given name takes ('Yuri', 'Mark' are not)."""
    return word.endswith(("ly", "ing")) or lemma(word) != word or word in _FUNCTION_WORDS


_FUNCTION_WORDS = frozenset("last next early late much many such".split())


def _sentence_initial(tokens: Sequence[Token], index: int) -> bool:
    before = [t for t in tokens[:index] if t.is_word]
    return not before


def _capitalised_runs(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        if _name_word(tokens[i]):
            j = i
            while j + 1 < len(tokens):
                nxt = tokens[j + 1]
                if (
                    possessive_stripped(tokens[j].text) != tokens[j].text
                    and nxt.lower not in ORGANISATION_WORDS
                ):
                    break  # 'Ukraine's Sumy' is two names; 'Fishermen's Cooperative' is one
                if _name_word(nxt) and nxt.start - tokens[j].end <= 1:
                    j += 1
                    continue
                if (  # a middle initial: 'John Q. Smith'
                    nxt.text == "."
                    and len(tokens[j].text) == 1
                    and j > i
                    and j + 2 < len(tokens)
                    and _name_word(tokens[j + 2])
                ):
                    j += 2
                    continue
                k = j + 1  # particles: 'Ursula von der Leyen', 'Bank of England'
                joiners = (
                    _JOINERS | _ORGANISATION_JOINERS if _names_a_body(tokens, i, j) else _JOINERS
                )
                while (
                    k < len(tokens)
                    and k - j <= 3
                    and (
                        tokens[k].text.lower() in joiners
                        or (
                            tokens[k].lower == "the"
                            and tokens[k - 1].lower == "of"
                            and tokens[k - 2].lower in ROLE_NOUNS | ORGANISATION_WORDS
                        )
                    )
                ):
                    k += 1  # 'Secretary of the Interior
                if k > j + 1 and k < len(tokens) and _name_word(tokens[k]):
                    j = k
                else:
                    break
            runs.append((i, j))
            i = j + 1
        else:
            i += 1
    return runs


_ORGANISATION_JOINERS = frozenset({"and", "for"})
"""Joiners inside organisation names only: 'Palmer Fire and Rescue', 'Alaska Association for
Historic Preservation'; 'Putin and Witkoff' stays two names."""


def _names_a_body(tokens: Sequence[Token], first: int, last: int) -> bool:
    """A run that 'and'/'for' may continue: 'Academy of … Arts and Sciences', 'Fire and
    Rescue'; not 'Russian Federation and Ukraine' (the next name is a country of its own)."""
    words = [tokens[i].lower for i in range(first, last + 1)]
    following = tokens[last + 2].lower if last + 2 < len(tokens) else ""
    body = any(w in ORGANISATION_WORDS for w in words) or words[-1] in ("fire", "arts")
    return following not in COUNTRIES and body and not any(w in ROLE_NOUNS for w in words)


def _name_word(token: Token) -> bool:
    if not token.is_word or not token.capitalised:
        return False
    if "-" in token.text and token.text.rsplit("-", 1)[1][:1].islower():
        return False  # 'Jail-issued', 'Kremlin-backed': an adjective, not a name
    bare = possessive_stripped(token.text)
    if bare.isupper() and len(bare) >= 2 and bare.replace(".", "") not in ACRONYMS:
        return "." in bare or bool(_ROMAN.fullmatch(bare))  # U.S., Leo XIV; not SHOUTED words
    return True


def _mention(
    sentence: Sentence, first: int, last: int, known: set[str], surnames: set[str]
) -> Mention | None:
    tokens = sentence.tokens
    while first <= last and tokens[first].lower in NOT_NAMES:
        first += 1
    while last > first and tokens[last].lower in _TRAILING_TIME:
        last -= 1  # 'Maurice Cheeks Saturday'
    if first > last:
        return None
    words = [possessive_stripped(t.text) for t in tokens[first : last + 1] if t.text != "."]
    lowered = [w.lower().rstrip(".") for w in words]
    if (
        first == last
        and _sentence_initial(tokens, first)
        and lowered[0] not in known
        and lowered[0] not in surnames
        and lowered[0] not in COUNTRIES
    ):
        return None
    if (
        len(words) == 1
        and (lowered[0] in DEMONYMS or is_nationality(lowered[0]))
        and lowered[0] not in ORGANISATION_WORDS
    ):
        return None  # 'Somali', 'Yemeni': a nationality, not a name
    if len(words) == 1 and followed_by_role_noun(tokens, last):
        return None  # a modifier: 'Kremlin aide', 'Brightwater chief executive'
    role_words: list[str] = []
    split = title_split(lowered)
    if split is not None:
        role_words, first = words[:split], first + split
        words = words[split:]
        lowered = lowered[split:]
    if (
        all(w in ROLE_NOUNS or w in DEMONYMS for w in lowered)
        and lowered[0] not in ORGANISATION_WORDS
        and not (len(words) == 1 and lowered[0] in surnames)
    ):
        return None  # a title alone: 'the Prime Minister said' (but 'King said' after 'Billy King')
    start, end = tokens[first].start, tokens[last].start + len(words[-1])
    name = sentence.text[start - sentence.start : end - sentence.start]
    kind = _kind(sentence, first, last, lowered)
    if role_words and kind == "other":
        kind = "person"  # 'President Trump', 'Pope Leo'
    mention = Mention(sentence.index, first, last, start, end, name, kind)
    role, role_start = role_before(sentence, first, role_words)
    mention.role, mention.role_start = role, role_start
    appositive = appositive_after(sentence, last) or appositive_before(sentence, first)
    if appositive:
        if any(w in VEHICLE_WORDS for w in fold_name(appositive).split()):
            mention.kind = "vehicle"
        elif mention.role is None:
            mention.role = appositive
    previous = tokens[first - 1].lower if first > 0 else ""
    before_previous = tokens[first - 2].lower if first > 1 else ""
    mention.headline = sentence.headline
    mention.quoted = any(q.start <= start < q.end for q in sentence.quotations)
    mention.located = previous in _LOCATIVES or (
        previous in ("the", "a") and before_previous in _LOCATIVES
    )
    mention.determined = previous in DETERMINERS
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
        and mention.role is None
        and is_common_word(lowered[0])
        and not is_given_name(lowered[0])
    ):
        mention.kind = "other"  # 'the overall Peace Deal': ordinary words after an adjective
    mention.agentive = _agentive(tokens, last) and not mention.located
    following = tokens[last + 1] if last + 1 < len(tokens) else None
    mention.modifier = (
        following is not None
        and possessive_stripped(tokens[last].text) == tokens[last].text
        and following.is_word
        and not following.capitalised
        and not _agentive(tokens, last)
        and following.lower not in ROLE_CHAIN_STOP
    )
    mention.affiliation = following is not None and (  # 'Chargers defensive tackle Jamal Williams'
        role_follows(tokens, last)
        or (possessive_stripped(tokens[last].text) != tokens[last].text and following.capitalised)
    )
    if mention.kind == "person" and mention.determined:
        mention.kind = "other"
    return mention


def _kind(sentence: Sentence, first: int, last: int, lowered: list[str]) -> MentionKind:
    tokens = sentence.tokens
    folded = " ".join(lowered)
    before = [t.lower for t in tokens[max(0, first - 3) : first]]
    platform = lowered[-1] in PLATFORM_NAMES or folded in ("truth social", "x")
    if platform and (not before or before[-1] in ("on", "to", "via")):
        return "media"
    if any(w in MEDIA_WORDS for w in lowered) or folded in ("bbc", "cnn", "reuters", "sputnik"):
        return "media"
    previous = tokens[first - 1].text.lower() if first > 0 else ""
    if previous in VEHICLE_WORDS or lowered[0] in ("mv", "hms", "uss"):
        return "vehicle"
    if folded in COUNTRIES or (folded.startswith("the ") and folded[4:] in COUNTRIES):
        return "country"
    if any(w in ORGANISATION_WORDS for w in lowered) or any(
        len(w) >= 2 and w.upper() in ACRONYMS for w in lowered
    ):
        return "organization"
    if lowered[-1] in PLACE_WORDS:
        return "place"
    if (
        lowered[-1] in WORK_WORDS
        or lowered[0] in EVENT_WORDS
        or _whole_quotation(sentence, first, last)
    ):
        return "other"  # 'the Tony Awards', 'the "American Pie" star'
    after = tokens[last + 1].lower if last + 1 < len(tokens) else ""
    if after in ("region", "regions", "province", "oblast", "city", "district"):
        return "place"
    if is_place(folded) or (
        before and before[-1] in _PLACE_PREPOSITIONS and not is_given_name(lowered[0])
    ):
        return "place"  # 'in Los Angeles', 'at Westwood Cemetery'
    if _plural_noun(lowered[-1]) and not is_given_name(lowered[0]):
        return "organization"  # 'San Diego Chargers', 'the Pistons': a team, not a person
    if (
        len(lowered) >= 2
        and lowered[-1] in ROLE_NOUNS
        and (
            any(w in PLACE_WORDS or w in ORGANISATION_WORDS for w in lowered[:-1])
            or is_place(" ".join(lowered[:-1]))
        )
    ):
        return "organization"  # 'Los Angeles County Sheriff': an office, not a person's name
    if len(lowered) >= 2:
        return "person"
    if before and before[-1] in _LOCATIVES:
        return "place"
    return "other"


def _plural_noun(word: str) -> bool:
    """An ordinary English noun in the plural ('chargers'), which no surname is."""
    return word.endswith("s") and lemma(word) != word and is_common_word(lemma(word))


def _whole_quotation(sentence: Sentence, first: int, last: int) -> bool:
    """The name is all a quotation holds: a title in quotes, not a speaker ('"American Pie"')."""
    start, end = sentence.tokens[first].start, sentence.tokens[last].end
    return any(
        q.start <= start
        and end <= q.end
        and not sentence.text[q.start - sentence.start : q.end - sentence.start]
        .replace(sentence.text[start - sentence.start : end - sentence.start], "")
        .strip(" ,.!?'\u2019")
        for q in sentence.quotations
    )


def _agentive(tokens: Sequence[Token], last: int) -> bool:
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
    return (
        word in _AGENT_AUXILIARIES
        or word in SPEECH_VERBS
        or word.endswith(("ed", "es", "ts", "ms"))
    )


_ADVERBS = frozenset("still also later then again already never now just even".split())
