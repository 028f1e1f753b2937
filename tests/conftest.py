from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from careerbot import CareerBot

# Every test, and every command a test runs, caches indexes here, never in the user's home.
os.environ["CAREERBOT_CACHE_DIR"] = tempfile.mkdtemp(prefix="careerbot-test-cache-")

FIXTURES = Path(__file__).parent / "fixtures"
EVAL = Path(__file__).parent / "eval"


@pytest.fixture(scope="session")
def shared_bot() -> CareerBot:
    """One bot on the embedded corpus for tests that reset it or ask one-shot questions."""
    return CareerBot()


@pytest.fixture
def bot(shared_bot: CareerBot) -> CareerBot:
    """The shared bot with a fresh conversation."""
    shared_bot.reset()
    return shared_bot
