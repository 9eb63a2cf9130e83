import io

import pytest
from django.contrib.auth import authenticate
from django.core.management import CommandError, call_command

from accounts.staff import ACCOUNTANTS_GROUP


def test_creates_a_staff_accountant_from_the_environment(db, monkeypatch):
    monkeypatch.setenv("ACCOUNTANT_PASSWORD", "correct-horse-battery-42")
    out = io.StringIO()
    call_command("create_accountant", "olga", stdout=out)
    user = authenticate(username="olga", password="correct-horse-battery-42")
    assert user is not None
    assert user.is_staff
    assert not user.is_superuser
    assert list(user.groups.values_list("name", flat=True)) == [ACCOUNTANTS_GROUP]
    assert user.has_perm("ledger.export_csv")
    assert not user.has_perm("ledger.change_transaction")
    assert "olga" in out.getvalue()


def test_asks_for_the_password_on_a_terminal(db, monkeypatch):
    monkeypatch.delenv("ACCOUNTANT_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    answers = iter(["correct-horse-battery-42", "correct-horse-battery-42"])
    monkeypatch.setattr("getpass.getpass", lambda prompt: next(answers))
    call_command("create_accountant", "olga", stdout=io.StringIO())
    assert authenticate(username="olga", password="correct-horse-battery-42") is not None


@pytest.mark.parametrize(
    ("password", "tty", "message"),
    [
        (None, False, "No password: set ACCOUNTANT_PASSWORD"),
        ("short", False, "Password refused"),
    ],
)
def test_refuses_without_a_good_password(db, monkeypatch, password, tty, message):
    if password is None:
        monkeypatch.delenv("ACCOUNTANT_PASSWORD", raising=False)
    else:
        monkeypatch.setenv("ACCOUNTANT_PASSWORD", password)
    monkeypatch.setattr("sys.stdin.isatty", lambda: tty)
    with pytest.raises(CommandError, match=message):
        call_command("create_accountant", "olga")
    from django.contrib.auth import get_user_model

    assert not get_user_model().objects.filter(username="olga").exists()


def test_refuses_an_existing_username(db, monkeypatch, accountant):
    monkeypatch.setenv("ACCOUNTANT_PASSWORD", "correct-horse-battery-42")
    with pytest.raises(CommandError, match="already exists"):
        call_command("create_accountant", accountant.username)
