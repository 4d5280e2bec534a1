"""An article too long for the model's window is asked about in overlapping parts (see
`window.parts_for_window`); their grounded drafts become one extraction, with every offset moved
back into the whole article and the items the overlap repeats kept once.
"""

from __future__ import annotations

from typing import Any, TypeVar

from ...models import (
    Actor,
    ArticleExtraction,
    Event,
    OpenQuestion,
    Position,
    union_evidence,
)
from ...text.names import fold_name
from .drafts import (
    GroundedDraft,
)


def combine_parts(source: int, outcomes: list[tuple[int, GroundedDraft]]) -> ArticleExtraction:
    """One extraction from the parts' drafts: offsets moved back into the whole article, one
    actor per name with the evidence of every part, and an item found twice (in the
    paragraph two parts share) kept once."""
    if len(outcomes) == 1 and outcomes[0][0] == 0:
        return outcomes[0][1].extraction
    actors: dict[str, Actor] = {}
    kept: dict[str, list[Any]] = {"events": [], "positions": [], "open_questions": []}
    seen: set[tuple[str, int, int]] = set()
    for offset, outcome in outcomes:
        extraction = outcome.extraction
        for actor in extraction.actors:
            moved = _moved(actor, offset)
            known = actors.get(fold_name(actor.name))
            if known is None:
                actors[fold_name(actor.name)] = moved
            else:
                evidence = union_evidence([*known.evidence, *moved.evidence])
                roles = known.roles + [r for r in moved.roles if r not in known.roles]
                actors[fold_name(actor.name)] = known.model_copy(
                    update={"evidence": evidence, "roles": roles}
                )
        for kind, items in kept.items():
            for item in getattr(extraction, kind):
                moved = _moved(item, offset)
                first = moved.evidence[0]
                if (kind, first.start, first.end) not in seen:
                    seen.add((kind, first.start, first.end))
                    items.append(moved)
    return ArticleExtraction(source=source, actors=list(actors.values()), **kept)


_Movable = TypeVar("_Movable", Actor, Event, Position, OpenQuestion)


def _moved(item: _Movable, offset: int) -> _Movable:
    """`item` with its evidence moved `offset` characters on, from a part into its article."""
    return item.model_copy(
        update={
            "evidence": [
                e.model_copy(update={"start": e.start + offset, "end": e.end + offset})
                for e in item.evidence
            ]
        }
    )
