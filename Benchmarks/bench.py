#!/usr/bin/env python3
"""Cleave's benchmarks: generate estates, check Cleave's answers against the Python reference
pipeline (python/cleave_py.py), time both, and write RESULTS.md.

Every case runs one warm-up (whose output is the one checked) and then RUNS timed runs. Where
a case has a Python counterpart the two run in turn (A B A B ...) and the ratio is taken pair
by pair, so a drift in the machine's speed during the run moves both sides alike. Each run is
one process, timed from start to exit with a monotonic clock; its peak memory is the kernel's
own figure for that process (wait4's ru_maxrss). Medians are quoted; min and max show the
spread.

Run it through `make bench` (which builds Cleave and installs what this needs), or:
  python3 Benchmarks/bench.py --sizes "1000 10000" --runs 5
"""

import argparse
import datetime
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time

import serve_load

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PYTHON_PIPELINE = os.path.join(HERE, "python", "cleave_py.py")

# (name, cleave arguments, Python arguments or None). The estate's path goes after the verb.
CASES = [
    ("validate", ["validate"], None),
    ("entanglement", ["entanglement", "--format", "json"], ["entanglement"]),
    ("options", ["options", "--format", "json"], ["options"]),
    ("plan", ["plan", "--separate", "P01", "--format", "json"], ["plan", "--separate", "P01"]),
    ("plan-shared", ["plan", "--separate", "P01", "--share-unsplittable", "--format", "json"],
     ["plan", "--separate", "P01", "--share-unsplittable"]),
    # Costs by party and the roadmap (SPEC 1.1 §4.5, §4.6): Cleave alone, held to the
    # options target.
    ("costs", ["costs", "--option", "full", "--format", "json"], None),
    ("roadmap", ["roadmap", "--option", "full", "--format", "json"], None),
    # The business case (SPEC 1.2 §4.7): Cleave alone, held to the roadmap's target.
    ("case", ["case", "--option", "full", "--format", "json"], None),
]


class Run:
    def __init__(self, seconds, peak_kib, status, output):
        self.seconds, self.peak_kib, self.status, self.output = seconds, peak_kib, status, output


def run(argv, keep_output=False):
    """One process: wall seconds, peak resident memory (KiB), exit status, output if kept."""
    out = subprocess.PIPE if keep_output else subprocess.DEVNULL
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=out, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    output = process.stdout.read() if keep_output else None
    _pid, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    return Run(seconds, usage.ru_maxrss, process.returncode, output)


class Series:
    def __init__(self):
        self.runs = []

    def add(self, r):
        self.runs.append(r)

    @property
    def seconds(self):
        return [r.seconds for r in self.runs]

    @property
    def median(self):
        return statistics.median(self.seconds)

    @property
    def peak_kib(self):
        return max(r.peak_kib for r in self.runs)


def machine():
    model = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    memory = "unknown"
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemTotal"):
                    memory = "%.1f GiB" % (int(line.split()[1]) / 1024 / 1024)
    except OSError:
        pass
    try:
        load = "%.2f %.2f %.2f" % os.getloadavg()
    except OSError:
        load = "unknown"

    def version(argv):
        try:
            return subprocess.run(argv, capture_output=True, text=True).stdout.strip().splitlines()[0]
        except (OSError, IndexError):
            return "unknown"

    import networkx
    import yaml
    return {
        "cores": str(os.cpu_count()),
        "cpu": model,
        "memory": memory,
        "system": "%s %s" % (platform.system(), platform.release()),
        "load at start (1, 5, 15 min)": load,
        "swift": version(["swift", "--version"]),
        "python": platform.python_version(),
        "PyYAML": "%s (C loader: %s)" % (yaml.__version__, yaml.__with_libyaml__),
        "networkx": networkx.__version__,
    }


def generate(cleave, items, parties, folder):
    stamp = os.path.join(folder, ".bench-stamp")
    wanted = "%d %d" % (items, parties)
    if os.path.exists(stamp) and open(stamp).read() == wanted:
        return
    subprocess.run([cleave, "generate", "--items", str(items), "--parties", str(parties), "-o", folder],
                   check=True, stdout=subprocess.DEVNULL)
    with open(stamp, "w") as f:
        f.write(wanted)


def estate_size(folder):
    count, total = 0, 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            if name.endswith(".yaml"):
                count += 1
                total += os.path.getsize(os.path.join(root, name))
    return count, total


def same_answers(case, cleave_json, python_json):
    """The differences between Cleave's and the Python pipeline's answers (empty when equal)."""
    a, b = json.loads(cleave_json), json.loads(python_json)
    problems = []
    if case == "entanglement":
        if a["summary"] != b["summary"]:
            problems.append("summary %s != %s" % (a["summary"], b["summary"]))
        needs = {x["id"]: x["needs"] for x in a["items"]}
        other = {x["id"]: x["needs"] for x in b["items"]}
        wrong = [i for i in needs if needs[i] != other.get(i)]
        if wrong or len(needs) != len(other):
            problems.append("needs differ for %d items, e.g. %s" % (len(wrong), wrong[:3]))
    elif case == "options":
        theirs = {o["id"]: o for o in b["options"]}
        if sorted(theirs) != sorted(o["id"] for o in a["options"]):
            problems.append("option ids differ")
        for o in a["options"]:
            for key, value in theirs.get(o["id"], {}).items():
                if isinstance(value, float) and abs(value - o[key]) <= 1e-6 * max(1, abs(value)):
                    continue
                if o[key] != value:
                    problems.append("%s.%s: cleave %s, python %s" % (o["id"], key, o[key], value))
    else:
        for key in ("bloc", "feasible", "cost"):
            x, y = a[key], b[key]
            if isinstance(x, (int, float)) and isinstance(y, (int, float)) and abs(x - y) < 1e-6:
                continue
            if x != y:
                problems.append("%s: cleave %s, python %s" % (key, x, y))
    return problems


def fmt_seconds(s):
    return "%.3f" % s if s < 10 else "%.1f" % s


def fmt_series(series):
    xs = series.seconds
    return "%s (%s–%s)" % (fmt_seconds(statistics.median(xs)), fmt_seconds(min(xs)), fmt_seconds(max(xs)))


def fmt_mib(kib):
    return "%.0f MiB" % (kib / 1024)


def bench_size(args, items, log):
    folder = os.path.join(args.work, "estate-%d" % items)
    log("== %d items: generating %s" % (items, folder))
    generate(args.cleave, items, args.parties, folder)
    files, size = estate_size(folder)
    with_python = items <= args.python_max
    py_runs = args.py_runs if items < 100_000 else min(args.py_runs, args.py_runs_large)
    runs = args.runs if items < 1_000_000 else args.runs_million
    results = {"items": items, "files": files, "bytes": size, "cases": {}}
    for name, cleave_args, python_args in CASES:
        cleave_argv = [args.cleave, cleave_args[0], folder] + cleave_args[1:]
        python_argv = ([sys.executable, PYTHON_PIPELINE, python_args[0], folder] + python_args[1:]
                       if python_args and with_python else None)
        # The warm-up runs give the answers that are checked; without Python (1,000,000
        # items) there is nothing to check and no warm-up, which would take minutes.
        if python_argv:
            warm = run(cleave_argv, keep_output=True)
            if warm.status not in (0, 1):
                raise SystemExit("cleave %s failed on %s (exit %d)" % (name, folder, warm.status))
        case = {"cleave": Series(), "python": Series() if python_argv else None, "ratios": [], "check": None}
        if python_argv:
            py_warm = run(python_argv, keep_output=True)
            if py_warm.status != 0:
                raise SystemExit("the Python pipeline failed on %s %s" % (name, folder))
            problems = same_answers(name, warm.output, py_warm.output)
            if problems:
                raise SystemExit("Cleave and the Python pipeline disagree on %s at %d items:\n  %s"
                                 % (name, items, "\n  ".join(problems[:20])))
            case["check"] = "same answers"
            case["python_warm"] = py_warm
        for k in range(max(runs, py_runs if python_argv else 0)):
            if k < runs:
                a = run(cleave_argv)
                if a.status not in (0, 1):
                    raise SystemExit("cleave %s failed on %s (exit %d)" % (name, folder, a.status))
                case["cleave"].add(a)
            if python_argv and k < py_runs:
                b = run(python_argv)
                case["python"].add(b)
                if k < runs:
                    case["ratios"].append(b.seconds / a.seconds)
        line = "   %-13s cleave %s s, peak %s" % (name, fmt_series(case["cleave"]), fmt_mib(case["cleave"].peak_kib))
        if python_argv:
            line += "; python %s s; ×%.1f; %s" % (fmt_series(case["python"]), statistics.median(case["ratios"]),
                                                    case["check"])
        log(line)
        results["cases"][name] = case
    return results


def bench_render(args, log):
    """In-process Graphviz layout against the `dot` command on the same DOT text."""
    dot = shutil.which("dot")
    if not dot:
        log("== render: no `dot` command; skipped")
        return None
    items = min(args.sizes)
    folder = os.path.join(args.work, "estate-%d" % items)
    dot_file = os.path.join(args.work, "estate-%d.dot" % items)
    svg_file = os.path.join(args.work, "estate-%d.svg" % items)
    results = []
    for view in ("entanglement", "estate"):
        subprocess.run([args.cleave, "render", folder, "--view", view, "--format", "dot", "-o", dot_file],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # A: Cleave lays the map out in-process. B: Cleave writes the DOT, the `dot` command lays
        # it out. Both start from the inventory, so the difference is the layout alone.
        a_argv = [args.cleave, "render", folder, "--view", view, "--format", "svg", "-o", svg_file]
        b_argv = ["sh", "-c", '"$0" render "$1" --view "$2" --format dot -o "$3" && "$4" -Tsvg "$3" -o "$5"',
                  args.cleave, folder, view, dot_file, dot, svg_file]
        a, b, ratios = Series(), Series(), []
        run(a_argv), run(b_argv)
        for _ in range(args.runs):
            x, y = run(a_argv), run(b_argv)
            a.add(x), b.add(y)
            ratios.append(y.seconds / x.seconds)
        log("== render %s (%d items): cleave %s s, dot %s s, dot/cleave ×%.2f"
            % (view, items, fmt_series(a), fmt_series(b), statistics.median(ratios)))
        results.append((view, items, a, b, statistics.median(ratios)))
    return results


def write_results(args, info, sizes, render, path, command, serve=None):
    lines = ["# Cleave benchmarks", "",
             "Written by `Benchmarks/bench.py` (run by `make bench`); do not edit by hand.", "",
             "- command: `%s`" % command,
             "- date: %s UTC" % datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M"),
             "- runs per case: %d after one warm-up (Python: %d, %d from 100,000 items); 1,000,000 items: %d, no warm-up"
             % (args.runs, args.py_runs, min(args.py_runs, args.py_runs_large), args.runs_million),
             "- times are wall seconds, whole process, as `median (min–max)`; peak is the largest resident"
             " set of any run; ratio is the median of Python/Cleave over paired runs", ""]
    lines += ["## Machine", "", "| | |", "|---|---|"]
    lines += ["| %s | %s |" % (k, v) for k, v in info.items()]
    lines += ["", "The machine is shared: other jobs may have run at the same time. Ratios are the figures to"
              " trust; absolute times are an upper bound.", ""]

    for result in sizes:
        lines += ["## %s items (%d files, %.1f MB)" % (format(result["items"], ","), result["files"],
                                                     result["bytes"] / 1e6), "",
                  "| case | Cleave s | Cleave peak | Python s | Python peak | Python / Cleave | answers |",
                  "|---|---|---|---|---|---|---|"]
        for name, case in result["cases"].items():
            row = [name, fmt_series(case["cleave"]), fmt_mib(case["cleave"].peak_kib)]
            if case["python"]:
                row += [fmt_series(case["python"]), fmt_mib(case["python"].peak_kib),
                        "×%.1f" % statistics.median(case["ratios"]), case["check"]]
            else:
                row += ["–", "–", "–", "–"]
            lines.append("| " + " | ".join(row) + " |")
        lines.append("")

    if sizes:
        names = list(sizes[0]["cases"])
        lines += ["## Growth", "", "Median seconds; in brackets, the factor over the size before.", "",
                  "| items | " + " | ".join(names) + " | peak (largest case) |",
                  "|---|" + "---|" * (len(names) + 1)]
        previous = None
        for result in sizes:
            cells = []
            for name in names:
                m = result["cases"][name]["cleave"].median
                cell = fmt_seconds(m)
                if previous:
                    cell += " (×%.1f)" % (m / previous["cases"][name]["cleave"].median)
                cells.append(cell)
            peak = max(c["cleave"].peak_kib for c in result["cases"].values())
            lines.append("| %s | %s | %s |" % (format(result["items"], ","), " | ".join(cells), fmt_mib(peak)))
            previous = result
        lines.append("")

    lines += ["## Targets (issue #15)", "", "| target | measured | met |", "|---|---|---|"]

    def target(label, value, limit, unit, ok=None):
        met = (value <= limit) if ok is None else ok
        lines.append("| %s | %s | %s |" % (label, unit % value, "yes" if met else "no"))

    by_items = {r["items"]: r for r in sizes}
    if 100_000 in by_items:
        r = by_items[100_000]["cases"]
        target("100k validate ≤ 1.0 s", r["validate"]["cleave"].median, 1.0, "%.2f s")
        target("100k options ≤ 1.5 s", r["options"]["cleave"].median, 1.5, "%.2f s")
        target("100k plan --separate ≤ 1.5 s", r["plan"]["cleave"].median, 1.5, "%.2f s")
        target("100k plan --separate --share-unsplittable ≤ 1.5 s", r["plan-shared"]["cleave"].median, 1.5, "%.2f s")
        target("100k costs --option ≤ 1.5 s", r["costs"]["cleave"].median, 1.5, "%.2f s")
        target("100k roadmap --option ≤ 1.5 s", r["roadmap"]["cleave"].median, 1.5, "%.2f s")
        if "case" in r:
            target("100k case --option ≤ 1.5 s", r["case"]["cleave"].median, 1.5, "%.2f s")
        peak = max(c["cleave"].peak_kib for c in r.values()) / 1024 / 1024
        target("100k peak memory ≤ 1 GiB", peak, 1.0, "%.2f GiB")
    if 1_000_000 in by_items:
        r = by_items[1_000_000]["cases"]
        target("1M options ≤ 20 s", r["options"]["cleave"].median, 20, "%.1f s")
        peak = max(c["cleave"].peak_kib for c in r.values()) / 1024 / 1024
        target("1M every command ≤ 6 GiB", peak, 6.0, "%.2f GiB")
    for n in (10_000, 100_000):
        if n in by_items:
            for name, case in by_items[n]["cases"].items():
                if case["python"]:
                    ratio = statistics.median(case["ratios"])
                    target("%dk %s ≥ 30× faster than Python" % (n // 1000, name), ratio, 0, "×%.1f", ok=ratio >= 30)
    if render:
        for view, items, a, b, ratio in render:
            target("render %s (%d items) no slower than `dot`" % (view, items), ratio, 0,
                   "dot/cleave ×%.2f", ok=ratio >= 1)
    lines.append("")
    if render:
        lines += ["## Rendering", "",
                  "`cleave render --view V --format svg` (load, analyse, lay out in-process, write) against",
                  "`cleave render --view V --format dot` followed by `dot -Tsvg` on that DOT.", "",
                  "| view | items | cleave s | dot s | dot / cleave |", "|---|---|---|---|---|"]
        for view, items, a, b, ratio in render:
            lines.append("| %s | %d | %s | %s | ×%.2f |" % (view, items, fmt_series(a), fmt_series(b), ratio))
        lines.append("")
    if serve:
        lines += serve_load.results_lines(serve)
        lines += ["| workbench target (issue #23) | measured | met |", "|---|---|---|"]
        target("workbench: one evaluation at %s items ≤ 300 ms server-side (median)" % format(serve["items"], ","),
               statistics.median(serve["alone"]), 300, "%.0f ms")
        target("workbench: p99 ≤ 1 s, %d clients" % serve["clients"], serve_load.percentile(serve["latencies"], 99),
               1.0, "%.2f s")
        target("workbench: no errors, memory flat under load", len(serve["errors"]), 0, "%d errors",
               ok=not serve["errors"] and serve_load.flat(serve))
        lines.append("")
    with open(path, "w") as f:
        f.write("\n".join(lines))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000 10000 100000", help="item counts, space-separated")
    parser.add_argument("--million", action="store_true", help="also run 1,000,000 items (Cleave only; slow)")
    parser.add_argument("--parties", type=int, default=4)
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each Cleave case")
    parser.add_argument("--py-runs", type=int, default=3, help="timed runs of each Python case")
    parser.add_argument("--py-runs-large", type=int, default=2, help="at most this many from 100,000 items")
    parser.add_argument("--runs-million", type=int, default=1, help="timed runs at 1,000,000 items")
    parser.add_argument("--python-max", type=int, default=100_000, help="largest size the Python pipeline runs")
    parser.add_argument("--cleave", default=os.path.join(ROOT, ".build", "release", "cleave"))
    parser.add_argument("--work", default=os.path.join(ROOT, ".build", "bench"), help="where estates go")
    parser.add_argument("--results", default=os.path.join(HERE, "RESULTS.md"))
    parser.add_argument("--no-render", action="store_true")
    parser.add_argument("--no-serve", action="store_true", help="skip the workbench load test")
    parser.add_argument("--serve-clients", type=int, default=32)
    parser.add_argument("--serve-seconds", type=int, default=30)
    args = parser.parse_args()
    args.sizes = sorted(int(s) for s in args.sizes.split())
    if args.million and 1_000_000 not in args.sizes:
        args.sizes.append(1_000_000)
    args.cleave = os.path.abspath(args.cleave)
    os.makedirs(args.work, exist_ok=True)

    def log(message):
        print(message, flush=True)

    info = machine()
    for key, value in info.items():
        log("%s: %s" % (key, value))
    sizes = [bench_size(args, n, log) for n in args.sizes]
    render = None if args.no_render else bench_render(args, log)
    # The workbench under load, on the largest estate up to 100,000 items.
    serve = None
    served = [n for n in args.sizes if n <= 100_000]
    if served and not args.no_serve:
        log("== serve: %d clients for %d s on %d items" % (args.serve_clients, args.serve_seconds, served[-1]))
        serve = serve_load.measure(args.cleave, os.path.join(args.work, "estate-%d" % served[-1]),
                                   args.serve_clients, args.serve_seconds, log=log)
    command = "make bench SIZES=\"%s\"%s" % (" ".join(str(n) for n in args.sizes if n != 1_000_000),
                                             " MILLION=1" if args.million else "")
    write_results(args, info, sizes, render, args.results, command, serve)
    log("Wrote %s" % args.results)


if __name__ == "__main__":
    main()
