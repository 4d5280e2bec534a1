"""Words that name happenings, shared by the offline engine (to find events) and the merge
(to tell which happening an event of any engine reports: its predicate's lemma).

`predicate_of('Williams was arrested on suspicion of DUI')` → 'arrest'.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lemmas import lemma

IRREGULAR_PAST = frozenset(
    """
    ran struck hit met held took gave made sent fell rose shot won lost left came went broke began
    spoke put set cut hurt burst fought brought caught fled flew drove threw sank seized laid led
    paid sold
    built kept found stood became grew drew swept beat bit hung slid split spread stole tore wore
    shut shed lit burnt sought bought arrived begun taken given sent fallen risen won broken
    spoken flown driven thrown sunk grown drawn died killed
    """.split()
)
NOT_VERBS = frozenset(
    """
    red bed need speed seed hundred united based indeed shed wed feed breed greed proceed exceed
    succeed naked wicked sacred rugged ragged alleged supposed so-called concerned detailed
    limited advanced armed reported expected scheduled planned proposed called named aged
    related used needed wanted seemed appeared interested involved tired worried
    """.split()
)
EVENT_NOUNS = frozenset(
    """
    attack airstrike bombing bombardment blast explosion shooting killing murder massacre
    crash collision accident fire blaze earthquake quake tsunami flood flooding storm hurricane
    typhoon eruption landslide avalanche arrest raid invasion offensive war battle clash
    fighting protest demonstration riot rally election referendum vote meeting talks summit
    visit trial hearing verdict sentencing conviction acquittal ruling indictment lawsuit
    investigation probe inquiry resignation dismissal appointment nomination deal agreement
    ceasefire cease-fire truce treaty sanctions hijacking kidnapping abduction rescue evacuation
    outbreak game match playoff victory defeat injury surgery escape robbery theft fraud
    scandal hack merger acquisition takeover bankruptcy overdose rehab dui strike strikes
    assault stabbing crackdown coup siege ambush shootout fight incident collapse sinking
    grounding spill leak death deaths funeral wedding ceremony launch release ban embargo
    call conversation phone-call interview press-conference
    """.split()
)
"""Nouns that name a happening: 'the earthquake', 'his arrest', 'the ceasefire'."""
NAMED_OCCASIONS = frozenset("oscars olympics emmys grammys tonys baftas paralympics".split())
"""Occasions known by a one-word name: 'the Oscars'."""
OCCASION_WORDS = frozenset(
    "awards games cup championship championships festival bowl series summit conference".split()
)
"""Last words of occasions' names: 'the Academy Awards', 'the World Cup'."""
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_SPEECH = frozenset("said says say told tells added wrote stated announced".split())


def predicate_of(text: str) -> str | None:
    """The lemma of the first word in `text` that names a happening: a past verb of action
    ('struck', 'was arrested') or an event noun ('the earthquake'); None if there is none."""
    for match in _WORD.finditer(text):
        word = match.group().lower()
        if word in _SPEECH or word in NOT_VERBS:
            continue
        if word in IRREGULAR_PAST or (word.endswith("ed") and len(word) > 4):
            return lemma(word)
        if word in EVENT_NOUNS:
            return lemma(word)
    return None


@lru_cache(maxsize=1 << 16)
def predicates_in(text: str) -> frozenset[str]:
    """The lemmas of every word in `text` that names a happening (see `predicate_of`); kept per
    passage, which many reports share."""
    found = set()
    for match in _WORD.finditer(text):
        word = match.group().lower()
        if word in _SPEECH or word in NOT_VERBS:
            continue
        if word in IRREGULAR_PAST or (word.endswith("ed") and len(word) > 4) or word in EVENT_NOUNS:
            found.add(lemma(word))
    return frozenset(found)
