"""Score an engine's extractions against the corpus's hand-made expected extraction.

    python benchmarks/quality.py                      # the offline engine
    python benchmarks/quality.py --engine llm --base-url http://127.0.0.1:8765/v1 --model qwen \
        --mode json [--llm-only]

Prints precision and recall per kind (actors, attributed direct quotes, events, open questions)
as a Markdown table, with the issue's targets for the offline engine. For the LLM engine it also
prints what the run cost: seconds, requests, re-asks, tokens per article, and the share of the
model's items that grounded. `--llm-only` scores the model's extraction alone; by default the
LLM engine keeps the offline extraction as its floor.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from summarizer.devtools.evaluation import (
    KINDS,
    ExpectedArticle,
    compare,
    format_table,
    load_expected,
    score,
)
from summarizer.engines.extract import ExtractionRun, extract_articles
from summarizer.engines.llm.endpoint import endpoint_from_environment
from summarizer.engines.llm.engine import LLMEngine
from summarizer.engines.offline import OfflineEngine
from summarizer.models import ArticleExtraction
from summarizer.sources.loading import load_articles

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
    parser.add_argument("--llm-only", action="store_true", help="no offline floor")
    parser.add_argument("--max-output-tokens", type=int, default=2048)
    parser.add_argument("--concurrency", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=900.0)
    parser.add_argument("--show-misses", action="store_true", help="list what was missed or wrong")
    args = parser.parse_args()
    articles = load_articles(ARTICLES).articles
    expected = load_expected(EXPECTED, articles, str(ARTICLES))
    if args.engine == "offline":
        engine = OfflineEngine()
    else:
        endpoint = endpoint_from_environment(
            os.environ,
            base_url=args.base_url,
            model=args.model,
            mode=args.mode,
            max_output_tokens=args.max_output_tokens,
            timeout=args.timeout,
        )
        if endpoint is None:
            print("quality: no endpoint configured (--base-url or OPENAI_API_KEY)", file=sys.stderr)
            return 2
        engine = LLMEngine(endpoint, floor=not args.llm_only)
        await engine.prepare()
    started = time.monotonic()
    run = await extract_articles(articles, engine, concurrency=args.concurrency)
    seconds = time.monotonic() - started
    await engine.aclose()
    predicted = {article.id: result.extraction for article, result in run.results}
    scores = score(expected, predicted)
    print(
        f"engine: {args.engine}; corpus: {len(articles)} articles in {ARTICLES.relative_to(ROOT)}\n"
    )
    print(format_table(scores))
    print()
    if args.engine == "llm":
        _print_cost(run, len(articles), seconds, args)
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


def _print_cost(run: ExtractionRun, count: int, seconds: float, args: Any) -> None:
    usage = run.usage
    asked = usage.ungrounded_dropped + sum(
        len(x.actors) + len(x.events) + len(x.positions) + len(x.open_questions)
        for x in (r.extraction for _, r in run.results)
    )
    print(
        f"model {args.model}, mode {args.mode}, {'model alone' if args.llm_only else 'with floor'}:"
        f" {seconds / count:.0f} s per article, {usage.llm_calls / count:.1f} requests and "
        f"{usage.reasks / count:.1f} re-asks per article, {usage.input_tokens // count:,} tokens "
        f"in and {usage.output_tokens // count:,} out per article; {usage.ungrounded_dropped} "
        f"items dropped as ungrounded of {asked} shown or dropped; {usage.quotes_aligned} "
        f"near-quotes aligned; {len(run.failures)} articles failed, "
        f"{usage.floor_only} answered by the floor alone\n"
    )
    for failure in run.failures:
        print(f"failed {failure.path}: {failure.reason}")


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
