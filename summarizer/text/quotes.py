"""Find a quote in the article it claims to come from.

A quote is grounded when it stands in the article once both are folded the same way: runs of
whitespace become one space; curly, angled and straight quote marks and apostrophes become
straight ones; dash variants become '-'; '…' becomes '...'; zero-width characters vanish. An exact
(case-sensitive) match is preferred; a match ignoring case is accepted after it. Matches must start
and end on word boundaries, so 'rump' is not found in 'Trump'.

Models often wrap a quote in quote marks or trim it with an ellipsis: such ends are stripped. A
quote with an ellipsis inside must match piece by piece, in order, and yields one span per piece.

Offsets always index the article's own text, and the evidence keeps the article's characters:
`text[start:end]`, not the model's spelling.

A model's near-quote (a word changed, punctuation dropped, "do not" for "don't") that stands
nowhere exactly is aligned, LangExtract-style, to the closest whole-word span of the article
when their similarity reaches `ALIGN_THRESHOLD`; the evidence is the article's span.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

_SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2032\u0060\u00b4"
_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_FOLD_TABLE = str.maketrans(
    {
        **dict.fromkeys(_SINGLE_QUOTES, "'"),
        **dict.fromkeys(_DOUBLE_QUOTES, '"'),
        **dict.fromkeys(_DASHES, "-"),
        **dict.fromkeys(_INVISIBLE, ""),
        "\u2026": "...",
    }
)
_QUOTE_ENDS = " '\"."
# Every character `\s` matches lies below U+3100 (U+3000 is the last).
_WHITESPACE = "".join(re.findall(r"\s", "".join(map(chr, range(0x3100)))))
_ONE_FOR_ONE = str.maketrans(
    {
        **dict.fromkeys(_SINGLE_QUOTES, "'"),
        **dict.fromkeys(_DOUBLE_QUOTES, '"'),
        **dict.fromkeys(_DASHES, "-"),
        **dict.fromkeys(_WHITESPACE, " "),  # a lone whitespace character is one space
    }
)
_LENGTH_CHANGING = re.compile("\\s{2,}|[\u2026" + _INVISIBLE + "]")
_ELLIPSIS = re.compile(r"\s*\.\.\.+\s*")
MIN_QUOTE_CHARS = 2
"""A quote needs at least this many letters or digits: 'a' would ground anything."""
_ENOUGH_ALNUM = re.compile(r"[^\W_]" + r".*?[^\W_]" * (MIN_QUOTE_CHARS - 1), re.DOTALL)
MIN_ALIGNED_CHARS = 24
"""A near-quote shorter than this must match exactly: a short phrase one word off is another
phrase."""
ALIGN_THRESHOLD = 90.0
"""Similarity (rapidfuzz ratio, 0-100) a near-quote needs to its closest span of the article."""


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range `[start, end)` of the article text."""

    start: int
    end: int


def fold_quote(text: str) -> str:
    """Fold text the way quotes and articles are compared (see the module docstring)."""
    return " ".join(text.translate(_FOLD_TABLE).split())  # `split()` splits where `\s` matches


class FoldedText:
    """An article's text folded once, with a map from folded positions back to the original.

    Built chunk by chunk between the characters that change length (whitespace runs, '…',
    zero-width characters); everything else folds one character for one.
    """

    def __init__(self, text: str) -> None:
        self._word_spans: list[tuple[int, int]] | None = None
        parts: list[str] = []
        origin: list[int] = []  # original index of each folded character
        position = 0
        last_is_space = False
        for special in _LENGTH_CHANGING.finditer(text):
            start = special.start()
            if start > position:
                last_is_space = self._add_chunk(text, position, start, last_is_space, parts, origin)
            mark = special.group()
            if mark[0].isspace():
                if not last_is_space:
                    parts.append(" ")
                    origin.append(start)
                    last_is_space = True
            elif mark == "\u2026":
                parts.append("...")
                origin.extend((start, start, start))
                last_is_space = False
            position = special.end()
        if position < len(text):
            self._add_chunk(text, position, len(text), last_is_space, parts, origin)
        self.text = text
        self.folded = "".join(parts)
        lowered = self.folded.lower()
        self.lowered = (
            lowered if len(lowered) == len(self.folded) else _lower_same_length(self.folded)
        )
        self._origin = origin

    @staticmethod
    def _add_chunk(
        text: str, start: int, end: int, after_space: bool, parts: list[str], origin: list[int]
    ) -> bool:
        """Fold `text[start:end]`, which holds no whitespace run; True if it ends in a space."""
        if after_space and text[start].isspace():  # a space after a vanished character
            start += 1
            if start == end:
                return True
        chunk = text[start:end].translate(_ONE_FOR_ONE)
        parts.append(chunk)
        origin.extend(range(start, end))
        return chunk[-1] == " "

    def locate(self, quote: str) -> list[Span] | None:
        """Spans of the article where the quote stands, or None when it does not."""
        folded = fold_quote(quote).strip(_QUOTE_ENDS)
        if not _ENOUGH_ALNUM.search(folded):
            return None
        if "..." not in folded:  # most quotes: one piece
            found = self._find(folded, 0)
            return None if found is None else [found]
        pieces = [p for p in _ELLIPSIS.split(folded) if p.strip(_QUOTE_ENDS)]
        spans: list[Span] = []
        cursor = 0
        for piece in pieces:
            piece = piece.strip(_QUOTE_ENDS)
            found = self._find(piece, cursor)
            if found is None:
                return None
            spans.append(found)
            cursor = self._folded_index(found.end)
        return spans

    def occurrences(self, phrase: str, limit: int = 50) -> list[Span]:
        """Every place `phrase` stands, ignoring case, on word boundaries (at most `limit`)."""
        needle = fold_quote(phrase).strip(_QUOTE_ENDS).lower()
        if not _ENOUGH_ALNUM.search(needle):
            return []
        found: list[Span] = []
        at = self.lowered.find(needle)
        while at != -1 and len(found) < limit:
            end = at + len(needle)
            if self._on_word_boundaries(at, end):
                found.append(Span(self._origin[at], self._origin[end - 1] + 1))
            at = self.lowered.find(needle, at + 1)
        return found

    def align(self, quote: str, threshold: float) -> Span | None:
        """The span of the article closest to a near-quote (a word changed, punctuation
        dropped, a contraction expanded), when their similarity reaches `threshold` (0-100);
        whole words only, and no 'not' gained or lost. Short quotes must match exactly."""
        from rapidfuzz import fuzz  # only models misquote: the offline engine never needs it

        needle = fold_quote(quote).strip(_QUOTE_ENDS).lower()
        if len(needle) < MIN_ALIGNED_CHARS:
            return None
        hit = fuzz.partial_ratio_alignment(needle, self.lowered, score_cutoff=threshold - 15)
        if hit is None:
            return None
        words = [w for w in self._words if w[1] > hit.dest_start - 30 and w[0] < hit.dest_end + 30]
        wanted = len(needle.split())
        best: tuple[float, int, int] | None = None
        for i, (first, _) in enumerate(words):
            for j in range(i, min(len(words), i + wanted * 2)):
                size = j - i + 1
                if abs(size - wanted) > max(2, wanted // 3):
                    continue
                last = words[j][1]
                score = fuzz.ratio(needle, self.lowered[first:last])
                if best is None or score > best[0]:
                    best = (score, first, last)
        if best is None or best[0] < threshold:
            return None
        _, first, last = best
        if _negations(needle) != _negations(self.lowered[first:last]):
            return None  # 'it was clear' is not 'it was not clear', however close
        return Span(self._origin[first], self._origin[last - 1] + 1)

    @property
    def _words(self) -> list[tuple[int, int]]:
        """The folded text's words' spans, found when first asked for (see
        `Sentence.__post_init__` for why not a cached_property)."""
        if self._word_spans is None:
            self._word_spans = [m.span() for m in _WORD.finditer(self.folded)]
        return self._word_spans

    def _find(self, piece: str, cursor: int) -> Span | None:
        lowered = piece.lower()
        if len(lowered) != len(piece):
            lowered = _lower_same_length(piece)
        for haystack, needle in ((self.folded, piece), (self.lowered, lowered)):
            at = haystack.find(needle, cursor)
            while at != -1:
                end = at + len(needle)
                if self._on_word_boundaries(at, end):
                    return Span(self._origin[at], self._origin[end - 1] + 1)
                at = haystack.find(needle, at + 1)
        return None

    def _on_word_boundaries(self, start: int, end: int) -> bool:
        text = self.folded
        starts_inside = start > 0 and text[start].isalnum() and text[start - 1].isalnum()
        ends_inside = end < len(text) and text[end - 1].isalnum() and text[end].isalnum()
        return not (starts_inside or ends_inside)

    def _folded_index(self, original_end: int) -> int:
        """The first folded position whose original index is at or past `original_end`."""
        return bisect.bisect_left(self._origin, original_end)


_WORD = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")
_NEGATION = re.compile(r"\b(?:not|no|never|nor|none|nothing|nobody|without)\b|n't\b")


def _negations(text: str) -> int:
    return len(_NEGATION.findall(text))


def _lower_same_length(text: str) -> str:
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


@lru_cache(maxsize=64)
def folded_article(text: str) -> FoldedText:
    """The folded form of an article, built once per text."""
    return FoldedText(text)


def locate_quote(text: str, quote: str) -> list[Span] | None:
    """Where `quote` stands in `text` (see the module docstring), or None."""
    return folded_article(text).locate(quote)


def align_quote(text: str, quote: str, threshold: float = ALIGN_THRESHOLD) -> Span | None:
    """The span of `text` closest to a near-quote, or None (see `FoldedText.align`)."""
    return folded_article(text).align(quote, threshold)


def name_occurrences(text: str, name: str, limit: int = 50) -> list[Span]:
    """Where an actor's name stands in `text`: every occurrence, ignoring case."""
    return folded_article(text).occurrences(name, limit)


class _HasSpan(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


_OPEN = "\u201c\u2018"
_CLOSE = "\u201d\u2019"


def is_direct_quote(text: str, spans: Iterable[_HasSpan]) -> bool:
    """Whether any of the spans (evidence) stands inside quotation marks in `text`."""
    return any(_inside_quotation(text, s.start, s.end) for s in spans)


def _inside_quotation(text: str, start: int, end: int) -> bool:
    paragraph_start = text.rfind("\n", 0, start) + 1
    before = text[paragraph_start:start]
    curly = sum(c in _OPEN for c in before) - sum(c in _CLOSE for c in before)
    if curly > 0:
        return True
    if before.count('"') % 2 == 1:
        return True
    # The quote may be the whole quotation: marks right outside it.
    outside_before = text[max(paragraph_start, start - 2) : start]
    outside_after = text[end : end + 3]
    return any(c in '"\u201c\u2018' for c in outside_before) and any(
        c in '"\u201d\u2019' for c in outside_after
    )
