"""BM25 over the chunks, and the choice of the sentences that answer a question.

The model is rank-bm25's BM25Plus (Lv & Zhai, "Lower-bounding term frequency
normalization", CIKM 2011), chosen over BM25Okapi on purpose: Okapi's IDF,
log((N - n + 0.5) / (n + 0.5)), is zero for a term in half the chunks and floored for
commoner ones (rank_bm25 issue #39), and on a corpus of five articles about machine
learning that silences "data", "engineer" and "learning". BM25Plus's IDF, log((N + 1) / n),
stays positive and ordered. rank-bm25 adds idf * delta to every chunk for every known
query term, matched or not; that constant changes no ranking, and `search` takes it off so
a score of 0 means "no query term here".
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from rank_bm25 import BM25Plus  # type: ignore[import-untyped]

from careerbot.models import Chunk
from careerbot.text import Analyzer

HINT_WEIGHT = 0.3  # an intent's query hints steer the ranking; the question's own words lead it
K1 = 1.2  # term-frequency saturation: the usual value; chunks are short, so it matters little
B = 0.75  # length normalisation: chunks vary from one list item to three long sentences
DELTA = 0.5


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


class Index:
    def __init__(self, chunks: list[Chunk], analyzer: Analyzer) -> None:
        self.chunks = chunks
        self.analyzer = analyzer
        # A chunk is indexed with its heading path: "They earn ..." under "Data Analyst".
        self.chunk_terms = [analyzer.index_terms(f"{c.section} {c.text}") for c in chunks]
        self.chunk_term_sets = [frozenset(t) for t in self.chunk_terms]
        self.bm25 = BM25Plus(self.chunk_terms, k1=K1, b=B, delta=DELTA)
        self.unknown_idf = math.log(len(chunks) + 1)  # as if the term were in one chunk
        self._sentence_terms: dict[int, list[frozenset[str]]] = {}

    def idf(self, term: str) -> float:
        return float(self.bm25.idf.get(term, self.unknown_idf))

    def knows(self, term: str) -> bool:
        return term in self.bm25.idf

    def search(self, terms: list[str], k: int = 5, hints: Sequence[str] = (),
               evidence_terms: list[str] | None = None) -> list[Hit]:
        """The k best chunks for these query terms, hint terms counting for less;
        evidence_terms (default: terms) are the ones whose presence makes a hit's coverage."""
        scores = self._scores(terms) + HINT_WEIGHT * self._scores(list(hints))
        if not scores.any():
            return []
        top = np.argsort(-scores, kind="stable")[:k]
        wanted = evidence_terms if evidence_terms is not None else terms
        return [Hit(self.chunks[i], float(scores[i]), self.coverage(int(i), wanted)) for i in top if scores[i] > 0]

    def coverage(self, chunk_id: int, terms: list[str]) -> float:
        """The share of these terms' IDF weight that this chunk holds, 0..1."""
        wanted = set(terms)
        total = sum(self.idf(t) for t in wanted)
        if not total:
            return 0.0
        return sum(self.idf(t) for t in wanted if t in self.chunk_term_sets[chunk_id]) / total

    def _scores(self, terms: list[str]) -> np.ndarray:
        known = [t for t in terms if t in self.bm25.idf]
        if not known:
            return np.zeros(len(self.chunks))
        scores: np.ndarray = self.bm25.get_scores(known) - sum(self.bm25.idf[t] * DELTA for t in known)
        return scores

    def passages(self, hits: list[Hit], terms: list[str], hints: Sequence[str] = (), limit: int = 3) -> list[Passage]:
        """The sentences that carry the most of the question's term weight, best first."""
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
        chosen: list[Passage] = []
        for passage in scored:
            if len(chosen) == limit or passage.score < 0.5 * scored[0].score:
                break
            if all(passage.sentence != c.sentence for c in chosen):
                chosen.append(passage)
        if len(chosen) == 1:
            chosen[0] = self._with_next_sentence(chosen[0])
        return chosen

    @staticmethod
    def _with_next_sentence(passage: Passage) -> Passage:
        """One sentence alone often lacks its context; the next one in its chunk gives it."""
        sentences = passage.chunk.sentences
        at = sentences.index(passage.sentence)
        if at + 1 < len(sentences):
            return Passage(passage.chunk, f"{passage.sentence} {sentences[at + 1]}", passage.score)
        return passage

    def _sentences(self, chunk: Chunk) -> list[frozenset[str]]:
        cached = self._sentence_terms.get(chunk.chunk_id)
        if cached is None:
            cached = [frozenset(self.analyzer.index_terms(s)) for s in chunk.sentences]
            self._sentence_terms[chunk.chunk_id] = cached
        return cached
