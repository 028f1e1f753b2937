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
from careerbot.reading import is_non_latin
from careerbot.text import word_parts, words

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
           phrases: PhraseIndex | None = None) -> str:
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


# The phrases of each language's table that no English question holds, by their first word:
# first word -> [(language, the phrase's words)].
PhraseIndex = Mapping[str, list[tuple[str, list[str]]]]


def phrase_index(tables: Mapping[str, Mapping[str, str]]) -> dict[str, list[tuple[str, list[str]]]]:
    """The index _by_phrases reads, built once per pack (and without the English lexicon,
    whose lookups cost a search each: only the few words a question holds are looked up)."""
    index: dict[str, list[tuple[str, list[str]]]] = {}
    for code, table in tables.items():
        for phrase in table:
            # "a-t-il" is "a t il" as written (words() adds the joined "atil" after them).
            if said := word_parts(phrase)[0]:
                index.setdefault(said[0], []).append((code, said))
    return index


def _by_phrases(text: str, index: PhraseIndex) -> str:
    """The one language whose table holds the most of the text's phrases that no English
    question holds: a phrase of several words ("vale la pena"), or one word that is no English
    word ("estudiar"); none when two languages tie."""
    said = words(text)
    lexicon = english()
    counts: dict[str, int] = {}
    for at, word in enumerate(said):
        for code, phrase in index.get(word, []):
            telling = len(phrase) > 1 or (len(word) > 3 and word not in lexicon)
            if telling and said[at:at + len(phrase)] == phrase:
                counts[code] = counts.get(code, 0) + 1
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
