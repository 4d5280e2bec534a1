"""The `brief` command line (see `main`): options in `options`, stderr in `terminal`, the
briefing's file in `writing`, `brief cache` in `cache`."""

from .main import command, main, run
from .terminal import report_failures

__all__ = ["command", "main", "report_failures", "run"]
