"""What shapes an LLM engine's extractions besides the article: the extraction cache keys on it.

Known from the settings alone, so a re-run answered from the cache never loads openai."""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache

from .drafts import ArticleDraft
from .endpoint import Endpoint
from .prompting import prompt_version


@lru_cache(maxsize=1)
def draft_schema_version() -> str:
    """A fingerprint of the schema the model fills in."""
    schema = json.dumps(ArticleDraft.model_json_schema(), sort_keys=True)
    return hashlib.sha256(schema.encode()).hexdigest()[:12]


def llm_cache_identity(endpoint: Endpoint, max_reasks: int, *, floor: bool = True) -> str:
    """Endpoint settings, prompts and answer schema: a change to any of them is a cache miss."""
    return (
        f"engine=llm model={endpoint.model} mode={endpoint.mode} reasks={max_reasks} "
        f"max_output_tokens={endpoint.max_output_tokens} floor={floor} "
        f"prompt={prompt_version()} draft={draft_schema_version()}"
    )
