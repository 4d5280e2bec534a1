"""Quotes are found in the article despite whitespace, quote-mark, dash and case differences,
never inside a word, and the evidence keeps the article's own characters."""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.engines.llm.drafts import ArticleDraft, GroundingCheck, ground_draft, grounding
from summarizer.models import Article
from summarizer.text.quotes import locate_quote

TEXT = (
    "Ushakov called the meeting \u201cproductive.\u201d\n\n"
    "Trump wrote:  \u201cThey are very close to a deal,\n and the two sides should meet.\u201d "
    "Zelensky\u2019s post \u2014 long \u2026 and angry."
)


def spans_text(quote: str) -> list[str] | None:
    spans = locate_quote(TEXT, quote)
    return None if spans is None else [TEXT[s.start : s.end] for s in spans]


@pytest.mark.parametrize(
    ("quote", "found"),
    [
        ("productive", ["productive"]),
        ('"They are very close to a deal, and the two sides"', None),  # checked below
        ("Zelensky's post - long", ["Zelensky\u2019s post \u2014 long"]),
        ("TRUMP WROTE", ["Trump wrote"]),
        ("rump", None),
        ("a", None),
        ("not in the article", None),
        ("", None),
    ],
)
def test_locate_quote(quote: str, found: list[str] | None) -> None:
    if quote.startswith('"They'):
        assert spans_text(quote) == ["They are very close to a deal,\n and the two sides"]
    else:
        assert spans_text(quote) == found


def test_inner_ellipsis_matches_piece_by_piece_in_order() -> None:
    assert spans_text("They are very close ... should meet") == [
        "They are very close",
        "should meet",
    ]
    assert spans_text("should meet ... They are very close") is None


def test_quote_marks_and_trailing_ellipsis_are_stripped() -> None:
    assert spans_text("\u201cproductive\u201d") == ["productive"]
    assert spans_text("Zelensky's post...") == ["Zelensky\u2019s post"]


def _article(text: str, published: dt.date | None = dt.date(2026, 3, 10)) -> Article:
    return Article(id=7, path="a.txt", text=text, published=published)


def test_ground_draft_keeps_grounded_items_with_true_offsets_and_reports_the_rest() -> None:
    article = _article(
        "Minister Ana Ribeiro on Tuesday ordered a fishing ban. \u201cIt will stay,\u201d she said."
    )
    draft = ArticleDraft.model_validate(
        {
            "actors": [
                {
                    "name": "Ana Ribeiro",
                    "kind": "Person",
                    "role": "Minister",
                    "quote": "Ana Ribeiro",
                },
                {"name": "", "quote": "Ribeiro"},
            ],
            "events": [
                {"summary": "Ban ordered", "when": "on Tuesday", "quote": "ordered a fishing ban"},
                {"summary": "Invented", "when": "on Friday", "quote": "the ban was lifted"},
            ],
            "positions": [
                {"actor": "Ana Ribeiro", "stance": "ban stays", "quote": '"It will stay"'}
            ],
            "open_questions": [{"question": "How long?", "quote": "It is unclear how long"}],
        }
    )
    grounded = ground_draft(draft, article)
    extraction = grounded.extraction
    for item in [*extraction.actors, *extraction.events, *extraction.positions]:
        for evidence in item.evidence:
            assert article.text[evidence.start : evidence.end] == evidence.quote
            assert evidence.source == 7
    assert [a.name for a in extraction.actors] == ["Ana Ribeiro"]
    assert extraction.actors[0].kind == "person"
    assert [e.summary for e in extraction.events] == ["Ban ordered"]
    assert extraction.events[0].date == dt.date(2026, 3, 10)
    assert extraction.positions[0].evidence[0].quote == "It will stay"
    assert extraction.open_questions == []
    assert sorted(p.where for p in grounded.problems) == [
        "actors[1].name",
        "events[1].quote",
        "open_questions[0].quote",
    ]
    assert "the ban was lifted" in grounded.reask_message()


def test_an_actor_is_grounded_by_its_name_where_the_article_writes_it() -> None:
    article = _article("Environment Minister Ana Ribeiro spoke. President Zelensky agreed.")
    draft = ArticleDraft.model_validate(
        {
            "actors": [
                {"name": "Ana Ribeiro"},
                {"name": "Minister Ribeiro"},  # a title the article puts elsewhere
                {"name": "Volodymyr Zelenskyy"},  # another spelling of the surname
                {"name": "Kyiv"},  # not in the article at all
            ]
        }
    )
    grounded = ground_draft(draft, article)
    found = {a.name: [e.quote for e in a.evidence] for a in grounded.extraction.actors}
    assert found == {
        "Ana Ribeiro": ["Ana Ribeiro"],
        "Minister Ribeiro": ["Ribeiro"],
        "Volodymyr Zelenskyy": ["Zelensky"],
    }
    assert [(p.where, p.message) for p in grounded.problems] == [
        ("actors[3].name", '"Kyiv" is not in the article')
    ]


def test_a_date_the_article_does_not_contain_is_not_used() -> None:
    article = _article("The ship ran aground late on Sunday.")
    draft = ArticleDraft.model_validate(
        {"events": [{"summary": "Aground", "when": "April 2", "quote": "The ship ran aground"}]}
    )
    event = ground_draft(draft, article).extraction.events[0]
    assert event.date is None
    assert event.date_text is None


def test_grounding_check_rejects_until_the_last_attempt_then_drops() -> None:
    article = _article("The ship ran aground.")
    check = GroundingCheck(article=article, max_attempts=2)
    bad = {"events": [{"summary": "x", "quote": "The plane landed"}]}
    check.attempt = 1
    with grounding(check), pytest.raises(ValueError, match="The plane landed"):
        ArticleDraft.model_validate(bad)
    check.attempt = 2
    with grounding(check):
        ArticleDraft.model_validate(bad)
    assert check.outcome is not None
    assert check.outcome.extraction.events == []
    assert len(check.outcome.problems) == 1
    check.outcome = None
    ArticleDraft.model_validate(bad)  # outside `grounding()`: validated, not grounded
    assert check.outcome is None


def test_sloppy_model_output_is_coerced_not_rejected() -> None:
    draft = ArticleDraft.model_validate(
        {
            "actors": None,
            "events": [{"summary": " x ", "when": "null", "actors": "Trump", "quote": "q"}],
        }
    )
    assert draft.actors == []
    assert draft.events[0].when is None
    assert draft.events[0].actors == ["Trump"]
    assert draft.events[0].summary == "x"


def _reference_fold(text: str) -> tuple[str, list[int]]:
    """The obvious character-by-character folding that FoldedText must equal."""
    from summarizer.text.quotes import _FOLD_TABLE

    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        if char.isspace():
            if chars and chars[-1] == " ":
                continue
            replacement = " "
        else:
            replacement = char.translate(_FOLD_TABLE)
        for piece in replacement:
            chars.append(piece)
            origin.append(index)
    return "".join(chars), origin


def test_folding_matches_the_character_by_character_definition() -> None:
    import random

    from corpus_support import corpus_articles

    from summarizer.text.quotes import FoldedText

    alphabet = "ab \n\t\u00a0\u2019\u201c\u201d\u2014\u2026\u200b\u00adÉé.,"
    rng = random.Random(4)
    samples = [a.text for a in corpus_articles()]
    samples += [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(500)
    ]
    for text in samples:
        folded = FoldedText(text)
        expected, origin = _reference_fold(text)
        assert folded.folded == expected
        assert folded._origin == origin
