# shellcheck shell=bash
# CPU time per process, read from /proc (utime + stime, and what reaped children used: cutime + cstime), in clock
# ticks (getconf CLK_TCK, 100 on Linux). Sourced by bench/run.sh and bench/write-cost.sh to turn "the machine is
# busy" into "each write costs this many milliseconds of CPU in that process" — a figure that stays meaningful on
# a loaded machine, where latencies do not.

CPU_TICK_MS=$((1000 / $(getconf CLK_TCK)))

# proc_ticks <pid>: the process's CPU ticks so far (its own and its reaped children's); 0 when it is gone
proc_ticks() {
  local stat
  stat="$(cat "/proc/$1/stat" 2>/dev/null)" || { echo 0; return; }
  stat="${stat##*) }" # the command name may hold spaces: fields count from after its closing parenthesis
  # shellcheck disable=SC2086
  set -- $stat
  echo $((${12} + ${13} + ${14} + ${15}))
}

# tree_ticks <pid>: the process and every live descendant (PostgreSQL: the postmaster and its backends; backends that
# ended are in the postmaster's reaped-children ticks already)
tree_ticks() {
  local total child
  total="$(proc_ticks "$1")"
  for child in $(ps -o pid= --ppid "$1" 2>/dev/null); do
    total=$((total + $(tree_ticks "$child")))
  done
  echo "$total"
}

# cpu_snapshot <file> name=pid...: one "name ticks" line per process (its whole tree)
cpu_snapshot() {
  local out="$1" entry
  shift
  : >"$out"
  for entry in "$@"; do
    echo "${entry%%=*} $(tree_ticks "${entry#*=}")" >>"$out"
  done
}

# cpu_per_op <before> <after> <operations>: "name ms-per-op" lines, and "total". Nothing is taken off for what a
# process burns idle (pollers, timers, heartbeats: see cpu_idle_rate): on a loaded machine an idle sample moves too much
# (JIT compilation, other processes' cache misses) to be subtracted safely, so it is reported beside instead
cpu_per_op() {
  awk -v ops="$3" -v tick="$CPU_TICK_MS" '
    FILENAME == ARGV[1] { b[$1] = $2; next }
    { ms = ($2 - b[$1]) * tick / ops; total += ms; printf "%s %.2f\n", $1, ms }
    END { printf "total %.2f\n", total }' "$1" "$2"
}

# cpu_idle_rate <before> <after> <seconds>: "name ms-per-second" lines, and "total": CPU burnt with nothing to do
cpu_idle_rate() {
  awk -v s="$3" -v tick="$CPU_TICK_MS" '
    FILENAME == ARGV[1] { b[$1] = $2; next }
    { ms = ($2 - b[$1]) * tick / s; total += ms; printf "%s %.1f\n", $1, ms }
    END { printf "total %.1f\n", total }' "$1" "$2"
}
