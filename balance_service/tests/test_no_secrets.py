"""A realistic run of movements through the API, then every log line, every metric and every
error body is searched for the API key, the signed link's signature, the secret key and a card
number a caller put in a comment. None may be there."""

import io
import logging
from urllib.parse import parse_qs, urlsplit

import pytest
from django.conf import settings
from rest_framework.test import APIClient

from accounts import scopes

pytestmark = pytest.mark.django_db

CARD = "4111 1111 1111 1111"


@pytest.fixture
def service_log():
    handler = next(h for h in logging.getLogger().handlers if h.name == "stdout")
    stream = io.StringIO()
    previous = handler.setStream(stream)
    yield stream
    handler.setStream(previous)


def test_no_key_secret_signature_or_card_in_logs_metrics_or_error_bodies(make_client, service_log):
    api = make_client()
    key = api._credentials["HTTP_AUTHORIZATION"].split()[1]
    answers = []

    def send(method: str, path: str, body=None, client=api, **headers):
        response = (
            getattr(client, method)(path, body, format="json", **headers)
            if body
            else getattr(client, method)(path, **headers)
        )
        answers.append(response)
        return response

    t = "/api/v1/transactions"
    send("post", f"{t}/deposit", {"user_id": 1, "amount": "500.00", "comment": f"card {CARD}"})
    send("post", f"{t}/deposit", {"user_id": 2, "amount": "50.00"}, HTTP_IDEMPOTENCY_KEY="dep-2")
    send("post", f"{t}/deposit", {"user_id": 2, "amount": "50.00"}, HTTP_IDEMPOTENCY_KEY="dep-2")  # replay
    send("post", f"{t}/transfer", {"from_user_id": 1, "to_user_id": 2, "amount": "25.00", "comment": CARD})
    send("post", f"{t}/withdraw", {"user_id": 2, "amount": "1000.00"})  # insufficient funds
    send("post", f"{t}/withdraw", {"user_id": 2, "amount": "10.00"})
    send("post", f"{t}/reserve", {"user_id": 1, "service_id": 3, "order_id": 11, "amount": "40.00"})
    send("post", f"{t}/make-payment", {"user_id": 1, "service_id": 3, "order_id": 11, "amount": "30.00"})
    send("post", f"{t}/reserve", {"user_id": 1, "service_id": 3, "order_id": 12, "amount": "20.00"})
    send("post", f"{t}/reserve-refund", {"user_id": 1, "service_id": 3, "order_id": 12})
    send("post", f"{t}/make-payment", {"user_id": 1, "service_id": 3, "order_id": 99, "amount": "1.00"})  # 404
    ops = [{"op": "transfer", "from_user_id": 1, "to_user_id": 2, "amount": "1.00"}] * 3
    send("post", f"{t}/batch", {"atomic": True, "operations": ops})
    send("post", f"{t}/batch", {"atomic": False, "operations": [*ops, {"op": "withdraw", "user_id": 9, "amount": "1"}]})
    send("post", f"{t}/deposit", {"user_id": 1, "amount": "-5"})  # validation error
    send("get", "/api/v1/information/account-balance/1")
    send("get", "/api/v1/information/account-transactions/1?limit=2")
    send("get", "/api/v1/information/account-transactions/1?cursor=garbage")
    send("get", "/api/v1/information/account-balance/1", client=APIClient(), HTTP_AUTHORIZATION=f"Bearer {key}x")
    send("get", "/api/v1/information/account-balance/1", client=APIClient(), HTTP_AUTHORIZATION=f"Bearer {key[:-3]}")
    send("get", "/api/v1/information/account-balance/1", client=make_client([scopes.HISTORY_READ]))
    url = send("get", "/api/v1/reports/consolidated/monthly/?period=2026-12").json()["url"]
    signature = parse_qs(urlsplit(url).query)["signature"][0]
    path = urlsplit(url).path
    send("get", f"{path}?signature={signature}", client=APIClient())
    send("get", f"{path}?signature={signature[:-2]}xx", client=APIClient())  # tampered: 403
    metrics = send("get", "/metrics").content.decode()

    statuses = {response.status_code for response in answers}
    assert {200, 201, 400, 401, 403, 404, 422} <= statuses  # the run covered successes and refusals
    logged = service_log.getvalue()
    assert logged.count('"logger": "balance_service.request"') == len(answers)
    error_bodies = "\n".join(r.content.decode() for r in answers if r.status_code >= 400)
    secret_part = key.split("_", 2)[2]
    forbidden = {
        "the API key": key,
        "the key's secret part": secret_part,
        "a cut key": key[:-3],
        "the signature": signature,
        "SECRET_KEY": settings.SECRET_KEY,
    }
    for name, text in forbidden.items():
        for place, content in {"logs": logged, "metrics": metrics, "error bodies": error_bodies}.items():
            assert text not in content, f"{name} found in the {place}"
    for place, content in {"logs": logged, "metrics": metrics}.items():
        assert CARD not in content, f"a card number found in the {place}"
        assert CARD.replace(" ", "") not in content, f"a card number found in the {place}"
    assert answers[0].status_code == 201  # the key was real: it moved money
