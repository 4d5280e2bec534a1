"""The offline extraction as a floor under a model's: never worse than no model at all.

A small model finds fewer actors and quotes than the rules, and attributes less carefully; a
good one writes better summaries and finds what the rules miss. Combined per article:

- everything the offline engine grounds is kept, with its attribution (precision first);
- the model's actors join the offline actor of the same name (adding a role the rules did not
  find) or are added when the rules missed them;
- the model's events, positions and open questions are added where no offline item of the same
  kind already stands on the same words of the article;
- a model's position is added only when the article bears out its speaker (`attributed`): a
  verbatim quote under the wrong name is the worst thing a briefing can print.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from ...models import Actor, Article, ArticleExtraction, Event, OpenQuestion, Position
from ...text.names import fold_name, parse_person, same_person
from ...text.quotes import is_direct_quote

_Item = TypeVar("_Item", Event, Position, OpenQuestion)


def with_offline_floor(
    article: Article, floor: ArticleExtraction, model: ArticleExtraction | None
) -> ArticleExtraction:
    """`floor` (the offline extraction) with what `model` adds to it (its positions already
    checked by `attributed`)."""
    if model is None:
        return floor
    return ArticleExtraction(
        source=floor.source,
        actors=_actors(floor.actors, model.actors),
        events=_added(floor.events, model.events),
        positions=_added(floor.positions, model.positions),
        open_questions=_added(floor.open_questions, model.open_questions),
        unattributed=floor.unattributed,  # (the briefing drops what a position now holds)
    )


def _actors(floor: Sequence[Actor], model: Sequence[Actor]) -> list[Actor]:
    merged = list(floor)
    for actor in model:
        same = next((i for i, a in enumerate(merged) if _same_actor(a, actor)), None)
        if same is None:
            merged.append(actor)
            continue
        known = merged[same]
        roles = [
            *known.roles,
            *(r for r in actor.roles if fold_name(r) not in map(fold_name, known.roles)),
        ]
        merged[same] = known.model_copy(update={"roles": roles})
    return merged


def _same_actor(a: Actor, b: Actor) -> bool:
    if fold_name(a.name) == fold_name(b.name) or fold_name(b.name) in map(fold_name, a.aliases):
        return True
    if a.kind == "person" and b.kind == "person":
        return same_person(parse_person(a.name), parse_person(b.name))
    return False


def _added(floor: Sequence[_Item], model: Sequence[_Item]) -> list[_Item]:
    """The floor's items, then the model's that stand on words no floor item stands on."""
    taken = [(e.start, e.end) for item in floor for e in item.evidence]
    kept = list(floor)
    for item in model:
        if not any(s < e.end and e.start < t for e in item.evidence for s, t in taken):
            kept.append(item)
            taken += [(e.start, e.end) for e in item.evidence]
    return kept


def attributed(
    article: Article, floor: Sequence[Position] | None, model: Sequence[Position]
) -> list[Position]:
    """The model's positions whose speaker the article bears out: where the offline engine
    (its positions, `floor`) attributes the same words, only to the same actor; where it
    attributes them to nobody, only a direct quotation whose speaker is named next to it
    (`floor` None: that check alone). A quote the rules give to someone else, or reported
    speech they do not attribute, is left out."""
    kept = []
    for position in model:
        spans = [(e.start, e.end) for e in position.evidence]
        ruled = [
            p
            for p in floor or ()
            for e in p.evidence
            if any(s < e.end and e.start < t for s, t in spans)
        ]
        if ruled:
            if any(_same_name(p.actor, position.actor) for p in ruled):
                kept.append(position)
            continue
        if is_direct_quote(article.text, position.evidence) and _named_beside(article, position):
            kept.append(position)
    return kept


def _same_name(a: str, b: str) -> bool:
    if fold_name(a) == fold_name(b):
        return True
    return same_person(parse_person(a), parse_person(b))


SPEAKER_REACH = 300
"""Characters before a quote (about its sentence and the one before) and after it where its
speaker must be named."""


def _named_beside(article: Article, position: Position) -> bool:
    quote = position.evidence[0]
    nearby = article.text[max(0, quote.start - SPEAKER_REACH) : quote.end + SPEAKER_REACH // 2]
    words = set(fold_name(nearby).split())
    name = [w for w in fold_name(position.actor).split() if len(w) >= 3 and w != "the"]
    return bool(name) and name[-1] in words
