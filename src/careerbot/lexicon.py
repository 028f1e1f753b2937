"""Ordinary English: is a word one a person may use without it being the subject?

The articles use about two thousand words; people use many more. Without a lexicon every
other word looks like a subject the articles lack ("dream", "seem", "eight"), and a typo
fixer turns real words into corpus words ("heard" -> "hard"). The word list is
pyspellchecker's English frequency list (MIT; about 160,000 words with counts, drawn from
OpenSubtitles), shipped inside that package, so nothing is fetched. It is read on first
need and kept in careerbot's cache folder as plain text, so a later start costs a few
milliseconds, not the decompression.

Zipf frequency is log10 of a word's occurrences per billion words: 7 for "the", about 5 for
"dream" or "perhaps", about 3 for "upcoming" or "casino". Careerbot names the rarest of a
question's missing words first: they are more likely its subject.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import math
from functools import lru_cache
from importlib import resources

from careerbot import cachedir

CACHE_NAME = "lexicon-en-v2.txt"  # v2: lines sorted by word
# "doin" is "doing", but "in" and "bin" are no g-dropped words.
MIN_G_DROPPED_LETTERS = 3
LEXICON_CACHE_LIMIT = 1 << 25  # bytes: the word list is about 2 MB


class Lexicon:
    """English words and how common each is, as one text of lines "word<TAB>zipf" sorted by
    word: a lookup is a binary search over the bytes (a few dozen small steps), so loading
    costs one file read, not 160,000 Python objects."""

    def __init__(self, blob: bytes) -> None:
        self._blob = blob

    @classmethod
    def from_counts(cls, counts: dict[str, int]) -> Lexicon:
        total = sum(counts.values()) or 1
        ordered = sorted(counts.items(), key=lambda wc: wc[0].encode())  # byte order, as the search compares
        lines = (f"{w}\t{math.log10(c / total * 1e9):.1f}" for w, c in ordered if c > 0)
        return cls(("\n" + "\n".join(lines) + "\n").encode("utf-8"))

    def _line_at(self, at: int) -> tuple[int, bytes, bytes]:
        """The line that starts after the first line break at or after `at`: its start, word and zipf."""
        start = self._blob.index(b"\n", at) + 1
        end = self._blob.find(b"\n", start)
        word, _, zipf = self._blob[start:end].partition(b"\t")
        return start, word, zipf

    def __contains__(self, word: str) -> bool:
        return self.zipf(word) > 0

    def in_full(self, word: str) -> str | None:
        """The word a chat spelling drops the "g" of ("gettin", "learnin"), when it is no word
        itself and the one in full is."""
        if word.endswith("in") and len(word) > MIN_G_DROPPED_LETTERS and word not in self and word + "g" in self:
            return word + "g"
        return None

    @lru_cache(maxsize=4096)  # noqa: B019 - one lexicon lives as long as the process
    def zipf(self, word: str) -> float:
        """0 for a word that is not English (a typo, a name, a term of art)."""
        if not word or not word.isalpha():
            return 0.0
        wanted = word.encode("utf-8")
        low, high = 0, len(self._blob) - 1  # a line starts after a break in [low, high)
        while low < high:
            middle = (low + high) // 2
            start, found, zipf = self._line_at(middle)
            if start >= len(self._blob):
                high = middle
            elif found == wanted:
                return float(zipf)
            elif found < wanted:
                low = start
            else:
                high = middle
        return 0.0


def _read_package_list() -> dict[str, int]:
    data = resources.files("spellchecker").joinpath("resources", "en.json.gz").read_bytes()
    counts: dict[str, int] = {}
    for word, count in json.loads(gzip.decompress(data)).items():
        # Questions reach us with apostrophes dropped ("doesnt"), as the tokenizer reads them.
        plain = word.replace("'", "")
        if plain.isalpha():
            counts[plain] = max(counts.get(plain, 0), int(count))
    return counts


@lru_cache(maxsize=1)
def english() -> Lexicon:
    """The English lexicon, from the cache folder when it is there."""
    cached = cachedir.cache_root() / CACHE_NAME
    with contextlib.suppress(OSError, cachedir.Damaged):  # only a regular file of a sane size: never a FIFO
        blob = cachedir.read_regular(cached, LEXICON_CACHE_LIMIT)
        if blob.startswith(b"\n") and blob.endswith(b"\n"):
            return Lexicon(blob)
    lexicon = Lexicon.from_counts(_read_package_list())
    with contextlib.suppress(OSError):  # no cache costs a start, not an answer
        cachedir.write_atomically(cached, lexicon._blob)
    return lexicon
