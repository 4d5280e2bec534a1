"""Answers bounded by the article, requests that fit the model's window, near-quotes aligned,
and the offline floor under a weak model: the LLM path on what real small models do."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from typing import Any

from scripted_endpoint import ENDPOINT, ScriptedEndpoint

from summarizer.engines.llm.endpoint import Endpoint
from summarizer.engines.llm.floor import attributed, with_offline_floor
from summarizer.engines.llm.retry import RetryPolicy
from summarizer.engines.llm.window import (
    answer_budget,
    estimate_tokens,
    listed_window,
    parts_for_window,
)
from summarizer.engines.offline import extract_offline
from summarizer.models import Article, Evidence, Position
from summarizer.text.quotes import align_quote

PARAGRAPH = (
    "Port workers in Amara went on strike on Monday, union leader Ana Ribeiro said. "
    "The port authority called the strike illegal and said talks would resume on Friday. "
)


def test_an_answer_is_allowed_what_its_article_can_hold_never_more_than_the_cap() -> None:
    short, long = "word " * 100, "word " * 10_000
    assert answer_budget(short, 4096) < 1000
    assert answer_budget(long, 4096) == 4096


def test_parts_are_overlapping_prefix_slices_cut_at_paragraph_ends() -> None:
    text = "\n\n".join(f"Paragraph {n}. " + PARAGRAPH * 3 for n in range(12))
    parts = parts_for_window(text, 400)
    assert len(parts) > 2
    for part in parts:
        assert text[part.start : part.start + len(part.text)] == part.text
        assert estimate_tokens(part.text) <= 400
    for before, after in itertools.pairwise(parts):
        assert after.start < before.start + len(before.text)  # they share a paragraph
    assert parts[-1].start + len(parts[-1].text) == len(text)


async def test_an_article_too_long_for_the_window_is_asked_about_in_parts(
    no_wait_retry: RetryPolicy,
) -> None:
    paragraphs = [f"Dispatch {n}. " + PARAGRAPH * 4 for n in range(8)]
    article = Article(id=1, path="long.txt", text="\n\n".join(paragraphs))
    answer = {"actors": [{"name": "Ana Ribeiro", "kind": "person"}], "events": []}
    window = 4000
    endpoint = ScriptedEndpoint([answer] * 10)
    narrow = Endpoint(**{**ENDPOINT.__dict__, "context_window": window})
    engine = endpoint.engine(no_wait_retry, endpoint=narrow, max_reasks=0)
    result = await engine.extract(article)
    assert len(endpoint.requests) > 1
    for request in endpoint.requests:
        prompt = json.dumps(request["messages"]) + json.dumps(request.get("tools", ""))
        assert estimate_tokens(prompt) + request["max_tokens"] <= window
    (ribeiro,) = result.extraction.actors
    assert {e.quote for e in ribeiro.evidence} == {"Ana Ribeiro"}
    for e in ribeiro.evidence:
        assert article.text[e.start : e.end] == e.quote
    assert len({e.start for e in ribeiro.evidence}) == len(paragraphs) * 4  # each one, once


def test_a_near_quote_is_aligned_to_the_article_and_keeps_its_words() -> None:
    text = '"We did everything we could," Captain Dmytro Kovalenko said. It was not clear why.'
    span = align_quote(text, "We did everything that we could")
    assert span is not None
    assert text[span.start : span.end] == "We did everything we could"
    assert align_quote(text, "It was clear why the engines failed at sea") is None  # 'not' lost
    assert align_quote(text, "We did all we could") is None  # too short to be sure
    assert align_quote(text, "The harbour master closed the port at dawn") is None


async def test_a_near_quote_grounds_and_is_counted(no_wait_retry: RetryPolicy) -> None:
    article = Article(id=2, path="a.txt", text=PARAGRAPH, published=dt.date(2031, 5, 14))
    near = "Port workers in Amara went on a strike on Monday"
    answer = {"events": [{"summary": "Workers struck", "quote": near}]}
    result = await ScriptedEndpoint([answer]).engine(no_wait_retry).extract(article)
    (event,) = result.extraction.events
    assert event.evidence[0].quote == "Port workers in Amara went on strike on Monday"
    assert result.usage.quotes_aligned == 1


def _position(actor: str, text: str, quote: str) -> Position:
    start = text.index(quote)
    evidence = Evidence(source=1, quote=quote, start=start, end=start + len(quote))
    return Position(actor=actor, stance="says so", evidence=[evidence])


def test_a_models_quote_under_another_speaker_is_left_out() -> None:
    text = (
        'The mayor spoke first. "We will rebuild the bridge," said Governor Lena Varga. '
        '"The money is not there," Treasurer Ian Mercer replied.\n'
    )
    article = Article(id=1, path="a.txt", text=text)
    floor = extract_offline(article).positions
    model = [
        _position("Lena Varga", text, "We will rebuild the bridge"),
        _position("Lena Varga", text, "The money is not there"),  # Mercer's words
        _position("the mayor", text, "The mayor spoke first"),  # no quotation, no speaker
    ]
    kept = attributed(article, floor, model)
    assert [(p.actor, p.evidence[0].quote) for p in kept] == [
        ("Lena Varga", "We will rebuild the bridge")
    ]


def test_the_floor_keeps_every_offline_item_and_adds_what_the_model_found() -> None:
    text = PARAGRAPH + "Shipping firm Oresund Lines said it would reroute three vessels.\n"
    article = Article(id=1, path="a.txt", text=text)
    floor = extract_offline(article)
    model = floor.model_copy(
        update={
            "events": [
                *floor.events[:1],  # the same words: not added twice
                floor.events[0].model_copy(update={"evidence": [_span(text, "reroute three")]}),
            ]
        }
    )
    combined = with_offline_floor(article, floor, model)
    assert {a.name for a in floor.actors} <= {a.name for a in combined.actors}
    assert len(combined.events) == len(floor.events) + (
        0 if any(_overlaps(e, "reroute three", text) for e in floor.events) else 1
    )
    assert combined.positions == floor.positions


def _span(text: str, words: str) -> Evidence:
    start = text.index(words)
    return Evidence(source=1, quote=words, start=start, end=start + len(words))


def _overlaps(event: Any, words: str, text: str) -> bool:
    start = text.index(words)
    return any(e.start < start + len(words) and start < e.end for e in event.evidence)


def test_the_window_is_read_from_the_model_listing_where_a_server_gives_it() -> None:
    class Listed:
        def __init__(self, extra: dict[str, Any]) -> None:
            self.model_extra = extra

    assert listed_window(Listed({"max_model_len": 32768})) == 32768  # vLLM
    assert listed_window(Listed({"meta": {"n_ctx": 8192}})) == 8192
    assert listed_window(Listed({"owned_by": "me"})) is None  # llama-cpp-python: not listed


async def test_an_event_citing_another_happenings_words_is_asked_about(
    no_wait_retry: RetryPolicy,
) -> None:
    article = Article(id=2, path="a.txt", text=PARAGRAPH)
    answer = {
        "actors": [{"name": "Ana Ribeiro", "kind": "person"}],
        "events": [
            {"summary": "Ferry sank near the harbour", "quote": "The port authority called"}
        ],
    }
    result = await ScriptedEndpoint([answer]).engine(no_wait_retry, max_reasks=0).extract(article)
    assert result.extraction.events == []
    assert result.usage.ungrounded_dropped == 1
