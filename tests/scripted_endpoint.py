"""A scripted OpenAI-compatible endpoint on httpx2.MockTransport, for fault and re-ask tests.

Each request takes the next step of the script: an `httpx2.Response`, an exception to raise (a
timeout, a refused connection) or a dict of tool-call arguments to answer with. Requests are
recorded as parsed JSON bodies so tests can assert what was sent.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import httpx2
import openai

from summarizer.engines.llm.bounded import BoundedTransport
from summarizer.engines.llm.endpoint import Endpoint
from summarizer.engines.llm.engine import LLMEngine
from summarizer.engines.llm.retry import RetryPolicy

Step = httpx2.Response | Exception | dict[str, Any] | str

ENDPOINT = Endpoint(base_url="http://endpoint.test/v1", api_key="test-key", model="test-model")


def tool_answer(
    arguments: dict[str, Any] | str, *, prompt: int = 100, completion: int = 20
) -> httpx2.Response:
    """A chat completion whose forced tool call carries `arguments` (JSON text or a dict)."""
    text = arguments if isinstance(arguments, str) else json.dumps(arguments)
    body = {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": 0,
        "model": "test-model",
        "choices": [
            {
                "index": 0,
                "finish_reason": "tool_calls",
                "message": {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [
                        {
                            "id": "call-1",
                            "type": "function",
                            "function": {"name": "ArticleDraft", "arguments": text},
                        }
                    ],
                },
            }
        ],
        "usage": {
            "prompt_tokens": prompt,
            "completion_tokens": completion,
            "total_tokens": prompt + completion,
        },
    }
    return httpx2.Response(200, json=body)


def error(
    status: int,
    message: str = "error",
    *,
    code: str | None = None,
    headers: dict[str, str] | None = None,
) -> httpx2.Response:
    """An OpenAI-style error response."""
    return httpx2.Response(
        status,
        json={"error": {"message": message, "type": "error", "code": code}},
        headers=headers or {},
    )


class ScriptedEndpoint:
    """Answers requests from a script and records them."""

    def __init__(self, script: Sequence[Step]) -> None:
        self.script = list(script)
        self.requests: list[dict[str, Any]] = []
        self.paths: list[str] = []

    def handle(self, request: httpx2.Request) -> httpx2.Response:
        self.paths.append(request.url.path)
        self.requests.append(json.loads(request.content) if request.content else {})
        if not self.script:
            raise AssertionError("the code sent more requests than the script has steps")
        step = self.script.pop(0)
        if isinstance(step, Exception):
            raise step
        if isinstance(step, (dict, str)):
            return tool_answer(step)
        return step

    def client(self) -> openai.AsyncOpenAI:
        return openai.AsyncOpenAI(
            api_key="test-key",
            base_url=ENDPOINT.base_url,
            max_retries=0,
            http_client=httpx2.AsyncClient(
                transport=BoundedTransport(httpx2.MockTransport(self.handle))
            ),
        )

    def engine(
        self,
        retry: RetryPolicy,
        *,
        max_reasks: int = 2,
        endpoint: Endpoint = ENDPOINT,
        floor: bool = False,
    ) -> LLMEngine:
        """The LLM engine against this script; without the offline floor unless asked, so
        that what a test sees is the model's answer alone."""
        return LLMEngine(
            endpoint, client=self.client(), max_reasks=max_reasks, retry=retry, floor=floor
        )
