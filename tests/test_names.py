"""One actor per person however outlets spell or title them; namesakes stay apart."""

from __future__ import annotations

import pytest

from summarizer.text.names import (
    acronyms_of,
    by_first_surname,
    family_name_first_key,
    given_name_gender,
    organisation_key,
    parse_person,
    same_person,
    strip_titles,
    world_name_gender,
)
from summarizer.text.places import state_code


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("U.S. President Donald Trump", "Donald Trump"),
        ("Kremlin aide Yuri Ushakov", "Yuri Ushakov"),
        ("European Commission President Ursula von der Leyen", "Ursula von der Leyen"),
        ("Kyiv mayor and former boxing champion Vitali Klitschko", "Vitali Klitschko"),
        ("Mr. Trump", "Trump"),
        ("Martin Luther King Jr.", "Martin Luther King"),
        ("Pope Leo XIV", "Leo XIV"),
        ("Trooper William Smith", "William Smith"),
        ("Col. Ian Mercer", "Ian Mercer"),
        ("Sgt. Barry Whiteside", "Barry Whiteside"),
        ("Genesee County Undersheriff James Gage", "James Gage"),
        ("Insp Dave Gaskin", "Dave Gaskin"),
        ("Supt Ann Lee", "Ann Lee"),
        ("Msgr. Ian Mercer", "Ian Mercer"),
        ("Sr. Ann Lee", "Ann Lee"),  # Sister, before the name
        ("Ian Mercer Sr.", "Ian Mercer"),  # Senior, after it
        ("prison spokesman Al Quintero", "Al Quintero"),  # 'Al' his given name, no particle
        ("Saad al Hariri", "Saad al Hariri"),
        ("Dean Hollis", "Dean Hollis"),  # 'Dean' his given name before a lone surname
        ("Dean Jane Hollis", "Jane Hollis"),  # the office before a full name
        ("Law school Dean Jane Hollis", "Jane Hollis"),
        ("Taoiseach Micheal Martin", "Micheal Martin"),  # a real Irish page
        ("Napa County Supervisor Alfredo Pedroza", "Alfredo Pedroza"),
        ("Alderman Ivo Marek", "Ivo Marek"),
    ],
)
def test_titles_are_not_part_of_a_name(written: str, name: str) -> None:
    assert strip_titles(written) == name


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Trump", "Donald Trump"),
        ("U.S. President Donald Trump", "Donald Trump"),
        ("Zelensky", "Volodymyr Zelenskyy"),
        ("Volodymyr Zelenskiy", "Volodymyr Zelensky"),
        ("Zelenskyi", "Zelenskyy"),
        ("Dmytro Kovalenko", "Dmitry Kovalenko"),
        ("Andriy Sokolovskyy", "Andrei Sokolovskiy"),
        ("D. Trump", "Donald Trump"),
        ("Bill Smith", "William Smith"),  # a nickname, from the nicknames dataset
        ("Trooper William Smith", "Bill Smith"),
        ("John Q. Smith", "John Smith"),  # a middle initial
        ("W. J. Smith", "Bill Smith"),  # an initial of the name the nickname stands for
        ("Mohamed bin Salman", "Muhammad bin Salman"),  # vowels and a doubled consonant
        ("Tom O'Neil", "Tom O'Neill"),  # a doubled letter written once
        ("Elias Papadopoulos", "Ilias Papadopoulos"),  # a Greek name, two spellings
        ("Costas Papadopoulos", "Kostas Papadopoulos"),  # a hard 'c' written 'k'
        ("Володимир Зеленський", "Volodymyr Zelensky"),  # another script
        ("Mo Cheeks", "Maurice Cheeks"),  # a short form
        ("Vincent Del Giudice", "Vincent DelGiudice"),  # a particle written apart or joined
        ("Giudice", "Vincent Del Giudice"),  # the surname without its particle
        ("Gurbanguli Aranov", "Kurbanguly Aranov"),  # romanised by two systems: g/k, i/y
        ("ADA Fairwell", "Gail Fairwell"),  # an assistant district attorney, by title
        ("W. Mark Felt", "Mark Felt"),  # a first initial before the name he goes by
        ("J. Edgar Hoover", "Edgar Hoover"),
        ("Mark Felt Jr.", "Mark Felt"),  # in two articles: either may drop the 'Jr.'
        ("Yoon Suk Yeol", "Yoon Suk-yeol"),  # a Korean given name hyphenated or not
        ("Abdel Fattah el-Sisi", "Abdel-Fattah al-Sisi"),  # the Arabic article spelt two ways
        ("Sisi", "Abdel Fattah el-Sisi"),  # the surname without its article
        ("Duncan Rait", "Duncan Raite"),  # a surname with and without a final 'e'
        ("Duncan Robert Rait", "Duncan Raite"),  # ... and a middle name written or not
        ("Ilene Wolfe", "Ilene Wolff"),  # ... or its last letter doubled
        ("PJ Carlesimo", "P.J. Carlesimo"),  # two initials, written with stops or without
        ("J.P. Damiani", "Juan Pedro Damiani"),  # ... of the two given names
        ("P.J.Carlesimo", "P.J. Carlesimo"),  # initials written onto the surname
        ("Lenny Vale", "Lennie Vale"),  # one nickname spelt two ways
        ("Noor Mohammad Faiz", "Noor Mohammad Fayez"),  # a surname romanised two ways
        ("Ivo Calamita", "Ivo LaCalamita"),  # a particle written onto the surname, or left out
        ("Giudice", "Vincent DelGiudice"),
        ("Catherine Vale", "Kathryn Vale"),  # one name spelt two ways, sharing 'Kathy'
        ("Bernard Cazeneuve", "Bernard Cazaneuve"),  # a long surname, one vowel mistyped
    ],
)
def test_spellings_of_one_person(a: str, b: str) -> None:
    assert same_person(parse_person(a), parse_person(b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ana Ribeiro", "Carlos Ribeiro"),
        ("Donald Trump", "Melania Trump"),
        ("Vladimir Putin", "Volodymyr Zelensky"),
        ("Tom Cole", "Tom Coles"),
        ("Володимир Зеленський", "Олена Зеленська"),  # Cyrillic no longer folds to nothing
        ("Jon Smith", "Jan Smith"),
        ("Ann Delgado", "Ann Gado"),  # 'Del' is no particle of 'Delgado' written apart
        ("Boris Lann", "Paris Lann"),  # voicing only counts in long names
        ("Ada Fairwell", "Gail Fairwell"),  # 'Ada' is a given name, 'ADA' a title
        ("W. Mark Felt", "Joan Felt"),  # neither his initial nor the name he goes by
        ("Mark Felt Jr.", "Mark Felt Sr."),  # two generations
        ("Ronaldinho", "Ronaldo"),  # another name on the same stem, three letters longer
        ("Princess Marguerite of Romania", "King Michael of Romania"),  # one country's royals
        ("Juror No. 8", "Juror No. 12"),  # one name but for its number
        ("Bashar al-Assad", "Hafez al-Assad"),  # father and son
        ("J. Smith", "Bill Smith"),  # Bill is William, not J.
        ("Ann Hal", "Ann Hall"),  # a short surname: one letter more is another name
        ("Gordon Brown", "Des Browne"),  # a final 'e' apart, and other given names
        ("Browne", "Gordon Brown"),  # a bare surname a final 'e' apart: another person
        ("D. Raite", "Duncan Rait"),  # an initial is not enough for another spelling
        ("Ian Rai", "Ian Raie"),  # nor a surname of three letters
        ("T.J. DiLeo", "Tony DiLeo"),  # two initials are a name of their own: his son
        ("TJ DiLeo", "Tony DiLeo"),
        ("Mario Vale", "Maria Vale"),  # a man's name and a woman's, vowels apart
        ("Charlene Vale", "Charlie Vale"),  # ... one a nickname the other may go by
        ("Tommy Vale", "Timmy Vale"),  # two nicknames of two names
        ("Ivo Tamm", "Ivo Timm"),  # surnames a vowel apart, one given name: two people
        ("Ivo Marsden", "Ana Mersden"),  # a long surname a vowel apart, other given names
        ("Ivo Tamberg", "Ivo Tumbarg"),  # ... two vowels apart: another name
    ],
)
def test_different_people(a: str, b: str) -> None:
    assert not same_person(parse_person(a), parse_person(b))


@pytest.mark.parametrize(
    ("given", "gender"),
    [("Nancy", "female"), ("Stan", "male"), ("Jerry", "male"), ("Regina", "female"),
     ("Jean", None), ("Yuri", None), ("Kimani", None)],
)  # fmt: skip
def test_a_given_names_usual_gender_or_none(given: str, gender: str | None) -> None:
    assert given_name_gender(given) == gender


def test_one_article_writing_jr_beside_the_plain_name_means_two_people() -> None:
    son, father = parse_person("Mark Felt Jr."), parse_person("W. Mark Felt")
    assert not same_person(son, father, one_text=True)
    assert same_person(son, father)  # across articles, one may have dropped the 'Jr.'


def test_one_article_naming_a_birth_name_and_the_middle_name_he_went_by_means_one_person() -> None:
    born, called = parse_person("Ivo Marek Tarn"), parse_person("Marek Tarn")
    assert same_person(born, called, one_text=True)
    assert not same_person(parse_person("Ivo Tarn"), called, one_text=True)
    assert not same_person(born, parse_person("Jan Tarn"), one_text=True)


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("W. Mark Felt", "W. Mark Felt"),
        ("H.R. Haldeman", "H.R. Haldeman"),
        ("Mark Felt, Jr.", "Mark Felt Jr."),
        ("Ike LaRue III", "Ike LaRue III"),
        ("Sen. Ann Lee", "Ann Lee"),
    ],
)
def test_a_name_is_shown_with_its_initials_stops_and_its_generation(
    written: str, shown: str
) -> None:
    assert parse_person(written).display == shown


@pytest.mark.parametrize(
    ("full", "short", "same"),
    [
        ("Andrés Manuel López Obrador", "López Obrador", True),
        ("Marco Antonio Ruiz Delgado", "Ruiz Delgado", True),
        ("José Luis Rodríguez Zapatero", "Rodríguez Zapatero", True),
        ("Martin Luther King", "Luther King", False),  # 'Luther' is a given name
        ("José Luis Rodríguez", "Luis Rodríguez", False),  # one surname: another Luis
    ],
)
def test_a_person_may_be_called_by_both_surnames(full: str, short: str, same: bool) -> None:
    assert same_person(parse_person(short), parse_person(full)) is same
    assert same_person(parse_person(full), parse_person(short)) is same


@pytest.mark.parametrize(
    ("full", "short", "linked"),
    [
        ("Marco Antonio Ruiz Delgado", "Marco Ruiz", True),
        ("Felipe Calderón Hinojosa", "Felipe Calderon", True),
        ("Marco Antonio Ruiz Delgado", "Pedro Ruiz", False),  # another given name
        ("Martin Luther King", "Martin Luther", False),  # 'Luther' is a given name
        ("Marco Ruiz", "Marco Delgado", False),  # one surname: nothing to be called by
        ("Luis Alberto Cerdas Mora", "Luis Alberto Cerdas", True),  # both given names again
        ("Luis Alberto Cerdas Mora", "Luis Carlos Cerdas", False),  # another second name
    ],
)
def test_a_name_may_be_another_called_by_its_first_surname(
    full: str, short: str, linked: bool
) -> None:
    assert by_first_surname(parse_person(full), parse_person(short)) is linked


@pytest.mark.parametrize(
    ("name", "gender"),
    [("Kjell", "male"), ("Sigrid", "female"), ("Henrik", "male"), ("Nancy", None), ("Gray", None)],
)
def test_the_worlds_given_names_tell_a_gender_the_census_does_not(
    name: str, gender: str | None
) -> None:
    assert world_name_gender(name) == gender  # 'Nancy': the census tells; 'Gray': a word


@pytest.mark.parametrize(
    ("name", "family"),
    [
        ("Xi Jinping", "xi"),
        ("Lee Jae-myung", "lee"),
        ("Kim Jong Un", "kim"),
        ("Lee Anderson", None),  # a Western surname after it: given name first
        ("Kim Jones", None),
        ("Jackie Chan", None),
    ],
)
def test_a_family_name_written_first_is_known_by_its_place(name: str, family: str | None) -> None:
    assert family_name_first_key(parse_person(name)) == family


@pytest.mark.parametrize(
    ("short", "full", "clipped"),
    [
        ("Cavs", "Cavaliers", True),
        ("Sixers", "76ers", True),
        ("Niners", "49ers", True),
        ("Sixers", "49ers", False),
        ("Cavaliers", "Cavaliers", False),
        ("Cav", "Cavaliers", False),
        ("Saxons", "Sixers", False),
    ],
)
def test_a_fans_short_name_is_a_clipping_of_the_teams(short: str, full: str, clipped: bool) -> None:
    from summarizer.text.names import is_clipped_from

    assert is_clipped_from(short, full) is clipped


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("Oil and Natural Gas Corporation", "Oil & Natural Gas Corp", True),
        ("Fish & Wildlife Service", "the Fish and Wildlife Service", True),
        ("Acme Limited", "Acme Ltd", True),
        ("Oil and Natural Gas Corporation", "Natural Gas Corporation", False),
        ("Procter & Gamble Co.", "Procter and Gamble Co", True),
        ("U.N. Security Council", "United Nations Security Council", True),
        ("UN Security Council", "United Nations Security Council", True),
        ("U.S. Pacific Command", "US Pacific Command", True),
        ("United States Pacific Command", "US Pacific Command", True),
        ("UK Government", "British government", True),
        ("UN", "United Nations Development Programme", False),
    ],
)
def test_a_bodys_name_with_and_or_ampersand_and_its_legal_form_written_out_is_one_key(
    one: str, other: str, same: bool
) -> None:
    """'Oil and Natural Gas Corporation', 'Oil & Natural Gas Corp' and 'Oil & Natural Gas
    Corporation' were three actors in one Yukos story."""
    assert (organisation_key(one) == organisation_key(other)) is same


@pytest.mark.parametrize(
    ("name", "letters"),
    [
        ("UK Independence Party", {"UIP", "UKIP"}),
        ("US Fish and Wildlife Service", {"UFWS", "USFWS"}),
        ("Marine Casualty Investigation Board", {"MCIB"}),
    ],
)
def test_a_short_word_in_capitals_gives_its_letters_to_the_acronym_too(
    name: str, letters: set[str]
) -> None:
    """'UKIP' is the UK Independence Party: a Kilroy-Silk story listed both as actors."""
    assert acronyms_of(name) == letters


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Princess Marguerite of Romania", "Marguerite of Romania"),
        ("Lord Roberts of Conwy", "Roberts of Conwy"),
        ("Duke of Edinburgh", "Edinburgh"),  # a title's place: no given name before it
        ("None of Thomas", "Thomas"),  # an ordinary word before 'of' names no one
    ],
)
def test_a_royal_or_a_peer_known_by_a_place_keeps_the_place_in_the_name(
    written: str, name: str
) -> None:
    """'Princess Marguerite of Romania' had become 'Romania', and one actor with the country."""
    assert strip_titles(written) == name


def test_initials_before_an_ampersand_name_no_state() -> None:
    """'S&P', 'S&N': the GeoNames table's header row (kept by its byte-order mark) had made
    'S' a country whose code was the header's text."""
    assert state_code("s") is None
    assert organisation_key("S&P") == "s p"
    assert organisation_key("India's navy") == organisation_key("the Indian Navy")
