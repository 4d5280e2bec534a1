"""Who said what, precision first: each construction news prose uses for quotes, on made-up
sentences (real articles are measured by benchmarks/attribution.py, not copied here).

A quote goes to its speaker or to no one; never to a nearby wrong name."""

from __future__ import annotations

import pytest

from summarizer.engines.offline import extract_offline
from summarizer.models import Actor, Article, Position


def _positions(text: str) -> list[Position]:
    """The positions the offline engine reads in a made-up article."""
    return extract_offline(Article(id=1, path="made-up.txt", text=text)).positions


def _article_actors(text: str) -> list[Actor]:
    """The actors the offline engine reads in a made-up article."""
    return extract_offline(Article(id=1, path="made-up.txt", text=text)).actors


def said(text: str) -> dict[str, str | None]:
    """Each quotation of `text` and the actor it is attributed to (None: unattributed)."""
    speakers: dict[str, str | None] = {}
    for position in _positions(text):
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


def test_a_quote_running_on_before_its_attribution_is_the_speakers_of_the_next_paragraph() -> None:
    text = (
        "Budget\n\nMayor Anna Berg spoke to the council on Monday.\n\n"
        "\u201cWe have made hard choices. The city could not keep spending.\n\n"
        "\u201cI know some of you are angry,\u201d Berg said.\n"
    )
    assert said(text)["We have made hard choices. The city could not keep spending"] == "Anna Berg"


@pytest.mark.parametrize(
    "after",
    [
        "\u201cWe did it,\u201d the crowd chanted.\n\n\u201cNo comment,\u201d Berg said.",
        "The council voted on Tuesday.\n\n\u201cNo comment,\u201d Berg said.",
    ],
)
def test_a_quote_left_open_is_nobodys_when_the_next_paragraph_names_no_one(after: str) -> None:
    text = f"Budget\n\nMayor Anna Berg spoke.\n\n\u201cWe have made hard choices.\n\n{after}\n"
    assert "We have made hard choices" not in said(text)


def test_a_quote_whose_marks_do_not_pair_is_closed_not_running_on() -> None:
    text = (
        'Shooting\n\n"Stay down,\u201d police said once he had been hit.\n\n'
        '"They started shooting," witness Ivo Tarn said.\n'
    )
    assert not any(quote.startswith("Stay down") for quote in said(text))


def test_a_quote_going_on_in_its_paragraph_is_not_the_next_paragraphs_speakers() -> None:
    text = (
        "Cup\n\nKofi Mensah scored the winner on Saturday.\n\n"
        '"I just closed my eyes and hit it," Mensah said. "My mum is going to cry."\n\n'
        "Rovers manager Sean Doyle praised his players' spirit.\n"
    )
    assert said(text)["My mum is going to cry"] == "Kofi Mensah"


def test_he_after_someone_told_through_another_is_not_the_last_speaker() -> None:
    text = (
        "Cup\n\nRovers manager Sean Doyle spoke after the game.\n\n"
        'Doyle said: "We will enjoy tonight."\n\n'
        "Mensah's father, Kwame, watched from the stands. "
        '"He has worked for this since he was six," he said.\n'
    )
    assert said(text).get("He has worked for this since he was six") is None


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


@pytest.mark.parametrize(
    "opening", ["Yesterday a neighbour", "Yesterday, a neighbour", "A neighbour"]
)
def test_he_after_a_described_person_opening_the_sentence_before_is_no_one_named(
    opening: str,
) -> None:
    """The neighbour, unnamed, speaks: not the suspect named before."""
    text = (
        "Tom Hale, 23, was arrested nearby.\n"
        f"{opening} recalled seeing the suspect in the street at 3am.\n"
        '"I looked at his face and there was nothing there," he said.\n'
    )
    assert said(text) == {}


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


def test_a_father_and_his_son_jr_are_two_speakers() -> None:
    text = (
        "W. Mark Felt, the former FBI official, has died at 95.\n"
        '"I am the man they called the source," Felt told a reporter in 2005.\n'
        "He is survived by his son, Mark Felt Jr., and a daughter.\n"
        '"He was at peace," Mark Felt Jr. said on Thursday.\n'
    )
    assert said(text) == {
        "I am the man they called the source": "W. Mark Felt",
        "He was at peace": "Mark Felt Jr.",
    }


def test_numbered_jurors_are_two_speakers_and_a_hill_can_be_a_prosecutor() -> None:
    text = (
        '"Everyone was respectful," said Juror No. 8, one of six women on the panel.\n'
        '"We were searching," Juror No. 12 said.\n'
        "Lead prosecutor Kellie Hill reminded the crowd that mercy is not injustice.\n"
        '"Justice has been served," Hill said.\n'
    )
    assert said(text) == {
        "Everyone was respectful": "Juror No. 8",
        "We were searching": "Juror No. 12",
        "Justice has been served": "Kellie Hill",
    }


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # an aside ending in a quoted title, its comma inside the marks
            'The film opened. "It was a hard shoot," Ann Lee, co-author of "The Long Night '
            'at Sea," said in an interview.',
            "Ann Lee",
        ),
        (  # the aside's closing comma left out
            'The firm closed. "The winding-up took four years," Tom Hale, an assistant state '
            "attorney general said Tuesday.",
            "Tom Hale",
        ),
    ],
)
def test_a_speaker_named_before_an_aside_that_is_cut_or_titled(text: str, speaker: str) -> None:
    assert list(said(text).values()) == [speaker]


def test_a_transcripts_speaker_label_names_the_speaker() -> None:
    text = (
        "The tapes captured chief of staff H.R. Haldeman briefing Nixon in June.\n"
        'Nixon asks: "Somebody in the bureau?"\n'
        'Haldeman: "Yes, sir. If we move on him, he will talk."\n'
        "The court heard from Peter Lynch, the defence lawyer, on Monday.\n"
        'Peter Lynch/defence attorney: "I will not comment on the testimony."\n'
        'Update: "The road is closed."\n'
    )
    assert said(text) == {
        "Somebody in the bureau?": "Nixon",
        "Yes, sir. If we move on him, he will talk": "H.R. Haldeman",
        "I will not comment on the testimony": "Peter Lynch",
    }


def test_partial_quotes_in_one_sentence_share_its_frame() -> None:
    text = 'Tom Hale called the talks "frank" and "useful," but gave no details.'
    speakers = said(text)
    assert speakers["frank"] == speakers["useful"] == "Tom Hale"


def test_a_title_in_quotes_is_nobodys_words() -> None:
    text = 'The "Harbour Lights" star Anna Berg arrived late. She smiled.'
    assert "Harbour Lights" not in said(text)


def test_the_stance_shows_the_quote_once_in_its_frame() -> None:
    text = 'Oleg Petrov, an aide to the mayor, called the move "unacceptable" on Friday.'
    (position,) = _positions(text)
    assert position.stance == 'called the move "unacceptable" on Friday'


def test_a_quote_before_said_adding_is_framed_by_said_alone() -> None:
    text = (
        'Inspector Sam Ode led the inquiry. "It was painstaking work," he said, adding that '
        '"more arrests are possible".\n'
    )
    stances = [p.stance for p in _positions(text)]
    assert stances == [
        "said: \u201cIt was painstaking work\u201d",
        'adding that "more arrests are possible"',
    ]
    # a comma inside a date, or before an age, is not where the frame's own words end
    text = '"The rule is strong," Ivo Trent said in an article on June 2, 2031.\n'
    (position,) = _positions(text)
    assert position.stance == "said in an article on June 2, 2031: \u201cThe rule is strong\u201d"


def test_a_quote_after_said_but_is_framed_by_said_alone() -> None:
    """'Pell was "genuinely thrilled" at the offer, Mark said, but "he wanted to make sure …"':
    the second quotation's frame is 'said', not 'said, but'."""
    text = (
        "Awards\n\nIvo Mark produces the show. Tomas Pell, who can sing, was thrilled at the "
        'offer, Mark said, but "he wanted to make sure the format would suit his skills."\n'
    )
    stances = [p.stance for p in _positions(text) if "format" in p.stance]
    assert stances == ["said: \u201che wanted to make sure the format would suit his skills.\u201d"]


@pytest.mark.parametrize(
    ("closing", "stance"),
    [
        (
            '"Airbus is where Boeing was" with its range, said Flight Weekly\'s Mr Trent.',
            '"Airbus is where Boeing was" with its range',
        ),
        (
            '"Airbus is where Boeing was," said Transport Secretary Ivo Trent.',
            "said: \u201cAirbus is where Boeing was\u201d",
        ),
    ],
)
def test_a_frame_naming_its_speaker_after_the_verb_shows_the_verb_alone(
    closing: str, stance: str
) -> None:
    """'…, said Flight International's Mr Learmount': the line sits under his name already,
    so the frame is 'said', not 'said Flight International's Mr Learmount'; nor is it when
    the reporter's words go on after the quotation (they complete what was said)."""
    text = f"Jets\n\nIvo Trent spoke on Monday. {closing}\n"
    (position,) = _positions(text)
    assert position.actor == "Ivo Trent"
    assert position.stance == stance


def test_a_continued_quote_joins_its_stance_after_an_ellipsis() -> None:
    text = '"You knew these homes were for families," Judge Ana Kerr told him. "You sold them."\n'
    (position,) = _positions(text)
    assert position.stance == (
        "told him: \u201cYou knew these homes were for families\u201d \u2026 "
        "\u201cYou sold them.\u201d"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ana Vale said: \u00abWe will rebuild the bridge.\u00bb",  # French
        "\u00ab We will rebuild the bridge \u00bb, said Mayor Ana Vale.",  # French, spaced
        "\u00bbWe will rebuild the bridge\u00ab, said Mayor Ana Vale.",  # German
        "\u201eWe will rebuild the bridge\u201c, said Mayor Ana Vale.",  # German
        "Mayor Ana Vale said: \u201eWe will rebuild the bridge.\u201d",  # Polish
        "\u2018We will rebuild the bridge,\u2019 said Mayor Ana Vale.",  # British
        "Mayor Ana Vale said: \u2018We will rebuild the bridge.\u2019",
        "'We will rebuild the bridge,' said Mayor Ana Vale.",  # British, in plain text
        "Mayor Ana Vale said: 'We will rebuild the bridge.'",
    ],
)
def test_quotation_marks_of_other_languages_are_quotations(text: str) -> None:
    (position,) = _positions(f"Report\n\n{text}\n")
    assert position.actor == "Ana Vale"
    (evidence,) = position.evidence
    assert evidence.quote.rstrip(".,") == "We will rebuild the bridge"  # verbatim, marks apart


def test_a_stance_in_single_marks_is_framed_as_in_double_ones() -> None:
    text = "MP Ana Vale spoke.\n\u2018People were told they had hours,\u2019 she told the BBC.\n"
    (position,) = _positions(f"Report\n\n{text}")
    assert position.stance == "told the BBC: \u201cPeople were told they had hours\u201d"


def test_a_quote_the_frame_already_shows_is_not_shown_again() -> None:
    text = 'Ivo Trent wrote: "Vladimir, STOP!" adding, "Get the deal DONE!"\n'
    (position,) = _positions(f"Report\n\n{text}")
    assert position.stance.count("Get the deal DONE") == 1


def test_apostrophes_do_not_close_a_quotation_in_single_marks() -> None:
    text = "\u2018We beat the players\u2019 union,\u2019 said Mayor Ana Vale.\n"
    (position,) = _positions(f"Report\n\n{text}")
    assert position.evidence[0].quote == "We beat the players\u2019 union,"
    music = "Mayor Ana Vale said she loved rock \u2018n\u2019 roll and left.\n"
    assert not any(p.evidence[0].quote == "n" for p in _positions(f"Report\n\n{music}"))


@pytest.mark.parametrize(("opening", "closing"), [("\u2018", "\u2019"), ("'", "'")])
def test_a_quotation_in_single_marks_closes_before_the_next_opens(
    opening: str, closing: str
) -> None:
    """'… was {cooperating fully} with police. Its owner, Ann Lee, told the BBC: {Our …}':
    two quotations, not one from the first opening mark to the last closing one."""
    text = (
        f"The operator, Vantage Leisure, said it was {opening}cooperating fully{closing} with "
        f"police. Its owner, Ann Lee, told the BBC: {opening}Our thoughts are with everyone. "
        f"We will find out what went wrong.{closing}\n"
    )
    (position,) = [p for p in _positions(f"Report\n\n{text}") if p.actor == "Ann Lee"]
    assert position.evidence[0].quote.startswith("Our thoughts")


def test_apostrophes_and_elisions_are_no_straight_quotation_marks() -> None:
    text = "The Hawks' coach Ana Vale said she loved rock 'n' roll and the '90s, and 'em all.\n"
    assert not [p for p in _positions(f"Report\n\n{text}") if "\u201c" in p.stance]


def test_a_speaker_after_a_long_aside_is_found() -> None:
    text = (
        '"We will rebuild," Dana Whitlock, an official at one of the city\'s largest voting '
        "precincts, told reporters.\n"
    )
    assert said(text)["We will rebuild"] == "Dana Whitlock"


def test_an_age_written_with_hyphens_in_a_closing_frame_is_one_word_of_it() -> None:
    """'"…," the 33-year-old actress's rep Jack Ketsoyan told the magazine': '33', '-' and
    'year-old' had counted as three words of the frame, and the verb fell outside it."""
    text = (
        '"We appreciate your respect to her and her family\'s privacy at this time," the '
        "33-year-old actress's rep Dana Whitlock told the magazine exclusively.\n"
    )
    assert (
        said(text)["We appreciate your respect to her and her family's privacy at this time"]
        == "Dana Whitlock"
    )


@pytest.mark.parametrize(
    "introduction",
    [
        "Dana Whitlock, a voter in Amara, said:",
        "Dana Whitlock sent out the following message on social media:",
        "Below is a statement by Dana Whitlock, director of the Amara Voters League:",
    ],
)
def test_a_sentence_ending_in_a_colon_introduces_the_next_quote(introduction: str) -> None:
    text = f'The polls closed late.\n{introduction}\n"I remember quieter elections."\n'
    assert said(text)["I remember quieter elections"] == "Dana Whitlock"


@pytest.mark.parametrize(
    "text",
    [
        '"I was impressed," Tom Hale wrote in "Secret Harbour: The Story Behind The Strike".',
        'Tom Hale praised her. "She is brilliant," he said.\nShe won a fellowship in 2008, '
        'commonly known as the "genius grant."\nBut awards are not her main focus, he said.',
    ],
)
def test_titles_and_terms_in_quotes_are_nobodys_words(text: str) -> None:
    quotes = said("Harbour news\n\n" + text)
    assert not any(q.startswith(("Secret Harbour", "genius")) for q in quotes), quotes


def test_he_after_a_sentence_that_a_person_opens_is_that_person() -> None:
    text = (
        "Dr. Paul Berg said the clinic is open.\n"
        "But there are limits to what science can answer, he said.\n"
        "Tom Hale, MD, a professor of neuroscience at Westmarch University and a former member "
        "of the harbour council, said the idea that the clinic would close is ridiculous.\n"
        '"A person with Paul\'s background is a very wise choice" for the post, he said.\n'
    )
    assert said(text)["A person with Paul's background is a very wise choice"] == "Tom Hale"


def test_an_acronym_in_prose_is_a_name_that_can_speak() -> None:
    text = (
        "Outage hits Amara\n\nThe outage was caused by a cut at the network operator SEACOM.\n"
        "\u201cAll links are back up,\u201d SEACOM said in a statement.\n"
    )
    assert said(text)["All links are back up"] == "SEACOM"


def test_it_added_after_a_statement_from_a_company() -> None:
    text = (
        "Fire destroys store\n\nA fire destroyed the store on Friday.\n"
        "A statement from Harbourmart said damage was extensive.\n"
        '"We have set up a fund for our staff," it added.\n'
    )
    assert said(text)["We have set up a fund for our staff"] == "Harbourmart"


def test_a_word_no_dictionary_has_opening_a_sentence_and_acting_is_a_name() -> None:
    text = 'Fire destroys store\n\nHarbourmart said in a statement: "We will rebuild."\n'
    assert said(text)["We will rebuild"] == "Harbourmart"


def test_a_trailing_frame_before_a_long_participle_clause() -> None:
    text = (
        "Talks\n\nEnvoy Tom Hale and President Ivo Mark held a \u201cconstructive and useful\u201d "
        "three-hour meeting on Friday, the Kremlin said, focusing on the potential for direct "
        "talks between the two countries and on the next round of meetings in Amara.\n"
    )
    assert said(text)["constructive and useful"] == "Kremlin"


def test_a_shouted_quote_is_words_not_a_title() -> None:
    text = (
        "Talks\n\nIn a post on Thursday, Tom Hale wrote: \u201cIvo, STOP!\u201d adding, "
        "\u201cLet\u2019s get the Peace Deal DONE!\u201d\n"
    )
    assert said(text)["Let\u2019s get the Peace Deal DONE!"] == "Tom Hale"


def test_a_sentence_a_person_opens_and_a_colon_closes_introduces_the_quote() -> None:
    text = (
        "Sentencing\n\nThe hearing lasted an hour.\n"
        "Judge Anna Berg had advice for anyone who deals with Ivo Mark in the future:\n"
        '"Do not trust Mr. Mark ever again."\n'
    )
    assert said(text)["Do not trust Mr. Mark ever again"] == "Anna Berg"


def test_he_is_not_the_last_speaker_once_someone_else_has_been_named() -> None:
    text = (
        "Court\n\nTom Hale, a spokesman for the prosecutor, said both women were attacked.\n"
        "Mr. Hale said prosecutors believe Ivo Mark planned the attack.\n"
        "Mark had been released from jail in 2008.\n"
        "Ms. Berg was the victim in that case.\n"
        'In 2005, court records show, he grabbed her and told her, "You will never leave me."\n'
    )
    assert said(text).get("You will never leave me") != "Tom Hale"


def test_a_quote_inside_the_reporters_sentence_is_shown_in_those_words() -> None:
    text = (
        "Talks\n\nEnvoy Tom Hale and President Ivo Mark held a \u201cconstructive and useful\u201d "
        "meeting on Friday, the Kremlin said, focusing on the next round of talks.\n"
    )
    (position,) = _positions(text)
    assert position.stance == (
        "Envoy Tom Hale and President Ivo Mark held a \u201cconstructive and useful\u201d meeting "
        "on Friday"
    )


def test_he_said_after_a_long_trailing_attribution_is_that_speaker() -> None:
    text = (
        "Arrest\n\nLinebacker Ivo Mark was arrested on Sunday.\n"
        "Results from a test given when Mark was arrested were released Wednesday, showing a "
        "level just under the limit, Westmarch Highway Patrol Officer Tom Hale told The Amara "
        "Union-Tribune.\n"
        "He said the blood was drawn well after Mark's arrest.\n"
    )
    speakers = {p.actor for p in _positions(text)}
    assert "Ivo Mark" not in speakers
    assert "Tom Hale" in speakers


def test_a_name_after_of_qualifies_the_speaker_and_is_not_it() -> None:
    text = (
        "Marta Olsen, 20, died on Sunday. Friends of Marta Olsen, known as Mia, have described "
        'her as a "kind and gifted student."'
    )
    assert "kind and gifted student" not in said(text)  # not Marta Olsen's words
    statement = 'A spokesman for Norvale Shipping said "the ship is safe."'
    assert said(statement)["the ship is safe"] == "Norvale Shipping"
    relative = (
        "There was an angry reaction from Tomas Brenner, who on Wednesday accused the council "
        'of "reckless spending."'
    )
    assert said(relative)["reckless spending"] == "Tomas Brenner"


def test_she_after_an_unnamed_speaker_is_that_speaker_not_a_named_woman() -> None:
    text = (
        "Maria Lopez, 58, was found dead at her home on Saturday. Maria had taken in a dog. "
        'The friend said she was "cheerful" when she saw her on Friday.\n'
        'She added: "We were chatting for about half an hour."\n'
    )
    assert "We were chatting for about half an hour" not in said(text)  # not Maria Lopez's


def test_a_quote_a_verb_introduces_is_not_the_trailing_sources() -> None:
    text = (
        "Lt. Frank Moro spoke to reporters. She walked inside, firing at a guard who had "
        'followed her in and had yelled, "Hide, she has a gun!" Moro said.\n'
    )
    assert "Hide, she has a gun!" not in said(text)  # the unnamed guard's, not Moro's


def test_saying_after_that_belongs_to_the_clause_after_that() -> None:
    text = (
        "Cpl. Jan Leder, a dispatcher, told reporters Friday that Yvette Hale called 911, "
        'saying "I am the one you are looking for" and hung up.\n'
    )
    assert said(text)["I am the one you are looking for"] == "Yvette Hale"


def test_the_police_said_is_not_the_police_commissioner() -> None:
    text = (
        "Police Commissioner Ray Kellner said three witnesses were interviewed.\n"
        '"Another witness heard an officer shout," he said.\n'
        "The officers then fired 11 shots, the police said.\n"
    )
    assert "The officers then fired 11 shots" not in said(text)
    assert said(text)["Another witness heard an officer shout"] == "Ray Kellner"


def test_a_councilman_is_one_person_however_his_title_is_written() -> None:
    text = (
        'New York City Councilman Jon Dale said: "We need answers."\n'
        'City Councilman Jon Dale added: "Now."\n'
    )
    assert set(said(text).values()) == {"Jon Dale"}


def test_said_she_after_an_aside_is_no_inverted_attribution() -> None:
    text = (
        "Tia Kane, 39, a medical records clerk at Kings County Hospital, said she gave an "
        "interview to detectives hours after the shooting.\n"
    )
    assert not any("medical records clerk" in p.stance for p in _positions(text))


def test_officials_who_speak_of_him_are_not_him() -> None:
    text = (
        "Mr. Vito Gallo died on Monday in prison.\n"
        "Officials at the prison medical center where he died did not provide the cause of "
        "death but noted that he suffered from heart disease.\n"
    )
    assert not [p for p in _positions(text) if p.actor == "Vito Gallo"]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("During a visit to the ministry, Ana Ribeiro said the review had been undermined.\n",
         "said the review had been undermined"),
        ("Back in November, at a football game, Tom Hale told ESPN that he'd like to sign soon.\n",
         "told ESPN that he'd like to sign soon"),
    ],
)  # fmt: skip
def test_an_opening_phrase_before_name_said_clause_is_not_what_was_said(
    text: str, stance: str
) -> None:
    assert [p.stance for p in _positions(text)] == [stance]


def test_said_a_body_and_its_persons_long_title_then_the_person() -> None:
    text = (
        '"Run, do not walk, to install it," said Norvale Labs advanced threat researcher '
        "Ivo Marr.\n"
    )
    assert said(text)["Run, do not walk, to install it"] == "Ivo Marr"


def test_and_added_after_said_that_is_the_one_who_said() -> None:
    text = (
        "Spokeswoman Mia Lyle said that Arlo Combe used a wheelchair in prison and added, "
        '"Since he fled on foot, that is in question."\n'
    )
    assert said(text)["Since he fled on foot, that is in question"] == "Mia Lyle"


@pytest.mark.parametrize(
    "text",
    [
        'The Marshals Service added to their "15 Most Wanted" list a man who escaped.\n',
        'Vitali Berg was in the corner, urging on fans when the first chants of "Berg! Berg!" '
        "stirred.\n",
        "As has been the case many times, Ivo Berg responded to the coach's instructions and "
        "executed with precision.\n",
    ],
)
def test_speech_verbs_used_for_something_else_report_no_words(text: str) -> None:
    assert _positions(text) == []


def test_a_judge_named_with_his_title_goes_on_speaking_after_and_he() -> None:
    text = (
        "Judge Paul Hale told a packed courtroom that he weighed the slaying of Deputy Jon "
        'Ortiz, and he concluded that the case "absolutely warrants death."\n'
    )
    assert said(text)["absolutely warrants death"] == "Paul Hale"


def test_he_added_is_the_lawyer_who_spoke_not_the_man_the_sentence_names() -> None:
    text = (
        "Defence lawyer Stan Perl said his client was sorry.\n"
        "But she became nervous, telling her son she would not testify, Perl explained.\n"
        "Tomas Ruiz agreed not to call his mother, a decision that cost him, he said.\n"
    )
    assert "Tomas Ruiz" not in {p.actor for p in _positions(text)}


def test_a_verb_of_a_relative_clause_after_an_aside_is_not_the_named_writers() -> None:
    text = (
        "Ana Ruiz is writing the picture which, like the first, centers on Bella but adds "
        "Jacob, a werewolf character who figured less in the first film.\n"
    )
    assert "Ana Ruiz" not in {p.actor for p in _positions(text)}


def test_he_after_a_described_subject_is_that_unnamed_person() -> None:
    text = (
        "Ben Nolan was sentenced to life.\n"
        "The frustrated prosecutor gambled on a death sentence when he denied a Nolan offer "
        "to plead guilty.\n"
        "He said Saturday that he would urge lawmakers to amend the law.\n"
    )
    assert "Ben Nolan" not in {p.actor for p in _positions(text)}


def test_a_closing_verb_with_an_object_is_no_attribution_of_what_came_before() -> None:
    text = (
        "Coach Sam Paton pulled Reggie Bosh in the second half, and after the game, Bosh "
        "expressed frustration with the move.\n"
    )
    assert not any("pulled" in p.stance for p in _positions(text))


def test_a_quote_naming_its_speaker_is_not_his() -> None:
    text = (
        'Jermayne Timms, 16, is on trial for the shooting.\n"Jermayne fired the shot," he said.\n'
    )
    assert said(text).get("Jermayne fired the shot") != "Jermayne Timms"


def test_who_replies_is_not_who_asked() -> None:
    text = (
        'Defender Pete Lynn asked the witness, "You just lied to this jury, correct?"\n'
        '"Yes," he responded.\n'
    )
    assert said(text).get("Yes") != "Pete Lynn"


def test_words_written_on_a_wall_are_nobodys_words() -> None:
    text = (
        "Prosecutor Aaron Strom spoke at the arraignment.\n"
        '"I (heart) you" was written in blood on the wall, he said.\n'
    )
    assert "I (heart) you" not in said(text)


def test_a_name_of_ordinary_words_introduced_with_who_is_a_person() -> None:
    text = (
        "Secretary Dirk Kemp announced the rule on Thursday.\n"
        "Dale Hall, who directs the wildlife service, said he was concerned about the time "
        'frame, but he added that he did not "see any harm" in the final decision.\n'
    )
    assert said(text).get("see any harm") == "Dale Hall"


def test_initials_with_stops_open_a_persons_name_who_goes_on_to_say() -> None:
    text = (
        "Jamal Wills was arrested on suspicion of drunk driving.\n"
        'The team\'s general manager, A.J. Smith said that "we will monitor the situation."\n'
        'He went on to say, "the Chargers have always been leaders in our community."\n'
    )
    assert said(text).get("the Chargers have always been leaders in our community") == "A.J. Smith"


def test_posting_a_record_is_no_statement() -> None:
    text = "Coach Jim Obrey posted a record of 43-39 in 2004-05 before he was fired.\n"
    assert _positions(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The car never stopped," said WKRN TV Managing Editor Ada Brill.', "Ada Brill"),
        ('"I am satisfied," said the 36-year-old Ivo Dorn, who kept his title.', "Ivo Dorn"),
        ('"I am satisfied," said 32-year-old protester Lio Marsh.', "Lio Marsh"),
        ('"The car never stopped," said North Amara Heights resident Ada Brill.', "Ada Brill"),
        ('"You are a Charger one year at a time," Ada Brill has often said.', "Ada Brill"),
    ],
)
def test_the_speaker_after_an_outlet_title_or_an_age_is_the_name_that_heads_it(
    text: str, speaker: str
) -> None:
    quote = next(iter(said(f"Report\n\n{text}\n")))
    assert said(f"Report\n\n{text}\n")[quote] == speaker


def test_a_quoted_name_of_what_was_said_in_is_nobodys_words() -> None:
    text = (
        "Outage\n\nHarbourtel said in an e-mailed \u201cservice status update,\u201d adding that "
        "it is working with customers to restore all services.\n"
    )
    assert "service status update" not in said(text)


def test_a_spokesman_named_by_the_kind_of_body_speaks_for_the_one_body_of_that_kind() -> None:
    text = (
        "Deaths\n\nSaltmere Police have not disclosed how the two died.\n"
        'A police spokesman said: "We do not suspect anyone else."\n'
    )
    assert said(text)["We do not suspect anyone else"] == "Saltmere Police"
    two = text.replace("Deaths\n\n", "Deaths\n\nAmara Police joined the search.\n")
    assert "We do not suspect anyone else" not in said(two)


def test_a_nickname_inside_a_name_leaves_one_person_whose_pronoun_speaks() -> None:
    text = (
        "Boss dies\n\n"
        'Mob boss Vito "The Lamp" Corra died Monday in prison, said spokesman Al Brand.\n'
        "He was 77.\n"
        "Corra had scored a string of victories over prosecutors.\n"
        "That brought him another sentence.\n"
        'At that hearing, he shook hands with lawyers and said "God bless you" to the judge.\n'
    )
    extraction = extract_offline(Article(id=1, path="made-up.txt", text=text))
    assert [a.name for a in extraction.actors if "Corra" in a.name] == ["Vito Corra"]
    assert said(text)["God bless you"] == "Vito Corra"
    assert "The Lamp" not in said(text)


def test_a_long_description_before_the_named_speaker_still_frames_the_quote() -> None:
    text = (
        "Quake\n\n"
        '"We are not safe," the head of the provincial natural disaster service, Omid Rasa, '
        "told state television.\n"
    )
    assert said(text)["We are not safe"] == "Omid Rasa"


def test_her_agent_is_no_woman_and_does_not_take_her_words() -> None:
    text = (
        "Star dies\n\n"
        "Nora Vale, the pin-up star, has died at 85.\n"
        '"She captured a generation," her agent, Mark Osler, said yesterday.\n'
        "She never agreed to be photographed again.\n"
        '"I don\'t want to be photographed in my old age," she said in 1998.\n'
    )
    speakers = said(text)
    assert speakers["She captured a generation"] == "Mark Osler"
    assert speakers.get("I don't want to be photographed in my old age") != "Mark Osler"


@pytest.mark.parametrize(
    "text",
    [
        '"A strike would be horrible," said Ron Hale, the director of "A Quiet Mind."',
        '"A strike would be horrible," said Ron Hale, whose new film, "Frost/Nixon," opens.',
        '"A strike would be horrible," said Ron Hale, paid to write and direct "The Hunger Games."',
        '"A strike would be horrible," said Ron Hale, in Varna for his new film, the epic "Amara."',
        '"A strike would be horrible," said Ron Hale, star of the romantic epic "Amara."',
    ],
)
def test_a_works_title_after_its_speaker_is_nobodys_words(text: str) -> None:
    speakers = said(f"Strike\n\n{text}\n")
    assert speakers["A strike would be horrible"] == "Ron Hale"
    assert set(speakers) == {"A strike would be horrible"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"He has the integrity," Harold L. Chiles Jr., a 30-year FBI veteran, told Nixon '
            "in a letter.",
            "Harold L. Chiles Jr",
        ),
        ('"He has the integrity," a friend of 30 years, told Nixon in a letter.', None),
    ],
)
def test_the_one_told_is_never_the_speaker(text: str, speaker: str | None) -> None:
    speakers = said(f"Felt\n\nPresident Richard Nixon picked Gray.\n{text}\n")
    assert speakers.get("He has the integrity") == speaker


def test_a_label_quoted_between_the_and_its_noun_is_nobodys_words() -> None:
    text = (
        "Patch\n\nHarbourtel stressed that the flaw exists only in version 7, but that the "
        '"beta" release of version 8 was "potentially vulnerable".\n'
    )
    speakers = said(text)
    assert "beta" not in speakers
    assert speakers["potentially vulnerable"] == "Harbourtel"


@pytest.mark.parametrize("title", ["President", "Sen."])
def test_a_town_name_after_a_personal_title_is_a_person_who_speaks(title: str) -> None:
    text = (
        f"Rule overturned\n\n{title} Toledo on Tuesday overturned a last-minute regulation.\n"
        '"The work of scientists will be respected," Toledo said.\n'
    )
    assert said(text)["The work of scientists will be respected"] == "Toledo"


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "Police said they had located Tom Ode, 38, on the highway.\nOde said nothing after "
            'officers surrounded him, Sheriff Ann Pick said, describing the suspect as "very '
            'subdued".',
            "very subdued",
            "Ann Pick",
        ),
        (
            'The families requested "total privacy", and the hospital would not release any '
            "details about their conditions, Amara Hospital spokeswoman Ilene Wolfe said.",
            "total privacy",
            None,
        ),
        (
            "Harbourtel said the attacks used an undiscovered flaw, or "
            '"zero day" vulnerability in industry parlance.',
            "zero day",
            None,
        ),
    ],
)
def test_quoted_words_belong_to_the_clause_that_holds_them(
    text: str, quote: str, speaker: str | None
) -> None:
    assert said(f"Report\n\n{text}\n").get(quote) == speaker


def test_the_company_is_the_one_company_however_often_its_full_name_is_written() -> None:
    text = (
        "Shooting\n\nA worker opened fire at the Harmony Foods plant on Thursday.\n"
        '"I heard the gunfire, and I ran," Ed Lowe told The Associated Press.\n'
        '"This is a sad day for the Harmony Foods family," the company said in a statement.\n'
        "Harmony said the plant would be closed until further notice.\n"
    )
    assert said(text)["This is a sad day for the Harmony Foods family"] == "Harmony Foods"


_INTERVIEW = (
    "Q: How much is the strike costing the port?\n"
    "A: About four million pounds a day.\n"
    "Q: Will you bring in agency workers?\n"
    "A: We have no plans to do that.\n"
)


@pytest.mark.parametrize(
    "opening",
    [
        "Q&A: Port chief Amara Nwosu on the strike\n\nThe strike entered its second week.\n",
        "The strike\n\nAmara Nwosu has run the Port of Calder since 2027.\n",
    ],
)
def test_an_interviews_answers_are_the_one_person_it_introduces(opening: str) -> None:
    speakers = said(opening + _INTERVIEW)
    assert speakers["About four million pounds a day"] == "Amara Nwosu"
    assert speakers["We have no plans to do that"] == "Amara Nwosu"


def test_an_interview_introducing_two_people_gives_its_answers_to_no_one() -> None:
    opening = "The strike\n\nAmara Nwosu and union leader Callum Reid spoke to us.\n"
    assert not said(opening + _INTERVIEW)
    questions = extract_offline(Article(id=1, path="a.txt", text=opening + _INTERVIEW))
    assert not any("agency workers" in e.summary for e in questions.events)  # nor the questions


@pytest.mark.parametrize("body", ["Harbor City police", "the Oregon Department of Labor"])
def test_the_company_is_never_a_public_body(body: str) -> None:
    """'the company said' where the article's one named body is the police: no one, not the
    police (the company, 'the Pacific Freight warehouse', was never named as an actor)."""
    text = (
        f"Shooting\n\n{body} said a gunman shot three people at the Pacific Freight "
        "warehouse on Monday.\n"
        'The company said it was "devastated" and would close the warehouse this week.\n'
    )
    assert said(text).get("devastated") is None
    business = text.replace(body, "Norvik Freight", 1).replace("the Pacific Freight", "its")
    assert said(business)["devastated"] == "Norvik Freight"


@pytest.mark.parametrize("epithet", ["the software giant", "the conglomerate"])
def test_a_company_described_by_what_it_is_is_the_articles_one_company(epithet: str) -> None:
    text = (
        "Patch\n\nOn Wednesday, Lumina Systems issued an urgent patch for a browser flaw.\n"
        f'The flaw "could allow remote code execution," {epithet} said in a statement.\n'
    )
    assert said(text)["could allow remote code execution"] == "Lumina Systems"


@pytest.mark.parametrize(
    "cue",
    [
        "Ann Lee, who oversaw almost 400 stories on the scandal and many more on other matters "
        "when she was the executive editor of the city's largest morning paper, said after the "
        "revelations.",
        "said after the revelations one who saw it.",
    ],
)
def test_a_quote_with_its_own_unread_cue_is_not_the_last_speakers(cue: str) -> None:
    text = f'Fire\n\nTom Ode said the building was empty.\n"It was quiet," {cue}\n'
    assert said(text) == {"the building was empty": "Tom Ode"}


def test_a_long_relative_clause_about_the_speaker_still_frames_the_quote() -> None:
    text = (
        "Felt\n\nFelt denied his role repeatedly.\n"
        '"The secret has lasted this long," Ben Bradle, who oversaw almost 400 stories on '
        "Watergate when he was the Washington Post's executive editor, said after the "
        "revelations.\n"
    )
    assert said(text)["The secret has lasted this long"] == "Ben Bradle"


@pytest.mark.parametrize("title", ["Const.", "Det.", "Insp.", "Supt.", "Maj.", "Msgr.", "Fr."])
def test_an_abbreviated_rank_ends_no_sentence_and_its_quote_runs_on(title: str) -> None:
    text = (
        "Shooting\n\n"
        f'"A man came in and shot another man," police {title} Tim Fane told a news conference.\n'
        '"There were at least a dozen other people there. They managed to get out.\n'
        '"Our negotiators got on the phone with him right away."\n'
    )
    speakers = said(text)
    assert speakers["A man came in and shot another man"] == "Tim Fane"
    assert speakers["There were at least a dozen other people there. They managed to get out"] == (
        "Tim Fane"
    )


def test_the_person_of_a_body_speaks_not_the_body() -> None:
    text = (
        "Fire\n\n"
        '"We have no leads," James Steer, chief of the fire department, told the newspaper.\n'
        '"We have no idea what caused it," the Rev. Lars Koon of the Amara Bible Church '
        "told CNN.\n"
    )
    assert said(text)["We have no idea what caused it"] == "Lars Koon"


def test_an_abbreviated_office_before_the_name_is_its_role() -> None:
    text = 'Trial\n\n"This is the crime the law was made for," said Dist. Atty. Steve Coole.\n'
    assert said(text)["This is the crime the law was made for"] == "Steve Coole"


@pytest.mark.parametrize(
    "frame",
    [
        'Zadan and Meron added: "We are thrilled to have her host."',
        'Craig Zadan and Neil Meron said: "We are thrilled to have her host."',
        '"We are thrilled to have her host," Craig Zadan and Neil Meron said.',
    ],
)
def test_words_two_people_speak_together_are_neither_ones_alone(frame: str) -> None:
    assert said(f"Oscars\n\n{frame}\n") == {}


def test_a_quoted_name_a_relative_clause_describes_is_a_thing() -> None:
    text = (
        "Film\n\nThe Reporter said \u201cMoon,\u201d which is expected to have a larger budget "
        "than its predecessor, is set for late 2009.\n"
    )
    assert said(text) == {}


def test_the_statement_a_body_issued_speaks_for_it() -> None:
    text = (
        "Shooting\n\nAmara Advisors issued a statement Tuesday expressing condolences.\n"
        '"We are devastated by the death of Ana Berg," the statement said.\n'
    )
    assert said(text)["We are devastated by the death of Ana Berg"] == "Amara Advisors"


def test_the_statement_a_body_said_something_in_speaks_for_it() -> None:
    text = (
        "Mine\n\nThe operator, Velmora Mining, said in a statement that it had stopped work.\n"
        '"Our thoughts are with the families," the statement said.\n'
    )
    assert said(text)["Our thoughts are with the families"] == "Velmora Mining"


@pytest.mark.parametrize("role", ["Council member", "Police officer", "Team president"])
def test_a_pronoun_after_a_sentence_opening_with_role_words_and_a_name_is_that_person(
    role: str,
) -> None:
    text = (
        f"Vote\n\n{role} Raj Vance disagreed with the approach. "
        '"Silence is not leadership," he said.\n'
    )
    assert said(text)["Silence is not leadership"] == "Raj Vance"


def test_a_body_named_as_an_owner_after_to_is_no_place_and_still_speaks() -> None:
    text = (
        "Outage\n\nVELCOM confirmed the problems on its Twitter account.\n"
        '"We can confirm that we have problems," VELCOM tweeted at 09:30.\n'
        "According to VELCOM's Ann Ramdhani, a cable was cut.\n"
    )
    assert said(text)["We can confirm that we have problems"] == "VELCOM"


def test_a_quotation_alone_after_a_bodys_closing_statement_goes_on_with_it() -> None:
    text = (
        "Piracy\n\nThe frigate was on patrol when it received a distress call, a Defence "
        "Ministry statement said.\n"
        '"On sighting the helicopter, the boats disengaged and attempted escape."\n'
    )
    assert said(text)["On sighting the helicopter, the boats disengaged and attempted escape"] == (
        "Defence Ministry"
    )


def test_two_speakers_after_the_verb_are_neither() -> None:
    text = 'Oscars\n\n"We are thrilled to have her host," said Ivo Zadan and Ana Meron.\n'
    assert "We are thrilled to have her host" not in said(text)  # shown unattributed


def test_a_relative_clause_after_the_speakers_name_ends_the_attribution() -> None:
    text = (
        "Drilling\n\n"
        '"We need to set aside" the plan, said Interior Secretary Ken Sala who extended the '
        "public comment period on offshore drilling by six months.\n"
    )
    assert said(text)["We need to set aside"] == "Ken Sala"


def test_a_question_cut_off_by_the_capital_after_it_keeps_its_asker() -> None:
    text = (
        "Trial\n\nElijah Cole, 21, told jurors he went there.\n"
        '"So which is it?" Deputy Public Defender Ivo Lynch asked Cole, who in turn said he '
        "had seen the gun before.\n"
    )
    assert said(text)["So which is it?"] == "Ivo Lynch"


def test_the_holder_of_an_office_speaks_for_it() -> None:
    text = (
        "Charges\n\nDistrict Attorney Ivo Cooley announced today that charges were filed.\n"
        '"We will not let them go unpunished," the District Attorney said.\n'
    )
    assert said(text)["We will not let them go unpunished"] == "Ivo Cooley"


def test_he_testifying_again_is_the_witness_not_the_man_he_named() -> None:
    text = (
        "Trial\n\nA witness against murder suspect Jermayne Tims named him Tuesday.\n"
        'Elijah Cole, 21, told jurors he and two friends went out on May 9 to "make trouble."\n'
        "One of the three was shot in the foot by rivals before, he said.\n"
        "They rode bikes to First and Judson streets, he testified, and Tims was armed.\n"
        'After a standoff with rivals who "wanted to fight," he testified, Tims fired.\n'
    )
    assert said(text)["wanted to fight"] == "Elijah Cole"


def test_a_quoted_name_is_nobodys_words() -> None:
    text = (
        "Trial\n\nElijah Cole testified that he believed the defendant's name was "
        '"Jermayne Taylor," yet did identify him.\n'
    )
    assert "Jermayne Taylor" not in said(text)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # the attribution ends its paragraph with the verb and a comma
        ('Andrew Wetz, director of the council\'s program, commented,\n"This is a bad rule."\n',
         "This is a bad rule"),
        # the quotation ends with a comma, its attribution opens the next paragraph
        ('"A couple of us tried to leave,"\nAndrew Wetz said, adding he was not afraid for his '
         "own safety at all.\n", "A couple of us tried to leave"),
    ],
)  # fmt: skip
def test_an_attribution_across_a_paragraph_break(text: str, quote: str) -> None:
    assert said(f"Rule\n\n{text}")[quote] == "Andrew Wetz"


def test_said_after_the_words_a_quotation_opens_names_its_speaker() -> None:
    text = (
        "Shooting\n\n"
        '"We heard pop, pop, pop," smelled gunpowder and heard co-workers yelling, said Ana '
        "Lars, 48, a staff accountant for Varco, a subsidiary of Amara Advisors.\n"
        '"It was a panic. No one knew what to do."\n'
    )
    speakers = said(text)
    assert speakers["We heard pop, pop, pop"] == "Ana Lars"
    assert speakers["It was a panic. No one knew what to do"] == "Ana Lars"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The rule is sound," said Secretary of the Interior Ivo Kemp.', "Ivo Kemp"),
        ('"Things are tense," Amara City Councilman Ivo D. Willis, who represents the area, said '
         "on Twitter.", "Ivo D. Willis"),
        ('"The cops jumped out so fast," the Amara Daily News quoted witness Ivo Brown as saying.',
         "Ivo Brown"),
        ('"I will devote all my strength," the candidate, regional bureaucrat Ivo Mammed, said in '
         "a campaign statement.", "Ivo Mammed"),
        ('"Customers should deploy this update," said Amarasoft security response communications '
         "head Ivo Budd.", "Ivo Budd"),
        ('"It is incredibly rare," said a spokesperson for Interoute, the networks company.',
         "Interoute"),
        ('"We are really just shocked," said her nephew, Ravi Sing, 32, of Coney Island.',
         "Ravi Sing"),
        ('Amara Department officials described the changes as "narrow," but admitted more.',
         "Amara Department"),
    ],
)  # fmt: skip
def test_a_speaker_behind_a_long_title_or_a_description(text: str, speaker: str) -> None:
    speakers = said(f"Report\n\nThe teen was shot on Saturday.\n{text}\n")
    assert list(speakers.values()) == [speaker]


def test_a_next_sentence_that_acts_is_no_attribution() -> None:
    text = (
        "Shooting\n\nAmara Police said a man surrendered after two hours.\n"
        '"We saw the guy moving inside the office," Ivo Ali said.\n'
        '"It is terrifying. I still feel shaky."\n'
        "Police quickly responded and surrounded the building.\n"
    )
    assert said(text).get("It is terrifying. I still feel shaky") != "Amara Police"


def test_a_colon_after_a_quoted_term_still_introduces_the_quote() -> None:
    text = (
        "Shooting\n\nPolice commissioner Ivo Ramsey praised the officers.\n"
        'The commissioner says he has put many officers through what is called "active '
        'shooter" training:\n"You cannot just sit there and wait."\n'
    )
    assert said(text)["You cannot just sit there and wait"] == "Ivo Ramsey"


def test_the_statement_a_body_issued_speaks_through_a_participle() -> None:
    text = (
        "Plant\n\nAmara Foods issued a statement early this morning closing the plant.\n"
        'The statement expresses condolences to the families, saying, "This is a tragic loss '
        'for all of us."\n'
    )
    assert said(text)["This is a tragic loss for all of us"] == "Amara Foods"


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # the speech verb inside a dash aside is another speaker's
        ("Prosecutor Ivo White told The Post after a hearing — where her lawyer Ana Hell said "
         'she was "safe in a clinic" — "I hear she is on a flight to New York."',
         "I hear she is on a flight to New York", "Ivo White"),
        # a body's long name and a role lead to the person
        ('"That is not a licensed center," Amara Department of Alcohol and Drug Program deputy '
         "director Ana Tidwell told The Post.", "That is not a licensed center", "Ana Tidwell"),
        # a bracketed party and state between the name and the verb
        ('Committee Chairman Rep. Ivo Markey (D-Mass.) said the administration was "determined '
         'to wreak havoc."', "determined to wreak havoc", "Ivo Markey"),
        # a participle of speech after the clause it closes
        ('President Ivo Obal directed the departments to review it, stating that "we should '
         'strengthen the act."', "we should strengthen the act", "Ivo Obal"),
        # the participle belongs to the main clause, not to the 'while' clause before it
        ('While Amaria has rallied behind Varna, Ivo Trent appears focused on trade, stating '
         'that "largescale TRADE is coming."', "largescale TRADE is coming", "Ivo Trent"),
        # 'suggesting' reports words like 'saying'
        ('Despite calls for sanctions, Ivo Trent appears focused on trade, suggesting the '
         'prospect of "largescale TRADE when this is over."', "largescale TRADE when this is over",
         "Ivo Trent"),
        # the comma before the inverted verb left out
        ('"We are ensuring the full protection of the law" said Ken Sala.',
         "We are ensuring the full protection of the law", "Ken Sala"),
        # 'the company' is the one company of the article, whatever kind its name was read as
        ('Amarasoft released a temporary fix on Tuesday.\n"We are working with partners," the '
         "company said in a security advisory.", "We are working with partners", "Amarasoft"),
    ],
)  # fmt: skip
def test_asides_brackets_and_long_names_around_the_speaker(
    text: str, quote: str, speaker: str
) -> None:
    assert said(f"Report\n\n{text}\n")[quote] == speaker


def test_a_word_a_title_case_headline_ends_with_is_no_surname() -> None:
    text = (
        "Riot Breaks Out During Vigil For Teen Shot 11 Times By Police\n\n"
        "Police intervened when more than a hundred people joined a vigil in Amara.\n"
        '"Stay down, or we will shoot you again," police said once he had been hit, according '
        "to a newspaper.\n"
    )
    assert "Stay down, or we will shoot you again" not in said(text)  # no actor 'Police'


@pytest.mark.parametrize(
    ("frame", "speaker"),
    [
        ("said Ms. Tarn's sister Crystal.", None),  # her sister, whom no name here names
        ("said Tarn's lawyer, Ivo Lindqvist.", "Ivo Lindqvist"),
    ],
)
def test_a_name_owning_the_speaker_after_said_is_not_the_speaker(
    frame: str, speaker: str | None
) -> None:
    text = "Report\n\nA detective shot Ana Tarn last year.\n"
    text += f"\u201cYou try to forget it,\u201d {frame}\n"
    assert said(text).get("You try to forget it") == speaker


def test_a_speakers_sentence_of_assent_introduces_the_next_quote() -> None:
    text = (
        "Game\n\nCoach Ivo Wilks watched from the bench.\n"
        '"I am glad it is over," Ana Brough said.\n'
        "Wilks agreed.\n"
        '"I told them to focus on guarding somebody."\n'
    )
    assert said(text)["I told them to focus on guarding somebody"] == "Ivo Wilks"


def test_a_surname_with_its_particle_is_the_person_not_a_town() -> None:
    text = (
        "Game\n\nCoach Jack Del Rio had already decided to go for two.\n"
        '"I thought we had a shot," Del Rio said.\n'
        "Del Rio added that the team gave up too many plays.\n"
    )
    assert said(text)["I thought we had a shot"] == "Jack Del Rio"
    actors = extract_offline(Article(id=1, path="a.txt", text=text)).actors
    assert [a.name for a in actors if "Rio" in a.name] == ["Jack Del Rio"]


def test_a_next_sentence_naming_the_speaker_with_an_aside_and_the_quote_after_it() -> None:
    text = (
        "Riot\n\nIvo Williams joined the crowd.\n"
        '"The mayor should be down here. Right now!"\n'
        "Williams, a critic of the policy, said before Kelly appeared on the scene.\n"
        '"There is a feeling that they do not care."\n'
    )
    speakers = said(text)
    assert speakers["The mayor should be down here. Right now!"] == "Ivo Williams"
    assert speakers["There is a feeling that they do not care"] == "Ivo Williams"


def test_she_with_no_one_nearer_is_the_woman_the_article_is_about() -> None:
    text = (
        "Ana Varga, pin-up of the Fifties, dies at 85\n\n"
        "Ana Varga, the pin-up model, died on Thursday.\n"
        "Born in Nashville, Varga moved to New York in 1950.\nIn 1957, Ms. Varga left modelling.\n"
        "The hearings drew crowds in Washington.\n"
        "The Rev Tom Graham led a ministry in Florida.\n"
        "Nudity seemed fine too.\n"
        '"God approves of nudity," she said.\n'
    )
    assert said(text)["God approves of nudity"] == "Ana Varga"


def test_she_is_no_one_when_another_woman_was_named_nearby() -> None:
    text = (
        "Ana Varga, pin-up of the Fifties, dies at 85\n\n"
        "Ana Varga, the pin-up model, died on Thursday.\n"
        "Varga was born in Nashville. Varga moved to New York in 1950.\n"
        "Her friend Maria Horvat visited her often.\n"
        '"She was kind," she told a magazine.\n'
    )
    assert said(text).get("She was kind") != "Ana Varga"


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Lesch told the BBC that the comments by Kovar were \u201ccounterproductive.\u201d",
        'Ivo Lesch said his remarks had been "taken out of context."',
        'Ivo Lesch said Kovar\'s claims were "baseless."',
    ],
)
def test_a_speech_verbs_form_after_a_determiner_is_a_noun_not_the_frame(text: str) -> None:
    speakers = said(f"Report\n\nAna Kovar spoke on Friday.\n{text}\n")
    assert list(speakers.values()) == ["Ivo Lesch"]


def test_the_kremlin_chief_is_the_russian_president_the_article_names() -> None:
    text = (
        "Call\n\nDonald Trump spoke with Russian President Ivo Markov on Monday.\n"
        'Both described the call in a positive light, with the Kremlin chief saying it was "frank" '
        'and "useful," but it is not clear what was achieved.\n'
    )
    speakers = said(text)
    assert speakers["frank"] == speakers["useful"] == "Ivo Markov"
    (position,) = [p for p in _positions(text) if p.actor == "Ivo Markov"]
    assert position.stance == 'saying it was "frank" and "useful,"'  # not the reporter's 'but …'


def test_a_seat_of_government_names_no_leader_when_two_could_be_meant() -> None:
    text = (
        "Call\n\nRussian President Ivo Markov met Russian Premier Oleg Sobin on Monday.\n"
        'Later, with the Kremlin chief saying it was "frank," the talks ended.\n'
    )
    assert "frank" not in said(text)


def test_a_reported_claim_ends_where_the_reporters_even_though_begins() -> None:
    text = (
        "Talks\n\nIvo Markov claimed that both sides would \u201cimmediately\u201d begin talks, "
        "even though the other side rejected his appeal.\n"
    )
    (position,) = _positions(text)
    assert position.stance == "claimed that both sides would \u201cimmediately\u201d begin talks"


def test_a_place_and_lower_case_police_are_that_places_police_force() -> None:
    text = (
        "Fire\n\nA supermarket burned down on Friday night.\n"
        "A statement from Surrey police said the blaze was being treated as "
        '"potentially suspicious".\n'
    )
    assert said(text)["potentially suspicious"] == "Surrey police"
    actors = extract_offline(Article(id=1, path="a.txt", text=text)).actors
    assert "Surrey" not in {a.name for a in actors}


def test_she_who_opened_the_sentence_before_is_not_a_man_named_after_her() -> None:
    text = (
        "Ana Varga, pin-up of the Fifties, dies at 85\n\n"
        "Ana Varga, the pin-up model, died on Thursday.\n"
        "Varga was born in Nashville.\nMs Varga moved to New York in 1950.\n"
        "The controversy prompted her disappearance from public view.\n"
        "It was in Florida that she joined the ministry of the Rev Ivo Graham.\n"
        "In her later years, she defended the trade she pioneered.\n"
        '"I never thought it was shameful," she told a magazine in 1998.\n'
    )
    assert said(text).get("I never thought it was shameful") != "Ivo Graham"


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ('The Chilean navy seized two boats on Tuesday.\n"We found a cache of arms," the Chilean '
         "navy said.", "We found a cache of arms", "Chilean navy"),
        ('The talks fell through after a Ukrainian delegation said it was presented with demands '
         'from the Russian delegation that were "unacceptable," including reported calls for a '
         "withdrawal.", "unacceptable", "Ukrainian delegation"),
        ('The Egyptian ministry said it will take "several days" to repair the cables.',
         "several days", "Egyptian ministry"),
    ],
)  # fmt: skip
def test_a_nationality_and_one_of_its_institutions_speak_as_a_body(
    text: str, quote: str, speaker: str
) -> None:
    assert said(f"Report\n\nTalks were held.\n{text}\n")[quote] == speaker


def test_he_is_not_the_one_person_named_after_someone_else_in_the_sentence_before() -> None:
    text = (
        "Report\n\nAna Page, the pin-up model, died on Thursday.\n"
        "Ana Page married Ivo Neal in 1943.\n"
        "Her modelling breakthrough began after she divorced Neal in 1947 when she met a police "
        "officer whose hobby was photography.\n"
        "He suggested the black bangs, which became her trademark, her biography said.\n"
    )
    assert "Ivo Neal" not in {p.actor for p in _positions(text)}


def test_a_title_after_a_kind_of_tale_is_no_ones_words() -> None:
    text = (
        "Report\n\nIvo Weitz will direct the film.\n"
        'Ana Meyer said Weitz is best known for the fantasy adventure "The Golden Compass."\n'
    )
    assert "The Golden Compass" not in said(text)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ('The comments came after Ivo Trent said Crimea "will stay with Amaria," a position '
         "backed by the mayor.", 'said Crimea "will stay with Amaria,"'),
        ('Ivo Trent insisted that "you do not know what pressure I am putting on them" — without '
         "elaborating.", 'insisted that "you do not know what pressure I am putting on them"'),
        ('Ivo Trent called them the "so-called five territories," a statement that drew a rebuke '
         'from Ana Lee, who accused him of "spreading narratives."',
         'called them the "so-called five territories,"'),
    ],
)  # fmt: skip
def test_a_frame_before_a_quote_ends_before_the_reporters_aside(text: str, stance: str) -> None:
    (position,) = [p for p in _positions(f"Report\n\n{text}\n") if p.actor == "Ivo Trent"]
    assert position.stance == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ('Ivo Trent told Radio Nord that a settlement would depend on what he called the '
         '"three northern provinces," a claim that angered Ana Lee.',
         'told Radio Nord that a settlement would depend on what he called the '
         '"three northern provinces,"'),
        ('The vote followed what Ivo Trent called "a betrayal."', 'called "a betrayal."'),
    ],
)  # fmt: skip
def test_a_quote_in_what_the_speaker_called_is_framed_by_the_outer_saying(
    text: str, stance: str
) -> None:
    (position,) = [p for p in _positions(f"Report\n\n{text}\n") if p.actor == "Ivo Trent"]
    assert position.stance == stance


def test_a_question_the_reporter_asks_is_not_the_last_speakers() -> None:
    text = (
        "Report\n\n"
        '"I saw a man lying down, and then I dialed 911," said Oren Vasko, a witness.\n'
        '"What did the man look like when you saw him?" Channel Nine News asked.\n'
        '"Not moving. He was unconscious," Vasko said.\n'
    )
    speakers = said(text)
    assert speakers["Not moving. He was unconscious"] == "Oren Vasko"
    assert "What did the man look like when you saw him?" not in speakers


def test_a_platform_and_a_day_between_the_speaker_and_and_said() -> None:
    text = (
        'Report\n\nLena Varga made the announcement on Twitter on Friday and said: "It is '
        'official: I am hosting the show."\n'
    )
    assert said(text)["It is official: I am hosting the show"] == "Lena Varga"


def test_the_letter_read_is_the_words_of_who_wrote_it() -> None:
    text = (
        "Report\n\nThe boy's teacher, Ana Kreth of the Harbour Arts Academy, wrote a letter "
        "describing him as a keen student.\n"
        '"Tomas made great strides this year," the letter read.\n'
    )
    assert said(text)["Tomas made great strides this year"] == "Ana Kreth"


def test_was_reported_as_saying_before_a_quote_line() -> None:
    text = (
        "Report\n\nIvo Hefner was reported as saying about the model:\n"
        '"I think that she was a remarkable lady, an iconic figure in pop culture."\n'
    )
    quote = "I think that she was a remarkable lady, an iconic figure in pop culture"
    assert said(text)[quote] == "Ivo Hefner"


def test_said_the_age_is_the_one_person_just_named() -> None:
    quote = "I actually have goosebumps just thinking about this"
    one = (
        "Report\n\nGolf champion Tomas Imre has become the fourth South African to be awarded "
        f'life membership of the tour.\n"{quote}," said the 29-year-old on the eve of the Open.\n'
    )
    two = f'Report\n\nTomas Imre beat Ivo Kane in the final.\n"{quote}," said the 29-year-old.\n'
    assert said(one)[quote] == "Tomas Imre"
    assert quote not in said(two)


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ('"We will never give up our land," the Finnish leader said.', "Ivo Petrenko"),
        ('"The ball is in their court," the Estonian president told reporters.', "Oleg Vask"),
        ('"Europe must step up," the Finnish prime minister said.', None),
    ],
)
def test_the_nationality_and_leader_is_that_states_one_head(line: str, speaker: str) -> None:
    text = (
        "Report\n\nFinnish President Ivo Petrenko met Estonian President Oleg Vask on Monday.\n"
        f"{line}\n"
    )
    quote = line.split('"')[1].rstrip(",")
    assert said(text).get(quote) == speaker


def test_a_countrys_ministry_speaks_and_is_the_body_its_nationality_names() -> None:
    text = (
        "Report\n\nThe Russian Defense Ministry reported heavy fighting.\n"
        'Russia\'s defense ministry said its forces had "liberated" the village of Nova.\n'
    )
    actors = extract_offline(Article(id=1, path="a.txt", text=text)).actors
    (ministry,) = [a for a in actors if "inistry" in a.name]
    assert ministry.kind == "organization"
    assert said(text)["liberated"] == ministry.name


def test_another_states_office_is_not_this_states_holder() -> None:
    opening = "Report\n\nIsraeli Prime Minister Ivo Tal spoke with envoys on Sunday.\n"
    quote = "cautiously optimistic"
    other = f'Qatar\'s prime minister said mediators were "{quote}."\n'
    named = f'Qatar\'s prime minister, Sheikh Omar bin Nasser, said mediators were "{quote}."\n'
    same = f'The prime minister said mediators were "{quote}."\n'
    assert quote not in said(opening + other)
    assert said(opening + named)[quote] == "Omar bin Nasser"
    assert said(opening + same)[quote] == "Ivo Tal"


def test_a_leader_by_nationality_is_no_one_when_the_state_has_two_heads_in_the_story() -> None:
    text = (
        "Report\n\nPolish Prime Minister Ivo Tarn met the envoys on Tuesday.\n"
        'Poland\'s president, Oren Malek, said in an interview that he "fully supports" it.\n'
        'The Polish leader also said the talks were "very good."\n'
    )
    speakers = said(text)
    assert speakers["fully supports"] == "Oren Malek"
    assert "very good" not in speakers


def test_a_family_name_first_opens_a_sentence_alone() -> None:
    text = (
        "Report\n\nForeign Minister Wang Yi spoke on Monday.\n"
        'Wang told state media that China was "open to dialogue and talks."\n'
    )
    assert said(text)["open to dialogue and talks"] == "Wang Yi"


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("President Luiz Inácio Lula da Silva", "Mr. Lula"),  # a given name too: 'Mr.' tells
        ("President Andrés Manuel López Obrador", "López"),
    ],
)
def test_the_first_part_of_a_compound_surname_is_the_person(full: str, short: str) -> None:
    text = f'Report\n\n{full} arrived on Monday.\n{short} said trade was "the priority."\n'
    actors = extract_offline(Article(id=1, path="made-up.txt", text=text)).actors
    assert [a.name for a in actors] == [full.removeprefix("President ")]
    assert said(text) == {"the priority": full.removeprefix("President ")}


def test_a_later_given_name_alone_is_not_the_person() -> None:
    """'Michael said' after 'John Michael Smith': a given name, maybe someone else's."""
    text = 'Report\n\nJohn Michael Smith arrived on Monday.\nMichael said it was "the priority."\n'
    assert "John Michael Smith" not in said(text).values()


def test_a_denial_in_the_next_sentence_does_not_stop_the_speaker_going_on() -> None:
    text = (
        "Report\n\nPresident Ivo Tarn met envoys on Monday.\n"
        '"We had a very good talk," Tarn told reporters. "He wants a deal."\n'
        "The other leader has not confirmed the meeting.\n"
    )
    assert said(text)["He wants a deal"] == "Ivo Tarn"


@pytest.mark.parametrize(
    ("named", "speakers"),
    [
        ("Liverpool coach Arne Slot", {"Arne Slot"}),  # a role before it: someone
        ("Liverpool's Arne Slot", {None, "Arne Slot"}),  # untyped: 'he' is no one before him
    ],
)
def test_he_added_after_arne_slot_said_is_never_a_man_named_before(
    named: str, speakers: set[str | None]
) -> None:
    text = (
        "Report\n\nUnited manager Ivo Amor said Tomas Fern would start on Sunday.\n"
        '"I feel good," Fern told the club\'s website.\n'
        f'{named} said his side would be "ready for the challenge."\n'
        '"They are a top team," he added.\n'
    )
    assert said(text).get("They are a top team") in speakers


def test_according_to_a_statement_from_a_body_is_that_bodys() -> None:
    text = (
        "Report\n\nAccording to a statement from the Northern Health Agency, the outbreak "
        '"remains a serious threat."\n'
    )
    assert said(text)["remains a serious threat"] == "Northern Health Agency"


def test_us_in_capitals_before_a_title_is_no_shouted_word() -> None:
    text = (
        "Report\n\nThe talks went well.\nUS President Ivo Tarn spoke on Monday.\n"
        '"We had a good talk," the US president said.\n'
    )
    assert said(text)["We had a good talk"] == "Ivo Tarn"


@pytest.mark.parametrize("platform", ["X", "Truth Social", "Telegram"])
def test_a_post_on_a_platform_is_the_subjects_whatever_the_verb(platform: str) -> None:
    text = f'Report\n\nIvo Tarn fired back on {platform}: "Without me, they would have lost."\n'
    assert said(text)["Without me, they would have lost"] == "Ivo Tarn"


def test_he_before_a_name_no_dictionary_has_is_the_family_name_he() -> None:
    text = (
        "Report\n\nThe Harbour Ministry said it opposed the plan. A ministry spokesperson, "
        'He Qiran, told reporters the board was "going down the wrong path."\n'
    )
    assert said(text)["going down the wrong path"] == "He Qiran"


@pytest.mark.parametrize(
    "line",
    [
        'Ivo Tarn backed the plan. He said it was "long overdue."',
        'Ivo Tarn backed the plan, and he said it was "long overdue."',
    ],
)
def test_he_after_a_name_the_rules_cannot_type_is_never_a_man_named_before(line: str) -> None:
    text = (
        "Report\n\nA ministry spokesman, Lu Qiran, told reporters the board was "
        f'"going down the wrong path."\n{line}\n'
    )
    assert said(text).get("long overdue") in (None, "Ivo Tarn")


@pytest.mark.parametrize("bullet", ["- ", "\u2022 ", "", "20:30 \u2014 "])
@pytest.mark.parametrize("title", ["Polish Prime Minister", "Tusk's spokeswoman"])
def test_a_live_blog_line_with_a_titled_name_and_a_colon_is_that_persons(
    bullet: str, title: str
) -> None:
    text = f'Report\n\nThe talks went on.\n{bullet}{title} Anna Kowalska: "Europe must be ready."\n'
    assert said(text)["Europe must be ready"] == "Anna Kowalska"


def test_called_for_before_a_quote_is_a_demand_in_words_not_a_phone_call() -> None:
    text = (
        "Report\n\nCommission President Anna Kowalska, speaking in Brussels, called for "
        '"a just and lasting peace".\nShe called for an ambulance.\n'
    )
    assert said(text)["a just and lasting peace"] == "Anna Kowalska"


def test_a_relative_clause_after_the_speakers_age_still_names_the_speaker() -> None:
    text = (
        "Report\n\nIvo Hale was jailed.\nOutside court, retired machinist Derek Bell, 71, who "
        'lost most of his savings, said: "I worked there for 40 years."\n'
    )
    assert said(text)["I worked there for 40 years"] == "Derek Bell"


@pytest.mark.parametrize(
    "line",
    [
        'His barrister, Jonathan Price KC, said his client was "a man of good character".',
        'Jonathan Price KC said his client was "a man of good character".',
    ],
)
def test_letters_after_a_name_do_not_hide_the_speaker(line: str) -> None:
    text = f"Report\n\nIvo Hale was jailed on Friday.\n{line}\n"
    assert said(text)["a man of good character"] == "Jonathan Price"


@pytest.mark.parametrize(
    ("line", "claim"),
    [
        ("Peskov said contacts between the two countries would continue.", "contacts between"),
        ("Peskov said jurors have told him the vote was close.", "jurors have told him"),
        ("Peskov declined to say whether talks had resumed.", None),
        ("Peskov said goodbye to his staff and left.", None),
    ],
)
def test_reported_speech_may_open_with_a_bare_noun_before_its_verb(
    line: str, claim: str | None
) -> None:
    text = f"Report\n\nDmitri Peskov spoke on Monday.\n{line}\n"
    reported = [e.quote for p in _positions(text) if p.actor == "Dmitri Peskov" for e in p.evidence]
    assert [q for q in reported if claim and q.startswith(claim)] if claim else not reported


@pytest.mark.parametrize(
    ("line", "claim"),
    [
        ("Peskov said 1,200 jobs were at risk.", "1,200 jobs were at risk"),
        ("Peskov said up to 1,200 jobs were at risk.", "up to 1,200 jobs were at risk"),
        ("Peskov said as many as 40 people were hurt.", "as many as 40 people were hurt"),
        ("Peskov said $40 million had been lost.", "$40 million had been lost"),
        ("Peskov added 15 points and 12 rebounds in the win.", None),
        ("Peskov added another two goals before half-time.", None),
    ],
)
def test_reported_speech_opening_with_a_figure_keeps_it_and_a_tally_is_no_speech(
    line: str, claim: str | None
) -> None:
    text = f"Report\n\nDmitri Peskov spoke on Monday.\n{line}\n"
    reported = [e.quote for p in _positions(text) if p.actor == "Dmitri Peskov" for e in p.evidence]
    assert reported == ([claim] if claim else [])


def test_a_surname_two_people_bear_is_not_the_one_named_first_in_the_story() -> None:
    text = (
        "Report\n\nA man has been accused of killing his mother.\n"
        "The body of Rosa Tarnow, 61, was found on Tuesday.\n"
        "The man, Ivo Tarnow, 35, was charged.\n"
        "Tarnow was arrested in a flat nearby.\n"
        "He was held without bail.\n"
        "In 2005, Tarnow was convicted of assault.\n"
        '"I will never leave," Tarnow said in court.\n'
    )
    assert said(text).get("I will never leave") != "Rosa Tarnow"  # never his mother's words


def test_a_surname_two_people_just_named_share_is_neither_ones() -> None:
    text = (
        "Report\n\nMark Hollis and Ann Hollis clung to the hull for two hours.\n"
        '"We thought we were going to die," Hollis said. "The water was so cold."\n'
        "Mrs Hollis said she had never been so frightened.\n"
    )
    speakers = said(text)
    assert "We thought we were going to die" not in speakers
    assert "The water was so cold" not in speakers  # not the next paragraph's Mrs Hollis
    assert speakers["she had never been so frightened"] == "Ann Hollis"  # Mrs: the woman


@pytest.mark.parametrize(
    "line",
    [
        "A source close to the mayor said Lind had asked Marsh to go.",
        "A friend of the mayor said Lind had asked Marsh to go.",
        "An aide to Lind said Lind had asked Marsh to go.",
        "People familiar with the mayor said Lind had asked Marsh to go.",
        '"Lind had asked Marsh to go," a person close to Lind said.',
    ],
)
def test_who_is_close_to_someone_is_not_them(line: str) -> None:
    """The words of 'a source close to the mayor' are the source's, not the mayor's."""
    text = f"Probe\n\nMayor Tessa Lind faces questions.\n{line}\n"
    assert "Tessa Lind" not in {p.actor for p in _positions(text)}


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("According to Lind, Marsh had asked to go.", "Tessa Lind"),
        (
            'With the mayor saying Marsh was "a fine and loyal public servant," he left.',
            "Tessa Lind",
        ),
        (
            '"Marsh asked to go on his own," a spokesman for the city council said.',
            "Varna City Council",
        ),
    ],
)
def test_who_speaks_through_a_preposition_still_speaks(line: str, speaker: str) -> None:
    text = f"Probe\n\nMayor Tessa Lind met the Varna City Council on Monday.\n{line}\n"
    assert speaker in {p.actor for p in _positions(text)}


def test_said_one_of_another_is_the_first_ones_words() -> None:
    """'said Nowak of Mensah' is Nowak speaking of Mensah, not a person 'Nowak of Mensah'
    (who had taken Mensah's own words too)."""
    text = (
        "Match\n\nCoach Ewa Nowak and striker Kofi Mensah spoke after the match.\n"
        '"He is the best finisher I have coached," said Nowak of Mensah.\n'
        '"She pushes us hard," said Mensah, referring to Nowak.\n'
    )
    speakers = said(text)
    assert speakers["He is the best finisher I have coached"] == "Ewa Nowak"
    assert speakers["She pushes us hard"] == "Kofi Mensah"


def test_a_closing_according_to_reads_with_whom_it_names() -> None:
    text = (
        "Schools\n\nThe board voted on Monday to close three schools.\n"
        '"This is the hardest decision we have made," according to board chair Nadia Flores.\n'
    )
    (position,) = _positions(text)
    assert position.actor == "Nadia Flores"
    assert position.stance.startswith("according to board chair Nadia Flores: \u201cThis is")


def test_an_honorific_reads_given_names_of_the_world_for_gender() -> None:
    """'Fiona' and 'Alasdair' are in no US census list of first names: the world's given names
    tell 'Mrs Grant' and 'Mr Grant' apart."""
    text = (
        "Rescue\n\nFiona Grant, 52, and her husband Alasdair Grant, 55, were found alive.\n"
        '"We kept each other going," Mrs Grant told the BBC.\n'
        '"It was the longest night of my life," Mr Grant said.\n'
    )
    speakers = said(text)
    assert speakers["We kept each other going"] == "Fiona Grant"
    assert speakers["It was the longest night of my life"] == "Alasdair Grant"


@pytest.mark.parametrize("title", ["Mrs", "Mrs.", "Ms"])
def test_an_honorific_picks_the_one_of_that_gender_among_a_shared_surname(title: str) -> None:
    text = (
        "Report\n\nMark Hollis and his wife Ann Hollis were rescued.\n"
        f'{title} Hollis said: "I kept talking to him."\n'
    )
    assert said(text)["I kept talking to him"] == "Ann Hollis"


@pytest.mark.parametrize(("word", "speaker"), [("White", "White"), ("Staff", None)])
def test_a_common_surname_opening_a_sentence_before_said_is_someone(
    word: str, speaker: str | None
) -> None:
    text = (
        "Report\n\nA prosecutor objected to the choice of clinic on Monday.\n"
        f'{word} said he was "completely blindsided" by the move.\n'
    )
    assert said(text).get("completely blindsided") == speaker


@pytest.mark.parametrize(
    "line",
    [
        'In typical fashion, she released a jokey response to the honor: "I am so excited."',
        'She issued a statement on Friday: "I am so excited."',
    ],
)
def test_a_message_sent_before_a_colon_is_the_senders(line: str) -> None:
    text = f"Report\n\nMs. Ana Kell is well liked in the city.\n{line}\n"
    assert said(text)["I am so excited"] == "Ana Kell"


def test_a_speaker_answering_another_with_a_colon_said_the_quote() -> None:
    text = (
        'Residents were angry. "Nobody warned us," said shopkeeper Aisha Khan.\n'
        'Her neighbour, Dev Patel, disagreed: "The sirens went off at midnight."\n'
    )
    assert said(text)["The sirens went off at midnight"] == "Dev Patel"


def test_an_answer_label_before_a_quote_frames_nothing() -> None:
    text = (
        "Mayor Helen Brandt toured the damage on Sunday.\n"
        "Q: Will the council pay for repairs?\n"
        'A: "The council will cover what insurers refuse," Brandt told the Carden Herald.\n'
    )
    (answer,) = [p for p in _positions(text) if "insurers" in p.stance]
    assert answer.actor == "Helen Brandt"
    assert answer.stance.startswith("told the Carden Herald: ")


def test_a_surname_that_reads_as_a_plural_after_a_persons_title_is_a_persons() -> None:
    text = (
        'A spokesman, Lars Dahl, said no plant would close. "Tromvik stays," Dahl said.\n'
        "Union leader Berit Aas said the union had not been consulted. "
        '"We learned about this from the press," she said.\n'
        "A former Amara Chargers lineman was released on bail.\n"
    )
    assert said(text)["We learned about this from the press"] == "Berit Aas"
    kinds = {a.name: a.kind for a in extract_offline(Article(id=1, path="a", text=text)).actors}
    assert kinds["Amara Chargers"] == "organization"  # 'former' is no one's title


def test_a_pronoun_after_a_body_speaks_is_no_one_quoted_before_it() -> None:
    quoted = (
        "A spokesman for the company, Lars Dahl, said no plant would close. "
        '"Tromvik remains central to our plans," Dahl said.\n\n'
    )
    speaking = (
        "The Amara Workers Union said it had not been consulted. "
        '"We learned about this from the press," she said.\n'
    )
    named = 'The Amara Workers Union employs 40 staff. "We will grow again," he said.\n'
    assert said(quoted + speaking).get("We learned about this from the press") is None
    assert said(quoted + named)["We will grow again"] == "Lars Dahl"  # the union only named


def test_an_agency_quoting_someone_as_saying_gives_their_words() -> None:
    text = (
        "State news agency Tassov quoted Kremlin spokesman Dmitry Peskin as saying that talks "
        'were "not on the agenda right now".\n'
    )
    assert said(text) == {"not on the agenda right now": "Dmitry Peskin"}


def test_a_spokesman_relaying_what_someone_told_is_the_one_talking() -> None:
    relayed = (
        "Governor Ana Pell was at the church. Pell spokesman Bill Marr said that Pell told a "
        'pastor she was sorry if the fire was tied to the "undeserved negative attention" the '
        "church had received.\n"
    )
    assert said(relayed) == {"undeserved negative attention": "Bill Marr"}
    answered = (
        "Witness Una Stead took the stand. When prosecutor Seth Gold asked whether she hid, "
        'Stead quietly answered, "Yes."\n'
    )
    assert said(answered) == {"Yes": "Una Stead"}  # the asker's clause relays nothing
    overheard = 'Una Stead said she heard someone say, "He has a gun," before she ran.\n'
    assert said(overheard).get("He has a gun") is None


def test_a_relayed_speaker_set_off_by_commas_is_still_relayed() -> None:
    """'She said the hospital chief, Dr. Omar Hadi, had told her: "…"': Klein's account of
    Hadi's words, which he denies; not Hadi's own."""
    text = (
        'Nurses walked out. "We were ignored," said union leader Rosa Klein. She said the '
        'hospital chief, Dr. Omar Hadi, had told her in March: "There is no money."\n'
    )
    assert said(text)["There is no money"] == "Rosa Klein"


def test_a_post_told_with_whose_it_is_gives_the_role_and_its_gender() -> None:
    text = (
        "A spokesman for the company, Lars Dahl, said no plant would close. "
        '"Tromvik stays," Dahl said.\n\n'
        'Union members were angry. "We learned about this from the press," she said.\n'
        "Under Tom Brien, the former head coach of the Amara Celts, Ivo Verson moved to guard.\n"
    )
    actors = {a.name: a.roles for a in extract_offline(Article(id=1, path="a", text=text)).actors}
    assert actors["Lars Dahl"] == ["spokesman for the company"]
    assert actors["Ivo Verson"] == []  # the aside is Brien's post, not his
    assert said(text).get("We learned about this from the press") is None  # not the spokesman


def _unattributed(text: str) -> list[tuple[str, str]]:
    from summarizer.engines.offline import extract_offline
    from summarizer.models import Article

    x = extract_offline(Article(id=1, path="a.txt", text="Report\n\n" + text))
    return [(q.text, q.evidence[0].quote) for q in x.unattributed]


def test_a_quotation_with_no_certain_speaker_is_kept_under_no_name_with_its_sentence() -> None:
    text = (
        'The water board said in an emailed statement that the levee "met every standard in '
        'force".\n"We thought it was a glitch," one dispatcher, who asked not to be named, said.\n'
    )
    assert _unattributed(text) == [
        ("met every standard in force",
         'The water board said in an emailed statement that the levee "met every standard in '
         'force".'),
        ("We thought it was a glitch,",
         '"We thought it was a glitch," one dispatcher, who asked not to be named, said.'),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        '"We will rebuild every street," Mayor Elena Sosa said.\n',  # attributed
        'Police said the man was "armed and dangerous".\n',  # a fragment
        'She wrote "The Long Road Home" in 2004, Ivo Mark said.\n',  # a title
        # marks holding the reporter's own frame: paired across it, nobody's words alone
        'The ministry called it "a fault in the cable. Users suffered outages, Osama Kamel '
        'noted. Osama Kamel blamed the cable cut" in a statement.\n',
        # marks paired across two quotations: 'useful," but … talks."' is nobody's words
        'Ivo Mark and Ana Vale spoke in a call both called \u201cuseful," but offered no '
        "breakthrough in the peace talks.\n",
    ],
)
def test_what_is_attributed_a_fragment_or_a_title_is_no_unattributed_quotation(
    text: str,
) -> None:
    assert _unattributed(text) == []


def test_a_pronoun_reaches_a_person_whose_given_name_only_other_countries_bear() -> None:
    text = (
        "Report\n\nSpeaking on Saturday, Henrik Aas apologised to customers. "
        '"We have let people down," he said.\n'
    )
    (said,) = _positions(text)
    assert said.actor == "Henrik Aas"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the name before 'he added' is who the quote is about; the one talking is 'he'
        ('Tomas Reyna walked out. Karl Weiss said the opposition was ready. "Our door is '
         'open," he said. Reyna, he added, "knows where to find us".', "Karl Weiss"),
        # but a clause before the main one names its subject: 'he' is King
        ('When Ivo King hired Dan Obrey, he had called him a "perfect fit for the job".',
         "Ivo King"),
    ],
)  # fmt: skip
def test_a_name_before_an_inserted_he_added_is_not_the_speaker(text: str, speaker: str) -> None:
    positions = _positions(f"Report\n\n{text}\n")
    quote = next(p for p in positions if "find us" in p.stance or "perfect fit" in p.stance)
    assert quote.actor == speaker


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Food and Drug Administration said", "Food and Drug Administration"),
        ("The US Fish and Wildlife Service said", "US Fish and Wildlife Service"),
        ("The Election and Referendum Commission said", "Election and Referendum Commission"),
    ],
)  # fmt: skip
def test_ordinary_words_and_a_body_after_and_are_one_body(text: str, body: str) -> None:
    """'Food and Drug Administration' is one body, not 'Drug Administration'."""
    assert said(f'Report\n\n{text}: "We will review the case."\n') == {
        "We will review the case": body
    }


def test_a_country_and_a_body_after_and_stay_two() -> None:
    text = 'The U.S. and European Union said: "We will review the case."\n'
    assert "U.S. and European Union" not in said(f"Report\n\n{text}").values()


def test_a_transcripts_turn_is_its_speakers_words() -> None:
    text = (
        "Transcript\n\nLucia Ferraz, a former judge, met reporters on Monday.\n\n"
        "REPORTER: Will you accept the result if you lose?\n\n"
        "LUCIA FERRAZ: I will accept the result the voters give.\n\n"
        "FERRAZ: Then he should show the evidence.\n"
    )
    assert said(text) == {
        "I will accept the result the voters give": "Lucia Ferraz",
        "Then he should show the evidence": "Lucia Ferraz",
    }
    article = Article(id=1, path="made-up.txt", text=text)
    assert not [e for e in extract_offline(article).events if "accept" in e.summary]


@pytest.mark.parametrize(
    "line",
    [
        "UPDATE: The count resumed at 9am in Porto Belo.",
        "NEW DELHI: The government said the count resumed in New Delhi.",
        "Q: Will you accept the result? Ferraz was asked.",
        'FERRAZ: "Then he should show the evidence," she said.',
    ],
)
def test_a_label_or_a_dateline_before_a_colon_is_no_ones_turn(line: str) -> None:
    text = f"Count\n\nLucia Ferraz spoke on Monday.\n\n{line}\n"
    article = Article(id=1, path="made-up.txt", text=text)
    quoted = [q.text for q in extract_offline(article).unattributed]
    quoted += [p.evidence[0].quote for p in extract_offline(article).positions]
    assert not any(q.startswith(("The count", "The government", "Will you")) for q in quoted)


def test_who_an_opening_participles_clause_names_is_not_the_pronoun_after_it() -> None:
    """'Asked about Mehta's remarks, she said': she is the one asked, Vahl, not Mehta; and
    Mehta, 'he' before, keeps his own words."""
    text = (
        '"This is a historic day," authority chair Ines Vahl said.\n'
        'Councillor Raj Mehta called the deal "a giveaway". "Taxpayers will pay for this for '
        'decades," he said.\n'
        'Vahl rejected that. Asked about Mehta\'s remarks, she said: "The numbers speak."\n'
    )
    speakers = said(text)
    assert speakers["The numbers speak"] == "Ines Vahl"
    assert speakers["Taxpayers will pay for this for decades"] == "Raj Mehta"


def test_a_recall_of_vehicles_is_no_speech_and_a_kind_of_business_opens_a_companys_name() -> None:
    text = (
        "Recall\n\nCarmaker Norvik recalled 120,000 vehicles on Thursday over a brake fault.\n\n"
        '"Customer safety is our first priority," the company said in a statement.\n'
    )
    positions = _positions(text)
    assert not [p for p in positions if "vehicles" in p.stance]
    assert [p.actor for p in positions] == ["Norvik"]  # the kind of business is no name
    actors = extract_offline(Article(id=1, path="made-up.txt", text=text)).actors
    assert [a.kind for a in actors if "Norvik" in a.name] == ["organization"]


@pytest.mark.parametrize("name", ["Bank of America", "Group Lotus", "Giant Eagle"])
def test_a_company_whose_name_opens_with_a_kind_of_business_keeps_it(name: str) -> None:
    text = f'Report\n\n{name} said in a statement: "We will review the case."\n'
    assert said(text) == {"We will review the case": name}


@pytest.mark.parametrize(
    "names", ["", "Rosalind Achterberg and Deshawn Pulaski met in a debate on Tuesday.\n"]
)
def test_the_one_replying_after_an_opening_clause_is_not_who_that_clause_names(names: str) -> None:
    """'When Pulaski said his rival "…", Achterberg laughed and replied: "…"': the reply is
    Achterberg's (known by her surname alone or not), the words before Pulaski's, and his
    position does not show hers."""
    text = (
        f"Debate\n\n{names}It got personal. When Pulaski said his rival \u201chas never set foot "
        "on a working farm\u201d, Achterberg laughed and replied: \u201cI grew up on one, "
        "Deshawn.\u201d\n"
    )
    speakers = said(text)
    assert str(speakers["I grew up on one, Deshawn"]).endswith("Achterberg")
    assert str(speakers["has never set foot on a working farm"]).endswith("Pulaski")
    pulaski = [p for p in _positions(text) if p.actor.endswith("Pulaski")]
    assert pulaski
    assert not any("grew up" in p.stance for p in pulaski)


def test_he_after_an_opening_clause_naming_two_is_that_clauses_subject() -> None:
    """'When King hired O'Brien, he had called him a "perfect fit"': King (a surname that is
    also a title, after a first name that is also a London borough: a person all the same)."""
    text = (
        "Coach\n\nGeneral manager Brent King fired coach Jim O'Brien on Monday. When King hired "
        'O\'Brien, he had called him a "perfect fit" for the job.\n'
    )
    assert said(text)["perfect fit"] == "Brent King"


def test_he_is_no_one_where_an_untyped_name_acts_before_the_one_person_typed() -> None:
    """'When Pulaski hired O'Brien, he …': Pulaski (no first name to type him by) may be 'he',
    so not O'Brien, the one person typed."""
    text = (
        "Coach\n\nCoach Jim O'Brien was fired on Monday. When Pulaski hired O'Brien, he had "
        'called him a "perfect fit" for the job.\n'
    )
    assert "perfect fit" not in said(text)


@pytest.mark.parametrize(
    "text",
    [
        'Angry customer Gary Pruitt, 63, fumed: "I have shopped there for 20 years."',
        '"I have shopped there for 20 years," Gary Pruitt sobbed.',
        'Gary Pruitt whispered, "I have shopped there for 20 years."',
    ],
)
def test_a_verb_of_manner_frames_the_quotation_it_opens_or_closes(text: str) -> None:
    assert said(f"Report\n\n{text}\n") == {"I have shopped there for 20 years": "Gary Pruitt"}


@pytest.mark.parametrize(
    "text",
    [
        'Gary Pruitt slammed the door. "I have shopped there for 20 years," a neighbour said.',
        'Gary Pruitt laughed at the idea that "shoppers will come back next week."',
    ],
)
def test_a_verb_of_manner_elsewhere_frames_nothing(text: str) -> None:
    assert "Gary Pruitt" not in said(f"Report\n\n{text}\n").values()


def test_an_interviews_turn_labelled_by_a_surname_in_ordinary_case_is_their_words() -> None:
    text = (
        "Interview\n\nWe spoke to Dr. Kamala Oyinlola, a hurricane researcher.\n\n"
        "Q: Is this becoming more common?\n\n"
        "Oyinlola: We are seeing slower storms, yes.\n\n"
        "Q: What should people do now?\n\n"
        "Oyinlola: Listen to the mayor and stay home.\n"
    )
    assert said(text) == {
        "We are seeing slower storms, yes": "Kamala Oyinlola",
        "Listen to the mayor and stay home": "Kamala Oyinlola",
    }


def test_a_transcripts_title_before_a_colon_is_no_ones_turn() -> None:
    text = (
        "Porto Belo: transcript of the press conference\n\n"
        "We spoke to Dr. Kamala Oyinlola, a hurricane researcher.\n\n"
        "Q: Is this becoming more common?\n\n"
        "Oyinlola: We are seeing slower storms, yes.\n"
    )
    assert said(text) == {"We are seeing slower storms, yes": "Kamala Oyinlola"}


@pytest.mark.parametrize(
    "lines",
    [
        # one labelled line: no transcript
        "Oyinlola: We are seeing slower storms, yes.\n",
        # labels that are ordinary words, or a surname never given after a first name
        "Police: The count resumed at nine.\n\nUpdate: The count resumed at nine.\n",
        "Q: Who counts?\n\nMendes: The count resumed at nine.\n",
    ],
)
def test_a_label_in_ordinary_case_is_a_turn_only_in_a_transcript_and_by_a_name(
    lines: str,
) -> None:
    text = f"Interview\n\nWe spoke to Dr. Kamala Oyinlola and to Mendes.\n\n{lines}"
    assert said(text) == {}


def test_the_name_after_according_to_someones_aides_is_the_subject_not_the_source() -> None:
    """'According to Brenner's aides, Varga "panicked"': the aides' word, not Varga's; 'said
    her nephew, Ravi Singh, 32' still names the nephew."""
    text = (
        "Talks\n\nMinister Lena Varga and opposition leader Tomas Brenner met on Monday.\n\n"
        'According to Brenner\'s aides, Varga "panicked" during the talks.\n\n'
        '"We are ready," said her nephew, Ravi Singh, 32.\n'
    )
    assert said(text) == {"We are ready": "Ravi Singh"}


_VARGA_AND_BRENNER = (
    "Talks\n\nMinister Lena Varga and opposition leader Tomas Brenner met on Monday.\n\n"
)


def test_the_one_told_who_replies_is_the_replys_speaker() -> None:
    text = (
        _VARGA_AND_BRENNER
        + '"You will regret this," Varga told Brenner, who replied: "We will see."\n'
    )
    assert said(text) == {"You will regret this": "Lena Varga", "We will see": "Tomas Brenner"}


@pytest.mark.parametrize(
    ("line", "shown", "not_shown"),
    [
        (
            'Varga called the plan "reckless" while Brenner\'s deputy said it was "overdue."',
            "reckless",
            "overdue",
        ),
        ('"We are ready," Varga said as supporters shouted: "Four more years!"', "", "supporters"),
        (  # the same speaker going on keeps her words
            'Varga called the plan "reckless" and later added that it was "overdue."',
            "overdue",
            "",
        ),
    ],
)
def test_a_stance_stops_where_another_subject_speaks(line: str, shown: str, not_shown: str) -> None:
    stances = [p.stance for p in _positions(_VARGA_AND_BRENNER + line + "\n")]
    first = stances[0]
    assert shown in first
    if not_shown:
        assert not_shown not in first


def test_a_reported_clause_goes_on_past_an_apposition() -> None:
    """'told NRK the dam's operator, Ostmark Kraft, had been warned …': the claim is the
    warning, not the operator's name ('warned' after 'had been' is no closing frame)."""
    text = (
        "Dam\n\nRegional governor Pål Iversen told NRK the dam's operator, Ostmark Kraft, had "
        "been warned in 2029 that the structure needed repairs.\n"
    )
    (position,) = _positions(text)
    assert position.stance.endswith("the structure needed repairs")


def test_repeated_frames_a_claim_said_again() -> None:
    text = (
        'Dam\n\nGovernor Pål Iversen repeated on Saturday that the operator "knew for two '
        'years" about the cracks.\n'
    )
    assert said(text) == {"knew for two years": "Pål Iversen"}


@pytest.mark.parametrize(
    ("pair", "speaker"),
    [("Dan Ruiz and Ali Kaya", None), ("Dan Ruiz and Ana Kaya", "Dan Ruiz")],
)
def test_he_after_two_men_acting_together_is_neither(pair: str, speaker: str | None) -> None:
    """'Dan Ruiz and Ali Kaya argued.' ⏎ '"…," he said': either; with a woman, the man."""
    text = f'Match\n\n{pair} argued after the match. "It was a private talk," he said.\n'
    assert said(text).get("It was a private talk") == speaker


def test_a_team_acting_before_is_no_one_he_may_be() -> None:
    """'the Sixers fired coach Jim O'Brien and replaced him': a team is no 'he', so 'him'
    is still O'Brien, where 'When Pulaski hired O'Brien, he …' is no one."""
    text = (
        "Coach\n\nCoach Jim O'Brien was fired on Monday. The Sixers fired O'Brien after one "
        'season, and he said it was "a shock."\n'
    )
    assert said(text) == {"a shock": "Jim O'Brien"}


def test_a_surname_without_its_arabic_article_is_the_person() -> None:
    text = (
        "Visit\n\nEgyptian President Abdel-Fattah al-Sisi arrived on Tuesday. Sisi told "
        'reporters the two countries would sign "a historic trade deal."\n'
    )
    assert said(text) == {"a historic trade deal": "Abdel-Fattah al-Sisi"}


def test_a_capitalised_description_in_an_aside_is_not_the_speaker() -> None:
    """'"…," Hale, a Texas Republican, told CNN': Hale speaks, not a 'Texas Republican'."""
    text = (
        "Vote\n\nRep. Tom Hale spoke on Sunday. "
        '"It will pass this week," Hale, a Texas Republican, told CNN on Sunday.\n'
    )
    assert said(text) == {"It will pass this week": "Tom Hale"}


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ('Brenner was less upbeat: "We are far apart on every point."', "Tomas Brenner"),
        ('Brenner was delighted: "We got everything we wanted."', "Tomas Brenner"),
        ('Opposition leader Tomas Brenner was blunt: "We are far apart."', "Tomas Brenner"),
        ('Opposition leader Brenner was asked about it: "Is the deal dead?"', None),
        ('Brenner was asked about it: "Is the deal dead for good?"', None),  # the asker's
        ('Brenner was handed a note: "Resign now or face a vote."', None),  # the note's
        ('The mood was grim: "We are far apart on every point."', None),
        ('Brenner put it bluntly: "We are far apart on every point."', "Tomas Brenner"),
        ('Brenner\'s message was clear: "We are far apart on every point."', "Tomas Brenner"),
        ('Brenner put it on the table: "We are far apart on every point."', None),
        ('Brenner\'s car was parked outside: "We are far apart on every point."', None),
    ],
)
def test_a_person_described_before_a_colon_is_the_one_quoted(
    line: str, speaker: str | None
) -> None:
    text = _VARGA_AND_BRENNER + line + "\n"
    assert set(said(text).values()) == ({speaker} if speaker else set())


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Dodeka Lines said the ship had passed its inspection.", "Dodeka Lines"),
        ("Dodeka Lines denied that the crew had been slow.", "Dodeka Lines"),
        ("The ship had passed its inspection, Dodeka Lines said.", "Dodeka Lines"),
        ("Dodeka Lines, which runs the ferry, said the crew was trained.", "Dodeka Lines"),
        ("Human Rights Watch said on Monday that the crew was detained.", "Human Rights Watch"),
        ("Amnesty International said two of the crew were detained.", "Amnesty International"),
        # not a body's words: a verb that does not say, a name inside the subject, a
        # speaker named after the verb (his words, not the body's)
        ("Dodeka Lines maintained the ferry for a decade.", None),
        ("A notice on the Dodeka Lines Web site said the office was closed.", None),
        ("Six crew were aboard Dodeka Lines, said the harbour master, Ivo Tarn.", "Ivo Tarn"),
    ],
)
def test_a_bodys_reported_words_are_its_position(sentence: str, speaker: str | None) -> None:
    text = f"Ferry sinks\n\nThe Aegean Star, a Dodeka Lines ferry, sank on Sunday.\n\n{sentence}\n"
    positions = extract_offline(Article(id=1, path="a.txt", text=text)).positions
    assert [p.actor for p in positions] == ([speaker] if speaker else [])


def test_a_name_inside_the_subject_of_a_saying_is_not_who_said_it() -> None:
    text = (
        "Fire\n\nThe Harbour Bible Church said on Friday that it would rebuild.\n\nA message "
        "posted on the Harbour Bible Church Web site said the church would be closed Tuesday.\n"
    )
    positions = extract_offline(Article(id=1, path="a.txt", text=text)).positions
    assert [p.stance for p in positions] == []


@pytest.mark.parametrize("preposition", ["against", "toward", "alongside"])
def test_a_name_after_a_preposition_after_the_verb_is_not_who_spoke(preposition: str) -> None:
    text = (
        "Verdict\n\nFormer mayor Tibor Varga was convicted on Tuesday of accepting bribes.\n\n"
        "The firm's former chief executive, Paul Kessler, testified "
        f"{preposition} Varga in exchange for immunity.\n"
    )
    positions = extract_offline(Article(id=1, path="a.txt", text=text)).positions
    assert [p.actor for p in positions] == []


@pytest.mark.parametrize(
    "sentence",
    ["The WHO said the figure included suspected cases.", '"We stand by it," the WHO said.'],
)
def test_the_who_in_capitals_is_the_health_body_not_a_pronoun(sentence: str) -> None:
    text = f"Cholera\n\nThe World Health Organization said cases rose.\n\n{sentence}\n"
    positions = extract_offline(Article(id=1, path="a.txt", text=text)).positions
    assert [p.actor for p in positions] == ["World Health Organization"]


def test_what_a_count_in_words_opens_is_reported_speech() -> None:
    text = "Report\n\nThe outbreak spread.\n\nIvo Tarn said two journalists were held in Elin.\n"
    positions = extract_offline(Article(id=1, path="a.txt", text=text)).positions
    assert [(p.actor, p.stance) for p in positions] == [
        ("Ivo Tarn", "said two journalists were held in Elin")
    ]


def test_the_company_saying_is_the_articles_one_company() -> None:
    text = (
        "Breach\n\nNorvale Bank said on Thursday that hackers had stolen the data of customers."
        "\n\nThe bank said no passwords or card numbers were taken.\n"
    )
    positions = extract_offline(Article(id=1, path="a.txt", text=text)).positions
    assert [p.stance for p in positions if p.actor == "Norvale Bank"] == [
        "said on Thursday that hackers had stolen the data of customers",
        "said no passwords or card numbers were taken",
    ]


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ('Sousa said the verdict was "a political decision".', "Sousa"),  # a town's name too
        ('"It was a political decision," said Sousa.', "Sousa"),
        # where the article places something, the word stays a town's; a capital speaks for
        # its government, no one's surname
        ('In Sousa, Sousa said the verdict was "a political decision".', None),
        ('Lima said the verdict was "a political decision".', None),
    ],
)
def test_a_towns_name_that_only_speaks_is_someones_surname(line: str, speaker: str | None) -> None:
    text = f"Verdict\n\nLuis Ferreira was sentenced on Friday.\n\n{line}\n"
    assert set(said(text).values()) == ({speaker} if speaker else set())


def test_words_reported_in_a_relative_aside_end_with_the_aside() -> None:
    """'Ferreira, who denied that he took any of the money, showed no emotion': what he denied, not
    the reporter's account of the courtroom after it."""
    text = (
        "Verdict\n\nLuis Ferreira was sentenced on Friday.\n\n"
        "Ferreira, who denied that he took any of the money, showed no emotion as the sentence was "
        "read.\n"
    )
    stances = [p.stance for p in _positions(text)]
    assert stances == ["denied that he took any of the money"]


@pytest.mark.parametrize(
    ("role", "speaker"),
    [
        ("Union leader", "Albers"),
        ("Opposition leader", "Albers"),
        ("Market leader", None),  # a company leads a market as often as a person does
        ("League leaders", None),
    ],
)
def test_a_leader_of_a_body_named_by_surname_is_a_person(role: str, speaker: str | None) -> None:
    """'Union leader Albers said …' ⏎ '"…," he said': a union's leader is someone, so 'he' is
    Albers; 'market leader Albers' may be a firm."""
    text = (
        "Plant\n\nThe plant will close. "
        f"{role} Albers said workers would protest outside the plant on Saturday. "
        '"This is a betrayal," he said.\n'
    )
    assert said(text).get("This is a betrayal") == speaker


@pytest.mark.parametrize(
    "post",
    [
        "Stay safe everyone. Crews are working around the clock to restore power.",
        '"Stay safe everyone. Crews are working around the clock to restore power."',
    ],
)
def test_an_embedded_post_is_its_accounts_words(post: str) -> None:
    """A post embedded in a page: its text, then '— Name (@handle) date' on the next line."""
    text = (
        "Storm\n\nThe storm cut power to 200,000 homes, utility company Eastgrid said.\n\n"
        f"{post}\n— Eastgrid (@EastgridPower) November 4, 2031\n\n"
        "Crews worked through the night to restore power.\n"
    )
    assert said(text) == {
        "Stay safe everyone. Crews are working around the clock to restore power": "Eastgrid"
    }
    (position,) = _positions(text)
    assert position.stance.startswith("posted as @EastgridPower: \u201cStay safe everyone.")


@pytest.mark.parametrize(
    ("before", "speaker"),
    [
        # the one acted on and the one acting: 'he' may be either
        ("Lenti was replaced on Sunday by his assistant, Paolo Nardi.", None),
        ("Lenti was replaced on Sunday by Paolo Nardi.", None),
        # acted on by no one named, or by a woman: he is Lenti
        ("Lenti was replaced on Sunday by the club.", "Marco Lenti"),
        ("Lenti was interviewed on Sunday by Anna Rossi.", "Marco Lenti"),
        ("Lenti was asked on Sunday by Paolo Nardi if he would stay.", "Marco Lenti"),
    ],
)
def test_he_after_a_man_acted_on_by_another_man_is_no_ones(
    before: str, speaker: str | None
) -> None:
    text = (
        "Coach\n\nRavenna sacked head coach Marco Lenti on Sunday.\n\n"
        f'{before} Speaking to reporters, he said: "I am ready for this."\n'
    )
    assert said(text).get("I am ready for this") == speaker


@pytest.mark.parametrize(
    "line",
    [
        "Elena Georgieva, the campaign manager, said their own tally showed Ivanov ahead.",
        "Ivanov's campaign manager, Elena Georgieva, said their tally showed Ivanov ahead.",
    ],
)
def test_a_name_and_its_aside_before_said_are_its_subject_not_a_claim(line: str) -> None:
    """'Elena Georgieva, the campaign manager, said their own tally showed Ivanov ahead': she
    says it; the comma before 'said' closes her aside, no claim of Ivanov's."""
    text = f"Vote\n\nStefan Petrov and Nikola Ivanov both claimed victory on Sunday.\n\n{line}\n"
    (position,) = _positions(text)
    assert position.actor == "Elena Georgieva"
    assert position.stance.startswith("said their")


@pytest.mark.parametrize(
    "line",
    [
        "Kraft Foods, which owns the plant, said their own figures showed Ivanov ahead.",
        "The union, which backs Petrov, said their own tally showed Ivanov ahead.",
        "Petrov's lawyer, a former judge, said the count showed Ivanov ahead by 40 votes.",
    ],
)
def test_a_name_in_what_is_said_is_not_who_says_it(line: str) -> None:
    """'…, said their own tally showed Ivanov ahead': a clause follows 'said', so Ivanov is
    who it is about, not a speaker written after the verb."""
    text = f"Vote\n\nStefan Petrov and Nikola Ivanov both claimed victory on Sunday.\n\n{line}\n"
    assert "Nikola Ivanov" not in {p.actor for p in _positions(text)}


@pytest.mark.parametrize(
    "speaker",
    [
        "the company's advanced threat researcher Paul Ferguson",
        "the retired officer Paul Ferguson",
        "ex-NYPD organized crime detective Paul Ferguson",
    ],
)
def test_past_participles_in_the_speakers_description_are_no_clause(speaker: str) -> None:
    text = (
        f'Bug\n\nA flaw was found on Monday.\n\n"It is getting worse every day," said {speaker}.\n'
    )
    assert said(text) == {"It is getting worse every day": "Paul Ferguson"}


def test_a_closing_said_with_the_speakers_name_in_apposition_is_read() -> None:
    """'…, said Ivanov's campaign manager, Elena Georgieva.': the last comma opens her name,
    the one before it closes what she said."""
    text = (
        "Vote\n\nStefan Petrov and Nikola Ivanov both claimed victory on Sunday.\n\n"
        "The count in two polling stations was wrong, said Ivanov's campaign manager, Elena "
        "Georgieva.\n"
    )
    (position,) = _positions(text)
    assert position.actor == "Elena Georgieva"
    assert "count in two polling stations was wrong" in position.stance


@pytest.mark.parametrize("verb", ["met", "misses", "chairs"])
def test_a_verb_that_a_title_list_holds_ends_no_name(verb: str) -> None:
    """'Petrov met Ivanov': 'met' is no title after a name (nameparser lists 'Met'), so
    Petrov is named, and the 'he' after is the subject's, not the object's."""
    text = (
        "Vote\n\nStefan Petrov and Boris Ivanov both claimed victory on Sunday.\n\n"
        f'Petrov {verb} Ivanov on Monday. "We disagree on everything," he said.\n'
    )
    assert said(text) == {"We disagree on everything": "Stefan Petrov"}


@pytest.mark.parametrize(
    "opening",
    [
        "The chief executive, Irina Sokol, denied receiving any warning.",
        "The company's chief executive, Irina Sokol, denied receiving any warning.",
    ],
)
def test_she_after_a_description_with_its_name_in_apposition_is_that_name(opening: str) -> None:
    """'The chief executive, Irina Sokol, denied …' ⏎ '"…," she said': the description is
    named, so 'she' is Irina Sokol (whose given name no list types)."""
    text = f'Dam\n\nThe dam collapsed on Monday.\n\n{opening} "We have no record," she said.\n'
    assert said(text) == {"We have no record": "Irina Sokol"}


def test_the_company_after_two_companies_is_neither() -> None:
    """'Halvorsen … agreed to buy rival Brightline Logistics.' ⏎ 'Brightline said …' ⏎ 'The
    company said shareholders would receive …': either company may have said it."""
    text = (
        "Deal\n\nShipping group Halvorsen said on Monday it had agreed to buy smaller rival "
        "Brightline Logistics for $2.1 billion.\n\n"
        "Brightline said its board had backed the offer. The company said shareholders "
        "would receive 14.50 dollars a share.\n\nUnions at Brightline said they feared cuts.\n"
    )
    speakers = {p.actor for p in _positions(text) if "14.50" in p.stance}
    assert speakers == set()


def test_a_longer_description_before_the_speakers_name_is_apposition() -> None:
    """'said the city's current mayor, Joana Pinto': she speaks, not the former mayor the
    article named before."""
    text = (
        "Verdict\n\nFormer mayor Luis Ferreira was jailed on Friday.\n\n"
        '"This is a sad day for Castelmar," said the city\'s current mayor, Joana Pinto.\n'
    )
    assert said(text) == {"This is a sad day for Castelmar": "Joana Pinto"}


@pytest.mark.parametrize(
    ("named", "described", "speaker"),
    [
        ("Former mayor Luis Ferreira was jailed", "the current mayor", None),
        ("Former mayor Luis Ferreira was jailed", "the new mayor", None),
        ("Mayor Joana Pinto spoke", "the former mayor", None),
        ("Former mayor Luis Ferreira was jailed", "the former mayor", "Luis Ferreira"),
        ("Mayor Joana Pinto spoke", "the mayor", "Joana Pinto"),
    ],
)
def test_a_former_holder_is_not_the_current_one(
    named: str, described: str, speaker: str | None
) -> None:
    """'said the current mayor' after 'Former mayor Luis Ferreira': someone else."""
    text = (
        f'Verdict\n\n{named} on Friday.\n\n"This is a sad day for Castelmar," said {described}.\n'
    )
    assert said(text).get("This is a sad day for Castelmar") == speaker


@pytest.mark.parametrize("joined", ["like", "unlike", "along with"])
def test_a_name_compared_in_an_aside_is_not_the_subject(joined: str) -> None:
    """'Petrov, like Ivanov, said …': Petrov says it; Ivanov is who he is compared with."""
    text = (
        "Vote\n\nStefan Petrov and Nikola Ivanov both claimed victory on Sunday.\n\n"
        f"Petrov, {joined} Ivanov, said the count had been fair in every district.\n"
    )
    assert {p.actor for p in _positions(text)} == {"Stefan Petrov"}


def test_two_named_with_their_ages_speak_together_neither_alone() -> None:
    text = (
        "Vote\n\nStefan Petrov and Nikola Ivanov both claimed victory on Sunday.\n\n"
        "Petrov, 61, and Ivanov, 45, said the count had been fair in every district.\n"
    )
    assert _positions(text) == []


@pytest.mark.parametrize(
    "cue",
    [
        "regional governor Pavel Dorn was quoted as saying",
        "Dorn was quoted by the agency as saying",
        "he was quoted as saying",
    ],
)
def test_was_quoted_as_saying_after_the_quote(cue: str) -> None:
    """'"…," X was quoted as saying': X speaks, not the one who quoted him."""
    text = (
        "Quake\n\nPavel Dorn, the regional governor, spoke to the agency on Monday.\n\n"
        f'"Two people were hurt, but their condition is satisfactory," {cue}.\n'
    )
    assert said(text) == {"Two people were hurt, but their condition is satisfactory": "Pavel Dorn"}


@pytest.mark.parametrize(
    "asides",
    ["Chief Public Relations Officer, Defence", "a spokesman, Defence Ministry", "45, a sailor"],
)
def test_two_asides_after_the_name_before_said(asides: str) -> None:
    """'"…," Captain X, Chief Public Relations Officer, Defence, said': X, never the body
    named in the second aside."""
    text = f'Navy\n\n"The boats tried to flee," Captain Arun Mehta, {asides}, said.\n'
    assert said(text) == {"The boats tried to flee": "Arun Mehta"}


@pytest.mark.parametrize(
    "text",
    [
        "Pick\n\nObama has asked Dr. Ravi Gutta to be surgeon general, a senior Democrat said on "
        'Tuesday.\n\nGutta has been "the first choice" for the job, said the Democrat, who is '
        "familiar with the talks.\n",
        "Fire\n\nThe church of Governor Sara Palis burned on Friday.\n\nOn Saturday, the Alaska "
        'Governor said she regrets any "undeserved negative attention" brought on the church.\n',
    ],
)
def test_a_role_written_in_capitals_names_no_speaker(text: str) -> None:
    """'said the Democrat', 'the Alaska Governor said': someone described, not a name."""
    assert {p.actor for p in _positions(text)} <= {"Sara Palis"}
    assert "Democrat" not in said(text).values()


def test_he_after_a_surname_several_people_share_is_no_ones() -> None:
    """'Mr. Varga … "…," he said' where the article names John, Peter and Mary Varga: which Varga
    spoke is a guess."""
    text = (
        "Obituary\n\nJohn Varga died on Sunday. He leaves his brother Peter Varga and his sister "
        "Mary Varga.\n\nIn an interview last year, Mr. Varga said prison had been good for him.\n\n"
        '"The warden let me build a court," he said.\n'
    )
    assert said(text).get("The warden let me build a court") is None


@pytest.mark.parametrize(
    ("introduction", "speaker"),
    [
        ("Tom Reyes released a statement through the Chargers later Tuesday.", "Tom Reyes"),
        ("His lawyer, Ana Pike, issued a short statement.", "Ana Pike"),
        ("Tom Reyes released a statement, and his coach Ivo Dale spoke later.", None),
        ("The team released a statement on Tuesday.", None),
    ],
)
def test_a_quote_after_released_a_statement_is_the_statement(
    introduction: str, speaker: str | None
) -> None:
    """'X released a statement.' ⏎ '"…"': the quotation standing alone is X's statement,
    unless someone else is named after it."""
    text = f'Arrest\n\nTom Reyes was arrested on Monday.\n\n{introduction}\n\n"I am innocent."\n'
    assert said(text).get("I am innocent") == speaker


def test_a_companys_executives_speak_for_it() -> None:
    text = 'Recall\n\nThe cars were recalled.\n\n"We will not comment," Norvik executives said.\n'
    assert said(text) == {"We will not comment": "Norvik"}


@pytest.mark.parametrize("verb", ["rejoined", "shot back", "fired back"])
def test_he_closing_a_quote_with_any_verb_is_a_cue_not_the_last_speaker(verb: str) -> None:
    """'"…," he rejoined.' after a woman spoke: his words, not hers going on."""
    text = (
        "Court\n\nJustice Samuel Alito questioned Elizabeth Prelogar on Monday.\n\n"
        "\u201cNo, Justice Alito,\u201d Prelogar said.\n\n"
        f"\u201cThen why were you talking about corporate America,\u201d he {verb}.\n"
    )
    assert said(text)["Then why were you talking about corporate America"] == "Samuel Alito"


def test_a_paragraph_answering_a_question_put_to_someone_is_not_the_askers() -> None:
    """'"…? Do you dispute that?"' ⏎ '"There can be a risk…"': the answer, someone else's."""
    text = (
        "Court\n\nJustice Samuel Alito questioned Elizabeth Prelogar on Monday.\n\n"
        "\u201cBut there is some risk,\u201d Alito interjected. "
        "\u201cDo you dispute that?\u201d\n\n"
        "\u201cThere can be a very minimal risk for some people.\u201d\n\n"
        "Alito cut her off: \u201cNo, I am not making that point.\u201d\n"
    )
    speakers = said(text)
    assert speakers["Do you dispute that?"] == "Samuel Alito"
    assert "There can be a very minimal risk for some people" not in speakers


def test_a_rhetorical_question_answered_by_its_speaker_goes_on() -> None:
    text = (
        "Game\n\nCoach Bruno Arens praised his quarterback on Sunday.\n\n"
        "\u201cWould we have done it without him?\u201d Arens asked.\n\u201cNo.\u201d\n"
    )
    assert said(text).get("No") == "Bruno Arens"


def test_a_quote_trailing_off_before_the_askers_name() -> None:
    """'"… the features that the CFPB has …" Alito asked in one of his queries.': the
    splitter ends the sentence at the ellipsis; the next one names the speaker."""
    text = (
        "Court\n\nSamuel Alito and Elizabeth Prelogar sparred.\n"
        "\u201cThere have been agencies funded this way,\u201d Prelogar told the justices.\n"
        "\u201cWhat is your best example of an agency that has all of the features that the "
        "bureau has \u2026\u201d Alito asked in one of his series of queries.\n"
    )
    speakers = said(text)
    quote = next(q for q in speakers if q.startswith("What is your best example"))
    assert speakers[quote] == "Samuel Alito"


def test_who_an_embedded_question_names_is_not_the_clauses_subject() -> None:
    """'When he was asked by Martinez, the lawyer, why he wrote in English, Morales
    struggled.' ⏎ '"…," he claimed.': Morales, not the lawyer who asked."""
    text = (
        "Trial\n\nDavid Morales testified on Monday.\n\n"
        '"They were obsessed," Aitor Martinez said.\n\n'
        "Yet when he was asked by Martinez, the lawyer for Assange, why he wrote in English, "
        'Morales struggled for an excuse. "Sometimes I like to write in English," he claimed.\n'
    )
    assert said(text)["Sometimes I like to write in English"] == "David Morales"


def test_a_person_with_a_body_speaks_not_the_body() -> None:
    text = (
        "Parade\n\nThe parade will go on.\n\n"
        '"Tomorrow we will decide," Patrol Chief James Hall with the New York Police '
        "Department said Wednesday.\n"
    )
    assert said(text) == {"Tomorrow we will decide": "James Hall"}


def test_emailed_frames_a_quote() -> None:
    text = (
        'Spies\n\n"Nobody can know about my trips," David Morales emailed his employees, '
        '"because they are onto us."\n'
    )
    assert said(text)["Nobody can know about my trips"] == "David Morales"


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ('The initiative, said Nagel, "was all about building new partnerships."', "Brian Nagel"),
        ('The initiative, said the chief, "was all about building new partnerships."', None),
    ],
)
def test_an_inverted_said_between_commas_before_the_quote(line: str, speaker: str | None) -> None:
    """'The initiative, said Nagel, "was all about …"': Nagel, named after the verb."""
    text = f"Task force\n\nBrian Nagel led the task force from 2003.\n\n{line}\n"
    assert said(text).get("was all about building new partnerships") == speaker


@pytest.mark.parametrize(
    ("credit", "speaker"),
    [
        ("\u2014 Mike Pompa, College Station, TX, April 15, 2019", "Mike Pompa"),
        ("\u2014 Mike Pompa", "Mike Pompa"),
        ("\u2014 Mike Pompa contributed to this report.", None),
    ],
)
def test_a_quote_credited_on_the_line_under_it(credit: str, speaker: str | None) -> None:
    """An epigraph: the quotation alone in its paragraph, a dash and a name under it."""
    text = (
        f'Spies\n\n"I was the agency director. We lied, we cheated, we stole."\n{credit}\n\n'
        "As the co-founder of a small firm, David Morales had big plans.\n"
    )
    assert said(text).get("I was the agency director. We lied, we cheated, we stole") == speaker


def test_a_quoted_name_before_who_is_what_someone_is_called() -> None:
    """'emailed a friend, "Carlos C.D. (spy)," who owned …': the friend's name as written,
    nobody's words."""
    text = (
        "Spies\n\nTo change the cameras, David Morales emailed a friend, "
        '"Carlos C.D. (spy)," who owned a surveillance company.\n'
    )
    assert said(text) == {}


@pytest.mark.parametrize(
    "after",
    [
        "Ana Pike, the mediator, disagreed.",
        "Ana Pike said that was not true.",
        "Ana Pike, the mediator, told reporters.",
    ],
)
def test_a_quote_running_over_paragraphs_stays_its_speakers(after: str) -> None:
    """'"We tried everything. …' (left open) ⏎ '"We offered money. Nothing worked."' ⏎ 'Ana
    Pike, the mediator, disagreed.': the reopened quotation is still Varga's, and a sentence
    answering it does not frame it."""
    text = (
        "Talks\n\nIvo Varga said the talks had failed.\n\n"
        '"We tried everything. We offered a ceasefire.\n\n'
        f'"We offered money. Nothing worked."\n\n{after}\n'
    )
    assert said(text)["We offered money. Nothing worked"] == "Ivo Varga"


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        ("Ana Pike disagreed.", None),
        ("Ana Pike said it was a lie.", None),
        ("Ana Pike said.", "Ana Pike"),
    ],
)
def test_a_sentence_answering_a_quote_is_not_its_frame(after: str, speaker: str | None) -> None:
    text = f'Talks\n\nThe talks failed on Monday in Brenn.\n\n"We offered money."\n\n{after}\n'
    assert said(text).get("We offered money") == speaker


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        (
            "Shimon Pertz called a meeting to discuss Ariel Sharan's accusation that Yasser "
            'Arfat was "responsible for everything."',
            "Ariel Sharan",
        ),
        ('Shimon Pertz rejected the claim that the count was "rigged."', None),
        ('Donald Tramp repeated his claim that the election was "rigged."', "Donald Tramp"),
    ],
)
def test_a_claim_owned_by_someone_is_theirs(line: str, speaker: str | None) -> None:
    """'… to discuss Sharan's accusation that Arfat was "…"': the accusation's owner speaks,
    not whoever discusses it; 'the claim that …' with no owner is no one's."""
    quoted = next(q for q in ("responsible for everything", "rigged") if q in line)
    assert said(f"Politics\n\nThe cabinet met on Monday.\n\n{line}\n").get(quoted) == speaker


def test_hailed_by_someone_as_a_quote_is_theirs() -> None:
    """'An address by Arfat, in which he said …, was hailed by envoy Terje Roedlund as "a
    potential turning point"': the envoy's words, not the speaker of the address."""
    text = (
        "Peace\n\nA televised address by Yasser Arfat, in which he said the attacks must end, "
        'was hailed by UN envoy Terje Roedlund as "a potential turning point".\n'
    )
    assert said(text) == {"a potential turning point": "Terje Roedlund"}


@pytest.mark.parametrize(
    ("first", "quote", "speaker"),
    [
        (
            "Ivo Varga won the vote, but Tom Reyes refused to concede.",
            '"It was rigged," he said.',
            None,
        ),
        (
            "Lena Holt resigned, and her deputy Ana Pike will take over.",
            '"I am ready," she said.',
            None,
        ),
        ("Ana Pike said Lena Holt had resigned.", '"She had no choice," she added.', "Ana Pike"),
    ],
)
def test_a_pronoun_after_two_clauses_with_two_subjects_is_no_ones(
    first: str, quote: str, speaker: str | None
) -> None:
    """'Varga won the vote, but Reyes refused to concede.' ⏎ '"It was rigged," he said':
    either man's words; a name inside what one reports is no second subject."""
    text = f"Vote\n\nThe count ended on Monday.\n\n{first} {quote}\n"
    words = quote.split('"')[1].rstrip(",")
    assert said(text).get(words) == speaker


@pytest.mark.parametrize(
    ("line", "speaker", "verb"),
    [
        (
            '"We are far apart," Tomas Brenner, a lawyer who tweeted about the talks, said.',
            "Tomas Brenner",
            "said",
        ),
        (
            '"We are far apart," Brenner, who tweeted about the talks, told CNN.',
            "Tomas Brenner",
            "told CNN",
        ),
        ('"We are far apart," remembers Brenner, with a laugh.', "Tomas Brenner", "remembers"),
        ('"We are far apart," sobbed Lena Varga.', "Lena Varga", "sobbed"),
        ('"We are far apart," Varga remembered.', "Lena Varga", "remembered"),
    ],
)
def test_a_frame_after_the_quote_past_an_aside_or_in_a_verb_of_manner(
    line: str, speaker: str, verb: str
) -> None:
    """A speech verb inside the aside about the speaker is not the frame's; a verb of manner
    may come before the name ('"…," remembers X') as 'said' does."""
    (position,) = _positions(_VARGA_AND_BRENNER + line + "\n")
    assert (position.actor, position.stance) == (speaker, f"{verb}: \u201cWe are far apart\u201d")


def test_a_name_a_place_also_bears_is_a_person_described_as_one() -> None:
    """GeoNames knows a Di Li; 'Di Li, the chief scientist' is a person, and speaks."""
    text = (
        'Telescope\n\n"We see no roadblocks," says Di Li, the chief scientist of the observatory.\n'
    )
    assert said(text) == {"We see no roadblocks": "Di Li"}


def test_a_lone_surname_after_a_particles_name_is_that_person() -> None:
    """'Di Li, the chief scientist' then 'says Li': one person, whether 'Di' is his given
    name or the first part of a surname ('De Niro' then 'Niro')."""
    text = (
        "Telescope\n\n"
        '"We see no roadblocks," says Di Li, the chief scientist of the observatory.\n\n'
        'Many bursts were faint. "That is where it will shine," says Li.\n'
    )
    assert said(text) == {"We see no roadblocks": "Di Li", "That is where it will shine": "Di Li"}


def test_a_person_called_by_both_surnames_is_the_one_named_in_full() -> None:
    text = (
        "Debt\n\nMexican President Andrés Manuel López Obrador spoke on Monday.\n\n"
        '"We will not pay," López Obrador said.\n'
    )
    assert said(text) == {"We will not pay": "Andrés Manuel López Obrador"}


@pytest.mark.parametrize(
    "verb", ["vowed", "promised", "claimed", "announced", "confirmed", "boasted", "retorted"]
)
def test_a_speech_verb_before_the_speaker_after_a_quote(verb: str) -> None:
    """'"…," vowed Mayor Ana Pike': the verb inverted, as with 'said'."""
    text = f'Flood\n\nThe river rose.\n\n"We will rebuild the town," {verb} Mayor Ana Pike.\n'
    assert said(text) == {"We will rebuild the town": "Ana Pike"}


def test_he_is_not_whom_each_he_before_acted_on() -> None:
    """'He went on to accuse Mr Vance …' ⏎ 'He urged …' ⏎ 'He also accused …': Vance, named
    only as what each 'he' acts on, is not who 'he' is."""
    text = (
        "Budget\n\nOpposition leader Tomas Reyes has dismissed Ivo Vance's budget as \"spend "
        "now, pay later\" plans.\n\nMr Vance's budget was not about what was good for the "
        'country, but "all about the interests of the party," the opposition leader said after '
        "welcoming the treasurer back. He went on to accuse Mr Vance of giving with one hand "
        "while taking away with the other. He urged the treasurer to admit he had been "
        'responsible for dragging "millions of people into the net" to pay the new levy. "We '
        'can all see the sweeteners."\n\nHe also accused the government and the treasurer of '
        'running out of solutions. "Their only answer is to tax and to spend."\n'
    )
    assert "Ivo Vance" not in said(text).values()


@pytest.mark.parametrize("owner", ["Mr Vance's plan", "The plan of Ivo Vance"])
def test_he_after_a_closing_described_speaker_is_that_speaker(owner: str) -> None:
    """'Mr Vance's plan was a sham, the opposition leader said.' ⏎ 'He added: …': the one who
    said it (unnamed here), not the one named in what was said."""
    text = (
        f"Budget\n\n{owner} was a sham, the opposition leader said on Monday. "
        'He added: "It will cost us all."\n'
    )
    assert said(text) == {}


@pytest.mark.parametrize(
    "before",
    ["The talks between Tomas Reyes and Ivo Vance ended", "Ivo Vance spoke after Tomas Reyes"],
)
def test_he_is_never_the_one_his_own_clause_names(before: str) -> None:
    """'He accused Mr Vance of …': whoever 'he' is, not Vance; of the two before, Reyes."""
    text = f'Budget\n\n{before} on Monday. He accused Mr Vance of "betraying the party".\n'
    assert said(text) == {"betraying the party": "Tomas Reyes"}


@pytest.mark.parametrize("verb", ["confided in", "grumbled to"])
def test_a_quote_closed_by_another_name_does_not_go_on_in_the_voice_before(verb: str) -> None:
    """'"…," a crestfallen Mr Lim confided in the presenter': Lim's frame, whatever the verb;
    never the words of the one quoted just before."""
    text = (
        "Show\n\nMr Lim outlined his plan to the panel, and Mr Kade laughed. "
        '"Nobody has paid any tax," observed Mr Kade. "That was a total disaster. I just froze," '
        f"a crestfallen Mr Lim {verb} the presenter.\n"
    )
    assert said(text).get("That was a total disaster. I just froze") in (None, "Lim")


def test_implored_frames_the_campaigner_after_it() -> None:
    text = 'Show\n\n"Don\'t you care about the Inuit?", implored campaigner Barry Lim.\n'
    assert said(text) == {"Don't you care about the Inuit?": "Barry Lim"}


def test_he_after_an_as_clause_is_the_main_clauses_subject() -> None:
    """'As Tory leader X kicked off his campaign, Lib Dem leader Y dismissed …' ⏎ 'And he
    insisted …': Y, the main clause's subject, not X of the clause before it."""
    text = (
        "Poll\n\nThe party is entering the campaign determined. As Tory leader Tomas Reyes "
        "kicked off his campaign, the Lib Dem leader Ivo Vance dismissed the Conservatives as a "
        'spent force. And he insisted there was "no limit" to his party\'s ambitions.\n'
    )
    assert said(text) == {"no limit": "Ivo Vance"}


def test_he_after_a_participle_phrase_without_its_comma_is_not_the_one_it_names() -> None:
    """'But standing next to Mr Reyes he added that …': who the phrase names is beside the
    speaker, not the speaker."""
    text = (
        'Visit\n\nSpeaking in London on Monday, Gen Ivo Marek said the militants were "on the '
        'run" in the region.\n\nBut standing next to Mr Tomas Reyes he added that it was crucial '
        'to tackle the "core of what creates extremists".\n'
    )
    assert said(text)["core of what creates extremists"] == "Ivo Marek"


@pytest.mark.parametrize("joiner", ["while", "but"])
def test_a_speaker_in_a_clause_of_their_own_is_not_relayed_by_the_first(joiner: str) -> None:
    """'X has insisted he did no deals while Y says he will not let "gossip" distract him':
    Y's word, in Y's own clause; X does not relay it."""
    text = (
        "Row\n\nMr Tomas Reyes has insisted he has done no deals over the leadership "
        f'{joiner} Mr Ivo Vance says he will not let "gossip" distract him from the campaign.\n'
    )
    assert said(text) == {"gossip": "Ivo Vance"}


@pytest.mark.parametrize(
    "bodies",
    [
        "The Medical Fellowship (MF) and the Law Society (LS)",
        "The Medical Fellowship and the Law Society",
    ],
)
def test_two_bodies_saying_one_thing_are_neither_alone(bodies: str) -> None:
    text = f'Bill\n\n{bodies} said the bill would allow euthanasia by the "back door".\n'
    assert said(text) == {}


def test_a_quote_followed_by_a_new_sentence_goes_on_in_the_voice_before() -> None:
    """'"…" "Let us never forget the poll tax. "With Labour Britain is working …': the marks
    end where the next sentence begins; 'Labour Britain is' there frames nothing."""
    text = (
        'Poll\n\nBut Labour spokesman Ivo Vance said: "It would be better in April." "Let us '
        'never forget the poll tax. "With Labour Britain is working and prices are low."\n'
    )
    assert said(text).get("Let us never forget the poll tax") == "Ivo Vance"


@pytest.mark.parametrize("closing", ["the two-time Academy Award winner", "the Nobel laureate"])
def test_a_prize_qualifying_the_speaker_is_not_the_speaker(closing: str) -> None:
    """'"…," added the two-time Academy Award winner': the one described (here unnamed), never
    the prize; 'said Lawrence yesterday' is still Lawrence's."""
    text = (
        'Film\n\nStars arrived in London. "Christmas is a special time," added '
        f'{closing}. "Anytime anybody is arrested, I am disappointed," said Lawrence yesterday.\n'
    )
    assert said(text) == {"Anytime anybody is arrested, I am disappointed": "Lawrence"}


def test_he_after_a_bodys_spokesman_is_not_the_one_he_criticised() -> None:
    """'A Labour Party spokesman criticised X's record, saying … when he was home secretary.'
    ⏎ 'He said: "…"': the spokesman, unnamed, not X."""
    text = (
        "Police\n\nA Labour Party spokesman criticised Tomas Reyes's record, saying police "
        'numbers had fallen when he was home secretary. He said: "Today the Tories are making '
        'more extravagant promises."\n'
    )
    assert said(text) == {}


def test_a_participle_after_but_belongs_to_the_clause_but_opens() -> None:
    """'Cyprus is an EU member, but Turkey, which occupies northern Cyprus, had insisted it
    would not bow to demands, calling the issue a "red line"': Turkey's words; 'demands'
    after 'to' is a noun, no speech verb."""
    text = (
        "EU\n\nThe southern part of Cyprus is an EU member, but Turkey, which occupies northern "
        'Cyprus, had previously insisted it would not bow to demands, calling the issue a "red '
        'line".\n'
    )
    assert said(text) == {"red line": "Turkey"}


def test_a_shared_office_capitalised_is_a_role_not_a_name() -> None:
    """'The Conservative Party Co-Chairman said …': a description of someone (here unnamed),
    never an actor called 'Conservative Party Co-Chairman'."""
    text = (
        'Vote\n\nThe Conservative Party Co-Chairman said the government had "done nothing for '
        'eight years".\n'
    )
    extraction = extract_offline(Article(id=1, path="made-up.txt", text=text))
    assert extraction.positions == []
    assert [a.name for a in extraction.actors if not a.unnamed] == []


def test_he_said_after_a_spokesman_whose_party_is_no_name_is_the_spokesman() -> None:
    """'…, Mr Kade added. A Labour spokesman denied the campaign was anti-Semitic.' ⏎
    '"…," he said': the spokesman, unnamed; not Kade, who spoke before."""
    text = (
        'Poster\n\nIt came out on Holocaust Day, a "difficult" time for many, Mr Kade added. A '
        'Labour spokesman denied the campaign was anti-Semitic. "This poster is making a serious '
        'point," he said.\n'
    )
    assert "This poster is making a serious point" not in said(text)


def test_a_name_in_the_subjects_apposition_is_the_subject() -> None:
    """'The lord chancellor, Lord Falconer, agreed the 1701 Act of Settlement, which governs the
    succession, was unfair but added that "…"': Falconer's words, not the act's."""
    text = (
        "Crown\n\nThe lord chancellor, Lord Falconer, agreed the 1701 Act of Settlement, which "
        'governs the succession, was discriminatory but added that "for all practical purposes '
        'its effects are limited".\n'
    )
    assert said(text) == {"for all practical purposes its effects are limited": "Falconer"}


def test_he_said_after_the_spokesman_named_before_is_still_him() -> None:
    """'The Tory spokesman also criticised …' ⏎ '"…," he said': definite, the spokesman the
    article quoted just before (unlike 'A Labour spokesman', someone new)."""
    text = (
        "EU\n\nShadow foreign secretary Ivo Vance condemned the document. \"Isn't this a "
        'propaganda exercise?" he asked. The Tory spokesman also criticised the government for '
        'its claims. "The government had to publish 500 pages to explain it," he said.\n'
    )
    assert said(text)["The government had to publish 500 pages to explain it"] == "Ivo Vance"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The feud between Tomas Reyes and Ivo Vance has prompted a donor to say he will "
            '"almost certainly refuse" more funds.',
            {},
        ),
        (
            'The feud has prompted Ivo Vance to say he will "almost certainly refuse" more funds.',
            {"almost certainly refuse": "Ivo Vance"},
        ),
        ('Tomas Reyes urged Ivo Vance to say the plan was "a sham".', {}),
    ],
)
def test_the_one_prompted_to_speak_speaks_and_the_one_urged_may_not(
    sentence: str, expected: dict[str, str]
) -> None:
    """'prompted a donor to say …': the donor (unnamed), not a name in the subject's phrase;
    'urged X to say …': asked to, and said by no one yet."""
    assert said(f"Feud\n\n{sentence}\n") == expected


def test_a_subject_pronoun_past_an_opening_phrase_is_not_whom_it_names() -> None:
    """'But before doing so, he insisted he still trusted Mr Blair': whoever 'he' is, not
    Blair (the one the chancellor of the sentence before is; here no one named)."""
    text = (
        "Feud\n\nThe chancellor is on a tour of Africa. But before doing so, he insisted he "
        'still "trusted" Mr Blair, despite claims to the contrary in a new book.\n'
    )
    assert said(text) == {}


@pytest.mark.parametrize(
    ("description", "speaker"),
    [("the prime minister", None), ("the deputy prime minister", "Ivo Reyes")],
)
def test_the_prime_minister_is_not_the_deputy_prime_minister(
    description: str, speaker: str | None
) -> None:
    """'Deputy Prime Minister Ivo Reyes …' then 'the prime minister told …': someone else (not
    named here); 'the deputy prime minister' is Reyes."""
    text = (
        "Feud\n\nOn Tuesday, Deputy Prime Minister Ivo Reyes told BBC News the party was united. "
        f'At a dinner in 2003, {description} told the chancellor he would "stand down".\n'
    )
    assert said(text).get("stand down") == speaker


@pytest.mark.parametrize(
    ("sentence", "stances"),
    [
        (
            "Lord Ivo Savours, a former MP, challenged Mr Tomas Reyes to deny reports that he "
            "had told the prime minister he did not believe anything he said.",
            [],
        ),
        (
            "Mr Tomas Reyes discounted rumours that he was the source, saying the source was "
            "probably a combination of people.",
            ["Tomas Reyes"],
        ),
    ],
)
def test_words_inside_reports_or_rumours_are_no_ones_claim(
    sentence: str, stances: list[str]
) -> None:
    """'… to deny reports that he had told …': what reports say, no one's position; the
    sentence's own speech verb past the rumour is its subject's."""
    positions = extract_offline(Article(id=1, path="a.txt", text=f"Feud\n\n{sentence}\n")).positions
    assert [p.actor for p in positions] == stances


@pytest.mark.parametrize(
    "sentence",
    [
        "The singer was arrested after officers were called to a hotel in response to claims "
        "that a guest had been assaulted.",
        "The singer was held after reports that a guest had been hurt.",
        "The singer was questioned following claims that a guest had been hurt.",
    ],
)
def test_a_claim_named_by_a_noun_is_not_the_subjects(sentence: str) -> None:
    """'arrested … in response to claims that a guest had been assaulted': 'claims' is a noun
    there (no infinitive ends in -s; 'after reports'), so what the claims say is no one's,
    least of all the man arrested."""
    text = f"Arrest\n\nSinger Tom Brandt was arrested on Friday.\n\n{sentence}\n"
    assert extract_offline(Article(id=1, path="a.txt", text=text)).positions == []


@pytest.mark.parametrize(
    ("before", "statement", "going_on"),
    [
        (
            'Mr Reyes said the arrests were a coup but he added: "We have not solved it."',
            'A spokesman for the Software Trade Group said: "The gang claim they did not profit '
            'at all. But they did profit."',
            'He said the gangs were fostering a "culture of piracy" online. "It may seem like a '
            'victimless crime but it is not."',
        ),
        (
            "Ms Ana Kovac, who was fired, said she was shocked.",
            'A spokeswoman for Norvale Air told reporters: "We do not discuss staff matters."',
            "She added she could not say whether such a case had happened before.",
        ),
    ],
)
def test_he_after_a_bodys_spokesman_is_not_the_person_named_before(
    before: str, statement: str, going_on: str
) -> None:
    """'A spokesman for the trade group said: "…"' ⏎ 'He said …': the spokesman, unnamed, goes
    on (or the one named before him: either may be speaking); never filed under the person
    named before, as if the spokesman's words were theirs."""
    text = (
        "Hackers jailed\n\nA customs official, Tom Reyes, said the gang was not motivated by "
        f'money. "It was all about notoriety," he said.\n\n{before} {statement} {going_on}\n'
    )
    positions = _positions(text)
    assert "Tom Reyes" in {p.actor for p in positions}  # his own words stay his
    assert not any(
        p.actor in ("Tom Reyes", "Ana Kovac") and p.evidence[0].start > text.index(statement)
        for p in positions
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Gunners boss Arsene Wenger said: "Freddie is an option but we need a second '
            'striker. "I have to decide who will start with him up front."',
            "Arsene Wenger",
        ),
        (
            'There was speculation. "It is absolutely not true. "He has talked to me recently," '
            "said Frank Arnesen. Tom Cole agreed.",
            "Frank Arnesen",
        ),
        (
            "Tory leader Michael Howard spoke in Sheffield. The Tory leader went on: "
            '"He does not stop there: he thinks the culture secretary is weak. "He says the '
            'prime minister does not like the truth."',
            "Michael Howard",
        ),
        (
            "Fewer holes were found in Firefox. Paul Randle, a Microsoft product manager, "
            'responded to the figures: "We respect that some customers will choose other '
            'browsers. "Microsoft continues to invest in its browser."',
            "Paul Randle",
        ),
    ],
)
def test_a_quotation_reopened_mid_line_is_the_same_speakers(text: str, speaker: str) -> None:
    """'… said: "… striker. "I have to decide …"': text that lost its paragraph breaks
    reopens a quotation mid-line; both parts are the speaker's, whether named before the
    first ('went on:', 'responded to the figures:') or after the second."""
    quotes = said(f"Sport\n\n{text}\n")
    assert quotes.get("I have to decide who will start with him up front") in (None, speaker)
    spoken = [q for q, who in quotes.items() if who is not None]
    assert len(spoken) == 2
    assert all(quotes[q] == speaker for q in spoken)


def test_a_surname_that_is_an_english_word_is_still_the_speakers_name() -> None:
    """'Parry' (to parry) acting and speaking mid-sentence, never after an article, is the man
    quoted: his words are his, and 'He told …' after 'But Parry … admits Gerrard …' is not
    filed under Gerrard, the man named in what Parry admits."""
    text = (
        "Parry firm over Gerrard\n\nBut Parry, speaking to BBC Sport, also admits Steven "
        'Gerrard will have the final say. He told BBC radio: "Steven is above money." On '
        "finances, Parry also revealed the club is ready to talk. But Parry explained: "
        '"Steve has never been used."\n'
    )
    quotes = said(text)
    assert quotes.get("Steve has never been used") == "Parry"
    assert quotes.get("Steven is above money") in (None, "Parry")


def test_a_capitalised_word_after_an_article_stays_a_word() -> None:
    """'the Web' somewhere in the article: 'Web sites' elsewhere name nothing."""
    text = (
        "Browsers\n\nHackers exploited hacked Web sites. Users of the Web were warned, and "
        "malicious Web sites spread. Microsoft said it would fix the flaw.\n"
    )
    actors = [a.name for a in extract_offline(Article(id=1, path="a.txt", text=text)).actors]
    assert "Web" not in actors


def test_the_bank_is_not_the_one_bank_named_bank_when_another_is_described_as_one() -> None:
    """'Nordvik Amro, the Netherlands' largest bank, …' beside 'Teller Bank': 'The bank said'
    may be either; never filed under Teller Bank for having 'Bank' in its name."""
    text = (
        "Dutch bank cuts jobs\n\nNordvik Amro, the Netherlands' largest bank, is to cut 2,850 "
        "jobs. It is the third big European bank to cut jobs after Teller Bank and Credit "
        "Group.\n\nThe bank said it was on course for a 10% rise in net income.\n"
    )
    positions = extract_offline(Article(id=1, path="a.txt", text=text)).positions
    assert "Teller Bank" not in {p.actor for p in positions}


@pytest.mark.parametrize(
    "frame",
    ["said EEF chief economist, Steve Radley", "said the EEF's chief economist, Steve Radley"],
)
def test_a_role_then_a_name_after_an_inverted_verb_is_that_name(frame: str) -> None:
    """'"…," said EEF chief economist, Steve Radley.': Radley, named after the comma; never
    the other chief economist named before ('CBI chief economist Ian Moffat')."""
    text = (
        "Rates held\n\nCBI chief economist Ian Moffat said the economy had slowed.\n\n"
        f'"So far the evidence suggests that rate rises have helped," {frame}.\n'
    )
    assert said(text).get("So far the evidence suggests that rate rises have helped") == (
        "Steve Radley"
    )


_ANALYST = '"Profits would be fine," said Nick Bubb, an analyst at a bank. '
_CHAIRMAN = (
    'Committee chairman John Denham said the plans were flawed. "We want a review," he said. '
)


@pytest.mark.parametrize(
    ("before", "described"),
    [
        (_ANALYST, "However, one dealer, who asked not to be named, told Reuters sales were poor."),
        (_ANALYST, "But a store spokeswoman insisted the sales were poor."),
        (_ANALYST, "Another trader told Reuters the sales were poor."),
        (_CHAIRMAN, "But a spokesman for the Home Office defended the proposals."),
        (_CHAIRMAN, "A spokeswoman at the ministry of justice rejected the claim."),
    ],
)
def test_he_after_someone_described_is_not_the_one_named_before(
    before: str, described: str
) -> None:
    """'"…," said Nick Bubb, an analyst.' ⏎ 'However, one dealer … told Reuters …' ⏎ '"…," he
    said.'; 'But a spokesman for the Home Office defended …' ⏎ 'He said: "…"': the one
    described goes on, unnamed, not the one named before."""
    text = f'Report\n\n{before}{described} He said: "Christmas has been tough for all of us."\n'
    assert said(text).get("Christmas has been tough for all of us") is None


def test_the_bank_is_not_the_bank_of_england_when_an_untyped_body_speaks_of_itself() -> None:
    """'the Halifax has said' (Halifax, read as a town, a bank here) speaks; 'the bank said'
    paragraphs after the Bank of England was named is not sure to be it."""
    text = (
        "House prices rebound\n\nUK house prices rose by 1.1% in December, the Halifax has "
        "said.\n\nNew loans fell to 77,000, the Bank of England said. Lending slowed.\n\nThe "
        "average price now stands at 162,086, Halifax said. Prices fell in Wales.\n\nThis was "
        "the smallest quarterly rise since 2000, the bank said.\n"
    )
    assert said(text).get("This was the smallest quarterly rise since 2000") is None


@pytest.mark.parametrize(
    ("description", "other"),
    [("The prime minister", "Hilary Benn"), ("The foreign secretary", "Charles Clarke")],
)
def test_an_office_named_by_its_qualifier_is_not_another_office(
    description: str, other: str
) -> None:
    """'The prime minister denied …' after 'Aid minister Hilary Benn'; 'The foreign secretary
    insisted …' after 'Home Secretary Charles Clarke': another office, not theirs."""
    text = (
        "Rift claims\n\nMr Blair was away. The men spoke of Aid minister Hilary Benn and Home "
        f"Secretary Charles Clarke.\n\n{description} denied all that as well, insisting the "
        "plan would stand.\n"
    )
    assert other not in {p.actor for p in _positions(text)}


def test_a_closing_mark_after_a_stray_space_ends_the_sentence() -> None:
    """'… a year. " And Chancellor Gordon Brown said …': the sentence ends at the mark even
    with a space before it, so Brown's reported words are his and the next 'He accused …'
    is Brown, not the man quoted before."""
    text = (
        'Tax trust\n\nConservative co-chairman Liam Fox said: "If Kennedy is serious he should '
        'explain. The reality is, the Lib Dems lack courage. " And Chancellor Gordon Brown said '
        "the Lib Dem figures did not add up. He accused the party of claiming it would spend "
        "less.\n"
    )
    quotes = said(text)
    assert quotes.get("the party of claiming it would spend less") in (None, "Gordon Brown")
    assert quotes.get("the Lib Dem figures did not add up") == "Gordon Brown"


def test_she_after_a_quotation_closed_by_a_spokeswoman_is_not_the_woman_named_before() -> None:
    """'"…," a spokeswoman said. She added the pair "brought …"': the spokeswoman goes on,
    unnamed; not the presenter named before."""
    text = (
        "Show axed\n\nPresenters Johnny Vaughan and Denise Van Outen hosted the show last July. "
        '"There are currently no plans for another series," a spokeswoman said. She added the '
        'pair "brought a real warmth to Saturday night".\n'
    )
    assert said(text).get("brought a real warmth to Saturday night") is None


def test_he_after_an_untyped_surname_acting_is_not_the_storys_main_man() -> None:
    """'Parry is finalising funding.' ⏎ 'And he confessed …' ⏎ 'He said: "…"': he may well be
    Parry, whom the rules cannot call a man; not Steven Gerrard for being the man most named."""
    text = (
        "Parry firm over Gerrard\n\nBut Parry, speaking to BBC Sport, also admits Steven Gerrard "
        "will have the final say. Steven Gerrard has been linked with Chelsea. On finances, "
        'Parry also revealed the club is ready to talk. But Parry explained: "Steve has never '
        'been used."\n\n"You are not going to keep a player like Steven against his will," Parry '
        "said. Parry is currently finalising funding for the new stadium. And he confessed the "
        'Emirates deal has given the club food for thought. He said: "I have to say it is '
        'something I have been against."\n'
    )
    assert said(text).get("I have to say it is something I have been against") in (None, "Parry")


@pytest.mark.parametrize(
    "described",
    [
        "The Australian has suffered a host of injuries but still hopes to play.",
        "The Brazilian confirmed tempers had flared at the ground.",
    ],
)
def test_he_after_someone_named_by_nationality_is_not_the_last_speaker(described: str) -> None:
    """'"…," said doctor Hamish Osborne.' ⏎ 'The Australian has suffered …' ⏎ '"…," he said': the
    Australian (a player the rules do not tie to a name) speaks, not the doctor."""
    text = (
        'Open doubt\n\nMark Philippoussis may miss the Open. "He has to strengthen it," said '
        f'team doctor Hamish Osborne. {described} "It is something I will have to go by feel," '
        "he said.\n"
    )
    assert said(text).get("It is something I will have to go by feel") is None


def test_a_surname_two_people_share_is_not_the_relative_named_in_the_lead() -> None:
    """'… with the help of the brother of Simon Rowell.' ⏎ 'Writer Tony Rowell is among the
    judges.' ⏎ '"…," said Rowell': Tony, or no one; never Simon, named first only as the
    judge's brother."""
    text = (
        "Book contest\n\nThe search for literary talent has begun with the help of the brother "
        'of Simon Rowell.\n\nWriter Tony Rowell is among the judges. "I am not going to be the '
        'nasty one," said Rowell, 54.\n'
    )
    assert said(text).get("I am not going to be the nasty one") in (None, "Tony Rowell")


def test_a_surname_before_a_relative_is_named_in_full_is_not_the_relative() -> None:
    """'President Rowell …' ⏎ '"…," Rowell says.' ⏎ 'And First Lady Ana Rowell campaigns in
    Ohio.': the words are the president's (he is 'Rowell'), never his wife's, whom the story
    names only afterwards; her title stays one title."""
    text = (
        'Campaign\n\nPresident Rowell now agrees: he uses the word in a new ad. "Politics can '
        'seem very small," Rowell says.\nAnd First Lady Ana Rowell campaigns in Ohio.\n'
    )
    assert said(text).get("Politics can seem very small") == "Rowell"
    ana = next(a for a in _article_actors(text) if a.name == "Ana Rowell")
    assert ana.roles == ["First Lady"]


def test_a_given_name_introduced_anew_is_not_the_person_of_that_name_before() -> None:
    """A roundup: 'The leader of the parliament, Ali Marek, threatened …' ⏎ later 'Ali, owner of
    a small factory, is missing his workers. "…," he said.': the factory owner's words are not
    the speaker's; 'his son Nick, a trainee vicar' is not the student Nick Vaughan; but 'Mr
    Begg's father, Azmat' is Azmat Begg."""
    text = (
        "Roundup\n\nThe leader of the parliament, Ali Marek, threatened the rebels.\n"
        'In other news, Ali, owner of a small factory, is missing his workers. "They gave good '
        'work," he said.\n'
    )
    assert said(text).get("They gave good work") in (None, "Ali")
    family = (
        'Return\n\nMr Begg\'s father, Azmat, said his son was "a hero". Later Azmat Begg said '
        "he was concerned for his son.\n"
    )
    assert said(family).get("a hero") == "Azmat Begg"


def test_he_after_a_schoolboy_described_is_not_the_man_named_before() -> None:
    """'Fazl Rahim runs the school.' ⏎ 'Another schoolboy, first-grader Saeedullah, spoke of
    his plans for when he grows up. "I want to become a doctor," he said.': the boy's words,
    never the principal's."""
    text = (
        "School\n\nFazl Rahim runs the school.\nAnother Oxford schoolboy, first-grader "
        'Saeedullah, spoke of his plans for when he grows up. "I want to become a doctor," he '
        "said.\n"
    )
    assert said(text).get("I want to become a doctor") in (None, "Saeedullah")


def test_a_name_inside_an_opening_while_clause_is_not_the_he_after_it() -> None:
    """A Tory MP defects; 'While saying he admired Mr Blair's "courageous" leadership, he
    bitterly criticised …': the defector's words, never the prime minister's; 'When King hired
    Ivo Marsh, he had called him a "perfect fit"' stays King's (a name ending in -ing is no
    participle)."""
    text = (
        "Defection\n\nRobert Rowell, 58, has defected to Labour. Prime Minister Tony Blair "
        'declared himself "delighted", saying Mr Rowell would be welcomed. Mr Rowell served as '
        'a minister from 1987. In a letter he wrote: "It is best that Tony Blair should form the '
        'next government." While saying he admired Mr Blair\'s "courageous" leadership of the '
        "country, he bitterly criticised the party's stance on Europe. \"Its hostility to Europe "
        'has hardened," the letter says.\n'
    )
    assert said(text).get("the party's stance on Europe") in (None, "Robert Rowell")
    hired = (
        "Coach\n\nBilly King fired Ivo Marsh on Monday. When King hired Marsh, he had called him "
        'a "perfect fit" for the job.\n'
    )
    assert said(hired).get("perfect fit") == "Billy King"


def test_a_participle_after_a_named_relative_clause_is_not_the_main_subjects() -> None:
    """'He made fun of an email UD President Dennis Assanis sent students …, promising UD would
    "ensure that free speech … will coexist"': the email's words, not the student's who mocks
    it; who promised is not guessed."""
    text = (
        "Campus\n\nRyan Dubicki spoke on Monday. He made fun of an email UD President Ivo "
        'Marsh sent students a week after the election, promising UD would "ensure that free '
        'speech and diversity will coexist in our society."\n'
    )
    assert said(text).get("ensure that free speech and diversity will coexist in our society") in (
        None,
        "Ivo Marsh",
    )


def test_a_surname_that_names_an_outlet_after_a_title_is_the_person() -> None:
    """'Tory co-chairman Liam Fox said …' ⏎ 'Earlier, Dr Fox accused Mr Blair of telling lies.
    He told BBC Radio: "…"': 'Dr Fox' is Liam Fox, not the Fox network; the words are his,
    never Blair's."""
    text = (
        "Row\n\nTory co-chairman Liam Fox said the comments were wrong. Earlier, Dr Fox accused "
        'Mr Blair of telling lies about Tory policies. He told BBC Radio: "If you are willing to '
        'lie about the war, you will lie about anything at all."\n'
    )
    quoted = "If you are willing to lie about the war, you will lie about anything at all"
    assert said(text).get(quoted) == "Liam Fox"


def test_the_23_year_old_is_not_the_one_named_beside_a_pronoun() -> None:
    """'Molik grew in confidence.' ⏎ 'She will now meet Venus Williams.' ⏎ '"Bring it on," said
    the 23-year-old.': she, not the rival named in her sentence."""
    text = (
        "Open\n\nAlicia Molik beat Nadia Petrova to reach the fourth round. After a tough first "
        'set, Molik grew in confidence. She will now meet Venus Williams. "Bring it on," said '
        "the 23-year-old.\n"
    )
    assert said(text).get("Bring it on") in (None, "Alicia Molik")


def test_a_question_closed_by_another_name_is_not_the_answerers() -> None:
    """'"Not that I am aware of," Mr Myers replied. "Did you ever know …?" Mr Weingarten
    pressed.': the lawyer's question, never the witness's words going on."""
    text = (
        'Trial\n\nDefence lawyer Reid Weingarten questioned the witness. "Not that I am aware '
        'of," Mr Myers replied. "Did you ever know him to make an accounting entry?" Mr '
        "Weingarten pressed.\n"
    )
    assert said(text).get("Did you ever know him to make an accounting entry?") in (
        None,
        "Reid Weingarten",
    )


def test_he_told_after_a_name_leading_into_the_quote_is_not_that_name() -> None:
    """'Mr Sullivan "made accounting decisions," he told the court': Sullivan is spoken of."""
    text = (
        "Trial\n\nSpeaking in court, Mr Tomas Ebbers rejected allegations he pressured Ivo "
        'Sullivan to falsify statements. Mr Sullivan "made accounting decisions," he told the '
        'federal court, saying his finance chief had "a keen command of the numbers".\n'
    )
    assert set(said(text).values()) == {"Tomas Ebbers"}


@pytest.mark.parametrize("owner", ["Mr Ebbers' lawyers", "Mr Ebbers's lawyers"])
def test_a_persons_lawyers_speak_for_themselves(owner: str) -> None:
    """'Mr Ebbers' lawyers have said …, arguing that … "problems"': the lawyers, unnamed."""
    text = (
        f"Trial\n\nMr Tomas Ebbers was in court. {owner} have said he was unaware of the fraud, "
        'arguing that auditors did not alert him to any "problems".\n'
    )
    assert said(text) == {}


def test_what_a_suggestion_says_is_no_ones_position() -> None:
    text = (
        "Trial\n\nMr Ivo Sullivan also rejects a suggestion that he had once told board member "
        "Bert Roberts that Mr Tomas Ebbers was unaware of the fraud.\n"
    )
    assert _positions(text) == []


def test_a_qualifier_before_a_persons_title_is_not_the_speaker() -> None:
    """'"…," said Wales physio Mark Davies': Davies; 'said Zadan and Meron' stays two."""
    text = (
        'Rugby\n\n"He will not figure in the Scotland game," said Wales physio Mark Davies. '
        '"We are thrilled," said Zadan and Meron.\n'
    )
    assert said(text) == {"He will not figure in the Scotland game": "Mark Davies"}


def test_a_club_spokesperson_denying_a_mans_words_is_not_that_man() -> None:
    """'An All England club spokesperson denied Phillips made the remark, insisting: "…"': the
    spokesperson's (the club's, unnamed), not Phillips's, nor England's."""
    text = (
        "Tennis\n\nTim Phillips is the club's chairman.\n\nAn All England club spokesperson "
        'denied Phillips made the remark, insisting: "He definitely did not say it."\n'
    )
    assert said(text) == {}


def test_while_and_a_participle_opens_no_clause_of_its_own() -> None:
    """'Franz Ferdinand frontman Alex Kapranos has called for …, while taking part in …' ⏎
    '"…," he said': Kapranos, the main clause's subject (the band's name is no subject)."""
    text = (
        "Music\n\nFranz Ferdinand frontman Alex Kapranos has called for more government help "
        "for musicians, while taking part in an Edinburgh Lectures discussion.\n\n"
        '"For any cultural output to thrive there needs to be some kind of state input," he '
        "said.\n"
    )
    assert set(said(text).values()) == {"Alex Kapranos"}


def test_a_frame_after_a_sentence_whose_full_stop_was_left_out_is_not_the_quotes() -> None:
    """'"…," Digital prints cost less than a print, said Ms Deans.': the source left out a
    full stop; Deans's frame is the sentence after the quotation, not the quotation's."""
    text = (
        'Film\n\nThe network will help cinemas.\n\n"Access to film is restricted," said Pete '
        'Buckingham, head of distribution at the council. "Although many films are available '
        'in London, the network will improve access," Digital prints cost less than a '
        'traditional print, said Ms Fiona Deans. "It can cost up to £1,500 to make a copy."\n'
    )
    found = said(text)
    assert (
        found.get("Although many films are available in London, the network will improve access")
        != "Fiona Deans"
    )
    assert found["It can cost up to £1,500 to make a copy"] == "Fiona Deans"


def test_an_analyst_after_his_firms_titled_name_is_the_speaker() -> None:
    """'said Marquis Investment Research analyst Phil Kain': 'Marquis' reads as a title, the
    firm as someone titled; the analyst named after it speaks."""
    text = (
        'Amex\n\n"This is an excellent move by American Express," said Marquis Investment '
        "Research analyst Phil Kain.\n"
    )
    assert said(text) == {"This is an excellent move by American Express": "Phil Kain"}


def test_a_relative_named_in_apposition_speaks_in_his_own_name() -> None:
    """'Mr Begg's father, Azmat, said he … would say he was "a hero"': the father, named."""
    text = (
        "Release\n\nMoazzam Begg was held for three years. Mr Begg's father, Azmat, said he had "
        'been told he could see his son for 20 minutes and would say he was "a hero".\n'
    )
    assert said(text) == {"a hero": "Azmat"}


def test_a_participle_after_a_prepositions_object_is_not_that_objects() -> None:
    """'published a report into the "failing" agency noting the chief executive "has now
    left"': the report notes, not the agency (the Child Support Agency named before)."""
    text = (
        "CSA\n\nThe Child Support Agency has a new chief. In January the MPs who make up the "
        'Commons Work and Pensions Committee published a report into the "failing" agency '
        'noting the chief executive "has now left" and hoping "the new leadership will bring a '
        'fresh approach".\n'
    )
    assert "Child Support Agency" not in said(text).values()


@pytest.mark.parametrize(
    ("closing", "speaker"),
    [("said the Ealing North MP", None), ("said Labour MP Jo Ames", "Jo Ames")],
)
def test_a_constituency_or_party_before_an_mp_is_not_the_speaker(
    closing: str, speaker: str | None
) -> None:
    """'"…," said the Ealing North MP': the MP (unnamed here), never the constituency; 'said
    Labour MP Jo Ames': Ames, the MP's title in capitals."""
    text = f'Vote\n\nThe count was close. "It was a pretty horrible thing," {closing}.\n'
    assert said(text).get("It was a pretty horrible thing") == speaker


def test_an_honorific_of_the_possessor_says_nothing_of_the_person() -> None:
    """'Ms Jowell's deputy, Richard Caborn, said …' ⏎ '"…," he said': Caborn, a man; 'Ms' is
    Jowell's, so he is no woman whom 'he' cannot be (a man named before took his words)."""
    text = (
        "Casinos\n\nShares in Stanley Leisure fell. Ms Jowell's deputy, Richard Caborn, said "
        'the government had been cautious. "Limiting the number of casinos is a cautious '
        'move," he said.\n'
    )
    assert said(text).get("Limiting the number of casinos is a cautious move") == "Richard Caborn"


@pytest.mark.parametrize(
    ("who", "speaker"), [("Ann Berg, a fellow", "Ann Berg"), ("a fellow", None)]
)
def test_a_description_continued_by_and_is_of_the_person_named_before_it(
    who: str, speaker: str | None
) -> None:
    """'"…," Ann Berg, a fellow at the Institute in Munich, Germany, and co-author of the
    study, said': the aside opened by 'and' goes on describing Berg, so she speaks, never the
    place that ends the description's first part; no one when no one is named."""
    text = (
        'Study\n\nThe model worked. "It was a surprise," '
        f"{who} at the Institute for Physics in Munich, Germany, and co-author of the study, "
        "said in a statement.\n"
    )
    assert said(text).get("It was a surprise") == speaker


@pytest.mark.parametrize(
    ("clause", "speaker"),
    [
        ('Martha added that the letter Mike Ford wrote was "kind and loving."', "Martha Fry"),
        ('The letter Mike Ford wrote was "kind and loving."', None),
        ('What Mike Ford wrote was "kind and loving."', "Mike Ford"),
    ],
)
def test_a_speech_verb_closing_a_relative_clause_is_no_frame(
    clause: str, speaker: str | None
) -> None:
    """'the letter Mike wrote was "kind and loving"': 'wrote' ends a clause about the letter,
    so the words are whoever tells of it (Martha, who added that), not Mike's; 'What Mike
    wrote was "…"' is his."""
    text = f"Family\n\nMartha Fry and her brother Dale Ford agreed to talk. {clause}\n"
    assert said(text).get("kind and loving") == speaker


@pytest.mark.parametrize(
    ("subject", "speaker"), [("They", None), ("Dale and Martha", None), ("Dale", "Dale Ford")]
)
def test_a_participle_after_that_clause_of_a_state_is_the_main_subjects(
    subject: str, speaker: str | None
) -> None:
    """'They disputed that Mike was estranged from them, saying instead he was "…"': Mike is
    in a state, not saying; those who disputed say it ('they', 'Dale and Martha': several,
    none alone)."""
    text = (
        "Family\n\nMartha Fry and her brother Dale Ford agreed to talk. "
        f"{subject} disputed that Mike Ford was estranged from them, saying instead he was "
        '"introverted by nature."\n'
    )
    assert said(text).get("introverted by nature") == speaker


def test_two_names_joined_by_and_are_two_subjects_only_where_a_clause_opens() -> None:
    """'Victory took Real to within six points of leaders Barcelona and Owen is confident' ⏎
    'He added: "…"': 'and' joins two clauses, so Owen is the subject alone and 'he' is his;
    'but they say he refused, saying "…"': 'they say' frames his words, which are his."""
    text = (
        "Football\n\nMichael Owen scored again. Victory took Real to within six points of "
        'leaders Barcelona and Owen is confident Real can close the gap. He added: "We had '
        'several chances."\n\nPolice stopped Dan Ruiz. They tried to talk to Ruiz, but they '
        'say he refused to get out of his car, saying he would "never go back".\n'
    )
    assert said(text) == {"We had several chances": "Michael Owen", "never go back": "Dan Ruiz"}


def test_a_firm_named_after_a_person_is_a_body_of_its_own_beside_another() -> None:
    """'Big Machine and Dick Clark Productions had come to terms': two firms, the second
    named after a man ('Greek Track and Field Federation' stays one body); '"…," the
    production company said' of Dick Clark Productions is theirs, not Big Machine's."""
    text = (
        "Awards\n\nThe statement claimed that Big Machine and Dick Clark Productions had come "
        'to terms. Hours later Dick Clark Productions denied it. "At no time did we agree '
        'to a statement," the production company said.\n'
    )
    extraction = extract_offline(Article(id=1, path="made-up.txt", text=text))
    kinds = {a.name: a.kind for a in extraction.actors if not a.unnamed}
    assert kinds.get("Dick Clark Productions") == "organization"
    assert "Big Machine and Dick Clark Productions" not in kinds
    assert said(text).get("At no time did we agree to a statement") == "Dick Clark Productions"
    federation = "Sport\n\nThe Greek Track and Field Federation said it would appeal.\n"
    extraction = extract_offline(Article(id=1, path="made-up.txt", text=federation))
    assert [a.name for a in extraction.actors] == ["Greek Track and Field Federation"]


def test_a_body_named_in_apposition_after_its_description_reports() -> None:
    """'The group that owns most of her music, Big Machine, says she will be allowed to play':
    the body named between the commas says it."""
    text = (
        "Music\n\nThe row looks like it is ending. The group that owns most of her music, "
        "Acme Records, says she will be allowed to play her old songs.\n"
    )
    assert said(text) == {"she will be allowed to play her old songs": "Acme Records"}


def test_a_works_title_is_no_one_who_speaks() -> None:
    """'his first novel, Web of Angels,' ⏎ 'Web of Angels was the first novel she ever sold.
    "…," she said': the title is a book, so 'she' is the agent named before it; a verb before
    a name ('will next play Roger Federer') and the director of a film stay people."""
    text = (
        "Books\n\nJohn Ford wrote his first novel, Web of Angels, in 1980. His agent Valerie "
        'Smith liked it. Web of Angels was the first novel she ever sold. "I felt this was '
        'where I was meant to be," she said.\n\nHenman will next play Roger Federer. "It was '
        'about the surface," Federer said. The director of the film, Vinod Pande, says the '
        "movie is not offensive.\n"
    )
    assert said(text) == {
        "I felt this was where I was meant to be": "Valerie Smith",
        "It was about the surface": "Roger Federer",
        "the movie is not offensive": "Vinod Pande",
    }
    extraction = extract_offline(Article(id=1, path="made-up.txt", text=text))
    assert "Web of Angels" not in {a.name for a in extraction.actors if a.kind == "person"}


def test_a_salutation_is_no_speakers_label() -> None:
    """'DEAR ABBY: My husband …': a letter to the columnist, not her words ('Haldeman: "…"'
    labels its speaker)."""
    text = (
        "Advice\n\nDear Abby is written by Jeanne Phillips.\nDEAR ABBY: My husband just bought "
        "plane tickets to India.\nHaldeman: Yes, sir.\n"
    )
    assert "Jeanne Phillips" not in said(text).values()
    assert not any("husband" in quote for quote in said(text))


def test_a_full_name_without_its_first_given_name_is_that_person() -> None:
    """'Kathleen Hawk Sawyer' ⏎ 'Hawk Sawyer said she …' ⏎ 'But she acknowledged … "a couple
    of other instances"': one woman (two ordinary words need not be someone else), so her
    words and the 'she' after them are hers."""
    text = (
        "Prisons\n\nWilliam Barr put Kathleen Hawk Sawyer in charge. Hawk Sawyer said she could "
        'not comment. But she acknowledged that guards had failed "a couple of other times".\n'
    )
    assert said(text) == {
        "she could not comment": "Kathleen Hawk Sawyer",
        "a couple of other times": "Kathleen Hawk Sawyer",
    }


def test_he_after_someones_relative_named_in_full_is_that_relative() -> None:
    """ "Kenteris's lawyer, Gregory Ioannidis, reacted angrily." ⏎ '"…," he told BBC Sport':
    the relative or agent named in full between the commas is the subject, so 'he' is him
    (with a given name alone, "Mensah's father, Kwame," stays no one's)."""
    text = (
        "Doping\n\nKostas Kenteris was cleared last week. Kenteris's lawyer, Gregory "
        'Ioannidis, reacted angrily to the comments. "Comments like these only help our case," '
        "he told BBC Sport.\n"
    )
    assert said(text) == {"Comments like these only help our case": "Gregory Ioannidis"}


def test_what_someone_told_follows_the_addressee_not_the_clause_before_the_comma() -> None:
    """'Although her family suggested he was murdered, Sawyer told lawmakers no evidence
    supports anything other than suicide': she told the clause after 'lawmakers', not the
    opening one (a closing '…, she told lawmakers.' still frames what comes before it)."""
    text = (
        "Prisons\n\nKathleen Sawyer runs the prisons. Although his family suggested he may have "
        "been murdered, Sawyer told lawmakers no evidence supports anything other than suicide. "
        "The staffing shortages are being fixed, she told lawmakers.\n"
    )
    assert said(text) == {
        "no evidence supports anything other than suicide": "Kathleen Sawyer",
        "The staffing shortages are being fixed": "Kathleen Sawyer",
    }


def test_a_quotation_opened_in_one_kind_of_mark_and_closed_in_the_other() -> None:
    """'“Forty-five years of practicing law," he said, "has convinced me …”': a page mixing
    curly and straight marks still quotes two pieces around its frame, both his."""
    text = (
        "Law\n\nJack Scarola represents some accusers. \u201cForty-five years of practicing "
        'law," he said, "has convinced me that there are no coincidences.\u201d\n'
    )
    assert said(text) == {
        "Forty-five years of practicing law": "Jack Scarola",
        "has convinced me that there are no coincidences": "Jack Scarola",
    }


def test_a_copula_naming_women_tells_a_persons_gender() -> None:
    """'Omar is one of the first two Muslim women elected to Congress.' ⏎ 'The staff member
    recalled that he said, "…"': Omar is a woman, so 'he' is the man named before her."""
    text = (
        "Threat\n\nPatrick Carlineo threatened Rep. Ilhan Omar. During the call, he called "
        "Omar a terrorist. Omar is one of the first two Muslim women elected to Congress.\n"
        'The staff member who took the call recalled that he said, "I will hurt her," the '
        "office said.\n"
    )
    assert said(text).get("I will hurt her") == "Patrick Carlineo"


def test_a_quotation_never_closed_ends_before_the_frame_closing_its_paragraph() -> None:
    """'“It's important that all versions are affected, Tyler Reguly, technical manager at
    Tripwire, says.' (the closing mark lost): the quotation ends before his name, and is his;
    the next paragraph's '"Since attacks are occurring now, …”' goes on in his voice, not in
    the voice of the man quoted before him."""
    text = (
        'Patch\n\n\u201cThe average user does not run the safe mode," Paul Henry explains, "so '
        "apply the patch.\u201d\n\u201cIt's important to reiterate that all versions are "
        'affected, Tyler Reguly, technical manager at Tripwire, says.\n"Since attacks are '
        "occurring now, Microsoft should release a patch.\u201d\n"
    )
    speakers = said(text)
    assert speakers["It's important to reiterate that all versions are affected"] == (
        "Tyler Reguly"
    )
    assert speakers["Since attacks are occurring now, Microsoft should release a patch"] == (
        "Tyler Reguly"
    )


def test_a_given_name_and_a_surname_that_is_a_place_word_is_a_person_who_speaks() -> None:
    """'"…," said former White House adviser Fiona Hill' ⏎ '"…?" said Hill': a given name the
    nicknames data know and a common surname that also ends places' names ('Notting Hill')
    make a person where she speaks; both quotations are hers."""
    text = (
        'Probe\n\n"He was in charge," said former White House adviser Fiona Hill. "And I '
        'asked, on whose authority?" said Hill.\n'
    )
    assert said(text) == {
        "He was in charge": "Fiona Hill",
        "And I asked, on whose authority?": "Fiona Hill",
    }


def test_he_after_words_relayed_by_another_speaker_is_no_one() -> None:
    """'Weitz said he had visited Pullman, who had told him that the Authority could "…".' ⏎
    'He added: "…"': Weitz tells it and Pullman spoke in it, so 'he' may be either; a closing
    'argued Mr Howard.' ⏎ 'he added' stays Howard's."""
    text = (
        "Film\n\nChris Weitz will direct the film. Weitz said he had visited Philip Pullman, "
        'who had told him that the Authority could "represent any establishment". He added: '
        '"I have no desire to change the villains."\n\nMichael Howard spoke. It was no good '
        'Mr Blair claiming tax pledges were safe, argued Mr Howard. He added: "Everyone knows '
        'tax will go up."\n'
    )
    speakers = said(text)
    assert speakers["represent any establishment"] == "Philip Pullman"
    assert speakers.get("I have no desire to change the villains") is None
    assert speakers["Everyone knows tax will go up"] == "Michael Howard"


@pytest.mark.parametrize(
    ("closing", "speaker"),
    [
        (", a claim Ivo Marsh denied later in the day.", None),  # what Marsh denied, not who
        (", the company's chief executive Ivo Marsh said.", "Ivo Marsh"),
        (", the Office for National Statistics said.", "Office for National Statistics"),
    ],
)
def test_a_closing_phrase_naming_what_someone_denied_is_no_frame(
    closing: str, speaker: str | None
) -> None:
    text = (
        "Report\n\nIvo Marsh runs the mill, and its workers fear for their jobs. "
        f"The mill has cut its output by half since the spring{closing}\n"
    )
    assert said(text).get("The mill has cut its output by half since the spring") == speaker


@pytest.mark.parametrize(
    "aside",
    [
        "MP for Henley-on-Thames, Oxfordshire,",
        "34, from Hartpury, Gloucestershire,",
        "from Omaha, Nebraska,",
        "MP for Bangor, Wales,",
    ],
)
def test_a_place_and_its_region_in_an_aside_leave_the_person_speaking(aside: str) -> None:
    """'Mr Johnson, MP for Henley-on-Thames, Oxfordshire, said he suspected Labour was trying
    "…"' is Johnson's, not Oxfordshire's (nor Wales's)."""
    text = (
        "Row\n\nIvo Marsh runs the Harrow paper mill. "
        f'Mr Marsh, {aside} said he suspected the council was "trying to close the mill".\n'
    )
    assert said(text)["trying to close the mill"] == "Ivo Marsh"


def test_he_after_a_description_that_spoke_is_not_a_man_named_before() -> None:
    """'The prime minister on Sunday said immigration would be "toughened up".' ⏎ 'But he
    rejected the Tories' call …, saying no "arbitrary figure" could …': the prime minister,
    unnamed there, not Mr Clarke named before."""
    text = (
        "Plan\n\nHome Secretary Ivo Marsh wants a points system. Mr Marsh is expected to speak "
        'on Monday. The prime minister on Sunday said rules would be "toughened up" soon. But '
        'he rejected calls for a quota, saying no "arbitrary figure" could work.\n'
    )
    assert said(text).get("arbitrary figure") is None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Harrow Mills reported a 19% rise in profits and said orders were better than expected.",
         "Harrow Mills"),
        ("Harrow Mills, which bought Varda Oil, rose and said orders were better than expected.",
         None),
    ],
)  # fmt: skip
def test_a_body_opening_the_sentence_says_what_follows_its_and_said(
    sentence: str, speaker: str | None
) -> None:
    """'Wimpey reported a 19% rise in profits … and said recent new home reservations were
    better than expected': the firm says it, as a person would; not past an aside."""
    text = f"Mills\n\nHarrow Mills is a paper maker. {sentence}\n"
    assert said(text).get("orders were better than expected") == speaker


def test_a_participle_after_the_object_of_a_verb_is_the_subjects() -> None:
    """'Mr Hockney also left UKIP saying Mr Kilroy-Silk would "deliver better"' is Hockney's,
    not UKIP's ('with the Kremlin chief saying' stays the chief's)."""
    text = (
        "Party\n\nIvo Marsh sits on the assembly. Mr Marsh also left the Varda Party saying "
        'Lena Kane would "deliver better" as leader.\n'
    )
    assert said(text)["deliver better"] == "Ivo Marsh"


def test_a_relative_clause_after_an_apposition_leaves_the_person_speaking() -> None:
    """'Tony Lloyd, the Manchester Central MP, whose constituency includes the club's ground,
    has pledged to take the matter "to Tony Blair if necessary"': Lloyd's, not the seat's."""
    text = (
        "Club\n\nMPs signed a motion, and Ivo Marsh, the Harrow Central MP, whose seat includes "
        'the ground, has pledged to take the matter "to the prime minister if necessary".\n'
    )
    assert said(text)["to the prime minister if necessary"] == "Ivo Marsh"


def test_what_reports_say_someone_told_is_not_his_position() -> None:
    """'Tony Blair has dismissed reports he told Gordon Brown he would quit': the reports'
    claim, which he denies, with 'that' left out as with it."""
    text = (
        "Row\n\nIvo Marsh has dismissed reports he told Lena Kane he would quit before the "
        "next election.\n"
    )
    assert "he would quit before the next election" not in said(text)


@pytest.mark.parametrize(
    "first",
    ['he left "without a stain on his character"', "he left with a clean record"],
)
def test_a_quotation_after_but_and_another_named_subject_is_not_the_first_speakers(
    first: str,
) -> None:
    """'Mr Blair said he left "without a stain on his character" but Tory Dominic Grieve
    branded the way Mr Blunkett's office operated as "scandalous"': Grieve's word, not
    Blair's (and no one's, since 'branded' frames it only loosely)."""
    text = (
        f"Row\n\nIvo Marsh runs the council. Mr Marsh said {first} but Tory Lena Kane branded "
        'the way his office operated as "scandalous".\n'
    )
    assert said(text).get("scandalous") != "Ivo Marsh"


@pytest.mark.parametrize("verb", ["admitted to falsifying", "confessed to taking"])
def test_an_opening_phrase_before_a_subject_admitting_to_something_is_not_what_he_said(
    verb: str,
) -> None:
    """'On his first day of questioning, Mr Sullivan admitted to falsifying the company's
    statements': the opening phrase is when, not his words; what he admitted follows."""
    text = (
        f"Trial\n\nIvo Marsh runs the firm. On his first day of questioning, Mr Marsh {verb} "
        "the company's accounts.\n"
    )
    assert "On his first day of questioning" not in said(text)


def test_a_question_closed_by_a_manner_of_saying_is_the_askers() -> None:
    """'"Did you ever know Mr Ebbers to make an accounting entry?" Mr Weingarten pressed.':
    the question mark cut the sentence; 'pressed' closing the next one is its frame."""
    text = (
        'Trial\n\nIvo Marsh cross-examined the witness. "Did you ever see him make an entry?" '
        'Mr Marsh pressed. "No," replied the witness.\n'
    )
    assert said(text)["Did you ever see him make an entry?"] == "Ivo Marsh"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ivo Marsh added the Olympic relay crown to his indoor title in 2004.",
        "As soon as he had added the 5,000m crown and I had finished, I ran down the stairs.",
    ],
)
def test_a_title_added_is_no_saying(sentence: str) -> None:
    """'Gardener added the Olympic relay crown to his World Indoor title': a win, not words;
    'added the decision was final' stays what he said."""
    text = f"Athletics\n\nIvo Marsh won again. {sentence} Later Mr Marsh added the race was hard.\n"
    stances = [p.stance for p in _positions(text)]
    assert stances == ["added the race was hard"]


def test_he_after_a_description_opening_the_sentence_before_is_whom_it_describes() -> None:
    """'The prime minister shrugged off claims from Conservative leader Michael Howard …' ⏎
    'He said …: "…"': the prime minister (Blair), not Howard, whom the sentence names last."""
    text = (
        "Row\n\nPrime Minister Ivo Marsh said it was time to move on.\n\n"
        "The prime minister shrugged off claims from Tory leader Tom Berg that he led a bad "
        'government. He said his friend was honest: "He was the one who asked for this '
        'inquiry."\n'
    )
    assert said(text)["He was the one who asked for this inquiry"] == "Ivo Marsh"


def test_an_aged_description_with_a_team_is_the_one_named_before_not_a_name_after() -> None:
    """'Steven Gerrard has admitted …' ⏎ 'The 24-year-old Reds skipper spoke out ahead of …
    at home to Bayer Leverkusen …' ⏎ '"…," he told BBC Radio Five Live': Gerrard's words."""
    text = (
        "Hopes\n\nIvo Marsh has admitted that his club have little chance.\n\n"
        "The 24-year-old Reds skipper spoke out ahead of the first leg at home to Tom Berg, "
        'which he will miss. "Let us be realistic," he told BBC Radio Five Live.\n'
    )
    assert said(text)["Let us be realistic"] == "Ivo Marsh"


def test_denying_a_player_a_goal_is_no_denial_said() -> None:
    """'Paulo Ferreira denied Gerrard with a last-ditch tackle': a tackle, not words;
    'Ivo Marsh denied Berg had asked' stays his position."""
    text = (
        "Match\n\nTom Berg broke clear. Ivo Marsh denied Berg with a last-ditch tackle. Later "
        "Ivo Marsh denied Berg had asked for a transfer.\n"
    )
    stances = [p.stance for p in _positions(text)]
    assert stances == ["denied Berg had asked for a transfer"]


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("Through a spokesman, Ivo Marsh denied a request by reporters to speak further.", None),
        ("The judge Ivo Marsh denied him bail on Monday.", None),
        ("Ivo Marsh denied a report that he would retire.", "a report that he would retire"),
        ("A contract in which Ivo Marsh promises Berg half of the firm was forged.", None),
        ("Ivo Marsh promised Berg would get a share.", "Berg would get a share"),
    ],
)
def test_a_request_refused_or_a_thing_promised_someone_is_no_words(
    sentence: str, stance: str | None
) -> None:
    """'Costas denied a request by The Associated Press to speak further', 'Zuckerberg promises
    Ceglia half of Facebook': a decision, a deal; a denied report or a promise that someone will
    do something stays the speaker's words."""
    positions = _positions(f"Report\n\nTom Berg spoke on Monday.\n{sentence}\n")
    assert [p.evidence[0].quote for p in positions] == ([stance] if stance else [])


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("Ivo Marsh also urged partymen to follow her and warned them of groupism.", None),
        ("Ivo Marsh urged the board to speed up the amnesty as soon as possible.", None),
        ("Ivo Marsh told reporters to expect a decision soon.", None),
        ("Ivo Marsh told him to his face that the plan had failed.", "the plan had failed"),
        ("Ivo Marsh warned musicians against being allied to a particular party.", None),
        ("Ivo Marsh added a second with a 20-yard shot in injury-time.", None),
        ("Ivo Marsh was adding the final flourish with a touchline conversion.", None),
        ("Ivo Marsh announced the decision in Delhi on Thursday after a meeting.", None),
        (
            "When Ivo Marsh first announced the exchange last week, he said Kabul had ensured "
            "that the militants would not return.",
            "Kabul had ensured that the militants would not return",
        ),
        ("Ivo Marsh announced the plant would close in June.", "the plant would close in June"),
        ("Ivo Marsh was a physicist when she answered a NASA ad seeking applicants.", None),
        ("Ivo Marsh answered his critics as he scored one try and made another.", None),
    ],
)
def test_what_someone_was_urged_to_do_is_no_words_reported(
    sentence: str, stance: str | None
) -> None:
    """'Banerjee also urged partymen to follow her and warned …' was shown as her words 'her
    and warned them of indulging in groupism': a request made, not a claim; so are what a
    warning was against and a goal added; 'told him to his face that …' still reports words."""
    positions = _positions(f"Report\n\nTom Berg spoke on Monday.\n{sentence}\n")
    assert [p.evidence[0].quote for p in positions] == ([stance] if stance else [])


def test_a_body_described_once_is_a_body_everywhere_and_no_he() -> None:
    """'Deutsche Boerse, the German stock exchange that is trying to buy its London rival, has
    said …' makes every 'Deutsche Boerse' the exchange: one actor, who said what it said, and
    no antecedent of the analyst's 'he'."""
    text = (
        "Dividend\n\nKorvane Boerse, the German stock exchange that is trying to buy its London "
        'rival, has said it will boost its dividend. "It is a sweetener," Ivo Faraj, an analyst'
        ' at Nomura told the BBC. Korvane Boerse is "trying to buy them off", he said.\n'
    )
    actors = [(a.name, a.kind) for a in _article_actors(text) if not a.unnamed]
    assert actors.count(("Korvane Boerse", "organization")) == 1
    assert ("Korvane Boerse", "person") not in actors
    speakers = said(text)
    assert speakers["it will boost its dividend"] == "Korvane Boerse"
    assert speakers.get("trying to buy them off") != "Korvane Boerse"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "However, Velmar Aguas told the Argentine newspaper Clarin it would not accept any "
            "change.",
            "it would not accept any change",
        ),
        ("Velmar Aguas tells the story of a 12-year-old hunter.", None),
        ("It said Velmar Aguas had told it to pay a production tax.", None),
    ],
)
def test_a_body_that_told_someone_something_said_it(sentence: str, words: str | None) -> None:
    """A body 'told' an addressee what follows; 'tells the story of' or 'told it to pay' are
    no words of its own."""
    text = f"Water\n\nThe government wants water firm Velmar Aguas to invest. {sentence}\n"
    stances = {p.actor: p.evidence[0].quote for p in _positions(text)}
    assert stances.get("Velmar Aguas") == words


def test_a_speaker_whose_aside_names_his_body_and_lacks_its_closing_comma() -> None:
    """'"…," Anais Faraj, an analyst at Nomura told the BBC': Faraj, the aside's closing comma
    left out after the bank he works at; not Nomura, and not no one."""
    text = (
        'Bid\n\nKorvane said it would lift its dividend. "There is a whiff of a sweetener in '
        'there," Ivo Faraj, an analyst at Nomura told the BBC.\n'
    )
    assert said(text)["There is a whiff of a sweetener in there"] == "Ivo Faraj"


def test_a_speaker_with_an_unclosed_aside_opened_by_its_is_the_speaker_and_his_role_ends() -> None:
    """'"…," Alois Rhiel, its minister for economic affairs added.': Rhiel's words, the aside's
    closing comma left out; his role is 'minister for economic affairs', without 'added'."""
    text = (
        'Bid\n\nOfficials in Hessen spoke out. "It is our wish that the headquarters stay '
        'here," Ivo Rhiel, its minister for economic affairs added.\n'
    )
    assert said(text)["It is our wish that the headquarters stay here"] == "Ivo Rhiel"
    roles = {a.name: a.roles for a in _article_actors(text)}
    assert roles["Ivo Rhiel"] == ["minister for economic affairs"]


def test_what_is_said_in_a_while_clause_ends_at_its_comma() -> None:
    """'While Mr Seifert has suggested a merged company would be run out of London, the mayor
    of Frankfurt has raised concerns …': Seifert's words end at the comma; the mayor's
    concerns are not his."""
    text = (
        "Bid\n\nWhile Mr Ivo Seifert has suggested a merged company would be run out of London, "
        "the mayor of Frankfurt has raised concerns that such a move could cost jobs.\n"
    )
    assert said(text) == {"a merged company would be run out of London": "Ivo Seifert"}


def test_a_clause_after_although_and_another_named_subject_is_not_what_was_said() -> None:
    """'the Tories announced they would back the plans although Michael Howard was forced to
    deny …': Howard's denial is no part of what the Tories announced."""
    text = (
        "ID cards\n\nThe Tories announced they would back the plans although Ivo Marsh was "
        "forced to deny the cabinet was split.\n"
    )
    assert said(text) == {"they would back the plans": "Tories"}


def test_that_right_after_said_may_be_what_was_said_of() -> None:
    """'Sir Edward said that was impossible': 'that' is the subject of what he said, kept; a
    reduced relative ('what he says are …') or 'told the story in words that will echo' is
    no clause said."""
    text = (
        "Pact\n\nIvo Marsh met the leaders. But Mr Marsh said that was impossible because the "
        "left was against it. Tom Berg told the story of the night in words that will echo "
        "until spring.\n"
    )
    assert said(text) == {"that was impossible because the left was against it": "Ivo Marsh"}


def test_a_kind_of_body_left_of_a_name_is_no_speaker() -> None:
    """'The We Company' read without its 'We' left 'Company', which took 'A company
    spokesperson said …' as its words: no body is called 'Company'."""
    text = (
        'Work\n\nKorvane is in New York. A company spokesperson said in an email that "we are '
        'cooperating". Its parent company, The We Company, announced that it was withdrawing '
        "its filing.\n"
    )
    assert "Company" not in {a.name for a in _article_actors(text)}
    assert said(text).get("we are cooperating") != "Company"


def test_the_one_spoken_of_in_an_opening_phrase_is_not_the_pronouns_speaker() -> None:
    """'Of Hepburn, she said: "The longevity of her career is inspiring"': Blanchett, who
    played her, speaks; Hepburn is spoken of."""
    text = (
        "Awards\n\nAna Blanch won the award for playing Katharine Hepburn. Of Hepburn, she said: "
        '"The longevity of her career is inspiring to everyone."\n'
    )
    assert said(text)["The longevity of her career is inspiring to everyone"] == "Ana Blanch"


def test_a_view_after_but_and_another_named_subject_is_not_the_first_speakers() -> None:
    """'Mr Karger said the comic might boost younger viewers, but Mike Goodridge thought Rock's
    humour could prompt … to switch off': Goodridge's view, not part of Karger's."""
    text = (
        "Awards\n\nMr Ivo Karger said the comic might boost younger viewers, but Tom Goodridge "
        "thought the humour could prompt states to switch off.\n"
    )
    assert said(text) == {"the comic might boost younger viewers": "Ivo Karger"}


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The drop shot is called out and Ivo Marsh claims the vital first break.", None),
        ('Ivo Marsh claimed the shootings "didn\'t happen".', "didn't happen"),
        (
            "Tom Berg, of Balco Laboratories, claims the sprinter regularly used drugs to enhance "
            "her performance.",
            "the sprinter regularly used drugs to enhance her performance",
        ),
    ],
)
def test_a_thing_claimed_in_a_match_is_no_claim_said(sentence: str, words: str | None) -> None:
    """'Roddick claims the vital first break.': a point won; 'claimed the shootings "didn't
    happen"' and 'claims the sprinter regularly used drugs' stay what he said."""
    text = f"Match\n\nIvo Marsh played on. {sentence}\n"
    quotes = [e.quote.strip(' ,."') for p in _positions(text) for e in p.evidence]
    assert quotes == ([] if words is None else [words])


def test_neither_nor_would_say_is_nothing_said() -> None:
    """'Neither Mr Howard nor Mr Letwin would say exactly how they would use that cash': no
    one's words; 'But neither can deny it … even when Edward confides that …' keeps his."""
    text = (
        "Tax\n\nNeither Mr Ivo Marsh nor Mr Tom Berg would say exactly how they would use that "
        "cash, although a cut seems unlikely. But neither can deny the pull, even when Ivo Marsh "
        "confides that he and his family are vampires.\n"
    )
    assert said(text) == {"he and his family are vampires": "Ivo Marsh"}


def test_a_speech_verb_then_to_and_a_verb_closes_no_sentence() -> None:
    """'…, the trouble-shooter they asked to identify possible savings.': what he was asked to
    do, not a frame giving him the sentence; '…, he said to reporters' still is one."""
    text = (
        "Tax\n\nThe party challenged the Tories to publish the full report from Ivo James, the "
        "trouble-shooter they asked to identify possible savings. The plan is dead, Ivo James "
        "said to the court.\n"
    )
    assert said(text) == {"The plan is dead": "Ivo James"}


def test_a_name_inside_the_subjects_relative_clause_is_not_the_speaker() -> None:
    """'The barrister who had represented Mr Martin had said the rules were "weighted
    overwhelmingly"', 'The 28-year-old host who also presents Stars In Their Eyes said …':
    the barrister and the host speak, not the name in their relative clause; 'a man who
    identified himself as Gary said' is Gary."""
    text = (
        "Law\n\nThe barrister who had represented Mr Tom Martin had said the rules were "
        '"weighted overwhelmingly" in favour of the householder. The host who also presents '
        "Red Sky Tonight said she wanted to concentrate on new projects. A man who identified "
        "himself as Ivo Gomes said his mother had gone away for a few days.\n"
    )
    assert said(text) == {"his mother had gone away for a few days": "Ivo Gomes"}


def test_a_speech_verb_inside_an_object_relative_says_nothing_alone() -> None:
    """'… the son - whom he says he fathered - and just 14% voiced sympathy …': what he says
    lacks its object ('whom'), so it is no position; 'a letter in which she said …' still is
    one."""
    text = (
        "Poll\n\nMany voters backed Tom Berg over the case of the son - whom he says he fathered "
        "- and just 14% voiced sympathy for Ann Quinn. Ann Quinn cited a letter in which she said "
        "the boy was hers.\n"
    )
    assert said(text) == {"the boy was hers": "Ann Quinn"}


def test_a_speaker_whose_unclosed_aside_opens_with_his_role_is_the_speaker_not_his_firm() -> None:
    """'JF Sullivan, spokesman for e-mail software firm Sendmail said many organisations …':
    the aside opens with the role itself, no 'a' or 'the'; its closing comma is left out after
    the firm. Sullivan's words, not the firm's."""
    text = (
        "Search\n\nDesktop search is growing. Ivo Tully, spokesman for e-mail software firm "
        "Korvane said many firms were waking up to it.\n"
    )
    stances = {p.actor: p.evidence[0].quote for p in _positions(text)}
    assert stances == {"Ivo Tully": "many firms were waking up to it"}


def test_it_said_after_a_quote_is_not_a_country_named_inside_that_quote() -> None:
    """'"China is censoring Google News …," said the group in a statement. "By agreeing to …,
    Google has let itself be used by Beijing," it said.': China is spoken of inside the quote
    before, not the 'it' speaking; with no body named outside quotation marks, no one."""
    text = (
        "Censors\n\nThe site has been down for ten days, a media watchdog says.\n\n"
        '"China is censoring the site to force readers elsewhere," said the group in a '
        'statement. "By agreeing to this, Korvane has let itself be used," it said.\n'
    )
    assert "By agreeing to this, Korvane has let itself be used" not in said(text)
    assert any(q.startswith("By agreeing to this") for q, _ in _unattributed(text))


def test_it_said_is_the_body_whose_name_opens_its_quote_not_one_named_further_in() -> None:
    """'"Multiplex believes its claim are sound …," it said': a statement opening with its
    own body's name is that body's; '"At the time that Netcraft measured the sites …," it
    added' (Lycos's statement) is not Netcraft's, named further in."""
    text = (
        "Build\n\nTo recoup any profit, Korvane Holdings will have to win claims. These could "
        'take two years.\n\n"Korvane Holdings believes its claims are sound," it said.\n\n'
        'Lycos Europe scrapped the scheme. "There is nothing to suggest the scheme brought down '
        'any site," it said. "At the time that Netcraft Ltd measured the sites, they were not '
        'part of the attack," it added.\n'
    )
    speakers = said(text)
    assert speakers["Korvane Holdings believes its claims are sound"] == "Korvane Holdings"
    assert not any(quote.startswith("At the time that Netcraft") for quote in speakers)


@pytest.mark.parametrize(
    "frame",
    [
        "Ivo Burke, an analyst at Nomura, told the forum.",
        "Ivo Burke, an analyst, said.",
        "Ivo Burke, chief of Korvane's new Entertainment unit told the forum.",
    ],
)
def test_reported_words_before_a_named_speaker_and_his_aside_end_before_his_name(
    frame: str,
) -> None:
    """'As a telecoms company, BT is moving to a content distribution strategy, Andrew Burke,
    chief of BT's new Entertainment unit told the IPTV World Forum.': Burke's words end
    before his name, which had been their last words (or, the aside closed, no one's)."""
    text = f"TV\n\nAs a telecoms firm, Korvane is moving to a content strategy, {frame}\n"
    stances = {p.actor: p.evidence[0].quote for p in _positions(text)}
    assert stances == {"Ivo Burke": "As a telecoms firm, Korvane is moving to a content strategy"}


def test_a_speaker_in_a_pair_whose_unclosed_aside_runs_to_the_verb_does_not_speak_alone() -> None:
    """'Mr. Gravano of the Gambino family, and Alphonse D'Arco, the former acting boss of
    another New York Mafia organization, the Lucchese crime family, testified that …': two
    testified; the words are neither's alone."""
    text = (
        "Trial\n\nAt hearings in March, Mr. Gravano of the Gambino family, and Ivo D'Arco, the "
        "former acting boss of another New York Mafia organization, the Lucchese crime family, "
        "testified that Mr. Gigante was lucid.\n"
    )
    assert _positions(text) == []


def test_a_web_address_in_a_speakers_aside_is_one_word_and_ends_no_clause() -> None:
    """'"…," John Houlihan, editor of Computerandvideogames.com told BBC News.': the site's
    dot had cut the aside, leaving the words and the next 'he said' to no one."""
    text = (
        'Consoles\n\n"It is very encouraging for Sony," Ivo Houlihan, editor of '
        'Gamesworld.com told BBC News. "It really is a contest," he said.\n'
    )
    speakers = said(text)
    assert speakers["It is very encouraging for Sony"] == "Ivo Houlihan"
    assert speakers["It really is a contest"] == "Ivo Houlihan"


def test_a_spokesman_of_a_body_named_by_its_initials_speaks_for_it() -> None:
    """'An IRB spokesman said on the matter: "…"', the article having named the International
    Rugby Board in full: the board's words (had been no one's)."""
    text = (
        "Row\n\nThe coach may face sanction from the International Rugby Board.\n\n"
        'An IRB spokesman said on the matter: "We take all breaches of the code seriously."\n'
    )
    assert said(text)["We take all breaches of the code seriously"] == "International Rugby Board"


def test_a_quoted_term_opening_reported_words_is_shown_with_the_words_it_opens() -> None:
    """'"Info cards" will help people manage personal details …, said Microsoft.': what was
    said is the whole clause; the position had read 'said: “Info cards”', a bare term."""
    text = (
        'ID\n\n"Info cards" will help people manage personal details on their PCs, said '
        "Korvane Corp.\n"
    )
    stances = [p.stance for p in _positions(text)]
    assert stances == ['"Info cards" will help people manage personal details on their PCs']


def test_a_clause_closed_by_what_it_is_called_is_no_ones_words() -> None:
    """'It is launching a test service to allow people to publish blogs, or online journals,
    called MSN Spaces.': the service's name, not its words."""
    text = (
        "Blogs\n\nKorvane is taking up blogging.\n\nIt is launching a test service to allow "
        "people to publish blogs, or online journals, called Korvane Spaces.\n"
    )
    assert _positions(text) == []


def test_a_speaker_named_with_the_firm_he_is_from_speaks_not_the_firm() -> None:
    """'"…," said Graham Cluley from anti-virus firm Sophos.': Cluley's words (had been
    Sophos's)."""
    text = (
        'Virus\n\nA virus is spreading.\n\n"The promise of pictures might lead some into an '
        'infection," said Ivo Cluley from anti-virus firm Korvane.\n'
    )
    assert said(text)["The promise of pictures might lead some into an infection"] == "Ivo Cluley"


def test_a_he_after_two_men_acting_on_either_side_of_a_dash_is_no_one() -> None:
    """'Mutu was sacked by Chelsea on Friday after testing positive for cocaine - a move
    Wenger has backed. But he said: "…"': Wenger's words (the story's), but the sentence
    before makes both men subjects; they had been Mutu's, the wrong one. No one, not him."""
    text = (
        "Wenger offers Korvan hope\n\nArsenal boss Ivo Wenger would consider signing Ivo Korvan "
        "once the striker has served his ban.\n\nKorvan was sacked by Chelsea on Friday after "
        'testing positive for cocaine - a move Wenger has backed. But he said: "I think he '
        'will be suspended for a long period."\n'
    )
    assert "I think he will be suspended for a long period" not in said(text)


def test_a_participle_after_a_named_object_of_a_preposition_is_the_subjects() -> None:
    """'And he again heaped praise on Mr Brown saying he was doing a great job': Blair says
    it, not Brown; 'issued a statement late on Friday saying …' is no one named 'Friday'."""
    text = (
        "Row\n\nTony Blair spoke at his news conference. And he again heaped praise on Ivo "
        "Brown saying he was doing a great job.\n"
    )
    assert {p.actor for p in _positions(text)} == {"Tony Blair"}


def test_an_opening_as_clause_ends_what_it_reports_unless_its_verb_has_nothing_after() -> None:
    """'As Mr Brown announced the Budget date in a short statement, accountancy firm Ernst &
    Young urged him …': what Brown announced (a thing, no words) ends at the comma and gives
    him no words of the firm's; 'As Greg McDermott said Thursday, his son's points …' is what
    he said."""
    text = (
        "Budget\n\nAs Ivo Brown announced the Budget date in a short statement, accountancy "
        "firm Korvane urged him to put politics aside.\n\nAs Ivo Marsh said Thursday, his "
        "son's points will come in handy next season.\n"
    )
    stances = {p.actor: p.evidence[0].quote for p in _positions(text)}
    assert "Ivo Brown" not in stances  # the Budget date is a thing announced, not his words
    assert stances["Ivo Marsh"].endswith("his son's points will come in handy next season")


def test_a_dash_aside_about_those_named_ends_the_words_reported() -> None:
    """'Trump said he alerted Meloni, Merz and Stubb', an en dash, 'none of whom immediately
    responded to Fox News Digital's questions.': the writer's aside, not Trump's; an aside
    the dashes close ('12 executives - none of whom were involved - have agreed') is inside."""
    text = (
        "Call\n\nIvo Brown said he alerted Ana Meloni and Tom Stubb \u2013 none of whom "
        "immediately responded to our questions.\n\nKorvane Networks said 12 senior executives "
        "- none of whom were involved - have agreed to repay their bonuses.\n"
    )
    stances = {p.actor: p.evidence[0].quote for p in _positions(text)}
    assert stances["Ivo Brown"] == "he alerted Ana Meloni and Tom Stubb"
    assert stances["Korvane Networks"].endswith("have agreed to repay their bonuses")


def test_what_one_side_says_ends_where_another_side_says_something_else() -> None:
    """'The Conservatives say the two men are behaving like squabbling schoolboys and the
    Liberal Democrats claim personal ambition is obstructing good government': the second
    claim is the Lib Dems', not the Tories'; 'he and Bernstein wrote' is one clause."""
    text = (
        "Row\n\nThe Conservatives say the two men are behaving like schoolboys and the Liberal "
        "Democrats claim ambition is obstructing government.\n\nIvo Woodward said he turned to "
        "Felt after he and Bernstein wrote about the break-in.\n"
    )
    stances = {p.actor: p.evidence[0].quote for p in _positions(text)}
    assert stances["Conservatives"] == "the two men are behaving like schoolboys"
    assert stances["Ivo Woodward"].endswith("wrote about the break-in")


def test_a_quote_before_a_frame_with_its_own_clause_is_shown_with_that_clause() -> None:
    """'But this financial year, because of "volatility in the oil market", he said the duty
    would be frozen.': the line had stopped at the quotation, leaving out the claim."""
    text = (
        'Fuel\n\nIvo Brown spoke to the House. But this year, because of "volatility in the '
        'oil market", he said the duty would be frozen.\n'
    )
    (position,) = _positions(text)
    assert position.stance == (
        'But this year, because of "volatility in the oil market", he said the duty would be frozen'
    )


def test_a_capitalised_quotation_naming_a_campaign_is_no_ones_words() -> None:
    """'While the "Meth. We're on it." campaign did not appeal to Julie Graham, …, she said she
    did not want to judge it': the slogan is the campaign's name, not Graham's words; 'promised
    a "firm but fair" policy' still quotes the one who promised."""
    text = (
        "Ads\n\nWhile the \u201cMeth. We\u2019re on it.\u201d campaign did not appeal to Julie "
        "Grant, Korvane State Department of Health public information officer, she said she did "
        "not want to judge the campaign, and thinks it could still be successful.\n\n"
        'Ivo Marsh promised a "firm but fair" policy on immigration.\n'
    )
    quotes = {e.quote: p.actor for p in _positions(text) for e in p.evidence}
    assert not any("Meth" in quote for quote in quotes)
    assert quotes.get("firm but fair") == "Ivo Marsh"


def test_a_role_after_an_inverted_verb_then_a_comma_and_a_name_is_that_persons() -> None:
    """'"…," said BA director of commercial planning, Robert Boyle.': Boyle's words (had been
    no one's); 'quoted the head of Qeshm's free-trade zone, Ali Rezapour, as saying' alike."""
    text = (
        'Flights\n\nThe airline will suspend flights.\n\n"The decision is a difficult one to '
        'make," said Korvane director of commercial planning, Ivo Boyle.\n'
    )
    assert said(text)["The decision is a difficult one to make"] == "Ivo Boyle"


def test_an_unclosed_aside_opened_by_a_bodys_possessive_name_is_the_speakers() -> None:
    """'"…," Eric Abensur, Wanadoo's chief executive told the BBC News website.': Abensur's
    words (had been no one's), the aside's closing comma left out after his title."""
    text = (
        'Voip\n\n"It will have a dramatic impact on the industry," Ivo Abensur, Korvane\'s '
        "chief executive told the BBC News website.\n"
    )
    assert said(text)["It will have a dramatic impact on the industry"] == "Ivo Abensur"


def test_reported_words_before_a_speaker_described_by_his_bodys_possessive_end_before_him() -> None:
    """'The prime minister's enthusiasm for the job remains undimmed, Alan Milburn, Labour's
    election strategist told Radio 4's Today programme on Saturday.': Milburn's words end
    before his name, and whom he told is shown."""
    text = (
        "Blair\n\nThe prime minister's enthusiasm for the job remains undimmed, Ivo Milburn, "
        "Labour's election strategist told Radio 4's Today programme on Saturday.\n"
    )
    (position,) = _positions(text)
    assert position.actor == "Ivo Milburn"
    assert position.stance == (
        "told Radio 4's Today programme on Saturday: The prime minister's enthusiasm for the "
        "job remains undimmed"
    )


def test_reported_words_ending_in_a_bracket_keep_its_closing_mark() -> None:
    """'… instead of the usual 5 inches (127 millimeters), he said.': the claim had ended
    '(127 millimeters', its bracket left open."""
    text = (
        "Rain\n\nIt was the driest autumn since 1905, said Ivo Strenfel, a meteorologist. The "
        "region has seen a fraction of an inch of rain instead of the usual 5 inches (127 "
        "millimeters), he said.\n"
    )
    quotes = [p.evidence[0].quote for p in _positions(text)]
    assert any(quote.endswith("5 inches (127 millimeters)") for quote in quotes), quotes


def test_mrs_and_mr_of_one_surname_are_two_people_and_her_words_are_hers() -> None:
    """'Michael Howard's ex-model wife, Sandra, …' ⏎ 'Mrs Howard will make solo visits …'
    ⏎ 'Mr Howard will host a news conference …' ⏎ '… she said she often criticised her
    husband …': her words had been filed under Michael Howard."""
    text = (
        "Campaign\n\nIvo Howard's wife, Sandra, is to play a leading role in the campaign.\n\n"
        "Mrs Howard will make solo visits to target seats. Mr Howard will host a news "
        "conference every morning. Mrs Howard has appeared on chat shows. During an interview "
        "she said she often criticised her husband for not showing his softer side.\n"
    )
    speakers = {p.actor for p in _positions(text) if "criticised her husband" in p.stance}
    assert speakers == {"Mrs Howard"}
    names = [a.name for a in extract_offline(Article(id=1, path="a", text=text)).actors]
    assert "Ivo Howard" in names


def test_a_name_in_an_aside_led_by_it_is_not_the_subject() -> None:
    """'Lawmakers on the committee, led by chairman Dale Ormond, R-Wis., requested "…"': the
    lawmakers ask; their chairman, inside the aside, is not the one speaking. A report by a body
    is still its issuer's."""
    text = (
        "Letter\n\nLawmakers on the House committee, led by chairman Dale Ormond, R-Wis., "
        'requested "further details about the bureau\'s work on the threat." A report by the '
        'Audit Commission said "the bureau has no plan at all."\n'
    )
    quotes = said(text)
    assert "further details about the bureau's work on the threat" not in quotes
    assert quotes.get("the bureau has no plan at all") == "Audit Commission"


def test_a_relative_clause_after_a_bodys_seat_is_the_bodys() -> None:
    """'the head of the Harbour Dialogue Group in Turkey, which says on its site that it aims
    to "…"': the group speaks, not the country it sits in."""
    text = (
        "Talks\n\nOmar Selim is the head of the Harbour Dialogue Group in Turkey, which says on "
        'its site that it aims to "protect the rights of the fishing families."\n'
    )
    assert said(text).get("protect the rights of the fishing families") == (
        "Harbour Dialogue Group"
    )


def test_adv_is_an_advocates_title_and_a_compound_nationality_no_given_name() -> None:
    """'Advocate Mokito Lerato …' ⏎ 'Adv Lerato believes …' ⏎ '…, comprising both Roman-Dutch
    Law and Customary Law, …' ⏎ 'However, he warns that …': 'Adv' is his title (one actor), and
    'Roman-Dutch Law' no man to whom 'he' could go (an untyped name just before: no one)."""
    text = (
        "Profile\n\nAdvocate Mokito Lerato studied in Maseru. Adv Lerato believes that a sound "
        "legal order exists. The dual legal system, comprising both Roman-Dutch Law and "
        "Customary Law, offers flexibility.\n\nHowever, he warns that recent moves pose threats "
        "to the integrity of customary law.\n"
    )
    assert [a.name for a in _article_actors(text) if a.kind == "person"] == ["Mokito Lerato"]
    assert said(text).get("recent moves pose threats to the integrity of customary law") is None


def test_a_town_is_not_the_first_word_of_a_firm_read_as_a_name() -> None:
    """'Plymouth Citybus said …' ⏎ 'Trouble hit Plymouth …' ⏎ 'The Plymouth MP said … "…"': the
    town is no given name of the bus firm, and the MP's words are not the firm's."""
    text = (
        "Riots\n\nPlymouth Citybus said buses were diverted. Trouble hit Plymouth on Monday.\n\n"
        "The Plymouth MP said protesters will face the 'full force of the law'.\n"
    )
    assert "full force of the law" not in said(text)
    firm = next(a for a in _article_actors(text) if a.name == "Plymouth Citybus")
    assert "Plymouth" not in firm.aliases


def test_a_place_may_still_be_a_titled_persons_given_name() -> None:
    """'Lions coach Sir Clive Woodward …' ⏎ '"If Clive feels …," he said': Clive is a town too,
    but here the coach's given name."""
    text = (
        'Tour\n\nLions coach Sir Clive Woodward will pick his squad on form. Dallow said: "If '
        'Clive feels he has no need to look further, then fine."\n'
    )
    coach = next(a for a in _article_actors(text) if a.name == "Clive Woodward")
    assert "Clive" in coach.aliases


def test_lady_and_a_surname_is_not_the_knight_of_that_surname() -> None:
    """'Sir Keir Starmer …' ⏎ 'Lady Starmer attended a show …' ⏎ 'Asked whether …, he said:
    "…"': his wife is someone else, and 'he' is still Sir Keir, not the donor named last (his
    name took her title, and 'he' went to the one man left)."""
    text = (
        "Gifts\n\nSir Keir Starmer has defended accepting gifts from Lord Waheed Alli. Lady "
        "Starmer attended a show in an outfit lent to her.\n\nOn Monday, Sir Keir dodged questions "
        'on whether he would go on taking gifts from Lord Alli.\n\nHe said: "I am a massive '
        'football fan and I cannot sit in the stands."\n'
    )
    people = sorted(a.name for a in _article_actors(text) if a.kind == "person")
    assert people == ["Keir Starmer", "Lady Starmer", "Waheed Alli"]
    assert said(text).get("I am a massive football fan and I cannot sit in the stands") == (
        "Keir Starmer"
    )


def test_letters_after_a_given_name_and_a_plural_looking_surname_make_a_person() -> None:
    """'a book by Philippe Sands QC': 'Sands' reads like a team's plural, but a given name and
    'QC' make him a barrister, not a body."""
    text = "Book\n\nA book by Philippe Sands QC, a member of the chambers, was published.\n"
    sands = next(a for a in _article_actors(text) if a.name == "Philippe Sands")
    assert sands.kind == "person"


def test_a_titled_mans_staff_keep_him_a_person() -> None:
    """'the day President Hage Geingob's staff started sending him updates' ⏎ '"…," Mbumba
    said of Geingob': 'Goldman Sachs analysts' are a firm's people, but a president's staff
    are his, and he stays one person, not a body and a man."""
    text = (
        "Loss\n\nPresident Nangolo Mbumba knew something was wrong the day President Hage "
        "Geingob's staff started sending him updates. Geingob died on Sunday.\n"
    )
    people = [a for a in _article_actors(text) if "Geingob" in a.name]
    assert [(a.name, a.kind) for a in people] == [("Hage Geingob", "person")]


def test_a_bodys_report_speaks_for_the_body() -> None:
    """'"…," TNO's report said': a report, study or review a body wrote is quoted through as
    its statement is; a report with no owner named is no one's."""
    text = (
        'Attack\n\nThe Acme Institute studied the attack for months. "It is a likely scenario '
        'that a tank fired at the crew," the Acme Institute\'s report said. "Nothing else fits '
        'the sound of the guns," a report said.\n'
    )
    quotes = said(text)
    assert quotes.get("It is a likely scenario that a tank fired at the crew") == "Acme Institute"
    assert "Nothing else fits the sound of the guns" not in quotes


def test_a_hyphened_title_is_no_part_of_the_name() -> None:
    """'"…," Reuters Editor-in-Chief Alessandra Galloni said': her title, not her name, and the
    outlet before it is her employer, not the speaker."""
    text = (
        'Attack\n\n"We condemn the attack on a clearly identifiable group of journalists," '
        "Reuters Editor-in-Chief Alessandra Galloni said.\n"
    )
    assert said(text).get(
        "We condemn the attack on a clearly identifiable group of journalists"
    ) == ("Alessandra Galloni")


def test_an_acronym_is_the_body_it_spells_not_one_whose_name_opens_with_it() -> None:
    """'The Israel Defense Forces (IDF) …' ⏎ 'the IDF said: "…"' ⏎ '… the IDF Military Advocate
    General's Corps …': the IDF is the army; the corps is a part of it and says nothing."""
    text = (
        "Attack\n\nThe Israel Defense Forces (IDF) did not respond to requests for comment. "
        'Asked about the findings in December, the IDF said: "We do not target journalists."'
        "\n\nNick Kaufman, a lawyer who served in the IDF Military Advocate General's Corps, "
        "said it was unclear why the tank fired.\n"
    )
    assert said(text).get("We do not target journalists") == "Israel Defense Forces"


def test_a_surname_that_is_a_title_before_jr_stays_the_name() -> None:
    """'with Martin Luther King Jr. as the keynote speaker. King said, "…"': 'King' before
    'Jr.' is his surname, not a title over a man called 'Jr.'."""
    text = (
        "Event\n\nThe Coliseum hosted the event, with Martin Luther King Jr. as the keynote "
        'speaker. King said, "Now is the time to make real the promises of democracy."\n'
    )
    assert said(text).get("Now is the time to make real the promises of democracy") == (
        "Martin Luther King Jr."
    )


def test_a_participle_after_an_unnamed_speaker_is_not_a_name_in_an_opening_phrase() -> None:
    """'Appearing before the World Court, the visiting delegation said Israel acted with
    'impunity', arguing that '…'': the delegation argues, not the court it appeared before,
    and no one named (nor the state it talks about)."""
    text = (
        "Hearing\n\nAppearing before the World Court, the visiting delegation said Israel acted "
        "with 'impunity' in the strip, arguing that 'it does not care to fulfil its duties as "
        "an occupying power'.\n"
    )
    quote = "it does not care to fulfil its duties as an occupying power"
    assert said(text).get(quote) is None


def test_a_titled_name_after_an_opening_participle_still_speaks() -> None:
    """'Asked about the appeal, Deputy District Attorney Phil Stirling said …, but added that
    "…"': the title opening the clause is his, not a description of someone else."""
    text = (
        "Case\n\nAsked about the pending appeal, Deputy District Attorney Phil Stirling said "
        'such cases can never be predicted, but added that he was "confident the conviction '
        'would stand on appeal."\n'
    )
    assert said(text).get("confident the conviction would stand on appeal") == "Phil Stirling"


def test_continued_to_act_is_no_frame_of_words() -> None:
    """'The delegation said Israel continued to act with "impunity" …': what goes on is an act,
    not Israel's words ('continued to say' is still saying)."""
    text = (
        "Hearing\n\nThe visiting delegation said Israel continued to act with 'impunity' in "
        "the strip.\n"
    )
    assert "impunity" not in said(text)


def test_a_country_is_not_the_airline_named_after_it() -> None:
    """'China Airlines rerouted two flights.' ⏎ 'China expressed "regret" …': a city's lone
    name that acts may be its team ('Seattle' for the Seahawks), but an airline is no team, and
    China is the state."""
    text = (
        'Strikes\n\nChina Airlines rerouted two flights.\n\nChina expressed "regret" over the '
        "military action.\n"
    )
    assert said(text).get("regret") == "China"


def test_a_person_from_a_body_based_somewhere_speaks_for_themselves() -> None:
    """'Samson Mokoena from South African-based Vaal Environmental Justice Alliance says: "…"':
    he speaks, not the body he is from (the place it is based in between)."""
    text = (
        "Hydrogen\n\nSamson Mokoena from South African-based Vaal Environmental Justice "
        'Alliance says: "In this hydrogen rush, we are seeing no clear policy direction."\n'
    )
    quote = "In this hydrogen rush, we are seeing no clear policy direction"
    assert said(text).get(quote) == "Samson Mokoena"


def test_mec_is_a_provincial_ministers_title() -> None:
    """'MEC for Cooperative Governance, Jacob Mamabolo, said …' ⏎ 'MEC Mamabolo urged …': a
    South African province's executive member, one person under his title."""
    text = (
        "Storms\n\nMEC for Cooperative Governance, Jacob Mamabolo, said the teams were ready. "
        'MEC Mamabolo said: "Our priority is to safeguard lives during this period."\n'
    )
    people = [a.name for a in _article_actors(text) if a.kind == "person"]
    assert people == ["Jacob Mamabolo"]
    assert said(text).get("Our priority is to safeguard lives during this period") == (
        "Jacob Mamabolo"
    )


def test_a_name_in_an_opening_scene_setting_phrase_is_not_he() -> None:
    """'The first witness was … Major-Gen Tomas Brandt, who …' ⏎ 'He said …' ⏎ 'In his
    testimony, and under questioning by Okafor, he said there had been "…"': the witness, not
    the counsel questioning him; 'Major-Gen' is his rank, not part of his name."""
    text = (
        "Trial\n\nThe first witness in the case was police chief Major-Gen Tomas Brandt, who "
        'led the inquiry into the riots.\n\nHe said the accused had been a "key suspect" well '
        "before the unrest began.\n\nIn his testimony, and under questioning by Okafor, he said "
        'there had been "close watch on her accounts for weeks".\n'
    )
    assert said(text).get("close watch on her accounts for weeks") == "Tomas Brandt"


def test_a_census_first_name_and_an_ordinary_word_with_a_role_is_a_person() -> None:
    """''…,' Chad Hawk, vice president of a grading firm, told Fox.' ⏎ ''…,' Hawk said.': 'chad'
    and 'hawk' are ordinary words, but a first name the census knows and the role after it
    make him a man, and 'Hawk' alone is he."""
    text = (
        "Money\n\n'It is very rare that the mint would spoil an order,' Chad Hawk, vice "
        "president of a grading firm, told Fox.\n\n'In the last two years people began to spot "
        "the error,' Hawk said.\n"
    )
    assert said(text).get("In the last two years people began to spot the error") == "Chad Hawk"


def test_he_in_a_relative_clause_on_someones_speech_is_its_author() -> None:
    """'Kessler called the speech by Moreau, in which he vowed to "resist annexation," a
    "regular exercise."': the vow is Moreau's, whose speech the clause tells of, not the
    words of the man who called it an exercise."""
    text = (
        "Drills\n\nEnvoy Paul Kessler met President Luc Moreau last month.\n\nKessler, speaking "
        'after a summit, called the speech by Moreau, in which he vowed to "resist annexation," '
        'a "regular exercise."\n'
    )
    assert said(text).get("resist annexation") == "Luc Moreau"


def test_an_ordinary_word_opening_a_clause_before_a_full_name_is_not_the_name() -> None:
    """'WARNING: Brave Marina Lacerda has described …': the writer's adjective before her given
    name is no part of it; 'South Carolina Sen. Lindsey Graham' keeps the state of his title."""
    text = (
        "Abuse\n\nWARNING GRAPHIC DETAIL: Brave Mila Serrano has described the abuse she "
        'suffered.\n\nSerrano said: "I will testify under oath in front of the whole world."\n'
    )
    assert [a.name for a in _article_actors(text) if a.kind == "person"] == ["Mila Serrano"]
    titled = "Vote\n\nSouth Carolina Sen. Lindsey Graham said the vote was close.\n"
    graham = next(a for a in _article_actors(titled) if a.name == "Lindsey Graham")
    assert graham.roles == ["South Carolina Sen."]


def test_an_office_before_a_military_rank_is_the_persons_role() -> None:
    """'Army chief Gen. Asim Munir said …': the office before his rank is his role, as 'England
    manager Sir Bobby Robson' keeps his; no unnamed 'chief' besides him."""
    text = "Army\n\nArmy chief Gen. Tariq Hassan said the troops were ready.\n"
    actors = _article_actors(text)
    assert [(a.name, a.roles) for a in actors if a.kind == "person"] == [
        ("Tariq Hassan", ["Army chief Gen."])
    ]
    assert not any(a.name == "the chief" for a in actors)


def test_a_shared_surname_is_not_given_to_the_storys_lead_once_another_is_named() -> None:
    """'Donna Kelce has praised …' ⏎ 'Travis Kelce's mom confirmed …' ⏎ '"…," Kelce said': the
    story led with his mother, but he was named since; the surname alone is either, so no one."""
    text = (
        "Music\n\nDonna Kelce has praised the album. Speaking at a summit, Travis Kelce's mom "
        'confirmed she loved it.\n\n"I like to see it from the front of the stage," Kelce said.\n'
    )
    assert "I like to see it from the front of the stage" not in said(text)


def test_a_shared_surname_goes_to_the_lead_named_earlier_when_the_pronouns_say_so() -> None:
    """'Ozzy Osbourne …' ⏎ 'Sharon Osbourne …' ⏎ 'Osbourne himself was at a loss: "…"': the
    lead, named before his wife, is meant, as 'himself' says; and '"…," X shares' frames words."""
    text = (
        "Show over\n\nOzzy Osbourne's reality show is ending. The series made the family rich."
        "\n\nSharon Osbourne was the driving force behind it.\n\nOsbourne himself was at a loss "
        'to explain its success: "I suppose people like watching a crazy family like us."\n\n'
        '"We will miss it," Ozzy shares.\n'
    )
    quotes = said(text)
    assert quotes.get("I suppose people like watching a crazy family like us") == "Ozzy Osbourne"
    assert quotes.get("We will miss it") == "Ozzy Osbourne"
    cracked = 'Flight\n\nAda Venn was aboard. As it landed, Venn cracked: "Flight complete."\n'
    assert said(cracked).get("Flight complete") == "Ada Venn"


def test_agence_france_presse_and_al_jazeera_are_outlets_not_people() -> None:
    """'journalists from Agence France-Presse and Al Jazeera': news outlets, though 'Al' may be a
    man's given name and 'France-Presse' reads as one word."""
    text = (
        "Strike\n\nThe shelling hit journalists from Reuters, Agence France-Presse and Al "
        "Jazeera. An Al Jazeera camera at the scene filmed the attack.\n"
    )
    people = [a.name for a in _article_actors(text) if a.kind == "person"]
    assert "Al Jazeera" not in people
    assert "Agence France-Presse" not in people
    spaced = "Strike\n\nThe shelling hit journalists, the news agency Agence France Presse said.\n"
    assert "Agence France Presse" not in [
        a.name for a in _article_actors(spaced) if a.kind == "person"
    ]


def test_she_after_an_unnamed_subject_and_an_untyped_name_is_not_a_man_named_with_them() -> None:
    """'The singer posted photos with Dorian Lisle, writing that she …' ⏎ 'Lisle died in
    Antigua, where Zelda grew up. She also wrote, "…"': neither 'she' is Lisle's, so neither
    gives him a woman's gender, and her words are not his."""
    text = (
        "Grief\n\nZelda is mourning her cousin.\nThe singer posted photos of herself with "
        "Dorian Lisle, writing that she “cannot believe he is gone.”\nLisle died on Tuesday "
        "in Antigua, where Zelda grew up. She also wrote, “Love you always, man.”\n"
    )
    assert said(text).get("Love you always, man") != "Dorian Lisle"


def test_a_news_agencys_credit_line_in_brackets_names_no_actors() -> None:
    """'(Additional reporting by Mina Park in SEOUL; Editing by Park Coulter)': the agency's
    staff, not the story's people; the surname alone in the story stays its own."""
    text = (
        "Talks\n\nThe North said on Monday it was open to talks. “We are ready,” Park said.\n"
        "(Additional reporting by Mina Park in SEOUL; Editing by Park Coulter and Ann Vey)\n"
    )
    assert said(text).get("We are ready") != "Mina Park"
    names = {a.name for a in _article_actors(text)}
    assert not names & {"Mina Park", "Park Coulter", "Ann Vey"}


def test_a_photo_agencys_credit_in_capitals_is_no_part_of_a_name() -> None:
    """'GETTY Ramsay campaigned …', a caption after its credit: the man is Ramsay, named as
    'President Tom Ramsay' before, not someone called 'GETTY Ramsay'."""
    text = (
        "Handover\n\nPresident Tom Ramsay met his successor on Thursday. GETTY Ramsay "
        'campaigned for his party. Mr Ramsay said he had "real differences" with him.\n'
    )
    assert said(text).get("real differences") == "Tom Ramsay"
    assert "GETTY Ramsay" not in {a.name for a in _article_actors(text)}


def test_a_broadcasters_programme_in_quotes_is_nobodys_words() -> None:
    """'said on NBC's "Meet the Voters" that …': the programme's title, not his words."""
    text = (
        'Campaign\n\nMr. Dorrance said on WXN\'s "Meet the Voters" that the campaign was hurting.\n'
    )
    assert "Meet the Voters" not in said(text)


def test_a_place_glued_before_a_full_name_is_no_part_of_it() -> None:
    """'… trading has gone through Seoul Tomas Rieck', a caption's last word then a name: the
    man is Tomas Rieck, and 'Seoul' in the story is the city, not his name."""
    text = (
        "Markets\n\nAnalyst Tomas Rieck said the ban was a blow.\nMuch trading has gone "
        "through Seoul Tomas Rieck\nMr Rieck added that Seoul had acted to curb crime.\n"
    )
    names = {a.name for a in _article_actors(text)}
    assert "Tomas Rieck" in names
    assert "Seoul Tomas Rieck" not in names
    assert said(text).get("Seoul had acted to curb crime") == "Tomas Rieck"


def test_a_verb_with_a_named_object_and_its_complement_frames_nothing_before_it() -> None:
    """'Earlier, speaking to bankers, Mr Oduya praised Kenya for cutting tariffs': no words of
    his are 'Earlier, speaking to bankers'."""
    text = (
        "Trade\n\nPresident Abel Oduya visited Nairobi.\nEarlier, speaking to local and foreign "
        "bankers, Mr Oduya praised Kenya for cutting its tariffs.\n"
    )
    assert not any(q.startswith("Earlier") for q in said(text))


def test_a_family_name_first_ending_in_un_is_a_person_and_un_with_stops_a_body() -> None:
    """'Leader Kim Tae Un': a man (his 'Un' is no 'UN'), 'Kim, 35, …' is him; 'The U.N.
    said' is the body, whose words are not his."""
    text = (
        "Launch\n\nLeader Kim Tae Un fired a missile.\nKim, the 35-year-old leader of the "
        "North, said the test was a success. The U.N. said the launch broke sanctions.\n"
    )
    kinds = {a.name: a.kind for a in _article_actors(text)}
    assert kinds.get("Kim Tae Un") == "person"
    quotes = said(text)
    assert quotes.get("the test was a success") == "Kim Tae Un"
    assert quotes.get("the launch broke sanctions") != "Kim Tae Un"


def test_a_two_word_nationality_is_no_ones_name() -> None:
    """'two Costa Rican pilots', 'Former Costa Rican president Ana Mora': no actor called
    'Costa Rican'."""
    text = (
        "Crash\n\nTwo Costa Rican pilots died. Former Costa Rican president Ana Mora said her "
        "cousin was among them. A Sri Lankan doctor helped.\n"
    )
    names = {a.name for a in _article_actors(text)}
    assert not names & {"Costa Rican", "Sri Lankan"}
    assert "Ana Mora" in names
    irish = 'Gadgets\n\nOliver Irish edits a magazine. "It will sell," said Mr Irish.\n'
    assert said(irish).get("It will sell") == "Oliver Irish"  # a surname, after 'Mr'


def test_a_participle_after_a_that_clause_opening_on_a_role_is_its_subjects() -> None:
    """'Dorn tweeted that North Korean leader Pak had insulted him by calling him "old"': Pak
    did so; but after 'speculation that', the one rejecting it speaks."""
    text = (
        "Feud\n\nPresident Ivo Dorn visited Seoul. Rival leader Pak Sol fired a missile.\n"
        "Dorn muddied the water by tweeting that North Korean leader Pak had insulted him by "
        'calling him "old".\n'
        "Mr Vance rejected speculation that Mr Dorn was ill, saying he had a cold.\n"
    )
    quotes = said(text)
    assert quotes.get("old") == "Pak Sol"
    assert quotes.get("he had a cold") != "Ivo Dorn"


def test_a_photographers_credit_names_no_actor() -> None:
    """'REUTERS/Toma Kyle' and 'Ivo Rask / Reuters' under photos: who took them, no one in
    the story, and no one a surname alone may be."""
    text = (
        "Launch\n\nLeader Kim Tae Un fired a missile.\nIvo Rask / Reuters A man walks past a TV "
        "set. The picture was taken on Monday. REUTERS/Toma Kyle\nKim said it was a success.\n"
    )
    names = {a.name for a in _article_actors(text)}
    assert not names & {"Ivo Rask", "Toma Kyle"}


def test_whoever_is_seen_shouting_speaks_not_the_one_who_sees_them() -> None:
    """'he was startled to see the players shouting and screaming: "We got this!"': the
    players', unnamed; not his."""
    text = (
        "Champions\n\nPitcher Al Moyes missed the meeting. When he arrived he was startled to "
        "see the players shouting and screaming: “We got this!”\n"
    )
    assert said(text).get("We got this!") is None


def test_a_platforms_credit_before_a_caption_is_no_part_of_the_name() -> None:
    """'Instagram Kesha wrote: "…"', a caption's credit, then the singer: her words are
    Kesha's; 'Facebook Sean Copeland' is Sean Copeland."""
    text = (
        'Reaction\n\nStars reacted on Monday. Instagram Kesha wrote: "We are gonna be OK."\n'
        "Facebook Sean Copeland was among the victims, his family said.\n"
    )
    quotes = said(text)
    assert quotes.get("We are gonna be OK") == "Kesha"
    names = {a.name for a in _article_actors(text)}
    assert "Sean Copeland" in names
    assert not names & {"Instagram Kesha", "Facebook Sean Copeland"}


def test_a_named_day_is_no_actor() -> None:
    """'Bastille Day' led a briefing's actors: a day, however often the story names it."""
    text = (
        "Attack\n\nA truck hit a crowd on Bastille Day. Bastille Day celebrations were "
        "cancelled. Anzac Day marches went ahead.\n"
    )
    names = {a.name for a in _article_actors(text)}
    assert not names & {"Bastille Day", "Anzac Day"}


def test_all_opening_a_bodys_name_inside_a_sentence_is_the_names() -> None:
    """'…, All Nippon Airways said': the airline, not 'Nippon Airways'."""
    text = "Flight\n\nA flight returned to the gate, All Corvan Airways said on Wednesday.\n"
    assert said(text).get("A flight returned to the gate") == "All Corvan Airways"


def test_said_then_a_name_then_a_relative_clause_after_a_comma_frames_the_words() -> None:
    """'If anything, Japan has been too passive, said Kaito Mori, who backs the party.': his
    words, as without the comma ('said Ken Salazar who …')."""
    text = (
        "Voices\n\nSome want a tougher line.\nIf anything, the country has been too passive, "
        "said 23-year-old Kaito Mori, who backs the ruling party.\n"
    )
    assert said(text).get("If anything, the country has been too passive") == "Kaito Mori"


def test_states_races_papers_and_taverns_named_formally_are_not_people() -> None:
    """'the Republic of Korea', 'the Brazilian Grand Prix', 'Süddeutsche Zeitung', 'the Billy
    Goat Tavern', 'U.S. Election Day' and a 'Ken Blaze-USA TODAY Sports' credit: none a
    person; 'Twitter Christian Estrosi' is Christian Estrosi."""
    text = (
        "Week\n\nThe Republic of Korea said it would respond. Verstappen won the Brazilian "
        "Grand Prix on Sunday. Süddeutsche Zeitung said it got the files. Fans gathered at "
        "the Billy Goat Tavern. The vote is on U.S. Election Day. Photo: Ken Blaze-USA TODAY "
        "Sports\nTwitter Christian Estrosi said the city was safe.\n"
    )
    people = {a.name for a in _article_actors(text) if a.kind == "person"}
    assert not people & {
        "Republic of Korea",
        "Brazilian Grand Prix",
        "Süddeutsche Zeitung",
        "Billy Goat Tavern",
        "U.S. Election Day",
        "Ken Blaze-USA",
        "Twitter Christian Estrosi",
    }


def test_the_president_is_not_the_president_elect() -> None:
    """'President Ada Holm met President-elect Rob Vance.' ⏎ 'The president added: "…"':
    Holm's words, not the man not yet in office; and 'As' opening a clause whose stop was
    lost ('Ada Holm As Vance arrived') ends her name."""
    text = (
        "Handover\n\nPresident Ada Holm met President-elect Rob Vance on Thursday. Ada Holm As "
        'Vance arrived, they shook hands.\nThe president added: "We will help you succeed."\n'
    )
    assert said(text).get("We will help you succeed") != "Rob Vance"
    assert "Ada Holm As Vance" not in {a.name for a in _article_actors(text)}
    lost = "Talks\n\nHolm had been elected the next president While Vance waited outside.\n"
    assert "While Vance" not in {a.name for a in _article_actors(lost)}


def test_a_korean_name_before_of_and_a_country_is_the_persons_and_credits_leave_roles() -> None:
    """'President Park Su-yeon of South Korea': the person is Park Su-yeon ('Park' is also a
    place's word); 'Reuters North Korean leader Ri Chol', a caption's credit run into the
    role, leaves 'North Korean leader'; 'press secretary' keeps its 'press'."""
    text = (
        "Talks\n\nThe launch followed talks with President Park Su-yeon of South Korea. Park "
        "said it was a provocation. Reuters North Korean leader Ri Chol watched the launch. "
        "His press secretary Ana Holt said it went well.\n"
    )
    actors = {a.name: a.roles for a in _article_actors(text)}
    assert "Park Su-yeon" in actors
    assert said(text).get("it was a provocation") == "Park Su-yeon"
    assert actors.get("Ri Chol") == ["North Korean leader"]
    assert actors.get("Ana Holt") == ["press secretary"]


def test_he_said_closing_a_sentence_that_opens_on_someone_described_is_theirs() -> None:
    """'The president spoke first, telling the press, "…. …," he said.': the president the
    sentence opens on (not the president-elect), not a spokesman named the sentence before."""
    text = (
        "Meeting\n\nPresident Ada Holm met President-elect Rob Vance. Each man spoke briefly, "
        "a practice this White House followed, spokesman Tom Reed pointed out today. The "
        "president spoke first, telling the press, 'I had an excellent talk with Mr Vance. It "
        "was wide-ranging. 'We talked about policy and about the handover,' he said.\n"
    )
    quotes = [(p.actor, p.evidence[0].quote) for p in _positions(text)]
    assert [actor for actor, quote in quotes if quote.startswith("I had")] == ["Ada Holm"]


def test_a_nationality_before_a_name_no_list_knows_is_no_part_of_it() -> None:
    """'Australian Lynton Crosby said …': the man is Lynton Crosby, though no list of given
    names has 'Lynton'; 'Scottish & Newcastle' and 'Korean Hyunmoo II' keep theirs."""
    text = (
        'Campaign\n\nAustralian Lynton Crosby said: "I have never had such a talk." Brewer '
        "Scottish & Newcastle gained. The Korean Hyunmoo II missile flew.\n"
    )
    assert said(text).get("I have never had such a talk") == "Lynton Crosby"
    names = {a.name for a in _article_actors(text)}
    assert "& Newcastle" not in names
    assert "Hyunmoo II" not in names


def test_a_day_between_the_verb_and_its_clause_is_no_part_of_what_was_said() -> None:
    """'Ito insisted Tuesday North Korea was still building weapons': the claim opens at
    'North Korea', not at the day it was made."""
    text = "Talks\n\nPrime Minister Ken Ito insisted Tuesday North Korea was still building arms.\n"
    assert "North Korea was still building arms" in said(text)


def test_a_platforms_name_before_account_is_the_platform_not_a_person() -> None:
    """'the official Corvex Twitter account directed consumers …': an account, no person called
    'Corvex Twitter' with the role 'official'; 'Facebook posts saying "…"' are nobody's."""
    text = (
        "Breach\n\nIn a tweet, the official Corvex Twitter account directed consumers to the "
        'site. Users mourned, with Facebook posts saying "terrible loss".\n'
    )
    assert "Corvex Twitter" not in {a.name for a in _article_actors(text)}
    assert said(text).get("terrible loss") is None


def test_a_retort_with_back_before_the_quote_is_the_subjects_not_the_clause_before() -> None:
    """'After Gov. Ivo Tarn criticized Lena Ross's husband, Lena shot back, "…"': hers, not the
    words of the speech verb in the clause before the comma."""
    text = (
        "Race\n\nIn 1992, Lena Ross, a lawyer, roiled traditionalists.\n\n"
        "After former Gov. Ivo Tarn criticized her husband Paul Ross during a debate, Lena shot "
        "back, \u201cI suppose I could have stayed home and baked cookies.\u201d\n"
    )
    assert said(text)["I suppose I could have stayed home and baked cookies"] == "Lena Ross"


def test_a_speech_verb_in_an_opening_clause_does_not_frame_the_main_clauses_quote() -> None:
    """'After Tarn criticized Ross, the crowd roared, "…"': the quote is the main clause's;
    Tarn's verb frames nothing there, so the words go to nobody rather than to him."""
    text = (
        "Race\n\nAfter former Gov. Ivo Tarn criticized Paul Ross during a debate, the crowd "
        "roared, \u201cFour more years!\u201d\n"
    )
    assert said(text).get("Four more years!") is None


def test_said_then_when_and_a_name_does_not_make_that_name_the_speaker() -> None:
    """'"…," Tarn, <a long description>, said when Boyle asked him': Boyle asked; he did not
    speak the words ('when' closes the noun phrase after 'said')."""
    text = (
        "Praise\n\nIvo Tarn praised the editor Matthew Boyle on Monday.\n\n"
        "\u201cVery good reporter, this guy,\u201d Tarn, the party's frontrunner nationally and "
        "polling leader in the state by a wide margin after winning the two early primaries, "
        "said when Boyle asked him a question.\n"
    )
    assert said(text).get("Very good reporter, this guy") != "Matthew Boyle"


def test_a_name_after_a_gerund_is_its_object_not_the_subject_of_the_participle() -> None:
    """'In response to Tarn's plan to bar migrants from entering the United States, Ross's
    right-hand woman rallied supporters, saying: "…"': not the United States' words."""
    text = (
        "Plan\n\nIn response to Ivo Tarn's plan to bar migrants from entering the United States, "
        "Lena Ross's right-hand woman rallied supporters, saying: \u201cWe have to be ready to "
        "stop him.\u201d\n"
    )
    assert said(text).get("We have to be ready to stop him") is None


def test_referring_to_someone_as_a_quoted_name_is_the_subjects_words() -> None:
    """'Tarn pointedly referred to Ross as "Mister."': his word for Ross."""
    text = "Talks\n\nLeader Ivo Tarn pointedly referred to Paul Ross as \u201cMister.\u201d\n"
    assert said(text)["Mister"] == "Ivo Tarn"


def test_names_listed_with_their_employers_argue_together_not_the_last_alone() -> None:
    """'Matthews, MSNBC's Alex Seitz-Wald and Reuters' Luciana Lopez argued that …': three
    argue; the claim is none of theirs alone."""
    text = (
        "Panel\n\nChris Matthews hosts a show.\n\nInstead, Matthews, MSNBC\u2019s Alex Seitz-Wald "
        "and Reuters\u2019 Luciana Lopez argued that the plan is naive.\n"
    )
    assert said(text).get("the plan is naive") is None


def test_a_name_after_a_gerund_before_the_verb_is_no_subject_but_adjectives_keep_theirs() -> None:
    """'White America embracing Obama announced "…"': not Obama's words; but 'a testy,
    chain-smoking Hal Holbrook telling Woodward to "…"' and 'the last thing Timberlake said …
    was "…"' are theirs."""
    embraced = (
        "Vote\n\nBarack Obama won Idaho. White America embracing Obama announced \u201ca "
        "different era, that is the best way to put it.\u201d\n"
    )
    assert said(embraced).get("a different era, that is the best way to put it") is None
    films = (
        "Film\n\nIn the movie, Deep Throat is a testy, chain-smoking Hal Holbrook telling "
        'Bob Woodward to "follow the money."\n\nIt seems fitting that the last thing Justin '
        "Timberlake said, before sprinting away, was \u201cSuper Bowl selfies!\u201d\n"
    )
    assert said(films)["follow the money"] == "Hal Holbrook"
    assert said(films)["Super Bowl selfies!"] == "Justin Timberlake"


def test_a_participle_after_a_named_object_in_apposition_is_the_subjects() -> None:
    """'Ivo Tarn visited a show to discuss his rival, Lena Ross, saying "…"': Tarn says it
    (or nobody does), not Ross."""
    text = (
        "Interview\n\nSen. Ivo Tarn (I-Vt.) visited NBC\u2019s \u201cToday\u201d to discuss "
        "his remarks about his rival, Lena Ross, saying \u201con her worst day\u201d she would "
        "be better than any of them.\n"
    )
    assert said(text).get("on her worst day") != "Lena Ross"


def test_a_question_answered_in_the_next_sentence_holding_a_title_in_quotes() -> None:
    """'"…, right?"' ⏎ 'Clinton remarked, alluding to his turn in "The Revenant."': the title
    in quotation marks is nobody's words and keeps the frame."""
    text = (
        "Show\n\nRachel Maddow interviewed Lena Ross.\n\n\u201cGrizzly Adams?\u201d Maddow "
        "repeated.\n\n\u201cI am not sure you know Leo DiCaprio is available, but we will see, "
        "right?\u201d Ross remarked, alluding to the actor's latest turn as a frontiersman in "
        '"The Revenant."\n'
    )
    assert said(text)[
        "I am not sure you know Leo DiCaprio is available, but we will see, right?"
    ] == ("Lena Ross")


def test_a_claim_in_a_subordinate_clause_after_and_ends_at_its_comma() -> None:
    """'And while the campaign was happy to hear Ross pledged …, Devine made it clear …':
    what she pledged stops at the clause's comma."""
    text = (
        "Race\n\nAnd while the campaign was happy to hear Lena Ross pledged her commitment to "
        "the causes he has pushed, Tad Devine made it clear that his boss wanted more.\n"
    )
    assert said(text)["her commitment to the causes he has pushed"] == "Lena Ross"


def test_a_senator_described_by_state_is_the_one_the_article_places_there() -> None:
    """'the Florida senator' is the senator tagged 'R-Fla.', never 'the senator from Vermont';
    with no senator placed in Florida, nobody; 'Sen.' and 'Gov.' are the senator and governor."""
    tagged = (
        "Race\n\nSen. Ivo Tarn, R-Fla., spoke on Fox News. Sen. Paul Ross, I-Vt., spoke too.\n\n"
        '"We are at war," the Florida senator said. "We will win," the Vermont senator said.\n'
    )
    assert said(tagged)["We are at war"] == "Ivo Tarn"
    assert said(tagged)["We will win"] == "Paul Ross"
    untagged = (
        "Race\n\nIvo Tarn is third in the polls. Paul Ross, the senator from Vermont, spoke.\n\n"
        'The Florida senator told reporters he feels good, and "we will see what it brings."\n'
    )
    assert said(untagged).get("we will see what it brings") is None
    governor = (
        "Budget\n\nGov. Eric Hale signed the budget on Friday.\n\n"
        "\u201cIt is a generational budget,\u201d the Republican governor said.\n"
    )
    assert said(governor)["It is a generational budget"] == "Eric Hale"


def test_said_then_a_name_and_a_verb_is_the_subject_of_what_was_said_not_the_speaker() -> None:
    """'Sen. Ivo Tarn, R-Fla., appearing on Fox News, said Paul Ross failed to …': Ross is
    what Tarn said about, not an inverted speaker of the words before 'said'."""
    text = (
        "Speech\n\nSen. Ivo Tarn, R-Fla., appearing on Fox News right after the speech, said "
        "President Paul Ross failed to address public concerns.\n"
    )
    assert all(speaker != "Paul Ross" for speaker in said(text).values())


@pytest.mark.parametrize(
    ("sentence", "quote", "speaker"),
    [
        (
            'Ivo Tarn dismissed the budget as "vote now, pay later" spending.',
            "vote now, pay later",
            "Ivo Tarn",
        ),
        (
            'President Lena Ross denounced the launch as "an unacceptable provocative act," after '
            "she called an emergency meeting.",
            "an unacceptable provocative act",
            "Lena Ross",
        ),
        ('The plan was dismissed as "a fantasy" by critics of Ivo Tarn.', "a fantasy", None),
    ],
)
def test_a_verb_of_judging_with_as_before_a_quote_gives_the_subjects_word(
    sentence: str, quote: str, speaker: str | None
) -> None:
    """'dismissed X as "…"', 'denounced X as "…"', 'hailed X as "…"': the subject's own word;
    in the passive ('was dismissed as "…"') not the subject's."""
    assert said(f"Report\n\n{sentence}\n").get(quote) == speaker


def test_a_quote_agreed_or_fired_back_and_a_clause_after_it_keep_their_speakers() -> None:
    """'"…," agrees Michelle Stevens'; 'Ross fired back forcefully: "…"'; '"…," Tarn tweeted,
    "…," after Ross's spokesman expressed support': the second part is still Tarn's."""
    text = (
        "Race\n\n\u201cI will be more successful,\u201d says Diana Ruocco, 21.\n\n"
        "\u201cOur ideas of success are different,\u201d agrees Michelle Stevens, 30.\n\n"
        "When Ivo Tarn suggested that Cuba would sue, Paul Ross fired back forcefully: "
        "\u201cIf they sue us in Miami, they will lose.\u201d\n\n"
        "\u201cIn breaking news,\u201d Tarn tweeted last January, \u201cRoss wins a full-throated "
        "endorsement from his press secretary,\u201d after Ross spokesman Brian Fallon expressed "
        "support for his boss.\n"
    )
    quotes = said(text)
    assert quotes["Our ideas of success are different"] == "Michelle Stevens"
    assert quotes["If they sue us in Miami, they will lose"] == "Paul Ross"
    assert quotes["Ross wins a full-throated endorsement from his press secretary"] == "Ivo Tarn"


def test_a_reporters_dash_credit_after_a_framed_quote_is_no_speaker() -> None:
    """'Rajoy … insisted that his party was "still the No. 1 force."--Kim Hjelmgaard.': the
    byline after the brief, not who said it."""
    text = (
        "In brief\n\nPrime Minister Mariano Rajoy said Monday that he will try to form a "
        'government and insisted that his party was "still the No. 1 force in Spain."'
        "--Kim Hjelmgaard.\n"
    )
    assert said(text)["still the No. 1 force in Spain"] == "Mariano Rajoy"


@pytest.mark.parametrize(
    ("sentence", "quote", "speaker"),
    [
        (  # the claim is what the spokeswoman answers
            "Cruz spokeswoman Catherine Frazier said Thursday that Paul Ross's claim that Ivo "
            'Tarn is in favor of legalizing illegal immigrants is "simply not true."',
            "simply not true",
            "Catherine Frazier",
        ),
        (  # the words inside the claim are its owner's
            "The White House says there are no more meetings despite Ivo Tarn's claim that "
            "there would be 'many more' to come.",
            "many more",
            "Ivo Tarn",
        ),
        (  # an unowned statement is the one who made it
            "The National Security Committee said in a statement that the strikes were carried "
            "out \u201con the false pretext of imaginary camps.\u201d",
            "on the false pretext of imaginary camps",
            "National Security Committee",
        ),
        (  # the one the letter went to asks nothing
            "Phoenix Mayor Greg Stanton wrote a letter to Attorney General Loretta E. Lynch asking "
            'the department to investigate the "fiasco."',
            "fiasco",
            "Greg Stanton",
        ),
        (  # an object relative's own subject goes on
            "And the North American Free Trade Agreement, which Ivo Tarn had called a "
            '"disaster" and promised to "rip up"?',
            "rip up",
            "Ivo Tarn",
        ),
        (  # the name in a participle's aside is its object
            "The bickering began at once, as Enrique Pena Nieto, contradicting Ivo Tarn, said he "
            "had told Tarn that Mexico would not pay for a wall.",
            "he had told Tarn that Mexico would not pay for a wall",
            "Enrique Pena Nieto",
        ),
        (  # a scene-setting opening names no subject
            "In his first YouTube dispatches, Pete Santilli wears a suit, pointing to bottles of "
            'soda and telling viewers that corn syrup is "destroying America."',
            "destroying America",
            "Pete Santilli",
        ),
        (  # the one who claimed relays the director's word, past his middle initial
            "Lena Ross acknowledged that she had misspoken when she claimed that FBI Director "
            'James B. Comey had characterized as "truthful" all of her public statements.',
            "truthful",
            "Lena Ross",
        ),
    ],
)
def test_claims_letters_relatives_and_asides_keep_the_speaker_who_says_it(
    sentence: str, quote: str, speaker: str
) -> None:
    """From PolNeAR's election coverage: each quote stays with the one whose words they are."""
    assert said(f"Report\n\n{sentence}\n").get(quote) == speaker


def test_what_someone_said_and_an_unnamed_strategist_name_no_speaker() -> None:
    """'What Romney has said privately … it is a different story, according to Brown': no
    claim of Romney's; 'Alongside BLM calls for action, even a top GOP strategist said Ross
    will have to choose, saying, "…"': neither BLM's nor Ross's words."""
    text = (
        "Race\n\nWhat Ivo Tarn has said privately about Paul Ross it is a different story, "
        "according to former Sen. Scott Brown.\n\nAlongside BLM calls for action, even a top "
        "GOP strategist said Lena Ross will have to choose whose side she is on, saying, "
        "\u201cAt some point, she is going to have to come out.\u201d\n"
    )
    quotes = said(text)
    assert quotes.get("At some point, she is going to have to come out") is None
    assert "Ivo Tarn" not in quotes.values()


def test_a_speaker_going_on_and_a_negated_verb_keep_their_speakers() -> None:
    """'"…, right?" Trump went on, as if he didn't hear her.': his words; 'Gowdy did not
    release details, saying only that the panel "…"': Gowdy says it; 'Ryan also did not
    exude confidence when Tapper asked …' ⏎ '"…"': Ryan's answer, not Tapper's."""
    text = (
        "Interview\n\nMegyn Kelly interviewed Ivo Tarn.\n\nKelly responded pointedly, with a "
        "smile: \u201cCan happen when you are 45.\u201d\n\n\u201cYou know, it happens, "
        "right?\u201d Tarn went on, as if he did not hear her.\n\nTrey Gowdy spoke on Friday."
        "\n\nGowdy did "
        "not release further details, saying only that they took place and that the panel "
        '"gained access to crucial records."\n'
    )
    quotes = said(text)
    assert quotes["You know, it happens, right?"] == "Ivo Tarn"
    assert quotes["gained access to crucial records"] == "Trey Gowdy"


@pytest.mark.parametrize(
    "sentence",
    [
        "Lena Ross said she has \u201cno idea\u201d on Wednesday\u2019s broadcast of CNN\u2019s "
        "\u201cNew Day.\u201d",
        "Wednesday on Fox News Channel\u2019s \u201cHannity,\u201d Lena Ross said the ticket "
        "is weak.",
        "Lena Ross tells MSNBC\u2019s \u201cMorning Joe\u201d on Friday that the hack was serious.",
        'During an appearance Friday on "CBS This Morning," Lena Ross said she would wait.',
        "\u201cI expect to be vetted,\u201d Lena Ross said on \u201cMeet the Press.\u201d",
        '"Of course he is fair game," Lena Ross told "Fox and Friends," reminding them.',
        'On ABC News\'s "This Week," Lena Ross said that the plan failed badly.',
        "\u201cThat is my job,\u201d Lena Ross said on the podcast \u201cHere\u2019s the "
        "Thing.\u201d",
    ],
)
def test_a_programmes_title_in_quotes_is_nobodys_words(sentence: str) -> None:
    """'on CNN's "New Day."', 'tells MSNBC's "Morning Joe"', 'Friday on "CBS This Morning,"',
    'said on "Meet the Press."': the programme the words were said on, not words."""
    quotes = said(f"Report\n\n{sentence}\n")
    programmes = {"New Day", "Hannity", "Morning Joe", "CBS This Morning", "Meet the Press"}
    programmes |= {"Fox and Friends", "This Week", "Here\u2019s the Thing"}
    assert not programmes & set(quotes)


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        (
            '"If I was a donor, I would want answers," said a prominent Republican National '
            "Committee member who supports Ivo Tarn.",
            "If I was a donor, I would want answers",
        ),
        (
            '"He was handled so lightly there is not a whole lot you can do," said a former U.S. '
            "law enforcement official who oversaw investigations.",
            "He was handled so lightly there is not a whole lot you can do",
        ),
        (
            "\u201cWho can remember?\u201d Lena Ross asks as a maintenance guy walks in front of "
            "her, saying he is \u201chere to fix the seven holes in your wall.\u201d",
            "here to fix the seven holes in your wall",
        ),
    ],
)
def test_someone_described_with_a_name_inside_is_not_that_name(sentence: str, quote: str) -> None:
    """'said a prominent RNC member who supports Tarn', 'said a former U.S. law enforcement
    official', 'as a maintenance guy walks in, saying': someone unnamed speaks, not the name
    or the body the description holds, nor the subject of the clause before."""
    assert said(f"Report\n\n{sentence}\n").get(quote) is None


def test_a_name_before_a_participle_is_no_subject_of_the_verb_after_and() -> None:
    """'some senators vented about Sanders vowing to fight on and said that …': the senators
    said it, not Sanders; 'Blocher continued as a member of parliament until resigning,
    claiming …' is still Blocher's."""
    text = (
        "Party\n\nAt a meeting Tuesday of the leadership, some senators vented about Ivo Tarn "
        "vowing to fight on and said that they had lost their patience with him.\n\nLena Ross "
        "continued as a member of parliament until resigning in 2014, claiming she was wasting "
        "time in government.\n"
    )
    quotes = said(text)
    assert quotes.get("they had lost their patience with him") is None
    assert quotes["she was wasting time in government"] == "Lena Ross"


def test_a_group_at_a_described_institution_is_not_the_institution() -> None:
    """'a student group at the overwhelmingly conservative Liberty University derided him as
    "…"': the group, unnamed; but 'Irish trailed at the break and Gold said: "…"' is Gold's
    and 'director of telecoms research Tony Lavender said' is Lavender's."""
    text = (
        "Campus\n\nLast week, a student group at the overwhelmingly conservative Liberty "
        'University in Lynchburg, Va., derided him as a man "who constantly speaks evil."\n\n'
        "London Irish coach Gary Gold felt the result exposed his side.\n\nIrish trailed by two "
        'points at the break and Gold said: "For 55 minutes we lived with the best."\n\n'
        '"Now the real negotiation begins," director of telecoms research Tony Lavender said.\n'
    )
    quotes = said(text)
    assert quotes.get("who constantly speaks evil") is None
    assert quotes["For 55 minutes we lived with the best"] == "Gary Gold"
    assert quotes["Now the real negotiation begins"] == "Tony Lavender"


def test_whom_a_speech_verb_addresses_or_judges_is_no_claim() -> None:
    """'Obama actually emailed Clinton at the private address', 'Davenport has criticised
    Wimbledon over the issue of prize money': whom, not what; 'White said Conte at first told
    her …' is a clause said."""
    text = (
        "Emails\n\nAn email indicates Barack Obama actually emailed Lena Ross at the private "
        "address she was using.\n\nWorld number one Ivo Tarn has criticised Wimbledon over the "
        "issue of equal prize money.\n\nKelli White said Victor Conte at first told her the "
        "substance was flaxseed oil.\n"
    )
    quotes = said(text)
    assert not any(q.startswith(("Lena Ross at", "Wimbledon over")) for q in quotes)
    assert quotes["Victor Conte at first told her the substance was flaxseed oil"] == "Kelli White"


def test_a_clause_after_a_speech_verb_and_after_is_its_own_speakers_not_relayed() -> None:
    """'Axelrod tweeted after Clinton argued that "…"': Clinton's argument; but 'Romney told
    donors he had lost because Obama had vowed to bestow "gifts"' is Romney relaying."""
    text = (
        "Debate\n\nDavid Axelrod is a former adviser.\n\n\u201cIt is misleading,\u201d Axelrod "
        "tweeted after Lena Ross argued for the second debate that \u201cif everyone had voted "
        "as he voted, we would not have rescued the industry.\u201d\n\nIn 2012, Mitt Romney told "
        'donors he had lost because President Ivo Tarn had vowed to bestow "gifts" on groups.\n'
    )
    quotes = said(text)
    assert quotes["if everyone had voted as he voted, we would not have rescued the industry"] == (
        "Lena Ross"
    )
    assert quotes["gifts"] == "Mitt Romney"


def test_a_topic_before_a_colon_is_who_is_spoken_of_not_a_speakers_label() -> None:
    """'Of Clinton: "I just don't believe a word she says."': the voter speaks of Clinton."""
    text = (
        "Voters\n\nLena Ross is running. Becky Field does not like either candidate.\n\n"
        '"I do not want to use the word cronies," she says. Of Ross: "I just do not believe a '
        'word she says."\n'
    )
    assert said(text).get("I just do not believe a word she says") != "Lena Ross"


def test_a_participle_after_a_comparison_or_a_when_clause_is_its_nearest_subjects() -> None:
    """'Like Corker, Menendez also rejected the notion …, arguing that there is "…"': not
    Corker's; 'He tweeted when Ross ended a debate with a reference to the blockbuster "Star
    Wars" sequel, remarking, "…"': Ross remarked, and the film's title is nobody's words."""
    text = (
        "Senate\n\nLike Bob Corker, Ivo Tarn also rejected the notion that Democrats could pull "
        'away from the bill, arguing that there is "flexibility for the administration" in it.'
        "\n\nDavid Axelrod is an adviser.\n\n\u201cToo forced?\u201d He tweeted when Lena Ross "
        'ended a debate last December with a reference to the blockbuster "Star Wars" sequel, '
        "remarking, \u201cThank you, and may The Force be with you.\u201d\n"
    )
    quotes = said(text)
    assert quotes["flexibility for the administration"] == "Ivo Tarn"
    assert quotes["Thank you, and may The Force be with you"] == "Lena Ross"
    assert "Star Wars" not in quotes


def test_he_after_a_lone_title_word_acting_is_not_the_person_named_before() -> None:
    """'A decade ago, Prince gave an interview in which he decried holograms as "demonic."':
    'Prince' reads as a title, yet acts here as a name; 'he' is him, not Justin Timberlake."""
    text = (
        "Halftime\n\nJustin Timberlake played the Super Bowl halftime show.\n\nA decade ago, "
        "Prince gave an interview to Guitar World in which he expressly decried holograms as "
        "\u201cthe most demonic thing imaginable.\u201d\n"
    )
    assert said(text).get("the most demonic thing imaginable") != "Justin Timberlake"


def test_a_paragraph_after_a_speech_verb_and_a_colon_is_a_block_quote_of_the_speaker() -> None:
    """A block quote whose marks the page dropped: 'Police Commissioner Ray Kelly commented on
    Lopez in a briefing:' ⏎ "We're certainly pleased …" is Kelly's (had been told as an event).
    A list after a colon, or a colon after a noun ('Some of their demands are immediate:',
    'See tweets:'), quotes no one."""
    text = (
        "Arrest\n\nPolice arrested Ivo Lopez on Tuesday.\n"
        "Police Commissioner Ivo Kelman commented on Lopez in a briefing:\n"
        "We're certainly pleased that the investigation has identified Mr. Lopez.\n"
        "Judge Lena Rubin said she must:\n- Spend three years on probation.\n"
        "Some of their demands are immediate:\nThey want police banned from carrying guns.\n"
        "See tweets:\nThe senate resolved to observe a minute of silence.\n"
    )
    extraction = extract_offline(Article(id=1, path="a.txt", text=text))
    assert said(text) == {
        "We're certainly pleased that the investigation has identified Mr. Lopez": "Ivo Kelman"
    }
    assert extraction.unattributed == []
    happenings = " ".join(e.evidence[0].quote for e in extraction.events)
    assert "pleased" not in happenings
    assert "banned" in happenings


def test_a_speech_noun_in_the_scene_before_a_colon_is_not_the_frames_verb() -> None:
    """'In her remarks, Dr. Benjamin explained:' ⏎ '"My hope …"': Benjamin's ('remarks', a
    noun after 'her', had been taken for the verb, and its subject for no one)."""
    text = (
        "Nominee\n\nIvana Benjamin was nominated on Monday.\n"
        "In her remarks, Dr. Benjamin explained:\n"
        "\u201cMy hope, if confirmed, is to be the nation's doctor.\u201d\n"
    )
    assert said(text) == {"My hope, if confirmed, is to be the nation's doctor": "Ivana Benjamin"}


@pytest.mark.parametrize(
    ("opening", "reopening", "closing"),
    [
        ("\u201c", "\u201c", "\u201d"),  # the convention: each paragraph reopens it
        ("'", "", "'"),  # single marks, the page cut at each sentence and never reopening
        ("\u2018", "", "\u2019"),
    ],
)
def test_a_quotation_over_three_paragraphs_is_all_the_speakers(
    opening: str, reopening: str, closing: str
) -> None:
    """'\u2018When me and my son were on the floor, I noticed Mrs Horton fall down.' ⏎ 'I
    honestly thought she was shot in the head.' ⏎ 'There was blood,\u2019 said Unique
    Armstead': all three are Armstead's (the first had gone to no one, and without reopening
    marks the first two had been told as events)."""
    text = (
        "Trial\n\nA woman was shot in Brooklyn on Thursday, police said.\n"
        f"{opening}When my son and I were on the floor, I saw Mrs Horton fall down.\n"
        f"{reopening}I honestly thought she was shot in the head.\n"
        f"{reopening}There was blood,{closing} said Ivana Armstead, who was shot nearby.\n"
        "The trial goes on.\n"
    )
    assert said(text) == {
        "When my son and I were on the floor, I saw Mrs Horton fall down": "Ivana Armstead",
        "I honestly thought she was shot in the head": "Ivana Armstead",
        "There was blood": "Ivana Armstead",
    }
    extraction = extract_offline(Article(id=1, path="a.txt", text=text))
    happenings = " ".join(e.evidence[0].quote for e in extraction.events)
    assert "floor" not in happenings
    assert "thought" not in happenings


def test_a_possessives_mark_set_apart_opens_no_quotation() -> None:
    """'revise Simon Beaufoy \u2018s script for Catching Fire.' ⏎ … ⏎ 'Ross\u2019 does have
    a few counters': a possessive, typed apart, then a plural's; no quotation between them."""
    text = (
        "Sequel\n\nThere is the problem of Ivo Ross revising Ivo Beaufoy \u2018s script.\n"
        "Korvex is also facing an issue with the release date.\n"
        "Ross\u2019 does have a few counters against Korvex.\n"
    )
    extraction = extract_offline(Article(id=1, path="a.txt", text=text))
    assert extraction.positions == []
    assert extraction.unattributed == []


def test_a_quotation_inside_one_running_on_does_not_reopen_it() -> None:
    """An article quoting another over paragraphs in straight marks, with a speaker's words
    inside in curly ones ('"The administration is still reluctant …' ⏎ '"At the White House
    today, reporters questioned Josh Earnest …' ⏎ '“I don't want to talk about it,” Earnest
    said."'): the outer paragraphs are the quoted article's, not Earnest's."""
    text = (
        "Timeline\n\nKorvex News reported on Friday:\n\n"
        '"The administration is still reluctant to call the attack an act of terrorism.\n\n'
        '"At the White House today, reporters questioned Press Secretary Ivo Earnest about '
        "the shooters.\n\n"
        "\u201cI don't want to talk about the situation,\u201d Earnest said.\"\n"
    )
    earnests = {quote for quote, who in said(text).items() if who == "Ivo Earnest"}
    assert earnests == {"I don't want to talk about the situation"}


def test_a_donor_named_in_a_title_cased_headline_is_the_donor_of_the_story() -> None:
    """'Republican Donor Adelson and Trump May be Aligning on Israel' over 'Top Republican Party
    donor Sheldon Adelson said …': 'Donor' is his role, not a given name of a second Adelson
    (which had left every '…,' Adelson said' to no one), and 'Top' ranks him, no part of the
    party's name."""
    text = (
        "Republican Donor Korvel and Trump May be Aligning on Israel.\n\n"
        "Top Republican Party donor Sheldon Korvel said on Friday he met Donald Trump.\n\n"
        "\u201cWe like a lot of the candidates,\u201d Korvel said.\n"
    )
    assert said(text) == {
        "he met Donald Trump": "Sheldon Korvel",
        "We like a lot of the candidates": "Sheldon Korvel",
    }
    names = [a.name for a in _article_actors(text)]
    assert not any(name.startswith(("Top", "Republican Donor")) for name in names)


@pytest.mark.parametrize(
    "frame",
    [
        "Said moderator Ivana Cordes:",
        "In other words, explained CBS moderator Ivana Cordes:",
        "Added Cordes:",
    ],
)
def test_a_speech_verb_opening_its_sentence_frames_the_quote_after_its_speaker_and_colon(
    frame: str,
) -> None:
    """'In other words, explained CBS moderator Nancy Cordes: "…"' is Cordes's (had gone to no
    one: a verb before its speaker, then a colon); 'Asked whether she was nervous she said:'
    is not an inverted frame, and 'she' speaks."""
    text = (
        "Debate\n\nIvana Cordes moderated the debate on Tuesday.\n\n"
        f'{frame} "What does that have to do with taking big donations?"\n\n'
        'Asked whether she was nervous Lena Marsh said: "It is out of my hands."\n'
    )
    assert said(text) == {
        "What does that have to do with taking big donations?": "Ivana Cordes",
        "It is out of my hands": "Lena Marsh",
    }


def test_a_quotation_mark_typed_the_wrong_way_round_is_read_by_where_it_stands() -> None:
    """'“The reality is, …, that could create new and real problems for her here,“ said Jim
    Clyburn': the second mark, joined to the comma and followed by a space, closes (had
    reopened the quotation, which then ran to the paragraph's end under no one); and a closing
    mark typed where one opens, after a space and before a word ('told the Erie Times-News the
    company appreciates her \u201dwillingness to reach out to us\u201d')."""
    text = (
        "Primary\n\n\u201cThe reality is, if Mrs. Clinton loses Iowa, that could create new "
        "problems for her here,\u201c said Ivo Clyburn, a Democratic congressman.\n\n"
        "Ivo Durbin told the Erie Times-News the company appreciates her \u201dwillingness to "
        "reach out to us about the mistake.\u201d\n"
    )
    assert said(text) == {
        "The reality is, if Mrs. Clinton loses Iowa, that could create new problems for her "
        "here": "Ivo Clyburn",
        "willingness to reach out to us about the mistake": "Ivo Durbin",
    }


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Graham, Republican of South Carolina, said on Sunday that Mr. Trump had crossed "
        "another line.",
        '"Mr. Trump had crossed another line," said Ivo Graham, Democrat from Vermont.',
    ],
)
def test_a_lawmakers_party_and_state_after_the_name_is_his_role(text: str) -> None:
    """'Senator Lindsey Graham, Republican of South Carolina, said': Graham's words and role
    (the aside had been read as a name of its own, 'Republican of South Carolina', that took
    them)."""
    quotes = {q.strip(" ,."): who for q, who in said(f"Report\n\n{text}\n").items()}
    assert quotes == {"Mr. Trump had crossed another line": "Ivo Graham"}
    graham = next(a for a in _article_actors(f"Report\n\n{text}\n") if a.name == "Ivo Graham")
    assert any(role.endswith(("of South Carolina", "from Vermont")) for role in graham.roles)


def test_a_verb_of_manner_closing_its_sentence_with_a_day_after_it_frames_the_quote() -> None:
    """'"If they were serious …," Toomey fumed on Tuesday.': Toomey's (had gone to no one: a
    verb of manner framed only with nothing after it); 'slammed the door on Monday' frames
    nothing."""
    text = (
        "Senate\n\nIvo Toomey spoke on Tuesday.\n\n\u201cIf they were serious about this, they "
        "would have gone to the bill,\u201d Toomey fumed on Tuesday.\n\n"
        'Lena Marsh arrived. "Enough," the guard slammed the door on Monday.\n'
    )
    quotes = said(text)
    assert quotes["If they were serious about this, they would have gone to the bill"] == (
        "Ivo Toomey"
    )
    assert quotes.get("Enough") != "Lena Marsh"


def test_a_participle_after_before_or_after_a_comma_is_the_clauses_subjects() -> None:
    """'"Thank you, son," Cruz replied, before adding that he thinks "children should …"':
    Cruz's (had gone to no one); what a match 'has been billed as' is its billing, no one's
    words."""
    text = (
        "Rally\n\nIvo Cruz spoke on Sunday.\n\n"
        '"Thank you, son," Cruz replied, before adding that he thinks "children should '
        'actually speak with respect."\n\n'
        "Ivo Butra said the charity match, which has been billed as \"Ronaldo's friends "
        "against Zidane's friends\", will go ahead.\n"
    )
    quotes = said(text)
    assert quotes["children should actually speak with respect"] == "Ivo Cruz"
    assert "Ronaldo's friends against Zidane's friends" not in quotes


def test_thanking_or_blaming_someone_for_a_quotation_gives_the_subjects_words() -> None:
    """'Moore thanked him for “stepping up and taking action when Congress won't.”': Moore's
    words (had gone to no one); in the passive ('was thanked for "…"') no one's."""
    text = (
        "Guns\n\nIvana Moore spoke on Tuesday.\n\nMoore thanked him for \u201cstepping up and "
        "taking action when Congress won\u2019t.\u201d Police blamed the driver for "
        '"reckless behaviour on the road." The coach was thanked for "incredible support."\n'
    )
    quotes = said(text)
    assert quotes["stepping up and taking action when Congress won\u2019t"] == "Ivana Moore"
    assert quotes.get("incredible support") is None


def test_a_surname_right_after_a_relative_named_in_full_is_neither_of_two() -> None:
    """'Tony Varro has spent 19 seasons with the team.' … 'His son, T.J. Varro, … said he was
    excited his father had a chance.' ⏎ '"My dad is ready," Varro said.': the son just named,
    or the father the story is about; the words are no one's rather than the father's."""
    text = (
        "Coach\n\nAssistant general manager Tony Varro was appointed coach. Varro has spent 19 "
        "seasons with the team. He was promoted in 2003. His son, T.J. Varro, is a guard for "
        "Temple and he said after the win that he was excited his father had a chance.\n"
        '"My dad is ready to step in," Varro said.\n'
    )
    assert said(text).get("My dad is ready to step in") is None


@pytest.mark.parametrize(
    "frame",
    [
        "another brother, Ivo Marsh, of Tarrow, said",
        "his brother, Ivo Marsh, said",
        "Ivo Marsh, of Tarrow, said",
    ],
)
def test_a_closing_said_after_the_speakers_asides_is_his(frame: str) -> None:
    text = f"Family\n\nThe family moved around the country from Orlen to Tarrow, {frame}.\n"
    (position,) = _positions(text)
    assert position.actor == "Ivo Marsh"
    assert position.evidence[0].quote == "The family moved around the country from Orlen to Tarrow"


def test_a_title_apposed_to_a_name_before_a_closing_said_speaks_for_no_one_new() -> None:
    text = (
        "Trade\n\n\u201cThe union has no single customs office,\u201d a statement issued on "
        "behalf of Ivo Marsh, Amaran Trade Representative, said.\n"
    )
    assert [p.actor for p in _positions(text)] != ["Amaran Trade Representative"]


def test_the_brother_after_another_brother_is_the_one_just_named() -> None:
    text = (
        "Family\n\n\u201cHe was a gambler,\u201d his brother, Eric Marsh, told reporters.\n"
        "They moved often, another brother, Ivo Marsh, said. Nobody saw violence in him, the "
        "brother said.\n"
        "Eric Marsh said he was shocked by the news. The brother told a radio station that he "
        "knew about the guns.\n"
        "\u201cWhere did he get such weapons?\u201d the brother said.\n"
    )
    speakers = {p.evidence[0].quote: p.actor for p in _positions(text)}
    assert speakers["Nobody saw violence in him"] == "Ivo Marsh"
    assert speakers["Where did he get such weapons?"] == "Eric Marsh"


def test_the_company_after_another_company_is_not_the_one_company_named() -> None:
    text = (
        "Cars\n\nMarsh founded the Tunnel Company in 2016.\n"
        "He is exploring a link through another company he has launched.\n"
        "The company said it ranked near the bottom of a reliability survey.\n"
    )
    assert [p.actor for p in _positions(text)] == []


@pytest.mark.parametrize(
    "speaker",
    [
        "The family of footballing great Ivo Marsh",
        "A spokesperson for Amara's Ivo Marsh",
        "Lawyers for former striker Ivo Marsh",
    ],
)
def test_those_who_speak_for_a_described_person_are_not_that_person(speaker: str) -> None:
    text = f"Papers\n\n{speaker} said the revelations showed no wrongdoing by anyone.\n"
    assert "Ivo Marsh" not in [p.actor for p in _positions(text)]


@pytest.mark.parametrize(
    "title",
    ["Liberal Democrat spokeswoman for women", "director of rugby", "Shadow spokesman for sport"],
)
def test_a_title_with_for_or_of_before_a_name_leaves_its_holder_the_speaker(title: str) -> None:
    text = f'Pay\n\n{title} Ivo Marsh said: "Mothers would welcome any extra pay."\n'
    assert [p.actor for p in _positions(text)] == ["Ivo Marsh"]


def test_words_the_writer_imagines_someone_saying_are_no_ones() -> None:
    text = (
        "Media\n\nIvo Marsh writes for a paper. When Marsh stands in line for his pay, I wonder "
        'if he says to the clerk: "Pay me for an article I allegedly wrote."\n'
    )
    assert [p.actor for p in _positions(text)] == []


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        (
            "Tait impressed on Saturday, even if coach Ivo Marsh admitted Cardiff was an "
            '"unforgiving place" for him.',
            "Ivo Marsh",
        ),
        (
            'When asked if it would be Tarrow if he returned Ivo Marsh said: "I have not '
            'given it much thought."',
            "Ivo Marsh",
        ),
    ],
)
def test_an_if_that_supposes_nothing_keeps_the_speaker(line: str, speaker: str) -> None:
    assert [p.actor for p in _positions(f"Rugby\n\n{line}\n")] == [speaker]


def test_a_verb_in_a_clause_after_a_quoted_term_is_no_frame_for_it() -> None:
    text = (
        "China\n\nPresident Ivo Mark spoke on Monday.\n"
        "The disclosures tell of the wealth of the party\u2019s \u201cRed Nobility,\u201d a topic "
        "that\u2019s sensitive as Mark urges his comrades to tackle corruption.\n"
    )
    assert "Red Nobility" not in said(text)


def test_quoted_as_saying_after_a_quotation_still_frames_it() -> None:
    text = (
        "Quake\n\n\u201cTwo people were hurt but their condition is good,\u201d Governor Ivo "
        "Mark was quoted as saying.\n"
    )
    assert said(text)["Two people were hurt but their condition is good"] == "Ivo Mark"


def test_a_body_named_only_inside_someones_words_is_not_the_reporters_the_body() -> None:
    text = (
        "Release\n\n\u201cThe release of the girls is the outcome of talks brokered by the "
        "Swiss government,\u201d Ivo Marsh, a spokesman for the president, said on Thursday.\n"
        "The girls were released around 5:30 a.m. on Thursday, the government said.\n"
    )
    speakers = {p.evidence[0].quote: p.actor for p in _positions(text)}
    assert speakers.get("The girls were released around 5:30 a.m. on Thursday") != (
        "Swiss government"
    )


def test_a_body_named_in_the_story_and_in_its_own_words_is_the_body() -> None:
    text = (
        "Carmaker\n\nTarrow Motors sold 2.4 million cars last year.\n"
        "Sales rose in Turkey, Russia and North Africa.\n"
        "Its partner Orlen Cars contributed 1.7bn euros in income.\n"
        "Tarrow Motors said the outlook for the industry was stable.\n"
        "The firm will launch a new model this year.\n"
        "\u201cIn a sluggish market, Tarrow Motors intends to grow its sales,\u201d the company "
        "said.\n"
    )
    assert said(text)["In a sluggish market, Tarrow Motors intends to grow its sales"] == (
        "Tarrow Motors"
    )


def test_a_verbs_object_before_a_comma_and_the_subject_is_not_the_subject() -> None:
    text = (
        "Film\n\nDirector Ivo Mark spoke to a trade paper about actress Ana Vale.\n"
        "As for the scene in which Mark was choking Vale, the director told the paper it was "
        "the actress\u2019 idea.\n"
    )
    assert "Ana Vale" not in [p.actor for p in _positions(text)]


def test_the_company_after_a_platform_named_is_not_the_other_company() -> None:
    """'He has since run Telegram from Dubai. On its website, the company said …': Telegram is
    a company too, though a platform's name makes it no actor; the words had gone to Apple."""
    text = (
        "Apps\n\nTelegram's founder said Apple removed the apps from its store. In general, "
        "Apple's rules bar offensive apps, the company says. Then Apple confirmed it.\n"
        "Ivo Tamm fled Amara in 2014. He has since run Telegram from Dubai. On its website, the "
        'company said it is "ready to relocate again if local regulations change."\n'
    )
    assert said(text).get("ready to relocate again if local regulations change") is None


def test_the_member_for_a_seat_is_not_the_seat() -> None:
    """'The Glasgow Kelvin MP, who was expelled from Labour, accused Ms King of being a "New
    Labour stooge"': the words had gone to Glasgow Kelvin, his seat."""
    text = (
        "Vote\n\nIvo Tamm will stand against Ann Vale. The Amara Kelvin MP, who was expelled "
        'from his party, accused Ms Vale of being a "party stooge".\n'
    )
    assert said(text).get("party stooge") in (None, "Ivo Tamm")


def test_a_speech_verb_closing_a_relative_clause_frames_nothing_after_it() -> None:
    """'Davey said instead of the "bonfire of quangos" New Labour had promised, there had been
    an "explosion" of them': Davey's words; New Labour's promise ends at its comma."""
    text = (
        'Report\n\nParty spokesman Ivo Tamm said instead of the "bonfire of rules" the Amara '
        'Party had promised, there had been an "explosion" of them.\n'
    )
    assert said(text).get("explosion") in (None, "Ivo Tamm")


def test_it_said_after_two_bodies_named_is_neither() -> None:
    """'After announcing its decision to erase France and Germany from its list, the EU said
    …' ⏎ '"…," it said in a statement': the words had gone to Germany, the one of the three
    then counted as acting. A body named only as a kind or a place ('the UK housing market')
    still leaves 'it' to the one named acting."""
    text = (
        "Deficits\n\nThe EC has called a truce with France and Germany. Germany vowed to cut "
        "its deficit.\nAfter announcing its decision to erase France and Germany from its list, "
        'the EU said the lag meant 2005 should be the target. "The two appear to be on track," '
        "it said in a statement.\n"
    )
    assert said(text).get("The two appear to be on track") in (None, "EU")
    text = (
        "Housing\n\nVale Homes cut prices. Vale Homes said the UK housing market had proved "
        '"challenging". "By late summer, the market had slowed," it added.\n'
    )
    assert said(text).get("By late summer, the market had slowed") == "Vale Homes"


def test_who_after_a_country_is_not_the_country() -> None:
    """'Princess Marguerite of Romania, the eldest daughter of ex-King Michael of Romania,
    who said a relationship with him was "politics, politics, politics"': the words had gone
    to Romania."""
    text = (
        "Profile\n\nThis was underlined by a comment by his former girlfriend, Princess Ana of "
        "Amara, the eldest daughter of ex-King Ivo of Romania, who said a relationship with him "
        'was "politics, politics, politics".\n'
    )
    assert said(text).get("politics, politics, politics") in (None, "Ana of Amara")


def test_a_name_before_a_noun_is_no_clauses_subject() -> None:
    """'… the European Court of Justice, which ruled EU countries could not put the pact "in
    abeyance", and confirmed the right to launch "excessive debt procedures"': the court's
    ruling, which had been filed under the EU."""
    text = (
        "Report\n\nThe commission then took the pair to the Amara Court of Justice, which ruled "
        'EU countries could not put the pact "in abeyance", and confirmed the right to launch '
        '"excessive debt procedures".\n'
    )
    assert said(text).get("excessive debt procedures") is None


def test_a_role_before_a_named_subject_is_that_persons_not_its_last_holders() -> None:
    """'The head of the Israeli Labor Party, Yitzhak Herzog, voiced opposition …, calling it
    "…"' after 'Zahava Gal-On, the head of the Meretz party, called …': the words had gone to
    Gal-On, the last head named; the name between the commas is the subject."""
    text = (
        'Vote\n\nRina Kovac, the head of the Amara party, called the vote "reckless."\n'
        "The head of the Tovar Party, Ivo Tamm, voiced opposition to the decision, calling it "
        '"a costly mistake" for the region.\n'
    )
    assert said(text) == {"reckless": "Rina Kovac", "a costly mistake": "Ivo Tamm"}


def test_a_person_of_a_described_party_is_the_speaker() -> None:
    """'"…," Ilan Gilon of the Meretz party said': the person the party's description
    qualifies speaks, as 'Larry Kroon of the Wasilla Bible Church said'."""
    text = 'Vote\n\n"The plan is dead," Ivo Tamm of the Amara party said.\n'
    assert said(text) == {"The plan is dead": "Ivo Tamm"}


def test_an_object_pronoun_after_someone_unnamed_is_not_the_speakers() -> None:
    """'The director of public prosecutions, Ken Macdonald, says … a warehouse manager who had
    waited for a burglar, tied him up, beat him …, he said': 'him' had been Macdonald."""
    text = (
        "Burglars\n\nThe chief prosecutor, Ivo Tamm, says few householders are charged. One "
        "case was a farmer who had waited for a thief, tied him up and beat him, he said.\n"
    )
    (tamm,) = [a for a in _article_actors(text) if a.name == "Ivo Tamm"]
    words = [e.quote for e in tamm.evidence]
    assert "him" not in words
    assert "he" in words


def test_a_member_of_knessets_title_is_no_part_of_her_name() -> None:
    """'MK Tzipi Livni said': MK (Member of Knesset) is a title like MP; 'MK Dons' is a club."""
    text = (
        "Vote\n\nMK Dana Levin said the decision was wrong.\n"
        "MK Dons beat Leeds 2-0 on Saturday, and MK Dons manager Karl Robins said it was great.\n"
    )
    kinds = {a.name: a.kind for a in _article_actors(text)}
    assert kinds.get("Dana Levin") == "person"
    assert "MK Dana Levin" not in kinds
    assert kinds.get("MK Dons") == "organization"


def test_a_frame_stops_where_another_statements_frame_begins() -> None:
    """'Eldar Murtazin told Tech Radar that the S9 is 'likely' to have modular capabilities,
    although he added that 'this option is not approved.'': the addition had been shown twice,
    inside the first position's words and as its own."""
    text = (
        'Phones\n\nIvo Tamm told the Amara Herald that the plan is "likely" to pass, although '
        'he added that "nothing is approved yet."\n'
    )
    stances = [p.stance for p in _positions(text) if p.actor == "Ivo Tamm"]
    assert len(stances) == 2
    assert sum("nothing is approved yet" in s for s in stances) == 1
    assert any(s.endswith("to pass") for s in stances)


def test_a_short_quotation_naming_who_claims_is_a_term() -> None:
    """ "According to Tech Radar, 'industry sources' claim …" had given Tech Radar the
    position "According to Tech Radar, 'industry sources": words naming sources, said by no one."""
    text = (
        "Phones\n\nAccording to Amara Radar, 'industry sources' claim Westmarch is working on a "
        "rear camera that can shoot at 1,000 frames a second.\n"
    )
    assert "industry sources" not in said(text)


def test_a_trailing_pronoun_is_the_one_the_sentence_opened_on_saying_it() -> None:
    """'"He was unresponsive," Muntz said.' ⏎ 'Dr. David Cech, the second surgeon …, said by
    the time he arrived, Dauer was in a coma, "almost brain dead," he said.': Cech's words had
    gone to Muntz, the last speaker."""
    text = (
        "Surgery\n\nRay Dauer was joined at the hospital by Dr. Ivo Muntz, a physician.\n"
        '"He was unresponsive, just a disaster," Muntz said.\n'
        "Dr. Karl Cech, the second surgeon to get to the operating room, said by the time he "
        'arrived, Dauer was in a coma, "almost brain dead," he said.\n'
    )
    assert said(text)["almost brain dead"] in (None, "Karl Cech")
    assert said(text)["He was unresponsive, just a disaster"] == "Ivo Muntz"


def test_telling_someone_to_do_something_frames_nothing_before_it() -> None:
    """'After stumbling the trainer Jeremiah Randall assumed Dauer was simply dehydrated but the
    team physician, Dr David Lintner, told him to take the coach to Houston Methodist' had
    made the start of the sentence Lintner's words."""
    text = (
        "Coach\n\nAfter the fall the trainer Ivo Tamm assumed the coach was simply dehydrated "
        "but the team physician, Dr Karl Lintner, told him to take the coach to the hospital "
        "just in case.\n"
    )
    assert not [p for p in _positions(text) if p.actor == "Karl Lintner"]


def test_he_after_someone_described_saying_something_is_not_a_man_named_before() -> None:
    """'… before the captain came back on the intercom and said: "…"' ⏎ '"…," he
    announced': the captain goes on (unnamed), not Ivo Tamm, whom the sentence is about
    (a passenger had been given the captain's announcement)."""
    text = (
        "Bird\n\nAna Perry said the flight was late.\n"
        "For Ivo Tamm, a traveling DJ, it felt as if they had been flying for an hour before "
        "the captain came back on the intercom and said: \u201cThe bird is back.\u201d\n"
        "\u201cThe bird is flying around the cockpit,\u201d he announced, as Perry recalled it.\n"
    )
    assert said(text).get("The bird is flying around the cockpit") is None


def test_a_spokesman_of_a_body_called_by_its_first_word_speaks_for_it() -> None:
    """'the Quilla spokesman said in a statement', in an article naming Quilla Air Lines: the
    airline's words (they had been left unattributed); not where two bodies open so, nor
    where the word is a nationality ('Israeli officials' had become the Israeli government's)."""
    text = (
        "Bird\n\nA Quilla Air Lines spokesman referred to it as a stowaway.\n"
        "\u201cOut of caution, the captain returned,\u201d the Quilla spokesman said in a "
        "statement.\n"
    )
    assert said(text).get("Out of caution, the captain returned") == "Quilla Air Lines"
    two = text.replace("stowaway.", "stowaway, as did Quilla Bank.")
    assert said(two).get("Out of caution, the captain returned") is None
    national = text.replace("Quilla", "Israeli")  # someone of Israel's, not the airline's
    assert said(national).get("Out of caution, the captain returned") is None


def test_a_quotation_naming_another_of_the_speakers_family_is_still_the_speakers() -> None:
    """'Lis … wrote: "Ivo Lis Warren 12/31/17.' (her son, named in full) ⏎ '"Best gift
    ever!' ⏎ '"We feel so blessed."': a quotation naming someone else who bears her surname
    is hers (and after 'wrote:' no work's title), and so is the rest of it over the next
    paragraphs (all three had been left to no one)."""
    text = (
        "Baby\n\nAna Lis has given birth to a boy.\n"
        'Lis shared a picture on Instagram and wrote: "Ivo Lis Warren 12/31/17.\n'
        '"Best gift ever!\n"We feel so blessed."\nThe couple have two daughters.\n'
    )
    quotes = said(text)
    assert quotes.get("Best gift ever!") == "Ana Lis"
    assert quotes.get("We feel so blessed") == "Ana Lis"
    assert said('Report\n\nAna Lis spoke.\n"Mrs Lis was right," she said.\n') == {}


def test_a_surname_that_names_a_network_is_the_person_named_in_full() -> None:
    """'Ivo Fox' then '"…," Fox said in a statement': Fox is his surname here, not the
    network (his words had been left to no one, and 'Fox' to no actor)."""
    text = (
        "Coach\n\nThe Gulls fired coach Ivo Fox on Monday.\n"
        '"Thank you to all the players," Fox said in a statement released by the team.\n'
    )
    assert said(text).get("Thank you to all the players") == "Ivo Fox"


def test_a_quotation_a_letter_begins_is_not_the_last_speakers() -> None:
    """'"…," the letter began.' after 'Tamm announced his retirement in an open letter …,
    one day after Lis said she was leaving': the letter frames it, not Lis, who spoke
    last (Palmer's letter had been given to his coach)."""
    text = (
        "Retire\n\nCoach Ana Lis once said she and quarterback Ivo Tamm would ride away "
        "together.\nWell, they have.\nTamm announced his retirement after 15 seasons on "
        "Tuesday in an open letter released by Gulls, one day after Lis said she was leaving "
        "her long coaching career.\n\u201cOver the years, I had teammates who decided to hang "
        "it up,\u201d the letter began. \u201cThe answer was almost always the same.\u201d\n"
    )
    assert said(text).get("Over the years, I had teammates who decided to hang it up") is None


def test_a_given_name_with_a_role_is_the_one_person_so_named() -> None:
    """'US comedian Sarah … said: "…"' after 'Sarah Silverman': her given name (she had been
    a second actor, 'Sarah', holding her words); not 'Prince Ivo' beside the party leader
    Ivo Tamm, nor a word many bear as a surname."""
    text = (
        "Split\n\nAna Vale and Ivo Tamm have split.\n"
        "US comedian Ana said: \u201cWe just live in different countries.\u201d\n"
    )
    assert said(text).get("We just live in different countries") == "Ana Vale"
    prince = (
        "Wedding\n\nIvo Tamm, the party leader, sent his wishes.\n"
        "Prince Ivo said: \u201cWe are absolutely delighted.\u201d\n"
    )
    assert said(prince).get("We are absolutely delighted") != "Ivo Tamm"


def test_a_caption_naming_a_firm_before_its_prose_is_the_firm_twice() -> None:
    """'Veltrix Veltrix holds data on 800 million people' (a picture's caption 'Veltrix' run
    into its text): the firm twice, not a person 'Veltrix Veltrix' who takes the firm's
    mentions, so 'The firm said' goes to the firm (its president's employer, not a place),
    not to a client named after it; a band called by one word twice stays one name."""
    text = (
        "Breach\n\nVeltrix admitted the data of 400,000 customers had been accessed.\n"
        "Veltrix Veltrix holds data on 800 million people\n"
        "Many victims do not know the company, which serves Orbis Bank and Polar Gas.\n"
        'Veltrix said it would do "all that it can" for those affected.\n'
        'Ana Vale, President at Veltrix, said: "We apologise."\n'
        'The firm said it was "in dialogue with the regulator".\n'
    )
    assert said(text).get("in dialogue with the regulator") == "Veltrix"
    assert [a.name for a in _article_actors(text) if "Veltrix" in a.name] == ["Veltrix"]
    band = "Tour\n\nDuran Duran will tour in May, the band said on Monday.\n"
    assert "Duran Duran" in [a.name for a in _article_actors(band)]


def test_a_name_taking_a_plural_verb_is_a_body_not_a_person() -> None:
    """'Saltmere Tramlink have confirmed …' (a town before a coined word, which also reads as a
    given name and a surname): a name that opens its clause with 'have' or 'are' is a body or a
    band, as 'Nato have'; no one person takes a plural verb ('Ana Vale and Ivo Tamm have':
    the verb is both people's)."""
    text = (
        "Crash\n\nSaltmere Tramlink have confirmed that no services are operating.\n"
        "Ana Vale and Ivo Tamm have said they are shocked.\n"
    )
    kinds = {a.name: a.kind for a in _article_actors(text)}
    assert kinds.get("Saltmere Tramlink") == "organization"
    assert kinds.get("Ana Vale") == kinds.get("Ivo Tamm") == "person"


def test_words_in_a_with_clause_are_its_subjects_not_the_sentences() -> None:
    """'The Saltmere Cup descended into farce … with some drivers, including Ivo Tamm,
    claiming conditions were "fine"': the drivers claim it, not the race the sentence is
    about (the race had been given the word)."""
    text = (
        "Race\n\nThe Saltmere Cup descended into farce when it was stopped for a second time "
        "in the 28th lap with some drivers, including eventual winner Ivo Tamm, claiming "
        'conditions were "fine".\n'
    )
    assert said(text).get("fine") != "Saltmere Cup"


def test_a_person_then_their_team_in_a_headline_are_two_names() -> None:
    """'… after dramatic Ivo Tamm Veltrix crash' where the text names 'Veltrix's Ivo Tamm':
    the driver, then his team, not a third name 'Ivo Tamm Veltrix' (the driver had been two
    actors across the coverage)."""
    text = (
        "Grand Prix red-flagged after dramatic Ivo Tamm Veltrix crash\n\n"
        "Racing resumed but Veltrix's Ivo Tamm spun and crashed into the wall.\n"
        "Veltrix said the car was badly damaged.\n"
    )
    names = [a.name for a in _article_actors(text)]
    assert "Ivo Tamm Veltrix" not in names
    assert "Ivo Tamm" in names


def test_a_pronoun_after_a_caption_line_is_not_the_captions_subject() -> None:
    """A picture's caption run between paragraphs ('Ivo Tamm (center in the black hat) was
    another of the famous fans …', a long line with no stop) ⏎ "'…,' he said.": the caption
    is no narrative; its subject is not the 'he' of the next paragraph."""
    text = (
        "Final\n\nThe Gulls won the title on Wednesday night in Saltmere.\n"
        "Ivo Tamm (center in the black hat) was another one of the famous Gulls fans to make "
        "the trip to Saltmere for the historic game\n"
        "'I just had to remind everybody who we are,' he said.\n"
    )
    assert said(text).get("I just had to remind everybody who we are") is None


def test_an_aged_description_is_not_a_role_holder_named_long_before() -> None:
    """'Comedian Ana Vale …' early on, then 'Long-time fan Ivo Tamm tweeted his congratulations.
    "…!" the 87-year-old comedian wrote': the age describes the man just named, not the one
    comedian named paragraphs before (her words had been his)."""
    filler = "".join(f"The Gulls scored in the {n}th minute.\n" for n in range(10, 16))
    text = (
        "Final\n\nComedian Ana Vale and singer Lena Holt supported the Gulls on Wednesday.\n"
        + filler
        + "Long-time Gulls fan Ivo Tamm tweeted his congratulations to the team. "
        "'The goat is dead!!' the 87-year-old comedian wrote.\n"
    )
    assert said(text).get("The goat is dead!!") != "Ana Vale"


def test_one_quoted_letter_is_a_label_not_anyones_words() -> None:
    """'"…," said Ana Vale, 25, as she waved a "W" flag': the letter names the flag; her
    statement is the sentence before, not 'W' (a position had shown "W" as her words)."""
    text = 'Final\n\n"This game is for her," said Ana Vale, 25, as she waved a "W" flag.\n'
    assert "W" not in said(text)
    assert said(text).get("This game is for her") == "Ana Vale"


def test_a_name_before_a_model_number_is_a_product_not_a_person() -> None:
    """'three Zentrix Falcon 9 rockets strapped together': a maker and its model, numbered,
    not a person 'Zentrix Falcon' who then took the maker's name and statement."""
    text = (
        "Launch\n\nZentrix is set to launch its most powerful rocket.\n"
        "The rocket looks like three Zentrix Falcon 9 rockets strapped together.\n"
        '"The side cores will return to land," Zentrix confirmed.\n'
    )
    assert said(text).get("The side cores will return to land") == "Zentrix"


def test_a_given_name_many_bear_as_a_surname_is_the_one_so_named_in_full() -> None:
    """'British actor Michael, 49, …' after 'Michael Tamm' (Michael is also a common surname):
    the one Michael of the article when no one there bears it as a surname (he had been a
    second actor, 'Michael', holding three of his statements)."""
    text = (
        "Split\n\nMichael Tamm and Ana Vale have split.\n"
        "Ana started dating British actor Michael, 49, following his split with Kate Lis.\n"
        "Michael recently revealed he was quitting Hollywood.\n"
        "The actor claimed he could bring people together \u201cwho would not normally sit "
        "there\u201d.\n"
    )
    assert said(text).get("who would not normally sit there") == "Michael Tamm"
    assert "Michael" not in [a.name for a in _article_actors(text)]
    mister = (
        "Axed\n\nSacked MP Howard Lis will not stand.\n"
        "At a news conference, Mr Howard insisted he had played by the rules.\n"
        "Mr Howard said: \u201cWe do not say one thing in private.\u201d\n"
    )
    assert said(mister).get("We do not say one thing in private") != "Howard Lis"


def test_a_korean_given_name_of_english_syllables_stays_in_the_name() -> None:
    """'"…," Lee Ju-ho, the minister of education, said': 'Ju' and 'ho' are English words
    too, but after a Korean family name they are his given name (he had been 'Lee')."""
    text = 'Launch\n\n"The satellite entered orbit," Lee Ju-ho, the minister of education, said.\n'
    assert said(text).get("The satellite entered orbit") == "Lee Ju-ho"


def test_a_pictures_credit_is_no_part_of_the_name_it_touches() -> None:
    """'Getty Images Tamm sits down whilst the race was suspended' and a gallery's '… outside
    number 10 Downing Street Getty' ⏎ '12/34 …': the agency's credit, then the caption (or
    the caption, then its credit); no person 'Getty Images Tamm' apart from Ivo Tamm, nor
    'Downing Street Getty'."""
    text = (
        "Race\n\nIvo Tamm crashed out on lap 47.\n"
        "Getty Images The driver is retiring at the end of the season\n"
        "Getty Images Tamm sits down whilst the race was suspended due to heavy rain\n"
        "Getty Images Tamm cries as he heads down the pit lane Getty Images The Gulls driver is "
        "given a guard of honour by his rival teams\n"
        "Tamm said: \u201cIt's difficult to explain the feeling.\u201d\n"
        "Ana Vale greets Lena Holt outside number 10 Downing Street Getty\n"
        "12/34 19 November 2017 Lena Holt leaves Downing Street AP\n"
    )
    names = [a.name for a in _article_actors(text)]
    assert not any("Getty" in name or name.endswith(" AP") for name in names)
    assert said(text).get("It's difficult to explain the feeling") == "Ivo Tamm"


def test_a_name_a_subjects_preposition_governs_is_not_the_speaker() -> None:
    """'A report on Ivo Tamm warns that he "could be fired"', 'Public announcement on Japan's
    Hokkaido warns residents they "could be hit"': what the report or announcement is about,
    not who speaks (the island had been given the warning)."""
    text = (
        'Warning\n\nA report on Ivo Tamm warns that he "could be fired" next week.\n'
        'Public announcement on Japan\'s Saltmere warns residents they "could be hit" by a '
        "missile.\n"
    )
    found = said(text)
    assert found.get("could be fired") != "Ivo Tamm"
    assert found.get("could be hit") != "Saltmere"


def test_a_family_named_after_someone_is_not_that_person() -> None:
    """'"We will appeal," the Tamm family said.' after 'Ivo Tamm died': the family speaks,
    not the dead man ('family' ends in -ly, and had been passed over as an adverb)."""
    text = 'Story\n\nIvo Tamm died on Monday.\n"We will appeal," the Tamm family said.\n'
    assert said(text).get("We will appeal") != "Ivo Tamm"
    reportedly = 'Story\n\nIvo Tamm lost on Monday.\n"We will appeal," Tamm reportedly said.\n'
    assert said(reportedly).get("We will appeal") == "Ivo Tamm"
    both = (
        "Story\n\nIvo Tamm was banned.\n"
        'The player himself and his captain Ana Vale have both said that the clash was "an '
        'accident".\n'
    )
    assert said(both).get("an accident") != "Ana Vale"


def test_a_family_name_alone_is_the_one_so_named_before_it() -> None:
    """'Kim' after 'Kim Jong Un' and before 'Kim Dong-yup' is introduced: the Kim named so far
    (a surname alone refers back; the analyst introduced later had made it no one's)."""
    text = (
        "Launch\n\nNorth Korean leader Kim Jong Un watched the launch on Tuesday.\n"
        'Kim was quoted as saying: "This is the first step of our operations."\n'
        "Kim Dong-yup, an analyst at Kyungnam University, said the launch was a test.\n"
    )
    assert said(text).get("This is the first step of our operations") == "Kim Jong Un"


def test_a_clubs_name_without_its_town_is_the_club() -> None:
    """'Forest accepted an offer' after 'Nottingham Forest have confirmed …': a body named by a
    town and a word is called by the word alone (as 'the Red Sox' are the Boston Red Sox)."""
    text = (
        "Bid\n\nBristol Forest have confirmed they have received a bid for Ivo Tamm.\n"
        "Tamm rejected a move after Forest accepted a cash offer.\n"
    )
    forest = [a for a in _article_actors(text) if a.name == "Bristol Forest"]
    assert forest
    assert "Forest" in [e.quote for e in forest[0].evidence]


def test_a_titled_surname_before_of_and_a_country_is_the_person_alone() -> None:
    """'President Varga of Westmarch has said …', later 'General Varga': one man, not an actor
    'Varga of Westmarch' beside an actor 'Varga' ('of' continues a body's name, 'Bank of
    Saltmere', not a titled person's)."""
    text = (
        "Visit\n\nHiding away is a backward view, President Varga of Westmarch has said.\n"
        '"My wife is travelling around," said General Varga.\n'
    )
    names = [a.name for a in _article_actors(text)]
    assert "Varga" in names
    assert not [n for n in names if "of Westmarch" in n]
    town = 'Suit\n\nIvo Tamm sued the store.\n"It must go," said Mr Tamm of Leeds on Monday.\n'
    extraction = extract_offline(Article(id=1, path="a.txt", text=town))
    assert [a.name for a in extraction.actors] == ["Ivo Tamm"]
    assert not extraction.also_named  # Leeds is where he lives: no one another article names
    bank = "Talks\n\nThe Bank of Saltmere said rates would rise.\n"
    assert "Bank of Saltmere" in [a.name for a in _article_actors(bank)]


def test_a_description_headed_by_what_a_named_body_is_is_that_body() -> None:
    """'The Paris-based IEA watchdog said …' after 'The International Energy Agency (IEA)': the
    agency itself, not another, unnamed actor 'Paris-based IEA watchdog'; but 'the Kestrel
    board' is a part of Kestrel, someone else."""
    text = (
        "Oil\n\nThe International Energy Agency (IEA) warned demand would outstrip supply.\n"
        "The Paris-based IEA watchdog said the revision was due to stronger demand.\n"
    )
    actors = _article_actors(text)
    assert not [a for a in actors if "watchdog" in a.name]
    agency = [a for a in actors if a.name == "International Energy Agency"]
    assert agency
    assert "The Paris-based IEA watchdog" in [e.quote for e in agency[0].evidence]
    board = (
        "Vote\n\nKestrel Holdings warned of losses on Monday.\n"
        "The Kestrel board said the plan was dead.\n"
    )
    kestrel = [a for a in _article_actors(board) if a.name == "Kestrel Holdings"]
    assert kestrel
    assert not [e for e in kestrel[0].evidence if "board" in e.quote]


def test_a_name_in_the_words_before_a_quote_closed_by_a_comma_is_spoken_of() -> None:
    """'The changes proposed by Lord Vale were a "complex undertaking", he said.' after Lord
    Tamm spoke: the words leading into the quotation are the speaker's, Vale is spoken of (as
    with the comma inside the marks, American style, already)."""
    text = (
        "Bill\n\n"
        'The minister, Lord Tamm, agreed the act was unfair but added that "for all practical '
        'purposes its effects are limited".\n'
        'The changes proposed by Lord Vale were a "complex undertaking raising major issues", '
        "he said.\n"
    )
    found = said(text)
    assert found.get("for all practical purposes its effects are limited") == "Tamm"
    assert found.get("complex undertaking raising major issues") == "Tamm"


def test_a_description_before_a_styled_name_is_that_person() -> None:
    """'The minister, Lord Tamm, said …', 'The minister, Mr Tamm, said …': the description in
    apposition is the man named, not another, unnamed actor 'the minister' (as with 'The
    minister, Ivo Tamm,')."""
    for name in ("Lord Tamm", "Mr Tamm", "Dame Ana Tamm"):
        text = f'Bill\n\nThe minister, {name}, said that "its effects are limited for now".\n'
        actors = _article_actors(text)
        assert [a.name for a in actors] == [name.split(" ", 1)[1]]
        assert "The minister" in [e.quote for e in actors[0].evidence]


def test_a_body_acting_by_a_past_that_is_also_a_noun_is_an_actor() -> None:
    """'Norvik Holdings cut 300 jobs on Monday.' ⏎ '"…," the company said.': 'cut' with its
    object is the firm's act, so the firm is the article's one company and speaks; had been
    read as a noun the name qualifies ('the Norvik cut'), no actor, and the quote no one's."""
    text = (
        "Story\n\nNorvik Holdings cut 300 jobs on Monday.\n\n"
        '"The plan will not work this winter," the company said.\n'
    )
    assert said(text).get("The plan will not work this winter") == "Norvik Holdings"
    noun = "Story\n\nThe Norvik Holdings cut was deep, analysts said.\n"
    assert "Norvik Holdings" not in [a.name for a in _article_actors(noun)]


def test_an_occasion_named_with_a_bodys_words_is_no_actor() -> None:
    """'the annual Consumer Electronics Show (CES)': 'Electronics' is a company's word, but
    the name's last word makes it a show, no one acting (later 'CES' is its short name)."""
    text = (
        "Fair\n\nThousands of experts have gathered for the annual Consumer Electronics Show "
        "(CES).\nThe CES is expected to draw 130,000 visitors this week.\n"
    )
    assert not [a for a in _article_actors(text) if "Show" in a.name or a.name == "CES"]
    league = "Deal\n\nThe Big East Conference said on Monday it would add Kestrel University.\n"
    assert "Big East Conference" in [a.name for a in _article_actors(league)]  # a body


def test_a_state_and_a_plural_word_is_a_team() -> None:
    """'Arizona Kestrels coach Ivo Tamm retired. The Kestrels thanked him.': a state's name
    is seldom a first name before a plural word, so the team is a body that acts, and 'him'
    is the coach, not a man called 'Arizona Kestrels'; 'Georgia Rivers' (a surname after
    the state's name) stays a woman."""
    text = (
        "Story\n\nArizona Kestrels coach Ivo Tamm retired on Monday. The Kestrels thanked him.\n"
        "The Arizona Kestrels said the search would start at once.\n"
    )
    actors = {a.name: a for a in _article_actors(text)}
    assert actors["Arizona Kestrels"].kind == "organization"
    assert "him" in [e.quote for e in actors["Ivo Tamm"].evidence]
    person = "Story\n\nGeorgia Rivers said no on Monday.\n"
    assert [(a.name, a.kind) for a in _article_actors(person)] == [("Georgia Rivers", "person")]


def test_a_name_whose_shares_are_traded_is_a_company() -> None:
    """'Shares in Elan and Norvik Idec plunged': a name whose shares, stock or stake the text
    names is a company, however its words read (two words no list knows had made a person of
    it, and '"…," the firm said' no one's); not the owner of 'a stake in Ivo Tamm's firm'."""
    text = (
        "Story\n\nShares in Elan and Norvik Idec plunged on Monday.\n"
        '"We will review the data," the firm said.\n'
    )
    actors = {a.name: a for a in _article_actors(text)}
    assert actors["Norvik Idec"].kind == "organization"
    owner = "Story\n\nKestrel bought a stake in Ivo Tamm's firm, Tamm said on Monday.\n"
    assert [a.kind for a in _article_actors(owner) if a.name == "Ivo Tamm"] == ["person"]


def test_a_speech_verbs_form_after_a_preposition_and_a_bare_noun_is_a_plural_noun() -> None:
    """'co-operation with member states and the office, with the figures giving a "good
    overview"': 'member' after 'with' is the preposition's object, no subject, so 'states' is
    a plural noun; it had made 'the member' the partial quotation's speaker (no one), and the
    man who added all this lost his words."""
    text = (
        "Story\n\nIvo Tamm spoke on Monday. He added that there is good co-operation with member "
        'states and the office, with the figures giving a "good overview of the work".\n'
    )
    spoken = [(p.actor, p.stance) for p in _positions(text)]
    assert len(spoken) == 1
    assert spoken[0][0] == "Ivo Tamm"
    assert "good overview of the work" in spoken[0][1]
    speaking = "Story\n\nIn court Ivo Tamm states that he was at home.\n"
    assert [p.actor for p in _positions(speaking)] == ["Ivo Tamm"]


def test_according_to_a_name_and_its_role_the_words_start_after_the_role() -> None:
    """'According to Ivo Tamm, head of the Kestrel studio, games will cost more': the role
    between commas says who he is; his words, the evidence, begin after it."""
    text = (
        "Story\n\nAccording to Ivo Tamm, head of the Kestrel studio, games will cost twice as "
        "much to make next year.\n"
    )
    positions = _positions(text)
    assert [p.actor for p in positions] == ["Ivo Tamm"]
    assert [e.quote for e in positions[0].evidence] == [
        "games will cost twice as much to make next year"
    ]


def test_a_firms_legal_form_in_capitals_ends_its_name() -> None:
    """'Norvik Holdings PLC said …': a legal form written in capitals (PLC, LLC, LLP) or in
    lower case ('plc') is the last word of the firm's name, not shouting that cuts it off: the
    firm had become 'PLC', or no one at all ('Norvik PLC said' had no speaker)."""
    text = "Story\n\nNorvik Holdings PLC said Ivo Tamm had resigned as its general manager.\n"
    assert [p.actor for p in _positions(text)] == ["Norvik Holdings PLC"]
    lower = "Story\n\nKestrel plc said it would close two plants in the north.\n"
    assert [p.actor for p in _positions(lower)] == ["Kestrel plc"]


def test_a_companys_first_word_alone_is_the_company_whatever_its_legal_form() -> None:
    """'Norvik Communications Inc. has …, and Norvik doesn't know …': the first word alone is
    the company, its legal form written or not."""
    text = (
        "Story\n\nNorvik Communications Inc. has rerouted traffic for its customers.\n"
        "Some customers still lack connections, and Norvik doesn't know how many are affected.\n"
    )
    actors = {a.name: a for a in _article_actors(text)}
    assert actors["Norvik Communications Inc"].aliases == ["Norvik"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kestrel plc said on Monday it would close two plants in the north.",
        "Kestrel plc said Monday it would close two plants in the north.",
        "Kestrel plc said in a statement it would close two plants in the north.",
    ],
)
def test_what_is_said_after_the_day_or_the_statement_that_it_was_said_in(sentence: str) -> None:
    """'said on Monday it would close', 'said in a statement it would': a day or a statement
    between the verb and the clause, no 'that': the clause after them is what was said (it had
    been no one's, or began with the day)."""
    positions = _positions(f"Story\n\n{sentence}\n")
    assert [p.actor for p in positions] == ["Kestrel plc"]
    assert [e.quote for e in positions[0].evidence] == ["it would close two plants in the north"]


def test_words_named_a_charge_someone_denies_are_not_his() -> None:
    """'… wanted to cut the budget "even in cases of famine," a charge Mr. Tamm denies': the
    quotation is what he is charged with; he denies it (it had become his words); '"I never
    cut it," he denied' stays his."""
    charged = (
        "Story\n\nIvo Tamm is a candidate.\nThe advert said Ivo Tamm wanted to cut the budget "
        '"even in cases of famine and flood," a charge Tamm denies.\n'
    )
    assert not said(charged)
    denied = (
        'Story\n\nIvo Tamm is a candidate.\n"I never cut the budget for flood relief," he denied.\n'
    )
    assert said(denied) == {"I never cut the budget for flood relief": "Ivo Tamm"}


def test_a_name_after_over_and_a_noun_is_not_the_subject() -> None:
    """'Fourteen members of the House with jurisdiction over the Kestrel Board have said they
    oppose …': the members speak, not the board their committee oversees."""
    text = (
        "Story\n\nThe Kestrel Board is a federal agency.\nFourteen members of the House with "
        "jurisdiction over the Kestrel Board have said they oppose the nomination because of "
        '"serious questions about his judgment."\n'
    )
    assert "Kestrel Board" not in [p.actor for p in _positions(text)]


def test_a_party_and_state_in_brackets_after_a_name_are_his() -> None:
    """'Rep. Ivo Tamm (D., Ohio), said …': the bracket is his party and state and its comma
    opens no aside, so he speaks (the 'D' had); 'experts, responding to an inquiry by Sen. Ivo
    Tamm (D., Mass.), wrote' are the experts' words, unnamed, not his or the letter's."""
    tamm = (
        "Story\n\nRep. Ivo Tamm (D., Ohio), said the amendment would "
        '"let the worker know that we consider them occasionally."\n'
    )
    assert said(tamm) == {"let the worker know that we consider them occasionally": "Ivo Tamm"}
    experts = (
        "Story\n\nBut the two legal experts, responding to an inquiry by Sen. Ivo Tamm (D., "
        'Mass.), wrote in a joint letter that the president "lacks the authority to veto it."\n'
    )
    assert not said(experts)


def test_a_quoted_name_before_its_verb_is_no_ones_words() -> None:
    """'Ivo Tamm says "Kestrels" gets the highest ratings and he is "pleased."': the show's
    name is the subject of 'gets', not his words; 'pleased' is."""
    text = (
        'Story\n\nIvo Tamm, the manager of the station, says "Kestrels" gets the highest '
        'ratings and he is "pleased."\n'
    )
    assert [[e.quote for e in p.evidence] for p in _positions(text)] == [["pleased."]]


def test_a_scene_before_the_comma_is_nothing_said() -> None:
    """'In a letter to Kestrel President Lena Varga, Mr. Tamm asked Kestrel to answer …': the
    phrase before the comma says where he asked, it holds no verb, and nobody said it."""
    text = (
        "Story\n\nIvo Tamm leads the group. In a letter to Kestrel President Lena Varga, "
        "Mr. Tamm asked Kestrel to answer its offer by Tuesday.\n"
    )
    assert not _positions(text)
    said_so = "Story\n\nIvo Tamm leads the group. In 2010 sales rose by half, Mr. Tamm said.\n"
    assert [p.actor for p in _positions(said_so)] == ["Ivo Tamm"]


def test_what_someone_could_declare_in_a_supposed_case_is_not_said() -> None:
    """'If a veto is unworkable …, the president could sign the bills …, declaring the rider
    … unconstitutional': a case the writer puts, nothing the president said."""
    text = (
        "Story\n\nPresident Ivo Tamm learned that lesson. By 1987, the speaker was attempting "
        "to direct the president, through a rider, to treat the treaty as ratified.\n\n"
        "If a veto is unworkable because it would leave part of the government unfunded, the "
        "president could sign the bills into law and assert a power of excision, declaring the "
        "rider restricting his powers to be unconstitutional and severable.\n"
    )
    assert not _positions(text)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('Says Mr. Tamm, "We recognize that we may no longer have as high a priority."', "Tamm"),
        ('"The law proscribes the government from passing such rules," Judge Ivo Tamm ruled.',
         "Ivo Tamm"),
        ('"There is an understanding that Kestrel has to expand its role" in Asia, says Ivo '
         "Tamm, undersecretary of commerce.", "Ivo Tamm"),
    ],
)  # fmt: skip
def test_frames_of_older_news_copy(sentence: str, speaker: str) -> None:
    """'Says Mr. Baldwin, "…"' (the verb first, then a comma), '"…," Judge O'Brien ruled.' (a
    judge's ruling closing the quotation) and '"…" in Asia, says X, undersecretary of …' (a
    post the role list lacked): each had left a named speaker's words to no one."""
    assert [p.actor for p in _positions(f"Story\n\n{sentence}\n")] == [speaker]


def test_a_post_held_after_as_is_no_one_else() -> None:
    """'Nicholas Burns, who served as secretary of state, said …': the post he held, not
    another, unnamed actor ('the secretary')."""
    text = (
        "Story\n\nNicholas Burns, who served as secretary of state for political affairs "
        "in the Bush administration, said the plan would fail.\n"
    )
    assert not [a for a in _article_actors(text) if a.unnamed and "secretary" in a.name]
