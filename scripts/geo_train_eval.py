#!/usr/bin/env python3
"""Measures geocoding on a sample of ACLED training rows (never the dev set).

    python3 scripts/geo_train_eval.py [--per-country 80] [--seed 7] [--vigil .build-geo/debug/vigil]
                                      [--errors 40] [--out /tmp/geo-train]

Samples up to --per-country rows of each country (dated --since or later) from /work/shared/data/acled-train.csv, runs
`vigil extract` on their notes, and compares the event nearest to the gold point (as score.py does)
with the row: country, admin1, coordinates within 25 km. Errors are sorted into categories and a few
of each are printed with the note's location words, for study; --out gets results.tsv, one line per row,
to compare two runs. Python 3 standard library only.
"""

from __future__ import annotations

import argparse
import collections
import csv
import difflib
import json
import math
import random
import re
import subprocess
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRAIN = Path("/work/shared/data/acled-train.csv")
ADMIN_WORDS = {"governorate", "province", "region", "district", "state", "county", "division", "department",
               "oblast", "prefecture", "of", "the", "de", "du", "des", "al", "el", "ad", "an", "ar", "as", "ash",
               "at", "az", "muhafazat"}


def fold(value) -> str:
    text = unicodedata.normalize("NFKD", "" if value is None else str(value))
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).casefold().split())


def key(value, ignore=frozenset()) -> str:
    return " ".join(w for w in re.findall(r"\w+", fold(value)) if w not in ignore)


def same_admin(pred, gold) -> bool:
    p, g = key(pred, ADMIN_WORDS).replace(" ", ""), key(gold, ADMIN_WORDS).replace(" ", "")
    return bool(p) and (p == g or difflib.SequenceMatcher(None, p, g).ratio() >= 0.8)


def km(a, b, c, d) -> float:
    r = math.radians
    h = math.sin(r(c - a) / 2) ** 2 + math.cos(r(a)) * math.cos(r(c)) * math.sin(r(d - b) / 2) ** 2
    return 12742 * math.asin(min(1, math.sqrt(h)))


def sample(per_country: int, seed: int, since: str):
    with open(TRAIN, newline="", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["notes"].strip() and r["latitude"] and r["event_date"] >= since]
    by_country = collections.defaultdict(list)
    for r in rows:
        by_country[r["country"]].append(r)
    rng = random.Random(seed)
    out = []
    for country in sorted(by_country):
        group = by_country[country]
        out.extend(rng.sample(group, min(per_country, len(group))))
    return out


def run(vigil: str, rows, out: Path):
    out.mkdir(parents=True, exist_ok=True)
    docs = out / "docs.jsonl"
    with open(docs, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({"id": r["event_id_cnty"], "text": r["notes"], "published": r["event_date"],
                                "source": r["source"]}) + "\n")
    result = subprocess.run([vigil, "extract", str(docs)], capture_output=True, text=True, check=True)
    events = collections.defaultdict(list)
    for line in result.stdout.splitlines():
        record = json.loads(line)
        if record.get("record", "event") == "event":
            events[str(record["doc_id"])].append(record)
    return events


def judge(row, events):
    """The best event (nearest the gold point) and the outcome category."""
    glat, glon = float(row["latitude"]), float(row["longitude"])

    def dist(e):
        try:
            return km(glat, glon, float(e["latitude"]), float(e["longitude"]))
        except (TypeError, ValueError, KeyError):
            return math.inf

    if not events:
        return None, math.inf, "no event"
    best = min(events, key=dist)
    d = dist(best)
    if key(best.get("country")) != key(row["country"]):
        category = "no place" if not best.get("country") else "wrong country"
    elif not same_admin(best.get("admin1"), row["admin1"]):
        category = "wrong admin1"
    elif d > 25:
        category = "admin1 right, > 25 km"
    else:
        category = "ok"
    return best, d, category


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--per-country", type=int, default=80)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--since", default="2019", help="only rows from this date on (ACLED's current note style)")
    parser.add_argument("--vigil", default=str(ROOT / ".build-geo" / "debug" / "vigil"))
    parser.add_argument("--errors", type=int, default=0, help="errors to print per category")
    parser.add_argument("--country", help="print errors of this country only")
    parser.add_argument("--out", type=Path, default=Path("/tmp/geo-train"))
    args = parser.parse_args()
    rows = sample(args.per_country, args.seed, args.since)
    events = run(args.vigil, rows, args.out)
    totals = collections.Counter()
    per_country = collections.defaultdict(collections.Counter)
    errors = collections.defaultdict(list)
    for row in rows:
        best, d, category = judge(row, events.get(row["event_id_cnty"], []))
        ok_country = category not in ("no event", "no place", "wrong country")
        ok_admin1 = category in ("ok", "admin1 right, > 25 km")
        for name, ok in (("country", ok_country), ("admin1", ok_admin1), ("coord25", d <= 25), ("n", True)):
            totals[name] += ok
            per_country[row["country"]][name] += ok
        totals[category + " [cat]"] += 1
        if category != "ok" and (not args.country or row["country"] == args.country):
            errors[category].append((row, best, d))
    with open(args.out / "results.tsv", "w", encoding="utf-8") as f:
        for row in rows:
            best, d, category = judge(row, events.get(row["event_id_cnty"], []))
            got = " / ".join(str(best.get(k, "")) for k in ("location", "admin1", "country")) if best else ""
            f.write(f"{row['event_id_cnty']}\t{category}\t{row['location']} / {row['admin1']}\t{got}\n")
    n = totals["n"]
    print(f"n={n} country={totals['country'] / n:.3f} admin1={totals['admin1'] / n:.3f} coord25={totals['coord25'] / n:.3f}")
    print("categories:", ", ".join(f"{k[:-6]} {v}" for k, v in sorted(totals.items()) if k.endswith("[cat]")))
    for country, c in sorted(per_country.items()):
        print(f"  {country:<14} n={c['n']:>4} country={c['country'] / c['n']:.2f} admin1={c['admin1'] / c['n']:.2f}"
              f" coord25={c['coord25'] / c['n']:.2f}")
    for category, items in sorted(errors.items()):
        for row, best, d in items[: args.errors]:
            print(f"\n[{category}] {row['event_id_cnty']} gold {row['location']} / {row['admin2']} / {row['admin1']} /"
                  f" {row['country']} (prec {row['geo_precision']})")
            if best:
                print(f"    got {best.get('location')} / {best.get('admin2')} / {best.get('admin1')} / {best.get('country')}"
                      f" ({d:.0f} km)")
            print("    " + row["notes"][:300])


if __name__ == "__main__":
    main()
