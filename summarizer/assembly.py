"""From settings to a run: which engine, built how (paced, deferred, cached), at what price,
under what budget and concurrency, and the run's statistics once it is done. The pipeline asks
this module; it never looks inside an engine."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Literal

from .engines.cache import CachedEngine, ExtractionCache
from .engines.extract import (
    Budget,
    ExtractionEngine,
    ExtractionRun,
)
from .engines.llm.deferred import DeferredLLMEngine
from .engines.llm.endpoint import create_client, default_concurrency, is_local
from .engines.llm.ratelimit import RateLimiter
from .engines.llm.reading import RulesReader
from .engines.offline import OfflineEngine
from .engines.offline.engine import available_cores
from .engines.pricing import FREE, Price, price_for
from .errors import ConfigurationError
from .models import Article, RunStats
from .settings import PARALLEL_FROM, Settings
from .sources.loading import LoadResult
from .usage import ExtractionUsage

if TYPE_CHECKING:
    from .engines.llm.engine import LLMEngine


BATCH_DISCOUNT = 0.5
"""Share of the direct price a batch job's tokens cost (OpenAI's Batch API: half)."""


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
        from .engines.llm.engine import LLMEngine  # the LLM stack loads when a request is due

        limiter = RateLimiter(rpm=settings.rpm, tpm=settings.tpm)
        client = create_client(endpoint, limiter=limiter)
        return LLMEngine(
            endpoint,
            client=client,
            max_reasks=settings.max_reasks,
            floor=settings.floor,
            rules=engine.rules,
        )

    engine = DeferredLLMEngine(endpoint, settings.max_reasks, build, floor=settings.floor)
    if settings.cache_dir is None:
        return engine
    return CachedEngine(
        engine, ExtractionCache(settings.cache_dir), cache_write_notice(settings, on_notice)
    )


def cache_write_notice(
    settings: Settings, on_notice: Callable[[str], None] | None
) -> Callable[[OSError], None]:
    def notice(error: OSError) -> None:
        if on_notice is not None:
            on_notice(
                f"cannot write the cache in {settings.cache_dir} ({error.strerror or error}); "
                "going on without it"
            )

    return notice


async def extract_in_batch(
    active: ExtractionEngine, articles: Sequence[Article], settings: Settings
) -> ExtractionUsage:
    """Every article not in the cache extracted by one batch job (`engines.llm.batch`); its
    results are cached at once and answered to the run from there. What it cost."""
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


def run_stats(
    engine: ExtractionEngine,
    loaded: LoadResult,
    run: ExtractionRun,
    price: Price | None,
    started: float,
    batch: ExtractionUsage | None = None,
) -> RunStats:
    """What the run did and cost; a batch job's tokens at the batch price."""
    usage = run.usage
    cost = price.cost(usage.input_tokens, usage.output_tokens) if price else None
    if price and cost is not None and batch is not None:  # a batch job's tokens cost less
        cost -= (1 - BATCH_DISCOUNT) * price.cost(batch.input_tokens, batch.output_tokens)
    return RunStats(
        engine=engine.name,
        model=engine.model,
        mode=engine.mode,
        articles_loaded=len(loaded.articles),
        articles_extracted=len(run.results),
        articles_failed=[*loaded.failures, *run.failures],
        **usage.as_run_stats(),
        llm_fallbacks=run.fallbacks,
        estimated_cost_usd=round(cost, 6) if cost is not None else None,
        interrupted=run.interrupted,
        budget_reached=run.budget_reached,
        duration_seconds=round(time.monotonic() - started, 3),
    )


def cached_run_stats(
    engine: ExtractionEngine, loaded: LoadResult, price: Price | None, started: float
) -> RunStats:
    """The statistics of a run whose every article was extracted and merged before."""
    everything = ExtractionRun(usage=ExtractionUsage(cached=len(loaded.articles)))
    stats = run_stats(engine, loaded, everything, price, started)
    return stats.model_copy(update={"articles_extracted": len(loaded.articles)})


def fit_to_size(engine: ExtractionEngine, settings: Settings, articles: int) -> None:
    """The offline rules on every core for a large folder, unless the settings say how many:
    the offline engine's extraction, or the rules' reading beside each LLM request (there this
    process counts as one: it sends the requests)."""
    if isinstance(engine, OfflineEngine) and settings.workers is None and articles >= PARALLEL_FROM:
        engine.workers = available_cores()
    deferred = engine.engine if isinstance(engine, CachedEngine) else engine
    if isinstance(deferred, DeferredLLMEngine):
        deferred.rules = RulesReader(rules_workers(settings, articles))


def rules_workers(settings: Settings, articles: int) -> int:
    """Processes the rules read in beside an LLM engine's requests: the settings' workers, or
    every core from `PARALLEL_FROM` articles, less this process, which sends the requests."""
    workers = settings.workers or (available_cores() if articles >= PARALLEL_FROM else 1)
    return workers - 1


def concurrency_for(engine: ExtractionEngine, settings: Settings) -> int:
    """Articles in flight: the settings', else the endpoint's default; enough to keep every
    offline worker process busy."""
    concurrency = settings.concurrency or default_concurrency(
        settings.endpoint if engine.name == "llm" else None
    )
    if isinstance(engine, OfflineEngine) and engine.workers > 1:
        concurrency = max(concurrency, engine.workers * 4)
    return concurrency


def budget_for(engine: ExtractionEngine, settings: Settings, price: Price | None) -> Budget | None:
    """The ceiling on tokens or cost the settings set, if any."""
    if settings.max_tokens_total is None and settings.max_cost_usd is None:
        return None
    if settings.max_cost_usd is not None and price is None:
        raise ConfigurationError(
            f"Settings.max_cost_usd needs the price of {engine.model}: give it with Settings.price"
        )
    return Budget(settings.max_tokens_total, settings.max_cost_usd, price)


def price_of(engine: ExtractionEngine, settings: Settings) -> Price | None:
    """The model's price per million tokens: free offline and on this machine."""
    if engine.name != "llm":
        return FREE
    base_url = settings.endpoint.base_url if settings.endpoint else None
    return price_for(engine.model, local=is_local(base_url), override=settings.price)
