"""How fast the offline engine reads ~5 KB news articles on one core.

    python benchmarks/offline_speed.py [--articles 500] [--size 5000] [--against CHECKOUT]

Articles are built deterministically from the corpus's paragraphs, with names, numbers and days
varied so that no two are alike (caches cannot make the figure look better than real use). The
engine runs in one process, one article after another, and the script prints articles per second
for extraction alone and for the whole pipeline (load from disk, extract, merge, render).

`--against CHECKOUT` (a folder holding another revision's `summarizer/`, such as a git worktree)
loads that revision's engine beside this one, in the same process, and runs the two in turns,
ten articles at a time: their speed ratio holds on a shared machine whose speed drifts by half
within the hour, when two separate runs' articles/s do not.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from summarizer.engines.offline import extract_offline, rules_compiled
from summarizer.models import Article
from summarizer.pipeline import summarize_async
from summarizer.render.markdown import render_markdown
from summarizer.settings import Settings
from summarizer.sources.loading import load_articles

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "articles"
GIVEN = ["Ana", "Carlos", "Helen", "Ian", "Lena", "Marta", "Tomasz", "Dmytro", "Priya", "Owen"]
FAMILY = ["Ribeiro", "Okafor", "Mercer", "Varga", "Lindqvist", "Wolski", "Kovalenko", "Natarajan"]
PLACES = ["Saltmere", "Westmarch", "Kestrel", "Gannet", "Brightwater", "Coastwatch"]


def synthetic_articles(count: int, size: int, seed: int = 7) -> list[str]:
    """`count` distinct articles of about `size` characters from the corpus's paragraphs.

    Each article draws paragraphs at random and gets its own spellings of the people's names and
    its own figures, as different outlets covering one story would.
    """
    paragraphs = [
        line.strip()
        for article in load_articles(CORPUS).articles
        for line in article.text.split("\n")
        if len(line.split()) >= 8
    ]
    rng = random.Random(seed)
    articles = []
    for number in range(count):
        names = {old: rng.choice(FAMILY) + rng.choice(["", "a", "o", "i"]) for old in FAMILY}
        figures = {"22": str(rng.randint(2, 99)), "200": str(rng.randint(100, 900))}
        swap = {**names, **figures}
        pattern = re.compile("|".join(re.escape(k) for k in sorted(swap, key=len, reverse=True)))
        parts: list[str] = [f"Story {number}: {rng.choice(PLACES)} update"]
        while sum(len(p) + 2 for p in parts) < size:
            text = pattern.sub(
                lambda m, table=swap: table[m.group()], rng.choice(paragraphs)
            )  # one pass
            parts.append(text)
        articles.append("\n\n".join(parts))
    return articles


def another_revisions_engine(checkout: Path, into: Path) -> tuple[Callable[[Any], Any], type]:
    """The offline engine and article model of the revision in `checkout`, imported as the
    package `summarizer_against` (its imports are relative, so a copy under another name runs as
    itself). Its compiled modules are left out: both revisions run as this one's build does."""
    package = into / "summarizer_against"
    shutil.copytree(
        checkout / "summarizer", package, ignore=shutil.ignore_patterns("__pycache__", "*.so")
    )
    sys.path.insert(0, str(into))
    engine = importlib.import_module("summarizer_against.engines.offline")
    models = importlib.import_module("summarizer_against.models")
    return engine.extract_offline, models.Article


def compare(texts: Sequence[str], against: Path, repeats: int, batch: int = 10) -> None:
    """Print this revision's speed over `against`'s, the two run in turns batch by batch."""
    with tempfile.TemporaryDirectory() as folder:
        other_extract, other_article = another_revisions_engine(against, Path(folder))
        engines = {
            "this": (
                extract_offline,
                [Article(id=i + 1, path=f"b/{i}.txt", text=t) for i, t in enumerate(texts)],
            ),
            "against": (
                other_extract,
                [other_article(id=i + 1, path=f"b/{i}.txt", text=t) for i, t in enumerate(texts)],
            ),
        }
        for extract, articles in engines.values():
            extract(articles[0])  # import-time work and first-use caches out of the timing
        spent = {name: [0.0] * repeats for name in engines}
        for repeat in range(repeats):
            for turn, at in enumerate(range(0, len(texts), batch)):
                order = list(engines) if turn % 2 == 0 else list(reversed(engines))
                for name in order:
                    extract, articles = engines[name]
                    started = time.process_time()
                    for article in articles[at : at + batch]:
                        extract(article)
                    spent[name][repeat] += time.process_time() - started
    ratios = [spent["against"][r] / spent["this"][r] for r in range(repeats)]
    for name, label in (("this", "this revision"), ("against", f"{against}")):
        total = min(spent[name])
        each = total * 1000 / len(texts)
        print(
            f"{label}: {len(texts) / total:,.0f} articles/s, best of {repeats} ({each:.1f} ms each)"
        )
    print(
        f"speed ratio, this over against: {statistics.median(ratios):.3f} (median of {repeats}; "
        f"each: {', '.join(f'{r:.3f}' for r in ratios)})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--size", type=int, default=5000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--against", type=Path, help="a checkout of another revision to compare")
    args = parser.parse_args()
    texts = synthetic_articles(args.articles, args.size)
    if args.against is not None:
        compare(texts, args.against, args.repeats)
        return
    articles = [Article(id=i + 1, path=f"bench/{i}.txt", text=text) for i, text in enumerate(texts)]
    mean_size = sum(len(t) for t in texts) / len(texts)
    extract_offline(articles[0])  # import-time work and first-use caches out of the timing
    cpu_times: list[float] = []
    for _ in range(args.repeats):  # CPU time of this process: other load on a shared machine
        started = time.process_time()  # slows the wall clock far more than it does this
        items = 0
        for article in articles:
            extraction = extract_offline(article)
            items += len(extraction.actors) + len(extraction.events) + len(extraction.positions)
        cpu_times.append(time.process_time() - started)
    best, median = min(cpu_times), sorted(cpu_times)[len(cpu_times) // 2]
    build = "compiled (mypyc)" if rules_compiled() else "pure Python"
    print(f"articles: {len(articles)}, mean size {mean_size:,.0f} characters; rules: {build}")
    print(
        f"extraction alone: {len(articles) / best:,.0f} articles/s on one core, best of "
        f"{args.repeats} (median {len(articles) / median:,.0f}; CPU time, "
        f"{best * 1000 / len(articles):.1f} ms each, {items / len(articles):.0f} items each)"
    )
    with tempfile.TemporaryDirectory() as folder:
        for i, text in enumerate(texts):
            (Path(folder) / f"{i:04d}.txt").write_text(text, encoding="utf-8")
        started = time.perf_counter()
        briefing = asyncio.run(summarize_async(folder, settings=Settings(engine="offline")))
        document = render_markdown(briefing)
        elapsed = time.perf_counter() - started
    print(
        f"whole pipeline (load, extract, merge, render): {len(articles) / elapsed:,.0f} articles/s "
        f"({elapsed:.2f} s for {len(articles)} files; briefing {len(document):,} characters)"
    )


if __name__ == "__main__":
    main()
