"""Where the briefing goes: refused up front when it would be lost or read back as input,
written atomically, and not cut short by a signal."""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..atomic import write_atomically
from ..errors import UsageError


def check_output(output: str, folder: str) -> None:
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


def write(document: str, output: str | None) -> None:
    """The document to stdout, or atomically to `output`."""
    if output is None:
        sys.stdout.write(document)
        sys.stdout.flush()
        return
    target = Path(output)
    write_atomically(target, document.encode("utf-8"), prefix=f".{target.name}.", public=True)


@contextmanager
def signals_wait_for_the_write() -> Iterator[list[int]]:
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
