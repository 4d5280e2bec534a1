"""The cassette format: JSON bodies kept as YAML structures survive the round trip, and the
body matcher compares JSON documents (so a changed prompt misses the recording)."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest
import yaml
from cassette_format import deserialize, json_body, serialize

REQUEST = {"model": "qwen", "messages": [{"role": "user", "content": "line one\nline two"}]}


def _cassette(request_body: str, answer: str) -> dict[str, object]:
    return {
        "version": 1,
        "interactions": [
            {
                "request": {"body": request_body, "method": "POST", "uri": "http://x/v1"},
                "response": {"status": {"code": 200}, "headers": {}, "body": {"string": answer}},
            }
        ],
    }


def test_json_bodies_are_stored_parsed_and_replayed_as_the_same_documents() -> None:
    answer = json.dumps({"choices": [{"message": {"content": "ok"}}]})
    text = serialize(_cassette(json.dumps(REQUEST), answer))
    stored = yaml.safe_load(text)["interactions"][0]
    assert stored["request"]["body"] == {"json": REQUEST}
    assert "content: |" in text  # the prompt reads as a block, line by line
    replayed = deserialize(text)["interactions"][0]
    assert json.loads(replayed["request"]["body"]) == REQUEST
    assert json.loads(replayed["response"]["body"]["string"]) == json.loads(answer)


def test_a_body_that_is_not_json_is_kept_as_it_is() -> None:
    text = serialize(_cassette("plain text", "{not json"))
    replayed = deserialize(text)["interactions"][0]
    assert replayed["request"]["body"] == "plain text"
    assert replayed["response"]["body"]["string"] == "{not json"


def test_bodies_match_as_json_whatever_their_spacing() -> None:
    recorded = SimpleNamespace(body=json.dumps(REQUEST, separators=(",", ":")))
    json_body(recorded, SimpleNamespace(body=json.dumps(REQUEST, indent=2).encode()))
    changed = {**REQUEST, "messages": [{"role": "user", "content": "another prompt"}]}
    with pytest.raises(AssertionError):
        json_body(recorded, SimpleNamespace(body=json.dumps(changed)))
