#!/usr/bin/env bash
# Rebuilds the dashboard's vendored assets in Sources/VigilServer/Resources/dashboard:
#   vendor/leaflet/  Leaflet 1.9.3 (BSD-2-Clause), taken from the django-leaflet 0.34.0 wheel on PyPI,
#                    which ships Leaflet's built files unchanged;
#   data/countries.geojson  Natural Earth 1:110m admin-0 countries (public domain), names and shapes
#                    only, coordinates rounded to 0.01°, from ../shared/data/ne_110m_admin_0_countries.geojson.
# Usage: scripts/vendor_dashboard_assets.sh [path/to/ne_110m_admin_0_countries.geojson]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dashboard="$root/Sources/VigilServer/Resources/dashboard"
countries="${1:-$root/../shared/data/ne_110m_admin_0_countries.geojson}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 -m pip download --quiet --no-deps --dest "$work" django-leaflet==0.34.0
python3 - "$work"/django_leaflet-0.34.0-py3-none-any.whl "$dashboard/vendor/leaflet" <<'PY'
import sys, zipfile, pathlib
wheel, target = sys.argv[1], pathlib.Path(sys.argv[2])
(target / "images").mkdir(parents=True, exist_ok=True)
wanted = ["leaflet.js", "leaflet.css", "images/layers.png", "images/layers-2x.png",
          "images/marker-icon.png", "images/marker-icon-2x.png", "images/marker-shadow.png"]
with zipfile.ZipFile(wheel) as z:
    for name in wanted:
        (target / name).write_bytes(z.read("leaflet/static/leaflet/" + name))
    header = z.read("leaflet/static/leaflet/leaflet-src.js").decode()[:200]
assert "Leaflet 1.9.3" in header, header
(target / "LICENSE").write_text("""Leaflet 1.9.3 (https://leafletjs.com), vendored from the django-leaflet 0.34.0 package on PyPI.

BSD 2-Clause License

Copyright (c) 2010-2022, Vladimir Agafonkin
Copyright (c) 2010-2011, CloudMade
All rights reserved.

Redistribution and use in source and binary forms, with or without modification, are
permitted provided that the following conditions are met:

   1. Redistributions of source code must retain the above copyright notice, this list of
      conditions and the following disclaimer.

   2. Redistributions in binary form must reproduce the above copyright notice, this list
      of conditions and the following disclaimer in the documentation and/or other materials
      provided with the distribution.

THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY
EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF
MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE
COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,
SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT
OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION)
HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS
SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
""")
PY

python3 - "$countries" "$dashboard/data/countries.geojson" <<'PY'
import json, sys, pathlib
source, target = sys.argv[1], pathlib.Path(sys.argv[2])
target.parent.mkdir(parents=True, exist_ok=True)
def rounded(coordinates):
    if isinstance(coordinates[0], (int, float)):
        return [round(coordinates[0], 2), round(coordinates[1], 2)]
    return [rounded(c) for c in coordinates]
features = []
for feature in json.load(open(source))["features"]:
    geometry = feature["geometry"]
    features.append({"type": "Feature", "properties": {"name": feature["properties"]["NAME"]},
                     "geometry": {"type": geometry["type"], "coordinates": rounded(geometry["coordinates"])}})
collection = {"type": "FeatureCollection",
              "attribution": "Natural Earth 1:110m Admin 0 countries (public domain), naturalearthdata.com",
              "features": features}
target.write_text(json.dumps(collection, separators=(",", ":")))
PY
echo "vendored Leaflet and $(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["features"]))' "$dashboard/data/countries.geojson") Natural Earth countries into $dashboard"
