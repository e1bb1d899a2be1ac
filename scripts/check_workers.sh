#!/usr/bin/env bash
# Checks that several `vigil worker` processes, one of them killed with -9 mid-run, give the same
# database as one `vigil process` on the same input: about 3,000 short synthetic reports with
# syndicated exact copies and near-copies. Needs PostgreSQL; run it as
#   scripts/with_postgres.sh scripts/check_workers.sh [WORKERS] [REPORTS]
set -euo pipefail
: "${VIGIL_TEST_POSTGRES_URL:?run through scripts/with_postgres.sh}"
workers="${1:-3}" reports="${2:-2500}"
root="$(cd "$(dirname "$0")/.." && pwd)"
vigil="$root/${VIGIL:-.build/debug/vigil}"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT; cd "$work"

"$root/scripts/synthetic_reports.py" "$reports" >docs.jsonl

single="$VIGIL_TEST_POSTGRES_URL?schema=check_single" parallel="$VIGIL_TEST_POSTGRES_URL?schema=check_workers"
"$vigil" ingest --db "$single" docs.jsonl
"$vigil" ingest --db "$parallel" docs.jsonl >/dev/null
start=$(date +%s)
"$vigil" process --db "$single"
echo "one process: $(($(date +%s) - start)) s"

start=$(date +%s)
pids=()
for i in $(seq "$workers"); do
    "$vigil" worker --db "$parallel" --batch 32 --lease 5 --exit-when-idle >"w$i.out" 2>"w$i.err" &
    pids+=($!)
done
until grep -q stories w1.err 2>/dev/null; do sleep 0.2; done
kill -9 "${pids[0]}"; echo "killed worker 1 mid-run: $(tail -1 w1.err)"
wait "${pids[@]:1}"
sleep 6  # the killed worker's lease (5 s) expires; a late worker takes what it held, if anything
"$vigil" worker --db "$parallel" --exit-when-idle >late.out 2>/dev/null
cat w*.out late.out
echo "$workers workers: $(($(date +%s) - start)) s"

for db in single workers; do
    url="$VIGIL_TEST_POSTGRES_URL?schema=check_$db"
    "$vigil" stats --db "$url" --json >"stats-$db"
    "$vigil" events --db "$url" --json --limit 1000000 | sort >"events-$db"
    "$vigil" link list --db "$url" --json --limit 1000000 | sort >"links-$db"
done
for what in stats events links; do
    cmp -s "$what-single" "$what-workers" || { echo "check_workers: $what differ" >&2; exit 1; }
done
echo "check_workers: same stats, $(wc -l <events-single) events and $(wc -l <links-single) canonical events"
