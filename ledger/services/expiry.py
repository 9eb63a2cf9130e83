"""The worker's sweep: reservations whose `expires_at` has come go back to available (`Expire`),
in batches, through the one road of every movement (`movements_post`)."""

from django.db import transaction
from django.utils import timezone

from ledger.models import Reservation
from ledger.services.commands import Expire
from ledger.services.locks import accounts_lock_free
from ledger.services.movements import movements_post


@transaction.atomic(savepoint=False)
def reservations_expire(*, limit: int = 100) -> int:
    """Release up to `limit` reservations whose time is up (soonest first) in one database
    transaction; returns how many were released.

    Locks in the order every movement does (the users' accounts, then the reservations): the
    accounts of the due reservations' users with SKIP LOCKED, so several workers at once never
    wait for each other, and a user busy right now is simply taken on the next sweep. Each
    `Expire` then checks again, under those locks, that its reservation is still open and due:
    a payment that won the race leaves it nothing to do, and no reservation is released twice.
    """
    due = list(
        Reservation.objects.filter(status=Reservation.Status.RESERVED, expires_at__lte=timezone.now())
        .order_by("expires_at")
        .values_list("user_id", "service_id", "order_id")[:limit]
    )
    if not due:
        return 0
    free = accounts_lock_free(user_ids={user_id for user_id, _, _ in due})
    movements = [
        Expire(user_id=user_id, service_id=service_id, order_id=order_id)
        for user_id, service_id, order_id in due
        if user_id in free
    ]
    return sum(posted.moved for posted in movements_post(movements=movements)) if movements else 0
