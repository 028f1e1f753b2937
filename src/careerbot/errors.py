"""The one error careerbot raises for files it cannot use: it names the file and the fault."""

from __future__ import annotations

from pathlib import Path


class DataFileError(ValueError):
    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{path}: {problem}")
