"""Merge positions (per actor), unattributed quotations and open questions across articles.

Two positions of one actor are one when they quote the same words (two outlets carrying the same
statement) or state the same stance; otherwise each stays, so an actor who said two things has two
positions. An unattributed quotation is shown once however many articles carry it, and not at
all when a source attributes the same words (they are then among that speaker's positions).
Open questions merge when they ask about the same thing in the same words.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from functools import lru_cache

from ..models import ArticleExtraction, OpenQuestion, Position, Quote, union_evidence
from ..text.quotes import fold_quote
from ..text.words import content_stems, jaccard

SAME_STANCE = 0.6
SAME_QUESTION = 0.45


@lru_cache(maxsize=65536)
def _folded_quote(quote: str) -> str:
    """A quotation's words as compared across articles: its closing comma or stop is the
    frame's ('"… its limits," he added' and '"… its limits."' are one quotation)."""
    return fold_quote(quote).lower().strip(_FRAMING_PUNCTUATION)


_FRAMING_PUNCTUATION = " .,;:'\"…"


def _quotes(item: Position | OpenQuestion) -> set[str]:
    return {_folded_quote(e.quote) for e in item.evidence}


@lru_cache(maxsize=65536)
def _stems(text: str) -> frozenset[str]:
    return content_stems(text)


def merge_positions(
    extractions: Sequence[ArticleExtraction],
    resolve: Callable[[int, str], str | None],
    actor_order: Sequence[str],
) -> list[Position]:
    """Positions grouped by actor (most prominent actor first), repeats merged."""
    groups: dict[str, list[Position]] = {}
    for extraction in extractions:
        for position in extraction.positions:
            actor = resolve(extraction.source, position.actor) or position.actor.strip()
            same_actor = groups.setdefault(actor, [])
            match = next((i for i, p in enumerate(same_actor) if _same_position(p, position)), None)
            if match is None:
                same_actor.append(position.model_copy(update={"actor": actor}))
            else:
                kept = same_actor[match]
                wider = _within(kept.stance, position.stance)  # the fuller words are shown
                same_actor[match] = kept.model_copy(
                    update={
                        "evidence": union_evidence([*kept.evidence, *position.evidence]),
                        "stance": position.stance if wider else kept.stance,
                    }
                )
    rank = {name: i for i, name in enumerate(actor_order)}
    ordered = sorted(groups, key=lambda a: (rank.get(a, len(rank)), a))
    return [p for actor in ordered for p in groups[actor]]


def _same_position(a: Position, b: Position) -> bool:
    if _quotes(a) & _quotes(b):
        return True
    if _within(a.stance, b.stance) or _within(b.stance, a.stance):
        return True  # 'stressed the need for "compromises"' inside '… and stressed the need …'
    return jaccard(_stems(a.stance), _stems(b.stance)) >= SAME_STANCE


MIN_WITHIN_STEMS = 3
"""Content words a stance needs to be taken for part of a longer one: 'said' is in anything."""


def _within(part: str, whole: str) -> bool:
    """Whether the stance `part` is word for word inside the longer stance `whole`: one
    statement read twice, once with its frame and once without."""
    inner, outer = _folded_quote(part), _folded_quote(whole)
    return len(inner) < len(outer) and len(_stems(part)) >= MIN_WITHIN_STEMS and inner in outer


def merge_unattributed(
    extractions: Sequence[ArticleExtraction], positions: Sequence[Position]
) -> list[Quote]:
    """Each unattributed quotation once, cited to every article that carries it, in
    first-source order; none that a position quotes in the same words. Linear: keyed by the
    folded words."""
    held = {quote for position in positions for quote in _quotes(position)}
    merged: dict[str, Quote] = {}
    for extraction in extractions:
        for quote in extraction.unattributed:
            key = _folded_quote(quote.text)
            if key in held:
                continue
            kept = merged.get(key)
            merged[key] = (
                quote
                if kept is None
                else kept.model_copy(
                    update={"evidence": union_evidence([*kept.evidence, *quote.evidence])}
                )
            )
    return list(merged.values())


def merge_questions(extractions: Sequence[ArticleExtraction]) -> list[OpenQuestion]:
    """Open questions with repeats merged, in first-source order.

    Candidates are found through the words they share, so the work grows with the number of
    similar questions, not with the square of all of them.
    """
    merged: list[OpenQuestion] = []
    stems: list[frozenset[str]] = []
    by_word: dict[str, list[int]] = defaultdict(list)
    for extraction in extractions:
        for question in extraction.open_questions:
            words = _question_stems(question)
            candidates = sorted({i for w in words for i in by_word.get(w, ())})
            match = next(
                (
                    i
                    for i in candidates
                    if _quotes(merged[i]) & _quotes(question)
                    or jaccard(stems[i], words) >= SAME_QUESTION
                ),
                None,
            )
            if match is None:
                merged.append(question)
                stems.append(words)
                for w in words:
                    by_word[w].append(len(merged) - 1)
            else:
                kept = merged[match]
                merged[match] = kept.model_copy(
                    update={"evidence": union_evidence([*kept.evidence, *question.evidence])}
                )
    return merged


def _question_stems(question: OpenQuestion) -> frozenset[str]:
    return _stems(" ".join([question.question, *(e.quote for e in question.evidence)]))
