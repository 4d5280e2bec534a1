"""The LLM path end to end, replayed from cassettes recorded from a real server.

Recorded from llama-cpp-python's OpenAI-compatible server (`../shared/tools/local-llm`, one
thread, 8,192-token window) serving Qwen2.5-Coder-1.5B-Instruct (`qwen`): a real, if small,
model that grounds most of what it writes. One cassette comes from SmolLM2-135M-Instruct
(`smollm2`), which misquotes nearly everything: the path where grounding must refuse and
re-ask. Each test asserts what the recorded exchange holds, exactly: a broken grounding, source
mapping or re-ask would fail it.

Re-record (needs the server with the named model):
    ../shared/tools/local-llm start qwen
    pytest --record-mode=rewrite tests/test_llm_replay.py -k "qwen"
    ../shared/tools/local-llm stop && ../shared/tools/local-llm start smollm2
    pytest --record-mode=rewrite tests/test_llm_replay.py -k "misquotes"
then replay without the flag and update the figures the tests name.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from conftest import RECORDING_BASE_URL
from corpus_support import ARTICLES, ROOT

from summarizer import cli
from summarizer.engines.llm.endpoint import Endpoint, Mode
from summarizer.engines.llm.engine import LLMEngine
from summarizer.engines.llm.retry import RetryPolicy
from summarizer.models import Briefing
from summarizer.pipeline import summarize_async
from summarizer.settings import Settings
from summarizer.sources.loading import load_articles

CASSETTES = ROOT / "cassettes"
QWEN_CORPUS = "corpus_qwen_md_json.yaml"
SMOLLM2 = "article_smollm2_tools.yaml"


def _endpoint(model: str, mode: Mode) -> Endpoint:
    return Endpoint(
        base_url=RECORDING_BASE_URL,
        api_key="local",
        model=model,
        mode=mode,
        timeout=1200,
        max_output_tokens=1500,
        context_window=8192,
    )


def _bodies(cassette: Any) -> list[dict[str, Any]]:
    return [json.loads(r["body"]["string"]) for r in cassette.responses]


def _grounded_evidence(briefing: Briefing, texts: dict[int, str]) -> int:
    """Every quote stands at its offsets in the article its source id names; how many."""
    items = [*briefing.actors, *briefing.events, *briefing.positions, *briefing.open_questions]
    items += [claim for d in briefing.disagreements for claim in d.claims]
    count = 0
    for item in items:
        for evidence in item.evidence:
            assert texts[evidence.source][evidence.start : evidence.end] == evidence.quote
            count += 1
    return count


@pytest.mark.vcr
@pytest.mark.default_cassette(QWEN_CORPUS)
async def test_corpus_through_qwen_alone_is_grounded_and_counted(
    vcr: Any, no_wait_retry: RetryPolicy
) -> None:
    engine = LLMEngine(_endpoint("qwen", "md_json"), retry=no_wait_retry, floor=False)
    briefing = await summarize_async(ARTICLES, engine=engine, settings=Settings(concurrency=1))
    await engine.aclose()
    texts = {a.id: a.text for a in load_articles(ARTICLES).articles}
    assert _grounded_evidence(briefing, texts) == EXPECTED_CORPUS_EVIDENCE

    stats = briefing.stats
    answers = _bodies(vcr)
    assert stats.llm_calls == len(answers)
    assert (stats.articles_extracted, len(stats.articles_failed)) == EXPECTED_CORPUS_EXTRACTED
    assert stats.reasks == EXPECTED_CORPUS_REASKS
    assert stats.input_tokens == sum(a["usage"]["prompt_tokens"] for a in answers)
    assert stats.output_tokens == sum(a["usage"]["completion_tokens"] for a in answers)
    assert (stats.engine, stats.model, stats.mode) == ("llm", "qwen", "md_json")
    named = {a.name for a in briefing.actors}
    assert {"Andriy Sokolovskyy", "Ana Ribeiro", "Carlos Ribeiro"} <= named
    assert stats.quotes_aligned == 4  # near-quotes the model wrote, aligned to the article


EXPECTED_CORPUS_EVIDENCE = 32
EXPECTED_CORPUS_EXTRACTED = (6, 0)
EXPECTED_CORPUS_REASKS = 0


def test_requests_fit_the_window_and_reasks_never_resend_an_answer() -> None:
    """Read from the recorded exchange itself."""
    recorded = yaml.safe_load((CASSETTES / QWEN_CORPUS).read_text(encoding="utf-8"))
    smollm2 = yaml.safe_load((CASSETTES / SMOLLM2).read_text(encoding="utf-8"))
    for interaction in [*recorded["interactions"], *smollm2["interactions"]]:
        body = interaction["request"]["body"]["json"]  # stored parsed: see cassette_format
        answer = interaction["response"]["body"]["string"]["json"]
        assert answer["usage"]["prompt_tokens"] + body["max_tokens"] <= 8192
        assert [m["role"] for m in body["messages"]][:2] == ["system", "user"]
        assert "assistant" not in [m["role"] for m in body["messages"]]
        assert "<article>" in body["messages"][1]["content"]
        headers = {k.lower() for k in interaction["request"]["headers"]}
        assert not headers & {"authorization", "user-agent", "cookie"}
        assert not any(h.startswith("x-stainless") for h in headers)


@pytest.mark.vcr
def test_cli_through_qwen_with_the_floor(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.chdir(ROOT)
    argv = [
        "tests/corpus/articles/wires.jsonl", "--base-url", RECORDING_BASE_URL, "--model", "qwen",
        "--max-output-tokens", "1500", "--timeout", "1200", "--concurrency", "1",
        "--format", "json",
    ]  # fmt: skip
    code = cli.main(argv, env={"BRIEF_CACHE_DIR": str(tmp_path)})
    out, err = capsys.readouterr()
    assert code == 0, err
    document = json.loads(out)
    schema = json.loads((ROOT / "schemas" / "briefing.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(document, schema)
    briefing = Briefing.model_validate(document)
    texts = {a.id: a.text for a in load_articles(ARTICLES / "wires.jsonl").articles}
    assert _grounded_evidence(briefing, texts) == EXPECTED_CLI_EVIDENCE
    assert briefing.stats.mode == "md_json"  # auto, for a server on this machine
    assert briefing.stats.llm_calls == EXPECTED_CLI_CALLS
    assert "Traceback" not in err


EXPECTED_CLI_EVIDENCE = 33  # the floor links appositions ("The captain, Dmitri Kovalenko",
# each one more mention of its person) and gives the coast guard its reported words ("…, the
# Westmarch Coast Guard said.")
EXPECTED_CLI_CALLS = 2


@pytest.mark.vcr
async def test_json_mode_through_qwen(no_wait_retry: RetryPolicy) -> None:
    """JSON mode: the server decodes under a JSON grammar (slower, always parseable)."""
    engine = LLMEngine(_endpoint("qwen", "json"), retry=no_wait_retry, floor=False)
    article = load_articles(ARTICLES / "coastal-courier.txt").articles[0]
    result = await engine.extract(article)
    await engine.aclose()
    extraction = result.extraction
    items = [*extraction.actors, *extraction.events, *extraction.positions]
    for item in [*items, *extraction.open_questions]:
        for evidence in item.evidence:
            assert article.text[evidence.start : evidence.end] == evidence.quote
    assert (result.usage.llm_calls, len(items)) == EXPECTED_JSON_CALLS_AND_ITEMS


EXPECTED_JSON_CALLS_AND_ITEMS = (1, 5)


@pytest.mark.vcr
@pytest.mark.default_cassette(SMOLLM2)
async def test_a_model_that_misquotes_is_reasked_and_its_misquotes_dropped(
    vcr: Any, no_wait_retry: RetryPolicy
) -> None:
    """SmolLM2-135M writes invalid JSON, is told so in a few lines (its answer not resent), and
    then quotes words the article never printed: all of those are dropped and counted, and
    only the one item that stands in the article is kept."""
    engine = LLMEngine(
        _endpoint("smollm2", "tools"), retry=no_wait_retry, floor=False, max_reasks=1
    )
    article = load_articles(ARTICLES / "national-wire.md").articles[0]
    result = await engine.extract(article)
    await engine.aclose()
    bodies = [json.loads(r.body) for r in vcr.requests]
    assert [[m["role"] for m in body["messages"]] for body in bodies] == [
        ["system", "user"],
        ["system", "user", "user"],
    ]
    assert "not valid JSON" in bodies[1]["messages"][-1]["content"]
    usage = result.usage
    assert (usage.llm_calls, usage.reasks, usage.ungrounded_dropped) == (2, 1, 10)
    extraction = result.extraction
    assert (extraction.actors, extraction.events, extraction.positions) == ([], [], [])
    (question,) = extraction.open_questions
    for evidence in question.evidence:
        assert article.text[evidence.start : evidence.end] == evidence.quote
