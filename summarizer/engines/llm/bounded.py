"""An HTTP transport that stops reading an answer past a size no extraction needs.

A model's answer for one article is a few kilobytes of JSON. A misbehaving or hostile server can
send hundreds of megabytes (seen: 222 MB, 9.5 GB of memory); this transport raises
`AnswerTooLarge` as soon as the bytes read pass the bound, before they are parsed. Compressed
answers are bounded much lower, since they expand when decoded.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx2

MAX_ANSWER_BYTES = 4 * 1024 * 1024
"""Bytes of one answer read at most: a thousand times what an article's extraction takes."""
LIMIT_HEADER = "X-Brief-Answer-Limit"
"""A request header (removed before sending) that raises the bound for one request: a batch
job's results hold one answer per article."""
COMPRESSION_ALLOWANCE = 100
"""An encoded answer is bounded at `MAX_ANSWER_BYTES / COMPRESSION_ALLOWANCE` bytes on the wire."""


class AnswerTooLarge(Exception):
    """The endpoint's answer passed the size bound; it was not read further."""


class BoundedTransport(httpx2.AsyncBaseTransport):
    """Wraps a transport: asks for unencoded answers and reads at most `limit` bytes of each."""

    def __init__(self, inner: httpx2.AsyncBaseTransport, limit: int = MAX_ANSWER_BYTES) -> None:
        self._inner = inner
        self._limit = limit

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        request.headers["Accept-Encoding"] = "identity"
        limit = self._limit
        if (asked := request.headers.pop(LIMIT_HEADER, "")).isdigit():
            limit = max(limit, int(asked))
        response = await self._inner.handle_async_request(request)
        encoded = response.headers.get("content-encoding", "identity").lower() != "identity"
        limit = limit // COMPRESSION_ALLOWANCE if encoded else limit
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            await response.aclose()
            raise AnswerTooLarge(_too_large(limit))
        stream = response.stream
        if not isinstance(stream, httpx2.AsyncByteStream):  # pragma: no cover - sync transport
            return response
        return httpx2.Response(
            status_code=response.status_code,
            headers=response.headers,
            stream=_BoundedStream(stream, limit),
            extensions=response.extensions,
            request=request,
        )

    async def aclose(self) -> None:
        await self._inner.aclose()


class _BoundedStream(httpx2.AsyncByteStream):
    def __init__(self, inner: httpx2.AsyncByteStream, limit: int) -> None:
        self._inner = inner
        self._limit = limit

    async def __aiter__(self) -> AsyncIterator[bytes]:
        read = 0
        async for chunk in self._inner:
            read += len(chunk)
            if read > self._limit:
                await self._inner.aclose()
                raise AnswerTooLarge(_too_large(self._limit))
            yield chunk

    async def aclose(self) -> None:
        await self._inner.aclose()


def _too_large(limit: int) -> str:
    return f"the endpoint's answer was larger than {limit:,} bytes; it was not read further"


def answer_too_large(error: BaseException) -> AnswerTooLarge | None:
    """The `AnswerTooLarge` under an error's wrapping (the SDK reports it as a connection
    error), if that is what it was."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        if isinstance(current, AnswerTooLarge):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None
