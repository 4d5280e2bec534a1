"""Figures disagree only where two sources give one quantity of one happening differently.

Every text here is invented; the cases are the ones a hand check of real coverage found
shown as disagreements that were none (background tolls, one person's record against
another's, a part against the whole, a count still to come against one done)."""

from __future__ import annotations

import datetime as dt

import pytest
from made_up import offline_briefing

from summarizer.engines.offline import extract_offline
from summarizer.merge import merge_extractions
from summarizer.merge.figures import figures_in
from summarizer.models import Article, Evidence, RunStats
from summarizer.text.places import is_place, places_in

_DAY = dt.date(2031, 5, 14)


def _article(number: int, text: str, published: dt.date | None = _DAY) -> Article:
    return Article(id=number, path=f"{number}.txt", text=text, published=published)


_briefing = offline_briefing


def _figure_topics(*articles: Article) -> list[str]:
    return [d.topic for d in _briefing(*articles).disagreements if d.kind == "figure"]


def test_two_sources_giving_one_toll_differently_disagree() -> None:
    one = _article(1, "The quake near Amara killed 10 people on Sunday, officials said.\n")
    two = _article(2, "The quake near Amara killed 14 people on Sunday, the governor said.\n")
    assert _figure_topics(one, two) == ["Death toll in the quake"]


def test_two_sums_of_bribes_disagree() -> None:
    one = _article(1, "Ivo Varga was convicted on Tuesday of taking $240,000 in bribes.\n")
    two = _article(2, "Ivo Varga was convicted on Tuesday of accepting $250,000 in bribes.\n")
    assert _figure_topics(one, two) == ["Amount of the bribes, in dollars"]


def test_years_in_an_aside_about_someone_are_not_the_figures() -> None:
    """'Ivo Varga, who led Brenn from 2022 to 2029, was convicted …': the years tell of his
    term, not of the figure, which is no background."""
    one = _article(1, "Ivo Varga was convicted on Tuesday of taking $240,000 in bribes.\n")
    two = _article(
        2,
        "Ivo Varga, who led Brenn from 2022 to 2029, was convicted on Tuesday of accepting "
        "$250,000 in bribes.\n",
    )
    assert _figure_topics(one, two) == ["Amount of the bribes, in dollars"]


def test_jobs_cut_shed_or_axed_are_one_count() -> None:
    one = _article(1, "Norvik Motors said on Thursday it would cut 4,000 jobs in Gradec.\n")
    two = _article(2, "Norvik Motors will shed 3,500 jobs in Gradec, the company announced.\n")
    assert _figure_topics(one, two) == ["Number of jobs cut"]


def test_a_floor_both_rival_tolls_meet_is_no_side_of_their_disagreement() -> None:
    first = _article(
        1, "The quake near Amara killed at least 10 people on Sunday, officials said.\n"
    )
    second = _article(2, "The quake near Amara killed 14 people on Sunday, the governor said.\n")
    third = _article(3, "The quake near Amara killed 19 people on Sunday, the mayor said.\n")
    (toll,) = _briefing(first, second, third).disagreements
    assert [claim.claim for claim in toll.claims] == ["14 people", "19 people"]


@pytest.mark.parametrize(
    "background",
    [
        "A quake in December 2019 killed 600 people in the same province.\n",
        "The same fault killed 600 people in a quake two decades ago.\n",
    ],
)
def test_a_toll_of_earlier_years_is_background_not_a_rival_figure(background: str) -> None:
    one = _article(1, "The quake near Amara killed 10 people on Sunday, officials said.\n")
    two = _article(2, "The quake near Amara killed 10 people on Sunday.\n" + background)
    assert _figure_topics(one, two) == []


def test_figures_past_an_articles_lead_are_not_compared() -> None:
    lead = "".join(
        f"Rescuers reached the village of Tarn{n} on Sunday and searched the ruins.\n"
        for n in range(5)
    )
    one = _article(1, "The quake near Amara killed 10 people on Sunday, officials said.\n")
    two = _article(2, lead + "A smaller quake killed 3 people in Amara on Sunday.\n")
    assert _figure_topics(one, two) == []
    two_early = _article(2, "A smaller quake killed 3 people in Amara on Sunday.\n" + lead)
    assert _figure_topics(one, two_early) == ["Death toll in the quake"]


def test_one_persons_count_is_not_anothers() -> None:
    one = _article(1, "Dario Venn missed eight games with a broken leg, the club said.\n")
    two = _article(2, "Omar Dakes missed nine games with a broken leg, the club said.\n")
    both = _article(3, "Dario Venn and Omar Dakes trained on Monday.\n")
    assert _figure_topics(one, two, both) == []
    again = _article(4, "Venn missed nine games with a broken leg, the club said.\n")
    assert _figure_topics(one, again, both) == ["Number of games missing"]


def test_a_count_still_to_come_is_not_one_done() -> None:
    done = _article(1, "The striker missed four games after knee surgery in October.\n")
    to_come = _article(2, "The striker will miss two games after knee surgery in October.\n")
    assert _figure_topics(done, to_come) == []
    headline = "Injured Rovers RB Dale Kinney to miss last 2 games"
    in_a_headline = _article(
        3, f"{headline}\n\nThe striker will miss the games after knee surgery.\n"
    )
    assert _figure_topics(done, in_a_headline) == []


def test_people_shot_are_not_people_killed() -> None:
    one = _article(1, "The gunman shot three co-workers, killing two, at the Amara plant.\n")
    two = _article(2, "The gunman killed two co-workers at the Amara plant on Thursday.\n")
    assert _figure_topics(one, two) == []
    for quote, counts in [
        ("the woman who shot three co-workers \u2014 killing two \u2014 at the plant", "shot"),
        ("He fatally shot two guards", "killed"),
    ]:
        found = figures_in(Evidence(source=1, quote=quote, start=0, end=len(quote)))
        assert [f.counts for f in found] == [counts]


def test_one_villages_injured_are_a_part_not_a_rival_total() -> None:
    total = _article(1, "The quake injured five people seven km east of Darvan on Sunday.\n")
    part = _article(2, "Two people from Zinbo village were hurt in the quake on Sunday.\n")
    assert _figure_topics(total, part) == []
    assert places_in("Two people from Zinbo village were hurt") == {"zinbo"}
    assert places_in("seven km east of Darvan") == {"darvan"}


def test_articles_a_season_apart_report_no_figure_of_one_happening() -> None:
    spring = _article(1, "The quake near Amara killed 10 people, officials said.\n", _DAY)
    autumn_day = _DAY + dt.timedelta(days=120)
    autumn = _article(2, "The quake near Amara killed 7 people, officials said.\n", autumn_day)
    assert _figure_topics(spring, autumn) == []


def test_two_stories_in_one_folder_do_not_share_figures() -> None:
    def story(number: int, person: str, dead: int) -> Article:
        return _article(number, f"{person} said the fire killed {dead} people in the mill.\n")

    articles = [story(1, "Ida Rook", 4), story(2, "Ida Rook", 4)]
    articles += [story(3, "Sam Pell", 9), story(4, "Sam Pell", 9)]
    assert _figure_topics(*articles) == []
    articles[3] = story(4, "Ida Rook", 9)  # one story after all: its sources differ
    assert _figure_topics(*articles) == ["Death toll in the fire"]


@pytest.mark.parametrize(
    ("quote", "text"),
    [
        ("the woman who killed two co-workers two years ago", "two co-workers"),
        ("the team shot 46.8 percent for the game", "46.8 percent"),
        ("he will miss 16 games against rivals", "16 games"),
        ("the two sides should meet at the highest levels", "two sides"),
    ],
)
def test_a_figure_is_its_number_and_unit_alone(quote: str, text: str) -> None:
    (figure,) = figures_in(Evidence(source=1, quote=quote, start=0, end=len(quote)))
    assert figure.text == text
    assert figure.counts != "destroyed"  # 'levels' razes nothing


@pytest.mark.parametrize(
    ("quote", "counts"),
    [
        ("two fatalities and 84 people have been taken to hospital", "injured"),
        ("Four people were taken to hospital with serious injuries", "seriously injured"),
        ("Five crew members were injured, two of them seriously", "injured"),
    ],
)
def test_what_a_figure_counts_is_told_by_its_own_clause(quote: str, counts: str) -> None:
    """'… two fatalities and 84 people have been taken to hospital': 84 in hospital, not 84
    dead; the seriously injured are a quantity of their own."""
    found = figures_in(Evidence(source=1, quote=quote, start=0, end=len(quote)))
    assert [f.counts for f in found if f.low > 2] == [counts]


def test_a_capital_is_a_place_by_its_other_latin_names_that_no_one_bears() -> None:
    assert is_place("Kyiv")  # geotext's index spells it 'Kiev'
    assert is_place("Kiev")
    assert not is_place("Athena")  # a Greek form of Athens, and a given name
    assert not is_place("Chin")


def test_things_signed_are_a_count_and_a_participle_ends_their_unit() -> None:
    one = _article(1, "Talks\n\nThe leaders signed seven agreements covering trade on Thursday.\n")
    two = _article(2, "Talks\n\nThe two sides signed six agreements on Thursday, Ivo Tarn said.\n")
    (found,) = [d for d in _briefing(one, two).disagreements if d.kind == "figure"]
    assert found.topic == "Number of agreements signed"
    assert [c.claim for c in found.claims] == ["seven agreements", "six agreements"]
    quote = "a significant 12 percent"  # 'significant' is no signing
    assert [f.counts for f in figures_in(Evidence(source=1, quote=quote, start=0, end=10))] == [
        None
    ]


@pytest.mark.parametrize(
    ("quote", "text", "low"),
    [
        ("He pledged $500 million for reconstruction", "$500 million", 5e8),
        ("The repairs will cost \u00a33bn", "\u00a33bn", 3e9),
        ("a fine of \u20ac40m", "\u20ac40m", 4e7),
    ],
)
def test_a_sum_after_its_currency_sign_is_a_figure(quote: str, text: str, low: float) -> None:
    (figure,) = figures_in(Evidence(source=1, quote=quote, start=0, end=len(quote)))
    assert (figure.text, figure.low) == (text, low)
    assert not figures_in(Evidence(source=1, quote="a 5m wall", start=0, end=9))


def test_two_sums_pledged_for_one_thing_disagree() -> None:
    one = _article(
        1, "Aid\n\nIvo Tarn pledged $500 million for the rebuilding of Amara on Monday.\n"
    )
    two = _article(2, "Aid\n\nIvo Tarn pledged $1 billion for the rebuilding of Amara on Monday.\n")
    assert _figure_topics(one, two) == ["Amount pledged, in dollars"]


def test_a_figure_of_an_earlier_month_is_background_not_a_disagreement() -> None:
    june = dt.date(2027, 6, 9)
    one = Article(
        id=1,
        path="1.txt",
        published=june,
        text="Cuts\n\nNorvik said on Tuesday it would cut 3,000 jobs at its plant.\n",
    )
    two = Article(
        id=2,
        path="2.txt",
        published=june,
        text="Cuts\n\nKestrel, which cut 1,200 jobs in May, said its plan was complete.\n",
    )
    briefing = merge_extractions(
        [one, two], [extract_offline(one), extract_offline(two)], stats=RunStats(engine="offline")
    )
    assert [d for d in briefing.disagreements if d.kind == "figure"] == []


def _figures(quote: str) -> list[tuple[str, float, str, str | None]]:
    evidence = Evidence(source=1, quote=quote, start=0, end=len(quote))
    return [(f.text, f.low, f.unit_text, f.counts) for f in figures_in(evidence)]


@pytest.mark.parametrize(
    ("quote", "figure"),
    [
        ("two people had died and 40 were rescued from rooftops", ("40", 40, "people", "rescued")),
        ("Five soldiers were killed, and 12 were wounded", ("12", 12, "soldiers", "injured")),
        ("The water board put the number rescued at 55", ("55", 55, "people", "rescued")),
        ("Officials raised the death toll to 30 on Sunday", ("30", 30, "people", "killed")),
        ("The death toll from Sunday's crash has risen to 15", ("15", 15, "people", "killed")),
    ],
)
def test_a_count_of_people_left_unsaid_is_read_from_the_words_around_it(
    quote: str, figure: tuple[str, float, str, str]
) -> None:
    assert figure in _figures(quote)


def test_a_number_whose_unit_nothing_says_is_no_figure() -> None:
    assert [f[0] for f in _figures("two ships collided and 40 were rescued")] == ["two ships"]


def test_changing_counts_of_the_rescued_disagree_and_a_fire_chief_is_no_fire() -> None:
    one = _article(
        1,
        "Flood chief Marco Quist said two people had died and 40 were rescued from rooftops.\n"
        "The regional water board put the number rescued at 55.\n",
    )
    two = _article(2, "Marco Quist, Riverton's fire chief, said crews had rescued 48 people.\n")
    assert _figure_topics(one, two) == ["Number of people rescued"]


def test_a_toll_with_its_noun_is_read_once_with_its_qualifier() -> None:
    # a second, bare '12' beside 'at least 12 people' would disagree with a third source's 15
    assert _figures("the death toll rose to at least 12 people") == [
        ("at least 12 people", 12, "people", "killed")
    ]


@pytest.mark.parametrize(
    ("quote", "counts"),
    [
        ("The bank lent $6bn to the buyer.", None),
        ("The firm moved $27m into two Texas bank accounts.", None),
        ("Ten people were missing after the missile strike.", "missing"),
        ("Past the deadline 12 people were hurt.", "injured"),
        ("Several hundred of the 400 workers were evacuated.", "rescued"),
        ("The council banned 40 vehicles from the zone.", "zone"),
    ],
)
def test_a_telling_word_is_a_word_not_the_start_of_one(quote: str, counts: str | None) -> None:
    """'bank' tells no ban, 'missile' no missing, 'deadline' no death, 'several' no damage:
    a telling stem counts only with an ending English words take."""
    found = figures_in(Evidence(source=1, quote=quote, start=0, end=len(quote)))
    assert [f.counts for f in found][-1:] == [counts]


def test_sums_of_different_things_do_not_disagree() -> None:
    """A $900m loan and a $27bn tax bill are two quantities; $27bn and $27.5bn for the one tax
    bill disagree. What a sum is comes from its sentence where its passage stops at it."""
    one = _article(
        1, "Yukos\n\nYukos was sold to help pay a $27bn (£14bn) back tax bill, its owners said.\n"
    )
    two = _article(2, "Yukos\n\nYukos was sold to help pay off a $27.5bn back tax bill.\n")
    three = _article(3, "Yukos\n\nYukos was sold to help pay back a $900m (£479m) loan.\n")
    found = [d for d in _briefing(one, two, three).disagreements if d.kind == "figure"]
    assert [[c.claim for c in d.claims] for d in found] == [["$27bn", "$27.5bn"]]


@pytest.mark.parametrize(
    ("quote", "thing"),
    [
        ("pay back a $900m (£479m) loan", "loan"),
        ("hit with a bill of $27bn in unpaid taxes", "bill"),
        ("paid a deposit of nearly $1.7bn from a bank", "deposit"),
        ("He pledged $500 million for reconstruction", None),
    ],
)
def test_what_a_sum_is(quote: str, thing: str | None) -> None:
    (figure, *_) = figures_in(Evidence(source=1, quote=quote, start=0, end=len(quote)))
    assert figure.thing == thing


def test_a_sum_converted_in_brackets_is_no_figure_of_its_own() -> None:
    """'lift its dividend to 70 euro cents (£0.48; $0.98)': the pounds and dollars are the
    cents converted, not a sum to set against 'a £1.4bn cash bid' in another article."""
    quote = "Korvane would lift its dividend to 70 euro cents (£0.48; $0.98) from 55 euro cents."
    evidence = Evidence(source=1, quote=quote, start=0, end=len(quote))
    assert [f.text for f in figures_in(evidence)] == ["70 euro cents", "55 euro cents"]
    one = _article(1, f"Korvane bid for the exchange on Monday. {quote}\n")
    two = _article(2, "Korvane bid for the exchange on Monday, with a £1.4bn cash bid.\n")
    assert _figure_topics(one, two) == []


def test_the_dead_or_missing_are_not_the_dead() -> None:
    """'41 Britons are now confirmed to have died in the Tsunami' and 'about 440 Britons were
    either dead or missing in the disaster': two quantities, both true, no disagreement."""
    one = _article(
        1,
        "The Foreign Office says 41 Britons are now confirmed to have died in the wave which "
        "struck Amara on Sunday, with 158 others missing.\n",
    )
    two = _article(
        2,
        "Foreign Secretary Ivo Marsh said on Friday that about 440 Britons were either dead or "
        "missing in the disaster.\n",
    )
    assert _figure_topics(one, two) == []
