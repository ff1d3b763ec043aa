#!/usr/bin/env bash
# kak-smoke.sh: try vigie with Kakoune and kakoune-lsp, headless.
#
# Not part of the test suite: the record of how the Kakoune configuration in
# editors/README.md was tried. It needs `kak` (Debian `kakoune`), `kak-lsp` (crates.io
# `kak-lsp`; tried with 22.0.0; 18.0.0 or later, which reads the `lsp_servers` option) and
# `jq`:
#
#   cargo build -p vigie
#   VIGIE_BIN=target/debug/vigie editors/kakoune/kak-smoke.sh
#
# In a temporary folder it copies tests/fixtures/corpus/desk, writes a vigie.toml and one
# article with an unsourced figure, and a kakrc holding the configuration from
# editors/README.md (with figures.severity = "error" as a setting). It starts Kakoune on
# 2025-08-20-pokrovsk.md with the JSON UI (`kak -ui json`: what a terminal would show arrives
# as JSON on stdout, kept in a file) and drives the session with `kak -p`. Not `kak -n`: that
# skips Kakoune's own kakrc too, and with it the filetype detection; KAKOUNE_CONFIG_DIR
# points Kakoune at the test's kakrc instead. Checks:
#   1. the configuration applies: filetype markdown, lsp_servers naming vigie, kak-lsp
#      started;
#   2. `lsp-hover` on "Pokrovsk": the info box shows the card (Donetsk in it), and
#      `vigie lsp` runs under kak-lsp; `lsp-references` lists the mentions in files never
#      opened;
#   3. the article with the figure: lsp_diagnostic_error_count becomes 1 (the setting, sent
#      as initializationOptions, made the warning an error), and `lsp-diagnostics` lists
#      the unsourced-figure message on its line;
#   4. vigie.toml changed on disk (durations = true): a second error, on the duration
#      (kak-lsp's file watcher, lsp_file_watch_support); then the quick fix: in the menu of
#      `lsp-code-actions quickfix` (keys typed through the JSON UI) "Indiquer la source"
#      turns the line into "…, selon [source]." and the figure's error goes;
#   5. a .txt article gets filetype `plain` from the kakrc's hook, and `lsp-hover` on
#      "Pokrovsk" there shows the card too;
#   6. an article written outside Kakoune: the card counts one article more, through
#      kak-lsp's file watcher, and still does after `lsp-restart`;
#   7. `kill!` ends Kakoune, kak-lsp and vigie.
# The results (each check, the hover texts, the diagnostics buffer) go to
# $VIGIE_KAK_RESULTS (default: editors/kakoune/output/kak-smoke.txt) and to stdout; the
# run ends with `kakoune: N passed, M failed`.
#
# Environment:
#   VIGIE_BIN           the vigie binary (default: `vigie` on PATH)
#   VIGIE_KAK_TIMEOUT   the limit of each wait, in seconds (default 30)
#   VIGIE_KAK_RESULTS   where to write the results
#
# Exit status: 0 when every check passed, 1 when one failed, 2 when it could not start.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
fixtures="$repo/tests/fixtures/corpus/desk"
wait_s="${VIGIE_KAK_TIMEOUT:-30}"
results="${VIGIE_KAK_RESULTS:-$here/output/kak-smoke.txt}"

die() {
  echo "kak-smoke.sh: $*" >&2
  exit 2
}

# The server: the configuration says `command = "vigie"`, so the binary goes on PATH.
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
for tool in kak kak-lsp jq timeout; do
  command -v "$tool" >/dev/null || die "$tool not found (see the header of this script)"
done

# Everything the run writes goes to a temporary folder, removed at the end. Kakoune's and
# kak-lsp's sockets live under XDG_RUNTIME_DIR, so this session is invisible to others.
tmp="$(mktemp -d "${TMPDIR:-/tmp}/vigie-kak.XXXXXX")"
ws="$tmp/desk"
session="vigie-smoke-$$"
kak_pid=""
kak_lsp_pid=""
vigie_pid=""
cleanup() {
  if [ -n "$kak_pid" ] && kill -0 "$kak_pid" 2>/dev/null; then
    kill "$kak_pid" 2>/dev/null || true
  fi
  for pid in "$kak_lsp_pid" "$vigie_pid"; do
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
    fi
  done
  exec 3>&- 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

mkdir -p "$ws" "$tmp/bin" "$tmp/kak-config" "$tmp/xdg-config" "$tmp/run"
chmod 700 "$tmp/run"
ln -s "$bin" "$tmp/bin/vigie"
cp "$fixtures"/* "$ws/"
echo '# The smoke test workspace: every article in this folder is the corpus.' >"$ws/vigie.toml"
cat >"$ws/2025-10-05-renforts.md" <<'EOF'
---
title: "Renforts autour de Pokrovsk"
date: 2025-10-05
---

# Renforts autour de Pokrovsk

Des dizaines de milliers de soldats ont été déployés.
La bataille dure depuis près de trois ans.
Les combats continuent autour de Pokrovsk, selon l’état-major ukrainien.
EOF

# The kakrc: the configuration from editors/README.md, plus a setting to check (figures as
# errors, not warnings). Kakoune's own kakrc (/usr/share/kak/kakrc) loads its autoload
# folder first (markdown.kak sets filetype=markdown), then this one.
cat >"$tmp/kak-config/kakrc" <<'EOF'
eval %sh{kak-lsp}
set-option global lsp_file_watch_support true
hook global BufCreate .*\.txt %{ set-option buffer filetype plain }
hook global WinSetOption filetype=(markdown|plain) %{
    set-option buffer lsp_servers %{
        [vigie]
        root_globs = ["vigie.toml", ".git"]
        command = "vigie"
        args = ["lsp"]
        settings_section = "vigie"
        [vigie.settings.vigie]
        figures.severity = "error"
    }
    lsp-enable-window
}
EOF

export PATH="$tmp/bin:$PATH"
export KAKOUNE_CONFIG_DIR="$tmp/kak-config"
# A kak-lsp.toml in the user's config folder would make kak-lsp ignore lsp_servers.
export XDG_CONFIG_HOME="$tmp/xdg-config"
export XDG_RUNTIME_DIR="$tmp/run"
export VIGIE_CACHE_DIR="$tmp/vigie-cache"

kak_version="$(kak -version 2>&1 | head -n 1)"
if command -v dpkg-query >/dev/null && dpkg-query -W kakoune >/dev/null 2>&1; then
  kak_version="$kak_version (Debian kakoune $(dpkg-query -W -f='${Version}' kakoune))"
fi
lsp_version="$(kak-lsp --version 2>&1 | head -n 1)"

# Kakoune with the JSON UI, its input a FIFO held open (at end of input the UI would quit),
# its output (draw, info_show, ... one JSON-RPC message a line) in ui.jsonl. `timeout`
# guards against a session that would not end; every wait below has its own, shorter limit.
mkfifo "$tmp/ui-in"
exec 3<>"$tmp/ui-in"
(cd "$ws" && exec timeout 900 kak -ui json -s "$session" 2025-08-20-pokrovsk.md \
  <&3 >"$tmp/ui.jsonl" 2>"$tmp/kak.err") &
kak_pid=$!

# Results ----------------------------------------------------------------------------------

mkdir -p "$(dirname "$results")"
: >"$results"
passed=0
failed=0
say() { printf '%s\n' "$*" | tee -a "$results"; }
ok() {
  passed=$((passed + 1))
  say "kakoune: ok   $*"
}
fail() {
  failed=$((failed + 1))
  say "kakoune: FAIL $*"
}
# A block of text (a hover, a buffer) into the results, indented.
show() { sed 's/^/    | /' | tee -a "$results"; }

say "vigie: $("$bin" --version 2>&1 | head -n 1) ($bin)"
say "kakoune: $kak_version"
say "kak-lsp: $lsp_version"

# Driving the session ----------------------------------------------------------------------

# Send commands to the session (they run in the context of client0, the JSON UI).
send() {
  printf 'evaluate-commands -client client0 %%{ %s }\n' "$1" | timeout 5 kak -p "$session"
}

# answer KEYS VAR: in client0's context, on a draft selection moved by KEYS (may be empty),
# the value of $kak_VAR, or nothing after the wait. The answer is written by a shell
# expansion, then renamed, so it is never read half-written.
answer() {
  local file="$tmp/answer" i
  rm -f "$file"
  send "evaluate-commands -draft %{ execute-keys %{$1}
    nop %sh{ printf '%s' \"\$kak_$2\" >'$file.tmp' && mv '$file.tmp' '$file' } }" || return 0
  for ((i = 0; i < 50; i++)); do
    [ -f "$file" ] && { cat "$file"; return 0; }
    sleep 0.1
  done
}
# ask NAME: the value of option NAME.
ask() { answer '' "opt_$1"; }
# line_text N: the text of line N of client0's buffer.
line_text() { answer "${1}gx" selection; }

# wait_opt NAME REGEX: wait until option NAME matches REGEX; prints its last value.
wait_opt() {
  local deadline=$((SECONDS + wait_s)) value=""
  while ((SECONDS < deadline)); do
    value="$(ask "$1")"
    if [[ "$value" =~ $2 ]]; then
      printf '%s' "$value"
      return 0
    fi
    sleep 0.3
  done
  printf '%s' "$value"
  return 1
}

# dump_buffer NAME FILE: write a buffer's text (a scratch one too) to FILE.
dump_buffer() {
  local i
  rm -f "$2"
  send "evaluate-commands -buffer '$1' %{ write -force '$2' }" || true
  for ((i = 0; i < 50; i++)); do
    [ -f "$2" ] && return 0
    sleep 0.1
  done
  return 1
}

# The text of the info boxes shown since line FROM of ui.jsonl, the last one last; boxes
# are separated by a line `----`.
infos_since() {
  tail -n "+$(($1 + 1))" "$tmp/ui.jsonl" \
    | jq -r 'select(.method == "info_show")
             | (.params[1] | map(map(.contents) | join("")) | join("\n")), "----"' 2>/dev/null
}
last_info_since() {
  infos_since "$1" | awk '/^----$/ { text = block; block = ""; next }
                          { block = block $0 "\n" } END { printf "%s", text }'
}

# hover KEYS REGEX [SECONDS]: put the cursor with KEYS, run lsp-hover and read the info box
# that comes up; again until its text matches REGEX (grep -E) or the time is up (default
# VIGIE_KAK_TIMEOUT): the server may still be starting or indexing. The last text is left
# in $hover_text.
hover_text=""
hover() {
  local keys="$1" regex="$2" deadline=$((SECONDS + ${3:-$wait_s})) from i
  hover_text=""
  while ((SECONDS < deadline)); do
    from="$(wc -l <"$tmp/ui.jsonl")"
    send "execute-keys %{$keys}; lsp-hover" || true
    for ((i = 0; i < 30; i++)); do
      sleep 0.2
      hover_text="$(last_info_since "$from")"
      [ -n "$hover_text" ] && break
    done
    grep -Eq "$regex" <<<"$hover_text" && return 0
    sleep 1
  done
  return 1
}

# The number of articles on the card ("Cité dans 4 articles", "In 4 articles").
card_articles() { grep -Eo '(Cité dans|In) [0-9]+ articles' <<<"$hover_text" | grep -Eo '[0-9]+'; }

# The checks -------------------------------------------------------------------------------

# 1. The session, the configuration, kak-lsp.
deadline=$((SECONDS + wait_s))
until [ -S "$tmp/run/kakoune/$session" ] || ((SECONDS >= deadline)); do
  kill -0 "$kak_pid" 2>/dev/null || break
  sleep 0.1
done
if ! [ -S "$tmp/run/kakoune/$session" ]; then
  say "kakoune: the session did not start; kak's stderr:"
  show <"$tmp/kak.err"
  exit 2
fi
filetype="$(wait_opt filetype '^markdown$' || true)"
servers="$(ask lsp_servers)"
language_id="$(ask lsp_language_id)"
# kak-lsp starts with the first request (lsp-enable-window sends didOpen) and writes its
# pid to the file named by lsp_pid_file.
lsp_pids() {
  local pid_file i
  kak_lsp_pid=""
  vigie_pid=""
  pid_file="$(wait_opt lsp_pid_file '.' || true)"
  [ -n "$pid_file" ] || return 0
  for ((i = 0; i < 50; i++)); do
    [ -s "$pid_file" ] && break
    sleep 0.1
  done
  kak_lsp_pid="$(cat "$pid_file" 2>/dev/null || true)"
  [ -n "$kak_lsp_pid" ] || return 0
  for ((i = 0; i < 50; i++)); do
    vigie_pid="$(pgrep -P "$kak_lsp_pid" -x vigie | head -n 1 || true)"
    [ -n "$vigie_pid" ] && break
    sleep 0.1
  done
}
lsp_pids
if [ "$filetype" = markdown ] && [[ "$servers" == *'[vigie]'* ]] && [ -n "$kak_lsp_pid" ]; then
  ok "2025-08-20-pokrovsk.md: filetype $filetype, lsp_language_id $language_id, lsp_servers [vigie], kak-lsp running (pid $kak_lsp_pid)"
else
  fail "2025-08-20-pokrovsk.md: filetype '$filetype', lsp_language_id '$language_id', kak-lsp pid '$kak_lsp_pid', lsp_servers:"
  show <<<"$servers"
fi

# 2. Hover on "Pokrovsk" in "au sud de Pokrovsk, selon…", the cursor on its first letter.
pokrovsk_md='gg/Pokrovsk(?=, selon)<ret><a-;>;'
if hover "$pokrovsk_md" 'Donetsk'; then
  ok "lsp-hover on Pokrovsk (2025-08-20-pokrovsk.md): the info box shows the card"
else
  fail "lsp-hover on Pokrovsk (2025-08-20-pokrovsk.md): no card with Donetsk within ${wait_s} s; the last info box:"
fi
show <<<"${hover_text:-(none)}"
if [ -n "$vigie_pid" ]; then
  ok "vigie runs under kak-lsp: $(tr '\0' ' ' <"/proc/$vigie_pid/cmdline")(pid $vigie_pid)"
else
  fail "no vigie process under kak-lsp (pid '$kak_lsp_pid')"
fi

# 2b. References: every mention in the corpus, in files never opened too.
references=""
deadline=$((SECONDS + wait_s))
while ((SECONDS < deadline)); do
  send "execute-keys %{$pokrovsk_md}; lsp-references" || true
  sleep 0.5
  if dump_buffer '*goto*' "$tmp/goto.txt"; then
    references="$(cat "$tmp/goto.txt")"
    grep -q '^2025-10-01-emoji-crlf\.md:' <<<"$references" && break
  fi
  send "buffer %{$ws/2025-08-20-pokrovsk.md}" || true
  sleep 0.5
done
send "buffer %{$ws/2025-08-20-pokrovsk.md}" || true
if grep -q '^2025-10-01-emoji-crlf\.md:8:.*Pokrovsk' <<<"$references" \
  && grep -q '^2025-09-05-front-en\.txt:5:.*Pokrovsk' <<<"$references"; then
  ok "lsp-references on Pokrovsk lists the mentions in files never opened (*goto*):"
else
  fail "lsp-references on Pokrovsk: no mention in 2025-10-01-emoji-crlf.md and 2025-09-05-front-en.txt; the *goto* buffer:"
fi
show <<<"${references:-(empty)}"

# 3. The unsourced figure, an error through the setting.
article="$ws/2025-10-05-renforts.md"
send "edit %{$article}" || true
if errors="$(wait_opt lsp_diagnostic_error_count '^[1-9]')"; then
  ok "2025-10-05-renforts.md: lsp_diagnostic_error_count $errors, lsp_diagnostic_warning_count $(ask lsp_diagnostic_warning_count) (figures.severity = \"error\" from the settings)"
else
  fail "2025-10-05-renforts.md: lsp_diagnostic_error_count '$errors' after ${wait_s} s (warnings: '$(ask lsp_diagnostic_warning_count)')"
fi
# (kak-lsp 22 writes the server's name beside the source, [vigie][vigie], when a file has more
# than one diagnostic.)
# diagnostics_until REGEX: run lsp-diagnostics from the article until the *diagnostics*
# buffer matches REGEX (grep -E); back to the article after each try (the *diagnostics*
# buffer replaces it in the client, and has no diagnostic counts of its own).
diagnostics=""
diagnostics_until() {
  local deadline=$((SECONDS + wait_s)) found=1
  diagnostics=""
  while ((SECONDS < deadline)); do
    send "lsp-diagnostics" || true
    sleep 0.3
    if dump_buffer '*diagnostics*' "$tmp/diagnostics.txt"; then
      diagnostics="$(cat "$tmp/diagnostics.txt")"
      grep -Eq "$1" <<<"$diagnostics" && found=0
    fi
    send "buffer %{$article}" || true
    ((found == 0)) && return 0
    sleep 0.5
  done
  return 1
}
if diagnostics_until 'renforts\.md:8:1: \[error\](\[vigie\])+\[unsourced-figure\] .*dizaines de milliers'; then
  ok "lsp-diagnostics lists the unsourced figure, an error on line 8:"
else
  fail "lsp-diagnostics: no error on line 8 about 'dizaines de milliers'; the *diagnostics* buffer:"
fi
show <<<"${diagnostics:-(empty)}"

# 4. vigie.toml changed on disk: durations flagged too (the settings do not name them).
printf '%s\n' '# The smoke test workspace: every article in this folder is the corpus.' \
  '[figures]' 'durations = true' >"$ws/vigie.toml"
if errors="$(wait_opt lsp_diagnostic_error_count '^[2-9]')" \
  && diagnostics_until 'renforts\.md:9:[0-9]+: \[error\](\[vigie\])+\[unsourced-figure\] .*trois ans'; then
  ok "vigie.toml changed (durations = true): lsp_diagnostic_error_count $errors, the duration on line 9:"
else
  fail "vigie.toml changed (durations = true): lsp_diagnostic_error_count '$errors' after ${wait_s} s; the *diagnostics* buffer:"
fi
show <<<"$(grep 'renforts' <<<"$diagnostics" || echo '(empty)')"

# 4b. The quick fix, through the code-action menu: type "source" in it, take the match.
from="$(wc -l <"$tmp/ui.jsonl")"
send "execute-keys %{gg/Des dizaines<ret>}; lsp-code-actions quickfix" || true
menu=""
for ((i = 0; i < wait_s * 5; i++)); do
  menu="$(tail -n "+$((from + 1))" "$tmp/ui.jsonl" \
    | jq -r 'select(.method == "menu_show") | .params[0][] | map(.contents) | join("")' 2>/dev/null)"
  grep -q 'Indiquer la source' <<<"$menu" && break
  sleep 0.2
done
if grep -q 'Indiquer la source' <<<"$menu"; then
  printf '%s\n' '{ "jsonrpc": "2.0", "method": "keys", "params": ["source<tab><ret>"] }' >&3
fi
line=""
deadline=$((SECONDS + wait_s))
while ((SECONDS < deadline)); do
  line="$(line_text 8)"
  [[ "$line" == *'selon [source].'* ]] && break
  sleep 0.3
done
errors="$(wait_opt lsp_diagnostic_error_count '^1$' || true)"
if [[ "$line" == 'Des dizaines de milliers de soldats ont été déployés, selon [source].'* ]] && [ "$errors" = 1 ]; then
  ok "lsp-code-actions quickfix, \"source\" typed in the menu: line 8 now ends \", selon [source].\", lsp_diagnostic_error_count 1 (the duration left)"
else
  fail "the quick fix: line 8 is '${line%$'\n'}', lsp_diagnostic_error_count '$errors'; the menu:"
fi
show <<<"${menu:-(no menu)}"

# 5. A plain-text article.
send "edit %{$ws/2025-09-05-front-en.txt}" || true
filetype="$(wait_opt filetype '^plain$' || true)"
language_id="$(ask lsp_language_id)"
if [ "$filetype" = plain ]; then
  ok "2025-09-05-front-en.txt: filetype $filetype (the BufCreate hook), lsp_language_id $language_id"
else
  fail "2025-09-05-front-en.txt: filetype '$filetype', lsp_language_id '$language_id'"
fi
if hover 'gg/Pokrovsk(?= overnight)<ret><a-;>;' 'Donetsk'; then
  ok "lsp-hover on Pokrovsk (2025-09-05-front-en.txt): the info box shows the card"
else
  fail "lsp-hover on Pokrovsk (2025-09-05-front-en.txt): no card with Donetsk within ${wait_s} s; the last info box:"
fi
show <<<"${hover_text:-(none)}"

# 6. An article written outside Kakoune: the file watcher, then lsp-restart.
send "edit %{$ws/2025-08-20-pokrovsk.md}" || true
hover "$pokrovsk_md" '(Cité dans|In) [0-9]+ articles' || true
before="$(card_articles || true)"
printf '%s\n' '---' 'title: "Retour à Pokrovsk"' 'date: 2025-10-06' '---' '' \
  'Retour à Pokrovsk, où les combats continuent.' >"$ws/2025-10-06-retour.md"
if [ -n "$before" ]; then
  expected=$((before + 1))
  # vigie registers one watcher pattern per extension (kak-lsp skips patterns with braces).
  if hover "$pokrovsk_md" "(Cité dans|In) $expected articles"; then
    ok "the card counts the new article without a restart, through kak-lsp's file watcher ($before → $expected)"
  else
    fail "the card still says $(card_articles || echo '?') articles after the new file (file watcher); the last info box:"
    show <<<"${hover_text:-(none)}"
  fi
  send "lsp-restart" || true
  if hover "$pokrovsk_md" "(Cité dans|In) $expected articles"; then
    ok "after lsp-restart (on the cache) the card still counts it ($expected articles)"
  else
    fail "after lsp-restart the card does not say $expected articles within ${wait_s} s; the last info box:"
    show <<<"${hover_text:-(none)}"
  fi
  lsp_pids
else
  fail "no article count on the card of Pokrovsk; the last info box:"
  show <<<"${hover_text:-(none)}"
fi

# 7. The end: leave Kakoune; kak-lsp shuts vigie down and exits with the session.
if ((failed > 0)); then
  dump_buffer '*debug*' "$tmp/debug.txt" && {
    say "kakoune: the *debug* buffer:"
    show <"$tmp/debug.txt"
  }
fi
alive() { [ -n "$1" ] && kill -0 "$1" 2>/dev/null; }
send 'kill!' || true
for ((i = 0; i < 50; i++)); do
  alive "$kak_pid" || alive "$kak_lsp_pid" || alive "$vigie_pid" || break
  sleep 0.1
done
if alive "$kak_pid"; then
  fail "Kakoune still running 5 s after kill!"
elif alive "$kak_lsp_pid" || alive "$vigie_pid"; then
  fail "kak-lsp (pid $kak_lsp_pid) or vigie (pid $vigie_pid) still running 5 s after the session ended"
else
  ok "kill! ends Kakoune, kak-lsp and vigie"
fi

say "kakoune: $passed passed, $failed failed"
((failed == 0)) || exit 1
