"""Every article's extraction kept on disk, so a re-run costs nothing and a crash loses nothing.

An entry is keyed by the article's content and everything that shapes its extraction: the
engine, the model, the instructor mode, the re-ask budget, the prompt templates' fingerprint
and the schemas' fingerprint. Change any of them and the old entries simply stop matching.

Each extraction is written as soon as its article finishes, to a temporary file renamed into
place, so a run killed half-way leaves only whole entries, and the next run requests only the
articles that did not finish. Source ids are not part of an entry: an article keeps its cached
extraction when other files join or leave the folder.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping, Sequence
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Protocol, TypeVar

from pydantic import ValidationError

from .atomic import write_atomically
from .drafts import ArticleDraft
from .extract import ExtractionEngine, ExtractionResult
from .models import (
    Actor,
    Article,
    ArticleExtraction,
    Briefing,
    Event,
    Evidence,
    OpenQuestion,
    Position,
    RunStats,
)
from .prompting import prompt_version
from .usage import ExtractionUsage

CACHE_FORMAT = 1
TEMPORARY_PREFIX = ".tmp-"
"""How a write in progress, or one a killed run left behind, is named: never an entry."""


def default_cache_dir(env: Mapping[str, str]) -> Path:
    """`$BRIEF_CACHE_DIR`, else `$XDG_CACHE_HOME/brief`, else `~/.cache/brief`."""
    if env.get("BRIEF_CACHE_DIR"):
        return Path(env["BRIEF_CACHE_DIR"])
    base = env.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "brief"


@lru_cache(maxsize=1)
def schema_version() -> str:
    """A fingerprint of the schemas: what the model fills in and what is kept."""
    digest = hashlib.sha256()
    for model in (ArticleDraft, ArticleExtraction):
        digest.update(json.dumps(model.model_json_schema(), sort_keys=True).encode())
    return digest.hexdigest()[:12]


def extraction_key(article: Article, engine_identity: str) -> str:
    """The cache key of `article` extracted by the engine `engine_identity` describes."""
    digest = hashlib.sha256()
    for part in (f"format={CACHE_FORMAT}", engine_identity, f"prompt={prompt_version()}"):
        digest.update(part.encode())
        digest.update(b"\0")
    digest.update(f"schema={schema_version()}".encode())
    digest.update(b"\0")
    digest.update(article.text.encode())
    return digest.hexdigest()


class ExtractionCache:
    """A folder of extractions, one JSON file per key."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def _path(self, key: str) -> Path:
        return self.folder / "extractions" / key[:2] / f"{key}.json"

    def get(self, key: str, source: int) -> ArticleExtraction | None:
        """The extraction cached under `key`, as source `source`; None if absent or damaged."""
        try:
            data = self._path(key).read_bytes()
        except OSError:
            return None
        try:
            extraction = ArticleExtraction.model_validate_json(data)
        except ValidationError:
            return None  # written by an incompatible version or damaged: extract again
        return restamp(extraction, source)

    def put(self, key: str, extraction: ArticleExtraction) -> None:
        """Store `extraction` under `key`, atomically."""
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, extraction.model_dump_json().encode(), prefix=TEMPORARY_PREFIX)

    def __len__(self) -> int:
        """Entries stored; a write cut short (a leftover temporary file) is not one."""
        entries = (self.folder / "extractions").glob("*/*.json")
        return sum(1 for path in entries if not path.name.startswith(TEMPORARY_PREFIX))


class BriefingCache:
    """Merged briefings, keyed by everything merging depends on, so an unchanged re-run skips it.

    Merging is deterministic: the same articles (ids, paths, titles, dates), the same
    extractions, the same title and the same merge code give the same briefing. An extraction is
    named by its fingerprint: its cache key when it came from the extraction cache (so a re-run
    can find the briefing before reading any extraction), a hash of its content otherwise. The
    statistics are the run's own and are not kept.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def key(
        self,
        articles: Sequence[Article],
        fingerprints: Sequence[str],
        title: str | None,
    ) -> str:
        """What the merge of these articles, with extractions named by `fingerprints`, is filed
        under."""
        digest = hashlib.sha256(f"format={CACHE_FORMAT} merge={merge_version()}".encode())
        digest.update((title or "").encode() + b"\0")
        for article in sorted(articles, key=lambda a: a.id):
            digest.update(article.model_dump_json(exclude={"text"}).encode() + b"\0")
        for fingerprint in sorted(fingerprints):
            digest.update(fingerprint.encode() + b"\0")
        return digest.hexdigest()

    def get(self, key: str, stats: RunStats) -> Briefing | None:
        """The cached briefing with this run's statistics; None if absent or damaged."""
        try:
            data = json.loads((self.folder / "briefings" / f"{key}.json").read_bytes())
            return Briefing.model_validate({**data, "stats": stats.model_dump()})
        except (OSError, ValueError):
            return None

    def put(self, key: str, briefing: Briefing) -> None:
        """Keep the briefing's content, atomically."""
        folder = self.folder / "briefings"
        folder.mkdir(parents=True, exist_ok=True)
        content = briefing.model_dump_json(exclude={"stats"}).encode()
        write_atomically(folder / f"{key}.json", content, prefix=TEMPORARY_PREFIX)


_Item = TypeVar("_Item", Actor, Event, Position, OpenQuestion)


@lru_cache(maxsize=1)
def merge_version() -> str:
    """A fingerprint of the merge code: a change to how briefings are merged misses the cache."""
    digest = hashlib.sha256()
    package = files("summarizer")
    for name in ("merge/__init__.py", "merge/actors.py", "merge/events.py", "merge/statements.py",
                 "merge/disagreements.py", "merge/words.py", "names.py", "models.py"):  # fmt: skip
        digest.update((package / name).read_bytes())
    return digest.hexdigest()[:12]


def content_fingerprint(extraction: ArticleExtraction) -> str:
    """A hash of an extraction's content, for extractions that did not come from the cache."""
    return hashlib.sha256(extraction.model_dump_json().encode()).hexdigest()


def restamp(extraction: ArticleExtraction, source: int) -> ArticleExtraction:
    """The extraction with every piece of evidence pointing at source `source`.

    Copies without validating again: the extraction was valid and only the number changes.
    """
    if extraction.source == source:
        return extraction

    def items(kind: list[_Item]) -> list[_Item]:
        return [item.model_copy(update={"evidence": evidence(item)}) for item in kind]

    def evidence(item: _Item) -> list[Evidence]:
        return [e.model_copy(update={"source": source}) for e in item.evidence]

    return extraction.model_copy(
        update={
            "source": source,
            "actors": items(extraction.actors),
            "events": items(extraction.events),
            "positions": items(extraction.positions),
            "open_questions": items(extraction.open_questions),
        }
    )


class CacheableEngine(ExtractionEngine, Protocol):
    """An engine that can say what, besides the article, shapes its extractions."""

    @property
    def cache_identity(self) -> str:
        """Engine, model, mode and options: part of every cache key."""
        ...


class CachedEngine:
    """An engine whose extractions are looked up before, and stored after, each request."""

    def __init__(self, engine: CacheableEngine, cache: ExtractionCache) -> None:
        self.engine = engine
        self.cache = cache

    @property
    def name(self) -> str:
        """The wrapped engine's name."""
        return self.engine.name

    @property
    def model(self) -> str | None:
        """The wrapped engine's model."""
        return self.engine.model

    @property
    def mode(self) -> str | None:
        """The wrapped engine's mode."""
        return self.engine.mode

    async def prepare(self) -> None:
        """Prepare the wrapped engine."""
        await self.engine.prepare()

    def key_for(self, article: Article) -> str:
        """The key `article`'s extraction is, or will be, cached under."""
        return extraction_key(article, self.engine.cache_identity)

    async def extract(self, article: Article) -> ExtractionResult:
        """The cached extraction if this article was extracted this way; else extract and keep."""
        key = self.key_for(article)
        cached = self.cache.get(key, article.id)
        if cached is not None:
            return ExtractionResult(extraction=cached, usage=ExtractionUsage(cached=1))
        result = await self.engine.extract(article)
        self.cache.put(key, result.extraction)
        return result

    async def aclose(self) -> None:
        """Close the wrapped engine."""
        await self.engine.aclose()
