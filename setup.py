"""Build hook: the offline engine's rules, the merge and the text tools compiled with mypyc.

Compiled, the offline engine reads an article about 1.5 times as fast and the merge runs 1.3
times as fast, with the same output (`benchmarks/offline_speed.py`, `merge_scale.py`): the code
is typed Python (`mypy --strict`), and mypyc turns typed Python into a C extension. Everything
else about the project is in pyproject.toml.

- `pip install .` and wheels compile; editable installs (`pip install -e .`) do not, so an edited
  rule takes effect at once (a compiled module would shadow its source).
- `BRIEF_COMPILE=0` never compiles; `BRIEF_COMPILE=1` compiles even an editable install and makes
  a failure to compile an error.
- Otherwise a machine that cannot compile (no C compiler, no Python headers) gets the pure Python
  package, and the build says why.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from setuptools import setup
from setuptools.command.build_ext import build_ext

COMPILED = [  # the hot paths; engine.py stays Python, so OfflineEngine can be subclassed
    *sorted(str(p) for p in Path("summarizer/engines/offline").glob("*.py")),
    *sorted(str(p) for p in Path("summarizer/merge").glob("*.py")),
    *sorted(str(p) for p in Path("summarizer/text").glob("*.py")),
]
COMPILED = [p for p in COMPILED if not p.endswith(("__init__.py", "/engine.py"))]

# The build environment holds the build requirements alone, not the package's dependencies:
# their types are unknown there (Any), which mypyc compiles as plain Python objects.
MYPY_FLAGS = [
    "--ignore-missing-imports",
    "--allow-subclassing-any",
    "--allow-untyped-decorators",
    "--no-warn-return-any",
    "--no-warn-unused-ignores",
]

EDITABLE = {"editable_wheel", "develop"}
BUILDING = {"bdist_wheel", "build", "build_ext", "install", *EDITABLE}


def _wanted() -> bool:
    """Whether this run of setup.py builds, and should compile. A build runs it for its
    metadata and requirements too ('egg_info', 'dist_info'): those never compile, even with
    BRIEF_COMPILE=1 (each would type-check and generate the C again)."""
    commands = set(sys.argv[1:])
    if not BUILDING & commands:
        return False
    choice = os.environ.get("BRIEF_COMPILE", "")
    if choice in ("0", "1"):
        return choice == "1"
    return not EDITABLE & commands


def _note(message: str) -> None:
    print(f"brief build: {message}", file=sys.stderr)


class OptionalBuildExt(build_ext):
    """Builds the compiled modules, or none of them: mypyc's modules share one library, so a
    partial build would leave modules that cannot load. Without `BRIEF_COMPILE=1` a failure
    leaves the pure Python package."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as error:
            if os.environ.get("BRIEF_COMPILE") == "1":
                raise
            self._remove_built()
            _note(f"compiling failed ({_first_line(error)}); installing pure Python, 1.5x slower")

    def _remove_built(self) -> None:
        for extension in self.extensions:
            for base in (self.build_lib, "."):
                built = Path(base, self.get_ext_filename(extension.name))
                built.unlink(missing_ok=True)


def _first_line(error: BaseException) -> str:
    text = str(error).splitlines()[0] if str(error) else type(error).__name__
    return text if len(text) <= 160 else text[:160] + "…"


def _extensions() -> list[Any]:
    if not _wanted():
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        _note("mypyc is not installed; installing pure Python")
        return []
    try:
        return list(mypycify([*MYPY_FLAGS, *COMPILED], opt_level="3"))
    except (Exception, SystemExit) as error:
        if os.environ.get("BRIEF_COMPILE") == "1":
            raise
        _note(f"mypyc could not compile the rules ({_first_line(error)}); installing pure Python")
        return []


setup(ext_modules=_extensions(), cmdclass={"build_ext": OptionalBuildExt})
