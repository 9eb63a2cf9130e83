"""The back office's report pages: the dashboard, the monthly report on screen and its CSV, and
balances at a date with the trial balance and its CSV."""

import re
from datetime import datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from ledger import services
from ledger.balances_at import balances_at
from ledger.models import Account, Entry, Reservation, Transaction
from ledger.selectors import balance_get
from ledger.totals import end_of_day
from ledger.verify import ledger_verify
from reports.monthly import monthly_report_csv
from reports.periods import Period
from reports.tests.helpers import clock_at, payment_make

pytestmark = pytest.mark.django_db
MSK = ZoneInfo("Europe/Moscow")
REPORT = "/admin/reports/monthly/"
BALANCES = "/admin/reports/balances-at/"
D = Decimal


@pytest.fixture
def as_accountant(client, accountant):
    client.force_login(accountant)
    return client


def last_month_day(day: int) -> datetime:
    first = timezone.localdate().replace(day=1)
    return datetime.combine((first - timedelta(days=1)).replace(day=day), datetime.min.time(), tzinfo=MSK)


def make_books(users: int) -> None:
    """Each user: a deposit and a paid order last month, a deposit, a withdrawal, a transfer and an
    open order this month."""
    for user_id in range(1, users + 1):
        payment_make(at=last_month_day(10), service_id=user_id % 3 + 1, order_id=user_id, amount="5", user_id=user_id)
        services.deposit_create(user_id=user_id, amount=D("50.00"))
        services.withdrawal_create(user_id=user_id, amount=D("1.50"))
        services.transfer_create(from_user_id=user_id, to_user_id=user_id % users + 1, amount=D("2"))
        services.reservation_create(user_id=user_id, service_id=1, order_id=1000 + user_id, amount=D("3"))


def page_text(response) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


# The dashboard.


def test_the_dashboard_figures_are_the_books(as_accountant):
    make_books(4)
    response = as_accountant.get("/admin/")
    assert response.status_code == 200
    figures = {label: value for label, value, _, _ in response.context["figures"]}
    balances = [balance_get(user_id=user_id) for user_id in range(1, 5)]
    assert figures["Money users hold: available"] == sum(b.available for b in balances) == D("182.00")
    assert figures["Money users hold: reserved"] == sum(b.reserved for b in balances) == D("12.00")
    last_month = Period(last_month_day(1).year, last_month_day(1).month)
    report_total = sum(
        D(line.split(b";")[1].decode()) for line in b"".join(monthly_report_csv(period=last_month)).split(b"\r\n")[1:-1]
    )
    assert figures["Revenue last month"] == figures["Payments last month"] == report_total == D("20.00")
    this_month = next(label for label in figures if label.startswith("Revenue this month"))
    assert figures[this_month] == 0
    assert figures["Deposits this month"] == D("220.00")  # 5 to fund each order, then 50
    assert figures["Withdrawals this month"] == D("6.00")
    assert figures["Open reservations (4)"] == D("12.00")
    assert "Recent actions" not in response.content.decode()


def test_every_dashboard_figure_links_to_its_list(as_accountant):
    make_books(2)
    response = as_accountant.get("/admin/")
    for label, _value, url, _ in response.context["figures"]:
        page = as_accountant.get(url)
        assert page.status_code == 200, (label, url)
    links = {label: url for label, _, url, _ in response.context["figures"]}
    open_list = as_accountant.get(links["Open reservations (2)"])
    assert {r.status for r in open_list.context["cl"].result_list} == {Reservation.Status.RESERVED}
    deposits = as_accountant.get(links["Deposits this month"])
    assert {t.type for t in deposits.context["cl"].result_list} == {Transaction.Type.DEPOSIT}
    assert len(deposits.context["cl"].result_list) == 4  # this month's two per user


def test_the_charts_draw_a_bar_per_month(as_accountant):
    make_books(3)
    content = as_accountant.get("/admin/").content.decode()
    revenue = content[content.index('id="revenue-chart"') : content.index('id="held-chart"')]
    held = content[content.index('id="held-chart"') :]
    revenue_values = [D(v) for v in re.findall(r'class="point bar-revenue" data-value="([-0-9.]+)"', revenue)]
    assert len(revenue_values) == 12
    assert revenue_values[-2] == D("15.00")  # last month's payments
    assert len(re.findall(r'class="point bar-available"', held)) == 12
    assert "<script" not in content.split('id="dashboard"')[1].split("</div>\n  </div>")[0]


def test_plain_staff_get_the_plain_index(client, plain_staff):
    client.force_login(plain_staff)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "figures" not in response.context


@pytest.mark.parametrize("users", [2, 12])
@pytest.mark.parametrize(
    ("url", "queries"),
    [
        ("/admin/", 9),  # session, user, permissions (2), holdings, open reservations, movements, app list
        (f"{REPORT}?period=2022-11", 5),
        (f"{REPORT}?period=2022-11&format=csv", 5),
        (f"{BALANCES}?date=2022-11-30", 10),  # ... savepoint, holdings, movements, release, page of users, balances
        (f"{BALANCES}?date=2022-11-30&format=csv", 5),
    ],
)
def test_report_pages_cost_a_fixed_number_of_queries(as_accountant, django_assert_max_num_queries, users, url, queries):
    make_books(users)
    with django_assert_max_num_queries(queries):
        response = as_accountant.get(url)
        if response.streaming:
            b"".join(response.streaming_content)
    assert response.status_code == 200


# The monthly report on screen.


def test_the_report_shows_each_service_with_its_id_and_the_totals(as_accountant):
    payment_make(
        at=datetime(2022, 11, 3, tzinfo=MSK), service_id=3, order_id=1, amount="1234.50", service_name="Listing"
    )
    payment_make(at=datetime(2022, 11, 4, tzinfo=MSK), service_id=4, order_id=2, amount="10", service_name="Listing")
    payment_make(at=datetime(2022, 12, 1, tzinfo=MSK), service_id=4, order_id=3, amount="99")  # next month
    response = as_accountant.get(REPORT, {"period": "2022-11"})
    assert response.status_code == 200
    text = page_text(response)
    assert "3 Listing 1,234.50 0.00 1,234.50" in text  # payments, refunds, net revenue
    assert "4 Listing 10.00 0.00 10.00" in text
    assert "Total (2 services) 1,244.50 0.00 1,244.50" in text
    assert "Europe/Moscow time" in text
    assert b'href="?period=2022-11&amp;format=csv"' in response.content


def test_a_refund_shows_on_the_dashboard_and_the_report_page(as_accountant):
    """Revenue is payments less refunds, a refund counting in the month it was made: last month
    5 paid and 2 refunded, this month 1 more refunded (this month's revenue is -1)."""
    payment_make(at=last_month_day(10), service_id=3, order_id=1, amount="5", service_name="Listing")
    with clock_at(last_month_day(12)):
        services.payment_refund_create(user_id=1, service_id=3, order_id=1, amount=D("2"))
    services.payment_refund_create(user_id=1, service_id=3, order_id=1, amount=D("1"))
    response = as_accountant.get("/admin/")
    figures = {label: value for label, value, _, _ in response.context["figures"]}
    assert (figures["Payments last month"], figures["Refunds last month"], figures["Revenue last month"]) == (
        D("5.00"),
        D("2.00"),
        D("3.00"),
    )
    this_month = {label.split(" this month")[0]: value for label, value in figures.items() if " this month" in label}
    assert (this_month["Payments"], this_month["Refunds"], this_month["Revenue"]) == (D(0), D("1.00"), D("-1.00"))
    links = {label: url for label, _, url, _ in response.context["figures"]}
    refunds = as_accountant.get(links["Refunds last month"]).context["cl"].result_list
    assert [(t.type, t.amount) for t in refunds] == [(Transaction.Type.REFUND, D("2.00"))]
    content = response.content.decode()
    chart = content[content.index('id="revenue-chart"') : content.index('id="held-chart"')]
    bars = {
        kind: [D(v) for v in re.findall(rf'class="point bar-{kind}" data-value="([-0-9.]+)"', chart)]
        for kind in ("payments", "refunds", "revenue")
    }
    assert {kind: values[-2:] for kind, values in bars.items()} == {
        "payments": [D("5.00"), D(0)],
        "refunds": [D("2.00"), D("1.00")],
        "revenue": [D("3.00"), D("-1.00")],
    }
    assert 'swatch bar-refunds"></span>Refunds' in chart

    period = last_month_day(1).strftime("%Y-%m")
    page = as_accountant.get(REPORT, {"period": period})
    text = page_text(page)
    assert "Payments Refunds Revenue" in text
    assert "3 Listing 5.00 2.00 3.00" in text
    assert "Total (1 service) 5.00 2.00 3.00" in text
    csv = b"".join(as_accountant.get(REPORT, {"period": period, "format": "csv"}).streaming_content)
    assert csv.endswith(b"Listing;3.00\r\n")  # the CSV's net revenue is the page's
    this_period = timezone.localdate().strftime("%Y-%m")
    assert "3 Listing 0.00 1.00 -1.00" in page_text(as_accountant.get(REPORT, {"period": this_period}))

    trial = as_accountant.get(BALANCES, {"date": str(timezone.localdate() - timedelta(days=1))}).context["trial"]
    assert trial.difference == 0
    assert ledger_verify() == []


def test_the_report_downloads_the_same_bytes_as_the_api(as_accountant):
    payment_make(at=datetime(2022, 11, 3, tzinfo=MSK), service_id=3, order_id=1, amount="12.50")
    response = as_accountant.get(REPORT, {"period": "2022-11", "format": "csv"})
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="consolidated-monthly-2022-11.csv"'
    body = b"".join(response.streaming_content)
    assert body == b"".join(monthly_report_csv(period=Period(2022, 11)))
    assert body.endswith(b"Service 3;12.50\r\n")


def test_the_report_offers_last_month_by_default(as_accountant):
    response = as_accountant.get(REPORT)
    assert response.status_code == 200
    assert response.context["period"] == last_month_day(1).strftime("%Y-%m")


@pytest.mark.parametrize("period", ["2022-13", "2022-1", "abc", "1969-12", "9999-01", "2022-11-01", "x" * 5000])
def test_a_bad_month_is_a_message_on_the_page(as_accountant, period):
    for query in ({"period": period}, {"period": period, "format": "csv"}):
        response = as_accountant.get(REPORT, query)
        assert response.status_code == 400
        assert b"errornote" in response.content
        assert "Month" in response.context["error"]


# Balances at a date.


@pytest.fixture
def dated_books():
    """Users 1-3 with movements on 2022-11-29, 2022-11-30 (at 23:59 and at the next midnight)."""
    with clock_at(datetime(2022, 11, 29, 10, tzinfo=MSK)):
        services.deposit_create(user_id=1, amount=D("1000.00"))
        services.deposit_create(user_id=2, amount=D("20.00"))
    with clock_at(datetime(2022, 11, 30, 23, 59, tzinfo=MSK)):
        services.reservation_create(user_id=1, service_id=3, order_id=7, amount=D("300"), service_name="=cmd")
        services.transfer_create(from_user_id=2, to_user_id=3, amount=D("5"))
    with clock_at(datetime(2022, 12, 1, tzinfo=MSK)):
        services.reservation_pay(user_id=1, service_id=3, order_id=7, amount=D("300"))
        services.withdrawal_create(user_id=2, amount=D("15"))


def test_balances_at_the_end_of_a_day(as_accountant, dated_books):
    response = as_accountant.get(BALANCES, {"date": "2022-11-30"})
    assert response.status_code == 200
    rows = [(row.user_id, row.available, row.reserved) for row in response.context["rows"]]
    assert rows == [(1, D("700.00"), D("300.00")), (2, D("15.00"), D("0.00")), (3, D("5.00"), D("0.00"))]
    trial = response.context["trial"]
    assert (trial.available, trial.reserved, trial.revenue, trial.deposits, trial.withdrawals) == (
        D("720.00"), D("300.00"), D("0.00"), D("1020.00"), D("0.00"),
    )  # fmt: skip
    assert trial.difference == 0
    text = page_text(response)
    assert "Difference (must be 0) 0.00" in text
    assert "1 700.00 300.00 1,000.00" in text
    assert "All 3 users 720.00 300.00 1,020.00" in text

    next_day = as_accountant.get(BALANCES, {"date": "2022-12-01"}).context
    assert (next_day["trial"].users, next_day["trial"].revenue, next_day["trial"].difference) == (
        D("705.00"), D("300.00"), D("0"),
    )  # fmt: skip


def test_balances_at_a_date_export_every_user(as_accountant, dated_books):
    response = as_accountant.get(BALANCES, {"date": "2022-11-30", "format": "csv"})
    assert response.status_code == 200
    assert response.streaming
    assert response["Content-Disposition"] == 'attachment; filename="balances-at-2022-11-30.csv"'
    body = b"".join(response.streaming_content).decode()
    assert body == "user_id;available;reserved\r\n1;700.00;300.00\r\n2;15.00;0.00\r\n3;5.00;0.00\r\n"
    totals = [D(0), D(0)]
    for line in body.splitlines()[1:]:
        _, available, reserved = line.split(";")
        totals[0] += D(available)
        totals[1] += D(reserved)
    trial = as_accountant.get(BALANCES, {"date": "2022-11-30"}).context["trial"]
    assert totals == [trial.available, trial.reserved]


def test_balances_pages(as_accountant, settings, monkeypatch):
    monkeypatch.setattr("reports.admin.BALANCES_PER_PAGE", 2)
    with clock_at(datetime(2022, 11, 29, 10, tzinfo=MSK)):
        for user_id in range(1, 6):
            services.deposit_create(user_id=user_id, amount=D(user_id))
    first = as_accountant.get(BALANCES, {"date": "2022-11-30"})
    assert [row.user_id for row in first.context["rows"]] == [1, 2]
    assert first.context["next_query"] == "?date=2022-11-30&page=2"
    assert first.context["last_query"] == "?date=2022-11-30&page=3"
    last = as_accountant.get(BALANCES, {"date": "2022-11-30", "page": "3"})
    assert [row.user_id for row in last.context["rows"]] == [5]
    assert last.context["next_query"] == ""


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"date": "2022-13-01"}, "no such day"),
        ({"date": "2022-02-30"}, "no such day"),
        ({"date": "30.11.2022"}, "YYYY-MM-DD"),
        ({"date": "2022-11-30T00:00"}, "YYYY-MM-DD"),
        ({"date": "x" * 5000}, "YYYY-MM-DD"),
        ({"date": "0001-01-01"}, "1970 or later"),
        ({"date": "9999-12-31"}, "must have ended"),
        ({"date": "TODAY"}, "YYYY-MM-DD"),
        ({"date": "2022-11-30", "page": "99999999999999999999999999"}, "There is no page"),
        ({"date": "2022-11-30", "page": "0"}, "There is no page"),
        ({"date": "2022-11-30", "page": "abc"}, "There is no page"),
        ({"date": "2022-11-30", "page": "-1"}, "There is no page"),
    ],
)
def test_bad_dates_and_pages_are_a_message_on_the_page(as_accountant, dated_books, query, message):
    response = as_accountant.get(BALANCES, query)
    assert response.status_code == 400
    assert b"errornote" in response.content
    assert message in response.context["error"]


def test_today_has_not_ended(as_accountant):
    response = as_accountant.get(BALANCES, {"date": str(timezone.localdate())})
    assert response.status_code == 400
    assert "must have ended" in response.context["error"]
    response = as_accountant.get(BALANCES, {"date": str(timezone.localdate() - timedelta(days=1))})
    assert response.status_code == 200


def test_the_default_date_is_last_month_end(as_accountant, dated_books):
    response = as_accountant.get(BALANCES)
    assert response.status_code == 200
    assert response.context["date"] == str(timezone.localdate().replace(day=1) - timedelta(days=1))


def test_the_page_rows_follow_the_rule(as_accountant, dated_books):
    moment = end_of_day(datetime(2022, 11, 30).date())
    response = as_accountant.get(BALANCES, {"date": "2022-11-30"})
    assert response.context["rows"] == list(balances_at(at=moment))


# Permissions, and nobody changes money through these pages.


def test_the_pages_need_their_permissions(client, plain_staff, dated_books):
    client.force_login(plain_staff)
    for url in (REPORT, f"{REPORT}?period=2022-11&format=csv", BALANCES, f"{BALANCES}?date=2022-11-30&format=csv"):
        assert client.get(url).status_code == 403


def test_the_balances_export_needs_the_export_permission(client, accountant, dated_books):
    from django.contrib.auth.models import Permission

    accountant.groups.clear()
    accountant.user_permissions.add(Permission.objects.get(codename="view_account"))
    client.force_login(accountant)
    page = client.get(BALANCES, {"date": "2022-11-30"})
    assert page.status_code == 200
    assert b"export-csv" not in page.content
    assert client.get(BALANCES, {"date": "2022-11-30", "format": "csv"}).status_code == 403


@pytest.mark.parametrize("user_fixture", ["accountant", "superuser"])
@pytest.mark.parametrize("url", [REPORT, f"{REPORT}?period=2022-11", BALANCES, f"{BALANCES}?date=2022-11-30"])
def test_forged_posts_to_the_report_pages_change_nothing(client, request, dated_books, user_fixture, url):
    client.force_login(request.getfixturevalue(user_fixture))
    before = (
        list(Account.objects.order_by("pk").values_list("pk", "balance")),
        Transaction.objects.count(),
        Entry.objects.count(),
        list(Reservation.objects.values_list("pk", "status", "amount", "paid_amount")),
    )
    for body in ({"amount": "999.00", "user_id": "1", "balance": "0"}, {"action": "delete_selected", "post": "yes"}):
        assert client.post(url, body).status_code == 405
    assert client.post("/admin/", {"amount": "1"}).status_code == 405  # the dashboard
    after = (
        list(Account.objects.order_by("pk").values_list("pk", "balance")),
        Transaction.objects.count(),
        Entry.objects.count(),
        list(Reservation.objects.values_list("pk", "status", "amount", "paid_amount")),
    )
    assert after == before
    assert ledger_verify() == []
