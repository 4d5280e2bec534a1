"""A run's statistics as short facts, written once for the summary line on stderr and the note
at the end of the Markdown briefing."""

from __future__ import annotations

from ..models import RunStats


def run_facts(stats: RunStats, *, short: bool = False) -> list[str]:
    """'6/6 articles extracted (2 from cache)', 'engine llm (gpt-4o-mini)', '6 calls (0
    re-asks)', tokens, cost, what was dropped and (`short`) how many failed; plain text, for
    the caller to escape where it lands."""
    extracted = f"{stats.articles_extracted}/{stats.articles_loaded} articles extracted"
    if stats.articles_cached:
        extracted += f" ({stats.articles_cached} from cache)"
    engine = stats.engine + (f" ({stats.model})" if stats.model else "")
    facts = [extracted, f"engine {engine}"]
    if stats.llm_calls or stats.engine == "llm":
        facts.append(f"{stats.llm_calls} calls ({stats.reasks} re-asks)")
        facts.append(f"{stats.input_tokens:,} tokens in / {stats.output_tokens:,} out")
        if stats.estimated_cost_usd is not None:
            facts.append(f"~${stats.estimated_cost_usd:.4f}")
    if stats.ungrounded_dropped:
        facts.append(f"{stats.ungrounded_dropped} items without verbatim support dropped")
    if stats.interrupted:
        facts.append("interrupted: articles that did not finish are not included")
    if short and stats.articles_failed:
        facts.append(f"{len(stats.articles_failed)} failed")
    return facts
