"""Extraction through an OpenAI-compatible Batch API: one job for every article not cached.

Provider batch endpoints take a JSONL file of requests and answer within hours at half the
price: how an extraction scales past one process. The job is:

1. every uncached article's request (the same messages and tool schema as a direct request, in
   `tools` mode) written as one JSONL line whose `custom_id` is the article's cache key;
2. the file uploaded (`POST /v1/files`, purpose `batch`) and the job created
   (`POST /v1/batches`); its id kept in the cache folder at once, so a run killed while the job
   runs finds it again and never submits the same articles twice;
3. the job polled with growing waits (`GET /v1/batches/{id}`) until it ends, its output
   downloaded (`GET /v1/files/{id}/content`), and each answer grounded like a direct one; an
   article whose answer is missing, invalid or mostly ungrounded is asked again directly.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openai

from ...atomic import write_atomically
from ...errors import ConfigurationError, EndpointError
from ...models import Article
from ...usage import ExtractionUsage
from .answers import worth_reasking
from .bounded import LIMIT_HEADER
from .drafts import ArticleDraft, GroundedDraft, ground_draft, salvage_draft
from .endpoint import Endpoint, redact
from .failures import describe_error
from .prompting import extraction_messages
from .retry import classify
from .window import answer_budget

FIRST_POLL = 1.0
MAX_POLL = 60.0
_DONE = frozenset({"completed"})
_FAILED = frozenset({"failed", "expired", "cancelled", "cancelling"})
BATCH_ANSWER_BYTES = 256 * 1024
"""Bytes a job's results may hold per article (an answer takes a few kilobytes)."""
LOG = logging.getLogger(__name__)
_WAITING = {"state": "waiting for the batch job"}
POLL_FAILURES = 5
"""Transient failures in a row (timeouts, 5xx, dropped connections) polling tolerates."""


@dataclass
class BatchOutcome:
    """What a batch job gave: grounded drafts by article id, and the articles to ask again."""

    drafts: dict[int, GroundedDraft] = field(default_factory=dict)
    usage: dict[int, ExtractionUsage] = field(default_factory=dict)
    ask_again: list[Article] = field(default_factory=list)
    job_id: str = ""
    resumed: bool = False


def request_body(endpoint: Endpoint, article: Article) -> dict[str, Any]:
    """The chat-completions body a direct `tools`-mode request for `article` sends."""
    schema = ArticleDraft.model_json_schema()
    function = {
        "name": "ArticleDraft",
        "description": ArticleDraft.__doc__ or "",
        "parameters": schema,
    }
    return {
        "model": endpoint.model,
        "messages": extraction_messages(article),
        "tools": [{"type": "function", "function": function}],
        "tool_choice": {"type": "function", "function": {"name": "ArticleDraft"}},
        "max_tokens": answer_budget(article.text, endpoint.max_output_tokens),
        "temperature": 0,
    }


class BatchJob:
    """One batch job for a set of articles, resumable from `state_dir`."""

    def __init__(
        self,
        client: openai.AsyncOpenAI,
        endpoint: Endpoint,
        state_dir: Path,
        *,
        first_poll: float = FIRST_POLL,
        max_poll: float = MAX_POLL,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if endpoint.mode != "tools":
            raise ConfigurationError(
                "Settings.batch sends forced tool calls: use it with Endpoint.mode='tools'"
            )
        self.client = client
        self.endpoint = endpoint
        self.state_dir = Path(state_dir)
        self.first_poll = first_poll
        self.max_poll = max_poll
        self.sleep = sleep

    def _state_path(self, keys: Sequence[str]) -> Path:
        digest = hashlib.sha256("\n".join(sorted(keys)).encode()).hexdigest()[:32]
        return self.state_dir / "batches" / f"{digest}.json"

    async def run(self, articles: Sequence[Article], keys: Sequence[str]) -> BatchOutcome:
        """Submit (or find again) the job for `articles`, whose cache keys are `keys`, and
        ground its answers."""
        try:
            return await self._run(articles, keys)
        except openai.APIError as error:
            raise EndpointError(
                redact(
                    f"batch job: {describe_error(error)}; a submitted job's id is kept in "
                    f"{self.state_dir}, so running again resumes it",
                    [self.endpoint.api_key],
                )
            ) from error

    async def _run(self, articles: Sequence[Article], keys: Sequence[str]) -> BatchOutcome:
        by_key = dict(zip(keys, articles, strict=True))
        state = self._state_path(keys)
        job = await self._resumable(state)
        outcome = BatchOutcome(resumed=job is not None)
        if job is None:
            job = await self._submit(articles, keys, state)
            LOG.info("batch job %s submitted for %d articles", job.id, len(articles))
        else:
            LOG.info("batch job %s resumed (submitted by an earlier run)", job.id)
        outcome.job_id = job.id
        job = await self._wait(job.id)
        if job.status not in _DONE or not job.output_file_id:
            outcome.ask_again = list(articles)
            state.unlink(missing_ok=True)
            return outcome
        answered = await self._results(job.output_file_id, len(articles))
        for key, article in by_key.items():
            result = answered.get(key)
            grounded, usage = _grounded(result, article) if result else (None, ExtractionUsage())
            outcome.usage[article.id] = usage
            if grounded is None or worth_reasking(grounded):
                outcome.ask_again.append(article)
            else:
                outcome.drafts[article.id] = grounded
        state.unlink(missing_ok=True)  # done: a later run with the same articles submits anew
        return outcome

    async def _resumable(self, state: Path) -> Any:
        try:
            saved = json.loads(state.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        try:
            job = await self.client.batches.retrieve(str(saved["batch_id"]))
        except (openai.APIError, KeyError):
            return None
        return None if job.status in _FAILED else job

    async def _submit(self, articles: Sequence[Article], keys: Sequence[str], state: Path) -> Any:
        lines = [
            json.dumps(
                {
                    "custom_id": key,
                    "method": "POST",
                    "url": "/v1/chat/completions",
                    "body": request_body(self.endpoint, article),
                }
            )
            for key, article in zip(keys, articles, strict=True)
        ]
        upload = await self.client.files.create(
            file=("brief-batch.jsonl", ("\n".join(lines) + "\n").encode()), purpose="batch"
        )
        job = await self.client.batches.create(
            input_file_id=upload.id, endpoint="/v1/chat/completions", completion_window="24h"
        )
        state.parent.mkdir(parents=True, exist_ok=True)
        record = {"batch_id": job.id, "input_file_id": upload.id, "articles": len(lines)}
        write_atomically(state, json.dumps(record).encode(), prefix=".tmp-")
        return job

    async def _wait(self, job_id: str) -> Any:
        wait = self.first_poll
        failures = 0
        while True:
            try:
                job = await self.client.batches.retrieve(job_id)
            except openai.APIError as error:
                failures += 1
                if classify(error) != "transient" or failures >= POLL_FAILURES:
                    raise
            else:
                failures = 0
                if job.status in _DONE or job.status in _FAILED:
                    return job
                LOG.info("batch job %s: %s", job_id, job.status, extra=_WAITING)
            await self.sleep(wait)
            wait = min(self.max_poll, wait * 1.5)

    async def _results(self, file_id: str, answers: int) -> dict[str, dict[str, Any]]:
        bound = str(BATCH_ANSWER_BYTES * max(1, answers))
        content = await self.client.files.content(file_id, extra_headers={LIMIT_HEADER: bound})
        results: dict[str, dict[str, Any]] = {}
        for line in content.text.splitlines():
            if not line.strip():
                continue
            with_id = json.loads(line)
            results[str(with_id.get("custom_id"))] = with_id
        return results


def _grounded(
    result: dict[str, Any], article: Article
) -> tuple[GroundedDraft | None, ExtractionUsage]:
    """One batch answer grounded in its article, and what it cost."""
    usage = ExtractionUsage()
    response = result.get("response") or {}
    body = response.get("body") or {}
    if response.get("status_code") != 200 or not isinstance(body, dict):
        return None, usage
    usage.llm_calls = 1
    counts = body.get("usage") or {}
    usage.input_tokens = int(counts.get("prompt_tokens") or 0)
    usage.output_tokens = int(counts.get("completion_tokens") or 0)
    try:
        message = body["choices"][0]["message"]
        calls = message.get("tool_calls") or []
        arguments = calls[0]["function"]["arguments"] if calls else message.get("content") or ""
    except (KeyError, IndexError, TypeError):
        return None, usage
    salvaged = salvage_draft(str(arguments))
    if salvaged is None:
        return None, usage
    draft, incomplete = salvaged
    grounded = ground_draft(draft, article)
    return GroundedDraft(
        extraction=grounded.extraction,
        problems=grounded.problems,
        incomplete=incomplete,
        over_limit=grounded.over_limit,
        aligned=grounded.aligned,
    ), usage
