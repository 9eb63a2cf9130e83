"""A balance at a past instant (API.md, `?at=`): from the entries' `balance_after`, one index probe
per account; and history lines carrying the id of their movement."""

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.db import connection

from ledger import selectors, services
from ledger.models import Account
from reports.tests.helpers import clock_at

pytestmark = pytest.mark.django_db

T0 = datetime(2022, 11, 30, 12, 0, tzinfo=UTC)
URL = "/api/v1/information/account-balance/7"
MOSCOW = ZoneInfo("Europe/Moscow")  # the test settings' business time zone


@pytest.fixture
def moves(db):
    """User 7: +100 at T0, 30 reserved at T0+1h, 10 withdrawn at T0+2h (twice in the same instant)."""
    with clock_at(T0):
        services.deposit_create(user_id=7, amount=Decimal("100"))
    with clock_at(T0 + timedelta(hours=1)):
        services.reservation_create(user_id=7, service_id=1, order_id=1, amount=Decimal("30"))
    with clock_at(T0 + timedelta(hours=2)):
        services.withdrawal_create(user_id=7, amount=Decimal("4"))
        services.withdrawal_create(user_id=7, amount=Decimal("6"))


def at(api, moment: str):
    return api.get(URL, {"at": moment})


@pytest.mark.parametrize(
    ("moment", "available", "reserved"),
    [
        ("2022-11-30T11:59:59.999999Z", "0.00", "0.00"),  # before the accounts existed
        ("2022-11-30T12:00:00Z", "100.00", "0.00"),  # a change at that very instant counts
        ("2022-11-30T15:30:00+03:00", "100.00", "0.00"),  # 12:30 UTC
        ("2022-11-30T13:00:00Z", "70.00", "30.00"),
        ("2022-11-30T14:00:00Z", "60.00", "30.00"),  # both withdrawals of that instant, by id
        ("2022-11-30T17:00:00", "60.00", "30.00"),  # no offset: the business time zone (Moscow)
    ],
)
def test_the_balances_as_they_were(api, moves, moment, available, reserved):
    response = at(api, moment)
    assert response.status_code == 200, response.content
    body = response.json()
    assert (body["available"], body["reserved"], body["user_id"], body["currency"]) == (available, reserved, 7, "RUB")
    asked = datetime.fromisoformat(moment)
    assert datetime.fromisoformat(body["at"]) == (asked if asked.tzinfo else asked.replace(tzinfo=MOSCOW))


def test_without_at_the_answer_is_the_balance_now(api, moves):
    assert api.get(URL).json() == {"user_id": 7, "available": "60.00", "reserved": "30.00", "currency": "RUB"}


@pytest.mark.parametrize(
    "moment",
    [
        "",
        "yesterday",
        "2022-13-01T00:00:00Z",
        "2022-11-30T25:00:00Z",
        "2999-01-01T00:00:00Z",  # the future
        "2022-11-30T12:00:00+16:00",  # an offset PostgreSQL cannot store
        "2022-11-30T12:00:00-23:59",
        "0001-01-01T00:00:00+05:00",  # before year 1 in UTC
        "2" * 5000,
    ],
)
def test_a_bad_or_future_instant_is_400(api, moves, moment):
    response = at(api, moment)
    assert response.status_code == 400, response.content
    assert response.json()["code"] == "validation_error"
    assert "at" in response.json()["errors"]


def test_a_user_without_accounts_is_404(api):
    assert at(api, "2022-11-30T12:00:00Z").json()["code"] == "account_not_found"


def test_the_selector_serves_every_account_for_the_back_office(moves):
    with clock_at(T0):
        services.deposit_create(user_id=8, amount=Decimal("5"))
    rows = selectors.balances_at(at=T0 + timedelta(minutes=90)).values_list("user_id", "kind", "balance_at")
    assert sorted(rows) == [
        (7, "available", Decimal("70.00")),
        (7, "reserved", Decimal("30.00")),
        (8, "available", Decimal("5.00")),
        (8, "reserved", Decimal("0.00")),
    ]


@pytest.mark.postgres
def test_one_backward_index_probe_per_account(moves):
    """The plan reads the (account, created_at, id) index backwards and stops at the first row:
    no sort and no scan of the account's entries, so 10 or 10,000,000 entries cost the same."""
    query = selectors.balances_at(at=T0, accounts=Account.objects.filter(user_id=7)).values("kind", "balance_at")
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # the test's tables are tiny
        sql, params = query.query.sql_with_params()
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "Index Scan Backward using entry_account_created_id" in plan, plan
    assert "Limit" in plan, plan
    assert "Sort" not in plan, plan


def test_history_lines_carry_the_id_of_their_movement(api):
    deposit = api.post("/api/v1/transactions/deposit", {"user_id": 7, "amount": "5"}, format="json").json()
    lines = api.get("/api/v1/information/account-transactions/7").json()["results"]
    assert [line["transaction_id"] for line in lines] == [deposit["id"]]
