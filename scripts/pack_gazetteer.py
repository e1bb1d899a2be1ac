#!/usr/bin/env python3
"""Packs the gazetteer's populated places and second-order divisions into the binary file Vigil memory-maps at start-up.

    python3 scripts/pack_gazetteer.py [--places data/gazetteer/places.tsv.xz] [--out Sources/VigilGeo/Resources/places.bin]

Standard library only: scripts/setup.sh runs it on a fresh machine (make run, make test). The input is the
compressed place list that scripts/build_gazetteer.py writes (GeoNames cities500 and Who's On First places, index
keys already normalized); countries.tsv, admin1.tsv and admin2.tsv beside the output give the row numbers that the
records point at, and admin2.tsv's rows (the second-order divisions, "districts") are packed too, so that start-up
does not parse them. The format (all integers little-endian; read by Sources/VigilGeo/Gazetteer/PlaceTable.swift):

    header    "VIGILGZ1", then u32: version, places, countries, admin1 rows, admin2 rows, index pairs, name bytes,
              the day it was packed (days since 1970-01-01), district index pairs, district name bytes, district key
              bytes, districts with a first-order division
    offsets   u64 byte offset of each section below, in this order (each 8-byte aligned)
    sections  country_starts u32[countries + 1]   places are sorted by country, then latitude
              latitude i32[places], longitude i32[places]   degrees × 100 000
              population u32[places]
              admin1 i32[places], admin2 i32[places]       row numbers in admin1.tsv / admin2.tsv, -1 when unknown
              name_starts u32[places + 1]              into the name bytes
              country u16[places]                      row number in countries.tsv
              flags u8[places]                         bit 0: the name is also a common English word; bit 1: from
                                                       Who's On First (else GeoNames cities500)
              admin1_population i64[admin1 rows], admin2_population i64[admin2 rows]   summed over the places
              key_hashes u64[pairs], key_places i32[pairs]   FNV-1a of each normalized key (a two-word key also
                                                       joined), sorted by hash then place
              run_starts i32[65 537]                   where the pairs of each top-16-bit hash value start
              names                                    UTF-8
              district_latitude i32[admin2 rows], district_longitude i32[admin2 rows]   in admin2.tsv's order
              district_country u16[admin2 rows], district_admin1 i32[admin2 rows]   row numbers, -1 when unknown
              district_name_starts u32[admin2 rows + 1], district_key_starts u32[admin2 rows + 1]
              districts_by_province i32[districts with a first-order division]   sorted by that division's row
              province_starts u32[admin1 rows + 1]     where each first-order division's districts start in it
              district_key_hashes u64[district pairs], district_key_rows i32[district pairs]   FNV-1a of each key of
                                                       admin2.tsv's keys field, sorted by hash then row
              district_names                           UTF-8
              district_keys                            UTF-8, each district's first key without its spaces
"""

from __future__ import annotations

import argparse
import lzma
import struct
import sys
import time
from array import array
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "Sources" / "VigilGeo" / "Resources"
MAGIC = b"VIGILGZ1"
VERSION = 2
SECTIONS = 27
FNV_OFFSET, FNV_PRIME, MASK = 0xCBF29CE484222325, 0x100000001B3, (1 << 64) - 1


def fnv1a(data: bytes) -> int:
    """NameKey.hash(normalized:) in Sources/VigilGeo/Gazetteer/NameKey.swift."""
    h = FNV_OFFSET
    for b in data:
        h = ((h ^ b) * FNV_PRIME) & MASK
    return h


def tsv_rows(path: Path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            yield line.rstrip("\n").split("\t")


def read_places(path: Path, country_of, admin1_of, admin2_of):
    places = []
    opener = lzma.open if path.suffix == ".xz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 10:
                sys.exit(f"{path}:{number}: {len(fields)} fields, expected 10")
            _, name, lat, lon, cc, a1, a2, population, keys, flags = fields[:10]
            if cc not in country_of:
                sys.exit(f"{path}:{number}: unknown country code {cc!r}")
            try:
                point = (round(float(lat) * 100_000), round(float(lon) * 100_000))
            except ValueError:
                sys.exit(f"{path}:{number}: the coordinates {lat!r}, {lon!r} are not numbers")
            places.append((country_of[cc], point[0], point[1], int(population or 0), admin1_of.get((cc, a1), -1),
                           admin2_of.get((cc, a1, a2), -1) if a2 else -1, name, keys,
                           (1 if flags.startswith("w") else 0) | (2 if fields[0].startswith("w") else 0)))
    places.sort(key=lambda p: (p[0], p[1], p[2]))
    return places


def district_sections(admin2, admin1_of, country_of, admin1_rows: int):
    """The district sections, in order, and the header's district counts; admin2.tsv's rows are cc, admin1 code,
    name, lat, lon, aliases, keys (normalized by scripts/build_gazetteer.py)."""
    latitude, longitude, country, admin1 = array("i"), array("i"), array("H"), array("i")
    names, name_starts, keys, key_starts = bytearray(), array("I", [0]), bytearray(), array("I", [0])
    pairs = []
    for row, fields in enumerate(admin2):
        cc, code, name, lat, lon = fields[:5]
        if cc not in country_of:
            sys.exit(f"admin2.tsv: row {row + 1}: unknown country code {cc!r}")
        row_keys = [key for key in (fields[6] if len(fields) > 6 else "").split("|") if key]
        if not row_keys:
            sys.exit(f"admin2.tsv: row {row + 1}: no normalized keys; rebuild it with scripts/build_gazetteer.py")
        latitude.append(round(float(lat) * 100_000))
        longitude.append(round(float(lon) * 100_000))
        country.append(country_of[cc])
        admin1.append(admin1_of.get((cc, code), -1))
        names += name.encode("utf-8")
        name_starts.append(len(names))
        keys += row_keys[0].replace(" ", "").encode("utf-8")
        key_starts.append(len(keys))
        for key in dict.fromkeys(row_keys):
            pairs.append((fnv1a(key.encode("utf-8")), row))
    pairs.sort()
    by_province = sorted((a, row) for row, a in enumerate(admin1) if a >= 0)
    province_starts = array("I", [0] * (admin1_rows + 1))
    for a, _ in by_province:
        province_starts[a + 1] += 1
    for i in range(admin1_rows):
        province_starts[i + 1] += province_starts[i]
    sections = [
        latitude, longitude, country, admin1, name_starts, key_starts, array("i", (row for _, row in by_province)),
        province_starts, array("Q", (h for h, _ in pairs)), array("i", (row for _, row in pairs)), bytes(names),
        bytes(keys),
    ]
    return sections, (len(pairs), len(names), len(keys), len(by_province))


def pack(places, countries: int, admin1_rows: int, admin2_rows: int, districts) -> bytes:
    n = len(places)
    starts = array("I", [0] * (countries + 1))
    for p in places:
        starts[p[0] + 1] += 1
    for i in range(countries):
        starts[i + 1] += starts[i]
    names, name_starts = bytearray(), array("I", [0])
    admin1_population, admin2_population = array("q", [0] * admin1_rows), array("q", [0] * admin2_rows)
    hashes, pairs = {}, []
    for number, p in enumerate(places):
        names += p[6].encode("utf-8")
        name_starts.append(len(names))
        if p[4] >= 0:
            admin1_population[p[4]] += p[3]
        if p[5] >= 0:
            admin2_population[p[5]] += p[3]
        seen = set()
        # A main name of two words of three letters or more is also filed as one ("Gujar Khan" as "Gujarkhan"), as
        # PlaceLookup tries a name written as two words also as one ("Dawlat Abad" for Dawlatabad); alternate names
        # are not, as their joined forms match short words ("Pa Ma").
        keys = [key for key in p[7].split("|") if key]
        words = keys[0].split(" ") if keys else []
        joined = ["".join(words)] if len(words) == 2 and min(map(len, words)) >= 3 else []
        for key in keys + joined:
            if key not in seen:
                seen.add(key)
                h = hashes.get(key)
                if h is None:
                    h = hashes[key] = fnv1a(key.encode("utf-8"))
                pairs.append((h, number))
    pairs.sort()
    run_starts = array("i", [0] * 65_537)
    for h, _ in pairs:
        run_starts[(h >> 48) + 1] += 1
    for i in range(65_536):
        run_starts[i + 1] += run_starts[i]
    sections = [
        starts, array("i", (p[1] for p in places)), array("i", (p[2] for p in places)),
        array("I", (min(p[3], 0xFFFFFFFF) for p in places)), array("i", (p[4] for p in places)),
        array("i", (p[5] for p in places)), name_starts, array("H", (p[0] for p in places)),
        array("B", (p[8] for p in places)), admin1_population, admin2_population,
        array("Q", (h for h, _ in pairs)), array("i", (number for _, number in pairs)), run_starts, bytes(names),
    ] + districts[0]
    packed_day = int(time.time()) // 86_400
    header = MAGIC + struct.pack(
        "<12I", VERSION, n, countries, admin1_rows, admin2_rows, len(pairs), len(names), packed_day, *districts[1])
    body, offsets = bytearray(), []
    start = len(header) + 8 * SECTIONS
    for section in sections:
        while (start + len(body)) % 8:
            body.append(0)
        offsets.append(start + len(body))
        if isinstance(section, array):
            if sys.byteorder != "little":
                section.byteswap()
            body += section.tobytes()
        else:
            body += section
    offsets += [0] * (SECTIONS - len(offsets))
    return header + struct.pack(f"<{SECTIONS}Q", *offsets) + bytes(body)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--places", type=Path, default=ROOT / "data" / "gazetteer" / "places.tsv.xz")
    parser.add_argument("--out", type=Path, default=RESOURCES / "places.bin")
    args = parser.parse_args()
    resources = args.out.parent
    countries = [row[0] for row in tsv_rows(resources / "countries.tsv")]
    country_of = {cc: i for i, cc in enumerate(countries)}
    admin1 = list(tsv_rows(resources / "admin1.tsv"))
    admin1_of = {(row[0], row[1]): i for i, row in enumerate(admin1)}
    admin2 = list(tsv_rows(resources / "admin2.tsv"))
    admin2_of = {(row[0], row[1], row[2]): i for i, row in enumerate(admin2)}
    places = read_places(args.places, country_of, admin1_of, admin2_of)
    districts = district_sections(admin2, admin1_of, country_of, len(admin1))
    data = pack(places, len(countries), len(admin1), len(admin2), districts)
    temporary = args.out.with_suffix(".bin.partial")
    temporary.write_bytes(data)
    temporary.replace(args.out)
    print(f"pack_gazetteer: {len(places):,} places, {len(admin2):,} districts, {len(data) / 1e6:.1f} MB → {args.out}")


if __name__ == "__main__":
    main()
