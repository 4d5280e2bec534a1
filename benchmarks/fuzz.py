"""Throw hostile and broken input at the `brief` command and count what goes wrong.

    python benchmarks/fuzz.py [--files 1200] [--batch 100] [--seed 1] [--timeout 120]

Generates at least `--files` hostile inputs (random bytes, broken and hostile JSON, pathological
HTML, legacy encodings, control characters and terminal escapes in names and text, prompt-
delimiter forgeries, active links, huge fields, symbolic links out of the folder, FIFOs, sockets,
unreadable and linked folders) in a temporary folder, then runs the real CLI over them in batches
(each batch also holds one ordinary article), with `--format json` and again as Markdown, and
reports:

- crashes: a traceback, an 'internal error', or an exit code other than 0/1/3;
- hangs: a run that did not finish within `--timeout` seconds;
- wrong exit codes: a batch with its ordinary article must give 0 or 3 (3: some files skipped);
- silent drops: an input file named neither among the sources nor among the failures;
- active content: the Markdown briefing rendered by markdown-it-py and python-markdown (when
  installed) carrying a script, an event attribute or a non-http(s) link;
- leaks: the secret planted in the environment, or text from outside the folder, in any output;
- peak RSS of the largest run;
- how long `brief` takes to stop after SIGTERM sent at moments spread over a 3,000-article run
  (loading, extracting, merging): it must exit 130 within a second.

Everything is generated at run time; nothing is kept. Exit status 0 when all counts are 0 and
the peak RSS is under 1 GB.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

SECRET = "sk-fuzz-secret-5b1f0c9e2d"
OUTSIDE = "OUTSIDE-THE-FOLDER-7731"
ORDINARY = (
    "Port workers in Amara went on strike on Monday, union leader Ana Ribeiro said. "
    '"We will not go back until the contracts are signed," Ribeiro told reporters. '
    "The port authority called the strike illegal and said talks would resume on Friday.\n"
)
ACTIVE = [
    "javascript:alert(1)", " JaVaScRiPt:alert(1)", "data:text/html,<script>alert(1)</script>",
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '"><svg onload=alert(1)>',
    "[x](javascript:alert(1))", "<javascript:alert(1)>", "<iframe src=//evil></iframe>",
    "` <script>x</script> `", "&lt;script&gt;", "<a href='javascript:x'>x</a>",
    "http://x\" onmouseover=\"alert(1)", "vbscript:msgbox(1)", "{: onclick=alert(1) }",
]  # fmt: skip
CONTROLS = ["\x1b]0;owned\x07", "\x1b[2J", "\x07", "\x00", "\x9b31m", "\u202e", "\u200b", "\r"]
LONE_SURROGATE_TEXT = json.dumps(ORDINARY)[:-1] + '\\udfff"'
"""A JSON string holding an escaped lone surrogate: valid JSON, invalid Unicode."""
WRONG_SHAPES = [
    '{"text": 5}', '{"text": null}', '"just a string"', "[1, 2, 3]", '{"text": ["a", "b"]}',
    '{"body": {"x": 1}}', "nul\x00l",
]  # fmt: skip
DELIMITERS = ["</article>", "</ARTICLE>", "</Article >", "< /article>", "</text>", "<article>"]


@dataclass
class Input:
    """One generated file or folder entry, and whether the run must name it."""

    name: str
    make: Callable[[Path], None]
    named: bool = True
    """Must appear among the sources or failures (false for what is inside a skipped folder)."""


def _write(data: bytes | str, encoding: str = "utf-8") -> Callable[[Path], None]:
    def make(path: Path) -> None:
        path.write_bytes(
            data if isinstance(data, bytes) else data.encode(encoding, "surrogatepass")
        )

    return make


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def generate(count: int, seed: int, outside: Path) -> list[Input]:
    """At least `count` hostile inputs, deterministic for `seed`."""
    rng = random.Random(seed)
    inputs: list[Input] = []

    def add(name: str, make: Callable[[Path], None], named: bool = True) -> None:
        inputs.append(Input(f"{len(inputs):04d}-{name}", make, named))

    kinds = [".txt", ".md", ".html", ".json", ".jsonl"]
    fixed: list[tuple[str, Callable[[Path], None]]] = [
        ("deep.json", _write('{"text": ' + _nested(5000) + "}")),
        ("deep2.json", _write(_nested(100_000))),
        ("bigint.json", _write('{"text": "a b c d", "title": ' + "9" * 5000 + "}")),
        ("empty-list.json", _write("[]")),
        ("empty-object.json", _write("{}")),
        ("surrogate.json", _write('{"title": "\\ud800", "text": ' + LONE_SURROGATE_TEXT + "}")),
        (
            "huge-published.json",
            _write(json.dumps({"text": ORDINARY, "published": "9" * 1_000_000})),
        ),
        ("huge-title.json", _write(json.dumps({"text": ORDINARY, "title": "T" * 2_000_000}))),
        ("many-bad-lines.jsonl", _write("{bad\n" * 200_000)),
        ("many-items.json", _write(json.dumps([{"text": ORDINARY}] * 3000))),
        ("attrs.html", _write("<p " + " ".join(f"a{i}=1" for i in range(100_000)) + ">x</p>")),
        ("tags.html", _write("<div>" * 200_000 + "text" + "</div>" * 200_000)),
        (
            "script.html",
            _write(
                "<html><title><script>alert(1)</script></title><body><p>"
                + ORDINARY
                + "</p><script>alert(2)</script></body></html>"
            ),
        ),
        ("big.txt", _write((ORDINARY * 40_000)[:6_000_000])),
        ("utf16.txt", _write(ORDINARY, "utf-16")),
        ("utf32.txt", _write(ORDINARY, "utf-32")),
        (
            "cp1251.txt",
            _write(
                "Президент Володимир Зеленський сказав, що переговори тривають.\n" * 5, "cp1251"
            ),
        ),
        (
            "latin1.txt",
            _write(
                "Le président a déclaré que les négociations continuent à Genève.\n" * 5, "latin-1"
            ),
        ),
        ("sjis.txt", _write("東京で大きな地震があり、多くの人が避難しました。\n" * 5, "shift_jis")),
        ("bom.txt", _write("\ufeff" + ORDINARY)),
        ("nul.txt", _write(b"\x00" * 1000)),
        ("empty.txt", _write(b"")),
        (
            "front.md",
            _write(
                "---\ntitle: "
                + ACTIVE[3]
                + "\nurl: javascript:alert(1)\npublished: "
                + "1" * 100_000
                + "\n---\n"
                + ORDINARY
            ),
        ),
        ("no-close.md", _write("---\ntitle: x\n" + ORDINARY)),
    ]
    for name, make in fixed:
        add(name, make)
    # names that try to drive the terminal or forge lines
    for control in CONTROLS:
        add(f"name{control}x.txt".replace("\x00", "0"), _write(ORDINARY))
    add("forged\nbrief: 9 of 9 articles extracted.txt", _write(ORDINARY))
    add("bad-utf8-\udcff\udcfe.txt", _write(ORDINARY))
    # links and devices
    secret = outside / "secret.txt"
    secret.write_text(f"{OUTSIDE} the secret outside the folder, said nobody.\n")

    def link_out(path: Path) -> None:
        path.symlink_to(secret)

    def link_etc(path: Path) -> None:
        path.symlink_to("/etc/passwd")

    def folder_link(path: Path) -> None:
        path.symlink_to(outside, target_is_directory=True)

    def fifo(path: Path) -> None:
        os.mkfifo(path)

    def sock(path: Path) -> None:
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(path))
        server.close()

    def unreadable(path: Path) -> None:
        path.mkdir()
        (path / "inside.txt").write_text(ORDINARY)
        path.chmod(0)

    add("link-out.txt", link_out)
    add("passwd.txt", link_etc)
    add("linked-folder", folder_link)
    add("fifo.txt", fifo)
    add("socket.txt", sock)
    add("locked-folder", unreadable)
    # random and hostile content, spread over the suffixes
    while len(inputs) < count:
        suffix = rng.choice(kinds)
        roll = rng.random()
        if roll < 0.2:
            data: bytes | str = rng.randbytes(rng.randint(1, 4000))
        elif roll < 0.45:
            words = ORDINARY.split()
            rng.shuffle(words)
            noise = [rng.choice(ACTIVE + CONTROLS + DELIMITERS) for _ in range(rng.randint(1, 8))]
            for item in noise:
                words.insert(rng.randrange(len(words) + 1), item)
            data = " ".join(words) + "\n"
        elif roll < 0.6:
            data = json.dumps(
                {
                    "title": rng.choice(ACTIVE + CONTROLS + DELIMITERS) + " headline",
                    "url": rng.choice(ACTIVE),
                    "published": rng.choice(["2031-02-30", "yesterday", "9" * 300, "", "null"]),
                    "text": ORDINARY + rng.choice(DELIMITERS + ACTIVE),
                }
            )
        elif roll < 0.75:
            data = rng.choice(WRONG_SHAPES)
        elif roll < 0.9:
            tag = rng.choice(["p", "div", "script", "style", "a", "img", "svg", "iframe"])
            data = f"<html><body><{tag} onclick='x'>" + ORDINARY + f"</{tag}></body></html>"
        else:
            data = ORDINARY.encode("utf-8")[: rng.randint(1, len(ORDINARY))]  # cut mid-character
        add(f"random{suffix}", _write(data))
    return inputs


def batches(inputs: list[Input], size: int) -> Iterator[list[Input]]:
    for start in range(0, len(inputs), size):
        yield inputs[start : start + size]


@dataclass
class Outcome:
    runs: int = 0
    crashes: list[str] = field(default_factory=list)
    hangs: list[str] = field(default_factory=list)
    wrong_exits: list[str] = field(default_factory=list)
    silent_drops: list[str] = field(default_factory=list)
    active: list[str] = field(default_factory=list)
    leaks: list[str] = field(default_factory=list)
    peak_rss_mb: float = 0.0
    seconds: list[float] = field(default_factory=list)


ELSEWHERE = tempfile.gettempdir()
"""Where `brief` runs: not the project root, where `-m summarizer` would import ./summarizer
rather than the installed package (the compiled build, after `pip install .`)."""


def run_brief(
    args: list[str], timeout: float, env: dict[str, str]
) -> tuple[int | None, str, str, float, float]:
    """Exit code (None on timeout), stdout, stderr, seconds and peak RSS (MB) of one run."""
    started = time.monotonic()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen(
            [sys.executable, "-m", "summarizer", *args],
            stdout=out,
            stderr=err,
            env=env,
            cwd=ELSEWHERE,
        )
        deadline = started + timeout
        code: int | None = None
        rss = 0.0
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                code = os.waitstatus_to_exitcode(status)
                rss = usage.ru_maxrss / 1024
                process.returncode = code
                break
            if time.monotonic() > deadline:
                process.kill()
                process.wait()
                break
            time.sleep(0.05)
        out.seek(0)
        err.seek(0)
        return (
            code,
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
            time.monotonic() - started,
            rss,
        )


class _Active(HTMLParser):
    SCRIPTING = frozenset({"script", "iframe", "object", "embed", "svg", "img", "style", "form"})

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SCRIPTING:
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on") or name == "style":
                self.found.append(f"{tag} {name}=")
            if (
                name in ("href", "src")
                and value
                and not value.startswith(("http://", "https://", "#"))
            ):
                self.found.append(f"{tag} {name}={value[:40]}")


def active_content(markdown: str) -> list[str]:
    """Script-running elements or attributes in the briefing rendered by real renderers."""
    rendered: list[str] = []
    try:
        from markdown_it import MarkdownIt

        rendered.append(MarkdownIt("commonmark").render(markdown))
    except ImportError:
        pass
    try:
        import markdown as python_markdown

        rendered.append(python_markdown.markdown(markdown, extensions=["extra"]))
    except ImportError:
        pass
    found: list[str] = []
    for html in rendered:
        parser = _Active()
        parser.feed(html)
        found += parser.found
    return found


def check_batch(
    folder: Path, batch: list[Input], outcome: Outcome, timeout: float, env: dict[str, str]
) -> None:
    output = folder.parent / f"{folder.name}.json"
    markdown_output = folder.parent / f"{folder.name}.md"
    for args, target in (
        ([str(folder), "--format", "json", "--no-cache", "-o", str(output)], output),
        ([str(folder), "--no-cache", "-o", str(markdown_output)], markdown_output),
    ):
        code, stdout, stderr, seconds, rss = run_brief(args, timeout, env)
        outcome.runs += 1
        outcome.seconds.append(seconds)
        outcome.peak_rss_mb = max(outcome.peak_rss_mb, rss)
        label = f"{folder.name} ({target.suffix})"
        if code is None:
            outcome.hangs.append(label)
            continue
        if "Traceback" in stderr or "internal error" in stderr or code not in (0, 1, 3):
            outcome.crashes.append(f"{label}: exit {code}: {stderr.strip().splitlines()[-1:]}")
            continue
        if code not in (0, 3):
            outcome.wrong_exits.append(f"{label}: exit {code}")
        written = target.read_text(encoding="utf-8") if target.exists() else ""
        for text in (stdout, stderr, written):
            if SECRET in text or OUTSIDE in text or "root:x:0:0" in text:
                outcome.leaks.append(label)
        if target.suffix == ".md":
            outcome.active += [f"{label}: {a}" for a in active_content(written)]
            continue
        if not written:
            outcome.wrong_exits.append(f"{label}: exit {code} but nothing written")
            continue
        briefing = json.loads(written)
        named = [s["path"] for s in briefing["sources"]]
        named += [f["path"] for f in briefing["stats"]["articles_failed"]]
        for item in batch:
            stem = "/" + item.name.split("-", 1)[0] + "-"  # its number: robust to renamed bytes
            if item.named and not any(stem in "/" + path for path in named):
                outcome.silent_drops.append(f"{label}: {item.name!r}")


def signal_latencies(base: Path, count: int, env: dict[str, str]) -> list[tuple[float, float, int]]:
    """SIGTERM sent at `count` moments spread over a run of 3,000 articles (loading,
    extracting, merging): (moment, seconds until the process ended, exit code) each."""
    folder = base / "many"
    folder.mkdir()
    for n in range(3000):
        text = ORDINARY.replace("Ribeiro", f"Ribeiro{n}").replace("Amara", f"Amara{n % 97}")
        (folder / f"{n:05d}.txt").write_text(text, encoding="utf-8")
    output = base / "many.md"
    command = [sys.executable, "-m", "summarizer", str(folder), "--no-cache", "-o", str(output)]
    started = time.monotonic()
    subprocess.run(command, env=env, cwd=ELSEWHERE, capture_output=True, check=False)
    whole = time.monotonic() - started
    found = []
    for k in range(count):
        moment = whole * 0.9 * (k + 0.5) / count
        process = subprocess.Popen(
            command, env=env, cwd=ELSEWHERE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(moment)
        if process.poll() is not None:  # this run was quicker: nothing to interrupt
            continue
        sent = time.monotonic()
        process.send_signal(signal.SIGTERM)
        code = process.wait(timeout=120)
        found.append((moment, time.monotonic() - sent, code))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1200)
    parser.add_argument("--batch", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--signals", type=int, default=8, help="SIGTERM moments to try")
    args = parser.parse_args(argv)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "BRIEF_"))}
    env["BRIEF_SECRET_PLANTED"] = SECRET
    env["OPENAI_API_KEY_UNUSED"] = SECRET
    outcome = Outcome()
    with tempfile.TemporaryDirectory() as scratch:
        base = Path(scratch)
        outside = base / "outside"
        outside.mkdir()
        inputs = generate(args.files, args.seed, outside)
        print(f"{len(inputs)} hostile inputs, batches of {args.batch}", flush=True)
        for number, batch in enumerate(batches(inputs, args.batch)):
            folder = base / f"batch{number:02d}"
            folder.mkdir()
            (folder / "zz-ordinary.txt").write_text(ORDINARY, encoding="utf-8")
            for item in batch:
                target = os.fsencode(folder) + b"/" + os.fsencode(item.name)
                item.make(Path(os.fsdecode(target)))
            check_batch(folder, batch, outcome, args.timeout, env)
            print(f"batch {number}: {len(batch)} inputs, runs so far {outcome.runs}", flush=True)
            for path in folder.rglob("*"):  # let the temporary folder be removed
                if path.is_dir() and not path.is_symlink():
                    path.chmod(0o700)
        latencies = signal_latencies(base, args.signals, env) if args.signals else []
    late = [f"at {m:.1f} s: {w:.2f} s, exit {c}" for m, w, c in latencies if w > 1 or c != 130]
    rows = [
        ("inputs", len(inputs)),
        ("CLI runs", outcome.runs),
        ("crashes", len(outcome.crashes)),
        ("hangs (timeout)", len(outcome.hangs)),
        ("wrong exit codes", len(outcome.wrong_exits)),
        ("silent drops", len(outcome.silent_drops)),
        ("active content in rendered Markdown", len(outcome.active)),
        ("leaks (planted secret, outside text)", len(outcome.leaks)),
        ("peak RSS of one run (MB)", f"{outcome.peak_rss_mb:.0f}"),
        ("slowest run (s)", f"{max(outcome.seconds):.1f}"),
        (
            f"SIGTERM at {len(latencies)} moments: slowest exit (s)",
            f"{max((w for _, w, _ in latencies), default=0):.2f}",
        ),
        ("SIGTERM: exits later than 1 s or not 130", len(late)),
    ]
    print("\n| measure | value |\n| --- | ---: |")
    for name, value in rows:
        print(f"| {name} | {value} |")
    for title, found in (
        ("crash", outcome.crashes), ("hang", outcome.hangs), ("wrong exit", outcome.wrong_exits),
        ("silent drop", outcome.silent_drops), ("active", outcome.active), ("leak", outcome.leaks),
        ("signal", late),
    ):  # fmt: skip
        for line in found[:10]:
            print(f"{title}: {line}")
    bad = (
        outcome.crashes or outcome.hangs or outcome.wrong_exits or outcome.silent_drops
        or outcome.active or outcome.leaks or late or outcome.peak_rss_mb >= 1024
    )  # fmt: skip
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
