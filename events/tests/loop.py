"""`python -m events.tests.loop`: the events' share of the worker (`events.jobs.EventsJob`) in a
loop until killed, surviving database outages. The stress run starts a few and kills them now and
then; `run_worker` runs the same job in production."""

import time

import django

django.setup()

from django.db import DatabaseError, InterfaceError, connections  # noqa: E402 - after setup

from events.jobs import EventsJob  # noqa: E402


def main() -> None:
    job = EventsJob()
    while True:
        try:
            did = job.run_once()
        except (DatabaseError, InterfaceError):
            connections.close_all()
            did = 0
            time.sleep(0.2)
        time.sleep(0 if did else 0.05)


if __name__ == "__main__":
    main()
