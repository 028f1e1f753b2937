"""Where careerbot caches what it derives from a user's files, and how it names it.

The folder is $CAREERBOT_CACHE_DIR, else $XDG_CACHE_HOME/careerbot, else ~/.cache/careerbot.
A cache entry is named after the folder it was made from and keyed by the stamps (path,
size, modification time) of the files in it: a changed file gives a new key.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any


def cache_root() -> Path:
    if explicit := os.environ.get("CAREERBOT_CACHE_DIR"):
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "careerbot"


def entry(kind: str, folder: Path) -> Path:
    """The cache path for what is made from this folder: one per folder, whatever its key."""
    return cache_root() / f"{kind}-{hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:16]}"


def key(settings: Any, files: Iterable[Path], base: Path) -> str:
    stamps = []
    for path in files:
        if path.is_file():
            stat = path.stat()
            stamps.append((path.relative_to(base).as_posix(), stat.st_size, stat.st_mtime_ns))
    blob = json.dumps({"settings": settings, "files": stamps}, sort_keys=True, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()[:32]


def write_atomically(path: Path, data: bytes) -> None:
    """Whole or not at all: a reader never sees half a file, two writers never mix."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
