#!/usr/bin/env bash
# Packages the extension with a vigie binary inside (bin/vigie), for desks that install the
# .vsix without installing the server: the extension falls back to it when neither
# `vigie.server.path` nor PATH gives one. The package is then platform-specific.
#
#   editors/vscode/scripts/package-bundled.sh [BINARY] [OUT.vsix]
#
# BINARY defaults to $VIGIE_BIN, else target/release/vigie of the repository (built with
# `cargo build --release -p vigie` when missing). OUT defaults to vigie-<version>-<target>.vsix
# in editors/vscode. The target (linux-x64, darwin-arm64, ...) is this machine's.
set -euo pipefail

ext="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
repo="$(cd "$ext/../.." && pwd)"
bin="${1:-${VIGIE_BIN:-}}"
if [ -z "$bin" ]; then
  bin="$repo/target/release/vigie"
  [ -x "$bin" ] || (cd "$repo" && cargo build --release -p vigie)
fi
[ -x "$bin" ] || { echo "package-bundled.sh: not an executable: $bin" >&2; exit 2; }

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) target=linux-x64 ;;
  Linux-aarch64) target=linux-arm64 ;;
  Darwin-x86_64) target=darwin-x64 ;;
  Darwin-arm64) target=darwin-arm64 ;;
  *) echo "package-bundled.sh: no VS Code target for $(uname -s)-$(uname -m)" >&2; exit 2 ;;
esac
version="$(node -p "require('$ext/package.json').version")"
out="${2:-$ext/vigie-$version-$target.vsix}"

cd "$ext"
# bin/ is git-ignored; what was there before is put back afterwards.
backup=""
if [ -e bin ]; then
  backup="$(mktemp -d)"
  mv bin "$backup/"
fi
restore() {
  rm -rf "$ext/bin"
  if [ -n "$backup" ]; then mv "$backup/bin" "$ext/bin" && rmdir "$backup"; fi
}
trap restore EXIT
mkdir bin
cp "$bin" bin/vigie
chmod 755 bin/vigie
npx --no-install tsc -p .
npx --no-install vsce package --allow-missing-repository --skip-license --target "$target" -o "$out" >/dev/null
echo "$out"
