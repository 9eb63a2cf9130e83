"""Test setup shared by every app: the database check, API clients, the books' invariants."""

import os

import pytest
from django.core import signals
from django.db import close_old_connections, connection
from rest_framework.test import APIClient

from accounts.scopes import ALL_SCOPES
from accounts.tests.factories import PASSWORD, AccountantFactory, ApiClientFactory, UserFactory
from ledger.verify import ledger_verify


def pytest_configure(config):
    """The suite runs on PostgreSQL. SQLite runs only when asked for (BALANCE_TEST_SQLITE=1),
    as `make test` does for the money-movement tests; a missing PostgreSQL is an error, not a skip."""
    from django.conf import settings

    engine = settings.DATABASES["default"]["ENGINE"]
    if "postgresql" not in engine and os.environ.get("BALANCE_TEST_SQLITE") != "1":
        raise pytest.UsageError(
            "The tests need PostgreSQL: run `make test` (it starts a throwaway server; it needs the PostgreSQL "
            "server binaries, e.g. `apt-get install postgresql`), or set DATABASE_URL to a server you own."
        )


def pytest_collection_modifyitems(config, items):
    if connection.vendor != "postgresql":
        deselected = [item for item in items if item.get_closest_marker("postgres")]
        if deselected:
            config.hook.pytest_deselected(items=deselected)
            items[:] = [item for item in items if not item.get_closest_marker("postgres")]


@pytest.fixture
def make_client(db):
    """`make_client(scopes)` -> an APIClient sending a fresh key with those scopes."""

    def make(scopes=ALL_SCOPES, name=None):
        client = ApiClientFactory(scopes=scopes, **({"name": name} if name else {}))
        api = APIClient()
        api.credentials(HTTP_AUTHORIZATION=f"Bearer {client.key}")
        api.api_client = client
        return api

    return make


@pytest.fixture
def api(make_client):
    """An API client with every scope."""
    return make_client()


@pytest.fixture
def books_verified():
    """Use in a test: after it, the books must verify."""
    yield
    assert ledger_verify() == []


# The three kinds of back-office staff, all with the password of `staff_password`.


@pytest.fixture
def staff_password() -> str:
    return PASSWORD


@pytest.fixture
def accountant(db):
    return AccountantFactory(username="anna")


@pytest.fixture
def superuser(db):
    return UserFactory(username="root", is_superuser=True)


@pytest.fixture
def plain_staff(db):
    """Staff, but not an accountant: no permission at all."""
    return UserFactory(username="intern")


@pytest.fixture
def wsgi_in_test_transaction():
    """Call the WSGI application directly without it closing the test's connection at the end of
    each request (Django's test client does the same)."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)
