"""GET /api/v1/information/account-transactions/{user_id}: the history of a user's balances."""

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from unittest import mock
from urllib.parse import parse_qs, urlsplit

import pytest

from accounts import scopes
from ledger.models import Entry
from ledger.pagination import cursor_decode, cursor_encode
from ledger.tests.factories import (
    CancelFactory,
    DepositFactory,
    PayFactory,
    ReserveFactory,
    ServiceFactory,
    TransferFactory,
    WithdrawalFactory,
    funded_user,
)

URL = "/api/v1/information/account-transactions/{}"
pytestmark = pytest.mark.django_db


def history(api, user_id, **params):
    response = api.get(URL.format(user_id), params)
    assert response.status_code == 200, response.content
    return response.json()


def walk(api, user_id, *, backwards_from=None, **params):
    """Every page, following `next` (or `previous` from the page at `backwards_from`)."""
    link = "next" if backwards_from is None else "previous"
    page = backwards_from or history(api, user_id, **params)
    pages = [page]
    while page[link]:
        response = api.get(page[link])
        assert response.status_code == 200, response.content
        page = response.json()
        pages.append(page)
    return pages


def ids(pages):
    return [item["id"] for page in pages for item in page["results"]]


def at(moment: datetime):
    """Every transaction posted inside this block gets `moment` as its time."""
    return mock.patch("ledger.services.books.timezone.now", return_value=moment)


T0 = datetime(2022, 11, 5, 12, 30, tzinfo=UTC)


@pytest.fixture
def busy_user(books_verified):
    """User 7: deposits, a transfer each way, reservations paid in part, paid, cancelled; many
    entries share a timestamp or an amount."""
    service = ServiceFactory(id=3, name="Premium listing")
    with at(T0):
        funded_user(7, "100.00")
        funded_user(8, "50.00")
        DepositFactory(user_id=7, amount=Decimal("10.00"))
        DepositFactory(user_id=7, amount=Decimal("10.00"))
    with at(T0 + timedelta(minutes=1)):
        TransferFactory(from_user_id=7, to_user_id=8, amount=Decimal("10.00"))
        TransferFactory(from_user_id=8, to_user_id=7, amount=Decimal("5.00"))
        ReserveFactory(user_id=7, service_id=service.id, order_id=15, amount=Decimal("30.00"))
    with at(T0 + timedelta(minutes=2)):
        PayFactory(user_id=7, service_id=service.id, order_id=15, amount=Decimal("20.00"))
        ReserveFactory(user_id=7, service_id=service.id, order_id=16, amount=Decimal("10.00"))
        CancelFactory(user_id=7, service_id=service.id, order_id=16)
        WithdrawalFactory(user_id=7, amount=Decimal("10.00"))
    return 7


def test_every_comment_wording_and_field(api, books_verified):
    ServiceFactory(id=3, name="Premium listing")
    DepositFactory(user_id=7, amount=Decimal("100.00"), comment="card top-up")
    DepositFactory(user_id=8, amount=Decimal("1.00"))
    TransferFactory(from_user_id=7, to_user_id=8, amount=Decimal("10.00"), comment="rent")
    ReserveFactory(user_id=7, service_id=3, order_id=15, amount=Decimal("30.00"))
    PayFactory(user_id=7, service_id=3, order_id=15, amount=Decimal("20.00"))
    ReserveFactory(user_id=7, service_id=3, order_id=16, amount=Decimal("5.00"), comment="hold")
    CancelFactory(user_id=7, service_id=3, order_id=16)
    WithdrawalFactory(user_id=7, amount=Decimal("7.50"))

    lines = history(api, 7, ordering="created_at")["results"]
    unused = "Unused part of the reservation for order 15"
    fields = ["type", "account", "amount", "balance_after", "comment", "order_id", "service_id", "counterparty_user_id"]
    assert [[line[f] for f in fields] for line in lines] == [
        ["deposit", "available", "100.00", "100.00", "Deposit: card top-up", None, None, None],
        ["transfer", "available", "-10.00", "90.00", "Transfer to user 8: rent", None, None, 8],
        ["reservation", "available", "-30.00", "60.00", "Reserved for order 15 (Premium listing)", 15, 3, None],
        ["reservation", "reserved", "30.00", "30.00", "Held for order 15 (Premium listing)", 15, 3, None],
        ["payment", "reserved", "-20.00", "10.00", "Payment for order 15 (Premium listing)", 15, 3, None],
        ["reservation_release", "reserved", "-10.00", "0.00", f"{unused} returned", 15, 3, None],
        ["reservation_release", "available", "10.00", "70.00", f"{unused} returned", 15, 3, None],
        ["reservation", "available", "-5.00", "65.00", "Reserved for order 16 (Premium listing): hold", 16, 3, None],
        ["reservation", "reserved", "5.00", "5.00", "Held for order 16 (Premium listing): hold", 16, 3, None],
        ["reservation_release", "reserved", "-5.00", "0.00", "Order 16 cancelled: reservation returned", 16, 3, None],
        ["reservation_release", "available", "5.00", "70.00", "Order 16 cancelled: reservation returned", 16, 3, None],
        ["withdrawal", "available", "-7.50", "62.50", "Withdrawal", None, None, None],
    ]
    receiver = history(api, 8, ordering="created_at")["results"]
    assert [(line["comment"], line["amount"], line["counterparty_user_id"]) for line in receiver] == [
        ("Deposit", "1.00", None),
        ("Transfer from user 7: rent", "10.00", 7),
    ]
    first = lines[0]
    entry = Entry.objects.get(pk=first["id"])
    assert datetime.fromisoformat(first["created_at"]) == entry.created_at


def test_balance_after_is_the_running_sum_of_each_account(api, busy_user):
    lines = [item for page in walk(api, busy_user, ordering="created_at", limit=3) for item in page["results"]]
    assert len(lines) == Entry.objects.filter(user_id=busy_user).count()
    running = {"available": Decimal(0), "reserved": Decimal(0)}
    for line in lines:
        running[line["account"]] += Decimal(line["amount"])
        assert Decimal(line["balance_after"]) == running[line["account"]], line
    balance = api.get(f"/api/v1/information/account-balance/{busy_user}").json()
    assert {k: f"{v:.2f}" for k, v in running.items()} == {k: balance[k] for k in running}


SORT_KEYS = {
    "-created_at": (lambda e: (e.created_at, e.pk), True),
    "created_at": (lambda e: (e.created_at, e.pk), False),
    "-amount": (lambda e: (abs(e.amount), e.pk), True),
    "amount": (lambda e: (abs(e.amount), e.pk), False),
}


def expected_ids(user_id, ordering, **filters):
    key, reverse = SORT_KEYS[ordering]
    return [e.pk for e in sorted(Entry.objects.filter(user_id=user_id, **filters), key=key, reverse=reverse)]


@pytest.mark.parametrize("ordering", list(SORT_KEYS))
def test_each_ordering_breaks_ties_by_id(api, busy_user, ordering):
    expected = expected_ids(busy_user, ordering)
    assert len(expected) == 15
    assert ids([history(api, busy_user, ordering=ordering, limit=500)]) == expected


def test_default_ordering_is_newest_first_with_50_per_page(api, books_verified):
    funded_user(7, "1.00")
    for _ in range(55):
        DepositFactory(user_id=7, amount=Decimal("1.00"))
    page = history(api, 7)
    assert ids([page]) == expected_ids(7, "-created_at")[:50]
    assert page["previous"] is None
    assert page["next"].startswith("http://testserver/api/v1/information/account-transactions/7?")


@pytest.mark.parametrize("ordering", list(SORT_KEYS))
@pytest.mark.parametrize("limit", [1, 2, 5])
def test_cursors_walk_forward_then_back_across_ties(api, busy_user, ordering, limit):
    expected = expected_ids(busy_user, ordering)
    forward = walk(api, busy_user, ordering=ordering, limit=limit)
    assert ids(forward) == expected
    assert all(len(page["results"]) == limit for page in forward[:-1])
    assert forward[0]["previous"] is None
    assert forward[-1]["next"] is None
    backward = walk(api, busy_user, backwards_from=forward[-1])
    assert [ids([page]) for page in backward] == [ids([page]) for page in reversed(forward)]
    assert backward[-1]["previous"] is None


def test_next_link_keeps_the_filters_and_the_limit(api, busy_user):
    page = history(api, busy_user, account="available", ordering="amount", limit=2)
    query = parse_qs(urlsplit(page["next"]).query)
    assert {k: v for k, v in query.items() if k != "cursor"} == {
        "account": ["available"],
        "ordering": ["amount"],
        "limit": ["2"],
    }
    assert ids(walk(api, busy_user, account="available", ordering="amount", limit=2)) == expected_ids(
        busy_user, "amount", account__kind="available"
    )


@pytest.mark.parametrize(
    ("params", "filters"),
    [
        ({"type": "deposit"}, {"transaction__type": "deposit"}),
        ({"type": "transfer"}, {"transaction__type": "transfer"}),
        ({"type": "reservation_release"}, {"transaction__type": "reservation_release"}),
        ({"account": "reserved"}, {"account__kind": "reserved"}),
        ({"account": "available"}, {"account__kind": "available"}),
        ({"created_after": "2022-11-05T12:31:00Z"}, {"created_at__gte": T0 + timedelta(minutes=1)}),
        ({"created_before": "2022-11-05T12:31:00Z"}, {"created_at__lt": T0 + timedelta(minutes=1)}),
        (
            {
                "created_after": "2022-11-05T15:31:00+03:00",
                "created_before": "2022-11-05T12:32:00Z",
                "type": "transfer",
            },
            {
                "created_at__gte": T0 + timedelta(minutes=1),
                "created_at__lt": T0 + timedelta(minutes=2),
                "transaction__type": "transfer",
            },
        ),
        ({"type": "payment", "account": "reserved"}, {"transaction__type": "payment", "account__kind": "reserved"}),
    ],
)
def test_filters(api, busy_user, params, filters):
    expected = expected_ids(busy_user, "-created_at", **filters)
    assert 0 < len(expected) < Entry.objects.filter(user_id=busy_user).count()
    assert ids(walk(api, busy_user, limit=2, **params)) == expected


def test_no_leakage_between_users(api, busy_user):
    for user_id in (7, 8):
        seen = ids(walk(api, user_id, limit=4))
        assert sorted(seen) == sorted(Entry.objects.filter(user_id=user_id).values_list("pk", flat=True))
        assert not Entry.objects.filter(pk__in=seen).exclude(user_id=user_id).exists()
    assert set(ids(walk(api, 8))).isdisjoint(ids(walk(api, 7)))


def test_a_cursor_works_only_for_its_own_user_data_not_another_users(api, busy_user):
    page = history(api, 7, limit=2)
    cursor = parse_qs(urlsplit(page["next"]).query)["cursor"][0]
    other = history(api, 8, limit=500, cursor=cursor)
    assert set(ids([other])) <= set(Entry.objects.filter(user_id=8).values_list("pk", flat=True))


@pytest.mark.parametrize("limit", [1, 15])
def test_a_fixed_number_of_queries_per_page(api, busy_user, django_assert_num_queries, limit):
    history(api, busy_user, limit=1)  # the worker now remembers the API key (API_KEY_CACHE_SECONDS)
    # 1: the user has an account, 2: the page with everything its comments need.
    with django_assert_num_queries(2):
        page = history(api, busy_user, limit=limit, ordering="-amount")
    with django_assert_num_queries(2):
        response = api.get(page["next"] or URL.format(busy_user), {"account": "reserved"})
    assert response.status_code == 200
    assert len(page["results"]) == limit


def test_unknown_user_is_404(api, busy_user):
    response = api.get(URL.format(9))
    assert response.status_code == 404
    assert response.json() == {"code": "account_not_found", "message": "User 9 has no account.", "errors": {}}


def tampered(cursor: str) -> str:
    return cursor[:-1] + ("A" if cursor[-1] != "A" else "B")


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"ordering": "id"}, "ordering"),
        ({"ordering": "-balance_after"}, "ordering"),
        ({"limit": "0"}, "limit"),
        ({"limit": "100000"}, "limit"),
        ({"limit": "501"}, "limit"),
        ({"limit": "ten"}, "limit"),
        ({"limit": "-1"}, "limit"),
        ({"cursor": "garbage"}, "cursor"),
        ({"cursor": "x" * 5000}, "cursor"),
        ({"type": "refund"}, "type"),
        ({"account": "world"}, "account"),
        ({"account": "revenue"}, "account"),
        ({"created_after": "yesterday"}, "created_after"),
        ({"created_after": "2022-13-01T00:00:00Z"}, "created_after"),
        ({"created_before": "2022-11-05T25:00:00Z"}, "created_before"),
    ],
)
def test_bad_parameters_are_400_naming_the_parameter(api, busy_user, params, field):
    response = api.get(URL.format(busy_user), params)
    assert response.status_code == 400, response.content
    body = response.json()
    assert body["code"] == "validation_error"
    assert list(body["errors"]) == [field]


def test_tampered_or_foreign_cursors_are_400(api, busy_user):
    page = history(api, busy_user, limit=2, ordering="amount")
    cursor = parse_qs(urlsplit(page["next"]).query)["cursor"][0]
    _, signature = cursor.rsplit(":", 1)
    other_payload = cursor_encode(replace(cursor_decode(cursor), value="999")).rsplit(":", 1)[0]
    for params in (
        {"ordering": "amount", "cursor": tampered(cursor)},
        {"ordering": "amount", "cursor": f"{other_payload}:{signature}"},
        {"ordering": "-created_at", "cursor": cursor},  # made for another ordering
    ):
        response = api.get(URL.format(busy_user), params)
        assert response.status_code == 400, params
        assert list(response.json()["errors"]) == ["cursor"]


def test_bad_parameters_win_over_unknown_user(api, busy_user):
    response = api.get(URL.format(9), {"created_after": "soon"})
    assert response.status_code == 400
    assert list(response.json()["errors"]) == ["created_after"]


def test_user_id_out_of_range_is_400(api):
    response = api.get(URL.format(2**63))
    assert response.status_code == 400
    assert list(response.json()["errors"]) == ["user_id"]


def test_needs_the_history_scope(make_client, busy_user):
    assert make_client([scopes.BALANCE_READ]).get(URL.format(busy_user)).status_code == 403
    assert make_client([scopes.HISTORY_READ]).get(URL.format(busy_user) + "/").status_code == 200
