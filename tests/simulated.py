"""Run the simulated endpoint for a test, on its own event loop in a thread.

The CLI calls `asyncio.run`, which cannot nest inside a test's loop, so the server gets a loop
of its own; in-process tests may simply use `async with Simulator(...) as simulator`.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from summarizer.devtools.simulator import Simulator, SimulatorConfig


@contextmanager
def simulated_endpoint(config: SimulatorConfig) -> Iterator[Simulator]:
    """A running simulator; `.url` is its base URL and `.counts` what it has served."""
    loop = asyncio.new_event_loop()
    simulator = Simulator(config)
    ready = threading.Event()

    def serve() -> None:
        asyncio.set_event_loop(loop)
        loop.run_until_complete(simulator.start())
        ready.set()
        loop.run_forever()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    ready.wait(10)
    try:
        yield simulator
    finally:
        asyncio.run_coroutine_threadsafe(simulator.stop(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
