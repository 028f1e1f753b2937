"""The speed parts of `careerbot batch`: a question asked again is answered once per process,
and two worker processes (forked with the parent's bot) write what one process writes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from careerbot import batch
from careerbot.batchfiles import Row
from careerbot.bot import CareerBot, Context


def rows(*questions: str) -> Iterator[Row]:
    return (Row(row=i, question=q) for i, q in enumerate(questions, 1))


def test_a_question_asked_again_is_answered_once(monkeypatch: pytest.MonkeyPatch) -> None:
    bot = CareerBot()
    asked: list[str] = []
    respond = bot.respond

    def counting(question: str, context: Context) -> object:
        asked.append(question)
        return respond(question, context)

    monkeypatch.setattr(bot, "respond", counting)
    done = list(batch.answer_rows(rows("what does a data analyst do?", "hello", "what does a data analyst do?"),
                                  bot, 1, batch.Summary()))
    assert asked == ["what does a data analyst do?", "hello"]
    assert done[0].answer == done[2].answer and done[2].row.row == 3
    other = CareerBot()  # another bot (another corpus, say) has its own answers
    [again] = batch.answer_rows(rows("hello"), other, 1, batch.Summary())
    assert again.answer is not done[1].answer and again.answer == done[1].answer


def test_two_workers_write_what_one_process_writes() -> None:
    questions = [f"{q} ({n})" for n in range(40) for q in ("how much does a data scientist earn?", "thanks!")]
    bot = CareerBot()
    alone = list(batch.answer_rows(rows(*questions), bot, 1, batch.Summary()))
    shared = list(batch.answer_rows(rows(*questions), CareerBot(), 2, batch.Summary()))
    assert [a.model_dump() for a in shared] == [a.model_dump() for a in alone]
