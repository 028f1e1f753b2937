"""`careerbot batch`: answer every question of a file, in order, with a summary.

Rows stream through: read one, answer it (in this process or in N worker processes, order
kept), write it. The output goes to a temporary file beside the target, renamed into place
only when every row is written, so an interrupted run leaves nothing half-written. A run that
cannot go on (the input fails to read mid-file, a worker process dies) stops reading and
writes every row it answered, saying in `Summary.stopped` why it stopped.
"""

from __future__ import annotations

import glob
import multiprocessing
import os
import signal
import stat
import sys
import tempfile
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from types import FrameType
from typing import IO
from weakref import WeakKeyDictionary

from careerbot import cachedir
from careerbot.batchfiles import OUT_OF_SCOPE, WRITERS, Answered, InputError, Row, read_rows
from careerbot.bot import CareerBot, Context
from careerbot.models import Answer

CHUNK_SIZE = 64  # rows a worker takes at a time: large enough to pay for the trip, small enough to stream
CHUNKS_AHEAD = 8  # chunks in flight per worker: the workers never wait for the parent to read
LOST = "lost: the worker process answering it died"


@dataclass
class Summary:
    rows: int = 0
    by_intent: Counter[str] = field(default_factory=Counter)
    failed: list[tuple[int, str]] = field(default_factory=list)
    lost: list[int] = field(default_factory=list)  # rows lost with a worker that died (also failed)
    seconds: float = 0.0
    stopped: str | None = None  # why the run ended before the end of its input

    def add(self, item: Answered) -> None:
        self.rows += 1
        if item.answer is not None:
            self.by_intent[item.answer.intent] += 1
        elif item.error == LOST:
            self.lost.append(item.row.row)
        else:
            self.failed.append((item.row.row, item.error or "failed"))

    def line(self) -> str:
        answered = sum(n for name, n in self.by_intent.items() if name != OUT_OF_SCOPE)
        intents = ", ".join(f"{name} {n:,}" for name, n in self.by_intent.most_common() if name != OUT_OF_SCOPE)
        rate = self.rows / self.seconds if self.seconds else 0.0
        return (f"{self.rows:,} rows: {answered:,} answered ({intents or 'none'}), "
                f"{self.by_intent[OUT_OF_SCOPE]:,} out of scope, {len(self.failed) + len(self.lost):,} failed; "
                f"{self.seconds:.2f} s, {rate:,.0f} questions/s")


# --- answering ----------------------------------------------------------------------------

_worker_bot: CareerBot | None = None


def _start_worker(inherited: CareerBot | None, corpus: Path | None, intents: Path | None,
                  added: list[Path]) -> None:
    global _worker_bot
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what an interrupt means
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the pool ends its workers with SIGTERM: let it
    _worker_bot = inherited or CareerBot(corpus_dir=corpus, intents_dir=intents, add=added)


# A FAQ file asks its common questions again and again: each process answers a question once
# and gives every later row that asks it, word for word, the same answer (a row stands alone,
# so it would get that answer anyway). This many are kept per bot; past it, the memo restarts.
MAX_REMEMBERED_ANSWERS = 4096
_remembered: WeakKeyDictionary[CareerBot, dict[str, Answer]] = WeakKeyDictionary()


def answer_row(bot: CareerBot, row: Row) -> Answered:
    """Each FAQ question stands alone: no conversation carries from one row to the next."""
    if row.error:
        return Answered(row=row, error=row.error)
    remembered = _remembered.setdefault(bot, {})
    answer = remembered.get(row.question)
    if answer is None:
        try:
            answer = bot.respond(row.question, Context())
        except Exception as exc:  # one row's failure must not cost the others their answers
            return Answered(row=row, error=f"could not be answered: {type(exc).__name__}: {exc}")
        if len(remembered) >= MAX_REMEMBERED_ANSWERS:
            remembered.clear()
        remembered[row.question] = answer
    return Answered(row=row, answer=answer)


def _answer_chunk(rows: list[Row]) -> list[Answered]:
    assert _worker_bot is not None
    return [answer_row(_worker_bot, row) for row in rows]


def answer_rows(rows: Iterator[Row], bot: CareerBot, jobs: int, summary: Summary) -> Iterator[Answered]:
    """Answered rows in input order. With jobs > 1, chunks of rows go to worker processes,
    a bounded number ahead so memory stays flat. A worker that dies (the OOM killer, a
    kill -9) breaks the pool: the rows it and the others still held come out with the LOST
    error, the rest of the input is not read, and summary.stopped says so."""
    if jobs <= 1:
        for row in rows:
            yield answer_row(bot, row)
        return
    # Forked, a worker starts with this process's bot, its index and caches shared page by page
    # until written; spawned (elsewhere), it builds its own from the cache.
    forked = sys.platform.startswith("linux")
    context = multiprocessing.get_context("fork" if forked else "spawn")
    in_flight: deque[tuple[list[Row], Future[list[Answered]]]] = deque()
    executor = ProcessPoolExecutor(jobs, mp_context=context, initializer=_start_worker,
                                   initargs=(bot if forked else None, bot.corpus_dir, bot.intents_dir, bot.added))
    try:
        while True:
            while summary.stopped is None and len(in_flight) < jobs * CHUNKS_AHEAD:
                chunk = list(islice(rows, CHUNK_SIZE))
                if not chunk:
                    break
                try:
                    in_flight.append((chunk, executor.submit(_answer_chunk, chunk)))
                except BrokenProcessPool:
                    in_flight.append((chunk, _broken()))
            if not in_flight:
                return
            chunk, future = in_flight.popleft()
            try:
                yield from future.result()
            except BrokenProcessPool:
                summary.stopped = "a worker process died"
                yield from (Answered(row=row, error=LOST) for row in chunk)
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _broken() -> Future[list[Answered]]:
    future: Future[list[Answered]] = Future()
    future.set_exception(BrokenProcessPool("the pool is broken"))
    return future


def read_until_failure(rows: Iterator[Row], summary: Summary) -> Iterator[Row]:
    """The rows of a reader that may fail mid-file (a disk error, a bug): a failure ends
    them, so what was answered is still written. One before any row (no question column,
    a binary file) is the caller's usage error."""
    last = 0
    try:
        for row in rows:
            last = row.row
            yield row
    except InputError:
        if not last:
            raise
        summary.stopped = f"reading stopped after line {last:,}"
    except Exception as exc:
        summary.stopped = f"reading stopped after line {last:,} ({type(exc).__name__}: {exc})"


# --- output ---------------------------------------------------------------------------------


@contextmanager
def atomic_output(path: Path | None, encoding: str) -> Iterator[IO[str]]:
    """stdout, or a temporary file beside `path` that becomes `path` only on success."""
    if path is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    cachedir.remove_orphans(path.parent, f".{glob.escape(path.name)}.*.part")  # left by a run killed with -9
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    cachedir.hold(fd)
    os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes it private; the output is as open as any new file
    try:
        with open(fd, "w", encoding=encoding, newline="") as handle:
            yield handle
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class Interrupted(BaseException):
    """SIGTERM, treated like Ctrl+C: stop, clean up, say what was done. A BaseException, like
    KeyboardInterrupt, so that no row's error handling swallows it."""


def _on_terminate(signum: int, frame: FrameType | None) -> None:
    raise Interrupted


@dataclass
class BatchJob:
    input: str  # a path, or "-" for stdin
    input_format: str
    output: Path | None
    output_format: str
    jobs: int = 1
    progress: bool = False


def run(job: BatchJob, bot: CareerBot, summary: Summary) -> None:
    """Answer every row of job.input into job.output; fills summary as it goes."""
    start = time.perf_counter()
    previous = signal.signal(signal.SIGTERM, _on_terminate)
    source = open(job.input, "rb") if job.input != "-" else nullcontext(sys.stdin.buffer)  # noqa: SIM115
    encoding = "utf-8-sig" if job.output_format == "csv" else "utf-8"  # a BOM tells spreadsheets it is UTF-8
    try:
        with source as stream, atomic_output(job.output, encoding) as out, _progress(job) as advance:
            writer = WRITERS[job.output_format](out)
            rows = read_until_failure(read_rows(stream, job.input_format), summary)
            for item in answer_rows(rows, bot, job.jobs, summary):
                writer.write(item)
                summary.add(item)
                advance()
            writer.close()
    finally:
        signal.signal(signal.SIGTERM, previous)
        summary.seconds = time.perf_counter() - start


@contextmanager
def _progress(job: BatchJob) -> Iterator[Callable[[], None]]:
    """A progress bar on stderr with rate and ETA, only for a person watching a terminal."""
    if not job.progress:
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        Task,
        TextColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class Rate(ProgressColumn):
        """Questions a second, once there is a rate to show (rich has none for the first rows)."""

        def render(self, task: Task) -> Text:
            return Text(f"{task.speed:>6.0f}/s" if task.speed else "", style="progress.data.speed")

    total = _count_lines(job.input)
    columns = (TextColumn("answering"), BarColumn(), MofNCompleteColumn(), Rate(), TimeRemainingColumn())

    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("answering", total=total)
        yield lambda: progress.advance(task)


def _count_lines(path: str) -> int | None:
    """The rows to expect, for a regular file only: counting a pipe would consume it."""
    if path == "-" or not stat.S_ISREG(os.stat(path).st_mode):
        return None
    with open(path, "rb") as handle:
        return sum(block.count(b"\n") for block in iter(lambda: handle.read(1 << 20), b"")) or None
