#!/bin/sh
# SPDX-FileCopyrightText: 2026 Tsunagu contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the libFuzzer targets with Clang in a build folder of their own and
# runs each for the given number of seconds (default 600), printing its exec
# count. Exits non-zero when a target crashes, leaks or hangs; the input that
# did it is left in build-fuzz/artifacts/.
#
#   tests/fuzz/run-fuzzers.sh            # 10 minutes per target
#   tests/fuzz/run-fuzzers.sh 10         # the short CI run
#   tests/fuzz/run-fuzzers.sh 0          # build only
#
# Environment: CXX (default clang++), BUILD_DIR (default build-fuzz),
# JOBS (default 2), FUZZ_TARGETS (default both).
set -eu

seconds=${1:-600}
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
build_dir=${BUILD_DIR:-$source_dir/build-fuzz}
targets=${FUZZ_TARGETS:-"fuzz_csv_import fuzz_branch_open"}
cxx=${CXX:-clang++}

if ! command -v "$cxx" >/dev/null 2>&1; then
    echo "SKIP: $cxx not found; the fuzzers need Clang (libFuzzer)" >&2
    exit 0
fi

launcher=
if command -v ccache >/dev/null 2>&1; then
    launcher=-DCMAKE_CXX_COMPILER_LAUNCHER=ccache
fi
cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER="$cxx" $launcher \
    -DTSUNAGU_BUILD_FUZZERS=ON -DTSUNAGU_BUILD_TESTS=OFF -DTSUNAGU_BUILD_BENCHMARKS=OFF >/dev/null
# shellcheck disable=SC2086
cmake --build "$build_dir" --parallel "${JOBS:-2}" --target $targets

[ "$seconds" -gt 0 ] || exit 0

# Seeds: every CSV and branch-file fixture. New finds go to corpus/TARGET,
# which a later run continues from.
seeds() {
    case "$1" in
    fuzz_csv_import) find "$source_dir/tests/data" -name '*.csv' -size -1M ;;
    fuzz_branch_open) find "$source_dir/tests/data" -name '*.tsunagu' ;;
    esac
}

mkdir -p "$build_dir/artifacts"
status=0
for target in $targets; do
    corpus=$build_dir/corpus/$target
    seed_dir=$build_dir/seeds/$target
    rm -rf "$seed_dir"
    mkdir -p "$corpus" "$seed_dir"
    seeds "$target" | while read -r seed; do cp "$seed" "$seed_dir/"; done
    log=$build_dir/$target.log
    echo "== $target: ${seconds} s"
    # -rss_limit_mb: Qt and SQLite stay far below it; -timeout: an input
    # that takes 10 s is a hang. QT_QPA_PLATFORM: no display is needed.
    if QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=1 \
        "$build_dir/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 -artifact_prefix="$build_dir/artifacts/$target-" \
        "$corpus" "$seed_dir" >"$log" 2>&1; then
        result=ok
    else
        result=FAILED
        status=1
    fi
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
    units=$(ls "$corpus" | wc -l)
    echo "$target: $result, ${execs:-?} execs (${rate:-?}/s), corpus $units files, log $log"
    if [ "$result" = FAILED ]; then
        tail -n 40 "$log"
    fi
done
exit $status
