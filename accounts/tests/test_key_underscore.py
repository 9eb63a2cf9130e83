from unittest import mock

import pytest

from accounts.services import api_client_authenticate, api_client_create


@pytest.mark.django_db
def test_a_key_whose_secret_contains_underscores_authenticates():
    with mock.patch("accounts.services.secrets.token_urlsafe", return_value="ab_cd-ef_gh"):
        client, key = api_client_create(name="underscored", scopes=[])
    assert key.endswith("_ab_cd-ef_gh")
    assert api_client_authenticate(key=key) == client
    assert api_client_authenticate(key=key + "x") is None
