"""Dates resolve against the publication date, and stay None rather than be guessed."""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.text.dates import date_in_line, parse_published, resolve_date, speaks_of_future

FRIDAY = dt.date(2025, 4, 25)


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("Monday", dt.date(2025, 4, 21)),
        ("on Friday", FRIDAY),
        ("early hours of Thursday", dt.date(2025, 4, 24)),
        ("yesterday", dt.date(2025, 4, 24)),
        ("tonight", FRIDAY),
        ("April 24", dt.date(2025, 4, 24)),
        ("Dec. 30", dt.date(2024, 12, 30)),
        ("25 April 2025", FRIDAY),
        ("2025-04-25", FRIDAY),
        ("last week", None),
        ("in February 2022", None),
        ("2014", None),
        ("recently", None),
        ("", None),
        (None, None),
    ],
)
def test_resolve_against_publication_date(expression: str | None, expected: dt.date | None) -> None:
    assert resolve_date(expression, FRIDAY) == expected


@pytest.mark.parametrize("expression", ["Monday", "yesterday", "April 24", "tonight"])
def test_relative_dates_need_a_publication_date(expression: str) -> None:
    assert resolve_date(expression, None) is None


def test_full_dates_need_no_publication_date() -> None:
    assert resolve_date("April 24, 2025", None) == dt.date(2025, 4, 24)


def test_future_sentences_resolve_weekdays_forward() -> None:
    sunday = dt.date(2025, 5, 11)
    sentence = "Putin proposed direct talks to be held in Turkey on Thursday."
    assert speaks_of_future(sentence)
    assert resolve_date("on Thursday", sunday, future=True) == dt.date(2025, 5, 15)
    assert resolve_date("on Thursday", sunday) == dt.date(2025, 5, 8)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Apr 25, 2025 9:41 PM", FRIDAY),
        ("2025-04-25T21:41:00Z", FRIDAY),
        ("Fri, 25 Apr 2025 21:41:00 +0000", FRIDAY),
        ("April 2025", None),
        ("yesterday", None),
    ],
)
def test_parse_published(value: str, expected: dt.date | None) -> None:
    assert parse_published(value) == expected


def test_is_to_be_speaks_of_what_is_to_come() -> None:
    assert speaks_of_future("Orozco is to be formally sentenced May 3 by the judge")
    assert resolve_date("May 3", dt.date(2007, 4, 4), future=True) == dt.date(2007, 5, 3)


def test_a_sentence_with_a_date_is_no_date_line() -> None:
    assert date_in_line("Page was born on April 22, 1923, in Nashville, Tenn.") is None
    assert date_in_line("Posted in Accidents on Wednesday, September 18, 2013.") == dt.date(
        2013, 9, 18
    )
