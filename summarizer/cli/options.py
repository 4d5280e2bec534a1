"""`brief FOLDER`'s options, shown in sections with the environment, exit codes and examples,
and turned into `Settings`."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

import click

from ..engines.cache import default_cache_dir
from ..engines.llm.endpoint import DEFAULT_TIMEOUT, MODE_CHOICES, endpoint_from_environment
from ..engines.pricing import Price
from ..settings import Settings

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_PARTIAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 130

SECTIONS: dict[str, tuple[str, ...]] = {
    "Input and output": ("output", "output_format", "title", "quiet", "verbose"),
    "Engine": ("engine", "llm_only", "workers"),
    "LLM endpoint": (
        "base_url", "api_key", "model", "mode", "context_window", "max_output_tokens",
        "max_reasks", "timeout",
    ),
    "Speed and cost": (
        "concurrency", "rpm", "tpm", "max_tokens_total", "max_cost", "price", "batch",
    ),
    "Cache": ("cache_dir", "no_cache"),
}  # fmt: skip
ENVIRONMENT = [
    ("OPENAI_API_KEY", "key for api.openai.com, or for OPENAI_BASE_URL when set beside it"),
    ("OPENAI_BASE_URL", "an OpenAI-compatible endpoint (as --base-url)"),
    ("BRIEF_API_KEY", "key for the chosen endpoint (as --api-key)"),
    ("BRIEF_MODEL, OPENAI_MODEL", "model name (as --model)"),
    ("BRIEF_ENGINE, BRIEF_MODE", "as --engine, --mode"),
    ("BRIEF_CONTEXT_WINDOW", "as --context-window"),
    ("BRIEF_CACHE_DIR", "as --cache-dir"),
    ("BRIEF_DEBUG", "set to 1 to see a traceback on an internal error"),
]
EXIT_CODES = [
    (str(EXIT_OK), "the briefing was written"),
    (str(EXIT_FAILED), "nothing could be extracted, or the endpoint refuses every request"),
    (str(EXIT_USAGE), "a usage or configuration error (one line says what to change)"),
    (str(EXIT_PARTIAL), "some articles failed or a budget stopped the run; briefing written"),
    (str(EXIT_INTERRUPTED), "interrupted (Ctrl-C, SIGTERM); what finished is written"),
]
EXAMPLES = [
    "brief news/ -o briefing.md                           # offline: no key, no network",
    "OPENAI_API_KEY=sk-... brief news/ --format json       # OpenAI (gpt-4o-mini)",
    "brief news/ --base-url http://localhost:11434/v1 --model llama3.1    # Ollama",
    "brief cache info                                     # the cache: where, how big",
]


class SectionedCommand(click.Command):
    """A command whose help shows its options in `SECTIONS`, then the environment variables,
    exit codes and examples."""

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        records = {
            p.name: p.get_help_record(ctx)
            for p in self.get_params(ctx)
            if isinstance(p, click.Option)
        }
        placed = {name for names in SECTIONS.values() for name in names}
        sections = {**SECTIONS, "Other": tuple(n for n in records if n and n not in placed)}
        for title, names in sections.items():
            rows = [record for name in names if (record := records.get(name))]
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        for title, rows in (("Environment", ENVIRONMENT), ("Exit codes", EXIT_CODES)):
            with formatter.section(title):
                formatter.write_dl(rows)
        with formatter.section("Examples"):
            for example in EXAMPLES:  # as written: a command is not re-wrapped
                formatter.write(f"{'':>{formatter.current_indent}}{example}\n")


class PriceType(click.ParamType):  # type: ignore[type-arg]
    """'0.15/0.60': USD per million input / output tokens."""

    name = "IN/OUT"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, Price):
            return value
        try:
            first, second = str(value).split("/")
            price = Price(float(first), float(second))
        except ValueError:
            self.fail(f"give USD per million input/output tokens, e.g. 0.15/0.60; got {value!r}")
        if price.input_per_million < 0 or price.output_per_million < 0:
            self.fail("a price cannot be negative")
        return price


_F = TypeVar("_F", bound=Callable[..., Any])
_OPTIONS: list[Callable[[_F], _F]] = [
    click.argument("folder", metavar="FOLDER"),
    click.option("-o", "--output", metavar="FILE", help="Write the briefing to FILE, not stdout."),
    click.option(
        "--format", "output_format", type=click.Choice(["md", "json"]), default="md",
        show_default=True, help="Markdown for people, JSON for programs.",
    ),
    click.option(
        "--title", help="Title of the briefing (default: the headline most like the others)."
    ),
    click.option("-q", "--quiet", is_flag=True, help="Only errors on stderr."),
    click.option(
        "-v", "--verbose", count=True,
        help="Say what happens: retries, rate-limit pauses, cache hits, re-asks (-vv: more).",
    ),
    click.option(
        "--engine", type=click.Choice(["auto", "llm", "offline"]), default="auto",
        show_default=True, envvar="BRIEF_ENGINE",
        help="auto: the LLM when an endpoint is configured, else the offline engine.",
    ),
    click.option(
        "--llm-only", is_flag=True,
        help="Use the model's extraction alone, without the offline engine's under it.",
    ),
    click.option(
        "--workers", type=click.IntRange(1, 256), default=None,
        help="Processes for the offline rules (with an LLM, this one counts as one). "
        "[default: every core from 200 articles]",
    ),
    click.option(
        "--base-url", metavar="URL", help="OpenAI-compatible endpoint, e.g. http://localhost:11434/v1."
    ),
    click.option("--api-key", metavar="KEY", help="Key for the endpoint."),
    click.option("--model", metavar="NAME", help="Model name."),
    click.option(
        "--mode", type=click.Choice(MODE_CHOICES), default="auto", show_default=True,
        envvar="BRIEF_MODE",
        help="How structure is asked for: tool call, JSON schema, JSON object or JSON in the "
        "prompt; auto: tools for hosted APIs, md_json for a server on this machine.",
    ),
    click.option(
        "--context-window", type=click.IntRange(512, 10_000_000), default=None,
        metavar="TOKENS", envvar="BRIEF_CONTEXT_WINDOW",
        help="The model's context window, if the server does not list it.",
    ),
    click.option(
        "--max-output-tokens", type=click.IntRange(64, 200_000), default=4096, show_default=True,
        help="Output tokens per request at most (answers are bounded by the article too).",
    ),
    click.option(
        "--max-reasks", type=click.IntRange(0, 5), default=2, show_default=True,
        help="Times the model may fix an invalid or ungrounded answer.",
    ),
    click.option(
        "--timeout", type=click.FloatRange(1, 3600), default=DEFAULT_TIMEOUT, show_default=True,
        help="Seconds one request may take.",
    ),
    click.option(
        "--concurrency", type=click.IntRange(1, 256), default=None,
        help="Requests in flight at once. [default: 16 for OpenAI, 4 on this machine, else 8]",
    ),
    click.option("--rpm", type=click.FloatRange(min=0.001), help="Stay under N requests a minute."),
    click.option("--tpm", type=click.FloatRange(min=1), help="Stay under N tokens a minute."),
    click.option(
        "--max-tokens-total", type=click.IntRange(min=1), metavar="N",
        help="Start no new article after N tokens; the briefing is written, exit 3.",
    ),
    click.option(
        "--max-cost", type=click.FloatRange(min=0), metavar="USD",
        help="Start no new article once the run has cost this much; needs a known price.",
    ),
    click.option(
        "--price", type=PriceType(),
        help="USD per million input/output tokens, e.g. 0.15/0.60 (overrides the table).",
    ),
    click.option(
        "--batch", is_flag=True,
        help="Send every uncached article as one Batch API job (half price; hours of latency).",
    ),
    click.option(
        "--cache-dir", metavar="DIR",
        help="Where extractions are kept. [default: the platform's user cache folder]",
    ),
    click.option("--no-cache", is_flag=True, help="Neither read nor write the cache."),
]  # fmt: skip


def summarize_options(function: _F) -> _F:
    """Every option of `brief FOLDER`, in the order the help shows them."""
    for option in reversed(_OPTIONS):
        function = option(function)
    return function


def settings_from(env: Mapping[str, str], options: Mapping[str, Any]) -> Settings:
    """The run's settings from the parsed options and the environment."""
    batch = bool(options["batch"])
    mode = options["mode"]
    return Settings(
        engine=options["engine"],
        endpoint=endpoint_from_environment(
            env,
            base_url=options["base_url"] or None,
            api_key=options["api_key"] or None,
            model=options["model"] or None,
            mode="tools" if batch and mode == "auto" else mode,  # a batch sends tool calls
            timeout=options["timeout"],
            max_output_tokens=options["max_output_tokens"],
            context_window=options["context_window"],
        ),
        floor=not options["llm_only"],
        workers=options["workers"],
        batch=batch,
        concurrency=options["concurrency"],
        max_reasks=options["max_reasks"],
        title=options["title"] or None,
        cache_dir=None
        if options["no_cache"]
        else Path(options["cache_dir"] or default_cache_dir(env)),
        rpm=options["rpm"],
        tpm=options["tpm"],
        max_tokens_total=options["max_tokens_total"],
        max_cost_usd=options["max_cost"],
        price=options["price"],
    )


FLAGS = {
    "Endpoint.mode='tools'": "--mode tools",
    "Endpoint.model": "--model",
    "Endpoint.base_url": "--base-url",
    "Settings.batch": "--batch",
    "Settings.max_cost_usd": "--max-cost",
    "Settings.price": "--price IN/OUT",
}
"""How the library's messages name settings, and the options that set them."""


def in_flags(message: str) -> str:
    """A library message with each setting it names given as the option that sets it."""
    for setting, flag in FLAGS.items():
        message = message.replace(setting, flag)
    return message
