#!/usr/bin/env python3
"""Sample a development set from acled-train.csv for VigilExtract error analysis.

Writes DOCS.jsonl ({"id","text","published","source"}, the source as the dev documents carry it) and GOLD.csv (score.py acled format). Rows are
stratified by (source_file, sub_event_type); katehara rows (old taxonomy, no sub-event type)
are skipped. `published` is the event date plus three days; trailing "[...]" tags are removed.

  python3 scripts/make_train_devset.py TRAIN.csv DOCS.jsonl GOLD.csv [--per-stratum 60] [--seed 7]
"""
import argparse
import csv
import json
import random
import re
from collections import defaultdict
from datetime import date, timedelta

TRAILING_TAGS = re.compile(r"(\s*\[[^\]]*\])+\s*$")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("train")
    parser.add_argument("docs")
    parser.add_argument("gold")
    parser.add_argument("--per-stratum", type=int, default=60)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    with open(args.train, newline="", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["sub_event_type"]]
    strata = defaultdict(list)
    for row in rows:
        strata[row["source_file"], row["sub_event_type"]].append(row)
    rng = random.Random(args.seed)
    sample = []
    for key in sorted(strata):
        group = strata[key]
        sample += rng.sample(group, min(args.per_stratum, len(group)))
    fields = ["event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "country",
              "admin1", "location", "latitude", "longitude", "fatalities", "region", "source_file"]
    with open(args.docs, "w", encoding="utf-8") as docs, open(args.gold, "w", newline="", encoding="utf-8") as gold:
        writer = csv.DictWriter(gold, fieldnames=fields, extrasaction="ignore")
        writer.writeheader()
        for row in sample:
            published = date.fromisoformat(row["event_date"]) + timedelta(days=3)
            text = TRAILING_TAGS.sub("", row["notes"]).strip()
            docs.write(json.dumps({"id": row["event_id_cnty"], "text": text,
                                   "published": published.isoformat(), "source": row["source"]}) + "\n")
            writer.writerow({**row, "region": row["source_file"].split(":")[0]})
    print(f"{len(sample)} rows from {len(strata)} strata")


if __name__ == "__main__":
    main()
