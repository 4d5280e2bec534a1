"""Attributed statements: who said each quotation, and what people reportedly said.

A quotation's speaker comes from the words that frame it, in the places news prose puts them:

    "…," X said / "…," said X / "…," X told Y / "…" — X          (after the quotation)
    X said: "…" / X told Y that "…" / X called the move "…"      (before it, same sentence)
    According to X, "…" / "…," according to X / …, saying "…"
    "…" ⏎ X said.                                                 (the next sentence)

A quotation with no frame of its own continues the previous speaker only where nothing came
between: it opens its sentence, and the sentence before it was that speaker's quotation. Several
quotations in one sentence share its frame ('it was "frank" and "useful"'). When the frame names
someone who cannot be resolved ('a friend said', 'the source said'), the quotation stays
unattributed: no nearby name is tried instead (see `speakers`).

Reported speech ('Okafor said booms were being laid', 'According to Ribeiro, crews have lost
their income', '…, the minister said.') becomes a statement when the speaker is a person; the
statement is the reported clause.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from ...text.dates import CALENDAR_WORDS, WEEKDAYS
from ...text.lemmas import is_common_word, lemma
from ...text.names import TITLE_WORDS, fold_name, in_given_name_lists
from ...text.predicates import is_past_form
from ...text.words import STOPWORDS
from .clues import (
    NP_STOPS,
    QUOTE_MARKS,
    SKIPPABLE,
    agentive_at,
    is_verb_like,
    opens_a_description,
    possessive,
    quoted_title_end,
)
from .entities import Entity
from .lexicon import (
    ADDRESSEE_VERBS,
    ASIDE_OPENERS,
    BASE_SPEECH_VERBS,
    CURRENCY_SIGNS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    INVERTIBLE_VERBS,
    MANNER_SPEECH_VERBS,
    MODALS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PLATFORM_NAMES,
    POSSESSIVE_PRONOUNS,
    PRONOUNS,
    REPORTED_SPEECH_VERBS,
    ROLE_NOUNS,
    SMALL_NUMBERS,
    SPEECH_VERBS,
    STATE_VERBS,
    TOPIC_OPENERS,
    WORK_NOUNS,
)
from .mentions import Mention
from .runs import TRAILING_TIME
from .sentences import (
    NOUN_DETERMINERS,
    POST_CREDIT,
    SAYING_FORMS,
    TITLE_MINOR_WORDS,
    Quotation,
    Sentence,
    Token,
    answers_in_an_interview,
    opening_participle_end,
)
from .speakers import NOBODY, Speakers

_CLAUSE_STARTS = frozenset(
    "that the a an it he she they we there his her their its some all this these those our".split()
)
_ADVERBIAL_PREPOSITIONS = frozenset("on in at by during after before late early while".split())
_SUBORDINATORS = frozenset("because since although though unless if when".split())
_REPLIES = frozenset("reply response answer retort".split())
_SENTENCE_END = ".!?\u2026"
_CLOSING_PUNCTUATION = ",.!?\u2026-\u2013\u2014:;"
_DASHES = ("-", "\u2013", "\u2014")
_COMMA_OR_DASH = (",", *_DASHES)
_MIN_CLAUSE_WORDS = 4
_CONJUNCTIONS = frozenset(
    "and but or while as though although because so yet after before when since until once if "
    "unless".split()
)
_FRAME_WINDOW = 8
_ATTRIBUTION_SENTENCE_WORDS = 10


@dataclass(frozen=True)
class Statement:
    """Words attributed to an entity: a quotation, or a reported clause.

    `cue_start`/`cue_end` span the reporter's words that frame it ('told the BBC that', 'wrote in
    a Truth Social post'); `cue_first` says whether they come before the words (then the span runs
    through them). A continuation quotation has no cue of its own: `cue_start` is None.
    """

    entity: int
    start: int
    end: int
    direct: bool
    cue_start: int | None = None
    cue_end: int | None = None
    cue_first: bool = True
    sentence_start: int | None = None
    """Where a quotation's sentence starts: a quote inside the reporter's sentence is shown in
    that sentence's words."""


@dataclass(frozen=True)
class _Frame:
    speaker: int | None
    """An entity, NOBODY (named but unresolvable), or None (no frame found)."""
    cue_start: int | None = None
    cue_end: int | None = None
    cue_first: bool = True


_NO_FRAME = _Frame(None)


def find_statements(
    sentences: Sequence[Sentence], mentions: Sequence[Mention], entities: Sequence[Entity]
) -> list[Statement]:
    """Every attributed statement of the article, in order."""
    speakers = Speakers(sentences, mentions, entities)
    statements: list[Statement] = []
    continuing: int | None = None  # who spoke the quotation that ended the previous sentence
    attributed_next: tuple[int, int] | None = None  # a next sentence that names the speaker
    running_on = _RunningOn()  # quotations that run on, unattributed, into the next paragraph
    asked = False  # the last attributed quotation ends with a question
    carried: tuple[int, int] | None = None  # where it ran on to its paragraph's end, and whose
    for position, sentence in enumerate(sentences):
        if sentence.debris:
            continue
        quotes = [q for q in sentence.quotations if sentence.start <= q.open_at < sentence.end]
        reopening = running_on.reopened_by(sentence, quotes)
        speaker_here: int | None = None
        for number, quote in enumerate(quotes):
            if _a_title_or_a_term(sentence, quote):
                continue  # 'wrote in "Secret Man: The Story of …"', 'known as the "genius grant"'
            frame = _quote_frame(sentence, quote, speakers)
            cued = frame.cue_start is not None  # its own 'said', whoever it is: no one before
            if frame.speaker is None and number > 0 and speaker_here is not None:
                frame = _Frame(speaker_here)  # 'said it was "frank" and "useful"'
            if frame.speaker is None and not _followed_by_a_new_sentence(sentence, quote, speakers):
                frame = _trailing_frame(
                    sentence, speakers
                )  # '…a "useful" meeting, the Kremlin said.'
                cued = cued or frame.cue_start is not None
            opens = number == 0 and not cued and _opens_sentence(sentence, quote)
            if frame.speaker is None and opens and carried is not None:
                frame = _Frame(_reopened_by(sentences, position, carried))
            if frame.speaker is None and opens:
                frame = _post_credit_frame(sentences, position, quote, speakers)
            if frame.speaker is None and opens:
                frame = _credit_line_frame(sentences, position, quote, speakers)
            if frame.speaker is None and opens:
                frame = _introducing_frame(sentences, position, speakers)
            if frame.speaker is None and opens:
                if not _goes_on(sentences, position, continuing):
                    frame = _next_sentence_frame(sentences, position, speakers)
                if frame.speaker is not None and frame.speaker >= 0:
                    attributed_next = (position + 1, frame.speaker)  # '"…" ⏎ X said. ⏎ "…"'
                if (
                    frame.speaker is None
                    and frame.cue_start is None
                    and not sentence.headline
                    and not (asked and sentence.first_in_paragraph)
                    and not _someone_named_closes(sentence, quote, speakers)
                    and not _a_named_frame_follows(sentences, position, speakers)
                ):  # but not past '"…?" Channel 4 News asked.', nor to the answer to a
                    frame = _Frame(continuing)  # question: '"…?" X asked.' ⏎ '"…"'
            speaker = speakers.speaking(frame.speaker)  # 'he' for a surname several people bear
            if (
                speaker is not None
                and speaker >= 0
                and _names_the_speaker(sentence, quote, entities[speaker])
            ):
                speaker = NOBODY  # '"Jermayne fired the shot," he said': not Jermayne's words
            if speaker is None or speaker == NOBODY or quote.end <= quote.start:
                speaker_here = NOBODY if speaker == NOBODY else speaker_here
                if speaker is None and _runs_on(sentences, quote):
                    running_on.wait(sentence, quote)  # '"We made hard choices. …' ⏎ '"…," X said'
                continue
            if reopening and number == 0:
                statements.extend(running_on.spoken_by(speaker))
            statements.append(
                Statement(
                    speaker,
                    quote.start,
                    quote.end,
                    direct=True,
                    cue_start=frame.cue_start,
                    cue_end=frame.cue_end,
                    cue_first=frame.cue_first,
                    sentence_start=sentence.start,
                )
            )
            speaker_here = speaker
            speakers.last_speaker, speakers.last_speaker_sentence = speaker, sentence.index
            asked = _asks(sentence, quote)
            carried = (quote.end, speaker) if _runs_on(sentences, quote) else None
        if reopening:
            running_on.left_unclaimed(sentence)
        continuing = speaker_here if speaker_here not in (None, NOBODY) else None
        if quotes and _followed_by_a_new_sentence(sentence, quotes[-1], speakers):
            closing = speakers.speaking(_trailing_frame(sentence, speakers).speaker)
            if closing is not None and closing >= 0:  # '"…," Digital prints cost less …,
                continuing = closing  # said Ms Deans.' ⏎ '"…"': Deans goes on
        if attributed_next is not None and attributed_next[0] == position and not quotes:
            continuing = attributed_next[1]  # the speaker the sentence named goes on
        if (not quotes or sentence.quoted_share() < 0.2) and not sentence.headline:
            reported = _reported(sentence, speakers)
            if reported is not None and speakers.speaking(reported.entity) == NOBODY:
                reported = None
            if reported is not None:
                if not quotes and _is_person(speakers, reported.entity):
                    continuing = reported.entity  # 'Ingaldson said the building was empty.' ⏎ '"…"'
                elif not quotes:
                    continuing = _body_reporting(sentence, speakers)  # '…, the ministry said.'
                statements.append(reported)
                speakers.last_speaker = reported.entity
                speakers.last_speaker_sentence = sentence.index
            elif not quotes and (body := _body_reporting(sentence, speakers)) is not None:
                continuing = body  # '…, a Defence Ministry statement said.' ⏎ '"…"'
            elif not quotes and (issuer := _statement_issuer(sentence, speakers)) is not None:
                continuing = issuer  # 'Jackson released a statement.' ⏎ '"Yesterday I …"'
    return statements


def unattributed_quotations(
    sentences: Sequence[Sentence], statements: Sequence[Statement]
) -> list[tuple[int, int, int, int]]:
    """The quotations no statement holds: someone's words (not a title, a term or a headline's,
    `MIN_UNATTRIBUTED_WORDS` long or more, its marks paired) that the article does not give a
    speaker for certain. Each as the quoted words' span and the span to show: the sentence
    around them when they lie within it ('The water board said in a statement that the levee
    "met every standard"'), else the words alone. Shown under no name, never a guessed one."""
    held = sorted((s.start, s.end) for s in statements)
    found: list[tuple[int, int, int, int]] = []
    for sentence in sentences:
        if sentence.debris or sentence.headline:
            continue
        for quote in sentence.quotations:
            if not sentence.start <= quote.open_at < sentence.end or quote.end <= quote.start:
                continue
            inside = sentence.text[quote.start - sentence.start : quote.end - sentence.start]
            if (
                len(inside.split()) < MIN_UNATTRIBUTED_WORDS
                or any(m in inside for m in QUOTE_MARKS)
                or _REPORTERS_WORDS.search(inside)
            ):
                continue  # a fragment, or marks paired across the reporter's own words
            if _a_title_or_a_term(sentence, quote):
                continue
            if any(start < quote.end and quote.start < end for start, end in held):
                continue
            within = quote.close_at < sentence.end and len(sentence.text) <= _SHOWN_SENTENCE
            shown = (sentence.start, sentence.end) if within else (quote.start, quote.end)
            if (quote.start, quote.end, *shown) not in found:
                found.append((quote.start, quote.end, *shown))
    return found


_SHOWN_SENTENCE = 400
_REPORTERS_WORDS = re.compile(
    r"^\s*[,.;:]"  # '", the comedian said on her Twitter feed. …"': between two quotations
    r"|,\s+(?:[A-Z][\w'\u2019-]+\s+){1,3}(?:said|says|noted|added|told|wrote)\b"
    r"|\b(?:he|she|they)\s+(?:said|says|added|told)\b"
)
"""A frame inside what the marks hold ('…, Osama noted. Osama attributed …'): they were paired
across the reporter's words, and hold no one's words alone."""


MIN_UNATTRIBUTED_WORDS = 4
"""Shorter quoted words ('armed and dangerous', 'frank') are a term or a fragment: without a
speaker they say nothing a reader can use."""


def _asks(sentence: Sentence, quote: Quotation) -> bool:
    """Whether the quotation ends with a question put to someone ('Do you dispute that?'):
    who answers it, in a paragraph of its own, is someone else. A question with no 'you' is
    often the speaker's own to answer ('Would we have done it without him?' ⏎ '"No."')."""
    inner = sentence.text[quote.start - sentence.start : quote.end - sentence.start]
    if not inner.rstrip().rstrip("'\u2019\u201d\"").endswith("?"):
        return False
    return any(
        t.lower in _SECOND_PERSON for t in sentence.tokens if quote.start <= t.start < quote.end
    )


_SECOND_PERSON = frozenset("you your yours yourself".split())


def _reopened_by(
    sentences: Sequence[Sentence], position: int, carried: tuple[int, int]
) -> int | None:
    """The speaker whose quotation, left open at the end of the paragraph before, the
    quotation opening this paragraph takes up ('"We tried everything. …' ⏎ '"We offered money.
    Nothing worked."' ⏎ 'Ana Pike, the mediator, disagreed.': still the first speaker's)."""
    end, speaker = carried
    previous = sentences[position - 1] if position > 0 else None
    if previous is None or previous.end < end:  # a quotation reopened in a new paragraph, or
        return None  # mid-line where the text lost its breaks ('… striker. "I have to …')
    return speaker if previous.start < end else None


def _runs_on(sentences: Sequence[Sentence], quote: Quotation) -> bool:
    """A quotation open to its paragraph's end with no quotation mark after its opening one:
    it runs on. One whose marks do not pair ('"Stay down,” police said') is closed, not open."""
    if quote.close_at != quote.end:
        return False
    inner = "".join(
        s.text[max(0, quote.start - s.start) : quote.end - s.start]
        for s in sentences
        if s.start < quote.end and quote.start < s.end
    )
    return not any(mark in inner for mark in ('"', "\u201c", "\u201d"))


class _RunningOn:
    """Quotations left open at the end of their paragraph with no speaker named yet: by the
    convention for a quotation running over paragraphs, the next paragraph reopens it, and
    whoever that paragraph's quotation is attributed to spoke them all ('"We have made hard
    choices. …' ⏎ '"I know some of you are angry," Okafor said.')."""

    def __init__(self) -> None:
        self._waiting: list[tuple[Sentence, Quotation]] = []

    def wait(self, sentence: Sentence, quote: Quotation) -> None:
        self._waiting.append((sentence, quote))

    def reopened_by(self, sentence: Sentence, quotes: Sequence[Quotation]) -> bool:
        """Whether the sentence opens the paragraph after the waiting quotations with a
        quotation; if it opens another paragraph, the waiting ones are nobody's."""
        if not self._waiting:
            return False
        last, quote = self._waiting[-1]
        reopens = (
            bool(quotes)
            and quotes[0].open_at == sentence.start
            and not _another_kind_of_mark(last, quote, sentence, quotes[0])
        )
        if sentence.paragraph == last.paragraph:  # reopened mid-line, the breaks lost: the
            return reopens and last.index == sentence.index - 1 and quote.end >= last.end - 1
        if not sentence.first_in_paragraph:
            return False
        if not reopens:
            self._waiting.clear()
        return reopens

    def left_unclaimed(self, sentence: Sentence) -> None:
        """After the reopening sentence: if its quotation named no speaker, those before it
        are nobody's, unless it runs on in turn: then they all wait for the paragraph that
        names who spoke them ('"…' ⏎ '"…' ⏎ '"…," Armstead said')."""
        if not any(s.index == sentence.index for s, _ in self._waiting):
            self._waiting.clear()

    def spoken_by(self, speaker: int) -> list[Statement]:
        found = [
            Statement(speaker, q.start, q.end, direct=True, sentence_start=s.start)
            for s, q in self._waiting
        ]
        self._waiting.clear()
        return found


def _another_kind_of_mark(
    before: Sentence, waiting: Quotation, sentence: Sentence, quote: Quotation
) -> bool:
    """Whether a paragraph's opening quotation mark is of another kind than the one left open
    before it: a quotation inside the one running on ('"The Obama administration is still
    reluctant …' ⏎ '“I don't want to talk about it,” Earnest said."': the article quoted, not
    Earnest), not its reopening."""
    opened = before.text[waiting.open_at - before.start : waiting.open_at - before.start + 1]
    opening = sentence.text[quote.open_at - sentence.start : quote.open_at - sentence.start + 1]
    marks = ('"', "\u201c")
    return opened in marks and opening in marks and opened != opening


def _names_the_speaker(sentence: Sentence, quote: Quotation, speaker: Entity) -> bool:
    """Whether the quote names its supposed speaker in the third person (his given name or
    surname): people speak of others by name, seldom of themselves."""
    if speaker.kind != "person":
        return False
    words = {
        w
        for m in speaker.mentions
        for w in fold_name(m.name).split()
        if len(w) > 2 and not is_common_word(w)  # 'Will', 'Rose' are words too
    }
    inner = sentence.text[quote.start - sentence.start : quote.end - sentence.start]
    surnames = {fold_name(m.name).split()[-1] for m in speaker.mentions if m.name.strip()}
    found = list(re.finditer(r"[^\W\d_][\w'\u2019-]*", inner))
    for at, match in enumerate(found):
        word = fold_name(match.group())
        if word not in words:
            continue
        before = found[at - 1] if at else None
        given = fold_name(before.group()) if before is not None else ""
        another = (  # 'Ivo Lis was born', told by Ana Lis: her son, named in full
            word in surnames
            and before is not None
            and inner[before.end() : match.start()] == " "
            and before.group()[:1].isupper()
            and given not in words
            and given not in TITLE_WORDS
            and not is_common_word(given)
        )
        if not another:
            return True
    return False


def _a_speech_verb_and_colon(lead: str) -> bool:
    """Whether the words before a quotation end on a verb of saying and a colon ('and
    wrote:'), not a label's colon ('Esther Williams: "Million Dollar Mermaid"')."""
    words = lead.rstrip().removesuffix(":").split()
    return lead.rstrip().endswith(":") and bool(words) and words[-1].lower() in SPEECH_VERBS


def _a_title_or_a_term(sentence: Sentence, quote: Quotation) -> bool:
    """Quotation marks around a work's title (three or more long words, all capitalised) or
    around a name for something ('known as the "genius grant"'): nobody's words."""
    inside = [t for t in sentence.tokens if quote.start <= t.start < quote.end and t.is_word]
    if len(sentence.text[quote.start - sentence.start : quote.end - sentence.start].strip()) == 1:
        return True  # 'waved a "W" flag', 'an "A" grade': a letter names something
    long_words = [t for t in inside if len(t.text) >= 4]
    lead = sentence.text[: quote.open_at - sentence.start]  # the words before the opening mark
    if (
        len(long_words) >= 3
        and not _a_speech_verb_and_colon(lead)  # 'wrote: "Ivo Lis Warren 12/31/17."': words
        and all(t.capitalised or t.lower in TITLE_MINOR_WORDS for t in inside)
        and sum(t.text.isupper() and len(t.text) >= 3 for t in inside) <= 1
    ):
        return True  # every word capitalised but 'of', 'the' …: a title, not 'get the DEAL DONE'

    tail = sentence.text[quote.close_at + 1 - sentence.start :]  # and after the closing one
    if _a_nickname(inside, lead, tail):
        return True  # 'Vito "The Lamp" Corra'
    if _a_label(inside, lead, tail):
        return True  # 'IE 6 and the "beta" release of IE 8'
    if _a_things_name(inside, lead, tail):
        return True  # 'the "Meth. We're on it." campaign did not appeal to …': its slogan
    if not sentence.headline and _a_named_thing(inside, tail):
        return True  # 'The Reporter said "Moon," which is expected to …': a film, not words
    if not sentence.headline and _a_name_before_its_verb(sentence, quote, inside, tail):
        return True  # 'says "Cosby" gets the station's highest ratings': the show, a subject
    if inside and inside[0].capitalised and lead.rstrip().endswith(",") and _WHO_NEXT.match(tail):
        return True  # 'emailed a friend, "Carlos C.D. (spy)," who owned …': what he is called
    if _a_programme(inside, lead):
        return True  # 'said on NBC's "Meet the Press"', 'appearing Friday on "CBS This Morning,"'
    if not sentence.headline and _a_works_title(sentence, quote, inside, lead):
        return True  # 'director of "A Beautiful Mind"', 'whose latest film, "Frost/Nixon,"'
    if _opens_sentence(sentence, quote) and _WRITTEN_OR_IS.match(
        sentence.text, quote.end - sentence.start + 1
    ):
        return True  # '"I (heart) you" was written in blood on the wall': a thing, not words
    words = lead[-24:].lower().split()
    if len(inside) <= 4 and _a_named_document(words, tail):
        return True  # 'said in an e-mailed "traffic disruption update," adding': its name
    if words[-1:] in (["the"], ["a"], ["an"]):
        words = words[:-1]
    if _capitalised_and_short(inside, 3) and (
        words[-2:] in (["name", "was"], ["name", "is"]) or words[-1:] in (["named"], ["called"])
    ):
        return True  # 'believed the defendant's name was "Jermayne Taylor,"': a name
    if len(inside) <= 4 and (
        (words[-2:-1] == ["the"] and words[-1:] and words[-1] in _WORD_NOUNS)
        or _ANOTHER_WORD_NAMED.search(lead)
    ):
        return True  # 'removed the words "comprehensive" and "downside risks."': words
        # mentioned, not said
    if len(inside) <= _SUBJECT_TERM_WORDS and _A_SUBJECTS_VERB.match(tail):
        return True  # "According to Tech Radar, 'industry sources' claim …": a term, the
        # subject of its own verb, not anyone's words
    if words[-2:] == ["billed", "as"] and len(inside) <= _BILLED_WORDS:
        return True  # 'a charity match billed as "Ronaldo's friends against Zidane's friends"'
    return len(inside) <= 4 and (
        words[-2:] == ["known", "as"] or (bool(words[-1:]) and words[-1] in _NAMING_WORDS)
    )


_SUBJECT_TERM_WORDS = 3
_A_SUBJECTS_VERB = re.compile(
    r"[\s'\u2019\"\u201d]*(?:claim|believe|suggest|insist|warn|report|reveal)s?\b"
)
"""A verb of saying right after a short quotation's closing mark, no comma between: the
quoted words name who says it ("'industry sources' claim"), a term, not anyone's words ('said
"firm action" was needed' keeps his)."""
_BILLED_WORDS = 8
"""Words of a billing at most: what something is billed as is its promoters' title."""


_WORD_NOUNS = frozenset("word words phrase term label slogan".split())
_ANOTHER_WORD_NAMED = re.compile(
    r"\bthe (?:words|terms|phrases) [\"\u201c][^\"\u201d]{1,40}[\"\u201d],? (?:and|or) $"
)
"""Nouns after which a short quotation is the words named ('the term "cliffhanger"')."""


def _a_nickname(inside: Sequence[Token], lead: str, tail: str) -> bool:
    """A short capitalised quotation between two capitalised words: a nickname written inside
    a name ('Vincent "The Chin" Gigante', 'Charles "Lucky" Luciano')."""
    if not _capitalised_and_short(inside, 4):
        return False
    before = lead.split()
    after = tail.split()
    return (
        bool(before)
        and bool(after)
        and before[-1][:1].isupper()
        and before[-1].isalpha()
        and after[0][:1].isupper()
    )


def _capitalised_and_short(inside: Sequence[Token], most: int) -> bool:
    """One to `most` quoted words, every one capitalised: how a name is written."""
    return 0 < len(inside) <= most and all(t.capitalised for t in inside)


def _a_label(inside: Sequence[Token], lead: str, tail: str) -> bool:
    """One or two words quoted between 'the' (or 'or') and the noun they qualify ('the "beta"
    release', 'an undiscovered flaw, or "zero day" vulnerability'): a label, nobody's words."""
    if not inside or len(inside) > 2:
        return False
    before = lead.split()
    after = re.match(r"\s*([a-z]+)\b", tail)
    return bool(before) and before[-1].lower() in ("the", "or") and after is not None


def _a_things_name(inside: Sequence[Token], lead: str, tail: str) -> bool:
    """A short quotation, capitalised, between a determiner and a noun for a named thing ('the
    "Meth. We're on it." campaign', 'its "Make Love Not Spam" screensaver'): the thing's
    name."""
    before = lead.split()
    after = re.match(r"\s*([a-z]+)\b", tail)
    return (
        0 < len(inside) <= _NAME_WORDS
        and inside[0].capitalised  # not 'promised a "firm but fair" policy': his words
        and bool(before)
        and before[-1].lower() in _DETERMINERS_OF_A_NAME
        and after is not None
        and after.group(1) in _NAMED_THINGS
    )


_NAME_WORDS = 8
"""How many words a quoted name of a thing may run to."""
_DETERMINERS_OF_A_NAME = frozenset("the a an its his her their our this".split())
_NAMED_THINGS = frozenset(
    """
    campaign slogan motto programme program scheme initiative show series song album book
    film movie advert ad policy plan project tour operation strategy screensaver app game
    """.split()
)
"""Nouns a quoted name goes before: 'the "Meth. We're on it." campaign'."""


def _a_named_thing(inside: Sequence[Token], tail: str) -> bool:
    """A short capitalised quotation that a relative clause then describes ('"Moon," which is
    expected to have a larger budget'): the name of a thing, not someone's words. (Not in a
    headline, where every word is capitalised.)"""
    return _capitalised_and_short(inside, 4) and re.match(r"\s*,?\s*which\b", tail) is not None


def _a_name_before_its_verb(
    sentence: Sentence, quote: Quotation, inside: Sequence[Token], tail: str
) -> bool:
    """One to three capitalised words quoted without punctuation, then a finite verb that is
    no speech verb ('"Cosby" gets the station's highest ratings'): the quotation is a name,
    the subject of that verb, not anyone's words ('"Cosby," says Tamm' is his)."""
    text = sentence.text[quote.start - sentence.start : quote.end - sentence.start]
    if not _capitalised_and_short(inside, 3) or any(c in text for c in ",.;:!?"):
        return False
    verb = re.match(r"\s*([a-z]+)\b", tail)
    if verb is None:
        return False
    word = verb.group(1)
    if word in SPEECH_VERBS or word in MANNER_SPEECH_VERBS:
        return False
    if word in _FINITE_AUXILIARIES or is_past_form(word):
        return True
    return word.endswith("s") and not word.endswith("ss") and lemma(word) != word


def _a_works_title(
    sentence: Sentence, quote: Quotation, inside: Sequence[Token], lead: str
) -> bool:
    """Capitalised words in quotation marks after 'of', 'in' or a kind of work ('director of
    "A Beautiful Mind"', 'his latest film, "Frost/Nixon,"'): a title. Not shouted words
    ('"Vladimir, STOP!"'), nor a headline, where every word is capitalised."""
    if not inside:
        return False
    words = [t for t in inside if t.lower not in TITLE_MINOR_WORDS or t is inside[0]]
    if not all(t.capitalised and not (t.text.isupper() and len(t.text) > 1) for t in words):
        return False
    text = sentence.text[quote.start - sentence.start : quote.end - sentence.start]
    if "!" in text or "?" in text:
        return False
    before: list[str] = re.findall(r"[a-z]+", lead.lower())
    if before and before[-1] in _WORK_WORDS:
        return True
    # 'his current film, the epic "Australia,"': a kind of work, an article and one word
    tail = before[-3:]
    return len(tail) == 3 and tail[0] in WORK_NOUNS and tail[1] in ("the", "a", "an")


def _a_programme(inside: Sequence[Token], lead: str) -> bool:
    """Capitalised words in quotation marks after a broadcaster's possessive ("on CNN's",
    "tells MSNBC's") or after 'on' that follows a word of speaking or a day ('said on',
    'Friday on'): a programme's title ("Hannity", "CBS This Morning", "Meet the Press")."""
    if not inside or len(inside) > _PROGRAMME_WORDS:
        return False
    if not inside[0].capitalised or not all(
        t.capitalised or t.lower in TITLE_MINOR_WORDS for t in inside
    ):
        return False
    if _AN_OUTLETS_PROGRAMME.search(lead):
        return True
    before = re.findall(r"[a-z]+", lead.lower())[-2:]
    if before[-1:] == ["told"] or before[-1:] == ["tells"]:
        return True  # 'Fiorina told "Fox and Friends,"': whom she told, no words
    return len(before) == 2 and before[1] in ("on", "with") and before[0] in _ON_THE_AIR


_PROGRAMME_WORDS = 5
_AN_OUTLETS_PROGRAMME = re.compile(
    r"\b(?i:on|told|tells|tell|to|of|for)\s+(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['\u2019]s\s*$"
)
"""'on NBC's ', 'told ABC's ', "of CNN's ", "on Fox News Channel's ", "tells MSNBC's ": what a
broadcaster's programme's quoted title follows."""
_ON_THE_AIR = frozenset(
    "said says say appearing appeared appears appearance interview interviews told speaking "
    "spoke remarks comments podcast program programme monday tuesday wednesday thursday friday "
    "saturday sunday".split()
)
"""Words before 'on' that a programme's quoted title follows ('said on "Meet the Press"')."""
_WORK_WORDS = frozenset(
    "of in film films movie movies book books novel song songs album show series play epic "
    "comedy drama thriller sequel biopic tale adventure fantasy romance western "
    "documentary opera musical poem direct directs directed directing star stars starred "
    "starring produce produces produced producing podcast programme program broadcast "
    "blockbuster franchise".split()
)
"""Words after which Capitalised quoted words are a work's title: 'to write and direct "The
Hunger Games."', 'starred in "Pleasantville"'."""


def _a_named_document(before: list[str], after: str) -> bool:
    """'in an e-mailed "traffic disruption update,"': the quotation ends the noun phrase that
    'in a(n)' opens, so it names the thing it was said in. Not 'in a "useful" meeting', where
    the quoted words describe a noun that follows."""
    opening = before[-2:]
    if before[-1:] and re.fullmatch(r"[a-z]+(?:-[a-z]+)*(?:ed|en)", before[-1]):
        opening = before[-3:-1]  # 'in an e-mailed', 'in a written'
    if len(opening) < 2 or opening[0] != "in" or opening[1] not in _DOCUMENT_DETERMINERS:
        return False
    following = re.match(r"[\"\u201d\u2019']?[,.;:)]?\s*(\w*)", after)
    word = following.group(1) if following else ""
    return not (word[:1].islower() and word not in _DOCUMENT_FOLLOWERS)


_DOCUMENT_DETERMINERS = frozenset("a an its their his her".split())
_DOCUMENT_FOLLOWERS = frozenset("adding saying and which that noting".split())


_WRITTEN_OR_IS = re.compile(r"[\"\u201d\u2019']?\s*(?:was|were|is|are)\s+\w+", re.IGNORECASE)
"""A quotation that is the subject of 'was written', 'is': a thing named, nobody speaking."""
_WHO_NEXT = re.compile(r"\s*,?\s*who\b")
"""A relative clause about a person right after a quotation: the quotation named them."""
_NAMING_WORDS = frozenset("dubbed nicknamed titled entitled so-called".split())


def _someone_named_closes(sentence: Sentence, quote: Quotation, speakers: Speakers) -> bool:
    """Right after the quotation, a name (a few words may describe it) and a lower-case word:
    '"…," a crestfallen Mr Lim grumbled to the presenter'. Whatever the verb, that frame is
    someone's; the quotation does not go on in the voice of whoever spoke before it."""
    tokens = sentence.tokens
    mark = _token_index(tokens, quote.close_at + 1)
    inner = sentence.text[quote.start - sentence.start : quote.end - sentence.start].rstrip()
    goes_on = inner.endswith((",", "?", "!")) or (
        mark < len(tokens) and tokens[mark].text in _COMMA_OR_DASH
    )
    i = _words_after_the_quote(tokens, quote)
    if i >= len(tokens) or not (goes_on or not tokens[i].capitalised):
        return False  # '"… the poll tax. "With Labour Britain is working': a new sentence
    for j in range(i, min(len(tokens), i + _WORDS_BEFORE_A_CLOSING_NAME + 1)):
        named = speakers.name_at(sentence, j)
        if named is not None:
            verb = named.last + 1
            return (
                not possessive(tokens[named.last])
                and verb < len(tokens)
                and tokens[verb].is_word
                and not tokens[verb].capitalised
            )
        title = tokens[j].lower.rstrip(".") in TITLE_WORDS
        if not tokens[j].is_word or (tokens[j].capitalised and not title):
            return False
        if j == i and not title and tokens[j].lower not in _ARTICLES:
            return False  # '"…" with the U.S. economy': a phrase, not a subject
    return False


_WORDS_BEFORE_A_CLOSING_NAME = 3
"""'a crestfallen Mr Lim': the words that may describe a name closing a quotation."""


def _a_named_frame_follows(
    sentences: Sequence[Sentence], position: int, speakers: Speakers
) -> bool:
    """The next sentence is a name and a verb alone, cut off by the question or exclamation
    mark that closed the quotation ('"Did you ever know …?" Mr Weingarten pressed.'): that
    person's frame, whatever the verb."""
    if position + 1 >= len(sentences):
        return False
    sentence, following = sentences[position], sentences[position + 1]
    if not sentence.text.rstrip().rstrip("\"\u201d'").endswith(("?", "!")):
        return False
    tokens = following.tokens
    named = speakers.name_at(following, 0) or speakers.titled_from(following, 0)
    if named is None or following.paragraph != sentence.paragraph:
        return False
    verb = named.last + 1
    return (
        verb < len(tokens)
        and tokens[verb].is_word
        and not tokens[verb].capitalised
        and all(not t.is_word for t in tokens[verb + 1 :])
    )


def _opens_sentence(sentence: Sentence, quote: Quotation) -> bool:
    lead = sentence.text[: quote.open_at - sentence.start]
    return not lead.strip(" -\u2013\u2014\u2022*")


def _token_index(tokens: Sequence[Token], position: int) -> int:
    """Index of the first token starting at or after `position`."""
    return next((i for i, t in enumerate(tokens) if t.start >= position), len(tokens))


def _quote_frame(sentence: Sentence, quote: Quotation, speakers: Speakers) -> _Frame:
    if _introduced_by_a_speech_verb(sentence, quote):
        # 'an employee … had yelled, "Hide!" Vanore said': the one who yelled, not Vanore
        before = _frame_before(sentence, quote, speakers)
        if before.speaker is not None:
            return before
    after = _frame_after(sentence, quote, speakers)
    if after.speaker is not None and not _introduces_the_next(sentence, after):
        return after
    before = _frame_before(sentence, quote, speakers)
    if after.speaker is not None:  # 'When X said his rival "…", Y replied: "…"': X's words
        return before if before.speaker is not None else after
    return before if before.speaker is not None or after.cue_start is None else after


def _introduces_the_next(sentence: Sentence, frame: _Frame) -> bool:
    """The speech verb after a quotation is followed by a colon or another quotation: it
    introduces what comes next, and frames the quotation before only if nothing else does."""
    if frame.cue_end is None:
        return False
    following = sentence.text[frame.cue_end - sentence.start :].lstrip()[:1]
    return following == ":" or (following != "" and following in QUOTE_MARKS)


def _a_manner_of_saying_before(tokens: Sequence[Token], verb: int, quoted: int) -> bool:
    """'Pruitt fumed: "…"', 'she sobbed, "…"': a verb of manner right before the punctuation
    that opens the quotation at token `quoted`."""
    between = [t.text for t in tokens[verb + 1 : quoted]]
    if tokens[verb].lower in _GOING_ON and between == ["on", ":"]:
        return True  # 'The Tory leader went on: "…"'
    if (
        tokens[verb].lower in _RETORTS
        and between[:1] == ["back"]
        and between[-1:] in ([":"], [","])
        and all(w.endswith("ly") for w in between[1:-1])
    ):
        return True  # 'Hillary shot back, "…"', 'Rubio fired back forcefully: "…"'
    return tokens[verb].lower in MANNER_SPEECH_VERBS and between in ([":"], [","])


_A_DOCUMENTS_VERBS = frozenset(
    "read reads began begins continued continues concluded concludes ended ends".split()
)
"""Verbs by which a document, as the subject, frames a quotation: 'the letter read', '"…,"
the letter began'."""
_GOING_ON = frozenset("went goes go".split())
"""Verbs that, with 'on' and a colon, hand over to the speaker's words going on."""
_REFERRING = frozenset(
    "referred refers refer referring denounced denounces condemned condemns dismissed dismisses "
    "branded brands labelled labeled labels hailed hails decried decries derided derides "
    "characterized characterised characterizes characterises".split()
)
"""Verbs that, with 'as' before a quotation, give the subject's own word for something."""
_CREDITING = frozenset("thanked thanks credited credits blamed blames faulted faults".split())
"""Verbs that, with 'for' right before a quotation, give the subject's words for what someone
did."""
_RETORTS = frozenset("shot fired hit snapped wrote pushed".split())
"""Verbs that, with 'back' and a colon or comma, hand over to a retort."""


def _a_manner_of_saying_after(tokens: Sequence[Token], verb: int) -> bool:
    """'"…," she sobbed.', '"…," Toomey fumed on Tuesday.': a verb of manner closing the
    sentence after the quotation, or only a day after it."""
    if tokens[verb].lower not in MANNER_SPEECH_VERBS:
        return False
    rest = [t.lower for t in tokens[verb + 1 :] if t.text not in (".", "!")]
    return (
        not rest
        or rest in _DAYS_AFTER
        or (len(rest) == 2 and rest[0] in ("on", "last") and rest[1] in WEEKDAYS)
    )


_DAYS_AFTER = [["yesterday"], ["today"], ["tonight"]]
"""A day alone after a verb of manner closing its sentence ('she sobbed yesterday')."""


def _goes_on_at(tokens: Sequence[Token], verb: int) -> bool:
    """'Trump went on' after a quotation: its speaker going on, right after the name."""
    return (
        tokens[verb].lower in _GOING_ON
        and verb + 1 < len(tokens)
        and tokens[verb + 1].lower == "on"
        and verb > 0
        and (tokens[verb - 1].capitalised or tokens[verb - 1].lower in PERSON_PRONOUNS)
    )


def _a_manner_of_saying_inverted(tokens: Sequence[Token], window: Sequence[int]) -> bool:
    """'"…," remembers Shanna Challenger': a verb of manner right after the quotation, a name
    right after it."""
    head = tokens[window[0]]
    following = window[0] + 1
    return (
        head.lower in MANNER_SPEECH_VERBS
        and not head.capitalised
        and following < len(tokens)
        and tokens[following].capitalised
    )


def _introduced_by_a_speech_verb(sentence: Sentence, quote: Quotation) -> bool:
    """A speech verb right before the quote, in the reporter's words: 'had yelled, "…"'."""
    tokens = sentence.tokens
    quoted = _token_index(tokens, quote.open_at)
    i = quoted - 1
    while i >= 0 and tokens[i].text in (",", ":"):
        i -= 1
    if i < 0 or sentence.is_quoted(tokens[i].start):
        return False
    token = tokens[i]
    return (
        token.is_word
        and not token.capitalised
        and (token.lower in SPEECH_VERBS or _a_manner_of_saying_before(tokens, i, quoted))
    )


def _frame_after(sentence: Sentence, quote: Quotation, speakers: Speakers) -> _Frame:
    """'"…," X said' / '"…," said X' / '"…" — X' / '"…," according to X'."""
    tokens = sentence.tokens
    inner = sentence.text[quote.start - sentence.start : quote.end - sentence.start]
    inner = inner.rstrip().rstrip("'\u2019)]").rstrip()  # a quote inside ends it: '…off,'"
    first = _token_index(tokens, quote.close_at)
    ends_clause = inner[-1:] in _CLOSING_PUNCTUATION or (
        first < len(tokens)
        and (tokens[first].text in _COMMA_OR_DASH or tokens[first].lower in ("said", "says"))
    )  # '"… the full protection of the law" said Salazar': the comma left out
    if first >= len(tokens) or not ends_clause:
        return _NO_FRAME
    dash = tokens[first].text in _DASHES
    while first < len(tokens) and tokens[first].text in _COMMA_OR_DASH:
        first += 1
    window: list[int] = []
    limit = _past_a_described_role(tokens, first, first + _FRAME_WINDOW)
    limit = _past_an_affiliation(tokens, first, limit)
    titled = speakers.titled_from(sentence, first) if first < len(tokens) else None
    if titled is not None:  # 'New York City Councilman Jumaane D. Williams, who …, said'
        limit = max(limit, titled.last + 1 + _FRAME_WINDOW)
    i = first
    while i < min(len(tokens), limit):
        title_end = quoted_title_end(tokens, i) if i > first else None
        if title_end is not None:  # 'X, co-author of "The Life of a Pinup Legend," said'
            window.extend(range(i, title_end + 1))
            limit += title_end + 1 - i
            i = title_end + 1
            continue
        if tokens[i].text in QUOTE_MARKS or tokens[i].text in (";", ":"):
            break
        window.append(i)
        if _glued_to_the_next(tokens, i):
            limit += 1  # 'the 33-year-old actress's rep Jack Ketsoyan told': one word of three
        closing = (_aside_end(tokens, i) or _unclosed_aside_end(tokens, i)) if i > first else None
        if closing is not None:  # 'X, an official at one of the city's precincts, told AFP'
            limit += closing - i
        i += 1
    if not window or tokens[window[0]].lower in _CONJUNCTIONS:
        return _NO_FRAME  # '"in jest," but still maintains…': the frame is before the quote
    if tokens[window[0]].lower == "including":
        return _NO_FRAME  # '"unacceptable," including reported calls for …': a list follows
    if tokens[window[0]].lower in ("came", "comes") and any(
        tokens[i].lower in _REPLIES for i in window[1:4]
    ):
        return _Frame(NOBODY)  # '"All right," came the reply': the one answering, unnamed
    head = tokens[window[0]]
    if head.lower == "according" and len(window) > 1 and tokens[window[1]].lower == "to":
        return _Frame(speakers.after_verb(sentence, window[1]), head.start, head.end, False)
    if head.lower in SPEECH_VERBS and not head.capitalised:
        if head.lower not in INVERTIBLE_VERBS:
            return _NO_FRAME
        return _Frame(speakers.after_verb(sentence, window[0]), head.start, head.end, False)
    if _a_manner_of_saying_inverted(tokens, window):
        named = speakers.after_verb(sentence, window[0])
        if named is not None:  # '"…," remembers Shanna Challenger, the coordinator'
            return _Frame(named, head.start, head.end, False)
    aside_end = -1
    new_sentence = _opens_a_new_sentence(sentence, window[0], speakers)
    for i in window[1:]:
        token = tokens[i]
        if (
            token.lower == "quoted"
            and tokens[i - 1].lower not in _BE_FORMS  # 'X was quoted as saying': X speaks
            and _as_saying_after(tokens, i)
        ):
            # 'the New York Daily News quoted witness Devonte Brown as saying': Brown speaks,
            saying = next(j for j in range(i + 1, len(tokens)) if tokens[j].lower == "saying")
            cue = tokens[saying]  # and his verb is the saying, not the paper's quoting
            return _Frame(speakers.after_verb(sentence, i), cue.start, cue.end, False)
        said = None if new_sentence else _said_after_comma(sentence, i, speakers)
        if said is not None:  # '"We heard pop, pop, pop," smelled gunpowder …, said Jean Larson'
            named, verb = said
            return _Frame(named, tokens[verb].start, tokens[verb].end, False)
        if token.text == "," and i != aside_end:
            closing = _aside_end(tokens, i) or _unclosed_aside_end(tokens, i)
            if closing is None and _closes_an_aside_before_its_verb(tokens, i, aside_end):
                return _first_named_speaks(sentence, window[0], i + 1, titled, speakers)
            if closing is None:
                break
            aside_end = closing
        if i < aside_end:
            continue  # 'X, a resident who tweeted about the smoke, said': the aside's verb
        if token.lower in _CLAUSE_OPENERS and not _as_saying_after(tokens, i - 1):
            break  # '… “Red Nobility,” a topic that's sensitive as Xi urges his comrades to
            # …': a clause of its own, framing nothing (but 'was quoted as saying')
        reads = token.lower in _A_DOCUMENTS_VERBS and tokens[i - 1].lower in DOCUMENT_NOUNS
        speech = (
            token.lower in SPEECH_VERBS
            or _a_manner_of_saying_after(tokens, i)
            or _goes_on_at(tokens, i)
        )
        if (speech or reads) and token.is_word and not token.capitalised:
            if tokens[i - 1].lower in NOUN_DETERMINERS:
                break  # '"…," their calls for a withdrawal': a noun, and no frame after
            if _a_charge_denied(tokens, window[0], i):
                return _Frame(NOBODY)  # '"…," a charge Mr. Coleman denies': not his words
            speaker = _subject_of(sentence, i, speakers)
            if (
                token.lower in _REPLY_VERBS
                and tokens[i - 1].lower in PERSON_PRONOUNS
                and speaker == speakers.last_speaker
            ):
                speaker = NOBODY  # 'Lynch asked Coleman, "…?"' ⏎ '"Yes," he responded': not Lynch
            return _Frame(speaker, token.start, _cue_end(sentence, i, speaker, speakers), False)
    if (
        _a_pronoun_closing(tokens, window)
        and not any(  # '"…," he shot back.'
            t.lower in SPEECH_VERBS for t in tokens[: _token_index(tokens, quote.open_at)]
        )
    ):
        speaker = speakers.before_verb(sentence, window[0] + 1)
        words = [tokens[i] for i in window[1:] if tokens[i].is_word]
        return _Frame(NOBODY if speaker is None else speaker, words[0].start, words[-1].end, False)
    if (
        dash
        and not any(_a_verb_of_its_own(tokens[i]) for i in window)
        and not any(t.lower in SPEECH_VERBS for t in tokens[: _token_index(tokens, quote.open_at)])
    ):  # a credit after a dash, unless a speech verb before the quotation frames it already
        mention_speaker = speakers.after_verb(sentence, window[0] - 1)
        if mention_speaker not in (None, NOBODY) and window[-1] == len(tokens) - 1:
            return _Frame(mention_speaker)  # '"…" — Mike Pompeo, College Station, TX'
    return _NO_FRAME


def _a_charge_denied(tokens: Sequence[Token], first: int, verb: int) -> bool:
    """'"…," a charge Mr. Coleman denies': the words after the quotation name it a charge,
    then someone denies it; the quotation is what he is charged with, not his words ('"I never
    took it," he denied' has no charge between)."""
    return (
        verb > first + 2
        and tokens[first].lower in ("a", "an", "the")
        and tokens[first + 1].lower in _CHARGES
        and lemma(tokens[verb].lower) in _DENIALS
    )


_CHARGES = frozenset(
    "charge charges claim claims allegation allegations accusation accusations assertion "
    "suggestion characterization characterisation description label".split()
)
_DENIALS = frozenset("deny dispute reject refute contest".split())


def _glued_to_the_next(tokens: Sequence[Token], i: int) -> bool:
    """A number and its hyphen written onto the word after them ('33', '-' of '33-year-old')."""
    if i + 1 >= len(tokens) or tokens[i].end != tokens[i + 1].start:
        return False
    if tokens[i].text.isdigit():
        return tokens[i + 1].text == "-"
    return tokens[i].text == "-" and i > 0 and tokens[i - 1].text.isdigit()


def _a_verb_of_its_own(token: Token) -> bool:
    """A finite verb after a dash: '"LLC"—Smart Projects was incorporated in Italy' goes on
    into a sentence about the name, no credit line."""
    word = token.lower
    return not token.capitalised and (word in _FINITE_AUXILIARIES or is_past_form(word))


def _followed_by_a_new_sentence(sentence: Sentence, quote: Quotation, speakers: Speakers) -> bool:
    """The reporter's words after the quotation open a sentence of their own: the frame that
    closes it is that sentence's, not the quotation's."""
    i = _words_after_the_quote(sentence.tokens, quote)
    return i < len(sentence.tokens) and _opens_a_new_sentence(sentence, i, speakers)


def _words_after_the_quote(tokens: Sequence[Token], quote: Quotation) -> int:
    """The first token after the quotation's closing mark and the comma or dash after it."""
    i = _token_index(tokens, quote.close_at + 1)
    while i < len(tokens) and tokens[i].text in _COMMA_OR_DASH:
        i += 1
    return i


def _opens_a_new_sentence(sentence: Sentence, i: int, speakers: Speakers) -> bool:
    """Whether the reporter's words at token `i`, right after a quotation, open a sentence of
    their own, its full stop left out ('"…," Digital prints cost less …, said Ms Deans'): a
    capitalised word that is no name, no title and no quotation's."""
    token = sentence.tokens[i]
    return (
        token.capitalised
        and speakers.name_at(sentence, i) is None
        and token.lower.rstrip(".") not in TITLE_WORDS
        and not sentence.is_quoted(token.start)
    )


def _closes_an_aside_before_its_verb(tokens: Sequence[Token], comma: int, aside_end: int) -> bool:
    """'X, Chief Public Relations Officer, Defence, said': the comma right before the speech
    verb closes a second aside that follows the first one's closing comma; X, who opens the
    frame, speaks."""
    verb = comma + 1
    return (
        aside_end >= 0
        and verb < len(tokens)
        and tokens[verb].lower in SPEECH_VERBS
        and not tokens[verb].capitalised
    )


def _cue_end(sentence: Sentence, verb: int, speaker: int | None, speakers: Speakers) -> int:
    """Where the frame of a verb after its quotation ends: the clause's end ('he said, adding
    that …'), or the verb's when the speaker is named after it ('said Flight International's
    Mr Learmount': the rest says who, and the briefing shows who above)."""
    end = _clause_end(sentence, verb)
    named_after = speaker is not None and any(
        m.entity == speaker and m.first > verb and sentence.tokens[m.last].end <= end
        for m in speakers.names_in(sentence)
    )
    return sentence.tokens[verb].end if named_after else end


def _a_pronoun_closing(tokens: Sequence[Token], window: Sequence[int]) -> bool:
    """'"…," he shot back.', '"…," she fired back.': 'he' or 'she' and one or two lower-case
    words closing the sentence after the quotation are its cue, whatever the verb, where no
    speech verb before the quotation frames it ('With the mayor saying X was "…," he left')."""
    if not window or tokens[window[0]].lower not in PERSON_PRONOUNS:
        return False
    words = [tokens[i] for i in window[1:] if tokens[i].text not in _SENTENCE_END]
    return (
        0 < len(words) <= 2
        and all(t.is_word and not t.capitalised for t in words)
        and window[-1] == len(tokens) - 1
    )


def _first_named_speaks(
    sentence: Sentence, first: int, verb: int, titled: Mention | None, speakers: Speakers
) -> _Frame:
    """The frame of the name that opens it at token `first` (or its title does), speaking
    with the verb at `verb`: 'X, Chief Public Relations Officer, Defence, said'."""
    named = titled or speakers.name_at(sentence, first)
    speaker = None if named is None else speakers.speaking(named.entity)
    cue = sentence.tokens[verb]
    return _Frame(speaker, cue.start, _clause_end(sentence, verb), False)


def _as_saying_after(tokens: Sequence[Token], quoted: int) -> bool:
    """Whether 'as saying' follows the name after 'quoted' ('quoted X as saying')."""
    following = [t.lower for t in tokens[quoted + 1 : quoted + 9]]
    return any(following[j : j + 2] == ["as", "saying"] for j in range(len(following) - 1))


def _said_after_comma(sentence: Sentence, comma: int, speakers: Speakers) -> tuple[int, int] | None:
    """The speaker and verb of ', said X' or ', X said' right after the comma at `comma`, when
    they name someone: what the quotation before it and the words after it report is X's
    ('"We heard pop, pop, pop," smelled gunpowder and heard co-workers yelling, said Larson')."""
    tokens = sentence.tokens
    if tokens[comma].text != "," or comma + 2 >= len(tokens):
        return None
    verb = comma + 1
    if tokens[verb].lower == "said":
        speaker = speakers.after_verb(sentence, verb)
    else:
        name = speakers.name_at(sentence, comma + 1)
        if name is None or name.last + 1 >= len(tokens) or tokens[name.last + 1].lower != "said":
            return None
        verb = name.last + 1
        speaker = speakers.before_verb(sentence, verb)
    return None if speaker is None or speaker == NOBODY else (speaker, verb)


def _past_a_described_role(tokens: Sequence[Token], first: int, limit: int) -> int:
    """Where a frame may end when it opens with a role described at length ('the head of the
    provincial natural disaster service, Massoud Dalman, told'): past the comma that opens the
    aside with the name, with room for the verb after it."""
    described = (
        first + 1 < len(tokens)
        and tokens[first].lower in ("the", "a", "an")
        and tokens[first + 1].lower in ROLE_NOUNS
    )
    end = min(len(tokens), first + _ASIDE_TOKENS)
    comma = next((j for j in range(first, end) if tokens[j].text == ","), None)
    return max(limit, comma + 3) if described and comma is not None else limit


def _past_an_affiliation(tokens: Sequence[Token], first: int, limit: int) -> int:
    """Where a frame may end when the speaker's name carries its body ('the Rev. Larry Kroon of
    the Wasilla Bible Church told CNN'): through capitalised words and 'of the' to the verb."""
    for i in range(first, min(len(tokens), first + _ASIDE_TOKENS)):
        token = tokens[i]
        if token.is_word and not token.capitalised:
            if token.lower in SPEECH_VERBS:
                return max(limit, i + 1)
            if token.lower not in _AFFILIATION_WORDS and token.lower not in ROLE_NOUNS:
                return limit  # but 'Drug Program deputy director Millicent Tidwell told
        elif not token.is_word and token.text != ".":
            return limit
    return limit


_AFFILIATION_WORDS = frozenset("the of at for from a an and".split())


def _unclosed_aside_end(tokens: Sequence[Token], comma: int) -> int | None:
    """'X, an assistant state attorney general said': an aside whose closing comma was left
    out, a description right before a speech verb; the verb's index stands for the comma."""
    if comma + 1 >= len(tokens) or tokens[comma + 1].lower not in ASIDE_OPENERS:
        return None  # ', an assistant state attorney general', ', its minister for …'
    for j in range(comma + 2, min(len(tokens), comma + 2 + _UNCLOSED_ASIDE_WORDS)):
        token = tokens[j]
        if token.lower in SPEECH_VERBS and not token.capitalised:
            return j - 1 if j > comma + 2 else None
        if not token.is_word or token.capitalised:
            return None
    return None


_UNCLOSED_ASIDE_WORDS = 7


def _aside_follows(tokens: Sequence[Token], comma: int) -> bool:
    """'King, 39, a medical records clerk, said': a comma that opens an aside."""
    return _aside_end(tokens, comma) is not None


def _aside_end(tokens: Sequence[Token], comma: int) -> int | None:
    """The comma closing an aside that the comma at `comma` opens, if it is one."""
    if tokens[comma].text != ",":
        return None
    relative = comma + 1 < len(tokens) and tokens[comma + 1].lower in ("who", "whose")
    end = min(len(tokens), comma + (_RELATIVE_ASIDE_TOKENS if relative else _ASIDE_TOKENS))
    return next((j for j in range(comma + 1, end) if tokens[j].text == ","), None)


_ASIDE_TOKENS = 16
_RELATIVE_ASIDE_TOKENS = 24
"""', who oversaw almost 400 stories on Watergate when he was the Post's executive editor,':
a relative clause about the speaker runs longer than an apposition."""


def _dash_aside_before(tokens: Sequence[Token], before: int) -> tuple[int, int] | None:
    """The span of an aside between two dashes that closes right before token `before`: its
    speech verbs are another speaker's ('Terry White told The Post — where Heller said she was
    "…" — "I hear …"')."""
    closing = before - 1
    if closing < 1 or tokens[closing].text not in _DASHES:
        return None
    opening = next((j for j in range(closing - 1, -1, -1) if tokens[j].text in _DASHES), None)
    return None if opening is None else (opening, closing)


def _frame_before(sentence: Sentence, quote: Quotation, speakers: Speakers) -> _Frame:
    """'X said: "…"', 'X told Y that "…"', 'X called it "…"', 'According to X, "…"'."""
    tokens = sentence.tokens
    before = _token_index(tokens, quote.open_at)
    labelled = _speaker_label(sentence, before, speakers)
    if labelled is not None:
        return labelled
    posted = _posted_on_a_platform(sentence, before, speakers)
    if posted is not None:
        return posted
    sent = _sent_a_message(sentence, before, speakers)
    if sent is not None:
        return sent
    described = _described_before_a_colon(sentence, before, speakers)
    if described is not None:
        return described
    verb_first = _inverted_before_a_colon(sentence, before, speakers) or _inverted_before_a_comma(
        sentence, before, speakers
    )
    if verb_first is not None:
        return verb_first
    owned = _owned_claim(sentence, before, speakers) or _described_by(sentence, before, speakers)
    if owned is not None:
        return owned
    aside = _dash_aside_before(tokens, before)
    for verb in range(before - 1, max(-1, before - 1 - _FRAME_REACH), -1):
        token = tokens[verb]
        in_aside = aside is not None and aside[0] <= verb <= aside[1]
        if sentence.is_quoted(token.start) or in_aside:
            continue  # '… told The Post — where his lawyer said she was "…" — "I hear …"'
        if token.lower == "according" and verb + 1 < before and tokens[verb + 1].lower == "to":
            return _Frame(speakers.after_verb(sentence, verb + 1), token.start, token.end)
        if not token.is_word or token.capitalised:
            continue
        infinitive = (
            verb > 0 and tokens[verb - 1].lower == "to" and token.lower in BASE_SPEECH_VERBS
        )
        manner = _a_manner_of_saying_before(tokens, verb, before)
        naming = (
            token.lower in _REFERRING
            and any(t.lower == "as" for t in tokens[verb:before])
            and tokens[verb - 1].lower not in _BE_FORMS
        )  # 'denounced the launch as "…"'; not 'was denounced as "…"', whoever said it
        crediting = (
            token.lower in _CREDITING
            and before >= 1
            and tokens[before - 1].lower == "for"
            and tokens[verb - 1].lower not in _BE_FORMS
        )  # 'Moore thanked him for "stepping up …"': the thanker's words for what was done
        if (
            token.lower not in SPEECH_VERBS
            and not infinitive
            and not manner
            and not naming
            and not crediting
        ):
            continue  # but 'referred to Mexican immigrants as "criminals"' names them so
        if token.lower in ("called", "calls", "call") and _phoned(tokens, verb):
            continue  # 'called police to her apartment': a telephone call, not words
        if _not_words(tokens, verb) and not _responding_with(tokens, verb, before):
            continue  # 'added to their "Most Wanted" list', 'urging on fans': no speaking
        if _closes_a_relative_clause(tokens, verb, before):
            continue  # 'Davey said instead of the "bonfire of quangos" New Labour had
            # promised, there had been an "explosion" of them': what was promised ends there
        if _supposed(tokens, verb):
            continue  # 'I can't help wondering if he says to the clerk: "…"': words the
            # writer imagines; but 'X said … that if he said things which were "off the
            # mark"': X's words, framed further back
        inverted = _inverted_aside(sentence, verb, before, speakers)
        if inverted is not None:  # 'The initiative, said Nagel, "was all about …"'
            return _Frame(inverted, token.start, token.end)
        if _contrast_with_another_subject(tokens, verb + 1, quote.open_at) is not None:
            return _Frame(NOBODY)  # 'Blair said he left clean but Tory Dominic Grieve branded the
            # way the office operated as "scandalous"': Grieve's word, not Blair's
        if _a_main_clause_between(tokens, verb, before):
            return _Frame(NOBODY)
        speaker = _subject_of(sentence, verb, speakers)
        cue = _outer_speech_verb(sentence, verb, speaker, speakers)
        relaying = _relaying(sentence, verb, speaker, speakers)
        if relaying is not None:  # 'McAllister said that Palin told a pastor … "…"'
            speaker, cue = relaying
        return _Frame(speaker, cue.start, _reported_end(sentence, token.start, speakers))
    return _NO_FRAME


def _closes_a_relative_clause(tokens: Sequence[Token], verb: int, quoted: int) -> bool:
    """Whether the speech verb, in the perfect, ends a clause at a comma after which another
    clause, with a subject and verb of its own, runs to the quotation at token `quoted` ('the
    "bonfire" New Labour had promised, there had been an "explosion"'); not 'said, however,
    that "…"', nor an aside ('The year ahead, Graczyk said, was all about …')."""
    if verb < 1 or verb + 2 >= quoted or tokens[verb + 1].text != ",":
        return False
    if tokens[verb - 1].lower not in ("had", "has", "have"):
        return False
    between = [t.lower for t in tokens[verb + 2 : quoted]]
    return "that" not in between and any(w in _A_CLAUSES_VERB for w in between)


def _supposed(tokens: Sequence[Token], verb: int) -> bool:
    """Whether the speech verb is in a clause of supposing ('if he says', 'whether the
    minister would say'): what follows was not said."""
    for i in range(verb - 1, max(-1, verb - 1 - _SUPPOSING_REACH), -1):
        token = tokens[i]
        if token.lower in _SUPPOSING:
            return i == 0 or tokens[i - 1].lower != "even"  # 'even if the coach admitted'
        if not token.is_word or is_verb_like(token):
            return False  # 'When asked if … if he returned Owen said:': the clause is over
    return False


_SUPPOSING = frozenset("if whether unless".split())
_SUPPOSING_REACH = 4
"""Words between 'if' and the speech verb: the subject ('if the prime minister says')."""


def _inverted_before_a_colon(sentence: Sentence, before: int, speakers: Speakers) -> _Frame | None:
    """'Said moderator Nancy Cordes: "…"', 'In other words, explained CBS moderator Nancy
    Cordes: "…"': a speech verb opening the sentence (or its clause after an opening phrase's
    comma), its speaker after it, then the colon before the quotation at token `before`."""
    tokens = sentence.tokens
    if before < 3 or tokens[before - 1].text != ":":
        return None
    verb = next((k for k in range(before - 1) if tokens[k].text == ","), -1) + 1
    if verb >= before - 2 or any(t.text == "," for t in tokens[verb : before - 1]):
        return None
    word = tokens[verb].lower
    if word not in SPEECH_VERBS or not (word.endswith("ed") or word in SAYING_FORMS):
        return None
    if word in ("asked", "questioned"):
        return None  # 'Asked whether he was nervous she said: "…"': what she was asked
    if verb > 0 and any(t.lower in _BE_FORMS or t.lower in SPEECH_VERBS for t in tokens[:verb]):
        return None  # 'Asked whether he agreed, explained …': the opening has a verb of its own
    speaker = speakers.after_verb(sentence, verb)
    if speaker is None or speaker == NOBODY:
        return None
    return _Frame(speaker, tokens[verb].start, tokens[before - 1].start)


def _inverted_before_a_comma(sentence: Sentence, before: int, speakers: Speakers) -> _Frame | None:
    """'Says Mr. Baldwin, "We recognize …"', 'Says the Big Board's Mr. Phelan, "…"': a
    sentence opening on 'Says' or 'Said', its speaker's name, then the comma before the
    quotation at token `before`."""
    tokens = sentence.tokens
    if before < 3 or tokens[before - 1].text != "," or tokens[0].lower not in ("says", "said"):
        return None
    if any(t.text in (",", ";", ":") for t in tokens[1 : before - 1]):
        return None
    speaker = speakers.after_verb(sentence, 0)
    if speaker is None or speaker == NOBODY:
        return None
    return _Frame(speaker, tokens[0].start, tokens[before - 1].start)


def _a_main_clause_between(tokens: Sequence[Token], verb: int, quoted: int) -> bool:
    """'After Gov. Jerry Brown criticized Bill Clinton during a debate, Hillary smiled, "…"': the
    speech verb in a subordinate clause opening the sentence, and after that clause's comma a
    main clause with a subject of its own before the quotation at token `quoted`; the words
    are the main clause's, not the speech verb's ('As Smith said, "…"' hands them over)."""
    if not tokens or tokens[0].lower not in _SUBORDINATE_OPENERS | _CONDITION_OPENERS:
        return False
    if any(t.text == "," for t in tokens[1:verb]):
        return False  # 'If politics makes it too complicated, he said, Congress can …': his
    comma = next((j for j in range(verb + 1, quoted) if tokens[j].text == ","), None)
    if comma is None:
        return False
    main = [t for t in tokens[comma + 1 : quoted] if t.is_word]
    return (
        len(main) >= 2
        and (main[0].capitalised or main[0].lower in PERSON_PRONOUNS | _SUBJECT_DETERMINERS)
        and not all(t.capitalised for t in main)  # 'As X wrote on his blog Think, Save, Retire,'
    )


_SUBJECT_DETERMINERS = frozenset("the a an his her their its some many".split())


def _responding_with(tokens: Sequence[Token], verb: int, quoted: int) -> bool:
    """'responded to the figures: "We respect …"': a response in words, handed over with a
    colon a few words on, not 'responded to the treatment'."""
    return (
        tokens[verb].lower.startswith("respond")
        and tokens[quoted - 1].text == ":"
        and quoted - verb <= _RESPONSE_WORDS
    )


_RESPONSE_WORDS = 6
"""Tokens from 'responded' to the colon: 'responded to the figures:'."""


def _owned_claim(sentence: Sentence, before: int, speakers: Speakers) -> _Frame | None:
    """'… to discuss Sharon's accusation that Arafat was "responsible for everything"': the
    words are the accusation's, so its owner's, not those of whoever discusses it; 'the claim
    that …' with no owner named is no one's."""
    tokens = sentence.tokens
    for that in range(before - 1, max(0, before - _CLAIM_REACH), -1):
        token = tokens[that]
        if token.text in QUOTE_MARKS or token.text in (";", ":") or sentence.is_quoted(token.start):
            return None
        if token.lower != "that" or tokens[that - 1].lower not in _CLAIM_NOUNS:
            continue
        if that + 1 < before and is_verb_like(tokens[that + 1]):
            return None  # 'a statement that provoked a rebuke': which statement, not what it said
        noun, owner_at = tokens[that - 1], that - 2
        if owner_at >= 0 and tokens[owner_at].lower in POSSESSIVE_PRONOUNS:
            return None  # 'repeated his claim that …': whoever 'his' is, the verb's frame says
        owner = speakers.name_before_possessive(sentence, owner_at)
        if (owner is None or _the_claim_is_judged(tokens, that, before)) and any(
            t.is_word and not t.capitalised and t.lower in SPEECH_VERBS
            for t in tokens[: max(0, owner_at)]
        ):
            return None  # 'Frazier said that Rubio's claim that … is "simply not true"': the
            # claim is what Frazier answers, in her words; 'X said in a statement that …': X's
        speaker = NOBODY if owner is None else speakers.speaking(owner)
        return _Frame(speaker, noun.start, noun.end)
    return None


def _the_claim_is_judged(tokens: Sequence[Token], that: int, before: int) -> bool:
    """Whether the quotation at token `before` is said of the claim whose content opens after
    token `that` ('the claim that Cruz is in favor of it is "simply not true"'): a verb of its
    own inside the claim, then 'is' or 'was' right before the quotation."""
    judged = tokens[before - 1].lower in _JUDGING_COPULAS or (
        before + 1 < len(tokens) and tokens[before + 1].lower in _JUDGING_COPULAS
    )  # '… should see very little change "is taking spin to …"': the copula quoted too
    return judged and any(_a_verb_of_its_own(t) for t in tokens[that + 1 : before - 1])


_JUDGING_COPULAS = frozenset("is was are were".split())


def _described_by(sentence: Sentence, before: int, speakers: Speakers) -> _Frame | None:
    """'… was hailed by envoy Terje Roed-Larsen as "a potential turning point"', 'was described
    by X as "…"': the one after 'by' speaks, not a speaker named before in the sentence."""
    tokens = sentence.tokens
    if before < 4 or tokens[before - 1].lower != "as":
        return None
    name = speakers.name_ending_at(sentence, before - 2)
    if name is None:
        return None
    by = name.role_first - 1
    if by < 1 or tokens[by].lower != "by" or tokens[by - 1].lower not in _DESCRIBING_PARTICIPLES:
        return None
    cue = tokens[by - 1]
    return _Frame(speakers.speaking(name.entity), cue.start, cue.end)


_DESCRIBING_PARTICIPLES = frozenset(
    "hailed described called branded labelled labeled dismissed denounced condemned praised "
    "criticised criticized characterised characterized welcomed".split()
)


_CLAIM_NOUNS = frozenset(
    "accusation accusations claim claims allegation allegations assertion assertions "
    "statement remark remarks charge warning insistence suggestion".split()
)
_CLAIM_REACH = 16


def _inverted_aside(sentence: Sentence, verb: int, before: int, speakers: Speakers) -> int | None:
    """The speaker of ', said Nagel,' set between commas right before the quotation: 'The
    initiative, said Nagel, "was all about …"'."""
    tokens = sentence.tokens
    if verb < 1 or tokens[verb - 1].text != "," or tokens[verb].lower not in INVERTIBLE_VERBS:
        return None
    name = speakers.name_at(sentence, verb + 1) or speakers.titled_from(sentence, verb + 1)
    if name is None or name.last + 2 != before or tokens[name.last + 1].text != ",":
        return None
    return speakers.speaking(name.entity)


_FRAME_REACH = 120
"""Tokens before a quotation searched for the verb that frames it: more than any sentence
needs, and a line of thousands of quotations is read in its length's time."""


def _an_initial_or_title(token: Token) -> bool:
    """A capitalised word short enough to be an initial or an abbreviated title ('B', 'Gov')
    before a full stop inside a name."""
    return token.is_word and token.capitalised and len(token.text) <= _ABBREVIATION_LETTERS


_ABBREVIATION_LETTERS = 4


def _relaying(
    sentence: Sentence, verb: int, speaker: int | None, speakers: Speakers
) -> tuple[int | None, Token] | None:
    """The one talking when the speech verb before a quote is itself what someone else
    reports: in 'spokesman Bill McAllister said that Palin told an assistant pastor she was
    sorry for the "undeserved negative attention"', McAllister is quoting, so the words are
    his to answer for; Palin's own words would stand in her own quotation."""
    tokens = sentence.tokens
    if speaker is None or speaker == NOBODY:
        return None  # 'she heard someone say, "…"': no one named is relayed
    outer = verb
    while outer > 0:
        outer -= 1
        token = tokens[outer]
        if token.text == "," and (opening := _apposition_opening(tokens, outer)) is not None:
            outer = opening  # 'the hospital chief, Dr. Omar Hadi, had told her': one subject
            continue
        if token.text == "." and outer > 0 and _an_initial_or_title(tokens[outer - 1]):
            continue  # 'FBI Director James B. Comey had characterized': inside the name
        if sentence.is_quoted(token.start) or not token.is_word:
            return None  # 'When X asked …, Y answered', '— where Y said —': Y's own words
        if token.lower in _REPORTERS_CONJUNCTIONS:
            return None  # 'X has insisted …, while Y says he will not let "gossip" …': Y's
        if token.lower in _TIME_CONJUNCTIONS and tokens[outer - 1].lower in SPEECH_VERBS:
            return None  # 'Axelrod tweeted after Clinton argued that "…"': Clinton's argument,
            # not relayed; but 'Romney told donors he had lost because Obama had vowed to
            # bestow "gifts"' is Romney's telling
        if token.capitalised or token.lower not in SPEECH_VERBS:
            continue
        if _not_words(tokens, outer) or tokens[outer].lower.endswith("ing"):
            continue
        teller = _subject_of(sentence, outer, speakers)
        if teller is None or teller in (NOBODY, speaker):
            return None
        return teller, token
    return None


_APPOSITION_TOKENS = 6


def _apposition_opening(tokens: Sequence[Token], closing: int) -> int | None:
    """The comma opening a short name set off by commas whose closing comma is at `closing`
    ('…, Dr. Omar Hadi, had told her'): a few capitalised words and stops between them."""
    for at in range(closing - 1, max(-1, closing - 1 - _APPOSITION_TOKENS), -1):
        token = tokens[at]
        if token.text == ",":
            inside = tokens[at + 1 : closing]
            return at if inside and all(t.capitalised or t.text == "." for t in inside) else None
        if not (token.capitalised or token.text == "."):
            return None
    return None


def _outer_speech_verb(
    sentence: Sentence, verb: int, speaker: int | None, speakers: Speakers
) -> Token:
    """The cue a reader needs: in 'X told Fox News that peace would depend on what he called
    "…"', the words framing the quote begin at 'told', not at 'called'; any other cue is its
    own verb."""
    tokens = sentence.tokens
    if speaker is None or verb < 3 or tokens[verb - 2].lower != "what":
        return tokens[verb]
    for outer in range(verb - 3, -1, -1):
        token = tokens[outer]
        if sentence.is_quoted(token.start):
            return tokens[verb]
        if (
            token.is_word
            and not token.capitalised
            and token.lower in SPEECH_VERBS
            and not _not_words(tokens, outer)
            and _subject_of(sentence, outer, speakers) == speaker
        ):
            return token
    return tokens[verb]


def _sent_a_message(sentence: Sentence, before: int, speakers: Speakers) -> _Frame | None:
    """'she released a jokey response to the honor: "…"', 'the club issued a statement: "…"':
    a message sent, then a colon right before the quote, is the sender's words."""
    tokens = sentence.tokens
    if before < 3 or tokens[before - 1].text != ":":
        return None
    for i in range(before - 2, -1, -1):
        token = tokens[i]
        if not token.is_word or sentence.is_quoted(token.start) or token.text in (",", ";"):
            return None
        if not token.capitalised and token.lower in _SENDING_VERBS:
            if not any(t.lower in _MESSAGES for t in tokens[i + 1 : before - 1]):
                return None
            return _Frame(_subject_of(sentence, i, speakers), token.start, tokens[before - 1].end)
    return None


def _described_before_a_colon(sentence: Sentence, before: int, speakers: Speakers) -> _Frame | None:
    """'Brenner was less upbeat: "We are far apart."': a sentence that opens with a person's
    name, says how they were (a copula and a few lowercase words) and hands over to the
    quotation with a colon. The one described is the one quoted."""
    tokens = sentence.tokens
    if before < 4 or tokens[before - 1].text != ":":
        return None
    named = speakers.name_at(sentence, 0) or speakers.titled_from(sentence, 0)
    if named is None or not _is_person(speakers, named.entity):
        return None
    copula = cue = named.last + 1
    if possessive(tokens[named.last]):  # 'Pike's message was clear: "…"': the words are hers
        if tokens[copula].lower not in _WORDS_OF_SOMEONE:
            return None
        copula += 1
    elif tokens[copula].lower in ("put", "puts") and tokens[copula + 1].lower == "it":
        manner = tokens[copula + 2 : before - 1]  # 'Pike put it bluntly: "…"'
        if len(manner) <= 2 and all(t.lower.endswith("ly") or t.lower in _WAYS_PUT for t in manner):
            return _Frame(
                speakers.speaking(named.entity), tokens[cue].start, tokens[before - 1].end
            )
        return None  # 'put it on the table': a thing put somewhere
    described = tokens[copula + 1 : before - 1]
    if (
        tokens[copula].lower not in _DESCRIBING_COPULAS
        or not 1 <= len(described) <= _DESCRIBING_WORDS
        or not all(t.is_word and not t.capitalised for t in described)
        or any(t.lower in SPEECH_VERBS or t.lower in _ADDRESSED for t in described)
        or any(t.lower in NOUN_DETERMINERS or t.lower in _ARTICLES for t in described)
    ):  # 'Brenner was asked about it: "…?"', 'was handed a note: "…"': not his words
        return None
    return _Frame(speakers.speaking(named.entity), tokens[cue].start, tokens[before - 1].end)


_WAYS_PUT = frozenset("this way best another differently".split())
"""Words after 'put it' besides adverbs in -ly: 'put it this way', 'put it best'."""
_DESCRIBING_COPULAS = frozenset("was is were seemed sounded appeared remained".split())
_WORDS_OF_SOMEONE = frozenset(
    "message reply answer response verdict warning advice assessment reaction view".split()
)
"""What someone says, named by its kind: 'Pike's message was clear: "…"'."""
_DESCRIBING_WORDS = 4
_ADDRESSED = frozenset("questioned pressed challenged interviewed quoted heard shown".split())


def _posted_on_a_platform(sentence: Sentence, before: int, speakers: Speakers) -> _Frame | None:
    """'Musk fired back on X: "…"', 'Trump lashed out on Truth Social: "…"': a post on a
    platform, whatever verb brings it, is the words of the clause's subject."""
    tokens = sentence.tokens
    if before < 3 or tokens[before - 1].text != ":":
        return None
    platform = [t.lower for t in tokens[before - 3 : before - 1]]
    on = before - 3 if platform[-1] in PLATFORM_NAMES else None
    if platform == ["truth", "social"]:
        on = before - 4
    if on is None or on < 1 or tokens[on].lower not in ("on", "via"):
        return None
    speaker = speakers.clause_subject(sentence, on)
    if speaker is None or speaker == NOBODY:
        return None
    verb = on
    while verb > 0 and tokens[verb - 1].is_word and not tokens[verb - 1].capitalised:
        verb -= 1  # 'fired back on X': the words after the subject
    return _Frame(
        speaker, tokens[verb].start, _reported_end(sentence, tokens[verb].start, speakers)
    )


def _reported_end(sentence: Sentence, cue: int, speakers: Speakers) -> int:
    """Where what a speaker is reported to say ends: the sentence's end, or a clause of the
    reporter's own after the last quotation ('… saying it was "frank" and "useful," but it is
    not immediately clear what results were achieved')."""
    end = _content_end(sentence)
    closes = [q.close_at for q in sentence.quotations if q.open_at > cue]
    if not closes:
        return end
    opens = sorted(q.open_at for q in sentence.quotations if q.open_at > cue)
    for close in sorted(closes):  # an aside after any of them: '"…," a statement that …'
        if _another_speaks_after(sentence, close, opens, speakers):
            return close  # '"…", Achterberg laughed and replied: "…"': the rest is another's
        after = [t for t in sentence.tokens if t.start > close][:2]
        comma_at_close = any(t.end == close - 1 and t.text == "," for t in sentence.tokens)
        if after and after[0].lower in _ARTICLES and comma_at_close:
            return close  # '… "will stay with Russia," a position backed by …'
        if len(after) == 2 and after[0].text == "," and after[1].lower in _ARTICLES:
            return after[0].start  # '"…", the latest example of …'
    last_close = max(closes)
    tokens = [t for t in sentence.tokens if t.start > last_close]
    for i, token in enumerate(tokens):
        if token.text == ";" or token.text in _DASHES[1:]:
            return token.start  # '"…" — without elaborating'
        following = tokens[i + 1].lower if i + 1 < len(tokens) else ""
        if token.lower in _REPORTERS_CONJUNCTIONS or (
            token.lower == "even" and following == "though"
        ):
            comma = i > 0 and tokens[i - 1].text == ","
            return tokens[i - 1].start if comma else token.start
    return end


def _another_speaks_after(
    sentence: Sentence, close: int, opens: Sequence[int], speakers: Speakers
) -> bool:
    """Between a quotation's close and the next quotation's opening, a name and, a few words
    on (past an aside), a speech verb: someone else speaks what follows ('…", Achterberg
    laughed and replied: "…"'), not the one whose words came before ('…" and added that …',
    '…" that Dr. Benjamin has done her work there, which he described as …')."""
    following = next((o for o in opens if o >= close), sentence.end)
    tokens = sentence.tokens
    i = next((k for k, t in enumerate(tokens) if t.start > close), len(tokens))
    if _a_clause_of_another_speaker(tokens, i, following):
        return True
    if _contrast_with_another_subject(tokens, i, following) is not None:
        return True
    while i < len(tokens) and tokens[i].start < following:
        named = speakers.name_at(sentence, i)
        if named is None or possessive(tokens[named.last]):
            i += 1
            continue
        verb = named.last + 1
        if verb < len(tokens) and tokens[verb].text == ",":
            verb = (_aside_end(tokens, verb) or verb) + 1  # 'Cerar, the former commander, said'
        for token in tokens[verb : verb + _WORDS_TO_THE_VERB]:
            if not token.is_word or token.capitalised:
                break
            if token.lower in SPEECH_VERBS:
                return True
        i = named.last + 1
    return False


def _a_clause_of_another_speaker(tokens: Sequence[Token], first: int, before: int) -> bool:
    """From token `first` to the character `before`: a clause joined by 'while', 'but', 'as',
    'and' or a semicolon whose own subject speaks ('… while Brenner's deputy said', '… as
    supporters shouted:'), not the same speaker going on ('… and later added')."""
    for j in range(first, len(tokens)):
        if tokens[j].start >= before:
            return False
        if _another_speaker_joined_at(tokens, j, before):
            return True
    return False


def _another_speaker_joined_at(tokens: Sequence[Token], j: int, before: int) -> bool:
    """Token `j` joins a clause whose own subject speaks (see `_a_clause_of_another_speaker`);
    'he' or 'she' alone is most often the same speaker ('but he added')."""
    if tokens[j].lower not in _CLAUSE_JOINERS:
        return False
    subject: list[str] = []
    for token in tokens[j + 1 : j + 1 + _WORDS_TO_THE_VERB + 2]:
        if token.start >= before or not token.is_word or token.lower in _CLAUSE_JOINERS:
            return False
        speech = token.lower in SPEECH_VERBS or token.lower in MANNER_SPEECH_VERBS
        if speech and not token.capitalised:
            return subject not in ([], ["he"], ["she"])
        if token.lower not in SKIPPABLE:
            subject.append(token.lower)
    return False


def _contrast_with_another_subject(tokens: Sequence[Token], first: int, before: int) -> int | None:
    """From token `first` to the character `before`, the index of a 'but' that a name and a
    verb in the past follow ('… but Tory Dominic Grieve branded the way the office operated as
    "scandalous"'), or an 'and' that a name and a verb of saying follow ('… and the Liberal
    Democrats claim personal ambition is …'): a clause of someone else, whose words what
    follows quotes, whatever its verb; None if there is none."""
    for j in range(first, len(tokens)):
        if tokens[j].start >= before:
            return None
        word = tokens[j].lower
        if word not in _CONTRASTS and word != "and":
            continue
        saying_only = word == "and"
        if saying_only and j > 0 and (tokens[j - 1].capitalised or tokens[j - 1].lower in PRONOUNS):
            continue  # 'after he and Bernstein wrote about …': two subjects of one clause
        opening = j + 1 + (j + 1 < len(tokens) and tokens[j + 1].lower == "the")
        if not saying_only and _others_say(tokens[opening:], before):
            return j  # '…, but trust members said they wanted a copy': theirs, not his
        named = False
        for token in tokens[opening : opening + _WORDS_TO_THE_VERB + 2]:
            if token.start >= before or not token.is_word:
                break
            if named and not token.capitalised and _another_subjects_verb(token, saying_only):
                return j  # '… although Michael Howard was forced to deny …'
            if not token.capitalised and not (
                tokens[opening - 1].lower == "the" and token.lower in _SAYING_BODIES and not named
            ):
                break  # but '… and the military said it was keeping him safe': its words
            named = True
    return None


def _others_say(tokens: Sequence[Token], before: int) -> bool:
    """Whether the words open on a few common nouns and then a verb of saying ('trust members
    said', 'some analysts say'): other people speaking; not 'also said' (the same speaker)."""
    for k, token in enumerate(tokens[: _WORDS_TO_THE_VERB + 1]):
        if token.start >= before or not token.is_word or token.capitalised:
            return False
        if token.lower in SPEECH_VERBS:
            return k > 0
        if token.lower in PRONOUNS or token.lower.endswith("ly") or token.lower in SKIPPABLE:
            return False
    return False


_SAYING_BODIES = frozenset(
    "military army government police ministry company court agency spokesman spokeswoman "
    "embassy council board union".split()
)
"""Bodies and spokespeople named by a common noun after 'and the' that may say something of
their own in the middle of another's reported words."""


def _says_something(clause: Sequence[Token]) -> bool:
    """Whether words before a comma say something beyond when they were said ('the Budget
    date in a short statement'; not 'Thursday', 'on Tuesday', 'last week')."""
    return any(t.is_word and not t.capitalised and t.lower not in _WHEN_WORDS for t in clause)


_WHEN_WORDS = frozenset("on in at last this earlier later then week month year today".split())
"""Words that only say when something was said: 'said on Tuesday,', 'said last week,'."""


def _another_subjects_verb(token: Token, saying_only: bool) -> bool:
    """Whether `token` is the verb of another subject's clause: after 'and', only a verb of
    saying ('… and the Liberal Democrats claim'); after 'but', any verb in the past."""
    if saying_only:
        return token.lower in SPEECH_VERBS or token.lower in _SPEECH_VERB_BASES
    return (
        is_past_form(token.lower)
        or token.lower in _PAST_AUXILIARIES
        or token.lower in _OWN_VIEW_VERBS
    )


_CONTRASTS = frozenset("but although though whereas".split())
_SPEECH_VERB_BASES = frozenset(
    word[:-1] for word in SPEECH_VERBS if word.endswith("s") and not word.endswith("ss")
)
"""The plain present of verbs of saying ('claim', 'argue'), which a plural subject takes."""
_PAST_AUXILIARIES = frozenset("was were had".split())
_OWN_VIEW_VERBS = SPEECH_VERBS | frozenset("thought believed felt reckoned feared".split())
"""Verbs after another named subject that give that subject's own view: 'but Mike Goodridge
thought Rock's humour could …'."""
_CLAUSE_JOINERS = frozenset("while whereas but as and ;".split())
_WORDS_TO_THE_VERB = 3
"""Words between a name and its speech verb: 'laughed and replied', 'later told'."""


_REPORTERS_CONJUNCTIONS = frozenset("but while although though whereas".split())
"""Words joining a clause after the quotations that is no longer what was said."""
_TIME_CONJUNCTIONS = frozenset("after before when until once because since".split())
_ARTICLES = frozenset("a an the".split())


def _speaker_label(sentence: Sentence, before: int, speakers: Speakers) -> _Frame | None:
    """A transcript's label: 'Haldeman: "Yes, sir."', 'Peter Lynch/defence attorney: "…"': a
    person's name alone (or with a role after a slash) opening the line, then a colon."""
    tokens = sentence.tokens
    if before < 2 or tokens[before - 1].text != ":":
        return None
    if before == 2 and answers_in_an_interview(sentence):  # 'A: About four million a day.'
        speaker = speakers.interviewee
        speaker = NOBODY if speaker is None else speakers.speaking(speaker)
        return _Frame(speaker, tokens[0].start, tokens[1].end)
    start = 1 if tokens[0].text in _BULLETS else 0  # a live blog's '- Donald Tusk: "…"'
    if tokens[start].lower == "dear":
        return None  # 'DEAR ABBY: My husband …': a letter to her, not her words
    if tokens[start].lower in TOPIC_OPENERS:
        return None  # 'Of Clinton: "I just don't believe a word she says."': about her
    name = speakers.name_at(sentence, start) or _titled_name_before(
        sentence, start, before - 1, speakers
    )
    if name is None or not _is_person(speakers, name.entity):
        return None
    after = name.last + 1
    if after != before - 1 and not (after < before and tokens[after].text == "/"):
        return None
    return _Frame(speakers.speaking(name.entity), tokens[start].start, tokens[before - 1].end)


_BULLETS = frozenset("- * \u2022 \u2013 \u2014".split())


def _titled_name_before(
    sentence: Sentence, start: int, colon: int, speakers: Speakers
) -> Mention | None:
    """'Polish Prime Minister Donald Tusk:', 'Novak's spokeswoman Lucie Mala:': a name right
    before the colon with only its title between the line's start and it (capitalised words,
    an owner's name, a role's nouns)."""
    tokens = sentence.tokens
    return next(
        (
            m
            for m in speakers.names_in(sentence)
            if m.last + 1 == colon
            and m.first > start
            and all(
                t.is_word and (t.capitalised or t.lower in ROLE_NOUNS)
                for t in tokens[start : m.first]
            )
        ),
        None,
    )


def _content_end(sentence: Sentence) -> int:
    """Where the sentence's words end, before its closing stop."""
    end = sentence.end
    while end > sentence.start and sentence.text[end - sentence.start - 1] in _SENTENCE_END:
        end -= 1
    return end


def _subject_of(sentence: Sentence, verb: int, speakers: Speakers) -> int | None:
    """The speaker of the speech verb at `verb`, by the verb's form."""
    tokens = sentence.tokens
    previous = tokens[verb - 1] if verb > 0 else None
    quoted = next(
        (j for j in range(verb - 1, -1, -1) if tokens[j].lower == "quoted"), None
    )  # 'he was quoted in an interview saying'
    reported_as = verb > 2 and [t.lower for t in tokens[verb - 2 : verb]] == ["reported", "as"]
    if quoted is None and reported_as and tokens[verb - 3].lower in _BE_FORMS:
        quoted = verb - 2  # 'Hefner was reported as saying': as 'was quoted as saying'
    if quoted is not None and quoted > 0 and tokens[verb].lower.endswith("ing"):
        passive = tokens[quoted - 1].lower in _BE_FORMS
        if not passive and previous is not None and previous.lower == "as":
            return speakers.after_verb(sentence, quoted)  # 'TASS quoted Peskov as saying'
        return speakers.before_verb(sentence, quoted - 1 if passive else quoted)
    if previous is not None and previous.lower == "to":
        told = _told_to_speak(tokens, verb - 1)
        if told is not None and tokens[told].lower in _ASKS_ITS_OBJECT:
            return NOBODY  # 'challenged Mr Brown to deny …': asked to, not said by anyone
        if told is not None:  # 'prompted a Labour donor to say': the donor speaks
            spoken = speakers.noun_phrase_left(sentence, verb - 2)
            return NOBODY if spoken is None else spoken
        return speakers.clause_subject(sentence, verb)  # 'took to social media to praise'
    if tokens[verb].lower.endswith("ing"):
        if (seen := _seen_or_heard(tokens, verb)) is not None:
            spoken = speakers.noun_phrase_left(sentence, seen)  # 'he was startled to see the
            return NOBODY if spoken is None else spoken  # players shouting: "…"': the players
        said = verb - 2  # '…, Pickell said, describing the suspect as "…"': Pickell describes
        if (
            previous is not None
            and previous.text == ","
            and said > 0
            and tokens[said].is_word
            and not tokens[said].capitalised
            and tokens[said].lower in SPEECH_VERBS
            and tokens[said - 1].lower not in NOUN_DETERMINERS | {"to", "of", "for", "with"}
        ):  # not 'it would not bow to demands, calling …': a noun
            return speakers.before_verb(sentence, said)
        after_a_comma = (
            previous is not None
            and previous.lower in ("before", "after")
            and verb >= 2
            and tokens[verb - 2].text == ","
        )  # '"…," Cruz replied, before adding that he thinks "…"': the clause's subject adds
        if (
            previous is None
            or previous.text == ","
            or previous.lower in ("and", "while", "by")
            or after_a_comma
        ):
            if (held := _held_by_with_past_an_aside(tokens, verb)) is not None:
                spoken = speakers.noun_phrase_left(sentence, held)  # 'with some drivers,
                return NOBODY if spoken is None else spoken  # including Tamm, claiming …'
            if _a_named_relative_clause_before(tokens, verb):
                return NOBODY  # 'He made fun of an email UD President Dennis Assanis sent
                # students, … promising UD would "…"': the email's words or his; not guessed
            return speakers.clause_subject(sentence, verb, participle=True)
        if _object_of_a_preposition(tokens, verb - 1):
            return NOBODY  # 'a report into the "failing" agency noting …': the report notes
        if _object_of_a_verb(tokens, verb - 1) or _a_name_after_a_preposition(tokens, verb - 1):
            return speakers.clause_subject(sentence, verb, participle=True)  # 'Mr Hockney
            # also left UKIP saying …': Hockney says it, not UKIP
        return speakers.noun_phrase_left(sentence, verb - 1)  # 'with the Kremlin chief saying'
    return speakers.before_verb(sentence, verb)


def _held_by_with_past_an_aside(tokens: Sequence[Token], verb: int) -> int | None:
    """The last token of the noun phrase after 'with' whose participle at `verb` follows an
    aside in commas ('… with some drivers, including Ivo Tamm, claiming …'): the phrase
    speaks, not the sentence's subject; None where the participle has no such subject."""
    if verb < 2 or tokens[verb - 1].text != ",":
        return None
    opening = next((k for k in range(verb - 2, 0, -1) if not tokens[k].is_word), None)
    if (
        opening is None
        or tokens[opening].text != ","
        or tokens[opening + 1].lower not in _ASIDE_OPENERS
    ):
        return None
    for k in range(opening - 1, max(0, opening - _WITH_REACH) - 1, -1):
        if tokens[k].lower == "with":
            return opening - 1 if k < opening - 1 else None
        if not tokens[k].is_word:
            return None
    return None


_ASIDE_OPENERS = frozenset("including among notably especially such".split())
_WITH_REACH = 5
"""Words the noun phrase after 'with' may run to: 'with some of the drivers'."""


def _seen_or_heard(tokens: Sequence[Token], verb: int) -> int | None:
    """The last token of the noun phrase a verb of perception has as its object before the
    participle at `verb` ('to see the players shouting and screaming', 'heard a man
    yelling'): whoever is seen speaking speaks. None where there is no such verb."""
    first = verb
    while (
        first >= 2 and tokens[first - 1].lower == "and" and tokens[first - 2].lower.endswith("ing")
    ):
        first -= 2  # 'shouting and screaming': the first of the two
    end = first - 1
    for k in range(end, max(0, end - _PERCEIVED_REACH) - 1, -1):
        if tokens[k].lower in _PERCEPTION_VERBS:
            return end if k < end and tokens[end].is_word else None
        if not tokens[k].is_word:
            return None
    return None


_PERCEPTION_VERBS = frozenset("see saw seen seeing hear heard hearing watch watched".split())
_PERCEIVED_REACH = 4
"""Words a perceived noun phrase may run to: 'saw the two young men'."""


def _a_named_relative_clause_before(tokens: Sequence[Token], verb: int) -> bool:
    """Whether a relative clause without 'that' and with a named subject comes before the
    participle: a common noun, then a name, then a verb in the past ('an email UD President
    Dennis Assanis sent students'): the participle may be that clause's subject's."""
    for i in range(1, verb - 2):
        if not (tokens[i].is_word and not tokens[i].capitalised and tokens[i + 1].capitalised):
            continue
        if tokens[i].lower in _NOT_A_NOUN_BEFORE_A_NAME or tokens[i - 1].lower not in ("a", "an"):
            continue
        k = _past_a_name(tokens, i + 1, verb)
        if k < verb and k - i >= 2 and is_past_form(tokens[k].lower):
            return True
    return False


_NOT_A_NOUN_BEFORE_A_NAME = frozenset("and or of to by with for from as than".split())


def _past_a_name(tokens: Sequence[Token], start: int, stop: int | None = None) -> int:
    """The index after the capitalised words that open at `start` (a name: 'Ivo Marek',
    'UD President Dennis Assanis'), reading no further than `stop`; `start` where none do."""
    end = len(tokens) if stop is None else stop
    i = start
    while i < end and tokens[i].capitalised and tokens[i].is_word:
        i += 1
    return i


def _told_to_speak(tokens: Sequence[Token], to: int) -> int | None:
    """The verb of 'prompted a Labour donor to say', 'asked Ivo Vance to describe': one that
    has its object speak, a few words before the 'to' at `to`; None when the subject does."""
    for j in range(to - 1, max(-1, to - 1 - _WORDS_OF_AN_OBJECT), -1):
        if tokens[j].lower in _MAKES_ITS_OBJECT_SPEAK:
            return j if j < to - 1 else None
        if not tokens[j].is_word or tokens[j].lower in ("to", "and", "but"):
            return None
    return None


_ASKS_ITS_OBJECT = frozenset(
    "asked asks urged urges invited invites pressed presses encouraged encourages challenged "
    "challenges dared dares".split()
)
"""Verbs whose object is asked to speak, and may not have: 'challenged X to deny …'."""
_MAKES_ITS_OBJECT_SPEAK = _ASKS_ITS_OBJECT | frozenset(
    "prompted prompts forced forces led leads persuaded persuades caused causes".split()
)
"""Verbs whose object then speaks: 'prompted a Labour donor to say …'."""
_WORDS_OF_AN_OBJECT = 5


def _object_of_a_preposition(tokens: Sequence[Token], last: int) -> bool:
    """Whether the noun phrase ending at token `last` is a preposition's object ('into the
    "failing" agency'), which the participle after it does not take for its subject; 'with'
    does make one ('with the Kremlin chief saying')."""
    for j in range(last, max(-1, last - _WORDS_OF_AN_OBJECT - 2), -1):
        word = tokens[j].lower
        if word in _PREPOSITIONS_BEFORE_AN_OBJECT:
            return True
        if tokens[j].capitalised or word == "with":
            return False  # a name's ('chief of staff H.R. Haldeman telling'): not a description
        if not tokens[j].is_word and tokens[j].text not in QUOTE_MARKS:
            return False
        if j < last and word not in NOUN_DETERMINERS and is_verb_like(tokens[j]):
            return False
    return False


_PREPOSITIONS_BEFORE_AN_OBJECT = frozenset("into of on about from for against over".split())


def _a_name_after_a_preposition(tokens: Sequence[Token], last: int) -> bool:
    """Whether the name ending at token `last` follows a preposition that makes it an object
    ('heaped praise on Mr Brown saying he was doing a great job': Blair says it); not 'of' or
    'for', which may open a description ('chief of staff H.R. Haldeman telling')."""
    j = last
    while (
        j >= 0
        and last - j < _WORDS_OF_AN_OBJECT + 2
        and (
            tokens[j].capitalised
            or (tokens[j].text == "." and j > 0 and _an_initial_or_title(tokens[j - 1]))
        )
    ):
        j -= 1  # 'to Attorney General Loretta E. Lynch': past the initial's stop
    if tokens[last].lower in CALENDAR_WORDS:
        return False  # 'issued a statement late on Friday saying': a time, not an object
    return 0 <= j < last and tokens[j].lower in _PREPOSITIONS_BEFORE_A_NAMED_OBJECT


_PREPOSITIONS_BEFORE_A_NAMED_OBJECT = frozenset("on about against into over to".split())


def _object_of_a_verb(tokens: Sequence[Token], last: int) -> bool:
    """Whether the name or noun phrase ending at token `last` is the object of a verb in the
    past right before it ('left UKIP', 'joined the Tories'): the participle after it is the
    subject's, not the object's."""
    j = last
    while (
        j >= 0
        and last - j < _WORDS_OF_AN_OBJECT
        and (tokens[j].capitalised or tokens[j].lower in NOUN_DETERMINERS)
    ):
        j -= 1
    if j < 0 or j == last or not tokens[j].is_word or tokens[j].capitalised:
        return False
    return is_past_form(tokens[j].lower)


_BE_FORMS = frozenset("was is been being".split())


def _clause_end(sentence: Sentence, verb: int) -> int:
    tokens = sentence.tokens
    for j in range(verb + 1, len(tokens)):
        token = tokens[j]
        if token.text in QUOTE_MARKS or token.text in (";", ":"):
            return token.start
        if _another_speaker_joined_at(tokens, j, sentence.end):
            return token.start  # '"…," Varga said as supporters shouted: "…"'
    return _content_end(sentence)


def _introducing_frame(sentences: Sequence[Sentence], position: int, speakers: Speakers) -> _Frame:
    """'Pensioner Bayram-aga, a voter in Ashgabat, said:' ⏎ '"…"', or 'McDermott sent out the
    following message on Twitter:' ⏎ '"…"': the sentence before ends with a colon after the
    speaker's verb, or with the verb and a comma ('…, commented,')."""
    previous = sentences[position - 1] if position > 0 else None
    if previous is None or previous.skip or _ends_quoted(previous):
        return _NO_FRAME  # but '… through what's called "active shooter" training:' introduces
    tokens = previous.tokens
    if len(tokens) < 3:
        return _NO_FRAME
    verb = tokens[-2]
    if tokens[-1].text == "," and verb.is_word and verb.lower in SPEECH_VERBS:
        # 'Andrew Wetzler, director of …, commented,' ⏎ '"…"'; 'To which she replied,'
        speaker = _subject_of(previous, len(tokens) - 2, speakers)
        return _Frame(speaker, verb.start, tokens[-1].start, False)
    if (
        tokens[-1].text == "."
        and verb.is_word
        and verb.lower in _ASSENTING_VERBS
        and sum(t.is_word for t in tokens) <= _ATTRIBUTION_SENTENCE_WORDS
        and not any(t.text == "," for t in tokens)
    ):
        speaker = _subject_of(previous, len(tokens) - 2, speakers)  # 'Williams agreed.' ⏎ '"…"'
        return _Frame(speaker, verb.start, tokens[-1].start, False)
    if tokens[-1].text != ":":
        return _NO_FRAME
    by = _a_message_by(previous, speakers)
    if by is not None:
        return by
    for i, token in enumerate(tokens[:-1]):
        if not token.is_word or token.capitalised:
            continue
        if i > 0 and tokens[i - 1].lower in NOUN_DETERMINERS:
            continue  # 'In her remarks, Dr. Benjamin explained:': a noun, not the frame's verb
        if token.lower in SPEECH_VERBS or (
            token.lower in _SENDING_VERBS
            and any(t.lower in _MESSAGES for t in tokens[i + 1 : len(tokens) - 1])
        ):
            speaker = _subject_of(previous, i, speakers)
            return _Frame(speaker, token.start, tokens[-1].start, False)
    subject = speakers.opening_subject(previous)  # 'The judge had advice for anyone …:'
    if subject is not None:
        return _Frame(subject, tokens[0].start, tokens[-1].start, True)
    return _NO_FRAME


def _a_message_by(sentence: Sentence, speakers: Speakers) -> _Frame | None:
    """'Below is a statement by Francesca Grifo, director of …:' ⏎ '"…"': the one whose
    statement (message, letter, …) the sentence ending in a colon introduces."""
    tokens = sentence.tokens
    for i, token in enumerate(tokens[:-3]):
        if token.lower in _MESSAGES and tokens[i + 1].lower in ("by", "from"):
            named = speakers.name_at(sentence, i + 2) or speakers.titled_from(sentence, i + 2)
            if named is not None and named.entity is not None:
                return _Frame(named.entity, token.start, tokens[-1].start, False)
    return None


def _ends_quoted(sentence: Sentence) -> bool:
    """Whether the sentence's last words are inside a quotation: its colon is someone's."""
    tokens = sentence.tokens
    return bool(tokens) and any(
        q.start <= tokens[-1].start < q.end or q.close_at >= tokens[-1].start
        for q in sentence.quotations
    )


_ASSENTING_VERBS = frozenset("agreed concurred disagreed demurred".split())
"""A speaker's whole sentence that the next quotation, with no frame of its own, bears out:
'Drake coach Mark Phelps agreed.' ⏎ '"Look at his numbers."'"""
_SENDING_VERBS = frozenset("sent issued released published put shared".split())
_MESSAGES = frozenset("message statement tweet post letter note text email response reply".split())


def _goes_on(sentences: Sequence[Sentence], position: int, continuing: int | None) -> bool:
    """Whether a quotation goes on in the voice of the one quoted just before it, in its
    paragraph, rather than being attributed by the next paragraph ('"…," Mensah said. "My
    mum is going to cry."' ⏎ 'Rovers manager Sean Doyle praised his players.')."""
    if continuing is None or position == 0 or position + 1 >= len(sentences):
        return False
    here = sentences[position].paragraph
    return sentences[position - 1].paragraph == here != sentences[position + 1].paragraph


def _post_credit_frame(
    sentences: Sequence[Sentence], position: int, quote: Quotation, speakers: Speakers
) -> _Frame:
    """'Stay safe everyone. …' ⏎ '— Eastgrid (@EastgridPower) November 4, 2031': a post
    embedded in the page is the words of the account its credit line names, when the post
    is the whole of its paragraph."""
    if position + 1 >= len(sentences):
        return _NO_FRAME
    current, following = sentences[position], sentences[position + 1]
    if not POST_CREDIT.match(following.text) or following.paragraph != current.paragraph + 1:
        return _NO_FRAME
    if quote.open_at > current.start or quote.close_at < current.end - 1:
        return _NO_FRAME
    named = speakers.name_at(following, 1)
    if named is None or following.text.find("(@") < named.end - following.start:
        return _NO_FRAME
    return _Frame(speakers.speaking(named.entity), following.start, following.end, False)


def _credit_line_frame(
    sentences: Sequence[Sentence], position: int, quote: Quotation, speakers: Speakers
) -> _Frame:
    """'"I was the CIA director. …"' ⏎ '— Mike Pompeo, College Station, TX, April 15, 2019':
    a quotation that is the whole of its paragraph, credited on the line under it by a dash
    and a name (then nothing, or a comma and where or when)."""
    if position + 1 >= len(sentences):
        return _NO_FRAME
    current, following = sentences[position], sentences[position + 1]
    tokens = following.tokens
    if (
        following.paragraph != current.paragraph + 1
        or len(following.text) > _CREDIT_LINE_CHARS
        or len(tokens) < 2
        or tokens[0].text not in _DASHES
        or quote.open_at > current.start
        or quote.close_at < current.end - 1
    ):
        return _NO_FRAME
    named = speakers.name_at(following, 1)
    if named is None or (named.last + 1 < len(tokens) and tokens[named.last + 1].text != ","):
        return _NO_FRAME
    return _Frame(speakers.speaking(named.entity))  # the credit is no cue to show


_CREDIT_LINE_CHARS = 120


def _next_sentence_frame(
    sentences: Sequence[Sentence], position: int, speakers: Speakers
) -> _Frame:
    """'"…" ⏎ Roesler said.': a short next sentence that is nothing but the attribution; or,
    after a question or an exclamation, which a capital after it cut off ('"So which is it?"
    Deputy Public Defender Peter Lynch asked Coleman, who …'), or after a quotation ending in
    a comma ('"…," ⏎ Pearce said, adding …'), one that opens with it."""
    if position + 1 >= len(sentences):
        return _NO_FRAME
    following = sentences[position + 1]
    tokens = following.tokens
    words = [t for t in tokens if t.is_word]
    if following.skip or not words:
        return _NO_FRAME
    if any(not _a_title_or_a_term(following, q) for q in following.quotations):
        return _NO_FRAME  # but '… Clinton remarked, alluding to his turn in "The Revenant."'
    current = sentences[position]
    ending = current.text.rstrip()
    unfinished = ending.rstrip("\"'\u201d\u2019").endswith(",")  # '…inside,'"' ⏎ 'Pearce said, …'
    same_paragraph = following.paragraph == current.paragraph  # not a new paragraph's sentence
    asked = (ending[-2:] in _ASKED_OR_EXCLAIMED and same_paragraph) or unfinished
    aside = _named_aside(following, speakers)  # 'Williams, a critic of NYPD policy, said …'
    aside_words = sum(t.is_word for t in tokens[aside[0] : aside[1]]) if aside else 0
    if not asked and len(words) - aside_words > _ATTRIBUTION_SENTENCE_WORDS:
        return _NO_FRAME
    last = len(tokens) - 1
    while last > 0 and tokens[last].text in QUOTE_MARKS:
        last -= 1  # '… in "The Revenant."': the stop inside the title's marks
    if tokens[last].text not in _SENTENCE_END:
        return _NO_FRAME
    for i, token in enumerate(tokens[: 6 + (aside[1] - aside[0] if aside else 0)]):
        if (
            token.is_word
            and not token.capitalised
            and (
                token.lower in SPEECH_VERBS
                or _goes_on_at(tokens, i)
                or (asked and _a_manner_of_saying_after(tokens, i))
            )
        ):  # '"Did you ever …?" Mr Weingarten pressed.', '"…?" Trump went on'
            if i == 0:
                return _NO_FRAME
            if any(t.text == "," for t in tokens[:i]) and not (aside and aside[1] == i - 1):
                return _NO_FRAME
            if not asked and any(t.lower == "and" for t in tokens[i + 1 :]):
                return _NO_FRAME  # 'Police quickly responded and surrounded the building.'
            if any(t.lower in ("not", "never", "n't") for t in tokens[max(0, i - 3) : i]):
                return _NO_FRAME  # 'The Chinese leader has not confirmed the meeting.'
            if not asked and _clause_after(tokens, i):
                return _NO_FRAME  # 'Mrs Hollis said she had never been so frightened.': news
            if _answers_it(tokens, i):
                return _NO_FRAME  # '"…"' ⏎ 'Ana Pike disagreed.': a reply to it, not its frame
            return _Frame(
                speakers.before_verb(following, i), token.start, _clause_end(following, i), False
            )
    return _NO_FRAME


def _answers_it(tokens: Sequence[Token], verb: int) -> bool:
    """A sentence after a quotation that answers it rather than attributes it: 'Ana Pike
    disagreed.', 'Pike said that was not true.', 'Pike called it nonsense.'."""
    if tokens[verb].lower in _ANSWERING_VERBS:
        return True
    following = [t.lower for t in tokens[verb + 1 : verb + 3]]
    return (
        len(following) == 2 and following[0] in _BACK_REFERENCES and following[1] in _WAS
    )  # 'said that was not true', 'said it was a lie': 'that' is what was quoted


_ANSWERING_VERBS = frozenset(
    "disagreed disagrees denied denies disputed disputes rejected rejects contradicted "
    "contradicts objected objects called calls".split()
)
_BACK_REFERENCES = frozenset("that this it".split())
_WAS = frozenset("was is were are wasn't isn't".split())


def _named_aside(sentence: Sentence, speakers: Speakers) -> tuple[int, int] | None:
    """The aside, from its opening comma to its closing one, of a sentence that opens with a
    name and a short description between commas: 'Williams, a critic of NYPD policy, said'."""
    tokens = sentence.tokens
    name = speakers.name_at(sentence, 0)
    if name is None or name.last + 1 >= len(tokens) or tokens[name.last + 1].text != ",":
        return None
    opening = name.last + 1
    closing = _aside_end(tokens, opening)
    if closing is None or closing - opening > _SHORT_ASIDE_TOKENS:
        return None
    return opening, closing


_SHORT_ASIDE_TOKENS = 8
_ASKED_OR_EXCLAIMED = frozenset(
    f"{mark}{quote}" for mark in "?!\u2026" for quote in ('"', "\u201d")
)
"""A quotation's end that the sentence splitter takes for a sentence's ('…it?"', '…the CFPB
has …"')."""


def _trailing_frame(sentence: Sentence, speakers: Speakers) -> _Frame:
    """The sentence's closing attribution: '…, the Kremlin said, focusing on…'."""
    trailing = _trailing_span(sentence)
    if trailing is None:
        return _NO_FRAME
    comma, verb = trailing
    tokens = sentence.tokens
    if sentence.is_quoted(tokens[verb].start):
        return _NO_FRAME
    speaker = _trailing_speaker(sentence, comma, verb, speakers)
    return _Frame(speaker, tokens[verb].start, _cue_end(sentence, verb, speaker, speakers), False)


def _trailing_speaker(sentence: Sentence, comma: int, verb: int, speakers: Speakers) -> int | None:
    """Who a closing '…, X said' / '…, said X' / '…, he added' names."""
    tokens = sentence.tokens
    if verb == comma + 1 and tokens[verb].lower in ADDRESSEE_VERBS:
        return speakers.before_verb(sentence, verb)  # '…, a veteran, told Nixon': not Nixon
    if verb == comma + 1:
        return speakers.after_verb(sentence, verb)
    if verb == comma + 2 and tokens[comma + 1].lower in PERSON_PRONOUNS:
        return speakers.pronoun(sentence, comma + 1, trailing=True)
    return speakers.before_verb(sentence, verb)


# --- reported speech ------------------------------------------------------------------------


def _reported(sentence: Sentence, speakers: Speakers) -> Statement | None:
    """A person's or a body's reported words: 'X said (that) …', 'According to X, …', '…, X
    said.'"""
    tokens = sentence.tokens
    words = [t.lower for t in tokens]
    if words[:2] == ["according", "to"]:
        comma = next((i for i, t in enumerate(tokens) if t.text == ","), None)
        if comma is not None and comma > 2:
            speaker = speakers.noun_phrase_left(sentence, comma - 1)
            if _reports(speakers, speaker):
                comma = _past_the_appositive(sentence, comma, speakers)
                return _statement(speaker, tokens[comma + 1 :], tokens[0], first=True)
    trailing = _trailing_span(sentence)
    if (
        trailing is not None
        and not sentence.quotations
        and not _closes_the_subjects_aside(sentence, *trailing, speakers)
        and not _a_scene_before_a_colon(sentence, trailing[0])
        and not _a_subordinate_clause_alone(sentence.tokens, *trailing)
        and not _a_scene_alone(sentence.tokens, trailing[0])
    ):
        comma, verb = trailing
        speaker = _trailing_speaker(sentence, comma, verb, speakers)
        if _reports(speakers, speaker):
            return _statement(speaker, tokens[:comma], tokens[verb], first=False)
    for verb, word in enumerate(words):
        if word not in REPORTED_SPEECH_VERBS or tokens[verb].capitalised:
            continue
        if _not_words(tokens, verb):
            continue  # 'posted a record of 43-39', 'added Jacob to the cast'
        if _within_hearsay(tokens, verb):
            continue  # 'challenged X to deny reports that he had told …': no one's claim
        if "neither" in words[:verb] and "nor" in words[:verb]:
            continue  # 'Neither Mr Howard nor Mr Letwin would say exactly how …': nothing said
        if _in_an_object_relative(tokens, verb):
            continue  # '… son - whom he says he fathered - and …': what he says lacks its object
        if _in_a_supposed_case(tokens, verb):
            continue  # 'If a veto is unworkable, the president could sign …, declaring …': a
            # case the writer puts, nothing said
        speaker = _subject_of(sentence, verb, speakers)
        if not _is_person(speakers, speaker) and not _a_body_saying(
            sentence, verb, speaker, speakers
        ):
            continue
        clause = _clause_after(tokens, verb)
        opening = tokens.index(clause[0]) if clause else 0
        if clause and _a_named_object_only(sentence, opening, speakers):
            continue  # 'Obama actually emailed Clinton at the private address': whom he wrote
            # to, no words of his
        if clause and clause[0].lower in _FINITE_AUXILIARIES:
            if tokens[opening - 1].lower != "that" or opening - 2 != verb:
                continue  # 'what Tim Collins says are "crippling skills shortages"': his name
                # and 'told the story in words that will echo': no clause said
            clause = [tokens[opening - 1], *clause]  # 'said that was impossible': 'that' is it
        contrast = _contrast_with_another_subject(clause, 0, clause[-1].end) if clause else None
        if contrast is not None:
            clause = clause[:contrast]  # '… but Tory Dominic Grieve branded …': his, not ours
        opener = words[1] if words[0] in _LINKING_CONJUNCTIONS and len(words) > 1 else words[0]
        if opener in _SUBORDINATE_OPENERS and "," not in words[:verb]:  # 'While Mr Seifert
            # has suggested …, the mayor has …': what he suggested ends at the clause's comma
            closing = next((t for t in tokens[verb + 1 :] if t.text == ","), None)
            before = [t for t in clause if closing is not None and t.start < closing.start]
            if closing is not None and (opener != "as" or _says_something(before)):
                clause = before  # but 'As Greg McDermott said Thursday, his son's …': the
                # words after the comma are what he said
        aside_end = _relative_aside_end(tokens, verb)
        if aside_end is not None:  # 'X, who denied that …, showed no emotion': to the comma
            clause = [t for t in clause if t.start < tokens[aside_end].start]
        if clause:
            return _statement(speaker, clause, tokens[verb], first=True)
    return None


def _past_the_appositive(sentence: Sentence, comma: int, speakers: Speakers) -> int:
    """'According to Robert Walsh, head of the studio, games will cost more': the comma
    closing the role written between commas after the name (who Walsh is, not what he
    said), else the comma after the name itself."""
    tokens = sentence.tokens
    named = speakers.name_ending_at(sentence, comma - 1)
    if named is None or not named.appositive:
        return comma
    role = named.appositive.split()
    following = [t.text for t in tokens[comma + 1 : comma + 1 + len(role)]]
    closing = comma + 1 + len(role)
    if following == role and closing < len(tokens) and tokens[closing].text == ",":
        return closing
    return comma


def _in_a_supposed_case(tokens: Sequence[Token], verb: int) -> bool:
    """Whether the speech verb is in the main clause of a sentence that opens on 'If …,' or
    'Unless …,' with a 'could', 'would' or 'might' before the verb: what someone would say in
    a case supposed ('If a veto is unworkable, the president could … assert a power of
    excision, declaring the rider unconstitutional'), not what anyone said."""
    opening = 1 if tokens and tokens[0].lower in _LINKING_CONJUNCTIONS else 0
    if len(tokens) <= opening or tokens[opening].lower not in ("if", "unless"):
        return False
    comma = next((i for i in range(opening + 1, verb) if tokens[i].text == ","), None)
    return comma is not None and any(
        t.lower in ("could", "would", "might") for t in tokens[comma + 1 : verb]
    )


def _a_named_object_only(sentence: Sentence, first: int, speakers: Speakers) -> bool:
    """Whether what follows a speech verb opens on a name that no verb follows ('emailed
    Clinton at the private address', 'criticized Paul Ross during a debate'): the verb's
    object, not a clause said; 'said Obama failed …' and "said Trump's plan …" are clauses."""
    tokens = sentence.tokens
    named = speakers.name_at(sentence, first)
    if named is None or possessive(tokens[named.last]) or named.last + 1 >= len(tokens):
        return False
    verb = tokens[first - 1].lower if first > 0 else ""
    return lemma(verb) in _VERBS_OF_A_PERSON and tokens[named.last + 1].lower in _AFTER_AN_OBJECT


_VERBS_OF_A_PERSON = frozenset(
    "email call criticize criticise praise thank blame attack slam blast urge warn contact "
    "message text phone".split()
)
"""Speech verbs whose object is often whom they address or judge ('emailed Clinton at …',
'criticised Wimbledon over …'), so a name after them is no clause said."""


_AFTER_AN_OBJECT = frozenset("at during in on from with after before over".split())
"""Prepositions that, right after a name following a speech verb, show the name was the
verb's object ('emailed Clinton at her private address'); not 'of' ('accused X of …')."""


def _a_scene_before_a_colon(sentence: Sentence, comma: int) -> bool:
    """'In a wide-ranging interview, President Obama also said:', 'Asked if that gave him pause,
    he replied:': where and when the words came, and the words follow the colon; no claim
    before the comma ('Nudity didn't bother her, she said, explaining:' keeps its own)."""
    tokens = sentence.tokens
    if not tokens or tokens[-1].text != ":":
        return False
    if tokens[0].lower in _SCENE_PREPOSITIONS:
        return True
    participle = opening_participle_end(tokens)
    return participle is not None and participle >= comma


_SCENE_PREPOSITIONS = frozenset("in at on during after before from with".split())


def _a_scene_alone(tokens: Sequence[Token], comma: int) -> bool:
    """'In a letter to Georgia Gulf President Jerry R. Satrum, Mr. Martin asked …': all before
    the comma is a phrase on where or how, with no word that could be a verb; nothing said."""
    if not tokens or tokens[0].lower not in _SCENE_PREPOSITIONS:
        return False
    return not any(
        t.is_word
        and not t.capitalised
        and (
            t.lower in _FINITE_AUXILIARIES
            or is_past_form(t.lower)
            or t.lower.endswith("ing")
            or lemma(t.lower) != t.lower
        )
        for t in tokens[1:comma]
    )


def _a_subordinate_clause_alone(tokens: Sequence[Token], comma: int, verb: int) -> bool:
    """'When Page later mentioned that he was seeing fewer pop-ups, Chan told him why.': all
    before the frame is one subordinate clause and the frame goes on past its verb and whom it
    addresses; the clause tells when, not what was said. ('As the idea was to prove a point
    the domain was handed back, Mr Dyer said.' closes on its verb: the words before it.)"""
    if not tokens or tokens[0].lower not in _SUBORDINATE_OPENERS | _CONDITION_OPENERS:
        return False
    if any(t.text == "," for t in tokens[1:comma]) or verb == comma + 1:
        return False
    rest = [t for t in tokens[verb + 1 :] if t.is_word]
    if rest and rest[0].lower in _ADDRESSED_PRONOUNS:
        rest = rest[1:]
    return bool(rest)


_ADDRESSED_PRONOUNS = frozenset("him her them me us".split())


_CONDITION_OPENERS = frozenset("if once since until unless before".split())


def _in_an_object_relative(tokens: Sequence[Token], verb: int) -> bool:
    """Whether the speech verb's subject follows 'whom' or 'which' ('the son - whom he says he
    fathered', 'a report which she said was flawed'): the clause said has a gap where the
    relative's noun belongs, so no reader can understand it alone; 'the ministry, which said
    it would …' (the relative its own subject) and 'his testimony, in which he said others had
    raised concerns' keep their clause."""
    i = verb - 1
    while i > 0 and (tokens[i].lower in _AUXILIARIES or tokens[i].lower.endswith("ly")):
        i -= 1
    subject = 0
    while i >= 0 and subject < _WORDS_TO_THE_VERB and tokens[i].is_word:
        if tokens[i].lower in _OBJECT_RELATIVES:  # 'What Romney has said privately …'
            return subject > 0 and (i == 0 or tokens[i - 1].lower != "in")  # 'in which he
            # said …' is whole
        subject += 1
        i -= 1
    return False


_OBJECT_RELATIVES = frozenset(("whom", "which", "what"))
_LINKING_CONJUNCTIONS = frozenset("and but yet".split())
"""Words before a sentence's subordinate clause ('And while the campaign …,')."""
_SUBORDINATE_OPENERS = frozenset(
    "while although though whereas whilst as when after because".split()
)
"""Words opening a sentence with a subordinate clause ('While …,', 'As Mr Brown announced the
Budget date …,'): its comma ends what was said there."""
_CLAUSE_OPENERS = (_SUBORDINATE_OPENERS | _CONDITION_OPENERS) - {"once"}
"""Words that open a subordinate clause: past one, a speech verb after a quotation is that
clause's, not the quotation's frame ('once' is an adverb as often: 'he once said')."""
_NEGATED_SUBJECTS = frozenset("no none nobody nothing neither".split())


def _within_hearsay(tokens: Sequence[Token], verb: int) -> bool:
    """Whether the verb is in a clause that reports or rumours hold ('reports that he had
    told …', 'claims that she said …'): words no one in the sentence vouches for."""
    for j in range(verb - 1, 0, -1):
        if tokens[j].text in (",", ";", ":"):
            return False  # '… rumors that he was Deep Throat, saying …': past the rumour
        if tokens[j].lower == "that" and tokens[j - 1].lower in _HEARSAY:
            return True
    return bool(
        verb >= 2 and tokens[verb - 2].lower in _HEARSAY and tokens[verb - 1].lower in PRONOUNS
    )  # 'Tony Blair has dismissed reports he told Gordon Brown …': 'that' left out


_HEARSAY = frozenset(
    "reports report claims claim rumours rumors rumour rumor suggestions suggestion "
    "allegations allegation accusations accusation speculation".split()
)


def _closes_the_subjects_aside(
    sentence: Sentence, comma: int, verb: int, speakers: Speakers
) -> bool:
    """'Elena Georgieva, the campaign manager, said their tally …': the comma right before the
    verb closes an aside of the person who says it, named before it; no '…, said X' with a
    claim before the comma."""
    tokens = sentence.tokens
    if verb != comma + 1:
        return False
    subject = speakers.before_verb(sentence, verb)
    if not _is_person(speakers, subject):
        return False
    first_comma = next(i for i, t in enumerate(tokens) if t.text == ",")
    return any(
        m.entity == subject
        and m.last < comma
        and (  # the name opens the sentence, or follows its role: 'Ivanov's campaign manager,'
            m.role_first < first_comma
            or (m.first == first_comma + 1 and tokens[first_comma - 1].lower in ROLE_NOUNS)
        )
        for m in speakers.names_in(sentence)
    )


def _relative_aside_end(tokens: Sequence[Token], verb: int) -> int | None:
    """The comma closing a relative aside the verb is in ('Ferreira, who has denied that …,
    showed'), if it closes before the sentence ends."""
    i = verb - 1
    while i > 0 and (
        tokens[i].lower in _AUXILIARIES
        or tokens[i].lower == "also"
        or tokens[i].lower.endswith("ly")
    ):
        i -= 1
    if i < 1 or tokens[i].lower != "who" or tokens[i - 1].text != ",":
        return None
    return next(
        (
            k
            for k in range(verb + 1, len(tokens))
            if tokens[k].text == ","
            and [t.lower for t in tokens[k + 1 : k + 3]] not in _MORE_OF_THE_CLAUSE
        ),
        None,
    )


_MORE_OF_THE_CLAUSE = (["and", "that"], ["but", "that"], ["or", "that"])
"""After a comma, a second reported clause of the same verb: '… wrote that Ross had not
stepped away, and that Lionsgate wanted him back'."""


def _body_reporting(sentence: Sentence, speakers: Speakers) -> int | None:
    """The organisation a closing '…, the ministry's statement said.' names: its words go on
    in a quotation standing alone after it."""
    trailing = _trailing_span(sentence)
    if trailing is None:
        return None
    speaker = _trailing_speaker(sentence, *trailing, speakers)
    if speaker is None or speaker == NOBODY:
        return None
    return speaker if speakers.entities[speaker].kind == "organization" else None


def _statement_issuer(sentence: Sentence, speakers: Speakers) -> int | None:
    """Who 'released a statement' or 'issued a statement through the team' in a sentence that
    quotes nothing and names no one after it: a quotation standing alone right after it is the
    statement."""
    tokens = sentence.tokens
    for i, token in enumerate(tokens[1:], start=1):
        if token.lower not in _ISSUED or token.capitalised:
            continue
        following = [t.lower for t in tokens[i + 1 : i + 4]]
        if "statement" not in following:
            continue
        if not set(following[: following.index("statement")]) <= _BEFORE_STATEMENT:
            continue
        speaker = speakers.speaking(speakers.before_verb(sentence, i))
        others = [
            m
            for m in speakers.names_in(sentence)
            if m.first > i and m.entity != speaker and not _issued_through(tokens, m.first)
        ]
        return speaker if _reports(speakers, speaker) and not others else None
    return None


def _issued_through(tokens: Sequence[Token], first: int) -> bool:
    """'released a statement through the Chargers': the body that passed the statement on."""
    before = [t.lower for t in tokens[max(0, first - 2) : first]]
    return bool({"through", "via"} & set(before))


_ISSUED = frozenset("released issued posted published".split())
_BEFORE_STATEMENT = frozenset("a the short brief written".split())


def _reports(speakers: Speakers, entity: int | None) -> bool:
    """A person or an organisation: who may be said to have said something."""
    if entity is None or entity == NOBODY:
        return False
    named = speakers.entities[entity]  # not 'the Academy Awards': an occasion says nothing
    return named.kind == "person" or (named.kind == "organization" and named.is_actor)


def _a_body_saying(sentence: Sentence, verb: int, speaker: int | None, speakers: Speakers) -> bool:
    """'Kraft Foods said the plant would close': an organisation named right before a verb
    that only says ('said', 'denied', 'announced'; not 'maintained a lead'), not after a comma
    ('…, said the fire chief, James Steele' names who spoke after the verb) and not a name
    inside the subject ('a message on the firm's Web site said')."""
    tokens = sentence.tokens
    if tokens[verb].lower not in _BODY_SPEECH_VERBS or not (
        _reports(speakers, speaker) or _a_name_of_words(speakers, speaker)
    ):
        return False
    if tokens[verb].lower in ("told", "tells") and not _told_someone_something(tokens, verb):
        return False  # 'Wolf Brother tells the story of Torak', 'had told it to pay a tax'
    names = [m for m in speakers.names_in(sentence) if m.entity == speaker]
    between = verb - 1
    while between >= 0 and tokens[between].lower in _BETWEEN_A_BODY_AND_ITS_VERB:
        between -= 1
    if between > 0 and tokens[between].text == ",":  # only 'Doctors Without Borders, which
        aside = next(  # runs two clinics, said': the body opens the sentence, then its aside
            (i for i in range(between - 1, 0, -1) if tokens[i].text == ","), None
        )
        apposed = (  # 'The company that runs the AMAs, Dick Clark Productions, denies'
            len(tokens) > 2
            and tokens[0].lower == "the"
            and tokens[1].lower in _BODY_HEADS
            and any(m.last == between - 1 and tokens[m.first - 1].text == "," for m in names)
        )
        return apposed or (
            aside is not None
            and aside + 1 < between
            and tokens[aside + 1].lower in _A_BODYS_ASIDE
            and any(m.first == _opening_word(tokens) and m.last == aside - 1 for m in names)
        )  # 'Deutsche Boerse, the German stock exchange that …, has said'
    if verb > 0 and tokens[verb - 1].lower == "and" and _opens_and_goes_on(tokens, names, verb):
        return True  # 'Novartis reported a rise in profits and said …'
    ends = {m.last for m in names}
    described = (  # 'the bank said': the article's one bank, its description's head right here
        between > 0
        and not names
        and tokens[between].lower in _BODY_HEADS
        and tokens[between - 1].lower == "the"
    )
    return between in ends or described


def _opens_and_goes_on(tokens: Sequence[Token], names: Sequence[Mention], verb: int) -> bool:
    """The body's name opens the sentence as the subject of a clause that 'and' then the
    verb at `verb` go on, with no comma or relative clause between ('Wimpey reported a 19%
    rise in profits to £450.7m and said …')."""
    opening = next((m for m in names if m.first == 0), None)
    if opening is None or not agentive_at(tokens, opening.last + 1):
        return False
    return not any(
        t.text in (",", ";", ":") or t.lower in ("who", "which", "that", "while", "but")
        for t in tokens[opening.last + 1 : verb - 1]
    )


_BODY_SPEECH_VERBS = frozenset(
    """
    said says say added adds stated states claimed claims insisted insists confirmed confirms
    denied denies warned warns announced announces demanded demands urged urges told tells
    """.split()
)


def _told_someone_something(tokens: Sequence[Token], verb: int) -> bool:
    """'told the BBC News website that …', 'told Reuters such a move …': an addressee named
    (a capital) or one of the usual listeners, then no 'to' of an order."""
    at = verb + 1
    if at < len(tokens) and tokens[at].lower == "the":
        at += 1
    if at >= len(tokens) or not (tokens[at].capitalised or tokens[at].lower in _LISTENERS):
        return False
    ahead = [t.lower for t in tokens[at : at + _WORDS_OF_AN_OBJECT + 1]]
    return "to" not in ahead


_LISTENERS = frozenset(
    "reporters journalists investors analysts shareholders staff employees workers "
    "parliament lawmakers regulators news newspaper agency".split()
)
_A_BODYS_ASIDE = frozenset("which who the a an".split())
"""Words opening an aside after a body's name that opens the sentence, before its verb."""


def _opening_word(tokens: Sequence[Token]) -> int:
    """Where the sentence's subject may start: after an opening 'But', 'And' or 'Yet'."""
    if len(tokens) > 1 and tokens[0].lower in ("but", "and", "yet"):
        return 1
    return 0


_BETWEEN_A_BODY_AND_ITS_VERB = frozenset("also has have had then later earlier".split())
_BODY_HEADS = frozenset("company firm bank ministry agency department airline group".split())
"""Nouns that name an organisation the article has named: 'the bank said'."""


def _a_name_of_words(speakers: Speakers, entity: int | None) -> bool:
    """A name of two words or more no list types, acting: 'Amnesty International said'."""
    if entity is None or entity == NOBODY:
        return False
    named = speakers.entities[entity]
    return named.kind == "other" and named.is_actor and len(named.name.split()) > 1


def _is_person(speakers: Speakers, entity: int | None) -> bool:
    return entity is not None and entity != NOBODY and speakers.entities[entity].kind == "person"


_TRAILING_TOKENS = 13
"""'…, California Highway Patrol Officer Brian Pennings told The San Diego Union-Tribune.'"""
_REPLY_VERBS = frozenset("responded replied answered retorted".split())
"""Who replies is not who spoke last."""
_AFTER_A_CLOSING_VERB = frozenset(
    """
    in on at to during after before via through from by outside inside later earlier today
    yesterday tonight afterward afterwards last this when while as of recently again then
    """.split()
)
"""Words a closing attribution may go on with: '…, he said in a statement on Monday'."""
_CLAUSE_AFTER_VERB = frozenset(
    "that is was are were has had have would will could can should".split()
)
"""Words after a speech verb that start what was said, so the verb closes no quote."""


def _an_apposed_role(tail: Sequence[Token]) -> bool:
    """Whether the words after a closing comma are the role of the name before it ('director
    of assurance at Reliance Globalcom', 'a spokesman for the ministry'): no verb of saying."""
    words = [t for t in tail if t.is_word]
    if not words or any(t.lower in SPEECH_VERBS for t in words):
        return False
    first = words[0].lower
    return first in ROLE_NOUNS or (
        first in ("a", "an", "the") and len(words) > 1 and words[1].lower in ROLE_NOUNS
    )


def _last_comma(tokens: Sequence[Token], before: int, stop: int) -> int | None:
    """The index of the last comma before token `before` and after token `stop`, if any."""
    return next((i for i in range(before - 1, max(-1, stop), -1) if tokens[i].text == ","), None)


def _a_named_objects_complement(tail: Sequence[Token]) -> bool:
    """Whether, past the rest of a capitalised name, the words go on with 'for', 'over' or
    'as' ('Japan for buying …', 'Obama over his plan'): a verb's object and its complement."""
    rest = list(itertools.dropwhile(lambda t: t.capitalised or t.text == ".", tail))
    return bool(rest) and rest[0].lower in ("for", "over", "as")


_ADDRESSEE_WORDS = 3
"""Words of whom a verb like 'told' addresses before a 'to' of what they are told to do."""


def _trailing_span(sentence: Sentence) -> tuple[int, int] | None:
    """Token indices of the comma and verb of a closing '…, X said.' / '…, said X.'"""
    tokens = sentence.tokens
    end = len(tokens)
    while end > 0 and tokens[end - 1].text in _SENTENCE_END:
        end -= 1
    participle = next(
        (
            i
            for i in range(end - 2, 0, -1)
            if tokens[i].text == ","
            and tokens[i + 1].is_word
            and tokens[i + 1].lower.endswith("ing")
            and any(t.lower in SPEECH_VERBS for t in tokens[max(0, i - 8) : i])
        ),
        None,
    )
    if participle is not None:
        end = participle  # '…, the Kremlin said, focusing on …': the attribution ends there
    relative = next(
        (
            i
            for i in range(end - 1, 1, -1)
            if tokens[i].lower == "who"
            and (
                tokens[i - 1].capitalised
                or (tokens[i - 1].text == "," and i > 2 and tokens[i - 2].capitalised)
            )
            and any(t.lower in INVERTIBLE_VERBS for t in tokens[max(0, i - 8) : i])
        ),
        None,
    )
    if relative is not None:
        end = relative  # '…, said Ken Salazar who extended the comment period …': his name ends it
        if tokens[end - 1].text == ",":
            end -= 1  # '…, said Ryosuke Kinoshita, who supports …'
    comma = _last_comma(tokens, end, end - _TRAILING_TOKENS - 2)
    if comma is not None and all(t.capitalised or t.text == "." for t in tokens[comma + 1 : end]):
        # '…, said Ivanov's campaign manager, Elena Georgieva.': the comma before
        comma = _last_comma(tokens, comma, end - _TRAILING_TOKENS - 2)
    if comma is not None and _an_apposed_role(tokens[comma + 1 : end]):
        # '…, said Sanjeev Gaur, director of assurance at Reliance Globalcom in India.'
        previous = _last_comma(tokens, comma, comma - _TRAILING_TOKENS - 1)
        if previous is not None and any(
            t.lower in SPEECH_VERBS for t in tokens[previous + 1 : comma]
        ):
            comma, end = previous, comma
    if comma is None or comma < _MIN_CLAUSE_WORDS:
        return None
    tail = tokens[comma + 1 : end]
    if not tail or len(tail) > _TRAILING_TOKENS:
        return None
    first = tail[0]
    if not (
        first.capitalised
        or first.lower in PERSON_PRONOUNS | {"the", "a", "an"}
        or first.lower in SPEECH_VERBS
        or first.lower in ROLE_NOUNS
    ):
        return None
    verb = next(
        (
            comma + 1 + k
            for k, t in enumerate(tail)
            if t.lower in SPEECH_VERBS and not t.capitalised and t.is_word
        ),
        None,
    )
    if verb is None or tokens[verb].lower.endswith("ing"):
        return None
    if verb == comma + 1 and verb + 2 < end and tokens[verb + 1].lower in PRONOUNS:
        return None  # 'King, 39, a clerk, said she gave an interview': no inverted frame
    if verb == comma + 1 and tokens[verb].lower in _NAMING_VERBS:
        return None  # '… a service to publish blogs, called MSN Spaces.': what it is named
    if any(t.lower in _CLAUSE_AFTER_VERB for t in tokens[comma + 1 : verb]):
        return None  # '…, LaRue believes that Mitchell would have told him': a clause
    if any(t.lower in _CLAUSE_AFTER_VERB | _NEGATED_SUBJECTS for t in tokens[verb + 1 : end]):
        return None  # 'During a visit, Obama said the process had been undermined': a clause;
        # '…, Hawk Sawyer told lawmakers no evidence supports …': what she told follows
    after = tokens[verb + 1] if verb + 1 < end else None
    if (
        verb != comma + 1
        and after is not None
        and after.is_word
        and not after.capitalised
        and after.lower not in _AFTER_A_CLOSING_VERB
        and tokens[verb].lower not in ADDRESSEE_VERBS
        and not after.lower.endswith("ly")
    ):
        return None  # '…, Bush expressed frustration with the move': an object, no frame
    if (
        after is not None
        and after.capitalised
        and tokens[verb].lower not in ADDRESSEE_VERBS
        and _a_named_objects_complement(tokens[verb + 2 : end])
    ):
        return None  # 'Speaking to executives, Trump praised Japan for buying …': a named
        # object and what it is praised for, no frame of what came before
    if tokens[verb].lower in ADDRESSEE_VERBS and any(
        tokens[k].lower == "to" and k + 1 < end and _a_verb_after_to(tokens[k + 1])
        for k in range(verb + 2, min(end, verb + 2 + _ADDRESSEE_WORDS))
    ):
        return None  # '… but the team physician, Dr David Lintner, told him to take the coach
        # to Houston Methodist': whom he told to do what, no frame of what came before
    if (
        after is not None
        and after.lower == "to"
        and verb + 2 < end
        and _a_verb_after_to(tokens[verb + 2])
    ):
        return None  # 'On his first day, Mr Sullivan admitted to falsifying …', '…, the
        # trouble-shooter they asked to identify savings': what follows is done, not said
    if _not_words(tokens, verb) or any(
        tokens[k].lower in ("and", "but") and is_verb_like(tokens[k + 1])
        for k in range(verb + 1, end - 1)
    ):
        return None  # '…, Klitschko responded to the instructions and executed': no frame
    if first.lower in ("a", "an", "the") and _a_thing_someone_said(tokens[comma + 2 : verb]):
        return None  # '…, a prospect Vindman denied earlier in the day': what, not who
    if verb == comma + 1 and verb + 1 >= end:
        opening = _asides_opening(tokens, comma)
        if opening is not None:  # '…, another brother, Patrick Paddock II, of Tucson, said.'
            return opening, verb
    return _before_a_named_aside(tokens, comma, verb), verb


def _asides_opening(tokens: Sequence[Token], closing: int) -> int | None:
    """The comma opening the asides that name a speaker before a bare closing verb ('…,
    another brother, Patrick Paddock II, of Tucson, said.'): a person's name (a given name
    first), after a short description of the speaker ('another brother') and before where he
    is from ('of Tucson'). None where the words before the verb's comma are no such name."""
    inside = _last_comma(tokens, closing, closing - _SHORT_ASIDE_TOKENS)
    if inside is None or inside + 1 >= closing:
        return None
    if tokens[inside + 1].lower in ("of", "from") and tokens[inside + 2].capitalised:
        closing, inside = inside, _last_comma(tokens, inside, inside - _SHORT_ASIDE_TOKENS)
        if inside is None or inside + 1 >= closing:
            return None  # ', of Tucson,': the name is in the aside before it
    if not all(t.capitalised or t.text == "." for t in tokens[inside + 1 : closing]):
        return None
    given = tokens[inside + 1].text
    if not in_given_name_lists(given):
        return None  # '…, on behalf of Robert Zoellick, US Trade Representative, said': a
        # title apposed to the name before it, not a speaker named anew
    described = _last_comma(tokens, inside, inside - _SHORT_ASIDE_TOKENS)
    if (
        described is not None
        and described + 1 < inside
        and tokens[described + 1].lower in ASIDE_OPENERS | {"another"}
        and all(t.is_word and not t.capitalised for t in tokens[described + 1 : inside])
    ):
        return described  # ', another brother,' / ', his lawyer,' before the name
    return inside if inside >= _MIN_CLAUSE_WORDS else None


_NAMING_VERBS = frozenset("called dubbed branded labelled labeled termed".split())
"""Verbs that, right after a comma, name what the clause before speaks of, not its speaker."""


def _before_a_named_aside(tokens: Sequence[Token], comma: int, verb: int) -> int:
    """The comma before the speaker's name when the frame's comma opens or closes an aside
    about him ('…, Andrew Burke, chief of BT's new unit told the forum', '…, Ivo Burke, an
    analyst, said'): what was said ends before his name, not at his description; else
    `comma`."""
    aside: int | None = comma
    if verb == comma + 1:  # the comma closes the aside: the one before opens it
        reach = range(comma - 1, max(0, comma - _SHORT_ASIDE_TOKENS), -1)
        aside = next((j for j in reach if tokens[j].text == ","), None)
    if aside is None or not opens_a_description(tokens[aside + 1]):
        return comma
    name = aside - 1
    while name > 0 and aside - name <= _NAME_TOKENS and tokens[name].capitalised:
        name -= 1
    if name == aside - 1 or tokens[name].text != "," or name < _MIN_CLAUSE_WORDS:
        return comma
    return name


_NAME_TOKENS = 4
"""How many capitalised words a speaker's name before his aside may run to."""


def _a_verb_after_to(token: Token) -> bool:
    """'to falsifying', 'to identify': a verb after a speech verb's 'to', not its listener
    ('to reporters', 'to the court', 'to him', 'to Reuters')."""
    word = token.lower
    if not token.is_word or token.capitalised or word in DETERMINERS or word in PRONOUNS:
        return False
    return word.endswith("ing") or (lemma(word) == word and not word.endswith("s"))


def _a_thing_someone_said(words: Sequence[Token]) -> bool:
    """Words between a closing frame's article and its verb that name a thing said and then
    who said it ('prospect Vindman' of 'a prospect Vindman denied'): a lower-case word that
    is no role right before a name; not 'the company's chief executive Tim Cook', nor 'the
    Office for National Statistics'."""
    if not words or words[0].capitalised:
        return False  # 'the Office for National Statistics said': a body's name
    return any(
        word.capitalised
        and previous.is_word
        and not previous.capitalised
        and previous.lower not in ROLE_NOUNS
        and previous.lower not in PERSON_NOUNS
        and previous.lower not in STOPWORDS
        for previous, word in pairwise(words)
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
            while (
                i < len(tokens)
                and i < verb + 7
                and tokens[i].lower not in _CLAUSE_STARTS
                and tokens[i].lower not in _NEGATED_SUBJECTS  # 'told lawmakers | no evidence …'
            ):
                if that is None and (
                    tokens[i].text in (",", ";", ":") or tokens[i].lower in _SUBORDINATORS
                ):
                    return []  # 'told him not to bother, because the trip never happened':
                    # what he was told to do, then the writer's reason; no words said
                if tokens[i].text in QUOTE_MARKS:
                    return []  # 'urged "special attention" to Stella Morris, a member …':
                    # the quoted words are what he urged; no clause follows
                if _an_infinitive(tokens, i):
                    return []  # 'urged partymen to follow her and …': what they were urged to
                    # do, no words reported
                if that is None and tokens[i].lower in _TOPIC_PREPOSITIONS:
                    return []  # 'warned musicians against being allied to a party': what the
                    # warning was about, no clause
                i += 1
    i = _past_when_it_was_said(tokens, i)
    if i < len(tokens) and tokens[i].lower in _ADVERBIAL_PREPOSITIONS:
        that = next(
            (j for j in range(i, min(len(tokens), i + 8)) if tokens[j].lower == "that"), None
        )
        if that is None:
            return []
        i = that
    if i < len(tokens) and tokens[i].lower == "that":
        i += 1
    elif (
        i < len(tokens)
        and not _opens_clause(tokens[i])
        and not _bare_subject(tokens, i)
        and not _counted_subject(tokens, i)
    ):
        return []  # 'testified first, and …': what follows is no reported clause
    if i >= len(tokens) or tokens[i].text in (":", ",", ".") or tokens[i].text in QUOTE_MARKS:
        return []
    clause = list(tokens[i:])
    if _asked_to_do(clause):
        return []  # 'by asking Trump to confirm that …': a request, nothing claimed
    if verb_word in ("told", "tells") and tokens[i - 1].lower != "that" and not _finite(clause):
        return []  # 'told the world the real reason for her alarming appearance': a thing
    clause = clause[: _trailing_cut(clause)]
    if any(t.text in QUOTE_MARKS for t in clause):
        return []  # the quotation itself is the statement
    while clause and not clause[-1].is_word and not clause[-1].text[:1].isdigit():
        clause.pop()
    return clause if sum(t.is_word for t in clause) >= _MIN_CLAUSE_WORDS else []


_PRONOUNS_AFTER_TO = PERSON_PRONOUNS | {"it", "them", "me", "us", "him", "her"}


def _an_infinitive(tokens: Sequence[Token], i: int) -> bool:
    """'to follow', 'to stay calm': 'to' then a verb's bare form (no determiner, pronoun or
    name after it: 'told him to his face', 'told it to Reuters')."""
    if tokens[i].lower != "to" or i + 1 >= len(tokens):
        return False
    following = tokens[i + 1]
    return (
        following.is_word
        and not following.capitalised
        and following.lower not in NOUN_DETERMINERS
        and following.lower not in _PRONOUNS_AFTER_TO
        and lemma(following.lower) == following.lower
    )


def _finite(clause: Sequence[Token]) -> bool:
    """Whether the words hold a finite verb: an auxiliary, a past form, or a present '-s'
    after a word that is no determiner and before the end ('the company plans to …'); not
    'the real reason for her weight loss'."""
    words = [t for t in clause if t.is_word]
    if words and words[0].lower in PERSON_PRONOUNS | {"it", "there"}:
        return True  # 'told the Tennessean he planned to appeal'
    for k, token in enumerate(words):
        word = token.lower
        if (
            word in _FINITE_AUXILIARIES
            or word in ("do", "does", "did")
            or is_past_form(word)
            or word.endswith(("n't", "n\u2019t"))
        ):
            return True
        if (
            0 < k < len(words) - 1
            and word.endswith("s")
            and not word.endswith(("ss", "us", "is"))
            and words[k - 1].lower not in NOUN_DETERMINERS
        ):
            return True
    return False


def _asked_to_do(clause: Sequence[Token]) -> bool:
    """Whether a clause is someone named then an infinitive ('Trump to confirm that …'): what
    they were asked or urged to do, no statement."""
    i = _past_a_name(clause, 0)
    return 0 < i < len(clause) and clause[i].lower == "to"


def _not_words(tokens: Sequence[Token], verb: int) -> bool:
    """A speech verb used for something else: 'added to the list', 'responded to the
    instructions', 'urging on fans', 'posted a record'."""
    following = tokens[verb + 1].lower if verb + 1 < len(tokens) else ""
    stem = tokens[verb].lower
    previous = tokens[verb - 1] if verb > 0 else None
    if previous is not None and (
        previous.lower in NOUN_DETERMINERS
        or (possessive(previous) and previous.capitalised)
        or (previous.lower in _NOUN_PREPOSITIONS and not stem.endswith("ing"))
        or (previous.lower == "to" and stem.endswith("s") and not stem.endswith("ss"))
    ):
        return True  # 'the comments were "counterproductive"', 'his remarks', 'with demands',
        # 'in response to claims that': no infinitive ends in -s
    if _a_compound_plural(tokens, verb):
        return True  # 'co-operation with member states and the office': no one states
    if following == "to" and stem.startswith(("add", "respond")):
        return True
    if (
        following == "to"
        and stem.startswith("continu")
        and verb + 2 < len(tokens)
        and tokens[verb + 2].lower not in SPEECH_VERBS
    ):
        return True  # 'Israel continued to act with "impunity"': an act going on, not words
        # ('continued to insist that …' is the insisting's)
    if stem.startswith("deni") and _denied_someone_something(tokens, verb):
        return True  # 'Paulo Ferreira denied Gerrard with a last-ditch tackle'
    if stem.startswith("deni") and _a_request_refused(tokens, verb):
        return True  # 'Costas denied a request by The Associated Press to speak further'
    if stem.startswith("promis") and _denied_someone_something(tokens, verb, _WHAT_PROMISED):
        return True  # 'a contract in which Zuckerberg promises Ceglia half of Facebook'
    if stem.startswith("add") and _an_object_added(tokens, verb, _AFTER_A_THING_ADDED):
        return True  # 'Gardener added the Olympic relay crown to his indoor title', 'adding the
        # final flourish with a touchline conversion'
    if (
        stem.startswith("announc")
        and _an_object_added(tokens, verb, _AFTER_A_THING_ANNOUNCED)
        and not any(t.text == ":" or t.text in QUOTE_MARKS for t in tokens[verb + 1 :])
    ):
        return True  # 'Kamal Nath announced the decision in Delhi on Thursday': a thing made
        # known, whose words are not given ('announced the plant would close' goes on)
    if stem.startswith("claim") and _an_object_added(tokens, verb, _WON_WORDS):
        return True  # 'Roddick claims the vital first break.': a thing won, not words
    if stem in _WRITING and (
        _a_work_follows(tokens, verb) or _an_object_added(tokens, verb, _AFTER_A_THING_WRITTEN)
    ):
        return True  # 'wrote his first novel, Web of Angels,', 'wrote a biography about the
        # inventor', 'wrote a letter to the board': a thing written, not its words
    if following in STATE_VERBS and _after_a_nouns_subject(tokens, verb):
        return True  # 'the letter Mike wrote was "kind"': a relative clause about a thing
    if stem.startswith(("add", "recall")) and (
        following[:1].isdigit() or following in _TALLY_WORDS
    ):
        return True  # 'Josh Heytvelt added 15 points', 'recalled 120,000 vehicles': a count
    if (
        stem.startswith("add")
        and following in ("a", "his", "their")
        and verb + 2 < len(tokens)
        and tokens[verb + 2].lower in _SCORED
    ):
        return True  # 'Joe Cole added a second with a 20-yard shot': a goal scored
    ahead = {t.lower for t in tokens[verb + 1 : verb + 5]}
    if stem.startswith("post"):  # 'posted on X:', not 'posted a record of 43-39' nor
        return following not in ("on", "to") and not ahead & {":", "that", *QUOTE_MARKS}
        # 'posted the image on her page'
    if stem.startswith("repeat") and ahead & _FEATS:
        return True  # 'repeats the world-class times he produced', 'repeated the feat': a
        # feat, not words; 'repeated his pledge not to …' is what he said
    if stem.startswith("email") and following in _OBJECT_DETERMINERS:
        return True  # 'mistakenly emailed a draft of the severance deal': a thing sent
    if stem.startswith("answer") and following in _OBJECT_DETERMINERS:
        return True  # 'Ride was a physicist when she answered a NASA ad seeking applicants',
        # 'answered the call', 'answered his critics': what was answered, not the answer
    if stem.startswith("maintain") and (
        following[:1].isdigit() or following in ("a", "an") or _an_object_added(tokens, verb)
    ):
        return True  # 'Con Edison, which maintains 4,300 miles of gas mains', 'maintained a
        # high profile on social media': upkeep, no words ('maintained his innocence' are)
    if (
        stem.startswith(("argu", "conclud"))
        and not (verb + 2 < len(tokens) and tokens[verb + 2].capitalised)
        and _an_object_added(tokens, verb, _AFTER_A_THING)
    ):
        return True  # 'argues the government's most consequential cases', 'concluded the line
        # of questioning by asking …': a case argued, a task ended ('argued the plan was
        # flawed' goes on into a clause; '…, argued the NRDC.' names who argued)
    if stem.startswith("confirm") and _a_name_confirmed(tokens, verb):
        return True  # 'the Senate confirmed Prelogar by a vote of 53-36': an appointment
    return following == "on" and stem.startswith("urg")


def _a_name_confirmed(tokens: Sequence[Token], verb: int) -> bool:
    """'confirmed Prelogar by a vote of 53-36', 'confirmed Ivo Marek as director': the name
    confirmed in a post, then 'by', 'as', 'on' or the end; not 'confirmed Marek had left'."""
    i = _past_a_name(tokens, verb + 1)
    if i == verb + 1:
        return False
    return (
        i >= len(tokens)
        or tokens[i].lower in ("by", "as", "on", "to")
        or (tokens[i].text in _SENTENCE_END)
    )


_AFTER_A_THING_ADDED = frozenset("to and , with".split())
_AFTER_A_THING_ANNOUNCED = frozenset(
    "in on at after following to last this yesterday today earlier".split()
)
"""Words that close a thing announced ('announced the decision in Delhi'); not a comma: 'announced
its deal with Chelsea, which …, would end' goes on into what was announced."""
_AFTER_A_THING = frozenset("by before".split())
"""Words that close a noun phrase done rather than said: 'argued the case before …' (not
'for' or 'in': 'argued the only test for his policies was …' goes on into a clause)."""


def _an_object_added(
    tokens: Sequence[Token], verb: int, ends: frozenset[str] = frozenset({"to", "and", ","})
) -> bool:
    """'added the Olympic relay crown to …', 'had added the 5,000m crown and I …': a noun
    phrase that ends in one of `ends` or the sentence's end before any verb or quotation is
    what was added; words added go on into a clause ('added the decision was final')."""
    if verb + 1 >= len(tokens) or tokens[verb + 1].lower not in _OBJECT_DETERMINERS:
        return False
    for token in tokens[verb + 2 : verb + 2 + _OBJECT_WORDS]:
        if (
            token.lower in _FINITE_AUXILIARIES
            or is_past_form(token.lower)
            or token.text in QUOTE_MARKS
            or token.lower.endswith(("n't", "n\u2019t"))
        ):
            return False
        if token.lower in ends or token.text in _SENTENCE_END:
            return True
    return False


def _past_when_it_was_said(tokens: Sequence[Token], i: int) -> int:
    """The 'that' after a time written between a speech verb and it ('said Wednesday that',
    'said Wednesday night that', 'announced this month that'), or the subject after a day
    or a statement ('said on Monday it would close', 'said in a statement it had'): what was
    said opens there; else `i`."""
    if i + 2 < len(tokens) and tokens[i].lower == "on" and tokens[i + 1].lower in TRAILING_TIME:
        after = _past_when_it_was_said(tokens, i + 1)
        if after > i + 1:
            return after  # 'said on Monday that', 'said on Monday night that'
        return i + 2 if tokens[i + 2].lower in PRONOUNS else i
    if (
        i + 3 < len(tokens)
        and tokens[i].lower == "in"
        and tokens[i + 1].lower in ("a", "an", "its", "his", "her", "their")
        and tokens[i + 2].lower in _WHERE_IT_WAS_SAID
        and tokens[i + 3].lower in PRONOUNS
    ):
        return i + 3
    if (
        i + 2 < len(tokens)
        and tokens[i].lower in ("this", "last")
        and tokens[i + 2].lower == "that"
    ):
        return i + 2
    if i + 1 < len(tokens) and tokens[i].lower in TRAILING_TIME:
        part = tokens[i + 1].lower
        if part == "that":
            return i + 1
        if part in PRONOUNS:
            return i + 1  # 'said Monday it would close'
        if part in _PARTS_OF_A_DAY:
            return i + 2 if i + 2 < len(tokens) and tokens[i + 2].lower == "that" else i + 1
        if tokens[i + 1].is_word and tokens[i + 1].capitalised:
            return i + 1  # 'insisted Tuesday North Korea was …': the day, then the clause
    return i


_PARTS_OF_A_DAY = frozenset("night morning afternoon evening".split())
_WHERE_IT_WAS_SAID = frozenset("statement interview letter email speech".split())
_FEATS = frozenset(
    "feat feats times trick performance performances result results success win victory "
    "double treble exploits achievement".split()
)
"""Things done again ('repeated the feat'), where 'repeated' tells no words."""
_WON_WORDS: frozenset[str] = frozenset()
"""What ends a thing claimed: only the sentence ('claims the vital first break.'); 'claimed
the shootings "didn't happen"' and 'claims the sprinter regularly used drugs' go on."""


def _denied_someone_something(
    tokens: Sequence[Token], verb: int, what: frozenset[str] | None = None
) -> bool:
    """'denied Gerrard with a tackle', 'denied Owen a goal': a name, then what he was denied
    or how (or `what` else opens it); 'denied Brown had asked' goes on into the clause."""
    after = _past_a_name(tokens, verb + 1)
    return (
        after > verb + 1
        and after < len(tokens)
        and tokens[after].lower in (what or _WHAT_OR_HOW_DENIED)
    )


_WHAT_OR_HOW_DENIED = frozenset("with a an the his her their its any by".split())
_WHAT_PROMISED = frozenset("a an the his her their its half all some more".split())
"""What opens a thing promised someone ('promised Ceglia half of Facebook', 'promised Ivo a
job'); 'promised Ivo would stay' goes on into the words."""


def _a_request_refused(tokens: Sequence[Token], verb: int) -> bool:
    """'denied a request by …', 'denied him bail', 'denied the appeal': a thing refused, not a
    claim denied ('denied a report that he would retire' is his word)."""
    ahead = [t.lower for t in tokens[verb + 1 : verb + 4]]
    if ahead[:1] and ahead[0] in ("him", "her", "them"):
        ahead = ahead[1:]
    if not ahead:
        return False
    if ahead[0] in _REFUSED:
        return True
    return ahead[0] in _OBJECT_DETERMINERS and any(w in _REFUSED for w in ahead[1:3])


_REFUSED = frozenset(
    "request requests application applications permit permits bail entry access visa visas "
    "appeal appeals motion motions petition petitions permission licence license parole "
    "asylum".split()
)
"""Things a court, an office or a person refuses: denying them is a decision, not words."""
_OBJECT_DETERMINERS = frozenset("the a an his her their its another".split())
_OBJECT_WORDS = 6


def _a_work_follows(tokens: Sequence[Token], verb: int) -> bool:
    """'wrote his first novel', 'writes a new song': the object is a work, within three words."""
    ahead = [t.lower for t in tokens[verb + 1 : verb + 4]]
    return bool(ahead) and ahead[0] in NOUN_DETERMINERS and any(w in WORK_NOUNS for w in ahead)


_WRITING = frozenset("wrote writes write writing written".split())
_AFTER_A_THING_WRITTEN = frozenset("to and , about on for in of".split())
"""Words that close a noun phrase written ('a letter to', 'a biography about'): a thing."""


def _after_a_nouns_subject(tokens: Sequence[Token], verb: int) -> bool:
    """Whether the speech verb's subject (a name or a pronoun) follows a noun it qualifies:
    'the letter Mike wrote', not 'what he said' or 'all she said', which are the words."""
    i = verb - 1
    if i >= 0 and tokens[i].lower in PERSON_PRONOUNS:
        i -= 1
    else:
        while i >= 0 and tokens[i].capitalised:
            i -= 1
        if i == verb - 1:
            return False
        if i >= 0 and tokens[i].lower == "the":
            i -= 1  # 'a trawler that the Indian Navy said was': the Navy's words
    if i < 1 or not tokens[i].is_word or tokens[i].capitalised:
        return False
    noun = tokens[i].lower
    return (
        noun not in _CLEFT_WORDS
        and noun not in _RELATIVE_WORDS
        and noun not in NP_STOPS
        and not is_verb_like(tokens[i])
    )


_CLEFT_WORDS = frozenset("what all everything whatever something anything nothing".split())
_RELATIVE_WORDS = frozenset("that which who whom whose where when".split())
_TALLY_WORDS = SMALL_NUMBERS | {"another"}
_SCORED = frozenset("second third fourth fifth sixth late fine goal try".split())
"""What 'added a …' scores: 'Joe Cole added a second with a 20-yard shot'."""
_TOPIC_PREPOSITIONS = frozenset("against about of over".split())


def _a_compound_plural(tokens: Sequence[Token], verb: int) -> bool:
    """Whether the speech verb's -s form ends a noun compound after a preposition ('with member
    states', 'amid party claims'): a bare lowercase noun after a preposition is its object,
    never a subject, so the form is a plural noun."""
    stem = tokens[verb].lower
    if verb < 2 or not stem.endswith("s") or stem.endswith("ss"):
        return False
    noun, preposition = tokens[verb - 1], tokens[verb - 2]
    return (
        preposition.lower in _NOUN_PREPOSITIONS
        and noun.is_word
        and not noun.capitalised
        and noun.lower not in _NOT_A_BARE_NOUN
        and not is_verb_like(noun)
        and not noun.lower.endswith("ly")
    )


_NOT_A_BARE_NOUN = PRONOUNS | frozenset(
    "you one everyone someone anyone nobody who whom which that what".split()
)
"""Words that are subjects themselves, or open a relative clause ('with which it says')."""


_NOUN_PREPOSITIONS = frozenset(
    "with of about amid despite over from against in after following".split()
)
"""Prepositions before a speech verb's form that is not a gerund: 'presented with demands'."""


def _phoned(tokens: Sequence[Token], verb: int) -> bool:
    following = tokens[verb + 1].lower if verb + 1 < len(tokens) else ""
    if following == "for" and verb + 2 < len(tokens) and tokens[verb + 2].text in QUOTE_MARKS:
        return False  # 'called for "a just and lasting peace"': a demand in words
    return following in ("police", "911", "authorities", "for", "off", "up", "back", "in", "out")


def _opens_clause(token: Token) -> bool:
    """A word a reported clause can start with: a subject ('the ban', 'he', 'Moscow', '12')."""
    return (
        token.lower in _CLAUSE_STARTS
        or token.capitalised
        or token.text[:1].isdigit()
        or token.lower in ("no", "none", "nobody", "everyone", "both", "neither")
    )


def _counted_subject(tokens: Sequence[Token], i: int) -> bool:
    """'said up to 1,200 jobs were at risk', 'as many as 40 people', 'more than $3 billion':
    a figure's hedge, then the figure (the last hedge is none: '$40 million'); or a count in
    words: 'said two journalists were detained'."""
    if tokens[i].lower in _COUNTS_IN_WORDS and i + 1 < len(tokens) and tokens[i + 1].is_word:
        return True
    for opening in _FIGURE_HEDGES:
        end = i + len(opening)
        if [t.lower for t in tokens[i:end]] == opening and end < len(tokens):
            return _a_figure(tokens[end:])
    return False


_COUNTS_IN_WORDS = SMALL_NUMBERS | frozenset(
    "twenty thirty forty fifty hundred dozens hundreds thousands several".split()
)
_FIGURE_HEDGES = [
    w.split()
    for w in (
        "up to",
        "as many as",
        "as much as",
        "more than",
        "fewer than",
        "less than",
        "at least",
        "about",
        "around",
        "nearly",
        "almost",
        "roughly",
        "some",
        "over",
        "only",
        "just",
        "",  # a bare sum: '$40 million'
    )
]


_FINITE_AUXILIARIES = frozenset(
    "is are was were has have had will would could can should may might must".split()
)
_A_CLAUSES_VERB = _FINITE_AUXILIARIES | {"there"}
"""Words only a clause of its own holds: 'there had been', 'it was'."""
_BARE_SUBJECT_WORDS = 5


def _bare_subject(tokens: Sequence[Token], i: int) -> bool:
    """'said contacts between the two countries would continue': a noun phrase with no
    determiner, then a finite auxiliary within a few words (not 'said goodbye to them')."""
    word = tokens[i].lower
    if not tokens[i].is_word or word in SPEECH_VERBS or word in STOPWORDS or word == "whether":
        return False  # 'told them she …', 'would not say whether …', 'when asked …': no subject
    for token in tokens[i + 1 : i + 1 + _BARE_SUBJECT_WORDS]:
        if token.lower in _FINITE_AUXILIARIES:
            return True
        if not token.is_word or token.lower in ("that", "to", "and", "or", "but"):
            return False
    return False


def _a_figure(tokens: Sequence[Token]) -> bool:
    """Whether the tokens open with a figure: '1,200', '$4.2'."""
    first = tokens[0].text
    sign = first in CURRENCY_SIGNS and len(tokens) > 1
    return (tokens[1].text if sign else first)[:1].isdigit()


def _trailing_cut(clause: Sequence[Token]) -> int:
    """Where a reported clause ends at a closing frame ('…, police said', '…, according to
    X'); not at an apposition whose clause goes on ('the operator, Ostmark Kraft, had been
    warned …': a verb after an auxiliary is the clause's own)."""
    for index, token in enumerate(clause):
        if token.text in _DASHES and _a_writers_aside(clause, index + 1):
            return index  # '… and Finnish President Alexander Stubb, a dash, then none of whom
            # immediately responded to Fox News Digital's questions': the writer's aside
        if token.text == "," and index + 2 < len(clause):
            following = [t.lower for t in clause[index + 1 : index + 4]]
            if following[:2] == ["according", "to"]:
                return index
            if following[0] in _AUXILIARIES:
                continue
            if any(w in SPEECH_VERBS for w in following):
                return index
    return len(clause)


_AUXILIARIES = frozenset("had has have was were is are been be would will could".split())


def _a_writers_aside(clause: Sequence[Token], at: int) -> bool:
    """Whether an aside after a dash opens on a relative about the people just named ('none of
    whom', 'neither of whom', 'all of whom') and runs to the end: no dash closes it ('12
    executives - none of whom were involved - have agreed to repay' goes on)."""
    words = [t.lower for t in clause[at : at + 3]]
    closed = any(t.text in _DASHES for t in clause[at:])
    return len(words) == 3 and words[1:] == ["of", "whom"] and not closed


def _statement(
    speaker: int | None, clause: Sequence[Token], cue: Token, *, first: bool
) -> Statement | None:
    words = [t for t in clause if t.is_word]
    if speaker is None or speaker == NOBODY or len(words) < _MIN_CLAUSE_WORDS:
        return None
    if words[0].lower in MODALS:
        return None
    trimmed = list(clause)
    while trimmed and not trimmed[-1].is_word and not trimmed[-1].text[:1].isdigit():
        if trimmed[-1].text == ")" and any(t.text == "(" for t in trimmed):
            break  # 'about £138m ($259.8m)': the bracket it opened closes it
        trimmed.pop()
    while trimmed and not trimmed[0].is_word and not _a_figure(trimmed):
        trimmed.pop(0)  # a quote mark or a dash; not '1,200 jobs' or '$4 billion'
    if not trimmed:
        return None
    cue_end = trimmed[0].start if first else cue.end
    return Statement(
        speaker, trimmed[0].start, trimmed[-1].end, False, cue.start, cue_end, cue_first=first
    )
