"""Broken files and hostile text: each case with the message and exit code it must give."""

from __future__ import annotations

import json
import os
import re
import time
from pathlib import Path
from types import ModuleType

import pytest

from careerbot import MAX_QUESTION_CHARS, CareerBot, answer, batchfiles
from careerbot.cli import main
from conftest import FIXTURES

GOOD = b"How much does a data scientist earn?\n"
JSON_GOOD = json.dumps({"question": GOOD.decode().strip()}).encode() + b"\n"


def batch(capsys: pytest.CaptureFixture[str], source: Path, *args: str) -> tuple[int, list[dict[str, object]], str]:
    code = main(["batch", str(source), *args])
    out, err = capsys.readouterr()
    return code, [json.loads(line) for line in out.splitlines()], err


# --- batch inputs -------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("name", "data", "code", "message", "answered"),
    [
        ("latin1.txt", b"caf\xe9 salary?\n" + GOOD, 1, "row 1: the row is not UTF-8 text", 1),
        ("utf16.txt", GOOD.decode().encode("utf-16"), 0, "1 rows: 1 answered", 1),
        ("bom.txt", b"\xef\xbb\xbf" + GOOD.replace(b"\n", b"\r\n") * 2, 0, "2 rows: 2 answered", 2),
        ("mixed.txt", GOOD.replace(b"\n", b"\r\n") + GOOD.replace(b"\n", b"\r") + GOOD, 0, "3 rows: 3 answered", 3),
        ("binary.txt", bytes(range(256)) * 40, 2, "looks like a binary file", 0),
        ("empty.txt", b"", 0, "no questions in", 0),
        ("long.txt", b"x" * 10_000_000 + b"\n" + GOOD, 1,
         f"row 1: question longer than {MAX_QUESTION_CHARS} characters", 1),
        ("long.csv", b'question\n"' + b"x" * 10_000_000 + b'"\n' + GOOD, 1,
         f"row 2: question longer than {MAX_QUESTION_CHARS}", 1),
        ("broken.jsonl", json.dumps({"question": GOOD.decode().strip()}).encode() + b"\n{oops\n"
         + json.dumps({"question": "what does a data engineer do?"}).encode() + b"\n", 1, "row 2: not valid JSON", 2),
        ("deep.jsonl", JSON_GOOD + b"[" * 1000 + b"\n" + JSON_GOOD, 1, "row 2: not valid JSON (nested too deeply)", 2),
        ("bigint.jsonl", JSON_GOOD + b'{"question": 1' + b"1" * 5000 + b"}\n" + JSON_GOOD, 1,
         "row 2: not valid JSON (Exceeds the limit (4300 digits)", 2),
        ("odd-utf16.txt", (GOOD * 3).decode().encode("utf-16") + b"x", 1, "row 4: the row is not UTF-8 text", 3),
        ("long-line.jsonl", JSON_GOOD + b'{"question": "' + b"x" * (batchfiles.MAX_LINE_CHARS + 10) + b'"}\n'
         + JSON_GOOD, 1, f"row 2: line longer than {batchfiles.MAX_LINE_CHARS:,} characters", 2),
    ],
    ids=lambda value: value if isinstance(value, str) and value.endswith((".txt", ".csv", ".jsonl")) else "",
)
def test_broken_batch_inputs(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, data: bytes, code: int,
                             message: str, answered: int) -> None:
    source = tmp_path / name
    source.write_bytes(data)
    got, rows, err = batch(capsys, source)
    assert got == code and message in err
    assert sum(1 for r in rows if "answer" in r) == answered


def test_csv_duplicate_and_blank_headers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "faq.csv"
    source.write_text("id,question,id,,Question\n1,what does a data analyst do?,2,x,second\n", encoding="utf-8")
    code, rows, _ = batch(capsys, source)
    assert code == 0
    assert rows[0]["id"] == "1" and rows[0]["id_2"] == "2" and rows[0]["column_4"] == "x"
    assert rows[0]["Question"] == "second" and "answer" in rows[0]  # the first question column is the question


def test_a_full_disk_is_a_clear_error_and_leaves_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    def no_space(self: object, item: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(batchfiles.JsonlWriter, "write", no_space)
    source = tmp_path / "faq.txt"
    source.write_bytes(GOOD)
    code = main(["batch", str(source), "-o", str(tmp_path / "out.jsonl")])
    assert code == 3 and "could not write (No space left on device)" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["faq.txt"]


# --- corpus folders -------------------------------------------------------------------------------

def corpus_with(tmp_path: Path, files: dict[str, bytes]) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.md").write_bytes((FIXTURES / "tiny_corpus" / "gardening.md").read_bytes())
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return folder


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("empty.md", b"", "empty.md: no text, skipped"),
        ("binary.md", b"\x00\x01\x02" * 100, "binary.md: looks like a binary file, not text, skipped"),
        ("latin1.txt", b"Caf\xe9 jobs\n\nSome text.\n", "latin1.txt: not UTF-8 text (invalid continuation byte"),
    ],
)
def test_unusable_articles_are_skipped_and_named(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str,
                                                 data: bytes, problem: str) -> None:
    folder = corpus_with(tmp_path, {name: data})
    bot = CareerBot(corpus_dir=folder)
    assert any(problem in p for p in bot.problems)
    assert "outdoor spaces" in bot.ask("what does a landscape gardener design?").text
    assert main(["ask", "--corpus", str(folder), "what do greenhouse technicians check?"]) == 0
    out, err = capsys.readouterr()
    assert "humidity" in out and f"careerbot: warning: {folder / name}" in err


def test_a_folder_of_only_unusable_files_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "a.md").write_bytes(b"\x00" * 10)
    assert main(["ask", "--corpus", str(folder), "hello"]) == 2
    assert "holds no usable article" in capsys.readouterr().err


def test_a_symlink_loop_is_not_followed(tmp_path: Path) -> None:
    folder = corpus_with(tmp_path, {})
    os.symlink(folder, folder / "loop")
    assert "humidity" in CareerBot(corpus_dir=folder).ask("what do greenhouse technicians check?").text


def test_ten_thousand_tiny_files(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    for n in range(10_000):
        part = folder / f"p{n // 1000}"
        part.mkdir(parents=True, exist_ok=True)
        (part / f"a{n}.txt").write_text(f"Note {n}\n\nThe orchard number {n} grows apples.\n", encoding="utf-8")
    bot = CareerBot(corpus_dir=folder)
    assert len(bot.index.chunks) == 10_000
    assert "orchard number 4242" in bot.ask("which orchard number 4242 grows apples?").text


# --- intents folders ------------------------------------------------------------------------------

def intents_with(tmp_path: Path, name: str, text: str) -> Path:
    import shutil

    from careerbot.bot import embedded

    folder = tmp_path / "intents"
    shutil.copytree(embedded("intents"), folder)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("name", "text", "problem"),
    [
        ("broken.toml", 'name = "x"\nexamples = ["a"]\nthis line is broken\n',
         r"broken\.toml: is not valid TOML: .*line 3"),
        ("partial.toml", 'name = "partial"\nexamples = ["a"]\n', r"partial\.toml: .*description: Field required"),
        ("twice.toml", 'name = "salary"\ndescription = "d"\nexamples = ["a"]\n',
         r"twice\.toml: intent 'salary' is already defined in salary\.toml; skipped"),
    ],
)
def test_broken_intent_files_are_skipped_and_named(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str,
                                                   text: str, problem: str) -> None:
    folder = intents_with(tmp_path, name, text)
    bot = CareerBot(intents_dir=folder)
    assert any(re.search(problem, p) for p in bot.problems), bot.problems
    assert "$119,413" in bot.ask("How much does a data scientist earn?").text  # the first salary intent stands
    assert main(["ask", "--intents", str(folder), "hi"]) == 0
    assert re.search(problem, capsys.readouterr().err)


# --- hostile text ---------------------------------------------------------------------------------

HOSTILE = [
    "[bold red]salary[/] [link=https://evil.example]click[/link] [/]",
    "\x1b[31mred\x1b[0m \x1b]8;;https://evil.example\x07link\x1b]8;;\x07 \x1b]0;title\x07 salary of a data analyst",
    "<script>alert(1)</script><img src=x onerror=alert(1)> what skills does a data engineer need",
    "'; DROP TABLE questions; -- how much does a data scientist earn",
    "| a | b |\n|---|---|\n# Heading\n- [x] item salary",
    "null\x00byte\x00salary data scientist",
    "\u202eevil right-to-left salary\u202c",
]


@pytest.mark.parametrize("question", HOSTILE)
def test_hostile_questions_are_answered_as_text(question: str) -> None:
    a = answer(question)
    assert "\x1b" not in a.text and "\x00" not in a.text and "<script>" not in a.text
    assert "[bold" not in a.text and "[link=" not in a.text and "DROP TABLE" not in a.text


def test_hostile_questions_do_not_change_the_faq_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "faq.jsonl"
    source.write_text("".join(json.dumps({"question": q}) + "\n" for q in HOSTILE), encoding="utf-8")
    output = tmp_path / "faq.md"
    assert main(["batch", str(source), "-o", str(output)]) in (0, 1)
    page = output.read_text(encoding="utf-8")
    headings = [line for line in page.splitlines() if line.startswith("#")]
    assert all(h.startswith(("# Frequently", "## ")) for h in headings)
    # The question's own table and heading stay text: no line of the page is one of them.
    assert not any(line.startswith(("# Heading", "| a | b |")) for line in page.splitlines())
    assert "\x1b" not in page and "\x00" not in page and "<script>" not in page


# --- regular expressions --------------------------------------------------------------------------

def project_patterns() -> list[tuple[str, re.Pattern[str]]]:
    import importlib
    import pkgutil

    import careerbot

    found = []
    for module_info in pkgutil.walk_packages(careerbot.__path__, "careerbot."):
        if module_info.name.startswith("careerbot.tui") or module_info.name == "careerbot.__main__":
            continue  # Textual, and the command line itself: no pattern of their own
        module = importlib.import_module(module_info.name)
        found += [(f"{module_info.name}.{name}", value) for name, value in vars(module).items()
                  if isinstance(value, re.Pattern)]
    return found


ADVERSARIAL = ["a" * 100_000, " " * 100_000, "1," * 50_000, "$1" * 50_000, "<a " * 33_333, "\x1b[" * 50_000,
               "# " + " " * 99_990 + "x", "a-" * 50_000, "a." * 50_000, "|" * 100_000, "1 " * 50_000 + "k",
               "\x1b]" + "x" * 99_990, ("9" * 3 + ",") * 25_000 + "9"]


def test_every_regular_expression_is_linear_on_long_input() -> None:
    """A hang detector, not a speed test: a pattern that backtracks would take minutes on
    100,000 characters; every one here takes milliseconds, so a generous bound cannot flake."""
    patterns = project_patterns()
    assert len(patterns) >= 15
    for name, pattern in patterns:
        for text in ADVERSARIAL:
            start = time.perf_counter()
            pattern.sub("", text)
            pattern.findall(text)
            elapsed = time.perf_counter() - start
            assert elapsed < 2.0, f"{name} took {elapsed:.1f} s on {text[:10]!r}…"


# --- the terminal ----------------------------------------------------------------------------------

def test_control_characters_in_a_file_name_are_shown_not_run(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    folder = corpus_with(tmp_path, {"notes\x1b]52;c;aGVsbG8=\x07\u202e.md": b"\x00" * 10})
    assert main(["ask", "--corpus", str(folder), "what does a landscape gardener design?"]) == 0
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err and "\u202e" not in err
    assert "notes\\x1b]52;c;aGVsbG8=\\x07\\u202e.md: looks like a binary file, not text, skipped" in err


def test_control_characters_in_a_csv_header_are_shown_not_run(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "faq.csv"
    source.write_text("id,\x1b[2J\x1b]0;owned\x07text\n1,hello\n", encoding="utf-8")
    code, rows, err = batch(capsys, source)
    assert code == 2 and rows == [] and "\x1b" not in err
    assert "no 'question' column in the header (columns: id, \\x1b[2J\\x1b]0;owned\\x07text)" in err


# --- article text in outputs ----------------------------------------------------------------------

HOSTILE_ARTICLE = """# =HYPERLINK("http://evil.example","Careers")

## Hydroponics Technician

+cmd|' /C calc'!A0 A hydroponics technician grows plants in water <script>alert(1)</script> and checks nutrient
levels every day. <img src=x onerror=alert(1)> The hydroponics technician earns a good salary.
![pixel](http://track.example/p.png) Hydroponics technicians also keep records.

## Hydroponics Technician Jobs

A hydroponics technician finds work through [the growers' board](http://evil.example/l) or by writing to
jobs@evil.example with a CV.
"""
ABOUT_IT = ["what does a hydroponics technician do?", "how much does a hydroponics technician earn? http://evil.example/x"]
LINKED = "how does a hydroponics technician find work through the growers' board? ask me@mine.example"


def test_article_text_in_csv_cells_is_not_a_formula(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import csv

    folder = corpus_with(tmp_path, {"evil.md": HOSTILE_ARTICLE.encode()})
    source, output = tmp_path / "faq.txt", tmp_path / "faq.csv"
    source.write_text("\n".join(ABOUT_IT), encoding="utf-8")
    assert main(["batch", str(source), "--corpus", str(folder), "-o", str(output)]) == 0
    with output.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.DictReader(handle))
    assert len(table) == 2
    assert all(row["answer"].startswith("'+cmd|") for row in table)
    assert all(row["sources"].startswith("'=HYPERLINK(") for row in table)


def test_article_html_and_images_are_inert_on_the_faq_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from markdown_it import MarkdownIt

    folder = corpus_with(tmp_path, {"evil.md": HOSTILE_ARTICLE.encode()})
    source, output = tmp_path / "faq.txt", tmp_path / "faq.md"
    source.write_text("\n".join([*ABOUT_IT, LINKED]), encoding="utf-8")
    assert main(["batch", str(source), "--corpus", str(folder), "-o", str(output)]) == 0
    page = output.read_text(encoding="utf-8")
    assert page.count("grows plants in water") == 4  # two answers and their two footnotes: nothing was dropped
    html = MarkdownIt("gfm-like").render(page)  # raw HTML on, bare URLs linked: as GitHub renders
    assert "<script" not in html and "<img" not in html and "alert(1)" in html  # shown as text, not run
    assert 'href="http://evil.example/x"' not in html and "http://evil.example/x" in html  # shown, not linked
    # An article's link and e-mail address, and the question's: shown as text, not links.
    assert "<a href" not in html.replace('<a href="#q', "") and "mailto:" not in html
    assert "[the growers' board](http://evil.example/l)" in html and "jobs@evil.example" in html
    assert "me@mine.example" in html


def test_a_long_line_is_read_in_linear_time_and_cut() -> None:
    """A hang detector: read by joining each new block onto the line so far, 64 MB took
    about a minute (quadratic); read in pieces and cut past the limit, well under a second."""
    import io

    start = time.perf_counter()
    lines = list(batchfiles.decoded_lines(io.BytesIO(b"x" * (64 << 20) + b"\n" + GOOD)))
    assert time.perf_counter() - start < 10
    assert [len(line) for line in lines] == [batchfiles.MAX_LINE_CHARS + 1, len(GOOD) - 1]


# --- bounded work per question ----------------------------------------------------------------------

def test_typo_correction_walks_a_bounded_number_of_known_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """On a corpus of a million distinct words, a question of 55 unknown ones took 34 s: each
    was compared with every known word. Now with at most MAX_CANDIDATES_PER_LENGTH words of
    each length it could be a typo of, the most frequent ones."""
    import random

    from careerbot import text
    from careerbot.bot import embedded
    from careerbot.intents import load_intents

    rng = random.Random(14)
    analyzer = text.Analyzer(load_intents(embedded("intents"))[1])
    counts = {"".join(rng.choice("bcdfghjklmnpqrstvwxz") for _ in range(rng.randint(4, 12))): 1 for _ in range(50_000)}
    analyzer.learn_counts({**counts, "greenhouse": 50, "hydroponics": 40})
    compared: list[int] = []
    extract = text.process.extract

    def counting(query: str, choices: list[str], **options: object) -> object:
        compared.append(len(choices))
        return extract(query, choices, **options)

    monkeypatch.setattr(text.process, "extract", counting)
    assert analyzer.correct("greenhuose") == "greenhouse" and analyzer.correct("hydroponcis") == "hydroponics"
    assert 0 < max(compared) <= text.MAX_CANDIDATES_PER_LENGTH
    assert sum(compared) <= 2 * 5 * text.MAX_CANDIDATES_PER_LENGTH  # two words, five lengths each at most


def test_the_first_typo_on_a_huge_library_sorts_only_its_typo_targets(monkeypatch: pytest.MonkeyPatch) -> None:
    """The first question to need a correction sorted every known word by frequency (0.11 s
    on a 20 MB article). A library's WordCounts bring the few that may be targets, chosen when
    it was built: the same targets as sorting them all, for a walk of a few thousand words."""
    import random

    from careerbot import text
    from careerbot.bot import embedded
    from careerbot.intents import load_intents

    vocabulary = load_intents(embedded("intents"))[1]
    rng = random.Random(14)
    counts = {"".join(rng.choice("bcdfghjklmnpqrstvwxz") for _ in range(rng.randint(3, 12))): rng.randint(1, 9)
              for _ in range(100_000)}
    counts |= {"greenhouse": 50, "hydroponics": 40, "greenhouses": 3}
    everything, library = text.Analyzer(vocabulary), text.Analyzer(vocabulary)
    everything.learn_counts(counts)
    library.learn_counts(text.WordCounts(counts, library.typo_targets(counts)))
    for analyzer in (everything, library):  # the intents' words, after the library's: one now a target
        analyzer.learn(["greenhouses " * 20 + "aquaponics vertical farming"])
    walked: list[int] = []
    ranked = text.Analyzer._ranked

    def counting(self: text.Analyzer, words: list[str], known: dict[str, int]) -> list[str]:
        words = list(words)
        walked.append(len(words))
        return ranked(self, words, known)

    monkeypatch.setattr(text.Analyzer, "_ranked", counting)
    assert library.correct("greenhuose") == everything.correct("greenhuose") == "greenhouse"
    assert library.correct("greenhuoses") == everything.correct("greenhuoses") == "greenhouses"
    assert library._targets() == everything._targets() and library._rank == everything._rank
    assert walked[0] <= 10 * text.MAX_CANDIDATES_PER_LENGTH + 50 < len(counts) < walked[1]


# --- the fuzzer -------------------------------------------------------------------------------------

def _fuzz() -> ModuleType:
    import importlib.util

    spec = importlib.util.spec_from_file_location("fuzz", Path(__file__).parents[1] / "bench" / "fuzz.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_short_fuzz_of_batch_files_folders_and_caches_finds_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    fuzz = _fuzz()
    assert fuzz.run(0.1, ["batch", "folders", "caches"], seed=14) == 0
    out = capsys.readouterr().out
    for name in ("batch", "folders", "caches"):
        tried = int(re.search(rf"^{name}: ([\d,]+) inputs, 0 failures$", out, re.M).group(1).replace(",", ""))
        assert tried > 0
    assert out.endswith("0 failures in 0.1 minutes\n")


def test_the_fuzzer_exits_one_on_a_failure(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    fuzz = _fuzz()
    monkeypatch.setitem(fuzz.STRATEGIES, "batch", lambda rng, deadline: (3, ["row 2 lost"]))
    assert fuzz.run(0.01, ["batch"]) == 1
    assert "batch: 3 inputs, 1 failures\n  row 2 lost\n1 failures in" in capsys.readouterr().out


def test_a_utf16_article_is_read(tmp_path: Path) -> None:
    """Windows Notepad saves UTF-16 with a BOM: text, not 'a binary file'."""
    text = "Beekeeping\n\nA beekeeper tends hives every morning.\n"
    folder = corpus_with(tmp_path, {"bees.txt": text.encode("utf-16")})
    bot = CareerBot(corpus_dir=folder)
    assert bot.problems == [] and "tends hives" in bot.ask("what does a beekeeper tend?").text
