"""How the merge grows with the number of articles: time and memory from 1,000 to 10,000.

    python benchmarks/merge_scale.py [--sizes 1000,2000,5000,10000] [--source ../shared]
    python benchmarks/merge_scale.py --cli 10000 [--workers 2]    # the whole offline CLI

Real news is the measure: the seeds and the ECB+ articles under `--source` (read there, never
copied) are extracted once by the offline engine; a run of N articles cycles through those
extractions as N sources, each copy's named people and places renamed so that copies are not
identical (a wire story reprinted by many outlets is near-identical; an archive is not). Only
`merge_extractions` is timed (CPU time), then run again under tracemalloc for the memory it
adds; the growth exponent is the slope of log(time) and log(memory) against log(N) between
the smallest and the largest size.
"""

from __future__ import annotations

import argparse
import gc
import math
import random
import re
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from summarizer.engines.offline import extract_offline
from summarizer.merge import merge_extractions
from summarizer.models import Article, ArticleExtraction, RunStats
from summarizer.sources.loading import load_articles

ROOT = Path(__file__).resolve().parent.parent
SUFFIXES = ("son", "ova", "ski", "ez", "berg", "ian", "ard", "ley")


def real_articles(source: Path) -> list[Article]:
    folders = [source / "seeds", *sorted((source / "data" / "ecbplus").glob("*"))]
    articles: list[Article] = []
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            articles.append(load_articles(path).articles[0])
    return articles


def renamed(extraction: ArticleExtraction, copy: int, source: int) -> ArticleExtraction:
    """A copy of an extraction as another source, its actors' last names varied by copy."""
    if copy == 0:
        return extraction.model_copy(update={"source": source})
    suffix = SUFFIXES[copy % len(SUFFIXES)] + str(copy // len(SUFFIXES))

    def name(text: str) -> str:
        words = text.split()
        return " ".join([*words[:-1], words[-1] + suffix]) if words else text

    actors = [a.model_copy(update={"name": name(a.name)}) for a in extraction.actors]
    events = [
        e.model_copy(update={"actors": [name(n) for n in e.actors]}) for e in extraction.events
    ]
    positions = [p.model_copy(update={"actor": name(p.actor)}) for p in extraction.positions]
    return extraction.model_copy(
        update={"source": source, "actors": actors, "events": events, "positions": positions}
    )


def corpus(size: int, articles: list[Article], extractions: list[ArticleExtraction]):  # type: ignore[no-untyped-def]
    order = list(range(len(articles)))
    random.Random(size).shuffle(order)
    run_articles, run_extractions = [], []
    for n in range(size):
        index = order[n % len(order)]
        copy = n // len(order)
        run_articles.append(articles[index].model_copy(update={"id": n + 1, "path": f"{n}.txt"}))
        run_extractions.append(renamed(extractions[index], copy, n + 1))
    return run_articles, run_extractions


def cli_run(size: int, workers: int, articles: list[Article]) -> None:
    """The `brief` command on `size` article files written from the real ones, each copy's
    surnames varied in its text, in a temporary folder."""
    surnames = [
        sorted({a.name.split()[-1] for a in extract_offline(article).actors if a.kind == "person"})
        for article in articles
    ]
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "news"
        folder.mkdir()
        for n in range(size):
            index, copy = n % len(articles), n // len(articles)
            text = articles[index].text
            if copy:
                suffix = SUFFIXES[copy % len(SUFFIXES)] + str(copy // len(SUFFIXES))
                for surname in surnames[index]:
                    text = re.sub(rf"\b{re.escape(surname)}\b", surname + suffix, text)
            (folder / f"{n:05d}.txt").write_text(text, encoding="utf-8")
        out = Path(scratch) / "briefing.md"
        command = [sys.executable, "-m", "summarizer", str(folder), "--engine", "offline"]
        command += ["--workers", str(workers), "--no-cache", "-o", str(out)]
        started = time.monotonic()
        done = subprocess.run(command, capture_output=True, text=True, check=False, cwd=ROOT)
        wall = time.monotonic() - started
        print(f"`brief` on {size:,} files with --workers {workers}: {wall:.0f} s, exit "
              f"{done.returncode}; {done.stderr.strip().splitlines()[-1]}")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,2000,5000,10000")
    parser.add_argument("--source", default=str(ROOT.parent / "shared"))
    parser.add_argument("--cli", type=int, metavar="N", help="time the whole CLI on N files")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    source = Path(args.source)
    if not (source / "data" / "ecbplus").is_dir():
        print(f"merge_scale: no ECB+ data under {source}", file=sys.stderr)
        return 2
    articles = real_articles(source)
    if args.cli:
        cli_run(args.cli, args.workers, articles)
        return 0
    extractions = [extract_offline(a) for a in articles]
    print(f"{len(articles)} real articles extracted once; merging copies of them\n")
    print("| articles | merge CPU s | added memory MB | events | actors |")
    print("| ---: | ---: | ---: | ---: | ---: |")
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        run_articles, run_extractions = corpus(size, articles, extractions)
        gc.collect()
        started = time.process_time()
        briefing = merge_extractions(
            run_articles, run_extractions, stats=RunStats(engine="offline")
        )
        seconds = time.process_time() - started
        del briefing
        gc.collect()
        tracemalloc.start()  # a second merge, traced: tracing slows Python, so it is not timed
        briefing = merge_extractions(
            run_articles, run_extractions, stats=RunStats(engine="offline")
        )
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        rows.append((size, seconds, peak / 2**20))
        print(
            f"| {size:,} | {seconds:.1f} | {peak / 2**20:.0f} | {len(briefing.events):,} "
            f"| {len(briefing.actors):,} |",
            flush=True,
        )
        del briefing
    if len(rows) > 1:
        (n0, t0, m0), (n1, t1, m1) = rows[0], rows[-1]
        span = math.log(n1 / n0)
        print(
            f"\ngrowth exponent {n0:,} to {n1:,}: time {math.log(t1 / t0) / span:.2f}, "
            f"memory {math.log(m1 / m0) / span:.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
