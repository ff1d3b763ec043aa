#!/usr/bin/env bash
# Stops the cluster started by tests/pg/start.sh and removes its folder.
set -uo pipefail
dir=${1:?usage: stop.sh DIR}
[ -d "$dir/data" ] || exit 0
bin=$(cat "$dir/bin")
if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 \
        || su postgres -s /bin/sh -c "'$bin/pg_ctl' -D '$dir/data' -m immediate stop" >/dev/null 2>&1
else
    "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1
fi
rm -rf "$dir"
