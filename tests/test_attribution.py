"""Who said what, precision first: each construction news prose uses for quotes, on made-up
sentences (real articles are measured by benchmarks/attribution.py, not copied here).

A quote goes to its speaker or to no one; never to a nearby wrong name."""

from __future__ import annotations

import pytest

from summarizer.engines.offline import extract_offline
from summarizer.models import Article


def said(text: str) -> dict[str, str | None]:
    """Each quotation of `text` and the actor it is attributed to (None: unattributed)."""
    extraction = extract_offline(Article(id=1, path="made-up.txt", text=text))
    speakers: dict[str, str | None] = {}
    for position in extraction.positions:
        for evidence in position.evidence:
            speakers[evidence.quote.strip(" ,.")] = position.actor
    return speakers


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            'Maria Lopez runs the shelter. "We need beds," Lopez said.',
            "We need beds",
            "Maria Lopez",
        ),
        ('"We need beds," said Maria Lopez, who runs the shelter.', "We need beds", "Maria Lopez"),
        ('Maria Lopez said: "We need beds."', "We need beds", "Maria Lopez"),
        ('Maria Lopez wrote on X: "We need beds."', "We need beds", "Maria Lopez"),
        ('Maria Lopez posted on Facebook: "We need beds."', "We need beds", "Maria Lopez"),
        ('Maria Lopez noted that "we need beds" before winter.', "we need beds", "Maria Lopez"),
        ('"We need beds," according to Maria Lopez.', "We need beds", "Maria Lopez"),
        ('According to Maria Lopez, "we need beds."', "we need beds", "Maria Lopez"),
        (
            'Oleg Petrov, an aide to the mayor, called the move "unacceptable and unjustified."',
            "unacceptable and unjustified",
            "Oleg Petrov",
        ),
        (
            "The Interior Ministry rejected the plan. \u201cIt cannot work,\u201d the ministry "
            "said in a statement.",
            "It cannot work",
            "Interior Ministry",
        ),
    ],
)
def test_the_usual_frames(text: str, quote: str, speaker: str) -> None:
    assert said(text)[quote] == speaker


def test_the_speaker_in_the_next_sentence() -> None:
    text = 'Anna Berg runs the clinic.\n"We will stay open."\nBerg said.\n'
    assert said(text)["We will stay open"] == "Anna Berg"


def test_a_quote_running_across_paragraphs_keeps_its_speaker() -> None:
    text = (
        "Anna Berg runs the clinic.\n\n"
        "\u201cWe will stay open,\u201d Berg said. \u201cWe have done it before.\n\n"
        "\u201cAnd we will do it again.\u201d\n"
    )
    speakers = said(text)
    assert speakers["We have done it before"] == "Anna Berg"
    assert speakers["And we will do it again"] == "Anna Berg"


def test_a_speaker_quoting_someone_else_is_the_speaker() -> None:
    text = 'Anna Berg said: "The minister told me, \u2018Close it.\u2019 I refused."'
    assert said(text)["The minister told me, \u2018Close it.\u2019 I refused"] == "Anna Berg"


def test_a_new_speaker_between_two_quotes_stops_the_continuation() -> None:
    text = (
        '"We will stay open," Anna Berg said.\n'
        "Tom Hale, the health minister, disagreed with the plan.\n"
        '"It is too late."\n'
    )
    speakers = said(text)
    assert speakers["We will stay open"] == "Anna Berg"
    assert "It is too late" not in speakers


def test_an_unresolvable_speaker_is_no_one_not_the_nearest_name() -> None:
    text = (
        "Anna Berg met Tom Hale on Monday.\n"
        '"They argued for an hour," a friend of the family said.\n'
        '"It was tense," said his brother.\n'
        '"Nothing was agreed," the source said.\n'
    )
    assert said(text) == {}


def test_the_listener_is_not_the_speaker() -> None:
    text = 'Anna Berg spoke to the press. "We are tired," she told Radio North.'
    assert said(text)["We are tired"] == "Anna Berg"


def test_he_is_the_person_the_context_singles_out() -> None:
    text = (
        "Tom Hale visited the clinic run by Ms. Anna Berg.\n"
        '"It was impressive," he said.\n'
        '"We need more staff," she said.\n'
    )
    speakers = said(text)
    assert speakers["It was impressive"] == "Tom Hale"
    assert speakers["We need more staff"] == "Anna Berg"


def test_it_said_goes_to_the_one_body_named_before() -> None:
    text = 'The Port Authority closed the harbour. "Ships must wait," it said.'
    assert said(text)["Ships must wait"] == "Port Authority"


def test_they_said_is_no_one() -> None:
    text = 'Anna Berg and Tom Hale left early. "We are done," they said.'
    assert said(text) == {}


def test_two_people_sharing_a_surname_are_not_guessed() -> None:
    text = (
        "The hearing began on Monday.\n"
        "Carla Ruiz testified first, and her husband Pedro Ruiz was in court.\n"
        "Later, the lawyers argued about the evidence for an hour.\n"
        "Nobody expected the verdict.\n"
        '"We are relieved," Ruiz said.\n'
    )
    assert said(text) == {}


def test_partial_quotes_in_one_sentence_share_its_frame() -> None:
    text = 'Tom Hale called the talks "frank" and "useful," but gave no details.'
    speakers = said(text)
    assert speakers["frank"] == speakers["useful"] == "Tom Hale"


def test_a_title_in_quotes_is_nobodys_words() -> None:
    text = 'The "Harbour Lights" star Anna Berg arrived late. She smiled.'
    assert "Harbour Lights" not in said(text)


def test_the_stance_shows_the_quote_once_in_its_frame() -> None:
    text = 'Oleg Petrov, an aide to the mayor, called the move "unacceptable" on Friday.'
    extraction = extract_offline(Article(id=1, path="made-up.txt", text=text))
    (position,) = extraction.positions
    assert position.stance == 'called the move "unacceptable" on Friday'
