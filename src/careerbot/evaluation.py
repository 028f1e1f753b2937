"""Score a bot on question-and-expectation cases (the format of the cases in tests/eval/).

Matching follows that README: case-, dash-, quote- and emphasis-insensitive substrings;
money compared as numbers ("80,000" = "$80K" = "80000", never inside a longer number); and,
for no_invented_numbers, every money figure of the answer must occur in the articles.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from careerbot.errors import DataFileError
from careerbot.models import Answer

if TYPE_CHECKING:
    from careerbot.bot import CareerBot

DASHES = dict.fromkeys(map(ord, "‐‑‒–—―−"), "-") | dict.fromkeys(map(ord, "‘’‚‛"), "'") | dict.fromkeys(
    map(ord, "“”„‟"), '"')
_MONEY = re.compile(r"(?:us)?\$?\s?(\d{1,3}(?:[,.' \u00a0\u2009\u202f]\d{3})+|\d+)(\s?k\b)?", re.IGNORECASE)
_FIGURE = re.compile(
    r"\$\s?\d[\d,.]*k?|\b\d{1,3}(?:[,.'\u00a0\u2009\u202f]\d{3})+\b|\b\d+k\b|\b\d{5,}\b", re.IGNORECASE)


class Case(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: str
    category: str
    turns: list[str] = Field(min_length=1)
    expect_intent: str | None = None
    must_include: list[list[str]] = Field(default_factory=list)
    must_not_include: list[str] = Field(default_factory=list)
    max_chars: int = 1500
    no_invented_numbers: bool = False


class Result(BaseModel):
    case: Case
    answer: Answer
    failures: list[str]

    @property
    def passed(self) -> bool:
        return not self.failures


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(DASHES).lower()
    text = text.replace("*", "").replace("`", "")
    text = re.sub(r"\s+", " ", text)
    return _MONEY.sub(lambda m: _plain_number(m.group(1), bool(m.group(2))), text)


def _plain_number(digits: str, thousands: bool) -> str:
    value = re.sub(r"[,.' \u00a0\u2009\u202f]", "", digits)
    return str(int(value) * 1000) if thousands else value


def contains(answer: str, expected: str) -> bool:
    needle = normalize(expected)
    haystack = normalize(answer)
    if re.search(r"\d", needle):
        return re.search(r"(?<!\d)" + re.escape(needle) + r"(?!\d)", haystack) is not None
    return needle in haystack


def figures(text: str) -> set[int]:
    """The money-like figures in a text, as numbers."""
    found = set()
    for match in _FIGURE.findall(unicodedata.normalize("NFKC", text)):
        raw = match.lower().lstrip("$").strip()
        thousands = raw.endswith("k")
        digits = re.sub(r"[^\d]", "", raw.rstrip("k"))
        if digits:
            found.add(int(digits) * (1000 if thousands else 1))
    return found


def load_cases(path: Path) -> list[Case]:
    cases = []
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(path, f"cannot be read as UTF-8 text ({exc})") from exc
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            cases.append(Case.model_validate_json(line))
        except ValidationError as exc:
            raise DataFileError(path, f"line {n}: {exc.errors()[0]['msg']}") from exc
    return cases


def judge(case: Case, answer: Answer, corpus_figures: set[int]) -> list[str]:
    failures = []
    if not answer.text.strip():
        failures.append("empty answer")
    if len(answer.text) > case.max_chars:
        failures.append(f"{len(answer.text)} chars > {case.max_chars}")
    if case.expect_intent and answer.intent.lower() != case.expect_intent.lower():
        failures.append(f"intent {answer.intent!r} != {case.expect_intent!r}")
    for group in case.must_include:
        if not any(contains(answer.text, alt) for alt in group):
            failures.append(f"missing one of {group}")
    for banned in case.must_not_include:
        if normalize(banned) in normalize(answer.text):
            failures.append(f"contains {banned!r}")
    if case.no_invented_numbers:
        invented = sorted(f for f in figures(answer.text) - corpus_figures if f >= 1000)
        if invented:
            failures.append(f"figures not in the articles: {invented}")
    return failures


def run(cases: Iterable[Case], bot: CareerBot) -> list[Result]:
    """Each case is one conversation: the bot is reset before its first turn."""
    corpus_figures = figures(" ".join(chunk.text for chunk in bot.index.chunks))
    results = []
    for case in cases:
        bot.reset()
        answers = [bot.ask(turn) for turn in case.turns]
        answer = answers[-1]
        results.append(Result(case=case, answer=answer, failures=judge(case, answer, corpus_figures)))
    return results


class Counts(BaseModel):
    passed: int
    total: int


class IntentScore(BaseModel):
    precision: float | None
    recall: float | None
    support: int


class Failure(BaseModel):
    id: str
    question: str
    intent: str
    why: list[str]
    answer: str


class Report(BaseModel):
    passed: int
    total: int
    pass_rate: float
    by_category: dict[str, Counts]
    per_intent: dict[str, IntentScore]
    confusion: dict[str, int]  # "expected -> answered": cases
    calibration: dict[str, Counts]  # confidence band: a calibrated bot passes ~90% of its 0.9 answers
    failures: list[Failure]


def report(results: list[Result]) -> Report:
    by_category: dict[str, list[bool]] = defaultdict(list)
    calibration: dict[str, list[bool]] = defaultdict(list)
    for r in results:
        by_category[r.case.category].append(r.passed)
        low = min(9, int(r.answer.confidence * 10)) / 10
        calibration[f"{low:.1f}-{low + 0.1:.1f}"].append(r.passed)
    confusion: Counter[tuple[str, str]] = Counter(
        (r.case.expect_intent.lower(), r.answer.intent) for r in results if r.case.expect_intent
    )
    per_intent = {}
    for intent in sorted({e for e, _ in confusion} | {g for _, g in confusion}):
        tp = confusion[(intent, intent)]
        predicted = sum(n for (_, g), n in confusion.items() if g == intent)
        actual = sum(n for (e, _), n in confusion.items() if e == intent)
        per_intent[intent] = IntentScore(precision=round(tp / predicted, 3) if predicted else None,
                                         recall=round(tp / actual, 3) if actual else None, support=actual)
    passed = sum(r.passed for r in results)
    return Report(
        passed=passed,
        total=len(results),
        pass_rate=round(passed / len(results), 4) if results else 0.0,
        by_category={c: Counts(passed=sum(v), total=len(v)) for c, v in sorted(by_category.items())},
        per_intent=per_intent,
        confusion={f"{e} -> {g}": n for (e, g), n in sorted(confusion.items())},
        calibration={b: Counts(passed=sum(v), total=len(v)) for b, v in sorted(calibration.items())},
        failures=[Failure(id=r.case.id, question=r.case.turns[-1], intent=r.answer.intent, why=r.failures,
                          answer=r.answer.text) for r in results if not r.passed],
    )


def format_report(summary: Report) -> str:
    lines = ["By category:"]
    lines += [f"  {c:<20} {n.passed}/{n.total}" for c, n in summary.by_category.items()]
    lines.append("Per intent (precision / recall / support):")
    lines += [f"  {i:<14} {s.precision} / {s.recall} / {s.support}" for i, s in summary.per_intent.items()]
    lines.append("Confusion (expected -> answered):")
    lines += [f"  {pair}: {n}" for pair, n in summary.confusion.items()]
    lines.append("Calibration (confidence: passed/total):")
    lines += [f"  {band}: {n.passed}/{n.total}" for band, n in summary.calibration.items()]
    if summary.failures:
        lines.append("Failing cases:")
        lines += [f"  {f.id}: {f.question!r} -> {f.intent}: {'; '.join(f.why)}" for f in summary.failures]
    lines.append(f"passed {summary.passed}/{summary.total} ({summary.pass_rate:.0%})")
    return "\n".join(lines)
