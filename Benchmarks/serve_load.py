#!/usr/bin/env python3
"""The workbench under load: `cleave serve` on one estate, driven over loopback.

Two measurements, both against one server process:

1. one evaluation at a time: a single client sends edits one after another, and the
   server's own timing of each (`timing.serverMs`, parse + evaluate + the sheet) is kept;
2. CLIENTS concurrent clients (threads with a keep-alive connection each) send edits as
   fast as the server answers, for SECONDS: every answer must be 200 with a sheet; the
   wall latency of each request is kept, and the server's resident memory is sampled
   every half second from /proc.

The edits are what a project lead makes: each option of the estate, and each option with
one area turned the other way (split ↔ shared), in a different order for each client, so
the server cannot answer from the last request's work. The server keeps the yardstick
plans of the what-ifs it has seen (by the items they split), so after the first round of
these edits it solves no cut again; a second run under load therefore sends only new
edits: each an option with three items, drawn at random, turned the other way, so that
nearly every request splits a set of items no request split before.

Run by `make bench` (bench.py calls `measure`) or alone:
  python3 Benchmarks/serve_load.py ESTATE [--clients 32] [--seconds 30] [--cleave PATH]
"""

import argparse
import http.client
import json
import os
import random
import re
import statistics
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SERVER_MS = re.compile(rb'"serverMs"\s*:\s*([0-9.]+)')


def percentile(values, p):
    """The nearest-rank percentile: the smallest value with at least p% of values at or below it."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(1, -(-len(ordered) * p // 100))
    return ordered[int(rank) - 1]


def resident_kib(pid):
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


class Server:
    """`cleave serve ESTATE --port 0`, up until `stop`."""

    def __init__(self, cleave, estate):
        self.process = subprocess.Popen([cleave, "serve", estate, "--port", "0"], stdout=subprocess.PIPE,
                                        stderr=subprocess.STDOUT, text=True)
        self.port = None
        started = time.perf_counter()
        for line in self.process.stdout:
            found = re.search(r"listening on port (\d+)", line)
            if found:
                self.port = int(found.group(1))
            if line.startswith("Open: "):
                break
        if self.port is None:
            raise SystemExit("cleave serve did not start on %s" % estate)
        self.startup = time.perf_counter() - started
        # Keep reading what it prints, so a full pipe never stalls it.
        threading.Thread(target=lambda: [None for _ in self.process.stdout], daemon=True).start()
        page = self.get("/")
        self.csrf = re.search(r'name="cleave-csrf" content="([^"]+)"', page).group(1)
        self.state = json.loads(self.get("/api/state"))

    def get(self, path):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        connection.request("GET", path)
        body = connection.getresponse().read().decode()
        connection.close()
        return body

    def headers(self):
        return {"Content-Type": "application/json", "Origin": "http://127.0.0.1:%d" % self.port,
                "X-Cleave-CSRF": self.csrf}

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def edits(state):
    """Each option as it is, and with each in-scope area turned the other way."""
    areas = [a["id"] for a in state["areas"] if a["inScope"]]
    drafts = []
    for entry in state["options"]:
        option = entry["option"]
        drafts.append(dict(option))
        for area in areas:
            draft = json.loads(json.dumps(option))
            current = (draft.get("areas") or {}).get(area, draft.get("default") or "shared")
            draft["areas"] = dict(draft.get("areas") or {})
            draft["areas"][area] = "shared" if current == "split" else "split"
            draft["id"] = "%s-%s" % (option["id"], area)
            drafts.append(draft)
    return [json.dumps(d).encode() for d in drafts]


def fresh_edits(server, count, seed=2026):
    """`count` edits that each split a new set of items: an option with three random items of
    areas in scope turned the other way (found through the search box's own endpoint)."""
    in_scope = {a["id"] for a in server.state["areas"] if a["inScope"]}
    ids = set()
    for query in "0123456789":
        found = json.loads(server.get("/api/items?q=" + query))["items"]
        # Items of an area out of scope cannot be split: the server says so with a 400.
        ids.update(item["id"] for item in found if item["area"] is None or item["area"] in in_scope)
    ids = sorted(ids)
    rng = random.Random(seed)
    options = [entry["option"] for entry in server.state["options"]]
    bodies = []
    for n in range(count):
        draft = json.loads(json.dumps(rng.choice(options)))
        draft["id"] = "fresh-%d" % n
        draft["items"] = dict(draft.get("items") or {})
        for item in rng.sample(ids, min(3, len(ids))):
            current = draft["items"].get(item)
            draft["items"][item] = "shared" if current == "split" else "split"
        bodies.append(json.dumps(draft).encode())
    return bodies


def evaluate(connection, server, body):
    connection.request("POST", "/api/evaluate", body=body, headers=server.headers())
    response = connection.getresponse()
    data = response.read()
    if response.status != 200:
        return None, "HTTP %d: %s" % (response.status, data[:200].decode(errors="replace"))
    # The answer is large (the sheet, its charts): the client only finds the sheet and the
    # server's timing in it, so that its own parsing does not take the cores it measures.
    timing = SERVER_MS.search(data[-200:])
    if b'"sheet":' not in data or not timing:
        return None, "no sheet or timing in the answer"
    return float(timing.group(1)), None


def one_at_a_time(server, bodies, count):
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    evaluate(connection, server, bodies[0])  # warm-up
    times, errors = [], []
    # Each a new edit: 7k mod len(bodies) for k from 1 misses 0 and repeats no edit (30 edits).
    for k in range(1, count + 1):
        ms, error = evaluate(connection, server, bodies[(k * 7) % len(bodies)])
        if error:
            errors.append(error)
        else:
            times.append(ms)
    connection.close()
    return times, errors


def under_load(server, bodies, clients, seconds):
    latencies, server_ms, errors, memory = [], [], [], []
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds
    go = threading.Event()

    def client(index):
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=120)
        k = index * 13
        go.wait()
        while time.perf_counter() < deadline:
            body = bodies[k % len(bodies)]
            k += 1
            started = time.perf_counter()
            try:
                ms, error = evaluate(connection, server, body)
            except (OSError, http.client.HTTPException) as failure:
                ms, error = None, "%s: %s" % (type(failure).__name__, failure)
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=120)
            elapsed = time.perf_counter() - started
            with lock:
                if error:
                    errors.append(error)
                else:
                    latencies.append(elapsed)
                    server_ms.append(ms)
        connection.close()

    def sample():
        start = time.perf_counter()
        while time.perf_counter() < deadline:
            memory.append((time.perf_counter() - start, resident_kib(server.process.pid)))
            time.sleep(0.5)

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    sampler = threading.Thread(target=sample)
    go.set()
    sampler.start()
    for t in threads:
        t.join()
    sampler.join()
    return latencies, server_ms, errors, memory


def measure(cleave, estate, clients=32, seconds=30, sequential=20, log=print):
    server = Server(cleave, estate)
    try:
        bodies = edits(server.state)
        log("   serve: %d items, started in %.1f s, %d distinct edits"
            % (server.state["estate"]["items"], server.startup, len(bodies)))
        idle_kib = resident_kib(server.process.pid)
        alone, alone_errors = one_at_a_time(server, bodies, sequential)
        log("   serve: one at a time, server-side p50 %.0f ms, max %.0f ms"
            % (statistics.median(alone), max(alone)))
        latencies, server_ms, errors, memory = under_load(server, bodies, clients, seconds)
        log("   serve: %d clients for %d s, %d answers, %d errors, p50 %.2f s, p99 %.2f s"
            % (clients, seconds, len(latencies), len(errors), percentile(latencies, 50),
               percentile(latencies, 99)))
        # Enough new edits that no client sends one twice in the time given.
        fresh = fresh_edits(server, max(200, clients * seconds))
        new_latencies, new_server_ms, new_errors, new_memory = under_load(server, fresh, clients, seconds)
        log("   serve: %d clients for %d s, new edits only, %d answers, %d errors, p50 %.2f s, p99 %.2f s"
            % (clients, seconds, len(new_latencies), len(new_errors), percentile(new_latencies, 50),
               percentile(new_latencies, 99)))
        errors += new_errors
    finally:
        server.stop()
    rss = [kib for _, kib in memory if kib]
    third = max(1, len(rss) // 3)
    return {
        "items": server.state["estate"]["items"], "startup": server.startup, "edits": len(bodies),
        "clients": clients, "seconds": seconds,
        "alone": alone, "alone_errors": alone_errors,
        "latencies": latencies, "server_ms": server_ms, "errors": errors,
        "new_latencies": new_latencies, "new_server_ms": new_server_ms,
        "new_last_third_kib": statistics.mean([k for _, k in new_memory if k][-third:]) if new_memory else 0,
        "idle_kib": idle_kib, "first_third_kib": statistics.mean(rss[:third]) if rss else 0,
        "last_third_kib": statistics.mean(rss[-third:]) if rss else 0, "peak_kib": max(rss) if rss else 0,
    }


def flat(result):
    """Memory is flat when the last third of the run holds no more than 10% over the first."""
    return result["last_third_kib"] <= result["first_third_kib"] * 1.10


def results_lines(result):
    mib = lambda kib: "%.0f MiB" % (kib / 1024)
    latencies, alone = result["latencies"], result["alone"]
    lines = ["## The workbench: `cleave serve` at %s items" % format(result["items"], ","), "",
             "`Benchmarks/serve_load.py`: one server on loopback; each edit is one `POST /api/evaluate` of",
             "an option as a project lead would change it (%d distinct edits: every option, and every option"
             % result["edits"], "with one area turned the other way).", "",
             "| measure | figure |", "|---|---|",
             "| server start (load, validate, evaluate every option) | %.1f s |" % result["startup"],
             "| one evaluation at a time, each a new edit, server-side, median (max) of %d | %.0f ms (%.0f ms) |"
             % (len(alone), statistics.median(alone), max(alone)),
             "| under load: clients × seconds | %d × %d s |" % (result["clients"], result["seconds"]),
             "| answers, errors | %d, %d |" % (len(latencies), len(result["errors"])),
             "| throughput | %.1f evaluations/s |" % (len(latencies) / result["seconds"]),
             "| latency p50, p99, max (wall, client side) | %.2f s, %.2f s, %.2f s |"
             % (percentile(latencies, 50), percentile(latencies, 99), max(latencies) if latencies else 0),
             "| server-side time under load, p50 / p99 | %.0f ms / %.0f ms |"
             % (percentile(result["server_ms"], 50), percentile(result["server_ms"], 99)),
             "| new edits only (three random items turned, no cut kept): answers; latency p50, p99 | %d; %.2f s, %.2f s |"
             % (len(result["new_latencies"]), percentile(result["new_latencies"], 50),
                percentile(result["new_latencies"], 99)),
             "| new edits only: server-side p50 / p99; resident memory, last third | %.0f ms / %.0f ms; %s |"
             % (percentile(result["new_server_ms"], 50), percentile(result["new_server_ms"], 99),
                mib(result["new_last_third_kib"])),
             "| resident memory: idle, first third, last third, peak | %s, %s, %s, %s (%s) |"
             % (mib(result["idle_kib"]), mib(result["first_third_kib"]), mib(result["last_third_kib"]),
                mib(result["peak_kib"]), "flat" if flat(result) else "growing"), ""]
    if result["errors"]:
        lines += ["First error: `%s`" % result["errors"][0], ""]
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("estate")
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--cleave", default=os.path.join(ROOT, ".build", "release", "cleave"))
    args = parser.parse_args()
    result = measure(os.path.abspath(args.cleave), args.estate, args.clients, args.seconds)
    print("\n".join(results_lines(result)))
    sys.exit(0 if not result["errors"] and flat(result) else 1)


if __name__ == "__main__":
    main()
