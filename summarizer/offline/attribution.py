"""Attributed statements: who said each quotation, and what people reportedly said.

Direct quotations get their speaker from the patterns news prose uses:

    "…," X said / "…," said X / "…" X added / X said: "…" / X told Y that "…"
    X wrote on …: "…" / According to X, "…" / …, X said. (at the end of the sentence)
    X called the meeting "productive" / "…," he added, "…"

A quotation with no speaker of its own continues the previous speaker's, within the paragraph or
from the paragraph before. Reported speech ('Okafor said booms were being laid', 'According to
Ribeiro, crews have lost their income', '…, the minister said.') becomes a statement when the
speaker is a person; the statement is the reported clause. X may be a name, a surname, 'he'/'she'
(the most recent fitting person) or a title ('the minister', 'the board').
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..names import fold
from .lexicon import (
    MODALS,
    PERSON_PRONOUNS,
    REPORTED_SPEECH_VERBS,
    ROLE_NOUNS,
    SPEECH_VERBS,
)
from .mentions import Entity, Mention
from .text import Quotation, Sentence, Token

_SKIPPABLE = frozenset(
    "also later then has had have again previously once reportedly meanwhile further earlier "
    "in return repeatedly recently still already had".split()
)
_CLAUSE_STARTS = frozenset(
    "that the a an it he she they we there his her their its some all this these those our".split()
)
_ADVERBIAL_PREPOSITIONS = frozenset("on in at by during after before late early while".split())
_SENTENCE_END = ".!?\u2026"
_MIN_CLAUSE_WORDS = 4


@dataclass(frozen=True)
class Statement:
    """Words attributed to an entity: a quotation, or a reported clause."""

    entity: int
    start: int
    end: int
    direct: bool


class _Speakers:
    """Resolves the ways a sentence can name who speaks."""

    def __init__(
        self, sentences: Sequence[Sentence], mentions: Sequence[Mention], entities: Sequence[Entity]
    ) -> None:
        self.sentences = sentences
        self.entities = entities
        self.by_last: dict[tuple[int, int], Mention] = {}
        self.by_first: dict[tuple[int, int], Mention] = {}
        for mention in mentions:
            if mention.entity is None:
                continue
            self.by_last[(mention.sentence, mention.last)] = mention
            self.by_first[(mention.sentence, mention.first)] = mention
        self.people = sorted(
            (m for m in mentions if m.entity is not None and entities[m.entity].kind == "person"),
            key=lambda m: (m.sentence, m.first),
        )
        self.last_speaker: int | None = None

    def speaking(self, entity: int | None) -> int | None:
        if entity is not None and self.entities[entity].is_actor:
            return entity
        return None

    def before(self, sentence: Sentence, verb: int) -> int | None:
        """The speaker named before the verb at token `verb`."""
        tokens = sentence.tokens
        i = verb - 1
        while i >= 0 and (tokens[i].lower in _SKIPPABLE or tokens[i].lower.endswith("ly")):
            i -= 1
        if tokens[verb].lower.endswith("ing"):
            if i >= 0 and tokens[i].text != ",":  # 'with the Kremlin chief saying': left of it
                return self._named_at(sentence, i, looking_left=True)
            return self.subject(sentence, verb)  # ', saying …' speaks for the sentence's subject
        if i >= 0 and tokens[i].text == "," and i - 1 >= 0:
            appositive_name = self.by_last.get((sentence.index, i - 1))
            if (
                appositive_name is not None
                and appositive_name.first > 0
                and tokens[appositive_name.first - 1].text == ","
            ):  # "Kovalenko's lawyer, Marta Lindqvist, told"
                return self.speaking(appositive_name.entity)
            opening = next(
                (j for j in range(i - 1, max(-1, i - 25), -1) if tokens[j].text == ","), None
            )
            if opening is not None and opening > 0:
                i = opening - 1
        if i < 0:
            return None
        return self._named_at(sentence, i, looking_left=True)

    def subject(self, sentence: Sentence, verb: int) -> int | None:
        """The first speaker-like name or pronoun of the sentence, before `verb`."""
        for i in range(verb):
            token = sentence.tokens[i]
            mention = self.by_first.get((sentence.index, i))
            if mention is not None and not _possessive(sentence.tokens[mention.last]):
                return self.speaking(mention.entity)
            if token.lower in PERSON_PRONOUNS:
                return self.pronoun(sentence, i)
        return None

    def after(self, sentence: Sentence, verb: int) -> int | None:
        """The speaker named right after the verb ('said Lena Varga')."""
        tokens = sentence.tokens
        for i in range(verb + 1, min(len(tokens), verb + 6)):
            mention = self.by_first.get((sentence.index, i))
            if mention is not None:
                return self.speaking(mention.entity)
            token = tokens[i]
            if token.lower in PERSON_PRONOUNS and i == verb + 1:
                return self.pronoun(sentence, i)
            if token.lower == "the" and i + 1 < len(tokens) and tokens[i + 1].lower in ROLE_NOUNS:
                return self.title(sentence, i + 1)
            if not token.is_word or not (token.capitalised or token.lower in ROLE_NOUNS):
                break
        return None

    def _named_at(self, sentence: Sentence, i: int, *, looking_left: bool) -> int | None:
        tokens = sentence.tokens
        token = tokens[i]
        mention = self.by_last.get((sentence.index, i))
        if mention is not None:
            return self.speaking(mention.entity)
        if token.lower in PERSON_PRONOUNS:
            return self.pronoun(sentence, i)
        if token.lower in ROLE_NOUNS and i > 0 and tokens[i - 1].lower == "the":
            return self.title(sentence, i)
        if token.lower == "and" and looking_left:
            return self.subject(sentence, i)
        return None

    def pronoun(self, sentence: Sentence, at: int) -> int | None:
        """The most recent person before `at` whose gender, if known, fits the pronoun."""
        gender = "female" if sentence.tokens[at].lower == "she" else "male"
        position = (sentence.index, at)
        for mention in reversed(self.people):
            if (mention.sentence, mention.first) >= position:
                continue
            entity = self.entities[mention.entity or 0]
            if entity.gender in (None, gender) and entity.is_actor:
                return entity.index
        return None

    def title(self, sentence: Sentence, at: int) -> int | None:
        """'the minister', 'the board', 'the company': the most recent entity it fits."""
        word = sentence.tokens[at].lower
        candidates: list[tuple[tuple[int, int], int]] = []
        for entity in self.entities:
            if not entity.is_actor:
                continue
            words = {w for text in (entity.name, *entity.roles) for w in fold(text).split()}
            fits = (
                word in words
                or (word in ("company", "firm", "operator") and entity.kind == "organization")
                or (word == "group" and entity.kind == "organization")
            )
            if not fits:
                continue
            earlier = [
                (m.sentence, m.first)
                for m in entity.mentions
                if (m.sentence, m.first) < (sentence.index, at)
            ]
            if earlier:
                candidates.append((max(earlier), entity.index))
        return max(candidates)[1] if candidates else None


def find_statements(
    sentences: Sequence[Sentence], mentions: Sequence[Mention], entities: Sequence[Entity]
) -> list[Statement]:
    """Every attributed statement of the article, in order."""
    speakers = _Speakers(sentences, mentions, entities)
    statements: list[Statement] = []
    previous_paragraph = -1
    for sentence in sentences:
        if sentence.skip:
            continue
        if sentence.paragraph - previous_paragraph > 2:
            speakers.last_speaker = None
        previous_paragraph = sentence.paragraph
        quotes = [q for q in sentence.quotations if sentence.start <= q.open_at < sentence.end]
        for quote in quotes:
            speaker = _quote_speaker(sentence, quote, speakers)
            if speaker is None and quote is quotes[0] and _opens_sentence(sentence, quote):
                speaker = speakers.last_speaker
            if speaker is not None and quote.end > quote.start:
                statements.append(Statement(speaker, quote.start, quote.end, direct=True))
                speakers.last_speaker = speaker
        if not quotes or sentence.quoted_share() < 0.2:
            reported = _reported(sentence, speakers)
            if reported is not None:
                statements.append(reported)
                speakers.last_speaker = reported.entity
    return statements


def _possessive(token: Token) -> bool:
    """'Ukraine's' in 'Ukraine's President Volodymyr Zelensky' qualifies; it does not speak."""
    return token.text.endswith(("'s", "\u2019s"))


def _opens_sentence(sentence: Sentence, quote: Quotation) -> bool:
    return quote.open_at - sentence.start <= 1


def _token_index(tokens: Sequence[Token], position: int) -> int:
    """Index of the first token starting at or after `position`."""
    return next((i for i, t in enumerate(tokens) if t.start >= position), len(tokens))


def _quote_speaker(sentence: Sentence, quote: Quotation, speakers: _Speakers) -> int | None:
    tokens = sentence.tokens
    after = _token_index(tokens, quote.close_at)
    # "…," X said  /  "…," said X  /  "…," he added,
    window = tokens[after : after + 8]
    for offset, token in enumerate(window):
        if token.text == _OPEN_MARK or token.text == '"':
            break
        if token.lower == "according" and offset <= 1:  # '"…" according to Price'
            return speakers.after(sentence, after + offset + 1)
        if token.lower in SPEECH_VERBS:
            verb = after + offset
            if offset > 0 and tokens[verb - 1].lower == "and":
                break  # '"…," and said Moscow would…': the verb belongs to the sentence's subject
            named = speakers.after(sentence, verb) if offset <= 1 else None
            return named if named is not None else speakers.before(sentence, verb)
    # X said: "…"  /  X told Y that "…"  /  According to X, "…"  /  X called it "…"
    before = _token_index(tokens, quote.open_at)
    for verb in range(before - 1, -1, -1):
        token = tokens[verb]
        if token.text in ("\u201d", '"') and verb < before - 1:
            break
        if token.lower in SPEECH_VERBS:
            return speakers.before(sentence, verb)
        if token.lower == "according" and verb + 2 < len(tokens) and tokens[verb + 1].lower == "to":
            return speakers._named_at(sentence, verb + 2, looking_left=False) or speakers.after(
                sentence, verb + 1
            )
    return _trailing_attribution(sentence, speakers)


_OPEN_MARK = "\u201c"


def _trailing_attribution(sentence: Sentence, speakers: _Speakers) -> int | None:
    """The speaker of '…, the Kremlin said.' or '…, according to the coast guard.'"""
    tokens = sentence.tokens
    end = len(tokens)
    while end > 0 and tokens[end - 1].text in _SENTENCE_END:
        end -= 1
    comma = next((i for i in range(end - 1, max(-1, end - 12), -1) if tokens[i].text == ","), None)
    if comma is None:
        return None
    tail = tokens[comma + 1 : end]
    while tail and tail[0].text in ('"', "\u201d", "\u2019"):  # '…jobs," according to Price.'
        tail = tail[1:]
        comma += 1
    words = [t.lower for t in tail]
    if not _attribution_shaped(tail):
        return None
    if words[:2] == ["according", "to"]:
        return speakers._named_at(sentence, comma + 3, looking_left=False) or speakers.after(
            sentence, comma + 2
        )
    for offset, word in enumerate(words):
        if word in SPEECH_VERBS:
            verb = comma + 1 + offset
            if offset == 0:
                return speakers.after(sentence, verb)
            return speakers.before(sentence, verb)
    return None


def _reported(sentence: Sentence, speakers: _Speakers) -> Statement | None:
    """A person's reported words: 'X said (that) …', 'According to X, …', '…, X said.'"""
    tokens = sentence.tokens
    words = [t.lower for t in tokens]
    if words[:2] == ["according", "to"]:
        comma = next((i for i, t in enumerate(tokens) if t.text == ","), None)
        speaker = speakers._named_at(sentence, comma - 1, looking_left=True) if comma else None
        if comma is not None and _is_person(speakers, speaker):
            return _statement(speaker, tokens[comma + 1 :], sentence)
    trailing = _trailing_span(sentence)
    if trailing is not None and not sentence.quotations:
        speaker = _trailing_attribution(sentence, speakers)
        if _is_person(speakers, speaker):
            return _statement(speaker, tokens[:trailing], sentence)
    for verb, word in enumerate(words):
        if word not in REPORTED_SPEECH_VERBS:
            continue
        speaker = speakers.before(sentence, verb)
        if not _is_person(speakers, speaker):
            continue
        clause = _clause_after(tokens, verb)
        if clause:
            return _statement(speaker, clause, sentence)
    return None


def _is_person(speakers: _Speakers, entity: int | None) -> bool:
    return entity is not None and speakers.entities[entity].kind == "person"


def _trailing_span(sentence: Sentence) -> int | None:
    """Token index of the comma before a closing '…, X said.' / '…, according to X.'"""
    tokens = sentence.tokens
    end = len(tokens)
    while end > 0 and tokens[end - 1].text in _SENTENCE_END:
        end -= 1
    comma = next((i for i in range(end - 1, max(-1, end - 12), -1) if tokens[i].text == ","), None)
    if comma is None or comma < _MIN_CLAUSE_WORDS:
        return None
    tail = tokens[comma + 1 : end]
    words = [t.lower for t in tail]
    if _attribution_shaped(tail) and (
        words[:2] == ["according", "to"] or any(w in SPEECH_VERBS for w in words)
    ):
        return comma
    return None


def _attribution_shaped(tail: Sequence[Token]) -> bool:
    """'the Kremlin said', 'said Lena Varga', 'according to X', 'a police spokesman said'."""
    if not tail or len(tail) > 10:
        return False
    first = tail[0]
    return (
        first.capitalised
        or first.lower in PERSON_PRONOUNS | {"the", "a", "an", "according", "they"}
        or first.lower in SPEECH_VERBS
        or first.lower in ROLE_NOUNS  # ', chief executive Andrii Sokolovskyi said.'
    )


def _clause_after(tokens: Sequence[Token], verb: int) -> list[Token]:
    i = verb + 1
    verb_word = tokens[verb].lower
    if verb_word in ("told", "tells", "asked", "urged", "warned"):
        that = next(
            (j for j in range(i, min(len(tokens), i + 12)) if tokens[j].lower == "that"), None
        )
        if that is not None and not any(t.text in (",", ":") for t in tokens[i:that]):
            i = that
        else:  # skip the object: 'told rescuers | the engines had failed'
            i += 1
            while i < len(tokens) and i < verb + 7 and tokens[i].lower not in _CLAUSE_STARTS:
                i += 1
    if i < len(tokens) and tokens[i].lower in _ADVERBIAL_PREPOSITIONS:
        that = next(
            (j for j in range(i, min(len(tokens), i + 8)) if tokens[j].lower == "that"), None
        )
        if that is None:
            return []
        i = that
    if i < len(tokens) and tokens[i].lower == "that":
        i += 1
    if i >= len(tokens) or tokens[i].text in (":", ",", ".") or tokens[i].text in ('"', "\u201c"):
        return []
    clause = list(tokens[i:])
    cut = _trailing_cut(clause)
    clause = clause[:cut]
    if any(t.text in ('"', "\u201c", "\u201d") for t in clause):
        return []  # the quotation itself is the statement
    while clause and not clause[-1].is_word and not clause[-1].text[:1].isdigit():
        clause.pop()
    return clause if sum(t.is_word for t in clause) >= _MIN_CLAUSE_WORDS else []


def _trailing_cut(clause: Sequence[Token]) -> int:
    for index, token in enumerate(clause):
        if token.text == "," and index + 2 < len(clause):
            following = [t.lower for t in clause[index + 1 : index + 4]]
            if following[:2] == ["according", "to"] or any(w in SPEECH_VERBS for w in following):
                return index
    return len(clause)


def _statement(
    speaker: int | None, clause: Sequence[Token], sentence: Sentence
) -> Statement | None:
    words = [t for t in clause if t.is_word]
    if speaker is None or len(words) < _MIN_CLAUSE_WORDS:
        return None
    if any(t.lower in MODALS for t in words[:1]):
        return None
    trimmed = list(clause)
    while trimmed and not trimmed[-1].is_word and not trimmed[-1].text[:1].isdigit():
        trimmed.pop()
    while trimmed and not trimmed[0].is_word:
        trimmed.pop(0)
    if not trimmed:
        return None
    return Statement(speaker, trimmed[0].start, trimmed[-1].end, direct=False)
