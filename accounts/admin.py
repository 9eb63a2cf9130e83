"""API clients in the admin, for superusers only. A new client's key is shown once, in a message
after creation; the stored hash is never shown. Clients are revoked, not deleted."""

from django import forms
from django.contrib import admin, messages
from django.http import HttpRequest

from accounts.models import ApiClient
from accounts.scopes import ALL_SCOPES
from accounts.services import api_client_create, api_client_revoke


class ApiClientCreateForm(forms.ModelForm):
    scopes = forms.MultipleChoiceField(
        choices=[(scope, scope) for scope in ALL_SCOPES], widget=forms.CheckboxSelectMultiple, required=True
    )

    class Meta:
        model = ApiClient
        fields = ["name", "scopes"]


@admin.register(ApiClient)
class ApiClientAdmin(admin.ModelAdmin):
    list_display = ["name", "key_prefix", "scope_list", "created_at", "revoked_at"]
    list_filter = [("revoked_at", admin.EmptyFieldListFilter)]
    search_fields = ["name", "key_prefix"]
    fields = ["name", "key_prefix", "scopes", "created_at", "revoked_at"]
    readonly_fields = fields
    actions = ["revoke"]

    def has_module_permission(self, request: HttpRequest) -> bool:
        return request.user.is_active and request.user.is_superuser

    def has_view_permission(self, request: HttpRequest, obj=None) -> bool:
        return self.has_module_permission(request)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return self.has_module_permission(request)

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return False  # a client is created, then revoked: nothing is edited

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    def has_revoke_permission(self, request: HttpRequest) -> bool:
        return self.has_module_permission(request)

    def get_form(self, request: HttpRequest, obj=None, change=False, **kwargs):
        if obj is None:
            kwargs["form"] = ApiClientCreateForm
            kwargs["fields"] = ["name", "scopes"]
        return super().get_form(request, obj, change=change, **kwargs)

    def get_fields(self, request: HttpRequest, obj=None) -> list[str]:
        return ["name", "scopes"] if obj is None else self.fields

    def get_readonly_fields(self, request: HttpRequest, obj=None) -> list[str]:
        return [] if obj is None else self.readonly_fields

    def save_model(self, request: HttpRequest, obj: ApiClient, form, change: bool) -> None:
        client, key = api_client_create(name=form.cleaned_data["name"], scopes=form.cleaned_data["scopes"])
        obj.pk, obj.key_prefix, obj.created_at = client.pk, client.key_prefix, client.created_at
        obj._state.adding = False
        messages.warning(request, f"The key of {client.name} is shown only this once; copy it now: {key}")

    @admin.display(description="Scopes")
    def scope_list(self, obj: ApiClient) -> str:
        return ", ".join(obj.scopes)

    @admin.action(description="Revoke the selected clients' keys", permissions=["revoke"])
    def revoke(self, request: HttpRequest, queryset) -> None:
        for client in queryset.filter(revoked_at__isnull=True):
            api_client_revoke(client=client)
        messages.success(request, "Revoked.")
