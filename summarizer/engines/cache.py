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
import logging
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

import platformdirs
from pydantic import BaseModel, Field, ValidationError

from ..atomic import write_atomically
from ..models import (
    Actor,
    Article,
    ArticleExtraction,
    Briefing,
    Event,
    Evidence,
    OpenQuestion,
    Position,
    Quote,
    RunStats,
)
from ..usage import ExtractionUsage
from .cache_upkeep import prune_cache, touch
from .extract import ExtractionEngine, ExtractionResult, ExtractionRun, WrappedEngine
from .fingerprint import code_fingerprint

LOG = logging.getLogger(__name__)
CACHE_FORMAT = 2
"""2: an entry records the hash of the article it was extracted from."""
TEMPORARY_PREFIX = ".tmp-"
"""How a write in progress, or one a killed run left behind, is named: never an entry."""


def default_cache_dir(env: Mapping[str, str]) -> Path:
    """`BRIEF_CACHE_DIR` in `env`, else the platform's user cache folder (platformdirs:
    `~/.cache/brief` or `$XDG_CACHE_HOME/brief` on Linux, `~/Library/Caches/brief` on macOS,
    `%LOCALAPPDATA%\\brief\\Cache` on Windows)."""
    if env.get("BRIEF_CACHE_DIR"):
        return Path(env["BRIEF_CACHE_DIR"])
    return platformdirs.user_cache_path("brief", appauthor=False)


@lru_cache(maxsize=1)
def schema_version() -> str:
    """A fingerprint of what is kept: the extraction's schema."""
    schema = json.dumps(ArticleExtraction.model_json_schema(), sort_keys=True)
    return hashlib.sha256(schema.encode()).hexdigest()[:12]


def extraction_key(article: Article, engine_identity: str) -> str:
    """The cache key of `article` extracted by the engine `engine_identity` describes (its
    `cache_identity`: for the LLM engine, its settings, prompts and answer schema)."""
    digest = hashlib.sha256()
    for part in (f"format={CACHE_FORMAT}", engine_identity):
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

    def get(self, key: str, article: Article) -> ArticleExtraction | None:
        """The extraction cached under `key` for `article`, as its source; None if absent,
        damaged, or not this article's (an entry swapped or edited on disk is not trusted:
        it must name the article's hash, and every quote must stand at its offsets)."""
        path = self._path(key)
        try:
            data = path.read_bytes()
        except OSError:
            return None
        try:
            entry = _Entry.model_validate_json(data)
        except ValidationError:
            return None  # written by an incompatible version or damaged: extract again
        if entry.key != key or entry.article_sha256 != article_hash(article):
            return None
        if not grounded_in(entry.extraction, article.text):
            return None
        touch(path)
        return restamp(entry.extraction, article.id)

    def put(self, key: str, article: Article, extraction: ArticleExtraction) -> None:
        """Store `extraction` of `article` under `key`, atomically."""
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        entry = _Entry(key=key, article_sha256=article_hash(article), extraction=extraction)
        write_atomically(path, entry.model_dump_json().encode(), prefix=TEMPORARY_PREFIX)

    def __len__(self) -> int:
        """Entries stored; a write cut short (a leftover temporary file) is not one."""
        entries = (self.folder / "extractions").glob("*/*.json")
        return sum(1 for path in entries if not path.name.startswith(TEMPORARY_PREFIX))


class _Entry(BaseModel):
    """One cached extraction and what it was made from."""

    key: str
    article_sha256: str
    extraction: ArticleExtraction


def article_hash(article: Article) -> str:
    """The hash of an article's text: what a cached extraction must have been made from."""
    return hashlib.sha256(article.text.encode("utf-8", "surrogatepass")).hexdigest()


def grounded_in(extraction: ArticleExtraction, text: str) -> bool:
    """Whether every piece of evidence stands in `text` at its offsets."""
    items = [
        *extraction.actors,
        *extraction.events,
        *extraction.positions,
        *extraction.open_questions,
        *extraction.unattributed,
    ]
    return all(text[e.start : e.end] == e.quote for item in items for e in item.evidence)


def _briefing_grounded(briefing: Briefing, texts: Mapping[int, str]) -> bool:
    claims = [claim for d in briefing.disagreements for claim in d.claims]
    items = [
        *briefing.actors,
        *briefing.events,
        *briefing.positions,
        *briefing.unattributed,
        *briefing.open_questions,
    ]
    return all(
        e.source in texts and texts[e.source][e.start : e.end] == e.quote
        for item in [*items, *claims]
        for e in item.evidence
    )


class _StoredBriefing(Briefing):
    """A briefing as the cache keeps it: without the statistics, which are each run's own.
    Read straight from JSON bytes by pydantic, about twice as fast as parsing to Python objects
    first: most of an unchanged re-run is this read."""

    stats: RunStats = Field(default_factory=lambda: RunStats(engine="cache"))


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

    def get(self, key: str, articles: Sequence[Article]) -> Briefing | None:
        """The cached briefing (its statistics are the run's to attach); None if absent,
        damaged, or not grounded in these articles (every quote must stand at its offsets)."""
        path = self.folder / "briefings" / f"{key}.json"
        try:
            stored = _StoredBriefing.model_validate_json(path.read_bytes())
        except (OSError, ValueError):
            return None
        briefing = Briefing.model_construct(  # validated just now, as a stored briefing
            **{name: getattr(stored, name) for name in Briefing.model_fields}
        )
        texts = {article.id: article.text for article in articles}
        if not _briefing_grounded(briefing, texts):
            return None
        touch(path)
        return briefing

    def put(self, key: str, briefing: Briefing) -> None:
        """Keep the briefing's content, atomically."""
        folder = self.folder / "briefings"
        folder.mkdir(parents=True, exist_ok=True)
        content = briefing.model_dump_json(exclude={"stats"}).encode()
        write_atomically(folder / f"{key}.json", content, prefix=TEMPORARY_PREFIX)


class MergedBriefings:
    """The briefing cache as one run uses it: looked up before extraction (every extraction
    named by its key: the engine's `cache_identity` and the article), again after it (what was
    not cached named by its content), and the merged briefing kept. Without a folder, or for an
    engine that cannot say its identity, every lookup misses and nothing is kept."""

    def __init__(self, folder: Path | None, articles: Sequence[Article], title: str | None) -> None:
        self._store = BriefingCache(folder) if folder is not None else None
        self._articles = articles
        self._title = title
        self._keys: dict[int, str] = {}
        self._key: str | None = None

    def before_extraction(self, engine: ExtractionEngine) -> Briefing | None:
        """The briefing of these articles as this engine extracts them, if merged before."""
        identity = getattr(engine, "cache_identity", None)
        if self._store is None or not isinstance(identity, str):
            return None
        self._keys = {a.id: extraction_key(a, identity) for a in self._articles}
        key = self._store.key(self._articles, list(self._keys.values()), self._title)
        known = self._store.get(key, self._articles)
        if known is not None:
            LOG.info("every article unchanged: the merged briefing is from the cache")
        return known

    def after_extraction(self, run: ExtractionRun) -> Briefing | None:
        """The briefing of what this run extracted, if merged before."""
        if self._store is None:
            return None
        fingerprints = [
            self._keys.get(article.id) or content_fingerprint(result.extraction)
            for article, result in run.results
        ]
        self._key = self._store.key(self._articles, fingerprints, self._title)
        return self._store.get(self._key, self._articles)

    def keep(self, briefing: Briefing, *, max_bytes: int) -> None:
        """Keep the merged briefing, then hold the folder to its bound (`cache_upkeep`)."""
        if self._store is None or self._key is None:
            return
        self._store.put(self._key, briefing)
        prune_cache(self._store.folder, max_bytes=max_bytes)


_Item = TypeVar("_Item", Actor, Event, Position, OpenQuestion, Quote)


@lru_cache(maxsize=1)
def merge_version() -> str:
    """A fingerprint of the merge code (every module of `merge` and of the `text` tools it
    reads, and the models): a change to how briefings are merged misses the cache, whatever
    module it is in."""
    return code_fingerprint("merge", "text", "models.py")


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
            "also_named": items(extraction.also_named),
            "events": items(extraction.events),
            "positions": items(extraction.positions),
            "open_questions": items(extraction.open_questions),
            "unattributed": items(extraction.unattributed),
        }
    )


class CachedEngine(WrappedEngine):
    """An engine whose extractions are looked up before, and stored after, each request.

    The cache is an optimisation: when an entry cannot be written (a read-only folder, a full
    disk) `on_write_error` hears of it once and the run goes on without storing."""

    def __init__(
        self,
        engine: ExtractionEngine,
        cache: ExtractionCache,
        on_write_error: Callable[[OSError], None] | None = None,
    ) -> None:
        super().__init__(engine)
        self.cache = cache
        self._on_write_error = on_write_error
        self.write_failed: OSError | None = None
        self._preloaded: dict[str, ExtractionResult] = {}

    def key_for(self, article: Article) -> str:
        """The key `article`'s extraction is, or will be, cached under."""
        return extraction_key(article, self.engine.cache_identity)

    async def extract(self, article: Article) -> ExtractionResult:
        """The cached extraction if this article was extracted this way; else extract and keep."""
        key = self.key_for(article)
        if (ready := self._preloaded.pop(key, None)) is not None:
            return ready  # extracted this run by other means (a batch job): its cost counts
        cached = self.cache.get(key, article)
        if cached is not None:
            LOG.info("%s: from the cache", article.path)
            return ExtractionResult(extraction=cached, usage=ExtractionUsage(cached=1))
        result = await self.engine.extract(article)
        self._store(key, article, result)
        return result

    def preload(self, article: Article, result: ExtractionResult) -> None:
        """Keep an extraction made this run by other means (a batch job): stored in the cache
        at once, and answered with its own cost when the article's turn comes."""
        key = self.key_for(article)
        self._store(key, article, result)
        self._preloaded[key] = result

    def _store(self, key: str, article: Article, result: ExtractionResult) -> None:
        if self.write_failed is not None or result.fallback is not None:
            return  # a fallback is not kept: the model is asked again next time
        try:
            self.cache.put(key, article, result.extraction)
        except OSError as error:
            self.write_failed = error
            if self._on_write_error is not None:
                self._on_write_error(error)
