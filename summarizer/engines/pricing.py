"""What a run costs: tokens at the model's price per million, when the price is known.

The table holds OpenAI list prices in USD per million tokens (input, output) as published in
2025; prices change, so `Settings.price` (`--price IN/OUT`) overrides it for any model. A server
on this machine (localhost, 127.0.0.1, ::1) costs nothing in money. Any other unknown model has
no price, and the briefing says so (`estimated_cost_usd: null`) rather than guess.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Price:
    """USD per million input and output tokens."""

    input_per_million: float
    output_per_million: float

    def cost(self, input_tokens: int, output_tokens: int) -> float:
        """USD for that many tokens."""
        return (
            input_tokens * self.input_per_million + output_tokens * self.output_per_million
        ) / 1_000_000


FREE = Price(0.0, 0.0)
PRICES: dict[str, Price] = {
    "gpt-4o-mini": Price(0.15, 0.60),
    "gpt-4o": Price(2.50, 10.00),
    "gpt-4.1-nano": Price(0.10, 0.40),
    "gpt-4.1-mini": Price(0.40, 1.60),
    "gpt-4.1": Price(2.00, 8.00),
    "o4-mini": Price(1.10, 4.40),
    "o3-mini": Price(1.10, 4.40),
    "gpt-3.5-turbo": Price(0.50, 1.50),
}


def price_for(model: str | None, *, local: bool, override: Price | None = None) -> Price | None:
    """The price of `model`: the override, a server on this machine's (free), or the table's."""
    if override is not None:
        return override
    if local:
        return FREE
    if not model:
        return None
    # Dated snapshots ('gpt-4o-mini-2024-07-18') cost what their family costs; longest name first.
    for name in sorted(PRICES, key=len, reverse=True):
        if model == name or model.startswith(name + "-"):
            return PRICES[name]
    return None
