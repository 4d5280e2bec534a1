"""The shared rate limiter on a fake clock: spacing, token budget, waits the server asks for."""

from __future__ import annotations

import asyncio

import httpx2
import pytest

from summarizer.engines.llm.ratelimit import RateLimiter, estimate_tokens, parse_duration


class FakeClock:
    """Virtual time: concurrent sleepers wake in order of their wake-up times, and time jumps to
    the earliest one once every task is asleep (nothing in the limiter awaits between sleeps)."""

    def __init__(self) -> None:
        self.now = 100.0
        self.starts: list[float] = []
        self._wakeups: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        wake = self.now + max(0.0, seconds)
        if wake <= self.now:
            await asyncio.sleep(0)
            return
        self._wakeups.append(wake)
        while self.now < wake:
            await asyncio.sleep(0)
            if min(self._wakeups) == wake:
                self.now = wake
        self._wakeups.remove(wake)


def limiter(clock: FakeClock, **caps: float) -> RateLimiter:
    return RateLimiter(clock=clock, sleep=clock.sleep, **caps)  # type: ignore[arg-type]


async def _start(limit: RateLimiter, clock: FakeClock, tokens: int = 0) -> None:
    await limit.before_request(tokens)
    clock.starts.append(clock.now)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("1s", 1.0), ("6m0s", 360.0), ("20ms", 0.02), ("0.5s", 0.5), ("1h2m", 3720.0), ("2", 2.0),
     ("", None), (None, None), ("soon", None)],
)  # fmt: skip
def test_parse_duration(text: str | None, seconds: float | None) -> None:
    assert parse_duration(text) == seconds


async def test_requests_per_minute_are_spaced_evenly() -> None:
    """Five requests at once: each is given its own start slot, 60/rpm seconds apart."""
    delays: list[float] = []

    async def record(seconds: float) -> None:  # time stands still: the slots are the schedule
        delays.append(seconds)

    limit = RateLimiter(rpm=120, clock=lambda: 100.0, sleep=record)
    await asyncio.gather(*(limit.before_request() for _ in range(5)))
    assert sorted(round(d, 3) for d in delays) == [0.5, 1.0, 1.5, 2.0]  # the first goes at once


async def test_tokens_per_minute_wait_for_the_bucket_to_refill() -> None:
    clock = FakeClock()
    limit = limiter(clock, tpm=600)
    await _start(limit, clock, tokens=600)
    await _start(limit, clock, tokens=300)
    assert [round(t - 100.0, 3) for t in clock.starts] == [0.0, 30.0]


async def test_a_429_makes_everyone_wait_as_long_as_it_says() -> None:
    clock = FakeClock()
    limit = limiter(clock)
    limit.after_response(429, {"retry-after-ms": "1500", "retry-after": "2"})
    await asyncio.gather(*(_start(limit, clock) for _ in range(3)))
    assert all(round(t - 100.0, 3) == 1.5 for t in clock.starts)
    assert limit.pauses == 1


async def test_an_exhausted_header_budget_waits_for_its_reset() -> None:
    clock = FakeClock()
    limit = limiter(clock)
    limit.after_response(
        200, {"x-ratelimit-remaining-requests": "0", "x-ratelimit-reset-requests": "2s"}
    )
    await _start(limit, clock)
    limit.after_response(
        200, {"x-ratelimit-remaining-tokens": "0", "x-ratelimit-reset-tokens": "6m0s"}
    )
    await _start(limit, clock)
    assert [round(t - 100.0, 3) for t in clock.starts] == [2.0, 362.0]


async def test_no_caps_no_waits() -> None:
    clock = FakeClock()
    limit = limiter(clock)
    await asyncio.gather(*(_start(limit, clock) for _ in range(10)))
    assert set(clock.starts) == {100.0}
    limit.after_response(200, {"x-ratelimit-remaining-requests": "41"})
    assert limit.pauses == 0


async def test_the_endpoints_announced_limit_paces_the_run() -> None:
    """No cap given: after one answer announcing 120 requests a minute, starts are 0.5 s apart,
    so a burst of waiting requests does not meet the limit as a wall of 429s."""
    clock = FakeClock()
    limit = limiter(clock)
    limit.after_response(200, {"x-ratelimit-limit-requests": "120"})
    await asyncio.gather(*(_start(limit, clock) for _ in range(4)))
    assert [round(t - 100.0, 3) for t in clock.starts] == [0.0, 0.5, 1.0, 1.5]
    assert limit.rpm == 120


async def test_a_users_lower_cap_wins_over_the_announced_limit() -> None:
    clock = FakeClock()
    limit = limiter(clock, rpm=60, tpm=1000)
    limit.after_response(
        200, {"x-ratelimit-limit-requests": "5000", "x-ratelimit-limit-tokens": "800"}
    )
    assert (limit.rpm, limit.tpm) == (60, 800)


async def test_an_announced_token_limit_starts_from_what_is_left() -> None:
    clock = FakeClock()
    limit = limiter(clock)
    limit.after_response(
        200, {"x-ratelimit-limit-tokens": "600", "x-ratelimit-remaining-tokens": "300"}
    )
    await _start(limit, clock, tokens=600)  # 300 left: waits 30 s for the other 300
    assert [round(t - 100.0, 3) for t in clock.starts] == [30.0]


async def test_a_429_after_the_limit_is_known_releases_waiters_one_slot_apart() -> None:
    clock = FakeClock()
    limit = limiter(clock)
    limit.after_response(429, {"retry-after-ms": "1000", "x-ratelimit-limit-requests": "60"})
    await asyncio.gather(*(_start(limit, clock) for _ in range(3)))
    assert [round(t - 100.0, 3) for t in clock.starts] == [1.0, 2.0, 3.0]


@pytest.mark.parametrize("value", ["0", "-5", "lots", ""])
async def test_nonsense_limit_headers_are_ignored(value: str) -> None:
    limit = RateLimiter()
    limit.after_response(
        200, {"x-ratelimit-limit-requests": value, "x-ratelimit-limit-tokens": value}
    )
    assert (limit.rpm, limit.tpm) == (None, None)


def test_token_estimate_counts_the_request_and_its_output_cap() -> None:
    request = httpx2.Request(
        "POST", "http://x/v1/chat/completions", json={"max_tokens": 500, "m": "x" * 396}
    )
    assert estimate_tokens(request) == len(request.content) // 4 + 500


def test_caps_must_be_positive() -> None:
    with pytest.raises(ValueError, match="positive"):
        RateLimiter(rpm=0)
