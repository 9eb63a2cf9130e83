"""The database router against a real streaming replica (`make test` starts one: PG_REPLICA=1
scripts/with-postgres). The replica copies the whole cluster, so the test database made on the
primary is there too; these tests point the `replica` alias at it with a connection of its own."""

import os
import subprocess
import time
from datetime import date, timedelta
from decimal import Decimal

import dj_database_url
import pytest
from django.conf import settings
from django.contrib import admin
from django.db import connections, router, transaction
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from prometheus_client import REGISTRY

from balance_service import routers
from ledger import services
from ledger.models import Account, Entry, Reservation, Transaction
from ledger.selectors import revenue_by_service

pytestmark = pytest.mark.postgres
on_replica_db = pytest.mark.django_db(transaction=True, databases=["default", "replica"])

HISTORY = "/api/v1/information/account-transactions/{}"
BALANCE = "/api/v1/information/account-balance/{}"


def fallbacks(reason: str) -> float:
    return REGISTRY.get_sample_value("balance_replica_fallbacks_total", {"reason": reason}) or 0.0


def replica_ctl(*args: str) -> None:
    run_as = ["runuser", "-u", os.environ["PGTEST_RUN_AS"], "--"] if os.environ.get("PGTEST_RUN_AS") else []
    command = [*run_as, os.environ["PG_CTL"], "-D", os.environ["PGTEST_REPLICA_DIR"], "-w", "-t", "60", *args]
    subprocess.run(command, check=True, capture_output=True)  # noqa: S603 - the test's own server


@pytest.fixture
def replica():
    """The `replica` alias on a connection to the real replica's copy of the test database."""
    url = os.environ.get("DATABASE_REPLICA_URL")
    if not url or "replica" not in settings.DATABASES:
        pytest.fail(
            "These tests need a streaming replica of the test server: run `make test` (it starts one), or set "
            "DATABASE_REPLICA_URL to a hot standby of DATABASE_URL's server."
        )
    target = dj_database_url.parse(url)
    primary = connections["default"]
    wrapper = primary.__class__(
        {**primary.settings_dict, **{k: target[k] for k in ("HOST", "PORT", "USER", "PASSWORD")}}, alias="replica"
    )
    previous = connections["replica"]
    connections["replica"] = wrapper
    routers.forget_verdict()
    yield wrapper
    wrapper.close()
    connections["replica"] = previous
    routers.forget_verdict()


def caught_up(replica, query: str, expected, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        with replica.cursor() as cursor:
            cursor.execute(query)
            if cursor.fetchone()[0] == expected:
                return
        assert time.monotonic() < deadline, f"the replica did not replay {query!r} in {timeout}s"
        time.sleep(0.05)


def is_standby(replica) -> bool:
    with replica.cursor() as cursor:
        cursor.execute("SELECT pg_is_in_recovery()")
        return cursor.fetchone()[0]


@on_replica_db
def test_a_write_on_the_primary_is_read_back_from_the_replica(replica, api):
    assert is_standby(replica)
    services.deposit_create(user_id=5, amount=Decimal("10.00"))
    caught_up(replica, "SELECT count(*) FROM ledger_entry WHERE user_id = 5", 1)
    with CaptureQueriesContext(replica) as on_replica:
        response = api.get(HISTORY.format(5))
    assert response.status_code == 200
    assert [item["amount"] for item in response.json()["results"]] == ["10.00"]
    assert any("ledger_entry" in q["sql"] for q in on_replica.captured_queries)
    assert not any("balance" in q["sql"] and "ledger_entry" not in q["sql"] for q in on_replica.captured_queries)


@on_replica_db
def test_a_balance_is_never_read_from_the_replica(replica, api, settings):
    """Replay paused: the replica shows the books as they were. The history follows it, the
    balance does not, even when asked for inside `replica_reads()`."""
    settings.REPLICA_MAX_LAG = timedelta(hours=1)
    services.deposit_create(user_id=5, amount=Decimal("10.00"))
    caught_up(replica, "SELECT count(*) FROM ledger_entry WHERE user_id = 5", 1)
    with replica.cursor() as cursor:
        cursor.execute("SELECT pg_wal_replay_pause()")
    try:
        services.deposit_create(user_id=5, amount=Decimal("5.00"))
        assert len(api.get(HISTORY.format(5)).json()["results"]) == 1  # the replica's older copy
        assert api.get(BALANCE.format(5)).json()["available"] == "15.00"
        with routers.replica_reads():
            assert router.db_for_read(Account) == "default"
            assert router.db_for_read(Entry) == "replica"
            with transaction.atomic():  # a money movement's reads stay on the primary
                assert router.db_for_read(Entry) == "default"
        request = RequestFactory().get("/admin/")
        assert admin.site._registry[Transaction].get_queryset(request).db == "replica"
        assert admin.site._registry[Reservation].get_queryset(request).db == "replica"
        assert admin.site._registry[Account].get_queryset(request).db == "default"  # the balances list
    finally:
        with replica.cursor() as cursor:
            cursor.execute("SELECT pg_wal_replay_resume()")


@on_replica_db
def test_a_lagging_replica_means_reads_from_the_primary(replica, api, settings):
    settings.REPLICA_MAX_LAG = timedelta(milliseconds=500)
    services.deposit_create(user_id=5, amount=Decimal("10.00"))
    caught_up(replica, "SELECT count(*) FROM ledger_entry WHERE user_id = 5", 1)
    with replica.cursor() as cursor:
        cursor.execute("SELECT pg_wal_replay_pause()")
    try:
        services.deposit_create(user_id=5, amount=Decimal("5.00"))
        time.sleep(1.0)
        routers.forget_verdict()
        before = fallbacks("lag")
        with CaptureQueriesContext(replica) as on_replica:
            assert len(api.get(HISTORY.format(5)).json()["results"]) == 2  # the primary's
        assert not any("ledger_entry" in q["sql"] for q in on_replica.captured_queries)
        assert fallbacks("lag") > before
    finally:
        with replica.cursor() as cursor:
            cursor.execute("SELECT pg_wal_replay_resume()")


@on_replica_db
def test_a_stopped_replica_means_reads_from_the_primary(replica, api):
    services.deposit_create(user_id=5, amount=Decimal("10.00"))
    caught_up(replica, "SELECT count(*) FROM ledger_entry WHERE user_id = 5", 1)
    replica.close()
    replica_ctl("-m", "fast", "stop")
    try:
        routers.forget_verdict()
        before = fallbacks("down")
        response = api.get(HISTORY.format(5))
        assert response.status_code == 200
        assert len(response.json()["results"]) == 1
        assert fallbacks("down") > before
        assert list(revenue_by_service(start=date(2020, 1, 1), end=date(2100, 1, 1))) == []  # the report too
    finally:
        replica_ctl(
            "-l",
            os.path.join(os.environ["PGTEST_REPLICA_DIR"], "..", "replica.log"),
            "-o",
            os.environ["PGTEST_REPLICA_OPTS"],
            "start",
        )
    routers.forget_verdict()
    caught_up(replica, "SELECT count(*) FROM ledger_entry WHERE user_id = 5", 1)
    assert routers.read_alias() == "replica"


@on_replica_db
def test_the_monthly_report_reads_from_the_replica(replica):
    services.deposit_create(user_id=5, amount=Decimal("10.00"))
    caught_up(replica, "SELECT count(*) FROM ledger_entry WHERE user_id = 5", 1)
    with CaptureQueriesContext(replica) as on_replica:
        assert list(revenue_by_service(start=date(2020, 1, 1), end=date(2100, 1, 1))) == []
    assert any("ledger_transaction" in q["sql"] for q in on_replica.captured_queries)


@pytest.mark.django_db
def test_without_replica_reads_everything_stays_on_the_primary():
    assert router.db_for_read(Entry) == "default"
    assert router.db_for_write(Entry) == "default"
    with routers.replica_reads(), transaction.atomic():
        assert router.db_for_read(Entry) == "default"
