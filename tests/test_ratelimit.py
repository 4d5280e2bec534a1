"""The shared rate limiter on a fake clock: spacing, token budget, waits the server asks for."""

from __future__ import annotations

import asyncio

import httpx2
import pytest

from summarizer.ratelimit import RateLimiter, estimate_tokens, parse_duration


class FakeClock:
    """A clock that only moves when someone sleeps."""

    def __init__(self) -> None:
        self.now = 100.0
        self.starts: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += max(0.0, seconds)
        await asyncio.sleep(0)


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


def test_token_estimate_counts_the_request_and_its_output_cap() -> None:
    request = httpx2.Request(
        "POST", "http://x/v1/chat/completions", json={"max_tokens": 500, "m": "x" * 396}
    )
    assert estimate_tokens(request) == len(request.content) // 4 + 500


def test_caps_must_be_positive() -> None:
    with pytest.raises(ValueError, match="positive"):
        RateLimiter(rpm=0)
