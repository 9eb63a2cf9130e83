"""A small client of the balance service's HTTP API: `BalanceClient(base_url, api_key)`."""

from balance_client.client import ApiError, Attempt, BalanceClient, TransportError

__all__ = ["ApiError", "Attempt", "BalanceClient", "TransportError"]
