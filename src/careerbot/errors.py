"""The one error careerbot raises for files it cannot use, and the one warning it gives for a
file it skipped: both name the file and the fault."""

from __future__ import annotations

from pathlib import Path


class DataFileError(ValueError):
    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class DataFileWarning(UserWarning):
    """A data file (an article, an intent file) was skipped; CareerBot(strict=True) raises instead."""
