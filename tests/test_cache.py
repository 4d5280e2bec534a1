"""The extraction cache: what its key depends on, reuse without requests, and crash-safe writes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from corpus_support import ARTICLES, GoldEngine, corpus_articles

import summarizer.engines.cache as cache_module
import summarizer.engines.llm.identity as identity_module
from summarizer.engines.cache import CachedEngine, ExtractionCache, extraction_key
from summarizer.engines.extract import ExtractionResult
from summarizer.engines.llm.endpoint import Endpoint
from summarizer.engines.llm.identity import llm_cache_identity
from summarizer.engines.offline import OfflineEngine
from summarizer.models import Article

IDENTITY = "engine=llm model=m mode=tools reasks=2"


class CountingGold(GoldEngine):
    """The gold engine, counting how often it is really asked, with a cache identity."""

    def __init__(self, identity: str = IDENTITY) -> None:
        super().__init__()
        self.calls = 0
        self.cache_identity = identity

    async def extract(self, article: Article):  # type: ignore[no-untyped-def]
        self.calls += 1
        return await super().extract(article)


def test_the_key_changes_with_content_engine_model_mode_reasks_prompt_and_schema(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    article = corpus_articles()[0]
    base = extraction_key(article, IDENTITY)
    assert base == extraction_key(article.model_copy(update={"id": 9, "path": "x"}), IDENTITY)
    assert base != extraction_key(article.model_copy(update={"text": article.text + " "}), IDENTITY)
    for other in (
        "engine=llm model=m2 mode=tools reasks=2",
        "engine=llm model=m mode=json reasks=2",
        "engine=llm model=m mode=tools reasks=1",
    ):
        assert base != extraction_key(article, other)
    monkeypatch.setattr(cache_module, "schema_version", lambda: "other-schema")
    assert base != extraction_key(article, IDENTITY)


def test_the_llm_identity_changes_with_its_prompts_and_answer_schema(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    endpoint = Endpoint(base_url="http://127.0.0.1:9/v1", model="m", mode="tools")
    base = llm_cache_identity(endpoint, 2)
    assert base != llm_cache_identity(endpoint.with_model("m2"), 2)
    assert base != llm_cache_identity(endpoint, 1)
    assert base != llm_cache_identity(endpoint, 2, floor=False)
    monkeypatch.setattr(identity_module, "prompt_version", lambda: "other-prompt")
    assert base != llm_cache_identity(endpoint, 2)
    monkeypatch.undo()
    monkeypatch.setattr(identity_module, "draft_schema_version", lambda: "other-schema")
    assert base != llm_cache_identity(endpoint, 2)


def test_the_offline_identity_names_its_rules() -> None:
    identity = OfflineEngine().cache_identity
    assert identity == OfflineEngine(workers=4).cache_identity  # workers change nothing
    assert identity.startswith("engine=offline rules=")


async def test_a_cached_article_costs_no_request_and_keeps_its_source_id(tmp_path: Path) -> None:
    engine = CountingGold()
    cached = CachedEngine(engine, ExtractionCache(tmp_path))
    article = corpus_articles()[0]
    first = await cached.extract(article)
    assert engine.calls == 1
    assert first.usage.cached == 0
    renumbered = article.model_copy(update={"id": 42})
    again = await cached.extract(renumbered)
    assert engine.calls == 1
    assert again.usage.cached == 1
    assert again.extraction.source == 42
    assert {e.source for a in again.extraction.actors for e in a.evidence} == {42}
    assert again.extraction.actors == [
        a.model_copy(update={"evidence": [e.model_copy(update={"source": 42}) for e in a.evidence]})
        for a in first.extraction.actors
    ]


async def test_another_model_does_not_reuse_the_entry(tmp_path: Path) -> None:
    article = corpus_articles()[1]
    await CachedEngine(CountingGold(), ExtractionCache(tmp_path)).extract(article)
    other = CountingGold("engine=llm model=other mode=tools reasks=2")
    await CachedEngine(other, ExtractionCache(tmp_path)).extract(article)
    assert other.calls == 1


async def test_a_damaged_entry_is_extracted_again(tmp_path: Path) -> None:
    engine = CountingGold()
    cache = ExtractionCache(tmp_path)
    article = corpus_articles()[2]
    await CachedEngine(engine, cache).extract(article)
    entry = next((tmp_path / "extractions").glob("*/*.json"))
    entry.write_text('{"source": 0, "actors": [{"na', encoding="utf-8")
    result = await CachedEngine(engine, cache).extract(article)
    assert engine.calls == 2
    assert result.extraction.actors


def test_a_crash_while_writing_leaves_no_entry_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = ExtractionCache(tmp_path)
    expected = CountingGold()._expected["coastal-courier.txt"]
    article, extraction = expected.article, expected.extraction

    def crash(*_: object) -> None:
        raise OSError("disk gone")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError, match="disk gone"):
        cache.put("ab" * 32, article, extraction)
    monkeypatch.undo()
    assert list(tmp_path.rglob("*")) == [tmp_path / "extractions", tmp_path / "extractions" / "ab"]
    assert cache.get("ab" * 32, article) is None
    cache.put("ab" * 32, article, extraction)
    assert len(cache) == 1
    assert cache.get("ab" * 32, article) is not None
    # A process killed mid-write (SIGKILL runs no cleanup) leaves its temporary file: not an entry.
    (tmp_path / "extractions" / "ab" / ".tmp-killed.json").write_text('{"source": 1, "act')
    assert len(cache) == 1


async def test_an_unchanged_rerun_reuses_the_merged_briefing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from corpus_support import ARTICLES

    from summarizer import pipeline
    from summarizer.pipeline import summarize_async
    from summarizer.settings import Settings

    settings = Settings(cache_dir=tmp_path)
    first = await summarize_async(ARTICLES, engine=GoldEngine(), settings=settings)

    def no_merge(*_: object, **__: object) -> None:
        raise AssertionError("merged again although nothing changed")

    monkeypatch.setattr(pipeline, "merge_extractions", no_merge)
    again = await summarize_async(ARTICLES, engine=GoldEngine(), settings=settings)
    assert again.model_dump(exclude={"stats"}) == first.model_dump(exclude={"stats"})
    assert again.stats.engine == "gold"
    monkeypatch.undo()
    retitled = await summarize_async(
        ARTICLES, engine=GoldEngine(), settings=Settings(cache_dir=tmp_path, title="Other")
    )
    assert retitled.title == "Other"
    changed = await summarize_async(
        ARTICLES, engine=GoldEngine(fail=frozenset({"national-wire.md"})), settings=settings
    )
    assert len(changed.stats.articles_failed) == 1
    assert changed.actors != first.actors


async def test_a_fully_cached_rerun_reads_one_file_and_asks_nothing(tmp_path: Path) -> None:
    """Every article extracted and merged before: the briefing is found by the articles' cache
    keys alone, without asking the engine or reading a single extraction."""
    from corpus_support import ARTICLES

    from summarizer.pipeline import summarize_async
    from summarizer.settings import Settings

    settings = Settings(cache_dir=tmp_path)
    engine = CountingGold()
    first = await summarize_async(
        ARTICLES, engine=CachedEngine(engine, ExtractionCache(tmp_path)), settings=settings
    )
    asked = engine.calls
    for entry in (tmp_path / "extractions").glob("*/*.json"):
        entry.write_text("not an extraction")  # reading any of them would mean extracting again
    again = await summarize_async(
        ARTICLES, engine=CachedEngine(engine, ExtractionCache(tmp_path)), settings=settings
    )
    assert asked == len(first.sources)
    assert engine.calls == asked
    assert again.model_dump(exclude={"stats"}) == first.model_dump(exclude={"stats"})
    assert again.stats.articles_cached == again.stats.articles_loaded == len(first.sources)
    assert again.stats.articles_extracted == again.stats.articles_loaded
    assert (again.stats.llm_calls, again.stats.input_tokens) == (0, 0)


async def test_an_article_that_failed_is_asked_again_on_the_next_run(tmp_path: Path) -> None:
    from corpus_support import ARTICLES

    from summarizer.pipeline import summarize_async
    from summarizer.settings import Settings

    settings = Settings(cache_dir=tmp_path)
    failing = CountingGold()
    failing.fail = frozenset({"national-wire.md"})
    partial = await summarize_async(
        ARTICLES, engine=CachedEngine(failing, ExtractionCache(tmp_path)), settings=settings
    )
    assert len(partial.stats.articles_failed) == 1
    healthy = CountingGold()
    complete = await summarize_async(
        ARTICLES, engine=CachedEngine(healthy, ExtractionCache(tmp_path)), settings=settings
    )
    assert healthy.calls == 1  # only the article that failed
    assert complete.stats.articles_failed == []
    assert complete.stats.articles_cached == complete.stats.articles_loaded - 1


async def test_a_cached_run_never_loads_the_llm_engine(tmp_path: Path) -> None:
    """The deferred engine answers everything the cache asks without building the real one (and
    importing the LLM stack), and names the same cache identity the real one would."""
    from corpus_support import ARTICLES

    from summarizer.engines.llm.deferred import DeferredLLMEngine
    from summarizer.engines.llm.endpoint import Endpoint
    from summarizer.engines.llm.engine import LLMEngine
    from summarizer.pipeline import summarize_async
    from summarizer.settings import Settings

    endpoint = Endpoint(base_url="http://127.0.0.1:9/v1", model="m", mode="json")
    real = LLMEngine(endpoint, max_reasks=3)
    await real.aclose()

    def build() -> LLMEngine:
        raise AssertionError("the LLM engine was built although everything was cached")

    deferred = DeferredLLMEngine(endpoint, 3, build)
    assert deferred.cache_identity == real.cache_identity
    assert (deferred.name, deferred.model, deferred.mode) == ("llm", "m", "json")
    settings = Settings(cache_dir=tmp_path)
    gold = CountingGold(identity=real.cache_identity)
    first = await summarize_async(
        ARTICLES, engine=CachedEngine(gold, ExtractionCache(tmp_path)), settings=settings
    )
    (tmp_path / "briefings").rename(tmp_path / "gone")  # extractions must be read this time
    again = await summarize_async(
        ARTICLES, engine=CachedEngine(deferred, ExtractionCache(tmp_path)), settings=settings
    )
    assert not deferred.built
    assert again.model_dump(exclude={"stats"}) == first.model_dump(exclude={"stats"})
    assert again.stats.articles_cached == again.stats.articles_loaded


async def test_an_unchanged_offline_rerun_reads_the_merged_briefing_without_extracting(
    tmp_path: Path,
) -> None:
    from summarizer.pipeline import summarize_async
    from summarizer.settings import Settings

    class Counting(OfflineEngine):
        calls = 0

        async def extract(self, article: Article) -> ExtractionResult:
            Counting.calls += 1
            return await super().extract(article)

    settings = Settings(engine="offline", cache_dir=tmp_path)
    first = await summarize_async(ARTICLES, settings=settings, engine=Counting())
    assert Counting.calls == 6
    again = await summarize_async(ARTICLES, settings=settings, engine=Counting())
    assert Counting.calls == 6  # the briefing came from the cache: no article was extracted
    assert again.model_dump(exclude={"stats"}) == first.model_dump(exclude={"stats"})
    assert again.stats.articles_cached == again.stats.articles_extracted == 6
    (tmp_path / "briefings").rename(tmp_path / "gone")  # no merged briefing: extract again
    await summarize_async(ARTICLES, settings=settings, engine=Counting())
    assert Counting.calls == 12


def test_a_cached_extraction_read_for_another_source_cites_that_source_everywhere() -> None:
    from summarizer.engines.cache import restamp
    from summarizer.engines.offline import extract_offline
    from summarizer.models import Article

    text = (
        "Report\n\nIn choosing Menon, the board looked abroad. The board said the levee "
        '"met every standard in force".\n'
    )
    extraction = extract_offline(Article(id=1, path="a.txt", text=text))
    assert extraction.unattributed
    assert extraction.also_named
    moved = restamp(extraction, 7)
    groups = [
        moved.actors, moved.also_named, moved.events, moved.positions,
        moved.open_questions, moved.unattributed,
    ]  # fmt: skip
    assert {e.source for group in groups for item in group for e in item.evidence} == {7}
