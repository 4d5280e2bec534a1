"""What to make of a model's answer: its raw text (tool call or message), salvaged item by item
when cut off or invalid, the best grounded of several, and whether it is worth re-asking.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ...models import (
    Article,
)
from .drafts import (
    GroundedDraft,
    ground_draft,
    salvage_draft,
)


def answer_text(response: Any) -> str:
    """The raw text of a model's answer: the tool call's arguments, or the message content."""
    choices = getattr(response, "choices", None) or []
    message = getattr(choices[0], "message", None) if choices else None
    calls = getattr(message, "tool_calls", None) or []
    if calls:
        return str(getattr(calls[0].function, "arguments", "") or "")
    return str(getattr(message, "content", "") or "")


def salvage(answer: str, article: Article) -> GroundedDraft | None:
    salvaged = salvage_draft(answer)
    if salvaged is None:
        return None
    draft, incomplete = salvaged
    grounded = ground_draft(draft, article)
    return replace(grounded, incomplete=incomplete)


def best_of(
    validated: GroundedDraft | None, salvaged: list[GroundedDraft | None]
) -> GroundedDraft | None:
    """The validated outcome, unless a salvaged cut-off answer grounded more items."""
    best = validated
    for candidate in salvaged:
        if candidate is not None and candidate.kept > (best.kept if best else 0):
            best = candidate
    return best


def worth_reasking(outcome: GroundedDraft) -> bool:
    """Re-ask when the answer grounded nothing or a quarter of it stands nowhere; fewer
    misses are dropped and counted (a re-ask costs a whole answer's time)."""
    if outcome.kept == 0:
        return True
    return outcome.dropped * REASK_SHARE > outcome.kept + outcome.dropped


REASK_SHARE = 4


CUT_OFF = "was cut off at the output token limit"
