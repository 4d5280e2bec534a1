"""The LLM extraction engine: one instructor request per article to any OpenAI-compatible endpoint.

For each article the engine sends the system prompt and the article as delimited data, asks for
an `ArticleDraft`, and grounds the answer while validating it (see `drafts.GroundingCheck`):
ungrounded quotes are sent back to the model to fix, up to `max_reasks` times; what is still
ungrounded after that is dropped and counted. Transient HTTP errors are retried by the single
policy in `retry`; the SDK's own retries are off.
"""

from __future__ import annotations

import json
import logging
from functools import cached_property, lru_cache
from typing import Any

import instructor
import openai
from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException
from instructor.core.hooks import Hooks
from openai.types.chat import ChatCompletion

from ...errors import ArticleExtractionError, ConfigurationError, EndpointError
from ...models import (
    Article,
    ArticleExtraction,
)
from ...usage import ExtractionUsage
from ..extract import ExtractionResult, RequestSlots
from .answers import CUT_OFF, answer_text, best_of, salvage, worth_reasking
from .bounded import answer_too_large
from .drafts import (
    DEFAULT_MAX_REASKS,
    ArticleDraft,
    GroundedDraft,
    GroundingCheck,
    grounding,
)
from .endpoint import Endpoint, Mode, create_client, is_local, redact
from .failures import describe_error, what_was_wrong
from .floor import attributed, with_offline_floor
from .identity import llm_cache_identity
from .parts import combine_parts
from .prompting import extraction_messages
from .reading import RulesReader, RulesReading, read_by_rules
from .retry import RetryPolicy, classify, root_cause
from .window import (
    ANSWER_BASE_TOKENS,
    LOCAL_CONTEXT_WINDOW,
    WINDOW_MARGIN_TOKENS,
    Part,
    answer_budget,
    estimate_tokens,
    listed_window,
    parts_for_window,
)

LOG = logging.getLogger(__name__)
INSTRUCTOR_MODES: dict[Mode, instructor.Mode] = {
    "tools": instructor.Mode.TOOLS,
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "json": instructor.Mode.JSON,
    "md_json": instructor.Mode.MD_JSON,
}


@lru_cache(maxsize=1)
def _remember_async_validator_checks() -> None:
    """instructor checks the response model for async validators several times per request by
    walking its whole class tree (about 5 ms of CPU per request for ArticleDraft); the answer
    cannot change for a given model class, so each class is walked once. Guarded: if instructor
    moves this function, nothing is patched and its own check runs as before."""
    try:
        from instructor.v2.core import patch
        from instructor.v2.validation import async_validators as module
    except ImportError:
        return
    original = getattr(module, "reject_async_validators", None)
    if not callable(original):
        return
    clean: set[object] = set()

    def reject_async_validators(response_model: Any) -> None:
        try:
            if response_model in clean:
                return
        except TypeError:  # unhashable: check every time
            original(response_model)
            return
        original(response_model)  # raises if the model has async validators
        clean.add(response_model)

    setattr(module, "reject_async_validators", reject_async_validators)  # noqa: B010
    if getattr(patch, "reject_async_validators", None) is original:  # imported by name there
        setattr(patch, "reject_async_validators", reject_async_validators)  # noqa: B010


@lru_cache(maxsize=1)
def draft_model() -> type[ArticleDraft]:
    """`ArticleDraft` wrapped for instructor once: given a plain model, instructor wraps it anew on
    every call and regenerates its JSON Schema each time (about 12 ms of CPU per request)."""
    return instructor.openai_schema(ArticleDraft)


class LLMEngine:
    """Extracts articles through an LLM endpoint with instructor."""

    def __init__(
        self,
        endpoint: Endpoint,
        *,
        client: openai.AsyncOpenAI | None = None,
        max_reasks: int = DEFAULT_MAX_REASKS,
        retry: RetryPolicy | None = None,
        floor: bool = True,
        rules: RulesReader | None = None,
    ) -> None:
        self.endpoint = endpoint
        self.floor = floor
        """Combine each answer with the offline extraction (see `floor`)."""
        self.rules = rules or RulesReader()
        """Where the rules read each article (see `reading`): in worker processes while its
        request is in flight, or without workers in this process once the answer came."""
        self.context_window = endpoint.context_window
        self._client = client or create_client(endpoint)
        _remember_async_validator_checks()
        mode = INSTRUCTOR_MODES[endpoint.mode]
        self._instructor = instructor.AsyncInstructor(
            client=self._client, create=instructor.patch(create=self._post, mode=mode), mode=mode
        )
        self.max_reasks = max_reasks
        self.retry = retry or RetryPolicy()
        self._slots: RequestSlots | None = None

    def bound_requests(self, slots: RequestSlots | None) -> None:
        """Send each request through `slots` (see `extract.RequestSlots`); None: unbounded."""
        self._slots = slots

    @property
    def name(self) -> str:
        """'llm'."""
        return "llm"

    async def _post(self, **body: Any) -> ChatCompletion:
        """The chat completion request instructor built, posted as it is. Its parameters are
        plain JSON already; the SDK's `chat.completions.create` would walk them, the tool's
        whole JSON Schema included, with typing introspection on every request (about 0.5 ms
        of CPU, as much as the rest of the SDK's work) to transform nothing. The request
        holds a slot until its answer is read, not while instructor validates and grounds it."""
        if self._slots is None:
            return await self._client.post("/chat/completions", body=body, cast_to=ChatCompletion)
        async with self._slots.request():
            return await self._client.post("/chat/completions", body=body, cast_to=ChatCompletion)

    @property
    def model(self) -> str | None:
        """The model requests name."""
        return self.endpoint.model

    @property
    def mode(self) -> str | None:
        """The instructor mode: tools, json_schema, json or md_json."""
        return self.endpoint.mode

    @property
    def cache_identity(self) -> str:
        """What shapes this engine's answers besides the article: the cache keys on it."""
        return llm_cache_identity(self.endpoint, self.max_reasks, floor=self.floor)

    async def prepare(self) -> None:
        """Choose the model when none was given and the server serves exactly one; learn the
        model's context window from the listing where the server gives it (vLLM, LM Studio,
        llama.cpp); a server on this machine that does not is assumed to have
        `LOCAL_CONTEXT_WINDOW`."""
        self.rules.begin()  # the workers load their word lists meanwhile
        if self.endpoint.model and (self.context_window or not is_local(self.endpoint.base_url)):
            return
        try:
            listing = await self._client.models.list()
        except openai.APIConnectionError as error:
            if is_local(self.endpoint.base_url) and not isinstance(error, openai.APITimeoutError):
                raise EndpointError(  # a refused connection on this machine: no server to wait for
                    f"nothing answers at {self.endpoint.url}: is the server running?"
                ) from error
            if self.endpoint.model:
                self.context_window = self.context_window or LOCAL_CONTEXT_WINDOW
                return
            raise ConfigurationError(
                self._redact(
                    f"cannot reach {self.endpoint.url} to list its models ({describe_error(error)})"
                )
            ) from error
        except openai.APIError as error:
            if self.endpoint.model:  # only the window was wanted: assume the usual one
                self.context_window = self.context_window or LOCAL_CONTEXT_WINDOW
                return
            raise ConfigurationError(
                self._redact(
                    f"no model given and {self.endpoint.url} did not list its models "
                    f"({describe_error(error)}): name one with Endpoint.model or BRIEF_MODEL"
                )
            ) from error
        if self.endpoint.model:
            served = next((m for m in listing.data if m.id == self.endpoint.model), None)
            self.context_window = self.context_window or (
                (served and listed_window(served)) or LOCAL_CONTEXT_WINDOW
            )
            return
        self._choose_model(listing)

    def _choose_model(self, listing: Any) -> None:
        """The one model the server serves; with several or none, the user must say."""
        names = sorted(m.id for m in listing.data)
        if len(names) != 1:
            served = ", ".join(names[:10]) or "none"
            raise ConfigurationError(
                f"no model given and {self.endpoint.url} serves {len(names)} ({served}): "
                "name one with Endpoint.model or BRIEF_MODEL"
            )
        self.endpoint = self.endpoint.with_model(names[0])
        if is_local(self.endpoint.base_url):
            self.context_window = self.context_window or (
                listed_window(listing.data[0]) or LOCAL_CONTEXT_WINDOW
            )

    async def extract(self, article: Article) -> ExtractionResult:
        """One article's grounded extraction, retried and re-asked as the policies allow; with
        the offline floor, combined with the offline extraction (which stands alone when the
        model's answer gives nothing usable)."""
        usage = ExtractionUsage()
        started = self.rules.start(article, whole=self.floor)
        try:
            extraction = await self._extract_retrying(article, usage)
        except ArticleExtractionError as failure:
            if not self.floor:
                if started is not None:
                    started.cancel()
                raise
            usage.floor_only += 1
            LOG.info("%s: the offline extraction alone (%s)", article.path, failure.reason)
            alone = await self.rules.whole(started, article)
            return ExtractionResult(extraction=alone, usage=usage, fallback=failure.reason)
        except BaseException:
            if started is not None:
                started.cancel()  # one not yet begun; one in hand runs out unread
            raise
        reading = None
        if self.floor or extraction.positions:
            reading = await self.rules.finish(started, article, whole=self.floor)
        elif started is not None:
            started.cancel()  # no speaker to check
        return self.completed(article, extraction, usage, reading)

    def completed(
        self,
        article: Article,
        extraction: ArticleExtraction,
        usage: ExtractionUsage,
        reading: RulesReading | None = None,
    ) -> ExtractionResult:
        """A grounded answer made final: positions whose speaker the article bears out, and
        with the floor, combined with the offline extraction. `reading` is the rules' reading
        of the article when it was done already; it is done here when wanted and not given."""
        # the rules' attribution is the check on a model's speakers, with or without the floor
        if reading is None and (self.floor or extraction.positions):
            reading = read_by_rules(article, self.floor)
        ruled = reading.positions if reading is not None else []
        positions = attributed(article, ruled, extraction.positions)
        usage.ungrounded_dropped += len(extraction.positions) - len(positions)
        extraction = extraction.model_copy(update={"positions": positions})
        if reading is not None and reading.floor is not None:
            extraction = with_offline_floor(article, reading.floor, extraction)
        return ExtractionResult(extraction=extraction, usage=usage)

    @property
    def client(self) -> openai.AsyncOpenAI:
        """The OpenAI client requests go through (batch jobs use it too)."""
        return self._client

    async def _extract_retrying(
        self, article: Article, usage: ExtractionUsage
    ) -> ArticleExtraction:
        attempts = 0
        try:
            async for attempt in self.retry.retrying(article.path):
                with attempt:
                    attempts += 1
                    return await self._extract_parts(article, usage)
        except (ArticleExtractionError, EndpointError):
            raise
        except Exception as error:  # every failure becomes a reasoned verdict
            raise self._failure(article, error, usage, attempts) from error
        raise AssertionError("unreachable: tenacity either returns or raises")

    async def _extract_parts(self, article: Article, usage: ExtractionUsage) -> ArticleExtraction:
        """The article asked about whole, or in parts when it does not fit the window."""
        outcomes: list[tuple[int, GroundedDraft]] = []
        for part in self._parts(article):
            piece = (
                article.model_copy(update={"text": part.text})
                if part.start or len(part.text) != len(article.text)
                else article
            )
            outcomes.append((part.start, await self._ask(piece, usage)))
        dropped = sum(outcome.dropped for _, outcome in outcomes)
        usage.ungrounded_dropped += dropped
        usage.quotes_aligned += sum(outcome.aligned for _, outcome in outcomes)
        extraction = combine_parts(article.id, outcomes)
        kept = sum(outcome.kept for _, outcome in outcomes)
        if kept == 0:  # nothing to show is a failed article, not an empty success
            reason = (
                f"none of the {dropped} items in the model's answer could be grounded"
                if dropped
                else "the model's answer held no items"
            )
            raise ArticleExtractionError(article.path, reason, usage)
        return extraction

    def _parts(self, article: Article) -> list[Part]:
        """The article whole when prompt and answer fit the window, else overlapping parts."""
        window = self.context_window
        if window is None:
            return [Part(0, article.text)]
        overhead = self._prompt_overhead
        room = window - WINDOW_MARGIN_TOKENS - overhead
        answer = answer_budget(article.text, self.endpoint.max_output_tokens)
        if estimate_tokens(article.text) + answer <= room:
            return [Part(0, article.text)]
        # each part's article tokens plus its own answer budget must fit the room
        part_tokens = max(100, (room - ANSWER_BASE_TOKENS) // 2)
        return parts_for_window(article.text, part_tokens)

    @cached_property
    def _prompt_overhead(self) -> int:
        """Tokens of a request besides the article: instructions and the answer's schema."""
        empty = Article(id=0, path="", text="")
        messages = extraction_messages(empty)
        schema = json.dumps(draft_model().model_json_schema())
        return estimate_tokens("".join(m["content"] for m in messages) + schema)

    async def _ask(self, article: Article, usage: ExtractionUsage) -> GroundedDraft:
        """Ask for the article's draft; re-ask, in a few lines naming what to fix (never
        resending the answer), while too much of it stands nowhere in the article. The best
        grounded of the answers is kept; a cut-off answer is salvaged item by item."""
        best: GroundedDraft | None = None
        problems: str | None = None
        invalid: list[str] = []  # why each answer failed validation, if it did
        attempts = self.max_reasks + 1
        for attempt in range(attempts):
            if attempt:
                usage.reasks += 1
                first = (problems or "").strip().splitlines()[:1]
                LOG.info("%s: re-asking (%d of %d): %s", article.path, attempt,
                         attempts - 1, first[0][:160] if first else "")  # fmt: skip
            outcome, wrong = await self._request(article, usage, problems)
            if wrong is not None:
                invalid.append(wrong)
            if outcome is not None and (best is None or outcome.kept > best.kept):
                best = outcome
            salvaged_enough = wrong in (None, CUT_OFF)  # a cut-off answer is kept item by item
            if outcome is not None and salvaged_enough and not worth_reasking(outcome):
                break
            problems = (
                outcome.reask_message()
                if outcome is not None and outcome.problems
                else f"Your answer {wrong or 'held no items'}. Answer with valid JSON as the "
                "schema asks."
            )
        if (best is None or best.kept == 0) and len(invalid) == attempts:
            raise ArticleExtractionError(
                article.path,
                f"no valid answer after {attempts} attempts; the last one {invalid[-1]}",
                usage,
            )
        return best or GroundedDraft(extraction=ArticleExtraction(source=article.id), problems=[])

    async def _request(
        self, article: Article, usage: ExtractionUsage, problems: str | None
    ) -> tuple[GroundedDraft | None, str | None]:
        """One request: its answer grounded (or salvaged item by item when invalid or cut
        off), and what was wrong with it when it did not validate."""
        check = GroundingCheck(article=article, max_attempts=1, attempt=1)
        answers: list[str] = []

        def on_response(response: Any) -> None:
            answers.append(answer_text(response))
            usage.llm_calls += 1
            counts = getattr(response, "usage", None)
            usage.input_tokens += int(getattr(counts, "prompt_tokens", 0) or 0)
            usage.output_tokens += int(getattr(counts, "completion_tokens", 0) or 0)

        hooks = Hooks()
        hooks.on("completion:response", on_response)
        try:
            with grounding(check):  # not context=: instructor would template the article
                await self._instructor.create(
                    model=self.endpoint.model,
                    messages=extraction_messages(article, problems),  # type: ignore[arg-type]
                    response_model=draft_model(),
                    max_retries=0,  # re-asks are ours: compact, and checked against the window
                    hooks=hooks,
                    temperature=0,
                    max_tokens=answer_budget(article.text, self.endpoint.max_output_tokens),
                )
            return check.outcome, None
        except (InstructorRetryException, IncompleteOutputException) as error:
            if isinstance(root_cause(error), openai.APIError):
                raise
            wrong = (
                CUT_OFF if isinstance(error, IncompleteOutputException) else what_was_wrong(error)
            )
            salvaged = best_of(check.outcome, [salvage(a, article) for a in reversed(answers)])
            return salvaged, wrong

    def _failure(
        self, article: Article, error: BaseException, usage: ExtractionUsage, attempts: int
    ) -> ArticleExtractionError | EndpointError:
        if (too_large := answer_too_large(error)) is not None:
            return ArticleExtractionError(article.path, str(too_large), usage)
        cause = root_cause(error)
        verdict = classify(cause)
        if verdict == "fatal":
            return EndpointError(self._redact(f"{self.endpoint.url}: {describe_error(cause)}"))
        if isinstance(cause, openai.APIConnectionError) and not isinstance(
            cause, openai.APITimeoutError
        ):
            return EndpointError(
                self._redact(f"cannot reach {self.endpoint.url}: {describe_error(cause)}")
            )
        if verdict == "transient":
            reason = f"gave up after {attempts} attempts: {describe_error(cause)}"
        elif isinstance(cause, IncompleteOutputException):
            reason = "the model's answer was cut off (output token limit reached)"
        elif isinstance(cause, InstructorRetryException):
            reason = (
                f"no valid answer after {cause.n_attempts} attempts; the last one "
                f"{what_was_wrong(cause)}"
            )
        else:
            reason = describe_error(cause)
        return ArticleExtractionError(article.path, self._redact(reason), usage)

    def _redact(self, text: str) -> str:
        """A server's words with the key it was sent taken out (some servers echo it)."""
        return redact(text, [self.endpoint.api_key])

    async def aclose(self) -> None:
        """Close the HTTP connections and stop the rules' workers."""
        await self.rules.aclose()
        await self._client.close()
