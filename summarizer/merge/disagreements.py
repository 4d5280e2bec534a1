"""Find where sources disagree: differing figures about the same thing, differing dates.

Figures: every quote in the briefing is scanned for counted quantities (`figures`). Figures
with the same unit and the same kind of count, in passages about the same thing, disagree when
their ranges cannot both be true. Each side is quoted and cited; nothing is averaged or chosen.

Dates: reports of one merged event that give different days.
"""

from __future__ import annotations

import datetime as dt
import re
import textwrap
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from ..models import (
    ArticleExtraction,
    Claim,
    Disagreement,
    Evidence,
    Position,
    union_evidence,
)
from ..text.dates import YEAR, month_number
from ..text.names import fold_name
from ..text.places import landmarks_in, places_in
from ..text.predicates import EVENT_NOUNS, predicates_in
from ..text.words import content_stems, stem
from .events import EventCluster, consensus_date
from .figures import CAPITALISED, DURATIONS, Figure, figures_in, sum_named_in

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


LEAD_SENTENCES = 5
"""How many of an article's first sentences that report a happening make its lead."""


def lead_ends(extractions: Iterable[ArticleExtraction]) -> dict[int, int]:
    """Where each article's lead ends: after its first `LEAD_SENTENCES` sentences that report
    a happening. News tells the story's own figures first; figures further down are mostly
    background (an earlier quake's toll), a part of the whole (one village's injured) or
    another person's record, so only the leads' figures are compared."""
    ends: dict[int, int] = {}
    for extraction in extractions:
        sentences: dict[str, int] = {}
        for event in extraction.events:
            if event.evidence:
                start = min(e.start for e in event.evidence)
                sentences[event.summary] = min(start, sentences.get(event.summary, start))
        if len(sentences) > LEAD_SENTENCES:
            ends[extraction.source] = sorted(sentences.values())[LEAD_SENTENCES]
    return ends


def figure_disagreements(
    evidence: Iterable[Evidence],
    settings: Mapping[tuple[int, int, int], str] | None = None,
    *,
    leads: Mapping[int, int] | None = None,
    published: Mapping[int, dt.date] | None = None,
    people: frozenset[str] = frozenset(),
    stories: Mapping[int, int] | None = None,
) -> list[Disagreement]:
    """Disagreements between sources on one quantity of one happening, in first-source order.

    Figures are compared only with figures of the same unit and the same telling count ('were
    injured' is not 'were killed', and a figure that counts nothing named is compared with
    nothing), from passages that name no other year or place. Figures that only one article
    gives are no disagreement between sources. `settings` gives the words around a passage
    (its sentence) that say when and where it is; `leads` where each article's lead ends
    (`lead_ends`: later passages are not compared); `published` the articles' dates (a
    passage naming only earlier years is background, and articles a month apart report no
    figure of one happening); `people` the folded surnames of the briefing's people (one
    person's count is not another's: 'Bush missed eight games', 'Thomas missed nine');
    `stories` the story each article tells (`article_stories`): the figures of two stories
    that each hold two articles or more are never compared (an article alone in its story
    names people no other names, which says nothing about its happening)."""
    passages = [
        e for e in union_evidence(evidence) if e.start < (leads or {}).get(e.source, e.end + 1)
    ]
    figures = [
        replace(f, setting=setting, thing=sum_named_in(setting, f))
        for e in passages
        for setting in [(settings or {}).get((e.source, e.start, e.end), e.quote)]
        for f in figures_in(e, people)
        if f.unit not in DURATIONS
    ]
    figures = [f for f in figures if not _background(f, (published or {}).get(f.evidence.source))]
    sizes = Counter((stories or {}).values())
    shared_stories = {s: story for s, story in (stories or {}).items() if sizes[story] > 1}
    groups: dict[tuple[str, str, bool], list[list[Figure]]] = {}
    occasions: dict[int, _Occasion] = {}  # id of a group's list -> what its passages name
    named: dict[str, tuple[frozenset[str], frozenset[str]]] = {}  # setting -> years, places
    for figure in sorted(figures, key=lambda f: f.counts is None):
        if figure.counts is None:
            figure = _counted_as_its_speaker(figure, groups)  # 'put the figure at 450 tonnes'
            if figure.counts is None:
                continue
        same_kind = groups.setdefault((figure.unit, figure.counts, figure.future), [])
        if figure.setting not in named:
            named[figure.setting] = (
                frozenset(YEAR.findall(_without_relative_asides(figure.setting))),
                places_in(figure.setting) - landmarks_in(figure.setting),
            )
        source = figure.evidence.source
        occasion = _Occasion.of(
            *named[figure.setting],
            figure.owner,
            figure.thing,
            (published or {}).get(source),
            shared_stories.get(source),
        )
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
            told = list(zip(claims, sides, strict=True))
            kept = [
                (a, sa)
                for a, sa in told
                if any(not a.compatible(b) and len(sa | sb) > 1 for b, sb in told)
            ]  # 'at least 14' beside '21' and 'at least 30' can be true with either: no side
            if not kept:
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


def _background(figure: Figure, published: dt.date | None) -> bool:
    """Whether the figure's passage tells of earlier years only ('killed more than 26,000
    people in December 2003' in a 2005 article, 'two years ago'): no figure of the story
    itself."""
    if _LONG_AGO.search(figure.setting):
        return True
    month = _IN_A_MONTH.search(figure.setting)
    if month and published is not None and month_number(month.group(1)) != published.month:
        return True  # 'Kestrel cut 1,200 jobs in May', told in June: an earlier happening
    years = {int(y) for y in YEAR.findall(_without_relative_asides(figure.setting))}
    return published is not None and bool(years) and max(years) < published.year


def _without_relative_asides(text: str) -> str:
    """The passage without its asides about someone or something ('Oskar Lind, who led Brenn
    from 2022 to 2029, was convicted …'): their years are not the figure's."""
    return _RELATIVE_ASIDE.sub(",", text)


_RELATIVE_ASIDE = re.compile(r",\s+(?:who|whose|which)\b[^,;.]*,")


_IN_A_MONTH = re.compile(
    r"\b(?:in|during|since|last)\s+(january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\b(?!\s+\d)",
    re.IGNORECASE,
)
"""A month named without its day ('in May'): a stretch of time, not the story's day."""


_LONG_AGO = re.compile(
    r"\b(?:years|decades) ago\b|\blast (?:year|season)\b|\bearlier this (?:year|season)\b",
    re.IGNORECASE,
)
"""A passage set years back: 'killed two co-workers two years ago', 'missed three games
earlier this season'."""


def _counted_as_its_speaker(
    figure: Figure, groups: dict[tuple[str, str, bool], list[list[Figure]]]
) -> Figure:
    """A figure that names no count ('The Coastwatch Alliance has put the figure at up to 450
    tonnes') counts what the same value counts where the same names give it."""
    for (unit, counts, future), kind_groups in groups.items():
        if unit != figure.unit or future != figure.future:
            continue
        for group in kind_groups:
            if any(
                (f.low, f.high) == (figure.low, figure.high) and f.anchors & figure.anchors
                for f in group
            ):
                return replace(figure, counts=counts)
    return figure


_SAME_COVERAGE = dt.timedelta(days=30)
"""Articles further apart than this report no figure of one happening: another happening."""


@dataclass
class _Occasion:
    """The years, places and people passages name, and when their articles came out: two
    passages can be about one happening when they name no two different years, places,
    counted people or sums ('three killed in Kherson' is not 'twelve killed in Kyiv'; a $900m
    loan is not a $27bn tax bill) and their
    articles are weeks apart at most. For a group, the distinct sets its passages name: a new
    passage must agree with every one (each kept once, so the check does not grow with the
    group), and the first and last publication days."""

    years: set[frozenset[str]] = field(default_factory=set)
    places: set[frozenset[str]] = field(default_factory=set)
    owners: set[str] = field(default_factory=set)
    things: set[str] = field(default_factory=set)
    stories: set[int] = field(default_factory=set)
    first: dt.date | None = None
    last: dt.date | None = None

    @classmethod
    def of(
        cls,
        years: frozenset[str],
        places: frozenset[str],
        owner: str | None,
        thing: str | None,
        published: dt.date | None,
        story: int | None,
    ) -> _Occasion:
        return cls(
            {years} if years else set(),
            {places} if places else set(),
            {owner} if owner else set(),
            {thing} if thing else set(),
            {story} if story is not None else set(),
            published,
            published,
        )

    def admits(self, other: _Occasion) -> bool:
        return (
            all(a & b for a in self.years for b in other.years)
            and all(a & b for a in self.places for b in other.places)
            and (not self.owners or not other.owners or self.owners == other.owners)
            and (not self.things or not other.things or bool(self.things & other.things))
            and (not self.stories or not other.stories or self.stories == other.stories)
            and self._near(other.first)
            and self._near(other.last)
        )

    def _near(self, day: dt.date | None) -> bool:
        return day is None or all(
            abs(day - known) <= _SAME_COVERAGE for known in (self.first, self.last) if known
        )

    def add(self, other: _Occasion) -> None:
        self.years |= other.years
        self.places |= other.places
        self.owners |= other.owners
        self.things |= other.things
        self.stories |= other.stories
        days = [d for d in (self.first, self.last, other.first, other.last) if d]
        self.first, self.last = (min(days), max(days)) if days else (None, None)


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
    if happening and stem(happening) == group[0].unit:
        happening = None  # 'games missed', not 'games missed in the game'
    where = f" in the {happening}" if happening else ""
    if counts == "zone":
        return f"Extent of the {happening or 'zone'}, in {unit}"
    if counts == "leaked":
        return f"Amount spilled, in {unit}"
    if counts == "money":
        return f"Cost, in {unit}"
    if counts == "pledged":
        return f"Amount pledged, in {unit}"
    if counts == "bribes":
        return f"Amount of the bribes, in {unit}"
    if counts in ("damaged", "destroyed", "cut"):
        return f"Number of {unit} {counts}{where}"
    if counts == "killed" and unit in ("people", "persons", "civilians"):
        return f"Death toll{where}"
    told = ("killed", "injured", "rescued", "missing", "detained", "shot", "signed")
    verb = counts if counts in told else "counted"
    return f"Number of {unit} {verb}{where}"


_VERB_NOUNS = {
    "kill": "killing", "shoot": "shooting", "sink": "sinking", "crash": "crash",
    "strike": "strike", "attack": "attack", "bomb": "bombing", "explode": "explosion",
    "collide": "collision", "flood": "flood", "burn": "fire", "ground": "grounding",
    "run": "grounding", "ban": "ban", "order": "ban",
}  # fmt: skip
_NOUNS_OF_ANOTHER_SENSE = frozenset({"fire"})
"""Event nouns whose verb names another happening: 'fired' shots or a coach, not a blaze."""
_COUNTED = frozenset("escape leak spill injury death kill injure treat rescue".split())


def _happening_noun(group: Sequence[Figure]) -> str | None:
    """The happening most of the figures' passages name, as a noun (not the counted act). A
    noun the sentence gives wins over one made of a verb: 'the earthquake struck …, killing
    120' is the earthquake, not a strike."""
    counts: Counter[tuple[bool, str]] = Counter()
    for figure in group:
        text = figure.setting or figure.evidence.quote
        written = {w.lower() for w in re.findall(r"[A-Za-z-]+", text)}
        for predicate in sorted(predicates_in(text)):
            if predicate in _COUNTED:
                continue
            if predicate in EVENT_NOUNS and predicate in written:  # the noun, not 'struck'
                if _only_naming_a_service(predicate, text):
                    continue  # 'Riverton's fire chief said': no fire
                counts[True, predicate] += 1
            elif predicate in _VERB_NOUNS:
                counts[False, _VERB_NOUNS[predicate]] += 1
            elif predicate in EVENT_NOUNS:
                counts[False, predicate] += 1
    if not counts:
        return None
    return max(counts, key=lambda key: (key[0], counts[key], key[1]))[1]


_SERVICE_WORDS = (
    "chief|chiefs|department|dept|brigade|service|services|station|crews?|captain|marshal"
    "|commissioner|officials?|fighters?|engines?|trucks?|authority|agency"
)


def _only_naming_a_service(noun: str, text: str) -> bool:
    """Whether every time the text writes the noun it names a service or its people ('fire
    chief', 'flood agency', 'earthquake authority'), not a happening."""
    written = re.finditer(
        rf"\b{re.escape(noun)}\b(?P<service>\s+(?:{_SERVICE_WORDS})\b)?", text, re.I
    )
    return all(match.group("service") for match in written)


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
    if noun in _NOUNS_OF_ANOTHER_SENSE and not any(
        re.search(rf"\b{noun}s?\b", e.quote, re.IGNORECASE)
        for r in cluster.reports
        for e in r.event.evidence
    ):
        noun = None  # 'shots were fired', 'he was fired': no fire
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
_SAME_THING = {"cease-fire": "truce", "ceasefire": "truce", "accord": "agreement"}
"""Words for one thing: a truce one side says held is the ceasefire the other says broke."""
_HELD = frozenset("kept held holding observed respected honoured honored intact working".split())
_BROKEN = frozenset(
    "broken broke violated violating breached breaching ignored collapsed collapsing".split()
)
_QUESTIONS = {"held": "Whether the {0} held"}
_CLAIM_WORD = re.compile(r"[a-z][a-z-]*")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _without_questions(text: str) -> str:
    """The text without the sentences it asks: a question claims nothing ('If not, what made
    them conclude that these ships violated …?')."""
    if "?" not in text:
        return text
    return " ".join(
        s for s in _SENTENCE_END.split(text) if not s.rstrip("\"'\u201d\u2019 ").endswith("?")
    )


def claim_disagreements(positions: Sequence[Position]) -> list[Disagreement]:
    """Sources at odds about one fact: one side says the truce held, the other that it was
    broken. (One party accepting a deal and another rejecting it is no dispute of fact.) Only
    the actors' own statements count, and only when different actors in different articles
    take the sides."""
    sides: dict[tuple[str, str], dict[bool, list[Position]]] = {}
    for position in positions:
        said = _without_questions(" ".join([position.stance, *_quotes_of(position)]))
        words = _CLAIM_WORD.findall(fold_name(said))
        for noun in _CLAIM_NOUNS.intersection(words):
            for question, yes, no in (("held", _HELD, _BROKEN),):
                said_yes, said_no = bool(yes.intersection(words)), bool(no.intersection(words))
                if said_yes != said_no:
                    side = sides.setdefault((_SAME_THING.get(noun, noun), question), {})
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
