"""The accountants: the "Accountants" group of the back office and its members.

Accountants see the books and may rename services, export CSV and open the monthly report;
nothing else. The group is created by migration ledger/0004 and again after every migrate or
test flush (see `LedgerConfig.ready`), so it always exists with exactly these permissions.
"""

from django.apps import apps as global_apps
from django.contrib.auth import get_user_model
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import AbstractUser
from django.contrib.auth.password_validation import validate_password
from django.db import DEFAULT_DB_ALIAS, transaction

ACCOUNTANTS_GROUP = "Accountants"

# (app_label, codename). Money rows: view only. Services: the name may be changed.
# The report permission lives in ledger because reports has no models (a permission needs one).
ACCOUNTANT_PERMISSIONS = [
    ("ledger", "view_account"),
    ("ledger", "view_transaction"),
    ("ledger", "view_entry"),
    ("ledger", "view_reservation"),
    ("ledger", "view_service"),
    ("ledger", "change_service"),
    ("ledger", "export_csv"),
    ("ledger", "view_monthly_report"),
]


def accountants_group_ensure(*, apps=global_apps, using: str = DEFAULT_DB_ALIAS):
    """Create the group if missing and set its permissions to exactly ACCOUNTANT_PERMISSIONS.

    `apps` is the migration state's registry inside a migration, the real one elsewhere.
    """
    ledger_config = apps.get_app_config("ledger")
    if getattr(ledger_config, "models_module", None) is None:  # a migration state: permissions may be missing
        ledger_config.models_module = True
    create_permissions(ledger_config, verbosity=0, using=using, apps=apps)
    group_model = apps.get_model("auth", "Group")
    permission_model = apps.get_model("auth", "Permission")
    group, _ = group_model.objects.using(using).get_or_create(name=ACCOUNTANTS_GROUP)
    wanted = {codename for app_label, codename in ACCOUNTANT_PERMISSIONS if app_label == "ledger"}
    permissions = permission_model.objects.using(using).filter(content_type__app_label="ledger", codename__in=wanted)
    group.permissions.set(permissions)
    return group


@transaction.atomic
def accountant_create(*, username: str, password: str) -> AbstractUser:
    """A new staff user (not a superuser) in the Accountants group.

    Raises django.core.exceptions.ValidationError when the password fails the validators, and
    ValueError when the username is taken or empty.
    """
    user_model = get_user_model()
    if not username:
        raise ValueError("The username must not be empty.")
    if user_model.objects.filter(username=username).exists():
        raise ValueError(f"A user named {username!r} already exists.")
    user = user_model(username=username, is_staff=True)
    validate_password(password, user)
    user.set_password(password)
    user.save()
    user.groups.add(accountants_group_ensure())
    return user
