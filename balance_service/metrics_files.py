"""The gunicorn master's bookkeeping of the metrics folder (PROMETHEUS_MULTIPROC_DIR).

Each worker counts in files of its own (`counter_<pid>.db`, `histogram_<pid>.db`, ...), and a
counter's files must outlive its worker, or the totals would drop. gunicorn recycles workers
(`max_requests`), so left alone the folder would gain files without end and every scrape would
read them all. When a worker exits, its counters and histograms are added into one archive file
per kind and its files removed; its live gauges are dropped as prometheus_client prescribes.

Only prometheus_client here: the master does not load Django.
"""

from pathlib import Path

from prometheus_client import multiprocess
from prometheus_client.mmap_dict import MmapedDict

KINDS = ("counter", "histogram")


def worker_retired(*, directory: str, pid: int) -> None:
    multiprocess.mark_process_dead(pid, directory)
    for kind in KINDS:
        dead = Path(directory) / f"{kind}_{pid}.db"
        if not dead.exists():
            continue
        archive = MmapedDict(str(Path(directory) / f"{kind}_archive.db"))
        try:
            for key, value, timestamp, _ in MmapedDict.read_all_values_from_file(str(dead)):
                total, _ = archive.read_value(key)
                archive.write_value(key, total + value, timestamp)
        finally:
            archive.close()
        dead.unlink()
