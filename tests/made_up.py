"""Made-up articles merged by the offline engine: the briefing a test reads."""

from __future__ import annotations

from summarizer.engines.offline import extract_offline
from summarizer.merge import merge_extractions
from summarizer.models import Article, Briefing, RunStats


def offline_briefing(*articles: Article) -> Briefing:
    """The briefing of `articles`, each extracted by the offline engine."""
    return merge_extractions(
        list(articles), [extract_offline(a) for a in articles], stats=RunStats(engine="offline")
    )
