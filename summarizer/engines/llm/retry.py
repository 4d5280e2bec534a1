"""The one retry policy for requests to an LLM endpoint.

The openai client's own retries are off (`max_retries=0`) and instructor only re-asks on invalid
answers, so this tenacity policy alone decides what is tried again:

- transient: 429 rate limits (not `insufficient_quota`), 408, 409, 5xx, timeouts and dropped
  connections. The wait honours `retry-after-ms` / `retry-after` (seconds or an HTTP date) when
  the server sends one, and is randomised exponential backoff otherwise.
- fatal for the run: 401, 403, 404, an exhausted quota, an endpoint that stays unreachable.
- fatal for one article: any other 4xx (a 400 for an oversized article, say).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Literal

import openai
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception,
    wait_random_exponential,
)
from tenacity.stop import stop_base
from tenacity.wait import wait_base

from .bounded import answer_too_large
from .ratelimit import retry_after

LOG = logging.getLogger(__name__)

Verdict = Literal["transient", "fatal", "article"]
_TRANSIENT_STATUS = frozenset({408, 409})
_FATAL_STATUS = frozenset({401, 403, 404})


def root_cause(error: BaseException) -> BaseException:
    """The openai error under instructor's `InstructorRetryException` wrapping, if any."""
    seen: set[int] = set()
    current = error
    while id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, openai.APIError):
            return current
        nxt = current.__cause__ or current.__context__
        if nxt is None:
            break
        current = nxt
    return error


def classify(error: BaseException) -> Verdict:
    """Whether `error` is worth retrying, stops the whole run, or fails only this article."""
    if answer_too_large(error) is not None:
        return "article"  # asking again would read another oversized answer
    error = root_cause(error)
    if isinstance(error, openai.RateLimitError):
        return "fatal" if _error_code(error) == "insufficient_quota" else "transient"
    if isinstance(error, (openai.APITimeoutError, openai.APIConnectionError)):
        return "transient"
    if isinstance(error, openai.APIStatusError):
        if error.status_code >= 500 or error.status_code in _TRANSIENT_STATUS:
            return "transient"
        if error.status_code in _FATAL_STATUS:
            return "fatal"
    return "article"


def _error_code(error: openai.APIStatusError) -> str | None:
    body = error.body
    if isinstance(body, dict):
        code = body.get("code") or (body.get("error") or {}).get("code")
        return str(code) if code else None
    return None


def retry_after_seconds(error: BaseException, *, now: float | None = None) -> float | None:
    """The wait a server asked for in `retry-after-ms` or `retry-after`, in seconds."""
    error = root_cause(error)
    if not isinstance(error, openai.APIStatusError):
        return None
    return retry_after(error.response.headers, now=now)


class _WaitRetryAfterOrBackoff(wait_base):
    def __init__(self, backoff: wait_base, cap: float) -> None:
        self.backoff = backoff
        self.cap = cap

    def __call__(self, retry_state: RetryCallState) -> float:
        outcome = retry_state.outcome
        error = outcome.exception() if outcome else None
        hinted = retry_after_seconds(error) if error else None
        return min(hinted, self.cap) if hinted is not None else float(self.backoff(retry_state))


class _StopAfter(stop_base):
    """Stop after `attempts` failures, or `rate_limited` 429s: pacing is not a fault."""

    def __init__(self, attempts: int, rate_limited: int) -> None:
        self.attempts = attempts
        self.rate_limited = rate_limited
        self._faults = 0
        self._refusals = 0

    def __call__(self, retry_state: RetryCallState) -> bool:
        outcome = retry_state.outcome
        error = outcome.exception() if outcome else None
        if isinstance(root_cause(error), openai.RateLimitError) if error else False:
            self._refusals += 1
        else:
            self._faults += 1
        return self._faults >= self.attempts or self._refusals >= self.rate_limited


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently transient errors are retried."""

    attempts: int = 8
    """Requests per article that may fail on a fault (5xx, timeout, dropped connection)."""
    rate_limited_attempts: int = 30
    """Requests per article that may be refused with 429 before giving up."""
    initial_wait: float = 1.0
    max_wait: float = 60.0
    """Cap on any one wait, including a server's Retry-After."""
    sleep: Callable[[float], Awaitable[None]] | None = None
    """Replaces `asyncio.sleep`; tests pass one that records instead of waiting."""

    def retrying(self, label: str = "a request") -> AsyncRetrying:
        """A fresh tenacity controller for one article (`label` names it in the log)."""
        options: dict[str, object] = {"before_sleep": _log_retry(label)}
        if self.sleep is not None:
            options["sleep"] = self.sleep
        return AsyncRetrying(
            stop=_StopAfter(self.attempts, self.rate_limited_attempts),
            wait=_WaitRetryAfterOrBackoff(
                wait_random_exponential(multiplier=self.initial_wait, max=self.max_wait),
                self.max_wait,
            ),
            retry=retry_if_exception(lambda e: classify(e) == "transient"),
            reraise=True,
            **options,  # type: ignore[arg-type]
        )


def _log_retry(label: str) -> Callable[[RetryCallState], None]:
    def log(state: RetryCallState) -> None:
        error = state.outcome.exception() if state.outcome else None
        wait = state.next_action.sleep if state.next_action else 0.0
        cause = root_cause(error) if error else None
        LOG.info(
            "%s: %s; retrying in %.1f s (attempt %d)",
            label, type(cause).__name__ if cause else "failed", wait, state.attempt_number + 1,
        )  # fmt: skip

    return log
