"""Files written whole or not at all: the cache's entries and the briefing the CLI writes.

The data goes to a temporary file beside the target, which is renamed over it once complete, so a
reader, or a run killed mid-write, sees the old file or the new one and never part of one.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, data: bytes, *, prefix: str, public: bool = False) -> None:
    """Replace `path` with `data`; the temporary file's name starts with `prefix`.

    `public` gives the file the permissions a plain write would (mkstemp makes it private).
    """
    handle, temporary = tempfile.mkstemp(dir=path.resolve().parent, prefix=prefix)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        if public:
            os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
