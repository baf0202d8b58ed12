#!/usr/bin/env bash
# What search costs at N reports: the build with search (the default) against the same
# corpus with `search: false`, alternating, output on tmpfs (wall time and peak memory,
# medians); the index's files and sizes; then, where node, puppeteer-core
# (NODE_MODULES_DIR) and Chromium are at hand, bench/search.mjs: bytes and time per query.
#
#   bench/search.sh 10000 [RUNS]     (the site is built for https://example.org/repo/)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:?usage: bench/search.sh N [RUNS]}
runs=${2:-3}
base=${BENCH_DIR:-/dev/shm/coopsite-search-bench}
corpus="$base/corpus-$n"
off="$base/corpus-$n-off"

cargo build --release --quiet --bin coopsite --example gen_corpus
[ -d "$corpus" ] || ./target/release/examples/gen_corpus "$n" "$corpus" 42
rm -rf "$off" && mkdir -p "$off"
ln -sfn "$corpus/content" "$off/content"
{ cat "$corpus/coopsite.yaml"; echo "search: false"; } > "$off/coopsite.yaml"

measure() {
  local log
  log=$(mktemp)
  /usr/bin/time -f '%e %M %U %S' -o "$log" "$@" >/dev/null 2>&1
  cat "$log"
  rm -f "$log"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

on_t=(); on_m=(); off_t=(); off_m=(); on_c=(); off_c=()
for i in $(seq "$runs"); do
  rm -rf "$base/out-on" "$base/out-off"
  read -r t m u k < <(measure ./target/release/coopsite build --root "$corpus" --output "$base/out-on" --base-url https://example.org/repo/)
  on_t+=("$t"); on_m+=("$m"); on_c+=("$(awk -v u="$u" -v k="$k" 'BEGIN { print u + k }')")
  read -r t m u k < <(measure ./target/release/coopsite build --root "$off" --output "$base/out-off" --base-url https://example.org/repo/)
  off_t+=("$t"); off_m+=("$m"); off_c+=("$(awk -v u="$u" -v k="$k" 'BEGIN { print u + k }')")
done
ont=$(printf '%s\n' "${on_t[@]}" | median); onm=$(printf '%s\n' "${on_m[@]}" | median)
offt=$(printf '%s\n' "${off_t[@]}" | median); offm=$(printf '%s\n' "${off_m[@]}" | median)
printf 'search on:  median %.2f s, peak %d MB (runs: %s; peaks KB: %s)\n' "$ont" $((onm / 1024)) "${on_t[*]}" "${on_m[*]}"
printf 'search off: median %.2f s, peak %d MB (runs: %s; peaks KB: %s)\n' "$offt" $((offm / 1024)) "${off_t[*]}" "${off_m[*]}"
awk -v a="$ont" -v b="$offt" 'BEGIN { printf "time with search / without: %.3f\n", a / b }'
onc=$(printf '%s\n' "${on_c[@]}" | median); offc=$(printf '%s\n' "${off_c[@]}" | median)
printf 'CPU (user + system), medians: on %.2f s, off %.2f s, ratio %.3f (on: %s; off: %s)\n' "$onc" "$offc" \
  "$(awk -v a="$onc" -v b="$offc" 'BEGIN { print a / b }')" "${on_c[*]}" "${off_c[*]}"
# The search's own step, from the build's step times (RUST_LOG=coopsite).
rm -rf "$base/out-on"
RUST_LOG=coopsite ./target/release/coopsite build --root "$corpus" --output "$base/out-on" --base-url https://example.org/repo/ 2>&1 >/dev/null | grep -iE "search|total|render" || true

s="$base/out-on/search"
printf 'index: %d files, %d KB in all; index.json %d KB; shards %d (largest %s, %d KB); record files %d (largest %d KB)\n' \
  "$(find "$s" -type f | wc -l)" $(( $(du -sb "$s" | cut -f1) / 1024 )) $(( $(stat -c %s "$s/index.json") / 1024 )) \
  "$(ls "$s/t" | wc -l)" "$(ls -S "$s/t" | head -1)" $(( $(stat -c %s "$s/t/$(ls -S "$s/t" | head -1)") / 1024 )) \
  "$(ls "$s/r" | wc -l)" $(( $(stat -c %s "$s/r/$(ls -S "$s/r" | head -1)") / 1024 ))
printf 'search.js %d bytes, search.css %d bytes\n' "$(stat -c %s "$base/out-on/search.js")" "$(stat -c %s "$base/out-on/search.css")"

if command -v node >/dev/null 2>&1 && [ -n "${NODE_MODULES_DIR:-}" ]; then
  node bench/search.mjs "$base/out-on"
else
  echo "no node or NODE_MODULES_DIR (puppeteer-core): queries not measured"
fi
