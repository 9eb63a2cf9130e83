"""Health, readiness, the OpenAPI schema and the docs page."""

import pytest
import yaml
from django.db import OperationalError

pytestmark = pytest.mark.django_db


def test_healthz_and_readyz(client):
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").json() == {"status": "ok"}


def test_readyz_is_503_when_the_database_is_down(client, monkeypatch):
    from django.db.backends.base.base import BaseDatabaseWrapper

    def refuse(self, *args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(BaseDatabaseWrapper, "cursor", refuse)
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["code"] == "service_unavailable"


def test_schema_documents_every_endpoint_and_error(client):
    response = client.get("/api/schema/")
    assert response.status_code == 200
    schema = yaml.safe_load(response.content)
    paths = schema["paths"]
    for op in ["deposit", "withdraw", "transfer", "reserve", "make-payment", "reserve-refund"]:
        post = paths[f"/api/v1/transactions/{op}"]["post"]
        assert post["requestBody"]["required"] is True
        assert {"400", "401", "403", "409", "413", "422", "429", "503"} <= set(post["responses"])
        assert any(p["name"] == "Idempotency-Key" for p in post["parameters"])
        assert post["security"] == [{"ApiKey": []}]
    reserve = paths["/api/v1/transactions/reserve"]["post"]["responses"]
    assert {"200", "201", "404", "409", "422"} <= set(reserve)
    balance = paths["/api/v1/information/account-balance/{user_id}"]["get"]
    assert {"200", "404"} <= set(balance["responses"])
    assert schema["components"]["securitySchemes"]["ApiKey"]["scheme"] == "bearer"


def test_docs_page(client):
    response = client.get("/api/docs/")
    assert response.status_code == 200
    assert b"swagger" in response.content.lower()


def test_schema_is_valid_openapi_without_warnings(tmp_path):
    from django.core.management import call_command

    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(tmp_path / "schema.yml"))
    assert (tmp_path / "schema.yml").stat().st_size > 1000


@pytest.mark.django_db
def test_the_back_office_keeps_sessions_and_csrf_and_the_api_skips_them(admin_user, api):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    login = client.get("/admin/login/")
    assert login.status_code == 200
    assert "csrftoken" in login.cookies
    refused = client.post("/admin/login/", {"username": admin_user.username, "password": "password"})
    assert refused.status_code == 403  # no CSRF token: still checked on the back office
    client.force_login(admin_user)
    assert client.get("/admin/").status_code == 200
    response = api.post("/api/v1/transactions/deposit", {"user_id": 1, "amount": "1"}, format="json")
    assert response.status_code == 201
    assert not response.cookies
    assert "Cookie" not in response.get("Vary", "")
