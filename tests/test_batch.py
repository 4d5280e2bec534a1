"""Extraction through the Batch API, against the simulated endpoint's /v1/files and /v1/batches:
one job for every uncached article, its answers grounded and cached, and a run killed while the
job runs finding the same job again instead of submitting a second one."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import httpx2
import openai
import pytest
from corpus_support import ARTICLES

from summarizer.devtools.simulator import Simulator, SimulatorConfig
from summarizer.engines.cache import CachedEngine
from summarizer.engines.llm.batch import BatchJob
from summarizer.engines.llm.bounded import LIMIT_HEADER, AnswerTooLarge, BoundedTransport
from summarizer.engines.llm.deferred import DeferredLLMEngine
from summarizer.engines.llm.endpoint import Endpoint, create_client
from summarizer.engines.llm.engine import LLMEngine
from summarizer.engines.pricing import Price
from summarizer.errors import ConfigurationError, EndpointError
from summarizer.pipeline import build_engine, summarize_async
from summarizer.settings import Settings
from summarizer.sources.loading import load_articles

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])


def _folder(tmp_path: Path, copies: int) -> Path:
    """The corpus articles, each copied `copies` times with its text changed a little."""
    folder = tmp_path / "news"
    folder.mkdir()
    for article in load_articles(ARTICLES).articles:
        for n in range(copies):
            name = article.path.replace("/", "_").replace("#", "_") + f"-{n}.txt"
            (folder / name).write_text(f"{article.text}\nFiled {n}.\n", encoding="utf-8")
    return folder


def _settings(url: str, cache: Path) -> Settings:
    endpoint = Endpoint(base_url=url, model="simulated", mode="tools", timeout=10)
    return Settings(
        engine="llm", endpoint=endpoint, cache_dir=cache, batch=True, price=Price(1.0, 2.0)
    )


async def test_one_job_extracts_every_article_at_the_batch_price(tmp_path: Path) -> None:
    folder = _folder(tmp_path, 4)
    async with Simulator(SimulatorConfig(latency=0.01, batch_seconds=0.2)) as simulator:
        settings = _settings(simulator.url, tmp_path / "cache")
        briefing = await summarize_async(folder, settings=settings)
        counts = dict(simulator.counts)
    stats = briefing.stats
    loaded = stats.articles_loaded
    assert (stats.articles_extracted, stats.articles_failed) == (loaded, [])
    assert counts["batches_created"] == 1
    assert counts["batch_requests"] == loaded
    assert counts.get("requests", 0) == 0  # no direct request: every answer grounded
    assert stats.llm_calls == loaded
    full = Price(1.0, 2.0).cost(stats.input_tokens, stats.output_tokens)
    assert stats.estimated_cost_usd == pytest.approx(full / 2, rel=1e-3)
    texts = {a.id: a.text for a in load_articles(folder).articles}
    for actor in briefing.actors:
        for e in actor.evidence:
            assert texts[e.source][e.start : e.end] == e.quote


async def test_a_run_killed_while_polling_finds_its_job_again(tmp_path: Path) -> None:
    folder = _folder(tmp_path, 2)
    cache = tmp_path / "cache"
    articles = load_articles(folder).articles

    class Killed(Exception):
        pass

    async def killed(_: float) -> None:
        raise Killed  # the process dies while it waits for the job

    async with Simulator(SimulatorConfig(latency=0.01, batch_seconds=0.5)) as simulator:
        settings = _settings(simulator.url, cache)
        engine = build_engine(settings)
        assert isinstance(engine, CachedEngine)
        assert isinstance(engine.engine, DeferredLLMEngine)
        real = await engine.engine.ready()
        job = BatchJob(real.client, real.endpoint, cache, sleep=killed)
        with pytest.raises(Killed):
            await job.run(articles, [engine.key_for(a) for a in articles])
        await real.aclose()
        assert simulator.counts["batches_created"] == 1
        briefing = await summarize_async(folder, settings=settings)
        assert simulator.counts["batches_created"] == 1  # the same job, not a second one
        assert simulator.counts["files_uploaded"] == 1
        assert briefing.stats.articles_extracted == len(articles)
        again = await summarize_async(folder, settings=settings)
        assert simulator.counts["batches_created"] == 1  # all cached now: no job at all
    assert again.stats.articles_cached == len(articles)
    shutil.rmtree(cache)


async def test_batch_needs_tool_calls(tmp_path: Path) -> None:
    endpoint = Endpoint(base_url="http://127.0.0.1:9/v1", model="m", mode="md_json")
    engine = LLMEngine(endpoint, client=create_client(endpoint))
    with pytest.raises(ConfigurationError, match=r"Endpoint\.mode='tools'"):
        BatchJob(engine.client, endpoint, tmp_path)
    await engine.aclose()
    assert list(tmp_path.iterdir()) == []  # nothing submitted, nothing kept


async def test_a_jobs_results_may_be_larger_than_one_answer() -> None:
    """A job's output holds every article's answer: its download is bounded per article, while
    every other answer keeps the one-answer bound, and the raising header never leaves."""
    seen: list[httpx2.Headers] = []

    def handle(request: httpx2.Request) -> httpx2.Response:
        seen.append(request.headers)
        return httpx2.Response(200, content=b"x" * 10_000)

    transport = BoundedTransport(httpx2.MockTransport(handle), limit=1_000)
    async with httpx2.AsyncClient(transport=transport) as client:
        with pytest.raises(AnswerTooLarge):
            await client.get("http://127.0.0.1/v1/files/f/content")
        answer = await client.get(
            "http://127.0.0.1/v1/files/f/content", headers={LIMIT_HEADER: "20000"}
        )
    assert len(answer.content) == 10_000
    assert all(LIMIT_HEADER.lower() not in headers for headers in seen)


async def test_polling_rides_out_transient_failures_and_names_the_job_when_it_cannot(
    tmp_path: Path,
) -> None:
    folder = _folder(tmp_path, 1)
    cache = tmp_path / "cache"
    articles = load_articles(folder).articles

    async def no_wait(_: float) -> None:
        return None

    async with Simulator(SimulatorConfig(latency=0.01, batch_seconds=0.3)) as simulator:
        engine = build_engine(_settings(simulator.url, cache))
        assert isinstance(engine, CachedEngine)
        assert isinstance(engine.engine, DeferredLLMEngine)
        real = await engine.engine.ready()
        retrieve = real.client.batches.retrieve
        failures = iter([3, 99])  # three drops in a row, then the server is gone for good

        async def dropping(batch_id: str, **options: object) -> object:
            if next(budget, None) is not None:
                raise openai.APIConnectionError(request=httpx2.Request("GET", simulator.url))
            await asyncio.sleep(0.05)
            return await retrieve(batch_id)

        keys = [engine.key_for(a) for a in articles]
        budget = iter(range(next(failures)))
        real.client.batches.retrieve = dropping  # type: ignore[method-assign]
        outcome = await BatchJob(real.client, real.endpoint, cache, sleep=no_wait).run(
            articles, keys
        )
        assert len(outcome.drafts) == len(articles)
        budget = iter(range(next(failures)))
        with pytest.raises(EndpointError, match="running again resumes it"):
            await BatchJob(real.client, real.endpoint, cache, sleep=no_wait).run(articles, keys)
        await real.aclose()


async def test_a_batch_job_the_simulator_cannot_answer_fails_rather_than_runs_forever(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fault while the simulator answered a job had left it 'in_progress' for ever, and a
    client polling it (a test run with a broken extraction) waited without end: the job is
    marked failed, as a real server reports one, and its articles are to be asked again."""
    folder = _folder(tmp_path, 2)
    articles = load_articles(folder).articles

    def broken(*_: object) -> object:
        raise RuntimeError("the answer could not be drafted")

    async def no_wait(_: float) -> None:
        await asyncio.sleep(0.01)

    async with Simulator(SimulatorConfig(latency=0.01, batch_seconds=0.05)) as simulator:
        monkeypatch.setattr(simulator, "_draft", broken)
        settings = _settings(simulator.url, tmp_path / "cache")
        engine = build_engine(settings)
        assert isinstance(engine, CachedEngine)
        assert isinstance(engine.engine, DeferredLLMEngine)
        real = await engine.engine.ready()
        job = BatchJob(real.client, real.endpoint, tmp_path / "cache", sleep=no_wait)
        outcome = await asyncio.wait_for(
            job.run(articles, [engine.key_for(a) for a in articles]), timeout=30
        )
        await real.aclose()
    assert [a.id for a in outcome.ask_again] == [a.id for a in articles]
