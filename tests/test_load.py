"""The loader reads every format, keeps a stable order, and reports bad files by name."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest
from corpus_support import ARTICLES

from summarizer.errors import NoArticlesError, UsageError
from summarizer.sources.loading import load_articles


def test_corpus_loads_in_stable_order_with_metadata() -> None:
    result = load_articles(ARTICLES)
    assert result.failures == []
    rel = [os.path.relpath(a.path, ARTICLES) for a in result.articles]
    assert rel == [
        "coastal-courier.txt",
        "harbour-herald.html",
        "national-wire.md",
        "westmarch-times.json",
        "wires.jsonl#1",
        "wires.jsonl#2",
    ]
    assert [a.id for a in result.articles] == [1, 2, 3, 4, 5, 6]
    by_name = dict(zip(rel, result.articles, strict=True))
    courier = by_name["coastal-courier.txt"]
    assert courier.title == "Cargo ship runs aground off Saltmere Point, leaking fuel oil"
    assert courier.published == dt.date(2026, 3, 9)
    assert courier.text == (ARTICLES / "coastal-courier.txt").read_text(encoding="utf-8")
    herald = by_name["harbour-herald.html"]
    assert herald.title == "Minister orders fishing ban as Saltmere spill spreads"
    assert herald.published == dt.date(2026, 3, 10)
    assert herald.url == "https://harbourherald.example/news/2026/03/10/fishing-ban-saltmere"
    assert "Home" not in herald.text.split("\n")[0:1]
    assert "Subscribe" not in herald.text
    assert "Photo: Coastwatch" not in herald.text
    wire = by_name["national-wire.md"]
    assert wire.published == dt.date(2026, 3, 10)
    assert not wire.text.startswith("---")
    times = by_name["westmarch-times.json"]
    assert times.published == dt.date(2026, 3, 11)
    assert times.url == "https://westmarchtimes.example/news/nordic-tern-investigation"
    assert by_name["wires.jsonl#2"].title == "Brightwater to pay for Saltmere clean-up, CEO says"


def test_path_is_as_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("Some article text here.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert [a.path for a in load_articles("news/").articles] == ["news/a.txt"]
    assert [a.path for a in load_articles("news/a.txt").articles] == ["news/a.txt"]


def test_bad_files_are_reported_by_name_and_skipped(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("A real article about a ship.", encoding="utf-8")
    (tmp_path / "control.txt").write_bytes(b"text \x01\x02\x03\x04\x05\x06 more \x07\x08")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "blank.md").write_text("  \n\n ", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (tmp_path / "undecodable.txt").write_bytes(bytes(range(0x80, 0x100)) * 8)
    (tmp_path / "broken.json").write_text('{"text": "unterminated', encoding="utf-8")
    (tmp_path / "no-text.json").write_text('{"title": "Only a title"}', encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text(
        '{"text": "First wire item here."}\nnot json\n{"body": "Third wire item here."}\n',
        encoding="utf-8",
    )
    (tmp_path / "page.html").write_text(
        "<html><body><nav>Home</nav></body></html>", encoding="utf-8"
    )
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing-target.txt")
    result = load_articles(tmp_path)
    reasons = {os.path.relpath(f.path, tmp_path): f.reason for f in result.failures}
    assert reasons == {
        "binary.txt": "binary file (contains NUL bytes), not text",
        "blank.md": "empty file",
        "control.txt": "binary file (control characters), not text",
        "broken.json": "invalid JSON at line 1, column 10: Unterminated string starting at",
        "empty.txt": "empty file",
        "feed.jsonl#2": "invalid JSON at column 1: Expecting value",
        "gone.txt": "cannot read: No such file or directory",
        "no-text.json": "no 'text' or 'body' string in the object",
        "page.html": "too short to be an article (1 word)",
        "undecodable.txt": "cannot decode: not UTF-8, Windows-1252 or another known encoding",
    }
    assert all(f.stage == "load" for f in result.failures)
    loaded = [os.path.relpath(a.path, tmp_path) for a in result.articles]
    assert loaded == ["feed.jsonl#1", "feed.jsonl#3", "good.txt"]


def test_hidden_files_and_non_articles_are_skipped(tmp_path: Path) -> None:
    (tmp_path / ".hidden.txt").write_text("secret", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "notes.txt").write_text("not news", encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Second story text.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First story text.", encoding="utf-8")
    result = load_articles(tmp_path)
    assert [os.path.relpath(a.path, tmp_path) for a in result.articles] == ["a.txt", "sub/b.txt"]
    assert [os.path.relpath(p, tmp_path) for p in result.ignored] == ["photo.png"]


def test_legacy_encodings_and_crlf_are_read(tmp_path: Path) -> None:
    (tmp_path / "old.txt").write_bytes(
        "Caf\u00e9 owners said \u201cno\u201d.\r\nSecond line.".encode("cp1252")
    )
    article = load_articles(tmp_path).articles[0]
    assert article.text == "Caf\u00e9 owners said \u201cno\u201d.\nSecond line."


def test_json_list_and_html_body(tmp_path: Path) -> None:
    items = [
        {"title": "One", "body": "<p>First paragraph of the story, long enough to keep.</p>"
         "<p>Second paragraph with more words in it for the extractor.</p>", "date": "2026-01-02"},
        {"text": "Plain text item.", "url": "https://example.org/2"},
    ]  # fmt: skip
    (tmp_path / "items.json").write_text(json.dumps(items), encoding="utf-8")
    first, second = load_articles(tmp_path).articles
    assert first.path.endswith("items.json#1")
    assert first.title == "One"
    assert "<p>" not in first.text
    assert "Second paragraph" in first.text
    assert first.published == dt.date(2026, 1, 2)
    assert second.url == "https://example.org/2"


def test_a_folder_without_articles_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(NoArticlesError, match="no article files"):
        load_articles(tmp_path)
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    with pytest.raises(NoArticlesError, match=r"empty\.txt: empty file"):
        load_articles(tmp_path)
    with pytest.raises(UsageError, match="no such file or folder"):
        load_articles(tmp_path / "nope")


@pytest.mark.parametrize(
    ("front", "title", "published", "url"),
    [
        (  # YAML: quoted strings, a date value, a link
            'title: "Ship aground: day two"\ndate: 2026-03-05\nlink: https://news.example/a\n',
            "Ship aground: day two",
            dt.date(2026, 3, 5),
            "https://news.example/a",
        ),
        (  # not valid YAML (a colon in an unquoted title): read line by line, not lost
            "title: Breaking: ship aground\npublished: 2026-03-06\n",
            "Breaking: ship aground",
            dt.date(2026, 3, 6),
            None,
        ),
        (  # a list or mapping is no title; a datetime is a date
            "title: [a, b]\npublished: 2026-03-07 10:30:00\nurl: {x: 1}\n",
            "Port reopens",
            dt.date(2026, 3, 7),
            None,
        ),
    ],
)
def test_markdown_front_matter(
    tmp_path: Path, front: str, title: str, published: dt.date, url: str | None
) -> None:
    body = "# Port reopens\n\nThe port reopened on Monday, officials said.\n"
    (tmp_path / "a.md").write_text(f"---\n{front}---\n{body}", encoding="utf-8")
    (article,) = load_articles(tmp_path).articles
    assert (article.title, article.published, article.url) == (title, published, url)
    assert article.text == body


@pytest.mark.parametrize(
    "front",
    [
        'title: !!python/object/apply:os.system ["echo pwned"]\n',  # never constructed
        "title: " + "[" * 50_000 + "\n",  # nesting deeper than the parser's recursion
        "a: &a [x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\n"
        "c: &c [*b, *b, *b, *b, *b, *b, *b, *b]\ntitle: Port reopens\n",  # aliases, not copies
    ],
)
def test_hostile_front_matter_loads_the_article_and_runs_nothing(
    tmp_path: Path, front: str
) -> None:
    body = "The port reopened on Monday, officials said.\n"
    (tmp_path / "a.md").write_text(f"---\n{front}---\n{body}", encoding="utf-8")
    result = load_articles(tmp_path)
    (article,) = result.articles
    assert article.text == body
    assert article.title is None or len(article.title) <= 301


_LEAD = "Regional carrier Nordavia grounded its fleet on Friday after a software fault.\n"


@pytest.mark.parametrize(
    ("others", "expected"),
    [
        ({"b.txt": "Published 29 November 2025\n\nPassengers waited.\n"}, dt.date(2025, 11, 28)),
        ({}, None),  # no other report of the story is dated: the year is not known
        ({"b.txt": "Published 29 November 2019\n\nPassengers waited.\n",
          "c.txt": "Published 2 December 2025\n\nPassengers waited.\n"}, None),  # two years fit
    ],
)  # fmt: skip
def test_a_wire_dateline_without_its_year_takes_the_year_of_the_storys_other_reports(
    tmp_path: Path, others: dict[str, str], expected: dt.date | None
) -> None:
    (tmp_path / "a.txt").write_text(f"OSLO, Nov 28 (Nordic Wire) - {_LEAD}", encoding="utf-8")
    for name, text in others.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (wire,) = [a for a in load_articles(tmp_path).articles if a.path.endswith("a.txt")]
    assert wire.published == expected


@pytest.mark.parametrize(
    "dateline",
    [
        "OSLO, Nov 28, 2025 (Nordic Wire) - ",
        "Nov 28, 2025 (Nordic Wire) - ",
        "28 November 2025 (NW) — ",
        "OSLO, Norway, Nov 28, 2025 /PRNewswire/ -- ",  # a press release's
    ],
)
def test_a_wire_dateline_with_its_year_dates_the_article(tmp_path: Path, dateline: str) -> None:
    text = f"Nordavia grounds fleet\n\nBy Ines Vahl\n\n{dateline}{_LEAD}"
    assert _published(tmp_path, text) == dt.date(2025, 11, 28)


def _published(folder: Path, text: str) -> dt.date | None:
    """The publication date `brief` reads for one article of `text`."""
    (folder / "a.txt").write_text(text, encoding="utf-8")
    return load_articles(folder).articles[0].published


@pytest.mark.parametrize(
    ("others", "expected"),
    [
        ({"b.txt": "Published April 10, 2007\n\nPassengers waited.\n"}, dt.date(2007, 4, 11)),
        ({"b.txt": "Published 3 November 2007\n\nPassengers waited.\n"}, dt.date(2007, 11, 4)),
        ({}, None),  # nothing to tell 11 April from 4 November
        ({"b.txt": "Published April 10, 2007\n\nPassengers waited.\n",
          "c.txt": "Published 3 November 2007\n\nPassengers waited.\n"}, None),  # both fit
    ],
)  # fmt: skip
def test_a_numeric_date_either_way_round_takes_the_reading_near_the_storys_other_reports(
    tmp_path: Path, others: dict[str, str], expected: dt.date | None
) -> None:
    (tmp_path / "a.txt").write_text(
        f"Fleet grounded\n\nUpdated 4/11/2007 1:26 PM\n{_LEAD}", encoding="utf-8"
    )
    for name, text in others.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (article,) = [a for a in load_articles(tmp_path).articles if a.path.endswith("a.txt")]
    assert article.published == expected


@pytest.mark.parametrize(
    "opening", ["<!DOCTYPE html>\n<html>", "\n<!-- saved -->\n<HTML lang='en'>"]
)
def test_a_web_page_saved_as_text_is_read_as_the_page(tmp_path: Path, opening: str) -> None:
    page = (
        f"{opening}<head><title>Rivals spar over water plan</title></head><body><article>"
        "<h1>Rivals spar over water plan</h1>"
        "<p>The two candidates met for the last time on a debate stage on Tuesday night.</p>"
        "<p>The river diversion dominated the hour, and the audience applauded both.</p>"
        "</article></body></html>"
    )
    (tmp_path / "story.txt").write_text(page, encoding="utf-8")
    article = load_articles(tmp_path).articles[0]
    assert article.title == "Rivals spar over water plan"
    assert "<" not in article.text
    assert "debate stage" in article.text


def test_a_text_that_mentions_html_is_still_text(tmp_path: Path) -> None:
    text = "Markup\n\n<html> tags were shown on the screen, the company said on Monday.\n"
    (tmp_path / "story.txt").write_text("Note: " + text, encoding="utf-8")
    assert load_articles(tmp_path).articles[0].text == "Note: " + text


@pytest.mark.parametrize(
    "head",
    [
        "Updated April 25, 2025 | Published April 20, 2025",
        "Last updated April 25, 2025\nPublished April 20, 2025",
        "Published April 20, 2025. Updated April 25, 2025",
    ],
)
def test_the_day_published_wins_over_the_day_updated(tmp_path: Path, head: str) -> None:
    text = f"Talks resume in Geneva\n\n{head}\n\nThe talks resumed in Geneva on Friday.\n"
    assert _published(tmp_path, text) == dt.date(2025, 4, 20)


def test_an_update_alone_still_dates_the_article(tmp_path: Path) -> None:
    text = "Talks resume in Geneva\n\nUpdated April 25, 2025\n\nThe talks resumed on Friday.\n"
    assert _published(tmp_path, text) == dt.date(2025, 4, 25)


@pytest.mark.parametrize("suffix", [".txt", ".md", ".jsonl"])
def test_html_character_references_a_scraped_text_kept_are_read_as_their_characters(
    tmp_path: Path, suffix: str
) -> None:
    """'pr&#233;cis' in a plain-text scrape is 'précis' (it had been rendered
    'pr&amp;\\#233;cis'); a reference to a control character is no escape sequence; an
    ampersand that is no reference ('AT&T;', 'R&D') stays."""
    body = "Parliament got a pr&#233;cis of the advice, worth &#163;5, from AT&T; R&D &#27;[2J."
    text = json.dumps({"text": body}) if suffix == ".jsonl" else f"Advice\n\n{body}\n"
    (tmp_path / f"a{suffix}").write_text(text, encoding="utf-8")
    loaded = load_articles(tmp_path).articles[0].text
    assert "précis" in loaded
    assert "£5" in loaded
    assert "AT&T; R&D" in loaded
    assert "\x1b" not in loaded
    assert "&#" not in loaded


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("rebuild the bridge and\nthe school", "rebuild the bridge and the school"),
        ("Mayor Ana Pike, who\nleads the council", "Mayor Ana Pike, who leads the council"),
        ("as teenagers;\nwe parents try", "as teenagers; we parents try"),
        ("Flood warning\nThe river rose.", "Flood warning\nThe river rose."),  # a headline
        ("It ended.\nthen came more", "It ended.\nthen came more"),  # a sentence's end
        ('He wrote: "It ended."\nsecond cards hit', 'He wrote: "It ended."\nsecond cards hit'),
        ('"the bridge and"\nthe school', '"the bridge and" the school'),
        ("Tuesday, August 7, 2012\nfast-moving fire", "Tuesday, August 7, 2012\nfast-moving fire"),
        ("Read more at\nhttp://example.org", "Read more at\nhttp://example.org"),
    ],
)
def test_a_line_broken_mid_sentence_reads_as_one(tmp_path: Path, written: str, read: str) -> None:
    """Hard-wrapped text and a newline inside an HTML paragraph (a real LWN page cut the
    quotation 'the dogs may⏎bark …' in two): the break is the space it stands for, one
    character for one, so offsets into the text hold."""
    (tmp_path / "a.txt").write_text(f"Report\n\n{written}\n", encoding="utf-8")
    [article] = load_articles(tmp_path).articles
    assert article.text == f"Report\n\n{read}\n"


def test_a_hard_wrapped_quotation_keeps_its_speaker(tmp_path: Path) -> None:
    from summarizer.engines.offline import extract_offline

    (tmp_path / "a.txt").write_text(
        'Report\n\nThe mayor spoke on Monday. "We will rebuild the bridge and\nthe school before '
        'winter," said Mayor Ana Pike, who\nleads the council.\n',
        encoding="utf-8",
    )
    [article] = load_articles(tmp_path).articles
    positions = extract_offline(article).positions
    assert [(p.actor, p.evidence[0].quote) for p in positions] == [
        ("Ana Pike", "We will rebuild the bridge and the school before winter,")
    ]
