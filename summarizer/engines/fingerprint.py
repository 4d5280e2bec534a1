"""A short hash of the package's own code: what a cached extraction or briefing was made by, so
that a change to that code, in any of its modules, misses the cache."""

from __future__ import annotations

import hashlib
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1]


def code_fingerprint(*parts: str) -> str:
    """The hash of every module under each package-relative folder in `parts` (a file names
    itself), in the order given, each folder's modules sorted."""
    digest = hashlib.sha256()
    for part in parts:
        target = PACKAGE / part
        for path in sorted(target.rglob("*.py")) if target.is_dir() else [target]:
            digest.update(path.relative_to(PACKAGE).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]
