"""What the chat keeps between runs: the questions asked, the theme, saved conversations.

All of it lives in one folder, $CAREERBOT_DATA_DIR, else $XDG_DATA_HOME/careerbot, else
~/.local/share/careerbot: never the current directory, where a transcript would land
wherever the chat happened to be started.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

HISTORY_KEPT = 1000  # questions remembered across runs


def data_dir() -> Path:
    if explicit := os.environ.get("CAREERBOT_DATA_DIR"):
        return Path(explicit).expanduser()
    base = os.environ.get("XDG_DATA_HOME", "")
    # The XDG spec says a relative path is to be ignored.
    root = Path(base) if os.path.isabs(base) else Path.home() / ".local" / "share"
    return root / "careerbot"


class Store:
    """The data folder; created on the first write, so that only using the chat makes it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.history_file = folder / "history.jsonl"
        self.settings_file = folder / "settings.json"

    def history(self) -> list[str]:
        """The questions asked before, oldest first; an unreadable line is skipped."""
        try:
            lines = self.history_file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            return []
        questions = []
        for line in lines[-HISTORY_KEPT:]:
            try:
                question = json.loads(line)
            except ValueError:
                continue
            if isinstance(question, str) and question:
                questions.append(question)
        return questions

    def remember(self, question: str) -> None:
        """Append one question: a line of JSON, so that any text is one line."""
        self.folder.mkdir(parents=True, exist_ok=True)
        with self.history_file.open("a", encoding="utf-8") as out:
            out.write(json.dumps(question, ensure_ascii=False) + "\n")

    def setting(self, name: str) -> str | None:
        try:
            value = json.loads(self.settings_file.read_text(encoding="utf-8")).get(name)
        except (OSError, ValueError, AttributeError):
            return None
        return value if isinstance(value, str) else None

    def set_setting(self, name: str, value: str) -> None:
        try:
            settings = json.loads(self.settings_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            settings = {}
        if not isinstance(settings, dict):
            settings = {}
        settings[name] = value
        self.folder.mkdir(parents=True, exist_ok=True)
        self.settings_file.write_text(json.dumps(settings, indent=2) + "\n", encoding="utf-8")

    def save_transcript(self, text: str) -> Path:
        """Write a new file, never over an older one: two saves in a second get -2, -3, ..."""
        folder = self.folder / "transcripts"
        folder.mkdir(parents=True, exist_ok=True)
        stem = f"careerbot-{time.strftime('%Y%m%d-%H%M%S')}"
        for n in range(1, 1000):
            path = folder / (f"{stem}.md" if n == 1 else f"{stem}-{n}.md")
            try:
                with path.open("x", encoding="utf-8") as out:
                    out.write(text)
            except FileExistsError:
                continue
            return path
        raise FileExistsError(f"too many transcripts named {stem}")
