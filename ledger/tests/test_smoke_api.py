import pytest


@pytest.mark.django_db
def test_deposit_then_balance(api):
    response = api.post("/api/v1/transactions/deposit", {"user_id": 7, "amount": "100.50"}, format="json")
    assert response.status_code == 201, response.content
    assert response.json()["amount"] == "100.50"
    balance = api.get("/api/v1/information/account-balance/7/").json()
    assert balance == {"user_id": 7, "available": "100.50", "reserved": "0.00", "currency": "RUB"}
