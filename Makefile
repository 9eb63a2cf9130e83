# The two commands of README.md: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PORT ?= 8000

.PHONY: run test test-quick lint venv clean bench bench-cpu bench-report bench-history bench-admin stress

venv: $(STAMP)

$(STAMP): requirements.txt requirements-dev.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $(STAMP)

# Serve the API on 127.0.0.1:$(PORT) with gunicorn: SQLite under var/ unless DATABASE_URL is set.
run: $(STAMP)
	@PORT=$(PORT) scripts/run-local

# The whole suite on a throwaway PostgreSQL (or DATABASE_URL), then the money movements on SQLite.
# The admin's browser test needs Debian's chromium and chromedriver: installed here when missing.
test: $(STAMP)
	scripts/ensure-chromium
	scripts/with-postgres $(BIN)/pytest $(PYTEST_ARGS)
	BALANCE_TEST_SQLITE=1 SQLITE_PATH=$$(mktemp -d)/test.sqlite3 DATABASE_URL= $(BIN)/pytest ledger $(PYTEST_ARGS)

# The quick suite for a developer's loop (under a minute): everything but the `slow` marker.
test-quick: $(STAMP)
	scripts/with-postgres $(BIN)/pytest -m "not slow" -q $(PYTEST_ARGS)

# The service under load against the raw-SQL ceiling, same run (a few minutes; not part of test).
bench: $(STAMP)
	bench/run

# Python CPU per request, in one process without the network (bench/cpu.py; ARGS="--profile transfer").
bench-cpu: $(STAMP)
	PG_DURABLE=1 scripts/with-postgres $(BIN)/python bench/cpu.py $(ARGS)

# The stress run with injected faults on a throwaway PostgreSQL (python -m balance_service.tests.stress --help).
OPERATIONS ?= 100000
stress: $(STAMP)
	scripts/with-postgres $(BIN)/python -m balance_service.tests.stress --operations $(OPERATIONS) $(STRESS_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# The monthly report on a month of 1,000,000 payments (a throwaway PostgreSQL; a few minutes).
bench-report: $(STAMP)
	scripts/with-postgres $(BIN)/python bench/report.py $(BENCH_ARGS)

# The back office's pages on 100,000 users and 1,000,000 transactions (a throwaway PostgreSQL; a few minutes).
bench-admin: $(STAMP)
	scripts/with-postgres $(BIN)/python bench/admin_pages.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache

# The history endpoint on a user with 1,000,000 entries (a throwaway PostgreSQL; a few minutes).
.PHONY: bench-history
bench-history: $(STAMP)
	scripts/with-postgres $(BIN)/python bench/history.py
