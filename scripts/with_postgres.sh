#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL cluster on 127.0.0.1:${VIGIL_TEST_POSTGRES_PORT:-54329},
# its URL in VIGIL_TEST_POSTGRES_URL; the cluster is stopped and deleted afterwards, even when the
# command fails. Installs Debian's postgresql when it is missing, and its PostGIS package
# (postgresql-NN-postgis-3) when apt has one; VIGIL_TEST_POSTGIS=1 tells the tests that PostGIS is
# there. PostgreSQL refuses to run as root: as root the cluster belongs to the `postgres` user
# (created by the package).
#   scripts/with_postgres.sh swift test
set -euo pipefail
(($#)) || { echo "usage: $0 COMMAND [ARGUMENT…]" >&2; exit 64; }

port="${VIGIL_TEST_POSTGRES_PORT:-54329}"
find_bin() {
    local dir
    for dir in /usr/lib/postgresql/*/bin; do
        [ -x "$dir/initdb" ] && { echo "$dir"; return; }
    done
    command -v initdb >/dev/null && dirname "$(command -v initdb)"
}
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
bin="$(find_bin || true)"
if [ -z "$bin" ]; then
    echo "with_postgres: installing postgresql"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
    bin="$(find_bin)"
fi

version="$(basename "$(dirname "$bin")")"
postgis_control="/usr/share/postgresql/$version/extension/postgis.control"
if [ ! -f "$postgis_control" ] && apt-cache show "postgresql-$version-postgis-3" >/dev/null 2>&1; then
    echo "with_postgres: installing postgresql-$version-postgis-3"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "postgresql-$version-postgis-3" >/dev/null || true
fi
[ -f "$postgis_control" ] && export VIGIL_TEST_POSTGIS=1

owner="$(id -un)"
as_owner() { "$@"; }
if [ "$(id -u)" -eq 0 ]; then
    owner=postgres
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
    as_owner() { runuser -u postgres -- "$@"; }
fi

dir="$(mktemp -d /tmp/vigil-pg.XXXXXX)"
chmod 755 "$dir"
[ "$owner" = "$(id -un)" ] || chown "$owner" "$dir"
stop() {
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
}
trap stop EXIT

# A server left by an interrupted run on the same port: stop it before starting ours.
for pidfile in /tmp/vigil-pg.*/data/postmaster.pid; do
    [ -f "$pidfile" ] && [ "$(sed -n 4p "$pidfile")" = "$port" ] || continue
    kill "$(head -1 "$pidfile")" 2>/dev/null || true
    sleep 1
done

as_owner "$bin/initdb" -D "$dir/data" -U "$owner" --auth=trust --encoding=UTF8 --no-locale >/dev/null
as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
    -o "-k $dir -p $port -h 127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U "$owner" vigil_test

export VIGIL_TEST_POSTGRES_URL="postgres://$owner@127.0.0.1:$port/vigil_test"
echo "with_postgres: $VIGIL_TEST_POSTGRES_URL${VIGIL_TEST_POSTGIS:+ (with PostGIS)}"
"$@"
