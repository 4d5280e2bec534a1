"""Place names and nationalities from GeoNames (via the geotext package's bundled tables).

A place is an actor only where the text makes it act ('Moscow rejected…'); to know that
'Burnsville', 'Schenectady' or 'Rancho Mirage' are places at all, the offline engine asks this
gazetteer: the ~22,000 cities of 15,000 people or more, every country, and the nationality
words ('Somali', 'Guyanese'). Names that are also people's names ('Jackson', 'Palmer') are
settled by the text first: a name linked to a person stays a person.

The tables load on first use (~0.15 s, ~5 MB).
"""

from __future__ import annotations

from functools import cache

from .names import fold


@cache
def _index() -> tuple[frozenset[str], frozenset[str]]:
    from geotext.geotext import build_index

    index = build_index()
    places = frozenset(index.cities) | frozenset(index.countries)
    return places, frozenset(index.nationalities)


def is_place(name: str) -> bool:
    """Whether `name` is a city or a country GeoNames knows."""
    return fold(name) in _index()[0]


def is_nationality(word: str) -> bool:
    """Whether `word` is a nationality or demonym: 'Somali', 'Yemeni', 'Guyanese'."""
    return fold(word) in _index()[1]
