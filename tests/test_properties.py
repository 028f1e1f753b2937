"""Property tests: whatever text comes in, an answer comes out, valid, sourced and repeatable."""

from __future__ import annotations

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from careerbot import Answer, CareerBot, answer
from careerbot.batchfiles import InputError, read_rows

KNOWN = ["How much does a data scientist earn?", "and a data analyst?", "what skills do they need?",
         "what about senior level?", "hello", "the first one", "how much does a scientist make?"]

# Every kind of character: controls, emoji, right-to-left, combining marks, lone surrogates.
characters = st.characters(exclude_categories=())
texts = st.one_of(
    st.text(characters, max_size=300),
    st.builds(lambda base, times: base * times, st.text(characters, min_size=1, max_size=40),
              st.integers(0, 2500)),  # up to 100,000 characters
    st.sampled_from(["\x1b[31m", "[bold]", "[/]", "<script>", "\u202e", "\u0301" * 50, "🙂" * 100, "\x00"]),
)


@pytest.fixture(scope="module")
def corpus_text(shared_bot: CareerBot) -> dict[str, str]:
    by_doc: dict[str, list[str]] = {}
    for chunk in shared_bot.index.chunks:
        by_doc.setdefault(chunk.doc_id, []).append(chunk.text)
    return {doc: " ".join(parts) for doc, parts in by_doc.items()}


def check(a: Answer, corpus_text: dict[str, str]) -> None:
    assert isinstance(a, Answer) and a.text.strip()
    assert 0.0 <= a.confidence <= 1.0
    for source in a.sources:
        assert source.text in corpus_text[source.doc_id]
    Answer.model_validate_json(a.model_dump_json())


@given(texts)
def test_any_text_gets_a_valid_sourced_answer(corpus_text: dict[str, str], question: str) -> None:
    first = answer(question)
    check(first, corpus_text)
    assert answer(question) == first  # the same question, the same answer


@given(st.lists(st.one_of(texts, st.sampled_from(KNOWN)), max_size=6))
def test_any_conversation_keeps_answering(shared_bot: CareerBot, corpus_text: dict[str, str],
                                          questions: list[str]) -> None:
    shared_bot.reset()
    for question in questions:
        check(shared_bot.ask(question), corpus_text)


@given(st.binary(max_size=5000), st.sampled_from(["txt", "csv", "tsv", "jsonl"]))
def test_batch_readers_take_any_bytes(data: bytes, fmt: str) -> None:
    try:
        rows = list(read_rows(io.BytesIO(data), fmt))
    except InputError:
        return  # a whole-file problem (binary, no question column): a usage error, said as such
    numbers = [row.row for row in rows]
    assert numbers == sorted(numbers)
    for row in rows:
        assert row.error or row.question.strip()


@given(st.binary(max_size=3000), st.sampled_from(["txt", "csv", "jsonl"]), st.sampled_from(["jsonl", "csv", "md"]))
def test_batch_turns_any_bytes_into_a_readable_file_or_a_clear_refusal(data: bytes, fmt_in: str, fmt_out: str) -> None:
    import csv
    import json
    import tempfile
    from contextlib import redirect_stderr
    from pathlib import Path

    from careerbot.cli import main

    with tempfile.TemporaryDirectory() as folder:
        source, output = Path(folder) / f"in.{fmt_in}", Path(folder) / f"out.{fmt_out}"
        source.write_bytes(data)
        with redirect_stderr(io.StringIO()) as err:
            code = main(["batch", str(source), "-o", str(output)])
        assert code in (0, 1, 2), err.getvalue()
        if code == 2:
            assert not output.exists() and err.getvalue().startswith("careerbot: ")
            return
        text = output.read_text(encoding="utf-8-sig")
        if fmt_out == "jsonl":
            assert all(isinstance(json.loads(line), dict) for line in text.splitlines())
        elif fmt_out == "csv":
            list(csv.reader(io.StringIO(text)))
        else:
            assert text.startswith("# Frequently asked questions")
