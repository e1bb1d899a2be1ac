#!/usr/bin/env python3
"""Short synthetic conflict reports as JSONL on stdout, with syndicated copies: about 15% of the
reports again word for word from another outlet, 10% again with a few words changed.
Used by scripts/check_workers.sh and scripts/bench_postgres.sh.
    scripts/synthetic_reports.py REPORTS > docs.jsonl"""
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
