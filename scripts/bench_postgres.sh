#!/usr/bin/env bash
# PostgreSQL figures: `vigil worker` throughput with 1 and 2 workers on the same input (scaling
# efficiency = rate with 2 / (2 × rate with 1)), and GET /api/events latency (p50/p99, wrk, one
# connection) over EVENTS synthetic events written straight into PostgreSQL. Use a release build:
#   swift build -c release
#   scripts/with_postgres.sh scripts/bench_postgres.sh [REPORTS=5000] [EVENTS=1000000] [SECONDS=10]
# VIGIL=path/to/vigil picks the binary (default .build/release/vigil); REPORTS=0 or EVENTS=0 skips
# that part. Uses the schemas bench_workers_1, bench_workers_2 and bench_api, replacing them.
set -euo pipefail
: "${VIGIL_TEST_POSTGRES_URL:?run through scripts/with_postgres.sh}"
reports="${1:-5000}" events="${2:-1000000}" seconds="${3:-10}"
root="$(cd "$(dirname "$0")/.." && pwd)"
vigil="${VIGIL:-$root/.build/release/vigil}"
work="$(mktemp -d)"; trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
server=""
url() { psql -q "$VIGIL_TEST_POSTGRES_URL" -c "DROP SCHEMA IF EXISTS $1 CASCADE" 2>/dev/null; echo "$VIGIL_TEST_POSTGRES_URL?schema=$1"; }
now() { date +%s.%N; }

declare -A rate
((reports > 0)) && "$root/scripts/synthetic_reports.py" "$reports" >"$work/docs.jsonl"
((reports > 0)) && for workers in 1 2; do
    db="$(url "bench_workers_$workers")"
    "$vigil" ingest --db "$db" "$work/docs.jsonl" >/dev/null
    stories=$("$vigil" stats --db "$db" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["stories_pending"])')
    start=$(now)
    pids=()
    for _ in $(seq "$workers"); do
        "$vigil" worker --db "$db" --exit-when-idle >/dev/null 2>&1 &
        pids+=($!)
    done
    wait "${pids[@]}"
    elapsed=$(python3 -c "print($(now) - $start)")
    rate[$workers]=$(python3 -c "print($stories / $elapsed)")
    printf 'workers %d: %d stories in %.1f s, %.0f stories/s\n' "$workers" "$stories" "$elapsed" "${rate[$workers]}"
done
((reports > 0)) && python3 -c "print(f'scaling efficiency with 2 workers: {${rate[2]} / (2 * ${rate[1]}):.0%}')"
((events > 0)) || exit 0

db="$(url bench_api)"
"$vigil" stats --db "$db" >/dev/null  # creates the schema
start=$(now)
psql -q -v ON_ERROR_STOP=1 "$VIGIL_TEST_POSTGRES_URL" <<SQL
SET search_path TO bench_api, public;
\o /dev/null
SELECT setseed(0.7);
\o
INSERT INTO stories (id, canonical_document_id, created, extractor_version)
    VALUES ('load', 'load', '2024-01-01T00:00:00Z', 'load');
INSERT INTO documents (id, content_hash, story_id, title, ingested, language, text, repeated_spans, signature, key_terms)
    VALUES ('load', 'load', 'load', 'Load test', '2024-01-01T00:00:00Z', 'en', 'Synthetic reports.', '[]', '\x', '');
WITH g AS (
    SELECT i, 1 + i % 5 AS t, 1 + (i / 5) % 8 AS c,
        make_date(2020 + (i / 336) % 4, 1 + (i / 28) % 12, 1 + i % 28)::TEXT AS d,
        random() * 4 - 2 AS dlat, random() * 4 - 2 AS dlon, round(random()::NUMERIC, 3)::FLOAT8 AS confidence,
        (ARRAY[0, 0, 0, 1, 2, 5])[1 + floor(random() * 6)::INT] AS fatalities, random() < 0.2 AS claimed
    FROM generate_series(0, $events - 1) AS i
), e AS (
    SELECT g.*, 'load-' || i AS id,
        (ARRAY['Air/drone strike', 'Armed clash', 'Peaceful protest', 'Shelling/artillery/missile attack', 'Attack'])[t] AS sub,
        (ARRAY['Explosions/Remote violence', 'Battles', 'Protests', 'Explosions/Remote violence', 'Violence against civilians'])[t] AS kind,
        (ARRAY['Iraq', 'Syria', 'Ukraine', 'Sudan', 'Yemen', 'Somalia', 'Nigeria', 'Myanmar'])[c] AS country,
        (ARRAY['IRQ', 'SYR', 'UKR', 'SDN', 'YEM', 'SOM', 'NGA', 'MMR'])[c] AS iso3,
        (ARRAY[33.3, 35.0, 48.5, 15.5, 15.3, 2.0, 9.0, 19.7])[c] + dlat AS lat,
        (ARRAY[44.4, 38.5, 35.0, 32.5, 44.2, 45.3, 7.5, 96.1])[c] + dlon AS lon,
        'Actor ' || i % 50 || ' (' || (ARRAY['Iraq', 'Syria', 'Ukraine', 'Sudan', 'Yemen', 'Somalia', 'Nigeria', 'Myanmar'])[c] || ')' AS actor1,
        'Region ' || i % 9 AS admin1
    FROM g
)
INSERT INTO events (id, story_id, document_id, event_date, event_type, sub_event_type, actor1, actor2, country, admin1,
    latitude, longitude, fatalities, confidence, claimed, json)
SELECT id, 'load', 'load', d, kind, sub, actor1, '', country, admin1, lat, lon, fatalities, confidence, claimed,
    jsonb_build_object('record', 'event', 'doc_id', 'load', 'event_id', id, 'event_date', d, 'time_precision', 1,
        'disorder_type', CASE WHEN kind = 'Protests' THEN 'Demonstrations' ELSE 'Political violence' END,
        'event_type', kind, 'sub_event_type', sub, 'actor1', actor1, 'assoc_actor_1', '', 'actor2', '', 'assoc_actor_2', '',
        'inter1', 1, 'inter2', 0, 'civilian_targeting', '', 'country', country, 'iso3', iso3, 'admin1', admin1, 'admin2', '',
        'location', 'Town ' || i % 300, 'latitude', lat, 'longitude', lon, 'geo_precision', 1, 'fatalities', fatalities,
        'injuries', NULL, 'attack_count', 1, 'weapon', NULL, 'target', NULL, 'claimed', claimed, 'claimed_by', NULL,
        'confidence', confidence, 'notes', '[]'::jsonb, 'evidence', '[]'::jsonb)::TEXT
FROM e;
ANALYZE;
SQL
printf '%d events written in %.0f s\n' "$events" "$(python3 -c "print($(now) - $start)")"

port=18766
"$vigil" serve --db "$db" --port "$port" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
for query in "limit=100" "country=Iraq&limit=100" "country=Syria&event_type=Battles&from=2021-01-01&to=2022-12-31&limit=100" \
    "bbox=40,30,46,37&limit=100" "sort=review&limit=100" "actor=Actor%207%20&limit=50" "q=Town%2017&limit=50"; do
    curl -sf "http://127.0.0.1:$port/api/events?$query" >/dev/null || { echo "GET /api/events?$query failed" >&2; cat "$work/serve.log" >&2; exit 1; }
    printf '/api/events?%-80s ' "$query"
    wrk -t1 -c1 -d"${seconds}s" --latency "http://127.0.0.1:$port/api/events?$query" \
        | awk '/^ +50%/ {p50 = $2} /^ +99%/ {p99 = $2} /Requests\/sec/ {rps = $2} END {printf "p50 %s  p99 %s  %s req/s\n", p50, p99, rps}'
done
