"""Link the mentions of an article to its entities (one actor, however named), and tell
their genders from the pronouns and cue words around them.

Within the article, a surname alone links to the most recent full name with that surname
('According to Ribeiro' after 'Carlos Ribeiro' is Carlos Ribeiro), a given name to the one full
name it can be, and a shorter organisation name to the longer one containing it ('Brightwater' →
'Brightwater Shipping'). A bare surname two people share names no one (`NAMES_SEVERAL`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Literal

from ...text.lemmas import is_common_word
from ...text.names import (
    COMPANY_SUFFIXES,
    DOCUMENT_WORDS,
    HONORIFIC_GENDERS,
    PARTICLES,
    PEERAGES,
    TITLE_GENDERS,
    PersonName,
    acronyms_of,
    family_name_first_key,
    fold_name,
    given_name_gender,
    in_given_name_lists,
    is_census_first_name,
    is_clipped_from,
    is_common_surname,
    is_first_name,
    is_given_name,
    is_world_given_name,
    organisation_key,
    parse_person,
    same_given_name,
    same_person,
    surnames_match,
    with_a_company_suffix,
    world_name_gender,
)
from ...text.places import is_nationality, is_place
from ...text.predicates import EVENT_NOUNS, NAMED_OCCASIONS, OCCASION_WORDS
from .clues import possessive_word
from .lexicon import (
    COMPANY_WORDS,
    FEMALE_PRONOUNS,
    GROUP_WORDS,
    MALE_PRONOUNS,
    ORGANISATION_WORDS,
    PARTY_MEMBERS,
    PERSON_NOUNS,
    PICTURE_AGENCIES,
    RELATIVE_NOUNS,
    ROLE_NOUNS,
    ROYAL_TITLES,
    SPEECH_VERBS,
    cue_gender,
)
from .mentions import Mention, MentionKind, plural_noun
from .runs import in_capitals
from .sentences import Sentence, Token, opening_participle_end, possessive_stripped

_ACTING_NAME_MENTIONS = 2
"""Mentions acting mid-sentence, one of them saying something, that make a capitalised
English word never written after an article a name: 'Parry' (to parry) is the man the story
quotes; 'the Democrat' is someone described, 'the Web' a thing."""
_ACTING_NAME_MENTIONS_SILENT = 3
"""Mentions acting mid-sentence that make such a word a name though none says anything:
'Fiat had sold GM a stake', 'Fiat will keep supplying engines', 'Fiat is to get 1bn euros'."""


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

    def __post_init__(self) -> None:  # what is read when first asked for (`Sentence.__post_init__`)
        self._a_capitalised_word_cache: bool | None = None
        self._a_capitalised_description_cache: bool | None = None
        self._a_named_group_cache: bool | None = None
        self._is_actor_cache: bool | None = None

    @property
    def name(self) -> str:
        """The fullest name used for it (people: the longest full name; others: the first)."""
        if self._name is not None:
            return self._name
        names = list(dict.fromkeys(m.name for m in self.mentions))  # each once, first first
        if self.kind == "person":
            return max(  # 'Vladimir Putin' over a tabloid's opening 'VLADIMIR Putin'
                names,
                key=lambda n: (len(n.split()), len(n), not _shouted(n), -names.index(n)),
            )
        return max(names, key=lambda n: (len(n.split()), -names.index(n)))

    @property
    def a_capitalised_word(self) -> bool:
        """A common word that only its capital made a name: 'Street', 'Democrat'."""
        if self._a_capitalised_word_cache is None:
            self._a_capitalised_word_cache = self._find_a_capitalised_word()
        return self._a_capitalised_word_cache

    def _find_a_capitalised_word(self) -> bool:
        word = self.name.lower()
        plain = self.name.isalpha() and not in_capitals(self.name, 1)  # not 'U.S.', 'NYPD'
        if not (plain and is_common_word(word) and not is_common_surname(word)):
            return False
        if any(m.determined for m in self.mentions):
            return True  # 'the Web', 'the Constitution' somewhere: a word, capitalised
        acting = [  # '…, Parry also revealed', 'but Parry explained': used as a name
            m
            for m in self.mentions
            if m.first > 0 and m.agentive and not (m.headline or m.quoted or m.modifier)
        ]
        if len(acting) >= _ACTING_NAME_MENTIONS_SILENT:
            return False  # 'Fiat had sold GM a stake', 'Fiat will keep supplying …': a firm
        return len(acting) < _ACTING_NAME_MENTIONS or not any(m.speaking for m in acting)

    @property
    def a_capitalised_description(self) -> bool:
        """Someone described, not named: 'a senior Democrat', 'the Alaska Governor' (a role
        written in capitals, always after an article). Words said by it are no named
        speaker's."""
        if self._a_capitalised_description_cache is None:
            self._a_capitalised_description_cache = self._find_a_capitalised_description()
        return self._a_capitalised_description_cache

    def _find_a_capitalised_description(self) -> bool:
        if self.kind != "other":
            return False
        if self.a_capitalised_word:
            return True
        told = [m for m in self.mentions if not m.headline]
        last = fold_name(self.name).rsplit(" ", 1)[-1]
        role = last in ROLE_NOUNS or last in PARTY_MEMBERS  # 'the Virginia Democrat'
        return role and bool(told) and all(m.determined for m in told)

    @property
    def a_named_group(self) -> bool:
        """'the Sixers', 'the Bluejays' acting: one capitalised word after 'the' that is no
        English word, in the plural, names a team, a family or a people ('the Oscars', an
        occasion, is turned away before this is asked)."""
        if self._a_named_group_cache is None:
            self._a_named_group_cache = self._find_a_named_group()
        return self._a_named_group_cache

    def _find_a_named_group(self) -> bool:
        word = self.name.removeprefix("the ").removeprefix("The ")
        return (
            " " not in word
            and word[-1:] == "s"
            and word[-2:] not in ("ss", "us", "is")
            and not word[:-1].isupper()  # 'the TVs', 'the MPs': things or a description
            and not is_common_word(word)
        )

    @property
    def is_actor(self) -> bool:
        """People and organisations (not only as a location); countries and places where they act.

        A name seen only in headlines is not an actor: title case makes 'Talks Show Few Results'
        look like a name.
        """
        if self._is_actor_cache is None:
            self._is_actor_cache = self._find_is_actor()
        return self._is_actor_cache

    def _find_is_actor(self) -> bool:
        if self.ambiguous or all(m.headline for m in self.mentions):
            return False
        if fold_name(self.name).rsplit(" ", 1)[-1] in NAMED_OCCASIONS:
            return False  # 'the Oscars', 'Host Oscars': an occasion, not an agent
        if self.kind == "other" and fold_name(self.name).rsplit(" ", 1)[-1] in OCCASION_WORDS:
            return False  # 'Super Bowl appearances', 'the World Cup': an occasion
        if fold_name(self.name) in _LEGAL_FORMS:
            return False  # 'LLC', 'Inc' alone: the tail of a firm's name, cut off
        if len(self.name.strip(".")) == 1:
            return False  # 'C' of '2°C', 'B' of 'Plan B': a letter names no one
        if self.kind != "person" and any(m.abbreviation for m in self.mentions):
            return False  # 'an improvised explosive device (IED)': a thing
        if _head_word(self.name) in _PRIZES:
            return False  # 'Academy Award for Best Visual Effects', 'the Globes': a prize
        if self.kind != "person" and fold_name(self.name) in _PRIZES_NAMED:
            return False  # 'won an Oscar', 'Oscar nominees': the statuette, no one
        if self.kind == "person":
            return True  # ('Storm Reid' too)
        if fold_name(self.name).split(" ", 1)[0] in _STORMS:
            return False  # 'Hurricane Katrina destroyed the clinic': weather, no agent
        if fold_name(self.name).rsplit(" ", 1)[-1] in _HAPPENINGS:
            return False  # 'the Cold War ended', 'the Orange Revolution': a happening
        if fold_name(self.name) in EVENT_NOUNS:
            return False  # 'arrested for DUI', 'a DUI related arrest': a happening's name
        if _a_text(fold_name(self.name).split()):
            return False  # 'the Energy Charter Treaty', 'the Constitution of Turkmenistan': a
            # text, which says but does not act
        if " " in self.name and fold_name(self.name).rsplit(" ", 1)[-1] in ("day", "eve"):
            return False  # 'Bastille Day', 'Anzac Day': a day (not 'Doris Day', a person)
        if self.kind == "organization":  # not only a place or a modifier: 'the Oval Office'
            return any(m.affiliation or not (m.inside or m.modifier) for m in self.mentions)
        if self.kind == "country":  # a state acts even in a speaker's words: 'Russia rejects'
            return any(m.agentive and not m.determined and not m.headline for m in self.mentions)
        if self.kind in ("place", "other"):  # 'the NYPD has not released': a body's initials
            if self.a_capitalised_word:
                return False  # 'Street', 'Precinct': a capitalised common word is no actor
            if any(m.work for m in self.mentions):
                return False  # 'British film Vera Drake … Vera Drake won', 'Some Kind Of
                # Monster was awarded' (`Mention.work`)
            acronym = in_capitals(self.name)
            return any(  # a headline's words are no clause: 'Paris thieves nab …'
                m.agentive
                and not m.reporting  # 'TMZ reported': an outlet, reporting
                and (acronym or not m.determined or self.a_named_group)
                and not m.quoted
                and not m.headline
                for m in self.mentions
            )
        return False


_LEGAL_FORMS = frozenset("inc llc ltd corp plc co gmbh llp".split())
_HAPPENINGS = frozenset("war wars revolution uprising crisis".split())
_STORMS = frozenset("hurricane typhoon cyclone storm tropical superstorm".split())
_PRIZES = frozenset("award awards prize prizes nomination nominations medal globes trophy".split())
_PRIZES_NAMED = frozenset("oscar bafta emmy grammy".split())
"""Prizes known by a one-word name that a person may bear too ('Oscar'): a prize unless typed
a person."""


def _shouted(name: str) -> bool:
    """A word of the name in capitals that is no initialism: a tabloid's opening word."""
    return any(in_capitals(word, least=3) for word in name.split())


def _head_word(name: str) -> str:
    """The last word before any 'for'/'of' phrase: 'Academy Award for Best Screenplay' → award."""
    words = fold_name(name).split()
    for at, word in enumerate(words):
        if at and word in ("for", "of", "in"):
            return words[at - 1]
    return words[-1] if words else ""


def link_entities(mentions: Sequence[Mention]) -> list[Entity]:
    """Group mentions into entities; sets each mention's `entity`.

    A surname alone joins the person of that surname named before it; when two such people
    were named, it joins the one named in the same or the previous sentence, and otherwise
    no one: 'McDermott said' after both Doug and Greg McDermott is not guessed.
    """
    entities: list[Entity] = []
    _companies_without_suffix(mentions)
    _bodies_named_alike(mentions)
    works = {fold_name(m.name) for m in mentions if m.work and " " in m.name}
    last_words = {name.rsplit(" ", 1)[1] for name in works}  # 'Heavy' of 'Falcon Heavy'
    for mention in mentions:
        folded = fold_name(mention.name)
        if mention.kind in ("person", "other", "organization") and (
            folded in works or folded in last_words
        ):
            mention.kind = "other"  # '… for Maria Full of Grace' after 'the drama Maria
            mention.work = True  # Full of Grace': the film again, not a woman called Maria Full
    people = [m for m in mentions if m.kind == "person"]
    full_names: list[tuple[Entity, list[PersonName]]] = []
    nicknamed: dict[str, tuple[Entity, list[PersonName]]] = {}
    for mention in people:
        parsed = parse_person(mention.name)
        if not parsed.is_full:
            continue
        by_nickname = nicknamed.get(fold_name(mention.name))
        found = by_nickname or next(
            (
                pair
                for pair in full_names
                if all(same_person(parsed, n, one_text=True) for n in pair[1])
            ),
            None,
        )  # 'Lucky Luciano' after 'Charles "Lucky" Luciano': the name he goes by
        _attach(entities, found[0] if found else None, mention)
        if found is None:
            found = (entities[-1], [parsed])
            full_names.append(found)
        elif by_nickname is None:
            found[1].append(parsed)
        if mention.nickname is not None:
            nicknamed.setdefault(fold_name(mention.nickname), found)
    titled = _genders_titled(people)
    ambiguous: dict[str, Entity] = {}
    for mention in people:
        if mention.entity is not None:
            continue
        home = _surname_home(entities, full_names, mention, titled)
        if home is None and _a_given_name_not_a_surname(full_names, mention):
            continue  # 'US comedian Sarah said' after 'Sarah Silverman': her given name,
            # settled below with the other given names alone
        if home is NAMES_SEVERAL:  # one entity for the shared surname, named as no one
            key = fold_name(mention.name)
            ambiguous.setdefault(key, _attach(entities, ambiguous.get(key), mention))
            ambiguous[key].ambiguous = True
        else:
            _attach(entities, home, mention)
    introduced: dict[str, set[str]] = {}  # 'Ali, owner of a small factory, …': someone new,
    for m in mentions:  # by a given name alone, with the words that introduce them
        if m.entity is None and " " not in m.name and m.appositive:
            introduced.setdefault(fold_name(m.name), set()).update(m.appositive.split())
    for mention in mentions:
        place_or_person = mention.kind == "place" and not mention.located  # 'Alice lived …'
        if (
            mention.entity is None
            and " " not in mention.name
            and (mention.kind in ("person", "other") or place_or_person)
        ):
            home = _given_name_home(_of_the_family(full_names, mention), mention)
            if home is not None and _introduced_apart(
                home, introduced.get(fold_name(mention.name))
            ):
                home = None  # not 'Ali Larijani', named long before
            home = home or _compound_surname_home(full_names, mention)
            if home is None and mention.kind != "place":
                home = _family_name_home(full_names, mention, east_asian_only=True)  # 'Kim,
                # 33, …' after 'Kim Jong Un'
            if (
                home is not None
                and mention.kind == "place"
                and not _called_by_a_place(home, mention)
            ):
                home = None  # 'Trouble hit Plymouth' after 'Plymouth Citybus said', no one
            if home is not None:
                mention.kind = "person"
                _attach(entities, home, mention)
    tails = _name_tails(full_names)
    for mention in mentions:
        if mention.entity is None and " " in mention.name and mention.kind in ("person", "other"):
            homes = tails.get(tuple(fold_name(mention.name).split()), [])
            if len(homes) == 1:  # 'Hawk Sawyer' after 'Kathleen Hawk Sawyer'
                mention.kind = "person"
                _attach(entities, homes[0], mention)
    spelled = {
        letters
        for m in mentions
        if m.kind == "organization" and " " in m.name
        for letters in acronyms_of(m.name)
    }
    for mention in mentions:  # 'F.B.I. and New York City law-enforcement officials'
        letters = _letters(mention)
        if letters and mention.entity is None and mention.kind == "other" and letters in spelled:
            mention.kind = "organization"
    _link_organisations(entities, [m for m in mentions if m.kind == "organization"])
    _link_cities_to_their_teams(entities, mentions)
    _link_teams_by_short_name(entities, mentions)
    _link_companies_by_first_word(entities, mentions)
    _link_companies_by_founders_surname(entities, mentions)
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
        if entity.kind == "place" and _a_body_never_a_location(entity):
            entity.kind = "organization"  # 'car giant Toyota', 'Toyota's prototypes'; never
            # 'in Toyota': a gazetteer's town is here the firm
    return entities


def _a_body_never_a_location(entity: Entity) -> bool:
    """Whether a name a gazetteer knows as a place is typed a body by one of its mentions
    ('Japanese car giant Toyota') and no mention uses it as a location ('in', 'at', 'near')."""
    return any(m.kind == "organization" for m in entity.mentions) and not any(
        (m.located or m.inside) and not m.modifier for m in entity.mentions
    )  # 'at the Toyota stand' names the firm's stand, not a place


def _genders_titled(people: Sequence[Mention]) -> dict[str, set[str]]:
    """The genders the article's titles give each surname written alone ('trump': {'male'} of
    'Mr. Trump'); a surname with both is two people, husband and wife ('Mr Howard', 'Mrs
    Howard')."""
    said: dict[str, set[str]] = {}
    for mention in people:
        gender = HONORIFIC_GENDERS.get(fold_name(mention.role or ""))
        if gender is not None:
            said.setdefault(fold_name(mention.name), set()).add(gender)
    return said


def _surname_home(
    entities: list[Entity],
    full_names: list[tuple[Entity, list[PersonName]]],
    mention: Mention,
    titled: Mapping[str, AbstractSet[str]] | None = None,
) -> Entity | None:
    """The entity a surname alone is, `NAMES_SEVERAL` where two people bear it, None for
    none; `titled`: the genders the article's titles give each surname (`_genders_titled`)."""
    titled = titled or {}
    surname_titled = titled.get(fold_name(mention.name), frozenset())
    key = parse_person(mention.name).surname_key
    here = (mention.sentence, mention.first)
    candidates = [
        e for e, names in full_names if any(surnames_match(key, n.surname_key) for n in names)
    ]
    said_gender = TITLE_GENDERS.get(fold_name(mention.role or ""))
    relative = _relatives_gender(candidates[0]) if len(candidates) == 1 else None
    if relative is not None and said_gender not in (None, relative):
        candidates = []  # 'Mr. Trump' is not his daughter Ivanka Trump, the one Trump the
        # article names in full: an earlier 'Trump' alone, if any
    elif relative is not None and set(surname_titled) - {relative}:
        return NAMES_SEVERAL  # 'President Trump' may be either, where a 'Mr. Trump' is not her
    couple = len(surname_titled) == 2  # 'Mr Howard' and 'Mrs Howard': husband and wife
    if said_gender is not None and len(candidates) == 1:
        only = next(names for e, names in full_names if e is candidates[0])
        known = _honorific_gender(candidates[0]) or (_given_gender(only) if couple else None)
        if known not in (None, said_gender):  # 'Mrs Howard' after 'Michael Howard', 'Lady
            # Starmer' after 'Sir Keir Starmer': his wife, named with her title (a given
            # name's gender alone is no proof: 'Mr Mittal' is Lakshmi Mittal)
            mention.name = f"{mention.role} {mention.name}"
            return next(  # one person however often the article names her so
                (e for e in entities if any(m.name == mention.name for m in e.mentions)), None
            )
    if said_gender is not None and len(candidates) > 1:  # 'Ms. Gomes' is not 'Mr. Gomes'
        genders = {id(e): _honorific_gender(e) or _given_gender(names) for e, names in full_names}
        said = [e for e in candidates if genders[id(e)] == said_gender]
        if len(said) == 1:
            return said[0]  # 'Mrs Hollis' after 'Mark Hollis and Ann Hollis': Ann
        candidates = [e for e in candidates if genders[id(e)] in (None, said_gender)]
        if len(candidates) > 1:
            return NAMES_SEVERAL  # no first-name genders to go by: not guessed
    if (
        len(candidates) == 1
        and _named_as_a_relative(candidates[0])
        and all((m.sentence, m.first) > here for m in candidates[0].mentions)
    ):
        candidates = []  # 'President Obama … Obama says' before 'First Lady Michelle Obama':
        # the story was someone's before it named her as his relative
    role = fold_name(mention.role or "")
    given_title = _ROYAL.search(role) is not None  # borne with the given name, a knight's too
    royal = given_title and role.rpartition(" ")[2] not in _KNIGHTED
    given = is_given_name(fold_name(mention.name))  # not 'King' listed before 'Wilkinson'
    if royal and given and candidates and not any(_titled_so(e) for e in candidates):
        candidates = []  # 'Prince William' is no 'Rowan Williams'
    if not candidates:
        first = None if royal else _family_name_home(full_names, mention)
        if first is None and given_title:
            first = _given_name_home(full_names, mention, exact=True)  # 'Prince Mohammed'
            if first is not None and royal and not _titled_so(first):
                first = None  # 'Prince Charles' is no 'Liberal Democrat leader Charles Kennedy'
            # ('Sir Elton' is Elton John: a knight's title goes with the given name)
        if first is None and not royal:
            first = _compound_surname_home(full_names, mention)  # 'Mr. Lula', 'López said'
        if first is not None:
            return first  # 'Kim told reporters' after 'Kim Eun-hye'
        # 'Ortiz said' before any full name: join an earlier lone 'Ortiz'; 'Li says' an
        # earlier 'Di Li', whose particle may open a surname or be a given name
        return next(
            (
                e
                for e in entities
                if e.kind == "person"
                and not e.ambiguous  # 'Mr. Trump' after an unsure 'President Trump'
                and fold_name(mention.name) in (fold_name(e.name), _after_a_particle(e.name))
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
    earlier.sort(key=lambda pair: pair[0])
    (position, latest), (other, _) = earlier[-1], earlier[-2]
    cue = mention.pronoun_gender
    genders = {id(e): _known_gender(e, full_names) for _, e in earlier}
    if (
        mention.sentence - position[0] <= 1
        and position[0] - other[0] >= _APART
        and (cue is None or genders[id(latest)] in (None, cue))
    ):  # 'Carlos Ribeiro … said X. According to Ribeiro, …'; not 'Sharon Osbourne …' ⏎
        # 'Osbourne himself …', whom 'himself' rules out. 'His son, T.J. DiLeo, … said …' ⏎
        # '"…," DiLeo said': the son just named, or the father the story is about; not guessed
        return NAMES_SEVERAL if _named_as_a_relative(latest) else latest
    called = [e for _, e in earlier if _called_by_surname(e, mention, here)]
    if len(called) == 1:
        return called[0]  # 'Gomes was arrested' named Gary Gomes, not his mother: Gomes goes on
    leads = [e for _, e in earlier if _leads_the_story(e)]
    if len(leads) != 1:
        return NAMES_SEVERAL
    if leads[0] is latest or all(_named_as_a_relative(e) for _, e in earlier if e is not leads[0]):
        return leads[0]  # 'Doug McDermott returns' … 'McDermott said': the story's man, named
        # last or after only as someone's relative ('his sister Mahnefah Gray')
    others = [e for _, e in earlier if e is not leads[0]]
    if (
        cue is not None
        and genders[id(leads[0])] in (None, cue)
        and all(genders[id(e)] not in (None, cue) for e in others)
    ):
        return leads[0]  # 'Ivo Marek … Dana Marek, the congressman's wife' ⏎ 'In announcing his
        # retirement, Marek said he …': the story's man, as 'his' says
    return NAMES_SEVERAL  # not 'Donna Kelce praised …' … 'Travis Kelce's mom …' ⏎ '"…," Kelce
    # shared': the story may have moved on to the other one


_APART = 2
"""Sentences between the last two people of one surname for the later one's surname alone
to be theirs: 'Mark Hollis and Ann Hollis clung to the hull.' ⏎ '"…," Hollis said' is
neither."""


def _named_as_a_relative(entity: Entity) -> bool:
    """Whether the article names the person as someone's relative ('Debbie Meadows, the
    congressman's wife', 'First Lady Michelle Obama'): a bare surname after her is still the
    one the story is about."""
    return (
        any(m.relative or m.relation is not None for m in entity.mentions)
        or any(word in RELATIVE_NOUNS for role in entity.roles for word in fold_name(role).split())
        or any(fold_name(role) in _SPOUSE_TITLES for role in entity.roles)
    )


_SPOUSE_TITLES = frozenset({"first lady", "first gentleman"})
"""Titles a leader's spouse bears: she is named as his relative."""


def _given_gender(names: list[PersonName]) -> Literal["female", "male"] | None:
    """The gender the given names of a person's full names all but always have, if they agree
    (by the US census lists, else the world's given names: 'Fiona', 'Alasdair')."""
    said = {
        given_name_gender(n.given[0]) or world_name_gender(n.given[0]) for n in names if n.given
    } - {None}
    return said.pop() if len(said) == 1 else None


def _known_gender(
    entity: Entity, full_names: list[tuple[Entity, list[PersonName]]]
) -> Literal["female", "male"] | None:
    """A person's gender from their titles, the relative they are named as, their roles
    ('the congressman's wife') or their given names, in that order."""
    names = next((ns for e, ns in full_names if e is entity), [])
    return (
        _honorific_gender(entity)
        or _relatives_gender(entity)
        or _gender(entity)
        or _given_gender(names)
    )


def _relatives_gender(entity: Entity) -> Literal["female", "male"] | None:
    """'female' of 'his daughter Ivanka Trump': the gender of the relative's noun the article
    names the person after, if it does."""
    for mention in entity.mentions:
        if mention.relation is not None and " " in mention.name:
            return cue_gender({mention.relation})
    return None


def _honorific_gender(entity: Entity) -> Literal["female", "male"] | None:
    """The gender the honorifics of the entity's mentions so far say, if they agree."""
    said = {TITLE_GENDERS.get(fold_name(m.role or "")) for m in entity.mentions} - {None}
    return said.pop() if len(said) == 1 else None


def _called_by_surname(entity: Entity, mention: Mention, here: tuple[int, int]) -> bool:
    """Whether the article has already called the person by this surname alone."""
    return any(
        (m.sentence, m.first) < here and fold_name(m.name) == fold_name(mention.name)
        for m in entity.mentions
    )


def _leads_the_story(entity: Entity) -> bool:
    """Named in the headline or the story's first sentence: the person a bare surname means
    when a relative shares it ('Doug McDermott returns' → 'McDermott said'); not
    one named there only as someone's relative ('with the help of the brother of Simon
    Cowell' → 'Cowell said' is not Simon's)."""
    return any(
        m.headline or (m.sentence <= _LEAD_SENTENCES and not m.relative) for m in entity.mentions
    )


_LEAD_SENTENCES = 1


def _of_the_family(
    full_names: list[tuple[Entity, list[PersonName]]], mention: Mention
) -> list[tuple[Entity, list[PersonName]]]:
    """The people a given name may be: for 'Thicke's son, Robin' only those of that family
    ('Robin Roberts' is not Thicke's son); 'Mr Begg's father, Azmat' is Azmat Begg."""
    if mention.family is None:
        return full_names
    family = parse_person(mention.family).surname_key
    return [
        (entity, names)
        for entity, names in full_names
        if any(surnames_match(n.surname_key, family) for n in names)
    ]


def _a_given_name_not_a_surname(
    full_names: list[tuple[Entity, list[PersonName]]], mention: Mention
) -> bool:
    """Whether a word alone, read as a surname no one bears, is the given name of one person
    named in full ('Sarah' after 'Sarah Silverman', 'Michael' after 'Michael Sheen'); not a
    surname someone in the article bears ('Howard' is Michael Howard's, not Howard Flight's),
    nor one a title or a relative introduces ('Prince Charles' is not Charles Kennedy, 'his
    son Fred' not Fred LaRue, 'Mr Howard' is a surname)."""
    word = fold_name(mention.name)
    if " " in word:
        return False
    if is_common_surname(word) and any(
        n.surname_key == word for _, names in full_names for n in names
    ):
        return False
    if _given_name_home(full_names, mention, exact=True) is None:
        return False
    role = fold_name(mention.role or "")
    if set(role.replace(".", "").split()) & _SURNAME_HONORIFICS:
        return False  # 'Mr Howard', a surname: Michael Howard, not Howard Flight
    return not _ROYAL.search(role) and not any(w in RELATIVE_NOUNS for w in role.split())


_SURNAME_HONORIFICS = frozenset("mr mrs ms miss dr mister".split())
"""Titles a surname follows ('Sir' and 'Dame' take a given name: 'Sir John')."""


def _introduced_apart(home: Entity, introduction: AbstractSet[str] | None) -> bool:
    """Whether words introducing a given name alone ('Ali, owner of a small factory') make it
    someone other than `home`: they do, unless they name home's family ('Mr Begg's father,
    Azmat' is Azmat Begg)."""
    if not introduction:
        return False
    surnames = {parse_person(m.name).surname_key for m in home.mentions if " " in m.name}
    return not any(
        parse_person(possessive_stripped(word)).surname_key in surnames for word in introduction
    )


def _given_name_home(
    full_names: list[tuple[Entity, list[PersonName]]], mention: Mention, exact: bool = False
) -> Entity | None:
    """'Doug said' after 'Doug McDermott': the one person of the article with that given name
    (or a nickname of it: 'Ben' for 'Benjamin Banky'; with `exact`, the name itself: 'Sir
    John' is Sir John Bourn, not Ivan Lewis, whatever the nickname lists say of Ivan)."""
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
        if any(
            n.given
            and (
                fold_name(n.given[0]) == word
                if exact
                else same_given_name(word, fold_name(n.given[0]))
            )
            for n in names
        )
    }
    return next(iter(homes.values())) if len(homes) == 1 else None


def _called_by_a_place(person: Entity, mention: Mention) -> bool:
    """Whether a word a gazetteer knows as a place ('Alice', 'Clive', 'Park') may stand for
    this person: it is a given name, the person is titled or described ('Lions coach Sir Clive
    Woodward'), or the rest of the name is a given name written after the family name ('Park
    Seung'). Else the name may be no one's ('Plymouth Citybus', 'Glasgow Green')."""
    word = fold_name(mention.name)
    rest = [w for w in fold_name(person.name).split() if w != word]
    return (
        in_given_name_lists(word)
        or any(m.role for m in person.mentions)
        or any(is_world_given_name(w) for w in rest)
    )


def _titled_so(entity: Entity) -> bool:
    """Whether someone named in full bears a title borne with the given name ('Crown Prince
    Mohammed bin Salman', 'Sir Bernard Ingham'): 'Prince Mohammed', 'Sir Bernard' may be them."""
    return any(_ROYAL.search(fold_name(m.role or "")) for m in entity.mentions)


_ROYAL = re.compile(rf"\b(?:{'|'.join(sorted(ROYAL_TITLES))}|sheikh|sheikha|emir|sultan|sir|dame)$")
"""Titles borne with the given name: 'Prince Mohammed' of 'Mohammed bin Salman', a knight's
'Sir Bernard' of 'Sir Bernard Ingham'."""


def _family_name_home(
    full_names: list[tuple[Entity, list[PersonName]]],
    mention: Mention,
    east_asian_only: bool = False,
) -> Entity | None:
    """'Kim said' after 'Kim Eun-hye', 'Wang said' after 'Wang Yi': names written family name
    first ('Xi Jinping', 'Yoon Suk-yeol') are shortened to their first word. The one person
    of the article whose full name begins with the word, where that name is written so: a
    common East Asian family name first (`family_name_first_key`: 'Kim Jong Un'), its given
    name hyphenated ('Eun-hye'), or its first word no given name the census or nickname lists
    know ('Thomas said' after 'Thomas Hale' may be someone else); `east_asian_only`: the first
    alone, for a word whose kind no rule could tell."""
    word = fold_name(mention.name)
    homes = {
        id(entity): entity
        for entity, names in full_names
        for n in names
        if len(n.given) in (1, 2)
        and fold_name(n.given[0]) == word
        and (
            family_name_first_key(n) == word  # 'Kim Jong Un', 'Xi Jinping'
            or (
                not east_asian_only
                and ("-" in n.surname or not (is_given_name(word) or is_census_first_name(word)))
            )
        )
    }
    if len(homes) > 1:  # 'Kim' after 'Kim Jong Un', before 'Kim Dong-yup' is introduced: the
        here = (mention.sentence, mention.first)  # one named so far
        homes = {
            key: entity
            for key, entity in homes.items()
            if any((m.sentence, m.first) < here for m in entity.mentions)
        }
    return next(iter(homes.values())) if len(homes) == 1 else None


def _after_a_particle(name: str) -> str:
    """'li' of 'Di Li', 'niro' of 'De Niro': the word after a particle that opens a name of two
    words (a given name or a surname's first part); '' for other names."""
    words = name.split()
    return fold_name(words[1]) if len(words) == 2 and words[0].lower() in PARTICLES else ""


def _compound_surname_home(
    full_names: list[tuple[Entity, list[PersonName]]], mention: Mention
) -> Entity | None:
    """'Mr. Lula' after 'Luiz Inácio Lula da Silva', 'López said' after 'Andrés Manuel López
    Obrador': a surname of two parts (or a name borne before the surname) that the article
    shortens to its first. The one person whose full name has the word after its first given
    name, where the word is no given name (not 'Manuel', who may be anyone) or an honorific
    says it is a surname ('Mr. Lula': Lula is a given name too)."""
    word = fold_name(mention.name)
    honoured = fold_name(mention.role or "") in HONORIFIC_GENDERS  # 'Mr.' goes before a surname
    if " " in word or (not honoured and (is_given_name(word) or is_census_first_name(word))):
        return None
    homes = {
        id(entity): entity
        for entity, names in full_names
        for n in names
        if any(fold_name(later) == word for later in n.given[1:])
    }
    return next(iter(homes.values())) if len(homes) == 1 else None


def _name_tails(
    full_names: list[tuple[Entity, list[PersonName]]],
) -> dict[tuple[str, ...], list[Entity]]:
    """The people each full name stands for without its first given name, read once: 'Hawk
    Sawyer said' after 'Kathleen Hawk Sawyer', 'Lloyd Webber' after 'Andrew Lloyd Webber' (a
    surname of two parts, or a middle name and a surname) is that person where it is one."""
    tails: dict[tuple[str, ...], list[Entity]] = {}
    for entity, _ in full_names:
        for named in entity.mentions:
            found = tails.setdefault(tuple(fold_name(named.name).split()[1:]), [])
            if all(other is not entity for other in found):
                found.append(entity)
    return tails


def _attach(entities: list[Entity], home: Entity | None, mention: Mention) -> Entity:
    """The mention joined to `home`, or to a new entity where there is none: that entity."""
    if home is None:
        home = Entity(index=len(entities), kind=mention.kind)
        entities.append(home)
    home.mentions.append(mention)
    mention.entity = home.index
    role = mention.role
    if role and fold_name(role).rpartition(" ")[2] in _KNIGHTED:
        role = role.rpartition(" ")[0] or None  # 'Sir' is no role: 'Boss Sir' is 'Boss'
    post, _, title = (role or "").rpartition(" ")
    peer = fold_name(title) in PEERAGES
    if (
        post
        and fold_name(title) in _TITLES_BEFORE_A_NAME
        and (_names_a_post(post) or not peer)
        and " ".join(fold_name(role or "").split()[-2:]) not in _SPOUSE_TITLES
    ):  # ('First Lady' is one title, and 'US first lady' one role)
        # 'Attorney General Lord Goldsmith': 'Attorney General', and 'Lord' for his name;
        # 'Speaking in Harrogate Mr Kennedy said': no role ('Sacha Baron Cohen' stays as read)
        _add_role(home, title if peer else None)
        role = post if _names_a_post(post) else None
    if role and fold_name(role) in HONORIFIC_GENDERS:
        role = mention.appositive  # 'Miss' is no role: 'Miss Rachel Bates, court clerk'
    elif role and fold_name(role) in ("dr", "prof") and mention.appositive:
        role = mention.appositive  # 'Dr. Ana Vale, an epidemiologist at …': what she is
    _add_role(home, role)
    return home


def _add_role(entity: Entity, role: str | None) -> None:
    words = role.split() if role else []
    while (
        len(words) > 1
        and words[0][:1].isupper()
        and words[0].lower() in _CREDIT_WORDS
        and (
            words[1] == "The"
            or is_nationality(words[1])
            or is_nationality(" ".join(words[1:3]))  # 'North Korean'
            or is_place(words[1])
        )
    ):
        words.pop(0)  # 'Reuters North Korean leader', a caption's credit before the role;
        # not 'Reuters Editor-in-Chief', nor 'press secretary'
    role = " ".join(words)
    if role and fold_name(role) not in {fold_name(r) for r in entity.roles}:
        entity.roles.append(role)


_CREDIT_WORDS = PICTURE_AGENCIES | frozenset("press images".split())
"""Words a photo caption's credit leaves before a role it runs into ('…/Associated Press
Japanese Prime Minister Shinzo Abe')."""


def _names_a_post(words: str) -> bool:
    """Whether the words before a title say what someone does ('Attorney General', 'Deputy
    Prime Minister'), not where he spoke or whose paper it was ('Harrogate', 'BBC')."""
    return any(w.lower() in ROLE_NOUNS or w[:1].islower() for w in words.split())


_TITLES_BEFORE_A_NAME = frozenset("mr mrs ms miss dr lord lady baroness baron".split())
"""Titles that end a role written before a name ('Science Minister Lord Sainsbury'): the
role is the words before it, the title no part of it (a peer's stays for his name)."""


NAMES_SEVERAL = Entity(index=-1, kind="person", ambiguous=True)
"""`_surname_home`'s answer for a surname that two people of the article share."""


def _companies_without_suffix(mentions: Sequence[Mention]) -> None:
    """'Reliance Globalcom' in an article that also writes 'Reliance Globalcom Ltd.', 'Microsoft'
    beside 'Microsoft Corp.', 'Goldman Sachs' beside 'Goldman Sachs Group Inc': the company,
    not a person or a thing, as the article writes its name elsewhere with a company's legal
    suffix or its group's word."""
    bare: set[str] = set()
    for m in mentions:
        if m.kind != "organization":
            continue
        words = organisation_key(m.name).split()
        if len(words) > 1 and words[-1] in COMPANY_SUFFIXES:
            words = words[:-1]
            bare.add(" ".join(words))
        if len(words) > 2 and words[-1] in _GROUP_ENDINGS:
            bare.add(" ".join(words[:-1]))  # 'Goldman Sachs' of 'Goldman Sachs Group Inc'
    if not bare:
        return
    for mention in mentions:
        if mention.kind in ("person", "other") and organisation_key(mention.name) in bare:
            mention.kind = "organization"


_GROUP_ENDINGS = frozenset("group holdings".split())
"""Last words of a company's name that its short name leaves out ('Credit Suisse Group')."""


def _bodies_named_alike(mentions: Sequence[Mention]) -> None:
    """'Deutsche Boerse is …' after 'Deutsche Boerse, the German stock exchange, …': a name of
    two words or more, no given name first, that one mention shows to be a body is a body
    everywhere in the article, not a person where nothing said so."""
    bodies = {
        folded
        for m in mentions
        if m.kind == "organization"
        and " " in (folded := fold_name(m.name))
        and not is_first_name(folded.split()[0])
    }
    for mention in mentions:
        if mention.kind == "person" and fold_name(mention.name) in bodies:
            mention.kind = "organization"


def _link_organisations(entities: list[Entity], mentions: list[Mention]) -> None:
    ordered = sorted(mentions, key=lambda m: -len(organisation_key(m.name).split()))
    homes: list[tuple[Entity, list[str]]] = []
    for mention in ordered:
        words = organisation_key(mention.name).split()
        containing = [
            (entity, other)
            for entity, other in homes
            if other == words
            or (
                len(words) < len(other)
                and any(
                    other[i : i + len(words)] == words for i in range(len(other) - len(words) + 1)
                )
                and not _a_part_of(words, other)
                and not _an_occasion_named_after(other, words)
                and not _a_text(other)
            )
        ]
        key = " ".join(words)  # 'Microsoft' is 'Microsoft Corp.', not its Response Alliance
        suffixed = next(
            (e for e, other in containing if with_a_company_suffix(" ".join(other), key)), None
        )
        home = suffixed if suffixed is not None else containing[0][0] if containing else None
        letters = _letters(mention)
        spelled = [e for e, _ in homes if letters in acronyms_of(e.name)] if letters else []
        if len(spelled) == 1 and not any(other == words for _, other in containing):
            home = spelled[0]  # 'FBI': the Federal Bureau of …; 'IDF' the Israel Defense
            # Forces, before the 'IDF Military Advocate General's Corps' (but 'NATO' still
            # 'Nato', however spelled)
        elif suffixed is None and _shared_by_two(containing, words):
            continue  # 'Real' beside Real Madrid and Real Sociedad: neither is guessed
        _attach(entities, home, mention)
        if home is None:
            homes.append((entities[-1], words))


def _shared_by_two(containing: list[tuple[Entity, list[str]]], words: list[str]) -> bool:
    """Whether a short name opens the names of two bodies and no name is written just so
    ('Real' beside Real Madrid and Real Sociedad, 'Manchester' beside Manchester United and
    Manchester City); the caller has found none with a company's suffix to prefer."""
    opening = {id(e) for e, other in containing if other[: len(words)] == words}
    return len(opening) > 1 and not any(other == words for _, other in containing)


def _a_part_of(words: list[str], longer: list[str]) -> bool:
    """Whether a name of two words or more that opens a longer one names another body, a part
    of it: 'General Motors Acceptance Corp' is not General Motors, 'Time Warner Cable' not Time
    Warner; 'Credit Suisse Group' and 'Manchester United Football Club' are the same."""
    if len(words) < 2 or longer[: len(words)] != words:
        return False
    rest = longer[len(words) :]
    if plural_noun(rest[-1]) or rest[0] in ("of", "for"):
        return False  # 'College of Charleston Cougars': a team by its school and nickname;
        # 'Reserve Bank of Australia', 'Medical Foundation for the Care of …': the full name
    return any(
        w not in ORGANISATION_WORDS and w not in COMPANY_SUFFIXES and w not in _GENERIC_PARTS
        for w in rest
    )


def _a_text(words: list[str]) -> bool:
    """A law's, a treaty's or a charter's name ('Parliament Act', 'Constitution of Pakistan'):
    a text, no body, though named after one ('Parliament' is not the Parliament Act)."""
    return len(words) >= 2 and (
        words[-1] in DOCUMENT_WORDS or (words[0] in DOCUMENT_WORDS and words[1] == "of")
    )


def _an_occasion_named_after(longer: list[str], words: list[str]) -> bool:
    """'Academy Awards', 'FIFA World Cup': an occasion named after a body, which the body's own
    name ('the Academy announced Friday') does not join: the body acts, the occasion is held."""
    return longer[-1] in OCCASION_WORDS and words[-1] not in OCCASION_WORDS


_GENERIC_PARTS = frozenset(
    "football of the and co company corporation incorporated industry industries international "
    "limited".split()
)
"""Words that lengthen a body's name without naming a part of it."""


def _letters(mention: Mention) -> str:
    """The capitals of an acronym, its stops dropped ('F.B.I.' → 'FBI'); '' for other names."""
    letters = mention.name.replace(".", "")
    return letters if len(letters) >= 2 and letters.isalpha() and letters.isupper() else ""


def _link_cities_to_their_teams(entities: list[Entity], mentions: Sequence[Mention]) -> None:
    """'Kansas City managed a field goal' in an article about the Kansas City Chiefs: a city
    that acts, where the article names one team of that city, is the team (a sports page's
    usage); where it names two, or the city is only where something happened, it stays a place."""
    teams: dict[str, list[Entity]] = {}
    for entity in entities:
        words = fold_name(entity.name).split()
        if (
            entity.kind == "organization"
            and len(words) >= 2
            and plural_noun(words[-1])
            and words[-1] not in ORGANISATION_WORDS  # 'China Airlines' is no team of China's
        ):
            teams.setdefault(" ".join(words[:-1]), []).append(entity)
    for mention in mentions:
        placed = mention.located or mention.inside  # '10News in San Diego is reporting'
        if mention.entity is None and mention.kind in ("place", "country") and mention.agentive:
            if placed or mention.headline or mention.quoted:
                continue
            found = teams.get(fold_name(mention.name), [])
            if len(found) == 1:
                mention.kind = "organization"
                _attach(entities, found[0], mention)


def _link_teams_by_short_name(entities: list[Entity], mentions: Sequence[Mention]) -> None:
    """'the Cavs' in an article about the Cleveland Cavaliers, 'the Sixers' beside the
    Philadelphia 76ers: a fan's short name joins the one team of the article it clips; 'the Red
    Sox' beside the Boston Red Sox, the one body whose name it ends after a place's name."""
    teams = [e for e in entities if e.kind == "organization"]
    for mention in mentions:
        if mention.entity is None and mention.kind == "other" and " " not in mention.name:
            found = [
                t
                for t in teams
                if is_clipped_from(mention.name, t.name.rsplit(" ", 1)[-1])
                or (  # 'Forest' of Nottingham Forest; not a motto's '"… Russia's Gold …"'
                    not mention.quoted and _a_place_then(t.name, [fold_name(mention.name)])
                )
            ]
        elif mention.entity is None and mention.kind == "other":
            words = fold_name(mention.name).split()
            found = [  # 'the Red Sox' beside the Boston Red Sox: the name without its place
                t for t in teams if _a_place_then(t.name, words)
            ]
        else:
            continue
        if len(found) == 1:
            mention.kind = "organization"
            _attach(entities, found[0], mention)


def _a_place_then(name: str, words: Sequence[str]) -> bool:
    """Whether `name` is a place's name, then `words` (folded): 'Boston Red Sox' of 'red sox',
    'Nottingham Forest' of 'forest'."""
    folded = fold_name(name).split()
    return (
        len(folded) > len(words)
        and folded[-len(words) :] == list(words)
        and is_place(" ".join(folded[: -len(words)]))
    )


def _link_companies_by_first_word(entities: list[Entity], mentions: Sequence[Mention]) -> None:
    """'Summit says no deal has been signed' in an article about Summit Entertainment: a
    company's first word alone, where the article names one company that way, is the company,
    whatever else the word names (a New Jersey town)."""
    companies: dict[str, list[Entity]] = {}
    for entity in entities:
        words = fold_name(entity.name).split()
        if len(words) > 2 and words[-1] in COMPANY_SUFFIXES:
            words = words[:-1]  # 'Summit Entertainment LLC'
        if entity.kind == "organization" and len(words) == 2 and words[-1] in COMPANY_WORDS:
            companies.setdefault(words[0], []).append(entity)
    _join_lone_words(entities, mentions, companies, ("place", "other"))


def _link_companies_by_founders_surname(
    entities: list[Entity], mentions: Sequence[Mention]
) -> None:
    """'Wimpey reported a 19% rise in profits' after 'housebuilder George Wimpey': a firm named
    after a person (a given name, then a surname) is called by the surname alone, where the
    article names one such firm and no person of that surname."""
    firms: dict[str, list[Entity]] = {}
    for entity in entities:
        words = fold_name(entity.name).split()
        if (
            entity.kind == "organization"
            and len(words) == 2
            and is_given_name(words[0])
            and not is_common_word(words[0])  # 'See Black Friday coverage'
        ):
            firms.setdefault(words[1], []).append(entity)
    _join_lone_words(entities, mentions, firms, ("other",))


def _join_lone_words(
    entities: list[Entity],
    mentions: Sequence[Mention],
    bodies: dict[str, list[Entity]],
    kinds: tuple[MentionKind, ...],
) -> None:
    """Each one-word mention of one of `kinds` linked to no one yet joins the one body that
    `bodies` files under its folded word, as an organisation's mention."""
    if not bodies:
        return
    for mention in mentions:
        if mention.entity is None and mention.kind in kinds and " " not in mention.name:
            found = bodies.get(fold_name(mention.name), [])
            if len(found) == 1:
                mention.kind = "organization"
                _attach(entities, found[0], mention)


def _gender(entity: Entity) -> Literal["female", "male"] | None:
    return cue_gender({w for role in entity.roles for w in fold_name(_own_part(role)).split()})


def _own_part(role: str) -> str:
    """The words of a role that are the person's own, past a possessor's name: 'deputy' of
    'Ms Jowell's deputy' ('Ms' is Jowell's, and says nothing of the deputy)."""
    words = role.split()
    owned = [i for i, w in enumerate(words) if possessive_word(w)]
    return " ".join(words[owned[-1] + 1 :]) if owned else role


def infer_genders(sentences: Sequence[Sentence], entities: Sequence[Entity]) -> None:
    """Give people a gender from how the article refers to them, when it is consistent.

    Cues: 'Mr'/'Ms' before the name, role words ('spokeswoman'), and the pronouns of sentences
    (outside quotations) where that person is the only one named, or the sentence right after.
    Two genders voted for leave it unknown: a pronoun then fits either.
    """
    votes: dict[int, list[str]] = {}
    titled: dict[int, list[str]] = {}  # 'Mr', 'Ms' before the name
    by_sentence: dict[int, set[int]] = {}
    for entity in entities:
        if entity.kind != "person":
            continue
        for mention in entity.mentions:
            by_sentence.setdefault(mention.sentence, set()).add(entity.index)
            tokens = sentences[mention.sentence].tokens
            before = tokens[mention.first - 1].lower.rstrip(".") if mention.first > 0 else ""
            title = TITLE_GENDERS.get(before) or TITLE_GENDERS.get(fold_name(mention.role or ""))
            if title is not None:  # 'Mrs Howard', 'Sir Keir Starmer', 'Lady Starmer'
                titled.setdefault(entity.index, []).append(title)
            said = _reported_pronoun(tokens, mention.last) or _own_possessive(tokens, mention.last)
            if said is not None:  # 'Mangoni … said he asked': he is Mangoni
                votes.setdefault(entity.index, []).append(said)
            told = _described_as(tokens, mention.last)
            if told is not None:  # 'Omar is one of the first two Muslim women elected'
                votes.setdefault(entity.index, []).append(told)
    named_at = {
        (m.sentence, e.index): m.start for e in entities if e.kind == "person" for m in e.mentions
    }
    untyped: dict[int, list[int]] = {}  # names of no known kind: 'Rihanna' may be a woman
    for entity in entities:
        if entity.kind == "other":
            for mention in entity.mentions:
                untyped.setdefault(mention.sentence, []).append(mention.start)
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
            after = named_at[(index, person)] if offset == 0 else -1
            others = [
                start for start in untyped.get(index, []) if start > named_at[(index, person)]
            ]
            until = min(others) if offset == 0 and others else None
            if offset and others:
                break  # 'Alleyne was shot in Barbados, where Rihanna was born.' ⏎ 'She wrote':
                # maybe Rihanna's, a name no rule could type
            if offset == 0 and _opened_by_someone_described(sentence.tokens):
                continue  # 'The singer posted photos with Alleyne, writing that she …': hers
            clause_end = opening_participle_end(sentence.tokens) if offset == 0 else None
            if clause_end is not None and after < sentence.tokens[clause_end].start:
                continue  # 'Asked about Mehta's remarks, she said': she is not Mehta
            words = {  # 'she became nervous, telling her son …, Perlo explained': not Perlo
                t.lower
                for t in (sentence.tokens if offset == 0 else sentence.tokens[:1])
                if t.is_word
                and t.start > after
                and (until is None or t.start < until)
                and t.lower in _SUBJECT_PRONOUNS
                and not any(q.start <= t.start < q.end for q in sentence.quotations)
            }
            male, female = bool(words & MALE_PRONOUNS), bool(words & FEMALE_PRONOUNS)
            if male != female:
                votes.setdefault(person, []).append("male" if male else "female")
    for entity in entities:
        if entity.gender is not None or entity.kind != "person":
            continue
        given = parse_person(entity.name).given
        world = world_name_gender(given[0]) if given else None
        for cast in (  # the strongest cue first: a title, the given name, then pronouns, and
            titled.get(entity.index, []),  # the given name as other countries bear it
            [given_name_gender(given[0])] if given and given_name_gender(given[0]) else [],
            votes.get(entity.index, []),
            [world] if world else [],
        ):
            if cast:
                if len(set(cast)) == 1:
                    entity.gender = "male" if cast[0] == "male" else "female"
                break


def _opened_by_someone_described(tokens: Sequence[Token]) -> bool:
    """'The singer posted …', 'A local man said …': a sentence whose subject is someone
    unnamed, whom its later pronouns may mean as well as anyone it names."""
    if len(tokens) < 3 or tokens[0].lower not in ("the", "a", "an"):
        return False
    return any(
        t.lower in PERSON_NOUNS and t.lower not in GROUP_WORDS and not t.capitalised
        for t in tokens[1:3]
    )


def _described_as(tokens: Sequence[Token], last: int) -> Literal["female", "male"] | None:
    """The gender a copula after the name gives ('Omar is one of the first two Muslim women
    elected', 'Kane was the only man in the room'): a woman's or a man's noun within a few
    words of 'is'/'was', none of them possessive ('was the woman's husband' says nothing)."""
    if last + 1 >= len(tokens) or tokens[last + 1].lower not in ("is", "was"):
        return None
    for token in tokens[last + 2 : last + 2 + _COPULA_REACH]:
        if token.text in (",", ";", ":") or token.lower in ("who", "that", "which"):
            return None
        if token.lower in _WOMEN:
            return "female"
        if token.lower in _MEN:
            return "male"
    return None


_COPULA_REACH = 8
_WOMEN = frozenset("woman women girl girls".split())
_MEN = frozenset("man men boy boys".split())


def _reported_pronoun(tokens: Sequence[Token], last: int) -> str | None:
    """'X said (that) he …' / 'X, 40, said she …': the gender of that pronoun."""
    i = _past_an_aside(tokens, last + 1, _REPORTING_ASIDE_REACH)  # 'Hiller, 43, said'
    i = last + 1 if i is None else i
    if i >= len(tokens) or tokens[i].lower not in ("said", "says", "told"):
        return None
    i += 1
    if i < len(tokens) and tokens[i].lower == "that":
        i += 1
    word = tokens[i].lower if i < len(tokens) else ""
    return "male" if word == "he" else "female" if word == "she" else None


def _past_an_aside(tokens: Sequence[Token], i: int, reach: int) -> int | None:
    """The token after an aside between commas that opens at `i` ('Shaw, 23, has': 'has');
    `i` where none opens there; None where it does not close within `reach` tokens."""
    if i >= len(tokens) or tokens[i].text != ",":
        return i
    closing = next(
        (j for j in range(i + 1, min(len(tokens), i + reach)) if tokens[j].text == ","), None
    )
    return None if closing is None else closing + 1


_REPORTING_ASIDE_REACH = 20


def _own_possessive(tokens: Sequence[Token], last: int) -> str | None:
    """'Cheyann Shaw, 23, has been documenting her journey': the gender of a possessive right
    after the subject's own verbs (not after 'said': 'Jones said his death …' may be anyone's)."""
    i = _past_an_aside(tokens, last + 1, _ASIDE_REACH)  # 'Shaw, 23, has'
    if i is None:
        return None
    verbs = 0
    while i < len(tokens) and verbs < _OWN_VERBS and _a_verbs_word(tokens[i]):
        if tokens[i].lower in SPEECH_VERBS:
            return None
        i, verbs = i + 1, verbs + 1
    if not verbs or i + 1 >= len(tokens):
        return None
    owner, owned = tokens[i], tokens[i + 1]
    if owner.lower not in ("his", "her") or not owned.is_word or owned.capitalised:
        return None
    return "male" if owner.lower == "his" else "female"


def _a_verbs_word(token: Token) -> bool:
    """An auxiliary, a participle or a past form: 'has', 'been', 'documenting', 'posted'."""
    word = token.lower
    return (
        token.is_word
        and not token.capitalised
        and (word in _AUXILIARIES or (len(word) > 4 and word.endswith(("ing", "ed"))))
    )


_AUXILIARIES = frozenset("has have had is was are were been be will would did does".split())
_ASIDE_REACH = 6
_OWN_VERBS = 3
"""Verbs between a subject and its own possessive: 'has been documenting her journey'."""


_SUBJECT_PRONOUNS = frozenset("he she".split())
"""A subject pronoun after a lone name is that person; 'her son' may be anyone's."""


_KNIGHTED = frozenset("sir dame".split())
"""Honours written before a name ('Sir Alex Ferguson'): no role, though the mention keeps
them ('Sir Paul' is Paul McCartney, see `_ROYAL`). Not in `HONORIFIC_GENDERS`: 'Sir Alex'
goes before a given name, 'Mr' before a surname."""
