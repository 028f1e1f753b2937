"""The bulk build (indexing.py) against the reference: Postings.build over
Analyzer.index_terms of each chunk, and a Counter of each chunk's and section's words."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from careerbot.bot import embedded
from careerbot.intents import load_intents
from careerbot.library import build
from careerbot.models import Chunk, Vocabulary
from careerbot.retrieval import Index, Postings, chunk_terms
from careerbot.text import Analyzer, word_parts, words

FIXTURES = Path(__file__).parent / "fixtures"


def reference_counts(chunks: list[Chunk], sections: list[str]) -> list[tuple[str, int]]:
    counts: Counter[str] = Counter()
    for chunk in chunks:
        counts.update(words(chunk.text))
    counts.update(w for section in sections for w in words(section))
    return list(counts.items())


@pytest.mark.parametrize("corpus", [embedded("corpus"), FIXTURES / "plain_corpus"])
def test_the_bulk_build_equals_the_reference(corpus: Path) -> None:
    analyzer = Analyzer(load_intents(embedded("intents"))[1])
    library = build(corpus, analyzer)
    chunks = list(library.chunks)
    reference = Postings.build(chunk_terms(chunks, analyzer))
    assert library.postings.terms == reference.terms
    for name in ("idf", "starts", "ids", "weights"):  # to the last bit: no approx
        assert getattr(library.postings, name).tolist() == getattr(reference, name).tolist(), name
    # The order too: the spelling corrector breaks ties between equally frequent words by it.
    assert list(library.word_counts.items()) == reference_counts(chunks, library.chunks.sections)


def test_phrases_are_rewritten_where_they_occur_and_nowhere_else(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("# Jobs\n\n## ML pay\n\nML engineers ask about pay.\n\nThe pay of a "
                                   "machine operator.\n\nLearning machine pay.\n", encoding="utf-8")
    analyzer = Analyzer(Vocabulary(canonical={"machine learning": ["ml"], "salary": ["pay", "take home"]},
                                   stopwords=["the", "a", "of", "about"]))
    library = build(tmp_path, analyzer)
    reference = Postings.build(chunk_terms(list(library.chunks), analyzer))
    assert library.postings.terms == reference.terms and "salary" in reference.terms and "pay" not in reference.terms
    assert library.postings.weights.tolist() == reference.weights.tolist()


SECTOR = {"industry": ["sector"], "skill": [], "industry growth": []}  # "sector" is replaced in place


@pytest.mark.parametrize(("canonical", "text"), [
    (SECTOR, "The sector pays. Sector growth is industry growth in every sector growth report."),
    (SECTOR, "Skill and skills: a skill."),  # a phrase that stands for itself changes nothing
    ({**SECTOR, "government": ["public sector"]}, "The sector pays. A public sector job, in the sector."),
])
def test_one_word_phrases_replaced_in_place_as_the_phrase_table_would(tmp_path: Path, canonical: dict[str, list[str]],
                                                                      text: str) -> None:
    (tmp_path / "a.md").write_text(f"# Jobs\n\n## Work\n\n{text}\n", encoding="utf-8")
    analyzer = Analyzer(Vocabulary(canonical=canonical, stopwords=["the", "a", "in", "and", "is"]))
    # Held by a longer phrase, "sector" is no plain replacement: the phrase table reads it.
    assert ("sector" in analyzer.phrase_substitutions()) == ("government" not in canonical)
    library = build(tmp_path, analyzer)
    reference = Postings.build(chunk_terms(list(library.chunks), analyzer))
    assert library.postings.terms == reference.terms
    assert library.postings.ids.tolist() == reference.ids.tolist()
    assert library.postings.weights.tolist() == reference.weights.tolist()


TEXT = st.text(st.sampled_from(list("aZé-'’ ς Σ\u0301ﬁ+#_1.")), max_size=30)


@given(TEXT, TEXT)
def test_a_section_and_its_text_are_read_apart_as_one(section: str, text: str) -> None:
    """indexing.py reads a section's words once and a passage's text's words once; put
    together, they are the words of f"{section} {text}"."""
    (s_plain, s_joined), (t_plain, t_joined) = word_parts(section), word_parts(text)
    assert s_plain + t_plain + s_joined + t_joined == words(f"{section} {text}")


def test_chunks_under_sections_are_found_by_the_store_as_by_a_scan() -> None:
    analyzer = Analyzer(load_intents(embedded("intents"))[1])
    library = build(embedded("corpus"), analyzer)
    stored = Index(library.chunks, analyzer, library.postings)
    scanned = Index(list(library.chunks), analyzer, library.postings)  # a plain list: every chunk looked at
    assert stored.sections() == scanned.sections() == list(dict.fromkeys(c.section for c in library.chunks))
    wanted = set(stored.sections()[1::3])
    assert stored.chunks_under(wanted) == scanned.chunks_under(wanted) != []


def test_a_build_on_two_processes_is_the_one_process_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    analyzer = Analyzer(load_intents(embedded("intents"))[1])
    alone, shared = build(embedded("corpus"), analyzer), build(embedded("corpus"), analyzer, jobs=2)
    assert shared.postings == alone.postings and list(shared.word_counts.items()) == list(alone.word_counts.items())
    for name in ("docs", "sections", "chunk_doc", "chunk_section", "offsets"):
        assert getattr(shared.chunks, name) == getattr(alone.chunks, name), name
    assert bytes(shared.chunks.blob) == bytes(alone.chunks.blob)

    from careerbot.cli import main

    monkeypatch.setenv("CAREERBOT_CACHE_DIR", str(tmp_path))
    assert main(["index", "--jobs", "2"]) == 0
    assert "passages" in capsys.readouterr().out
    assert main(["index", "--jobs", "0"]) == 2
    assert "--jobs must be 1 or more" in capsys.readouterr().err


@given(st.lists(TEXT, min_size=1, max_size=4))
def test_sentences_joined_by_newlines_read_as_joined_by_spaces(sentences: list[str]) -> None:
    """The chunk store joins a passage's sentences with newlines and the index reads that text;
    Chunk.text joins them with spaces."""
    assert words("\n".join(sentences)) == words(" ".join(sentences))

