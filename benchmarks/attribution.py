"""Who said what, on real news: quote attribution and actors against a hand-checked gold.

    python benchmarks/attribution.py                 # offline engine, dev and held-out articles
    python benchmarks/attribution.py --show          # list every wrong or missed attribution
    python benchmarks/attribution.py --engine llm --base-url http://127.0.0.1:8765/v1 --model qwen

The gold (`benchmarks/gold/attribution.json`) names articles under `../shared/` (the seeds and
ECB+ documents) by path, with character offsets and labels only: the article text is read from
`../shared/` at run time and never stored here. Each double-quoted span is labelled with its
speaker, '?' (speech the text does not attribute) or '-' (not speech: a title, a nickname).

- Attribution precision: of the gold quotations the engine attributes to someone, the share
  attributed to the right speaker. Attributing a '?' or '-' span counts as wrong.
- Attribution recall: of the quotations with a named speaker, the share attributed correctly.
- Actor precision: of the engine's named actors, the share that are an actor of the gold
  (required or optional); actor recall: the share of required gold actors the engine finds.
  'Split' counts gold actors the engine lists more than once (one person as two actors).
  Unnamed actors ('the suspect', 'police') are not scored here: the gold lists named ones.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summarizer.devtools.evaluation import same_actor
from summarizer.engines.extract import ExtractionEngine, extract_articles
from summarizer.engines.offline import OfflineEngine
from summarizer.models import Article, ArticleExtraction
from summarizer.sources.loading import load_articles
from summarizer.text.names import fold_name

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "benchmarks" / "gold" / "attribution.json"
UNATTRIBUTED = ("?", "-")
MIN_OVERLAP = 0.5
"""Share of a gold quotation an engine's evidence must cover to count as attributing it."""


@dataclass
class Tally:
    """Counts for one group of articles."""

    attributed: int = 0
    correct: int = 0
    speech_with_speaker: int = 0
    actors_found: int = 0
    actors_valid: int = 0
    required: int = 0
    required_found: int = 0
    split: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in (
            "attributed",
            "correct",
            "speech_with_speaker",
            "actors_found",
            "actors_valid",
            "required",
            "required_found",
            "split",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors.extend(other.errors)


def ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "n/a"


def matches(name: str, variants: Sequence[str]) -> bool:
    """Whether an engine's actor name names the gold actor written as `variants`."""
    return any(same_actor(name, variant) for variant in variants)


def best_entry(name: str, entries: Sequence[Sequence[str]]) -> int | None:
    """The gold actor an engine's actor names: spelled the same, else the same full name, else
    any match ('Ortiz' alone matches several people; 'Chela Ortiz' only one)."""
    folded = fold_name(name)
    for test in (
        lambda variant: fold_name(variant) == folded,
        lambda variant: (
            " " in variant.strip() and " " in name.strip() and same_actor(name, variant)
        ),
        lambda variant: same_actor(name, variant),
    ):
        found = next((i for i, entry in enumerate(entries) if any(map(test, entry))), None)
        if found is not None:
            return found
    return None


def gold_variants(speaker: str, actors: dict[str, list[list[str]]]) -> list[str]:
    for entry in actors.get("required", []) + actors.get("optional", []):
        if speaker in entry:
            return entry
    return [speaker]


def attributions(extraction: ArticleExtraction, start: int, end: int) -> set[str]:
    """Names the extraction gives as the speaker of the span [start, end)."""
    names: set[str] = set()
    for position in extraction.positions:
        for evidence in position.evidence:
            overlap = min(end, evidence.end) - max(start, evidence.start)
            if overlap > 0 and overlap >= MIN_OVERLAP * (end - start):
                names.add(position.actor)
    return names


def context(text: str, start: int, end: int, width: int = 90) -> str:
    before = text[max(0, start - width) : start].replace("\n", " | ")
    after = text[end : end + width].replace("\n", " | ")
    inner = text[start:end].replace("\n", " | ")
    if len(inner) > 80:
        inner = inner[:38] + " ... " + inner[-38:]
    return f"...{before}[[{inner}]]{after}..."


def score_article(item: dict[str, Any], article: Article, got: ArticleExtraction) -> Tally:
    tally = Tally()
    actors: dict[str, list[list[str]]] = item["actors"]
    for quote in item["quotes"]:
        speaker = quote["speaker"]
        named = attributions(got, quote["start"], quote["end"])
        if speaker not in UNATTRIBUTED:
            tally.speech_with_speaker += 1
        if not named:
            if speaker not in UNATTRIBUTED:
                tally.errors.append(
                    f"MISSED  {item['path']} @{quote['start']} gold={speaker}\n    "
                    + context(article.text, quote["start"], quote["end"])
                )
            continue
        tally.attributed += 1
        variants = gold_variants(speaker, actors)
        if speaker not in UNATTRIBUTED and all(matches(n, variants) for n in named):
            tally.correct += 1
        else:
            tally.errors.append(
                f"WRONG   {item['path']} @{quote['start']} gold={speaker} got={sorted(named)}\n    "
                + context(article.text, quote["start"], quote["end"])
            )
    required = actors.get("required", [])
    every = required + actors.get("optional", [])
    hits: dict[int, int] = {}
    listed: dict[int, list[str]] = {}
    for actor in got.actors:
        if actor.unnamed:
            continue  # 'the suspect', 'police': the gold lists named actors
        tally.actors_found += 1
        found = best_entry(actor.name, every)
        if found is None:
            tally.errors.append(f"ACTOR?  {item['path']} not an actor of the gold: {actor.name}")
            continue
        tally.actors_valid += 1
        hits[found] = hits.get(found, 0) + 1
        listed.setdefault(found, []).append(actor.name)
    tally.required = len(required)
    tally.required_found = sum(1 for i in range(len(required)) if i in hits)
    tally.split = sum(1 for count in hits.values() if count > 1)
    for i, count in hits.items():
        if count > 1:
            tally.errors.append(f"SPLIT   {item['path']} {every[i][0]}: {listed[i]}")
    for i, entry in enumerate(required):
        if i not in hits:
            tally.errors.append(f"NOACTOR {item['path']} missed actor: {entry[0]}")
    return tally


async def extract(engine: ExtractionEngine, articles: list[Article]) -> list[ArticleExtraction]:
    run = await extract_articles(articles, engine)
    by_source = {a.id: r.extraction for a, r in run.results}
    return [by_source.get(a.id, ArticleExtraction(source=a.id)) for a in articles]


def load(shared: Path, item: dict[str, Any], number: int) -> Article:
    path = shared / item["path"]
    article = load_articles(path).articles[0].model_copy(update={"id": number})
    # line breaks read as spaces: the loader unwraps a line broken mid-sentence, one character
    # for one, so the gold's offsets hold either way
    digest = hashlib.sha256(article.text.replace("\n", " ").encode()).hexdigest()
    if digest != item["sha256"]:
        raise SystemExit(f"{path}: text differs from the one the gold was made on")
    return article


def engine_for(args: argparse.Namespace) -> ExtractionEngine:
    if args.engine == "offline":
        return OfflineEngine()
    from summarizer.engines.llm.endpoint import endpoint_from_environment
    from summarizer.engines.llm.engine import LLMEngine

    endpoint = endpoint_from_environment(
        os.environ, base_url=args.base_url, model=args.model, mode=args.mode
    )
    return LLMEngine(endpoint)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--engine", choices=["offline", "llm"], default="offline")
    parser.add_argument("--base-url")
    parser.add_argument("--model")
    parser.add_argument("--mode", default="tools")
    parser.add_argument("--split", choices=["dev", "heldout", "all"], default="all")
    parser.add_argument("--show", action="store_true", help="list wrong and missed items")
    args = parser.parse_args()
    if not (args.shared / "seeds").is_dir():
        print(f"attribution: {args.shared} not found (it holds the articles)", file=sys.stderr)
        return 2
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    items = [a for a in gold["articles"] if args.split in ("all", a["split"])]
    articles = [load(args.shared, item, n) for n, item in enumerate(items, start=1)]
    extractions = asyncio.run(extract(engine_for(args), articles))
    tallies: dict[str, Tally] = {"dev": Tally(), "heldout": Tally()}
    for item, article, got in zip(items, articles, extractions, strict=True):
        tallies[item["split"]].add(score_article(item, article, got))
    total = Tally()
    for tally in tallies.values():
        total.add(tally)
    counts = {s: sum(1 for a in items if a["split"] == s) for s in tallies}
    print(f"engine {args.engine}; gold {GOLD.relative_to(ROOT)}\n")
    print(
        "| articles | quotes with a speaker | attribution P | attribution R "
        "| actors P | actors R | split |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    rows = [
        *((f"{s} ({counts[s]})", t) for s, t in tallies.items()),
        (f"all ({len(items)})", total),
    ]
    for label, t in rows:
        print(
            f"| {label} | {t.speech_with_speaker} | {ratio(t.correct, t.attributed)} "
            f"| {ratio(t.correct, t.speech_with_speaker)} "
            f"| {ratio(t.actors_valid, t.actors_found)} "
            f"| {ratio(t.required_found, t.required)} | {t.split} |"
        )
    if args.show:
        print()
        for line in total.errors:
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
