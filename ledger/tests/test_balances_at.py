"""Balances at an instant (`ledger.balances_at`) and the back office's totals (`ledger.totals`):
the rule, and the totals computed without it agreeing with it."""

from datetime import datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from ledger import selectors, services
from ledger.balances_at import BalanceAt, balances_at, balances_at_totals
from ledger.models import Entry
from ledger.totals import (
    dashboard_get,
    end_of_day,
    month_starts,
    revenue_by_service_parts,
    trial_balance_at,
)
from reports.tests.helpers import clock_at

pytestmark = pytest.mark.django_db
MSK = ZoneInfo("Europe/Moscow")
D = Decimal


def at(*args) -> datetime:
    return datetime(*args, tzinfo=MSK)


@pytest.fixture
def history():
    """User 1: 100 in on Jan 10, 30 reserved on Feb 5 and 20 of it paid on Feb 6 (10 back), 4 of
    the payment refunded on Mar 10; user 2: 50 in on Feb 1, 5 sent to user 1 on Mar 3; user 3:
    opened on Mar 3, 7 out on Mar 4."""
    with clock_at(at(2022, 1, 10, 12)):
        services.deposit_create(user_id=1, amount=D("100"))
    with clock_at(at(2022, 2, 1, 0, 0)):  # midnight: belongs to February
        services.deposit_create(user_id=2, amount=D("50"))
    with clock_at(at(2022, 2, 5, 9)):
        services.reservation_create(user_id=1, service_id=3, order_id=15, amount=D("30"), service_name="Listing")
    with clock_at(at(2022, 2, 6, 9)):
        services.reservation_pay(user_id=1, service_id=3, order_id=15, amount=D("20"))
    with clock_at(at(2022, 3, 3, 9)):
        services.transfer_create(from_user_id=2, to_user_id=1, amount=D("5"))
        services.deposit_create(user_id=3, amount=D("10"))
    with clock_at(at(2022, 3, 4, 9)):
        services.withdrawal_create(user_id=3, amount=D("7"))
    with clock_at(at(2022, 3, 10, 9)):
        services.payment_refund_create(user_id=1, service_id=3, order_id=15, amount=D("4"))


def test_each_account_takes_its_latest_balance_after(history):
    assert list(balances_at(at=end_of_day(at(2022, 2, 5).date()))) == [
        BalanceAt(1, D("70.00"), D("30.00")),
        BalanceAt(2, D("50.00"), D("0.00")),
        BalanceAt(3, D("0.00"), D("0.00")),  # no entry yet: zeros
    ]
    assert list(balances_at(at=at(2022, 3, 31), user_ids=[1, 3, 99])) == [
        BalanceAt(1, D("89.00"), D("0.00")),
        BalanceAt(3, D("3.00"), D("0.00")),
    ]


def test_an_entry_counts_from_its_own_instant_and_midnight_belongs_to_the_next_day(history):
    assert list(balances_at(at=at(2022, 2, 1), user_ids=[2])) == [BalanceAt(2, D("50.00"), D("0.00"))]
    assert list(balances_at(at=end_of_day(at(2022, 1, 31).date()), user_ids=[2])) == [
        BalanceAt(2, D("0.00"), D("0.00"))
    ]


def test_ties_on_the_same_instant_go_by_entry_id(db):
    with clock_at(at(2022, 5, 1, 12)):
        services.deposit_create(user_id=1, amount=D("10"))
        services.deposit_create(user_id=1, amount=D("5"))
        services.withdrawal_create(user_id=1, amount=D("12"))
    assert Entry.objects.filter(user_id=1).values("created_at").distinct().count() == 1
    assert list(balances_at(at=at(2022, 5, 1, 12))) == [BalanceAt(1, D("3.00"), D("0.00"))]


def test_totals_are_the_sums_of_the_users(history):
    for moment in (at(2022, 1, 1), at(2022, 2, 5, 23), at(2022, 3, 3, 9), at(2022, 3, 10, 9), timezone.now()):
        rows = list(balances_at(at=moment))
        totals = balances_at_totals(at=moment)
        assert totals.available == sum((row.available for row in rows), D(0))
        assert totals.reserved == sum((row.reserved for row in rows), D(0))


def test_trial_balance_at_each_day_matches_the_rule_and_balances(history):
    day = at(2022, 1, 9).date()
    while day <= at(2022, 3, 12).date():
        moment = end_of_day(day)
        trial = trial_balance_at(at=moment)
        rule = balances_at_totals(at=moment)
        assert (trial.available, trial.reserved) == (rule.available, rule.reserved), day
        assert trial.difference == 0
        day += timedelta(days=1)
    trial = trial_balance_at(at=end_of_day(at(2022, 3, 5).date()))
    assert (trial.deposits, trial.withdrawals, trial.revenue, trial.user_count) == (D(160), D(7), D(20), 3)
    # After the refund: revenue is net of it and the books still balance.
    trial = trial_balance_at(at=end_of_day(at(2022, 3, 10).date()))
    assert (trial.deposits, trial.withdrawals, trial.revenue, trial.available) == (D(160), D(7), D(16), D(137))
    assert trial.difference == 0


def test_trial_balance_shows_a_difference_when_cached_balances_drift(history):
    from ledger.models import Account

    Account.objects.filter(user_id=1, kind="available").update(balance=D("90.00"))
    assert trial_balance_at(at=timezone.now()).difference == D("1.00")


def test_dashboard_month_ends_match_the_rule(history, monkeypatch):
    monkeypatch.setattr(timezone, "localdate", lambda *args: at(2022, 4, 20).date())
    board = dashboard_get(months=4)
    assert [month.start.month for month in board.months] == [1, 2, 3, 4]
    for month, next_start in zip(
        board.months[:-1], month_starts(today=at(2022, 4, 20).date(), count=4)[1:], strict=True
    ):
        rule = balances_at_totals(at=end_of_day(next_start - timedelta(days=1)))
        assert (month.held_available, month.held_reserved) == (rule.available, rule.reserved), month.start
    assert [month.revenue for month in board.months] == [D(0), D(20), D(-4), D(0)]
    assert [month.revenue_parts for month in board.months] == [
        {"payments": D(0), "refunds": D(0)},
        {"payments": D(20), "refunds": D(0)},
        {"payments": D(0), "refunds": D(4)},
        {"payments": D(0), "refunds": D(0)},
    ]
    assert [month.deposits for month in board.months] == [D(100), D(50), D(10), D(0)]
    assert board.months[2].withdrawals == D(7)
    assert (board.holdings.available, board.holdings.reserved, board.holdings.users) == (D(137), D(0), 3)
    assert (board.open_reservations, board.open_reserved) == (0, D(0))


def test_revenue_by_service_keeps_services_of_the_same_name_apart(db):
    with clock_at(at(2022, 11, 3)):
        for order_id, (service_id, amount) in enumerate([(3, "10"), (4, "2.5"), (3, "1")], start=1):
            services.deposit_create(user_id=1, amount=D(amount))
            services.reservation_create(
                user_id=1, service_id=service_id, order_id=order_id, amount=D(amount), service_name="Listing"
            )
            services.reservation_pay(user_id=1, service_id=service_id, order_id=order_id, amount=D(amount))
    rows = revenue_by_service_parts(start=at(2022, 11, 1), end=at(2022, 12, 1))
    assert [(row.service_id, row.name, row.parts["payments"], row.revenue) for row in rows] == [
        (3, "Listing", D("11.00"), D("11.00")),
        (4, "Listing", D("2.50"), D("2.50")),
    ]
    assert revenue_by_service_parts(start=at(2022, 12, 1), end=at(2023, 1, 1)) == []


def test_revenue_by_service_is_payments_less_refunds_as_in_the_csv(db):
    with clock_at(at(2022, 11, 3)):
        services.deposit_create(user_id=1, amount=D("30"))
        for order_id, service_id in ((1, 3), (2, 4)):
            services.reservation_create(
                user_id=1, service_id=service_id, order_id=order_id, amount=D("10"), service_name=f"S{service_id}"
            )
            services.reservation_pay(user_id=1, service_id=service_id, order_id=order_id, amount=D("10"))
    with clock_at(at(2022, 11, 20)):
        services.payment_refund_create(user_id=1, service_id=3, order_id=1, amount=D("2.5"))
    with clock_at(at(2022, 12, 2)):  # a refund in the next month: that month's revenue goes negative
        services.payment_refund_create(user_id=1, service_id=4, order_id=2)
    for start, end, expected in (
        (at(2022, 11, 1), at(2022, 12, 1), [(3, D("10.00"), D("2.50"), D("7.50")), (4, D("10"), D(0), D("10"))]),
        (at(2022, 12, 1), at(2023, 1, 1), [(4, D(0), D("10.00"), D("-10.00"))]),
    ):
        rows = revenue_by_service_parts(start=start, end=end)
        parts = [(row.service_id, row.parts["payments"], row.parts["refunds"], row.revenue) for row in rows]
        assert parts == expected
        # The same net revenue per service as the monthly report's CSV.
        assert [(row.name, row.revenue) for row in rows] == list(selectors.revenue_by_service(start=start, end=end))


def test_the_page_and_the_api_read_one_rule(history):
    """`ledger.balances_at` (the page, its CSV) and `selectors.balance_at_get` (the API's `?at=`)
    agree for every user at every day end and at the instants of the movements."""
    moments = [at(2022, 2, 1), at(2022, 2, 6, 9), at(2022, 3, 3, 9), at(2022, 3, 10, 9), timezone.now()]
    day = at(2022, 1, 9).date()
    while day <= at(2022, 3, 12).date():
        moments.append(end_of_day(day))
        day += timedelta(days=1)
    for moment in moments:
        for row in balances_at(at=moment):
            api = selectors.balance_at_get(user_id=row.user_id, at=moment)
            assert (api.available, api.reserved) == (row.available, row.reserved), (row.user_id, moment)
