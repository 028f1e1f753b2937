"""The chat's widgets. Everything a user typed, and everything the articles say, is shown as
plain Content: never parsed as Rich or Textual markup."""

from __future__ import annotations

from importlib import resources
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.markup import escape
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Collapsible, Input, Label, Markdown, Static

from careerbot.answers import dollars
from careerbot.models import Answer, Figure, Source

CHART_WIDTH = 30
CHART_LABEL_WIDTH = 32


class HistoryInput(Input):
    """An Input that remembers what was asked: Up and Down walk through it, keeping the
    draft that was being typed."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "history(-1)", "Earlier question", show=False),
        Binding("down", "history(1)", "Later question", show=False),
    ]

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.history: list[str] = []
        self._at: int | None = None
        self._draft = ""

    def remember(self, text: str) -> None:
        if not self.history or self.history[-1] != text:
            self.history.append(text)
        self._at = None

    def action_history(self, step: int) -> None:
        if not self.history:
            return
        if self._at is None:
            if step > 0:
                return
            self._draft, self._at = self.value, len(self.history)
        self._at += step
        if self._at >= len(self.history):
            self._at, self.value = None, self._draft
        else:
            self._at = max(0, self._at)
            self.value = self.history[self._at]
        self.cursor_position = len(self.value)


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


def chart_lines(figures: list[Figure], width: int = CHART_WIDTH) -> list[str]:
    """Horizontal bars, one per figure: solid up to the amount (or a range's low end),
    shaded on to a range's high end."""
    top = max((f.high or f.low) for f in figures)
    label_width = min(CHART_LABEL_WIDTH, max(len(f.label) for f in figures))
    lines = []
    for figure in figures:
        label = figure.label if len(figure.label) <= label_width else figure.label[: label_width - 1] + "…"
        solid = round(figure.low / top * width)
        shaded = round((figure.high or figure.low) / top * width) - solid
        value = dollars(figure.low) + (f" – {dollars(figure.high)}" if figure.high else "")
        lines.append(f"{label:<{label_width}} {'█' * solid}{'▒' * shaded}{' ' * (width - solid - shaded)} {value}")
    return lines


class SalaryChart(Static):
    def __init__(self, figures: list[Figure]) -> None:
        super().__init__(Content("\n".join(chart_lines(figures))))
        self.figures = figures


def sources_title(sources: list[Source]) -> str:
    places = dict.fromkeys(s.place for s in sources)
    return "Sources: " + " · ".join(places)


class BotMessage(Vertical):
    """One reply: "thinking" until the answer comes, then its text, chart, sources,
    intent and confidence, and the follow-up questions to pick."""

    def __init__(self) -> None:
        super().__init__()
        self.answer: Answer | None = None

    def compose(self) -> ComposeResult:
        yield Label(Content("Thinking…"), classes="thinking")

    async def show(self, answer: Answer) -> None:
        self.answer = answer
        await self.remove_children()
        widgets: list[Static | Markdown | Collapsible | Vertical] = [Markdown(answer.text, open_links=False)]
        if answer.figures:
            widgets.append(SalaryChart(answer.figures))
        if answer.sources:
            quotes = "\n".join(f"[{n}] {s.place}\n    “{s.text}”"
                                for n, s in enumerate(answer.sources, 1))
            widgets.append(Collapsible(Static(Content(quotes), classes="quotes"),
                                       title=escape(sources_title(answer.sources)), classes="sources"))
        widgets.append(Label(Content(f"{answer.intent} · confidence {answer.confidence:.2f}"), classes="meta"))
        if answer.suggestions:
            widgets.append(Vertical(*(Suggestion(s) for s in answer.suggestions), classes="suggestions"))
        await self.mount_all(widgets)

    async def show_error(self, problem: str) -> None:
        await self.remove_children()
        await self.mount(Label(Content(f"Sorry, I could not answer that: {problem}"), classes="error"))


class WelcomeMessage(Vertical):
    def __init__(self, titles: list[str], examples: list[str]) -> None:
        super().__init__()
        self.titles = titles
        self.examples = examples

    def compose(self) -> ComposeResult:
        articles = "\n".join(f"- {title}" for title in self.titles)
        yield Markdown(
            "**Hi! I'm careerbot.** I answer questions about machine-learning careers from the articles I "
            "have read, and cite them: roles and what they do, salaries, skills, how to get started, degrees, "
            f"industries, challenges and the outlook.\n\nThe articles:\n\n{articles}\n\nTry one of these, "
            "or type your own (F1 for help):",
            open_links=False,
        )
        yield Vertical(*(Suggestion(q) for q in self.examples), classes="suggestions")


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,f1,q", "dismiss", "Close help")]

    def compose(self) -> ComposeResult:
        text = resources.files("careerbot.tui").joinpath("help.md").read_text(encoding="utf-8")
        with VerticalScroll(id="help"):
            yield Markdown(text, open_links=False)

    @on(Markdown.LinkClicked)
    def ignore_links(self, event: Markdown.LinkClicked) -> None:
        event.stop()
