"""Find where sources disagree: differing figures about the same thing, differing dates.

Figures: every quote in the briefing is scanned for counted quantities (`figures`). Figures
with the same unit and the same kind of count, in passages about the same thing, disagree when
their ranges cannot both be true. Each side is quoted and cited; nothing is averaged or chosen.

Dates: reports of one merged event that give different days.
"""

from __future__ import annotations

import re
import textwrap
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from ..models import Claim, Disagreement, Evidence, Position, union_evidence
from ..text.dates import YEAR
from ..text.names import fold_name
from ..text.places import places_in
from ..text.predicates import EVENT_NOUNS, predicates_in
from ..text.words import content_stems
from .events import EventCluster, consensus_date
from .figures import CAPITALISED, DURATIONS, Figure, figures_in

_GENERIC_SHARE = 0.15
_MAX_WORD_POSTINGS = 200
_MIN_PASSAGES_FOR_GENERIC = 20


def _story_words(passages: Sequence[Evidence]) -> frozenset[str]:
    """Stems in so many passages that they say what the story is, not what a figure measures."""
    if len(passages) < _MIN_PASSAGES_FOR_GENERIC:
        return frozenset()
    counts: dict[str, int] = {}
    for passage in passages:
        for word in content_stems(passage.quote) | {
            fold_name(w) for w in CAPITALISED.findall(passage.quote)
        }:
            counts[word] = counts.get(word, 0) + 1
    limit = len(passages) * _GENERIC_SHARE
    return frozenset(w for w, c in counts.items() if c > limit)


def figure_disagreements(
    evidence: Iterable[Evidence], settings: Mapping[tuple[int, int, int], str] | None = None
) -> list[Disagreement]:
    """Disagreements between sources on one quantity of one happening, in first-source order.

    Figures are compared only with figures of the same unit and the same telling count ('were
    injured' is not 'were killed', and a figure that counts nothing named is compared with
    nothing), from passages that name no other year or place. Figures that only one article
    gives are no disagreement between sources. `settings` gives the words around a passage
    (its sentence) that say when and where it is."""
    passages = union_evidence(evidence)
    figures = [
        replace(f, setting=(settings or {}).get((e.source, e.start, e.end), e.quote))
        for e in passages
        for f in figures_in(e)
        if f.unit not in DURATIONS
    ]
    groups: dict[tuple[str, str], list[list[Figure]]] = {}
    occasions: dict[int, _Occasion] = {}  # id of a group's list -> what its passages name
    settings_seen: dict[str, _Occasion] = {}
    for figure in sorted(figures, key=lambda f: f.counts is None):
        if figure.counts is None:
            figure = _counted_as_its_speaker(figure, groups)  # 'put the figure at 450 tonnes'
            if figure.counts is None:
                continue
        same_kind = groups.setdefault((figure.unit, figure.counts), [])
        occasion = settings_seen.get(figure.setting)
        if occasion is None:
            occasion = settings_seen[figure.setting] = _Occasion.of(figure.setting)
        home = next((g for g in same_kind if occasions[id(g)].admits(occasion)), None)
        if home is None:
            home = [figure]
            same_kind.append(home)
            occasions[id(home)] = _Occasion()
        else:
            home.append(figure)
        occasions[id(home)].add(occasion)
    found: list[Disagreement] = []
    for kind_groups in groups.values():
        for group in kind_groups:
            claims = _claims(group)
            sides = [{f.evidence.source for f in group if _same_claim(f, c)} for c in claims]
            kept = list(zip(claims, sides, strict=True))
            if not any(
                not a.compatible(b) and len(sa | sb) > 1 for (a, sa), (b, sb) in _pairs(kept)
            ):
                continue  # no two sources differ: one article's own figures
            found.append(
                Disagreement(
                    topic=_figure_topic(group),
                    claims=[
                        Claim(
                            claim=c.text,
                            evidence=union_evidence(
                                f.evidence
                                for f in group
                                if _same_claim(f, c) and f.evidence.source in sources
                            ),
                        )
                        for c, sources in kept
                    ],
                )
            )
    return sorted(found, key=lambda d: min(d.sources))


def _counted_as_its_speaker(
    figure: Figure, groups: dict[tuple[str, str], list[list[Figure]]]
) -> Figure:
    """A figure that names no count ('The Coastwatch Alliance has put the figure at up to 450
    tonnes') counts what the same value counts where the same names give it."""
    for (unit, counts), kind_groups in groups.items():
        if unit != figure.unit:
            continue
        for group in kind_groups:
            if any(
                (f.low, f.high) == (figure.low, figure.high) and f.anchors & figure.anchors
                for f in group
            ):
                return replace(figure, counts=counts)
    return figure


def _pairs(items: Sequence[tuple[Figure, set[int]]]) -> Iterable[tuple[Any, Any]]:
    return ((a, b) for i, a in enumerate(items) for b in items[i + 1 :])


@dataclass
class _Occasion:
    """The years and places passages name: two passages can be about one happening when they
    name no two different years and no two different places ('three killed in Kherson' is not
    'twelve killed in Kyiv'). For a group, the distinct sets its passages name: a new passage
    must agree with every one (each kept once, so the check does not grow with the group)."""

    years: set[frozenset[str]] = field(default_factory=set)
    places: set[frozenset[str]] = field(default_factory=set)

    @classmethod
    def of(cls, setting: str) -> _Occasion:
        years, places = frozenset(YEAR.findall(setting)), places_in(setting)
        return cls({years} if years else set(), {places} if places else set())

    def admits(self, other: _Occasion) -> bool:
        return all(a & b for a in self.years for b in other.years) and all(
            a & b for a in self.places for b in other.places
        )

    def add(self, other: _Occasion) -> None:
        self.years |= other.years
        self.places |= other.places


def _claims(group: Sequence[Figure]) -> list[Figure]:
    claims: list[Figure] = []
    for figure in group:
        if not any(_same_claim(figure, c) for c in claims):
            claims.append(figure)
    return claims


def _same_claim(a: Figure, b: Figure) -> bool:
    return (a.low, a.high) == (b.low, b.high)


def _figure_topic(group: Sequence[Figure]) -> str:
    """The quantity and the happening in a few words: 'Death toll in the attack', 'Amount
    spilled, in tonnes', 'Extent of the ban, in nautical miles'."""
    counts = next((f.counts for f in group if f.counts), None)
    unit = group[0].unit_text
    happening = _happening_noun(group)
    where = f" in the {happening}" if happening else ""
    if counts == "zone":
        return f"Extent of the {happening or 'zone'}, in {unit}"
    if counts == "leaked":
        return f"Amount spilled, in {unit}"
    if counts == "money":
        return f"Cost, in {unit}"
    if counts == "killed" and unit in ("people", "persons", "civilians"):
        return f"Death toll{where}"
    verb = {"killed": "killed", "injured": "injured", "rescued": "rescued", "missing": "missing",
            "detained": "detained"}.get(counts or "", "counted")  # fmt: skip
    return f"Number of {unit} {verb}{where}"


_VERB_NOUNS = {
    "kill": "killing", "shoot": "shooting", "sink": "sinking", "crash": "crash",
    "strike": "strike", "attack": "attack", "bomb": "bombing", "explode": "explosion",
    "collide": "collision", "flood": "flood", "burn": "fire", "ground": "grounding",
    "run": "grounding", "ban": "ban", "order": "ban",
}  # fmt: skip
_COUNTED = frozenset("escape leak spill injury death kill injure treat rescue".split())


def _happening_noun(group: Sequence[Figure]) -> str | None:
    """The happening most of the figures' passages name, as a noun (not the counted act)."""
    counts: Counter[str] = Counter()
    for figure in group:
        for predicate in sorted(predicates_in(figure.evidence.quote)):
            if predicate in _COUNTED:
                continue
            noun = _VERB_NOUNS.get(predicate) or (predicate if predicate in EVENT_NOUNS else None)
            if noun:
                counts[noun] += 1
    return counts.most_common(1)[0][0] if counts else None


def date_disagreement(cluster: EventCluster, predicate: str | None) -> Disagreement | None:
    """A disagreement when sources report one happening on different days, else None. An
    article giving two days is no disagreement between sources: it counts on neither side."""
    by_day: dict[str, list[Evidence]] = {}
    labels: dict[str, str] = {}
    days_of: dict[int, set[str]] = {}
    for report in cluster.reports:
        if report.event.date is None or report.event.dated_by == "other_article":
            continue  # a day taken from another article is no claim of its own
        day = report.event.date.isoformat()
        days_of.setdefault(report.source, set()).add(day)
        by_day.setdefault(day, []).extend(report.event.evidence)
        if report.event.date_text:
            labels.setdefault(day, f"{day} ({report.event.date_text})")
    torn = {source for source, days in days_of.items() if len(days) > 1}
    by_day = {
        day: kept
        for day, evidence in by_day.items()
        if (kept := [e for e in evidence if e.source not in torn])
    }
    if len(by_day) < 2:
        return None
    consensus = consensus_date(cluster)
    ordered = sorted(by_day, key=lambda d: (d != (consensus.isoformat() if consensus else ""), d))
    noun = _VERB_NOUNS.get(predicate or "") or (predicate if predicate in EVENT_NOUNS else None)
    return Disagreement(
        topic=f"Date of the {noun}" if noun else f"Date of \u201c{_clause_of(cluster)}\u201d",
        kind="date",
        claims=[
            Claim(claim=labels.get(day, day), evidence=union_evidence(by_day[day]))
            for day in ordered
        ],
    )


_CLAIM_NOUNS = frozenset(
    "truce ceasefire cease-fire deal agreement accord treaty sanctions ban promise pledge "
    "embargo blockade".split()
)
_HELD = frozenset("kept held holding observed respected honoured honored intact working".split())
_BROKEN = frozenset(
    "broken broke violated violating breached breaching ignored collapsed collapsing".split()
)
_QUESTIONS = {"held": "Whether the {0} held"}
_CLAIM_WORD = re.compile(r"[a-z][a-z-]*")


def claim_disagreements(positions: Sequence[Position]) -> list[Disagreement]:
    """Sources at odds about one fact: one side says the truce held, the other that it was
    broken. (One party accepting a deal and another rejecting it is no dispute of fact.) Only
    the actors' own statements count, and only when different actors in different articles
    take the sides."""
    sides: dict[tuple[str, str], dict[bool, list[Position]]] = {}
    for position in positions:
        words = _CLAIM_WORD.findall(fold_name(" ".join([position.stance, *_quotes_of(position)])))
        for noun in _CLAIM_NOUNS.intersection(words):
            for question, yes, no in (("held", _HELD, _BROKEN),):
                said_yes, said_no = bool(yes.intersection(words)), bool(no.intersection(words))
                if said_yes != said_no:
                    side = sides.setdefault((noun.replace("cease-fire", "ceasefire"), question), {})
                    side.setdefault(said_yes, []).append(position)
    found = []
    for (noun, question), split in sorted(sides.items()):
        affirm, deny = split.get(True, []), split.get(False, [])
        if not affirm or not deny:
            continue
        actors_apart = {p.actor for p in affirm}.isdisjoint(p.actor for p in deny)
        sources = {s for p in [*affirm, *deny] for s in p.sources}
        if not actors_apart or len(sources) < 2:
            continue
        found.append(
            Disagreement(
                topic=_QUESTIONS[question].format(noun),
                kind="claim",
                claims=[
                    Claim(
                        claim=f"{', '.join(sorted({p.actor for p in side}))}: {answer}",
                        evidence=union_evidence(e for p in side for e in p.evidence),
                    )
                    for answer, side in (("yes", affirm), ("no", deny))
                ],
            )
        )
    return found


def _quotes_of(position: Position) -> list[str]:
    return [e.quote for e in position.evidence]


def _clause_of(cluster: EventCluster) -> str:
    """The happening in a few of its report's own words: 'Indian navy has foiled a piracy…'."""
    quote = cluster.reports[cluster.typical].event.evidence[0].quote
    return textwrap.shorten(" ".join(quote.split()), width=60, placeholder="\u2026")
