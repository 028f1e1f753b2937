"""SVG snapshots of the chat at a fixed size (pytest-textual-snapshot; textual pinned in the
test extra). Update with `pytest tests/test_tui_snapshots.py --snapshot-update` and look at
the SVGs in tests/__snapshots__/ before committing them."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from careerbot import CareerBot
from careerbot.tui.app import CareerBotApp
from careerbot.tui.store import SavedConversation, Store, Turn
from careerbot.tui.widgets import QuestionBox
from test_tui import SIZE, make_app, settle


async def still(pilot: Any) -> None:
    await settle(pilot)
    pilot.app.query_one("#question", QuestionBox).cursor_blink = False
    await pilot.pause()


def asking(question: str, *then: str) -> Any:
    async def run(pilot: Any) -> None:
        await settle(pilot)
        pilot.app.query_one("#question", QuestionBox).text = question
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press(*then)
        await pilot.pause(1.2)  # scrolling is animated
        await still(pilot)

    return run


def test_welcome(snap_compare: Any, shared_bot: CareerBot, tmp_path: Path) -> None:
    """Header; the welcome with the five article titles and six example questions; the empty
    question box, one row, with its placeholder; the footer with Quit, Help, Clear, Save, Copy
    answer, Past chats, Theme."""
    assert snap_compare(make_app(shared_bot, tmp_path), terminal_size=SIZE, run_before=still)


def test_salary_answer_with_chart(snap_compare: Any, shared_bot: CareerBot, tmp_path: Path) -> None:
    """The question on the right; the answer with $145,688 and $121,908, a two-bar chart under
    it, the collapsed sources line, 'Salary · from 2 sources', and three follow-up questions."""
    app = make_app(shared_bot, tmp_path)
    assert snap_compare(app, terminal_size=SIZE, run_before=asking("How much does a machine learning engineer earn?"))


def test_salary_chart_fits_at_80x24(snap_compare: Any, shared_bot: CareerBot, tmp_path: Path) -> None:
    """At 80x24, the ten-bar chart of salaries by role and level: every figure on its bar's
    line, none wrapped; 'Software Developer (ML)' shortened, 'Business Intelligence Develo…'
    cut with an ellipsis; the sources line ends in '…'; F1 Help in the footer (Theme, last,
    is dropped). The first follow-up has Tab's focus mark (orange bar, bold dark text)."""
    app = make_app(shared_bot, tmp_path)
    assert snap_compare(app, terminal_size=(80, 24),
                        run_before=asking("what are salaries by experience level?", "pageup", "tab"))


def test_light_theme_at_60x20(snap_compare: Any, shared_bot: CareerBot, tmp_path: Path) -> None:
    """The light theme at 60x20: the follow-ups in dark blue, readable on the light bubble
    (about 5.9:1); the footer still shows F1 Help next to Quit, and 'Copy an' cut at its end."""
    app = make_app(shared_bot, tmp_path)
    assert snap_compare(app, terminal_size=(60, 20),
                        run_before=asking("What does a data engineer do?", "ctrl+t"))


def test_new_answer_below_marker(snap_compare: Any, shared_bot: CareerBot, tmp_path: Path) -> None:
    """Scrolled up (Home from the empty input) while the answer was worked out: the top of
    the welcome in view, and over the input the bar '↓ A new answer below: Ctrl+End or
    click to see it'."""
    gate = threading.Event()

    class Gated(CareerBot):
        def __init__(self) -> None:
            self.__dict__.update(shared_bot.__dict__)

        def ask(self, question: str):  # type: ignore[no-untyped-def]
            gate.wait(10)
            return super().ask(question)

    async def run(pilot: Any) -> None:
        await settle(pilot)
        pilot.app.query_one("#question", QuestionBox).text = "How do I get started in machine learning?"
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("home")
        await pilot.pause(1.2)
        gate.set()
        await still(pilot)

    shared_bot.reset()
    app = CareerBotApp(make_bot=Gated, data_folder=tmp_path)
    assert snap_compare(app, terminal_size=(80, 24), run_before=run)


def test_past_conversations(snap_compare: Any, shared_bot: CareerBot, tmp_path: Path,
                            monkeypatch: Any) -> None:
    """Ctrl+O at 80x24: over the welcome, the box 'Past conversations · Enter reopens one ·
    Escape closes' listing two, latest first, one line each: '2026-12-01 17:45 · 1 question ·
    What does an AI ethicist do?' highlighted, then '2026-12-01 09:30 · 2 questions · How much
    does a data analyst e…' cut. At the right, a warning: 'Skipped in the data folder's
    conversations/', 'notes.json: not a careerbot conversation (Invalid JSON …)'."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    store = Store(tmp_path)
    for name, started, questions in (
            ("a.json", datetime(2026, 12, 1, 9, 30, tzinfo=UTC),
             ["How much does a data analyst earn?", "and a BI developer?"]),
            ("b.json", datetime(2026, 12, 1, 17, 45, tzinfo=UTC), ["What does an AI ethicist do?"])):
        shared_bot.reset()
        turns = [Turn(question=q, answer=shared_bot.ask(q)) for q in questions]
        store.save_conversation(store.conversations / name, SavedConversation(started=started, turns=turns))
    (store.conversations / "notes.json").write_text("my notes", encoding="utf-8")

    async def run(pilot: Any) -> None:
        await settle(pilot)
        await pilot.press("ctrl+o")
        await still(pilot)

    try:
        assert snap_compare(make_app(shared_bot, tmp_path), terminal_size=(80, 24), run_before=run)
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_a_question_of_three_lines_at_60x20(snap_compare: Any, shared_bot: CareerBot, tmp_path: Path) -> None:
    """The question box grown to three rows, 'How much does a' / 'data analyst' / 'earn?', the
    cursor after 'earn?'; the welcome above it, the footer below."""
    async def run(pilot: Any) -> None:
        await settle(pilot)
        await pilot.press(*"How much does a", "ctrl+j", *"data analyst", "ctrl+j", *"earn?")
        await still(pilot)

    assert snap_compare(make_app(shared_bot, tmp_path), terminal_size=(60, 20), run_before=run)
