"""Query-string filters of the history (django-filter)."""

import django_filters

from balance_service.fields import StorableIsoDateTimeField
from ledger.models import Account, Entry, Transaction


class StorableIsoDateTimeFilter(django_filters.IsoDateTimeFilter):
    field_class = StorableIsoDateTimeField


class EntryFilter(django_filters.FilterSet):
    """Filters one user's entries: `type` (of the transaction), `account` (available or
    reserved), `created_after` (inclusive) and `created_before` (exclusive), a half-open
    range so that consecutive windows never overlap. Times without an offset are read in the
    business time zone (settings.TIME_ZONE); offsets of 16:00 or more are refused."""

    type = django_filters.ChoiceFilter(field_name="transaction__type", choices=Transaction.Type.choices)
    account = django_filters.ChoiceFilter(
        choices=[(kind.value, kind.label) for kind in Account.USER_KINDS], method="filter_account"
    )
    created_after = StorableIsoDateTimeFilter(field_name="created_at", lookup_expr="gte")
    created_before = StorableIsoDateTimeFilter(field_name="created_at", lookup_expr="lt")

    class Meta:
        model = Entry
        fields = ["type", "account", "created_after", "created_before"]

    def __init__(self, data=None, queryset=None, *, user_id: int, **kwargs):
        super().__init__(data, queryset, **kwargs)
        self.user_id = user_id

    def filter_account(self, queryset, name, value):
        # `account_id = (SELECT ...)`: PostgreSQL runs the subquery once, then reads the
        # account's own (account, created_at, id) or (account, abs(amount), id) index.
        account = Account.objects.filter(user_id=self.user_id, kind=value).values("id")[:1]
        return queryset.filter(account_id=account)
