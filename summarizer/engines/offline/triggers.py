"""Which words report a happening: a past or future verb of an event ('struck', 'was arrested',
'will meet'), a specific event noun ('the attack', 'its launch'), a light or aspect verb's
object or subject ('held talks', 'the fighting continued'); not speech, states or modifiers.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...text.dates import YEAR, names_a_day_or_month
from ...text.lemmas import is_common_word, lemma
from ...text.places import is_nationality, is_place
from ...text.predicates import (
    EVENT_NOUNS,
    IRREGULAR_PAST,
    NAMED_OCCASIONS,
    NOT_VERBS,
    OCCASION_WORDS,
    STATE_VERBS,
    is_past_form,
    is_verb_form,
    verb_lemma,
)
from ...text.words import STOPWORDS
from .lexicon import (
    ADVERBS,
    CURRENCY_SIGNS,
    DEMONYMS,
    MODALS,
    PERSON_NOUNS,
    POSSESSIVE_PRONOUNS,
    SMALL_NUMBERS,
    SPEECH_VERBS,
    is_adverb,
    is_negation,
)
from .sentences import Token, in_a_model_code

DETERMINERS = frozenset("the a an its his her their our this that these those".split())
PREPOSITIONS = frozenset("on in at of for to by with from about over after before".split())

_LIGHT_VERBS = frozenset(
    "held hold holds made make makes took take takes gave give had got"
    " launched launch launches launching carried carry carries carrying staged stage stages"
    " mounted mount mounts conducted conduct conducts waged wage wages".split()
)
"""Verbs whose object names the happening: 'held a meeting', 'carried out a robbery',
'launched an invasion' are what 'met', 'robbed' and 'invaded' tell."""


def verdict(tokens: Sequence[Token], trigger: int, last: int) -> str | None:
    """'found him guilty' is a conviction, 'found not guilty' an acquittal: the verdict other
    reports name, not a finding like 'found a shotgun in his car'."""
    if lemma(tokens[trigger].lower) != "find":
        return None
    words = [t.lower for t in tokens[trigger + 1 : min(last + 1, trigger + 8)]]
    for at, word in enumerate(words):
        if word in (",", ".", ";", "of", "in", "at", "on"):
            return None
        if word in ("guilty", "innocent"):
            acquitted = word == "innocent" or (at > 0 and words[at - 1] in ("not", "n't"))
            return "acquit" if acquitted else "convict"
    return None


_ASPECT_VERBS = frozenset(
    "end begin start continue resume conclude collapse stall fail break finish last".split()
)


def subject_of_aspect_verb(tokens: Sequence[Token], first: int, trigger: int) -> str | None:
    """'Friday's talks ended early' tells of the talks: the happening its subject names."""
    if lemma(tokens[trigger].lower) not in _ASPECT_VERBS:
        return None
    for token in tokens[first:trigger]:
        if token.is_word and (token.lower in EVENT_NOUNS or lemma(token.lower) in EVENT_NOUNS):
            return lemma(token.lower)
    return None


_LIGHT_OBJECTS = frozenset("offer bid appearance comeback debut donation pledge".split())
"""Nouns a light verb makes a happening of that are no happening alone: 'made an offer' is
what 'offered' says; 'the offer' is a thing."""


def object_of_light_verb(tokens: Sequence[Token], trigger: int, last: int) -> str | None:
    """'held a three-hour meeting' is a meeting, 'made a call' a call: the noun names it."""
    if tokens[trigger].lower not in _LIGHT_VERBS:
        return None
    for token in tokens[trigger + 1 : min(last + 1, trigger + 10)]:
        base = lemma(token.lower)
        noun = (
            base in _LIGHT_OBJECTS
            or token.lower in EVENT_NOUNS
            or (base in EVENT_NOUNS and not token.lower.endswith(("ed", "ing")))
        )  # a line 'called Mantra' is no call
        if token.is_word and not token.capitalised and noun:
            return lemma(token.lower)
        if token.lower in ("of", "with", "to", "for", "on", "in", "at"):
            break
    return None


_PRO_VERBS = frozenset({"do"})
"""Verbs that stand for another the sentence does not name ('does everything', 'will do so'):
no happening of their own."""


def _after_will(tokens: Sequence[Token], index: int) -> bool:
    """Whether token `index` follows 'will', or 'will' and an adverb or two ('will then copy',
    'will eventually replace')."""
    if index == 0:
        return False
    previous = tokens[index - 1].lower
    if previous == "will":
        return True
    if previous not in ADVERBS and not previous.endswith("ly"):
        return False  # the cheap test first: no adverb (see `is_adverb`) between
    at = index - 1
    while at >= max(0, index - 3) and is_adverb(tokens[at].lower):
        at -= 1
    return at >= 0 and tokens[at].lower == "will"


def is_event_verb(tokens: Sequence[Token], index: int) -> bool:
    """Whether token `index` is a verb reporting something done or due (not said, negated,
    hoped): 'struck', 'was arrested', 'will host', 'Obama nominates', 'announced a deal'."""
    token = tokens[index]
    word = token.lower
    if not token.is_word or token.capitalised or word in NOT_VERBS:
        return False
    previous = tokens[index - 1] if index else None
    scheduled = _is_to(tokens, index)
    after_will = _after_will(tokens, index)
    if not (  # the cheap test first: most words have no verb's ending and follow no 'will'
        word.endswith(("ed", "ing", "s")) or word in IRREGULAR_PAST or after_will or scheduled
    ) or is_adverb(word):
        return False
    if word in SPEECH_VERBS and not _announces_a_happening(tokens, index):
        return False
    if word in _REPORTS and _reports_words(tokens, index):
        return False  # '…, MyFoxHouston.com reports.', 'EW.com reports that …': a source
    past = is_past_form(word)  # (no word of NOT_VERBS comes this far)
    if word.endswith("ing") and previous is not None and previous.text == ",":
        return word not in _NOT_PARTICIPLES and len(word) > 5  # '…, killing nine people
    if word.endswith("ing") and previous is not None and previous.lower in _SEQUENCE:
        return word not in _NOT_PARTICIPLES and lemma(word) != word  # 'dead after falling 150m'
    due = (scheduled or after_will) and word not in _NOT_DUE
    present = (
        previous is not None
        and word.endswith("s")
        and len(word) > 3
        and lemma(word) != word
        and ((previous.capitalised and previous.is_word) or previous.lower in ("he", "she", "it"))
        and not in_a_model_code(tokens, index - 1)  # 'its 7E7 planes': a noun after a model
        and previous.lower not in DEMONYMS
        and not is_common_word(previous.lower)
        and lemma(word) not in PERSON_NOUNS
        and is_verb_form(word)  # 'BBC journalists': no verb
        and not _past_verb_follows(tokens, index)
        and not _habit_or_condition(tokens, index)
    )  # 'Obama nominates', 'DeGeneres returns'; not 'Indian sailors boarded'
    present = present or (
        word.endswith("s")
        and lemma(word) != word
        and is_verb_form(word)
        and _historical_present(tokens, index)
    )
    if not (past or due or present) or lemma(word) in STATE_VERBS or lemma(word) in _PRO_VERBS:
        return False
    if _a_preposition_in_form(tokens, index) or _names_a_source(tokens, index):
        return False
    if _a_state_in_the_passive(tokens, index):
        return False
    if previous is not None and previous.text == "-" and previous.end == token.start:
        return False  # the end of a compound: '32-bit', 'hard-hit', 'well-known'
    before = [t.lower for t in tokens[max(0, index - 3) : index]]
    if any(is_negation(w) for w in before):
        return False
    if (
        index + 1 < len(tokens)
        and tokens[index + 1].lower in ("no", "nothing")
        and lemma(word) in _EMPTY_HANDED
        and not any(t.lower == "mistake" for t in tokens[index + 2 : index + 4])
    ):  # but 'Drogba made no mistake' from the spot: he scored
        return False  # 'offered no breakthrough', 'gave no details': nothing came of it
    relative = before[-1:] == ["that"] and not _a_noun_follows(tokens, index)
    if (
        before
        and not relative
        and (before[-1] in DETERMINERS or tokens[index - 1].text.endswith(("'s", "\u2019s")))
    ):
        return False  # an adjective: 'its stranded ship', 'the injured crew'; not 'that sank'
    if past and _where_an_adjective_stands(before) and _a_noun_follows(tokens, index):
        return False  # an adjective before its noun: 'from damaged areas', 'crewed moon landers'
    if (
        past
        and _a_count_before(tokens, index)
        and _a_noun_follows(tokens, index)
        and tokens[index + 1].lower not in _NO_NOUNS  # 'died when', 'helped him'
    ):
        return False  # an adjective: '1,200 suspected cholera cases', 'two wounded soldiers'
    if due:
        return True
    if len(before) >= 2 and before[-2] in _HYPOTHETICAL and before[-1] in ("be", "have"):
        return False  # 'would be lost', 'could have died': what did not (yet) happen
    if len(before) == 3 and before[0] in _HYPOTHETICAL and before[1:] == ["have", "been"]:
        return False  # 'might have been killed'
    return not (before and (before[-1] in MODALS or before[-1] == "to"))


def _where_an_adjective_stands(before: Sequence[str]) -> bool:
    """Whether the words before a participle that a noun follows make it an adjective: after a
    preposition ('searched through collapsed homes', 'for endangered animals'), a degree ('the
    most affected countries'; not 'at least showed better form'), a verb in -ing ('is changing
    endangered species rules'), a verb's base form after 'to' or a modal ('to develop crewed
    moon landers'), a determiner and a year ('its planned 2024 crewed moon shot') or another
    adjective and 'and' ('the dead and wounded employees')."""
    return bool(
        (before and before[-1] in _PREPOSITIONS)
        or (before and before[-1] in _DEGREES and before[-2:-1] != ["at"])
        or _after_a_gerund(before)
        or _after_a_verbs_base(before)
        or _a_dated_noun_phrase(before)
        or _second_adjective(before)
    )


_DEGREES = frozenset("most least more less worst best hardest very".split())
"""Words of degree before a participle that a noun follows: an adjective's."""
_EMPTY_HANDED = frozenset("offer give make reach produce yield bring provide find show".split())
"""Verbs whose object 'no …' says nothing was done: 'reached no agreement'."""


def _a_preposition_in_form(tokens: Sequence[Token], index: int) -> bool:
    """A participle that works as a preposition: 'compared with $165.8m', 'given the fact'
    (not 'he was given a chance')."""
    word = tokens[index].lower
    following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
    previous = tokens[index - 1].lower if index else ""
    if previous in _AUXILIARIES or previous == "and":
        return False  # 'has been compared to', 'was arrested and given a new sentence'
    if word == "compared":
        return following in ("with", "to")
    if word == "given":
        return following in _GIVEN_WHAT
    return False


_GIVEN_WHAT = (DETERMINERS | POSSESSIVE_PRONOUNS) - {"a", "an"}
"""What 'given' as a preposition is followed by ('given the fact', 'given his record'); 'given
a new sentence' may be what happened."""


def _names_a_source(tokens: Sequence[Token], index: int) -> bool:
    """A participle inside 'according to …' before its comma ('According to figures released
    on Tuesday, …', 'according to research carried out by …'): it describes the source, it
    reports no happening."""
    for i in range(index - 1, max(-1, index - _SOURCE_WORDS), -1):
        if tokens[i].text in (",", ";", ":") or not tokens[i].text[:1].isalnum():
            return False
        if tokens[i].lower in _AUXILIARIES:
            return False  # 'According to Microsoft the messages were sent …': a clause
        if tokens[i].lower == "to" and i > 0 and tokens[i - 1].lower == "according":
            return True
    return False


_SOURCE_WORDS = 8


def _after_a_gerund(before: Sequence[str]) -> bool:
    """Right after a verb in -ing, whose object the participle describes ('reducing protected
    areas') after 'is', a comma or a preposition; not 'having' or 'being', which make it the
    verb ('having killed three'), nor a noun in -ing ('the shooting took place')."""
    if len(before) < 2:
        return False
    word = before[-1]
    return (
        word.endswith("ing")
        and word not in ("having", "being", "getting")
        and lemma(word) != word
        and before[-2] in _BEFORE_A_GERUND  # not a noun: 'the shooting took place'
    )


_BEFORE_A_GERUND = frozenset("is are was were be been am , by after before while without".split())


def _a_dated_noun_phrase(before: Sequence[str]) -> bool:
    """'the 2024', 'its planned 2024': a determiner opening a noun phrase that a year goes on,
    so a participle after the year describes its noun (not 'in 2001 announced plans')."""
    if len(before) < 2 or not YEAR.fullmatch(before[-1]):
        return False
    return before[-2] in DETERMINERS or (
        len(before) >= 3 and before[-3] in DETERMINERS and before[-2].endswith("ed")
    )


def _after_a_verbs_base(before: Sequence[str]) -> bool:
    """Whether the two words before a participle are 'to' or a modal and a verb's base form
    ('to develop', 'will build'): the participle then describes that verb's object."""
    return (
        len(before) >= 2
        and (before[-2] == "to" or before[-2] in MODALS)
        and before[-1].isalpha()
        and before[-1] not in STOPWORDS
        and before[-1] not in ("be", "have", "get", "been")
        and lemma(before[-1]) == before[-1]
    )


def _second_adjective(before: Sequence[str]) -> bool:
    """Whether the three words before a participle are a determiner, an adjective and 'and'
    ('the dead and', 'the injured and'): the participle describes the noun after it too."""
    if len(before) != 3 or before[0] not in DETERMINERS or before[2] != "and":
        return False
    word = before[1]
    return word in ("dead", "sick", "missing", "elderly", "poor") or (
        word.endswith("ed") and lemma(word) != word
    )


_HYPOTHETICAL = frozenset("would could should might may must can".split())
_PREPOSITIONS = frozenset(
    "through from in into on at with under among near across of for about against over by".split()
)


def _a_count_before(tokens: Sequence[Token], index: int) -> bool:
    """A count right before the word ('1,200', 'two', 'dozens'): not a year ('in 2001
    announced'), nor a number standing for people ('the two worked', 'a mother of two died')."""
    if index == 0:
        return False
    count = tokens[index - 1]
    if YEAR.fullmatch(count.text):
        return False
    owner = tokens[index - 2].lower if index > 1 else ""
    if owner in ("the", "next", "first", "last", "other", "of", "all", "these", "those"):
        return False
    return count.text.replace(",", "").isdigit() or count.lower in _COUNT_WORDS


_COUNT_WORDS = SMALL_NUMBERS | frozenset("dozen dozens hundreds thousands several many".split())


def _a_noun_follows(tokens: Sequence[Token], index: int) -> bool:
    """A lower-case content word right after: the noun a participle describes."""
    if index + 1 >= len(tokens):
        return False
    following = tokens[index + 1]
    return (
        following.is_word
        and not following.capitalised
        and following.lower not in NOT_VERBS
        and following.lower not in DETERMINERS
        and following.lower not in _PREPOSITIONS
        and following.lower not in ("by", "to", "and", "or", "as", "for", "after", "before")
        and following.lower not in _PARTICLES  # 'that sank off Sulawesi'
    )


_NO_NOUNS = frozenset(
    "when while because since until unless though although where whereas if than him her "
    "them it us me together".split()
)


_PARTICLES = frozenset("off up down out over back away about around last".split())


def _past_verb_follows(tokens: Sequence[Token], index: int) -> bool:
    """'Indian sailors boarded': the word is the subject of the verb after it, a noun."""
    if index + 1 >= len(tokens) or not tokens[index + 1].is_word:
        return False
    following = tokens[index + 1].lower
    return following in IRREGULAR_PAST or (following.endswith("ed") and len(following) > 4)


_NOT_PARTICIPLES = frozenset(
    """
    including according following regarding concerning during notwithstanding pending
    considering saying adding noting telling arguing insisting claiming warning citing
    leaving making taking giving having being bringing doing
    """.split()
)


_SEQUENCE = frozenset(("after", "before"))
"""Words after which a subjectless '-ing' tells a happening of its own: 'is dead after falling
150 metres', 'before retiring in 1993' (unlike 'while climbing', the time of another)."""


def _is_to(tokens: Sequence[Token], index: int) -> bool:
    """'Boeing is to supply …', 'General Motors is to pay Fiat …': what a subject is to do, as
    news announces it; not 'the aim is to cut costs', 'what matters is to win' (a purpose)."""
    if index < 3 or tokens[index - 1].lower != "to" or tokens[index - 2].lower not in ("is", "are"):
        return False
    if tokens[index].lower == "blame":
        return False  # 'arson is to blame for the fire': a cause, nothing due
    subject = tokens[index - 3]
    if not subject.is_word or subject.lower in _NO_SUBJECT_DUE:
        return False
    for token in reversed(tokens[: index - 2]):  # 'The priority for Finance Minister P.
        if token.text in (",", ";", ":"):  # Chidambaram is to fight poverty': a purpose
            break
        if lemma(token.lower) in _PURPOSE_NOUNS:
            return False
    return True


_NO_SUBJECT_DUE = frozenset("it this that what which there who here".split())
_PURPOSE_NOUNS = frozenset(
    """
    aim plan goal idea hope intention task job challenge priority point problem answer
    solution option objective mission role purpose strategy ambition dream wish desire target
    thing step way key trick danger risk fear temptation instinct policy rule need pledge
    alternative mandate approach focus message advice response concern worry question agenda
    proposal promise vision remit brief function duty instruction suggestion imperative
    effect request pattern practice choice tendency result consequence reason habit custom
    """.split()
)
_NOT_DUE = frozenset("be have not also never still continue remain".split())


_ANNOUNCING = frozenset(
    """
    announced announces confirmed confirms unveiled unveils revealed reveals pledged pledges
    """.split()
)


def _announces_a_happening(tokens: Sequence[Token], index: int) -> bool:
    """'announced his resignation' is news; 'announced that …' or '… announced:' is speech."""
    if tokens[index].lower not in _ANNOUNCING or index + 1 >= len(tokens):
        return False
    following = tokens[index + 1]
    if tokens[index].lower.startswith("pledge") and following.text in CURRENCY_SIGNS:
        return True  # 'pledged $500 million': a sum given, not words
    return following.is_word and following.lower not in ("that", "on", "in", "to", "it")


def _reports_words(tokens: Sequence[Token], index: int) -> bool:
    """'reported' closing a clause or opening what was said ('…, CNN reports.', 'reported
    that …', 'reported:') names who says it; 'reported a loss' is news."""
    if index + 1 >= len(tokens):
        return True
    following = tokens[index + 1]
    return following.lower == "that" or (not following.is_word and following.text != "$")


_REPORTS = frozenset("report reports reported".split())


def is_event_noun(tokens: Sequence[Token], index: int, verbs_seen: set[str]) -> bool:
    """'the earthquake', 'the shooting', 'his arrest' (when 'arrested' is in the article),
    'the Oscars', 'the Academy Awards'."""
    token = tokens[index]
    if token.capitalised and token.is_word:
        return token.lower in NAMED_OCCASIONS or (
            token.lower in OCCASION_WORDS
            and index > 0
            and tokens[index - 1].capitalised
            and (token.lower != "games" or _games_of_a_place_or_season(tokens[index - 1].text))
        )
    if not token.is_word or index == 0:
        return False
    word = token.lower
    if word.endswith("ed") or tokens[index - 1].lower in _AUXILIARIES:
        return False  # 'had seized' is a verb
    if word in _ORDERS:
        return False  # 'the last major quake' (where 'the tremor lasted' is a happening)
    base = lemma(word)
    names_a_happening = (
        word in EVENT_NOUNS
        or base in EVENT_NOUNS
        or (word.endswith("ing") and len(word) > 5 and base != word)
        # 'the shooting', a verb's gerund; not 'the building', 'this morning', 'during'
        or base in verbs_seen
    )
    # 'talks', 'a ceasefire', 'war': a topic, not one happening; 'the attack helicopter'
    return names_a_happening and _specific(tokens, index) and not _modifies_next(tokens, index)


def _a_state_in_the_passive(tokens: Sequence[Token], index: int) -> bool:
    """A participle telling where or what for something is, before its preposition: 'is
    located in the desert', 'is designed to prevent', 'aimed at the heart of Britain',
    'associated with fewer episodes'; not 'police located the suspect', 'designed by Foster'."""
    word = tokens[index].lower
    following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
    return (
        word.endswith("ed")
        and following in _PLACING_PREPOSITIONS
        and lemma(word) in _PLACED_OR_MEANT
    )


_PLACED_OR_MEANT = frozenset(
    "locate situate design aim intend associate link relate base dedicate devote".split()
)
_PLACING_PREPOSITIONS = frozenset("in at to with for on near as".split())


def _historical_present(tokens: Sequence[Token], index: int) -> bool:
    """A list of past happenings told in the present: 'A man shoots dead 22 people in a
    restaurant in Killeen in October 1991', 'In April 2009, an immigrant shoots dead 13
    people': an indefinite subject opens the sentence (after its time), with no comma before
    the verb, and the sentence places it in a year ('in 1991', 'in July 2012')."""
    start = 0
    if tokens[0].lower == "in":
        start = next((k + 1 for k, t in enumerate(tokens[:index]) if t.text == ","), 0)
    subject = tokens[start:index]
    return (
        1 < len(subject) <= _SUBJECT_WORDS
        and subject[0].lower in ("a", "an")
        and verb_lemma(tokens[index].lower) not in ("be", "have", "do")
        and not any(t.text in ",;:" or t.lower in _IN_A_SUBJECT for t in subject)
        and not (subject[-1].lower in SMALL_NUMBERS or subject[-1].text.isdigit())
        and any(
            YEAR.fullmatch(t.text) and "in" in {w.lower for w in tokens[max(0, k - 2) : k]}
            for k, t in enumerate(tokens)
        )
    )  # not 'A string of storms', 'four times the size', 'A movie was released in 2005'


_SUBJECT_WORDS = 6
_IN_A_SUBJECT = frozenset("of with along in on at from by for about to into against".split())


def _habit_or_condition(tokens: Sequence[Token], index: int) -> bool:
    """Whether the present-tense verb at `index` tells a habit or a condition, no happening:
    'Normally, Microsoft releases bulletins on the second Tuesday', 'Once Microsoft issues a
    warning, hackers rush …'; the clause's words before it say so."""
    for at in range(index - 1, max(-1, index - 6), -1):
        word = tokens[at].lower
        if word in _HABITS or (word in _CONDITIONS and (at == 0 or tokens[at - 1].text == ",")):
            return True
        if tokens[at].text in (";", ":") or word in ("and", "but"):
            return False
    return False


_HABITS = frozenset(
    "normally usually typically generally often always routinely traditionally rarely "
    "seldom sometimes frequently".split()
)
_CONDITIONS = frozenset("if once when whenever unless".split())


def _games_of_a_place_or_season(word: str) -> bool:
    """'the Athens Games', 'the Pyeongchang Games', 'the Winter Games': sport, named by a
    place, a people, a season or a name; not by an ordinary word ('The Hunger Games', a
    film)."""
    folded = word.lower()
    return (
        not is_common_word(folded)
        or folded in _GAMES_OF
        or is_place(word)
        or is_nationality(folded)
    )


_GAMES_OF = frozenset(
    "olympic paralympic commonwealth world winter summer youth special pan asian european "
    "african american pacific mediterranean island arctic highland".split()
)
_ORDERS = frozenset("last next first".split())
"""Words that place a noun in a series, never a happening of their own."""
_SPECIFIERS = frozenset("the this its his her their".split())


_AUXILIARIES = frozenset("had has have was were is are be been being will would did".split())


def _specific(tokens: Sequence[Token], index: int) -> bool:
    """A noun phrase that names one happening: 'the earthquake', 'his arrest', 'Friday's
    meeting', 'Thursday's attack', 'the 2-hour call'; not 'a deal' or 'sanctions'."""
    for j in range(index - 1, max(-1, index - 4), -1):
        previous = tokens[j]
        if previous.lower in _SPECIFIERS or previous.text.endswith(("'s", "\u2019s")):
            return True
        if not previous.is_word and not previous.text[:1].isdigit() and previous.text != "-":
            return False
        if previous.lower in ("a", "an", "any", "some", "no", "more", "new") or (
            previous.lower in PREPOSITIONS
        ):
            return False  # 'on ceding territory': the 'the' before belongs to another noun
    return False


def _modifies_next(tokens: Sequence[Token], index: int) -> bool:
    """'the attack helicopter', 'the fire service', 'the shooting suspect': the word qualifies
    the noun after it."""
    if index + 1 >= len(tokens):
        return False
    following = tokens[index + 1]
    if following.is_word and following.capitalised and tokens[index].lower.endswith("ing"):
        return not _names_a_time(following.lower)  # 'the ruling Democratic Party'; not 'the
        # shooting Friday', 'the bombing in March'
    if not following.is_word or following.capitalised:
        return False
    word = following.lower
    if word in EVENT_NOUNS or word in _QUALIFIED_NOUNS or lemma(word) in PERSON_NOUNS:
        return True
    own = tokens[index].lower
    return own.endswith("ing") and own not in EVENT_NOUNS and _a_plain_noun(word)


def _names_a_time(word: str) -> bool:
    return names_a_day_or_month(word) or word in ("today", "tonight")


def _a_plain_noun(word: str) -> bool:
    """A content word that is no verb, adverb or function word: 'price' in 'the closing
    price', 'market' in 'a growing market' (the -ing word before it qualifies it)."""
    return (
        word not in STOPWORDS
        and word not in _AUXILIARIES
        and word not in MODALS
        and word not in _NOT_NOUNS
        and not word.endswith(("ed", "ly", "ing"))
        and lemma(word) == word
    )


_NOT_NOUNS = (
    frozenset(
        """
    outside inside behind near around through across against during without within under
    above below beyond toward towards into onto upon along among between past since until
    despite like unlike off out up down away back together again earlier later ago last next
    one several many few
    """.split()
    )
    | SMALL_NUMBERS
)
"""Words after an -ing word that make it a verb, not a modifier: 'hiding outside', 'his firing
four days earlier'."""


_QUALIFIED_NOUNS = frozenset(
    "site scene victims zone area service brigade station truck trucks engine season "
    "penalty toll row certificate warrant threat threats".split()
)
