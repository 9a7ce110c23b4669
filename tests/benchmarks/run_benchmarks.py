#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Tsunagu contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs Tsunagu's benchmark suite and prints one table.

In one run, on one machine: the in-process benchmarks (tsunagu_benchmarks,
Google Benchmark), the command-line tool's import and export, the desktop
app's start-up to its first paint with the large file, and the references:
the sqlite3 shell computing the same fiscal-year counts on the same file, and
a bare Qt Widgets window's start-up. Each figure is the median, min and max
of --repetitions runs. See README.md beside this script.
"""
import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

# Targets of issue 6: milliseconds, a ratio, rows per second or megabytes.
TARGETS = {
    "fy_summary_vs_sqlite3": 1.3,
    "case_list_first_page": 100.0,
    "text_filter": 150.0,
    "monthly_report_pdf": 1000.0,
    "import_rows_per_second": 50000.0,
    "cold_start_first_paint": 1500.0,
    "peak_rss_mb": 250.0,
}


def log(message):
    print(message, file=sys.stderr, flush=True)


class Runner:
    """Starts commands and measures them; their output goes to files in a folder."""

    def __init__(self, folder):
        self.out = str(Path(folder) / "last.stdout")
        self.err = str(Path(folder) / "last.stderr")

    def run(self, command, env=None, stdin_path=None):
        """Runs a command; returns (seconds, peak RSS in MB, stdout, start on the monotonic clock in ns)."""
        stdin = os.open(stdin_path or os.devnull, os.O_RDONLY)
        try:
            start_ns = time.monotonic_ns()
            pid = os.posix_spawn(str(command[0]), [str(c) for c in command], env or os.environ,
                                 file_actions=[
                                     (os.POSIX_SPAWN_DUP2, stdin, 0),
                                     (os.POSIX_SPAWN_OPEN, 1, self.out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644),
                                     (os.POSIX_SPAWN_OPEN, 2, self.err, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644),
                                 ])
            _, status, usage = os.wait4(pid, 0)
            elapsed = (time.monotonic_ns() - start_ns) / 1e9
        finally:
            os.close(stdin)
        code = os.waitstatus_to_exitcode(status)
        if code != 0:
            raise RuntimeError(f"{' '.join(map(str, command))} failed ({code}):\n"
                               f"{Path(self.err).read_text(errors='replace')}")
        return elapsed, usage.ru_maxrss / 1024.0, Path(self.out).read_text(errors="replace"), start_ns


def summarise(values):
    return {"median": statistics.median(values), "min": min(values), "max": max(values), "n": len(values)}


def machine_description(build_dir):
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
        memory = f"{kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, AttributeError):
        pass
    system = platform.platform()
    try:
        pretty = re.search(r'PRETTY_NAME="([^"]+)"', Path("/etc/os-release").read_text()).group(1)
        system = f"{pretty}, kernel {platform.release()}"
    except (OSError, AttributeError):
        pass
    sqlite = subprocess.run(["sqlite3", "--version"], capture_output=True, text=True).stdout.split()[0:1]
    qt = subprocess.run(["pkg-config", "--modversion", "Qt6Core"], capture_output=True, text=True).stdout.strip() \
        if shutil.which("pkg-config") else ""
    qt = f"Qt {qt}" if qt else "Qt"
    compiler = subprocess.run(["c++", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    return (f"{cpu}, {os.cpu_count()} cores, {memory}; {system}; {qt}; SQLite {''.join(sqlite)}; "
            f"{compiler}; Release build")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", required=True, help="build directory with TSUNAGU_BUILD_BENCHMARKS=ON")
    parser.add_argument("--work", required=True, help="folder for the generated files (kept between runs)")
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--import-rows", type=int, default=100_000)
    parser.add_argument("--repetitions", type=int, default=5)
    parser.add_argument("--output", help="also write the table (Markdown) to this file")
    parser.add_argument("--json", help="also write every figure as JSON to this file")
    args = parser.parse_args()

    build = Path(args.build).resolve()
    work = Path(args.work).resolve()
    work.mkdir(parents=True, exist_ok=True)
    cli = build / "app" / "tsunagu-cli"
    app = build / "app" / "tsunagu"
    bench = build / "tests" / "benchmarks" / "tsunagu_benchmarks"
    bare = build / "tests" / "benchmarks" / "tsunagu_bare_window"
    for binary in (cli, app, bench, bare):
        if not binary.exists():
            sys.exit(f"{binary} is missing: build with -DTSUNAGU_BUILD_BENCHMARKS=ON first")

    run_with_rusage = Runner(work).run

    # Settings, recent files and lock files of the runs stay in the work folder.
    env = dict(os.environ)
    home = work / "home"
    home.mkdir(exist_ok=True)
    env.update({"HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
                "XDG_DATA_HOME": str(home / "data"), "XDG_CACHE_HOME": str(home / "cache"),
                "XDG_RUNTIME_DIR": str(home / "runtime"), "LANG": "ja_JP.UTF-8"})
    (home / "runtime").mkdir(mode=0o700, exist_ok=True)

    today = "2026-11-24"  # fixed, so that the files are the same on every run
    big = work / f"cases-{args.cases}-{args.years}y.tsunagu"
    if not big.exists():
        log(f"Generating {args.cases:,} cases over {args.years} fiscal years (once; kept in {work}) …")
        tmp = big.with_suffix(".building")
        if tmp.exists():
            tmp.unlink()
        run_with_rusage([cli, "generate", "--db", tmp, "--cases", args.cases, "--years", args.years,
                         "--seed", 1, "--today", today], env)
        tmp.rename(big)
    csv = work / f"import-{args.import_rows}.csv"
    if not csv.exists():
        log(f"Making a {args.import_rows:,}-row CSV to import (once) …")
        source = work / "import-source.tsunagu"
        if source.exists():
            source.unlink()
        run_with_rusage([cli, "generate", "--db", source, "--cases", args.import_rows, "--seed", 2,
                         "--today", today], env)
        run_with_rusage([cli, "export", "--db", source, "--include-personal", "--output", csv], env)
        source.unlink()

    results = {}
    peak_rss = {}

    # 1. In-process benchmarks.
    log("In-process benchmarks …")
    bench_json = work / "benchmarks.json"
    run_with_rusage([bench, f"--db={big}", f"--work={work}", "--fiscal-year=2025", "--month=2026-03",
                     f"--benchmark_repetitions={args.repetitions}", f"--benchmark_out={bench_json}",
                     "--benchmark_out_format=json"], env)
    runs = json.loads(bench_json.read_text())["benchmarks"]
    by_name = {}
    for run in runs:
        if run.get("run_type") != "iteration" or run.get("error_occurred"):
            if run.get("error_occurred"):
                log(f"  {run['name']}: {run.get('error_message')}")
            continue
        name = run["run_name"].split("/")[0]
        by_name.setdefault(name, []).append(run["real_time"])  # milliseconds (Unit kMillisecond)
    for name, values in by_name.items():
        results[name] = summarise(values)

    # 2. The fiscal-year counts: the sqlite3 shell (the engine's limit) against
    #    tsunagu-cli summary, both whole processes on the same file.
    log("Fiscal-year summary against the sqlite3 shell …")
    fy_sql = Path(__file__).with_name("fiscal-year-counts.sql")
    sqlite_times, cli_times = [], []
    for _ in range(args.repetitions):
        seconds, rss, _, _ = run_with_rusage(["/usr/bin/env", "sqlite3", "-readonly", big], env, fy_sql)
        sqlite_times.append(seconds * 1000)
        seconds, rss, _, _ = run_with_rusage([cli, "summary", "--db", big, "--fiscal-year", "2025"], env)
        cli_times.append(seconds * 1000)
        peak_rss["tsunagu-cli summary"] = max(peak_rss.get("tsunagu-cli summary", 0), rss)
    results["sqlite3_fy_counts"] = summarise(sqlite_times)
    search_sql = Path(__file__).with_name("text-search.sql")
    scan_times = []
    for _ in range(args.repetitions):
        seconds, _, _, _ = run_with_rusage(["/usr/bin/env", "sqlite3", "-readonly", big], env, search_sql)
        scan_times.append(seconds * 1000)
    results["sqlite3_text_scan"] = summarise(scan_times)
    results["cli_fy_summary"] = summarise(cli_times)
    results["fy_summary_vs_sqlite3"] = summarise([c / s for c, s in zip(cli_times, sqlite_times)])

    # 3. Import and export with the command-line tool.
    log("Import and export …")
    import_times, rates = [], []
    for i in range(max(1, args.repetitions // 2 + 1)):
        target = work / "import-target.tsunagu"
        if target.exists():
            target.unlink()
        # Into an empty branch file made beforehand (not timed), as a branch
        # importing its spreadsheet would.
        run_with_rusage([cli, "create", "--db", target, "--name", "Benchmark", "--region", "shonan-east"], env)
        seconds, rss, _, _ = run_with_rusage([cli, "import", "--db", target, csv], env)
        import_times.append(seconds * 1000)
        rates.append(args.import_rows / seconds)
        peak_rss["tsunagu-cli import"] = max(peak_rss.get("tsunagu-cli import", 0), rss)
        target.unlink()
    results["import_100k"] = summarise(import_times)
    results["import_rows_per_second"] = summarise(rates)
    export_times = []
    for i in range(max(1, args.repetitions // 2 + 1)):
        out = work / "export.csv"
        seconds, rss, _, _ = run_with_rusage([cli, "export", "--db", big, "--include-personal", "--output", out],
                                             env)
        export_times.append(seconds * 1000)
        peak_rss["tsunagu-cli export"] = max(peak_rss.get("tsunagu-cli export", 0), rss)
        out.unlink()
    results["export_all"] = summarise(export_times)
    results["export_rows_per_second"] = summarise([args.cases / (t / 1000) for t in export_times])

    # 4. Start-up to first paint: the app with the large file, a bare Qt window.
    log("Start-up to first paint …")
    display_env = dict(env)
    xvfb = None
    if not os.environ.get("DISPLAY") and shutil.which("Xvfb"):
        display = ":97"
        xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(1.0)
        display_env["DISPLAY"] = display
        display_env.pop("QT_QPA_PLATFORM", None)
    elif not os.environ.get("DISPLAY"):
        display_env["QT_QPA_PLATFORM"] = "offscreen"
    display_env["TSUNAGU_REPORT_FIRST_PAINT"] = "1"
    platform_name = "xcb (Xvfb)" if xvfb else display_env.get("QT_QPA_PLATFORM", "xcb")
    try:
        for label, command in (("cold_start_first_paint", [app, big]), ("bare_qt_window_first_paint", [bare])):
            times = []
            for _ in range(args.repetitions):
                seconds, rss, out, start_ns = run_with_rusage(command, display_env)
                match = re.search(r"first-paint-ns (\d+)", out)
                if not match:
                    raise RuntimeError(f"{command[0]} did not report its first paint")
                times.append((int(match.group(1)) - start_ns) / 1e6)
                key = f"tsunagu (desktop, {args.cases:,} cases)" if label.startswith("cold") else "bare Qt window"
                peak_rss[key] = max(peak_rss.get(key, 0), rss)
            results[label] = summarise(times)
    finally:
        if xvfb:
            xvfb.terminate()
            xvfb.wait()

    results["peak_rss_mb"] = summarise([max(peak_rss.values())])

    # 5. The table.
    description = machine_description(build)
    lines = [
        f"Tsunagu benchmarks — {time.strftime('%Y-%m-%d')}",
        "",
        f"- Machine: {description}; display {platform_name}",
        f"- Data: {args.cases:,} synthetic cases over {args.years} fiscal years (`tsunagu-cli generate --seed 1 "
        f"--today {today}`), {big.stat().st_size / 1048576:.0f} MB; fiscal year 2025, month 2026-03; "
        f"{args.repetitions} repetitions",
        "",
        "| Benchmark | Median | Min | Max | Target | Met |",
        "|---|---:|---:|---:|---:|:---:|",
    ]

    def row(key, label, unit="ms", target=None, higher_is_better=False):
        if key not in results:
            lines.append(f"| {label} | — | — | — | | failed |")
            return
        r = results[key]
        fmt = {"ms": lambda v: f"{v:,.0f} ms" if v >= 10 else f"{v:,.1f} ms",
               "x": lambda v: f"{v:.2f}×", "rows/s": lambda v: f"{v:,.0f} rows/s",
               "MB": lambda v: f"{v:,.0f} MB"}[unit]
        met = ""
        if target is not None:
            ok = r["median"] >= target if higher_is_better else r["median"] <= target
            met = "yes" if ok else "**no**"
            target_text = ("≥ " if higher_is_better else "≤ ") + fmt(target)
        else:
            target_text = "(reference)" if "reference" in label else ""
        lines.append(f"| {label} | {fmt(r['median'])} | {fmt(r['min'])} | {fmt(r['max'])} | {target_text} | {met} |")

    row("open_file", "Open the branch file")
    row("case_list_first_page", "Case list: first page painted", target=TARGETS["case_list_first_page"])
    row("case_list_scroll_to_end", "Case list: scroll to the end, painted")
    row("text_filter", "Text filter (surname), first page painted", target=TARGETS["text_filter"])
    row("case_list_sort_by_topics", "Case list: sort by topics (no index), first page painted")
    row("case_list_sorted_scroll", "Case list: sorted by topics, scroll to the middle, painted")
    row("sqlite3_text_scan", "sqlite3 shell, one pass over the search text (reference)")
    row("fiscal_year_summary", "Fiscal-year summary (in process)")
    row("cli_fy_summary", "Fiscal-year summary (`tsunagu-cli summary`)")
    row("sqlite3_fy_counts", "sqlite3 shell, same counts (reference)")
    row("fy_summary_vs_sqlite3", "Fiscal-year summary ÷ sqlite3 reference", "x", TARGETS["fy_summary_vs_sqlite3"])
    row("monthly_report_pdf", "Monthly report (月報) to PDF", target=TARGETS["monthly_report_pdf"])
    if "dashboard_fiscal_year_gui_blocked" in results:
        row("dashboard_fiscal_year_gui_blocked", "Dashboard fiscal year: GUI thread blocked")
    row("import_100k", f"CSV import, {args.import_rows:,} rows")
    row("import_rows_per_second", "CSV import rate", "rows/s", TARGETS["import_rows_per_second"], True)
    row("export_all", f"CSV export, all {args.cases:,} cases")
    row("export_rows_per_second", "CSV export rate", "rows/s")
    row("cold_start_first_paint", f"Desktop app start to first paint, {args.cases:,} cases",
        target=TARGETS["cold_start_first_paint"])
    row("bare_qt_window_first_paint", "Bare Qt Widgets window to first paint (reference)")
    row("peak_rss_mb", "Peak RSS, largest of the processes below", "MB", TARGETS["peak_rss_mb"])
    lines.append("")
    lines.append("Peak RSS by process: " + "; ".join(f"{k} {v:,.0f} MB" for k, v in sorted(peak_rss.items())))
    table = "\n".join(lines)
    print(table)
    if args.output:
        Path(args.output).write_text(table + "\n")
    if args.json:
        Path(args.json).write_text(json.dumps({"machine": description, "results": results,
                                               "peak_rss_mb": peak_rss}, indent=2))


if __name__ == "__main__":
    main()
