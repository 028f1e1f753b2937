"""The real `careerbot` command in a real terminal: tmux runs it, types, and reads the screen."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import uuid

import pytest

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], check=True, capture_output=True, text=True).stdout


def alive(session: str) -> bool:
    return subprocess.run(["tmux", "has-session", "-t", session], capture_output=True).returncode == 0


def wait_for(session: str, text: str, seconds: float = 30) -> str:
    deadline = time.monotonic() + seconds
    screen = ""
    while time.monotonic() < deadline:
        screen = tmux("capture-pane", "-t", session, "-p")
        if text in screen:
            return screen
        time.sleep(0.1)
    raise AssertionError(f"{text!r} never appeared; the screen was:\n{screen}")


def test_careerbot_command_answers_in_a_terminal() -> None:
    session = f"careerbot-test-{uuid.uuid4().hex[:8]}"
    command = f"{sys.executable} -m careerbot"
    tmux("new-session", "-d", "-s", session, "-x", "100", "-y", "36", "-e", "TERM=xterm-256color", command)
    try:
        wait_for(session, "Try one of these")
        tmux("send-keys", "-t", session, "-l", "How much does a data analyst earn?")
        tmux("send-keys", "-t", session, "Enter")
        screen = wait_for(session, "$117,260")
        assert "salary · confidence" in screen
        tmux("send-keys", "-t", session, "C-q")
        deadline = time.monotonic() + 10
        while alive(session) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not alive(session)  # Ctrl+Q quit the app, which closed its tmux session
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
