"""`careerbot batch`: every input and output format, bad rows, exit codes, atomic output."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from careerbot import MAX_QUESTION_CHARS, Answer
from careerbot.cli import main

QUESTIONS = ["How much does a data scientist earn?", "What does a data engineer do?", "What's the weather today?"]


def distinct_rows(rounds: int) -> str:
    """QUESTIONS, each asked `rounds` times but never in the same words: a run that is to be
    stopped midway lasts however fast a repeated question is answered."""
    return "\n".join(f"{q} (row {n})" for n in range(rounds) for q in QUESTIONS) + "\n"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["batch", *args])
    out, err = capsys.readouterr()
    return code, out, err


def records(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


def test_txt_skips_blank_and_comment_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "faq.txt"
    source.write_text("# our FAQ\n\n" + "\n".join(QUESTIONS) + "\n", encoding="utf-8")
    code, out, err = run(capsys, str(source))
    assert code == 0
    rows = records(out)
    assert [r["row"] for r in rows] == [3, 4, 5]
    assert [r["question"] for r in rows] == QUESTIONS
    answers = [Answer.model_validate(r["answer"]) for r in rows]
    assert [a.intent for a in answers] == ["salary", "role_info", "out_of_scope"]
    assert "3 rows: 2 answered (salary 1, role_info 1), 1 out of scope, 0 failed" in err


def test_csv_carries_columns_and_reports_bad_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "faq.csv"
    source.write_bytes(
        "\ufeffid,Question,topic\r\n1,How much does a data scientist earn?,pay\r\n2,,empty\r\n"
        '3,"What does a data\nengineer do?",roles\r\n4\r\n'.encode()
    )
    code, out, err = run(capsys, str(source), "--format", "jsonl")
    assert code == 1
    rows = records(out)
    assert [(r["row"], r["id"]) for r in rows] == [(2, "1"), (3, "2"), (4, "3"), (6, "4")]
    assert rows[0]["topic"] == "pay" and "answer" in rows[0]
    assert rows[1]["error"] == "empty question"
    assert Answer.model_validate(rows[2]["answer"]).entities["role"] == "Data Engineer"  # quoted newline
    assert "no value in the 'question' column" in rows[3]["error"]
    assert "row 3: empty question" in err and "row 6: no value" in err


def test_tsv_and_case_insensitive_header(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "faq.tsv"
    source.write_text("QUESTION\tid\nwhat skills does an NLP engineer need?\tx\n", encoding="utf-8")
    code, out, _ = run(capsys, str(source))
    assert code == 0 and records(out)[0]["id"] == "x"


def test_jsonl_carries_fields_and_survives_broken_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "faq.jsonl"
    source.write_text(
        json.dumps({"question": QUESTIONS[0], "id": 7, "tags": ["pay"]}) + "\n{broken\n"
        + json.dumps({"id": 9}) + "\n" + json.dumps(["not", "an", "object"]) + "\n"
        + json.dumps({"question": QUESTIONS[1], "answer": "theirs"}) + "\n", encoding="utf-8")
    code, out, err = run(capsys, str(source))
    assert code == 1
    rows = records(out)
    assert rows[0]["id"] == 7 and rows[0]["tags"] == ["pay"]
    assert rows[1]["row"] == 2 and rows[1]["error"].startswith("not valid JSON")
    assert rows[2]["error"] == "no 'question' field" and rows[2]["id"] == 9
    assert rows[3]["error"] == "not a JSON object"
    assert rows[4]["input_answer"] == "theirs" and "answer" in rows[4]  # a carried field never overwrites ours
    assert "4 failed" not in err and "3 failed" in err


def test_undecodable_and_overlong_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "faq.txt"
    source.write_bytes(b"caf\xe9 salary?\n" + b"x" * (MAX_QUESTION_CHARS + 100) + b"\n" + QUESTIONS[0].encode() + b"\n")
    code, out, _ = run(capsys, str(source))
    rows = records(out)
    assert code == 1
    assert rows[0]["error"] == "the row is not UTF-8 text (save the file as UTF-8)"
    assert rows[1]["error"] == f"question longer than {MAX_QUESTION_CHARS} characters"
    assert "answer" in rows[2]


def test_csv_output_opens_in_the_csv_module(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "faq.csv"
    source.write_text("question,id\n" + "\n".join(f"{q},{i}" for i, q in enumerate(QUESTIONS)) + "\n=1+1,9\n")
    output = tmp_path / "answers.csv"
    code, _, _ = run(capsys, str(source), "-o", str(output))
    assert code == 0
    with output.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.DictReader(handle))
    assert [row["id"] for row in table] == ["0", "1", "2", "9"]
    assert table[0]["intent"] == "salary" and "$119,413" in table[0]["answer"]
    assert table[0]["sources"] == "Exciting Jobs in Machine Learning › Machine Learning careers › Data Scientist"
    assert float(table[0]["confidence"]) > 0.5
    assert table[3]["question"] == "'=1+1"  # a spreadsheet would have run it as a formula


def test_markdown_faq_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "faq.txt"
    source.write_text("\n".join([*QUESTIONS, "# not a question", "What is [bold]ML[/bold] <b>about</b>?"]) + "\n")
    output = tmp_path / "faq.md"
    assert run(capsys, str(source), "-o", str(output))[0] == 0
    page = output.read_text(encoding="utf-8")
    assert page.startswith("# Frequently asked questions\n\n## Contents\n\n")
    assert "1. [How much does a data scientist earn?](#q1)" in page
    assert "## What does a data engineer do?" in page and "[^q1-1]: Exciting Jobs in Machine Learning" in page
    not_covered = page.split("## Not covered", 1)[1]
    assert "What's the weather today?" in not_covered and "## What's the weather" not in page
    assert r"\[bold\]" in page and "<b>" not in page  # markup in a question is shown, not run


def test_stdin_to_stdout(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"what does an AI ethicist do?\n")))
    code, out, _ = run(capsys, "-")
    assert code == 0 and records(out)[0]["answer"]["entities"]["role"] == "AI Ethicist"


@pytest.mark.parametrize(
    ("make_args", "message"),
    [
        (lambda d: [str(d / "missing.txt")], "no such file"),
        (lambda d: [str(d / "q.txt"), "-o", str(d / "q.txt")], "would overwrite the input"),
        (lambda d: [str(d / "q.txt"), "-o", str(d / "nope" / "out.jsonl")], "no folder"),
        (lambda d: [str(d / "q.txt"), "--jobs", "0"], "--jobs must be 1 or more"),
        (lambda d: [str(d / "noquestion.csv")], "no 'question' column"),
    ],
)
def test_usage_errors_exit_two_before_work(tmp_path: Path, capsys: pytest.CaptureFixture[str], make_args,
                                         message: str) -> None:
    (tmp_path / "q.txt").write_text("hello\n")
    (tmp_path / "noquestion.csv").write_text("id,text\n1,hello\n")
    code, out, err = run(capsys, *make_args(tmp_path))
    assert code == 2 and message in err and out == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["noquestion.csv", "q.txt"]


def test_jobs_two_gives_the_same_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "faq.txt"
    source.write_text("\n".join(QUESTIONS * 100) + "\n")
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert run(capsys, str(source), "-o", str(one))[0] == 0
    assert run(capsys, str(source), "-o", str(two), "--jobs", "2")[0] == 0
    assert one.read_bytes() == two.read_bytes()


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_a_killed_run_leaves_no_output_and_no_temp_file(tmp_path: Path, sig: signal.Signals) -> None:
    source = tmp_path / "faq.txt"
    source.write_text(distinct_rows(30000))
    output = tmp_path / "out.jsonl"
    # As run in a terminal: a run started in the background (a CI script's "&") inherits
    # SIGINT ignored, and rightly keeps ignoring it.
    process = subprocess.Popen([sys.executable, "-m", "careerbot", "batch", str(source), "-o", str(output)],
                               stderr=subprocess.PIPE, text=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 30
    while not any(p.name.endswith(".part") for p in tmp_path.iterdir()) and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(0.2)
    os.kill(process.pid, sig)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 130
    assert "interrupted after" in err and "no output written" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["faq.txt"]


def _run_in_a_terminal(argv: list[str], timeout: float = 60.0, stdin: Path | None = None) -> tuple[int, str]:
    """Run a command with a pty for its terminal, as a person would: stdout and stderr are
    a tty, so the progress bar draws. Returns the exit code and everything it printed.
    With `stdin`, that file is typed into the terminal, then end-of-input (Ctrl+D)."""
    import pty
    import select
    import termios

    pid, fd = pty.fork()
    if pid == 0:  # the child: the command, on the pty
        os.execv(sys.executable, [sys.executable, "-m", "careerbot", *argv])
    if stdin is not None:
        attributes = termios.tcgetattr(fd)
        attributes[3] &= ~termios.ECHO  # what is typed is not printed back among the answers
        termios.tcsetattr(fd, termios.TCSANOW, attributes)
        os.write(fd, stdin.read_bytes() + b"\x04")
    printed = b""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:  # the child closed the pty
                break
            if not chunk:
                break
            printed += chunk
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(status), printed.decode("utf-8", "replace")


PAIR = ("How much does a data scientist earn?", "What skills does a data engineer need?")
INPUTS = {
    "txt": "\n".join(PAIR * 20) + "\n",
    "csv": "id,question\n" + "".join(f"{n},{q}\n" for n, q in enumerate(PAIR * 20)),
    "jsonl": "".join(json.dumps({"question": q}) + "\n" for q in PAIR * 20),
}


@pytest.mark.parametrize("fmt", sorted(INPUTS))
def test_batch_with_its_progress_bar_in_a_terminal(tmp_path: Path, fmt: str) -> None:
    questions = tmp_path / f"q.{fmt}"
    questions.write_text(INPUTS[fmt], encoding="utf-8")
    out = tmp_path / "faq.md"
    code, printed = _run_in_a_terminal(["batch", str(questions), "-o", str(out)])
    assert code == 0 and "Traceback" not in printed, printed[-2000:]
    assert out.read_text(encoding="utf-8").count("$119,413") >= 1
    assert "40 rows:" in printed  # the summary line closes the run


def test_batch_from_stdin_in_a_terminal_writes_to_stdout(tmp_path: Path) -> None:
    """`careerbot batch - -o -` on a terminal: the questions are typed, the answers printed."""
    questions = tmp_path / "q.txt"
    questions.write_text(INPUTS["txt"], encoding="utf-8")
    code, printed = _run_in_a_terminal(["batch", "-", "-o", "-"], stdin=questions)
    assert code == 0 and "Traceback" not in printed, printed[-2000:]
    assert printed.count('{"row": ') == 40 and "40 rows: 40 answered" in printed
    assert not (Path.cwd() / "-").exists()


def test_outputs_honour_the_umask(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A published FAQ must be readable by the web server: rw-r--r-- under umask 022."""
    source = tmp_path / "faq.txt"
    source.write_text("\n".join(QUESTIONS), encoding="utf-8")
    previous = os.umask(0o022)
    try:
        assert run(capsys, str(source), "-o", str(tmp_path / "faq.md"))[0] == 0
    finally:
        os.umask(previous)
    assert (tmp_path / "faq.md").stat().st_mode & 0o777 == 0o644


def test_the_faq_page_lists_only_uncovered_questions(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "faq.csv"
    source.write_text("id,question\n1,What does a data engineer do?\n2,\n3,What's the weather today?\n",
                      encoding="utf-8")
    code, _, err = run(capsys, str(source), "-o", str(tmp_path / "faq.md"))
    page = (tmp_path / "faq.md").read_text(encoding="utf-8")
    uncovered = page.split("## Not covered", 1)[1]
    assert "weather" in uncovered and "empty question" not in page and "row 3" not in page
    assert code == 1 and "row 3: empty question" in err  # the data-entry error is reported, not published


@pytest.mark.parametrize("argv", [["ask", "What does a data engineer do?"], ["batch", "-"]])
def test_a_full_disk_is_one_line_and_a_code_of_its_own(tmp_path: Path, argv: list[str]) -> None:
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "careerbot", *argv], stdout=full, stderr=subprocess.PIPE,
                              input="What does a data engineer do?\n", text=True, timeout=120, check=False)
    assert done.returncode == 3 and "Traceback" not in done.stderr, done.stderr
    assert "No space left on device" in done.stderr


def test_a_closed_stdin_is_a_usage_error() -> None:
    done = subprocess.run([sys.executable, "-m", "careerbot", "batch", "-"], stdin=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True, timeout=120, check=False,
                          preexec_fn=lambda: os.close(0))
    assert done.returncode == 2 and "standard input is closed" in done.stderr, done.stderr


# --- one bad line never loses a batch -------------------------------------------------------------

def test_an_unbalanced_quote_is_reported_with_its_line_and_the_rows_after_it_are_read(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "faq.csv"
    source.write_text(f'id,question\n1,"{QUESTIONS[0]}\n2,{QUESTIONS[1]}\n3,{PAIR[1]}\n', encoding="utf-8")
    code, out, err = run(capsys, str(source))
    rows = records(out)
    assert code == 1
    assert "row 2: cannot be read as CSV: the quote opened on line 2 is never closed; the lines after it are read " \
           "as rows of their own" in err
    assert [(r["row"], r["id"], "answer" in r) for r in rows] == [(2, "1", False), (3, "2", True), (4, "3", True)]


def test_an_unbalanced_quote_too_far_from_the_end_says_which_lines_are_lost(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from careerbot import batchfiles

    monkeypatch.setattr(batchfiles, "RECOVERY_CHARS", 100)
    source = tmp_path / "faq.csv"
    source.write_text(f"id,question\n0,{QUESTIONS[1]}\n1,\"{QUESTIONS[0]}\n" + f"2,{QUESTIONS[1]}\n" * 10,
                      encoding="utf-8")
    code, out, err = run(capsys, str(source))
    assert code == 1 and "row 3: cannot be read as CSV: the quote opened on line 3 is never closed; lines 4–13 are " \
                         "lost with it" in err
    assert [(r["row"], "answer" in r) for r in records(out)] == [(2, True), (3, False)]


def test_quoted_fields_keep_their_line_breaks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "faq.csv"
    source.write_bytes(b'id,question,note\r\n7,"What does a data\r\nengineer do?","first line\nsecond ""line"""\r\n')
    code, out, _ = run(capsys, str(source))
    [row] = records(out)
    assert code == 0 and row["question"] == "What does a data\nengineer do?"
    assert row["note"] == 'first line\nsecond "line"' and row["id"] == "7"
    assert Answer.model_validate(row["answer"]).entities["role"] == "Data Engineer"


@pytest.mark.parametrize("column", ["question", "note"])
@pytest.mark.parametrize("line", ["x" * 300_000, ("x" * 999 + "\n") * 300])
def test_an_over_limit_field_keeps_its_row_and_makes_no_other(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                             column: str, line: str) -> None:
    long, short = f'"{line}"', QUESTIONS[1]
    source = tmp_path / "faq.csv"
    first = f"1,{long},n,a\n" if column == "question" else f"1,{short},{long},a\n"
    source.write_text("id,question,note,tag\n" + first + f"2,{QUESTIONS[0]},n,b\n", encoding="utf-8")
    code, out, err = run(capsys, str(source))
    rows = records(out)
    message = (f"question longer than {MAX_QUESTION_CHARS} characters" if column == "question"
               else "the 'note' field is longer than 131,072 characters")
    assert code == 1 and f"row 2: {message}" in err and "2 rows:" in err
    assert [(r["id"], r["tag"], r.get("error")) for r in rows] == [("1", "a", message), ("2", "b", None)]
    assert rows[1]["row"] == 3 + line.count("\n") and "$119,413" in rows[1]["answer"]["text"]


def test_a_reader_failure_writes_what_was_answered(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from careerbot import batchfiles

    def failing_disk(stream: object) -> object:
        yield from QUESTIONS[:2]
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(batchfiles, "decoded_lines", failing_disk)
    source, output = tmp_path / "faq.txt", tmp_path / "out.jsonl"
    source.write_text("\n".join(QUESTIONS), encoding="utf-8")
    code, _, err = run(capsys, str(source), "-o", str(output))
    assert code == 1
    assert (f"careerbot batch: {source}: reading stopped after line 2 (OSError: [Errno 5] Input/output error); the "
            f"rest of it was not read; the 2 rows read are written to {output}") in err
    assert [r["answer"]["intent"] for r in records(output.read_text(encoding="utf-8"))] == ["salary", "role_info"]


# --- worker processes -------------------------------------------------------------------------------

def test_a_worker_killed_mid_run_is_noticed_and_nothing_answered_is_lost(tmp_path: Path) -> None:
    source, output = tmp_path / "faq.txt", tmp_path / "out.jsonl"
    source.write_text(distinct_rows(10_000))
    process = subprocess.Popen([sys.executable, "-m", "careerbot", "batch", str(source), "-o", str(output),
                                "--jobs", "2"], stderr=subprocess.PIPE, text=True)
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (len(children.read_text().split()) == 2
                                               and any(p.name.endswith(".part") for p in tmp_path.iterdir())):
        time.sleep(0.02)
    # Answers are being written (however busy the machine is), and more are to come.
    part = next(p for p in tmp_path.iterdir() if p.name.endswith(".part"))
    while time.monotonic() < deadline and not part.stat().st_size:
        time.sleep(0.01)
    os.kill(int(children.read_text().split()[0]), signal.SIGKILL)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 1, err
    rows = records(output.read_text(encoding="utf-8"))
    lost = [r["row"] for r in rows if r.get("error") == "lost: the worker process answering it died"]
    assert 0 < len(lost) < len(rows) < 30_000
    assert [r["row"] for r in rows] == list(range(1, len(rows) + 1))  # in order, from the first: nothing skipped
    assert all("answer" in r for r in rows if r["row"] not in lost)
    assert f"{len(lost):,} rows lost with a worker process that died (rows {lost[0]:,}–" in err
    assert f"a worker process died; the rest of it was not read; the {len(rows):,} rows read are written" in err


def test_jobs_are_capped_at_the_cores(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "faq.txt"
    source.write_text("\n".join(QUESTIONS * 3) + "\n")
    cores = len(os.sched_getaffinity(0))
    code, out, err = run(capsys, str(source), "--jobs", str(cores + 62))
    assert code == 0 and f"--jobs {cores + 62} is more than the {cores} cores; using {cores}" in err
    assert len(records(out)) == 9


def test_a_pipe_as_input_in_a_terminal_is_read_once(tmp_path: Path) -> None:
    """`careerbot batch <(...)` and FIFOs: a pipe is no regular file, yet the questions are in
    it; with a terminal the progress bar must not count the rows first, which would drain it."""
    import threading

    fifo, out = tmp_path / "questions", tmp_path / "faq.md"
    os.mkfifo(fifo)

    def feed() -> None:
        with open(fifo, "w", encoding="utf-8") as pipe:
            pipe.write(INPUTS["txt"])

    threading.Thread(target=feed, daemon=True).start()
    code, printed = _run_in_a_terminal(["batch", str(fifo), "-o", str(out)], timeout=60)
    assert code == 0 and "40 rows: 40 answered" in printed, printed[-2000:]
    assert out.read_text(encoding="utf-8").count("## ") == 41  # the contents and 40 questions


def test_what_a_run_killed_with_sigkill_left_is_removed_by_the_next(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from careerbot import cachedir

    source, output = tmp_path / "faq.txt", tmp_path / "out.jsonl"
    source.write_text(distinct_rows(30000))
    process = subprocess.Popen([sys.executable, "-m", "careerbot", "batch", str(source), "-o", str(output)],
                               stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while not (parts := [p for p in tmp_path.iterdir() if p.name.endswith(".part")]) and time.monotonic() < deadline:
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    [left] = parts
    live = tmp_path / ".out.jsonl.live.part"  # one a run in progress holds: never removed
    with open(live, "w") as held:
        cachedir.hold(held.fileno())
        for path in (left, live):
            os.utime(path, (time.time() - 2 * cachedir.ORPHAN_AGE,) * 2)
        source.write_text(QUESTIONS[0] + "\n")
        assert run(capsys, str(source), "-o", str(output))[0] == 0
        assert sorted(p.name for p in tmp_path.iterdir()) == [live.name, "faq.txt", "out.jsonl"]


def test_an_output_that_is_not_a_regular_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """-o replaces its path when done: a FIFO or a link there would be replaced, not written to."""
    source = tmp_path / "faq.txt"
    source.write_text("What does a data engineer do?\n", encoding="utf-8")
    fifo, link = tmp_path / "pipe", tmp_path / "link.jsonl"
    os.mkfifo(fifo)
    link.symlink_to(tmp_path / "real.jsonl")
    for target in (fifo, link):
        code, _, err = run(capsys, str(source), "-o", str(target))
        assert code == 2 and "is not a regular file" in err
    assert fifo.is_fifo() and link.is_symlink() and not (tmp_path / "real.jsonl").exists()
