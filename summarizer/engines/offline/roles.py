"""The roles a name carries: titles inside it ('Environment Minister Ana Ribeiro'), role words
just before it ('Kremlin aide Yuri Ushakov') and appositives on either side ('Lena Varga, a
spokeswoman for the group'; 'The ship's captain, Dmytro Kovalenko,').
"""

from __future__ import annotations

from collections.abc import Sequence

from .lexicon import (
    DETERMINERS,
    ORGANISATION_WORDS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    VEHICLE_WORDS,
)
from .sentences import Sentence, Token

ROLE_CHAIN_STOP = frozenset(
    "the a an his her its their our my your this that these those and or but of for to with by "
    "in on at from as said says told who which when after before while than".split()
)


_APPOSITIVE_OPENERS = frozenset("a an the his her its their head chief who".split())


_WHO_ROLE_VERBS = frozenset("heads leads chairs runs represents is was serves served".split())


MAX_ROLE_WORDS = 12


def title_split(lowered: list[str]) -> int | None:
    """Index where the name starts after a title inside the run, if there is one.

    'Secretary of the Interior Ken Salazar': a title 'of' a body runs on to the person's name,
    its last two words (a middle initial makes three)."""
    for index in range(len(lowered) - 1, 0, -1):
        if lowered[index - 1] in ROLE_NOUNS and lowered[index - 1] not in ORGANISATION_WORDS:
            rest = lowered[index:]
            if rest[:1] == ["of"] and len(rest) >= 4:
                name = 3 if len(rest[-2]) == 1 and len(rest) >= 5 else 2
                return len(lowered) - name
            if rest[:1] == ["of"]:
                return len(lowered)  # 'Professor of Conservation Ecology': a chair, no name
            if rest and not any(w in ORGANISATION_WORDS for w in rest):
                return index
            return None
    return None


def followed_by_role_noun(tokens: Sequence[Token], last: int) -> bool:
    nxt = tokens[last + 1] if last + 1 < len(tokens) else None
    return nxt is not None and not nxt.capitalised and nxt.lower in ROLE_NOUNS


def role_follows(tokens: Sequence[Token], last: int) -> bool:
    """A role within the next three words: 'Chargers defensive tackle', 'Kremlin aide'."""
    for token in tokens[last + 1 : last + 4]:
        if not token.is_word or token.capitalised:
            return False
        if token.lower in ROLE_NOUNS:
            return True
    return False


def role_before(
    sentence: Sentence, first: int, title_words: list[str]
) -> tuple[str | None, int | None]:
    tokens = sentence.tokens
    chain: list[Token] = []
    i = first - 1
    has_role_noun = False
    while i >= 0 and len(chain) < 7:
        token = tokens[i]
        low = token.lower
        if not token.is_word:
            break
        if low == "and":
            left = tokens[i - 1] if i > 0 else None
            if not (has_role_noun and left and not left.capitalised and left.lower in ROLE_NOUNS):
                break
        elif low in ROLE_CHAIN_STOP:
            break
        elif token.capitalised:
            # A capital only qualifies a role word right after it: 'Kremlin aide', 'U.S. special'.
            right = chain[0] if chain else None
            if right is None or right.capitalised or right.lower not in ROLE_NOUNS:
                break
        elif low in ROLE_NOUNS:
            has_role_noun = True
        elif not has_role_noun or low.endswith(("ed", "ly")):
            break
        chain.insert(0, token)
        i -= 1
    while chain and chain[0].lower == "and":
        chain.pop(0)
    parts = [t.text for t in chain] + title_words
    if not parts or not (has_role_noun or title_words):
        return None, None
    start = chain[0].start if chain else None
    if title_words and not chain:
        start = tokens[first].start - len(" ".join(title_words)) - 1
    return " ".join(parts), start


def appositive_after(sentence: Sentence, last: int) -> str | None:
    tokens = sentence.tokens
    if last + 2 >= len(tokens) or tokens[last + 1].text != ",":
        return None
    opener = tokens[last + 2].lower
    if (
        opener not in _APPOSITIVE_OPENERS
        and opener not in ROLE_NOUNS
        and not _bare_title(tokens, last + 2)
    ):
        return None
    end = last + 2
    while (
        end < len(tokens)
        and tokens[end].text not in (",", ".", ";", ":")
        and end - last < MAX_ROLE_WORDS
    ):
        end += 1
    phrase = tokens[last + 2 : end]
    words = [t.lower for t in phrase]
    if opener == "who":
        if len(words) < 3 or words[1] not in _WHO_ROLE_VERBS:
            return None
        cut = words.index("and") if "and" in words else len(words)
        phrase = phrase[1:cut]
    elif not any(w in ROLE_NOUNS or w in VEHICLE_WORDS for w in words):
        return None
    if not phrase or any(t.lower in _FINITE_VERBS for t in phrase):
        return None  # 'the defensive tackle for the Chargers was arrested': a clause, no role
    while phrase and phrase[-1].lower in _DANGLING:
        phrase = phrase[:-1]  # a role cut at its length ends on a word, not 'board of'
    if not phrase:
        return None
    return sentence.text[phrase[0].start - sentence.start : phrase[-1].end - sentence.start]


_DANGLING = frozenset("of for at in on to with and or the a an from by".split())


_BARE_TITLE_WORDS = 3


def _bare_title(tokens: Sequence[Token], first: int) -> bool:
    """', court clerk,': a few lower-case words ending in a role noun, closed by a comma."""
    for end in range(first, min(len(tokens), first + _BARE_TITLE_WORDS)):
        token = tokens[end]
        if not token.is_word or token.capitalised or token.lower in ("and", "or", "but"):
            return False  # '…, and sister, Kathryn Jenkin': another person, not a role
        if token.lower in ROLE_NOUNS:
            return end + 1 < len(tokens) and tokens[end + 1].text == ","
    return False


_PREPOSITIONS_BEFORE = frozenset("according to from of with by for".split())
_FINITE_VERBS = frozenset("was were is are has have had will would said says told".split())


def appositive_before(sentence: Sentence, first: int) -> str | None:
    """A role in a noun phrase just before ', Name': 'the ship's captain, Dmytro Kovalenko'."""
    tokens = sentence.tokens
    if first < 2 or tokens[first - 1].text != ",":
        return None
    start = first - 2
    while start > 0 and first - start < 10:
        token = tokens[start]
        if token.lower in DETERMINERS or token.text.endswith(("'s", "\u2019s")):
            break
        if not token.is_word or tokens[start - 1].text in (",", ";", ":", "\u2014"):
            break
        start -= 1
    phrase = tokens[start : first - 1]
    words = [t.lower for t in phrase]
    before = [t.lower for t in tokens[max(0, start - 4) : start + 1]]
    if any(w in _PREPOSITIONS_BEFORE for w in before):
        return None  # 'According to the City Attorney's office, Williams' case …': no apposition
    if not any(w in ROLE_NOUNS for w in words[:5]) or any(
        w in SPEECH_VERBS or w.endswith("ed") for w in words
    ):
        return None
    while phrase and phrase[0].lower in ("the", "a", "an", "and", "or"):
        phrase = phrase[1:]  # '…, and sister, Kathryn Jenkin': 'sister'
    if not phrase:
        return None
    return sentence.text[phrase[0].start - sentence.start : phrase[-1].end - sentence.start]
