"""Stage 2, extract: the engine protocol, the run over every article, its budget and cache.

Two engines are peers behind `ExtractionEngine`: `engines.offline` (rules, no network) and
`engines.llm` (any OpenAI-compatible endpoint; its stack loads only when a run uses it)."""

from .extract import ExtractionEngine, ExtractionResult, ExtractionRun, extract_articles

__all__ = ["ExtractionEngine", "ExtractionResult", "ExtractionRun", "extract_articles"]
