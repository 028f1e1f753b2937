"""One tokenizer for the articles and the questions, so both are read the same way.

Text goes: cleaned (markup, escapes, control characters out) -> words -> stems -> canonical
terms (abbreviations and informal phrasings replaced by the articles' own words, from
intents/vocabulary.toml). Questions also get their unknown words corrected against the
words careerbot knows.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Generic, TypeVar

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from careerbot.models import Vocabulary

Value = TypeVar("Value")

# From this length on, a typo may be two edits away from the word meant; below it, one.
MIN_LETTERS_FOR_TWO_EDITS = 7
MAX_REMEMBERED_CORRECTIONS = 1 << 16
# Texts whose words and terms are kept once worked out: every question reads the same
# sentences, headings and intent phrases again (a batch of 10,000 questions analyses 400,000
# texts, most of them the same few thousand). Past this many, the oldest go.
MAX_REMEMBERED_TEXTS = 1 << 16
# A typo is compared with at most this many known words of each length it could be a typo of,
# the most frequent: a corpus of a million distinct words costs a question milliseconds, not
# seconds. The embedded articles have a few hundred words of any one length.
MAX_CANDIDATES_PER_LENGTH = 1_000

# Every pattern here is linear on any input: no nested quantifiers, bounded repeats.
_ANSI = re.compile(r"\x1b\[[0-9;?]{0,32}[ -/]{0,4}[@-~]|\x1b\][^\x07\x1b]{0,2000}(?:\x07|\x1b\\)?|\x1b")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]{0,20}(?:\s[^<>]{0,200})?/?>")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_SPACE = re.compile(r"\s+")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# Letters and digits of any script: "différence" is one word, not "diff" and "rence".
_WORD = re.compile(r"[^\W_]+(?:\+\+|#)?")
# The same on lower-case ASCII, where it is faster: [^\W_] is [a-z0-9] there.
_ASCII_WORD = re.compile(r"[a-z0-9]+(?:\+\+|#)?")
# A byte table for bytes.translate: lower-case letters and digits kept, every other byte a space.
_ASCII_SPACES = bytes(c if chr(c) in "abcdefghijklmnopqrstuvwxyz0123456789" else 32 for c in range(256))
_APOSTROPHE = re.compile(r"(?<=[^\W\d_])['’](?=[^\W\d_])")
# Tried only where a word starts, and possessive: on a long run of letters it fails once,
# instead of backtracking from every position (that was quadratic: minutes on 100,000 letters).
_HYPHENATED = re.compile(r"(?<![a-z0-9])[a-z0-9]++(?:-[a-z0-9]++){1,4}")


def valid_unicode(text: str) -> str:
    """Lone surrogates (which Python strings allow, and UTF-8 and JSON do not) as U+FFFD."""
    try:
        text.encode("utf-8")  # fails on a surrogate, and only on one; several times faster than the scan
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


def strip_escapes(text: str, replacement: str = "") -> str:
    """Terminal escape sequences and control characters out (tab and newline stay): text
    from a user or an article must never drive the terminal it is shown in."""
    return _CONTROL.sub(replacement, _ANSI.sub("", text))


def clean(text: str) -> str:
    """A question as words: what a terminal or a web page would interpret (escapes, HTML
    tags, control characters) out, Unicode compatibility forms folded, spaces single."""
    text = strip_escapes(_TAG.sub(" ", unicodedata.normalize("NFKC", text)), replacement=" ")
    return _SPACE.sub(" ", text).strip()


_LABELLED = re.compile(r"[A-Z][\w' ]{1,40}: ")


def labelled(sentence: str) -> bool:
    """A list item that opens with its label ("Data Explosion: ...", "Networking: ...")."""
    return bool(_LABELLED.match(sentence))


def words(text: str) -> list[str]:
    """Lower-case words; 'e-commerce' also gives 'ecommerce', "engineer's" gives 'engineers'."""
    return list(_remembered_words(text))


@lru_cache(maxsize=MAX_REMEMBERED_TEXTS)
def _remembered_words(text: str) -> tuple[str, ...]:
    plain, joined = word_parts(text)
    return (*plain, *joined)


def word_parts(text: str) -> tuple[list[str], list[str]]:
    """words(text) in its two parts: the words as written, then the hyphenated ones joined.
    The index reads a passage's section and text apart and puts the parts together
    (indexing.py). Each step is skipped where it cannot change anything: ASCII is already
    NFKC, and a text without an apostrophe or hyphen has none to drop or join."""
    if text.isascii():
        lowered = text.lower()
        if "'" in lowered:
            lowered = _APOSTROPHE.sub("", lowered)
        if "+" in lowered or "#" in lowered:  # "c++", "c#": the pattern keeps their endings
            found = _ASCII_WORD.findall(lowered)
        else:  # the same words, three times faster: all but [a-z0-9] become spaces, in C
            found = lowered.encode("ascii").translate(_ASCII_SPACES).decode("ascii").split()
    else:
        lowered = unicodedata.normalize("NFKC", text).lower()
        if "'" in lowered or "’" in lowered:
            lowered = _APOSTROPHE.sub("", lowered)
        found = _WORD.findall(lowered)
    return found, ([h.replace("-", "") for h in _HYPHENATED.findall(lowered)] if "-" in lowered else [])


_STEMS: dict[str, str] = {}  # word -> stem, worked out once (a cached library brings its own)
MAX_REMEMBERED_STEMS = 1 << 18


def stem(word: str) -> str:
    """Fold plurals and -ing/-ed endings so 'salaries'/'salary' and 'engineering'/'engineer'
    meet. Deliberately crude: the same function runs on both sides, so it only has to be
    consistent, not linguistically right."""
    found = _STEMS.get(word)
    if found is None:
        if len(_STEMS) >= MAX_REMEMBERED_STEMS:
            _STEMS.clear()
        found = _STEMS[word] = _stem(word)
    return found


def remember_stems(pairs: Iterable[tuple[str, str]]) -> None:
    """Words and their stems, as stem() gave them when the library was built: a start from
    the cache need not stem a large library's vocabulary again."""
    _STEMS.update(pairs)


def _stem(word: str) -> str:
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("sses"):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if word.endswith(("ical", "ically")):  # ethical, ethically -> ethic
        word = word[: word.rindex("ic") + 2]
    if word.endswith(("ization", "isation")):  # specialization, specialized -> specializ
        return word[:-5]
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            if len(word) > 2 and word[-1] == word[-2] and word[-1] not in "lsz":
                word = word[:-1]
            break
    if word.endswith("e") and len(word) >= 4:
        word = word[:-1]
    return word


class PhraseTable(Generic[Value]):
    """Phrases (tuples of terms) and what each stands for, found in a run of terms longest
    first and without overlaps. Only the lengths of phrases that start with a term are tried."""

    def __init__(self, phrases: dict[tuple[str, ...], Value]) -> None:
        self.phrases = {p: v for p, v in phrases.items() if p}
        lengths: dict[str, set[int]] = {}
        for phrase in self.phrases:
            lengths.setdefault(phrase[0], set()).add(len(phrase))
        self._lengths = {first: sorted(sizes, reverse=True) for first, sizes in lengths.items()}

    def find(self, terms: list[str]) -> list[tuple[int, int, Value]]:
        """(start, end, value) for each phrase found. Only the places where a phrase could
        start are tried, left to right; a phrase found hides the places inside it."""
        lengths = self._lengths
        found: list[tuple[int, int, Value]] = []
        free = 0  # the first place not inside a phrase found
        for i in [i for i, term in enumerate(terms) if term in lengths]:
            if i < free:
                continue
            for size in lengths[terms[i]]:
                value = self.phrases.get(tuple(terms[i : i + size])) if i + size <= len(terms) else None
                if value is not None:
                    found.append((i, i + size, value))
                    free = i + size
                    break
        return found

    def openings(self) -> tuple[set[str], set[tuple[str, str]]]:
        """The phrases of one term, and the first two terms of the longer ones: a run of terms
        holds a phrase only where it holds one of these."""
        return ({p[0] for p in self.phrases if len(p) == 1},
                {(p[0], p[1]) for p in self.phrases if len(p) > 1})


class WordCounts(dict[str, int]):
    """A library's word counts, with the few of its words that may be typo targets (see
    Analyzer.typo_targets), worked out when it was built: a question on a library of a
    million distinct words then sorts a few thousand of them, not all."""

    def __init__(self, counts: Mapping[str, int] | Iterable[tuple[str, int]], targets: list[str]) -> None:
        super().__init__(counts)
        self.targets = targets


class Analyzer:
    """Turns text into the terms the index and the intent matcher compare."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        self.stopwords = frozenset(stem(w) for w in vocabulary.stopwords)
        self.generic = frozenset(stem(w) for w in vocabulary.generic)
        phrases: dict[tuple[str, ...], tuple[str, ...]] = {}
        for canonical, variants in vocabulary.canonical.items():
            target = tuple(stem(w) for w in words(canonical))
            for variant in [canonical, *variants]:  # the canonical phrase stands for itself
                phrases[tuple(stem(w) for w in words(variant))] = target
        self._phrases = PhraseTable(phrases)
        # Per analyzer, as its vocabulary shapes them; a text's terms never change after.
        self._remembered_terms = lru_cache(maxsize=MAX_REMEMBERED_TEXTS)(self._terms_of)
        self._remembered_index_terms = lru_cache(maxsize=MAX_REMEMBERED_TEXTS)(self._index_terms_of)
        self._headings: Mapping[str, str] = {}
        self._known: dict[str, int] = {}
        self._known_stems: set[str] = set()
        self._candidates: dict[str, None] = {}  # the known words that may be targets, in the order learned
        self._choices: dict[int, list[str]] = {}  # known words by length, most frequent first
        self._rank: dict[str, int] = {}  # each one's place among all known words by frequency
        self._corrected: dict[str, str | None] = {}  # telling the language and reading both ask

    # --- terms -------------------------------------------------------------------------

    def terms(self, text: str) -> list[str]:
        """Canonical stems of a text, stopwords kept (the caller decides)."""
        known = self._headings.get(text)
        return known.split() if known is not None else list(self._remembered_terms(text))

    def remember_headings(self, headings: Mapping[str, str]) -> None:
        """The terms of the library's headings (space-separated: a term holds no space), as
        they were when it was built: the first question about a role or an intent's section
        reads every heading of the library. Kept, not copied (200,000 of them at a million
        passages): the library hands over its own."""
        self._headings = headings

    def _terms_of(self, text: str) -> tuple[str, ...]:
        return tuple(self.canonicalize([stem(w) for w in _remembered_words(text)]))

    def canonicalize(self, stems: list[str]) -> list[str]:
        """Replace known phrasings by the articles' words, longest match first."""
        out: list[str] = []
        i = 0
        for start, end, target in self._phrases.find(stems):
            out += stems[i:start]
            out += target
            i = end
        out += stems[i:]
        return out

    def index_terms(self, text: str) -> list[str]:
        return list(self._remembered_index_terms(text))

    def _index_terms_of(self, text: str) -> tuple[str, ...]:
        return tuple(t for t in self._remembered_terms(text) if t not in self.stopwords)

    def phrase_openings(self) -> tuple[set[str], set[tuple[str, str]]]:
        """What a run of terms must hold for canonicalize to change it in a way other than
        phrase_substitutions: the other one-term phrases, and the first two terms of the longer."""
        singles, pairs = self._phrases.openings()
        return singles - self._plain_singles() - set(self.phrase_substitutions()), pairs

    def phrase_substitutions(self) -> dict[str, str]:
        """One-term phrases that stand for another single term and that no longer phrase holds
        ("sector" -> "industry"): canonicalize replaces each of them wherever it stands, so a
        reader of many texts may replace them one by one, without the phrase table."""
        held = {t for phrase in self._phrases.phrases if len(phrase) > 1 for t in phrase}
        return {p[0]: v[0] for p, v in self._phrases.phrases.items()
                if len(p) == 1 and len(v) == 1 and p != v and p[0] not in held}

    def _plain_singles(self) -> set[str]:
        """One-term phrases that stand for themselves ("skill"): found or not, nothing changes."""
        return {p[0] for p, v in self._phrases.phrases.items() if len(p) == 1 and v == p}

    # --- spelling ----------------------------------------------------------------------

    def learn(self, texts: Iterable[str]) -> None:
        """Add the words of these texts to what counts as known when correcting questions."""
        counts: Counter[str] = Counter()
        for text in texts:
            counts.update(words(text))
        self.learn_counts(counts)

    def learn_counts(self, counts: Mapping[str, int]) -> None:
        """Words and how often each is used; of a library's WordCounts, only its targets are
        candidates for correcting typos (of any other counts, all the words)."""
        if self._known:
            for word, n in counts.items():
                self._known[word] = self._known.get(word, 0) + n
        else:  # the library's words, first: a copy in C
            self._known.update(counts)
        self._known_stems.update(map(stem, counts))
        self._known_stems.update(self.stopwords)
        self._candidates.update(dict.fromkeys(counts.targets if isinstance(counts, WordCounts) else counts))
        self._choices = {}  # sorted again when a word next needs correcting
        self._corrected = {}

    def typo_targets(self, counts: Mapping[str, int]) -> list[str]:
        """The words of counts that _targets could choose, whatever is learned after them, in
        their order in counts: of each length, the MAX_CANDIDATES_PER_LENGTH most frequent.
        Learning more words only adds to a word's count, so a word that is not among them
        here is behind as many others still, unless it is learned again, and so a candidate
        too (placed after these: where its count ties one of theirs, theirs comes first)."""
        chosen = set(self._ranked(counts, counts))
        return [w for w in counts if w in chosen]

    def _ranked(self, words: Iterable[str], counts: Mapping[str, int]) -> list[str]:
        """Of these words, the ones that may be targets, frequent words first (on a tie, the
        first given), so a tie goes to the likelier word; a typo corrected to a stopword would
        add nothing, so stopwords are never targets."""
        ranked = []
        taken: Counter[int] = Counter()  # of each length
        for w in sorted((w for w in words if len(w) >= 3 and w.isalpha()), key=lambda w: -counts[w]):
            if taken[len(w)] < MAX_CANDIDATES_PER_LENGTH and stem(w) not in self.stopwords:
                taken[len(w)] += 1
                ranked.append(w)
        return ranked

    def _targets(self) -> dict[int, list[str]]:
        """The candidates that may be targets, by length, frequent words first."""
        if not self._choices:
            ranked = self._ranked(self._candidates, self._known)
            self._rank = {w: place for place, w in enumerate(ranked)}
            for w in ranked:
                self._choices.setdefault(len(w), []).append(w)
        return self._choices

    def is_known(self, word: str) -> bool:
        return word in self._known or stem(word) in self._known_stems

    def misspells_a_stopword(self, word: str) -> bool:
        """Whether a word is one edit from a stopword of four letters or more ("actualy"):
        a typo of how people talk, never a subject the articles lack."""
        return self._stopword_within_one(word) is not None

    def knows_term(self, term: str) -> bool:
        """For a term that is already a stem."""
        return term in self._known_stems

    def correct(self, word: str) -> str | None:
        """The known word this one is a typo of, or None. Short words are left alone (at
        three letters a typo is as likely another real word), and so are English words the
        articles do not use: "heard" is not a typo of "hard"."""
        if len(word) < 4 or not word.isalpha() or self.is_known(word):
            return None
        if word not in self._corrected:
            if len(self._corrected) >= MAX_REMEMBERED_CORRECTIONS:  # a long batch of odd words stays small
                self._corrected.clear()
            self._corrected[word] = self._nearest_known(word)
        return self._corrected[word]

    def _nearest_known(self, word: str) -> str | None:
        from careerbot.lexicon import english

        lexicon = english()
        if word in lexicon:
            return None
        if word.endswith("in") and word + "g" in lexicon:
            # "bein", "learnin": the "-ing" of chat, not "begin" mistyped.
            return word + "g" if self.is_known(word + "g") else None
        # Damerau-Levenshtein counts a swap of two letters ("strated") as one edit; a long
        # word may carry two ("differnts" -> "different"), a short one only one.
        edits = 1 if len(word) < MIN_LETTERS_FOR_TWO_EDITS else 2
        # A word `edits` away is at most `edits` letters longer or shorter: only those lengths
        # are searched. The five nearest of them (most frequent first on a tie) are weighed.
        targets = self._targets()
        matches = [m for length in range(len(word) - edits, len(word) + edits + 1)
                   for m in process.extract(word, targets.get(length, ()), scorer=DamerauLevenshtein.distance,
                                            score_cutoff=edits, limit=5)]
        # A word of how people talk, one edit away, is what a typo of it means when it is the more
        # common English ("waht" is "what", not "wat").
        talk = self._stopword_within_one(word)
        if not matches:
            return talk
        nearest = sorted(matches, key=lambda m: (m[1], self._rank[m[0]]))[:5]
        best = min(nearest, key=lambda m: (m[1], m[0][0] != word[0], -self._known[m[0]]))
        if talk and (best[1] > 1 or lexicon.zipf(talk) > lexicon.zipf(best[0])):
            return talk
        if best[1] > 1 and best[0][0] != word[0]:
            return None  # two edits and another first letter: a name ("macbook"), not "facebook" mistyped
        return best[0]

    def _stopword_within_one(self, word: str) -> str | None:
        """The stopword of four letters or more one edit from this word, if any."""
        long = [w for w in self.vocabulary.stopwords if len(w) >= 4 and abs(len(w) - len(word)) <= 1]
        found = process.extractOne(word, long, scorer=DamerauLevenshtein.distance, score_cutoff=1)
        return found[0] if found else None
