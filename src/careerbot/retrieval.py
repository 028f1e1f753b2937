"""BM25 over the chunks, and the choice of the sentences that answer a question.

The model is rank-bm25's BM25Plus (Lv & Zhai, "Lower-bounding term frequency
normalization", CIKM 2011), chosen over BM25Okapi on purpose: Okapi's IDF,
log((N - n + 0.5) / (n + 0.5)), is zero for a term in half the chunks and floored for
commoner ones (rank_bm25 issue #39), and on a corpus of five articles about machine
learning that silences "data", "engineer" and "learning". BM25Plus's IDF, log((N + 1) / n),
stays positive and ordered.

rank-bm25 scores a question by touching every chunk:

    score(d) = sum over query terms q of
               idf(q) * (delta + tf(q,d) * (k1 + 1) / (k1 * (1 - b + b * |d| / avgdl) + tf(q,d)))

For a chunk without q that is idf(q) * delta, the same for every chunk: it changes no
ranking, and we leave it out, so a score of 0 means "no query term here". What is left is
non-zero only where q occurs, so each term keeps an impact list (the chunks it occurs in,
sorted, and its weight in each, computed once at build time) and a question costs the
length of its terms' lists, not the size of the corpus. tests/test_retrieval.py proves the
top chunks and scores equal rank-bm25's own get_scores.
"""

from __future__ import annotations

import heapq
import math
import sys
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from careerbot.memo import Memo
from careerbot.models import Chunk
from careerbot.text import Analyzer, labelled

# Words of one family share this many first letters ("profession", "professional"); fewer
# would join unrelated words ("data", "date").
KIN_PREFIX = 8

if TYPE_CHECKING:
    import numpy as np

HINT_WEIGHT = 0.3  # an intent's query hints steer the ranking; the question's own words lead it
K1 = 1.2  # term-frequency saturation: the usual value; chunks are short, so it matters little
B = 0.75  # length normalisation: chunks vary from one list item to three long sentences
DELTA = 0.5  # BM25Plus's lower bound; only the constant above, once matched scores are kept
# Below this many postings a question is summed in plain Python; above it, numpy sums them,
# once numpy is imported. Importing it costs about what summing NUMPY_AFTER postings in Python
# does (~0.1 s), so it is imported only once a session has summed that many: a one-shot
# `careerbot ask` on a large library never pays for it, a batch or a chat soon does.
NUMPY_FROM = 4096
NUMPY_AFTER = 1_000_000
# A lead-in ("... a structured approach:") is shown with up to this many short items after it
# (of at most this many words); without them it is not shown at all.
# Searches and sentence scorings kept once worked out: a batch's rows ask the same things
# again, and the index never changes once built. Past this many, each memo restarts.
MAX_REMEMBERED_SEARCHES = 4096
MAX_LIST_ITEMS = 6
MAX_ITEM_WORDS = 16


@dataclass(frozen=True, slots=True)
class Hit:
    chunk: Chunk
    score: float
    coverage: float  # share of the question's term weight found in this chunk, 0..1


@dataclass(frozen=True, slots=True)
class Passage:
    chunk: Chunk
    sentence: str
    score: float


@dataclass
class Postings:
    """Impact lists for every term, in flat arrays: term t's chunks are
    ids[starts[t]:starts[t + 1]], ascending, with their BM25 weights beside them. The arrays
    are memoryviews (of arrays built in memory or of a mapped cache file), so that reading
    one gives a Python int or float, never a numpy scalar."""

    terms: dict[str, int]
    idf: memoryview[float]  # "d"
    starts: memoryview[int]  # "q"
    ids: memoryview[int]  # "i"
    weights: memoryview[float]  # "d"
    chunk_count: int

    @classmethod
    def build(cls, term_lists: Iterable[list[str]]) -> Postings:
        """The reference build, one term at a time; a library is built in bulk (indexing.py),
        and tests/test_indexing.py proves the two equal."""
        chunk_ids: dict[str, array[int]] = {}
        counts: dict[str, array[int]] = {}
        lengths = array("i")
        for chunk_id, words_of_chunk in enumerate(term_lists):
            lengths.append(len(words_of_chunk))
            for term, count in Counter(words_of_chunk).items():
                if term not in chunk_ids:
                    chunk_ids[term], counts[term] = array("i"), array("i")
                chunk_ids[term].append(chunk_id)
                counts[term].append(count)
        n = len(lengths)
        avgdl = sum(lengths) / n if n else 0.0
        norm = [K1 * (1 - B + B * length / avgdl) if avgdl else K1 for length in lengths]
        terms: dict[str, int] = {}
        idf, starts, ids, weights = array("d"), array("q", [0]), array("i"), array("d")
        for term in sorted(chunk_ids):
            these, tfs = chunk_ids[term], counts[term]
            term_idf = math.log((n + 1) / len(these))
            terms[term] = len(terms)
            idf.append(term_idf)
            ids.extend(these)
            weights.extend(term_idf * (tf * (K1 + 1)) / (norm[d] + tf) for d, tf in zip(these, tfs, strict=True))
            starts.append(len(ids))
        return cls(terms, memoryview(idf), memoryview(starts), memoryview(ids), memoryview(weights), n)

    def span(self, term: str) -> tuple[int, int]:
        t = self.terms.get(term)
        return (0, 0) if t is None else (self.starts[t], self.starts[t + 1])


def as_view(values: Any, typecode: str) -> memoryview[Any]:
    """A flat buffer (an array, a numpy array, mapped bytes) as a memoryview of typecode."""
    view: memoryview[Any] = memoryview(values).cast("B").cast(typecode)  # type: ignore[call-overload]
    return view


class Index:
    def __init__(self, chunks: Sequence[Chunk], analyzer: Analyzer, postings: Postings) -> None:
        self.chunks = chunks
        self.analyzer = analyzer
        self.postings = postings
        self.unknown_idf = math.log(len(chunks) + 1)  # as if the term were in one chunk
        self._sentence_terms: dict[int, list[frozenset[str]]] = {}
        self._sorted_terms: list[str] | None = None  # for knows_a_kin, sorted on first need
        self._arrays: tuple[Any, Any] | None = None
        self._by_section: dict[int, list[int]] | None = None  # section number -> its chunk ids
        self._summed = 0  # postings summed in Python so far (see NUMPY_AFTER)
        self._searched: Memo[tuple[Any, ...], list[Hit]] = Memo(MAX_REMEMBERED_SEARCHES)
        self._scored: Memo[tuple[Any, ...], list[Passage]] = Memo(MAX_REMEMBERED_SEARCHES)
        self._terms_of_sentence: Memo[str, frozenset[str]] = Memo(MAX_REMEMBERED_SEARCHES)

    @classmethod
    def build(cls, chunks: Sequence[Chunk], analyzer: Analyzer) -> Index:
        return cls(chunks, analyzer, Postings.build(chunk_terms(chunks, analyzer)))

    def idf(self, term: str) -> float:
        t = self.postings.terms.get(term)
        return self.unknown_idf if t is None else self.postings.idf[t]

    def knows(self, term: str) -> bool:
        return term in self.postings.terms

    def sections(self) -> list[str]:
        """The distinct sections, in the order of their first chunk: a library of a million
        chunks has far fewer sections, so a test run on each section is cheap."""
        known = getattr(self.chunks, "sections", None)
        return list(known) if known is not None else list(dict.fromkeys(c.section for c in self.chunks))

    def chunks_under(self, sections: Collection[str]) -> list[Chunk]:
        """The chunks of these sections, in order, without making every chunk to look at it."""
        if self._by_section is None:
            self._by_section = {}
            for i, chunk_section in enumerate(self._section_numbers()):
                self._by_section.setdefault(chunk_section, []).append(i)
        names = self.sections()
        ids = sorted(i for n, name in enumerate(names) if name in sections for i in self._by_section.get(n, []))
        return [self.chunks[i] for i in ids]

    def _section_numbers(self) -> list[int]:
        """Each chunk's section, as its place in sections()."""
        numbers = getattr(self.chunks, "chunk_section", None)
        if numbers is not None:
            return list(numbers.tolist())
        places = {name: n for n, name in enumerate(self.sections())}
        return [places[c.section] for c in self.chunks]

    def chunks_holding(self, term: str) -> int:
        start, end = self.postings.span(term)
        return end - start

    def knows_a_kin(self, word: str) -> bool:
        """Whether the articles use a word of the same family ("professions" and their
        "professionals"): a term that shares its first KIN_PREFIX letters."""
        if len(word) < KIN_PREFIX:
            return False
        if self._sorted_terms is None:
            self._sorted_terms = sorted(self.postings.terms)
        prefix = word[:KIN_PREFIX]
        at = bisect_left(self._sorted_terms, prefix)
        return at < len(self._sorted_terms) and self._sorted_terms[at].startswith(prefix)

    def has(self, chunk_id: int, term: str) -> bool:
        start, end = self.postings.span(term)
        at = bisect_left(self.postings.ids, chunk_id, start, end)
        return at < end and self.postings.ids[at] == chunk_id

    # --- scoring ---------------------------------------------------------------------------

    def top(self, terms: Sequence[str], k: int, hints: Sequence[str] = ()) -> list[tuple[int, float]]:
        """The k best (chunk id, score), best first; ties go to the earlier chunk, as a
        stable sort of rank-bm25's scores would have it. Repeated terms count again, as
        they do in rank-bm25."""
        weighted = [(t, 1.0) for t in terms] + [(t, HINT_WEIGHT) for t in hints]
        spans = [(self.postings.span(t), w) for t, w in weighted]
        postings = sum(end - start for (start, end), _ in spans)
        if postings >= NUMPY_FROM and (self._summed >= NUMPY_AFTER or "numpy" in sys.modules):
            return self._top_numpy(spans, k)
        self._summed += postings
        scores: dict[int, float] = {}
        ids, weights = self.postings.ids, self.postings.weights
        for (start, end), factor in spans:
            for chunk_id, weight in zip(ids[start:end].tolist(), weights[start:end].tolist(), strict=True):
                scores[chunk_id] = scores.get(chunk_id, 0.0) + weight * factor
        return heapq.nsmallest(k, scores.items(), key=lambda item: (-item[1], item[0]))

    def _top_numpy(self, spans: list[tuple[tuple[int, int], float]], k: int) -> list[tuple[int, float]]:
        import numpy as np

        ids, weights = self._numpy_arrays()
        scores = np.zeros(len(self.chunks))
        for (start, end), factor in spans:
            scores[ids[start:end]] += weights[start:end] * factor
        candidates = np.flatnonzero(scores)
        if len(candidates) > k:
            kth = np.partition(scores[candidates], len(candidates) - k)[len(candidates) - k]
            candidates = candidates[scores[candidates] >= kth]
        order = np.lexsort((candidates, -scores[candidates]))[:k]
        return [(int(c), float(scores[c])) for c in candidates[order]]

    def _numpy_arrays(self) -> tuple[np.ndarray, np.ndarray]:
        if self._arrays is None:
            import numpy as np

            self._arrays = (np.frombuffer(self.postings.ids, dtype=np.int32),
                            np.frombuffer(self.postings.weights.cast("B"), dtype=np.float64))
        return self._arrays

    def search(self, terms: list[str], k: int = 5, hints: Sequence[str] = (),
               evidence_terms: list[str] | None = None) -> list[Hit]:
        """The k best chunks for these query terms, hint terms counting for less;
        evidence_terms (default: terms) are the ones whose presence makes a hit's coverage."""
        key = (tuple(terms), k, tuple(hints), None if evidence_terms is None else tuple(evidence_terms))
        wanted = evidence_terms if evidence_terms is not None else terms
        hits = self._searched.get(key, lambda: [Hit(self.chunks[i], score, self.coverage(i, wanted))
                                                for i, score in self.top(terms, k, hints)])
        return list(hits)  # a list of the caller's own: the hits themselves are frozen

    def coverage(self, chunk_id: int, terms: list[str]) -> float:
        """The share of these terms' IDF weight that this chunk holds, 0..1."""
        wanted = set(terms)
        total = sum(self.idf(t) for t in wanted)
        if not total:
            return 0.0
        return sum(self.idf(t) for t in wanted if self.has(chunk_id, t)) / total

    # --- sentences ---------------------------------------------------------------------------

    def passages(self, hits: list[Hit], terms: list[str], hints: Sequence[str] = (), limit: int = 3) -> list[Passage]:
        """The sentences that carry the most of the question's term weight, best first."""
        scored = self.scored_sentences(hits, terms, hints)
        chosen: list[Passage] = []
        for passage in scored:
            if len(chosen) == limit or passage.score < 0.5 * scored[0].score:
                break
            if passage.sentence.rstrip().endswith(":"):
                # A lead-in ("Here are a few of them:") means nothing without its list.
                passage = self._with_its_list(passage)
                if passage.sentence.rstrip().endswith(":"):
                    continue
            if all(passage.sentence != c.sentence for c in chosen):
                chosen.append(passage)
        if len(chosen) == 1:
            chosen[0] = self._with_next_sentence(chosen[0])
        return chosen

    def scored_sentences(self, hits: list[Hit], terms: list[str], hints: Sequence[str] = ()) -> list[Passage]:
        """Every sentence of these hits that holds a question term, best first."""
        key = (tuple((h.chunk.chunk_id, h.score) for h in hits), tuple(terms), tuple(hints))
        scored = self._scored.get(key, lambda: self._scored_sentences(hits, terms, hints))
        return list(scored)  # a list of the caller's own: the passages themselves are frozen

    def _scored_sentences(self, hits: list[Hit], terms: list[str], hints: Sequence[str]) -> list[Passage]:
        weights = {t: HINT_WEIGHT * self.idf(t) for t in hints} | {t: self.idf(t) for t in terms}
        if not hits or not weights:
            return []
        total = sum(self.idf(t) for t in set(terms)) or 1.0
        best_chunk = hits[0].score
        scored: list[Passage] = []
        for rank, hit in enumerate(hits):
            heading = set(self.analyzer.index_terms(hit.chunk.section))
            for sentence, sentence_terms in zip(hit.chunk.sentences, self._sentences(hit.chunk), strict=True):
                own = sum(w for t, w in weights.items() if t in sentence_terms)
                # A heading that asks the question ("Is a degree required ...?") vouches for
                # the sentences under it.
                from_heading = sum(w for t, w in weights.items() if t in heading)
                score = (own + 0.3 * from_heading) / total + 0.15 * hit.score / best_chunk - 0.02 * rank
                if own > 0:
                    scored.append(Passage(hit.chunk, sentence, score))
        scored.sort(key=lambda p: -p.score)
        return scored

    def sentence_terms(self, passage: Passage) -> frozenset[str]:
        """A passage's terms as a set, made once per sentence: every answer asks them of the
        sentences it weighs, again and again."""
        return self._terms_of_sentence.get(passage.sentence,
                                           lambda: frozenset(self.analyzer.index_terms(passage.sentence)))

    @staticmethod
    def _with_its_list(passage: Passage) -> Passage:
        """A lead-in with the list items after it in its chunk, joined by semicolons."""
        sentences = passage.chunk.sentences
        at = sentences.index(passage.sentence)
        items: list[str] = []
        for item in sentences[at + 1 : at + 1 + MAX_LIST_ITEMS]:
            if len(item.split()) > MAX_ITEM_WORDS:
                break  # prose again, or items too long to join: the lead-in is left out
            items.append(item.rstrip("."))
        if not items:
            return passage
        return Passage(passage.chunk, f"{passage.sentence} {'; '.join(items)}.", passage.score)

    @staticmethod
    def _with_next_sentence(passage: Passage) -> Passage:
        """One sentence alone often lacks its context; the next one in its chunk gives it."""
        sentences = passage.chunk.sentences
        if passage.sentence not in sentences:
            return passage  # already a lead-in with its list
        at = sentences.index(passage.sentence)
        if not passage.sentence.rstrip().endswith((".", "!", "?", ":")):
            return passage  # a list item ("Knowledge of SQL"): the next item is another point
        if at + 1 < len(sentences) and not (labelled(passage.sentence) and labelled(sentences[at + 1])):
            # (Nor is the next of a labelled item: "Education and Training: ..." then "Portfolio ...".)
            return Passage(passage.chunk, f"{passage.sentence} {sentences[at + 1]}", passage.score)
        return passage

    def _sentences(self, chunk: Chunk) -> list[frozenset[str]]:
        cached = self._sentence_terms.get(chunk.chunk_id)
        if cached is None:
            cached = [frozenset(self.analyzer.index_terms(s)) for s in chunk.sentences]
            self._sentence_terms[chunk.chunk_id] = cached
        return cached



def chunk_terms(chunks: Iterable[Chunk], analyzer: Analyzer) -> Iterable[list[str]]:
    """What the index sees of a chunk: its heading path too ("They earn ..." under "Data Analyst")."""
    return (analyzer.index_terms(f"{c.section} {c.text}") for c in chunks)
