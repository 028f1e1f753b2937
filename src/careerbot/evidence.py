"""Stage 3 of the answer path: gather what the articles hold for a planned question.

The best chunks for its topic (its filler words left out), their sentences on what the
intent is about, a role's own section, the skill facts on its topic, the sentence on the
person's background, and the stance sentences a verdict is drawn from. Another role's own
section never speaks for the role asked about.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cached_property
from itertools import pairwise

from careerbot import answers
from careerbot.intents import contains
from careerbot.knowledge import own_sections
from careerbot.lexicon import english
from careerbot.memo import Memo
from careerbot.models import Chunk, NearbyTopic, Quote, RoleFacts, Step
from careerbot.pack import Pack, Stage
from careerbot.planning import Plan, Planner
from careerbot.reading import at_start_or_anywhere, first_alternative, found_phrases, phrase_words
from careerbot.retrieval import Hit, Passage
from careerbot.text import stem, words
from careerbot.thresholds import (
    COMMON_ZIPF,
    CONFIDENT_COVERAGE,
    CONFIDENT_INTENT,
    FILLER_ZIPF,
    IN_PASSING_CHUNKS,
    LACKED_WINDOW,
    LEVEL_CHUNKS,
    LEVEL_SENTENCES,
    MAX_CAUSES,
    MAX_NAMED_SKILLS,
    MAX_OPTION_WORDS,
    MAX_STEPS_ASKED,
    MIN_COVERAGE,
    NAMED_SKILL_SHARE,
    OPTION_REACH,
    ORIGIN_SENTENCES,
    OTHER_SECTIONS,
    OTHER_SIDE_SENTENCES,
    SECTION_SENTENCES,
    STEP_SHARE,
    WAYS_IN_SENTENCES,
    WEAK_INTENT,
)
from careerbot.verdict import Stance, stance_of


@dataclass
class Evidence:
    """What the articles hold for a question: the best chunks and their sentences."""

    hits: list[Hit]
    query: list[str]
    hints: list[str]
    coverage: float
    sentences: list[Passage]


def words_after(said: list[str], marks: Callable[[str], bool]) -> list[str]:
    """The few words after each marking word ("zero" coding experience, "land" an internship)."""
    return [after for at, word in enumerate(said) if marks(word) for after in said[at + 1: at + 1 + LACKED_WINDOW]]


MAX_REMEMBERED_FILLERS = 4096  # (intent, question) pairs whose filler words are kept
MAX_REMEMBERED_ELSEWHERE = 1024  # (intent, question, role) triples whose skills held elsewhere are kept


class Finder(Stage):
    def __init__(self, pack: Pack, planner: Planner) -> None:
        super().__init__(pack)
        self.planner = planner
        self._promotion_starts: dict[int, int] = {}  # chunk id -> its first sentence of promotion
        self._skipped: dict[str, bool] = {}  # sentence -> whether it never answers on its own
        # What filler() and intent_terms() found, by what they depend on: an answer asks them
        # several times, and a batch asks the same questions again.
        self._fillers: Memo[tuple[str, str], frozenset[str]] = Memo(MAX_REMEMBERED_FILLERS)
        self._intent_terms: dict[str, frozenset[str]] = {}
        # skills_elsewhere(), asked by the verdict and by the structured answer of one question.
        self._elsewhere: Memo[tuple[str, str, str], answers.SkillElsewhere | None] = Memo(MAX_REMEMBERED_ELSEWHERE)

    @cached_property
    def role_chunks(self) -> dict[str, list[Chunk]]:
        """The chunks written about each role alone (see knowledge.own_sections); read on
        the first question about a role, so that start-up does not pay for it."""
        owned = own_sections(set(self.index.sections()), self.knowledge.facts.roles, self.analyzer.terms)
        role_of = {section: role for role, sections in owned.items() for section in sections}
        by_role: dict[str, list[Chunk]] = {}
        for chunk in self.index.chunks_under(role_of):
            by_role.setdefault(role_of[chunk.section], []).append(chunk)
        return by_role

    @cached_property
    def owned_chunks(self) -> frozenset[int]:
        """The ids of the chunks that are some role's own: they speak of that role, not the field."""
        return frozenset(c.chunk_id for chunks in self.role_chunks.values() for c in chunks)

    def role_of_sections(self, sections: set[str]) -> list[str]:
        """The one role whose own sections these all are; none when they are not one role's."""
        owners = {role for role, chunks in self.role_chunks.items() for c in chunks if c.section in sections}
        owned = {c.section for role in owners for c in self.role_chunks[role]}
        return sorted(owners) if len(owners) == 1 and sections and sections <= owned else []

    @cached_property
    def chunks_by_section(self) -> dict[tuple[str, str], list[Chunk]]:
        by_section: dict[tuple[str, str], list[Chunk]] = {}
        for chunk in self.index.chunks:
            by_section.setdefault((chunk.doc_id, chunk.section), []).append(chunk)
        return by_section

    def evidence(self, plan: Plan, min_coverage: float = MIN_COVERAGE) -> Evidence | None:
        """The chunks and sentences that answer the question, or None when none holds enough
        of what it asks."""
        u = plan.understanding
        spec = self.specs[plan.intent]
        # A role named in, say, an industries question steers the search; the question's
        # other words are what the answer must hold.
        role_terms = {t for r in plan.roles for t in self.analyzer.index_terms(r)} | set(plan.set_aside)
        unknown = {stem(w) for w in u.unknown_words}
        # A number ("2-3 hrs a day", "I'm 31") is how much or how old, never the topic.
        evidence = [t for t in u.content_words if t not in role_terms and not t.isdigit()
                    and (self.index.knows(t) or t in unknown)]
        reading = plan.reading
        if reading and reading.form == "yes_no" and reading.either_or:
            # "Is networking that important, or can I just spam applications?": the verdict
            # answers the first; the other need not be held.
            first_terms = set(self.analyzer.index_terms(" ".join(first_alternative(words(reading.question)))))
            evidence = [t for t in evidence if t in first_terms] or evidence
        # Coverage is of the question's topic, not its filler ("what's happening", "the right way").
        filler = self.filler(plan)
        # A question of filler alone ("are too many people trying to become data scientists?")
        # must hold nothing: its role and its intent find the answer, not "try".
        evidence = [t for t in evidence if t not in filler]
        # Nor common English the articles never use ("a short course"), nor the asking for advice
        # ("would you recommend ...?"): neither is what it is about.
        lexicon = english()
        common = {stem(w) for w in u.unknown_words if lexicon.zipf(w) >= COMMON_ZIPF}
        evidence = [t for t in evidence if t not in common and t not in self._advice_terms]
        weighed: set[str] = set()
        if plan.reading and plan.reading.weighs and self.specs[plan.intent].weighs:
            # "Is ML worth my time?", "ML, AR/VR or crypto: which would you pick?": the path
            # itself is weighed (the planner found nothing narrower asked), so the intent's own
            # words find the answer; "time" and "spaces" are no topic, "crypto" is said to be
            # not covered. But "are conferences worth going to?" weighs a thing the articles
            # name in passing: the passages naming it answer.
            subject = self.weighed_thing(plan)
            weighed, evidence = set(u.content_words) - subject, [t for t in evidence if t in subject]
        hints = [t for h in spec.query_hints for t in self.analyzer.index_terms(h)] + sorted(role_terms)
        hints += u.background_terms  # "I'm a student who likes data": steers, need not be held
        query = [t for t in dict.fromkeys(self.analyzer.index_terms(u.text)) if t not in role_terms or not evidence]
        query = [t for t in query if t not in plan.set_aside and t not in weighed]
        if nearby := self.nearby(u.text):
            # "any tips for my resume?": what the articles lack finds nothing, or the wrong thing;
            # the nearest topic they cover ("portfolio projects") finds what they do say.
            lacking = {t for key in nearby for t in self.analyzer.index_terms(key)}
            query = [t for t in query if t not in lacking] + [
                t for key in nearby for t in self.analyzer.index_terms(nearby[key].topic)]
        hits = self.index.search(query, k=5, hints=hints, evidence_terms=evidence or None)
        if self.intent_terms(plan) and u.scores[plan.intent] >= CONFIDENT_INTENT:
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
        self.note("evidence", f"query {' '.join(query)}; must hold {' '.join(evidence) or '-'}; "
                   f"coverage {coverage:.2f} (needs {min_coverage:.2f}); chunks: "
                   + "; ".join(f"{h.chunk.section} {h.score:.1f}" for h in hits[:3]))
        if evidence and coverage < min_coverage:
            # Words the articles never use ("economics") may be all that is missing: then the
            # rest is answered, and the answer says what it could not cover.
            known = [t for t in evidence if self.index.knows(t)]
            # Over the best chunks together: "a bootcamp, or a proper master's?" is answered by
            # the sentence on bootcamps and the one on degrees, which no one chunk holds.
            weight = sum(self.index.idf(t) for t in set(known)) or 1.0
            partial = sum(self.index.idf(t) for t in set(known)
                          if any(self.index.has(h.chunk.chunk_id, t) for h in hits[:3])) / weight
            # And when nothing but such words is asked ("is it stressful?"), a well-known
            # intent's own section is the nearest answer.
            partly = u.unknown_words and known and partial >= 0.75 and u.scores[plan.intent] >= WEAK_INTENT
            only_unknown = u.unknown_words and not known and u.scores[plan.intent] >= CONFIDENT_INTENT
            if not (partly or only_unknown):
                return None
        sentences = self.on_intent(plan, self.index.scored_sentences(hits, query, hints))
        return Evidence(hits, query, hints, coverage, sentences)

    @cached_property
    def _advice_terms(self) -> set[str]:
        return {t for p in self.vocabulary.question.how_to_requests for t in self.analyzer.index_terms(p)}

    def nearby(self, text: str) -> dict[str, NearbyTopic]:
        """The subjects a question names that the pack knows the articles lack ("referral"),
        each with the nearest topic they cover ("networking")."""
        said = self.analyzer.terms(text)
        present = set(said)
        return {key: self.vocabulary.nearby[key] for key, terms in self._nearby_terms
                if terms[0] in present and contains(said, terms)}

    @cached_property
    def _nearby_terms(self) -> list[tuple[str, tuple[str, ...]]]:
        """The pack's [nearby] subjects, each with its terms."""
        return [(key, terms) for key in self.vocabulary.nearby if (terms := tuple(self.analyzer.terms(key)))]

    def filler(self, plan: Plan) -> set[str]:
        """_filler_of, kept by intent and question (it depends on nothing else)."""
        key = (plan.intent, plan.understanding.text)
        return set(self._fillers.get(key, lambda: frozenset(self._filler_of(plan))))

    def _filler_of(self, plan: Plan) -> set[str]:
        """The question's common words that its intent doesn't own ("happen", "come", "way"):
        how people talk, not what they ask about."""
        intent_terms = {t for kw in self.matcher.keywords[plan.intent] for t in kw}
        lexicon = english()
        said = words(plan.understanding.text)
        # A role's field ("deep learning") is a subject, however common its words.
        terms = self.analyzer.terms(plan.understanding.text)
        fields = {t for start, end, _ in self.matcher.role_fields.find(terms) for t in terms[start:end]}
        return {t for w in said if lexicon.zipf(w) >= FILLER_ZIPF
                for t in self.analyzer.terms(w)[:1]} - intent_terms - fields

    def role_passages(self, plan: Plan) -> list[Passage]:
        """A role's own section on what is asked ("4. Computer Vision Specialist › Career
        Scope:"), whole: for a question about that role it beats sentences about the field."""
        wanted = [tuple(self.analyzer.terms(s)) for s in self.specs[plan.intent].sections]
        if not wanted or not plan.roles:
            return []
        found = [Passage(chunk, sentence, 1.0) for role in plan.roles[:2] for chunk in self.role_chunks.get(role, [])
                 if any(contains(self.analyzer.terms(chunk.section), w) for w in wanted)
                 for sentence in chunk.sentences]
        found = [p for p in found if not self._talks_pay(plan, p)]
        self.note("role sections", "; ".join(dict.fromkeys(p.chunk.section for p in found)) or "none on this")
        return found[:4]

    def level_passages(self, plan: Plan) -> list[Passage]:
        """What the articles say of the role asked about at the level asked ("senior": the
        sentences on leading, managing, advancing, that name the role or are in its own
        section); never another role's."""
        levels = self.vocabulary.level_words
        # "What level are those jobs?" asks of every level; "a senior ML engineer" of one.
        asked_all = plan.reading is not None and plan.reading.asks_level
        said = [w for ws in levels.values() for w in ws] if asked_all else levels.get(plan.level or "", [])
        if not said or not plan.roles:
            return []
        role_terms = {t for r in plan.roles[:1] for t in self.analyzer.index_terms(r)}
        query = list(dict.fromkeys(t for p in said for t in self.analyzer.index_terms(p)))
        hits = self.index.search(query, k=8, hints=sorted(role_terms))
        others = self.other_roles_chunks(plan)
        own = {c.chunk_id for c in self.role_chunks.get(plan.roles[0], [])}
        found = [p for p in self.answering(plan, self.index.scored_sentences(hits, query))
                 if p.chunk.chunk_id not in others and found_phrases(said, words(p.sentence))
                 and (p.chunk.chunk_id in own or plan.roles[0] in self.roles_named(p.sentence))]
        found = self.unasked_pay(plan, found)
        self.note("level", " | ".join(p.sentence[:60] for p in found[:LEVEL_SENTENCES]) or "nothing on it")
        return found[:LEVEL_SENTENCES]

    def roles_at_level(self, level: str) -> list[tuple[str, Passage]]:
        """The roles a sentence of the articles places at a level ("Data Scientist ...
        Experience Level: Entry to Senior"), each with the first such sentence; a sentence
        naming several roles places none of them."""
        said = self.vocabulary.levels.get(level, [])  # type: ignore[call-overload]
        query = list(dict.fromkeys(t for p in said for t in self.analyzer.index_terms(p)))
        found: dict[str, Passage] = {}
        for p in self.index.scored_sentences(self.index.search(query, k=LEVEL_CHUNKS), query) if query else []:
            if found_phrases(said, words(p.sentence)) and len(named := self.roles_named(p.sentence)) == 1:
                found.setdefault(next(iter(named)), p)
        self.note("roles at level", ", ".join(found) or "none")
        return list(found.items())

    def list_led_into(self, passages: list[Passage]) -> tuple[Passage, list[Passage]] | None:
        """A section of the passages whose text ends leading into a list of the sections under
        it ("There are several good career paths ... Here are a few of them:"): that lead-in,
        and each section under it by its first sentence naming what its heading names (else
        its first), so that the list is shown with its lead."""
        for section, doc_id in dict.fromkeys((p.chunk.section, p.chunk.doc_id) for p in passages):
            own = [c for c in self.index.chunks_under([section]) if c.doc_id == doc_id]
            if not own or not own[-1].sentences or not own[-1].sentences[-1].rstrip().endswith(":"):
                continue
            prefix = f"{section} › "
            under = [s for s in self.index.sections() if s.startswith(prefix) and " › " not in s[len(prefix):]]
            items = []
            for sub in under:
                said = [(c, s) for c in self.index.chunks_under([sub]) if c.doc_id == doc_id for s in c.sentences]
                named = self.roles_named(sub.split(" › ")[-1])
                chunk, sentence = next(((c, s) for c, s in said if named & self.roles_named(s)), said[0]) \
                    if said else (None, "")
                if chunk is not None:
                    items.append(Passage(chunk, sentence, 1.0))
            if items:
                return Passage(own[-1], own[-1].sentences[-1], 1.0), items
        return None

    def level_steps(self, plan: Plan) -> list[Passage]:
        """The quotes of the articles' way in that speak of the level asked ("Apply for
        internships and entry-level positions"): how a first role is found."""
        said = self.vocabulary.level_words.get(plan.level or "", [])
        # The longest level phrase decides: "internships" and "entry-level", not "entry points".
        quotes = sorted(((max(map(len, found)), q) for step in self.knowledge.facts.steps for q in step.quotes
                         if (found := found_phrases(said, words(q.quote)))), key=lambda lq: -lq[0])
        return [p for _, q in quotes if (p := self.fact_passage(q)) is not None][:1]

    def roles_named(self, sentence: str) -> set[str]:
        """The roles a sentence of the articles names."""
        return {name for _, _, name in self.matcher.roles.find(self.analyzer.terms(sentence))}

    def other_roles_chunks(self, plan: Plan) -> set[int]:
        """Another role's own section speaks of that role ("It's one of the highest-paying
        jobs" under "Machine Learning Engineer"), not of the one asked about."""
        if not plan.roles:
            return set()
        return {c.chunk_id for r, chunks in self.role_chunks.items() if r not in plan.roles for c in chunks}

    def skill_passages(self, plan: Plan) -> list[Passage]:
        """The skill facts on the question's topic ("Is Python mandatory?": "Strong programming
        skills are essential, particularly in languages such as Python and R."), as passages
        of their articles: a requirement question is answered by what they say is needed."""
        facts = self.knowledge.facts
        roles = [r for name in plan.roles if (r := self.knowledge.role(name))]
        quotes = [s for r in roles for s in r.skills] + list(facts.general_skills)
        u = plan.understanding
        topic = {t for t in [*u.content_words, *u.background_terms] if self.index.knows(t)} - self.analyzer.generic
        topic -= {t for r in plan.roles for t in self.analyzer.index_terms(r)} | self.asking_terms
        return [p for quote in quotes if topic & set(self.analyzer.index_terms(f"{quote.topic} {quote.quote}"))
                and (p := self.fact_passage(quote)) is not None]

    def pay_said_of(self, role: str) -> list[Passage]:
        """What the role's own sections say of its pay without a figure ("among the top
        earners in AI", "can earn impressive salaries")."""
        cues = self.vocabulary.passages.pay_words
        found = [Passage(c, s, 1.0) for c in self.role_chunks.get(role, []) for s in c.sentences
                 if found_phrases(cues, words(s)) and not answers.MONEY.search(s)]
        return found[:1]

    def skills_had(self, plan: Plan, roles: list[RoleFacts]) -> dict[str, list[str]]:
        """The skill quotes that hold what the person says they have ("mostly SQL and Tableau, a
        little Python"), each with the words of it they name: a skill, not a field."""
        background = plan.reading.background if plan.reading else ""
        said = {t for t in self.analyzer.index_terms(background) if self.index.knows(t)}
        said -= self.analyzer.generic | self.asking_terms
        said -= {t for r in roles for t in self.analyzer.index_terms(r.name)}
        quotes = [*(q for r in roles[:1] for q in r.skills), *self.knowledge.facts.general_skills]
        terms_of = [set(self.analyzer.index_terms(q.quote)) for q in quotes]
        # A word most skill lines share ("knowledge", "experience") names none of them.
        telling = {t for t in said if 0 < sum(t in terms for terms in terms_of) <= len(quotes) / NAMED_SKILL_SHARE}
        had = {q.quote: [w for w in re.findall(r"\w[\w+#]*", q.quote) if set(self.analyzer.index_terms(w)) & telling]
               for q, terms in zip(quotes, terms_of, strict=True) if telling & terms}
        self.note("skills had", "; ".join(f"{', '.join(w)}" for w in had.values()) or "none")
        return had

    def head_starts(self, plan: Plan, steps: list[Step]) -> dict[int, str]:
        """The steps in that what the person says they are or have is part of ("backend dev":
        learning Python), with their own words for it; not what they say they lack ("no SQL")."""
        if plan.reading is None:
            return {}
        said = words(f"{plan.reading.background} {plan.reading.origin}")
        negations = set(self.vocabulary.question.negations)
        had: dict[str, list[str]] = {}
        for phrase in self.vocabulary.head_starts:
            phrase_words_ = phrase.split()
            for at in range(len(said) - len(phrase_words_) + 1):
                if said[at:at + len(phrase_words_)] == phrase_words_ and not negations & set(said[max(0, at - 3):at]):
                    for part in self.vocabulary.head_starts[phrase]:
                        had.setdefault(part, []).append(phrase)
        ahead: dict[int, str] = {}
        for i, step in enumerate(steps):
            held = [phrase for part, phrases in had.items() if any(found_phrases([part], words(q.quote))
                                                                   for q in step.quotes) for phrase in phrases]
            # The longest of what they said ("software dev", not also "dev").
            kept = [p for p in dict.fromkeys(held) if not any(p != o and p in o for o in held)]
            if kept:
                ahead[i] = ", ".join(f"“{p}”" for p in kept)
        self.note("head starts", "; ".join(f"{steps[i].title}: {w}" for i, w in ahead.items()) or "none")
        return ahead

    def weighed_thing(self, plan: Plan) -> set[str]:
        """What a yes/no weighing question weighs when it is a thing, not the path: its
        subject, between the opener and the weighing ("are conferences and expos worth going
        to?"). None for "is ML worth it?", "is it worth it?", "is data science a good career?"
        (the field, a pronoun, a role), nor for "which of these would you pick?"."""
        reading = plan.reading
        if reading is None or reading.form != "yes_no":
            return set()
        said = words(reading.question)
        # Where the first weighing phrase starts ("worth", "good idea"): the subject is before it.
        weighing = [phrase_words(p) for p in self.vocabulary.question.weighing_markers if not p.startswith("^")]
        at = next((i for i in range(1, len(said)) if any(said[i: i + len(w)] == w for w in weighing if w)), 0)
        roles = {t for r in plan.roles for t in self.analyzer.index_terms(r)}
        plain = self.analyzer.generic | self.asking_terms | self.pack.weighing_terms | roles | self.filler(plan)
        return {t for t in self.analyzer.index_terms(" ".join(said[1:at])) if self.index.knows(t) and t not in plain}

    def named_in_passing(self, plan: Plan, terms: set[str]) -> set[str]:
        """What is asked about, beyond the intent's subject ("degree"), when the articles name
        all of it in a few passages only ("an MBA"): something narrow, met only where it is
        named. Empty when any of it is broad ("is my math background useful?")."""
        subject = {t for h in self.specs[plan.intent].query_hints for t in self.analyzer.index_terms(h)}
        asked = terms - subject - self.asking_terms - self.analyzer.generic
        narrow = all(0 < self.index.chunks_holding(t) <= IN_PASSING_CHUNKS for t in asked)
        return asked if narrow else set()

    def topic(self, plan: Plan) -> set[str]:
        """What the question is about, in index terms: its known words, less the field's
        ("data"), the asking ("need") and the roles' names."""
        topic = {t for t in plan.understanding.content_words if self.index.knows(t) and not t.isdigit()}
        return topic - self.analyzer.generic - self.asking_terms - {
            t for r in plan.roles for t in self.analyzer.index_terms(r)}

    def named_skills(self, plan: Plan, roles: list[RoleFacts]) -> list[Passage]:
        """The skill facts on the skills a question names ("math", "SQL"), of its role or in
        general: words that only a few of the skill quotes hold, so that "what skills do I
        need?" names none of them."""
        quotes = [q for r in roles[:1] for q in r.skills] + list(self.knowledge.facts.general_skills)
        terms_of = [set(self.analyzer.index_terms(f"{q.topic} {q.quote}")) for q in quotes]
        topic = self.topic(plan) - {t for r in roles for t in self.analyzer.index_terms(r.name)}
        named = {t for t in topic if 0 < sum(t in terms for terms in terms_of) <= len(quotes) / NAMED_SKILL_SHARE}
        found = [p for q, terms in zip(quotes, terms_of, strict=True) if named & terms and (p := self.fact_passage(q))]
        self.note("named skills", ", ".join(sorted(named)) or "none")
        return list({p.sentence: p for p in found}.values())[:MAX_NAMED_SKILLS]

    def skills_elsewhere(self, plan: Plan, roles: list[RoleFacts]) -> answers.SkillElsewhere | None:
        """A skill the question names ("do data scientists need SQL?") that neither the role's
        own list nor the general one holds, but other roles' lists do; not a role's specialty
        ("deep learning"). Worked out once per question."""
        key = (plan.intent, plan.understanding.text, roles[0].name if roles else "")
        return self._elsewhere.get(key, lambda: self._skills_elsewhere(plan, roles))

    def _skills_elsewhere(self, plan: Plan, roles: list[RoleFacts]) -> answers.SkillElsewhere | None:
        asked_role = roles[0].name if roles else None
        own = [q for r in roles[:1] for q in r.skills] + list(self.knowledge.facts.general_skills)
        own_quotes = {q.quote for q in own}
        own_terms = {t for q in own for t in self.analyzer.index_terms(f"{q.topic} {q.quote}")}
        others = [(r, q, terms) for r, q, terms in self._role_skill_terms
                  if r.name != asked_role and q.quote not in own_quotes]
        # What is asked of, beyond skills themselves ("skills for an NLP eng" names none).
        subject = {t for w in [*self.specs[plan.intent].query_hints, *self.vocabulary.question.skill_nouns]
                   for t in self.analyzer.index_terms(w)}
        topic = self.topic(plan) - subject - {t for r in roles for t in self.analyzer.index_terms(r.name)}
        if not topic or not others or topic & own_terms:
            return None
        # Only a skill of a few lists names a skill ("Python" is on most; "SQL" on one).
        named = {t for t in topic if 0 < sum(t in terms for *_, terms in others) <= len(others) / NAMED_SKILL_SHARE}
        specialties = [set(self.analyzer.index_terms(r.name)) for r in self.knowledge.facts.roles]
        if named != topic or any(named <= name for name in specialties):
            return None  # part of what is asked is on no list, or it is what a role is named after
        # "Deep learning" is not "Deep knowledge": a word asked with the field's word after it, as
        # the lists write the two ("deep learning"), is held only where that word follows it too.
        asked = self.analyzer.index_terms(plan.understanding.text)
        written_pairs = {pair for *_, terms in others for pair in pairwise(terms)}
        pairs = {(t, after) for t, after in pairwise(asked) if t in named and after in self.analyzer.generic
                 and (t, after) in written_pairs}

        def holds(terms: list[str]) -> bool:
            return bool(named & set(terms)) and all(
                any(terms[i:i + 2] == [a, b] for i in range(len(terms) - 1)) for a, b in pairs if a in terms)

        held = [(r, q) for r, q, terms in others if holds(terms)]
        if not held:
            return None
        written = list({w.lower(): w for _, q in held for w in re.findall(r"\w[\w+#]*", q.quote)
                        if set(self.analyzer.index_terms(w)) & named}.values())
        if pairs:  # the phrase, as asked
            written = [" ".join(w for w in re.findall(r"\w[\w+#]*", plan.understanding.text)
                                if set(self.analyzer.index_terms(w)) & {t for pair in pairs for t in pair})]
        items = list({p.sentence: p for _, q in held if (p := self.fact_passage(q))}.values())[:MAX_NAMED_SKILLS]
        holders = list({r.name: r for r, _ in held}.values())
        owned = {c.chunk_id for chunks in self.role_chunks.values() for c in chunks}
        found = self.index.scored_sentences(self.index.search(sorted(named), k=8), sorted(named))
        # Said of a skill ("a good skill to have"), of no role ("Data Engineer: They manage ...").
        in_general = [p for p in self.answering(plan, found) if p.chunk.chunk_id not in owned
                      and named & (held_terms := self.index.sentence_terms(p)) and subject & held_terms
                      and not self.roles_named(p.sentence) and not self.promoting(p)]
        self.note("skills elsewhere", f"{', '.join(written)}: {', '.join(r.name for r in holders)}")
        return answers.SkillElsewhere(written, holders, items, in_general[:MAX_NAMED_SKILLS])

    @cached_property
    def _role_skill_terms(self) -> list[tuple[RoleFacts, Quote, list[str]]]:
        """Each role's skill quotes with their index terms, read once (the facts never change)."""
        return [(r, q, self.analyzer.index_terms(q.quote)) for r in self.knowledge.facts.roles for q in r.skills]

    def lacking(self, plan: Plan) -> list[Passage]:
        """What the person says they lack ("zero coding experience", "I can't code"), where the
        articles call it needed: their sentence saying so, then the step that learns it."""
        said = words(plan.reading.background) if plan.reading else []
        negations = set(self.vocabulary.question.negations)
        lacked = {t for after in words_after(said, lambda w: w in negations) for t in self.analyzer.index_terms(after)}
        lacked = {t for t in lacked if self.index.knows(t)} - self.analyzer.generic - self.asking_terms
        if not lacked:
            return []
        cues = self.vocabulary.stance
        quotes = [q for r in plan.roles[:1] if (role := self.knowledge.role(r)) for q in role.skills]
        needed = [p for q in [*quotes, *self.knowledge.facts.general_skills]
                  if lacked & set(self.analyzer.index_terms(f"{q.topic} {q.quote}"))
                  and stance_of(q.quote, cues).required and (p := self.fact_passage(q)) is not None]
        self.note("lacking", ", ".join(sorted(lacked)) + (f": {needed[0].sentence[:50]}" if needed else ": not needed"))
        return [*needed[:1], *self.steps_learning(plan, lacked)] if needed else []

    def steps_learning(self, plan: Plan, wanted: set[str] | None = None) -> list[Passage]:
        """The quotes of the articles' way in that hold what the question lacks ("code": "Start
        small by learning Python ..."), as passages."""
        u = plan.understanding
        if wanted is None:
            wanted = {t for t in [*u.content_words, *u.background_terms] if self.index.knows(t)}
        wanted = set(wanted) - self.analyzer.generic - self.asking_terms
        wanted -= {t for r in plan.roles for t in self.analyzer.index_terms(r)}
        # "code" is learnt as the language the skill facts on it name ("Python and R").
        for skill in self.knowledge.facts.general_skills:
            terms = set(self.analyzer.index_terms(f"{skill.topic} {skill.quote}"))
            if wanted & terms:
                wanted |= terms - self.analyzer.generic - self.asking_terms
        quotes = [q for step in self.knowledge.facts.steps for q in step.quotes
                  if wanted & set(self.analyzer.index_terms(f"{step.title} {q.quote}"))]
        return [p for q in quotes[:1] if (p := self.fact_passage(q)) is not None]

    def fact_passage(self, quote: Quote) -> Passage | None:
        """A fact's quote as the sentence of its article that holds it."""
        for chunk in self.chunks_by_section.get((quote.doc, quote.section), []):
            sentence = next((s for s in chunk.sentences if quote.quote in s), None)
            if sentence:
                return Passage(chunk, sentence, 1.0)
        return None

    def origin_passages(self, plan: Plan) -> list[Passage]:
        """The sentences on where the person comes from: one that names their field ("switch
        from engineering"), or, for a field the articles don't name among the usual ones
        ("biology", "nursing"), those that welcome other backgrounds ("professionals from
        different backgrounds") and what they say of that field, if anything ("healthcare")."""
        origin = plan.reading.origin if plan.reading else ""
        terms = self.analyzer.index_terms(origin)
        if not origin or all(t in self.analyzer.generic for t in terms):
            return []  # "a degree in machine learning" is where they are going, not where from
        wording = self.vocabulary.question
        status = {t for w in wording.origin_status for t in self.analyzer.terms(w)}
        named = [t for t in terms if self.index.knows(t) and t not in status]  # the field, not "grad"
        with_topic = self.on_backgrounds(plan, named)
        # The field is its telling words: "chemistry" of "high school chemistry", not "high" or "school".
        lexicon = english()
        telling = {t for w in words(origin) if lexicon.zipf(w) < FILLER_ZIPF for t in self.analyzer.index_terms(w)}
        best = next((p for p in with_topic if set(named) & telling & self.index.sentence_terms(p)), None)
        if best:
            chosen = [best]
        else:
            welcome = [found for phrase in wording.origin_elsewhere
                       for found in self.sentences_saying(plan, phrase)[:1]]
            in_field = self.in_field(plan, [t for t in named if t not in self.analyzer.generic])  # not "data"
            # A role the articles describe ("a data analyst") is no field to bring domain knowledge from.
            origin_terms = self.analyzer.terms(origin)
            role_terms = {t for start, end, _ in self.matcher.roles.find(origin_terms) for t in origin_terms[start:end]}
            a_role = bool(role_terms) and {t for t in named if t not in self.analyzer.generic} <= role_terms
            chosen = (welcome[:1] + in_field + ([] if a_role else welcome[1:]))[:ORIGIN_SENTENCES]
        # Their background is met (and not a gap to disclose) by a sentence that names it or
        # welcomes it; else the sentence on backgrounds in general ("no single path") is all.
        plan.origin_named = bool(chosen)
        chosen = chosen or with_topic[:1]
        self.note("origin", f"{origin}: " + (" | ".join(p.sentence[:50] for p in chosen) or "no sentence on it"))
        return chosen

    def on_backgrounds(self, plan: Plan, named: list[str]) -> list[Passage]:
        """The sentences on where people come from ("a related field"), not merely "field",
        best first for the field named ("mathematics")."""
        wording = self.vocabulary.question
        topics = [t for p in wording.origin_topics for t in self.analyzer.index_terms(p)]
        scored = self.answering(plan, self.index.scored_sentences(self.index.search(named + topics, k=8),
                                                                  named + topics))
        return [p for p in scored if found_phrases(wording.origin_topics, words(p.sentence))]

    def changer_passages(self, plan: Plan) -> list[Passage]:
        """The sentence that meets a career changer ("whether you are a student, ... or a career
        changer"), for a question from one ("how do I make a career change?", "I'm 45, is it
        too late?")."""
        wording = self.vocabulary.question
        changing = (plan.reading is not None and plan.reading.age) or found_phrases(
            wording.changer_markers, words(plan.understanding.text))
        return [p for phrase in wording.changer_sentences for p in self.sentences_saying(plan, phrase)][:1] \
            if changing else []

    def ways_into_roles(self, plan: Plan) -> list[Passage]:
        """What the articles say of how one comes to the role asked about, or from the role the
        person holds ("Given enough experience ..., one may advance into the Machine Learning
        Engineer role"; "a step up for software developers"): sentences of those roles' own
        sections and descriptions that say a way in."""
        origin = plan.reading.origin if plan.reading else ""
        held = [name for _, _, name in self.matcher.roles.find(self.analyzer.terms(origin))] if origin else []
        names = list(dict.fromkeys([*plan.roles[:1], *held]))
        candidates = [Passage(c, s, 1.0) for name in names for c in self.role_chunks.get(name, []) for s in c.sentences]
        candidates += [p for name in names if (role := self.knowledge.role(name))
                       for d in role.descriptions if (p := self.fact_passage(d)) is not None]
        way_in = self.vocabulary.passages.way_in
        if held:  # ... and sentences elsewhere that name the role held ("a step up for software developers")
            query = [t for name in held for t in self.analyzer.index_terms(name)] + [
                t for phrase in way_in for t in self.analyzer.index_terms(phrase)]
            candidates += [p for p in self.index.scored_sentences(self.index.search(query, k=8), query)
                           if self.roles_named(p.sentence) & set(held)]
        found = list({p.sentence: p for p in candidates if found_phrases(way_in, words(p.sentence))}.values())
        self.note("ways in", " | ".join(p.sentence[:50] for p in found) or "none")
        return found[:WAYS_IN_SENTENCES]

    def in_field(self, plan: Plan, named: list[str]) -> list[Passage]:
        """What the articles say of the person's field ("agriculture", "healthcare"), not of a
        role in it ("Computer Vision is growing in healthcare"): a role's own section speaks of
        that role."""
        if not named:
            return []
        owned = {c.chunk_id for r, chunks in self.role_chunks.items() if r not in plan.roles for c in chunks}
        found = self.index.scored_sentences(self.index.search(named, k=8), named)
        return [p for p in self.answering(plan, found)
                if set(named) & self.index.sentence_terms(p) and p.chunk.chunk_id not in owned][:1]

    def field_of_origin(self, plan: Plan) -> list[Passage]:
        """The sentence on the person's own field, when the articles name it ("I work in
        agriculture": "... and even agriculture have adopted intelligent systems")."""
        origin = plan.reading.origin if plan.reading else ""
        status = {t for w in self.vocabulary.question.origin_status for t in self.analyzer.terms(w)}
        named = [t for t in self.analyzer.index_terms(origin) if self.index.knows(t) and t not in status
                 and t not in self.analyzer.generic]
        return self.in_field(plan, named)

    def sentences_saying(self, plan: Plan, phrase: str) -> list[Passage]:
        """The sentences that say this phrase, best first."""
        query = self.analyzer.index_terms(phrase)
        found = self.index.scored_sentences(self.index.search(query, k=5), query)
        return [p for p in self.answering(plan, found) if found_phrases([phrase], words(p.sentence))]

    def focused(self, plan: Plan) -> Passage | None:
        """A general intent asked about something specific ('are Facebook groups useful for
        contacts?'): when one sentence holds both that something and the intent's own words,
        it answers better than the general list."""
        u = plan.understanding
        keyword_terms = {t for kw in self.matcher.keywords[plan.intent] for t in kw}
        focus = {t for t in u.content_words if t not in keyword_terms and self.index.knows(t)} - self.filler(plan)
        asked = set(u.content_words) & keyword_terms
        if not focus or not asked:
            return None
        query = list(focus | asked)
        best = self.index.passages(self.index.search(query, k=3), query, limit=1)
        if not best:
            return None
        sentence_terms = set(self.analyzer.index_terms(best[0].sentence))
        return best[0] if focus <= sentence_terms and asked & sentence_terms else None

    def steps_asked(self, plan: Plan) -> list[int]:
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
        # "What should I do to land an internship?": the internship is where the steps lead, and
        # "apply for internships" would answer it in a circle.
        said = words(plan.understanding.text)
        question = self.vocabulary.question
        goals = {t for after in [*words_after(said, lambda w: w in question.goal_verbs),
                                 *(w for w in words_after(said, lambda w: w in question.get_verbs)
                                   if w in question.goal_nouns)]
                 for t in self.analyzer.index_terms(after)}
        asked -= goals
        # "How many months would it take me?": the time it takes, not the step "Take degrees".
        if plan.reading is not None and self.planner.asks_time(plan.reading):
            asked -= {t for w in question.duration_verbs for t in self.analyzer.index_terms(w)}
        # A word in every step ("learning") tells none apart; nor does the verb a title opens with
        # ("gain" experience: the projects step is experience too), when something else is asked.
        telling = {t for t in asked if 0 < sum(t in terms for terms in step_terms) < len(steps)}
        verbs = {terms[0] for s in steps if (terms := self.analyzer.index_terms(s.title))}
        telling = (telling - verbs) or telling
        weight = [sum(self.index.idf(t) for t in telling & terms) for terms in step_terms]
        best = max(weight, default=0.0)
        if not best:
            return []
        chosen = [i for i, w in enumerate(weight) if w >= STEP_SHARE * best]
        self.note("steps", ", ".join(steps[i].title for i in chosen))
        return chosen if len(chosen) <= MAX_STEPS_ASKED else []

    def bridge(self, roles: list[RoleFacts]) -> Passage | None:
        """A sentence of the articles that names these roles together ("Though a Data Analyst
        and a BI Developer perform generally similar tasks, they are distinct.")."""
        names = {r.name for r in roles}
        if len(names) < 2:
            return None
        query = [t for r in roles for t in self.analyzer.index_terms(r.name)]
        for passage in self.index.scored_sentences(self.index.search(query, k=5), query):
            if self.roles_named(passage.sentence) == names:  # these roles and no others: not a list of five jobs
                return passage
        return None

    def intent_terms(self, plan: Plan) -> set[str]:
        """_intent_terms_of, kept by intent (it depends on nothing else)."""
        if plan.intent not in self._intent_terms:
            self._intent_terms[plan.intent] = frozenset(self._intent_terms_of(plan))
        return set(self._intent_terms[plan.intent])

    def _intent_terms_of(self, plan: Plan) -> set[str]:
        """The words of what a retrieval intent is about (challenges: "challenge", "bias",
        "ethical"): its hints and keywords."""
        spec = self.specs[plan.intent]
        if spec.answer != "retrieval" or spec.fallback:
            return set()
        terms = ({t for h in spec.query_hints for t in self.analyzer.index_terms(h)}
                 | {t for kw in self.matcher.keywords[plan.intent] for t in kw if self.index.knows(t)})
        return terms - self.analyzer.generic  # "data" of "data quality" is about everything

    def on_intent(self, plan: Plan, passages: list[Passage]) -> list[Passage]:
        """For a question its intent knows well, the passages on that intent ("comes with
        challenges"), not those that merely share the question's subject ("a good grasp of
        data science"); all of them if none is."""
        wanted = self.intent_terms(plan)
        if not wanted or plan.understanding.scores[plan.intent] < CONFIDENT_INTENT:
            return passages
        on = [p for p in passages if wanted & (self.index.sentence_terms(p)
                                               | set(self.analyzer.index_terms(p.chunk.section)))]
        return on or passages

    @cached_property
    def _section_chunks(self) -> dict[str, list[Chunk]]:
        """For each intent with sections, the chunks under a heading that names them
        ("Industries Hiring Machine Learning Professionals"), none of them a role's own."""
        owned = self.owned_chunks
        found: dict[str, list[Chunk]] = {}
        headings = {s: self.analyzer.terms(s.split(" › ")[-1]) for s in self.index.sections()}
        starting: dict[str, list[str]] = {}  # term -> the sections whose heading holds it
        for section, heading in headings.items():
            for term in set(heading):
                starting.setdefault(term, []).append(section)
        for name, spec in self.specs.items():
            wanted = [tuple(self.analyzer.terms(s)) for s in spec.sections]
            if wanted:
                under = {s for w in wanted for s in (starting.get(w[0], []) if w else headings)
                         if contains(headings[s], w)}
                found[name] = [c for c in self.index.chunks_under(under) if c.chunk_id not in owned]
        return found

    def intent_section(self, plan: Plan, found: Evidence, routed: bool = False) -> list[Passage]:
        """The best sentences of the intent's own section, for a question the intent knows well
        (or that its form routed there: routed) and that asks nothing the section lacks ("which
        industries hire?", "is ML used in healthcare?"); for a question about a role, only when
        the role has no section of its own on it (role_passages), which comes first."""
        chunks = self._section_chunks.get(plan.intent, [])
        if not chunks or (plan.understanding.scores[plan.intent] < CONFIDENT_INTENT and not routed):
            return []
        hits = [Hit(chunk, 1.0, 1.0) for chunk in chunks]
        passages = self.index.passages(hits, found.query, hints=found.hints, limit=3)
        spec = self.specs[plan.intent]
        own = {t for h in [*spec.query_hints, *spec.sections] for t in self.analyzer.index_terms(h)}
        specific = {t for t in plan.understanding.content_words if self.index.knows(t) and len(t) > 1}
        specific -= own | self.analyzer.generic | self.asking_terms  # "privacy" is specific; "industry" is not
        specific -= self.filler(plan)  # "find", "come": how people talk
        specific -= {t for r in plan.roles for t in self.analyzer.index_terms(r)}  # a role without a section of its own
        if plan.reading and plan.reading.weighs:
            specific -= self.pack.weighing_terms  # "is it worth getting into ...?": the taking of a path
        held = {t for p in passages
                for t in self.index.sentence_terms(p) | set(self.analyzer.index_terms(p.chunk.section))}
        if specific - held:
            return []
        if not specific:
            passages = self._opening(plan, chunks)
        self.note("intent section", "; ".join(dict.fromkeys(p.chunk.section for p in passages)))
        return passages

    def section_opening(self, plan: Plan, intent: str) -> list[Passage]:
        """The opening of an intent's own sections, as for the question asked at large ("what's
        the outlook?"), whatever the question asked beside it."""
        chunks = self._section_chunks.get(intent, [])
        return self._opening(replace(plan, intent=intent), chunks) if chunks else []

    def _opening(self, plan: Plan, chunks: list[Chunk]) -> list[Passage]:
        """Asked at large ("which industries hire?", "what are the challenges?"): the opening of
        the first section, as written, then the first sentence of each other one."""
        openings = list({c.section: c for c in reversed(chunks)}.values())[::-1]  # each section's first chunk
        others = openings[1:OTHER_SECTIONS + 1]
        opening = [Passage(c, s, 1.0) for c in chunks if c.section == chunks[0].section for s in c.sentences]
        firsts = [Passage(c, c.sentences[0], 1.0) for c in others if c.sentences]
        return self.answering(plan, [*opening[:2], *firsts, *opening[2:]])[:SECTION_SENTENCES]

    def answering(self, plan: Plan, passages: list[Passage]) -> list[Passage]:
        """Without the sentences that never answer on their own ("Let's explore ..."), and
        without a publisher's promotion ("Online institutes, like Nexford University, ...")
        unless it holds all that was asked ("an online master's") or something the articles
        name only in passing: [passages] in the vocabulary."""
        # What was asked beyond the intent's own subject ("degree") and the asking ("need").
        hints = {t for h in self.specs[plan.intent].query_hints for t in self.analyzer.index_terms(h)}
        asked = set(plan.understanding.content_words) - hints - self.asking_terms - self.analyzer.generic
        # A promotion may be all they say of something narrow ("an MBA with a focus on ...").
        narrow = {t for t in asked if 0 < self.index.chunks_holding(t) <= IN_PASSING_CHUNKS}
        return [p for p in passages if not self._never_answers(p.sentence)
                and not (self.promoting(p) and not (asked and asked <= self.index.sentence_terms(p))
                         and not narrow & self.index.sentence_terms(p))]

    def _never_answers(self, sentence: str) -> bool:
        """A sentence that never answers on its own ("Let's explore ..."): read once."""
        if sentence not in self._skipped:
            self._skipped[sentence] = bool(found_phrases(self.vocabulary.passages.skip, words(sentence)))
        return self._skipped[sentence]

    def promoting(self, passage: Passage) -> bool:
        """A publisher's promotion runs from its first naming of itself to the end of its
        section ("Nexford's Robotics ... This comprehensive course tackles ...")."""
        sentences = passage.chunk.sentences
        at = sentences.index(passage.sentence) if passage.sentence in sentences else len(sentences) - 1
        return at >= self._promotion_from(passage.chunk.chunk_id)

    def _promotion_from(self, chunk_id: int) -> int:
        """The first sentence of a chunk that is promotion (0: all of it, as an earlier chunk of
        its section started it; past its end: none of it). Read once per section."""
        if chunk_id in self._promotion_starts:
            return self._promotion_starts[chunk_id]
        chunks = self.index.chunks
        place = (chunks[chunk_id].doc_id, chunks[chunk_id].section)
        start = chunk_id
        while start > 0 and (chunks[start - 1].doc_id, chunks[start - 1].section) == place:
            start -= 1
        names = self.vocabulary.passages.promotional
        promotional = [*names, *(f"{name}s" for name in names)]  # "Nexford’s" reads as "nexfords"
        begun = False
        at = start
        while at < len(chunks) and (chunks[at].doc_id, chunks[at].section) == place:
            sentences = chunks[at].sentences
            first = 0 if begun else next(
                (i for i, s in enumerate(sentences) if found_phrases(promotional, words(s))), len(sentences))
            self._promotion_starts[at] = first
            begun = begun or first < len(sentences)
            at += 1
        return self._promotion_starts[chunk_id]

    def on_topic(self, plan: Plan, passages: list[Passage]) -> list[Passage]:
        """The passages that hold what the question is about ("coding", "a degree"), not merely
        its field: a verdict's support is no filler. All of them when it names nothing."""
        # Nor merely how it is said ("will they *always* be required?").
        topic = self.topic(plan) - self.pack.weighing_terms - self.filler(plan)
        if not topic:
            return passages
        return [p for p in passages
                if topic & (self.index.sentence_terms(p) | set(self.analyzer.index_terms(p.chunk.section)))]

    def unasked_pay(self, plan: Plan, passages: list[Passage]) -> list[Passage]:
        """The passages that may be shown: none that never answers, none that speaks of other
        roles only (another row of a table of roles), and no pay figure in an answer to a
        question that did not ask pay."""
        passages = self.answering(plan, passages)
        if plan.roles:
            passages = [p for p in passages if not (named := self.roles_named(p.sentence)) or named & set(plan.roles)]
        if self.specs[plan.intent].answer == "salary" or self.planner.asks_pay(plan.understanding):
            return passages
        return [p for p in passages if not answers.MONEY.search(p.sentence) and not self._talks_pay(plan, p)]

    def _talks_pay(self, plan: Plan, passage: Passage) -> bool:
        """A sentence about pay ("one of the highest-paying jobs") under a question that did not
        ask it ("what do ML engineers do all day?"); "is ML worth it?" weighs pay too, and a
        verdict may rest on it ("... and the demand keeps growing": not slowing down)."""
        if plan.reading is not None and (plan.reading.weighs or plan.reading.form == "yes_no"):
            return False
        u = plan.understanding
        if self.specs[plan.intent].answer == "salary" or self.planner.asks_pay(u):
            return False
        terms = self.index.sentence_terms(passage)
        if not terms & self._pay_terms:
            return False
        # It may say more that was asked ("... and the demand keeps growing" of the outlook,
        # "earn an MBA" of the MBA asked about).
        asked = set(u.content_words) | self.matcher.keyword_terms[plan.intent]
        roles = {t for r in plan.roles for t in self.analyzer.index_terms(r)}
        return not terms & (asked - roles - self._pay_terms - self.analyzer.generic)

    @cached_property
    def _pay_terms(self) -> frozenset[str]:
        """The terms of talk about pay ("highest-paying", "top earners"), from the base's words."""
        return frozenset(t for w in self.vocabulary.question.pay_words for t in self.analyzer.index_terms(w))

    def stances(self, plan: Plan, candidates: list[Passage], own: list[Passage],
                 for_role: bool) -> list[tuple[Passage, Stance]]:
        """The candidates that take a stance on what was asked: on its topic, or failing that
        on its predicate ("hard"). for_role: only those about the role asked about."""
        u = plan.understanding
        role_terms = {t for r in plan.roles for t in self.analyzer.index_terms(r)}
        topic = {t for t in u.content_words if self.index.knows(t) and t not in self.analyzer.generic}
        # Where the person comes from ("mechanical engineers") is not what is asked about.
        origin = set(self.analyzer.index_terms(plan.reading.origin)) if plan.reading else set()
        topic = (topic - role_terms - self.asking_terms - origin) or set(u.background_terms) - role_terms
        # "Is an MBA worth it if I want to move into ...?": what is weighed is the MBA; a stance
        # on the way in ("move into") is not on it, and no stance off the topic decides it.
        weighed = bool(plan.reading and plan.reading.weighs and self.planner.narrower_than_a_path(plan))
        # "Is an MBA useful?" where the articles name an MBA in passing and take no stance on
        # it: a stance on degrees at large, or on moving into the field, does not decide it.
        passing = self.named_in_passing(plan, self.topic(plan) - self.pack.weighing_terms)
        named = any(passing & self.index.sentence_terms(c) for c in candidates)
        if weighed or named:
            topic = (topic - self.pack.weighing_terms) or topic
        others = self.other_roles_chunks(plan)
        # A heading that states a need ("Skills You Need:", not "Is a degree required?").
        needing = self.vocabulary.stance.asks_requirement
        listed = {c.chunk.chunk_id for c in candidates
                  if found_phrases(needing, words(heading := c.chunk.section.split(" › ")[-1]))
                  and not heading.rstrip().endswith("?")}
        own_section = {c.chunk_id for c in self._section_chunks.get(plan.intent, [])}
        on_topic: list[tuple[Passage, Stance]] = []
        in_section: list[tuple[Passage, Stance]] = []
        on_predicate: list[tuple[Passage, Stance]] = []
        on_intent: list[tuple[Passage, Stance]] = []
        intent_terms = self.intent_terms(plan)
        owned = self.owned_chunks  # a role's, not the field's
        # "Do I need math?" asks of a skill: a sentence on where people come from ("most share
        # a background in computer science, engineering, mathematics") does not decide it.
        on_skills = self.specs[plan.intent].answer == "skills"
        backgrounds = self.vocabulary.question.origin_topics
        for candidate in self.answering(plan, candidates):
            if on_skills and found_phrases(backgrounds, words(candidate.sentence)):
                continue
            # What a sentence is about includes its heading: "They ..." under "Data Engineer".
            about = self.index.sentence_terms(candidate) | set(self.analyzer.index_terms(candidate.chunk.section))
            # About the role: its own words ("analyst"), not the field's it shares ("data").
            if (for_role and role_terms and not (role_terms - self.analyzer.generic or role_terms) & about) \
                    or candidate.chunk.chunk_id in others:
                continue
            stance = stance_of(candidate.sentence, self.vocabulary.stance)
            if not stance and candidate.chunk.chunk_id in listed and topic & self.index.sentence_terms(candidate) \
                    and not candidate.sentence.rstrip().endswith((".", "!", "?")):
                # A list item under "Skills You Need:" is needed: its heading says so.
                stance = Stance(required=True)
            if not stance and candidate.chunk.chunk_id in own_section and topic & self.index.sentence_terms(candidate):
                # "Do banks hire ML people?": "Financial institutions rely on it for fraud
                # detection", in the articles' section on industries, says they do.
                stance = Stance(positive=True)
            if not stance:
                continue
            if not topic or topic & about:
                on_topic.append((candidate, stance))
            elif candidate in own:  # the role's own section on this intent, if not in the question's words
                in_section.append((candidate, stance))
            elif self.asking_terms & about:  # about what is asked ("hard"), if not its object
                on_predicate.append((candidate, stance))
            elif intent_terms & about and (stance.positive or stance.caveat) and candidate.chunk.chunk_id not in owned:
                on_intent.append((candidate, stance))
        # Last, what the articles say of the intent itself ("the future ... is extremely
        # promising") when nothing names the question's subject: it is their whole field. A
        # section headed by the intent's words ("Future Outlook") speaks for it first.
        def by_intent(cs: tuple[Passage, Stance]) -> tuple[bool, bool]:
            heading = set(self.analyzer.index_terms(cs[0].chunk.section))
            return not intent_terms & heading, not intent_terms & (self.index.sentence_terms(cs[0]) | heading)

        on_intent.sort(key=by_intent)
        if not plan.roles and self.specs[plan.intent].weighs:
            # "Is ML a stable career?" is not decided by the data engineer's own "stable and
            # rewarding career option": a role's own section speaks of that role's outlook.
            on_topic = [cs for cs in on_topic if cs[0].chunk.chunk_id not in owned]
        if len(topic) > 1:
            # "Is an online master's worth it?": the sentence holding more of it first, then the one
            # whose section holds it all ("Online institutes" under "Take the necessary degrees").
            def holding(cs: tuple[Passage, Stance]) -> tuple[int, int]:
                chunk = cs[0].chunk.chunk_id
                return (-len(topic & self.index.sentence_terms(cs[0])),
                        -sum(1 for t in topic if self.index.has(chunk, t)))
            on_topic.sort(key=holding)
        if not topic:
            # Nothing but the field asked about ("is it a good career?"): the intent's own
            # sections first, and no role's.
            on_topic = sorted([cs for cs in on_topic if cs[0].chunk.chunk_id not in owned or plan.roles], key=by_intent)
        if weighed or named:
            return on_topic + in_section  # a stance on something else does not weigh it
        return (on_topic + in_section) or on_predicate or on_intent

    def other_side(self, plan: Plan) -> list[Passage]:
        """What to weigh against a path: the opening of the section the weighing intent names
        (outlook's `weighed_against`: the challenges), the role's own first."""
        against = self.specs[plan.intent].weighed_against
        if against not in self.specs:
            return []
        chunks = self._section_chunks.get(against, [])
        chosen = self.role_passages(replace(plan, intent=against)) or [
            Passage(chunks[0], s, 1.0) for s in chunks[0].sentences] if chunks else []
        self.note("other side", " | ".join(p.sentence[:50] for p in chosen[:OTHER_SIDE_SENTENCES]) or "none")
        return chosen[:OTHER_SIDE_SENTENCES]

    def options(self, plan: Plan) -> list[tuple[str, list[str]]]:
        """The things a comparison weighs that are not roles ("tensorflow or pytorch", "a
        degree vs a bootcamp", "math or coding"): the word on each side of its "or" / "vs",
        with its terms, when the articles know both."""
        said = words(plan.reading.question) if plan.reading else []
        markers = set(self.vocabulary.question.option_markers)
        role_terms = {t for r in plan.roles for t in self.analyzer.index_terms(r)}

        not_things = self.analyzer.generic | self.asking_terms | self.pack.weighing_terms

        def is_thing(terms: list[str]) -> bool:
            # "computer science" is a thing though "science" alone is the field's word.
            return bool(set(terms) - not_things) and not set(terms) & (self.asking_terms | self.pack.weighing_terms) \
                and all(self.index.knows(t) for t in terms) \
                and not set(terms) & role_terms and not set(terms) & self.matcher.role_heads.keys()

        lexicon = english()
        # "is R enough or do I really need to learn Python?": the asking and the adverbs
        # between a thing and the marker are passed over.
        passed_over = self.asking_terms | self.pack.weighing_terms

        def side(candidates: list[str], reversed_: bool) -> tuple[str, list[str]] | None:
            """The words with a topic next to the marker ("a degree", "an online course", not
            "enough to get a job or ..."); none when they are no thing the articles know, or a
            role ("engineering")."""
            for at, word in enumerate(candidates[:OPTION_REACH]):
                if at + 1 < len(candidates):
                    # "people skills": two words the articles say in one ("communication").
                    pair = [candidates[at + 1], word] if reversed_ else [word, candidates[at + 1]]
                    together = self.analyzer.index_terms(" ".join(pair))
                    if together and together != [t for w in pair for t in self.analyzer.index_terms(w)] \
                            and is_thing(together):
                        return " ".join(pair), together
                terms = self.analyzer.index_terms(word)
                if not terms or set(terms) <= passed_over or (len(word) > 2 and lexicon.zipf(word) >= FILLER_ZIPF):
                    continue  # "a", "the", "enough", "really"
                if not is_thing(terms):
                    return None
                phrase = [word]
                for more in candidates[at + 1: at + MAX_OPTION_WORDS]:
                    if more in markers or not is_thing(more_terms := self.analyzer.index_terms(more)):
                        break
                    phrase.append(more)
                    terms = terms + more_terms
                named = " ".join(phrase[::-1] if reversed_ else phrase)
                return named, terms
            return None

        found: list[tuple[str, list[str]]] = []
        for at, word in enumerate(said):
            if word in markers and 0 < at < len(said) - 1:
                for option in (side(said[:at][::-1], True), side(said[at + 1:], False)):
                    if option and all(option[1] != f[1] for f in found):
                        found.append(option)
        self.note("options", ", ".join(w for w, _ in found) or "none")
        return found if len(found) >= 2 else []

    def causes(self, plan: Plan) -> list[Passage]:
        """For a question asking why ("why is there so much demand for ML people?"): the
        articles' sentence giving reasons ("This growth can be attributed to several factors:",
        with the items after it) that holds most of what the question is about; none when none
        holds any of it."""
        said = plan.reading.text if plan.reading else plan.understanding.text
        if not at_start_or_anywhere(self.vocabulary.question.cause_markers, words(said)):
            return []
        topic = self.topic(plan) - self.filler(plan) - self.pack.weighing_terms
        # "Why do companies need data engineers?" asks of the role: reasons that name it.
        named = {t for r in plan.roles for t in self.analyzer.index_terms(r)} - self.analyzer.generic
        scored = [(len(topic & terms), sentence.endswith(":"), block) for sentence, terms, block in self._reasons
                  if named <= terms]
        best = max(scored, key=lambda sb: sb[:2], default=None)
        if best is None or not best[0]:
            return []
        self.note("causes", best[2][0].sentence[:60])
        return best[2]

    @cached_property
    def _reasons(self) -> list[tuple[str, set[str], list[Passage]]]:
        """Each sentence of the articles that gives reasons, its terms and what it shows: itself,
        and the items after it when it leads into a list ("... several factors:")."""
        marks = self.vocabulary.passages.causes
        chunks = self.index.chunks
        found = []
        for chunk in chunks:
            for at, sentence in enumerate(chunk.sentences):
                if not found_phrases(marks, words(sentence)):
                    continue
                block = [Passage(chunk, sentence, 1.0)]
                if at and words(sentence)[:1] and words(sentence)[0] in self.vocabulary.question.pointing_words:
                    block.insert(0, Passage(chunk, chunk.sentences[at - 1], 1.0))  # "This growth ...": of what
                if sentence.rstrip().endswith(":"):
                    items = list(chunk.sentences[at + 1:])
                    following = chunk.chunk_id + 1
                    while len(items) < MAX_CAUSES and following < len(chunks) \
                            and chunks[following].section == chunk.section:
                        items += chunks[following].sentences
                        following += 1
                    block += [Passage(chunks[min(following - 1, len(chunks) - 1)] if s not in chunk.sentences
                                      else chunk, s, 1.0) for s in items[:MAX_CAUSES]]
                terms = {t for p in block for t in self.index.sentence_terms(p)}
                found.append((sentence.rstrip(), terms, block))
        return found

    def sentences_holding(self, plan: Plan, terms: list[str], limit: int = 3) -> list[Passage]:
        """The best sentences that hold all these terms, none of another role's section: the
        facts that do first (the articles' own lists), then any sentence; of a role asked
        about, only its own ("management" of a team lead is not "database management")."""
        others = self.other_roles_chunks(plan)
        facts = self.knowledge.facts
        roles = [r for name in plan.roles if (r := self.knowledge.role(name))]
        quotes = [q for r in roles for q in [*r.descriptions, *r.skills]] + list(facts.general_skills)
        found = [p for q in quotes if set(terms) <= set(self.analyzer.index_terms(q.quote))
                 and (p := self.fact_passage(q)) is not None]
        own = {c.chunk_id for name in plan.roles for c in self.role_chunks.get(name, [])}
        found += [p for p in self.index.scored_sentences(self.index.search(terms, k=8), terms)
                  if not roles or p.chunk.chunk_id in own or self.roles_named(p.sentence) & set(plan.roles)]
        return [p for p in self.unasked_pay(plan, found) if set(terms) <= self.index.sentence_terms(p)
                and p.chunk.chunk_id not in others and not self.promoting(p)][:limit]

    def nearest_sections(self, terms: list[str], limit: int = 3) -> list[str]:
        """The headings of the sections that hold the most of these terms; a heading that names
        no topic ("At the end", "Introduction") is no topic to offer."""
        if not terms:
            return []
        names: list[str] = []
        for hit in self.index.search(terms, k=8):
            name = answers.leaned_on(hit.chunk.section)  # "Data Engineer", not "2. Data Engineer › Skills You Need:"
            if name and name not in names and hit.coverage > 0 and self._names_a_topic(name):
                names.append(name)
        return names[:limit]

    def _names_a_topic(self, heading: str) -> bool:
        """Whether a heading holds a word of what the pack answers about: of a role's name, or
        an intent's keyword that is no everyday word ("end" of "At the end")."""
        lexicon = english()
        return any(set(terms) & self.role_words or (set(terms) & self.matcher.topic_terms
                                                      and lexicon.zipf(w) < FILLER_ZIPF)
                   for w in words(heading) if (terms := self.analyzer.index_terms(w)))

    @cached_property
    def role_words(self) -> frozenset[str]:
        """The terms of the roles' names: "engineer", "scientist", "nlp" ..."""
        return frozenset(t for r in self.knowledge.facts.roles for t in self.analyzer.index_terms(r.name))
