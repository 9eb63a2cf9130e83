# The two commands of README.md: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PORT ?= 8000

.PHONY: run test test-postgres test-sqlite lint venv clean stress

venv: $(STAMP)

$(STAMP): requirements.txt requirements-dev.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $(STAMP)

# Serve the API on 127.0.0.1:$(PORT) with gunicorn: SQLite under var/ unless DATABASE_URL is set.
run: $(STAMP)
	@PORT=$(PORT) scripts/run-local

# The whole suite on a throwaway PostgreSQL (or DATABASE_URL), then the money movements on SQLite.
test: $(STAMP)
	scripts/with-postgres $(BIN)/pytest $(PYTEST_ARGS)
	BALANCE_TEST_SQLITE=1 SQLITE_PATH=$$(mktemp -d)/test.sqlite3 DATABASE_URL= $(BIN)/pytest ledger $(PYTEST_ARGS)

# The stress run with injected faults on a throwaway PostgreSQL (scripts/stress.py --help).
OPERATIONS ?= 20000
stress: $(STAMP)
	scripts/with-postgres $(BIN)/python scripts/stress.py --operations $(OPERATIONS) $(STRESS_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache
