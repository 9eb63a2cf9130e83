"""API clients in the admin: superusers only; the key is shown once; the hash never."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.urls import reverse

from accounts.models import ApiClient
from accounts.services import api_client_authenticate
from accounts.staff import accountant_create


@pytest.fixture
def as_superuser(client, db):
    client.force_login(get_user_model().objects.create_superuser(username="root", password="x"))
    return client


def test_superuser_creates_a_client_and_sees_its_key_once(as_superuser):
    response = as_superuser.post(
        reverse("admin:accounts_apiclient_add"), {"name": "billing", "scopes": ["balance:read", "funds:deposit"]}
    )
    assert response.status_code == 302
    [message] = [str(m) for m in get_messages(response.wsgi_request) if "shown only this once" in str(m)]
    key = message.rsplit(" ", 1)[1]
    client = api_client_authenticate(key=key)
    assert client is not None
    assert client.name == "billing"
    assert client.scopes == ["balance:read", "funds:deposit"]

    first = as_superuser.get(reverse("admin:accounts_apiclient_changelist")).content.decode()
    assert key in first  # the message, on the page after the creation
    assert client.key_hash not in first
    page = as_superuser.get(reverse("admin:accounts_apiclient_change", args=[client.pk])).content.decode()
    assert client.key_prefix in page
    assert client.key_hash not in page
    assert key not in page  # never again


def test_superuser_revokes_a_client(as_superuser, make_client):
    api = make_client(name="orders")
    response = as_superuser.post(
        reverse("admin:accounts_apiclient_changelist"), {"action": "revoke", "_selected_action": [api.api_client.pk]}
    )
    assert response.status_code == 302
    assert ApiClient.objects.get(pk=api.api_client.pk).revoked_at is not None
    assert api.get("/api/v1/information/account-balance/7").status_code == 401


def test_unknown_scope_is_refused(as_superuser):
    response = as_superuser.post(reverse("admin:accounts_apiclient_add"), {"name": "x", "scopes": ["root"]})
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["scopes"]
    assert not ApiClient.objects.exists()


def test_accountants_never_see_api_clients(client, db, make_client):
    make_client(name="billing")
    client.force_login(accountant_create(username="anna", password="correct-horse-battery-42"))
    assert client.get(reverse("admin:accounts_apiclient_changelist")).status_code == 403
    assert client.get(reverse("admin:accounts_apiclient_add")).status_code == 403
