"""`brief FOLDER` and `brief cache info|clear`: a thin command line over `summarize_async`.

Options and environment become `Settings`; one library call makes the briefing; the document goes
to stdout or `-o FILE`; progress, warnings and a one-line summary go to stderr. Errors are one
line, never a traceback (exit codes: `options.EXIT_CODES`).
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import os
import signal
import sys
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import click

from .. import __version__
from ..engines.llm.endpoint import redact
from ..engines.offline import rules_compiled
from ..errors import BriefError, UsageError
from ..models import Briefing
from ..pipeline import summarize_async
from ..render import render_json, render_markdown
from ..settings import Settings
from ..sources.loading import MAX_ARTICLE_CHARS, LoadResult
from . import options as o
from .cache import cache
from .terminal import (
    FAILURES_SHOWN_PER_REASON,
    engine_line,
    report_failures,
    run_display,
    say,
    summary_line,
)
from .writing import check_output, signals_wait_for_the_write, write

_BUILD = "compiled" if rules_compiled() else "Python source; `pip install .` compiles them"


@click.command(
    cls=o.SectionedCommand,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@o.summarize_options
@click.version_option(
    __version__,
    "-V",
    "--version",
    prog_name="brief",
    message=f"%(prog)s, version %(version)s (offline rules: {_BUILD})",
)
@click.pass_obj
def command(env: Mapping[str, str], /, **options: Any) -> int:
    """Turn a FOLDER of news articles about one story into a sourced briefing.

    FOLDER holds .txt, .md, .html and .json/.jsonl articles (searched recursively).
    `brief cache info|clear` shows or empties the cache.
    """
    try:
        if options["output"] is not None:
            check_output(options["output"], options["folder"])
        settings = o.settings_from(env, options)
        briefing = _summarize(options["folder"], settings, options["quiet"], options["verbose"])
    except (KeyboardInterrupt, asyncio.CancelledError):
        say("interrupted; nothing written")
        return o.EXIT_INTERRUPTED
    except BriefError as error:
        say(f"error: {o.in_flags(str(error))}")
        return o.EXIT_USAGE if isinstance(error, UsageError) else o.EXIT_FAILED
    except Exception as error:
        if env.get("BRIEF_DEBUG"):
            raise
        secrets = [options["api_key"], env.get("BRIEF_API_KEY"), env.get("OPENAI_API_KEY")]
        say(f"internal error: {redact(f'{type(error).__name__}: {error}', secrets)} "
            "(set BRIEF_DEBUG=1 for details)")  # fmt: skip
        return o.EXIT_FAILED
    stats = briefing.stats
    if stats.articles_extracted == 0:
        if stats.interrupted:
            say("interrupted before any article was extracted; nothing written")
            return o.EXIT_INTERRUPTED
        first = stats.articles_failed[0] if stats.articles_failed else None
        reason = f" ({first.path}: {first.reason})" if first else ""
        say(f"error: no article could be extracted{reason}")
        return o.EXIT_FAILED
    with signals_wait_for_the_write() as received:
        json_out = options["output_format"] == "json"
        document = render_json(briefing) if json_out else render_markdown(briefing)
        try:
            write(document, options["output"])
        except OSError as error:
            say(f"error: cannot write {options['output']}: {error.strerror or error}")
            return o.EXIT_FAILED
    if not options["quiet"]:
        say(summary_line(briefing))
    return _exit_code(
        briefing, settings, quiet=options["quiet"], interrupted_while_writing=bool(received)
    )


def _summarize(folder: str, settings: Settings, quiet: bool, verbosity: int) -> Briefing:
    with run_display(bar=not quiet and sys.stderr.isatty(), verbosity=verbosity) as display:

        def on_loaded(loaded: LoadResult) -> None:
            if not quiet:
                _report_loaded(loaded, settings)
            display.start(len(loaded.articles))
            gc.freeze()  # see _unfrozen_after

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
                on_progress=lambda _, __: display.advance(),
                on_notice=lambda notice: say(f"warning: {notice}"),
            )

        with _unfrozen_after():
            briefing = asyncio.run(run())
        with contextlib.suppress(ValueError):  # the loop gave SIGTERM back to the default
            signal.signal(signal.SIGTERM, _interrupt)
    if not quiet:
        report_failures(
            [f for f in briefing.stats.articles_failed if f.stage == "extract"], "failed"
        )
        report_failures(briefing.stats.llm_fallbacks, "offline extraction only for")
    return briefing


@contextlib.contextmanager
def _unfrozen_after() -> Iterator[None]:
    """What exists once the articles are loaded (modules, schemas, word lists, the articles)
    lives for the whole run, so the run freezes it (`gc.freeze`): the collector's full passes
    then leave those ~300,000 objects unread. With 64 requests in flight that CPU is what
    the requests wait for (`benchmarks/llm_throughput.py`: efficiency 0.63 → 0.74). Unfrozen
    after the run, for a caller that goes on in this process."""
    try:
        yield
    finally:
        gc.unfreeze()


def _report_loaded(loaded: LoadResult, settings: Settings) -> None:
    if settings.engine == "auto":
        say(engine_line(settings))
    report_failures(loaded.failures, "skipped")
    shown = loaded.truncated[:FAILURES_SHOWN_PER_REASON]
    for name in shown:
        say(f"{name}: only its first {MAX_ARTICLE_CHARS:,} characters are read")
    if len(loaded.truncated) > len(shown):
        more = len(loaded.truncated) - len(shown)
        say(f"... and {more} more articles cut to {MAX_ARTICLE_CHARS:,} characters")
    if loaded.ignored:
        first = loaded.ignored[0]
        say(f"ignored {len(loaded.ignored)} file(s) that are not articles (first: {first})")


def _exit_code(
    briefing: Briefing, settings: Settings, *, quiet: bool, interrupted_while_writing: bool
) -> int:
    stats = briefing.stats
    if interrupted_while_writing and not stats.interrupted:
        say("interrupted while writing: the briefing was written whole")
        return o.EXIT_INTERRUPTED
    if stats.merge_interrupted:
        cached = " (extractions are cached)" if settings.cache_dir and stats.engine == "llm" else ""
        say(f"interrupted while merging {stats.articles_extracted} extracted articles: the "
            f"briefing lists the sources only; run again to merge{cached}")  # fmt: skip
        return o.EXIT_INTERRUPTED
    if stats.interrupted:
        say(
            f"interrupted: the briefing holds the {stats.articles_extracted} articles that finished"
        )
        return o.EXIT_INTERRUPTED
    if stats.budget_reached and not quiet:
        say("budget reached: articles not started are listed in the briefing; run again to go on")
    return o.EXIT_PARTIAL if stats.articles_failed else o.EXIT_OK


def main(argv: Sequence[str] | None = None, env: Mapping[str, str] | None = None) -> int:
    """Run `brief` with `argv` (default: the process's) and return the exit code. A first
    argument `cache` is the cache command (a folder named so is `./cache`)."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    chosen: click.Command = command
    if arguments[:1] == ["cache"]:
        chosen, arguments = cache, arguments[1:]
    previous = None
    with contextlib.suppress(ValueError):  # not the main thread: the caller owns the signals
        previous = signal.signal(signal.SIGTERM, _interrupt)  # SIGTERM is Ctrl-C, as in the run
    try:
        code = chosen.main(
            args=arguments,
            prog_name="brief cache" if chosen is cache else "brief",
            standalone_mode=False,
            obj=os.environ if env is None else env,
        )
    except click.exceptions.Exit as done:
        return int(done.exit_code)
    except click.ClickException as error:
        say(f"error: {error.format_message()} (see brief --help)")
        return o.EXIT_USAGE
    except click.exceptions.Abort:
        return o.EXIT_INTERRUPTED
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    return int(code) if isinstance(code, int) else o.EXIT_OK


def run() -> None:
    """Console-script entry point. Once the briefing is written and the streams flushed, the
    process ends at once: tearing down a large run's objects takes up to a second, and a
    signal must not wait for it."""
    code = main()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)


def _interrupt(*_: object) -> None:
    raise KeyboardInterrupt
