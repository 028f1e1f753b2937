"""careerbot: answers questions about machine-learning careers from articles, with sources.

    from careerbot import CareerBot, answer
    bot = CareerBot()                          # the embedded articles
    bot.ask("How much does a data scientist earn?").text
    answer("What skills does a data engineer need?")   # one-shot, no conversation

The names below load on first use (PEP 562), so that `import careerbot` and the command
line start fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from careerbot.bot import MAX_QUESTION_CHARS, CareerBot
    from careerbot.errors import DataFileError, DataFileWarning
    from careerbot.models import Answer, Source

__all__ = ["MAX_QUESTION_CHARS", "Answer", "CareerBot", "DataFileError", "DataFileWarning", "Source", "answer",
           "default_bot"]
__version__ = "0.1.0"

_LAZY = {
    "CareerBot": "careerbot.bot", "MAX_QUESTION_CHARS": "careerbot.bot", "DataFileError": "careerbot.errors",
    "DataFileWarning": "careerbot.errors",
    "Answer": "careerbot.models", "Source": "careerbot.models",
}
_default: CareerBot | None = None


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'careerbot' has no attribute {name!r}")


def default_bot() -> CareerBot:
    """The bot on the embedded articles, built once on first use."""
    global _default
    if _default is None:
        from careerbot.bot import CareerBot

        _default = CareerBot()
    return _default


def answer(question: str) -> Answer:
    """Answer one question with no conversation around it."""
    from careerbot.bot import Context

    return default_bot().respond(question, Context())
