"""The render stage: a Briefing as Markdown for people, or as JSON for programs.

Every content line of the Markdown cites the sources that support it, as [1][3], numbered as in
the source list at the end. Quotes are the articles' own words; long ones are shortened at a
word boundary with an ellipsis. Output is deterministic: no timestamps, stable order.

Every string from an article, a file name or a model passes through `escaping` for the place it
lands: Markdown text, a link (http and https URLs only) or a code span. Nothing in a briefing
renders as HTML, a script, an image or a link the articles chose the scheme of.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Sequence

from pydantic_core import PydanticSerializationError

from ..models import (
    Actor,
    Briefing,
    Claim,
    Disagreement,
    Event,
    Evidence,
    OpenQuestion,
    Position,
    Quote,
    SourceRef,
)
from ..text.dates import YEAR
from ..text.quotes import fold_quote
from ..text.words import opens_with_a_pronoun
from .escaping import clean, code_span, for_json, markdown_link, markdown_text, without_surrogates
from .stats import run_facts

MAX_QUOTE_CHARS = 220
MAX_STANCE_CHARS = 320
MAX_LISTED_ACTORS = 20
OVERVIEW_LEAST = 3
MIN_SHOWN_WORDS = 5
MAX_ALSO_CHARS = 220
OVERVIEW_MOST = 5


def render_json(briefing: Briefing) -> str:
    """The briefing as indented JSON, valid against `schemas/briefing.schema.json`.

    Strings are kept verbatim (quotes stay `text[start:end]`), except lone surrogates, which
    UTF-8 cannot hold: they become U+FFFD. Invisible and bidi characters are written as
    `\\uXXXX` escapes, so the document prints as it parses."""
    try:
        document = briefing.model_dump_json(indent=2)
    except PydanticSerializationError:  # a lone surrogate, from an undecodable file name
        document = _without_surrogates(briefing).model_dump_json(indent=2)
    return for_json(document) + "\n"


def _without_surrogates(briefing: Briefing) -> Briefing:
    def replaced(value: object) -> object:
        if isinstance(value, str):
            return without_surrogates(value)
        if isinstance(value, dict):
            return {key: replaced(item) for key, item in value.items()}
        if isinstance(value, list):
            return [replaced(item) for item in value]
        return value

    return Briefing.model_validate(replaced(briefing.model_dump()))


def render_markdown(briefing: Briefing) -> str:
    """The briefing as a Markdown document."""
    sections = [
        _header(briefing),
        _overview(briefing),
        _timeline(briefing.events),
        _actors(briefing.actors, {p.actor for p in briefing.positions}),
        _positions(briefing.positions),
        _unattributed(briefing.unattributed),
        _disagreements(briefing.disagreements),
        _open_questions(briefing.open_questions),
        _sources(briefing),
        _run_note(briefing),
    ]
    return "\n\n".join(s for s in sections if s) + "\n"


def cite(sources: Iterable[int]) -> str:
    """Citation marks for source ids, each a link to its entry in the source list: [1][3]."""
    return "".join(f"[[{s}]](#{source_anchor(s)})" for s in sorted(set(sources)))


def source_anchor(source: int) -> str:
    """The id of source `source`'s entry in the source list."""
    return f"source-{source}"


def short_text(text: str, limit: int) -> str:
    """Cleaned and whitespace folded, cut at a word boundary with an ellipsis when longer than
    `limit`."""
    text = " ".join(clean(text).split())
    if len(text) <= limit:
        return text
    shortened = textwrap.shorten(text, width=limit + 2, placeholder=" \u2026")
    kept = shortened.removesuffix("\u2026").rstrip().rstrip(",;:") or text[:limit]  # a long word
    return kept + " \u2026"


def short_quote(quote: str, limit: int = MAX_QUOTE_CHARS) -> str:
    """A quote for display: whitespace folded, cut at a word boundary if long, in quote marks;
    quotations inside a passage take single marks, as quotes nested in quotes do, so no mark
    is doubled around a passage that opens with one."""
    text = clean(quote).strip().rstrip(",;:")
    inner = text.strip("\"'\u201c\u201d\u2018\u2019 ").rstrip(",;:")
    nested = any(mark in inner for mark in _DOUBLE_MARKS)  # a passage holding quotations
    text = _nested(text) if nested else inner  # one quotation's marks give way to the display's
    return f"\u201c{markdown_text(short_text(text, limit))}\u201d"


def _nested(text: str) -> str:
    """Double quotation marks as single ones, a straight mark opening after a space, a
    bracket or the start and closing elsewhere."""
    out: list[str] = []
    for i, char in enumerate(text):
        if char == "\u201c":
            out.append("\u2018")
        elif char == "\u201d":
            out.append("\u2019")
        elif char == '"':
            opening = i == 0 or text[i - 1].isspace() or text[i - 1] in "([{\u2014-"
            out.append("\u2018" if opening else "\u2019")
        else:
            out.append(char)
    return "".join(out)


_DOUBLE_MARKS = ('"', "\u201c", "\u201d")
"""Marks that, left inside a quote once its ends are stripped, show it is more than one
quotation: '"We will respond in kind," the ministry said.' keeps its own."""


def _header(briefing: Briefing) -> str:
    used = [s for s in briefing.sources if s.extracted]
    count = len(used)
    noun = "article" if count == 1 else "articles"
    of = f" of {len(briefing.sources)}" if count < len(briefing.sources) else ""
    title = markdown_text(briefing.title)
    cited = cite(s.id for s in used)
    return f"# {title}\n\n_Based on {count}{of} {noun}{_dated(used)}. {cited}_"


def _dated(sources: Sequence[SourceRef]) -> str:
    """How many of the sources are dated, and when: ', 1 dated 2025-04-25, 4 undated'."""
    dates = sorted(s.published for s in sources if s.published)
    undated = len(sources) - len(dates)
    if not dates:
        return ", none dated"
    first, last = dates[0].isoformat(), dates[-1].isoformat()
    when = first if first == last else f"{first} to {last}"
    if not undated:
        return f", published {when}"
    return f", {len(dates)} dated {when}, {undated} undated"


def _overview(briefing: Briefing) -> str:
    lines: list[str] = []
    for event in headline_events(briefing.events):
        when = f" ({event.when})" if event.when else ""
        differ = " _(sources differ)_" if event.disputed else ""
        lines.append(f"- {markdown_text(event.summary)}{when} {cite(event.sources)}{differ}")
    named = [a for a in briefing.actors if not a.unnamed]
    if named:
        main = ", ".join(f"{markdown_text(a.name)} {cite(a.sources)}" for a in named[:5])
        lines.append(f"- Main actors: {main}")
    if briefing.disagreements:
        topics = "; ".join(
            f"{markdown_text(d.topic)} {cite(d.sources)}" for d in briefing.disagreements
        )
        lines.append(f"- Sources disagree on: {topics}")
    if briefing.open_questions:
        n = len(briefing.open_questions)
        every = sorted({s for q in briefing.open_questions for s in q.sources})
        told = "1 open question remains" if n == 1 else f"{n} open questions remain"
        lines.append(f"- {told} {cite(every)}")
    if not lines:
        return "## Overview\n\nThe articles yielded no grounded items."
    return "## Overview\n\n" + "\n".join(lines)


def tells_news(event: Event) -> bool:
    """A clause of its own ('The Kremlin launched 100 drones'), not a noun in passing."""
    return any(len(e.quote.split()) >= MIN_SHOWN_WORDS for e in event.evidence)


def headline_events(events: Sequence[Event]) -> list[Event]:
    """The most-reported happenings, three to five: those most sources report, dated ones
    first among equals, lines a source broke and lines opening on a pronoun after the rest;
    single-source ones only to make up three, and background (a year before the story's
    latest) only after those; each summary sentence once."""
    latest = max((e.date.year for e in events if e.date), default=None)

    def background(event: Event) -> bool:
        years = {int(y) for e in event.evidence for y in YEAR.findall(e.quote)}
        if event.period:  # 'storms a cinema in July 2012, | opening fire': the clause's year
            years.add(int(event.period[:4]))
        return latest is not None and bool(years) and max(years) < latest

    told_as_news = [(i, e) for i, e in enumerate(events) if tells_news(e)]
    behind = {id(e) for _, e in told_as_news if background(e)}  # each event's quotes read once
    ranked = sorted(
        told_as_news,
        key=lambda pair: (
            id(pair[1]) in behind,
            _cut_short(pair[1].summary),  # '… she returned with a.': a source's broken line
            opens_with_a_pronoun(pair[1].summary),  # 'He had also boasted …' names no one on
            # its own: after the lines that do, however many sources report it
            -len(pair[1].sources),
            pair[1].date is None,
            pair[0],
        ),
    )
    distinct: list[Event] = []
    told: set[str] = set()
    for _, event in ranked:  # two happenings of one sentence ('struck …, killing 120'): once
        sentence = " ".join(event.summary.split())
        if sentence not in told:
            told.add(sentence)
            distinct.append(event)
    news = [e for e in distinct if id(e) not in behind]
    widest = [e for e in news if len(e.sources) > 1][:OVERVIEW_MOST]
    for more in ([e for e in news if len(e.sources) == 1], distinct):  # background last
        chosen = {id(e) for e in widest}
        widest += [e for e in more if id(e) not in chosen][: max(0, OVERVIEW_LEAST - len(widest))]
    return widest


def _cut_short(sentence: str) -> bool:
    """Whether a sentence ends on a word no sentence ends with ('she returned with a.', a
    source's 'a. 357 Magnum'): a line broken in the article, no headline."""
    words = sentence.rstrip(" .!?\u2026\"'\u201d\u2019").split()
    return bool(words) and words[-1].lower() in _NEVER_LAST


_NEVER_LAST = frozenset("a an the of to with and or for in on at by from".split())


def happening(*events: Event) -> str:
    """The events' summary (one sentence, the same for all), each one's own words emphasised
    when the summary says more than them: a sentence telling of several happenings shows
    which ones the line is about."""
    summary = " ".join(events[0].summary.split())
    spans: list[tuple[int, int]] = []
    for event in events:
        for evidence in event.evidence:  # the clause of a source whose sentence is the summary
            own = " ".join(evidence.quote.split()).strip()
            at = summary.find(own) if own else -1
            if at >= 0:
                spans.append((at, at + len(own)))
                break
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    if not merged or sum(end - start for start, end in merged) >= len(summary) - 2:
        return markdown_text(summary)
    parts, done = [], 0
    for start, end in merged:
        parts.append(f"{_inline(summary[done:start])}*{_inline(summary[start:end])}*")
        done = end
    return "".join(parts) + _inline(summary[done:])


def _inline(text: str) -> str:
    """`markdown_text` keeping the text's leading and trailing space (it sits between others)."""
    core = markdown_text(text)
    lead = " " if text[:1].isspace() else ""
    trail = " " if text[-1:].isspace() and text.strip() else ""
    return f"{lead}{core}{trail}"


def _timeline(events: Sequence[Event]) -> str:
    """Dated and multi-source happenings in date order; what one source alone reports,
    undated, folded into one line per source under 'Also reported'."""
    if not events:
        return ""
    also: dict[int, list[Event]] = {}
    rows: dict[str, tuple[set[int], list[str]]] = {}  # a line's words -> its sources, disputes
    on_a_line: set[str] = set()  # sentences the timeline shows: not repeated below it
    told_in: dict[tuple[str | None, str], list[Event]] = {}  # (day, sentence) -> its events
    for event in events:
        if not on_timeline(event):
            also.setdefault(event.sources[0], []).append(event)
            continue
        on_a_line.add(event.summary)
        told_in.setdefault((event.when, " ".join(event.summary.split())), []).append(event)
    for (when, _), told in told_in.items():
        day = f"**{when or 'Undated'}**"
        # happenings of one sentence, day and sources are one line, each emphasised; two
        # that read alike are one line, citing both
        alike = len({tuple(sorted(e.sources)) for e in told}) == 1
        whole = _told_whole(told)  # or one tells the whole sentence, cited by all the others
        for group in [told] if alike else [whole] if whole else [[e] for e in told]:
            line = f"- {day} \u2014 {happening(*group)}"
            sources, disputed = rows.setdefault(line, (set(), []))
            for event in group:
                sources.update(event.sources)
                disputed += [topic for topic in event.disputed if topic not in disputed]
    lines = [
        f"{words} {cite(sources)}" + _sources_differ(disputed)
        for words, (sources, disputed) in rows.items()
    ]
    shown = {
        s: _sentences([e for e in found if tells_news(e) and e.summary not in on_a_line])
        for s, found in also.items()
    }
    if any(shown.values()):
        lines.append("\n**Also reported** (by one source each, undated):\n")
        for source, sentences in sorted(shown.items()):
            if sentences:
                lines.append(f"- {cite([source])}")
                lines.extend(f"  - {markdown_text(sentence)}" for sentence in sentences)
    return "## Timeline\n\n" + "\n".join(lines)


def _told_whole(told: Sequence[Event]) -> list[Event]:
    """The event whose own words are the whole sentence, where its sources cite every other
    happening the sentence tells: 'Ellen DeGeneres will host the Oscars …, the Academy
    announced Friday' shown once, not again for 'the Academy announced Friday'."""
    sentence = " ".join(told[0].summary.split())
    for event in told:
        whole = any(" ".join(e.quote.split()) in (sentence, sentence[:-1]) for e in event.evidence)
        if whole and all(set(other.sources) <= set(event.sources) for other in told):
            return [event]
    return []


def _sentences(events: Sequence[Event]) -> list[str]:
    """The sentences that tell of the events, once each: a clause cut from its sentence
    ('a position backed by the mayor of Kyiv') does not read alone."""
    seen: dict[str, None] = {}
    for event in events:
        seen.setdefault(short_text(event.summary or event.evidence[0].quote, MAX_ALSO_CHARS))
    return [s.strip(" ,;:") for s in seen if s.strip(" ,;:")]


def _sources_differ(topics: Sequence[str]) -> str:
    if not topics:
        return ""
    return f" _(sources differ: {'; '.join(markdown_text(t) for t in topics)})_"


def on_timeline(event: Event) -> bool:
    """Whether the event has a timeline line of its own: dated (to the day, or the month or
    year the sources give), or told by several sources."""
    return event.when is not None or len(event.sources) > 1


def _actors(everyone: Sequence[Actor], speakers: set[str]) -> str:
    """The most prominent actors, and everyone with a position, in full; the rest in one line.
    Unnamed actors ('police', 'the suspect') follow in a line of their own when two or more
    sources describe them."""
    actors = [a for a in everyone if not a.unnamed]
    described = [a for a in everyone if a.unnamed and len(a.sources) > 1]
    if not actors and not described:
        return ""
    shown = {i for i, a in enumerate(actors) if i < MAX_LISTED_ACTORS or a.name in speakers}
    listed = [a for i, a in enumerate(actors) if i in shown]
    rest = [a for i, a in enumerate(actors) if i not in shown]
    lines = []
    for actor in listed:
        details = "; ".join(markdown_text(r) for r in actor.roles[:3])
        line = f"- **{markdown_text(actor.name)}**" + (f" \u2014 {details}" if details else "")
        if actor.aliases:
            line += f" (also: {', '.join(markdown_text(a) for a in actor.aliases[:6])})"
        lines.append(f"{line} {cite(actor.sources)}")
    if rest:
        mentioned = ", ".join(f"{markdown_text(a.name)} {cite(a.sources)}" for a in rest)
        lines.append(f"- Also mentioned: {mentioned}")
    if described:
        unnamed = ", ".join(f"{markdown_text(a.name)} {cite(a.sources)}" for a in described)
        lines.append(f"- Described but not named: {unnamed}")
    return "## Key actors\n\n" + "\n".join(lines)


def _positions(positions: Sequence[Position]) -> str:
    if not positions:
        return ""
    by_actor: dict[str, list[Position]] = {}
    for position in positions:
        by_actor.setdefault(position.actor, []).append(position)
    blocks = [
        f"### {markdown_text(actor)}\n\n" + "\n".join(_position_line(p) for p in stated)
        for actor, stated in by_actor.items()
    ]
    return "## Positions\n\n" + "\n\n".join(blocks)


def _position_line(position: Position) -> str:
    """The stance, its words shown once: a stance in the reporter's framing words already holds
    its quotes ('called the meeting “productive”'); a summarised stance is followed by them."""
    stance = short_text(position.stance, MAX_STANCE_CHARS)
    folded = _unquoted(position.stance)  # a quote the shortened stance cuts is not repeated
    shown: list[Evidence] = []
    rest: list[Evidence] = []  # one pass: a position cited by hundreds of articles is common
    for evidence in position.evidence:
        quoted = _unquoted(evidence.quote).strip(" ,.;:'") in folded
        (shown if quoted else rest).append(evidence)
    if not rest:
        return f"- {markdown_text(stance)} {cite(position.sources)}"
    framed = sorted({e.source for e in shown})  # sources of the words the stance holds
    lead = f"{markdown_text(stance)} {cite(framed)}" if framed else markdown_text(stance)
    return f"- {lead} \u2014 {_quotes(rest)}"


def _unattributed(quotes: Sequence[Quote]) -> str:
    """Quotations no source attributes for certain: under no name, each cited to its articles."""
    if not quotes:
        return ""
    lines = [f"- {_quotes(quote.evidence)}" for quote in quotes[:MAX_UNATTRIBUTED]]
    if len(quotes) > MAX_UNATTRIBUTED:
        lines.append(f"- \u2026 and {len(quotes) - MAX_UNATTRIBUTED:,} more (in the JSON output)")
    return "## Quoted, speaker not certain\n\n" + "\n".join(lines)


MAX_UNATTRIBUTED = 30


def _unquoted(text: str) -> str:
    """Folded, without quotation marks: 'said Crimea "will stay …"' holds 'Crimea will stay …'."""
    return fold_quote(text).replace('"', "")


def _disagreements(disagreements: Sequence[Disagreement]) -> str:
    if not disagreements:
        return ""
    blocks = []
    for disagreement in disagreements:
        sides = "\n".join(_claim_line(claim) for claim in disagreement.claims)
        blocks.append(f"### {markdown_text(disagreement.topic)}\n\n{sides}")
    return "## Where sources disagree\n\n" + "\n\n".join(blocks)


def _claim_line(claim: Claim) -> str:
    return f"- **{markdown_text(claim.claim)}** \u2014 {_quotes(claim.evidence)}"


def _open_questions(questions: Sequence[OpenQuestion]) -> str:
    if not questions:
        return ""
    lines = []
    for q in questions:
        label = _label_of_its_quote(q.question, q.evidence)
        if label is None:
            label = q.question  # a question of its own: shown before the sentence it reads
        head = f"{markdown_text(label)} \u2014 " if label else ""
        lines.append(f"- {head}{_quotes(q.evidence)}")
    return "## Open questions\n\n" + "\n".join(lines)


def _label_of_its_quote(question: str, evidence: Sequence[Evidence]) -> str | None:
    """An open point that could not be put as a question repeats the reporter's sentence
    ('Unconfirmed: that would suggest …' of 'If confirmed, that would suggest …'): shown once,
    as the quote, after its label if it has one ('' if none). None for a real question."""
    label, colon, rest = question.partition(": ")
    if not colon or " " in label:
        label, rest = "", question
    said = fold_quote(rest).rstrip(".")
    return label if any(said in fold_quote(e.quote) for e in evidence) else None


def _quotes(evidence: Sequence[Evidence]) -> str:
    """One quote per source, each followed by its citation."""
    first_per_source: dict[int, Evidence] = {}
    for item in evidence:
        first_per_source.setdefault(item.source, item)
    shown: list[str] = []
    seen_text: dict[str, list[int]] = {}
    for source, item in sorted(first_per_source.items()):
        text = short_quote(item.quote)
        if text in seen_text:
            seen_text[text].append(source)
        else:
            seen_text[text] = [source]
            shown.append(text)
    return "; ".join(f"{text} {cite(seen_text[text])}" for text in shown)


def _sources(briefing: Briefing) -> str:
    lines = []
    for source in briefing.sources:
        title = markdown_link(source.title or "(untitled)", source.url)
        when = f", {source.published.isoformat()}" if source.published else ""
        missing = "" if source.extracted else " _(not extracted)_"
        anchor = f'<a id="{source_anchor(source.id)}"></a>'
        lines.append(f"{source.id}. {anchor}{title} \u2014 {code_span(source.path)}{when}{missing}")
    return "## Sources\n\n" + "\n".join(lines)


def _run_note(briefing: Briefing) -> str:
    stats = briefing.stats
    parts = [markdown_text(fact) for fact in run_facts(stats)]
    if stats.articles_failed:
        failed = ", ".join(
            f"{code_span(f.path)} ({markdown_text(f.reason)})" for f in stats.articles_failed
        )
        parts.append(f"not used: {failed}")
    return "---\n\n_" + "; ".join(parts) + "._"
