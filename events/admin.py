"""Webhook endpoints and their deliveries in the admin, for superusers only. A new endpoint's
signing secret is shown once, in a message after creation; deliveries can be sent again."""

from django import forms
from django.contrib import admin, messages
from django.http import HttpRequest

from events.delivery import delivery_resend
from events.models import Delivery, WebhookEndpoint
from events.webhooks import endpoint_prepare
from ledger.outbox import EVENT_TYPES


class SuperusersOnly(admin.ModelAdmin):
    def has_module_permission(self, request: HttpRequest) -> bool:
        return request.user.is_active and request.user.is_superuser

    def has_view_permission(self, request: HttpRequest, obj=None) -> bool:
        return self.has_module_permission(request)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return self.has_module_permission(request)

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return self.has_module_permission(request)

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return self.has_module_permission(request)


class WebhookEndpointForm(forms.ModelForm):
    url = forms.URLField(
        max_length=2000,
        assume_scheme="https",
        validators=WebhookEndpoint.url.field.validators,
        help_text=WebhookEndpoint.url.field.help_text,
    )
    event_types = forms.MultipleChoiceField(
        choices=[(t, t) for t in EVENT_TYPES],
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text="None ticked: every type.",
    )

    class Meta:
        model = WebhookEndpoint
        fields = ["url", "event_types", "is_active"]


@admin.register(WebhookEndpoint)
class WebhookEndpointAdmin(SuperusersOnly):
    form = WebhookEndpointForm
    list_display = ["url", "types", "is_active", "pending", "failed", "created_at"]
    list_filter = ["is_active"]
    readonly_fields = ["events_after", "created_at"]

    def get_fields(self, request: HttpRequest, obj=None) -> list[str]:
        return ["url", "event_types", "is_active"] + ([] if obj is None else self.readonly_fields)

    def save_model(self, request: HttpRequest, obj: WebhookEndpoint, form, change: bool) -> None:
        if not change:
            endpoint_prepare(obj)
        super().save_model(request, obj, form, change)
        if not change:
            messages.warning(request, f"The signing secret of {obj.url} is shown only this once: {obj.secret}")

    @admin.display(description="Event types")
    def types(self, obj: WebhookEndpoint) -> str:
        return ", ".join(obj.event_types) or "all"

    @admin.display(description="Pending")
    def pending(self, obj: WebhookEndpoint) -> int:
        return obj.deliveries.filter(status=Delivery.Status.PENDING).count()

    @admin.display(description="Failed")
    def failed(self, obj: WebhookEndpoint) -> int:
        return obj.deliveries.filter(status=Delivery.Status.FAILED).count()


@admin.register(Delivery)
class DeliveryAdmin(SuperusersOnly):
    list_display = ["id", "event_id", "event_type", "endpoint", "status", "attempts", "last_status_code", "last_error"]
    list_filter = ["status", "endpoint"]
    list_select_related = ["endpoint", "event"]
    search_fields = ["=event__id"]
    fields = [
        "endpoint",
        "event",
        "status",
        "attempts",
        "next_attempt_at",
        "first_attempt_at",
        "last_attempt_at",
        "last_status_code",
        "last_error",
        "response_excerpt",
        "created_at",
    ]
    readonly_fields = fields
    actions = ["resend"]
    show_full_result_count = False

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # deliveries are queued by the worker

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    def has_resend_permission(self, request: HttpRequest) -> bool:
        return self.has_module_permission(request)

    @admin.display(description="Type")
    def event_type(self, obj: Delivery) -> str:
        return obj.event.type

    @admin.action(description="Send the selected deliveries again", permissions=["resend"])
    def resend(self, request: HttpRequest, queryset) -> None:
        count = delivery_resend(queryset)
        messages.success(request, f"{count} deliveries will be sent again.")
