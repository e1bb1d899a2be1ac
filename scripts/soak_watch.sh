#!/usr/bin/env bash
# Soak test of `vigil watch`: FEEDS local feeds (scripts/soak_feeds.py) that gain an item a minute,
# polled every minute for MINUTES minutes; prints the watcher's resident memory every minute (with its
# heap, RssAnon, apart from the pages of mapped files such as the gazetteer, RssFile, which grow as
# text names more places and which the kernel may reclaim) and, at the end, the items published
# against the documents stored (each item must be stored once).
# Usage: scripts/soak_watch.sh VIGIL_BINARY [FEEDS=50] [MINUTES=20]
set -euo pipefail
vigil=${1:?usage: soak_watch.sh VIGIL_BINARY [FEEDS] [MINUTES]}
feeds=${2:-50}
minutes=${3:-20}
work=$(mktemp -d)
port=$((20000 + RANDOM % 20000))
db="$work/soak.sqlite"
python3 "$(dirname "$0")/soak_feeds.py" "$port" "$feeds" "$work/published" &
server=$!
trap 'kill $server ${watcher:-} 2>/dev/null || true; rm -rf "$work"' EXIT
sleep 1
for i in $(seq 0 $((feeds - 1))); do
    "$vigil" feeds add "http://127.0.0.1:$port/feed/$i.xml" --name "soak-$i" --every 1m --db "$db" > /dev/null
done
"$vigil" watch --db "$db" --host-delay 0 --json > "$work/rounds.jsonl" 2> "$work/watch.log" &
watcher=$!
for minute in $(seq 1 "$minutes"); do
    sleep 60
    memory=$(awk '/^(VmRSS|RssAnon|RssFile):/ {printf "%s %d MB ", $1, $2 / 1024}' /proc/$watcher/status)
    size=$(du -sk "$db"* | awk '{s += $1} END {print int(s / 1024)}')
    echo "minute $minute: watcher $memory- database $size MB, rounds $(wc -l < "$work/rounds.jsonl")"
done
touch "$work/published.stop"  # no more new items: the next round takes the last ones
sleep 75
kill $watcher
wait $watcher 2>/dev/null || true
published=$(cat "$work/published")
stored=$("$vigil" stats --db "$db" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["documents"])')
echo "published $published items; stored $stored documents"
python3 - "$work/rounds.jsonl" <<'PY'
import json, sys
rounds = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
print("rounds", len(rounds), "stored", sum(r["stored"] for r in rounds), "already stored", sum(r["duplicates"] for r in rounds),
      "failed", sum(r["failed"] for r in rounds), "events", sum(r["events"] for r in rounds))
PY
grep -v "^vigil is watching" "$work/watch.log" | head -5 || true
