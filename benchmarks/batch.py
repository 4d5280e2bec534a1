"""`brief --batch` on 1,000 articles against the simulated Batch API, killed while it polls.

    python benchmarks/batch.py [--articles 1000] [--batch-seconds 8]

The simulated endpoint (a separate process) serves `/v1/files` and `/v1/batches`; its job
answers every request after `--batch-seconds`. `brief --batch` is started, killed (SIGKILL) once
the job exists, and started again: the second run must find the same job, submit nothing new,
and extract every article; a third run must find everything cached.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from llm_throughput import Simulated
from offline_speed import synthetic_articles

ROOT = Path(__file__).resolve().parent.parent


def brief(folder: Path, url: str, cache: Path, out: Path) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "BRIEF_"))}
    command = [
        sys.executable, "-m", "summarizer", str(folder), "--batch", "--base-url", url,
        "--model", "simulated", "--mode", "tools", "--cache-dir", str(cache), "-o", str(out),
        "--price", "0.15/0.60",
    ]  # fmt: skip
    return subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--batch-seconds", type=float, default=8.0)
    args = parser.parse_args()
    base = Path(tempfile.mkdtemp(prefix="brief-batch-"))
    folder, cache, out = base / "news", base / "cache", base / "briefing.md"
    folder.mkdir()
    for number, text in enumerate(synthetic_articles(args.articles, 2500, seed=9)):
        (folder / f"{number:05d}.txt").write_text(text, encoding="utf-8")
    options = ("--latency", "0.05", "--batch-seconds", str(args.batch_seconds))
    with Simulated(folder, *options) as server:
        started = time.monotonic()
        first = brief(folder, server.url, cache, out)
        while server.stats().get("batches_created", 0) < 1 and first.poll() is None:
            time.sleep(0.2)
        time.sleep(1.0)  # polling now
        first.send_signal(signal.SIGKILL)
        first.wait()
        killed_at = time.monotonic() - started
        second = brief(folder, server.url, cache, out)
        _, err = second.communicate(timeout=600)
        took = time.monotonic() - started
        served = server.stats()
        third = brief(folder, server.url, cache, out)
        _, again = third.communicate(timeout=600)
        after = server.stats()
    summary = err.strip().splitlines()[-1] if err.strip() else ""
    print(f"articles: {args.articles}; job runs {args.batch_seconds} s in the simulator\n")
    print("| measure | result | target |")
    print("| --- | --- | --- |")
    print(f"| first run killed (SIGKILL) while polling, at | {killed_at:.1f} s | |")
    print(f"| second run: exit code | {second.returncode} | 0 |")
    print(f"| second run: summary | `{summary}` | every article extracted |")
    print(f"| batch jobs created / files uploaded | {served.get('batches_created', 0)} / "
          f"{served.get('files_uploaded', 0)} | 1 / 1 |")  # fmt: skip
    print(f"| direct requests (re-asks) | {served.get('requests', 0)} | |")
    print(f"| both runs, wall | {took:.1f} s | |")
    last = again.strip().splitlines()[-1] if again.strip() else ""
    more = after.get("batches_created", 0) - served.get("batches_created", 0)
    print(f"| third run (all cached): jobs created since | {more} | 0 |")
    print(f"| third run: summary | `{last}` | |")
    shutil.rmtree(base, ignore_errors=True)
    ok = (
        second.returncode == 0
        and served.get("batches_created") == 1
        and after.get("batches_created") == 1
        and f"{args.articles}/{args.articles} articles extracted" in summary
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
