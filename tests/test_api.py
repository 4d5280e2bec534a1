"""The Python API: one call returns a Briefing; the stages work alone; __all__ is honest."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from corpus_support import ARTICLES, ROOT, GoldEngine, expected_corpus

import summarizer
from summarizer import (
    Settings,
    load_articles,
    merge_extractions,
    render_json,
    render_markdown,
    summarize,
    summarize_async,
)
from summarizer.errors import ConfigurationError
from summarizer.models import RunStats


def test_all_is_sorted_and_importable() -> None:
    assert summarizer.__all__ == sorted(summarizer.__all__)
    for name in summarizer.__all__:
        assert getattr(summarizer, name) is not None


def test_summarize_returns_a_briefing_with_statistics() -> None:
    briefing = summarize(ARTICLES, engine=GoldEngine(fail=frozenset({"wires.jsonl#2"})))
    assert briefing.stats.engine == "gold"
    assert briefing.stats.articles_loaded == 6
    assert briefing.stats.articles_extracted == 5
    assert [f.path.endswith("wires.jsonl#2") for f in briefing.stats.articles_failed] == [True]
    assert len(briefing.sources) == 6
    assert briefing.actors
    assert briefing.stats.duration_seconds >= 0


async def test_summarize_async_reports_what_was_loaded() -> None:
    seen: list[int] = []
    briefing = await summarize_async(
        ARTICLES, engine=GoldEngine(), on_loaded=lambda loaded: seen.append(len(loaded.articles))
    )
    assert seen == [6]
    assert briefing.stats.articles_failed == []


def test_stages_compose_by_hand() -> None:
    articles = load_articles(ARTICLES).articles
    extractions = [e.extraction for e in expected_corpus()]
    briefing = merge_extractions(articles, extractions, stats=RunStats(engine="by hand"), title="T")
    assert render_markdown(briefing).startswith("# T\n")
    assert json.loads(render_json(briefing))["title"] == "T"


def test_no_endpoint_and_no_engine_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError, match="no LLM endpoint configured"):
        summarize(ARTICLES, settings=Settings(engine="llm"))


def test_every_subpackage_is_packaged() -> None:
    """An editable install hides a package missing from pyproject; a wheel would lack it."""
    import tomllib
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    declared = set(
        tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(init.parent.relative_to(root).parts)
        for init in (root / "summarizer").rglob("__init__.py")
    }
    assert found <= declared, sorted(found - declared)
    assert {"summarizer.prompts", "summarizer.schemas"} <= declared


def _readme_python_blocks() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```python\n(.*?)```", readme, re.DOTALL)


def test_the_readmes_stage_example_runs_as_written(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (example,) = [block for block in _readme_python_blocks() if "OfflineEngine()" in block]
    monkeypatch.chdir(ROOT)
    exec(compile(example, "README.md", "exec"), {"__name__": "readme"})
    printed = capsys.readouterr().out
    assert printed.startswith('{\n  "title": ')
    assert '"path": "tests/corpus/articles/coastal-courier.txt"' in printed


_GERMAN = (
    "Streik legt Hafen lahm\n\nDie Hafenarbeiter haben am Dienstag den zweiten Tag in Folge "
    "gestreikt, sagte die Gewerkschaft. Der Betreiber erklärte, man habe sechs Prozent "
    "angeboten, und die Verhandlungen würden am Donnerstag fortgesetzt.\n"
)


async def test_articles_not_in_english_are_named_when_the_offline_engine_reads_them(
    tmp_path: Path,
) -> None:
    (tmp_path / "hafen.txt").write_text(_GERMAN, encoding="utf-8")
    (tmp_path / "port.txt").write_text(
        "Port strike\n\nDockworkers stayed off the job for a second day on Tuesday, the union "
        "said. The operator said it had offered six percent.\n",
        encoding="utf-8",
    )
    notices: list[str] = []
    await summarize_async(tmp_path, on_notice=notices.append)
    assert len(notices) == 1
    assert "1 article(s) are not in English (hafen.txt)" in notices[0]
    notices.clear()
    unknown = GoldEngine(fail=frozenset({"hafen.txt", "port.txt"}))  # knows neither article
    await summarize_async(tmp_path, engine=unknown, on_notice=notices.append)
    assert notices == []  # another engine may read other languages
    (tmp_path / "hafen.txt").unlink()
    await summarize_async(tmp_path, on_notice=notices.append)
    assert notices == []  # all in English
