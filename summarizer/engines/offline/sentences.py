"""Paragraphs, sentences, tokens and quotations of an article, all as character spans.

Every line is a paragraph boundary (copied articles put one paragraph per line). Sentences end
at '.', '!', '?' or '…' followed by space and a capital, digit or opening quote, except after an
abbreviation or an initial, and never inside an open quotation, so a multi-sentence quote stays
with its attribution. Lines that are web debris or headlines (no closing punctuation) are marked,
not dropped: offsets stay true to the text.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from ...text.dates import DATELINE
from ...text.debris import gallery_chrome, is_call_to_action, is_debris_line, is_photo_caption
from ...text.lemmas import is_common_word, lemma
from ...text.places import is_place
from .lexicon import SPEECH_VERBS

_BOUNDARY = re.compile(
    r"([.!?\u2026]+(?: ?[\"'\u201d\u2019)\]])*)\s+(?:[*\u2022]\s+)?(?=[\"\u201c\u2018(\[A-Z0-9])"
    r"|(?<=[a-z]{3})([.!?])(?=[\"\u201c]?[A-Z][a-z]+ )"
)
"""A sentence's end: its mark, closing quotation marks or brackets (one after a stray space
too: '… a year. " And Brown said …'), then a space before a capital, a figure or an opening,
or before a list's bullet run into the line ('… in 2016. * The states of …'); or, where a
page lost the space, a stop between a word and a capitalised one ('… across the ocean.The
rings were …', '… and place."My thinking …')."""
TITLE_ABBREVIATIONS = (
    "Mr Mrs Ms Dr St Jr Sr Gen Sen Rep Gov Lt Col Capt Cmdr Sgt Prof Rev "
    "Const Det Insp Supt Cpl Pte Pvt Maj Adm Brig Atty Dist Asst Dep Msgr Fr"
).split()
"""Abbreviated titles: a token with their period ('Dr.'), and never a sentence end."""
OTHER_ABBREVIATIONS = (
    "Hon No vs etc Inc Corp Ltd Co Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec approx est"
).split()
"""Other abbreviations a sentence does not end at."""
_ABBREVIATION = re.compile(
    rf"(?:\b(?:{'|'.join(TITLE_ABBREVIATIONS + OTHER_ABBREVIATIONS)})"
    r"|\b(?:[A-Za-z]\.)+[A-Za-z]|\b[A-Z])$"
)
_DOTTED = re.compile(r"\b(?:[A-Za-z]\.)+[A-Za-z]$")
_CLOCK = re.compile(r"\b[ap]\.m$", re.IGNORECASE)
_SENTENCE_OPENERS = frozenset(
    "The A An It He She We They I But And This That These Those There His Her Its Their Our "
    "When After Before If As So Then".split()
)
"""Words that, capitalised after 'a.m.' or 'U.S.', open the next sentence ('at 5 a.m. The
blast …'); a name or a day after them is the same sentence's ('U.S. envoy', 'p.m. Friday')."""


def _a_new_sentence_after_dots(head: str, rest: str) -> bool:
    """Whether a dotted abbreviation ('a.m.', 'U.S.') also ends its sentence: the next word
    opens one, or, after a time of day, a quotation does."""
    if not _DOTTED.search(head):
        return False
    if rest[:1] and rest[:1] in '"\u201c' and _CLOCK.search(head):
        return True
    return rest.split(" ", 1)[0] in _SENTENCE_OPENERS


_WEB_DOMAINS = "com|org|net|gov|edu|info|biz|tv|io|uk|de|fr|ru|cn|jp|au|ca|eu"
"""Top-level domains a web address in a news article ends with."""
_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}"  # U.S. U.K.
    rf"|[^\W\d_](?=[\w-]*\.)[\w-]*(?:\.[\w-]+)*\.(?:{_WEB_DOMAINS})\b(?!\.\w)"  # a web
    # address, one name: 'Computerandvideogames.com', 'www.dec.org.uk' (its dots end no
    # clause); the lookaheads fail at once where no stop follows the word, as in most words
    rf"|(?=[A-Z]\w*\.\s)(?:{'|'.join(TITLE_ABBREVIATIONS)})\.(?=\s)"
    r"|[^\W\d_](?:[\w\u2019']|-(?!-))*[^\W_]|[^\W\d_]"  # words, with inner apostrophes
    # and hyphens; a double hyphen is a dash between words ('members--Dallas Fed President')
    r"|\d+ers\b"  # a team's name: '76ers', '49ers'
    r"|\d{1,2}:\d\d(?!\d)"  # a time of day: '1:30' (the colon ends no clause)
    r"|\d[\d,.]*\d%?|\d%?"
    r"|[^\w\s]"
)
_QUOTE_MARK = re.compile('["\u201c\u201d]')
_LINE_MARK = re.compile(
    r"[-*\u2022\u25cf\u25aa]\s+(?:\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\s+"
    r"(?=[A-Z\"\u201c]))?"
    r"|\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?(?:\s+[-\u2013\u2014])?\s+"
    r"(?=[A-Z][a-z]|[AI]\s|[\"\u201c])"  # ('13:40 — A man in his seventies died')
)
"""A list item's bullet and a live blog entry's time opening a line: '- 7:30 a.m. ', '• ',
'09:15 BST ', '21:40 — '. Not the sentence: the time says when the entry was posted."""
_OPENING = "\u201c"
_CLOSING = "\u201d"
_MAX_QUOTE = 1200


class Token:
    """A word, number or punctuation mark with its span in the article.

    The derived forms are computed once: the rules ask for them many times per token.
    """

    __slots__ = ("capitalised", "end", "is_word", "lower", "start", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        forms = _FORMS.get(text)
        if forms is None:
            forms = _forms(text)
        self.lower, self.is_word, self.capitalised = forms
        """`lower`: the token in lower case, with a possessive 's removed."""

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


_FORMS: dict[str, tuple[str, bool, bool]] = {}
"""Each token text's derived forms, computed once per process: most words recur."""
_MAX_FORMS = 200_000


def _forms(text: str) -> tuple[str, bool, bool]:
    lower = text.lower()
    if "'" in lower or "\u2019" in lower:
        lower = possessive_stripped(lower)
    first = text[:1]
    forms = (lower, first.isalpha(), first.isupper())
    if first.isdigit() and lower.endswith("ers"):  # '76ers' is a name, as capitalised words are
        forms = (lower, True, True)
    if len(_FORMS) < _MAX_FORMS:
        _FORMS[text] = forms
    return forms


@dataclass(frozen=True)
class Quotation:
    """Text inside double quotation marks: `start`/`end` exclude the marks."""

    start: int
    end: int
    open_at: int
    close_at: int


@dataclass
class Sentence:
    """One sentence of the article."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int
    first_in_paragraph: bool
    debris: bool
    """Page furniture (navigation, captions, credits): no content at all."""
    headline: bool
    """A title or heading: names actors, but is no source of events, positions or questions."""
    quotations: list[Quotation] = field(default_factory=list)
    caption: bool = False
    """A photo gallery's caption run into the prose ('Hide Caption 5 of 25 Photos: …'): its
    names and words are read (a witness may be named there), but it tells no event."""
    open_question: bool | None = None
    """Whether it says something is open; computed once by `questions.is_open_question`."""
    _found: dict[re.Pattern[str], list[re.Match[str]]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        # Read once, when first asked for, and kept in plain attributes rather than by
        # functools.cached_property, which the compiled build (mypyc) runs on every access;
        # set here, not as fields, where a compiled dataclass would leave them unset.
        self._tokens: list[Token] | None = None
        self._quoted: tuple[list[int], list[int]] | None = None

    @property
    def skip(self) -> bool:
        """Debris or a headline: not a source of events, positions or questions."""
        return self.debris or self.headline

    @property
    def tokens(self) -> list[Token]:
        """The sentence's tokens with article offsets, read when first asked for."""
        if self._tokens is None:
            offset = self.start
            self._tokens = [
                Token(m.group(), offset + m.start(), offset + m.end())
                for m in _TOKEN.finditer(self.text)
            ]
        return self._tokens

    def finds(self, pattern: re.Pattern[str]) -> list[re.Match[str]]:
        """The pattern's matches in the sentence's text, searched once: the event rules ask
        for its dates again for each of its verbs."""
        found = self._found.get(pattern)
        if found is None:
            found = self._found[pattern] = list(pattern.finditer(self.text))
        return found

    def is_quoted(self, position: int) -> bool:
        """Whether the character at `position` (an article offset) is inside a quotation."""
        starts, ends = self._quoted_spans
        index = bisect_right(starts, position) - 1
        return index >= 0 and position < ends[index]

    @property
    def _quoted_spans(self) -> tuple[list[int], list[int]]:
        """The quotations' spans merged, by start: a line of thousands of quotations is read
        in its length's time, not its square's."""
        if self._quoted is None:
            starts: list[int] = []
            ends: list[int] = []
            for quote in sorted(self.quotations, key=lambda q: q.start):
                if ends and quote.start <= ends[-1]:
                    ends[-1] = max(ends[-1], quote.end)
                else:
                    starts.append(quote.start)
                    ends.append(quote.end)
            self._quoted = (starts, ends)
        return self._quoted

    def quoted_share(self) -> float:
        """Share of the sentence's characters inside quotation marks."""
        inside = sum(min(q.end, self.end) - max(q.start, self.start) for q in self.quotations)
        return max(0, inside) / max(1, self.end - self.start)


def in_a_model_code(tokens: Sequence[Token], i: int) -> bool:
    """Whether token `i` is letters glued to a number before it: 'E7' of '7E7', 'LR' of
    '777-200LR', 'B' of '3B' (a model's code, a position, a unit: neither a name nor a
    subject); three capitals or more are a name's own ('3GSM World Congress', '76ERS')."""
    word = tokens[i].text
    glued = i > 0 and tokens[i - 1].end == tokens[i].start and tokens[i - 1].text[-1:].isdigit()
    return glued and not (word.isalpha() and word.isupper() and len(word) >= 3)


def possessive_stripped(word: str) -> str:
    """'Ukraine's' → 'Ukraine'; 'boats'' → 'boats'; 'B's' of 'Cardi B's' → 'B' (not the
    'A's' of grades and of the Oakland team)."""
    last = word[-1:]
    letter = len(word) == 3 and word[0].isupper() and word[0] != "A"
    if last in ("s", "S") and (len(word) > 3 or letter) and word[-2] in "'\u2019":
        return word[:-2]
    if last in ("'", "\u2019") and len(word) > 2:
        return word[:-1]
    return word


def split_sentences(text: str) -> list[Sentence]:
    """The article's sentences, in order, with quotations attached. The rules read English
    quotation marks: «…», »…«, „…“ and British single marks are read as “…” (one mark for one,
    so every offset still points into the article as written)."""
    text = english_quotation_marks(text)
    named = _CapitalisedWords(text)
    sentences: list[Sentence] = []
    position = 0
    lines = text.split("\n")
    posts = _embedded_posts(lines) | _block_quotes(lines)
    run_over = _paragraphs_inside_a_quotation(lines)
    for paragraph, line in enumerate(lines):
        line_start = position
        position += len(line) + 1
        stripped = line.strip()
        if not stripped:
            continue
        offset = line_start + (len(line) - len(line.lstrip()))
        title = not sentences and _is_headline(stripped, first=True)  # 'Porto Belo: transcript
        quotations = find_quotations(stripped, offset) or (  # of …': a title, no one's turn
            [] if title else _transcript_turn(stripped, offset, named)
        )
        if paragraph in run_over:  # inside a quotation opened paragraphs before
            closing = run_over[paragraph]
            end = line_start + closing if closing is not None else offset + len(stripped)
            quotations = [Quotation(offset, end, offset, end + (closing is not None))] + [
                q for q in quotations if q.open_at > end
            ]
        if not quotations and paragraph in posts:  # a post embedded in the page, or a block
            end = offset + len(stripped)  # quote: its words (no marks: they open and close on
            quotations = [Quotation(offset, end, offset, end)]  # its edges)
        debris = is_debris_line(stripped) or bool(
            _QUESTION_LABEL.match(stripped) and named.an_interview
        )  # an interviewer's question ('Q: Is that true?') tells no news of its own
        headline = not debris and _is_headline(stripped, first=not sentences)
        spans = _bounded(_sentence_spans(stripped, quotations, offset), text)
        chrome = [(offset + a, offset + b) for a, b in gallery_chrome(stripped)]
        if chrome:  # 'Hide Caption 22 of 25 Photos: <the gallery's title>': cut out, and
            spans = _outside(spans, chrome, text)  # what follows each is a caption
        captions = {_past_spaces(text, end) for _, end in chrome}
        line_end = offset + len(stripped)
        marked = _LINE_MARK.match(text, offset, line_end)
        content = marked.end() if marked else offset  # '- 7:30 a.m. ': a live blog's entry
        dateline = DATELINE.match(text, content, line_end)
        content = dateline.end() if dateline else content  # 'SALTMERE, March 9 (Meridian Press)
        spans = [(max(start, content), end) for start, end in spans if end > content]  # - '
        opened = [q.open_at for q in quotations]  # (in order: quotations do not overlap)
        longest = max((q.close_at - q.open_at for q in quotations), default=0)
        for number, (start, end) in enumerate(spans):  # ('TULSA, Okla. (AP) — ': one dateline)
            near = quotations[
                bisect_left(opened, start - longest) : bisect_left(opened, end)
            ]  # the quotations that may reach into the span, not every one of the paragraph
            sentences.append(
                Sentence(
                    index=len(sentences),
                    start=start,
                    end=end,
                    text=text[start:end],
                    paragraph=paragraph,
                    first_in_paragraph=number == 0,
                    debris=debris or is_call_to_action(text[start:end]),
                    caption=start in captions or is_photo_caption(text[start:end]),
                    headline=headline,
                    quotations=[q for q in near if q.open_at < end and q.close_at > start],
                )
            )
    return sentences


POST_CREDIT = re.compile(r"[\u2014\u2013-]\s*[^()\n]{1,80}?\s*\(@\w{1,30}\)")
"""The line under a post embedded in a page: '— Eastgrid (@EastgridPower) November 4, 2031'."""


def _embedded_posts(lines: Sequence[str]) -> set[int]:
    """The lines that are an embedded post's text: the line right above its credit line."""
    posts: set[int] = set()
    for number, line in enumerate(lines):
        if number > 0 and POST_CREDIT.match(line.strip()):
            above = number - 1
            while above > 0 and not lines[above].strip():
                above -= 1
            if lines[above].strip() and not POST_CREDIT.match(lines[above].strip()):
                posts.add(above)
    return posts


def _paragraphs_inside_a_quotation(lines: Sequence[str]) -> dict[int, int | None]:
    """The lines inside a quotation that runs over paragraphs without reopening in each (pages
    cut at each sentence): for each, where in it the quotation closes, None if it runs on. A
    quotation opens at a paragraph's last mark; no mark follows until one closes it."""
    inside: dict[int, int | None] = {}
    for first, line in enumerate(lines):
        marks = list(_QUOTE_MARK.finditer(line))
        if not marks or not _opens_for_good(line, marks):
            continue
        for last in range(first + 1, min(len(lines), first + _PARAGRAPHS_RUN_OVER)):
            following = lines[last]
            if not following.strip():
                break  # a blank line: the page's own paragraph break
            mark = _QUOTE_MARK.search(following)
            if mark is None:
                continue
            if mark.group() == _CLOSING or (
                mark.group() == '"' and _a_closing_mark(following, mark.start())
            ):
                inside.update(dict.fromkeys(range(first + 1, last)))
                inside[last] = mark.start()
            break
    return inside


def _opens_for_good(line: str, marks: Sequence[re.Match[str]]) -> bool:
    """Whether the line's last quotation mark opens one it never closes."""
    last = marks[-1]
    if last.group() == _OPENING:
        return True
    straight = sum(m.group() == '"' for m in marks)
    return last.group() == '"' and straight % 2 == 1 and not _a_closing_mark(line, last.start())


def _block_quotes(lines: Sequence[str]) -> set[int]:
    """The lines that are a block quote whose marks the page dropped: the paragraph right after
    one that closes on a speech verb and a colon ('Police Commissioner Ray Kelly commented on
    Lopez in a briefing:' ⏎ 'We're certainly pleased …'), when it holds no quotation mark of
    its own and is neither a list's item nor a heading."""
    quotes: set[int] = set()
    previous = ""
    for number, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if (
            previous.endswith(":")
            and _a_speech_verb_closing(previous)
            and not _A_QUOTATION_MARK.search(stripped)
            and not _LIST_ITEM.match(stripped)
            and not _is_headline(stripped)
        ):
            quotes.add(number)
        previous = stripped
    return quotes


def _a_speech_verb_closing(paragraph: str) -> bool:
    """Whether the paragraph's last sentence, ending in a colon, says someone speaks ('Apple
    said:', 'Dr. Benjamin explained how she sees her role:'): a speech verb in a form no noun
    takes ('their demands', 'See tweets' are nouns), reporting no clause of its own ('noted
    that …, one of the following conditions:' lists what follows), no quotation before it."""
    last = re.split(r"[.!?]\s+", paragraph[:-1])[-1]
    words = re.findall(r"[A-Za-z]+", last)
    if len(words) < _FRAME_WORDS or _A_QUOTATION_MARK.search(last):
        return False
    for at, word in enumerate(words[1:], start=1):
        lowered = word.lower()
        if (
            lowered in SPEECH_VERBS
            and (lowered.endswith("ed") or lowered in SAYING_FORMS)
            and lowered not in _SPEECH_VERBS_THAT_NAME
            and words[at - 1].lower() not in _BEFORE_A_NOUN
        ):
            return "that" not in (w.lower() for w in words[at + 1 :])
    return False


_A_QUOTATION_MARK = re.compile("[\"\u201c\u201d\u2018\u00ab\u00bb\u201e]|(?<!\\w)'(?=\\w)")
_LIST_ITEM = re.compile(r"(?:[-*\u2022\u2013\u2014]|\d{1,2}[.)])\s")
_FRAME_WORDS = 2
"""Words of a frame before its colon, at least: 'Apple said:' (not a turn's label 'Salerno:')."""
SAYING_FORMS = frozenset("said told wrote says writes tells explains adds".split())
"""Speech verbs not in -ed that no noun spells ('notes', 'comments', 'tweets' do)."""
_SPEECH_VERBS_THAT_NAME = frozenset("called described".split())
"""Speech verbs that also name ('a biography called The Real Bettie Page:')."""
NOUN_DETERMINERS = frozenset(
    "the a an his her their its our my your these those such including".split()
)
"""Words before a speech verb's form that make it a noun: 'the comments', 'her answers'."""
_BEFORE_A_NOUN = NOUN_DETERMINERS | frozenset("this that some any no every each following".split())


def opening_participle_end(tokens: Sequence[Token]) -> int | None:
    """The comma closing a participle's clause that opens the sentence ('Asked about Mehta's
    remarks,', 'Responding to the mayor,'), or None: who that clause names is what the
    subject was asked about or answered, not the subject. Without the comma, the token before
    the subject pronoun that ends it ('But standing next to Mr Blair he added …')."""
    first = (
        1
        if tokens
        and (
            tokens[0].lower in _LINKING_OPENERS
            or (tokens[0].lower in _SUBORDINATORS and len(tokens) > 1 and tokens[1].is_word)
        )
        else 0
    )  # 'While saying he admired Mr Blair's leadership, he …': a participle after 'while'
    if (
        len(tokens) <= first
        or not tokens[first].lower.endswith(("ed", "ing"))
        or tokens[first].lower in _NOT_PARTICIPLES
        or lemma(tokens[first].lower) == tokens[first].lower  # 'King said he …', 'Fred'
    ):
        return None
    end = next(
        (i for i, t in enumerate(tokens) if t.text == "," or (i > first + 2 and t.text in _HE)),
        None,
    )
    if end is None or end < first + 2:  # 'Sterling, 45, said': a name, no clause
        return None
    if tokens[end].text != ",":
        end -= 1
    words = tokens[first + 1 : end + (tokens[end].text != ",")]
    return end if all(t.is_word or t.text in "'\u2019.\"\u201c\u201d" for t in words) else None


_HE = frozenset("he she they".split())
"""Subject pronouns, lower-case: one ends a participle's opening clause the comma left out."""


def opening_clause_end(sentence: Sentence) -> int | None:
    """The comma closing a subordinate clause that opens the sentence ('When Pulaski said his
    rival "…",', 'After the council voted,'), or None: whoever that clause names is not the
    subject of the main clause's verbs ('…, Achterberg laughed and replied:')."""
    tokens = sentence.tokens
    first = 1 if tokens and tokens[0].lower in _LINKING_OPENERS else 0
    if len(tokens) <= first:
        return None
    if tokens[first].lower not in _SUBORDINATORS and not _as_clause(tokens, first):
        return None
    commas = [
        i
        for i in range(first + 2, len(tokens))
        if tokens[i].text == "," and not sentence.is_quoted(tokens[i].start)
    ]
    if not commas:
        return None
    end = commas[0]
    if len(commas) > 1 and tokens[end - 1].capitalised and _describes(tokens, end, commas[1]):
        end = commas[1]  # 'When he was asked by Martinez, the lawyer for Assange, …': his
    return end


def _as_clause(tokens: Sequence[Token], first: int) -> bool:
    """'As Tory leader Michael Howard kicked off his campaign, …': 'as' opening a clause with a
    subject and a verb of its own; not 'As expected, …' nor 'As Smith put it, …' (whose words
    the main clause then gives)."""
    if tokens[first].lower != "as" or first + 2 >= len(tokens) or not tokens[first + 1].is_word:
        return False
    if not tokens[first + 1].capitalised and tokens[first + 1].lower not in _CLAUSE_OPENING_WORDS:
        return False  # 'As expected', 'As usual', 'As a result'
    for token in tokens[first + 2 :]:
        if token.text == "," or token.lower in SPEECH_VERBS or token.lower == "put":
            return token.text == ","
    return False


_CLAUSE_OPENING_WORDS = frozenset("the his her their its he she they we i".split())


def _describes(tokens: Sequence[Token], comma: int, closing: int) -> bool:
    """Whether the words between two commas after a name describe it: 'the lawyer for X'."""
    inside = tokens[comma + 1 : closing]
    return (
        1 < len(inside) <= _APPOSITION_TOKENS
        and inside[0].lower in ("the", "a", "an", "his", "her", "their")
        and all(t.is_word or t.text in ("'", "\u2019", "-", ".") for t in inside)
    )


_APPOSITION_TOKENS = 8


_LINKING_OPENERS = frozenset("and but yet so".split())
_SUBORDINATORS = frozenset(
    "when whenever after before once until while whereas although though because since if "
    "unless".split()
)
"""Words opening a clause that sets a time, a reason or a condition for the main one (not 'as':
'As Smith put it, …' and 'As expected, …' open no clause with a subject of its own)."""


_NOT_PARTICIPLES = frozenset("during according including regarding following red ed".split())
"""Words in -ing or -ed opening a sentence that open no participle's clause of its subject."""
MAX_SENTENCE_CHARS = 2000
"""Characters a sentence may hold: news sentences stay well under it, and the rules that read a
sentence scan it once per verb or name, so a run-on line of hostile input is cut into pieces
of this size (at a space) to keep the work linear in the article's length."""


def _outside(
    spans: list[tuple[int, int]], cuts: list[tuple[int, int]], text: str
) -> list[tuple[int, int]]:
    """The parts of the spans outside the cuts (in order, none overlapping), without the
    spaces at their edges; parts of nothing but spaces are dropped."""
    parts: list[tuple[int, int]] = []
    starts = [cut_start for cut_start, _ in cuts]
    for start, end in spans:
        pieces = [(start, end)]
        reach = cuts[max(0, bisect_left(starts, start) - 1) : bisect_left(starts, end)]
        for cut_start, cut_end in reach:  # (only the cuts that may fall inside the span)
            pieces = [
                piece
                for begin, finish in pieces
                for piece in ((begin, min(finish, cut_start)), (max(begin, cut_end), finish))
                if piece[0] < piece[1]
            ]
        for begin, finish in pieces:
            begin = _past_spaces(text, begin)
            while finish > begin and text[finish - 1].isspace():
                finish -= 1
            if begin < finish:
                parts.append((begin, finish))
    return parts


def _past_spaces(text: str, i: int) -> int:
    """The first offset from `i` that is not a space."""
    while i < len(text) and text[i].isspace():
        i += 1
    return i


def _bounded(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """The spans, each longer than `MAX_SENTENCE_CHARS` cut at the last space before it."""
    bounded: list[tuple[int, int]] = []
    for start, end in spans:
        while end - start > MAX_SENTENCE_CHARS:
            cut = text.rfind(" ", start + 1, start + MAX_SENTENCE_CHARS)
            cut = cut if cut > start else start + MAX_SENTENCE_CHARS
            bounded.append((start, cut))
            start = cut + 1 if text[cut : cut + 1] == " " else cut
        bounded.append((start, end))
    return bounded


def _is_headline(line: str, *, first: bool = False) -> bool:
    """A heading, title or caption: '# Title', no closing stop, or Most Words Capitalised.

    Past the first line, a long line in sentence case is a sentence that lost its stop
    ('Police apprehended Jackson at about 2:30 a.m. and booked him …'): headings are short."""
    if line.startswith("#"):
        return True
    if line.rstrip().endswith(",") and not first:
        return False  # '…, commented,' ⏎ '"…"': a sentence that goes on in the next paragraph
    words = [w for w in line.split() if w[:1].isalpha()]
    if not line.rstrip("\"'\u201d\u2019)").endswith((".", "!", "?", "\u2026", ":")):
        return first or len(words) <= _LONGEST_HEADING or _title_case(words)
    if not 4 <= len(words) <= 14 or line.count(",") >= 2:  # not a long sentence listing names
        return False
    # 'Donald Trump spoke with Russian President Ivo Markov.' is a sentence, names and all
    return _title_case(words) and all(w[0].isupper() or w.lower() in _MINOR_WORDS for w in words)


TITLE_MINOR_WORDS = frozenset(
    "a an the and but or nor for of in on at to by up as with from into vs".split()
)
"""Words a title written in Title Case leaves in lower case ('The Life of a Pinup Legend')."""
_MINOR_WORDS = TITLE_MINOR_WORDS | {"via", "over", "off"}
"""Words a Title Case heading leaves in lower case."""


_LONGEST_HEADING = 15
"""Words a heading without a stop may have past the first line."""


def _title_case(words: list[str]) -> bool:
    """Most Words Capitalised, as headings are written (seven in ten or more)."""
    return bool(words) and sum(w[0].isupper() for w in words) / len(words) >= 0.7


def english_quotation_marks(text: str) -> str:
    """`text` with French «…», German »…« and „…“ (Polish „…”) quotation marks, and British
    single ones (U+2018 … U+2019, or straight ones as plain text writes them) where a
    paragraph has no double ones, written as English “…”, mark for mark: 'said: «We will
    rebuild.»' → 'said: “We will rebuild.”'."""
    if not any(mark in text for mark in _FOREIGN_MARKS) and not _STRAIGHT_OPENING.search(text):
        return text
    lines = []
    for line in _single_quotations_over_paragraphs(text.split("\n")):
        first = re.search("[\u00ab\u00bb]", line)
        if first is not None and first.group() == "\u00bb":  # '»Wir …«'
            line = line.translate(_REVERSED_GUILLEMETS)
        else:
            line = line.translate(_GUILLEMETS)
        line = _LOW_OPENING.sub("\u201c\\1\u201d", line)
        if not any(mark in line for mark in '"\u201c\u201d'):
            if "\u2018" in line:
                line = _single_quotation_marks(line)
            elif _STRAIGHT_OPENING.search(line):
                line = _single_quotation_marks(line, straight=True)
        lines.append(line)
    return "\n".join(lines)


def _single_quotations_over_paragraphs(lines: list[str]) -> list[str]:
    """The lines, with a quotation in single marks that runs over paragraphs without reopening
    in each ('\u2018When me and my son were on the floor, I noticed Mrs Horton fall down.' ⏎
    'I honestly thought she was shot in the head.' ⏎ 'There was blood,\u2019 said Unique
    Armstead'; pages whose paragraphs were cut at each sentence) marked as “ … ”: its opening in
    the first, its closing in the last, with no mark in between."""
    lines = list(lines)
    for first, line in enumerate(lines):
        if _QUOTE_MARK.search(line):
            continue
        opening = _last_single_opening(line)
        if opening is None:
            continue
        mark = "'" if line[opening] == "'" else "\u2019"
        if _closing_single_mark(line, opening + 1, mark) is not None:
            continue
        for last in range(first + 1, min(len(lines), first + 1 + _PARAGRAPHS_RUN_OVER)):
            following = lines[last]
            if _QUOTE_MARK.search(following) or _last_single_opening(following) is not None:
                break
            closing = _closing_single_mark(following, 0, mark)
            if closing is not None:
                lines[first] = line[:opening] + "\u201c" + line[opening + 1 :]
                lines[last] = following[:closing] + "\u201d" + following[closing + 1 :]
                break
            if not following.strip():
                break  # a blank line: the page's own paragraph break, not a cut sentence
    return lines


def _last_single_opening(line: str) -> int | None:
    """Where the line's last quotation in single marks opens, if one does; not a possessive's
    mark set apart ('Simon Beaufoy \u2018s script')."""
    found = [m.start() for m in _STRAIGHT_OPENING.finditer(line)]
    found += [i for i, char in enumerate(line) if char == "\u2018"]
    found = [i for i in found if not _A_LETTER_ALONE.match(line, i + 1)]
    return max(found, default=None)


_A_LETTER_ALONE = re.compile(r"[a-z]\b")
_PARAGRAPHS_RUN_OVER = 6
"""Paragraphs a quotation in single marks may run over, its first and last included."""


def _single_quotation_marks(line: str, straight: bool = False) -> str:
    """A paragraph quoting in single marks, as British papers do, with its quotations in
    double ones. The closing mark (U+2019, also the apostrophe) is the one after punctuation
    or before punctuation or a space; not an apostrophe inside a word ('don't') nor, while a
    later one closes, one after an 's' ('We beat the players' union,' she said). `straight`:
    the paragraph writes both marks as the apostrophe ' (plain text); a quotation opens
    with one before a letter where a word starts, not an elision ('90s, 'em, 'n')."""
    marks = list(line)
    index = 0
    opening_mark = "'" if straight else "\u2018"
    while (opening := line.find(opening_mark, index)) >= 0:
        index = opening + 1
        if opening and not (line[opening - 1].isspace() or line[opening - 1] in "([\u2014\u2013-"):
            continue  # not where a quotation opens
        if straight and not _STRAIGHT_OPENING.match(line, opening):
            continue
        closing = _closing_single_mark(line, opening + 1, "'" if straight else "\u2019")
        if closing is None or len(line[opening + 1 : closing].strip()) < 2:
            continue  # 'rock 'n' roll': no quotation
        marks[opening], marks[closing] = "\u201c", "\u201d"
        index = closing + 1
    return "".join(marks)


def _closing_single_mark(line: str, start: int, mark: str = "\u2019") -> int | None:
    """The closing mark of a quotation opened just before `start`: among the first marks of
    the longest quotation read (`_MAX_QUOTE`), so that a line of marks costs no more than its
    length."""
    ends: list[tuple[bool, int]] = []
    marks = _SINGLE_MARKS[mark].finditer(line, start, start + _MAX_QUOTE)
    previous = start
    for match in itertools.islice(marks, _MARKS_READ):
        at = match.start()
        before, after = line[at - 1 : at], line[at + 1 : at + 2]
        opens = "\u2018" in line[previous:at] or (before.isspace() and after.isalpha())
        if ends and opens:
            break  # another quotation opens: this one closed before it ('fully', 'Our …')
        previous = at
        if after.isalpha():
            continue  # an apostrophe inside a word: 'don't', 'Trump's'
        if before in _STOPS or after in _STOPS or not after:
            return at
        ends.append((before.lower() == "s", at))
    return min(ends)[1] if ends else None


_STOPS = frozenset(",.;:!?\u2026")
_SINGLE_MARKS = {mark: re.compile(mark) for mark in ("'", "\u2019")}
_STRAIGHT_OPENING = re.compile(
    r"(?:(?<=^)|(?<=[\s(\[\u2014\u2013-]))'(?!(?:em|til|cause|tis|twas|n|bout)\b)(?=[A-Za-z])",
    re.MULTILINE | re.IGNORECASE,
)
"""A straight mark opening a quotation: where a word starts, before a letter."""
_MARKS_READ = 12
"""Right single marks read for a closing one: a quotation holds a few apostrophes at most."""
_FOREIGN_MARKS = ("\u00ab", "\u00bb", "\u201e", "\u2018")
_GUILLEMETS = str.maketrans({"\u00ab": "\u201c", "\u00bb": "\u201d"})
_REVERSED_GUILLEMETS = str.maketrans({"\u00bb": "\u201c", "\u00ab": "\u201d"})
_LOW_OPENING = re.compile("\u201e([^\u201c\u201d\u201e\n]*)[\u201c\u201d]")
"""A German or Polish quotation: „ opening, “ or ” closing."""


def find_quotations(line: str, offset: int) -> list[Quotation]:
    """Double-quoted spans of one paragraph (curly pairs, or straight quotes in turn)."""
    found: list[Quotation] = []
    opened: int | None = None
    straight_open: int | None = None
    nested = False  # a straight quotation opened inside a curly one
    for mark in _QUOTE_MARK.finditer(line):
        index, char = mark.start(), mark.group()
        if char == _OPENING and opened is not None and _a_closing_mark(line, index):
            char = _CLOSING  # '“… problems for her here,“ said Jim Clyburn': mistyped
        elif char == _CLOSING and opened is None and _an_opening_mark(line, index):
            char = _OPENING  # 'Doing so ”appeared to be an attempt …”': mistyped too
        if char == _OPENING:
            if opened is not None and _a_reopening_mark(line, index):
                found.append(_left_open(line, offset, opened, index))
            opened, nested = index, False
        elif char == '"' and opened is not None:
            if not _a_closing_mark(line, index):
                nested = True  # '“we "won" it all”': a quotation inside the curly one
            elif nested:
                nested = False
            elif index - opened <= _MAX_QUOTE:  # '“Forty-five years of practicing law," he
                # said, "has convinced me …”': marks of two kinds, a straight one closing
                found += _between_marks(offset, opened, index)
                opened = None
        elif char == _CLOSING and opened is None and straight_open is not None:
            found += _between_marks(offset, straight_open, index)  # '… "has convinced me …”'
            straight_open = None
        elif char == _CLOSING and opened is not None:
            if index - opened <= _MAX_QUOTE:
                inner = line[opened + 1 : index]
                first = opened + 1 + len(inner) - len(inner.lstrip())  # '« Nous … »': the
                last = index - (len(inner) - len(inner.rstrip()))  # spaces inside the marks
                if first < last:
                    found.append(
                        Quotation(
                            offset + first, offset + last, offset + opened, offset + index + 1
                        )
                    )
            opened = None
        elif char == '"':
            if straight_open is None:
                if _a_closing_mark(line, index):
                    continue  # '"Twilight," producing …': one an unclosed quotation left over
                straight_open = index
            elif _a_reopening_mark(line, index):
                found.append(_left_open(line, offset, straight_open, index))
                straight_open = index  # '… performances. "Eddie told me …': a new paragraph's
            else:  # quotation, the break lost, with the one before never closed
                found += _between_marks(offset, straight_open, index)
                straight_open = None
    unclosed = opened if opened is not None else straight_open
    end = len(line.rstrip())
    framed = _a_frame_closing(line, unclosed) if unclosed is not None else None
    if unclosed is not None and framed is not None:  # '“It's important …, Tyler Reguly, …, says.'
        found.append(_left_open(line, offset, unclosed, framed))
    elif (
        unclosed is not None and end - unclosed > 1 and line[unclosed - 1 : unclosed].strip() == ""
    ):
        # A paragraph that opens a quotation and never closes it: the quotation runs on into the
        # next paragraph, which reopens it (the usual convention for multi-paragraph quotes).
        found.append(_left_open(line, offset, unclosed, len(line)))
    return sorted(found, key=lambda q: q.start)


def _between_marks(offset: int, opened: int, closing: int) -> list[Quotation]:
    """The quotation between the marks at `opened` and `closing`, none if too long to be one."""
    if closing - opened > _MAX_QUOTE:
        return []
    return [Quotation(offset + opened + 1, offset + closing, offset + opened, offset + closing + 1)]


def _a_frame_closing(line: str, opened: int) -> int | None:
    """Where a quotation never closed ends, when the paragraph closes on its frame: the comma
    before '…, Tyler Reguly, technical manager at Tripwire, says.' (the closing mark lost)."""
    match = _CLOSING_FRAME.search(line, opened + 1)
    return match.start() if match is not None else None


_CLOSING_FRAME = re.compile(
    r",\s+(?:[A-Z][\w.'\u2019-]*\s+){1,3}(?:[^\"\u201c\u201d]{0,120}?\s)?"
    r"(?:says|said|adds|added|explains|explained|notes|noted)[.!]?\s*$"
)
"""A paragraph's closing frame: a comma, a capitalised name of one to three words, perhaps
its description, and a verb of saying ending the paragraph."""


_TURN_LABEL = re.compile(
    r"([A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'.-]+(?:\s+[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'.-]*){0,3}):\s+(?=\S)"
)
_NOT_SPEAKERS = frozenset(
    """
    q a question answer reporter reporters interviewer moderator host anchor audience
    update updated breaking watch read more related photo photos video note editor's editors
    correction clarification source sources caption credit advertisement warning live
    """.split()
)
"""Labels of a line that are no speaker's name: 'Q:', 'UPDATE:', 'READ MORE:'."""


class _CapitalisedWords:
    """The words a text writes capitalised in ordinary case ('Ferraz'), read once, when first
    asked: a line of a transcript asks whether its speaker's name is among them."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._words: frozenset[str] | None = None
        self._surnames: frozenset[str] | None = None
        self._an_interview: bool | None = None
        self._a_transcript: bool | None = None

    def __contains__(self, word: str) -> bool:
        if self._words is None:
            self._words = frozenset(_ORDINARY_CASE.findall(self._text))
        return word in self._words

    @property
    def surnames(self) -> frozenset[str]:
        """Words the text writes after a capitalised word ('Kamala Oyinlola'): a surname a
        turn's label may give alone ('Oyinlola: We're seeing …')."""
        if self._surnames is None:
            self._surnames = frozenset(m.group(1) for m in _FULL_NAME.finditer(self._text))
        return self._surnames

    @property
    def an_interview(self) -> bool:
        """Two questions or more and two answers or more open lines with 'Q:' and 'A:': an
        interview told as questions and answers."""
        if self._an_interview is None:
            questions = len(_QUESTION_LABEL.findall(self._text))
            answers = len(_ANSWER_LABEL.findall(self._text))
            self._an_interview = min(questions, answers) >= _TRANSCRIPT_TURNS
        return self._an_interview

    @property
    def a_transcript(self) -> bool:
        """Two lines or more open with a label and a colon ('Q: …', 'Oyinlola: …'): the
        article is an interview or a transcript, told in turns."""
        if self._a_transcript is None:
            self._a_transcript = len(_LABELLED_LINE.findall(self._text)) >= _TRANSCRIPT_TURNS
        return self._a_transcript


_FULL_NAME = re.compile(r"\b[A-Z][a-z\u00df-\u00ff]+\.? (?=([A-Z][a-z\u00df-\u00ff'-]+)\b)")
_LABELLED_LINE = re.compile(r"^[ \t]*[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,2}:[ \t]+\S", re.MULTILINE)
_TRANSCRIPT_TURNS = 2
_QUESTION_LABEL = re.compile(r"^[ \t]*(?:Q|Question)[ \t]*:[ \t]+(?=\S)", re.MULTILINE)
_ANSWER_LABEL = re.compile(r"^[ \t]*(?:A|Answer)[ \t]*:[ \t]+(?=\S)", re.MULTILINE)
"""An interview's turn labels opening a line: matched at a line's start, or counted over the
text."""


def answers_in_an_interview(sentence: Sentence) -> bool:
    """Whether the sentence opens an interview's answer, 'A: About four million a day.'."""
    return bool(sentence.quotations) and _ANSWER_LABEL.match(sentence.text) is not None


_ORDINARY_TURN_LABEL = re.compile(
    r"([A-Z][a-z\u00df-\u00ff'-]+(?: [A-Z][a-z\u00df-\u00ff'-]+)?):\s+(?=\S)"
)


_ORDINARY_CASE = re.compile(r"\b[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+\b")


def _transcript_turn(line: str, offset: int, named: _CapitalisedWords) -> list[Quotation]:
    """A transcript's turn, 'LÚCIA FERRAZ: I will accept the result …': the speaker's name in
    capitals and a colon, then their words to the line's end, unquoted, read as a quotation.
    Only where the name is written in the article in ordinary case too ('Lúcia Ferraz'),
    so that a label ('UPDATE:') or a dateline ('NEW DELHI:') is no one's turn."""
    if "\u201c" in line or "\u201d" in line or '"' in line:
        return []
    answer = _ANSWER_LABEL.match(line)
    if answer is not None and named.an_interview:
        return _turn_after(answer, line, offset)  # 'A: About four million pounds a day.'
    match = _TURN_LABEL.match(line)
    if match is None:
        return _ordinary_case_turn(line, offset, named)
    words = match.group(1).split()
    if any(w.lower() in _NOT_SPEAKERS for w in words) or len(line) - match.end() < 2:
        return []
    surname = words[-1].capitalize()
    if surname == words[-1] or surname not in named:
        return []
    if is_place(" ".join(w.capitalize() for w in words)):
        return []
    return _turn_after(match, line, offset)


def _ordinary_case_turn(line: str, offset: int, named: _CapitalisedWords) -> list[Quotation]:
    """An interview's turn labelled in ordinary case, 'Oyinlola: We're seeing slower storms':
    only in an article told in turns (`a_transcript`), the label's last word a surname the
    article gives after a first name ('Dr. Kamala Oyinlola') and no ordinary word ('Update:',
    'Police:', 'Note:')."""
    match = _ORDINARY_TURN_LABEL.match(line)
    if match is None or not named.a_transcript:
        return []
    words = match.group(1).split()
    if any(w.lower() in _NOT_SPEAKERS or is_common_word(w.lower()) for w in words):
        return []
    if words[-1] not in named.surnames or is_place(" ".join(words)):
        return []
    return _turn_after(match, line, offset)


def _turn_after(label: re.Match[str], line: str, offset: int) -> list[Quotation]:
    """The words after a turn's label, to the line's end, as a quotation."""
    start, end = offset + label.end(), offset + len(line.rstrip())
    return [Quotation(start, end, start - 1, end + 1)]


def _an_opening_mark(line: str, index: int) -> bool:
    """A quotation mark after a space (or opening the line) and joined to a word's first
    letter or figure: it opens, whichever way it was typed."""
    before, after = line[index - 1 : index], line[index + 1 : index + 2]
    return (not before or before.isspace()) and after.isalnum()


def _a_reopening_mark(line: str, index: int) -> bool:
    """A quotation mark that opens a quotation while another is open: after a space that
    follows the end of a sentence, and joined to a capital or a figure ('… performances.
    "Eddie in particular told me …'). A quotation that goes on in a new paragraph reopens
    there; where the text lost its paragraph breaks, the reopening stands mid-line."""
    head = line[:index]
    ended = head.rstrip()
    after = line[index + 1 : index + 2]
    return (
        len(ended) < len(head)
        and ended[-1:] in (".", "?", "!")
        and (after.isupper() or after.isdigit())
    )


def _left_open(line: str, offset: int, opened: int, reopened: int) -> Quotation:
    """The quotation opened at `opened` and never closed, up to the sentence's end before the
    mark that reopens one at `reopened`."""
    end = len(line[:reopened].rstrip())
    return Quotation(offset + opened + 1, offset + end, offset + opened, offset + end)


def _a_closing_mark(line: str, index: int) -> bool:
    """A straight quotation mark that closes rather than opens: joined to the word before it
    and followed by a space or a comma ('… "Twilight," producing …' after a quotation left
    unclosed; '… businesses", An EU spokesman …' after one never opened)."""
    before, after = line[index - 1 : index], line[index + 1 : index + 2]
    return bool(before) and not before.isspace() and (after.isspace() or after in ",;)")


def _sentence_spans(line: str, quotations: list[Quotation], offset: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(line):
        boundary = match.end()
        cut = match.end(1) if match.group(1) is not None else match.end(2)
        absolute = offset + cut
        if any(q.open_at < absolute - 1 and q.close_at > absolute for q in quotations):
            continue  # inside a quotation
        head = line[start : match.start()]
        if (
            match.group().startswith(".")
            and _ABBREVIATION.search(head)
            and not _a_new_sentence_after_dots(head, line[boundary:])
        ):
            continue
        spans.append((offset + start, offset + cut))
        start = boundary
    if start < len(line):
        spans.append((offset + start, offset + len(line.rstrip())))
    return spans
