"""`careerbot batch` throughput and memory, and the start-up cost of one `careerbot ask`.

Usage: python bench/bench_batch.py [--questions 10000] [--runs 5]
Prints questions per second and peak memory (max RSS of the whole process tree) for
--jobs 1 and --jobs 2, on questions drawn from a pool of a hundred (a FAQ file repeats its
common questions, and each process answers a question once) and on as many distinct ones
(a row number added to each, so that every row is answered afresh), with the speed-up of
--jobs 2; then the median wall time of `careerbot ask` beside
`python -c "import careerbot"`, `python -c "import rank_bm25, rapidfuzz, pydantic"` and `python -c pass`,
all measured in this run.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from questions import questions

CAREERBOT = [sys.executable, "-m", "careerbot"]


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def batch_run(source: Path, jobs: int) -> tuple[float, float]:
    """Seconds and peak MiB of one batch run in a fresh child (so ru_maxrss is its own)."""
    command = [*CAREERBOT, "batch", str(source), "-o", str(source.with_suffix(".jsonl")), "--jobs", str(jobs)]
    script = (
        "import resource, subprocess, sys, time; start = time.perf_counter(); "
        f"subprocess.run({command!r}, check=True, stderr=subprocess.DEVNULL); "
        "print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    out = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True).stdout.split()
    return float(out[0]), int(out[1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--questions", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    pool = questions()
    with tempfile.TemporaryDirectory() as folder:
        for kind in ("repeated", "distinct"):
            source = Path(folder) / f"{kind}.txt"
            rows = [pool[i % len(pool)] + (f" (question {i})" if kind == "distinct" else "")
                    for i in range(args.questions)]
            source.write_text("\n".join(rows) + "\n", encoding="utf-8")
            rates = {}
            for jobs in (1, 2):
                runs = [batch_run(source, jobs) for _ in range(max(1, args.runs // 2))]
                seconds = statistics.median(r[0] for r in runs)
                peak = max(r[1] for r in runs)
                rates[jobs] = args.questions / seconds
                print(f"batch --jobs {jobs}, {kind} questions: {args.questions:,} in {seconds:.2f} s = "
                      f"{rates[jobs]:,.0f} questions/s (wall, start-up included); peak RSS {peak:.0f} MiB")
            print(f"  --jobs 2 / --jobs 1 on {kind} questions: {rates[2] / rates[1]:.2f}x")

    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "import rank_bm25, rapidfuzz, pydantic": [sys.executable, "-c", "import rank_bm25, rapidfuzz, pydantic"],
        "import careerbot": [sys.executable, "-c", "import careerbot"],
        "careerbot ask": [*CAREERBOT, "ask", "How much does a data scientist earn?"],
    }
    medians = {}
    for _ in range(args.runs):  # interleaved, so that a noisy moment hits every command alike
        for name, command in commands.items():
            medians.setdefault(name, []).append(timed(command))
    base = statistics.median(medians["import rank_bm25, rapidfuzz, pydantic"])
    for name, times in medians.items():
        median = statistics.median(times)
        print(f"{name:<40} median {median * 1000:7.1f} ms   ({median / base:.2f}x the three imports)")


if __name__ == "__main__":
    main()
