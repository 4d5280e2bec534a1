"""Token-level clues the speaker rules read: a preposition or comma before a word, a possessive,
a word inside quotation marks, a verb-like or agentive word.
"""

from __future__ import annotations

from collections.abc import Sequence

from .lexicon import (
    ASIDE_OPENERS,
    ROLE_NOUNS,
    SPEECH_VERBS,
)
from .sentences import Token

NP_STOPS = frozenset(
    "of for to with by in on at from as than about into over after before during under via "
    "against toward towards among between despite without upon across around near behind "
    "beside alongside and or but that which who whom whose said says told when while where "
    "whereas because if unless although though until".split()
)
SKIPPABLE = frozenset(
    "also later then again previously once reportedly meanwhile further earlier repeatedly "
    "recently still already has had have would will did does do himself herself itself too "
    "first subsequently finally initially quickly publicly privately often always "
    "sometimes".split()
)


def preposition_before(tokens: Sequence[Token], i: int) -> int | None:
    """The preposition opening a short phrase that ends at `i`, when a subject stands before it."""
    if not tokens[i].is_word or tokens[i].lower in NP_STOPS:
        return None  # no phrase ends in 'and': 'X posted on Twitter on Friday and said'
    for p in range(i - 1, max(-1, i - 6), -1):
        word = tokens[p]
        if word.lower in ("on", "in", "at", "during", "via", "through", "over", "from"):
            before = tokens[p - 1] if p > 0 else None
            if (
                before is not None
                and before.is_word
                and (before.capitalised or before.lower in ("who", "he", "she", "it", "which"))
            ):
                return p
            return None
        if not word.is_word or word.lower in NP_STOPS:
            return None
    return None


QUOTE_MARKS = frozenset('"\u201c\u201d')
TITLE_TOKENS = 12
"""Tokens a quoted title may have: 'co-author of "Bettie Page: The Life of a Pinup Legend,"'."""


def opening_comma(tokens: Sequence[Token], closing: int) -> int | None:
    """The comma opening the aside that `closing` ends: 'Putin, in a statement, noted'; not
    one inside brackets ('Rep. James Traficant (D., Ohio), said': no aside at all)."""
    brackets = 0
    for j in range(closing - 1, max(-1, closing - 30), -1):
        if tokens[j].text == ")":
            brackets += 1
        elif tokens[j].text == "(" and brackets:
            brackets -= 1
        elif tokens[j].text == "," and not brackets:
            return j
        if tokens[j].text in (";", ":") or tokens[j].text in QUOTE_MARKS:
            return None
    return None


def quoted_title_end(tokens: Sequence[Token], opening: int) -> int | None:
    """The closing mark of a short quoted title whose opening mark is token `opening`, after
    a lowercase word ('co-author of "Bettie Page: The Life of a Pinup Legend,"'), if it is one:
    not a quotation, which a comma, a verb's subject or the sentence's start stands before."""
    if opening < 1 or opening + 1 >= len(tokens) or tokens[opening].text not in QUOTE_MARKS:
        return None
    before = tokens[opening - 1]
    if not tokens[opening + 1].capitalised or not before.is_word or before.capitalised:
        return None
    end = min(len(tokens), opening + 2 + TITLE_TOKENS)
    return next((j for j in range(opening + 2, end) if tokens[j].text in QUOTE_MARKS), None)


def possessive(token: Token) -> bool:
    return possessive_word(token.text)


def opens_a_description(token: Token) -> bool:
    """A word that may open an aside describing the person named before it: 'an' (analyst),
    'its' (minister), 'spokesman' (for …), "Wanadoo's" (chief executive)."""
    if token.capitalised:
        return possessive(token)
    return token.lower in ASIDE_OPENERS or token.lower in ROLE_NOUNS


def possessive_word(word: str) -> bool:
    """'Jowell's', 'Ebbers'': a word in the possessive."""
    return word.endswith(("'s", "\u2019s", "s'", "s\u2019"))


def is_verb_like(token: Token) -> bool:
    return token.lower in SPEECH_VERBS or (token.lower.endswith("ed") and len(token.lower) > 4)


def agentive_at(tokens: Sequence[Token], i: int) -> bool:
    """A verb (or an aside then a verb) follows: the name before it is a subject."""
    if i < len(tokens) and tokens[i].text == ",":
        closing = next(
            (j for j in range(i + 1, min(len(tokens), i + 30)) if tokens[j].text == ","), None
        )
        if closing is None:
            return False
        i = closing + 1
    auxiliary = False
    while i < len(tokens) and (
        tokens[i].lower in SKIPPABLE
        or tokens[i].lower in _NEGATIONS
        or tokens[i].lower.endswith("ly")
    ):
        auxiliary = auxiliary or tokens[i].lower in _DO_FORMS
        i += 1
    if i >= len(tokens) or not tokens[i].is_word or tokens[i].capitalised:
        return False
    word = tokens[i].lower
    if auxiliary and tokens[i - 1].lower in _NEGATIONS:
        return True  # 'Gowdy did not release …': a verb, whatever its form
    return (
        word in SPEECH_VERBS
        or word
        in ("is", "was", "are", "were", "has", "had", "have", "will", "would", "did", "does")
        or word.endswith(("ed", "es", "ts", "ks", "ms", "ns", "ds", "ls", "rs"))
        or word in _IRREGULAR_VERBS
    )


_NEGATIONS = frozenset(("not", "never", "n't"))
_DO_FORMS = frozenset(("did", "does", "do"))
_IRREGULAR_VERBS = frozenset(
    "took gave made sent met held ran said told wrote spoke went came put set left led kept "
    "stood began brought thought felt knew saw heard struck hit fled won lost sold paid".split()
)
