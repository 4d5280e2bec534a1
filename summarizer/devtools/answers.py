"""What the simulated model answers: a draft built from the article by the offline engine, so
that it validates and grounds like a good model's, and the same draft made ungrounded on purpose.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from ..engines.offline import extract_offline
from ..models import Article

_ARTICLE = re.compile(r"<text>\n?(.*?)\n?</text>", re.DOTALL)


def article_text(body: dict[str, Any]) -> str | None:
    """The article in the request's first user message (the system prompt only names the tags)."""
    for message in body.get("messages", []):
        if message.get("role") != "user":
            continue
        found = _ARTICLE.search(str(message.get("content") or ""))
        if found:
            return found.group(1)
    return None


def empty_draft() -> dict[str, Any]:
    return {"actors": [], "events": [], "positions": [], "open_questions": []}


def draft_for(text: str) -> dict[str, Any]:
    """The draft a model would return for `text`: the offline engine's reading of it."""
    extraction = extract_offline(Article(id=1, path="request", text=text))
    return {
        "actors": [
            {
                "name": a.name,
                "kind": a.kind,
                "role": a.roles[0] if a.roles else None,
                "quote": a.evidence[0].quote,
            }
            for a in extraction.actors
        ],
        "events": [
            {
                "summary": e.summary,
                "when": e.date_text,
                "actors": e.actors,
                "quote": e.evidence[0].quote,
            }
            for e in extraction.events
        ],
        "positions": [
            {"actor": p.actor, "stance": p.stance, "quote": p.evidence[0].quote}
            for p in extraction.positions
        ],
        "open_questions": [
            {"question": q.question, "quote": q.evidence[0].quote}
            for q in extraction.open_questions
        ],
    }


def unground(draft: dict[str, Any]) -> dict[str, Any]:
    """The draft with one quote the article does not contain."""
    changed = copy.deepcopy(draft)
    for kind in ("events", "positions", "actors", "open_questions"):
        if changed[kind]:
            changed[kind][0]["quote"] = "words that appear nowhere in this article"
            return changed
    changed["events"] = [
        {"summary": "invented", "quote": "words that appear nowhere in this article"}
    ]
    return changed
