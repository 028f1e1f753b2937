"""CareerBotApp: the chat. A thin layer over CareerBot: questions go in, answers come out,
and nothing here decides what an answer says.

Questions are answered one at a time, in the order asked, in a worker thread, so the screen
never freezes; questions asked meanwhile wait their turn.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Awaitable, Callable, Iterable
from pathlib import Path
from typing import Any, ClassVar

from textual import on, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.suggester import SuggestFromList
from textual.widgets import Footer, Header, Input

from careerbot.bot import CareerBot
from careerbot.models import Answer, IntentSpec
from careerbot.tui.widgets import BotMessage, HelpScreen, HistoryInput, Suggestion, UserMessage, WelcomeMessage

BotFactory = Callable[[], CareerBot]


WELCOME_FIRST = ("salary", "skills", "how_to_start", "role_info", "comparison", "roles")


def welcome_order(spec: IntentSpec) -> int:
    """The structured answers first: they show best what the bot knows."""
    return WELCOME_FIRST.index(spec.answer) if spec.answer in WELCOME_FIRST else len(WELCOME_FIRST)


def as_question(example: str) -> str:
    """'how much does a data scientist earn' -> 'How much does a data scientist earn?'"""
    text = example.strip().rstrip("?")
    return text[:1].upper() + text[1:] + "?"


class CareerBotApp(App[None]):
    CSS_PATH = "careerbot.tcss"
    TITLE = "careerbot"
    SUB_TITLE = "machine-learning careers, from the articles"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+l", "clear", "Clear"),
        Binding("ctrl+s", "save", "Save"),
        Binding("ctrl+y", "copy", "Copy answer"),
        Binding("ctrl+t", "toggle_theme", "Theme"),
        Binding("f1", "help", "Help"),
        Binding("ctrl+q", "quit", "Quit"),
    ]

    def __init__(self, make_bot: BotFactory = CareerBot, transcript_dir: Path | None = None) -> None:
        super().__init__()
        self.make_bot = make_bot
        self.transcript_dir = transcript_dir
        self.bot: CareerBot | None = None
        self.waiting: deque[tuple[str, BotMessage]] = deque()
        self.busy = False
        self.turns: list[tuple[str, Answer]] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield VerticalScroll(id="conversation")
        yield HistoryInput(placeholder="Ask about machine-learning careers… (F1 for help)", id="question")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#conversation", VerticalScroll).anchor()
        self.query_one("#question", HistoryInput).focus()
        self.load_bot()

    # --- the engine, off the UI thread ------------------------------------------------------

    @work(thread=True, group="engine")
    def load_bot(self) -> None:
        try:
            bot = self.make_bot()
        except Exception as exc:  # a broken corpus folder: say so in the chat, don't crash
            self.call_from_thread(self.notify, f"Could not load the articles: {exc}", severity="error", timeout=30)
            return
        self.in_ui(self.bot_ready, bot)

    def in_ui(self, callback: Callable[..., Awaitable[None]], *args: Any) -> None:
        """Run a coroutine method on the UI thread, from a worker thread, and wait for it."""
        self.call_from_thread(callback, *args)  # type: ignore[arg-type]  # textual types this loosely

    async def bot_ready(self, bot: CareerBot) -> None:
        first_time = self.bot is None
        self.bot = bot
        if first_time:
            for problem in bot.problems[:5]:
                self.notify(problem, title="Skipped a file", severity="warning", timeout=15)
        examples = [as_question(s.examples[0]) for s in sorted(bot.specs.values(), key=welcome_order)
                    if s.answer not in ("smalltalk", "out_of_scope") and not s.fallback][:6]
        everything = [as_question(e) for s in bot.specs.values() if s.answer != "out_of_scope" for e in s.examples]
        self.query_one("#question", HistoryInput).suggester = SuggestFromList(everything, case_sensitive=False)
        titles = list(dict.fromkeys(bot.knowledge.titles.values()))
        await self.query_one("#conversation").mount(WelcomeMessage(titles, examples))
        self.answer_next()

    def answer_next(self) -> None:
        if self.busy or self.bot is None or not self.waiting:
            return
        self.busy = True
        question, message = self.waiting.popleft()
        self.answer(self.bot, question, message)

    @work(thread=True, group="answer")
    def answer(self, bot: CareerBot, question: str, message: BotMessage) -> None:
        try:
            answer = bot.ask(question)
        except Exception as exc:  # one failed answer is a message in the chat, not a crash
            self.in_ui(self.answer_failed, message, f"{type(exc).__name__}: {exc}")
        else:
            self.in_ui(self.answered, question, answer, message)

    async def answered(self, question: str, answer: Answer, message: BotMessage) -> None:
        self.turns.append((question, answer))
        await message.show(answer)
        self.busy = False
        self.answer_next()

    async def answer_failed(self, message: BotMessage, problem: str) -> None:
        await message.show_error(problem)
        self.busy = False
        self.answer_next()

    # --- asking ---------------------------------------------------------------------------

    @on(Input.Submitted, "#question")
    async def submitted(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        if not text:
            return
        box = self.query_one("#question", HistoryInput)
        box.remember(text)
        box.value = ""
        await self.ask(text)

    @on(Suggestion.Picked)
    async def picked(self, event: Suggestion.Picked) -> None:
        await self.ask(event.question)
        self.query_one("#question", HistoryInput).focus()

    async def ask(self, question: str) -> None:
        message = BotMessage()
        await self.query_one("#conversation").mount_all([UserMessage(question), message])
        self.waiting.append((question, message))
        self.answer_next()

    # --- actions ----------------------------------------------------------------------------

    async def action_clear(self) -> None:
        """Start a new conversation: the bot forgets, the screen is wiped."""
        if self.bot is None:
            return
        self.waiting.clear()
        self.bot.reset()
        self.turns.clear()
        conversation = self.query_one("#conversation")
        await conversation.remove_children()
        await self.bot_ready(self.bot)

    def action_save(self) -> None:
        if not self.turns:
            self.notify("Nothing to save yet.")
            return
        folder = self.transcript_dir or Path.cwd()
        path = folder / f"careerbot-{time.strftime('%Y%m%d-%H%M%S')}.md"
        try:
            path.write_text(transcript(self.turns), encoding="utf-8")
        except OSError as exc:
            self.notify(f"Could not save the conversation: {exc.strerror}", severity="error")
            return
        self.notify(f"Saved the conversation to {path}")

    def action_copy(self) -> None:
        if not self.turns:
            self.notify("No answer to copy yet.")
            return
        self.copy_to_clipboard(self.turns[-1][1].text)
        self.notify("Copied the last answer.")

    def action_toggle_theme(self) -> None:
        self.action_toggle_dark()

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Clear the conversation", "Start a new conversation", self.action_clear)
        yield SystemCommand("Save the conversation", "Write it to a Markdown file", self.action_save)
        yield SystemCommand("Copy the last answer", "To the clipboard", self.action_copy)
        yield SystemCommand("Toggle dark/light", "Switch the theme", self.action_toggle_theme)
        yield SystemCommand("Help", "Keys and what to ask", self.action_help)


def transcript(turns: list[tuple[str, Answer]]) -> str:
    lines = [f"# careerbot conversation, {time.strftime('%Y-%m-%d %H:%M')}", ""]
    for question, answer in turns:
        lines += [f"**You:** {question}", "", f"**careerbot** ({answer.intent}, confidence {answer.confidence:.2f}):",
                  "", answer.text, ""]
        for n, source in enumerate(answer.sources, 1):
            lines.append(f"{n}. {source.place}: “{source.text}”")
        lines.append("")
    return "\n".join(lines)


def run(corpus_dir: Path | None = None, intents_dir: Path | None = None) -> None:
    CareerBotApp(make_bot=lambda: CareerBot(corpus_dir=corpus_dir, intents_dir=intents_dir)).run()
