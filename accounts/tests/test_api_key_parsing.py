import pytest

from accounts.scopes import ALL_SCOPES
from accounts.services import api_client_authenticate, api_client_create


@pytest.mark.django_db
def test_every_key_authenticates_even_with_underscores_in_its_secret():
    keys = [api_client_create(name=f"client-{n}", scopes=list(ALL_SCOPES)) for n in range(40)]
    assert any(key.count("_") > 2 for _, key in keys)  # ~1 in 2 keys has one; 40 keys make this certain
    for client, key in keys:
        assert api_client_authenticate(key=key) == client
