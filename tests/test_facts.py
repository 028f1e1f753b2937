"""Every structured fact is a sentence of the corpus: the bot cannot state what it doesn't contain."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from careerbot.bot import CareerBot, embedded
from careerbot.corpus import load_corpus
from careerbot.errors import DataFileError
from careerbot.knowledge import FACTS_FILE, all_quotes, load_facts
from careerbot.models import Facts


def sections_of(corpus: Path) -> dict[tuple[str, str], str]:
    return {(d.doc_id, " › ".join(s.path)): " ".join(s.blocks) for d in load_corpus(corpus) for s in d.sections}


@pytest.fixture(scope="module")
def facts() -> Facts:
    return load_facts(embedded("corpus"), sections_of(embedded("corpus")))


def test_every_quote_is_verbatim_in_its_section(facts: Facts) -> None:
    sections = sections_of(embedded("corpus"))
    quotes = all_quotes(facts)
    assert len(quotes) > 60
    for quote in quotes:
        assert quote.quote in sections[(quote.doc, quote.section)], quote


def test_every_salary_figure_is_in_its_quote(facts: Facts) -> None:
    figures = [s for role in facts.roles for s in role.salaries]
    assert len(figures) == 8
    for figure in figures:
        assert f"${figure.amount:,}" in figure.quote
    for level in facts.salary_levels:
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
        load_facts(corpus, sections_of(corpus))
    assert FACTS_FILE in str(info.value)


def test_a_misspelt_field_is_a_clear_error(tmp_path: Path) -> None:
    corpus = corpus_with_facts_edited(tmp_path, "amount = 119413", "amont = 119413")
    with pytest.raises(DataFileError, match="amont") as info:
        load_facts(corpus, sections_of(corpus))
    assert "Extra inputs are not permitted" in str(info.value)


def test_every_role_focus_is_words_of_its_own_descriptions(facts: Facts) -> None:
    focused = [r for r in facts.roles if r.focus]
    assert len(focused) == len(facts.roles)
    for role in focused:
        quote = role.focus_quote()
        assert quote is not None and role.focus in quote.quote and quote in role.descriptions


def test_a_focus_not_quoted_from_the_role_is_a_clear_error(tmp_path: Path) -> None:
    corpus = corpus_with_facts_edited(tmp_path, 'focus = "manage these teams"', 'focus = "lead the whole company"')
    with pytest.raises(DataFileError, match="not words of one of its descriptions"):
        load_facts(corpus, sections_of(corpus))


def test_every_answer_to_a_worry_and_every_head_start_is_in_the_articles(bot: CareerBot) -> None:
    """[stance.answered_by] names phrases of the articles' sentences, [head_starts] words of the
    steps: a phrase that is in none of them answers nothing."""
    from careerbot.reading import found_phrases
    from careerbot.text import words

    sentences = [words(s) for c in bot.index.chunks for s in c.sentences]
    for worry, phrases in bot.vocabulary.stance.answered_by.items():
        for phrase in phrases:
            assert any(found_phrases([phrase], s) for s in sentences), (worry, phrase)
    quotes = [words(q.quote) for step in bot.knowledge.facts.steps for q in step.quotes]
    for said, parts in bot.vocabulary.head_starts.items():
        for part in parts:
            assert any(found_phrases([part], q) for q in quotes), (said, part)
