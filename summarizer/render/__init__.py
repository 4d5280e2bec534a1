"""Stage 4, render: a `Briefing` as Markdown for people or JSON for programs, every string
escaped for where it lands."""

from .markdown import render_json, render_markdown

__all__ = ["render_json", "render_markdown"]
