"""Extraction runs articles concurrently, returns them in input order, and loses nothing."""

from __future__ import annotations

import asyncio

import pytest
from corpus_support import GoldEngine, corpus_articles

from summarizer.engines.extract import RequestSlots, extract_articles
from summarizer.errors import EndpointError


async def test_results_come_back_in_input_order_whatever_finishes_first() -> None:
    engine = GoldEngine(finish_last="coastal-courier.txt", delays={"harbour-herald.html": 0.02})
    articles = corpus_articles()
    finished: list[int] = []
    run = await extract_articles(
        articles, engine, concurrency=6, on_progress=lambda a, ok: finished.append(a.id)
    )
    assert [a.id for a, _ in run.results] == [1, 2, 3, 4, 5, 6]
    assert finished[-1] == 1  # the slow first article finished last...
    assert [r.extraction.source for _, r in run.results] == [1, 2, 3, 4, 5, 6]  # ...yet is first


async def test_concurrency_is_capped() -> None:
    engine = GoldEngine(delays=dict.fromkeys(("coastal-courier.txt", "national-wire.md"), 0.01))
    await extract_articles(corpus_articles(), engine, concurrency=2)
    assert engine.most_running == 2


async def test_a_failed_article_is_recorded_and_the_rest_go_on() -> None:
    engine = GoldEngine(fail=frozenset({"national-wire.md"}))
    run = await extract_articles(corpus_articles(), engine, concurrency=3)
    assert [a.id for a, _ in run.results] == [1, 2, 4, 5, 6]
    assert [(f.path, f.stage, f.reason) for f in run.failures] == [
        ("tests/corpus/articles/national-wire.md", "extract", "no valid answer after 3 attempts")
    ]


async def test_an_engine_that_breaks_on_one_article_loses_that_article_only() -> None:
    engine = GoldEngine(crash=frozenset({"national-wire.md"}))
    run = await extract_articles(corpus_articles(), engine, concurrency=3)
    assert [a.id for a, _ in run.results] == [1, 2, 4, 5, 6]
    [failure] = run.failures
    assert failure.path == "tests/corpus/articles/national-wire.md"
    assert failure.reason.startswith("internal error (IndexError: list index out of range)")


async def test_an_endpoint_error_stops_the_run() -> None:
    engine = GoldEngine(fatal=frozenset({"coastal-courier.txt"}), delays={"wires.jsonl#2": 1.0})
    with pytest.raises(EndpointError, match="401"):
        await extract_articles(corpus_articles(), engine, concurrency=6)


async def test_concurrency_must_be_positive() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        await extract_articles(corpus_articles(), GoldEngine(), concurrency=0)


async def test_a_reserved_slot_is_the_first_requests_and_an_unused_one_comes_back() -> None:
    slots = RequestSlots(1)
    sent: list[str] = []

    async def article(name: str, *, sends: bool) -> None:
        await slots.reserve()
        try:
            if sends:
                async with slots.request():  # the reserved slot: no wait for a second one
                    sent.append(name)
        finally:
            slots.unreserve()

    await asyncio.wait_for(
        asyncio.gather(
            article("cached", sends=False), article("asked", sends=True), article("re", sends=True)
        ),
        timeout=2,
    )
    assert sent == ["asked", "re"]


async def test_request_slots_need_a_positive_limit() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        RequestSlots(0)
