from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from careerbot import CareerBot

# Every test, and every command a test runs, caches indexes here, never in the user's home.
os.environ["CAREERBOT_CACHE_DIR"] = tempfile.mkdtemp(prefix="careerbot-test-cache-")

# Property tests: a fixed budget in CI; HYPOTHESIS_PROFILE=fuzz for fuzzing (bench/fuzz.py). The
# deadline is a hang detector (an answer takes milliseconds), not a speed test.
settings.register_profile("ci", max_examples=200, deadline=5000, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("fuzz", max_examples=5_000, deadline=5000,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

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
