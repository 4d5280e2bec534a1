"""One article's extraction, built from what the rules find: sentences, names, entities,
references, statements and events become the models' actors, events, positions and open
questions, each with evidence spans of the article.

Kept apart from `engine.py` so that it is compiled with the rules (setup.py) while the
`OfflineEngine` class stays Python and may be subclassed.
"""

from __future__ import annotations

import datetime as dt
import gc
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from typing import TypeVar

from ...models import (
    Actor,
    ActorKind,
    Article,
    ArticleExtraction,
    Event,
    Evidence,
    OpenQuestion,
    Position,
    Quote,
)
from ...text.dates import WEEKDAYS, YEAR, reference_range, resolve_date, weekday_in_range
from ...text.lemmas import is_common_word, lemma
from ...text.names import COMPANY_SUFFIXES, fold_name
from ...text.predicates import FINITE_AUXILIARIES, is_past_form, verb_lemma
from .attribution import Statement, find_statements, unattributed_quotations
from .entities import Entity, infer_genders, link_entities
from .events import (
    EventMention,
    carry_narrative_dates,
    explicit_dates,
    find_events,
    find_headline_events,
    time_spans,
    written_or_counted,
)
from .lexicon import PERSON_PRONOUNS
from .mentions import Mention, find_mentions, something_of_someone
from .questions import is_open_question, question_for
from .references import References, Unnamed, find_references
from .sentences import POST_CREDIT, Sentence, Token, split_sentences
from .triggers import is_event_verb

_KINDS: dict[str, ActorKind] = {
    "person": "person",
    "organization": "organization",
    "country": "country",
}


def extract_offline(article: Article) -> ArticleExtraction:
    """Actors, events, attributed statements and open points of one article, by rule."""
    return _with_the_collector_paused(_extracted, article)


_Read = TypeVar("_Read")


def _with_the_collector_paused(read: Callable[[Article], _Read], article: Article) -> _Read:
    """`read(article)` with Python's cyclic garbage collector paused: the rules make thousands
    of small objects per article, none in a reference cycle (reference counting frees them
    all; a test holds this), and the collector's passes over them took about a tenth of the
    time. A caller's own setting is kept: paused here only if it was running, resumed after."""
    running = gc.isenabled()
    gc.disable()
    try:
        return read(article)
    finally:
        if running:
            gc.enable()


def _extracted(article: Article) -> ArticleExtraction:
    sentences, mentions, entities, references = _read(article)
    statements = find_statements(sentences, mentions, entities)
    speaking = {s.entity for s in statements}  # a body that speaks acts: 'the NYPD's statement'
    actors = [
        _actor(article, e, references.spans.get(e.index, []))
        for e in entities
        if e.is_actor or e.index in speaking
    ]
    actors += [_unnamed_actor(article, u) for u in references.unnamed]
    also_named = [
        _actor(article, e, references.spans.get(e.index, []), kind="person")
        for e in entities
        if not e.is_actor and _may_name_a_person(e)
    ]
    return ArticleExtraction(
        source=article.id,
        actors=actors,
        also_named=also_named,
        events=_events(article, sentences, mentions, entities, references),
        positions=_positions(article, statements, entities),
        open_questions=[
            OpenQuestion(
                question=question_for(s.text),
                evidence=[_evidence(article, s.start, s.end)],
            )
            for s in sentences
            if is_open_question(s)
        ],
        unattributed=[
            Quote(text=article.text[start:end], evidence=[_evidence(article, *shown)])
            for start, end, *shown in unattributed_quotations(sentences, statements)
        ],
    )


def positions_offline(article: Article) -> list[Position]:
    """The attributed statements alone: the check on a model's speakers when the rest of the
    offline extraction is not wanted (about half the work of `extract_offline`); the garbage
    collector paused as there."""
    return _with_the_collector_paused(_positions_alone, article)


def _positions_alone(article: Article) -> list[Position]:
    sentences, mentions, entities, _ = _read(article)
    return _positions(article, find_statements(sentences, mentions, entities), entities)


def _read(
    article: Article,
) -> tuple[list[Sentence], list[Mention], list[Entity], References]:
    """The article's sentences, name mentions, entities (with the genders its pronouns tell)
    and references: what every part of the extraction reads."""
    sentences = split_sentences(article.text)
    mentions = find_mentions(sentences)
    entities = link_entities(mentions)
    infer_genders(sentences, entities)
    references = find_references(sentences, mentions, entities)  # also settles genders
    return sentences, mentions, entities, references


def _evidence(article: Article, start: int, end: int) -> Evidence:
    # Validated, though it holds by construction: pydantic's checks in Rust cost less than
    # `model_construct`, which is Python.
    return Evidence(source=article.id, quote=article.text[start:end], start=start, end=end)


def _actor(
    article: Article,
    entity: Entity,
    references: Sequence[tuple[int, int]],
    kind: ActorKind | None = None,
) -> Actor:
    """A named actor, grounded by every span that refers to it: names, pronouns, descriptions
    (its appositives' among them)."""
    described = (m.described for m in entity.mentions if m.described)
    spans = sorted({*((m.start, m.end) for m in entity.mentions), *described, *references})
    name = entity.name
    aliases = sorted(
        {
            m.name
            for m in entity.mentions
            if m.name != name and fold_name(m.name) not in COMPANY_SUFFIXES
        }
        | {m.nickname for m in entity.mentions if m.nickname}
    )  # 'Lucky Luciano' of 'Charles "Lucky" Luciano' too; not 'LLC' of 'Summit, LLC
    return Actor(
        name=name,
        kind=kind or _KINDS.get(entity.kind, "other"),
        roles=_shown_roles(entity),
        aliases=aliases,
        evidence=[_evidence(article, start, end) for start, end in spans],
    )


def _shown_roles(entity: Entity) -> list[str]:
    """Its roles, without a headline's when the story gives one: a headline's terse grammar
    puts its verb before the role ('Harbour City sign striker Leon Mbaye', 'Gulls fire coach
    Ivo Tamm'), where the story says 'French striker Leon Mbaye'. A country holds no post:
    'the most successful post-war chancellor Britain has had' is Brown's; nor a body where a
    place's name stands for it."""
    if entity.kind == "country":
        return []
    roles = entity.roles
    if entity.kind == "organization":  # 'the franchise quarterback Chicago has missed':
        # the city (here the team's short name) holds no post
        held = {fold_name(m.role) for m in entity.mentions if m.role and not m.role_before_a_place}
        roles = [r for r in roles if fold_name(r) in held]
    told = {fold_name(m.role) for m in entity.mentions if m.role and not m.headline}
    if not told:
        return roles
    headline = {fold_name(m.role) for m in entity.mentions if m.role and m.headline}
    return [r for r in roles if fold_name(r) in told or fold_name(r) not in headline]


def _may_name_a_person(entity: Entity) -> bool:
    """A name that is no actor here but may be someone another article shows acting: 'Gupta'
    in 'in choosing Gupta'. Not a place ('in Jackson'), a shared surname, or a headline's
    capitalised ordinary word ('Cheeks Hired')."""
    if entity.ambiguous or entity.kind not in ("person", "other", "place"):
        return False
    if any(m.located or m.inside or m.determined or m.work for m in entity.mentions):
        return False  # (nor a work's title: 'a report entitled Broadband Britain')
    if something_of_someone(fold_name(entity.name).split()):
        return False  # 'the modern-day Mafia of Gotti': no one's name
    return any(
        not m.headline or not all(is_common_word(w) for w in m.name.split())
        for m in entity.mentions
    )


def _unnamed_actor(article: Article, unnamed: Unnamed) -> Actor:
    return Actor(
        name=unnamed.name,
        kind="group" if unnamed.plural else "other",
        unnamed=True,
        evidence=[_evidence(article, start, end) for start, end in sorted(set(unnamed.spans))],
    )


def _events(
    article: Article,
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    entities: Sequence[Entity],
    references: References,
) -> list[Event]:
    """Each happening the article reports, with its clause; a headline's happening only joins
    the same happening in the body (it is no event of its own)."""
    pronouns = _pronoun_references(article, references)
    verbs_seen = {
        lemma(t.lower)
        for s in sentences
        if not s.skip
        for i, t in enumerate(s.tokens)
        if t.lower.endswith("ed") and is_event_verb(s.tokens, i)  # 'arrested': 'the arrest'
    }
    by_sentence: dict[int, list[Mention]] = {}
    for mention in mentions:
        if mention.entity is not None and entities[mention.entity].is_actor:
            by_sentence.setdefault(mention.sentence, []).append(mention)
    events: list[Event] = []
    headlines: list[Sentence] = []
    body: list[tuple[Sentence, list[EventMention]]] = []
    for sentence in sentences:
        if sentence.headline:
            headlines.append(sentence)
            body.append((sentence, []))  # a heading within the body breaks its narrative
            continue
        body.append((sentence, find_events(sentence, article.published, verbs_seen)))
    for sentence, found_here in body:
        for found in found_here:
            here = by_sentence.get(sentence.index, [])
            he = _pronoun_subject(sentence, found, pronouns)
            names = _participants(sentence, found, here, entities, he)
            agents, patients = _roles(sentence, found, here, entities, he)
            summary = " ".join(article.text[sentence.start : sentence.end].split())
            period = found.period if found.date is None and found.when is None else None
            events.append(
                Event(
                    summary=summary,
                    date=found.date,
                    date_text=found.period_text if period else found.when,
                    dated_by=(
                        written_or_counted(found.period_text)
                        if period and found.period_text
                        else found.dated_by
                    ),
                    period=period,
                    actors=names,
                    agents=agents,
                    patients=patients,
                    predicate=found.predicate,
                    evidence=[_evidence(article, found.start, found.end)],
                )
            )
    if article.published is None:
        events = _dated_by_reference_week(article, sentences, events)
    else:
        events = _without_doubtful_week_old_days(article.published, events)
    events = _carried_through_narrative(body, events, article.published)
    events = [  # a day found since is finer than the month or year
        e.model_copy(update={"period": None}) if e.date and e.period else e for e in events
    ]
    reported = {e.predicate for e in events if e.predicate}
    headline = [
        (found, set(_participants(sentence, found, by_sentence.get(sentence.index, []), entities)))
        for sentence in headlines
        for found in find_headline_events(sentence, article.published, verbs_seen, reported)
    ]
    lead_end = _lead_end(sentences)
    for found, people in headline:
        years = set(YEAR.findall(article.text[found.start : found.end]))
        shared = [
            (len(people & set(e.actors)), -i)
            for i, e in enumerate(events)
            if e.predicate == found.predicate
            and (people & set(e.actors) if people else e.evidence[0].start < lead_end)
            and not _told_of_another_year(e, years, article.published)
        ]  # 'Dr. Benjamin nominated' is not the body's 'Obama nominated Francis Collins'
        if not shared:
            continue
        index = -max(shared)[1]  # the body's report sharing most of its names, the first
        event = events[index]
        events[index] = event.model_copy(
            update={
                "evidence": [*event.evidence, _evidence(article, found.start, found.end)],
                "actors": [*event.actors, *sorted(people - set(event.actors))],
            }
        )  # 'Chargers' Jackson arrested' over 'after being arrested, he …': Jackson took part
    return events


def _lead_end(sentences: Sequence[Sentence]) -> int:
    """Where an article's lead ends: its first few sentences of body. A headline that names no
    one tells the news its lead tells; the same verb further down is often background ('Michigan
    office shooting kills 1' is not 'On Monday on the Seattle campus …, a gunman killed …')."""
    body = [s for s in sentences if not s.headline and not s.skip]
    return body[min(len(body), _LEAD_SENTENCES) - 1].end if body else 0


_LEAD_SENTENCES = 5
"""How many sentences of body make an article's lead."""


def _told_of_another_year(event: Event, years: set[str], published: dt.date | None) -> bool:
    """A body report naming years the headline does not, long before the article came out:
    background ('DeGeneres hosted the Oscars in 2007'), not the headline's news ('DeGeneres to
    host 2014 Oscars')."""
    named = {y for e in event.evidence for y in YEAR.findall(e.quote)} - years
    if not named:
        return False
    return bool(years) or (published is not None and max(map(int, named)) < published.year - 1)


def _carried_through_narrative(
    body: list[tuple[Sentence, list[EventMention]]],
    events: list[Event],
    published: dt.date | None,
) -> list[Event]:
    """`events` (one per mention of `body`, in order, dated by every other rule first) with
    the narrative's day carried to the clauses that tell what happened next without a day of
    their own (see `carry_narrative_dates`)."""
    days = iter(events)
    as_dated = []
    for sentence, found in body:
        dated_here = []
        for mention in found:
            event = next(days)
            if event.date != mention.date or event.dated_by != mention.dated_by:
                # dated since by the article-wide rules
                mention = mention.dated(event.date_text, event.date, event.dated_by)
            dated_here.append(mention)
        as_dated.append((sentence, dated_here))
    carried = [m for _, found in carry_narrative_dates(as_dated, published) for m in found]
    return [
        event.model_copy(update={"date": m.date, "date_text": m.when, "dated_by": m.dated_by})
        if event.date is None
        and (m.date is not None or (published is None and not event.date_text and m.when))
        else event
        for event, m in zip(events, carried, strict=True)
    ]


def _without_doubtful_week_old_days(published: dt.date, events: list[Event]) -> list[Event]:
    """'escaped Monday' and 'on the defensive again Tuesday' under a date that is a Monday:
    the page may carry the day of the news rather than of the writing, and 'Tuesday' is then
    the day after, not six days before. Where the article names its own date's weekday, a
    weekday six days back is left undated."""
    own = WEEKDAYS[published.weekday()]
    if not any(e.date == published and e.date_text and own in e.date_text.lower() for e in events):
        return events
    week_ago = published - dt.timedelta(days=6)
    return [
        e.model_copy(update={"date": None, "dated_by": None})
        if e.date == week_ago and e.dated_by == "publication" and _bare_weekday(e.date_text)
        else e
        for e in events
    ]


def _bare_weekday(text: str | None) -> bool:
    """'Tuesday', 'on Tuesday night': a weekday with no 'last' or calendar date beside it."""
    low = (text or "").lower()
    return any(day in low for day in WEEKDAYS) and "last" not in low and not YEAR.search(low)


def _dated_by_reference_week(
    article: Article, sentences: Sequence[Sentence], events: list[Event]
) -> list[Event]:
    """An undated article that gives a full date and names its weekday ('Missile strikes …
    on April 24, 2025' and 'Thursday's attack') was written within the week after it: its
    weekday expressions that name one day whatever day of that week it was written are dated.
    Only dates of the latest year the article names count: older ones are its background."""
    latest_year = max((int(y) for y in YEAR.findall(article.text)), default=None)
    anchors = [
        day
        for expression in explicit_dates(sentences)
        if (day := resolve_date(expression, None)) is not None
        and day.year == latest_year  # 'July 1, 1971' in a 2005 obituary is history
        and re.search(rf"\b{WEEKDAYS[day.weekday()]}\b", article.text, re.IGNORECASE)
        and not _placed_otherwise(article.text, expression, day, events)
    ]
    window = reference_range(anchors)
    if window is None:
        return events
    dated = []
    for event in events:
        day = (
            weekday_in_range(event.date_text, window)
            if event.date_text and not event.date
            else None
        )
        dated.append(
            event.model_copy(update={"date": day, "dated_by": "reference_week"}) if day else event
        )
    return dated


def _placed_otherwise(text: str, expression: str, day: dt.date, events: Sequence[Event]) -> bool:
    """Whether the verb a date follows ('schoolgirls abducted by Boko Haram on April 14, 2016')
    is one the article places in another year ('were abducted in April 2014'): that date
    disagrees with the article's own clues and anchors no week."""
    at = text.find(expression)
    words = re.findall(r"[a-z]+", text[max(0, at - _VERB_REACH) : at].lower())
    verbs = [w for w in words if is_past_form(w)]
    if not verbs:
        return False
    verb = verb_lemma(verbs[-1])
    return any(
        event.predicate == verb
        and (placed := event.date.year if event.date else _period_year(event.period)) is not None
        and placed != day.year
        for event in events
    )


_VERB_REACH = 40
"""Characters before a date read for the verb it dates: 'abducted by Boko Haram on'."""


def _period_year(period: str | None) -> int | None:
    return int(period[:4]) if period else None


def _pronoun_references(article: Article, references: References) -> dict[int, int]:
    """Where 'he' or 'she' stands for a named actor: the pronoun's offset, the actor's entity
    (resolved as a speaker's pronoun is, see `references`)."""
    return {
        start: entity
        for entity, spans in references.spans.items()
        for start, end in spans
        if article.text[start:end].lower() in PERSON_PRONOUNS
    }


def _pronoun_subject(
    sentence: Sentence, found: EventMention, pronouns: dict[int, int]
) -> int | None:
    """The named actor a 'he' or 'she' right before the clause's verb stands for ('He fled
    downtown Atlanta' of Brian Nichols), or None."""
    if found.noun or not 0 < found.trigger < len(sentence.tokens):
        return None
    at = found.trigger - 1
    while at >= 0 and _between_subject_and_verb(sentence.tokens[at]):
        at -= 1
    if at < 0 or sentence.tokens[at].start < found.clause_start:
        return None
    return pronouns.get(sentence.tokens[at].start)


def _participants(
    sentence: Sentence,
    found: EventMention,
    mentions: Sequence[Mention],
    entities: Sequence[Entity],
    he: int | None = None,
) -> list[str]:
    """The actors named in the event's clause, and the one its 'he' or 'she' stands for (`he`,
    an entity); a clause without a subject of its own ('…, killing three people')
    takes the sentence's actors, one with a subject that names no actor ('…, which Russia
    annexed in 2014', with 'Russia' misspelt) none."""
    inside = [m for m in mentions if found.clause_start <= m.start < found.clause_end]
    takes_the_sentences = (
        he is None and found.clause_start > sentence.start and not _own_subject(sentence, found)
    )
    chosen = inside or (mentions if takes_the_sentences else [])
    names = [entities[he].name] if he is not None else []
    for mention in chosen:
        name = entities[mention.entity or 0].name
        if name not in names:
            names.append(name)
    return names


def _own_subject(sentence: Sentence, found: EventMention) -> bool:
    """Whether a word before the clause's verb, other than a relative or personal pronoun, an
    auxiliary or an adverb, is its subject: 'which Russian illegally annexed' has one; '…,
    killing three', 'and was later arrested' and 'when he was pulled over' none the sentence
    does not name. The words of its day or year ('who on Thursday earned', 'who last year
    won') are no subject either."""
    if found.noun:
        return False
    times = time_spans(sentence.text)
    before = [
        t
        for t in sentence.tokens[: max(found.trigger, 0)]
        if t.start >= found.clause_start
        and t.is_word
        and not any(a <= t.start - sentence.start < b for a, b in times)
    ]
    return any(t.lower not in _NO_SUBJECT and not t.lower.endswith("ly") for t in before)


_NO_SUBJECT = frozenset(
    """
    which who that and then also but had has have was were is are been be being later
    not never n't just still first soon he she it they having
    """.split()
)
"""Words before a clause's verb that are not its subject, or one the sentence names ('he')."""


_UNDERGONE = frozenset("die drown perish".split())
"""Verbs whose subject is who it happened to: 'Ana Lis died' as 'a van killed Ana Lis'."""


def _roles(
    sentence: Sentence,
    found: EventMention,
    mentions: Sequence[Mention],
    entities: Sequence[Entity],
    he: int | None = None,
) -> tuple[list[str], list[str]]:
    """Who did it and to whom, where the clause says: the subject before the verb (its agent,
    or in the passive its patient), the object right after an active verb, the agent after
    'by'. 'Police arrested Mark' and 'Mark was arrested by police' give the same roles; 'Mark
    fired at Riva' and 'Mark was fired' give Mark two; whoever died is its patient."""
    tokens = sentence.tokens
    trigger = found.trigger
    if found.noun or not 0 <= trigger < len(tokens):
        return [], []
    verb_at = tokens[trigger].start
    inside = [m for m in mentions if found.clause_start <= m.start < found.clause_end]
    before = [m for m in inside if m.end <= verb_at]
    after = [m for m in inside if m.start > verb_at]
    passive = _passive(tokens, trigger)
    agents: list[str] = []
    patients: list[str] = []
    subject = before[-1] if before else None
    side = patients if passive or found.predicate in _UNDERGONE else agents
    if (
        subject is not None
        and all(_between_subject_and_verb(t) for t in tokens[subject.last + 1 : trigger])
        and not _after_a_preposition(tokens, subject)  # 'the tackle for the Chargers was'
    ):
        side.extend(entities[m.entity or 0].name for m in _coordinated(sentence, before))
    elif not before and (opening := _subject_before_an_aside(tokens, mentions, found)):
        side.append(entities[opening.entity or 0].name)
    elif he is not None:
        side.append(entities[he].name)  # 'he was arrested': whom 'he' stands for
    if after:
        first = after[0]
        previous = tokens[first.first - 1].lower if first.first > 0 else ""
        object_at = tokens[trigger + 1].start if trigger + 1 < len(tokens) else -1
        if passive and previous == "by":
            agents.append(entities[first.entity or 0].name)
        elif not passive and object_at in (first.start, first.role_start):
            patients.append(entities[first.entity or 0].name)  # 'fired coach Maurice Cheeks'
    return agents, [p for p in patients if p not in agents]


def _subject_before_an_aside(
    tokens: Sequence[Token], mentions: Sequence[Mention], found: EventMention
) -> Mention | None:
    """The name opening the sentence, when an aside stands between it and the clause's
    auxiliary: 'W. Mark Felt, the FBI official who helped bring down Nixon, has died' is
    Felt's death, not Nixon's. Only a name set off by a comma before a lower-case aside
    ('Felt, 95,' 'Felt, who …'): 'Felt, Woodward and Bernstein have' is a list."""
    at = next((i for i, t in enumerate(tokens) if t.start >= found.clause_start), None)
    if at is None or at < 2 or tokens[at - 1].text != "," or not mentions:
        return None
    if tokens[at].lower not in FINITE_AUXILIARIES or not all(
        _between_subject_and_verb(t) for t in tokens[at : found.trigger]
    ):
        return None
    opening = mentions[0]
    starts_sentence = (opening.role_start or opening.start) == tokens[0].start
    aside = tokens[opening.last + 2] if opening.last + 2 < at else None
    if not starts_sentence or tokens[opening.last + 1].text != "," or aside is None:
        return None
    return opening if not aside.capitalised else None


_AND = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)")


def _coordinated(sentence: Sentence, before: Sequence[Mention]) -> list[Mention]:
    """The subject and the names joined to it by 'and' or commas: 'Interior Secretary Ken
    Salazar and Commerce Secretary Gary Locke announced' has two who announced."""
    joined = [before[-1]]
    for mention in reversed(before[:-1]):
        following = joined[-1]
        gap = sentence.text[
            mention.end - sentence.start : (following.role_start or following.start)
            - sentence.start
        ]
        if not _AND.fullmatch(gap):
            break
        joined.append(mention)
    return joined[::-1]


def _after_a_preposition(tokens: Sequence[Token], mention: Mention) -> bool:
    """The name is the object of a preposition ('for the San Diego Chargers'), not a subject."""
    i = mention.role_first - 1  # 'for coach Greg McDermott'
    if i >= 0 and tokens[i].lower in ("the", "a", "an"):
        i -= 1
    return i >= 0 and tokens[i].lower in _PREPOSITIONS


_PREPOSITIONS = frozenset(
    "for of in at with by from to on about against under over into near".split()
)


def _between_subject_and_verb(token: Token) -> bool:
    """Auxiliaries and adverbs: 'Mark has since been fired', 'Mark then fired'; not 'Cheeks is
    the fifth coach fired', where the verb belongs to another noun."""
    return token.lower in _AUXILIARIES or (token.lower.endswith("ly") and token.is_word)


_AUXILIARIES = frozenset(
    """
    was were been being is are be has have had will would also then later since reportedly
    allegedly never just already not got
    """.split()
)


def _passive(tokens: Sequence[Token], trigger: int) -> bool:
    """'was fired', 'had been arrested', 'were quickly evacuated'."""
    i = trigger - 1
    while i >= 0 and (tokens[i].lower.endswith("ly") or tokens[i].lower in ("also", "not")):
        i -= 1
    return i >= 0 and tokens[i].lower in _BE_FORMS


_BE_FORMS = frozenset("was were been being is are be got gets".split())


def _positions(
    article: Article, statements: Sequence[Statement], entities: Sequence[Entity]
) -> list[Position]:
    """One position per thing said: quotations sharing a frame ('called it "frank" and
    "useful"') or continuing the speaker's quotation are one position with several quotes."""
    groups: list[list[Statement]] = []
    for statement in statements:
        last = groups[-1][-1] if groups else None
        if (
            last is not None
            and statement.direct
            and last.direct
            and statement.entity == last.entity
            and statement.cue_start in (None, last.cue_start)
        ):
            groups[-1].append(statement)
        else:
            groups.append([statement])
    cues = sorted(s.cue_start for s in statements if s.cue_start is not None)
    positions = []
    for group in groups:
        first = group[0]
        after = bisect_right(cues, first.end)  # the next statement's own frame, if the same
        stop = cues[after] if after < len(cues) and first.cue_first else None  # sentence goes
        stance = stance_of(article.text, first, stop)  # on to it: 'although he added that'
        for more in group[1:]:
            words = " ".join(article.text[more.start : more.end].split()).rstrip(",;:")
            if more.cue_start is None and words not in stance:  # '“…” … “…”': the reporter's
                stance += " \u2026 " + stance_of(article.text, more)  # words between left out
        positions.append(
            Position(
                actor=entities[group[0].entity].name,
                stance=stance,
                evidence=[_evidence(article, s.start, s.end) for s in group],
            )
        )
    return positions


def stance_of(text: str, statement: Statement, stop: int | None = None) -> str:
    """The statement in the reporter's framing words, the speaker's own words shown once.

    'told the BBC that the comments … were “counterproductive.”'; 'wrote in a Truth Social post:
    “A good day …”'. A continuation quotation has no frame: its words alone. A frame stops at
    the comma before `stop`, where another statement's frame begins ('told Tech Radar that
    the S9 is “likely” to have …, although he added that “…”': the addition is its own).
    """
    words = " ".join(text[statement.start : statement.end].split()).rstrip(",;:")
    quoted = f"\u201c{words}\u201d" if statement.direct else words
    if statement.cue_start is None or statement.cue_end is None:
        return quoted
    if statement.cue_first:
        frame = text[statement.cue_start : statement.start].rstrip(" \n" + _OPENING_MARKS)
        head, cut, joining = frame.rpartition(",")
        if len(head.split()) == 1 and cut and joining.strip().lower() in _JOINING_WORDS:
            return f"{head.strip()}: {quoted}"  # '…, Mark said, but "he wanted …"': 'said'
        end = max(_closing_mark_end(text, statement.end), statement.cue_end)
        comma = text.rfind(",", statement.end, stop) if stop is not None and stop < end else -1
        if comma > statement.end:
            cut = " ".join(text[statement.cue_start : comma].split()).rstrip(",;:")
            return _TRAILING_JOIN.sub("", cut)
        return " ".join(text[statement.cue_start : end].split()).rstrip(",;:")
    opening = statement.sentence_start
    lead = (
        text[opening : statement.start].strip(" " + _OPENING_MARKS) if opening is not None else ""
    )
    if lead.endswith(":"):
        lead = ""  # 'A: "…," Brandt told the Herald': a transcript's label frames nothing
    inside = bool(lead) or _runs_on_after_the_quotation(text, statement.end, statement.cue_start)
    if inside and opening is not None and opening < statement.start < statement.cue_start:
        # a quote inside the reporter's sentence: 'X and Y held a "constructive and useful"
        # meeting on Friday, the Kremlin said' reads best in those words
        comma = text.rfind(",", statement.end, statement.cue_start)  # ', the Kremlin said'
        end = comma if comma > statement.end else statement.cue_start
        closing = _closing_mark_end(text, statement.end)
        if comma <= statement.end and statement.end < closing <= statement.cue_start:
            end = closing  # '… into Sinai," Fahmy said': the quotation ends the claim
        # '… because of "volatility in the oil market", he said the duty would be frozen.':
        # the claim goes on after its frame's verb, to the sentence's end
        if (
            _A_CLAUSE_IN_THE_FRAME.match(text, statement.cue_start)
            and text[statement.cue_end : statement.cue_end + 1] in _SENTENCE_STOPS
        ):
            end = statement.cue_end
        framed = " ".join(text[opening:end].split()).rstrip(" ,;:—-")
        framed = _COMMA_BEFORE_CLOSING.sub(r"\1", framed)  # '… into Sinai"', not 'Sinai,"'
        if framed:
            return framed
    cue = " ".join(text[statement.cue_start : statement.cue_end].split()).rstrip(",;:.")
    if POST_CREDIT.match(cue):  # '— Eastgrid (@EastgridPower) November 4, 2031' under a post
        handle = cue.index("(@") + 1
        return f"posted as {cue[handle : cue.index(')', handle)]}: {quoted}"
    head, cut, tail = cue.partition(",")
    if cut and _A_CLAUSE.match(tail) and not head.split()[0].endswith("ing"):
        cue = head  # 'he said, adding that …', 'said, choking back tears': the frame is 'said'
    if cue.lower() in ("told", "tells"):  # '…, the minister told reporters.': whom, too
        told = _ADDRESSEE.match(text, statement.cue_end)
        cue += f" {told.group(1)}" if told else ""
    if cue.lower() == "according":  # '"…," according to board chair Nadia Flores.': whom
        whom = _ACCORDING_TO.match(text, statement.cue_start)
        cue = " ".join(whom.group().split()) if whom else cue
    return f"{cue}: {quoted}"


_TRAILING_JOIN = re.compile(
    r"(?:,?\s+(?:and|but|though|although|while))?(?:,?\s+according to [^,]*)?$"
)
"""Words left where a frame is cut before another's: a joining word, an aside naming a
source ('… "fat, dumb and happy," and, according to Reuters')."""
_JOINING_WORDS = frozenset("but and yet though although".split())
"""Words that join a bare verb to the quotation after it ('said, but "…"'): no part of the
frame ('told him about it, but "…"' keeps its words: they tell what was said)."""


_A_CLAUSE_IN_THE_FRAME = re.compile(
    r"(?:said|says|added|adds|argued|insisted|claimed|warned|stressed)\s+(?:that\s+)?"
    r"(?:(?:the|a|an)\s+[a-z]|(?:it|he|she|they|we)\s)"
)
"""A frame whose verb goes on with a clause: 'said the duty would be frozen'."""
_SENTENCE_STOPS = frozenset(".!?")


_ACCORDING_TO = re.compile(r"according\s+to\s+[^.;:\n\"\u201c\u201d]{1,80}", re.IGNORECASE)
"""A closing 'according to' with whom it names, to the sentence's end: 'according to board
chair Nadia Flores'."""


_A_CLAUSE = re.compile(r"\s*[a-z]")
"""After a comma in a frame, a clause or an aside of its own ('adding that …', 'according to
…', 'a Detroit station'), not the rest of a name, a place or a date ('June 2, 2005',
'Andrew Lopez, 20, and Jonathan Carrasquillo')."""


_ADDRESSEE = re.compile(r"\s+((?:the\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,5}?)\s*[.;]")
"""Whom a closing 'told' spoke to, up to the sentence's end: 'told reporters.', 'told the
BBC.'"""


_OPENING_MARKS = "\"'\u201c\u2018\u00ab\u00bb\u201e"
_CLOSING_MARKS = '"\u201d\u2019\u00bb\u00ab\u201c'
"""Quotation marks as articles write them: English, British, French, German (see
`sentences.english_quotation_marks`)."""
_COMMA_BEFORE_CLOSING = re.compile(f"[,;:]([{_CLOSING_MARKS}])$")


def _runs_on_after_the_quotation(text: str, end: int, cue: int) -> bool:
    """Whether the reporter's sentence goes on after a quotation ending at `end`, before the
    frame at `cue` ('"Info cards" will help people manage …, said Microsoft'): the quoted
    words are part of what was said, not all of it. Not when the quotation closes with its
    own comma or stop ('"… months, " he said', '"… record,'" said with a laugh')."""
    closing = _closing_mark_end(text, end)
    if closing == end or text[:end].rstrip(" ')]" + _CLOSING_MARKS)[-1:] in _CLOSING_PUNCTUATION:
        return False
    return _LOWER_CASE_WORD.match(text, closing) is not None and closing + 2 < cue


_CLOSING_PUNCTUATION = frozenset(",.;:!?…")
"""What closes quoted words that end what was said: '"… months, " he said'."""
_LOWER_CASE_WORD = re.compile(r" [a-z]")


def _closing_mark_end(text: str, end: int) -> int:
    """Just past the closing quotation mark after `end`, if there is one."""
    return end + 1 if text[end : end + 1] and text[end] in _CLOSING_MARKS else end
