"""Find where sources disagree: differing figures about the same thing, differing dates.

Figures: every quote in the briefing is scanned for counted quantities ('about 200 tonnes of fuel
oil', 'five crew members were injured', 'within 12 nautical miles'). A figure is its value, read as
a range from its qualifier ('at least 12' is 12 or more, 'about 200' is 180 to 220, 'up to 450'
is half that or more, up to 450), its unit ('tonnes', 'crew', 'miles') and what it counts, from
the nearest telling word ('injured', 'leaked', 'killed', 'ban'...). Figures with the same unit
and the same kind of count, in passages about the same thing, disagree when their ranges cannot
both be true. Each side is quoted and cited; nothing is averaged or chosen.

Dates: reports of one merged event that give different days.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from ..models import Claim, Disagreement, Evidence
from ..names import fold
from .actors import union_evidence
from .events import EventCluster, consensus_date
from .words import content_stems, stem

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "dozen": 12,
}  # fmt: skip
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_QUALIFIERS = {
    "at least": "min", "more than": "min", "over": "min", "upwards of": "min",
    "in excess of": "min",
    "nearly": "near_below", "almost": "near_below", "close to": "near_below",
    "about": "about", "around": "about", "roughly": "about", "some": "about",
    "approximately": "about", "an estimated": "about", "estimated": "about",
    "up to": "up_to", "as much as": "up_to", "as many as": "up_to",
    "fewer than": "max", "less than": "max", "under": "max", "below": "max", "no more than": "max",
}  # fmt: skip
_QUALIFIER_PATTERN = "|".join(sorted(map(re.escape, _QUALIFIERS), key=len, reverse=True))
_NUMBER_PATTERN = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|a dozen|" + "|".join(
    sorted(_NUMBER_WORDS, key=len, reverse=True)
)
_FIGURE = re.compile(
    rf"(?<![\w.,-])(?:(?P<qualifier>{_QUALIFIER_PATTERN})\s+)?(?P<number>{_NUMBER_PATTERN})"
    rf"(?:\s+(?P<scale>thousand|million|billion|trillion))?(?P<percent>\s*%|\s+per\s*cent|\s+percent)?"
    rf"(?P<unit>(?:\s+[a-z][a-z-]*){{1,2}})?",
    re.IGNORECASE,
)
_UNIT_STOP = frozenset(
    """
    of in on at to from by and or the a an who that which after before since per each than
    was were had have has is are be been will would more people's it its them they he she
    times a.m p.m am pm
    """.split()
)
_UNIT_MODIFIERS = frozenset(
    ["nautical", "metric", "heavy", "more", "other", "additional", "new", "civilian", "extra"]
)
_UNIT_ALIASES = {"ton": "tonn", "tonn": "tonn", "metr": "metr", "meter": "metr", "km": "kilometr"}
_COUNTS = {
    "injured": ("injur", "wound", "hurt", "hospit"),
    "killed": ("kill", "dead", "die", "death", "fatal", "bodi"),
    "rescued": ("rescu", "evacu", "airlift", "lift", "save", "pull"),
    "missing": ("miss",),
    "leaked": ("leak", "spill", "escap", "lost", "lose", "releas", "discharg"),
    "zone": ("ban", "zone", "exclus", "radius", "within"),
    "money": ("cost", "pay", "paid", "fund", "compens", "fine", "damag"),
    "detained": ("arrest", "detain"),
}
_STEM_TO_COUNT = {s: kind for kind, stems in _COUNTS.items() for s in stems}
_MONTHS = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$", re.IGNORECASE
)
_SAME_THING = 0.12
_DURATIONS = frozenset("second minut hour day week month year decad centuri time".split())
_GENERIC_SHARE = 0.15
_MAX_WORD_POSTINGS = 200
_MIN_PASSAGES_FOR_GENERIC = 20
_NUMBER_STEMS = frozenset(stem(w) for w in _NUMBER_WORDS)
_CAPITALISED = re.compile(r"\b[A-Z][\w'-]+")
_NOT_ANCHORS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december the a an he she it they we i
    """.split()
)


@dataclass(frozen=True)
class Figure:
    """A counted quantity in a quote, read as a range of values."""

    text: str
    low: float
    high: float
    unit: str
    """The unit's stem: 'tonn', 'crew', 'mile'."""
    unit_text: str
    """The unit as written: 'tonnes', 'crew members', 'nautical miles'."""
    counts: str | None
    """What is counted, from the nearest telling word: 'injured', 'leaked'... or None."""
    context: frozenset[str]
    anchors: frozenset[str]
    """Proper nouns of the passage ('kyiv', 'gannet'): passages naming different places differ."""
    evidence: Evidence

    def compatible(self, other: Figure) -> bool:
        """Whether both figures can be true at once."""
        return self.low <= other.high and other.low <= self.high

    def comparable(self, other: Figure) -> bool:
        """Whether two figures measure the same thing, so that differing values disagree."""
        if self.unit != other.unit:
            return False
        if self.counts and other.counts and self.counts != other.counts:
            return False
        shared = self.context & other.context
        if len(shared) >= 2 or (
            shared and len(shared) / len(self.context | other.context) >= _SAME_THING
        ):
            return True
        return (
            self.counts is not None
            and self.counts == other.counts
            and not (self.anchors and other.anchors and not self.anchors & other.anchors)
        )


def figures_in(evidence: Evidence) -> list[Figure]:
    """The counted quantities a quote states."""
    found: list[Figure] = []
    quote = evidence.quote
    for match in _FIGURE.finditer(quote):
        unit_words = [w.lower() for w in (match.group("unit") or "").split()]
        percent = bool(match.group("percent"))
        if not percent:
            unit_words = _unit_words(unit_words)
            if not unit_words:
                continue
        if _MONTHS.search(quote[: match.start()]) or _is_year(match.group("number"), unit_words):
            continue
        value = _value(match.group("number"), match.group("scale"))
        if value is None:
            continue
        low, high = _range(value, _QUALIFIERS.get((match.group("qualifier") or "").lower()))
        unit = "percent" if percent else _unit_key(unit_words)
        end = match.end() if percent else _end_of_words(quote, match.start("unit"), unit_words)
        found.append(
            Figure(
                text=quote[match.start() : end].strip(),
                low=low,
                high=high,
                unit=unit,
                unit_text="percent" if percent else " ".join(unit_words),
                counts=_what_it_counts(quote, match.start(), end),
                context=content_stems(quote) - {stem(w) for w in unit_words} - _NUMBER_STEMS,
                anchors=_anchors(quote),
                evidence=evidence,
            )
        )
    return found


def _end_of_words(quote: str, start: int, words: list[str]) -> int:
    position = start
    for word in words:
        position = quote.lower().index(word, position) + len(word)
    return position


def _anchors(quote: str) -> frozenset[str]:
    names = set()
    for match in _CAPITALISED.finditer(quote):
        before = quote[: match.start()].rstrip()
        if not before or before.endswith((".", "!", "?", '"', "\u201c", "-")):
            continue
        word = fold(match.group())
        if word not in _NOT_ANCHORS:
            names.add(word)
    return frozenset(names)


def _story_words(passages: Sequence[Evidence]) -> frozenset[str]:
    """Stems in so many passages that they say what the story is, not what a figure measures."""
    if len(passages) < _MIN_PASSAGES_FOR_GENERIC:
        return frozenset()
    counts: dict[str, int] = {}
    for passage in passages:
        for word in content_stems(passage.quote) | {
            fold(w) for w in _CAPITALISED.findall(passage.quote)
        }:
            counts[word] = counts.get(word, 0) + 1
    limit = len(passages) * _GENERIC_SHARE
    return frozenset(w for w, c in counts.items() if c > limit)


def _unit_words(words: list[str]) -> list[str]:
    kept: list[str] = []
    for word in words:
        if word in _UNIT_STOP or len(word) < 2:
            break
        kept.append(word)
    return kept


def _unit_key(words: list[str]) -> str:
    meaningful = [w for w in words if w not in _UNIT_MODIFIERS] or words
    key = stem(meaningful[0])
    return _UNIT_ALIASES.get(key, key)


def _is_year(number: str, unit_words: list[str]) -> bool:
    return number.isdigit() and len(number) == 4 and 1800 <= int(number) <= 2100 and not unit_words


def _value(number: str, scale: str | None) -> float | None:
    word = number.lower()
    if word == "a dozen":
        value = 12.0
    elif word in _NUMBER_WORDS:
        value = float(_NUMBER_WORDS[word])
    else:
        try:
            value = float(number.replace(",", ""))
        except ValueError:
            return None
    return value * _SCALES.get((scale or "").lower(), 1.0)


def _range(value: float, qualifier: str | None) -> tuple[float, float]:
    if qualifier == "min":
        return value, float("inf")
    if qualifier == "max":
        return 0.0, value
    if qualifier == "about":
        return value * 0.9, value * 1.1
    if qualifier == "near_below":
        return value * 0.9, value
    if qualifier == "up_to":
        return value * 0.5, value
    return value, value


def _what_it_counts(quote: str, start: int, end: int) -> str | None:
    before = re.findall(r"[a-z]+", fold(quote[max(0, start - 60) : start]))[-6:]
    after = re.findall(r"[a-z]+", fold(quote[end : end + 60]))[:6]
    # Nearest telling word wins: alternate after/before by distance.
    for distance in range(6):
        for words in (after, list(reversed(before))):
            if distance < len(words):
                kind = _kind_of(words[distance])
                if kind:
                    return kind
    return None


def _kind_of(word: str) -> str | None:
    stemmed = stem(word)
    return next((k for prefix, k in _STEM_TO_COUNT.items() if stemmed.startswith(prefix)), None)


def figure_disagreements(evidence: Iterable[Evidence]) -> list[Disagreement]:
    """Disagreements between figures about the same thing, in first-source order."""
    passages = union_evidence(evidence)
    generic = _story_words(passages)
    figures = [
        replace(f, context=f.context - generic, anchors=f.anchors - generic)
        for e in passages
        for f in figures_in(e)
        if f.unit not in _DURATIONS
    ]
    parent = list(range(len(figures)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in _comparable_pairs(figures):
        parent[root(j)] = root(i)
    groups: dict[int, list[Figure]] = {}
    for i, figure in enumerate(figures):
        groups.setdefault(root(i), []).append(figure)
    found: list[Disagreement] = []
    for group in groups.values():
        claims = _claims(group)
        if any(not a.compatible(b) for a in claims for b in claims):
            found.append(
                Disagreement(
                    topic=_figure_topic(group),
                    claims=[
                        Claim(
                            claim=c.text,
                            evidence=union_evidence(f.evidence for f in group if _same_claim(f, c)),
                        )
                        for c in claims
                    ],
                )
            )
    return found


def _comparable_pairs(figures: Sequence[Figure]) -> Iterable[tuple[int, int]]:
    """Pairs of figures that measure the same thing, found through indexes, not all pairs.

    Figures of one unit and kind of count are comparable unless they name different places: one
    without place names joins them all, otherwise those sharing a place name join. Any two figures
    of one unit whose passages share words are checked through a word index.
    """
    by_kind: dict[tuple[str, str], list[int]] = {}
    by_word: dict[tuple[str, str], list[int]] = {}
    for i, figure in enumerate(figures):
        if figure.counts is not None:
            by_kind.setdefault((figure.unit, figure.counts), []).append(i)
        for word in figure.context:
            by_word.setdefault((figure.unit, word), []).append(i)
    for members in by_kind.values():
        unplaced = [i for i in members if not figures[i].anchors]
        if unplaced:
            yield from ((unplaced[0], i) for i in members if i != unplaced[0])
            continue
        by_anchor: dict[str, int] = {}
        for i in members:
            for anchor in figures[i].anchors:
                if anchor in by_anchor:
                    yield (by_anchor[anchor], i)
                else:
                    by_anchor[anchor] = i
    checked: set[tuple[int, int]] = set()
    for members in by_word.values():
        if len(members) > _MAX_WORD_POSTINGS:
            continue
        for position, i in enumerate(members):
            for j in members[position + 1 :]:
                if (i, j) not in checked:
                    checked.add((i, j))
                    if figures[i].comparable(figures[j]):
                        yield (i, j)


def _claims(group: Sequence[Figure]) -> list[Figure]:
    claims: list[Figure] = []
    for figure in group:
        if not any(_same_claim(figure, c) for c in claims):
            claims.append(figure)
    return claims


def _same_claim(a: Figure, b: Figure) -> bool:
    return (a.low, a.high) == (b.low, b.high)


def _figure_topic(group: Sequence[Figure]) -> str:
    counts = next((f.counts for f in group if f.counts), None)
    unit = group[0].unit_text
    labels = {
        "injured": "were injured", "killed": "were killed", "rescued": "were rescued",
        "missing": "are missing", "leaked": "leaked or spilled", "money": "it costs",
        "detained": "were detained",
    }  # fmt: skip
    if counts == "zone":
        return f"Extent of the zone or ban, in {unit}"
    return f"How many {unit} {labels.get(counts or '', '')}".strip()


def date_disagreement(cluster: EventCluster, summary: str) -> Disagreement | None:
    """A disagreement when reports of one event give different days, else None."""
    by_day: dict[str, list[Evidence]] = {}
    labels: dict[str, str] = {}
    for report in cluster.reports:
        if report.event.date is None:
            continue
        day = report.event.date.isoformat()
        by_day.setdefault(day, []).extend(report.event.evidence)
        if report.event.date_text:
            labels.setdefault(day, f"{day} ({report.event.date_text})")
    if len(by_day) < 2:
        return None
    consensus = consensus_date(cluster)
    ordered = sorted(by_day, key=lambda d: (d != (consensus.isoformat() if consensus else ""), d))
    return Disagreement(
        topic=f"When: {summary.rstrip('.')}",
        kind="date",
        claims=[
            Claim(claim=labels.get(day, day), evidence=union_evidence(by_day[day]))
            for day in ordered
        ],
    )
