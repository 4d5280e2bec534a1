"""The CLI: the document on stdout or -o, one-line messages on stderr, meaningful exit codes."""

from __future__ import annotations

import gc
import json
import os
from pathlib import Path

import jsonschema
import pytest
from corpus_support import ROOT, GoldEngine, corpus_articles

from summarizer import cli, pipeline
from summarizer.engines.llm.endpoint import Endpoint
from summarizer.settings import Settings

CORPUS = "tests/corpus/articles"


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


NO_ENV: dict[str, str] = {}


@pytest.fixture(autouse=True)
def _from_repo_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


@pytest.fixture
def failing() -> set[str]:
    """Articles (paths relative to the corpus) the gold engine fails; empty unless a test adds."""
    return set()


@pytest.fixture
def gold(monkeypatch: pytest.MonkeyPatch, failing: set[str]) -> list[Settings]:
    """Make the CLI extract with the hand-made extraction, failing the articles in `failing`;
    record the settings it built."""
    built: list[Settings] = []

    def build(settings: Settings, on_notice: object = None) -> GoldEngine:
        built.append(settings)
        return GoldEngine(fail=frozenset(failing))

    monkeypatch.setattr(pipeline, "build_engine", build)
    return built


def test_markdown_to_stdout_summary_to_stderr(
    gold: list[Settings], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main([CORPUS], env=NO_ENV) == 0
    out, err = capsys.readouterr()
    assert out.startswith("# Cargo ship runs aground")
    assert "## Sources" in out
    engine_line, summary = err.splitlines()
    assert engine_line == (
        "brief: using the offline engine (no LLM endpoint configured; set OPENAI_API_KEY, "
        "OPENAI_BASE_URL or --base-url to use an LLM)"
    )
    assert summary.startswith("brief: 6/6 articles extracted · engine gold")


def test_the_run_freezes_what_loading_left_and_unfreezes_it_after(
    gold: list[Settings], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The collector leaves the long-lived heap alone while articles are extracted (the
    requests wait on its full passes), and a caller in the same process gets it back."""
    frozen_while_extracting: list[int] = []
    extract = GoldEngine.extract

    async def watched(self: GoldEngine, article: object) -> object:
        frozen_while_extracting.append(gc.get_freeze_count())
        return await extract(self, article)  # type: ignore[arg-type]

    monkeypatch.setattr(GoldEngine, "extract", watched)
    assert cli.main([CORPUS, "-q"], env=NO_ENV) == 0
    assert len(frozen_while_extracting) == 6
    assert min(frozen_while_extracting) > 10_000  # modules, schemas, articles
    assert gc.get_freeze_count() == 0


def test_auto_names_the_llm_engine_and_explicit_choices_say_nothing(
    gold: list[Settings], capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        cli.main([CORPUS, "--base-url", "http://127.0.0.1:1/v1", "--model", "m"], env=NO_ENV) == 0
    )
    assert capsys.readouterr().err.splitlines()[0] == (
        "brief: using the llm engine (m at http://127.0.0.1:1/v1; --engine offline runs without it)"
    )
    assert cli.main([CORPUS, "--engine", "offline"], env=NO_ENV) == 0
    assert len(capsys.readouterr().err.splitlines()) == 1


def test_json_to_a_file_validates_against_the_schema(
    gold: list[Settings], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "briefing.json"
    assert cli.main([CORPUS, "--format", "json", "-o", str(target), "-q"], env=NO_ENV) == 0
    out, err = capsys.readouterr()
    assert (out, err) == ("", "")
    document = json.loads(target.read_text(encoding="utf-8"))
    schema = json.loads((ROOT / "schemas" / "briefing.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(document, schema)
    assert document["sources"][0]["path"] == "tests/corpus/articles/coastal-courier.txt"
    assert not list(tmp_path.glob(".briefing.json.*"))  # no temporary file left behind
    assert target.stat().st_mode & 0o777 == 0o666 & ~_current_umask()


def test_partial_failure_still_writes_the_briefing_and_exits_3(
    gold: list[Settings], failing: set[str], capsys: pytest.CaptureFixture[str]
) -> None:
    failing.add("national-wire.md")
    assert cli.main([CORPUS], env=NO_ENV) == 3
    out, err = capsys.readouterr()
    assert "\n_Based on 5 of 6 articles" in out
    assert "brief: failed tests/corpus/articles/national-wire.md: no valid answer" in err
    assert "1 failed" in err.splitlines()[-1]


def test_bad_files_are_named_on_stderr_and_the_run_goes_on(
    gold: list[Settings], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "coastal-courier.txt").write_text(
        (ROOT / CORPUS / "coastal-courier.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (folder / "empty.txt").write_text("", encoding="utf-8")
    assert cli.main([str(folder)], env=NO_ENV) == 3
    err = capsys.readouterr().err
    assert f"brief: skipped {folder}/empty.txt: empty file" in err


def test_every_article_failing_is_exit_1_with_the_reason(
    gold: list[Settings], failing: set[str], capsys: pytest.CaptureFixture[str]
) -> None:
    failing.update(os.path.relpath(a.path, CORPUS) for a in corpus_articles())
    assert cli.main([CORPUS], env=NO_ENV) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines()[-1].startswith("brief: error: no article could be extracted (")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        ([CORPUS, "--engine", "llm"], "brief: error: no LLM endpoint configured"),
        (
            ["no/such/folder", "--base-url", "http://x/v1"],
            "brief: error: no/such/folder: no such file or folder",
        ),
        ([CORPUS, "--format", "xml"], "brief: error: Invalid value for '--format'"),
        ([CORPUS, "--concurrency", "0"], "brief: error: Invalid value for '--concurrency'"),
        (
            [CORPUS, "-o", "missing-dir/out.md", "--base-url", "http://x/v1"],
            "brief: error: cannot write missing-dir/out.md",
        ),
        ([], "brief: error: Missing argument 'FOLDER'"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(argv, env=NO_ENV) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(message)
    assert err.count("\n") == 1
    assert "Traceback" not in err


def test_auto_mode_asks_openai_for_a_tool_call(gold: list[Settings]) -> None:
    assert cli.main([CORPUS, "-q"], env={"OPENAI_API_KEY": "sk-user"}) == 0
    assert gold[0].endpoint is not None
    assert gold[0].endpoint.mode == "tools"  # auto: OpenAI constrains a tool call for free


def test_endpoint_and_key_come_from_options_and_environment(
    gold: list[Settings], capsys: pytest.CaptureFixture[str]
) -> None:
    env = {"OPENAI_API_KEY": "sk-user", "BRIEF_MODEL": "m1"}
    assert cli.main([CORPUS, "--base-url", "http://127.0.0.1:1/v1", "-q"], env=env) == 0
    endpoint = gold[0].endpoint
    assert endpoint == Endpoint(
        base_url="http://127.0.0.1:1/v1",
        api_key=None,
        model="m1",
        mode="md_json",  # auto: a server on this machine is asked for JSON in the prompt
        timeout=120.0,
        max_output_tokens=4096,
    )  # fmt: skip  -- the user's OpenAI key is not sent to a server named only by --base-url
    assert cli.main([CORPUS, "-q", "--mode", "json", "--concurrency", "3"], env=env) == 0
    assert gold[1].endpoint is not None
    assert (gold[1].endpoint.base_url, gold[1].endpoint.api_key) == (None, "sk-user")
    assert (gold[1].endpoint.model, gold[1].endpoint.mode, gold[1].concurrency) == ("m1", "json", 3)
    env = {"OPENAI_BASE_URL": "http://vllm:8000/v1", "OPENAI_API_KEY": "sk-vllm"}
    assert cli.main([CORPUS, "-q"], env=env) == 0
    assert (gold[2].endpoint.base_url, gold[2].endpoint.api_key) == (
        "http://vllm:8000/v1",
        "sk-vllm",
    )  # type: ignore[union-attr]


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--version"], env=NO_ENV) == 0
    version = capsys.readouterr().out
    assert version.startswith("brief, version ")
    from summarizer.engines.offline import sentences  # the build says which it is

    compiled = not sentences.__file__.endswith(".py")
    assert ("(offline rules: compiled)" in version) is compiled
    assert (
        "(offline rules: Python source; `pip install .` compiles them)" in version
    ) is not compiled
    assert cli.main(["--help"], env=NO_ENV) == 0
    out = capsys.readouterr().out
    for option in (
        "--format",
        "--engine",
        "--base-url",
        "--model",
        "--mode",
        "--concurrency",
        "-o",
    ):
        assert option in out
    for section in ("Input and output:", "Engine:", "LLM endpoint:", "Speed and cost:", "Cache:"):
        assert f"\n{section}\n" in out
    for said in ("Environment:", "OPENAI_API_KEY", "Exit codes:", "130", "Examples:"):
        assert said in out
    assert "brief cache info" in out


def test_library_messages_name_the_options_that_set_them(
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = [CORPUS, "--base-url", "https://llm.example/v1", "--model", "m", "--max-cost", "1"]
    assert cli.main(argv, env=NO_ENV) == 2
    err = capsys.readouterr().err
    assert "--max-cost needs the price of m: give it with --price IN/OUT" in err
    assert "Settings." not in err


def test_no_key_no_network_the_offline_engine_writes_a_grounded_briefing(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli.main([CORPUS, "--format", "json"], env=NO_ENV) == 0
    out, err = capsys.readouterr()
    briefing = json.loads(out)
    assert briefing["stats"]["engine"] == "offline"
    assert briefing["stats"]["llm_calls"] == 0
    names = {a["name"] for a in briefing["actors"]}
    assert {"Ana Ribeiro", "Carlos Ribeiro", "Helen Okafor", "Westmarch Coast Guard"} <= names
    assert err.startswith("brief: using the offline engine")
    texts = {s["id"]: s["path"] for s in briefing["sources"]}
    from summarizer.sources.loading import load_articles

    loaded = {a.path: a.text for a in load_articles(CORPUS).articles}
    for kind in ("actors", "events", "positions", "open_questions"):
        for item in briefing[kind]:
            for e in item["evidence"]:
                assert loaded[texts[e["source"]]][e["start"] : e["end"]] == e["quote"]


def test_many_articles_failing_for_one_reason_are_counted_not_listed(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from summarizer.models import ArticleFailure

    budget = "not started: the token budget (500) was reached"
    failures = [
        ArticleFailure(path=f"news/{n}.txt", stage="extract", reason=budget) for n in range(8)
    ]
    failures.insert(
        2, ArticleFailure(path="news/odd.txt", stage="extract", reason="HTTP 400: too long")
    )
    cli.report_failures(failures, "failed")
    lines = capsys.readouterr().err.splitlines()
    assert lines[:5] == [f"brief: failed news/{n}.txt: {budget}" for n in range(5)]
    assert lines[5] == f"brief: ... and 3 more failed: {budget} (the briefing lists every one)"
    assert lines[6:] == ["brief: failed news/odd.txt: HTTP 400: too long"]
