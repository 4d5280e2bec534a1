"""Load the prompt templates shipped in `summarizer.prompts` and fill them in.

Templates are Jinja with `StrictUndefined`: a variable the caller forgets fails loudly instead of
rendering as an empty string. `prompt_version()` fingerprints the templates so that anything keyed
on the prompt (the extraction cache) changes when a prompt does.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache, lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING, Any

from ...models import Article

if TYPE_CHECKING:
    import jinja2

PROMPT_PACKAGE = "summarizer.prompts"
EXTRACT_SYSTEM = "extract_system.md"
EXTRACT_USER = "extract_user.md"
EXTRACT_REASK = "extract_reask.md"
_ALL_PROMPTS = (EXTRACT_SYSTEM, EXTRACT_USER, EXTRACT_REASK)


@cache
def _source(name: str) -> str:
    return (files(PROMPT_PACKAGE) / name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    import jinja2  # only a run that sends requests renders prompts; the cache needs only hashes

    return jinja2.Environment(
        loader=jinja2.FunctionLoader(_source),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=False,
    )


def render_prompt(name: str, **variables: Any) -> str:
    """The template `name` filled with `variables`; a missing variable raises."""
    return _environment().get_template(name).render(**variables).strip()


@lru_cache(maxsize=1)
def prompt_version() -> str:
    """A short fingerprint of every prompt template."""
    digest = hashlib.sha256()
    for name in _ALL_PROMPTS:
        digest.update(name.encode())
        digest.update(_source(name).encode())
    return digest.hexdigest()[:12]


DELIMITERS = ("article", "title", "url", "published", "text")
"""The tags that delimit an article's fields in the prompt."""
_TAG_LIKE = re.compile(rf"<(?=\s*/?\s*(?:{'|'.join(DELIMITERS)})\b)", re.IGNORECASE)
_FULLWIDTH_LESS_THAN = "\uff1c"


def as_article_data(text: str) -> str:
    """An article field made safe to sit between the prompt's delimiter tags: any tag-like form
    of them ('</article>', '</ARTICLE >', '< /Article>'), in any case or spacing, is no longer a
    tag, so the article cannot close its delimiters and speak as the user."""
    return _TAG_LIKE.sub(_FULLWIDTH_LESS_THAN, text)


def as_field(value: str | None) -> str:
    """A one-line metadata field (title, url, date) as article data."""
    return as_article_data(" ".join((value or "").split()))


def extraction_messages(article: Article, problems: str | None = None) -> list[dict[str, str]]:
    """The chat messages that ask for one article's draft; a re-ask adds what was wrong with
    the last answer in a few lines, not the answer itself (which could fill the window)."""
    user = render_prompt(
        EXTRACT_USER,
        article_id=article.id,
        title=as_field(article.title),
        url=as_field(article.url),
        published=article.published.isoformat() if article.published else "",
        text=as_article_data(article.text),
    )
    messages = [
        {"role": "system", "content": _system_prompt()},
        {"role": "user", "content": user},
    ]
    if problems:
        messages.append(
            {"role": "user", "content": render_prompt(EXTRACT_REASK, problems=problems)}
        )
    return messages


@lru_cache(maxsize=1)
def _system_prompt() -> str:
    """The instructions, the same for every article: rendered once per run."""
    return render_prompt(EXTRACT_SYSTEM)
