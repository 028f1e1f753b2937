"""The real `careerbot` command in a real terminal: tmux runs it at 120x40, 80x24 and 60x20,
types, pastes and reads the screen. Each run ends with Ctrl+Q and checks that the command
exited 0 with no traceback. Data and cache folders are temporary: never the user's own."""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin

from careerbot import MAX_QUESTION_CHARS, CareerBot

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")

CAREERBOT = Path(sys.executable).with_name("careerbot")  # the installed command, not python -m
EXITED = "careerbot-exit="
SCROLLBAR = " ▁▂▃▄▅▆▇█"  # a scrollbar's thumb, at the end of a line


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], check=True, capture_output=True, text=True).stdout


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One index cache for the module's runs: only the first start builds it."""
    return tmp_path_factory.mktemp("cache")


class Terminal:
    """One careerbot in a tmux window of a given size."""

    def __init__(self, size: tuple[int, int], data: Path, cache: Path, cwd: Path, args: tuple[str, ...] = ()) -> None:
        self.session = f"careerbot-test-{uuid.uuid4().hex[:8]}"
        columns, lines = size
        tmux("new-session", "-d", "-s", self.session, "-x", str(columns), "-y", str(lines), "-c", str(cwd),
             "-e", "TERM=xterm-256color", "-e", f"CAREERBOT_DATA_DIR={data}", "-e", f"CAREERBOT_CACHE_DIR={cache}",
             # pytest exports COLUMNS=80 and LINES=24, which Textual would take over the window's size.
             f"env -u COLUMNS -u LINES {CAREERBOT} {shlex.join(args)}; echo {EXITED}$?; sleep 60")

    def screen(self) -> str:
        return tmux("capture-pane", "-t", self.session, "-p")

    def wait_for(self, text: str, seconds: float = 30) -> str:
        deadline = time.monotonic() + seconds
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.05)
        raise AssertionError(f"{text!r} never appeared; the screen was:\n{screen}")

    def wait_until_gone(self, text: str, seconds: float = 10) -> str:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            screen = self.screen()
            if text not in screen:
                return screen
            time.sleep(0.05)
        raise AssertionError(f"{text!r} stayed; the screen was:\n{self.screen()}")

    def wait_for_question(self, text: str, seconds: float = 10) -> None:
        """Until the question box holds exactly this text."""
        deadline = time.monotonic() + seconds
        while question_line(self.screen()) != text:
            if time.monotonic() > deadline:
                raise AssertionError(f"the question box never held {text!r}; the screen was:\n{self.screen()}")
            time.sleep(0.05)

    def wait_for_end(self, seconds: float = 10) -> None:
        """Until the view is at the end: the last answer's follow-ups just above the input."""
        deadline = time.monotonic() + seconds
        while "█ → " not in self.screen().splitlines()[-5]:
            if time.monotonic() > deadline:
                raise AssertionError(f"the view never reached the end; the screen was:\n{self.screen()}")
            time.sleep(0.05)

    def type(self, text: str) -> None:
        tmux("send-keys", "-t", self.session, "-l", text)

    def press(self, *keys: str) -> None:
        tmux("send-keys", "-t", self.session, *keys)

    def send_bytes(self, data: bytes) -> None:
        """Bytes as a terminal would send them, whatever tmux itself can encode."""
        tmux("send-keys", "-t", self.session, "-H", *(f"{byte:02x}" for byte in data))

    def paste(self, text: str) -> None:
        """A bracketed paste, as a terminal sends one when the app has asked for it."""
        tmux("set-buffer", "-b", self.session, text)
        tmux("paste-buffer", "-p", "-d", "-b", self.session, "-t", self.session)

    def ask(self, question: str, shows: str) -> str:
        self.type(question)
        time.sleep(0.05)  # typed, then Enter: not one burst of pasted keys
        self.press("Enter")
        return self.wait_for(shows)

    def quit(self) -> None:
        """Ctrl+Q: the command ends at once, with exit code 0 and no traceback."""
        self.press("C-q")
        screen = self.wait_for(EXITED, seconds=5)
        assert f"{EXITED}0" in screen and "Traceback" not in screen, screen

    def close(self) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.session], capture_output=True)


@pytest.fixture
def terminal(tmp_path: Path, cache: Path) -> Iterator[Terminal]:
    """Started on demand with term(size); every window is closed at the end."""
    opened: list[Terminal] = []

    def term(size: tuple[int, int], *args: str) -> Terminal:
        opened.append(Terminal(size, tmp_path / "data", cache, tmp_path, args))
        return opened[-1]

    yield term  # type: ignore[misc]
    for t in opened:
        t.close()


def question_line(screen: str) -> str:
    """The text in the question box: its rows between the ▔ and ▁ borders, one a line."""
    lines = screen.splitlines()
    top = max(i for i, line in enumerate(lines) if "▔▔▔" in line)
    bottom = next(i for i in range(top + 1, len(lines)) if "▁▁▁" in lines[i])
    return "\n".join(line.strip(" ▊▎") for line in lines[top + 1:bottom])


@pytest.mark.parametrize("size", [(120, 40), (80, 24), (60, 20)])
def test_chat_answers_fits_and_keeps_keys_typed_at_start(terminal, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    chat = terminal(size)
    chat.type("what are salaries")  # at once, while it starts
    screen = chat.wait_for("Try one of these")
    chat.wait_for_question("what are salaries")
    chat.type(" by experience level?")
    time.sleep(0.05)
    chat.press("Enter")
    chat.wait_for("Salary · from")
    time.sleep(1.5)  # scrolled to the end
    screen = chat.screen()
    # The chart: ten bars, each with its whole value on its line; none wrapped.
    bars = [line.rstrip(SCROLLBAR) for line in screen.splitlines() if "██" in line]
    assert len(bars) >= 9, screen  # at 60x20 the first bar is above the view
    assert all(re.search(r"█+▒* +\$[\d,]+( – \$[\d,]+)?$", bar) for bar in bars), screen
    assert bars[-1].endswith("$170,000 – $220,000")
    [sources] = [line for line in screen.splitlines() if "▶ Sources:" in line]
    assert sources.rstrip(SCROLLBAR).endswith("…"), sources
    assert "f1 Help" in screen.rstrip().splitlines()[-1]  # the footer
    assert "confidence" not in screen
    chat.quit()


def test_tab_paging_and_the_new_answer_marker(terminal) -> None:  # type: ignore[no-untyped-def]
    chat = terminal((80, 24))
    chat.wait_for("Try one of these")
    chat.type("how much does a data sc")
    time.sleep(0.3)  # the completion is looked up
    chat.press("Tab")
    chat.wait_for_question("How much does a data scientist earn?")
    chat.press("Enter")
    lines = chat.wait_for("→ What skills does a Data Scientist need?").splitlines()
    meta = next(i for i, line in enumerate(lines) if "Salary · from" in line)
    assert "→ What skills does a Data Scientist need?" in lines[meta + 1]  # the answer's first follow-up
    chat.press("Tab")  # nothing to complete: to the answer's first follow-up
    time.sleep(0.1)
    chat.type("x")  # typing there is not lost: it goes on in the input
    chat.wait_for_question("x")
    chat.press("BSpace", "Tab")
    time.sleep(0.1)
    chat.press("Enter")  # asks the focused follow-up
    chat.wait_for("Skills · from")

    chat.wait_for("→ What does a Data Scientist do?")  # the follow-up's answer, whole
    chat.press("Home")  # from the empty input: the top of the conversation
    chat.wait_for("Hi! I'm careerbot.")
    chat.press("PageDown")
    chat.wait_until_gone("Hi! I'm careerbot.")
    chat.press("End")
    chat.wait_for_end()

    # Questions sent in a row, then Home: their answers, one at a time, arrive while the view
    # is at the top. (Left between a question and its Enter: not one pasted text.) Home is
    # pressed until it holds: each question asked scrolls to the end once it is shown.
    keys = []
    for role in ("data analyst", "data engineer", "BI developer", "ML engineer", "data scientist") * 8:
        keys += [f"What skills does a {role} need?", "Left", "Enter"]
    chat.press(*keys)
    deadline = time.monotonic() + 10
    while "Hi! I'm careerbot." not in chat.screen() and time.monotonic() < deadline:
        chat.press("Home")
        time.sleep(0.1)
    chat.wait_for("↓ A new answer below")
    assert "↓ A new answer below" in chat.wait_for("Hi! I'm careerbot.")  # still shown at the top
    chat.press("C-End")
    chat.wait_until_gone("↓ A new answer below")
    chat.wait_until_gone("Thinking…", seconds=30)  # the view follows the answers still coming
    chat.wait_for_end()
    chat.quit()


def test_pastes_are_one_question(terminal) -> None:  # type: ignore[no-untyped-def]
    chat = terminal((80, 24))
    chat.wait_for("Try one of these")
    chat.paste("How much does a\ndata analyst\nearn?")  # bracketed: its lines kept, to be sent
    chat.wait_for_question("How much does a\ndata analyst\nearn?")
    chat.press("Enter")
    chat.wait_for("█ How much does a data analyst earn?")  # one question
    chat.wait_for("$117,260")
    # Unbracketed: the lines come as a burst of keys, newlines and all; one question.
    chat.type("How much does a data\nscientist\rearn?\r")
    screen = chat.wait_for("$119,413")
    assert "█ How much does a data scientist earn?" in screen and "█ earn?" not in screen
    chat.paste("How much does a data scientist earn? " + "x" * (MAX_QUESTION_CHARS + 500))
    screen = chat.wait_for(f"Cut to {MAX_QUESTION_CHARS} characters")
    chat.press("C-u")
    chat.quit()


def test_a_question_of_several_lines(terminal) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+J starts a new line, and so does Shift+Enter as a terminal speaking the kitty
    keyboard protocol sends it (tmux 3.3 itself sends Shift+Enter as Enter); the box grows;
    Enter sends the lines as one question and the box is one row again."""
    chat = terminal((60, 20))
    chat.wait_for("Try one of these")
    chat.type("How much does a")
    chat.press("C-j")
    chat.type("data analyst")
    chat.send_bytes(b"\x1b[13;2u")  # Shift+Enter, kitty's encoding
    chat.type("earn?")
    chat.wait_for_question("How much does a\ndata analyst\nearn?")
    time.sleep(0.05)
    chat.press("Enter")
    chat.wait_for("█ How much does a data analyst earn?")  # one question, its lines joined
    chat.wait_for("$117,260")
    chat.wait_for_question("Ask about machine-learning careers… (F1 for help)")  # empty: the placeholder, one row
    chat.quit()


def test_save_and_restart_keep_the_conversation_and_history(terminal, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    chat = terminal((120, 40))
    chat.wait_for("Try one of these")
    question = "How do I get started in *machine learning* <b>now</b>?"
    expected = CareerBot().ask(question)  # the same articles, in this process: what the file must hold
    steps = len(re.findall(r"^\d+\. ", expected.text, flags=re.M))
    assert steps >= 2 and len(expected.sources) >= 2  # numbered steps, then sources: the case in point
    chat.ask(question, f"Getting started · from {len(expected.sources)} sources")
    chat.press("C-s")
    chat.wait_for("Saved the conversation to")
    chat.press("C-t")  # the light theme, kept for the next run
    time.sleep(0.3)
    chat.quit()

    [saved] = (tmp_path / "data" / "transcripts").glob("careerbot-*.md")
    assert not list(tmp_path.glob("*.md"))  # nothing in the current directory
    tokens = MarkdownIt("commonmark").use(footnote_plugin).parse(saved.read_text(encoding="utf-8"))
    assert len([t for t in tokens if t.type == "ordered_list_open"]) == 1
    assert len([t for t in tokens if t.type == "list_item_open"]) == steps  # the steps, not the sources too
    assert len([t for t in tokens if t.type == "footnote_open"]) == len(expected.sources)
    you = next(t for t in tokens if t.type == "inline" and t.content.startswith("**You:**"))
    assert not [c for c in you.children or [] if c.type.startswith(("em_", "html"))]
    assert json.loads((tmp_path / "data" / "settings.json").read_text())["theme"] == "textual-light"

    again = terminal((60, 20))
    again.wait_for("Try one of these")
    again.press("Up")
    screen = again.wait_for("▊ How do I get started in *machine learning*")  # the question box, at 60 columns:
    assert "▊ <b>now</b>?" in screen  # wrapped onto a second row, not cut
    again.quit()


def test_a_pack_of_ones_own_names_the_chat_and_its_examples(terminal) -> None:  # type: ignore[no-untyped-def]
    """`careerbot chat --corpus DIR` on a folder of articles alone: the title, welcome,
    example questions and placeholder are the folder's, and nothing of the embedded pack shows."""
    lighthouse = Path(__file__).parent / "fixtures" / "lighthouse"
    chat = terminal((100, 36), "chat", "--corpus", str(lighthouse))
    screen = chat.wait_for("Try one of these")
    assert screen.splitlines()[0].count("Lighthouse") == 1  # the header's title
    assert "Hi! I'm Lighthouse." in screen and "I answer questions about lighthouse" in screen
    assert "Tending the Lamp" in screen and "Oil and supplies" in screen  # the articles
    assert "→ What do the articles say about “Trimming the wick”?" in screen
    assert "Ask about lighthouse" in question_line(screen) or "Ask about lighthouse" in screen
    chat.ask("How often should I trim the wick?", "every four hours")
    screen = chat.wait_for("From the articles · from")
    assert not re.search(r"machine|learning|career|salar|data scientist", screen, re.IGNORECASE), screen
    chat.quit()


def test_an_added_folder_is_answered_in_the_chat(terminal) -> None:  # type: ignore[no-untyped-def]
    """`careerbot chat --add DIR`: the embedded pack's chat, answering from the added articles too."""
    office = Path(__file__).parent / "fixtures" / "career_office"
    chat = terminal((100, 36), "chat", "--add", str(office))
    screen = chat.wait_for("Try one of these")
    assert "Hi! I'm careerbot." in screen and "Northfield Polytechnic Graduate Outcomes" in screen
    chat.ask("When is the Northfield career fair?", "held each October")
    chat.quit()


def test_restart_lists_the_past_conversation_and_reopens_it(terminal, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Quit, start again, Ctrl+O: the first run's conversation is listed and Enter reopens
    it; a follow-up goes on with it. A stray file in the folder is named, not a crash."""
    chat = terminal((80, 24))
    chat.wait_for("Try one of these")
    chat.ask("How much does a data scientist earn?", "$119,413")
    chat.quit()
    (tmp_path / "data" / "conversations" / "notes.json").write_text("not json", encoding="utf-8")

    again = terminal((80, 24))
    again.wait_for("Try one of these")
    assert "$119,413" not in again.screen()
    again.press("C-o")
    screen = again.wait_for("Past conversations")
    # One line, the question cut with an ellipsis at 80 columns.
    assert re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d · 1 question · How much does a data scientist … ", screen), screen
    again.wait_for("notes.json: not a careerbot")  # the notice
    again.press("Enter")
    again.wait_for("reopened: ask on to continue it")
    again.wait_for("$119,413")
    again.ask("and a data analyst?", "$117,260")
    again.quit()


def test_save_dir_is_where_ctrl_s_writes(terminal, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    chat = terminal((100, 30), "chat", "--save-dir", str(tmp_path / "exports"))
    chat.wait_for("Try one of these")
    chat.ask("What does a data engineer do?", "About the role · from")
    chat.press("C-s")
    chat.wait_for("Saved the conversation to")
    chat.quit()
    [saved] = (tmp_path / "exports").glob("careerbot-*.md")
    assert "**You:** What does a data engineer do?" in saved.read_text(encoding="utf-8")
    assert not (tmp_path / "data" / "transcripts").exists()
