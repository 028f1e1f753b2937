"""The BM25 variant, pinned on a three-document fixture, and the impact lists proven equal to
rank-bm25's own get_scores on a few thousand chunks and a few hundred questions."""

from __future__ import annotations

import math
import random
import subprocess
import sys

import pytest
from rank_bm25 import BM25Okapi, BM25Plus

from careerbot import retrieval
from careerbot.models import Chunk, Vocabulary
from careerbot.retrieval import DELTA, K1, B, Index
from careerbot.text import Analyzer

TEXTS = [
    "data engineers build data pipelines",
    "data scientists study data and models",
    "gardeners plant trees",
]


def make_index(texts: list[str]) -> Index:
    chunks = [Chunk(i, f"d{i}", f"Doc {i}", "", (text,)) for i, text in enumerate(texts)]
    return Index.build(chunks, Analyzer(Vocabulary()))


def test_common_term_keeps_a_positive_idf() -> None:
    index = make_index(TEXTS)
    # "data" is in 2 of 3 documents: BM25Plus gives log((3 + 1) / 2); Okapi floors it.
    assert math.isclose(index.idf("data"), math.log(4 / 2))
    okapi = BM25Okapi([t.split() for t in TEXTS])
    assert okapi.idf["data"] < index.idf("data")
    assert index.idf("data") < index.idf("gardener") == math.log(4 / 1)


def test_common_term_still_ranks_and_unmatched_scores_zero() -> None:
    hits = make_index(TEXTS).search(["data"], k=3)
    assert [h.chunk.doc_id for h in hits] == ["d0", "d1"]  # the gardening chunk has no "data": not a hit
    assert all(h.score > 0 for h in hits)


def test_coverage_and_passages() -> None:
    index = make_index(TEXTS)
    hits = index.search(["data", "pipelin", "zebra"], k=3)
    assert hits[0].chunk.doc_id == "d0"
    assert 0 < hits[0].coverage < 1  # "zebra" is in no chunk
    passages = index.passages(hits, ["data", "pipelin"])
    assert passages[0].sentence == TEXTS[0]


def synthetic(chunks: int, questions: int, seed: int = 7) -> tuple[list[list[str]], list[list[str]]]:
    """Zipf-like word use, so that some terms are in most chunks and most are rare."""
    rng = random.Random(seed)
    vocabulary = [f"w{i}" for i in range(3000)]
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]
    docs = [rng.choices(vocabulary, weights, k=rng.randint(3, 60)) for _ in range(chunks)]
    queries = [rng.choices(vocabulary, weights, k=rng.randint(1, 7)) for _ in range(questions)]
    return docs, queries


@pytest.mark.parametrize("path", ["python", "numpy"])
def test_top_chunks_equal_rank_bm25(path: str, monkeypatch: pytest.MonkeyPatch) -> None:
    docs, queries = synthetic(chunks=3000, questions=300)
    reference = BM25Plus(docs, k1=K1, b=B, delta=DELTA)
    postings = retrieval.Postings.build(docs)
    index = Index([Chunk(i, "d", "t", "", ("x",)) for i in range(len(docs))], Analyzer(Vocabulary()), postings)
    monkeypatch.setattr(retrieval, "NUMPY_FROM", 0 if path == "numpy" else 10**9)
    k = 10
    for query in queries:
        expected = reference.get_scores(query) - sum(reference.idf[t] * DELTA for t in query if t in reference.idf)
        ranked = sorted(((-s, i) for i, s in enumerate(expected) if s > 1e-12))[:k]
        ours = index.top(query, k)
        theirs = [(i, -s) for s, i in ranked]
        assert [round(s, 9) for _, s in ours] == [round(s, 9) for _, s in theirs], query
        # Ids agree wherever a score is not tied with another to within rounding.
        for j, ((mine, score), (their, _)) in enumerate(zip(ours, theirs, strict=True)):
            tied = any(abs(score - other) < 1e-9 for n, (_, other) in enumerate(theirs) if n != j)
            assert tied or mine == their, (query, j)


def test_hints_count_for_less() -> None:
    index = make_index(TEXTS)
    plain = dict(index.top(["data"], 3))
    hinted = dict(index.top(["data"], 3, hints=["garden", "gardener"]))
    gardener = index.postings.weights[index.postings.span("gardener")[0]]
    assert hinted[2] == pytest.approx(retrieval.HINT_WEIGHT * gardener)
    assert hinted[0] == plain[0]


def _index_of(*sentence_groups: tuple[str, ...]) -> Index:
    analyzer = Analyzer(Vocabulary())
    chunks = [Chunk(i, f"d{i}", f"Doc {i}", "Advice", group) for i, group in enumerate(sentence_groups)]
    return Index.build(chunks, analyzer)


def test_a_lead_in_is_shown_with_its_list() -> None:
    index = _index_of(("Beekeepers need a few tools:", "A smoker", "A hive tool", "A veil"),
                      ("Bees are calm in the morning.",))
    terms = ["tool"]
    shown = index.passages(index.search(terms), terms, limit=1)
    assert shown[0].sentence == "Beekeepers need a few tools: A smoker; A hive tool; A veil."


def test_a_lead_in_without_its_list_is_left_out() -> None:
    index = _index_of(("Beekeepers need a few tools:",), ("A smoker is the first of the tools you buy.",))
    terms = ["tool"]
    assert all(not p.sentence.endswith(":") for p in index.passages(index.search(terms), terms, limit=3))


def test_a_list_item_is_not_run_into_the_next_item() -> None:
    index = _index_of(("Strong beekeeping skills", "Patience with swarms"),)
    terms = ["beekeep"]
    assert index.passages(index.search(terms), terms, limit=1)[0].sentence == "Strong beekeeping skills"


def test_numpy_is_imported_only_once_a_session_has_summed_enough() -> None:
    """A one-shot question on a large library is summed in Python (importing numpy would cost
    more); once a session has summed NUMPY_AFTER postings, numpy sums them, to the same top."""
    code = """
import sys
from careerbot import retrieval
from careerbot.models import Chunk, Vocabulary
from careerbot.retrieval import Index, Postings
from careerbot.text import Analyzer
docs = [["common", f"w{i % 7}"] for i in range(3 * retrieval.NUMPY_FROM)]
index = Index([Chunk(i, "d", "t", "", ("x",)) for i in range(len(docs))], Analyzer(Vocabulary()),
              Postings.build(docs))
python = index.top(["common", "w3"], 5)
assert "numpy" not in sys.modules
index._summed = retrieval.NUMPY_AFTER
assert index.top(["common", "w3"], 5) == python and "numpy" in sys.modules
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr


def test_a_search_asked_again_gives_the_same_hits_whatever_was_done_with_the_first() -> None:
    """Searches and sentence scorings are kept: a caller that extends or empties the list it
    got back changes nothing for the next question asking the same."""
    index = make_index(TEXTS)
    terms = index.analyzer.index_terms("data pipelines")
    first = index.search(terms, k=2)
    expected = list(first)
    first += index.search(index.analyzer.index_terms("trees"), k=1)
    assert index.search(terms, k=2) == expected
    assert index.search(terms, k=1) == expected[:1]  # another k is another search
    assert index.search(terms, k=2, evidence_terms=["gardener"])[0].coverage == 0.0
    sentences = index.scored_sentences(expected, terms)
    kept = list(sentences)
    sentences.clear()
    assert index.scored_sentences(expected, terms) == kept and kept
