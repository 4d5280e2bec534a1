"""The pipeline: load → extract → merge. The one place that knows the stages' order.

`summarize()` is the library's front door: a folder in, a `Briefing` out. Rendering is left to
the caller (`render_markdown`, `render_json`), and every stage is usable on its own.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import threading
import time
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any, TypeVar

from .assembly import (
    budget_for,
    build_engine,
    cache_write_notice,
    cached_run_stats,
    concurrency_for,
    extract_in_batch,
    fit_to_size,
    price_of,
    run_stats,
)
from .engines.cache import MergedBriefings
from .engines.extract import ExtractionEngine, ProgressCallback, extract_articles
from .merge import merge_extractions, source_list
from .models import Article, Briefing, RunStats
from .settings import Settings
from .sources.loading import LoadResult, load_articles
from .text.lemmas import reads_as_english

INTERRUPTED_MERGE_SECONDS = 0.5
"""How long an interrupted run may merge what finished before it writes the sources alone."""


async def summarize_async(
    path: str | os.PathLike[str],
    *,
    settings: Settings | None = None,
    engine: ExtractionEngine | None = None,
    on_loaded: Callable[[LoadResult], None] | None = None,
    on_progress: ProgressCallback | None = None,
    on_notice: Callable[[str], None] | None = None,
) -> Briefing:
    """Load every article under `path`, extract each with `engine`, and merge them.

    Without `engine`, one is built from `settings` and closed afterwards. Files that cannot be
    loaded and articles that cannot be extracted are listed in `stats.articles_failed`. A run
    cancelled part-way (Ctrl-C, SIGTERM) returns the briefing of what finished, with
    `stats.interrupted`; cancelled while merging, the briefing lists its sources only and
    `stats.merge_interrupted` says so. Loading and merging run off the event loop, so a
    cancellation is seen at once at every stage. `on_notice` hears what the run goes on
    without (a cache that cannot be written).
    """
    settings = settings or Settings()
    started = time.monotonic()
    loaded = await in_thread(load_articles, path)  # stage 1: load
    if on_loaded is not None:
        on_loaded(loaded)
    active = engine or build_engine(settings, on_notice)
    if on_notice is not None and active.name == "offline":
        notice = not_english_notice(loaded.articles)
        if notice is not None:
            on_notice(notice)
    fit_to_size(active, settings, len(loaded.articles))
    merged = MergedBriefings(settings.cache_dir, loaded.articles, settings.title)
    try:
        await active.prepare()
        price = price_of(active, settings)
        if (known := merged.before_extraction(active)) is not None:  # nothing to extract
            stats = cached_run_stats(active, loaded, price, started)
            return known.model_copy(update={"stats": stats})
        warm_up = threading.Thread(target=_load_merge_data, name="brief-warm-up", daemon=True)
        warm_up.start()  # while articles are extracted, so an interrupted run merges at once
        batch = None
        if settings.batch:
            batch = await extract_in_batch(active, loaded.articles, settings)
        # stage 2: extract
        run = await extract_articles(
            loaded.articles,
            active,
            concurrency=concurrency_for(active, settings),
            on_progress=on_progress,
            budget=budget_for(active, settings, price),
        )
    finally:
        if engine is None:
            await active.aclose()
    stats = run_stats(active, loaded, run, price, started, batch)
    if not run.interrupted and (known := merged.after_extraction(run)) is not None:
        return _timed(known.model_copy(update={"stats": stats}), started)
    # stage 3: merge
    extractions = [result.extraction for _, result in run.results]
    merging = asyncio.ensure_future(
        in_thread(merge_extractions, loaded.articles, extractions, title=settings.title)
    )
    try:  # an interrupted run has a second to merge what finished; a cancel stops it at once
        limit = INTERRUPTED_MERGE_SECONDS if run.interrupted else None
        done, _ = await asyncio.wait({merging}, timeout=limit)
    except asyncio.CancelledError:
        done = set()
    if not done:  # interrupted while merging: what finished is the sources
        merging.cancel()
        interrupted = stats.model_copy(update={"interrupted": True, "merge_interrupted": True})
        finished = {article.id for article, _ in run.results}
        sources_only = unmerged_briefing(loaded.articles, interrupted, settings.title, finished)
        return _timed(sources_only, started)
    briefing = merging.result().model_copy(update={"stats": stats})  # the run's, not the merge's
    if not run.interrupted:
        try:
            merged.keep(briefing, max_bytes=settings.cache_max_bytes)
        except OSError as error:
            cache_write_notice(settings, on_notice)(error)
    return _timed(briefing, started)  # stage 4, rendering, is the caller's


def _load_merge_data() -> None:
    """Load the word lists the merge reads (lemmas, GeoNames places, the capitals' other names
    that 'Kyiv' asks for, and the cities' regions): ~1 s the first time."""
    from .text.lemmas import is_common_word
    from .text.places import places_in, whereabouts

    whereabouts(places_in("Talks in Kyiv, Ukraine"))
    is_common_word("said")


def not_english_notice(articles: Sequence[Article]) -> str | None:
    """What to tell someone whose articles are mostly not in English, which the offline
    engine's rules cannot read (their actors and quotes come out missing or wrong), or None."""
    foreign = [a.path for a in articles if not reads_as_english(a.text)]
    if not foreign:
        return None
    named = ", ".join(os.path.basename(path) for path in foreign[:_NAMED_FILES])
    more = f" and {len(foreign) - _NAMED_FILES} more" if len(foreign) > _NAMED_FILES else ""
    return (
        f"{len(foreign)} article(s) are not in English ({named}{more}): the offline engine reads "
        "English only, so their actors and quotes may be missing or wrong; an LLM endpoint "
        "(--base-url) reads other languages"
    )


_NAMED_FILES = 3


def _timed(briefing: Briefing, started: float) -> Briefing:
    """The briefing with the run's duration, merge included."""
    seconds = round(time.monotonic() - started, 3)
    return briefing.model_copy(
        update={"stats": briefing.stats.model_copy(update={"duration_seconds": seconds})}
    )


def unmerged_briefing(
    articles: Sequence[Article], stats: RunStats, title: str | None, extracted: set[int]
) -> Briefing:
    """A briefing that lists the sources only (`extracted`: the ids of those that finished):
    what an interrupted merge leaves."""
    return Briefing(
        title=title or "Briefing (interrupted before merging)",
        sources=source_list(articles, extracted),
        stats=stats,
    )


_T = TypeVar("_T")


async def in_thread(function: Callable[..., _T], *args: Any, **kwargs: Any) -> _T:
    """`function(*args, **kwargs)` in a daemon thread, awaited: the event loop stays free to
    take a signal at once, and an interrupted run exits without waiting for the thread."""
    loop = asyncio.get_running_loop()
    future: asyncio.Future[_T] = loop.create_future()

    def settle(outcome: Callable[[], None]) -> None:
        if not future.done():
            outcome()

    def work() -> None:
        try:
            result = function(*args, **kwargs)
        except BaseException as error:  # handed to the awaiting task, whatever it is
            report = partial(settle, partial(future.set_exception, error))
        else:
            report = partial(settle, partial(future.set_result, result))
        with contextlib.suppress(RuntimeError):  # the loop closed: nobody waits any more
            loop.call_soon_threadsafe(report)

    threading.Thread(target=work, name=f"brief-{function.__name__}", daemon=True).start()
    return await future


def summarize(
    path: str | os.PathLike[str],
    *,
    settings: Settings | None = None,
    engine: ExtractionEngine | None = None,
) -> Briefing:
    """Turn the news articles under `path` into a merged, cited `Briefing`.

    The synchronous front door: `summarize("seeds/", settings=Settings(endpoint=...))`.
    Use `summarize_async` inside a running event loop.
    """
    return asyncio.run(summarize_async(path, settings=settings, engine=engine))
