"""The LLM extraction engine: one instructor request per article to any OpenAI-compatible endpoint.

For each article the engine sends the system prompt and the article as delimited data, asks for
an `ArticleDraft`, and grounds the answer while validating it (see `drafts.GroundingCheck`):
ungrounded quotes are sent back to the model to fix, up to `max_reasks` times; what is still
ungrounded after that is dropped and counted. Transient HTTP errors are retried by the single
policy in `retry`; the SDK's own retries are off.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Any

import instructor
import openai
from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException
from instructor.core.hooks import Hooks
from pydantic import ValidationError

from .bounded import answer_too_large
from .drafts import (
    DEFAULT_MAX_REASKS,
    ArticleDraft,
    GroundedDraft,
    GroundingCheck,
    ground_draft,
    grounding,
    salvage_draft,
)
from .endpoint import Endpoint, Mode, create_client, llm_cache_identity, redact
from .errors import ArticleExtractionError, ConfigurationError, EndpointError
from .extract import ExtractionResult
from .models import Article
from .prompting import EXTRACT_SYSTEM, EXTRACT_USER, as_article_data, as_field, render_prompt
from .retry import RetryPolicy, classify, root_cause
from .usage import ExtractionUsage

INSTRUCTOR_MODES: dict[Mode, instructor.Mode] = {
    "tools": instructor.Mode.TOOLS,
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "json": instructor.Mode.JSON,
    "md_json": instructor.Mode.MD_JSON,
}


@lru_cache(maxsize=1)
def _remember_async_validator_checks() -> None:
    """instructor checks the response model for async validators several times per request by
    walking its whole class tree (about 5 ms of CPU per request for ArticleDraft); the answer
    cannot change for a given model class, so each class is walked once. Guarded: if instructor
    moves this function, nothing is patched and its own check runs as before."""
    try:
        from instructor.v2.core import patch
        from instructor.v2.validation import async_validators as module
    except ImportError:
        return
    original = getattr(module, "reject_async_validators", None)
    if not callable(original):
        return
    clean: set[object] = set()

    def reject_async_validators(response_model: Any) -> None:
        try:
            if response_model in clean:
                return
        except TypeError:  # unhashable: check every time
            original(response_model)
            return
        original(response_model)  # raises if the model has async validators
        clean.add(response_model)

    setattr(module, "reject_async_validators", reject_async_validators)  # noqa: B010
    if getattr(patch, "reject_async_validators", None) is original:  # imported by name there
        setattr(patch, "reject_async_validators", reject_async_validators)  # noqa: B010


@lru_cache(maxsize=1)
def draft_model() -> type[ArticleDraft]:
    """`ArticleDraft` wrapped for instructor once: given a plain model, instructor wraps it anew on
    every call and regenerates its JSON Schema each time (about 12 ms of CPU per request)."""
    return instructor.openai_schema(ArticleDraft)


def extraction_messages(article: Article) -> list[dict[str, str]]:
    """The chat messages that ask for one article's draft."""
    user = render_prompt(
        EXTRACT_USER,
        article_id=article.id,
        title=as_field(article.title),
        url=as_field(article.url),
        published=article.published.isoformat() if article.published else "",
        text=as_article_data(article.text),
    )
    return [
        {"role": "system", "content": render_prompt(EXTRACT_SYSTEM)},
        {"role": "user", "content": user},
    ]


class LLMEngine:
    """Extracts articles through an LLM endpoint with instructor."""

    def __init__(
        self,
        endpoint: Endpoint,
        *,
        client: openai.AsyncOpenAI | None = None,
        max_reasks: int = DEFAULT_MAX_REASKS,
        retry: RetryPolicy | None = None,
    ) -> None:
        self.endpoint = endpoint
        self._client = client or create_client(endpoint)
        _remember_async_validator_checks()
        self._instructor = instructor.from_openai(
            self._client, mode=INSTRUCTOR_MODES[endpoint.mode]
        )
        self.max_reasks = max_reasks
        self.retry = retry or RetryPolicy()

    @property
    def name(self) -> str:
        """'llm'."""
        return "llm"

    @property
    def model(self) -> str | None:
        """The model requests name."""
        return self.endpoint.model

    @property
    def mode(self) -> str | None:
        """The instructor mode: tools, json_schema, json or md_json."""
        return self.endpoint.mode

    @property
    def cache_identity(self) -> str:
        """What shapes this engine's answers besides the article: the cache keys on it."""
        return llm_cache_identity(self.endpoint, self.max_reasks)

    async def prepare(self) -> None:
        """Choose the model when none was given and the server serves exactly one."""
        if self.endpoint.model:
            return
        try:
            listing = await self._client.models.list()
        except openai.APIError as error:
            raise ConfigurationError(
                self._redact(
                    f"no model given and {self.endpoint.url} did not list its models "
                    f"({_describe(error)}): pass --model or set BRIEF_MODEL"
                )
            ) from error
        names = sorted(m.id for m in listing.data)
        if len(names) != 1:
            served = ", ".join(names[:10]) or "none"
            raise ConfigurationError(
                f"no model given and {self.endpoint.url} serves {len(names)} ({served}): "
                "pass --model or set BRIEF_MODEL"
            )
        self.endpoint = self.endpoint.with_model(names[0])

    async def extract(self, article: Article) -> ExtractionResult:
        """One article's grounded extraction, retried and re-asked as the policies allow."""
        usage = ExtractionUsage()
        attempts = 0
        try:
            async for attempt in self.retry.retrying():
                with attempt:
                    attempts += 1
                    return await self._extract_once(article, usage)
        except (ArticleExtractionError, EndpointError):
            raise
        except Exception as error:  # every failure becomes a reasoned verdict
            raise self._failure(article, error, usage, attempts) from error
        raise AssertionError("unreachable: tenacity either returns or raises")

    async def _extract_once(self, article: Article, usage: ExtractionUsage) -> ExtractionResult:
        check = GroundingCheck(article=article, max_attempts=self.max_reasks + 1)

        def before_request(*_: Any, **__: Any) -> None:
            check.attempt += 1

        answers: list[str] = []

        def on_response(response: Any) -> None:
            answers.append(_answer_text(response))
            usage.llm_calls += 1
            counts = getattr(response, "usage", None)
            usage.input_tokens += int(getattr(counts, "prompt_tokens", 0) or 0)
            usage.output_tokens += int(getattr(counts, "completion_tokens", 0) or 0)

        hooks = Hooks()
        hooks.on("completion:kwargs", before_request)
        hooks.on("completion:response", on_response)
        try:
            with grounding(check):  # not context=: instructor would template the article
                await self._instructor.create(
                    model=self.endpoint.model,
                    messages=extraction_messages(article),  # type: ignore[arg-type]
                    response_model=draft_model(),
                    max_retries=self.max_reasks,
                    hooks=hooks,
                    temperature=0,
                    max_tokens=self.endpoint.max_output_tokens,
                )
            outcome = check.outcome
        except (InstructorRetryException, IncompleteOutputException) as error:
            if isinstance(root_cause(error), openai.APIError):
                raise
            # No answer passed: keep the best of what the answers grounded, cut-off ones included.
            outcome = _best(check.outcome, [_salvage(a, article) for a in reversed(answers)])
            if outcome is None:
                raise
        finally:
            usage.reasks += max(0, check.attempt - 1)
        if outcome is None:  # pragma: no cover - instructor returned without validating
            raise ArticleExtractionError(article.path, "the model's answer was never validated")
        usage.ungrounded_dropped += outcome.dropped
        if outcome.kept == 0:  # nothing to show is a failed article, not an empty success
            reason = (
                f"none of the {outcome.dropped} items in the model's answer could be grounded"
                if outcome.dropped
                else "the model's answer held no items"
            )
            raise ArticleExtractionError(article.path, reason, usage)
        return ExtractionResult(extraction=outcome.extraction, usage=usage)

    def _failure(
        self, article: Article, error: BaseException, usage: ExtractionUsage, attempts: int
    ) -> ArticleExtractionError | EndpointError:
        if (too_large := answer_too_large(error)) is not None:
            return ArticleExtractionError(article.path, str(too_large), usage)
        cause = root_cause(error)
        verdict = classify(cause)
        if verdict == "fatal":
            return EndpointError(self._redact(f"{self.endpoint.url}: {_describe(cause)}"))
        if isinstance(cause, openai.APIConnectionError) and not isinstance(
            cause, openai.APITimeoutError
        ):
            return EndpointError(
                self._redact(f"cannot reach {self.endpoint.url}: {_describe(cause)}")
            )
        if verdict == "transient":
            reason = f"gave up after {attempts} attempts: {_describe(cause)}"
        elif isinstance(cause, IncompleteOutputException):
            reason = "the model's answer was cut off (output token limit reached)"
        elif isinstance(cause, InstructorRetryException):
            reason = (
                f"no valid answer after {cause.n_attempts} attempts; the last one "
                f"{_what_was_wrong(cause)}"
            )
        else:
            reason = _describe(cause)
        return ArticleExtractionError(article.path, self._redact(reason), usage)

    def _redact(self, text: str) -> str:
        """A server's words with the key it was sent taken out (some servers echo it)."""
        return redact(text, [self.endpoint.api_key])

    async def aclose(self) -> None:
        """Close the HTTP connections."""
        await self._client.close()


def _describe(error: BaseException) -> str:
    if isinstance(error, openai.AuthenticationError):
        return "the endpoint rejected the API key (401); set OPENAI_API_KEY or BRIEF_API_KEY"
    if isinstance(error, openai.PermissionDeniedError):
        return "the API key may not use this endpoint or model (403)"
    if isinstance(error, openai.NotFoundError):
        return "not found (404): check --base-url and --model"
    if isinstance(error, openai.RateLimitError) and classify(error) == "fatal":
        return "the account's quota is exhausted (429 insufficient_quota)"
    if isinstance(error, openai.APIStatusError):
        return f"HTTP {error.status_code}: {_server_message(error)}"
    if isinstance(error, openai.APITimeoutError):
        return "the request timed out"
    if isinstance(error, openai.APIConnectionError):
        inner = error.__cause__
        return f"connection failed ({_first_line(inner)})" if inner else "connection failed"
    return _first_line(error)


def _answer_text(response: Any) -> str:
    """The raw text of a model's answer: the tool call's arguments, or the message content."""
    choices = getattr(response, "choices", None) or []
    message = getattr(choices[0], "message", None) if choices else None
    calls = getattr(message, "tool_calls", None) or []
    if calls:
        return str(getattr(calls[0].function, "arguments", "") or "")
    return str(getattr(message, "content", "") or "")


def _salvage(answer: str, article: Article) -> GroundedDraft | None:
    salvaged = salvage_draft(answer)
    if salvaged is None:
        return None
    draft, incomplete = salvaged
    grounded = ground_draft(draft, article)
    return replace(grounded, incomplete=incomplete)


def _best(
    validated: GroundedDraft | None, salvaged: list[GroundedDraft | None]
) -> GroundedDraft | None:
    """The validated outcome, unless a salvaged cut-off answer grounded more items."""
    best = validated
    for candidate in salvaged:
        if candidate is not None and candidate.kept > (best.kept if best else 0):
            best = candidate
    return best


def _server_message(error: openai.APIStatusError) -> str:
    """The server's own words for an error response, without the SDK's wrapping."""
    body = error.body
    if isinstance(body, dict):
        inner = body.get("error", body)
        message = inner.get("message") if isinstance(inner, dict) else inner
        message = message or body.get("detail")
        if message:
            return _first_line(Exception(str(message)))
    return _first_line(Exception(error.response.reason_phrase or "error"))


def _what_was_wrong(error: InstructorRetryException) -> str:
    """Why the model's last answer was rejected, in a few words."""
    last = error.failed_attempts[-1].exception if error.failed_attempts else None
    if isinstance(last, ValidationError):
        problems = last.errors()
        first = problems[0] if problems else None
        if first is not None and first.get("type") == "json_invalid":
            return "was not valid JSON (cut off or malformed)"
        if first is not None:
            where = ".".join(str(part) for part in first.get("loc", ())) or "answer"
            return f"was invalid at {where}: {first.get('msg', 'invalid')}"
    return f"failed: {_first_line(last) if last else 'no answer'}"


def _first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    line = text[0] if text else type(error).__name__
    return line if len(line) <= 200 else line[:197] + "..."
