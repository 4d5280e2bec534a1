"""Hostile articles, file names and model output cannot put anything active in a briefing.

Every field `render_markdown` prints is filled with strings written to break out of Markdown
(scripts, event handlers, `javascript:` links, code-span breakouts, entities, attribute lists);
the Markdown is rendered by two real renderers, markdown-it (CommonMark, raw HTML enabled) and
python-markdown, and the HTML is checked with `html.parser`: only the tags a briefing uses, no
attributes but `href` (http or https), no scripts, images, frames or styles.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import unicodedata
from collections.abc import Callable
from html.parser import HTMLParser
from urllib.parse import urlsplit

import markdown
import pytest
from markdown_it import MarkdownIt

from summarizer.models import (
    Actor,
    ArticleFailure,
    Briefing,
    Claim,
    Disagreement,
    Event,
    Evidence,
    OpenQuestion,
    Position,
    RunStats,
    SourceRef,
)
from summarizer.render.escaping import (
    clean,
    code_span,
    for_json,
    for_terminal,
    link_destination,
    markdown_link,
    markdown_text,
    web_url,
)
from summarizer.render.markdown import render_json, render_markdown

HOSTILE_URLS = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "   javascript:alert(1)",
    "\x01\x02javascript:alert(1)",
    "\tjava\nscript:alert(1)",
    "java\x00script:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    'http://x" onmouseover="alert(1)',
    'http://x"onmouseover="alert(1)',
    "http://x'><script>alert(1)</script>",
    "http://x/) <script>alert(1)</script>",
    "https://x/<img src=x onerror=alert(1)>",
    "http:javascript:alert(1)",
    "http:\\\\evil.example",
    "//evil.example/path",
    "evil.example/path",
    "https://",
    "https://x:notaport/",
    "https://[::1",
    "<javascript:alert(1)>",
    "javascript&#58;alert(1)",
    "javas&#99;ript:alert(1)",
    "https://ex\u202eample.com",
    "https://example.com/\u200bpath",
]

HOSTILE_TEXT = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:x">click</a>',
    "[x](javascript:y)",
    "![x](javascript:y)",
    "[x]: javascript:y",
    "<javascript:alert(1)>",
    "<http://evil.example>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;script&#62;alert(1)&#60;/script&#62;",
    "<svg onload=alert(1)>",
    "<iframe src=javascript:alert(1)></iframe>",
    "<object data=x></object><embed src=x>",
    '<p style="color:red">styled</p>',
    "<style>body{display:none}</style>",
    "<form action=x><input></form>",
    "<div>\n<script>alert(1)</script>\n</div>",
    "\n\n<script>alert(1)</script>\n\n",
    "line one\n# heading\n- item\n> quote",
    "title\n===",
    "```\ncode fence",
    "~~~ fence",
    "- list marker",
    "1. ordered",
    "3) ordered",
    "    indented code",
    "a`</code><script>x</script>`.txt",
    "``a`` ```b``` `",
    "`",
    "\\<script>alert(1)\\</script>",
    "\\\\<script>alert(1)</script>",
    "*emph* **strong** _u_ ~~strike~~",
    "a | b | c\n|---|---|",
    "### heading {: onclick=alert(1) }",
    "*x*{: onmouseover=alert(1) }",
    "<!-- comment --><?php x ?><![CDATA[x]]>",
    "\x1b[31mred\x1b[0m\x07 bell\r carriage",
    "bidi \u202eevil\u202c and \u2066isolate\u2069 zero\u200bwidth soft\u00adhyphen",
    "lone \ud800 surrogate \udcff",
    "C1 \x85 next line \x9b CSI \u2028 separator",
    'http://x" onmouseover="alert(1)',
    "<a href='http://ok.example' onclick='x'>ok</a>",
]

# What a rendered briefing may contain, and with which attributes.
ALLOWED_TAGS = {"h1", "h2", "h3", "p", "ul", "ol", "li", "em", "strong", "a", "code", "hr"}
ALLOWED_ATTRIBUTES = {"a": {"href", "id"}, "ol": {"start"}}
FORBIDDEN_TAGS = {"script", "iframe", "object", "embed", "svg", "img", "style", "form", "math"}

commonmark = MarkdownIt("commonmark")  # raw HTML enabled, as in the CommonMark preset
gfm_like = MarkdownIt("commonmark").enable(["table", "strikethrough"])

RENDERERS: dict[str, Callable[[str], str]] = {
    "markdown-it": commonmark.render,
    "markdown-it-tables": gfm_like.render,
    "python-markdown": markdown.markdown,
    "python-markdown-extra": lambda text: markdown.markdown(text, extensions=["extra"]),
}


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def handle_comment(self, data: str) -> None:
        self.tags.append(("!--", []))

    def handle_pi(self, data: str) -> None:
        self.tags.append(("?", []))

    def unknown_decl(self, data: str) -> None:
        self.tags.append(("![", []))


def parsed(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    parser.close()
    return parser


def assert_inert(html: str) -> list[str]:
    """Assert the HTML holds nothing active; return the links' hrefs."""
    hrefs = []
    for tag, attrs in parsed(html).tags:
        assert tag not in FORBIDDEN_TAGS, (tag, html)
        assert tag in ALLOWED_TAGS, (tag, html)
        for name, value in attrs:
            assert not name.startswith("on"), (tag, name, html)
            assert name != "style", (tag, html)
            assert name in ALLOWED_ATTRIBUTES.get(tag, set()), (tag, name, html)
            if name == "id":  # the source list's anchors, which citations link to
                assert value is not None
                assert re.fullmatch(r"source-\d+", value), (value, html)
            if name == "href":
                assert value is not None
                if re.fullmatch(r"#source-\d+", value):
                    continue  # a citation: a link within the briefing
                assert urlsplit(value).scheme in ("http", "https"), (value, html)
                hrefs.append(value)
    return hrefs


def _evidence(source: int, quote: str) -> list[Evidence]:
    return [Evidence(source=source, quote=quote, start=0, end=len(quote))]


def hostile_briefing(text: str, urls: list[str], path: str | None = None) -> Briefing:
    """A briefing with `text` in every field the Markdown shows, and one source per url (the
    last one a good link)."""
    path = text if path is None else path
    words = f"{text} one two three four five six"
    sources = [
        SourceRef(id=i, path=f"{path}{i}", title=f"{text} {i}", url=url, published=None)
        for i, url in enumerate([*urls, "https://good.example/a_(b)?c=1&d=<2>"], start=1)
    ]
    sources.append(SourceRef(id=len(sources) + 1, path=path, title=None, url=text))
    last = len(sources)
    actors = [
        Actor(
            name=text,
            roles=[text, f"role {text}"],
            aliases=[text, f"alias {text}"],
            evidence=_evidence(1, words),
        ),
        Actor(name=f"also {text}", evidence=_evidence(2, words)),
        Actor(
            name=f"unnamed {text}",
            unnamed=True,
            evidence=[*_evidence(1, words), *_evidence(2, words)],
        ),
    ]
    events = [
        Event(
            summary=f"{text} said that {words} and more",
            date=dt.date(2026, 3, 8),
            disputed=[text],
            evidence=[*_evidence(1, words), *_evidence(2, words)],
        ),
        Event(summary=words, evidence=_evidence(1, words)),
        Event(summary=text, evidence=_evidence(2, f"{words} {text}")),
        Event(summary=words, disputed=[text], evidence=[*_evidence(1, text), *_evidence(3, text)]),
    ]
    positions = [
        Position(actor=text, stance=f"stance {text}", evidence=_evidence(1, f"quote {text}")),
        Position(actor=text, stance=words, evidence=_evidence(2, words)),
    ]
    claims = [
        Claim(claim=text, evidence=_evidence(1, words)),
        Claim(claim=f"other {text}", evidence=_evidence(last, text)),
    ]
    return Briefing(
        title=text,
        sources=sources,
        actors=actors,
        events=events,
        positions=positions,
        disagreements=[Disagreement(topic=text, claims=claims)],
        open_questions=[OpenQuestion(question=text, evidence=_evidence(2, words))],
        stats=RunStats(
            engine=text,
            model=text,
            articles_failed=[
                ArticleFailure(path=path, stage="load", reason=text),
                ArticleFailure(path=f"`{path}`", stage="extract", reason=f"`{text}`"),
            ],
            ungrounded_dropped=1,
        ),
    )


@pytest.mark.parametrize("renderer", sorted(RENDERERS))
@pytest.mark.parametrize("text", HOSTILE_TEXT)
def test_hostile_text_in_every_field_renders_inert(text: str, renderer: str) -> None:
    rendered = render_markdown(hostile_briefing(text, HOSTILE_URLS))
    hrefs = assert_inert(RENDERERS[renderer](rendered))
    assert len(hrefs) == 1, hrefs  # the good link, and no other
    assert urlsplit(hrefs[0]).hostname == "good.example"


@pytest.mark.parametrize("renderer", sorted(RENDERERS))
def test_a_briefing_of_every_hostile_string_at_once_renders_inert(renderer: str) -> None:
    text = " ".join(HOSTILE_TEXT)
    rendered = render_markdown(hostile_briefing(text, HOSTILE_URLS + HOSTILE_TEXT))
    assert len(assert_inert(RENDERERS[renderer](rendered))) == 1


def test_the_markdown_holds_no_control_invisible_or_unencodable_character() -> None:
    rendered = render_markdown(hostile_briefing(" ".join(HOSTILE_TEXT), HOSTILE_URLS))
    rendered.encode("utf-8")  # no lone surrogate
    for char in set(rendered) - {"\n"}:
        assert unicodedata.category(char) not in ("Cc", "Cf", "Cs", "Zl", "Zp"), hex(ord(char))


@pytest.mark.parametrize("text", HOSTILE_TEXT)
def test_hostile_text_is_shown_not_dropped(text: str) -> None:
    """CommonMark shows the cleaned text exactly, wherever the briefing puts it."""
    html = commonmark.render(render_markdown(hostile_briefing(text, [])))
    shown = "".join(parsed(html).text)
    assert f"also {clean(text)}" in shown
    assert f"alias {clean(text)}" in shown
    assert clean(text) in shown


# Fragments mixed at random: whatever markdown_text and code_span are given, markdown-it shows
# exactly the cleaned text, and neither renderer makes anything active of it.
FRAGMENTS = [
    *"\\`*_[]<>#|!{}()&;:=~-+.\"' \n\t\x00\x1b\u202e\ud800",
    "javascript:",
    "<script>",
    "</code>",
    "&lt;",
    "&#60;",
    "&amp;",
    "<img src=x onerror=y>",
    "onerror=",
    "1.",
    "```",
    "~~~",
    "a",
    "word ",
    "http://x",
]


def _random_texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choices(FRAGMENTS, k=rng.randint(1, 14))) for _ in range(count)]


@pytest.mark.parametrize("text", [*HOSTILE_TEXT, *_random_texts(400, seed=7)])
def test_markdown_text_renders_as_exactly_its_text(text: str) -> None:
    for template in ("- {}", "# {}", "- **{}** [1]", "1. {} \u2014 x", "_{}_", "### {}"):
        markdown_source = template.format(markdown_text(text))
        html = commonmark.render(markdown_source)
        assert_inert(html)
        assert clean(text) in "".join(parsed(html).text), (markdown_source, html)
        assert_inert(markdown.markdown(markdown_source))
        assert_inert(markdown.markdown(markdown_source, extensions=["extra"]))


@pytest.mark.parametrize("text", [*HOSTILE_TEXT, *_random_texts(400, seed=11)])
def test_code_span_shows_its_text_literally(text: str) -> None:
    markdown_source = f"- a {code_span(text)} b {code_span(text + '`')} c"
    html = commonmark.render(markdown_source)
    assert_inert(html)
    codes = _code_texts(html)
    assert codes == [clean(text) or " ", clean(text + "`")], (markdown_source, html)
    python_html = markdown.markdown(markdown_source)
    assert_inert(python_html)
    assert [c.strip() for c in _code_texts(python_html)] == [c.strip() for c in codes]


def _code_texts(html: str) -> list[str]:
    class Codes(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.inside = False
            self.found: list[str] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag == "code":
                self.inside = True
                self.found.append("")

        def handle_endtag(self, tag: str) -> None:
            if tag == "code":
                self.inside = False

        def handle_data(self, data: str) -> None:
            if self.inside:
                self.found[-1] += data

    codes = Codes()
    codes.feed(html)
    return codes.found


def test_existing_markdown_looks_the_same() -> None:
    assert markdown_text("Brightwater's chief (also: port authority) 11.40 p.m.") == (
        "Brightwater's chief (also: port authority) 11.40 p.m."
    )
    assert code_span("tests/corpus/articles/wires.jsonl#1") == (
        "`tests/corpus/articles/wires.jsonl#1`"
    )
    assert code_span("a`b") == "``a`b``"
    assert code_span("`a") == "`` `a ``"
    assert markdown_text("- 1. x") == "\\- 1. x"
    assert markdown_text("2026. was") == "2026\\. was"
    assert markdown_text("3.5 million") == "3.5 million"
    assert markdown_text("Q&A &amp; more") == "Q&A &amp;amp; more"


@pytest.mark.parametrize("url", [*HOSTILE_URLS, *HOSTILE_TEXT])
def test_only_web_urls_become_links(url: str) -> None:
    assert web_url(url) is None
    assert link_destination(url) is None
    assert "](" not in markdown_link("title", url)


@pytest.mark.parametrize(
    ("url", "destination"),
    [
        ("https://example.com/a/b?c=1&d=2#e", "https://example.com/a/b?c=1&d=2#e"),
        ("  HTTP://Example.com/path\n", "HTTP://Example.com/path"),
        ("https://example.com/a_(b)", "https://example.com/a_%28b%29"),
        ("https://example.com/<x>'\"`|\\", "https://example.com/%3Cx%3E%27%22%60%7C%5C"),
        ("https://例え.jp/パス", "https://例え.jp/パス"),
        ("http://[::1]:8080/x", "http://[::1]:8080/x"),
        ("http://x/)![x](javascript:alert(1)", "http://x/%29![x]%28javascript:alert%281%29"),
        ("https://user@example.com:443/", "https://user@example.com:443/"),
    ],
)
def test_web_urls_are_encoded_for_a_link_destination(url: str, destination: str) -> None:
    assert link_destination(url) == destination
    for render in RENDERERS.values():
        (href,) = assert_inert(render(markdown_link("a [title]", url)))
        assert urlsplit(href).scheme.lower() in ("http", "https")


def test_clean_removes_every_control_format_and_separator_character() -> None:
    unsafe = [
        chr(c)
        for c in range(0x110000)
        if unicodedata.category(chr(c)) in ("Cc", "Cf", "Cs", "Zl", "Zp")
    ]
    text = "a" + "".join(unsafe) + "b"
    assert clean(text) == "a " + "\ufffd" * 2048 + "b"  # surrogates become U+FFFD
    assert set(clean(text, multiline=True)) == {"a", "b", "\t", "\n", "\ufffd"}


def test_clean_keeps_lines_when_asked() -> None:
    assert clean("a\r\nb\rc\u2028d\te\x1b[0m", multiline=True) == "a\nb\nc\nd\te[0m"
    assert clean("  a\r\n\tb\x00c \u202e d  ") == "a bc d"
    assert clean("x\ud800y") == "x\ufffdy"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("plain name.txt", "plain name.txt"),
        ("evil\x1b[2J\x1b]0;title\x07.txt", "evil\\x1b[2J\\x1b]0;title\\x07.txt"),
        ("two\nlines\r\n", "two\\nlines\\r\\n"),
        ("tab\there", "tab\\there"),
        ("c1 \x9b31m \x85", "c1 \\x9b31m \\x85"),
        ("del \x7f", "del \\x7f"),
        ("bidi \u202eexe.txt", "bidi \\u202eexe.txt"),
        ("sep \u2028 \u2029", "sep \\u2028 \\u2029"),
        ("tag \U000e0041", "tag \\U000e0041"),
        ("undecodable \udcff.txt", "undecodable \ufffd.txt"),
        ("Zürich Київ 東京", "Zürich Київ 東京"),
    ],
)
def test_for_terminal_makes_one_visible_line(text: str, shown: str) -> None:
    assert for_terminal(text) == shown
    for_terminal(text).encode("utf-8")


def test_for_terminal_escapes_everything_invisible() -> None:
    every = "".join(chr(c) for c in range(0x110000))
    shown = for_terminal(every)
    shown.encode("utf-8")
    for char in shown:
        assert unicodedata.category(char) not in ("Cc", "Cf", "Cs", "Zl", "Zp"), hex(ord(char))
    assert for_terminal(ValueError("bad\x1bname")) == "bad\\x1bname"


def test_json_is_valid_utf8_without_surrogates_or_invisible_characters() -> None:
    text = " ".join(HOSTILE_TEXT) + " \U000e0041 \u061c"
    briefing = hostile_briefing(text, HOSTILE_URLS)
    document = render_json(briefing)
    document.encode("utf-8")  # no lone surrogate left
    for char in document:
        assert unicodedata.category(char) not in ("Cf", "Cs", "Zl", "Zp") or char == "\n"
        assert char in "\n" or unicodedata.category(char) != "Cc"
    data = json.loads(document)
    assert data["title"] == text.replace("\ud800", "\ufffd").replace("\udcff", "\ufffd")
    assert data["sources"][0]["url"] == HOSTILE_URLS[0]  # JSON keeps the data as it is


def test_json_of_a_plain_briefing_is_pydantics() -> None:
    briefing = hostile_briefing("plain words", ["https://example.com/"])
    assert render_json(briefing) == briefing.model_dump_json(indent=2) + "\n"
    assert json.loads(for_json('{"a": "x\u202ey\U000e0041"}')) == {"a": "x\u202ey\U000e0041"}
