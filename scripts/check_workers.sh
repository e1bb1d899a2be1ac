#!/usr/bin/env bash
# Checks that several `vigil worker` processes, one of them killed with -9 mid-run, give the same
# database as one `vigil process` on the same input: about 3,000 short synthetic reports with
# syndicated exact copies and near-copies. Needs PostgreSQL; run it as
#   scripts/with_postgres.sh scripts/check_workers.sh [WORKERS] [REPORTS]
set -euo pipefail
: "${VIGIL_TEST_POSTGRES_URL:?run through scripts/with_postgres.sh}"
workers="${1:-3}" reports="${2:-2500}"
vigil="$(cd "$(dirname "$0")/.." && pwd)/${VIGIL:-.build/debug/vigil}"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT; cd "$work"

python3 - "$reports" >docs.jsonl <<'PY'
import json, random, sys
random.seed(7)
places = ["Bannu", "Kharkiv", "Donetsk", "Gao", "Mogadishu", "Kismayo", "Maiduguri", "Goma", "Bunia", "Aleppo",
          "Idlib", "Mosul", "Kirkuk", "Sittwe", "Mandalay", "El Fasher", "Khartoum", "Port-au-Prince", "Timbuktu",
          "Mopti", "Peshawar", "Quetta", "Herat", "Sanaa", "Taiz", "Marib", "Benghazi", "Tripoli"]
actors = ["militants", "gunmen", "soldiers", "rebels", "protesters", "unidentified attackers", "armed men"]
verbs = ["attacked a police post in {p}, killing {n} officers",
         "clashed with government forces near {p}; {n} fighters were killed",
         "shelled residential areas of {p}, killing {n} civilians",
         "staged a protest in {p} against rising prices; {n} people were arrested"]
days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
for i in range(int(sys.argv[1])):
    p, d = random.choice(places), random.randint(1, 28)
    text = (f"{random.choice(actors).capitalize()} {random.choice(verbs).format(p=p, n=random.randint(1, 40))} on "
            f"{random.choice(days)}, local officials said. The incident took place on March {d}, 2024, according to "
            "residents who spoke by telephone. Security forces said an investigation was under way.")
    doc = {"id": f"r{i}", "title": f"Report {i} from {p}", "text": text, "published": f"2024-03-{d:02d}", "source": "Wire"}
    print(json.dumps(doc))
    r = random.random()
    if r < 0.15:
        print(json.dumps(dict(doc, id=f"r{i}-copy", source="Syndicate")))
    elif r < 0.25:
        print(json.dumps(dict(doc, id=f"r{i}-near", source="Other",
                              text=text.replace("local officials said", "local officials told reporters"))))
PY

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
