"""The project's test corpus and its hand-made expected extraction, for tests and scripts."""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path

from summarizer.drafts import ArticleDraft, ground_draft
from summarizer.load import load_articles
from summarizer.models import Article, ArticleExtraction

CORPUS = Path(__file__).parent / "corpus"
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
    """The corpus articles as the loader reads them."""
    return load_articles(ARTICLES).articles


def expected_corpus() -> list[ExpectedArticle]:
    """Every corpus article with its expected extraction, in source order."""
    articles = {os.path.relpath(a.path, ARTICLES): a for a in corpus_articles()}
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
