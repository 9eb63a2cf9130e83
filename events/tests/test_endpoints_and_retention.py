"""Registering endpoints (command and admin), the admin's delivery list and resend, retention, and
the waiting figures."""

from datetime import timedelta
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from events.metrics import deliveries_waiting
from events.models import Delivery, WebhookEndpoint
from events.retention import events_purge
from events.webhooks import webhook_endpoint_create
from ledger.models import Event
from ledger.tests.factories import DepositFactory


def test_the_command_prints_the_secret_alone_on_the_last_line(db):
    out, err = StringIO(), StringIO()
    call_command(
        "create_webhook_endpoint",
        "https://billing.example/hooks",
        "--events",
        "transaction.deposit",
        "transaction.refund",
        stdout=out,
        stderr=err,
    )
    endpoint = WebhookEndpoint.objects.get()
    assert out.getvalue().splitlines()[-1] == endpoint.secret
    assert endpoint.secret.startswith("whsec_")
    assert len(endpoint.secret) > 40
    assert endpoint.event_types == ["transaction.deposit", "transaction.refund"]
    assert endpoint.secret not in err.getvalue()


@pytest.mark.parametrize(
    ("url", "events", "message"),
    [
        ("ftp://billing.example/hooks", [], "http:// or https://"),
        ("file:///etc/passwd", [], "http:// or https://"),
        ("javascript:alert(1)", [], "http:// or https://"),
        ("https://billing.example/hooks", ["transaction.teleport"], "Unknown event type transaction.teleport"),
    ],
)
def test_the_command_refuses_other_schemes_and_unknown_types(db, url, events, message):
    with pytest.raises(CommandError, match=message):
        call_command("create_webhook_endpoint", url, *(["--events", *events] if events else []), stdout=StringIO())
    assert not WebhookEndpoint.objects.exists()


def test_a_superuser_registers_an_endpoint_in_the_admin_and_sees_its_secret_once(client, superuser):
    client.force_login(superuser)
    add = "/admin/events/webhookendpoint/add/"
    refused = client.post(add, {"url": "ftp://x.example/", "event_types": [], "is_active": "on"})
    assert refused.status_code == 200
    assert "Enter an http:// or https:// URL." in refused.content.decode()
    answer = client.post(
        add, {"url": "https://x.example/hooks", "event_types": ["transaction.payment"], "is_active": "on"}, follow=True
    )
    endpoint = WebhookEndpoint.objects.get()
    assert endpoint.secret in answer.content.decode()
    assert endpoint.event_types == ["transaction.payment"]
    assert endpoint.secret not in client.get(f"/admin/events/webhookendpoint/{endpoint.pk}/change/").content.decode()


def test_only_superusers_see_webhooks_in_the_admin(client, accountant):
    client.force_login(accountant)
    assert client.get("/admin/events/webhookendpoint/").status_code == 403
    assert client.get("/admin/events/delivery/").status_code == 403


def test_the_admin_lists_deliveries_and_sends_failed_ones_again(client, superuser):
    endpoint = webhook_endpoint_create(url="https://x.example/hooks")
    DepositFactory(user_id=1)
    delivery = Delivery.objects.create(
        endpoint=endpoint,
        event=Event.objects.get(),
        status="failed",
        attempts=14,
        next_attempt_at=timezone.now(),
        last_error="ConnectionRefusedError: [Errno 111] Connection refused",
    )
    client.force_login(superuser)
    page = client.get("/admin/events/delivery/").content.decode()
    assert "Connection refused" in page
    assert ">14<" in page
    client.post("/admin/events/delivery/", {"action": "resend", "_selected_action": [delivery.pk]})
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts, delivery.first_attempt_at) == ("pending", 0, None)
    assert delivery.next_attempt_at <= timezone.now()


def test_retention_purges_old_events_and_deliveries_but_none_still_waiting(db, settings):
    settings.EVENT_RETENTION_DAYS = 30
    endpoint = webhook_endpoint_create(url="https://x.example/hooks")
    for user_id in range(1, 6):
        DepositFactory(user_id=user_id, amount=Decimal("1"))
    e1, e2, e3, e4, e5 = Event.objects.order_by("id")
    old = timezone.now() - timedelta(days=31)
    Event.objects.filter(pk__in=[e1.pk, e2.pk, e3.pk, e4.pk]).update(created_at=old)
    delivered = Delivery.objects.create(endpoint=endpoint, event=e1, status="succeeded", next_attempt_at=old)
    Delivery.objects.filter(pk=delivered.pk).update(created_at=old)
    Delivery.objects.create(endpoint=endpoint, event=e2, status="pending", next_attempt_at=old)
    WebhookEndpoint.objects.filter(pk=endpoint.pk).update(events_after=e3.pk)  # e4 not looked at yet

    assert events_purge() == 2
    assert list(Event.objects.order_by("id")) == [e2, e4, e5]  # e2 waits for delivery, e4 to be looked at
    assert list(Delivery.objects.values_list("event_id", flat=True)) == [e2.pk]

    WebhookEndpoint.objects.update(is_active=False)
    Delivery.objects.update(status="failed")
    assert events_purge() == 2
    assert list(Event.objects.order_by("id")) == [e5]


def test_the_waiting_figures(db):
    assert deliveries_waiting() == (0, 0.0)
    endpoint = webhook_endpoint_create(url="https://x.example/hooks")
    DepositFactory(user_id=1)
    DepositFactory(user_id=2)
    first, second = Event.objects.order_by("id")
    Delivery.objects.create(endpoint=endpoint, event=first, next_attempt_at=timezone.now())
    Delivery.objects.create(endpoint=endpoint, event=second, status="succeeded", next_attempt_at=timezone.now())
    Delivery.objects.filter(event=first).update(created_at=timezone.now() - timedelta(minutes=5))
    count, age = deliveries_waiting()
    assert count == 1
    assert 299 < age < 310
