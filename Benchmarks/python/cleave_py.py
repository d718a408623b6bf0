#!/usr/bin/env python3
"""A reference pipeline in Python for Cleave's benchmarks: the same SPEC semantics, built the
way a careful Python programmer would, from the usual libraries.

  - loading:      PyYAML with its C loader (yaml.CSafeLoader), files in sorted path order
  - needs:        networkx condensation, needs passed down in topological order (SPEC §4.2)
  - options:      the figures of SPEC §4.3 (duplicated, transferred, oneOffCost,
                  recurringDelta, entangledBefore, entangledAfter)
  - plan:         the whole-estate plan of SPEC §4.4 as a networkx minimum_cut on the
                  doubled network (X(i), Z(i) per item)

It prints JSON with the field names of Cleave's `--format json`, so the benchmark can check
that both give the same answers before it times them. It assumes a valid inventory (as
`cleave generate` writes); it does not validate.

Usage:
  cleave_py.py entanglement DIR
  cleave_py.py options DIR
  cleave_py.py plan DIR --separate P [--separate Q ...] [--share-unsplittable]
"""

import argparse
import json
import os
import sys

import networkx as nx
import yaml

ITEM_SECTIONS = {"systems": "system", "infrastructure": "infrastructure",
                 "contracts": "contract", "data": "data", "teams": "team"}


def inventory_files(path):
    if os.path.isfile(path):
        return [path]
    found = []
    for root, _dirs, files in os.walk(path):
        for name in files:
            if name.endswith(".yaml") or name.endswith(".yml"):
                found.append(os.path.join(root, name))
    return sorted(found)


def load(path):
    estate = {"defaults": {}}
    parties, areas, items, options = [], [], [], []
    for file in inventory_files(path):
        with open(file, "rb") as handle:
            doc = yaml.load(handle, Loader=yaml.CSafeLoader) or {}
        if "estate" in doc:
            estate = doc["estate"]
            estate.setdefault("defaults", {})
        parties += doc.get("parties") or []
        areas += doc.get("areas") or []
        options += doc.get("options") or []
        for section, kind in ITEM_SECTIONS.items():
            for item in doc.get(section) or []:
                item["kind"] = kind
                items.append(item)
    return estate, parties, areas, items, options


class Estate:
    """The graph of SPEC §4.1 and the direct users of §4.2."""

    def __init__(self, path):
        self.estate, self.parties, self.areas, self.items, self.options = load(path)
        self.party_ids = [p["id"] for p in self.parties]
        self.area_by_id = {a["id"]: a for a in self.areas}
        self.index = {}
        for i, item in enumerate(self.items):
            self.index.setdefault(item["id"], i)
        self.edges = []  # (from, to, severCost or None)
        for a, item in enumerate(self.items):
            for ref in item.get("dependsOn") or []:
                target, sever = (ref, None) if isinstance(ref, str) else (ref["id"], ref.get("severCost"))
                b = self.index.get(target)
                if b is not None and b != a:
                    self.edges.append((a, b, sever))
            for contract in item.get("contracts") or []:
                c = self.index.get(contract)
                if c is not None and c != a and self.items[c]["kind"] == "contract":
                    self.edges.append((a, c, None))
        self.direct = []
        for item in self.items:
            users = item.get("users") or []
            direct = set(users.keys() if isinstance(users, dict) else users)
            direct.update(item.get("parties") or [])
            self.direct.append(direct & set(self.party_ids))
        self.lead = []
        for item in self.items:
            lead = item.get("lead")
            if lead is None:
                area = self.area_by_id.get(item.get("area"))
                lead = area["lead"] if area else None
            self.lead.append(lead)

    def needs(self):
        """needs(i) by item, through the condensation of the dependency graph."""
        graph = nx.DiGraph()
        graph.add_nodes_from(range(len(self.items)))
        graph.add_edges_from((a, b) for a, b, _ in self.edges)
        dag = nx.condensation(graph)
        members = dag.graph["mapping"]  # node -> component
        component_needs = {c: set() for c in dag.nodes}
        for i, direct in enumerate(self.direct):
            component_needs[members[i]] |= direct
        for c in nx.topological_sort(dag):
            for d in dag.successors(c):
                component_needs[d] |= component_needs[c]
        return [component_needs[members[i]] for i in range(len(self.items))]

    def sever_cost(self, cost):
        return cost if cost is not None else self.estate["defaults"].get("severCost")

    def duplicate_cost(self, i):
        split = self.items[i].get("split") or {}
        if split.get("strategy") == "none":
            return None
        cost = split.get("oneOffCost")
        return cost if cost is not None else self.estate["defaults"].get("duplicateCost", 1)


def entanglement(estate):
    needs = estate.needs()
    counts = [len(n) for n in needs]
    items = sorted(({"id": item["id"], "needs": sorted(needs[i])} for i, item in enumerate(estate.items)),
                   key=lambda x: x["id"])
    return {"items": items,
            "summary": {"items": len(counts),
                        "entangled": sum(1 for c in counts if c >= 2),
                        "exclusive": sum(1 for c in counts if c == 1),
                        "unused": sum(1 for c in counts if c == 0)}}


def option_figures(estate, option, needs):
    separate = option.get("separate")
    separate = set(estate.party_ids if separate is None else separate)

    def bloc(party):
        return party if party in separate else "rest"

    areas = option.get("areas") or {}
    overrides = option.get("items") or {}
    default = option.get("default", "shared")
    figures = {"id": option["id"], "duplicated": 0, "transferred": 0, "oneOffCost": 0.0,
               "recurringDelta": 0.0, "entangledBefore": 0, "entangledAfter": 0}
    for i, item in enumerate(estate.items):
        area = estate.area_by_id.get(item.get("area"))
        if item["id"] in overrides:
            disposition = overrides[item["id"]]
        elif area is not None and area.get("inScope", True) is False:
            disposition = "shared"
        elif area is not None and item.get("area") in areas:
            disposition = areas[item["area"]]
        else:
            disposition = default
        blocs = {bloc(p) for p in needs[i]}
        if len(blocs) >= 2:
            figures["entangledBefore"] += 1
            if disposition == "shared":
                figures["entangledAfter"] += 1
        if disposition != "split":
            continue
        split = item.get("split") or {}
        if len(blocs) >= 2:
            figures["duplicated"] += 1
            extra = len(blocs) - 1
            one_off = split.get("oneOffCost")
            figures["oneOffCost"] += extra * (one_off if one_off is not None
                                              else estate.estate["defaults"].get("duplicateCost", 1))
            per_instance = split.get("annualCostPerInstance")
            if per_instance is None:
                per_instance = item.get("annualCost") or 0
            figures["recurringDelta"] += extra * per_instance
        elif len(blocs) == 1:
            lead = estate.lead[i]
            if next(iter(blocs)) != (bloc(lead) if lead is not None else None):
                figures["transferred"] += 1
    return figures


def options(estate):
    needs = estate.needs()
    result = [option_figures(estate, option, needs) for option in estate.options]
    return {"options": sorted(result, key=lambda o: o["id"])}


def plan(estate, separate, share_unsplittable):
    """SPEC §4.4 for `separate` against every other party, on every item."""
    bloc = set(separate)
    n = len(estate.items)
    scale = 100  # money to whole pence, so the cut is exact
    dup = [estate.duplicate_cost(i) for i in range(n)]
    weight = (sum(1 for c in dup if c is None) + 1) if share_unsplittable else 1

    def units(cost):
        return None if cost is None else round(cost * scale) * weight

    network = nx.DiGraph()

    def add(u, v, capacity):
        # Parallel edges add up; an infinite one (no capacity attribute) stays infinite.
        if network.has_edge(u, v):
            data = network[u][v]
            if "capacity" in data:
                if capacity is None:
                    del data["capacity"]
                else:
                    data["capacity"] += capacity
        elif capacity is None:
            network.add_edge(u, v)
        else:
            network.add_edge(u, v, capacity=capacity)

    network.add_nodes_from(["S", "T"])
    for i in range(n):
        network.add_node(("x", i))
        network.add_node(("z", i))
        if estate.direct[i] & bloc:
            add("S", ("x", i), None)
        if estate.direct[i] - bloc:
            add(("z", i), "T", None)
        capacity = 1 if dup[i] is None and share_unsplittable else units(dup[i])
        add(("x", i), ("z", i), capacity)
    for a, b, cost in estate.edges:
        capacity = units(estate.sever_cost(cost))
        add(("x", a), ("x", b), capacity)
        add(("z", b), ("z", a), capacity)
    try:
        value, _partition = nx.minimum_cut(network, "S", "T")
    except nx.NetworkXUnbounded:
        return {"bloc": "+".join(sorted(bloc)), "cost": None, "feasible": False}
    cost = (value // weight) / scale
    return {"bloc": "+".join(sorted(bloc)), "cost": cost, "feasible": True}


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["entanglement", "options", "plan"])
    parser.add_argument("inventory")
    parser.add_argument("--separate", action="append", default=[])
    parser.add_argument("--share-unsplittable", action="store_true")
    args = parser.parse_args(argv)
    estate = Estate(args.inventory)
    if args.command == "entanglement":
        result = entanglement(estate)
    elif args.command == "options":
        result = options(estate)
    else:
        if not args.separate:
            parser.error("plan needs --separate")
        result = plan(estate, args.separate, args.share_unsplittable)
    json.dump(result, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1:])
