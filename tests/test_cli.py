from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from careerbot import Answer
from careerbot.cli import main
from conftest import EVAL

PUBLIC_SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "eval" / "public-sample.jsonl"


def test_ask_prints_answer_and_sources(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "How much does a data analyst earn?"]) == 0
    out = capsys.readouterr().out
    assert "$117,260" in out and "Sources:" in out and "[1] Exciting Jobs in Machine Learning ›" in out


def test_ask_json_is_the_answer_model(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "--json", "what does a data engineer do"]) == 0
    answer = Answer.model_validate_json(capsys.readouterr().out)
    assert answer.entities["role"] == "Data Engineer"


def test_explain_shows_each_stage_before_the_answer(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "--explain", "Do I need a PhD to be a data scientist?"]) == 0
    out = capsys.readouterr().out
    stages = [line.split(":", 1)[0].strip() for line in out.split("\n\n", 1)[0].splitlines()]
    assert stages[:3] == ["read", "understand", "plan"] and "evidence" in stages
    assert "form yes_no, asks requirement" in out and "roles Data Scientist" in out
    assert "Sources:" in out.split("\n\n", 1)[1]


def test_explain_with_json_keeps_stdout_parseable(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "--json", "--explain", "What does a data engineer do?"]) == 0
    captured = capsys.readouterr()
    assert Answer.model_validate_json(captured.out).entities["role"] == "Data Engineer"
    assert "plan: intent role_info" in captured.err


def test_out_of_scope_still_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "what's the weather tomorrow?"]) == 0
    assert "I can only answer" in capsys.readouterr().out


def test_usage_error_exits_two(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["ask"])
    assert info.value.code == 2


def test_bad_corpus_folder_exits_two(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "--corpus", str(tmp_path), "hello"]) == 2
    assert "holds no articles" in capsys.readouterr().err


def test_eval_reports_and_exit_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cases = tmp_path / "cases.jsonl"
    cases.write_text(
        json.dumps({"id": "a", "category": "salary", "turns": ["data scientist salary"], "expect_intent": "salary",
                    "must_include": [["$119K"]], "no_invented_numbers": True}) + "\n"
        + json.dumps({"id": "b", "category": "salary", "turns": ["data scientist salary"],
                      "must_include": [["19,413"]]}) + "\n",
        encoding="utf-8",
    )
    assert main(["eval", str(cases), "--json", "--min-pass-rate", "0.5"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["passed"] == 0  # $119K is not $119,413, and 19,413 never matches inside 119,413
    assert report["per_intent"]["salary"] == {"precision": 1.0, "recall": 1.0, "support": 1}


@pytest.mark.skipif(not PUBLIC_SAMPLE.is_file(), reason="shared/eval is not beside this checkout")
def test_public_sample_passes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(PUBLIC_SAMPLE), "--min-pass-rate", "0.95"]) == 0


def test_own_development_cases_pass(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(EVAL / "dev.jsonl"), "--min-pass-rate", "0.95"]) == 0, capsys.readouterr().out


def test_import_loads_no_terminal_ui() -> None:
    code = ("import sys, careerbot; careerbot.answer('hi'); "
            "print(sorted(m for m in ('textual', 'rich') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_ask_imports_neither_textual_nor_numpy() -> None:
    code = ("import sys, io, contextlib; from careerbot.cli import main; "
            "out = io.StringIO(); contextlib.redirect_stdout(out).__enter__(); main(['ask', 'data analyst salary']); "
            "sys.__stdout__.write(repr(sorted(m for m in ('textual', 'numpy', 'rank_bm25') if m in sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_command_runs_from_any_directory(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "careerbot", "ask", "what skills does an NLP engineer need?"],
                            capture_output=True, text=True, cwd=tmp_path, check=True)
    assert "Python" in result.stdout


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0 and capsys.readouterr().out.startswith("careerbot 0.")
    with pytest.raises(SystemExit):
        main(["batch", "--help"])
    assert "--jobs N" in capsys.readouterr().out


def test_ask_on_a_terminal_renders_markdown(capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert main(["ask", "How much does a data analyst earn?"]) == 0
    out = capsys.readouterr().out
    assert "$117,260" in out and "**" not in out and "[1] Exciting Jobs in Machine Learning" in out


def test_index_builds_then_finds_the_cache(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CAREERBOT_CACHE_DIR", str(tmp_path))
    assert main(["index"]) == 0
    assert "5 articles, 139 passages" in capsys.readouterr().out
    assert main(["index"]) == 0
    assert "was already cached" in capsys.readouterr().out


@pytest.mark.parametrize("argv", [["eval", str(EVAL / "dev.jsonl"), "--json", "--min-pass-rate", "0"],
                                  ["ask", "How much does a data scientist earn?"]])
def test_a_closed_pipe_ends_quietly(argv: list[str]) -> None:
    """`careerbot eval ... | true`: the reader is gone before the first byte."""
    reader, writer = os.pipe()
    os.close(reader)
    done = subprocess.run([sys.executable, "-m", "careerbot", *argv], stdout=writer, stderr=subprocess.PIPE,
                          text=True, timeout=120, check=False)
    os.close(writer)
    assert done.returncode == 141 and "Traceback" not in done.stderr, done.stderr


def test_a_bug_is_one_line_and_a_code_of_its_own(monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """A crash is told apart from 'some rows failed' (1) and from a usage error (2)."""
    import careerbot.cli as cli

    def broken(argv: list[str]) -> int:
        raise RuntimeError("something inside broke")

    monkeypatch.setattr(cli, "main", broken)
    monkeypatch.setattr(cli, "_quiet_stdout", lambda: None)  # keep pytest's own stdout
    monkeypatch.setattr(sys, "argv", ["careerbot", "index"])
    with pytest.raises(SystemExit) as leaving:
        cli.run()
    assert leaving.value.code == 4
    assert capsys.readouterr().err == ("careerbot: internal error (RuntimeError: something inside broke); "
                                       "please report it\n")


# --- knowledge packs (issue 11): the same pack in every command ------------------------------

LIGHTHOUSE = Path(__file__).parent / "fixtures" / "lighthouse"
CAREER_OFFICE = Path(__file__).parent / "fixtures" / "career_office"
EMBEDDED_WORDS = ("machine", "learning", "career", "data scientist", "salar")


def test_ask_with_a_pack_of_ones_own_shows_nothing_of_the_embedded_one(capsys: pytest.CaptureFixture[str]) -> None:
    for question in ("hello", "How much does a data scientist earn?", "How often should I trim the wick?"):
        assert main(["ask", "--corpus", str(LIGHTHOUSE), question]) == 0
        out = capsys.readouterr().out
        said = re.sub(r"“[^”]*”", "", out).lower()  # not the question's own words, quoted back
        assert not any(word in said for word in EMBEDDED_WORDS), out
    assert "every four hours" in out and "[1] Tending the Lamp › Trimming the wick" in out


def test_batch_and_index_agree_with_ask_on_an_added_folder(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    questions = tmp_path / "q.txt"
    questions.write_text("When is the Northfield career fair?\nHow much does a data scientist earn?\n")
    out = tmp_path / "a.jsonl"
    # Two workers: each process makes its own bot, with the folder added.
    assert main(["batch", str(questions), "--add", str(CAREER_OFFICE), "--jobs", "2", "-o", str(out)]) == 0
    answers = [Answer.model_validate(json.loads(line)["answer"]) for line in out.read_text().splitlines()]
    assert answers[0].sources[0].doc_id == "northfield-outcomes" and "$119,413" in answers[1].text
    assert main(["batch", str(questions), "--corpus", str(LIGHTHOUSE), "-o", str(out)]) == 0
    answers = [Answer.model_validate(json.loads(line)["answer"]) for line in out.read_text().splitlines()]
    assert {a.intent for a in answers} == {"out_of_scope"} and "lighthouse" in answers[1].text
    capsys.readouterr()
    assert main(["index", "--add", str(CAREER_OFFICE)]) == 0
    assert "careerbot index: 6 articles" in capsys.readouterr().out
    assert main(["index", "--corpus", str(LIGHTHOUSE)]) == 0
    assert "careerbot index: 3 articles" in capsys.readouterr().out
    assert main(["ask", "--add", str(tmp_path / "nowhere"), "hi"]) == 2
