"""What extracting cost: requests, re-asks, tokens, and items dropped as ungrounded."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any


@dataclass
class ExtractionUsage:
    """Counts for one article, or summed over a run."""

    llm_calls: int = 0
    """Requests the endpoint answered, re-asks included."""
    reasks: int = 0
    """Requests that asked the model to fix an invalid or ungrounded answer."""
    input_tokens: int = 0
    output_tokens: int = 0
    ungrounded_dropped: int = 0
    """Items still ungrounded after the re-asks: dropped, never shown."""
    cached: int = 0
    """Articles answered from the extraction cache, with no request."""
    quotes_aligned: int = 0
    """Near-quotes of a model aligned to the article's closest words."""
    floor_only: int = 0
    """Articles whose model answer gave nothing usable: the offline extraction stands alone."""

    def add(self, other: ExtractionUsage) -> None:
        """Add `other`'s counts to these."""
        for count in fields(self):
            setattr(self, count.name, getattr(self, count.name) + getattr(other, count.name))

    def as_run_stats(self) -> dict[str, Any]:
        """The counts as `RunStats` names them (the briefing's JSON keeps its flat fields)."""
        counts = {count.name: getattr(self, count.name) for count in fields(self)}
        counts["articles_cached"] = counts.pop("cached")
        del counts["floor_only"]  # said per article in `llm_fallbacks`
        return counts

    @property
    def tokens(self) -> int:
        """Input and output tokens together."""
        return self.input_tokens + self.output_tokens
