"""The extraction stage: run an engine over every article, concurrently, losing nothing.

An engine turns one `Article` into one grounded `ArticleExtraction`. Engines are pluggable: any
object with the `ExtractionEngine` shape works (the LLM engine, the offline engine, a test double).
Articles run concurrently up to a limit; results come back in input order whatever the timing,
so output never depends on which request finished first. An article that fails is recorded with
its reason and the others go on; an `EndpointError` (bad key, unknown model) stops the run.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from .errors import ArticleExtractionError, EndpointError
from .models import Article, ArticleExtraction, ArticleFailure
from .usage import ExtractionUsage


@dataclass(frozen=True)
class ExtractionResult:
    """One article's extraction and what it cost."""

    extraction: ArticleExtraction
    usage: ExtractionUsage = field(default_factory=ExtractionUsage)


@runtime_checkable
class ExtractionEngine(Protocol):
    """Turns one article into a grounded extraction."""

    @property
    def name(self) -> str:
        """Short engine name for statistics: 'llm', 'offline'."""
        ...

    @property
    def model(self) -> str | None:
        """The model the engine uses, if any."""
        ...

    @property
    def mode(self) -> str | None:
        """How the engine asks for structure, if that applies."""
        ...

    async def prepare(self) -> None:
        """Check the configuration before the first article (e.g. choose the model)."""
        ...

    async def extract(self, article: Article) -> ExtractionResult:
        """Extract one article; raise `ArticleExtractionError` or `EndpointError` on failure."""
        ...

    async def aclose(self) -> None:
        """Release connections."""
        ...


@dataclass
class ExtractionRun:
    """The outcome of extracting a set of articles."""

    results: list[tuple[Article, ExtractionResult]] = field(default_factory=list)
    """Successful extractions, in input order."""
    failures: list[ArticleFailure] = field(default_factory=list)
    usage: ExtractionUsage = field(default_factory=ExtractionUsage)


ProgressCallback = Callable[[Article, bool], None]
"""Called once per article as it finishes: the article and whether it succeeded."""


async def extract_articles(
    articles: Sequence[Article],
    engine: ExtractionEngine,
    *,
    concurrency: int = 8,
    on_progress: ProgressCallback | None = None,
) -> ExtractionRun:
    """Extract every article with `engine`, at most `concurrency` at a time."""
    if concurrency < 1:
        raise ValueError("concurrency must be at least 1")
    gate = asyncio.Semaphore(concurrency)
    outcomes: dict[int, ExtractionResult | ArticleExtractionError] = {}

    async def one(index: int, article: Article) -> None:
        async with gate:
            try:
                outcomes[index] = await engine.extract(article)
            except ArticleExtractionError as error:
                outcomes[index] = error
        if on_progress is not None:
            on_progress(article, not isinstance(outcomes[index], ArticleExtractionError))

    tasks = [asyncio.ensure_future(one(i, a)) for i, a in enumerate(articles)]
    try:
        await asyncio.gather(*tasks)
    except EndpointError:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise
    run = ExtractionRun()
    for index, article in enumerate(articles):
        outcome = outcomes[index]
        if isinstance(outcome, ArticleExtractionError):
            run.failures.append(
                ArticleFailure(path=outcome.path, stage="extract", reason=outcome.reason)
            )
            run.usage.add(outcome.usage)
        else:
            run.results.append((article, outcome))
            run.usage.add(outcome.usage)
    return run
