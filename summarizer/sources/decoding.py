"""Bytes to text for the loader, and strings that are safe to keep, serialise and print.

`decode` reads a file's bytes the way they were most likely written:

1. A byte-order mark decides: UTF-8, UTF-16 or UTF-32, either byte order.
2. Strict UTF-8: the fast path, and what nearly every file is.
3. UTF-8 with a few stray bytes (a Windows quote pasted in) stays UTF-8, each stray byte shown as
   U+FFFD: a legacy guess would garble every other non-ASCII letter instead.
4. charset-normalizer picks the legacy encoding whose text reads best (cp1251 Cyrillic, Latin-1,
   Shift-JIS, ...); Windows-1252 is the last resort.

`with_references_resolved` turns the HTML character references a scraped text file keeps
('pr&#233;cis', '&amp;') into the characters they stand for.

`printable` and `printable_name` replace what must not reach JSON or a terminal (lone
surrogates, from a JSON escape or a file name that is not UTF-8, and control characters) with
U+FFFD, one character for one, so offsets into the text stay true.
"""

from __future__ import annotations

import codecs
import html
import re

_BOMS = (
    # UTF-32 first: its little-endian mark begins with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_BOM_STARTS = frozenset(bom[:1] for bom, _ in _BOMS)
_STRAY_BYTE_RATIO = 4
"""Well-formed non-ASCII UTF-8 characters needed per bad byte to keep reading as UTF-8. Legacy
text read as UTF-8 makes far fewer: none for Cyrillic or Latin-1, under one for Shift-JIS or GBK."""
_UNPRINTABLE_TEXT = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_UNPRINTABLE_NAME = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def bom_encoding(data: bytes) -> str | None:
    """The codec a byte-order mark at the start of `data` names, or None without one."""
    if data[:1] not in _BOM_STARTS:
        return None
    return next((codec for bom, codec in _BOMS if data.startswith(bom)), None)


def decode(data: bytes) -> str | None:
    """The text `data` most likely holds; None when no encoding reads it."""
    codec = bom_encoding(data)
    if codec is not None:
        return data.decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    lossy = data.decode("utf-8", errors="replace")
    bad = lossy.count("\ufffd")
    well_formed = len(lossy) - len(lossy.encode("ascii", errors="ignore")) - bad
    if well_formed >= _STRAY_BYTE_RATIO * bad:
        return lossy
    import charset_normalizer  # only for files that are not UTF-8

    best = charset_normalizer.from_bytes(data).best()
    if best is not None:
        try:
            return str(best)
        except UnicodeDecodeError:  # judged on samples; a later part does not decode
            pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return None


def printable(text: str) -> str:
    """`text` with lone surrogates and control characters other than tab, newline, form feed
    and carriage return replaced by U+FFFD; same length."""
    if _UNPRINTABLE_TEXT.search(text) is None:
        return text
    return _UNPRINTABLE_TEXT.sub("\ufffd", text)


def printable_name(name: str) -> str:
    """`name` (a path, a title) with lone surrogates and every control character replaced by
    U+FFFD: a file name cannot start a new output line or send a terminal escape."""
    if _UNPRINTABLE_NAME.search(name) is None:
        return name
    return _UNPRINTABLE_NAME.sub("\ufffd", name)


_CHARACTER_REFERENCE = re.compile(
    r"&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[a-zA-Z][a-zA-Z0-9]{1,7});"
)


def with_references_resolved(text: str) -> str:
    """`text` with each HTML character reference ('&#233;', '&#xe9;', '&eacute;', '&amp;')
    the character it stands for: a plain-text scrape of a web page often keeps them, and
    'pr&#233;cis' is 'précis' to a reader. A name HTML does not define stays as written; what
    a reference makes that must not be printed is replaced later, with the rest of the text."""
    if "&" not in text:
        return text
    return _CHARACTER_REFERENCE.sub(lambda match: html.unescape(match.group()), text)


_WRAPPED_LINE = re.compile(
    r"(?:(?<=[^\W\d_])|(?<=[,;)])|(?<=[^.!?]['\"\u2019\u201d]))\n(?=[a-z])(?!https?:|www\.)"
)
"""A line break after a letter or a comma (not a sentence's end, nor a date line's year, nor
a quotation closed after its stop: 'wrote: "…appropriate."⏎second hand video cards …', an
embedded post) and before a line that opens in lower case (not with a web address)."""


def with_lines_unwrapped(text: str) -> str:
    """'rebuild the bridge and⏎the school': a line break inside a sentence (hard-wrapped text,
    a newline inside an HTML paragraph) is the space it stands for, so a quotation or a name
    across it reads whole. One character for one: offsets into the text hold."""
    return _WRAPPED_LINE.sub(" ", text) if "\n" in text else text
