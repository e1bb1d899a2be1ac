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
