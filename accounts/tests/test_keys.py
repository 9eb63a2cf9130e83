"""API keys: creation command, hashing, revocation."""

import io

import pytest
from django.core.management import CommandError, call_command

from accounts.models import ApiClient
from accounts.scopes import ALL_SCOPES
from accounts.services import api_client_authenticate, api_client_revoke

pytestmark = pytest.mark.django_db


def create(*args) -> str:
    out = io.StringIO()
    call_command("create_api_client", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue().strip().splitlines()[-1]


def test_command_prints_a_working_key_on_its_last_line_and_stores_only_a_hash():
    key = create("billing", "--scopes", "funds:deposit", "funds:withdraw")
    client = api_client_authenticate(key=key)
    assert client.name == "billing"
    assert client.scopes == ["funds:deposit", "funds:withdraw"]
    assert key not in str(ApiClient.objects.values().get())
    assert api_client_authenticate(key=key[:-1] + ("A" if key[-1] != "A" else "B")) is None


def test_all_scopes_and_errors():
    key = create("orders", "--all-scopes")
    assert api_client_authenticate(key=key).scopes == list(ALL_SCOPES)
    with pytest.raises(CommandError, match="already exists"):
        create("orders", "--all-scopes")
    with pytest.raises(CommandError):
        create("x", "--scopes", "money:print")


def test_revoked_key_no_longer_authenticates():
    key = create("billing", "--all-scopes")
    api_client_revoke(client=ApiClient.objects.get())
    assert api_client_authenticate(key=key) is None


@pytest.mark.parametrize("key", ["", "bsk", "bsk__", "nope_abc_def", "bsk_abc_def"])
def test_malformed_keys_do_not_authenticate(key):
    assert api_client_authenticate(key=key) is None


def test_local_key_is_created_once_and_replaced_when_stale(tmp_path):
    path = tmp_path / "local_api_key"
    call_command("ensure_local_api_key", path, stdout=io.StringIO())
    key = path.read_text().strip()
    assert api_client_authenticate(key=key).scopes == list(ALL_SCOPES)
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    call_command("ensure_local_api_key", path, stdout=io.StringIO())
    assert path.read_text().strip() == key
    path.write_text("bsk_stale_key\n")
    call_command("ensure_local_api_key", path, stdout=io.StringIO())
    assert api_client_authenticate(key=path.read_text().strip()) is not None
    assert api_client_authenticate(key=key) is None  # the old local key was revoked


def test_a_key_revoked_elsewhere_stops_working_within_the_cache_time(settings, monkeypatch):
    """Another process revokes the key (a plain UPDATE here): this process keeps accepting it
    only until its cached entry expires."""
    import time

    settings.API_KEY_CACHE_SECONDS = 5
    key = create("billing", "--all-scopes")
    assert api_client_authenticate(key=key) is not None
    ApiClient.objects.update(revoked_at="2020-01-01T00:00:00Z")
    assert api_client_authenticate(key=key) is not None  # still cached
    later = time.monotonic() + 5.1
    monkeypatch.setattr(time, "monotonic", lambda: later)
    assert api_client_authenticate(key=key) is None


def test_revoking_in_this_process_takes_effect_at_once(settings):
    settings.API_KEY_CACHE_SECONDS = 60
    key = create("billing", "--all-scopes")
    assert api_client_authenticate(key=key) is not None
    api_client_revoke(client=ApiClient.objects.get())
    assert api_client_authenticate(key=key) is None
