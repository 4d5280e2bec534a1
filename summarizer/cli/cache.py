"""`brief cache info` and `brief cache clear`: what the extraction cache holds, and emptying it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path

import click

from ..engines.cache import default_cache_dir
from ..engines.cache_upkeep import (
    DEFAULT_MAX_AGE_DAYS,
    DEFAULT_MAX_BYTES,
    clear_cache,
    summarize_cache,
)
from ..render.escaping import for_terminal
from .terminal import say

_DIR = click.option(
    "--cache-dir", metavar="DIR", help="The cache folder. [default: the platform's user cache]"
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def cache() -> None:
    """The cache of extractions and merged briefings: re-runs on unchanged articles send no
    request. After each run, entries unused for 60 days go, then the least recently used until
    the folder is under 1 GiB."""


@cache.command()
@_DIR
@click.pass_obj
def info(env: Mapping[str, str], cache_dir: str | None) -> None:
    """Where the cache is, what it holds and its size."""
    folder = Path(cache_dir or default_cache_dir(env))
    summary = summarize_cache(folder)
    counts = ", ".join(f"{n} {kind}" for kind, n in summary.entries.items())
    oldest = dt.datetime.fromtimestamp(summary.oldest).date().isoformat() if summary.oldest else "-"
    click.echo(f"folder: {for_terminal(folder)}")
    click.echo(f"entries: {counts}")
    click.echo(f"size: {_size(summary.size_bytes)} (bound {_size(DEFAULT_MAX_BYTES)})")
    days = f"{DEFAULT_MAX_AGE_DAYS:.0f} days"
    click.echo(f"least recently used: {oldest} (entries unused for {days} are removed)")


@cache.command()
@_DIR
@click.pass_obj
def clear(env: Mapping[str, str], cache_dir: str | None) -> None:
    """Remove every entry (the next run extracts every article again)."""
    folder = Path(cache_dir or default_cache_dir(env))
    removed = clear_cache(folder)
    say(f"removed {removed} entries from {folder}")


def _size(count: int) -> str:
    size = float(count)
    for unit in ("bytes", "KB", "MB"):
        if size < 1024:
            return f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GB"
