"""Keeping the cache folder bounded, and what `brief cache info|clear` reports and removes.

Every run may add entries (LLM extractions, merged briefings, batch job ids); without a bound the
folder grows forever. After a run, at most once an hour, entries not used for `max_age_days` are
removed, then the least recently used until the folder is under `max_bytes`. A cache hit touches
its entry, so what is still in use stays. Only files this cache writes are counted or removed.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

DEFAULT_MAX_BYTES = 1024 * 1024 * 1024
"""1 GiB: about 200,000 extractions."""
DEFAULT_MAX_AGE_DAYS = 60.0
PRUNE_EVERY_SECONDS = 3600.0
"""How often a run walks the folder to enforce the bound (a walk stats every entry)."""
KINDS = ("extractions", "briefings", "batches")
"""The cache's subfolders; nothing else in the folder is touched."""
_MARKER = ".last-pruned"


@dataclass(frozen=True)
class CacheSummary:
    """What a cache folder holds."""

    folder: Path
    entries: dict[str, int]
    """Entries per kind (extractions, briefings, batches)."""
    size_bytes: int
    oldest: float | None
    """When the least recently used entry was last used (epoch seconds), if any."""


def _entries(folder: Path) -> list[tuple[float, int, Path, str]]:
    """(last used, bytes, path, kind) of every entry."""
    found = []
    for kind in KINDS:
        for path in (folder / kind).rglob("*.json"):
            with contextlib.suppress(OSError):  # removed meanwhile by another run
                stat = path.stat()
                found.append((stat.st_mtime, stat.st_size, path, kind))
    return found


def summarize_cache(folder: Path) -> CacheSummary:
    """Entries, bytes and the oldest use in `folder`."""
    entries = _entries(Path(folder))
    counts = dict.fromkeys(KINDS, 0)
    for _, _, _, kind in entries:
        counts[kind] += 1
    return CacheSummary(
        folder=Path(folder),
        entries=counts,
        size_bytes=sum(size for _, size, _, _ in entries),
        oldest=min((used for used, _, _, _ in entries), default=None),
    )


def clear_cache(folder: Path) -> int:
    """Remove every entry of the cache in `folder`; the number removed."""
    removed = sum(summarize_cache(folder).entries.values())
    for kind in KINDS:
        shutil.rmtree(Path(folder) / kind, ignore_errors=True)
    with contextlib.suppress(OSError):
        (Path(folder) / _MARKER).unlink()
    return removed


def prune_cache(
    folder: Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_age_days: float = DEFAULT_MAX_AGE_DAYS,
    now: float | None = None,
    force: bool = False,
) -> int:
    """Remove entries unused for `max_age_days`, then the least recently used until the folder
    holds at most `max_bytes`; at most once per `PRUNE_EVERY_SECONDS` unless `force`. The number
    removed. Errors (a read-only folder) are the caller's to ignore."""
    folder = Path(folder)
    now = time.time() if now is None else now
    marker = folder / _MARKER
    if not force:
        with contextlib.suppress(OSError):
            if now - marker.stat().st_mtime < PRUNE_EVERY_SECONDS:
                return 0
    entries = sorted(_entries(folder))
    total = sum(size for _, size, _, _ in entries)
    oldest_kept = now - max_age_days * 86400
    removed = 0
    for used, size, path, _ in entries:
        if used >= oldest_kept and total <= max_bytes:
            break
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            removed += 1
        total -= size
    if folder.is_dir():
        marker.touch()
        os.utime(marker, (now, now))
    return removed


def touch(path: Path) -> None:
    """Mark an entry as just used (a cache hit), so that pruning keeps it."""
    with contextlib.suppress(OSError):
        os.utime(path)
