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
from typing import Literal

from .endpoint import Endpoint
from .errors import ConfigurationError
from .extract import ExtractionEngine, ProgressCallback, extract_articles
from .llm import DEFAULT_MAX_REASKS, LLMEngine
from .load import LoadResult, load_articles
from .merge import merge_extractions
from .models import Briefing, RunStats
from .offline import OfflineEngine

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
    concurrency: int = 8
    """Articles extracted at once."""
    max_reasks: int = DEFAULT_MAX_REASKS
    """Times the model is asked to fix an invalid or ungrounded answer."""
    title: str | None = None
    """The briefing's title; by default, its most prominent actors."""


def chosen_engine(settings: Settings) -> Literal["llm", "offline"]:
    """Which engine runs: `auto` means the LLM when an endpoint is configured, else offline."""
    if settings.engine == "auto":
        return "llm" if settings.endpoint is not None else "offline"
    return settings.engine


def build_engine(settings: Settings) -> ExtractionEngine:
    """The extraction engine the settings ask for."""
    if chosen_engine(settings) == "offline":
        return OfflineEngine()
    if settings.endpoint is None:
        raise ConfigurationError(NO_ENDPOINT)
    return LLMEngine(settings.endpoint, max_reasks=settings.max_reasks)


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
    loaded and articles that cannot be extracted are listed in `stats.articles_failed`.
    """
    settings = settings or Settings()
    started = time.monotonic()
    loaded = load_articles(path)
    if on_loaded is not None:
        on_loaded(loaded)
    owned = engine is None
    active = engine or build_engine(settings)
    try:
        await active.prepare()
        run = await extract_articles(
            loaded.articles, active, concurrency=settings.concurrency, on_progress=on_progress
        )
    finally:
        if owned:
            await active.aclose()
    stats = RunStats(
        engine=active.name,
        model=active.model,
        mode=active.mode,
        articles_loaded=len(loaded.articles),
        articles_extracted=len(run.results),
        articles_failed=[*loaded.failures, *run.failures],
        llm_calls=run.usage.llm_calls,
        reasks=run.usage.reasks,
        input_tokens=run.usage.input_tokens,
        output_tokens=run.usage.output_tokens,
        ungrounded_dropped=run.usage.ungrounded_dropped,
        duration_seconds=round(time.monotonic() - started, 3),
    )
    return merge_extractions(
        loaded.articles,
        [result.extraction for _, result in run.results],
        stats=stats,
        title=settings.title,
    )


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
