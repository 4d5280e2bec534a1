"""The offline extraction engine: deterministic rules over news prose, no model and no network."""

from .engine import OfflineEngine, extract_offline, positions_offline, rules_compiled

__all__ = ["OfflineEngine", "extract_offline", "positions_offline", "rules_compiled"]
