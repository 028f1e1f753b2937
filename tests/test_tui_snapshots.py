"""SVG snapshots of the chat at a fixed size (pytest-textual-snapshot; textual pinned in the
test extra). Update with `pytest tests/test_tui_snapshots.py --snapshot-update` and look at
the SVGs in tests/__snapshots__/ before committing them."""

from __future__ import annotations

from typing import Any

from textual.widgets import Input

from careerbot import CareerBot
from careerbot.tui.app import CareerBotApp
from test_tui import SIZE, make_app, settle


async def still(pilot: Any) -> None:
    await settle(pilot)
    pilot.app.query_one("#question", Input).cursor_blink = False
    await pilot.pause()


def test_welcome(snap_compare: Any, shared_bot: CareerBot) -> None:
    """Header; the welcome with the five article titles and six example questions; the empty
    input with its placeholder; the footer with Clear, Save, Copy answer, Theme, Help."""
    assert snap_compare(make_app(shared_bot), terminal_size=SIZE, run_before=still)


def test_salary_answer_with_chart(snap_compare: Any, shared_bot: CareerBot) -> None:
    """The question on the right; the answer with $145,688 and $121,908, a two-bar chart under
    it, the collapsed sources line, 'salary · confidence', and three follow-up questions."""

    async def ask_salary(pilot: Any) -> None:
        await settle(pilot)
        pilot.app.query_one("#question", Input).value = "How much does a machine learning engineer earn?"
        await pilot.press("enter")
        await still(pilot)

    app: CareerBotApp = make_app(shared_bot)
    assert snap_compare(app, terminal_size=SIZE, run_before=ask_salary)
