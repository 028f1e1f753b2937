"""careerbot: answers questions about machine-learning careers from articles, with sources.

    from careerbot import CareerBot, answer
    bot = CareerBot()                          # the embedded articles
    bot.ask("How much does a data scientist earn?").text
    answer("What skills does a data engineer need?")   # one-shot, no conversation
"""

from __future__ import annotations

from careerbot.bot import MAX_QUESTION_CHARS, CareerBot, Context
from careerbot.errors import DataFileError
from careerbot.models import Answer, Source

__all__ = ["MAX_QUESTION_CHARS", "Answer", "CareerBot", "DataFileError", "Source", "answer", "default_bot"]
__version__ = "0.1.0"

_default: CareerBot | None = None


def default_bot() -> CareerBot:
    """The bot on the embedded articles, built once on first use."""
    global _default
    if _default is None:
        _default = CareerBot()
    return _default


def answer(question: str) -> Answer:
    """Answer one question with no conversation around it."""
    return default_bot().respond(question, Context())
