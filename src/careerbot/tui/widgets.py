"""The chat's widgets. Everything a user typed, and everything the articles say, is shown as
plain Content: never parsed as Rich or Textual markup."""

from __future__ import annotations

from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import ClassVar, NamedTuple

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.markup import escape
from textual.message import Message
from textual.screen import ModalScreen
from textual.timer import Timer
from textual.widgets import Collapsible, Label, Markdown, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from careerbot.answers import dollars
from careerbot.batchfiles import markdown_text
from careerbot.models import Answer, Figure, PackInfo, Source
from careerbot.thresholds import MAX_QUESTION_CHARS
from careerbot.tui.store import PastConversation

CHART_WIDTH = 30
CHART_LABEL_WIDTH = 32
# Keys closer together than this came in one read from the terminal: a paste, not typing.
BURST_GAP = 0.01
# How long an Enter inside a burst waits for more text before it sends the question.
PASTE_SETTLE = 0.08
# Keys that start a new line in the question: Ctrl+J is a line feed in every terminal; Shift+Enter
# only reaches the chat where the terminal reports it apart from Enter (the kitty keyboard protocol,
# which Textual asks for); tmux 3.3 sends it as Enter.
NEW_LINE_KEYS = ("ctrl+j", "shift+enter")
# The question box's own keys, over TextArea's for the same keys.
QUESTION_KEYS: list[Binding] = [
    Binding("up", "up_or_history(-1)", "Earlier question", show=False),
    Binding("down", "up_or_history(1)", "Later question", show=False),
    Binding("tab", "tab", "Complete", show=False),
    Binding("pageup", "scroll_conversation('page_up')", "Scroll up", show=False),
    Binding("pagedown", "scroll_conversation('page_down')", "Scroll down", show=False),
    Binding("ctrl+home", "scroll_conversation('home')", "Top", show=False),
    Binding("ctrl+end", "scroll_conversation('end')", "Bottom", show=False),
    Binding("home", "home_or_top", "Start", show=False),
    Binding("end", "end_or_bottom", "End", show=False),
    Binding("ctrl+a", "cursor_line_start", "Line start", show=False),  # TextArea's, with Home
    Binding("ctrl+e", "cursor_line_end", "Line end", show=False),
]


def keys_of(bindings: list[Binding]) -> set[str]:
    return {key for binding in bindings for key in binding.key.split(",")}


def without_keys(bindings: list[BindingType], keys: set[str]) -> list[Binding]:
    return [b for b in bindings if isinstance(b, Binding) and not keys_of([b]) & keys]


class QuestionBox(TextArea, inherit_bindings=False):
    """The question box: one line that grows as text wraps or lines are added. Enter sends;
    Ctrl+J (and Shift+Enter where the terminal tells it from Enter) starts a new line. Up on
    the first row and Down on the last walk through what was asked, keeping the draft; Tab
    accepts the grey completion; the paging keys scroll the conversation. A paste, bracketed
    or arriving as one burst of keys, keeps its lines and is sent as one question."""

    # TextArea's editing keys, but for those it has of the box's own and its redo (Ctrl+Y):
    # that is the chat's Copy answer, and a key the box took would drop from the footer.
    BINDINGS: ClassVar[list[BindingType]] = [*without_keys(TextArea.BINDINGS, {"ctrl+y"} | keys_of(QUESTION_KEYS)),
                                             *QUESTION_KEYS]

    class Submitted(Message):
        """Enter: the question, its lines joined, as the bot reads one question."""

        def __init__(self, box: QuestionBox, value: str) -> None:
            super().__init__()
            self.box = box
            self.value = value

        @property
        def control(self) -> QuestionBox:
            return self.box

    class Tabbed(Message):
        """Tab with no completion to accept: the app moves focus to the latest follow-ups."""

    class Scroll(Message):
        def __init__(self, where: str) -> None:
            super().__init__()
            self.where = where

    def __init__(self, placeholder: str = "", id: str | None = None) -> None:
        super().__init__(placeholder=placeholder, id=id, soft_wrap=True, tab_behavior="focus")
        self.asked: list[str] = []  # the questions asked, oldest first (TextArea's history is its undo)
        self.completions: list[str] = []  # questions to complete from; the first that fits is shown
        self.completion = ""  # the whole question the grey text completes, if any
        self._at: int | None = None
        self._draft = ""
        self._last_key = 0.0
        self.pending: Timer | None = None  # an Enter inside a paste, waiting to see if more text follows
        self._cut_said = False

    def remember(self, text: str) -> bool:
        """Add a question to the history; False if it repeats the last one."""
        self._at = None
        self._cut_said = False
        if self.asked and self.asked[-1] == text:
            return False
        self.asked.append(text)
        return True

    def show_text(self, text: str) -> None:
        self.text = text
        self.move_cursor(self.document.end)

    def action_up_or_history(self, step: int) -> None:
        """Up and Down move between rows; from the first row (or the last), the history."""
        edge = (self.navigator.is_first_wrapped_line if step < 0 else self.navigator.is_last_wrapped_line)
        if not edge(self.cursor_location):
            (self.action_cursor_up if step < 0 else self.action_cursor_down)()
        elif self.asked and (self._at is not None or step < 0):
            if self._at is None:
                self._draft, self._at = self.text, len(self.asked)
            self._at = max(0, self._at + step)
            if self._at >= len(self.asked):
                self._at = None
                self.show_text(self._draft)
            else:
                self.show_text(self.asked[self._at])

    def update_suggestion(self) -> None:
        """The first known question that the text so far begins (in any case), shown grey
        after the cursor when it is at the end of a one-line text."""
        text, self.completion, self.suggestion = self.text, "", ""
        if not text or "\n" in text or not self.cursor_at_end_of_text or not self.selection.is_empty:
            return
        folded = text.casefold()
        for question in self.completions:
            if len(question) > len(text) and question.casefold().startswith(folded):
                self.completion, self.suggestion = question, question[len(text):]
                return

    def action_tab(self) -> None:
        if self.completion:
            self.show_text(self.completion)
        else:
            self.post_message(self.Tabbed())

    def action_scroll_conversation(self, where: str) -> None:
        self.post_message(self.Scroll(where))

    def action_home_or_top(self) -> None:
        """Home scrolls the conversation from an empty box, else moves the cursor."""
        if self.text:
            self.action_cursor_line_start()
        else:
            self.action_scroll_conversation("home")

    def action_end_or_bottom(self) -> None:
        if self.text:
            self.action_cursor_line_end()
        else:
            self.action_scroll_conversation("end")

    def add_text(self, text: str) -> None:
        """Insert text, cut where the question would pass the limit the bot reads."""
        room = MAX_QUESTION_CHARS - len(self.text) + len(self.selected_text)
        if len(text) > room:
            text = text[: max(0, room)]
            if not self._cut_said:
                self._cut_said = True
                self.notify(f"Cut to {MAX_QUESTION_CHARS} characters, the longest question careerbot reads.",
                            severity="warning", markup=False)
        if self.pending is not None:
            self.pending.stop()
            self.pending = None
        if text:
            self.replace(text, *self.selection, maintain_selection_offset=False)

    async def _on_key(self, event: events.Key) -> None:
        gap, self._last_key = event.time - self._last_key, event.time
        if event.key == "enter":
            event.stop()
            event.prevent_default()
            if self.pending is not None or gap < BURST_GAP:
                # Inside a paste that came as keys: a new line, and the question is sent
                # only if no more text follows.
                self.add_text("\n")
                self.pending = self.set_timer(PASTE_SETTLE, self._send_paste)
            else:
                self.action_submit()
        elif event.key in NEW_LINE_KEYS or (event.is_printable and event.character is not None):
            # Text is taken here, not by a binding: a binding runs only once the key has
            # bubbled up to the app, after the keys that followed it in a burst.
            self._restart_blink()
            event.stop()
            event.prevent_default()
            self.add_text("\n" if event.key in NEW_LINE_KEYS else event.character or "")
        else:
            self._last_key = 0.0  # only text keys make a burst
            await super()._on_key(event)

    async def _send_paste(self) -> None:
        self.pending = None
        self.action_submit()

    def action_submit(self) -> None:
        """Send the question and empty the box at once, not when the app gets to the
        message: keys that follow in a burst go into the empty box, not the old text."""
        question = " ".join(line.strip() for line in self.text.splitlines() if line.strip())
        self.text = ""
        self.post_message(self.Submitted(self, question))

    async def _on_paste(self, event: events.Paste) -> None:
        """A bracketed paste: its lines kept (without blank ones), to be sent as one question."""
        event.stop()
        event.prevent_default()
        self.add_text("\n".join(line.strip() for line in event.text.splitlines() if line.strip()))


class NewBelow(Static):
    """Shown over the bottom of the conversation when an answer arrives out of view."""

    class Clicked(Message):
        pass

    def on_click(self) -> None:
        self.post_message(self.Clicked())


class UserMessage(Static):
    def __init__(self, question: str) -> None:
        super().__init__(Content(question))
        self.question = question


class Suggestion(Static, can_focus=True):
    """A question the bot can answer: Enter or a click asks it."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "pick", "Ask this", show=False)]

    class Picked(Message):
        def __init__(self, question: str) -> None:
            super().__init__()
            self.question = question

    def __init__(self, question: str) -> None:
        super().__init__(Content(f"→ {question}"))
        self.question = question

    def action_pick(self) -> None:
        self.post_message(self.Picked(self.question))

    def on_click(self) -> None:
        self.action_pick()


def short_label(label: str, width: int, short: Mapping[str, str] | None = None) -> str:
    """A label that fits: said in the pack's short words first ('Machine Learning' as 'ML'),
    then cut with an ellipsis."""
    if len(label) > width:
        for long, brief in (short or {}).items():
            label = label.replace(long, brief)
    return label if len(label) <= width else label[: max(0, width - 1)] + "…"


def chart_lines(figures: list[Figure], width: int = CHART_WIDTH, room: int | None = None,
                short: Mapping[str, str] | None = None) -> list[str]:
    """Horizontal bars, one per figure: solid up to the amount (or a range's low end),
    shaded on to a range's high end. Given the room it has (in cells), the labels are
    shortened and the bars narrowed so that no line wraps; the values are never cut."""
    top = max((f.high or f.low) for f in figures)
    values = [dollars(f.low) + (f" – {dollars(f.high)}" if f.high else "") for f in figures]
    value_width = max(len(v) for v in values)
    spare = (room or 10_000) - value_width - 2  # the two spaces around the bar
    labels = [short_label(f.label, min(CHART_LABEL_WIDTH, max(8, spare - 16)), short) for f in figures]  # labels first
    label_width = max(len(label) for label in labels)
    if room is not None:
        width = max(4, min(width, spare - label_width))
    lines = []
    for figure, label, value in zip(figures, labels, values, strict=True):
        solid = round(figure.low / top * width)
        shaded = round((figure.high or figure.low) / top * width) - solid
        lines.append(f"{label:<{label_width}} {'█' * solid}{'▒' * shaded}{' ' * (width - solid - shaded)} {value}")
    return lines


class SalaryChart(Static):
    """The chart, drawn for the width it is given."""

    def __init__(self, figures: list[Figure], short: Mapping[str, str] | None = None) -> None:
        super().__init__()
        self.figures = figures
        self.short = short

    def render(self) -> Content:
        room = self.content_size.width or None
        return Content("\n".join(chart_lines(self.figures, room=room, short=self.short)))


def sources_title(sources: list[Source]) -> str:
    places = dict.fromkeys(s.place for s in sources)
    return "Sources: " + " · ".join(places)


class Labels(NamedTuple):
    """The pack's words for the chat: each intent's label ("Salary"), and the short words
    its charts' labels may use."""

    topics: Mapping[str, str] = {}
    short: Mapping[str, str] = {}


def meta_line(answer: Answer, labels: Labels | None = None) -> str:
    """'Salary · from 2 sources': the topic and how many passages back the answer."""
    topics = labels.topics if labels else {}
    topic = topics.get(answer.intent) or answer.intent.replace("_", " ").capitalize()
    count = len(answer.sources)
    backing = "no sources" if not count else f"from {count} source{'s' if count > 1 else ''}"
    return f"{topic} · {backing}"


def plain_answer(answer: Answer) -> str:
    """An answer with its sources under it, as the [n] in its text refer to them."""
    lines = [answer.text]
    if answer.sources:
        lines += ["", "Sources:"] + [f"[{n}] {s.place}: “{s.text}”" for n, s in enumerate(answer.sources, 1)]
    return "\n".join(lines)


class BotMessage(Vertical):
    """One reply: "thinking" until the answer comes, then its text, chart, sources,
    what it is about, and the follow-up questions to pick."""

    def __init__(self, labels: Labels | None = None) -> None:
        super().__init__()
        self.answer: Answer | None = None
        self.labels = labels or Labels()

    def compose(self) -> ComposeResult:
        yield Label(Content("Thinking…"), classes="thinking")

    async def show(self, answer: Answer) -> None:
        self.answer = answer
        await self.remove_children()
        widgets: list[Static | Markdown | Collapsible | Vertical] = [Markdown(answer.text, open_links=False)]
        if answer.figures:
            widgets.append(SalaryChart(answer.figures, self.labels.short))
        if answer.sources:
            quotes = "\n".join(f"[{n}] {s.place}\n    “{s.text}”"
                                for n, s in enumerate(answer.sources, 1))
            widgets.append(Collapsible(Static(Content(quotes), classes="quotes"),
                                       title=escape(sources_title(answer.sources)), classes="sources"))
        widgets.append(Label(Content(meta_line(answer, self.labels)), classes="meta"))
        if answer.suggestions:
            widgets.append(Vertical(*(Suggestion(s) for s in answer.suggestions), classes="suggestions"))
        await self.mount_all(widgets)

    async def show_error(self, problem: str) -> None:
        await self.remove_children()
        await self.mount(Label(Content(f"Sorry, I could not answer that: {problem}"), classes="error"))


class WelcomeMessage(Vertical):
    """The pack's welcome (its {articles}: the list of their titles), and its example questions."""

    def __init__(self, welcome: str, titles: list[str], examples: list[str]) -> None:
        super().__init__()
        self.welcome = welcome
        self.titles = titles
        self.examples = examples

    def compose(self) -> ComposeResult:
        articles = "\n".join(f"- {markdown_text(title)}" for title in self.titles)
        yield Markdown(self.welcome.replace("{articles}", articles), open_links=False)
        yield Vertical(*(Suggestion(q) for q in self.examples), classes="suggestions")


class HelpScreen(ModalScreen[None]):
    """The keys, under the pack's name and what it answers about ({name}, {subject} in help.md)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,f1,q", "dismiss", "Close help")]

    def __init__(self, info: PackInfo | None = None) -> None:
        super().__init__()
        self.info = info or PackInfo()

    def compose(self) -> ComposeResult:
        text = resources.files("careerbot.tui").joinpath("help.md").read_text(encoding="utf-8")
        text = text.replace("{name}", markdown_text(self.info.name or "careerbot")).replace(
            "{subject}", markdown_text(self.info.subject or "what the articles cover"))
        with VerticalScroll(id="help"):
            yield Markdown(text, open_links=False)

    @on(Markdown.LinkClicked)
    def ignore_links(self, event: Markdown.LinkClicked) -> None:
        event.stop()


def past_line(past: PastConversation, this_pack: str = "") -> str:
    """'2026-12-02 14:05 · 3 questions · How much does a data analyst earn?', with the pack's
    name if it was another pack's: the question last, where a narrow window cuts it."""
    saved = past.conversation
    count = len(saved.turns)
    pack = f" · {saved.pack}" if saved.pack and saved.pack != this_pack else ""
    when = saved.started.astimezone().strftime("%Y-%m-%d %H:%M")
    return f"{when} · {count} question{'s' if count > 1 else ''}{pack} · {past.first_question}"


class PastScreen(ModalScreen[PastConversation | None]):
    """The conversations kept, latest first: Enter reopens one to read and continue."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,ctrl+o", "dismiss", "Close")]

    def __init__(self, past: list[PastConversation], current: Path | None = None, pack: str = "") -> None:
        super().__init__()
        self.past = past
        self.current = current
        self.pack = pack

    def compose(self) -> ComposeResult:
        with Vertical(id="past"):
            yield Label(Content("Past conversations · Enter reopens one · Escape closes"), classes="title")
            if self.past:
                yield OptionList(*(Option(Content(("(this one) " if p.path == self.current else "")
                                                  + past_line(p, self.pack)))
                                   for p in self.past))
            else:
                yield Label(Content("None yet: every conversation is kept here as it goes."), classes="empty")

    @on(OptionList.OptionSelected)
    def chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.past[event.option_index])
