"""A worker claims an endpoint's next due delivery by reading that one row, however long the
endpoint's queue: a dead endpoint's backlog of thousands costs each claim no more than one."""

from decimal import Decimal

import pytest
from django.db import connection

from events.delivery import _claim_next
from events.models import Delivery
from events.webhooks import deliveries_queue, webhook_endpoint_create
from ledger import services
from ledger.services import Deposit
from ledger.tests.pg_stats import rows_read

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

QUEUED = 2000


def test_a_claim_reads_the_row_it_claims_whatever_the_queue():
    endpoint = webhook_endpoint_create(url="http://127.0.0.1:9/hooks")  # never sent to here
    services.movements_post(movements=[Deposit(user_id=u % 50 + 1, amount=Decimal("1")) for u in range(QUEUED)])
    while deliveries_queue():
        pass
    assert Delivery.objects.filter(endpoint=endpoint, status="pending").count() == QUEUED
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE events_delivery")  # as autovacuum does after a bulk of inserts
    first = Delivery.objects.filter(endpoint=endpoint).order_by("next_attempt_at", "id").first()

    before = rows_read("events_delivery")
    claimed = _claim_next(endpoint.id)
    read = rows_read("events_delivery") - before

    assert (claimed.pk, claimed.attempts) == (first.pk, 1)
    assert read <= 3, f"one claim read {read} rows of a queue of {QUEUED}"
