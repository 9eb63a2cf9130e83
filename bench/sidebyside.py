"""Several servers measured in one run, alternating: the loop and the table shared by
`make bench-compare` (a commit against the working tree), bench/servers.py (web servers) and
`make bench-peer` (this service against a peer)."""

from typing import NamedTuple

import harness


class Scenario(NamedTuple):
    name: str
    script: str  # in bench/lua/
    clients: int
    env: dict  # extra wrk environment (BENCH_BATCH, ...)
    per_request: int = 1  # operations per request
    longer: float = 1  # runs this many times the usual seconds (a batch of 1,000 takes seconds)


def alternate(
    servers: dict[str, harness.Server], scenarios: list[Scenario], rounds: int, seconds: float, warmup: float, **env
) -> dict[tuple[str, str], list[dict]]:
    """Each round runs every scenario on every server, one after the other, each run after its own
    warm-up; the order of the servers rotates from one scenario to the next, so none always goes
    first, and each round starts one further along than the round before (with two servers, each
    goes first in every other round of every scenario).
    Returns {(scenario, server): [result of each round]} (see harness.measure)."""
    names = list(servers)
    results: dict[tuple[str, str], list[dict]] = {}
    for round_ in range(rounds):
        for index, scenario in enumerate(scenarios):
            step = (round_ + index) % len(names)
            order = names[step:] + names[:step]
            for name in order:
                result = harness.measure(
                    servers[name],
                    scenario.script,
                    scenario.clients,
                    seconds * scenario.longer,
                    warmup * scenario.longer,
                    scenario.per_request,
                    **{**env, **scenario.env},
                )
                results.setdefault((scenario.name, name), []).append(result)
                errors = f", {result['errors']} errors" if result["errors"] else ""
                print(
                    f"  round {round_ + 1} {scenario.name} @{scenario.clients} {name}: {result['ops']:.0f} ops/s, "
                    f"p99 {result['p99_ms']:.1f} ms, server CPU {result['cpu_ms']:.2f} ms/op{errors}; "
                    f"{result['load'].text()}",
                    flush=True,
                )
    return results


def table(results: dict[tuple[str, str], list[dict]], scenarios: list[Scenario], names: list[str], base: str) -> None:
    """Medians per scenario and server, and each other server's ops/s as a ratio of `base`'s: the
    ratio of the medians, and the median of the ratios of each round (the two servers of a round
    ran within the same minute, so a machine that speeds up or slows down during the run moves
    the second less)."""
    others = [n for n in names if n != base]
    print(
        f"\nMedians of every round; ratios of ops/s to {base}'s, of the medians and per round (their median, "
        f"then each round's). {harness.NOTE}\n"
    )
    header = ["scenario", "clients"]
    header += [f"{n} ops/s" for n in names] + [f"{n}/{base}" for n in others]
    header += [f"{n}/{base} per round" for n in others]
    header += [f"{n} p99 ms" for n in names] + [f"{n} server CPU ms/op" for n in names] + ["errors"]
    print("| " + " | ".join(header) + " |")
    print("|---|" + "---:|" * (len(header) - 1))
    for scenario in scenarios:
        runs = {n: results[(scenario.name, n)] for n in names}
        med = {n: {k: harness.median([r[k] for r in runs[n]]) for k in ("ops", "p99_ms", "cpu_ms")} for n in names}
        cells = [scenario.name, str(scenario.clients)]
        cells += [f"{med[n]['ops']:.0f}" for n in names]
        cells += [f"{med[n]['ops'] / med[base]['ops']:.2f}" if med[base]["ops"] else "-" for n in others]
        cells += [_per_round(runs[n], runs[base]) for n in others]
        cells += [f"{med[n]['p99_ms']:.1f}" for n in names] + [f"{med[n]['cpu_ms']:.2f}" for n in names]
        cells.append(str(sum(r["errors"] for n in names for r in runs[n])))
        print("| " + " | ".join(cells) + " |")


def _per_round(runs: list[dict], base_runs: list[dict]) -> str:
    """The median of the rounds' ratios, then each: "1.94 (2.18, 1.68, 1.98)"."""
    ratios = [run["ops"] / base["ops"] for run, base in zip(runs, base_runs, strict=True) if base["ops"]]
    if not ratios:
        return "-"
    return f"{harness.median(ratios):.2f} ({', '.join(f'{r:.2f}' for r in ratios)})"
