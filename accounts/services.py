"""Creating, checking and revoking API keys."""

import hashlib
import hmac
import secrets
import time

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from accounts.models import ApiClient
from accounts.scopes import ALL_SCOPES
from balance_service.errors import ValidationFailed

KEY_PREFIX = "bsk"


def _hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def api_client_create(*, name: str, scopes: list[str]) -> tuple[ApiClient, str]:
    """Create a client and return it with its key; the key is not stored and cannot be shown again."""
    unknown = sorted(set(scopes) - set(ALL_SCOPES))
    if unknown:
        raise ValidationFailed(f"Unknown scopes: {', '.join(unknown)}.", errors={"scopes": unknown})
    prefix = secrets.token_hex(6)
    key = f"{KEY_PREFIX}_{prefix}_{secrets.token_urlsafe(32)}"
    with transaction.atomic():
        client = ApiClient.objects.create(
            name=name, key_prefix=prefix, key_hash=_hash(key), scopes=sorted(set(scopes), key=ALL_SCOPES.index)
        )
    return client, key


# Clients recently authenticated by this process, by the SHA-256 of their key: saves a query
# per request. An entry lives `API_KEY_CACHE_SECONDS`, so a key revoked (or re-scoped) by another
# process stops working there within that time; `api_client_revoke` forgets it here at once.
_recent: dict[str, tuple[float, ApiClient]] = {}
_RECENT_MAX = 1000


def api_client_authenticate(*, key: str) -> ApiClient | None:
    """The active client owning `key`, or None. The hash is compared in constant time.
    Only successes are remembered, so a new key works at once."""
    parts = key.split("_", 2)  # the secret part is urlsafe base64: it may contain "_" itself
    if len(parts) != 3 or parts[0] != KEY_PREFIX:
        return None
    digest = _hash(key)
    now = time.monotonic()
    cached = _recent.get(digest)
    if cached is not None and cached[0] > now:
        return cached[1]
    client = ApiClient.objects.filter(key_prefix=parts[1], revoked_at__isnull=True).first()
    if client is None or not hmac.compare_digest(client.key_hash, digest):
        _recent.pop(digest, None)
        return None
    ttl = settings.API_KEY_CACHE_SECONDS
    if ttl > 0:
        if len(_recent) >= _RECENT_MAX:
            _recent.clear()
        _recent[digest] = (now + ttl, client)
    return client


def api_client_revoke(*, client: ApiClient) -> None:
    ApiClient.objects.filter(pk=client.pk, revoked_at__isnull=True).update(revoked_at=timezone.now())
    for digest in [d for d, (_, cached) in _recent.items() if cached.pk == client.pk]:
        _recent.pop(digest, None)
