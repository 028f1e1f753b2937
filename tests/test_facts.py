"""Every structured fact is a sentence of the corpus: the bot cannot state what it doesn't contain."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from careerbot.bot import embedded
from careerbot.corpus import load_corpus
from careerbot.errors import DataFileError
from careerbot.knowledge import FACTS_FILE, Knowledge, all_quotes


@pytest.fixture(scope="module")
def knowledge() -> Knowledge:
    corpus = embedded("corpus")
    return Knowledge.load(corpus, load_corpus(corpus))


def test_every_quote_is_verbatim_in_its_section(knowledge: Knowledge) -> None:
    documents = load_corpus(embedded("corpus"))
    sections = {(d.doc_id, " › ".join(s.path)): " ".join(s.blocks) for d in documents for s in d.sections}
    quotes = all_quotes(knowledge.facts)
    assert len(quotes) > 60
    for quote in quotes:
        assert quote.quote in sections[(quote.doc, quote.section)], quote


def test_every_salary_figure_is_in_its_quote(knowledge: Knowledge) -> None:
    figures = [s for role in knowledge.facts.roles for s in role.salaries]
    assert len(figures) == 8
    for figure in figures:
        assert f"${figure.amount:,}" in figure.quote
    for level in knowledge.facts.salary_levels:
        assert re.fullmatch(r"[\d,]+ – [\d,]+\+?", level.quote)


def corpus_with_facts_edited(tmp_path: Path, old: str, new: str) -> Path:
    corpus = tmp_path / "corpus"
    shutil.copytree(embedded("corpus"), corpus)
    facts = corpus / FACTS_FILE
    facts.write_text(facts.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    return corpus


def test_a_quote_not_in_the_article_is_refused(tmp_path: Path) -> None:
    corpus = corpus_with_facts_edited(tmp_path, "$119,413", "$219,413")
    with pytest.raises(DataFileError, match="quote not found") as info:
        Knowledge.load(corpus, load_corpus(corpus))
    assert FACTS_FILE in str(info.value)


def test_a_misspelt_field_is_a_clear_error(tmp_path: Path) -> None:
    corpus = corpus_with_facts_edited(tmp_path, "amount = 119413", "amont = 119413")
    with pytest.raises(DataFileError, match="amont") as info:
        Knowledge.load(corpus, load_corpus(corpus))
    assert "Extra inputs are not permitted" in str(info.value)
