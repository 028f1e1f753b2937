"""The chat, driven through Textual's pilot: what a person types, what they see."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.content import Content
from textual.widgets import Collapsible, Input, Markdown

from careerbot import CareerBot
from careerbot.models import Figure
from careerbot.tui.app import CareerBotApp
from careerbot.tui.widgets import (
    BotMessage,
    HelpScreen,
    HistoryInput,
    SalaryChart,
    Suggestion,
    UserMessage,
    WelcomeMessage,
    chart_lines,
)

SIZE = (100, 36)


def make_app(bot: CareerBot, tmp_path: Path | None = None) -> CareerBotApp:
    bot.reset()
    return CareerBotApp(make_bot=lambda: bot, transcript_dir=tmp_path)


async def settle(pilot) -> None:  # type: ignore[no-untyped-def]
    """Until every answer asked so far is on screen."""
    app = pilot.app
    while True:
        await app.workers.wait_for_complete()
        await pilot.pause()
        if not app.busy and not app.waiting and app.bot is not None:
            return


async def ask(pilot, question: str) -> BotMessage:  # type: ignore[no-untyped-def]
    pilot.app.query_one("#question", Input).value = question
    await pilot.press("enter")
    await settle(pilot)
    return pilot.app.query(BotMessage).last()


async def test_typing_a_question_shows_answer_sources_and_suggestions(shared_bot: CareerBot) -> None:
    app = make_app(shared_bot)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.query_one(WelcomeMessage).query(Suggestion)
        await pilot.press(*"How much does a data analyst earn?", "enter")
        await settle(pilot)
        assert app.query_one(UserMessage).question == "How much does a data analyst earn?"
        reply = app.query_one(BotMessage)
        assert reply.answer is not None and "$117,260" in reply.query_one(Markdown).source
        sources = reply.query_one(Collapsible)
        assert "Exciting Jobs in Machine Learning › Machine learning for business › Data Analyst" in str(sources.title)
        assert sources.collapsed
        assert "salary · confidence" in str(reply.query_one(".meta").render())
        assert [s.question for s in reply.query(Suggestion)] == reply.answer.suggestions
        assert app.query_one("#question", Input).value == ""


async def test_picking_a_suggestion_asks_it(shared_bot: CareerBot) -> None:
    app = make_app(shared_bot)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        first = app.query_one(WelcomeMessage).query(Suggestion).first()
        first.focus()
        await pilot.press("enter")
        await settle(pilot)
        assert app.query_one(UserMessage).question == first.question
        assert app.query_one(BotMessage).answer is not None


async def test_follow_up_uses_the_conversation(shared_bot: CareerBot) -> None:
    app = make_app(shared_bot)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "How much does a data scientist make?")
        reply = await ask(pilot, "and a data analyst?")
        assert reply.answer is not None and "$117,260" in reply.answer.text


async def test_history_walks_back_and_keeps_the_draft(shared_bot: CareerBot) -> None:
    app = make_app(shared_bot)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "first question")
        await ask(pilot, "second question")
        box = app.query_one("#question", HistoryInput)
        box.value = "a draft"
        await pilot.press("up")
        assert box.value == "second question"
        await pilot.press("up", "up")
        assert box.value == "first question"
        await pilot.press("down")
        assert box.value == "second question"
        await pilot.press("down")
        assert box.value == "a draft"


async def test_clear_starts_a_new_conversation(shared_bot: CareerBot) -> None:
    app = make_app(shared_bot)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "How much does a data scientist make?")
        await pilot.press("ctrl+l")
        await settle(pilot)
        assert not app.query(BotMessage) and not app.query(UserMessage) and app.query(WelcomeMessage)
        reply = await ask(pilot, "and a data analyst?")
        assert reply.answer is not None and reply.answer.intent != "salary"  # nothing to follow up on


async def test_save_transcript(shared_bot: CareerBot, tmp_path: Path) -> None:
    app = make_app(shared_bot, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "What does a data engineer do?")
        await pilot.press("ctrl+s")
        await pilot.pause()
        [saved] = tmp_path.glob("careerbot-*.md")
        text = saved.read_text(encoding="utf-8")
        assert "**You:** What does a data engineer do?" in text and "They collect, clean, and manage" in text
        assert "1. Top 5 Careers in Machine Learning › 2. Data Engineer" in text
        assert any(str(saved) in str(n.message) for n in app._notifications)


async def test_copy_last_answer_and_toggle_theme(shared_bot: CareerBot) -> None:
    app = make_app(shared_bot)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        reply = await ask(pilot, "What does an AI ethicist do?")
        await pilot.press("ctrl+y")
        assert reply.answer is not None and app.clipboard == reply.answer.text
        theme = app.theme
        await pilot.press("ctrl+t")
        assert app.theme != theme


async def test_markup_in_a_question_is_shown_literally(shared_bot: CareerBot) -> None:
    app = make_app(shared_bot)
    question = "[bold]pay[/bold] [link=https://x.y]click[/link] [/] \x1b[31mred"
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, question)
        shown = app.query_one(UserMessage).render()
        assert isinstance(shown, Content) and shown.plain == question and not shown.spans


async def test_engine_error_is_a_message_not_a_crash(shared_bot: CareerBot) -> None:
    class Broken(CareerBot):
        def __init__(self) -> None:
            self.__dict__.update(shared_bot.__dict__)

        def ask(self, question: str):  # type: ignore[no-untyped-def]
            raise RuntimeError("index on fire")

    app = CareerBotApp(make_bot=Broken)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        reply = await ask(pilot, "anything")
        assert "Sorry, I could not answer that: RuntimeError: index on fire" in str(reply.query_one(".error").render())
        reply = await ask(pilot, "and again")  # the chat goes on
        assert reply.query(".error")


async def test_help_screen_and_command_palette(shared_bot: CareerBot) -> None:
    app = make_app(shared_bot)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        assert "Ctrl+L" in app.screen.query_one(Markdown).source
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        titles = {c.title for c in app.get_system_commands(app.screen)}
        assert {"Clear the conversation", "Save the conversation", "Copy the last answer", "Help"} <= titles


async def test_salary_answer_draws_a_chart(shared_bot: CareerBot) -> None:
    app = make_app(shared_bot)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        reply = await ask(pilot, "what are salaries by experience level?")
        chart = reply.query_one(SalaryChart)
        assert reply.answer is not None and chart.figures == reply.answer.figures
        assert {"Entry level", "Mid level", "Senior level"} <= {f.label for f in chart.figures}
        assert "$170,000 – $220,000" in str(chart.render())


def test_chart_bars_scale_to_the_largest_figure() -> None:
    lines = chart_lines([Figure(label="A", low=50), Figure(label="B", low=100, high=200)], width=10)
    assert lines == ["A " + "█" * 2 + " " * 8 + " $50", "B " + "█" * 5 + "▒" * 5 + " $100 – $200"]


@pytest.mark.parametrize("size", [(20, 8), (200, 60)])
async def test_survives_small_and_large_terminals(shared_bot: CareerBot, size: tuple[int, int]) -> None:
    app = make_app(shared_bot)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        reply = await ask(pilot, "what skills does a data engineer need?")
        assert reply.answer is not None


async def test_a_huge_paste_is_answered_and_cut(shared_bot: CareerBot) -> None:
    app = make_app(shared_bot)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        reply = await ask(pilot, "How much does a data scientist earn? " + "x" * 100_000)
        assert reply.answer is not None and "$119,413" in reply.answer.text and "was cut" in reply.answer.text


async def test_many_questions_sent_fast_are_all_answered_in_order(shared_bot: CareerBot) -> None:
    app = make_app(shared_bot)
    questions = [f"How much does a {role} earn?" for role in ("data scientist", "data analyst", "BI developer")] * 7
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        box = app.query_one("#question", Input)
        for question in questions:
            box.value = question
            await pilot.press("enter")
        await settle(pilot)
        replies = list(app.query(BotMessage))
        assert [m.question for m in app.query(UserMessage)] == questions
        assert all(r.answer is not None for r in replies) and len(replies) == len(questions)
        assert [r.answer.entities.get("role") for r in replies if r.answer][:3] == [
            "Data Scientist", "Data Analyst", "Business Intelligence Developer"]


async def test_empty_input_is_ignored(shared_bot: CareerBot) -> None:
    app = make_app(shared_bot)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.query_one("#question", Input).value = "   "
        await pilot.press("enter")
        await settle(pilot)
        assert not app.query(UserMessage) and not app.query(BotMessage)
