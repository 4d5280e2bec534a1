"""The offline engine, rule by rule, on the project's corpus (and a few made-up sentences for
forms the corpus does not use)."""

from __future__ import annotations

import datetime as dt
import gc
import re
from pathlib import Path
from typing import Any

import pytest
from corpus_support import corpus_articles

from summarizer.engines.offline import (
    OfflineEngine,
    extract_offline,
    positions_offline,
    rules_compiled,
)
from summarizer.engines.offline.sentences import (
    MAX_SENTENCE_CHARS,
    TITLE_ABBREVIATIONS,
    find_quotations,
    split_sentences,
)
from summarizer.models import Article, ArticleExtraction, Position
from summarizer.sources.loading import load_articles


@pytest.fixture(scope="module")
def extracted() -> dict[str, ArticleExtraction]:
    """Each corpus article's offline extraction, by file name."""
    return {a.path.split("/")[-1]: extract_offline(a) for a in corpus_articles()}


def _actor(extraction: ArticleExtraction, name: str):  # type: ignore[no-untyped-def]
    found = [a for a in extraction.actors if a.name == name]
    assert found, f"{name} not in {[a.name for a in extraction.actors]}"
    return found[0]


def _said(extraction: ArticleExtraction, words: str) -> Position:
    found = [p for p in extraction.positions if any(words in e.quote for e in p.evidence)]
    assert len(found) == 1, f"{words!r}: {[(p.actor, p.evidence[0].quote) for p in found]}"
    return found[0]


def _article(text: str, published: dt.date | None = None) -> Article:
    return Article(id=1, path="made-up.txt", text=text, published=published)


def _roles_named(text: str) -> dict[str, list[str]]:
    """Each name the offline engine reads in a made-up article, actor or not, with its roles."""
    extraction = extract_offline(_article(text))
    return {a.name: a.roles for a in [*extraction.actors, *extraction.also_named]}


def _report(sentence: str) -> ArticleExtraction:
    """The offline extraction of a one-paragraph made-up report."""
    return extract_offline(_article(f"Report\n\n{sentence}\n"))


# --- grounding by construction -------------------------------------------------------------


def test_every_piece_of_evidence_is_a_span_of_its_article() -> None:
    for article in corpus_articles():
        x = extract_offline(article)
        for item in [*x.actors, *x.events, *x.positions, *x.open_questions]:
            for evidence in item.evidence:
                assert article.text[evidence.start : evidence.end] == evidence.quote


def test_positions_alone_are_the_extractions_positions(
    extracted: dict[str, ArticleExtraction],
) -> None:
    """The model's speakers are checked against `positions_offline`: it must attribute
    exactly as the whole extraction does (pronouns included)."""
    checked = 0
    for article in corpus_articles():
        expected = extracted[article.path.split("/")[-1]].positions
        assert positions_offline(article) == expected, article.path
        checked += len(expected)
    assert checked > 20


SHARED_NEWS = Path(__file__).resolve().parents[2] / "shared" / "data" / "ecbplus"


@pytest.mark.skipif(not SHARED_NEWS.is_dir(), reason="the shared ECB+ articles are not here")
def test_positions_alone_on_real_news() -> None:
    """Real articles where a pronoun settles a speaker's gender (read from ../shared, never
    copied into the project)."""
    for path in sorted(SHARED_NEWS.glob("1[6-9]/*.txt")):
        article = load_articles(path).articles[0]
        assert positions_offline(article) == extract_offline(article).positions, path.name


def test_same_article_same_extraction() -> None:
    article = corpus_articles()[1]
    assert extract_offline(article) == extract_offline(article)


async def test_the_engine_needs_no_endpoint() -> None:
    engine = OfflineEngine()
    await engine.prepare()
    result = await engine.extract(corpus_articles()[0])
    assert result.usage.llm_calls == 0
    assert (engine.name, engine.model) == ("offline", None)


# --- actors --------------------------------------------------------------------------------


def test_titles_inside_a_name_become_its_role(extracted: dict[str, ArticleExtraction]) -> None:
    assert _actor(extracted["harbour-herald.html"], "Ana Ribeiro").roles == ["Environment Minister"]
    assert _actor(extracted["coastal-courier.txt"], "Ian Mercer").roles == ["Commander"]


def test_role_words_before_a_name(extracted: dict[str, ArticleExtraction]) -> None:
    assert _actor(extracted["coastal-courier.txt"], "Helen Okafor").roles == ["Harbour master"]
    assert _actor(extracted["westmarch-times.json"], "Tomasz Wolski").roles == [
        "chief investigator"
    ]


def test_appositives_on_either_side_give_roles(extracted: dict[str, ArticleExtraction]) -> None:
    herald = extracted["harbour-herald.html"]
    assert _actor(herald, "Lena Varga").roles == ["a spokeswoman for the group"]
    assert _actor(herald, "Carlos Ribeiro").roles == [
        "heads the Saltmere Fishermen\u2019s Cooperative"
    ]
    assert _actor(extracted["coastal-courier.txt"], "Dmytro Kovalenko").roles == ["ship's captain"]
    assert _actor(extracted["national-wire.md"], "Marta Lindqvist").roles == ["Kovalenko's lawyer"]


def test_kinds_and_what_is_not_an_actor(extracted: dict[str, ArticleExtraction]) -> None:
    everyone = {a.name: a.kind for x in extracted.values() for a in x.actors}
    assert everyone["Westmarch Coast Guard"] == "organization"
    assert everyone["Marine Casualty Investigation Board"] == "organization"
    assert everyone["Helen Okafor"] == "person"
    not_actors = {
        "Nordic Tern",  # a ship ('the cargo ship Nordic Tern', 'a 190-metre vessel')
        "Saltmere Point", "Kestrel Bay", "Rotterdam", "Gannet Shoal",  # places
        "Harbour Herald", "National Wire", "Meridian Press",  # the outlets themselves
        "Jamie Rowe",  # the byline and photo credit are page debris
        "Police", "Investigators", "Local", "Salvage",  # capitalised only by starting a sentence
    }  # fmt: skip
    assert not_actors.isdisjoint(everyone)


def test_a_surname_joins_the_full_name_in_the_article(
    extracted: dict[str, ArticleExtraction],
) -> None:
    assert _actor(extracted["coastal-courier.txt"], "Helen Okafor").aliases == ["Okafor"]
    assert "Sokolovskyy" in _actor(extracted["national-wire.md"], "Andriy Sokolovskyy").aliases
    assert "Brightwater" in _actor(extracted["national-wire.md"], "Brightwater Shipping").aliases


def test_a_countrys_actions_make_it_an_actor_a_mention_does_not() -> None:
    x = extract_offline(_article("Kyiv insists on a ceasefire first. Talks were held in Kyiv."))
    assert [a.name for a in x.actors] == ["Kyiv"]
    y = extract_offline(_article("The talks were held in Istanbul and ended late."))
    assert y.actors == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Illegal Jewish settlements in the hills are often called an obstacle.",
        "Angry French farmers blocked the roads near Lyon.",
        "Young Muslim men gathered in the square.",
    ],
)
def test_an_adjective_and_a_nationality_opening_a_sentence_are_no_name(sentence: str) -> None:
    """'Illegal Jewish settlements …' had listed 'Illegal Jewish' among the actors: a
    sentence's capital on an adjective before a nationality or a faith names no one."""
    x = extract_offline(_article(sentence))
    assert not {a.name for a in x.actors} & {"Illegal Jewish", "Angry French", "Young Muslim"}
    assert not {a.name for a in x.also_named} & {"Illegal Jewish", "Angry French", "Young Muslim"}


def test_that_before_a_name_introduces_a_clause() -> None:
    x = extract_offline(_article("Reports that Dana Whitlock may pick Ravi Menon drew praise."))
    assert {"Dana Whitlock", "Ravi Menon"} <= {a.name for a in x.actors}


def test_a_person_of_an_organisation_is_two_names() -> None:
    text = "Dr. Ravi Menon of Westmarch University and the Harbour Trust spoke first."
    names = {a.name for a in extract_offline(_article(text)).actors}
    assert "Ravi Menon" in names
    assert not any(" of " in name for name in names)


def test_a_teams_name_without_its_city_is_the_team() -> None:
    """'The Red Sox have made an offer' beside the Boston Red Sox: one body, not an untyped
    name beside it."""
    text = (
        "Offer\n\nThe Boston Red Sox met Mark Halden on Monday.\nThe Red Sox have made an "
        "eight-year offer to Halden.\n"
    )
    extraction = extract_offline(Article(id=1, path="a.txt", text=text))
    sox = _actor(extraction, "Boston Red Sox")
    assert sox.aliases == ["Red Sox"]
    assert [a.name for a in extraction.actors if "Sox" in a.name] == ["Boston Red Sox"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Tar Heels stayed unbeaten with a 91-73 victory over Evansville on Thursday.",
        "The Tar Heels beat Evansville 91-73 on Thursday.",
        "On Thursday, Evansville (7-2) lost to the Tar Heels.",
    ],
)
def test_a_town_a_game_is_played_against_is_its_team(sentence: str) -> None:
    """A record ('(7-2)'), a score ('91-73') or a game's result ('victory over') shows the
    town's name standing for its team, an actor, not the place."""
    extraction = extract_offline(Article(id=1, path="a.txt", text=f"Game\n\n{sentence}\n"))
    assert _actor(extraction, "Evansville").kind == "organization"


def test_a_place_and_a_plural_is_a_team_whoever_bears_the_plural() -> None:
    """'Sale Sharks' in a line-up of 'J Robinson (Sale Sharks, capt)': a town's team, not a
    person because a name ends in 'Sharks'."""
    text = (
        "Team\n\nEngland confirmed that Sale Sharks prop Andrew Sheridan was not considered.\n"
        "\nJ Robinson (Sale Sharks, capt); M Cueto (Sale Sharks), J Noon (Newcastle), C Hodgson "
        "(Sale Sharks), H Ellis (Leicester).\n"
    )
    extraction = extract_offline(Article(id=1, path="a.txt", text=text))
    assert _actor(extraction, "Sale Sharks").kind == "organization"


def test_a_plural_looking_surname_is_the_person_it_names() -> None:
    text = (
        "The Westmarch 76ers hired Maurice Cheeks on Monday. Cheeks said he was thrilled. "
        "Mo Cheeks coached the team before."
    )
    x = extract_offline(_article(text))
    cheeks = _actor(x, "Maurice Cheeks")
    assert {"Cheeks", "Mo Cheeks"} <= set(cheeks.aliases)
    assert any(a.name == "Westmarch 76ers" for a in x.actors)


def test_names_shown_not_acting_are_kept_aside_for_the_merge() -> None:
    x = extract_offline(_article("In choosing Menon, the board looked abroad. Talks in Jackson."))
    assert [a.name for a in x.also_named] == ["Menon"]
    assert x.actors == []


@pytest.mark.parametrize(
    ("text", "not_an_actor"),
    [
        ("Might I suggest a shorter show? Ravi Menon said yes.", "Might I"),
        ('Ravi Menon will star in the upcoming "Harbour Lights: Westmarch Origins," and more.',
         "Harbour Lights"),
        ("Ravi Menon was named Westmarch's Sexiest Man Alive by a magazine on Monday, and he "
         "said he was surprised by the honour.", "Sexiest Man Alive"),
        ("Robbers hit a store on Rue de Castiglione. Ravi Menon said it took a minute.",
         "Rue de Castiglione"),
        ("A robber struck on the glamorous Saltmere Riviera. Ravi Menon said he fled.",
         "Saltmere Riviera"),
        ("Ravi Menon was found at home. They'd suffered head injuries.", "They'd"),
        ("Ravi Menon, 23, of Newton Street, Saltmere was arrested on Sunday.", "Saltmere"),
        ("Ravi Menon was remanded by Barrow magistrates on Monday.", "Barrow"),
        ("Thieves armed with Kalashnikovs stormed a depot. Ravi Menon said no one was hurt.",
         "Kalashnikovs"),
        ("Ravi Menon's sister lives in Aberdare, South Wales, with her children.", "South Wales"),
        ("A cable between Abu Talat (Egypt) and Marseilles broke. Ravi Menon said it was fixed.",
         "Abu Talat"),
        ("A cable between Abu Talat in Egypt and Marseilles in France broke, Ravi Menon said.",
         "Abu Talat"),
        ("A cable between Abu Talat and Marseille broke. Ravi Menon said it was fixed.",
         "Abu Talat"),
        ("Ravi Menon said ADSL Internet users saw outages on Monday.", "ADSL Internet"),
        ('Ravi Menon must film the "X-Men: First Class" sequel in January.', "Class"),
        ("Ravi Menon, Professor of Conservation Ecology at Duke University, said so.",
         "Conservation Ecology"),
        ("The offer came from Yawkey Way on Monday, Ravi Menon said.", "Yawkey Way"),
        ("Ravi Menon's car was heading north on 117th Street. Street lights were out.",
         "Street"),
        ("Ravi Menon, 59, was hit near Church Ave in Queens on Friday.", "Church Ave"),
        ("Born Vincenzo Ravi Menon in 1928, he was the son of immigrants.", "Born"),
        ("Unemployed John Menon, 23, was arrested on Saturday.", "Unemployed"),
        ("Hillwalkers Fiona Menon, 52, and Ravi Menon, 55, were found alive.", "Hillwalkers"),
        ("Ravi Menon was due to appear via videolink from HMP Preston.", "HMP Preston"),
    ],
)  # fmt: skip
def test_fragments_that_look_like_names_are_not_actors(text: str, not_an_actor: str) -> None:
    names = {a.name for a in extract_offline(_article("Harbour awards\n\n" + text)).actors}
    assert not any(not_an_actor in name or name in not_an_actor for name in names), names
    assert any("Menon" in name for name in names)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The frigate went to Gulf of Aden and fired on the pirates.", "Aden"),
        ("Traffic between Europe and Asia was rerouted on Friday.", "Asia"),
        ("Links between Europe, the Middle East and South Asia have been cut.", "Asia"),
        ("The cable, South East Asia-Middle East-Western Europe 4, was cut.", "Europe"),
        ("A fire broke out in the small community of Palmer Alaska on Tuesday.", "Alaska"),
        ("The Bible Church in Wasilla, Alaska was attacked by an arsonist.", "Alaska"),
        ("The passengers rejoined the M/S Columbus in Oman.", "Columbus"),
        ("The cruise liner MS Columbus said it would fly its passengers home.", "Columbus"),
        ("Indian Naval Ship Sukanya, on patrol in the Gulf of Aden, thwarted an attack.",
         "Sukanya"),
        ("Warship Sukanya fired on the boats, the navy said.", "Sukanya"),
        ("She built a clinic in Bayou La Batre. Bayou La Batre has 2,000 people.", "Bayou"),
    ],
)  # fmt: skip
def test_seas_regions_addresses_and_ships_are_not_actors(text: str, place: str) -> None:
    """A region of the world, a gulf 'of' a town, a town and its state, and a ship are never
    people ('Aden', 'Palmer' and 'Columbus' are also given names)."""
    names = [a.name for a in extract_offline(_article("Cable report\n\n" + text)).actors]
    assert not any(place in name for name in names), names


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Palmer Fire & Rescue responded to the call on Tuesday.", "Palmer Fire & Rescue",
         "organization"),
        ("The law firm Anzalone & Newman represents the family.", "Anzalone & Newman",
         "organization"),
    ],
)  # fmt: skip
def test_a_name_joined_by_an_ampersand_is_a_body(text: str, name: str, kind: str) -> None:
    assert _actor(extract_offline(_article(text)), name).kind == kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Amara Presse Agentur reported the crash on Sunday.", "Amara Presse Agentur"),
        ("Banque Vale said profits fell.", "Banque Vale"),
        ("The striker joined Real Sociedad on Monday.", "Real Sociedad"),
        ("Societe Amara said it would cut 300 jobs.", "Societe Amara"),
    ],
)
def test_a_name_with_a_bodys_word_of_another_language_is_a_body(text: str, name: str) -> None:
    """'Agentur', 'Banque', 'Sociedad': what 'agency', 'bank' and 'society' are in the
    languages names of bodies come from; no one's given name or surname."""
    assert _actor(extract_offline(_article(text)), name).kind == "organization"


def test_a_clubs_name_is_a_body_and_a_word_two_bodies_share_is_neither() -> None:
    """'Real' opens the names of Spanish clubs, 'FC' of football clubs: bodies, not people. A
    word two bodies' names share ('Real' beside Real Madrid and Real Sociedad) names neither:
    which one is not guessed, as with a surname two people share."""
    text = (
        "Football\n\nReal Madrid drew 1-1 with Real Sociedad on Sunday at home. FC Amara and "
        "Banque Vale and Bank of Amara fined Arsenal and Real Betis. Real will drop to third "
        "place in the standings.\n"
    )
    x = extract_offline(_article(text))
    kinds = {a.name: a.kind for a in x.actors}
    bodies = ("Real Madrid", "Real Sociedad", "FC Amara", "Banque Vale", "Bank of Amara")
    assert [kinds.get(n) for n in (*bodies, "Real Betis")] == ["organization"] * 6
    assert all(e.quote != "Real" for a in x.actors for e in a.evidence)


def test_a_citys_team_named_as_a_people_is_a_body() -> None:
    """'the Cleveland Indians' had been a person (Cleveland is a given name too), so 'he' and
    'his' could go to a team."""
    text = "Baseball\n\nThe Cleveland Indians said they would appeal the ruling.\n"
    assert _actor(extract_offline(_article(text)), "Cleveland Indians").kind == "organization"


def test_a_share_bar_before_a_caption_is_no_part_of_a_name() -> None:
    """'Facebook Twitter Pinterest Cleveland Indians relief pitcher …': a page's share buttons
    before a caption had become a name of the team."""
    text = (
        "Baseball\n\nThe Amara Owls won on Sunday.\n"
        "Facebook Twitter Pinterest Amara Owls pitcher Ivo Tamm reacts after a home run.\n"
    )
    names = {a.name for a in extract_offline(_article(text)).actors}
    assert not [n for n in names if "Facebook" in n or "Pinterest" in n], names


def test_an_award_before_a_surname_is_a_title_not_a_name() -> None:
    """'MVP Zobrist said' after 'Ben Zobrist won': one player, whose words they are; 'MVP
    Zobrist' had been a second actor."""
    text = 'Report\n\nIvo Tamm won the title. MVP Tamm said: "It is unbelievable."\n'
    x = extract_offline(_article(text))
    assert [(a.name, a.roles) for a in x.actors] == [("Ivo Tamm", ["MVP"])]
    assert [p.actor for p in x.positions] == ["Ivo Tamm"]


def test_a_credits_contributor_is_no_part_of_the_name_after_it() -> None:
    text = (
        "Report\n\nIvo Tamm quit Hollywood.\n"
        "Getty - Contributor Ivo revealed he was quitting Hollywood.\n"
        'He said: "It will be a big change."\n'
    )
    x = extract_offline(_article(text))
    assert not [a.name for a in x.actors if "Contributor" in a.name]
    assert [p.actor for p in x.positions] == ["Ivo Tamm"]


def test_a_name_written_twice_in_a_row_is_the_name_once() -> None:
    """'Facebook Twitter Pinterest Justin Timberlake Justin Timberlake performs …': a caption
    and its credit run together; one word twice may be a name ('Duran Duran')."""
    text = (
        "Report\n\nFacebook Twitter Pinterest Ivo Tamm Ivo Tamm performs during half-time.\n"
        "Duran Duran said the show would go on.\n"
    )
    names = [a.name for a in extract_offline(_article(text)).actors]
    assert sorted(names) == ["Duran Duran", "Ivo Tamm"], names


def test_the_subject_after_an_opening_phrase_is_no_appositive_of_its_place() -> None:
    """'At a briefing in Beijing, a spokeswoman for China's Foreign Ministry flatly dismissed
    the claim': the spokeswoman had become Beijing's role, and Beijing the one she is."""
    text = (
        "Report\n\nAt a daily briefing in Beijing, a spokeswoman for Ostland's Foreign Ministry "
        "flatly dismissed the claim, saying it was false.\nBeijing has denied it.\n"
    )
    x = extract_offline(_article(text))
    assert [a.roles for a in x.actors if a.name == "Beijing"] == [[]]


def test_a_war_is_no_one() -> None:
    x = extract_offline(_article("Ann Vale said World War II ended in 1945. She was a nurse."))
    assert [a.name for a in x.actors if a.kind == "person"] == ["Ann Vale"]


def test_a_role_told_with_a_possessive_pronoun_is_listed_without_it() -> None:
    text = (
        "Velmora's board backed the offer. Its chairman, Lars Nygaard, said it was fair. "
        "Tom Reed, her lawyer, said she was innocent."
    )
    x = extract_offline(_article(text))
    assert _actor(x, "Lars Nygaard").roles == ["chairman"]
    assert _actor(x, "Tom Reed").roles == ["lawyer"]


def test_a_role_with_an_owner_keeps_the_owners_whole_noun_phrase() -> None:
    text = (
        "The port authority's chief executive, Dan Whitcombe, said work would resume. "
        "The first witness was the slain deputy's wife, Rosa Kell, who wept."
    )
    x = extract_offline(_article(text))
    assert _actor(x, "Dan Whitcombe").roles == ["port authority's chief executive"]
    assert _actor(x, "Rosa Kell").roles == ["slain deputy's wife"]


def test_a_role_cut_at_its_length_does_not_end_on_of() -> None:
    text = (
        "Omar Saleh, a member of the National Telecommunications Regulatory Authority's board "
        "of directors, said the cable was cut. CTO Ann Vale agreed."
    )
    x = extract_offline(_article(text))
    assert not any(r.endswith(" of") for r in _actor(x, "Omar Saleh").roles)
    assert _actor(x, "Ann Vale").roles == ["CTO"]


@pytest.mark.parametrize(
    ("text", "name", "roles"),
    [
        ("Vale rehires longtime lawyer Ann Berg for the trial.", "Ann Berg", ["longtime lawyer"]),
        ("The reporter wrote that he met Ravi Menon in a garage.", "Ravi Menon", []),
        ("The Colts found wide receiver Tom Berg open.", "Tom Berg", ["wide receiver"]),
        ("Quinn threw behind receiver Tom Berg twice.", "Tom Berg", ["receiver"]),
        ("Boras also represents free-agent catcher Tom Berg.", "Tom Berg", ["free-agent catcher"]),
        ("New York attorney Ann Vale said the case was closed.", "Ann Vale", ["New York attorney"]),
        ("Hall of Fame coach Tom Berg died on Sunday.", "Tom Berg", ["Hall of Fame coach"]),
        ("Wednesday owner Tom Berg sold the club.", "Tom Berg", ["owner"]),
        ("Vale did last February release tackle Tom Berg.", "Tom Berg", ["tackle"]),
        ("Chargers President Dean Berg said no.", "Dean Berg", ["Chargers President"]),
        ("The 36-year-old champion Tom Berg won.", "Tom Berg", ["36-year-old champion"]),
        ("On Monday school inspection chief Tom Berg spoke.", "Tom Berg",
         ["school inspection chief"]),
        ("That means former Seahawk Tom Berg will start.", "Tom Berg", ["former Seahawk"]),
        ("He met former Gov. Ann Vale in Juneau.", "Ann Vale", ["former Gov."]),
        ("The club is not accepting studio boss Tom Berg's offer.", "Tom Berg", ["studio boss"]),
        ("Managing editor Ann Vale said the paper would appeal.", "Ann Vale", ["Managing editor"]),
        (
            "Kyiv mayor and former boxing champion Ivan Berg said no.",
            "Ivan Berg",
            ["Kyiv mayor and former boxing champion"],
        ),
        (
            "Tom Berg, the former agency official who ended one of the longest careers in its "
            "history, died.",
            "Tom Berg",
            ["the former agency official"],
        ),
        (
            "Ann Vale, a Mafia expert and author of six books on organized crime in the city, "
            "said it was over.",
            "Ann Vale",
            ["a Mafia expert"],
        ),
        ("The job went to Ravi Menon, who served at the agency only briefly.", "Ravi Menon", []),
        (
            "They asked Ann Vale, coach Roy Williams and director Dick Baddour to present it.",
            "Ann Vale",
            [],
        ),
    ],
)  # fmt: skip
def test_a_role_is_the_noun_phrase_before_or_beside_the_name(
    text: str, name: str, roles: list[str]
) -> None:
    """A verb, adverb, preposition or day before a role is not part of it; an appositive cut at
    its length ends where it is whole, or is no role."""
    assert _actor(extract_offline(_article(text)), name).roles == roles


def test_the_title_of_a_companys_officer_is_not_the_companys() -> None:
    x = extract_offline(_article("Ann Vale, CEO of Brightline Distribution Ltd, said sales fell."))
    assert _actor(x, "Brightline Distribution Ltd").roles == []
    assert "Distribution Ltd" not in [a.name for a in x.actors]


def test_a_question_in_the_reporters_words_is_no_event() -> None:
    text = "Have you experienced internet problems yesterday?\nThe cable was cut on Monday.\n"
    events = extract_offline(_article(text)).events
    assert [e.predicate for e in events] == ["cut"]


def test_a_faculty_of_two_subjects_is_one_name() -> None:
    text = "Ann Vale, dean of the Faculty of Design and Cultural Studies, praised the student."
    names = {a.name for a in extract_offline(_article(text)).actors}
    assert "Cultural Studies" not in names


def test_initials_with_stops_are_no_common_word_and_a_place_that_witnesses_does_not_act() -> None:
    x = extract_offline(_article("U.S. warns Moscow. Later U.S. officials met and U.S. said no."))
    assert "U.S." in [a.name for a in x.actors]
    y = extract_offline(_article("Paris also witnessed another robbery on Sunday night."))
    assert "Paris" not in [a.name for a in y.actors]


def test_a_place_in_a_headline_does_not_act() -> None:
    text = "Paris thieves nab jewellery\n\nThieves robbed a store in Paris on Monday."
    assert "Paris" not in [a.name for a in extract_offline(_article(text)).actors]


def test_a_surname_that_is_also_a_word_is_still_a_name() -> None:
    x = extract_offline(_article("The officers chased Gray. Gray fired at them, police said."))
    assert [a.name for a in x.actors if not a.unnamed] == ["Gray"]
    y = extract_offline(_article("The officers chased Street. Street fired at them."))
    assert [a.name for a in y.actors if not a.unnamed] == []


def test_initials_that_act_are_a_body_even_after_the() -> None:
    x = extract_offline(_article("The NYPD has not released the officers' names on Monday."))
    assert "NYPD" in [a.name for a in x.actors if not a.unnamed]


def test_a_given_name_that_is_also_a_town_is_the_person_the_article_names() -> None:
    text = (
        "Alice McMeekin, 58, was found at her home. Alice lived in the house with her son. "
        "Friends said Alice had been upset for weeks."
    )
    x = extract_offline(_article(text))
    assert [a.name for a in x.actors if not a.unnamed] == ["Alice McMeekin"]
    assert "Alice" in _actor(x, "Alice McMeekin").aliases


def test_an_honorific_is_no_role_and_the_title_beside_the_name_is() -> None:
    x = extract_offline(_article('Miss Rachel Bates, court clerk, said: "He is at risk."'))
    assert _actor(x, "Rachel Bates").roles == ["court clerk"]
    text = "Tom Berg was charged with the murder of his mother, Ann Berg, and sister, Kim Berg, 20."
    y = extract_offline(_article(text))
    assert "and sister" not in _actor(y, "Ann Berg").roles
    assert _actor(y, "Kim Berg").roles == ["sister"]


def test_a_title_that_is_a_given_name_before_a_lone_surname_is_the_given_name() -> None:
    text = "Yellow card for Morcombe's Dean Hollis after a late challenge on Jack Farrow."
    hollis = _actor(extract_offline(_article(text)), "Dean Hollis")
    assert hollis.roles == []  # not 'Hollis', a dean
    dean = extract_offline(_article("Law school Dean Jane Hollis said the ruling was wrong."))
    assert _actor(dean, "Jane Hollis").roles == ["Dean"]


# --- attributed quotes and statements -------------------------------------------------------


def test_a_lone_name_opening_a_sentence_before_an_aside_is_someone() -> None:
    text = (
        "Marchetti is apoplectic on the touchline.\n\n"
        'Marchetti, speaking to Radio Morcombe before kick-off, said: "We are here to win."\n\n'
        "Okafor, 49, took the officers' weapons before fleeing on foot."
    )
    x = extract_offline(_article(text))
    assert _said(x, "We are here to win").actor == "Marchetti"
    assert _actor(x, "Okafor")  # his age in the aside: someone, who acted
    inverted = "He was caught in Houston, about 25 miles from the jail, said Alfredo Perez."
    y = extract_offline(_article(inverted))
    assert "Houston" not in [a.name for a in y.actors]  # the one speaking follows the verb
    listed = "The flaw hits IE 10 on Windows XP, Vista, 7, 8, and 8.1, Microsoft said."
    versions = extract_offline(_article(listed))
    assert "person" not in [a.kind for a in versions.actors if a.name == "Vista"]  # no age


def test_two_capitals_open_a_name_unless_they_are_a_position() -> None:
    text = 'IG Chemie, the union representing Ostmark workers, said it would "fight every job cut."'
    assert _said(extract_offline(_article(text)), "fight every job cut").actor == "IG Chemie"
    butler = 'Chargers general manager AJ Butler said: "We are disappointed."'
    assert _said(extract_offline(_article(butler)), "We are disappointed").actor == "AJ Butler"
    notes = "Chiefs WR Terrance Copper (left knee) and DT Tyson Jackson were hurt."
    names = [a.name for a in extract_offline(_article(notes)).actors]
    assert "Terrance Copper" in names  # 'WR', 'DT': positions, no part of the name
    assert "Tyson Jackson" in names


@pytest.mark.parametrize(
    "lead",
    [
        "Fire chief Bracken defended the response.",
        "Fire Chief Bracken defended the response.",
        "Police spokesman Bracken said so.",
    ],
)
def test_a_surname_that_is_a_word_after_a_persons_role_is_a_person(lead: str) -> None:
    text = f'{lead} "The alerts went out on time," he said.'
    assert _said(extract_offline(_article(text)), "The alerts went out on time").actor == "Bracken"


def test_a_given_name_that_is_also_a_word_after_a_persons_role_opens_the_name() -> None:
    text = (
        "Halvard spokesman Even Dahl declined to comment on the figure. "
        '"We stand by our announcement," he said.'
    )
    extraction = extract_offline(_article(text))
    assert _said(extraction, "We stand by our announcement").actor == "Even Dahl"


def test_a_first_name_that_is_also_a_plural_opening_a_sentence_stays_the_name() -> None:
    # 'Miles' is also the plural of a unit: opening a sentence before a surname, it names
    # the brother, who must not be taken for the other Vinar the story names
    text = (
        "Dr Ravi Vinar, 43, is presumed dead after a fall on the ridge.\n"
        "Miles Vinar spoke to reporters about seeing his brother fall on Thursday."
    )
    names = {a.name for a in extract_offline(_article(text)).actors}
    assert {"Ravi Vinar", "Miles Vinar"} <= names
    assert "Vinar" not in names


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Workers at a staff Christmas party fled.", "Christmas"),
        ("Cable operator Seacom said the cable was cut.", "Seacom"),
        ("The defending champion Saints will play on Sunday.", "Saints"),
        ("His coach Chargers said no.", "Chargers"),
    ],
)
def test_a_word_after_a_role_noun_is_no_person_when_it_names_a_thing(text: str, word: str) -> None:
    kinds = {a.name: a.kind for a in extract_offline(_article(text)).actors}
    assert kinds.get(word) != "person"


def test_quote_then_said_name(extracted: dict[str, ArticleExtraction]) -> None:
    courier = extracted["coastal-courier.txt"]
    assert _said(courier, "The crew did everything").actor == "Ian Mercer"


def test_a_quote_without_attribution_continues_the_previous_speaker(
    extracted: dict[str, ArticleExtraction],
) -> None:
    assert _said(extracted["coastal-courier.txt"], "Without the helicopter").actor == "Ian Mercer"
    assert _said(extracted["westmarch-times.json"], "rush to conclusions").actor == "Tomasz Wolski"


def test_quote_then_name_told(extracted: dict[str, ArticleExtraction]) -> None:
    assert _said(extracted["coastal-courier.txt"], "Our first job").actor == "Helen Okafor"


def test_name_said_colon_quote(extracted: dict[str, ArticleExtraction]) -> None:
    assert _said(extracted["harbour-herald.html"], "Every day the boats").actor == "Carlos Ribeiro"


def test_a_surname_speaker_is_the_right_namesake(extracted: dict[str, ArticleExtraction]) -> None:
    herald = extracted["harbour-herald.html"]
    assert _said(herald, "worst spill our coast").actor == "Ana Ribeiro"  # ', Ribeiro said'
    times = extracted["westmarch-times.json"]
    assert (
        _said(times, "lost their March income").actor == "Carlos Ribeiro"
    )  # 'According to Ribeiro'


def test_pronoun_and_title_speakers(extracted: dict[str, ArticleExtraction]) -> None:
    assert _said(extracted["national-wire.md"], "stayed on the bridge").actor == "Marta Lindqvist"
    assert _said(extracted["westmarch-times.json"], "Nobody should doubt").actor == "Ana Ribeiro"
    assert _said(extracted["harbour-herald.html"], "this week, not next year").actor == (
        "Carlos Ribeiro"  # 'He called on Brightwater Shipping to set up a fund "…"'
    )


def test_told_that_and_saying_forms(extracted: dict[str, ArticleExtraction]) -> None:
    wire = extracted["national-wire.md"]
    assert _said(wire, "did everything a captain").actor == "Marta Lindqvist"
    assert _said(wire, "wait for the investigators").actor == "Andriy Sokolovskyy"


def test_wrote_on_and_according_to_forms() -> None:
    x = extract_offline(
        _article(
            'President Jane Holt wrote on Truth Social: "We will rebuild the pier this year." '
            'Union leader Sam Price spoke later. "The pier saves jobs," according to Price.'
        )
    )
    assert [(p.actor, p.evidence[0].quote) for p in x.positions] == [
        ("Jane Holt", "We will rebuild the pier this year."),
        ("Sam Price", "The pier saves jobs,"),
    ]
    assert [a.name for a in x.actors] == ["Jane Holt", "Sam Price"]  # Truth Social: a platform


def test_reported_speech_of_people_is_a_statement(extracted: dict[str, ArticleExtraction]) -> None:
    times = extracted["westmarch-times.json"]
    assert _said(times, "the company would pay").actor == "Andrei Sokolovskiy"
    assert _said(times, "take Brightwater to court").actor == "Ana Ribeiro"
    herald = extracted["harbour-herald.html"]
    ban = _said(herald, "The ban will stay in place")
    assert (ban.actor, ban.evidence[0].quote) == (
        "Ana Ribeiro",
        "The ban will stay in place until at least the end of March",  # ', the minister said.'
    )
    wires = extracted["wires.jsonl#2"]
    assert (
        _said(wires, "will pay the full cost").evidence[0].quote.startswith("Brightwater Shipping")
    )


def test_an_organisations_reported_claims_are_not_positions(
    extracted: dict[str, ArticleExtraction],
) -> None:
    assert all(p.actor != "Coastwatch Alliance" for p in extracted["harbour-herald.html"].positions)


def test_a_claim_framed_by_a_quotation_ends_with_it() -> None:
    text = (
        "Report\n\nIvo Tarn told the envoy that Amara would not accept "
        '"any attempt to move people," Ana Kell said.\n'
    )
    (position,) = extract_offline(Article(id=1, path="a.txt", text=text)).positions
    assert position.actor == "Ana Kell"
    assert position.stance.endswith('not accept "any attempt to move people"')


def test_an_arabic_article_is_part_of_a_name_and_at_risk_is_no_name() -> None:
    text = "Report\n\nPresident Bashar al-Assad met at-risk families on Monday.\n"
    extraction = extract_offline(Article(id=1, path="a.txt", text=text))
    assert [a.name for a in extraction.actors if not a.unnamed] == ["Bashar al-Assad"]


def test_a_kind_of_business_before_a_name_makes_it_a_company() -> None:
    text = (
        "Report\n\nHarbor Foods agreed to be bought by private equity firm Kestrel Capital.\n"
        "Prices paid by insurance company CEOs rose.\n"
    )
    extraction = extract_offline(Article(id=1, path="a.txt", text=text))
    kinds = {a.name: a.kind for a in extraction.actors if not a.unnamed}
    assert kinds.get("Kestrel Capital") == "organization"
    assert "CEOs" not in kinds


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "Dr. Paul Tarn, an epidemiologist at the Amara Institute who was not involved in "
            "the study, called the results impressive.",
            ["an epidemiologist at the Amara Institute"],
        ),
        ("Paul Tarn, a virologist, said cases would rise.", ["a virologist"]),
        ("Dr. Paul Tarn said prices would rise.", ["Dr."]),
        ("Paul Tarn, a Canadian, said prices would rise.", []),
    ],
)
def test_a_trade_in_apposition_is_a_role_and_wins_over_a_bare_dr(
    text: str, roles: list[str]
) -> None:
    extraction = extract_offline(Article(id=1, path="a.txt", text=f"Report\n\n{text}\n"))
    assert [a.roles for a in extraction.actors if a.name == "Paul Tarn"] == [roles]


def test_a_closing_told_keeps_whom_it_was_told_to() -> None:
    text = (
        "Report\n\nMore than 1,500 people were injured, Health Minister Ivo Tarn told reporters.\n"
    )
    (position,) = extract_offline(Article(id=1, path="a.txt", text=text)).positions
    assert position.stance == "told reporters: More than 1,500 people were injured"


def test_a_stance_is_the_reporters_frame_with_the_quote_shown_once(
    extracted: dict[str, ArticleExtraction],
) -> None:
    position = _said(extracted["coastal-courier.txt"], "Our first job")
    assert position.stance == (
        "told reporters at the harbour: "
        "\u201cOur first job is to stop the oil reaching the beaches\u201d"
    )
    wire = extracted["national-wire.md"]
    assert _said(wire, "did everything a captain").stance == (
        'told National Wire that her client "did everything a captain could do" after the engines'
        " failed"
    )


# --- events ---------------------------------------------------------------------------------


def _event(extraction: ArticleExtraction, words: str):  # type: ignore[no-untyped-def]
    found = [e for e in extraction.events if words in e.evidence[0].quote]
    assert len(found) == 1, [e.summary for e in extraction.events]
    return found[0]


def test_event_dates_resolve_against_publication(extracted: dict[str, ArticleExtraction]) -> None:
    courier = extracted["coastal-courier.txt"]
    grounding = _event(courier, "ran aground off Saltmere Point late on Sunday")
    assert (grounding.date, grounding.date_text) == (dt.date(2026, 3, 8), "late on Sunday")
    herald = _event(extracted["harbour-herald.html"], "early on Monday")
    assert herald.date == dt.date(2026, 3, 9)
    assert _event(extracted["westmarch-times.json"], "voyage data recorder").date == dt.date(
        2026, 3, 11
    )


def test_no_stated_day_means_no_date(extracted: dict[str, ArticleExtraction]) -> None:
    assert _event(extracted["coastal-courier.txt"], "lifted all 22 crew").date is None


def test_a_dateline_is_not_content(extracted: dict[str, ArticleExtraction]) -> None:
    event = _event(extracted["wires.jsonl#1"], "ran aground")
    assert event.evidence[0].quote.startswith("The container ship Nordic Tern")
    assert (event.date, event.date_text) == (dt.date(2026, 3, 8), "on Sunday night")


def test_what_is_not_an_event(extracted: dict[str, ArticleExtraction]) -> None:
    courier = " ".join(e.evidence[0].quote for e in extracted["coastal-courier.txt"].events)
    assert "He was not injured" not in courier  # negated
    assert "Photo:" not in courier  # page debris
    assert "Cargo ship runs aground" not in courier  # the headline
    assert "not immediately clear" not in courier  # an open question
    assert '"The crew did everything' not in courier  # a quotation


# --- open questions -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("article", "question"),
    [
        ("coastal-courier.txt", "What caused the engine failure?"),
        ("coastal-courier.txt", "Has Brightwater Shipping responded?"),
        (
            "coastal-courier.txt",
            "Unconfirmed: the spill would be the largest on the Westmarch coast since 1998, "
            "when the tanker Amber Dawn broke apart in a winter storm",
        ),
        ("harbour-herald.html", "Will the ban be extended to Kestrel Bay?"),
        ("national-wire.md", "Will Brightwater say how much it will set aside for compensation?"),
        ("westmarch-times.json", "Will the board say when its report will be published?"),
        ("westmarch-times.json", "Can the ship be refloated before the next storm?"),
        ("wires.jsonl#2", "Will insurers cover the cost?"),
    ],
)
def test_open_questions_in_the_articles_words(
    extracted: dict[str, ArticleExtraction], article: str, question: str
) -> None:
    assert question in [q.question for q in extracted[article].open_questions]


@pytest.mark.parametrize(
    ("sentence", "still_open"),
    [
        (
            'Asked whether Korvane had paid a ransom, she said: "We have not, and we will not."',
            False,
        ),
        ("Reporters asked her whether Korvane had paid a ransom. She did not answer.", True),
        # the sentence tells the answer, in deed
        ("Asked whether she had anything to say, Lind shook her head.", False),
        ("When asked by reporters whether Korvane had paid, Lind walked away.", False),
        # ... unless it tells there was none
        ("Asked whether Korvane had paid a ransom, a spokesman declined to comment.", True),
    ],
)
def test_a_question_put_to_someone_is_open_until_their_answer_is_quoted(
    sentence: str, still_open: bool
) -> None:
    article = Article(id=1, path="a.txt", text=f"Ransom\n\nIvo Lind runs Korvane. {sentence}\n")
    assert bool(extract_offline(article).open_questions) is still_open


@pytest.mark.parametrize(
    ("sentence", "still_open"),
    [
        ("Ivo Lind transformed Korvane from a relative unknown into a giant.", False),
        ("He was an unknown, and then he was famous.", False),
        ("The cause of the fire is unknown.", True),
        ("An unknown number of people were hurt.", True),
        # a case put, not a gap in the story
        ("If they do not respond, they will be banned.", False),
        ("It works even if the publisher has not said whether it may.", False),
        # alternatives set side by side, not a question
        ("He said Korvane cared for people elsewhere, whether in Asia or in Africa.", False),
        # what had yet to happen in a year gone by is history
        ("The states of Amara and Ostland had yet to join the union in 1908.", False),
        ("Police had yet to name the victim on Sunday night.", True),
        ("Korvane has yet to pay the fine it was given in 2019.", True),
    ],
)
def test_unknown_as_a_noun_or_a_condition_is_no_open_question(
    sentence: str, still_open: bool
) -> None:
    """'Mr Ebbers transformed WorldCom from a relative unknown into a $160bn giant': someone
    or something little known; 'If they do not respond, they will be banned': a condition;
    neither a point the story cannot answer."""
    article = Article(id=1, path="a.txt", text=f"Rise\n\nIvo Lind runs Korvane. {sentence}\n")
    assert bool(extract_offline(article).open_questions) is still_open


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            "Representatives for Amara and Ostland did not immediately respond on Friday.",
            "Have representatives for Amara and Ostland responded?",
        ),
        (
            "Officials at the port did not immediately respond.",
            "Have officials at the port responded?",
        ),
        ("Harbour did not immediately respond.", "Has Harbour responded?"),  # may be a name
        (
            "And while it has yet to attain the stature of older festivals, Mr Prater predicts "
            "it will soon become their equal.",
            "Will it attain the stature of older festivals?",
        ),
        ("Harbour Freight did not immediately respond.", "Has Harbour Freight responded?"),
        (
            "Mara Dent said the cause of the tank failure was not yet known.",
            "What caused the tank failure?",
        ),
        (  # a real page: the ministry's words had been asked as part of the question
            "It remains unclear what caused the damage, but the ministry said that ships have "
            "been dispatched.",
            "What caused the damage?",
        ),
    ],
)
def test_a_question_keeps_the_capitals_of_names_only(sentence: str, question: str) -> None:
    from summarizer.engines.offline.questions import question_for

    assert question_for(sentence) == question


# --- text ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # never inside a quotation or after an abbreviation
        (
            '"A good day. They are close," Trump wrote. U.S. envoy Steve Witkoff met him at '
            "11.40 p.m. on Friday. Dr. Ana Ribeiro agreed.",
            [
                '"A good day. They are close," Trump wrote.',
                "U.S. envoy Steve Witkoff met him at 11.40 p.m. on Friday.",
                "Dr. Ana Ribeiro agreed.",
            ],
        ),
        # but after 'a.m.' or 'U.S.' when a new sentence opens
        (
            'Residents heard a bang at 5 a.m. "It shook the house," said Ana Lund. Talks in '
            "the U.S. The envoy left at 9 p.m. Friday. He flew to the U.S. Capitol on Monday.",
            [
                "Residents heard a bang at 5 a.m.",
                '"It shook the house," said Ana Lund.',
                "Talks in the U.S.",
                "The envoy left at 9 p.m. Friday.",
                "He flew to the U.S. Capitol on Monday.",
            ],
        ),
    ],
)
def test_where_sentences_end(text: str, sentences: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == sentences


def test_debris_and_headlines_are_marked() -> None:
    sentences = split_sentences(
        "Skip to content\nShip Runs Aground Off The Coast\nThe ship ran aground on Sunday.\n"
        "Photo: The ship on the rocks. Jamie Rowe / Courier\nRead more: other story\n"
        "Related stories OH NO Ann Vale doubt for Test Ivo Tamm named new manager\n"
        "MOST READ IN NEWS SIN CITY How Ivo Tamm became the new boss of Amara\n"
        "Enlarge this image toggle caption Amara Treasury Department Amara Treasury Department\n"
        "JUST WATCHED Amara may test a missile Replay More Videos ... MUST WATCH 01:35"
    )
    assert [(s.text, s.debris, s.headline) for s in sentences] == [
        ("Skip to content", True, False),
        ("Ship Runs Aground Off The Coast", False, True),
        ("The ship ran aground on Sunday.", False, False),
        ("Photo: The ship on the rocks.", True, False),
        ("Jamie Rowe / Courier", True, False),
        ("Read more: other story", True, False),
        ("Related stories OH NO Ann Vale doubt for Test Ivo Tamm named new manager", True, False),
        ("MOST READ IN NEWS SIN CITY How Ivo Tamm became the new boss of Amara", True, False),
        (
            "Enlarge this image toggle caption Amara Treasury Department Amara Treasury Department",
            True,
            False,
        ),
        ("JUST WATCHED Amara may test a missile Replay More Videos ...", True, False),
        ("MUST WATCH 01:35", True, False),
    ]


def test_a_lists_bullets_run_into_a_line_end_its_items() -> None:
    """'… 324.8 million in 2016. * The states of … had yet to join … in 1908. * The New
    Year's Eve ball drop …': each item a sentence (the items had run into one open question)."""
    sentences = split_sentences(
        "Changes since 1908: * The town had 88 people in 1908. * The states had yet to join "
        "in 1908. \u2022 The ball drop began in 1907.\n"
    )
    assert [s.text for s in sentences][1:] == [
        "The states had yet to join in 1908.",
        "The ball drop began in 1907.",
    ]


def test_a_call_to_action_inside_a_paragraph_is_page_furniture() -> None:
    """'Sign up for … today to get the free daily newsletter delivered to your inbox daily.'
    was a dated event: a site's request to its reader, in a paragraph of prose, is no news."""
    sentences = split_sentences(
        "Start your day with the Morning Bell. The mill closed on Monday. Sign up for the "
        "Morning Bell today to get it delivered to your inbox. Subscribe to our feed. We pay "
        "for your stories!\n"
    )
    assert [(s.text, s.debris) for s in sentences] == [
        ("Start your day with the Morning Bell.", True),
        ("The mill closed on Monday.", False),
        ("Sign up for the Morning Bell today to get it delivered to your inbox.", True),
        ("Subscribe to our feed.", True),
        ("We pay for your stories!", True),
    ]


def test_a_gallery_caption_run_into_the_prose_tells_no_event_but_names_its_people() -> None:
    """'Hide Caption 3 of 9 Photos: Quay blast: … Rescuers search the rubble.' had been a
    timeline entry; the witness named in such a caption still speaks after it."""
    text = (
        "Blast\n\nA blast hit the quay on Monday. Hide Caption 3 of 9 Photos: Quay blast: "
        "Images Rescuers pulled two bodies from the rubble on Monday. Hide Caption 4 of 9 Photos: "
        "Quay blast: Images "
        "Ola Brun, a nurse on holiday, saw the blast from her room. She told reporters she "
        'heard two explosions. "The windows shook," she said.\n'
    )
    extraction = extract_offline(Article(id=1, path="x.txt", text=text))
    assert not [e for e in extraction.events if "Rescuers" in e.evidence[0].quote]
    assert [e for e in extraction.events if "quay" in e.evidence[0].quote]
    assert {p.actor for p in extraction.positions} == {"Ola Brun"}


def test_a_caption_opening_on_its_credit_tells_no_event() -> None:
    """'Reuters The quay was evacuated …', 'Twitter Women cling to each other …': a caption
    after its credit; 'Reuters reported that …' is prose."""
    text = (
        "Blast\n\nA blast hit the quay on Monday. Reuters The quay was evacuated on Monday.\n"
        "Twitter Women cling to each other as they fled the quay on Monday.\n"
        "amarapictures.co.uk Survivors comfort each other near the quay after the attack.\n"
    )
    quotes = [
        e.evidence[0].quote for e in extract_offline(Article(id=1, path="x.txt", text=text)).events
    ]
    assert not [q for q in quotes if "evacuated" in q or "fled" in q or "attack" in q]


@pytest.mark.parametrize(
    ("line", "debris"),
    [
        ("Jonas Berg is a senior correspondent for the Brenn Times.", True),
        ("Follow Jonas Berg on Twitter @jberg", True),
        ("Jonas Berg is a reporter for the Brenn Times who was arrested in May.", False),
        ("Jonas Berg is a member of the Brenn council.", False),
    ],
)
def test_an_authors_note_is_page_furniture_and_the_story_is_not(line: str, debris: bool) -> None:
    """'X is a senior correspondent for the Brenn Times.' under the story is about its
    author, who takes no part in it; a reporter the story is about does."""
    text = f"Flood\n\nThe river rose on Monday, Mayor Ivo Tamm said.\n\n{line}\n"
    assert [s.debris for s in split_sentences(text)][-1] is debris


def test_a_long_line_that_lost_its_stop_is_a_sentence_not_a_heading() -> None:
    lost = (
        "Deputies stopped the van on the coast road at about 2 a.m. and held the driver "
        "for questioning before his release on bail"
    )
    sentences = split_sentences(
        f"A long title of the story without any stop at its end at all here\n{lost}\n"
        "Crew Rescued\nThe crew was rescued on Sunday.\n"
    )
    assert [s.headline for s in sentences] == [True, False, True, False]


def test_a_sentence_full_of_names_is_no_title_case_heading() -> None:
    sentences = split_sentences(
        "Call\nDonald Trump spoke with Russian President Ivo Markov on Monday.\n"
        "Trump To Meet Markov In Geneva.\n"
    )
    assert [s.headline for s in sentences] == [True, False, True]


def test_a_name_ending_in_a_country_is_a_body_not_a_person() -> None:
    text = "Outage in Amara\n\nHarbourtel Egypt said service was restored on Tuesday."
    kinds = {a.name: a.kind for a in extract_offline(_article(text)).actors}
    assert kinds["Harbourtel Egypt"] == "organization"


def test_in_a_persons_work_the_person_is_no_place() -> None:
    text = "Film news\n\nWeitz will direct the second film in Stephenie Meyer's book series."
    assert _actor(extract_offline(_article(text)), "Stephenie Meyer").kind == "person"


@pytest.mark.parametrize(
    "text",
    [
        "The club hired Ravi Menon, who was fired by Westmarch last year.",
        "The club hired Ravi Menon, 52, who was fired by Westmarch last year.",
        "Ravi Menon, a club official who served a prison term, joins the club.",
    ],
)
def test_who_after_a_name_its_age_or_its_appositive_is_that_person(text: str) -> None:
    menon = _actor(extract_offline(_article(f"Coach hired\n\n{text}\n")), "Ravi Menon")
    assert "who" in [e.quote for e in menon.evidence]


@pytest.mark.parametrize("place", ["Punta Islita", "Playa Grande", "Puerto Jimenez"])
def test_a_spanish_geographic_word_opens_a_place_name(place: str) -> None:
    """'from Punta Islita': a point, a beach, a port, not a person named Punta."""
    text = f"Crash\n\nThe plane crashed after taking off from {place} on Sunday.\n"
    assert place not in {a.name for a in extract_offline(_article(text)).actors}


def test_a_place_that_is_or_stays_does_not_act() -> None:
    text = (
        "Talks\n\nWestmarch will stay with Amaria, the envoy said. Kestria insists on a truce. "
        "The Amaria Navy is part of the patrol."
    )
    names = {a.name for a in extract_offline(_article(text)).actors}
    assert "Westmarch" not in names
    assert "Kestria" in names
    assert "Amaria Navy" in names


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Portugal is located on a number of fault lines.", "Portugal"),
        ("The towns of Lucerne and Basel were worst hit by the quake.", "Basel"),
        ("Traffic from Europe to Tunisia is not affected, the company said.", "Tunisia"),
        ("Ivan Koval said Kyiv had not been informed in advance.", "Kyiv"),
        ("Portugal has never been consulted, the envoy said.", "Portugal"),
    ],
)
def test_a_place_that_undergoes_or_is_where_it_happened_does_not_act(text: str, place: str) -> None:
    names = {a.name for a in extract_offline(_article(f"Quake\n\n{text}\n")).actors}
    assert place not in names


def test_initials_before_one_name_are_a_persons_even_when_it_is_a_place_word() -> None:
    text = "Report\n\nLater, P.J. Hill was placed on injured reserve.\nU.S. Customs agents came.\n"
    kinds = {a.name: a.kind for a in extract_offline(_article(text)).actors}
    assert kinds.get("P.J. Hill") == "person"
    assert kinds.get("U.S. Customs") != "person"


def test_mr_and_ms_tell_two_namesakes_apart() -> None:
    text = (
        "Court\n\nThe suspect, Ivo Gomes, 35, was held. The victim was Anna Gomes, 61.\n"
        "Mr. Gomes was ordered held without bail.\nMs. Gomes was the tenant of the flat.\n"
        "Mr. Gomes had been released in 2008.\n"
    )
    x = extract_offline(_article(text))
    ivo, anna = _actor(x, "Ivo Gomes"), _actor(x, "Anna Gomes")
    mr = {text.index("Mr. Gomes") + 4, text.rindex("Mr. Gomes") + 4}
    ms = {text.index("Ms. Gomes") + 4}
    assert not {e.start for e in anna.evidence} & mr  # never guessed from the order alone
    assert not {e.start for e in ivo.evidence} & ms
    text += "Ivo Gomes said nothing. Mr. Gomes left. Ms. Gomes stayed.\n"
    x = extract_offline(_article(text))
    ivo, anna = _actor(x, "Ivo Gomes"), _actor(x, "Anna Gomes")
    assert text.rindex("Ms. Gomes") + 4 not in {e.start for e in ivo.evidence}


@pytest.mark.parametrize(
    "text",
    [
        "Arrest\n\nIvo Mark, the defensive tackle for the Amara Chargers was arrested on Sunday.",
        "Arrest\n\nAccording to the City Attorney's office, Ivo Mark's case was not submitted.",
    ],
)
def test_a_clause_or_a_prepositional_phrase_beside_a_name_is_no_role(text: str) -> None:
    mark = _actor(extract_offline(_article(text + " Ivo Mark said nothing.")), "Ivo Mark")
    assert not any("arrested" in r or "office" in r for r in mark.roles), mark.roles


@pytest.mark.parametrize(
    ("text", "not_an_actor"),
    [
        ("The Westmarch Navy seized 14 AK 47 Rifles and 31 Magazines, officials said.", "Rifles"),
        ("Over a hundred Billion Dollars of trade passes through the strait each year, "
         "Ravi Menon said.", "Billion Dollars"),
    ],
)  # fmt: skip
def test_capitalised_plural_nouns_are_no_bodies(text: str, not_an_actor: str) -> None:
    names = {a.name for a in extract_offline(_article("Piracy\n\n" + text)).actors}
    assert not_an_actor not in names, names


def test_a_name_right_after_a_possessive_pronoun_is_a_thing_someone_has() -> None:
    text = "Bell\n\nTom Gallo threw down his Salvation Army Bell and ran to help.\n"
    names = {a.name for a in extract_offline(_article(text)).actors}
    assert "Tom Gallo" in names
    assert "Salvation Army Bell" not in names


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A wildfire near the town of Kelvara forced 3,000 people to leave.", "Kelvara"),
        ("Last month, a fire on the island of Ostrava burned 12,000 hectares.", "Ostrava"),
        ("Residents at the village of Gavrin complained that aid was slow.", "Gavrin"),
    ],
)
def test_a_place_named_inside_a_prepositional_phrase_does_not_act(text: str, place: str) -> None:
    names = {a.name for a in extract_offline(_article("Fire\n\n" + text)).actors}
    assert place not in names, names


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Pell was hit by a grey Halden Rook that had been traveling north on Main Street.\n",
        "Ana Pell was struck by a 2013 Halden Rook, which then fled the scene.\n",
        "Tom Vale struck Ana Pell with his 2013 Halden Rook and drove off.\n",
    ],
)
def test_a_name_after_a_colour_or_a_model_year_is_a_car_not_a_person(sentence: str) -> None:
    actors = extract_offline(Article(id=1, path="a.txt", text=sentence)).actors
    assert "Halden Rook" not in {a.name for a in actors}


def test_where_a_person_lives_after_their_age_is_a_place() -> None:
    text = "Raj Pell, 59, of Academy Point, was found lying in the roadway by Ann Vale.\n"
    actors = extract_offline(Article(id=1, path="a.txt", text=text)).actors
    assert "Academy Point" not in {a.name for a in actors}
    assert "Ann Vale" in {a.name for a in actors}


def test_a_persons_age_before_of_names_the_person_not_a_place() -> None:
    """'the death, at age 95, of Ivo Marl': whose age it is, not where someone lives."""
    text = (
        "We learned this morning of the death, at age 95, of Ivo Marl, who served as a "
        "senior official for decades.\nMarl told a magazine in 2005 that he had been the source.\n"
    )
    actors = extract_offline(Article(id=1, path="a.txt", text=text)).actors
    assert [a.kind for a in actors if a.name.endswith("Ivo Marl")] == ["person"]


def test_a_body_that_speaks_is_an_actor() -> None:
    """'According to the NYPD's statement, …': whoever the briefing quotes is among its actors."""
    text = (
        "Shooting\n\nOfficers fired at a suspect on Friday night in the Bronx.\n\n"
        "According to the NYPD's statement, the officers saw one man \"break away from the group "
        'upon noticing the police."\n'
    )
    extraction = extract_offline(Article(id=1, path="a.txt", text=text))
    assert {p.actor for p in extraction.positions} == {"NYPD"}
    assert "NYPD" in {a.name for a in extraction.actors}


@pytest.mark.parametrize("group", ["House Democrats", "Virginia Democrats", "Senate Republicans"])
def test_a_partys_members_named_by_where_they_sit_are_a_group(group: str) -> None:
    """'Virginia Democrats won control of the Legislature': a party's members (Virginia is also
    a given name), never a person called so."""
    text = f"Report\n\nOn Tuesday, {group} won control of the Legislature.\n"
    assert _kinds_of(group, text) == ["organization"]


def test_a_show_named_after_its_host_is_no_person() -> None:
    """'appeared on Ivo Marsh Live!' ⏎ 'Marsh asked her about a photo, saying, "…"': the host's
    words, never filed under the show as a person called 'Ivo Marsh Live'."""
    text = (
        "Report\n\nDana Whitlock appeared on Ivo Marsh Live! on Monday. Marsh asked her about a "
        'photo, saying, "I cannot imagine how this happens to you."\n'
    )
    extraction = extract_offline(_article(text))
    assert "Ivo Marsh Live" not in {a.name for a in extraction.actors if a.kind == "person"}
    speakers = {p.actor for p in extraction.positions if "cannot imagine" in p.evidence[0].quote}
    assert "Ivo Marsh Live" not in speakers


def test_a_show_named_for_a_days_night_keeps_its_day() -> None:
    """'his prospects for Thursday Night Football are not looking up': a show's title, never an
    actor 'Night Football' once the weekday is dropped as a time."""
    text = "Report\n\nHis prospects for Thursday Night Football are not looking up.\n"
    names = {a.name for a in extract_offline(_article(text)).actors}
    assert "Night Football" not in names


def test_a_body_is_not_the_occasion_named_after_it() -> None:
    """'the Academy announced' is a body speaking; 'the Academy Awards' an occasion named after
    it, which must not swallow the body and its words."""
    text = (
        "Host\n\nDana Whitlock will host the awards next year, the Academy announced Friday.\n"
        "She hosted the 79th Academy Awards in 2007.\n"
    )
    extraction = extract_offline(_article(text))
    assert _said(extraction, "Dana Whitlock will host the awards next year").actor == "Academy"
    assert "Academy" in {a.name for a in extraction.actors}


def _kinds_of(name: str, text: str) -> list[str]:
    """The kind of each actor the offline engine finds in `text` under exactly `name`."""
    actors = extract_offline(Article(id=1, path="a.txt", text=text)).actors
    return [a.kind for a in actors if a.name == name]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("In a blog post, Halden's Dustin Childs advised users to update.\n", "Dustin Childs"),
        ("On Monday, Barry Sanders said the record would fall.\n", "Barry Sanders"),
        ("The mark was shared with former Hawks great Barry Sanders.\n", "Barry Sanders"),
    ],
)
def test_a_first_name_and_a_plural_looking_surname_is_a_person(text: str, person: str) -> None:
    assert _kinds_of(person, text) == ["person"]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("France Telecom", "organization"),
        ("Chad Brown", "person"),  # a first name and a common surname
        ("Jordan Smith", "person"),  # a first name of either gender, and a common surname
    ],
)
def test_a_country_and_an_ordinary_word_is_a_company(name: str, kind: str) -> None:
    assert _kinds_of(name, f"{name} said the cause of the cuts was unclear.\n") == [kind]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Varrow Creamery", "other"),  # a business: an ordinary word, no first name
        ("Dunmore Courthouse", "other"),
        ("Andrew Creamery", "person"),  # a first name before it
        ("Ivo Mark", "person"),  # a surname that is a first name too
        ("Ivo Brown", "person"),  # a common surname
    ],
)
def test_an_ordinary_word_after_no_first_name_is_no_person(name: str, kind: str) -> None:
    assert _kinds_of(name, f"{name} said on Monday that the plant would reopen.\n") == [kind]


@pytest.mark.parametrize(
    ("text", "name", "kinds"),
    [
        # a town before a state, as datelines and addresses write it
        ("Nixon met Mitchell at his home on Amara Key, Fla., in 1972.\n", "Amara Key", []),
        ("She knows the needs of the people of Bayou Varna, Alabama.\n", "Bayou Varna", []),
        # a name before a state's possessive stays a person
        ("He joins Tulsa's P.J. Carlesimo, Washington's Ed Jordan on the list.\n", "P.J. Carlesimo",
         ["person"]),
        # the place after a title's body is no one's name
        ("She was chosen as President of the Medical Association of Alabama.\n", "of Alabama", []),
        ("She founded the Varna Rural Health Clinic in 1990.\n", "Varna Rural Health Clinic",
         ["organization"]),
    ],
)  # fmt: skip
def test_a_town_before_its_state_is_a_place(text: str, name: str, kinds: list[str]) -> None:
    assert _kinds_of(name, f"Report\n\nMark Teller said so.\n{text}") == kinds


@pytest.mark.parametrize(
    ("text", "name", "kinds"),
    [
        ("A fire destroyed the historic Varna Maid Creamery on Tuesday.\n", "Creamery", []),
        ('Felt told CNN\'s "Larry King Live" in 2006 that he was proud.\n', "Live", []),
        ("The rule was first implemented by President Reagan in 1984.\n", "Reagan", ["person"]),
        # an office after a title: no one's name
        ("Ivo Mark, Chief Public Relations Officer, said it was over.\n",
         "Public Relations Officer", []),
        ("The body was examined by the Office of the Chief Medical Examiner.\n",
         "Medical Examiner", []),
        ('That year she was named "Miss Pinup Girl of the World."\n', "Pinup Girl", []),
        # a place after 'the district of'
        ("Ivo Mark, the boss of the Varna district of Porta Amara, was found dead.\n",
         "Porta Amara", []),
    ],
)  # fmt: skip
def test_an_ordinary_word_after_a_title_inside_a_name_is_no_one(
    text: str, name: str, kinds: list[str]
) -> None:
    assert _kinds_of(name, f"Report\n\n{text}") == kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("On Monday the club said All-Star Chris Marek would start.\n", "Chris Marek"),
        ("On Monday the club said RHP Chris Marek would start.\n", "Chris Marek"),
        ("The sun shone on the White House Rose Garden that day.\n", None),  # a garden
    ],
)
def test_a_descriptor_before_a_given_name_is_no_part_of_the_name(
    text: str, name: str | None
) -> None:
    people = [a.name for a in extract_offline(_article(f"Report\n\n{text}")).actors
              if a.kind == "person"]  # fmt: skip
    assert people == ([name] if name else [])


def test_a_team_named_after_its_city_stays_a_team() -> None:
    text = "On Monday, the Carolina Panthers said the coach would stay.\n"
    assert _kinds_of("Carolina Panthers", text) == ["organization"]


def test_a_city_that_acts_in_a_story_about_its_one_team_is_the_team() -> None:
    text = (
        "Colts beat Chiefs\n\nThe Amara Colts beat the Kansas City Chiefs on Sunday in Kansas "
        "City.\nKansas City managed a field goal by Ivo Succop.\n"
    )
    actors = extract_offline(_article(text)).actors
    assert [a.name for a in actors if "Kansas" in a.name] == ["Kansas City Chiefs"]


@pytest.mark.parametrize("team", ["Vexers", "Tolvans", "Brennites"])
def test_a_plural_name_after_the_that_acts_is_a_group(team: str) -> None:
    text = f"Report\n\nOn Monday the {team} fired coach Ivo Marek after one season.\n"
    names = [a.name for a in extract_offline(_article(text)).actors]
    assert team in names


def test_initials_in_the_plural_after_the_are_no_group() -> None:
    text = "Report\n\nThe TVs are hooked up in the lobby, Ivo Marek said.\n"
    assert "TVs" not in [a.name for a in extract_offline(_article(text)).actors]


@pytest.mark.parametrize(
    ("full", "short"), [("Brinton 76ers", "Sixers"), ("Brinton Cavaliers", "Cavs")]
)
def test_a_teams_short_name_is_the_team(full: str, short: str) -> None:
    text = f"Report\n\nThe {full} fired coach Ivo Marek.\nThe {short} hired Lev Arno on Monday.\n"
    x = extract_offline(_article(text))
    assert [a.name for a in x.actors if a.kind != "person"] == [full]
    assert len(_spans_of(x, full)) == 2


def _spans_of(extraction: ArticleExtraction, name: str) -> list[str]:
    return [e.quote for a in extraction.actors if a.name == name for e in a.evidence]


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        (
            "Officials will prosecute Austin Vexa patient Thomas Marek Tamm when he returns.",
            ["Thomas Marek Tamm"],
        ),
        ("Ana Pike aide Ivo Tamm said the plan was ready.", ["Ana Pike", "Ivo Tamm"]),
    ],
)
def test_a_run_before_what_someone_is_is_no_person(sentence: str, people: list[str]) -> None:
    assert [a.name for a in _report(sentence).actors if a.kind == "person"] == people


def test_a_body_before_a_candidate_is_the_seat_sought_not_an_actor() -> None:
    sentence = "Her stance changed once she became the Republican Senate candidate."
    assert _named_actors(f"Report\n\n{sentence}\n") == []


def test_one_of_a_group_named_after_the_verb_speaks() -> None:
    text = '"We will rebuild the bridge," said one of the survivors, Ivo Tamm.'
    assert _said(_report(text), "rebuild the bridge").actor == "Ivo Tamm"


def test_one_of_a_group_unnamed_after_the_verb_is_no_one() -> None:
    text = 'Ivo Tamm was rescued. "We will rebuild," said one of the survivors.'
    assert _report(text).positions == []


def test_a_name_before_a_firms_people_is_no_person() -> None:
    text = "Markets\n\nMarek Tamm analysts wrote that the rally would fade.\n"
    x = extract_offline(_article(text))
    assert [a.name for a in x.actors if a.kind == "person"] == []


@pytest.mark.parametrize("name", ["Seán Ó Fearghaíl", "Máire Ní Bhraonáin"])
def test_an_irish_particle_keeps_the_surname_whole(name: str) -> None:
    surname = name.split(" ", 1)[1]
    text = f'{name} chaired the session. "Order," {surname} said.'
    x = _report(text)
    assert [a.name for a in x.actors] == [name]
    assert _said(x, "Order").actor == name


def test_a_nationality_and_a_word_before_its_ministry_name_the_body() -> None:
    text = '"We will rebuild the bridge," the Ukrainian transport ministry said.'
    said = _said(_report(text), "rebuild the bridge")
    assert said.actor == "Ukrainian transport ministry"


@pytest.mark.parametrize(
    "people",
    ["Lena Varga and Ivo Tamm", "Prime Minister Lena Varga and President Ivo Tamm"],
)
def test_who_after_two_people_is_neither_alone(people: str) -> None:
    text = f"The envoy spoke with {people}, who said the truce was urgent."
    assert _report(text).positions == []


def test_who_after_one_person_is_them() -> None:
    text = "The envoy spoke with Lena Varga, who said the truce was urgent."
    assert _said(_report(text), "the truce was urgent").actor == "Lena Varga"


def test_a_double_hyphen_is_a_dash_between_names() -> None:
    text = (
        "Report\n\nThree members--Brenn Bank President Ivo Tamm and Vexa Bank President "
        "Lev Arno--dissented.\n"
    )
    people = [a.name for a in extract_offline(_article(text)).actors if a.kind == "person"]
    assert people == ["Ivo Tamm", "Lev Arno"]


def test_a_preposition_opening_a_sentence_is_no_part_of_a_name() -> None:
    text = "Like Ivo Tamm, Lev Arno ran the company as he pleased."
    names = [a.name for a in _report(text).actors]
    assert not any(n.startswith("Like") for n in names)


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "The National Committee for an Effective Vote said it follows the trends.",
            "National Committee for an Effective Vote",
        ),
        (
            "The Center for Strategic and Naval Studies said it follows the trends.",
            "Center for Strategic and Naval Studies",
        ),
    ],
)
def test_a_bodys_name_runs_on_over_for_an_and_and(sentence: str, body: str) -> None:
    assert _named_actors(f"Report\n\n{sentence}\n") == [body]


def test_a_pronoun_closing_words_about_someone_is_not_them() -> None:
    text = (
        "Report\n\nLev Marek ran the meeting. One of the engineers, Ivo Tamm, started yelling "
        'at Marek. What Marek was doing was "completely ridiculous," he said.\n'
    )
    extraction = extract_offline(_article(text))
    assert "Lev Marek" not in [p.actor for p in extraction.positions]


def test_a_pronoun_naming_a_term_in_narration_is_its_subject() -> None:
    text = (
        "Report\n\nLev Marek ran the bureau. Ivo Tamm had sworn off raids without warrants - "
        '"black bag jobs," he called them - in 1966.\n'
    )
    extraction = extract_offline(_article(text))
    assert [p.actor for p in extraction.positions] == ["Ivo Tamm"]


@pytest.mark.parametrize("person", ["A regional Brenn Bank official", "An Acme Corp. executive"])
def test_one_of_a_bodys_people_speaks_in_their_own_name(person: str) -> None:
    text = f'{person} criticized the policy on Friday as a "dangerous gamble."'
    assert _report(text).positions == []


def test_a_bodys_spokesman_speaks_for_it() -> None:
    text = 'A Brenn Bank spokesman called the policy a "dangerous gamble."'
    assert _said(_report(text), "dangerous gamble").actor == "Brenn Bank"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Secretary of State Hillary Rodham Clinton said so.", "Hillary Rodham Clinton"),
        ("Secretary of the Interior Ken Salazar said so.", "Ken Salazar"),
        ("Governor of Virginia Tim Kaine said so.", "Tim Kaine"),
        ("Secretary of Labor Thomas Edward Perez said so.", "Thomas Edward Perez"),
    ],
)
def test_a_title_of_a_body_ends_where_a_given_name_begins(sentence: str, name: str) -> None:
    x = _report(sentence)
    assert [a.name for a in x.actors if a.kind == "person"] == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        '"It is tough," said EDS President Kim Brace.',
        '"It is tough," said LA Superior Court Judge Kim Brace.',
        '"It is tough," said COO Kim Brace.',
    ],
)
def test_initials_spelling_a_word_before_a_title_or_name_leave_the_name(sentence: str) -> None:
    x = _report(sentence)
    assert _said(x, "It is tough").actor == "Kim Brace"


def test_a_tabloids_capitals_before_a_verb_make_no_name() -> None:
    text = "PHILADELPHIA 76ERS Fired Ivo Tamm, coach. Named Lev Arno coach."
    names = [a.name for a in _report(text).actors]
    assert not any(n.startswith("Fired") for n in names)


@pytest.mark.parametrize(
    "sentence",
    [
        "After the two former Cold War adversaries recently signed a treaty, Ana Pike spoke.",
        "Ana Pike spoke after the Orange Revolution ended the old order.",
        "Ana Pike was arrested for DUI on Sunday. This is the second DUI related arrest.",
    ],
)
def test_a_war_or_its_adversaries_are_no_actor(sentence: str) -> None:
    assert _named_actors(f"Report\n\n{sentence}\n") == ["Ana Pike"]


def test_a_named_storm_is_no_actor() -> None:
    text = "When Hurricane Vexa destroyed the clinic in 1998, Ana Pike rebuilt it."
    assert [a.name for a in _report(text).actors] == ["Ana Pike"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The country went dark after Brennish cables were cut on Monday.",
        "Attackers sent victims Vexa documents, although none opened them.",
        "The first Tarrow Valley colonists settled there in 1935.",
    ],
)
def test_a_name_before_a_plural_noun_qualifies_it_and_does_nothing(sentence: str) -> None:
    assert _named_actors(f"Report\n\n{sentence}\n") == []


@pytest.mark.parametrize(
    "sentence",
    ["Brenn insists the talks must go on.", "Brenn warns, however, that prices will rise."],
)
def test_a_name_before_a_verb_in_s_still_acts(sentence: str) -> None:
    x = extract_offline(_article(f"Report\n\nAna Pike met the envoy. {sentence}\n"))
    assert "Brenn" in [a.name for a in x.actors]


@pytest.mark.parametrize(
    "sentence",
    [
        "The driver, who police identified as Ivo Tamm, fled the scene.",
        "The driver, identified as 23-year-old Ivo Tamm, fled the scene.",
        "The driver was identified by the police as Ivo Tamm.",
        "Police identified the driver as Ivo Tamm.",
    ],
)
def test_a_description_the_article_identifies_with_a_name_is_that_person(sentence: str) -> None:
    x = extract_offline(_article(f"Report\n\n{sentence} The driver was arrested on Monday.\n"))
    assert [(a.name, a.roles) for a in x.actors if "Tamm" in a.name or "driver" in a.name] == [
        ("Ivo Tamm", ["driver"])
    ]
    assert [span.lower() for span in _spans_of(x, "Ivo Tamm")].count("the driver") == 2


@pytest.mark.parametrize(
    ("text", "described"),
    [
        ("A 61-year-old Amara man was charged on Monday. Ivo Tamm, 61, faces one count of "
         "murder.", "Ivo Tamm"),
        ("A 61-year-old Amara man was charged on Monday. Police said 61-year-old Ivo Tamm "
         "fled.", "Ivo Tamm"),
        ("A 61-year-old woman was killed on Monday. Police arrested Ivo Tamm, 61.", None),
        ("A 61-year-old man was charged on Monday. Ivo Tamm, 61, and Omar Dak, 61, fled.",
         None),
    ],
)  # fmt: skip
def test_a_description_giving_the_age_of_one_named_person_is_that_person(
    text: str, described: str | None
) -> None:
    """'A 61-year-old Amara man was charged …' ⏎ 'Ivo Tamm, 61, faces …': the one person the
    article gives that age is the one described, unless the gender says otherwise or two
    share the age."""
    x = extract_offline(_article(f"Report\n\n{text}\n"))
    holders = [a.name for a in x.actors if any("year-old" in e.quote for e in a.evidence)]
    assert holders == ([described] if described else holders)
    assert (described is None) == any(
        a.unnamed and a.name in ("the man", "the woman") for a in x.actors
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Pike named a spokesman as Ivo Tamm left the firm.",
        "The victims have been identified as Ana Pike and Ivo Tamm.",
    ],
)
def test_as_before_a_name_identifies_no_one_else(sentence: str) -> None:
    x = _report(sentence)
    assert all(a.roles == [] for a in x.actors if a.kind == "person")


@pytest.mark.parametrize(
    ("sentence", "described"),
    [
        ("Ana Pike, a physician who runs a clinic in Brenn, was nominated.", "a physician"),
        ("Ana Pike, the ministry's chief spokeswoman, was nominated.", "chief spokeswoman"),
        ("Ana Pike, a 38-year-old Brenn resident, was nominated.", "resident"),
        ("The suspect, Ivo Tamm, was arrested.", "The suspect"),
    ],
)
def test_an_appositive_that_says_what_someone_is_is_a_mention_of_them(
    sentence: str, described: str
) -> None:
    x = _report(sentence)
    name = "Ana Pike" if "Pike" in sentence else "Ivo Tamm"
    assert described in _spans_of(x, name)
    assert not any("clinic" in span for span in _spans_of(x, name))  # whose, not who


@pytest.mark.parametrize(
    "sentence",
    [
        "The city attorney weighed charges against Brinton Gulls defensive lineman Ivo Tamm.",
        "Gulls defensive lineman Ivo Tamm was arrested on Sunday.",
        "The city attorney weighed charges against Gulls defensive lineman Ivo Tamm.",
    ],
)
def test_a_team_called_by_its_plural_before_a_players_role_is_the_team(sentence: str) -> None:
    text = f"Report\n\nThe Brinton Gulls said they were aware of the arrest.\n{sentence}\n"
    x = extract_offline(_article(text))
    assert len(_spans_of(x, "Brinton Gulls")) == 2
    assert [a.name for a in x.actors if a.kind == "organization"] == ["Brinton Gulls"]


def test_a_plural_opening_a_sentence_before_a_players_role_is_a_team() -> None:
    text = "Report\n\nGulls defensive lineman Ivo Tamm was arrested on Sunday.\nTamm was freed.\n"
    x = extract_offline(_article(text))
    assert [(a.name, a.kind) for a in x.actors if not a.unnamed] == [
        ("Ivo Tamm", "person"),
        ("Gulls", "organization"),
    ]


def test_a_plural_before_a_role_is_no_team_when_it_names_people_or_an_occasion() -> None:
    text = (
        "Report\n\nThe show said Awards television host Ana Lis would be brief.\n"
        "Games chief organiser Ivo Tamm said the roof leaked.\n"
        "Officers union leader Eva Berg said the pay was low.\n"
    )
    x = extract_offline(_article(text))
    assert sorted(a.name for a in x.actors if not a.unnamed) == ["Ana Lis", "Eva Berg", "Ivo Tamm"]


@pytest.mark.parametrize(
    "sentence",
    ["Authorities said the crew was able.", "Records showed the captain had flown."],
)
def test_a_plural_before_a_verb_and_a_role_in_its_object_is_no_team(sentence: str) -> None:
    """'Authorities said the crew was able': the role ('crew') is the object of a verb, not
    a title after a team's name ('Gulls defensive lineman'); the word is a described group."""
    x = extract_offline(_article(f"Crash\n\nThe plane fell on Sunday. {sentence}\n"))
    assert [a.name for a in x.actors if not a.unnamed] == []


def test_the_team_is_the_articles_one_team_owner_or_not() -> None:
    text = (
        "Report\n\nThe Brinton Gulls said Ivo Tamm was arrested on Sunday.\n"
        "It was the team's second such arrest in a month.\n"
        "The team said it was aware of the arrest.\n"
    )
    x = extract_offline(_article(text))
    assert _spans_of(x, "Brinton Gulls") == ["Brinton Gulls", "the team's", "The team"]


def test_the_team_is_no_one_where_two_teams_are_named() -> None:
    text = (
        "Report\n\nThe Brinton Gulls beat the Harlow Owls on Sunday.\n"
        "The team said it was aware of the arrest.\n"
    )
    x = extract_offline(_article(text))
    assert all(e.quote != "The team" for a in x.actors if not a.unnamed for e in a.evidence)


def test_the_team_is_the_one_team_named_so_far_whatever_teams_come_later() -> None:
    text = (
        "Report\n\nThe Brinton Gulls fired Ivo Tamm on Sunday, a day after the team lost again.\n"
        "Tamm had once worked with the Harlow Owls.\n"
    )
    x = extract_offline(_article(text))
    assert _spans_of(x, "Brinton Gulls") == ["Brinton Gulls", "the team"]


def test_a_team_described_otherwise_is_not_the_team_named() -> None:
    text = (
        "Report\n\nThe Brinton Gulls said Ivo Tamm was arrested on Sunday.\n"
        "The legal team for Tamm told a court he did nothing wrong.\n"
    )
    x = extract_offline(_article(text))
    assert _spans_of(x, "Brinton Gulls") == ["Brinton Gulls"]


def test_a_company_with_a_plural_name_is_no_team() -> None:
    text = (
        "Report\n\nA report by Harlow Sports said a club had made Ivo Tamm an offer.\n"
        "No member of the team's front office would comment.\n"
    )
    x = extract_offline(_article(text))
    assert _spans_of(x, "Harlow Sports") == ["Harlow Sports"]


def test_team_up_is_a_verb_and_no_one() -> None:
    x = extract_offline(_article("Report\n\nThe album sees Ivo Tamm team up with Eva Berg.\n"))
    assert all("team" not in e.quote for a in x.actors for e in a.evidence)


@pytest.mark.parametrize(
    ("sentence", "body", "spans"),
    [
        (
            "Brinton Gulls President and General Manager Ivo Tamm said the team was sorry.",
            "Brinton Gulls",
            ["Brinton Gulls", "the team"],
        ),
        (
            "Norvik Motor Co. President Ivo Tamm said the company was sorry.",
            "Norvik Motor Co",
            ["Norvik Motor Co", "the company"],
        ),
        ("It was run by Qorvex Senior Vice President Ivo Tamm.", "Qorvex", ["Qorvex"]),
    ],
)
def test_the_name_before_a_persons_capitalised_title_is_their_body(
    sentence: str, body: str, spans: list[str]
) -> None:
    x = extract_offline(_article(f"Report\n\n{sentence}\n"))
    assert _spans_of(x, body) == spans
    assert "Ivo Tamm" in {a.name for a in x.actors}


@pytest.mark.parametrize(
    "sentence",
    [
        "UK Foreign Secretary Ivo Tamm said it was sorry.",
        "Croydon Central MP Ivo Tamm said it was sorry.",
        "Former Beatle Sir Ivo Tamm said it was sorry.",
        "But Home Secretary Ivo Tamm said it was sorry.",
        "Palmer Public Safety Director Ivo Tamm said it was sorry.",
        "Texas Governor Ivo Tamm said it was sorry.",
    ],
)
def test_a_field_a_seat_an_honour_or_a_place_before_a_title_is_no_body(sentence: str) -> None:
    x = extract_offline(_article(f"Report\n\n{sentence}\n"))
    assert [a.name for a in x.actors if not a.unnamed] == ["Ivo Tamm"]


@pytest.mark.parametrize(
    ("sentence", "described"),
    [
        ("The driver allegedly hit a woman near a parking lot.", ["the driver", "the woman"]),
        ("Analysts believe the deal will close.", ["analysts"]),
    ],
)
def test_a_person_noun_before_an_adverb_a_preposition_or_a_verb_is_someone(
    sentence: str, described: list[str]
) -> None:
    x = extract_offline(_article(f"Report\n\n{sentence}\n"))
    assert sorted(a.name for a in x.actors if a.unnamed) == described


def test_a_brother_named_like_his_sister_is_another_speaker() -> None:
    text = (
        "Report\n\nAfter the hearing, Charlene Vale spoke to reporters.\n"
        '"She was our mom," said Charlie Vale, Charlene\'s brother.\n'
    )
    x = extract_offline(_article(text))
    assert [p.actor for p in x.positions] == ["Charlie Vale"]


def test_a_place_after_a_word_for_its_part_is_where_not_who() -> None:
    text = "Report\n\nA man fired by a firm in suburban Harlow walked into his old office.\n"
    x = extract_offline(_article(text))
    assert "Harlow" not in {a.name for a in x.actors}


@pytest.mark.parametrize("opening", ["On Friday night", "On July 13", "On 13 July"])
def test_a_time_opening_a_sentence_is_no_topic_that_hides_its_subject(opening: str) -> None:
    text = (
        "Berg nominated\n\nPresident Tamm's choices are both practitioners.\n"
        f"{opening}, Tamm announced that he was nominating Eva Berg.\n"
    )
    assert _spans_of(extract_offline(_article(text)), "Tamm") == ["Tamm", "Tamm", "he"]


def test_a_portuguese_particle_after_a_given_name_is_inside_the_name() -> None:
    text = (
        "Report\n\nOn Wednesday, Paulino do Rego Barros Jr., the interim chief, spoke.\n"
        "Why do Americans trust him, Barros asked.\n"
    )
    x = extract_offline(_article(text))
    assert [a.name for a in x.actors if a.kind == "person"] == ["Paulino do Rego Barros Jr"]
    assert _spans_of(x, "Paulino do Rego Barros Jr")[-1] == "Barros"


def test_a_name_opening_with_new_is_no_persons() -> None:
    text = "Report\n\nThe tram was running from New Harlow to Brinton when it derailed.\n"
    assert extract_offline(_article(text)).actors == []


def test_a_branch_is_a_body_its_initials_name() -> None:
    text = (
        "Report\n\nThe Rail Accident Inquiry Branch (RAIB) said the tram was fast.\n"
        "The RAIB said the tram derailed.\n"
    )
    x = extract_offline(_article(text))
    assert [(a.name, a.kind) for a in x.actors] == [
        ("Rail Accident Inquiry Branch", "organization")
    ]


@pytest.mark.parametrize("credit", ["Barcroft Media", "Getty Images", "Rex Features"])
def test_an_agencys_credit_run_into_a_name_is_no_part_of_it(credit: str) -> None:
    text = f"Report\n\n{credit} Vladimir Tamm has ordered more troops.\n"
    assert [a.name for a in extract_offline(_article(text)).actors if not a.unnamed] == [
        "Vladimir Tamm"
    ]


def test_a_captions_credit_names_no_actor_but_thanks_in_prose_do() -> None:
    text = (
        "Report\n\nThe tram overturned.\n"
        "Media playback is unsupported on your device Media caption Courtesy of Eva Berg and "
        "Ivo Tamm\nThey won courtesy of Ana Lis's late goal.\n"
    )
    x = extract_offline(_article(text))
    assert [a.name for a in x.actors if not a.unnamed] == ["Ana Lis"]


def test_a_name_shouted_in_an_opening_is_not_the_one_shown() -> None:
    text = "Report\n\nIVO Tamm ordered the staff out.\nIvo Tamm has ordered it before.\n"
    assert [a.name for a in extract_offline(_article(text)).actors] == ["Ivo Tamm"]


def test_the_spokesman_after_another_is_introduced_is_not_the_named_one() -> None:
    text = (
        "Report\n\nIvo Tamm, a rebel spokesman, said the attack was revenge.\n"
        "A foreign ministry spokesman in Harlow said the attack was suppressed.\n"
        "It was not yet known how many people were hurt, the spokesman said.\n"
    )
    x = extract_offline(_article(text))
    assert all("not yet known" not in p.stance for p in x.positions if p.actor == "Ivo Tamm")


def test_a_described_count_of_titles_must_be_the_named_holders() -> None:
    text = (
        "Report\n\nThe race was led by triple world champion Ivo Tamm.\n"
        '"We need to stop the race," added the four-times champion.\n'
    )
    x = extract_offline(_article(text))
    assert [p.actor for p in x.positions] == []
    assert _spans_of(x, "Ivo Tamm") == ["Ivo Tamm"]


def test_an_occasion_read_as_a_name_is_no_person() -> None:
    text = (
        "Report\n\nThe title-deciding Brazilian Formula One Grand Prix was halted after 20 laps.\n"
    )
    assert [a for a in extract_offline(_article(text)).actors if a.kind == "person"] == []


def test_it_after_a_bodys_saying_is_the_body_unless_it_is_no_one() -> None:
    text = (
        "Report\n\nThe Harlow Navy said it had captured 23 pirates on Sunday.\n"
        "The Harlow Navy said it was a good day.\n"
        "The Harlow Navy said it had been a long patrol.\n"
    )
    x = extract_offline(_article(text))
    assert _spans_of(x, "Harlow Navy") == ["Harlow Navy", "it", "Harlow Navy", "Harlow Navy"]


def test_a_bodys_office_before_and_another_title_is_no_person() -> None:
    text = (
        "Report\n\nPhiladelphia 76ers President and General Manager Ivo Stefan announced "
        "that the team has relieved Tom Cheek of his duties.\n"
    )
    actors = extract_offline(_article(text)).actors
    named = {a.name: a.kind for a in actors if not a.unnamed}
    assert named == {
        "Ivo Stefan": "person",
        "Philadelphia 76ers": "organization",  # the body, which 'the team' is
        "Tom Cheek": "person",
    }


def test_an_imperative_opening_a_sentence_is_no_part_of_the_name() -> None:
    text = (
        "Report\n\nIvo Beus set up a creamery.\nEnter Beus, then a dairy farmer, and Bob "
        "Haver, another farmer.\nThey formed a joint venture.\n"
    )
    actors = extract_offline(_article(text)).actors
    assert [a.name for a in actors if "Beus" in a.name] == ["Ivo Beus"]


def test_a_plane_one_speaks_aboard_is_no_actor() -> None:
    text = (
        'Report\n\nSpeaking to reporters aboard Air Force One, Ivo Trent said: "I think we are '
        'close to a deal."\n'
    )
    actors = extract_offline(_article(text)).actors
    assert [a.name for a in actors if not a.unnamed] == ["Ivo Trent"]


def test_a_companys_first_word_alone_is_the_company() -> None:
    text = (
        "Report\n\nIvo Trent has been tapped by Summit Entertainment to direct the sequel.\n"
        "Summit says no deal has been signed yet.\n"
    )
    actors = extract_offline(_article(text)).actors
    companies = [(a.name, a.kind) for a in actors if "Summit" in a.name]
    assert companies == [("Summit Entertainment", "organization")]


@pytest.mark.parametrize("acronym", ["FBI", "F.B.I."])
def test_an_acronym_is_the_body_whose_initials_it_spells(acronym: str) -> None:
    text = (
        "Report\n\nAgents of the Federal Bureau of Investigation arrested him.\n"
        f"The {acronym} said it would report on Monday.\n"
    )
    actors = extract_offline(_article(text)).actors
    assert [a.name for a in actors if not a.unnamed] == ["Federal Bureau of Investigation"]


def test_a_pronoun_and_its_verb_end_no_name() -> None:
    text = '"We tried. Now I\'m glad it is over," Ivo Brough said.\n'
    actors = extract_offline(_article(f"Report\n\n{text}")).actors
    assert [a.name for a in actors] == ["Ivo Brough"]


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("The Academy Award for Best Visual Effects went to the studio.\n", "Academy Award"),
        ("The Golden Globes announced the nominees on Monday.\n", "Globes"),
        ("The film was made by Halden Films, LLC and released in June.\n", "LLC"),
    ],
)
def test_prizes_and_a_firms_cut_off_legal_form_are_no_actors(text: str, fragment: str) -> None:
    actors = extract_offline(Article(id=1, path="a.txt", text=text)).actors
    assert not [a.name for a in actors if fragment in a.name]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("New York Yankees", "organization"),
        ("Boston Red Sox", "organization"),
        ("Paris Kyriakides", "person"),
        ("Gary Gomes", "person"),
    ],
)
def test_a_city_and_a_plural_is_a_team_unless_it_reads_as_a_persons_name(
    name: str, kind: str
) -> None:
    text = f"On Monday, the deal was confirmed by {name} after a long talk.\n"
    assert _kinds_of(name, text) == [kind]


@pytest.mark.parametrize(
    ("name", "kind"), [("Seattle Seahawks", "organization"), ("Houston Roberts", "person")]
)
def test_a_city_and_a_plural_after_the_is_a_team(name: str, kind: str) -> None:
    """'the NFC West-champion Seattle Seahawks': a plural no one bears as a surname."""
    text = f"On Monday, the deal was confirmed by the champion {name} after a long talk.\n"
    assert _kinds_of(name, text) == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "Unlike Elvin Marsh, she kept the studio going for years.\n",
        "Whatever Tovin decides, the club said it would back him.\n",
    ],
)
def test_a_function_word_opening_the_sentence_is_no_part_of_a_name(text: str) -> None:
    actors = extract_offline(Article(id=1, path="a.txt", text=text)).actors
    assert not [a.name for a in actors if a.name.split()[0] in ("Unlike", "Whatever")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Analysis: Can Mensah justify the price?\n\nKofi Mensah joined on Monday.\n",
            ["Kofi Mensah"],
        ),
        ("Will Varga resign?\n\nLena Varga faces a vote on Monday.\n", ["Lena Varga"]),
        # a given name opening a statement, not a question, stays his
        ("Can Dundar said the paper would appeal on Monday.\n", ["Can Dundar"]),
    ],
)
def test_the_auxiliary_opening_a_question_is_no_part_of_a_name(text: str, names: list[str]) -> None:
    actors = extract_offline(Article(id=1, path="a.txt", text=text)).actors
    assert [a.name for a in actors if not a.unnamed] == names


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Norvik Robotics, a maker of warehouse robots, raised $40 million.", "organization"),
        ("Tall Grass Supply, an Oslo startup, raised $40 million.", "organization"),
        # the head noun is the person's, not the firm after it
        ("Alan Steinberg, a partner in the firm, told police he was shot.", "person"),
    ],
)
def test_a_name_described_as_a_business_is_an_organisation(text: str, kind: str) -> None:
    name = text.split(",")[0]
    assert _kinds_of(name, f"Report\n\n{text}\n") == [kind]


def test_the_body_in_someones_title_is_no_person() -> None:
    """'Former Valdora captain Rhys Adebayo': Valdora is his old club, no one called Valdora."""
    text = 'Former Valdora captain Rhys Adebayo said the fee was "a lot" on Monday.\n'
    actors = extract_offline(Article(id=1, path="a.txt", text=text)).actors
    assert [a.name for a in actors if a.kind == "person"] == ["Rhys Adebayo"]


def test_a_title_after_an_ordinary_word_is_no_surname_and_no_person() -> None:
    text = (
        "Dale Moss was selected as the Danish federation National Coach from 1991-95.\n"
        "He has served as an Assistant Coach under Tom Reed, Ann Bell and Joe Hart.\n"
    )
    actors = extract_offline(Article(id=1, path="a.txt", text=text)).actors
    assert "Coach" not in {a.name for a in actors}
    assert "Dale Moss" in {a.name for a in actors}


@pytest.mark.parametrize(
    ("text", "company", "actors"),
    [
        (
            "Outage\n\nThe cable failed, said Ana Vidal, director at Harmony Netcom Ltd. in "
            "India.\nHarmony said it is working with customers to restore all services.\n"
            "Harmony Netcom doesn't know exactly what happened, said Ben Ode, head of its "
            "center.\n",
            "Harmony",
            [("Harmony Netcom Ltd", "organization")],
        ),
        (  # the bare name is the company's, not its division's
            "Patch\n\nAmarasoft Corp. today issued an emergency patch for its browser.\n"
            "The Amarasoft Security Response Alliance shared details with partners.\n"
            "Amarasoft said it saw a huge increase in attacks.\n",
            "Amarasoft",
            [
                ("Amarasoft Corp", "organization"),
                ("Amarasoft Security Response Alliance", "organization"),
            ],
        ),
    ],
)
def test_a_company_named_without_its_legal_suffix_is_the_company(
    text: str, company: str, actors: list[tuple[str, str]]
) -> None:
    found = [(a.name, a.kind) for a in extract_offline(_article(text)).actors if company in a.name]
    assert sorted(found) == actors


def test_a_name_before_a_plural_of_people_qualifies_them_and_is_no_actor() -> None:
    text = "The study tracked nearly half a million UK adults. UNC officials bottled his tears."
    names = [a.name for a in extract_offline(_article(text)).actors]
    assert "UK" not in names  # 'adults' is no verb in -s
    assert "UNC" not in names
    assert _actor(extract_offline(_article("UNC beats Evansville 91-73.")), "UNC")


def test_a_name_after_a_kind_of_publication_is_a_publication_not_an_actor() -> None:
    text = "The study was published on Tuesday in the journal Hepatology Reports."
    assert "Hepatology Reports" not in [a.name for a in extract_offline(_article(text)).actors]


def test_a_title_in_a_possessive_makes_no_person() -> None:
    text = 'Book\n\nThe book "All the President\'s Men," which inspired a film, came out in 1974.\n'
    assert "person" not in _kinds_of("Men", text)


def test_a_run_on_line_is_cut_at_spaces_into_bounded_sentences() -> None:
    words = ["police", "arrested", "a", "man", "who", "walked", "into", "the", "office"] * 700
    line = " ".join(words)
    sentences = split_sentences(f"Title\n\n{line}\n")
    body = [s for s in sentences if not s.headline]
    assert len(body) > 1
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in body)
    assert " ".join(s.text for s in body).split() == words  # nothing lost, no word cut


def test_a_stray_closing_mark_before_a_comma_opens_nothing() -> None:
    """'… can hinder US exports", An EU spokesman …': a mark joined to the word before it and
    followed by a comma closes a quotation never opened; the reporter's words after it are
    no quotation."""
    line = (
        'Lack of uniformity can hinder US exports", An EU spokesman dismissed the complaint. '
        '"We think the US case is very weak," he said.'
    )
    inner = [line[q.start : q.end] for q in find_quotations(line, 0)]
    assert inner == ["We think the US case is very weak,"]


def test_a_straight_mark_joined_to_the_word_before_and_a_space_after_closes() -> None:
    line = (
        '"He knows the fans. Ivo has worked on films like "Dawn," producing the tale '
        '"Harbour Lights" and directing the fantasy adventure "The Compass."'
    )
    inner = [line[q.start : q.end] for q in find_quotations(line, 0)]
    assert " producing the tale " not in inner
    assert "Harbour Lights" in inner
    assert "The Compass." in inner


@pytest.mark.parametrize("mark", ['"', "\u201c"])
def test_a_quotation_reopened_mid_line_ends_the_one_left_open(mark: str) -> None:
    """'… striker. "I have to decide …': a quotation going on in a new paragraph reopens
    there; in text that lost its paragraph breaks the reopening stands mid-line, and the
    quotation before it, never closed, ends at its sentence's end."""
    close = '"' if mark == '"' else "\u201d"
    line = (
        f"Ivo Marr said: {mark}We need a second striker. {mark}I have to decide who starts. "
        f"Those three are in contention.{close} The squad trains today."
    )
    inner = [line[q.start : q.end] for q in find_quotations(line, 0)]
    assert inner == [
        "We need a second striker.",
        "I have to decide who starts. Those three are in contention.",
    ]


@pytest.mark.parametrize(
    ("line", "noun"),
    [
        ("The company would be patient, its founder said.", "patient"),
        ("Ivo Stefan was very patient and measured in round two.", "patient"),
        ("Ivo Stefan, who was chairman of the committee, resigned.", "chairman"),
        # a bare noun before a plural qualifies it
        ("Ivo Stefan said the plan would save family ranches.", "family"),
        ("Both had suffered head injuries in the fall.", "head"),
        ("Officers at police headquarters took witness statements.", "witness"),
    ],
)
def test_a_bare_noun_after_be_or_before_a_plural_is_no_unnamed_actor(line: str, noun: str) -> None:
    """A quality or a role after 'be' ('would be patient'), or a noun qualifying the plural
    after it ('family ranches'): no one is described."""
    actors = extract_offline(Article(id=1, path="a.txt", text=f"Report\n\n{line}\n")).actors
    assert not any(a.unnamed and a.name.endswith(noun) for a in actors)


@pytest.mark.parametrize(
    "line", ["The family says it will appeal.", "Neighbours said the family lives abroad."]
)
def test_a_noun_with_its_determiner_before_a_verb_is_still_an_unnamed_actor(line: str) -> None:
    actors = extract_offline(Article(id=1, path="a.txt", text=f"Report\n\n{line}\n")).actors
    assert [a.name for a in actors if a.unnamed and a.name.endswith("family")]


def test_a_pronoun_no_named_person_answers_for_is_the_person_described_just_before() -> None:
    def quoted(text: str, name: str) -> list[str]:
        actors = extract_offline(_article(text)).actors
        return [e.quote for a in actors if a.unnamed and a.name == name for e in a.evidence]

    assert quoted("A man opened fire at an office party. He fled in a car.", "the man") == [
        "A man",
        "He",
    ]
    named_since = "A man shot Tom Berg and Ivo Lind at a party. He fled."
    assert quoted(named_since, "the man") == ["A man"]  # 'he' may be Berg or Lind
    other_gender = "A woman opened fire at an office party. He fled in a car."
    assert quoted(other_gender, "the woman") == ["A woman"]
    relative = "Officers arrested the driver who hit her a few blocks away."
    assert quoted(relative, "the driver") == ["the driver", "who"]


def test_a_bodys_word_before_the_body_is_named_is_the_articles_one_body_of_that_word() -> None:
    def spans(text: str, name: str) -> list[str]:
        actors = extract_offline(_article(text)).actors
        return [e.quote for a in actors if a.name == name for e in a.evidence]

    fired = "A man opened fire at a party in Vancouver on Friday, killing the host, police said."
    one = f"{fired} Vancouver police identified the victim as Ben Banks, 40."
    assert spans(one, "Vancouver police") == ["police", "Vancouver police"]
    two = f"{fired} Kent Police named Ben Banks, 40. Essex Police said they had helped."
    assert spans(two, "Kent Police") == ["Kent Police"]  # two forces: 'police' may be either


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Japanese government said the missile flew over Hokkaido. "
            "The South Korean government said it was a test.",
            "Japanese government",
        ),
        (
            "Bravo Army said the border was calm. The South Korean army said it was not.",
            "Bravo Army",
        ),
    ],
)
def test_a_body_described_by_another_nationality_is_not_the_articles_one_body(
    text: str, body: str
) -> None:
    """'the South Korean government' is not the article's one named government when that
    is the Japanese one: the description names its own country (its words had been filed
    under Japan's government, and 'it was a test' with them)."""
    actors = extract_offline(_article(f"Missile\n\n{text}\n")).actors
    spans = [e.quote for a in actors if a.name == body for e in a.evidence]
    assert not any("South" in span for span in spans)


def test_a_trade_opening_a_sentence_is_no_part_of_the_name_after_it() -> None:
    text = (
        "Report\n\nDockworker Luis Amaro, 34, said he had worked at the port for 12 years.\n"
        "North Carolina Central dropped to 0-13 after a loss.\n"
    )
    names = {a.name for a in extract_offline(Article(id=1, path="a.txt", text=text)).actors}
    assert "Luis Amaro" in names
    assert not names & {"Dockworker Luis Amaro", "Carolina Central"}


def test_a_surname_that_is_also_a_place_word_names_a_person_the_text_shows_as_one() -> None:
    text = (
        "Report\n\nMara Park, an economist at the Tallin Institute, criticised the plan.\n"
        '"It is a mess," Park said.\n'
        "Crowds gathered in Victoria Park, a green space by the river.\n"
        "Albert Park, a suburb of the city, was flooded.\n"
    )
    extraction = extract_offline(Article(id=1, path="a.txt", text=text))
    people = {a.name for a in extraction.actors if a.kind == "person"}
    assert "Mara Park" in people
    assert not people & {"Victoria Park", "Albert Park"}
    assert any(p.actor == "Mara Park" and "a mess" in p.stance for p in extraction.positions)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Spokeswoman Kim Eun-hye said on Monday the visit was over.", ["Kim Eun-hye"]),
        ("Kim Jong-un inspected the site, state media said.", ["Kim Jong-un"]),
        ("The Kremlin-backed party and the Saudi-led coalition met on Monday.", []),
    ],
)
def test_a_hyphenated_korean_given_name_is_part_of_the_name(text: str, names: list[str]) -> None:
    extraction = extract_offline(Article(id=1, path="a.txt", text=f"Report\n\n{text}\n"))
    assert [a.name for a in extraction.actors if a.kind == "person"] == names


def test_a_body_named_on_its_subject_is_one_name_but_not_on_a_day() -> None:
    text = (
        "Report\n\nThe Council on Ethical and Judicial Affairs issued a ruling.\n"
        "The Security Council on Monday voted for the plan.\n"
    )
    extraction = extract_offline(Article(id=1, path="a.txt", text=text))
    names = {a.name for a in extraction.actors if a.kind == "organization"}
    assert names == {"Council on Ethical and Judicial Affairs", "Security Council"}


@pytest.mark.parametrize(
    "mark", ["- ", "\u2022 ", "- 7:30 a.m. ", "09:15 BST ", "- 6.45pm ", "21:40 \u2014 ", "9:10 - "]
)
def test_a_bullet_or_a_live_blog_entrys_time_is_no_part_of_its_sentence(mark: str) -> None:
    text = f"Live: the blast\n\n{mark}Ivo Tarn resigned on Monday after a vote.\n"
    events = extract_offline(Article(id=1, path="a.txt", text=text)).events
    assert events[0].summary.startswith("Ivo Tarn resigned")
    one_letter = f"Live: the blast\n\n{mark}A man in his seventies died in Varna.\n"
    events = extract_offline(Article(id=1, path="a.txt", text=one_letter)).events
    assert events[0].summary.startswith("A man in his seventies")


@pytest.mark.parametrize(
    "dateline",
    [
        "WASHINGTON (Reuters) - ",
        "MOSCOW (AP) \u2014 ",
        "LONDON \u2014 ",
        "MALAGA, Spain (AP) \u2014 ",
        "SAN FRANCISCO, Sept 17 (Reuters) - ",
        "TRENTON, N.J. -- ",
        "TULSA, Okla. (AP) \u2014 ",  # the state's stop is no sentence end
        "OSLO, Nov 28, 2025 (Nordic Wire) - ",  # the year after the day
        "(Reuters) - ",  # the agency alone
    ],
)
def test_a_wire_dateline_is_no_part_of_the_first_sentence(dateline: str) -> None:
    text = f"Report\n\n{dateline}Ivo Tarn resigned on Monday after a vote.\n"
    events = extract_offline(Article(id=1, path="a.txt", text=text)).events
    assert events[0].summary.startswith("Ivo Tarn resigned")


def test_an_aside_telling_a_time_is_no_role() -> None:
    text = (
        "Report\n\nThe council answered plans for talks with Ukraine's Peter Marsh, a day after "
        "Marsh met President Kell in Geneva.\n"
    )
    actors = extract_offline(Article(id=1, path="a.txt", text=text)).actors
    assert next(a for a in actors if a.name == "Peter Marsh").roles == []


@pytest.mark.parametrize("settlements", ["districts", "villages", "provinces"])
def test_places_named_before_a_plural_settlement_word_are_no_actors(settlements: str) -> None:
    text = f"Report\n\nThe quake killed 153 people in Varokot and Tesk {settlements}.\n"
    actors = extract_offline(Article(id=1, path="a.txt", text=text)).actors
    assert not {a.name for a in actors} & {"Varokot", "Tesk"}


def test_a_plurals_apostrophe_inside_a_bodys_name_keeps_the_name_whole() -> None:
    text = (
        "Court\n\nNina Kovac appeared at Harlow Magistrates' Court on Monday. "
        "The Amara Workers' Party said it would vote against the bill.\n"
    )
    names = {a.name for a in extract_offline(Article(id=1, path="a.txt", text=text)).actors}
    assert "Court" not in names  # the venue's name, not a body called 'Court'
    assert "Amara Workers' Party" in names


def test_a_position_inside_any_of_a_sentences_quotations_is_quoted() -> None:
    from summarizer.engines.offline.sentences import split_sentences

    text = 'Report\n\nShe said \u201cwe "won" it all\u201d and "left" the field.\n'
    (sentence,) = [s for s in split_sentences(text) if not s.headline]
    assert sentence.is_quoted(text.index("all"))  # inside the outer quotation, after the inner
    assert sentence.is_quoted(text.index("left"))
    assert not sentence.is_quoted(text.index("field"))
    assert not sentence.is_quoted(text.index("She"))


@pytest.mark.parametrize(
    ("text", "described"),
    [
        ("Ivo Tarnow, a 38-year-old accountant, walked into the office with a shotgun.\n"
         "The accountant fled in his car.\n", "accountant"),
        ("Police arrested the suspect, Ivo Tarnow, on Monday.\n"
         "The suspect was taken to the Varna jail.\n", "suspect"),
    ],
)  # fmt: skip
def test_what_describes_a_person_beside_their_name_is_them_later_too(
    text: str, described: str
) -> None:
    text = "Shooting\n\n" + text
    x = extract_offline(_article(text))
    tarnow = _actor(x, "Ivo Tarnow")
    assert any(described in r for r in tarnow.roles), tarnow.roles
    later = text.rindex(f"The {described}")
    assert any(e.start <= later < e.end for e in tarnow.evidence)
    assert not [a for a in x.actors if a.unnamed and described in a.name]


@pytest.mark.parametrize(
    "text",
    [
        "Asked if Ortiz might have lived had his partner been with him, Ivo Mark said no.",
        "He walks in the footsteps of compatriots Gary Player, Ivo Mark and Ben Hogan.",
        "At least we can point to one woman, Ivo Mark, who spoke out.",
    ],
)
def test_a_clause_or_a_list_before_a_name_describes_no_one(text: str) -> None:
    mark = _actor(extract_offline(_article(f"Report\n\n{text} Ivo Mark left.\n")), "Ivo Mark")
    assert mark.roles == []


def test_a_body_is_not_described_by_the_people_in_it() -> None:
    text = "Report\n\nGordon Advisors, a 40-employee firm where workers sold homes, closed.\n"
    advisors = _actor(extract_offline(_article(text)), "Gordon Advisors")
    assert advisors.roles == []


def test_a_surname_like_a_plural_of_a_two_letter_word_is_no_team() -> None:
    text = "Report\n\nHenrik Aas apologised to customers on Saturday.\n"
    aas = _actor(extract_offline(_article(text)), "Henrik Aas")
    assert aas.kind != "organization"


def test_a_name_after_a_place_opening_the_sentence_is_its_subject_not_an_address() -> None:
    x = extract_offline(_article("Report\n\nIn Mexico City, Ebrard rejected the criticism.\n"))
    assert "Ebrard" in [a.name for a in x.actors]
    text = "Report\n\nIvo Jenkin, 23, of Newton Street, Millom was arrested on Saturday.\n"
    assert "Millom" not in [a.name for a in extract_offline(_article(text)).actors]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ('"We are concerned," said Senator Ana Vale, who chairs the foreign relations '
         "subcommittee.", None),
        ("He met men who agents said were his confederates.", "agents"),
    ],
)  # fmt: skip
def test_a_verb_after_who_is_no_group(text: str, group: str | None) -> None:
    x = extract_offline(_article(f"Report\n\n{text}\n"))
    unnamed = [a.name for a in x.actors if a.unnamed]
    assert "chairs" not in unnamed
    assert group is None or group in unnamed


@pytest.mark.parametrize(
    "sentence",
    [
        "Pastor Ivo Kroon declined to say if the blaze was politically motivated.",
        "Citing a confidentiality agreement, Ana Vale declined to discuss the case.",
        "She refused to speak to reporters.",
    ],
)
def test_declining_to_say_or_discuss_is_an_open_point_not_an_event(sentence: str) -> None:
    x = extract_offline(_article(f"Report\n\nIvo Kane left the court.\n{sentence}\n"))
    assert [q.evidence[0].quote for q in x.open_questions] == [sentence]
    assert not [e for e in x.events if e.summary == sentence]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Cairo hosts talks on the Gaza border crossing\n\nEgypt met Qatar, officials said.", None),
        ("Report\n\nAmara hosts the regional summit on Monday, officials said.", None),
        ("Report\n\nThe Amara hosts welcomed the delegates on Monday.", "Amara hosts"),
        ("Report\n\nAnd First Lady Ana Rowell campaigns in Ohio.", None),
        ("Report\n\nThe Rowell campaigns in Ohio and Iowa opened offices.", "Rowell campaigns"),
    ],
)
def test_a_persons_noun_that_is_a_verb_after_a_name_is_the_verb(
    text: str, group: str | None
) -> None:
    """'Cairo hosts talks': Cairo hosts them; no group 'Cairo hosts'; 'Ana Rowell campaigns in
    Ohio': she campaigns, no group 'Ana Rowell campaigns'."""
    unnamed = [a.name for a in extract_offline(_article(f"{text}\n")).actors if a.unnamed]
    assert not any(name.endswith(("hosts", "campaigns")) and name != group for name in unnamed)
    assert group is None or group in unnamed


@pytest.mark.parametrize("dateline", ["OSLO, June 3 (Reuters) - ", "June 3, 2031 (Reuters) - "])
def test_a_wire_dateline_is_no_part_of_the_lead_sentence(dateline: str) -> None:
    text = f"Breach\n\n{dateline}Korvane shut its website on Tuesday after hackers stole data.\n"
    events = extract_offline(Article(id=1, path="a.txt", text=text)).events
    assert events
    assert all(not e.summary.startswith(("OSLO", "June")) for e in events)


@pytest.mark.parametrize("body", ["coastguard", "regulator", "parliament", "junta"])
def test_a_body_called_by_what_it_is_is_an_actor_described_but_not_named(body: str) -> None:
    text = f"Report\n\nThe {body} said on Monday that it had opened an inquiry into the sinking.\n"
    actors = extract_offline(Article(id=1, path="a.txt", text=text)).actors
    assert [(a.name, a.unnamed) for a in actors] == [(body, True)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The captain, 58-year-old Ivo Dimou, was questioned.",
        "The captain, 58-year old Ivo Dimou, was questioned.",
        "Ivo Dimou, 58, the captain, was questioned.",
    ],
)
def test_a_description_beside_a_name_and_its_age_is_that_person(sentence: str) -> None:
    text = f"Ferry\n\nThe Aegean Star sank on Sunday. {sentence} The captain was arrested.\n"
    (dimou,) = extract_offline(Article(id=1, path="a.txt", text=text)).actors
    assert dimou.name == "Ivo Dimou"
    assert [e.quote.lower() for e in dimou.evidence].count("the captain") == 2


def test_another_of_a_kind_beside_a_name_leaves_the_kind_to_no_one() -> None:
    text = (
        "Climbers\n\nA climber fell on Saturday. The day before, another climber, 36-year-old "
        "Ivo Rait, died. The climber was found on Sunday.\n"
    )
    actors = extract_offline(Article(id=1, path="a.txt", text=text)).actors
    (rait,) = [a for a in actors if a.name == "Ivo Rait"]
    assert rait.roles == []
    assert [e.quote for e in rait.evidence] == ["Ivo Rait"]


@pytest.mark.parametrize(
    ("sentence", "acts"),
    [
        ("Russia sent a delegation to the talks.", True),
        ("Russia fought back on Monday.", True),
        ("Russia made of the talks what it wanted.", False),  # a participle's phrase
    ],
)
def test_a_country_followed_by_an_irregular_past_acts(sentence: str, acts: bool) -> None:
    text = f"Talks\n\nDelegations met in Istanbul on Thursday.\n\n{sentence}\n"
    actors = extract_offline(Article(id=1, path="a.txt", text=text)).actors
    assert ("Russia" in [a.name for a in actors]) is acts


def test_a_country_after_in_and_a_compass_word_is_where_not_who() -> None:
    text = (
        "Fire\n\nA wildfire near the town of Castellane in southern France has burned 4,000 "
        "hectares. France sent two water bombers on Sunday.\n"
    )
    first, _ = text.split(" France sent")
    where = extract_offline(Article(id=1, path="a.txt", text=first + ".\n")).actors
    acts = extract_offline(Article(id=2, path="b.txt", text=text)).actors
    assert "France" not in [a.name for a in where]
    assert "France" in [a.name for a in acts]


@pytest.mark.parametrize(
    ("body", "roles"),
    [
        ("The Gulls dismissed head coach Ivo Tamm on Monday.", ["head coach"]),
        ("The Gulls dismissed Ivo Tamm on Monday.", ["coach"]),  # the headline's, less its verb
    ],
)
def test_a_headlines_role_gives_way_to_the_storys(body: str, roles: list[str]) -> None:
    text = f"Gulls fire coach Ivo Tamm\n\n{body}\n"
    actors = extract_offline(Article(id=1, path="a.txt", text=text)).actors
    (tamm,) = [a for a in actors if a.name == "Ivo Tamm"]
    assert tamm.roles == roles


@pytest.mark.parametrize("body", ["Doctors Without Borders", "Reporters Without Borders"])
def test_a_title_cased_name_opening_a_sentence_keeps_its_first_word(body: str) -> None:
    text = f"Report\n\nThe outbreak spread on Monday.\n\n{body} said two workers were held.\n"
    actors = extract_offline(Article(id=1, path="a.txt", text=text)).actors
    assert body in [a.name for a in actors]


def test_a_plural_owner_before_a_role_is_part_of_it() -> None:
    text = "Report\n\nThe residents' lawyer, Ines Marsh, said her clients welcomed the ruling.\n"
    (marsh,) = extract_offline(Article(id=1, path="a.txt", text=text)).actors
    assert marsh.roles == ["residents' lawyer"]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("EU mediator Ingrid Sandvik declined to comment.", "Ingrid Sandvik", "EU mediator"),
        ("Post columnist Cindy Marr wrote on Sunday.", "Cindy Marr", "Post columnist"),
    ],
)
def test_a_role_written_before_a_name_is_its_role(text: str, name: str, role: str) -> None:
    extraction = extract_offline(_article(f"Talks\n\n{text}\n"))
    assert _actor(extraction, name).roles == [role]


def test_two_firms_joined_by_and_are_two_names() -> None:
    """'Halvorsen Group and Brightline Logistics': a firm's name ends at its company word;
    'Fire and Rescue' or 'Arts and Sciences' go on."""
    text = "Deal\n\nHalvorsen Group and Brightline Logistics said on Monday they would merge.\n"
    names = {a.name for a in extract_offline(_article(text)).actors}
    assert {"Halvorsen Group", "Brightline Logistics"} <= names


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("(Besides Lahav, the complaint named Adi Barshishat as a spy.)\n", "Besides Lahav"),
        ("Throughout December 2017, Assange and his lawyers planned an exit.\n", "Throughout"),
        ("Scientists think that warming in excess of 2°C could unleash worse feedbacks.\n", "C"),
        ("The envoy to Pakistan Abdul Salam Zaeef said the Taliban would yield.\n", "Pakistan"),
    ],
)
def test_a_preposition_opening_a_sentence_or_a_letter_is_no_actor(text: str, wrong: str) -> None:
    """'Besides Lahav', 'Throughout December': the sentence's capital on a preposition; 'C'
    of '2°C': a unit. None of them names an actor."""
    actors = extract_offline(Article(id=1, path="a.txt", text=f"Story\n\n{text}")).actors
    assert not [a.name for a in actors if a.name == wrong or a.name.startswith(f"{wrong} ")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Center for Biological Diversity sued Monday.\n", "Center for Biological Diversity"),
        ("The National Institutes of Health halted the trial.\n", "National Institutes of Health"),
        ("The Committee for the Protection of Journalists spoke.\n",
         "Committee for the Protection of Journalists"),
    ],
)  # fmt: skip
def test_a_bodys_whole_name(text: str, name: str) -> None:
    """'Center for …' is a body's name, and 'National Institutes' is no person whom 'of'
    does not continue: neither is cut to 'Biological Diversity' or 'National Institutes'."""
    actors = extract_offline(Article(id=1, path="a.txt", text=f"Story\n\n{text}")).actors
    assert [(a.name, a.kind) for a in actors if a.kind == "organization"] == [
        (name, "organization")
    ]


def test_a_centre_someone_checks_into_is_no_actor() -> None:
    text = "Rehab\n\nLohan checked into the Betty Ford Center on Monday.\n"
    actors = extract_offline(Article(id=1, path="a.txt", text=text)).actors
    assert "Betty Ford Center" not in {a.name for a in actors}


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "French team captain Guy Forget says the victory makes up for the defeat.\n",
            {"Guy Forget": "person"},
        ),
        (
            "Senior forecaster with the Sydney Weather Bureau Ian Robertson, says the risk is "
            "high.\n",
            {"Sydney Weather Bureau": "organization", "Ian Robertson": "person"},
        ),
    ],
)
def test_a_person_after_a_role_or_a_body(text: str, kinds: dict[str, str]) -> None:
    """'team captain Guy Forget' is a person though both words are ordinary ones; 'the
    Sydney Weather Bureau Ian Robertson' (no comma) is a body, then a person."""
    actors = extract_offline(Article(id=1, path="a.txt", text=f"Story\n\n{text}")).actors
    assert {a.name: a.kind for a in actors if not a.unnamed} == kinds


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The car maker is extending the reach of Norvale Motors Acceptance Corp, its lender.",
            "Norvale Motors",
        ),
        ("Its parent, Norvale Motors Group, agreed.", "Norvale Motors Group"),
        ("The Reserve Bank of Norvale agreed.", "Norvale Motors"),
    ],
)
def test_a_body_whose_name_opens_a_longer_one_is_not_always_it(sentence: str, speaker: str) -> None:
    """'General Motors Acceptance Corp' is a part of General Motors, another body: General
    Motors' words are not filed under it; 'General Motors Group' is General Motors."""
    text = (
        f"Profits warning\n\nNorvale Motors has warned that its earnings will fall. {sentence} "
        "Norvale Motors said it would cut costs.\n"
    )
    positions = extract_offline(Article(id=1, path="a.txt", text=text)).positions
    assert {p.actor for p in positions} == {speaker}


def test_a_town_name_typed_a_body_and_never_used_as_a_place_is_the_body() -> None:
    """'Japanese car giant Toyota' (a gazetteer's town too), then 'Toyota's prototypes' and 'at
    the Toyota stand': the firm, never a place; so 'the company says' is not filed under the
    only other body, a university's research group."""
    text = (
        "Robot pods\n\nA new breed of robotic vehicles is being developed by Japanese car giant "
        "Toyota. The prototypes will be shown at the Toyota stand in March. Dr Ivo Marr of the "
        'Transport Studies Group said: "They are concept vehicles." Toyota\'s prototypes are '
        "geared to mass transport. While Toyota's prototypes are big, the company says that the "
        "vehicles will help the elderly.\n"
    )
    extraction = extract_offline(Article(id=1, path="a.txt", text=text))
    assert ("Toyota", "organization") in {(a.name, a.kind) for a in extraction.actors}
    assert "Transport Studies Group" not in {p.actor for p in extraction.positions}


def _named_actors(text: str) -> list[str]:
    """The names of the actors the offline engine reads in a made-up article, described ones
    left out."""
    actors = extract_offline(Article(id=1, path="a.txt", text=text)).actors
    return [a.name for a in actors if not a.unnamed]


@pytest.mark.parametrize(
    "sentence",
    [
        'But "Mrs Hale" actress Ana Pike said the prize should have gone to another show.',
        'Comedy "The Marvelous Mrs Hale" took the prize, Ana Pike said.',
        'A new malware, dubbed "Agent Hale," has infected phones, Ana Pike said.',
        'The trawler "Ivo Hale 5" was sunk, Ana Pike said.',
    ],
)
def test_a_name_in_a_quoted_title_is_no_one(sentence: str) -> None:
    """A quotation that holds a name and nothing but capitalised words is a title, a
    nickname or a ship: no one called Hale takes part."""
    actors = extract_offline(Article(id=1, path="a.txt", text=f"Awards\n\n{sentence}\n")).actors
    assert [a.name for a in actors if a.kind == "person"] == ["Ana Pike"]


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        (
            "Thousands of academic staff are treated as second-class citizens, Ana Pike said.",
            ["Ana Pike"],
        ),
        (
            "Ana Pike, the Labour MP for Brenn Central, who backs the report, said it was bad.",
            ["Ana Pike"],
        ),
    ],
)
def test_a_count_or_a_roles_constituency_is_no_actor(sentence: str, people: list[str]) -> None:
    """'Thousands of …' is a count, not a team; ', who' after 'the MP for Brenn Central'
    tells of the MP, not of Brenn Central."""
    assert _named_actors(f"Report\n\n{sentence}\n") == people


def test_an_and_before_a_plural_owner_joins_one_bodys_name() -> None:
    text = (
        "Report\n\nA spokesperson for the Universities and Colleges Employers\u2019 Association "
        "said its members agreed.\n"
    )
    assert _named_actors(text) == ["Universities and Colleges Employers\u2019 Association"]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("An improvised explosive device (IED) killed two soldiers. The IED went off at noon.", []),
        (
            "The telescope saw a fast radio burst (FRB). The FRB repeated, Ana Pike said.",
            ["Ana Pike"],
        ),
        (
            "The World Health Organization (WHO) said the outbreak was over.",
            ["World Health Organization"],
        ),
    ],
)
def test_initials_spelled_out_in_lower_case_words_are_a_thing(text: str, actors: list[str]) -> None:
    """'an improvised explosive device (IED)': what the initials stand for is no agent, though
    it 'killed' and 'went off'; a body's capitalised name in full still is one."""
    assert _named_actors(f"News\n\n{text}\n") == actors


def test_an_update_line_names_no_one() -> None:
    """'Update July 3rd, 8:05AM ET: Added ARKit explanation': a date, and a verb opening the
    clause after the colon, are no one's name."""
    text = (
        "FaceTime fix\n\nThe feature arrives next week, Ana Pike said.\n\n"
        "Update July 3rd, 8:05AM ET: Added ARKit explanation and tweet.\n"
    )
    assert _named_actors(text) == ["Ana Pike"]


@pytest.mark.parametrize("noun", ["Englishman", "Briton", "Frenchwoman", "Dutchman"])
def test_a_nationality_before_a_name_is_a_role(noun: str) -> None:
    """'Englishman Robert Buckley' is Robert Buckley, described by his nationality."""
    text = f"Climb\n\nThe climb began on Monday.\n\n{noun} Robert Buckley died on the mountain.\n"
    (actor,) = extract_offline(Article(id=1, path="a.txt", text=text)).actors
    assert (actor.name, actor.roles) == ("Robert Buckley", [noun])


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("Ana Pike received the Ivo Tamm Award for Health and Human Rights in 1998.", ["Ana Pike"]),
        ('"Ellen is the ideal host," said Ana Pike, Academy President.', ["Ana Pike"]),
        ('"We found no one," the Coast Guard said on Monday.', ["Coast Guard"]),
        (
            "Ana Pike was at a meeting of the National Sheriffs' Assn. in May.",
            ["Ana Pike", "National Sheriffs' Assn"],
        ),
    ],
)
def test_prizes_offices_and_abbreviated_bodies_are_read_whole(
    sentence: str, named: list[str]
) -> None:
    """A prize's 'for … and …' is one prize, not a body called 'Human Rights'; 'Academy
    President' is an office, no academy, but 'the Coast Guard' is a body, no guard's office;
    'Assn.' ends a body's name."""
    assert _named_actors(f"News\n\n{sentence}\n") == named


def test_a_spokesman_for_a_person_named_before_speaks_for_that_person_not_a_body() -> None:
    text = (
        "Flood\n\nMayor Ana Pike spoke on Monday. A spokesman for Pike said the town would be "
        "rebuilt. A spokesman for Gazprom said the gas would flow.\n"
    )
    actors = extract_offline(Article(id=1, path="a.txt", text=text)).actors
    assert [(a.name, a.kind) for a in actors if not a.unnamed] == [
        ("Ana Pike", "person"),
        ("Gazprom", "organization"),
    ]


def test_a_name_in_apposition_right_before_a_speech_verb_speaks() -> None:
    """'The dam's operator, Karsa Hydro, said …': a name no list types, between commas after
    what it is and before 'said', acts in the story."""
    text = (
        "Flood\n\nThe dam's operator, Karsa Hydro, said in a statement that it found no faults.\n"
    )
    assert _named_actors(text) == ["Karsa Hydro"]


def test_a_role_owned_by_a_name_of_two_words_keeps_the_whole_name() -> None:
    text = "Flood\n\nKarsa Hydro's chief executive, Lena Ivic, said the firm would cooperate.\n"
    (ivic,) = [
        a
        for a in extract_offline(Article(id=1, path="a.txt", text=text)).actors
        if a.kind == "person"
    ]
    assert ivic.roles == ["Karsa Hydro's chief executive"]


def test_a_name_after_an_age_is_a_person_whatever_its_words_mean() -> None:
    """'59-year-old Raj Chohan': 'raj' is an English word too, but an age says who."""
    text = (
        "Crash\n\nAccording to a police release, 59-year-old Raj Chohan was walking on Friday "
        "when a car struck Chohan.\n"
    )
    actors = extract_offline(Article(id=1, path="a.txt", text=text)).actors
    assert [(a.name, a.kind) for a in actors if not a.unnamed] == [("Raj Chohan", "person")]


def test_a_name_after_an_irregular_past_verb_is_its_object_not_an_adjectives_noun() -> None:
    """'struck Raj Chohan': 'raj' is an English word, and 'struck' is a verb, not an
    adjective like 'the overall Peace Deal'; her pronouns then are hers, not the driver's."""
    text = (
        "Crash\n\nSandhu allegedly struck Raj Lohani as she crossed Elm Street.\n"
        "She was taken to Mercy Hospital, Vikram Sandhu's lawyer said.\n"
    )
    extraction = extract_offline(Article(id=1, path="a.txt", text=text))
    lohani = _actor(extraction, "Raj Lohani")
    assert lohani.kind == "person"
    assert [e.quote for e in lohani.evidence] == ["Raj Lohani", "she", "She"]


def test_the_woman_the_lead_describes_is_the_one_woman_it_then_names() -> None:
    """A story opens on its protagonist unnamed ('A woman died …') and names her next: 'the
    woman' is not a second actor beside Raj Lohani."""
    text = (
        "Woman killed in Elm Street crash\n\nA woman died on Friday after a car hit her on Elm "
        "Street.\nRaj Lohani, 59, was walking home, police said.\nLohani was struck as she "
        "crossed the road.\n"
    )
    extraction = extract_offline(Article(id=1, path="a.txt", text=text))
    assert "the woman" not in [a.name for a in extraction.actors]
    assert {"Woman", "A woman"} <= {e.quote for e in _actor(extraction, "Raj Lohani").evidence}


@pytest.mark.parametrize(
    "text",
    [
        # the one man named is the official who tells of the one described
        "Man dies in fall\n\nA man died on Saturday after falling 600 metres near the hut.\n"
        "The climbers were from overseas, Inspector Dave Holt said.\n",
        # the man described is 42; the one named is 19
        "Tram crash\n\nThe driver, a 42-year-old man, was released on bail, as Dane Pickering, "
        "a 19-year-old fan, was named among the dead.\nPickering was on his way to work.\n",
        # a second man named: either may be the one
        "Man charged\n\nA man was charged on Monday with the theft.\nOmar Reyes, 30, and Ian "
        "Bale, 41, were held, police said.\nReyes said he was innocent.\n",
    ],
)
def test_a_described_man_stays_unnamed_where_the_name_may_be_another(text: str) -> None:
    extraction = extract_offline(Article(id=1, path="a.txt", text=text))
    assert "the man" in [a.name for a in extraction.actors]


def test_a_person_noun_opening_a_name_in_a_headline_is_no_one() -> None:
    """'Bees handed potential Man Utd tie': a club's name, not a man the lead goes on to name."""
    text = "Bees handed potential Man Utd tie\n\nTom Walsh scored twice on Saturday.\n"
    extraction = extract_offline(Article(id=1, path="a.txt", text=text))
    assert [e.quote for e in _actor(extraction, "Tom Walsh").evidence] == ["Tom Walsh"]
    assert "the man" not in [a.name for a in extraction.actors]


@pytest.mark.parametrize(
    ("sentence", "described"),
    [
        ("A climber who watched his brother fall on Mount Tarn was rescued.", "the brother"),
        ("Neighbours saw a woman run from the house on Elm Street.", "the woman"),
    ],
)
def test_whom_a_verb_of_perceiving_takes_is_someone(sentence: str, described: str) -> None:
    """'watched his brother fall': 'fall' is what the brother did, not a noun 'brother'
    qualifies as in 'police officer'."""
    extraction = extract_offline(Article(id=1, path="a.txt", text=f"Rescue\n\n{sentence}\n"))
    assert described in [a.name for a in extraction.actors if a.unnamed]


def test_a_group_word_a_verb_of_perceiving_takes_may_qualify_a_noun() -> None:
    text = "Rescue\n\nWitnesses reported seeing a military helicopter over the lake.\n"
    extraction = extract_offline(Article(id=1, path="a.txt", text=text))
    assert "military" not in [a.name for a in extraction.actors]


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("Thieves stole three paintings from the Halden gallery on Sunday.", "Thieves"),
        ("Critics panned the new format, and voters rejected it on Sunday.", "Critics"),
        ("On Sunday, hackers broke into the Norvik network.", "hackers"),
    ],
)
def test_people_described_by_what_they_do_are_actors(sentence: str, group: str) -> None:
    """'thieves' is the plural of 'thief' (not of 'thieve'); critics, voters and hackers act."""
    extraction = extract_offline(Article(id=1, path="a.txt", text=f"News\n\n{sentence}\n"))
    groups = {e.quote for a in extraction.actors if a.unnamed for e in a.evidence}
    assert group in groups


def test_a_source_or_a_rival_is_mostly_a_thing() -> None:
    """'the ignition source', 'its rival format': words that name people only now and then
    are no description of someone."""
    text = (
        "Fire\n\nFinding the ignition source is key, and the Blu-ray format is winning more "
        "supporters than its rival.\n"
    )
    extraction = extract_offline(Article(id=1, path="a.txt", text=text))
    assert not {"the source", "the rival"} & {a.name for a in extraction.actors}


@pytest.mark.parametrize(("relative", "speaker"), [("grandmother", "cousin"), ("aunt", "nephew")])
def test_a_relative_is_a_person(relative: str, speaker: str) -> None:
    """'Raj Lohani, a 61-year-old grandmother,' is someone; 'the victim's cousin' is an
    unnamed person of the story, as 'the victim's mother' is."""
    text = (
        f"Crash\n\nRaj Lohani, a 61-year-old {relative}, was hurt on Elm Street.\n"
        f'"He was a good boy," the victim\'s {speaker} said.\n'
    )
    extraction = extract_offline(Article(id=1, path="a.txt", text=text))
    assert _actor(extraction, "Raj Lohani").kind == "person"
    assert f"the {speaker}" in [a.name for a in extraction.actors if a.unnamed]


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        (
            "A hungry, wet and barefoot Arcade Joseph Comeaux Jr. was caught in Houston.",
            "Arcade Joseph Comeaux Jr.",
        ),
        (
            "The title shot came when unbeaten Russian Alexander Povetkin hurt his ankle.",
            "Alexander Povetkin",
        ),
    ],
)
def test_a_name_after_describing_words_is_still_a_persons(sentence: str, person: str) -> None:
    """After adjectives, a name whose first word is also an English word ('arcade') is
    someone when a given name or a generation is in it; a nationality before it is no part
    of it."""
    actors = extract_offline(Article(id=1, path="a.txt", text=f"News\n\n{sentence}\n")).actors
    assert [a.name for a in actors if a.kind == "person"] == [person]


def test_an_outlet_that_only_reports_is_no_actor() -> None:
    """'TMZ reported', 'ESPN is reporting': a source of the story, no part in it; nor is 'Le
    Monde reported' a person called Monde with a particle, as 'Le Pen' is."""
    text = (
        "Rehab\n\nAna Pike checked into rehab late Thursday, TMZ reported. ESPN is reporting "
        "that the Brenn Lions offered Pike a contract. KTVX said the talks were over. The "
        "thieves set fire to the car, Le Monde reported.\n"
    )
    named = _named_actors(text)
    assert "Le Monde" not in named
    assert "TMZ" not in named
    assert "ESPN" not in named
    assert "KTVX" in named  # saying, not reporting: as before


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "The Lawyers' Christian Fellowship warned MPs on Monday.",
            "Lawyers' Christian Fellowship",
        ),
        ("The Greek Commerce Confederation called a strike.", "Greek Commerce Confederation"),
        ("The Leeds Chamber of Commerce backed the plan.", "Leeds Chamber of Commerce"),
    ],
)
def test_fellowships_confederations_and_chambers_are_bodies(sentence: str, body: str) -> None:
    """A plural's apostrophe and words before a body's word stay in its name; 'Christian'
    is then no given name of a person called 'Fellowship'."""
    kinds = {a.name: a.kind for a in _report(sentence).actors if not a.unnamed}
    assert kinds == {body: "organization"}


def test_a_knight_called_by_title_and_given_name_is_the_one_person() -> None:
    """British usage: 'Sir Bernard' after 'Sir Bernard Ingham', 'Dame Judi' after 'Dame Judi
    Dench': the given name, not a second person called Bernard."""
    text = (
        "Show\n\nSir Bernard Ingham took a less charitable view of the show on Monday. To give "
        "Sir Bernard his dues, the opening episode was dull, he said. Dame Judi Dench said the "
        "play was ready. Dame Judi added that it would run.\n"
    )
    assert _named_actors(text) == ["Bernard Ingham", "Judi Dench"]


def test_a_knights_given_name_is_his_own_not_a_variant_of_it() -> None:
    """'Sir John' after 'Sir John Bourn' and 'Ivan Lewis': John, exactly (nickname lists hold
    Ivan for John; a knight is called by his own name)."""
    text = (
        "Audit\n\nAuditor General Sir John Bourn said the target was met. Minister Ivan Lewis "
        'agreed. Sir John said "substantial progress" had been made.\n'
    )
    assert _named_actors(text) == ["John Bourn", "Ivan Lewis"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Russian Nikolay Davydenko beat the champion on Monday.", "Nikolay Davydenko"),
        ("New Zealander Peter Jackson directed the film.", "Peter Jackson"),
        ("The crowd cheered Democrat John Kerry, who ran a strong campaign.", "John Kerry"),
        ("The group, including Tories Ken Clarke, backed the plan.", "Ken Clarke"),
        ("Lib Dem Vincent Cable backed the plan.", "Vincent Cable"),
        ("Liberal Democrat David Laws backed the plan.", "David Laws"),
        (
            "The leaders of the ring were Americans Jon Sankey - known as Fire - and more.",
            "Jon Sankey",
        ),
        ("Seeded players such as Americans Andy Rodman went through.", "Andy Rodman"),
    ],
)
def test_a_nationality_or_party_before_a_name_is_no_part_of_it(sentence: str, name: str) -> None:
    """The nationality may take two words ('New Zealander') or the plural ('Americans'), the
    given name be one of the world's ('Nikolay'), and a party's member noun stands there as a
    nationality does."""
    assert _named_actors(f"Report\n\n{sentence}\n") == [name]


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ('Liam Fox said his party offered a "clear choice" on the issue.', "Liam Fox"),
        ('Mexican President Vicente Fox called the wall "shameful".', "Vicente Fox"),
    ],
)
def test_a_person_whose_surname_names_an_outlet_is_a_person(sentence: str, person: str) -> None:
    """'Fox' names a network too; after a given name it is a surname ('Fox News' stays one)."""
    extraction = _report(sentence + ' Fox News said the poll was "fair".')
    assert {p.actor for p in extraction.positions} == {person}


@pytest.mark.parametrize(
    ("sentence", "actors"),
    [
        ("Mr Tomas Reyes said the General Election would be held in May.", ["Tomas Reyes"]),
        ("General Ivo Patton said the attack would go ahead.", ["Ivo Patton"]),
    ],
)
def test_general_before_a_common_word_is_an_adjective_not_a_rank(
    sentence: str, actors: list[str]
) -> None:
    """'the General Election' is no person called Election; 'General Ivo Patton' keeps his rank."""
    assert _named_actors(f"Report\n\n{sentence}\n") == actors


@pytest.mark.parametrize("member", ["MSP", "MLA"])
def test_a_devolved_parliaments_member_title_is_no_part_of_the_name(member: str) -> None:
    """'Labour MSP Karen Whitefield' as 'Labour MP …' and 'Green MEP …' already were."""
    sentence = f'Labour {member} Karen Whitefield said the bill was "fair".'
    assert _named_actors(f"Report\n\n{sentence}\n") == ["Karen Whitefield"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Now Mr Blair is trying to put the focus on policy.",
        "Ahead of Mr Blair's launch, the party set out its plans.",
        "Prior to Mr Blair's visit, the party set out its plans.",
    ],
)
def test_an_adverb_opening_the_sentence_is_no_part_of_a_title(sentence: str) -> None:
    """'Now Mr Blair is trying …', 'Ahead of Mr Kennedy's launch': Mr Blair, with no role
    'Now Mr' or 'Ahead of Mr'."""
    text = f"Feud\n\nTony Blair spoke on Monday. {sentence}\n"
    actors = extract_offline(Article(id=1, path="a.txt", text=text)).actors
    assert [(a.name, a.roles) for a in actors if not a.unnamed] == [("Tony Blair", [])]


@pytest.mark.parametrize(
    ("sentence", "bodies"),
    [
        (
            "The case was challenged by Deutsche Bank and Gazpromneft on Monday.",
            {"Deutsche Bank"},
        ),
        (
            "The Palmer Fire Department and Mat-Su Central Fire Department fought the blaze.",
            {"Palmer Fire Department", "Mat-Su Central Fire Department"},
        ),
        (
            "The Department of Health and Human Services issued the rule.",
            {"Department of Health and Human Services"},
        ),
        (  # ordinary words before 'and', as in 'Fish and Wildlife Service', but a whole name
            "The Electoral Commission and National Union of Students backed the drive.",
            {"Electoral Commission", "National Union of Students"},
        ),
        ("Rank Group and Stanley Leisure said they would bid.", {"Rank Group", "Stanley Leisure"}),
        (
            "Rates rose, and Investors Bank and Trust said they would fall.",
            {"Investors Bank and Trust"},
        ),
    ],
)
def test_a_bodys_whole_name_then_and_names_another(sentence: str, bodies: set[str]) -> None:
    """A name ending in its body's word ('Deutsche Bank') is whole: 'and' after it joins a
    second body; inside a name ('Department of Health and Human Services') it does not."""
    named = {a.name for a in _report(sentence).actors if not a.unnamed}
    assert bodies <= named
    assert not any(" and " in n for n in named - bodies)


def test_a_firm_named_for_its_trade_is_a_body_not_a_person() -> None:
    """'Stanley Leisure' (a given name, then its trade) and a trade association whose name
    holds 'and' between two trades."""
    text = (
        "Casinos\n\nStanley Leisure said profits rose. The Entertainment and Leisure Software "
        "Publishers Association said sales fell.\n"
    )
    actors = extract_offline(Article(id=1, path="a.txt", text=text)).actors
    assert {(a.name, a.kind) for a in actors if not a.unnamed} == {
        ("Stanley Leisure", "organization"),
        ("Entertainment and Leisure Software Publishers Association", "organization"),
    }


def test_the_last_of_a_ministers_fields_is_no_part_of_the_name() -> None:
    """'Minister for Children, Young People and Families Margaret Hodge'; an apposition after
    a comma and a title inside the words after 'for' keep their names whole."""
    text = (
        "Care\n\nMinister for Children, Young People and Families Margaret Hodge said the "
        "plans would help. Spain's director general for Europe, Jose Maria Pons, said talks "
        "would go on. A spokesman for European Justice and Home Affairs Commissioner Franco "
        "Frattini said the plans would be studied.\n"
    )
    actors = extract_offline(Article(id=1, path="a.txt", text=text)).actors
    named = {a.name: a.roles for a in actors if not a.unnamed and a.kind == "person"}
    assert set(named) == {"Margaret Hodge", "Jose Maria Pons", "Franco Frattini"}
    assert named["Franco Frattini"] == ["Home Affairs Commissioner"]


def test_an_adverb_opening_a_quotation_is_no_part_of_a_name() -> None:
    """'"Now Defra have …"' after a colon or another quoted sentence: the speaker's clause
    opens with 'Now', as a sentence would; a quoted title keeps its first word."""
    text = (
        'Hunt\n\nMr Opik said: "Hunting is not defined in the Act. "Now Defra have invented a '
        'new category." The League said: "Meanwhile Labour has done nothing." She starred in '
        'the film that made her name, "Bathing Beauty," which was released in 1944.\n'
    )
    extraction = extract_offline(Article(id=1, path="a.txt", text=text))
    names = {a.name for a in extraction.actors + extraction.also_named}
    assert not any(n.startswith(("Now", "Meanwhile")) for n in names)
    assert "Beauty" not in names


def test_a_ministers_field_after_for_is_no_part_of_the_name() -> None:
    """'Minister for Work Jane Kennedy', 'Minister for Europe Denis MacShane'."""
    text = (
        "Jobs\n\nMinister for Work Jane Kennedy attacked the plans. Minister for Europe Denis "
        'MacShane said the treaty was "dead".\n'
    )
    assert _named_actors(text) == ["Jane Kennedy", "Denis MacShane"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Defenseman Jonas Brodin had scored earlier.", "Jonas Brodin"),
        ("NFL Insider Jason La Canfora reported the deal.", "Jason La Canfora"),
        ("Cornerback Vontae Davis was carted off.", "Vontae Davis"),
        ("Public Ombudsman Nadia Cruz said the rights of detainees were violated.", "Nadia Cruz"),
    ],
)
def test_a_players_position_or_a_post_before_a_name_is_a_role_not_the_name(
    sentence: str, name: str
) -> None:
    """'Defenseman Jonas Brodin', 'NFL Insider Jason La Canfora': a position on a team or a
    post opens the sentence in capitals, and the person is named without it."""
    text = f"Report\n\nThe game went on. {sentence}\n"
    extraction = extract_offline(Article(id=1, path="made-up.txt", text=text))
    assert name in [a.name for a in extraction.actors if a.kind == "person"]


def test_a_nationality_before_a_surname_named_in_full_is_that_person() -> None:
    """'Lindsay Davenport beat …' ⏎ 'American Davenport, the top seed, …': one woman, not a
    second person called 'American Davenport'; 'American Express' (no one's surname) stays."""
    text = (
        "Tennis\n\nLindsay Davenport reached the last eight. American Davenport, the top seed, "
        "won 6-2 6-3. American Express sponsored the event.\n"
    )
    extraction = extract_offline(Article(id=1, path="made-up.txt", text=text))
    names = [a.name for a in extraction.actors if not a.unnamed]
    assert "Lindsay Davenport" in names
    assert "American Davenport" not in names


def test_an_ordinary_word_opening_a_sentence_before_a_surname_is_no_given_name() -> None:
    """'Andy Roddick lost the first set.' ⏎ 'Again Roddick broke serve': one man, not a
    second one called 'Again Roddick'; an initial ('J Robinson' beside Andy Robinson) is not
    read so, it may be another Robinson."""
    text = (
        "Tennis\n\nAndy Roddick lost the first set. Again Roddick broke serve early. Andy "
        "Robinson watched. J Robinson played on the wing.\n"
    )
    extraction = extract_offline(Article(id=1, path="made-up.txt", text=text))
    names = [a.name for a in extraction.actors if not a.unnamed]
    assert "Again Roddick" not in names
    assert "Andy Roddick" in names
    assert "J Robinson" in names


def test_two_firms_joined_by_and_are_two_unless_all_their_words_are_ordinary() -> None:
    """'Ceres Robotics and Tyvak Nano-Satellite Systems': a name no dictionary knows after
    'and' starts a second firm; 'the Fish and Wildlife Service' is one body."""
    text = (
        "Moon\n\nNASA picked Ceres Robotics and Tyvak Nano-Satellite Systems for the work. "
        "The Fish and Wildlife Service said it had no objection.\n"
    )
    extraction = extract_offline(Article(id=1, path="made-up.txt", text=text))
    names = {a.name for a in extraction.actors if not a.unnamed}
    assert "Ceres Robotics and Tyvak Nano-Satellite Systems" not in names
    assert "Fish and Wildlife Service" in names


@pytest.mark.parametrize("footer", ["Email Tariq Malik at tm@example.com", "Follow Tariq Malik"])
def test_a_pages_call_to_contact_someone_is_not_part_of_their_name(footer: str) -> None:
    """'Email Tariq Malik at …', 'Follow Tariq Malik': an imperative opening a page's footer,
    then the name; the person is Tariq Malik."""
    text = f"Moon\n\nNASA picked five companies.\n{footer}.\n"
    extraction = extract_offline(Article(id=1, path="made-up.txt", text=text))
    assert "Tariq Malik" in [a.name for a in extraction.actors]


def test_an_opening_participle_and_an_adverb_are_no_role_and_no_one() -> None:
    """'Moving forward, Swift has a new deal': no role 'Moving forward' for Swift and no one
    called 'the forward' ('the forward' after a determiner is a player); 'According to Swift,
    her former label Big Machine, …' describes the label, not her; 'his former teammate at
    Ames High School' stays a role."""
    text = (
        "Music\n\nTaylor Swift is angry. Moving forward, Swift has a new record deal. "
        "According to Swift, her former label Big Machine, which owns her masters, is blocking "
        "her. Witnesses came forward. Ivo Kane, his former teammate at Ames High School, was "
        "there.\n"
    )
    extraction = extract_offline(Article(id=1, path="made-up.txt", text=text))
    roles = {a.name: a.roles for a in extraction.actors}
    assert roles["Taylor Swift"] == []
    assert "the forward" not in roles
    assert roles["Ivo Kane"] == ["former teammate at Ames High School"]


@pytest.mark.parametrize(
    ("sentence", "roles"),
    [
        (
            "A row involving Lena Varga, her former record label and a couple of big name US "
            "politicians looks like it is coming to an end.",
            [],
        ),
        ("Ivo Kane, his wife and a couple of old school friends from Ames arrived.", []),
        ("Ivo Kane, his former lawyer and fixer, said it was over.", ["former lawyer and fixer"]),
    ],
)
def test_a_possessive_phrase_that_a_list_goes_on_from_is_no_role(
    sentence: str, roles: list[str]
) -> None:
    """'Swift, her former record label and a couple of politicians': a list of three, so
    'former record label' is not Swift's role; 'his former lawyer and fixer' is one."""
    extraction = extract_offline(Article(id=1, path="made-up.txt", text=f"Row\n\n{sentence}\n"))
    assert [a.roles for a in extraction.actors if a.kind == "person"] == [roles]


def test_a_persons_noun_used_as_a_verb_a_place_or_a_title_is_no_one() -> None:
    """'firefighters tackle the blaze … to tackle it', 'shot in the head', 'appeared in court',
    'the attorney general', 'at the box office', 'found a host of other equipment': no one
    called 'the tackle', 'the head', 'court', 'the general', 'office' or 'the host'; 'The coach
    said' stays someone."""
    text = (
        "Fire\n\nMore than 50 firefighters were sent to tackle the blaze. A man was shot in the "
        "head and later appeared in court. The state attorney general took office in May. The "
        "film did well at the box office. Crews found a host of other equipment. The coach "
        "said the team would recover.\n"
    )
    extraction = extract_offline(Article(id=1, path="made-up.txt", text=text))
    described = {a.name for a in extraction.actors if a.unnamed}
    assert not described & {"the tackle", "the head", "court", "the general", "office", "the host"}
    assert "the coach" in described


def test_a_phrase_naming_someone_else_is_no_role_of_the_name_after_it() -> None:
    """'… media figures such as Katie Couric, George Stephanopoulos, and …': a list, not a role
    of Stephanopoulos; 'the former manager of Johnny Cash, Saul Holiff' and 'James Hardie
    chairwoman, Meredith Hellicar' stay roles."""
    text = (
        "Media\n\nWe will see more associates \u2014 from politicians such as Bill Clinton and "
        "President Trump to media figures such as Katie Couric, George Stephanopoulos, and "
        "Chelsea Handler \u2014 questioned. The former manager of Johnny Cash, Saul Holiff, has "
        "died. "
        "James Hardie chairwoman, Meredith Hellicar, spoke.\n"
    )
    extraction = extract_offline(Article(id=1, path="made-up.txt", text=text))
    roles = {a.name: a.roles for a in extraction.actors}
    assert roles.get("George Stephanopoulos", []) == []
    assert roles["Saul Holiff"] == ["former manager of Johnny Cash"]
    assert roles["Meredith Hellicar"] == ["James Hardie chairwoman"]


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("But Tory leader Michael Howard disagreed.", "Michael Howard", "Tory leader"),
        ("Like Instagram head Adam Mosseri, he spoke.", "Adam Mosseri", "Instagram head"),
        ("No Doubt singer Gwen Stefani won.", "Gwen Stefani", "No Doubt singer"),
    ],
)
def test_a_word_opening_the_sentence_is_no_part_of_a_role(
    sentence: str, name: str, role: str
) -> None:
    """'But Tory leader Michael Howard': 'But' opens the sentence, the role is 'Tory leader';
    a band's name that opens it stays whole ('No Doubt singer')."""
    text = f"Politics\n\nThe debate went on. {sentence}\n"
    extraction = extract_offline(Article(id=1, path="made-up.txt", text=text))
    assert {a.name: a.roles for a in extraction.actors}[name] == [role]


def test_a_role_cut_at_its_length_closes_no_bracket_and_ends_on_no_clause_word() -> None:
    """'head of group marketing at Transport for London (TfL)' cut at its length shows no open
    bracket, nor a quotation ('author of the 2005 book "The Big Show' cut at a comma inside
    the title); 'deputy chairman of Highland Gold - a mining firm that …' ends before the
    dash; 'a 38-year-old accountant' keeps its hyphens; 'the Blazers, his first head coaching
    job,' names a post he held, no role of the team; a role cut at its length ends before
    the place it goes on to ('at Fifth and Quebec', 'in New York')."""
    text = (
        "Posters\n\nNigel Marson, head of group marketing at Transport for London (TfL), said "
        "yes. Ivan Kulakov, deputy chairman of Highland Gold - a mining firm that has lost "
        "money - disagreed. Ivo Kane, a 38-year-old accountant, watched. It is tricky, said "
        'Ana Mori, author of the 2005 book "The Long Show: High Times Backstage," today. Lena '
        'Ruiz, a businesswoman and TV personality on ABC\'s "Shark Pool," agreed. Ivo Kane '
        "was fired from the Kestrel Blazers, his first head coaching job, in 2031. The Kestrel "
        "Blazers said so. Ivo Tarn, head of house production for Varga Films at Fifth and "
        "Quebec, said no. Rui Sato, head of currency strategy at Bank of Kestria in New York, "
        "said yes.\n"
    )
    extraction = extract_offline(Article(id=1, path="made-up.txt", text=text))
    roles = {a.name: a.roles for a in extraction.actors}
    assert roles["Ana Mori"] == ["author of the 2005 book"]  # no quotation left open
    assert roles["Kestrel Blazers"] == []
    assert roles["Ivo Tarn"] == ["head of house production for Varga Films"]  # not 'at Fifth'
    assert roles["Rui Sato"] == ["head of currency strategy at Bank of Kestria"]
    assert roles["Lena Ruiz"] == ["a businesswoman and TV personality"]
    assert roles["Nigel Marson"] == ["head of group marketing at Transport for London"]
    assert roles["Ivan Kulakov"] == ["deputy chairman of Highland Gold"]
    assert roles["Ivo Kane"] == ["a 38-year-old accountant"]


def test_a_country_between_a_body_and_a_role_is_the_roles_portfolio() -> None:
    """'former White House Russia adviser Fiona Hill', 'the White House National Security
    Council Ukraine expert': no body called 'White House Russia'; the country belongs to the
    role."""
    text = (
        'Probe\n\n"He was in charge," said former White House Russia adviser Fiona Hill. '
        "Alexander Vindman is the White House National Security Council Ukraine expert.\n"
    )
    extraction = extract_offline(Article(id=1, path="made-up.txt", text=text))
    roles = {a.name: a.roles for a in extraction.actors}
    assert "White House Russia" not in roles
    assert "White House National Security Council Ukraine" not in roles
    assert roles["Fiona Hill"] == ["former White House Russia adviser"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Miner Highland Gold said it regretted any limit on sales.", "Highland Gold"),
        ("Swiss drugmaker Novartis said it would merge a number of departments.", "Novartis"),
        (
            "Prices held up, according to housebuilder George Wimpey. Wimpey said the market "
            "had proved challenging last year.",
            "George Wimpey",
        ),
    ],
)
def test_a_kind_of_business_before_a_firm_and_a_firm_called_by_its_founders_surname(
    text: str, speaker: str
) -> None:
    """'Miner Highland Gold said' is Highland Gold's; 'housebuilder George Wimpey' is a firm,
    and 'Wimpey said' after it is that firm, not a person nor no one."""
    extraction = extract_offline(Article(id=1, path="made-up.txt", text=f"Market\n\n{text}\n"))
    assert [p.actor for p in extraction.positions] == [speaker]


def test_an_opening_phrase_whose_role_word_follows_its_of_is_no_role() -> None:
    """'On the suspension of Mr Houston, UKIP said …' gave UKIP the role 'suspension of Mr
    Houston': a role word only after the phrase's 'of' ('Mr') is another's; 'the chief
    executive of Acme, Ivo Kane,' stays his."""
    text = (
        "Party\n\nOn the suspension of Mr Houston, Varda Party said it knew nothing. The chief "
        "executive of Acme, Ivo Kane, said so too.\n"
    )
    extraction = extract_offline(Article(id=1, path="made-up.txt", text=text))
    roles = {a.name: a.roles for a in extraction.actors}
    assert roles["Varda Party"] == []
    assert roles["Ivo Kane"] == ["chief executive of Acme"]


@pytest.mark.parametrize("name", ["Man Utd", "Warner Bros", "Leeds Utd"])
def test_a_name_ending_in_a_bodys_abbreviation_is_a_body(name: str) -> None:
    """'Man Utd said …' was a person ('Man' is a given name in the name lists)."""
    text = f"Club\n\nThe bid failed. {name} said the deal was off.\n"
    extraction = extract_offline(Article(id=1, path="made-up.txt", text=text))
    assert [(a.name, a.kind) for a in extraction.actors if not a.unnamed] == [
        (name, "organization")
    ]


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Shadow home secretary David Davis said it was wrong.", "Shadow home secretary"),
        ("The plan, said Conservative Shadow chancellor Ivo Kane, was wrong.",
         "Conservative Shadow chancellor"),
    ],
)  # fmt: skip
def test_a_rank_opening_the_sentence_stays_part_of_the_role(sentence: str, role: str) -> None:
    """'Shadow home secretary David Davis' opening a sentence was 'home secretary': the
    rank, capitalised there, is part of the role (he is not the home secretary)."""
    extraction = extract_offline(Article(id=1, path="made-up.txt", text=f"Row\n\n{sentence}\n"))
    assert [a.roles for a in extraction.actors if a.kind == "person"] == [[role]]


def test_a_plural_description_before_a_list_of_names_is_no_role_of_the_first() -> None:
    """'Two other outside former directors, Bert Roberts and Francesco Galesi, remain
    defendants': the two are directors; neither's role is 'Two other … directors'."""
    text = (
        "Suit\n\nTwo other outside former directors, Ivo Marsh and Tom Berg, remain defendants "
        "in the lawsuit.\n"
    )
    roles = {a.name: a.roles for a in extract_offline(_article(text)).actors}
    assert roles["Ivo Marsh"] == []
    assert roles["Tom Berg"] == []


def test_a_company_between_former_and_a_role_is_no_person() -> None:
    """'Former WorldCom chief executive Bernard Ebbers': WorldCom is what he ran, not a
    person whose role is 'Former'."""
    text = (
        "Payout\n\nDirectors at Vexcom agreed to pay. Former Vexcom chief executive Ivo Marsh "
        "is to face trial this month.\n"
    )
    people = {a.name: a.roles for a in extract_offline(_article(text)).actors if a.kind == "person"}
    assert people == {"Ivo Marsh": ["Former Vexcom chief executive"]}


def test_a_description_keeps_the_place_that_qualifies_it_whole() -> None:
    """'told a New York court': the court is 'New York court', not 'York court' ('New' is a
    common word only on its own)."""
    text = "Trial\n\nIvo Marsh told a New York court he was innocent.\n"
    described = [a.name for a in extract_offline(_article(text)).actors if a.unnamed]
    assert described == ["New York court"]


def test_a_figure_written_onto_its_unit_stays_in_the_role() -> None:
    """'world 400m champion Jerome Young': his role is 'world 400m champion', not 'm
    champion' (the tokens '400' and 'm' are one word as written)."""
    text = "Athletics\n\nAnd world 400m champion Ivo Marsh landed a life ban.\n"
    roles = {a.name: a.roles for a in extract_offline(_article(text)).actors}
    assert roles["Ivo Marsh"] == ["world 400m champion"]


def test_a_description_then_and_others_in_the_plural_is_a_list_not_a_role() -> None:
    """'charges against … Tzekos, an eyewitness to the accident and hospital officials': three
    parties, so no role for Tzekos; 'the chairman and chief executive' stays one's role."""
    text = (
        "Charges\n\nCharges were laid against Ivo Marsh, an eyewitness to the crash and hospital "
        "officials. Tom Berg, the chairman and chief executive, spoke.\n"
    )
    roles = {a.name: a.roles for a in extract_offline(_article(text)).actors}
    assert roles["Ivo Marsh"] == []
    assert roles["Tom Berg"] == ["the chairman and chief executive"]


def test_a_person_described_as_a_maker_who_does_something_is_no_business() -> None:
    """'his sister Claire, a film-maker who hates the "cool" scene': a woman, not a firm (a
    'maker' that is a business is 'a maker of warehouse robots')."""
    text = 'Sitcom\n\nIt features his sister Claire, a film-maker who hates the "cool" scene.\n'
    extraction = extract_offline(_article(text))
    kinds = {a.name: a.kind for a in [*extraction.actors, *extraction.also_named]}
    assert kinds.get("Claire") != "organization"


def test_a_happening_before_a_closing_name_is_no_role() -> None:
    """'… in the coming general election, Charles Kennedy has said': 'general' is a rank only
    in a role; the election is when, not who he is."""
    text = (
        "Turnout\n\nVoters could confound predictions of a low turnout in the coming general "
        "election, Ivo Marsh has said.\n"
    )
    roles = {a.name: a.roles for a in extract_offline(_article(text)).actors}
    assert roles["Ivo Marsh"] == []


def test_a_number_word_opening_a_name_of_common_plurals_is_part_of_it() -> None:
    """'the Six Nations', 'the Three Gorges Corporation': the number is the name's (the rules
    had named 43 actors 'Nations'); 'Two Britons were killed' stays a count."""
    text = (
        "Rugby\n\nThe Six Nations starts on Saturday. The Three Gorges Corporation said it had "
        "built the dam. Two Britons were killed.\n"
    )
    names = {a.name for a in extract_offline(_article(text)).actors}
    assert {"Six Nations", "Three Gorges Corporation"} <= names
    assert not names & {"Nations", "Gorges Corporation", "Two Britons"}


def test_general_before_a_meeting_is_no_one_described() -> None:
    """'until the annual general meeting': no one called 'the general'; 'The general said'
    still describes someone."""
    text = (
        "Bid\n\nThe move would have to wait until the annual general meeting, it said. The "
        "general said the war was over.\n"
    )
    described = [
        [e.quote for e in a.evidence] for a in extract_offline(_article(text)).actors if a.unnamed
    ]
    assert described == [["The general"]]


def test_a_us_states_demonym_before_a_name_is_no_part_of_it() -> None:
    """'Californian Thomas Slattery filed the suit', 'Texan Michael Chicoine': where they come
    from, then their names (the names had kept the demonym)."""
    text = (
        "Suit\n\nCalifornian Ivo Marsh filed the suit in the district court. Texan Tom Berg "
        "agreed with him.\n"
    )
    names = {a.name for a in extract_offline(_article(text)).actors if not a.unnamed}
    assert {"Ivo Marsh", "Tom Berg"} <= names
    assert not any(n.startswith(("Californian", "Texan")) for n in names)


def test_an_award_known_by_one_word_is_no_actor() -> None:
    """'this year's Oscar nominees luncheon', 'won an Oscar': the statuette, no actor; 'Oscar
    Wilde' stays a person."""
    text = "Awards\n\nIvo Marsh won an Oscar in 1993. Oscar nominees met on Monday.\n"
    assert "Oscar" not in {a.name for a in extract_offline(_article(text)).actors}
    wilde = "Play\n\nOscar Wilde's play opened on Monday, and Oscar Wilde was praised.\n"
    assert "Oscar Wilde" in {a.name for a in extract_offline(_article(wilde)).actors}


def test_a_common_word_that_acts_again_and_again_is_a_name() -> None:
    """'Fiat had sold GM a stake …', 'Fiat will keep supplying …': a word the dictionary knows
    ('fiat'), written with its capital and acting three times, names a firm even if it never
    speaks; twice stays a capitalised word ('Street')."""
    acts = "But Fiat had sold Norvik a stake. Now Fiat will keep supplying engines. So Fiat won."
    assert "Fiat" in _named_actors(f"Cars\n\nThe deal is done. {acts}\n")
    twice = "But Fiat had sold Norvik a stake. Now Fiat will keep supplying engines."
    assert "Fiat" not in _named_actors(f"Cars\n\nThe deal is done. {twice}\n")


def test_all_after_the_opens_a_name() -> None:
    """'the All Blacks' is the team, not 'Blacks'; 'All Democrats voted' counts people."""
    text = (
        "Rugby\n\nWales lost to the All Blacks again. Later the All Blacks won in Cardiff. "
        "All Democrats voted against the bill.\n"
    )
    names = _named_actors(text)
    assert "All Blacks" in names
    assert not any(n in ("Blacks", "All Democrats") for n in names)


def test_letters_glued_to_a_number_are_a_code_not_a_name_or_a_verb() -> None:
    """'The first 7E7s will fly' names no 'E7s'; in 'sell 500 of its 777-200LR planes' the
    'planes' after the model is a noun, no happening 'plane'; three capitals keep their name
    ('the 3GSM World Congress': 'GSM World Congress')."""
    text = (
        "Jets\n\nThe first 7E7s will fly in April. Analysts expect Norvik to sell 500 of its "
        "777-200LR planes. Ivo Trent spoke at the 3GSM World Congress.\n"
    )
    extraction = extract_offline(_article(text))
    names = [a.name for a in [*extraction.actors, *extraction.also_named]]
    assert "E7s" not in names
    assert "GSM World Congress" in names
    assert not any(e.predicate == "plane" for e in extraction.events)


@pytest.mark.parametrize(
    ("sentence", "happens"),
    [
        ("Boeing is to supply Japan Airlines with 50 planes.", True),
        ("The Tories are to back the plan to introduce ID cards.", True),
        ("The aim is to cut costs by a fifth.", False),
        ("The priority for Finance Minister Ivo Trent is to fight poverty.", False),
        ("Investigators say arson is to blame for the fire.", False),
    ],
)
def test_what_a_subject_is_to_do_is_a_happening_due(sentence: str, happens: bool) -> None:
    """British news announces with 'is to': 'Boeing is to supply …' is a happening due; 'the
    aim is to cut costs' is a purpose and 'arson is to blame' a cause."""
    events = extract_offline(_article(f"News\n\n{sentence}\n")).events
    assert any(" to " in e.evidence[0].quote for e in events) == happens, events


@pytest.mark.parametrize(
    "sentence",
    [
        "The inmate fled on foot, MyFoxHouston.com reports.",
        "The inmate fled on foot, CNN reports.",
        "Reuters reports that the inmate fled on foot.",
    ],
)
def test_an_outlet_reporting_is_no_happening(sentence: str) -> None:
    """'…, MyFoxHouston.com reports.' names the source of what the sentence tells; the
    reporting is no happening of the story, the flight is."""
    events = extract_offline(_article(f"Escape\n\n{sentence}\n")).events
    assert [e.predicate for e in events] == ["flee"]


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "At the show in Las Vegas Microsoft boss Ivo Gates said sales were up.",
            "Ivo Gates",
            "Microsoft boss",
        ),
        ("In Paris Renault chief Ivo Ghosn said sales were up.", "Ivo Ghosn", "Renault chief"),
    ],
)
def test_a_place_where_something_happens_is_no_part_of_the_role_after_it(
    sentence: str, name: str, role: str
) -> None:
    """'At the Consumer Electronics Show in Las Vegas Microsoft boss Bill Gates said': his role
    is 'Microsoft boss'; Las Vegas is where he said it (had been 'Las Vegas Microsoft boss')."""
    actors = extract_offline(_article(f"Consoles\n\n{sentence}\n")).actors
    assert {a.name: a.roles for a in actors}[name] == [role]


def test_a_word_after_a_subject_pronoun_is_its_verb_not_a_role_of_the_next_name() -> None:
    """'this means I miss England's last two games': 'miss' is what he does, not a title
    ('Miss'); England had the role 'I miss'."""
    text = (
        "Rugby\n\nIvo Robinson said the injury means I miss England's last two games. England "
        "lost again.\n"
    )
    actors = extract_offline(_article(text)).actors
    assert {a.name: a.roles for a in actors}.get("England") == []


def test_a_description_that_goes_on_to_act_is_the_next_clause_not_a_role() -> None:
    """'… having shrugged off Toure, the Pompey midfielder planted his shot wide': the
    midfielder is another player, subject of the next clause; Toure had that clause as his
    role. 'a lawyer based in London' still describes."""
    text = (
        "Cup\n\nIvo Webb allowed Ivo Stone to send a runner away but, having shrugged off "
        "Toure, the Pompey midfielder planted his shot wide from 10 yards. Toure later scored. "
        "Ivo Marsh, a lawyer based in London, said so.\n"
    )
    roles = _roles_named(text)
    assert roles["Toure"] == []
    assert roles["Ivo Marsh"] == ["a lawyer based in London"]


def test_a_knighthood_is_no_role_and_the_role_before_it_is_kept() -> None:
    """'Former England manager Sir Bobby Robson': his role is 'Former England manager' (had
    been 'Sir'); 'Boss Sir Alex Ferguson' is 'Boss'; 'Sir Paul' later is still Paul
    McCartney."""
    text = (
        "Cup\n\nFormer England manager Sir Ivo Robson said so. Boss Sir Ivo Ferguson admitted it "
        "was hard. Sir Ivo McCartney will play. Sir Ivo said it was an honour.\n"
    )
    roles = _roles_named(text)
    assert roles["Ivo Robson"] == ["Former England manager"]
    assert roles["Ivo Ferguson"] == ["Boss"]
    assert roles["Ivo McCartney"] == []


def test_a_bodys_name_right_before_its_leaders_name_is_not_part_of_his() -> None:
    """'general secretary of the public services union Unison Dave Prentis criticised the
    plans': the man is Dave Prentis (had been 'Unison Dave Prentis', another actor than the
    'Dave Prentis' of the next article)."""
    text = (
        "Pensions\n\nBut general secretary of the public services union Korvex Dave Korman "
        "criticised the plans.\n"
    )
    names = [a.name for a in extract_offline(_article(text)).actors]
    assert "Dave Korman" in names
    assert "Korvex Dave Korman" not in names


def test_a_headlines_verb_after_its_subject_is_no_part_of_the_role_after_it() -> None:
    """'Corry backs skipper Robinson': Robinson's role is 'skipper' (had been 'backs
    skipper')."""
    text = (
        "Corry backs skipper Robinson\n\nEngland forward Ivo Corry says Ivo Robinson is the right "
        "man to lead the team. Robinson scored twice.\n"
    )
    roles = _roles_named(text)
    assert roles["Ivo Robinson"] == ["skipper"]


@pytest.mark.parametrize(
    "text",
    [
        "Gulls fire coach Ivo Tamm after 5-11 season\n\nIvo Tamm went 14-34 in three seasons.\n",
        "Coach\n\nThe key is finding someone to nurture coach Ivo Tamm in his first season.\n",
    ],
)
def test_a_verb_before_a_role_is_no_part_of_it(text: str) -> None:
    """'Bears fire coach John Fox' (a plural subject's verb has no '-s'), 'someone to nurture
    quarterback Mitchell Trubisky': the role is the coach's or the quarterback's alone."""
    assert _roles_named(text)["Ivo Tamm"] == ["coach"]


def test_an_occasion_is_no_actor() -> None:
    """'Super Bowl appearances', 'the World Cup': occasions, not agents."""
    text = "Coach\n\nFox had earned Super Bowl appearances with the Panthers.\n"
    assert "Super Bowl" not in {a.name for a in extract_offline(_article(text)).actors}


def test_a_venue_an_aside_describes_is_no_body() -> None:
    """'a float recreating the Forum, the famous Los Angeles-area arena celebrating its 50th
    anniversary' had made the arena a body acting; the venue's own staff stay people."""
    text = (
        "Parade\n\nA float recreated the Forum, the famous Vale-area arena celebrating its "
        "50th anniversary.\nIvo Tamm, the venue's manager, said tickets sold out.\n"
    )
    actors = {a.name: a.kind for a in extract_offline(_article(text)).actors if not a.unnamed}
    assert actors == {"Ivo Tamm": "person"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Floats rolled under sunny skies as the Daisy Parade drew thousands of revelers.\n"
        "It has rained only once on the Daisy Parade in six decades.",
        "When she took part in the Paris to Shirley Marathon she shared the driving.",
    ],
)
def test_a_parade_or_a_marathon_is_no_person(sentence: str) -> None:
    """'the Rose Parade drew thousands' had made a person of a parade, 'she … took part in
    the … Sydney Marathon' given a marathon her pronouns: occasions, not agents."""
    text = f"Daisy Parade rolls in Oregon\n\n{sentence}\n"
    names = {a.name for a in extract_offline(_article(text)).actors}
    assert not any(name.endswith(("Parade", "Marathon")) for name in names)


def test_a_quantifier_opening_a_sentence_is_no_part_of_the_name_after_it() -> None:
    """'Several Hollywood stars feature …', 'Several Opec members …': Hollywood and Opec,
    not 'Several Hollywood' (which the merge had then shown as Hollywood's name)."""
    text = (
        "Oil\n\nSeveral Korvex members said output would rise. Korvex met on Monday. Korvex "
        "said prices would fall. Korvex agreed a cut.\n"
    )
    names = [a.name for a in extract_offline(_article(text)).actors]
    assert "Korvex" in names
    assert not any(name.startswith("Several") for name in names)


def test_none_of_before_a_name_is_no_part_of_it() -> None:
    """'None of Thomas' family members were present': Thomas, whom an earlier sentence names
    in full (had been an actor 'None of Thomas')."""
    text = (
        "Trial\n\nIvo Thomas, 10, was killed in May. None of Thomas' family members were "
        "present in the courthouse on Monday.\n"
    )
    names = [a.name for a in extract_offline(_article(text)).actors]
    assert "Ivo Thomas" in names
    assert not any(name.startswith("None") for name in names)


def test_an_ordinal_before_a_non_role_noun_is_no_role_of_the_name_after_it() -> None:
    """'assault in the first degree, Lopez, 20, faces life': 'first degree' is no role of
    Lopez's (nor 'First' or 'the first day of next season' anyone's); 'the first lady,
    <name>' and 'his former girlfriend, <name>' still describe."""
    text = (
        "Verdict\n\nConvicted of murder and assault in the first degree, Ivo Lopez, 20, faces "
        "life in prison. The first lady, Ivana Korvel, spoke. The victims were his mother and "
        "his former girlfriend, Ivana Mendes, 48.\n"
    )
    roles = _roles_named(text)
    assert roles["Ivo Lopez"] == []
    assert roles["Ivana Korvel"] == ["first lady"]
    assert roles["Ivana Mendes"] == ["former girlfriend"]


def test_a_role_before_a_name_is_headed_by_a_word_of_a_post_or_a_person() -> None:
    """'In a statement published on its official website, Seacom said': 'official' there
    qualifies a website, no post of Seacom's (had been its role); 'Trump's special envoy to
    Kyiv, <name>' and 'the Republican senator from Kansas, <name>' still describe; 'American
    Davenport will now face fellow former champion, <name>' is a clause, not her role."""
    text = (
        "Cable\n\nIn a statement published on its official website, Korvacom said a vessel is "
        "in transit. Korvacom repairs cables. Trump's special envoy to Kyiv, Ivo Kellan, met "
        "him. The Republican senator from Kansas, Ivo Brand, spoke. Ivana Lorn will now face "
        "fellow former champion, Ivana Marte.\n"
    )
    roles = _roles_named(text)
    assert roles["Korvacom"] == []
    assert roles["Ivo Kellan"] == ["Trump's special envoy to Kyiv"]
    assert roles["Ivo Brand"] == ["Republican senator from Kansas"]
    assert roles["Ivana Marte"] == []


def test_a_clause_after_a_names_comma_is_no_role_of_that_name() -> None:
    """'on the Seattle campus of the University of Washington, a gunman killed his former
    girlfriend and then himself': the gunman's clause, not the university's role (had been);
    'Ivo Kane, a lawyer based in London,' still describes Kane."""
    text = (
        "Campus\n\nOn Monday on the campus of the University of Korvel, a gunman killed his "
        "former girlfriend and then himself. Ivo Kane, a lawyer based in London, said so.\n"
    )
    roles = _roles_named(text)
    assert roles["University of Korvel"] == []
    assert roles["Ivo Kane"] == ["a lawyer based in London"]


def test_a_compound_preposition_or_a_tenure_before_a_name_is_read_as_such() -> None:
    """'Prior to that, DiLeo spent four seasons …': no role 'Prior to that' ('Prior' is also a
    title); 'In his role as Senior Vice President, DiLeo …': the role is the post after 'as'."""
    text = (
        "Team\n\nPrior to that, Ivo DiLeo spent four seasons as a scout. In his role as Senior "
        "Vice President, Ivo Marr was responsible for trades.\n"
    )
    roles = _roles_named(text)
    assert roles["Ivo DiLeo"] == []
    assert roles["Ivo Marr"] == ["Senior Vice President"]


def test_someones_work_listed_before_a_name_is_no_role_of_that_name() -> None:
    """'…, Arnaud Desplechin's Kings And Queen, Abdellatif Kechiche's L'Esquive and …': a film
    in a list, not Kechiche's role; 'Korvane's chief executive, Ivo Ushakov' still is."""
    text = (
        "Cesar\n\nOther films include Police drama 36, Ivo Desplechin's Kings And Queen, Ivo "
        "Kechiche's L'Esquive and a comedy. Kechiche said he was delighted. He met Korvane's "
        "chief executive, Ivo Ushakov, on Monday. Ushakov said it was close.\n"
    )
    roles = _roles_named(text)
    assert roles["Ivo Kechiche"] == []
    assert roles["Ivo Ushakov"] == ["Korvane's chief executive"]


def test_a_country_holds_no_post() -> None:
    """'he heaped praise on him as the most successful post-war chancellor Britain has had':
    Britain had the role 'most successful post-war chancellor'."""
    text = (
        "Praise\n\nIvo Blair heaped praise on him as the most successful post-war chancellor "
        "Britain has had. Britain voted later.\n"
    )
    actors = {a.name: a.roles for a in extract_offline(_article(text)).actors}
    assert actors["Britain"] == []


def test_a_title_ending_a_role_is_no_part_of_it_and_a_place_before_mr_is_no_role() -> None:
    """'Science Minister Lord Sainsbury': 'Science Minister' (and 'Lord', which his name
    keeps), not 'Science Minister Lord'; 'Speaking in Harrogate Mr Kennedy said' and 'in
    the forthcoming general election campaign, Charles Kennedy has said' give no role."""
    text = (
        "Gift\n\nScience Minister Lord Korvanby gave the money. The party will fight hard in the "
        "forthcoming general election campaign, Ivo Kennedy has said. Speaking in Harrogate Mr "
        "Kennedy said it was wrong.\n"
    )
    roles = _roles_named(text)
    assert roles["Korvanby"] == ["Lord", "Science Minister"]
    assert roles["Ivo Kennedy"] == []


@pytest.mark.parametrize(
    "text", ["Charles M. Blow\n", "Por Rachel Strugatz\nCharles M. Blow\nPhotoCredit Nitashia\n"]
)
def test_a_middle_initials_stop_on_a_line_of_its_own_is_no_name(text: str) -> None:
    """A byline's 'Charles M. Blow' split at its initial's stop left a name of no words, and
    the rules broke on it (a real page)."""
    extraction = extract_offline(_article(text))
    assert all(a.name.strip(". ") for a in extraction.actors)


def test_a_given_name_that_names_someones_relative_is_that_familys() -> None:
    """'Thicke's son, Robin' is no Robin Roberts named elsewhere on the page (a real feed
    page had the publicist's words under her name); 'Mr Kemal's father, Azmat' is Azmat Kemal."""
    extraction = extract_offline(
        _article(
            "Report\n\nTV host Robin Roberts spoke on Monday.\n\nAlan Thicke died on Tuesday. "
            "A publicist for Thicke's son, Robin, said the actor suffered a heart attack.\n\n"
            "Mr Kemal's father, Azmat, said his son was a hero. Azmat Kemal later left.\n"
        )
    )
    speakers = {p.actor: p.stance for p in extraction.positions}
    assert "Robin Roberts" not in speakers
    assert "Azmat Kemal" in speakers


def test_a_capitalised_description_between_commas_leaves_the_name_before_it_speaking() -> None:
    """'Mr. Warner, the Virginia Democrat, called …' (a real NYT page) had put his words under
    a 'Virginia Democrat'; a party's member after 'the' describes, as a role does."""
    extraction = extract_offline(
        _article(
            'Report\n\n"The issue has just disappeared," said Senator Mark Warner, a Virginia '
            "Democrat.\n\nMr. Warner, the Virginia Democrat, called the tax bill "
            '"the worst piece of legislation we have passed."\n\nMs. Hale, the Alaska Governor, '
            'called the plan "a mistake."\n'
        )
    )
    assert [(p.actor, p.evidence[0].quote[:9]) for p in extraction.positions] == [
        ("Mark Warner", "The issue"),
        ("Mark Warner", "the worst"),
        ("Hale", "a mistake"),
    ]
    assert {a.name for a in extraction.actors} == {"Mark Warner", "Hale"}


def test_a_possessive_after_the_subjects_own_verbs_tells_her_gender() -> None:
    """'Cheyann Shaw, 23, has been documenting her journey': she is a woman, so a 'he added'
    after her (a real feed page's next, unrelated snippet) is not her."""
    extraction = extract_offline(
        _article(
            "Report\n\nCheyann Kade, 23, has been documenting her journey from athlete to "
            "cancer patient online. A photo posted to Instagram -- showing what Kade's body "
            'looked like before\n"Best of all is the voice of the droid," he added. Vanity\n'
        )
    )
    assert extraction.positions == []


@pytest.mark.parametrize(
    "sentence",
    [
        "However, when she posted the image on her page, she started to get angry comments.",
        "Con Edison, which maintains 4,300 miles of gas mains in the city, records 500 leaks.",
        "Dr. Mark Hicks, 59, led the project. He left the institute in 2008 but maintains a lab "
        "at its Bethesda campus.",
        "Mark Hicks struck a penalty at the other end. And he repeated the feat to set up a "
        "tense finale.",
        "Mark Hicks tried to send the denial but mistakenly emailed a draft of the deal, which "
        "was published.",
        "In 1950, reporter Mark Hicks wrote a biography about the engineer, who had been a friend.",
        "Mark Hicks wrote a letter to the board in March.",
        "Mark Hicks maintained a high profile on social media in the U.S., but is a mystery to "
        "the authorities.",
        "Mark Hicks, 43, argues the government's most consequential cases.",
        "In 2021 the Senate confirmed Mark Hicks by a vote of 53-36.",
        "Mark Hicks concluded the line of questioning by asking Ivo Marek to confirm that he "
        "did not believe it.",
        "Mark Hicks eventually caved and told the world the real reason for his appearance.",
        "Thriller writer Mark Hicks tells BBC News of his personal response to the move.",
    ],
)
def test_a_speech_verb_with_a_thing_for_object_says_nothing(sentence: str) -> None:
    """Real pages: a photo posted on a page, gas mains maintained, a feat repeated."""
    extraction = extract_offline(_article(f"Report\n\nVanessa Hicks spoke to us.\n\n{sentence}\n"))
    assert extraction.positions == []


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        ("Mr Kent posted on Facebook that the vote was rigged.", "the vote was rigged"),
        ("Mr Kent repeated his pledge not to do deals with either party.", "his pledge not"),
        ("Mr Kent maintained the vote was rigged.", "the vote was rigged"),
    ],
)
def test_the_same_verbs_with_words_for_object_report_them(sentence: str, claim: str) -> None:
    extraction = extract_offline(_article(f"Report\n\n{sentence}\n"))
    assert [(p.actor, p.evidence[0].quote[: len(claim)]) for p in extraction.positions] == [
        ("Kent", claim)
    ]


def test_a_dash_after_a_quotation_then_a_sentence_is_no_credit_line() -> None:
    """'"SRL" is the Italian equivalent of "LLC"—Smart Projects was incorporated in Italy' (a
    real page): the dash goes on into a sentence about the firm, whose words 'LLC' are not."""
    extraction = extract_offline(
        _article(
            "Report\n\nThe boards were made by a company, Smart Projects, founded by Martino. "
            '"SRL" is the Italian equivalent of "LLC"\u2014Smart Projects was incorporated in '
            "Italy.\n"
        )
    )
    assert extraction.positions == []


@pytest.mark.parametrize(
    "opening",
    [
        "In a wide-ranging interview, President Obama also said:",
        "Asked if that gave him pause, Mr Obama replied:",
        "Looking back on the career that followed, Mr Obama told Playboy in 1998:",
    ],
)
def test_where_and_when_words_came_before_a_colon_is_no_claim(opening: str) -> None:
    """A real BBC page: 'In a wide-ranging interview' had been President Obama's words."""
    extraction = extract_offline(
        _article(f"Report\n\n{opening}\n\n- The UK must stay in the EU\n\nMore followed.\n")
    )
    assert all("interview" not in p.evidence[0].quote for p in extraction.positions)
    assert not any(
        p.evidence[0].quote.startswith(("Asked", "Looking")) for p in extraction.positions
    )


def test_a_claim_before_a_colon_frame_is_still_reported() -> None:
    extraction = extract_offline(
        _article("Report\n\nNudity didn't bother Ms Page, she said, explaining: it was art.\n")
    )
    assert [p.evidence[0].quote for p in extraction.positions][:1] == [
        "Nudity didn't bother Ms Page"
    ]


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        (
            "Sheriff Tom Kade said Wednesday that the suspects kept the victim hidden.",
            "the suspects",
        ),
        ("Mayor Tom Kade announced today that the bridge will reopen.", "the bridge"),
        ("Tom Kade said Tuesday night that he would stay on.", "he would stay"),
        ("Mayor Tom Kade announced last week that the bridge will reopen.", "the bridge"),
        ("Tom Kade said this month that he would stay on.", "he would stay"),
    ],
)
def test_the_day_between_a_speech_verb_and_that_is_not_what_was_said(
    sentence: str, claim: str
) -> None:
    """A real page: 'said [[Wednesday that the Spanish-speaking suspects …]]'."""
    extraction = extract_offline(_article(f"Report\n\n{sentence}\n"))
    assert [p.evidence[0].quote[: len(claim)] for p in extraction.positions] == [claim]


def test_no_name_ends_in_a_word_that_opens_the_next_sentence() -> None:
    """'the One S. The company's app' (a real page) made a person 'S. The'; 'said Ivan Petrov
    The litigation …' (a caption run into the text) a 'Ivan Petrov The'."""
    extraction = extract_offline(
        _article(
            "Report\n\nMicrosoft showed the One X, as it did with the One S. The company said it "
            "would ship in May. It beats the One X. And it costs less.\n\n"
            '"The risks are real," said Ivan Petrov The case goes on.\n'
        )
    )
    names = {a.name for a in extraction.actors}
    assert not any(n.endswith((" The", " And")) for n in names)
    assert [p.actor for p in extraction.positions] == ["Ivan Petrov"]


def test_a_name_before_a_hospital_or_a_station_names_the_place_not_a_person() -> None:
    """'taken to Royal Shrewsbury hospital' (a real page) made a person 'Royal Shrewsbury'."""
    extraction = extract_offline(
        _article(
            "Report\n\nEloise Parry, 21, was taken to Royal Shrewsbury hospital on 12 April. "
            "They met at London's King Cross station. Sarah Palin's church was full.\n"
        )
    )
    people = {a.name for a in extraction.actors if a.kind == "person"}
    assert "Royal Shrewsbury" not in people
    assert "King Cross" not in people
    assert "Eloise Parry" in people


def test_a_name_before_a_plural_noun_and_its_past_verb_qualifies_the_noun() -> None:
    """'Its sun-drenched Mediterranean beaches drew thousands of tourists' (a real page): the
    sea did nothing; the beaches drew."""
    extraction = extract_offline(
        _article(
            "Report\n\nTunisia was ruled by autocrats. Its sun-drenched Mediterranean beaches "
            "drew thousands of tourists.\n"
        )
    )
    assert "Mediterranean" not in {a.name for a in extraction.actors}


def test_another_bodys_saying_inside_reported_words_ends_them() -> None:
    """'… that he was confined to his home but was otherwise fine and the military said it
    was keeping him safe' (a real page): the military's words are not his."""
    extraction = extract_offline(
        _article(
            "Report\n\nMr Mugabe told President Zuma by telephone that he was confined to his "
            "home but was otherwise fine and the military said it was keeping him safe.\n"
        )
    )
    claims = [p.evidence[0].quote for p in extraction.positions if p.actor == "Mugabe"]
    assert claims == ["he was confined to his home but was otherwise fine"]


def test_a_paper_quoting_someone_as_saying_gives_them_the_verb_of_saying() -> None:
    """'… the New York Daily News quoted witness Devonte Brown as saying' had rendered as
    Brown 'quoted: …', the paper's verb."""
    extraction = extract_offline(
        _article(
            'Report\n\n"The cops jumped out of the car so fast," the New York Daily News quoted '
            "witness Devonte Brown as saying.\n"
        )
    )
    [position] = extraction.positions
    assert position.actor == "Devonte Brown"
    assert position.stance.startswith("saying")


def test_a_surname_is_not_the_relative_named_in_full_under_it() -> None:
    """'his daughter Ivanka Trump' is the one Trump a real NYT page named in full, and every
    'Mr. Trump said' and 'President Trump' had become hers: his words under his daughter's name."""
    extraction = extract_offline(
        _article(
            "Report\n\nPresident Kade's envoy, Nina Haley, said on Tuesday that she would "
            "resign.\n\nBut the president said Ms. Haley had told him months ago. \u201cShe has "
            "done a fantastic job,\u201d Mr. Kade said. Earlier he said that his daughter Ivana "
            "Kade \u201cwould be incredible, but it doesn\u2019t mean I\u2019d pick her.\u201d\n"
        )
    )
    assert "Ivana Kade" not in {p.actor for p in extraction.positions}
    assert {p.actor for p in extraction.positions} >= {"Kade"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Perhaps Murdoch told him not to bother, because the trip never happened.",
        '"God bless you," he told the judge, offering a broad wave goodbye before leaving.',
    ],
)
def test_what_someone_was_told_to_do_then_the_writers_words_are_no_claim(sentence: str) -> None:
    """Real pages: 'told him not to bother, because the trip never happened' had made the
    writer's reason Murdoch's words, and 'Perhaps Murdoch' a person."""
    extraction = extract_offline(_article(f"Report\n\nRupert Murdoch was away. {sentence}\n"))
    assert not any("trip never" in p.evidence[0].quote for p in extraction.positions)
    assert not any("wave goodbye" in p.evidence[0].quote for p in extraction.positions)
    assert "Perhaps Murdoch" not in {a.name for a in extraction.actors}


def test_words_that_came_as_the_reply_are_not_the_askers() -> None:
    """'"All right," came the reply. "Turn it in."' (a real SI page): the father's answer had
    gone on as his son's words."""
    extraction = extract_offline(
        _article(
            'Report\n\n"There was not a peep," says Stephen, who told his old man, "Dad, we '
            'need to take Zack."\n\n"All right," came the reply. "Turn it in."\n'
        )
    )
    said = " ".join(e.quote for p in extraction.positions for e in p.evidence)
    assert "All right" not in said
    assert "Turn it in" not in said


def test_she_after_a_described_woman_is_not_the_man_named_before() -> None:
    """A real page: 'A day later, a hotel maid decided to ignore a sign on Tesla's door. She
    found his body.' 'She' is the maid, not Tesla; wrongly resolved, it taught Tesla a woman's
    gender and his own words then went to another man of the article."""
    text = (
        "Report\n\nOn the night of Jan. 7, 1943, Ivo Marek slept in his suite at the hotel. "
        "Then his heart stopped.\n\nA day later, a hotel maid decided to ignore a sign on "
        'Marek\'s door. She said: "He was not breathing."\n'
    )
    assert extract_offline(_article(text)).positions == []


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "When Ivo Marek later mentioned to his staff that he saw fewer errors, Dana Kerr "
            "told him why.",
            [],
        ),
        (
            "When they split in December, Dana Kerr says Ivo Marek denied any such agreement.",
            ["Ivo Marek denied any such agreement"],
        ),
        (
            "As the idea was to prove a point the domain has been handed back, Dana Kerr said.",
            ["As the idea was to prove a point the domain has been handed back"],
        ),
    ],
)
def test_a_subordinate_clause_before_a_frame_that_goes_on_is_not_what_was_said(
    sentence: str, said: list[str]
) -> None:
    """A real page: 'When Page later mentioned …, Chan told him why.' The 'When' clause tells
    when Chan told him, not what; a frame that closes on its verb keeps the words before it."""
    extraction = extract_offline(_article(f"Report\n\nDana Kerr spoke to us.\n\n{sentence}\n"))
    assert [p.evidence[0].quote for p in extraction.positions] == said


def test_a_quotation_as_the_object_of_urged_ends_what_was_urged() -> None:
    """A real page: 'Morales urged "special attention" to Stella Morris, a member of the legal
    team who recently revealed …': the quoted words are his; 'Morris, a member …' is not."""
    text = (
        'Report\n\nDana Kerr spoke to us.\n\nDana Kerr urged "special attention" to Ivo '
        "Marek, a member of the legal team who recently revealed he began a relationship.\n"
    )
    quotes = [p.evidence[0].quote for p in extract_offline(_article(text)).positions]
    assert quotes == ["special attention"]


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("Dana Kerr argued the only test for the plan was whether it worked.", True),
        ('The likely result will be "erroneous findings" by agencies, argued Dana Kerr.', True),
        ("Dana Kerr concluded the report was flawed.", True),
        ("Dana Kerr told the Tennessean she planned to appeal.", True),
        ("Dana Kerr told reporters the company plans to expand.", True),
    ],
)
def test_argued_or_concluded_with_a_clause_is_still_said(sentence: str, said: bool) -> None:
    """The other side of 'argues the government's cases': a clause argued is a claim."""
    extraction = extract_offline(_article(f"Report\n\nDana Kerr spoke to us.\n\n{sentence}\n"))
    assert bool(extraction.positions) is said


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The former marketing chief for Jenny Craig, Leesa Eichberger, spoke to Ad Age about "
            "it. \u201cHer humor set her apart from other spokespeople,\u201d she said.",
            "Leesa Eichberger",
        ),
        (
            "China\u2019s ambassador to Britain warned that the government \u201cwill not sit on "
            "our hands\u201d if the situation worsens.",
            None,
        ),
    ],
)
def test_a_name_after_a_preposition_is_not_the_subject(text: str, speaker: str | None) -> None:
    """Real pages: the name after 'chief for' is the employer (a company called after a woman
    took its spokeswoman's words); 'ambassador to Britain' is not Britain speaking."""
    extraction = extract_offline(
        _article(f"Report\n\nKirstie Alley was welcomed back.\n\n{text}\n")
    )
    assert [p.actor for p in extraction.positions] == ([speaker] if speaker else [])


def test_quotations_after_the_words_are_words_named_not_said() -> None:
    """A real page: 'Deonarine proposed an amendment …, which removed the words
    "comprehensive" and "downside risks."' Neither is anyone's speech (nor the Senate
    president's, the woman named before)."""
    text = (
        "Report\n\nDana Kerr spoke.\n\nAs she concluded the debate, Ivo Marek proposed an "
        'amendment, which removed the words "comprehensive" and "downside risks."\n'
    )
    assert extract_offline(_article(text)).positions == []


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "Dana Kerr told the trust that it could see the scorecard in a presentation, but "
            "trust members said they wanted a copy in their hands.",
            "it could see the scorecard in a presentation",
        ),
        (
            "Dana Kerr said the plan was sound but also said it was late.",
            "the plan was sound but also said it was late",
        ),
    ],
)
def test_what_others_say_after_but_ends_the_reported_words(sentence: str, said: str) -> None:
    """A real page: '…, but trust members said they wanted a copy' is theirs, not his."""
    extraction = extract_offline(_article(f"Report\n\nDana Kerr spoke.\n\n{sentence}\n"))
    assert [p.evidence[0].quote for p in extraction.positions] == [said]


def test_a_bare_surname_after_a_wife_named_in_full_is_the_story_s_man() -> None:
    """A real page: 'Debbie Meadows, the congressman's wife' named in full twice, then 'In
    announcing his retirement, Meadows said …': the congressman, not his wife."""
    text = (
        "Ivo Marek accused of timing retirement\n\nIvo Marek announced he would retire. Lynda "
        "Bennett is friendly with Dana Marek, the congressman's wife.\n\nDana Marek was slated to "
        "introduce Bennett at an event.\n\nIn announcing his retirement, Marek said he never "
        "planned to stay in Congress long-term.\n"
    )
    positions = extract_offline(_article(text)).positions
    assert [p.actor for p in positions if "long-term" in p.evidence[0].quote] == ["Ivo Marek"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Services in Egypt are affected by the cable failure, said Dana Kerr, a spokesman for "
        "the company.",
        "The failures cut the flow of data between Europe and Asia, and there is no timeframe "
        "for a repair, said Dana Kerr, director of assurance at Norvik Ltd. in India.",
    ],
)
def test_a_closing_frame_with_the_speakers_role_after_it_still_closes(sentence: str) -> None:
    """ECB+ and BBC: '…, said Sanjeev Gaur, director of assurance at Reliance Globalcom Ltd.
    in India.' The role after the name is no part of the frame's search for its verb."""
    extraction = extract_offline(_article(f"Report\n\nDana Kerr spoke to us.\n\n{sentence}\n"))
    assert [p.actor for p in extraction.positions] == ["Dana Kerr"]
    assert sentence.startswith(extraction.positions[0].evidence[0].quote)


@pytest.mark.parametrize(
    ("text", "work"),
    [
        (
            "Ana Lind won best actress for her role in the hit drama Maria Full of Grace. "
            "The screenplay award went to Ivo Marek for Maria Full of Grace.",
            "Maria Full",
        ),
        ("Metallica: Some Kind Of Monster was awarded best documentary, Ana Lind said.", "Kind"),
        ("It is up against British film Vera Drake. Vera Drake won three awards, Ana Lind said.",
         "Vera"),
        ("Comedy Meet The Fockers topped the box office, Ana Lind said.", "Fockers"),
        ("Meet The Fockers took $12m on Christmas Day, Ana Lind said.", "Christmas"),
        ("Last year's winner, Lost In Translation, went on to win an Oscar, Ana Lind said.",
         "Lost"),
    ],
)  # fmt: skip
def test_a_works_title_is_no_actor(text: str, work: str) -> None:
    """A real BBC pair: 'the Colombian drama Maria Full of Grace' (and the same title later
    after 'for'), 'Some Kind Of Monster' were key actors of their briefing."""
    names = [a.name for a in extract_offline(_article("Awards\n\n" + text)).actors]
    assert not any(work in name for name in names), names


@pytest.mark.parametrize(
    ("text", "name", "roles"),
    [
        (
            "Other nominees in the best actress category include Charlize Theron for Monster, "
            "Ziyi Zhang for House of Flying Daggers and UK star Kate Winslet.",
            "Ziyi Zhang",
            [],
        ),
        (
            "Vincent Gigante, a former driver for late Mafia boss Vito Genovese, died on Monday.",
            "Vincent Gigante",
            ["a former driver for late Mafia boss Vito Genovese"],
        ),
    ],
)
def test_a_list_of_other_people_is_no_role(text: str, name: str, roles: list[str]) -> None:
    """A real BBC page: 'Ziyi Zhang — best actress category include Charlize Theron for
    Monster' was shown as her role; whose driver someone was is still their role."""
    actors = {a.name: a.roles for a in extract_offline(_article("Awards\n\n" + text)).actors}
    assert actors[name] == roles


def test_a_company_after_a_verbs_participle_and_a_work_noun_still_acts() -> None:
    """A real page without its comma: 'than a downloaded movie NEC is showing a phone'."""
    text = "Tech fair\n\nRather than a downloaded movie NEC is showing a phone.\n"
    assert "NEC" in [a.name for a in extract_offline(_article(text)).actors]


def test_a_body_whose_name_capitalises_for_still_acts() -> None:
    """'Alaska Association For Historic Preservation said …' is a body, not a work's title."""
    text = "Report\n\nThe Alaska Association For Historic Preservation said the church was old.\n"
    names = [a.name for a in extract_offline(_article(text)).actors]
    assert "Alaska Association For Historic Preservation" in names


def test_a_quarter_named_little_after_a_country_is_a_place_not_a_person() -> None:
    """'Gigante's empire stretched from Little Italy to the docks of Miami': 'Little' is also a
    given name, yet 'Little Italy' is a place, no actor (had been a person acting in events)."""
    text = (
        "Mob\n\nAt the height of his power, Ivo Gigante's empire stretched from Little Italy to "
        "the docks of Miami. Gigante died on Monday.\n"
    )
    extraction = extract_offline(_article(text))
    assert "Little Italy" not in [a.name for a in extraction.actors]
    assert not any("Little Italy" in e.actors for e in extraction.events)


def test_a_common_word_of_a_surname_is_no_person() -> None:
    """'the modern-day Mafia of Gotti', 'Sales of Blume's books': something of theirs, no
    person (had been names of people that the merge then joined to Gotti and Blume); 'The
    Duke of Edinburgh said' still names someone."""
    text = (
        "Mob\n\nIvo Gotti died in prison. His career linked old-time gangsters and the "
        "modern-day Mafia of Gotti. The Duke of Edinburgh said he visited the prison.\n"
    )
    extraction = extract_offline(_article(text))
    kinds = {a.name: a.kind for a in [*extraction.actors, *extraction.also_named]}
    assert "Mafia of Gotti" not in kinds
    assert kinds["Edinburgh"] == "person"


def test_the_name_a_nickname_makes_is_the_same_person_in_the_article() -> None:
    """'Charles (Lucky) Luciano, who was deported.' ⏎ 'Lucky Luciano died in 1962': one
    person (had been two actors of one article); an epithet ('Vincent "The Chin" Gigante')
    makes no name with the surname."""
    text = (
        "Mob\n\nThe family was founded by Charles (Lucky) Luciano, who was deported. Lucky "
        'Luciano died in 1962. Later mob boss Vincent "The Chin" Gigante took over. Gigante '
        "said so.\n"
    )
    actors = {a.name: a.aliases for a in extract_offline(_article(text)).actors}
    assert "Lucky Luciano" in actors["Charles Luciano"]
    assert "Lucky Luciano" not in actors
    assert actors["Vincent Gigante"] == ["Gigante"]


def test_a_royal_called_by_title_and_given_name_is_no_commoner_sharing_the_name() -> None:
    """'Prince Charles' is not 'Liberal Democrat leader Charles Kennedy', nor 'Prince William'
    'Dr Rowan Williams' (both had been joined to them, the prince's title a role of theirs);
    'Crown Prince Mohammed bin Salman' is still 'Prince Mohammed', 'Sir Elton' Elton John."""
    text = (
        "Royals\n\nPrince Charles and Camilla Parker Bowles will marry. Prince William, 22, "
        "is his son. The Archbishop, Dr Ivo Williams, agreed, as did Liberal Democrat leader "
        "Charles Kennedy. Crown Prince Mohammed bin Salman sent a gift; Prince Mohammed said "
        "he was pleased. Elton John will sing. Sir Elton said he was thrilled.\n"
    )
    actors = {a.name: (a.roles, a.aliases) for a in extract_offline(_article(text)).actors}
    assert actors["Charles Kennedy"] == (["Liberal Democrat leader"], [])
    assert "Prince" not in actors["Ivo Williams"][0]
    assert actors["Mohammed bin Salman"][1] == ["Mohammed"]
    assert "Elton" in actors["Elton John"][1]


def test_a_royal_title_before_an_ordinary_word_is_a_style_not_a_person() -> None:
    """'should become Princess Consort', 'the Queen Mother': no person 'Consort' or 'Mother'
    (had been actors with the title as their role); 'Prince Harry' still names someone."""
    text = (
        "Royals\n\nOnly 40% think Mrs Parker Bowles should become Princess Consort. The Queen "
        "Mother died in 2002. Prince Harry said he was delighted.\n"
    )
    names = [a.name for a in extract_offline(_article(text)).actors]
    assert "Consort" not in names
    assert "Mother" not in names
    assert "Harry" in names


def test_a_town_described_as_one_is_no_short_name_of_a_body_named_after_it() -> None:
    """'Varga, Mrs Smith's home town, is 64 kilometres north of Anchorage' beside the Varga
    Bible Church: the town, not the church by its first word (the church had taken 'Mrs
    Palin's home town' as its role, and 'Wasilla' as its other name)."""
    text = (
        "Fire\n\nNo one was hurt in the fire on Friday, though people were inside the Varga "
        "Bible Church, said the fire chief, Ivo Kane. The Varga Bible Church said it would "
        "rebuild. Varga, Mrs Smith's home town, is 64 kilometres north of Anchorage.\n"
    )
    church = _actor(extract_offline(_article(text)), "Varga Bible Church")
    assert church.aliases == []
    assert church.roles == []


def test_a_law_or_treaty_is_no_actor_nor_the_body_named_in_it() -> None:
    """'the Energy Charter Treaty was designed to …', 'under the Parliament Act': texts, which
    say but do not act; 'Parliament' on its own is the body, not the Act named after it."""
    text = (
        "Law\n\nThe Energy Charter Treaty was designed to settle disputes, Ana Pike said. The "
        "ban was forced through under the Parliament Act. Protesters gathered outside "
        "Parliament, which voted again on Monday.\n"
    )
    named = _named_actors(text)
    assert "Energy Charter Treaty" not in named
    assert "Parliament Act" not in named
    assert "Parliament" in named


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Brit Kartik Solano said he saw the truck hit the crowd.", "Kartik Solano"),
        ("Tunisian Olfa Bent Tarek said she ran from the promenade.", "Olfa Bent Tarek"),
        (
            "The mother of a young boy, Tunisian Olfa Bent Tarek, said she ran from the crowd.",
            "Olfa Bent Tarek",
        ),
    ],
)
def test_a_nationality_before_a_name_is_no_part_of_it(line: str, name: str) -> None:
    names = [a.name for a in extract_offline(_article(f"Attack\n\n{line}\n")).actors]
    assert name in names
    assert not any(n.startswith(("Brit ", "Tunisian ")) for n in names)


def test_the_described_mother_before_a_nationality_and_a_name_is_her_role() -> None:
    text = "Attack\n\nThe mother of a young boy, Tunisian Olfa Bent Tarek, said she ran.\n"
    (mother,) = [a for a in extract_offline(_article(text)).actors if a.name == "Olfa Bent Tarek"]
    assert mother.roles == ["mother of a young boy"]


def test_two_nationalities_joined_by_a_hyphen_are_no_actor() -> None:
    text = "Attack\n\nThe French-Tunisian drove the truck into the crowd on the promenade.\n"
    assert [a.name for a in extract_offline(_article(text)).actors if not a.unnamed] == []


def _gallery(captions: list[str]) -> str:
    title = "Harbour terror: Harrowing images of the ferry fire in Saltmere"
    parts = [f"Photos: {title} Smoke rises over the harbour."]
    parts += [
        f"Hide Caption {n} of {len(captions) + 1} Photos: {title} {caption}"
        for n, caption in enumerate(captions, 1)
    ]
    return " ".join(parts)


def test_a_photo_gallerys_furniture_is_cut_from_its_captions() -> None:
    gallery = _gallery(
        [
            "Rescue workers carry a victim from the quay.",
            '"We just knew we had to run for our lives," said Ivo Marsh, a tourist.',
        ]
    )
    extraction = extract_offline(_article(f"Ferry fire\n\n{gallery}\n"))
    (position,) = extraction.positions
    assert position.actor == "Ivo Marsh"
    assert "Hide Caption" not in position.stance
    assert "Harrowing" not in position.stance
    assert "Harrowing" not in [a.name for a in extraction.actors]


def test_one_photos_label_is_no_gallery() -> None:
    line = "Photos: the ministry released pictures of the harbour on Monday."
    text = f"Ferry fire\n\n{line}\n"
    (sentence,) = [s for s in split_sentences(text) if not s.headline]
    assert sentence.text == line


@pytest.mark.parametrize("role", ["US first lady", "First Lady"])
def test_a_leaders_spouse_title_is_one_role(role: str) -> None:
    text = f"Campaign\n\n{role} Ana Vale joined the campaign on Monday.\n"
    (vale,) = [a for a in extract_offline(_article(text)).actors if a.name == "Ana Vale"]
    assert vale.roles == [role]


def test_a_role_after_through_is_the_means_not_an_apposition() -> None:
    text = "Film\n\nThrough a spokesperson, Ivo Mark has previously denied the allegations.\n"
    (mark,) = [a for a in extract_offline(_article(text)).actors if a.name == "Ivo Mark"]
    assert mark.roles == []


def test_a_role_after_but_opens_an_apposition_of_its_own() -> None:
    text = (
        "Tour\n\nThe tourists had gone through Amara undefeated but their captain, Ivo Mark, "
        "created animosity with his attitude.\n"
    )
    (mark,) = [a for a in extract_offline(_article(text)).actors if a.name == "Ivo Mark"]
    assert mark.roles == ["captain"]


def test_a_noun_right_before_a_name_describes_that_name() -> None:
    """'Parent company First Energy said …' had made 'Parent company' the Erie Times-News
    (the one company then named) and listed it as someone unnamed besides; 'reporters' before
    two names is neither's."""
    text = (
        "The Amara Herald reports that Dana Whitlock was stunned by the bill. Parent company "
        "Westmarch Energy said a decimal point was moved. Reporters Ivo Tamm and Rina Kovac "
        "broke the story."
    )
    actors = {a.name: a for a in extract_offline(_article(text)).actors}
    assert "Parent company" in [e.quote for e in actors["Westmarch Energy"].evidence]
    assert not any(
        "Parent company" in [e.quote for e in a.evidence]
        for name, a in actors.items()
        if name != "Westmarch Energy"
    )
    assert not {"Parent company", "company", "reporters", "Reporters"} & set(actors)


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Whitlock said her eyes just about popped out of her head.",
        "The fans shook their heads as Ivo Tamm left.",
    ],
)
def test_a_head_someone_has_is_no_one(sentence: str) -> None:
    """'popped out of her head' had listed 'the head' among the people described."""
    names = {a.name for a in extract_offline(_article(sentence)).actors}
    assert not {"the head", "heads"} & names


def test_a_feast_is_a_time_of_year_not_an_actor() -> None:
    """'She suspected her family had put up their Christmas lights wrong' had made Christmas
    an actor."""
    text = (
        "Dana Whitlock suspected her family had put up their Christmas lights wrong. Sales "
        "since Easter have been slow, Ivo Tamm said."
    )
    x = extract_offline(_article(text))
    names = {a.name for a in x.actors} | {a.name for a in x.also_named}
    assert not {"Christmas", "Easter"} & names


def test_a_name_opening_a_bracketed_credit_is_no_actor() -> None:
    """'(Greg Wohlford/Erie Times-News via AP)' after a caption had made the photographer an
    actor of the story."""
    text = (
        "Snow\n\nResidents dig out on Tuesday after a record snowfall. The weather office says "
        "the storm brought 34 inches. (Dana Whitlock/Amara Herald via AP)\nCounty Executive "
        "Ivo Tamm signed a declaration of disaster emergency.\n"
    )
    x = extract_offline(_article(text))
    names = {a.name for a in x.actors}
    assert "Ivo Tamm" in names
    assert "Dana Whitlock" not in names


def test_a_name_ending_in_a_letter_keeps_its_possessive_apart() -> None:
    """ "DailyMail.com have contacted Cardi B's representatives" had made "Cardi B's" a second
    actor beside Cardi B ('S&N's' beside S&N, "Ali G's")."""
    text = (
        "Dana Whitlock praised S&N on Monday. S&N said it would grow. Analysts welcomed S&N's "
        "plan, and Ivo Tamm backed Malcolm X's view."
    )
    names = {a.name for a in extract_offline(_article(text)).actors}
    assert "S&N" in names
    assert not any(name.endswith(("'s", "\u2019s")) for name in names)


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Her second single Bartier Tamm hit iTunes the same day.", "Bartier Tamm"),
        ("His latest track, Candy Whitlock, was released on Friday.", "Candy Whitlock"),
    ],
)
def test_a_singers_single_is_a_title_not_an_actor(sentence: str, title: str) -> None:
    """'her second single Bartier Cardi hit iTunes' had made the song an actor; 'not a single
    Labour MP' still names the party."""
    x = extract_offline(_article(f"Dana Whitlock sang on Monday. {sentence}"))
    assert title not in {a.name for a in x.actors}
    party = extract_offline(_article("Not a single Amara Party MP voted for the Whitlock plan."))
    assert "Amara Party" in {a.name for a in party.actors} | {a.name for a in party.also_named}


def test_marquis_before_a_surname_is_a_given_name() -> None:
    """'Memphis Hustle guard Marquis Teague' had been the title Marquis and the surname Teague,
    so the briefing merged him into his brother Jeff Teague."""
    text = (
        "Airline spokesman Ivo Tamm said guard Marquis Whitlock boarded the flight. Whitlock, the "
        "brother of Jeff Whitlock of the Minnesota Timberwolves, was drafted in 2012."
    )
    names = {a.name for a in extract_offline(_article(text)).actors}
    assert "Marquis Whitlock" in names
    assert "Whitlock" not in names


def test_air_opens_an_airlines_name() -> None:
    """'The flight was operated by Envoy Air' had made 'Air' a person titled Envoy; 'Air
    Deccan' a person; 'Jet Airways and Air Sahara' stay two airlines."""
    text = (
        "The flight was operated by Envoy Air. Envoy Air said it was reviewing the matter. "
        "Jet Airways and Air Sahara cut fares on Monday."
    )
    actors = {a.name: a.kind for a in extract_offline(_article(text)).actors}
    assert actors.get("Envoy Air") == "organization"
    assert "Air" not in actors
    assert "Jet Airways and Air Sahara" not in actors


def test_a_stop_with_its_space_lost_still_ends_a_sentence() -> None:
    """'… across the ocean.The rings were spotted … same time and place."My thinking is …,"
    said Chris Hughes': the page lost the spaces, and the whole paragraph had been one
    sentence, shown as Hughes's position; 'Amazon.com' and 'U.S.Army' are no stops."""
    text = (
        "Scientists found rings in the sea.The rings were spotted from space with Amazon.com "
        'data and place."My thinking is that they carry creatures far," said Ivo Tamm.'
    )
    starts = [s.text[:12] for s in split_sentences(text)]
    assert starts == ["Scientists f", "The rings we", '"My thinking']
    x = extract_offline(_article(text))
    (position,) = [p for p in x.positions if p.actor == "Ivo Tamm"]
    assert not position.stance.startswith(("Scientists", "The rings"))


def test_a_video_carousels_lines_are_page_furniture() -> None:
    """USA Today's video player: 'Skip in Skip x Embed x Share CLOSE WHAT YOU NEED TO KNOW …'
    had run its 41 video blurbs into the story ('Last VideoNext Video SpaceX' an actor with
    two positions), and a blurb under 'CLOSE' ('CLOSE Sheila E. says …') read as prose."""
    sentences = split_sentences(
        "Rocket\n\nThe rocket flew on Tuesday.\n"
        "Skip in Skip x Embed x Share CLOSE WHAT YOU NEED TO KNOW ABOUT IVO TAMM Ivo Tamm "
        "reacts to a rumour | 0:38 Ivo Tamm says he is not behind it. Buzz60 2 of 41\n"
        "CLOSE Dana Whitlock says Ivo Tamm reached out to her after she tweeted. (Feb. 4) AP\n"
        "Close to 100 people watched the launch.\n"
    )
    assert [s.text for s in sentences if not s.debris] == [
        "Rocket",
        "The rocket flew on Tuesday.",
        "Close to 100 people watched the launch.",
    ]


def test_a_crafts_name_is_no_actor() -> None:
    """'the Falcon Heavy rocket' had made Falcon Heavy a person across seven articles, with
    Musk's 'his' and a quotation naming the rocket ('"There's a lot of risk associated with
    Falcon Heavy," …') under its name; the firm that owns a rocket ('the Amarex rocket') stays."""
    text = (
        "Ivo Tamm said the Falcon Mighty rocket will launch in January. The Falcon Mighty will "
        "carry his car. Falcon Mighty is the most powerful rocket in use, and Mighty will fly "
        "again. Amarex said the Amarex rocket was ready."
    )
    actors = {a.name: a for a in extract_offline(_article(text)).actors}
    assert not {"Falcon Mighty", "Mighty", "Falcon"} & set(actors)
    assert "his" in [e.quote for e in actors["Ivo Tamm"].evidence]
    assert "Amarex" in actors


def test_a_flights_name_is_no_actor() -> None:
    """'Hawaii Airlines Flight no. 446 took off from Auckland' had made the flight a body
    that acts: a flight is a craft's trip, a thing named, not who flies it."""
    text = (
        "Flight\n\nTonga Airlines Flight no. 12 took off from Apia at 12:05 a.m., bound for "
        "Tonga.\nTonga Airlines Flight 12 landed safely. Howard Flight said he had flown it.\n"
    )
    actors = [a.name for a in extract_offline(_article(text)).actors if not a.unnamed]
    assert actors == ["Howard Flight"]  # a man called Flight is still a person


def test_a_firm_of_partners_names_is_one_name() -> None:
    """'an analyst at investment bank Keefe, Bruyette & Woods, said' had made 'Bruyette &
    Woods' a person with the analyst's role and 'Keefe' a bank; a list of firms ('include
    Kimberly-Clark, Johnson & Johnson, and …') and a place before one stay apart."""
    text = (
        "Brian Tamm, an analyst at investment bank Keefe, Bruyette & Woods, said in a note "
        "Friday that the charge would be large. In London, Marks & Spencer said sales rose. "
        "Suitors include Kimberly-Clark, Johnson & Johnson, and private equity firms."
    )
    kinds = {a.name: a.kind for a in extract_offline(_article(text)).actors}
    assert kinds.get("Keefe, Bruyette & Woods") == "organization"
    assert "Bruyette & Woods" not in kinds
    assert "Marks & Spencer" in kinds
    assert "Kimberly-Clark, Johnson & Johnson" not in kinds


def test_a_companys_short_name_beside_its_groups_name_is_the_company() -> None:
    """'Goldman Sachs Group Inc said …' and 'Goldman Sachs said …' in one article had been a
    company and a person called Goldman Sachs."""
    text = (
        "Westmark Brandt Group Inc said on Friday it expects a $5 billion hit. Westmark Brandt "
        "said the charge was large. Credit Amara Group said it would take a hit too, and Credit "
        "Amara said more."
    )
    kinds = {a.name: a.kind for a in extract_offline(_article(text)).actors}
    assert kinds == {
        "Westmark Brandt Group Inc": "organization",
        "Credit Amara Group": "organization",
    }


def test_a_role_before_a_place_that_stands_for_a_team_is_not_the_teams() -> None:
    """'help build Tamm into the franchise quarterback Denver has missed', where Denver is
    the Denver Gulls' short name: the team had been shown as a 'franchise quarterback'."""
    text = (
        "Gulls\n\nThe Denver Gulls fired their coach on Monday. The Gulls said he had lost.\n"
        "The next coach must build Ivo Tamm into the franchise quarterback Denver has missed.\n"
    )
    roles = {a.name: a.roles for a in extract_offline(_article(text)).actors}
    assert roles.get("Denver Gulls") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Astrophysicist Professor Ivo Tamm of Vale University told the paper he had talked.",
        "President Ivo Tamm of Ruritania said he had talked.",
    ],
)
def test_a_person_after_a_trade_and_a_title_is_not_continued_by_of(sentence: str) -> None:
    """'Astrophysicist Professor Heino Falcke of Radboud University told the Guardian' had
    been one organisation's name, 'Nestor Kirchner of Argentina' another: a trade or a title
    before a person's name does not make 'of' go on to his university or country."""
    actors = {a.name: a.kind for a in extract_offline(_article(f"Talks\n\n{sentence}\n")).actors}
    assert actors.get("Ivo Tamm") == "person"
    assert not any(" of " in name for name in actors)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The launch is set for August, the official People's Daily said.", "People's Daily"),
        ("The Women's Tennis Association said the test was fair.", "Women's Tennis Association"),
    ],
)
def test_a_plural_of_peoples_possessive_inside_a_bodys_name_is_part_of_it(
    sentence: str, name: str
) -> None:
    """ "the official People's Daily said" had made an actor 'People' (an official) and
    another 'Daily'; "the Women's Tennis Association" a 'Tennis Association'. Not "Dead
    Man's Shoes" (a film: no body's word after the possessive)."""
    names = {a.name for a in extract_offline(_article(f"News\n\n{sentence}\n")).actors}
    assert name in names
    film = "News\n\nDead Man's Shoes won the award on Sunday.\n"
    assert "Dead Man's Shoes" not in {a.name for a in extract_offline(_article(film)).actors}


def test_a_body_then_a_family_name_first_is_two_names() -> None:
    """ "Vice Director of China's National Space Administration Wu Yanhua said …" had made
    one body's name of the agency and its vice director, and given it his words."""
    text = "Moon\n\nDeputy Head of Chile's National Space Agency Wu Lanfen said it would launch.\n"
    actors = {a.name: a.kind for a in extract_offline(_article(text)).actors}
    assert actors.get("Wu Lanfen") == "person"
    assert actors.get("National Space Agency") == "organization"


def test_a_clause_of_time_before_a_name_gives_no_role() -> None:
    """'… saying it was "out of touch" after only one woman, Ana Lis, won a solo award':
    Ana Lis had been shown as '” after only one woman', a closing quotation mark and all."""
    text = (
        "Awards\n\nExecutives wrote to the academy, saying it was \u201cout of touch and, "
        "above all, society\u201d after only one woman, Ana Lis, won a solo award.\n"
    )
    roles = {a.name: a.roles for a in extract_offline(_article(text)).actors}
    assert roles.get("Ana Lis") == []


def test_a_title_after_entitled_is_a_work_and_no_one() -> None:
    """'A paper describing the research, entitled Probing Planets in Extragalactic Galaxies
    …' had made an organisation 'Probing Planets'; a work's title is no actor, nor someone
    'also mentioned', and being entitled so is no happening."""
    text = (
        "Planets\n\nA paper describing the research, entitled Probing Worlds in Far Galaxies "
        "Using Lenses, was published on Friday.\n"
    )
    extraction = extract_offline(_article(text))
    named = [a.name for a in (*extraction.actors, *extraction.also_named) if not a.unnamed]
    assert not any("Probing" in name for name in named)
    assert not any(e.predicate in ("entitle", "title") for e in extraction.events)  # a state


@pytest.mark.parametrize("paper", ["NYT", "WSJ"])
def test_a_papers_initials_are_the_paper_and_no_actor(paper: str) -> None:
    """'The NYT says the letter calls for a task force': the paper that reports, as 'The
    New York Times says' is, not an actor holding a position."""
    text = f"Letter\n\nThe {paper} says the letter calls for a task force on diversity.\n"
    assert paper not in {a.name for a in extract_offline(_article(text)).actors}


def test_a_groups_name_that_opens_with_people_for_is_one_name() -> None:
    """'The animal advocacy group People for the Ethical Treatment of Animals said …' had made
    an organisation 'People' holding its words, and 'Animals' someone; 'PETA' is its
    initials."""
    text = (
        "Zoo\n\nThe advocacy group People for the Ethical Treatment of Animals said zoos must "
        "change. PETA said so on Twitter too.\n"
    )
    actors = {a.name: a.aliases for a in extract_offline(_article(text)).actors}
    assert "PETA" in actors.get("People for the Ethical Treatment of Animals", [])


def test_tokens_keep_titles_web_addresses_and_words_whole() -> None:
    """The tokenizer's fast paths (a lookahead for the stop a title or a web address needs)
    change no token: 'Dr.' and 'Sen.' stay one token, so does 'www.dec.org.uk'; a sentence's
    last word keeps its stop apart."""
    assert all(re.fullmatch("[A-Z][a-z]*", title) for title in TITLE_ABBREVIATIONS)  # the guard
    (sentence,) = split_sentences("Dr. Ana Vale and Sen. Ivo Tamm wrote on www.dec.org.uk today.")
    assert [t.text for t in sentence.tokens] == [
        "Dr.",
        "Ana",
        "Vale",
        "and",
        "Sen.",
        "Ivo",
        "Tamm",
        "wrote",
        "on",
        "www.dec.org.uk",
        "today",
        ".",
    ]


def test_the_rules_leave_no_reference_cycles_for_the_paused_collector() -> None:
    """`extract_offline` pauses the cyclic garbage collector while it reads: right only while
    the rules make no reference cycles, which would then wait for a later collection. Reading
    the corpus leaves nothing for the collector, compiled or not (compiled, a function nested
    in another had held the sentence's tokens in a cycle), and the caller's setting is kept."""
    articles = corpus_articles()
    extract_offline(articles[0])  # word lists loaded once per process, outside the count
    gc.collect()
    gc.disable()
    try:
        for article in articles:
            extract_offline(article)
            positions_offline(article)
        assert gc.collect() == 0
        assert not gc.isenabled()  # paused by the caller: still paused
    finally:
        gc.enable()
    extract_offline(articles[0])
    assert gc.isenabled()


@pytest.mark.skipif(rules_compiled(), reason="compiled rules call each other directly")
def test_the_collector_is_paused_while_the_rules_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cyclic collector does not run while an article is read (its passes took about a
    tenth of the time), and runs again after, even when a rule fails."""
    from summarizer.engines.offline import extraction

    seen: list[bool] = []
    reading = extraction.find_statements

    def watched(*args: Any) -> Any:
        seen.append(gc.isenabled())
        return reading(*args)

    monkeypatch.setattr(extraction, "find_statements", watched)
    article = corpus_articles()[0]
    extract_offline(article)
    positions_offline(article)
    assert seen == [False, False]
    assert gc.isenabled()

    def failing(*args: Any) -> Any:
        raise RuntimeError("a rule failed")

    monkeypatch.setattr(extraction, "find_statements", failing)
    with pytest.raises(RuntimeError):
        extract_offline(article)
    assert gc.isenabled()
