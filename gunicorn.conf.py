"""gunicorn settings; the environment can override each (WEB_CONCURRENCY, GUNICORN_TIMEOUT,
GUNICORN_ACCESS_LOG, PROMETHEUS_MULTIPROC_DIR, LOG_FORMAT, LOG_LEVEL)."""

import multiprocessing
import os
import shutil
import tempfile
from pathlib import Path

from balance_service import logs

workers = int(os.environ.get("WEB_CONCURRENCY") or multiprocessing.cpu_count() * 2 + 1)
os.environ["WEB_CONCURRENCY"] = str(workers)  # the workers' settings divide rate limits by it
worker_class = "sync"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = 20
max_requests = 20000
max_requests_jitter = 2000
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")

# Logs: JSON lines on standard output (LOG_FORMAT=text for a terminal), the access log on unless
# GUNICORN_ACCESS_LOG=off; the same configuration as Django's (balance_service/logs.py).
accesslog = None if os.environ.get("GUNICORN_ACCESS_LOG", "-").lower() in {"off", "0", "no", ""} else "-"
errorlog = "-"
logger_class = "balance_service.logs.GunicornLogger"
logconfig_dict = logs.config()

# Metrics: every worker writes its counters under PROMETHEUS_MULTIPROC_DIR and a scrape adds them
# up. The folder is emptied when gunicorn starts, so no figure of an earlier run is added in;
# without one, each gunicorn gets a temporary folder of its own, removed when it stops.
_own_metrics_dir = not os.environ.get("PROMETHEUS_MULTIPROC_DIR")
if _own_metrics_dir:
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="balance-metrics-")


def on_starting(server) -> None:
    metrics_dir = Path(os.environ["PROMETHEUS_MULTIPROC_DIR"])
    shutil.rmtree(metrics_dir, ignore_errors=True)
    metrics_dir.mkdir(mode=0o700, parents=True)


def on_exit(server) -> None:
    if _own_metrics_dir:
        shutil.rmtree(os.environ["PROMETHEUS_MULTIPROC_DIR"], ignore_errors=True)


def child_exit(server, worker) -> None:
    """A worker's counters go into the folder's archive files: recycled workers leave nothing behind."""
    from balance_service.metrics_files import worker_retired

    worker_retired(directory=os.environ["PROMETHEUS_MULTIPROC_DIR"], pid=worker.pid)
