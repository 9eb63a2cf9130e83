"""The cursor of the hand-written statements."""

from django.db import connection
from django.db.backends.utils import CursorWrapper


def bound_cursor() -> CursorWrapper:
    """PostgreSQL: a cursor with server-side binding, for these statements only (psycopg sends
    the values apart from the SQL and prepares statements it runs often: balance_service/postgresql)."""
    return connection.bound_cursor()
