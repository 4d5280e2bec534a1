"""brief: turn a folder of news articles about one story into a structured, sourced briefing.

One call does it all::

    from summarizer import Settings, summarize, render_markdown
    from summarizer import Endpoint

    briefing = summarize("articles/", settings=Settings(endpoint=Endpoint(model="gpt-4o-mini")))
    print(render_markdown(briefing))

Each stage also stands alone: `load_articles` → `extract_articles` (with any `ExtractionEngine`)
→ `merge_extractions` → `render_markdown` / `render_json`.
"""

from typing import TYPE_CHECKING

from .engines import ExtractionEngine, ExtractionResult, ExtractionRun, extract_articles
from .engines.llm.endpoint import Endpoint, endpoint_from_environment
from .engines.offline import OfflineEngine
from .errors import (
    ArticleExtractionError,
    ArticleLoadError,
    BriefError,
    ConfigurationError,
    EndpointError,
    NoArticlesError,
    UsageError,
)
from .merge import merge_extractions
from .models import (
    Actor,
    Article,
    ArticleExtraction,
    ArticleFailure,
    Briefing,
    Claim,
    Disagreement,
    Event,
    Evidence,
    OpenQuestion,
    Position,
    RunStats,
    SourceRef,
)
from .pipeline import summarize, summarize_async
from .render import render_json, render_markdown
from .settings import Settings
from .sources import LoadResult, load_articles
from .usage import ExtractionUsage

if TYPE_CHECKING:
    from .engines.llm.engine import LLMEngine
    from .engines.llm.retry import RetryPolicy

__version__ = "0.1.0"
_LAZY = {
    "LLMEngine": "engines.llm.engine",
    "RetryPolicy": "engines.llm.retry",
}


def __getattr__(name: str) -> object:
    """The LLM stack (openai, instructor) loads on first use, not with the package."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "Actor",
    "Article",
    "ArticleExtraction",
    "ArticleExtractionError",
    "ArticleFailure",
    "ArticleLoadError",
    "BriefError",
    "Briefing",
    "Claim",
    "ConfigurationError",
    "Disagreement",
    "Endpoint",
    "EndpointError",
    "Event",
    "Evidence",
    "ExtractionEngine",
    "ExtractionResult",
    "ExtractionRun",
    "ExtractionUsage",
    "LLMEngine",
    "LoadResult",
    "NoArticlesError",
    "OfflineEngine",
    "OpenQuestion",
    "Position",
    "RetryPolicy",
    "RunStats",
    "Settings",
    "SourceRef",
    "UsageError",
    "endpoint_from_environment",
    "extract_articles",
    "load_articles",
    "merge_extractions",
    "render_json",
    "render_markdown",
    "summarize",
    "summarize_async",
]
