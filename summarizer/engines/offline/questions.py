"""Sentences saying something is unclear, unconfirmed, pending or unanswered.

Cues: 'not (immediately) clear', 'unclear', 'did not (immediately) respond', 'declined to comment'
(or to speak, say, discuss, elaborate),
'has yet to', 'if confirmed', 'remains to be seen', 'whether', 'could not be verified'. The
question is put in the sentence's own words where the grammar allows ('It was not immediately
clear what caused the engine failure' → 'What caused the engine failure?'; '…whether the ban will
be extended…' → 'Will the ban be extended…?'); otherwise the sentence is kept as the open point.
"""

from __future__ import annotations

import re

from ...text.dates import YEAR
from ...text.lemmas import is_common_word
from .sentences import Sentence

_CUES = re.compile(
    r"(?=[nudrchyiw])"  # the letters the cues open with, tested first: twice as fast
    r"(?:\b(?:not|n't)\s+(?:immediately\s+|yet\s+)?(?:clear|known|confirmed|certain)\b"
    r"|\bunclear\b|\bunknown\b|\bunconfirmed\b"
    r"|\b(?:did|does|do)\s+not\s+(?:immediately\s+)?(?:respond|reply|return)\b"
    r"|\b(?:declined|refused)\s+to\s+(?:comment|speak|say|discuss|elaborate)\b"
    r"|\bcould\s+not\s+be\s+reached\b"
    r"|\b(?:has|have|had)\s+yet\s+to\b|\byet\s+to\s+be\b"
    r"|\bif\s+confirmed\b|\bremains?\s+to\s+be\s+seen\b|\bwhether\b"
    r"|\bcould\s+not\s+(?:be\s+)?(?:independently\s+)?verif(?:y|ied)\b|\bunresolved\b)",
    re.IGNORECASE,
)
_WH_AFTER_UNCLEAR = re.compile(
    r"(?:not\s+(?:immediately\s+)?clear|unclear)\s+(?P<clause>(?:what|who|why|how|when|where|which)\b.+)",
    re.IGNORECASE,
)
_CLAUSE_ENDS = re.compile(
    r"\s*(?:;|,\s*(?:but|and|while|although|though|whereas)\b|\s[-\u2013\u2014]\s)",
    re.IGNORECASE,
)
"""Where the unclear clause ends and another begins: 'what caused the damage, but the
ministry said …' asks only what caused the damage."""
_WHETHER = re.compile(
    r"\bwhether\s+(?P<subject>[^,;]+?)\s+(?P<aux>will|would|can|could|should|is|are|was|were|has|have)"
    r"\s+(?P<rest>[^,;]+)",
    re.IGNORECASE,
)
_NO_RESPONSE = re.compile(
    r"^(?P<subject>.+?)\s+(?:did|does|do)\s+not\s+(?:immediately\s+)?(?:respond|reply|return)",
    re.IGNORECASE,
)
_STILL_OPEN = re.compile(
    r"\s+(?:is|was|are|were|remains?)\s+(?:still\s+)?"
    r"(?:unclear|uncertain|unknown|not\s+(?:yet\s+)?(?:clear|known|certain))\s*$",
    re.IGNORECASE,
)
_CAUSE_OPEN = re.compile(
    r"\bthe\s+cause\s+of\s+(?P<what>[^,;]+?)\s+(?:is|was|remains?|remained)\s+(?:still\s+)?"
    r"(?:not\s+(?:yet\s+|immediately\s+)?(?:known|clear)|unknown|unclear)",
    re.IGNORECASE,
)
"""'The cause of the tank failure was not yet known': what caused it is the open point."""
_OPENING_LINKS = re.compile(
    r"^(?:(?:and|but|so|yet|while|although|though|whereas|however,?|said|says|added)\s+)+",
    re.IGNORECASE,
)
"""Words that link the clause to what came before, no part of its subject: 'And while it'."""
_ALTERNATIVES = re.compile(
    r"\bwhether\s+(?:in|at|on|for|from|by|with|through)\b[^,;.]*?\bor\b", re.IGNORECASE
)
"""'whether in Asia or in Africa': places or ways set side by side, not a question asked."""
_IF_CONFIRMED = re.compile(r"^if\s+confirmed,\s*(?P<rest>.+)", re.IGNORECASE)
_YET_TO = re.compile(
    r"(?:^|,\s*|\band\s+|\bbut\s+)(?P<subject>[^,]+?)\s+(?:has|have|had)\s+yet\s+to\s+"
    r"(?P<verb>[a-z]+)\s*(?P<rest>[^,;]*)",
    re.IGNORECASE,
)


def _sentence_case(subject: str) -> str:
    """'The board' → 'the board', 'Representatives for Russia' → 'representatives for
    Russia' inside a question: the capital that only opened the sentence goes. Names keep
    theirs, and so does a lone ordinary word or one that starts a run of capitals, which may be
    a name ('Shell', 'Apple Daily')."""
    words = subject.split()
    if not words:
        return subject
    first = words[0].lower()
    opener = first in ("the", "a", "an", "its", "their") or (
        is_common_word(first) and len(words) > 1 and words[1][:1].islower()
    )
    return subject[0].lower() + subject[1:] if opener else subject


def is_open_question(sentence: Sentence) -> bool:
    """Whether the sentence, outside its quotations, says something is open."""
    if sentence.open_question is None:
        sentence.open_question = _says_open(sentence)
    return sentence.open_question


def _says_open(sentence: Sentence) -> bool:
    if sentence.skip or sentence.quoted_share() > 0.5:
        return False
    for match in _CUES.finditer(sentence.text):
        position = sentence.start + match.start()
        if any(q.start <= position < q.end for q in sentence.quotations):
            continue
        answered = any(q.open_at > position for q in sentence.quotations)
        before = sentence.text[: match.start()]
        cue = match.group().lower()
        if answered and _PUT_TO_SOMEONE.search(before):
            continue  # 'Asked whether it had paid a ransom, she said: "We have not."'
        if cue == "whether" and _ASKED_OPENING.fullmatch(before):
            continue  # 'Asked whether she had anything to say, Whitfield shook her head': the
            # sentence tells the answer (open only by another cue: '…, he declined to comment')
        if cue == "whether" and _ALTERNATIVES.match(sentence.text, match.start()):
            continue  # 'cared for people elsewhere, whether in Asia or in Africa'
        if _IN_A_CONDITION.search(before) and not cue.startswith("if"):
            continue  # 'If they do not respond, they will be banned': a case put, not a gap
        if cue.startswith("had") and YEAR.search(sentence.text):
            continue  # 'The states of … had yet to join the United States in 1908': history
        if _AN_UNKNOWN.match(sentence.text, match.start()) and _AFTER_A_NOUN.search(before):
            continue  # 'transformed WorldCom from a relative unknown into …': a person or a firm
        return True
    return False


_IN_A_CONDITION = re.compile(r"\b(?:if|unless)\b[^,;]*$", re.IGNORECASE)
"""A cue in the clause that an 'if' or 'unless' opens, up to the cue."""
_AN_UNKNOWN = re.compile(r"unknown(?=\s*(?:[,.;:)]|$|\s+(?:in|into|to|from|who|and|but)\b))")
_AFTER_A_NOUN = re.compile(r"\b(?:an?|the)(?:\s+[a-z]+)?\s+$", re.IGNORECASE)
"""'a relative unknown into', 'an unknown who': the word as a noun, someone little known, and
not something the story does not know."""


_PUT_TO_SOMEONE = re.compile(r"\bask(?:ed|ing)(?:\s+[\w'-]+){0,2}\s*$", re.IGNORECASE)
"""A question someone was asked ('Asked whether …', 'when asked him whether …'): with their
answer quoted after it, the sentence says nothing is open."""


_ASKED_OPENING = re.compile(
    r"\s*(?:when\s+|after\s+being\s+|on\s+being\s+)?asked(?:\s+[\w'-]+){0,3}\s*", re.IGNORECASE
)
"""A sentence opening with the question put ('Asked whether …, she …', 'When asked by
reporters whether …'): its main clause is the answer."""


def question_for(text: str) -> str:
    """The open point as a question, in the sentence's words."""
    body = text.strip().rstrip(".")
    unclear = _WH_AFTER_UNCLEAR.search(body)
    if unclear:
        clause = _CLAUSE_ENDS.split(unclear.group("clause"), maxsplit=1)[0].strip()
        return clause[0].upper() + clause[1:] + "?"
    whether = _WHETHER.search(body)
    if whether:
        aux, subject = whether.group("aux"), whether.group("subject")
        rest = _STILL_OPEN.sub("", whether.group("rest"))  # '… is unclear' is the cue, not content
        if len(subject.split()) <= 6:
            return f"{aux.capitalize()} {subject} {rest.strip()}?"
    silent = _NO_RESPONSE.search(body)
    if silent:
        subject = _sentence_case(re.sub(r"\s+also$", "", silent.group("subject").strip()))
        plural = " and " in subject or subject.lower().startswith(("representatives", "officials"))
        return f"{'Have' if plural else 'Has'} {subject} responded?"
    pending = _YET_TO.search(body)
    if pending and len(pending.group("subject").split()) <= 6:
        subject = _OPENING_LINKS.sub("", pending.group("subject").strip())  # 'And while it'
        subject = _sentence_case(subject)
        return (
            f"Will {subject} {pending.group('verb')} {pending.group('rest').strip()}".strip() + "?"
        )
    cause = _CAUSE_OPEN.search(body)
    if cause:
        return f"What caused {cause.group('what').strip()}?"
    confirmed = _IF_CONFIRMED.search(body)
    if confirmed:
        rest = confirmed.group("rest")
        return f"Unconfirmed: {rest}"
    return body
