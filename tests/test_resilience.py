"""The LLM path against a real local HTTP server that misbehaves on purpose
(summarizer.devtools.simulator).

Faults, retries, permanent errors, the cache, resume after an interruption, and budgets, end to
end over loopback: the only network these tests use.
"""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from concurrent.futures import Future
from pathlib import Path

import pytest
from corpus_support import ARTICLES, ROOT
from simulated import simulated_endpoint

from summarizer import cli
from summarizer.devtools.simulator import Simulator, SimulatorConfig
from summarizer.engines.cache import CachedEngine, ExtractionCache
from summarizer.engines.llm.endpoint import Endpoint, create_client
from summarizer.engines.llm.engine import LLMEngine
from summarizer.engines.llm.ratelimit import RateLimiter
from summarizer.engines.llm.reading import RulesReader, RulesReading
from summarizer.engines.llm.retry import RetryPolicy
from summarizer.errors import EndpointError
from summarizer.models import Article
from summarizer.pipeline import summarize_async
from summarizer.settings import Settings
from summarizer.sources.loading import load_articles

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
FAST_RETRY = RetryPolicy(initial_wait=0.01, max_wait=0.2)


def engine_for(
    url: str, *, timeout: float = 5.0, cache: Path | None = None, floor: bool = False
) -> LLMEngine | CachedEngine:
    """The LLM engine against the simulator; without the offline floor unless asked, so that
    what a test counts is the endpoint's doing."""
    endpoint = Endpoint(base_url=url, model="simulated", timeout=timeout)
    client = create_client(endpoint, limiter=RateLimiter())
    engine = LLMEngine(endpoint, client=client, retry=FAST_RETRY, floor=floor)
    return CachedEngine(engine, ExtractionCache(cache)) if cache else engine


async def _run(simulator: Simulator, folder: Path = ARTICLES, **options: object):  # type: ignore[no-untyped-def]
    engine = engine_for(simulator.url, **options)  # type: ignore[arg-type]
    return await summarize_async(folder, engine=engine, settings=Settings(concurrency=4))


def _assert_grounded(briefing, folder: Path = ARTICLES) -> None:  # type: ignore[no-untyped-def]
    texts = {a.id: a.text for a in load_articles(folder).articles}
    for item in [*briefing.actors, *briefing.events, *briefing.positions, *briefing.open_questions]:
        for e in item.evidence:
            assert texts[e.source][e.start : e.end] == e.quote


async def test_a_well_behaved_endpoint_one_request_per_article() -> None:
    async with Simulator(SimulatorConfig(latency=0.01)) as simulator:
        briefing = await _run(simulator)
    assert simulator.counts["requests"] == 6
    assert (briefing.stats.articles_extracted, briefing.stats.reasks) == (6, 0)
    assert {"Ana Ribeiro", "Carlos Ribeiro", "Westmarch Coast Guard"} <= {
        a.name for a in briefing.actors
    }
    _assert_grounded(briefing)


async def test_thirty_percent_transient_faults_lose_no_article() -> None:
    faults = {
        "rate_limit": 0.05, "server_error": 0.05, "unavailable": 0.05, "drop": 0.05,
        "timeout": 0.03, "malformed": 0.03, "truncated": 0.02, "ungrounded": 0.02,
    }  # fmt: skip
    async with Simulator(
        SimulatorConfig(latency=0.01, faults=faults, hang=2.0, seed=3)
    ) as simulator:
        briefing = await _run(simulator, timeout=0.5)
    assert briefing.stats.articles_extracted == 6
    assert briefing.stats.articles_failed == []
    assert simulator.counts["requests"] > 6
    _assert_grounded(briefing)


async def test_a_rejected_key_stops_the_run_at_once() -> None:
    async with Simulator(SimulatorConfig(latency=0.01, faults={"unauthorized": 1.0})) as simulator:
        with pytest.raises(EndpointError, match=r"rejected the API key \(401\)"):
            await summarize_async(
                ARTICLES, engine=engine_for(simulator.url), settings=Settings(concurrency=1)
            )
    assert simulator.counts["requests"] == 1


async def test_a_bad_request_fails_each_article_once_without_retries() -> None:
    async with Simulator(SimulatorConfig(latency=0.01, faults={"bad_request": 1.0})) as simulator:
        briefing = await _run(simulator)
    assert simulator.counts["requests"] == 6
    assert briefing.stats.articles_extracted == 0
    assert {f.reason for f in briefing.stats.articles_failed} == {
        "HTTP 400: The request is too long for this model."
    }


async def test_with_the_floor_a_refused_article_keeps_its_offline_extraction() -> None:
    async with Simulator(SimulatorConfig(latency=0.01, faults={"bad_request": 1.0})) as simulator:
        briefing = await _run(simulator, floor=True)
    stats = briefing.stats
    assert (stats.articles_extracted, stats.articles_failed) == (6, [])
    assert {f.reason for f in stats.llm_fallbacks} == {
        "HTTP 400: The request is too long for this model."
    }
    assert briefing.actors
    _assert_grounded(briefing)


async def test_a_rerun_makes_no_request_and_a_new_article_makes_one(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    shutil.copytree(ARTICLES, folder)
    async with Simulator(SimulatorConfig(latency=0.01)) as simulator:
        first = await _run(simulator, folder, cache=tmp_path / "cache")
        assert simulator.counts["requests"] == 6
        again = await _run(simulator, folder, cache=tmp_path / "cache")
        assert simulator.counts["requests"] == 6
        assert again.stats.articles_cached == 6
        assert again.stats.llm_calls == 0
        assert again.actors == first.actors
        (folder / "late.txt").write_text(
            "Harbour master Helen Okafor said on Thursday that the booms had held overnight.",
            encoding="utf-8",
        )
        third = await _run(simulator, folder, cache=tmp_path / "cache")
        assert simulator.counts["requests"] == 7
        assert (third.stats.articles_cached, third.stats.llm_calls) == (6, 1)


async def test_an_interrupted_run_keeps_what_finished_and_resumes_with_the_rest(
    tmp_path: Path,
) -> None:
    finished: list[int] = []
    async with Simulator(SimulatorConfig(latency=0.05)) as simulator:
        engine = engine_for(simulator.url, cache=tmp_path)
        task: asyncio.Task[object] | None = None

        def on_progress(article: object, ok: bool) -> None:
            finished.append(1)
            if len(finished) == 2 and task is not None:
                task.cancel()  # as Ctrl-C does

        task = asyncio.ensure_future(
            summarize_async(
                ARTICLES, engine=engine, settings=Settings(concurrency=1), on_progress=on_progress
            )
        )
        briefing = await task
        assert briefing.stats.interrupted
        assert briefing.stats.articles_extracted == 2
        assert [f.reason for f in briefing.stats.articles_failed] == [
            "not extracted: the run was interrupted"
        ] * 4
        served = simulator.counts["requests"]
        resumed = await _run(simulator, cache=tmp_path)
        assert simulator.counts["requests"] - served == 4
        assert resumed.stats.articles_cached == 2
        assert resumed.stats.articles_extracted == 6


async def test_concurrency_bounds_the_requests_in_flight_at_the_endpoint(tmp_path: Path) -> None:
    async with Simulator(SimulatorConfig(latency=0.05)) as simulator:
        engine = engine_for(simulator.url, cache=tmp_path)  # the engine under a cache
        briefing = await summarize_async(ARTICLES, engine=engine, settings=Settings(concurrency=2))
    assert briefing.stats.articles_extracted == 6
    assert simulator.counts["most_in_flight"] == 2


class _SlowCheck(RulesReader):
    """Reads by the rules, slowly: the speaker check of an answer takes 0.2 s, and what the
    endpoint had been sent when the first check ended is noted."""

    def __init__(self, simulator: Simulator) -> None:
        super().__init__()
        self.simulator = simulator
        self.sent_during_first_check: int | None = None

    async def finish(
        self, started: Future[RulesReading] | None, article: Article, *, whole: bool
    ) -> RulesReading:
        await asyncio.sleep(0.2)
        if self.sent_during_first_check is None:
            self.sent_during_first_check = self.simulator.counts["requests"]
        return await super().finish(started, article, whole=whole)


async def test_the_next_request_goes_out_while_an_answer_is_checked() -> None:
    """One request at a time is one in flight, not one article: checking an answer that came
    does not hold the endpoint's only slot."""
    async with Simulator(SimulatorConfig(latency=0.02)) as simulator:
        endpoint = Endpoint(base_url=simulator.url, model="simulated", timeout=5.0)
        reader = _SlowCheck(simulator)
        engine = LLMEngine(endpoint, retry=FAST_RETRY, floor=True, rules=reader)
        briefing = await summarize_async(ARTICLES, engine=engine, settings=Settings(concurrency=1))
    assert briefing.stats.articles_extracted == 6
    assert simulator.counts["most_in_flight"] == 1
    assert reader.sent_during_first_check == 2


async def test_a_token_budget_stops_new_articles(tmp_path: Path) -> None:
    async with Simulator(SimulatorConfig(latency=0.01)) as simulator:
        briefing = await summarize_async(
            ARTICLES,
            engine=engine_for(simulator.url),
            settings=Settings(concurrency=1, max_tokens_total=1000),
        )
    stats = briefing.stats
    assert stats.budget_reached
    assert stats.input_tokens + stats.output_tokens >= 1000
    assert 1 <= stats.articles_extracted < 6
    assert simulator.counts["requests"] == stats.articles_extracted
    assert {f.reason for f in stats.articles_failed} == {
        "not started: the token budget (1,000) was reached"
    }


# --- the command line against the simulator ---------------------------------------------------


def _brief(url: str, *extra: str, cache: Path) -> list[str]:
    articles = str(ROOT / "tests" / "corpus" / "articles")
    return [articles, "--base-url", url, "--model", "simulated", *extra]


def test_cli_exit_codes_against_a_real_endpoint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(ROOT)
    env = {"BRIEF_CACHE_DIR": str(tmp_path / "cache")}
    with simulated_endpoint(SimulatorConfig(latency=0.01)) as simulator:
        assert cli.main(_brief(simulator.url, cache=tmp_path), env=env) == 0
        assert simulator.counts["requests"] == 6
        capsys.readouterr()
        assert cli.main(_brief(simulator.url, cache=tmp_path), env=env) == 0
        assert simulator.counts["requests"] == 6
        assert "6/6 articles extracted (6 from cache)" in capsys.readouterr().err
        budget = ["--no-cache", "--concurrency", "1", "--max-tokens-total", "500"]
        assert cli.main(_brief(simulator.url, *budget, cache=tmp_path), env=env) == 3
        assert "budget reached" in capsys.readouterr().err
    with simulated_endpoint(SimulatorConfig(latency=0.01, faults={"unauthorized": 1.0})) as denied:
        assert cli.main(_brief(denied.url, "--no-cache", cache=tmp_path), env=env) == 1
        err = capsys.readouterr().err.splitlines()
        assert err[-1].startswith(f"brief: error: {denied.url}: the endpoint rejected the API key")


def test_ctrl_c_writes_what_finished_and_exits_130(tmp_path: Path) -> None:
    """A real SIGINT to a real `brief` process; then the next run asks only for the rest."""
    output = tmp_path / "briefing.md"
    env = {**os.environ, "BRIEF_CACHE_DIR": str(tmp_path / "cache"), "PYTHONUNBUFFERED": "1"}
    env.pop("OPENAI_API_KEY", None)
    with simulated_endpoint(SimulatorConfig(latency=0.4)) as simulator:
        command = [sys.executable, "-m", "summarizer", *_brief(simulator.url, cache=tmp_path)]
        process = subprocess.Popen(
            [*command, "--concurrency", "1", "-o", str(output)],
            cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        deadline = time.monotonic() + 30
        while simulator.counts["answered"] < 2 and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(0.2)
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
        assert process.returncode == 130, err
        assert "interrupted: the briefing holds the" in err
        text = output.read_text(encoding="utf-8")
        assert "interrupted: articles that did not finish are not included" in text
        served = simulator.counts["requests"]
        finished = int(err.split("the briefing holds the ")[1].split()[0])
        assert 2 <= finished < 6
        rerun = subprocess.run(
            [*command, "-q", "-o", str(output)], cwd=tmp_path, env=env, capture_output=True,
            text=True, timeout=60,
        )  # fmt: skip
        assert rerun.returncode == 0, rerun.stderr
        assert simulator.counts["requests"] - served == 6 - finished


def test_verbose_says_retries_reasks_and_cache_hits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(ROOT)
    env = {"BRIEF_CACHE_DIR": str(tmp_path / "cache")}
    faults = {"server_error": 0.3, "malformed": 0.3}
    with simulated_endpoint(SimulatorConfig(latency=0.01, faults=faults, seed=1)) as simulator:
        assert cli.main([*_brief(simulator.url, cache=tmp_path), "-v", "--llm-only"], env=env) == 0
        err = capsys.readouterr().err
        assert re.search(r"brief: \S+\.\w+: InternalServerError; retrying in [\d.]+ s", err), err
        assert re.search(r"brief: \S+\.\w+: re-asking \(1 of 2\)", err), err
        quiet = [*_brief(simulator.url, cache=tmp_path), "--llm-only", "--title", "Other"]
        assert cli.main(quiet, env=env) == 0
        assert "from the cache" not in capsys.readouterr().err  # said only with -v
        again = [*_brief(simulator.url, cache=tmp_path), "--llm-only", "-v", "--title", "T"]
        assert cli.main(again, env=env) == 0
    hits = re.findall(r"brief: (\S+): from the cache", capsys.readouterr().err)
    assert len(hits) == 6
