"""The `careerbot` command: a thin layer over the Python API."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from careerbot import __version__
from careerbot.errors import DataFileError

if TYPE_CHECKING:
    from careerbot.bot import CareerBot


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="careerbot", description="Answers questions about machine-learning careers, with sources.")
    parser.add_argument("--version", action="version", version=f"careerbot {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def with_data_options(sub: argparse.ArgumentParser) -> argparse.ArgumentParser:
        sub.add_argument("--corpus", type=Path, metavar="DIR", help="a folder of articles (default: the embedded ones)")
        sub.add_argument("--intents", type=Path, metavar="DIR",
                         help="a folder of intent files (default: the embedded ones)")
        return sub

    ask = with_data_options(commands.add_parser("ask", help="answer one question"))
    ask.add_argument("question", help="the question, in quotes")
    ask.add_argument("--json", action="store_true", help="print the answer as JSON")

    evaluate = with_data_options(commands.add_parser("eval", help="score the bot on a file of cases (JSON lines)"))
    evaluate.add_argument("cases", type=Path, help="a .jsonl file in the format of shared/eval")
    evaluate.add_argument("--json", action="store_true", help="print the report as JSON")
    evaluate.add_argument("--min-pass-rate", type=float, default=0.9, metavar="R",
                          help="exit 1 when fewer than this share of cases pass (default: 0.9)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    try:
        from careerbot.bot import CareerBot

        bot = CareerBot(corpus_dir=args.corpus, intents_dir=args.intents)
        if args.command == "ask":
            return ask(bot, args.question, as_json=args.json)
        return evaluate(bot, args.cases, as_json=args.json, min_pass_rate=args.min_pass_rate)
    except DataFileError as exc:
        print(f"careerbot: {exc}", file=sys.stderr)
        return 2


def ask(bot: CareerBot, question: str, as_json: bool) -> int:
    answer = bot.ask(question)
    if as_json:
        print(answer.model_dump_json(indent=2))
        return 0
    print(answer.text)
    if answer.sources:
        print("\nSources:")
        for n, source in enumerate(answer.sources, 1):
            where = f"{source.title} › {source.section}" if source.section else source.title
            print(f"  [{n}] {where}")
    return 0


def evaluate(bot: CareerBot, cases_path: Path, as_json: bool, min_pass_rate: float) -> int:
    from careerbot import evaluation

    summary = evaluation.report(evaluation.run(evaluation.load_cases(cases_path), bot))
    print(summary.model_dump_json(indent=2) if as_json else evaluation.format_report(summary))
    return 0 if summary.pass_rate >= min_pass_rate else 1


if __name__ == "__main__":
    sys.exit(main())
