"""Webhook endpoints and their deliveries (docs/events.md). The events themselves are the books'
(`ledger.models.Event`, written with each transaction): this app reads them and never writes one."""

from django.core.validators import URLValidator
from django.db import models
from django.db.models import Q

from ledger.models import Event

WEBHOOK_SCHEMES = ("http", "https")


class WebhookEndpoint(models.Model):
    """Where events are POSTed. `event_types` empty: every type."""

    url = models.URLField(
        max_length=2000,
        validators=[
            URLValidator(schemes=list(WEBHOOK_SCHEMES), message="Enter an http:// or https:// URL.", code="scheme")
        ],
        help_text="http:// or https:// only; redirects are not followed.",
    )
    event_types = models.JSONField(default=list, blank=True, help_text="The event types sent here; empty: all.")
    secret = models.CharField(max_length=100, editable=False, help_text="The Standard Webhooks signing secret.")
    is_active = models.BooleanField(default=True, help_text="Inactive: nothing is sent, nothing new is queued.")
    events_after = models.BigIntegerField(
        default=0, editable=False, help_text="Events up to this id have had their deliveries queued."
    )
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.url

    def wants(self, event_type: str) -> bool:
        return not self.event_types or event_type in self.event_types


class Delivery(models.Model):
    """One event for one endpoint, tried until a 2xx or the end of the retry schedule."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        SUCCEEDED = "succeeded", "Succeeded"
        FAILED = "failed", "Failed"

    endpoint = models.ForeignKey(WebhookEndpoint, on_delete=models.CASCADE, related_name="deliveries")
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="deliveries")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(help_text="Pending: when it is due (or when a worker's claim lapses).")
    first_attempt_at = models.DateTimeField(null=True, blank=True)
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    last_status_code = models.PositiveIntegerField(null=True, blank=True)
    last_error = models.CharField(max_length=500, blank=True)
    response_excerpt = models.CharField(max_length=500, blank=True, help_text="The start of the last answer's body.")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name_plural = "deliveries"
        constraints = [models.UniqueConstraint(fields=["endpoint", "event"], name="delivery_one_per_endpoint_event")]
        indexes = [
            # The claim's order, so it reads the first unlocked due row and stops however long the queue.
            models.Index(
                fields=["endpoint", "next_attempt_at", "id"],
                condition=Q(status="pending"),
                name="delivery_pending_next",
            ),
            models.Index(fields=["created_at"], name="delivery_created"),
        ]

    def __str__(self) -> str:
        return f"event {self.event_id} to {self.endpoint}"
