"""Untrusted text made inert for the place it lands.

Every string that comes from an article, a file name or a model is untrusted: it may carry
Markdown or HTML that would turn into links, images or scripts in a rendered briefing, control
characters that drive a terminal (ESC sequences, BEL, CR), or bidi overrides and invisible
characters that make text read differently from what it is. One function per destination:

- `clean`: text without control, bidi or invisible format characters (any destination);
- `markdown_text`: inline Markdown text on one line (headings, list items, emphasis, link text,
  table cells);
- `web_url` / `link_destination` / `markdown_link`: only absolute http(s) URLs become links;
- `code_span`: text shown as code on one line;
- `for_terminal`: one line of stderr, every invisible character written as a visible escape;
- `for_json`: a JSON document whose strings show no invisible characters when printed.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# Unicode format characters (category Cf, Unicode 16): soft hyphen, zero-width spaces and
# joiners, bidi marks, embeddings, overrides and isolates, word joiner and invisible operators,
# BOM, interlinear annotation, tag characters, and a few invisible script-specific marks.
_FORMAT = (
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
)
_BREAK_CHARS = "\t\n\x0b\x0c\r\x85\u2028\u2029"
_CONTROL = re.compile(f"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f{_FORMAT}]")
_BREAK = re.compile(f"\r\n|[{_BREAK_CHARS}]")
_SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"

# Markdown: characters that start inline syntax (emphasis, links, images, code, raw HTML,
# autolinks, headings' closing #s, table pipes, strikethrough and '~~~' fences, python-markdown's
# `{: attribute=lists}`) are backslash-escaped. '&' only where it would start an entity
# reference ('&lt;' stays the four characters it is).
_MARKDOWN_SPECIAL = re.compile(r"[\\`*_\[\]<>#|!{}~]")
_ENTITY_LIKE = re.compile(r"&(?=#?\w+;)")
_ORDERED_MARKER = re.compile(r"\d{1,9}(?=[.)](?:\s|$))")

_WEB_SCHEMES = ("http", "https")
# In a link destination: characters that could end it, start a title or markup, or that URLs
# never hold unencoded, are percent-encoded. Everything else (letters in any script, digits
# and the URL delimiters :/?#[]@!$&*+,;=%-._~) is kept as written.
_DESTINATION_ENCODED = {c: f"%{ord(c):02X}" for c in " \"'()<>\\^`{|}"}

# On a terminal line: every control, separator and format character, and lone surrogates.
_TERMINAL_UNSAFE = re.compile(f"[\x00-\x1f\x7f-\x9f\u2028\u2029{_FORMAT}\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# In a JSON document (whose serializer already escapes C0 controls).
_JSON_INVISIBLE = re.compile(f"[\x7f-\x9f\u2028\u2029{_FORMAT}]")


def clean(text: str, *, multiline: bool = False) -> str:
    """`text` without C0/C1 control characters, bidi controls or invisible format characters
    (zero-width spaces and joiners, soft hyphens, BOMs, tag characters); lone surrogates (from
    undecodable file names) become U+FFFD.

    On one line (the default), line breaks and tabs count as spaces, runs of whitespace are
    folded into one space and the ends are stripped. With `multiline`, line breaks (CR LF, CR,
    vertical tab, form feed, NEL, U+2028, U+2029) become '\\n' and tabs are kept.
    """
    text = _SURROGATE.sub(REPLACEMENT, _CONTROL.sub("", text))
    if multiline:
        return _BREAK.sub(lambda m: "\t" if m.group() == "\t" else "\n", text)
    return " ".join(_BREAK.sub(" ", text).split())


def markdown_text(text: str) -> str:
    """`text` as literal inline Markdown on one line: `clean`ed, then every character that
    could start emphasis, strikethrough, a link, an image, a code span, raw HTML, an autolink,
    a table column or an attribute list is backslash-escaped, '&' before an entity-like word
    is written '&amp;', and a leading list marker ('- ', '+ ', '1. ') is neutralised.

    The result renders as exactly the cleaned text in CommonMark, and as inert text (never as
    a tag, link or image) in python-markdown. Safe in a heading, a list item, emphasis, link
    text and a table cell (no '|' or newline left unescaped).
    """
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\g<0>", _ENTITY_LIKE.sub("&amp;", clean(text)))
    if escaped[:1] in ("-", "+"):
        return "\\" + escaped
    marker = _ORDERED_MARKER.match(escaped)
    if marker:
        return escaped[: marker.end()] + "\\" + escaped[marker.end() :]
    return escaped


def web_url(url: str | None) -> str | None:
    """`url` when it may become a link: an absolute http or https URL with a host name, and no
    whitespace, control, format or other invisible character inside (surrounding whitespace is
    dropped). Anything else (`javascript:`, `data:`, relative or scheme-less URLs) is None."""
    if not url:
        return None
    url = url.strip()
    if not url.isprintable() or " " in url:
        return None
    try:
        parts = urlsplit(url)
        host, _ = parts.hostname, parts.port  # a port that is not a number raises
    except ValueError:
        return None
    if parts.scheme.lower() not in _WEB_SCHEMES or not host:
        return None
    ipv6 = "[" in parts.netloc and all(c in "0123456789abcdef:." for c in host)
    if not ipv6 and not all(c.isalnum() or c in "-._" for c in host):
        return None
    return url


def link_destination(url: str | None) -> str | None:
    """`url` ready to stand between the parentheses of `[text](...)`: None unless `web_url`
    accepts it; spaces, quotes, parentheses, angle brackets, backslashes, backticks and the
    other characters that could end the destination or start markup are percent-encoded."""
    accepted = web_url(url)
    if accepted is None:
        return None
    return "".join(_DESTINATION_ENCODED.get(c, c) for c in accepted)


def markdown_link(text: str, url: str | None) -> str:
    """`[text](url)` when `url` is a web URL (see `web_url`), else the text alone: both escaped
    for their places. Text that cleans to nothing is shown as the URL's host."""
    destination = link_destination(url)
    label = markdown_text(text)
    if destination is None:
        return label
    if not label:
        label = markdown_text(urlsplit(destination).hostname or destination)
    return f"[{label}]({destination})"


def code_span(text: str) -> str:
    """`text` as a Markdown code span on one line: `clean`ed, delimited by a backtick run longer
    than any inside it, padded with a space where it begins or ends with a backtick. Code spans
    show their content literally (no escapes, no HTML) in CommonMark and python-markdown."""
    content = clean(text) or " "
    longest = max((len(run) for run in re.findall("`+", content)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if content[0] == "`" or content[-1] == "`" else ""
    return f"{fence}{pad}{content}{pad}{fence}"


def for_terminal(text: object) -> str:
    """`text` (a string, a path, an exception) made safe to print on one line of a terminal:
    control characters (ESC, BEL, CR, newline, tab, DEL, C1), bidi and other invisible format
    characters and line separators are written as visible escapes ('\\x1b', '\\n', '\\u202e');
    lone surrogates (undecodable bytes in a file name) become U+FFFD. Nothing else changes
    (a backslash stays one: the line is for people to read, not to parse back)."""
    return _TERMINAL_UNSAFE.sub(_visible, str(text))


def _visible(match: re.Match[str]) -> str:
    char = match.group()
    if "\ud800" <= char <= "\udfff":
        return REPLACEMENT
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def for_json(document: str) -> str:
    """A JSON document with DEL, C1 controls, line separators and invisible format characters
    written as '\\uXXXX' escapes: the same data once parsed, but nothing in it reorders or
    hides text when the document is printed. JSON puts such characters only inside strings,
    where these escapes are valid. (C0 controls are escaped by every JSON serializer.)"""
    return _JSON_INVISIBLE.sub(_json_escape, document)


def _json_escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def without_surrogates(text: str) -> str:
    """`text` with lone surrogates (which UTF-8 cannot encode) replaced by U+FFFD, nothing else
    changed: lengths and offsets stay the same."""
    return _SURROGATE.sub(REPLACEMENT, text)
