"""The other ways an article refers to its actors: pronouns and descriptions.

Names are linked by `mentions.link_entities`. An actor is also 'he' or 'her' (resolved the way a
speaker's pronoun is, see `speakers`), and 'the coach' or 'the ministry' when exactly one actor
of the article carries that role or word; what describes a person beside their name ('Ivo
Kane, a 38-year-old accountant,', 'the suspect, Ivo Kane,') is them, and so is 'the
accountant' or 'the suspect' later when no one else is so described. A description that
names no actor of the article ('police', 'a gunman', 'the suspect', 'pirates') is an actor of
its own, unnamed, one per head noun: an unnamed suspect is one of a crime story's actors, and
'the suspect' in two articles about one story is usually one person; a 'he' or 'she' no named
person answers for is the one person described just before it ('A man opened fire … He
fled'). Every reference becomes a span of the actor's evidence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from ...text.lemmas import is_common_word, lemma
from ...text.names import fold_name
from ...text.places import is_nationality, is_place, state_code
from ...text.predicates import (
    EVENT_NOUNS,
    is_verb_form,
    may_be_a_noun,
    noun_lemma,
    verb_lemma,
)
from ...text.words import STOPWORDS
from .entities import Entity
from .lexicon import (
    DEMONYMS,
    FEMALE_PRONOUNS,
    GROUP_WORDS,
    MALE_PRONOUNS,
    MODALS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    RELATIVE_NOUNS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    cue_gender,
)
from .mentions import Mention
from .roles import DESCRIPTION_NOUNS
from .sentences import Sentence, Token, possessive_stripped
from .speakers import NOBODY, Speakers, closes_words_around_a_quote

_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS
_DETERMINERS = frozenset("the a an this that these those his her its their our some two".split())


@dataclass
class Unnamed:
    """An actor the article describes but never names: 'the suspect', 'police'."""

    name: str
    plural: bool
    spans: list[tuple[int, int]] = field(default_factory=list)
    acts: bool = False
    """Subject of a verb at least once: it does or says something in the story."""


@dataclass
class References:
    """Spans referring to named actors (by entity index), and the unnamed actors."""

    spans: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    unnamed: list[Unnamed] = field(default_factory=list)


def _a_role_held(tokens: Sequence[Token], i: int) -> bool:
    """A singular role noun after a bare 'as' ('served as undersecretary of state', 'as
    deputy chairman'): the post someone holds, with no article before it, not another person
    (but 'such as women', 'as many people as' name people)."""
    if tokens[i].lower not in ROLE_NOUNS or lemma(tokens[i].lower) != tokens[i].lower:
        return False
    j = i - 1
    while j >= 0 and i - j <= 2 and tokens[j].is_word and not tokens[j].capitalised:
        if tokens[j].lower == "as":
            return j == 0 or tokens[j - 1].lower not in ("such", "as")
        if tokens[j].lower in _DETERMINERS or tokens[j].lower in _AMOUNTS:
            return False
        j -= 1
    return False


_AMOUNTS = frozenset("many much few more less well soon long far".split())


def find_references(
    sentences: Sequence[Sentence], mentions: Sequence[Mention], entities: Sequence[Entity]
) -> References:
    """Every pronoun and description of the article that refers to an actor."""
    speakers = Speakers(sentences, mentions, entities)
    named_tokens = {(m.sentence, i) for m in mentions for i in range(m.role_first, m.last + 1)}
    beside_names = _appositives(sentences, mentions)
    named_next = {(m.sentence, m.first): m.entity for m in mentions if m.entity is not None}
    found = References()
    unnamed: dict[str, Unnamed] = {}
    described: tuple[tuple[int, int], Unnamed, str | None] | None = None  # the last described
    relative = -1  # the sentence of the last 'who' after a description: its objects are others
    introduced: Unnamed | None = None  # the last described, if someone new acted on
    people = sorted(  # where people are named, in order
        (m.sentence, m.first)
        for m in mentions
        if m.entity is not None and entities[m.entity].kind == "person"
    )
    bodies: dict[str, set[int]] = {}  # the last word of named bodies: 'Vancouver police'
    for index, body in enumerate(entities):
        if body.kind != "person":
            bodies.setdefault(body.name.lower().rsplit(" ", 1)[-1], set()).add(index)
    ages = _ages_of_people(sentences, mentions, entities)
    apposed: dict[tuple[int, int], int] = {}  # where named people's appositives end: a
    for m in mentions:  # 'who' right after one is theirs
        if m.described and m.entity is not None and entities[m.entity].kind == "person":
            apposed[(m.sentence, m.described[1])] = m.entity
    titles = {  # role words of named actors: descriptions that may mean one of them
        word
        for entity in entities
        for text in (*entity.roles, entity.name)
        for word in text.lower().split()
        if word in ROLE_NOUNS or word in GROUP_WORDS or word in DESCRIPTION_NOUNS
    }
    for sentence in sentences:
        if sentence.debris:
            continue
        tokens = sentence.tokens
        for i, token in enumerate(tokens):
            low = token.lower
            if low == "who" and i > 1 and tokens[i - 1].text == ",":
                named = speakers.named_before_comma(sentence, _before_an_age(tokens, i - 1))
                if named is not None:  # 'Maurice Cheeks, who was fired', 'Tara Reid, 33, who'
                    found.spans.setdefault(named, []).append((token.start, token.end))
                elif described is not None and described[0] == (sentence.index, i - 2):
                    described[1].spans.append((token.start, token.end))  # 'The actress, who'
                continue
            if low == "who" and i > 0 and (sentence.index, tokens[i - 1].end) in apposed:
                aide = apposed[(sentence.index, tokens[i - 1].end)]  # 'Fred LaRue, a Nixon aide
                found.spans.setdefault(aide, []).append((token.start, token.end))  # who …'
                continue
            if low == "who" and described is not None and described[0] == (sentence.index, i - 1):
                described[1].spans.append((token.start, token.end))  # 'the driver who hit her'
                relative = sentence.index
                continue
            if low == "it" and _it_after_saying(tokens, i) and not sentence.is_quoted(token.start):
                said_it = speakers.pronoun(sentence, i)  # "The navy said it had captured 23"
                if said_it is not None and said_it >= 0:
                    found.spans.setdefault(said_it, []).append((token.start, token.end))
                continue
            pronoun = low in _PRONOUNS
            if not pronoun and not _person_noun(low):
                continue  # the cheap test first: most words are neither
            if not token.is_word or (token.capitalised and i > 0 and not sentence.headline):
                continue
            if (
                sentence.headline
                and token.capitalised
                and (sentence.index, i + 1) not in people  # 'Oscar Host Hugh Jackman'
                and _a_name_runs_on(tokens, i)
            ):
                continue  # 'Bees handed potential Man Utd tie': a club's name, no man
            if (sentence.index, i) in named_tokens or sentence.is_quoted(token.start):
                continue
            if pronoun and not sentence.headline:
                trailing = low in PERSON_PRONOUNS and closes_words_around_a_quote(sentence, i)
                entity = speakers.pronoun(sentence, i, trailing)  # 'The plan of X was a "…",
                # he said': the words before the quote are his, X is spoken of
                if (
                    entity is not None
                    and entity >= 0
                    and _an_object_pronoun(tokens, i)
                    and described is not None
                    and described[0][0] == sentence.index
                    and described[1] is introduced
                    and _described_since(described[1], entity, token.start, found, entities)
                    and _may_be(described, (sentence.index, i), low, people)
                ):
                    continue  # 'Ken Macdonald says … a manager who had waited for a burglar,
                    # tied him up': the burglar, unnamed, or Macdonald? Not guessed
                if entity is not None and entity >= 0:
                    found.spans.setdefault(entity, []).append((token.start, token.end))
                elif (
                    described is not None
                    and not (low in _OBJECT_PRONOUNS and relative == sentence.index)
                    and _may_be(described, (sentence.index, i), low, people)
                ):  # 'the man … he'; not 'the driver who hit her'
                    described[1].spans.append((token.start, token.end))
                continue
            if pronoun or _followed_by_person_noun(tokens, i):
                continue
            if low in _ALSO_ADVERBS and (i == 0 or tokens[i - 1].lower not in _DETERMINERS):
                continue  # 'Moving forward, Swift …', 'witnesses came forward': no one
            if _no_ones_noun(tokens, i):
                continue  # 'to tackle the blaze', 'shot in the head', 'in court': no one
            if not sentence.headline and _modifies_noun(tokens, i):
                continue  # 'his campaign promise', 'the people of'
            if _bare_after_a_copula(tokens, i):
                continue  # 'the company would be patient': an adjective, no one
            if _a_verb_after_who(tokens, i) or _a_verb_after_a_name(tokens, i):
                continue  # 'Laura Whitfield, who chairs the subcommittee': a verb, no one
            first = _phrase_start(tokens, i)
            head = lemma(low)
            beside = beside_names.get((sentence.index, i))
            named = named_next.get((sentence.index, i + 1))
            if (
                named is not None
                and beside is None
                and possessive_stripped(token.text) == token.text  # not 'the company's Falcon'
            ):
                if low != head or low in _COLLECTIVE_PEOPLE:
                    continue  # 'reporters Bob Woodward and Carl Bernstein': both, no one else
                beside = named  # 'Parent company First Energy said': the noun describes the
                # name it stands before, no one else
            if beside is not None:  # 'Anthony LaCalamita, a 38-year-old accountant,': him
                found.spans.setdefault(beside, []).append((tokens[first].start, token.end))
                continue
            entity = speakers.description(sentence, first, i)
            if entity is None or entity == NOBODY:
                entity = _of_the_age(sentence, first, i, ages, entities)
            if entity is not None and entity != NOBODY:
                found.spans.setdefault(entity, []).append((tokens[first].start, token.end))
                continue
            if _a_role_held(tokens, i):
                continue  # 'who served as undersecretary of state': his post, no one else
            if head in titles or low in titles:
                force = bodies.get(low, set())
                qualifiers = [fold_name(t.text) for t in tokens[first:i] if t.capitalised]
                if not _another_countrys(qualifiers, force, entities):
                    if (
                        low in GROUP_WORDS
                        and len(force) == 1
                        and low == head
                        and not speakers.spoken_of_another(head, sentence.index)
                        and _qualified_as(qualifiers, entities[next(iter(force))].name)
                    ):  # (not 'the company' after 'another company': it may be either)
                        found.spans.setdefault(next(iter(force)), []).append(
                            (tokens[first].start, token.end)
                        )  # ', police said.' before 'Vancouver police': the article's one force
                    continue  # 'the president' when two presidents are named: no one for sure
            actor = unnamed.get(head)
            if actor is None:
                plural = low != head or low in GROUP_WORDS
                actor = unnamed[head] = Unnamed(low if plural else f"the {head}", plural)
            if actor.plural:  # the fullest wording: 'the Ukrainian air force' over 'the force'
                phrase = [t.text for t in tokens[first : i + 1] if t.lower not in _DETERMINERS]
                if len(phrase) > len(actor.name.split()):
                    actor.name = " ".join(phrase)
            actor.spans.append((tokens[first].start, token.end))
            actor.acts = actor.acts or _acts(tokens, i)
            if not actor.plural:
                described = ((sentence.index, i), actor, cue_gender({head}))
                introduced = actor if _introduced_as_an_object(tokens, first, i) else None
    found.unnamed = [
        actor
        for actor in unnamed.values()
        if not _the_one_the_lead_describes(actor, sentences, mentions, entities, ages, found)
    ]
    return found


_PLAIN_PERSON_NOUNS = {"woman": "female", "girl": "female", "man": "male", "boy": "male"}


def _before_an_age(tokens: Sequence[Token], comma: int) -> int:
    """The comma before an age in commas that ends at `comma` ('Tara Reid, 33, who'), else
    `comma` itself."""
    if comma >= 3 and tokens[comma - 1].text.isdigit() and tokens[comma - 2].text == ",":
        return comma - 2
    return comma


def _a_name_runs_on(tokens: Sequence[Token], i: int) -> bool:
    """In a headline, a capitalised word after the noun that is no verb: the noun opens a
    name ('Man Utd'), where 'Woman Shoots Co-workers' goes on to what she did."""
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    return (
        following is not None
        and following.is_word
        and following.capitalised
        and not is_verb_form(following.lower)
        and following.lower not in STOPWORDS  # 'Oscars Host For 2014 Academy Awards'
    )


def _the_one_the_lead_describes(
    actor: Unnamed,
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    entities: Sequence[Entity],
    ages: dict[int, set[int]],
    found: References,
) -> bool:
    """'A woman died …' ⏎ 'Raj Chohan, 59, was walking …': a man, woman, boy or girl the
    headline or the lead describes is the one person of that gender the article names, where
    that person is the first it names, holds no office and is of no other age; the
    description's spans join that person (True). A story opens on its protagonist unnamed
    and names them next; an official named first, or a second man, leaves it open."""
    gender = _PLAIN_PERSON_NOUNS.get(actor.name.removeprefix("the "))
    lead = next((s.end for s in sentences if not s.skip), 0)
    if actor.plural or gender is None or actor.spans[0][0] >= lead:
        return False
    people = {
        m.entity for m in mentions if m.entity is not None and entities[m.entity].kind == "person"
    }
    first = min(
        (m for m in mentions if m.entity in people),
        key=lambda m: (m.sentence, m.first),
        default=None,
    )
    if first is None or first.entity is None:
        return False
    if [i for i in people if entities[i].gender == gender] != [first.entity]:
        return False  # another of that gender named, or the first named of another
    named = entities[first.entity]
    if any(
        word in ROLE_NOUNS and word not in RELATIVE_NOUNS
        for role in named.roles
        for word in role.lower().split()
    ):
        return False  # 'Inspector Dave Gaskin said': an official, not the one described
    described_ages = {
        int(age)
        for start, end in actor.spans
        for sentence in sentences
        if sentence.start <= start < sentence.end
        for age in _AGE_IN.findall(
            sentence.text[max(0, start - sentence.start - _AGE_REACH) : end - sentence.start]
        )
    }  # the phrase may start inside 'a 42-year-old man'
    known = {age for age, who in ages.items() if first.entity in who}
    others = {age for age, who in ages.items() if who - {first.entity}}
    if (described_ages - known and known) or described_ages & others:
        return False  # 'The driver, a 42-year-old man, …' and 'Dane Chinnery, 15,'
    found.spans.setdefault(first.entity, []).extend(actor.spans)
    return True


_AGE_AFTER = re.compile(r"\s*,\s*(?:(\d{1,3})\s*,|an?\s+(\d{1,3})\s*-\s*year\s*-\s*old\b)")
_AGE_BEFORE = re.compile(r"(\d{1,3})\s*-\s*year\s*-\s*old\s+(?:[a-z]+\s+){0,2}$")
_AGE_IN = re.compile(r"\b(\d{1,3})\s*-\s*year\s*-\s*old\b")
_AGE_REACH = 5


def _ages_of_people(
    sentences: Sequence[Sentence], mentions: Sequence[Mention], entities: Sequence[Entity]
) -> dict[int, set[int]]:
    """The people of the article by the age it gives them: 'Eric Kirkpatrick, 61,', '38-year-old
    Anthony LaCalamita', '38-year-old accountant Anthony LaCalamita', 'Dane Chinnery, a
    19-year-old fan'."""
    ages: dict[int, set[int]] = {}
    for mention in mentions:
        if mention.entity is None or entities[mention.entity].kind != "person":
            continue
        text = sentences[mention.sentence].text
        offset = sentences[mention.sentence].start
        after = _AGE_AFTER.match(text, mention.end - offset)
        before = _AGE_BEFORE.search(text, 0, (mention.role_start or mention.start) - offset)
        for found in (after, before):
            if found is not None:
                age = next(group for group in found.groups() if group is not None)
                ages.setdefault(int(age), set()).add(mention.entity)
    return ages


def _of_the_age(
    sentence: Sentence,
    first: int,
    head: int,
    ages: dict[int, set[int]],
    entities: Sequence[Entity],
) -> int | None:
    """The one named person of the article of the age a description gives ('A 61-year-old
    Vancouver man was charged …' ⏎ 'Eric Allen Kirkpatrick, 61, …'), of no other gender; None
    when no one or several are."""
    tokens = sentence.tokens
    start = max(0, tokens[first].start - sentence.start - _AGE_REACH)  # '61-' before 'year-old'
    found = _AGE_IN.search(sentence.text[start : tokens[head].end - sentence.start])
    if found is None:
        return None
    people = ages.get(int(found.group(1)), set())
    if len(people) != 1:
        return None
    person = next(iter(people))
    gender = cue_gender({lemma(tokens[head].lower)})
    told = entities[person].gender
    return None if gender and told and gender != told else person


def _it_after_saying(tokens: Sequence[Token], i: int) -> bool:
    """'The Indian navy said it has captured 23 pirates': 'it' right after a verb of saying and
    before what the body did or will do; not 'said it was a tragedy' or 'said it had been a
    hard year', where 'it' is no one."""
    if i == 0 or i + 1 >= len(tokens) or tokens[i - 1].lower not in SPEECH_VERBS:
        return False
    after = tokens[i + 1].lower
    if i + 2 < len(tokens) and tokens[i + 2].lower == "been":
        return False  # 'said it had been a difficult year'
    return after in _WHAT_IT_DID or (after.endswith("ed") and is_common_word(lemma(after)))


_WHAT_IT_DID = frozenset(
    "has had have would will could can may might plans planned intends intended expects "
    "expected hopes hoped wants wanted".split()
)


def _no_ones_noun(tokens: Sequence[Token], i: int) -> bool:
    """A person's or a body's noun used as something else: a verb after 'to' or a modal ('to
    tackle the blaze', 'will head the inquiry'), a place or a state without a determiner ('in
    court', 'took office'), a part of the body ('shot in the head'), the end of a title
    ('attorney general')."""
    low = tokens[i].lower
    previous = tokens[i - 1].lower if i > 0 else ""
    if previous == "to" or previous in MODALS:
        return low == lemma(low) and low not in GROUP_WORDS  # not 'to police', a plural
    if low in _BARE_STATES and previous in _INTO_A_STATE:
        return True  # 'took office', 'appeared in court', 'term of office', 'box office'
    before = tokens[i - 2].lower if i > 1 else ""
    if low in ("head", "general") and (
        previous == "in" or (before == "in" and previous in _IN_THE)
    ):
        return True  # 'shot in the head', 'in general'
    following = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    if low in ("head", "heads") and previous in _BODY_OWNERS and following != "of":
        return True  # 'popped out of her head', 'shook their heads'; not 'his head of staff'
    if low in _QUANTITY_NOUNS and previous == "a":
        return following == "of"  # 'found a host of other equipment': many things
    if (low, following) in _PHRASAL_VERBS:
        return True  # 'sees him team up with Tim McGraw': a verb
    return low == "general" and (previous in ROLE_NOUNS or previous in _TITLED_GENERALS)


_QUANTITY_NOUNS = frozenset("host army legion battery".split())
"""People's nouns that also count things: 'a host of', 'an army of', 'a battery of tests'."""
_PHRASAL_VERBS = frozenset({("team", "up"), ("teams", "up"), ("gang", "up"), ("staff", "up")})
"""A group's noun and the particle that make it a verb: 'to team up', 'they gang up on'."""


_IN_THE = frozenset("the his her their its a".split())
_BODY_OWNERS = frozenset("his her their my your our".split())
_BARE_STATES = frozenset("court office custody".split())
_INTO_A_STATE = frozenset(
    "in into to of from at before outside out took take takes taking taken left leave leaves "
    "leaving seek seeking sought assume assumed assumes box".split()
)
_TITLED_GENERALS = frozenset("attorney surgeon solicitor inspector auditor postmaster".split())


_COLLECTIVE_PEOPLE = frozenset("people staff crew police personnel".split())
"""People's nouns that are plural without an -s ('the Japanese people Ericsson
questioned'): never one named actor's."""
_OBJECT_PRONOUNS = frozenset("him her".split())
_RELATIVES = frozenset("who which".split())


def _a_verb_after_who(tokens: Sequence[Token], i: int) -> bool:
    """'who chairs the subcommittee', 'which heads the board': a verb with its object, not
    'men who agents said were …' or 'which players who've been drinking'."""
    following = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    return (
        i > 0
        and tokens[i - 1].lower in _RELATIVES
        and tokens[i].lower.endswith("s")
        and following in _DETERMINERS
    )


_NOUNS_THAT_ARE_VERBS = frozenset(
    "host head lead back guard judge coach star chair captain".split()
)


def _a_verb_after_a_name(tokens: Sequence[Token], i: int) -> bool:
    """'Cairo hosts talks', 'Obama heads the summit': after a name, a noun of a person that is
    also a verb, before its object (a determiner, or a happening's noun), is the verb."""
    if i == 0 or i + 1 >= len(tokens) or not tokens[i].lower.endswith("s"):
        return False
    following = tokens[i + 1].lower
    word = lemma(tokens[i].lower)
    if not (tokens[i - 1].capitalised and tokens[i - 1].is_word):
        return False
    if word == "campaign":  # 'First Lady Michelle Obama campaigns in Ohio': her verb; not
        # 'the Obama campaigns in Ohio opened offices', where 'the' opens a noun phrase
        opened_by_the = any(t.lower == "the" for t in tokens[max(0, i - 4) : i])
        return following in _CAMPAIGN_PREPOSITIONS and not opened_by_the
    return word in _NOUNS_THAT_ARE_VERBS and (
        following in _DETERMINERS or following in EVENT_NOUNS or lemma(following) in EVENT_NOUNS
    )


_CAMPAIGN_PREPOSITIONS = frozenset("in for against across on with to".split())


_A_COMMA_AND_AGE = re.compile(r"\s*,\s*(?:\d+\s*-\s*year[- ]old\s+|\d+\s*,\s*)?")
"""Between a name and a description beside it: ', ', ', 38-year-old ' or ', 38, '."""


def _appositives(
    sentences: Sequence[Sentence], mentions: Sequence[Mention]
) -> dict[tuple[int, int], int]:
    """The tokens of each role written between commas beside a named actor ('Anthony
    LaCalamita, a 38-year-old accountant,'; 'the suspect, Anthony LaCalamita,'), by sentence
    and token index: the entity they describe."""
    found: dict[tuple[int, int], int] = {}
    for mention in mentions:
        if mention.identified is not None and mention.entity is not None:
            start, end = mention.identified  # 'The driver, who police identified as Ivo Tamm'
            for index, token in enumerate(sentences[mention.sentence].tokens):
                if start <= token.start and token.end <= end:
                    found[(mention.sentence, index)] = mention.entity
        if mention.appositive is None or mention.entity is None:
            continue
        sentence = sentences[mention.sentence]
        text = sentence.text
        end_of_name = mention.end - sentence.start
        start_of_name = sentence.tokens[mention.styled_first].start - sentence.start
        after = text.find(mention.appositive, end_of_name)
        before = text.rfind(mention.appositive, 0, start_of_name)
        near = [
            at
            for at, gap in (
                (after, text[end_of_name:after]),
                (before, text[before + len(mention.appositive) : start_of_name]),
            )
            if at >= 0 and _A_COMMA_AND_AGE.fullmatch(gap)
        ]
        if not near:
            continue
        start = sentence.start + near[0]
        end = start + len(mention.appositive)
        for index, token in enumerate(sentence.tokens):
            if start <= token.start and token.end <= end:
                found[(sentence.index, index)] = mention.entity
    return found


def _introduced_as_an_object(tokens: Sequence[Token], first: int, head: int) -> bool:
    """Whether the description from token `first` to `head` brings someone new in as what a
    verb or a preposition acts on ('waited for a burglar', 'assaulted a customer'), not as
    a subject ('whether a judge will accept', 'a producer offering her') nor as what someone
    is ('as an Oscars host')."""
    if first < 1 or tokens[first].lower not in ("a", "an"):
        return False
    before = tokens[first - 1]
    after = tokens[head + 1] if head + 1 < len(tokens) else None
    acted_on = before.lower in _ACTING_PREPOSITIONS or (
        before.is_word and not before.capitalised and is_verb_form(before.lower)
    )
    return acted_on and not (after is not None and after.is_word and is_verb_form(after.lower))


def _an_object_pronoun(tokens: Sequence[Token], i: int) -> bool:
    """'him', or 'her' as an object ('tied her up', 'told her.'), not before its noun ('her
    car'), where anyone named may own it."""
    if tokens[i].lower == "him":
        return True
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return tokens[i].lower == "her" and (
        after is None or not after.is_word or after.lower in _AFTER_AN_OBJECT
    )


_ACTING_PREPOSITIONS = frozenset("for with at on to against from into".split())
_AFTER_AN_OBJECT = frozenset("up down off out away back and to into with in on at".split())


def _described_since(
    actor: Unnamed, entity: int, at: int, found: References, entities: Sequence[Entity]
) -> bool:
    """Whether `actor`, unnamed, was last described after the named `entity` was last
    written or referred to before offset `at`: an object pronoun may mean either."""
    described = max((start for start, _ in actor.spans if start < at), default=-1)
    named = max(
        (
            start
            for start in (
                *(m.start for m in entities[entity].mentions),
                *(start for start, _ in found.spans.get(entity, [])),
            )
            if start < at
        ),
        default=-1,
    )
    return described > named


def _may_be(
    described: tuple[tuple[int, int], Unnamed, str | None],
    at: tuple[int, int],
    pronoun: str,
    people: Sequence[tuple[int, int]],
) -> bool:
    """A pronoun no named actor answers for is the one person described just before it, when
    no one is named between them, of its gender where the description says ('the man' … 'he')."""
    where, _, gender = described
    if at[0] - where[0] > 1:
        return False
    named = bisect_left(people, at)
    if named and people[named - 1] > where:
        return False  # someone named since: the pronoun may be theirs
    said = "female" if pronoun in FEMALE_PRONOUNS else "male"
    return gender in (None, said)


def _person_noun(word: str) -> bool:
    """A noun for a person or a body, or its plural ('officers'; not 'charged')."""
    if word in PERSON_NOUNS:
        return True
    if word[-1:] != "s" and word not in _PLURALS:
        return False
    base = noun_lemma(word)
    return base in PERSON_NOUNS and base != word  # 'thieves', 'gunmen'


_PLURALS = frozenset("men women children people gunmen fishermen".split())
_ALSO_ADVERBS = frozenset({"forward"})
"""Person nouns that are adverbs unless a determiner makes them someone ('the forward')."""


def _modifies_noun(tokens: Sequence[Token], i: int) -> bool:
    """The word qualifies the noun after it ('police officer', 'fan base'): not the head; an
    owner ('the team's second arrest') is one."""
    if i + 1 >= len(tokens) or not tokens[i + 1].is_word or tokens[i + 1].capitalised:
        return False
    if possessive_stripped(tokens[i].text) != tokens[i].text:
        return False
    after = tokens[i + 1].lower
    if after in STOPWORDS or not is_common_word(after) or after in _VERB_WORDS:
        return False
    if not may_be_a_noun(after):
        return False  # 'the driver allegedly hit a woman near the store': no noun after
    if _object_of_perception(tokens, i):
        return False  # 'after seeing his brother die': the brother, and what he did
    if not after.endswith(("ed", "s", "ing")) and lemma(after) == after == verb_lemma(after):
        return True
    if tokens[i].lower in _ALSO_ADJECTIVES and not after.endswith(("ed", "s")):
        return True  # 'the annual general meeting': no general
    return _bare_before_a_plural(tokens, i)


_ALSO_ADJECTIVES = frozenset("general private".split())
"""Nouns for people that are adjectives before another noun: 'general meeting', 'private
hearing'."""
_PERCEIVING = frozenset("see watch hear feel notice".split())
"""Verbs of perceiving, whose object a bare verb may follow: 'saw the man run'."""


def _object_of_perception(tokens: Sequence[Token], i: int) -> bool:
    """The noun at `i` is what a verb of perceiving takes, with a determiner ('watched his
    brother fall', 'saw the man run'): the word after it is a bare verb, not a noun it
    qualifies."""
    return (
        i >= 2
        and tokens[i - 1].lower in _DETERMINERS
        and verb_lemma(tokens[i - 2].lower) in _PERCEIVING
        and tokens[i].lower not in GROUP_WORDS  # 'seeing a military helicopter'
        and i + 1 < len(tokens)
        and is_verb_form(tokens[i + 1].lower)
    )


def _bare_before_a_plural(tokens: Sequence[Token], i: int) -> bool:
    """'would save family ranches': a singular noun with no determiner, after a lowercase word,
    before a plural. A singular noun that refers to someone has its determiner ('the family
    says'); 'ranches' is then a noun it qualifies, not a verb it does."""
    word, after = tokens[i].lower, tokens[i + 1].lower
    previous = tokens[i - 1] if i > 0 else None
    return (
        lemma(word) == word
        and after.endswith("s")
        and lemma(after) != after
        and previous is not None
        and previous.is_word
        and not previous.capitalised
        and previous.lower not in _DETERMINERS
        and previous.lower not in _POSSESSIVES
    )


_POSSESSIVES = frozenset("my your whose".split())


_VERB_WORDS = frozenset(
    "is was are were has have had will would can could may might must should did do does "
    "said told say tell took gave made went came ran fled shot hit found left kept got put "
    "who which that".split()
)


def _bare_after_a_copula(tokens: Sequence[Token], i: int) -> bool:
    """A singular noun with no determiner right after 'be' ('would be patient', 'is very
    patient'): an adjective or a predicate, which refers to no one."""
    if lemma(tokens[i].lower) != tokens[i].lower:
        return False
    j = i - 1
    while j >= 0 and (tokens[j].lower in _DEGREE or tokens[j].lower.endswith("ly")):
        j -= 1
    return j >= 0 and tokens[j].lower in _COPULAS


_COPULAS = frozenset("be is are was were been being am remain remains remained seem seems".split())
_DEGREE = frozenset("very so too more most less quite rather".split())


def _followed_by_person_noun(tokens: Sequence[Token], i: int) -> bool:
    """'police officers': the later noun heads the phrase."""
    return i + 1 < len(tokens) and tokens[i + 1].is_word and _person_noun(tokens[i + 1].lower)


def _qualified_as(qualifiers: Sequence[str], name: str) -> bool:
    """Whether the capitalised words (folded) before a body's noun that name a place or
    people are in the body's name, or name its country: 'the Vancouver police' may be
    Vancouver Police, 'the Japanese government' the Japan government; 'the South Korean army'
    is not the Korean People's Army. Capitalised common words ('Local police') say nothing of
    which body."""
    words = fold_name(name).split()
    pair = _a_nationality_in_two(qualifiers)
    if pair is not None:  # 'south korean': both words, or not its own
        return all(word in words for word in pair)
    states = {state_code(w) for w in words} - {None}
    return all(
        word in words or state_code(word) in states
        for word in qualifiers
        if word not in _DETERMINERS and (state_code(word) or not is_common_word(word))
    )


def _another_countrys(
    qualifiers: Sequence[str], bodies: set[int], entities: Sequence[Entity]
) -> bool:
    """Whether the capitalised words (folded) before a body's noun name a country or its
    people ('the Sri Lankan', 'the British') that none of the article's bodies of that noun
    is of: 'the South Korean government' beside the Japanese one is a body of its own,
    described, not named."""
    national = any(state_code(w) for w in qualifiers) or _a_nationality_in_two(qualifiers)
    return (
        bool(national)
        and bool(bodies)
        and not any(_qualified_as(qualifiers, entities[b].name) for b in bodies)
    )


def _a_nationality_in_two(words: Sequence[str]) -> tuple[str, str] | None:
    """The first two words in a row that make one nationality ('south korean'), if any."""
    return next(((a, b) for a, b in pairwise(words) if is_nationality(f"{a} {b}")), None)


def _phrase_start(tokens: Sequence[Token], head: int) -> int:
    """Where the description headed at `head` starts: a determiner and at most two modifiers
    that are names, numbers or nouns for people ('the Ukrainian air force', 'a 34-year-old
    man', 'the team president'); any other word ends it, so no verb is swept in."""
    start = head
    while start > 0 and head - start <= 2:
        previous = tokens[start - 1]
        low = previous.lower
        if low in _DETERMINERS:
            return start - 1
        if (
            start < head
            and previous.capitalised
            and _opens_a_nationality(tokens[start], tokens[start + 1], 1)
        ):
            break  # 'Getty South Korean soldiers': a name before a nationality is a credit's
        modifier = (
            (
                previous.capitalised
                and low not in ROLE_NOUNS
                and (low in DEMONYMS or not is_common_word(low))
            )
            or any(c.isdigit() for c in previous.text)
            or ("-" in previous.text and previous.is_word)
            or (previous.is_word and low in PERSON_NOUNS)
            or low in _NOUN_MODIFIERS
            or _opens_a_place(previous, tokens[start], head - start)
            or _opens_a_nationality(previous, tokens[start], head - start)
        )
        if not modifier:
            break
        start -= 1
    return start


_NOUN_MODIFIERS = frozenset("air security state federal local armed police".split())


def _opens_a_nationality(word: Token, following: Token, modifiers: int) -> bool:
    """'Costa' of 'Costa Rican investigators', 'South' of 'South African officials': the first
    word of a nationality written in two."""
    return (
        modifiers > 0
        and word.capitalised
        and following.capitalised
        and is_nationality(f"{word.text} {following.text}")
    )


def _opens_a_place(word: Token, following: Token, modifiers: int) -> bool:
    """'New' of 'a New York court': a capitalised common word that opens a place's name with
    the modifier after it, not a word of its own ('new')."""
    return (
        modifiers > 0
        and word.capitalised
        and following.capitalised
        and is_place(f"{word.text} {following.text}")
    )


def _acts(tokens: Sequence[Token], head: int) -> bool:
    i = head + 1
    while i < len(tokens) and tokens[i].lower.endswith("ly"):
        i += 1
    if i >= len(tokens) or not tokens[i].is_word or tokens[i].capitalised:
        return False
    word = tokens[i].lower
    return word.endswith(("ed", "es")) or word in (
        "said", "says", "told", "is", "was", "are", "were", "has", "have", "had", "will",
        "would", "did", "went", "came", "took", "made", "found", "fled", "shot", "hit",
    )  # fmt: skip
