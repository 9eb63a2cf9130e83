"""`manage.py monthly_report`: the same bytes as the download, cron-friendly errors."""

from datetime import datetime
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import pytest
from django.core.management import CommandError, call_command
from rest_framework.test import APIClient

from accounts import scopes
from reports.tests.helpers import payment_make

pytestmark = pytest.mark.django_db


@pytest.fixture
def november():
    at = datetime(2022, 11, 30, 23, 59, 59, 999000, tzinfo=ZoneInfo("Europe/Moscow"))
    for service_id, name in enumerate(["Премиум", "=cmd", "Listing; top", "Boost"], start=1):
        payment_make(at=at, service_id=service_id, order_id=1, amount=f"{service_id}0.05", service_name=name)


def downloaded(make_client, period: str) -> bytes:
    url = make_client([scopes.REPORTS_READ]).get(f"/api/v1/reports/consolidated/monthly/?period={period}").json()["url"]
    parts = urlsplit(url)
    response = APIClient().get(f"{parts.path}?{parts.query}")
    assert response.status_code == 200
    return b"".join(response.streaming_content)


def test_stdout_is_byte_identical_to_the_download(make_client, november, capsysbinary):
    call_command("monthly_report", "2022-11")
    written = capsysbinary.readouterr().out
    assert written == downloaded(make_client, "2022-11")
    assert "Премиум;10.05".encode() in written


def test_output_file_is_byte_identical_to_the_download(make_client, november, tmp_path):
    target = tmp_path / "november.csv"
    target.write_bytes(b"an older report")
    call_command("monthly_report", "2022-11", "--output", str(target))
    assert target.read_bytes() == downloaded(make_client, "2022-11")
    assert [path.name for path in tmp_path.iterdir()] == ["november.csv"]


def test_an_empty_month_writes_the_header_alone(tmp_path):
    target = tmp_path / "empty.csv"
    call_command("monthly_report", "2030-01", "-o", str(target))
    assert target.read_bytes() == b"service_name;revenue\r\n"


@pytest.mark.parametrize("period", ["2022-13", "22-1", "abc"])
def test_a_bad_period_is_a_command_error(period, tmp_path):
    with pytest.raises(CommandError, match="Bad period"):
        call_command("monthly_report", period, "--output", str(tmp_path / "x.csv"))
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_output_is_a_command_error(tmp_path):
    with pytest.raises(CommandError, match="Cannot write"):
        call_command("monthly_report", "2022-11", "--output", str(tmp_path / "missing" / "x.csv"))
