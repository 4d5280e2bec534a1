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
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from .engines.cache import BriefingCache, CachedEngine, ExtractionCache, content_fingerprint
from .engines.cache_upkeep import prune_cache
from .engines.extract import (
    Budget,
    ExtractionEngine,
    ExtractionRun,
    ProgressCallback,
    extract_articles,
)
from .engines.llm.deferred import DeferredLLMEngine
from .engines.llm.endpoint import default_concurrency, is_local
from .engines.llm.ratelimit import RateLimiter
from .engines.offline import OfflineEngine
from .engines.offline.engine import available_cores
from .engines.pricing import FREE, Price, price_for
from .errors import ConfigurationError
from .merge import merge_extractions
from .models import Article, Briefing, RunStats, SourceRef
from .settings import PARALLEL_FROM, Settings
from .sources.loading import LoadResult, load_articles
from .usage import ExtractionUsage

if TYPE_CHECKING:
    from .engines.llm.engine import LLMEngine

BATCH_DISCOUNT = 0.5
"""Share of the direct price a batch job's tokens cost (OpenAI's Batch API: half)."""
INTERRUPTED_MERGE_SECONDS = 0.5
"""How long an interrupted run may merge what finished before it writes the sources alone."""
NO_ENDPOINT = (
    "no LLM endpoint configured: set OPENAI_API_KEY for OpenAI, or OPENAI_BASE_URL / "
    "Endpoint.base_url for another OpenAI-compatible server (Ollama, vLLM, llama.cpp)"
)


def chosen_engine(settings: Settings) -> Literal["llm", "offline"]:
    """Which engine runs: `auto` means the LLM when an endpoint is configured, else offline."""
    if settings.engine == "auto":
        return "llm" if settings.endpoint is not None else "offline"
    return settings.engine


def build_engine(
    settings: Settings, on_notice: Callable[[str], None] | None = None
) -> ExtractionEngine:
    """The extraction engine the settings ask for, paced and cached as they say; `on_notice`
    hears what the run goes on without (a cache that cannot be written)."""
    if chosen_engine(settings) == "offline":
        return OfflineEngine(workers=settings.workers or 1)
    if settings.endpoint is None:
        raise ConfigurationError(NO_ENDPOINT)
    endpoint = settings.endpoint

    def build() -> LLMEngine:
        from .engines.llm.endpoint import (
            create_client,  # the LLM stack loads only when a request is due
        )
        from .engines.llm.engine import LLMEngine

        limiter = RateLimiter(rpm=settings.rpm, tpm=settings.tpm)
        client = create_client(endpoint, limiter=limiter)
        return LLMEngine(
            endpoint, client=client, max_reasks=settings.max_reasks, floor=settings.floor
        )

    engine = DeferredLLMEngine(endpoint, settings.max_reasks, build, floor=settings.floor)
    if settings.cache_dir is None:
        return engine
    return CachedEngine(
        engine, ExtractionCache(settings.cache_dir), _cache_write_notice(settings, on_notice)
    )


def _cache_write_notice(
    settings: Settings, on_notice: Callable[[str], None] | None
) -> Callable[[OSError], None]:
    def notice(error: OSError) -> None:
        if on_notice is not None:
            on_notice(
                f"cannot write the cache in {settings.cache_dir} ({error.strerror or error}); "
                "going on without it"
            )

    return notice


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
    loaded = await in_thread(load_articles, path)
    if on_loaded is not None:
        on_loaded(loaded)
    owned = engine is None
    active = engine or build_engine(settings, on_notice)
    many = len(loaded.articles) >= PARALLEL_FROM
    if isinstance(active, OfflineEngine) and settings.workers is None and many:
        active.workers = available_cores()
    warm_up = threading.Thread(target=_load_merge_data, name="brief-warm-up", daemon=True)
    warm_up.start()  # while articles are extracted, so an interrupted run merges at once
    briefings = BriefingCache(settings.cache_dir) if settings.cache_dir is not None else None
    cache_keys: dict[int, str] = {}  # article id -> its extraction cache key, when cached
    try:
        await active.prepare()
        price = _price(active, settings)
        if briefings is not None and isinstance(active, CachedEngine):
            # Every article already extracted and merged this way: no extraction is even read.
            cache_keys = {a.id: active.key_for(a) for a in loaded.articles}
            key = briefings.key(loaded.articles, list(cache_keys.values()), settings.title)
            everything_cached = ExtractionRun(usage=ExtractionUsage(cached=len(loaded.articles)))
            stats = _stats(active, loaded, everything_cached, len(loaded.articles), price, started)
            if (known := briefings.get(key, stats, loaded.articles)) is not None:
                return known
        batch_usage = ExtractionUsage()
        if settings.batch:
            batch_usage = await _extract_in_batch(active, loaded.articles, settings)
        budget = None
        if settings.max_tokens_total is not None or settings.max_cost_usd is not None:
            if settings.max_cost_usd is not None and price is None:
                raise ConfigurationError(
                    f"Settings.max_cost_usd needs the price of {active.model}: give it with "
                    "Settings.price"
                )
            budget = Budget(settings.max_tokens_total, settings.max_cost_usd, price)
        concurrency = settings.concurrency or default_concurrency(
            settings.endpoint if active.name == "llm" else None
        )
        if isinstance(active, OfflineEngine) and active.workers > 1:
            concurrency = max(concurrency, active.workers * 4)  # keep every process busy
        run = await extract_articles(
            loaded.articles,
            active,
            concurrency=concurrency,
            on_progress=on_progress,
            budget=budget,
        )
    finally:
        if owned:
            await active.aclose()
    stats = _stats(active, loaded, run, len(run.results), price, started, batch_usage)
    extractions = [result.extraction for _, result in run.results]
    briefing_key = None
    if briefings is not None and not run.interrupted:
        fingerprints = [
            cache_keys.get(article.id) or content_fingerprint(result.extraction)
            for article, result in run.results
        ]
        briefing_key = briefings.key(loaded.articles, fingerprints, settings.title)
        if (known := briefings.get(briefing_key, stats, loaded.articles)) is not None:
            return _timed(known, started)
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
        return _timed(
            unmerged_briefing(
                loaded.articles, interrupted, settings.title, {a.id for a, _ in run.results}
            ),
            started,
        )
    briefing = merging.result().model_copy(update={"stats": stats})  # the run's, not the merge's
    if briefings is not None and briefing_key is not None and settings.cache_dir is not None:
        try:
            briefings.put(briefing_key, briefing)
            prune_cache(settings.cache_dir, max_bytes=settings.cache_max_bytes)
        except OSError as error:
            _cache_write_notice(settings, on_notice)(error)
    return _timed(briefing, started)


def _load_merge_data() -> None:
    """Load the word lists the merge reads (lemmas, GeoNames places): ~0.4 s the first time."""
    from .text.lemmas import is_common_word
    from .text.places import places_in

    places_in("Talks in Kyiv")
    is_common_word("said")


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
        sources=[
            SourceRef(
                id=a.id,
                path=a.path,
                title=a.title,
                url=a.url,
                published=a.published,
                extracted=a.id in extracted,
            )
            for a in sorted(articles, key=lambda a: a.id)
        ],
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


async def _extract_in_batch(
    active: ExtractionEngine, articles: Sequence[Article], settings: Settings
) -> ExtractionUsage:
    """Every article not in the cache extracted by one batch job (see `batch`); its results
    are cached at once and answered to the run from there. What it cost."""
    if not isinstance(active, CachedEngine) or not isinstance(active.engine, DeferredLLMEngine):
        raise ConfigurationError(
            "Settings.batch needs the LLM engine and its cache (job ids live there)"
        )
    from .engines.llm.batch import BatchJob  # the LLM stack loads only for a run that asks

    missing = [a for a in articles if active.cache.get(active.key_for(a), a) is None]
    spent = ExtractionUsage()
    if not missing or settings.cache_dir is None:
        return spent
    engine = await active.engine.ready()
    job = BatchJob(engine.client, engine.endpoint, settings.cache_dir)
    outcome = await job.run(missing, [active.key_for(a) for a in missing])
    for article in missing:
        usage = outcome.usage.get(article.id, ExtractionUsage())
        spent.add(usage)
        draft = outcome.drafts.get(article.id)
        if draft is None:
            continue  # asked again directly when its turn comes
        usage.ungrounded_dropped += draft.dropped
        usage.quotes_aligned += draft.aligned
        active.preload(article, engine.completed(article, draft.extraction, usage))
    return spent


def _stats(
    engine: ExtractionEngine,
    loaded: LoadResult,
    run: ExtractionRun,
    extracted: int,
    price: Price | None,
    started: float,
    batch: ExtractionUsage | None = None,
) -> RunStats:
    usage = run.usage
    cost = price.cost(usage.input_tokens, usage.output_tokens) if price else None
    if price and cost is not None and batch is not None:  # a batch job's tokens cost less
        cost -= (1 - BATCH_DISCOUNT) * price.cost(batch.input_tokens, batch.output_tokens)
    return RunStats(
        engine=engine.name,
        model=engine.model,
        mode=engine.mode,
        articles_loaded=len(loaded.articles),
        articles_extracted=extracted,
        articles_failed=[*loaded.failures, *run.failures],
        llm_calls=usage.llm_calls,
        reasks=usage.reasks,
        input_tokens=usage.input_tokens,
        output_tokens=usage.output_tokens,
        ungrounded_dropped=usage.ungrounded_dropped,
        quotes_aligned=usage.quotes_aligned,
        llm_fallbacks=run.fallbacks,
        articles_cached=usage.cached,
        estimated_cost_usd=round(cost, 6) if cost is not None else None,
        interrupted=run.interrupted,
        budget_reached=run.budget_reached,
        duration_seconds=round(time.monotonic() - started, 3),
    )


def _price(engine: ExtractionEngine, settings: Settings) -> Price | None:
    if engine.name != "llm":
        return FREE
    base_url = settings.endpoint.base_url if settings.endpoint else None
    return price_for(engine.model, local=is_local(base_url), override=settings.price)


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
