"""Words that name happenings, shared by the offline engine (to find events) and the merge
(to tell which happening an event of any engine reports: its predicate's lemma).

`predicate_of('Williams was arrested on suspicion of DUI')` → 'arrest'.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lemmas import is_common_word, lemma

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


def is_past_form(word: str) -> bool:
    """A verb's past form, crudely: an irregular one ('struck', 'left') or one in -ed that is
    no adjective or verb of state the lists know ('indeed', 'alleged' are not), nor a
    participle 'un-' denies ('unemployed', 'unharmed')."""
    return word in IRREGULAR_PAST or (
        word.endswith("ed")
        and len(word) > 4
        and word not in NOT_VERBS
        and not _denied_participle(word)
    )


@lru_cache(maxsize=4096)
def _denied_participle(word: str) -> bool:
    """'unemployed', 'unharmed', 'unrelated': 'un-' before a participle makes an adjective;
    not before one it undoes ('unveiled', 'uncovered', 'unlocked': verbs)."""
    if not word.startswith("un") or word.startswith("under"):
        return False
    rest = word[2:]
    return is_common_word(rest) and lemma(rest) not in _UNDONE


_UNDONE = frozenset(
    "veil cover leash fold couple seal lock cap wind furl mask load pack tie zip plug block "
    "earth ravel seat settle do dress button hook roll".split()
)
"""What a verb in 'un-' undoes: 'unveiled' a plan, 'uncovered' a plot."""


@lru_cache(maxsize=65536)
def _verb_lemmas(lowered: str) -> tuple[str, ...]:
    """The verbs lemminflect's lexicon reads a lower-cased word as a form of, if any."""
    from lemminflect import getLemma  # type: ignore[import-untyped]

    return tuple(str(found) for found in getLemma(lowered, upos="VERB", lemmatize_oov=False))


@lru_cache(maxsize=16384)
def noun_lemma(word: str) -> str:
    """The singular of a noun by lemminflect's noun lexicon ('thieves' → 'thief', where
    `lemma` gives 'thieve'); `lemma` for a word it does not know as a noun."""
    from lemminflect import getLemma

    lowered = word.lower()
    found = getLemma(lowered, upos="NOUN", lemmatize_oov=False)
    return str(found[0]) if found else lemma(lowered)


def verb_lemma(word: str) -> str:
    """The lemma of a word read as a verb ('won' → 'win', 'developed' → 'develop', where
    `lemma`, reading any part of speech, gives 'won' and 'develope'), by lemminflect's verb
    lexicon; `lemma` for a word it does not read as a verb."""
    lowered = word.lower()
    found = _verb_lemmas(lowered)
    return found[0] if found else lemma(lowered)


def is_verb_form(word: str) -> bool:
    """Whether lemminflect's lexicon knows `word` as a form of some verb ('nominates',
    'accounts'; not 'journalists', 'officials')."""
    return bool(_verb_lemmas(word.lower()))


@lru_cache(maxsize=65536)
def is_adverb_form(word: str) -> bool:
    """Whether lemminflect's lexicon knows `word` as an adverb ('probably', 'quickly'; not
    'family', 'assembly'), or knows no reading of it at all (a typo: 'signifcantly')."""
    from lemminflect import getAllLemmas

    readings = getAllLemmas(word.lower())
    return not readings or "ADV" in readings


@lru_cache(maxsize=65536)
def may_be_a_noun(word: str) -> bool:
    """Whether lemminflect's lexicon reads `word` as a noun at all ('base', 'meeting'; not
    'allegedly', 'near'), or knows no reading of it (a name or a typo)."""
    from lemminflect import getAllLemmas

    readings = getAllLemmas(word.lower())
    return not readings or "NOUN" in readings


FINITE_AUXILIARIES = frozenset("has have had is are was were will would".split())
"""Auxiliaries that open a finite verb: 'has been detained', 'was arrested', 'will host'."""
STATE_VERBS = frozenset(
    """
    like love hate fear believe trust prefer wish hope doubt own deserve resemble entitle title
    """.split()
)
"""Verbs of feeling, belief and having, and of naming a work: a state, not a happening ('he
still trusted Mr Blair', 'feared the worst', 'a report entitled Broadband Britain'), however
past their form."""
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
    assault stabbing beating hanging crackdown coup siege ambush shootout fight incident
    collapse sinking
    grounding spill leak death deaths funeral wedding ceremony launch release ban embargo
    call conversation phone-call interview press-conference
    """.split()
)
"""Nouns that name a happening: 'the earthquake', 'his arrest', 'the ceasefire'."""
NAMED_OCCASIONS = frozenset("oscars olympics emmys grammys tonys baftas paralympics".split())
"""Occasions known by a one-word name: 'the Oscars'."""
OCCASION_WORDS = frozenset(
    """
    awards games cup championship championships festival bowl series summit conference prix
    parade marathon tournament gala regatta
    """.split()
)
"""Last words of occasions' names: 'the Academy Awards', 'the World Cup'."""
_KINDS = {
    # one happening told by other words
    "hit": "strike", "mow": "strike",
    "die": "kill", "death": "kill", "killing": "kill", "slay": "kill", "slaying": "kill",
    "capture": "arrest", "apprehend": "arrest", "detain": "arrest", "nab": "arrest",
    "shot": "shoot", "shooting": "shoot",
    "escape": "flee", "discover": "find", "thwart": "foil",
    "interrupt": "disrupt", "hamper": "disrupt",
    # a happening's noun and its verb
    "hanging": "hang", "bombing": "bomb", "stabbing": "stab", "flooding": "flood",
    "sinking": "sink", "kidnapping": "kidnap", "abduction": "kidnap", "abduct": "kidnap",
    "hijacking": "hijack", "explosion": "explode", "blast": "explode", "collision": "collide",
    "quake": "earthquake", "resignation": "resign", "appointment": "appoint",
    "nomination": "nominate", "evacuation": "evacuate", "invasion": "invade",
    "conviction": "convict", "sentencing": "sentence", "acquittal": "acquit",
    "indictment": "indict", "dismissal": "dismiss", "eruption": "erupt",
    "sack": "fire", "sacking": "fire", "oust": "fire", "ouster": "fire",
    "investigation": "investigate", "injury": "injure", "robbery": "rob", "theft": "steal",
    "acquisition": "acquire", "merger": "merge",
}  # fmt: skip


def happening_kind(predicate: str) -> str:
    """The one word for a happening however a report names it: 'hit', 'struck' and 'mowed
    down' a pedestrian are one strike; 'died', 'killed' and 'the death' one killing; 'the
    bombing' is 'bombed'. Reports are compared by kind; each keeps its own word."""
    return _KINDS.get(predicate, predicate)


_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_SPEECH = frozenset("said says say told tells added wrote stated announced".split())


def predicate_of(text: str) -> str | None:
    """The lemma of the first word in `text` that names a happening: a past verb of action
    ('struck', 'was arrested') or an event noun ('the earthquake'); None if there is none."""
    for match in _WORD.finditer(text):
        word = match.group().lower()
        if word in _SPEECH or word in NOT_VERBS:
            continue
        if is_past_form(word):
            if lemma(word) in STATE_VERBS:
                continue
            return verb_lemma(word)
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
        if (is_past_form(word) or word in EVENT_NOUNS) and lemma(word) not in STATE_VERBS:
            found.add(verb_lemma(word) if is_past_form(word) else lemma(word))
    return frozenset(found)
