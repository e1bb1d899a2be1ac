#!/usr/bin/env bash
# Installs the system libraries Vigil builds against (Debian/Ubuntu), if they are missing.
# Swift 6.3 itself must already be installed (https://swift.org/install).
set -euo pipefail

packages=(libxml2-dev libsqlite3-dev zlib1g-dev pkg-config)
missing=()
for package in "${packages[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if ((${#missing[@]})); then
    echo "setup: installing ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
command -v swift >/dev/null || { echo "setup: swift not found; install Swift 6.3 first" >&2; exit 1; }

# The gazetteer's populated places, packed from the compressed list in the repository into the file Vigil
# memory-maps (scripts/pack_gazetteer.py, standard-library Python; about a minute, once).
resources=Sources/VigilGeo/Resources
packed=$resources/places.bin
for input in data/gazetteer/places.tsv.xz scripts/pack_gazetteer.py $resources/countries.tsv $resources/admin1.tsv $resources/admin2.tsv; do
    if [ ! -s "$packed" ] || [ "$input" -nt "$packed" ]; then
        command -v python3 >/dev/null || { echo "setup: python3 not found; it packs the gazetteer" >&2; exit 1; }
        echo "setup: packing the gazetteer's places into $packed"
        python3 scripts/pack_gazetteer.py
        break
    fi
done
