#!/usr/bin/env python3
"""Aggregates a JFR recording's samples into the frames that cost most, for profiling a running service:

    jcmd <pid> JFR.start name=p settings=profile filename=/tmp/p.jfr ; (load) ; jcmd <pid> JFR.stop name=p
    bench/jfr-top.py /tmp/p.jfr [top] [event]

event: jdk.ExecutionSample (default; CPU samples of running Java threads) or jdk.ObjectAllocationSample (weighted by
the bytes each sample stands for). Prints the top self frames (where the time is spent), the top inclusive frames
(what it is spent for; each frame counted once per sample), and the top inclusive frames of the platform's own code.
"""
import collections
import json
import subprocess
import sys

path = sys.argv[1]
top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
event = sys.argv[3] if len(sys.argv) > 3 else "jdk.ExecutionSample"
raw = subprocess.run(["jfr", "print", "--json", "--stack-depth", "64", "--events", event, path],
                     check=True, capture_output=True, text=True).stdout
events = json.loads(raw)["recording"]["events"]


def name(frame):
    m = frame["method"]
    return m["type"]["name"] + "." + m["name"]


self_w, incl_w, own_w = collections.Counter(), collections.Counter(), collections.Counter()
threads = collections.Counter()
total = 0
for e in events:
    v = e["values"]
    weight = v.get("weight", 1) if event == "jdk.ObjectAllocationSample" else 1
    frames = (v.get("stackTrace") or {}).get("frames") or []
    if not frames:
        continue
    total += weight
    thread = (v.get("sampledThread") or v.get("eventThread") or {}).get("javaName") or "?"
    threads[thread.rstrip("0123456789- ")] += weight
    self_w[name(frames[0])] += weight
    seen = set()
    for f in frames:
        n = name(f)
        if n not in seen:
            seen.add(n)
            incl_w[n] += weight
            if n.startswith("io.keyprojects."):
                own_w[n] += weight


def show(title, counter):
    print(f"\n{title}")
    for n, w in counter.most_common(top):
        print(f"{100.0 * w / total:6.1f}%  {n}")


unit = "bytes" if event == "jdk.ObjectAllocationSample" else "samples"
print(f"{path}: {event}, {total} {unit}")
show("threads", threads)
show("self (top frame)", self_w)
show("inclusive", incl_w)
show("inclusive, io.keyprojects", own_w)
