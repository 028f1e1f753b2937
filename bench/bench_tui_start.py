"""Time from launching `careerbot` to its first painted screen, and to the welcome (the
articles loaded), in a real pseudo-terminal. Usage: python bench/bench_tui_start.py [--runs 7]

The first paint is the first frame that shows the input's placeholder; the welcome is the
frame with the example questions. Each run quits with Ctrl+Q.
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pty
import select
import statistics
import struct
import subprocess
import sys
import termios
import time

FIRST_PAINT = b"sk about machine-learning careers"  # the A may carry the cursor
WELCOME = b"Try one of these"


def launch_once(command: list[str]) -> tuple[float, float]:
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 36, 100, 0, 0))
    env = dict(os.environ, TERM="xterm-256color", COLUMNS="100", LINES="36")
    start = time.perf_counter()
    process = subprocess.Popen(command, stdin=slave, stdout=slave, stderr=slave, env=env, close_fds=True)
    os.close(slave)
    seen = b""
    first = welcome = 0.0
    deadline = start + 30
    while time.perf_counter() < deadline and not welcome:
        ready, _, _ = select.select([master], [], [], 0.05)
        if ready:
            try:
                seen += os.read(master, 1 << 16)
            except OSError:
                break
            now = time.perf_counter() - start
            if not first and FIRST_PAINT in seen:
                first = now
            if WELCOME in seen:
                welcome = now
    os.write(master, b"\x11")  # Ctrl+Q
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
    os.close(master)
    return first, welcome


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    runs = [launch_once([sys.executable, "-m", "careerbot"]) for _ in range(args.runs)]
    print(f"careerbot -> first painted screen: median {statistics.median(r[0] for r in runs) * 1000:.0f} ms "
          f"(min {min(r[0] for r in runs) * 1000:.0f}, max {max(r[0] for r in runs) * 1000:.0f}; n={len(runs)})")
    welcome = statistics.median(r[1] for r in runs)
    print(f"careerbot -> welcome with the articles loaded: median {welcome * 1000:.0f} ms")


if __name__ == "__main__":
    main()
