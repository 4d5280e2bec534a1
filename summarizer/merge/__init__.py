"""The merge stage: many articles' extractions become one briefing. Pure and deterministic.

Order of work: actors first (every other item names actors the way the merged actors do), then
events clustered across articles, positions grouped per actor, open questions de-duplicated, and
disagreements found among figures and dates. Every merged item keeps all its evidence.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from ..models import (
    Article,
    ArticleExtraction,
    Briefing,
    Disagreement,
    Event,
    RunStats,
    SourceRef,
)
from ..text.names import fold_name
from ..text.words import content_stems, jaccard
from .actors import ActorIndex, merge_actors
from .disagreements import (
    claim_disagreements,
    date_disagreement,
    figure_disagreements,
    lead_ends,
)
from .events import (
    article_stories,
    cluster_events,
    correct_page_days,
    date_from_other_articles,
    merged_event,
    timeline_order,
)
from .statements import merge_positions, merge_questions, merge_unattributed

TITLE_PEERS = 200
"""Headlines each headline is compared with to find the most central one: all of them up to
this many, an even sample beyond (the comparison would otherwise grow with the square)."""

__all__ = ["ActorIndex", "MergeStopped", "merge_actors", "merge_extractions"]


class MergeStopped(Exception):
    """`should_stop` said to stop: the merge was abandoned part-way (an interrupted run)."""


class _CollectorPause:
    """Python's cyclic garbage collector paused while merges run, and resumed as it was.

    A merge builds hundreds of thousands of small objects that live until it returns; each
    full collection walks all of them and every extraction besides, so at 3,000 articles the
    collector took 5 of 17 s of CPU. A merge makes little cyclic garbage (what it makes is
    collected once the collector resumes). Merges in several threads pause it once."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._running = 0
        self._resume = False

    @contextmanager
    def __call__(self) -> Iterator[None]:
        with self._lock:
            if self._running == 0:
                self._resume = gc.isenabled()
                gc.disable()
            self._running += 1
        try:
            yield
        finally:
            with self._lock:
                self._running -= 1
                if self._running == 0 and self._resume:
                    gc.enable()


_collector_paused = _CollectorPause()


def merge_extractions(
    articles: Sequence[Article],
    extractions: Sequence[ArticleExtraction],
    *,
    title: str | None = None,
    should_stop: Callable[[], bool] | None = None,
    stats: RunStats | None = None,
) -> Briefing:
    """One briefing from every article's extraction; same input, same output.

    The briefing's `stats` count the articles and extractions merged; a run attaches its own
    statistics afterwards (`stats`, if given, is used as is).

    `should_stop` is asked now and then; when it says yes, `MergeStopped` is raised, so that a
    merge running in a thread of an interrupted run does not hold the interpreter. The cyclic
    garbage collector is paused while it runs (see `_CollectorPause`)."""
    with _collector_paused():
        return _merged(articles, extractions, title, should_stop, stats)


def _merged(
    articles: Sequence[Article],
    extractions: Sequence[ArticleExtraction],
    title: str | None,
    should_stop: Callable[[], bool] | None,
    stats: RunStats | None,
) -> Briefing:
    check = _checker(should_stop)
    ordered = sorted(extractions, key=lambda x: x.source)
    extracted = {x.source for x in extractions}
    index = merge_actors(ordered, check)
    people = {a.name for a in index.actors if a.kind == "person"}
    published = {a.id: a.published for a in articles if a.published}
    check()
    stories = article_stories(ordered, index.resolve, people.__contains__)
    clusters = cluster_events(
        ordered, index.resolve, people.__contains__, published, check, stories
    )
    check()
    correct_page_days(clusters, set(published))
    date_from_other_articles(clusters, {a.id for a in articles if a.published is None})
    merged = [(merged_event(c), c) for c in clusters]
    merged.sort(key=lambda pair: timeline_order(pair[0]))
    events = [event for event, _ in merged]
    check()
    positions = merge_positions(ordered, index.resolve, [a.name for a in index.actors])
    questions = merge_questions(ordered)
    unattributed = merge_unattributed(ordered, positions)
    evidence = [e for item in (*events, *positions, *questions) for e in item.evidence]
    settings = {  # an event's sentence says when and where its figures are
        (e.source, e.start, e.end): report.event.summary
        for _, cluster in merged
        for report in cluster.reports
        for e in report.event.evidence
    }
    check()
    disagreements = figure_disagreements(
        evidence,
        settings,
        leads=lead_ends(ordered),
        published=published,
        stories=stories,
        people=frozenset(fold_name(name.split()[-1]) for name in people),
    )
    disagreements += [
        d for event, cluster in merged if (d := date_disagreement(cluster, event.predicate))
    ]
    disagreements += claim_disagreements(positions)
    events = _mark_disputed(events, disagreements)
    return Briefing(
        title=title or default_title(articles, events, index),
        sources=source_list(articles, extracted),
        actors=index.actors,
        events=events,
        positions=positions,
        unattributed=unattributed,
        disagreements=disagreements,
        open_questions=questions,
        stats=stats
        or RunStats(
            engine="unknown",  # the run that extracted knows: it attaches its own
            articles_loaded=len(articles),
            articles_extracted=len(extractions),
        ),
    )


def _checker(should_stop: Callable[[], bool] | None) -> Callable[[], None]:
    def check() -> None:
        if should_stop is not None and should_stop():
            raise MergeStopped

    return check


def _mark_disputed(events: Sequence[Event], disagreements: Sequence[Disagreement]) -> list[Event]:
    """Each event with the topics on which its own evidence disagrees (two sides or more)."""
    sides_by_span: dict[tuple[int, int, int], set[tuple[int, int]]] = {}
    for d_index, disagreement in enumerate(disagreements):
        for c_index, claim in enumerate(disagreement.claims):
            for e in claim.evidence:
                sides_by_span.setdefault((e.source, e.start, e.end), set()).add((d_index, c_index))
    marked = []
    for event in events:
        sides: dict[int, set[int]] = {}
        for e in event.evidence:
            for d_index, c_index in sides_by_span.get((e.source, e.start, e.end), ()):
                sides.setdefault(d_index, set()).add(c_index)
        topics = [
            "the date" if disagreements[d].kind == "date" else disagreements[d].topic
            for d in sorted(sides)
            if len(sides[d]) >= 2
        ]
        marked.append(event.model_copy(update={"disputed": topics}) if topics else event)
    return marked


def default_title(articles: Sequence[Article], events: Sequence[Event], index: ActorIndex) -> str:
    """What the story is: the headline that shares most words with the other headlines and
    the most-reported happenings; without headlines, the most-reported happening; without
    those, its three most prominent actors."""
    cited = sorted(events, key=lambda e: -len(e.sources))[:5]
    story = [content_stems(e.summary) for e in cited]
    headlines = [(a.title.strip(), content_stems(a.title)) for a in articles if a.title]
    if headlines:
        step = max(1, len(headlines) // TITLE_PEERS)  # every headline, or an even sample
        peers = headlines[::step]

        def centrality(pair: tuple[str, frozenset[str]]) -> float:
            others = [stems for title, stems in peers if title != pair[0]] + story
            return sum(jaccard(pair[1], other) for other in others)

        return max(headlines, key=centrality)[0]
    if cited and len(cited[0].sources) > 1:
        return cited[0].summary.rstrip(".")
    names = [a.name for a in index.actors if not a.unnamed][:3]
    if not names:
        return "Briefing"
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return f"Briefing: {listed}"


def source_list(articles: Sequence[Article], extracted: set[int]) -> list[SourceRef]:
    """The briefing's numbered sources: every article, saying whether it was extracted."""
    return [
        SourceRef(
            id=a.id,
            path=a.path,
            title=a.title,
            url=a.url,
            published=a.published,
            extracted=a.id in extracted,
        )
        for a in sorted(articles, key=lambda a: a.id)
    ]
