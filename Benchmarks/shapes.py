#!/usr/bin/env python3
"""Hostile graph shapes at scale: write each shape as an inventory, run every
analysis command on it, and print a Markdown table of what happened.

    make build && python3 Benchmarks/shapes.py        # .build/release/cleave, into .build/shapes
    python3 Benchmarks/shapes.py --scale 0.01 ...      # the same shapes, smaller

The shapes (the README's Limits table gives the figures):
  hub    one item that 200,000 others depend on
  chain  1,000,000 items, each depending on the next
  mesh   2,000 items each depending on all of 2,000 others (4,000,000 edges)
  cycle  100,000 items in one dependency cycle

Every command runs with a time limit (--limit, 120 s by default); a command
that is stopped by it, or exits with a crash, is reported as such.  Peak memory
is the child's maximum resident set, from the kernel.
"""

import argparse
import os
import subprocess
import sys
import threading
import time

ITEMS_PER_FILE = 20_000


def header(name, parties=("P1", "P2")):
    lines = [
        f"# Hostile shape: {name}",
        "estate:",
        f"  name: {name}",
        "  currency: GBP",
        "  asOf: 2026-01-01",
        "  defaults: {duplicateCost: 1000, severCost: 2500}",
        "parties:",
    ]
    lines += [f"  - {{id: {p}, name: Party {p}}}" for p in parties]
    lines += ["areas:", "  - {id: core, name: Core, lead: P1}"]
    return "\n".join(lines) + "\n"


OPTIONS = """options:
  - {id: apart, name: P1 leaves, separate: [P1], default: split, targetDate: 2028-03-31}
  - {id: together, name: Status quo, separate: [P1], default: shared}
"""


def system(ident, users, depends):
    deps = ", ".join(f"{{id: {d}, via: integration}}" for d in depends)
    return (f"  - {{id: {ident}, name: System {ident}, area: core, users: [{users}], "
            f"dependsOn: [{deps}], annualCost: 1000, split: {{strategy: clone, oneOffCost: 500}}}}\n")


def write_shape(folder, name, rows):
    """rows: an iterator of (id, users, depends); written ITEMS_PER_FILE to a file."""
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "estate.yaml"), "w") as f:
        f.write(header(name))
    with open(os.path.join(folder, "options.yaml"), "w") as f:
        f.write(OPTIONS)
    batch, size, number, count = [], 0, 0, 0
    def flush():
        nonlocal batch, size, number
        if batch:
            number += 1
            with open(os.path.join(folder, f"systems-{number:04d}.yaml"), "w") as f:
                f.write("systems:\n")
                f.writelines(batch)
            batch, size = [], 0
    for ident, users, depends in rows:
        line = system(ident, users, depends)
        batch.append(line)
        size += len(line)
        count += 1
        # Files stay under the loader's 32 MiB cap (a mesh row is 60 KB).
        if len(batch) >= ITEMS_PER_FILE or size > 24 << 20:
            flush()
    flush()
    return count


def users_of(i):
    return ("P1", "P2", "P1, P2")[i % 3]


def hub(n):
    yield "hub", "P1, P2", []
    for i in range(n):
        yield f"h{i:07d}", users_of(i), ["hub"]


def chain(n):
    for i in range(n):
        yield f"c{i:07d}", users_of(i), [f"c{i + 1:07d}"] if i + 1 < n else []


def mesh(n):
    providers = [f"p{j:05d}" for j in range(n)]
    for j in range(n):
        yield providers[j], users_of(j), []
    for i in range(n):
        yield f"m{i:05d}", users_of(i), providers


def cycle(n):
    for i in range(n):
        yield f"y{i:07d}", users_of(i), [f"y{(i + 1) % n:07d}"]


SHAPES = {
    "hub": (hub, 200_000, "hub", "a hub with 200,000 dependents"),
    "chain": (chain, 1_000_000, "c0000000", "a chain of 1,000,000 items"),
    "mesh": (mesh, 2_000, "p00000", "a 2,000 × 2,000 mesh (4,000,000 edges)"),
    "cycle": (cycle, 100_000, "y0000000", "a cycle of 100,000 items"),
}


def commands(folder, focus, out):
    return [
        ("validate", ["validate", folder]),
        ("entanglement", ["entanglement", folder]),
        ("options", ["options", folder]),
        ("blockers", ["blockers", folder, "--option", "apart"]),
        ("plan", ["plan", folder, "--separate", "P1"]),
        ("impact", ["impact", folder, focus]),
        ("costs", ["costs", folder, "--option", "apart"]),
        ("roadmap", ["roadmap", folder, "--option", "apart", "--summary"]),
        ("case", ["case", folder, "--option", "apart"]),
        ("render", ["render", folder, "-o", os.path.join(out, "estate.svg"), "--force"]),
        ("report", ["report", folder, "-o", os.path.join(out, "report.html"), "--force"]),
    ]


def run_one(cleave, argv, limit):
    """Runs one command, killed at `limit` seconds; its own peak memory from os.wait4."""
    start = time.monotonic()
    proc = subprocess.Popen([cleave] + argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stopped = threading.Event()
    def stop():
        stopped.set()
        proc.kill()
    timer = threading.Timer(limit, stop)
    timer.start()
    err = proc.stderr.read()  # to the end: the child has exited, or was killed
    _, status, usage = os.wait4(proc.pid, 0)
    timer.cancel()
    proc.returncode = os.waitstatus_to_exitcode(status)
    outcome = "limit" if stopped.is_set() else proc.returncode
    return time.monotonic() - start, outcome, err.decode("utf-8", "replace"), usage.ru_maxrss * 1024


def describe(outcome, err):
    if outcome == "limit":
        return "stopped at the time limit"
    if isinstance(outcome, int) and outcome < 0:
        return f"crashed (signal {-outcome})"
    lines = [l for l in err.splitlines() if "error" in l or "refus" in l]
    note = (" — " + lines[0][:90]) if lines else ""
    return f"exit {outcome}{note}"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cleave", default=".build/release/cleave")
    parser.add_argument("--work", default=".build/shapes")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply each shape's size")
    parser.add_argument("--limit", type=float, default=120.0, help="seconds a command may take")
    parser.add_argument("--shapes", default=",".join(SHAPES), help="which shapes, comma-separated")
    parser.add_argument("--commands", default="", help="only these commands, comma-separated")
    args = parser.parse_args()

    if not os.access(args.cleave, os.X_OK):
        raise SystemExit(f"no cleave at {args.cleave}: build it first (make build), or give --cleave PATH")
    wanted = set(filter(None, args.commands.split(",")))
    print("| shape | command | outcome | wall time | peak memory |")
    print("|---|---|---|---|---|")
    for name in args.shapes.split(","):
        make, size, focus, title = SHAPES[name]
        if args.scale != 1.0:
            size = max(3, int(size * args.scale))
            title = f"{name} of {size:,}"
        folder = os.path.join(args.work, name)
        out = os.path.join(args.work, name + "-out")
        os.makedirs(out, exist_ok=True)
        if not os.path.exists(os.path.join(folder, "estate.yaml")):
            started = time.monotonic()
            count = write_shape(folder, name, make(size))
            print(f"wrote {name}: {count} items in {time.monotonic() - started:.1f} s",
                  file=sys.stderr, flush=True)
        for label, argv in commands(folder, focus, out):
            if wanted and label not in wanted:
                continue
            wall, outcome, err, peak = run_one(args.cleave, argv, args.limit)
            print(f"| {title} | `{label}` | {describe(outcome, err)} | {wall:.1f} s | "
                  f"{peak / 2**20:.0f} MiB |", flush=True)


if __name__ == "__main__":
    main()
