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

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..models import Actor, ActorKind, ArticleExtraction, Evidence
from ..names import (
    PersonName,
    acronym_of,
    fold,
    organisation_key,
    parse_person,
    same_person,
    surnames_match,
)

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

    @property
    def person(self) -> PersonName:
        return parse_person(self.actor.name)


@dataclass
class _Cluster:
    is_person: bool
    mentions: list[_Mention] = field(default_factory=list)

    @property
    def sources(self) -> set[int]:
        return {m.source for m in self.mentions}

    def full_names(self) -> list[PersonName]:
        return [m.person for m in self.mentions if m.person.is_full]

    def accepts(self, name: PersonName) -> bool:
        return all(same_person(name, other) for other in self.full_names()) and any(
            surnames_match(name.surname_key, m.person.surname_key) for m in self.mentions
        )


@dataclass
class ActorIndex:
    """Merged actors, most prominent first, and how each mention maps to them."""

    actors: list[Actor]
    _by_mention: dict[tuple[int, str], int]
    _clusters_people: list[tuple[int, list[PersonName], set[int]]]
    _by_org_key: dict[str, int]

    def resolve(self, source: int, name: str) -> str | None:
        """The canonical name of the actor that `name`, written in `source`, refers to."""
        index = self._by_mention.get((source, fold(name)))
        if index is None:
            index = self._resolve_person(source, parse_person(name))
        if index is None:
            index = self._by_org_key.get(organisation_key(name))
        return self.actors[index].name if index is not None else None

    def _resolve_person(self, source: int, person: PersonName) -> int | None:
        candidates = [
            (index, sources)
            for index, names, sources in self._clusters_people
            if any(same_person(person, other) for other in names)
        ]
        if len(candidates) > 1:
            candidates = [(i, s) for i, s in candidates if source in s]
        return candidates[0][0] if len(candidates) == 1 else None


def merge_actors(extractions: Sequence[ArticleExtraction]) -> ActorIndex:
    """Group every article's actors into one actor per person or organisation."""
    mentions = [
        _Mention(extraction.source, order, actor)
        for extraction in extractions
        for order, actor in enumerate(extraction.actors)
    ]
    people = [m for m in mentions if m.actor.kind == "person"]
    others = [m for m in mentions if m.actor.kind != "person"]
    clusters: list[_Cluster] = []
    _group_full_names(clusters, [m for m in people if m.person.is_full])
    _group_surnames(clusters, [m for m in people if not m.person.is_full])
    _group_organisations(clusters, others)
    merged = [(cluster, _merged_actor(cluster)) for cluster in clusters if cluster.mentions]
    merged.sort(key=lambda pair: _prominence(pair[1]))
    by_mention: dict[tuple[int, str], int] = {}
    people_index: list[tuple[int, list[PersonName], set[int]]] = []
    by_org_key: dict[str, int] = {}
    for index, (cluster, _) in enumerate(merged):
        for mention in cluster.mentions:
            by_mention.setdefault((mention.source, fold(mention.actor.name)), index)
        if cluster.is_person:
            people_index.append((index, [m.person for m in cluster.mentions], cluster.sources))
        else:
            for mention in cluster.mentions:
                by_org_key.setdefault(organisation_key(mention.actor.name), index)
    return ActorIndex([actor for _, actor in merged], by_mention, people_index, by_org_key)


def _group_full_names(clusters: list[_Cluster], mentions: list[_Mention]) -> None:
    for mention in mentions:
        home = next((c for c in clusters if c.is_person and c.accepts(mention.person)), None)
        if home is None:
            home = _Cluster(is_person=True)
            clusters.append(home)
        home.mentions.append(mention)


def _group_surnames(clusters: list[_Cluster], mentions: list[_Mention]) -> None:
    for mention in mentions:
        key = mention.person.surname_key
        candidates = [
            c
            for c in clusters
            if c.is_person and any(surnames_match(key, m.person.surname_key) for m in c.mentions)
        ]
        named_in_full = [c for c in candidates if c.full_names()]
        if len(named_in_full) > 1:
            same_article = [c for c in named_in_full if mention.source in c.sources]
            candidates = (
                same_article
                if len(same_article) == 1
                else [c for c in candidates if not c.full_names()]
            )
        if len(candidates) == 1:
            candidates[0].mentions.append(mention)
        else:
            clusters.append(_Cluster(is_person=True, mentions=[mention]))


def _group_organisations(clusters: list[_Cluster], mentions: list[_Mention]) -> None:
    by_key: dict[str, _Cluster] = {}
    for mention in mentions:
        key = organisation_key(mention.actor.name)
        person_home = next(
            (
                c
                for c in clusters
                if c.is_person and key in {fold(p.display) for p in c.full_names()}
            ),
            None,
        )
        if person_home is not None:
            person_home.mentions.append(mention)
            continue
        if key not in by_key:
            by_key[key] = _Cluster(is_person=False)
            clusters.append(by_key[key])
        by_key[key].mentions.append(mention)
    for short in sorted(by_key, key=len):
        longer = [k for k in by_key if k != short and _contains_or_abbreviates(k, short, by_key)]
        if len(longer) == 1 and by_key[short] is not by_key[longer[0]]:
            target = by_key[longer[0]]
            target.mentions.extend(by_key[short].mentions)
            by_key[short].mentions.clear()
            by_key[short] = target


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
        s.isupper() and len(s) >= 2 and s == acronym_of(lng) for s in raw_short for lng in raw_long
    )


def _merged_actor(cluster: _Cluster) -> Actor:
    names = [m.actor.name.strip() for m in cluster.mentions]
    if cluster.is_person:
        written = [(m.person.display, m.source) for m in cluster.mentions if m.person.is_full]
        written = written or [(m.person.display, m.source) for m in cluster.mentions]
    else:
        written = [(m.actor.name.strip(), m.source) for m in cluster.mentions]
    canonical = _most_supported(written)
    aliases = _unique([n for n in names if fold(n) != fold(canonical)])
    roles = _unique(
        [r for m in cluster.mentions for r in m.actor.roles if fold(r) != fold(canonical)]
    )
    kinds = Counter(m.actor.kind for m in cluster.mentions)
    kind: ActorKind = max(kinds, key=lambda k: (kinds[k], -_first_index(cluster, k)))
    return Actor(
        name=canonical,
        kind=kind,
        roles=roles,
        aliases=aliases,
        evidence=union_evidence(e for m in cluster.mentions for e in m.actor.evidence),
    )


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
        key = fold(value)
        if key and key not in seen:
            seen.add(key)
            kept.append(value.strip())
    return kept


def union_evidence(evidence: Iterable[Evidence]) -> list[Evidence]:
    """Evidence without repeats, in source and position order."""
    unique = {(e.source, e.start, e.end): e for e in evidence}
    return [unique[key] for key in sorted(unique)]


def _prominence(actor: Actor) -> tuple[int, int, str]:
    return (-len(actor.sources), -len(actor.evidence), fold(actor.name))
