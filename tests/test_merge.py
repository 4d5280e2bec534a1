"""Merging the corpus's hand-made extractions: one actor per person, one event per happening,
positions per actor, disagreements quoted on both sides, nothing lost, same output every time."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import markdown_it
import pytest
from corpus_support import ARTICLES, ExpectedArticle, expected_corpus

from summarizer.engines.extract import extract_articles
from summarizer.engines.offline import OfflineEngine
from summarizer.merge import merge_extractions
from summarizer.models import Actor, ActorKind, Briefing, Evidence, RunStats
from summarizer.render.markdown import render_markdown
from summarizer.sources.loading import load_articles


@pytest.fixture(scope="module")
def corpus() -> list[ExpectedArticle]:
    return expected_corpus()


@pytest.fixture(scope="module")
def briefing(corpus: list[ExpectedArticle]) -> Briefing:
    return merge_extractions(
        [e.article for e in corpus], [e.extraction for e in corpus], stats=RunStats(engine="gold")
    )


def _actor(briefing: Briefing, name: str):  # type: ignore[no-untyped-def]
    found = [a for a in briefing.actors if a.name == name]
    assert len(found) == 1, f"{name}: {[a.name for a in briefing.actors]}"
    return found[0]


def test_one_actor_per_person_however_spelled(briefing: Briefing) -> None:
    ceo = _actor(briefing, "Andriy Sokolovskyy")
    assert set(ceo.aliases) == {"Andriy Sokolovsky", "Andrei Sokolovskiy", "Andrii Sokolovskyi"}
    assert ceo.sources == [2, 3, 4, 6]
    captain = _actor(briefing, "Dmytro Kovalenko")
    assert set(captain.aliases) == {"Dmitry Kovalenko", "Dmitri Kovalenko"}
    assert captain.sources == [1, 3, 5]
    assert _actor(briefing, "Brightwater Shipping").sources == [1, 2, 3, 4, 5, 6]
    assert "port authority" in _actor(briefing, "Saltmere Port Authority").aliases


def test_namesakes_stay_apart(briefing: Briefing) -> None:
    minister = _actor(briefing, "Ana Ribeiro")
    fisherman = _actor(briefing, "Carlos Ribeiro")
    assert minister.sources == [2, 3, 4]
    assert fisherman.sources == [2, 4]
    assert "Environment Minister" in minister.roles


def test_actor_count_is_the_number_of_distinct_actors(briefing: Briefing) -> None:
    assert len(briefing.actors) == 16


def _event_with(briefing: Briefing, words: str):  # type: ignore[no-untyped-def]
    found = [e for e in briefing.events if any(words in ev.quote for ev in e.evidence)]
    assert len(found) == 1, [e.summary for e in found]
    return found[0]


def test_one_event_per_happening_citing_every_report(briefing: Briefing) -> None:
    grounding = _event_with(briefing, "ran aground on the Gannet Shoal early on Monday")
    assert grounding.sources == [1, 2, 4, 5]
    assert str(grounding.date) == "2026-03-08"
    ban = _event_with(briefing, "within 12 nautical miles")
    assert ban.sources == [2, 3, 4]
    apology = _event_with(briefing, "apologised on Tuesday")
    assert apology.sources == [2, 3]


def test_different_happenings_are_not_merged(briefing: Briefing) -> None:
    questioned = _event_with(briefing, "Police in Saltmere questioned")
    airlifted = _event_with(briefing, "was among those airlifted")
    assert questioned is not airlifted
    boarded = _event_with(briefing, "recovered its voyage data recorder")
    assert boarded.sources == [4]


def test_timeline_is_dated_first_in_order(briefing: Briefing) -> None:
    dates = [e.date for e in briefing.events]
    dated = [d for d in dates if d is not None]
    assert dated == sorted(dated)
    assert dates.index(None) == len(dated)


def _claims(briefing: Briefing, topic_word: str) -> dict[str, list[int]]:
    found = [d for d in briefing.disagreements if topic_word in d.topic]
    assert len(found) == 1, [d.topic for d in briefing.disagreements]
    return {c.claim: c.sources for c in found[0].claims}


def test_conflicting_figures_are_shown_with_both_sides(briefing: Briefing) -> None:
    assert _claims(briefing, "injured") == {"Three crew members": [1, 5], "Five crew members": [2]}
    assert _claims(briefing, "tonnes") == {
        "about 200 tonnes": [1, 3, 4],
        "as much as 450 tonnes": [2, 6],
        "less than 80 tonnes": [3, 6],
    }
    assert _claims(briefing, "nautical miles") == {
        "10 nautical miles": [2],
        "12 nautical miles": [3],
    }


def test_conflicting_dates_are_a_disagreement_not_a_choice(briefing: Briefing) -> None:
    dates = [d for d in briefing.disagreements if d.kind == "date"]
    assert len(dates) == 1
    assert {c.claim: c.sources for c in dates[0].claims} == {
        "2026-03-08 (late on Sunday)": [1, 4, 5],
        "2026-03-09 (early on Monday)": [2],
    }
    grounding = _event_with(briefing, "early on Monday")
    assert "the date" in grounding.disputed


def test_agreeing_figures_are_not_a_disagreement(briefing: Briefing) -> None:
    assert not any("crew" in d.topic and "rescued" in d.topic for d in briefing.disagreements)
    assert len(briefing.disagreements) == 4


def test_positions_are_grouped_per_actor_and_repeats_merged(briefing: Briefing) -> None:
    actors = [p.actor for p in briefing.positions]
    assert actors == sorted(actors, key=actors.index)  # contiguous groups
    assert actors[0] == "Andriy Sokolovskyy"
    carlos = [p for p in briefing.positions if p.actor == "Carlos Ribeiro"]
    assert {p.evidence[0].quote for p in carlos} >= {"this week, not next year"}
    minister = [p for p in briefing.positions if p.actor == "Ana Ribeiro"]
    assert len(minister) == 4
    assert all(p.actor != "Ribeiro" for p in briefing.positions)


def test_repeated_open_questions_are_merged(briefing: Briefing) -> None:
    cause = [
        q for q in briefing.open_questions if "caused the engine failure" in q.evidence[0].quote
    ]
    assert len(cause) == 1
    assert cause[0].sources == [1, 3]
    comment = [q for q in briefing.open_questions if "respond" in q.evidence[0].quote]
    assert len(comment) == 1
    assert comment[0].sources == [1, 5]
    assert len(briefing.open_questions) == 8


def test_every_piece_of_evidence_is_kept(corpus: list[ExpectedArticle], briefing: Briefing) -> None:
    def spans(items: list) -> set[tuple[int, int, int]]:  # type: ignore[type-arg]
        return {(e.source, e.start, e.end) for item in items for e in item.evidence}

    for kind in ("actors", "events", "positions", "open_questions"):
        given = spans([i for c in corpus for i in getattr(c.extraction, kind)])
        assert given == spans(getattr(briefing, kind)), kind


def test_evidence_quotes_are_the_article_text(
    corpus: list[ExpectedArticle], briefing: Briefing
) -> None:
    texts = {c.article.id: c.article.text for c in corpus}
    items = [*briefing.actors, *briefing.events, *briefing.positions, *briefing.open_questions]
    items += [claim for d in briefing.disagreements for claim in d.claims]
    for item in items:
        for e in item.evidence:
            assert texts[e.source][e.start : e.end] == e.quote


def test_same_input_same_output_whatever_the_order(
    corpus: list[ExpectedArticle], briefing: Briefing
) -> None:
    shuffled = [e.extraction for e in corpus]
    random.Random(7).shuffle(shuffled)
    again = merge_extractions([e.article for e in corpus], shuffled, stats=RunStats(engine="gold"))
    assert again.model_dump_json() == briefing.model_dump_json()


def test_the_briefing_does_not_depend_on_the_interpreter_hash_seed(tmp_path: Path) -> None:
    """Sets iterate in a per-process order: nothing in a briefing may follow it."""
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"{seed}.json"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        env.pop("OPENAI_API_KEY", None)
        env.pop("OPENAI_BASE_URL", None)
        command = [sys.executable, "-m", "summarizer", str(ARTICLES), "--engine", "offline"]
        subprocess.run(
            [*command, "--no-cache", "--format", "json", "-o", str(out), "-q"],
            env=env, check=True, cwd=tmp_path,
        )  # fmt: skip
        document = json.loads(out.read_text(encoding="utf-8"))
        document.pop("stats")
        outputs.append(document)
    assert outputs[0] == outputs[1]


async def test_extraction_in_several_processes_is_the_same_as_in_one() -> None:
    articles = load_articles(ARTICLES).articles
    one = await extract_articles(articles, OfflineEngine(workers=1))
    engine = OfflineEngine(workers=2)
    await engine.prepare()
    several = await extract_articles(articles, engine, concurrency=4)
    await engine.aclose()
    assert [r.extraction for _, r in several.results] == [r.extraction for _, r in one.results]


def _offline_briefing(*texts: str) -> Briefing:
    from summarizer.engines.offline import extract_offline
    from summarizer.models import Article

    articles = [Article(id=n, path=f"{n}.txt", text=t) for n, t in enumerate(texts, start=1)]
    return merge_extractions(articles, [extract_offline(a) for a in articles])


def test_a_name_only_mentioned_joins_the_person_other_articles_show_acting() -> None:
    briefing = _offline_briefing(
        "Ravi Menon accepted the post on Monday, officials said.",
        "In choosing Menon, the board looked abroad.",
        "The board said Menon has accepted.",  # acts under a surname alone: of unknown kind
    )
    menon = _actor(briefing, "Ravi Menon")
    assert {e.source for e in menon.evidence} == {1, 2, 3}
    assert [a.name for a in briefing.actors if "Menon" in a.name] == ["Ravi Menon"]


def test_a_bodys_initials_are_no_persons_surname() -> None:
    """'U.N.' (the violators of U.N. sanctions) had joined Kim Jong Un as an alias: its
    letters read as the surname 'Un'. Initials alone are no one's name."""
    briefing = _offline_briefing(
        "Report\n\nKim Jong Un tested a missile on Friday, officials said.\n",
        "Report\n\nChina promised to punish violators of U.N. sanctions, the U.N. said.\n",
    )
    kim = _actor(briefing, "Kim Jong Un")
    assert {e.source for e in kim.evidence} == {1}


def test_a_surname_of_unknown_kind_joins_the_one_person_another_article_calls_so() -> None:
    """'Chairman Schiff' in one article and '"…?" Schiff asked.' in another, no one named in
    full: one person, not two actors of one name."""
    briefing = _offline_briefing(
        "Report\n\nToday's hearing shows that Chairman Okafor is blinded by rage, aides said.",
        'Report\n\n"So you have not fixed the problem?" Okafor asked.\n"That is right," Lee '
        "Park said.",
    )
    okafor = [a for a in briefing.actors if a.name == "Okafor"]
    assert [a.sources for a in okafor] == [[1, 2]]


def test_a_given_name_alone_is_no_surname_to_join_other_articles_by() -> None:
    """Jackman's son Oscar in one article; 'a strong Oscar contender' in another names an
    award, and a given name alone in it (no surname, no title) says no more: the son is cited
    to his own article only (he had been the briefing's third actor, cited to nine)."""
    briefing = _offline_briefing(
        "Report\n\nIlse Brandt makes pancakes for her son Oscar, 8, she told the magazine.\n",
        "Film\n\nVarga Films said the drama is a strong Oscar contender.\n",
    )
    assert _actor(briefing, "Oscar").sources == [1]


def test_a_bodys_name_with_an_inner_word_plural_in_one_article_is_one_body() -> None:
    """'Academy of Motion Pictures Arts and Sciences' (mistyped) and 'Academy of Motion
    Picture Arts and Sciences' were two actors, and 'the Academy' of three more articles a
    third, shown as 'Academy': one body, under its full name as most articles spell it."""
    briefing = _offline_briefing(
        "Awards\n\nThe Academy of Kestrian Films Arts and Sciences said Ilse Brandt will host.",
        "Awards\n\nThe Academy of Kestrian Film Arts and Sciences said Ilse Brandt will host.",
        "Awards\n\nThe Academy said Ilse Brandt will host the show.",
        "Awards\n\nThe Academy of Kestrian Film Arts and Sciences said Ilse Brandt will host.",
        "Awards\n\nThe Academy announced that Ilse Brandt will host.",
    )
    bodies = [a for a in briefing.actors if "Academy" in a.name]
    assert [(a.name, a.sources) for a in bodies] == [
        ("Academy of Kestrian Film Arts and Sciences", [1, 2, 3, 4, 5])
    ]


def test_a_body_most_often_called_by_common_words_is_shown_by_its_full_name() -> None:
    """'the Bears' in two articles, 'the Kestrel Bears' in one: 'Kestrel Bears', as
    'Department of Health and Human Services' over 'Human Services'."""
    briefing = _offline_briefing(
        "Game\n\nThe Kestrel Bears said they would appeal the ruling.",
        "Game\n\nThe Bears said they would appeal the ruling on Monday.",
        "Game\n\nThe Bears said on Tuesday that they had appealed.",
    )
    assert [a.name for a in briefing.actors if "Bears" in a.name] == ["Kestrel Bears"]


def test_a_body_one_article_names_is_shown_by_its_name_not_the_descriptions_joined() -> None:
    """'the parliament' in two articles, 'Parliament' named in a third: 'Parliament', the
    body's name, not the description most articles happen to use."""
    briefing = _offline_briefing(
        "Vote\n\nThe parliament passed the budget on Monday, and the parliament then rose.",
        "Vote\n\nThe parliament passed the budget on Monday after a long debate.",
        "Vote\n\nThe budget was passed by Parliament on Monday, officials said.",
    )
    assert [(a.name, a.unnamed) for a in briefing.actors if "arliament" in a.name] == [
        ("Parliament", False)
    ]


@pytest.mark.parametrize("nicknamed", ['Charles "Lucky" Luciano', "Charles (Lucky) Luciano"])
def test_a_nickname_inside_a_full_name_is_a_name_the_person_goes_by(nicknamed: str) -> None:
    """'Charles "Lucky" Luciano' in one article is 'Lucky Luciano' of another: one actor (had
    been two); in either order, and without joining a namesake called otherwise."""
    first = f"Mob\n\nThe family was founded in 1931 by gangster {nicknamed}. Luciano said so."
    second = "Mob\n\nGigante was a close friend of Lucky Luciano. Lucky Luciano said so."
    third = "Mob\n\nHis cousin Marco Luciano said he was proud."
    for texts in ((first, second, third), (second, first, third)):
        briefing = _offline_briefing(*texts)
        lucianos = {a.name: sorted(a.sources) for a in briefing.actors if "Luciano" in a.name}
        assert lucianos == {"Charles Luciano": [1, 2], "Marco Luciano": [3]}


def test_a_body_and_its_acronym_with_a_short_word_in_capitals_are_one_actor() -> None:
    briefing = _offline_briefing(
        "Party\n\nThe UK Independence Party said it would fight the seat, officials said.",
        "Party\n\nUKIP said it would fight the seat. UKIP suspended a candidate on Monday.",
    )
    bodies = [a for a in briefing.actors if "UK" in a.name]
    assert [a.sources for a in bodies] == [[1, 2]]


def test_a_bodys_name_with_words_cut_short_is_the_name_written_out() -> None:
    """'Man United' is Manchester United ('Man' its start, 'United' the word); 'Man City' is
    not, and 'the man' someone described is no short name of either."""
    briefing = _offline_briefing(
        "Club\n\nManchester United said it had received a detailed proposal on Sunday.",
        "Club\n\nMan United said it would study the bid. Manchester City said nothing. The man "
        "who runs the shop said he was worried.",
    )
    united = [a for a in briefing.actors if "United" in a.name]
    assert [(a.name, a.sources) for a in united] == [("Manchester United", [1, 2])]
    assert not any("Man United" in a.aliases for a in briefing.actors if a.unnamed)


def test_a_name_only_mentioned_is_never_guessed_between_namesakes_or_shown_alone() -> None:
    briefing = _offline_briefing(
        "Ravi Menon accepted the post. Asha Menon declined it.",
        "In choosing Menon, the board looked abroad.",
        "In choosing Okafor, the board looked home.",
    )
    assert all(2 not in a.sources for a in briefing.actors)
    assert not any(a.name == "Okafor" for a in briefing.actors)


def test_a_description_joins_the_one_person_of_its_article_the_story_gives_that_role() -> None:
    briefing = _offline_briefing(
        "Cup final\n\nHead coach Ravi Menon thanked the crowd on Monday.",
        "Cup final\n\nRavi Menon arrived early with Asha Patel. The coach later thanked the "
        "players for their patience.",
    )
    menon = _actor(briefing, "Ravi Menon")
    assert any(e.source == 2 and e.quote.lower().endswith("coach") for e in menon.evidence)
    assert not any(a.unnamed and a.name.endswith("coach") for a in briefing.actors)


def test_a_capital_that_acts_is_its_countrys_government() -> None:
    briefing = _offline_briefing(
        "Talks\n\nRussia rejected the proposal on Monday, officials said.",
        "Talks\n\nMoscow rejected the proposal, and Paris welcomed the talks.",
    )
    russia = _actor(briefing, "Russia")
    assert "Moscow" in russia.aliases
    assert {e.source for e in russia.evidence} == {1, 2}
    assert not any(a.name == "Paris" and "Russia" in a.aliases for a in briefing.actors)


@pytest.mark.parametrize(
    ("texts", "surname", "person"),
    [
        (  # a two-word surname alone
            ("Awards\n\nCheryl Boone Isaacs, the academy's president, announced the host.",
             "Awards\n\nBoone Isaacs said the host was the ideal choice for the show.",
             "Awards\n\nMarketing executive Cheryl Boone Isaacs was elected in July."),
            "Isaacs", "Cheryl Boone Isaacs",
        ),
        (  # a nickname that its plural-looking surname made a team
            ("Coach\n\nThe Westmarch Rovers hired Maurice Cheeks on Monday, officials said.",
             'Coach\n\n"I know Mo Cheeks," the general manager said of the new coach.'),
            "Cheeks", "Maurice Cheeks",
        ),
    ],
)  # fmt: skip
def test_one_person_however_an_article_shortens_the_name(
    texts: tuple[str, ...], surname: str, person: str
) -> None:
    briefing = _offline_briefing(*texts)
    named = [a for a in briefing.actors if surname in a.name]
    assert [a.name for a in named] == [person]
    assert {e.source for e in named[0].evidence} == set(range(1, len(texts) + 1))


def test_a_surname_spelled_with_and_without_a_final_e_is_one_person_not_a_bare_one() -> None:
    briefing = _offline_briefing(
        "Rescue\n\nThe climbers were found on Monday, said Duncan Rait, who led the search.",
        "Rescue\n\nDuncan Raite said the search had been hard. Gordon Brown praised it.",
        "Praise\n\nDes Browne, the defence secretary, praised the search. Browne said so.",
    )
    people = {a.name: a.sources for a in briefing.actors if a.kind == "person"}
    assert people == {"Duncan Raite": [1, 2], "Gordon Brown": [2], "Des Browne": [3]}


def test_names_written_family_name_first_are_one_person_however_shortened() -> None:
    briefing = _offline_briefing(
        "Summit\n\nPresident Yoon Suk Yeol met the premier. Yoon said the talks went well.",
        "Summit\n\nPresident Yoon Suk-yeol arrived on Monday, spokeswoman Kim Eun-hye said. "
        "Kim told reporters the visit would last two days.",
    )
    people = {a.name: a.sources for a in briefing.actors if a.kind == "person"}
    assert people == {"Yoon Suk Yeol": [1, 2], "Kim Eun-hye": [2]}
    assert {p.actor for p in briefing.positions} <= {"Yoon Suk Yeol", "Kim Eun-hye"}


def test_arabic_names_and_a_royal_called_by_his_given_name_are_one_person_each() -> None:
    briefing = _offline_briefing(
        "Talks\n\nEgyptian President Abdel Fattah el-Sisi met Crown Prince Mohammed bin Salman "
        "on Tuesday. Prince Mohammed pledged $500 million, Sisi's office said.",
        "Talks\n\nPresident Abdel-Fattah al-Sisi held talks with the crown prince. Al-Sisi said "
        "the crossing must stay open.",
    )
    people = {a.name: a.sources for a in briefing.actors if a.kind == "person"}
    assert people == {"Abdel Fattah el-Sisi": [1, 2], "Mohammed bin Salman": [1]}


@pytest.mark.parametrize("short_first", [False, True])
def test_one_person_called_by_the_first_of_two_surnames_where_the_roles_agree(
    short_first: bool,
) -> None:
    long = (
        "Plant blast\n\nThe company's chief executive, Marco Antonio Ruiz Delgado, said the "
        "plant would stay closed."
    )
    short = (
        "Plant blast\n\nMarco Ruiz, the chief executive of Oriel Chemicals, said all workers "
        "had been accounted for."
    )
    briefing = _offline_briefing(*((short, long) if short_first else (long, short)))
    named = [a for a in briefing.actors if "Ruiz" in a.name]
    assert [a.name for a in named] == ["Marco Antonio Ruiz Delgado"]
    assert named[0].sources == [1, 2]


@pytest.mark.parametrize(
    ("long", "short"),
    [
        (  # no role in common: maybe the same person, maybe not
            "Talks\n\nMarco Antonio Ruiz Delgado, the company's chief executive, spoke.",
            "Talks\n\nMarco Ruiz, a union organiser, said the workers would strike.",
        ),
        (  # 'Luther' is a given name: 'Martin Luther' is not 'Martin Luther King'
            "Sermon\n\nThe Rev. Martin Luther King, a pastor, preached on Sunday.",
            "Sermon\n\nMartin Luther, a pastor, said the church was full.",
        ),
    ],
)
def test_a_name_that_may_only_be_anothers_first_surname_stays_apart(long: str, short: str) -> None:
    briefing = _offline_briefing(long, short)
    assert not any(1 in a.sources and 2 in a.sources for a in briefing.actors if a.kind == "person")


def test_a_headlines_capitals_make_no_names() -> None:
    briefing = _offline_briefing(
        "Coach\n\nThe Westmarch Rovers hired Maurice Menon on Monday, officials said.",
        "Westmarch Rovers Fire Coach Tom Hale, Hire Maurice Menon\n\n"
        "The Rovers fired Tom Hale on Monday and hired Maurice Menon, officials said.",
    )
    menon = _actor(briefing, "Maurice Menon")
    assert not any(alias.startswith("Hire") for alias in menon.aliases), menon.aliases


def test_a_surname_with_its_particle_apart_joined_or_dropped_is_one_actor() -> None:
    briefing = _offline_briefing(
        "Judge Vincent Del Giudice postponed the case.\n"
        "The man was petrified, Del Giudice said after the hearing.\n",
        "Justice Vincent DelGiudice spoke to the jury on Monday about the trial.\n",
        "The judge, Vincent Del Giudice, ruled on Friday.\n",
    )
    judges = [a for a in briefing.actors if "Giudice" in a.name]
    assert len(judges) == 1
    assert judges[0].sources == [1, 2, 3]


def test_a_stance_read_inside_a_fuller_one_of_the_same_actor_is_one_position() -> None:
    from summarizer.merge.statements import merge_positions
    from summarizer.models import ArticleExtraction, Evidence, Position

    def stated(stance: str, quote: str, at: int) -> Position:
        evidence = Evidence(source=1, quote=quote, start=at, end=at + len(quote))
        return Position(actor="Ivo Mark", stance=stance, evidence=[evidence])

    fuller = stated(
        'called the talks "useful" and stressed the need for further "compromises."', "useful", 10
    )
    part = stated('stressed the need for further "compromises."', "compromises.", 60)
    other = stated('said the need was "pressing"', "pressing", 90)  # his, but another statement
    extraction = ArticleExtraction(source=1, positions=[part, fuller, other])
    merged = merge_positions([extraction], lambda _source, name: name, ["Ivo Mark"])
    assert [p.stance for p in merged] == [fuller.stance, other.stance]  # the fuller words shown
    assert [e.quote for e in merged[0].evidence] == ["useful", "compromises."]


def test_a_son_named_jr_beside_his_father_stays_apart_across_articles() -> None:
    briefing = _offline_briefing(
        "W. Mark Felt, the former FBI official, died on Thursday.\n"
        "His son, Mark Felt Jr., said the family was at peace.\n",
        "Mark Felt, the former FBI official, spoke to reporters in 2005 about his past.\n",
    )
    felts = {a.name: a.sources for a in briefing.actors if "Felt" in a.name}
    assert felts == {"W. Mark Felt": [1, 2], "Mark Felt Jr.": [1]}


def test_an_acronym_with_stops_joins_the_body_another_article_names_in_full() -> None:
    briefing = _offline_briefing(
        "Raid\n\nThe Amara Bureau of Investigation raided the warehouse on Monday.\n",
        "Raid\n\nOn Monday, A.B.I. said it raided the warehouse.\n",
    )
    names = [a.name for a in briefing.actors if "A" in a.name and not a.unnamed]
    assert names == ["Amara Bureau of Investigation"]


@pytest.mark.parametrize(
    ("full", "short"), [("Brinton 76ers", "Sixers"), ("Brinton Cavaliers", "Cavs")]
)
def test_a_teams_short_name_joins_the_team_another_article_names_in_full(
    full: str, short: str
) -> None:
    briefing = _offline_briefing(
        f"Coach out\n\nThe {full} fired coach Ivo Marek on Monday.\n",
        f"Coach out\n\nOn Monday the {short} fired coach Ivo Marek.\n",
    )
    teams = [
        (a.name, sorted({e.source for e in a.evidence}))
        for a in briefing.actors
        if a.kind != "person"
    ]
    assert teams == [(full, [1, 2])]


def test_an_institution_described_by_nationality_leads_no_story() -> None:
    from summarizer.engines.offline import extract_offline
    from summarizer.merge.events import _lead_actors
    from summarizer.models import Article

    text = (
        "Raid\n\nThe Chilean navy said on Tuesday that it seized two boats. The Chilean navy "
        "said its boarding party found rifles. Ivo Marek, the captain, said the crew was safe.\n"
    )
    extraction = extract_offline(Article(id=1, path="a.txt", text=text))
    assert "Chilean navy" in {a.name for a in extraction.actors}
    assert _lead_actors(extraction, lambda source, name: name) == {"Ivo Marek"}


def test_an_actors_roles_are_told_once_each() -> None:
    from summarizer.engines.offline import extract_offline
    from summarizer.models import Article

    texts = [
        "Report\n\nU.S. President Ivo Tarn met Kremlin spokesman Dmitri Peskov on Monday.\n",
        "Report\n\nPresident Ivo Tarn spoke to Dmitri Peskov, the Kremlin spokesman, on Monday.\n",
    ]
    articles = [Article(id=n, path=f"{n}.txt", text=t) for n, t in enumerate(texts, 1)]
    briefing = merge_extractions(articles, [extract_offline(a) for a in articles])
    roles = {a.name: a.roles for a in briefing.actors}
    assert roles["Ivo Tarn"] == ["U.S. President"]
    assert roles["Dmitri Peskov"] == ["Kremlin spokesman"]


def test_a_persons_name_is_never_the_description_that_joined_them() -> None:
    from summarizer.engines.offline import extract_offline
    from summarizer.models import Article

    texts = [
        "Report\n\nProsecutor Terry Whitlow told the court she objected.\n",
        "Report\n\nCity Attorney Terry Whitlow said the clinic was approved.\n",
        'Report\n\nThe prosecutor objected to the clinic. Whitlow said he was "blindsided".\n',
        'Report\n\nThe prosecutor objected again. Whitlow said: "We were not told."\n',
    ]
    articles = [Article(id=n, path=f"{n}.txt", text=t) for n, t in enumerate(texts, 1)]
    briefing = merge_extractions(articles, [extract_offline(a) for a in articles])
    assert "Terry Whitlow" in [a.name for a in briefing.actors]
    assert "the prosecutor" not in [a.name for a in briefing.actors if not a.unnamed]


def test_the_garbage_collector_is_paused_during_a_merge_and_restored_after(
    corpus: list[ExpectedArticle], monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc

    import summarizer.merge as merge

    seen: list[bool] = []
    real = merge._merged

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(merge, "_merged", spy)
    articles, extractions = [e.article for e in corpus], [e.extraction for e in corpus]
    assert gc.isenabled()
    merge_extractions(articles, extractions)
    assert seen == [False]  # paused while it ran
    assert gc.isenabled()  # resumed after
    gc.disable()
    try:
        merge_extractions(articles, extractions)
        assert not gc.isenabled()  # a host that had it off keeps it off
    finally:
        gc.enable()
    monkeypatch.setattr(merge, "_merged", lambda *a, **k: (_ for _ in ()).throw(RuntimeError))
    with pytest.raises(RuntimeError):
        merge_extractions(articles, extractions)
    assert gc.isenabled()  # resumed after a merge that failed


def test_a_man_described_as_the_man_is_a_person_with_no_such_role() -> None:
    briefing = _offline_briefing(
        "Manhunt\n\nThat man, Ivo Tarnow, is now the main suspect. The man fled north.\n"
        "The man was last seen in Varna. Police said the man was armed.\n",
        "Arrest\n\nPolice arrested Ivo Tarnow, 27, on Sunday.\n",
    )
    tarnow = _actor(briefing, "Ivo Tarnow")
    assert tarnow.kind == "person"
    assert "man" not in [r.lower().removeprefix("the ") for r in tarnow.roles]


def test_an_unattributed_quotation_is_shown_once_and_never_beside_its_speakers_position() -> None:
    briefing = _offline_briefing(
        'Floods\n\nThe board said the levee "met every standard in force" last year.\n'
        '"Nobody could have foreseen a storm of this size," one official said.\n',
        'Levee\n\nThe board said the levee "met every standard in force" last year.\n'
        '"Nobody could have foreseen a storm of this size," board chairman Pieter Vos said.\n',
    )
    assert [(q.text, q.sources) for q in briefing.unattributed] == [
        ("met every standard in force", [1, 2])
    ]
    (vos,) = [p for p in briefing.positions if p.actor == "Pieter Vos"]
    assert "Nobody could have foreseen" in vos.evidence[0].quote
    markdown = render_markdown(briefing)
    assert "## Quoted, speaker not certain" in markdown
    assert "met every standard in force" in markdown.split("## Quoted, speaker not certain")[1]


def test_a_family_name_alone_is_the_person_another_article_names_family_name_first() -> None:
    briefing = _offline_briefing(
        'Summit\n\nChinese President Xi Jinping met officials on Monday. "We are partners," '
        "Xi Jinping said.\n",
        'Talks\n\nXi told Lula that China would buy more soybeans. "Trade will grow," Xi said.\n',
    )
    xi = _actor(briefing, "Xi Jinping")
    assert xi.sources == [1, 2]
    assert {p.actor for p in briefing.positions} == {"Xi Jinping"}


def test_an_unattributed_quotation_renders_nothing_active() -> None:
    briefing = _offline_briefing(
        'Report\n\nThe board said in a statement that "<script>alert(1)</script> '
        '[click](javascript:alert(1)) and read it now".\n'
    )
    assert briefing.unattributed
    shown = render_markdown(briefing).split("## Quoted, speaker not certain")[1]
    html = markdown_it.MarkdownIt("commonmark").render(shown)
    assert "<script>" not in html
    assert '<a href="javascript' not in html


def test_a_group_named_in_either_order_is_one_body() -> None:
    """'Menatep Group', 'Group Menatep' and 'Menatep' in three articles: one body."""
    briefing = _offline_briefing(
        "Yukos\n\nMenatep Group said it would sue the buyers. Menatep Group owns 60% of Yukos.\n",
        "Yukos\n\nGroup Menatep warned it would sue. A director of Group Menatep said the sale "
        'was "illegal".\n',
        "Yukos\n\nMenatep said it had lost its case. Menatep will appeal, it said.\n",
    )
    names = [a.name for a in briefing.actors if "Menatep" in a.name]
    assert len(names) == 1
    assert {e.source for e in _actor(briefing, names[0]).evidence} == {1, 2, 3}


def test_two_transliterations_of_a_long_name_are_one_body() -> None:
    """'Yuganskneftegas' and 'Yuganskneftegaz': one unit, a letter apart; 'Gazprom' and
    'Gazpromneft' stay two."""
    briefing = _offline_briefing(
        "Sale\n\nYuganskneftegas said output rose. Gazprom said it would not bid.\n",
        "Sale\n\nYuganskneftegaz said it had paid its taxes. Gazpromneft said it would bid.\n",
    )
    names = {a.name for a in briefing.actors}
    assert len(names & {"Yuganskneftegas", "Yuganskneftegaz"}) == 1
    assert {"Gazprom", "Gazpromneft"} <= names


def test_a_country_is_not_the_body_named_after_it() -> None:
    """'Sri Lanka' in one article and 'the Sri Lanka Banks Association said …' in another: a
    country and a body, two actors; the association's words stay under its own name."""
    briefing = _offline_briefing(
        "Growth\n\nSri Lanka expects growth to slow. Sri Lanka asked the IMF for help.\n",
        "Banks\n\nThe Sri Lanka Banks Association said the waves washed away property.\n",
    )
    assert [p.actor for p in briefing.positions if "waves" in p.stance] == [
        "Sri Lanka Banks Association"
    ]


def test_a_peer_known_by_a_place_is_a_person_shown_with_the_title() -> None:
    """'Home Office minister Baroness Scotland said …' was the country Scotland, listed as
    'Scotland — Baroness'."""
    briefing = _offline_briefing(
        'Law\n\nHome Office minister Baroness Scotland said: "Murder is the most serious crime."'
    )
    peer = _actor(briefing, "Baroness Scotland")
    assert peer.kind == "person"
    assert [p.actor for p in briefing.positions] == ["Baroness Scotland"]


def test_a_religious_or_a_royal_known_by_one_name_is_shown_with_the_title() -> None:
    """'Mother Teresa' was 'Teresa — Mother', 'Queen Elizabeth' 'Elizabeth — Queen'; 'his
    brother Ivo' stays Ivo, a relative."""
    briefing = _offline_briefing(
        'Faith\n\nMother Teresa said: "Peace begins with a smile."\n',
        'Palace\n\nQueen Elizabeth said: "We are pleased."\n',
        'Family\n\nTomas Kane came with his brother Ivo. "We are proud," Ivo said.\n',
    )
    names = {a.name for a in briefing.actors}
    assert {"Mother Teresa", "Queen Elizabeth"} <= names
    assert "Brother Ivo" not in names


def test_a_described_group_joins_a_longer_name_only_of_its_own_head_noun() -> None:
    """'under doctors orders' is no short name of 'Doctors Without Borders', nor 'the student'
    of 'student demonstrators'; 'police officers' is of 'Harbour Police officers'."""
    briefing = _offline_briefing(
        "Aid\n\nDoctors Without Borders said it would send teams. Harbour Police officers said "
        "the roads were closed. Student demonstrators said they would march.",
        "Aid\n\nIvo Marsh, under doctors orders to rest, said he was well. Police officers said "
        "they had arrested the student, who said he was innocent.",
    )
    aliases = {a.name: a.aliases for a in briefing.actors}
    assert "doctors" not in aliases["Doctors Without Borders"]
    assert not any("student" in alias for alias in aliases["Student demonstrators"])
    officers = [a.sources for a in briefing.actors if "officers" in a.name.lower()]
    assert officers == [[1, 2]]


def test_a_partys_short_name_is_the_party_not_a_person() -> None:
    """'the Lib Dems', 'a Lib Dem spokesman' and 'the Liberal Democrats' are one party, a body
    (the short name had been typed a person and stood apart); 'Lib Dem leader Ivo Marsh' makes
    no actor of the words before his role."""
    briefing = _offline_briefing(
        "Poll\n\nThe Liberal Democrats said their plan was fairer.",
        "Poll\n\nThe Lib Dems said the tax plan was fair. Lib Dem leader Ivo Marsh agreed.",
    )
    parties = [(a.name, a.kind, a.sources) for a in briefing.actors if "Lib" in a.name]
    assert len(parties) == 1
    assert parties[0][1:] == ("organization", [1, 2])


def test_a_body_and_a_longer_name_an_article_tells_apart_stay_apart() -> None:
    """'Apple' sued 'Apple Insider': an article naming both as two tells them apart, so
    'Apple' elsewhere does not join 'Apple Insider', the one longer name holding its word;
    'UN' and 'United Nations Development Programme' alike."""
    briefing = _offline_briefing(
        "Suit\n\nKorvane sued the Korvane Insider website on Monday, Korvane Insider said.",
        "Suit\n\nKorvane Insider said it would fight the suit.",
        "Suit\n\nKorvane said it would win the suit.",
    )
    names = {a.name: a.aliases for a in briefing.actors if not a.unnamed}
    assert "Korvane Insider" not in names.get("Korvane", [])
    assert "Korvane" not in names.get("Korvane Insider", [])


def test_a_city_after_a_decade_is_a_place_not_a_namesakes_surname() -> None:
    """'a tale set in 1930s London' is the city, not the producer Michael London named in
    another article (it had joined him as 'London')."""
    briefing = _offline_briefing(
        "Awards\n\nSideways producer Ivo London said the awards meant everything.",
        "Awards\n\nThe tale of revenge set in 1930s London sees the diva grow tired of fame.",
    )
    producer = next(a for a in briefing.actors if a.name == "Ivo London")
    assert producer.sources == [1]
    assert "London" not in producer.aliases


def test_a_happening_of_an_unnamed_he_joins_no_one_his_article_does_not_name() -> None:
    """'Leigh had previously received three Oscar nominations' and 'He also received two
    nominations in the original song category' (the composer, in an article of the same
    awards that never names Leigh): two people's nominations, not one happening for their
    shared words; the host both name is one."""
    briefing = _offline_briefing(
        "Awards\n\nIvo Marsh had previously received three Oscar nominations for the original "
        "screenplay. Ana Pike will host the awards on Sunday.",
        "Awards\n\nAna Pike will host the awards on Sunday. Composer Tom Berg conducts the "
        "orchestra. He also received two nominations in the original song category.",
    )
    sources = {e.predicate: e.sources for e in briefing.events}
    assert sources["host"] == [1, 2]
    received = [e.sources for e in briefing.events if e.predicate == "receive"]
    assert sorted(received) == [[1], [2]]


def test_a_description_that_joins_a_person_is_none_of_his_names() -> None:
    """'the home secretary' joins Ivo Tannberg, and the briefing lists it with his evidence,
    but 'the secretary' is no other name of his ('also: Tannberg' is)."""
    briefing = _offline_briefing(
        "Home Secretary Ivo Tannberg resigned on Wednesday. The home secretary said he was sorry.",
        "Mr Tannberg quit after an inquiry by the police. The home secretary said he had told the "
        "truth.",
    )
    assert _actor(briefing, "Ivo Tannberg").aliases == ["Tannberg"]


def test_a_quotation_closed_by_a_stop_in_one_article_and_a_comma_in_another_is_shown_once() -> None:
    """'"…," said Ken Kutaragi … "Current PC architecture is nearing its limits."' and, in a
    second article, '"… its limits," he added': one statement, shown once with both sources
    (it had been shown twice under his name)."""
    first = (
        "Chips\n\n"
        '"All content will be fused onto the network," said Ivo Kutaragi, chief of Korvane. '
        '"Current PC architecture is nearing its limits."\n'
    )
    second = (
        "Chips\n\n"
        '"All content will be fused onto the network," said Ivo Kutaragi, chief of Korvane. '
        '"Current PC architecture is nearing its limits," he added.\n'
    )
    briefing = _offline_briefing(first, second)
    lines = [p for p in briefing.positions if p.actor == "Ivo Kutaragi"]
    shown = [e.quote for p in lines for e in p.evidence if "nearing its limits" in e.quote]
    assert len(lines) == 1
    assert len(shown) == 2  # the one line cites both articles' words


def test_a_royal_known_by_her_country_is_not_that_country() -> None:
    """'Princess Marguerite of Romania, the eldest daughter of ex-King Michael of Romania':
    she and the country had been one actor called 'Romania'."""
    from summarizer.merge.actors import merge_actors
    from summarizer.models import Actor, ArticleExtraction, Evidence

    def actor(name: str, kind: str) -> Actor:
        evidence = Evidence(source=1, quote=name, start=0, end=len(name))
        return Actor(name=name, kind=kind, roles=[], evidence=[evidence])  # type: ignore[arg-type]

    extraction = ArticleExtraction(
        source=1, actors=[actor("Marguerite of Romania", "person"), actor("Romania", "country")]
    )
    merged = {a.name: a.kind for a in merge_actors([extraction]).actors}
    assert merged == {"Marguerite of Romania": "person", "Romania": "country"}


def test_an_object_pronoun_a_title_capitalises_names_no_one() -> None:
    """'his Y'all Heard of Me single' in one article, the film 'Super-Size Me' in another:
    'Me' had joined the film as one of its names."""
    briefing = _offline_briefing(
        "Film\n\nSuper-Size Me director Ivo Spurlock said the film was a hit. Super-Size Me "
        "took $11m.\n",
        "Rapper\n\nThe rapper was filmed in his prison suit for the video for his Y'all Heard "
        "of Me single. Me was played on radio.\n",
    )
    assert not any("Me" in actor.aliases for actor in briefing.actors)


def _named_actor(name: str, source: int, kind: ActorKind, roles: list[str] | None = None) -> Actor:
    """An actor as one article's extraction gives it, its name its only evidence."""
    evidence = Evidence(source=source, quote=name, start=0, end=len(name))
    return Actor(name=name, kind=kind, roles=roles or [], evidence=[evidence])


def test_a_law_named_after_a_body_is_not_that_body() -> None:
    """'the Parliament Act' in one article and 'Parliament' in another had been one actor,
    'Parliament (also: Parliament Act)'."""
    from summarizer.merge.actors import merge_actors
    from summarizer.models import ArticleExtraction

    extractions = [
        ArticleExtraction(source=1, actors=[_named_actor("Parliament", 1, "organization")]),
        ArticleExtraction(source=2, actors=[_named_actor("Parliament Act", 2, "organization")]),
    ]
    names = sorted(a.name for a in merge_actors(extractions).actors)
    assert names == ["Parliament", "Parliament Act"]


def test_mrs_of_a_surname_does_not_join_the_man_other_articles_name_in_full() -> None:
    """'Michael Howard' in one article, 'Mrs Howard' (his wife) in another: two people, and
    she is shown as 'Mrs Howard', not 'Howard'."""
    from summarizer.merge.actors import merge_actors
    from summarizer.models import ArticleExtraction

    extractions = [
        ArticleExtraction(source=1, actors=[_named_actor("Michael Howard", 1, "person")]),
        ArticleExtraction(
            source=2,
            actors=[
                _named_actor("Mrs Howard", 2, "person"),
                _named_actor("Mr Howard", 2, "person"),
            ],
        ),
    ]
    merged = {
        a.name: sorted({e.source for e in a.evidence}) for a in merge_actors(extractions).actors
    }
    assert merged == {"Michael Howard": [1, 2], "Mrs Howard": [2]}


def test_a_ladys_title_of_a_surname_does_not_join_a_man_named_in_full() -> None:
    """'Keir Starmer' in one article, 'Lady Starmer' (his wife) in another: a peer's or a
    knight's wife is named with her title, and 'Keir' is a man's given name the world over."""
    from summarizer.merge.actors import merge_actors
    from summarizer.models import ArticleExtraction

    extractions = [
        ArticleExtraction(source=1, actors=[_named_actor("Keir Starmer", 1, "person")]),
        ArticleExtraction(source=2, actors=[_named_actor("Lady Starmer", 2, "person")]),
    ]
    names = sorted(a.name for a in merge_actors(extractions).actors)
    assert names == ["Keir Starmer", "Lady Starmer"]


def test_a_full_name_seen_again_joins_the_person_it_was_merged_with() -> None:
    """'Laura Vega' (a former president), then 'Laura Vega Soto' (her, by her two surnames,
    a role in common), then 'Laura Vega' with no role: one person, not two 'Laura Vega's."""
    from summarizer.merge.actors import merge_actors
    from summarizer.models import ArticleExtraction

    role = ["former president"]
    extractions = [
        ArticleExtraction(source=1, actors=[_named_actor("Laura Vega", 1, "person", role)]),
        ArticleExtraction(source=2, actors=[_named_actor("Laura Vega Soto", 2, "person", role)]),
        ArticleExtraction(source=3, actors=[_named_actor("Laura Vega", 3, "person")]),
    ]
    merged = [a for a in merge_actors(extractions).actors if "Vega" in a.name]
    assert len(merged) == 1
    assert {e.source for e in merged[0].evidence} == {1, 2, 3}


def test_a_firm_and_its_legal_forms_are_one_actor() -> None:
    """'Corvex', 'Corvex Inc' and 'Corvex Ltd' (its British arm) in three articles: one actor
    to a reader, not three."""
    from summarizer.merge.actors import merge_actors
    from summarizer.models import ArticleExtraction

    extractions = [
        ArticleExtraction(source=1, actors=[_named_actor("Corvex", 1, "organization")]),
        ArticleExtraction(source=2, actors=[_named_actor("Corvex Inc", 2, "organization")]),
        ArticleExtraction(source=3, actors=[_named_actor("Corvex Ltd", 3, "organization")]),
    ]
    merged = merge_actors(extractions).actors
    assert len(merged) == 1
    assert {e.source for e in merged[0].evidence} == {1, 2, 3}


def test_a_name_of_unknown_kind_joins_the_firm_not_a_person_sharing_its_word() -> None:
    """'Corvex' a firm in one article, of unknown kind in another, and a caption's 'Corvex
    Corvex' a 'person' in a third: the unknown one is the firm."""
    from summarizer.merge.actors import merge_actors
    from summarizer.models import ArticleExtraction

    extractions = [
        ArticleExtraction(source=1, actors=[_named_actor("Corvex", 1, "organization")]),
        ArticleExtraction(source=2, actors=[_named_actor("Corvex", 2, "other")]),
        ArticleExtraction(source=3, actors=[_named_actor("Corvex Corvex", 3, "person")]),
    ]
    merged = merge_actors(extractions).actors
    firm = next(a for a in merged if a.name == "Corvex")
    assert {e.source for e in firm.evidence} == {1, 2}


def test_a_described_group_of_a_two_word_nationality_keeps_both_words() -> None:
    """'Costa Rican investigators', 'South African officials': the nationality is two words;
    the description had been cut to 'Rican investigators'."""
    briefing = _offline_briefing(
        "Crash\n\nCosta Rican investigators said the plane was old. South African officials "
        "said it was new.",
    )
    described = {a.name for a in briefing.actors if a.unnamed}
    assert {"Costa Rican investigators", "South African officials"} <= described


def test_a_bare_description_does_not_join_another_countrys_group() -> None:
    """'authorities' in articles about a crash abroad, and 'UK authorities' that one article
    says police had called: the bare word is no short form of another country's body (the
    described group had been shown as 'UK authorities' in five articles)."""
    briefing = _offline_briefing(
        "Crash\n\nThe plane fell on Sunday. Authorities said the plane was old.",
        "Crash\n\nThe plane fell on Sunday. Police said they had called UK authorities.",
        "Crash\n\nThe plane fell on Sunday. Authorities said the pilot was able.",
    )
    described = {a.name: a.sources for a in briefing.actors if a.unnamed}
    assert described.get("authorities") == [1, 3]
    assert described.get("UK authorities") == [2]


def test_a_bare_surname_is_not_another_articles_person_of_a_near_surname_of_its_own() -> None:
    """'Thomson' on a team sheet is not another article's 'Tanni Grey Thompson': both are
    surnames people bear, not one spelled two ways; a bare 'Zelenskyy' is still
    'Volodymyr Zelensky' (one name in two transliterations)."""
    briefing = _offline_briefing(
        "Race\n\nThe winner was Ana Thompson, who has won the race six times, officials said.",
        "Match\n\nThomson scored twice on Saturday, the coach said.",
        "Talks\n\nVolodymyr Zelensky met the envoys on Monday.",
        "Talks\n\nZelenskyy said on Tuesday the talks had gone well.",
    )
    people = {a.name: a.sources for a in briefing.actors}
    assert people.get("Ana Thompson") == [1]
    assert people.get("Thomson") == [2]
    assert people.get("Volodymyr Zelensky") == [3, 4]
