"""The back office's "Monthly report" page."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from reports.monthly import monthly_report_csv
from reports.periods import Period
from reports.tests.helpers import payment_make

pytestmark = pytest.mark.django_db
URL = "/admin/reports/monthly/"


@pytest.fixture
def as_accountant(client, accountant):
    client.force_login(accountant)
    return client


def test_the_page_offers_last_month(as_accountant):
    response = as_accountant.get(URL)
    assert response.status_code == 200
    assert b'id="monthly-report"' in response.content
    assert response.context["default_period"] < datetime.now().strftime("%Y-%m")


def test_the_page_downloads_the_same_bytes_as_the_api(as_accountant):
    payment_make(at=datetime(2022, 11, 3, tzinfo=ZoneInfo("Europe/Moscow")), service_id=3, order_id=1, amount="12.50")
    response = as_accountant.get(URL, {"period": "2022-11"})
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="consolidated-monthly-2022-11.csv"'
    body = b"".join(response.streaming_content)
    assert body == b"".join(monthly_report_csv(period=Period(2022, 11)))
    assert body.endswith(b"Service 3;12.50\r\n")


def test_a_bad_month_is_shown_on_the_page(as_accountant):
    response = as_accountant.get(URL, {"period": "2022-13"})
    assert response.status_code == 400
    assert b"errornote" in response.content


def test_the_page_needs_the_report_permission(client, plain_staff):
    client.force_login(plain_staff)
    assert client.get(URL).status_code == 403
    assert client.get(URL, {"period": "2022-11"}).status_code == 403
