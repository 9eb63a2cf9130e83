"""The back office: who may see and do what, the CSV exports, and the cost of each list page."""

from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.staff import ACCOUNTANT_PERMISSIONS, ACCOUNTANTS_GROUP
from balance_service.csv import csv_cell
from ledger.admin import EXACT_COUNT_BELOW, EstimatedCountPaginator
from ledger.models import Account, Entry, Reservation, Service, Transaction
from ledger.tests.factories import DepositFactory, PayFactory, ReserveFactory

MONEY_MODELS = ["account", "transaction", "entry", "reservation"]
LIST_PAGES = [*MONEY_MODELS, "service"]


@pytest.fixture
def as_accountant(client, accountant):
    client.force_login(accountant)
    return client


@pytest.fixture
def as_superuser(client, superuser):
    client.force_login(superuser)
    return client


def test_accountants_group_has_exactly_the_back_office_permissions(db):
    group = Group.objects.get(name=ACCOUNTANTS_GROUP)
    granted = set(group.permissions.values_list("content_type__app_label", "codename"))
    assert granted == set(ACCOUNTANT_PERMISSIONS)
    assert not any(codename.startswith(("add_", "delete_")) for _, codename in granted)
    assert {codename for _, codename in granted if codename.startswith("change_")} == {"change_service"}


@pytest.mark.parametrize("model", LIST_PAGES)
def test_accountant_sees_every_list_and_row(as_accountant, books, model):
    response = as_accountant.get(reverse(f"admin:ledger_{model}_changelist"))
    assert response.status_code == 200
    rows = {
        "account": Account.objects.filter(user_id=7, kind="available"),
        "transaction": Transaction.objects,
        "entry": Entry.objects,
        "reservation": Reservation.objects,
        "service": Service.objects,
    }
    obj = rows[model].first()
    assert as_accountant.get(reverse(f"admin:ledger_{model}_change", args=[obj.pk])).status_code == 200


@pytest.mark.parametrize("user_fixture", ["accountant", "superuser"])
@pytest.mark.parametrize("model", MONEY_MODELS)
def test_nobody_adds_changes_or_deletes_money_rows(client, books, request, user_fixture, model):
    client.force_login(request.getfixturevalue(user_fixture))
    row = {"account": Account, "transaction": Transaction, "entry": Entry, "reservation": Reservation}[model]
    obj = row.objects.filter(user_id=7).order_by("pk").last()
    before = {f.attname: getattr(obj, f.attname) for f in row._meta.concrete_fields}

    assert client.get(reverse(f"admin:ledger_{model}_add")).status_code == 403
    assert client.post(reverse(f"admin:ledger_{model}_delete", args=[obj.pk]), {"post": "yes"}).status_code == 403
    change_url = reverse(f"admin:ledger_{model}_change", args=[obj.pk])
    assert client.post(change_url, {"amount": "999.00", "balance": "999.00", "user_id": "1"}).status_code == 403
    page = client.get(change_url).content.decode()
    assert 'name="amount"' not in page
    assert 'name="_save"' not in page

    changelist = client.post(
        reverse(f"admin:ledger_{model}_changelist"), {"action": "delete_selected", "_selected_action": [obj.pk]}
    )
    assert changelist.status_code in (200, 302)
    obj.refresh_from_db()
    assert {f.attname: getattr(obj, f.attname) for f in row._meta.concrete_fields} == before


def test_accountant_may_rename_a_service_and_nothing_else(as_accountant, books):
    url = reverse("admin:ledger_service_change", args=[3])
    response = as_accountant.post(url, {"id": "99", "name": "Premium listing"})
    assert response.status_code == 302
    service = Service.objects.get(pk=3)
    assert service.name == "Premium listing"
    assert not Service.objects.filter(pk=99).exists()
    assert as_accountant.get(reverse("admin:ledger_service_add")).status_code == 403
    assert as_accountant.post(reverse("admin:ledger_service_delete", args=[3]), {"post": "yes"}).status_code == 403


def test_staff_without_the_group_sees_nothing_of_the_books(client, plain_staff, books):
    client.force_login(plain_staff)
    index = client.get(reverse("admin:index"))
    assert index.status_code == 200
    assert index.context["app_list"] == []
    for model in LIST_PAGES:
        assert client.get(reverse(f"admin:ledger_{model}_changelist")).status_code == 403
    assert (
        client.get(reverse("admin:ledger_transaction_change", args=[Transaction.objects.first().pk])).status_code == 403
    )
    assert client.get(reverse("admin:accounts_apiclient_changelist")).status_code == 403


def test_accountant_cannot_see_api_clients(as_accountant, make_client):
    make_client(name="billing")
    assert as_accountant.get(reverse("admin:accounts_apiclient_changelist")).status_code == 403
    app_labels = [app["app_label"] for app in as_accountant.get(reverse("admin:index")).context["app_list"]]
    assert app_labels == ["ledger", "pages-reports"]  # the books and the monthly report, no API clients


def test_balances_search_by_user_id(as_accountant, books):
    url = reverse("admin:ledger_account_changelist")
    found = as_accountant.get(url, {"q": "7"})
    assert [row.user_id for row in found.context["cl"].result_list] == [7]
    assert found.context["cl"].result_list[0].reserved_balance == Decimal("0.00")
    assert as_accountant.get(url, {"q": "not a number"}).status_code == 200
    everyone = as_accountant.get(url, {"o": "-2"})  # sorted by available, descending
    assert [row.user_id for row in everyone.context["cl"].result_list] == [7, 8]


def export(client, model, filename):
    response = client.post(
        reverse(f"admin:ledger_{model}_changelist"),
        {"action": "export_csv", "select_across": "1", "index": "0", "_selected_action": ["0"]},
    )
    assert response.status_code == 200
    assert response.streaming, response.content[:500]
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith(f'attachment; filename="{filename}-')
    return b"".join(response.streaming_content).decode()


def test_export_balances(as_accountant, books):
    ReserveFactory(user_id=8, service_id=3, order_id=16, amount=Decimal("4.50"))
    content = export(as_accountant, "account", "balances")
    assert content == "user_id;available;reserved\r\n7;65.00;0.00\r\n8;5.50;4.50\r\n"


def test_export_transactions_neutralises_formulas(as_accountant, books):
    lines = export(as_accountant, "transaction", "transactions").splitlines()
    assert lines[0] == "id;created_at;type;amount;user_id;to_user_id;order_id;service_id;comment"
    deposit = next(line for line in lines if ";deposit;" in line)
    assert deposit.endswith(';deposit;100.00;7;;;;"\'=HYPERLINK(""http://evil"")"')
    assert sorted(line.split(";")[2] for line in lines[1:]) == [
        "deposit", "payment", "reservation", "reservation_release", "transfer",
    ]  # fmt: skip
    payment = next(line.split(";") for line in lines if ";payment;" in line)
    assert payment[3:8] == ["25.00", "7", "", "15", "3"]


def test_export_reservations_only_the_selected_rows(as_accountant, books):
    ReserveFactory(user_id=8, service_id=4, order_id=16, amount=Decimal("1.00"), service_name="+cmd")
    chosen = Reservation.objects.get(order_id=16)
    content = as_accountant.post(
        reverse("admin:ledger_reservation_changelist"),
        {"action": "export_csv", "index": "0", "_selected_action": [chosen.pk]},
    )
    rows = [line.split(";") for line in b"".join(content.streaming_content).decode().splitlines()]
    assert rows[0][:7] == ["order_id", "service_id", "service_name", "user_id", "amount", "paid_amount", "status"]
    assert [row[:7] for row in rows[1:]] == [["16", "4", "'+cmd", "8", "1.00", "0.00", "reserved"]]


def test_export_needs_the_export_permission(client, plain_staff, books):
    plain_staff.user_permissions.add(
        *Group.objects.get(name=ACCOUNTANTS_GROUP).permissions.exclude(codename="export_csv")
    )
    client.force_login(plain_staff)
    url = reverse("admin:ledger_account_changelist")
    assert "export_csv" not in client.get(url).content.decode()
    response = client.post(url, {"action": "export_csv", "select_across": "1", "index": "0", "_selected_action": ["0"]})
    assert not getattr(response, "streaming", False)
    assert response.status_code == 200  # the list again, with "No action selected"


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("=1+2", "'=1+2"),
        ("+7 999", "'+7 999"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("a=b", "a=b"),
        (Decimal("-30.00"), "-30.00"),
        (-3, "-3"),
        (None, ""),
    ],
)
def test_csv_cell_neutralises_text_only(value, cell):
    assert csv_cell(value) == cell


def make_books(users: int) -> None:
    for user_id in range(1, users + 1):
        DepositFactory(user_id=user_id, amount=Decimal("50.00"))
        ReserveFactory(user_id=user_id, service_id=user_id % 3 + 1, order_id=user_id, amount=Decimal("5"))
        PayFactory(user_id=user_id, service_id=user_id % 3 + 1, order_id=user_id, amount=Decimal("5"))


@pytest.mark.parametrize("users", [2, 30])
@pytest.mark.parametrize(
    "url",
    [
        "/admin/ledger/account/",
        "/admin/ledger/account/?q=1",
        "/admin/ledger/transaction/",
        "/admin/ledger/entry/",
        "/admin/ledger/entry/?user_id=1",
        "/admin/ledger/reservation/",
        "/admin/ledger/reservation/?status__exact=paid",
        "/admin/ledger/service/",
    ],
)
def test_list_pages_cost_a_fixed_number_of_queries(as_accountant, django_assert_max_num_queries, users, url):
    make_books(users)
    # session, user, permissions, date drill-down (2), EXPLAIN, count, rows, filter choices
    with django_assert_max_num_queries(10):
        response = as_accountant.get(url)
    assert response.status_code == 200
    assert response.context["cl"].result_count > 0


@pytest.mark.parametrize("model", ["transaction", "reservation"])
def test_detail_pages_cost_a_fixed_number_of_queries(as_accountant, django_assert_max_num_queries, model):
    make_books(30)
    obj = {"transaction": Transaction, "reservation": Reservation}[model].objects.last()
    with django_assert_max_num_queries(10):
        assert as_accountant.get(reverse(f"admin:ledger_{model}_change", args=[obj.pk])).status_code == 200


@pytest.mark.postgres
def test_big_lists_are_counted_from_the_planner_estimate(db):
    Account.objects.bulk_create(
        [Account(user_id=user_id, kind="available") for user_id in range(1, EXACT_COUNT_BELOW + 2001)]
    )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE ledger_account")
    big = Account.objects.filter(kind="available").order_by("pk")
    with CaptureQueriesContext(connection) as queries:
        count = EstimatedCountPaginator(big, 50).count
    assert abs(count - (EXACT_COUNT_BELOW + 2000)) < 1000
    assert [q["sql"].startswith("EXPLAIN") for q in queries.captured_queries] == [True]

    small = Account.objects.filter(user_id__lte=3).order_by("pk")
    with CaptureQueriesContext(connection) as queries:
        assert EstimatedCountPaginator(small, 50).count == 3
    assert "COUNT(*)" in queries.captured_queries[-1]["sql"]


def test_user_history_page_uses_the_api_wording_and_pages(as_accountant, books):
    response = as_accountant.get("/admin/ledger/account/7/history/")
    assert response.status_code == 200
    lines = [comment for _, comment, _ in response.context["lines"]]
    assert lines[0] == "Unused part of the reservation for order 15 returned"
    assert "Payment for order 15 (@SUM(A1) Premium listing)" in lines
    assert "Transfer to user 8: rent" in lines
    assert response.context["next_link"] is None
    by_amount = as_accountant.get("/admin/ledger/account/7/history/?ordering=-amount")
    amounts = [entry.amount for entry, _, _ in by_amount.context["lines"]]
    assert [abs(a) for a in amounts] == sorted((abs(a) for a in amounts), reverse=True)
    assert as_accountant.get("/admin/ledger/account/99/history/").status_code == 404
    assert as_accountant.get("/admin/ledger/account/7/history/?cursor=forged").status_code == 200


def test_user_history_page_pages_with_cursors(as_accountant, books):
    from decimal import Decimal

    for _ in range(120):
        DepositFactory(user_id=8, amount=Decimal("1"))
    first = as_accountant.get("/admin/ledger/account/8/history/")
    assert len(first.context["lines"]) == 100
    second = as_accountant.get("/admin/ledger/account/8/history/" + first.context["next_link"])
    assert len(second.context["lines"]) == 21
    seen = {entry.pk for entry, _, _ in first.context["lines"]} | {entry.pk for entry, _, _ in second.context["lines"]}
    assert len(seen) == 121


def test_user_history_page_needs_the_books(client, plain_staff, books):
    client.force_login(plain_staff)
    assert client.get("/admin/ledger/account/7/history/").status_code == 403
