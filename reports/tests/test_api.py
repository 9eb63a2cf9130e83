"""The report endpoints: the signed link (JSON, scope reports:read) and the CSV download."""

import time
from datetime import datetime
from unittest import mock
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

import pytest
from django.core import signing
from django.test import override_settings
from rest_framework.test import APIClient

from accounts import scopes
from reports.tests.helpers import payment_make

pytestmark = pytest.mark.django_db

LINK = "/api/v1/reports/consolidated/monthly/"
HEADER = b"service_name;revenue\r\n"


@pytest.fixture
def reporter(make_client):
    return make_client([scopes.REPORTS_READ])


@pytest.fixture
def november():
    payment_make(at=datetime(2022, 11, 15, tzinfo=ZoneInfo("Europe/Moscow")), service_id=3, order_id=1, amount="1250")
    return b"service_name;revenue\r\nService 3;1250.00\r\n"


def link_for(client, query: str) -> str:
    response = client.get(f"{LINK}?{query}")
    assert response.status_code == 200, response.content
    return response.json()["url"]


def download(url: str, **headers):
    """Fetch a link as a browser would: no API key."""
    parts = urlsplit(url)
    return APIClient().get(f"{parts.path}?{parts.query}", **headers)


def assert_error(response, status: int, code: str, field: str | None = None) -> dict:
    assert response.status_code == status, response.content
    body = response.json()
    assert set(body) == {"code", "message", "errors", "request_id"}
    assert body["code"] == code
    if field is not None:
        assert field in body["errors"], body
    return body


def test_link_then_download_gives_the_csv(reporter, november):
    body = reporter.get(f"{LINK}?period=2022-11").json()
    assert body["period"] == "2022-11"
    assert body["url"].startswith("http://testserver/api/v1/reports/consolidated/monthly/2022-11.csv?signature=")
    response = download(body["url"])
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="consolidated-monthly-2022-11.csv"' in response["Content-Disposition"]
    assert b"".join(response.streaming_content) == november


def test_year_and_month_and_trailing_slashes_are_accepted(reporter, november):
    url = link_for(reporter, "year=2022&month=11")
    assert "/2022-11.csv?" in url
    assert reporter.get(f"{LINK.rstrip('/')}?year=2022&month=11").json()["period"] == "2022-11"
    path, query = url.split("?")
    response = download(f"{path}/?{query}")
    assert b"".join(response.streaming_content) == november


def test_download_ignores_the_accept_header(reporter, november):
    response = download(link_for(reporter, "period=2022-11"), HTTP_ACCEPT="text/csv")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == november


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("period=2022-13", "period"),
        ("period=22-1", "period"),
        ("period=abc", "period"),
        ("period=2022-11-01", "period"),
        ("", "period"),
        ("year=2022", "month"),
        ("month=11", "year"),
        ("year=2022&month=13", "month"),
        ("year=abc&month=1", "year"),
        ("period=2022-11&year=2022&month=11", "period"),
    ],
)
def test_bad_period_is_a_validation_error_naming_the_parameter(reporter, query, field):
    assert_error(reporter.get(f"{LINK}?{query}"), 400, "validation_error", field)


def test_link_needs_a_key_with_the_reports_scope(make_client):
    assert_error(APIClient().get(f"{LINK}?period=2022-11"), 401, "not_authenticated")
    assert_error(make_client([scopes.BALANCE_READ]).get(f"{LINK}?period=2022-11"), 403, "permission_denied")


def test_empty_months_past_and_future_download_the_header_alone(reporter, november):
    for period in ("2022-10", "2999-12"):
        response = download(link_for(reporter, f"period={period}"))
        assert b"".join(response.streaming_content) == HEADER


def test_bad_period_in_the_download_path_is_a_validation_error(reporter):
    signature = parse_qs(urlsplit(link_for(reporter, "period=2022-11")).query)["signature"][0]
    for period in ("2022-13", "abc"):
        response = APIClient().get(f"{LINK}{period}.csv?signature={signature}")
        assert_error(response, 400, "validation_error", "period")


def _signature(url: str) -> str:
    return parse_qs(urlsplit(url).query)["signature"][0]


def test_tampered_missing_and_foreign_signatures_are_refused(reporter, november):
    url = link_for(reporter, "period=2022-11")
    signature = _signature(url)
    tampered = signature[:-1] + ("A" if signature[-1] != "A" else "B")
    other_period = _signature(link_for(reporter, "period=2022-10"))
    other_salt = signing.TimestampSigner().sign("2022-11").removeprefix("2022-11:")
    for bad in (tampered, other_period, other_salt, "", "x:y:z", "%00"):
        response = APIClient().get(f"{LINK}2022-11.csv?signature={bad}")
        assert_error(response, 403, "permission_denied")
    assert_error(APIClient().get(f"{LINK}2022-11.csv"), 403, "permission_denied")
    assert download(url).status_code == 200


def test_links_expire_after_the_configured_age(reporter, november):
    an_hour_ago = time.time() - 3600
    with mock.patch("django.core.signing.time.time", return_value=an_hour_ago - 30):
        expired = link_for(reporter, "period=2022-11")
    with mock.patch("django.core.signing.time.time", return_value=an_hour_ago + 30):
        fresh = link_for(reporter, "period=2022-11")
    body = assert_error(download(expired), 403, "permission_denied")
    assert "expired" in body["message"]
    assert b"".join(download(fresh).streaming_content) == november
    with override_settings(REPORT_LINK_MAX_AGE=60):
        assert_error(download(fresh), 403, "permission_denied")


def test_the_schema_documents_both_endpoints(api):
    schema = api.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").content.decode()
    assert "report_consolidated_monthly" in schema
    assert "report_consolidated_monthly_csv" in schema
