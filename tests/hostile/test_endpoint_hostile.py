"""Hostile and broken servers: the key goes only where it belongs and never comes back out, and
no answer is read, kept or shown beyond what an article's extraction needs."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import threading
from collections.abc import AsyncIterator, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import httpx2
import pytest
from scripted_endpoint import ENDPOINT, ScriptedEndpoint, error

from summarizer import cli
from summarizer.engines.llm.bounded import MAX_ANSWER_BYTES
from summarizer.engines.llm.drafts import MAX_ITEMS, MAX_TEXT_CHARS
from summarizer.engines.llm.endpoint import endpoint_from_environment, redact
from summarizer.engines.llm.retry import RetryPolicy
from summarizer.errors import ArticleExtractionError
from summarizer.models import Article

KEY = "sk-user-secret-0123456789abcdef"
ARTICLE = Article(
    id=1,
    path="news/port.txt",
    published=dt.date(2031, 3, 9),
    text="Port workers went on strike on Monday, the union said. Talks are due on Friday.",
)
UNION = {"name": "the union", "kind": "organization", "quote": "the union"}
STRIKE = {"summary": "Workers struck", "when": "on Monday", "quote": "Port workers went on strike"}


@pytest.mark.parametrize(
    ("base_url", "gets_key"),
    [
        ("https://evilopenai.com/v1", False),
        ("https://api.openai.com.evil.net/v1", False),
        ("http://api.openai.com/v1", False),  # not over TLS
        ("https://api.openai.com@evil.net/v1", False),
        ("https://api.openai.com/v1", True),
    ],
)
def test_the_openai_key_goes_only_to_openai_itself(base_url: str, gets_key: bool) -> None:
    endpoint = endpoint_from_environment({"OPENAI_API_KEY": KEY}, base_url=base_url)
    assert endpoint is not None
    assert (endpoint.api_key == KEY) is gets_key


def test_the_openai_key_goes_to_the_base_url_set_beside_it() -> None:
    env = {"OPENAI_API_KEY": KEY, "OPENAI_BASE_URL": "https://proxy.example/v1"}
    assert endpoint_from_environment(env).api_key == KEY  # type: ignore[union-attr]
    same = endpoint_from_environment(env, base_url="https://proxy.example/v1/")
    assert same is not None
    assert same.api_key == KEY
    other = endpoint_from_environment(env, base_url="https://other.example/v1")
    assert other is not None
    assert other.api_key is None


class _Recorder(BaseHTTPRequestHandler):
    """Refuses every request with 400, echoing the Authorization header it got, and keeps it."""

    seen: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self._refuse()

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self._refuse()

    def _refuse(self) -> None:
        authorization = self.headers.get("Authorization") or ""
        _Recorder.seen.append(authorization)
        body = json.dumps({"error": {"message": f"bad credentials: {authorization}"}}).encode()
        self.send_response(400)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_: Any) -> None:
        pass


@pytest.fixture
def recorder() -> Iterator[str]:
    _Recorder.seen = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_cli_sends_no_openai_key_to_another_base_url(
    recorder: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE.text, encoding="utf-8")
    argv = [str(tmp_path), "--base-url", recorder, "--model", "m", "--no-cache"]
    cli.main(argv, env={"OPENAI_API_KEY": KEY})
    assert _Recorder.seen
    assert not any(KEY in header for header in _Recorder.seen)
    assert KEY not in capsys.readouterr().err


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_a_key_the_server_echoes_back_is_redacted(
    recorder: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE.text, encoding="utf-8")
    argv = [str(tmp_path / "in"), "--base-url", recorder, "--model", "m", "--no-cache", "-o"]
    argv.append(str(tmp_path / "out.md"))
    code = cli.main(argv, env={"BRIEF_API_KEY": KEY})
    assert any(KEY in header for header in _Recorder.seen)  # given for this server: sent
    err = capsys.readouterr().err
    assert code == 0  # the offline extraction stands in for the refused article
    assert "bad credentials" in err
    assert KEY not in err


def test_redact_takes_out_the_key_and_bearer_tokens() -> None:
    text = f"denied for {KEY}; header was Bearer abc.def-ghi"
    assert redact(text, [KEY]) == "denied for [redacted]; header was [redacted]"


async def test_an_oversized_answer_is_not_read_and_fails_only_its_article(
    no_wait_retry: RetryPolicy,
) -> None:
    sent = 0

    async def endless() -> AsyncIterator[bytes]:
        nonlocal sent
        chunk = b"x" * 65536
        while sent < 50 * MAX_ANSWER_BYTES:  # 200 MB if it were all read
            sent += len(chunk)
            yield chunk
            await asyncio.sleep(0)

    huge = httpx2.Response(200, headers={"Content-Type": "application/json"}, content=endless())
    endpoint = ScriptedEndpoint([huge])
    with pytest.raises(ArticleExtractionError, match="larger than"):
        await endpoint.engine(no_wait_retry).extract(ARTICLE)
    assert len(endpoint.requests) == 1  # not asked again
    assert sent <= MAX_ANSWER_BYTES + 65536


async def test_a_declared_oversized_answer_is_refused_before_reading(
    no_wait_retry: RetryPolicy,
) -> None:
    declared = httpx2.Response(
        200, headers={"Content-Length": str(MAX_ANSWER_BYTES + 1)}, content=b"{}"
    )
    with pytest.raises(ArticleExtractionError, match="larger than"):
        await ScriptedEndpoint([declared]).engine(no_wait_retry).extract(ARTICLE)


async def test_items_beyond_the_limit_are_dropped_and_counted(no_wait_retry: RetryPolicy) -> None:
    many = {"actors": [UNION] * (MAX_ITEMS + 50), "events": [STRIKE]}
    endpoint = ScriptedEndpoint([many])
    result = await endpoint.engine(no_wait_retry, max_reasks=0).extract(ARTICLE)
    assert len(result.extraction.actors) == MAX_ITEMS
    assert result.usage.ungrounded_dropped == 50


async def test_a_field_too_long_is_asked_about_then_dropped(no_wait_retry: RetryPolicy) -> None:
    long_summary = dict(STRIKE, summary="word " * MAX_TEXT_CHARS)
    answer = {"actors": [UNION], "events": [long_summary]}
    endpoint = ScriptedEndpoint([answer, answer])
    result = await endpoint.engine(no_wait_retry, max_reasks=1).extract(ARTICLE)
    reask = endpoint.requests[1]["messages"][-1]["content"]
    assert "events[0].summary" in reask
    assert "longer than" in reask
    assert result.extraction.events == []
    assert result.usage.ungrounded_dropped == 1


@pytest.mark.parametrize(
    "answer",
    [
        {
            "actors": [{"name": "Olaf Berg", "kind": "person"}],
            "events": [dict(STRIKE, quote="x y z")],
        },
        {"actors": [], "events": []},
    ],
)
async def test_an_answer_that_grounds_nothing_is_a_failed_article(
    answer: dict[str, Any], no_wait_retry: RetryPolicy
) -> None:
    endpoint = ScriptedEndpoint([answer])
    with pytest.raises(ArticleExtractionError, match=r"grounded|no items"):
        await endpoint.engine(no_wait_retry, max_reasks=0).extract(ARTICLE)


async def test_a_server_error_echoing_the_key_is_redacted(no_wait_retry: RetryPolicy) -> None:
    keyed = ENDPOINT.__class__(**{**ENDPOINT.__dict__, "api_key": KEY})
    endpoint = ScriptedEndpoint([error(400, f"invalid request from key {KEY}")])
    with pytest.raises(ArticleExtractionError) as failure:
        await endpoint.engine(no_wait_retry, endpoint=keyed).extract(ARTICLE)
    assert KEY not in str(failure.value)
    assert "[redacted]" in str(failure.value)


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_a_local_server_that_is_not_running_is_said_at_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import socket

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE.text, encoding="utf-8")
    argv = [str(tmp_path / "in"), "--base-url", f"http://127.0.0.1:{port}/v1", "--no-cache"]
    assert cli.main(argv, env={}) == 1
    last = capsys.readouterr().err.strip().splitlines()[-1]
    assert (
        last
        == f"brief: error: nothing answers at http://127.0.0.1:{port}/v1: is the server running?"
    )
