"""Bounded memos for the answer path: a batch asks the same texts again and again, and what
careerbot works out of a text never changes once its parts are made.

A memo starts over once it holds its size, so memory stays flat however many distinct
questions a batch has; what it hands back is the value itself, so a caller that keeps a
list or dict to change copies it (or is given a frozen value)."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

Key = TypeVar("Key", bound=Hashable)
Value = TypeVar("Value")
Owner = TypeVar("Owner")


class Memo(Generic[Key, Value]):
    """Values worked out once per key, at most `size` kept."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._kept: dict[Key, Value] = {}

    def get(self, key: Key, work_out: Callable[[], Value]) -> Value:
        try:
            return self._kept[key]
        except KeyError:
            pass
        value = work_out()
        if len(self._kept) >= self.size:
            self._kept.clear()
        self._kept[key] = value
        return value

    def clear(self) -> None:
        self._kept.clear()


class MemoPerOwner(Generic[Owner, Key, Value]):
    """A Memo for each owner (a vocabulary, a set of cue lists), at most `owners` kept. The
    owner is held beside its memo, so that its id is never another's."""

    def __init__(self, size: int, owners: int) -> None:
        self.size, self.owners = size, owners
        self._by_owner: dict[int, tuple[Owner, Memo[Key, Value]]] = {}

    def of(self, owner: Owner) -> Memo[Key, Value]:
        entry = self._by_owner.get(id(owner))
        if entry is None or entry[0] is not owner:
            if len(self._by_owner) >= self.owners:
                self._by_owner.clear()
            entry = self._by_owner[id(owner)] = (owner, Memo(self.size))
        return entry[1]
