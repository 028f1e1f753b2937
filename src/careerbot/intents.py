"""Understand a question: which intent, which role and level, which words were typos.

Each intent (intents/*.toml) is scored two ways and the two are combined as a noisy-or:
keyword evidence (a phrase from its keyword list in the question) and rapidfuzz similarity
to its example phrasings, compared after roles and levels are replaced by placeholders so
that "how much does a data analyst earn" matches "how much does a data scientist earn".
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel
from rapidfuzz import fuzz, process

from careerbot import cachedir
from careerbot.datafiles import load_toml
from careerbot.errors import DataFileError
from careerbot.lexicon import english
from careerbot.memo import Memo
from careerbot.models import IntentSpec, RoleFacts, Understanding, Vocabulary
from careerbot.text import Analyzer, PhraseTable, clean, stem, words
from careerbot.thresholds import COMMON_ZIPF

VOCABULARY_FILE = "vocabulary.toml"
# The vocabulary every pack gets (general English: stopwords, how questions are asked,
# conversation references, stance cues, neutral wording); a pack's own extends it.
BASE_DIR = Path(__file__).parent / "base"
Model = TypeVar("Model", bound=BaseModel)
REQUIRED_ANSWERS = ("smalltalk", "out_of_scope")
INTENTS_CACHE_LIMIT = 1 << 26  # bytes: a dozen intent files parse to a few hundred kB

# Questions whose understanding is kept once worked out: a batch's rows ask the same
# sentences again ("How much does a data scientist earn?" after a background of its own),
# and the matcher's reading of a text depends on nothing else. Past this many, it restarts.
MAX_REMEMBERED_UNDERSTANDINGS = 4096

ROLE_TOKEN = "<role>"
LEVEL_TOKEN = "<level>"


class ParsedIntents(BaseModel):
    """An intents folder as read, cached as JSON: parsing a dozen TOML files costs more than
    the rest of a one-shot `careerbot ask`."""

    key: str
    specs: list[IntentSpec]
    vocabulary: Vocabulary
    problems: list[str]


def load_intents(intents_dir: Path | None) -> tuple[list[IntentSpec], Vocabulary, list[str]]:
    """A pack's intents and vocabulary over the base ones (the base alone for None), and what
    was wrong with its files."""
    if intents_dir is not None and not intents_dir.is_dir():
        raise DataFileError(intents_dir, "is not a folder of intent files")
    folder = intents_dir or BASE_DIR
    base = cachedir.key({}, sorted(BASE_DIR.glob("*.toml")), BASE_DIR)
    key = cachedir.key({"format": 4, "base": base}, sorted(folder.glob("*.toml")), folder)
    cached = cachedir.entry("intents", folder).with_suffix(".json")
    try:  # sealed with its key and checksum, so an edited value is never served
        parsed = ParsedIntents.model_validate_json(cachedir.unseal(cached, key, INTENTS_CACHE_LIMIT))
        if parsed.key == key:
            return parsed.specs, parsed.vocabulary, parsed.problems
    except cachedir.Damaged as exc:
        cachedir.say_rebuilt(cached, exc)
    except (OSError, ValueError):
        pass  # no cache yet, one for other files, or one that does not parse: read the files
    specs, vocabulary, problems = read_intents(intents_dir)
    with contextlib.suppress(OSError):  # no cache costs a few milliseconds, not an answer
        parsed = ParsedIntents(key=key, specs=specs, vocabulary=vocabulary, problems=problems)
        cachedir.seal(cached, key, parsed.model_dump_json().encode())
    return specs, vocabulary, problems


def read_intents(intents_dir: Path | None) -> tuple[list[IntentSpec], Vocabulary, list[str]]:
    """A pack's intents over the base ones: a base intent stands where the pack has none of
    its name (nor, for small talk, the decline and the fallback, none of its kind). A broken
    intent file, or a second one with a name already taken, is skipped and described in the
    problems returned; a broken vocabulary.toml is an error."""
    base, _ = read_folder(BASE_DIR)
    own, problems = read_folder(intents_dir) if intents_dir is not None else ({}, [])
    mine = [spec for _, spec in own.values()]
    for name, (path, spec) in base.items():
        replaced = name in own or any(
            s.answer == spec.answer for s in mine if spec.answer in REQUIRED_ANSWERS) or (
            spec.fallback and any(s.fallback for s in mine))
        if not replaced:
            own[name] = (path, spec)
    specs = [spec for _, spec in sorted(own.values(), key=lambda found: found[0].name)]
    vocabulary = load_toml(BASE_DIR / VOCABULARY_FILE, Vocabulary)
    if intents_dir is not None and (vocab_path := intents_dir / VOCABULARY_FILE).is_file():
        vocabulary = extended(vocabulary, load_toml(vocab_path, Vocabulary))
    return specs, vocabulary, problems


def read_folder(folder: Path) -> tuple[dict[str, tuple[Path, IntentSpec]], list[str]]:
    """The intent files of one folder, by name, and the ones skipped."""
    found: dict[str, tuple[Path, IntentSpec]] = {}
    problems: list[str] = []
    for path in sorted(folder.glob("*.toml")):
        if path.name == VOCABULARY_FILE:
            continue
        try:
            spec = load_toml(path, IntentSpec)
        except DataFileError as exc:
            problems.append(f"{exc}; skipped")
            continue
        if spec.name in found:
            problems.append(f"{path}: intent {spec.name!r} is already defined in {found[spec.name][0].name}; skipped")
            continue
        found[spec.name] = (path, spec)
    return found, problems


def extended(base: Model, more: Model) -> Model:
    """The base vocabulary with a pack's added: its lists after the base's, its tables'
    entries over the base's, field by field."""
    values: dict[str, Any] = {}
    for name in type(base).model_fields:
        mine, theirs = getattr(base, name), getattr(more, name)
        if isinstance(mine, BaseModel):
            values[name] = extended(mine, theirs)
        elif isinstance(mine, list):
            values[name] = [*mine, *(item for item in theirs if item not in mine)]
        elif isinstance(mine, dict):
            values[name] = {**mine, **theirs}
        else:
            values[name] = theirs if name in more.model_fields_set else mine
    return type(base).model_validate(values)


class IntentMatcher:
    def __init__(self, specs: list[IntentSpec], analyzer: Analyzer, roles: list[RoleFacts]) -> None:
        self.specs = {s.name: s for s in specs}
        self.analyzer = analyzer
        self.out_of_scope = next(s.name for s in specs if s.answer == "out_of_scope")
        self.smalltalk = next(s.name for s in specs if s.answer == "smalltalk")
        self.role_aliases: dict[tuple[str, ...], str] = {}
        alias_texts: list[str] = []
        self.role_heads: dict[str, set[str]] = {}
        near: dict[tuple[str, ...], tuple[str, str]] = {}
        for role in roles:
            for said in role.near:
                near[tuple(analyzer.terms(said))] = (said, role.name)
            names = [role.name, *role.aliases, *role.near]
            names += ["".join(words(n)) for n in names if len(words(n)) == 2]  # "datascientist"
            alias_texts += names
            for alias in names:
                terms = tuple(analyzer.terms(alias))
                if terms:
                    self.role_aliases.setdefault(terms, role.name)
                    if terms[-1] not in analyzer.generic and terms[-1] not in analyzer.stopwords:
                        self.role_heads.setdefault(terms[-1], set()).add(role.name)
        # A role's field ("computer vision" of "computer vision engineer") names the role
        # when no other role shares it.
        fields: dict[tuple[str, ...], set[str]] = {}
        for terms, name in self.role_aliases.items():
            field = terms[:-1]
            if len(field) >= 2 and terms[-1] in self.role_heads and any(t not in analyzer.generic for t in field):
                fields.setdefault(field, set()).add(name)
        self.role_fields = PhraseTable({f: next(iter(names)) for f, names in fields.items() if len(names) == 1})
        self.skill_terms = frozenset(t for w in analyzer.vocabulary.question.skill_nouns for t in analyzer.terms(w))
        self.compared_fields = PhraseTable({tuple(analyzer.terms(f)): role.name for role in roles for f in role.fields})
        self.roles = PhraseTable(self.role_aliases)
        self.near_roles = PhraseTable(near)
        self.levels = PhraseTable({
            tuple(analyzer.terms(p)): level for level, phrases in analyzer.vocabulary.levels.items() for p in phrases
        })
        talk = analyzer.vocabulary.conversation
        # For scoring, a reference stands where a role would: "what do they do" reads like
        # "what does a data engineer do".
        self.references = PhraseTable({tuple(analyzer.terms(r)): "role" for r in talk.role_references})
        self.other_references = frozenset(talk.other_references)
        # References made of stopwords ("them", "become one") the phrase table never sees: matched
        # on the words as said.
        self.reference_words = frozenset(r for r in talk.role_references if " " not in r)
        self.reference_phrases = [tuple(words(r)) for r in talk.role_references if " " in r]
        self.first_person = frozenset(talk.first_person)
        self.own_words = frozenset(analyzer.vocabulary.question.own_words)
        self.openers = [tuple(words(o)) for o in talk.ellipsis_openers]
        # Both by their first word: a question is checked only against those its words start
        # (one of no words, were there one, stands in any question).
        self._references_by_first = _by_first(self.reference_phrases)
        self._openers_by_first = _by_first(self.openers)
        self._wordless_reference, self._wordless_opener = () in self.reference_phrases, () in self.openers
        self.keywords = {s.name: {k for k in map(self._pattern, s.keywords) if k} for s in specs}
        # Each intent's keyword terms in one set, asked for on every question.
        self.keyword_terms = {name: frozenset(t for kw in kws for t in kw) for name, kws in self.keywords.items()}
        # Stopwords no keyword uses ("actually", "really"): passed over when keywords are
        # matched, so "what does a data scientist actually make?" holds "{role} make".
        self.passed_over = analyzer.stopwords - frozenset().union(*self.keyword_terms.values())
        # Each intent's keywords by their first term: a question is checked only against those
        # whose first term it holds (the matcher's hot loop; the same hits as trying them all).
        self.keywords_by_first: dict[str, dict[str, list[tuple[str, ...]]]] = {}
        for name, keywords in self.keywords.items():
            by_first = self.keywords_by_first.setdefault(name, {})
            for kw in keywords:
                by_first.setdefault(kw[0], []).append(kw)
        self.examples = {s.name: [self._shape(e)[0] for e in s.examples] for s in specs}
        # The examples with their words sorted once: token_sort_ratio is the plain ratio of the
        # sorted words, and sorting every example again on every question was most of the
        # matcher's time.
        self.sorted_examples = {name: [sorted_words(e) for e in shaped] for name, shaped in self.examples.items()}
        # The words of what the intents answer about ("mba", "salary"): a question holding one
        # is no small talk, whatever "help" or "thanks" it also says.
        self.topic_terms = frozenset(t for s in specs if s.answer not in REQUIRED_ANSWERS
                                     for kw in self.keywords[s.name] for t in kw)
        self.smalltalk_phrases = PhraseTable({
            tuple(analyzer.terms(w)): reply.text for reply in self.specs[self.smalltalk].replies for w in reply.when
        })
        self._understood: Memo[tuple[str, bool, bool], Understanding] = Memo(MAX_REMEMBERED_UNDERSTANDINGS)
        self._shaped: Memo[str, tuple[str, ...]] = Memo(MAX_REMEMBERED_UNDERSTANDINGS)
        analyzer.learn(
            [text for s in specs if s.answer not in ("out_of_scope", "smalltalk")
             for text in [*s.examples, *s.keywords]]
            + [p for ps in analyzer.vocabulary.canonical.values() for p in ps] + list(analyzer.vocabulary.canonical)
            + [p for ps in analyzer.vocabulary.levels.values() for p in ps]
            + alias_texts
            + [w for reply in self.specs[self.smalltalk].replies for w in reply.when]
        )

    # --- the parts -----------------------------------------------------------------------

    def _pattern(self, keyword: str) -> tuple[str, ...]:
        """A keyword's terms; "{role}" and "{level}" stand for any role or level."""
        for name, token in (("{role}", ROLE_TOKEN), ("{level}", LEVEL_TOKEN)):
            keyword = keyword.replace(name, f" {token} ")
        out: list[str] = []
        for part in keyword.split():
            out += [part] if part in (ROLE_TOKEN, LEVEL_TOKEN) else self.analyzer.terms(part)
        return tuple(out)

    def _shape(self, text: str) -> tuple[str, list[str], list[str]]:
        """The question as a string of terms with roles and levels replaced by
        placeholders, plus the roles and levels found."""
        terms = self.analyzer.terms(text)
        roles = self.roles.find(terms)
        shaped: list[str] = []
        found_roles: list[str] = []
        i = 0
        for start, end, role in roles:
            shaped += [*terms[i:start], ROLE_TOKEN]
            found_roles.append(role)
            i = end
        shaped += terms[i:]
        if not found_roles:
            for start, end, _ in reversed(self.references.find(shaped)):
                shaped[start:end] = [ROLE_TOKEN]
        levels = self.levels.find(shaped)
        found_levels: list[str] = [level for _, _, level in levels]
        for start, end, _ in reversed(levels):
            shaped[start:end] = [LEVEL_TOKEN]
        return " ".join(shaped), found_roles, found_levels

    def run_together(self, text: str) -> set[str]:
        """The words a text runs together at a hyphen from words known or English ("job-ready"
        gives "jobready", "non-tech" gives "nontech"): neither typos nor subjects."""
        lexicon = english()
        pairs = [pair.lower().split("-") for pair in re.findall(r"\w+(?:-\w+)+", text)]
        return {"".join(parts) for parts in pairs if all(p in lexicon or self.analyzer.is_known(p) for p in parts)}

    def correct(self, text: str) -> tuple[str, dict[str, str]]:
        """Fix words careerbot does not know but nearly does: 'salery' -> 'salary'."""
        corrections: dict[str, str] = {}
        lexicon = english()
        # "non-tech", read as one word, is two known words, not a typo of "fintech".
        for word in set(words(text)) - self.run_together(text):
            fixed = self.analyzer.correct(word) or lexicon.in_full(word)
            if fixed and fixed != word:
                corrections[word] = fixed
        if not corrections:
            return text, {}
        out = [corrections.get(w, w) for w in words(text)]
        return " ".join(out), corrections

    # --- the whole ---------------------------------------------------------------------

    def understand(self, question: str, *, correct: bool = True, scored: bool = True) -> Understanding:
        """What the question asks; correct=False leaves its spelling alone (a question in
        another language is not English with typos). scored=False reads only its words, roles
        and level, not its intent (intent out of scope, no scores): for a background or a
        setting, of which only those are used, the intents' scoring is most of the cost.

        A text asked again gets its understanding as first worked out (the matcher and its
        analyzer do not change once made), in lists and dicts of its own, so that a caller
        that changes them changes nothing for the next question."""
        key = (question, correct, scored)
        return _fresh(self._understood.get(key, lambda: self._understand(question, correct=correct, scored=scored)))

    def _understand(self, question: str, *, correct: bool, scored: bool) -> Understanding:
        cleaned = clean(question)
        corrected, corrections = self.correct(cleaned) if correct else (cleaned, {})
        shaped, roles, levels = self._shape(corrected)
        terms = shaped.split()
        roles = list(dict.fromkeys(roles))
        candidates, unlisted = self._role_by_head(terms)
        if roles:
            candidates = []  # a bare "engineer" beside a named role is that role's head, not a question
        if len(candidates) == 1:
            roles, candidates = candidates, []
        if not roles and not candidates:
            # "computer vision" names its role, even beside a role the articles lack.
            # "deep learning skills" are skills, not the Deep Learning Engineer.
            roles = [name for _, end, name in self.role_fields.find(terms)
                     if not (end < len(terms) and terms[end] in self.skill_terms)][:1]
        plain = [t for t in terms if t not in (ROLE_TOKEN, LEVEL_TOKEN)]
        content = [t for t in plain if t not in self.analyzer.stopwords and t not in self.analyzer.generic]
        # "2025" is no topic, nor is a lone letter ("w/", "a | b").
        unknown_terms = {t for t in content if not self.analyzer.knows_term(t) and t.isalpha() and len(t) > 1}
        # "job-ready" run together is two words they know, no word they lack.
        unknown_terms -= {t for w in self.run_together(cleaned) for t in self.analyzer.terms(w)}
        # Reported as the user wrote them ("hours", not the stem "hour").
        unknown = list(dict.fromkeys(w for w in words(corrected) if stem(w) in unknown_terms)) or sorted(unknown_terms)
        if unknown:
            # The rarest first: "casino" says more about a question than "night" does.
            lexicon = english()
            unknown.sort(key=lambda w: lexicon.zipf(w))
        scores = self._score(shaped, terms, roles, content) if scored else {}
        best = max(scores, key=lambda name: scores[name]) if scores else self.out_of_scope
        ranked = sorted(scores.values(), reverse=True) or [0.0]
        margin = ranked[0] - (ranked[1] if len(ranked) > 1 else 0.0)
        confidence = min(1.0, ranked[0] * (0.75 + min(margin, 0.25)))
        raw_words = words(cleaned)
        pointed = not self.reference_words.isdisjoint(raw_words) or self._wordless_reference or any(
            contains(raw_words, p) for w in self._references_by_first.keys() & set(raw_words)
            for p in self._references_by_first[w])
        anaphora = (ROLE_TOKEN in terms and not roles) or (pointed and not roles) or any(
            w in self.other_references for w in raw_words)
        elliptical = self._wordless_opener or (bool(raw_words) and any(
            tuple(raw_words[: len(p)]) == p for p in self._openers_by_first.get(raw_words[0], ())))
        return Understanding(
            text=corrected, intent=best, confidence=round(confidence, 3), scores=scores,
            roles=roles, role_candidates=sorted(candidates), unlisted_role=unlisted,
            stand_ins=dict(value for _, _, value in self.near_roles.find(self.analyzer.terms(corrected))),
            level=levels[0] if levels else None, corrections=corrections,
            unknown_words=unknown, content_words=content, anaphora=anaphora, elliptical=elliptical,
            first_person=any(w in self.first_person for w in raw_words),
        )

    def fields_named(self, text: str) -> list[str]:
        """The roles whose field a text names ("data science": the Data Scientist), outside
        the roles it names by name."""
        return list(dict.fromkeys(name for _, _, name in self.compared_fields.find(self.shaped_terms(clean(text)))))

    def _role_by_head(self, terms: list[str]) -> tuple[list[str], str | None]:
        """A bare 'engineer' or 'scientist': the roles it could be, or, after an unknown
        word ('prompt engineer'), a role the articles do not list."""
        for i, term in enumerate(terms):
            if term in self.role_heads:
                before = terms[i - 1] if i > 0 else ""
                if before and before not in self.analyzer.stopwords and not self.analyzer.knows_term(before):
                    return [], f"{before} {term}"
                return sorted(self.role_heads[term]), None
        return [], None

    def _score(self, shaped: str, terms: list[str], roles: list[str], content: list[str]) -> dict[str, float]:
        scores: dict[str, float] = {}
        keyed = [t for t in terms if t not in self.passed_over]
        present = set(keyed)
        asked = sorted_words(shaped)
        matched = {name: [(kw, places(keyed, kw)) for t in present & self.keywords_by_first[name].keys()
                          for kw in self.keywords_by_first[name][t]] for name in self.specs}
        spans = [(name, at, at + len(kw)) for name, found in matched.items() for kw, ats in found for at in ats]
        # "NLP or CV: which has a better future?": "language" of "natural language processing"
        # is a field's word, no intent's.
        spans += [("", start, end) for start, end, _ in self.role_fields.find(keyed)]
        for name, spec in self.specs.items():
            # "what are employers looking for": a keyword inside another intent's longer one at
            # the same place ("employers" of "employers look for") is a word of that one.
            hits = sum(1 for kw, ats in matched[name] if any(
                not any(other != name and start <= at and at + len(kw) <= end and end - start > len(kw)
                        for other, start, end in spans) for at in ats))
            keyword = 0.0 if hits == 0 else spec.keyword_weight * min(0.9, 0.45 + 0.2 * hits)
            example = 0.0
            if self.examples[name]:  # fuzz.token_sort_ratio(shaped, example), the words sorted once
                match = process.extractOne(asked, self.sorted_examples[name], scorer=fuzz.ratio)
                example = max(0.0, (match[1] / 100 - 0.5) / 0.5) if match else 0.0
            score = 1 - (1 - keyword) * (1 - example)
            if len(roles) >= 2 and spec.answer == "comparison":
                score = 1 - (1 - score) * 0.4
            if roles and spec.answer in ("out_of_scope", "smalltalk"):
                score *= 0.3
            scores[name] = round(score, 4)
        role_info = next((s.name for s in self.specs.values() if s.answer == "role_info"), None)
        others = max((v for k, v in scores.items() if k != role_info), default=0.0)
        if roles and role_info and others < 0.5:
            scores[role_info] = round(1 - (1 - scores[role_info]) * 0.5, 4)  # a role named, nothing else asked
        smalltalk = self.smalltalk_phrases.find(terms)
        said = {t for start, end, _ in smalltalk for t in terms[start:end]}
        rest = [t for t in content if t not in said]
        # "thanks, great answer" is small talk; "would an MBA help me?" asks of an MBA, and "would
        # my background help?" (no "thanks, my question is answered") of what the asker has.
        ordinary = all(english().zipf(t) >= COMMON_ZIPF for t in rest)  # "very clear answer"
        own = bool(rest) and bool(smalltalk) and smalltalk[0][0] > 0 and not self.own_words.isdisjoint(words(shaped))
        if smalltalk and (len(rest) <= 1 or ordinary) and not roles and not set(rest) & self.topic_terms and not own:
            scores[self.smalltalk] = max(scores[self.smalltalk], 0.9)
        return scores

    def shaped_terms(self, text: str) -> list[str]:
        """The terms of a text with roles and levels as placeholders, as keywords see them;
        kept, as the planner and the finder ask them of the same question again and again."""
        return list(self._shaped.get(text, lambda: tuple(self._shape(text)[0].split())))

    def smalltalk_reply(self, question: str) -> str | None:
        found = self.smalltalk_phrases.find(self.analyzer.terms(clean(question)))
        return found[0][2] if found else None


def _by_first(phrases: list[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    """Phrases by their first word, in their order (a phrase of no words is in none)."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        if phrase:
            by_first.setdefault(phrase[0], []).append(phrase)
    return by_first


def _fresh(u: Understanding) -> Understanding:
    """A copy of an understanding with lists and dicts of its own."""
    return replace(u, scores=dict(u.scores), roles=list(u.roles), role_candidates=list(u.role_candidates),
                   stand_ins=dict(u.stand_ins), corrections=dict(u.corrections), unknown_words=list(u.unknown_words),
                   content_words=list(u.content_words), background_terms=list(u.background_terms))


def sorted_words(text: str) -> str:
    """A text's words sorted and joined, as rapidfuzz's token_sort_ratio compares them."""
    return " ".join(sorted(text.split()))


def places(terms: list[str], phrase: tuple[str, ...]) -> list[int]:
    """Where the phrase's terms stand side by side in the terms."""
    n = len(phrase)
    if not n:
        return [0]
    return [at for at, term in enumerate(terms) if term == phrase[0] and tuple(terms[at: at + n]) == phrase]


def contains(terms: list[str], phrase: tuple[str, ...]) -> bool:
    """Whether the phrase's terms stand side by side in the terms; only the places holding
    its first term are tried (on every question, for hundreds of phrases)."""
    n = len(phrase)
    if n == 1:
        return phrase[0] in terms
    if not n:
        return True
    first, at = phrase[0], -1
    for _ in range(terms.count(first)):
        at = terms.index(first, at + 1)
        if tuple(terms[at : at + n]) == phrase:
            return True
    return False

