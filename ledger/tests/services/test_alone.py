"""A simple movement outside any transaction (as the API posts one): one statement checks, writes
and commits it (`ledger.sql.posting_alone`), or writes nothing and leaves it to the general road.

Each test compares the one-statement road with the general road (the same movement inside a
transaction, on twin users with the same books): what they write, what they answer, how they
refuse. The tests run outside the test's transaction (`transactional_db`), as requests do.
"""

import re
import threading
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from balance_service.errors import AccountNotFound, BalanceLimitExceeded, DomainError, InsufficientFunds
from ledger import outbox, services
from ledger.models import MAX_BALANCE, Account, Entry, Event, Transaction
from ledger.services import Deposit, Transfer, Withdrawal
from ledger.services.locks import accounts_lock
from ledger.sql.postings import timestamp_text_sql
from ledger.tests.concurrency import run_concurrently
from ledger.verify import ledger_verify

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

A, B = 1, 2  # the users of the general road
TWIN = {A: 11, B: 12}  # their twins, on the one-statement road


def twin(movement):
    """The same movement between the twin users."""
    fields = {"user_id", "from_user_id", "to_user_id"}
    return type(movement)(**{k: TWIN.get(v, v) if k in fields else v for k, v in _fields(movement).items()})


def _fields(movement) -> dict:
    return {name: getattr(movement, name) for name in movement.__dataclass_fields__}


def on_general_road(movement):
    with transaction.atomic():  # a caller's transaction: the general road
        return services.movement_post(movement=movement)


def fund(user_id: int, amount: str) -> None:
    on_general_road(Deposit(user_id=user_id, amount=Decimal(amount)))


def written(txn: Transaction, users: dict[int, str]) -> dict:
    """What a movement wrote, with user ids named by their role and row ids left out."""
    entries = Entry.objects.filter(transaction=txn).order_by("pk")
    event = Event.objects.get(transaction=txn)
    data = {**event.data, "id": event.data["id"] == txn.pk}
    data["created_at"] = data["created_at"] == outbox.timestamp_text(txn.created_at)
    data["user_id"] = users.get(data["user_id"])
    data["to_user_id"] = users.get(data["to_user_id"])
    data["balances"] = [{**b, "user_id": users[b["user_id"]]} for b in data["balances"]]
    return {
        "entries": [(users.get(e.user_id), e.account.kind, e.amount, e.balance_after) for e in entries],
        "event": (event.type, event.created_at == txn.created_at, data),
    }


def answered(posted, users: dict[int, str]) -> list[tuple]:
    return [(users[b.user_id], b.available, b.reserved) for b in posted.balances]


@pytest.fixture
def books():
    for user_id in (A, B, *TWIN.values()):
        fund(user_id, "100.00")
    yield
    assert ledger_verify() == []


MOVEMENTS = {
    "deposit": Deposit(user_id=A, amount=Decimal("12.34"), comment="top-up"),
    "withdrawal": Withdrawal(user_id=A, amount=Decimal("100.00")),
    "transfer": Transfer(from_user_id=A, to_user_id=B, amount=Decimal("0.01"), comment="rent"),
}


@pytest.mark.parametrize("name", MOVEMENTS)
def test_a_simple_movement_is_one_statement_that_writes_what_the_general_road_writes(books, name):
    general = on_general_road(MOVEMENTS[name])
    with CaptureQueriesContext(connection) as queries:
        alone = services.movement_post(movement=twin(MOVEMENTS[name]))
    assert len(queries) == 1, [q["sql"][:60] for q in queries]
    assert not connection.in_atomic_block

    roles, twin_roles = {A: "a", B: "b"}, {TWIN[A]: "a", TWIN[B]: "b"}
    assert written(alone.record, twin_roles) == written(general.record, roles)
    assert answered(alone, twin_roles) == answered(general, roles)
    assert alone.record.pk == Transaction.objects.latest("pk").pk
    for posted in (general, alone):  # both roads leave each account they moved its time
        moved = {b.user_id: posted.record.created_at for b in posted.balances}
        assert (
            dict(Account.objects.filter(user_id__in=moved, kind="available").values_list("user_id", "moved_at"))
            == moved
        )
    # the balances answered are the books'
    for b in alone.balances:
        rows = dict(Account.objects.filter(user_id=b.user_id).values_list("kind", "balance"))
        assert (rows["available"], rows["reserved"]) == (b.available, b.reserved)


def refusal(movement, users: dict[int, str]) -> tuple[type, str, int]:
    """How a movement is refused (error, message with users named by role), and how many
    transactions that left."""
    before = Transaction.objects.count()
    with pytest.raises(DomainError) as caught:
        services.movement_post(movement=movement)
    message = re.sub(r"\b([Uu]ser) (\d+)\b", lambda m: f"{m[1]} {users.get(int(m[2]), m[2])}", caught.value.message)
    return type(caught.value), message, Transaction.objects.count() - before


@pytest.mark.parametrize(
    ("movement", "error"),
    [
        (Withdrawal(user_id=A, amount=Decimal("100.01")), InsufficientFunds),
        (Transfer(from_user_id=A, to_user_id=B, amount=Decimal("100.01")), InsufficientFunds),
        (Withdrawal(user_id=99, amount=Decimal("1.00")), AccountNotFound),
        (Transfer(from_user_id=99, to_user_id=A, amount=Decimal("1.00")), AccountNotFound),
        (Deposit(user_id=A, amount=MAX_BALANCE), BalanceLimitExceeded),
        (Transfer(from_user_id=B, to_user_id=A, amount=Decimal("1.00")), BalanceLimitExceeded),
    ],
    ids=["withdraw", "transfer", "no-account", "no-sender", "deposit-past-max", "transfer-past-max"],
)
def test_a_refused_simple_movement_writes_nothing_and_is_refused_as_on_the_general_road(books, movement, error):
    if error is BalanceLimitExceeded and isinstance(movement, Transfer):
        fund(A, str(MAX_BALANCE - Decimal("100.00")))  # A at the maximum
        fund(TWIN[A], str(MAX_BALANCE - Decimal("100.00")))
    with CaptureQueriesContext(connection) as queries:
        alone = refusal(twin(movement), {TWIN[A]: "a", TWIN[B]: "b"})
    tried = [q["sql"].lstrip()[:20] for q in queries][1:-1]  # between the counts of `refusal`
    assert tried[0].startswith("WITH locked")  # the statement first
    assert len(tried) > 1  # then the general road, which said why
    general = refusal(movement, {A: "a", B: "b"})
    assert alone == general
    assert alone[0] is error
    assert alone[2] == 0


def test_a_transfer_to_a_user_without_accounts_opens_them_on_the_general_road(books):
    posted = services.movement_post(movement=Transfer(from_user_id=A, to_user_id=77, amount=Decimal("5.00")))
    assert posted.record.pk is not None
    assert dict(Account.objects.filter(user_id=77).values_list("kind", "balance")) == {
        "available": Decimal("5.00"),
        "reserved": Decimal("0.00"),
    }
    assert [(b.user_id, b.available) for b in posted.balances] == [(A, Decimal("95.00")), (77, Decimal("5.00"))]


def assert_every_account_history_runs_in_order():
    """Each account's entries, in id order: times never go back, and each balance after is the one
    before plus the entry (the history and balances at an instant rest on both)."""
    balances: dict[int, Decimal] = {}
    last: dict[int, datetime] = {}
    for account, amount, after, at in (
        Entry.objects.filter(user_id__isnull=False)
        .order_by("pk")
        .values_list("account_id", "amount", "balance_after", "created_at")
    ):
        assert balances.get(account, Decimal("0")) + amount == after
        assert at >= last.get(account, at)
        balances[account], last[account] = after, at


def test_hot_accounts_under_concurrent_simple_movements_keep_the_books(books):
    """Forty threads move money among four users at once, on both roads, some refused for want of
    funds: no balance goes below zero, the books verify, every transaction has one event whose
    balances are its entries', each account's history runs in order, and the money in the books
    is what came in minus what went out."""
    users = [A, B, *TWIN.values()]
    lock = threading.Lock()
    outcomes: list[str] = []

    def mover(i: int):
        def call():
            a, b = users[i % 4], users[(i + 1 + i // 4) % 4]
            if a == b:
                b = users[(i + 2) % 4]
            movement = [
                Transfer(from_user_id=a, to_user_id=b, amount=Decimal("30.00")),
                Withdrawal(user_id=a, amount=Decimal("45.00")),
                Deposit(user_id=b, amount=Decimal("20.00")),
            ][i % 3]
            try:
                if i % 5 == 0:
                    on_general_road(movement)
                    outcome = "general"
                else:
                    with CaptureQueriesContext(connection) as queries:
                        services.movement_post(movement=movement)
                    outcome = "alone" if len(queries) == 1 else "declined, then general"
            except InsufficientFunds:
                outcome = "refused"
            with lock:
                outcomes.append(outcome)

        return call

    errors = [r for r in run_concurrently([mover(i) for i in range(40)]) if isinstance(r, Exception)]
    assert errors == []
    assert {"alone", "general", "refused"} <= set(outcomes), outcomes  # both roads wrote, the rule was reached
    assert not Account.objects.filter(balance__lt=0).exists()
    assert Event.objects.count() == Transaction.objects.count()
    for event in Event.objects.select_related("transaction"):
        entries = dict(
            Entry.objects.filter(transaction_id=event.transaction_id, account__kind="available").values_list(
                "user_id", "balance_after"
            )
        )
        assert {b["user_id"]: Decimal(b["available"]) for b in event.data["balances"]} == entries
    assert_every_account_history_runs_in_order()
    deposits = sum(Transaction.objects.filter(type="deposit").values_list("amount", flat=True))
    withdrawals = sum(Transaction.objects.filter(type="withdrawal").values_list("amount", flat=True))
    assert sum(Account.objects.filter(user_id__isnull=False).values_list("balance", flat=True)) == (
        deposits - withdrawals
    )


def test_a_movement_that_waited_for_its_locks_is_not_stamped_before_the_one_it_waited_for(books):
    """A movement that read the clock, then waited for another transaction's locks while that
    one moved the account, is not stamped before it (it takes the account's `moved_at`)."""
    locked, waiting = threading.Event(), threading.Event()

    def holder():
        with transaction.atomic():
            accounts_lock(user_ids=[TWIN[A]])
            locked.set()
            waiting.wait(10)
            time.sleep(0.3)  # the other call is now waiting for these locks
            services.movement_post(movement=Deposit(user_id=TWIN[A], amount=Decimal("1.00")))

    def mover():
        locked.wait(10)
        waiting.set()
        return services.movement_post(movement=Withdrawal(user_id=TWIN[A], amount=Decimal("1.00")))

    results = run_concurrently([holder, mover])
    assert not [r for r in results if isinstance(r, Exception)], results
    deposit, withdrawal = Transaction.objects.filter(user_id=TWIN[A]).order_by("pk")[1:]
    assert (deposit.type, withdrawal.type) == ("deposit", "withdrawal")
    assert withdrawal.created_at >= deposit.created_at
    assert Account.objects.get(user_id=TWIN[A], kind="available").moved_at == withdrawal.created_at
    assert_every_account_history_runs_in_order()


@pytest.mark.parametrize("zone", ["Europe/Moscow", "UTC", "Europe/London", "America/New_York", "Asia/Kolkata"])
def test_the_statement_renders_a_time_as_the_api_does(zone):
    instants = [
        datetime(2026, 12, 3, 14, 5, 6, 789012, tzinfo=UTC),
        datetime(2026, 12, 3, 14, 5, 6, tzinfo=UTC),  # no microseconds: none shown
        datetime(2026, 7, 1, 23, 59, 59, 1, tzinfo=UTC),  # summer time where there is one
        datetime(2026, 3, 8, 7, 0, tzinfo=UTC) - timedelta(microseconds=1),  # New York's clocks go forward
    ]
    with timezone.override(zone), connection.cursor() as cursor:
        for at in instants:
            cursor.execute(f"SELECT {timestamp_text_sql('%(at)s::timestamptz')}", {"at": at, "zone": zone})
            assert cursor.fetchone()[0] == outbox.timestamp_text(at), (zone, at)
