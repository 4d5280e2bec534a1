"""Who a speech verb's subject is: a name, a pronoun, a title, or a body ('the agency').

Precision comes first. Each rule looks only where English puts the speaker of that construction
(right before a finite verb, right after an inverted 'said', the clause's subject for 'saying'),
and a noun phrase that is there but cannot be resolved ('a friend of the actress', 'the source',
'his brother') settles the question as *nobody*: no other name nearby is tried instead. A pronoun
or a title goes to one antecedent only when the context singles it out; when two fit, neither.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from ...text.dates import CALENDAR_WORDS, WEEKDAYS
from ...text.lemmas import is_common_word, lemma
from ...text.names import TITLE_WORDS, TITLES_ABBREVIATED, acronyms_of, fold_name
from ...text.places import state_code, us_state_named
from ...text.predicates import FINITE_AUXILIARIES, IRREGULAR_PAST, is_past_form, is_verb_form
from ...text.words import NUMBER_WORDS, STOPWORDS
from .clues import (
    NP_STOPS,
    QUOTE_MARKS,
    SKIPPABLE,
    TITLE_TOKENS,
    agentive_at,
    is_verb_like,
    opening_comma,
    opens_a_description,
    possessive,
    preposition_before,
    quoted_title_end,
)
from .entities import Entity
from .lexicon import (
    ADDRESSEE_VERBS,
    DEMONYMS,
    DOCUMENT_NOUNS,
    FEMALE_PRONOUNS,
    GROUP_WORDS,
    MODALS,
    ORGANISATION_WORDS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PLATFORM_NAMES,
    POSSESSIVE_PRONOUNS,
    POSTNOMINALS,
    PUBLIC_BODY_WORDS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    SPOKESPERSON_NOUNS,
    STATE_VERBS,
    TOPIC_OPENERS,
    is_adverb,
    is_negation,
)
from .mentions import Mention, plural_noun
from .roles import DASHES, DESCRIPTION_NOUNS
from .sentences import (
    Sentence,
    Token,
    answers_in_an_interview,
    opening_clause_end,
    opening_participle_end,
    possessive_stripped,
)

NOBODY = -1
"""A speaker was named but cannot be resolved: attribute the words to no one."""

_EMBEDDING_WORDS = frozenset("why how whether what".split())
"""Words opening a question embedded in a clause ('asked why he wrote'): whoever follows is the
subject of that question, not of the clause."""


def _a_modal_at(tokens: Sequence[Token], i: int) -> bool:
    """'Ana Pike will take over': a modal after a name makes it a subject too."""
    return i < len(tokens) and tokens[i].lower in MODALS


_TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday return turn addition response "
    "today yesterday tonight morning afternoon evening night week weekend".split()
)
_DETERMINERS = frozenset("the a an this that these those".split())
_INDEFINITE = frozenset("a an one another some".split())
_CLAUSE_BREAKS = frozenset(
    "and but or while though although because since when after before as if that which who "
    "whom whose where".split()
)
_RECENT_PARAGRAPHS = 2
"""Paragraphs back in which someone named is still in focus."""
_CLOSING_STOPS = (".", "!", "?", "\u2026", ":", ";", ",", '"', "'", "\u201d", "\u2019", ")")
"""What a line of prose ends on: without one, a line is a heading or a caption."""
_RECENT_SENTENCES = 2
"""How far back a title ('the minister') or the last speaker may reach for its antecedent."""
_A_TERMS_WORDS = 6
"""How many words a name or a term in quotation marks runs to ('the "Love Won Out
Conference"'); a longer quotation is someone's words."""
_LEADER_NOUNS = frozenset("chief leader head boss".split())
"""Heads of a description that names a state's leader by its seat: 'the Kremlin chief'."""
_SEATS_OF_GOVERNMENT: dict[str, frozenset[str]] = {
    "kremlin": frozenset("russia russian russia's".split()),
    "elysee": frozenset("france french".split()),
    "downing street": frozenset("britain british uk".split()),
    "white house": frozenset("us american".split()),
}
"""Seats that stand for a state's leadership, with the words that name that state in a role."""
_HEAD_OF_STATE_WORDS = frozenset("president premier chancellor".split()) | {"prime"}
_MAIN_PERSON_MENTIONS = 3
"""Mentions that make a person the one an article is about, if no one else comes close."""
_CHAIN_WORDS = 5
"""Lower-case words between a body and its person: 'Trend Micro advanced threat researcher',
'Microsoft security response communications head Christopher Budd'."""
_DESCRIPTION_WORDS = 3
"""Words before the head of a description that opens a sentence: 'The frustrated prosecutor'."""
_OPENING_TIMES = frozenset(
    "yesterday today tonight earlier later meanwhile afterwards however but".split()
)
"""Words of time a sentence may open with before its subject: 'Yesterday a neighbour said'."""
_DESCRIBING_DETERMINERS = frozenset("the a an one another".split())
"""Words that open a description of someone as a sentence's subject: 'One dealer told …'."""
_OWNER_PREPOSITIONS = frozenset("of for from in at near".split())
"""'Friends of X', 'a spokesman for X', 'one woman in Qeshm': X qualifies the speaker."""


def _past_the_names_modifiers(tokens: Sequence[Token], before: int) -> int:
    """The preposition before the words that qualify a name ('The family of footballing great
    Lionel Messi', 'a spokesperson for Argentina's Macri'), when those words end at token
    `before` and a preposition that ties the name to a speaker opens them; else `before`."""
    i = before
    while i > 0 and before - i < _NAME_MODIFIERS:
        token = tokens[i]
        if token.capitalised and possessive(token):
            i -= 1  # "Argentina's"
        elif token.lower in ("the", "a", "an") and i != before:
            i -= 1  # 'friends of the late singer …'
            break
        elif token.is_word and not token.capitalised and token.lower not in NP_STOPS:
            if token.lower in _OWNER_PREPOSITIONS or is_verb_like(token):
                break
            i -= 1  # 'footballing great'
        else:
            break
    if i == before or i < 1 or tokens[i].lower not in _OWNER_PREPOSITIONS:
        return before
    speaker = tokens[i - 1].lower
    determiner = tokens[i - 2].lower if i >= 2 else ""
    if speaker in _SPEAKING_FOR_SOMEONE and (
        determiner in _DESCRIBING_DETERMINERS | POSSESSIVE_PRONOUNS or speaker.endswith("s")
    ):
        return i
    return before  # 'Liberal Democrat spokeswoman for women Sandra Gidley', 'director of
    # rugby Rob Andrew': a title before a name, its holder the speaker


_SPEAKING_FOR_SOMEONE = frozenset(
    "spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople representative "
    "representatives family families friend friends relative relatives parents lawyer lawyers "
    "attorney attorneys aide aides".split()
)
"""People who speak in the name of someone qualified after them ('the family of …', 'a
spokesperson for …'), not that someone."""


_NAME_MODIFIERS = 3
"""How many words may qualify a name between it and the preposition before them."""


_REPORTING_A_CLAUSE = frozenset("said says told tells added adds explained recalled noted".split())
"""Verbs of saying that report a clause after them ('said by the time he arrived, …')."""


def _qualifies_a_speaker(tokens: Sequence[Token], owner: int) -> bool:
    """Whether the preposition at `owner` ties the name after it to a speaker before it:
    'Friends of X', 'a spokesman for X', 'an aide to X', 'a source close to X', 'people
    familiar with X' (not 'according to X', who speaks)."""
    word = tokens[owner].lower
    if word in _OWNER_PREPOSITIONS:
        return True
    before = tokens[owner - 1].lower if owner > 0 else ""
    if word == "with":  # not 'with the Kremlin chief saying it was "frank"'
        return before in ("familiar", "associated", "connected")
    return word == "to" and before not in ("according", "due", "owing", "thanks")


def _qualified_by_a_described_name(tokens: Sequence[Token], first: int) -> bool:
    """Whether the name opening at token `first` ends a phrase that qualifies a common noun
    through a preposition and words that describe the name ('a student group at the
    overwhelmingly conservative Liberty University'): the noun is the subject, not the name."""
    j = first - 1
    described = 0
    while j > 0 and described < _DESCRIPTION_WORDS + 1 and tokens[j].is_word:
        word = tokens[j]
        if word.capitalised or is_verb_like(word) or word.lower in _NOT_DESCRIBING:
            return False  # 'at the break and Gold said', 'could dent Lycos claims'
        if word.lower in _QUALIFYING_PREPOSITIONS:
            return (
                described > 0
                and tokens[j + 1].lower in ("the", "a", "an")  # not 'director of telecoms
                and not tokens[j - 1].capitalised  # research Tony Lavender', a title
                and tokens[j - 1].is_word
            )
        if word.lower != "the":
            described += 1
        j -= 1
    return False


_QUALIFYING_PREPOSITIONS = frozenset("at of for from in with".split())
_NOT_DESCRIBING = (NP_STOPS - _QUALIFYING_PREPOSITIONS) | MODALS | FINITE_AUXILIARIES


def _opening_words(tokens: Sequence[Token], start: int) -> int:
    """How many determiners and possessives open the clause at `start` ('the', 'their')."""
    count = 0
    while (
        start + count < len(tokens)
        and count < _DESCRIPTION_WORDS
        and tokens[start + count].lower in _DETERMINERS | POSSESSIVE_PRONOUNS
    ):
        count += 1
    return count


@dataclass
class Speakers:
    """Resolves speaker noun phrases in one article."""

    sentences: Sequence[Sentence]
    mentions: Sequence[Mention]
    entities: Sequence[Entity]
    last_speaker: int | None = None
    last_speaker_sentence: int = -10
    _resolving: bool = False
    _by_last: dict[tuple[int, int], Mention] = field(default_factory=dict)
    _by_first: dict[tuple[int, int], Mention] = field(default_factory=dict)
    _by_sentence: dict[int, list[Mention]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._interviewee_cache: tuple[int | None] | None = None  # see `Sentence.__post_init__`
        self._teams_cache: list[tuple[int, int]] | None = None
        self._others_cache: tuple[dict[str, int], dict[str, set[int]]] | None = None
        self._titles = [  # each actor with the words of its name and roles, titles written
            (e, _with_titles_written_out(fold_name(t).split() for t in (e.name, *e.roles)))
            for e in self.entities  # out ('Sen.' is a senator)
            if e.is_actor
        ]
        self._bodies_described = self._find_bodies_described()
        self._described_as = {  # 'the accountant' after 'Ivo Kane, a 38-year-old accountant'
            word
            for e in self.entities
            if e.kind == "person"
            for role in e.roles
            for word in fold_name(role).split()
            if word in DESCRIPTION_NOUNS
        }
        self._states = {  # the states those words name ('Polish', "Poland's"), by ISO code
            e.index: frozenset(filter(None, map(state_code, words))) for e, words in self._titles
        }
        self._us_states_cache: dict[int, frozenset[str]] | None = None
        for mention in self.mentions:
            if mention.entity is None:
                continue
            self._by_last[(mention.sentence, mention.last)] = mention
            self._by_first[(mention.sentence, mention.first)] = mention
            self._by_sentence.setdefault(mention.sentence, []).append(mention)

    # --- the constructions -------------------------------------------------------------------

    @property
    def interviewee(self) -> int | None:
        """The one person an interview's answers ('A: …') are: the one person its heading
        names, else the one its introduction names; None where several are named."""
        if self._interviewee_cache is None:
            self._interviewee_cache = (self._find_interviewee(),)
        return self._interviewee_cache[0]

    def _find_interviewee(self) -> int | None:
        first = next((s.index for s in self.sentences if answers_in_an_interview(s)), None)
        if first is None:
            return None
        introduction = self.sentences[:first]
        for part in ([s for s in introduction if s.headline], introduction):
            people = {
                m.entity
                for s in part
                for m in self._by_sentence.get(s.index, [])
                if m.entity is not None and self.entities[m.entity].kind == "person"
            }
            if people:
                return people.pop() if len(people) == 1 else None
        return None

    def before_verb(self, sentence: Sentence, verb: int) -> int | None:
        """The subject of the finite speech verb at `verb`, written before it ('X said')."""
        tokens = sentence.tokens
        i = self._skip_left(tokens, verb - 1, sentence.index)
        if i >= 0 and tokens[i].capitalised and _inside_a_nouns_relative(tokens, i):
            return NOBODY  # 'The barrister who had represented Mr Martin had said': not Martin
        aside = _aside_ending_in_a_title(tokens, i)
        if aside is not None:
            i = self._skip_left(tokens, aside - 1, sentence.index)
        elif i >= 0 and tokens[i].text == ",":
            i = self._before_a_places_region(sentence, i)
            named = self._by_last.get((sentence.index, self._before_postnominals(tokens, i - 1)))
            if (
                named is not None
                and named.kind != "person"
                and named.first > 0
                and (
                    tokens[named.first - 1].lower in ("a", "an")
                    or self._described_in_capitals(named)
                )
            ):
                named = None  # 'Hale, a Texas Republican, told': a description, not a name;
                # 'Mr. Warner, the Virginia Democrat, called' too
            if named is not None:  # 'the principal, Ann Lee of the Arts Academy, wrote': Lee
                named = self._person_of(sentence, named) or named
            if (
                named is not None
                and named.role_first > 0
                and tokens[named.role_first - 1].lower in _COMPARED_WITH
            ):
                named = None  # 'Petrov, like Ivanov, said': who he is compared with
            opens = named.first if named is not None else 0
            while (  # over a lowercase description before the name: 'regional bureaucrat'
                named is not None
                and opens > 1
                and named.first - opens < _ASIDE_DESCRIPTION_WORDS
                and tokens[opens - 1].is_word
                and not tokens[opens - 1].capitalised
                and tokens[opens - 1].lower not in NP_STOPS
                and not is_verb_like(tokens[opens - 1])
                and not _a_participle(tokens[opens - 1])  # ', contradicting Trump,': its object
            ):
                opens -= 1
            while (
                named is not None and opens > 1 and fold_name(tokens[opens - 1].text) in TITLE_WORDS
            ):
                opens -= 1  # 'Qatar's prime minister, Sheikh Mohammed …, said'
            if named is not None and opens > 0 and tokens[opens - 1].text == ",":
                # "Kovalenko's lawyer, Marta Lindqvist, told"; 'the candidate, regional
                # bureaucrat Resulberdy Mammedov, said': the name in the aside speaks
                return self.speaking(named.entity)
            opening = opening_comma(tokens, i)
            if opening is None and named is not None and tokens[i - 1].text == ")":
                return self.speaking(named.entity)  # 'Rep. James Traficant (D., Ohio), said':
                # his party and state in brackets, then a comma that opens no aside
            if opening is None:
                return None
            if tokens[opening + 1].lower == "and":
                return self._named_before_a_description(sentence, opening)
            if tokens[opening + 1].lower in ("who", "whose"):
                apposed = self._named_before_an_apposition(sentence, opening)
                if apposed is not None:  # 'Tony Lloyd, the Manchester Central MP, whose …,
                    return apposed  # has pledged': Lloyd, not the seat in his description
            i = self._skip_left(tokens, opening - 1, sentence.index)
            if (
                i > 1
                and tokens[i].text.isdigit()
                and tokens[i - 1].text == ","
                and (sentence.index, i - 2) in self._by_last
            ):
                i -= 2  # 'Derek Bell, 71, who lost his savings, said': over the age to the name
        if i > 0 and tokens[i].text == "." and (sentence.index, i - 1) in self._by_last:
            i -= 1  # 'Harold L. Child Jr., legal attache …, told': the name ends before the stop
        if i < 0:
            return None
        if tokens[i].lower in ("and", "but"):
            relative = self._relative_before(tokens, i)
            which = None if relative is None else relative + (tokens[relative].text == ",")
            own = None if which is None else self._by_first.get((sentence.index, which + 1))
            if own is not None:  # 'NAFTA, which Trump had called a "disaster" and promised
                return self.speaking(own.entity)  # to "rip up"': the relative's own subject
            if relative is not None:  # 'an employee who had followed her in and had yelled'
                return self.noun_phrase_left(sentence, relative - 1, relative=True)
            return self.clause_subject(sentence, i)
        if tokens[i].lower in ("who", "which") and tokens[i].text != "WHO":
            # 'Keith Kellogg, who posted on X'; not 'the WHO said', the health body
            if i < 2 or tokens[i - 1].text != "," or self._two_people_before(sentence, i - 2):
                return NOBODY  # 'Keir Starmer and Emmanuel Macron, who said': both, or either
            found = self.noun_phrase_left(sentence, i - 2, relative=True)
            if (
                tokens[i].lower == "who"
                and found not in (None, NOBODY)
                and self.entities[found or 0].kind in ("country", "place")
            ):
                return NOBODY  # 'Princess Marguerite of Romania, the eldest daughter of
                # ex-King Michael of Romania, who said': 'who' is someone, not Romania
            return found
        if self._one_of_two_named(sentence, i):
            return NOBODY  # 'Zadan and Meron added:': two speak together, neither alone
        speaker = self._named_before_an_unclosed_aside(sentence, i)
        if speaker is not None:
            return speaker
        if (
            tokens[i].lower in PERSON_PRONOUNS
            and i > 1
            and tokens[i - 1].text == ","
            and (sentence.index, i - 2) in self._by_last
            and verb + 1 < len(tokens)
            and tokens[verb + 1].text == ","
        ):  # 'Reyna, he added, "knows where to find us"': Reyna is talked about, not talking
            return self.pronoun(sentence, i, trailing=True)
        if tokens[i].lower in PERSON_PRONOUNS and closes_words_around_a_quote(sentence, i):
            return self.pronoun(sentence, i, trailing=True)  # 'What Page was doing was
            # "completely ridiculous," he said': Page is talked about, not talking
        named = self._by_last.get((sentence.index, i))
        by = _agent_by(tokens, named) if named is not None else None
        if by is not None and by > 1 and tokens[by - 2].text == ",":
            return NOBODY  # 'Lawmakers on the committee, led by chairman Mike Gallagher, R-Wis.,
            # requested': an aside on the lawmakers, who ask; but 'a report by the Electoral
            # Commission said': its issuer speaks
        return self.noun_phrase_left(sentence, i)

    def _before_a_places_region(self, sentence: Sentence, comma: int) -> int:
        """The comma before a one-word region that closes an aside on a place ('Mr Johnson,
        MP for Henley-on-Thames, Oxfordshire, said': the comma after 'Henley-on-Thames'), so
        that the aside's person speaks, not the region; else `comma`."""
        tokens = sentence.tokens
        region = comma - 1
        before = region - 1
        if before < 2 or tokens[before].text != "," or not tokens[region].capitalised:
            return comma
        if self._person_ending_at(sentence, region) is not None:
            return comma  # 'chairman of Acme, Smith, said': a person's name
        place = before - 1
        first = place
        while first > 0 and tokens[first].capitalised and place - first < _PLACE_WORDS:
            first -= 1
        if first == place or tokens[first].lower not in _BEFORE_A_PLACE:
            return comma
        return before

    def _described_in_capitals(self, mention: Mention) -> bool:
        """'the Virginia Democrat', 'the Alaska Governor': someone described, capitalised."""
        return (
            mention.entity is not None and self.entities[mention.entity].a_capitalised_description
        )

    def _named_before_an_apposition(self, sentence: Sentence, comma: int) -> int | None:
        """The person named before an apposition that the comma at `comma` closes ('Tony
        Lloyd, the Manchester Central MP,'), or None."""
        tokens = sentence.tokens
        opening = opening_comma(tokens, comma)
        if opening is None or opening < 1 or tokens[opening + 1].lower not in ("the", "a", "an"):
            return None
        named = self._person_ending_at(sentence, opening - 1)
        return None if named is None else self.speaking(named.entity)

    def _person_ending_at(self, sentence: Sentence, last: int) -> Mention | None:
        """The mention of a person whose name ends at token `last`, if one does."""
        named = self._by_last.get((sentence.index, last))
        return named if named is not None and self._a_persons(named) else None

    def _person_opening_at(self, sentence: Sentence, first: int) -> Mention | None:
        """The mention of a person whose name, or its style ('Lord Tamm'), opens at token
        `first`, if one does."""
        named = self._by_first.get((sentence.index, first))
        if named is None:
            named = next(
                (m for m in self._by_sentence.get(sentence.index, []) if m.styled_first == first),
                None,
            )
        return named if named is not None and self._a_persons(named) else None

    def _a_persons(self, mention: Mention) -> bool:
        return self.entities[mention.entity or 0].kind == "person"

    def _person_of(self, sentence: Sentence, body: Mention) -> Mention | None:
        """The person a body's name qualifies: 'Matthew Willoughby of the Urban Academy'."""
        tokens = sentence.tokens
        j = body.first - 1
        if j >= 0 and tokens[j].lower == "the":
            j -= 1
        if j < 1 or tokens[j].lower != "of":
            return None
        return self._person_ending_at(sentence, j - 1)

    def _named_before_an_unclosed_aside(self, sentence: Sentence, i: int) -> int | None:
        """'Robert McFarlane, an assistant state attorney general said': the aside's closing
        comma left out, the person named before it speaks, not 'an … general'; nor the body
        the aside ties him to ('an analyst at Nomura told', 'spokesman for e-mail software
        firm Sendmail said'). Token `i` is the aside's last, right before the verb."""
        tokens = sentence.tokens
        comma = next(
            (j for j in range(i, max(0, i - _UNCLOSED_ASIDE_TOKENS), -1) if not tokens[j].is_word),
            None,
        )
        if comma is None or comma < 2 or comma == i or tokens[comma].text != ",":
            return None
        opener = tokens[comma + 1]
        if not opens_a_description(opener):
            return None  # ', an assistant …', ', spokesman for …', ', Wanadoo's chief executive'
        at_a_body = opener.capitalised  # a body's possessive: capitals may follow
        for token in tokens[comma + 1 : i + 1]:
            if token.capitalised and not at_a_body:
                return None  # 'Smith, the two teams said': no description of one person
            if not token.capitalised and is_verb_like(token):
                return None
            at_a_body = at_a_body or token.lower in _AT_A_BODY
        named = self._person_ending_at(sentence, comma - 1)
        if named is None:
            return None
        if named.first > 0 and tokens[named.first - 1].lower in _AT_A_BODY | {"to", "by"}:
            return None  # 'According to Smith, the lawyer for Jones said': the lawyer
        before = tokens[named.first - 1] if named.first > 0 else None
        if before is not None and not before.capitalised and _a_verbs_form(before.lower):
            return None  # 'As for the scene in which Tarantino was choking Thurman, the
            # director told': the verb's object, then the sentence's own subject
        if named.first > 0 and tokens[named.first - 1].lower in ("and", "or"):
            return NOBODY  # 'Gravano …, and D'Arco, the former boss of … testified': both
        return self.speaking(named.entity)

    def _named_before_a_description(self, sentence: Sentence, aside: int) -> int:
        """', and co-author of the study, said': the aside at `aside` goes on describing
        someone, so the person named before the description it continues speaks ('Dylan
        Nelson, a fellow at the Max Planck Institute in Munich, Germany, and co-author …'),
        never the place that ends its first part; no one if no person is named so."""
        tokens = sentence.tokens
        for j in range(aside - 1, max(0, aside - _DESCRIPTION_TOKENS), -1):
            if tokens[j].text in (";", ":") or tokens[j].text in QUOTE_MARKS:
                break
            if tokens[j].text != "," or tokens[j + 1].lower not in ("a", "an", "the"):
                continue
            named = self._by_last.get((sentence.index, j - 1))
            if (
                named is not None
                and named.entity is not None
                and self.entities[named.entity].kind == "person"
            ):
                speaker = self.speaking(named.entity)
                return NOBODY if speaker is None else speaker
        return NOBODY

    def _two_acting_together(self, sentence: Sentence, fits: object) -> bool:
        """Whether the sentence's subject is two people joined by 'and' who both fit the
        pronoun ('Dan Ruiz and Ali Kaya argued'), so that a 'he' after it may be either."""
        tokens = sentence.tokens
        for mention in self._by_sentence.get(sentence.index, []):
            if sentence.is_quoted(mention.start) or not agentive_at(tokens, mention.last + 1):
                continue
            if not self._one_of_two_named(sentence, mention.last):
                return False  # the first acting name is one person alone
            other = self._by_last.get((sentence.index, mention.first - 2))
            return (
                other is not None
                and callable(fits)
                and bool(fits(other.entity))
                and bool(fits(mention.entity))
                and other.entity != mention.entity
            )
        return False

    def _subjects_of_two_clauses(
        self, sentence: Sentence, fits: Callable[[int | None], bool]
    ) -> bool:
        """Whether two people who fit the pronoun are the subjects of two clauses joined by
        ', and' or ', but' ('Lena Holt resigned, and her deputy Ana Pike will take over') or
        set apart by a dash ('Mutu was sacked by Chelsea - a move Wenger has backed'), so that
        a 'he' after the sentence may be either."""
        tokens = sentence.tokens
        acting = [
            m
            for m in self._by_sentence.get(sentence.index, [])
            if not sentence.is_quoted(m.start)
            and (agentive_at(tokens, m.last + 1) or _a_modal_at(tokens, m.last + 1))
            and fits(m.entity)
        ]
        for first, second in pairwise(acting):
            if first.entity == second.entity:
                continue
            j = second.role_first - 1
            while j > first.last and tokens[j].is_word and not tokens[j].capitalised:
                if tokens[j].lower in ("and", "but"):
                    return tokens[j - 1].text == ","
                j -= 1  # over 'her deputy' to the conjunction
            if any(t.text in DASHES for t in tokens[first.last + 1 : second.role_first]):
                return True
        return False

    def _author_of_the_antecedent(
        self, sentence: Sentence, at: int, fits: Callable[[int | None], bool]
    ) -> int | None:
        """The person named after 'by' in the noun phrase a relative clause opening just before
        the pronoun at `at` tells of ('the speech by Lai, in which he vowed'), if one fits."""
        tokens = sentence.tokens
        if at < 2 or tokens[at - 1].lower not in ("which", "whom"):
            return None
        j = at - 2 if tokens[at - 2].is_word and not tokens[at - 2].capitalised else at - 1
        if tokens[j - 1].text == ",":
            j -= 1  # ', in which he': past the preposition and the comma
        start = max(0, j - _ANTECEDENT_REACH)
        for k in range(j - 1, start, -1):
            if tokens[k].text == ",":
                break
            mention = self._by_first.get((sentence.index, k))
            if mention is not None and tokens[k - 1].lower == "by" and fits(mention.entity):
                return self.speaking(mention.entity)
        return None

    def _acted_on_by_another(
        self, sentence: Sentence, subject: int, fits: Callable[[int | None], bool]
    ) -> bool:
        """Whether another person who fits the pronoun is the agent after 'by' in the
        sentence ('was replaced by his assistant, Paolo Nardi')."""
        tokens = sentence.tokens
        for mention in self._by_sentence.get(sentence.index, []):
            if mention.entity == subject or not fits(mention.entity):
                continue
            if sentence.is_quoted(mention.start):
                continue
            at = _agent_by(tokens, mention)
            if at is not None:
                return not any(t.lower in _ADDRESSED for t in tokens[max(0, at - 4) : at])
        return False

    def _one_of_two_named(self, sentence: Sentence, i: int, before: bool = True) -> bool:
        """Whether the name ending at token `i` is the second of two joined by 'and' ('Zadan
        and Meron', the first a name, known or not); with `before` False, whether the name
        starting at `i` is."""
        mention = (self._by_last if before else self._by_first).get((sentence.index, i))
        tokens = sentence.tokens
        if mention is None:
            return False
        start = mention.first
        owner = start - 1 - (start > 2 and tokens[start - 1].text in ("'", "\u2019"))
        if (
            owner > 0
            and tokens[owner].capitalised
            and (owner < start - 1 or possessive(tokens[owner]))
        ):
            start = owner  # 'Seitz-Wald and Reuters' Luciana Lopez argued': past her employer
            while start > 1 and tokens[start - 1].capitalised and tokens[start - 1].is_word:
                start -= 1
        if start > 0 and tokens[start - 1].lower == "the":
            start -= 1  # 'the Medical Fellowship and the Law Society said'
        if start < 2 or tokens[start - 1].lower != "and":
            return False
        first = start - 2
        if tokens[first].text == ")" and (opening := _opening_bracket(tokens, first)) is not None:
            first = opening - 1  # 'the Medical Fellowship (CMF) and …': past its initials
        if first >= 3 and tokens[first].text == "," and tokens[first - 1].text.isdigit():
            first -= 3  # 'Petrov, 61, and Ivanov, 45,': past the first one's age
            if tokens[first + 1].text != ",":
                return False
        return tokens[first].is_word and tokens[first].capitalised

    def _two_people_before(self, sentence: Sentence, i: int) -> bool:
        """Whether the name ending at token `i` closes 'A and B' where both are people, their
        roles included ('Prime Minister Keir Starmer and President Emmanuel Macron')."""
        mention = self._by_last.get((sentence.index, i))
        tokens = sentence.tokens
        if (
            mention is None
            or mention.role_first < 2
            or tokens[mention.role_first - 1].lower != "and"
        ):
            return False
        other = self._by_last.get((sentence.index, mention.role_first - 2))
        return (
            other is not None
            and self.entities[other.entity or 0].kind == "person"
            and self.entities[mention.entity or 0].kind == "person"
        )

    @staticmethod
    def _relative_before(tokens: Sequence[Token], i: int) -> int | None:
        """The 'who' or 'which' opening the relative clause that token `i` continues, if any
        ('the picture which, like the first, centers on Bella but adds Jacob')."""
        commas = 0
        for j in range(i - 1, -1, -1):
            if tokens[j].text in (",", ";", ":"):
                commas += 1
                if tokens[j].text != "," or commas > 2:
                    return None
                continue  # one aside may stand between: 'which, like the first, centers'
            if tokens[j].lower in ("who", "which") and commas == 1:
                return None  # 'X, who left, and Y said': the 'and' joins the main clause
            if tokens[j].lower in ("who", "which"):
                return j - 1 if j > 1 and tokens[j - 1].text == "," else j
        return None

    def opening_subject(self, sentence: Sentence) -> int | None:
        """The actor a sentence opens with as its subject: a name ('Mehta had advice'), or a
        description the article resolves ('The judge had advice'); None otherwise."""
        tokens = sentence.tokens

        def verb_at(i: int) -> bool:
            return agentive_at(tokens, i) or (i < len(tokens) and tokens[i].lower in _HAVE)

        mention = next(
            (
                m
                for m in self._by_sentence.get(sentence.index, [])
                if m.first == 0 or (tokens and m.role_start == tokens[0].start)
            ),
            None,
        )  # 'Mehta had advice', 'Judge Anna Berg had advice'
        if mention is not None and verb_at(mention.last + 1):
            entity = self.speaking(mention.entity)
            return entity if entity is not None and entity >= 0 else None
        if tokens and tokens[0].lower == "the":
            last = next((i for i in range(1, min(len(tokens), 4)) if verb_at(i + 1)), None)
            if last is not None:
                entity = self.description(sentence, 0, last)
                return entity if entity is not None and entity >= 0 else None
        return None

    def named_before_comma(self, sentence: Sentence, comma: int) -> int | None:
        """The person whose name ends right before the comma at `comma`, if any."""
        named = self._by_last.get((sentence.index, comma - 1))
        if named is None or named.entity is None:
            return None
        entity = self.entities[named.entity]
        return named.entity if entity.kind == "person" and entity.is_actor else None

    def _named_in_apposition(self, sentence: Sentence, comma: int) -> Mention | None:
        """The name after a description and its comma, closing the apposition ('…, Steve
        Radley.'), if there is one."""
        tokens = sentence.tokens
        if comma >= len(tokens) or tokens[comma].text != ",":
            return None
        named = self._by_first.get((sentence.index, comma + 1))
        if named is None or not _closes_an_apposition(tokens, named.last + 1):
            return None
        return named

    def after_verb(self, sentence: Sentence, verb: int) -> int | None:
        """The speaker written after an inverted verb: '"…," said academy President Sid Ganis'."""
        tokens = sentence.tokens
        titled = self.titled_from(sentence, verb + 1) if verb + 1 < len(tokens) else None
        if titled is not None and _a_finite_verb_at(tokens, titled.last + 1):
            return None  # ', said President Paul Ross failed to …': the clause's subject
        if titled is not None and not possessive(tokens[titled.last]):
            qualified = self._named_after_its_qualifier(sentence, titled)
            if qualified is not None:  # 'said Marquis Investment Research analyst Phil Kain'
                return self.speaking(qualified.entity)
            return self.speaking(titled.entity)  # 'said Secretary of the Interior Dirk Kempthorne'
        apposed = self._named_after_a_role(sentence, verb)
        if apposed is not None:  # 'said BA director of commercial planning, Robert Boyle.'
            return self.speaking(apposed.entity)
        end = min(len(tokens), verb + 8)
        if verb + 1 < len(tokens) and tokens[verb + 1].lower in ("a", "an"):
            last = next(
                (
                    k - 1
                    for k in range(verb + 2, end)
                    if not tokens[k].is_word or tokens[k].lower in NP_STOPS
                ),
                end - 1,
            )  # 'said a former U.S. law enforcement official who …': someone described, whose
            named_inside = any(  # names are not the speaker; but 'said a furious Sebastian
                verb + 1 < m.first and m.last < last  # Vettel' is Vettel
                for m in self._by_sentence.get(sentence.index, [])
            )
            if named_inside and _a_person_noun(tokens[last].lower):
                return self.description(sentence, verb + 1, last)
        owner_ends = verb
        for i in range(verb + 1, end):
            token = tokens[i]
            if i <= owner_ends:
                continue
            mention = self._by_first.get((sentence.index, i))
            if mention is not None and possessive(tokens[mention.last]):
                owner_ends = mention.last  # 'said Ms. Davis's sister Crystal': not Davis
                continue
            if mention is None and token.capitalised and possessive(token):
                owner_ends = i  # 'said Tarn's lawyer, Ivo Lindqvist': a name read as no one
                continue
            if mention is not None and _a_finite_verb_at(tokens, mention.last + 1):
                return None  # ', said Barack Obama failed to address …': the clause's subject
            if mention is not None:
                described_end = _a_description_it_qualifies(tokens, mention.last)
                if described_end is not None:  # 'added the two-time Academy Award winner'
                    named = self._named_in_apposition(sentence, described_end + 1)
                    if named is not None:  # 'said EEF chief economist, Steve Radley': him,
                        return self.speaking(named.entity)  # not another chief economist
                    return self.description(sentence, verb + 1, described_end)
                named = self._named_after_its_qualifier(sentence, mention)
                if named is not None:  # 'said Wales physio Mark Davies': Davies
                    return self.speaking(named.entity)
                head = self._head_of_chain(sentence, mention)
                if self._one_of_two_named(sentence, head.last + 2, before=False):
                    return NOBODY  # 'said Zadan and Meron': two speak, neither alone
                return self.speaking(head.entity)
            if i == verb + 1 and token.lower in PERSON_PRONOUNS:
                return self.pronoun(sentence, i)
            if token.text == "." and i > verb + 1 and tokens[i - 1].capitalised:
                continue  # 'state Rep. Barry Fleming'
            if _in_an_age(tokens, i):
                continue  # 'said the 36-year-old Klitschko', 'said 32-year-old protester X'
            described = tokens[max(verb, owner_ends) + 1 : i]
            if (
                token.text == ","
                and 0 < len(described) <= _APPOSED_DESCRIPTION_WORDS
                and all(t.is_word for t in described)
                and (
                    not any(t.capitalised for t in described)
                    or any(t.lower in ROLE_NOUNS for t in described)  # 'EEF chief economist,'
                )
                and (named := self._by_first.get((sentence.index, i + 1))) is not None
                and _closes_an_apposition(tokens, named.last + 1)
            ):  # not 'According to Brenner's aides, Varga "panicked"': Varga is the subject
                return self.speaking(named.entity)  # 'said her nephew, Ravi Singh, 32, of …'
            if token.lower in ("for", "of", "from") and tokens[i - 1].lower in SPOKESPERSON_NOUNS:
                skip = 1 + (i + 1 < len(tokens) and tokens[i + 1].lower == "the")
                owner = self._by_first.get((sentence.index, i + skip))
                if owner is not None:  # 'said a spokesperson for Interoute': Interoute
                    return self._speaking_for(tokens[i - 1], owner.entity)
            if token.lower in ("of", "the") and tokens[i - 1].lower in ("one", "of"):
                continue  # 'said one of the survivors, Ivo Tamm': one of them, named after
            if not token.is_word or token.lower in NP_STOPS:
                return self.description(sentence, verb + 1, i - 1) if i > verb + 1 else None
            if _a_verb_after_its_subject(tokens, i):
                return NOBODY  # 'said their own tally showed Ivanov ahead': a clause, no speaker
        return self.description(sentence, verb + 1, end - 1)

    def clause_subject(
        self, sentence: Sentence, at: int, participle: bool = False, main: bool = True
    ) -> int | None:
        """The subject of the clause that token `at` belongs to ('…, saying', 'and said'); a
        `participle` belongs to the nearest clause, even one after 'that'. In the `main` clause,
        past a subordinate one opening the sentence; else that one's too (for 'he' in 'When King
        hired O'Brien, he had called him …': King)."""
        tokens = sentence.tokens
        start = 0
        for j in range(at - 1, -1, -1):
            contrast = tokens[j].lower == "but" and j > 0 and tokens[j - 1].text == ","
            subordinate = tokens[j].lower in ("while", "though", "although") and not (
                j + 1 < len(tokens) and tokens[j + 1].lower.endswith("ing")
            )  # not '…, while taking part in …': the main clause's subject goes on
            subordinate = subordinate or (
                participle
                and tokens[j].lower in ("as", "when")
                and j + 1 < len(tokens)
                and (tokens[j + 1].lower in ("a", "an") or tokens[j + 1].capitalised)
                and any(
                    agentive_at(tokens, k)
                    for k in range(j + 2, min(at, j + 3 + _DESCRIPTION_WORDS))
                )
            )  # 'Clinton asks as a maintenance guy walks in, saying': the guy says it; not 'as
            # a member of parliament until resigning', 'as a way to create jobs'

            if (
                tokens[j].text in (";", ":")
                or subordinate
                or contrast  # '…, but Turkey … had insisted …, calling': Turkey's clause
            ):
                start = j + 1
                if participle and tokens[j].is_word and not contrast:  # 'While Europe has …, Trump
                    comma = next((k for k in range(j + 1, at - 1) if tokens[k].text == ","), None)
                    start = comma + 1 if comma is not None else start  # appears …, suggesting'
                break
            if (
                participle
                and tokens[j].lower == "that"
                and self._names_at(sentence, j + 1)
                and not self._named_in_a_state(sentence, j + 1)
                and not (j > 0 and tokens[j - 1].lower in _CONTENT_NOUNS)  # 'rejected
                # speculation that Mr Brown was …, saying': the one rejecting it says
            ):
                start = j + 1  # 'X told reporters that Hiller called 911, saying': Hiller
                break
        opening = (
            (
                opening_clause_end(sentence)
                or opening_participle_end(tokens)
                or _scene_opening_end(tokens)  # 'In his first YouTube dispatches, Santilli …'
            )
            if main
            else None
        )
        if opening is not None and start <= opening < at:  # 'Appearing before the World Court,
            # the South African delegation said …, arguing': not the court
            # 'When Pulaski said …, Achterberg laughed and replied': not Pulaski
            start = opening + 1
        someone = start == 0 and bool(tokens) and tokens[0].lower in ("a", "an")
        described = self._described_speaker(sentence, at) if someone else None
        if described is not None:
            return described  # 'An All England club spokesperson denied Phillips made …'
        if start > 0 and _someone_unnamed_opens(tokens, start, at):
            return NOBODY  # 'Alongside BLM calls, even a top GOP strategist said Clinton …,
            # saying': the strategist, unnamed, not Clinton
        for j in range(start, at):
            token = tokens[j]
            if sentence.is_quoted(token.start):
                continue
            if j > start and tokens[j - 1].lower in _EMBEDDING_WORDS:
                continue  # '…, why he wrote in English, Morales struggled': not the subject
            mention = self._by_first.get((sentence.index, j))
            if mention is not None and j > start and _an_object_at(tokens, j, start):
                continue  # 'The former marketing chief for Jenny Craig, Leesa Eichberger,
                # spoke': the name after 'for' is the employer, not who spoke
            if mention is not None:
                owned_by = _owned_by_at(tokens, mention.last)
                if owned_by is not None:
                    head = owned_by  # 'Mr Ebbers' lawyers have said …, arguing': the lawyers
                    if (
                        head + 1 < at
                        and _a_person_noun(tokens[head].lower)
                        and tokens[head + 1].text != ","  # 'Mr Begg's father, Azmat, said'
                        and agentive_at(tokens, head + 1)
                    ):
                        return self.description(sentence, mention.first, head)
                    continue
                following = tokens[mention.last + 1] if mention.last + 1 < len(tokens) else None
                if not participle and following is not None and _a_participle(following):
                    continue  # 'vented about Sanders vowing to fight on and said': not Sanders
                if following is not None and _a_plural_noun(following):
                    continue  # 'which ruled EU countries could not …, and confirmed': the
                    # countries, not the EU; a name before a plural noun is its modifier
                if agentive_at(tokens, mention.last + 1) or self._closes_the_subjects_apposition(
                    sentence, mention
                ):
                    if self._one_of_two_named(sentence, mention.last) and self._opens_a_clause(
                        sentence, mention.first - 2
                    ):  # not 'took Real to within six points of Barcelona and Owen is …'
                        return NOBODY  # 'Dale and Martha disputed …, saying': both, or either
                    return self.speaking(mention.entity)
                continue
            if token.lower in PERSON_PRONOUNS:
                return self.pronoun(sentence, j)
            if (
                participle
                and token.lower in SPEECH_VERBS
                and j > start
                and not tokens[j - 1].capitalised
                and (tokens[j - 1].lower in PERSON_NOUNS or tokens[j - 1].lower in GROUP_WORDS)
            ):  # 'the South African delegation said Israel acts with "impunity", arguing …':
                described = self.noun_phrase_left(sentence, j - 1)  # who said it argues
                return NOBODY if described is None else described
            if (
                participle
                and token.lower == "they"
                and j == start + _opening_words(tokens, start)
                and not (j + 1 < at and tokens[j + 1].lower in SPEECH_VERBS)
            ):  # not 'but they say he was uncooperative …, saying': a frame around him
                return NOBODY  # 'They disputed that …, saying': several, none alone
            if (
                j == start + _opening_words(tokens, start)
                and token.lower in DOCUMENT_NOUNS
                and (issuer := self._issuer_of(sentence, token.lower)) is not None
            ):
                return issuer  # 'Kraft Foods issued a statement …' ⏎ 'The statement …, saying'
            if (
                j == start + _opening_words(tokens, start)
                and token.lower in PERSON_NOUNS
                and not self._names_at(sentence, j + 1)  # 'Judge Philip Hickok told'
                and not self._names_after_roles(sentence, j + 1)  # 'Council member Raj Patel'
                and not any(  # 'Deputy District Attorney Phil Stirling': his title
                    m.role_first == j for m in self._by_sentence.get(sentence.index, [])
                )
                and not self._named_in_apposition_after(sentence, j, at)
            ):
                # 'Officials at the prison where he died … noted': the officials, not 'he'
                return self.description(sentence, start, j)
        return None

    def _own_speaker(self, sentence: Sentence, at: int) -> int | None:
        """Who says what the sentence reports by its first verb of saying a clause, outside
        quotation marks and before token `at` ('Cech … said by the time he arrived …'), if
        anyone (not 'Sean Long has expressed doubts …': a thing expressed, another may speak)."""
        tokens = sentence.tokens
        verb = next(
            (
                j
                for j in range(1, at)
                if tokens[j].lower in _REPORTING_A_CLAUSE
                and not tokens[j].capitalised
                and not sentence.is_quoted(tokens[j].start)
            ),
            None,
        )
        return None if verb is None else self.before_verb(sentence, verb)

    def _named_in_apposition_after(self, sentence: Sentence, head: int, at: int) -> bool:
        """Whether the description whose head is at `head` is followed, before token `at`, by
        a person named between commas as its subject ('The head of the Israeli Labor Party,
        Yitzhak Herzog, voiced …'): the name is the subject, not an earlier holder of the role."""
        tokens = sentence.tokens
        comma = next((k for k in range(head + 1, at) if not tokens[k].is_word), None)
        if comma is None or tokens[comma].text != ",":
            return False
        named = self._person_opening_at(sentence, comma + 1)
        return (
            named is not None
            and named.last < at
            and self._closes_the_subjects_apposition(sentence, named)
        )

    def _opens_a_clause(self, sentence: Sentence, last: int) -> bool:
        """Whether the name ending at token `last` opens a clause, after its start or a
        punctuation mark ('Dale and Martha', ', Dale and Martha'), not an object's place
        ('of leaders Barcelona and Owen is')."""
        mention = self._by_last.get((sentence.index, last))
        if mention is None:
            return False
        k = mention.first - 1
        if k >= 0 and sentence.tokens[k].lower == "the":
            k -= 1
        return k < 0 or sentence.tokens[k].text in (",", ";", ":")

    def _named_in_a_state(self, sentence: Sentence, first: int) -> bool:
        """Whether the name at `first` is the subject of 'was', 'is': 'They disputed that Mike
        was estranged, saying …' tells a state he is in, so he is not the one saying."""
        mention = self._by_first.get((sentence.index, first))
        after = mention.last + 1 if mention is not None else len(sentence.tokens)
        return after < len(sentence.tokens) and sentence.tokens[after].lower in STATE_VERBS

    def _named_after_its_qualifier(self, sentence: Sentence, mention: Mention) -> Mention | None:
        """The person named right after the lower-case noun a name qualifies ('Wales physio
        Mark Davies', 'Nasa scientist Jim Green'): the name is what the person is of."""
        tokens = sentence.tokens
        j = mention.last + 1
        while j < len(tokens) and j - mention.last <= _QUALIFIED_WORDS and tokens[j].is_word:
            if tokens[j].capitalised and tokens[j].lower not in ROLE_NOUNS:
                break  # a name; but 'Labour MP Jo Ames' has its role in capitals
            if tokens[j].lower in NP_STOPS or tokens[j].lower in ("and", "or", "but"):
                return None  # 'said Zadan and Meron': two, not one qualified
            j += 1
        if j == mention.last + 1 or possessive(tokens[mention.last]):
            return None
        return self._person_opening_at(sentence, j)

    def _named_after_a_role(self, sentence: Sentence, verb: int) -> Mention | None:
        """The person named after a comma that closes the role written right after an
        inverted verb ('said BA director of commercial planning, Robert Boyle.'): he speaks,
        not the body his role names."""
        tokens = sentence.tokens
        j = verb + 1
        role = False
        while j < len(tokens) and j - verb <= _ROLE_WORDS_BEFORE_A_COMMA and tokens[j].is_word:
            role = role or (not tokens[j].capitalised and tokens[j].lower in ROLE_NOUNS)
            j += 1
        if not role or j >= len(tokens) - 1 or tokens[j].text != ",":
            return None
        named = self._person_opening_at(sentence, j + 1)
        return (
            named if named is not None and _closes_an_apposition(tokens, named.last + 1) else None
        )

    def _closes_the_subjects_apposition(self, sentence: Sentence, mention: Mention) -> bool:
        """'The Lord Chancellor, Lord Falconer, agreed …': a name between two commas, a
        description before it and a verb right after it, is the subject."""
        tokens = sentence.tokens
        comma = mention.last + 1
        opening = mention.first - 1
        while opening > 0 and tokens[opening].lower.rstrip(".") in TITLE_WORDS:
            opening -= 1  # 'Lord', 'Dr.'
        return (
            opening > 0
            and tokens[opening].text == ","
            and comma + 1 < len(tokens)
            and tokens[comma].text == ","
            and tokens[comma + 1].is_word
            and not tokens[comma + 1].capitalised
            and not tokens[comma + 1].lower.endswith("ing")  # 'his rival, Hillary Clinton,
            # saying': the participle is the sentence's subject's, not the apposed name's
            and agentive_at(tokens, comma + 1)
        )

    def names_in(self, sentence: Sentence) -> list[Mention]:
        """The names the sentence holds, in order."""
        return self._by_sentence.get(sentence.index, [])

    def name_ending_at(self, sentence: Sentence, i: int) -> Mention | None:
        """The name whose last token is token `i`, if one is."""
        return self._by_last.get((sentence.index, i))

    def name_before_possessive(self, sentence: Sentence, i: int) -> int | None:
        """The entity named by a possessive ending at token `i` ('Sharon's'), if one is."""
        mention = self.name_ending_at(sentence, i)
        if mention is None or i < 0 or not possessive(sentence.tokens[i]):
            return None
        return mention.entity

    def name_at(self, sentence: Sentence, i: int) -> Mention | None:
        """The name that starts at token `i`, if one does."""
        return self._by_first.get((sentence.index, i))

    def titled_from(self, sentence: Sentence, i: int) -> Mention | None:
        """The name whose title starts at token `i` ('Secretary of the Interior Dirk
        Kempthorne', 'New York City Councilman Jumaane D. Williams'), if one does."""
        return next(
            (
                m
                for m in self._by_sentence.get(sentence.index, [])
                if m.role is not None and m.role_start == sentence.tokens[i].start and m.first > i
            ),
            None,
        )

    def _names_after_roles(self, sentence: Sentence, i: int) -> bool:
        """Lower-case role words from token `i`, then a name: 'member Raj Patel'."""
        tokens = sentence.tokens
        k = i
        while k < len(tokens) and not tokens[k].capitalised and tokens[k].lower in ROLE_NOUNS:
            k += 1
        return k > i and (sentence.index, k) in self._by_first

    def _names_at(self, sentence: Sentence, i: int) -> bool:
        """Whether a name or a personal pronoun starts at token `i`."""
        if i >= len(sentence.tokens):
            return False
        return (
            (sentence.index, i) in self._by_first
            or sentence.tokens[i].lower in PERSON_PRONOUNS
            or any(m.role_first == i for m in self._by_sentence.get(sentence.index, []))
        )  # 'that North Korean leader Kim had …': the name after its role

    def _head_of_chain(self, sentence: Sentence, mention: Mention) -> Mention:
        """'Oscar producer Laurence Mark', 'WCCO TV Managing Editor Angela Benson', 'South
        Richmond Hill resident Suri Charanjit': a name, role words, then the name that heads
        it all."""
        tokens = sentence.tokens
        i = mention.last + 1
        role = False
        while i < len(tokens) and i - mention.last <= _CHAIN_WORDS:
            nxt = self._by_first.get((sentence.index, i))
            if nxt is not None:
                return self._head_of_chain(sentence, nxt) if role else mention
            if not tokens[i].is_word or tokens[i].lower in _AT_A_BODY:
                break  # 'Graham Cluley from anti-virus firm Sophos': Cluley heads it
            if tokens[i].capitalised:
                titled = self._titled_name_at(sentence, i)
                return mention if titled is None else self._head_of_chain(sentence, titled)
            role = role or tokens[i].lower in ROLE_NOUNS  # 'advanced threat researcher'
            role = role or tokens[i].lower in PERSON_NOUNS  # 'South Richmond Hill resident'
            i += 1
        return mention

    def _titled_name_at(self, sentence: Sentence, i: int) -> Mention | None:
        """The name whose capitalised title starts at or soon after token `i`, the words
        between capitalised too ('TV' in 'WCCO TV Managing Editor Angela Benson')."""
        tokens = sentence.tokens
        for j in range(i, min(len(tokens), i + _CHAIN_WORDS + 2)):
            if not (tokens[j].is_word and tokens[j].capitalised):
                return None
            found = next(
                (
                    m
                    for m in self._by_sentence.get(sentence.index, [])
                    if m.role is not None and m.role_first == j and m.first > j
                ),
                None,
            )
            if found is not None:
                return found
        return None

    # --- noun phrases --------------------------------------------------------------------------

    def noun_phrase_left(self, sentence: Sentence, i: int, relative: bool = False) -> int | None:
        """The noun phrase ending at token `i`, resolved; with `relative`, the antecedent of a
        'who' after it ('a reaction from Trump, who accused': Trump)."""
        tokens = sentence.tokens
        mention = self._by_last.get((sentence.index, i))
        if relative and mention is not None and self._a_bodys_seat(sentence, mention):
            body = self._by_last.get((sentence.index, mention.first - 2))
            if body is not None and self.entities[body.entity or 0].kind == "organization":
                return self.speaking(body.entity)  # 'the Palestinian Dialogue Group in Turkey,
            return NOBODY  # which says': the group, not the country it sits in
        if mention is not None and not possessive(tokens[mention.last]):
            if not relative and _the_topic_of_a_noun(tokens, mention.first):
                return NOBODY  # 'A report on Ivo Tamm warns …': the report speaks, unnamed
            if (
                not relative
                and mention.first > 0
                and tokens[mention.first - 1].lower in ADDRESSEE_VERBS
            ):
                return None  # 'told Us Weekly': the listener; but 'told Brenner, who replied'
            if not relative and _after_a_gerund(tokens, mention.first):
                return NOBODY  # 'White America embracing Obama announced "…"': not Obama
            if not relative and _qualified_by_a_described_name(tokens, mention.first):
                return NOBODY  # 'a student group at the overwhelmingly conservative Liberty
                # University derided': the group, unnamed, not the university
            owner = mention.first - 1
            if owner > 0 and tokens[owner].lower.endswith("-based"):
                owner -= 1  # 'Samson Mokoena from South African-based Vaal Environmental
                while owner > 0 and tokens[owner].capitalised and tokens[owner].is_word:
                    owner -= 1  # Justice Alliance says': where the body sits, then 'from'
            if owner > 0 and tokens[owner].lower == "the":
                owner -= 1  # 'Larry Kroon of the Wasilla Bible Church'
            owner = _past_the_names_modifiers(tokens, owner)
            owned = owner > 0 and _qualifies_a_speaker(tokens, owner)
            with_ = owner > 0 and tokens[owner].lower == "with"  # 'Chief James Hall with the NYPD'
            if (owned or with_) and not relative:
                person = self._person_ending_at(sentence, owner - 1)
                if person is not None:
                    return self.speaking(person.entity)  # the person the body qualifies
                if owned:
                    return self._speaking_for(tokens[owner - 1], mention.entity)
            return self.speaking(mention.entity)
        token = tokens[i]
        if token.lower in PERSON_PRONOUNS:
            return self.pronoun(sentence, i)
        if token.lower == "it":
            return self.pronoun(sentence, i)
        if token.lower in ("they", "we", "i", "you", "who", "which", "that"):
            return NOBODY
        if not token.is_word or (token.capitalised and token.lower not in ROLE_NOUNS):
            return None  # but 'the District Attorney said': an office, whoever holds it
        start = i
        while start > 0 and i - start < 6:
            previous = tokens[start - 1]
            if not previous.is_word or previous.lower in NP_STOPS or is_verb_like(previous):
                break
            start -= 1
            if previous.lower in _DETERMINERS or previous.lower in POSSESSIVE_PRONOUNS:
                break
        owner = start - 1
        if (
            not relative
            and owner > 0
            and tokens[start].lower == "the"
            and (token.lower in ORGANISATION_WORDS or token.lower in GROUP_WORDS)
            and _qualifies_a_speaker(tokens, owner)
        ):
            person = self._person_ending_at(sentence, owner - 1)
            if person is not None:
                return self.speaking(person.entity)  # 'Ilan Gilon of the Meretz party said':
                # the person the described body qualifies, as 'Larry Kroon of the … Church'
        described = self.description(sentence, start, i)
        if described is None or described == NOBODY or owner < 1:
            return described
        if not _qualifies_a_speaker(tokens, owner):
            return described
        # 'a source close to the mayor', 'a friend of the mayor'; 'a spokesman for the ministry'
        return self._speaking_for(tokens[owner - 1], described)

    def _a_bodys_seat(self, sentence: Sentence, mention: Mention) -> bool:
        """A country or place named as where something is ('the Palestinian Dialogue Group in
        Turkey'), not the thing a relative clause after it tells of."""
        return (
            mention.first > 1
            and sentence.tokens[mention.first - 1].lower in _SEAT_PREPOSITIONS
            and self.entities[mention.entity or 0].kind in ("country", "place")
        )

    def _speaking_for(self, head: Token, owner: int | None) -> int | None:
        """'a spokesman for Gazprom' speaks for Gazprom (`owner`, the entity after the
        preposition); 'Friends of Kathryn Jenkin' and 'lawyers for X' speak for themselves: the
        name is not the speaker."""
        entity = self.entities[owner or 0]
        if head.lower in SPOKESPERSON_NOUNS and entity.kind != "person":
            return self.speaking(owner)
        return NOBODY

    def description(self, sentence: Sentence, first: int, last: int) -> int | None:
        """A noun phrase without a name of its own: 'the minister', 'a Surrey Police spokeswoman',
        'the ministry's statement', 'the agency'. NOBODY when it names someone unresolvable."""
        tokens = sentence.tokens[first : last + 1]
        words = [t for t in tokens if t.is_word]
        if not words:
            return None
        head = words[-1].lower
        inside = [
            m
            for m in self._by_sentence.get(sentence.index, [])
            if first <= m.first and m.last <= last
        ]
        if inside:
            owner = inside[-1]
            if head in _ONE_OF_ITS_PEOPLE and words[0].lower in _INDEFINITE:
                return NOBODY  # 'a regional Federal Reserve official criticized the Fed's
                # policy': one of its people, in their own name, not the body speaking
            between = {t.lower for t in sentence.tokens[owner.last + 1 : last]}
            place = self.entities[owner.entity or 0].kind in ("country", "place")
            if head in SPOKESPERSON_NOUNS and place and between & _BODY_WORDS:
                return NOBODY  # 'an All England club spokesperson': the club's, not England's
            if head in SPOKESPERSON_NOUNS or head in _FINDINGS:
                entity = self.entities[owner.entity or 0]
                person_spokesman = entity.kind == "person" and head not in _A_PERSONS_OWN_WORDS
                return NOBODY if person_spokesman else self.speaking(owner.entity)
            if (
                words[0].lower == "the"
                and head in _WHAT_A_BODY_IS
                and self.entities[owner.entity or 0].kind in ("organization", "media")
                and all(
                    t.is_word and not t.capitalised for t in sentence.tokens[owner.last + 1 : last]
                )
            ):
                return self.speaking(owner.entity)  # 'the Paris-based IEA watchdog', 'the
                # Yukos oil giant': the body named, called what it is (not 'the BBC board')
            return NOBODY
        determiner = words[0].lower
        if determiner == "the" and head in _LEADER_NOUNS and len(words) > 2:
            seat = fold_name(" ".join(w.text for w in words[1:-1]))
            if seat in _SEATS_OF_GOVERNMENT:
                return self._leader_of(_SEATS_OF_GOVERNMENT[seat])  # 'the Kremlin chief': Putin
        premier = len(words) == 4 and words[2].lower == "prime" and head == "minister"
        national = (len(words) == 3 or premier) and words[1].lower in DEMONYMS
        heads = _heads_of_state_named(head, premier)
        if determiner == "the" and national and heads:  # 'the Ukrainian leader'
            return self._leader_of(frozenset({words[1].lower}), heads)
        if determiner == "the" and head in DOCUMENT_NOUNS:
            issuer = self._issuer_of(sentence, head)
            if issuer is not None:  # 'Gordon Advisors issued a statement …' ⏎ 'the statement said'
                return issuer
        if head in SPOKESPERSON_NOUNS and len(words) > 1:
            body = self._body_named_by(words[-2].lower)
            if body is None:
                body = self._body_abbreviated(words[-2].text)  # 'an IRB spokesman'
            if body is None and _a_bare_name(words[-2]):
                body = self._body_opened_by(words[-2].lower)  # 'the Delta spokesman'
            if body is not None:  # 'a police spokesman' with Cumbria Police in the article
                return self.speaking(body)
        if determiner == "the" and head == "year-old":
            return self._the_one_person_near(sentence)  # '"…," said the 29-year-old'
        if determiner in _INDEFINITE or (
            head not in ROLE_NOUNS
            and head not in GROUP_WORDS
            and head not in ORGANISATION_WORDS
            and head not in self._described_as
        ):
            return NOBODY
        if head in _TEAM_HEADS and (len(words) != 2 or determiner not in _THE_ONE_TEAM):
            return NOBODY  # 'the legal team', 'the national team', 'a playoff team': not
            # the team the article is about
        states = frozenset(filter(None, (state_code(fold_name(w.text)) for w in words[:-1])))
        spoken = {w.lower for w in words[:-1]}
        tense = "former" if spoken & _FORMER else "current" if spoken & _CURRENT else None
        deputy = bool(spoken & _UNDER_ANOTHER)
        offices = frozenset(spoken & _OFFICES)  # 'the prime minister' is no aid minister
        qualifier = " ".join(w.text for w in words[1:-1] if w.capitalised)
        us_state = us_state_named(qualifier) if qualifier else None  # 'the Florida senator'
        count = next(iter(_counts_of([" ".join(w.lower for w in words[:-1])])), None)
        if determiner == "the" and self.spoken_of_another(head, sentence.index):
            return self._the_one_named_near(sentence, head)  # 'another brother, Patrick
            # Paddock II, said' ⏎ 'the brother said': two brothers now; the one just named
        found = self._titled(
            sentence, head, words[0].start, states, tense, deputy, offices, us_state, count
        )
        aged = any(w.lower.endswith("year-old") for w in words[:-1])
        if aged and found not in (None, NOBODY) and self._someone_else_in_focus(sentence, found):
            return NOBODY  # 'Comedian Amy Schumer …' paragraphs before ⏎ 'Cubs fan Bob Newhart
            # tweeted …' ⏎ '"…!" the 87-year-old comedian wrote': the age is the man's in focus
        if (
            head in _FIRM_HEADS
            and found not in (None, NOBODY)
            and self._a_platform_near(sentence, found)
        ):
            return NOBODY  # 'He has since run Telegram from Dubai.' ⏎ 'the company said …':
            # Telegram is a company too, though a platform's name makes it no actor
        return found

    def _someone_else_in_focus(self, sentence: Sentence, entity: int) -> bool:
        """Whether `entity` was last named paragraphs before `sentence` and another person
        is named in the sentence before it: the one in focus now."""
        named = [
            self.sentences[m.sentence].paragraph
            for m in self.entities[entity].mentions
            if m.sentence < sentence.index
        ]
        if named and sentence.paragraph - max(named) <= _RECENT_PARAGRAPHS:
            return False
        previous = self._previous_content_sentence(sentence)
        return previous is not None and any(
            m.entity != entity and self.entities[m.entity or 0].kind == "person"
            for m in self._by_sentence.get(previous.index, [])
        )

    def _a_platform_near(self, sentence: Sentence, entity: int | None) -> bool:
        """Whether this sentence or the one before names a platform ('Telegram', 'Twitter')
        outside quotation marks that is no mention of `entity`: a company 'the company' may
        be (not 'posted on Instagram': the medium)."""
        earlier = self._previous_content_sentence(sentence)
        for told in [sentence] if earlier is None else [earlier, sentence]:
            own = {m.first for m in self._by_sentence.get(told.index, []) if m.entity == entity}
            for i, token in enumerate(told.tokens):
                if (
                    token.capitalised
                    and token.lower in PLATFORM_NAMES
                    and token.lower != "x"
                    and i not in own
                    and not (i and told.tokens[i - 1].lower in _MEDIUM_PREPOSITIONS)
                    and not told.is_quoted(token.start)
                ):
                    return True
        return False

    def _the_one_named_near(self, sentence: Sentence, head: str) -> int | None:
        """The one person holding the role `head` that this sentence or the one before names
        outside quotation marks, or else who spoke last there ('Eric Paddock said …' ⏎ 'The
        brother told CBS News …' ⏎ '"…," the brother said'); NOBODY when no one or several."""
        earlier = self._previous_content_sentence(sentence)
        people = {
            mention.entity
            for told in ([sentence] if earlier is None else [earlier, sentence])
            for mention in self._people_named(told)
            if self._holds(mention.entity, head)
        }
        if not people and self.last_speaker is not None and self.last_speaker >= 0:
            recent = earlier is not None and self.last_speaker_sentence >= earlier.index
            if recent and self._holds(self.last_speaker, head):
                people = {self.last_speaker}
        return self.speaking(people.pop()) if len(people) == 1 else NOBODY

    def _holds(self, entity: int | None, head: str) -> bool:
        """Whether the actor's roles name it a `head` ('brother'), or the article introduced
        it as another ('another brother, Patrick Paddock II')."""
        if entity in self._others()[1].get(head, ()):
            return True
        return any(head in fold_name(role).split() for role in self.entities[entity or 0].roles)

    def spoken_of_another(self, head: str, sentence: int) -> bool:
        """Whether the article has spoken of 'another `head`' by sentence `sentence` ('another
        brother', 'another climber'): 'the `head`' may then be either of two."""
        told = self._others()[0].get(head)
        return told is not None and told <= sentence

    def _others(self) -> tuple[dict[str, int], dict[str, set[int]]]:
        """Where the article first speaks of 'another' of a kind ('another brother', 'another
        older brother'), by the kind's noun, and whom it so introduces by name ('another
        brother, Patrick Paddock II'), by the noun."""
        if self._others_cache is None:
            first: dict[str, int] = {}
            named: dict[str, set[int]] = {}
            for told in self.sentences:
                if "nother" not in told.text:  # (the cheap test first: most have none)
                    continue
                tokens = told.tokens
                for i, token in enumerate(tokens):
                    if token.lower != "another":
                        continue
                    for j in range(i + 1, min(len(tokens), i + 3)):
                        noun = tokens[j].lower
                        first.setdefault(noun, told.index)
                        comma = j + 1
                        if comma < len(tokens) and tokens[comma].text == ",":
                            mention = self._by_first.get((told.index, comma + 1))
                            if mention is not None and mention.entity is not None:
                                named.setdefault(noun, set()).add(mention.entity)
            self._others_cache = (first, named)
        return self._others_cache

    def _the_one_person_near(self, sentence: Sentence) -> int | None:
        """The one person this sentence or the one before names outside quotation marks
        ('… champion Trevor Immelman has become …' ⏎ '"…," said the 29-year-old'); NOBODY
        when no one or several are."""
        earlier = self._previous_content_sentence(sentence)
        if earlier is not None and any(
            t.lower in ("he", "she") and not earlier.is_quoted(t.start) for t in earlier.tokens
        ):
            return NOBODY  # 'Molik won.' ⏎ 'She will now meet Venus Williams.' ⏎ '"…," said
            # the 23-year-old': she, unnamed there, may be the one described
        people = {
            mention.entity
            for told in ([sentence] if earlier is None else [sentence, earlier])
            for mention in self._people_named(told)
        }
        return self.speaking(people.pop()) if len(people) == 1 else NOBODY

    def _people_named(self, sentence: Sentence) -> list[Mention]:
        """The sentence's mentions of people outside quotation marks, in order."""
        return [
            mention
            for mention in self._by_sentence.get(sentence.index, [])
            if self.entities[mention.entity or 0].kind == "person"
            and not sentence.is_quoted(mention.start)
        ]

    def _the_one_person_named_first(self, sentence: Sentence) -> int | None:
        """The one person the sentence before names outside quotation marks, named before
        any 'he' or 'she' there ('Manchester City's Paul Bosvelt will find out whether he
        …' ⏎ 'The 34-year-old Dutch midfielder …'); NOBODY when no one, several, or a
        pronoun before the name ('She will now meet Venus Williams') may be the one."""
        earlier = self._previous_content_sentence(sentence)
        if earlier is None:
            return NOBODY
        pronoun = next(
            (
                t.start
                for t in earlier.tokens
                if t.lower in ("he", "she") and not earlier.is_quoted(t.start)
            ),
            earlier.end,
        )
        named = self._people_named(earlier)
        if len({mention.entity for mention in named}) != 1 or named[0].start > pronoun:
            return NOBODY
        return self.speaking(named[0].entity)

    def _leader_of(
        self, country_words: frozenset[str], heads: frozenset[str] = _HEAD_OF_STATE_WORDS
    ) -> int:
        """'the Kremlin chief', 'the Ukrainian leader', 'the Russian president': the one person
        of the article whose roles make them the head of that state ('Russian President
        Vladimir Putin'); NOBODY when no one or several fit."""
        states = {state_code(w) for w in country_words} - {None}
        leaders = [
            entity.index
            for entity, words in self._titles
            if entity.kind == "person"
            and words & heads
            and (words & country_words or states & self._states[entity.index])
        ]  # 'Poland's president' is a Polish leader as much as 'Polish Prime Minister' is
        return leaders[0] if len(leaders) == 1 else NOBODY

    def _issuer_of(self, sentence: Sentence, document: str) -> int | None:
        """Who issued the `document` ('statement') this sentence or the one before tells of
        ('X issued a statement Tuesday expressing condolences', 'a statement from X'), if that
        is settled."""
        earlier = self._previous_content_sentence(sentence)
        for told in (sentence, earlier):
            if told is None:
                continue
            tokens = told.tokens
            for i, token in enumerate(tokens):
                issued_by = i + 2 < len(tokens) and tokens[i + 1].lower in ("from", "by")
                if token.lower == document and issued_by:  # 'a statement from the government'
                    skip = 2 + (tokens[i + 2].lower == "the")
                    owner = self._by_first.get((told.index, i + skip))
                    if owner is not None:
                        return self.speaking(owner.entity)
                following = [t.lower for t in tokens[i + 1 : i + 4]]
                said_in = token.lower in ("said", "says") and following[:1] == ["in"]
                if token.lower not in _ISSUING_VERBS and not said_in:
                    continue  # 'issued a statement', 'said in a statement'
                if document in following:
                    issuer = self.clause_subject(told, i)
                    if issuer is None or issuer == NOBODY:  # 'the teacher, X of Y, wrote'
                        issuer = self.before_verb(told, i)
                    return None if issuer == NOBODY else issuer
        return None

    def _body_named_by(self, word: str) -> int | None:
        """The one organisation of the article whose name holds `word` ('police': Cumbria
        Police; 'ministry': the Defence Ministry); None if none or several do."""
        if word not in GROUP_WORDS and word not in ORGANISATION_WORDS:
            return None
        bodies = [
            entity.index
            for entity, words in self._titles
            if entity.kind == "organization" and word in fold_name(entity.name).split()
        ]
        return bodies[0] if len(bodies) == 1 else None

    def _body_opened_by(self, word: str) -> int | None:
        """The one organisation of the article whose name of several words opens with `word`
        ('delta': Delta Air Lines); None if none or several do, or if the word alone names
        someone too ('an Equifax spokesperson' is not Equifax Workforce Solutions')."""
        bodies = []
        for entity in self.entities:
            folded = fold_name(entity.name)
            if folded == word and entity.kind not in ("place", "country"):
                return None  # (a place has no spokesman: 'Delta' read as one is the airline)
            if entity.kind == "organization" and folded.split(" ", 1)[0] == word != folded:
                bodies.append(entity.index)
        return bodies[0] if len(bodies) == 1 else None

    def _body_abbreviated(self, letters: str) -> int | None:
        """The one organisation of the article that `letters` abbreviates ('IRB': the
        International Rugby Board), when they are capitals; None if none or several."""
        if not (letters.isupper() and letters.isalpha() and len(letters) >= 2):
            return None
        bodies = [
            entity.index
            for entity, _ in self._titles
            if entity.kind == "organization"
            and (entity.name == letters or letters in acronyms_of(entity.name))
        ]
        return bodies[0] if len(bodies) == 1 else None

    def _another_unknown_body_speaks(self, entity: int) -> bool:
        """Whether a name the rules could not type as a person or a body ('Halifax', read as a
        town) speaks somewhere in the article ('Halifax said') and is written after 'the' as
        a town is not ('the Halifax has said'): it may be the body a description ('the bank')
        means, as much as `entity` may."""
        return any(
            e.index != entity
            and e.kind in ("other", "place")
            and any(m.speaking and not m.quoted for m in e.mentions)
            and any(m.determined and not m.quoted for m in e.mentions)  # 'the Halifax': no town
            for e in self.entities
        )

    def _find_bodies_described(self) -> dict[int, set[str]]:
        """The nouns that describe a body in apposition, by entity: 'bank' for 'ABN Amro, the
        Netherlands' largest bank,' (which names no bank)."""
        found: dict[int, set[str]] = {}
        for mention in self.mentions:
            tokens = self.sentences[mention.sentence].tokens
            after = mention.last + 1
            if (
                mention.entity is None
                or after + 1 >= len(tokens)
                or tokens[after].text != ","
                or tokens[after + 1].lower not in ("the", "a", "an")
            ):
                continue
            for token in tokens[after + 2 : after + 2 + _APPOSITION_WORDS]:
                if token.text in (",", ".", ";", ":") or token.lower in _OWNER_PREPOSITIONS:
                    break  # 'Steinberg, a partner in the firm': a man, of a firm
                if token.lower in _DESCRIBED_BODY_HEADS:
                    found.setdefault(mention.entity, set()).add(token.lower)
        return found

    def _teams_named_before(self, sentence: int, position: int) -> int:
        """How many teams the article has named, actors or not, before a place in it: a
        reader takes 'the team' to be the one team named so far, whatever teams come later
        ('… the New Jersey Nets' in the last line)."""
        if self._teams_cache is None:
            self._teams_cache = self._find_teams()
        return bisect_left(self._teams_cache, (sentence, position))

    def _a_title_acting_before(self, sentence: Sentence, at: int) -> bool:
        """Whether a lone title word with no determiner acts as a subject before token `at`
        ('A decade ago, Prince gave …', 'King told …'): someone named the rules cannot type."""
        tokens = sentence.tokens
        for k in range(at - 1):
            token, following = tokens[k], tokens[k + 1]
            if (
                token.capitalised
                and (k == 0 or tokens[k - 1].text == ",")
                and not following.capitalised
                and following.is_word
                and is_past_form(following.lower)
                and fold_name(token.text) in TITLE_WORDS
                and not any(  # a pronoun resolved in every sentence: names looked up last
                    m.role_first <= k <= m.last for m in self._by_sentence.get(sentence.index, [])
                )
            ):
                return True
        return False

    @property
    def _us_states(self) -> dict[int, frozenset[str]]:
        """Read once an article's description names a US state, not for every article."""
        if self._us_states_cache is None:
            self._us_states_cache = self._find_us_states()
        return self._us_states_cache

    def _find_us_states(self) -> dict[int, frozenset[str]]:
        """The US state each actor is placed in: by a role ('the senator from Vermont') or by
        the party-and-state tag or 'of' after a mention ('Marco Rubio, R-Fla.', 'Gwen Moore
        (D-Wis.)', 'Sen. Bernie Sanders of Vermont'), as in 'the Florida senator'."""
        found = {
            entity.index: {
                state
                for role in entity.roles
                for part in _STATE_WORDS.findall(role)
                if (state := us_state_named(part))
            }
            for entity, _ in self._titles
        }
        for mention in self.mentions:
            if mention.entity not in found or mention.sentence >= len(self.sentences):
                continue
            sentence = self.sentences[mention.sentence]
            after = sentence.text[mention.end - sentence.start : mention.end - sentence.start + 24]
            tagged = _STATE_TAG.match(after)
            state = us_state_named(tagged.group(1) or tagged.group(2)) if tagged else None
            if state is not None:
                found[mention.entity].add(state)
        return {index: frozenset(states) for index, states in found.items()}

    def _find_teams(self) -> list[tuple[int, int]]:
        """Where each team is first named, in order."""
        return sorted(
            min((m.sentence, m.start) for m in e.mentions)
            for e in self.entities
            if e.kind == "organization" and _a_team(e) and e.mentions
        )

    def _titled(
        self,
        sentence: Sentence,
        head: str,
        position: int,
        states: frozenset[str] = frozenset(),
        tense: str | None = None,
        deputy: bool = False,
        offices: frozenset[str] = frozenset(),
        us_state: str | None = None,
        count: int | None = None,
    ) -> int | None:
        """'the minister' → the one recent entity whose name or roles contain the word; a
        description naming a state ('Qatar's prime minister') fits only that state's, and
        one saying 'former' or 'current' only a holder of that time ('Former mayor Luis
        Ferreira' is not 'the current mayor')."""
        organisation = (
            head in GROUP_WORDS or head in ORGANISATION_WORDS
        ) and head not in ROLE_NOUNS
        if head in _TEAM_HEADS and self._teams_named_before(sentence.index, position) > 1:
            return NOBODY  # 'the Gulls beat the Owls … the team said': which?
        latest: dict[int, int] = {}
        quoted_only: set[int] = set()  # named only in someone's words: no one to choose
        for entity, words in self._titles:
            fits = (
                (head in words and not (organisation and entity.kind == "person"))
                or (organisation and head in self._bodies_described.get(entity.index, ()))
                or (
                    organisation
                    and entity.kind in ("organization", "other")
                    and head in _COMPANY_HEADS
                    and not PUBLIC_BODY_WORDS & set(words)
                )
                or (head in _TEAM_HEADS and entity.kind == "organization" and _a_team(entity))
            )  # 'the police said' is not the police commissioner; 'Microsoft' is a company,
            # 'Harbor City police' none; 'the team' is the San Diego Chargers
            if not fits or (states and not states & self._states[entity.index]):
                continue  # not the Israeli prime minister
            if us_state is not None and us_state not in self._us_states[entity.index]:
                continue  # 'the Florida senator' is not 'Sanders, the senator from Vermont'
            if tense is not None and _held_then(entity, head) != (tense == "former"):
                continue  # 'the current mayor' is not 'Former mayor Luis Ferreira'
            if _deputised(entity, head) != deputy:
                continue  # 'the prime minister' is not 'Deputy Prime Minister John Prescott'
            if not offices <= words:
                continue  # 'the prime minister' is not 'Aid minister Hilary Benn'
            if count is not None and _counts_of(entity.roles) - {count}:
                continue  # 'the four-times champion' is not 'triple world champion Hamilton'
            before = [
                m for m in entity.mentions if (m.sentence, m.start) < (sentence.index, position)
            ]
            if before:
                latest[entity.index] = max(m.sentence for m in before)
                if all(self._in_someones_words(m) for m in before):
                    quoted_only.add(entity.index)
        if (
            head in SPOKESPERSON_NOUNS
            and latest
            and self._introduced_anew(head, max(latest.values()), sentence, position)
        ):
            return NOBODY  # 'Mujahid, a Taliban spokesman, …' ⏎ 'A foreign ministry spokesman
            # in Berlin said …' ⏎ '…, the spokesman said': the one just introduced, unnamed
        if len(latest) == 1:
            only = next(iter(latest))
            named_just_before = sentence.index - latest[only] <= 1
            if organisation and not named_just_before and self._another_unknown_body_speaks(only):
                return NOBODY  # 'Halifax said …' ⏎ '…, the bank said': the only name with
            if only in quoted_only:
                return NOBODY  # '"… brokered by the Swiss government,"' leaves 'the
                # government said' to the story's own, unnamed
            return only  # 'Bank' in it, named paragraphs before, is not sure to be that bank
        recent = [e for e, s in latest.items() if sentence.index - s <= _RECENT_SENTENCES]
        return recent[0] if len(recent) == 1 and recent[0] not in quoted_only else NOBODY

    def _in_someones_words(self, mention: Mention) -> bool:
        """Whether the mention is inside a quotation of someone's words, not a name or a term
        in quotation marks ('a "Love Won Out Conference"')."""
        told = self.sentences[mention.sentence]
        return any(
            q.start <= mention.start < q.end
            and len(told.text[q.start - told.start : q.end - told.start].split()) > _A_TERMS_WORDS
            for q in told.quotations
        )

    def _introduced_anew(self, head: str, named: int, sentence: Sentence, position: int) -> bool:
        """Whether an unnamed spokesperson ('A foreign ministry spokesman', 'another
        spokesman') is introduced after the sentence `named`, where the last one with a name
        was named, and before `position`: 'the spokesman' then is that one. Only spokespeople:
        'a company' or 'a mayor' in passing leaves 'the company' and 'the mayor' to the one
        the article is about."""
        for index in range(named + 1, sentence.index + 1):
            tokens = self.sentences[index].tokens
            for i, token in enumerate(tokens):
                if index == sentence.index and token.start >= position:
                    break
                if token.lower not in _INTRODUCING:
                    continue
                for following in tokens[i + 1 : i + 1 + _INTRODUCED_REACH]:
                    if following.lower == head:
                        return True
                    if not following.is_word or following.lower in STOPWORDS:
                        break
        return False

    # --- pronouns -------------------------------------------------------------------------------

    def pronoun(self, sentence: Sentence, at: int, trailing: bool = False) -> int | None:
        """'he'/'she'/'it': the antecedent the context singles out, else NOBODY. A `trailing`
        pronoun closes what it reports ('Orozco was taken into custody, he added'): the people
        that report names are not its antecedents."""
        word = sentence.tokens[at].lower
        if word == "it":
            return self._it(sentence, at)
        if self._a_title_acting_before(sentence, at):
            return NOBODY  # 'Prince gave an interview in which he decried holograms as "…"':
            # a one-word name the lists read as a title, the likeliest 'he', and no actor
        gender = "female" if word in FEMALE_PRONOUNS else "male"
        bound = self._named_after_a_subject(sentence, at)

        def fits(entity: int | None) -> bool:
            return (
                entity is not None
                and entity >= 0
                and self.entities[entity].kind == "person"
                and self.entities[entity].gender in (None, gender)
                and entity not in bound
            )

        here = [] if trailing else self._people_before(sentence, at, fits)
        clause_end = opening_participle_end(sentence.tokens) if here else None
        if clause_end is None and here:
            clause_end = _topic_opening_end(sentence.tokens) or _setting_opening_end(
                sentence.tokens, at
            )
        if clause_end is not None and clause_end < at:
            here = []  # 'Asked about Mehta's remarks, she said', 'Of Hepburn, she said': not
            # Mehta, not Hepburn: who is spoken of
        if trailing and _opened_by_a_persons_description(sentence.tokens):
            described = self._described_speaker(sentence, at)
            if described is not None:  # 'The president spoke first, telling the press, "…,"
                return described  # he said': the one the sentence opens on, named or not
        framing = self._own_speaker(sentence, at) if trailing else None
        if framing is not None and fits(framing):
            return framing  # 'Dr. David Cech, …, said by the time he arrived, Dauer was in a
            # coma, "almost brain dead," he said': the one the sentence opened on saying it
        if self.last_speaker_sentence == sentence.index and fits(self.last_speaker):
            return self.last_speaker
        if len(here) > 1:
            author = self._author_of_the_antecedent(sentence, at, fits)
            if author is not None:  # 'Blinken called the speech by Lai, in which he vowed to
                return author  # "…"': Lai, whose speech the clause tells of
            subject = self.clause_subject(sentence, at, main=False)
            return subject if subject in here else NOBODY
        if not here and not trailing and self._untyped_acting_before(sentence, at):
            return NOBODY  # 'Ivo Tarn backed the plan, and he said …': not a man named before
        if (
            len(here) == 1
            and not trailing
            and self._untyped_acting_before(sentence, at, may_be_a_person=True)
        ):
            return NOBODY  # 'When Pulaski hired O'Brien, he had called him …': maybe Pulaski
        previous = self._previous_content_sentence(sentence)
        if not here and previous is not None and self._a_caption_line(previous, sentence):
            if self._people_before(previous, len(previous.tokens), fits):
                return NOBODY  # 'Ivo Tamm (center in the black hat) was another of the fans
                # …' ⏎ "'…,' he said.": a picture's caption, whose subject is no antecedent
            previous = self._previous_content_sentence(previous)  # one naming no one: the
            # prose before it goes on
        if (
            not here
            and previous is not None
            and self.last_speaker_sentence == previous.index
            and fits(self.last_speaker)
            and sentence.index - previous.index == 1
        ):
            # '…, Officer Brian Pennings told the paper.' ⏎ 'He said the blood was drawn …':
            # who spoke in the sentence before goes on speaking
            if self._relayed_by_another(previous, fits):
                return NOBODY  # 'Weitz said he had visited Pullman, who had told him that
                # "…".' ⏎ 'He added: …': Weitz tells it, Pullman spoke in it; either goes on
            return self.last_speaker
        if (
            not here
            and previous is not None
            and self.last_speaker_sentence == previous.index
            and self.last_speaker is not None
            and self.last_speaker >= 0
            and self.entities[self.last_speaker].kind == "other"
        ):
            # 'Arne Slot said …' ⏎ '"…," he added': whoever 'Arne Slot' is (a name the rules
            # could not type), the pronoun is not a man named before him
            return NOBODY
        if not here and previous is not None and self._speaks_by_pronoun(previous, word):
            # '…, he testified, and Timmons was armed …' ⏎ '…, he testified, Timmons fired':
            # the one testifying goes on, not the last one named in what he told
            going_on = sentence.index - self.last_speaker_sentence <= _RECENT_SENTENCES
            return self.last_speaker if going_on and fits(self.last_speaker) else NOBODY
        if not here and not trailing and self._described_speaker(sentence, at) == NOBODY:
            # 'The frustrated prosecutor gambled … when he denied a Nichols offer': not Nichols
            return NOBODY
        opened_by = None if here or previous is None else self._described_speaker(previous)
        if opened_by is not None and not fits(opened_by):
            # 'The friend said she was "bubbly".' ⏎ 'She added: "…"': the friend, unnamed;
            # 'A Labour Party spokesman criticised X's record …' ⏎ 'He said': not X
            return NOBODY
        closing = None if here or previous is None else self._trailing_description(previous)
        if closing is not None:
            # 'Mr Vance's plan was a sham, the party leader said.' ⏎ 'He added: …': the one
            # who said it, not one named in what was said
            return closing if fits(closing) else NOBODY
        saying = None if here or previous is None else self._someone_described_says(previous)
        if saying is not None:
            # '… before the captain came back on the intercom and said: "…"' ⏎ '"…," he
            # announced': the captain goes on (here unnamed), not a man the sentence is about
            return saying if fits(saying) else NOBODY
        subject = self._subject_once(previous) if previous is not None else None
        if not here and previous is not None and self._two_acting_together(previous, fits):
            # 'Dan Ruiz and Ali Kaya argued.' ⏎ '"…," he said': either of them
            return NOBODY
        if not here and previous is not None and self._subjects_of_two_clauses(previous, fits):
            # 'Lena Holt resigned, and her deputy Ana Pike will take over.' ⏎ '"…," she said'
            return NOBODY
        if (
            not here
            and previous is not None
            and subject is not None
            and self._acted_on_by_another(previous, subject, fits)
        ):
            # 'Lenti was replaced by his assistant, Paolo Nardi.' ⏎ '…, he said: "I am
            # ready."': the one acted on or the one acting; either may speak next
            return NOBODY
        if not here and subject is not None and self._a_body_speaking(previous, subject):
            # 'The union said it had not been consulted.' ⏎ '"…," she said': someone of the
            # union, unnamed, not the last person quoted before it
            return NOBODY
        if not here and not trailing and self._a_body_spoke_last(sentence, fits):
            # 'A spokesman for the trade group said: "…"' ⏎ 'He said …': someone of that body,
            # unnamed, or the man named before it: either may be speaking
            return NOBODY
        if (
            not here
            and previous is not None
            and subject is not None
            and self._untyped_acting_after(previous, subject)
        ):
            # 'Lisle died in Antigua, where Zelda grew up.' ⏎ 'She also wrote …': maybe Zelda,
            # a name the rules could not type, acting after the subject
            return NOBODY
        if not here and subject is not None and self._untyped(subject):
            # 'Ivo Tarn backed the plan.' ⏎ 'He said …': whoever 'Ivo Tarn' is (a name the
            # rules could not type), the pronoun is not a man named before him
            return NOBODY
        recent_speaker = (
            sentence.index - self.last_speaker_sentence <= _RECENT_SENTENCES
            and not self._named_since(self.last_speaker, self.last_speaker_sentence, sentence, fits)
        )
        there = (
            []
            if previous is None or self._opens_with_pronoun(previous, word)
            else self._people_before(previous, len(previous.tokens), fits)
        )  # 'she joined the ministry of the Rev Ivo Graham.' ⏎ '…, she told': not Graham
        opener = self._opening_person(previous, fits) if previous is not None else None
        ranked: list[int] = [  # where English puts a pronoun's antecedent, most likely first
            *here,
            *([opened_by] if opened_by is not None else []),  # 'The 24-year-old skipper …'
            *([subject] if subject is not None and fits(subject) else []),
            *([opener] if opener is not None else []),
            *(
                [self.last_speaker]
                if self.last_speaker is not None and recent_speaker and fits(self.last_speaker)
                else []
            ),
            *(
                there
                if len(there) == 1
                and subject != NOBODY  # '…, the Tory leader said.' ⏎ 'He …': not one he named
                and self._first_person_in(previous) == there[0]
                else []
            ),
        ]
        recent = self._people_recently(sentence, fits)
        known = {e for e in (*ranked, *there, *recent) if self.entities[e].gender == gender}
        unsure = [e for e in recent if e not in known]  # fits, gender unknown: could be them
        alone = not ranked and not unsure
        if len(known) == 1 and alone and self._named_after_the_pronoun(sentence, known, word):
            # 'He went on to accuse Mr Brown …' ⏎ 'He urged …' ⏎ 'He also accused …': the one
            # each 'he' acts on is not who 'he' is
            return NOBODY
        if len(known) == 1 and (
            alone or (ranked and gender == "female" and ranked[0] not in known)
        ):
            # 'she' after a woman and someone of unknown gender: the woman. Not for 'he': most
            # people of unknown gender in news copy are men, so the nearer one stays the likelier.
            return self._learn(known.pop(), gender, word)
        if ranked:
            return self._learn(ranked[0], gender, word)
        if (
            not known
            and not unsure
            and not trailing
            and word in ("he", "she")
            and not self._untyped_named_recently(sentence)
        ):
            main = self._main_person(gender)  # an obituary's 'she said in 1998', no one nearer
            spoke_lately = (
                fits(self.last_speaker)
                and sentence.index - self.last_speaker_sentence <= 2 * _RECENT_SENTENCES
            )
            return NOBODY if spoke_lately and main != self.last_speaker else main  # 'Mr Moon
            # said: "…"' ⏎ two captions ⏎ 'He added …': maybe Moon, not the story's Kim
        return NOBODY

    def _relayed_by_another(self, sentence: Sentence, fits: Callable[[int | None], bool]) -> bool:
        """Whether the last speaker's words in `sentence` are told by another who fits the
        pronoun too: the subject of a verb of saying that opens it, the last speaker named in a
        relative clause ('Weitz said he had visited Pullman, who had told him that "…"')."""
        tokens = sentence.tokens
        mentions = self._by_sentence.get(sentence.index, [])
        relayed = any(
            m.entity == self.last_speaker
            and m.last + 2 < len(tokens)
            and tokens[m.last + 1].text == ","
            and tokens[m.last + 2].lower == "who"
            for m in mentions
        )  # '… Pullman, who had told him that "…"': read first, as few sentences have one
        if not relayed:
            return False
        subject = self._subject_once(sentence)
        if subject is None or subject == NOBODY or subject == self.last_speaker:
            return False
        return fits(subject) and any(
            m.entity == subject
            and m.role_first == 0
            and m.last + 1 < len(tokens)
            and tokens[m.last + 1].lower in SPEECH_VERBS
            for m in mentions
        )  # 'Weitz said …' opening the sentence

    def _subject_once(self, sentence: Sentence) -> int | None:
        """The subject of the sentence's main clause, None while one is being resolved: a
        pronoun subject of the sentence before resolves once, not back and forth."""
        if self._resolving:
            return None
        self._resolving = True
        try:
            return self.clause_subject(sentence, len(sentence.tokens))
        finally:
            self._resolving = False

    def _a_body_speaking(self, sentence: Sentence | None, entity: int) -> bool:
        """Whether `entity`, the sentence's subject, is a body and speaks there ('The union
        said …', 'Norvik announced …')."""
        if sentence is None or entity < 0 or self.entities[entity].kind not in _BODIES:
            return False
        tokens = sentence.tokens
        return any(
            m.entity == entity
            and m.last + 1 < len(tokens)
            and tokens[m.last + 1].lower in SPEECH_VERBS
            for m in self._by_sentence.get(sentence.index, [])
        )

    def _a_body_spoke_last(self, sentence: Sentence, fits: object) -> bool:
        """Whether the last words quoted or reported, in the sentences just before, were a
        body's ('The union said …', 'A spokesman for the group said: "…"'), and no person who
        fits was named in or after them."""
        speaker, spoke_in = self.last_speaker, self.last_speaker_sentence
        return (
            speaker is not None
            and speaker >= 0
            and self.entities[speaker].kind in _BODIES
            and 0 < sentence.index - spoke_in <= _RECENT_SENTENCES
            and not self._named_since(speaker, spoke_in - 1, sentence, fits)
        )

    def _untyped_named_recently(self, sentence: Sentence) -> bool:
        """Whether a name the rules could not type, which may be a person's, was named in this
        sentence or the two before ('Parry is finalising funding.' ⏎ 'And he confessed …': he
        may be Parry, whom the rules cannot call a man)."""
        for index in range(max(0, sentence.index - _RECENT_SENTENCES), sentence.index + 1):
            for mention in self._by_sentence.get(index, []):
                if (
                    mention.entity is not None
                    and self._untyped(mention.entity)
                    and mention.agentive  # 'Parry is finalising …', not 'Scottish Water'
                    and " " not in mention.name  # a surname alone, as a man is named again
                    and not mention.determined
                    and not self.sentences[index].is_quoted(mention.start)
                ):
                    return True
        return False

    def _untyped(self, entity: int) -> bool:
        """A name the rules could not type as a person, a body, a place or a thing, and not
        in capitals ('CNA asked Farmer …' ⏎ 'He explained': an acronym names no man)."""
        if entity < 0 or self.entities[entity].kind != "other":
            return False
        if any(m.work for m in self.entities[entity].mentions):
            return False  # 'Web of Angels', 'the Falcon Heavy rocket': a thing, typed
        return not self.entities[entity].name.replace(".", "").isupper()

    def _untyped_acting_before(
        self, sentence: Sentence, at: int, may_be_a_person: bool = False
    ) -> bool:
        """'Ivo Tarn backed the plan, and he said …': an untyped name acts before the pronoun;
        one that `may_be_a_person`, not 'the Sixers' (a name after 'the', or a plural)."""
        tokens = sentence.tokens
        return any(
            m.last < at
            and m.entity is not None
            and self._untyped(m.entity)
            and not sentence.is_quoted(m.start)
            and agentive_at(tokens, m.last + 1)
            and not (may_be_a_person and (m.determined or plural_noun(m.name.split()[-1].lower())))
            for m in self._by_sentence.get(sentence.index, [])
        )

    def _untyped_acting_after(self, sentence: Sentence, subject: int) -> bool:
        """Whether a name the rules could not type, alone and not after 'the', acts in
        `sentence` after its `subject` is named ('…, where Zelda grew up')."""
        mentions = self._by_sentence.get(sentence.index, [])
        named = [m.start for m in mentions if m.entity == subject]
        return bool(named) and any(
            m.start > named[0]
            and m.entity is not None
            and self._untyped(m.entity)
            and " " not in m.name
            and not m.determined
            and not plural_noun(m.name.lower())
            and not sentence.is_quoted(m.start)
            and m.first > 0
            and sentence.tokens[m.first - 1].lower in _CLAUSE_OPENERS  # a subject, not
            # 'for leaking Watergate secrets'
            and (agentive_at(sentence.tokens, m.last + 1) or _a_past_form(sentence.tokens, m.last))
            for m in mentions
        )

    def _first_person_in(self, sentence: Sentence | None) -> int | None:
        """The first person named, or None when a pronoun or a description of a person ('a
        police officer', 'his wife') comes first: only a sentence's first person may be
        the antecedent of a 'he' in the next ('… she divorced Neal when she met a police
        officer.' ⏎ 'He suggested …' is not Neal)."""
        if sentence is None:
            return None
        first = next(self._people_cues(sentence), None)
        return first if isinstance(first, int) else None

    def _named_after_a_subject(self, sentence: Sentence, at: int) -> set[int]:
        """The people a subject pronoun names later in its sentence: never itself ('He went on
        to accuse Mr Brown': not Brown; 'She said Lena Holt had left')."""
        tokens = sentence.tokens
        opens = at == 0 or (at == 1 and tokens[0].lower in _OPENING_CONJUNCTIONS)
        if not opens:  # 'But before doing so, he insisted he still trusted Mr Blair': not
            opening = opening_clause_end(sentence)  # Blair either; 'When he arrived, Blair
            within = opening is not None and at < opening  # said' may be
            if within or not agentive_at(tokens, at + 1):
                return set()
        named = self._by_sentence.get(sentence.index, [])
        return {m.entity for m in named if m.first > at and m.entity is not None}

    def _named_after_the_pronoun(self, sentence: Sentence, people: set[int], word: str) -> bool:
        """Whether the sentences just before this one name these people only after opening
        with the pronoun `word` itself: each time, someone the pronoun acts on or speaks of."""
        seen = False
        for index in range(max(0, sentence.index - _WINDOW_OF_RECENT), sentence.index):
            before = self.sentences[index]
            named = set(self._people_before(before, len(before.tokens), lambda e: e in people))
            if named and not self._opens_with_pronoun(before, word):
                return False
            seen = seen or bool(named)
        return seen

    def _opens_with_pronoun(self, sentence: Sentence, word: str) -> bool:
        """Whether the first person the sentence names, outside quotations, is the pronoun
        `word` itself: the people named after it are not its antecedent."""
        cues = (c for c in self._people_cues(sentence) if c not in PERSON_NOUNS)
        return next(cues, None) == word

    def _people_cues(self, sentence: Sentence) -> Iterator[int | str]:
        """The sentence's references to people outside quotations, in order: a person's entity
        for a name, the word itself for a personal pronoun or a description ('officer')."""
        for i, token in enumerate(sentence.tokens):
            if sentence.is_quoted(token.start):
                continue
            named = self._by_first.get((sentence.index, i))
            if named is not None:
                if self.entities[named.entity or 0].kind == "person":
                    yield named.entity or 0  # (a body's name, 'Reunion Pictures'', is no one)
            elif token.lower in PERSON_PRONOUNS or token.lower in PERSON_NOUNS:
                yield token.lower

    def _main_person(self, gender: str) -> int:
        """The person an article is about, for a 'he'/'she' nobody nearer fits: of that gender,
        named in the headline or the first sentence, and named at least three times as often as
        anyone else who may be of that gender. NOBODY when no one stands out so."""
        people = [
            e
            for e in self.entities
            if e.kind == "person" and not e.ambiguous and e.gender in (None, gender)
        ]
        counts = sorted(((len(e.mentions), e.index) for e in people), reverse=True)
        if not counts or counts[0][0] < _MAIN_PERSON_MENTIONS:
            return NOBODY
        if len(counts) > 1 and counts[0][0] < 3 * counts[1][0]:
            return NOBODY
        main = self.entities[counts[0][1]]
        opening = {s.index for s in self.sentences[:2]}
        if main.gender != gender or not any(m.sentence in opening for m in main.mentions):
            return NOBODY
        return main.index

    def _described_speaker(self, sentence: Sentence, before: int | None = None) -> int | None:
        """The person a sentence opens with as its subject when it is a description ('The
        friend said …', 'The frustrated prosecutor gambled …'), resolved (NOBODY: no one
        named); None for any other opening. With `before`, the verb must come before that
        token."""
        tokens = sentence.tokens
        if (
            len(tokens) > 2
            and tokens[0].capitalised
            and tokens[0].text.endswith(("'s", "\u2019s"))
            and tokens[1].lower in PERSON_NOUNS
            and (before is None or before > 1)
        ):
            apposed = self._full_name_apposed(sentence, 2)
            if apposed is not None:  # "Steenburgen's son, filmmaker Charlie McDowell, also …"
                return apposed
            return NOBODY  # "Mensah's father, Kwame, watched …": someone told through another
        start = _past_an_opening_time(tokens)
        if len(tokens) <= start or tokens[start].lower not in _DESCRIBING_DETERMINERS:
            return None
        limit = len(tokens) - 1 if before is None else min(len(tokens) - 1, before - 1)
        if (
            tokens[start].lower == "the"
            and start + 2 <= limit
            and tokens[start + 1].lower in DEMONYMS
            and agentive_at(tokens, start + 2)
        ):
            return NOBODY  # 'The Australian has suffered …': someone by their nationality,
            # whom the rules do not tie to a name
        words = start + 1
        while tokens[start].lower != "the" and words < limit and tokens[words].capitalised:
            words += 1  # 'A Labour Party spokesman' (someone new), whether 'Labour Party' is
            # a name or not; 'The Tory spokesman' may be the one the article named before
        if words - start - 1 > _DESCRIPTION_WORDS:
            return None
        aged = words
        while aged < limit and (_in_an_age(tokens, aged) or tokens[aged].lower == "year-old"):
            aged += 1  # 'The 24-year-old Reds skipper spoke out': someone by age and team
        if aged > words and aged < limit and tokens[aged].capitalised:
            aged += 1
        for head in range(aged, min(limit, aged + _DESCRIPTION_WORDS)):
            if not tokens[head].is_word or tokens[head].capitalised:
                return None
            if (
                tokens[head].lower in SPOKESPERSON_NOUNS
                and head + 1 < limit
                and tokens[head + 1].lower in ("for", "of", "at")
            ):
                return NOBODY  # 'But a spokesman for the Home Office defended …': someone
                # unnamed speaks for a body
            verb = _past_a_time(tokens, head + 1)  # 'The prime minister on Sunday said'
            if verb < len(tokens) and (
                tokens[verb].lower in SPEECH_VERBS or agentive_at(tokens, verb)
            ):
                named = self._by_first.get((sentence.index, head + 2))
                if (
                    tokens[head + 1].text == ","
                    and named is not None
                    and self.entities[named.entity or 0].kind == "person"
                    and named.last + 1 < len(tokens)
                    and tokens[named.last + 1].text == ","
                ):
                    return named.entity  # 'The chief executive, Irina Sokol, denied …': named
                if tokens[head].lower not in PERSON_NOUNS:
                    return None
                if aged > words:  # 'The 24-year-old England midfielder is …': whom it ages
                    return self._the_one_person_named_first(sentence)
                return self.description(sentence, start, head)
        return None

    def _full_name_apposed(self, sentence: Sentence, comma: int) -> int | None:
        """The person whose full name (two words or more) stands in the aside opened by the
        comma at `comma`, after at most a few lowercase words: ', filmmaker Charlie McDowell,'."""
        tokens = sentence.tokens
        if comma >= len(tokens) or tokens[comma].text != ",":
            return None
        for i in range(comma + 1, min(len(tokens), comma + 2 + _ASIDE_DESCRIPTION_WORDS)):
            named = self._by_first.get((sentence.index, i))
            if named is not None:
                closed = named.last + 1 < len(tokens) and tokens[named.last + 1].text in ",("
                person = named.entity is not None and self.entities[named.entity].kind == "person"
                return named.entity if closed and person and " " in named.name else None
            if not tokens[i].is_word or tokens[i].capitalised:
                return None
        return None

    def _someone_described_says(self, sentence: Sentence) -> int | None:
        """Who is described ('the captain', 'a nurse') as the subject of a clause that goes on
        to a verb of saying opening a quotation ('the captain came back on the intercom and
        said: "…"'), with no one named between and no one saying it all before: resolved
        (NOBODY: no one named); None when the sentence has no such clause."""
        tokens = sentence.tokens
        named = {i for m in self._by_sentence.get(sentence.index, []) for i in (m.first, m.last)}
        described: tuple[int, int] | None = None
        for i, token in enumerate(tokens[:-2]):
            if sentence.is_quoted(token.start):
                continue
            if i in named:
                described = None
            elif described is None and token.lower in SPEECH_VERBS:
                return None  # 'Kelly said an "earwitness" heard a cop yell, "…"': his report
            elif (
                token.lower in PERSON_NOUNS
                and i >= 1
                and tokens[i - 1].lower in ("the", "a", "an")
                and not (i >= 2 and tokens[i - 2].lower in _BEFORE_AN_OBJECT)
                and _a_finite_verb(tokens[i + 1].lower)
            ):  # 'the captain came …', not '… to the watchdog saying' nor 'a general "…"'
                described = (i - 1, i)
            elif (
                described is not None
                and token.lower in SPEECH_VERBS
                and i > described[1]
                and (
                    tokens[i + 1].text in QUOTE_MARKS
                    or tokens[i + 1].text == ":"
                    or (tokens[i + 1].text == "," and tokens[i + 2].text in QUOTE_MARKS)
                )
            ):
                return self.description(sentence, *described)
        return None

    def _trailing_description(self, sentence: Sentence) -> int | None:
        """The person a description closing the sentence as its speaker refers to ('…, the
        party leader said on Monday'), resolved (NOBODY: no one named); None for any other
        ending."""
        tokens = sentence.tokens
        for comma in range(len(tokens) - 3, 0, -1):
            if (tokens[comma].text != "," and not _a_mark_after_its_comma(tokens, comma)) or tokens[
                comma + 1
            ].lower not in ("the", "a", "an"):
                continue  # '…, the party leader said', '"…," a spokeswoman said'
            first = comma + 1
            for head in range(first + 1, min(len(tokens) - 1, first + _DESCRIPTION_WORDS + 1)):
                if not tokens[head].is_word or sentence.is_quoted(tokens[head].start):
                    return None
                verb = tokens[head + 1]
                if tokens[head].lower in PERSON_NOUNS and verb.lower in SPEECH_VERBS:
                    after = tokens[head + 2].lower if head + 2 < len(tokens) else "."
                    closes = after in _AFTER_A_CLOSING_FRAME or verb.lower in ADDRESSEE_VERBS
                    return self.description(sentence, first, head) if closes else None
            return None
        return None

    def _learn(self, entity: int, gender: str, word: str = "he") -> int:
        """A person a subject pronoun was resolved to has its gender from now on ('her son'
        is too often someone else's son to teach anything)."""
        if self.entities[entity].gender is None and word in ("he", "she"):
            self.entities[entity].gender = "female" if gender == "female" else "male"
        return entity

    def _it(self, sentence: Sentence, at: int) -> int | None:
        """'it said': the one organisation or country the sentence or the one before names
        outside quotation marks (in '"China is censoring …," said the group.' ⏎ '"…," it
        said', China is spoken of, not speaking); else the body whose name opens the quote
        'it' closes, a statement naming its own body ('"Multiplex believes its claims are
        sound," it said'), not one it names further in ('"At the time that Netcraft …"')."""
        earlier = self._previous_content_sentence(sentence)
        for candidate, opening in ((sentence, False), (earlier, False), (sentence, True)):
            if candidate is None:
                continue
            limit = at if candidate is sentence else len(candidate.tokens)
            named = {
                m.entity
                for m in self._by_sentence.get(candidate.index, [])
                if m.last < limit
                and m.quoted == opening
                and (not opening or _opens_a_quote(candidate.tokens, m.first))
                and m.entity is not None
                and self.entities[m.entity].kind in ("organization", "country")
            }
            bodies = {e for e in named if self.entities[e].is_actor}
            others = {
                m.entity
                for m in self._by_sentence.get(candidate.index, [])
                if m.entity in named
                and m.entity not in bodies
                and not _a_modifier_or_a_place(candidate.tokens, m.first, m.last)
            }
            if bodies:  # one acting, and no other body named beside it ('… erase France and
                # Germany from its list, the EU said …' ⏎ '"…," it said': not Germany's;
                # but 'Wimpey said the UK housing market …': the UK names no body there)
                return bodies.pop() if len(bodies) == 1 and not others else NOBODY
        return NOBODY

    def _people_before(self, sentence: Sentence, at: int, fits: object) -> list[int]:
        found: list[int] = []
        for mention in self._by_sentence.get(sentence.index, []):
            if mention.last >= at or sentence.is_quoted(mention.start):
                continue
            if callable(fits) and fits(mention.entity) and mention.entity not in found:
                found.append(mention.entity or 0)
        return found

    def _named_since(
        self, speaker: int | None, since: int, sentence: Sentence, fits: object
    ) -> bool:
        """Whether someone else who fits was named after the sentence the speaker last spoke
        in: 'Milliote said …' ⏎ 'Gomes had been released …' ⏎ '… he told her': 'he' is no
        longer sure to be the speaker."""
        for index in range(since + 1, sentence.index):
            limit = len(self.sentences[index].tokens)
            if any(e != speaker for e in self._people_before(self.sentences[index], limit, fits)):
                return True
        return False

    def _opening_person(self, sentence: Sentence, fits: object) -> int | None:
        """The person whose name opens the sentence: its subject ('William Hurlbut, MD, a
        professor …, said …'), whatever the clauses after it."""
        for mention in self._by_sentence.get(sentence.index, []):
            if mention.first == 0 and callable(fits) and fits(mention.entity):
                return mention.entity
        return None

    def _people_recently(self, sentence: Sentence, fits: object) -> list[int]:
        """People named in this sentence and the three before it."""
        found: list[int] = []
        for index in range(max(0, sentence.index - _WINDOW_OF_RECENT), sentence.index + 1):
            limit = len(self.sentences[index].tokens)
            for entity in self._people_before(self.sentences[index], limit, fits):
                if entity not in found:
                    found.append(entity)
        return found

    @staticmethod
    def _speaks_by_pronoun(sentence: Sentence, word: str) -> bool:
        """Whether `sentence` has `word` ('he') right before a speech verb, in the reporter's
        words: a speaker going on whom that sentence does not name."""
        tokens = sentence.tokens
        return any(
            token.lower == word
            and tokens[i + 1].lower in SPEECH_VERBS
            and not sentence.is_quoted(token.start)
            and not (i > 0 and tokens[i - 1].lower in _EMBEDDING_WORDS)  # 'asked why he wrote'
            for i, token in enumerate(tokens[:-1])
        )

    def _a_caption_line(self, line: Sentence, sentence: Sentence) -> bool:
        """Whether `line`, before `sentence`'s paragraph, is a paragraph of one sentence
        without a closing stop, long enough not to be read as a heading: a picture's caption
        run into the page ('John Cusack (center in the black hat) was another one of …')."""
        following = self.sentences[line.index + 1] if line.index + 1 < len(self.sentences) else None
        return (
            line.first_in_paragraph
            and line.paragraph != sentence.paragraph
            and (following is None or following.paragraph != line.paragraph)
            and not line.text.rstrip().endswith(_CLOSING_STOPS)
        )

    def _previous_content_sentence(self, sentence: Sentence) -> Sentence | None:
        for index in range(sentence.index - 1, -1, -1):
            if not self.sentences[index].skip:
                return self.sentences[index]
        return None

    def _agent_ends_at(self, sentence: int, i: int) -> bool:
        """Whether a name that can speak ends at token `i` (so it is the subject, not a phrase)."""
        mention = self._by_last.get((sentence, i))
        return mention is not None and self.entities[mention.entity or 0].kind in (
            "person",
            "organization",
            "country",
        )

    def speaking(self, entity: int | None) -> int | None:
        """The entity as a speaker: places and vehicles do not speak."""
        if entity is None or entity == NOBODY:
            return entity
        speaker = self.entities[entity]
        if speaker.kind in ("place", "vehicle") or speaker.ambiguous:
            return NOBODY
        if speaker.a_capitalised_description:
            return NOBODY  # '"…," said the Democrat': someone unnamed
        return entity

    @staticmethod
    def _before_postnominals(tokens: Sequence[Token], i: int) -> int:
        """The token before the letters ending at `i` ('Jonathan Price KC') or a bracket
        closing at `i` ('Rep. James Traficant (D., Ohio)': his party and state), else `i`."""
        if i > 0 and tokens[i].text == ")" and (opening := _opening_bracket(tokens, i)) is not None:
            i = opening - 1
        while i > 0 and tokens[i].text.rstrip(".") in POSTNOMINALS:
            i -= 1
        return i

    def _skip_left(self, tokens: Sequence[Token], i: int, sentence: int = -1) -> int:
        """Back over adverbs, auxiliaries and short phrases between a subject and its verb."""
        while i >= 0:
            low = tokens[i].lower
            if low == ")" and (opening := _opening_bracket(tokens, i)) is not None:
                i = opening - 1  # 'Rep. Edward Markey (D-Mass.) said'
            elif low in SKIPPABLE or (
                is_adverb(low)
                and not is_negation(low)  # 'King never said a word about …': no saying
                and low not in _FLOATING_QUANTIFIERS  # 'X and Y have both said': two speak
                and not tokens[i].capitalised
            ):
                i -= 1  # 'Tamm reportedly said'; not 'the Tamm family said'
            elif (before := self._before_postnominals(tokens, i)) != i and (
                sentence,
                before,
            ) in self._by_last:
                i = before  # 'Jonathan Price KC said': the name before its letters
            elif low in _TIME_WORDS and i > 0 and tokens[i - 1].lower in ("on", "in", "at"):
                i -= 2  # 'Zelenskyy in return said', 'Trump on Sunday called'
            elif (
                low in _TIME_WORDS
                and tokens[i].capitalised
                and i > 0
                and tokens[i - 1].is_word
                and not tokens[i - 1].capitalised
            ):
                i -= 1  # 'insisted to journalists Thursday'
            elif (
                not self._agent_ends_at(sentence, i)
                and (p := preposition_before(tokens, i)) is not None
            ):
                i = p - 1  # 'who on social media Wednesday accused', 'Putin in a statement said'
            else:
                return i
        return i


_HAVE = frozenset("had has have".split())
_FLOATING_QUANTIFIERS = frozenset("all both each".split())


_BODIES = frozenset({"organization", "country", "media"})


_BODY_WORDS = ORGANISATION_WORDS | frozenset("team side squad".split())
"""Lower-case words for a body between a place's name and its spokesman: 'an All England club
spokesperson' speaks for the club."""
_QUALIFIED_WORDS = 2
"""Lower-case words between a name and the person it qualifies: 'Wales physio Mark Davies'."""
_AFTER_A_CLOSING_FRAME = frozenset(
    ". ! ; on in at after before during while when as yesterday today earlier later".split()
)
"""What follows a speech verb that closes its sentence ('…, the leader said on Monday'), and
not what opens the words it reports ('Earlier, the star said she had …')."""
_OPENING_CONJUNCTIONS = frozenset("and but so yet".split())
_WINDOW_OF_RECENT = 3
"""Sentences before a pronoun whose people may be its antecedent when nothing nearer is."""


_CONTENT_NOUNS = frozenset(
    """
    speculation claim claims report reports allegation allegations suggestion suggestions fear
    fears rumour rumours rumor rumors idea notion belief view assertion hope hopes news word
    criticism concern concerns evidence charge charges accusation accusations impression
    """.split()
)
"""Nouns a 'that' clause completes ('speculation that …'): no clause a participle belongs to."""
_CLAUSE_OPENERS = frozenset(
    "where when while as and but because after before since until although though whom".split()
)


def _opened_by_a_persons_description(tokens: Sequence[Token]) -> bool:
    """'The president spoke first …', 'A witness said …': a sentence opening on someone
    described, not on a body ('The company expects …')."""
    return (
        len(tokens) > 2
        and tokens[0].lower in ("the", "a", "an")
        and tokens[1].lower in PERSON_NOUNS
        and tokens[1].lower not in GROUP_WORDS
    )


def _a_past_form(tokens: Sequence[Token], last: int) -> bool:
    """Whether the word after `last` is a verb's past ('grew', 'flew', 'drove')."""
    if last + 1 >= len(tokens) or not tokens[last + 1].is_word or tokens[last + 1].capitalised:
        return False
    return is_past_form(tokens[last + 1].lower)


def _inside_a_nouns_relative(tokens: Sequence[Token], i: int) -> bool:
    """Whether the name ending at token `i` is the object of a relative clause about a
    lower-case noun, with no comma between ('The barrister who had represented Mr Martin'):
    the verb after it is the noun's, not the name's."""
    for j in range(i - 1, 0, -1):
        if tokens[j].text in (",", ";", ":") or tokens[j].text in QUOTE_MARKS:
            return False
        if tokens[j].lower == "as":
            return False  # 'a man who identified himself as Gary said': Gary is the man
        if tokens[j].lower == "who":
            noun = tokens[j - 1]
            return (
                noun.is_word
                and not noun.capitalised
                and noun.lower not in STOPWORDS
                and any(t.is_word and not t.capitalised for t in tokens[j + 1 : i])
            )
    return False


def _a_bare_name(token: Token) -> bool:
    """A capitalised word that is no one's possessive and no nationality: 'Delta' of 'the
    Delta spokesman' (not 'Israeli officials', "Weinstein's representative")."""
    return (
        token.capitalised
        and token.is_word
        and possessive_stripped(token.text) == token.text
        and state_code(token.lower) is None
        and token.lower not in DEMONYMS
    )


def _a_finite_verb(word: str) -> bool:
    """A past, an auxiliary or a verb of saying: the noun before it is its subject."""
    return is_past_form(word) or word in FINITE_AUXILIARIES or word in SPEECH_VERBS


_BEFORE_AN_OBJECT = frozenset("to of for with at by from on in into about against".split())
"""Prepositions whose noun is no subject ('wrote to the watchdog saying: "…"')."""


def _a_verbs_form(word: str) -> bool:
    """A participle or a past ('choking', 'hit', 'called'): a name after it is its object."""
    if len(word) > _SHORTEST_PARTICIPLE and word.endswith(("ing", "ed")):
        return lemma(word) != word  # not 'during', 'morning'
    return is_past_form(word)


_SHORTEST_PARTICIPLE = 4
"""Words of four letters or fewer ending so are no forms of a verb ('king', 'bed')."""


def _topic_opening_end(tokens: Sequence[Token]) -> int | None:
    """The comma closing an opening phrase that names what is spoken of ('Of Hepburn, she
    said', 'On the merger, he added'), if the sentence opens with one."""
    if not tokens or tokens[0].lower not in TOPIC_OPENERS:
        return None
    if len(tokens) > 1 and _a_time_word(tokens[1]):
        return None  # 'On July 13, Obama announced that he …': when, not what of
    return next(
        (i for i, t in enumerate(tokens[1 : 1 + _TOPIC_WORDS], start=1) if t.text == ","), None
    )


_TOPIC_WORDS = 8


def _a_time_word(token: Token) -> bool:
    """A weekday, a month or a number: what opens a time ('On July 13', 'On 13 May')."""
    return token.lower.rstrip(".") in CALENDAR_WORDS or token.text[:1].isdigit()


def _setting_opening_end(tokens: Sequence[Token], at: int) -> int | None:
    """The comma right before the pronoun at `at` closing an opening phrase, with no verb,
    that sets the scene ('In his evidence, and under cross-examination by Mpofu, he said'):
    whoever it names is part of the scene, not the one speaking."""
    if (
        at < 3
        or tokens[0].lower not in _SETTING_PREPOSITIONS
        or tokens[at - 1].text != ","
        or any(is_verb_like(t) for t in tokens[1 : at - 1])
    ):
        return None
    return at - 1


_SETTING_PREPOSITIONS = frozenset("in under during at amid throughout".split())


def _scene_opening_end(tokens: Sequence[Token]) -> int | None:
    """The comma closing a verbless phrase the sentence opens on to set the scene ('In his
    first YouTube dispatches, Santilli wears …'): what it names is no subject."""
    if not tokens or tokens[0].lower not in _SCENE_OPENERS:
        return None
    comma = next(
        (i for i, t in enumerate(tokens[1 : 1 + _SCENE_WORDS], start=1) if t.text == ","), None
    )
    if comma is None:
        return None
    only_a_preposition = tokens[0].lower in _PREPOSITIONS_OF_A_SCENE  # 'Alongside BLM calls for
    if not only_a_preposition and any(is_verb_like(t) for t in tokens[1:comma]):  # action,':
        return None  # a noun; but 'In …' may open a clause with a verb of its own
    return comma


_SCENE_WORDS = 10
_PREPOSITIONS_OF_A_SCENE = frozenset(
    "alongside following with without despite beyond besides like unlike amid".split()
)
_SCENE_OPENERS = _SETTING_PREPOSITIONS | _PREPOSITIONS_OF_A_SCENE


def _a_person_noun(word: str) -> bool:
    """'lawyer' or 'lawyers', 'spokesman' or 'spokesmen'."""
    return word in PERSON_NOUNS or (word.endswith("s") and word[:-1] in PERSON_NOUNS)


def _owned_by_at(tokens: Sequence[Token], last: int) -> int | None:
    """The token after a possessive name ending at `last` ('Kim's', 'Ebbers'' with its
    apostrophe read apart), or None when the name is no possessive."""
    if possessive(tokens[last]):
        return last + 1
    mark = last + 1
    apostrophe = mark < len(tokens) and tokens[mark].text in ("'", "\u2019")
    if apostrophe and tokens[mark].start == tokens[last].end and tokens[last].lower.endswith("s"):
        return mark + 1
    return None


def _a_description_it_qualifies(tokens: Sequence[Token], last: int) -> int | None:
    """Where the description a name ending at `last` qualifies ends, when lower-case words
    ending in a noun for a person follow the name and no name after them ('the two-time
    Academy Award winner.', 'the Microsoft executive,'): the speaker is the one described,
    not the name."""
    j = last + 1
    while (
        j < len(tokens)
        and tokens[j].is_word
        and (not tokens[j].capitalised or tokens[j].lower in ROLE_NOUNS)  # 'the Ealing North MP'
    ):
        if tokens[j].lower in SPEECH_VERBS or tokens[j].lower in NP_STOPS:
            return None
        j += 1
    if j == last + 1 or possessive(tokens[last]) or (j < len(tokens) and tokens[j].is_word):
        return None
    head = tokens[j - 1].lower
    return j - 1 if head in PERSON_NOUNS or head in _HONOURED else None  # not 'said X yesterday'


_HONOURED = frozenset("winner laureate nominee medallist medalist".split())
"""What a prize's name qualifies: 'the Academy Award winner', 'the Nobel laureate'."""


def _a_mark_after_its_comma(tokens: Sequence[Token], i: int) -> bool:
    """A quotation mark at `i` with the comma that ends the quoted words inside it ('…,"')."""
    return i > 0 and tokens[i].text in QUOTE_MARKS and tokens[i - 1].text == ","


def _aside_ending_in_a_title(tokens: Sequence[Token], i: int) -> int | None:
    """'James Swanson, co-author of "The Life of a Pinup Legend," said': an aside that ends in
    a quoted title, its comma inside the quote marks at `i - 1`; the comma opening the aside."""
    if not (i > 1 and _a_mark_after_its_comma(tokens, i)):
        return None
    opening = next(
        (
            j
            for j in range(i - 2, max(0, i - 2 - TITLE_TOKENS), -1)
            if tokens[j].text in QUOTE_MARKS
        ),
        None,
    )
    if opening is None or quoted_title_end(tokens, opening) != i:
        return None  # '…," said X': the quotation itself, not a title in an aside
    return opening_comma(tokens, opening)


def _opening_bracket(tokens: Sequence[Token], closing: int) -> int | None:
    """The '(' that the ')' at `closing` closes, a few tokens before it."""
    return next(
        (j for j in range(closing - 1, max(-1, closing - 8), -1) if tokens[j].text == "("), None
    )


def _held_then(entity: Entity, head: str) -> bool:
    """Whether the entity's roles with `head` are all of the past ('Former mayor')."""
    return _roles_all_say(entity, head, _FORMER)


def _deputised(entity: Entity, head: str) -> bool:
    """Whether the entity's roles with `head` are all under another's ('Deputy Prime
    Minister', 'shadow home secretary')."""
    return _roles_all_say(entity, head, _UNDER_ANOTHER)


def _roles_all_say(entity: Entity, head: str, qualifiers: frozenset[str]) -> bool:
    """Whether the entity has roles with `head`, and each says one of the `qualifiers`."""
    held = [fold_name(r).split() for r in entity.roles if head in fold_name(r).split()]
    return bool(held) and all(any(w in qualifiers for w in words) for words in held)


_UNDER_ANOTHER = frozenset(
    "deputy vice assistant associate junior shadow under elect designate".split()
)
"""Words of an office held under another's, or not yet ('President-elect' while a president
sits): 'the president' is not its holder."""
_OFFICES = frozenset(
    "prime foreign home finance defence defense interior health education justice transport "
    "trade environment culture treasury".split()
)
"""Words that tell one office from another of the same head: 'the prime minister', 'the
foreign secretary'; a description saying one fits only a holder whose title says it."""
_FORMER = frozenset("former ex then onetime one-time erstwhile previous".split())
_CURRENT = frozenset("current new incoming sitting present incumbent".split())
_COMPARED_WITH = frozenset("like unlike with besides including than as".split())
"""Words opening an aside that names someone beside the subject: 'Petrov, like Ivanov,'."""


def _opens_a_quote(tokens: Sequence[Token], first: int) -> bool:
    """Whether the name starting at token `first` is a quotation's first words, 'the' aside."""
    before = first - 1
    if before >= 0 and tokens[before].lower == "the":
        before -= 1
    return before >= 0 and tokens[before].text in QUOTE_MARKS


_ROLE_WORDS_BEFORE_A_COMMA = 7
"""How long a role after an inverted verb may run to the comma before its holder's name."""
_ASIDE_DESCRIPTION_WORDS = 3
"""Lowercase words that may describe a name inside an aside: ', regional bureaucrat X,'."""
_AT_A_BODY = frozenset("at of for with from".split())
"""Prepositions that tie a described person to their body: 'an analyst at Nomura'."""
_UNCLOSED_ASIDE_TOKENS = 12
"""How long an aside left unclosed before its verb may be: ', spokesman for e-mail software
firm Sendmail said'."""
_DESCRIPTION_TOKENS = 30
"""How far back a description continued by ', and …,' may have begun."""
_APPOSED_DESCRIPTION_WORDS = 5
"""'said the city's current mayor, Joana Pinto': a description, then the speaker's name."""
_ISSUING_VERBS = frozenset("issued released sent published put wrote".split())


def closes_words_around_a_quote(sentence: Sentence, pronoun: int) -> bool:
    """The pronoun right after a quotation that the sentence's own words lead into ('What Page
    was doing was "…," he said'): those words are the speaker's too, and who they name is
    spoken of."""
    tokens = sentence.tokens
    mark = pronoun - 1
    if mark > 0 and tokens[mark].text == ",":
        mark -= 1  # '… a "complex undertaking", he said': the comma after the closing mark
    before = tokens[mark].start if mark >= 0 else sentence.start
    quote = next(
        (q for q in sentence.quotations if q.end <= tokens[pronoun].start and q.end >= before),
        None,
    )
    verb = tokens[pronoun + 1].lower if pronoun + 1 < len(tokens) else ""
    if quote is None or verb not in _SAYING_ALOUD:
        return False  # not '"black bag jobs," he called them': his name for a thing
    lead = [t for t in tokens if t.end <= quote.start]
    return any(t.is_word for t in lead)


_SAYING_ALOUD = frozenset(
    "said says added adds told tells explained continued wrote writes noted insisted".split()
)


_MEDIUM_PREPOSITIONS = frozenset("on via to from in".split())
"""Words before a platform named as the medium ('posted on Instagram'), not as a company."""
_FIRM_HEADS = frozenset({"company", "firm"})
"""What a company is called when its name is not repeated: 'the company said'."""
_WHAT_A_BODY_IS = frozenset(
    "watchdog regulator cartel giant conglomerate consortium alliance firm company".split()
)
"""Heads that say what the body named before them is ('the IEA watchdog', 'the Opec cartel',
'the Yukos oil giant'), unlike its parts and people ('the BBC board', 'an IRB official')."""
_ONE_OF_ITS_PEOPLE = frozenset("official executive".split())
"""Heads of 'an X official', 'an X executive': a person of the body X, speaking for no one
else (as 'an X spokeswoman' speaks for it)."""


def _heads_of_state_named(head: str, premier: bool) -> frozenset[str]:
    """The title words a description's head allows its state's head to bear: 'the Russian
    president' a president, 'the British prime minister' a prime minister, 'the Ukrainian
    leader' any head of state or government; none for other heads ('the Russian minister')."""
    if premier:
        return frozenset({"prime"})
    if head in _HEAD_OF_STATE_WORDS:
        return frozenset({head})
    return _HEAD_OF_STATE_WORDS if head in _LEADER_NOUNS else frozenset()


def _a_plural_noun(token: Token) -> bool:
    """An ordinary noun in the plural that no verb is written as, in lower case: 'countries',
    'officials' (not 'believes', 'claims')."""
    word = token.lower
    return (
        token.is_word
        and not token.capitalised
        and word.endswith("s")
        and word not in STOPWORDS
        and not is_verb_form(word)
        and lemma(word) != word
        and is_common_word(lemma(word))
    )


def _a_modifier_or_a_place(tokens: Sequence[Token], first: int, last: int) -> bool:
    """A name before a noun ('the UK housing market') or after 'in' ('sales in France'):
    a place or a kind, no body that might be 'it'."""
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    before = tokens[first - 1].lower if first > 0 else ""
    modifier = (
        after is not None
        and after.is_word
        and not after.capitalised
        and after.lower not in STOPWORDS
        and not is_verb_like(after)
    )
    return modifier or before in _LOCATIVE_WORDS


_LOCATIVE_WORDS = frozenset("in at across throughout inside outside".split())


def _closes_an_apposition(tokens: Sequence[Token], after: int) -> bool:
    """Whether the name ending before token `after` ends there, as a name set beside a
    description does ('said her nephew, Ravi Singh, 32', '… her nephew, Ravi Singh.')."""
    return after >= len(tokens) or tokens[after].text in (",", ".", ";", "(", ")")


def _in_an_age(tokens: Sequence[Token], i: int) -> bool:
    """Whether token `i` is the number or hyphen of an age: '36-year-old'."""
    text = tokens[i].text
    after = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    if text.isdigit():
        return after == "-" or after.startswith("year")
    return text == "-" and i > 0 and tokens[i - 1].text.isdigit() and after.startswith("year")


_APPOSITION_WORDS = 6
"""Words of an apposition read for the noun that describes a body: 'the Netherlands' largest
bank'."""
_DESCRIBED_BODY_HEADS = frozenset(
    "bank lender insurer airline carrier retailer company firm group ministry agency".split()
)
"""Nouns 'the … said' may describe a body by (see `_titled`)."""
_COMPANY_HEADS = frozenset(
    "company firm group organisation organization giant conglomerate".split()
)
"""Heads that describe the article's one company, however named: 'the software giant'."""


def _counts_of(roles: Iterable[str]) -> set[int]:
    """How many times the roles say their holder won or held it: 'triple world champion' 3,
    'four-times champion' 4, 'two-time Oscar winner' 2."""
    found: set[int] = set()
    for role in roles:
        for word in role.lower().replace("-", " ").split():
            if word in _MULTIPLES:
                found.add(_MULTIPLES[word])
        for number in _TIMES.findall(role.lower()):
            found.add(int(number) if number.isdigit() else NUMBER_WORDS[number])
    return found - {0}


_MULTIPLES = {"double": 2, "triple": 3, "quadruple": 4, "twice": 2}
_TIMES = re.compile(
    r"\b(\d+|" + "|".join(w for w, n in NUMBER_WORDS.items() if n <= 10) + r")[- ]times?\b"
)
"""'four-times', 'three-time', '7-time': a count of wins or terms before a role."""
_INTRODUCING = frozenset("a an another".split())
"""Determiners that introduce someone new: 'a foreign ministry spokesman', 'another official'."""
_INTRODUCED_REACH = 5
"""Words from such a determiner to the head of what it introduces."""
_TEAM_HEADS = frozenset("team club franchise".split())
"""Heads that describe the article's one team: 'the team's second arrest this year'."""
_THE_ONE_TEAM = frozenset("the that its".split())
"""What alone before a team head makes it the team named so far ('the team', 'that team')."""
_NO_TEAMS_NAME = ORGANISATION_WORDS | frozenset({"sports"})
"""Plural last words of companies' and other bodies' names ('MASN Sports', 'Six Nations',
'Gordon Partners'): no team."""


def _a_team(entity: Entity) -> bool:
    """A body named as teams are, by a plural or a number: 'San Diego Chargers', 'the
    Pistons', 'Philadelphia 76ers'."""
    last = fold_name(entity.name).split()[-1:]
    return (
        bool(last)
        and (plural_noun(last[0]) or last[0][:1].isdigit())
        and last[0] not in _NO_TEAMS_NAME
    )


_ADDRESSED = frozenset("asked questioned told interviewed pressed challenged urged".split())
"""'LaCalamita was asked by Judge Martone if …' ⏎ 'He responded': who was asked answers."""
_FINDINGS = frozenset("report study survey analysis review audit findings".split())
"""What a body or a person writes up and is quoted through: 'TNO's report said', 'the
Audit Office's review found'."""
_A_PERSONS_OWN_WORDS = frozenset("statement post letter tweet message".split()) | _FINDINGS
"""What a person issues in their own words ('Smith's statement', 'the judge's report'), unlike
a spokesman, who speaks for a body, never for a person."""
_ANTECEDENT_REACH = 8
"""Tokens back from a relative clause's comma searched for its noun phrase's 'by X'."""
_SEAT_PREPOSITIONS = frozenset("in at from near".split())
_AGENT_REACH = 4
_BEFORE_AN_AGENTS_NAME = frozenset("his her their its the a an".split()) | ROLE_NOUNS
"""Words between 'by' and the name of who acted: 'by his assistant, Paolo Nardi'."""


def _agent_by(tokens: Sequence[Token], mention: Mention) -> int | None:
    """The 'by' that makes the name an agent ('replaced by his assistant, Paolo Nardi', 'led
    by chairman Mike Gallagher'), if one is right before it."""
    at = mention.role_first - 1
    while (
        at > 0
        and mention.role_first - at <= _AGENT_REACH
        and (tokens[at].text == "," or tokens[at].lower in _BEFORE_AN_AGENTS_NAME)
    ):
        at -= 1
    return at if at >= 0 and tokens[at].lower == "by" else None


def _a_verb_after_its_subject(tokens: Sequence[Token], i: int) -> bool:
    """A lower-case past or finite verb right after a lower-case noun ('tally showed', 'count
    is'): what follows an inverted 'said' is then a clause, not who said it ('said the
    retired officer', 'said a visibly shaken neighbour' are people)."""
    word, previous = tokens[i], tokens[i - 1]
    if word.capitalised or not previous.is_word or previous.capitalised:
        return False
    before = tokens[i - 2].lower if i >= 2 else ""
    if previous.lower in _DETERMINERS or previous.lower in POSSESSIVE_PRONOUNS:
        return False
    if possessive(previous) or not previous.text.islower():
        # "the company's advanced threat researcher", 'ex-NYPD organized crime detective'
        return False
    if previous.lower.endswith("ly") and (before in _DETERMINERS or before in SPEECH_VERBS):
        return False  # 'a visibly shaken', 'said badly injured': an adverb; 'tally showed' no
    return word.lower in _FINITE or word.lower in IRREGULAR_PAST or word.lower.endswith("ed")


_FINITE = frozenset("is are was were has have had will would could can may might".split())


def _past_an_opening_time(tokens: Sequence[Token]) -> int:
    """Where the subject starts after the time a sentence opens with: one word ('Yesterday a
    neighbour recalled …') or a short phrase closed by a comma ('A day later, a hotel maid
    …', 'On Monday, the judge …'); 0 when it opens with none."""
    if tokens and tokens[0].lower in _OPENING_TIMES:
        return 2 if len(tokens) > 1 and tokens[1].text == "," else 1
    comma = next(
        (i for i in range(1, _TIME_PHRASE_WORDS + 1) if i < len(tokens) and tokens[i].text == ","),
        None,
    )
    if comma is None or not all(t.is_word for t in tokens[:comma]):
        return 0
    last = tokens[comma - 1].lower
    if last in _TIMES_AGO or (last in WEEKDAYS and tokens[0].lower in ("on", "last", "by")):
        return comma + 1
    return 0


_TIME_PHRASE_WORDS = 4
_TIMES_AGO = frozenset("later earlier ago afterwards".split())
"""Last words of a time phrase counted from another time: 'A day later,', 'Hours earlier,'."""


def _past_a_time(tokens: Sequence[Token], i: int) -> int:
    """The token after a short time phrase at `i` ('on Sunday', 'yesterday'), else `i`: what
    comes between a subject and its verb ('The prime minister on Sunday said')."""
    if i + 1 < len(tokens) and tokens[i].lower == "on" and tokens[i + 1].lower in WEEKDAYS:
        return i + 2
    if i < len(tokens) and tokens[i].lower in _ADVERBS_OF_TIME:
        return i + 1
    return i


_OBJECT_PREPOSITIONS = frozenset("for of at with from by to".split())
"""Prepositions a name after which is no clause's subject: 'the chief for Jenny Craig'."""


def _an_object_at(tokens: Sequence[Token], first: int, start: int) -> bool:
    """Whether the name opening at token `first` is the object of a preposition or of a gerund
    ('the chief for Jenny Craig', 'from entering the United States'), not a clause's subject."""
    before = first - 1
    if tokens[before].lower == "the" and before > start:
        before -= 1
    return tokens[before].lower in _OBJECT_PREPOSITIONS or _after_a_gerund(tokens, before + 1)


def _with_titles_written_out(texts: Iterable[list[str]]) -> set[str]:
    words = {w for text in texts for w in text}
    return words | {TITLES_ABBREVIATED[w] for w in words if w in TITLES_ABBREVIATED}


_STATE_WORDS = re.compile(r"[A-Z][a-z]+\.?(?: [A-Z][a-z]+)?")
_STATE_TAG = re.compile(
    r"\s*[,(]\s*[RDI]-([A-Z][a-z]+\.?(?: [A-Z][a-z]+\.?)?)|\s+of\s+([A-Z][a-z]+(?: [A-Z][a-z]+)?)"
)
"""', R-Fla.', ' (D-Wis.)', ' of Vermont', ' of New Hampshire' right after a name."""


def _a_finite_verb_at(tokens: Sequence[Token], i: int) -> bool:
    """Whether token `i` is a lower-case finite verb ('failed', 'was', 'has'): the name before
    it is the subject of a clause."""
    if i >= len(tokens) or not tokens[i].is_word or tokens[i].capitalised:
        return False
    word = tokens[i].lower
    return word in _FINITE_VERBS or is_past_form(word)


_FINITE_VERBS = FINITE_AUXILIARIES | frozenset(("could", "should", "can"))


def _someone_unnamed_opens(tokens: Sequence[Token], start: int, at: int) -> bool:
    """Whether the clause opening at token `start` opens on 'a' or 'an' and a person noun
    within a few words ('even a top GOP strategist said'), before token `at`."""
    k = start
    while k < at and tokens[k].lower in _OPENING_ADVERBS:
        k += 1
    if k >= at or tokens[k].lower not in ("a", "an"):
        return False
    return any(_a_person_noun(t.lower) for t in tokens[k + 1 : min(at, k + 1 + _DESCRIPTION_WORDS)])


_OPENING_ADVERBS = frozenset("even also then now still".split())


def _a_participle(token: Token) -> bool:
    """A lower-case '-ing' form of a verb ('contradicting'; not 'thing', 'chain-smoking')."""
    word = token.lower
    return (
        token.is_word
        and not token.capitalised
        and word.endswith("ing")
        and "-" not in word
        and lemma(word) != word
    )


def _after_a_gerund(tokens: Sequence[Token], first: int) -> bool:
    """Whether a lower-case '-ing' verb (after 'the' or not) comes right before token `first`:
    the name there is its object ('embracing Obama', 'entering the United States'). Not an
    '-ing' word after a determiner or a comma ('the ruling', 'a testy, chain-smoking Hal
    Holbrook'), nor one of saying, whose clause the name opens ('saying Clinton said')."""
    before = first - 1
    if before > 0 and tokens[before].lower == "the":
        before -= 1
    if before < 1:
        return False
    word = tokens[before].lower
    return (
        _a_participle(tokens[before])  # 'embracing', not 'thing' nor 'ruling'
        and (word not in SPEECH_VERBS or word in ADDRESSEE_VERBS)
        and tokens[before - 1].lower not in _BEFORE_AN_ADJECTIVE
    )


_BEFORE_AN_ADJECTIVE = frozenset("a an the this that his her its their our your my ,".split())


_ADVERBS_OF_TIME = frozenset("yesterday today earlier later also".split())
_PLACE_WORDS = 3
_BEFORE_A_PLACE = frozenset("for of in from at near".split())


def _the_topic_of_a_noun(tokens: Sequence[Token], first: int) -> bool:
    """Whether the name opening at `first` is governed by 'on', 'about', 'into' or 'over' after
    a common noun ('a report on Ivo Tamm', 'announcement on Japan's Hokkaido', 'the inquiry into
    Acme', 'members with jurisdiction over the EEOC'): what the noun is about, not the subject
    of the verb after it."""
    k = first - 1
    if k >= 0 and tokens[k].capitalised and possessive(tokens[k]):
        k -= 1  # "on Japan's Hokkaido"
    if k >= 0 and tokens[k].lower in ("the", "a", "an"):
        k -= 1
    return (
        k >= 1
        and tokens[k].lower in _TOPIC_PREPOSITIONS
        and tokens[k - 1].is_word
        and not tokens[k - 1].capitalised
        and tokens[k - 1].lower not in _NOT_A_TOPICS_NOUN
        and not is_adverb(tokens[k - 1].lower)
        and (  # a noun: 'a report on', not 'reported on'
            not is_verb_like(tokens[k - 1]) or (k >= 2 and tokens[k - 2].lower in _NOUN_OPENERS)
        )
    )


_TOPIC_PREPOSITIONS = frozenset("on about into over regarding concerning".split())
_NOUN_OPENERS = frozenset("a an the this that its his her their new latest".split())
_NOT_A_TOPICS_NOUN = frozenset("and or but then so later early earlier based".split())
