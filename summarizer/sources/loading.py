"""Load a folder of news articles: the first pipeline stage.

The folder is walked recursively in a stable order (sorted relative paths), skipping hidden files
and folders. Each file is read by its suffix:

- `.txt`: the text as `open(path).read()` gives it (universal newlines, BOM dropped). A headline
  line and a date line near the top become the title and publication date.
- `.md`/`.markdown`: YAML-style front matter (`title`, `published` or `date`, `url`) is metadata,
  the rest is the text; without a front-matter title the first `# ` heading is the title.
- `.html`/`.htm`: trafilatura extracts the main text and the page's title, date and URL.
- `.json`: one object, or a list of objects; `.jsonl`: one object per line. An object gives its
  text in `text` or `body` (HTML there is extracted too), optionally `title`, `url` and
  `published` (or `date`). Each object is an article named `file.jsonl#N`.

Text is decoded by `decoding.decode`: a byte-order mark (UTF-8, -16, -32) decides, then UTF-8,
then charset-normalizer's guess among legacy encodings.

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

import datetime as dt
import errno
import json
import os
import re
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import frontmatter
import yaml

from ..errors import ArticleLoadError, NoArticlesError, UsageError
from ..models import Article, ArticleFailure
from ..text.dates import date_in_line, parse_published
from ..text.debris import is_debris_line, looks_like_headline
from .decoding import bom_encoding, decode, printable, printable_name

ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl"})
MAX_FILE_BYTES = 20 * 1024 * 1024
MIN_WORDS = 3
MAX_ARTICLE_CHARS = 200_000
"""Text kept per article (a long article, not a book: about 30,000 words); the rest is cut."""
MAX_HTML_BYTES = 4_000_000
"""Larger pages are refused: trafilatura needs about half a second per megabyte of text."""
MAX_HTML_TAGS = 15_000
"""Pages with more opening tags are refused: trafilatura takes up to 0.1 ms per element (a news
page has a few thousand)."""
MAX_HTML_ATTRIBUTES = 50_000
"""Pages with more attributes in all are refused: about 10 microseconds each in trafilatura."""
MAX_TAG_ATTRIBUTES = 200
"""A tag with more attributes makes the page refused: libxml2's duplicate-attribute check is
quadratic (100,000 attributes on one tag took minutes); real tags carry a few dozen at most."""
MAX_PARAGRAPH_TAGS = 500
"""A paragraph with more tags in it makes the page refused: trafilatura is quadratic in a
paragraph's children (10,000 spans in one took seconds); real ones have a handful."""
MAX_TITLE_CHARS = 300
MAX_URL_CHARS = 2_000
MAX_PUBLISHED_CHARS = 100
"""A longer `published` value is no date and is never handed to the date parser."""
MAX_FAILURES_PER_FILE = 20
"""Bad items listed one by one for a `.json` or `.jsonl` file; one more line counts the rest."""
_SUFFIX_LIST = ".txt, .md, .html, .json, .jsonl"
_HEAD_LINES = 12
_MAX_HEAD_LINE = 1_000
_MAX_REASON = 300
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", re.DOTALL)
# `[^<>]`, not `[^>]`: a body of a million unclosed '<p' would otherwise be scanned quadratically.
_LOOKS_LIKE_HTML = re.compile(r"<(?:p|div|br|article|span|h[1-6])\b[^<>]*>", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# A tag as an HTML tokenizer sees it (a quote after '=' holds a value that may contain '>'), or
# the start of a comment. Possessive quantifiers keep the scan linear however broken the markup.
_HTML_TAG = re.compile(
    rb"""<!--|<(/?)([A-Za-z][^\s/>"'=]*+)(?:[^>"'=]++|=\s*+"[^"]*+"|=\s*+'[^']*+'|[="'])*+"""
)
# Where what follows a tag is text, not markup: scripts, styles and comments are skipped.
_RAW_TEXT_END = {
    b"script": re.compile(rb"</script", re.IGNORECASE),
    b"style": re.compile(rb"</style", re.IGNORECASE),
}
# Start tags that end an open paragraph (HTML's parsing rules).
_ENDS_PARAGRAPH = frozenset(
    b"""address article aside blockquote center details dialog dd dir div dl dt fieldset
    figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li listing main menu nav ol
    p plaintext pre section summary table ul xmp""".split()
)
_HTML_ATTRIBUTE = re.compile(rb"""[^\s"'=/>]++(?:\s*+=\s*+(?:"[^"]*+"|'[^']*+'|[^\s>]*+))?""")
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s")
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_NONBLOCK", 0)  # a FIFO swapped in after the listing cannot block the open
)
_NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0)


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


@dataclass(frozen=True)
class _Parsed:
    path: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    truncated: bool = False


@dataclass(frozen=True)
class _Entry:
    """One name found under the folder: a file to read, or why it is reported unopened."""

    relative: str
    """Path below the folder, as found (the sort key); the path itself for a single file."""
    display: str
    path: str
    """What to open: the entry itself, or the target of a link inside the folder."""
    skip: str | None = None
    follow: bool = False
    """Open through a symbolic link: only the path given by the caller."""


def load_articles(path: str | os.PathLike[str]) -> LoadResult:
    """Read every article under `path` (a folder, or one file).

    Raises `UsageError` when the path does not exist and `NoArticlesError` when nothing under it
    could be read as an article; a file that fails is listed in `failures` and skipped.
    """
    given = os.fspath(path)
    if not os.path.exists(given):
        raise UsageError(f"{printable_name(given)}: no such file or folder")
    entries = _walk(given) if os.path.isdir(given) else [_given_file(given)]
    parsed: list[_Parsed] = []
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
            if isinstance(item, _Parsed):
                item = _long_enough(item)
            if isinstance(item, _Parsed):
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
    return LoadResult(articles=articles, failures=failures, ignored=ignored, truncated=truncated)


def _failure(path: str, reason: str) -> ArticleFailure:
    if len(reason) > _MAX_REASON:
        reason = reason[: _MAX_REASON - 1] + "\u2026"
    return ArticleFailure(path=printable_name(path), stage="load", reason=printable_name(reason))


def _long_enough(item: _Parsed) -> _Parsed | ArticleLoadError:
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
        return f"{given}: no article files ({_SUFFIX_LIST}) among {len(ignored)} files"
    return f"{given}: no article files ({_SUFFIX_LIST}) found"


# Walking: every name is classified from its own metadata (lstat) before anything is opened.


def _given_file(given: str) -> _Entry:
    """The one file the caller named: links are followed, special files still not opened."""
    display = printable_name(given)
    try:
        mode = os.stat(given).st_mode
    except OSError as error:
        return _Entry(given, display, given, skip=f"cannot read: {_strerror(error)}")
    if not stat.S_ISREG(mode):
        return _Entry(given, display, given, skip=_not_regular(mode))
    return _Entry(given, display, given, follow=True)


def _walk(given: str) -> list[_Entry]:
    """Every file and reported name under the folder `given`, sorted by relative path."""
    base = os.path.realpath(given)
    found: list[_Entry] = []
    folders = [""]
    while folders:
        relative_folder = folders.pop()
        folder = os.path.join(given, relative_folder) if relative_folder else given
        try:
            with os.scandir(folder) as listing:
                children = list(listing)
        except OSError as error:
            reason = f"cannot read the folder: {_strerror(error)}"
            found.append(_Entry(relative_folder, _display(given, relative_folder), folder, reason))
            continue
        for child in children:
            if child.name.startswith("."):
                continue
            relative = f"{relative_folder}/{child.name}" if relative_folder else child.name
            display = _display(given, relative)
            try:
                if child.is_dir(follow_symlinks=False):
                    folders.append(relative)
                else:
                    found.append(_classify(child, relative, display, base))
            except OSError as error:  # gone, or unreadable metadata, since the listing
                found.append(
                    _Entry(relative, display, child.path, f"cannot read: {_strerror(error)}")
                )
    return sorted(found, key=lambda entry: entry.relative)


_OUTSIDE_FILE = "symbolic link to a file outside the folder: not followed"


def _classify(child: os.DirEntry[str], relative: str, display: str, base: str) -> _Entry:
    if child.is_file(follow_symlinks=False):
        return _Entry(relative, display, child.path)
    if not child.is_symlink():
        return _Entry(
            relative, display, child.path, _not_regular(child.stat(follow_symlinks=False).st_mode)
        )
    target = os.path.realpath(child.path)
    inside = target == base or target.startswith(base.rstrip(os.sep) + os.sep)
    try:
        mode = os.stat(target).st_mode
    except OSError as error:
        reason = f"cannot read: {_strerror(error)}" if inside else _OUTSIDE_FILE
        return _Entry(relative, display, child.path, reason)
    if stat.S_ISDIR(mode):
        where = "inside" if inside else "outside"
        return _Entry(
            relative,
            display,
            child.path,
            f"symbolic link to a folder {where} the folder: not walked",
        )
    if not inside:
        return _Entry(relative, display, child.path, _OUTSIDE_FILE)
    if not stat.S_ISREG(mode):
        return _Entry(
            relative, display, child.path, f"symbolic link to a {_kind(mode)}: not opened"
        )
    return _Entry(relative, display, target)  # read through the target, itself no link


def _not_regular(mode: int) -> str:
    return f"not a regular file ({_kind(mode)}): not opened"


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "named pipe"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    return "special file"


def _display(given: str, relative: str) -> str:
    return printable_name(os.path.join(given, relative) if relative else given)


def _strerror(error: OSError) -> str:
    return error.strerror or str(error)


# Reading one file.


def _items(entry: _Entry) -> Iterator[_Parsed | ArticleLoadError]:
    """Everything one file yields; whatever goes wrong ends that file, never the run."""
    try:
        yield from _read_file(entry)
    except ArticleLoadError as error:
        yield error
    except Exception as error:  # a library's surprise on hostile input, or a bug: one file fails
        yield ArticleLoadError(entry.display, _unexpected(error))


def _unexpected(error: BaseException) -> str:
    return f"unexpected error while reading ({type(error).__name__}: {error})"


def _read_bytes(entry: _Entry) -> bytes:
    """The file's bytes, opened without following a link (unless the caller named one) and
    checked to be a regular file on the open descriptor: a name swapped after the listing for
    a link or a FIFO is refused, not followed or waited on."""
    flags = _OPEN_FLAGS if entry.follow else _OPEN_FLAGS | _NO_FOLLOW
    try:
        with open(os.open(entry.path, flags), "rb") as file:
            info = os.fstat(file.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise ArticleLoadError(entry.display, _not_regular(info.st_mode))
            # Sized to the file: a read of MAX_FILE_BYTES would allocate that much each time.
            wanted = info.st_size or MAX_FILE_BYTES  # some special file systems report 0
            data = file.read(wanted + 1) if info.st_size <= MAX_FILE_BYTES else b""
    except OSError as error:
        if error.errno == errno.ELOOP and not entry.follow:
            reason = "became a symbolic link while loading: not followed"
        else:
            reason = f"cannot read: {_strerror(error)}"
        raise ArticleLoadError(entry.display, reason) from error
    size = max(info.st_size, len(data))
    if size > MAX_FILE_BYTES:
        raise ArticleLoadError(
            entry.display, f"too large ({size:,} bytes; the limit is {MAX_FILE_BYTES:,})"
        )
    return data


def _read_file(entry: _Entry) -> Iterator[_Parsed | ArticleLoadError]:
    display = entry.display
    data = _read_bytes(entry)
    if not data.strip():
        raise ArticleLoadError(display, "empty file")
    wide = bom_encoding(data) in ("utf-16", "utf-32")  # NUL bytes are text in these
    if not wide and b"\x00" in data[:8192]:
        raise ArticleLoadError(display, "binary file (contains NUL bytes), not text")
    suffix = Path(entry.relative).suffix.lower()
    if suffix in (".html", ".htm"):  # trafilatura decodes the rest itself (meta charset)
        yield _from_html(display, _decode(display, data) if wide else data)
        return
    text = _decode(display, data)
    if suffix in (".md", ".markdown"):
        yield _from_markdown(display, text)
    elif suffix == ".json":
        yield from _from_json(display, text)
    elif suffix == ".jsonl":
        yield from _from_jsonl(display, text)
    else:
        yield _from_plain_text(display, text)


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


def _from_plain_text(display: str, text: str) -> _Parsed:
    lines = text.split("\n", _HEAD_LINES * 3)[: _HEAD_LINES * 3]
    head = [line.strip() for line in lines if line.strip()][:_HEAD_LINES]
    # A line of a thousand characters is prose: not worth a debris check, never a headline.
    first = next((s for s in head if len(s) > _MAX_HEAD_LINE or not is_debris_line(s)), "")
    title = first if looks_like_headline(first) else None
    found = next((d for line in head if (d := date_in_line(line)) is not None), None)
    published = found.isoformat() if found else None
    return _Parsed(path=display, text=text, title=title, published=published)


def _from_markdown(display: str, text: str) -> _Parsed:
    meta: dict[str, str] = {}
    match = _FRONT_MATTER.match(text)
    if match:
        meta = _front_matter(match.group(1))
        text = text[match.end() :].lstrip("\n")
    if not text.strip():
        raise ArticleLoadError(display, "no article text after the front matter")
    title = meta.get("title") or next(
        (line[2:].strip() for line in text.splitlines() if line.startswith("# ")), None
    )
    return _Parsed(
        path=display,
        text=text,
        title=title,
        url=meta.get("url") or meta.get("link"),
        published=meta.get("published") or meta.get("date"),
    )


def _front_matter(block: str) -> dict[str, str]:
    """The front matter's plain fields (strings, numbers, dates), keys lower-cased, read as YAML
    by python-frontmatter; front matter that is not valid YAML ('title: Breaking: ship aground')
    is read as one `key: value` per line instead of losing the article's metadata."""
    fields: dict[str, object] = {}
    try:
        fields = dict(frontmatter.loads(f"---\n{block}---\n").metadata)
    except yaml.YAMLError:
        for line in block.splitlines():
            name, sep, text = line.partition(":")
            if sep and name.strip():
                fields[name.strip()] = text.strip().strip("\"'")
    meta: dict[str, str] = {}
    for key, value in fields.items():
        if isinstance(value, dt.date):  # a datetime is a date too
            meta[str(key).lower()] = value.isoformat()
        elif isinstance(value, str | int | float) and not isinstance(value, bool):
            meta[str(key).lower()] = str(value)  # lists, mappings and aliases are not fields
    return meta


def _from_html(display: str, data: bytes | str) -> _Parsed:
    problem = _markup_problem(data)
    if problem is not None:
        raise ArticleLoadError(display, problem)
    import trafilatura  # loaded on the first HTML file: it is the heaviest import here

    document = trafilatura.bare_extraction(
        data,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
    )
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        raise ArticleLoadError(display, "no article text found in the HTML")
    return _Parsed(
        path=display,
        text=text,
        title=getattr(document, "title", None) or None,
        url=getattr(document, "url", None) or None,
        published=getattr(document, "date", None) or None,
    )


def _markup_problem(html: bytes | str) -> str | None:
    """Why trafilatura must not see this HTML (it would take too long), or None.

    One linear scan of the tags, counting them, their attributes, and the tags in each
    paragraph; the limits are the `MAX_HTML_*`, `MAX_TAG_ATTRIBUTES` and `MAX_PARAGRAPH_TAGS`."""
    data = html.encode("utf-8", errors="replace") if isinstance(html, str) else html
    if len(data) > MAX_HTML_BYTES:
        return f"HTML too large to extract ({len(data):,} bytes; the limit is {MAX_HTML_BYTES:,})"
    tags = attributes = position = 0
    in_paragraph: int | None = None  # tags inside the open paragraph; None outside one
    while (tag := _HTML_TAG.search(data, position)) is not None:
        start, position = tag.span()
        if tag.group(2) is None:  # a comment
            close = data.find(b"-->", position)
            position = close + 3 if close >= 0 else len(data)
            continue
        closing, name = tag.group(1), tag.group(2).lower()
        if closing:
            if name == b"p":
                in_paragraph = None
            continue
        tags += 1
        if tags > MAX_HTML_TAGS:
            return f"too much markup to extract (more than {MAX_HTML_TAGS:,} tags)"
        on_tag = len(_HTML_ATTRIBUTE.findall(data, start + 1, position)) - 1  # less the name
        if on_tag > MAX_TAG_ATTRIBUTES:
            return f"markup too complex to extract (a tag with {on_tag:,} attributes)"
        attributes += on_tag
        if attributes > MAX_HTML_ATTRIBUTES:
            return f"too much markup to extract (more than {MAX_HTML_ATTRIBUTES:,} attributes)"
        if name in _ENDS_PARAGRAPH:
            in_paragraph = 0 if name == b"p" else None
        elif in_paragraph is not None:
            in_paragraph += 1
            if in_paragraph > MAX_PARAGRAPH_TAGS:
                return (
                    f"markup too complex to extract (a paragraph of more than "
                    f"{MAX_PARAGRAPH_TAGS:,} tags)"
                )
        if name in _RAW_TEXT_END:
            end = _RAW_TEXT_END[name].search(data, position)
            position = end.start() if end is not None else len(data)
    return None


def _from_json(display: str, text: str) -> Iterator[_Parsed | ArticleLoadError]:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise ArticleLoadError(
            display, f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        ) from error
    except (RecursionError, ValueError) as error:
        raise ArticleLoadError(display, _json_limit(error)) from error
    if isinstance(document, dict):
        yield _guarded(display, document)
    elif isinstance(document, list):
        if not document:
            raise ArticleLoadError(display, "empty JSON list: no article in it")
        for number, item in enumerate(document, start=1):
            yield _guarded(f"{display}#{number}", item)
    else:
        raise ArticleLoadError(display, "JSON must be an object or a list of objects")


def _from_jsonl(display: str, text: str) -> Iterator[_Parsed | ArticleLoadError]:
    seen = False
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        seen = True
        name = f"{display}#{number}"
        try:
            document = json.loads(line)
        except json.JSONDecodeError as error:
            yield ArticleLoadError(name, f"invalid JSON at column {error.colno}: {error.msg}")
        except (RecursionError, ValueError) as error:
            yield ArticleLoadError(name, _json_limit(error))
        except Exception as error:
            yield ArticleLoadError(name, _unexpected(error))
        else:
            yield _guarded(name, document)
    if not seen:
        raise ArticleLoadError(display, "empty file")


def _json_limit(error: RecursionError | ValueError) -> str:
    """The reason for a JSON document Python's parser gives up on: nesting beyond the recursion
    limit, or an integer beyond `sys.get_int_max_str_digits()` (4,300 digits by default)."""
    if isinstance(error, RecursionError):
        return "JSON nested too deeply to read (about 1,000 levels or more)"
    if "integer string conversion" in str(error):
        return f"JSON holds a number of more than {sys.get_int_max_str_digits():,} digits"
    return f"cannot read the JSON: {str(error).partition(';')[0]}"


def _guarded(name: str, item: Any) -> _Parsed | ArticleLoadError:
    try:
        return _from_object(name, item)
    except ArticleLoadError as error:
        return error
    except Exception as error:  # e.g. trafilatura on a hostile HTML body: this item fails
        return ArticleLoadError(name, _unexpected(error))


def _from_object(name: str, item: Any) -> _Parsed:
    if not isinstance(item, dict):
        raise ArticleLoadError(name, "expected a JSON object with 'text' or 'body'")
    body = item.get("text") or item.get("body")
    if not isinstance(body, str) or not body.strip():
        raise ArticleLoadError(name, "no 'text' or 'body' string in the object")
    body = printable(body)  # no lone surrogate from a JSON escape reaches trafilatura
    parsed = _from_html(name, body) if _LOOKS_LIKE_HTML.search(body) else None
    return _Parsed(
        path=name,
        text=parsed.text if parsed else body,
        title=_string(item.get("title")) or (parsed.title if parsed else None),
        url=_string(item.get("url")),
        published=_string(item.get("published") or item.get("date")),
    )


def _string(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


# Bounds and clean-up, applied to every article whatever its format.


def _bounded(item: _Parsed) -> _Parsed:
    """`item` with its text cut to `MAX_ARTICLE_CHARS` and its metadata capped and printable."""
    cut = _cut(item.text, MAX_ARTICLE_CHARS) if len(item.text) > MAX_ARTICLE_CHARS else item.text
    text, title = printable(cut), _title(item.title)
    url, published = _url(item.url), _capped_published(item.published)
    if (text, title, url, published) == (item.text, item.title, item.url, item.published):
        return item  # the common case, kept cheap
    truncated = len(cut) < len(item.text)
    return _Parsed(item.path, text, title, url, published, truncated=truncated)


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
