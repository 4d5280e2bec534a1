"""What extracting cost: requests, re-asks, tokens, and items dropped as ungrounded."""

from __future__ import annotations

from dataclasses import dataclass


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
        self.llm_calls += other.llm_calls
        self.reasks += other.reasks
        self.input_tokens += other.input_tokens
        self.output_tokens += other.output_tokens
        self.ungrounded_dropped += other.ungrounded_dropped
        self.cached += other.cached
        self.quotes_aligned += other.quotes_aligned
        self.floor_only += other.floor_only

    @property
    def tokens(self) -> int:
        """Input and output tokens together."""
        return self.input_tokens + self.output_tokens
