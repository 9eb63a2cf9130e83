# The two commands of README.md: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Two stamps: `make run` needs the runtime requirements only; tests, lint and benches add the
# development ones (pytest, selenium, hypothesis, schemathesis, ruff).
STAMP := $(VENV)/.installed-runtime
DEV_STAMP := $(VENV)/.installed-dev
PORT ?= 8000

.PHONY: run test test-quick lint venv clean bench bench-compare bench-servers bench-peer bench-cpu bench-report bench-history bench-admin stress

venv: $(DEV_STAMP)

$(STAMP): requirements.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	@touch $(STAMP)

$(DEV_STAMP): $(STAMP) requirements-dev.txt
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $(DEV_STAMP)

# Serve the API on 127.0.0.1:$(PORT) with gunicorn: SQLite under var/ unless DATABASE_URL is set.
run: $(STAMP)
	@PORT=$(PORT) scripts/run-local

# The whole suite on a throwaway PostgreSQL and its streaming replica (or DATABASE_URL and
# DATABASE_REPLICA_URL), then the money movements on SQLite.
# The admin's browser test needs Debian's chromium and chromedriver: installed here when missing.
test: $(DEV_STAMP)
	scripts/ensure-chromium
	PG_REPLICA=1 scripts/with-postgres $(BIN)/pytest $(PYTEST_ARGS)
	BALANCE_TEST_SQLITE=1 SQLITE_PATH=$$(mktemp -d)/test.sqlite3 DATABASE_URL= $(BIN)/pytest ledger events $(PYTEST_ARGS)

# The quick suite for a developer's loop (under a minute): everything but the `slow` marker.
test-quick: $(DEV_STAMP)
	scripts/with-postgres $(BIN)/pytest -m "not slow" -q $(PYTEST_ARGS)

# The service under load against the raw-SQL ceiling, same run (a few minutes; not part of test).
bench: $(DEV_STAMP)
	bench/run

# The service at REF and the working tree side by side in one run, alternating (bench/compare.py).
bench-compare: $(STAMP)
	@test -n "$(REF)" || { echo "usage: make bench-compare REF=<git ref> [ARGS='--rounds 3']" >&2; exit 2; }
	bench/run bench/compare.py "$(REF)" $(ARGS)

# Web servers side by side (transfers, balance reads, slow clients; bench/servers.py).
bench-servers: $(STAMP)
	@command -v nginx >/dev/null || apt-get install -y --no-install-recommends nginx-light >/dev/null
	bench/run bench/servers.py $(ARGS)

# This service against a re-implementation of the reference peer (bench/peer/), alternating (bench/peer.py).
bench-peer: $(STAMP)
	bench/run bench/peer.py $(ARGS)

# Python CPU per request, in one process without the network (bench/cpu.py; ARGS="--profile transfer").
bench-cpu: $(DEV_STAMP)
	PG_DURABLE=1 scripts/with-postgres $(BIN)/python bench/cpu.py $(ARGS)

# The stress run with injected faults on a throwaway PostgreSQL (python -m balance_service.tests.stress --help).
OPERATIONS ?= 100000
stress: $(DEV_STAMP)
	PG_REPLICA=1 scripts/with-postgres $(BIN)/python -m balance_service.tests.stress --operations $(OPERATIONS) $(STRESS_ARGS)

lint: $(DEV_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# The monthly report on a month of 1,000,000 payments (a throwaway PostgreSQL; a few minutes).
bench-report: $(DEV_STAMP)
	scripts/with-postgres $(BIN)/python bench/report.py $(BENCH_ARGS)

# The back office's pages on 100,000 users and 1,000,000 transactions (a throwaway PostgreSQL; a few minutes).
bench-admin: $(DEV_STAMP)
	scripts/with-postgres $(BIN)/python bench/admin_pages.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache

# The history endpoint on a user with 1,000,000 entries (a throwaway PostgreSQL; a few minutes).
.PHONY: bench-history
bench-history: $(DEV_STAMP)
	scripts/with-postgres $(BIN)/python bench/history.py
