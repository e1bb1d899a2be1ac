#!/usr/bin/env bash
# Runs the dashboard's browser test (scripts/browser_test_dashboard.py) with headless Chromium,
# installing Debian's chromium and chromium-driver and PyPI's selenium first when they are missing.
# Usage: scripts/browser_test.sh [path/to/vigil]   (default .build/debug/vigil)
set -euo pipefail
cd "$(dirname "$0")/.."
vigil="${1:-.build/debug/vigil}"

missing=()
for package in chromium chromium-driver; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if ((${#missing[@]})); then
    echo "browser test: installing ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
python3 -c "import selenium" 2>/dev/null || python3 -m pip install --quiet --disable-pip-version-check selenium
python3 scripts/browser_test_dashboard.py "$vigil"
