"""The report's figures against the books, made through the real money services."""

from datetime import datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.db.models import Sum
from django.test import override_settings

from balance_service.csv import csv_cell
from ledger.models import Account, Entry, Service
from ledger.tests.factories import CancelFactory, ReserveFactory, funded_user
from reports.monthly import CHUNK_BYTES, monthly_report_csv
from reports.periods import period_parse
from reports.tests.helpers import clock_at, payment_make

pytestmark = pytest.mark.django_db

BERLIN, MOSCOW = ZoneInfo("Europe/Berlin"), ZoneInfo("Europe/Moscow")
HEADER = "service_name;revenue\r\n"


def report(period: str) -> str:
    return b"".join(monthly_report_csv(period=period_parse(text=period))).decode("utf-8")


def rows(period: str) -> list[str]:
    text = report(period)
    assert text.startswith(HEADER)
    return text.removeprefix(HEADER).splitlines()


@pytest.mark.parametrize(
    ("zone_name", "zone", "last_day"),
    [
        ("Europe/Berlin", BERLIN, datetime(2022, 10, 31)),  # the day after DST ended (CET)
        ("Europe/Berlin", BERLIN, datetime(2022, 3, 31)),  # in summer time (CEST)
        ("Europe/Moscow", MOSCOW, datetime(2022, 11, 30)),
    ],
)
def test_payments_at_the_month_boundary_land_in_their_own_month(zone_name, zone, last_day, books_verified):
    with override_settings(TIME_ZONE=zone_name):
        last_moment = last_day.replace(hour=23, minute=59, second=59, microsecond=999000, tzinfo=zone)
        first_moment = (last_day + timedelta(days=1)).replace(tzinfo=zone)
        payment_make(at=last_moment, service_id=1, order_id=1, amount="10.00", service_name="Listing")
        payment_make(at=first_moment, service_id=1, order_id=2, amount="7.50")
        this_month, next_month = f"{last_day:%Y-%m}", f"{first_moment:%Y-%m}"
        assert rows(this_month) == ["Listing;10.00"]
        assert rows(next_month) == ["Listing;7.50"]


def test_the_business_time_zone_decides_the_month():
    """21:30 UTC on 30 November is still November in Berlin but already December in Moscow."""
    payment_make(at=datetime(2022, 11, 30, 21, 30, tzinfo=ZoneInfo("UTC")), service_id=1, order_id=1, amount="5.00")
    with override_settings(TIME_ZONE="Europe/Berlin"):
        assert rows("2022-11") == ["Service 1;5.00"]
        assert rows("2022-12") == []
    with override_settings(TIME_ZONE="Europe/Moscow"):
        assert rows("2022-11") == []
        assert rows("2022-12") == ["Service 1;5.00"]


def test_partial_capture_counts_the_captured_amount_and_cancelled_counts_nothing(books_verified):
    at = datetime(2022, 11, 15, 12, tzinfo=MOSCOW)
    payment_make(at=at, service_id=1, order_id=1, amount="100.00", paid="60.40", service_name="Boost")
    payment_make(at=at, service_id=1, order_id=2, amount="0.05", service_name="Boost")
    funded_user(2, "50.00")
    with clock_at(at):
        ReserveFactory(user_id=2, service_id=2, order_id=3, amount=Decimal("50.00"), service_name="Ads")
        CancelFactory(user_id=2, service_id=2, order_id=3)
        ReserveFactory(user_id=2, service_id=3, order_id=4, amount=Decimal("20.00"), service_name="Held")
    assert rows("2022-11") == ["Boost;60.45"]


def test_services_appear_under_their_current_name_sorted_by_name():
    at = datetime(2022, 11, 3, tzinfo=MOSCOW)
    payment_make(at=at, service_id=10, order_id=1, amount="1.00", service_name="Zeta")
    payment_make(at=at, service_id=20, order_id=1, amount="2.00", service_name="Beta")
    payment_make(at=at, service_id=30, order_id=1, amount="3.00", service_name="Old name")
    Service.objects.filter(pk=30).update(name="Alpha")
    assert rows("2022-11") == ["Alpha;3.00", "Beta;2.00", "Zeta;1.00"]


def test_names_are_utf8_quoted_and_neutralised_against_formulas():
    at = datetime(2022, 11, 3, tzinfo=MOSCOW)
    names = {1: '=HYPERLINK("http://x")', 2: "+1", 3: "-2", 4: "@SUM(A1)", 5: "Продвижение; топ", 6: "Plain"}
    for service_id, name in names.items():
        payment_make(at=at, service_id=service_id, order_id=1, amount="1000000.10", service_name=name)
    lines = rows("2022-11")
    assert '"\'=HYPERLINK(""http://x"")";1000000.10' in lines
    assert {"'+1;1000000.10", "'-2;1000000.10", "'@SUM(A1);1000000.10", "Plain;1000000.10"} <= set(lines)
    assert '"Продвижение; топ";1000000.10' in lines
    assert csv_cell("\tcmd") == "'\tcmd"
    assert csv_cell("Safe = name") == "Safe = name"


def test_a_month_without_payments_past_or_future_is_the_header_alone():
    payment_make(at=datetime(2022, 11, 3, tzinfo=MOSCOW), service_id=1, order_id=1, amount="1.00")
    assert report("2022-10") == HEADER
    assert report("2999-01") == HEADER


def test_a_large_report_streams_in_chunks():
    at = datetime(2022, 11, 3, tzinfo=MOSCOW)
    Service.objects.bulk_create([Service(id=i, name=f"{'x' * 240} {i:05d}") for i in range(1, 301)])
    for service_id in range(1, 301):
        payment_make(at=at, service_id=service_id, order_id=1, amount="1.00")
    chunks = list(monthly_report_csv(period=period_parse(text="2022-11")))
    assert len(chunks) >= 2
    assert all(len(chunk) < CHUNK_BYTES + 1024 for chunk in chunks)
    assert b"".join(chunks).decode().count("\r\n") == 301


def _revenue_balance(*, before: datetime) -> Decimal:
    entries = Entry.objects.filter(account__kind=Account.Kind.REVENUE, created_at__lt=before)
    return entries.aggregate(total=Sum("amount", default=Decimal("0")))["total"]


def test_the_report_total_equals_the_change_of_the_revenue_account(books_verified):
    moments = [
        datetime(2022, 10, 31, 23, 59, 59, 999999, tzinfo=MOSCOW),
        datetime(2022, 11, 1, tzinfo=MOSCOW),
        datetime(2022, 11, 17, 9, 30, tzinfo=MOSCOW),
        datetime(2022, 11, 30, 23, 59, 59, 999000, tzinfo=MOSCOW),
        datetime(2022, 12, 1, tzinfo=MOSCOW),
    ]
    for order_id, at in enumerate(moments * 3, start=1):
        amount = Decimal("13.37") * order_id
        paid = str((amount / 2).quantize(Decimal("0.01"))) if order_id % 2 else None
        payment_make(at=at, service_id=order_id % 4 + 1, order_id=order_id, amount=str(amount), paid=paid)
    period = period_parse(text="2022-11")
    total = sum(Decimal(line.rsplit(";", 1)[1]) for line in rows("2022-11"))
    change = _revenue_balance(before=period.end) - _revenue_balance(before=period.start)
    assert total == change
    assert total > 0
