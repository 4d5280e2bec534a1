"""A hostile or unlucky folder: nothing in it ends the run, stalls it, or reaches past it.

Every file is made here, in `tmp_path`. Loads that once hung run under a deadline, so a
regression fails the test instead of stalling the suite.
"""

from __future__ import annotations

import errno
import io
import json
import os
import random
import signal
import socket
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from summarizer.errors import NoArticlesError
from summarizer.sources.formats import MAX_HTML_TAGS, MAX_PARAGRAPH_TAGS
from summarizer.sources.loading import (
    MAX_ARTICLE_CHARS,
    MAX_FAILURES_PER_FILE,
    MAX_TITLE_CHARS,
    LoadResult,
    load_articles,
)

STORY = "The harbour master said on Tuesday that the spill was contained by the crews."
DEADLINE = 10.0  # seconds; each of these loads takes well under one


class Overtime(BaseException):
    """A load past its deadline: a BaseException, so the loader's per-file guard lets it pass."""


def within(seconds: float, load: Callable[[], LoadResult]) -> LoadResult:
    """`load()`, interrupted by SIGALRM after `seconds`: a blocking open or a runaway regex
    (which checks for signals) then fails the test instead of stalling the suite."""

    def expire(signum: int, frame: object) -> None:
        raise Overtime(f"loading did not finish within {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return load()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def reasons(result: LoadResult, folder: Path) -> dict[str, str]:
    return {os.path.relpath(f.path, folder): f.reason for f in result.failures}


def loaded(result: LoadResult, folder: Path) -> list[str]:
    return [os.path.relpath(a.path, folder) for a in result.articles]


def story_file(folder: Path, name: str = "story.txt") -> Path:
    path = folder / name
    path.write_text(STORY, encoding="utf-8")
    return path


# 1. Links and special files


def test_links_out_of_the_folder_are_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("Private notes that must never be read.", "utf-8")
    news = tmp_path / "news"
    (news / "sub").mkdir(parents=True)
    story_file(news)
    story_file(news / "sub", "inner.txt")
    (news / "leak.txt").symlink_to(outside / "secret.txt")
    (news / "leak.png").symlink_to(outside / "secret.txt")
    (news / "away").symlink_to(outside)
    (news / "loop").symlink_to(news)
    (news / "again").symlink_to(news / "sub")
    (news / "alias.txt").symlink_to(news / "story.txt")
    (news / "nowhere.txt").symlink_to(outside / "missing.txt")
    (news / "circle.txt").symlink_to(news / "circle.txt")
    result = load_articles(news)
    assert reasons(result, news) == {
        "again": "symbolic link to a folder inside the folder: not walked",
        "away": "symbolic link to a folder outside the folder: not walked",
        "circle.txt": "cannot read: Too many levels of symbolic links",
        "leak.png": "symbolic link to a file outside the folder: not followed",
        "leak.txt": "symbolic link to a file outside the folder: not followed",
        "loop": "symbolic link to a folder inside the folder: not walked",
        "nowhere.txt": "symbolic link to a file outside the folder: not followed",
    }
    assert loaded(result, news) == ["alias.txt", "story.txt", "sub/inner.txt"]
    assert all("Private" not in a.text for a in result.articles)


def test_a_link_given_by_the_caller_is_followed(tmp_path: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    story_file(news)
    (tmp_path / "today").symlink_to(news)
    (tmp_path / "today.txt").symlink_to(news / "story.txt")
    assert [a.text for a in load_articles(tmp_path / "today").articles] == [STORY]
    assert [a.text for a in load_articles(tmp_path / "today.txt").articles] == [STORY]


def test_fifos_and_sockets_are_named_without_being_opened(tmp_path: Path) -> None:
    story_file(tmp_path)
    os.mkfifo(tmp_path / "pipe.txt")  # opening it for reading would wait for a writer forever
    os.mkfifo(tmp_path / "pipe.pdf")
    (tmp_path / "pipe-link.txt").symlink_to(tmp_path / "pipe.txt")
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(tmp_path / "sock.json"))
        result = within(DEADLINE, lambda: load_articles(tmp_path))
    finally:
        server.close()
    assert reasons(result, tmp_path) == {
        "pipe-link.txt": "symbolic link to a named pipe: not opened",
        "pipe.pdf": "not a regular file (named pipe): not opened",
        "pipe.txt": "not a regular file (named pipe): not opened",
        "sock.json": "not a regular file (socket): not opened",
    }
    assert loaded(result, tmp_path) == ["story.txt"]


def test_a_fifo_given_by_the_caller_is_not_opened(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    with pytest.raises(NoArticlesError, match=r"not a regular file \(named pipe\)"):
        within(DEADLINE, lambda: load_articles(tmp_path / "pipe.txt"))


def test_devices_are_named_without_being_opened(tmp_path: Path) -> None:
    story_file(tmp_path)
    try:
        os.mknod(tmp_path / "null.txt", stat.S_IFCHR | 0o600, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("making a device node needs privileges")
    result = within(DEADLINE, lambda: load_articles(tmp_path))
    assert reasons(result, tmp_path) == {"null.txt": "not a regular file (device): not opened"}


# 2. Names and strings that are not valid text


def test_a_file_name_that_is_not_utf8_is_shown_as_valid_text(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path)
    for name in (b"caf\xe9.txt", b"bell\x07\x1b[2J\nline.txt"):
        with open(os.path.join(folder, name), "wb") as file:
            file.write(STORY.encode())
    result = load_articles(tmp_path)
    names = sorted(os.path.basename(a.path) for a in result.articles)
    assert names == ["bell\ufffd\ufffd[2J\ufffdline.txt", "caf\ufffd.txt"]
    for article in result.articles:
        article.path.encode("utf-8")  # strict: raises on a lone surrogate
        json.loads(article.model_dump_json())


def test_a_path_given_that_is_not_utf8_is_shown_as_valid_text(tmp_path: Path) -> None:
    # As Python decodes a command-line argument: undecodable bytes become lone surrogates.
    folder = os.fsdecode(os.path.join(os.fsencode(tmp_path), b"n\xe9ws"))
    os.mkdir(folder)
    story_file(Path(folder))
    (article,) = load_articles(folder).articles
    assert article.path == os.path.join(str(tmp_path), "n\ufffdws", "story.txt")
    (article,) = load_articles(os.path.join(folder, "story.txt")).articles
    assert article.path.encode("utf-8").endswith(b"n\xef\xbf\xbdws/story.txt")
    (Path(folder) / "story.txt").write_text("", encoding="utf-8")
    with pytest.raises(NoArticlesError) as raised:
        load_articles(folder)
    str(raised.value).encode("utf-8")


def test_a_folder_name_that_is_not_utf8_is_shown_as_valid_text(tmp_path: Path) -> None:
    folder = os.path.join(os.fsencode(tmp_path), b"d\xff")
    os.mkdir(folder)
    with open(os.path.join(folder, b"a.txt"), "wb") as file:
        file.write(STORY.encode())
    os.mkfifo(os.path.join(folder, b"p\xfe.txt"))
    result = within(DEADLINE, lambda: load_articles(tmp_path))
    assert loaded(result, tmp_path) == ["d\ufffd/a.txt"]
    assert reasons(result, tmp_path) == {
        "d\ufffd/p\ufffd.txt": "not a regular file (named pipe): not opened"
    }


def test_lone_surrogates_from_json_become_replacement_characters(tmp_path: Path) -> None:
    item = {
        "title": "\ud800 Spill",
        "text": f"{STORY} \udfff End.",
        "url": "https://example.org/\udc80",
        "published": "2026-03-10\ud800",
    }
    (tmp_path / "items.json").write_text(json.dumps(item), encoding="ascii")  # \ud800 escapes
    (tmp_path / "html.json").write_text(
        json.dumps({"body": f"<p>{STORY} \ud83d</p><p>{STORY}</p>"}), encoding="ascii"
    )
    result = load_articles(tmp_path)
    assert result.failures == []
    by_name = {os.path.basename(a.path): a for a in result.articles}
    article = by_name["items.json"]
    assert article.title == "\ufffd Spill"
    assert article.text == f"{STORY} \ufffd End."
    assert article.url is None
    for article in result.articles:
        out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict")
        print(article.model_dump_json(), article.title, article.text, file=out)
        out.flush()


# 3. JSON that breaks the parser


def test_deeply_nested_json_fails_that_file_or_line_alone(tmp_path: Path) -> None:
    deep = "[" * 100_000 + "]" * 100_000
    (tmp_path / "deep.json").write_text(deep, encoding="utf-8")
    (tmp_path / "deep-object.json").write_text('{"text": ' * 5_000, encoding="utf-8")
    good = json.dumps({"text": STORY})
    (tmp_path / "feed.jsonl").write_text(f"{good}\n{deep}\n{good}\n", encoding="utf-8")
    result = load_articles(tmp_path)
    nested = "JSON nested too deeply to read (about 1,000 levels or more)"
    assert reasons(result, tmp_path) == {
        "deep.json": nested,
        "deep-object.json": nested,
        "feed.jsonl#2": nested,
    }
    assert loaded(result, tmp_path) == ["feed.jsonl#1", "feed.jsonl#3"]


def test_json_integers_of_thousands_of_digits_fail_that_file_or_line_alone(
    tmp_path: Path,
) -> None:
    huge = json.dumps({"id": 0, "text": STORY}).replace("0", "7" * 5_000, 1)
    (tmp_path / "big.json").write_text(huge, encoding="utf-8")
    (tmp_path / "negative.json").write_text(huge.replace('"id": 7', '"id": -7'), encoding="utf-8")
    ok = json.dumps({"id": int("9" * 4_000), "text": STORY})
    (tmp_path / "feed.jsonl").write_text(f"{huge}\n{ok}\n", encoding="utf-8")
    result = load_articles(tmp_path)
    too_long = "JSON holds a number of more than 4,300 digits"
    assert reasons(result, tmp_path) == {
        "big.json": too_long,
        "negative.json": too_long,
        "feed.jsonl#1": too_long,
    }
    assert loaded(result, tmp_path) == ["feed.jsonl#2"]


def test_an_unexpected_parser_error_fails_one_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import trafilatura

    def crash(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("division by zero deep inside the extractor")

    monkeypatch.setattr(trafilatura, "bare_extraction", crash)
    story_file(tmp_path)
    (tmp_path / "page.html").write_text(f"<html><body><p>{STORY}</p></body></html>", "utf-8")
    items = [{"body": f"<p>{STORY}</p>"}, {"text": STORY}]
    (tmp_path / "items.json").write_text(json.dumps(items), encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text(
        "\n".join(json.dumps(item) for item in items), encoding="utf-8"
    )
    result = load_articles(tmp_path)
    crashed = (
        "unexpected error while reading "
        "(ZeroDivisionError: division by zero deep inside the extractor)"
    )
    assert reasons(result, tmp_path) == {
        "feed.jsonl#1": crashed,
        "items.json#1": crashed,
        "page.html": crashed,
    }
    assert loaded(result, tmp_path) == ["feed.jsonl#2", "items.json#2", "story.txt"]


# 4. Size and time bounds


def test_metadata_is_bounded_before_it_is_parsed(tmp_path: Path) -> None:
    long_date = "Tuesday 10 March 2026 " * 50_000  # a megabyte: hung the date parser
    items = [
        {"text": STORY, "published": long_date, "title": "Spill " * 2_000},
        {"text": STORY, "url": "https://example.org/" + "a" * 3_000, "date": "2026-03-10"},
        {"text": STORY, "url": "https://example.org/a b", "title": "Two\nlines\x1b[31m"},
    ]
    (tmp_path / "items.json").write_text(json.dumps(items), encoding="utf-8")
    (tmp_path / "front.md").write_text(
        f"---\ntitle: Front\npublished: {long_date}\n---\n{STORY}\n", encoding="utf-8"
    )
    result = within(DEADLINE, lambda: load_articles(tmp_path))
    front, first, second, third = result.articles
    assert front.published is None
    assert first.published is None
    assert first.title is not None
    assert len(first.title) <= MAX_TITLE_CHARS
    assert first.title.startswith("Spill Spill")
    assert first.title.endswith("Spill\u2026")
    assert second.url is None
    assert str(second.published) == "2026-03-10"
    assert third.url is None
    assert third.title == "Two lines\ufffd[31m"


def _attributes(count: int) -> str:
    return " ".join(f"a{n}=x" for n in range(count))


def test_html_with_pathological_markup_is_refused_quickly(tmp_path: Path) -> None:
    crowded = f"<html><body><div {_attributes(100_000)}><p>{STORY}</p></div></body></html>"
    (tmp_path / "attributes.html").write_text(crowded, encoding="utf-8")
    # A quote opened after '=' may hold '>': still one tag, still counted.
    quoted = " ".join(f'b{n}=">"' for n in range(50_000))
    (tmp_path / "quoted.html").write_text(f"<div {quoted}><p>{STORY}</p></div>", "utf-8")
    divs = "<div>w</div>" * (MAX_HTML_TAGS + 1)
    (tmp_path / "tags.html").write_text(f"<html><body>{divs}</body></html>", "utf-8")
    # trafilatura is quadratic in a paragraph's children: 10,000 spans in one took seconds.
    spans = "<span>w</span> " * (MAX_PARAGRAPH_TAGS + 1)
    (tmp_path / "paragraph.html").write_text(f"<p>{STORY}</p><p>{spans}</p>", "utf-8")
    (tmp_path / "items.jsonl").write_text(
        json.dumps({"body": crowded}) + "\n" + json.dumps({"text": STORY}) + "\n", "utf-8"
    )
    result = within(DEADLINE, lambda: load_articles(tmp_path))
    assert reasons(result, tmp_path) == {
        "attributes.html": "markup too complex to extract (a tag with 100,000 attributes)",
        "items.jsonl#1": "markup too complex to extract (a tag with 100,000 attributes)",
        "paragraph.html": "markup too complex to extract (a paragraph of more than 500 tags)",
        "quoted.html": "markup too complex to extract (a tag with 50,000 attributes)",
        "tags.html": f"too much markup to extract (more than {MAX_HTML_TAGS:,} tags)",
    }
    assert loaded(result, tmp_path) == ["items.jsonl#2"]


def test_broken_markup_is_scanned_in_linear_time(tmp_path: Path) -> None:
    # Unclosed tags and quotes: each must be scanned once, not once per opening.
    bodies = ["<p " * 300_000, '<a x="' * 300_000, "<p>" + "<div a='" * 200_000]
    items = [{"text": f"{STORY} {body}"} for body in bodies]
    (tmp_path / "items.json").write_text(json.dumps(items), encoding="utf-8")
    (tmp_path / "open.html").write_text(f"<p>{STORY}</p>" + '<a x="' * 300_000, "utf-8")
    within(DEADLINE, lambda: load_articles(tmp_path))


def test_html_within_the_bounds_is_extracted(tmp_path: Path) -> None:
    attributes = _attributes(150)  # many, but not pathological
    # Scripts, styles and comments are text to the parser: their '<x' are not counted as tags.
    code = "for (i = 0; i<n; i++) { if (a<b) x = '<p a=1>'; }"
    script = f"<script>{code * MAX_HTML_TAGS}</script>"
    style = f"<style>{'a<b, c<d {}' * MAX_HTML_TAGS}</STYLE>"
    comment = "<!-- <span>old</span> -->" * MAX_HTML_TAGS
    page = (
        f"<html><head>{style}</head><body><article><p {attributes}>{STORY}</p>{comment}"
        f"<p>{STORY} {script} {STORY}</p></article></body></html>"
    )
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    result = load_articles(tmp_path)
    assert result.failures == []
    assert STORY in result.articles[0].text


def test_long_articles_are_cut_at_a_paragraph_end_and_listed(tmp_path: Path) -> None:
    paragraph = STORY * 20
    text = "\n\n".join(f"{paragraph} ({n})" for n in range(2 * MAX_ARTICLE_CHARS // len(paragraph)))
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    (tmp_path / "one-line.jsonl").write_text(
        json.dumps({"text": "word " * MAX_ARTICLE_CHARS}) + "\n", encoding="utf-8"
    )
    story_file(tmp_path)
    result = load_articles(tmp_path)
    by_name = {os.path.basename(a.path): a for a in result.articles}
    cut = by_name["long.txt"].text
    assert len(cut) <= MAX_ARTICLE_CHARS
    assert len(cut) > MAX_ARTICLE_CHARS - len(paragraph) - 10
    assert text.startswith(cut)  # a prefix: offsets into it are offsets into the file
    assert text[len(cut) : len(cut) + 2] == "\n\n"
    words = by_name["one-line.jsonl#1"].text
    assert len(words) <= MAX_ARTICLE_CHARS
    assert words.endswith("word")
    assert [os.path.basename(p) for p in result.truncated] == ["long.txt", "one-line.jsonl#1"]


# 5. Drops that used to be silent


def test_empty_json_is_named(tmp_path: Path) -> None:
    story_file(tmp_path)
    (tmp_path / "list.json").write_text("[]", encoding="utf-8")
    (tmp_path / "object.json").write_text("{}", encoding="utf-8")
    result = load_articles(tmp_path)
    assert reasons(result, tmp_path) == {
        "list.json": "empty JSON list: no article in it",
        "object.json": "no 'text' or 'body' string in the object",
    }


def test_a_folder_that_cannot_be_listed_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    story_file(tmp_path)
    locked = tmp_path / "locked"
    locked.mkdir()
    story_file(locked)
    real_scandir = os.scandir

    def scandir(path: str) -> object:
        if os.fspath(path) == str(locked):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = load_articles(tmp_path)
    assert reasons(result, tmp_path) == {"locked": "cannot read the folder: Permission denied"}
    assert loaded(result, tmp_path) == ["story.txt"]
    with pytest.raises(NoArticlesError, match="locked: cannot read the folder: Permission denied"):
        load_articles(locked)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads all")
def test_a_folder_without_permission_is_named(tmp_path: Path) -> None:
    story_file(tmp_path)
    locked = tmp_path / "locked"
    locked.mkdir()
    story_file(locked)
    locked.chmod(0)
    try:
        result = load_articles(tmp_path)
    finally:
        locked.chmod(0o700)
    assert reasons(result, tmp_path) == {"locked": "cannot read the folder: Permission denied"}


# 6. Encodings


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-16-le", "utf-32", "utf-32-be"])
def test_utf16_and_utf32_with_a_byte_order_mark_are_decoded(tmp_path: Path, codec: str) -> None:
    text = f"Zürich, Москва: {STORY}\nSecond line."
    bom = "" if codec in ("utf-16", "utf-32") else "\ufeff"  # the plain codecs write one
    (tmp_path / "story.txt").write_bytes((bom + text).encode(codec))
    (tmp_path / "item.json").write_bytes((bom + json.dumps({"text": text})).encode(codec))
    page = f"<html><body><article><p>{text}</p><p>{STORY}</p></article></body></html>"
    (tmp_path / "page.html").write_bytes((bom + page).encode(codec))
    result = load_articles(tmp_path)
    assert result.failures == []
    by_name = {os.path.basename(a.path): a.text for a in result.articles}
    assert by_name["story.txt"] == text
    assert by_name["item.json"] == text
    assert "Москва" in by_name["page.html"]


@pytest.mark.parametrize(
    ("codec", "text"),
    [
        ("cp1251", "Министр заявил во вторник, что запрет на рыбалку останется в силе."),
        ("koi8-r", "Министр заявил во вторник, что запрет на рыбалку останется в силе."),
        ("latin-1", "Die Bürgermeisterin sagte am Dienstag, das Verbot bleibe. Ça reste."),
        (
            "shift_jis",
            "東京 10 March: 大臣は火曜日、流出が封じ込められるまで漁業禁止は有効であると述べた。",
        ),
        ("cp1252", "Caf\u00e9 owners said \u201cno\u201d on Tuesday \u2013 twice."),
    ],
)
def test_legacy_encodings_are_detected(tmp_path: Path, codec: str, text: str) -> None:
    (tmp_path / "story.txt").write_bytes(text.encode(codec))
    (article,) = load_articles(tmp_path).articles
    assert article.text == text


def test_utf8_with_a_few_stray_bytes_stays_utf8(tmp_path: Path) -> None:
    text = "Москва \u2013 Zürich: “quoted” words, and more words to read. " * 5
    (tmp_path / "story.txt").write_bytes(text.encode() + b"\x93pasted\x94 quote.")
    (article,) = load_articles(tmp_path).articles
    assert article.text == text + "\ufffdpasted\ufffd quote."


def test_binary_files_are_still_rejected(tmp_path: Path) -> None:
    noise = random.Random(7).randbytes(4_000)
    (tmp_path / "noise.txt").write_bytes(noise.replace(b"\x00", b"\x01"))
    (tmp_path / "nul.txt").write_bytes(b"PK\x03\x04\x00\x00" + noise)
    story_file(tmp_path)
    result = load_articles(tmp_path)
    assert set(reasons(result, tmp_path)) == {"noise.txt", "nul.txt"}
    assert loaded(result, tmp_path) == ["story.txt"]


# 7. Many bad items


def test_many_bad_items_are_listed_up_to_a_limit_and_counted(tmp_path: Path) -> None:
    lines = ["not json"] * 10_000 + [json.dumps({"text": STORY})]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    (tmp_path / "items.json").write_text(json.dumps([1] * 500 + [{"text": STORY}]), "utf-8")
    result = load_articles(tmp_path)
    feed = [f for f in result.failures if "feed.jsonl" in f.path]
    assert len(feed) == MAX_FAILURES_PER_FILE + 1
    assert feed[0].reason == "invalid JSON at column 1: Expecting value"
    assert feed[-1].path == str(tmp_path / "feed.jsonl")
    assert feed[-1].reason == "9,980 more bad lines in this file, not listed one by one"
    items = [f for f in result.failures if "items.json" in f.path]
    assert len(items) == MAX_FAILURES_PER_FILE + 1
    assert items[-1].reason == "480 more bad items in this file, not listed one by one"
    assert loaded(result, tmp_path) == ["feed.jsonl#10001", "items.json#501"]


# 8. Files that change under the loader


def test_a_file_deleted_between_listing_and_reading_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    story_file(tmp_path)
    doomed = story_file(tmp_path, "doomed.txt")
    real_scandir = os.scandir

    class ListThenDelete:
        """The folder's listing, after which the file is deleted (by another process, say)."""

        def __init__(self, path: str) -> None:
            with real_scandir(path) as listing:
                self.entries = list(listing)
            doomed.unlink()

        def __enter__(self) -> list[os.DirEntry[str]]:
            return self.entries

        def __exit__(self, *exc: object) -> None:
            return None

    monkeypatch.setattr(os, "scandir", ListThenDelete)
    result = load_articles(tmp_path)
    assert reasons(result, tmp_path) == {"doomed.txt": "cannot read: No such file or directory"}
    assert loaded(result, tmp_path) == ["story.txt"]


def test_a_file_swapped_for_a_link_after_listing_is_not_followed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("Private notes that must never be read.", encoding="utf-8")
    news = tmp_path / "news"
    news.mkdir()
    story_file(news)
    swapped = story_file(news, "swapped.txt")
    real_scandir = os.scandir

    class ListThenSwap:
        def __init__(self, path: str) -> None:
            with real_scandir(path) as listing:
                self.entries = list(listing)
            swapped.unlink()
            swapped.symlink_to(secret)

        def __enter__(self) -> list[os.DirEntry[str]]:
            return self.entries

        def __exit__(self, *exc: object) -> None:
            return None

    monkeypatch.setattr(os, "scandir", ListThenSwap)
    result = load_articles(news)
    assert reasons(result, news) == {
        "swapped.txt": "became a symbolic link while loading: not followed"
    }
    assert all("Private" not in a.text for a in result.articles)
