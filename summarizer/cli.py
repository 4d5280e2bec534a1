"""`brief FOLDER`: the command line over `summarizer.summarize_async`.

Options and environment become `Settings`; one library call makes the briefing; the document goes
to stdout or `-o FILE`; progress, warnings and a one-line summary go to stderr. Errors are one
line, never a traceback. Exit codes: 0 ok, 1 failed, 2 usage or configuration error, 3 partial
(some articles failed; the briefing is still written), 130 interrupted.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import sys
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from . import __version__
from .atomic import write_atomically
from .engines.cache import default_cache_dir
from .engines.llm.endpoint import (
    DEFAULT_TIMEOUT,
    MODE_CHOICES,
    ModeChoice,
    endpoint_from_environment,
    redact,
)
from .engines.pricing import parse_price
from .errors import BriefError, UsageError
from .models import Article, ArticleFailure, Briefing
from .pipeline import chosen_engine, summarize_async
from .render.escaping import for_terminal
from .render.markdown import render_json, render_markdown
from .settings import EngineChoice, Settings
from .sources.loading import MAX_ARTICLE_CHARS, LoadResult

if TYPE_CHECKING:
    from rich.progress import Progress

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_PARTIAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


@click.command(
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.argument("folder", metavar="FOLDER")
@click.option(
    "-o", "--output", metavar="FILE", help="Write the briefing to FILE instead of stdout."
)
@click.option(
    "--format", "output_format", type=click.Choice(["md", "json"]), default="md",
    show_default=True, help="Markdown for people, JSON for programs.",
)  # fmt: skip
@click.option(
    "--engine", type=click.Choice(["auto", "llm", "offline"]), default="auto", show_default=True,
    envvar="BRIEF_ENGINE", help="auto: the LLM when an endpoint is configured. [env: BRIEF_ENGINE]",
)  # fmt: skip
@click.option(
    "--base-url", metavar="URL",
    help="OpenAI-compatible endpoint, e.g. http://localhost:11434/v1. [env: OPENAI_BASE_URL]",
)  # fmt: skip
@click.option(
    "--api-key", metavar="KEY", help="Key for the endpoint. [env: BRIEF_API_KEY, OPENAI_API_KEY]"
)
@click.option("--model", metavar="NAME", help="Model name. [env: BRIEF_MODEL, OPENAI_MODEL]")
@click.option(
    "--mode", type=click.Choice(MODE_CHOICES), default="auto", show_default=True,
    envvar="BRIEF_MODE",
    help="How structure is requested: forced tool call, JSON schema, JSON object, or JSON in "
    "the prompt; auto: tools for hosted APIs, md_json for a server on this machine.",
)  # fmt: skip
@click.option(
    "--batch", is_flag=True,
    help="Send every uncached article as one Batch API job (half price; hours of latency).",
)  # fmt: skip
@click.option(
    "--workers", type=click.IntRange(1, 256), default=None,
    help="Processes for the offline engine. [default: every core from 200 articles, else 1]",
)  # fmt: skip
@click.option(
    "--context-window", type=click.IntRange(512, 10_000_000), default=None, metavar="TOKENS",
    envvar="BRIEF_CONTEXT_WINDOW",
    help="The model's context window, if the server does not list it. [env: BRIEF_CONTEXT_WINDOW]",
)  # fmt: skip
@click.option(
    "--llm-only", is_flag=True,
    help="Use the model's extraction alone, without the offline engine's under it.",
)  # fmt: skip
@click.option(
    "--concurrency", type=click.IntRange(1, 256), default=None,
    help="Articles extracted at once. [default: 16 for OpenAI, 4 on this machine, else 8]",
)  # fmt: skip
@click.option(
    "--max-reasks", type=click.IntRange(0, 5), default=2, show_default=True,
    help="Times the model may fix an invalid or ungrounded answer.",
)  # fmt: skip
@click.option(
    "--max-output-tokens", type=click.IntRange(64, 200_000), default=4096, show_default=True,
    help="Output tokens per request (lower it for small local models).",
)  # fmt: skip
@click.option(
    "--timeout", type=click.FloatRange(1, 3600), default=DEFAULT_TIMEOUT, show_default=True,
    help="Seconds one request may take.",
)  # fmt: skip
@click.option(
    "--cache-dir", metavar="DIR",
    help="Where extractions are kept between runs. [env: BRIEF_CACHE_DIR; default: ~/.cache/brief]",
)  # fmt: skip
@click.option("--no-cache", is_flag=True, help="Neither read nor write the extraction cache.")
@click.option(
    "--rpm", type=click.FloatRange(min=0.001), help="Stay under this many requests a minute."
)
@click.option("--tpm", type=click.FloatRange(min=1), help="Stay under this many tokens a minute.")
@click.option(
    "--max-tokens-total", type=click.IntRange(min=1), metavar="N",
    help="Start no new article after N tokens (in and out); the briefing is written, exit 3.",
)  # fmt: skip
@click.option(
    "--max-cost", type=click.FloatRange(min=0), metavar="USD",
    help="Start no new article once the run has cost this much; needs a known price.",
)  # fmt: skip
@click.option(
    "--price", metavar="IN/OUT",
    help="USD per million input/output tokens, e.g. 0.15/0.60 (overrides the built-in table).",
)  # fmt: skip
@click.option("--title", help="Title of the briefing (default: its main actors).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors on stderr.")
@click.version_option(__version__, "-V", "--version", prog_name="brief")
@click.pass_obj
def command(
    env: Mapping[str, str],
    folder: str,
    output: str | None,
    output_format: str,
    engine: EngineChoice,
    base_url: str | None,
    api_key: str | None,
    model: str | None,
    mode: ModeChoice,
    batch: bool,
    workers: int | None,
    context_window: int | None,
    llm_only: bool,
    concurrency: int | None,
    max_reasks: int,
    max_output_tokens: int,
    timeout: float,
    cache_dir: str | None,
    no_cache: bool,
    rpm: float | None,
    tpm: float | None,
    max_tokens_total: int | None,
    max_cost: float | None,
    price: str | None,
    title: str | None,
    quiet: bool,
) -> int:
    """Turn a FOLDER of news articles about one story into a sourced briefing.

    FOLDER holds .txt, .md, .html and .json/.jsonl articles (searched recursively).
    """
    logging.getLogger("instructor").setLevel(logging.CRITICAL)  # its retries are ours to report
    try:
        if output is not None:
            _check_output(output, folder)
        settings = Settings(
            engine=engine,
            endpoint=endpoint_from_environment(
                env,
                base_url=base_url or None,
                api_key=api_key or None,
                model=model or None,
                mode="tools" if batch and mode == "auto" else mode,  # a batch sends tool calls
                timeout=timeout,
                max_output_tokens=max_output_tokens,
                context_window=context_window,
            ),
            floor=not llm_only,
            workers=workers,
            batch=batch,
            concurrency=concurrency,
            max_reasks=max_reasks,
            title=title or None,
            cache_dir=None if no_cache else Path(cache_dir or default_cache_dir(env)),
            rpm=rpm,
            tpm=tpm,
            max_tokens_total=max_tokens_total,
            max_cost_usd=max_cost,
            price=parse_price(price) if price else None,
        )
        briefing = _summarize(folder, settings, quiet=quiet)
    except (KeyboardInterrupt, asyncio.CancelledError):
        _say("interrupted; nothing written")
        return EXIT_INTERRUPTED
    except UsageError as error:
        _say(f"error: {error}")
        return EXIT_USAGE
    except BriefError as error:
        _say(f"error: {error}")
        return EXIT_FAILED
    except Exception as error:
        if env.get("BRIEF_DEBUG"):
            raise
        detail = redact(f"{type(error).__name__}: {error}", _secrets(env, api_key))
        _say(f"internal error: {detail} (set BRIEF_DEBUG=1 for details)")
        return EXIT_FAILED
    stats = briefing.stats
    if stats.articles_extracted == 0:
        if stats.interrupted:
            _say("interrupted before any article was extracted; nothing written")
            return EXIT_INTERRUPTED
        first = stats.articles_failed[0] if stats.articles_failed else None
        reason = f" ({first.path}: {first.reason})" if first else ""
        _say(f"error: no article could be extracted{reason}")
        return EXIT_FAILED
    with _signals_wait_for_the_write() as received:
        document = render_json(briefing) if output_format == "json" else render_markdown(briefing)
        try:
            _write(document, output)
        except OSError as error:
            _say(f"error: cannot write {output}: {error.strerror or error}")
            return EXIT_FAILED
    if not quiet:
        _say(_summary_line(briefing))
    if received and not stats.interrupted:
        _say("interrupted while writing: the briefing was written whole")
        return EXIT_INTERRUPTED
    if stats.merge_interrupted:
        cached = " (extractions are cached)" if settings.cache_dir and stats.engine == "llm" else ""
        _say(
            f"interrupted while merging {stats.articles_extracted} extracted articles: the "
            f"briefing lists the sources only; run again to merge{cached}"
        )
        return EXIT_INTERRUPTED
    if stats.interrupted:
        _say(
            f"interrupted: the briefing holds the {stats.articles_extracted} articles that finished"
        )
        return EXIT_INTERRUPTED
    if stats.budget_reached and not quiet:
        _say("budget reached: articles not started are listed in the briefing; run again to go on")
    return EXIT_PARTIAL if stats.articles_failed else EXIT_OK


def main(argv: Sequence[str] | None = None, env: Mapping[str, str] | None = None) -> int:
    """Run `brief` with `argv` (default: the process's) and return the exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    previous = None
    with contextlib.suppress(ValueError):  # not the main thread: the caller owns the signals
        previous = signal.signal(signal.SIGTERM, _interrupt)  # SIGTERM is Ctrl-C, as in the run
    try:
        code = command.main(
            args=arguments,
            prog_name="brief",
            standalone_mode=False,
            obj=os.environ if env is None else env,
        )
    except click.exceptions.Exit as done:
        return int(done.exit_code)
    except click.ClickException as error:
        _say(f"error: {error.format_message()} (see brief --help)")
        return EXIT_USAGE
    except click.exceptions.Abort:
        return EXIT_INTERRUPTED
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    return int(code) if isinstance(code, int) else EXIT_OK


def run() -> None:
    """Console-script entry point. Once the briefing is written and the streams flushed, the
    process ends at once: tearing down a large run's objects takes up to a second, and a
    signal must not wait for it."""
    code = main()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)


def _summarize(folder: str, settings: Settings, *, quiet: bool) -> Briefing:
    with _progress(enabled=not quiet and sys.stderr.isatty()) as progress:

        def on_loaded(loaded: LoadResult) -> None:
            if not quiet and settings.engine == "auto":
                _say(_engine_line(settings))
            if not quiet:
                _report_failures(loaded.failures, "skipped")
                for name in loaded.truncated[:FAILURES_SHOWN_PER_REASON]:
                    _say(f"{name}: only its first {MAX_ARTICLE_CHARS:,} characters are read")
                if len(loaded.truncated) > FAILURES_SHOWN_PER_REASON:
                    more = len(loaded.truncated) - FAILURES_SHOWN_PER_REASON
                    _say(f"... and {more} more articles cut to {MAX_ARTICLE_CHARS:,} characters")
                if loaded.ignored:
                    _say(f"ignored {len(loaded.ignored)} file(s) that are not articles "
                         f"(first: {loaded.ignored[0]})")  # fmt: skip
            if progress is not None:
                progress.add_task("extracting", total=len(loaded.articles))

        def on_progress(article: Article, succeeded: bool) -> None:
            if progress is not None:
                progress.advance(progress.task_ids[0])

        async def run() -> Briefing:
            # SIGTERM stops the run like Ctrl-C: what finished is written, the rest is cached.
            task = asyncio.current_task()
            with contextlib.suppress(NotImplementedError, RuntimeError):
                if task is not None:
                    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, task.cancel)
            return await summarize_async(
                folder,
                settings=settings,
                on_loaded=on_loaded,
                on_progress=on_progress,
                on_notice=lambda notice: _say(f"warning: {notice}"),
            )

        briefing = asyncio.run(run())
        with contextlib.suppress(ValueError):  # the loop gave SIGTERM back to the default
            signal.signal(signal.SIGTERM, _interrupt)
    if not quiet:
        _report_failures(
            [f for f in briefing.stats.articles_failed if f.stage == "extract"], "failed"
        )
        _report_failures(briefing.stats.llm_fallbacks, "offline extraction only for")
    return briefing


FAILURES_SHOWN_PER_REASON = 5


def _report_failures(failures: Sequence[ArticleFailure], verb: str) -> None:
    """One line per failed file or article, but not hundreds for one cause (a budget, an
    interruption, a file of bad lines): after a few, the rest with the same reason are counted;
    the briefing lists them all."""
    by_reason: dict[str, list[ArticleFailure]] = {}
    for failure in failures:
        by_reason.setdefault(failure.reason, []).append(failure)
    for reason, group in by_reason.items():
        for failure in group[:FAILURES_SHOWN_PER_REASON]:
            _say(f"{verb} {failure.path}: {reason}")
        if len(group) > FAILURES_SHOWN_PER_REASON:
            more = len(group) - FAILURES_SHOWN_PER_REASON
            _say(f"... and {more} more {verb}: {reason} (the briefing lists every one)")


@contextmanager
def _progress(*, enabled: bool) -> Iterator[Progress | None]:
    if not enabled:
        yield None
        return
    from rich.console import Console  # a progress bar is drawn only on a terminal
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    bar = Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=Console(stderr=True), transient=True,
    )  # fmt: skip
    with bar:
        yield bar


def _engine_line(settings: Settings) -> str:
    if chosen_engine(settings) == "offline":
        return (
            "using the offline engine (no LLM endpoint configured; set OPENAI_API_KEY, "
            "OPENAI_BASE_URL or --base-url to use an LLM)"
        )
    endpoint = settings.endpoint
    assert endpoint is not None
    model = endpoint.model or "the server's model"
    return f"using the llm engine ({model} at {endpoint.url}; --engine offline runs without it)"


def _summary_line(briefing: Briefing) -> str:
    s = briefing.stats
    engine = s.engine + (f" ({s.model})" if s.model else "")
    extracted = f"{s.articles_extracted}/{s.articles_loaded} articles extracted"
    if s.articles_cached:
        extracted += f" ({s.articles_cached} from cache)"
    parts = [extracted, f"engine {engine}"]
    if s.llm_calls or s.engine == "llm":
        parts.append(f"{s.llm_calls} calls ({s.reasks} re-asks)")
        parts.append(f"{s.input_tokens:,} tokens in / {s.output_tokens:,} out")
        if s.estimated_cost_usd is not None:
            parts.append(f"~${s.estimated_cost_usd:.4f}")
    if s.ungrounded_dropped:
        parts.append(f"{s.ungrounded_dropped} ungrounded items dropped")
    if s.articles_failed:
        parts.append(f"{len(s.articles_failed)} failed")
    parts.append(f"{s.duration_seconds:.1f} s")
    return " · ".join(parts)


def _interrupt(*_: object) -> None:
    raise KeyboardInterrupt


@contextmanager
def _signals_wait_for_the_write() -> Iterator[list[int]]:
    """While the briefing is rendered and written, SIGINT and SIGTERM are noted, not obeyed:
    a second's wait for a whole briefing beats a run lost at its last step."""
    received: list[int] = []
    previous: dict[signal.Signals, Any] = {}
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(ValueError):  # not the main thread
            previous[signum] = signal.signal(signum, lambda number, _: received.append(number))
    try:
        yield received
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _check_output(output: str, folder: str) -> None:
    """Refuse, before any work, an output that would be lost or would corrupt the input: a
    folder, a file inside FOLDER (the next run would read the briefing as an article), or an
    input file itself."""
    target = Path(output).resolve()
    source = Path(folder).resolve()
    if target.is_dir():
        raise UsageError(f"cannot write {output}: it is a folder; name a file")
    if target == source:
        raise UsageError(f"cannot write {output}: it is the input; name another file")
    if source.is_dir() and target.is_relative_to(source):
        raise UsageError(
            f"cannot write {output}: it is inside {folder}, and the next run would read the "
            "briefing as an article; write it outside the folder"
        )
    parent = target.parent
    if not parent.is_dir():
        raise UsageError(f"cannot write {output}: folder {parent} does not exist")
    if not os.access(parent, os.W_OK):
        raise UsageError(f"cannot write {output}: folder {parent} is not writable")


def _write(document: str, output: str | None) -> None:
    if output is None:
        sys.stdout.write(document)
        sys.stdout.flush()
        return
    target = Path(output)
    write_atomically(target, document.encode("utf-8"), prefix=f".{target.name}.", public=True)


def _secrets(env: Mapping[str, str], api_key: str | None) -> list[str | None]:
    return [api_key, env.get("BRIEF_API_KEY"), env.get("OPENAI_API_KEY")]


def _say(message: str) -> None:
    """One line on stderr; file names, server and model words cannot drive the terminal."""
    print(f"brief: {for_terminal(message)}", file=sys.stderr, flush=True)
