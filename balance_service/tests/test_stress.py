"""The stress run (`balance_service.tests.stress`), short: a few thousand operations over HTTP to gunicorn
while connections are killed, a worker is killed, statements time out and PostgreSQL restarts.
`make stress` runs the long version."""

import os

import pytest
from django.db import connections

from balance_service.tests.stress import run

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def test_short_stress_run_with_faults_keeps_every_invariant(capsys):
    try:
        code = run(operations=1200, workers=3, gunicorn_workers=2, fault_interval=2.0, outage=2.0)
    finally:
        connections.close_all()  # PostgreSQL may have restarted under the suite's own connection
    out = capsys.readouterr().out
    print(out)
    assert code == 0, out
    assert "stress: all invariants hold" in out
    for fault in ("pg_terminate_backend", "kill_9_gunicorn_worker", "low_statement_timeout"):
        assert fault in out
    if os.environ.get("PGTEST_DIR"):
        assert "postgres_restart" in out
        assert "readyz_503_while_down" in out
