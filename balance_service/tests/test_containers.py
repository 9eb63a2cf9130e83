"""The container files and the operations guide name only what exists: commands, settings and the
health endpoint. (No image is built here; this keeps the files honest without Docker.)"""

import os
import re
import subprocess
import sys
from pathlib import Path

import yaml
from django.core.management import get_commands
from django.urls import resolve

ROOT = Path(__file__).resolve().parents[2]
SETTINGS_SOURCES = [ROOT / "balance_service" / "settings.py", ROOT / "gunicorn.conf.py"]


def environment_read() -> set[str]:
    """Every variable the settings and gunicorn's configuration read from the environment."""
    pattern = r"""(?:environ\.get|env_bool|env_list|env_duration|environ\[)\(?["']([A-Z_]+)["']"""
    return {name for path in SETTINGS_SOURCES for name in re.findall(pattern, path.read_text())}


def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def compose_defaults(environment: dict) -> dict[str, str]:
    """`${NAME:-default}` -> default; `${NAME:?message}` and plain values as they are."""
    resolved = {}
    for name, value in environment.items():
        match = re.fullmatch(r"\$\{\w+:-([^}]*)\}", str(value))
        resolved[name] = match.group(1) if match else str(value)
    return resolved


def test_the_image_checks_its_health_on_an_existing_endpoint():
    dockerfile = (ROOT / "Dockerfile").read_text()
    healthcheck = re.search(r"^HEALTHCHECK (?:.*\\\n)*.*", dockerfile, re.MULTILINE)
    assert healthcheck, "the Dockerfile has no HEALTHCHECK"
    path = re.search(r"127\.0\.0\.1:%s(/\w+)", healthcheck.group(0)).group(1)
    assert resolve(path).func.__name__ == "healthz"
    assert 'CMD ["scripts/serve"]' in dockerfile
    assert (ROOT / "requirements.txt").name in dockerfile


def test_compose_sets_only_settings_the_service_reads():
    services = compose()["services"]
    known = environment_read()
    for name in ("migrate", "api"):
        unknown = set(services[name]["environment"]) - known
        assert not unknown, f"compose's {name} sets variables nothing reads: {unknown}"


def test_compose_defaults_serve_plain_http_so_the_admin_login_works_on_a_laptop(tmp_path):
    env = compose_defaults(compose()["services"]["api"]["environment"])
    env |= {"SECRET_KEY": "compose-check", "DATABASE_URL": "", "SQLITE_PATH": str(tmp_path / "db.sqlite3")}
    probe = (
        "from django.conf import settings as s; import django; django.setup(); "
        "print(s.SECURE_SSL_REDIRECT, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_HSTS_SECONDS)"
    )
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("SECURE_", "DEBUG", "DJANGO_"))}
    clean |= {"DJANGO_SETTINGS_MODULE": "balance_service.settings"}
    out = subprocess.run(  # noqa: S603 - this interpreter with a fixed script
        [sys.executable, "-c", probe], cwd=ROOT, env=clean | env, capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["False", "False", "False", "0"]


def test_commands_named_in_the_container_files_and_the_operations_guide_exist():
    commands = set(get_commands())
    texts = [
        (ROOT / name).read_text()
        for name in ("Dockerfile", "docker-compose.yml", "docs/operations.md", "README.md", "scripts/run-local")
    ]
    named = {command for text in texts for command in re.findall(r"manage\.py (\w+)", text)}
    assert {"migrate", "monthly_report", "verify_ledger", "purge_idempotency_keys"} <= named
    assert named <= commands, f"no such management command: {named - commands}"


def test_the_operations_guide_lists_every_setting_read_from_the_environment():
    guide = (ROOT / "docs" / "operations.md").read_text()
    missing = {name for name in environment_read() if f"| `{name}` |" not in guide}
    assert not missing, f"docs/operations.md does not list {sorted(missing)}"


def test_make_run_installs_the_runtime_requirements_only():
    # make from PATH with fixed arguments, as for `make test` itself
    plan = subprocess.run(
        ["make", "--dry-run", "--always-make", "run", "VENV=/nonexistent-venv"],  # noqa: S607
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "-r requirements.txt" in plan
    assert "requirements-dev.txt" not in plan
    assert not re.search(
        r"^(pytest|selenium|hypothesis|schemathesis|ruff)", (ROOT / "requirements.txt").read_text(), re.M
    )


def test_a_normal_start_on_sqlite_prints_no_warning(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env |= {"SECRET_KEY": "start-check", "SQLITE_PATH": str(tmp_path / "db.sqlite3")}
    env |= {"DJANGO_SETTINGS_MODULE": "balance_service.settings"}
    out = subprocess.run(
        [sys.executable, "manage.py", "migrate", "--no-input", "-v", "0"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "WARNING" not in out.stdout + out.stderr, out.stdout + out.stderr
