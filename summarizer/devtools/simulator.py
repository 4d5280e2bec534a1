"""A simulated OpenAI-compatible endpoint on loopback, for benchmarks and tests.

A real HTTP server (aiohttp) that answers `POST /v1/chat/completions` with valid structured output
for the requested schema: the `ArticleDraft` of the article in the request, as the offline engine
reads it, as a forced tool call (tools mode) or as JSON content (json, json_schema, md_json). Its
latency, its requests-per-minute limit and its faults are configurable:

- latency: seconds from a request's arrival to its answer (plus uniform jitter); the server's own
  work on the request counts inside it, as a hosted endpoint's does;
- rpm: a token bucket of one second's worth of requests, refilled at rpm/60 a second; beyond it,
  429 with `retry-after-ms` / `retry-after`; every answer carries `x-ratelimit-*` headers;
- faults, each with a probability: `rate_limit` (429), `server_error` (500), `unavailable` (503),
  `drop` (the connection closes without an answer), `timeout` (no answer for `hang` seconds),
  `malformed` (invalid JSON), `truncated` (JSON cut off, finish_reason "length"), `ungrounded`
  (one quote the article does not contain), and the permanent `unauthorized` (401),
  `forbidden` (403), `not_found` (404), `bad_request` (400).

The Batch API is served too: `POST /v1/files` (a JSONL of requests), `POST /v1/batches` (a job
that answers every line after `batch_seconds`), `GET /v1/batches/{id}` and
`GET /v1/files/{id}/content`.

`GET /stats` counts requests by outcome, and the most completions it was answering at once
(`most_in_flight`: what a client's concurrency limit let through); `POST /stats/reset` starts
the count again.

    python -m summarizer.devtools.simulator --port 8766 --latency 0.3 --rpm 600 \
        --fault server_error=0.1
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hashlib
import json
import random
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from .answers import article_text, draft_for, empty_draft, unground

FAULTS = (
    "rate_limit", "server_error", "unavailable", "drop", "timeout", "malformed", "truncated",
    "ungrounded", "unauthorized", "forbidden", "not_found", "bad_request",
)  # fmt: skip
_STATUS = {
    "server_error": (500, "server_error", "The server had an error processing your request."),
    "unavailable": (503, "server_error", "The server is overloaded."),
    "unauthorized": (401, "invalid_api_key", "Incorrect API key provided."),
    "forbidden": (403, "permission_denied", "You may not use this model."),
    "not_found": (404, "model_not_found", "The model does not exist."),
    "bad_request": (400, "invalid_request_error", "The request is too long for this model."),
}  # fmt: skip


@dataclass
class SimulatorConfig:
    """How the simulated endpoint behaves."""

    latency: float = 0.3
    jitter: float = 0.0
    rpm: float | None = None
    faults: dict[str, float] = field(default_factory=dict)
    hang: float = 30.0
    """Seconds a `timeout` fault keeps the request waiting."""
    seed: int = 0
    model: str = "simulated"
    batch_seconds: float = 1.0
    """Seconds a batch job runs before its output is ready."""

    def __post_init__(self) -> None:
        unknown = set(self.faults) - set(FAULTS)
        if unknown:
            raise ValueError(f"unknown faults {sorted(unknown)}; known: {', '.join(FAULTS)}")
        if sum(self.faults.values()) > 1:
            raise ValueError("fault probabilities add up to more than 1")


class Simulator:
    """The server: start it, point `brief` at `url`, read `counts`, stop it."""

    def __init__(self, config: SimulatorConfig | None = None) -> None:
        self.config = config or SimulatorConfig()
        self.counts: Counter[str] = Counter()
        self._random = random.Random(self.config.seed)
        # Jitter is drawn apart from faults, so faults fall in arrival order however the
        # answers interleave: a seeded run sees the same faults every time.
        self._jitter = random.Random(self.config.seed)
        self._drafts: dict[str, dict[str, Any]] = {}
        self._json: dict[str, str] = {}
        self._bucket = self._capacity()
        self._bucket_at = time.monotonic()
        self._runner: web.AppRunner | None = None
        self.url = ""
        self._files: dict[str, bytes] = {}
        self._batches: dict[str, dict[str, Any]] = {}
        self._batch_tasks: set[asyncio.Task[None]] = set()
        self._in_flight = 0

    def _capacity(self) -> float:
        return max(1.0, self.config.rpm / 60.0) if self.config.rpm else 0.0

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> str:
        """Serve on `host:port` (0: any free port); returns the base URL, ending in /v1."""
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_post("/v1/chat/completions", self._completions)
        app.router.add_get("/v1/models", self._models)
        app.router.add_post("/v1/files", self._upload)
        app.router.add_get("/v1/files/{id}/content", self._file_content)
        app.router.add_post("/v1/batches", self._create_batch)
        app.router.add_get("/v1/batches/{id}", self._batch)
        app.router.add_get("/stats", self._stats)
        app.router.add_post("/stats/reset", self._reset)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port)
        await site.start()
        bound = self._runner.addresses[0][1] if self._runner.addresses else port
        self.url = f"http://{host}:{bound}/v1"
        return self.url

    async def stop(self) -> None:
        """Stop serving."""
        if self._runner is not None:
            await self._runner.cleanup()

    async def __aenter__(self) -> Simulator:
        """Serving on a free loopback port until the block ends."""
        await self.start()
        return self

    async def __aexit__(self, *_: object) -> None:
        await self.stop()

    def warm(self, texts: list[str]) -> None:
        """Prepare the answers for these article texts ahead of the requests."""
        for text in texts:
            self._serialised(text, self._draft(text))

    async def _models(self, _: web.Request) -> web.Response:
        return web.json_response(
            {
                "object": "list",
                "data": [
                    {
                        "id": self.config.model,
                        "object": "model",
                        "created": 0,
                        "owned_by": "simulator",
                    }
                ],
            }
        )

    # --- the Batch API: files in, a job that runs for `batch_seconds`, files out ----------------

    async def _upload(self, request: web.Request) -> web.Response:
        form = await request.post()
        upload = form.get("file")
        data = upload.file.read() if isinstance(upload, web.FileField) else b""
        file_id = f"file-{len(self._files) + 1}"
        self._files[file_id] = data
        self.counts["files_uploaded"] += 1
        return web.json_response(_file_object(file_id, len(data), str(form.get("purpose", ""))))

    async def _file_content(self, request: web.Request) -> web.Response:
        data = self._files.get(request.match_info["id"])
        if data is None:
            return self._error(404, "not_found", "No such file.")
        return web.Response(body=data, content_type="application/jsonl")

    async def _create_batch(self, request: web.Request) -> web.Response:
        body = await request.json()
        input_id = str(body.get("input_file_id"))
        if input_id not in self._files:
            return self._error(400, "invalid_request_error", "Unknown input_file_id.")
        batch_id = f"batch_{len(self._batches) + 1}"
        job: dict[str, Any] = {
            "id": batch_id, "object": "batch", "endpoint": body.get("endpoint"),
            "input_file_id": input_id, "completion_window": body.get("completion_window"),
            "status": "in_progress", "output_file_id": None, "error_file_id": None,
            "created_at": int(time.time()),
            "request_counts": {"total": 0, "completed": 0, "failed": 0},
        }  # fmt: skip
        self._batches[batch_id] = job
        self.counts["batches_created"] += 1
        task = asyncio.create_task(self._run_batch(job))
        self._batch_tasks.add(task)
        task.add_done_callback(self._batch_tasks.discard)
        return web.json_response(job)

    async def _batch(self, request: web.Request) -> web.Response:
        job = self._batches.get(request.match_info["id"])
        if job is None:
            return self._error(404, "not_found", "No such batch.")
        self.counts["batch_polls"] += 1
        return web.json_response(job)

    async def _run_batch(self, job: dict[str, Any]) -> None:
        """Answer every line of the job's input after `batch_seconds`; a job whose answering
        raises is marked failed, as a real server reports it, rather than left in progress
        for its client to poll forever."""
        await asyncio.sleep(self.config.batch_seconds)
        try:
            await self._answer_batch(job)
        except Exception as error:  # any fault of the simulator's own
            message = f"{type(error).__name__}: {error}"
            job.update(
                status="failed", errors={"data": [{"code": "server_error", "message": message}]}
            )

    async def _answer_batch(self, job: dict[str, Any]) -> None:
        lines = self._files[job["input_file_id"]].decode().splitlines()
        out: list[str] = []
        for line in filter(None, (raw.strip() for raw in lines)):
            request = json.loads(line)
            body = request["body"]
            article = article_text(body)
            draft = self._draft(article) if article is not None else empty_draft()
            arguments = self._serialised(article, draft)
            out.append(
                json.dumps(
                    {
                        "id": f"req_{len(out) + 1}",
                        "custom_id": request["custom_id"],
                        "response": {
                            "status_code": 200,
                            "body": self._completion(body, arguments, "stop"),
                        },
                        "error": None,
                    }
                )
            )
            self.counts["batch_requests"] += 1
            await asyncio.sleep(0)
        output_id = f"file-{len(self._files) + 1}"
        self._files[output_id] = ("\n".join(out) + "\n").encode()
        job.update(
            status="completed",
            output_file_id=output_id,
            request_counts={"total": len(out), "completed": len(out), "failed": 0},
        )

    async def _stats(self, _: web.Request) -> web.Response:
        return web.json_response(dict(self.counts))

    async def _reset(self, _: web.Request) -> web.Response:
        self.counts.clear()
        return web.json_response({})

    async def _completions(self, request: web.Request) -> web.StreamResponse:
        self._in_flight += 1
        self.counts["most_in_flight"] = max(self.counts["most_in_flight"], self._in_flight)
        try:
            return await self._answer(request)
        finally:
            self._in_flight -= 1

    async def _answer(self, request: web.Request) -> web.StreamResponse:
        loop = asyncio.get_running_loop()
        arrived = loop.time()
        body = await request.json()
        self.counts["requests"] += 1
        limited = self._take_token()
        if limited is not None:
            self.counts["rate_limited"] += 1
            return self._error(
                429, "rate_limit_exceeded", "Rate limit reached for requests.", retry_after=limited
            )
        fault = self._fault()
        if fault in _STATUS:
            self.counts[fault] += 1
            await asyncio.sleep(self.config.latency / 3)
            status, code, message = _STATUS[fault]
            return self._error(status, code, message)
        if fault == "rate_limit":
            self.counts[fault] += 1
            return self._error(429, "rate_limit_exceeded", "Rate limit reached.", retry_after=0.2)
        if fault == "timeout":
            self.counts[fault] += 1
            await asyncio.sleep(self.config.hang)
        article = article_text(body)
        draft = self._draft(article) if article is not None else empty_draft()
        arguments, finish = self._serialised(article, draft), "stop"
        answer_at = arrived + self.config.latency + self._jitter.uniform(0, self.config.jitter)
        await asyncio.sleep(max(0.0, answer_at - loop.time()))
        if fault == "drop":
            self.counts[fault] += 1
            if request.transport is not None:
                request.transport.abort()
            return web.Response(status=500)
        if fault == "malformed":
            arguments = arguments[: max(1, len(arguments) // 2)].replace('"', "'")
        elif fault == "truncated":
            arguments, finish = arguments[: max(1, len(arguments) // 2)], "length"
        elif fault == "ungrounded":
            arguments = json.dumps(unground(draft))
        if fault:
            self.counts[fault] += 1
        else:
            self.counts["answered"] += 1
        return web.json_response(
            self._completion(body, arguments, finish), headers=self._limit_headers()
        )

    def _take_token(self) -> float | None:
        """None when a request may go; else seconds until it may."""
        if not self.config.rpm:
            return None
        now = time.monotonic()
        rate = self.config.rpm / 60.0
        self._bucket = min(self._capacity(), self._bucket + (now - self._bucket_at) * rate)
        self._bucket_at = now
        if self._bucket >= 1.0:
            self._bucket -= 1.0
            return None
        return (1.0 - self._bucket) / rate

    def _limit_headers(self) -> dict[str, str]:
        if not self.config.rpm:
            return {}
        rate = self.config.rpm / 60.0
        remaining = int(self._bucket)
        reset = max(0.0, (1.0 - (self._bucket - remaining)) / rate) if remaining == 0 else 0.0
        return {
            "x-ratelimit-limit-requests": str(int(self.config.rpm)),
            "x-ratelimit-remaining-requests": str(remaining),
            "x-ratelimit-reset-requests": f"{reset * 1000:.0f}ms",
        }

    def _fault(self) -> str | None:
        roll = self._random.random()
        for name, probability in sorted(self.config.faults.items()):
            if roll < probability:
                return name
            roll -= probability
        return None

    def _error(
        self, status: int, code: str, message: str, retry_after: float | None = None
    ) -> web.Response:
        headers = self._limit_headers()
        if retry_after is not None:
            headers["retry-after-ms"] = f"{retry_after * 1000:.0f}"
            headers["retry-after"] = str(max(1, round(retry_after)))
        payload = {"error": {"message": message, "type": code, "code": code}}
        return web.json_response(payload, status=status, headers=headers)

    def _serialised(self, text: str | None, draft: dict[str, Any]) -> str:
        """The draft as JSON, made once per article: a server should add no latency of its own."""
        key = "" if text is None else hashlib.sha256(text.encode()).hexdigest()
        if key not in self._json:
            self._json[key] = json.dumps(draft)
        return self._json[key]

    def _draft(self, text: str) -> dict[str, Any]:
        key = hashlib.sha256(text.encode()).hexdigest()
        if key not in self._drafts:
            self._drafts[key] = draft_for(text)
        return self._drafts[key]

    def _completion(self, body: dict[str, Any], arguments: str, finish: str) -> dict[str, Any]:
        prompt = sum(len(str(m.get("content") or "")) for m in body.get("messages", [])) // 4
        message: dict[str, Any] = {"role": "assistant", "content": None}
        if body.get("tools"):
            name = body["tools"][0]["function"]["name"]
            message["tool_calls"] = [
                {
                    "id": "call_sim",
                    "type": "function",
                    "function": {"name": name, "arguments": arguments},
                }
            ]
            finish = "tool_calls" if finish == "stop" else finish
        elif body.get("response_format"):
            message["content"] = arguments
        else:
            message["content"] = f"```json\n{arguments}\n```"
        completion = len(arguments) // 4
        return {
            "id": "chatcmpl-sim",
            "object": "chat.completion",
            "created": 0,
            "model": body.get("model") or self.config.model,
            "choices": [{"index": 0, "message": message, "finish_reason": finish}],
            "usage": {
                "prompt_tokens": prompt,
                "completion_tokens": completion,
                "total_tokens": prompt + completion,
            },
        }


def _file_object(file_id: str, size: int, purpose: str) -> dict[str, Any]:
    return {
        "id": file_id, "object": "file", "bytes": size, "created_at": int(time.time()),
        "filename": "batch.jsonl", "purpose": purpose, "status": "processed",
    }  # fmt: skip


def main() -> None:
    """Run the simulator until interrupted."""
    parser = argparse.ArgumentParser(description="A simulated OpenAI-compatible endpoint.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8766)
    parser.add_argument("--latency", type=float, default=0.3)
    parser.add_argument("--jitter", type=float, default=0.0)
    parser.add_argument("--rpm", type=float)
    parser.add_argument("--hang", type=float, default=30.0)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--fault",
        action="append",
        default=[],
        metavar="NAME=P",
        help=f"one of: {', '.join(FAULTS)}",
    )
    parser.add_argument(
        "--warm", metavar="FOLDER", help="prepare answers for the articles in FOLDER first"
    )
    parser.add_argument("--batch-seconds", type=float, default=1.0)
    args = parser.parse_args()
    faults = {name: float(p) for name, p in (item.split("=") for item in args.fault)}
    config = SimulatorConfig(
        args.latency, args.jitter, args.rpm, faults, args.hang, args.seed,
        batch_seconds=args.batch_seconds,
    )  # fmt: skip

    async def serve() -> None:
        simulator = Simulator(config)
        if args.warm:
            from ..sources.loading import load_articles

            simulator.warm([a.text for a in load_articles(args.warm).articles])
        url = await simulator.start(args.host, args.port)
        print(f"simulated endpoint on {url}", flush=True)
        try:
            await asyncio.Event().wait()
        finally:
            await simulator.stop()

    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve())


if __name__ == "__main__":
    main()
