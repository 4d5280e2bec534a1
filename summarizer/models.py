"""The briefing's data model, filled by code rather than by a model.

- `Article`: what the loader read from one file.
- `ArticleExtraction` and its items (`Actor`, `Event`, `Position`, `OpenQuestion`): what one
  article yields. Every item is grounded by `Evidence`: a verbatim quote with the character
  offsets where it stands in the article's loaded text.
- `Briefing`: the merge of all extractions, plus the run's statistics.

What an LLM fills in (quotes without offsets) is a separate, stricter set of types in `drafts`;
grounding turns those into the types here. Item types are shared by the per-article and the
merged level: a merged actor is an actor whose evidence spans several sources.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field

ActorKind = Literal["person", "organization", "country", "group", "other"]
ENGINE_NAMES = ("llm", "offline")


class _Model(BaseModel):
    model_config = ConfigDict(use_attribute_docstrings=True, frozen=True)


class Article(_Model):
    """One news article as loaded from disk."""

    id: int
    """Source id, 1-based, in the folder's stable order; citations like [3] refer to it."""
    path: str
    """The file path as given on the command line (folder joined with the relative path)."""
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    """Publication date when the article states it; relative dates resolve against it."""
    text: str
    """The loaded text; every evidence offset indexes into it."""


class Evidence(_Model):
    """A verbatim passage of one article that supports an item."""

    source: int
    """Id of the article the quote comes from."""
    quote: str
    """Exactly `text[start:end]` of that article."""
    start: int = Field(ge=0)
    end: int = Field(ge=0)


def union_evidence(evidence: Iterable[Evidence]) -> list[Evidence]:
    """Evidence without repeats, in source and position order."""
    unique = {(e.source, e.start, e.end): e for e in evidence}
    return [unique[key] for key in sorted(unique)]


class _Grounded(_Model):
    evidence: list[Evidence] = Field(min_length=1)
    """Verbatim passages supporting this item; at least one."""

    @computed_field  # type: ignore[prop-decorator]
    @property
    def sources(self) -> list[int]:
        """Ids of the articles supporting this item, ascending."""
        return sorted({e.source for e in self.evidence})


class Actor(_Grounded):
    """A person, organisation, country or group that acts in the story."""

    name: str
    """Canonical name, without titles: 'Donald Trump', 'the Kremlin'."""
    kind: ActorKind = "person"
    roles: list[str] = Field(default_factory=list)
    """Titles and roles as the sources write them: 'U.S. President', 'Kremlin aide'."""
    aliases: list[str] = Field(default_factory=list)
    """Other spellings and mentions seen for the same actor."""
    unnamed: bool = False
    """Described but never named in the sources: 'the suspect', 'police', 'a gunman'."""


DatedBy = Literal["text", "publication", "reference_week", "narrative", "other_article"]
"""How an event's date was found (see `Event.dated_by`)."""


class Event(_Grounded):
    """Something that happened, as one or more sources report it."""

    summary: str
    """One sentence: who did what."""
    date: dt.date | None = None
    """ISO date when the sources state or imply one; null rather than a guess."""
    date_text: str | None = None
    """The date as written: 'on Monday', 'April 25' (or the period: 'in 1990', 'last month')."""
    period: str | None = Field(default=None, pattern=r"^\d{4}(?:-\d{2})?$")
    """When the sources give no day: the month ('2022-02') or year ('1990') they place the
    happening in ('in February 2022', 'in 1990', 'last month'), at the precision written;
    null whenever `date` is set."""
    actors: list[str] = Field(default_factory=list)
    """Names of the actors involved (canonical names once merged)."""
    agents: list[str] = Field(default_factory=list)
    """Those of `actors` who did it ('Police' in 'Police arrested Mark'), where the clause says."""
    patients: list[str] = Field(default_factory=list)
    """Those of `actors` it was done to ('Mark' in 'Police arrested Mark', 'Mark was arrested')."""
    disputed: list[str] = Field(default_factory=list)
    """Topics of disagreements this event's sources take part in: they report it differently."""
    predicate: str | None = None
    """The word naming the happening, in dictionary form ('arrest', 'earthquake')."""
    dated_by: DatedBy | None = None
    """How the date was found: 'text', written in full; 'publication', resolved against the
    article's publication date ('on Monday'); 'reference_week', resolved against the week an
    undated article's own full dates and weekdays agree on; 'narrative', told in the simple
    past right after a dated happening of the same article, with no other time between
    ('On Thursday the warship intercepted three boats. … Two of them got away.'; `date_text`
    is then the day as that happening gives it); 'other_article', the same happening is
    dated in another article."""
    merged_on: list[str] = Field(default_factory=list)
    """Why reports from several places were judged one happening: 'identical report', 'same
    happening: arrest', 'shared participants: Jamal Williams', 'same day: 2009-02-01'."""

    @property
    def when(self) -> str | None:
        """Its day ('2022-02-24'), else its month ('2022-02') or year ('2022'); None: ISO
        strings, so they sort in time with a month or year before the days within it."""
        return self.date.isoformat() if self.date else self.period


class Position(_Grounded):
    """A stance an actor takes, evidenced by their quoted or reported words."""

    actor: str
    stance: str
    """The position in a few words, stated from the quote's own words."""


class Quote(_Grounded):
    """Words an article quotes without making certain who said them: shown under no name,
    cited to the article, rather than under a guessed one."""

    text: str
    """The quoted words, as the article writes them."""


class OpenQuestion(_Grounded):
    """Something the sources say is unclear, unconfirmed, pending or unanswered."""

    question: str


class Claim(_Grounded):
    """One side of a disagreement: what some sources say, in their words."""

    claim: str


class Disagreement(_Model):
    """Sources that report differing claims or figures about the same thing."""

    topic: str
    kind: Literal["figure", "date", "claim"] = "figure"
    """'figure': differing numbers for one quantity; 'date': differing days for one event;
    'claim': actors asserting opposite things about one matter (a truce held / was broken)."""
    claims: list[Claim] = Field(min_length=2)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def sources(self) -> list[int]:
        """Ids of all articles on any side."""
        return sorted({s for c in self.claims for s in c.sources})


class ArticleExtraction(_Model):
    """Everything one article yields, every item grounded in that article."""

    source: int
    actors: list[Actor] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    positions: list[Position] = Field(default_factory=list)
    open_questions: list[OpenQuestion] = Field(default_factory=list)
    also_named: list[Actor] = Field(default_factory=list)
    """People the article names without showing them act ('in choosing Gupta'): their mentions
    join the actor that other articles show acting, and are no actors of their own."""
    unattributed: list[Quote] = Field(default_factory=list)
    """Quotations whose speaker the article does not make certain."""


class SourceRef(_Model):
    """One article in the briefing's numbered source list."""

    id: int
    path: str
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    extracted: bool = True
    """Whether the article's extraction is in the briefing: False when it failed or the run
    stopped before it (the header counts only extracted articles)."""


class ArticleFailure(_Model):
    """An input file that contributed nothing, and why."""

    path: str
    stage: Literal["load", "extract"]
    reason: str


class RunStats(_Model):
    """What the run did and what it cost."""

    engine: str
    model: str | None = None
    mode: str | None = None
    articles_loaded: int = 0
    articles_extracted: int = 0
    articles_failed: list[ArticleFailure] = Field(default_factory=list)
    llm_calls: int = 0
    """Requests answered by the endpoint, re-asks included."""
    reasks: int = 0
    """Requests that asked the model to fix an invalid or ungrounded answer."""
    input_tokens: int = 0
    output_tokens: int = 0
    ungrounded_dropped: int = 0
    """Items whose quotes were still not in the article after the re-asks: dropped, not shown."""
    articles_cached: int = 0
    """Articles whose extraction came from the cache: no request, no tokens."""
    estimated_cost_usd: float | None = None
    """Tokens in and out at the model's price per million, when the price is known."""
    interrupted: bool = False
    """The run was stopped (Ctrl-C, SIGTERM); what finished before is in the briefing."""
    llm_fallbacks: list[ArticleFailure] = Field(default_factory=list)
    """Articles whose model answer gave nothing usable: their offline extraction stands in."""
    quotes_aligned: int = 0
    """Near-quotes of a model aligned to the article's closest words (see grounding)."""
    merge_interrupted: bool = False
    """Stopped while merging: the briefing lists the sources only (extractions stay cached)."""
    budget_reached: bool = False
    """A token or cost budget stopped new articles from starting."""
    duration_seconds: float = 0.0


class Briefing(_Model):
    """The merged, cited result of a run."""

    title: str
    sources: list[SourceRef]
    actors: list[Actor] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    """Dated events first, in date order; undated ones after, by first source."""
    positions: list[Position] = Field(default_factory=list)
    unattributed: list[Quote] = Field(default_factory=list)
    """Quotations no source attributes for certain, each once, by first source: shown under no
    name rather than a guessed one (a quote some source attributes is among `positions`)."""
    disagreements: list[Disagreement] = Field(default_factory=list)
    open_questions: list[OpenQuestion] = Field(default_factory=list)
    stats: RunStats

    def __repr__(self) -> str:
        # Short on purpose: the full repr of a large briefing runs to megabytes, and Python 3.11's
        # asyncio.run formats the repr of its result on exit (tens of milliseconds per run).
        counts = ", ".join(
            f"{len(items)} {name}"
            for name, items in (
                ("sources", self.sources),
                ("actors", self.actors),
                ("events", self.events),
                ("positions", self.positions),
                ("unattributed", self.unattributed),
                ("disagreements", self.disagreements),
                ("open_questions", self.open_questions),
            )
        )
        return f"Briefing(title={self.title!r}, {counts})"
