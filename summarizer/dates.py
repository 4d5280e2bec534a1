"""Turn a date as an article writes it into an ISO date, or None: never a guess.

- A calendar date with day and month ('April 25, 2025', '25 April', '2025-04-25') is parsed by
  dateparser; without a year it takes the article's publication year (the latest such date not
  after publication), and without a publication date it stays unresolved.
- 'today', 'tonight', 'yesterday', 'last night' and weekdays ('on Monday', 'Friday night')
  resolve against the publication date: the most recent such day on or before it, or the next
  one when the sentence speaks of the future. Without a publication date they stay unresolved.
- Anything vaguer ('last week', 'in February 2022', 'recently') is not a day: None.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_MONTH = re.compile(rf"\b(?:{MONTHS})\.?\b", re.IGNORECASE)
_NUMERIC_DATE = re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
_SAME_DAY = re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b", re.IGNORECASE)
_DAY_BEFORE = re.compile(r"\b(?:yesterday|last night)\b", re.IGNORECASE)
_FUTURE = re.compile(
    r"\b(?:will|shall|'ll|is due|are due|scheduled|planned|plans to|next|upcoming|to be held"
    r"|proposed)\b",
    re.IGNORECASE,
)
_VAGUE = re.compile(r"\b(?:last|next|this|coming)\s+(?:week|month|year)\b", re.IGNORECASE)


def speaks_of_future(sentence: str) -> bool:
    """Whether a sentence places what it reports after its own publication."""
    return bool(_FUTURE.search(sentence))


def resolve_date(
    expression: str | None, published: dt.date | None, *, future: bool = False
) -> dt.date | None:
    """The day `expression` names, read against the publication date; None if it names none."""
    if not expression or not expression.strip() or _VAGUE.search(expression):
        return None
    if _MONTH.search(expression) or _NUMERIC_DATE.search(expression):
        return _calendar_date(expression.strip(), published)
    if published is None:
        return None
    if _SAME_DAY.search(expression):
        return published
    if _DAY_BEFORE.search(expression):
        return published - dt.timedelta(days=1)
    weekday = _WEEKDAY.search(expression)
    if weekday:
        target = WEEKDAYS.index(weekday.group(1).lower())
        if future:
            return published + dt.timedelta(days=(target - published.weekday()) % 7 or 7)
        return published - dt.timedelta(days=(published.weekday() - target) % 7)
    return None


@lru_cache(maxsize=4096)
def _calendar_date(expression: str, published: dt.date | None) -> dt.date | None:
    has_year = bool(_YEAR.search(expression))
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
    """A publication date as metadata gives it (ISO, RFC 2822, 'Apr 25, 2025 9:41 PM')."""
    value = value.strip()
    if not value or not _YEAR.search(value):
        return None
    import dateparser

    parsed = dateparser.parse(
        value,
        languages=["en"],
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False},
    )
    return parsed.date() if parsed else None
