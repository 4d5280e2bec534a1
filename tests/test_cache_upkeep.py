"""The cache folder stays bounded, and `brief cache info|clear` report and remove only its
entries."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from corpus_support import expected_corpus

from summarizer import cli
from summarizer.engines.cache import ExtractionCache
from summarizer.engines.cache_upkeep import (
    PRUNE_EVERY_SECONDS,
    clear_cache,
    prune_cache,
    summarize_cache,
)

DAY = 86400.0
NOW = 1_800_000_000.0


def _entry(folder: Path, kind: str, name: str, size: int, age_days: float) -> Path:
    path = folder / kind / name[:2] / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"x" * size)
    used = NOW - age_days * DAY
    os.utime(path, (used, used))
    return path


def test_old_entries_go_then_the_least_recently_used_until_under_the_bound(
    tmp_path: Path,
) -> None:
    stale = _entry(tmp_path, "extractions", "aa01", 100, age_days=90)
    old = _entry(tmp_path, "extractions", "bb02", 400, age_days=20)
    recent = _entry(tmp_path, "briefings", "cc03", 400, age_days=1)
    newest = _entry(tmp_path, "extractions", "dd04", 400, age_days=0)
    other = tmp_path / "notes.txt"  # not the cache's: never touched
    other.write_text("mine", encoding="utf-8")
    removed = prune_cache(tmp_path, max_bytes=900, max_age_days=60, now=NOW)
    assert removed == 2
    assert not stale.exists()
    assert not old.exists()
    assert recent.exists()
    assert newest.exists()
    assert other.exists()
    summary = summarize_cache(tmp_path)
    assert summary.entries == {"extractions": 1, "briefings": 1, "batches": 0}
    assert summary.size_bytes == 800


def test_pruning_walks_the_folder_at_most_once_an_hour(tmp_path: Path) -> None:
    _entry(tmp_path, "extractions", "aa01", 100, age_days=90)
    assert prune_cache(tmp_path, now=NOW) == 1
    _entry(tmp_path, "extractions", "bb02", 100, age_days=90)
    assert prune_cache(tmp_path, now=NOW + 60) == 0  # walked a minute ago
    assert prune_cache(tmp_path, now=NOW + PRUNE_EVERY_SECONDS + 1) == 1


def test_a_cache_hit_keeps_its_entry(tmp_path: Path) -> None:
    expected = expected_corpus()[0]
    article, extraction = expected.article, expected.extraction
    cache = ExtractionCache(tmp_path)
    cache.put("ab" + "0" * 62, article, extraction)
    (entry,) = (tmp_path / "extractions").rglob("*.json")
    os.utime(entry, (NOW - 90 * DAY, NOW - 90 * DAY))
    assert cache.get("ab" + "0" * 62, article) is not None  # used: touched
    assert prune_cache(tmp_path, max_age_days=60, force=True) == 0
    assert entry.exists()


def test_brief_cache_info_and_clear(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _entry(tmp_path, "extractions", "aa01", 2048, age_days=3)
    _entry(tmp_path, "briefings", "bb02", 1024, age_days=1)
    env = {"BRIEF_CACHE_DIR": str(tmp_path)}
    assert cli.main(["cache", "info"], env=env) == 0
    out = capsys.readouterr().out
    assert str(tmp_path) in out
    assert "1 extractions" in out
    assert "1 briefings" in out
    assert "3.0 KB" in out
    assert cli.main(["cache", "clear"], env=env) == 0
    assert "removed 2 entries" in capsys.readouterr().err
    assert summarize_cache(tmp_path).entries == {"extractions": 0, "briefings": 0, "batches": 0}
    assert clear_cache(tmp_path) == 0
