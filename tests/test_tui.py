"""The chat, driven through Textual's pilot: what a person types, what they see."""

from __future__ import annotations

import re
import threading
import time
from pathlib import Path

import pytest
from rich.style import Style
from textual import events
from textual.color import Color
from textual.content import Content
from textual.widgets import Collapsible, Markdown, OptionList
from textual.widgets._collapsible import CollapsibleTitle

from careerbot import CareerBot, DataFileError
from careerbot.models import Figure
from careerbot.thresholds import MAX_QUESTION_CHARS
from careerbot.tui.app import CareerBotApp, transcript
from careerbot.tui.store import SavedConversation, data_dir
from careerbot.tui.widgets import (
    BotMessage,
    HelpScreen,
    NewBelow,
    PastScreen,
    QuestionBox,
    SalaryChart,
    Suggestion,
    UserMessage,
    WelcomeMessage,
    chart_lines,
    plain_answer,
)

SIZE = (100, 36)


def make_app(bot: CareerBot, data: Path) -> CareerBotApp:
    bot.reset()
    return CareerBotApp(make_bot=lambda: bot, data_folder=data)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """The chat's data folder: never the user's own."""
    return tmp_path / "data"


async def settle(pilot) -> None:  # type: ignore[no-untyped-def]
    """Until every answer asked so far is on screen."""
    app = pilot.app
    box = app.query_one("#question", QuestionBox)
    while True:
        await pilot.pause(0.02)
        if not app.loading and not app.busy and not app.waiting and box.pending is None:
            await pilot.pause()
            return


async def ask(pilot, question: str) -> BotMessage:  # type: ignore[no-untyped-def]
    pilot.app.query_one("#question", QuestionBox).text = question
    await pilot.press("enter")
    await settle(pilot)
    return pilot.app.query(BotMessage).last()


async def test_typing_a_question_shows_answer_sources_and_suggestions(shared_bot: CareerBot, data: Path) -> None:
    app = make_app(shared_bot, data)
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
        assert str(reply.query_one(".meta").render()) == "Salary · from 1 source"
        assert [s.question for s in reply.query(Suggestion)] == reply.answer.suggestions
        assert app.query_one("#question", QuestionBox).text == ""


async def test_picking_a_suggestion_asks_it(shared_bot: CareerBot, data: Path) -> None:
    app = make_app(shared_bot, data)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        first = app.query_one(WelcomeMessage).query(Suggestion).first()
        first.focus()
        await pilot.press("enter")
        await settle(pilot)
        assert app.query_one(UserMessage).question == first.question
        assert app.query_one(BotMessage).answer is not None


async def test_follow_up_uses_the_conversation(shared_bot: CareerBot, data: Path) -> None:
    app = make_app(shared_bot, data)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "How much does a data scientist make?")
        reply = await ask(pilot, "and a data analyst?")
        assert reply.answer is not None and "$117,260" in reply.answer.text


async def test_history_walks_back_and_keeps_the_draft(shared_bot: CareerBot, data: Path) -> None:
    app = make_app(shared_bot, data)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "first question")
        await ask(pilot, "second question")
        box = app.query_one("#question", QuestionBox)
        box.text = "a draft"
        await pilot.press("up")
        assert box.text == "second question"
        await pilot.press("up", "up")
        assert box.text == "first question"
        await pilot.press("down")
        assert box.text == "second question"
        await pilot.press("down")
        assert box.text == "a draft"


async def test_clear_starts_a_new_conversation(shared_bot: CareerBot, data: Path) -> None:
    app = make_app(shared_bot, data)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "How much does a data scientist make?")
        await pilot.press("ctrl+l")  # once: only asks
        await settle(pilot)
        assert app.query(BotMessage) and any("Ctrl+L again" in str(n.message) for n in app._notifications)
        await pilot.press("ctrl+l")
        await settle(pilot)
        assert not app.query(BotMessage) and not app.query(UserMessage) and app.query(WelcomeMessage)
        reply = await ask(pilot, "and a data analyst?")
        assert reply.answer is not None and reply.answer.intent != "salary"  # nothing to follow up on


async def test_save_transcript_in_the_data_folder(shared_bot: CareerBot, data: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import careerbot.tui.store as store

    # Both saves in one second, whatever the clock does between them.
    monkeypatch.setattr(store.time, "strftime", lambda fmt, *args: "20261202-120000")
    app = make_app(shared_bot, data)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "What does a data engineer do?")
        await pilot.press("ctrl+s")
        await pilot.press("ctrl+s")  # in the same second: a second file, not the first overwritten
        await pilot.pause()
        first, second = sorted((data / "transcripts").glob("careerbot-*.md"), key=lambda p: len(p.name))
        assert second.name == first.name.removesuffix(".md") + "-2.md"
        text = first.read_text(encoding="utf-8")
        assert "**You:** What does a data engineer do?" in text and "They collect, clean, and manage" in text
        assert "[^1-1]: Top 5 Careers in Machine Learning › 2. Data Engineer" in text
        assert any(str(first) in str(n.message) for n in app._notifications)


def test_transcript_is_commonmark_with_the_users_text_literal(shared_bot: CareerBot) -> None:
    """Parsed as CommonMark (plus footnotes, as GitHub renders them): the steps are one list
    of their own, every source a footnote, the user's stars and tags plain text."""
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin

    shared_bot.reset()
    question = "How do I get started in *machine learning* <b>now</b>?"
    answer = shared_bot.ask(question)
    tokens = MarkdownIt("commonmark").use(footnote_plugin).parse(transcript([(question, answer)]))
    steps = len(re.findall(r"^\d+\. ", answer.text, flags=re.M))
    assert steps >= 2 and len(answer.sources) >= 2  # the case in point: numbered steps, then sources
    assert len([t for t in tokens if t.type == "list_item_open"]) == steps
    assert len([t for t in tokens if t.type == "footnote_open"]) == len(answer.sources)
    you = next(t for t in tokens if t.type == "inline" and t.content.startswith("**You:**"))
    assert [c.type for c in you.children or [] if c.type.startswith(("em", "html"))] == []
    assert "*machine learning* <b>now</b>?" in "".join(c.content for c in you.children or [] if c.type == "text")


def test_transcript_keeps_an_articles_links_and_html_as_text(tmp_path: Path) -> None:
    """An article of one's own may carry '[text](url)', an image or raw HTML: in the saved
    transcript they are text, never a link, an image or markup."""
    from markdown_it import MarkdownIt

    (tmp_path / "a.md").write_text(
        "# Offers\n\nRead [our offer](http://tracker.example/x) now, or mail jobs@example.com today.\n\n"
        "![pixel](http://tracker.example/p.gif) <img src=x onerror=alert(1)> Offers come weekly.\n",
        encoding="utf-8")
    bot = CareerBot(corpus_dir=tmp_path)
    answer = bot.ask("what offers are there?")
    assert "tracker.example" in answer.text  # the case in point: the article's link is in the answer
    tokens = MarkdownIt("gfm-like").parse(transcript([("what offers are there?", answer)]))
    inline = [c for t in tokens if t.type == "inline" for c in t.children or []]
    assert not [c for c in inline if c.type in ("link_open", "image", "html_inline")]
    assert not [t for t in tokens if t.type == "html_block"]


async def test_copy_the_focused_answer_with_its_sources(shared_bot: CareerBot, data: Path) -> None:
    app = make_app(shared_bot, data)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        first = await ask(pilot, "What does an AI ethicist do?")
        await ask(pilot, "How much does a data analyst earn?")
        await pilot.press("ctrl+y")  # nothing focused in an answer: the last one
        assert app.clipboard.startswith("**Data Analyst**") and "\nSources:\n[1] Exciting Jobs" in app.clipboard
        first.query(Suggestion).first().focus()
        await pilot.press("ctrl+y")
        assert first.answer is not None and app.clipboard == plain_answer(first.answer)
        assert app.clipboard.startswith(first.answer.text) and "\n[1] " in app.clipboard


async def test_theme_and_history_are_kept_for_the_next_run(shared_bot: CareerBot, data: Path) -> None:
    app = make_app(shared_bot, data)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "What does an AI ethicist do?")
        theme = app.theme
        await pilot.press("ctrl+t")
        chosen = app.theme
        assert chosen != theme
    app = make_app(shared_bot, data)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.theme == chosen
        await pilot.press("up")
        assert app.query_one("#question", QuestionBox).text == "What does an AI ethicist do?"


async def test_markup_in_a_question_is_shown_literally(shared_bot: CareerBot, data: Path) -> None:
    app = make_app(shared_bot, data)
    question = "[bold]pay[/bold] [link=https://x.y]click[/link] [/] \x1b[31mred"
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, question)
        shown = app.query_one(UserMessage).render()
        assert isinstance(shown, Content) and shown.plain == question and not shown.spans


async def test_engine_error_is_a_message_not_a_crash(shared_bot: CareerBot, data: Path) -> None:
    class Broken(CareerBot):
        def __init__(self) -> None:
            self.__dict__.update(shared_bot.__dict__)

        def ask(self, question: str):  # type: ignore[no-untyped-def]
            raise RuntimeError("index on fire")

    app = CareerBotApp(make_bot=Broken, data_folder=data)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        reply = await ask(pilot, "anything")
        assert "Sorry, I could not answer that: RuntimeError: index on fire" in str(reply.query_one(".error").render())
        reply = await ask(pilot, "and again")  # the chat goes on
        assert reply.query(".error")


async def test_help_screen_and_command_palette(shared_bot: CareerBot, data: Path) -> None:
    app = make_app(shared_bot, data)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        assert "Ctrl+L" in app.screen.query_one(Markdown).source
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        titles = {c.title for c in app.get_system_commands(app.screen)}
        assert {"Clear the conversation", "Save the conversation", "Copy the answer", "Help"} <= titles


async def test_salary_answer_draws_a_chart(shared_bot: CareerBot, data: Path) -> None:
    app = make_app(shared_bot, data)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        reply = await ask(pilot, "what are salaries by experience level?")
        chart = reply.query_one(SalaryChart)
        assert reply.answer is not None and chart.figures == reply.answer.figures
        assert {"Entry level", "Mid level", "Senior level"} <= {f.label for f in chart.figures}
        assert "$170,000 – $220,000" in str(chart.render())


def test_chart_fits_the_room_it_has_and_never_cuts_a_value(shared_bot: CareerBot) -> None:
    short = shared_bot.info.short
    figures = [Figure(label="Software Developer (Machine Learning)", low=106_046),
               Figure(label="Senior level", low=170_000, high=220_000)]
    for room in (40, 50, 68, 120):
        lines = chart_lines(figures, room=room, short=short)
        assert all(len(line) <= room for line in lines)
        assert lines[0].endswith("$106,046") and lines[1].endswith("$170,000 – $220,000")
    assert chart_lines(figures, room=68, short=short)[0].startswith("Software Developer (ML) ")  # the pack's words
    assert chart_lines(figures, room=68)[0].startswith("Software Developer (Machine Le… ")
    assert chart_lines(figures, room=40, short=short)[0].startswith("Softwar… ")


async def test_light_theme_text_meets_wcag_aa(shared_bot: CareerBot, data: Path) -> None:
    """Follow-ups, the chart, the meta line and a focused follow-up: 4.5:1 or more on what
    is behind them, in the light theme as in the dark."""
    app = make_app(shared_bot, data)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        reply = await ask(pilot, "what are salaries by experience level?")
        for theme in ("textual-light", "textual-dark"):
            app.theme = theme
            await pilot.pause()
            for widget in (reply.query(Suggestion).first(), reply.query_one(SalaryChart), reply.query_one(".meta")):
                assert contrast(widget.rich_style) >= 4.5, (theme, widget)
            reply.query(Suggestion).first().focus()
            await pilot.pause()
            assert contrast(reply.query(Suggestion).first().rich_style) >= 4.5, (theme, "focused")
            app.query_one("#question").focus()


def contrast(style: Style) -> float:
    """WCAG 2 contrast ratio of a style's text and background colours."""
    def luminance(color: Color) -> float:
        def channel(value: int) -> float:
            c = value / 255
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)

    assert style.color is not None and style.bgcolor is not None
    light, dark = sorted((luminance(Color.from_rich_color(c)) for c in (style.color, style.bgcolor)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_chart_bars_scale_to_the_largest_figure() -> None:
    lines = chart_lines([Figure(label="A", low=50), Figure(label="B", low=100, high=200)], width=10)
    assert lines == ["A " + "█" * 2 + " " * 8 + " $50", "B " + "█" * 5 + "▒" * 5 + " $100 – $200"]


@pytest.mark.parametrize("size", [(20, 8), (200, 60)])
async def test_survives_small_and_large_terminals(shared_bot: CareerBot, data: Path, size: tuple[int, int]) -> None:
    app = make_app(shared_bot, data)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        reply = await ask(pilot, "what skills does a data engineer need?")
        assert reply.answer is not None


async def test_a_huge_paste_is_cut_before_it_is_asked(shared_bot: CareerBot, data: Path) -> None:
    app = make_app(shared_bot, data)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        box = app.query_one("#question", QuestionBox)
        box.post_message(events.Paste("How much does a data scientist earn? " + "x" * 100_000))
        await pilot.pause()
        assert len(box.text) == MAX_QUESTION_CHARS
        assert any(f"Cut to {MAX_QUESTION_CHARS}" in str(n.message) for n in app._notifications)
        await pilot.press("enter")
        await settle(pilot)
        reply = app.query(BotMessage).last()
        assert reply.answer is not None and "$119,413" in reply.answer.text


async def test_a_multi_line_paste_is_one_question(shared_bot: CareerBot, data: Path) -> None:
    app = make_app(shared_bot, data)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        box = app.query_one("#question", QuestionBox)
        box.post_message(events.Paste("How much does a\ndata analyst\r\n\n  earn?\n"))
        await pilot.pause()
        assert box.text == "How much does a\ndata analyst\nearn?" and not app.query(UserMessage)  # kept to be sent
        await pilot.press("enter")
        await settle(pilot)
        assert [m.question for m in app.query(UserMessage)] == ["How much does a data analyst earn?"]
        reply = app.query(BotMessage).last()
        assert reply.answer is not None and "$117,260" in reply.answer.text


async def test_a_question_of_several_lines(shared_bot: CareerBot, data: Path) -> None:
    """Ctrl+J or Shift+Enter starts a line and the box grows with it; Up and Down move
    between its lines (from the first, to the history); Enter sends the lines as one question."""
    app = make_app(shared_bot, data)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "What does an AI ethicist do?")
        box = app.query_one("#question", QuestionBox)
        one_row = box.size.height
        await pilot.press(*"How much does a", "ctrl+j", *"data analyst", "shift+enter", *"earn?")
        await pilot.pause()
        assert box.text == "How much does a\ndata analyst\nearn?" and box.size.height == one_row + 2
        await pilot.press("up")
        assert box.cursor_location[0] == 1 and box.text.endswith("earn?")  # a line up, not the history
        await pilot.press("up", "up")
        assert box.text == "What does an AI ethicist do?"
        await pilot.press("down")
        assert box.text == "How much does a\ndata analyst\nearn?"  # the draft, back
        await pilot.press("enter")
        await settle(pilot)
        assert app.query(UserMessage).last().question == "How much does a data analyst earn?"
        reply = app.query(BotMessage).last()
        assert reply.answer is not None and "$117,260" in reply.answer.text
        assert box.text == "" and box.size.height == one_row


async def test_tab_accepts_the_completion_else_goes_to_the_follow_ups(shared_bot: CareerBot, data: Path) -> None:
    app = make_app(shared_bot, data)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        box = app.query_one("#question", QuestionBox)
        await pilot.press(*"how much does a data sc")
        await pilot.pause(0.1)  # the completion is looked up in a worker
        await pilot.press("tab")
        assert box.text == "How much does a data scientist earn?" and app.focused is box
        await pilot.press("enter")
        await settle(pilot)
        reply = app.query(BotMessage).last()
        await pilot.press("tab")
        assert app.focused is reply.query(Suggestion).first()
        await pilot.press(*"abc")  # typing from a follow-up goes on in the input
        assert app.focused is box and box.text == "abc"


async def test_focus_never_lands_on_something_invisible(shared_bot: CareerBot, data: Path) -> None:
    app = make_app(shared_bot, data)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "what are salaries by experience level?")  # a table, a chart, sources
        for key in ["shift+tab"] * 12 + ["tab"] * 12:
            await pilot.press(key)
            focused = app.focused
            assert isinstance(focused, QuestionBox | Suggestion | CollapsibleTitle), focused
        assert not app.query_one("#conversation").can_focus


def test_the_data_folder_is_never_the_current_directory(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("CAREERBOT_DATA_DIR", raising=False)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert data_dir() == tmp_path / ".local" / "share" / "careerbot"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/ignored")  # the XDG spec: a relative path is ignored
    assert data_dir() == tmp_path / ".local" / "share" / "careerbot"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert data_dir() == tmp_path / "xdg" / "careerbot"
    monkeypatch.setenv("CAREERBOT_DATA_DIR", str(tmp_path / "mine"))
    assert data_dir() == tmp_path / "mine"


async def test_paging_keys_scroll_the_conversation_from_the_input(shared_bot: CareerBot, data: Path) -> None:
    app = make_app(shared_bot, data)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        conversation = app.query_one("#conversation")
        await ask(pilot, "How do I get started in machine learning?")
        bottom = conversation.scroll_y
        assert bottom > 0
        await pilot.press("pageup")
        await pilot.pause(0.3)
        assert conversation.scroll_y < bottom
        await pilot.press("home")
        await pilot.pause(0.3)
        assert conversation.scroll_y == 0
        await pilot.press("end")
        await pilot.pause(0.3)
        assert conversation.scroll_y == bottom
        app.query_one("#question", QuestionBox).text = "draft"
        await pilot.press("home")  # with text in the box, Home is the cursor's
        await pilot.pause(0.3)
        assert conversation.scroll_y == bottom and app.query_one("#question", QuestionBox).cursor_location == (0, 0)


async def test_an_answer_arriving_out_of_view_is_announced(shared_bot: CareerBot, data: Path) -> None:
    release = threading.Event()

    class Slow(CareerBot):
        def __init__(self) -> None:
            self.__dict__.update(shared_bot.__dict__)

        def ask(self, question: str):  # type: ignore[no-untyped-def]
            release.wait(10)
            return super().ask(question)

    shared_bot.reset()
    app = CareerBotApp(make_bot=Slow, data_folder=data)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        marker = app.query_one(NewBelow)
        app.query_one("#question", QuestionBox).text = "How do I get started in machine learning?"
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("home")  # read the welcome while it thinks
        await pilot.pause(0.3)
        release.set()
        await settle(pilot)
        assert marker.display and app.query_one("#conversation").scroll_y == 0
        await pilot.click(NewBelow)
        await pilot.pause(0.5)
        assert not marker.display


async def test_ctrl_q_quits_at_once_while_an_answer_is_worked_out(shared_bot: CareerBot, data: Path) -> None:
    stuck = threading.Event()

    class Stuck(CareerBot):
        def __init__(self) -> None:
            self.__dict__.update(shared_bot.__dict__)

        def ask(self, question: str):  # type: ignore[no-untyped-def]
            stuck.wait(30)
            return super().ask(question)

    app = CareerBotApp(make_bot=Stuck, data_folder=data)
    start = time.monotonic()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.query_one("#question", QuestionBox).text = "anything"
        await pilot.press("enter", "ctrl+q")
    assert time.monotonic() - start < 5
    stuck.set()


async def test_a_corpus_that_cannot_load_is_an_error_not_thinking(data: Path) -> None:
    def broken() -> CareerBot:
        raise DataFileError("corpus [v=1:2]/notes [@click=app.quit].md", "not UTF-8")

    app = CareerBotApp(make_bot=broken, data_folder=data)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        reply = await ask(pilot, "How much does a data analyst earn?")
        assert "the articles could not be loaded (see above)" in str(reply.query_one(".error").render())
        said = str(app.query(".error").first().render())
        assert said.startswith("Could not load the articles: DataFileError: corpus [v=1:2]/notes [@click=app.quit].md")
        assert app.is_running and not reply.query(".thinking")


async def test_a_data_folder_with_brackets_in_the_command_palette(shared_bot: CareerBot, tmp_path: Path) -> None:
    app = make_app(shared_bot, tmp_path / "data [@click=app.quit] [/b]")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"save")
        await pilot.pause(0.5)  # the palette searches in a worker
        await pilot.press("enter")  # Save, with nothing to save yet
        await pilot.pause()
        assert app.is_running and any(n.message == "Nothing to save yet." for n in app._notifications)


async def test_file_names_with_brackets_are_shown_literally(shared_bot: CareerBot, data: Path) -> None:
    problem = "notes [v=1:2].md: skipped [@click=app.quit] [b]"
    shared_bot.problems.append(problem)
    try:
        app = make_app(shared_bot, data)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert any(n.message == problem and not n.markup for n in app._notifications)
            await pilot.pause(0.2)
            assert app.is_running
    finally:
        shared_bot.problems.remove(problem)


async def test_many_questions_sent_fast_are_all_answered_in_order(shared_bot: CareerBot, data: Path) -> None:
    app = make_app(shared_bot, data)
    questions = [f"How much does a {role} earn?" for role in ("data scientist", "data analyst", "BI developer")] * 7
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        box = app.query_one("#question", QuestionBox)
        for question in questions:
            box.text = question
            await pilot.press("enter")
        await settle(pilot)
        replies = list(app.query(BotMessage))
        assert [m.question for m in app.query(UserMessage)] == questions
        assert all(r.answer is not None for r in replies) and len(replies) == len(questions)
        assert [r.answer.entities.get("role") for r in replies if r.answer][:3] == [
            "Data Scientist", "Data Analyst", "Business Intelligence Developer"]


async def test_empty_input_is_ignored(shared_bot: CareerBot, data: Path) -> None:
    app = make_app(shared_bot, data)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.query_one("#question", QuestionBox).text = "   "
        await pilot.press("enter")
        await settle(pilot)
        assert not app.query(UserMessage) and not app.query(BotMessage)


async def test_past_conversations_are_listed_and_reopened_to_go_on_with(shared_bot: CareerBot, data: Path) -> None:
    """Every conversation is kept as it goes; Ctrl+O lists them (date, first question) and
    Enter reopens one: its answers as they were, and a follow-up that refers back to them."""
    app = make_app(shared_bot, data)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "What does an AI ethicist do?")
        await ask(pilot, "How much does a data scientist make?")
    [kept] = (data / "conversations").glob("*.json")

    app = make_app(shared_bot, data)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "What does a data engineer do?")  # this run's own, listed first
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert isinstance(app.screen, PastScreen)
        lines = [str(option.prompt) for option in app.screen.query_one(OptionList).options]
        assert len(lines) == 2 and lines[0].startswith("(this one) ")
        assert lines[0].endswith(" · 1 question · What does a data engineer do?")
        assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d · 2 questions · What does an AI ethicist do\?", lines[1])
        await pilot.press("down", "enter")
        await settle(pilot)
        assert not isinstance(app.screen, PastScreen)
        assert [m.question for m in app.query(UserMessage)] == ["What does an AI ethicist do?",
                                                                 "How much does a data scientist make?"]
        assert "reopened" in str(app.query_one(".reopened").render())
        reply = await ask(pilot, "and a data analyst?")  # a follow-up of the reopened salary question
        assert reply.answer is not None and reply.answer.intent == "salary" and "$117,260" in reply.answer.text
    saved = SavedConversation.model_validate_json(kept.read_bytes())
    assert [t.question for t in saved.turns][-1] == "and a data analyst?" and len(saved.turns) == 3


async def test_a_broken_or_foreign_file_among_the_conversations_is_named_and_skipped(shared_bot: CareerBot,
                                                                                     data: Path) -> None:
    app = make_app(shared_bot, data)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "What does a data engineer do?")
    folder = data / "conversations"
    (folder / "cut.json").write_text('{"format": "careerbot-conversation", "turns": [', encoding="utf-8")
    (folder / "other.json").write_text('{"messages": []}', encoding="utf-8")
    (folder / "notes.txt").write_bytes(b"\xff\xfe not json")
    (folder / "folder.json").mkdir()
    app = make_app(shared_bot, data)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert isinstance(app.screen, PastScreen) and len(app.screen.query_one(OptionList).options) == 1
        [notice] = [n for n in app._notifications if n.title.startswith("Skipped in")]
        said = notice.message.splitlines()
        assert [line.split(":")[0] for line in said] == ["cut.json", "folder.json", "notes.txt", "other.json"]
        assert "not a careerbot conversation" in said[3] and said[1] == "folder.json: not a file"
        await pilot.press("escape")
        assert not isinstance(app.screen, PastScreen) and app.is_running


async def test_transcripts_go_to_the_save_folder_given(shared_bot: CareerBot, data: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """`--save-dir DIR` (save_folder) over $CAREERBOT_SAVE_DIR over the data folder's transcripts/."""
    monkeypatch.setenv("CAREERBOT_SAVE_DIR", str(tmp_path / "from-env"))
    for given, lands in ((None, tmp_path / "from-env"), (tmp_path / "given", tmp_path / "given")):
        shared_bot.reset()
        app = CareerBotApp(make_bot=lambda: shared_bot, data_folder=data, save_folder=given)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await ask(pilot, "What does a data engineer do?")
            await pilot.press("ctrl+s")
            await pilot.pause()
        [saved] = lands.glob("careerbot-*.md")
        assert "**You:** What does a data engineer do?" in saved.read_text(encoding="utf-8")
    assert not (data / "transcripts").exists()
