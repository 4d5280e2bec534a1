"""Cassettes a reviewer can read: JSON request and response bodies stored as YAML structures,
multi-line strings (prompts, articles) as YAML blocks.

vcrpy stores a body as one JSON string, so a prompt change is a one-line diff nobody can review.
Here a body that is JSON is kept as `{json: <the parsed document>}` (as pydantic-ai's cassettes
do) and turned back into compact JSON on replay; requests are matched on their parsed JSON
(`json_body`), so neither key order nor spacing matters.
"""

from __future__ import annotations

import json
from typing import Any

import yaml


class _Dumper(yaml.SafeDumper):
    """Multi-line strings as literal blocks."""


def _string(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    style = "|" if "\n" in text and not any(c in text for c in "\r\t") else None
    if style and text != text.rstrip(" "):  # trailing spaces on a line cannot be a block
        style = None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_Dumper.add_representer(str, _string)


def _parsed(body: Any) -> Any:
    if isinstance(body, bytes):
        try:
            body = body.decode("utf-8")
        except UnicodeDecodeError:
            return body
    if isinstance(body, str) and body[:1] in "{[":
        try:
            return {"json": json.loads(body)}
        except ValueError:
            return body
    return body


def _encoded(body: Any) -> Any:
    if isinstance(body, dict) and set(body) == {"json"}:
        return json.dumps(body["json"], separators=(",", ":"), ensure_ascii=False)
    return body


def serialize(cassette: dict[str, Any]) -> str:
    """A cassette's interactions as YAML with parsed JSON bodies."""
    interactions = []
    for interaction in cassette["interactions"]:
        request = dict(interaction["request"])
        request["body"] = _parsed(request.get("body"))
        response = dict(interaction["response"])
        body = dict(response.get("body") or {})
        body["string"] = _parsed(body.get("string"))
        response["body"] = body
        interactions.append({"request": request, "response": response})
    document = {"interactions": interactions, "version": cassette.get("version", 1)}
    return yaml.dump(document, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


def deserialize(text: str) -> dict[str, Any]:
    """The cassette with bodies as the strings vcrpy replays."""
    document = yaml.safe_load(text) or {}
    for interaction in document.get("interactions", []):
        request = interaction["request"]
        request["body"] = _encoded(request.get("body"))
        body = interaction["response"].get("body") or {}
        if "string" in body:
            body["string"] = _encoded(body["string"])
    return dict(document)


def json_body(recorded: Any, sent: Any) -> None:
    """vcrpy matcher: the bodies are the same JSON document (else the same bytes)."""
    first, second = _body_text(recorded.body), _body_text(sent.body)
    try:
        same = json.loads(first) == json.loads(second)
    except ValueError:
        same = first == second
    if not same:
        raise AssertionError("request bodies differ")


def _body_text(body: Any) -> str:
    if body is None:
        return ""
    return body.decode("utf-8", "replace") if isinstance(body, bytes) else str(body)
