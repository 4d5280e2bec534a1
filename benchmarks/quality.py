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
from pathlib import Path

from summarizer.endpoint import endpoint_from_environment
from summarizer.evaluation import KINDS, format_table, load_expected, score
from summarizer.extract import extract_articles
from summarizer.llm import LLMEngine
from summarizer.load import load_articles
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


def _show_misses(expected, predicted) -> None:  # type: ignore[no-untyped-def]
    from summarizer.evaluation import is_direct_quote, same_actor

    for item in expected:
        got = predicted.get(item.article.id)
        if got is None:
            continue
        text = item.article.text
        print(f"\n== {item.article.path}")
        for a in item.extraction.actors:
            if not any(same_actor(a.name, b.name) for b in got.actors):
                print(f"  missed actor: {a.name}")
        for b in got.actors:
            if not any(same_actor(a.name, b.name) for a in item.extraction.actors):
                print(f"  extra actor: {b.name} {b.kind}")

        def overlap(x, y):  # type: ignore[no-untyped-def]
            return any(e.start < f.end and f.start < e.end for e in x.evidence for f in y.evidence)

        for p in item.extraction.positions:
            if is_direct_quote(text, p.evidence) and not any(
                overlap(p, q) and same_actor(p.actor, q.actor) for q in got.positions
            ):
                print(f"  missed quote: {p.actor}: {p.evidence[0].quote[:70]!r}")
        for q in got.positions:
            if is_direct_quote(text, q.evidence) and not any(
                overlap(p, q) and same_actor(p.actor, q.actor) for p in item.extraction.positions
            ):
                print(f"  wrong quote: {q.actor}: {q.evidence[0].quote[:70]!r}")
        for e in item.extraction.events:
            if not any(overlap(e, f) for f in got.events):
                print(f"  missed event: {e.evidence[0].quote[:80]!r}")
        for e in got.events:
            if not any(overlap(e, f) for f in item.extraction.events):
                print(f"  extra event: {e.evidence[0].quote[:80]!r}")
        for q in item.extraction.open_questions:
            if not any(overlap(q, f) for f in got.open_questions):
                print(f"  missed question: {q.evidence[0].quote[:80]!r}")
        for f in got.open_questions:
            if not any(overlap(q, f) for q in item.extraction.open_questions):
                print(f"  extra question: {f.evidence[0].quote[:80]!r}")


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
