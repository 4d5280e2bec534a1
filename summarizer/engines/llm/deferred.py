"""An LLM engine that loads the LLM stack only when an article needs a request.

Importing openai and instructor takes 1-2 s, longer than a whole re-run answered from the cache;
such a run never builds the real engine. Everything the cache and the statistics ask of an engine
before its first request (name, model, mode, cache identity) is known from the settings.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from .endpoint import Endpoint
from .identity import llm_cache_identity
from .reading import RulesReader

LOG = logging.getLogger(__name__)

if TYPE_CHECKING:
    from ...models import Article
    from ..extract import ExtractionResult
    from .engine import LLMEngine


class DeferredLLMEngine:
    """Stands in for an `LLMEngine` and builds it with `build` on first real use."""

    def __init__(
        self,
        endpoint: Endpoint,
        max_reasks: int,
        build: Callable[[], LLMEngine],
        *,
        floor: bool = True,
    ) -> None:
        self.endpoint = endpoint
        self.max_reasks = max_reasks
        self.floor = floor
        self._build = build
        self.rules = RulesReader()
        """Where the rules read articles beside their requests (`reading`), for the engine
        `build` makes; its workers start before the LLM stack loads, and are ready when it is."""
        self._engine: LLMEngine | None = None
        self._prepared = False
        self._lock = asyncio.Lock()

    @property
    def built(self) -> bool:
        """Whether the real engine (and the LLM stack) has been loaded."""
        return self._engine is not None

    def _real(self) -> LLMEngine:
        if self._engine is None:
            self._engine = self._build()
        return self._engine

    @property
    def name(self) -> str:
        """'llm'."""
        return "llm"

    @property
    def model(self) -> str | None:
        """The model requests name (chosen by `prepare` when none was given)."""
        return self._engine.model if self._engine is not None else self.endpoint.model

    @property
    def mode(self) -> str | None:
        """The instructor mode."""
        return self.endpoint.mode

    @property
    def cache_identity(self) -> str:
        """The same identity the real engine reports."""
        if self._engine is not None:
            return self._engine.cache_identity
        return llm_cache_identity(self.endpoint, self.max_reasks, floor=self.floor)

    async def prepare(self) -> None:
        """Nothing to check unless the model must be asked of the server."""
        if self.endpoint.model is None:
            await self.ready()

    async def ready(self) -> LLMEngine:
        """The real engine, built and prepared (its context window learnt) once. The LLM
        stack is imported in a thread: the progress bar and signals stay live meanwhile."""
        async with self._lock:
            if self._engine is None:
                self.rules.begin()
                LOG.info("starting the LLM client", extra={"state": "starting the LLM client"})
                await asyncio.to_thread(importlib.import_module, f"{__package__}.engine")
            engine = self._real()
            if not self._prepared:
                await engine.prepare()
                self._prepared = True
        return engine

    async def extract(self, article: Article) -> ExtractionResult:
        """Extract through the real engine, building and preparing it first if needed."""
        return await (await self.ready()).extract(article)

    async def aclose(self) -> None:
        """Close the real engine's connections, if it was built, and stop the rules' workers."""
        await self.rules.aclose()
        if self._engine is not None:
            await self._engine.aclose()
