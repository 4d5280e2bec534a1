"""Load a folder of news articles: the first pipeline stage.

The folder is walked recursively in a stable order (sorted relative paths), skipping hidden files
and folders. Each file is read by its suffix:

- `.txt`: the text as `open(path).read()` gives it (universal newlines, BOM dropped). A headline
  line and a date line near the top become the title and publication date.
- Any article still without a date takes its wire dateline's ('OSLO, Nov 28 (Reuters) - ',
  'Nov 28, 2025 (Reuters) - '), the year, when not written, from the other articles' dates
  (`_dated_by_datelines`).
- `.md`/`.markdown`: YAML-style front matter (`title`, `published` or `date`, `url`) is metadata,
  the rest is the text; without a front-matter title the first `# ` heading is the title.
- `.html`/`.htm`: trafilatura extracts the main text and the page's title, date and URL. So
  does any other text file that opens as an HTML document does (`<!DOCTYPE html`, `<html`): a
  page saved as `story.txt`.
- `.json`: one object, or a list of objects; `.jsonl`: one object per line. An object gives its
  text in `text` or `body` (HTML there is extracted too), optionally `title`, `url` and
  `published` (or `date`). Each object is an article named `file.jsonl#N`.

Text is decoded by `decoding.decode`: a byte-order mark (UTF-8, -16, -32) decides, then UTF-8,
then charset-normalizer's guess among legacy encodings. HTML character references that a
text, Markdown or JSON scrape kept ('pr&#233;cis', '&amp;') become their characters.

A file that is empty, binary, undecodable or unreadable is reported by name with the reason and
skipped; the others still load. Source ids are 1-based, in load order. The folder may be hostile
(a downloaded archive), so nothing in it can end the run or stall it:

- Only regular files are opened. Devices, FIFOs and sockets are reported and never opened, links
  to folders are reported and not walked, links to files outside the folder are reported and not
  followed. A link to a regular file inside the folder is read under the link's name.
- A folder that cannot be listed, a file that vanishes before it is read, JSON nested too deeply
  or holding a number of more than 4,300 digits, and any unexpected error while parsing one file
  fail that file (or that JSON line) alone.
- Paths, titles and texts are valid, printable text: file-name bytes that are not UTF-8, lone
  surrogates from JSON escapes and control characters become U+FFFD.
- Work is bounded: `MAX_FILE_BYTES` per file; HTML beyond `MAX_HTML_BYTES`, `MAX_HTML_TAGS`,
  `MAX_HTML_ATTRIBUTES`, `MAX_TAG_ATTRIBUTES` or `MAX_PARAGRAPH_TAGS` is refused before
  trafilatura sees it (a linear scan of its tags finds out); titles, URLs and dates are capped
  before they are parsed; an article keeps at most `MAX_ARTICLE_CHARS` of text, cut at a
  paragraph or sentence end (a prefix, so offsets stay true) and listed in `truncated`.
- A JSON file with many bad items lists the first `MAX_FAILURES_PER_FILE` and one line counting
  the rest.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ArticleLoadError, NoArticlesError, UsageError
from ..models import Article, ArticleFailure
from ..text.dates import dateline_day, day_near, numeric_date_readings, one_near, parse_published
from .decoding import bom_encoding, decode, printable, printable_name, with_lines_unwrapped
from .files import ARTICLE_SUFFIXES, SUFFIX_LIST, Entry, given_file, read_bytes, walk
from .formats import (
    Parsed,
    from_html,
    from_json,
    from_jsonl,
    from_markdown,
    from_plain_text,
    unexpected,
)

MIN_WORDS = 3
MAX_ARTICLE_CHARS = 200_000
"""Text kept per article (a long article, not a book: about 30,000 words); the rest is cut."""
MAX_TITLE_CHARS = 300
MAX_URL_CHARS = 2_000
MAX_PUBLISHED_CHARS = 100
"""A longer `published` value is no date and is never handed to the date parser."""
MAX_FAILURES_PER_FILE = 20
"""Bad items listed one by one for a `.json` or `.jsonl` file; one more line counts the rest."""
_MAX_REASON = 300
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s")


@dataclass(frozen=True)
class LoadResult:
    """The articles read from a folder, and the files that could not be read."""

    articles: list[Article]
    failures: list[ArticleFailure] = field(default_factory=list)
    """Files and JSON items that gave no article, and why; also links, special files and folders
    that were not read. A file with more than `MAX_FAILURES_PER_FILE` bad items lists that many,
    then one line (the file's own path) counting the rest."""
    ignored: list[str] = field(default_factory=list)
    """Files skipped because their type is not an article type (e.g. `.pdf`)."""
    truncated: list[str] = field(default_factory=list)
    """Articles (by path) longer than `MAX_ARTICLE_CHARS`: only their start was kept."""


def load_articles(path: str | os.PathLike[str]) -> LoadResult:
    """Read every article under `path` (a folder, or one file).

    Raises `UsageError` when the path does not exist and `NoArticlesError` when nothing under it
    could be read as an article; a file that fails is listed in `failures` and skipped.
    """
    given = os.fspath(path)
    if not os.path.exists(given):
        raise UsageError(f"{printable_name(given)}: no such file or folder")
    entries = walk(given) if os.path.isdir(given) else [given_file(given)]
    parsed: list[Parsed] = []
    failures: list[ArticleFailure] = []
    ignored: list[str] = []
    for entry in entries:
        if entry.skip is not None:
            failures.append(_failure(entry.display, entry.skip))
            continue
        if Path(entry.relative).suffix.lower() not in ARTICLE_SUFFIXES:
            ignored.append(entry.display)
            continue
        listed = unlisted = 0
        for item in _items(entry):
            if isinstance(item, Parsed):
                item = _long_enough(item)
            if isinstance(item, Parsed):
                parsed.append(_bounded(item))
            elif listed < MAX_FAILURES_PER_FILE:
                failures.append(_failure(item.path, item.reason))
                listed += 1
            else:
                unlisted += 1
        if unlisted:
            kind = "lines" if entry.relative.lower().endswith(".jsonl") else "items"
            reason = f"{unlisted:,} more bad {kind} in this file, not listed one by one"
            failures.append(_failure(entry.display, reason))
    if not parsed:
        raise NoArticlesError(_nothing_loaded_message(printable_name(given), failures, ignored))
    articles = [
        Article(
            id=number,
            path=item.path,
            title=item.title,
            url=item.url,
            published=_published(item.published),
            text=item.text,
        )
        for number, item in enumerate(parsed, start=1)
    ]
    truncated = [item.path for item in parsed if item.truncated]
    articles = _dated_by_datelines(articles)
    return LoadResult(articles=articles, failures=failures, ignored=ignored, truncated=truncated)


def _dated_by_datelines(articles: list[Article]) -> list[Article]:
    """Articles with no date of their own dated by their wire dateline: 'OSLO, Nov 28, 2025
    (Reuters) - …' as written; 'OSLO, Nov 28 (Reuters) - …', which wires print without the
    year, in the one year that puts it within a week of another article's date (the folder
    tells one story). So is a numeric date line that could be read day first or month first
    ('Updated 4/11/2007 1:26 PM'): the one reading within a week of another article's date.
    Never a guess: no dated article near it, or both readings near one, no date."""
    dated = [a.published for a in articles if a.published]
    found = []
    for article in articles:
        day = dateline_day(article.text) if article.published is None else None
        published = None
        if day is None and article.published is None and dated:
            readings = numeric_date_readings(article.text)
            published = one_near(readings, dated) if readings else None
        elif day is not None:
            month, number, year = day
            if year is not None:
                with contextlib.suppress(ValueError):
                    published = dt.date(year, month, number)
            else:
                published = day_near(month, number, dated)
        found.append(article.model_copy(update={"published": published}) if published else article)
    return found


def _failure(path: str, reason: str) -> ArticleFailure:
    if len(reason) > _MAX_REASON:
        reason = reason[: _MAX_REASON - 1] + "\u2026"
    return ArticleFailure(path=printable_name(path), stage="load", reason=printable_name(reason))


def _long_enough(item: Parsed) -> Parsed | ArticleLoadError:
    words = len(item.text.split())
    if words < MIN_WORDS:
        noun = "word" if words == 1 else "words"
        return ArticleLoadError(item.path, f"too short to be an article ({words} {noun})")
    return item


def _nothing_loaded_message(given: str, failures: list[ArticleFailure], ignored: list[str]) -> str:
    if failures:
        first = failures[0]
        more = f" (and {len(failures) - 1} more)" if len(failures) > 1 else ""
        return f"{given}: no article could be read; {first.path}: {first.reason}{more}"
    if ignored:
        return f"{given}: no article files ({SUFFIX_LIST}) among {len(ignored)} files"
    return f"{given}: no article files ({SUFFIX_LIST}) found"


# Walking: every name is classified from its own metadata (lstat) before anything is opened.


# Reading one file.


def _items(entry: Entry) -> Iterator[Parsed | ArticleLoadError]:
    """Everything one file yields; whatever goes wrong ends that file, never the run."""
    try:
        yield from _read_file(entry)
    except ArticleLoadError as error:
        yield error
    except Exception as error:  # a library's surprise on hostile input, or a bug: one file fails
        yield ArticleLoadError(entry.display, unexpected(error))


def _read_file(entry: Entry) -> Iterator[Parsed | ArticleLoadError]:
    display = entry.display
    data = read_bytes(entry)
    if not data.strip():
        raise ArticleLoadError(display, "empty file")
    wide = bom_encoding(data) in ("utf-16", "utf-32")  # NUL bytes are text in these
    if not wide and b"\x00" in data[:8192]:
        raise ArticleLoadError(display, "binary file (contains NUL bytes), not text")
    suffix = Path(entry.relative).suffix.lower()
    if suffix in (".html", ".htm"):  # trafilatura decodes the rest itself (meta charset)
        yield from_html(display, _decode(display, data) if wide else data)
        return
    text = _decode(display, data)
    if suffix in (".md", ".markdown"):
        yield from_markdown(display, text)
    elif suffix == ".json":
        yield from from_json(display, text)
    elif suffix == ".jsonl":
        yield from from_jsonl(display, text)
    elif _A_WEB_PAGE.match(text):  # a page saved as text ('curl URL > story.txt')
        yield from_html(display, text)
    else:
        yield from_plain_text(display, text)


_A_WEB_PAGE = re.compile(
    r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.IGNORECASE | re.DOTALL
)
"""A file whose text opens as an HTML document does: read as the page it is, whatever its
suffix says."""


def _decode(display: str, data: bytes) -> str:
    text = decode(data)
    if text is None:
        raise ArticleLoadError(
            display, "cannot decode: not UTF-8, Windows-1252 or another known encoding"
        )
    if len(_CONTROL.findall(text)) > max(2, len(text) // 100):
        raise ArticleLoadError(display, "binary file (control characters), not text")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ArticleLoadError(display, "empty file")
    return text


# Bounds and clean-up, applied to every article whatever its format.


def _bounded(item: Parsed) -> Parsed:
    """`item` with its text cut to `MAX_ARTICLE_CHARS` and its metadata capped and printable."""
    cut = _cut(item.text, MAX_ARTICLE_CHARS) if len(item.text) > MAX_ARTICLE_CHARS else item.text
    text, title = with_lines_unwrapped(printable(cut)), _title(item.title)
    url, published = _url(item.url), _capped_published(item.published)
    if (text, title, url, published) == (item.text, item.title, item.url, item.published):
        return item  # the common case, kept cheap
    truncated = len(cut) < len(item.text)
    return Parsed(item.path, text, title, url, published, truncated=truncated)


def _cut(text: str, limit: int) -> str:
    """A prefix of `text` of at most `limit` characters, ending at the last paragraph, line,
    sentence or word end in its second half (hard at `limit` if there is none)."""
    window = text[:limit]
    floor = limit // 2
    for boundary in ("\n\n", "\n"):
        at = window.rfind(boundary, floor)
        if at >= 0:
            return window[:at].rstrip()
    ends = [match.end() for match in _SENTENCE_END.finditer(window, floor)]
    if ends:
        return window[: ends[-1]].rstrip()
    at = max(window.rfind(" ", floor), window.rfind("\t", floor))
    return window[:at].rstrip() if at >= 0 else window


def _title(value: str | None) -> str | None:
    if value is None:
        return None
    title = " ".join(value[: 4 * MAX_TITLE_CHARS].split())  # bounded before it is worked on
    if len(title) > MAX_TITLE_CHARS:
        cut = title.rfind(" ", MAX_TITLE_CHARS // 2, MAX_TITLE_CHARS)
        title = title[: cut if cut >= 0 else MAX_TITLE_CHARS - 1].rstrip() + "\u2026"
    return printable_name(title) or None


def _url(value: str | None) -> str | None:
    """The URL, or None when it is too long to be one or holds spaces or control characters."""
    if value is None or len(value) > MAX_URL_CHARS:
        return None
    url = printable_name(value.strip())
    if not url or any(c.isspace() or c == "\ufffd" for c in url):
        return None
    return url


def _capped_published(value: str | None) -> str | None:
    if value is None or len(value) > MAX_PUBLISHED_CHARS:
        return None
    return value


def _published(value: str | None) -> dt.date | None:
    """The publication date, or None: a date parser's surprise costs the date, not the run."""
    if not value:
        return None
    try:
        return parse_published(value)
    except Exception:
        return None
