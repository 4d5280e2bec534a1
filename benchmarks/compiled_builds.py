"""Compiled builds of several revisions, each in its own environment, read articles in turns.

    python benchmarks/compiled_builds.py PYTHON [PYTHON ...] [--rounds 3] [--articles 150]

Each PYTHON is the interpreter of a virtual environment where one revision was installed with
`pip install` (compiled by mypyc: see setup.py). A compiled build cannot be loaded twice in one
process under another name, as `offline_speed.py --against` does with source, so each runs in a
worker process of its own; the workers take turns, ten articles at a time, over the same
synthetic articles, and the CPU time each spends is summed. On a shared machine whose speed
moves by a third within the hour, their ratio holds where separate runs' figures do not.
"""

from __future__ import annotations

import argparse
import subprocess
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent
BATCH = 10

WORKER = """
import sys, time
sys.path.insert(0, {benchmarks!r})
from offline_speed import synthetic_articles
from summarizer.engines.offline import extract_offline, rules_compiled
from summarizer.models import Article
texts = synthetic_articles({count}, 5000)
articles = [Article(id=i + 1, path=f"b/{{i}}.txt", text=t) for i, t in enumerate(texts)]
extract_offline(articles[0])
print("compiled" if rules_compiled() else "pure Python", flush=True)
for line in sys.stdin:
    first, last = map(int, line.split())
    started = time.process_time()
    for article in articles[first:last]:
        extract_offline(article)
    print(time.process_time() - started, flush=True)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pythons", nargs="+", help="interpreters of the builds' environments")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--articles", type=int, default=150)
    args = parser.parse_args()
    code = WORKER.format(benchmarks=str(BENCHMARKS), count=args.articles)
    workers = [
        subprocess.Popen(
            [python, "-c", code],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd="/",  # not this checkout: each worker imports its own environment's package
        )
        for python in args.pythons
    ]
    for python, worker in zip(args.pythons, workers, strict=True):
        assert worker.stdout is not None
        print(f"{python}: {worker.stdout.readline().strip()}")
    spent = [0.0] * len(workers)
    for round_number in range(args.rounds):
        for start in range(0, args.articles, BATCH):
            order = list(range(len(workers)))
            if (start // BATCH + round_number) % 2:
                order.reverse()  # neither build always runs first
            for k in order:
                stdin, stdout = workers[k].stdin, workers[k].stdout
                assert stdin is not None
                assert stdout is not None
                stdin.write(f"{start} {min(start + BATCH, args.articles)}\n")
                stdin.flush()
                spent[k] += float(stdout.readline())
    for worker in workers:
        assert worker.stdin is not None
        worker.stdin.close()
        worker.wait()
    read = args.articles * args.rounds
    for python, seconds in zip(args.pythons, spent, strict=True):
        print(f"{python}: {read / seconds:.1f} articles/s ({1000 * seconds / read:.2f} ms each)")
    print("speed against the first:", ", ".join(f"{spent[0] / s:.3f}" for s in spent))


if __name__ == "__main__":
    main()
