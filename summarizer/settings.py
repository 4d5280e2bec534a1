"""What a run needs besides its input: the engine, its endpoint, speed, cost and cache.

The CLI reads these from options and environment; a program builds them directly."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from .engines.cache_upkeep import DEFAULT_MAX_BYTES
from .engines.llm.drafts import DEFAULT_MAX_REASKS
from .engines.llm.endpoint import Endpoint
from .engines.pricing import Price

EngineChoice = Literal["auto", "llm", "offline"]
PARALLEL_FROM = 200
"""Articles from which the offline engine uses every core by default."""


@dataclass(frozen=True)
class Settings:
    """Everything a run needs besides the input; read from options and environment by the caller."""

    engine: EngineChoice = "auto"
    """auto: the LLM engine when `endpoint` is set, else the offline engine."""
    endpoint: Endpoint | None = None
    """The LLM endpoint, or None when none is configured."""
    concurrency: int | None = None
    """Requests in flight at once (with the offline engine, articles extracted at once); None: 16
    for OpenAI, 4 for a server on this machine, else 8."""
    max_reasks: int = DEFAULT_MAX_REASKS
    """Times the model is asked to fix an invalid or ungrounded answer."""
    batch: bool = False
    """Extract every uncached article through one Batch API job (half the price, hours of
    latency); what the job leaves unanswered or ungrounded is asked directly."""
    workers: int | None = None
    """Processes the offline rules run in: the offline engine's extraction, or with the LLM
    engine the rules' reading of each article beside its request (this process, which sends the
    requests, counts as one). None: every available core for a folder of `PARALLEL_FROM`
    articles or more (below that, starting processes costs more than it saves)."""
    floor: bool = True
    """Combine the model's extraction with the offline engine's, so that a weak model can only
    add (see `summarizer.engines.llm.floor`); False: the model's alone."""
    title: str | None = None
    """The briefing's title; by default, its most prominent actors."""
    cache_dir: Path | None = None
    """Where LLM extractions are kept between runs; None: no cache."""
    cache_max_bytes: int = DEFAULT_MAX_BYTES
    """The cache folder's bound: after a run, entries unused for 60 days go, then the least
    recently used until it is under this size."""
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
