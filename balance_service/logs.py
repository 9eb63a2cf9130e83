"""Logs: JSON lines on standard output from Django, gunicorn and commands alike (python-json-logger),
or readable lines for a terminal (LOG_FORMAT=text). Times in UTC, ISO 8601 with the offset.

Every line carries the request id of the work in hand (`balance_service.request_id`), and every
line passes `redact` first: an API key, a bearer token, a signature or a card-like number never
reaches the output, whoever logged it. Imported by gunicorn.conf.py, so nothing here imports Django.
"""

import logging
import os
import re
from datetime import UTC, datetime

from gunicorn.glogging import Logger as _GunicornLogger

from balance_service import request_id

_SECRETS = re.compile(
    r"(?P<key>\bbsk_[A-Za-z0-9_-]{6,})"  # an API key (accounts.services.KEY_PREFIX), whole or cut
    r"|(?P<bearer>(?i:bearer)\s+)\S+"
    r"|(?P<param>(?i:signature|secret|password|token|api_key|key)=)[^&\s\"']+"
    r"|(?P<card>\b\d(?:[ -]?\d){12,18}\b)"
)


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _mask(match: re.Match) -> str:
    if match["key"]:
        return "[redacted]"
    if match["bearer"]:
        return f"{match['bearer']}[redacted]"
    if match["param"]:
        return f"{match['param']}[redacted]"
    digits = re.sub(r"\D", "", match["card"])
    return "[redacted]" if _luhn(digits) else match["card"]


# Cheap tests first: most lines (every request's) hold none of these, and the full pattern costs
# more than the rest of the line's formatting.
_LONG_NUMBER = re.compile(r"\d[\d -]{11,}\d")


def redact(text: str) -> str:
    """`text` without API keys, bearer tokens, `signature=`/`secret=`-like parameters, or
    numbers that look like payment cards (13-19 digits passing the Luhn check)."""
    if "bsk_" in text or "=" in text or "earer" in text.lower() or _LONG_NUMBER.search(text):
        return _SECRETS.sub(_mask, text)
    return text


class RequestContextFilter(logging.Filter):
    """On each handler: adds `request_id` (the current one unless the record has its own) and
    redacts the message, the path and any exception text."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "request_id", None) is None:
            # Django logs a 5xx once the middleware is done: the request still knows its id.
            record.request_id = request_id.current() or getattr(getattr(record, "request", None), "request_id", None)
        message = record.getMessage()
        record.msg, record.args = redact(message), None
        path = getattr(record, "path", None)
        if isinstance(path, str):
            record.path = redact(path)
        if record.exc_info and not record.exc_text:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


class UtcTextFormatter(logging.Formatter):
    """Readable lines for a developer's terminal, times in UTC with the offset."""

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:  # noqa: N802 - stdlib name
        return datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds")


def config(*, log_format: str | None = None, level: str | None = None) -> dict:
    """The logging configuration (a dictConfig dict) for Django's LOGGING and gunicorn's
    logconfig_dict: one handler on standard output, JSON unless LOG_FORMAT=text."""
    log_format = (log_format or os.environ.get("LOG_FORMAT") or "json").lower()
    level = (level or os.environ.get("LOG_LEVEL") or "INFO").upper()
    formatters = {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(levelname)s %(name)s %(message)s %(process)s",
            "rename_fields": {"levelname": "level", "name": "logger", "process": "pid"},
            "timestamp": "time",  # UTC, ISO 8601 with +00:00
        },
        "text": {
            "()": "balance_service.logs.UtcTextFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s",
        },
    }
    if log_format not in formatters:
        raise ValueError(f"LOG_FORMAT must be json or text, not {log_format!r}")
    handler = {
        "class": "logging.StreamHandler",
        "stream": "ext://sys.stdout",
        "formatter": log_format,
        "filters": ["request_context"],
    }
    own = {"handlers": ["stdout"], "level": level, "propagate": False}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"request_context": {"()": "balance_service.logs.RequestContextFilter"}},
        "formatters": {log_format: formatters[log_format]},
        "handlers": {"stdout": handler},
        "root": {"handlers": ["stdout"], "level": level},
        "loggers": {
            "gunicorn.error": own,
            "gunicorn.access": {**own, "level": "INFO"},
            "_granian": own,
            "granian.access": {**own, "level": "INFO"},
            # 4xx are in the request line already; 5xx keep Django's traceback.
            "django.request": {"level": "ERROR"},
            "django.db.backends": {"level": "WARNING"},
        },
    }


class GunicornLogger(_GunicornLogger):
    """gunicorn's access log as structured fields (no query string: it may hold a signature)."""

    def access(self, resp, req, environ, request_time) -> None:
        if not self.access_log_enabled:
            return
        request = {name.lower(): value for name, value in resp.headers}.get("x-request-id")
        status = getattr(resp, "status_code", None)
        method, path = environ.get("REQUEST_METHOD"), environ.get("PATH_INFO")
        duration_ms = round(request_time.total_seconds() * 1000, 2)
        self.access_log.info(
            "%s %s %s %.1fms",
            method,
            path,
            status,
            duration_ms,
            extra={
                "request_id": request,
                "method": method,
                "path": path,
                "status": status,
                "duration_ms": duration_ms,
                "bytes": getattr(resp, "sent", None),
            },
        )
