"""The LLM path end to end, replayed from cassettes recorded from a real server.

The cassettes were recorded from llama-cpp-python's OpenAI-compatible server running
SmolLM2-135M-Instruct (`../shared/tools/local-llm`). The model is tiny and often wrong: it
misquotes, runs out of tokens mid-JSON and needs re-asks. That is what these tests need: whatever
it answered, no quote may be shown that the article does not contain, and the statistics must
count exactly the requests, re-asks and tokens the recorded exchange holds.

Re-record (needs the server): pytest --record-mode=rewrite tests/test_llm_replay.py
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from conftest import RECORDING_BASE_URL, RECORDING_MODEL
from corpus_support import ARTICLES, ROOT

from summarizer import cli
from summarizer.endpoint import Endpoint
from summarizer.errors import ArticleExtractionError
from summarizer.llm import LLMEngine
from summarizer.load import load_articles
from summarizer.models import Briefing
from summarizer.pipeline import Settings, summarize_async
from summarizer.retry import RetryPolicy

CASSETTES = ROOT / "cassettes"
CORPUS_CASSETTE = "corpus_smollm2_tools.yaml"


def _bodies(cassette: Any) -> list[dict[str, Any]]:
    return [json.loads(r["body"]["string"]) for r in cassette.responses]


def _requests(cassette: Any) -> list[dict[str, Any]]:
    return [json.loads(r.body) for r in cassette.requests]


def _assert_every_quote_is_in_its_article(briefing: Briefing, texts: dict[int, str]) -> int:
    items = [*briefing.actors, *briefing.events, *briefing.positions, *briefing.open_questions]
    items += [claim for d in briefing.disagreements for claim in d.claims]
    count = 0
    for item in items:
        for evidence in item.evidence:
            assert texts[evidence.source][evidence.start : evidence.end] == evidence.quote
            count += 1
    return count


@pytest.mark.vcr
@pytest.mark.default_cassette(CORPUS_CASSETTE)
async def test_corpus_through_a_real_model_is_grounded_and_counted(
    vcr: Any, recording_endpoint: Endpoint, no_wait_retry: RetryPolicy
) -> None:
    engine = LLMEngine(recording_endpoint, retry=no_wait_retry)
    briefing = await summarize_async(ARTICLES, engine=engine, settings=Settings(concurrency=2))
    await engine.aclose()
    texts = {a.id: a.text for a in load_articles(ARTICLES).articles}
    _assert_every_quote_is_in_its_article(briefing, texts)

    stats = briefing.stats
    answers = _bodies(vcr)
    assert stats.llm_calls == len(answers)
    attempted = stats.articles_extracted + sum(f.stage == "extract" for f in stats.articles_failed)
    assert attempted == 6
    assert stats.reasks == stats.llm_calls - attempted
    assert stats.input_tokens == sum(a["usage"]["prompt_tokens"] for a in answers)
    assert stats.output_tokens == sum(a["usage"]["completion_tokens"] for a in answers)
    assert (stats.engine, stats.model, stats.mode) == ("llm", RECORDING_MODEL, "tools")


def test_reasks_tell_the_model_which_quote_is_missing() -> None:
    """Read from the recorded exchange itself: the tiny model misquoted and was told so."""
    recorded = yaml.safe_load((CASSETTES / CORPUS_CASSETTE).read_text(encoding="utf-8"))
    bodies = [json.loads(i["request"]["body"]) for i in recorded["interactions"]]
    reasks = [
        m["content"]
        for body in bodies
        for m in body["messages"]
        if m["role"] == "tool" and "is not in the article" in m["content"]
    ]
    assert reasks, "the recording holds no grounding re-ask"
    for body in bodies:
        assert body["model"] == RECORDING_MODEL
        assert body["tool_choice"]["function"]["name"] == "ArticleDraft"
        assert "<article>" in body["messages"][1]["content"]
    for interaction in recorded["interactions"]:
        headers = {k.lower() for k in interaction["request"]["headers"]}
        assert not headers & {"authorization", "user-agent", "cookie"}
        assert not any(h.startswith("x-stainless") for h in headers)


@pytest.mark.vcr
def test_cli_json_from_a_real_model_validates_and_is_grounded(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.chdir(ROOT)
    argv = [
        "tests/corpus/articles/wires.jsonl", "--base-url", RECORDING_BASE_URL,
        "--model", RECORDING_MODEL,
        "--max-output-tokens", "512", "--timeout", "600", "--concurrency", "2", "--format", "json",
    ]  # fmt: skip
    code = cli.main(argv, env={"BRIEF_CACHE_DIR": str(tmp_path)})
    out, err = capsys.readouterr()
    assert code in (0, 3), err
    document = json.loads(out)
    schema = json.loads((ROOT / "schemas" / "briefing.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(document, schema)
    briefing = Briefing.model_validate(document)
    texts = {a.id: a.text for a in load_articles(ARTICLES / "wires.jsonl").articles}
    assert _assert_every_quote_is_in_its_article(briefing, texts) > 0
    assert "Traceback" not in err
    assert err.splitlines()[-1].startswith("brief: ")


@pytest.mark.vcr
async def test_json_mode_against_a_real_server(
    recording_endpoint: Endpoint, no_wait_retry: RetryPolicy
) -> None:
    """JSON mode against the real server. The tiny model's answer varies between recordings (cut
    off, extra keys, misquotes); the invariant is what must hold: grounded items, or one clear
    line saying why not, with the requests counted either way."""
    endpoint = Endpoint(**{**recording_endpoint.__dict__, "mode": "json"})
    engine = LLMEngine(endpoint, retry=no_wait_retry)
    article = load_articles(ARTICLES / "wires.jsonl").articles[0]
    failure: ArticleExtractionError | None = None
    try:
        result = await engine.extract(article)
    except ArticleExtractionError as error:
        failure = error
    finally:
        await engine.aclose()
    if failure is not None:
        assert failure.reason
        assert "\n" not in failure.reason
        assert failure.usage.llm_calls >= 1
        return
    for item in [*result.extraction.actors, *result.extraction.events]:
        for evidence in item.evidence:
            assert article.text[evidence.start : evidence.end] == evidence.quote
    assert result.usage.llm_calls == result.usage.reasks + 1
