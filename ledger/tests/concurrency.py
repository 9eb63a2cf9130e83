"""Run callables at the same moment in real threads, each on its own database connection."""

import contextlib
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from django.db import connection


def run_concurrently(calls: list[Callable[[], object]]) -> list[object]:
    """Start every call together, one thread each, and return their results in order.
    An exception in a call is returned, not raised, so the caller can count outcomes."""
    barrier = threading.Barrier(len(calls))

    def one(call):
        try:
            with contextlib.suppress(threading.BrokenBarrierError):
                barrier.wait(timeout=30)
            return call()
        except Exception as exc:  # noqa: BLE001 - reported to the test
            return exc
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=len(calls)) as pool:
        return list(pool.map(one, calls))
