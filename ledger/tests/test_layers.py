"""The layering rules of docs/architecture.md, checked on the source: a change that breaks one
fails here, not in a reviewer's head."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
API_LAYER = ["ledger/views.py", "ledger/operations.py", "ledger/batch.py", "ledger/respond.py", "ledger/serializers.py"]


def imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", sorted((ROOT / "ledger/services").glob("*.py")), ids=lambda p: p.name)
def test_the_services_speak_no_http(path):
    assert not {name for name in imports(path) if name.split(".")[0] in {"rest_framework", "drf_spectacular"}}


@pytest.mark.parametrize("path", API_LAYER)
def test_the_api_layer_takes_no_lock(path):
    assert "ledger.services.locks" not in imports(ROOT / path)
    assert "ledger.sql" not in imports(ROOT / path)


def test_hand_written_sql_lives_in_one_module():
    offenders = []
    for path in [path for app in ("ledger", "reports", "accounts", "events") for path in ROOT.glob(f"{app}/**/*.py")]:
        if "tests" in path.parts or "migrations" in path.parts or path.parent.name == "sql":
            continue
        text = path.read_text()
        if ".raw(" in text or "cursor.execute(" in text:
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == ["ledger/respond.py"]  # its advisory lock: a function call, not a query of the books


def test_no_module_is_over_400_lines():
    long = {
        str(path.relative_to(ROOT)): len(path.read_text().splitlines())
        for folder in ("accounts", "ledger", "reports", "balance_service", "events")
        for path in (ROOT / folder).rglob("*.py")
        if "migrations" not in path.parts and "tests" not in path.parts
    }
    assert {name: lines for name, lines in long.items() if lines > 400} == {}


def test_the_books_import_nothing_of_the_apps_that_read_them():
    """`events` reads the books' events; the ledger writes them and imports nothing of it (the
    worker names its job in settings)."""
    offenders = {
        str(path.relative_to(ROOT))
        for path in ROOT.glob("ledger/**/*.py")
        if "tests" not in path.parts and any(name.split(".")[0] in {"events", "reports"} for name in imports(path))
    }
    assert offenders == set()
