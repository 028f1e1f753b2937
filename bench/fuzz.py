"""Fuzz careerbot for a while and exit 1 if anything failed (0 only when nothing did).

Strategies, each given an equal share of the time:
- properties: the property tests of tests/test_properties.py (answer(), the batch readers and
  writers) with a large budget, seed after seed; hypothesis shrinks a failure to a small example.
- batch: batch files made to break readers (quotes left open, fields over the limit, JSON nested
  deep, UTF-16 with an odd byte, random bytes): every row read or reported, nothing raised.
- folders: corpus folders with hostile names, links in and out, FIFOs, mixed encodings: every
  file read or named in the problems, nothing outside the folder read, doc ids unique.
- caches: an index cache truncated, edited, flipped, replaced by a link to /dev/zero or a FIFO:
  always the same library as a fresh build, never a hang.

Usage: python bench/fuzz.py [--minutes 10] [--only batch folders ...]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

Strategy = Callable[[random.Random, float], tuple[int, list[str]]]  # (rng, deadline) -> (tried, failures)


def properties(rng: random.Random, deadline: float) -> tuple[int, list[str]]:
    tried, failures = 0, []
    env = dict(os.environ, HYPOTHESIS_PROFILE="fuzz")
    while time.monotonic() < deadline:
        seed = rng.randrange(1 << 30)
        result = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_properties.py",
             "--hypothesis-show-statistics", f"--hypothesis-seed={seed}"],
            cwd=ROOT, env=env, capture_output=True, text=True, check=False)
        tried += sum(int(n) for n in re.findall(r"- (\d+) passing", result.stdout))
        if result.returncode:
            failures.append(f"seed {seed}:\n{result.stdout[-4000:]}")
    return tried, failures


# --- batch files ----------------------------------------------------------------------------------

PIECES = ['"', '""', ",", "\t", "\n", "\r\n", "\r", "question", "What does a data engineer do?", "x" * 200_000,
          ("y" * 999 + "\n") * 200, "[" * 2000, '{"question": ', '"}', "\x00", "\x1b]52;c;aGk=\x07", "\ufeff",
          "\udc80", "=HYPERLINK(", "é", "\u202e", "1" * 5000]


def batch_input(rng: random.Random) -> tuple[bytes, str]:
    fmt = rng.choice(["txt", "csv", "tsv", "jsonl"])
    header = {"csv": "id,question,note\n", "tsv": "id\tquestion\n", "jsonl": "", "txt": ""}[fmt]
    text = header + "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 40)))
    encoding = rng.choice(["utf-8", "utf-8", "utf-8-sig", "utf-16", "latin-1"])
    data = text.encode(encoding, errors="surrogateescape" if encoding.startswith("utf-8") else "replace")
    if rng.random() < 0.2:
        data += bytes([rng.randrange(256)])  # an odd last byte
    if rng.random() < 0.05:
        data = rng.randbytes(rng.randint(0, 5000))
    return data, fmt


def batch(rng: random.Random, deadline: float) -> tuple[int, list[str]]:
    from careerbot.batchfiles import WRITERS, Answered, InputError, read_rows
    from careerbot.bot import MAX_QUESTION_CHARS

    tried, failures = 0, []
    while time.monotonic() < deadline:
        data, fmt = batch_input(rng)
        tried += 1
        try:
            rows = list(read_rows(io.BytesIO(data), fmt))
        except InputError:
            continue
        except Exception as exc:  # any other exception loses a batch
            failures.append(f"{fmt} {data[:200]!r}…: {type(exc).__name__}: {exc}")
            continue
        numbers = [row.row for row in rows]
        if numbers != sorted(set(numbers)):
            failures.append(f"{fmt} {data[:200]!r}…: rows out of order {numbers[:20]}")
        for row in rows:
            if not row.error and not (0 < len(row.question) <= MAX_QUESTION_CHARS):
                failures.append(f"{fmt} {data[:200]!r}…: row {row.row} has a question of {len(row.question)} chars")
        for writer in WRITERS.values():
            out = io.StringIO()
            try:
                w = writer(out)
                for row in rows:
                    w.write(Answered(row=row, error=row.error or "fuzzed"))
                w.close()
            except Exception as exc:
                failures.append(f"{writer.__name__} on {fmt} {data[:200]!r}…: {type(exc).__name__}: {exc}")
    return tried, failures


# --- corpus folders -------------------------------------------------------------------------------

NAME_PARTS = ["notes", "[v=1:2]", "[@click=app.quit]", "\x1b[31m", "\x1b]52;c;aGk=\x07", "\u202e", "é", " ", "-",
              "a", "a", "Data Scientist", "ü", "\t"]
SECRET = "The secret salary of a zookeeper is 987,654 dollars."
ARTICLE = "# Careers in Gardening\n\n## Greenhouse Technician\n\nA greenhouse technician checks humidity.\n"


def corpus_folder(rng: random.Random, base: Path) -> tuple[Path, int]:
    """A folder of hostile entries; returns it and how many article-named entries it holds."""
    folder = base / "articles"
    folder.mkdir()
    (base / "secret.md").write_text("# Secret\n\n" + SECRET + "\n", encoding="utf-8")
    entries = 0
    for _ in range(rng.randint(1, 12)):
        sub = folder / rng.choice(["", "sub", "sub/deeper"])
        sub.mkdir(parents=True, exist_ok=True)
        path = sub / ("".join(rng.choice(NAME_PARTS) for _ in range(rng.randint(1, 4))) + rng.choice([".md", ".txt",
                                                                                                       ".markdown"]))
        if os.path.lexists(path):
            continue
        kind = rng.choice(["utf-8", "utf-8", "utf-16", "latin-1", "binary", "empty", "link-out", "link-in",
                           "dangling", "fifo", "dir-link"])
        text = ARTICLE.replace("Gardening", f"Gardening {rng.randrange(1000)}") + "Café prices vary.\n"
        if kind in ("utf-8", "utf-16", "latin-1"):
            path.write_bytes(text.encode(kind))
        elif kind == "binary":
            path.write_bytes(rng.randbytes(300) + b"\x00")
        elif kind == "empty":
            path.write_bytes(b"")
        elif kind == "link-out":
            path.symlink_to(base / "secret.md")
        elif kind == "link-in":
            if not (folder / "target.md").exists():
                (folder / "target.md").write_text(text, encoding="utf-8")
            path.symlink_to(folder / "target.md")
        elif kind == "dangling":
            path.symlink_to(base / "nowhere.md")
        elif kind == "fifo":
            os.mkfifo(path)
        else:
            path.symlink_to(base, target_is_directory=True)  # a link to a folder: never followed, no entry
            continue
        entries += 1
    return folder, entries + (folder / "target.md").exists()


def folders(rng: random.Random, deadline: float) -> tuple[int, list[str]]:
    from careerbot.corpus import load_corpus
    from careerbot.errors import DataFileError

    tried, failures = 0, []
    while time.monotonic() < deadline:
        with tempfile.TemporaryDirectory() as tmp:
            folder, entries = corpus_folder(rng, Path(tmp))
            listing = sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))
            tried += 1
            problems: list[str] = []
            try:
                documents = load_corpus(folder, problems=problems)
            except DataFileError:
                continue  # no usable article at all: a clear error, as it should be
            except Exception as exc:
                failures.append(f"{listing}: {type(exc).__name__}: {exc}")
                continue
            text = " ".join(b for d in documents for s in d.sections for b in s.blocks)
            if "zookeeper" in text:
                failures.append(f"{listing}: a file outside the folder was read")
            if len({d.doc_id for d in documents}) != len(documents):
                failures.append(f"{listing}: doc ids shared: {sorted(d.doc_id for d in documents)}")
            if len(documents) + len(problems) != entries:
                failures.append(f"{listing}: {len(documents)} read + {len(problems)} problems != {entries} entries")
    return tried, failures


# --- caches ---------------------------------------------------------------------------------------

def damage(rng: random.Random, target: Path) -> str:
    data = target.read_bytes()
    how = rng.choice(["truncate", "flip", "append", "empty", "delete", "zero", "fifo", "digit"])
    if how == "truncate":
        target.write_bytes(data[: rng.randrange(len(data) + 1)])
    elif how == "flip" and data:
        at = rng.randrange(len(data))
        target.write_bytes(data[:at] + bytes([data[at] ^ (1 << rng.randrange(8))]) + data[at + 1:])
    elif how == "append":
        target.write_bytes(data + rng.randbytes(rng.randint(1, 64)))
    elif how == "empty":
        target.write_bytes(b"")
    elif how == "delete":
        target.unlink()
    elif how == "zero":
        target.unlink()
        target.symlink_to("/dev/zero")
    elif how == "fifo":
        target.unlink()
        os.mkfifo(target)
    else:  # an edited figure: "$119,413" made "$919,413"
        target.write_bytes(re.sub(rb"\d", lambda m: str(rng.randrange(10)).encode(), data, count=3))
    return f"{how} {target.name}"


def caches(rng: random.Random, deadline: float) -> tuple[int, list[str]]:
    from careerbot import cachedir
    from careerbot.bot import embedded
    from careerbot.intents import load_intents
    from careerbot.library import cache_folder, open_library
    from careerbot.text import Analyzer

    tried, failures = 0, []
    previous = os.environ.get("CAREERBOT_CACHE_DIR")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CAREERBOT_CACHE_DIR"] = str(Path(tmp) / "cache")
        try:
            corpus = Path(tmp) / "corpus"
            shutil.copytree(embedded("corpus"), corpus)
            analyzer = Analyzer(load_intents(embedded("intents"))[1])
            fresh = open_library(corpus, analyzer, use_cache=False)
            open_library(corpus, analyzer)
            pristine = Path(tmp) / "pristine"
            shutil.copytree(cache_folder(corpus), pristine, symlinks=True)
            intents = cachedir.entry("intents", embedded("intents")).with_suffix(".json")
            intents_pristine = intents.read_bytes()
            while time.monotonic() < deadline:
                shutil.rmtree(cache_folder(corpus))
                shutil.copytree(pristine, cache_folder(corpus), symlinks=True)
                intents.unlink(missing_ok=True)
                intents.write_bytes(intents_pristine)
                target = rng.choice([*sorted(cache_folder(corpus).iterdir()), intents])
                what = damage(rng, target)
                tried += 1
                try:
                    with contextlib.redirect_stderr(io.StringIO()):  # the notice of each rebuild
                        library = open_library(corpus, analyzer)
                        specs = load_intents(embedded("intents"))[0]
                except Exception as exc:
                    failures.append(f"{what}: {type(exc).__name__}: {exc}")
                    continue
                if list(library.chunks) != list(fresh.chunks) or library.facts != fresh.facts:
                    failures.append(f"{what}: the library differs from a fresh build")
                if json.dumps([s.model_dump(mode="json") for s in specs]) != json.dumps(
                        [s.model_dump(mode="json") for s in load_intents(embedded("intents"))[0]]):
                    failures.append(f"{what}: the intents differ from the files")
        finally:
            if previous is None:
                os.environ.pop("CAREERBOT_CACHE_DIR", None)
            else:
                os.environ["CAREERBOT_CACHE_DIR"] = previous
    return tried, failures


STRATEGIES: dict[str, Strategy] = {"properties": properties, "batch": batch, "folders": folders, "caches": caches}


def run(minutes: float, only: list[str], seed: int = 0) -> int:
    """Each strategy in turn for its share of the time; prints what was tried and every failure.
    Returns the exit code: 1 if anything failed, else 0."""
    rng = random.Random(seed)
    share = minutes * 60 / len(only)
    failed = 0
    for name in only:
        tried, failures = STRATEGIES[name](rng, time.monotonic() + share)
        failed += len(failures)
        print(f"{name}: {tried:,} inputs, {len(failures)} failures", flush=True)
        for failure in failures[:20]:
            print(f"  {failure}")
    print(f"{failed} failures in {minutes:g} minutes")
    return 1 if failed else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--only", nargs="+", choices=sorted(STRATEGIES), default=list(STRATEGIES))
    parser.add_argument("--seed", type=int, default=int(time.time()))
    args = parser.parse_args()
    sys.exit(run(args.minutes, args.only, args.seed))


if __name__ == "__main__":
    main()
