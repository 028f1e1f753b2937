"""The `careerbot` command: a thin layer over the Python API.

Exit codes: 0 done (out-of-scope answers included), 1 some batch rows or eval cases failed,
2 usage error (bad arguments, unreadable files), 3 the output could not be written (a full disk),
4 careerbot itself failed (a bug: one line on stderr, no traceback), 130 interrupted,
141 the reader of stdout went away.
"""

from __future__ import annotations

import os

# This process is careerbot's own: pydantic need not scan every installed package for
# plugins (~15 ms of a one-shot `careerbot ask`). Set before pydantic is first imported.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

import argparse
import re
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from careerbot import __version__
from careerbot.errors import DataFileError, DataFileWarning

if TYPE_CHECKING:
    from careerbot.bot import CareerBot
    from careerbot.models import Answer

USAGE_ERROR = 2
WRITE_FAILED = 3
CRASHED = 4
INTERRUPTED = 130
CLOSED_PIPE = 141  # the reader of stdout went away (128 + SIGPIPE)


class UsageError(Exception):
    """Something the user can fix in the command line, found before any work."""


class WriteFailed(Exception):
    """The output could not be written: a full disk, a folder that went away."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="careerbot", description="Answers questions from a knowledge pack of articles, with sources (by default, "
                                       "the embedded pack on machine-learning careers).")
    parser.add_argument("--version", action="version", version=f"careerbot {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def with_data_options(sub: argparse.ArgumentParser) -> argparse.ArgumentParser:
        sub.add_argument("--corpus", type=Path, metavar="DIR",
                         help="the knowledge pack: a folder of articles, with optional facts.toml, intents/ and "
                              "pack.toml (default: the embedded pack); it replaces the embedded one")
        sub.add_argument("--add", type=Path, metavar="DIR", action="append", default=[],
                         help="a folder of articles (and optional facts.toml) added to the pack; repeatable")
        sub.add_argument("--intents", type=Path, metavar="DIR",
                         help="a folder of intent files instead of the pack's own intents/")
        return sub

    chat_command = with_data_options(commands.add_parser("chat", help="chat in the terminal (the default)"))
    chat_command.add_argument("--save-dir", type=Path, metavar="DIR",
                              help="where Ctrl+S saves transcripts (default: $CAREERBOT_SAVE_DIR, else the data "
                                   "folder's transcripts/)")

    ask = with_data_options(commands.add_parser("ask", help="answer one question"))
    ask.add_argument("question", help="the question, in quotes")
    ask.add_argument("--json", action="store_true", help="print the answer as JSON")
    ask.add_argument("--explain", action="store_true",
                     help="first print what each stage made of the question (form, intent, evidence)")

    index_command = with_data_options(commands.add_parser(
        "index", help="build and cache the index of a folder of articles ahead of time",
        description="Read every article of --corpus (default: the embedded ones), build its index and cache it, "
                    "so that the next start is fast. The cache is rebuilt by itself when a file changes."))
    index_command.add_argument("--jobs", type=int, default=1, metavar="N",
                               help="processes to chunk and read the articles with (default: 1); the index is "
                                    "the same")

    batch = with_data_options(commands.add_parser(
        "batch", help="answer every question of a file",
        description="Answer a file of questions: .txt (one a line; blank and # lines skipped), .csv/.tsv with a "
                    "'question' column, or .jsonl with a 'question' field; '-' reads stdin. Other columns and "
                    "fields are carried through. Bad rows are reported on stderr and written with an error."))
    batch.add_argument("input", help="the questions file, or - for stdin")
    batch.add_argument("-o", "--output", metavar="FILE", help="where to write; - for stdout (the default)")
    batch.add_argument("--format", choices=["jsonl", "csv", "md"],
                       help="output format (default: from the output's extension, else jsonl)")
    batch.add_argument("--input-format", choices=["txt", "csv", "tsv", "jsonl"],
                       help="input format (default: from the input's extension, else txt)")
    batch.add_argument("--jobs", type=int, default=1, metavar="N", help="worker processes (default: 1)")

    evaluate = with_data_options(commands.add_parser("eval", help="score the bot on a file of cases (JSON lines)"))
    evaluate.add_argument("cases", type=Path, help="a .jsonl file in the format of the cases in tests/eval")
    evaluate.add_argument("--json", action="store_true", help="print the report as JSON")
    evaluate.add_argument("--min-pass-rate", type=float, default=0.9, metavar="R",
                          help="exit 1 when fewer than this share of cases pass (default: 0.9)")

    check = commands.add_parser(
        "check", help="lint a knowledge pack",
        description="Check a pack (default: the embedded one): every fact's quote is in its article, no intent's "
                    "examples route to another intent, no near-duplicate examples across intents, every keyword "
                    "can match, every role has facts, every article is reached by some question. Exit 1 on errors.")
    check.add_argument("pack", type=Path, nargs="?", metavar="PACK", help="the pack's folder")
    check.add_argument("--add", type=Path, metavar="DIR", action="append", default=[],
                       help="a folder added to the pack, checked with it; repeatable")

    facts = commands.add_parser("facts", help="work on a pack's facts")
    facts_commands = facts.add_subparsers(dest="facts_command", metavar="COMMAND", required=True)
    suggest = facts_commands.add_parser(
        "suggest", help="propose salary, role and skill facts from a folder's articles, for review",
        description="Read the articles of DIR and print the salary, role and skill facts they seem to state, each "
                    "with its exact quote, as TOML to review and paste into DIR/facts.toml. Nothing is saved "
                    "unless -o names a file (never the facts file itself).")
    suggest.add_argument("folder", type=Path, metavar="DIR", help="a folder of articles")
    suggest.add_argument("-o", "--output", type=Path, metavar="FILE", help="write the proposals to this new file")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # The command line and the chat list each skipped file themselves (report_problems, the
    # chat's notice), once: not a second time as a Python warning.
    warnings.simplefilter("ignore", DataFileWarning)
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command in (None, "chat"):
            return chat(args.__dict__.get("corpus"), args.__dict__.get("intents"), args.__dict__.get("add", []),
                        args.__dict__.get("save_dir"))
        if args.command == "batch":
            return batch(args)
        if args.command == "index":
            return index(args.corpus, args.intents, args.add, args.jobs)
        if args.command == "check":
            return check(args.pack, args.add)
        if args.command == "facts":
            return suggest_facts(args.folder, args.output)
        bot = make_bot(args)
        if args.command == "ask":
            return ask(bot, args.question, as_json=args.json, explain=args.explain)
        return evaluate(bot, args.cases, as_json=args.json, min_pass_rate=args.min_pass_rate)
    except (DataFileError, UsageError) as exc:
        say(f"careerbot: {exc}")
        return USAGE_ERROR
    except WriteFailed as exc:
        say(f"careerbot: {exc}")
        return WRITE_FAILED
    except KeyboardInterrupt:
        say("careerbot: interrupted")
        return INTERRUPTED


# Control characters (ESC, OSC 52's BEL), bidi controls and the surrogates of undecodable
# file names: none may reach the terminal as themselves.
_INVISIBLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]")


def visible(text: str) -> str:
    """Text from file names, headers and articles as it can be shown on a terminal: each
    control character written out ('\\x1b'), so it is seen and never run."""
    return _INVISIBLE.sub(lambda found: ascii(found.group())[1:-1], text)


def say(message: str) -> None:
    """A line on stderr for a person: the one way careerbot reports, warns and fails."""
    print(visible(message), file=sys.stderr)


def make_bot(args: argparse.Namespace) -> CareerBot:
    from careerbot.bot import CareerBot

    check_folders(args.corpus, args.intents, *args.add)
    bot = CareerBot(corpus_dir=args.corpus, intents_dir=args.intents, add=args.add)
    report_problems(bot.problems)
    return bot


def check_folders(*folders: Path | None) -> None:
    for folder in folders:
        if folder is not None and not folder.is_dir():
            raise UsageError(f"{folder}: no such folder")


def report_problems(problems: list[str]) -> None:
    """Files that were skipped: said on stderr each time, so they get fixed."""
    for problem in problems:
        say(f"careerbot: warning: {problem}")


# --- chat ---------------------------------------------------------------------------------


def chat(corpus: Path | None, intents: Path | None, add: list[Path], save_dir: Path | None = None) -> int:
    """The Textual chat; Textual is imported only here."""
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise UsageError("the chat needs a terminal; for one answer, try: careerbot ask \"QUESTION\"")
    check_folders(corpus, intents, *add)
    from careerbot.tui.app import run

    run(corpus, intents, add, save_dir)
    return 0


# --- index --------------------------------------------------------------------------------


def index(corpus: Path | None, intents: Path | None, add: list[Path], jobs: int = 1) -> int:
    import time

    from careerbot.intents import load_intents
    from careerbot.library import cache_folder, open_library
    from careerbot.pack import embedded, pack_intents
    from careerbot.text import Analyzer

    if jobs < 1:
        raise UsageError("--jobs must be 1 or more")
    check_folders(corpus, intents, *add)
    folder = corpus or embedded("corpus")
    analyzer = Analyzer(load_intents(intents or pack_intents(folder))[1])
    start = time.perf_counter()
    if sys.stderr.isatty():
        from rich.progress import Progress

        with Progress(transient=True) as bar:
            task = bar.add_task("reading articles", total=None)
            def advance(done: int, total: int) -> None:
                bar.update(task, completed=done, total=total)

            library = open_library(folder, analyzer, progress=advance, added=add, jobs=jobs)
    else:
        library = open_library(folder, analyzer, added=add, jobs=jobs)
    report_problems(library.problems)
    seconds = time.perf_counter() - start
    state = "was already cached" if library.cached else f"built in {seconds:.2f} s"
    print(f"careerbot index: {len(library.chunks.docs):,} articles, {len(library.chunks):,} passages, "
          f"{len(library.postings.terms):,} terms; {state}; cache: {cache_folder(folder, add)}")
    return 0


# --- ask ------------------------------------------------------------------------------------


def ask(bot: CareerBot, question: str, as_json: bool, explain: bool = False) -> int:
    if explain:
        answer, stages = bot.explain(question)
        for stage, detail in stages:
            print(f"{stage:>10}: {detail}", file=sys.stderr if as_json else sys.stdout)
        print(file=sys.stderr if as_json else sys.stdout)
    else:
        answer = bot.ask(question)
    if as_json:
        print(answer.model_dump_json(indent=2))
    elif sys.stdout.isatty():
        print_rich(answer)
    else:
        print(answer.text)
        if answer.sources:
            print("\nSources:")
            for n, source in enumerate(answer.sources, 1):
                print(f"  [{n}] {source.place}")
    return 0


def print_rich(answer: Answer) -> None:
    """Markdown for a person at a terminal; rich is imported only here."""
    from rich.console import Console
    from rich.markdown import Markdown
    from rich.text import Text

    console = Console()
    console.print(Markdown(answer.text))
    for n, source in enumerate(answer.sources, 1):
        console.print(Text(f"[{n}] {source.place}", style="dim"))


# --- batch ----------------------------------------------------------------------------------


def batch(args: argparse.Namespace) -> int:
    from careerbot import batchfiles
    from careerbot.batch import LOST, BatchJob, Interrupted, Summary, run

    job = BatchJob(
        input=args.input,
        input_format=batchfiles.detect_format(args.input, args.input_format, batchfiles.INPUT_FORMATS, "txt"),
        output=None if args.output in (None, "-") else Path(args.output),
        output_format=batchfiles.detect_format(args.output or "-", args.format, batchfiles.OUTPUT_FORMATS,
                                               "jsonl"),
        jobs=args.jobs,
        progress=sys.stderr.isatty(),
    )
    check_paths(job.input, job.output, job.jobs)
    if job.jobs > (cores := core_count()):  # more workers than cores only share them, each with its index
        say(f"careerbot batch: --jobs {job.jobs} is more than the {cores} cores; using {cores}")
        job.jobs = cores
    bot = make_bot(args)
    summary = Summary()
    try:
        run(job, bot, summary)
    except batchfiles.InputError as exc:
        raise UsageError(f"{job.input}: {exc}") from exc
    except (KeyboardInterrupt, Interrupted):
        say(f"careerbot batch: interrupted after {summary.line()}; no output written")
        return INTERRUPTED
    except BrokenPipeError:
        raise
    except OSError as exc:  # a disk that filled up, a folder that went away
        raise WriteFailed(f"{job.output or 'stdout'}: could not write ({exc.strerror}); no output written") from exc
    if summary.rows == 0 and not summary.stopped:
        say(f"careerbot batch: no questions in {job.input}")
    for row, error in summary.failed:
        say(f"careerbot batch: row {row}: {error}")
    if summary.lost:
        say(f"careerbot batch: {len(summary.lost):,} rows lost with a worker process that died (rows "
            f"{row_ranges(summary.lost)}); they are written with the error {LOST!r}")
    if summary.stopped:
        say(f"careerbot batch: {job.input}: {summary.stopped}; the rest of it was not read; "
            f"the {summary.rows:,} rows read are written to {job.output or 'stdout'}")
    say(f"careerbot batch: {summary.line()}")
    return 1 if summary.failed or summary.lost or summary.stopped else 0


def core_count() -> int:
    """The cores this process may run on (a container or taskset may allow fewer than the machine has)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def row_ranges(rows: list[int]) -> str:
    """'3–5, 9' for [3, 4, 5, 9]: the first ten runs, then how many more."""
    runs: list[list[int]] = []
    for row in rows:
        if runs and row == runs[-1][1] + 1:
            runs[-1][1] = row
        else:
            runs.append([row, row])
    shown = ", ".join(f"{a:,}" if a == b else f"{a:,}–{b:,}" for a, b in runs[:10])
    return shown + (f" and {len(runs) - 10} more runs" if len(runs) > 10 else "")


def check_paths(input_path: str, output: Path | None, jobs: int) -> None:
    """Everything that can be known wrong before any work."""
    if jobs < 1:
        raise UsageError("--jobs must be 1 or more")
    if input_path == "-" and sys.stdin is None:
        raise UsageError("-: standard input is closed")
    if input_path != "-":
        source = Path(input_path)
        if not source.exists():
            raise UsageError(f"{input_path}: no such file")
        if source.is_dir():  # a pipe (`<(...)`, a FIFO) is read as it comes, like stdin
            raise UsageError(f"{input_path}: is a folder")
        if not os.access(source, os.R_OK):
            raise UsageError(f"{input_path}: cannot be read")
        if output is not None and output.resolve() == source.resolve():
            raise UsageError(f"{output}: the output would overwrite the input")
    if output is not None:
        folder = output.parent if str(output.parent) else Path(".")
        if not folder.is_dir():
            raise UsageError(f"{output}: no folder {folder}")
        if not os.access(folder, os.W_OK):
            raise UsageError(f"{output}: folder {folder} is not writable")
        if output.is_dir():
            raise UsageError(f"{output}: is a folder")
        if output.is_symlink() or (output.exists() and not output.is_file()):
            # The output replaces its path when complete: a link, FIFO or device there would be
            # replaced, not written to.
            raise UsageError(f"{output}: is not a regular file; write to it with > {output} or -o -")


# --- check and facts suggest ------------------------------------------------------------------


def check(pack: Path | None, add: list[Path]) -> int:
    from careerbot.checking import check_pack

    check_folders(pack, *add)
    errors, warnings_ = check_pack(pack, add)
    for kind, problems in (("error", errors), ("warning", warnings_)):
        for problem in problems:
            print(visible(f"{kind}: {problem}"))
    print(f"careerbot check: {len(errors)} error(s), {len(warnings_)} warning(s)")
    return 1 if errors else 0


def suggest_facts(folder: Path, output: Path | None) -> int:
    from careerbot.checking import read_facts
    from careerbot.pack import embedded
    from careerbot.suggesting import proposals

    check_folders(folder)
    if output is not None and (output.exists() or output.name == "facts.toml"):
        raise UsageError(f"{output}: write the proposals to a new file, and review them before they go into facts.toml")
    text = proposals(folder, [role.name for role in read_facts(embedded("corpus")).roles])
    if output is None:
        print(text, end="")
    else:
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise WriteFailed(f"{output}: could not write ({exc.strerror})") from exc
        say(f"careerbot facts suggest: wrote {output}; review it, then copy what is right into {folder / 'facts.toml'}")
    return 0


# --- eval -----------------------------------------------------------------------------------


def evaluate(bot: CareerBot, cases_path: Path, as_json: bool, min_pass_rate: float) -> int:
    from careerbot import evaluation

    summary = evaluation.report(evaluation.run(evaluation.load_cases(cases_path), bot))
    print(summary.model_dump_json(indent=2) if as_json else evaluation.format_report(summary))
    return 0 if summary.pass_rate >= min_pass_rate else 1


def run() -> None:
    """The console script. A one-shot `careerbot ask` leaves without tearing down the heap of
    a finished process (~10 ms of a ~150 ms command): its output is flushed, and it holds no
    file, child or lock that needs closing."""
    argv = sys.argv[1:]
    try:
        code = main(argv)
        sys.stdout.flush()
    except BrokenPipeError:
        # `careerbot eval cases.jsonl --json | head`: the reader has gone; end quietly, as
        # Unix tools do (128 + SIGPIPE), with nothing more written to the closed pipe.
        _quiet_stdout()
        sys.exit(CLOSED_PIPE)
    except OSError as exc:  # `careerbot ask ... > /dev/full`
        _quiet_stdout()
        say(f"careerbot: could not write the output ({exc.strerror})")
        sys.exit(WRITE_FAILED)
    except Exception as exc:  # a bug: said in one line, with a code of its own
        _quiet_stdout()
        say(f"careerbot: internal error ({type(exc).__name__}: {exc}); please report it")
        sys.exit(CRASHED)
    if argv[:1] == ["ask"]:
        sys.stderr.flush()
        os._exit(code)
    sys.exit(code)


def _quiet_stdout() -> None:
    """Nothing more goes to a stdout that failed; its buffer is dropped, not flushed again at exit."""
    if sys.stdout is not None:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


if __name__ == "__main__":
    run()
