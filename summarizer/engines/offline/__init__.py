"""The offline extraction engine: deterministic rules over news prose, no model and no network."""

from .engine import OfflineEngine, rules_compiled
from .extraction import extract_offline, positions_offline

__all__ = ["OfflineEngine", "extract_offline", "positions_offline", "rules_compiled"]
