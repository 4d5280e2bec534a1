"""The offline extraction engine: rule-based reading of news prose, no model, no network.

It yields the same `ArticleExtraction` as the LLM engine. Every piece of evidence is a span of the
article found by the rules, so grounding holds by construction. Deterministic and fast: the fast
path for large archives and the baseline the LLM engine is compared with.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache

from ...models import Article
from ..extract import ExtractionResult
from ..fingerprint import code_fingerprint
from . import sentences as _sentences_module
from .extraction import extract_offline


class OfflineEngine:
    """Extracts articles with deterministic rules; needs no endpoint.

    With `workers` above one, articles are extracted in that many processes (the rules are
    pure Python: threads would share one core). Each article's extraction depends on that
    article alone, so the output is the same as in one process."""

    name = "offline"
    model: str | None = None
    mode: str | None = None

    @property
    def cache_identity(self) -> str:
        """The rules' code (this package and the text tools it reads): extractions differ only
        when it changes, however many workers run it."""
        return f"engine=offline rules={rules_version()}"

    def __init__(self, workers: int = 1) -> None:
        self.workers = max(1, workers)
        self._pool: ProcessPoolExecutor | None = None

    async def prepare(self) -> None:
        """Start the worker processes, if any."""
        if self.workers > 1 and self._pool is None:
            context = multiprocessing.get_context("spawn")  # no locks inherited from threads
            self._pool = ProcessPoolExecutor(
                self.workers, mp_context=context, initializer=prepare_worker
            )

    async def extract(self, article: Article) -> ExtractionResult:
        """The article's grounded extraction; the event loop gets a turn after it, so that a
        signal is seen between articles and not after the whole folder."""
        if self._pool is not None:
            loop = asyncio.get_running_loop()
            extraction = await loop.run_in_executor(self._pool, extract_offline, article)
        else:
            extraction = extract_offline(article)
            await asyncio.sleep(0)
        return ExtractionResult(extraction=extraction)

    async def aclose(self) -> None:
        """Stop the worker processes (see `stop_pool`)."""
        if self._pool is not None:
            pool, self._pool = self._pool, None
            await stop_pool(pool)


async def stop_pool(pool: ProcessPoolExecutor) -> None:
    """Work nobody wants any more cancelled, and the workers stopped before this returns. A
    pool left to stop by itself when `brief` ends at once (`os._exit`) leaks its semaphores,
    and Python warns of them on the way out. This waits for a reading under way (milliseconds)
    or a worker still starting (under a second), in a thread: the event loop stays live."""
    await asyncio.to_thread(pool.shutdown, wait=True, cancel_futures=True)


def prepare_worker() -> None:
    """A worker process that the main one alone governs and that never outlives it.

    Ctrl-C reaches every process of the terminal's group: the main one decides. Workers write
    nothing (results and errors go back through the pool), so they let go of the terminal's
    streams: a caller reading `brief`'s output to its end does not wait on them. And a main
    process that ends at once (`os._exit` after the briefing, SIGKILL) sends no "stop" to its
    pool; each worker notices its parent is gone and ends within `ORPHAN_CHECK_SECONDS`."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    with open(os.devnull, "r+b") as devnull:
        for stream in (0, 1, 2):
            os.dup2(devnull.fileno(), stream)
    parent = os.getppid()

    def end_with_parent() -> None:
        while os.getppid() == parent:
            time.sleep(ORPHAN_CHECK_SECONDS)
        os._exit(0)

    threading.Thread(target=end_with_parent, name="brief-orphan-check", daemon=True).start()


ORPHAN_CHECK_SECONDS = 0.5


def available_cores() -> int:
    """Cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


@lru_cache(maxsize=1)
def rules_version() -> str:
    """A fingerprint of the offline engine's code and of the `text` tools it reads."""
    return code_fingerprint("engines/offline", "text")


def rules_compiled() -> bool:
    """Whether the rules run compiled to C (mypyc: `pip install .`, see setup.py) rather than as
    Python source (an editable install): the same output, about 1.5 times as fast."""
    return not (_sentences_module.__file__ or "").endswith(".py")
