"""Resolve actor mentions across articles into one actor each.

People are grouped by `names.same_person`: titles stripped, spelling and transliteration folded,
given names compatible. A surname-only mention ('Trump') joins the one person of that surname;
when several share it ('Ana Ribeiro', 'Carlos Ribeiro') it joins the one its own article names in
full, and otherwise stays apart rather than be attributed to the wrong person. Organisations,
countries and groups are grouped by folded name, a shorter name joining the only longer name that
contains it ('the coast guard' → 'Westmarch Coast Guard') or whose initials it is.

The result also answers "which actor does this name, in this source, mean?" so positions and
events can name actors the way the briefing does.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import TypeVar

from ..models import Actor, ActorKind, ArticleExtraction, union_evidence
from ..text.lemmas import is_common_word, lemma
from ..text.names import (
    DOCUMENT_WORDS,
    HONORIFIC_GENDERS,
    PEERAGES,
    TITLE_GENDERS,
    PersonName,
    acronyms_of,
    by_first_surname,
    family_name_first_key,
    first_surname_key,
    fold_name,
    given_name_gender,
    is_clipped_from,
    is_first_name,
    name_letters,
    organisation_key,
    parse_person,
    same_person,
    spelled_vowels_apart,
    spelled_with_a_final_e,
    spellings_of_one_word,
    surname_buckets,
    surnames_match,
    surnames_spelled_alike,
    with_a_company_suffix,
    world_name_gender,
)
from ..text.places import is_capital, is_country, is_nationality, same_country_as_capital
from ..text.words import content_stems

_SURNAME_BUCKET = 3
_CHECK_EVERY = 64
"""Mentions grouped between two calls of a merge's `check`."""
GENERIC_ORGANISATION_WORDS = frozenset(
    """
    government police army military ministry company group board authority court agency
    forces officials office council committee department party union state administration
    navy
    """.split()
)


@dataclass
class _Mention:
    source: int
    order: int
    actor: Actor

    def __post_init__(self) -> None:  # read when first asked for: see `Sentence.__post_init__`
        self._person: PersonName | None = None
        self._known_as: set[str] | None = None

    @property
    def person(self) -> PersonName:
        if self._person is None:
            self._person = parse_person(self.actor.name)
        return self._person

    @property
    def known_as(self) -> set[str]:
        """The full names, folded, the mention's article gives the person: the name shown and
        the others with its surname ('Lucky Luciano' of 'Charles "Lucky" Luciano')."""
        if self._known_as is None:
            self._known_as = {fold_name(self.actor.name)} | {
                fold_name(alias)
                for alias in self.actor.aliases
                if (name := parse_person(alias)).is_full
                and name.surname_key == self.person.surname_key
            }
        return self._known_as


@dataclass(eq=False)
class _Cluster:
    """Mentions of one actor; for people, the full names and surname keys seen so far."""

    is_person: bool
    mentions: list[_Mention] = field(default_factory=list)
    full_names: list[PersonName] = field(default_factory=list)
    surname_keys: set[str] = field(default_factory=set)
    sources: set[int] = field(default_factory=set)
    generations: dict[int, set[str]] = field(default_factory=dict)
    """The generations ('', 'jr', …) of the full names each article gives this person."""
    first_surnames: set[str] = field(default_factory=set)
    """Keys of the first of two surnames its full names may carry ('Ruiz' of 'Marco Antonio
    Ruiz Delgado'): the person may be called by it."""
    role_words: set[str] = field(default_factory=set)
    """Stems of the roles its mentions give ('chief', 'execut')."""
    letters: set[str] = field(default_factory=set)
    """Its full names' letters without spaces or hyphens (`names.name_letters`)."""
    spellings: set[str] = field(default_factory=set)
    """The full names as written, each kept in `full_names` once: a name compared once."""
    known_as: set[str] = field(default_factory=set)
    """Full names, folded, that an article gives as this person's besides the name shown
    ('Lucky Luciano' of 'Charles "Lucky" Luciano'), and those shown."""

    def add(self, mention: _Mention) -> None:
        self.mentions.append(mention)
        self.sources.add(mention.source)
        if self.is_person:  # only a person's name may be called by a first surname
            self.role_words |= _role_words(mention)
        if self.is_person and mention.actor.kind == "person":
            if mention.person.is_full:
                self.known_as |= mention.known_as
                if mention.actor.name not in self.spellings:
                    self.spellings.add(mention.actor.name)
                    self.full_names.append(mention.person)
                    self.letters.add(name_letters(mention.person))
                self.generations.setdefault(mention.source, set()).add(mention.person.suffix)
                if (first := first_surname_key(mention.person)) is not None:
                    self.first_surnames.add(first)
                if (family := family_name_first_key(mention.person)) is not None:
                    self.surname_keys.add(family)  # 'Xi' alone is 'Xi Jinping'
            self.surname_keys.add(mention.person.surname_key)

    def told_apart(self, name: PersonName, source: int) -> bool:
        """Whether the article `source` gives this person another generation than the name's:
        it tells 'Mark Felt Jr.' from 'W. Mark Felt', two people."""
        return self.generations.get(source, {name.suffix}) != {name.suffix}

    def accepts(self, name: PersonName, source: int = -1) -> bool:
        if self.told_apart(name, source):
            return False
        written = fold_name(name.display)
        if any(fold_name(n.display) == written for n in self.full_names):
            return True  # 'Laura Chinchilla' again, in a cluster that has since taken in
            # 'Laura Chinchilla Miranda' (her by her first surname, as roles showed)
        tails = [_one_ends_the_other(name, other) for other in self.full_names]
        if tails and all(tails):
            return True  # 'Boone Isaacs' is 'Cheryl Boone Isaacs': a two-word surname
        pairs = zip(tails, self.full_names, strict=True)
        return all(tail or same_person(name, other) for tail, other in pairs) and (
            any(_surnames_alike(name.surname_key, key) for key in self.surname_keys)
            or name_letters(name) in self.letters  # 'Yoon Suk Yeol' is 'Yoon Suk-yeol'
        )

    def called_by_family_name(self, name: PersonName) -> bool:
        """'Xi' alone, where every full name of the cluster is written family name first
        with that family name ('Xi Jinping')."""
        if name.given or not self.full_names:
            return False
        return all(family_name_first_key(n) == name.surname_key for n in self.full_names)

    def accepts_by_first_surname(self, mention: _Mention) -> bool:
        """'Marco Ruiz', the chief executive, is 'Marco Antonio Ruiz Delgado', the chief
        executive: a name that may be another's called by the first of two surnames
        (`names.by_first_surname`) joins only where their roles share a word too."""
        name = mention.person
        if not self.full_names or not _role_words(mention) & self.role_words:
            return False
        if self.told_apart(name, mention.source):
            return False
        names = [  # 'Ruiz Delgado' of 'Marco Antonio Ruiz Delgado' is his two surnames
            n
            for n in self.full_names
            if not any(
                _one_ends_the_other(n, o) and len(o.given) > len(n.given) for o in self.full_names
            )
        ]
        linked = [by_first_surname(o, name) or by_first_surname(name, o) for o in names]
        pairs = zip(linked, names, strict=True)
        return any(linked) and all(link or same_person(name, o) for link, o in pairs)


def _role_words(mention: _Mention) -> frozenset[str]:
    return frozenset(w for role in mention.actor.roles for w in content_stems(role))


def _one_ends_the_other(a: PersonName, b: PersonName) -> bool:
    """'Boone Isaacs' and 'Cheryl Boone Isaacs': the shorter name, two words at least, is the
    longer one's end."""
    first, second = fold_name(a.without_generation).split(), fold_name(b.without_generation).split()
    short, long = sorted((first, second), key=len)
    return len(short) >= 2 and len(long) > len(short) and long[-len(short) :] == short


class _PeopleBySurname:
    """Person clusters bucketed by the start of their surname keys, for quick lookups."""

    def __init__(self) -> None:
        self._buckets: dict[str, list[_Cluster]] = defaultdict(list)
        self._by_letters: dict[str, list[_Cluster]] = defaultdict(list)
        """Clusters by their full names' letters: 'Yoon Suk-yeol' has another surname than
        'Yoon Suk Yeol', and so other buckets."""
        self._filed: dict[int, set[str]] = {}
        """The buckets each cluster (by id) is filed under already: a cluster is added again
        as it gains surnames."""

    def add(self, cluster: _Cluster) -> None:
        filed = self._filed.setdefault(id(cluster), set())
        keys = cluster.surname_keys | cluster.first_surnames
        for letters in sorted(cluster.letters):
            if "=" + letters not in filed:  # (marked apart from the buckets' starts)
                self._by_letters[letters].append(cluster)
                filed.add("=" + letters)
        for name in sorted(_buckets_of(keys) - filed):
            self._buckets[name].append(cluster)
            filed.add(name)

    def matching(self, surname_key: str, *, or_a_final_e: bool = False) -> list[_Cluster]:
        """Clusters with a surname that is `surname_key` in another spelling, oldest first;
        `or_a_final_e`: or one a final 'e' apart ('Raite' of 'Duncan Rait'), for a name written
        in full, whose given names `same_person` then compares."""
        alike = _surnames_alike if or_a_final_e else surnames_match
        return [
            c
            for c in _filed_under(self._buckets, surname_key)
            if any(alike(surname_key, k) for k in c.surname_keys)
        ]

    def spelled_alike(self, name: PersonName) -> list[_Cluster]:
        """Clusters with a full name of the same letters, split otherwise ('Suk-yeol')."""
        return list(self._by_letters.get(name_letters(name), ()))

    def matching_first_surname(self, name: PersonName) -> list[_Cluster]:
        """Clusters whose name may be this one called by the first of two surnames, or the
        reverse (`names.by_first_surname`), oldest first."""
        found = [
            c
            for c in _filed_under(self._buckets, name.surname_key)
            if any(surnames_match(name.surname_key, k) for k in c.first_surnames)
        ]
        first = first_surname_key(name)
        if first is not None:
            found += [
                c
                for c in _filed_under(self._buckets, first)
                if c not in found and any(surnames_match(first, k) for k in c.surname_keys)
            ]
        return found


def _surnames_alike(a: str, b: str) -> bool:
    """One surname in two spellings, a final 'e' apart or vowels apart: whether the names are
    one person is then `same_person`'s to say (a bare 'Browne' is not 'Gordon Brown')."""
    return surnames_match(a, b) or spelled_with_a_final_e(a, b) or spelled_vowels_apart(a, b)


_Filed = TypeVar("_Filed")


def _buckets_of(keys: Iterable[str]) -> set[str]:
    """The buckets people with these surname keys are filed under."""
    return {name for key in keys for name in surname_buckets(key, _SURNAME_BUCKET)}


def _filed_under(index: Mapping[str, Sequence[_Filed]], surname_key: str) -> list[_Filed]:
    """Every entry filed under one of the key's buckets, once each, bucket by bucket."""
    found: list[_Filed] = []
    seen: set[int] = set()
    for name in sorted(surname_buckets(surname_key, _SURNAME_BUCKET)):
        for entry in index.get(name, ()):
            if id(entry) not in seen:
                seen.add(id(entry))
                found.append(entry)
    return found


@dataclass
class ActorIndex:
    """Merged actors, most prominent first, and how each mention maps to them."""

    actors: list[Actor]
    _by_mention: dict[tuple[int, str], int]
    _people: dict[str, list[tuple[int, list[PersonName], set[int]]]]
    _by_org_key: dict[str, int]
    _resolved: dict[tuple[int, str], int | None] = field(default_factory=dict)
    """Names resolved, kept: an article names one actor many times."""

    def resolve(self, source: int, name: str) -> str | None:
        """The canonical name of the actor that `name`, written in `source`, refers to."""
        key = (source, name)
        if key in self._resolved:
            index = self._resolved[key]
        else:
            index = self._by_mention.get((source, fold_name(name)))
            if index is None:
                index = self._resolve_person(source, parse_person(name))
            if index is None:
                index = self._by_org_key.get(organisation_key(name))
            self._resolved[key] = index
        return self.actors[index].name if index is not None else None

    def _resolve_person(self, source: int, person: PersonName) -> int | None:
        candidates = [
            (index, sources)
            for index, names, sources in _filed_under(self._people, person.surname_key)
            if any(same_person(person, other) for other in names)
        ]
        if len(candidates) > 1:
            candidates = [(i, s) for i, s in candidates if source in s]
        return candidates[0][0] if len(candidates) == 1 else None


def merge_actors(
    extractions: Sequence[ArticleExtraction], check: Callable[[], None] = lambda: None
) -> ActorIndex:
    """Group every article's actors into one actor per person or organisation; `check` is
    called now and then and may raise to abandon the work."""
    mentions = [
        _Mention(extraction.source, order, actor)
        for extraction in extractions
        for order, actor in enumerate(extraction.actors)
    ]
    people = [m for m in mentions if m.actor.kind == "person"]
    others = [m for m in mentions if m.actor.kind != "person"]
    clusters: list[_Cluster] = []
    by_surname = _PeopleBySurname()
    _group_full_names(clusters, by_surname, [m for m in people if m.person.is_full], check)
    check()
    _group_surnames(clusters, by_surname, [m for m in people if not m.person.is_full])
    check()
    _join_named(
        by_surname,
        [
            _Mention(extraction.source, len(extraction.actors) + order, actor)
            for extraction in extractions
            for order, actor in enumerate(extraction.also_named)
        ],
    )
    bodies = {  # names other articles type as bodies: 'Equifax' is a firm, not a person
        fold_name(m.actor.name)  # some caption made 'Equifax Equifax'
        for m in others
        if m.actor.kind in ("organization", "country", "media")
        and not m.actor.unnamed
        and not _may_be_a_person(m)  # not 'Mo Cheeks', a firm only by its plural look
    }
    others = _join_named(  # 'Obama chose': a name of unknown kind that is a person elsewhere
        by_surname,
        others,
        lambda m: _may_be_a_person(m) and fold_name(m.actor.name) not in bodies,
    )
    others = _join_described(clusters, others)
    named_apart = {  # names an article gives besides its actors: 'Apple', sued, beside 'Apple
        (extraction.source, _group_word_last(organisation_key(named.name)))  # Insider', sued
        for extraction in extractions
        for named in extraction.also_named
    }
    _group_organisations(clusters, others, named_apart)
    _capitals_join_countries(clusters)
    merged = [(cluster, _merged_actor(cluster)) for cluster in clusters if cluster.mentions]
    merged.sort(key=lambda pair: _prominence(pair[1]))
    by_mention: dict[tuple[int, str], int] = {}
    people_index: dict[str, list[tuple[int, list[PersonName], set[int]]]] = defaultdict(list)
    by_org_key: dict[str, int] = {}
    for index, (cluster, _) in enumerate(merged):
        for mention in cluster.mentions:
            by_mention.setdefault((mention.source, fold_name(mention.actor.name)), index)
        if cluster.is_person:
            spelled = {m.actor.name: m for m in cluster.mentions}  # each spelling parsed once
            names = [m.person for m in spelled.values()]
            entry = (index, names, cluster.sources)  # one entry, filed under each bucket
            for bucket in _buckets_of(cluster.surname_keys):
                people_index[bucket].append(entry)
        else:
            for mention in cluster.mentions:
                by_org_key.setdefault(organisation_key(mention.actor.name), index)
    return ActorIndex([actor for _, actor in merged], by_mention, people_index, by_org_key)


def _group_full_names(
    clusters: list[_Cluster],
    by_surname: _PeopleBySurname,
    mentions: list[_Mention],
    check: Callable[[], None],
) -> None:
    for number, mention in enumerate(mentions):
        if number % _CHECK_EVERY == 0:
            check()
        found = by_surname.matching(mention.person.surname_key, or_a_final_e=True)
        found += [c for c in by_surname.spelled_alike(mention.person) if c not in found]
        candidates = [
            c for c in found if c.accepts(mention.person, mention.source) or _goes_by(c, mention)
        ]
        if not candidates:
            candidates = [
                c
                for c in by_surname.matching_first_surname(mention.person)
                if c.accepts_by_first_surname(mention)
            ]
            candidates = candidates if len(candidates) == 1 else []
        home = min(candidates, key=_fit(mention.person), default=None)
        if home is None:
            home = _Cluster(is_person=True)
            clusters.append(home)
        home.add(mention)
        by_surname.add(home)


def _goes_by(cluster: _Cluster, mention: _Mention) -> bool:
    """Whether an article gives the person of the cluster a name of the mention's, or the
    mention's article a name of the cluster's: 'Charles "Lucky" Luciano' is 'Lucky Luciano'
    of another article (the generations an article tells apart stay apart)."""
    return not cluster.told_apart(mention.person, mention.source) and bool(
        mention.known_as & cluster.known_as
    )


def _fit(name: PersonName) -> Callable[[_Cluster], tuple[bool, bool]]:
    """How well a cluster fits a full name, best first: one written the same, then one of the
    same generation ('Mark Felt' is rather 'W. Mark Felt' than 'Mark Felt Jr.'), then the
    oldest (`min` keeps the first of equals)."""
    written = fold_name(name.display)

    def rank(cluster: _Cluster) -> tuple[bool, bool]:
        names = cluster.full_names
        return (
            not any(fold_name(n.display) == written for n in names),
            not any(n.suffix == name.suffix for n in names),
        )

    return rank


def _group_surnames(
    clusters: list[_Cluster], by_surname: _PeopleBySurname, mentions: list[_Mention]
) -> None:
    for mention in mentions:
        candidates = [
            c
            for c in by_surname.matching(mention.person.surname_key)
            if not _another_gender(mention, c) and _spelled_as_in(mention, c)
        ]
        named_in_full = [c for c in candidates if c.full_names]
        if len(named_in_full) > 1:
            same_article = [c for c in named_in_full if mention.source in c.sources]
            candidates = (
                same_article
                if len(same_article) == 1
                else [c for c in candidates if not c.full_names]
            )
        if len(candidates) == 1:
            candidates[0].add(mention)
        else:
            cluster = _Cluster(is_person=True)
            cluster.add(mention)
            clusters.append(cluster)
            by_surname.add(cluster)


def _spelled_as_in(mention: _Mention, cluster: _Cluster) -> bool:
    """Whether a bare surname is the cluster's in its own spelling, or in another the census
    does not list as a surname of its own: a team sheet's 'Thomson' is not another article's
    'Tanni Grey Thompson'. Within one article a near spelling is the writer's slip."""
    key = mention.person.surname_key
    return mention.source in cluster.sources or any(
        surnames_spelled_alike(key, k) for k in cluster.surname_keys
    )


def _another_gender(mention: _Mention, cluster: _Cluster) -> bool:
    """Whether a surname written after a woman's title ('Mrs Howard', 'Lady Starmer') cannot
    be the person other articles name in full with a man's given name ('Michael Howard', 'Keir
    Starmer'): his wife, not him; nor 'Mr Howard' her."""
    title = _title_of(mention)
    if title == "mr":  # 'Mr Howard' is not the 'Mrs Howard' another mention named
        return bool(cluster.mentions) and all(_a_womans_title(m) for m in cluster.mentions)
    if TITLE_GENDERS.get(title) != "female":
        return False  # (given-name lists miss many men's names: 'Lakshmi Mittal', 'Mr Mittal')
    known = {
        given_name_gender(n.given[0]) or world_name_gender(n.given[0])
        for n in cluster.full_names
        if n.given
    } - {None}
    return known == {"male"}  # 'Lady Starmer' is not 'Keir Starmer'


def _a_womans_title(mention: _Mention) -> bool:
    return HONORIFIC_GENDERS.get(_title_of(mention)) == "female"


def _title_of(mention: _Mention) -> str:
    """The first word of the name as the article wrote it, folded: 'mrs' of 'Mrs Howard'."""
    return fold_name(mention.actor.name).partition(" ")[0]


def _join_named(
    by_surname: _PeopleBySurname,
    mentions: list[_Mention],
    may_join: Callable[[_Mention], bool] = lambda _: True,
) -> list[_Mention]:
    """A name an article uses without showing the person act ('in choosing Gupta') joins the
    one person that other articles name in full under it, or call by that surname alone
    ('Chairman Schiff'); returns the names that joined no one."""
    alone = []
    for mention in mentions:
        candidates = (
            [
                c
                for c in by_surname.matching(mention.person.surname_key)
                if (c.accepts(mention.person) or c.called_by_family_name(mention.person))
                if c.full_names or _the_surname_alone(mention, c)
                if mention.person.given or _spelled_as_in(mention, c)
            ]
            if may_join(mention)
            else []
        )
        if len(candidates) > 1:
            candidates = [c for c in candidates if mention.source in c.sources]
        if len(candidates) == 1:
            candidates[0].add(mention)
        else:
            alone.append(mention)
    return alone


def _the_surname_alone(mention: _Mention, cluster: _Cluster) -> bool:
    """'Schiff' in one article, where another calls a person 'Chairman Schiff' and no one
    names him in full: the one person of that surname. A given name alone ('son Oscar') is
    no surname: 'Oscar' elsewhere may be anyone of that name, or the award."""
    name = mention.person
    return (
        not name.given
        and name.surname_key in cluster.surname_keys
        and not is_first_name(name.surname)
    )


def _may_be_a_person(mention: _Mention) -> bool:
    """A name of unknown kind ('Obama chose'), or a two-word 'organisation' that only its
    plural-looking last word made one ('Mo Cheeks', where no article names him in full)."""
    actor = mention.actor
    if actor.unnamed:
        return False
    words = fold_name(actor.name).split()
    if all(len(word) == 1 for word in words):
        return False  # 'U.N.', 'U.S.': a body's initials, no one's name ('Un' is a surname)
    return actor.kind == "other" or (actor.kind == "organization" and len(words) == 2)


def _join_described(clusters: list[_Cluster], mentions: list[_Mention]) -> list[_Mention]:
    """'the host' in an article that names one person the story calls a host ('Oscar host Hugh
    Jackman', in any article) is that person; returns the descriptions that joined no one."""
    by_role: dict[str, list[_Cluster]] = defaultdict(list)
    for cluster in clusters:
        if cluster.is_person:
            roles = {fold_name(r) for m in cluster.mentions for r in m.actor.roles}
            heads = {role.rsplit(" ", 1)[-1] for role in roles}
            for head in heads - {""}:
                by_role[head].append(cluster)
    alone = []
    for mention in mentions:
        words = fold_name(mention.actor.name).split()
        candidates = (
            [c for c in by_role.get(words[-1], []) if mention.source in c.sources]
            if mention.actor.unnamed and mention.actor.kind == "other" and words
            else []
        )
        if len(candidates) == 1:
            candidates[0].add(mention)
        else:
            alone.append(mention)
    return alone


_COUNT_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve dozens hundreds".split()
)


def _without_a_count(key: str) -> str:
    """'pirates' of '23 pirates', 'dozens of pirates': how many an article counts is what it
    knows of a group, not which group it is; described groups of one kind are one."""
    words = key.split()
    if len(words) >= 2 and (words[0][0].isdigit() or words[0] in _COUNT_WORDS):
        words = words[2:] if words[1] == "of" else words[1:]
    return " ".join(words) or key


def _group_word_last(key: str) -> str:
    """'group menatep' → 'menatep group': 'Group Menatep' and 'Menatep Group' are one body,
    written in either order."""
    first, _, rest = key.partition(" ")
    return f"{rest} {first}" if rest and first in _GROUP_WORDS else key


_GROUP_WORDS = frozenset("group groupe grupo gruppo".split())


def _group_organisations(
    clusters: list[_Cluster],
    mentions: list[_Mention],
    named_apart: AbstractSet[tuple[int, str]] = frozenset(),
) -> None:
    people_by_name = {
        fold_name(name.display): c for c in clusters if c.is_person for name in c.full_names
    }
    by_key: dict[str, _Cluster] = {}
    for mention in mentions:
        key = _group_word_last(organisation_key(mention.actor.name))
        if mention.actor.unnamed:
            key = _without_a_count(key)
        person_home = people_by_name.get(key)
        if person_home is not None:
            person_home.add(mention)
            continue
        if key not in by_key:
            by_key[key] = _Cluster(is_person=False)
            clusters.append(by_key[key])
        by_key[key].add(mention)
    _join_plural_spellings(by_key)
    keys_by_word: dict[str, set[str]] = defaultdict(set)
    for key in by_key:
        for word in key.split():
            keys_by_word[word].add(key)
    keys_by_acronym: dict[str, set[str]] = defaultdict(set)
    for key, cluster in by_key.items():
        for mention in cluster.mentions:
            for letters in acronyms_of(mention.actor.name):
                keys_by_acronym[letters].add(key)
    for short in sorted(by_key, key=lambda k: (len(k), k)):
        if all(m.actor.kind in ("country", "place") for m in by_key[short].mentions):
            continue  # 'Sri Lanka' is not the Sri Lanka Banks Association named after it
        words = short.split()
        sharing = set.intersection(*(keys_by_word[w] for w in words)) if words else set()
        raw = {m.actor.name for m in by_key[short].mentions}
        abbreviated = {
            k
            for name in raw
            if name.isupper()
            for k in keys_by_acronym.get(name.replace(".", ""), ())
        }
        longer = _one_key_a_cluster(
            sorted(
                k
                for k in sharing | abbreviated
                if k != short and _contains_or_abbreviates(k, short, by_key)
            ),
            by_key,
        )
        legal = [k for k in longer if with_a_company_suffix(k, short)]
        if len(legal) > 1 and all(len(k.split()) == len(words) + 1 for k in legal):
            for key in legal[1:]:  # 'Equifax Inc' and 'Equifax Ltd': the firm and its arm,
                _merge_into(by_key, by_key[legal[0]], key)  # one actor to a reader
            legal = legal[:1]
        longer = legal if len(legal) == 1 else longer  # 'Microsoft': 'Microsoft Corp.'
        if (
            len(longer) == 1
            and by_key[short] is not by_key[longer[0]]
            and not _someone_described_as_a_name(by_key[short], by_key[longer[0]])
            and not _a_group_named_in_a_bodys_name(short, longer[0], by_key[short])
            and longer[0].split()[-1] not in DOCUMENT_WORDS
            and not _told_apart_in_one_article(by_key[short], by_key[longer[0]], short, named_apart)
        ):
            _merge_into(by_key, by_key[longer[0]], short)
    _join_short_team_names(by_key)
    _join_one_word_spellings(by_key)
    _join_abbreviated_names(by_key)


def _join_plural_spellings(by_key: dict[str, _Cluster]) -> None:
    """'Academy of Motion Pictures Arts and Sciences' in one article, 'Academy of Motion
    Picture Arts and Sciences' in others: a name of three words or more whose inner words are
    singular in one and plural in the other is one body's, mistyped (its last word tells a
    team from its town: 'Saints' is not 'Saint')."""
    by_form: dict[str, list[str]] = defaultdict(list)
    for key, cluster in by_key.items():
        words = key.split()
        if len(words) >= 3 and not any(m.actor.unnamed for m in cluster.mentions):
            inner = (lemma(w) if w.endswith("s") and "'" not in w else w for w in words[1:-1])
            by_form[" ".join([words[0], *inner, words[-1]])].append(key)
    for keys in by_form.values():
        for key in keys[1:]:
            _merge_into(by_key, by_key[keys[0]], key)


def _one_key_a_cluster(keys: list[str], by_key: Mapping[str, _Cluster]) -> list[str]:
    """The first of `keys` filing each cluster: two spellings of one body are one candidate."""
    firsts: dict[int, str] = {}
    for key in keys:
        firsts.setdefault(id(by_key[key]), key)
    return list(firsts.values())


def _merge_into(by_key: dict[str, _Cluster], target: _Cluster, key: str) -> None:
    """Move the mentions of the cluster filed under `key` into `target`; `key` then files it."""
    source = by_key[key]
    if source is target:
        return
    for mention in source.mentions:
        target.add(mention)
    source.mentions.clear()
    by_key[key] = target


def _told_apart_in_one_article(
    short: _Cluster, longer: _Cluster, short_key: str, named_apart: AbstractSet[tuple[int, str]]
) -> bool:
    """'Apple' and 'Apple Insider', 'California' and 'Santa Clara California Superior Court':
    an article that names both, as two actors or as an actor and a name it gives besides,
    tells them apart for every article."""
    longer_sources = {m.source for m in longer.mentions}
    return bool({m.source for m in short.mentions} & longer_sources) or any(
        (source, short_key) in named_apart for source in longer_sources
    )


def _a_group_named_in_a_bodys_name(short: str, longer: str, described: _Cluster) -> bool:
    """'doctors' (under doctors' orders) and 'Doctors Without Borders', 'the student' and
    'student demonstrators': a description joins a longer name only when both end in one head
    noun ('police officers' of 'Bloomington Police officers'), and not when the longer one
    says whose country's it is: 'authorities', in the coverage of a crash abroad, are not the
    'UK authorities' one article says the police called."""
    if not all(m.actor.unnamed for m in described.mentions):
        return False
    extra = longer.split()[: -len(short.split())]
    return (
        longer.split()[-1] != short.split()[-1]
        or is_nationality(" ".join(extra))  # 'costa rican'
        or any(w.startswith("@") or is_nationality(w) or is_country(w) for w in extra)
    )  # ('@gb' is how a body's key writes 'UK', 'British')


def _someone_described_as_a_name(short: _Cluster, longer: _Cluster) -> bool:
    """'the man', someone described, and 'Man United', a name: the name's word is no
    description's short form ('a New Zealand-born man' may be the man; a club is not)."""
    return all(
        m.actor.unnamed and m.actor.kind in ("person", "other") for m in short.mentions
    ) and (not any(m.actor.unnamed for m in longer.mentions))


def _join_one_word_spellings(by_key: dict[str, _Cluster]) -> None:
    """'Yuganskneftegas' of one article and 'Yuganskneftegaz' of another: one body's name in
    two transliterations, where neither has another candidate."""
    by_start: dict[str, list[str]] = defaultdict(list)
    for key, cluster in by_key.items():
        named = all(not m.actor.unnamed for m in cluster.mentions)
        if " " not in key and named and not is_common_word(key):  # not 'prosecutors'
            by_start[key[:_SPELLING_BUCKET]].append(key)
    for keys in by_start.values():
        alike = {
            key: [k for k in keys if spellings_of_one_word(key, k)] for key in keys if len(keys) > 1
        }
        for key, others in alike.items():
            if len(others) != 1 or len(alike[others[0]]) != 1:
                continue
            _merge_into(by_key, by_key[others[0]], key)


_SPELLING_BUCKET = 4
"""Letters two spellings of one name share at the start (transliterations differ later)."""


def _join_abbreviated_names(by_key: dict[str, _Cluster]) -> None:
    """'Man Utd', 'Man United' and 'Manchester United': a body's name with words cut short
    ('Man', 'Dem') or written by their consonants ('Utd', 'Govt'), word for word, joins the one
    name written out that it abbreviates."""
    words_of: dict[str, list[str]] = {}  # each key's words, split once
    by_initials: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for key, cluster in by_key.items():
        words = key.split()
        if 2 <= len(words) <= _ABBREVIATED_WORDS and all(
            not m.actor.unnamed for m in cluster.mentions
        ):
            words_of[key] = words
            by_initials[tuple(w[0] for w in words)].append(key)
    for keys in by_initials.values():
        if len(keys) > _ABBREVIATION_BUCKET:
            continue  # (names compared two by two: a bound on the work, never met in a story)
        for short in keys:
            longer = [k for k in keys if k != short and _abbreviates(words_of[short], words_of[k])]
            fullest = [
                k for k in longer if not any(_abbreviates(words_of[k], words_of[o]) for o in longer)
            ]
            if (
                len(fullest) != 1
                or by_key[short] is by_key[fullest[0]]
                or not by_key[short].mentions
            ):
                continue
            _merge_into(by_key, by_key[fullest[0]], short)


_ABBREVIATED_WORDS = 4
_ABBREVIATION_BUCKET = 400
"""Names sharing their words' initials compared two by two at most: past it, a folder of
tens of thousands of articles would pay quadratic work for a rare join."""


def _abbreviates(short: list[str], full: list[str]) -> bool:
    """Word for word, each of `short` is the word of `full`, its start ('man' of 'manchester',
    three letters at least) or its letters in order ('utd' of 'united', four at most), and
    one at least is not the word itself."""
    if len(short) != len(full) or short == full:
        return False
    return all(
        s == f
        or (len(s) >= _CUT_LETTERS and len(s) < len(f) and f.startswith(s))
        or (_CUT_LETTERS <= len(s) <= _SKELETON_LETTERS and len(s) < len(f) and _in_order(s, f))
        for s, f in zip(short, full, strict=True)
    )


_CUT_LETTERS = 3
_SKELETON_LETTERS = 4


def _in_order(letters: str, word: str) -> bool:
    """Whether `letters` occur in `word` in order, the first first ('utd' in 'united')."""
    if letters[:1] != word[:1]:
        return False
    found = iter(word)
    return all(letter in found for letter in letters)


def _join_short_team_names(by_key: dict[str, _Cluster]) -> None:
    """'the Sixers' of one article and 'the Philadelphia 76ers' of another: a fan's short name
    joins the story's one team whose name it clips."""
    by_opening: dict[str, list[str]] = defaultdict(list)  # a clipping keeps the first letters
    for key in by_key:
        last = key.rsplit(" ", 1)[-1]
        by_opening[last.lstrip("0123456789")[:3] if last[:1].isdigit() else last[:3]].append(key)
    for short in [k for k in by_key if " " not in k and k.endswith("s")]:
        candidates = by_opening.get(short[:3], []) + by_opening.get(short[-3:], [])
        homes = {
            id(by_key[k]): by_key[k]
            for k in candidates
            if is_clipped_from(short, k.rsplit(" ", 1)[-1])
        }
        if len(homes) == 1 and id(by_key[short]) not in homes:
            _merge_into(by_key, next(iter(homes.values())), short)


def _capitals_join_countries(clusters: list[_Cluster]) -> None:
    """'Moscow rejected the plan' in a story about Russia: a capital that acts stands for its
    country's government, and joins that country's actor when the story has one."""
    countries = [
        c
        for c in clusters
        if not c.is_person
        and c.mentions
        and any(m.actor.kind == "country" or is_country(m.actor.name) for m in c.mentions[:3])
    ]
    if not countries:
        return
    for cluster in clusters:
        if cluster.is_person or not cluster.mentions:
            continue
        name = cluster.mentions[0].actor.name
        if not is_capital(name) or cluster in countries:
            continue  # most names are no capital: the countries are not searched for them
        if any(m.actor.unnamed or m.actor.kind not in ("other", "place") for m in cluster.mentions):
            continue
        homes = [
            c
            for c in countries
            if any(same_country_as_capital(name, m.actor.name) for m in c.mentions[:3])
        ]
        if len(homes) == 1:
            for mention in cluster.mentions:
                homes[0].add(mention)
            cluster.mentions.clear()


def _contains_or_abbreviates(longer: str, shorter: str, by_key: dict[str, _Cluster]) -> bool:
    long_words, short_words = longer.split(), shorter.split()
    if len(short_words) >= len(long_words):
        return False
    if len(short_words) == 1 and short_words[0] in GENERIC_ORGANISATION_WORDS:
        return False
    n = len(short_words)
    if any(long_words[i : i + n] == short_words for i in range(len(long_words) - n + 1)):
        return True
    raw_short = [m.actor.name for m in by_key[shorter].mentions]
    raw_long = [m.actor.name for m in by_key[longer].mentions]
    return any(
        s.isupper() and len(s) >= 2 and s.replace(".", "") in acronyms_of(lng)
        for s in raw_short
        for lng in raw_long
    )


def _merged_actor(cluster: _Cluster) -> Actor:
    if cluster.is_person:
        written = [  # a person's full name, never the description that joined them
            (m.person.display, m.source)
            for m in cluster.mentions
            if m.person.is_full and not m.actor.unnamed
        ]
        titled = all(
            _title_of(m) in TITLE_GENDERS for m in cluster.mentions
        )  # 'Mrs Howard', 'Lady Starmer', named so apart from 'Michael Howard': her title stays
        written = written or [
            (m.actor.name.strip() if titled else m.person.display, m.source)
            for m in cluster.mentions
        ]
    else:
        written = [  # a body's name, not the description that joined it ('the parliament')
            (m.actor.name.strip(), m.source) for m in cluster.mentions if not m.actor.unnamed
        ] or [(m.actor.name.strip(), m.source) for m in cluster.mentions]
        countries = [(name, source) for name, source in written if is_country(name)]
        written = countries or written  # 'Russia', not the 'Moscow' that stands for it
    canonical = _most_supported(written)
    if not cluster.is_person and all(map(is_common_word, canonical.split())):
        short = fold_name(canonical)
        fuller = [
            (n, s)
            for n, s in written
            if fold_name(n).endswith(" " + short)
            or (" " not in short and fold_name(n).startswith(short + " "))
        ]
        canonical = _most_supported(fuller) if fuller else canonical  # 'Academy of Motion
        # Picture Arts and Sciences', not 'Academy'; 'Department of Health and Human
        # Services', not 'Human Services': common words alone name no one body
    peerage = _peerage(cluster, canonical)
    if peerage is not None:
        canonical = f"{peerage} {canonical}"  # 'Baroness Scotland', not 'Scotland'
    named_any = any(not m.actor.unnamed for m in cluster.mentions)
    aliases = _unique(  # other names: 'the secretary' a description joined is none of his
        [
            m.actor.name.strip()
            for m in cluster.mentions
            if fold_name(m.actor.name) != fold_name(canonical)
            and not (named_any and m.actor.unnamed)
        ]
    )
    roles = _distinct_roles(
        [
            r
            for m in cluster.mentions
            for r in m.actor.roles
            if fold_name(r) != fold_name(canonical) and r != peerage
        ]
    )
    kinds = Counter(m.actor.kind for m in cluster.mentions)
    kind: ActorKind = max(kinds, key=lambda k: (kinds[k], -_first_index(cluster, k)))
    named = Counter(m.actor.kind for m in cluster.mentions if not m.actor.unnamed)
    if kind == "other" and named and max(named, key=lambda k: named[k]) == "person":
        kind = "person"  # 'the man' descriptions filed under his name do not make him a thing
    return Actor(
        name=canonical,
        kind=kind,
        roles=roles,
        aliases=aliases,
        unnamed=all(m.actor.unnamed for m in cluster.mentions),
        evidence=union_evidence(e for m in cluster.mentions for e in m.actor.evidence),
    )


def _peerage(cluster: _Cluster, name: str) -> str | None:
    """The title a peer known by one name goes by ('Baroness' of 'Baroness Scotland', 'Lord'
    of 'Lord Goldsmith'), a religious or a royal one ('Mother Teresa', 'Pope Francis', 'Queen
    Elizabeth'): without it the name reads as a place or as anyone's name."""
    if not cluster.is_person or " " in name:
        return None
    titles = [
        r
        for m in cluster.mentions
        for r in m.actor.roles
        if fold_name(r) in PEERAGES or (fold_name(r) in _TITLES_OF_ONE_NAME and r[:1].isupper())
    ]
    return Counter(titles).most_common(1)[0][0] if titles else None


_TITLES_OF_ONE_NAME = frozenset(
    "mother sister brother father pope saint king queen prince princess".split()
)
"""Titles a religious or a royal goes by with one name ('Mother Teresa', 'King Abdullah');
written small, a relative."""


def _most_supported(written: list[tuple[str, int]]) -> str:
    """The spelling most sources use; then the most used; then the longest; then the first."""
    sources: dict[str, set[int]] = {}
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for position, (name, source) in enumerate(written):
        sources.setdefault(name, set()).add(source)
        counts[name] += 1
        first.setdefault(name, position)
    return max(counts, key=lambda n: (len(sources[n]), counts[n], len(n), -first[n]))


def _first_index(cluster: _Cluster, kind: str) -> int:
    return next(i for i, m in enumerate(cluster.mentions) if m.actor.kind == kind)


def _unique(values: list[str]) -> list[str]:
    seen: set[str] = set()
    kept: list[str] = []
    for value in values:
        key = fold_name(value)
        if key and key not in seen:
            seen.add(key)
            kept.append(value.strip())
    return kept


def _distinct_roles(roles: list[str]) -> list[str]:
    """Each role once: 'the Kremlin spokesman' is 'Kremlin spokesman', and 'President' says
    nothing 'U.S. President' does not."""

    def key(role: str) -> str:
        words = fold_name(role).split()
        return " ".join(words[1:] if words[:1] in (["the"], ["a"], ["an"]) else words)

    roles = [r for r in roles if key(r) not in _NO_ROLES]
    unique = {key(r): r.strip() for r in reversed(roles) if key(r)}  # the first wording wins
    keys = [k for k in dict.fromkeys(key(r) for r in roles) if k]
    return [unique[k] for k in keys if not any(o != k and o.endswith(" " + k) for o in keys)]


_NO_ROLES = frozenset("man woman boy girl person teen teenager child kid guy".split())
"""Descriptions that told who someone is within an article ('That man, Jose Luis Orozco, …'
makes 'the man' him there) but say nothing as a role in a briefing."""


def _prominence(actor: Actor) -> tuple[int, int, str]:
    return (-len(actor.sources), -len(actor.evidence), fold_name(actor.name))
