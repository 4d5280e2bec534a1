"""What `brief` says on stderr: one-line messages, the progress bar, `-v` logging, failures
and the run's summary line. Nothing from a file, a server or a model can drive the terminal."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from ..assembly import chosen_engine
from ..models import ArticleFailure, Briefing
from ..render.escaping import for_terminal
from ..render.stats import run_facts
from ..settings import Settings

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

FAILURES_SHOWN_PER_REASON = 5
EXTRACTING = "extracting"


def say(message: str) -> None:
    """One line on stderr; file names, server and model words cannot drive the terminal."""
    print(f"brief: {for_terminal(message)}", file=sys.stderr, flush=True)


def report_failures(failures: Sequence[ArticleFailure], verb: str) -> None:
    """One line per failed file or article, but not hundreds for one cause (a budget, an
    interruption, a file of bad lines): after a few, the rest with the same reason are counted;
    the briefing lists them all."""
    by_reason: dict[str, list[ArticleFailure]] = {}
    for failure in failures:
        by_reason.setdefault(failure.reason, []).append(failure)
    for reason, group in by_reason.items():
        for failure in group[:FAILURES_SHOWN_PER_REASON]:
            say(f"{verb} {failure.path}: {reason}")
        if len(group) > FAILURES_SHOWN_PER_REASON:
            more = len(group) - FAILURES_SHOWN_PER_REASON
            say(f"... and {more} more {verb}: {reason} (the briefing lists every one)")


class RunDisplay(logging.Handler):
    """The progress bar (on a terminal) and the library's log lines (with `-v`).

    The library logs what happens (`summarizer.*` loggers); a record with a `state` attribute
    ('waiting for the rate limit', 'starting the LLM client') also becomes the bar's label
    until the next article finishes."""

    def __init__(self, *, bar: bool, verbosity: int) -> None:
        super().__init__(logging.DEBUG if verbosity > 1 else logging.INFO)
        self.verbosity = verbosity
        self.progress: Progress | None = None
        self._task: TaskID | None = None
        self._bar = bar

    def start(self, total: int) -> None:
        """Show the bar for `total` articles, at once."""
        if not self._bar or self.progress is not None:
            return
        from rich.console import Console  # drawn only on a terminal
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.progress = Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
            TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
            console=Console(stderr=True), transient=True,
        )  # fmt: skip
        self.progress.start()
        self._task = self.progress.add_task(EXTRACTING, total=total)

    def advance(self) -> None:
        """One more article finished."""
        if self.progress is not None and self._task is not None:
            self.progress.update(self._task, advance=1, description=EXTRACTING)

    def stop(self) -> None:
        """Take the bar away."""
        if self.progress is not None:
            self.progress.stop()
            self.progress = None

    def emit(self, record: logging.LogRecord) -> None:
        state = getattr(record, "state", None)
        if state and self.progress is not None and self._task is not None:
            self.progress.update(self._task, description=str(state))
        if self.verbosity:
            say(record.getMessage())


@contextmanager
def run_display(*, bar: bool, verbosity: int) -> Iterator[RunDisplay]:
    """The display for one run, hearing the library's loggers while it lasts."""
    display = RunDisplay(bar=bar, verbosity=verbosity)
    logger = logging.getLogger("summarizer")
    previous = logger.level
    logger.addHandler(display)
    logger.setLevel(display.level if verbosity or bar else logging.WARNING)
    logging.getLogger("instructor").setLevel(logging.CRITICAL)  # its retries are ours to report
    try:
        yield display
    finally:
        display.stop()
        logger.removeHandler(display)
        logger.setLevel(previous)


def engine_line(settings: Settings) -> str:
    """Which engine runs, and how to choose the other."""
    if chosen_engine(settings) == "offline":
        return (
            "using the offline engine (no LLM endpoint configured; set OPENAI_API_KEY, "
            "OPENAI_BASE_URL or --base-url to use an LLM)"
        )
    endpoint = settings.endpoint
    assert endpoint is not None
    model = endpoint.model or "the server's model"
    return f"using the llm engine ({model} at {endpoint.url}; --engine offline runs without it)"


def summary_line(briefing: Briefing) -> str:
    """'6/6 articles extracted · engine llm (gpt-4o-mini) · 6 calls (0 re-asks) · … · 8.2 s'."""
    s = briefing.stats
    return " · ".join([*run_facts(s, short=True), f"{s.duration_seconds:.1f} s"])
