"""Group the events that several articles report into one event each.

A happening is identified by what happened (the lemma of the word naming it: 'arrest',
'earthquake'), who took part (resolved actors), and when. Reports are compared only with
clusters of the same predicate that share a participant, so the work grows with the number of
reports, not its square:

- identical and near-identical reports (the same content words, five or more) always merge;
- a report joins the cluster of its predicate with which it shares the most participants,
  when their stated days are at most a day apart;
- a report naming no participant (the earthquake, the shooting) joins by its article's lead
  actors instead: articles about one story name the same people;
- similar happenings on different days or with other people stay apart; so do reports on two
  weekdays, and reports of two stories (articles naming no person in common) unless they share
  a person;
- two clusters that came to tell one happening (a report fitted none when it came; later
  reports tied it to another cluster) are joined, unless a report of either is set apart;
- what two sentences tell beside one merged happening, by the same word, is one happening too
  ('…, killing one man' in two reports of one shooting), unless something sets them apart.

A merged event keeps every report's evidence, the summary of its most typical report, the day
most reports give (reports giving another day become a disagreement, not a silent choice), and
says why its reports were merged (`merged_on`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..models import ArticleExtraction, Event, union_evidence
from ..text.dates import (
    MONTHS,
    WEEKDAY,
    WEEKDAYS,
    YEAR,
    counts_from_writing_day,
    day_in_window,
    names_a_month,
    resolve_date,
    writing_window,
)
from ..text.lemmas import lemma
from ..text.names import fold_name
from ..text.places import (
    NOWHERE,
    PlacesSeen,
    Whereabouts,
    landmarks_in,
    places_agree,
    places_in,
    share_a_place,
    share_a_spot,
    state_code,
    whereabouts,
)
from ..text.predicates import (
    EVENT_NOUNS,
    FINITE_AUXILIARIES,
    IRREGULAR_PAST,
    NAMED_OCCASIONS,
    happening_kind,
    is_past_form,
    noun_lemma,
    predicates_in,
    verb_lemma,
)
from ..text.words import STOPWORDS, content_stems, opens_with_a_pronoun, stem

SAME_DAY_TOLERANCE = 1
"""Days apart two reports of one happening may state (a late-night event, time zones)."""
LEAD_ACTORS = 3
"""Actors an article is 'about' (most mentioned): they stand in for participants not named."""
_ORDINAL = re.compile(rf"\b\d+(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:{MONTHS}))", re.IGNORECASE)
"""'the 81st Academy Awards' and 'the 85th' are two ceremonies (not 'the 3rd of May')."""
_NUMBER = re.compile(r"\b\d[\d,.]*\b")
_WORDS = re.compile(r"[a-z]+")
MIN_SIGNATURE = 5
_CLAUSE_WORDS = 4
"""Content words a report needs for its wording alone to make it one happening with another:
'released on bail' is said of many happenings."""
_SIGNED_WORDS = 2
"""Words besides names and the verb a report needs for its wording to identify a happening:
'The Academy of Motion Picture Arts and Sciences announced' is said every year."""
_CHECK_EVERY = 256
MAX_POSTINGS = 200
"""Clusters an index key lists at most: a word in more says nothing about which happening."""


@dataclass(frozen=True, slots=True)
class Report:
    """One article's report of an event, with what identifies the happening."""

    source: int
    order: int
    event: Event
    predicates: frozenset[str]
    actors: frozenset[str]
    people: frozenset[str]
    """The participants who are persons: who a happening is about."""
    agents: frozenset[str]
    """Participants who did it, and those it was done to, where the report says."""
    patients: frozenset[str]
    years: frozenset[str]
    """Years and ordinals the report names: 'in 2014', 'the 85th'."""
    stretch: str | None
    stems: frozenset[str]
    """Content words besides the predicate and the participants' names."""
    lead: frozenset[str]
    signature: frozenset[str]
    """Every content word, names included: near-identical reports share it."""
    published: dt.date | None = None
    """When the report's article came out: it cannot tell of a happening days later."""
    story: int | None = None
    """The story its article tells (articles that name one person tell one), if known."""
    weekdays: frozenset[int] = frozenset()
    """The weekdays its words name ('on Saturday'), read once."""
    hour: str | None = None
    """The part of the day its date names ('morning', 'evening'), read once."""
    where: Whereabouts = NOWHERE
    """Its places read for comparing (`places.whereabouts`), once."""
    article_names: frozenset[str] = frozenset()
    """Every actor its article names: whom an unnamed 'he' in it may be."""
    of_someone_unnamed: bool = False
    """It names no participant and opens on a pronoun or a verb (`_of_someone_unnamed`)."""
    nationalities: frozenset[str] = frozenset()
    """The countries of the people it describes by nationality ('an Australian climber')."""
    recent: bool = False
    """Told in the present perfect ('a quake has hit southern Iran'): its article's news."""
    occasions: frozenset[str] = frozenset()
    """The occasions it names by their one-word names ('the Oscars', 'the Tonys')."""
    another: bool = False
    """Its words call it another of its kind ('in two other trials'): not the news."""


@dataclass
class EventCluster:
    """Reports judged to be one happening, in source order."""

    reports: list[Report] = field(default_factory=list)
    typical: int = 0
    """Index in `reports` of the report that stands for all (its summary is the event's)."""
    reasons: list[str] = field(default_factory=list)
    actors: Counter[str] = field(default_factory=Counter)
    people: Counter[str] = field(default_factory=Counter)
    agents: set[str] = field(default_factory=set)
    patients: set[str] = field(default_factory=set)
    where: PlacesSeen = field(default_factory=PlacesSeen)
    """The places of its reports, read for comparing."""
    years: set[str] = field(default_factory=set)
    stretches: set[str] = field(default_factory=set)
    periods: set[str] = field(default_factory=set)
    """The months and years its undated reports are placed in ('2022-02', '1990')."""
    recent: bool = False
    """One of its reports is told in the present perfect: an article's own news."""
    stems: set[str] = field(default_factory=set)
    lead: set[str] = field(default_factory=set)
    days: Counter[dt.date] = field(default_factory=Counter)
    first_published: dt.date | None = None
    predicates: set[str] = field(default_factory=set)
    stories: set[int] = field(default_factory=set)
    weekdays: set[int] = field(default_factory=set)
    """Weekdays its reports name ('on Saturday'), dated or not."""
    nationalities: set[str] = field(default_factory=set)
    occasions: frozenset[str] = frozenset()
    """The occasions its reports name by one word (few do: no set of its own until one)."""
    hours: set[str] = field(default_factory=set)
    """The parts of the day its reports name ('morning', 'evening')."""
    written_days: set[str] = field(default_factory=set)
    """Calendar days its undated reports write without a year ('Sept. 5')."""

    of_someone_unnamed: bool = True
    """Whether every report of it tells of someone it does not name ('He received …')."""
    another: bool = True
    """Whether every report of it calls it another of its kind (`Report.another`)."""

    def add(self, report: Report, reasons: Sequence[str] = ()) -> None:
        self.reports.append(report)
        self.of_someone_unnamed = self.of_someone_unnamed and report.of_someone_unnamed
        self.another = self.another and report.another
        self.predicates |= report.predicates
        for actor in report.actors:  # (Counter.update checks its argument's type: slower)
            self.actors[actor] += 1
        for person in report.people:
            self.people[person] += 1
        self.agents |= report.agents
        self.patients |= report.patients
        self.where.add(report.where)
        self.years |= report.years
        if report.stretch:
            self.stretches.add(report.stretch)
        if report.event.period:
            self.periods.add(report.event.period)
        self.recent = self.recent or report.recent
        self.stems |= report.stems
        self.lead |= report.lead
        if report.story is not None:
            self.stories.add(report.story)
        self.weekdays |= report.weekdays
        self.nationalities |= report.nationalities
        if report.occasions:
            self.occasions |= report.occasions
        if report.hour is not None:
            self.hours.add(report.hour)
        if report.event.date:
            self.days[report.event.date] += 1
        elif _writes_a_day(report.event):
            self.written_days.add(str(report.event.date_text))
        if report.published and (
            self.first_published is None or report.published < self.first_published
        ):
            self.first_published = report.published
        self.reasons.extend(r for r in reasons if r not in self.reasons)

    def fits_day(self, day: dt.date | None) -> bool:
        """Whether a report of `day` can be this happening (no stated day always can)."""
        if day is None or not self.days:
            return True
        consensus = self.days.most_common(1)[0][0]
        return abs((day - consensus).days) <= SAME_DAY_TOLERANCE


def cluster_events(
    extractions: Sequence[ArticleExtraction],
    resolve: Callable[[int, str], str | None],
    is_person: Callable[[str], bool] = lambda name: False,
    published: Mapping[int, dt.date] | None = None,
    check: Callable[[], None] = lambda: None,
    stories: Mapping[int, int] | None = None,
) -> list[EventCluster]:
    """Group every article's events into clusters of one happening each, in first-report order.

    `resolve` gives the merged actor a name in an article means; `is_person` says whether a
    merged actor is a person; `published` gives articles' publication dates by source; `check`
    is called now and then and may raise to abandon the work; `stories` the articles' stories
    (`article_stories`), when already worked out."""
    published = published or {}
    if stories is None:
        stories = article_stories(extractions, resolve, is_person)
    reports: list[Report] = []
    wordings: dict[_WordingKey, _Wording] = {}
    for extraction in extractions:  # what an article's reports share, worked out once
        setting = _Setting(
            _lead_actors(extraction, resolve),
            _article_places(extraction),
            published.get(extraction.source),
            stories.get(extraction.source),
            frozenset(
                resolve(extraction.source, actor.name) or actor.name
                for actor in extraction.actors
                if not actor.unnamed
            ),
        )
        reports.extend(
            _report(extraction, order, event, resolve, is_person, setting, wordings)
            for order, event in enumerate(extraction.events)
        )
    clusters: list[EventCluster] = []
    by_signature: dict[frozenset[str], int] = {}
    by_key: dict[tuple[str, str], list[int]] = {}
    for number, report in enumerate(reports):
        if number % _CHECK_EVERY == 0:
            check()
        signed = len(report.signature) >= MIN_SIGNATURE and len(report.stems) >= _SIGNED_WORDS
        identical = by_signature.get(report.signature) if signed else None
        if identical is not None and _same_time(clusters[identical], report):
            clusters[identical].add(report, ["identical report"])
            continue
        home, reasons = _best_cluster(clusters, by_key, report)
        if home is None:
            clusters.append(EventCluster())
            home = len(clusters) - 1
        clusters[home].add(report, reasons)
        if signed:
            by_signature.setdefault(report.signature, home)
        _index(by_key, report, home)
    clusters = _join_split_clusters(clusters, by_key, check)
    clusters = _merge_sentence_siblings(clusters)
    for cluster in clusters:
        cluster.typical = _typical(cluster)
    return clusters


def _root(parent: list[int] | dict[int, int], item: int) -> int:
    """The representative of `item`'s set in a union-find `parent` map, halving paths."""
    while parent[item] != item:
        parent[item] = parent[parent[item]]
        item = parent[item]
    return item


def _join_split_clusters(
    clusters: list[EventCluster],
    by_key: dict[tuple[str, str], list[int]],
    check: Callable[[], None],
) -> list[EventCluster]:
    """Join two clusters that had become one happening told twice.

    A report joins the cluster it fits best when it comes; one that fits none yet starts its
    own ('She died peacefully in her sleep' before any report of the death shared a word with
    it), and the reports after it may make the two clusters alike. A later cluster joins an
    earlier one of its predicate when every one of its reports fits the earlier cluster
    (`_fit`: ties and nothing apart) and nothing sets any of the earlier cluster's reports
    apart from it (`_apart`). Candidates come from the index keys, as for a report."""
    parent = list(range(len(clusters)))

    def root(number: int) -> int:
        return _root(parent, number)

    for number, guest in enumerate(clusters):
        if number % _CHECK_EVERY == 0:
            check()
        keys = {key for report in guest.reports for key in _keys(report)}
        earlier = {root(i) for key in keys for i in by_key.get(key, ()) if i < number}
        for other in sorted(earlier):
            home = clusters[other]
            reasons = []
            for report in guest.reports:  # (one that does not fit ends the comparison)
                why = _fit(home, report)
                if why is None:
                    break
                reasons.append(why)
            if len(reasons) < len(guest.reports) or any(_apart(guest, r) for r in home.reports):
                continue
            parent[number] = other
            for report, why in zip(guest.reports, reasons, strict=True):
                home.add(report, why)
            home.reports.sort(key=lambda r: (r.source, r.order))
            break
    return [c for n, c in enumerate(clusters) if parent[n] == n]


def _merge_sentence_siblings(clusters: list[EventCluster]) -> list[EventCluster]:
    """Join the other happenings of sentences that report one happening alike.

    'Opened fire at the party Friday, killing one man' in two articles: the shooting merged,
    so the killing each sentence tells beside it, by the same word, is one killing too, though
    'killing one man' alone names no one to tie it by. A sentence telling of two happenings by
    one word ties neither; what keeps two happenings apart (days, places, years, figures,
    words, who did it to whom) still does. Linear: each sentence is visited from the clusters
    of its reports."""
    in_sentence: dict[tuple[int, str], list[tuple[int, Report]]] = {}
    for number, cluster in enumerate(clusters):
        for report in cluster.reports:
            key = (report.source, report.event.summary)
            in_sentence.setdefault(key, []).append((number, report))
    parent = list(range(len(clusters)))
    figures = [{_figures(r) for r in c.reports} - {frozenset()} for c in clusters]
    joined: set[int] = set()

    def root(number: int) -> int:
        return _root(parent, number)

    for number, cluster in enumerate(clusters):
        if len({r.source for r in cluster.reports}) < 2:
            continue
        by_predicate: dict[str, dict[int, None]] = {}  # (a dict: ordered, and O(1) to ask)
        for key in sorted({(r.source, r.event.summary) for r in cluster.reports}):
            told = Counter(p for _, r in in_sentence[key] for p in r.predicates)
            for other, sibling in in_sentence[key]:
                if other != number and len(sibling.predicates) == 1:
                    (predicate,) = sibling.predicates
                    if told[predicate] == 1:
                        by_predicate.setdefault(predicate, {})[other] = None
        for siblings in by_predicate.values():
            first, *others = siblings
            for other in others:
                a, b = sorted((root(first), root(other)))
                home, guest = clusters[a], clusters[b]
                if a == b:
                    continue
                words = _words(home.stems)  # (once a pair, not once a report)
                if any(_unlike(home, words, r, figures[a]) for r in guest.reports):
                    continue
                parent[b] = a
                for report in guest.reports:
                    home.add(report)
                figures[a] |= figures[b]
                if not joined & {a, b}:
                    home.reasons.append(f"told beside one happening: {_main_predicate(cluster)}")
                joined.add(a)
    for number in joined:
        clusters[number].reports.sort(key=lambda r: (r.source, r.order))
    return [c for n, c in enumerate(clusters) if parent[n] == n]


def _unlike(
    cluster: EventCluster, theirs: set[str], report: Report, figures: set[frozenset[str]]
) -> bool:
    """What tells a sentence's other happening from the cluster's, with nothing else to tie
    them: `_apart`; other words than the cluster's (`theirs`: 'moved to Florida' is not 'moved
    around the country'; 'the fire' and 'the fire' say nothing against); or figures none of the
    cluster's `figures` (one set a report) has in common ('fell 600m' is not 'fell about 200
    feet')."""
    words = _words(report.stems)
    if words and theirs and not words & theirs:
        return True
    ours = _figures(report)
    return bool(ours and any(not ours & other for other in figures)) or _apart(cluster, report)


def _words(stems: Iterable[str]) -> set[str]:
    """The stems that are words, not figures."""
    return {w for w in stems if not w[0].isdigit()}


_DIGITS = re.compile(r"\d[\d,]*")


def _figures(report: Report) -> frozenset[str]:
    return frozenset(
        number.replace(",", "")
        for evidence in report.event.evidence
        for number in _DIGITS.findall(evidence.quote)
    )


def _keys(report: Report) -> list[tuple[str, str]]:
    """Index keys: the predicate with each participant, lead actor and content word."""
    return [
        (predicate, key)
        for predicate in report.predicates
        for key in (
            *(f"a:{a}" for a in report.actors),
            *(f"l:{a}" for a in report.lead),
            *(f"s:{s}" for s in report.stems),
        )
    ]


def _index(by_key: dict[tuple[str, str], list[int]], report: Report, home: int) -> None:
    for key in _keys(report):
        members = by_key.setdefault(key, [])
        if len(members) < MAX_POSTINGS and (not members or members[-1] != home):
            members.append(home)


def _best_cluster(
    clusters: Sequence[EventCluster],
    by_key: dict[tuple[str, str], list[int]],
    report: Report,
) -> tuple[int | None, list[str]]:
    """The cluster of one of the report's predicates that it fits best, and why; or None."""
    candidates = {i for key in _keys(report) for i in by_key.get(key, ())}
    best: tuple[tuple[int, int, int, int], list[str]] | None = None
    for i in sorted(candidates):
        cluster = clusters[i]
        reasons = _fit(cluster, report)
        if reasons is None:
            continue
        shared_actors = sum(1 for a in report.actors if cluster.actors[a])
        shared_words = len(report.stems & cluster.stems)
        score = (shared_actors, shared_words, len(report.lead & cluster.lead), -i)
        if best is None or score > best[0]:
            best = (score, reasons)
    if best is None:
        return None, []
    return -best[0][3], best[1]


def _fit(cluster: EventCluster, report: Report) -> list[str] | None:
    """Why `report` is the cluster's happening, or None when it is another one.

    Same predicate, days at most a day apart, no two different places, no two disjoint sets of
    participants; then shared participants, or two shared content words, or (when neither
    names anyone) the same story's lead actors and a shared content word."""
    predicates = sorted(report.predicates & cluster.predicates)
    if not predicates or _apart(cluster, report):
        return None
    shared_actors = sorted(a for a in report.actors if cluster.actors[a])
    words = report.stems & cluster.stems
    if all(p in _TOLD_BY_THEIR_OBJECT for p in predicates) and not _words(words):
        return None  # 'took her gun', 'took the staff captive', 'took aim at his parents':
        # one man, one day, three happenings; what was taken tells them
    if len(report.event.evidence[0].quote.split()) < _CLAUSE_WORDS and not (
        shared_actors
        or (report.event.date and cluster.days)
        or share_a_place(report.where, cluster.where)
    ):
        return None  # a noun alone ('the incident', 'the game') tied to nothing: no one happening
    if (
        _other_story(cluster, report)
        and not any(cluster.people[p] for p in report.people)
        and not (report.event.date and cluster.days)
    ):
        return None  # a body or words in common, but articles of other people and no day
        # in common: another story (the day both give ties a ferry sinking quoted by others)
    reasons = [f"same happening: {predicates[0]}"]
    if (
        shared_actors
        and not words
        and all(p in _WHAT_IS_NAMED_AFTER for p in predicates)
        and not (report.event.date and cluster.days)
    ):
        return None  # 'NASA announced a milestone for its rocket' and 'NASA announced that five
        # companies …': a body announces many things, whether or not the story is mostly
        # about it ('the Academy announced', of two hosts a year apart); what, not who, tells one
    if shared_actors:
        reasons.append("shared participants: " + ", ".join(shared_actors))
    elif len(words) >= 2 and not (
        report.of_someone_unnamed
        and (cluster.of_someone_unnamed or _names_none_of(report, cluster.people))
        and not (report.event.date and cluster.days)
    ):  # 'She has already received a nomination for …' and 'He also received two
        # nominations in …': who received them, neither says; the words alone tell no one
        reasons.append("shared words: " + ", ".join(sorted(words)[:4]))
    elif (
        any(state_code(word) is None for word in words)  # 'russia' alone: the whole story's
        and report.lead & cluster.lead
        and not (report.actors or cluster.actors)
    ):
        reasons.append("same story: " + ", ".join(sorted(report.lead & cluster.lead)))
    elif report.event.date and cluster.days and (spot := share_a_spot(report.where, cluster.where)):
        reasons.append(f"same place: {spot}")  # 'sank off Kalymnos on Sunday', twice
    elif words and report.event.period and report.event.period in cluster.periods:
        reasons.append(f"same period: {report.event.period}")
    else:
        return None
    if report.event.date and cluster.days:
        reasons.append(f"same day: {report.event.date.isoformat()}")
    return reasons


def _names_none_of(report: Report, people: Counter[str]) -> bool:
    """Whether the report's article names none of the cluster's people: its 'he' is then
    someone else ('He also received two nominations …' of Bill Conti, not Mike Leigh)."""
    return bool(people) and not any(person in report.article_names for person in people)


def _of_someone_unnamed(actors: frozenset[str], event: Event) -> bool:
    """A report that names no participant and whose words open on a pronoun or a verb ('He
    also received …', 'has also received …'): whoever it is about, read out of its article,
    is no one."""
    if actors:
        return False
    first = event.evidence[0].quote.split(maxsplit=1)[:1]
    return bool(first) and (
        opens_with_a_pronoun(first[0]) or first[0].lower() in FINITE_AUXILIARIES
    )


def _apart(cluster: EventCluster, report: Report) -> bool:
    """Whether something tells the report's happening from the cluster's: its time, its
    place, the years or occasions named, other participants, or who did it to whom."""
    if not _same_time(cluster, report) or not places_agree(report.where, cluster.where):
        return True
    if report.another != cluster.another:
        return True  # 'had already been sentenced … in two other trials' is not the sentencing
    if report.years and cluster.years and not report.years & cluster.years:
        return True  # 'annexed in 2014' and 'annexed in 2022' are two happenings
    if _other_year(report.years, set(cluster.days)) or _other_year(
        cluster.years, {report.event.date} if report.event.date else set()
    ):
        return True  # 'played for the Bluejays from 1995-99' is not Saturday's game
    if (
        not (report.years and cluster.years)
        and not _placed_in_a_year_named(report, cluster)
        and (
            _years_before(report.years, cluster.first_published)
            or _years_before(cluster.years, report.published)
        )
    ):
        return True  # 'hosted the Oscars in 2007', told in 2013, is not 2013's 'to host'
        # (unless both sides name the year: 'annexed in 2014', twice)
    if report.actors and cluster.actors and not any(cluster.actors[a] for a in report.actors):
        return True
    if (
        report.nationalities
        and cluster.nationalities
        and cluster.nationalities.isdisjoint(report.nationalities)
    ):
        return True  # 'a British climber' is not 'an Australian man'
    if report.occasions and cluster.occasions and cluster.occasions.isdisjoint(report.occasions):
        return True  # 'has hosted the Tonys' is not 'will host the Oscars'
    predicates = sorted(report.predicates & cluster.predicates)
    if not predicates_symmetric(predicates) and _other_roles(report, cluster):
        return True
    # a team or a country in common, but other people: another happening
    return bool(
        report.people and cluster.people and not _same_people(report.people, cluster.people)
    )


_TOLD_BY_THEIR_OBJECT = frozenset("take make give get put hold have keep set bring".split())
"""Verbs that name no happening of their own: what was taken or made tells which one."""
_WHAT_IS_NAMED_AFTER = frozenset("announce award select unveil release plan launch".split())
"""Predicates whose happening is told apart by its object more than by its doer."""
_SYMMETRIC = frozenset("meet talk speak negotiate fight face play clash draw".split())
"""Predicates whose two sides do it together: 'A met B' is 'B met A'."""


def predicates_symmetric(predicates: Sequence[str]) -> bool:
    """Whether what the reports share is done by both sides alike ('met', 'played')."""
    return bool(predicates) and all(p in _SYMMETRIC for p in predicates)


def _other_story(cluster: EventCluster, report: Report) -> bool:
    known = report.story is not None and bool(cluster.stories)
    return known and report.story not in cluster.stories


def article_stories(
    extractions: Sequence[ArticleExtraction],
    resolve: Callable[[int, str], str | None],
    is_person: Callable[[str], bool],
) -> dict[int, int]:
    """Group articles into stories: two articles that name one person tell one story.

    A folder may hold two similar happenings (two hit-and-runs, two hosts announced by one
    academy); their reports merge on shared words or bodies only within one story. Articles
    naming no person belong to no known story. Linear: one pass with union-find."""
    parent: dict[int, int] = {}

    def root(source: int) -> int:
        return _root(parent, source)

    first_with: dict[str, int] = {}
    for extraction in extractions:
        people = {
            resolve(extraction.source, a.name) or a.name
            for a in extraction.actors
            if a.kind == "person" and not a.unnamed
        }
        people = {p for p in people if is_person(p)}
        if not people:
            continue
        parent.setdefault(extraction.source, extraction.source)
        for person in sorted(people):
            other = first_with.setdefault(person, extraction.source)
            parent[root(other)] = root(extraction.source)
    return {source: root(source) for source in parent}


def _other_patients(report: frozenset[str], cluster: set[str]) -> bool:
    """Both name whom it was done to, and no one in common, even by surname ('Jackson' is
    'Vincent Jackson'): two happenings."""
    if not report or not cluster:
        return False
    ends = {fold_name(name).rsplit(" ", 1)[-1] for name in cluster}
    return not any(fold_name(name).rsplit(" ", 1)[-1] in ends for name in report)


def _other_roles(report: Report, cluster: EventCluster) -> bool:
    """Who did it or to whom tells two happenings apart: 'Mark fired at Riva' is not 'Mark
    was fired', 'A shot B' not 'B shot A', 'Obama nominated Benjamin' not 'Obama nominated
    Collins', 'the Angels offered Teixeira' not 'the Red Sox offered Teixeira'. Not for
    what two sides do together ('A met B' is 'B met A')."""
    if report.agents & cluster.patients or report.patients & cluster.agents:
        return True
    return _other_patients(report.patients, cluster.patients) or _other_agents(report, cluster)


def _other_agents(report: Report, cluster: EventCluster) -> bool:
    """Both say who did it, as bodies or as people alike, and no one in common: two
    happenings. A person and a body may be one side ('Epstein offered', 'the Red Sox
    offered'), so only like is compared with like."""
    theirs_people = {a for a in cluster.agents if cluster.people[a]}
    ours_people = report.agents & report.people
    if ours_people and theirs_people and _other_patients(ours_people, theirs_people):
        return True
    theirs_bodies = cluster.agents - theirs_people
    ours_bodies = report.agents - report.people
    return bool(ours_bodies and theirs_bodies and not ours_bodies & theirs_bodies)


def _placed_in_a_year_named(report: Report, cluster: EventCluster) -> bool:
    """Whether one side is placed in a year the other names: 'In 2009, police said they had
    recovered 80% of the haul' is 'they had recovered 80 percent of the haul in 2009'."""
    period = report.event.period
    return bool(period and period[:4] in cluster.years) or any(
        p[:4] in report.years for p in cluster.periods
    )


def _other_year(years: Iterable[str], days: set[dt.date]) -> bool:
    """Years a report names, none of them the year of the days the other side is dated."""
    named = {int(y) for y in years if y.isdigit() and len(y) == 4}
    return bool(named and days) and not named & {d.year for d in days}


def _years_before(years: Iterable[str], published: dt.date | None) -> bool:
    """Years one side names that all lie before the year before the other side's articles
    came out: that side tells of a happening long past, the other of its own news ('the
    December 2004 tsunami' told in January 2005 is still that news)."""
    named = [int(y) for y in years if y.isdigit() and len(y) == 4]
    return published is not None and bool(named) and max(named) < published.year - 1


def _same_time(cluster: EventCluster, report: Report) -> bool:
    """Days at most a day apart, the same stretch of time ('last month' and 'on Monday' are
    two times), and no article telling of it before it happened."""
    if not cluster.fits_day(report.event.date) or not _periods_fit(
        cluster, report.event, report.recent
    ):
        return False
    if not _written_day_fits(cluster, report.event) or not _weekday_fits(cluster, report):
        return False
    if _a_weekday_against_a_period(cluster, report):
        return False
    if (
        report.stretch
        and cluster.stretches
        and report.stretch not in cluster.stretches
        and not _weekend_and_its_day(report, cluster)
    ):
        return False
    if report.hour is not None and cluster.hours and report.hour not in cluster.hours:
        return False  # 'on Monday morning' is not 'on Monday evening'
    ago = {p for p in (report.stretch, *cluster.stretches) if p and p.endswith(_BACK)}
    if ago and not (report.stretch in ago and report.stretch in cluster.stretches):
        return False  # 'a year ago', 'three weeks before he died' are their own time: only
        # another report of that time joins
    return _told_after(cluster, report)  # 'O'Brien was fired' in May: not his June firing


def _a_weekday_against_a_period(cluster: EventCluster, report: Report) -> bool:
    """'a gunman opened fire on the crowd Sunday' (an undated article) and 'storms a cinema
    in July 2012, opening fire': a weekday places a happening in its article's week, a month
    or year without a day places it in its own time; with no day to compare, two times."""
    if cluster.days or report.event.date is not None:
        return False
    if report.weekdays and not report.event.period:
        return bool(cluster.periods)
    return bool(report.event.period) and bool(cluster.weekdays) and not cluster.periods


_BACK = ("ago", "before", "earlier")
"""How a stretch counted back from another time ends: 'a year ago', 'three weeks before'."""


def _part_of_day(date_text: str | None) -> str | None:
    """'morning' or 'evening' when the words dating a report name one ('on Monday morning',
    'late on Sunday night'); an afternoon, or no part, may be either."""
    words = set((date_text or "").lower().split())
    if words & _MORNING:
        return "morning"
    if words & _EVENING:
        return "evening"
    return None


_MORNING = frozenset("morning dawn daybreak".split())
_EVENING = frozenset("evening night tonight".split())


def _periods_fit(cluster: EventCluster, event: Event, recent: bool) -> bool:
    """Whether the report's month or year holds the cluster's days, months and years, and its
    day lies in theirs: 'founded in 1990' is not 'founded in 2002', nor 'began in February
    2022' the talks that began on 2025-03-11. Nor is an article's own news, told in the
    present perfect without a day, what happened in a month or year it names ('a quake has hit
    southern Iran' is not 'a quake hit Zarand in February')."""
    mine = event.period or (event.date.isoformat() if event.date else None)
    if mine is None:
        return not (cluster.periods and recent)
    if event.period and cluster.recent and not cluster.days:
        return False
    theirs = set(cluster.periods)
    if event.period:
        theirs.update(day.isoformat() for day in cluster.days)
    return all(mine.startswith(other) or other.startswith(mine) for other in theirs)


_WEEKEND = frozenset({5, 6})


def _weekend_and_its_day(report: Report, cluster: EventCluster) -> bool:
    """'Arrested last weekend' and 'arrested early Sunday' are one time: a weekend and a day
    of it. Any other weekday, or a weekend against another stretch, is another time."""
    stretches = {report.stretch, *cluster.stretches}
    weekend = {p for p in stretches if p and p.endswith("weekend")}
    if len(weekend) != 1 or stretches - weekend != {"this week"}:
        return False
    days = report.weekdays if report.stretch == "this week" else frozenset(cluster.weekdays)
    return bool(days) and days <= _WEEKEND


def _weekdays(text: str | None) -> frozenset[int]:
    words = set(re.findall(r"[a-z]+", (text or "").lower()))
    return frozenset(number for number, day in enumerate(WEEKDAYS) if day in words)


def _weekday_fits(cluster: EventCluster, report: Report) -> bool:
    """A report dated on a Wednesday is not the happening other reports say was on a Saturday
    ('Cheeks was fired March 2' is not 'fired Cheeks on Saturday'); a day apart may be time
    zones or a late night."""
    named: frozenset[int] = report.weekdays
    if report.event.date is not None:
        named = frozenset({report.event.date.weekday()})
    theirs = set(cluster.weekdays)
    if cluster.days:  # its day, not a chain of days each a day from the last
        theirs = {cluster.days.most_common(1)[0][0].weekday()}
    if not named or not theirs:
        return True
    return all(min((a - b) % 7, (b - a) % 7) <= SAME_DAY_TOLERANCE for a in named for b in theirs)


def _written_day_fits(cluster: EventCluster, event: Event) -> bool:
    """An undated report that writes a calendar day without its year ('convicted March 20', in
    an article with no date) is not the happening of a cluster dated on another day; nor is a
    report dated on another day than one its cluster's undated reports write, whichever came
    first."""
    if event.date is not None:
        return all(
            _near(resolve_date(text, event.date), event.date) for text in cluster.written_days
        )
    if not _writes_a_day(event) or not cluster.days:
        return True
    consensus = cluster.days.most_common(1)[0][0]
    return _near(resolve_date(event.date_text, consensus), consensus)


def _writes_a_day(event: Event) -> bool:
    return event.date is None and bool(event.date_text) and names_a_month(event.date_text or "")


def _near(day: dt.date | None, other: dt.date) -> bool:
    """Whether a day read from words (None: no day) is at most a day from `other`."""
    return day is None or abs((day - other).days) <= SAME_DAY_TOLERANCE


def _told_after(cluster: EventCluster, report: Report) -> bool:
    """Every article telling of the happening came out no earlier than a day before it."""
    tolerance = dt.timedelta(days=SAME_DAY_TOLERANCE)
    consensus = cluster.days.most_common(1)[0][0] if cluster.days else None
    if report.published and consensus and consensus > report.published + tolerance:
        return False
    day = report.event.date
    return not (day and cluster.first_published and day > cluster.first_published + tolerance)


def _same_people(people: frozenset[str], cluster: Counter[str]) -> bool:
    """Most of the report's people are the cluster's: 'Trump and Putin' talking is not
    'Witkoff and Putin' meeting, though Putin is in both."""
    shared = sum(1 for p in people if cluster[p])
    return shared > 0 and shared * 2 >= min(len(people), len(cluster))


_STRETCHES = re.compile(
    r"\b(?:last|next|this)\s+(?:week|month|year|weekend)\b"
    r"|\b(?:(?:a|an|one|two|three|four|five|six|several|few|\d+)\s+)?(?:day|week|month|year)s?"
    r"\s+(?:ago|before|earlier)\b"
    r"|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)\b",
    re.IGNORECASE,
)


_OPENING_WORDS = 6


def _stretch(event: Event) -> str | None:
    """The stretch of time the report's own words place it in: 'last month', 'a weekday'."""
    found = _STRETCHES.search(" ".join(e.quote for e in event.evidence))
    opening, comma, _ = event.summary.partition(",")
    if found is None and comma and len(opening.split()) <= _OPENING_WORDS:
        found = _STRETCHES.search(opening)  # 'A year ago, the Sixers fired …'
    if found is None:
        return None
    words = found.group().lower().split()
    return " ".join(words) if len(words) > 1 else "this week"


@dataclass(frozen=True)
class _Wording:
    """What a report's own words say, whoever its article names: read once per wording, since
    a wire story reprinted by many outlets gives many reports the same words."""

    predicates: frozenset[str]
    years: frozenset[str]
    every: frozenset[str]
    stems: frozenset[str]
    """Content words besides the predicate and untelling adverbs (names not yet removed)."""
    places: frozenset[str]
    landmarks: frozenset[str]
    stretch: str | None
    weekdays: frozenset[int]
    hour: str | None
    folded: str
    """The words folded (`fold_name`), spaced at both ends: where to look for known places."""
    nationalities: frozenset[str]
    recent: bool
    occasions: frozenset[str]
    another: bool


_NO_OCCASIONS: frozenset[str] = frozenset()


def _wording(event: Event, text: str) -> _Wording:
    predicates = frozenset({event.predicate}) if event.predicate else predicates_in(text)
    numbered = frozenset(YEAR.findall(text)) | frozenset(o.lower() for o in _ORDINAL.findall(text))
    every = (
        content_stems(text) | frozenset(_NUMBER.findall(text)) | numbered
    )  # '12 killed', '12 dead'
    words = frozenset(_WORDS.findall(text.lower()))
    kinds = frozenset(map(happening_kind, predicates))
    return _Wording(
        kinds,
        numbered | _editions_around(event, text),
        every,
        every - _predicate_stems(words, predicates) - _adverbs(words),
        places_in(text),
        landmarks_in(text),
        _stretch(event),
        _weekdays(event.date_text),
        _part_of_day(event.date_text),
        f" {fold_name(text)} ",
        _nationalities(text),
        _PRESENT_PERFECT.search(text) is not None,
        words & NAMED_OCCASIONS or _NO_OCCASIONS,  # (one empty set shared by most)
        _another_of_its_kind(text, kinds),
    )


_OF_ANOTHER_KIND = re.compile(
    r"\b(?<!each )(?:other|previous|earlier|prior(?!\s+to\b)|(?:a|the)\s+separate"
    r"|(?:in|of|for|at|during|from|over|after|before|since|with)\s+another)"
    r"\s+([a-z-]+)(?:\s+([a-z-]+))?",
    re.IGNORECASE,
)
"""'in two other trials', 'in a separate case', 'in another case', 'an earlier attack'. Not
'another' opening a clause ('Another earthquake struck …': often the news itself), nor 'two
separate accidents' (apart from each other, not from the story), nor 'prior to'."""
_HOLDING_NOUNS = frozenset({"case", "trial", "occasion"})
"""Nouns of what holds a happening of any kind: 'sentenced … in another case'."""


def _another_of_its_kind(text: str, kinds: frozenset[str]) -> bool:
    """Whether the words call their happening (of `kinds`) another of its kind than the
    story's: 'sentenced … in two other trials', 'in another case', 'the previous attack', as
    background to the one the story is about. Not 'convicted … involving the earlier
    shooting': another happening is named there, not the report's. As the subject, any
    happening's noun ('The earlier crash, on Sept. 5, killed a woman')."""
    for match in _OF_ANOTHER_KIND.finditer(text):
        first, second = match.group(1).lower(), (match.group(2) or "").lower()
        subject = text[: match.start()].strip().lower() in _SUBJECT_OPENINGS
        for word in (first, second) if first not in STOPWORDS else ():
            if word and not is_past_form(word):
                noun = noun_lemma(word)
                if noun in _HOLDING_NOUNS or happening_kind(noun) in kinds:
                    return True
                if subject and word in EVENT_NOUNS:
                    return True
    return False


_SUBJECT_OPENINGS = frozenset({"", "the", "an", "a"})
"""What may stand before 'earlier crash' for it to open the sentence as its subject."""


_PRESENT_PERFECT = re.compile(
    r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?(?!a\b|an\b|the\b|no\b|to\b|been\b)"
    r"[a-z]+(?:ed|en|wn|t|ck|ng|ne|de)\b"
)
"""'has hit', 'have been killed', 'has struck': what an article tells as its own news."""


_WordingKey = tuple[str, str | None, str, str | None]


def _read(wordings: dict[_WordingKey, _Wording], event: Event, text: str) -> _Wording:
    """`_wording`, read once per wording within a merge: a wire story reprinted by many outlets
    gives many reports the same words."""
    key = (text, event.predicate, event.summary, event.date_text)
    found = wordings.get(key)
    if found is None:
        found = wordings[key] = _wording(event, text)
    return found


def _article_places(extraction: ArticleExtraction) -> frozenset[str]:
    """The places the article names where its words make them places ('in Queens'), so that
    'Queens hit and run' in its headline names a place too."""
    sentences = {event.summary for event in extraction.events}  # a sentence reports several
    return frozenset(p for sentence in sentences for p in places_in(sentence))


@lru_cache(maxsize=1 << 16)
def _stems_of_name(name: str) -> frozenset[str]:
    """The stems of a participant's name's words (not words a report chose)."""
    return frozenset(stem(w) for w in fold_name(name).split())


@dataclass(frozen=True)
class _Setting:
    """What every report of one article shares."""

    lead: frozenset[str]
    known_places: frozenset[str]
    published: dt.date | None
    story: int | None
    named: frozenset[str] = frozenset()
    """Every actor the article names, as merged."""


def _report(
    extraction: ArticleExtraction,
    order: int,
    event: Event,
    resolve: Callable[[int, str], str | None],
    is_person: Callable[[str], bool],
    setting: _Setting,
    wordings: dict[_WordingKey, _Wording],
) -> Report:
    source = extraction.source
    actors = frozenset(resolve(source, name) or name for name in event.actors)
    text = " ".join(e.quote for e in event.evidence)  # the words that report this happening
    wording = _read(wordings, event, text)
    people = frozenset(a for a in actors if is_person(a))
    agents = frozenset(resolve(source, name) or name for name in event.agents)
    patients = frozenset(resolve(source, name) or name for name in event.patients)
    places = _not_names(
        wording.places | _known_places_in(wording.folded, setting.known_places),
        actors,
        event.actors,
    )
    return Report(
        source,
        order,
        event,
        wording.predicates,
        actors,
        people,
        agents,
        patients - agents,
        wording.years,
        wording.stretch,
        wording.stems - frozenset().union(*map(_stems_of_name, actors)),
        setting.lead,
        wording.every | wording.predicates,
        published=setting.published,
        story=setting.story,
        weekdays=wording.weekdays,
        hour=wording.hour,
        where=whereabouts(places, wording.landmarks),
        nationalities=wording.nationalities,
        recent=wording.recent,
        occasions=wording.occasions,
        another=wording.another,
        article_names=setting.named,
        of_someone_unnamed=_of_someone_unnamed(actors, event),
    )


def _editions_around(event: Event, text: str) -> frozenset[str]:
    """A happening named by a noun alone ('the Oscars') is the edition its sentence numbers:
    'will be host of the 81st incarnation of the Oscars' is not the 2014 Oscars."""
    if len(text.split()) >= _CLAUSE_WORDS:
        return frozenset()
    return frozenset(o.lower() for o in _ORDINAL.findall(event.summary))


_DESCRIBED = re.compile(
    r"\b([A-Z][a-z]+)(?=\s+(?:[A-Za-z-]+\s+)?(?:man|woman|boy|girl|teenager|climber|hiker"
    r"|tourist|skier|swimmer|sailor|pilot|driver|pedestrian|student|national|citizen|journalist"
    r"|mountaineer|soldier|worker)\b)",
    re.IGNORECASE,
)
_NATIONAL = re.compile(r"\b(English|French|Welsh|Irish|Dutch|Scottish)(?:man|woman)\b|\b(Briton)\b")


def _nationalities(text: str) -> frozenset[str]:
    """The countries of the one person a report describes by nationality: 'a 36-year-old
    Australian man', 'British climber'. Two reports of people of other countries tell of two
    people, however alike their words."""
    words = [m.group(1).lower() for m in _DESCRIBED.finditer(text)]
    words += [(m.group(1) or m.group(2)).lower() for m in _NATIONAL.finditer(text)]  # 'Briton'
    return frozenset(code for w in words if (code := state_code(w)))


def _known_places_in(folded: str, known: frozenset[str]) -> frozenset[str]:
    """The article's known places that the folded words (`_Wording.folded`) name."""
    if not known:
        return frozenset()
    return frozenset(place for place in known if f" {place} " in folded)


def _not_names(places: frozenset[str], *names: Iterable[str]) -> frozenset[str]:
    """The places that are not part of a participant's name: 'Jackson' in 'Vincent Jackson was
    arrested', 'San Diego' in 'San Diego Chargers', 'California Highway' in 'California
    Highway Patrol' name who took part, not where it happened."""
    if not places:
        return places
    folded = [f" {fold_name(name)} " for group in names for name in group]
    return frozenset(p for p in places if not any(f" {p} " in name for name in folded))


def _predicate_stems(words: frozenset[str], predicates: frozenset[str]) -> frozenset[str]:
    """Stems of the predicate and of every form of it among a report's `words`: 'struck' and
    'fell' name the happening ('strike', 'fall'), so sharing them says nothing more about it."""
    irregular = IRREGULAR_PAST & words  # 'offered' stems as 'offer' does
    forms = {word for word in irregular if verb_lemma(word) in predicates}  # 'shot' = 'shoot'
    return frozenset(stem(word) for word in forms | predicates)


_UNTELLING_ADVERBS = frozenset(
    """
    finally reportedly allegedly apparently currently recently nearly almost already early
    eventually initially previously formerly officially publicly briefly totally completely
    largely mostly really likely quickly shortly later immediately suddenly partly fully
    """.split()
)
"""Adverbs of time, degree and hearsay: they say when, how much or how sure, and are said of
any happening ('finally checked into rehab', 'almost totally destroyed'); 'amiably' and
'fatally' say what happened, and count."""


def _adverbs(words: frozenset[str]) -> frozenset[str]:
    return frozenset(stem(w) for w in _UNTELLING_ADVERBS & words)


def _lead_actors(
    extraction: ArticleExtraction, resolve: Callable[[int, str], str | None]
) -> frozenset[str]:
    """The actors an article is most about: named people and bodies, most mentioned first."""
    named = [
        a
        for a in extraction.actors
        if not a.unnamed
        and a.kind in ("person", "organization")
        and not a.name.rsplit(" ", 1)[-1].islower()  # 'Indian navy', 'Troy police': an
    ]  # institution described, present in many stories, tells none apart
    named.sort(key=lambda a: -len(a.evidence))
    return frozenset(resolve(extraction.source, a.name) or a.name for a in named[:LEAD_ACTORS])


def _typical(cluster: EventCluster) -> int:
    """The report that stands for all: not giving another day than most reports, telling of
    one happening rather than several, naming its day rather than counting it from its page
    ('on Thursday night', not 'last night': a timeline is read on another day), naming who
    or what it tells of rather than opening with 'it' or 'he', shortest; ties to the
    earliest."""
    consensus = cluster.days.most_common(1)[0][0] if cluster.days else None

    period = consensus_period(cluster) if consensus is None else None

    def weight(index: int) -> tuple[int, int, int, int, int, int, int, int]:
        report = cluster.reports[index]
        agree = int(report.event.date in (None, consensus))  # its words do not say another day
        happenings = len(predicates_in(report.event.summary))
        clause = int(_told_in_a_clause(report.event))  # told, not named
        named = int(not counts_from_writing_day(report.event.date_text or ""))
        placed = int(bool(period) and report.event.period == period)  # 'in February 2022'
        alone = int(not opens_with_a_pronoun(report.event.summary))  # not 'It was sold …'
        return (
            agree,
            placed,
            clause,
            named,
            alone,
            -happenings,
            -len(report.event.summary),
            -index,
        )

    return max(range(len(cluster.reports)), key=weight)


def _told_in_a_clause(event: Event) -> bool:
    """Whether the report's words tell the happening ('Kimani Gray was shot and killed on
    Saturday') rather than name it in passing, however many words lead to the noun ('the
    situation surrounding Mr. Gray's death')."""
    words = event.evidence[0].quote.split()
    if len(words) < 5:
        return False
    last = words[-1].lower().strip(".,;:!?\"'\u201d\u2019")
    return is_past_form(last) or lemma(last) != event.predicate


def date_from_other_articles(clusters: Sequence[EventCluster], undated: set[int]) -> None:
    """Date an undated article's relative days from the happenings it shares with dated
    articles.

    Its report of a happening another article dates tells when it was written: 'Friday's
    meeting' (dated April 25 elsewhere) within six days after, 'last night' the day after,
    'today' that day (`dates.writing_window`). Where every such clue of the article agrees,
    its other relative days are dated when every day the clues leave gives the same day
    (`dates.day_in_window`). Nothing is dated where the clues disagree."""
    windows: dict[int, tuple[dt.date, dt.date] | None] = {}
    for cluster in clusters:
        known = [r.event.date for r in cluster.reports if r.event.date and r.source not in undated]
        if not known:
            continue
        day = Counter(known).most_common(1)[0][0]
        for report in cluster.reports:
            said = report.event.date_text
            window = writing_window(said, day) if said and report.source in undated else None
            if window is None:
                continue
            if report.source in windows:
                window = _overlap(windows[report.source], window)
            windows[report.source] = window
    for cluster in clusters:
        for index, report in enumerate(cluster.reports):
            window = windows.get(report.source)
            written = report.event.date_text
            if window is None or report.event.date is not None or not written:
                continue
            inferred = day_in_window(written, window)
            if inferred is not None:
                event = report.event.model_copy(
                    update={"date": inferred, "dated_by": "other_article", "period": None}
                )
                cluster.reports[index] = replace(report, event=event)
                cluster.days[inferred] += 1


def correct_page_days(clusters: Sequence[EventCluster], dated: set[int]) -> None:
    """Move the days a dated article counts from its page's date ('today', 'last night') by
    the offset every other article agrees on.

    A page dated in a time zone ahead of the news ('April 10, 2007-7:07AM' in Melbourne, for a
    shooting 'at about 10am today' in Detroit on Monday, April 9) says 'today' for what other
    articles date the day before. Where at least two happenings it shares with other articles
    show the same offset, and none another, its days counted from the page are moved by it;
    where they show different offsets, those days are dropped (not known)."""
    shown: dict[int, dict[int, set[int]]] = {}  # source -> offset -> happenings showing it
    for number, cluster in enumerate(clusters):
        named: dict[int, Counter[dt.date]] = {}  # by source: days not counted from a page
        every = Counter[dt.date]()
        for r in cluster.reports:
            if r.event.date and r.source in dated and not _from_page_day(r.event):
                named.setdefault(r.source, Counter())[r.event.date] += 1
                every[r.event.date] += 1
        for report in cluster.reports:
            if report.source not in dated or not report.event.date:
                continue
            if not _from_page_day(report.event):
                continue
            others = every - named.get(report.source, Counter())  # its own do not vouch
            if others:
                day = others.most_common(1)[0][0]
                offsets = shown.setdefault(report.source, {})
                offsets.setdefault((report.event.date - day).days, set()).add(number)
    moved: dict[int, int | None] = {}
    for source, offsets in shown.items():
        if set(offsets) != {0}:
            (offset, happenings), *rest = offsets.items()
            moved[source] = offset if not rest and len(happenings) >= 2 else None
    for cluster in clusters:
        for index, report in enumerate(cluster.reports):
            was = report.event.date
            if report.source not in moved or not was or not _from_page_day(report.event):
                continue
            shift = moved[report.source]
            corrected = was - dt.timedelta(days=shift) if shift is not None else None
            event = report.event.model_copy(
                update={"date": corrected, "dated_by": "other_article" if corrected else None}
            )
            cluster.reports[index] = replace(report, event=event)
            cluster.days[was] -= 1
            if corrected is not None:
                cluster.days[corrected] += 1


def _from_page_day(event: Event) -> bool:
    """Whether the event's day was counted from its page's date ('today', 'last night')."""
    return event.dated_by in ("publication", "narrative") and counts_from_writing_day(
        event.date_text or ""
    )


def _overlap(
    first: tuple[dt.date, dt.date] | None, second: tuple[dt.date, dt.date]
) -> tuple[dt.date, dt.date] | None:
    """The days both windows allow; None if none (the clues disagree)."""
    if first is None:
        return None
    low, high = max(first[0], second[0]), min(first[1], second[1])
    return (low, high) if low <= high else None


def merged_event(cluster: EventCluster) -> Event:
    """One event standing for all the reports in `cluster`."""
    reports = cluster.reports
    typical = reports[cluster.typical]
    day = consensus_date(cluster)
    period = consensus_period(cluster) if day is None else None
    on_the_day = [
        r
        for r in reports
        if r.event.date_text
        and (r.event.date == day if day else period and (r.event.period or "").startswith(period))
    ]
    dated = min(on_the_day, key=lambda r: r.event.dated_by == "narrative", default=None)
    # a report that gives the day itself explains the date better than one carried to it
    actors: list[str] = []
    agents: list[str] = []
    patients: list[str] = []
    for report in reports:
        actors.extend(a for a in sorted(report.actors) if a not in actors)
        agents.extend(a for a in sorted(report.agents) if a not in agents)
        patients.extend(a for a in sorted(report.patients) if a not in patients)
    sources = {r.source for r in reports}
    return Event(
        summary=typical.event.summary,
        date=day,
        period=period,
        date_text=dated.event.date_text if dated else typical.event.date_text,
        dated_by=dated.event.dated_by if dated else None,
        actors=actors,
        agents=agents,
        patients=[p for p in patients if p not in agents],
        predicate=_main_predicate(cluster),
        merged_on=cluster.reasons if len(sources) > 1 or len(reports) > 1 else [],
        evidence=union_evidence(e for r in reports for e in r.event.evidence),
    )


def _main_predicate(cluster: EventCluster) -> str | None:
    """The word most of the cluster's reports name the happening by."""
    counts = Counter(
        p
        for r in cluster.reports
        for p in ([r.event.predicate] if r.event.predicate else r.predicates)
    )
    return min(counts, key=lambda p: (-counts[p], p)) if counts else None


def consensus_date(cluster: EventCluster) -> dt.date | None:
    """The date most reports give; on a tie, the earliest source's. None where a report
    whose article has no date names another weekday for the happening: the clues disagree
    (a page's date may be a day after the news it carries, in another time zone)."""
    dates = [r.event.date for r in cluster.reports if r.event.date]
    if not dates:
        return None
    counts = Counter(dates)
    day = max(counts, key=lambda d: (counts[d], -dates.index(d)))
    undated_weekdays = {
        weekday.group(1).lower()
        for r in cluster.reports
        if r.event.date is None and (weekday := WEEKDAY.search(r.event.date_text or ""))
    }
    if undated_weekdays - {WEEKDAYS[day.weekday()]}:
        return None  # 'around 10am today' on a page dated Tuesday, 'around 10 a.m. Monday'
    return day


def consensus_period(cluster: EventCluster) -> str | None:
    """The month or year every report that places the happening in one agrees on: the finest
    all share ('2022-02' and '2022' give '2022-02'; '2022-02' and '2022-03' only '2022');
    None where the years differ or a report gives a day the cluster could not agree on."""
    if any(r.event.date for r in cluster.reports):
        return None
    periods = sorted({r.event.period for r in cluster.reports if r.event.period}, key=len)
    if not periods:
        return None
    years = {p[:4] for p in periods}
    if len(years) > 1:
        return None
    months = {p for p in periods if len(p) > len("2022")}
    return months.pop() if len(months) == 1 else periods[0][:4]


def timeline_order(event: Event) -> tuple[int, str, int, int]:
    """Dated events by date, a month or a year before the days within it ('2022', '2022-02',
    '2022-02-24'), then undated ones; ties by first source and position."""
    first = event.evidence[0]
    return (0 if event.when else 1, event.when or "", first.source, first.start)
