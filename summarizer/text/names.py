"""Names as outlets write them, reduced to keys that say whether two mentions are one actor.

- Titles, ranks and roles are not part of a person's name: 'U.S. President Donald Trump',
  'Trooper William Smith' and 'Kremlin aide Yuri Ushakov' are 'Donald Trump', 'William Smith'
  and 'Yuri Ushakov'. The titles come from nameparser's curated list, plus news roles.
- Spelling is folded: any script is transliterated to ASCII (anyascii: 'Володимир Зеленський' →
  'volodimir zelenskiy'), accents, case and punctuation go, and transliteration variants of
  Slavic names meet ('Zelensky', 'Zelenskyy', 'Zelenskiy', 'Zelenskyi' → one key).
- Two person names are one person when their surnames match after folding and their given
  names agree: equal, one an initial of the other, a nickname of the other ('Bill' / 'William',
  from the `nicknames` dataset) or close transliterations ('Dmytro' / 'Dmitry', 'Elias' /
  'Ilias'). 'Ana Ribeiro' and 'Carlos Ribeiro' stay two people; so do 'Volodymyr Zelensky' and
  'Olena Zelenska'.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Literal

from anyascii import anyascii
from nameparser.config import CONSTANTS as _NAMEPARSER
from nicknames import NickNamer
from rapidfuzz.distance import JaroWinkler

from .lemmas import is_common_word

_NOT_TITLES = frozenset(
    """
    air army navy police state states united us uk british english first most her his group
    family foreign federal national royal supreme high grand social political military civil
    classical corporate criminal credit customs district division docket field film financial
    flag flying information intelligence judicial kingdom knowledge law legal marketing
    mathematics municipal mystery opera operating radio rear revenue right risk rock security
    software strategy tax technical television theater theatre travel voice wing warrant senior
    resident private principal pro petty blessed biblical baseball ballet blues burlesque banner
    bearer bench business computer discovery count excellent host model player personality
    celebrity pioneer superior designated presiding information soccer cyclist ill model
    met misses chairs co-chairs marquis
    """.split()
)
TITLE_WORDS = frozenset(
    """
    president vice prime minister secretary chancellor premier king queen prince princess
    pope sir dame lord lady mr mrs ms miss mx dr prof professor gen general col colonel maj
    major capt captain cmdr commander lt lieutenant adm admiral sgt sergeant cpl corporal
    sen senator rep representative gov governor mayor judge justice chief executive ceo cfo
    coo chairman chairwoman chair director spokesman spokeswoman spokesperson envoy special
    ambassador deputy acting former ex first leader head officer inspector detective father
    rev reverend sheikh emir president-elect speaker minister-president secretary-general
    commissioner superintendent archbishop bishop cardinal rabbi imam coach dean provost
    marshal consul attorney trooper constable undersheriff patrolman patrolwoman agent
    insp det supt const pte pvt brig cto cio cmo councilman councilwoman councilor
    assemblyman assemblywoman congressman congresswoman legislator delegate coroner
    atty dist dep msgr fr taoiseach tanaiste supervisor alderman alderwoman selectman adv mec
    """.split()
) | frozenset(
    t
    for t in _NAMEPARSER.titles
    if t.isascii() and t.replace("-", "").isalpha() and len(t) > 2 and t not in _NOT_TITLES
)
"""Words that stand before a person's name as a title, rank, honorific or role."""
TITLE_WORDS |= {
    f"{shared}-{office}"
    for shared in ("co", "vice")
    for office in (
        "president chairman chairwoman chair leader director host founder owner captain "
        "chancellor admiral chief commander premier governor minister"
    ).split()
}
TITLE_WORDS |= {"editor-in-chief", "commander-in-chief", "chief-of-staff", "editor-at-large"}
HYPHENED_RANKS = frozenset(
    f"{grade}-{rank}"
    for grade in ("major", "maj", "lieutenant", "lt", "brigadier", "brig", "rear", "vice")
    for rank in ("general", "gen", "colonel", "col", "admiral", "adm", "commander", "cmdr")
)
"""Military ranks written with a hyphen: 'Major-Gen', 'Lt-Col', 'Rear-Admiral'."""
TITLE_WORDS |= HYPHENED_RANKS
"""… and the offices shared or deputised: 'Co-Chairman', 'vice-president'; hyphened titles:
'Reuters Editor-in-Chief Alessandra Galloni', 'Major-Gen Gopaul Govender'."""
TITLES_ABBREVIATED = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "gen": "general",
    "col": "colonel",
    "maj": "major",
    "capt": "captain",
    "cmdr": "commander",
    "lt": "lieutenant",
    "adm": "admiral",
    "sgt": "sergeant",
    "cpl": "corporal",
    "prof": "professor",
    "insp": "inspector",
    "det": "detective",
    "supt": "superintendent",
    "rev": "reverend",
}
"""Titles' abbreviations, written out: 'Sen. Marco Rubio' is the senator 'the Florida senator'
names."""
GIVEN_NAME_TITLES = frozenset({"dean"})
"""Titles that are also common given names, and before a lone surname far more often the given
name ('Dean Hollis', a midfielder) than the office (a dean is 'Dean Jane Hollis')."""
PARTICLES = frozenset(
    """
    von van der den de da di del della du la le bin ibn al el ter ten dos das ó ní nic uí
    """.split()
)
_NAME_ONLY_PARTICLES = frozenset({"do", "dos"})
"""Portuguese particles inside a name already read as one ('Paulino do Rego Barros'): 'do' is
an English word too, so the rules join it into a name only after a given name (see `runs`)."""
ARABIC_ARTICLES = ("al", "el", "ad", "ed", "ash", "as", "at", "ar", "an", "az", "ud", "ul")
"""The article an Arabic surname may open with ('al-Sisi', 'el-Sisi', 'ash-Shara')."""
ARABIC_ARTICLE = re.compile(
    "(?:" + "|".join(f"[{a[0].upper()}{a[0]}]{a[1:]}" for a in ARABIC_ARTICLES) + ")-(?=[A-Z])"
)
"""The Arabic article joined to a name: 'al-Assad', 'el-Sisi', 'ash-Shara' (spelt either way)."""
_GENERATIONS = {"jr": "Jr.", "sr": "Sr.", "ii": "II", "iii": "III", "iv": "IV"}
"""Generations after a name, folded, and how they are written."""
SUFFIXES = frozenset(_GENERATIONS)
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+")
_TOKEN = re.compile(r"[^\s]+")
_ENDINGS = (
    ("yy", "y"),
    ("iy", "y"),
    ("ii", "y"),
    ("yi", "y"),
    ("ij", "y"),
    ("yj", "y"),
    ("ei", "y"),
)
_HARD_C = re.compile(r"c(?=[aoulr])")
"""A 'c' sounded as 'k', which other transliterations write so: 'Costas', 'Nicolas'."""
_INNER = (("kh", "h"), ("zh", "j"), ("ts", "c"), ("tz", "c"), ("ck", "k"), ("ph", "f"), ("w", "v"))


@lru_cache(maxsize=262144)
def fold_name(text: str) -> str:
    """Lower-case ASCII letters, digits and single spaces: any script transliterated, accents
    and punctuation gone."""
    ascii_only = anyascii(text).replace("'", "").replace("\u2019", "")
    return " ".join(re.sub(r"[^0-9a-z]+", " ", ascii_only.lower()).split())


@lru_cache(maxsize=65536)
def transliteration_key(word: str) -> str:
    """One folded word with common transliteration variants collapsed ('zelenskiy' → 'zelensky')."""
    key = _HARD_C.sub("k", fold_name(word).replace(" ", ""))  # 'Costas' / 'Kostas'
    for old, new in _INNER:
        key = key.replace(old, new)
    for old, new in _ENDINGS:
        if key.endswith(old) and len(key) > 4:
            key = key[: -len(old)] + new
            break
    return key.replace("y", "i").replace("j", "i")


@dataclass(frozen=True)
class PersonName:
    """A person's name without titles, split into given names and surname."""

    given: tuple[str, ...]
    surname: str
    suffix: str = ""
    """A generation, folded ('jr', 'sr', 'iii'): 'Mark Felt Jr.' is not his father."""

    @property
    def without_generation(self) -> str:
        """Given names and surname: 'Joseph Comeaux' of 'Joseph Comeaux Jr.'."""
        return " ".join((*self.given, self.surname))

    @property
    def display(self) -> str:
        """The name as it would be written: 'Ursula von der Leyen', 'Mark Felt Jr.'."""
        generation = _GENERATIONS.get(self.suffix, "")
        return f"{self.without_generation} {generation}" if generation else self.without_generation

    @property
    def surname_key(self) -> str:
        """The folded, transliteration-collapsed surname, its particles joined to it ('Del
        Giudice' and 'DelGiudice' are one key)."""
        return _surname_key(self.surname)

    @property
    def is_full(self) -> bool:
        """Whether a given name is known, not just the surname."""
        return bool(self.given)


def _capitalised(token: str) -> bool:
    first = next((c for c in token if c.isalpha()), "")
    return first.isupper()


_ABBREVIATED_TITLES = frozenset({"DA", "ADA", "DDA", "AUSA"})
"""Prosecutors' titles written as capitals ('ADA Fairman': an assistant district attorney). In
capitals only: 'Ada' is a given name."""


def _is_title(token: str) -> bool:
    if token.strip(".") in _ABBREVIATED_TITLES:
        return True
    return fold_name(token).replace(" ", "") in TITLE_WORDS or fold_name(token) in TITLE_WORDS


@lru_cache(maxsize=65536)
def _surname_key(surname: str) -> str:
    """`PersonName.surname_key`, kept per surname: the merge asks for it of every pair."""
    words: list[str] = []
    particles = ""
    for word in surname.split():
        article = ARABIC_ARTICLE.match(word)
        if article:  # 'el-Sisi', 'al-Sisi': the article as a particle, one spelling
            word = "al " + word[article.end() :]
        joined = _JOINED_PARTICLE.match(word)
        if joined:  # 'LaCalamita', 'DelGiudice': the particle written onto the name
            word = joined.group(1) + " " + word[joined.end(1) :]
        for part in word.split(" "):
            if part.lower() in PARTICLES:
                particles += part + "_"
            else:
                words.append(particles + part)
                particles = ""
    return " ".join(_particled_key(w) for w in words)


def strip_titles(name: str) -> str:
    """The trailing run of name words: 'U.S. President Donald Trump' → 'Donald Trump'."""
    tokens: list[str] = _TOKEN.findall(name.replace(",", " "))
    while tokens and fold_name(tokens[-1]) in SUFFIXES:
        tokens.pop()
    kept: list[str] = []
    for position, token in reversed(list(enumerate(tokens))):
        bare = token if _INITIALS.fullmatch(token) else token.strip(".'\"()")
        if not bare:
            break
        if position == 0 and len(kept) == 1 and bare.lower() in GIVEN_NAME_TITLES:
            kept.append(bare)  # 'Dean Hollis': his given name
            break
        if (bare.lower() in PARTICLES or bare in _NAME_ONLY_PARTICLES) and kept:
            kept.append(bare)  # 'von der Leyen', 'Paulino do Rego Barros'
            continue
        if bare == "of" and _a_territorial_name(tokens, position, kept):
            kept.append(bare)  # 'Princess Marguerite of Romania': hers, not Romania
            continue
        if not _capitalised(bare) or (kept and (_is_title(bare) or bare.lower() == "sr")):
            break  # 'Sr. Keehan' before a name is Sister Keehan; 'John Hale Sr.' ends one
        kept.append(bare)
    while kept and kept[-1].lower() in PARTICLES:  # a particle cannot start a name
        if _al_as_given_name(kept[::-1]):
            break  # but 'Al Quintero', 'Al Gore': Al is his given name
        kept.pop()
    return " ".join(reversed(kept)) or name.strip()


def _a_territorial_name(tokens: Sequence[str], of: int, kept: Sequence[str]) -> bool:
    """Whether the 'of' at `of` joins a given name to the one place a royal is known by
    ('Marguerite of Romania', 'Harry of Wales'); not a title's ('Duke of Edinburgh') nor a
    word's ('None of Thomas' family')."""
    if len(kept) != 1 or of == 0:
        return False
    given = tokens[of - 1].strip(".'\"()")
    return _capitalised(given) and not _is_title(given) and not is_common_word(given.lower())


@lru_cache(maxsize=65536)
def parse_person(name: str) -> PersonName:
    """Split a person's name, titles removed, into given names and surname ('of Romania' for
    'Marguerite of Romania')."""
    words = _INITIALS_RUN_ON.sub(r"\1 ", strip_titles(name)).split()  # 'P.J.Carlesimo'
    if not words:
        return PersonName((), name.strip())
    surname_start = len(words) - 1
    while surname_start > 0 and (
        words[surname_start - 1].lower() in PARTICLES or words[surname_start - 1] == "of"
    ):
        surname_start -= 1
    if surname_start == 0 and _al_as_given_name(words):
        surname_start = 1
    return PersonName(
        tuple(words[:surname_start]), " ".join(words[surname_start:]), _generation(name)
    )


_INITIALS_RUN_ON = re.compile(r"\b((?:[A-Z]\.){1,3})(?=[A-Z][a-z])")
"""Initials written onto the surname after them, the space lost: 'P.J.Carlesimo'."""


def _al_as_given_name(words: Sequence[str]) -> bool:
    """'Al Quintero', 'Al Gore': a capitalised 'Al' before one surname is a given name, not the
    Arabic article ('Saad al Hariri')."""
    return len(words) == 2 and words[0] == "Al"


def _generation(name: str) -> str:
    tokens = [fold_name(t) for t in _TOKEN.findall(name.replace(",", " "))]
    return tokens[-1] if len(tokens) > 2 and tokens[-1] in SUFFIXES else ""


def surname_buckets(key: str, size: int) -> frozenset[str]:
    """The starts a surname key is filed under for quick lookups: of its written form and of
    its core without particles ('del_giudice': 'delgi…' and 'giudi…')."""
    return frozenset({key.replace("_", "")[:size], key.rsplit("_", 1)[-1][:size]})


_JOINED_PARTICLE = re.compile(r"(La|Le|De|Del|Della|Di|Da|Du|Van|Von)(?=[A-Z][a-z])")
"""A particle written onto the surname, its capital kept: 'LaCalamita', 'DelGiudice'."""


def _particled_key(word: str) -> str:
    """'Del_Giudice' → 'del_giudice': the particle kept apart, each part keyed."""
    return "_".join(transliteration_key(part) for part in word.split("_"))


@lru_cache(maxsize=65536)  # asked of the same pairs again and again
def surnames_match(a: str, b: str) -> bool:
    """Surname keys that are the same name in another spelling: 'Del Giudice', 'DelGiudice'
    and a bare 'Giudice' are one surname; 'Delgado' and 'Gado' are not."""
    if a == b:
        return True
    if "_" in a or "_" in b:
        if a.replace("_", "") == b.replace("_", ""):
            return True
        if a.rsplit("_", 1)[-1] == b or b.rsplit("_", 1)[-1] == a:
            return True
        a, b = a.replace("_", ""), b.replace("_", "")
    if min(len(a), len(b)) >= 4 and _undoubled(a) == _undoubled(b):
        return True  # "O'Neil" and "O'Neill": a doubled letter written once
    if min(len(a), len(b)) < 6 or abs(len(a) - len(b)) > _MOST_LETTERS_APART:
        return False  # 'Ronaldinho' is not 'Ronaldo': another name built on the same stem
    return JaroWinkler.similarity(a, b) >= 0.94


def surnames_spelled_alike(a: str, b: str) -> bool:
    """`surnames_match`, but never two surnames the US census lists apart ('Thomson' and
    'Thompson', 'Petersen' and 'Peterson'): what a bare surname in another article must meet,
    where no given name shows the near spelling is a slip (within one article it is one:
    'Monteith' and 'Montieth')."""
    if not surnames_match(a, b):
        return False
    plain_a, plain_b = a.replace("_", ""), b.replace("_", "")
    if _undoubled(plain_a) == _undoubled(plain_b):
        return True
    surnames = _census_surnames()
    return plain_a not in surnames or plain_b not in surnames


@lru_cache(maxsize=1)
def _census_surnames() -> frozenset[str]:
    return frozenset(name for name, _ in _census("dist.all.last"))


def spelled_with_a_final_e(a: str, b: str) -> bool:
    """Surname keys a final 'e' apart, with a doubled letter written once or not ('Rait' and
    'Raite', 'Wolfe' and 'Wolff'): outlets spell one surname so. Not enough alone: 'Brown' and
    'Browne' are two ministers; see `_one_name_but_a_final_e`."""
    return (
        a != b
        and min(len(a), len(b)) >= 4
        and (a.endswith("e") or b.endswith("e"))
        and _undoubled(a.removesuffix("e")) == _undoubled(b.removesuffix("e"))
    )


def _one_name_but_a_final_e(a: PersonName, b: PersonName) -> bool:
    """'Duncan Rait' and 'Duncan Raite': the same given names written out in full (one may
    add a middle name: 'Duncan Robert Rait'), and surnames a final 'e' apart, are one person
    spelled two ways; a bare 'Browne' is never 'Brown'."""
    full = all(len(w.rstrip(".")) > 1 for w in (*a.given, *b.given))
    shorter = min(len(a.given), len(b.given))
    return (
        a.is_full
        and b.is_full
        and full
        and _letters(a.given[:shorter]) == _letters(b.given[:shorter])
        and spelled_with_a_final_e(a.surname_key, b.surname_key)
    )


_MOST_LETTERS_APART = 2
"""How many letters two spellings of one surname may differ in length ('Zelenskyy',
'Zelensky'; 'Tchaikovsky', 'Chaikovsky')."""


def spellings_of_one_word(a: str, b: str) -> bool:
    """Two spellings of one long one-word name, a letter apart ('Yuganskneftegas',
    'Yuganskneftegaz'): transliterations differ so; 'Gazprom' and 'Gazpromneft' do not."""
    return (
        a != b
        and min(len(a), len(b)) >= _LONG_WORD
        and abs(len(a) - len(b)) <= 1
        and a.isalpha()
        and b.isalpha()
        and JaroWinkler.similarity(a, b) >= _ONE_WORD_SIMILARITY
    )


_LONG_WORD = 8
_ONE_WORD_SIMILARITY = 0.96


_DOUBLED = re.compile(r"(.)\1+")


def _undoubled(word: str) -> str:
    """The word with each doubled letter written once: spellings of one name differ so."""
    return _DOUBLED.sub(r"\1", word)


_NICKNAMES = NickNamer()
_VOWELS = re.compile(r"[aeiouy]")


@lru_cache(maxsize=65536)
def _name_forms(given: str) -> frozenset[str]:
    """A folded given name with its nicknames and the names it is a nickname of."""
    return frozenset({given, *_NICKNAMES.nicknames_of(given), *_NICKNAMES.canonicals_of(given)})


@lru_cache(maxsize=65536)  # asked of the same words again and again
def is_given_name(word: str) -> bool:
    """Whether `word` is a given name the nicknames dataset knows ('Bill', 'Lorna')."""
    folded = fold_name(word).replace(" ", "")
    return bool(folded) and (
        bool(_NICKNAMES.nicknames_of(folded)) or bool(_NICKNAMES.canonicals_of(folded))
    )


def is_first_name(word: str) -> bool:
    """A given name in the nicknames dataset or the US census first-name lists."""
    return is_given_name(word) or given_name_gender(word) is not None


def in_given_name_lists(word: str) -> bool:
    """Whether any list of given names has `word`: the nicknames dataset, the US census
    (`is_first_name`) or the world's (`is_world_given_name`)."""
    return is_first_name(word) or is_world_given_name(word)


@lru_cache(maxsize=65536)  # asked of the same words again and again
def given_name_gender(word: str) -> Literal["female", "male"] | None:
    """The gender a given name all but always has in the US census lists of first names (the
    `names` package): 'Nancy' female, 'Stan' male; None for names both share ('Jean') or
    neither lists ('Kimani')."""
    return _given_name_genders().get(fold_name(word).replace(" ", ""))


@lru_cache(maxsize=65536)  # asked of the same words again and again
def is_world_given_name(word: str) -> bool:
    """Whether `word` is one of the world's given names (`_world_given_names`: 'Henrik',
    'Volodymyr', 'Giorgia') and no ordinary English word. Many are also places and surnames
    elsewhere ('Dallas', 'Gordon'): a hint that a name is a person's, not a proof."""
    return _world_given_name(fold_name(word).replace(" ", "")) is not None


def world_name_gender(word: str) -> Literal["female", "male"] | None:
    """The gender one of the world's given names always or all but always has ('Kjell' male,
    'Sigrid' female), where the US census lists do not tell; weaker than the pronouns an
    article uses for its bearer."""
    folded = fold_name(word).replace(" ", "")
    if folded in _census_first_names():
        return None  # the census knows it, and would have told
    told = _world_given_name(folded)
    return "male" if told == "male" else "female" if told == "female" else None


def _world_given_name(folded: str) -> str | None:
    """'male', 'female' or 'either' for a folded given name of the world's given names
    (`_world_given_names`), None for any other word. Not ordinary English words ('Gray',
    'Will'): the census and nickname lists judge those where they are names."""
    told = _world_given_names().get(folded)
    return None if told is None or is_common_word(folded) else told


@lru_cache(maxsize=1)
def _world_given_names() -> dict[str, str]:
    """Jörg Michael's dictionary of the given names of 55 countries (the data of the
    `gender-guesser` package), read once: name → 'male' or 'female' when every entry gives
    that gender (all but always, or always), else 'either'."""
    codes: dict[str, set[str]] = {}
    data = resources.files("gender_guesser") / "data" / "nam_dict.txt"
    with data.open(encoding="utf-8", errors="replace") as lines:
        for line in lines:
            if line[:1] in ("#", "=", ""):
                continue
            fields = line.split(None, 2)
            if len(fields) < 2 or "+" in fields[1] or len(fields[1]) < 3:
                continue  # a compound name ('Jean+Pierre'): its parts are listed alone
            name = fields[1].lower()
            if not name.isascii():
                name = fold_name(name).replace(" ", "")
            codes.setdefault(name, set()).add(fields[0])
    return {name: _gender_of(found) for name, found in codes.items()}


def _gender_of(codes: set[str]) -> str:
    if "M" in codes and codes <= {"M", "1M", "?M"}:
        return "male"
    if "F" in codes and codes <= {"F", "1F", "?F"}:
        return "female"
    return "either"


_CLEAR_MAJORITY = 10.0
"""How many times more often one gender must bear a name than the other to tell it."""
_COMMON_ENOUGH = 0.004
"""Share of people (percent) bearing a name, below which it tells nothing: the male list's
floor, so that both lists are read alike."""


def _census(list_name: str) -> Iterator[tuple[str, float]]:
    """Each name of one of the `names` package's US census lists ('dist.male.first') with the
    share of people (percent) bearing it, most common first."""
    with (resources.files("names") / list_name).open(encoding="ascii") as lines:
        for line in lines:
            fields = line.split()
            if len(fields) >= 2:
                yield fields[0].lower(), float(fields[1])


@lru_cache(maxsize=1)
def _given_name_genders() -> dict[str, Literal["female", "male"]]:
    share: dict[str, dict[str, float]] = {}
    for gender in ("female", "male"):
        for name, percent in _census(f"dist.{gender}.first"):
            share.setdefault(name, {})[gender] = percent
    told: dict[str, Literal["female", "male"]] = {}
    for name, by_gender in share.items():
        female, male = by_gender.get("female", 0.0), by_gender.get("male", 0.0)
        if max(female, male) < _COMMON_ENOUGH:
            continue  # 'Yuri', borne by a few American women: too rare to tell a Russian's
        if female > male * _CLEAR_MAJORITY:
            told[name] = "female"
        elif male > female * _CLEAR_MAJORITY:
            told[name] = "male"
    return told


def is_census_first_name(word: str) -> bool:
    """Whether `word` is a first name the US census lists borne by enough people, of either
    gender or both ('Jordan', 'Morgan': names `given_name_gender` cannot tell)."""
    return fold_name(word).replace(" ", "") in _census_first_names()


@lru_cache(maxsize=1)
def _census_first_names() -> frozenset[str]:
    return frozenset(
        name
        for gender in ("female", "male")
        for name, percent in _census(f"dist.{gender}.first")
        if percent >= _COMMON_ENOUGH
    )


def is_common_surname(word: str) -> bool:
    """Whether many people bear `word` as a surname in the US census list ('Gray', 'Young'),
    so that its being an ordinary word too says nothing."""
    return fold_name(word).replace(" ", "") in _common_surnames()


_COMMON_SURNAME = 0.01
"""Share of people (percent) bearing a surname above which it is a common one."""


@lru_cache(maxsize=1)
def _common_surnames() -> frozenset[str]:
    found: set[str] = set()
    for name, percent in _census("dist.all.last"):  # most common first: stop at a rare one
        if percent < _COMMON_SURNAME:
            break
        found.add(name)
    return frozenset(found)


def same_given_name(a: str, b: str) -> bool:
    """Folded given names of one person: equal, or one a nickname of the other."""
    return a == b or b in _name_forms(a) or a in _name_forms(b)


def given_names_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Given names of one person: equal, an initial of the other, a nickname of the other
    ('Bill' / 'William'), or a close transliteration ('Dmytro' / 'Dmitry', 'Elias' / 'Ilias')."""
    if not a or not b:
        return True
    if _letters(a) == _letters(b):
        return True  # 'Abdel Fattah' and 'Abdel-Fattah'
    a, b = _called_by(a, b), _called_by(b, a)
    first_a, first_b = fold_name(a[0]).replace(" ", ""), fold_name(b[0]).replace(" ", "")
    if not first_a or not first_b:
        return True
    if _two_initials(a[0]) != _two_initials(b[0]) and max(len(first_a), len(first_b)) > 2:
        initials, names = (a, b) if _two_initials(a[0]) else (b, a)
        spelled = "".join(fold_name(w)[:1] for w in names[:2])  # 'J.P.' of 'Juan Pedro'
        return len(names) >= 2 and spelled == fold_name(initials[0]).replace(" ", "")
        # 'T.J. DiLeo' is not 'Tony DiLeo' (his son): two initials are a name of their own
    if min(len(first_a), len(first_b)) <= 2:  # an initial, or a short form: 'Mo' / 'Maurice'
        return first_a[0] == first_b[0] or _initial_of_formal_name(first_a, first_b)
    if same_given_name(first_a, first_b):
        return True
    key_a, key_b = transliteration_key(first_a), transliteration_key(first_b)
    shorter = min(len(key_a), len(key_b))
    consonants_a = _undoubled(_VOWELS.sub("", key_a))  # 'Mohamed' / 'Muhammad'
    consonants_b = _undoubled(_VOWELS.sub("", key_b))
    if len({given_name_gender(first_a), given_name_gender(first_b)} - {None}) == 2:
        return False  # 'Mario' / 'Maria': a man's name and a woman's, however alike
    if is_given_name(first_a) and is_given_name(first_b):
        return (  # 'Lenny' / 'Lennie', 'Catherine' / 'Kathryn': spellings of one name, vowels
            shorter >= 5  # apart and sharing their forms ('Kathy'); not 'Tommy' / 'Timmy', or
            and consonants_a == consonants_b  # 'Jerry' / 'Jeremy'
            and bool(_name_forms(first_a) & _name_forms(first_b))
        )
    if shorter >= 5 and consonants_a == consonants_b:
        return True  # vowels alone differ: transliterations of one name
    if shorter >= 7 and consonants_a.translate(_DEVOICED) == consonants_b.translate(_DEVOICED):
        return True  # in a long name, vowels and voicing: 'Gurbanguly' / 'Kurbanguli'
    return key_a[0] == key_b[0] and JaroWinkler.similarity(key_a, key_b) >= 0.85


_TWO_INITIALS = re.compile(r"[A-Z]\.?[A-Z]\.?")


def _two_initials(word: str) -> bool:
    """'T.J.', 'PJ': a given name of two initials, which its bearer goes by."""
    return _TWO_INITIALS.fullmatch(word) is not None


def _initial_of_formal_name(a: str, b: str) -> bool:
    """An initial and a nickname of a name with that initial: 'W.' and 'Bill' (William)."""
    initial, name = (a, b) if len(a) == 1 else (b, a)
    if len(initial) != 1:
        return False
    return any(formal[:1] == initial for formal in _NICKNAMES.canonicals_of(name))


def _called_by(given: tuple[str, ...], other: tuple[str, ...]) -> tuple[str, ...]:
    """'W. Mark Felt' goes by his middle name: against 'Mark Felt' his given names are read from
    'Mark' on. An initial before a full given name ('J. Edgar', 'F. Scott') is dropped only when
    the other name does not start with that initial's letter."""
    if len(given) < 2 or not other:
        return given
    initial, middle, first = (fold_name(w).replace(" ", "") for w in (given[0], given[1], other[0]))
    if len(initial) == 1 and len(middle) > 2 and first and first[0] != initial:
        return given[1:]
    return given


_DEVOICED = str.maketrans("gdbzv", "ktpsf")
"""Voiced consonants as their voiceless pairs: romanisations of one name differ in voicing as
well as vowels (Turkic and Slavic g/k, d/t, z/s vary by system). Only long names are compared
so: in short ones it would join 'Boris' and 'Paris'."""


@lru_cache(maxsize=65536)  # asked of the same pairs again and again
def same_person(a: PersonName, b: PersonName, *, one_text: bool = False) -> bool:
    """Whether two parsed names can be the same person. Two generations ('Jr.' and 'Sr.') are
    two people; within `one_text`, a name with a generation and one without are too: an article
    that writes 'Mark Felt Jr.' beside 'Mark Felt' means the son and the father."""
    if a.suffix != b.suffix and (one_text or (a.suffix and b.suffix)):
        return False
    if a.is_full and b.is_full and name_letters(a) == name_letters(b):
        return True  # 'Yoon Suk Yeol' and 'Yoon Suk-yeol': one name, split otherwise
    if not surnames_match(a.surname_key, b.surname_key):
        return (
            _one_name_but_a_final_e(a, b)
            or _one_name_transliterated(a, b)
            or _one_vowel_mistyped(a, b)
        )
    if _by_both_surnames(a, b) or _by_both_surnames(b, a):
        return True  # 'López Obrador' is 'Andrés Manuel López Obrador'
    return given_names_agree(a.given, b.given) or (
        one_text and (_by_middle_name(a.given, b.given) or _by_middle_name(b.given, a.given))
    )


def _one_name_transliterated(a: PersonName, b: PersonName) -> bool:
    """'Noor Mohammad Faiz' and 'Noor Mohammad Fayez': two or more given names written alike
    and surnames only vowels apart are one name romanised two ways ('Hale' and 'Hall', with
    one given name, stay two people)."""
    if len(a.given) < 2 or len(a.given) != len(b.given) or _letters(a.given) != _letters(b.given):
        return False
    return spelled_vowels_apart(a.surname_key, b.surname_key)


def _one_vowel_mistyped(a: PersonName, b: PersonName) -> bool:
    """'Bernard Cazeneuve' and 'Bernard Cazaneuve': one given name written alike and long
    surnames one vowel apart, letter for letter, are one name mistyped; short ones may be two
    people ('Hale' and 'Hall', 'Mann' and 'Munn')."""
    if not a.given or _letters(a.given) != _letters(b.given):
        return False
    x, y = a.surname_key, b.surname_key
    if len(x) != len(y) or len(x) < _MISTYPED_SURNAME_LETTERS:
        return False
    apart = [(p, q) for p, q in zip(x, y, strict=True) if p != q]
    return len(apart) == 1 and all(_VOWELS.fullmatch(c) for c in apart[0])


_MISTYPED_SURNAME_LETTERS = 7
"""How long a surname must be for one vowel of difference to be a slip, not another name."""


def spelled_vowels_apart(a: str, b: str) -> bool:
    """Surname keys of four letters or more that only their vowels tell apart ('faiz' and
    'faiez' of 'Fayez'): a romanisation's spellings. Not enough alone (see
    `_one_name_transliterated`)."""
    return (
        a != b
        and min(len(a), len(b)) >= 4
        and _undoubled(_VOWELS.sub("", a)) == _undoubled(_VOWELS.sub("", b))
    )


def _by_both_surnames(short: PersonName, full: PersonName) -> bool:
    """'López Obrador', 'Ruiz Delgado': a person called by both surnames, without the given
    names: the short name's one 'given' word is the longer name's first surname (see
    `first_surname_key`; not 'Lula da Silva', as 'Lula' is a given name too)."""
    if len(short.given) != 1 or len(full.given) < 2:
        return False
    key = first_surname_key(full)
    return key is not None and key == _particled_key(fold_name(short.given[0]).replace(" ", ""))


def first_surname_key(name: PersonName) -> str | None:
    """The key of the first of two surnames, where a name may carry two: 'Ruiz' of 'Marco
    Antonio Ruiz Delgado' (Spanish names give the father's surname, then the mother's). The
    word before the surname, after a given name, that no census or nickname list knows as a
    given name ('Luther' of 'Martin Luther King' is one); None where there is none."""
    if len(name.given) < 2:
        return None
    word = name.given[-1]
    folded = fold_name(word).replace(" ", "")
    if len(folded) < 3 or is_census_first_name(folded) or is_given_name(folded):
        return None
    return _particled_key(folded)


def family_name_first_key(name: PersonName) -> str | None:
    """The key of a family name written first, as Chinese, Korean and Vietnamese names are in
    English ('Xi' of 'Xi Jinping', 'Lee' of 'Lee Jae-myung', 'Kim' of 'Kim Jong Un'): the
    person may be called by it alone. None unless the first word is one of those countries'
    common family names and no word after it is a Western given name or surname ('Lee
    Anderson', 'Kim Jones' are written given name first)."""
    words = name.without_generation.split()
    if not 2 <= len(words) <= 3 or name.suffix:
        return None
    first = fold_name(words[0])
    if first not in EAST_ASIAN_FAMILY_NAMES:
        return None
    for word in words[1:]:
        folded = fold_name(word).replace(" ", "")
        if is_given_name(folded) or is_census_first_name(folded) or is_common_surname(folded):
            return None
    return _particled_key(first)


EAST_ASIAN_FAMILY_NAMES = frozenset(
    """
    wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng
    liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye
    cheng wei su lu ding ren shen yao zhong cui tan fan jin shi xi qin hou kong mao
    kim lee park choi jung jeong kang cho yoon yun jang lim oh seo shin kwon hwang ahn
    yoo ryu hong jeon ko moon son bae baek heo nam
    nguyen tran le pham hoang vu vo dang bui do ho ngo duong ly
    """.split()
)
"""Common family names of China, Korea and Vietnam, romanised."""


def by_first_surname(full: PersonName, short: PersonName) -> bool:
    """'Marco Ruiz' may be 'Marco Antonio Ruiz Delgado' called by his first surname alone, as
    Spanish-speaking people often are ('Felipe Calderón' of 'Felipe Calderón Hinojosa'): one
    given name and a surname that is the longer name's first surname, the first given names
    agreeing. Only possible, not shown: 'John Fitzgerald' is not 'John Fitzgerald Kennedy'."""
    key = first_surname_key(full)
    if key is None or short.suffix or not surnames_match(short.surname_key, key):
        return False
    if len(short.given) == 1:
        return given_names_agree(full.given[:1], short.given)
    # 'Luis Guillermo Solís' of 'Luis Guillermo Solís Rivera': every given name again
    return len(short.given) == len(full.given) - 1 and all(
        given_names_agree((a,), (b,)) for a, b in zip(full.given[:-1], short.given, strict=True)
    )


def _letters(words: tuple[str, ...]) -> str:
    return _NOT_A_LETTER.sub("", fold_name(" ".join(words)))


def name_letters(name: PersonName) -> str:
    """The letters (and digits) of the whole name, folded, without spaces or hyphens:
    'yoonsukyeol' of 'Yoon Suk Yeol' and of 'Yoon Suk-yeol'; 'jurorno8' of 'Juror No. 8'."""
    return _letters((*name.given, name.surname))


_NOT_A_LETTER = re.compile(r"[^a-z0-9]")


def _by_middle_name(full: tuple[str, ...], called: tuple[str, ...]) -> bool:
    """'William Mark Felt' and 'Mark Felt' in one article: a birth name with the middle name the
    person goes by (an obituary's 'William Mark Felt was born in …')."""
    return (
        len(full) == 2
        and len(called) == 1
        and len(fold_name(called[0])) > 2
        and fold_name(full[1]) == fold_name(called[0])
    )


@lru_cache(maxsize=65536)
def organisation_key(name: str) -> str:
    """A folded organisation name without a leading article ('The Kremlin' → 'kremlin'), a
    state's name, possessive or nationality before a body written one way ('India's navy' and
    'the Indian Navy' are one body), 'and' and '&' alike and a legal form abbreviated ('Oil
    and Natural Gas Corporation' and 'Oil & Natural Gas Corp' are one)."""
    from .places import state_code  # places folds names with this module

    words = fold_name(_DOTTED_INITIALS.sub(lambda m: m.group(0).replace(".", ""), name)).split()
    while words and words[0] in ("the", "a", "an"):
        words.pop(0)
    for written, short in _LEADING_ABBREVIATIONS:
        if len(words) > len(written) and words[: len(written)] == list(written):
            words = [*short.split(), *words[len(written) :]]  # 'UN Security Council' and
            break  # 'U.N. Security Council' are the 'United Nations Security Council'
    if len(words) > 2 and "and" in words[1:-1]:
        words = [words[0], *(w for w in words[1:-1] if w != "and"), words[-1]]  # '&' folds away
    if len(words) >= 2 and words[-1] in _LEGAL_FORMS_WRITTEN_OUT:
        words[-1] = _LEGAL_FORMS_WRITTEN_OUT[words[-1]]  # 'Corporation' is 'Corp'
    code = state_code(words[0]) if len(words) >= 2 else None
    if code is not None:
        words[0] = f"@{code}"
    return " ".join(words)


_DOTTED_INITIALS = re.compile(r"\b(?:[A-Z]\.){2,}")
"""Initials with stops ('U.N.', 'U.S.'): keyed as written without them."""
_LEADING_ABBREVIATIONS = (
    (("un",), "united nations"),
    (("united", "states"), "@us"),
    (("us",), "@us"),
    (("usa",), "@us"),
    (("united", "kingdom"), "@gb"),
    (("uk",), "@gb"),
)
"""How a body's name may open with its state or the UN, written out or abbreviated: one key
('U.S. Pacific Command', 'US Pacific Command'); only before more words, a body of theirs."""
_LEGAL_FORMS_WRITTEN_OUT = {"corporation": "corp", "incorporated": "inc", "limited": "ltd"}
"""Legal forms written out, keyed as their abbreviations: 'Oil and Natural Gas Corporation'
is 'Oil & Natural Gas Corp'."""


HONORIFIC_GENDERS: dict[str, Literal["female", "male"]] = {
    "mr": "male",
    "mrs": "female",
    "ms": "female",
    "miss": "female",
}
"""The gender a title before a surname says, folded: 'Mrs Howard' is a woman."""
TITLE_GENDERS: dict[str, Literal["female", "male"]] = {
    **HONORIFIC_GENDERS,
    **dict.fromkeys("sir lord baron earl duke viscount".split(), "male"),
    **dict.fromkeys("dame lady baroness countess duchess viscountess".split(), "female"),
}
"""The gender any title says, honours and peerages too: 'Lady Starmer' is not 'Sir Keir
Starmer'."""
PEERAGES = frozenset(
    "lord lady baroness baron earl countess viscount viscountess duke duchess marquess".split()
)
"""Titles of peers, folded: often known by one name, a place's ('Baroness Scotland')."""
DOCUMENT_WORDS = frozenset(
    "act bill treaty constitution charter accord accords convention resolution".split()
)
"""Last words of a law's, a treaty's or a charter's name ('the Parliament Act', 'the Energy
Charter Treaty'), or first before 'of' ('Constitution of Pakistan'): a text, named after a
body perhaps, but no body."""
COMPANY_SUFFIXES = frozenset("ltd inc plc corp co llc sa ag nv gmbh spa bv".split())
"""Legal suffixes of company names, folded: 'Microsoft Corp.' is the company 'Microsoft'."""


def with_a_company_suffix(longer: str, shorter: str) -> bool:
    """Whether organisation key `longer` is `shorter` with a legal suffix: 'microsoft corp'."""
    head, _, suffix = longer.rpartition(" ")
    return head == shorter and suffix in COMPANY_SUFFIXES


def acronyms_of(name: str) -> frozenset[str]:
    """Initials of the capitalised words ('Marine Casualty Investigation Board' → 'MCIB'),
    and where a short word in capitals opens or stands in the name, the acronym that keeps
    all its letters too ('UK Independence Party' → 'UIP' and 'UKIP')."""
    words = [w for w in name.split() if w[:1].isupper()]
    initials = "".join(w[0] for w in words)
    spelled = "".join(
        w if w.isupper() and w.isalpha() and len(w) <= _SHORT_CAPITALS else w[0] for w in words
    )
    return frozenset({initials, spelled})


_SHORT_CAPITALS = 3


_DIGIT_NAMES = "zero one two three four five six seven eight nine".split()


def is_clipped_from(short: str, full: str) -> bool:
    """Whether one plural word is a fan's short form of a team's last word: 'Cavs' of
    'Cavaliers', 'Mavs' of 'Mavericks' (a clipping keeping the plural), 'Sixers' of '76ers',
    'Niners' of '49ers' (a number named by its last digit)."""
    short, full = fold_name(short), fold_name(full)
    if " " in short or not (short.endswith("s") and full.endswith("s")) or len(short) < 4:
        return False
    if full[:1].isdigit():
        digits = len(full) - len(full.lstrip("0123456789"))
        named, tail = _DIGIT_NAMES[int(full[digits - 1])], full[digits:]
        return short == (named[:-1] if named[-1] == tail[:1] == "e" else named) + tail
    return len(short) + 2 <= len(full) and full.startswith(short[:-1])
