"""The back office reads as one thing: names, labels, amounts, no edit log on money rows."""

import re
from decimal import Decimal

import pytest
from django.urls import reverse

from ledger import services
from ledger.models import Reservation, Transaction


@pytest.fixture
def as_accountant(client, accountant):
    client.force_login(accountant)
    return client


@pytest.mark.parametrize(
    ("model", "name"),
    [
        ("account", "User balances"),
        ("transaction", "Transactions"),
        ("entry", "Entries"),
        ("reservation", "Reservations"),
    ],
)
def test_one_name_per_list(as_accountant, books, model, name):
    page = as_accountant.get(reverse(f"admin:ledger_{model}_changelist")).content.decode()
    assert f"<h1>{name}</h1>" in page
    assert f"&rsaquo; {name}" in page  # the breadcrumb
    assert re.search(rf'<th scope="row" id="ledger-\w+">\s*<a [^>]+>{name}</a>', page)  # the side bar


def test_amounts_have_thousands_separators_in_lists(as_accountant, db):
    services.deposit_create(user_id=7, amount=Decimal("1234567.80"))
    page = as_accountant.get(reverse("admin:ledger_transaction_changelist")).content.decode()
    assert '<td class="field-amount_money">1,234,567.80</td>' in page
    balances = as_accountant.get(reverse("admin:ledger_account_changelist")).content.decode()
    assert '<td class="field-available">1,234,567.80</td>' in balances


def test_services_show_their_id(as_accountant, books):
    services.reservation_create(
        user_id=8, service_id=4, order_id=16, amount=Decimal("1"), service_name="@SUM(A1) Premium listing"
    )
    page = as_accountant.get(reverse("admin:ledger_reservation_changelist")).content.decode()
    assert "@SUM(A1) Premium listing (id 3)" in page
    assert "@SUM(A1) Premium listing (id 4)" in page


def test_no_edit_log_button_on_money_rows(as_accountant, books):
    payment = Transaction.objects.get(type="payment")
    for url in (
        reverse("admin:ledger_transaction_change", args=[payment.pk]),
        reverse("admin:ledger_reservation_change", args=[Reservation.objects.get().pk]),
    ):
        page = as_accountant.get(url).content.decode()
        assert 'class="historylink"' not in page
    service = as_accountant.get(reverse("admin:ledger_service_change", args=[3])).content.decode()
    assert 'class="historylink"' in service  # a service's renames are edits worth a log


def test_history_orderings_read_as_words(as_accountant, books):
    page = as_accountant.get("/admin/ledger/account/7/history/?ordering=-amount").content.decode()
    assert '<option value="-amount" selected>Largest amount first</option>' in page
    assert '<option value="-created_at">Newest first</option>' in page
    assert ">-created_at<" not in page
