"""Where careerbot caches what it derives from a user's files, how it names it, and how it
reads it back without trusting it.

The folder is $CAREERBOT_CACHE_DIR, else $XDG_CACHE_HOME/careerbot, else ~/.cache/careerbot.
A cache entry is named after the folder it was made from and keyed by the stamps (path,
size, modification and change time) of the files in it: an edit always gives a new key, even
one that keeps the size and puts the modification time back (the change time cannot be set).
What is read back is opened only if it is a regular file (not a link, FIFO or device), its
size is checked before it is read, and it is sealed with its key and a checksum.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import mmap
import os
import shutil
import stat
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

SEAL = b"careerbot-cache"


class Damaged(ValueError):
    """A cache file that is not what careerbot wrote: it is rebuilt, never believed."""


class Stale(ValueError):
    """A sound cache file made from other files or settings: rebuilt without a word."""


def cache_root() -> Path:
    if explicit := os.environ.get("CAREERBOT_CACHE_DIR"):
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "careerbot"


def entry(kind: str, folder: Path) -> Path:
    """The cache path for what is made from this folder: one per folder, whatever its key."""
    return cache_root() / f"{kind}-{hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:16]}"


def key(settings: Any, files: Iterable[str | Path], base: Path) -> str:
    stamps = []
    inside = f"{base}{os.sep}"
    for path in files:  # tens of thousands for a large library: one stat each, no pathlib on the way
        try:
            status = os.stat(path)
        except OSError:
            continue
        if stat.S_ISREG(status.st_mode):
            name = str(path)
            relative = name[len(inside):] if name.startswith(inside) else Path(path).relative_to(base).as_posix()
            stamps.append((relative, status.st_size, status.st_mtime_ns, status.st_ctime_ns))
    blob = json.dumps({"settings": settings, "files": stamps}, sort_keys=True, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()[:32]


def _open_regular(path: Path) -> tuple[int, os.stat_result]:
    """A regular file opened for reading, without following a link or blocking on a FIFO;
    FileNotFoundError if it is missing, Damaged (closed again) if it is anything else."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW | os.O_CLOEXEC)
    except FileNotFoundError:
        raise
    except OSError as exc:  # ELOOP: a symbolic link
        raise Damaged(f"{path.name} cannot be opened ({exc.strerror})") from exc
    status = os.fstat(fd)
    if not stat.S_ISREG(status.st_mode):
        os.close(fd)
        raise Damaged(f"{path.name} is not a regular file")
    return fd, status


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes. A missing file raises
    FileNotFoundError; a link, FIFO, device or larger file raises Damaged, unread (a link to
    /dev/zero would be read until memory ran out, a FIFO would block forever)."""
    fd, status = _open_regular(path)
    with open(fd, "rb") as handle:
        if status.st_size > limit:
            raise Damaged(f"{path.name} is larger than {limit:,} bytes")
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise Damaged(f"{path.name} is larger than {limit:,} bytes")
    return data


def file_stamp(status: os.stat_result) -> list[int]:
    """What a file's bytes cannot change without: it is the same file (device, inode), of the
    same size, and its change time, which any write or metadata change sets (and which cannot
    be set back), is the same."""
    return [status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns, status.st_ctime_ns]


def map_regular(path: Path, size: int, stamp: list[int] | None = None) -> tuple[mmap.mmap | bytes, bool]:
    """A regular file of exactly `size` bytes, mapped read-only (b"" for an empty one): its
    pages are read when touched, not now. Refused as read_regular refuses, and Damaged at
    any other size. Also whether it is still the file of `stamp` (see file_stamp): only a
    file that is not needs reading through for its checksum. The cache is only ever
    replaced by a rename, never rewritten in place, so a mapping never sees its file shrink
    under it."""
    fd, status = _open_regular(path)
    try:
        if status.st_size != size:
            raise Damaged(f"{path.name} is {status.st_size:,} bytes, not {size:,}")
        unchanged = file_stamp(status) == stamp
        if not size:
            return b"", unchanged
        # A file to check is read ahead in one go: the checksum is about to touch every page.
        flags = mmap.MAP_SHARED | (0 if unchanged else getattr(mmap, "MAP_POPULATE", 0))
        return mmap.mmap(fd, size, flags=flags, prot=mmap.PROT_READ), unchanged
    finally:
        os.close(fd)


def seal(path: Path, key: str, data: bytes) -> None:
    """Write data with a first line that names its key and checksum (see unseal)."""
    write_atomically(path, b" ".join([SEAL, key.encode(), _digest(data).encode()]) + b"\n" + data)


def unseal(path: Path, key: str, limit: int) -> bytes:
    """The data seal() wrote under `key`: FileNotFoundError if there is none, Stale if it was
    made under another key, Damaged if its checksum or anything else is wrong."""
    raw = read_regular(path, limit)
    first, _, data = raw.partition(b"\n")
    parts = first.split(b" ")
    if len(parts) != 3 or parts[0] != SEAL:
        if raw.startswith(b"{"):  # the JSON careerbot wrote before caches were sealed: no damage
            raise Stale(f"{path.name} was written by an earlier careerbot")
        raise Damaged(f"{path.name} has no seal")
    if parts[2].decode("ascii", "replace") != _digest(data):
        raise Damaged(f"{path.name} does not match its checksum")
    if parts[1].decode("ascii", "replace") != key:
        raise Stale(f"{path.name} was made from other files")
    return data


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def say_rebuilt(what: Path, problem: Damaged) -> None:
    """The one-line notice that a damaged cache is being rebuilt."""
    print(f"careerbot: the cache {what} was damaged ({problem}); rebuilding it", file=sys.stderr)


ORPHAN_AGE = 60.0  # seconds: younger temporaries may not be locked yet by the process making them


def hold(fd: int) -> None:
    """Mark a temporary file as in use for as long as this process has it open: the lock goes
    with the process, however it ends (a kill -9 too), so remove_orphans can tell."""
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def remove_orphans(folder: Path, pattern: str, lock_name: str | None = None) -> None:
    """Remove the temporaries in folder matching pattern that no process holds (see hold): what
    a process killed mid-write left. For a temporary folder, its lock is the file lock_name in it."""
    for entry in folder.glob(pattern):
        try:
            if time.time() - entry.lstat().st_mtime < ORPHAN_AGE:
                continue
            fd = os.open(entry / lock_name if lock_name and entry.is_dir() else entry,
                         os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
        except OSError:
            continue  # gone already, or not ours to open
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            continue  # held: a run in progress
        finally:
            os.close(fd)
        with contextlib.suppress(OSError):
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()


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
