"""Regenerate docs/careerbot.svg, the screenshot in README: python docs/make_screenshot.py"""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

from careerbot.tui.app import CareerBotApp
from careerbot.tui.widgets import QuestionBox

HERE = Path(__file__).parent


async def main() -> None:
    data = Path(tempfile.mkdtemp())  # the questions asked here are no one's history
    app = CareerBotApp(data_folder=data)
    async with app.run_test(size=(100, 40)) as pilot:
        while app.bot is None:
            await pilot.pause(0.05)
        for question in ("How much does a machine learning engineer earn?", "and a data analyst?"):
            app.query_one("#question", QuestionBox).text = question
            await pilot.press("enter")
            while app.busy or app.waiting:
                await pilot.pause(0.05)
        app.query_one("#question", QuestionBox).cursor_blink = False
        await pilot.pause()
        app.save_screenshot(filename="careerbot.svg", path=str(HERE))


if __name__ == "__main__":
    asyncio.run(main())
