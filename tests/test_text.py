from __future__ import annotations

import re
import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from careerbot.models import Vocabulary
from careerbot.text import Analyzer, clean, stem, word_parts, words


@pytest.mark.parametrize(
    ("a", "b"),
    [("salaries", "salary"), ("engineers", "engineer"), ("engineering", "engineer"), ("hiring", "hire"),
     ("ethical", "ethics"), ("skills", "skill"), ("programming", "program"), ("degrees", "degree")],
)
def test_stem_folds_forms_together(a: str, b: str) -> None:
    assert stem(a) == stem(b)


def test_words_lowercase_hyphens_and_apostrophes() -> None:
    assert words("E-commerce engineer’s C++ work") == ["e", "commerce", "engineers", "c++", "work", "ecommerce"]


@given(st.text(st.sampled_from(string.printable + "\x00\x7f"), max_size=200))
def test_ascii_words_are_the_patterns_words(text: str) -> None:
    """word_parts splits plain ASCII with a byte table, not the pattern: the same words."""
    lowered = re.sub(r"(?<=[^\W\d_])'(?=[^\W\d_])", "", text.lower())
    assert word_parts(text)[0] == re.findall(r"[a-z0-9]+(?:\+\+|#)?", lowered)


def test_clean_drops_markup_escapes_and_controls() -> None:
    assert clean("<b>How much</b>\x1b[31m does\x00 a \u202edata analyst earn?") == "How much does a data analyst earn?"


def test_canonical_phrases_longest_first() -> None:
    analyzer = Analyzer(Vocabulary(canonical={"machine learning": ["ml"], "machine learning engineer": ["mle"],
                                              "salary": ["pay", "take home"]}))
    assert analyzer.terms("MLE take home") == analyzer.terms("machine learning engineer salary")
    assert analyzer.terms("ml pay") == analyzer.terms("machine learning salary")


def test_spelling_correction_against_known_words() -> None:
    analyzer = Analyzer(Vocabulary(stopwords=["whether"]))
    analyzer.learn(["salary scientist engineer started whether"])
    assert analyzer.correct("salery") == "salary"
    assert analyzer.correct("scintist") == "scientist"
    assert analyzer.correct("strated") == "started"  # a swap is one edit
    assert analyzer.correct("weather") is None  # stopwords are never targets
    assert analyzer.correct("plumber") is None
    assert analyzer.correct("sal") is None  # too short to tell


def test_a_noun_in_ization_meets_its_verb() -> None:
    # "more specialized?" must find "greater specialization"; British spellings meet their own.
    assert stem("specialization") == stem("specialized") == stem("specializing")
    assert stem("optimisation") == stem("optimise")
