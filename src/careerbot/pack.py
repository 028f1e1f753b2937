"""A knowledge pack: the folder's parts (its intents folder, its pack.toml, what the chat shows
of it, the intents its facts can answer), and the Pack the answer path reads: the intents and
their vocabulary, the index of the articles and the facts drawn from them, loaded once and
shared by every stage. The stages (planning.py, evidence.py, composing.py) are Stage
subclasses over one Pack."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path

from careerbot import cachedir
from careerbot.datafiles import load_toml
from careerbot.errors import DataFileError
from careerbot.intents import IntentMatcher
from careerbot.knowledge import Knowledge
from careerbot.language import phrase_index
from careerbot.models import Facts, IntentSpec, PackInfo, Vocabulary
from careerbot.retrieval import Index
from careerbot.text import Analyzer, words

PACK_FILE = "pack.toml"
PACK_CACHE_LIMIT = 1 << 20  # bytes: a pack.toml is a few hundred
INTENTS_FOLDER = "intents"
MAX_EXAMPLES = 6
MAX_EXAMPLES_TRIED = 24  # questions made of headings, tried in order for the welcome
CONVERSATIONAL = ("smalltalk", "out_of_scope")
# The intents first in the welcome: the answers built from facts show best what a pack knows.
WELCOME_FIRST = ("salary", "skills", "how_to_start", "role_info", "comparison", "roles")
# Headings that say nothing of what a section holds: no example question is made of them.
BARE_HEADINGS = {"introduction", "conclusion", "summary", "overview", "references", "see also", "contents",
                 "table of contents", "final thoughts", "in conclusion", "notes", "sources", "faq", "faqs"}


def embedded(name: str) -> Path:
    """The embedded pack's folder ("corpus") or its intents ("intents", inside it): shipped
    in the wheel, or, in a source checkout, the one at the top."""
    packaged = Path(__file__).parent / "data" / "corpus"
    pack = packaged if packaged.is_dir() else Path(__file__).resolve().parents[2] / "corpus"
    return pack / "intents" if name == "intents" else pack


def pack_intents(folder: Path) -> Path | None:
    """A pack's own intents folder, if it has one: without, it gets the base intents."""
    intents = folder / INTENTS_FOLDER
    return intents if intents.is_dir() else None


def load_info(folder: Path) -> PackInfo:
    """The pack's pack.toml, from a sealed JSON copy while the file is unchanged: a start that
    reads every other part from the caches need not load a TOML parser for it."""
    path = folder / PACK_FILE
    if not path.is_file():
        return PackInfo()
    key = cachedir.key({"format": 1}, [path], folder)
    cached = cachedir.entry("pack", folder).with_suffix(".json")
    try:
        return PackInfo.model_validate_json(cachedir.unseal(cached, key, PACK_CACHE_LIMIT))
    except cachedir.Damaged as exc:
        cachedir.say_rebuilt(cached, exc)
    except (OSError, ValueError):
        pass  # none yet, or made from another pack.toml
    info = load_toml(path, PackInfo)
    with contextlib.suppress(OSError):  # no cache costs a millisecond or two, not an answer
        cachedir.seal(cached, key, info.model_dump_json().encode())
    return info


def preview(folder: Path | None) -> PackInfo:
    """What the chat can say of a pack before its articles are read: its name, tagline and
    placeholder (a broken pack.toml is reported once the pack loads)."""
    folder = folder or embedded("corpus")
    try:
        info = load_info(folder)
    except DataFileError:
        info = PackInfo()
    return presented(info, folder, [], [], [])


def answerable(spec: IntentSpec, facts: Facts) -> bool:
    """Whether the pack has the facts an intent's answers are built from: no salary routing
    without a salary, no roles without roles (an added folder may bring them)."""
    if spec.answer == "salary":
        return bool(facts.salary_levels or any(r.salaries for r in facts.roles))
    if spec.answer == "skills":
        return bool(facts.general_skills or any(r.skills for r in facts.roles))
    if spec.answer in ("role_info", "roles", "comparison"):
        return bool(facts.roles)
    return True


def as_question(example: str) -> str:
    """An intent's example as a person would type it: a capital, and a question mark."""
    text = example.strip().rstrip("?")
    return text[:1].upper() + text[1:] + "?"


def heading_questions(sections: list[str], titles: list[str]) -> list[str]:
    """Questions made of the articles' own headings ("What do the articles say about storm
    watches?"), or of their titles where they have none: the examples of a pack with no
    intents of its own."""
    asked: list[str] = []
    headings = [s.split(" › ")[-1] for s in sections]
    named = {t.lower() for t in titles}  # once: a large library has thousands of both
    for heading in [*(h for h in headings if h.lower() not in named), *titles]:
        heading = heading.strip(" :#")
        if not heading or heading.lower() in BARE_HEADINGS or not words(heading):
            continue
        asked.append(heading if heading.endswith("?") else f"What do the articles say about “{heading}”?")
    return list(dict.fromkeys(asked))


def presented(info: PackInfo, folder: Path, specs: list[IntentSpec], sections: list[str],
              titles: list[str]) -> PackInfo:
    """The pack's pack.toml with every blank filled: its name from its folder, its examples
    from its intents, or else from its headings."""
    named = folder.resolve().name.replace("-", " ").replace("_", " ")
    name = info.name or named[:1].upper() + named[1:]
    subject = info.subject or named
    examples = info.examples
    if not examples:
        content = [s for s in specs if s.answer not in CONVERSATIONAL and not s.fallback]
        ordered = sorted(content, key=lambda s: WELCOME_FIRST.index(s.answer) if s.answer in WELCOME_FIRST
                         else len(WELCOME_FIRST))
        examples = [as_question(s.examples[0]) for s in ordered][:MAX_EXAMPLES] or heading_questions(sections, titles)
    return info.model_copy(update={
        "name": name, "subject": subject, "examples": examples,
        "tagline": info.tagline or f"{subject}, from the articles",
        "placeholder": info.placeholder or f"Ask about {subject}… (F1 for help)",
        "welcome": info.welcome or (f"**Hi! I'm {name}.** I answer questions about {subject} from the articles "
                                    "I have read, and cite them.\n\nThe articles:\n\n{articles}\n\n"
                                    "Try one of these, or type your own (F1 for help):")})


def addressed(spec: IntentSpec, info: PackInfo) -> IntentSpec:
    """An intent's own words with the pack's name and subject in them (the base intents say
    "I'm {name}")."""
    def said(text: str) -> str:
        return text.replace("{name}", info.name).replace("{subject}", info.subject)
    return spec.model_copy(update={
        "reply": said(spec.reply), "replies": [r.model_copy(update={"text": said(r.text)}) for r in spec.replies]})


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
    form_terms: set[str] = field(init=False)
    name_words: set[str] = field(init=False)
    weighing_terms: set[str] = field(init=False)
    language_phrases: dict[str, list[tuple[str, list[str]]]] = field(init=False)

    def __post_init__(self) -> None:
        vocabulary = self.vocabulary
        # The words by which a yes/no question asks (need, mandatory, dying): never its topic.
        cues = vocabulary.stance
        asking = [*cues.asks_requirement, *cues.asks_negative, *cues.falling_demand, *cues.asks_enough,
                  *cues.asks_useful]
        self.asking_terms = {t for p in asking for t in self.analyzer.index_terms(p)}
        # The words that give a question its form ("differ", "versus"): never its subject.
        q = vocabulary.question
        self.form_words = {w for p in [*q.comparison_markers, *q.difference_markers, *q.identity_markers,
                                       *q.how_to_markers,
                                       *q.quantity_markers, *q.yes_no_openers, *q.wh_openers] for w in words(p)}
        self.form_terms = {t for w in self.form_words for t in self.analyzer.index_terms(w)}
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
