"""A knowledge pack as the answer path reads it: the intents and their vocabulary, the
index of the articles and the facts drawn from them, loaded once and shared by every stage.
The stages (planning.py, evidence.py, composing.py) are Stage subclasses over one Pack."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from careerbot.intents import IntentMatcher
from careerbot.knowledge import Knowledge
from careerbot.language import phrase_index
from careerbot.models import IntentSpec, Vocabulary
from careerbot.retrieval import Index
from careerbot.text import Analyzer, words


def embedded(name: str) -> Path:
    """The embedded pack's folder ("corpus") or its intents ("intents", inside it): shipped
    in the wheel, or, in a source checkout, the one at the top."""
    packaged = Path(__file__).parent / "data" / "corpus"
    pack = packaged if packaged.is_dir() else Path(__file__).resolve().parents[2] / "corpus"
    return pack / "intents" if name == "intents" else pack


@dataclass
class Pack:
    specs: dict[str, IntentSpec]
    vocabulary: Vocabulary
    analyzer: Analyzer
    index: Index
    knowledge: Knowledge
    matcher: IntentMatcher
    trace: list[tuple[str, str]] | None = None  # what each stage made of the question, while explaining
    asking_terms: set[str] = field(init=False)
    form_words: set[str] = field(init=False)
    name_words: set[str] = field(init=False)
    weighing_terms: set[str] = field(init=False)
    language_phrases: dict[str, list[tuple[str, list[str]]]] = field(init=False)

    def __post_init__(self) -> None:
        vocabulary = self.vocabulary
        # The words by which a yes/no question asks (need, mandatory, dying): never its topic.
        cues = vocabulary.stance
        self.asking_terms = {t for p in [*cues.asks_requirement, *cues.asks_negative, *cues.asks_enough]
                             for t in self.analyzer.index_terms(p)}
        # The words that give a question its form ("differ", "versus"): never its subject.
        q = vocabulary.question
        self.form_words = {w for p in [*q.comparison_markers, *q.difference_markers, *q.how_to_markers,
                                       *q.quantity_markers, *q.yes_no_openers, *q.wh_openers] for w in words(p)}
        # The words by which a question weighs a path ("worth", "learn", "get into"): never what it is about.
        self.weighing_terms = {t for p in [*q.weighing_markers, *q.pursuit_words] for t in self.analyzer.index_terms(p)}
        # The career phrases of other languages, by first word, that tell a question's language.
        self.language_phrases = phrase_index(vocabulary.translations)
        # The words of role names and canonical terms: English in any language ("un Data Scientist").
        self.name_words = {w for r in self.knowledge.facts.roles for n in [r.name, *r.aliases] for w in words(n)}
        self.name_words |= {w for k, v in vocabulary.canonical.items() for p in [k, *v] for w in words(p)}


class Stage:
    """One stage of the answer path, with the pack's parts at hand under short names."""

    def __init__(self, pack: Pack) -> None:
        self.pack = pack
        self.specs, self.vocabulary, self.analyzer = pack.specs, pack.vocabulary, pack.analyzer
        self.index, self.knowledge, self.matcher = pack.index, pack.knowledge, pack.matcher
        self.asking_terms, self.form_words = pack.asking_terms, pack.form_words
        self.ordinals = pack.vocabulary.conversation.ordinals

    def note(self, stage: str, detail: str) -> None:
        """Record what a stage made of the question, when explain() asks."""
        if self.pack.trace is not None:
            self.pack.trace.append((stage, detail))
