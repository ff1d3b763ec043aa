#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster in a temporary folder, on a free port of 127.0.0.1,
# for the database tests. Prints the lines to evaluate:
#   eval "$(bash tests/pg/start.sh)"   # sets VIGIE_TEST_DATABASE_URL and VIGIE_PG_DIR
#   ...
#   bash tests/pg/stop.sh "$VIGIE_PG_DIR"
# Installs Debian's postgresql when no PostgreSQL is found and apt-get is there (CI).
# As root, the cluster runs as the `postgres` user (PostgreSQL refuses to run as root).
set -euo pipefail

find_bin() {
    if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
        dirname "$(command -v pg_ctl)"
        return
    fi
    local d
    d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    [ -n "$d" ] && [ -x "$d/pg_ctl" ] && echo "$d"
}

bin=$(find_bin || true)
if [ -z "$bin" ]; then
    if command -v apt-get >/dev/null 2>&1; then
        sudo=""
        if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then sudo="sudo"; fi
        echo "pg: installing Debian's postgresql" >&2
        $sudo apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >&2
        bin=$(find_bin)
    else
        echo "pg: no PostgreSQL (initdb, pg_ctl) and no apt-get" >&2
        exit 1
    fi
fi

run_as=()
owner=$(id -un)
if [ "$(id -u)" -eq 0 ]; then
    if ! id postgres >/dev/null 2>&1; then
        useradd --system --no-create-home --shell /usr/sbin/nologin postgres
    fi
    owner=postgres
    if command -v runuser >/dev/null 2>&1; then
        run_as=(runuser -u postgres --)
    else
        run_as=(su postgres -s /bin/sh -c)
    fi
fi

dir=$(mktemp -d /tmp/vigie-pg.XXXXXX)
chmod 755 "$dir"
chown "$owner" "$dir"

# A free port: the kernel's choice for a socket bound to port 0.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
    || echo $((20000 + RANDOM % 20000)))

password="vigie-test-$RANDOM$RANDOM"
printf '%s\n' "$password" > "$dir/pwfile"
chown "$owner" "$dir/pwfile"
chmod 600 "$dir/pwfile"

as_owner() {
    if [ ${#run_as[@]} -eq 0 ]; then
        "$@"
    elif [ "${run_as[0]}" = su ]; then
        "${run_as[@]}" "$(printf '%q ' "$@")"
    else
        "${run_as[@]}" "$@"
    fi
}

as_owner "$bin/initdb" -D "$dir/data" -U vigie --pwfile="$dir/pwfile" \
    --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
rm -f "$dir/pwfile"
# Tests need no durability; VIGIE_PG_DURABLE=1 keeps PostgreSQL's defaults (benchmarks).
fast="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
[ "${VIGIE_PG_DURABLE:-0}" = 1 ] && fast=""
as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir $fast -c max_connections=200" \
    start >&2 || { cat "$dir/server.log" >&2; exit 1; }
echo "$bin" > "$dir/bin"
echo "export VIGIE_PG_DIR='$dir'"
echo "export VIGIE_TEST_DATABASE_URL='postgres://vigie:$password@127.0.0.1:$port/postgres'"
