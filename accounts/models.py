"""API clients (one per calling service), their hashed keys and scopes, and idempotency records."""

from django.db import models

from accounts.scopes import ALL_SCOPES


class ApiClient(models.Model):
    """A calling service. Its key is shown once at creation; only its SHA-256 is stored."""

    name = models.CharField(max_length=100, unique=True)
    key_prefix = models.CharField(max_length=16, unique=True, help_text="Public part of the key, for lookup.")
    key_hash = models.CharField(max_length=64, help_text="SHA-256 of the whole key, hex.")
    scopes = models.JSONField(default=list, help_text=f"Any of: {', '.join(ALL_SCOPES)}.")
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = "API client"

    def __str__(self) -> str:
        return self.name

    # DRF treats the authenticated client as `request.user`.
    is_authenticated = True
    is_anonymous = False

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None


class IdempotencyRecord(models.Model):
    """The stored outcome of a POST sent with an `Idempotency-Key`, written in the same
    database transaction as the movement it describes."""

    client = models.ForeignKey(ApiClient, on_delete=models.CASCADE, related_name="+")
    key = models.CharField(max_length=255)
    fingerprint = models.CharField(max_length=64, help_text="SHA-256 of method, path and canonical body.")
    status_code = models.PositiveSmallIntegerField()
    response_body = models.JSONField()
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["client", "key"], name="idempotency_one_per_client_key")]

    def __str__(self) -> str:
        return f"{self.client_id}:{self.key}"
