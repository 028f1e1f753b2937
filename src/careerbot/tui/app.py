"""CareerBotApp: the chat. A thin layer over CareerBot: questions go in, answers come out,
and nothing here decides what an answer says.

Questions are answered one at a time, in the order asked, in a daemon thread, so the screen
never freezes, questions asked meanwhile wait their turn, and Ctrl+Q quits at once even
while an answer is being worked out.
"""

from __future__ import annotations

import contextlib
import re
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Sequence
from concurrent.futures import CancelledError
from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar

from textual import events, on
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.markup import escape
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, Label

from careerbot.batchfiles import inert_markdown, markdown_text
from careerbot.bot import CareerBot
from careerbot.models import Answer, PackInfo
from careerbot.pack import as_question, preview
from careerbot.tui.store import PastConversation, SavedConversation, Store, Turn, data_dir, save_dir
from careerbot.tui.widgets import (
    BotMessage,
    HelpScreen,
    Labels,
    NewBelow,
    PastScreen,
    QuestionBox,
    Suggestion,
    UserMessage,
    WelcomeMessage,
    meta_line,
    plain_answer,
)

BotFactory = Callable[[], CareerBot]

CLEAR_CONFIRM_SECONDS = 3.0  # a second Ctrl+L within this clears
PROBLEMS_SHOWN = 5  # files named in one notice: more would fill the screen
NO_ARTICLES = "the articles could not be loaded (see above)."


class Conversation(VerticalScroll, can_focus=False):
    """The messages. Not focusable: focus stays where typing goes, and the input pages it."""

    class AtBottom(Message):
        """Scrolled down to the latest message."""

    @property
    def at_bottom(self) -> bool:
        """At the very end, as Textual restores the anchor (not one line short: the first
        step of scrolling up from the end would count)."""
        return self.scroll_y >= self.max_scroll_y

    @property
    def following(self) -> bool:
        """Kept at the end as messages come: Textual's anchor, released when the user
        scrolls and restored when they are back at the end (no public accessor)."""
        return self.is_anchored and not self._anchor_released

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)  # it repaints the view
        if self.at_bottom:
            self.post_message(self.AtBottom())


class CareerBotApp(App[None]):
    CSS_PATH = "careerbot.tcss"
    TITLE = "careerbot"  # until the pack says its own name
    # Help first: the footer drops keys from its right end when the window is narrow.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f1", "help", "Help"),
        Binding("ctrl+l", "clear", "Clear"),
        Binding("ctrl+s", "save", "Save"),
        Binding("ctrl+y", "copy", "Copy answer"),
        Binding("ctrl+o", "past", "Past chats"),
        Binding("ctrl+t", "toggle_theme", "Theme"),
        Binding("ctrl+q", "quit", "Quit", priority=True),
    ]

    def __init__(self, make_bot: BotFactory = CareerBot, data_folder: Path | None = None,
                 info: PackInfo | None = None, save_folder: Path | None = None) -> None:
        """info names the pack before it is loaded (its title, placeholder); once it is, the
        bot's own info stands. save_folder is where Ctrl+S writes (default: the data folder's
        transcripts/)."""
        super().__init__()
        self.make_bot = make_bot
        self.info = info or PackInfo()
        self.store = Store(data_folder or data_dir(), save_folder or save_dir())
        self.kept_at: Path | None = None  # this conversation's file, once it has an answer
        self.started_at = datetime.now().astimezone()
        self.conversation_number = 0  # counts clears and reopenings: a replay knows if it is still wanted
        self.bot: CareerBot | None = None
        self.load_error = ""
        self.loading = True
        self.waiting: deque[tuple[str, BotMessage]] = deque()
        self.busy = False
        self.turns: list[tuple[str, Answer]] = []
        self.clear_asked = 0.0
        self.store_failed = False
        self.started = False  # the theme set from the settings is not a choice to save

    def compose(self) -> ComposeResult:
        yield Header()
        yield Conversation(id="conversation")
        yield NewBelow(Content("↓ A new answer below: Ctrl+End or click to see it"), id="new-below")
        yield QuestionBox(placeholder=self.info.placeholder or "Ask a question… (F1 for help)", id="question")
        yield Footer()

    def on_mount(self) -> None:
        self.presented(self.info)
        conversation = self.query_one(Conversation)
        conversation.anchor()
        self.query_one(NewBelow).display = False
        box = self.query_one(QuestionBox)
        box.asked = self.store.history()
        box.focus()
        if (theme := self.store.setting("theme")) in self.available_themes:
            self.theme = theme
        self.started = True
        self.in_thread(self.load_bot)

    # --- the engine, off the UI thread ------------------------------------------------------

    def in_thread(self, work: Callable[..., None], *args: Any) -> None:
        """A daemon thread: it never keeps the process alive once the chat has quit."""
        threading.Thread(target=work, args=args, daemon=True).start()

    def in_ui(self, callback: Callable[..., Awaitable[None]], *args: Any) -> None:
        """Run a coroutine method on the UI thread, from a worker thread, and wait for it."""
        with contextlib.suppress(RuntimeError, CancelledError):  # the chat has quit meanwhile
            self.call_from_thread(callback, *args)  # type: ignore[arg-type]  # textual types this loosely

    def load_bot(self) -> None:
        try:
            bot = self.make_bot()
        except Exception as exc:  # a broken corpus folder: say so in the chat, don't crash
            self.in_ui(self.load_failed, f"{type(exc).__name__}: {exc}")
            return
        self.in_ui(self.bot_ready, bot)

    async def load_failed(self, problem: str) -> None:
        """No articles, no answers: say so, and answer every question with it."""
        self.loading = False
        self.load_error = f"Could not load the articles: {problem}"
        await self.query_one(Conversation).mount(Label(Content(self.load_error), classes="error"))
        while self.waiting:
            await self.waiting.popleft()[1].show_error(NO_ARTICLES)

    async def bot_ready(self, bot: CareerBot) -> None:
        first_time = self.bot is None
        self.bot = bot
        self.loading = False
        if first_time:
            for problem in bot.problems[:5]:
                self.notify(problem, title="Skipped a file", severity="warning", timeout=15, markup=False)
        self.info = bot.info
        self.presented(bot.info)
        everything = [*(as_question(e) for s in bot.specs.values() if s.answer != "out_of_scope" for e in s.examples),
                      *bot.info.examples]  # a pack's questions made of its headings too
        self.query_one(QuestionBox).completions = list(dict.fromkeys(everything))
        titles = list(dict.fromkeys(bot.knowledge.titles.values()))
        conversation = self.query_one(Conversation)
        await conversation.mount(WelcomeMessage(bot.info.welcome, titles, bot.info.examples),
                                 before=0 if conversation.children else None)
        self.answer_next()

    def presented(self, info: PackInfo) -> None:
        """The pack's name as the title, its tagline and placeholder."""
        if info.name:
            self.title = info.name
        self.sub_title = info.tagline
        if info.placeholder:
            self.query_one(QuestionBox).placeholder = info.placeholder

    def answer_next(self) -> None:
        if self.busy or self.bot is None or not self.waiting:
            return
        self.busy = True
        question, message = self.waiting.popleft()
        self.in_thread(self.answer, self.bot, question, message)

    def answer(self, bot: CareerBot, question: str, message: BotMessage) -> None:
        try:
            answer = bot.ask(question)
        except Exception as exc:  # one failed answer is a message in the chat, not a crash
            self.in_ui(self.answer_failed, message, f"{type(exc).__name__}: {exc}")
        else:
            self.in_ui(self.answered, question, answer, message)

    async def answered(self, question: str, answer: Answer, message: BotMessage) -> None:
        if message.is_attached:  # not cleared meanwhile
            self.turns.append((question, answer))
            self.keep_conversation()
            await self.arrive(message.show(answer))
        self.busy = False
        self.answer_next()

    async def answer_failed(self, message: BotMessage, problem: str) -> None:
        await self.arrive(message.show_error(problem))
        self.busy = False
        self.answer_next()

    async def arrive(self, showing: Awaitable[None]) -> None:
        """Show a reply. The view follows it unless the user has scrolled up to read: then
        it lands below the view, and a bar says so."""
        await showing
        conversation = self.query_one(Conversation)
        if not conversation.following and not conversation.at_bottom:
            self.query_one(NewBelow).display = True

    # --- asking ---------------------------------------------------------------------------

    @on(QuestionBox.Submitted, "#question")
    async def submitted(self, event: QuestionBox.Submitted) -> None:
        text = event.value.strip()
        if not text:
            return
        if self.query_one(QuestionBox).remember(text):
            self.keep(self.store.remember, text)
        await self.ask(text)

    @on(Suggestion.Picked)
    async def picked(self, event: Suggestion.Picked) -> None:
        await self.ask(event.question)
        self.query_one(QuestionBox).focus()

    async def ask(self, question: str) -> None:
        message = BotMessage(self.bot_labels())
        conversation = self.query_one(Conversation)
        await conversation.mount_all([UserMessage(question), message])
        conversation.anchor()  # one's own question is always shown
        conversation.scroll_end(animate=False)
        if self.load_error:
            await message.show_error(NO_ARTICLES)
            return
        self.waiting.append((question, message))
        self.answer_next()

    # --- focus, keys and scrolling ----------------------------------------------------------

    def on_key(self, event: events.Key) -> None:
        """Text typed while a follow-up has focus, or before the input took it at start-up,
        goes into the input: no keystroke is lost."""
        if event.is_printable and event.character and self.screen is self.screen_stack[0]:
            box = self.query_one(QuestionBox)
            box.focus()
            box.add_text(event.character)
            event.stop()
            event.prevent_default()

    @on(QuestionBox.Tabbed)
    def to_follow_ups(self) -> None:
        """Tab with nothing to complete: to the latest answer's follow-up questions."""
        offering = [m for m in self.query_one(Conversation).children if m.query(Suggestion)]
        if offering:
            first = offering[-1].query(Suggestion).first()
            first.focus()
            first.scroll_visible()
        else:
            self.screen.focus_next()

    @on(QuestionBox.Scroll)
    def scroll_conversation(self, event: QuestionBox.Scroll) -> None:
        conversation = self.query_one(Conversation)
        if event.where == "end":
            self.to_bottom()
        else:
            {"page_up": conversation.scroll_page_up, "page_down": conversation.scroll_page_down,
             "home": conversation.scroll_home}[event.where]()

    @on(NewBelow.Clicked)
    def to_bottom(self) -> None:
        self.query_one(Conversation).scroll_end(animate=False)
        self.query_one(NewBelow).display = False

    @on(Conversation.AtBottom)
    def seen_all(self) -> None:
        self.query_one(NewBelow).display = False

    # --- actions ----------------------------------------------------------------------------

    async def action_clear(self) -> None:
        """Start a new conversation: the bot forgets, the screen is wiped. Asked twice, so
        that a stray key does not wipe it."""
        if self.bot is None:
            return
        now = time.monotonic()
        if now - self.clear_asked > CLEAR_CONFIRM_SECONDS:
            self.clear_asked = now
            self.notify("Press Ctrl+L again to clear the conversation.", timeout=CLEAR_CONFIRM_SECONDS)
            return
        self.clear_asked = 0.0
        self.waiting.clear()
        self.bot.reset()
        self.turns.clear()
        self.kept_at, self.started_at = None, datetime.now().astimezone()  # the old one stays in the list
        self.conversation_number += 1
        await self.query_one(Conversation).remove_children()
        self.query_one(NewBelow).display = False
        await self.bot_ready(self.bot)

    def action_save(self) -> None:
        if not self.turns:
            self.notify("Nothing to save yet.")
            return
        try:
            path = self.store.save_transcript(transcript(self.turns, self.info.name or "careerbot", self.bot_labels()))
        except OSError as exc:
            self.notify(f"Could not save the conversation: {exc}", severity="error", markup=False)
            return
        self.notify(f"Saved the conversation to {path}", markup=False)

    def action_copy(self) -> None:
        """The answer that has focus (one of its follow-ups or its sources), else the last."""
        answer = next((node.answer for node in (self.focused.ancestors_with_self if self.focused else [])
                       if isinstance(node, BotMessage) and node.answer), None)
        if answer is None and self.turns:
            answer = self.turns[-1][1]
        if answer is None:
            self.notify("No answer to copy yet.")
            return
        self.copy_to_clipboard(plain_answer(answer))
        self.notify("Copied the answer and its sources.")

    # --- past conversations -----------------------------------------------------------------

    def keep_conversation(self) -> None:
        """Write the conversation so far to its own file, after every answer: nothing to
        remember to save, and a crash loses at most the answer being worked out."""
        if self.kept_at is None:
            self.kept_at = self.store.new_conversation_path()
        saved = SavedConversation(started=self.started_at, pack=self.info.name,
                                  turns=[Turn(question=q, answer=a) for q, a in self.turns])
        self.keep(self.store.save_conversation, self.kept_at, saved)

    def action_past(self) -> None:
        if isinstance(self.screen, PastScreen):
            return
        past, skipped = self.store.past_conversations()
        if skipped:
            more = f"\n… and {len(skipped) - PROBLEMS_SHOWN} more" if len(skipped) > PROBLEMS_SHOWN else ""
            self.notify("\n".join(skipped[:PROBLEMS_SHOWN]) + more, title="Skipped in the data folder's conversations/",
                        severity="warning", timeout=15, markup=False)
        self.push_screen(PastScreen(past, self.kept_at, self.info.name), self.reopen)

    async def reopen(self, past: PastConversation | None) -> None:
        """Show a past conversation as it was, and go on with it: the bot is told its
        questions again (not shown), so that a follow-up refers back to them, and the next
        answers are added to the same file. Reopening keeps the answers as they were saved."""
        if past is None or past.path == self.kept_at:
            return
        if self.bot is None:
            self.notify("The articles are not loaded: nothing could go on with it.", severity="warning")
            return
        if self.busy or self.waiting:
            self.notify("Wait for the answer being worked out, then reopen it.", severity="warning")
            return
        self.busy = True  # questions asked meanwhile wait for the replay
        self.conversation_number += 1
        self.turns = [(t.question, t.answer) for t in past.conversation.turns]
        self.kept_at, self.started_at = past.path, past.conversation.started
        conversation = self.query_one(Conversation)
        await conversation.remove_children()
        self.query_one(NewBelow).display = False
        when = past.conversation.started.astimezone().strftime("%Y-%m-%d %H:%M")
        await conversation.mount(Label(Content(f"The conversation of {when}, reopened: ask on to continue it."),
                                       classes="reopened"))
        for question, answer in self.turns:
            message = BotMessage(self.bot_labels())
            await conversation.mount_all([UserMessage(question), message])
            await message.show(answer)
        conversation.anchor()
        conversation.scroll_end(animate=False)
        self.in_thread(self.replay, self.bot, [q for q, _ in self.turns], self.conversation_number)

    def replay(self, bot: CareerBot, questions: list[str], number: int) -> None:
        bot.reset()
        with contextlib.suppress(Exception):  # a question that fails now only loses its context
            for question in questions:
                bot.ask(question)
        self.in_ui(self.replayed, bot, number)

    async def replayed(self, bot: CareerBot, number: int) -> None:
        if number != self.conversation_number:  # cleared meanwhile: the replay's context is not the new one's
            bot.reset()
        self.busy = False
        self.answer_next()

    def action_toggle_theme(self) -> None:
        self.action_toggle_dark()

    def watch_theme(self, theme: str) -> None:
        """The theme chosen (Ctrl+T or the palette) is the next run's theme."""
        if self.started and self.store.setting("theme") != theme:
            self.keep(self.store.set_setting, "theme", theme)

    def keep(self, write: Callable[..., None], *args: object) -> None:
        """Write to the data folder; if it cannot be written, say so once and go on."""
        try:
            write(*args)
        except OSError as exc:
            if not self.store_failed:
                self.store_failed = True
                self.notify(f"Could not write to {self.store.folder}: {exc.strerror}", severity="warning",
                            markup=False)

    def bot_labels(self) -> Labels:
        """What the pack calls each intent's answers, and how its charts shorten labels."""
        specs = self.bot.specs.values() if self.bot else []
        return Labels({s.name: s.label for s in specs if s.label}, self.info.short)

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.info))

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Clear the conversation", "Start a new conversation", self.action_clear)
        # The palette reads help as markup: a folder named '[b]' is shown, not parsed.
        yield SystemCommand("Save the conversation", f"A Markdown file in {escape(str(self.store.transcripts))}",
                            self.action_save)
        yield SystemCommand("Copy the answer", "The focused or last answer, with its sources", self.action_copy)
        yield SystemCommand("Past conversations", "Reopen one to read and continue", self.action_past)
        yield SystemCommand("Toggle dark/light", "Switch the theme", self.action_toggle_theme)
        yield SystemCommand("Help", "Keys and what to ask", self.action_help)


def transcript(turns: list[tuple[str, Answer]], name: str = "careerbot", labels: Labels | None = None) -> str:
    """The conversation as CommonMark: the user's words escaped, each answer's [n] a
    footnote, so that an answer's numbered steps and its sources never run into one list."""
    lines = [f"# {markdown_text(name)} conversation, {time.strftime('%Y-%m-%d %H:%M')}", ""]
    for turn, (question, answer) in enumerate(turns, 1):
        # What an article brings in ('[text](url)', '<img ...>', a bare address) stays text.
        text = re.sub(r"\[(\d+)\]", rf"[^{turn}-\1]", inert_markdown(answer.text))
        said_by = f"**{markdown_text(name)}** ({meta_line(answer, labels)}):"
        lines += [f"**You:** {markdown_text(question)}", "", said_by, "", text, ""]
        for n, source in enumerate(answer.sources, 1):
            lines.append(f"[^{turn}-{n}]: {markdown_text(source.place)}: “{markdown_text(source.text)}”")
        lines.append("")
    return "\n".join(lines)


def run(corpus_dir: Path | None = None, intents_dir: Path | None = None, add: Sequence[Path] = (),
        save_folder: Path | None = None) -> None:
    CareerBotApp(make_bot=lambda: CareerBot(corpus_dir=corpus_dir, intents_dir=intents_dir, add=add),
                 info=preview(corpus_dir), save_folder=save_folder).run()
