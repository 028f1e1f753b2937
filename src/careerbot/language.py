"""Which language a question is in, when it is not plainly English.

The English lexicon (lexicon.py) and the articles' own words decide the common case at no
cost: a question most of whose words are English is English. Only the rest are handed to
py3langid (BSD-3; langid.py's model of 97 languages, shipped inside the package as a
compressed numpy archive, no pickle), loaded on first need because loading it takes most
of a second.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping
from functools import lru_cache

from careerbot.lexicon import english
from careerbot.reading import is_non_latin, phrase_words
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


def detect(text: str, is_known: Callable[[str], bool], names: Collection[str] = (),
           phrases: Mapping[str, Collection[str]] | None = None) -> str:
    """An ISO 639-1 code: 'en', or the language py3langid hears in the question. The words
    of names ("Machine Learning Engineer") are English in every language: they don't count.
    A question holding career phrases of one language's table ("vale la pena", "trabalhar"),
    none of them English, is in that language, however many English names it holds."""
    said = [w for w in words(text) if w.isalpha() and w not in names]
    if phrases and (found := _by_phrases(text, phrases)):
        return found
    if not is_non_latin(text):
        if len(said) < MIN_WORDS:
            return "en"
        lexicon = english()
        familiar = sum(1 for w in said if is_known(w) or w in lexicon)
        if familiar >= ENGLISH_SHARE * len(said):
            return "en"
    code, _ = _classifier()(text)
    return code


def _by_phrases(text: str, phrases: Mapping[str, Collection[str]]) -> str:
    """The one language whose table holds the most phrases of the text that are not English
    words ("estudiar", "vale la pena"); none when two tie or none is found."""
    lexicon = english()
    said = words(text)
    present = set(said)
    counts: dict[str, int] = {}
    for code, table in phrases.items():
        found = [p for p in table if (pw := phrase_words(p)) and pw[0] in present
                 and (len(pw) > 1 or (pw[0] not in lexicon and len(pw[0]) > 3))
                 and any(said[i:i + len(pw)] == pw for i in range(len(said) - len(pw) + 1))]
        if found:
            counts[code] = len(found)
    best = sorted(counts.items(), key=lambda kv: -kv[1])
    return best[0][0] if best and (len(best) == 1 or best[0][1] > best[1][1]) else ""


def gloss(text: str, words_of: Mapping[str, str], spaced: bool = True) -> str:
    """The text with the career words of its language replaced by their English, longest
    phrase first: what careerbot can understand of it. spaced=False for scripts without
    spaces between words (Japanese, Chinese): phrases are then replaced anywhere."""
    for phrase in sorted(words_of, key=len, reverse=True):
        english_words = f" {words_of[phrase]} "
        pattern = re.escape(phrase) if not spaced else rf"(?<!\w){re.escape(phrase)}(?!\w)"
        text = re.sub(pattern, english_words, text, flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", text).strip()
