"""The index of a library built in bulk: each passage read once, each distinct word stemmed
once, and the impact lists made by sorting arrays instead of appending to a list per term.

Reading a passage is the only step done word by word in Python: its words are looked up in
a dict that gives each new word the next id. Everything after works on those ids with numpy:
word ids become stems, stopwords drop out, and (term, passage) pairs are sorted and counted
into the flat arrays of retrieval.Postings. The terms are the ones Analyzer.index_terms gives
(tests/test_indexing.py proves it, and that the postings equal Postings.build's):

- a passage's terms are the stems of the words of f"{section} {text}"; text.word_parts splits
  words() in two so that the section's words are read once per section, not once per passage;
- the phrase table ("ml" -> "machine learning") rewrites only passages that hold a one-word
  phrase or the first two stems of a longer one side by side: numpy finds those few, and
  Analyzer.canonicalize reads them as it reads a question; a one-word phrase for one other
  word that no longer phrase holds ("sector" -> "industry") is replaced in place, and one
  that stands for itself ("skill") is no phrase to look for;
- the word counts the spelling corrector learns are those of the passages' texts and of
  each distinct section, in the order a Counter fed them in turn would hold them.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from careerbot.models import Chunk
from careerbot.text import Analyzer, stem, word_parts

# Which of a passage's four runs of words are its text (counted for spelling), which its
# section's: the words of f"{section} {text}" come as the section's plain words, the text's,
# then the section's hyphen-joined words ("ecommerce") and the text's.
RUNS = (False, True, False, True)


class _Ids(dict[str, int]):
    """Each new key gets the next id; a plain dict look-up for the rest."""

    def __missing__(self, key: str) -> int:
        self[key] = number = len(self)
        return number


@dataclass
class Reading:
    """Many passages' words as ids, flat, in the order words() gives them."""

    words: list[str]  # by id, in order of first appearance
    ids: np.ndarray  # the word ids of every passage, one after another
    runs: np.ndarray  # per passage, the lengths of its four runs (see RUNS)
    sections: dict[str, int]  # section -> how many passages are under it, in order of first use

    @classmethod
    def joined(cls, parts: list[Reading]) -> Reading:
        """The reading of these parts' passages one after another, as one Reader would make it:
        a word's id is its place among the words in order of first appearance."""
        ids = _Ids()
        sections: dict[str, int] = {}
        flat = []
        for part in parts:
            renumbered = np.array([ids[w] for w in part.words], dtype=np.int32)
            flat.append(renumbered[part.ids] if len(part.ids) else part.ids)
            for section, count in part.sections.items():
                sections[section] = sections.get(section, 0) + count
        return cls(list(ids), np.concatenate(flat), np.concatenate([p.runs for p in parts]), sections)


class Reader:
    """Reads passages one at a time (so they need not all be held), for `finish` to index."""

    def __init__(self) -> None:
        self._ids = _Ids()
        self._flat = array("i")  # 4 bytes a word: a million passages hold some 40 million
        self._runs: list[int] = []
        self._section_words: dict[str, tuple[list[str], list[str]]] = {}
        self._sections: dict[str, int] = {}

    def add(self, section_name: str, text: str) -> None:
        """One passage: its section and its text (its sentences joined by spaces or newlines,
        which words() reads alike)."""
        section = self._section_words.get(section_name)
        if section is None:
            section = self._section_words[section_name] = word_parts(section_name)
        self._sections[section_name] = self._sections.get(section_name, 0) + 1
        plain, joined = word_parts(text)
        self._flat.extend(map(self._ids.__getitem__, [*section[0], *plain, *section[1], *joined]))
        self._runs += (len(section[0]), len(plain), len(section[1]), len(joined))

    def reading(self) -> Reading:
        runs = np.array(self._runs, dtype=np.int64).reshape(-1, 4)
        return Reading(list(self._ids), np.frombuffer(self._flat, dtype=np.int32), runs, self._sections)


@dataclass
class Built:
    """What retrieval.Postings is made of, and the word counts."""

    terms: list[str]  # sorted
    idf: np.ndarray
    starts: np.ndarray
    ids: np.ndarray
    weights: np.ndarray
    word_counts: dict[str, int]


def index(reading: Reading, analyzer: Analyzer, k1: float, b: float) -> Built:
    passages = len(reading.runs)
    lengths = reading.runs.sum(axis=1)
    passage_of = np.repeat(np.arange(passages, dtype=np.int64), lengths)
    stems = _Ids()
    word_stem = np.array([stems[stem(w)] for w in reading.words], dtype=np.int32)
    stem_ids = word_stem[reading.ids] if len(reading.ids) else np.zeros(0, dtype=np.int32)
    rewritten = _with_phrases(stem_ids, passage_of, stems, analyzer)
    # The passages the phrase table rewrites are read again the reference way.
    extra_terms, extra_passages = array("i"), array("q")
    stem_names = np.array(list(stems), dtype=object)
    starts_of = np.concatenate(([0], np.cumsum(lengths))).tolist()
    for p in rewritten.tolist():
        of_passage = stem_names[stem_ids[starts_of[p]:starts_of[p + 1]]].tolist()
        terms = [stems[t] for t in analyzer.canonicalize(of_passage) if t not in analyzer.stopwords]
        extra_terms.extend(terms)
        extra_passages.extend([p] * len(terms))
    # Elsewhere, a one-term phrase for another term ("sector" -> "industry") is a plain replacement.
    substituted = [(stems[s], stems[t]) for s, t in analyzer.phrase_substitutions().items() if s in stems]
    names = list(stems)  # canonical phrases may have added stems no word has
    replaced = np.arange(len(names), dtype=np.int32)
    for old, new in substituted:
        replaced[old] = new
    final = replaced[stem_ids]
    is_stop = np.array([s in analyzer.stopwords for s in names], dtype=bool)
    is_rewritten = np.zeros(passages, dtype=bool)
    is_rewritten[rewritten] = True
    keep = ~is_stop[final] & ~is_rewritten[passage_of]
    term_ids = np.concatenate((final[keep], np.frombuffer(extra_terms, dtype=np.int32)))
    pair_passages = np.concatenate((passage_of[keep], np.frombuffer(extra_passages, dtype=np.int64)))
    built = postings(term_ids, pair_passages, names, passages, k1, b)
    return Built(*built, word_counts=_word_counts(reading))


def postings(term_ids: np.ndarray, passage_of: np.ndarray, names: list[str], passages: int,
             k1: float, b: float) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(sorted terms, idf, starts, ids, weights) from one (term id, passage) pair per occurrence.
    The arithmetic is retrieval's BM25Plus weight, operation for operation, so the floats are
    the same to the last bit as a per-term Python loop's."""
    present = np.flatnonzero(np.bincount(term_ids, minlength=len(names)))
    order = sorted(present.tolist(), key=names.__getitem__)
    rank = np.full(len(names), -1, dtype=np.int64)
    rank[np.array(order, dtype=np.int64)] = np.arange(len(order), dtype=np.int64)
    width = max(passages, 1)
    pairs, tf = _runs(np.sort(rank[term_ids] * width + passage_of))
    term, passage = np.divmod(pairs, width)
    df = np.bincount(term, minlength=len(order))
    starts = np.concatenate(([0], np.cumsum(df))).astype(np.int64)
    idf = np.array([math.log((passages + 1) / n) for n in df.tolist()], dtype=np.float64)
    lengths = np.bincount(passage_of, minlength=passages)
    avgdl = int(lengths.sum()) / passages if passages else 0.0
    norm = k1 * (1 - b + b * lengths / avgdl) if avgdl else np.full(passages, k1)
    weights = idf[term] * (tf * (k1 + 1)) / (norm[passage] + tf)
    return [names[t] for t in order], idf, starts, passage.astype(np.int32), weights.astype(np.float64)


def _runs(ordered: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct values of a sorted array and how often each occurs (np.unique, which in
    numpy 2 is many times slower than the sort itself on this)."""
    first = _run_starts(ordered)
    return ordered[first], np.diff(np.append(first, len(ordered)))


def _run_starts(ordered: np.ndarray) -> np.ndarray:
    """Where each run of equal values of a sorted array starts."""
    return np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1]))) if len(ordered) else ordered[:0]


def _with_phrases(stem_ids: np.ndarray, passage_of: np.ndarray, stems: dict[str, int],
                  analyzer: Analyzer) -> np.ndarray:
    """The passages where the phrase table may find a phrase: a superset, never missing one."""
    singles, pairs = analyzer.phrase_openings()
    pairs = {(a, z) for a, z in pairs if a in stems and z in stems}
    # Look-up tables by stem id, not np.isin: a million passages hold tens of millions of words.
    is_single, opens = np.zeros(len(stems), dtype=bool), np.zeros(len(stems), dtype=bool)
    is_single[[stems[s] for s in singles if s in stems]] = True
    opens[[stems[a] for a, _ in pairs]] = True
    hit = is_single[stem_ids]
    if len(stem_ids) > 1 and pairs:
        at = np.flatnonzero(opens[stem_ids[:-1]] & (passage_of[:-1] == passage_of[1:]))
        keys = stem_ids[at].astype(np.int64) * len(stems) + stem_ids[at + 1]
        hit[at[np.isin(keys, [stems[a] * len(stems) + stems[z] for a, z in pairs])]] = True
    return np.unique(passage_of[hit])


def _word_counts(reading: Reading) -> dict[str, int]:
    """Each word's count over the passages' texts, then over each distinct section once,
    keyed in the order of first appearance in that sequence (as a Counter would be)."""
    in_text = np.repeat(np.tile(np.array(RUNS), len(reading.runs)), reading.runs.ravel())
    text_ids = reading.ids[in_text]
    counts = np.bincount(text_ids, minlength=len(reading.words)).tolist()
    # Each word's first place in the texts: sort (word, place) pairs, keep each word's first.
    places = max(len(text_ids), 1)
    keyed = np.sort(text_ids.astype(np.int64) * places + np.arange(len(text_ids)))
    word_of = keyed // places
    first = _run_starts(word_of)
    order = word_of[first][np.argsort(keyed[first] % places)].tolist()
    seen = set(order)
    words = reading.words
    numbers = {w: i for i, w in enumerate(words)}
    for section in reading.sections:
        plain, joined = word_parts(section)
        for word in plain + joined:
            number = numbers[word]
            counts[number] += 1
            if number not in seen:
                seen.add(number)
                order.append(number)
    return {words[i]: counts[i] for i in order}


def read_all(chunks: Iterable[Chunk]) -> Reading:
    reader = Reader()
    for chunk in chunks:
        reader.add(chunk.section, chunk.text)
    return reader.reading()
