"""Counted figures in a quote: 'about 200 tonnes of fuel oil', 'five crew members were injured',
'within 12 nautical miles'. A figure is its value, read as a range from its qualifier ('at least
12' is 12 or more, 'about 200' is 180 to 220, 'up to 450' is half that or more, up to 450), its
unit ('tonnes', 'crew', 'miles') and what it counts, from the nearest telling word ('injured',
'leaked', 'killed', 'ban'...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import Evidence
from ..text.dates import speaks_of_future
from ..text.names import fold_name
from ..text.words import NUMBER_WORDS, content_stems, stem

_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


_QUALIFIERS = {
    "at least": "min", "more than": "min", "over": "min", "upwards of": "min",
    "in excess of": "min",
    "nearly": "near_below", "almost": "near_below", "close to": "near_below",
    "about": "about", "around": "about", "roughly": "about", "some": "about",
    "approximately": "about", "an estimated": "about", "estimated": "about",
    "up to": "up_to", "as much as": "up_to", "as many as": "up_to",
    "fewer than": "max", "less than": "max", "under": "max", "below": "max", "no more than": "max",
}  # fmt: skip


_QUALIFIER_PATTERN = "|".join(sorted(map(re.escape, _QUALIFIERS), key=len, reverse=True))


_NUMBER_PATTERN = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|a dozen|" + "|".join(
    sorted(NUMBER_WORDS, key=len, reverse=True)
)


_FIGURE = re.compile(
    rf"(?<![\w.,-])(?:(?P<qualifier>{_QUALIFIER_PATTERN})\s+)?"
    r"(?P<currency>(?:US|A|C|NZ|HK)?\$|\u20ac|\u00a3|\u00a5)?"
    rf"(?P<number>{_NUMBER_PATTERN})"
    r"(?:(?<=\d)(?P<short>bn|m)\b)?"
    rf"(?:\s+(?P<scale>thousand|million|billion|trillion))?(?P<percent>\s*%|\s+per\s*cent|\s+percent)?"
    rf"(?P<unit>(?:\s+[a-z][a-z-]*){{1,2}})?",
    re.IGNORECASE,
)
_CURRENCIES = {"$": "dollars", "\u20ac": "euros", "\u00a3": "pounds", "\u00a5": "yen"}
"""A sum's symbol, as the unit it counts in: '$500 million' is 500 million dollars."""
_SHORT_SCALES = {"bn": "billion", "m": "million"}


_UNIT_STOP = frozenset(
    """
    of in on at to from by and or the a an who that which after before since per each than
    was were had have has is are be been will would more people's it its them they he she
    times a.m p.m am pm into onto across over under through during since for with
    against between among including this that these those last next earlier later ago
    should could can may might must shall
    """.split()
) | frozenset(NUMBER_WORDS)
"""Words that end a unit: '16 games against Detroit', 'two co-workers two years ago'."""


_UNIT_MODIFIERS = frozenset(
    ["nautical", "metric", "heavy", "more", "other", "additional", "new", "civilian", "extra"]
)


_UNIT_ALIASES = {"ton": "tonn", "tonn": "tonn", "metr": "metr", "meter": "metr", "km": "kilometr"}


_COUNTS = {
    "injured": ("injur", "wound", "hurt", "hospit"),
    "killed": ("kill", "dead", "die", "death", "fatal", "bodi"),
    "rescued": ("rescu", "evacu", "airlift", "lift", "save", "pull"),
    "missing": ("miss",),
    "leaked": ("leak", "spill", "escap", "lost", "lose", "releas", "discharg"),
    "zone": ("ban", "zone", "exclus", "radius", "within"),
    "money": ("cost", "pay", "paid", "fund", "compens", "fine"),
    "pledged": ("pledg", "donat"),
    "bribes": ("brib", "kickback"),
    "damaged": ("damag", "sever"),  # 'severed', and 'severe damage' (one stem)
    "cut": ("cut", "shed", "axe", "slash", "layoff", "elimin", "redund"),
    "destroyed": ("destroy", "flatten", "razed"),
    "detained": ("arrest", "detain"),
    "shot": ("shot", "shoot", "gunn"),
}


_STEM_TO_COUNT = {s: kind for kind, stems in _COUNTS.items() for s in stems}
_EXACT_STEM_TO_COUNT = {"sign": "signed"}
"""Telling words matched whole, their stem starting others ('significant', 'signal')."""


_MONTHS = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$", re.IGNORECASE
)


DURATIONS = frozenset("second minut hour day week month year decad centuri time".split())


_NUMBER_STEMS = frozenset(stem(w) for w in NUMBER_WORDS)


@dataclass(frozen=True)
class Figure:
    """A counted quantity in a quote, read as a range of values."""

    text: str
    low: float
    high: float
    unit: str
    """The unit's stem: 'tonn', 'crew', 'mile'."""
    unit_text: str
    """The unit as written: 'tonnes', 'crew members', 'nautical miles'."""
    counts: str | None
    """What is counted, from the nearest telling word: 'injured', 'leaked'... or None."""
    context: frozenset[str]
    anchors: frozenset[str]
    """Proper nouns of the passage ('kyiv', 'gannet'): passages naming different places differ."""
    evidence: Evidence
    future: bool = False
    """Told as still to come ('will miss two games'): another happening than one done."""
    owner: str | None = None
    """The person whose own count it is ('Bush missed eight games'): folded surname."""
    setting: str = ""
    """The words around the passage that say when and where: its sentence."""
    thing: str | None = None
    """What a sum is, stemmed, where the quote names it: 'loan' of '$900m loan', 'bill' of 'a
    bill of $27bn': a loan and a tax bill are two quantities, whatever both cost."""

    def compatible(self, other: Figure) -> bool:
        """Whether both figures can be true at once."""
        return self.low <= other.high and other.low <= self.high

    def comparable(self, other: Figure) -> bool:
        """Whether two figures measure the same thing, so that differing values disagree."""
        if self.unit != other.unit:
            return False
        if self.counts and other.counts and self.counts != other.counts:
            return False
        shared = self.context & other.context
        if len(shared) >= 2 or (
            shared and len(shared) / len(self.context | other.context) >= SAME_THING
        ):
            return True
        return (
            self.counts is not None
            and self.counts == other.counts
            and not (self.anchors and other.anchors and not self.anchors & other.anchors)
        )


def figures_in(evidence: Evidence, people: frozenset[str] = frozenset()) -> list[Figure]:
    """The counted quantities a quote states. `people` holds the folded surnames of the
    briefing's people, so that a count a person is the subject of is theirs."""
    found: list[Figure] = []
    quote = evidence.quote
    previous_end = 0  # where the last figure found ends
    numbers_read: set[int] = set()  # where each figure found has its number
    for match in _FIGURE.finditer(quote):
        written: list[str] = []
        unit_words = [w.lower() for w in (match.group("unit") or "").split()]
        percent = bool(match.group("percent"))
        currency = match.group("currency")
        if currency and _CONVERSION.search(quote[: match.start()]):
            continue  # '70 euro cents (£0.48; $0.98)': the same sum in other money
        if currency:  # '$500 million for reconstruction': dollars, whatever follows
            unit_words, percent = [_CURRENCIES[currency[-1]]], False
        elif match.group("short"):
            continue  # '5m' without a currency: metres, minutes or millions
        elif not percent:
            written = _unit_words(unit_words)
            unit_words = written or _unit_told_before(quote, match, found, previous_end)
            if not unit_words:
                continue
        if _MONTHS.search(quote[: match.start()]) or (
            not currency and _is_year(match.group("number"), unit_words)
        ):
            continue
        scale = match.group("scale") or _SHORT_SCALES.get((match.group("short") or "").lower())
        value = _value(match.group("number"), scale)
        if value is None:
            continue
        low, high = _range(value, _QUALIFIERS.get((match.group("qualifier") or "").lower()))
        unit = "percent" if percent else _unit_key(unit_words)
        if currency:
            end = max(match.end("number"), match.end("short"), match.end("scale"))
        elif percent:
            end = match.end("percent")
        elif not written:
            end = match.end("number")  # its unit told before it
        else:
            end = _end_of_words(quote, match.start("unit"), unit_words)
        previous_end = end
        numbers_read.add(match.start("number"))
        found.append(
            Figure(
                text=quote[match.start() : end].strip(),
                low=low,
                high=high,
                unit=unit,
                unit_text="percent" if percent else " ".join(unit_words),
                counts=_what_it_counts(quote, match.start(), end),
                context=content_stems(quote) - {stem(w) for w in unit_words} - _NUMBER_STEMS,
                anchors=_anchors(quote),
                evidence=evidence,
                future=_told_as_to_come(quote[: match.start()]),
                owner=_owner(quote[: match.start()], people),
                thing=_what_the_sum_is(quote, match.start(), end) if currency else None,
            )
        )
    return found + _people_counted(evidence, numbers_read)


_CONVERSION = re.compile(
    r"\d[\d.,]*\s*(?:[A-Za-z]+\s*){0,2}\(\s*(?:about|around|roughly|some|approximately)?\s*"
    r"(?:[^()]{0,30}[;,]\s*)?$",
    re.IGNORECASE,
)
"""A sum in brackets right after another ('£1.3bn ($2.48bn; 1.88bn euros)'): a conversion."""


def _what_the_sum_is(quote: str, start: int, end: int) -> str | None:
    """The noun a sum names: the last of the words right after it ('a $27.5bn back tax bill'),
    else the noun before 'of' right before it ('a deposit of nearly $1.7bn')."""
    after: list[str] = []
    following = _CONVERTED.sub("", quote[end : end + 60].lower(), count=1)  # '(£479m)'
    for word in re.findall(r"[a-z]+|[^a-z\s]", following[:40]):
        if not word.isalpha() or word in _UNIT_STOP or word in _SCALES:
            break
        after.append(word)
    if after:
        return stem(after[-1]) if len(after) <= _WORDS_OF_A_SUM else None
    before = _SUM_OF.search(quote[max(0, start - 40) : start].lower())
    return stem(before.group(1)) if before else None


def sum_named_in(setting: str, figure: Figure) -> str | None:
    """What the figure's sum is, read in its whole sentence where its passage stops at the
    sum ('… to pay back a $900m' of '… a $900m (£479m) loan.')."""
    if figure.thing is not None or figure.unit_text not in _CURRENCIES.values():
        return figure.thing
    at = setting.find(figure.text)
    return None if at < 0 else _what_the_sum_is(setting, at, at + len(figure.text))


_WORDS_OF_A_SUM = 3
_CONVERTED = re.compile(r"^\s*\([^)]{1,20}\)")
"""The same sum in another currency, in brackets right after it: '$900m (£479m) loan'."""
_SUM_OF = re.compile(r"\b(?:a|an|the|its|their)\s+([a-z]+)\s+of\s+$")


_PUT_AT = re.compile(
    r"\b(?:(?:put|puts|putting|set|sets|estimated|estimates|raised|raises)\s+the\s+"
    r"(?:(?P<toll>death\s+toll|toll)|number\s+(?:of\s+(?:people\s+)?)?(?P<done>[a-z]+))\s+"
    r"|(?P<risen>death\s+toll)\b[^.;:\d]{0,60}?\b(?:rose|risen|climbed|reached|stood|stands"
    r"|jumped|increased|hit)\s+)"
    rf"(?:at|to)?\s*(?:(?P<qualifier>{_QUALIFIER_PATTERN})\s+)?(?P<number>{_NUMBER_PATTERN})\b",
    re.IGNORECASE,
)
"""'put the number rescued at 55', 'raised the death toll to 30', 'the death toll from Sunday's
crash has risen to 15': people, counted so."""


def _people_counted(evidence: Evidence, numbers_read: set[int]) -> list[Figure]:
    """The counts of people a quote gives as 'the number rescued' or 'the death toll' (`_PUT_AT`),
    where no figure was read at that number already (`numbers_read`: where figures found have
    their numbers; 'raised the death toll to 30 people' is one figure, not two)."""
    quote = evidence.quote
    counted = []
    for match in _PUT_AT.finditer(quote):
        toll = match.group("toll") or match.group("risen")
        counts = "killed" if toll else _kind_of(match.group("done") or "")
        value = _value(match.group("number"), None)
        if counts not in _PEOPLE_COUNTS or value is None or match.start("number") in numbers_read:
            continue
        low, high = _range(value, _QUALIFIERS.get((match.group("qualifier") or "").lower()))
        counted.append(
            Figure(
                text=quote[match.start("number") : match.end("number")],
                low=low,
                high=high,
                unit="peopl",
                unit_text="people",
                counts=counts,
                context=content_stems(quote) - _NUMBER_STEMS,
                anchors=_anchors(quote),
                evidence=evidence,
                future=_told_as_to_come(quote[: match.start()]),
            )
        )
    return counted


def _unit_told_before(
    quote: str, match: re.Match[str], found: list[Figure], previous_end: int
) -> list[str]:
    """The unit of the figure just before (ending at `previous_end`), for a figure that leaves
    it out after 'and': 'two people had died and 40 were rescued' counts 40 people. Nothing
    otherwise."""
    if not found or not _ELLIPSIS_AFTER.match(quote, match.end("number")):
        return []
    between = _AND_THEN.match(quote[previous_end : match.start()])
    if between is None or _kind_of(between.group(1)) not in _PEOPLE_COUNTS:
        return []  # 'two ships collided and 40 were rescued': 40 what, the text does not say
    return found[-1].unit_text.split()


_ELLIPSIS_AFTER = re.compile(r"\s+(?:were|was|are|have been|had been)\s+[a-z]+ed\b")
_AND_THEN = re.compile(
    r"\s+(?:(?:had|have|has|were|was|are)\s+)?(?:been\s+)?([a-z]+)\s*,?\s+and\s+$"
)
"""Between two figures: the first one's own verb, then 'and' ('people had died and')."""
_PEOPLE_COUNTS = frozenset({"killed", "injured", "rescued", "missing", "detained", "shot"})


_HEADLINE_FUTURE = re.compile(r"^(?:[A-Z][\w'\u2019.-]*\s+)+to\s+[a-z]+\b")
"""A headline's future: 'Saints RB Reggie Bush to miss last 2 games'."""


_WOULD_DO = re.compile(r"\bwould\s+(?:not\s+)?[a-z]+\s+$")
"""A future told in the past, right before the figure: 'said it would cut 4,000 jobs'."""


def _told_as_to_come(before: str) -> bool:
    """Whether the words before a figure tell of what is still to come."""
    return (
        speaks_of_future(before)
        or bool(_HEADLINE_FUTURE.match(before))
        or bool(_WOULD_DO.search(before))
    )


_SUBJECT_AND_VERB = re.compile(
    r"([A-Z][\w'-]+)\s+(?:(?:had|has|have|already|also|then|previously|only|just)\s+)*"
    r"([a-z]+)\s+$"
)
_NOT_OWNING_VERBS = frozenset(
    "said says told tells estimated estimates put puts reported reports counted believes "
    "believed thinks thought confirmed confirms".split()
)


def _owner(before: str, people: frozenset[str]) -> str | None:
    """The person a count belongs to when they are its verb's subject ('Thomas missed nine
    games'); not a speaker ('Smith said 12 were killed')."""
    match = _SUBJECT_AND_VERB.search(before)
    if match is None or match.group(2) in _NOT_OWNING_VERBS:
        return None
    name = fold_name(re.sub(r"['\u2019]s?$", "", match.group(1)))
    return name if name in people else None


def _end_of_words(quote: str, start: int, words: list[str]) -> int:
    position = start
    for word in words:
        position = quote.lower().index(word, position) + len(word)
    return position


def _unit_words(words: list[str]) -> list[str]:
    kept: list[str] = []
    for word in words:
        if word in _UNIT_STOP or len(word) < 2 or (kept and (_kind_of(word) or _participle(word))):
            break  # '200 tonnes escaped': the unit is 'tonnes', 'escaped' says what they did
        kept.append(word)
    return kept


def _participle(word: str) -> bool:
    """'suspected' in '100 people suspected of', 'covering' in 'seven agreements covering
    trade': what they are or do, not what they are counted in."""
    return (word.endswith("ed") and len(word) > 4) or (word.endswith("ing") and len(word) > 5)


def _unit_key(words: list[str]) -> str:
    meaningful = [w for w in words if w not in _UNIT_MODIFIERS] or words
    key = stem(meaningful[0])
    return _UNIT_ALIASES.get(key, key)


def _is_year(number: str, unit_words: list[str]) -> bool:
    return number.isdigit() and len(number) == 4 and 1800 <= int(number) <= 2100 and not unit_words


def _value(number: str, scale: str | None) -> float | None:
    word = number.lower()
    if word == "a dozen":
        value = 12.0
    elif word in NUMBER_WORDS:
        value = float(NUMBER_WORDS[word])
    else:
        try:
            value = float(number.replace(",", ""))
        except ValueError:
            return None
    return value * _SCALES.get((scale or "").lower(), 1.0)


def _range(value: float, qualifier: str | None) -> tuple[float, float]:
    if qualifier == "min":
        return value, float("inf")
    if qualifier == "max":
        return 0.0, value
    if qualifier == "about":
        return value * 0.9, value * 1.1
    if qualifier == "near_below":
        return value * 0.9, value
    if qualifier == "up_to":
        return value * 0.5, value
    return value, value


def _what_it_counts(quote: str, start: int, end: int) -> str | None:
    before = re.findall(r"[a-z]+", fold_name(quote[max(0, start - 60) : start]))[-6:]
    after = re.findall(r"[a-z]+", fold_name(quote[end : end + 60]))[:6]
    if _DEAD_OR_MISSING.search(" ".join(after)):
        return "dead or missing"  # 'about 440 Britons were either dead or missing': no toll
    if before[-1:] == ["and"] and any(_kind_of(w) for w in after):
        before = []  # '… two fatalities and 84 people have been taken to hospital': the
        # figure opens a clause of its own, whose words say what it counts
    # Nearest telling word wins, alternating after/before by distance; the verb right before
    # a figure governs it ('shot three co-workers, killing two': three were shot).
    for distance in range(6):
        for words in (after, list(reversed(before)))[:: -1 if distance == 0 else 1]:
            if distance < len(words):
                kind = _kind_of(words[distance])
                if kind == "shot" and _fatally(words, distance):
                    return "killed"  # 'fatally shot two': a death toll
                if kind == "injured" and any(w.startswith(_GRAVELY) for w in words[: distance + 3]):
                    return "seriously injured"  # 'four people with more serious injuries':
                    # a part of the injured, another quantity than all of them (not 'Five
                    # were injured, two of them seriously')
                if kind:
                    return kind
    return None


_GRAVELY = ("serious", "critical", "grave", "life-threat")


_DEAD_OR_MISSING = re.compile(
    r"\b(?:dead|killed|died)\s+(?:or|and)\s+(?:still\s+)?missing\b"
    r"|\bmissing\s+(?:or|and)\s+(?:presumed\s+)?(?:dead|killed)\b"
)
"""A count of the dead and the missing together: another quantity than the dead alone."""


def _fatally(words: list[str], at: int) -> bool:
    return any(w.startswith("fatal") or w == "dead" for w in words[max(0, at - 1) : at + 2])


def _kind_of(word: str) -> str | None:
    """What the telling word counts: its stem is one of `_COUNTS`'s, or one of them and an
    ending English words take ('evacuation', 'payment'); not a word that only starts the same
    ('bank' is no 'ban', 'deadline' no 'dead', 'missile' no 'miss')."""
    if word in _FALSE_FRIENDS:
        return None
    stemmed = stem(word)
    exact = _EXACT_STEM_TO_COUNT.get(stemmed)
    if exact is not None:
        return exact
    return next(
        (
            kind
            for prefix, kind in _STEM_TO_COUNT.items()
            if stemmed.startswith(prefix) and stemmed[len(prefix) :] in _ENDINGS
        ),
        None,
    )


_ENDINGS = frozenset(
    "e ed s i y ing at ment ee er is iz ie al anci iti li eri out off ion".split()
) | {""}
"""What a telling stem may end in, in the stems of the words it tells."""
_FALSE_FRIENDS = frozenset("several mission missions bane".split())
"""Words a telling stem and an ending spell that tell nothing ('sever' + 'al')."""


SAME_THING = 0.12


CAPITALISED = re.compile(r"\b[A-Z][\w'-]+")


_NOT_ANCHORS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december the a an he she it they we i
    """.split()
)


def _anchors(quote: str) -> frozenset[str]:
    names = set()
    for match in CAPITALISED.finditer(quote):
        before = quote[: match.start()].rstrip()
        if not before or before.endswith((".", "!", "?", '"', "\u201c", "-")):
            continue
        word = fold_name(match.group())
        if word not in _NOT_ANCHORS:
            names.add(word)
    return frozenset(names)
