"""Pins the BM25 variant: BM25Plus keeps every term's IDF positive, where BM25Okapi zeroes
a term found in half the documents (rank_bm25 issue #39)."""

from __future__ import annotations

import math

from rank_bm25 import BM25Okapi

from careerbot.models import Chunk, Vocabulary
from careerbot.retrieval import DELTA, Index
from careerbot.text import Analyzer

TEXTS = [
    "data engineers build data pipelines",
    "data scientists study data and models",
    "gardeners plant trees",
]


def make_index() -> Index:
    chunks = [Chunk(i, f"d{i}", f"Doc {i}", "", (text,)) for i, text in enumerate(TEXTS)]
    return Index(chunks, Analyzer(Vocabulary()))


def test_common_term_keeps_a_positive_idf() -> None:
    index = make_index()
    # "data" is in 2 of 3 documents: BM25Plus gives log((3 + 1) / 2); Okapi floors it.
    assert math.isclose(index.idf("data"), math.log(4 / 2))
    okapi = BM25Okapi([t.split() for t in TEXTS])
    assert okapi.idf["data"] < index.idf("data")
    assert index.idf("data") < index.idf("gardener") == math.log(4 / 1)


def test_common_term_still_ranks_and_unmatched_scores_zero() -> None:
    hits = make_index().search(["data"], k=3)
    assert [h.chunk.doc_id for h in hits] == ["d0", "d1"]  # the gardening chunk has no "data": not a hit
    assert all(h.score > 0 for h in hits)


def test_search_subtracts_rank_bm25s_constant() -> None:
    index = make_index()
    raw = index.bm25.get_scores(["gardener"])
    assert raw[0] == index.idf("gardener") * DELTA  # rank-bm25 adds idf * delta to unmatched chunks
    assert [h.chunk.doc_id for h in index.search(["gardener"])] == ["d2"]


def test_coverage_and_passages() -> None:
    index = make_index()
    hits = index.search(["data", "pipelin", "zebra"], k=3)
    assert hits[0].chunk.doc_id == "d0"
    assert 0 < hits[0].coverage < 1  # "zebra" is in no chunk
    passages = index.passages(hits, ["data", "pipelin"])
    assert passages[0].sentence == TEXTS[0]
