"""Safe retries with Idempotency-Key (docs/api.md)."""

from decimal import Decimal

import pytest

from accounts.models import IdempotencyRecord
from ledger.models import Transaction
from ledger.selectors import balance_get

pytestmark = pytest.mark.django_db

DEPOSIT = "/api/v1/transactions/deposit"
WITHDRAW = "/api/v1/transactions/withdraw"


def send(api, path, body, key):
    return api.post(path, body, format="json", HTTP_IDEMPOTENCY_KEY=key)


def test_same_key_same_body_replays_the_first_response(api):
    first = send(api, DEPOSIT, {"user_id": 7, "amount": "10"}, "k-1")
    assert first.status_code == 201
    assert "Idempotent-Replayed" not in first
    again = send(api, DEPOSIT, {"user_id": 7, "amount": "10"}, "k-1")
    assert again.status_code == 201
    assert again["Idempotent-Replayed"] == "true"
    assert again.json() == first.json()
    assert Transaction.objects.count() == 1
    assert balance_get(user_id=7).available == Decimal("10")


def test_trailing_slash_is_the_same_request(api):
    send(api, DEPOSIT, {"user_id": 7, "amount": "10"}, "k-1")
    assert send(api, DEPOSIT + "/", {"user_id": 7, "amount": "10"}, "k-1")["Idempotent-Replayed"] == "true"


def test_same_key_different_body_is_422(api):
    send(api, DEPOSIT, {"user_id": 7, "amount": "10"}, "k-1")
    response = send(api, DEPOSIT, {"user_id": 7, "amount": "11"}, "k-1")
    assert response.status_code == 422
    assert response.json()["code"] == "idempotency_key_reused"
    response = send(api, WITHDRAW, {"user_id": 7, "amount": "10"}, "k-1")
    assert response.json()["code"] == "idempotency_key_reused"
    assert balance_get(user_id=7).available == Decimal("10")


def test_business_rejection_is_stored_and_replayed(api):
    send(api, DEPOSIT, {"user_id": 7, "amount": "10"}, "d-1")
    refused = send(api, WITHDRAW, {"user_id": 7, "amount": "20"}, "w-1")
    assert refused.status_code == 422
    assert refused.json()["code"] == "insufficient_funds"
    send(api, DEPOSIT, {"user_id": 7, "amount": "100"}, "d-2")
    replay = send(api, WITHDRAW, {"user_id": 7, "amount": "20"}, "w-1")
    assert replay.status_code == 422  # a retry never flips the outcome
    assert replay["Idempotent-Replayed"] == "true"
    assert balance_get(user_id=7).available == Decimal("110")


def test_validation_errors_are_not_stored(api):
    assert send(api, DEPOSIT, {"user_id": 7, "amount": "0"}, "k-1").status_code == 400
    assert not IdempotencyRecord.objects.exists()
    assert send(api, DEPOSIT, {"user_id": 7, "amount": "1"}, "k-1").status_code == 201


def test_keys_belong_to_their_client(make_client):
    billing, other = make_client(), make_client()
    send(billing, DEPOSIT, {"user_id": 7, "amount": "10"}, "same")
    response = send(other, DEPOSIT, {"user_id": 7, "amount": "10"}, "same")
    assert "Idempotent-Replayed" not in response
    assert balance_get(user_id=7).available == Decimal("20")


@pytest.mark.parametrize("key", ["", "x" * 256, "caf\u00e9", "tab\there"])
def test_bad_keys_are_400(api, key):
    response = api.post(DEPOSIT, {"user_id": 7, "amount": "1"}, format="json", HTTP_IDEMPOTENCY_KEY=key)
    assert response.status_code == 400
    assert response.json()["code"] == "validation_error"
    assert "Idempotency-Key" in response.json()["errors"]


def test_longest_and_odd_printable_keys_work(api):
    for key in ["x" * 255, "~ !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}"]:
        assert send(api, DEPOSIT, {"user_id": 7, "amount": "1"}, key).status_code == 201
        assert send(api, DEPOSIT, {"user_id": 7, "amount": "1"}, key)["Idempotent-Replayed"] == "true"


def test_purge_keeps_young_records(api):
    import io
    from datetime import timedelta

    from django.core.management import CommandError, call_command
    from django.utils import timezone

    send(api, DEPOSIT, {"user_id": 7, "amount": "1"}, "old")
    send(api, DEPOSIT, {"user_id": 7, "amount": "1"}, "young")
    IdempotencyRecord.objects.filter(key="old").update(created_at=timezone.now() - timedelta(hours=25))
    call_command("purge_idempotency_keys", stdout=io.StringIO())
    assert list(IdempotencyRecord.objects.values_list("key", flat=True)) == ["young"]
    with pytest.raises(CommandError):
        call_command("purge_idempotency_keys", "--hours", "23")


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_key_whose_first_request_is_running_is_409(api):
    """Hold the key's advisory lock from another connection, as a running first request does."""
    import hashlib

    import psycopg
    from django.db import connection

    lock_id = int.from_bytes(hashlib.sha256(f"{api.api_client.pk}\0busy".encode()).digest()[:8], "big", signed=True)
    params = connection.get_connection_params()
    with psycopg.connect(**{k: v for k, v in params.items() if k != "cursor_factory"}) as other:
        other.execute("SELECT pg_advisory_xact_lock(%s)", [lock_id])
        response = send(api, DEPOSIT, {"user_id": 7, "amount": "1"}, "busy")
        assert response.status_code == 409
        assert response.json()["code"] == "idempotency_key_in_progress"
    assert send(api, DEPOSIT, {"user_id": 7, "amount": "1"}, "busy").status_code == 201
    assert IdempotencyRecord.objects.filter(key="busy").count() == 1


def test_database_down_is_503_with_the_error_body(api, monkeypatch):
    from django.db import OperationalError
    from django.db.backends.base.base import BaseDatabaseWrapper

    def refuse(self, *args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(BaseDatabaseWrapper, "cursor", refuse)
    response = send(api, DEPOSIT, {"user_id": 7, "amount": "1"}, "down")
    assert response.status_code == 503
    assert response.json()["code"] == "service_unavailable"


def test_a_stored_refusal_leaves_nothing_of_its_partial_work(api):
    """A refused transfer to a new user opened the receiver's accounts before it was refused:
    with a key, the refusal is stored and those accounts are gone with the movement's savepoint."""
    from ledger.models import Account

    send(api, DEPOSIT, {"user_id": 7, "amount": "5"}, "d")
    refused = send(api, "/api/v1/transactions/transfer", {"from_user_id": 7, "to_user_id": 8, "amount": "6"}, "t")
    assert refused.status_code == 422
    assert not Account.objects.filter(user_id=8).exists()
    assert IdempotencyRecord.objects.filter(key="t", status_code=422).exists()
