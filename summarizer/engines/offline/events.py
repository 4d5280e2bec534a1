"""Happenings, one per item: each predicate that reports something done, with its clause.

A sentence often carries several happenings ('The Kremlin launched 100 drones overnight,
killing at least three people'). Each becomes its own event: a verb of action in the past or
perfect ('launched', 'was arrested', 'has banned') that is not a verb of speech, not negated
('was not injured'), not conditional ('would hit'), and not inside a quotation; or a noun that
names a happening ('the earthquake', 'the shooting', 'his arrest'). The evidence is the clause
that reports it: from the clause's start to its end, cut at commas, semicolons and the words
that open another clause; a noun's evidence is its own phrase. Saying something is a position,
not an event.

The date is the clause's own date expression, resolved against the publication date ('late on
Sunday', 'April 24'); none means null, even when another clause of the sentence names a day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ...models import DatedBy
from ...text.dates import (
    MONTHS,
    PERIOD,
    PLANNING_PARTICIPLES,
    WEEKDAYS,
    YEAR,
    month_number,
    names_a_day_or_month,
    names_a_month,
    resolve_date,
    resolve_period,
    speaks_of_future,
)
from ...text.lemmas import lemma
from ...text.predicates import (
    EVENT_NOUNS,
    FINITE_AUXILIARIES,
    IRREGULAR_PAST,
    is_past_form,
    verb_lemma,
)
from ...text.words import STOPWORDS
from .lexicon import (
    MODALS,
    PERSON_PRONOUNS,
    POSSESSIVE_PRONOUNS,
    PRONOUNS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    is_adverb,
    is_negation,
)
from .questions import is_open_question
from .sentences import Sentence, Token, possessive_stripped
from .triggers import (
    DETERMINERS,
    PREPOSITIONS,
    is_event_noun,
    is_event_verb,
    object_of_light_verb,
    subject_of_aspect_verb,
    verdict,
)

_DATE = re.compile(
    rf"\b(?:{'|'.join(w.title() for w in WEEKDAYS)}),?\s+(?:{MONTHS.title()})\.?\s+\d{{1,2}}"
    rf"(?:st|nd|rd|th)?(?:,\s*\d{{4}})?\b"  # 'Sunday, March 2, 2014': one date
    rf"|\b(?:(?:early|late)\s+)?(?:on\s+)?(?:last\s+)?(?:{'|'.join(w.title() for w in WEEKDAYS)})"
    rf"(?:\s+(?:night|morning|afternoon|evening))?\b"
    rf"|\b(?:{MONTHS.title()}|{MONTHS.upper()})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,\s*\d{{4}})?\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS.title()})\.?(?:\s+\d{{4}})?\b"
    rf"|\b(?:yesterday|today|tonight|last night|this (?:morning|afternoon|evening))\b",
)
_CLAUSE_WORDS = frozenset(
    "after before while when as because since although though whereas which who whom whose "
    "where that until unless if".split()
)
_CLAUSE_MARKS = frozenset(",;:()\u2014\u2013")
"""Marks that end a clause (quotation marks do not: 'held a "useful" meeting on Friday')."""
_MIN_CLAUSE_WORDS = 2


@dataclass(frozen=True)
class EventMention:
    """One happening in one sentence: its evidence span, predicate and day."""

    start: int
    end: int
    predicate: str
    """The lemma of the word naming the happening: 'arrest', 'strike', 'earthquake'."""
    clause_start: int
    clause_end: int
    when: str | None
    date: dt.date | None
    dated_by: DatedBy | None
    noun: bool
    trigger: int = -1
    """The token index, in its sentence, of the word naming the happening."""
    period: str | None = None
    """The month or year its clause places it in when it names no day ('1990'), resolved."""
    period_text: str | None = None
    """That month or year as written: 'in 1990', 'last month'."""

    # Copies with some fields changed, written out: `dataclasses.replace` reads the fields
    # anew on every call, and events are copied thousands of times per hundred articles.

    def dated(self, when: str | None, date: dt.date | None, by: DatedBy | None) -> EventMention:
        """The same happening on another day (or on none)."""
        return EventMention(
            self.start, self.end, self.predicate, self.clause_start, self.clause_end,
            when, date, by, self.noun, self.trigger, self.period, self.period_text,
        )  # fmt: skip

    def in_period(self, period: str | None, written: str | None) -> EventMention:
        """The same happening in another month or year."""
        return EventMention(
            self.start, self.end, self.predicate, self.clause_start, self.clause_end,
            self.when, self.date, self.dated_by, self.noun, self.trigger, period, written,
        )  # fmt: skip

    def spanning(self, start: int, end: int, clause: tuple[int, int], trigger: int) -> EventMention:
        """The same happening with another evidence span (and `clause`, start and end)."""
        return EventMention(
            start, end, self.predicate, clause[0], clause[1], self.when, self.date,
            self.dated_by, self.noun, trigger, self.period, self.period_text,
        )  # fmt: skip


def find_events(
    sentence: Sentence, published: dt.date | None, verbs_seen: set[str]
) -> list[EventMention]:
    """The happenings the sentence reports, in order; `verbs_seen` lets 'the arrest' count."""
    if (
        sentence.debris
        or sentence.caption
        or sentence.quoted_share() > 0.5
        or is_open_question(sentence)
    ):
        return []
    if _asks(sentence):
        return []  # 'Have you experienced any problems yesterday?': a question reports nothing
    tokens = sentence.tokens
    if sum(t.is_word for t in tokens) < 3:
        return []
    found: list[EventMention] = []
    verb_clauses: list[tuple[int, int]] = []
    quoted = _quoted_tokens(sentence)
    for i, token in enumerate(tokens):
        if quoted[i] or not token.is_word or token.capitalised:
            continue  # (no verb is capitalised: the cheap test before the rules' calls)
        announced = _announcing_its_plan(tokens, i)
        if announced is None and not is_event_verb(tokens, i):
            continue
        first, last = _clause(tokens, i)
        if _describing_its_noun(tokens, i) and any(
            is_event_verb(tokens, k) for k in range(i + 2, last + 1) if not quoted[k]
        ):
            continue  # 'A wildfire fanned by strong winds | forced …': the clause is its verb's
        first = max([first, *(b + 1 for a, b in verb_clauses if a == first and b < i)])
        if sum(t.is_word for t in tokens[first : last + 1]) < _MIN_CLAUSE_WORDS:
            continue
        if (first, last) in verb_clauses or (announced is None and _reported_claim(tokens, first)):
            continue  # one event per clause; what someone says happened is their position
        if _denied_by_its_subject(tokens, first, i):
            continue  # 'no team has offered more', 'nobody was hurt': nothing happened
        mention = _mention(sentence, published, i, first, last, noun=False)
        if announced is not None:
            verb_clauses.append((first, last))
            found.append(_announcement(sentence, published, announced, i - 2, mention))
            continue
        if mention.when is None and tokens[i - 1].lower in ("will", "would"):
            mention = _announced_after(sentence, published, last, mention)
        if mention.when is None and (during := _participle_clause_after(tokens, last)):
            timed = _mention(sentence, published, i, first, during, noun=False)
            if timed.when is not None:  # 'fell 600m while climbing … on Saturday afternoon'
                mention = timed
        if mention.when is None and found and first > 0 and tokens[first - 1].lower == "and":
            previous = found[-1]  # 'boarded the ship on Wednesday and recovered the recorder'
            mention = mention.dated(previous.when, previous.date, previous.dated_by)
        said = _past_the_saying(tokens, first, i)  # the evidence is what is said, not who said it
        found.append(
            mention.spanning(
                max(mention.start, tokens[said].start),
                mention.end,
                (mention.clause_start, mention.clause_end),
                mention.trigger,
            )
        )
        verb_clauses.append((first, last))
    inside = list(quoted)
    for a, b in verb_clauses:  # a happening named inside a verb's clause is part of what it reports
        inside[a : b + 1] = [True] * (b + 1 - a)
    for i, token in enumerate(tokens):
        if inside[i]:
            continue
        if not is_event_noun(tokens, i, verbs_seen):
            continue
        first = _noun_phrase_start(tokens, i)
        clause_first, clause_last = _clause(tokens, i)
        mention = _mention(
            sentence, published, i, clause_first, clause_last, noun=True, phrase_first=first
        )
        found.append(
            mention.spanning(
                tokens[first].start, token.end, (mention.clause_start, mention.clause_end), -1
            )
        )
    return _share_dates(sentence, sorted(found, key=lambda m: m.start), published)


def carry_narrative_dates(
    body: Sequence[tuple[Sentence, list[EventMention]]], published: dt.date | None
) -> list[tuple[Sentence, list[EventMention]]]:
    """A report dates its lead and then tells what happened next without repeating the day:
    'Sukanya thwarted an attack on 10 Nov. … The warship altered course … two of them managed
    to get away'. A clause in the simple past with no time of its own takes the day the last
    dated sentence before it sets (see `_anchor`), while the story stays on that day: a heading,
    a sentence that names another time ('in 2007', 'the next morning', 'a day after', 'had'),
    describes ('was known as') or speaks in the present ends the run. In an article without a
    date the day's words are carried alike, unresolved, for another article to date."""
    carried: list[tuple[Sentence, list[EventMention]]] = []
    anchor: EventMention | None = None
    latest: dt.date | None = None  # the latest day the narrative has been on
    for sentence, found in body:
        told = [m for m in found if not m.noun and not _a_saying(sentence, m)]
        if any(
            (m.date is not None or (published is None and m.when)) and m.dated_by != "other_article"
            for m in told
        ):
            anchor = _anchor(sentence, told, published)
            if anchor is not None and _a_reported_look_back(sentence, anchor, latest):
                anchor = None
        elif anchor is None:
            pass
        elif sentence.headline or _describes(sentence):
            anchor = None  # a heading or a description
        elif not _names_another_time(_without_the_day(sentence, found, anchor)):
            found = _on_the_day(sentence, found, anchor)
        else:
            later = _LATER.search(sentence.text)
            if later and not _names_another_time(
                _without_the_day(sentence, found, anchor, later.start())
            ):  # 'He was booked into jail and later released': booked on the day, the rest after
                found = _on_the_day(sentence, found, anchor, before=sentence.start + later.start())
            anchor = None  # another time, or what had happened before
        days = [
            m.date
            for m in found
            if m.date is not None
            and m.dated_by != "other_article"
            and (published is None or m.date <= published)  # not 'an arraignment set for …'
        ]
        latest = max([*days, latest] if latest else days, default=None)
        carried.append((sentence, found))
    return carried


def _on_the_day(
    sentence: Sentence,
    found: list[EventMention],
    day: EventMention,
    before: int | None = None,
) -> list[EventMention]:
    """The clauses in the simple past that tell of the narrative's day (those starting before
    `before`, if given) dated by it."""
    return [
        m.dated(day.when, day.date, "narrative" if day.date else None)
        if (before is None or m.start < before)
        and _narrative_past(sentence, m)
        and not speaks_of_future(_clause_text(sentence, m))
        else m
        for m in found
    ]


_LATER = re.compile(r"\band (?:later|then)\b", re.IGNORECASE)
"""Words that move the rest of a sentence after the narrative's day, or may: 'was booked into
jail and later released on bail' (not 'less than a year later': a time of its own)."""


def _describing(sentence: Sentence, mention: EventMention) -> bool:
    """A happening told to describe a participant, not to move the story on: a participle
    right after a comma ('INS Sukanya, presently deployed on patrols in the Gulf, found
    herself …') or a relative clause ('a man who was fired last week … walked in')."""
    tokens = sentence.tokens
    index = mention.trigger - 1
    while index >= 0 and tokens[index].lower.endswith("ly"):
        index -= 1  # 'presently', 'currently'
    if mention.trigger > 0 and index >= 0 and tokens[index].text == ",":
        return True
    opening = next((i for i, t in enumerate(tokens) if t.start >= mention.clause_start), 0)
    return opening > 0 and tokens[opening - 1].lower in _DESCRIBING


def _without_the_day(
    sentence: Sentence, found: Sequence[EventMention], anchor: EventMention, end: int | None = None
) -> str:
    """The sentence (up to `end`, a character of it, if given) without the words that name the
    narrative's own day ('when, at about 9:25 in the morning of 10th Nov, she detected …' after
    a lead dated 10 Nov): naming that day again does not move the story to another time."""
    text = _soft_times_unquoted(sentence)[:end]
    for mention in found:
        if mention.date == anchor.date and mention.when:
            text = text.replace(mention.when, " ")
    return text


def _soft_times_unquoted(sentence: Sentence) -> str:
    """The sentence with its quotations blanked unless they name a date: what someone says
    of the moment ('"He didn't think it was real until he saw the shotgun," Whiteside said')
    does not move the story off its day, unless it names a day, month or year."""
    text = sentence.text
    pieces: list[str] = []
    done = 0
    for quote in sorted(sentence.quotations, key=lambda q: q.start):
        first = max(quote.start - sentence.start, done)
        last = min(quote.end - sentence.start, len(text))
        if last <= first:
            continue
        words = text[first:last]
        dated = bool(_DATE.search(words) or YEAR.search(words) or names_a_month(words))
        pieces += [text[done:first], words if dated else " " * len(words)]
        done = last
    return "".join([*pieces, text[done:]])


def _anchor(
    sentence: Sentence, told: Sequence[EventMention], published: dt.date | None
) -> EventMention | None:
    """The happening whose day a dated sentence sets for the narrative after it: its first
    that does not describe a participant (see `_describing`), told in the past, of a day at
    most a week before the article's date, the sentence naming no other time outside what
    describes. Not 'a crowd broke away from a vigil for Gray, killed on Saturday' (the day of a
    happening named in passing), nor 'a jury on Tuesday ordered execution for the murder of a
    deputy in June 2005' (the next sentence may tell either)."""
    describing = [m for m in told if m.date is None and _describing(sentence, m)]
    first = next((m for m in told if m not in describing), told[0])
    if first.when is None or first.dated_by == "other_article":
        return None
    if published is not None and (
        first.date is None or not published - _NEWS_DAYS <= first.date <= published
    ):
        return None
    if speaks_of_future(_clause_text(sentence, first)) or _perfect_or_modal(sentence, first):
        return None
    rest = sentence.text.replace(first.when, " ", 1)
    for mention in describing:  # 'who was fired last week' describes the man who walked in
        rest = rest.replace(_clause_text(sentence, mention), " ", 1)
    if _OTHER_DAY.search(rest) or YEAR.search(rest) or names_a_month(rest) or _DATE.search(rest):
        return None
    return first


def _a_reported_look_back(sentence: Sentence, anchor: EventMention, latest: dt.date | None) -> bool:
    """'The company said in a filing that it discovered the intrusion on May 28', after a lead
    on Tuesday June 3: a day before the story's latest, told as what someone said. The
    narrative stays on the saying's day ('Shares fell 7%' is not May 28's), so that day
    dates nothing after it. Told by the reporter ('On Saturday, a quake killed a dozen. It
    destroyed …'), a day looked back to is narrated on."""
    if anchor.date is None or latest is None or anchor.date >= latest:
        return False
    return any(
        t.is_word
        and not t.capitalised
        and t.lower in SPEECH_VERBS
        and not sentence.is_quoted(t.start)
        for t in sentence.tokens[: max(0, anchor.trigger)]
    )


_NEWS_DAYS = dt.timedelta(days=7)
_DESCRIBING = frozenset("who whom whose which because as since".split())
"""Words opening a clause that describes someone or explains: not the next step told."""
_NOT_SIMPLE_PAST = frozenset(
    "has have had 've 'd will would could can may might must should shall to is are am "
    "be been being".split()
)
_STATES = frozenset(
    "believe know think consider describe expect list live own remain seem appear show want "
    "need wish like love hope base locate name nickname call dub identify marry employ serve "
    "refuse decline intend allow permit require include contain involve cost mean".split()
)
"""Verbs of a state, a role or a view: 'was believed to be', 'lived in Australia', 'was known
as', 'served as special assistant', 'video showed', 'the regulation allowed agencies to …'."""
_ANOTHER_TIME = re.compile(
    r"\b(?:ago|previously|formerly|earlier|once|since|before|afterwards?|later|next"
    r"|after(?!\s+(?!spending|waiting|staying|remaining|serving)\w+ing\b)"
    r"|following|overnight|eventually|history|career|former|ever|already|until"
    r"|often|usually|always|never|frequently|regularly|sometimes|repeatedly|routinely"
    r"|increasingly|gradually"
    r"|(?:went|goes|go|going) on to"  # 'It went on to win Grammys': afterwards
    r"|(?:a|one|two|three|several|\d+) (?:days?|nights?|hours?|weeks?)"
    r"|days|nights|hours|weeks|months|years|decades|seasons?"
    r"|\d+\S*\s*-?\s*(?:year|month|decade|season)(?!s?-?\s*old)"
    r"|last"
    r"|spring|summer|autumn|fall|winter)\b",
    re.IGNORECASE,
)
"""Words that move a sentence off the narrative's day: its background ('served 4 months',
'a 12-year sentence', 'was often invoked', 'in the final hours of …', 'at the end of the last
administration'), or another day."""
_OTHER_DAY = re.compile(
    r"(?=[nfpelbaots\d])"  # their first letters, tested first (see `dates._MONTH`)
    r"\b(?:next|following|previous|earlier|later|before(?!\s+\w+ing\b)|ago|previously"
    r"|formerly|last"
    r"|(?:a|one|two|three|four|five|six|several|\d+|the)\s+(?:days?|nights?|weeks?)\s+after)\b",
    re.IGNORECASE,
)
"""In a dated sentence: it tells of another day too ('a vigil Monday; a protest the next
night', 'returned on Saturday, a day after the dam failed'), so which the narrative goes on
with is not known. Not 'before fleeing': the next step of the same episode."""
_PAST_PERFECT = re.compile(r"\b(?:had|\w+['\u2019]d)\b", re.IGNORECASE)


def _names_another_time(text: str) -> bool:
    return bool(
        _PAST_PERFECT.search(text)  # 'They'd suffered head injuries': before the day
        or YEAR.search(text)
        or names_a_month(text)
        or _DATE.search(text)
        or _ANOTHER_TIME.search(text)
        or _OWN_TIME.search(text)
    )


def _describes(sentence: Sentence) -> bool:
    """A sentence in the present ('This is the fifth operation conducted by …', 'The report
    says he gave …') comments on the story or reports a claim, and one with a verb of state
    or role ('LaRue was known as the bagman who delivered …') describes someone: neither
    narrates what happened next."""
    quoted = _quoted_tokens(sentence)
    tokens = sentence.tokens
    but = next((i for i, t in enumerate(tokens) if i and t.lower == "but" and not quoted[i]), None)
    return any(
        not quoted[i]
        and (but is None or i < but)  # 'gave a sample, but the results were not yet known':
        and (  # what is so, said in passing after what happened
            (
                t.lower in _PRESENT
                and not _after_to_or_a_modal(tokens, i)
                and not _in_a_relative_aside(tokens, i)
            )
            or (
                t.is_word
                and _a_state(t.lower)
                and not _aside(tokens, i)
                and not (t.lower.endswith("ing") and i and tokens[i - 1].lower in DETERMINERS)
            )  # 'intercepted the remaining three boats': an adjective
        )
        for i, t in enumerate(tokens)
    )


def _after_to_or_a_modal(tokens: Sequence[Token], index: int) -> bool:
    """'observed the driver to have bloodshot eyes', 'police could not say how many shots were
    fired': an infinitive, not the present."""
    before = [t.lower for t in tokens[max(0, index - 2) : index] if t.lower not in ("not", "n't")]
    if not before:
        return False
    word = _NEGATED_AUXILIARIES.get(before[-1].replace("\u2019", "'"), before[-1])
    return word == "to" or word in MODALS or word == "did"


_NEGATED_AUXILIARIES = {
    "couldn't": "could", "wouldn't": "would", "can't": "can", "won't": "will",
    "shouldn't": "should", "mustn't": "must", "mightn't": "might", "didn't": "did",
}  # fmt: skip


def _aside(tokens: Sequence[Token], index: int) -> bool:
    """A participle after a comma names something in passing ('the Disaster and Emergency
    Management Authority, known as AFAD, said', 'a cable, owned by Telecom Egypt, was cut'):
    the sentence still tells what happened. Not a verb of its own (', appeared beaten')."""
    following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
    return index > 0 and tokens[index - 1].text == "," and following in _ASIDE_LINKS


_ASIDE_LINKS = frozenset("as by in at".split())


def _in_a_relative_aside(tokens: Sequence[Token], index: int) -> bool:
    """A verb inside a relative clause set off by commas ('Police caught up with the driver,
    who is from Schenectady, a few blocks away') describes a participant in passing."""
    opening = next((i for i in range(index - 1, -1, -1) if tokens[i].text == ","), None)
    if opening is None or tokens[opening + 1].lower not in ("who", "which", "whose"):
        return False
    return any(t.text == "," for t in tokens[index + 1 : -1])


def _a_state(word: str) -> bool:
    """'was known', 'lived', 'was serving': a verb of `_STATES`, past or progressive."""
    if word.endswith("ing"):
        return bool({lemma(word), word[:-3], word[:-3] + "e"} & _STATES)
    stem = lemma(word)
    return stem in _STATES and (stem != word or word in IRREGULAR_PAST)


_PRESENT = frozenset("is are has have says say leaves means".split())


def _narrative_past(sentence: Sentence, mention: EventMention) -> bool:
    """A verb of action in the simple past ('intercepted', 'was arrested'): not a perfect, a
    modal, an infinitive, a state, a saying or a noun."""
    if mention.noun or mention.trigger < 0 or _a_saying(sentence, mention):
        return False
    tokens = sentence.tokens
    word = tokens[mention.trigger].lower
    if not (word in IRREGULAR_PAST or word.endswith("ed")) or lemma(word) in _STATES:
        return False
    index = next((i for i, t in enumerate(tokens) if t.start >= mention.clause_start), 0)
    if index and tokens[index - 1].lower in _DESCRIBING:
        return False  # 'LaRue, known as the bagman who delivered payoffs': his past
    return not _perfect_or_modal(sentence, mention)


def _a_saying(sentence: Sentence, mention: EventMention) -> bool:
    word = sentence.tokens[mention.trigger].lower if mention.trigger >= 0 else ""
    return mention.predicate in _REPORTING or word in SPEECH_VERBS


def _perfect_or_modal(sentence: Sentence, mention: EventMention) -> bool:
    """'has confiscated', 'would have', 'to intercept', 'is charged': not the past's day."""
    tokens = sentence.tokens
    before = [t.lower for t in tokens[max(0, mention.trigger - 3) : max(0, mention.trigger)]]
    return any(w in _NOT_SIMPLE_PAST for w in before)


def find_headline_events(
    sentence: Sentence, published: dt.date | None, verbs_seen: set[str], reported: set[str]
) -> list[EventMention]:
    """The happenings a headline names that its article's body reports (`reported`: the
    body's predicates). Headlines write Title Case and the present for what happened ('Navy
    Foils Attack', 'Climber dies in fall', 'DeGeneres to host Oscars'), so besides what
    `find_events` reads, any word whose lemma is a body predicate counts, with its clause."""
    found = find_events(sentence, published, verbs_seen)
    seen = {(m.start, m.end, m.predicate) for m in found}
    tokens = sentence.tokens
    quoted = _quoted_tokens(sentence)
    for i, token in enumerate(tokens):
        predicate = lemma(token.lower) if token.is_word and not quoted[i] else ""
        if predicate not in reported:
            continue
        first, last = _clause(tokens, i)
        start, end = tokens[first].start, tokens[last].end
        if (start, end, predicate) not in seen:
            seen.add((start, end, predicate))
            found.append(
                EventMention(start, end, predicate, start, end, None, None, None, False, i)
            )
    return sorted(found, key=lambda m: m.start)


def _participle_clause_after(tokens: Sequence[Token], last: int) -> int | None:
    """The end of a subjectless participle clause of time right after a clause ('fell 600m |
    while climbing near the hut on Saturday'): the happening took place during it, so the day
    it gives is the happening's. None where there is none, or where it reports a happening of
    its own ('as police were searching')."""
    link = last + 1
    if link + 1 >= len(tokens) or tokens[link].lower not in ("while", "when", "as"):
        return None
    participle = tokens[link + 1]
    if not participle.lower.endswith("ing") or is_event_verb(tokens, link + 1):
        return None
    _, end = _clause(tokens, link + 1)
    return end


def _asks(sentence: Sentence) -> bool:
    """A question in the reporter's own words (not inside a quotation)."""
    end = sentence.text.rstrip().rstrip("\"'\u201d\u2019)")
    return end.endswith("?") and not sentence.is_quoted(sentence.start + len(end) - 1)


def _share_dates(
    sentence: Sentence, found: list[EventMention], published: dt.date | None
) -> list[EventMention]:
    """A clause without a day of its own takes a neighbour's only where the sentence ties
    them: a participle after a comma, 'and', or a word of time ('was arrested early Sunday
    as he was speeding'); or the day opening the sentence ('On Thursday, navy personnel
    spotted …') for its first happening. Never across other words. In an article without a
    date the day stays unresolved but its words are shared alike ('on Tuesday night'), so that
    another article's report of the happening can date it (`date_from_other_articles`)."""
    shared = list(found)
    opening = _opening_date(sentence)
    for index, mention in enumerate(found):
        lead = sentence.text[
            max(0, mention.start - sentence.start - 40) : mention.start - sentence.start
        ]
        if mention.date is not None or (published is None and mention.when):
            continue  # (in an undated article, a time of its own is kept for another to date)
        clause = _clause_text(sentence, mention)
        if _OWN_TIME.search(clause):
            continue  # 'was dismissed last week, and on Monday …': last week is its time
        if _not_done(clause):
            continue  # 'was placed on injured reserve Wednesday, meaning he won't play'
        if _RELATIVE_TIME.search(lead):
            continue  # 'On Tuesday, … where, the night before, a group rampaged': not Tuesday
        at_the_time = _day_just_before_when(sentence, mention)
        if at_the_time is not None:  # 'was escorting them on Thursday when officers detected'
            shared[index] = _dated_by(sentence, mention, at_the_time, published)
            if shared[index].date is not None:
                continue
        if index == 0 and opening is not None:
            shared[index] = _dated_by(sentence, mention, opening, published)
            continue
        if index == 0 and mention.when is None and mention.period is None:
            shared[index] = _placed_in(
                mention, _opening_date(sentence, PERIOD), published, _not_done(clause)
            )
        aside = _time_aside_before(sentence, mention)
        if aside is not None:  # 'when, at about 9:25 in the morning of 10th Nov, she detected'
            shared[index] = _dated_by(sentence, mention, aside, published)
            continue
        neighbours = [  # the one before as dated so far: 'was hit Friday … and sent flying'
            (shared if i < index else found)[i]
            for i in (index - 1, index + 1)
            if 0 <= i < len(found)
        ]
        for other in neighbours:
            if (other.date is None and (published or not other.when)) or (
                other.predicate in _REPORTING
            ):
                continue  # 'climbers have fallen, police confirmed today': the report's day
            first, second = sorted((mention, other), key=lambda m: m.start)
            gap = sentence.text[
                first.clause_end - sentence.start : second.clause_start - sentence.start
            ]
            words: list[str] = re.findall(r"[a-z]+", gap.lower())
            later = sentence.text[second.clause_start - sentence.start :].split()
            participle = bool(later) and later[0].lower().endswith("ing")
            if (
                (words and words[0] in _TEMPORAL_LINKS and len(words) == 1)
                or (not words and participle)
                or (
                    words == ["after"]
                    and other is second
                    and other.noun  # 'shortly after the shootings', not 'after five men were …'
                    and _SOON.search(_clause_text(sentence, first)) is not None
                )
            ):
                shared[index] = mention.dated(other.when, other.date, other.dated_by)
                break
    return _share_periods(sentence, shared)


_PREPOSITIONS_IN_ING = frozenset(
    "following including providing according regarding concerning considering pending "
    "excluding notwithstanding".split()
)
"""Words in -ing that open a phrase, not a clause: 'following death threats he received'."""


def _share_periods(sentence: Sentence, found: list[EventMention]) -> list[EventMention]:
    """A participle right after a comma takes the month or year of the clause before it
    ('storms a cinema in Aurora in July 2012, | opening fire and releasing tear gas'): one
    happening, told in two clauses."""
    shared = list(found)
    for index in range(1, len(found)):
        mention, other = found[index], shared[index - 1]
        if mention.date or mention.period or other.date or not other.period:
            continue
        gap = sentence.text[
            other.clause_end - sentence.start : mention.clause_start - sentence.start
        ]
        opening = sentence.text[mention.clause_start - sentence.start :].split()[:1]
        participle = bool(opening) and opening[0].lower().endswith("ing")
        if gap.strip() == "," and participle and opening[0].lower() not in _PREPOSITIONS_IN_ING:
            shared[index] = mention.in_period(other.period, other.period_text)
    return shared


def _not_done(clause: str) -> bool:
    """A clause that tells of what is to come or did not happen: it has no day of its own."""
    return speaks_of_future(clause) or any(is_negation(w) for w in clause.lower().split())


def _dated_by(
    sentence: Sentence, mention: EventMention, when: str, published: dt.date | None
) -> EventMention:
    """The mention dated by a day its sentence gives another of its words (unchanged when
    that day cannot be resolved)."""
    day = resolve_date(when, published, future=speaks_of_future(_clause_text(sentence, mention)))
    if day is None:
        return mention
    return mention.dated(when, day, written_or_counted(when))


def _day_just_before_when(sentence: Sentence, mention: EventMention) -> str | None:
    """The day written right before the 'when' that opens the mention's clause: what happened
    'when' happened at that time ('on Thursday morning when the crew noticed …')."""
    head = sentence.text[: mention.clause_start - sentence.start]
    if not _WHEN_AT_END.search(head):
        return None
    for match in _DATE.finditer(head):
        at_the_time = _DAY_THEN_WHEN.fullmatch(head, match.end())
        if at_the_time and not sentence.is_quoted(sentence.start + match.start()):
            return match.group()
    return None


_WHEN_AT_END = re.compile(r"\bwhen\s*$", re.IGNORECASE)
_DAY_THEN_WHEN = re.compile(
    r"\s*(?:morning|afternoon|evening|night)?"
    r"(?:\s+(?:on|in|at|near|along|outside)(?:\s+[\w'\u2019-]+){1,4})?"  # 'on highway 94'
    r"\s*,?\s*when\s*",
    re.IGNORECASE,
)
_OPENING_WORDS = 6
_RELATIVE_TIME = re.compile(
    r"\b(?:the|a|one)\s+(?:night|day|evening|morning|week)\s+(?:before|earlier)\b"
    r"|\bthe\s+previous\s+(?:day|night|evening|morning|week)\b",
    re.IGNORECASE,
)
"""A time told relative to another day: the clause after it is not that day's."""
_OWN_TIME = re.compile(
    r"(?=[lntea])(?:\b(?:last|next|this|earlier|later)\s+(?:week|month|year|weekend)\b|\bago\b)",
    re.IGNORECASE,
)


def _clause_text(sentence: Sentence, mention: EventMention) -> str:
    return sentence.text[
        mention.clause_start - sentence.start : mention.clause_end - sentence.start
    ]


_SOON = re.compile(r"\b(?:shortly|soon|just|right|moments|minutes)\s*$", re.IGNORECASE)
"""Words before 'after' that keep what follows on the same day: 'was arrested shortly after
the Monday morning shootings' (not 'hours after', which may be the next day)."""
_TEMPORAL_LINKS = frozenset("and when as while".split())
"""Words that tie two clauses to one time ('after' does not: what came after is later)."""
_REPORTING = frozenset("announce confirm reveal report unveil disclose say tell state".split())


def _opening_date_words(sentence: Sentence) -> str:
    """The words before the sentence's first comma when they are few: 'Last week, …'."""
    head, comma = _opening(sentence.text)
    words = head.lower().split()
    return " ".join(words) if comma and len(words) <= _OPENING_WORDS // 2 else ""


def _opening(text: str) -> tuple[str, str]:
    """The words before the sentence's first comma, and the comma ('' if none); a year after
    a comma belongs to the date before it ('On June 27, 1973, he pleaded guilty')."""
    head, comma, rest = text.partition(",")
    while comma and _YEAR_FIRST.match(rest):
        more, comma, rest = rest.partition(",")
        head = f"{head},{more}"
    return head, comma


_YEAR_FIRST = re.compile(r"\s*(?:19|20)\d{2}\b")


def _time_aside_before(sentence: Sentence, mention: EventMention) -> str | None:
    """A day in a time phrase set off by commas right before the mention's clause: 'when, at
    about 9:25 in the morning of 10th Nov, she detected five boats'."""
    head = sentence.text[: mention.clause_start - sentence.start].rstrip()
    if not head.endswith(","):
        return None
    before, comma, aside = head[:-1].rpartition(",")
    if not comma or before.split()[-1:] not in _OPENERS_OF_AN_ASIDE:
        words = head[:-1].split()  # 'and on Wednesday, signed Bell': no comma before 'and'
        opener = next(
            (k for k in range(len(words) - 1, max(-1, len(words) - 6), -1) if words[k] == "and"),
            None,
        )
        if opener is None or opener == len(words) - 1:
            return None  # 'found dead, on Saturday morning, with him arrested': the one before's
        aside = " ".join(words[opener + 1 :])
    return _only_a_time(aside, _TIME_WORDS_OF)


def _only_a_time(aside: str, words: frozenset[str]) -> str | None:
    """The day an aside names where its other words are only `words` of time or a clock
    ('at about 9:25 in the morning of 10th Nov', 'on Sept. 5'); None for any other aside."""
    match = _DATE.search(aside)
    if match is None:
        return None
    rest = (aside[: match.start()] + " " + aside[match.end() :]).split()
    if not all(w.lower() in words or _CLOCK.fullmatch(w) for w in rest):
        return None
    return match.group()


_OPENERS_OF_AN_ASIDE = (["when"], ["and"], ["then"])


def _opening_date(sentence: Sentence, pattern: re.Pattern[str] = _DATE) -> str | None:
    """A day (or with `PERIOD`, a month or year) that opens the sentence before its first
    comma: 'On Thursday, …', 'In 2002, …'."""
    head, comma = _opening(sentence.text)
    words = head.split()
    speaking = bool(words) and words[0] in _SPEAKING
    if not comma or len(words) > (_OPENING_WORDS_SPEAKING if speaking else _OPENING_WORDS):
        return None
    match = pattern.search(head)
    if match is None:
        return None
    if speaking:  # 'Speaking to the broadcaster on Saturday morning, Aas apologised': then
        return match.group()
    rest = (head[: match.start()] + " " + head[match.end() :]).split()
    if rest[:1] and rest[0].lower() == "born":
        return None  # 'Born on April 22, 1923, in Nashville, Page said …': a birthday
    if not all(w.lower() in _TIME_WORDS or _CLOCK.fullmatch(w) or w[:1].isupper() for w in rest):
        return None  # 'At a hearing on Tuesday, the prosecutor described …': the hearing's day
    return match.group()  # 'On Thursday', 'In Atlanta on Tuesday', 'But Friday night'


_SPEAKING = frozenset("Speaking Talking Writing Addressing Testifying".split())
"""Participles opening a sentence with the occasion of what its subject says or does."""
_OPENING_WORDS_SPEAKING = 10


_TIME_WORDS = frozenset(
    "on at in near early late by around about shortly just the this last night morning "
    "afternoon evening midday noon midnight until but and then so yet".split()
)
_CLOCK = re.compile(r"\d{1,2}(?:[.:]\d{2})?|[ap]\.?m\.?|o'clock")
_TIME_WORDS_OF = _TIME_WORDS | {"of"}  # 'in the morning of 10th Nov'


def _mention(
    sentence: Sentence,
    published: dt.date | None,
    trigger: int,
    first: int,
    last: int,
    *,
    noun: bool,
    phrase_first: int | None = None,
) -> EventMention:
    tokens = sentence.tokens
    start, end = tokens[first].start, tokens[last].end
    noun_phrase = -1
    if noun:  # a day before the noun's phrase is the clause verb's ('hold a vigil Thursday to
        # mark the anniversary of the shooting'); 'Monday's shooting', 'the shooting Monday' are
        head = phrase_first if phrase_first is not None else trigger
        if head > 0 and possessive_stripped(tokens[head - 1].text) != tokens[head - 1].text:
            head -= 1  # 'build on Friday's meeting'
        noun_phrase = tokens[head].start
        when = _date_in(sentence, start, end, trigger, ends_after=noun_phrase)
    else:
        end = _past_a_time_of_day(sentence, end)
        when = _date_in(sentence, start, end, trigger)
    clause = sentence.text[start - sentence.start : end - sentence.start]
    verb = None if noun else tokens[trigger].lower
    future = (
        speaks_of_future(clause)
        or (verb is not None and _scheduled(verb, when))
        or _planned_for(clause, when)
    )
    past = verb is not None and not future and (verb.endswith("ed") or verb in IRREGULAR_PAST)
    opening = _opening_date_words(sentence)
    previous_week = ("last week" in clause.lower() or "last week" in opening) and not (
        when is not None and re.search(rf"\b{re.escape(when)}['\u2019]s\b", clause)
    )  # 'Monday's shooting follows two last week': Monday is this week's
    if future and published is None and when and not YEAR.search(when) and not names_a_month(when):
        when = None  # 'will play on Saturday': no week inferred later can place it
    date = resolve_date(when, published, future=future, previous_week=previous_week, past=past)
    if noun and date and published and date > published and not speaks_of_future(sentence.text):
        date = None  # 'delayed because of the September 11 attacks' (in August): not this year's
    dated_by: DatedBy | None = None
    if date is not None and when is not None:
        dated_by = written_or_counted(when)
    predicate = (
        object_of_light_verb(tokens, trigger, last)
        or verdict(tokens, trigger, last)
        or subject_of_aspect_verb(tokens, first, trigger)
        or _opened_fire(tokens, trigger)
        or _phrasal(tokens, trigger)
        or (lemma if noun else verb_lemma)(tokens[trigger].lower)
    )
    mention = EventMention(
        start, end, predicate, start, end, when, date, dated_by, noun, trigger=trigger
    )
    if when is not None:
        return mention
    period = _date_in(sentence, start, end, trigger, noun_phrase, pattern=PERIOD)
    if period is None and (before_when := _time_before_when(sentence, first)) is not None:
        return _placed_in(mention, before_when, published, future=False)
    if (
        period is not None
        and not noun
        and (
            _another_happenings(sentence, period, trigger)
            or (not future and _in_the_present(tokens, trigger))  # not 'is set to begin in May'
        )
    ):
        return mention
    told_in_past = verb is not None and (  # 'killed', 'announced', 'began'; not 'set to begin'
        verb.endswith("ed") or (verb in IRREGULAR_PAST and verb_lemma(verb) != verb)
    )
    return _placed_in(mention, period, published, future and not told_in_past)


def _time_before_when(sentence: Sentence, first: int) -> str | None:
    """'The last major attack was in 2002, when al-Qaeda militants killed more than 20 people':
    a clause opened by ', when' right after a month or a year happened then."""
    tokens = sentence.tokens
    at = first if first < len(tokens) and tokens[first].lower == "when" else first - 1
    if at < 2 or tokens[at].lower != "when" or tokens[at - 1].text != ",":
        return None
    comma = tokens[at - 1].start - sentence.start
    written = [m for m in PERIOD.finditer(sentence.text[:comma]) if m.end() == comma]
    return written[-1].group() if written else None


@lru_cache(maxsize=4096)
def time_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where `text` names a day, a month or a year ('on Thursday', 'last year', 'in 2019');
    read once per sentence, which may hold several clauses."""
    return tuple(m.span() for pattern in (_DATE, PERIOD) for m in pattern.finditer(text))


def written_or_counted(when: str) -> DatedBy:
    """How a time expression dates: 'text' when it writes its year, else 'publication' (read
    against the page's date: 'on Monday', 'last month')."""
    return "text" if YEAR.search(when) else "publication"


def _placed_in(
    mention: EventMention, written: str | None, published: dt.date | None, future: bool
) -> EventMention:
    """The mention placed in the month or year `written` names ('founded the clinic in 1990',
    'rejected the proposal last month'); unchanged where it names none, or a past one for what
    is still to come ('will hold a press conference about a murder back in 1967')."""
    period = resolve_period(written, published, future=future)
    if period is None or (future and published is not None and period < f"{published:%Y-%m}"):
        return mention
    return mention.in_period(period, written)


def _another_happenings(sentence: Sentence, written: str, trigger: int) -> bool:
    """Whether a month or year belongs to another happening than the trigger's: one joined
    before it by 'and', 'or' or 'but' ('the end of the dictatorship in 1974 and could cost
    the already weakened economy'), or one the trigger is about, named after 'of', 'for',
    'into' or 'with' ('charged with murder for the shooting deaths of two co-workers in
    September 2010', 'accused of killing a mother of 12 in Oct. 2011'); not one it is part of
    ('killed during a demonstration in 1985', 'launched an invasion in 2022')."""
    at = sentence.start + sentence.text.find(written)
    tokens = sentence.tokens
    if at < tokens[trigger].start:
        return any(t.lower in _CONJUNCTIONS for t in tokens[:trigger] if t.start > at)
    between = [t for t in tokens[trigger + 1 :] if t.end <= at]
    return any(
        t.is_word
        and not t.lower.endswith("ed")
        and (t.lower in EVENT_NOUNS or lemma(t.lower) in EVENT_NOUNS or t.lower.endswith("ing"))
        and any(w.lower in _ABOUT for w in between[max(0, i - 5) : i])
        for i, t in enumerate(between)
    )


def _in_the_present(tokens: Sequence[Token], trigger: int) -> bool:
    """'are still haunted by images of the disaster in December 2003': a state now, whenever
    what it is about happened."""
    at = trigger - 1
    while at >= 0 and (tokens[at].lower in _PRESENT_ADVERBS or tokens[at].lower.endswith("ly")):
        at -= 1
    return at >= 0 and tokens[at].lower in ("is", "are", "am", "remains", "remain")


_PRESENT_ADVERBS = frozenset("still now also not already currently".split())


_ABOUT = frozenset("of for into with".split())
"""Prepositions naming what a happening is about ('convicted of stabbing', 'an investigation
into a murder'), which may be another happening with its own time."""


def _past_a_time_of_day(sentence: Sentence, end: int) -> int:
    """A clause's end past a time of day right after it, and a day after that: 'stopped at
    the reception area after 10 a.m. on Monday' tells the time and the day (there 'after'
    opens no clause, as it does in 'after he was fired')."""
    time = _TIME_OF_DAY.match(sentence.text, end - sentence.start)
    if time is None:
        return end
    day = _DATE.match(sentence.text, time.end())
    told = day.end() if day else time.start() + len(time.group().rstrip())
    return sentence.start + told


_TIME_OF_DAY = re.compile(
    r"\s+(?:after|before)\s+(?:\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m\b\.?|\d{1,2}[.:]\d\d"
    r"|noon|midday|midnight|dawn|dusk|daybreak)(?:\s+local\s+time)?\s*",
    re.IGNORECASE,
)


def _phrasal(tokens: Sequence[Token], trigger: int) -> str | None:
    """The happening a verb and its particle name: 'will lay off 3,000 workers' lays them off
    (simplemma reads a bare 'lay' as the past of 'lie'); 'passed away' died."""
    following = tokens[trigger + 1].lower if trigger + 1 < len(tokens) else ""
    word = tokens[trigger].lower
    return _PHRASAL_VERBS.get((word, following)) or _PHRASAL_VERBS.get((lemma(word), following))


_PHRASAL_VERBS = {("lay", "off"): "lay", ("pass", "away"): "die"}


def _opened_fire(tokens: Sequence[Token], trigger: int) -> str | None:
    """'opened fire' is a shooting: the happening other reports say 'shot'."""
    following = tokens[trigger + 1].lower if trigger + 1 < len(tokens) else ""
    return "shoot" if following == "fire" and lemma(tokens[trigger].lower) == "open" else None


def _noun_phrase_start(tokens: Sequence[Token], head: int) -> int:
    start = head
    while start > 0 and head - start < 4:
        previous = tokens[start - 1]
        if not previous.is_word and not previous.text[:1].isdigit() and previous.text != "-":
            break
        if previous.lower in _CLAUSE_WORDS or previous.lower in _PHRASE_BOUNDS:
            break
        if _a_verb_before_the_phrase(tokens, start):
            break  # 'leaders said | Georgia's death', 'described | Trump's call'
        start -= 1
        if previous.lower in DETERMINERS:
            break
    return start


_PHRASE_BOUNDS = PREPOSITIONS | frozenset({"and", "or"})


def _a_verb_before_the_phrase(tokens: Sequence[Token], start: int) -> bool:
    """Whether the phrase opening at `start` with a possessive or a determiner ('Georgia's',
    'the') follows a verb of saying or one in the past ('leaders said', 'police stopped'): it
    starts there, not at the verb ('the failed coup' and 'his just-expired deal' go on)."""
    opening = tokens[start]
    if not (opening.lower in DETERMINERS or opening.text.endswith(("'s", "\u2019s"))):
        return False
    word = tokens[start - 1].lower
    before = tokens[start - 2].lower if start > 1 else ""
    return (word in SPEECH_VERBS or is_past_form(word)) and before not in DETERMINERS


def _as_a_role(tokens: Sequence[Token], index: int) -> bool:
    """'fired from his position as a general accountant last Thursday': 'as' before a role,
    or after 'such' ('found other equipment such as grapnels'), is a preposition inside the
    clause, not a new clause ('as police arrived')."""
    if tokens[index].lower != "as":
        return False
    following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
    after_such = index > 0 and tokens[index - 1].lower == "such"
    return after_such or following in ("a", "an") or following in ROLE_NOUNS


def _clause(tokens: Sequence[Token], index: int) -> tuple[int, int]:
    """The token range of the clause holding token `index`."""
    first = index
    while first > 0:
        previous = tokens[first - 1]
        if _in_a_list_of_names(tokens, first - 1):
            first -= 1
            continue  # 'services to Singapore, Malaysia, Egypt, Taiwan and Pakistan were
            # affected': a list of names, not the end of a clause
        if _clause_mark(tokens, first - 1) or previous.lower in _CLAUSE_WORDS:
            subject = _subject_before_a_time_aside(tokens, first)
            if subject is None:
                break
            first = subject  # 'The earlier crash, on Sept. 5, | killed a woman': its subject
            break
        if previous.lower in _CONJUNCTIONS and (
            (first - 2 >= 0 and tokens[first - 2].text == ",") or _opens_a_clause(tokens, first)
        ):
            break  # ', and …', 'boarded the ship and | recovered …', 'and | he returned …'
        first -= 1
    relative = (  # 'the ferry that sank', 'the man who was fired': the pronoun is the subject
        first > 0
        and tokens[first - 1].lower in _RELATIVE_PRONOUNS
        and all(_auxiliary_or_adverb(t) for t in tokens[first:index])
    )
    last = index
    while last + 1 < len(tokens):
        following = tokens[last + 1]
        if _in_a_list_of_names(tokens, last + 1):
            last += 1
            continue
        if _clause_mark(tokens, last + 1) or (
            following.lower in _CLAUSE_WORDS and not _as_a_role(tokens, last + 1)
        ):
            break
        if (
            relative
            and following.lower in FINITE_AUXILIARIES
            and _ends_relative(tokens, index, last)
        ):
            break  # 'the ferry that sank on Sunday | has been detained': the main clause's verb
        if (
            relative
            and _main_verb_after_relative(tokens, last + 1)
            and _ends_relative(tokens, index, last)
        ):
            break  # 'a man who was fired last week from his job | walked into his office'
        if (
            following.lower in _CONJUNCTIONS
            and last + 2 < len(tokens)
            and _opens_a_clause(tokens, last + 2)
        ):
            break
        if following.text in ".!?\u2026" and last + 2 >= len(tokens):
            break
        last += 1
    while last > index and (
        (not tokens[last].is_word and not tokens[last].text[:1].isdigit())
        or tokens[last].lower in _CONJUNCTIONS
    ):
        last -= 1  # 'died during or | after surgery': the clause ends before 'or'
    return first, last


def _subject_before_a_time_aside(tokens: Sequence[Token], first: int) -> int | None:
    """Where the subject starts when the clause at `first` follows a time set off by commas
    right after its subject at the sentence's opening ('The earlier crash, on Sept. 5, |
    killed …'); None when what precedes is no such aside."""
    if first < 4 or tokens[first - 1].text != ",":
        return None
    comma = next((j for j in range(first - 2, 0, -1) if tokens[j].text == ","), None)
    if comma is None or comma < 1 or first - comma > _ASIDE_TOKENS:
        return None
    aside = "".join(
        t.text + (" " if t.end < n.start else "")
        for t, n in zip(tokens[comma + 1 : first - 1], tokens[comma + 2 : first], strict=True)
    )
    if _only_a_time(aside, _TIME_WORDS) is None:
        return None
    subject = tokens[:comma]
    if len(subject) > _SUBJECT_TOKENS or not subject[0].capitalised:
        return None
    if _DATE.search(" ".join(t.text for t in subject)) or subject[0].lower in _TIME_ADVERBS:
        return None  # 'Yesterday, on Friday, | Reid felt …': two times, no subject
    if any(not t.is_word or is_event_verb(tokens, k) for k, t in enumerate(subject)):
        return None  # 'Police said, on Monday, …': a clause of its own before the aside
    return 0


_ASIDE_TOKENS = 8
_SUBJECT_TOKENS = 6
_TIME_ADVERBS = frozenset("yesterday today tonight then later earlier now meanwhile".split())


def _opens_a_clause(tokens: Sequence[Token], index: int) -> bool:
    """Whether the words from `index`, right after a conjunction, open a clause of their own:
    an event verb ('and | recovered the recorder', 'and | then fired'), or a subject pronoun
    and its verb ('his parole was revoked and | he returned to prison in May 1984'; the month
    is the return's)."""
    after_time = _past_a_time_and_comma(tokens, index)  # 'and | on Wednesday, signed Bell'
    if after_time != index and tokens[after_time].lower.endswith("ing"):
        return False  # 'between late January and early February, interrupting …': a range
    index = after_time
    if tokens[index].lower in PRONOUNS:
        if index < 2 or tokens[index - 2].lower in _PERSONAL_PRONOUNS:
            return False  # a conjunction opening the sentence; 'he or she died': one subject
        index += 1
        while index < len(tokens) and (
            _auxiliary_or_adverb(tokens[index]) or is_adverb(tokens[index].lower)
        ):
            index += 1
    elif tokens[index].lower in _THEN:
        index += 1  # 'and then fired the chief', 'and later released'
    return index < len(tokens) and is_event_verb(tokens, index)


_THEN = frozenset("then later also".split())
"""Adverbs of sequence that may open a clause after 'and' (not 'and sparsely populated')."""


def _past_a_time_and_comma(tokens: Sequence[Token], index: int) -> int:
    """The token after a time set off by a comma that opens a clause ('on Wednesday, signed
    Joique Bell'), or `index` when no such time stands there."""
    if tokens[index].lower not in ("on", "in", "late", "early", "later"):
        return index
    for at in range(index + 1, min(len(tokens) - 1, index + 5)):
        if tokens[at].text == ",":
            named = any(
                t.lower in WEEKDAYS or (t.capitalised and names_a_month(t.text))
                for t in tokens[index + 1 : at]
            )
            return at + 1 if named else index
    return index


_PERSONAL_PRONOUNS = PRONOUNS | frozenset("you him her them me us".split())
_CONJUNCTIONS = frozenset("and but or".split())
_RELATIVE_PRONOUNS = frozenset("that which who".split())
_SAYING_A_CLAUSE = frozenset(
    "said says added adds claimed claims insisted insists stated states argued argues "
    "alleged alleges acknowledged admitted explained".split()
)
"""Verbs of saying that take what is said straight after them, without 'that'."""


def _ends_relative(tokens: Sequence[Token], verb: int, last: int) -> bool:
    """Whether a relative clause ('that sank off Sulawesi on Sunday') ends at token `last`,
    before an auxiliary opening the main clause's verb: not where its own words go on ('who
    shot him and has been charged', 'who believed the violence was justified', 'said she
    was', 'are believed to have')."""
    between = [t.lower for t in tokens[verb + 1 : last + 1]]
    return (
        last > verb
        and not any(w in ("and", "but", "or", "to") for w in between)
        and tokens[last].lower not in PERSON_PRONOUNS
        and lemma(tokens[verb].lower) not in _CLAUSE_TAKING
        and not any(w in SPEECH_VERBS for w in between)
    )


def _main_verb_after_relative(tokens: Sequence[Token], index: int) -> bool:
    """A verb in the simple past of a happening right after a noun, with its object or
    complement after it ('walked into his office', 'hanged himself', 'shot three people'):
    not a participle that describes a noun ('a car owned by his father', 'the first person
    found guilty', 'endangered species'), follows an auxiliary ('will be erased') or is a noun
    ('his jump shot in the lane')."""
    word = tokens[index].lower
    previous = tokens[index - 1].lower if index else ""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    past = word in IRREGULAR_PAST or (word.endswith("ed") and lemma(word) != word)
    return (
        past
        and following is not None
        and (following.lower in _OPENING_AN_OBJECT or following.text[:1].isdigit())
        and previous not in FINITE_AUXILIARIES
        and previous not in ("be", "been", "being", "to")
        and not previous.endswith("ly")
        and not (index > 1 and tokens[index - 2].lower in POSSESSIVE_PRONOUNS)  # 'his jump shot in'
        and is_event_verb(tokens, index)
    )


_OPENING_AN_OBJECT = frozenset(
    "the a an his her their its our my this that these those him them me us it himself "
    "herself themselves itself into in on at to from with out up down off away back about "
    "over through across toward towards for one two three four five six seven eight nine ten "
    "dozens hundreds".split()
)
"""Words that follow a verb of a happening, not a participle describing a noun: a determiner,
a pronoun, a preposition, a particle or a number."""


_CLAUSE_TAKING = frozenset(
    "believe think know hope fear feel expect suspect understand realize realise find "
    "show prove mean suggest".split()
)
"""Verbs whose object may be a clause: 'who believed the violence was justified'."""


def _auxiliary_or_adverb(token: Token) -> bool:
    word = token.lower
    return word in FINITE_AUXILIARIES or word in ("been", "be", "not") or word.endswith("ly")


_SPEAKERS_THEMSELVES = frozenset({"it", "they", "we"})
"""Who a plan announced is for, when the speaker is: 'Norvik said it would cut'."""
_BETWEEN_SAYING_AND_PLAN = frozenset(
    "that on today yesterday this last late early morning afternoon evening night".split()
)


def _announcing_its_plan(tokens: Sequence[Token], i: int) -> int | None:
    """The speech verb announcing what its speaker will do, when token `i` is that plan's
    verb: 'Norvik said on Tuesday it would cut 3,000 jobs', 'the ministry announced that
    they will close the border'. The announcement is the news (a position besides)."""
    if i < 3 or tokens[i - 1].lower not in ("will", "would"):
        return None
    if tokens[i - 2].lower not in _SPEAKERS_THEMSELVES:
        return None
    verb = tokens[i]
    if not verb.is_word or verb.capitalised or verb.lower in ("have", "be", "not"):
        return None
    if verb.lower.endswith(("ed", "ing")) or verb.lower in STOPWORDS:
        return None
    at = i - 3
    while at >= 0 and (
        tokens[at].lower in _BETWEEN_SAYING_AND_PLAN
        or tokens[at].lower in WEEKDAYS
        or month_number(tokens[at].lower) is not None
        or tokens[at].text[:1].isdigit()
    ):
        at -= 1
    said = at >= 0 and tokens[at].lower in SPEECH_VERBS and not tokens[at].capitalised
    return at if said else None


def _announcement(
    sentence: Sentence, published: dt.date | None, said: int, subject: int, plan: EventMention
) -> EventMention:
    """The plan as announced: its evidence from the speaker to the plan's end, dated by the
    day it was said ('on Tuesday said it will cut': Tuesday is the saying's, past)."""
    tokens = sentence.tokens
    speaker_first, _ = _clause(tokens, said)
    when = _date_in(sentence, tokens[speaker_first].start, tokens[subject].start, said)
    start = tokens[speaker_first].start
    return _said_on(
        plan.spanning(start, plan.end, (start, plan.clause_end), plan.trigger), when, published
    )


def _said_on(plan: EventMention, when: str | None, published: dt.date | None) -> EventMention:
    """The plan dated by the day its announcement was said, a day past; undated without one."""
    date = resolve_date(when, published, past=True)
    if date is None or when is None:
        return plan.dated(None, None, None)
    return plan.dated(when, date, written_or_counted(when))


_ANNOUNCER_WORDS = 4
"""Words of a trailing announcer besides names: ', the company announced on Tuesday.'"""


def _announced_after(
    sentence: Sentence, published: dt.date | None, last: int, plan: EventMention
) -> EventMention:
    """A plan whose announcement follows it ('Norvik will lay off 3,000 workers, the company
    announced on Tuesday.'): dated by the day it was announced, as told."""
    tokens = sentence.tokens
    if last + 2 >= len(tokens) or tokens[last + 1].text != ",":
        return plan
    said = next(
        (
            at
            for at in range(last + 2, min(len(tokens), last + 3 + _ANNOUNCER_WORDS * 3))
            if tokens[at].lower in SPEECH_VERBS and not tokens[at].capitalised
        ),
        None,
    )
    announcer = tokens[last + 2 : said] if said is not None else []
    if (
        said is None
        or not all(t.is_word for t in announcer)
        or sum(not t.capitalised and t.lower != "and" for t in announcer) > _ANNOUNCER_WORDS
    ):
        return plan  # (names apart: ', producers Craig Zadan and Neil Meron announced today')
    comma = next((at for at in range(said + 1, len(tokens)) if tokens[at].text == ","), None)
    tail = tokens[said + 1 : comma]  # ', blaming a slump' after it is another clause
    if any(
        t.is_word and t.lower not in _BETWEEN_SAYING_AND_PLAN and t.lower not in WEEKDAYS
        for t in tail
    ):
        return plan  # ', the company said in a statement': more than the day it was said
    end = tokens[comma].start if comma is not None else sentence.end
    when = _date_in(sentence, tokens[said].start, end, said)
    if resolve_date(when, published, past=True) is None:
        return plan
    told = tokens[comma - 1].end if comma is not None else tokens[-1].end
    if not tokens[-1].is_word and comma is None and len(tokens) > 1:
        told = tokens[-2].end  # the evidence tells the announcement, without the full stop
    return _said_on(
        plan.spanning(plan.start, told, (plan.clause_start, told), plan.trigger), when, published
    )


def _describing_its_noun(tokens: Sequence[Token], at: int) -> bool:
    """A past participle right after its noun and before its agent ('a wildfire fanned by
    strong winds', 'a landslide triggered by rain'): it describes the noun, and is no verb of
    the clause ('was fanned by' is)."""
    word = tokens[at].lower
    if at < 1 or at + 1 >= len(tokens) or tokens[at + 1].lower != "by":
        return False
    if not (word.endswith("ed") or word in IRREGULAR_PAST):
        return False
    noun = tokens[at - 1]
    return (
        noun.is_word
        and not noun.capitalised
        and noun.lower not in _NOT_A_NOUN_BEFORE
        and not noun.lower.endswith("ly")  # 'was reportedly cut by', 'fatally struck by'
    )


_NOT_A_NOUN_BEFORE = frozenset(
    "was were is are be been being has have had get got gets getting and or not also "
    "who which that most more less least very so too".split()
)
"""Words before a participle that make it the clause's verb ('was fanned by'), or join it to
one ('and fanned by')."""


def _past_the_saying(tokens: Sequence[Token], first: int, verb: int) -> int:
    """Where what is said starts when the clause opens with its saying ('Police said | the
    gunman fled'): the happening's evidence is what was said; `first` when it does not."""
    for at in range(verb - 1, first - 1, -1):
        if tokens[at].lower in _SAYING_A_CLAUSE and not tokens[at].capitalised:
            said_when = tokens[at + 1].lower in _TIME_OPENERS or tokens[at + 1].lower in WEEKDAYS
            return at + 1 if at + 1 < verb and not said_when else first  # 'said Tuesday the …'
    return first


_TIME_OPENERS = frozenset(
    "on in at late early earlier later yesterday today tonight last this during".split()
)
"""Words after a verb of saying that tell when it was said: the span keeps them with it."""


def _denied_by_its_subject(tokens: Sequence[Token], first: int, verb: int) -> bool:
    """Whether the clause's subject denies the happening: 'no team has offered more', 'none
    of them clicked', 'police said nobody was hurt' (not the band 'No Doubt')."""
    for at in range(first, verb):
        opening = at == first or tokens[at - 1].lower in _BEFORE_A_SUBJECT
        if opening and tokens[at].lower in _NO_ONE:
            following = tokens[at + 1]
            than = at + 2 < len(tokens) and tokens[at + 2].lower == "than"  # 'no later than'
            return not (following.capitalised and following.is_word) and not than
    return False


_NO_ONE = frozenset("no none nobody neither nothing".split())
"""Words opening a subject that denies the happening: 'no team', 'none of them'."""
_BEFORE_A_SUBJECT = SPEECH_VERBS | frozenset({"that", ","})


def _reported_claim(tokens: Sequence[Token], first: int) -> bool:
    """The clause is what a speech verb just before it reports: 'he claimed that a missile …',
    or opens with one's participle: 'rejected the estimate, saying only 640 were confirmed'."""
    for token in tokens[max(0, first - 3) : first]:
        if token.is_word and not token.capitalised and token.lower in SPEECH_VERBS:
            return True
    opening = tokens[first] if first < len(tokens) else None
    return (
        opening is not None
        and opening.lower.endswith("ing")
        and opening.lower in SPEECH_VERBS
        and first > 0
        and tokens[first - 1].text == ","
    )


def _in_a_list_of_names(tokens: Sequence[Token], comma: int) -> bool:
    """Whether the comma at `comma` separates two names of a list ('Singapore, Malaysia, …
    and Pakistan', 'Europe, the Middle East and Asia'): a capitalised word before it and,
    after it, one more (past a 'the') with an 'and' or 'or' closing the list ahead; or two
    counted things of a list ('14 AK-47 rifles, 31 magazines and 923 rounds')."""
    if _in_a_list_of_counts(tokens, comma):
        return True
    if tokens[comma].text != "," or comma < 1 or not tokens[comma - 1].capitalised:
        return False
    after = comma + 1 + (comma + 1 < len(tokens) and tokens[comma + 1].lower == "the")
    if after >= len(tokens) or not tokens[after].capitalised or tokens[after].lower in WEEKDAYS:
        return False
    if names_a_day_or_month(tokens[comma - 1].lower):
        return False  # 'On Monday, Smith said', 'Earlier in January, NTT DoCoMo and …': a
        # time, then the clause
    ahead = tokens[after : after + _LIST_WORDS]
    return any(t.lower in ("and", "or") for t in ahead) and all(
        t.capitalised or t.text == "," or t.lower in ("and", "or", "the", "of")
        for t in ahead[: next(i for i, t in enumerate(ahead) if t.lower in ("and", "or"))]
    )


_LIST_WORDS = 12


def _in_a_list_of_counts(tokens: Sequence[Token], comma: int) -> bool:
    """'seized 14 AK-47 rifles, 31 magazines and 923 rounds': a count a few words before the
    comma, another right after it, and an 'and'/'or' before a last count ahead."""
    if tokens[comma].text != "," or comma < 2 or comma + 2 >= len(tokens):
        return False
    if not any(_a_count(t) for t in tokens[max(0, comma - _COUNTED_WORDS) : comma]):
        return False
    if tokens[comma + 1].lower in ("and", "or"):  # '6.9 assists, and 3.4 rebounds': the last
        return _a_count(tokens[comma + 2]) and not _a_verb_in(tokens[comma + 3 :])
    if not _a_count(tokens[comma + 1]):
        return False
    ahead = tokens[comma + 2 : comma + 2 + _COUNTED_WORDS]
    for i, token in enumerate(ahead):
        if token.lower in FINITE_AUXILIARIES or is_event_verb(ahead, i):
            return False  # 'Of the 23 pirates arrested, 12 are Somali and 11 Yemeni': a clause
        if token.lower in ("and", "or", ",") and i + 1 < len(ahead) and _a_count(ahead[i + 1]):
            return True
    return False


def _a_verb_in(tokens: Sequence[Token]) -> bool:
    """A verb among the first few words ('…, and 600 were killed in Zarand'): a clause, not
    the last thing counted."""
    head = tokens[:_COUNTED_WORDS]
    return any(t.lower in FINITE_AUXILIARIES or is_event_verb(head, i) for i, t in enumerate(head))


def _a_count(token: Token) -> bool:
    """A number that counts ('14', '6.9'), not a time of day ('9am')."""
    return token.text[:1].isdigit() and not token.text.endswith(("am", "pm"))


_COUNTED_WORDS = 4


def _clause_mark(tokens: Sequence[Token], i: int) -> bool:
    """Punctuation that ends a clause: commas, dashes with space around ('2-hour' is a word)."""
    text = tokens[i].text
    if text == "-":
        spaced_before = i > 0 and tokens[i - 1].end < tokens[i].start
        spaced_after = i + 1 < len(tokens) and tokens[i + 1].start > tokens[i].end
        return spaced_before and spaced_after
    return text in _CLAUSE_MARKS


def _quoted_tokens(sentence: Sentence) -> list[bool]:
    """For each token of the sentence, whether it stands inside a quotation."""
    spans = [(q.start, q.end) for q in sentence.quotations]
    if not spans:
        return [False] * len(sentence.tokens)
    return [any(a <= t.start < b for a, b in spans) for t in sentence.tokens]


def _date_in(
    sentence: Sentence,
    start: int,
    end: int,
    trigger: int | None = None,
    ends_after: int = -1,
    pattern: re.Pattern[str] = _DATE,
) -> str | None:
    """The first date expression between `start` and `end`, outside quotations, that dates
    the happening: 'until his Oct. 2 court date' or 'since March 2' bounds it, and is not; a
    date after another verb than the `trigger` is that verb's ('sentenced Saturday for the
    crimes he committed on March 11, 2005')."""
    found: list[str] = []
    for match in sentence.finds(pattern):
        position = sentence.start + match.start()
        if sentence.start + match.end() <= ends_after:
            continue  # a day written before a noun's phrase is not the noun's
        if start <= position < end and not sentence.is_quoted(position):
            if trigger is not None and _other_verb_between(sentence.tokens, trigger, position):
                continue
            if trigger is not None and _own_time_between(sentence, trigger, position):
                continue  # 'who shot two co-workers two years ago starts Monday': not Monday
            before = sentence.text[max(0, match.start() - 40) : match.start()].lower().split()
            if _bounded(before) or "next" in before[-4:]:
                continue  # 'pending his next court hearing April 19' dates the hearing
            if before[-1:] == ["to"] and "from" in before[-6:]:
                continue  # 'from October 26 to November 20' is a period, not a day
            if (before[-1:] and before[-1] in ("every", "each")) or _HABIT.match(
                sentence.text, match.end()
            ):
                continue  # 'on the second Tuesday of each month': a habit, no day
            if _NAMED_DAY.search(sentence.text[: match.start()]) and not YEAR.search(match.group()):
                continue  # 'September 2013 Patch Tuesday', 'Black Friday': a name, not a day
            if before[-2:] == ["for", "the"]:
                continue  # 'sentenced Saturday for the March 11, 2005, rampage': its cause
            after = sentence.text[match.end() : match.end() + 20].split()
            if _names_an_occasion(match.group(), before, after):
                continue
            object_side = trigger is not None and position > sentence.tokens[trigger].start
            if object_side and _modifies_a_noun(before, after):
                continue  # 'staked out a November 22, 2013 release date': the release's
            if object_side and _possessive(sentence.text, match.end()) and before[-1:] != ["on"]:
                continue  # 'will play the winner of Friday's semifinal': the semifinal's day
            following = _CALENDAR_AFTER.match(sentence.text, match.end())
            found.append(following.group(1) if following else match.group())
    # 'Oscar Sunday, March 2, 2014': the calendar date over the weekday beside it
    return max(found, key=lambda d: (bool(YEAR.search(d)), names_a_month(d)), default=None)


def _own_time_between(sentence: Sentence, trigger: int, position: int) -> bool:
    """Whether a time of the trigger's own ('two years ago', 'last week') stands between it
    and a later date at `position`."""
    start = sentence.tokens[trigger].end
    if position <= start:
        return False
    return (
        _OWN_TIME.search(sentence.text[start - sentence.start : position - sentence.start])
        is not None
    )


def _other_verb_between(tokens: Sequence[Token], trigger: int, position: int) -> bool:
    """Whether an event verb other than the trigger stands between it and the date at
    `position`, on either side ('staked out a November 22 release date and pursued …')."""
    if position > tokens[trigger].start:
        between = [i for i in range(trigger + 1, len(tokens)) if tokens[i].start < position]
    else:
        between = [i for i in range(trigger) if tokens[i].end > position]
    return any(is_event_verb(tokens, i) for i in between)


_CALENDAR_AFTER = re.compile(
    rf",\s*(\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS.title()})\.?\s+\d{{4}}"
    rf"|(?:{MONTHS.title()})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})\b"
)
"""'on Saturday, 8 October 2011': the calendar date that follows a weekday is its date."""


def _scheduled(verb: str, when: str | None) -> bool:
    """'begins its postseason Saturday': a present-tense verb with a weekday tells what is
    scheduled, a day to come."""
    if when is None or not any(day in when.lower() for day in WEEKDAYS):
        return False
    return verb.endswith("s") and not verb.endswith("ss") and lemma(verb) != verb


def _planned_for(clause: str, when: str | None) -> bool:
    """'set sentencing for September 18', 'a trial date was set for October 28': a day after
    'for' is the day of what was planned, still to come (not last September's); not a plan
    told of as gone by ('canceled an increase in tariffs planned for Oct. 15')."""
    if when is None:
        return False
    found = re.search(rf"\b([\w'-]+)\s+for\s+{re.escape(when)}", clause)
    if found is None:
        return False
    return found.group(1).lower() not in PLANNING_PARTICIPLES or speaks_of_future(clause)


_NAMED_DAY = re.compile(
    r"\b(?:Patch|Super|Black|Cyber|Good|Holy|Ash|Easter|Palm|Bloody|Giving|Boxing)\s+$"
)
"""A capitalised word that makes a weekday a name: 'Patch Tuesday', 'Black Friday'."""
_HABIT = re.compile(r"\s+of\s+(?:each|every|the)\s+(?:month|week|year)\b", re.IGNORECASE)
_BOUNDS = frozenset("until till by since through before from pending than".split())
_BOUND_FILLERS = frozenset("the a an his her its their our next".split())


def _bounded(before: list[str]) -> bool:
    """A bound word right before the date, or with only determiners between: 'since March 2',
    'until his Oct. 2 court date'; not 'fired from Gordon Advisors on Thursday'."""
    for word in reversed(before[-3:]):
        if word in _BOUNDS:
            return True
        if word not in _BOUND_FILLERS:
            return False
    return False


def _names_an_occasion(date: str, before: list[str], after: list[str]) -> bool:
    """'the September 11 attacks': a day without a year used as a name; its year is unknown
    (not 'the Monday morning shootings': a weekday is this week's)."""
    if YEAR.search(date) or not names_a_month(date) or before[-1:] != ["the"] or not after:
        return False
    return _a_noun(after[0])


def _modifies_a_noun(before: list[str], after: list[str]) -> bool:
    """'a November 22, 2013 release date', 'the June 3 hearing': a date between an article
    and the noun it describes."""
    if not before or before[-1] not in ("a", "an", "the") or not after:
        return False
    following = after[0].lstrip(",")
    if not following and len(after) > 1:
        following = after[1]
    return _a_noun(following)


def _possessive(text: str, end: int) -> bool:
    return text.startswith(("'s", "\u2019s"), end)


def _a_noun(word: str) -> bool:
    """A lower-case word that can be the noun a date describes ('attacks', 'release')."""
    return word.isalpha() and word.islower() and word not in _NOT_NOUNS


_NOT_NOUNS = frozenset("at in on and or of to for by when as after before".split())


def explicit_dates(sentences: Sequence[Sentence]) -> list[str]:
    """Every date expression with a year the article writes, outside quotations."""
    return [
        match.group()
        for sentence in sentences
        if not sentence.debris and YEAR.search(sentence.text)
        for match in _DATE.finditer(sentence.text)
        if YEAR.search(match.group()) and not sentence.is_quoted(sentence.start + match.start())
    ]
