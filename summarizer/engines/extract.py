"""The extraction stage: run an engine over every article, concurrently, losing nothing.

An engine turns one `Article` into one grounded `ArticleExtraction`. Engines are pluggable: any
object with the `ExtractionEngine` shape works (the LLM engine, the offline engine, a test double).
Articles run concurrently up to a limit; results come back in input order whatever the timing,
so output never depends on which request finished first. For an engine that sends requests
(`SendsRequests`) the limit bounds the endpoint's requests in flight (`RequestSlots`), not the
articles, so the next request goes out while an answer is checked. An article that fails is
recorded with its reason and the others go on; an `EndpointError` (bad key, unknown model)
stops the run.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from ..errors import ArticleExtractionError, EndpointError
from ..models import Article, ArticleExtraction, ArticleFailure
from ..usage import ExtractionUsage
from .pricing import Price

LOG = logging.getLogger(__name__)


@dataclass(frozen=True)
class ExtractionResult:
    """One article's extraction and what it cost."""

    extraction: ArticleExtraction
    usage: ExtractionUsage = field(default_factory=ExtractionUsage)
    fallback: str | None = None
    """Why the model's answer was not used, when the offline extraction stands in for it."""


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

    @property
    def cache_identity(self) -> str:
        """What shapes the engine's extractions besides the article (engine, model, mode,
        prompts, options): part of every extraction cache key."""
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


class RequestSlots:
    """At most `limit` requests in flight to an endpoint.

    A request holds its slot from being sent until its answer is read, not while the answer is
    checked (parsed, grounded, its speakers read): the request waiting for the slot goes out
    meanwhile, as a plain client's would. An article takes the slot of its first request before
    it starts (`reserve`), so that whether it may start (a budget) is decided when its request
    can be sent, not while it waits.
    """

    def __init__(self, limit: int) -> None:
        if limit < 1:
            raise ValueError("the limit must be at least 1")
        self.limit = limit
        self._free = asyncio.Semaphore(limit)
        self._reserved: set[asyncio.Task[Any]] = set()

    async def reserve(self) -> None:
        """Take a slot for this task's next request."""
        await self._free.acquire()
        self._reserved.add(_this_task())

    def unreserve(self) -> None:
        """Give back this task's reserved slot if no request used it (a cached article, one
        that failed before its request)."""
        task = _this_task()
        if task in self._reserved:
            self._reserved.discard(task)
            self._free.release()

    @asynccontextmanager
    async def request(self) -> AsyncIterator[None]:
        """Hold a slot while one request is sent and its answer read."""
        task = _this_task()
        if task in self._reserved:
            self._reserved.discard(task)
        else:
            await self._free.acquire()
        try:
            yield
        finally:
            self._free.release()
        await asyncio.sleep(0)  # the request given the slot goes out before this answer is checked


def _this_task() -> asyncio.Task[Any]:
    task = asyncio.current_task()
    if task is None:  # pragma: no cover - only ever called from coroutines
        raise RuntimeError("request slots are taken from a task")
    return task


@runtime_checkable
class SendsRequests(Protocol):
    """An engine whose articles wait on an endpoint: it bounds its requests by the slots it is
    given (None: unbounded, as when called outside `extract_articles`)."""

    def bound_requests(self, slots: RequestSlots | None) -> None:
        """Send every request of this engine through `slots`."""
        ...


ARTICLES_PER_SLOT = 2
"""Articles in progress per request slot: one whose request is in flight, one whose answer is
being checked."""


class WrappedEngine:
    """An engine that adds one concern around another (a cache): everything it does not
    change is the wrapped engine's, forwarded here once."""

    def __init__(self, engine: ExtractionEngine) -> None:
        self.engine = engine

    @property
    def name(self) -> str:
        """The wrapped engine's name."""
        return self.engine.name

    @property
    def model(self) -> str | None:
        """The wrapped engine's model."""
        return self.engine.model

    @property
    def mode(self) -> str | None:
        """The wrapped engine's mode."""
        return self.engine.mode

    @property
    def cache_identity(self) -> str:
        """The wrapped engine's identity."""
        return self.engine.cache_identity

    async def prepare(self) -> None:
        """Prepare the wrapped engine."""
        await self.engine.prepare()

    async def extract(self, article: Article) -> ExtractionResult:
        """The wrapped engine's extraction."""
        return await self.engine.extract(article)

    async def aclose(self) -> None:
        """Close the wrapped engine."""
        await self.engine.aclose()


@dataclass
class ExtractionRun:
    """The outcome of extracting a set of articles."""

    results: list[tuple[Article, ExtractionResult]] = field(default_factory=list)
    """Successful extractions, in input order."""
    failures: list[ArticleFailure] = field(default_factory=list)
    fallbacks: list[ArticleFailure] = field(default_factory=list)
    """Articles extracted by the offline floor alone, and why the model's answer was not used."""
    usage: ExtractionUsage = field(default_factory=ExtractionUsage)
    interrupted: bool = False
    """Cancelled (Ctrl-C, SIGTERM) before every article finished; `results` holds those that did."""
    budget_reached: bool = False

    def __repr__(self) -> str:  # short: Python 3.11's asyncio.run formats its result's repr
        return (
            f"ExtractionRun({len(self.results)} extracted, {len(self.failures)} failed, "
            f"interrupted={self.interrupted}, budget_reached={self.budget_reached})"
        )


@dataclass
class Budget:
    """A ceiling on what a run may spend; once reached, no new article starts.

    Articles already started finish (their tokens are spent): at most `concurrency` with a
    request in flight and, for an engine that sends requests, as many whose answers are being
    checked. The rest are listed as not started, and the briefing is written from what finished.
    """

    max_tokens: int | None = None
    max_cost_usd: float | None = None
    price: Price | None = None
    spent: ExtractionUsage = field(default_factory=ExtractionUsage)

    @property
    def cost_usd(self) -> float | None:
        """What has been spent, in USD, if the price is known."""
        if self.price is None:
            return None
        return self.price.cost(self.spent.input_tokens, self.spent.output_tokens)

    @property
    def reached(self) -> bool:
        """Whether no further article may start."""
        if self._tokens_reached:
            return True
        cost = self.cost_usd
        return self.max_cost_usd is not None and cost is not None and cost >= self.max_cost_usd

    @property
    def _tokens_reached(self) -> bool:
        return self.max_tokens is not None and self.spent.tokens >= self.max_tokens

    def describe(self) -> str:
        """Which ceiling was reached, for the articles it stopped."""
        if self._tokens_reached:
            return f"the token budget ({self.max_tokens:,}) was reached"
        return f"the cost budget (${self.max_cost_usd}) was reached"


ProgressCallback = Callable[[Article, bool], None]
"""Called once per article as it finishes: the article and whether it succeeded."""


class _NotStarted(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


async def extract_articles(
    articles: Sequence[Article],
    engine: ExtractionEngine,
    *,
    concurrency: int = 8,
    on_progress: ProgressCallback | None = None,
    budget: Budget | None = None,
) -> ExtractionRun:
    """Extract every article with `engine`, at most `concurrency` at a time.

    If the run is cancelled (Ctrl-C), in-flight requests are abandoned and what finished is
    returned with `interrupted` set, instead of being lost.
    """
    if concurrency < 1:
        raise ValueError("concurrency must be at least 1")
    sender = _request_sender(engine)
    slots = RequestSlots(concurrency) if sender is not None else None
    gate = asyncio.Semaphore(concurrency * ARTICLES_PER_SLOT if slots else concurrency)
    outcomes: dict[int, ExtractionResult | ArticleExtractionError | _NotStarted] = {}
    fatal: list[EndpointError] = []  # once the endpoint refuses everything, start nothing more

    async def one(index: int, article: Article) -> None:
        async with gate:
            if slots is not None:
                await slots.reserve()
            try:
                await started(index, article)
            finally:
                if slots is not None:
                    slots.unreserve()
        if on_progress is not None:
            on_progress(article, isinstance(outcomes[index], ExtractionResult))

    async def started(index: int, article: Article) -> None:
        if fatal:
            return
        if budget is not None and budget.reached:
            outcomes[index] = _NotStarted(f"not started: {budget.describe()}")
            return
        try:
            outcome: ExtractionResult | ArticleExtractionError = await engine.extract(article)
        except EndpointError as error:
            fatal.append(error)
            raise
        except ArticleExtractionError as error:
            outcome = error
        except Exception as error:  # a fault on one article's text must not cost the others
            LOG.debug("%s: internal error", article.path, exc_info=True)
            outcome = ArticleExtractionError(
                article.path,
                f"internal error ({type(error).__name__}: {error}); the other articles went "
                "on: please report it with this article",
            )
        outcomes[index] = outcome
        if budget is not None:
            budget.spent.add(outcome.usage)

    if sender is not None:
        sender.bound_requests(slots)
    try:
        return await _run_all(articles, one, outcomes)
    finally:
        if sender is not None:
            sender.bound_requests(None)  # the slots belong to this run's event loop


def _request_sender(engine: ExtractionEngine) -> SendsRequests | None:
    """The engine that sends requests, under any wrapping (a cache), if one does."""
    while isinstance(engine, WrappedEngine):
        engine = engine.engine
    return engine if isinstance(engine, SendsRequests) else None


async def _run_all(
    articles: Sequence[Article],
    one: Callable[[int, Article], Any],
    outcomes: dict[int, ExtractionResult | ArticleExtractionError | _NotStarted],
) -> ExtractionRun:
    tasks = [asyncio.ensure_future(one(i, a)) for i, a in enumerate(articles)]
    interrupted = False
    try:
        await asyncio.gather(*tasks)
    except EndpointError:
        await _cancel(tasks)
        raise
    except asyncio.CancelledError:
        await _cancel(tasks)
        interrupted = True
    run = ExtractionRun(interrupted=interrupted)
    for index, article in enumerate(articles):
        outcome = outcomes.get(index)
        if isinstance(outcome, ExtractionResult):
            run.results.append((article, outcome))
            run.usage.add(outcome.usage)
            if outcome.fallback:
                run.fallbacks.append(
                    ArticleFailure(path=article.path, stage="extract", reason=outcome.fallback)
                )
        elif isinstance(outcome, ArticleExtractionError):
            run.failures.append(
                ArticleFailure(path=outcome.path, stage="extract", reason=outcome.reason)
            )
            run.usage.add(outcome.usage)
        else:
            reason = outcome.reason if outcome else "not extracted: the run was interrupted"
            run.budget_reached |= outcome is not None
            run.failures.append(ArticleFailure(path=article.path, stage="extract", reason=reason))
    return run


async def _cancel(tasks: Sequence[asyncio.Future[None]]) -> None:
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
