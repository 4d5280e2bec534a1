"""Pace requests to an LLM endpoint: under the user's caps, and never into a refusal it announced.

One `RateLimiter` is shared by every request of a run. It sits in the HTTP client's request and
response hooks, so concurrent articles wait together instead of each finding a limit by being
refused:

- `rpm`: request starts are spaced 60/rpm seconds apart, so no minute holds more than rpm.
- `tpm`: a token bucket refilled at tpm per minute; a request takes its estimated tokens (request
  size / 4 plus its output cap) before it starts.
- `x-ratelimit-limit-requests` / `-tokens`: the limits the endpoint announces are adopted as caps
  (the lower one wins when the user set one too), so a run paces itself at the server's rate
  after its first answer instead of learning it from a stream of 429s.
- `x-ratelimit-remaining-requests` / `-tokens` at 0: everyone waits for `x-ratelimit-reset-*`.
- a 429 with `retry-after-ms` / `retry-after`: everyone waits that long, not only the refused one.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import logging
import re
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx2

_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)(ms|h|m|s)")
_UNITS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0}
CHARS_PER_TOKEN = 4
NOTICED_WAIT = 0.5
"""Waits at least this long are logged (and shown on the progress bar)."""
WAITING = {"state": "waiting for the rate limit"}
LOG = logging.getLogger(__name__)


def parse_duration(value: str | None) -> float | None:
    """Seconds in an OpenAI-style reset header: '1s', '6m0s', '20ms', '0.5s' (bare numbers: s)."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    parts = _DURATION_PART.findall(value)
    if not parts:
        return None
    return sum(float(number) * _UNITS[unit] for number, unit in parts)


class RateLimiter:
    """Decides when each request may start."""

    def __init__(
        self,
        *,
        rpm: float | None = None,
        tpm: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if (rpm is not None and rpm <= 0) or (tpm is not None and tpm <= 0):
            raise ValueError("rpm and tpm must be positive")
        self.rpm = rpm
        """Requests per minute: the lower of the user's cap and the endpoint's announced limit."""
        self.tpm = tpm
        """Tokens per minute, likewise."""
        self._user_rpm = rpm
        self._user_tpm = tpm
        self._clock = clock
        self._sleep = sleep
        self._lock = asyncio.Lock()
        self._next_start = 0.0
        self._paused_until = 0.0
        self._tokens = float(tpm) if tpm else 0.0
        self._tokens_at = clock()
        self.waited = 0.0
        """Seconds requests spent waiting here, summed over requests."""
        self.pauses = 0
        """Times the endpoint told everyone to wait (429 or an exhausted header budget)."""

    async def before_request(self, estimated_tokens: int = 0) -> None:
        """Wait until this request may start."""
        started = self._clock()
        while True:
            async with self._lock:
                now = self._clock()
                if self._paused_until > now:
                    delay, reserved = self._paused_until - now, False
                else:
                    delay, reserved = self._reserve(now, estimated_tokens)
            if delay > 0:
                if delay >= NOTICED_WAIT:
                    LOG.info("waiting %.1f s for the rate limit", delay, extra=WAITING)
                await self._sleep(delay)
            if reserved:
                pause = self._paused_until - self._clock()
                if pause > 0:  # told to wait while this request waited for its slot
                    await self._sleep(pause)
                break
        self.waited += self._clock() - started

    def _reserve(self, now: float, estimated_tokens: int) -> tuple[float, bool]:
        """Take tokens and a start slot: (seconds until the slot, True); or, when the tokens are
        not there yet, (seconds until they are, False) with nothing taken."""
        if self.tpm:
            self._refill(now)
            need = min(float(estimated_tokens), float(self.tpm))
            if self._tokens < need:
                return (need - self._tokens) / (self.tpm / 60.0), False
            self._tokens -= need
        if self.rpm:
            start = max(now, self._next_start)
            self._next_start = start + 60.0 / self.rpm
            return start - now, True
        return 0.0, True

    def _refill(self, now: float) -> None:
        assert self.tpm is not None
        self._tokens = min(
            float(self.tpm), self._tokens + (now - self._tokens_at) * self.tpm / 60.0
        )
        self._tokens_at = now

    def after_response(self, status: int, headers: Mapping[str, str]) -> None:
        """Learn from what the endpoint said about its limits."""
        now = self._clock()
        self._adopt_announced_limits(headers, now)
        wait = 0.0
        if status == 429:
            wait = retry_after(headers) or 1.0
        for kind in ("requests", "tokens"):
            if headers.get(f"x-ratelimit-remaining-{kind}", "").strip() == "0":
                wait = max(wait, parse_duration(headers.get(f"x-ratelimit-reset-{kind}")) or 0.0)
        if wait > 0 and now + wait > self._paused_until:
            self._paused_until = now + wait
            self.pauses += 1

    def _adopt_announced_limits(self, headers: Mapping[str, str], now: float) -> None:
        announced_rpm = _positive_number(headers.get("x-ratelimit-limit-requests"))
        if announced_rpm is not None:
            self.rpm = min(announced_rpm, self._user_rpm or announced_rpm)
        announced_tpm = _positive_number(headers.get("x-ratelimit-limit-tokens"))
        if announced_tpm is not None:
            tpm = min(announced_tpm, self._user_tpm or announced_tpm)
            if self.tpm is None:  # start from what the endpoint says is left
                remaining = _positive_number(headers.get("x-ratelimit-remaining-tokens"))
                self._tokens = min(tpm, remaining if remaining is not None else tpm)
                self._tokens_at = now
            self.tpm = tpm

    def hooks(self) -> dict[str, list[Callable[..., Awaitable[None]]]]:
        """httpx2 event hooks that put this limiter in front of every request."""

        async def on_request(request: httpx2.Request) -> None:
            await self.before_request(estimate_tokens(request) if self.tpm else 0)

        async def on_response(response: httpx2.Response) -> None:
            self.after_response(response.status_code, response.headers)

        return {"request": [on_request], "response": [on_response]}


def estimate_tokens(request: httpx2.Request) -> int:
    """Tokens a request may use: its size in characters / 4, plus the output tokens it allows."""
    body = request.content or b""
    estimate = len(body) // CHARS_PER_TOKEN
    try:
        payload = json.loads(body) if body else {}
    except ValueError:
        return estimate
    if isinstance(payload, dict):
        cap = payload.get("max_tokens") or payload.get("max_completion_tokens") or 0
        estimate += int(cap) if isinstance(cap, int) else 0
    return estimate


def _positive_number(value: str | None) -> float | None:
    try:
        number = float(value) if value else 0.0
    except ValueError:
        return None
    return number if number > 0 else None


def retry_after(headers: Mapping[str, str], *, now: float | None = None) -> float | None:
    """The wait a server asked for, in seconds: `retry-after-ms`, else `retry-after` as seconds,
    a duration ('1s') or an HTTP date (measured from `now`, default the wall clock)."""
    millis = headers.get("retry-after-ms")
    if millis:
        try:
            return max(0.0, float(millis) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    seconds = parse_duration(value)
    if seconds is not None:
        return seconds
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, moment.timestamp() - (time.time() if now is None else now))
