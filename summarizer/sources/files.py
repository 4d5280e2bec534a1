"""Which files of FOLDER are read, and reading them safely: a stable order, hidden files skipped,
links that leave the folder, devices, FIFOs and sockets never opened, sizes bounded.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass

from ..errors import ArticleLoadError
from .decoding import printable_name

ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl"})


MAX_FILE_BYTES = 20 * 1024 * 1024


SUFFIX_LIST = ".txt, .md, .html, .json, .jsonl"


_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_NONBLOCK", 0)  # a FIFO swapped in after the listing cannot block the open
)


_NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0)


@dataclass(frozen=True)
class Entry:
    """One name found under the folder: a file to read, or why it is reported unopened."""

    relative: str
    """Path below the folder, as found (the sort key); the path itself for a single file."""
    display: str
    path: str
    """What to open: the entry itself, or the target of a link inside the folder."""
    skip: str | None = None
    follow: bool = False
    """Open through a symbolic link: only the path given by the caller."""


def given_file(given: str) -> Entry:
    """The one file the caller named: links are followed, special files still not opened."""
    display = printable_name(given)
    try:
        mode = os.stat(given).st_mode
    except OSError as error:
        return Entry(given, display, given, skip=f"cannot read: {_strerror(error)}")
    if not stat.S_ISREG(mode):
        return Entry(given, display, given, skip=_not_regular(mode))
    return Entry(given, display, given, follow=True)


def walk(given: str) -> list[Entry]:
    """Every file and reported name under the folder `given`, sorted by relative path."""
    base = os.path.realpath(given)
    found: list[Entry] = []
    folders = [""]
    while folders:
        relative_folder = folders.pop()
        folder = os.path.join(given, relative_folder) if relative_folder else given
        try:
            with os.scandir(folder) as listing:
                children = list(listing)
        except OSError as error:
            reason = f"cannot read the folder: {_strerror(error)}"
            found.append(Entry(relative_folder, _display(given, relative_folder), folder, reason))
            continue
        for child in children:
            if child.name.startswith("."):
                continue
            relative = f"{relative_folder}/{child.name}" if relative_folder else child.name
            display = _display(given, relative)
            try:
                if child.is_dir(follow_symlinks=False):
                    folders.append(relative)
                else:
                    found.append(_classify(child, relative, display, base))
            except OSError as error:  # gone, or unreadable metadata, since the listing
                found.append(
                    Entry(relative, display, child.path, f"cannot read: {_strerror(error)}")
                )
    return sorted(found, key=lambda entry: entry.relative)


_OUTSIDE_FILE = "symbolic link to a file outside the folder: not followed"


def _classify(child: os.DirEntry[str], relative: str, display: str, base: str) -> Entry:
    if child.is_file(follow_symlinks=False):
        return Entry(relative, display, child.path)
    if not child.is_symlink():
        return Entry(
            relative, display, child.path, _not_regular(child.stat(follow_symlinks=False).st_mode)
        )
    target = os.path.realpath(child.path)
    inside = target == base or target.startswith(base.rstrip(os.sep) + os.sep)
    try:
        mode = os.stat(target).st_mode
    except OSError as error:
        reason = f"cannot read: {_strerror(error)}" if inside else _OUTSIDE_FILE
        return Entry(relative, display, child.path, reason)
    if stat.S_ISDIR(mode):
        where = "inside" if inside else "outside"
        return Entry(
            relative,
            display,
            child.path,
            f"symbolic link to a folder {where} the folder: not walked",
        )
    if not inside:
        return Entry(relative, display, child.path, _OUTSIDE_FILE)
    if not stat.S_ISREG(mode):
        return Entry(relative, display, child.path, f"symbolic link to a {_kind(mode)}: not opened")
    return Entry(relative, display, target)  # read through the target, itself no link


def _not_regular(mode: int) -> str:
    return f"not a regular file ({_kind(mode)}): not opened"


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "named pipe"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    return "special file"


def _display(given: str, relative: str) -> str:
    return printable_name(os.path.join(given, relative) if relative else given)


def _strerror(error: OSError) -> str:
    return error.strerror or str(error)


def read_bytes(entry: Entry) -> bytes:
    """The file's bytes, opened without following a link (unless the caller named one) and
    checked to be a regular file on the open descriptor: a name swapped after the listing for
    a link or a FIFO is refused, not followed or waited on."""
    flags = _OPEN_FLAGS if entry.follow else _OPEN_FLAGS | _NO_FOLLOW
    try:
        with open(os.open(entry.path, flags), "rb") as file:
            info = os.fstat(file.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise ArticleLoadError(entry.display, _not_regular(info.st_mode))
            # Sized to the file: a read of MAX_FILE_BYTES would allocate that much each time.
            wanted = info.st_size or MAX_FILE_BYTES  # some special file systems report 0
            data = file.read(wanted + 1) if info.st_size <= MAX_FILE_BYTES else b""
    except OSError as error:
        if error.errno == errno.ELOOP and not entry.follow:
            reason = "became a symbolic link while loading: not followed"
        else:
            reason = f"cannot read: {_strerror(error)}"
        raise ArticleLoadError(entry.display, reason) from error
    size = max(info.st_size, len(data))
    if size > MAX_FILE_BYTES:
        raise ArticleLoadError(
            entry.display, f"too large ({size:,} bytes; the limit is {MAX_FILE_BYTES:,})"
        )
    return data
