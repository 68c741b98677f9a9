#!/usr/bin/env bash
# bench/jfr-top.sh <recording.jfr>...: what a JVM spent its CPU on, from flight recordings' execution samples
# (bench/run.sh's GATEWAY_JFR=1 writes them; several recordings are summed): the TOP (25) hottest methods on top of
# the stack (self), and the TOP methods most often anywhere on it (total, counted once per sample), as shares of all
# samples taken on the threads whose name matches THREADS (an extended regular expression; default: every thread);
# then the share of samples with any frame containing each of JFR_GROUPS (comma-separated, e.g. a package: what a
# library costs in all, where no single method stands out).
set -euo pipefail
(($#)) || { echo "usage: [TOP=25] [THREADS=regex] bench/jfr-top.sh <recording.jfr>..." >&2; exit 2; }
top="${TOP:-25}"
threads="${THREADS:-.}"
groups="${JFR_GROUPS:-io.opentelemetry,micrometer,HttpChunkContentCompressor,io.vertx.httpproxy,io.keyprojects.gateway,TokenVerifier,InstanceHealthChecks,org.apache.kafka}"
for file in "$@"; do jfr print --events jdk.ExecutionSample --stack-depth 64 "$file"; done | awk -v top="$top" -v threads="$threads" -v groups="$groups" '
  BEGIN { ngroups = split(groups, group, ",") }
  /^jdk.ExecutionSample/ { thread = ""; depth = -1; next }
  /sampledThread = / { thread = $0; sub(/.*sampledThread = "/, "", thread); sub(/".*/, "", thread); next }
  /stackTrace = \[/ { if (thread ~ threads) { depth = 0; samples++; delete seen; delete hit } ; next }
  depth >= 0 && /^[[:space:]]*\]/ { depth = -1; next }
  depth >= 0 {
    frame = $0; sub(/^[[:space:]]+/, "", frame); sub(/[[:space:]]+line:.*/, "", frame)
    if (frame == "...") next
    if (depth == 0) self[frame]++
    if (!(frame in seen)) { seen[frame] = 1; total[frame]++ }
    for (g = 1; g <= ngroups; g++) if (index(frame, group[g]) && !((g, "") in hit)) { hit[g, ""] = 1; grouped[g]++ }
    depth++
  }
  END {
    printf "%d samples on threads matching /%s/\n", samples, threads
    print "\n-- self (top of stack)"
    for (f in self) printf "%6.2f%%  %s\n", 100 * self[f] / samples, f | "sort -rn | head -n " top
    close("sort -rn | head -n " top)
    print "\n-- total (anywhere on the stack)"
    for (f in total) printf "%6.2f%%  %s\n", 100 * total[f] / samples, f | "sort -rn | head -n " top
    close("sort -rn | head -n " top)
    print "\n-- groups (samples with a frame containing it)"
    for (g = 1; g <= ngroups; g++) printf "%6.2f%%  %s\n", 100 * grouped[g] / samples, group[g]
  }'
