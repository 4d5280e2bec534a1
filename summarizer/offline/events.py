"""Sentences that report what happened, with the day they name.

An event sentence has a verb of action in the past or perfect ('ran aground', 'has banned',
'were injured') that is not a verb of speech, is not negated ('was not injured') or conditional
('would hit them hard'), is not mostly a quotation, and is not an open point ('it was not clear
what caused…'). Its date is the first date expression outside quotation marks, resolved against the
publication date ('late on Sunday', 'April 24'); none means null, never a guess.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..dates import MONTHS, WEEKDAYS, resolve_date, speaks_of_future
from .lexicon import MODALS, NEGATIONS, SPEECH_VERBS
from .questions import is_open_question
from .text import Sentence

IRREGULAR_PAST = frozenset(
    """
    ran struck hit met held took gave made sent fell rose shot won lost left came went broke began
    spoke put set cut fought brought caught fled flew drove threw sank seized laid led paid sold
    built kept found stood became grew drew swept beat bit hung slid split spread stole tore wore
    shut shed lit burnt sought bought fired arrived begun taken given made sent fallen risen shot
    won lost broken spoken brought caught flown driven thrown sunk seized laid paid sold built
    found become grown drawn struck held met hit killed
    """.split()
)
_NOT_VERBS = frozenset(
    """
    red bed need speed seed hundred united based indeed shed wed feed breed greed proceed exceed
    succeed naked wicked sacred rugged ragged alleged supposed so-called concerned detailed
    limited advanced armed
    """.split()
)
_DATE = re.compile(
    rf"\b(?:(?:early|late)\s+)?(?:on\s+)?(?:last\s+)?(?:{'|'.join(w.title() for w in WEEKDAYS)})"
    rf"(?:\s+(?:night|morning|afternoon|evening))?\b"
    rf"|\b(?:{MONTHS.title()}|{MONTHS.upper()})\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?\b"
    rf"|\b\d{{1,2}}\s+(?:{MONTHS.title()})\.?(?:\s+\d{{4}})?\b"
    rf"|\b(?:yesterday|today|tonight|last night)\b",
)
_MIN_WORDS = 5
_DETERMINERS = frozenset("the a an its his her their our".split())


@dataclass(frozen=True)
class EventSentence:
    """A sentence reporting what happened."""

    start: int
    end: int
    when: str | None
    date: dt.date | None


def find_event(sentence: Sentence, published: dt.date | None) -> EventSentence | None:
    """The sentence as an event, or None when it reports no happening."""
    if sentence.skip or sentence.quoted_share() > 0.5 or is_open_question(sentence):
        return None
    tokens = sentence.tokens
    words = [t for t in tokens if t.is_word]
    if len(words) < _MIN_WORDS:
        return None
    if not any(
        _is_event_verb(tokens, i)
        and not _quoted(sentence, tokens[i].start)
        and not _in_relative_clause(tokens, i)
        for i in range(len(tokens))
    ):
        return None
    when = _first_date(sentence)
    future = speaks_of_future(sentence.text)
    return EventSentence(
        sentence.start, sentence.end, when, resolve_date(when, published, future=future)
    )


def _is_event_verb(tokens: list, index: int) -> bool:  # type: ignore[type-arg]
    token = tokens[index]
    word = token.text.lower()
    if not token.is_word or token.capitalised or word in SPEECH_VERBS or word in _NOT_VERBS:
        return False
    if not (word in IRREGULAR_PAST or (word.endswith("ed") and len(word) > 4)):
        return False
    before = [t.text.lower() for t in tokens[max(0, index - 3) : index]]
    if any(w in NEGATIONS or w.endswith("n't") for w in before):
        return False
    if before and (before[-1] in _DETERMINERS or before[-1].endswith(("'s", "\u2019s"))):
        return False  # an adjective: 'its stranded ship', 'the injured crew
    return not (before and (before[-1] in MODALS or before[-1] == "to"))


def _quoted(sentence: Sentence, position: int) -> bool:
    return any(q.start <= position < q.end for q in sentence.quotations)


def _in_relative_clause(tokens: list, index: int) -> bool:  # type: ignore[type-arg]
    """After ', which' / ', who' (up to the next comma): background, not the sentence's event."""
    for j in range(index - 1, max(-1, index - 12), -1):
        if tokens[j].text == ",":
            return False
        if tokens[j].text.lower() in ("which", "who") and j > 0 and tokens[j - 1].text == ",":
            return True
        if tokens[j].text.lower() in ("who",) and j > 0:
            return True
    return False


def _first_date(sentence: Sentence) -> str | None:
    """The first date expression of the sentence outside quotations."""
    for match in _DATE.finditer(sentence.text):
        position = sentence.start + match.start()
        if any(q.start <= position < q.end for q in sentence.quotations):
            continue
        return match.group()
    return None
