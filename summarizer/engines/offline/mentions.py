"""Find who is named in an article, with roles, and link each mention to one entity.

A name is a run of capitalised words (with particles such as 'von der'). Its kind comes from cues:
titles inside it ('Environment Minister Ana Ribeiro' is a person with a role), words it contains
('Authority', 'Alliance' → organisation; 'Point', 'Bay' → place; 'Herald', 'News' → media), a
country list, and its neighbours ('the cargo ship Nordic Tern' is a vehicle; 'in Rotterdam' a
place). Roles come from titles, from role words just before a name ('Kremlin aide Yuri Ushakov')
and from appositives on either side ('Lena Varga, a spokeswoman for the group';
'The ship's captain, Dmytro Kovalenko,').

A word that starts a sentence is a name only if the article also uses it as one elsewhere, so
'Police in Saltmere questioned…' does not make 'Police' an actor.

Within the article, a surname alone links to the most recent full name with that surname
('According to Ribeiro' after 'Carlos Ribeiro' is Carlos Ribeiro), and a shorter organisation name
to the longer one containing it ('Brightwater' → 'Brightwater Shipping').
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

from ...text.lemmas import is_common_word, lemma
from ...text.names import (
    PARTICLES,
    PersonName,
    fold_name,
    is_given_name,
    organisation_key,
    parse_person,
    same_given_name,
    same_person,
    surnames_match,
)
from ...text.places import is_nationality, is_place
from .lexicon import (
    COUNTRIES,
    DEMONYMS,
    EVENT_WORDS,
    FEMALE_CUES,
    MALE_CUES,
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
from .text import Sentence, Token, possessive_stripped

MentionKind = Literal["person", "organization", "country", "place", "media", "vehicle", "other"]
ACRONYMS = frozenset(
    "BBC CNN NBC CBS ABC AP AFP UN UK US EU NATO IMF WHO OPEC FBI CIA NSA ECB ICC IAEA UNESCO "
    "UNICEF MCIB NASA TIME".split()
)
_LOCATIVES = frozenset(
    "in at near off from to across outside inside into toward towards via".split()
)
_ROLE_CHAIN_STOP = frozenset(
    "the a an his her its their our my your this that these those and or but of for to with by "
    "in on at from as said says told who which when after before while than".split()
)
_INSIDE = frozenset("in at inside".split())
_PLACE_PREPOSITIONS = frozenset("in at near inside outside across off throughout around".split())
_JOINERS = PARTICLES | {"of", "&"}
_DETERMINERS = frozenset("the a an its their his her our this that".split())
_APPOSITIVE_OPENERS = frozenset("a an the his her its their head chief who".split())
_WHO_ROLE_VERBS = frozenset("heads leads chairs runs represents is was serves served".split())
_AGENT_AUXILIARIES = frozenset(
    "is was are were has have had will would could should can may might must said says told "
    "did does do".split()
)
MAX_ROLE_WORDS = 12
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


@dataclass
class Entity:
    """One actor of the article and everything that names it."""

    index: int
    kind: MentionKind
    mentions: list[Mention] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    gender: Literal["female", "male"] | None = None
    ambiguous: bool = False
    """A bare surname two people of the article share: it names no one for sure."""
    _name: str | None = None

    @property
    def name(self) -> str:
        """The fullest name used for it (people: the longest full name; others: the first)."""
        if self._name is not None:
            return self._name
        names = [m.name for m in self.mentions]
        if self.kind == "person":
            return max(names, key=lambda n: (len(n.split()), len(n), -names.index(n)))
        return max(names, key=lambda n: (len(n.split()), -names.index(n)))

    @cached_property
    def is_actor(self) -> bool:
        """People and organisations (not only as a location); countries and places where they act.

        A name seen only in headlines is not an actor: title case makes 'Talks Show Few Results'
        look like a name.
        """
        if self.ambiguous or all(m.headline for m in self.mentions):
            return False
        if self.kind == "person":
            return True
        if self.kind == "organization":  # not only a place or a modifier: 'the Oval Office'
            return any(m.affiliation or not (m.inside or m.modifier) for m in self.mentions)
        if self.kind == "country":  # a state acts even in a speaker's words: 'Russia rejects'
            return any(m.agentive and not m.determined for m in self.mentions)
        if self.kind in ("place", "other"):
            return any(m.agentive and not m.determined and not m.quoted for m in self.mentions)
        return False


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
    if len(words) == 1 and _followed_by_role_noun(tokens, last):
        return None  # a modifier: 'Kremlin aide', 'Brightwater chief executive'
    role_words: list[str] = []
    split = _title_split(lowered)
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
    role, role_start = _role_before(sentence, first, role_words)
    mention.role, mention.role_start = role, role_start
    appositive = _appositive_after(sentence, last) or _appositive_before(sentence, first)
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
    mention.determined = previous in _DETERMINERS
    mention.inside = previous in _INSIDE or (
        previous in ("the", "a") and before_previous in _INSIDE
    )
    if (
        mention.kind == "person"
        and first > 0
        and tokens[first - 1].is_word
        and not tokens[first - 1].capitalised
        and previous not in _ROLE_CHAIN_STOP
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
        and following.lower not in _ROLE_CHAIN_STOP
    )
    mention.affiliation = following is not None and (  # 'Chargers defensive tackle Jamal Williams'
        _role_follows(tokens, last)
        or (possessive_stripped(tokens[last].text) != tokens[last].text and following.capitalised)
    )
    if mention.kind == "person" and mention.determined:
        mention.kind = "other"
    return mention


def _title_split(lowered: list[str]) -> int | None:
    """Index where the name starts after a title inside the run, if there is one.

    'Secretary of the Interior Ken Salazar': a title 'of' a body runs on to the person's name,
    its last two words (a middle initial makes three)."""
    for index in range(len(lowered) - 1, 0, -1):
        if lowered[index - 1] in ROLE_NOUNS and lowered[index - 1] not in ORGANISATION_WORDS:
            rest = lowered[index:]
            if rest[:1] == ["of"] and len(rest) >= 4:
                name = 3 if len(rest[-2]) == 1 and len(rest) >= 5 else 2
                return len(lowered) - name
            if rest and not any(w in ORGANISATION_WORDS for w in rest):
                return index
            return None
    return None


def _followed_by_role_noun(tokens: Sequence[Token], last: int) -> bool:
    nxt = tokens[last + 1] if last + 1 < len(tokens) else None
    return nxt is not None and not nxt.capitalised and nxt.lower in ROLE_NOUNS


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


def _role_follows(tokens: Sequence[Token], last: int) -> bool:
    """A role within the next three words: 'Chargers defensive tackle', 'Kremlin aide'."""
    for token in tokens[last + 1 : last + 4]:
        if not token.is_word or token.capitalised:
            return False
        if token.lower in ROLE_NOUNS:
            return True
    return False


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


def _role_before(
    sentence: Sentence, first: int, title_words: list[str]
) -> tuple[str | None, int | None]:
    tokens = sentence.tokens
    chain: list[Token] = []
    i = first - 1
    has_role_noun = False
    while i >= 0 and len(chain) < 7:
        token = tokens[i]
        low = token.lower
        if not token.is_word:
            break
        if low == "and":
            left = tokens[i - 1] if i > 0 else None
            if not (has_role_noun and left and not left.capitalised and left.lower in ROLE_NOUNS):
                break
        elif low in _ROLE_CHAIN_STOP:
            break
        elif token.capitalised:
            # A capital only qualifies a role word right after it: 'Kremlin aide', 'U.S. special'.
            right = chain[0] if chain else None
            if right is None or right.capitalised or right.lower not in ROLE_NOUNS:
                break
        elif low in ROLE_NOUNS:
            has_role_noun = True
        elif not has_role_noun or low.endswith(("ed", "ly")):
            break
        chain.insert(0, token)
        i -= 1
    while chain and chain[0].lower == "and":
        chain.pop(0)
    parts = [t.text for t in chain] + title_words
    if not parts or not (has_role_noun or title_words):
        return None, None
    start = chain[0].start if chain else None
    if title_words and not chain:
        start = tokens[first].start - len(" ".join(title_words)) - 1
    return " ".join(parts), start


def _appositive_after(sentence: Sentence, last: int) -> str | None:
    tokens = sentence.tokens
    if last + 2 >= len(tokens) or tokens[last + 1].text != ",":
        return None
    opener = tokens[last + 2].lower
    if opener not in _APPOSITIVE_OPENERS and opener not in ROLE_NOUNS:
        return None
    end = last + 2
    while (
        end < len(tokens)
        and tokens[end].text not in (",", ".", ";", ":")
        and end - last < MAX_ROLE_WORDS
    ):
        end += 1
    phrase = tokens[last + 2 : end]
    words = [t.lower for t in phrase]
    if opener == "who":
        if len(words) < 3 or words[1] not in _WHO_ROLE_VERBS:
            return None
        cut = words.index("and") if "and" in words else len(words)
        phrase = phrase[1:cut]
    elif not any(w in ROLE_NOUNS or w in VEHICLE_WORDS for w in words):
        return None
    if not phrase:
        return None
    return sentence.text[phrase[0].start - sentence.start : phrase[-1].end - sentence.start]


def _appositive_before(sentence: Sentence, first: int) -> str | None:
    """A role in a noun phrase just before ', Name': 'the ship's captain, Dmytro Kovalenko'."""
    tokens = sentence.tokens
    if first < 2 or tokens[first - 1].text != ",":
        return None
    start = first - 2
    while start > 0 and first - start < 10:
        token = tokens[start]
        if token.lower in _DETERMINERS or token.text.endswith(("'s", "\u2019s")):
            break
        if not token.is_word or tokens[start - 1].text in (",", ";", ":", "\u2014"):
            break
        start -= 1
    phrase = tokens[start : first - 1]
    words = [t.lower for t in phrase]
    if not any(w in ROLE_NOUNS for w in words[:5]) or any(
        w in SPEECH_VERBS or w.endswith("ed") for w in words
    ):
        return None
    if phrase[0].lower in ("the", "a", "an"):
        phrase = phrase[1:]
    if not phrase:
        return None
    return sentence.text[phrase[0].start - sentence.start : phrase[-1].end - sentence.start]


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


def link_entities(mentions: Sequence[Mention]) -> list[Entity]:
    """Group mentions into entities; sets each mention's `entity`.

    A surname alone joins the person of that surname named before it; when two such people
    were named, it joins the one named in the same or the previous sentence, and otherwise
    no one: 'McDermott said' after both Doug and Greg McDermott is not guessed.
    """
    entities: list[Entity] = []
    people = [m for m in mentions if m.kind == "person"]
    full_names: list[tuple[Entity, list[PersonName]]] = []
    for mention in people:
        parsed = parse_person(mention.name)
        if not parsed.is_full:
            continue
        found = next(
            (pair for pair in full_names if all(same_person(parsed, n) for n in pair[1])), None
        )
        _attach(entities, found[0] if found else None, mention)
        if found is None:
            full_names.append((entities[-1], [parsed]))
        else:
            found[1].append(parsed)
    ambiguous: dict[str, Entity] = {}
    for mention in people:
        if mention.entity is not None:
            continue
        home = _surname_home(entities, full_names, mention)
        if home is NAMES_SEVERAL:  # one entity for the shared surname, named as no one
            key = fold_name(mention.name)
            _attach(entities, ambiguous.get(key), mention)
            ambiguous.setdefault(key, entities[mention.entity or 0]).ambiguous = True
        else:
            _attach(entities, home, mention)
    for mention in mentions:
        if (
            mention.entity is None
            and " " not in mention.name
            and mention.kind
            in (
                "person",
                "other",
            )
        ):
            home = _given_name_home(full_names, mention)
            if home is not None:
                mention.kind = "person"
                _attach(entities, home, mention)
    _link_organisations(entities, [m for m in mentions if m.kind == "organization"])
    by_folded: dict[str, Entity] = {}
    for entity in entities:
        by_folded.setdefault(fold_name(entity.name), entity)
    for mention in mentions:
        if mention.kind in ("country", "place", "other"):
            key = fold_name(mention.name)
            _attach(entities, by_folded.get(key), mention)
            by_folded.setdefault(key, entities[mention.entity or 0])
    for entity in entities:
        entity._name = None
        entity._name = entity.name  # final: no more mentions join
        entity.gender = _gender(entity)
        kinds: list[MentionKind] = [m.kind for m in entity.mentions if m.kind != "other"]
        if kinds:
            entity.kind = max(set(kinds), key=lambda k: (kinds.count(k), -kinds.index(k)))
    return entities


def _surname_home(
    entities: list[Entity], full_names: list[tuple[Entity, list[PersonName]]], mention: Mention
) -> Entity | None:
    key = parse_person(mention.name).surname_key
    here = (mention.sentence, mention.first)
    candidates = [
        e for e, names in full_names if any(surnames_match(key, n.surname_key) for n in names)
    ]
    if not candidates:  # 'Ortiz said' before any full name: join an earlier lone 'Ortiz'
        return next(
            (
                e
                for e in entities
                if e.kind == "person" and fold_name(e.name) == fold_name(mention.name)
            ),
            None,
        )
    earlier = [
        (max((m.sentence, m.first) for m in e.mentions if (m.sentence, m.first) < here), e)
        for e in candidates
        if any((m.sentence, m.first) < here for m in e.mentions)
    ]
    if not earlier:
        return candidates[0] if len(candidates) == 1 else NAMES_SEVERAL
    if len(earlier) == 1:
        return earlier[0][1]
    position, latest = max(earlier, key=lambda pair: pair[0])
    if mention.sentence - position[0] <= 1:
        return latest  # 'Carlos Ribeiro … said X. According to Ribeiro, …'
    leads = [e for _, e in earlier if _leads_the_story(e)]
    return leads[0] if len(leads) == 1 else NAMES_SEVERAL


def _leads_the_story(entity: Entity) -> bool:
    """Named in the headline or the story's first sentences: the person a bare surname means
    when a relative shares it ('Doug McDermott returns' → 'McDermott said')."""
    return any(m.headline or m.sentence <= _LEAD_SENTENCES for m in entity.mentions)


_LEAD_SENTENCES = 2


def _given_name_home(
    full_names: list[tuple[Entity, list[PersonName]]], mention: Mention
) -> Entity | None:
    """'Doug said' after 'Doug McDermott': the one person of the article with that given name
    (or a nickname of it: 'Ben' for 'Benjamin Banky')."""
    word = fold_name(mention.name)
    if not word or (
        not is_given_name(word)
        and not any(
            fold_name(n.given[0]) == word for _, names in full_names for n in names if n.given
        )
    ):
        return None
    homes = {
        id(entity): entity
        for entity, names in full_names
        if any(n.given and same_given_name(word, fold_name(n.given[0])) for n in names)
    }
    return next(iter(homes.values())) if len(homes) == 1 else None


def _attach(entities: list[Entity], home: Entity | None, mention: Mention) -> None:
    if home is None:
        home = Entity(index=len(entities), kind=mention.kind)
        entities.append(home)
    home.mentions.append(mention)
    mention.entity = home.index
    if mention.role and fold_name(mention.role) not in {fold_name(r) for r in home.roles}:
        home.roles.append(mention.role)


NAMES_SEVERAL = Entity(index=-1, kind="person", ambiguous=True)
"""`_surname_home`'s answer for a surname that two people of the article share."""


def _link_organisations(entities: list[Entity], mentions: list[Mention]) -> None:
    ordered = sorted(mentions, key=lambda m: -len(organisation_key(m.name).split()))
    homes: list[tuple[Entity, list[str]]] = []
    for mention in ordered:
        words = organisation_key(mention.name).split()
        home = None
        for entity, other in homes:
            if other == words or (
                len(words) < len(other)
                and any(
                    other[i : i + len(words)] == words for i in range(len(other) - len(words) + 1)
                )
            ):
                home = entity
                break
        _attach(entities, home, mention)
        if home is None:
            homes.append((entities[-1], words))


def _gender(entity: Entity) -> Literal["female", "male"] | None:
    cues = {w for role in entity.roles for w in fold_name(role).split()}
    if cues & FEMALE_CUES:
        return "female"
    if cues & MALE_CUES:
        return "male"
    return None


_HONORIFIC_GENDER: dict[str, Literal["female", "male"]] = {
    "mr": "male",
    "mrs": "female",
    "ms": "female",
    "miss": "female",
}


def infer_genders(sentences: Sequence[Sentence], entities: Sequence[Entity]) -> None:
    """Give people a gender from how the article refers to them, when it is consistent.

    Cues: 'Mr'/'Ms' before the name, role words ('spokeswoman'), and the pronouns of sentences
    (outside quotations) where that person is the only one named, or the sentence right after.
    Two genders voted for leave it unknown: a pronoun then fits either.
    """
    votes: dict[int, list[str]] = {}
    by_sentence: dict[int, set[int]] = {}
    for entity in entities:
        if entity.kind != "person":
            continue
        for mention in entity.mentions:
            by_sentence.setdefault(mention.sentence, set()).add(entity.index)
            tokens = sentences[mention.sentence].tokens
            before = tokens[mention.first - 1].lower.rstrip(".") if mention.first > 0 else ""
            if before in _HONORIFIC_GENDER:
                votes.setdefault(entity.index, []).append(_HONORIFIC_GENDER[before])
            said = _reported_pronoun(tokens, mention.last)
            if said is not None:  # 'Mangoni … said he asked': he is Mangoni
                votes.setdefault(entity.index, []).append(said)
    for index, people in by_sentence.items():
        if len(people) != 1:
            continue
        person = next(iter(people))
        for offset in (0, 1):
            if index + offset >= len(sentences):
                break
            if offset and by_sentence.get(index + 1):
                break
            sentence = sentences[index + offset]
            words = {
                t.lower
                for t in (sentence.tokens if offset == 0 else sentence.tokens[:1])
                if t.is_word and not any(q.start <= t.start < q.end for q in sentence.quotations)
            }
            male, female = bool(words & _MALE_PRONOUNS), bool(words & _FEMALE_PRONOUNS)
            if male != female:
                votes.setdefault(person, []).append("male" if male else "female")
    for entity in entities:
        if entity.gender is not None or entity.index not in votes:
            continue
        cast = votes[entity.index]
        if len(set(cast)) == 1:
            entity.gender = "male" if cast[0] == "male" else "female"


def _reported_pronoun(tokens: Sequence[Token], last: int) -> str | None:
    """'X said (that) he …' / 'X, 40, said she …': the gender of that pronoun."""
    i = last + 1
    if i < len(tokens) and tokens[i].text == ",":  # an aside: 'Hiller, 43, said'
        closing = next(
            (j for j in range(i + 1, min(len(tokens), i + 20)) if tokens[j].text == ","), None
        )
        i = closing + 1 if closing is not None else i
    if i >= len(tokens) or tokens[i].lower not in ("said", "says", "told"):
        return None
    i += 1
    if i < len(tokens) and tokens[i].lower == "that":
        i += 1
    word = tokens[i].lower if i < len(tokens) else ""
    return "male" if word == "he" else "female" if word == "she" else None


_MALE_PRONOUNS = frozenset("he him his himself".split())
_FEMALE_PRONOUNS = frozenset("she her hers herself".split())
