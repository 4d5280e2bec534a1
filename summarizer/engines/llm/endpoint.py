"""Where the LLM engine sends requests, and the one place that builds the client.

Any OpenAI-compatible server works: OpenAI itself, Ollama, vLLM, llama.cpp's server, LM Studio.
The environment is read by the caller (the CLI) and passed in, never read here behind its back.

Keys: `--api-key` / `BRIEF_API_KEY` is the key for whatever endpoint is chosen. `OPENAI_API_KEY`
goes to OpenAI, or to `OPENAI_BASE_URL` when that is set beside it (the SDK's convention), but
never to a server named only by `--base-url`: a user's OpenAI key is not sent to a third party
unless given for it. Keyless local servers get a placeholder, since the SDK insists on a key.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal
from urllib.parse import urlparse

if TYPE_CHECKING:
    import httpx2
    import openai

    from .ratelimit import RateLimiter

Mode = Literal["tools", "json_schema", "json", "md_json"]
MODES: tuple[Mode, ...] = ("tools", "json_schema", "json", "md_json")
ModeChoice = Literal["auto", "tools", "json_schema", "json", "md_json"]
MODE_CHOICES: tuple[ModeChoice, ...] = ("auto", *MODES)
OPENAI_DEFAULT_MODEL = "gpt-4o-mini"
OPENAI_URL = "https://api.openai.com/v1"
PLACEHOLDER_KEY = "no-key-required"
DEFAULT_TIMEOUT = 120.0
"""Seconds one request may take, unless the caller says otherwise."""


def is_local(base_url: str | None) -> bool:
    """Whether the endpoint runs on this machine."""
    host = (urlparse(base_url).hostname or "") if base_url else ""
    return host in ("localhost", "::1") or host.startswith("127.")


@dataclass(frozen=True)
class Endpoint:
    """An OpenAI-compatible chat-completions endpoint and how to talk to it."""

    base_url: str | None = None
    """None means OpenAI's own API."""
    api_key: str | None = None
    model: str | None = None
    """None: ask the server, which works when it serves exactly one model."""
    mode: Mode = "tools"
    """How instructor asks for structure: forced tool call, JSON schema, JSON object, or prompt."""
    timeout: float = DEFAULT_TIMEOUT
    """Seconds one request may take."""
    max_output_tokens: int = 2048
    """Tokens an answer may use at most; a short article is allowed fewer (`window`)."""
    context_window: int | None = None
    """Tokens of prompt and answer the model takes; None: from the server's model listing, or
    assumed for a server on this machine, else unchecked."""

    @property
    def url(self) -> str:
        """The base URL requests go to."""
        return self.base_url or OPENAI_URL

    def with_model(self, model: str) -> Endpoint:
        """The same endpoint with `model` chosen."""
        return replace(self, model=model)


OPENAI_HOST = "api.openai.com"


def is_openai(url: str | None) -> bool:
    """Whether `url` is OpenAI's own API (or unset, which means the same): exactly
    https://api.openai.com, not a host that merely ends in 'openai.com'."""
    if url is None:
        return True
    parsed = urlparse(url.strip())
    return parsed.scheme == "https" and (parsed.hostname or "") == OPENAI_HOST


def redact(text: str, secrets: Iterable[str | None]) -> str:
    """`text` with every secret, and anything shaped like a bearer token, replaced: a server's
    error message may echo the key it was sent."""
    for secret in secrets:
        if secret and len(secret) >= _SHORTEST_SECRET:
            text = text.replace(secret, "[redacted]")
    return _TOKEN_SHAPED.sub("[redacted]", text)


_SHORTEST_SECRET = 4
_TOKEN_SHAPED = re.compile(r"(?i)\b(?:bearer\s+\S+|sk-[\w-]{8,})")


def endpoint_from_environment(
    env: Mapping[str, str],
    *,
    base_url: str | None = None,
    api_key: str | None = None,
    model: str | None = None,
    mode: ModeChoice = "auto",
    timeout: float = DEFAULT_TIMEOUT,
    max_output_tokens: int = 2048,
    context_window: int | None = None,
) -> Endpoint | None:
    """The endpoint that options and environment name, or None when nothing names one."""
    env_base_url = env.get("OPENAI_BASE_URL") or None
    url = base_url or env_base_url
    key = api_key or env.get("BRIEF_API_KEY") or None
    openai_key = env.get("OPENAI_API_KEY") or None
    if key is None and openai_key and _may_receive_openai_key(base_url, env_base_url):
        key = openai_key
    if url is None and key is None:
        return None
    chosen_model = model or env.get("BRIEF_MODEL") or env.get("OPENAI_MODEL") or None
    if chosen_model is None and is_openai(url):
        chosen_model = OPENAI_DEFAULT_MODEL
    return Endpoint(
        base_url=url,
        api_key=key,
        model=chosen_model,
        mode=auto_mode(url) if mode == "auto" else mode,
        timeout=timeout,
        max_output_tokens=max_output_tokens,
        context_window=context_window,
    )


def auto_mode(url: str | None) -> Mode:
    """The mode that suits the server, from measurement (README, 'LLM engine on a real model'):
    a server on this machine (llama.cpp, Ollama, LM Studio) decodes a forced tool call or JSON
    under a grammar about three times slower than free text, so it is asked for JSON in a
    Markdown block (`md_json`) and its answer is salvaged item by item; hosted APIs get a
    forced tool call, which they constrain at no cost."""
    return "md_json" if is_local(url) else "tools"


def _may_receive_openai_key(base_url: str | None, env_base_url: str | None) -> bool:
    """OPENAI_API_KEY goes to OpenAI itself, or to the OPENAI_BASE_URL set beside it."""
    if base_url is None:
        return True  # OpenAI, or OPENAI_BASE_URL: the SDK's own convention
    return is_openai(base_url) or (env_base_url is not None and _same_url(base_url, env_base_url))


def _same_url(a: str, b: str) -> bool:
    return a.strip().rstrip("/") == b.strip().rstrip("/")


def create_client(
    endpoint: Endpoint,
    *,
    http_client: httpx2.AsyncClient | None = None,
    limiter: RateLimiter | None = None,
) -> openai.AsyncOpenAI:
    """The async OpenAI client for `endpoint`: SDK retries off, every request paced by
    `limiter`, no answer read beyond `MAX_ANSWER_BYTES`."""
    import httpx2
    import openai

    from .bounded import BoundedTransport

    if http_client is None:
        transport = BoundedTransport(
            httpx2.AsyncHTTPTransport(limits=openai.DEFAULT_CONNECTION_LIMITS)
        )
        http_client = openai.DefaultAsyncHttpxClient(
            transport=transport,
            event_hooks=limiter.hooks() if limiter is not None else None,
            timeout=endpoint.timeout,
        )
    return openai.AsyncOpenAI(
        api_key=endpoint.api_key or PLACEHOLDER_KEY,
        base_url=endpoint.base_url,
        max_retries=0,
        timeout=endpoint.timeout,
        http_client=http_client,
    )


def default_concurrency(endpoint: Endpoint | None) -> int:
    """Requests in flight by default: a hosted API takes many, a server on this machine few."""
    if endpoint is None:
        return 8
    if is_openai(endpoint.base_url):
        return 16
    if is_local(endpoint.base_url):
        return 4
    return 8
