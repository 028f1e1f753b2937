"""CareerBot: one conversation. It routes each question to a structured answer or to
retrieved sentences, keeps what follow-ups need, and says plainly when the articles don't
cover something."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path

from rapidfuzz.distance import DamerauLevenshtein

from careerbot import answers
from careerbot.answers import Parts, with_article
from careerbot.intents import ROLE_TOKEN, IntentMatcher, contains, load_intents
from careerbot.knowledge import Knowledge, own_sections
from careerbot.language import detect, gloss
from careerbot.lexicon import english
from careerbot.library import open_library
from careerbot.models import Answer, Chunk, IntentSpec, RoleFacts, Understanding
from careerbot.reading import Reading, found_phrases, is_non_latin, read
from careerbot.retrieval import Hit, Index, Passage
from careerbot.text import Analyzer, clean, stem, valid_unicode, words
from careerbot.verdict import Stance, stance_of, verdict

MAX_QUESTION_CHARS = 500  # longer text is cut here; the answer says so
ROLE_ANSWERS = ("salary", "skills", "role_info", "comparison")

# How much of a question's own term weight the best passage must hold to count as an answer:
# for a question an intent recognises, and for one that none does.
MIN_COVERAGE = 0.5
STRICT_COVERAGE = 0.75
# A question its intent knows well ("in which industries ...") may hold filler words the
# articles use elsewhere ("find"): its passages need only this share.
CONFIDENT_COVERAGE = 0.3
CONFIDENT_INTENT = 0.6
# An intent weaker than this does not carry a question on its own: it may be a follow-up.
WEAK_INTENT = 0.45
# Below this, no intent recognises the question at all.
MIN_INTENT = 0.25
# Zipf frequency (see lexicon.py) from which an unknown word is common English ("dream",
# "away", "seem"): disclosed, but never on its own a reason to refuse a question.
COMMON_ZIPF = 4.8
# A post of several questions: the first is answered, these many others offered as follow-ups.
MAX_OTHER_QUESTIONS = 3
MAX_SUGGESTION_CHARS = 120
# Zipf frequency from which a word the intent doesn't own is filler ("happen", "right",
# "way"): the evidence need not hold it. Rarer words ("layoffs", "python") are the topic.
FILLER_ZIPF = 5.0
# How many of the best sentences a verdict may come from: past these, a stance sentence is
# about something else.
VERDICT_CANDIDATES = 12
# The steps a question asks about: those with at least this share of the best step's weight
# of the question's words, and only if they are few (else the question is about all of them).
STEP_SHARE = 0.6
MAX_STEPS_ASKED = 3
# Intents whose answer is built from a role's facts: a how-to question about a role wants
# the way in instead, and only a question in the form of a comparison gets a comparison.
CARD_ANSWERS = ("role_info", "comparison", "roles")


def embedded(name: str) -> Path:
    """The folder shipped in the wheel, or, in a source checkout, the one at the top."""
    packaged = Path(__file__).parent / "data" / name
    return packaged if packaged.is_dir() else Path(__file__).resolve().parents[2] / name


def pick_by_ordinal(text: str, choices: list[str], ordinals: dict[str, int]) -> list[str]:
    """'the second one' of the roles just named, or nothing."""
    for word in words(text):
        at = ordinals.get(word)
        if at is not None and 0 <= (index := at if at >= 0 else len(choices) + at) < len(choices):
            return [choices[index]]
    return []


def as_plain_text(text: str) -> str:
    """The user's own words inside an answer's Markdown: shown as typed, never as formatting."""
    return re.sub(r"([\\`*_\[\]<>#|~])", r"\\\1", text)


def quoted(items: list[str], limit: int = 3) -> str:
    """“a”, “b” or “c”: the user's own words, which are letters and digits only."""
    marks = [f"“{w}”" for w in items[:limit]]
    return marks[0] if len(marks) == 1 else ", ".join(marks[:-1]) + " or " + marks[-1]


@dataclass
class Context:
    """What a follow-up may refer back to."""

    intent: str | None = None
    roles: list[str] = field(default_factory=list)
    level: str | None = None
    pending: tuple[str, list[str], str | None] | None = None  # intent, role choices, level
    # The last question as read: "what about for a data analyst?" is that question, changed.
    reading: Reading | None = None
    understanding: Understanding | None = None


@dataclass
class Plan:
    intent: str
    roles: list[str]
    level: str | None
    understanding: Understanding
    reading: Reading | None = None
    language: str = "en"
    previous: str | None = None  # the last answer's intent: "how does that compare?" compares on it
    leans: bool = False  # the question is the last one, changed ("and a data analyst?")
    set_aside: list[str] = field(default_factory=list)  # terms of the last question's roles, now given way
    origin_named: bool = False  # the articles' sentence on backgrounds names the person's own


@dataclass
class Evidence:
    """What the articles hold for a question: the best chunks and their sentences."""

    hits: list[Hit]
    query: list[str]
    hints: list[str]
    coverage: float
    sentences: list[Passage]


class CareerBot:
    """Answers questions about machine-learning careers from a folder of articles.

    >>> bot = CareerBot()
    >>> bot.ask("How much does a data scientist earn?").intent
    'salary'
    """

    def __init__(self, corpus_dir: str | Path | None = None, intents_dir: str | Path | None = None,
                 *, use_cache: bool = True) -> None:
        self.corpus_dir = Path(corpus_dir) if corpus_dir is not None else embedded("corpus")
        self.intents_dir = Path(intents_dir) if intents_dir is not None else embedded("intents")
        specs, vocabulary, intent_problems = load_intents(self.intents_dir)
        self.analyzer = Analyzer(vocabulary)
        library = open_library(self.corpus_dir, self.analyzer, use_cache=use_cache)
        # Files that were skipped, and why: the interfaces show them.
        self.problems: list[str] = [*library.problems, *intent_problems]
        self.knowledge = Knowledge(library.facts, library.chunks.titles)
        self.index = Index(library.chunks, self.analyzer, library.postings)
        self.analyzer.learn_counts(library.word_counts)
        self.matcher = IntentMatcher(specs, self.analyzer, self.knowledge.facts.roles)
        self.specs: dict[str, IntentSpec] = {s.name: s for s in specs}
        self.ordinals = vocabulary.conversation.ordinals
        self.vocabulary = vocabulary
        # The words by which a yes/no question asks (need, mandatory, dying): never its topic.
        cues = vocabulary.stance
        self.asking_terms = {t for p in [*cues.asks_requirement, *cues.asks_negative]
                             for t in self.analyzer.index_terms(p)}
        # The words that give a question its form ("differ", "versus"): never its subject.
        q = vocabulary.question
        self.form_words = {w for p in [*q.comparison_markers, *q.difference_markers, *q.how_to_markers,
                                       *q.quantity_markers, *q.yes_no_openers, *q.wh_openers] for w in words(p)}
        # The words of role names and canonical terms: English in any language ("un Data Scientist").
        self.name_words = {w for r in self.knowledge.facts.roles for n in [r.name, *r.aliases] for w in words(n)}
        self.name_words |= {w for k, v in vocabulary.canonical.items() for p in [k, *v] for w in words(p)}
        self.context = Context()
        self._trace: list[tuple[str, str]] | None = None  # set while explain() runs

    # --- public ------------------------------------------------------------------------

    def ask(self, question: str) -> Answer:
        """Answer one question of this conversation; follow-ups may refer back."""
        return self.respond(question, self.context)

    def explain(self, question: str) -> tuple[Answer, list[tuple[str, str]]]:
        """Answer as ask() does, and say what each stage made of the question: how it was
        read, the plan, the evidence chosen and why. It is how answers are debugged."""
        self._trace = []
        try:
            answer = self.ask(question)
            return answer, self._trace
        finally:
            self._trace = None

    def _note(self, stage: str, detail: str) -> None:
        if self._trace is not None:
            self._trace.append((stage, detail))

    def reset(self) -> None:
        """Forget the conversation so far."""
        self.context = Context()

    def respond(self, question: str, context: Context) -> Answer:
        if not isinstance(question, str):
            raise TypeError(f"question must be a str, not {type(question).__name__}")
        question = valid_unicode(question)
        text = clean(question)
        notes: list[str] = []
        if len(text) > MAX_QUESTION_CHARS:
            text = text[:MAX_QUESTION_CHARS].rsplit(" ", 1)[0]
            notes.append(f"_(Your question was cut to its first {MAX_QUESTION_CHARS} characters.)_")
        if not any(ch.isalnum() for ch in text):
            return self._smalltalk(text, self.specs[self.matcher.smalltalk].reply)
        language = detect(text, self._familiar, self.name_words)
        if language != "en" and (known := self.vocabulary.translations.get(language)):
            # "Quelles sont les compétences ...": read as far as its career words go.
            text = gloss(text, known, spaced=not is_non_latin(text))
        reading = read(text, self.vocabulary.question, self.vocabulary.stance)
        self._note("read", f"form {reading.form}" + (f", asks {reading.asks}" if reading.asks else "")
                   + (", negated" if reading.negated else "") + f"; language {language}; question: "
                   + " | ".join(reading.questions or [reading.text])
                   + (f"; background: {reading.background}" if reading.background else ""))
        understanding = self._understand(reading, language)
        self._note("understand", describe(understanding))
        if reading.background and not reading.negated and reading.form == "yes_no" and \
                found_phrases(self.vocabulary.question.negations, words(reading.background)):
            # "He doesn't know how to code. Can he still ...?": the question is turned around.
            reading = replace(reading, negated=True)
        if understanding.corrections:
            # "what is differnts between ...": the form is read again from the words as corrected.
            fixes = understanding.corrections
            reading = read(re.sub(r"\w+", lambda m: fixes.get(m.group().lower(), m.group()), text),
                           self.vocabulary.question, self.vocabulary.stance)
        if understanding.corrections:
            read_as = ", ".join(f"“{a}” as “{b}”" for a, b in sorted(understanding.corrections.items()))
            notes.append(f"_(I read {read_as}.)_")
        plan = self._plan(understanding, context)
        if plan.leans and context.reading is not None:
            reading = replace(context.reading, text=f"{context.reading.text} {reading.text}")
        plan.reading, plan.language = reading, language
        plan = self._by_form(plan)
        self._note("plan", f"intent {plan.intent}; roles {', '.join(plan.roles) or '-'}; level {plan.level or '-'}")
        answer = self._compose(text, plan, context)
        if language != "en":
            note = self.vocabulary.languages.get(language) or self.vocabulary.languages.get("other", "")
            if note:
                answer = answer.model_copy(update={"text": f"_{note}_\n\n{answer.text}"})
        others = [q for q in reading.questions if q != reading.question][:MAX_OTHER_QUESTIONS]
        if others and not understanding.whole_post and answer.intent != self.matcher.out_of_scope:
            # A post of several questions: the first is answered, the others offered to ask next.
            asked = "; ".join(f"“{as_plain_text(q[:MAX_SUGGESTION_CHARS])}”" for q in others)
            notes.append(f"_(Your post asks more than one question; this answers the first. Ask the others "
                         f"one at a time: {asked})_")
            answer = answer.model_copy(update={"suggestions": [q[:MAX_SUGGESTION_CHARS] for q in others]})
        if notes and answer.intent != self.matcher.out_of_scope:
            answer = answer.model_copy(update={"text": answer.text + "\n\n" + "\n".join(notes)})
        return answer

    def _familiar(self, word: str) -> bool:
        """A word of the articles, or one letter away from one ("salery"): no sign of another
        language. Two letters away ("salaire") may well be French."""
        fixed = None if self.analyzer.is_known(word) else self.analyzer.correct(word)
        return self.analyzer.is_known(word) or (fixed is not None and DamerauLevenshtein.distance(word, fixed) <= 1)

    def _understand(self, reading: Reading, language: str) -> Understanding:
        """The question proper, read by the intent matcher; roles the person named in the
        background ("I want to be a data scientist. What's the best way?") count too."""
        in_english = language == "en"
        u = self.matcher.understand(reading.question, correct=in_english)
        if len(reading.questions) > 1 and u.scores[u.intent] < WEAK_INTENT:
            # The first question alone is unclear: the post's other questions may tell.
            u = replace(self.matcher.understand(" ".join(reading.questions), correct=in_english), whole_post=True)
        if not in_english:
            # Words of another language are not subjects the articles lack.
            u = replace(u, unknown_words=[], unlisted_role=None,
                        content_words=[t for t in u.content_words if self.index.knows(t)])
        else:
            # An intent's keyword ("stressful") is a word careerbot knows, but not one the
            # articles use: what they don't cover is told by the articles alone. A common
            # word ("land" a job) is how people talk, not a subject.
            asked = u.text
            lexicon = english()
            absent = [w for w in dict.fromkeys(words(asked)) if w not in u.unknown_words and w not in u.corrections
                      and w not in self.form_words and lexicon.zipf(w) < COMMON_ZIPF
                      and (terms := self.analyzer.terms(w)) and terms[0] in u.content_words
                      and not self.index.knows(terms[0]) and w.isalpha()]
            # "overhyped", "too late": what a yes/no asks, which the verdict reads, not a subject.
            cues = self.vocabulary.stance
            asking = {w for p in [*cues.asks_negative, *cues.asks_requirement] for w in words(p)}
            u = replace(u, unknown_words=[w for w in [*u.unknown_words, *absent] if w not in asking])
        if reading.background and reading.questions:
            background = self.matcher.understand(reading.background, correct=in_english)
            if not u.roles and not u.role_candidates and background.roles:
                u = replace(u, roles=background.roles[:2])
            role_terms = {t for r in u.roles for t in self.analyzer.index_terms(r)}
            if not [t for t in u.content_words if t not in role_terms]:
                # "He doesn't know how to code. Can he still become a data scientist?": the
                # question's subject is in the background.
                known = [t for t in background.content_words if self.index.knows(t) and t not in role_terms]
                u = replace(u, background_terms=list(dict.fromkeys(known)))
        return u

    def _by_form(self, plan: Plan) -> Plan:
        """The form of the question overrides its keywords: a how-to about a role wants the
        way in, not the role's card; only a question that compares gets a comparison."""
        assert plan.reading is not None
        form = plan.reading.form
        kind = self.specs[plan.intent].answer
        u = plan.understanding
        if form == "how_to" and (kind in CARD_ANSWERS or u.scores[plan.intent] < WEAK_INTENT):
            how_to = next((s.name for s in self.specs.values() if s.answer == "how_to_start"), None)
            if how_to:
                return replace(plan, intent=how_to)
        if kind == "salary" and form == "quantity" and not self._asks_pay(u):
            # "How much coding ...?": a quantity, but not money.
            others = {k: v for k, v in u.scores.items() if self.specs[k].answer not in ("salary", "smalltalk")}
            if others:
                return replace(plan, intent=max(others, key=lambda k: others[k]))
        if kind == "comparison" and form != "comparison":
            others = {k: v for k, v in u.scores.items() if self.specs[k].answer not in ("comparison", "smalltalk")}
            if others:
                return replace(plan, intent=max(others, key=lambda k: others[k]))
        return plan

    # --- understanding in context ----------------------------------------------------------

    def _plan(self, u: Understanding, context: Context) -> Plan:
        """Decide intent, roles and level, using the conversation where the question leans on it."""
        if context.pending and (resolved := self._resolve_pending(u, context)):
            return resolved
        intent, roles, level = u.intent, list(u.roles), u.level
        strength = u.scores[u.intent]
        # "and a data analyst?", "what about senior level?": the last question, changed.
        elliptical = context.intent is not None and (
            u.elliptical or (strength < WEAK_INTENT and bool(u.roles or u.level)))
        leans = elliptical and not (strength >= 0.6 and self.specs[u.intent].answer not in ("role_info", "comparison"))
        if leans:
            intent = context.intent or intent
        kind = self.specs[intent].answer
        # "what skills?" right after a question about a role: short, and about no one else.
        terse = len(u.content_words) <= 1 and not u.first_person
        across = bool(found_phrases(self.vocabulary.conversation.across_roles, words(u.text)))
        if not roles and context.roles and not across:
            if picked := pick_by_ordinal(u.text, context.roles, self.ordinals):
                roles = picked
            elif u.anaphora or ((elliptical or terse) and kind in ROLE_ANSWERS):
                roles = list(context.roles)
                if level is None and elliptical:
                    level = context.level
        if kind == "comparison" and len(roles) == 1 and context.roles and context.roles[0] != roles[0]:
            roles = [context.roles[0], roles[0]]
        if leans and context.understanding is not None:
            # The last question's words stay asked ("degree", "required"); its roles give way.
            before = context.understanding
            old_roles = {t for r in before.roles for t in self.analyzer.index_terms(r)}
            kept = [t for t in before.content_words if t not in old_roles]
            u = replace(u, text=f"{before.text} {u.text}", content_words=list(dict.fromkeys([*kept, *u.content_words])),
                        scores={**u.scores, intent: max(u.scores[intent], before.scores.get(intent, 0.0))})
            return Plan(intent, roles, level, u, previous=context.intent, leans=True,
                        set_aside=sorted(old_roles - {t for r in roles for t in self.analyzer.index_terms(r)}))
        return Plan(intent, roles, level, u, previous=context.intent)

    def _resolve_pending(self, u: Understanding, context: Context) -> Plan | None:
        assert context.pending is not None
        intent, choices, level = context.pending
        context.pending = None
        picked = [r for r in u.roles if r in choices] or pick_by_ordinal(u.text, choices, self.ordinals)
        if not picked:
            return None
        return Plan(intent, picked[:1], u.level or level, u)

    def _asks_pay(self, u: Understanding) -> bool:
        """Whether a "how much" question is about money: a pay keyword besides "how much"."""
        salary = next((s.name for s in self.specs.values() if s.answer == "salary"), None)
        # A bare "scientist" stands for a role here too: "how much does a scientist make".
        terms = [ROLE_TOKEN if t in self.matcher.role_heads else t for t in self.matcher.shaped_terms(u.text)]
        quantity = {tuple(self.analyzer.terms(q)) for q in self.vocabulary.question.quantity_markers}
        return any(contains(terms, kw) for kw in self.matcher.keywords.get(salary or "", set()) if kw not in quantity)

    # --- composing ---------------------------------------------------------------------

    def _compose(self, question: str, plan: Plan, context: Context) -> Answer:
        u = plan.understanding
        spec = self.specs[plan.intent]
        kind = spec.answer
        if kind == "out_of_scope" or self._unknown_topic(u, plan):
            self._note("compose", "decline: " + ("an out-of-scope intent" if kind == "out_of_scope"
                                                  else "its subject is not in the articles"))
            return self._out_of_scope(question, u)
        if u.scores[plan.intent] < MIN_INTENT and not plan.roles:
            self._note("compose", f"no intent reaches {MIN_INTENT}: answered only if the articles hold it clearly")
            return self._fallback(question, plan)
        if kind == "smalltalk":
            return self._smalltalk(question, self.matcher.smalltalk_reply(question) or spec.description, u)
        if kind in ROLE_ANSWERS and not plan.roles and len(u.role_candidates) > 1 and not u.unlisted_role:
            return self._clarify(question, plan, context)
        roles = [r for name in plan.roles if (r := self.knowledge.role(name))]
        parts = Parts(self.knowledge)
        text, confidence = "", 0.0
        undecided: tuple[str, float, Parts] | None = None
        if self._wants_verdict(plan, roles):
            text, confidence, decided = self._verdict(plan, parts)
            self._note("compose", "verdict" if decided else "yes/no question, but no verdict in the articles")
            if not decided:
                # Without a verdict, a structured answer (the role's skills) may say more.
                undecided, text, parts = (text, confidence, parts), "", Parts(self.knowledge)
        if not text and kind == "retrieval" and (own := self._role_passages(plan)):
            text, confidence = answers.passages_text(own[:3], parts), 0.15 + 0.8 * u.confidence
            self._note("compose", "the role's own section")
        steps_asked = kind == "how_to_start" and bool(self._steps_asked(plan))
        if not text and not (roles and kind in ROLE_ANSWERS) and not u.unlisted_role and not steps_asked \
                and self._focused(plan) is not None:
            text, confidence = self._retrieved(plan, parts)
            self._note("compose", "sentences on the question's own subject" if text else "no focused sentences")
        if not text:
            text = self._structured(kind, roles, plan, parts)
            self._note("compose", f"built from facts ({kind})" if text else f"no facts fit ({kind})")
            # Facts for a named role are the surest; a general list answers a general question less exactly.
            confidence = 0.15 + 0.8 * u.confidence * (1.0 if roles else 0.85)
        if not text:
            text, confidence = self._retrieved(plan, parts)
            self._note("compose", "retrieved sentences" if text else "nothing retrieved")
        if not text and undecided and undecided[0]:
            text, confidence, parts = undecided
        if not text:
            return self._out_of_scope(question, u)
        unknown = self._gaps(plan, bool(roles))
        if unknown and not text.startswith("_"):
            text = f"_The articles say nothing about {quoted(unknown)}; this is what they do say._\n\n{text}"
        place = self._place(plan)
        if place and (parts.figures or kind == "salary") and (note := self.vocabulary.wording.get("other_place")):
            # "How much does a data analyst earn in India?": the figures are not India's.
            text = f"_{note.replace('{place}', place)}_\n\n{text}"
        named = {r.name for r in roles}
        for said, role in u.stand_ins.items():
            if role in named:
                text = (f"_The articles describe no {said}; the nearest role they describe is the {role}._"
                        f"\n\n{text}")
        context.intent, context.roles, context.level = plan.intent, [r.name for r in roles], plan.level
        context.reading, context.understanding = plan.reading, u
        entities = {}
        if roles:
            entities["role"] = roles[0].name
        if len(roles) > 1:
            entities["other_role"] = roles[1].name
        if u.unlisted_role and not roles:
            entities["role"] = u.unlisted_role
        if plan.level:
            entities["level"] = plan.level
        return Answer(question=question, text=text, intent=plan.intent, confidence=round(min(confidence, 1.0), 3),
                      entities=entities, sources=parts.sources, figures=parts.figures,
                      suggestions=self._suggestions(spec, roles, question))

    def _structured(self, kind: str, roles: list[RoleFacts], plan: Plan, parts: Parts) -> str:
        """The answer built from facts, or '' when facts don't fit and retrieval should try."""
        facts = self.knowledge.facts
        u = plan.understanding
        # "prompt engineer vs ML engineer": the side the articles don't describe is named.
        missing = [u.unlisted_role] if u.unlisted_role and roles else []
        if kind == "salary" and (facts.salary_levels or roles):
            if roles and (len(roles) > 1 or missing):
                return answers.comparison_text(roles, parts, self._dimensions(plan) | {"pay"}, missing)
            if roles:
                return answers.salary_for_role(roles[0], plan.level, facts, parts)
            if u.unlisted_role:
                return answers.no_figure_text(u.unlisted_role, plan.level, facts, parts)
            return answers.salary_overview(facts, plan.level, parts)
        if kind == "skills" and len(roles) > 1:
            return answers.comparison_text(roles[:3], parts, self._dimensions(plan) - {"overview"} | {"skills"},
                                           missing)
        if kind == "skills" and (roles or facts.general_skills):
            return answers.skills_text(roles[0] if roles else None, facts, parts)
        if kind == "how_to_start" and facts.steps:
            asked = self._steps_asked(plan)
            quoted_in_steps = {q.quote for i in asked for q in facts.steps[i].quotes}
            # Where they come from, or the one sentence on the very thing asked ("Facebook groups").
            lead = self._origin_passage(plan) or (self._focused(plan) if asked else None)
            if lead and lead.sentence in quoted_in_steps:
                lead = None
            return answers.steps_text(facts, parts, asked, answers.passages_text([lead], parts) if lead else "")
        if kind == "role_info" and (len(roles) > 1 or missing):
            return answers.comparison_text(roles[:3], parts, self._dimensions(plan) - {"overview"} | {"duties"},
                                           missing, self._bridge(roles[:3]))
        if kind == "role_info" and roles:
            return answers.role_text(roles[0], parts)
        if kind == "roles" and facts.roles:
            return answers.roles_list_text(facts, parts)
        if kind == "comparison" and (len(roles) >= 2 or missing):
            return answers.comparison_text(roles[:3], parts, self._dimensions(plan), missing, self._bridge(roles[:3]))
        if kind == "comparison" and len(roles) == 1:
            return answers.role_text(roles[0], parts)
        return ""

    def _dimensions(self, plan: Plan) -> set[answers.Dimension]:
        """What a comparison is about: pay, skills, what the roles do ("how do they differ"),
        any of them together; when none is said, what the last answer was about ("how does
        that compare?"), else an overview."""
        u = plan.understanding
        skills = next((s.name for s in self.specs.values() if s.answer == "skills"), None)
        terms = self.matcher.shaped_terms(u.text)
        asked: set[answers.Dimension] = set()
        if self._asks_pay(u):
            asked.add("pay")
        if skills and any(contains(terms, kw) for kw in self.matcher.keywords[skills]):
            asked.add("skills")
        if found_phrases(self.vocabulary.question.difference_markers, words(u.text)):
            asked.add("duties")
        before = self.specs[plan.previous].answer if plan.previous in self.specs else None
        if not asked and before in ("salary", "skills"):
            asked.add("pay" if before == "salary" else "skills")
        return asked or {"overview"}

    def _bridge(self, roles: list[RoleFacts]) -> Passage | None:
        """A sentence of the articles that names these roles together ("Though a Data Analyst
        and a BI Developer perform generally similar tasks, they are distinct.")."""
        names = {r.name for r in roles}
        if len(names) < 2:
            return None
        query = [t for r in roles for t in self.analyzer.index_terms(r.name)]
        for passage in self.index.scored_sentences(self.index.search(query, k=5), query):
            if names <= {name for _, _, name in self.matcher.roles.find(self.analyzer.terms(passage.sentence))}:
                return passage
        return None

    def _steps_asked(self, plan: Plan) -> list[int]:
        """The steps the question is about ("how do I build a network?"): those holding the
        question's rarest words, if some steps do and others don't."""
        steps = self.knowledge.facts.steps
        if plan.reading and plan.reading.negated:
            return []  # "how do I start without experience?": the whole way in, not that step
        role_terms = {t for r in plan.roles for t in self.analyzer.index_terms(r)}
        step_terms = [set(self.analyzer.index_terms(" ".join([s.title, *(q.quote for q in s.quotes)])))
                      for s in steps]
        # The words that ask for the way in at all ("start", "prepare") name no step, unless a
        # step's title has them ("network", "portfolio").
        titles = {t for s in steps for t in self.analyzer.index_terms(s.title)}
        asking = {t for kw in self.matcher.keywords.get(plan.intent, set()) for t in kw} - titles
        asked = {t for t in plan.understanding.content_words if self.index.knows(t)} - role_terms - asking
        # A word in every step ("learning") tells none apart.
        telling = {t for t in asked if 0 < sum(t in terms for terms in step_terms) < len(steps)}
        weight = [sum(self.index.idf(t) for t in telling & terms) for terms in step_terms]
        best = max(weight, default=0.0)
        if not best:
            return []
        chosen = [i for i, w in enumerate(weight) if w >= STEP_SHARE * best]
        self._note("steps", ", ".join(steps[i].title for i in chosen))
        return chosen if len(chosen) <= MAX_STEPS_ASKED else []

    def _origin_passage(self, plan: Plan) -> Passage | None:
        """The sentence on where the person comes from ("switch from engineering"): one that
        names their field, or else one on backgrounds in general ("no single path")."""
        origin = plan.reading.origin if plan.reading else ""
        if not origin:
            return None
        named = [t for t in self.analyzer.index_terms(origin) if self.index.knows(t)]
        topics = [t for p in self.vocabulary.question.origin_topics for t in self.analyzer.index_terms(p)]
        query = named + topics
        scored = self.index.scored_sentences(self.index.search(query, k=8), query)
        with_topic = [p for p in scored if set(topics) & self.index.sentence_terms(p)]
        best = next((p for p in with_topic if set(named) & self.index.sentence_terms(p)), None)
        chosen = best or next(iter(with_topic), None)
        plan.origin_named = best is not None
        self._note("origin", f"{origin}: " + (chosen.sentence[:70] if chosen else "no sentence on it"))
        return chosen

    def _focused(self, plan: Plan) -> Passage | None:
        """A general intent asked about something specific ('are Facebook groups useful for
        contacts?'): when one sentence holds both that something and the intent's own words,
        it answers better than the general list."""
        u = plan.understanding
        keyword_terms = {t for kw in self.matcher.keywords[plan.intent] for t in kw}
        focus = {t for t in u.content_words if t not in keyword_terms and self.index.knows(t)}
        asked = set(u.content_words) & keyword_terms
        if not focus or not asked:
            return None
        query = list(focus | asked)
        best = self.index.passages(self.index.search(query, k=3), query, limit=1)
        if not best:
            return None
        sentence_terms = set(self.analyzer.index_terms(best[0].sentence))
        return best[0] if focus <= sentence_terms and asked & sentence_terms else None

    def _fallback(self, question: str, plan: Plan) -> Answer:
        """No intent knows the question: answer it only if the articles hold it clearly."""
        u = plan.understanding
        spec = next((s for s in self.specs.values() if s.fallback), None)
        parts = Parts(self.knowledge)
        if spec:
            plan = Plan(spec.name, plan.roles, plan.level, u)
        text, confidence = "", 0.0
        if spec and plan.reading is not None and plan.reading.form == "yes_no":
            text, confidence, _ = self._verdict(plan, parts)
        if spec and not text:
            text, confidence = self._retrieved(plan, parts, min_coverage=STRICT_COVERAGE)
        if not spec or not text:
            return self._out_of_scope(question, u)
        return Answer(question=question, text=text, intent=spec.name, confidence=round(min(confidence, 0.6), 3),
                      sources=parts.sources, suggestions=self._suggestions(spec, [], question))

    @cached_property
    def _role_chunks(self) -> dict[str, list[Chunk]]:
        """The chunks written about each role alone (see knowledge.own_sections); read on
        the first question about a role, so that start-up does not pay for it."""
        chunks = self.index.chunks
        owned = own_sections({c.section for c in chunks}, self.knowledge.facts.roles, self.analyzer.terms)
        role_of = {section: role for role, sections in owned.items() for section in sections}
        by_role: dict[str, list[Chunk]] = {}
        for chunk in chunks:
            if (role := role_of.get(chunk.section)) is not None:
                by_role.setdefault(role, []).append(chunk)
        return by_role

    @cached_property
    def _chunks_by_section(self) -> dict[tuple[str, str], list[Chunk]]:
        by_section: dict[tuple[str, str], list[Chunk]] = {}
        for chunk in self.index.chunks:
            by_section.setdefault((chunk.doc_id, chunk.section), []).append(chunk)
        return by_section

    def _skill_passages(self, plan: Plan) -> list[Passage]:
        """The skill facts on the question's topic ("Is Python mandatory?": "Strong programming
        skills are essential, particularly in languages such as Python and R."), as passages
        of their articles: a requirement question is answered by what they say is needed."""
        facts = self.knowledge.facts
        roles = [r for name in plan.roles if (r := self.knowledge.role(name))]
        quotes = [s for r in roles for s in r.skills] + list(facts.general_skills)
        u = plan.understanding
        topic = {t for t in [*u.content_words, *u.background_terms] if self.index.knows(t)} - self.analyzer.generic
        topic -= {t for r in plan.roles for t in self.analyzer.index_terms(r)} | self.asking_terms
        found: list[Passage] = []
        for quote in quotes:
            if not topic & set(self.analyzer.index_terms(f"{quote.topic} {quote.quote}")):
                continue
            for chunk in self._chunks_by_section.get((quote.doc, quote.section), []):
                sentence = next((s for s in chunk.sentences if quote.quote in s), None)
                if sentence:
                    found.append(Passage(chunk, sentence, 1.0))
                    break
        return found

    def _other_roles_chunks(self, plan: Plan) -> set[int]:
        """Another role's own section speaks of that role ("It's one of the highest-paying
        jobs" under "Machine Learning Engineer"), not of the one asked about."""
        if not plan.roles:
            return set()
        return {c.chunk_id for r, chunks in self._role_chunks.items() if r not in plan.roles for c in chunks}

    def _role_passages(self, plan: Plan) -> list[Passage]:
        """A role's own section on what is asked ("4. Computer Vision Specialist › Career
        Scope:"), whole: for a question about that role it beats sentences about the field."""
        wanted = [tuple(self.analyzer.terms(s)) for s in self.specs[plan.intent].sections]
        if not wanted or not plan.roles:
            return []
        found = [Passage(chunk, sentence, 1.0) for role in plan.roles[:2] for chunk in self._role_chunks.get(role, [])
                 if any(contains(self.analyzer.terms(chunk.section), w) for w in wanted)
                 for sentence in chunk.sentences]
        self._note("role sections", "; ".join(dict.fromkeys(p.chunk.section for p in found)) or "none on this")
        return found[:4]

    def _evidence(self, plan: Plan, min_coverage: float = MIN_COVERAGE) -> Evidence | None:
        """The chunks and sentences that answer the question, or None when none holds enough
        of what it asks."""
        u = plan.understanding
        spec = self.specs[plan.intent]
        # A role named in, say, an industries question steers the search; the question's
        # other words are what the answer must hold.
        role_terms = {t for r in plan.roles for t in self.analyzer.index_terms(r)} | set(plan.set_aside)
        unknown = {stem(w) for w in u.unknown_words}
        evidence = [t for t in u.content_words if t not in role_terms and (self.index.knows(t) or t in unknown)]
        # Coverage is of the question's topic, not its filler ("what's happening", "the right way").
        intent_terms = {t for kw in self.matcher.keywords[plan.intent] for t in kw}
        lexicon = english()
        filler = {t for w in words(u.text) if lexicon.zipf(w) >= FILLER_ZIPF for t in self.analyzer.terms(w)[:1]}
        filler -= intent_terms
        evidence = [t for t in evidence if t not in filler] or evidence
        hints = [t for h in spec.query_hints for t in self.analyzer.index_terms(h)] + sorted(role_terms)
        hints += u.background_terms  # "I'm a student who likes data": steers, need not be held
        query = [t for t in dict.fromkeys(self.analyzer.index_terms(u.text)) if t not in role_terms or not evidence]
        query = [t for t in query if t not in plan.set_aside]
        hits = self.index.search(query, k=5, hints=hints, evidence_terms=evidence or None)
        if self._intent_terms(plan) and u.scores[plan.intent] >= CONFIDENT_INTENT:
            # "Is data science stressful?": the question's words find the chunks on data
            # science; the intent's own words find the ones on what is asked of it.
            seen = {h.chunk.chunk_id for h in hits}
            hits += [h for h in self.index.search([*hints, *evidence], k=3, evidence_terms=evidence or None)
                     if h.chunk.chunk_id not in seen]
        if not hits:
            return None
        coverage = max(h.coverage for h in hits[:3])
        if u.scores[plan.intent] >= CONFIDENT_INTENT and min_coverage == MIN_COVERAGE:
            min_coverage = CONFIDENT_COVERAGE
        self._note("evidence", f"query {' '.join(query)}; must hold {' '.join(evidence) or '-'}; "
                   f"coverage {coverage:.2f} (needs {min_coverage:.2f}); chunks: "
                   + "; ".join(f"{h.chunk.section} {h.score:.1f}" for h in hits[:3]))
        if evidence and coverage < min_coverage:
            # Words the articles never use ("economics") may be all that is missing: then the
            # rest is answered, and the answer says what it could not cover.
            known = [t for t in evidence if self.index.knows(t)]
            partial = max((self.index.coverage(h.chunk.chunk_id, known) for h in hits[:3]), default=0.0)
            # And when nothing but such words is asked ("is it stressful?"), a well-known
            # intent's own section is the nearest answer.
            partly = u.unknown_words and known and partial >= 0.75 and u.scores[plan.intent] >= WEAK_INTENT
            only_unknown = u.unknown_words and not known and u.scores[plan.intent] >= CONFIDENT_INTENT
            if not (partly or only_unknown):
                return None
        sentences = self._on_intent(plan, self.index.scored_sentences(hits, query, hints))
        return Evidence(hits, query, hints, coverage, sentences)

    def _intent_terms(self, plan: Plan) -> set[str]:
        """The words of what a retrieval intent is about (challenges: "challenge", "bias",
        "ethical"): its hints and keywords."""
        spec = self.specs[plan.intent]
        if spec.answer != "retrieval" or spec.fallback:
            return set()
        terms = ({t for h in spec.query_hints for t in self.analyzer.index_terms(h)}
                 | {t for kw in self.matcher.keywords[plan.intent] for t in kw if self.index.knows(t)})
        return terms - self.analyzer.generic  # "data" of "data quality" is about everything

    def _on_intent(self, plan: Plan, passages: list[Passage]) -> list[Passage]:
        """For a question its intent knows well, the passages on that intent ("comes with
        challenges"), not those that merely share the question's subject ("a good grasp of
        data science"); all of them if none is."""
        wanted = self._intent_terms(plan)
        if not wanted or plan.understanding.scores[plan.intent] < CONFIDENT_INTENT:
            return passages
        on = [p for p in passages if wanted & (self.index.sentence_terms(p)
                                               | set(self.analyzer.index_terms(p.chunk.section)))]
        return on or passages

    def _unasked_pay(self, plan: Plan, passages: list[Passage]) -> list[Passage]:
        """No pay figure in an answer to a question that did not ask pay."""
        if self.specs[plan.intent].answer == "salary" or self._asks_pay(plan.understanding):
            return passages
        return [p for p in passages if not answers.MONEY.search(p.sentence)]

    def _retrieved(self, plan: Plan, parts: Parts, min_coverage: float = MIN_COVERAGE) -> tuple[str, float]:
        found = self._evidence(plan, min_coverage)
        if not found:
            return "", 0.0
        others = self._other_roles_chunks(plan)
        passages = [p for p in self._unasked_pay(plan, self._on_intent(
                        plan, self.index.passages(found.hits, found.query, hints=found.hints, limit=6)))
                    if p.chunk.chunk_id not in others][:3]
        self._note("passages", " | ".join(f"{p.score:.2f} {p.chunk.section}: {p.sentence[:60]}" for p in passages))
        if not passages:
            return "", 0.0
        confidence = 0.15 + 0.8 * plan.understanding.confidence * found.coverage
        return answers.passages_text(passages, parts), confidence

    def _wants_verdict(self, plan: Plan, roles: list[RoleFacts]) -> bool:
        """A yes/no question gets a verdict first, unless it asks a role's pay (the figure is
        the answer) or is small talk."""
        kind = self.specs[plan.intent].answer
        if plan.reading is None or plan.reading.form != "yes_no":
            return False
        return kind not in ("smalltalk", "out_of_scope", "roles") and not (kind == "salary" and roles)

    def _verdict(self, plan: Plan, parts: Parts) -> tuple[str, float, bool]:
        """'Not necessarily: ...': the articles' own stance on what was asked, then support;
        and whether a verdict was found. A word of the question the articles never use may
        be the very thing asked ("too old", "stressful"): then no verdict, only what they say."""
        assert plan.reading is not None
        u = plan.understanding
        found = self._evidence(plan)
        own = self._role_passages(plan)
        # "I'm a mechanical engineer. Can I move into ML?": the sentence on their background first.
        origin = self._origin_passage(plan) if plan.reading.asks == "possible" else None
        own = ([origin] if origin else []) + own
        skills = self._skill_passages(plan) if plan.reading.asks in ("requirement", "possible") else []
        candidates = own + skills + (found.sentences[:VERDICT_CANDIDATES] if found else [])
        if not candidates:
            return "", 0.0, False
        stances = self._stances(plan, candidates, own, for_role=True)
        # Nothing said of the role itself: what the articles say of the whole field, so labelled.
        of_field = bool(plan.roles) and not stances
        if of_field:
            stances = self._stances(plan, candidates, own, for_role=False)
        asks, negated = plan.reading.asks, plan.reading.negated
        if negated or asks == "requirement":
            # "... without a degree?": the sentence that says it is not required speaks first.
            stances.sort(key=lambda cs: not cs[1].not_required)
        if origin:
            stances.sort(key=lambda cs: cs[0] is not origin)
        rulings = [(c, verdict(asks, st, negated)) for c, st in stances]
        rulings = [(c, r) for c, r in rulings if r != "undecided"]
        wording = self.vocabulary.verdicts
        confidence = 0.15 + 0.8 * u.confidence * (found.coverage if found and not own else 1.0)
        others = self._other_roles_chunks(plan)
        support = own or [p for p in self._on_intent(plan, self.index.passages(found.hits, found.query,
                                                                               hints=found.hints, limit=6)
                                                     if found else []) if p.chunk.chunk_id not in others]
        support = self._unasked_pay(plan, support)
        gaps = self._gaps(plan, bool(plan.roles))
        if gaps or not rulings:
            lead = (f"_The articles say nothing about {quoted(gaps)}; this is what they do say._"
                    if gaps else f"{wording.get('undecided', 'The articles do not decide it')}; "
                    "this is what they say:")
            chosen = [c for c, _ in stances[:1]] + [p for p in support if all(p.sentence != c.sentence
                                                                                for c, _ in stances[:1])]
            return f"{lead}\n\n{answers.passages_text(chosen[:3], parts)}", confidence * 0.7, False
        best, ruling = rulings[0]
        # The articles on both sides ("preferred or even essential" and "not always
        # mandatory"): the verdict says so, and both sentences are shown.
        not_required = {"not_necessarily", "helps_not_required"}
        other = next(((c, r) for c, r in rulings[1:] if (r in not_required) != (ruling in not_required)), None)
        shown = [best]
        if other:
            ruling = "yes" if negated else "not_necessarily" if asks == "requirement" else "helps_not_required"
            shown.append(other[0])
        lead = wording.get(ruling, ruling)
        if of_field:
            scope = wording.get("of_field", "")
            lead += scope.replace("{role}", plan.roles[0]) if scope else ""
            confidence *= 0.8
        rest = [p for p in support if all(p.sentence != s.sentence for s in shown)][: 3 - len(shown)]
        lines = [f"**{lead}.** {answers.passages_text(shown, parts)}"]
        if rest:
            lines.append(answers.passages_text(rest, parts))
        return "\n\n".join(lines), confidence, True

    def _stances(self, plan: Plan, candidates: list[Passage], own: list[Passage],
                 for_role: bool) -> list[tuple[Passage, Stance]]:
        """The candidates that take a stance on what was asked: on its topic, or failing that
        on its predicate ("hard"). for_role: only those about the role asked about."""
        u = plan.understanding
        role_terms = {t for r in plan.roles for t in self.analyzer.index_terms(r)}
        topic = {t for t in u.content_words if self.index.knows(t) and t not in self.analyzer.generic}
        topic = (topic - role_terms - self.asking_terms) or set(u.background_terms) - role_terms
        others = self._other_roles_chunks(plan)
        # A heading that states a need ("Skills You Need:", not "Is a degree required?").
        needing = self.vocabulary.stance.asks_requirement
        listed = {c.chunk.chunk_id for c in candidates
                  if found_phrases(needing, words(heading := c.chunk.section.split(" › ")[-1]))
                  and not heading.rstrip().endswith("?")}
        on_topic: list[tuple[Passage, Stance]] = []
        in_section: list[tuple[Passage, Stance]] = []
        on_predicate: list[tuple[Passage, Stance]] = []
        for candidate in candidates:
            # What a sentence is about includes its heading: "They ..." under "Data Engineer".
            about = self.index.sentence_terms(candidate) | set(self.analyzer.index_terms(candidate.chunk.section))
            if (for_role and role_terms and not role_terms & about) or candidate.chunk.chunk_id in others:
                continue
            stance = stance_of(candidate.sentence, self.vocabulary.stance)
            if not stance and candidate.chunk.chunk_id in listed and topic & self.index.sentence_terms(candidate) \
                    and not candidate.sentence.rstrip().endswith((".", "!", "?")):
                # A list item under "Skills You Need:" is needed: its heading says so.
                stance = Stance(required=True)
            if not stance:
                continue
            if not topic or topic & about:
                on_topic.append((candidate, stance))
            elif candidate in own:  # the role's own section on this intent, if not in the question's words
                in_section.append((candidate, stance))
            elif self.asking_terms & about:  # about what is asked ("hard"), if not its object
                on_predicate.append((candidate, stance))
        return (on_topic + in_section) or on_predicate

    def _gaps(self, plan: Plan, with_roles: bool) -> list[str]:
        """The words of the question the articles don't cover, to say so: not a name before
        the question ("Silas, ..."), not a role named in the answer as one they don't describe
        ("prompt engineer"), not a background their sentence on backgrounds names ("mechanical
        engineer": engineering), and a common word ("piece" of advice) only when it is what a
        yes/no question asks ("are analysts happy?")."""
        u, reading = plan.understanding, plan.reading
        skip = set(reading.opener) if reading else set()
        if u.unlisted_role and with_roles:
            skip |= set(u.unlisted_role.split())
        if reading and reading.origin and plan.origin_named:
            skip |= set(words(reading.origin))
        if self._place(plan):
            skip |= {w for p in self.vocabulary.places for w in words(p)}  # said by the place note
        yes_no = reading is not None and reading.form == "yes_no"
        lexicon = english()
        return [w for w in u.unknown_words if w not in skip and (yes_no or lexicon.zipf(w) < COMMON_ZIPF)]

    def _place(self, plan: Plan) -> str | None:
        """The place the question asks about, other than the one the articles' pay is for."""
        said = words(plan.reading.text if plan.reading else plan.understanding.text)
        found = found_phrases(list(self.vocabulary.places), said)
        return self.vocabulary.places[found[0]] if found else None

    def _unknown_topic(self, u: Understanding, plan: Plan) -> bool:
        """The question is about something the articles never mention. For a question about
        a role ('salary of a plumber'), one unknown word is the role asked for; otherwise
        nothing the articles know may be left of it, or its rare unknown words (not common
        English such as "dream" or "away") must make up most of it while no intent knows it."""
        if plan.roles or u.unlisted_role or not u.unknown_words or plan.language != "en":
            return False
        # "switch from accounting": where the person comes from is not what they ask about.
        origin = set(words(plan.reading.origin)) if plan.reading else set()
        u = replace(u, unknown_words=[w for w in u.unknown_words if w not in origin])
        if not u.unknown_words:
            return False
        known = [t for t in u.content_words if self.index.knows(t)]
        keyword_terms = {t for kw in self.matcher.keywords[plan.intent] for t in kw}
        if self.specs[plan.intent].answer in ROLE_ANSWERS:
            # "salary of a plumber": nothing the articles know is asked besides the pay itself.
            return not [t for t in known if t not in keyword_terms and t not in self.asking_terms]
        lexicon = english()
        rare = [w for w in u.unknown_words if lexicon.zipf(w) < COMMON_ZIPF]
        if not known and u.scores[plan.intent] >= CONFIDENT_INTENT and plan.reading and plan.reading.form == "yes_no":
            # "Is working in ML stressful?": the word asked of the subject is what they lack;
            # the intent knows the subject, and its section is the nearest answer.
            return False
        return not known or (len(rare) / len(u.content_words) > 0.5 and u.scores[plan.intent] < WEAK_INTENT)

    # --- the other replies ----------------------------------------------------------------

    def _clarify(self, question: str, plan: Plan, context: Context) -> Answer:
        choices = plan.understanding.role_candidates
        context.pending = (plan.intent, choices, plan.level)
        listed = ", ".join(f"**{c}**" for c in choices[:-1]) + f" or **{choices[-1]}**"
        return Answer(question=question, text=f"Which role do you mean: {listed}?", intent=plan.intent,
                      confidence=round(0.5 * plan.understanding.confidence, 3),
                      entities={"clarify": "role"}, suggestions=choices[:6])

    def _smalltalk(self, question: str, text: str, u: Understanding | None = None) -> Answer:
        spec = self.specs[self.matcher.smalltalk]
        return Answer(question=question, text=text, intent=spec.name,
                      confidence=round(u.confidence if u else 1.0, 3), suggestions=spec.suggestions[:3])

    def _out_of_scope(self, question: str, u: Understanding) -> Answer:
        """A short decline that names what the articles lack and offers the nearest topics
        they do cover. A question about the articles' own subject (it names a role, or
        their general words: "career", "data science") is not called off-topic."""
        spec = self.specs[self.matcher.out_of_scope]
        about = f"The articles don't cover {quoted(u.unknown_words)}." if u.unknown_words else \
            "The articles don't answer that."
        terms = self.analyzer.index_terms(u.text)
        on_subject = bool(u.roles or u.unlisted_role or any(t in self.analyzer.generic for t in terms))
        lead = about if on_subject else f"{spec.reply} {about}"
        nearest = self._nearest_sections([t for t in terms if self.index.knows(t)])
        text = lead
        if nearest:
            text += " The nearest topics they do cover: " + "; ".join(f"**{n}**" for n in nearest) + "."
        asked = [n for n in nearest if n.endswith("?")]
        suggestions = list(dict.fromkeys([*asked, *spec.suggestions]))[:3]
        text += " You could ask, for example:\n\n" + "\n".join(f"- {s}" for s in suggestions)
        in_scope = max((v for k, v in u.scores.items() if k != spec.name), default=0.0)
        confidence = max(u.scores.get(spec.name, 0.0), 1.0 - in_scope, 0.5)
        return Answer(question=question, text=text, intent=spec.name, confidence=round(min(confidence, 1.0), 3),
                      suggestions=suggestions)

    def _nearest_sections(self, terms: list[str], limit: int = 3) -> list[str]:
        """The headings of the sections that hold the most of these terms."""
        if not terms:
            return []
        names: list[str] = []
        for hit in self.index.search(terms, k=8):
            name = hit.chunk.section.split(" › ")[-1].rstrip(":")
            if name and name not in names and hit.coverage > 0:
                names.append(name)
        return names[:limit]

    def _suggestions(self, spec: IntentSpec, roles: list[RoleFacts], question: str) -> list[str]:
        role = roles[0].name if roles else None
        out: list[str] = []
        for template in spec.suggestions:
            if "{role}" in template and not role:
                continue
            suggestion = template.replace("a {role}", with_article(role or "")).replace("{role}", role or "")
            if suggestion.lower() != question.lower() and suggestion not in out:
                out.append(suggestion)
        return out[:3]


def describe(u: Understanding) -> str:
    """One line of what the matcher made of a question, for explain()."""
    best = sorted(u.scores.items(), key=lambda kv: -kv[1])[:3]
    parts = ["intents " + ", ".join(f"{name} {score:.2f}" for name, score in best)]
    for label, value in [("roles", u.roles), ("could be", u.role_candidates), ("unknown words", u.unknown_words),
                         ("content", u.content_words)]:
        if value:
            parts.append(f"{label} {', '.join(value)}")
    if u.unlisted_role:
        parts.append(f"a role the articles lack: {u.unlisted_role}")
    return "; ".join(parts)
