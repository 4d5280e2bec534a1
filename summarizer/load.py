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

A file that is empty, binary, undecodable or unreadable is reported by name with the reason and
skipped; the others still load. Source ids are 1-based, in load order.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .dates import date_in_line, parse_published
from .debris import is_debris_line, looks_like_headline
from .errors import ArticleLoadError, NoArticlesError, UsageError
from .models import Article, ArticleFailure

ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl"})
MAX_FILE_BYTES = 20 * 1024 * 1024
MIN_WORDS = 3
_SUFFIX_LIST = ".txt, .md, .html, .json, .jsonl"
_HEAD_LINES = 12
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", re.DOTALL)
_LOOKS_LIKE_HTML = re.compile(r"<(?:p|div|br|article|span|h[1-6])\b[^>]*>", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class LoadResult:
    """The articles read from a folder, and the files that could not be read."""

    articles: list[Article]
    failures: list[ArticleFailure] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    """Files skipped because their type is not an article type (e.g. `.pdf`)."""


@dataclass(frozen=True)
class _Parsed:
    path: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None


def load_articles(path: str | os.PathLike[str]) -> LoadResult:
    """Read every article under `path` (a folder, or one file).

    Raises `UsageError` when the path does not exist and `NoArticlesError` when nothing under it
    could be read as an article; a file that fails is listed in `failures` and skipped.
    """
    given = os.fspath(path)
    root = Path(given)
    if not root.exists():
        raise UsageError(f"{given}: no such file or folder")
    files = [(given, root)] if root.is_file() else list(_walk(given, root))
    parsed: list[_Parsed] = []
    failures: list[ArticleFailure] = []
    ignored: list[str] = []
    for display, file in files:
        if file.suffix.lower() not in ARTICLE_SUFFIXES:
            ignored.append(display)
            continue
        try:
            items = _read_file(display, file)
        except ArticleLoadError as error:  # the whole file failed
            items = [error]
        for item in items:
            if isinstance(item, _Parsed):
                item = _long_enough(item)
            if isinstance(item, ArticleLoadError):
                failures.append(ArticleFailure(path=item.path, stage="load", reason=item.reason))
            else:
                parsed.append(item)
    if not parsed:
        raise NoArticlesError(_nothing_loaded_message(given, failures, ignored))
    articles = [
        Article(
            id=number,
            path=item.path,
            title=item.title,
            url=item.url,
            published=parse_published(item.published) if item.published else None,
            text=item.text,
        )
        for number, item in enumerate(parsed, start=1)
    ]
    return LoadResult(articles=articles, failures=failures, ignored=ignored)


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


def _walk(given: str, root: Path) -> Iterator[tuple[str, Path]]:
    found: list[tuple[str, Path]] = []
    for directory, subdirs, names in os.walk(root):
        subdirs[:] = [d for d in subdirs if not d.startswith(".")]
        for name in names:
            if name.startswith("."):
                continue
            file = Path(directory) / name
            relative = file.relative_to(root).as_posix()
            found.append((relative, file))
    for relative, file in sorted(found):
        yield os.path.join(given, relative), file


def _read_file(display: str, file: Path) -> list[_Parsed | ArticleLoadError]:
    try:
        size = file.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ArticleLoadError(
                display, f"too large ({size:,} bytes; the limit is {MAX_FILE_BYTES:,})"
            )
        data = file.read_bytes()
    except OSError as error:
        raise ArticleLoadError(display, f"cannot read: {error.strerror or error}") from error
    if not data.strip():
        raise ArticleLoadError(display, "empty file")
    if b"\x00" in data[:8192]:
        raise ArticleLoadError(display, "binary file (contains NUL bytes), not text")
    suffix = file.suffix.lower()
    if suffix in (".html", ".htm"):
        return [_from_html(display, data)]
    text = _decode(display, data)
    if suffix in (".md", ".markdown"):
        return [_from_markdown(display, text)]
    if suffix == ".json":
        return _from_json(display, text)
    if suffix == ".jsonl":
        return _from_jsonl(display, text)
    return [_from_plain_text(display, text)]


def _decode(display: str, data: bytes) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            import charset_normalizer

            best = charset_normalizer.from_bytes(data).best()
            if best is None:
                raise ArticleLoadError(
                    display, "cannot decode: not UTF-8, Windows-1252 or another known encoding"
                ) from None
            text = str(best)
    if len(_CONTROL.findall(text)) > max(2, len(text) // 100):
        raise ArticleLoadError(display, "binary file (control characters), not text")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ArticleLoadError(display, "empty file")
    return text


def _from_plain_text(display: str, text: str) -> _Parsed:
    head = [line.strip() for line in text.split("\n")[: _HEAD_LINES * 3] if line.strip()][
        :_HEAD_LINES
    ]
    first = next((line for line in head if not is_debris_line(line)), "")
    title = first if looks_like_headline(first) else None
    found = next((d for line in head if (d := date_in_line(line)) is not None), None)
    published = found.isoformat() if found else None
    return _Parsed(path=display, text=text, title=title, published=published)


def _from_markdown(display: str, text: str) -> _Parsed:
    meta: dict[str, str] = {}
    match = _FRONT_MATTER.match(text)
    if match:
        for line in match.group(1).splitlines():
            key, sep, value = line.partition(":")
            if sep and key.strip():
                meta[key.strip().lower()] = value.strip().strip("\"'")
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


def _from_html(display: str, data: bytes | str) -> _Parsed:
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


def _from_json(display: str, text: str) -> list[_Parsed | ArticleLoadError]:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise ArticleLoadError(
            display, f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        ) from error
    if isinstance(document, dict):
        return [_from_object(display, document)]
    if isinstance(document, list):
        return [_guarded(f"{display}#{n}", item) for n, item in enumerate(document, start=1)]
    raise ArticleLoadError(display, "JSON must be an object or a list of objects")


def _from_jsonl(display: str, text: str) -> list[_Parsed | ArticleLoadError]:
    items: list[_Parsed | ArticleLoadError] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        name = f"{display}#{number}"
        try:
            items.append(_guarded(name, json.loads(line)))
        except json.JSONDecodeError as error:
            items.append(
                ArticleLoadError(name, f"invalid JSON at column {error.colno}: {error.msg}")
            )
    if not items:
        raise ArticleLoadError(display, "empty file")
    return items


def _guarded(name: str, item: Any) -> _Parsed | ArticleLoadError:
    try:
        return _from_object(name, item)
    except ArticleLoadError as error:
        return error


def _from_object(name: str, item: Any) -> _Parsed:
    if not isinstance(item, dict):
        raise ArticleLoadError(name, "expected a JSON object with 'text' or 'body'")
    body = item.get("text") or item.get("body")
    if not isinstance(body, str) or not body.strip():
        raise ArticleLoadError(name, "no 'text' or 'body' string in the object")
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
