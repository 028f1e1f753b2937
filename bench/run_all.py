"""Run every benchmark and write bench/out/results.md. Usage:

    python bench/run_all.py [--sizes 10000 100000] [--skip-tui]

Each script runs in its own process and prints its own figures; the scale runs add one row
each to the table. Generated corpora go to bench/corpora/ and results to bench/out/, both
kept out of git. A million passages: --sizes 1000000 (about half an hour on 2 cores).
"""

from __future__ import annotations

import argparse
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).parent


def run(script: str, *args: str) -> str:
    result = subprocess.run([sys.executable, str(HERE / script), *args], capture_output=True, text=True, cwd=HERE)
    failed = f"\n(exit {result.returncode}: {result.stderr.strip()[-500:]})" if result.returncode else ""
    return result.stdout + failed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000])
    parser.add_argument("--skip-tui", action="store_true")
    args = parser.parse_args()
    out = HERE / "out"
    out.mkdir(exist_ok=True)
    table = out / "scale-rows.md"
    table.unlink(missing_ok=True)  # bench_scale.py writes the header with the first row
    sections = [f"# careerbot benchmarks\n\n{time.strftime('%Y-%m-%d %H:%M')}, Python {platform.python_version()}, "
                f"{platform.machine()}, {subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()} "
                "cores. Medians; ratios are against baselines timed in the same run.\n"]
    sections.append("## Embedded corpus\n\n```\n" + run("bench_engine.py") + "```\n")
    sections.append("## Batch and start-up\n\n```\n" + run("bench_batch.py") + "```\n")
    if not args.skip_tui:
        sections.append("## Chat start-up\n\n```\n" + run("bench_tui_start.py") + "```\n")
    logs = []
    for size in args.sizes:
        naive = ["--naive-questions", "30", "--no-rank-bm25"] if size >= 1_000_000 else []
        logs.append(f"### {size:,} passages\n\n```\n" + run("bench_scale.py", "--passages", str(size), *naive,
                                                             "--markdown", str(table)) + "```\n")
    sections.append("## Scale\n\n" + table.read_text(encoding="utf-8") + "\n" + "\n".join(logs))
    (out / "results.md").write_text("\n".join(sections), encoding="utf-8")
    print((out / "results.md").read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
