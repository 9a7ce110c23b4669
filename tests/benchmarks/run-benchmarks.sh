#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Tsunagu contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs Tsunagu's benchmark suite from a fresh clone and prints the table
# (median, min, max and the machine): installs what it needs (Debian 12),
# makes a Release build with the benchmarks in build-bench/, generates the
# million-case file once (kept in ~/.cache/tsunagu-benchmarks, about 1 GB and
# 3 minutes) and runs run_benchmarks.py. Extra arguments go to that script,
# e.g. --repetitions 3 or --cases 100000; --output FILE keeps the table.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build_dir=${TSUNAGU_BENCH_BUILD_DIR:-$root/build-bench}
work_dir=${TSUNAGU_BENCH_WORK_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/tsunagu-benchmarks}

TSUNAGU_EXTRA_PACKAGES="libbenchmark-dev python3 time" "$root/packaging/linux/setup.sh" install
cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DTSUNAGU_BUILD_TESTS=OFF -DTSUNAGU_BUILD_BENCHMARKS=ON >/dev/null
cmake --build "$build_dir" --parallel "$(nproc)"
exec python3 "$root/tests/benchmarks/run_benchmarks.py" --build "$build_dir" --work "$work_dir" "$@"
