"""Broken disks, signals and unlucky options: the run finishes, or stops at once, and writes
what finished; what it prints cannot drive the terminal."""

from __future__ import annotations

import asyncio
import errno
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from corpus_support import ARTICLES, ROOT, GoldEngine, corpus_articles

from summarizer import cli
from summarizer.engines.cache import CachedEngine, ExtractionCache, extraction_key
from summarizer.pipeline import summarize_async
from summarizer.settings import Settings

IDENTITY = "engine=llm model=m mode=tools reasks=2"
NO_ENV: dict[str, str] = {}


class _KeyedGold(GoldEngine):
    """The gold engine with a cache identity, counting real extractions."""

    def __init__(self) -> None:
        super().__init__()
        self.cache_identity = IDENTITY
        self.calls = 0

    async def extract(self, article):  # type: ignore[no-untyped-def]
        self.calls += 1
        return await super().extract(article)


async def test_swapped_cache_entries_are_misses_and_extracted_again(tmp_path: Path) -> None:
    articles = corpus_articles()
    first = _KeyedGold()
    for article in articles:
        await CachedEngine(first, ExtractionCache(tmp_path)).extract(article)
    one, two = (
        tmp_path / "extractions" / key[:2] / f"{key}.json"
        for key in (extraction_key(articles[0], IDENTITY), extraction_key(articles[1], IDENTITY))
    )
    one_bytes, two_bytes = one.read_bytes(), two.read_bytes()
    one.write_bytes(two_bytes)
    two.write_bytes(one_bytes)
    again = _KeyedGold()
    engine = CachedEngine(again, ExtractionCache(tmp_path))
    for article in articles:
        result = await engine.extract(article)
        for item in [*result.extraction.actors, *result.extraction.events]:
            for e in item.evidence:
                assert article.text[e.start : e.end] == e.quote
    assert again.calls == 2  # the two swapped entries, and only those


async def test_an_edited_cache_entry_whose_quote_moved_is_a_miss(tmp_path: Path) -> None:
    article = corpus_articles()[0]
    await CachedEngine(_KeyedGold(), ExtractionCache(tmp_path)).extract(article)
    key = extraction_key(article, IDENTITY)
    path = tmp_path / "extractions" / key[:2] / f"{key}.json"
    entry = json.loads(path.read_text(encoding="utf-8"))
    entry["extraction"]["actors"][0]["evidence"][0]["start"] += 3
    path.write_text(json.dumps(entry), encoding="utf-8")
    again = _KeyedGold()
    await CachedEngine(again, ExtractionCache(tmp_path)).extract(article)
    assert again.calls == 1


async def test_a_full_disk_is_said_once_and_the_run_completes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*_: object, **__: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    notices: list[str] = []
    engine = CachedEngine(_KeyedGold(), ExtractionCache(tmp_path), lambda e: notices.append(str(e)))
    briefing = await summarize_async(
        ARTICLES, engine=engine, settings=Settings(cache_dir=tmp_path), on_notice=notices.append
    )
    assert briefing.stats.articles_extracted == 6
    assert len(notices) == 2  # the extraction cache once, the briefing cache once


def test_a_read_only_home_still_gives_a_briefing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    real_mkdir = Path.mkdir

    def read_only(self: Path, *args: object, **kwargs: object) -> None:
        if self.is_relative_to(home):  # root ignores chmod: refuse the way a read-only disk does
            raise OSError(errno.EROFS, "Read-only file system", str(self))
        real_mkdir(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "mkdir", read_only)
    monkeypatch.setenv("HOME", str(home))  # the platform's cache folder is under it
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    output = tmp_path / "briefing.md"
    code = cli.main([str(ARTICLES), "-o", str(output)], env={"HOME": str(home)})
    err = capsys.readouterr().err
    assert code == 0, err
    assert "## Sources" in output.read_text(encoding="utf-8")
    assert err.count("cannot write the cache") == 1


@pytest.mark.parametrize("where", ["inside", "input", "folder"])
def test_an_output_that_would_be_lost_or_read_back_is_refused_up_front(
    where: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    article = folder / "a.txt"
    article.write_text("Port workers went on strike on Monday, the union said.\n", "utf-8")
    output = {"inside": folder / "brief.md", "input": article, "folder": tmp_path}[where]
    target = str(article) if where == "input" else str(folder)
    code = cli.main([target, "-o", str(output)], env=NO_ENV)
    assert code == 2
    assert "cannot write" in capsys.readouterr().err
    assert article.read_text(encoding="utf-8").startswith("Port workers")
    assert not (folder / "brief.md").exists()


def test_file_names_cannot_drive_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "ok.txt").write_text("Port workers went on strike on Monday, the union said.\n")
    (folder / "\x1b]0;owned\x07\x1b[2J.txt").write_bytes(b"\x00\x01\x02binary")
    (folder / "forged\nbrief: 6 of 6 articles extracted.txt").write_bytes(b"\x00\x01binary")
    assert cli.main([str(folder)], env=NO_ENV) == 3  # two files skipped
    err = capsys.readouterr().err
    assert "\x1b" not in err
    assert "\x07" not in err
    assert all(line.startswith("brief: ") for line in err.splitlines())


def test_duration_includes_the_merge(monkeypatch: pytest.MonkeyPatch) -> None:
    from summarizer import pipeline

    real = pipeline.merge_extractions

    def slow_merge(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        time.sleep(0.3)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "merge_extractions", slow_merge)
    briefing = asyncio.run(summarize_async(ARTICLES, engine=GoldEngine()))
    assert briefing.stats.duration_seconds >= 0.3


# --- signals, on a real `brief` process -------------------------------------------------------

_SLOW_STAGE = """
import sys, time, pathlib
import summarizer.pipeline as pipeline
from summarizer.engines.offline import engine as offline
marker = pathlib.Path(sys.argv[1])
stage = sys.argv[2]

def slow(real):
    def wrapper(*args, **kwargs):
        marker.write_text("started")
        if stage != "extract":
            time.sleep(60)
        return real(*args, **kwargs)
    return wrapper

if stage == "load":
    pipeline.load_articles = slow(pipeline.load_articles)
elif stage == "merge":
    pipeline.merge_extractions = slow(pipeline.merge_extractions)
else:
    real_extract = offline.extract_offline
    calls = []
    def slow_extract(article):
        calls.append(article)
        if len(calls) == 2:  # the first article is extracted and recorded by now
            marker.write_text("started")
        extraction = real_extract(article)
        time.sleep(0.4)  # one long article at a time
        return extraction
    offline.extract_offline = slow_extract
from summarizer.cli import main
sys.exit(main(sys.argv[3:]))
"""


@pytest.mark.parametrize("stage", ["load", "extract", "merge"])
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_at_any_stage_stops_the_run_at_once(
    stage: str, signum: signal.Signals, tmp_path: Path
) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    for n in range(12):
        (folder / f"{n}.txt").write_text(
            f"Port workers in Amara went on strike on Monday, union leader Ana Ribeiro{n} said. "
            "The port authority called the strike illegal.\n",
            encoding="utf-8",
        )
    marker, output = tmp_path / "started", tmp_path / "briefing.md"
    script = tmp_path / "slow_brief.py"
    script.write_text(textwrap.dedent(_SLOW_STAGE), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "BRIEF_"))}
    env.update(PYTHONPATH=str(ROOT), BRIEF_CACHE_DIR=str(tmp_path / "cache"))
    process = subprocess.Popen(
        [sys.executable, str(script), str(marker), stage, str(folder), "--concurrency", "1",
         "-o", str(output)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    deadline = time.monotonic() + 30
    while not marker.exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(0.1)
    sent = time.monotonic()
    process.send_signal(signum)
    _, err = process.communicate(timeout=30)
    waited = time.monotonic() - sent
    assert process.returncode == 130, err
    assert waited < 5, f"took {waited:.1f} s to stop"  # generous: the benchmark measures it
    if stage == "load":
        assert not output.exists()
    else:
        assert output.exists(), err
        assert "## Sources" in output.read_text(encoding="utf-8")
