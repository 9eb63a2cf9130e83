"""Model-based test: Hypothesis drives random sequences of every money movement, alone and in
atomic and one-by-one batches, through the whole HTTP stack (idempotency included) and, after
every step, compares each response and every balance with a small in-memory model of the books,
then verifies the books.

Each example runs inside a savepoint of the test's transaction and is rolled back at its end,
so every example starts from empty books.
"""

import copy
from dataclasses import dataclass, field
from decimal import Decimal

import pytest
from django.db import transaction
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from ledger.models import Account, Entry
from ledger.verify import ledger_verify

pytestmark = [pytest.mark.postgres, pytest.mark.django_db, pytest.mark.slow]

USERS = st.integers(min_value=1, max_value=4)
ORDERS = st.integers(min_value=1, max_value=5)
SERVICES = st.integers(min_value=1, max_value=2)
AMOUNTS = st.integers(min_value=1, max_value=5_000).map(lambda cents: Decimal(cents) / 100)
DEPOSITS = st.integers(min_value=1, max_value=20_000).map(lambda cents: Decimal(cents) / 100)
PAIRS = st.lists(USERS, min_size=2, max_size=2, unique=True)


def money(value: Decimal) -> str:
    return f"{value:.2f}"


@dataclass
class Hold:
    """The model of a reservation."""

    user_id: int
    amount: Decimal
    status: str = "reserved"
    paid: Decimal = Decimal("0")


@dataclass
class Books:
    """The model: what every balance must be, and what each answer must say."""

    available: dict[int, Decimal] = field(default_factory=dict)
    reserved: dict[int, Decimal] = field(default_factory=dict)
    holds: dict[tuple[int, int], Hold] = field(default_factory=dict)
    revenue: Decimal = Decimal("0")

    def move(self, user_id: int, *, available: Decimal = Decimal("0"), reserved: Decimal = Decimal("0")) -> None:
        self.available[user_id] = self.available.get(user_id, Decimal("0")) + available
        self.reserved[user_id] = self.reserved.get(user_id, Decimal("0")) + reserved

    def deposit(self, user_id: int, amount: Decimal) -> tuple[int, str | None]:
        self.move(user_id, available=amount)
        return 201, None

    def withdraw(self, user_id: int, amount: Decimal) -> tuple[int, str | None]:
        if user_id not in self.available:
            return 404, "account_not_found"
        if self.available[user_id] < amount:
            return 422, "insufficient_funds"
        self.move(user_id, available=-amount)
        return 201, None

    def transfer(self, sender: int, receiver: int, amount: Decimal) -> tuple[int, str | None]:
        if sender not in self.available:
            return 404, "account_not_found"
        if self.available[sender] < amount:
            return 422, "insufficient_funds"
        self.move(sender, available=-amount)
        self.move(receiver, available=amount)
        return 201, None

    def reserve(self, user_id: int, key: tuple[int, int], amount: Decimal) -> tuple[int, str | None]:
        if user_id not in self.available:
            return 404, "account_not_found"
        hold = self.holds.get(key)
        if hold is not None:
            return (200, None) if (hold.user_id, hold.amount) == (user_id, amount) else (409, "order_conflict")
        if self.available[user_id] < amount:
            return 422, "insufficient_funds"
        self.holds[key] = Hold(user_id, amount)
        self.move(user_id, available=-amount, reserved=amount)
        return 201, None

    def _hold_of(self, user_id: int, key: tuple[int, int]) -> Hold | None:
        hold = self.holds.get(key)
        return hold if hold is not None and hold.user_id == user_id and user_id in self.available else None

    def pay(self, user_id: int, key: tuple[int, int], amount: Decimal) -> tuple[int, str | None]:
        hold = self._hold_of(user_id, key)
        if hold is None:
            return 404, "reservation_not_found"
        if hold.status == "paid" and hold.paid == amount:
            return 200, None
        if hold.status != "reserved":
            return 409, "reservation_not_pending"
        if amount > hold.amount:
            return 422, "amount_exceeds_reservation"
        hold.status, hold.paid = "paid", amount
        self.move(user_id, available=hold.amount - amount, reserved=-hold.amount)
        self.revenue += amount
        return 200, None

    def refund(self, user_id: int, key: tuple[int, int]) -> tuple[int, str | None]:
        hold = self._hold_of(user_id, key)
        if hold is None:
            return 404, "reservation_not_found"
        if hold.status == "cancelled":
            return 200, None
        if hold.status != "reserved":
            return 409, "reservation_not_pending"
        hold.status = "cancelled"
        self.move(user_id, available=hold.amount, reserved=-hold.amount)
        return 200, None

    def apply(self, op: str, body: dict) -> tuple[int, str | None, dict]:
        """Apply one request body of endpoint `op` to the model: the status and error code the
        service must answer, and (for a 2xx) the fields its answer must have."""
        amount = Decimal(body["amount"]) if "amount" in body else None
        if op in ("deposit", "withdraw", "transfer"):
            if op == "transfer":
                status, code = self.transfer(body["from_user_id"], body["to_user_id"], amount)
            else:
                status, code = getattr(self, op)(body["user_id"], amount)
            kind = {"deposit": "deposit", "withdraw": "withdrawal", "transfer": "transfer"}[op]
            sender = body.get("from_user_id", body.get("user_id"))
            return (
                status,
                code,
                {"type": kind, "amount": money(amount), "user_id": sender, "to_user_id": body.get("to_user_id")},
            )
        key = body["order_id"], body["service_id"]
        if op == "reserve":
            status, code = self.reserve(body["user_id"], key, amount)
        elif op == "make-payment":
            status, code = self.pay(body["user_id"], key, amount)
        else:
            status, code = self.refund(body["user_id"], key)
        hold = self.holds.get(key)
        view = {"status": hold.status, "amount": money(hold.amount), "paid_amount": money(hold.paid)} if hold else {}
        return status, code, view


def answer_view(expected: dict, data: dict) -> dict:
    """The fields of an answer that the model predicts."""
    return {name: data.get(name) for name in expected}


def draw_operation(books: Books, drawn: tuple) -> tuple[str, dict]:
    """A request body for one operation drawn by OPERATION, against the model as it is now.
    Withdrawals, transfers and reserves ask for a share of what the user has (over 100%: more than
    that); payments and refunds pick one of the model's reservations when there is one."""
    op, *args = drawn
    if op == "deposit":
        user_id, amount = args
        return op, {"user_id": user_id, "amount": money(amount)}
    if op in ("withdraw", "transfer", "reserve"):
        users, percent = args[0], args[-1]
        has = books.available.get(users[0], Decimal("0"))
        amount = money(max((has * percent / 100).quantize(Decimal("0.01")), Decimal(percent) / 100))
        if op == "withdraw":
            return op, {"user_id": users[0], "amount": amount}
        if op == "transfer":
            return op, {"from_user_id": users[0], "to_user_id": users[1], "amount": amount}
        service_id, order_id = args[1:3]
        return op, {"user_id": users[0], "service_id": service_id, "order_id": order_id, "amount": amount}
    pick, thirds = args
    keys = sorted(books.holds)
    if not keys:
        return op, {"user_id": 1, "service_id": 1, "order_id": 1, "amount": "1.00"}
    order_id, service_id = keys[pick % len(keys)]
    hold = books.holds[order_id, service_id]
    body = {"user_id": hold.user_id, "service_id": service_id, "order_id": order_id}
    if op == "make-payment":
        body["amount"] = money(max((hold.amount * thirds / 3).quantize(Decimal("0.01")), Decimal("0.01")))
    return op, body


SHARES = st.integers(min_value=1, max_value=125)  # percent of the available balance
OPERATION = st.one_of(
    st.tuples(st.just("deposit"), USERS, DEPOSITS),
    st.tuples(st.just("withdraw"), USERS.map(lambda user_id: [user_id]), SHARES),
    st.tuples(st.just("transfer"), PAIRS, SHARES),
    st.tuples(st.just("reserve"), USERS.map(lambda user_id: [user_id]), SERVICES, ORDERS, SHARES),
    st.tuples(
        st.sampled_from(["make-payment", "reserve-refund"]), st.integers(min_value=0), st.sampled_from([3, 2, 4])
    ),
)
BATCHES = st.lists(OPERATION, min_size=2, max_size=5)


class LedgerMachine(RuleBasedStateMachine):
    api = None  # set by the test: an APIClient with every scope

    def __init__(self):
        super().__init__()
        self.savepoint = transaction.savepoint()
        self.books = Books()
        self.sent: list[tuple[str, str, dict, int, dict]] = []  # (key, path, body, status, response body)
        self.counter = 0

    def teardown(self):
        transaction.savepoint_rollback(self.savepoint)

    def post(self, op: str, body: dict) -> None:
        """Send `op` with a fresh Idempotency-Key and check the answer against the model's."""
        status, code, view = self.books.apply(op, body)
        data = self.send(op, body)
        assert self.last_status == status, (op, body, data)
        if code is not None:
            assert data["code"] == code, (op, body, data)
        else:
            assert answer_view(view, data) == view, (op, body, data)

    def send(self, op: str, body: dict) -> dict:
        self.counter += 1
        key = f"k-{self.counter}"
        response = self.api.post(f"/api/v1/transactions/{op}", body, format="json", HTTP_IDEMPOTENCY_KEY=key)
        data = response.json()
        self.last_status = response.status_code
        if response.status_code != 400:  # validation errors are not stored (API.md): a retry is validated again
            self.sent.append((key, op, body, response.status_code, data))
        return data

    @initialize(amounts=st.lists(DEPOSITS, min_size=3, max_size=3))
    def open_accounts(self, amounts):
        """Users 1-3 start with money; user 4 has none until someone pays them."""
        for user_id, amount in enumerate(amounts, start=1):
            self.deposit(user_id, amount)

    @rule(user_id=USERS, amount=DEPOSITS)
    def deposit(self, user_id, amount):
        self.post("deposit", {"user_id": user_id, "amount": money(amount)})

    @rule(user_id=USERS, amount=AMOUNTS)
    def withdraw(self, user_id, amount):
        self.post("withdraw", {"user_id": user_id, "amount": money(amount)})

    @rule(pair=PAIRS, amount=AMOUNTS)
    def transfer(self, pair, amount):
        sender, receiver = pair
        self.post("transfer", {"from_user_id": sender, "to_user_id": receiver, "amount": money(amount)})

    @rule(user_id=USERS, service_id=SERVICES, order_id=ORDERS, amount=AMOUNTS)
    def reserve(self, user_id, service_id, order_id, amount):
        body = {"user_id": user_id, "service_id": service_id, "order_id": order_id, "amount": money(amount)}
        self.post("reserve", body)

    @precondition(lambda self: any(self.books.available.values()))
    @rule(pick=st.integers(min_value=0), service_id=SERVICES, order_id=ORDERS, percent=st.integers(1, 100))
    def reserve_affordable(self, pick, service_id, order_id, percent):
        """Reserve a share of what a user has: most of these succeed (unless the order is taken)."""
        funded = sorted(user_id for user_id, value in self.books.available.items() if value > 0)
        user_id = funded[pick % len(funded)]
        amount = max((self.books.available[user_id] * percent / 100).quantize(Decimal("0.01")), Decimal("0.01"))
        self.reserve(user_id, service_id, order_id, amount)

    @precondition(lambda self: self.books.holds)
    @rule(pick=st.integers(min_value=0), thirds=st.sampled_from([3, 3, 2, 1, 4]))
    def pay(self, pick, thirds):
        """Pay a known reservation in full (3/3), in part, or for more than it holds (4/3)."""
        self.post(*draw_operation(self.books, ("make-payment", pick, thirds)))

    @precondition(lambda self: self.books.holds)
    @rule(pick=st.integers(min_value=0))
    def refund(self, pick):
        self.post(*draw_operation(self.books, ("reserve-refund", pick, 3)))

    @rule(user_id=USERS, service_id=SERVICES, order_id=ORDERS, amount=AMOUNTS)
    def pay_anything(self, user_id, service_id, order_id, amount):
        """Any user, order and amount: mostly someone else's order or none at all."""
        body = {"user_id": user_id, "service_id": service_id, "order_id": order_id, "amount": money(amount)}
        self.post("make-payment", body)

    @rule(user_id=USERS, service_id=SERVICES, order_id=ORDERS)
    def refund_anything(self, user_id, service_id, order_id):
        self.post("reserve-refund", {"user_id": user_id, "service_id": service_id, "order_id": order_id})

    @rule(drawn=BATCHES)
    def batch_atomic(self, drawn):
        """All or nothing: the model runs the operations one after the other on a copy of itself,
        kept only if every one succeeds; otherwise the first refusal is the answer, naming it."""
        trial = copy.deepcopy(self.books)
        operations, views, refused = [], [], None
        for item in drawn:
            op, body = draw_operation(trial, item)
            operations.append((op, body))
            if refused is None:
                status, code, view = trial.apply(op, body)
                if status >= 300:
                    refused = len(operations) - 1, status, code
                views.append(view)
        data = self.send("batch", {"atomic": True, "operations": [{"op": op, **body} for op, body in operations]})
        if refused is None:
            self.books = trial
            assert self.last_status == 201, (operations, data)
            assert [answer_view(view, r) for view, r in zip(views, data["results"], strict=True)] == views
        else:
            index, status, code = refused
            assert (self.last_status, data["code"]) == (status, code), (operations, data)
            assert data["errors"] == {f"operations.{index}": [data["message"]]}, (operations, data)

    @rule(drawn=BATCHES)
    def batch_one_by_one(self, drawn):
        """Each operation stands alone: its status and body are what its own endpoint would answer."""
        operations, expected = [], []
        for item in drawn:
            operations.append(draw_operation(self.books, item))
            expected.append(self.books.apply(*operations[-1]))
        data = self.send("batch", {"atomic": False, "operations": [{"op": op, **body} for op, body in operations]})
        assert self.last_status == 200, (operations, data)
        for (status, code, view), result in zip(expected, data["results"], strict=True):
            assert result["status"] == status, (operations, data)
            if code is not None:
                assert (result["body"]["code"], result["body"]["errors"]) == (code, {}), (operations, data)
            else:
                assert answer_view(view, result["body"]) == view, (operations, data)

    @precondition(lambda self: self.sent)
    @rule(pick=st.integers(min_value=0))
    def retry_same_key(self, pick):
        """A retry replays the first answer, whatever happened since, and moves nothing."""
        self.retry(self.sent[pick % len(self.sent)])

    @precondition(lambda self: any(op == "batch" for _, op, *_ in self.sent))
    @rule(pick=st.integers(min_value=0))
    def retry_a_batch(self, pick):
        """The same for a batch: one key covers the whole of it (the invariants check nothing moved)."""
        batches = [sent for sent in self.sent if sent[1] == "batch"]
        self.retry(batches[pick % len(batches)])

    def retry(self, sent: tuple[str, str, dict, int, dict]) -> None:
        key, op, body, status, data = sent
        response = self.api.post(f"/api/v1/transactions/{op}", body, format="json", HTTP_IDEMPOTENCY_KEY=key)
        assert (response.status_code, response.json()) == (status, data)
        assert response["Idempotent-Replayed"] == "true"

    @precondition(lambda self: self.sent)
    @rule(pick=st.integers(min_value=0), amount=AMOUNTS)
    def reuse_key_with_another_body(self, pick, amount):
        key, op, body, _, _ = self.sent[pick % len(self.sent)]
        other = {**body, "amount": money(amount), "comment": "another body"}
        response = self.api.post(f"/api/v1/transactions/{op}", other, format="json", HTTP_IDEMPOTENCY_KEY=key)
        assert response.status_code == 422
        assert response.json()["code"] == "idempotency_key_reused"

    @invariant()
    def balances_match_the_model(self):
        stored = {
            (user_id, kind): balance
            for user_id, kind, balance in Account.objects.filter(user_id__isnull=False).values_list(
                "user_id", "kind", "balance"
            )
        }
        expected = {(user_id, "available"): value for user_id, value in self.books.available.items()}
        expected |= {(user_id, "reserved"): value for user_id, value in self.books.reserved.items()}
        assert stored == expected
        revenue = Entry.objects.filter(account__kind=Account.Kind.REVENUE).values_list("amount", flat=True)
        assert sum(revenue, Decimal("0")) == self.books.revenue

    @rule(user_id=USERS)
    def read_balance(self, user_id):
        response = self.api.get(f"/api/v1/information/account-balance/{user_id}")
        if user_id not in self.books.available:
            assert response.json()["code"] == "account_not_found"
            return
        assert response.json() == {
            "user_id": user_id,
            "available": money(self.books.available[user_id]),
            "reserved": money(self.books.reserved[user_id]),
            "currency": "RUB",
        }

    @invariant()
    def books_verify(self):
        assert ledger_verify() == []


def test_random_histories_match_the_model(api):
    LedgerMachine.api = api
    run_state_machine_as_test(
        LedgerMachine,
        settings=settings(
            max_examples=30,
            stateful_step_count=40,
            deadline=None,
            database=None,
            suppress_health_check=[HealthCheck.too_slow],
        ),
    )
