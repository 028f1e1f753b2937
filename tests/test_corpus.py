from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from careerbot.bot import embedded
from careerbot.corpus import chunk_documents, load_corpus, parse_article, split_sentences
from careerbot.errors import DataFileError
from conftest import FIXTURES


def test_front_matter_headings_lists_and_tables() -> None:
    text = (
        "---\ntitle: Jobs\nsource: seed.txt\n---\n\n# Jobs\n\n## Roles\n\nIntro line.\n\n"
        "- First item.\n- Second item.\n\n### Pay\n\n| Level | Range |\n|---|---|\n| Entry | 1 – 2 |\n"
    )
    doc = parse_article(text, "jobs", "jobs.md")
    assert doc.title == "Jobs" and doc.source == "seed.txt"
    assert [s.path for s in doc.sections] == [("Roles",), ("Roles", "Pay")]
    assert doc.sections[0].blocks == ("Intro line.", "First item.", "Second item.")
    assert doc.sections[1].blocks == ("Entry — Range: 1 – 2",)  # a cell keeps its column's name


def test_plain_text_title_and_inferred_headings() -> None:
    [doc] = load_corpus(FIXTURES / "plain_corpus")
    assert doc.title == "Working With Robots"
    paths = [s.path for s in doc.sections]
    assert ("Robotics Engineer",) in paths and ("Where Robots Work",) in paths
    skills = next(s for s in doc.sections if s.path == ("Skills You Need:",))
    assert skills.blocks == ("Mechanical design", "Programming in C++", "Patience with hardware")


def test_sentences_stay_whole() -> None:
    assert split_sentences("A Master’s or Ph.D., are preferred. It pays 4.5 times more. Next one!") == [
        "A Master’s or Ph.D., are preferred.", "It pays 4.5 times more.", "Next one!",
    ]


def test_embedded_corpus_is_clean_markdown() -> None:
    documents = load_corpus(embedded("corpus"))
    assert len(documents) == 5
    text = " ".join(" ".join(b) for d in documents for s in d.sections for b in [s.blocks])
    for boilerplate in ("Read More", "Rate Us", "Leave a Reply", "#MachineLearning", "Bruce Wayne", "Post a Comment",
                        "HomeTechnology", "Popular posts"):
        assert boilerplate not in text
    assert all(d.title for d in documents)


def test_chunks_never_cross_sections_and_stay_small() -> None:
    documents = load_corpus(embedded("corpus"))
    chunks = chunk_documents(documents)
    sections = {(d.doc_id, " › ".join(s.path)): " ".join(s.blocks) for d in documents for s in d.sections}
    for chunk in chunks:
        section_text = sections[(chunk.doc_id, chunk.section)]
        assert all(sentence in section_text for sentence in chunk.sentences)
        assert len(chunk.sentences) <= 3
    assert len({c.chunk_id for c in chunks}) == len(chunks)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: None, "holds no articles"),
        (lambda d: (d / "bad.txt").write_bytes(b"caf\xe9 au lait\n"), "not UTF-8"),
    ],
)
def test_corpus_errors_name_the_file(tmp_path: Path, make, message: str) -> None:
    make(tmp_path)
    with pytest.raises(DataFileError, match=message) as info:
        load_corpus(tmp_path)
    assert str(tmp_path) in str(info.value)


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="not a folder"):
        load_corpus(tmp_path / "nope")


# --- a folder is a boundary -------------------------------------------------------------------

def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "gardening.md").write_bytes((FIXTURES / "tiny_corpus" / "gardening.md").read_bytes())
    return folder


def test_a_link_out_of_the_folder_is_skipped_and_named(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("Zookeeping\n\nA zookeeper earns $999,999 a year, says the secret file.\n", encoding="utf-8")
    folder = _folder(tmp_path)
    (folder / "passwd.md").symlink_to(secret)
    (folder / "sub").mkdir()
    (folder / "sub" / "inside.md").symlink_to(folder / "gardening.md")  # a link that stays inside is read
    problems: list[str] = []
    documents = load_corpus(folder, problems=problems)
    assert problems == [f"{folder / 'passwd.md'}: links outside the folder (to {secret}), skipped"]
    assert sorted(d.doc_id for d in documents) == ["gardening", "sub/inside"]
    assert "999,999" not in " ".join(b for d in documents for s in d.sections for b in s.blocks)


def test_fifos_and_sockets_are_skipped_and_named(tmp_path: Path) -> None:
    import socket

    folder = _folder(tmp_path)
    os.mkfifo(folder / "pipe.md")
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(str(folder / "sock.txt"))
    try:
        problems: list[str] = []
        documents = load_corpus(folder, problems=problems)  # a FIFO opened for reading would block here
    finally:
        listener.close()
    assert problems == [f"{folder / 'pipe.md'}: is not a regular file (a FIFO), skipped",
                        f"{folder / 'sock.txt'}: is not a regular file (a socket), skipped"]
    assert [d.doc_id for d in documents] == ["gardening"]


def test_doc_ids_are_unique_per_file(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    (folder / "notes.md").write_text("# Notes in Markdown\n\nA florist arranges flowers.\n", encoding="utf-8")
    (folder / "notes.txt").write_text("Notes in text\n\nA beekeeper tends hives.\n", encoding="utf-8")
    titles = {d.doc_id: d.title for d in load_corpus(folder)}
    assert titles == {"gardening": "Careers in Gardening", "notes.md": "Notes in Markdown",
                      "notes.txt": "Notes in text"}


@given(st.text(st.sampled_from('aB1 .!?"”’)“(\n\t\u00a0'), max_size=120))
def test_sentences_split_where_the_look_behind_pattern_splits(paragraph: str) -> None:
    """split_sentences finds each end from its mark: the sentences of the plain pattern."""
    reference = re.split(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“(A-Z0-9])", paragraph)
    assert split_sentences(paragraph) == [s.strip() for s in reference if s.strip()]


def test_article_names_are_the_walks_in_path_order(tmp_path: Path) -> None:
    """article_names lists a folder without pathlib (a start on 25,000 files): the same files,
    in the same order, as os.walk and sorted Paths, with links to folders not entered."""
    from careerbot.corpus import article_names, find_articles

    for name in ["a.md", "a-b/c.md", "a/b.md", ".md", "..md", ".x.MD", "b.txt", "z.markdown", "q.py", "a/z/y.txt",
                 "a b/c.md", "A.md", "n/.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    (tmp_path / "link.md").symlink_to(tmp_path / "a")
    (tmp_path / "dirlink").symlink_to(tmp_path / "a")
    (tmp_path / "broken.md").symlink_to(tmp_path / "nowhere")
    walked = sorted(Path(root) / name for root, _, files in os.walk(tmp_path, followlinks=False) for name in files
                    if Path(name).suffix.lower() in (".md", ".markdown", ".txt"))
    assert find_articles(tmp_path) == walked
    assert article_names(tmp_path) == [str(p) for p in walked] and len(walked) == 11


def test_a_table_row_s_named_cells_are_read_back() -> None:
    from careerbot.corpus import table_cells, table_row
    row = table_row(["Role", "Focus", "Experience Level"], ["Data Scientist", "Build models", "Entry to Senior"])
    assert table_cells(row) == [("Focus", "Build models"), ("Experience Level", "Entry to Senior")]
