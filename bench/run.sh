#!/usr/bin/env bash
# bench/run.sh [runs=2] [workload-regexp]
#
# Builds jsloop (./cmd/jsloop), bench/measure, bench/gojanodejs and
# bench/gojafloor into a temporary directory, runs every workload in
# bench/workloads whose name matches the regexp on jsloop and node
# (interleaved, `runs` runs each) plus goja_nodejs / the bare-goja floor where
# relevant, and prints a text table and a Markdown table of the medians.
#
# Environment:
#   JSLOOP=/path/to/jsloop   use this binary instead of building ./cmd/jsloop
#   NODE=node                node binary
#   GNJ_TIMERS_RUNS=1        runs of goja_nodejs on timers_1m (~10-20 s, ~3.2 GB each)
#   SKIP_GNJ_TIMERS=1        skip goja_nodejs on timers_1m entirely
#   TIMEOUT=120s             per-run timeout (a command that times out is not repeated)
#   RESULTS=file.jsonl       also keep the raw per-command JSON summaries here
#   VERBOSE=0                set to 0 to hide the per-run progress lines (stderr)
set -euo pipefail

RUNS=${1:-2}
FILTER=${2:-.}
NODE=${NODE:-node}
GNJ_TIMERS_RUNS=${GNJ_TIMERS_RUNS:-1}
SKIP_GNJ_TIMERS=${SKIP_GNJ_TIMERS:-0}
TIMEOUT=${TIMEOUT:-120s}
VERBOSE=${VERBOSE:-1}

if ! [[ $RUNS =~ ^[1-9][0-9]*$ ]]; then
	echo "usage: bench/run.sh [runs=2] [workload-regexp]" >&2
	exit 2
fi

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WL="$ROOT/bench/workloads"
cd "$ROOT"

TMP=$(mktemp -d "${TMPDIR:-/tmp}/jsloop-bench.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
OUT="$TMP/results.jsonl"
: >"$OUT"

log() { printf '%s\n' "$*" >&2; }

log "== building tools into $TMP"
# Static binaries (no cgo DNS resolver, no libc mapped), as README's install
# command builds jsloop; the same for every Go runner, for fairness.
export CGO_ENABLED=0
go build -o "$TMP/measure" ./bench/measure
go build -o "$TMP/gojanodejs" ./bench/gojanodejs
go build -o "$TMP/gojafloor" ./bench/gojafloor

JSLOOP_NOTE=""
if [[ -n ${JSLOOP:-} ]]; then
	log "== using JSLOOP=$JSLOOP"
elif go build -o "$TMP/jsloop" ./cmd/jsloop 2>"$TMP/jsloop-build.log"; then
	JSLOOP="$TMP/jsloop"
else
	JSLOOP=""
	JSLOOP_NOTE="./cmd/jsloop did not build; jsloop columns are empty"
	log "!! $JSLOOP_NOTE:"
	head -n 15 "$TMP/jsloop-build.log" | sed 's/^/!!   /' >&2 || true
fi

MEASURE_FLAGS=(-timeout "$TIMEOUT")
if [[ $VERBOSE != 0 ]]; then
	MEASURE_FLAGS+=(-v)
fi

# bench NAME [opts] RUNNER... : run the workload on the given runners, interleaved.
#   runners: jsloop node goja_nodejs goja_floor
#   opts (before runners): --runs N, --warmup N, --nocheck, --note TEXT
bench() {
	local name=$1
	shift
	local runs=$RUNS warmup=0 check=(-check) note=""
	while [[ $# -gt 0 && $1 == --* ]]; do
		case $1 in
		--runs) runs=$2; shift 2 ;;
		--warmup) warmup=$2; shift 2 ;;
		--nocheck) check=(); shift ;;
		--note) note=$2; shift 2 ;;
		*) log "bench: unknown option $1"; return 2 ;;
		esac
	done
	local file="$WL/$name.js"
	local args=() labels=() r
	for r in "$@"; do
		case $r in
		jsloop) [[ -n $JSLOOP ]] || continue; args+=("$JSLOOP" "$file") ;;
		node) args+=("$NODE" "$file") ;;
		goja_nodejs) args+=("$TMP/gojanodejs" "$file") ;;
		goja_floor) args+=("$TMP/gojafloor" "$file") ;;
		*) log "bench: unknown runner $r"; return 2 ;;
		esac
		args+=(":::")
		labels+=("$r")
	done
	[[ ${#labels[@]} -gt 0 ]] || return 0
	local IFS=,
	log "== $name: ${labels[*]} x $runs"
	"$TMP/measure" -n "$runs" -warmup "$warmup" -w "$name" -labels "${labels[*]}" -note "$note" "${check[@]}" \
		"${MEASURE_FLAGS[@]}" -- "${args[@]}" >>"$OUT"
}

want() { [[ $1 =~ $FILTER ]]; }

START=$SECONDS

if want timers_1m; then
	bench timers_1m jsloop node
	if [[ $SKIP_GNJ_TIMERS != 1 ]]; then
		# goja_nodejs parks one goroutine per fired timer: ~10-20 s and ~3.2 GB per run.
		bench timers_1m --runs "$GNJ_TIMERS_RUNS" \
			--note "capped at $GNJ_TIMERS_RUNS run(s): ~10-20 s and ~3.2 GB RSS per run" goja_nodejs
		sleep 1 # let the kernel reclaim its memory before the next measurement
	fi
fi
want timers_pending_100k && bench timers_pending_100k jsloop node goja_nodejs
want immediate_1m && bench immediate_1m jsloop node goja_nodejs
want microtask_1m && bench microtask_1m jsloop node goja_floor
# The bare-goja promise chain peaks at ~2.5 GB; jsloop likely similar.
want promise_chain_1m && bench promise_chain_1m jsloop node goja_floor
want await_1m && bench await_1m jsloop node goja_floor
want idle_cpu && bench idle_cpu jsloop node
want timer_lateness && bench timer_lateness jsloop node
# startup is cheap and noisy: one warm-up run and 5x the runs.
want startup && bench startup --nocheck --warmup 1 --runs $((RUNS * 5)) jsloop node goja_nodejs goja_floor

ELAPSED=$((SECONDS - START))

if [[ -n ${RESULTS:-} ]]; then
	cp "$OUT" "$RESULTS"
fi

echo
echo "jsloop benchmarks: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $("$NODE" --version 2>/dev/null || echo 'node ?'), $(go version | awk '{print $3}'), runs=$RUNS, filter='$FILTER', ${ELAPSED}s"
[[ -z $JSLOOP_NOTE ]] || echo "NOTE: $JSLOOP_NOTE"
echo
"$TMP/measure" -report "$OUT"
