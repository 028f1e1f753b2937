"""Which language a question is in, when it is not plainly English.

The English lexicon (lexicon.py) and the articles' own words decide the common case at no
cost: a question most of whose words are English is English. Only the rest are handed to
py3langid (BSD-3; langid.py's model of 97 languages, shipped inside the package as a
compressed numpy archive, no pickle), loaded on first need because loading it takes most
of a second.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from careerbot.lexicon import english
from careerbot.reading import is_non_latin
from careerbot.text import words

# A question is taken for English when at least this share of its words is English (or a
# word of the articles): a typo or two, a name or a French loanword do not make it foreign.
ENGLISH_SHARE = 0.6
# Shorter than this many words, a question is too short to tell: taken as English.
MIN_WORDS = 3


@lru_cache(maxsize=1)
def _classifier() -> Callable[[str], tuple[str, float]]:
    import py3langid  # type: ignore[import-untyped]

    return py3langid.classify  # type: ignore[no-any-return]


def detect(text: str, is_known: Callable[[str], bool]) -> str:
    """An ISO 639-1 code: 'en', or the language py3langid hears in the question."""
    said = [w for w in words(text) if w.isalpha()]
    if not is_non_latin(text):
        if len(said) < MIN_WORDS:
            return "en"
        lexicon = english()
        familiar = sum(1 for w in said if is_known(w) or w in lexicon)
        if familiar >= ENGLISH_SHARE * len(said):
            return "en"
    code, _ = _classifier()(text)
    return code
