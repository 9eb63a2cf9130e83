"""Request ids (API.md, "Observability"): the caller's `X-Request-ID` when it is 1-200 characters
of `[A-Za-z0-9._:-]`, else a fresh one. The id of the work in hand lives in a context variable,
so every log line and error body of that work can carry it without passing it around.

Plain Python on purpose: the gunicorn master imports it through `balance_service.logs`.
"""

import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

HEADER = "X-Request-ID"
META_KEY = "HTTP_X_REQUEST_ID"
_VALID = re.compile(r"[A-Za-z0-9._:-]{1,200}")

_current: ContextVar[str | None] = ContextVar("request_id", default=None)


def new() -> str:
    return uuid.uuid4().hex


def accept(value: str | None) -> str:
    """The caller's id when it is well formed, else a new one: an id with spaces, control
    characters or over 200 characters is replaced, never echoed."""
    if value and _VALID.fullmatch(value):
        return value
    return new()


def current() -> str | None:
    """The id of the request or job in hand (None outside any)."""
    return _current.get()


@contextmanager
def bound(value: str | None = None) -> Iterator[str]:
    """Carry `value` (a new id when None) as the current id inside the block: a request, or a
    job of a worker or command, which gets an id of its own this way."""
    rid = value or new()
    token = _current.set(rid)
    try:
        yield rid
    finally:
        _current.reset(token)
