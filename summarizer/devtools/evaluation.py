"""Score extractions against a hand-made expected extraction, kind by kind.

Expected extractions are JSON files, one per article, in the draft format (quotes without offsets)
plus the article they describe: `{"article": "path/relative/to/folder", "actors": [...],
"events": [...], "positions": [...], "open_questions": [...]}`; events may carry the expected ISO
`date`. Quotes are grounded like a model's, so a typo in an expected file fails loudly.

Matching is per article, each expected item matched at most once:

- actors: the same person (`names.same_person`) or organisation (folded names, one containing the
  other);
- quotes: attributed direct quotations. An expected position whose quote stands inside quotation
  marks, matched by a predicted position whose evidence overlaps it and whose speaker is the same
  actor. Predicted positions count here when their evidence is a direct quotation;
- events and open questions: a predicted item whose evidence overlaps the expected evidence.

Precision = matched predictions / predictions; recall = matched expected items / expected items.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from ..engines.llm.drafts import ArticleDraft, ground_draft
from ..models import Article, ArticleExtraction, Event, Evidence, OpenQuestion, Position
from ..text.names import fold_name, organisation_key, parse_person, same_person
from ..text.quotes import is_direct_quote

KINDS = ("actors", "quotes", "events", "open_questions")
T = TypeVar("T")


@dataclass(frozen=True)
class ExpectedArticle:
    """One article with its hand-made extraction, grounded, and the dates its events should get."""

    article: Article
    extraction: ArticleExtraction
    event_dates: list[dt.date | None]


@dataclass(frozen=True)
class KindScore:
    """Precision and recall for one kind of item."""

    kind: str
    expected: int
    predicted: int
    found: int
    """Expected items that a prediction matched."""
    correct: int
    """Predictions that matched an expected item."""

    @property
    def precision(self) -> float:
        """Share of predictions that are right (1.0 when nothing was predicted)."""
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        """Share of expected items that were found (1.0 when nothing was expected)."""
        return self.found / self.expected if self.expected else 1.0


def load_expected(folder: Path, articles: Sequence[Article], root: str) -> list[ExpectedArticle]:
    """Read every expected file in `folder` for `articles` loaded from `root`."""
    by_path = {os.path.relpath(a.path, root): a for a in articles}
    loaded: list[ExpectedArticle] = []
    for file in sorted(folder.glob("*.json")):
        data = json.loads(file.read_text(encoding="utf-8"))
        name = data.pop("article")
        if name not in by_path:
            raise ValueError(f"{file}: no article {name!r} under {root}")
        article = by_path[name]
        dates = [e.pop("date", None) for e in data.get("events", [])]
        grounded = ground_draft(ArticleDraft.model_validate(data), article)
        if grounded.problems:
            problems = "; ".join(f"{p.where}: {p.message}" for p in grounded.problems)
            raise ValueError(f"{file}: {problems}")
        loaded.append(
            ExpectedArticle(
                article,
                grounded.extraction,
                [dt.date.fromisoformat(d) if d else None for d in dates],
            )
        )
    return sorted(loaded, key=lambda e: e.article.id)


@dataclass(frozen=True)
class Comparison(Generic[T]):
    """One kind of item in one article: expected, predicted, and when two match."""

    kind: str
    wanted: Sequence[T]
    got: Sequence[T]
    same: Callable[[T, T], bool]

    def tally(self) -> tuple[int, int, int, int]:
        """(expected, predicted, expected found, predictions correct); one match per expected."""
        used: set[int] = set()
        found = 0
        for expected_item in self.wanted:
            for index, guess in enumerate(self.got):
                if index not in used and self.same(expected_item, guess):
                    used.add(index)
                    found += 1
                    break
        correct = len(self.got) - len(self.wrong())
        return len(self.wanted), len(self.got), found, correct

    def missed(self) -> list[T]:
        """Expected items that no prediction matches."""
        return [w for w in self.wanted if not any(self.same(w, g) for g in self.got)]

    def wrong(self) -> list[T]:
        """Predictions that match no expected item."""
        return [g for g in self.got if not any(self.same(w, g) for w in self.wanted)]


def compare(item: ExpectedArticle, got: ArticleExtraction | None) -> list[Comparison[Any]]:
    """The article's expected and predicted items, kind by kind, in `KINDS` order."""
    text = item.article.text
    want = item.extraction
    got = got or ArticleExtraction(source=item.article.id)
    return [
        Comparison(
            "actors",
            want.actors,
            [a for a in got.actors if not a.unnamed],  # the expected extractions name actors
            lambda a, b: same_actor(a.name, b.name),
        ),
        Comparison(
            "quotes",
            _quotes_of(want.positions, text),
            _quotes_of(got.positions, text),
            lambda a, b: _overlap(a.evidence, b.evidence) and same_actor(a.actor, b.actor),
        ),
        Comparison("events", want.events, got.events, _same_evidence),
        Comparison("open_questions", want.open_questions, got.open_questions, _same_evidence),
    ]


def _quotes_of(positions: Sequence[Position], text: str) -> list[Position]:
    """One item per attributed quotation: a position quoting three passages counts three."""
    return [
        p.model_copy(update={"evidence": [e]})
        for p in positions
        for e in p.evidence
        if is_direct_quote(text, [e])
    ]


def score(
    expected: Sequence[ExpectedArticle], predicted: Mapping[int, ArticleExtraction]
) -> dict[str, KindScore]:
    """Scores per kind over all articles; an article missing from `predicted` predicted nothing."""
    totals = {kind: [0, 0, 0, 0] for kind in KINDS}
    for item in expected:
        for comparison in compare(item, predicted.get(item.article.id)):
            for position, count in enumerate(comparison.tally()):
                totals[comparison.kind][position] += count
    return {kind: KindScore(kind, *counts) for kind, counts in totals.items()}


def format_table(scores: Mapping[str, KindScore]) -> str:
    """The scores as a Markdown table."""
    lines = [
        "| kind | expected | predicted | found | correct | precision | recall |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for kind in KINDS:
        s = scores[kind]
        lines.append(
            f"| {kind} | {s.expected} | {s.predicted} | {s.found} | {s.correct} "
            f"| {s.precision:.2f} | {s.recall:.2f} |"
        )
    return "\n".join(lines)


def same_actor(a: str, b: str) -> bool:
    """Whether two names can be the same actor (person or organisation)."""
    if fold_name(a) == fold_name(b):
        return True
    person_a, person_b = parse_person(a), parse_person(b)
    if person_a.suffix != person_b.suffix:
        return False  # 'Mark Felt Jr.' is not 'Mark Felt'
    if same_person(person_a, person_b):
        return True
    key_a, key_b = f" {organisation_key(a)} ", f" {organisation_key(b)} "
    return bool(key_a.strip() and key_b.strip()) and (key_a in key_b or key_b in key_a)


def _same_evidence(a: Event | OpenQuestion, b: Event | OpenQuestion) -> bool:
    return _overlap(a.evidence, b.evidence)


def _overlap(a: Iterable[Evidence], b: Iterable[Evidence]) -> bool:
    spans = list(b)
    return any(x.start < y.end and y.start < x.end for x in a for y in spans)
