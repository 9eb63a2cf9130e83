"""The feed's guarantee under real concurrent transactions (PostgreSQL): a poller that follows
`next_after` sees every committed event exactly once, in ascending order, and never skips one,
while writers commit out of order, hold their transactions open and roll back."""

import random
import threading
import time
from decimal import Decimal

import pytest
from django.db import connection, transaction

from events.feed import events_page
from ledger import services
from ledger.models import Event

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


class Rollback(Exception):
    pass


def _in_thread(work):
    """Run `work` in a thread of its own (its own connection); return a join() that re-raises."""
    errors = []

    def run():
        try:
            work()
        except Exception as exc:  # noqa: BLE001 - handed to the test
            errors.append(exc)
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()

    def join():
        thread.join(timeout=60)
        assert not thread.is_alive()
        if errors:
            raise errors[0]

    return join


def _feed_ids(after: int = 0) -> list[int]:
    events, _ = events_page(after=after, limit=1000)
    return [e.id for e in events]


def test_an_event_is_not_handed_out_while_an_older_writer_may_still_commit():
    """A writer that began first and is still open holds back the events of later writers; when
    it commits, its event comes first and nothing was skipped."""
    services.deposit_create(user_id=1, amount=Decimal("1"))
    start = _feed_ids()
    older_wrote, release = threading.Event(), threading.Event()

    def older():
        with transaction.atomic():
            services.deposit_create(user_id=2, amount=Decimal("2"))
            older_wrote.set()
            assert release.wait(30)

    join = _in_thread(older)
    assert older_wrote.wait(30)
    newer = services.deposit_create(user_id=3, amount=Decimal("3"))  # commits while the older is open
    assert _feed_ids(after=start[-1]) == []  # a plain sequence would hand out the newer one now...
    release.set()
    join()
    seen = _feed_ids(after=start[-1])
    older_event, newer_event = Event.objects.filter(transaction__user_id__in=[2, 3]).order_by("transaction__user_id")
    assert seen == [older_event.id, newer_event.id]  # ...and then the older one, below it: skipped
    assert newer_event.transaction_id == newer.pk


def test_a_writer_that_began_earlier_but_writes_later_is_not_skipped():
    """The first writer takes its transaction id, a second writes and stays open, the first writes
    and commits: its event is handed out (it can come first) and the second's, once committed,
    comes after it. Had ids been drawn from a sequence at write time and filtered by the writers'
    transaction ids, the second's event (drawn first, smaller) would be skipped for good."""
    services.deposit_create(user_id=1, amount=Decimal("1"))
    (start,) = _feed_ids()
    first_began, second_wrote, first_done, release = (threading.Event() for _ in range(4))

    def first():
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_current_xact_id()")
            first_began.set()
            assert second_wrote.wait(30)
            services.deposit_create(user_id=2, amount=Decimal("2"))
        first_done.set()

    def second():
        assert first_began.wait(30)
        with transaction.atomic():
            services.deposit_create(user_id=3, amount=Decimal("3"))
            second_wrote.set()
            assert release.wait(30)

    join_first, join_second = _in_thread(first), _in_thread(second)
    assert first_done.wait(30)
    join_first()
    first_event = Event.objects.get(transaction__user_id=2)
    assert _feed_ids(after=start) == [first_event.id]
    release.set()
    join_second()
    second_event = Event.objects.get(transaction__user_id=3)
    assert _feed_ids(after=first_event.id) == [second_event.id]


def test_a_poller_sees_every_committed_event_once_while_many_writers_race():
    writers, rounds = 12, 25
    committed, rolled_back = set(), set()
    lock = threading.Lock()
    done = threading.Event()

    def writer(seed: int):
        rng = random.Random(seed)
        user = 1000 + seed
        services.deposit_create(user_id=user, amount=Decimal("1000"))
        with lock:
            committed.update(Event.objects.filter(transaction__user_id=user).values_list("transaction_id", flat=True))
        for _ in range(rounds):
            kind = rng.choice(["commit", "hold", "rollback", "batch"])
            try:
                with transaction.atomic():
                    if kind == "batch":
                        txns = [p.record for p in services.movements_post(movements=_batch(rng, user))]
                    else:
                        txns = [
                            services.transfer_create(from_user_id=user, to_user_id=user + 1000, amount=Decimal("1"))
                        ]
                    if kind == "hold":
                        time.sleep(rng.uniform(0.005, 0.05))
                    if kind == "rollback":
                        raise Rollback
            except Rollback:
                with lock:
                    rolled_back.update(t.pk for t in txns)
                continue
            with lock:
                committed.update(t.pk for t in txns)

    seen: list[Event] = []

    def poller():
        after, rng = 0, random.Random(0)
        while True:
            finished = done.is_set()  # read before the page: a page read after it sees every commit
            events, after = events_page(after=after, limit=rng.randint(1, 40))
            seen.extend(events)
            if finished and not events:
                return
            if not events:
                time.sleep(0.002)

    joins = [_in_thread(lambda seed=seed: writer(seed)) for seed in range(writers)]
    join_poller = _in_thread(poller)
    for join in joins:
        join()
    done.set()
    join_poller()

    ids = [e.id for e in seen]
    assert ids == sorted(set(ids))  # ascending, none twice
    assert [e.transaction_id for e in seen if e.transaction_id in rolled_back] == []
    assert {e.transaction_id for e in seen} == committed  # none skipped
    assert len(committed) > writers * rounds / 2
    assert rolled_back


def _batch(rng: random.Random, user: int) -> list[services.Movement]:
    return [services.Deposit(user_id=user, amount=Decimal(rng.randint(1, 9))) for _ in range(rng.randint(2, 5))]
