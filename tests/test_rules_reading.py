"""The rules' reading of each article beside its LLM request: in worker processes it must be the
reading this process would make, the speaker check must hold as strictly, and a worker that
dies must cost speed, never an article."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from scripted_endpoint import ENDPOINT, ScriptedEndpoint

from summarizer.assembly import build_engine, fit_to_size
from summarizer.engines.cache import CachedEngine
from summarizer.engines.llm.deferred import DeferredLLMEngine
from summarizer.engines.llm.engine import LLMEngine
from summarizer.engines.llm.reading import RulesReader, read_by_rules
from summarizer.engines.llm.retry import RetryPolicy
from summarizer.engines.offline.engine import available_cores
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
            reading = await reader.finish(started, ARTICLE, whole=whole)
            assert reading == read_by_rules(ARTICLE, whole)
            assert (reading.floor is not None) is whole
            assert [p.actor for p in reading.positions] == ["Lena Varga", "Ian Mercer"]
    finally:
        reader.close()


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


async def test_a_dead_worker_leaves_the_reading_to_this_process(
    caplog: pytest.LogCaptureFixture,
) -> None:
    reader = RulesReader(1)
    started = reader.start(ARTICLE, whole=True)
    assert started is not None
    await reader.finish(started, ARTICLE, whole=True)  # the worker is up
    pool = reader.begin()
    assert pool is not None
    for process in list(pool._processes.values()):  # killed, as by the OOM killer
        process.kill()
        process.join()
    started = reader.start(ARTICLE, whole=True)
    with caplog.at_level(logging.WARNING):
        reading = await reader.finish(started, ARTICLE, whole=True)
    assert reading == read_by_rules(ARTICLE, True)
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
