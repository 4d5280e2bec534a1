"""The scoring used by the quality script: exact on the gold, honest on partial predictions."""

from __future__ import annotations

from corpus_support import expected_corpus

from summarizer.devtools.evaluation import same_actor, score
from summarizer.models import Evidence
from summarizer.text.quotes import is_direct_quote


def test_the_gold_scores_perfectly_against_itself() -> None:
    corpus = expected_corpus()
    scores = score(corpus, {e.article.id: e.extraction for e in corpus})
    for kind in ("actors", "quotes", "events", "open_questions"):
        assert (scores[kind].precision, scores[kind].recall) == (1.0, 1.0), kind
    assert scores["quotes"].expected == 16


def test_missing_and_wrong_predictions_lower_recall_and_precision() -> None:
    corpus = expected_corpus()
    first = corpus[0]
    halved = first.extraction.model_copy(
        update={
            "actors": [
                *first.extraction.actors[:3],
                first.extraction.actors[0].model_copy(update={"name": "Somebody Else"}),
            ],
            "positions": [
                p.model_copy(update={"actor": "Helen Okafor"}) for p in first.extraction.positions
            ],
        }
    )
    scores = score([first], {first.article.id: halved})
    assert (scores["actors"].found, scores["actors"].correct, scores["actors"].predicted) == (
        3,
        3,
        4,
    )
    assert scores["actors"].recall == 0.5
    assert scores["actors"].precision == 0.75
    quotes = scores["quotes"]
    assert (quotes.expected, quotes.found) == (3, 1)  # Mercer's two quotes given to Okafor: wrong


def test_direct_quotes_are_told_from_reported_speech() -> None:
    text = (
        'She said "We will stay," and added that boats were idle. \u201cIt is bad,\u201d he said.'
    )

    def ev(quote: str) -> list[Evidence]:
        start = text.index(quote)
        return [Evidence(source=1, quote=quote, start=start, end=start + len(quote))]

    assert is_direct_quote(text, ev("We will stay"))
    assert is_direct_quote(text, ev("It is bad"))
    assert not is_direct_quote(text, ev("boats were idle"))


def test_same_actor() -> None:
    assert same_actor("Ribeiro", "Ana Ribeiro")
    assert same_actor("the coast guard", "Westmarch Coast Guard")
    assert not same_actor("Ana Ribeiro", "Carlos Ribeiro")
