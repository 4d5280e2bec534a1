"""Score an engine's extractions against the corpus's hand-made expected extraction.

    python benchmarks/quality.py                      # the offline engine
    python benchmarks/quality.py --engine llm --base-url http://127.0.0.1:8765/v1 --model smollm2

Prints precision and recall per kind (actors, attributed direct quotes, events, open questions)
as a Markdown table, with the issue's targets for the offline engine.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from summarizer.endpoint import endpoint_from_environment
from summarizer.evaluation import (
    KINDS,
    ExpectedArticle,
    compare,
    format_table,
    load_expected,
    score,
)
from summarizer.extract import extract_articles
from summarizer.llm import LLMEngine
from summarizer.load import load_articles
from summarizer.models import ArticleExtraction
from summarizer.offline import OfflineEngine

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "tests" / "corpus" / "articles"
EXPECTED = ROOT / "tests" / "corpus" / "expected"
TARGETS = {
    "actors": (0.9, 0.9),
    "quotes": (0.9, 0.8),
    "events": (None, 0.7),
    "open_questions": (None, 0.7),
}


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--engine", choices=["offline", "llm"], default="offline")
    parser.add_argument("--base-url")
    parser.add_argument("--model")
    parser.add_argument("--mode", default="tools")
    parser.add_argument("--show-misses", action="store_true", help="list what was missed or wrong")
    args = parser.parse_args()
    articles = load_articles(ARTICLES).articles
    expected = load_expected(EXPECTED, articles, str(ARTICLES))
    if args.engine == "offline":
        engine = OfflineEngine()
    else:
        endpoint = endpoint_from_environment(
            os.environ, base_url=args.base_url, model=args.model, mode=args.mode
        )
        if endpoint is None:
            print("quality: no endpoint configured (--base-url or OPENAI_API_KEY)", file=sys.stderr)
            return 2
        engine = LLMEngine(endpoint)
    run = await extract_articles(articles, engine, concurrency=4)
    await engine.aclose()
    predicted = {article.id: result.extraction for article, result in run.results}
    scores = score(expected, predicted)
    print(
        f"engine: {args.engine}; corpus: {len(articles)} articles in {ARTICLES.relative_to(ROOT)}\n"
    )
    print(format_table(scores))
    print()
    met = True
    for kind in KINDS:
        precision_target, recall_target = TARGETS[kind]
        s = scores[kind]
        ok = (
            precision_target is None or s.precision >= precision_target
        ) and s.recall >= recall_target
        met &= ok
        wanted = " and ".join(
            f"{name} >= {target}"
            for name, target in (("P", precision_target), ("R", recall_target))
            if target
        )
        print(f"{kind}: target {wanted}: {'met' if ok else 'NOT met'}")
    if args.show_misses:
        _show_misses(expected, predicted)
    return 0 if met or args.engine != "offline" else 1


LABELS = {
    "actors": ("missed actor", "extra actor"),
    "quotes": ("missed quote", "wrong quote"),
    "events": ("missed event", "extra event"),
    "open_questions": ("missed question", "extra question"),
}


def _describe(kind: str, item: Any) -> str:
    if kind == "actors":
        return f"{item.name} {item.kind}"
    if kind == "quotes":
        return f"{item.actor}: {item.evidence[0].quote[:70]!r}"
    return f"{item.evidence[0].quote[:80]!r}"


def _show_misses(
    expected: Sequence[ExpectedArticle], predicted: Mapping[int, ArticleExtraction]
) -> None:
    """Each article's expected items no prediction matched, and predictions matching nothing."""
    for item in expected:
        got = predicted.get(item.article.id)
        if got is None:
            continue
        print(f"\n== {item.article.path}")
        for comparison in compare(item, got):
            missed, wrong = LABELS[comparison.kind]
            for want in comparison.missed():
                print(f"  {missed}: {_describe(comparison.kind, want)}")
            for guess in comparison.wrong():
                print(f"  {wrong}: {_describe(comparison.kind, guess)}")


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
