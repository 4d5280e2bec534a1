"""Shared test setup: offline by default, cassettes replayed, retries that never sleep.

Cassettes live in the top-level `cassettes/` folder and were recorded from a real
OpenAI-compatible server (see the README). Network access is blocked for every test by
`--block-network` in pyproject; replay needs none. To re-record one test against the local server:

    ../shared/tools/local-llm start
    pytest --record-mode=rewrite tests/test_llm_replay.py::test_name
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import cassette_format
import pytest

from summarizer.engines.llm.endpoint import Endpoint
from summarizer.engines.llm.retry import RetryPolicy

ROOT = Path(__file__).resolve().parent.parent
RECORDING_BASE_URL = os.environ.get("BRIEF_RECORD_BASE_URL", "http://127.0.0.1:8765/v1")
RECORDING_MODEL = os.environ.get("BRIEF_RECORD_MODEL", "smollm2")
_KEEP_RESPONSE_HEADERS = {"content-type", "retry-after", "retry-after-ms"}


def _scrub_request(request: Any) -> Any:
    for name in list(request.headers):
        lowered = name.lower()
        if lowered.startswith("x-stainless") or lowered in ("user-agent", "accept-encoding"):
            del request.headers[name]
    return request


def _scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    response["headers"] = {
        name: value
        for name, value in response.get("headers", {}).items()
        if name.lower() in _KEEP_RESPONSE_HEADERS
    }
    return response


@pytest.fixture(scope="session")
def vcr_config() -> dict[str, Any]:
    """How cassettes are recorded and matched (record_mode comes from the command line)."""
    return {
        "filter_headers": [
            "authorization",
            "api-key",
            "openai-organization",
            "openai-project",
            "cookie",
            "set-cookie",
        ],
        "before_record_request": _scrub_request,
        "before_record_response": _scrub_response,
        "decode_compressed_response": True,
        "match_on": ["method", "scheme", "host", "port", "path", "query", "json_body"],
    }


def pytest_recording_configure(config: pytest.Config, vcr: Any) -> None:
    """Cassettes with JSON bodies as YAML structures (`cassette_format`), matched as JSON."""
    vcr.register_serializer("yaml", cassette_format)
    vcr.register_matcher("json_body", cassette_format.json_body)


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    """Cassettes are kept in the top-level `cassettes/` folder."""
    return str(ROOT / "cassettes")


@pytest.fixture(autouse=True)
def _cassette_fully_played(request: pytest.FixtureRequest) -> Iterator[None]:
    """A replayed cassette with interactions left over means the code asked for less: stale."""
    yield
    if request.node.get_closest_marker("vcr") is None:
        return
    if request.config.getoption("--record-mode") not in (None, "none"):
        return
    cassette = request.getfixturevalue("vcr")
    assert cassette.all_played, f"{len(cassette.data) - cassette.play_count} unplayed interactions"


@pytest.fixture(autouse=True)
def _private_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test reads or writes the user's extraction cache."""
    monkeypatch.setenv("BRIEF_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture
def recorded_sleeps() -> list[float]:
    """Waits the retry policy asked for, recorded instead of slept."""
    return []


@pytest.fixture
def no_wait_retry(recorded_sleeps: list[float]) -> RetryPolicy:
    """The production retry policy, except that it records its waits instead of sleeping."""

    async def sleep(seconds: float) -> None:
        recorded_sleeps.append(seconds)

    return RetryPolicy(sleep=sleep)


@pytest.fixture
def recording_endpoint() -> Endpoint:
    """The endpoint cassettes were recorded from (a tiny local model: often wrong, on purpose)."""
    return Endpoint(
        base_url=RECORDING_BASE_URL,
        api_key="local",
        model=RECORDING_MODEL,
        mode="tools",
        timeout=600,
        max_output_tokens=512,
    )
