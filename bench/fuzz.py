"""Fuzz answer() and the batch readers and writers for a while: the property tests of
tests/test_properties.py with a large budget, seed after seed, until the time is up.

Usage: python bench/fuzz.py [--minutes 10]. Prints how many inputs each property tried and
any failure (hypothesis shrinks it to a small example).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--minutes", type=float, default=10)
    args = parser.parse_args()
    deadline = time.monotonic() + args.minutes * 60
    tried: Counter[str] = Counter()
    failures = 0
    seed = 0
    env = dict(os.environ, HYPOTHESIS_PROFILE="fuzz")
    while time.monotonic() < deadline:
        seed += 1
        result = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_properties.py",
             "--hypothesis-show-statistics", f"--hypothesis-seed={seed}"],
            cwd=ROOT, env=env, capture_output=True, text=True)
        test = None
        for line in result.stdout.splitlines():
            if line.startswith("tests/test_properties.py::"):
                test = line.split("::")[1].strip(":")
            found = re.search(r"- (\d+) passing", line)
            if found and test:
                tried[test] += int(found.group(1))
        if result.returncode:
            failures += 1
            print(result.stdout[-4000:])
        print(f"seed {seed}: {sum(tried.values()):,} inputs so far", flush=True)
    print(f"{sum(tried.values()):,} inputs in {args.minutes:g} minutes, {failures} failing runs:")
    for test, count in tried.most_common():
        print(f"  {test}: {count:,}")


if __name__ == "__main__":
    main()
