"""The one exception tree of `brief`.

    BriefError                  root: everything the library raises on purpose
    ├── UsageError              the caller asked for something impossible (exit code 2)
    │   ├── NoArticlesError     the folder holds no readable article
    │   └── ConfigurationError  no endpoint, bad option value, unknown engine
    ├── ArticleLoadError        one file could not be read as an article (.path, .reason)
    ├── ArticleExtractionError  one article could not be extracted (.path, .reason)
    └── EndpointError           the LLM endpoint refuses every request (bad key, unknown
                                model, unreachable): the run stops instead of failing
                                every article the same way

Per-article errors are collected into the briefing's statistics and the run goes on;
`UsageError` and `EndpointError` stop the run. The library never calls `sys.exit`.
"""

from __future__ import annotations

from .usage import ExtractionUsage


class BriefError(Exception):
    """Root of every error `brief` raises on purpose."""


class UsageError(BriefError):
    """The request cannot be carried out as given; the message says what to change."""


class NoArticlesError(UsageError):
    """The input folder holds no article that could be read."""


class ConfigurationError(UsageError):
    """An option or the environment is missing or contradictory."""


class ArticleLoadError(BriefError):
    """A file could not be read as an article; the run skips it and goes on."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class ArticleExtractionError(BriefError):
    """One article could not be extracted after retries and re-asks; `.usage` is what it cost."""

    def __init__(self, path: str, reason: str, usage: ExtractionUsage | None = None) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
        self.usage = usage or ExtractionUsage()


class EndpointError(BriefError):
    """The endpoint rejects every request (auth, unknown model, unreachable): stop the run."""
