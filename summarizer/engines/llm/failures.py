"""A failed request in one line for the user: what the endpoint said, or what was wrong with the
answer. The key the request carried is redacted by the caller.
"""

from __future__ import annotations

import openai
from instructor.core.exceptions import InstructorRetryException
from pydantic import ValidationError

from .retry import classify


def describe_error(error: BaseException) -> str:
    """One line saying what went wrong with a request, for the user."""
    if isinstance(error, openai.AuthenticationError):
        return "the endpoint rejected the API key (401); set OPENAI_API_KEY or BRIEF_API_KEY"
    if isinstance(error, openai.PermissionDeniedError):
        return "the API key may not use this endpoint or model (403)"
    if isinstance(error, openai.NotFoundError):
        return "not found (404): check Endpoint.base_url and Endpoint.model"
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


def what_was_wrong(error: InstructorRetryException) -> str:
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
