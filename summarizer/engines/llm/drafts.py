"""What an LLM fills in for one article, and how it becomes a grounded `ArticleExtraction`.

The model writes names, short summaries and quotes; it never writes offsets. Grounding looks each
quote up in the article (`grounding.locate_quote`) and records where it stands. Field docstrings
below are prompt text: they become the JSON Schema descriptions instructor sends to the model.

During an LLM call a `GroundingCheck` rides in the validation context: while re-asks remain, an
item whose quote is not in the article (or whose name is empty) fails validation and the model
is asked to fix it; on the last attempt such items are dropped and counted instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Annotated, Any

import jiter
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    model_validator,
)

from ...models import (
    Actor,
    ActorKind,
    Article,
    ArticleExtraction,
    Event,
    Evidence,
    OpenQuestion,
    Position,
)
from ...text.dates import period_of, resolve_date, resolve_period, speaks_of_future
from ...text.names import TITLE_WORDS, fold_name, surnames_match, transliteration_key
from ...text.quotes import Span, align_quote, locate_quote, name_occurrences
from ...text.words import content_stems

MAX_ITEMS = 100
"""Items of one kind an article's answer may hold; more are dropped and counted."""
SCHEMA_MAX_ITEMS = 20
"""Items of one kind the schema asks for at most: what a news article holds, and a bound on
how long a model may write (a grammar-constrained server stops it there)."""
MAX_NAME_CHARS = 200
"""Characters of a name or role: longer is not a name."""
MAX_TEXT_CHARS = 300
"""Characters of a summary, stance or question: a sentence, not a document."""
MAX_QUOTE_CHARS = 1000
"""Characters of a quote: the longest sentences news prints, not whole paragraphs."""
MIN_SURNAME_CHARS = 3
MAX_NAME_SPANS = 50
_NAME_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
DEFAULT_MAX_REASKS = 2
"""Times a model is asked to fix an invalid or ungrounded answer before what is left is dropped."""
_KINDS: dict[str, ActorKind] = {
    "person": "person",
    "people": "person",
    "organization": "organization",
    "organisation": "organization",
    "institution": "organization",
    "company": "organization",
    "government": "organization",
    "country": "country",
    "state": "country",
    "nation": "country",
    "group": "group",
}


def _kind(value: Any) -> ActorKind:
    return _KINDS.get(str(value or "").strip().lower(), "other")


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _optional_text(value: Any) -> str | None:
    text = _text(value)
    return text if text and text.lower() not in {"null", "none", "n/a", "unknown"} else None


def _names(value: Any) -> list[str]:
    if value is None:
        return []
    items = [value] if isinstance(value, str) else list(value)
    return [name for name in (_text(item) for item in items) if name]


def _items(value: Any) -> Any:
    return [] if value is None else value


Text = Annotated[str, BeforeValidator(_text)]
OptionalText = Annotated[str | None, BeforeValidator(_optional_text)]


class _Draft(BaseModel):
    # The schema tells the model "no other properties"; validation ignores any it adds anyway
    # (a stray "title" should not cost a re-ask).
    model_config = ConfigDict(
        extra="ignore",
        json_schema_extra={"additionalProperties": False},
        use_attribute_docstrings=True,
    )


def _bounded(limit: int) -> Any:
    """A field the schema tells the model is at most `limit` characters (or items); longer
    answers are re-asked about or dropped by grounding, not refused whole by validation."""
    return Field(json_schema_extra={"maxLength": limit})


class ActorDraft(_Draft):
    """A person, organisation, government or group that acts or speaks in the article."""

    name: Text = _bounded(MAX_NAME_CHARS)
    """The name exactly as the article writes it, without titles: 'Yuri Ushakov', 'the
    Kremlin'. It is found in the article by this name."""
    kind: Annotated[ActorKind, BeforeValidator(_kind)] = "person"
    """One of: person, organization, country, group, other."""
    role: OptionalText = Field(default=None, json_schema_extra={"maxLength": MAX_NAME_CHARS})
    """The title or role the article gives them, e.g. 'Kremlin aide'; null if none."""


class EventDraft(_Draft):
    """Something that happened, as the article reports it."""

    summary: Text = _bounded(MAX_TEXT_CHARS)
    """One short sentence in your words: who did what."""
    when: OptionalText = Field(default=None, json_schema_extra={"maxLength": MAX_NAME_CHARS})
    """The day exactly as the article writes it ('on Monday', 'April 25'); null if not stated."""
    actors: Annotated[list[str], BeforeValidator(_names)] = Field(default_factory=list)
    """Names of the actors involved."""
    quote: Text = _bounded(MAX_QUOTE_CHARS)
    """The article's sentence reporting it, copied exactly."""


class PositionDraft(_Draft):
    """A stance someone takes, in their own quoted or reported words."""

    actor: Text = _bounded(MAX_NAME_CHARS)
    """Who said it (a name from actors): the person whose words the quote is."""
    stance: Text = _bounded(MAX_TEXT_CHARS)
    """What they want or reject, in a few words of your own, e.g. 'wants direct talks'."""
    quote: Text = _bounded(MAX_QUOTE_CHARS)
    """Their words, copied exactly from the article."""


class OpenQuestionDraft(_Draft):
    """Something the article says is unclear, unconfirmed, pending or unanswered."""

    question: Text = _bounded(MAX_TEXT_CHARS)
    """The open point, phrased as a question."""
    quote: Text = _bounded(MAX_QUOTE_CHARS)
    """The article's words saying it is unclear or pending, copied exactly."""


class ArticleDraft(_Draft):
    """Everything one article reports about the story."""

    actors: Annotated[list[ActorDraft], BeforeValidator(_items)] = Field(
        default_factory=list, json_schema_extra={"maxItems": SCHEMA_MAX_ITEMS}
    )
    events: Annotated[list[EventDraft], BeforeValidator(_items)] = Field(
        default_factory=list, json_schema_extra={"maxItems": SCHEMA_MAX_ITEMS}
    )
    positions: Annotated[list[PositionDraft], BeforeValidator(_items)] = Field(
        default_factory=list, json_schema_extra={"maxItems": SCHEMA_MAX_ITEMS}
    )
    open_questions: Annotated[list[OpenQuestionDraft], BeforeValidator(_items)] = Field(
        default_factory=list, json_schema_extra={"maxItems": SCHEMA_MAX_ITEMS}
    )

    @model_validator(mode="after")
    def _quotes_stand_in_the_article(self) -> ArticleDraft:
        check = _ACTIVE_CHECK.get()  # set by `grounding()` around the request; None elsewhere
        if check is not None:
            check.inspect(self)
        return self


@dataclass(frozen=True)
class Problem:
    """An item that cannot be shown: its quote is not in the article, or a part is empty."""

    where: str
    message: str


@dataclass(frozen=True)
class GroundedDraft:
    """A draft turned into an extraction, with the items that had to be left out."""

    extraction: ArticleExtraction
    problems: list[Problem]
    incomplete: int = 0
    """Items of a cut-off answer that were not complete enough to check."""
    over_limit: int = 0
    """Items beyond `MAX_ITEMS` of their kind."""
    aligned: int = 0
    """Near-quotes aligned to the article's closest span (see `text.quotes.align_quote`)."""

    @property
    def dropped(self) -> int:
        """Items not shown: ungrounded, empty, too long, incomplete, or beyond the limit."""
        return len(self.problems) + self.incomplete + self.over_limit

    @property
    def kept(self) -> int:
        """Items grounded and kept."""
        x = self.extraction
        return len(x.actors) + len(x.events) + len(x.positions) + len(x.open_questions)

    def reask_message(self) -> str:
        """What the model is told to fix."""
        lines = [f"- {p.where}: {p.message}" for p in self.problems[:20]]
        return (
            "Some items are not supported by the ARTICLE text. Every quote must be copied "
            "character for character from the ARTICLE (a short exact phrase is enough). "
            "Fix these items or remove them:\n" + "\n".join(lines)
        )


def ground_draft(draft: ArticleDraft, article: Article) -> GroundedDraft:
    """Look up every quote of `draft` in `article`; keep what is grounded, report the rest."""
    problems: list[Problem] = []

    aligned = 0

    def evidence(where: str, quote: str) -> list[Evidence] | None:
        nonlocal aligned
        spans = locate_quote(article.text, quote) if quote else None
        if spans is None and quote and (near := align_quote(article.text, quote)) is not None:
            spans = [near]  # a near-quote: the article's own words at the closest span
            aligned += 1
        if spans is None:
            shown = quote if len(quote) <= 120 else quote[:117] + "..."
            problems.append(Problem(where, f'quote "{shown}" is not in the article'))
            return None
        return [
            Evidence(
                source=article.id, quote=article.text[s.start : s.end], start=s.start, end=s.end
            )
            for s in spans
        ]

    def required(where: str, value: str, limit: int = MAX_TEXT_CHARS) -> bool:
        if not value:
            problems.append(Problem(where, "is empty"))
        elif len(value) > limit:
            problems.append(Problem(where, f"is longer than {limit} characters: shorten it"))
            return False
        return bool(value)

    def evidence_of(where: str, quote: str) -> list[Evidence] | None:
        return evidence(where, quote) if required(where, quote, MAX_QUOTE_CHARS) else None

    over_limit = 0
    for kind in ("actors", "events", "positions", "open_questions"):
        items = getattr(draft, kind)
        if len(items) > MAX_ITEMS:
            problems.append(
                Problem(kind, f"has {len(items)} items: give at most {MAX_ITEMS}, the main ones")
            )
            over_limit += len(items) - MAX_ITEMS - 1  # the problem itself counts one

    actors = []
    for i, a in enumerate(draft.actors[:MAX_ITEMS]):
        role_fits = a.role is None or required(f"actors[{i}].role", a.role, MAX_NAME_CHARS)
        if required(f"actors[{i}].name", a.name, MAX_NAME_CHARS) and role_fits:
            named = name_evidence(article, a.name)
            if not named:
                problems.append(Problem(f"actors[{i}].name", f'"{a.name}" is not in the article'))
                continue
            roles = [a.role] if a.role else []
            actors.append(Actor(name=a.name, kind=a.kind, roles=roles, evidence=named))
    events = []
    for i, e in enumerate(draft.events[:MAX_ITEMS]):
        if required(f"events[{i}].summary", e.summary) and (
            ev := evidence_of(f"events[{i}].quote", e.quote)
        ):
            if not content_stems(e.summary) & content_stems(" ".join(x.quote for x in ev)):
                problems.append(
                    Problem(f"events[{i}].quote", "is not the sentence that reports this event")
                )
                continue  # a summary of one happening citing the words of another
            when = e.when if e.when and len(e.when) <= MAX_NAME_CHARS else None
            when = when if when and locate_quote(article.text, when) else None
            names = [n for n in e.actors if len(n) <= MAX_NAME_CHARS][:MAX_ITEMS]
            future = speaks_of_future(" ".join(x.quote for x in ev))
            day = resolve_date(when, article.published, future=future)
            period = (
                None if day else resolve_period(period_of(when), article.published, future=future)
            )
            events.append(
                Event(
                    summary=e.summary,
                    date=day,
                    period=period,
                    date_text=when,
                    actors=names,
                    evidence=ev,
                )
            )
    positions = []
    for i, p in enumerate(draft.positions[:MAX_ITEMS]):
        if (
            required(f"positions[{i}].actor", p.actor, MAX_NAME_CHARS)
            and required(f"positions[{i}].stance", p.stance)
            and (ev := evidence_of(f"positions[{i}].quote", p.quote))
        ):
            positions.append(Position(actor=p.actor, stance=p.stance, evidence=ev))
    questions = []
    for i, q in enumerate(draft.open_questions[:MAX_ITEMS]):
        if required(f"open_questions[{i}].question", q.question) and (
            ev := evidence_of(f"open_questions[{i}].quote", q.quote)
        ):
            questions.append(OpenQuestion(question=q.question, evidence=ev))
    extraction = ArticleExtraction(
        source=article.id,
        actors=actors,
        events=events,
        positions=positions,
        open_questions=questions,
    )
    return GroundedDraft(
        extraction=extraction, problems=problems, over_limit=over_limit, aligned=aligned
    )


def name_evidence(article: Article, name: str) -> list[Evidence]:
    """An actor grounded by its name's occurrences in the article: the full name, else the
    surname (the last word of a person's name), never a title or a short word alone."""
    spans = name_occurrences(article.text, name)
    if not spans and name.lower().startswith("the "):
        spans = name_occurrences(article.text, name[4:])  # 'the Kremlin' written 'Kremlin'
    words = [w for w in fold_name(name).split() if w not in TITLE_WORDS and w != "the"]
    surname = words[-1] if words and len(words[-1]) >= MIN_SURNAME_CHARS else None
    if not spans and surname and surname != fold_name(name):
        spans = name_occurrences(article.text, surname)  # 'Minister Ribeiro': 'Ribeiro'
    if not spans and surname:  # another spelling: 'Zelenskyy' written 'Zelensky'
        key = transliteration_key(surname)
        spans = [
            Span(m.start(), m.end())
            for m in _NAME_WORD.finditer(article.text)
            if surnames_match(key, transliteration_key(fold_name(m.group())))
        ][:MAX_NAME_SPANS]
    return [
        Evidence(source=article.id, quote=article.text[s.start : s.end], start=s.start, end=s.end)
        for s in spans
    ]


_ITEM_MODELS: dict[str, type[_Draft]] = {
    "actors": ActorDraft,
    "events": EventDraft,
    "positions": PositionDraft,
    "open_questions": OpenQuestionDraft,
}


def salvage_draft(answer: str) -> tuple[ArticleDraft, int] | None:
    """The complete items of a cut-off or partly malformed answer, and how many were not.

    A model that runs out of output tokens leaves its JSON unterminated, so instructor cannot
    parse any of it; the items written before the cut are often whole and quotable.
    """
    start = answer.find("{")
    if start < 0:
        return None
    end = answer.find("```", start)
    body = answer[start : end if end >= 0 else len(answer)]
    try:
        data = jiter.from_json(body.encode(), partial_mode="on")
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    kept: dict[str, list[Any]] = {}
    incomplete = 0
    for key, model in _ITEM_MODELS.items():
        items = data.get(key) or []
        kept[key] = []
        for item in items if isinstance(items, list) else [items]:
            try:
                kept[key].append(model.model_validate(item))
            except ValidationError:
                incomplete += 1
    return ArticleDraft.model_validate(kept), incomplete


def names_actor(quote: str, name: str) -> bool:
    """Whether a quote mentions the actor: it holds a word of the name, in any transliteration
    ('Zelensky' names 'Volodymyr Zelenskyy'); titles do not count."""
    words = {transliteration_key(w) for w in fold_name(quote).split()}
    named = fold_name(name).split()
    wanted = [w for w in named if len(w) >= 3 and w not in TITLE_WORDS and w != "the"]
    return any(
        surnames_match(transliteration_key(w), word) for w in (wanted or named) for word in words
    )


_ACTIVE_CHECK: ContextVar[GroundingCheck | None] = ContextVar("brief_grounding", default=None)


@contextmanager
def grounding(check: GroundingCheck) -> Iterator[None]:
    """Ground every draft validated inside this block (in this task) with `check`.

    The check travels in a context variable, not in instructor's `context=`: instructor renders
    every message as a Jinja template when given a context, which would rewrite article text
    such as '{{ 7 * 7 }}' before the model saw it.
    """
    token = _ACTIVE_CHECK.set(check)
    try:
        yield
    finally:
        _ACTIVE_CHECK.reset(token)


@dataclass(repr=False)
class GroundingCheck:
    """Per-call grounding state shared between the LLM engine and the draft validator.

    The engine bumps `attempt` before every request; the validator grounds each answer, keeps the
    latest result in `outcome`, and rejects an answer with problems while `attempt` is below
    `max_attempts` so that the model is asked to fix it.
    """

    article: Article
    max_attempts: int
    attempt: int = 0
    outcome: GroundedDraft | None = field(default=None)

    def __repr__(self) -> str:  # formatted into validation errors: keep the article out of it
        return f"GroundingCheck(article={self.article.id}, attempt={self.attempt})"

    def inspect(self, draft: ArticleDraft) -> None:
        """Ground `draft`; raise `ValueError` (a re-ask) if it has problems and attempts remain."""
        self.outcome = ground_draft(draft, self.article)
        if self.outcome.problems and self.attempt < self.max_attempts:
            raise ValueError(self.outcome.reask_message())
