"""One-shot `careerbot ask` wall time, against the same command at a baseline revision.

Both are run in turn, interleaved, in fresh processes (the machine's noise falls on both),
with the Python bytecode cache allowed as an installed package has it; --source compiles
every module from source each run, as with PYTHONDONTWRITEBYTECODE=1. Prints the medians and
their ratio. Usage: python bench/bench_cli_start.py [--baseline REV] [--runs 25] [--source]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QUESTION = "How much does a data scientist earn?"


def timed(env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "careerbot", "ask", QUESTION], env=env, stdout=subprocess.DEVNULL,
                   check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--baseline", default="HEAD~1", help="the git revision to compare with")
    parser.add_argument("--runs", type=int, default=25)
    parser.add_argument("--source", action="store_true", help="compile from source on every run")
    args = parser.parse_args()
    base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    if args.source:
        base["PYTHONDONTWRITEBYTECODE"] = "1"
    with tempfile.TemporaryDirectory() as tmp:
        old = Path(tmp) / "baseline"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(old), args.baseline],
                       check=True)
        try:
            envs = {"baseline": dict(base, PYTHONPATH=str(old / "src")),
                    "current": dict(base, PYTHONPATH=str(ROOT / "src"))}
            for env in envs.values():
                timed(env)  # warm the caches: careerbot's index and, unless --source, the bytecode
            times: dict[str, list[float]] = {name: [] for name in envs}
            for _ in range(args.runs):
                for name, env in envs.items():
                    times[name].append(timed(env))
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(old)], check=True)
    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, value in medians.items():
        print(f"careerbot ask ({name:8}) median {value * 1000:6.0f} ms  (n={args.runs})")
    print(f"ratio current / baseline ({args.baseline}): {medians['current'] / medians['baseline']:.2f}")


if __name__ == "__main__":
    main()
