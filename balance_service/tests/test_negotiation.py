"""The negotiation's shortcut answers what DRF's own negotiation would, and leaves every other
request to it (balance_service/negotiation.py)."""

import pytest
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.renderers import BrowsableAPIRenderer
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory

from balance_service.negotiation import ApiContentNegotiation
from balance_service.renderers import ApiJSONRenderer

factory = APIRequestFactory()


def _choice(negotiation, renderers, path="/api/v1/x", **headers):
    request = Request(factory.get(path, **headers))
    try:
        renderer, media_type = negotiation.select_renderer(request, renderers)
    except Exception as exc:  # noqa: BLE001 - the refusal is part of the answer compared
        return type(exc).__name__
    return type(renderer).__name__, media_type


@pytest.mark.parametrize(
    ("headers", "path"),
    [
        ({}, "/api/v1/x"),
        ({"HTTP_ACCEPT": "*/*"}, "/api/v1/x"),
        ({"HTTP_ACCEPT": "application/json"}, "/api/v1/x"),
        ({"HTTP_ACCEPT": ""}, "/api/v1/x"),
        ({"HTTP_ACCEPT": "application/json; indent=4"}, "/api/v1/x"),
        ({"HTTP_ACCEPT": "text/html"}, "/api/v1/x"),
        ({"HTTP_ACCEPT": "text/html, application/json;q=0.5"}, "/api/v1/x"),
        ({}, "/api/v1/x?format=json"),
        ({}, "/api/v1/x?format=api"),
        ({"HTTP_ACCEPT": "application/json"}, "/api/v1/x?format=xml"),
        ({}, "/api/v1/x?%66ormat=xml"),
        ({}, "/api/v1/x?at=2022-11-30T21%3A00%3A00Z"),
    ],
)
@pytest.mark.parametrize("renderers", [[ApiJSONRenderer()], [ApiJSONRenderer(), BrowsableAPIRenderer()]])
def test_the_same_choice_as_drfs_negotiation(headers, path, renderers):
    assert _choice(ApiContentNegotiation(), renderers, path, **headers) == _choice(
        DefaultContentNegotiation(), renderers, path, **headers
    )


def test_a_view_whose_first_renderer_is_not_json_is_negotiated_by_drf():
    renderers = [BrowsableAPIRenderer(), ApiJSONRenderer()]
    assert _choice(ApiContentNegotiation(), renderers) == ("BrowsableAPIRenderer", "text/html")


def test_an_api_request_that_accepts_no_json_gets_406(make_client):
    api = make_client()
    response = api.get("/api/v1/information/account-balance/1", HTTP_ACCEPT="text/html")
    assert response.status_code == 406
    assert response.json()["code"] == "not_acceptable"


def test_a_body_that_is_not_json_gets_415_and_moves_nothing(make_client):
    api = make_client()
    response = api.post(
        "/api/v1/transactions/deposit", "user_id=1&amount=5.00", content_type="application/x-www-form-urlencoded"
    )
    assert (response.status_code, response.json()["code"]) == (415, "unsupported_media_type")
    assert api.get("/api/v1/information/account-balance/1").status_code == 404  # no account was opened


@pytest.mark.parametrize("accept", [None, "*/*", "application/json"])
def test_a_plain_request_is_answered_without_parsing_its_headers(accept):
    request = Request(factory.get("/api/v1/x", **({"HTTP_ACCEPT": accept} if accept else {})))
    assert ApiContentNegotiation().select_renderer(request, [ApiJSONRenderer()])[1] == "application/json"
    assert "headers" not in vars(request._request)  # DRF's negotiation builds the header map
    DefaultContentNegotiation().select_renderer(request, [ApiJSONRenderer()])
    assert "headers" in vars(request._request)


@pytest.mark.django_db
def test_an_api_request_reads_its_headers_from_meta_only(make_client):
    """Nothing on the API's path builds Django's map of every header (`request.headers`): the key,
    the Idempotency-Key and the negotiation read the few they need from META."""
    api = make_client()
    deposit = api.post(
        "/api/v1/transactions/deposit",
        {"user_id": 1, "amount": "5.00"},
        format="json",
        HTTP_IDEMPOTENCY_KEY="k-1",
        HTTP_ACCEPT="application/json",
    )
    balance = api.get("/api/v1/information/account-balance/1")
    assert (deposit.status_code, balance.status_code) == (201, 200)
    assert balance.json()["available"] == "5.00"
    for response in (deposit, balance):
        assert "headers" not in vars(response.wsgi_request)
