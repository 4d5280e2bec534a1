"""Each format's article fields: plain text (headline and date from its first lines), Markdown
(YAML front matter), HTML (main text by trafilatura, bounded before it is parsed), JSON and
JSON Lines (objects with text or body).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import frontmatter
import yaml

from ..errors import ArticleLoadError
from ..text.dates import publication_date
from ..text.debris import is_debris_line, looks_like_headline
from .decoding import printable, with_references_resolved

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


_HEAD_LINES = 12


_MAX_HEAD_LINE = 1_000


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", re.DOTALL)


# `[^<>]`, not `[^>]`: a body of a million unclosed '<p' would otherwise be scanned quadratically.
_LOOKS_LIKE_HTML = re.compile(r"<(?:p|div|br|article|span|h[1-6])\b[^<>]*>", re.IGNORECASE)


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


@dataclass(frozen=True)
class Parsed:
    path: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    truncated: bool = False


def from_plain_text(display: str, text: str) -> Parsed:
    text = with_references_resolved(text)
    lines = text.split("\n", _HEAD_LINES * 3)[: _HEAD_LINES * 3]
    head = [line.strip() for line in lines if line.strip()][:_HEAD_LINES]
    # A line of a thousand characters is prose: not worth a debris check, never a headline.
    first = next((s for s in head if len(s) > _MAX_HEAD_LINE or not is_debris_line(s)), "")
    title = first if looks_like_headline(first) else None
    found = publication_date(head)
    published = found.isoformat() if found else None
    return Parsed(path=display, text=text, title=title, published=published)


def from_markdown(display: str, text: str) -> Parsed:
    meta: dict[str, str] = {}
    match = _FRONT_MATTER.match(text)
    if match:
        meta = _front_matter(match.group(1))
        text = text[match.end() :].lstrip("\n")
    text = with_references_resolved(text)
    if not text.strip():
        raise ArticleLoadError(display, "no article text after the front matter")
    title = meta.get("title") or next(
        (line[2:].strip() for line in text.splitlines() if line.startswith("# ")), None
    )
    return Parsed(
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
    except (yaml.YAMLError, RecursionError, ValueError):  # not YAML, or hostile YAML
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


def from_html(display: str, data: bytes | str) -> Parsed:
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
    return Parsed(
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


def from_json(display: str, text: str) -> Iterator[Parsed | ArticleLoadError]:
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


def from_jsonl(display: str, text: str) -> Iterator[Parsed | ArticleLoadError]:
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
            yield ArticleLoadError(name, unexpected(error))
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


def _guarded(name: str, item: Any) -> Parsed | ArticleLoadError:
    try:
        return _from_object(name, item)
    except ArticleLoadError as error:
        return error
    except Exception as error:  # e.g. trafilatura on a hostile HTML body: this item fails
        return ArticleLoadError(name, unexpected(error))


def _from_object(name: str, item: Any) -> Parsed:
    if not isinstance(item, dict):
        raise ArticleLoadError(name, "expected a JSON object with 'text' or 'body'")
    body = item.get("text") or item.get("body")
    if not isinstance(body, str) or not body.strip():
        raise ArticleLoadError(name, "no 'text' or 'body' string in the object")
    body = printable(body)  # no lone surrogate from a JSON escape reaches trafilatura
    parsed = from_html(name, body) if _LOOKS_LIKE_HTML.search(body) else None
    return Parsed(
        path=name,
        text=parsed.text if parsed else with_references_resolved(body),
        title=_string(item.get("title")) or (parsed.title if parsed else None),
        url=_string(item.get("url")),
        published=_string(item.get("published") or item.get("date")),
    )


def _string(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def unexpected(error: BaseException) -> str:
    return f"unexpected error while reading ({type(error).__name__}: {error})"
