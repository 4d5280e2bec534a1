"""Happenings placed in a month or a year but on no day ('founded the clinic in 1990', 'last
month'): on the timeline at the precision written, never narrowed to a day nor given to a
happening the month or year is not about. Made-up articles."""

from __future__ import annotations

import datetime as dt

import pytest
from made_up import offline_briefing

from summarizer.engines.llm.drafts import ArticleDraft, ground_draft
from summarizer.engines.offline import extract_offline
from summarizer.models import Article, Event
from summarizer.render.markdown import render_markdown
from summarizer.text.dates import PERIOD, period_of, resolve_period

PUBLISHED = dt.date(2031, 4, 25)


def _article(number: int, text: str, published: dt.date | None = PUBLISHED) -> Article:
    return Article(id=number, path=f"{number}.txt", text=text, published=published)


_briefing = offline_briefing


def _event(text: str, predicate: str, published: dt.date | None = PUBLISHED) -> Event:
    events = extract_offline(_article(1, text, published)).events
    return next(e for e in events if e.predicate == predicate)


@pytest.mark.parametrize(
    ("expression", "period"),
    [
        ("in 1990", "1990"),
        ("In early February 2029", "2029-02"),
        ("in the summer of 2027", "2027"),
        ("in Sept. 2030", "2030-09"),
        ("on February 2029", "2029-02"),
        ("in March", "2031-03"),
        ("in December", "2030-12"),  # the latest December not after publication
        ("last month", "2031-03"),
        ("last year", "2030"),
        ("earlier this year", "2031"),
    ],
)
def test_a_month_or_a_year_read_against_the_publication_date(expression: str, period: str) -> None:
    found = PERIOD.search(f"The mill closed {expression}.")
    assert found is not None
    assert found.group() == expression
    assert resolve_period(found.group(), PUBLISHED) == period


@pytest.mark.parametrize(
    "text",
    [
        "in the 1990s",
        "in the 2029-30 season",
        "in 2029's draft",
        "this year",  # in January, often the season just ended
        "on March 3",
        "in March 3",
    ],
)
def test_what_is_no_month_or_year_of_its_own_is_not_a_period(text: str) -> None:
    assert PERIOD.search(text) is None


def test_a_month_without_its_year_needs_a_publication_date_and_looks_ahead_for_plans() -> None:
    assert resolve_period("in March", None) is None
    assert resolve_period("in 1990", None) == "1990"
    assert resolve_period("in December", PUBLISHED, future=True) == "2031-12"
    assert resolve_period("in March", PUBLISHED, future=True) == "2032-03"


def test_a_models_time_gives_its_month_or_year_where_it_names_no_day() -> None:
    assert period_of("1990") == "1990"
    assert period_of("February 2029") == "February 2029"
    assert period_of("founded in 1990") == "in 1990"
    assert period_of("on Monday") is None
    assert period_of("the 2029-30 season") is None


@pytest.mark.parametrize(
    ("text", "predicate", "period", "written"),
    [
        (
            "Dr. Ama Osei founded the Lakeside Clinic in 1990, the board said.",
            "found",
            "1990",
            "in 1990",
        ),
        (
            "In 2002, she became president of the state medical society.",
            "become",
            "2002",
            "In 2002",
        ),
        (
            "The ministry last month rejected a proposal for a truce.",
            "reject",
            "2031-03",
            "last month",
        ),
        (
            "The plant was shut down in December 2027 after the floods.",
            "shut",
            "2027-12",
            "in December 2027",
        ),
        (
            "A man who killed two guards in March will face trial in June.",
            "kill",
            "2031-03",
            "in March",
        ),
        (
            "The man who allegedly shot and killed two guards in March at the Harlow Foods plant "
            "in North Brinton will face trial on two counts of murder.",
            "kill",
            "2031-03",
            "in March",
        ),
        ("Filming was set to begin in August.", "set", "2031-08", "in August"),
        (
            "His parole was revoked and he returned to prison in May 2029 on a new charge.",
            "return",
            "2029-05",
            "in May 2029",
        ),
        ("Filming is set to begin in August.", "set", "2031-08", "in August"),
    ],
)
def test_a_happening_its_clause_places_in_a_month_or_year(
    text: str, predicate: str, period: str, written: str
) -> None:
    event = _event(text, predicate)
    assert (event.date, event.period, event.date_text) == (None, period, written)
    assert event.dated_by == ("publication" if written[-4:].isalpha() else "text")


@pytest.mark.parametrize(
    ("text", "predicate"),
    [  # the month or year of another happening than the clause's
        (
            "Morales was charged with murder for the shooting deaths of two guards in May 2029.",
            "charge",
        ),
        (
            "Police reopened their inquiry into a murder back in 1987.",
            "reopen",
        ),
        (
            "It was the worst unrest since the end of the junta in 1974 and could cost the "
            "already weakened economy millions.",
            "weaken",
        ),
        ("Residents are still haunted by images of the disaster in December 2029.", "haunt"),
        ("He played for the Falcons from 2019 to 2023.", "play"),
    ],
)
def test_a_month_or_year_of_another_happening_does_not_place_this_one(
    text: str, predicate: str
) -> None:
    assert _event(text, predicate).period is None


def test_a_day_wins_over_the_month_or_year_beside_it() -> None:
    text = "The mill, which opened in 1990, closed its doors on Monday."
    assert (_event(text, "open").period, _event(text, "close").period) == ("1990", None)
    assert _event(text, "close").date == dt.date(2031, 4, 21)


def test_what_is_still_to_come_is_not_placed_in_a_year_gone_by() -> None:
    assert _event("The city will restore the bridge to its look in 1987.", "restore").period is None
    assert _event("The city restored the bridge to its look in 1987.", "restore").period == "1987"


def test_happenings_placed_in_different_years_stay_apart_and_one_year_merges() -> None:
    briefing = _briefing(
        _article(1, "Dr. Ama Osei founded the Lakeside Clinic in Port Vell in 1990."),
        _article(2, "Ama Osei founded the Lakeside Clinic in Port Vell in 1990, her aides said."),
        _article(3, "Dr. Ama Osei founded the Lakeside Clinic in Port Vell in 2002."),
    )
    founded = [e for e in briefing.events if e.predicate == "found"]
    assert sorted((e.period, e.sources) for e in founded) == [("1990", [1, 2]), ("2002", [3])]


def test_happenings_placed_in_different_months_of_a_year_stay_apart() -> None:
    briefing = _briefing(
        _article(1, "Workers at the Harlow paper mill began a strike in February 2030."),
        _article(2, "Workers at the Harlow paper mill began a strike in March 2030."),
    )
    strikes = [e for e in briefing.events if e.predicate == "begin"]
    assert sorted((e.period, e.sources) for e in strikes) == [("2030-02", [1]), ("2030-03", [2])]


@pytest.mark.parametrize("news_first", [True, False])
def test_an_articles_own_news_is_not_what_happened_in_a_month_it_names(news_first: bool) -> None:
    news = "A powerful earthquake has hit the southern province of Kerma, officials said."
    background = "A powerful earthquake hit the southern province of Kerma in February."
    first, second = (news, background) if news_first else (background, news)
    briefing = _briefing(_article(1, first), _article(2, second))
    hits = [e for e in briefing.events if e.predicate == "hit"]
    assert sorted(e.sources for e in hits) == [[1], [2]]
    assert [e.period for e in hits if e.sources == [2 if news_first else 1]] == ["2031-02"]


def test_a_timeline_shows_months_and_years_before_the_days_within_them() -> None:
    briefing = _briefing(
        _article(
            1,
            "The rebels seized the port of Karsa on Monday. "
            "They first rose against the government in April 2030. "
            "The army captured the capital in 2030, officials said.",
        )
    )
    lines = [line for line in render_markdown(briefing).splitlines() if line.startswith("- **")]
    assert [line.split("**")[1] for line in lines] == ["2030", "2030-04", "2031-04-21"]
    assert "Also reported" not in render_markdown(briefing)


def test_a_model_giving_a_year_places_the_event_in_it() -> None:
    article = _article(1, "The mill opened in 1990. It closed on Monday.")
    draft = ArticleDraft.model_validate(
        {
            "events": [
                {
                    "summary": "The mill opened.",
                    "quote": "The mill opened in 1990",
                    "when": "in 1990",
                },
                {
                    "summary": "The mill closed.",
                    "quote": "It closed on Monday",
                    "when": "on Monday",
                },
            ]
        }
    )
    extraction = ground_draft(draft, article).extraction
    assert [(e.date, e.period) for e in extraction.events] == [
        (None, "1990"),
        (dt.date(2031, 4, 21), None),
    ]


def test_a_happening_of_years_ago_that_two_articles_date_alike_is_one_event() -> None:
    briefing = _briefing(
        _article(
            1,
            "“Everyone knows that,” Governor Ilse Brandt said of the Harrow Valley, which "
            "Kestrian forces seized in 2019.",
        ),
        _article(
            2,
            "Envoys have suggested letting Kestria keep the Harrow Valley, which it seized in "
            "2019, in exchange for peace.",
        ),
        _article(3, "Envoys recalled the Marrow Pass, which Kestria seized in 2024."),
    )
    seized = [e for e in briefing.events if e.predicate == "seize"]
    assert sorted((e.period, e.sources) for e in seized) == [("2019", [1, 2]), ("2024", [3])]
    assert "Ilse Brandt" not in next(e for e in seized if e.period == "2019").actors


def test_a_clause_after_a_year_and_when_happened_then_and_stays_apart_from_todays() -> None:
    """'The last major attack … was in 2002, when al-Qaeda militants killed more than 20 people'
    (a real page) had been dated the day of the page and merged with that day's killings."""
    article = Article(
        id=1,
        path="a.txt",
        published=dt.date(2015, 3, 18),
        text=(
            "Gunmen kill 19 at museum\n\nGunmen opened fire on visitors at the museum on "
            "Wednesday, killing at least 19 people.\n\nThe last major attack on a civilian "
            "target was in 2002, when militants killed more than 20 people in a car bombing.\n"
        ),
    )
    briefing = offline_briefing(article)
    bombing = [e for e in briefing.events if any("car bombing" in x.quote for x in e.evidence)]
    assert [(e.date, e.period) for e in bombing] == [(None, "2002")]
    assert all(len(e.evidence) == 1 for e in bombing)
