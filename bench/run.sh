#!/usr/bin/env bash
# Times `coopsite build` on a generated corpus of N reports and, where `hugo` is
# installed (Debian's package), Hugo on the same content with equivalent minimal
# templates (bench/hugo/), alternating the two, output on tmpfs. Prints wall time,
# peak memory and the ratio.
#
#   bench/run.sh 10000 [RUNS]        (NO_HUGO=1: coopsite alone)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:?usage: bench/run.sh N [RUNS]}
runs=${2:-3}
base=${BENCH_DIR:-/dev/shm/coopsite-bench}
corpus="$base/corpus-$n"

cargo build --release --quiet --bin coopsite --example gen_corpus
./target/release/examples/gen_corpus "$n" "$corpus" 42

have_hugo=0
if [ -z "${NO_HUGO:-}" ] && command -v hugo >/dev/null 2>&1; then
  have_hugo=1
  hsite="$base/hugo-$n"
  rm -rf "$hsite"
  mkdir -p "$hsite"
  cp -r bench/hugo/. "$hsite/"
  ln -sfn "$corpus/content" "$hsite/content"
fi

# measure NAME CMD...: prints "seconds peak_kb" of one run
measure() {
  local log
  log=$(mktemp)
  /usr/bin/time -f '%e %M' -o "$log" "$@" >/dev/null 2>&1
  cat "$log"
  rm -f "$log"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

c_times=(); c_mem=(); h_times=(); h_mem=()
for i in $(seq "$runs"); do
  # Both start from an empty destination (untimed), so neither pays for the last run's files.
  rm -rf "$base/out-coopsite"
  read -r t m < <(measure ./target/release/coopsite build --root "$corpus" --output "$base/out-coopsite")
  c_times+=("$t"); c_mem+=("$m")
  if [ "$have_hugo" = 1 ]; then
    rm -rf "$base/out-hugo"
    read -r t m < <(measure hugo --quiet --source "$hsite" --destination "$base/out-hugo")
    h_times+=("$t"); h_mem+=("$m")
  fi
done

ct=$(printf '%s\n' "${c_times[@]}" | median)
cm=$(printf '%s\n' "${c_mem[@]}" | median)
files=$(find "$base/out-coopsite" -type f | wc -l)
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); $(./target/release/coopsite --version)"
printf 'coopsite: %s reports, %s files, median %.2f s, peak %d MB (runs: %s)\n' "$n" "$files" "$ct" $((cm / 1024)) "${c_times[*]}"
if [ "$have_hugo" = 1 ]; then
  ht=$(printf '%s\n' "${h_times[@]}" | median)
  hm=$(printf '%s\n' "${h_mem[@]}" | median)
  printf 'hugo:     %s, median %.2f s, peak %d MB (runs: %s)\n' "$(hugo version | cut -d' ' -f2)" "$ht" $((hm / 1024)) "${h_times[*]}"
  awk -v c="$ct" -v h="$ht" 'BEGIN { printf "ratio coopsite/hugo: %.2f\n", c / h }'
else
  echo "no Hugo run (NO_HUGO is set, or hugo is not installed: apt-get install hugo)"
fi

# Page sizes: the home page stays under 300 KB and no page passes 1 MB, at any size.
home=$(stat -c %s "$base/out-coopsite/index.html")
read -r biggest biggest_page < <(find "$base/out-coopsite" -name '*.html' -printf '%s %P\n' | sort -n | tail -1)
printf 'pages: home %d KB, largest %s (%d KB)\n' $((home / 1024)) "$biggest_page" $((biggest / 1024))
if [ "$home" -gt 307200 ] || [ "$biggest" -gt 1048576 ]; then
  echo "FAIL: the home page must stay under 300 KB and every page under 1 MB" >&2
  exit 1
fi
