"""What the chat keeps between runs: the questions asked, the theme, past conversations and
saved transcripts.

All of it lives in one folder, $CAREERBOT_DATA_DIR, else $XDG_DATA_HOME/careerbot, else
~/.local/share/careerbot: never the current directory, where a transcript would land
wherever the chat happened to be started. Transcripts alone may go elsewhere
(`careerbot chat --save-dir DIR`, or $CAREERBOT_SAVE_DIR).
"""

from __future__ import annotations

import json
import os
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, ValidationError

from careerbot.models import Answer

HISTORY_KEPT = 1000  # questions remembered across runs
# A conversation file larger than this is not one the chat wrote (a thousand long answers
# are about 5 MB): it is skipped, not read into memory.
MAX_CONVERSATION_BYTES = 20_000_000


def data_dir() -> Path:
    if explicit := os.environ.get("CAREERBOT_DATA_DIR"):
        return Path(explicit).expanduser()
    base = os.environ.get("XDG_DATA_HOME", "")
    # The XDG spec says a relative path is to be ignored.
    root = Path(base) if os.path.isabs(base) else Path.home() / ".local" / "share"
    return root / "careerbot"


def save_dir() -> Path | None:
    """Where Ctrl+S writes transcripts if not in the data folder: $CAREERBOT_SAVE_DIR."""
    explicit = os.environ.get("CAREERBOT_SAVE_DIR")
    return Path(explicit).expanduser() if explicit else None


class Turn(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    question: str
    answer: Answer


class SavedConversation(BaseModel):
    """One conversation as kept on disk, validated when read back: a file of another shape
    (an older careerbot's, a stray JSON file) is skipped, never half-read."""

    model_config = ConfigDict(extra="forbid")

    format: Literal["careerbot-conversation"] = "careerbot-conversation"
    version: Literal[1] = 1
    started: AwareDatetime
    pack: str = ""
    turns: list[Turn]


@dataclass(frozen=True)
class PastConversation:
    path: Path
    conversation: SavedConversation

    @property
    def first_question(self) -> str:
        return self.conversation.turns[0].question if self.conversation.turns else ""


class Store:
    """The data folder; created on the first write, so that only using the chat makes it."""

    def __init__(self, folder: Path, transcripts: Path | None = None) -> None:
        self.folder = folder
        self.history_file = folder / "history.jsonl"
        self.settings_file = folder / "settings.json"
        self.conversations = folder / "conversations"
        self.transcripts = transcripts or folder / "transcripts"

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
        folder = self.transcripts
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


    def new_conversation_path(self) -> Path:
        """A name of its own, in the order started: two chats started in one second never share a file."""
        return self.conversations / f"{time.strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:8]}.json"

    def save_conversation(self, path: Path, conversation: SavedConversation) -> None:
        """Written whole to a hidden file, then renamed over the old one: a crash mid-write
        leaves the previous version, never half a file."""
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.tmp")
        temporary.write_text(conversation.model_dump_json(indent=1) + "\n", encoding="utf-8")
        os.replace(temporary, path)

    def past_conversations(self) -> tuple[list[PastConversation], list[str]]:
        """The conversations kept, latest first, and a line for each file that is not one
        (its name and why): shown to the user, who may have put it there."""
        try:
            paths = sorted(p for p in self.conversations.iterdir() if not p.name.startswith("."))
        except OSError:  # no folder yet, or one that cannot be read: nothing to list
            return [], []
        found, skipped = [], []
        for path in paths:
            try:
                if not path.is_file():
                    raise ValueError("not a file")
                if path.stat().st_size > MAX_CONVERSATION_BYTES:
                    raise ValueError(f"larger than {MAX_CONVERSATION_BYTES:,} bytes")
                conversation = SavedConversation.model_validate_json(path.read_bytes())
            except ValidationError as exc:
                first = exc.errors()[0]
                where = ".".join(str(part) for part in first["loc"])
                said = f"{where}: {first['msg']}" if where else first["msg"]
                skipped.append(f"{path.name}: not a careerbot conversation ({said})")
                continue
            except (OSError, ValueError) as exc:
                skipped.append(f"{path.name}: {exc.strerror if isinstance(exc, OSError) else exc}")
                continue
            if conversation.turns:
                found.append(PastConversation(path, conversation))
        found.sort(key=lambda past: past.conversation.started, reverse=True)
        return found, skipped
