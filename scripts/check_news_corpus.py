#!/usr/bin/env python3
"""Checks news-corpus TSV files (data/training/news/): columns, labels, ids; prints label counts.

Usage: scripts/check_news_corpus.py FILE.tsv [FILE.tsv ...]
Exits 1 when a file has a malformed row, naming the file, line and problem.
"""
import sys
from collections import Counter

SUB_EVENT_TYPES = [
    "Government regains territory", "Non-state actor overtakes territory", "Armed clash",
    "Excessive force against protesters", "Protest with intervention", "Peaceful protest",
    "Violent demonstration", "Mob violence", "Chemical weapon", "Air/drone strike", "Suicide bomb",
    "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade", "Sexual violence",
    "Attack", "Abduction/forced disappearance", "Agreement", "Arrests", "Change to group/activity",
    "Disrupted weapons use", "Headquarters or base established", "Looting/property destruction",
    "Non-violent transfer of territory", "Other",
]
NON_EVENTS = ["NONE:" + k for k in
              ("disaster", "accident", "diplomacy", "crime", "court", "commentary", "sport", "business", "politics")]
HEADER = ["id", "text", "label", "style", "region"]


def check(path, seen_ids, counts):
    problems = 0
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0].split("\t") != HEADER:
        print(f"{path}:1: header must be {' TAB '.join(HEADER)}")
        return 1
    for number, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != 5:
            print(f"{path}:{number}: {len(fields)} fields, expected 5")
            problems += 1
            continue
        id_, text, label, style, region = fields
        if not id_ or id_ in seen_ids:
            print(f"{path}:{number}: id {id_!r} empty or repeated")
            problems += 1
        seen_ids.add(id_)
        if label not in SUB_EVENT_TYPES and label not in NON_EVENTS:
            print(f"{path}:{number}: unknown label {label!r}")
            problems += 1
        if len(text.split()) < 6:
            print(f"{path}:{number}: text too short")
            problems += 1
        if not style or not region:
            print(f"{path}:{number}: style or region empty")
            problems += 1
        counts[label] += 1
    return problems


def main():
    counts, ids, problems = Counter(), set(), 0
    for path in sys.argv[1:]:
        problems += check(path, ids, counts)
    events = sum(v for k, v in counts.items() if not k.startswith("NONE:"))
    for label, n in sorted(counts.items()):
        print(f"{n:6d}  {label}")
    print(f"{sum(counts.values())} rows: {events} events, {sum(counts.values()) - events} non-events; {problems} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
