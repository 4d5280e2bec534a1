"""The offline rules' reading of an article, done alongside the article's request.

Every model answer is checked against the rules' attribution (a verbatim quote under the wrong
name is the worst thing a briefing can print), and with the floor combined with the rules' whole
extraction. That reading is pure CPU: about 3 ms an article for the attribution alone and 7 ms
for the whole extraction, against about 4 ms for the request itself. Done on the event loop,
it delays every request queued behind it. With worker processes it runs on another core while
the article's request is in flight. When the answer comes before a worker has begun the
article's reading (workers still starting, or behind), it is read here instead: the workers can
only take work off the event loop, never make it wait.

The rules read each article alone, so a reading is the same in a worker or in this process.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from ...models import Article, ArticleExtraction, Position
from ..offline import extract_offline, positions_offline
from ..offline.engine import prepare_worker, stop_pool

LOG = logging.getLogger(__name__)


@dataclass(frozen=True)
class RulesReading:
    """What the rules make of one article."""

    positions: list[Position]
    """The statements the rules attribute: the check on a model's speakers."""
    floor: ArticleExtraction | None = None
    """The rules' whole extraction, when it was asked for (the floor)."""


def read_by_rules(article: Article, whole: bool) -> RulesReading:
    """The rules' attributed statements, and with `whole` their whole extraction."""
    if whole:
        floor = extract_offline(article)
        return RulesReading(positions=floor.positions, floor=floor)
    return RulesReading(positions=positions_offline(article))


_WARM_UP = Article(
    id=0,
    path="warm-up",
    text='Jane Doe, a spokeswoman for the city, said on Monday: "We will rebuild."',
)


def _ready_worker() -> None:
    """A worker (see `prepare_worker`) that has loaded the rules' word lists before its first
    real article (about half a second)."""
    prepare_worker()
    read_by_rules(_WARM_UP, True)


class RulesReader:
    """Reads articles by the rules in `workers` processes (none: in this process, when the
    reading is wanted)."""

    def __init__(self, workers: int = 0) -> None:
        self.workers = max(0, workers)
        self._pool: ProcessPoolExecutor | None = None
        self._started: Future[int] | None = None

    def start(self, article: Article, *, whole: bool) -> Future[RulesReading] | None:
        """The article's reading queued for a worker; None without workers (it is then read in
        this process by `finish`, and only if wanted)."""
        pool = self.begin()
        if pool is None:
            return None
        try:
            return pool.submit(read_by_rules, article, whole)
        except (BrokenProcessPool, RuntimeError) as error:  # a worker died, or shut down
            self._give_up(error)
            return None

    def begin(self) -> ProcessPoolExecutor | None:
        """Start the workers (they load the rules' word lists at once), if there are any."""
        if self.workers and self._pool is None:
            context = multiprocessing.get_context("spawn")  # no locks inherited from threads
            self._pool = ProcessPoolExecutor(
                self.workers, mp_context=context, initializer=_ready_worker
            )
            self._started = self._pool.submit(int)  # workers start on a first task, not before
        return self._pool

    async def ready(self) -> None:
        """Wait until a worker has loaded the rules (nothing to wait for without workers)."""
        if self._started is not None:
            try:
                await asyncio.wrap_future(self._started)
            except BrokenProcessPool as error:
                self._give_up(error)

    async def finish(
        self, started: Future[RulesReading] | None, article: Article, *, whole: bool
    ) -> RulesReading:
        """The reading `start` queued: awaited when a worker has it in hand, else (not begun,
        or the workers gone) done here."""
        if started is not None and (started.done() or not started.cancel()):
            try:
                return await asyncio.wrap_future(started)
            except BrokenProcessPool as error:
                self._give_up(error)
        return read_by_rules(article, whole)

    async def whole(
        self, started: Future[RulesReading] | None, article: Article
    ) -> ArticleExtraction:
        """The rules' whole extraction of the article (the floor)."""
        reading = await self.finish(started, article, whole=True)
        return reading.floor if reading.floor is not None else extract_offline(article)

    def _give_up(self, error: BaseException) -> None:
        """Read in this process from now on: slower, never wrong."""
        LOG.warning("the rules' worker processes stopped (%s); reading in this process", error)
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)  # broken: nothing to wait for
        self._pool = self._started = None
        self.workers = 0

    async def aclose(self) -> None:
        """Stop the workers (see `stop_pool`)."""
        if self._pool is not None:
            pool, self._pool, self._started = self._pool, None, None
            await stop_pool(pool)
