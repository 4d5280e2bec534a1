"""Group the events that several articles report into one event each.

Reports are compared by the content words of their quotes, weighted by how rare each word is
among all the reports (TF-IDF cosine): 'aground' and 'Gannet' tell more than 'ship'. Reports more
than a day apart are almost never one happening and are pushed apart. Clusters are built by
average-link agglomeration: the most similar pair of clusters merges first, and merging stops when
no pair is similar enough on average. There is no dependence on input order beyond tie-breaking
by position, so the same input always gives the same clusters.

On the project's corpus this setting made no false merges (see tests/test_merge.py); lower
thresholds found more true pairs but also joined different happenings.

A merged event keeps every report's evidence; its summary is the most typical report's, and its
date the one most reports give (reports giving another day become a disagreement, not a silent
choice).
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ..models import ArticleExtraction, Event
from .actors import union_evidence
from .words import content_stems

SAME_EVENT_THRESHOLD = 0.3
_COMMON_SHARE = 0.05
_MIN_COMMON = 50
_SMALL = 200
"""Below this many reports every pair sharing a word is scored; above, two shared words."""
_NEGLIGIBLE = 0.05
FAR_APART_PENALTY = 0.35
_MIN_QUOTE_STEMS = 3


@dataclass(frozen=True)
class Report:
    """One article's report of an event, with the words it is compared by."""

    source: int
    order: int
    event: Event
    actors: frozenset[str]
    stems: frozenset[str]


@dataclass
class EventCluster:
    """Reports judged to be one happening, in source order."""

    reports: list[Report] = field(default_factory=list)
    typical: int = 0
    """Index in `reports` of the report most similar to the others: its summary stands for all."""


class _Weights:
    """Inverse document frequency of each stem over all reports."""

    def __init__(self, reports: Sequence[Report]) -> None:
        counts = Counter(s for r in reports for s in r.stems)
        n = len(reports)
        self.idf = {s: math.log((1 + n) / (1 + c)) + 1 for s, c in counts.items()}
        self.norm = [math.sqrt(sum(self.idf[s] ** 2 for s in r.stems)) for r in reports]

    def cosine(self, a: Report, b: Report, norm_a: float, norm_b: float) -> float:
        if not norm_a or not norm_b:
            return 0.0
        return sum(self.idf[s] ** 2 for s in a.stems & b.stems) / (norm_a * norm_b)


def similarity_graph(reports: Sequence[Report]) -> dict[tuple[int, int], float]:
    """Similarity of every pair of reports that shares a word; absent pairs count as 0."""
    weights = _Weights(reports)
    postings: dict[str, list[int]] = defaultdict(list)
    for index, report in enumerate(reports):
        for s in report.stems:
            postings[s].append(index)
    # Candidate pairs share a word that is not everywhere; a pair sharing only common words
    # scores near zero on IDF weights anyway, and listing them would be quadratic.
    common = max(_MIN_COMMON, int(len(reports) * _COMMON_SHARE))
    shared: Counter[tuple[int, int]] = Counter()
    for members in postings.values():
        if len(members) <= common:
            shared.update((a, b) for i, a in enumerate(members) for b in members[i + 1 :])
    # One shared word (a name, say) rarely makes one happening; two or more are worth scoring.
    wanted = 1 if len(reports) < _SMALL else 2
    pairs = sorted(pair for pair, count in shared.items() if count >= wanted)
    graph: dict[tuple[int, int], float] = {}
    for a, b in pairs:
        score = weights.cosine(reports[a], reports[b], weights.norm[a], weights.norm[b])
        day_a, day_b = reports[a].event.date, reports[b].event.date
        if day_a and day_b and abs((day_a - day_b).days) > 1:
            score -= FAR_APART_PENALTY
        if abs(score) >= _NEGLIGIBLE:
            graph[(a, b)] = score
    return graph


def cluster_events(
    extractions: Sequence[ArticleExtraction], resolve: Callable[[int, str], str | None]
) -> list[EventCluster]:
    """Group every article's events into clusters of one happening each, in first-report order."""
    reports = [
        _report(extraction.source, order, event, resolve)
        for extraction in extractions
        for order, event in enumerate(extraction.events)
    ]
    graph = similarity_graph(reports)
    groups = [sorted(members) for members in _average_link(len(reports), graph)]
    cluster_of = {report: number for number, members in enumerate(groups) for report in members}
    centrality = [0.0] * len(reports)  # similarity to the other reports of the same cluster
    for (a, b), score in graph.items():
        if cluster_of[a] == cluster_of[b]:
            centrality[a] += score
            centrality[b] += score
    return [
        EventCluster(
            [reports[i] for i in members],
            max(range(len(members)), key=lambda i: (centrality[members[i]], -i)),
        )
        for members in groups
    ]


def _report(
    source: int, order: int, event: Event, resolve: Callable[[int, str], str | None]
) -> Report:
    stems = content_stems(" ".join(e.quote for e in event.evidence))
    if len(stems) < _MIN_QUOTE_STEMS:
        stems |= content_stems(event.summary)
    actors = frozenset(resolve(source, name) or name for name in event.actors)
    return Report(source, order, event, actors, stems)


def _average_link(n: int, graph: dict[tuple[int, int], float]) -> list[list[int]]:
    """Average-link clusters of `n` reports: merge the most similar pair while it is similar enough.

    Two clusters can only average above the threshold if some report pair between them is above
    it, so the work is done separately inside each component of above-threshold pairs.
    """
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for (a, b), score in graph.items():
        if score >= SAME_EVENT_THRESHOLD:
            parent[root(b)] = root(a)
    components: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        components[root(i)].append(i)
    inside: dict[int, dict[tuple[int, int], float]] = defaultdict(dict)
    for (a, b), score in graph.items():
        if root(a) == root(b):
            inside[root(a)][(a, b)] = score
    groups: list[list[int]] = []
    for key, members in components.items():
        groups.extend(
            _average_link_within(members, inside.get(key, {})) if len(members) > 1 else [members]
        )
    return sorted(groups, key=min)


def _average_link_within(nodes: list[int], graph: dict[tuple[int, int], float]) -> list[list[int]]:
    members: dict[int, list[int]] = {i: [i] for i in nodes}
    sums: dict[int, dict[int, float]] = defaultdict(dict)
    for (a, b), score in graph.items():
        sums[a][b] = score
        sums[b][a] = score
    heap = [(-score, a, b) for (a, b), score in graph.items() if score >= SAME_EVENT_THRESHOLD]
    heapq.heapify(heap)
    while heap:
        negative, a, b = heapq.heappop(heap)
        if a not in members or b not in members:
            continue
        current = sums[a].get(b, 0.0) / (len(members[a]) * len(members[b]))
        if abs(current + negative) > 1e-12:
            continue  # stale entry: the pair's average changed since it was pushed
        members[a].extend(members.pop(b))
        for other, score in sums.pop(b).items():
            sums[other].pop(b, None)
            if other != a:
                sums[a][other] = sums[a].get(other, 0.0) + score
                sums[other][a] = sums[a][other]
        sums[a].pop(b, None)
        sums[a].pop(a, None)
        for other, total in sums[a].items():
            average = total / (len(members[a]) * len(members[other]))
            if average >= SAME_EVENT_THRESHOLD:
                heapq.heappush(heap, (-average, min(a, other), max(a, other)))
    return list(members.values())


def merged_event(cluster: EventCluster) -> Event:
    """One event standing for all the reports in `cluster`."""
    reports = cluster.reports
    typical = reports[cluster.typical]
    day = consensus_date(cluster)
    dated = next((r for r in reports if r.event.date == day and r.event.date_text), None)
    actors: list[str] = []
    for report in reports:
        actors.extend(a for a in sorted(report.actors) if a not in actors)
    return Event(
        summary=typical.event.summary,
        date=day,
        date_text=dated.event.date_text if dated else typical.event.date_text,
        actors=actors,
        evidence=union_evidence(e for r in reports for e in r.event.evidence),
    )


def consensus_date(cluster: EventCluster) -> dt.date | None:
    """The date most reports give; on a tie, the earliest source's."""
    dates = [r.event.date for r in cluster.reports if r.event.date]
    if not dates:
        return None
    counts = Counter(dates)
    return max(counts, key=lambda d: (counts[d], -dates.index(d)))


def timeline_order(event: Event) -> tuple[int, dt.date, int, int]:
    """Dated events by date, then undated ones; ties by first source and position."""
    first = event.evidence[0]
    return (0 if event.date else 1, event.date or dt.date.min, first.source, first.start)
