"""Read the TOML data files (intents, vocabulary, facts) into validated models.

Every failure names the file and says what is wrong in it, in pydantic's words, so a user
who edits intents/ or corpus/facts.toml by hand can fix it."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from careerbot.errors import DataFileError

Model = TypeVar("Model", bound=BaseModel)


def load_toml(path: Path, model: type[Model]) -> Model:
    import tomllib  # only when a file must be parsed: most starts read the cache

    try:
        with path.open("rb") as handle:
            raw = tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise DataFileError(path, f"is not valid TOML: {exc}") from exc
    except UnicodeDecodeError as exc:
        raise DataFileError(path, "is not UTF-8 text") from exc
    except OSError as exc:
        raise DataFileError(path, f"cannot be read ({exc.strerror})") from exc
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or '(top level)'}: {err['msg']}" for err in exc.errors()
        )
        raise DataFileError(path, f"{exc.error_count()} problem(s): {problems}") from exc
