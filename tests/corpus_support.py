"""The project's test corpus and its hand-made expected extraction, for tests and scripts."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

from summarizer.devtools.evaluation import ExpectedArticle, load_expected
from summarizer.engines.cache import restamp
from summarizer.engines.extract import ExtractionResult
from summarizer.errors import ArticleExtractionError, EndpointError
from summarizer.models import Article
from summarizer.sources.loading import load_articles

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
ARTICLES = CORPUS / "articles"
EXPECTED = CORPUS / "expected"


def expected_corpus() -> list[ExpectedArticle]:
    """Every corpus article with its expected extraction, in source order."""
    return load_expected(EXPECTED, corpus_articles(), "tests/corpus/articles")


def corpus_articles() -> list[Article]:
    """The corpus articles as the loader reads them, paths as typed from the repository root."""
    return [
        a.model_copy(update={"path": os.path.relpath(a.path, ROOT)})
        for a in load_articles(ARTICLES).articles
    ]


class GoldEngine:
    """An extraction engine that answers with the corpus's hand-made extraction.

    `fail` names article paths (relative to the corpus folder) that fail as a model might;
    `delays` makes chosen articles finish late, to show output does not depend on timing;
    `finish_last` names one that finishes only after every other corpus article has;
    `crash` names articles on which the engine itself breaks (a bug, not a model's failure).
    """

    def __init__(
        self,
        fail: frozenset[str] = frozenset(),
        delays: dict[str, float] | None = None,
        fatal: frozenset[str] = frozenset(),
        finish_last: str | None = None,
        crash: frozenset[str] = frozenset(),
    ) -> None:
        self._expected = {
            os.path.relpath(e.article.path, "tests/corpus/articles"): e for e in expected_corpus()
        }
        self.fail = fail
        self.fatal = fatal
        self.delays = delays or {}
        self.finish_last = finish_last
        self.crash = crash
        self.started: list[str] = []
        self.running = 0
        self.most_running = 0

    name = "gold"
    model = None
    mode = None

    async def prepare(self) -> None:
        return None

    async def extract(self, article: Article) -> ExtractionResult:
        key = os.path.relpath(article.path, "tests/corpus/articles")
        if key.startswith(".."):  # a corpus article copied elsewhere: known by its file name
            key = os.path.basename(article.path)
        self.started.append(key)
        self.running += 1
        self.most_running = max(self.most_running, self.running)
        try:
            await asyncio.sleep(self.delays.get(key, 0))
            while key == self.finish_last and (
                len(self.started) < len(self._expected) or self.running > 1
            ):
                await asyncio.sleep(0.001)  # every other article first, however slow the machine
            if key in self.fatal:
                raise EndpointError("the endpoint rejected the API key (401)")
            if key in self.crash:
                raise IndexError("list index out of range")
            if key in self.fail:
                raise ArticleExtractionError(article.path, "no valid answer after 3 attempts")
            return ExtractionResult(extraction=restamp(self._expected[key].extraction, article.id))
        finally:
            self.running -= 1

    async def aclose(self) -> None:
        return None
