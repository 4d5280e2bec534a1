"""The pipeline: load → extract → merge. The one place that knows the stages' order.

`summarize()` is the library's front door: a folder in, a `Briefing` out. Rendering is left to
the caller (`render_markdown`, `render_json`), and every stage is usable on its own.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from .cache import BriefingCache, CachedEngine, ExtractionCache, content_fingerprint
from .deferred import DeferredLLMEngine
from .drafts import DEFAULT_MAX_REASKS
from .endpoint import Endpoint, default_concurrency
from .errors import ConfigurationError
from .extract import (
    Budget,
    ExtractionEngine,
    ExtractionRun,
    ProgressCallback,
    extract_articles,
)
from .load import LoadResult, load_articles
from .merge import merge_extractions
from .models import Briefing, RunStats
from .offline import OfflineEngine
from .pricing import FREE, Price, price_for
from .ratelimit import RateLimiter
from .usage import ExtractionUsage

if TYPE_CHECKING:
    from .llm import LLMEngine

EngineChoice = Literal["auto", "llm", "offline"]
NO_ENDPOINT = (
    "no LLM endpoint configured: set OPENAI_API_KEY for OpenAI, or OPENAI_BASE_URL / --base-url "
    "for another OpenAI-compatible server (Ollama, vLLM, llama.cpp)"
)


@dataclass(frozen=True)
class Settings:
    """Everything a run needs besides the input; read from options and environment by the caller."""

    engine: EngineChoice = "auto"
    """auto: the LLM engine when `endpoint` is set, else the offline engine."""
    endpoint: Endpoint | None = None
    """The LLM endpoint, or None when none is configured."""
    concurrency: int | None = None
    """Articles extracted at once; None: 16 for OpenAI, 4 for a server on this machine, else 8."""
    max_reasks: int = DEFAULT_MAX_REASKS
    """Times the model is asked to fix an invalid or ungrounded answer."""
    title: str | None = None
    """The briefing's title; by default, its most prominent actors."""
    cache_dir: Path | None = None
    """Where LLM extractions are kept between runs; None: no cache."""
    rpm: float | None = None
    """Requests per minute to stay under; None: as fast as the endpoint allows."""
    tpm: float | None = None
    """Tokens per minute to stay under; None: no cap."""
    max_tokens_total: int | None = None
    """Start no new article once the run has used this many tokens."""
    max_cost_usd: float | None = None
    """Start no new article once the run has cost this much (needs a known price)."""
    price: Price | None = None
    """The model's price, overriding the built-in table."""


def chosen_engine(settings: Settings) -> Literal["llm", "offline"]:
    """Which engine runs: `auto` means the LLM when an endpoint is configured, else offline."""
    if settings.engine == "auto":
        return "llm" if settings.endpoint is not None else "offline"
    return settings.engine


def build_engine(settings: Settings) -> ExtractionEngine:
    """The extraction engine the settings ask for, paced and cached as they say."""
    if chosen_engine(settings) == "offline":
        return OfflineEngine()
    if settings.endpoint is None:
        raise ConfigurationError(NO_ENDPOINT)
    endpoint = settings.endpoint

    def build() -> LLMEngine:
        from .endpoint import create_client  # the LLM stack loads only when a request is due
        from .llm import LLMEngine

        limiter = RateLimiter(rpm=settings.rpm, tpm=settings.tpm)
        client = create_client(endpoint, limiter=limiter)
        return LLMEngine(endpoint, client=client, max_reasks=settings.max_reasks)

    engine = DeferredLLMEngine(endpoint, settings.max_reasks, build)
    if settings.cache_dir is None:
        return engine
    return CachedEngine(engine, ExtractionCache(settings.cache_dir))


async def summarize_async(
    path: str | os.PathLike[str],
    *,
    settings: Settings | None = None,
    engine: ExtractionEngine | None = None,
    on_loaded: Callable[[LoadResult], None] | None = None,
    on_progress: ProgressCallback | None = None,
) -> Briefing:
    """Load every article under `path`, extract each with `engine`, and merge them.

    Without `engine`, one is built from `settings` and closed afterwards. Files that cannot be
    loaded and articles that cannot be extracted are listed in `stats.articles_failed`. A run
    cancelled part-way (Ctrl-C) returns the briefing of what finished, with `stats.interrupted`.
    """
    settings = settings or Settings()
    started = time.monotonic()
    loaded = load_articles(path)
    if on_loaded is not None:
        on_loaded(loaded)
    owned = engine is None
    active = engine or build_engine(settings)
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
            if (known := briefings.get(key, stats)) is not None:
                return known
        budget = None
        if settings.max_tokens_total is not None or settings.max_cost_usd is not None:
            if settings.max_cost_usd is not None and price is None:
                raise ConfigurationError(
                    f"--max-cost needs the price of {active.model}: give it with --price IN/OUT"
                )
            budget = Budget(settings.max_tokens_total, settings.max_cost_usd, price)
        concurrency = settings.concurrency or default_concurrency(
            settings.endpoint if active.name == "llm" else None
        )
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
    stats = _stats(active, loaded, run, len(run.results), price, started)
    extractions = [result.extraction for _, result in run.results]
    if briefings is None or run.interrupted:
        return merge_extractions(loaded.articles, extractions, stats=stats, title=settings.title)
    fingerprints = [
        cache_keys.get(article.id) or content_fingerprint(result.extraction)
        for article, result in run.results
    ]
    key = briefings.key(loaded.articles, fingerprints, settings.title)
    briefing = briefings.get(key, stats)
    if briefing is None:
        briefing = merge_extractions(
            loaded.articles, extractions, stats=stats, title=settings.title
        )
        briefings.put(key, briefing)
    return briefing


def _stats(
    engine: ExtractionEngine,
    loaded: LoadResult,
    run: ExtractionRun,
    extracted: int,
    price: Price | None,
    started: float,
) -> RunStats:
    usage = run.usage
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
        articles_cached=usage.cached,
        estimated_cost_usd=(
            round(price.cost(usage.input_tokens, usage.output_tokens), 6) if price else None
        ),
        interrupted=run.interrupted,
        budget_reached=run.budget_reached,
        duration_seconds=round(time.monotonic() - started, 3),
    )


def _price(engine: ExtractionEngine, settings: Settings) -> Price | None:
    if engine.name != "llm":
        return FREE
    base_url = settings.endpoint.base_url if settings.endpoint else None
    return price_for(engine.model, base_url, settings.price)


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
