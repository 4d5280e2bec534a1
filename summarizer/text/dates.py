"""Turn a date as an article writes it into an ISO date, or None: never a guess.

- A calendar date with day and month ('April 25, 2025', '25 April', '2025-04-25') is parsed by
  dateparser; without a year it takes the article's publication year (the latest such date not
  after publication), and without a publication date it stays unresolved.
- 'today', 'tonight', 'yesterday', 'last night' and weekdays ('on Monday', 'Friday night')
  resolve against the publication date: the most recent such day on or before it, or the next
  one when the sentence speaks of the future. Without a publication date they stay unresolved.
- Anything vaguer ('last week', 'in February 2022', 'recently') is not a day: None.

A happening the text places in a month or a year but on no day ('in February 2022', 'in 1990',
'last month') gets a period instead (`resolve_period`): '2022-02', '1990', at the precision
written, never narrowed to a day.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from .predicates import is_past_form

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
CALENDAR_WORDS = frozenset([*WEEKDAYS, *MONTHS.split("|")])
"""Weekdays and months, names and abbreviations, lower case: 'sunday', 'july', 'sept'."""
_MONTH = re.compile(rf"(?=[jfmasond])\b(?:{MONTHS})\.?\b", re.IGNORECASE)
"""(Each pattern of words here opens on a lookahead of their first letters: the regex engine
tests it first at every position, and a case-blind list of words is then tried only where one
may start, two to three times as fast.)"""
_NUMERIC_DATE = re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b")
YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
"""A year as news writes it (1900 to 2099)."""
WEEKDAY = re.compile(r"(?=[mtwfs])\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
_SAME_DAY = re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b", re.IGNORECASE)
_LAST = re.compile(r"\blast\s", re.IGNORECASE)
_DAY_BEFORE = re.compile(r"\b(?:yesterday|last night)\b", re.IGNORECASE)
_FUTURE = re.compile(
    r"\b(?:will|shall|'ll|is due|are due|due to|scheduled|planned|plans to|next|upcoming"
    r"|to be held|proposed|expected to|set for|set to|is to be|are to be|slated)\b"
)
"""Searched in lower case: a case-blind search of this alternation is several times slower."""
_NEXT = re.compile(r"\bnext\b", re.IGNORECASE)
_VAGUE = re.compile(r"\b(?:last|next|this|coming)\s+(?:week|month|year)\b", re.IGNORECASE)


def names_a_month(text: str) -> bool:
    """Whether `text` names a month ('March 20', 'Jan. 14', 'in January')."""
    return bool(_MONTH.search(text))


def speaks_of_future(sentence: str) -> bool:
    """Whether a sentence places what it reports after its own publication: not a plan it
    tells of in the past ('Trump canceled an increase in tariffs planned for Oct. 15', 'the
    vote was scheduled for May 2')."""
    lowered = sentence.lower()
    found = _FUTURE.search(lowered)
    if found is None:
        return False
    if found.group() not in PLANNING_PARTICIPLES:
        return True
    before = _WORD.findall(lowered[: found.start()])
    if before and before[-1] in ("is", "are", "be", "been", "being"):
        return True  # 'is scheduled for': still to come
    return not any(_past_verb(word) for word in before)


PLANNING_PARTICIPLES = frozenset("scheduled planned proposed slated".split())
"""Participles of planning: a plan's time, which a sentence in the past tells as gone by."""
_WORD = re.compile(r"[a-z']+")


def _past_verb(word: str) -> bool:
    """A verb in the past tense ('was', 'canceled', 'struck'), crudely: the clause before a
    plan's participle tells whether the plan is told of as gone by."""
    return word in ("was", "were", "had", "did") or is_past_form(word)


def resolve_date(
    expression: str | None,
    published: dt.date | None,
    *,
    future: bool = False,
    previous_week: bool = False,
    past: bool = False,
) -> dt.date | None:
    """The day `expression` names, read against the publication date; None if it names none.
    `future`: the sentence speaks of what is to come; `past`: of what is done (a day without
    its year is then no later than the publication)."""
    if not expression or not expression.strip() or _VAGUE.search(expression):
        return None
    if _MONTH.search(expression) or _NUMERIC_DATE.search(expression):
        day = _calendar_date(expression.strip(), published)
        if day is None or published is None or YEAR.search(expression):
            return day
        return _nearest_year(day, published, future=future, past=past)
    if published is None:
        return None
    if _SAME_DAY.search(expression):
        return published
    if _DAY_BEFORE.search(expression):
        return published - dt.timedelta(days=1)
    weekday = WEEKDAY.search(expression)
    if weekday:
        target = WEEKDAYS.index(weekday.group(1).lower())
        if future:  # written on that weekday: today, unless it says 'next'
            ahead = (target - published.weekday()) % 7
            return published + dt.timedelta(days=ahead or (7 if _NEXT.search(expression) else 0))
        back = (published.weekday() - target) % 7
        if back == 0 and _LAST.search(expression):
            back = 7  # 'last Thursday', written on a Thursday: a week ago
        if previous_week and back <= published.weekday():
            back += 7  # 'Tuesday', in a sentence about last week: not this week's
        return published - dt.timedelta(days=back)
    return None


def _nearest_year(day: dt.date, published: dt.date, *, future: bool, past: bool = False) -> dt.date:
    """A day written without its year ('Oct. 2') in the year that puts it nearest the
    publication date; on or after it when the sentence speaks of what is to come, on or before
    it when of what is done ('the patch issued Jan. 14', written in September)."""
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        with contextlib.suppress(ValueError):  # 29 February
            candidates.append(day.replace(year=year))
    if future:
        ahead = [c for c in candidates if c >= published]
        return min(ahead) if ahead else day
    if past:
        behind = [c for c in candidates if c <= published]
        return max(behind) if behind else day
    return min(candidates, key=lambda c: (abs((c - published).days), c > published))


@lru_cache(maxsize=4096)
def _calendar_date(expression: str, published: dt.date | None) -> dt.date | None:
    has_year = bool(YEAR.search(expression))
    if not has_year and published is None:
        return None
    settings: dict[str, object] = {
        "REQUIRE_PARTS": ["day", "month"],
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    if published is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(published, dt.time(23, 59))
    import dateparser  # loaded on the first calendar date

    parsed = dateparser.parse(expression, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


@lru_cache(maxsize=4096)
def parse_published(value: str) -> dt.date | None:
    """A publication date as metadata gives it (ISO, RFC 2822, 'Apr 25, 2025 9:41 PM').

    A value longer than a date line is no date: it is never handed to the parser."""
    value = value.strip()
    if not value or len(value) > MAX_DATE_LINE or not YEAR.search(value):
        return None
    found = date_in_line(value)
    if found is not None:
        return found
    import dateparser

    parsed = dateparser.parse(
        value,
        languages=["en"],
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False},
    )
    return parsed.date() if parsed else None


_MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip


def month_number(name: str) -> int | None:
    """The month a name or its abbreviation means ('May' 5, 'Sept.' 9); None for any other
    word."""
    return _MONTH_NUMBERS.get(name.lower().rstrip("."))


def names_a_day_or_month(word: str) -> bool:
    """Whether one word is a weekday's or a month's name ('Monday', 'Sept.')."""
    return word.lower() in WEEKDAYS or month_number(word) is not None


_ORDINAL = r"(?:st|nd|rd|th)?"
_PUBLISHED_FORMS = re.compile(
    rf"(?P<m1>{MONTHS})\.?\s+(?P<d1>\d{{1,2}}){_ORDINAL},?\s+(?P<y1>(?:19|20)\d{{2}})"
    rf"|(?P<d2>\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?(?P<m2>{MONTHS})\.?,?\s+(?P<y2>(?:19|20)\d{{2}})"
    r"|(?P<y3>(?:19|20)\d{2})-(?P<m3>\d{1,2})-(?P<d3>\d{1,2})"
    r"|(?P<a4>\d{1,2})[/.](?P<b4>\d{1,2})[/.](?P<y4>(?:19|20)\d{2})",
    re.IGNORECASE,
)
_PROSE_WORD = re.compile(r"\b[a-z]{4,}\b")
_LABELS = re.compile(
    r"\b(?:published|posted|updated|last|created|modified|release|immediate|for|on|at|by)\b",
    re.IGNORECASE,
)
MAX_DATE_LINE = 120
"""A line longer than this is prose, not a date line (and is never handed to a parser)."""


def date_in_line(line: str) -> dt.date | None:
    """The publication date a short head line gives ('Posted: May 24, 2005', 'Thu Mar 3,
    2011 3:00pm EST', 'Last updated 13:26 14/09/2013', '21st February 2012'), or None.

    A line of prose is not a date line, however it mentions a date; numeric dates whose day
    and month could be swapped (03/04/2013) give None: never a guess, unless a US time zone
    beside it says the month comes first ('8:13 AM PDT 8/2/2013')."""
    match = _date_line(line)
    if match is None:
        return None
    readings = _readings(match)
    if len(readings) == 2 and _US_ZONE.search(line):
        return readings[0]
    return readings[0] if len(readings) == 1 else None


def publication_date(head: Sequence[str]) -> dt.date | None:
    """The publication date an article's head lines give: the first date line, but not one
    labelled as an update where another gives the day it was published ('Updated April 25,
    2025' above 'Published April 20, 2025', or 'Updated … | Published …' on one line)."""
    dated: list[tuple[bool, dt.date]] = []
    for line in head:
        label = _PUBLISHED_LABEL.search(line)
        found = date_in_line(line[label.start() :]) if label and label.start() > 0 else None
        if found is not None:
            dated.append((False, found))
        elif (found := date_in_line(line)) is not None:
            dated.append((bool(_UPDATED_LABEL.match(line)), found))
    return next((day for updated, day in dated if not updated), dated[0][1] if dated else None)


_PUBLISHED_LABEL = re.compile(r"\b(?:first |originally )?(?:published|posted)\b", re.IGNORECASE)
_UPDATED_LABEL = re.compile(r"\W*(?:last\s+)?(?:updated|modified)\b", re.IGNORECASE)


def numeric_date_readings(text: str, lines: int = 12) -> tuple[dt.date, dt.date] | None:
    """Both days a numeric date line near the top can mean ('Updated 4/11/2007 1:26 PM': 11
    April or 4 November), month first, when neither reading is ruled out; else None."""
    head = [line.strip() for line in text.split("\n", lines * 3)[: lines * 3] if line.strip()]
    for line in head[:lines]:
        match = _date_line(line)
        if match is not None:
            readings = _readings(match)
            return (readings[0], readings[1]) if len(readings) == 2 else None
    return None


_US_ZONE = re.compile(r"\b(?:[ECMP][SD]T|ET|PT)\b")
"""US time zones ('PDT', 'ET'): a date line beside one writes the month first."""


def _readings(match: re.Match[str]) -> list[dt.date]:
    """The days a date line's match can mean: one, or for a numeric date whose day and month
    could be swapped both (month first, then day first)."""
    found = _date_of(match)
    if found is not None:
        return [found]
    groups = match.groupdict()
    if not groups["a4"]:
        return []
    first, second, year = int(groups["a4"]), int(groups["b4"]), int(groups["y4"])
    readings = []
    for month, day in ((first, second), (second, first)):
        with contextlib.suppress(ValueError):
            readings.append(dt.date(year, month, day))
    return readings


def _date_line(line: str) -> re.Match[str] | None:
    """The date a short head line gives, matched, where the line is a date line, not prose."""
    line = line.strip()
    if not line or len(line) > MAX_DATE_LINE:
        return None
    match = _PUBLISHED_FORMS.search(line)
    if match is None:
        return None
    rest = line[: match.start()] + line[match.end() :]
    prose = [
        w for w in _PROSE_WORD.findall(_LABELS.sub(" ", rest)) if w.lower() not in _WEEKDAY_NAMES
    ]
    if len(prose) > 3:
        return None  # 'The talks, held on April 25, 2025, ended without a deal.'
    small = [
        w
        for w in _SMALL_WORD.findall(_LABELS.sub(" ", rest))
        if w not in _DATE_LINE_WORDS and w not in _WEEKDAY_NAMES
    ]
    if len(small) > 1 and not _HEADER_LABEL.search(rest):
        return None  # 'Page was born on April 22, 1923, in Nashville.': a sentence, not a header
    return match


_SMALL_WORD = re.compile(r"\b[a-z]{2,}\b")
_HEADER_LABEL = re.compile(r"\b(?:published|posted|updated|modified|created)\b", re.IGNORECASE)
_DATE_LINE_WORDS = frozenset("am pm st nd rd th of the edt est gmt bst utc et pt cet".split())


_WEEKDAY_NAMES = frozenset(WEEKDAYS) | frozenset(w[:3] for w in WEEKDAYS)


def _date_of(match: re.Match[str]) -> dt.date | None:
    groups = match.groupdict()
    try:
        if groups["m1"]:
            month = _MONTH_NUMBERS[groups["m1"].lower().rstrip(".")]
            return dt.date(int(groups["y1"]), month, int(groups["d1"]))
        if groups["m2"]:
            month = _MONTH_NUMBERS[groups["m2"].lower().rstrip(".")]
            return dt.date(int(groups["y2"]), month, int(groups["d2"]))
        if groups["y3"]:
            return dt.date(int(groups["y3"]), int(groups["m3"]), int(groups["d3"]))
        first, second = int(groups["a4"]), int(groups["b4"])
        if first > 12 >= second:
            return dt.date(int(groups["y4"]), second, first)  # 14/09/2013
        if second > 12 >= first:
            return dt.date(int(groups["y4"]), first, second)  # 09/14/2013
        return None  # 03/04/2013: March 4th or 3 April, the text does not say
    except (KeyError, ValueError):
        return None


DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'-]{2,}(?: [A-Z][A-Z.'-]+)*"  # the city in capitals: 'SAN FRANCISCO'
    r"(?:,\s+[A-Z][\w.]*(?: [A-Z][\w.]*)?)?"  # its state or country: ', Spain', ', N.J.'
    r"(?:,?\s+(?P<month>[A-Z][a-z]+)\.?\s+(?P<day>\d{1,2})(?:,\s+(?P<year>(?:19|20)\d{2}))?)?"
    r"(?:\s+\([^)\n]{1,40}\)|\s+/[^/\n]{1,40}/)?"  # the agency: '(Reuters)', '/PRNewswire/'
    r"|(?:(?P<wire_month>[A-Z][a-z]+)\.?\s+(?P<wire_day>\d{1,2})"  # or no city: the day
    r"|(?P<day_first>\d{1,2})\s+(?P<month_after>[A-Z][a-z]+)\.?)"
    r"(?:,?\s+(?P<wire_year>(?:19|20)\d{2}))?"
    r"\s+\([^)\n]{1,40}\)"  # and the agency
    r"|\([A-Z][^)\n]{1,39}\))"  # or the agency alone: '(Reuters) - '
    r"\s*(?:-|\u2013|\u2014|--)\s+"
)
"""A wire dateline opening a line: 'SALTMERE, March 9 (Meridian Press) - ', 'LONDON — ',
'MALAGA, Spain (AP) — ', 'OSLO, Nov 28, 2025 (Nordic Wire) - ', a press release's 'OSLO,
Norway, March 3, 2031 /PRNewswire/ -- ', or with no city the day and the agency: 'June 3,
2031 (Reuters) - ', '3 June (AFP) — ', or the agency alone: '(Reuters) - '."""


def dateline_day(text: str, lines: int = 12) -> tuple[int, int, int | None] | None:
    """The month, day and year (None when not written) of the wire dateline opening one of the
    text's first `lines` non-empty lines ('OSLO, Nov 28 (Reuters) - …', 'June 3, 2031
    (Reuters) - …'), or None."""
    head = [line.strip() for line in text.split("\n", lines * 3)[: lines * 3] if line.strip()]
    for line in head[:lines]:
        found = DATELINE.match(line)
        if found is None:
            continue
        parts = found.groupdict()
        day = parts["day"] or parts["wire_day"] or parts["day_first"]
        month = month_number(parts["month"] or parts["wire_month"] or parts["month_after"] or "")
        if day is None or month is None:
            continue
        year = parts["year"] or parts["wire_year"]
        return month, int(day), int(year) if year else None
    return None


def day_near(month: int, day: int, others: Sequence[dt.date], days: int = 7) -> dt.date | None:
    """The one calendar day of that month and day, in any year, at most `days` from one of the
    `others` (the dates of other reports of the story); None when none is, or several are."""
    candidates = []
    for year in sorted({other.year + step for other in others for step in (-1, 0, 1)}):
        with contextlib.suppress(ValueError):
            candidates.append(dt.date(year, month, day))
    return one_near(candidates, others, days)


def one_near(
    candidates: Iterable[dt.date], others: Sequence[dt.date], days: int = 7
) -> dt.date | None:
    """The one of `candidates` at most `days` from one of the `others`; None when none is, or
    several are."""
    found = {c for c in candidates if any(abs((c - other).days) <= days for other in others)}
    return found.pop() if len(found) == 1 else None


def reference_range(anchors: list[dt.date]) -> tuple[dt.date, dt.date] | None:
    """The days an undated article can have been written on, from days it is known to cover.

    An article speaking of 'Thursday' meaning April 24 was written within six days after it
    (news says 'last Thursday' beyond that). Anchors more than six days apart fit no week."""
    if not anchors:
        return None
    low, high = max(anchors), min(anchors) + dt.timedelta(days=6)
    return (low, high) if low <= high else None


def counts_from_writing_day(expression: str) -> bool:
    """Whether the day `expression` names is counted from the day the article was written
    ('today', 'this morning', 'yesterday', 'last night'), not named ('Monday', 'April 9')."""
    return bool(_SAME_DAY.search(expression) or _DAY_BEFORE.search(expression))


def writing_window(expression: str, day: dt.date) -> tuple[dt.date, dt.date] | None:
    """The days an article can have been written on if `expression` in it names `day` (the
    date another article gives the happening): the day after for 'last night' or
    'yesterday', that day for 'today' or 'tonight', within six days after it for its weekday.
    None where the expression cannot name that day."""
    if _VAGUE.search(expression) or _MONTH.search(expression) or _NUMERIC_DATE.search(expression):
        return None
    if _DAY_BEFORE.search(expression):
        after = day + dt.timedelta(days=1)
        return (after, after)
    if _SAME_DAY.search(expression):
        return (day, day)
    if weekday_in_range(expression, (day, day)) == day:
        return (day, day + dt.timedelta(days=6))
    return None


def day_in_window(expression: str, window: tuple[dt.date, dt.date]) -> dt.date | None:
    """The day a relative expression names if the article was written within `window`: the
    same whichever day of it; 'yesterday' and 'today' only when the window is one day."""
    low, high = window
    if low == high and counts_from_writing_day(expression):
        return resolve_date(expression, low)
    return weekday_in_range(expression, window)


def weekday_in_range(expression: str, window: tuple[dt.date, dt.date]) -> dt.date | None:
    """The day a weekday expression names if the article was written within `window`: the
    same day whichever day of the window it was written on, else None (never a guess)."""
    if counts_from_writing_day(expression) or _VAGUE.search(expression):
        return None
    weekday = WEEKDAY.search(expression)
    if weekday is None or _MONTH.search(expression):
        return None
    target = WEEKDAYS.index(weekday.group(1).lower())
    low, high = window
    days = {
        written - dt.timedelta(days=(written.weekday() - target) % 7)
        for written in (low + dt.timedelta(days=n) for n in range((high - low).days + 1))
    }
    return days.pop() if len(days) == 1 else None


PERIOD = re.compile(
    r"\b(?:[Ii]n|[Dd]uring)\s+(?:(?:early|late|mid)[\s-]+)?"
    r"(?:(?:the\s+)?(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?)?"
    rf"(?:(?:{MONTHS.title()})\.?,?\s+)?(?:19|20)\d\d\b(?![-\u2013/]\d|s\b|\u2019s|'s)"
    rf"|\b(?:[Ii]n|[Dd]uring)\s+(?:(?:early|late|mid)[\s-]+)?(?:{MONTHS.title()})\b(?!\.?\s*\d)"
    r"|\b(?:[Ll]ast|[Ee]arlier\s+this)\s+(?:month|year)\b"
    rf"|\b[Oo]n\s+(?:{MONTHS.title()})\.?,?\s+(?:19|20)\d\d\b(?![-\u2013/]\d)"
)
"""A month or a year a happening is placed in, and no day: 'in 1990', 'in early February
2022', 'in the summer of 2007', 'in March', 'last month', 'earlier this year', 'on February
1979' (as some write it); not 'the 1990s', 'the 2007-08 season', '2008's' or 'this year' (in
January, often the season just ended)."""


_BARE_PERIOD = re.compile(rf"(?:(?:{MONTHS})\.?,?\s+)?(?:19|20)\d\d", re.IGNORECASE)


def period_of(expression: str | None) -> str | None:
    """The part of a time expression that names a month or a year and no day ('in 1990',
    'February 2022', 'last month'), or None: what a model gives as an event's time."""
    if not expression:
        return None
    if _BARE_PERIOD.fullmatch(expression.strip()):
        return expression.strip()
    found = PERIOD.search(expression)
    return found.group() if found else None


def resolve_period(
    expression: str | None, published: dt.date | None, *, future: bool = False
) -> str | None:
    """The month ('2022-02') or year ('1990') a `PERIOD` expression names, read against the
    publication date where it names neither year ('in March', 'last month'); None if it
    cannot be told. A month without its year is the latest such month not after publication,
    or the next from it when the sentence speaks of what is to come."""
    if not expression:
        return None
    low = expression.lower()
    year_match = YEAR.search(low)
    month = next((n for w in re.findall(r"[a-z]+", low) if (n := month_number(w))), None)
    if year_match:
        year = int(year_match.group())
        return f"{year:04d}-{month:02d}" if month else f"{year:04d}"
    if published is None:
        return None
    if "month" in low:
        back = 1 if low.startswith("last") else 0
        first = published.replace(day=1) - dt.timedelta(days=back)
        return f"{first.year:04d}-{first.month:02d}"
    if "year" in low:
        return str(published.year - (1 if low.startswith("last") else 0))
    if month is None:
        return None
    year = published.year
    if future and month < published.month:
        year += 1
    elif not future and month > published.month:
        year -= 1
    return f"{year:04d}-{month:02d}"
