"""The project's test corpus and its hand-made expected extraction, for tests and scripts."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path

from summarizer.drafts import ArticleDraft, ground_draft
from summarizer.errors import ArticleExtractionError, EndpointError
from summarizer.extract import ExtractionResult
from summarizer.load import load_articles
from summarizer.models import Article, ArticleExtraction

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
ARTICLES = CORPUS / "articles"
EXPECTED = CORPUS / "expected"


@dataclass(frozen=True)
class ExpectedArticle:
    """One article with its hand-made extraction, grounded, and the dates its events should get."""

    article: Article
    extraction: ArticleExtraction
    event_dates: list[dt.date | None]
    draft: ArticleDraft


def corpus_articles() -> list[Article]:
    """The corpus articles as the loader reads them, paths as typed from the repository root."""
    return [
        a.model_copy(update={"path": os.path.relpath(a.path, ROOT)})
        for a in load_articles(ARTICLES).articles
    ]


def expected_corpus() -> list[ExpectedArticle]:
    """Every corpus article with its expected extraction, in source order."""
    articles = {os.path.relpath(a.path, "tests/corpus/articles"): a for a in corpus_articles()}
    expected: list[ExpectedArticle] = []
    for file in sorted(EXPECTED.glob("*.json")):
        data = json.loads(file.read_text(encoding="utf-8"))
        article = articles[data.pop("article")]
        dates = [
            dt.date.fromisoformat(d) if d else None for d in (e.pop("date") for e in data["events"])
        ]
        draft = ArticleDraft.model_validate(data)
        grounded = ground_draft(draft, article)
        if grounded.problems:
            raise AssertionError(f"{file.name}: {grounded.problems}")
        expected.append(ExpectedArticle(article, grounded.extraction, dates, draft))
    return sorted(expected, key=lambda e: e.article.id)


class GoldEngine:
    """An extraction engine that answers with the corpus's hand-made extraction.

    `fail` names article paths (relative to the corpus folder) that fail as a model might;
    `delays` makes chosen articles finish late, to show output does not depend on timing.
    """

    def __init__(
        self,
        fail: frozenset[str] = frozenset(),
        delays: dict[str, float] | None = None,
        fatal: frozenset[str] = frozenset(),
    ) -> None:
        self._expected = {
            os.path.relpath(e.article.path, "tests/corpus/articles"): e for e in expected_corpus()
        }
        self.fail = fail
        self.fatal = fatal
        self.delays = delays or {}
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
            if key in self.fatal:
                raise EndpointError("the endpoint rejected the API key (401)")
            if key in self.fail:
                raise ArticleExtractionError(article.path, "no valid answer after 3 attempts")
            extraction = self._expected[key].extraction.model_copy(update={"source": article.id})
            return ExtractionResult(extraction=_restamp(extraction, article.id))
        finally:
            self.running -= 1

    async def aclose(self) -> None:
        return None


def _restamp(extraction: ArticleExtraction, source: int) -> ArticleExtraction:
    """The extraction with its evidence pointing at `source` (ids depend on what was loaded)."""
    data = extraction.model_dump(exclude_computed_fields=True)
    for kind in ("actors", "events", "positions", "open_questions"):
        for item in data[kind]:
            for evidence in item["evidence"]:
                evidence["source"] = source
    return ArticleExtraction.model_validate(data)
