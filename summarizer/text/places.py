"""Place names and nationalities from GeoNames (via the geotext package's bundled tables),
and the US states (the `us` package).

A place is an actor only where the text makes it act ('Moscow rejected…'); to know that
'Burnsville', 'Schenectady' or 'Rancho Mirage' are places at all, the offline engine asks this
gazetteer: the ~22,000 cities of 15,000 people or more, every country, and the nationality
words ('Somali', 'Guyanese'). Names that are also people's names ('Jackson', 'Palmer') are
settled by the text first: a name linked to a person stays a person.

The tables load on first use (~0.15 s, ~5 MB).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from .lemmas import is_common_word
from .names import fold_name, is_census_first_name, is_common_surname


@cache
def _index() -> tuple[frozenset[str], dict[str, str]]:
    """GeoNames' places (cities, countries, US states) and nationalities with their country's
    ISO code, folded: built once, as geotext's index takes a tenth of a second."""
    from geotext.geotext import build_index

    index = build_index()
    places = frozenset(
        fold_name(name) for name in (*index.cities, *index.countries, *us_state_names())
    )
    nationalities = {fold_name(name): code.lower() for name, code in index.nationalities.items()}
    for code, _, country in _countries():
        folded = fold_name(country)
        if " " in folded and folded.endswith("a"):  # 'Costa Rican', 'Sri Lankan'
            nationalities.setdefault(folded + "n", code.lower())
        elif " " in folded and folded.endswith("o"):  # 'Puerto Rican'
            nationalities.setdefault(folded[:-1] + "an", code.lower())
    return places, nationalities


@cache
def us_state_names() -> frozenset[str]:
    """The United States' states and territories (the `us` package): 'Alabama', 'Oregon'.
    GeoNames' city table lists no states, and US news names them more than any country."""
    import us

    return frozenset(s.name for s in (*us.states.STATES_AND_TERRITORIES, us.states.DC))


@cache
def _us_states_by_form() -> dict[str, str]:
    import us

    forms: dict[str, str] = {}
    for state in (*us.states.STATES_AND_TERRITORIES, us.states.DC):
        forms[state.name.lower()] = state.name
        if state.ap_abbr:
            forms[state.ap_abbr.lower().rstrip(".")] = state.name
    return forms


def us_state_named(text: str) -> str | None:
    """The US state a name or its AP abbreviation names ('Florida', 'Fla.' → 'Florida'), as
    in 'the Florida senator' or 'Sen. Marco Rubio, R-Fla.'; None for anything else."""
    return _us_states_by_form().get(text.lower().rstrip("."))


@cache
def _state_demonyms() -> frozenset[str]:
    forms: set[str] = set()
    for state in us_state_names():
        name = state.lower()
        if " " in name:
            continue
        forms |= {name + "n", name + "an", name + "ian", name[:-1] + "n", name[:-1] + "ian"}
    return frozenset(forms)


def is_state_demonym(word: str) -> bool:
    """Whether `word` names someone of a US state, as 'Californian', 'Texan' or 'Floridian'
    do: an origin before a name, as a nationality is ('Californian Thomas Slattery')."""
    return word.lower() in _state_demonyms()


def _geotext_data() -> str:
    import os

    import geotext

    return os.path.join(os.path.dirname(geotext.__file__), "data")


@cache
def _countries() -> list[tuple[str, str, str]]:
    """GeoNames' countries: ISO code, ISO3 code and English name ('UA', 'UKR', 'Ukraine')."""
    import os

    rows = []
    # utf-8-sig: the file opens with a byte-order mark, which had kept its '#' header a row
    with open(os.path.join(_geotext_data(), "countryInfo.txt"), encoding="utf-8-sig") as table:
        for line in table:
            fields = line.split("\t")
            if not line.startswith("#") and len(fields) > 4:
                rows.append((fields[0], fields[1], fields[4]))
    return rows


@cache
def _capitals() -> dict[str, frozenset[str]]:
    """Each capital's names (GeoNames alternate names in Latin letters) and the forms of its
    country's name: 'kyiv' → {'ukraine', 'ua', 'ukr'}."""
    import os

    countries = {
        code: frozenset({_letters(name), code.lower(), iso3.lower()})
        for code, iso3, name in _countries()
    }
    capitals: dict[str, frozenset[str]] = {}
    with open(os.path.join(_geotext_data(), "cities15000.txt"), encoding="utf-8") as table:
        for line in table:
            if "\tPPLC\t" not in line:  # capitals only: ~240 of 23,000 lines
                continue
            fields = line.split("\t")
            if len(fields) > 8 and fields[7] == "PPLC" and fields[8] in countries:
                for name in (fields[1], fields[2], *fields[3].split(",")):
                    if len(name) >= 4 and name.isascii() and not name.isupper():
                        capitals.setdefault(_letters(name), countries[fields[8]])
    return capitals


def _letters(name: str) -> str:
    """The name's letters, folded: 'U.S.' → 'us', 'Kyïv' → 'kyiv'."""
    folded = name.lower() if name.isascii() else fold_name(name)
    return "".join(c for c in folded if c.isalpha())


@cache
def _country_forms() -> frozenset[str]:
    return frozenset(form for forms in _capitals().values() for form in forms)


@lru_cache(maxsize=65536)  # asked of the same words again and again
def is_country(name: str) -> bool:
    """Whether `name` is a country's name or code GeoNames knows ('Ukraine', 'U.S.', 'USA')."""
    return _letters(name) in _country_forms()


def is_capital(name: str) -> bool:
    """Whether `name` is a country's capital GeoNames knows ('Moscow', 'Kiev', 'Kyiv')."""
    return _letters(name) in _capitals()


def same_country_as_capital(capital: str, country: str) -> bool:
    """Whether `capital` is the capital of `country` ('Moscow', 'Russia'; 'Washington', 'U.S.';
    'Kyiv', 'Ukraine'): a capital that acts stands for its country's government."""
    forms = _capitals().get(_letters(capital))
    return forms is not None and _letters(country) in forms


_NOT_LETTERS = re.compile(r"[^0-9a-z]+")
"""What `names.fold_name` turns into spaces in a name already in ASCII."""
_ALTERNATES_FROM = 200_000
"""Population from which a city's other Latin names count too ('Kyiv' for GeoNames' 'Kiev'):
the cities news names in other spellings, for a fifth of the time all would take."""


@cache
def _cities() -> dict[str, frozenset[tuple[str, str]]]:
    """Each city's folded names (its Latin alternates too) with the (country code, first-level
    division) of every city GeoNames lists by it: 'troy' → {('us', 'mi'), ('us', 'ny'), …}."""
    import os

    found: dict[str, set[tuple[str, str]]] = {}
    with open(os.path.join(_geotext_data(), "cities15000.txt"), encoding="utf-8") as table:
        for line in table:
            fields = line.split("\t", 15)
            if len(fields) < 15:
                continue
            region = (fields[8].lower(), fields[10].lower())
            names = [fields[2]]  # the ASCII name: 'Sao Paulo' for 'São Paulo'
            if fields[14] and int(fields[14]) >= _ALTERNATES_FROM:  # 'Kyiv' for Kiev
                names += [n for n in fields[3].split(",") if len(n) >= 4 and n.isascii()]
            for name in names:
                key = " ".join(_NOT_LETTERS.sub(" ", name.lower().replace("'", "")).split())
                found.setdefault(key, set()).add(region)
    return {name: frozenset(regions) for name, regions in found.items()}


@cache
def _regions() -> dict[str, tuple[str, str]]:
    """Countries and US states, folded, with the (country, division) they cover:
    'ukraine' → ('ua', ''), 'michigan' → ('us', 'mi')."""
    import us

    regions = {fold_name(name): (code.lower(), "") for code, _, name in _countries()}
    for state in (*us.states.STATES_AND_TERRITORIES, us.states.DC):
        regions[fold_name(state.name)] = ("us", state.abbr.lower())
    return regions


@dataclass(frozen=True)
class Whereabouts:
    """Where reports put a happening, read for comparing: the places GeoNames knows, the named
    venues it does not, the (country, division) pairs its cities lie in, and those its named
    countries and US states cover."""

    known: frozenset[str] = frozenset()
    venues: frozenset[str] = frozenset()
    within: frozenset[tuple[str, str]] = frozenset()
    holding: frozenset[tuple[str, str]] = frozenset()


NOWHERE = Whereabouts()
"""A report that names no place."""


@dataclass
class PlacesSeen:
    """The whereabouts of all of a cluster's reports, grown in place as reports join."""

    known: set[str] = field(default_factory=set)
    venues: set[str] = field(default_factory=set)
    within: set[tuple[str, str]] = field(default_factory=set)
    holding: set[tuple[str, str]] = field(default_factory=set)

    def add(self, where: Whereabouts) -> None:
        self.known |= where.known
        self.venues |= where.venues
        self.within |= where.within
        self.holding |= where.holding


@lru_cache(maxsize=65536)
def whereabouts(places: frozenset[str], landmarks: frozenset[str] = frozenset()) -> Whereabouts:
    """The places (folded, as `places_in` finds them) read for `places_agree`. A landmark
    (`landmarks_in`: 'a plant near Houston') is not where it happened but says the region:
    the happening lies in its city's state or province, which may hold the place another
    report names ('Pasadena', 'Texas' agree; 'Chicago' does not)."""
    cities, regions, gazetteer = _cities(), _regions(), _index()[0]
    near = landmarks.intersection(cities.keys())  # a frozenset: '&' with keys makes a set
    places = places - near
    known = frozenset(p for p in places if p in cities or p in regions or p in gazetteer)
    within = frozenset(
        pair
        for p in known | near
        for country, division in cities.get(p, ())
        for pair in ((country, division), (country, ""))
    )
    holding = frozenset(regions[p] for p in known if p in regions)
    holding |= frozenset(pair for p in near for pair in cities[p])
    return Whereabouts(known, places - known, within, holding)


def share_a_place(these: Whereabouts, those: Whereabouts | PlacesSeen) -> bool:
    """Whether a place (known or a venue) is named in both."""
    return not these.known.isdisjoint(those.known) or not these.venues.isdisjoint(those.venues)


def share_a_spot(these: Whereabouts, those: Whereabouts | PlacesSeen) -> str | None:
    """A named spot both give that GeoNames does not know ('Kalymnos', 'the Kestrel Arena'),
    or None. A city both name is no such spot: Kyiv holds a missile strike in the morning
    and a drone strike in the evening."""
    return next(iter(sorted(these.venues & those.venues)), None)


def places_agree(these: Whereabouts, those: Whereabouts | PlacesSeen) -> bool:
    """Whether two reports' places can be where one happening took place. Places GeoNames
    knows agree where one is the other or holds it (a city and its country or US state:
    'Kyiv' and 'Ukraine', 'Troy' and 'Michigan'); named venues it does not know ('the White
    House', 'Morningside Recovery') agree only where one is named in both; a venue beside a
    city says nothing against it. Set operations only: a cluster's places grow with its
    reports, and this is asked for every candidate pair."""
    if share_a_place(these, those):
        return True
    if these.venues and those.venues:
        return False
    if not (these.known or these.holding) or not (those.known or those.holding):
        return True  # (a landmark, 'near Houston', names no place but holds: Texas)
    return not these.within.isdisjoint(those.holding) or not those.within.isdisjoint(these.holding)


@lru_cache(maxsize=1 << 16)
def is_place(name: str) -> bool:
    """Whether `name` is a city or a country GeoNames knows, a capital by any of its Latin
    names ('Kyiv', which geotext's index spells 'Kiev') that no one bears as a name ('Athena'
    is a Greek form of Athens), or a quarter named 'Little' after one ('Little Havana')."""
    folded = fold_name(name)
    if folded in _index()[0]:
        return True
    if folded.startswith("little ") and folded[7:] in _index()[0]:
        return True  # a town's quarter named after a country or city: 'Little Italy'
    return is_capital(name) and not any(
        is_census_first_name(w) or is_common_surname(w) or is_common_word(w) for w in folded.split()
    )


@cache
def _state_after_comma() -> re.Pattern[str]:
    import us

    states = (*us.states.STATES_AND_TERRITORIES, us.states.DC)
    forms = {s.name for s in states} | {s.ap_abbr for s in states if s.ap_abbr}
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"\s*,\s*(?:{alternatives})(?![\w'\u2019])")  # not 'Washington's


def a_state_follows(text: str) -> bool:
    """Whether `text` opens with a comma and a US state as datelines and addresses write it
    (', Alabama', ', Fla.', ', N.J.'): what stands before it is a town ('Key Biscayne, Fla.')."""
    return _state_after_comma().match(text) is not None


_WORLD_REGIONS = frozenset(
    [
        "africa", "asia", "europe", "north america", "south america", "antarctica",
        "oceania", "eurasia",
        "middle east", "mideast", "near east", "far east", "latin america", "caribbean",
        "balkans", "scandinavia", "mediterranean", "arctic", "sahel", "horn of africa",
        "indian subcontinent", "pacific", "atlantic",
    ]
)  # fmt: skip
_COMPASS = re.compile(
    r"^(?:(?:north|south|east|west|central|sub saharan)(?:\s+(?:east|west))?"
    r"|northern|southern|eastern|western|southeast|southwest|northeast|northwest)\s+"
)


@lru_cache(maxsize=65536)  # asked of the same words again and again
def is_world_region(name: str) -> bool:
    """Whether `name` names a continent or a region of the world, however many: 'Asia', 'the
    Middle East', 'South East Asia', 'South East Asia-Middle East-Western Europe' (a cable
    named after the places it links). Such a name is a place, never a person or a body."""
    if is_country(name):
        return False  # 'South Africa'
    parts = [fold_name(part).removeprefix("the ") for part in re.split(r"-(?=\s*[A-Z])", name)]
    return all(part in _WORLD_REGIONS or _COMPASS.sub("", part) in _WORLD_REGIONS for part in parts)


@cache
def _state_codes() -> dict[str, str]:
    """Country names (one word) and nationality words, folded, with their ISO code:
    'india' and 'indian' → 'in'."""
    codes = {word: _ISO.get(code, code) for word, code in _index()[1].items()}
    codes |= _NATIONALITIES_GEOTEXT_LACKS
    for code, _, name in _countries():
        if " " not in name:
            codes.setdefault(fold_name(name), code.lower())
    return codes


_ISO = {"uk": "gb"}
"""Codes the geotext table gives that ISO spells otherwise: 'English' is 'UK' there, 'British'
'GB'; one country, one code."""
_NATIONALITIES_GEOTEXT_LACKS = {
    "polish": "pl", "danish": "dk", "iraqi": "iq", "qatari": "qa", "serbian": "rs",
    "azerbaijani": "az", "briton": "gb", "scottish": "gb",
}  # fmt: skip
"""Adjectives of nationality the geotext table lists only as nouns ('Pole', 'Dane') or not."""


def state_code(word: str) -> str | None:
    """The ISO code of the state a folded word names as its country, its country's possessive
    or its nationality ('india', 'indias', 'indian' → 'in'); None for any other word."""
    codes = _state_codes()
    if word in codes:
        return codes[word]
    if len(word) > 1 and word.endswith("s"):
        return codes.get(word[:-1])  # 'indias': India's
    return None


@lru_cache(maxsize=65536)  # asked of the same words again and again
def is_nationality(word: str) -> bool:
    """Whether `word` is a nationality or demonym: 'Somali', 'Yemeni', 'Guyanese'; or two
    joined by a hyphen ('French-Tunisian')."""
    folded = fold_name(word)
    if folded in _index()[1]:
        return True
    parts = word.split("-")
    return len(parts) == 2 and all(fold_name(part) in _index()[1] for part in parts)


_CAPITALISED_RUN = re.compile(r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}")


_OWNED = re.compile(r"\b(?:his|her|their|its|my|our|your)\s+$", re.IGNORECASE)
_OWNER_REACH = 32
"""Characters before a name searched for its possessive ('their ' is six; spaces may run on)."""
_HOMETOWN = re.compile(
    r"\s+(?:man|woman|men|women|boy|girl|teen|teenager|resident|residents|native|couple"
    r"|family|mother|father|grandmother|grandfather|son|daughter|student|pedestrian"
    r"|actor|actress|star|legend|icon|singer|producer|director|filmmaker|writer|author"
    r"|lawyer|attorney|official|officials|officer|officers|politician|lawmaker|lawmakers"
    r"|businessman|businesswoman|socialite|fan|fans)\b"
)
"""A place just before a person's noun is where they are from or work, not where it
happened: 'a Burnsville woman', 'Hollywood actress Esther Williams died in Beverly Hills'."""


_AFTER_PREPOSITION = re.compile(
    r"\b(?:in|at|near|outside|off|across)\s+(?:the\s+)?([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)"
)
_STREET = re.compile(
    r"\b((?:[A-Z][\w'-]+\s+){1,2}(?:Street|St\.|Avenue|Ave\.|Boulevard|Blvd\.?|Road|Rd\."
    r"|Highway|Drive|Lane|Parkway|Square|Bridge))(?!\w)"
)
"""A named street is a place, wherever it stands: 'the corner of Lyndale Avenue'."""
_SETTLEMENT = re.compile(
    r"\b([A-Z][\w'-]+)\s+(?:village|town|district|province|county)\b"
    r"|\b(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of\s+"
    r"([A-Z][\w'-]+)"
)
"""A place too small for GeoNames, named by what it is or where it lies: 'Zinbi village',
'seven km east of Dargahan'."""
_NOT_PLACES = frozenset(
    """
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    """.split()
)


_ONE_OF_A_KIND = re.compile(
    r"\b(?:island|islands|archipelago)\s+of\s+"
    r"([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)"
)
"""An island named by what it is: 'the Greek island of Kalymnos' (a town or a province 'of'
a place is left to GeoNames: 'the town of Dargahan on Qeshm island' would name two places
that passages must then both agree with)."""


_NEAR = re.compile(
    r"\b(?:near|outside|(?:north|south|east|west|northeast|northwest|southeast|southwest)"
    r"\s+of|(?:miles|km|kilometres|kilometers)\s+from)\s+(?:the\s+)?"
    r"([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)"
)


def _without_days(words: list[str]) -> list[str]:
    """A name's folded words without the days and months after it: 'in Queens Friday' is
    Queens, 'in Wednesday's clashes' names no place."""
    while words and (words[-1] in _NOT_PLACES or words[-1].removesuffix("s") in _NOT_PLACES):
        words.pop()
    return words


def landmarks_in(text: str) -> frozenset[str]:
    """The cities a passage names as landmarks, not as where it happened: 'a plant near
    Houston', 'outside Kyiv', '30 km north of Mosul' (folded, as `places_in` finds them). A
    place GeoNames does not know ('east of Darvan') tells no region: it stays a place."""
    found = set()
    for match in _NEAR.finditer(text):
        words = _without_days(fold_name(match.group(1)).split())
        if words and " ".join(words) in _cities():
            found.add(" ".join(words))
    return frozenset(found)


@lru_cache(maxsize=1 << 16)
def places_in(text: str) -> frozenset[str]:
    """The places a passage names: cities and countries GeoNames knows, and names written
    after 'in', 'at', 'near' ('in Kyiv', 'off Saltmere Point'), and named streets. Kept per
    passage: many articles' reports, and a wire story's reprints, share their sentences."""
    found = set()
    for match in _AFTER_PREPOSITION.finditer(text):
        words = _without_days(fold_name(match.group(1)).split())
        if words and words[0] not in _NOT_PLACES and not is_nationality(" ".join(words)):
            found.add(" ".join(words))  # not 'off the Greek island of …': no place 'Greek'
    found.update(fold_name(match.group(1)) for match in _ONE_OF_A_KIND.finditer(text))
    found.update(fold_name(match.group(1)) for match in _STREET.finditer(text))
    found.update(
        fold_name(match.group(1) or match.group(2)) for match in _SETTLEMENT.finditer(text)
    )
    for match in _CAPITALISED_RUN.finditer(text):
        owner_from = max(0, match.start() - _OWNER_REACH)  # (not the whole text before it)
        if _OWNED.search(text, owner_from, match.start()) or _HOMETOWN.match(text, match.end()):
            continue  # 'in his Bentley' is a car; 'a Burnsville woman' lives there
        words = match.group().split()
        for size in range(len(words), 0, -1):  # 'New Delhi' before 'Delhi'
            for first in range(len(words) - size + 1):
                candidate = " ".join(words[first : first + size])
                if (
                    is_place(candidate)
                    and not is_nationality(candidate)
                    and not (size == 1 and is_common_word(candidate.lower()))
                ):  # 'Police arrest …' is no Polish town; 'in Nice' is found above
                    found.add(fold_name(candidate))
    return frozenset(found)
