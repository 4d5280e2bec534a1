"""Content words, stemmed, for comparing what two items say."""

from __future__ import annotations

import re
from functools import lru_cache

import snowballstemmer

from .names import fold_name

_STEMMER = snowballstemmer.stemmer("english")
_WORD = re.compile(r"[a-z][a-z'-]*")
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "dozen": 12,
}  # fmt: skip
"""Numbers written as words, and their values: 'five crew members', 'four-times champion'."""
STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    either few for from further had has have having he her here hers herself him himself his
    how i if in into is it its itself just me more most my myself no nor not now of off on
    once only or other our ours ourselves out over own same she should so some such than
    that the their theirs them themselves then there these they this those through to too
    under until up very was we were what when where which while who whom why will with would
    you your yours yourself said says say saying told tell tells according added adding
    statement reporters reporter news report reported reports would could may might must
    shall one two also mr ms mrs monday tuesday wednesday thursday friday saturday sunday
    today yesterday tonight night morning evening afternoon week month year day days
    """.split()
)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Porter2 stem of one lower-case word."""
    return str(_STEMMER.stemWord(word))


def content_stems(text: str) -> frozenset[str]:
    """Stems of the words that carry meaning: no stop words, no numbers, no one-letter words."""
    words: list[str] = _WORD.findall(fold_name(text))
    return frozenset(stem(w) for w in words if len(w) > 2 and w not in STOPWORDS)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Shared share of two sets: 0 when either is empty."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def opens_with_a_pronoun(sentence: str) -> bool:
    """'It was sold by the authorities …', 'He said …': a sentence that names no one on its
    own, read out of its article."""
    words = sentence.split(maxsplit=1)
    return bool(words) and words[0].lower() in _PRONOUNS


_PRONOUNS = frozenset("he she they it we i his her their its".split())
