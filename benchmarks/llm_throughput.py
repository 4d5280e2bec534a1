"""Throughput, cost and resilience of the LLM path, against the simulated endpoint, in one run.

    python benchmarks/llm_throughput.py [--articles 200] [--latency 0.3]

The simulated endpoint (summarizer.devtools.simulator) runs as a separate process, as a real server
would; it answers with valid structured output after the configured latency. Measured:

1. concurrency efficiency = ideal ÷ measured wall time of the extraction stage,
   ideal = ceil(N / C) * latency, at C = 16 and C = 64 (target 0.85), against a plain openai
   client sending the same requests in the same run (target: ≥ 0.95 of its efficiency);
2. throughput under a server-enforced limit of R requests per minute, with and without the
   client's own --rpm pacing (target ≥ 0.85 R, no article failed);
3. 30 % transient faults (429, 500, 503, dropped connections, timeouts, malformed and cut-off
   JSON, ungrounded quotes): every article extracted, none lost; permanent errors (400, 401, 403,
   404) fail fast with one line;
4. a re-run on unchanged input: requests made and wall time against the first run (target 0
   requests and ≤ 2 %);
5. `brief` killed (SIGKILL) about half-way, then run again: requests of the second run against
   the articles the first did not finish.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import logging
import math
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import openai
from offline_speed import synthetic_articles

from summarizer import assembly
from summarizer.engines.cache import CachedEngine, ExtractionCache
from summarizer.engines.extract import ExtractionRun, extract_articles
from summarizer.engines.llm.endpoint import Endpoint, create_client
from summarizer.engines.llm.engine import LLMEngine, draft_model
from summarizer.engines.llm.prompting import extraction_messages
from summarizer.engines.llm.ratelimit import RateLimiter
from summarizer.engines.llm.reading import RulesReader
from summarizer.models import Article
from summarizer.pipeline import summarize_async
from summarizer.render.markdown import render_markdown
from summarizer.settings import PARALLEL_FROM, Settings
from summarizer.sources.loading import load_articles

ROOT = Path(__file__).resolve().parent.parent
FAULTS = {
    "rate_limit": 0.05, "server_error": 0.05, "unavailable": 0.05, "drop": 0.05,
    "timeout": 0.03, "malformed": 0.03, "truncated": 0.02, "ungrounded": 0.02,
}  # fmt: skip

REPEATS = 3
RERUNS = ("second", "third", "fourth")
"""Re-runs on unchanged input, timed one by one: a single 0.1 s run is at this machine's noise."""


class Simulated:
    """The simulated endpoint in a child process."""

    def __init__(self, folder: Path, *options: str) -> None:
        command = [
            sys.executable,
            "-m",
            "summarizer.devtools.simulator",
            "--port",
            "0",
            "--warm",
            str(folder),
            *options,
        ]
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=ROOT)
        line = self.process.stdout.readline() if self.process.stdout else ""
        self.url = line.strip().rsplit(" ", 1)[-1]
        if not self.url.startswith("http"):
            raise RuntimeError(f"simulator did not start: {line!r}")

    def stats(self) -> dict[str, int]:
        with urllib.request.urlopen(self.url.removesuffix("/v1") + "/stats", timeout=5) as answer:
            return dict(json.load(answer))

    def reset(self) -> None:
        request = urllib.request.Request(
            self.url.removesuffix("/v1") + "/stats/reset", method="POST"
        )
        urllib.request.urlopen(request, timeout=5).read()

    def __enter__(self) -> Simulated:
        return self

    def __exit__(self, *_: object) -> None:
        self.process.terminate()
        self.process.wait(10)


async def _extract(
    url: str,
    articles: list[Article],
    concurrency: int,
    *,
    rpm: float | None = None,
    timeout: float = 30.0,
    cache: Path | None = None,
    floor: bool = False,
    rules_workers: int | None = None,
) -> tuple[float, ExtractionRun]:
    """The extraction stage as `brief` runs it: the engine prepared, then timed. The rules read
    in `rules_workers` processes beside the requests (None: as `brief` sizes them)."""
    endpoint = Endpoint(base_url=url, model="simulated", timeout=timeout)
    workers = (
        assembly.rules_workers(Settings(), len(articles))
        if rules_workers is None
        else rules_workers
    )
    llm = LLMEngine(
        endpoint,
        client=create_client(endpoint, limiter=RateLimiter(rpm=rpm)),
        floor=floor,
        rules=RulesReader(workers),
    )
    engine: LLMEngine | CachedEngine = llm
    if cache is not None:
        engine = CachedEngine(engine, ExtractionCache(cache))
    await llm.prepare()
    await llm.rules.ready()  # `brief` starts them before the LLM client loads (1-2 s)
    gc.freeze()  # as `brief` does once the articles are loaded (cli/main.py)
    started = time.perf_counter()
    run = await extract_articles(articles, engine, concurrency=concurrency)
    wall = time.perf_counter() - started
    gc.unfreeze()
    await engine.aclose()
    return wall, run


async def _plain(url: str, articles: list[Article], concurrency: int) -> float:
    """A plain openai client and a semaphore sending the same request (messages, tool schema,
    forced call) and parsing the answer's JSON: no validation, grounding, retries or cache."""
    client = openai.AsyncOpenAI(base_url=url, api_key="x", max_retries=0, timeout=30.0)
    function = {"name": "ArticleDraft", "parameters": draft_model().model_json_schema()}
    gate = asyncio.Semaphore(concurrency)

    async def one(article: Article) -> None:
        async with gate:
            answer = await client.chat.completions.create(
                model="simulated",
                messages=extraction_messages(article),  # type: ignore[arg-type]
                tools=[{"type": "function", "function": function}],  # type: ignore[list-item]
                tool_choice={"type": "function", "function": {"name": "ArticleDraft"}},
                max_tokens=2048,
                temperature=0,
            )
            call = answer.choices[0].message.tool_calls[0]  # type: ignore[index]
            json.loads(call.function.arguments)  # type: ignore[union-attr]

    started = time.perf_counter()
    await asyncio.gather(*(one(a) for a in articles))
    wall = time.perf_counter() - started
    await client.close()
    return wall


def efficiency(folder: Path, articles: list[Article], latency: float) -> None:
    print("\n## 1. Concurrency efficiency (ideal = ceil(N/C) x latency)\n")
    print(
        f"Each configuration is run {REPEATS} times, alternating brief's LLM engine (the model's "
        "extraction alone, `--llm-only`: the request path) and a plain openai client sending "
        "the same request; medians, with brief's range. In flight: the most requests the "
        "server was answering at once, over each client's runs.\n"
    )
    print(
        "| C | N | ideal s | brief s | brief efficiency | range | plain client s "
        "| plain efficiency | brief ÷ plain | in flight, brief / plain | target |"
    )
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    with Simulated(folder, "--latency", str(latency)) as server:
        for concurrency, target in ((16, 0.85), (64, 0.85)):
            ideal = math.ceil(len(articles) / concurrency) * latency
            walls, plains = [], []
            most = {"brief": 0, "plain": 0}
            for _ in range(REPEATS):
                server.reset()
                wall, run = asyncio.run(_extract(server.url, articles, concurrency))
                most["brief"] = max(most["brief"], server.stats().get("most_in_flight", 0))
                if len(run.results) != len(articles):
                    raise SystemExit(f"only {len(run.results)} of {len(articles)} extracted")
                walls.append(wall)
                server.reset()
                plains.append(asyncio.run(_plain(server.url, articles, concurrency)))
                most["plain"] = max(most["plain"], server.stats().get("most_in_flight", 0))
            wall, plain = statistics.median(walls), statistics.median(plains)
            print(
                f"| {concurrency} | {len(articles)} | {ideal:.2f} | {wall:.2f} "
                f"| **{ideal / wall:.2f}** | {ideal / max(walls):.2f}-{ideal / min(walls):.2f} "
                f"| {plain:.2f} | {ideal / plain:.2f} | **{plain / wall:.2f}** "
                f"| {most['brief']} / {most['plain']} | {target}, ≥ 0.95 of plain |"
            )
        ideal = math.ceil(len(articles) / 64) * latency
        workers = assembly.rules_workers(Settings(), len(articles))
        print(
            f"\nWhere the rules read (the speaker check; with the floor, the whole offline "
            f"extraction): in {workers} worker process(es) beside each request, as `brief` does "
            f"from {PARALLEL_FROM} articles, or in this process once the answer came. C = 64, "
            f"{REPEATS} runs alternating, medians (range):\n"
        )
        print("| extraction | rules in workers | rules in this process | workers ÷ this process |")
        print("| --- | ---: | ---: | ---: |")
        for label, floor in (("model's alone (`--llm-only`)", False), ("with the floor", True)):
            places: dict[int | None, list[float]] = {None: [], 0: []}
            for _ in range(REPEATS):
                for rules_workers, walls in places.items():
                    wall, _ = asyncio.run(
                        _extract(server.url, articles, 64, floor=floor, rules_workers=rules_workers)
                    )
                    walls.append(ideal / wall)
            there, here = (statistics.median(places[k]) for k in (None, 0))
            print(
                f"| {label} | **{there:.2f}** ({min(places[None]):.2f}-{max(places[None]):.2f}) "
                f"| {here:.2f} ({min(places[0]):.2f}-{max(places[0]):.2f}) | {there / here:.2f} |"
            )


def rate_limited(folder: Path, articles: list[Article], rpm: float) -> None:
    print(f"\n## 2. Server-enforced limit of R = {rpm:.0f} requests per minute\n")
    print("| client | wall s | throughput (req/min) | ÷ R | 429 answers | failed |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    with Simulated(folder, "--latency", "0.05", "--rpm", str(rpm)) as server:
        for label, cap in (
            ("no cap (follows 429 + Retry-After, x-ratelimit-*)", None),
            (f"--rpm {rpm:.0f}", rpm),
        ):
            server.reset()
            wall, run = asyncio.run(_extract(server.url, articles, 16, rpm=cap))
            served = server.stats()
            throughput = len(run.results) / wall * 60
            print(
                f"| {label} | {wall:.1f} | {throughput:.0f} | **{throughput / rpm:.2f}** "
                f"| {served.get('rate_limited', 0)} | {len(run.failures)} |"
            )


def faults(folder: Path, articles: list[Article]) -> None:
    share = sum(FAULTS.values())
    print(f"\n## 3. {share:.0%} transient faults\n")
    options = ["--latency", "0.1", "--hang", "5", "--seed", "11"]
    for name, probability in FAULTS.items():
        options += ["--fault", f"{name}={probability}"]
    with Simulated(folder, *options) as server:
        wall, run = asyncio.run(_extract(server.url, articles, 16, timeout=2.0))
        served = server.stats()
    injected = {
        k: v
        for k, v in sorted(served.items())
        if k not in ("requests", "answered", "most_in_flight")
    }
    print(
        f"- articles: {len(articles)}; extracted **{len(run.results)}**, "
        f"failed {len(run.failures)}, "
        f"lost {len(articles) - len(run.results) - len(run.failures)}"
    )
    print(
        f"- requests: {served['requests']} for {len(articles)} articles in {wall:.1f} s; "
        f"re-asks {run.usage.reasks}; faults injected: {injected}"
    )
    print("\nPermanent errors (the `brief` command, 200 articles, concurrency 16):\n")
    print("| fault | exit | requests | seconds | last stderr line |")
    print("| --- | ---: | ---: | ---: | --- |")
    for fault in ("unauthorized", "forbidden", "not_found", "bad_request"):
        with Simulated(folder, "--latency", "0.05", "--fault", f"{fault}=1.0") as server:
            started = time.perf_counter()
            done = _brief(folder, server.url, "--no-cache", "--concurrency", "16", "-q")
            elapsed = time.perf_counter() - started
            line = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else ""
            requests = server.stats()["requests"]
            print(f"| {fault} | {done.returncode} | {requests} | {elapsed:.1f} | `{line[:110]}` |")


def rerun(folder: Path, latency: float) -> None:
    print("\n## 4. Re-run on unchanged input (cache)\n")
    print("| how | run | requests | wall s (load, extract, merge, render) |")
    print("| --- | --- | ---: | ---: |")
    ratios = []
    with Simulated(folder, "--latency", str(latency)) as server:
        cache = Path(tempfile.mkdtemp(prefix="brief-bench-cache-"))
        settings = Settings(
            endpoint=Endpoint(base_url=server.url, model="simulated"),
            concurrency=16,
            cache_dir=cache,
        )
        walls = []
        for label in ("first", *RERUNS):
            server.reset()
            started = time.perf_counter()
            render_markdown(asyncio.run(summarize_async(folder, settings=settings)))
            walls.append(time.perf_counter() - started)
            requests = server.stats().get("requests", 0)
            print(f"| Python API | {label} | {requests} | {walls[-1]:.3f} |")
        ratios.append(("Python API", statistics.median(walls[1:]) / walls[0]))
        shutil.rmtree(cache, ignore_errors=True)
        cache = Path(tempfile.mkdtemp(prefix="brief-bench-cache-"))
        walls = []
        for label in ("first", *RERUNS):
            server.reset()
            started = time.perf_counter()
            _brief(folder, server.url, "--concurrency", "16", "-q", "-o", os.devnull, cache=cache)
            walls.append(time.perf_counter() - started)
            requests = server.stats().get("requests", 0)
            print(f"| `brief` command (new interpreter) | {label} | {requests} | {walls[-1]:.3f} |")
        ratios.append(("`brief` command", statistics.median(walls[1:]) / walls[0]))
        shutil.rmtree(cache, ignore_errors=True)
    summary = ", ".join(f"{how} **{ratio:.1%}**" for how, ratio in ratios)
    print(f"\nre-run (median of {len(RERUNS)}) ÷ first: {summary} (target ≤ 2 %)")


def _brief(
    folder: Path, url: str, *extra: str, cache: Path | None = None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("OPENAI_API_KEY", "OPENAI_BASE_URL")}
    if cache is not None:
        env["BRIEF_CACHE_DIR"] = str(cache)
    command = [
        sys.executable,
        "-m",
        "summarizer",
        str(folder),
        "--base-url",
        url,
        "--model",
        "simulated",
        *extra,
    ]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=600, cwd=ROOT)


def _settled_requests(server: Simulated) -> int:
    """The server's request count once it has stopped changing for half a second."""
    count = server.stats().get("requests", 0)
    while True:
        time.sleep(0.5)
        now = server.stats().get("requests", 0)
        if now == count:
            return count
        count = now


def killed(folder: Path, count: int, latency: float) -> None:
    print("\n## 5. Killed half-way (SIGKILL), then run again\n")
    cache = Path(tempfile.mkdtemp(prefix="brief-bench-kill-"))
    env = {k: v for k, v in os.environ.items() if k not in ("OPENAI_API_KEY", "OPENAI_BASE_URL")}
    env["BRIEF_CACHE_DIR"] = str(cache)
    with Simulated(folder, "--latency", str(latency)) as server:
        command = [sys.executable, "-m", "summarizer", str(folder), "--base-url", server.url]
        command += ["--model", "simulated", "--concurrency", "16", "-q", "-o", os.devnull]
        process = subprocess.Popen(command, env=env, cwd=ROOT, stderr=subprocess.DEVNULL)
        while server.stats().get("answered", 0) < count // 2:
            time.sleep(0.01)
        process.send_signal(signal.SIGKILL)
        process.wait()
        finished = len(ExtractionCache(cache))
        first = _settled_requests(server)  # requests sent just before the kill still arrive
        server.reset()
        done = subprocess.run(
            command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=600
        )
        second = server.stats().get("requests", 0)
    print(
        f"- first run: killed after {first} requests; {finished} articles finished and were cached"
    )
    print(
        f"- second run: exit {done.returncode}, **{second} requests** for the "
        f"**{count - finished} articles** not finished "
        f"({'equal' if second == count - finished else 'NOT equal'})"
    )
    shutil.rmtree(cache, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--latency", type=float, default=0.3)
    parser.add_argument("--rpm", type=float, default=1200.0)
    parser.add_argument("--size", type=int, default=2500, help="characters per article")
    parser.add_argument("--only", choices=["efficiency", "rerun"], help="run one section")
    args = parser.parse_args()
    logging.getLogger("instructor").setLevel(logging.CRITICAL)  # as the CLI: retries are ours
    folder = Path(tempfile.mkdtemp(prefix="brief-bench-articles-"))
    for number, text in enumerate(synthetic_articles(args.articles, args.size, seed=5)):
        (folder / f"{number:04d}.txt").write_text(text, encoding="utf-8")
    articles = load_articles(folder).articles
    print(
        f"# LLM path benchmark: {len(articles)} articles of ~{args.size:,} characters, "
        f"simulated endpoint, latency {args.latency} s, {os.cpu_count()} cores"
    )
    if args.only == "rerun":
        rerun(folder, args.latency)
        shutil.rmtree(folder, ignore_errors=True)
        return
    efficiency(folder, articles, args.latency)
    if args.only == "efficiency":
        shutil.rmtree(folder, ignore_errors=True)
        return
    rate_limited(folder, articles, args.rpm)
    faults(folder, articles)
    rerun(folder, args.latency)
    killed(folder, len(articles), args.latency)
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
