"""The rules' reading of each article beside its LLM request: in worker processes it must be the
reading this process would make, the speaker check must hold as strictly, and a worker that
dies must cost speed, never an article."""

from __future__ import annotations

import asyncio
import logging
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from scripted_endpoint import ENDPOINT, ScriptedEndpoint

from summarizer.assembly import build_engine, fit_to_size
from summarizer.engines.cache import CachedEngine
from summarizer.engines.llm.deferred import DeferredLLMEngine
from summarizer.engines.llm.engine import LLMEngine
from summarizer.engines.llm.reading import RulesReader, read_by_rules
from summarizer.engines.llm.retry import RetryPolicy
from summarizer.engines.offline.engine import ORPHAN_CHECK_SECONDS, available_cores
from summarizer.models import Article
from summarizer.settings import PARALLEL_FROM, Settings

TEXT = (
    'The mayor spoke first. "We will rebuild the bridge," said Governor Lena Varga. '
    '"The money is not there," Treasurer Ian Mercer replied.\n'
)
ARTICLE = Article(id=1, path="bridge.txt", text=TEXT)
ANSWER: dict[str, Any] = {
    "actors": [{"name": "Lena Varga", "kind": "person", "quote": "Lena Varga"}],
    "events": [],
    "positions": [
        {"actor": "Lena Varga", "stance": "will rebuild", "quote": "We will rebuild the bridge"},
        {"actor": "Lena Varga", "stance": "no money", "quote": "The money is not there"},
    ],
    "open_questions": [],
}


async def test_a_worker_reads_an_article_as_this_process_does() -> None:
    reader = RulesReader(1)
    try:
        for whole in (False, True):
            started = reader.start(ARTICLE, whole=whole)
            assert started is not None
            reading = await asyncio.wrap_future(started)  # the worker's, never taken back
            assert reading == read_by_rules(ARTICLE, whole)
            assert (reading.floor is not None) is whole
            assert [p.actor for p in reading.positions] == ["Lena Varga", "Ian Mercer"]
    finally:
        await reader.aclose()


@pytest.mark.parametrize("floor", [False, True])
async def test_the_speaker_check_is_as_strict_with_the_rules_in_a_worker(
    no_wait_retry: RetryPolicy, floor: bool
) -> None:
    kept = []
    for workers in (0, 1):
        endpoint = ScriptedEndpoint([ANSWER])
        engine = LLMEngine(
            ENDPOINT,
            client=endpoint.client(),
            retry=no_wait_retry,
            floor=floor,
            rules=RulesReader(workers),
        )
        try:
            if workers:  # the worker up and ready, so that it is the one reading
                await engine.rules.finish(
                    engine.rules.start(ARTICLE, whole=floor), ARTICLE, whole=floor
                )
            result = await engine.extract(ARTICLE)
        finally:
            await engine.aclose()
        quotes = {(p.actor, p.evidence[0].quote.rstrip(",")) for p in result.extraction.positions}
        assert ("Lena Varga", "We will rebuild the bridge") in quotes
        assert ("Lena Varga", "The money is not there") not in quotes  # Mercer's words
        kept.append(result.extraction)
    assert kept[0] == kept[1]


# CPython 3.11's pool, once broken, may try to fail a reading this process took back (cancelled)
# and report that from its own thread; the readings are right all the same.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
async def test_a_dead_worker_leaves_the_reading_to_this_process(
    caplog: pytest.LogCaptureFixture,
) -> None:
    expected = read_by_rules(ARTICLE, True)
    reader = RulesReader(1)
    await reader.ready()
    pool = reader.begin()
    assert pool is not None
    for process in list(pool._processes.values()):  # killed, as by the OOM killer
        process.kill()
        process.join()
    with caplog.at_level(logging.WARNING):
        for _ in range(100):  # until the pool has seen its worker die
            started = reader.start(ARTICLE, whole=True)
            assert await reader.finish(started, ARTICLE, whole=True) == expected
            if not reader.workers:
                break
            await asyncio.sleep(0.05)
    assert reader.workers == 0
    assert reader.start(ARTICLE, whole=True) is None
    assert "reading in this process" in caplog.text


@pytest.mark.parametrize(
    ("articles", "workers", "expected"),
    [
        (5, None, 0),  # a small folder: starting a process costs more than it saves
        (PARALLEL_FROM, None, available_cores() - 1),  # this process sends the requests
        (5, 3, 2),
        (PARALLEL_FROM, 1, 0),
    ],
)
def test_the_rules_get_the_spare_cores_of_a_large_llm_run(
    articles: int, workers: int | None, expected: int
) -> None:
    settings = Settings(endpoint=ENDPOINT, engine="llm", workers=workers, cache_dir=None)
    engine = build_engine(settings)
    fit_to_size(engine, settings, articles)
    deferred = engine.engine if isinstance(engine, CachedEngine) else engine
    assert isinstance(deferred, DeferredLLMEngine)
    assert deferred.rules.workers == expected


ENDS_AT_ONCE = """
import asyncio, os
from summarizer.engines.llm.reading import RulesReader

async def main():
    reader = RulesReader(1)
    reader.begin()
    await reader.ready()
    print(*reader.begin()._processes, flush=True)  # the worker's pid
    os._exit(0)  # as `brief` ends: no word to the pool

if __name__ == "__main__":
    asyncio.run(main())
"""


CLOSES_THEN_ENDS = """
import asyncio, os
from summarizer.engines.llm.reading import RulesReader

async def main():
    reader = RulesReader(1)
    reader.begin()  # a worker still starting, as when the first answer is a 401
    await reader.aclose()
    os._exit(0)

if __name__ == "__main__":
    asyncio.run(main())
"""


def test_a_run_that_ends_while_its_worker_starts_ends_cleanly(tmp_path: Path) -> None:
    script = tmp_path / "closes_then_ends.py"
    script.write_text(CLOSES_THEN_ENDS)
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=30, check=True
    )
    assert done.stderr == ""  # no "leaked semaphore objects" warning on the way out


def test_workers_neither_hold_the_output_open_nor_outlive_brief(tmp_path: Path) -> None:
    script = tmp_path / "ends_at_once.py"
    script.write_text(ENDS_AT_ONCE)
    done = subprocess.run(  # read to its end: the worker must have let go of the pipes
        [sys.executable, str(script)], capture_output=True, text=True, timeout=30, check=True
    )
    worker = int(done.stdout.split()[0])
    deadline = time.monotonic() + 10 * ORPHAN_CHECK_SECONDS
    while _alive(worker) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(worker)


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has ended; only its exit status is left
