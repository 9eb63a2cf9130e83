"""PostgreSQL's own count of the rows a test's statements read: how the plan tests prove a
statement reads the rows it needs and no more, whatever the size of the table."""

from django.db import connection


def rows_read(table: str) -> int:
    """Rows of `table` read so far, by sequential scans and index scans, as the statistics say
    once this backend has flushed its counters."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_stat_force_next_flush()")
        cursor.execute("SELECT pg_stat_clear_snapshot()")
        cursor.execute(
            "SELECT coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0) FROM pg_stat_user_tables WHERE relname = %s",
            [table],
        )
        return cursor.fetchone()[0]
