#!/usr/bin/env bash
# Bounded load test of `GET /api/events` on loopback: fills a fresh database with 100,000 synthetic
# events, starts `vigil serve` and runs wrk (Debian's wrk) for a fixed duration per query at 1, 8 and
# 32 connections (CONNECTIONS="1 8 32"), printing the latency percentiles; then times whole exports, and
# /healthz while four GeoJSON exports run at once.
# Usage: scripts/load_test_api.sh [path/to/vigil] [events] [seconds]
set -euo pipefail
vigil="${1:-.build/release/vigil}"
count="${2:-100000}"
seconds="${3:-10}"
work="$(mktemp -d)"
db="$work/vigil.sqlite"
port=18765
"$vigil" stats --db "$db" > /dev/null
python3 - "$db" "$count" <<'PY'
import json, random, sqlite3, sys
db, n = sqlite3.connect(sys.argv[1]), int(sys.argv[2])
random.seed(7)
db.execute("INSERT INTO stories (id, canonical_document_id, created, extractor_version) VALUES ('load', 'load', '2024-01-01T00:00:00Z', 'load')")
db.execute("""INSERT INTO documents (id, content_hash, story_id, title, ingested, language, text, repeated_spans, signature, key_terms)
              VALUES ('load', 'load', 'load', 'Load test', '2024-01-01T00:00:00Z', 'en', 'Synthetic reports.', '[]', x'', '')""")
types = [("Air/drone strike", "Explosions/Remote violence"), ("Armed clash", "Battles"), ("Peaceful protest", "Protests"),
         ("Shelling/artillery/missile attack", "Explosions/Remote violence"), ("Attack", "Violence against civilians")]
countries = [("Iraq", "IRQ", 33.3, 44.4), ("Syria", "SYR", 35.0, 38.5), ("Ukraine", "UKR", 48.5, 35.0), ("Sudan", "SDN", 15.5, 32.5),
             ("Yemen", "YEM", 15.3, 44.2), ("Somalia", "SOM", 2.0, 45.3), ("Nigeria", "NGA", 9.0, 7.5), ("Myanmar", "MMR", 19.7, 96.1)]
rows = []
for i in range(n):
    sub, kind = random.choice(types)
    country, iso3, lat, lon = random.choice(countries)
    date = f"{2020 + (i // 336) % 4}-{1 + (i // 28) % 12:02d}-{1 + i % 28:02d}"
    lat, lon = lat + random.uniform(-2, 2), lon + random.uniform(-2, 2)
    confidence, fatalities, claimed = round(random.random(), 3), random.choice([0, 0, 0, 1, 2, 5]), random.random() < 0.2
    event = {"record": "event", "doc_id": "load", "event_id": f"load-{i}", "event_date": date, "time_precision": 1,
             "disorder_type": "Demonstrations" if kind == "Protests" else "Political violence", "event_type": kind,
             "sub_event_type": sub, "actor1": f"Actor {i % 50} ({country})", "assoc_actor_1": "", "actor2": "", "assoc_actor_2": "",
             "inter1": 1, "inter2": 0, "civilian_targeting": "", "country": country, "iso3": iso3, "admin1": f"Region {i % 9}",
             "admin2": "", "location": f"Town {i % 300}", "latitude": lat, "longitude": lon, "geo_precision": 1,
             "fatalities": fatalities, "injuries": None, "attack_count": 1, "weapon": None, "target": None, "claimed": claimed,
             "claimed_by": None, "confidence": confidence, "notes": [], "evidence": []}
    rows.append((event["event_id"], "load", "load", date, kind, sub, event["actor1"], "", country, event["admin1"], lat, lon,
                 fatalities, confidence, int(claimed), json.dumps(event, sort_keys=True)))
db.executemany("""INSERT INTO events (id, story_id, document_id, event_date, event_type, sub_event_type, actor1, actor2, country,
                  admin1, latitude, longitude, fatalities, confidence, claimed, json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""", rows)
db.commit()
print(f"{n} events in {sys.argv[1]}")
PY
"$vigil" serve --db "$db" --port "$port" > "$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/healthz" > /dev/null && break; sleep 0.2; done
for query in "country=Iraq&limit=100" "country=Syria&event_type=Battles&from=2021-01-01&to=2022-12-31&limit=100" \
    "bbox=40,30,46,37&limit=100" "q=Actor%207&limit=50"; do
    for connections in ${CONNECTIONS:-1 8 32}; do
        echo "== /api/events?$query  ($connections connection(s), ${seconds}s)"
        wrk -t1 -c"$connections" -d"${seconds}s" --latency "http://127.0.0.1:$port/api/events?$query" | grep -E "^ +(50|90|99)%|Requests/sec"
    done
done
for format in csv geojson; do
    echo "== /api/export.$format (all $count events)"
    curl -s -o /dev/null -w "%{time_total} s, %{size_download} bytes\n" "http://127.0.0.1:$port/api/export.$format"
done
echo "== /healthz while four GeoJSON exports run"
for _ in 1 2 3 4; do curl -s -o /dev/null "http://127.0.0.1:$port/api/export.geojson" & done
sleep 1
curl -s -o /dev/null -w "%{time_total} s\n" "http://127.0.0.1:$port/healthz"
wait
