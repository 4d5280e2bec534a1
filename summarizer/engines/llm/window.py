"""What fits in a model's context window: token estimates, answer budgets, article parts.

A request must fit the model's window whole: the prompt (instructions, schema, article) and the
answer it may write. Small local servers have 2,048 to 8,192 tokens; an answer allowed 4,096 tokens
beside a long article does not fit, and a re-ask that resends an answer never does. Tokens are
estimated from characters (English news runs about four characters a token; three is assumed,
to err on the safe side), and an article too long for the window is cut into overlapping parts
at paragraph ends, each extracted alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

CHARS_PER_TOKEN = 3.0
"""Characters per token assumed: fewer than English's ~4, so estimates run high, not low."""
ANSWER_BASE_TOKENS = 384
"""Tokens an answer may use besides one per token of article: lists, names, JSON."""
WINDOW_MARGIN_TOKENS = 64
"""Room left unused in the window, for the estimate's error and the chat template."""
LOCAL_CONTEXT_WINDOW = 8192
"""The window assumed for a server on this machine that does not say its own (llama.cpp's
usual setting); a hosted API's windows are far larger and are not checked."""
_PARAGRAPH = re.compile(r"\n\s*\n")


def estimate_tokens(text: str) -> int:
    """Tokens `text` takes, estimated high."""
    return int(len(text) / CHARS_PER_TOKEN) + 1


def answer_budget(article_text: str, cap: int) -> int:
    """The answer tokens to allow for an article: enough for what it can hold, never `cap`
    for a short one (a model that loops would fill it all)."""
    return min(cap, ANSWER_BASE_TOKENS + estimate_tokens(article_text))


@dataclass(frozen=True)
class Part:
    """A stretch of an article: `text` is `article.text[start:start + len(text)]`."""

    start: int
    text: str


def parts_for_window(text: str, article_tokens: int) -> list[Part]:
    """The article cut at paragraph (else sentence, else word) ends into parts of at most
    `article_tokens` estimated tokens each, consecutive parts sharing one paragraph so that a
    happening told across a break is whole in one of them."""
    limit = max(200, int(article_tokens * CHARS_PER_TOKEN))
    if len(text) <= limit:
        return [Part(0, text)]
    blocks = _blocks(text, limit)
    parts: list[Part] = []
    first = 0
    while first < len(blocks):
        start = blocks[first][0]
        last = first
        while last + 1 < len(blocks) and blocks[last + 1][1] - start <= limit:
            last += 1
        end = blocks[last][1]
        parts.append(Part(start, text[start:end]))
        if last + 1 >= len(blocks):
            break
        first = last if last > first else last + 1  # overlap: the last paragraph again
    return parts


def _blocks(text: str, limit: int) -> list[tuple[int, int]]:
    """Paragraph spans, each cut further at sentence or word ends when longer than `limit`."""
    spans: list[tuple[int, int]] = []
    position = 0
    for match in [*_PARAGRAPH.finditer(text), None]:
        end = match.start() if match else len(text)
        if end > position:
            spans.extend(_cut(text, position, end, limit))
        position = match.end() if match else len(text)
    return spans


def _cut(text: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    pieces = []
    while end - start > limit:
        window = text[start : start + limit]
        cut = max(window.rfind(". "), window.rfind("\n"))
        if cut < limit // 2:
            cut = window.rfind(" ")
        if cut <= 0:
            cut = limit - 1
        pieces.append((start, start + cut + 1))
        start += cut + 1
    pieces.append((start, end))
    return pieces


_WINDOW_FIELDS = (
    "max_model_len",
    "context_length",
    "context_window",
    "max_context_length",
    "n_ctx",
)


def listed_window(model: Any) -> int | None:
    """The context window a `/v1/models` entry gives, under the names servers use for it."""
    fields = {**(getattr(model, "model_extra", None) or {})}
    meta = fields.get("meta")
    if isinstance(meta, dict):
        fields |= meta
    for name in _WINDOW_FIELDS:
        value = fields.get(name)
        if isinstance(value, int) and value > 0:
            return value
    return None
