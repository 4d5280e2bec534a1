"""`python -m summarizer` runs the `brief` command."""

from .cli import run

run()
