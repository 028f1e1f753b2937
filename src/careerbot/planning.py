"""Stage 2 of the answer path: understand the question as read, and plan the answer.

The intent matcher reads the question proper (its first question, or the whole post when
that is unclear); the plan settles the intent, the roles and the level, using the
conversation only where the question leans on it ("and a data analyst?"), and lets the
question's form overrule its keywords (a how-to about a role wants the way in).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property

from rapidfuzz.distance import DamerauLevenshtein

from careerbot.intents import ROLE_TOKEN, contains
from careerbot.lexicon import english
from careerbot.memo import Memo
from careerbot.models import Understanding
from careerbot.pack import Pack, Stage
from careerbot.reading import Reading, found_phrases, past_fillers, phrase_words
from careerbot.text import words
from careerbot.thresholds import (
    CARD_ANSWERS,
    COMMON_ZIPF,
    CONFIDENT_INTENT,
    MAX_LEANING_CONTENT_WORDS,
    MIN_INTENT,
    QUALIFIER_ZIPF,
    ROLE_ANSWERS,
    ROLE_STANDS_OUT,
    WEAK_INTENT,
)


def pick_by_ordinal(text: str, choices: list[str], ordinals: dict[str, int]) -> list[str]:
    """'the second one' of the roles just named, or nothing."""
    for word in words(text):
        at = ordinals.get(word)
        if at is not None and 0 <= (index := at if at >= 0 else len(choices) + at) < len(choices):
            return [choices[index]]
    return []


@dataclass
class Context:
    """What a follow-up may refer back to."""

    intent: str | None = None
    roles: list[str] = field(default_factory=list)
    level: str | None = None
    pending: tuple[str, list[str], str | None] | None = None  # intent, role choices, level
    listed: list[str] = field(default_factory=list)  # the roles the last answer listed, to pick by ordinal
    recent_roles: list[str] = field(default_factory=list)  # the roles of the last answers, the latest last
    # The last question as read: "what about for a data analyst?" is that question, changed.
    reading: Reading | None = None
    understanding: Understanding | None = None
    # Asking the next question of the same post ("what do they do and which frameworks ...?"):
    # it is about the roles the post's first question named, unless it names its own.
    same_post: bool = False


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
    levels_compared: bool = False  # "do seniors make that much more than juniors?": pay by level alone
    role_found: bool = False  # the role was found from what the question asks it to do
    part_of_post: bool = False  # one of a post's several questions: its answer is one of several


MAX_REMEMBERED_QUESTIONS = 4096  # questions whose asks_pay() is kept


class Planner(Stage):
    def __init__(self, pack: Pack) -> None:
        super().__init__(pack)
        self._asks_pay: Memo[str, bool] = Memo(MAX_REMEMBERED_QUESTIONS)  # whether a question asks about pay
        self._levels_said: Memo[str, frozenset[str]] = Memo(MAX_REMEMBERED_QUESTIONS)  # the levels it names

    def familiar(self, word: str) -> bool:
        """A word of the articles, or one letter away from one ("salery"): no sign of another
        language. Two letters away ("salaire") may well be French."""
        fixed = None if self.analyzer.is_known(word) else self.analyzer.correct(word)
        return self.analyzer.is_known(word) or (fixed is not None and DamerauLevenshtein.distance(word, fixed) <= 1)

    def across_roles(self, question: str) -> list[str]:
        """The question's words, past the field's ("which ML jobs ..."), when it asks over all
        the roles ("which role", "what kind of job"); none when it does not."""
        across = self.vocabulary.conversation.across_roles
        kept = {w for phrase in across for w in phrase_words(phrase)}
        said = [w for w in words(question) if w in kept
                or not ((terms := self.analyzer.terms(w)) and set(terms) <= self.analyzer.generic)]
        return said if found_phrases(across, said) else []

    def understand(self, reading: Reading, language: str) -> Understanding:
        """The question proper, read by the intent matcher; roles the person named in the
        background ("I want to be a data scientist. What's the best way?") count too."""
        in_english = language == "en"
        u = self.matcher.understand(reading.question, correct=in_english)
        # "Which role is most realistic for a beginner?" is clear: the roles at that level.
        at_a_level = u.level is not None and bool(self.across_roles(reading.question))
        if len(reading.questions) > 1 and u.scores[u.intent] < WEAK_INTENT and not at_a_level:
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
            # The keywords by which the intent was recognised ("transition") are not gaps,
            # unless the articles never decide what they ask ("stressful": [stance] unaddressed).
            asked = u.text
            lexicon = english()
            routed = self.matcher.keyword_terms.get(u.intent, frozenset())
            unaddressed = set(self.vocabulary.stance.unaddressed)
            joined = self.matcher.run_together(asked)
            absent = [w for w in dict.fromkeys(words(asked)) if w not in u.unknown_words and w not in u.corrections
                      and w not in joined
                      and w not in self.form_words and lexicon.zipf(w) < COMMON_ZIPF
                      and (terms := self.analyzer.terms(w)) and terms[0] in u.content_words
                      and not self.index.knows(terms[0]) and w.isalpha()
                      and (terms[0] not in routed or w in unaddressed)]
            # "overhyped", "too late": what a yes/no asks, which the verdict reads, not a subject.
            asking = self.verdict_words
            # "With layoffs everywhere, what's the future?": what the question is set in may be
            # what the articles lack, and the answer says so.
            setting = self.matcher.understand(reading.setting, scored=False).unknown_words if reading.setting else []
            rare = [w for w in setting if lexicon.zipf(w) < QUALIFIER_ZIPF]  # "layoffs", not "a recession hits"
            # "if I'm shy": an ordinary word for what the asker is, not a subject of the question.
            traits = self._traits(u.text)
            # "Is DS the same as ML, or are they separate?": the words of its form are no subject.
            form = self.form_words
            u = replace(u, unknown_words=[w for w in dict.fromkeys([*u.unknown_words, *absent, *rare])
                                          if w not in asking and w not in traits and w not in form],
                        content_words=[t for t in u.content_words if t not in self._form_terms])
        if reading.labelled and u.roles:
            # "saw the title 'business automation specialist' at a logistics company - what do
            # they do?": the role is named before the dash, what is asked of it after.
            after = self.matcher.understand(reading.labelled, correct=in_english)
            if after.scores[after.intent] >= CONFIDENT_INTENT and self.specs[after.intent].answer in ROLE_ANSWERS:
                u = replace(u, intent=after.intent, scores={**u.scores, after.intent: after.scores[after.intent]})
        if reading.background and reading.questions:
            # The background is read only when it is needed: for the roles when the question
            # names none, for the subject when it has none of its own.
            background = None
            if not u.roles and not u.role_candidates:
                background = self.matcher.understand(reading.background, correct=in_english, scored=False)
                if background.roles:
                    u = replace(u, roles=background.roles[:2])
            role_terms = {t for r in u.roles for t in self.analyzer.index_terms(r)}
            if not [t for t in u.content_words if t not in role_terms]:
                # "He doesn't know how to code. Can he still become a data scientist?": the
                # question's subject is in the background.
                background = background or self.matcher.understand(reading.background, correct=in_english,
                                                                   scored=False)
                known = [t for t in background.content_words if self.index.knows(t) and t not in role_terms]
                u = replace(u, background_terms=list(dict.fromkeys(known)))
        choosing = reading.form == "comparison" or reading.either_or or bool(
            set(self.vocabulary.question.choice_words) & set(words(reading.question)))  # "which pays more?"
        # The fields named count only in a question that chooses: looked for only then.
        fields = [r for r in self.matcher.fields_named(reading.text) if r not in u.roles] if choosing else []
        # "web development or data science?": a side the articles lack is a side all the same.
        # "Data Science vs Cyber Security": a side the articles lack ("cyber") counts too.
        lacking_side = reading.form == "comparison" and bool(u.unknown_words)
        if fields and choosing and len(u.roles) + len(fields) + bool(u.unlisted_role or lacking_side) >= 2:
            # "a data engineering or a data science internship: which is closer to building
            # models?": fields set against each other are their roles.
            u = replace(u, roles=[*u.roles, *fields], role_candidates=[])
        return u

    def wh_object_intent(self, plan: Plan) -> str | None:
        """The intent whose own word the wh-word asks for ("what skills", "which industries"),
        when the question is that intent's at all."""
        assert plan.reading is not None
        said = words(plan.reading.question)
        at = next((i for i, w in enumerate(said) if w in self.vocabulary.question.wh_openers), None)
        if at is None or at + 1 >= len(said):
            return None
        asked = tuple(self.analyzer.terms(said[at + 1]))
        u = plan.understanding
        owners = [name for name, keywords in self.matcher.keywords.items()
                  if asked and asked in keywords and u.scores.get(name, 0.0) >= MIN_INTENT]
        return owners[0] if len(owners) == 1 else None

    @staticmethod
    def _routed(plan: Plan, intent: str, score: float) -> Plan:
        """The plan routed by the question's form to an intent, scored at least this surely."""
        u = plan.understanding
        u = replace(u, intent=intent, scores={**u.scores, intent: max(u.scores[intent], score)})
        return replace(plan, intent=intent, understanding=u)

    def by_form(self, plan: Plan) -> Plan:
        """The form of the question overrides its keywords: a how-to about a role wants the
        way in, not the role's card; only a question that compares gets a comparison."""
        assert plan.reading is not None
        reading = plan.reading
        if reading.form == "yes_no" and set(reading.markers[:1]) & set(self.vocabulary.question.level_asking.get(
                reading.asks, [])) \
                and plan.level and plan.roles and not self.asks_pay(plan.understanding):
            # "Is that entry level?", "are those senior jobs?", "fresh grad here, can I get hired
            # straight in as a data scientist?": where the role stands, not its pay.
            plan.reading = replace(reading, asks_level=True)
        form = plan.reading.form
        kind = self.specs[plan.intent].answer
        u = plan.understanding
        if plan.reading.asks_level and not plan.roles and (
                fields := [name for _, _, name in self.matcher.compared_fields.find(self.analyzer.terms(u.text))]):
            # "Is data science open to fresh grads at entry level?": a level is a role's, and the
            # field names its role.
            plan = replace(plan, roles=list(dict.fromkeys(fields)))
        assert plan.reading is not None
        # "Which path fits me better, research or engineering?" weighs two; it looks up no role.
        # "Which role is most realistic for a beginner?" looks up the roles at that level (composing).
        looks_up = plan.reading.looks_up_role and plan.reading.form != "comparison" and not plan.level
        if looks_up and not plan.roles and (found := self.role_described(u, plan.reading.background)):
            # "Is there a role focused on improving business processes?": that role, and its card.
            role_info = next((s.name for s in self.specs.values() if s.answer == "role_info"), plan.intent)
            return replace(plan, intent=role_info, roles=[found], role_found=True)
        if form == "wh" and (asked := self.wh_object_intent(plan)) and asked != plan.intent:
            # "What skills should I focus on during the masters?": the skills, not the masters.
            return replace(plan, intent=asked)
        weighing = next((s.name for s in self.specs.values() if s.weighs), None)
        narrower = self.narrower_than_a_path(plan) if plan.reading.weighs else []
        owners = {name for name, _ in narrower}
        # "do seniors make that much more?" is the pay by level, below.
        pay_by_level = self.asks_pay(u) and kind == "comparison"
        # The money weighed is of the move ("is moving into ML worth it money-wise?"), not of a
        # thing another intent answers ("is a bootcamp worth the money?": the bootcamp).
        of_a_thing = self.asks_pay(u) and kind not in ("how_to_start", "comparison") \
            and not self.specs[plan.intent].weighs
        if narrower and plan.intent not in owners and len(owners) == 1 and not pay_by_level and not of_a_thing:
            # "Is an MBA worth it if I want to move into ...?": the MBA's intent, not the move's;
            # "is moving into ML worth it money-wise?": the pay.
            return replace(plan, intent=owners.pop())
        # "X vs Y - which should I aim for?", "should I aim at research roles or ML engineer roles?"
        chooses = (form == "comparison" or (plan.reading.either_or and kind == "comparison")) and len(plan.roles) > 1
        if chooses and form == "yes_no":
            # Asked "should I ...?" of two roles, it is a choice between them, not a yes or no.
            plan.reading = replace(plan.reading, form="comparison", either_or=False)
            form = "comparison"
        if plan.reading.weighs and weighing and not narrower and not chooses:
            # "Should I learn ML?", "is data engineering worth my time?": whether to take the
            # path, not what it takes; "is a PhD worth it?" is about the PhD.
            # The form recognises the question as surely as a keyword would.
            return self._routed(plan, weighing, WEAK_INTENT)
        how_to = next((s.name for s in self.specs.values() if s.answer == "how_to_start"), None)
        if how_to and plan.reading.own_background and u.scores[plan.intent] < WEAK_INTENT:
            # "Would my accounting background help at all?": the way in, from where they come.
            # The form recognises the question as surely as a keyword would.
            return self._routed(plan, how_to, WEAK_INTENT)
        if how_to and form == "how_to" and (kind in CARD_ANSWERS or u.scores[plan.intent] < WEAK_INTENT
                                           or u.scores.get(how_to, 0.0) >= u.scores[plan.intent]):
            # A how-to the way in scores as well as anything is asked of the way in.
            return replace(plan, intent=how_to)
        bound = bool(plan.reading.time_limit) and (kind in CARD_ANSWERS or self.specs[plan.intent].weighs)
        if how_to and form == "quantity" and (u.scores[plan.intent] < MIN_INTENT or bound) \
                and self.asks_time(plan.reading):
            # "How many months would it take me to be job-ready?", "can I learn ML in a few weeks?":
            # the way in, at its pace.
            return self._routed(plan, how_to, MIN_INTENT)
        if form == "quantity" and kind in CARD_ANSWERS and kind != "comparison":
            # "How long does it take to become an ML engineer?": not the role's card.
            others = {k: v for k, v in u.scores.items() if self.specs[k].answer not in (*CARD_ANSWERS, "smalltalk")}
            best = max(others, key=lambda k: others[k], default=None)
            if best and others[best] >= MIN_INTENT:
                return replace(plan, intent=best)
        if kind == "salary" and len(plan.roles) == 1 and plan.reading.origin and plan.reading.origin_own:
            # "I'm a data analyst: what would I make as a data scientist?": where they stand, beside it.
            named = [name for _, _, name in self.matcher.roles.find(self.analyzer.terms(plan.reading.origin))]
            if (now := next((r for r in named if r not in plan.roles), None)) is not None:
                return replace(plan, roles=[now, *plan.roles])
        if form == "quantity" and kind != "salary" and self.asks_pay(u) and kind not in ("comparison",):
            # "how much would I make if I moved into data science?": the pay, not the move.
            salary = next((s.name for s in self.specs.values() if s.answer == "salary"), None)
            if salary:
                return replace(plan, intent=salary)
        # "... and how much do they make?" "what about a data analyst?": the pay, asked again.
        on_pay = plan.previous is not None and self.specs[plan.previous].answer == "salary" and (
            u.anaphora or plan.leans)
        amount = form == "quantity" or self.weighs_a_thing(plan.reading)
        if kind == "salary" and amount and not self.asks_pay(u) and not on_pay:
            # "How much coding ...?": a quantity, but not money; after a pay answer, "how much
            # does it go up?" is the pay.
            others = {k: v for k, v in u.scores.items() if self.specs[k].answer not in ("salary", "smalltalk")}
            if others:
                return replace(plan, intent=max(others, key=lambda k: others[k]))
        if kind in ("comparison", "salary") and len(plan.roles) < 2 and not u.unlisted_role and self.asks_pay(u):
            # "do seniors really make that much more than juniors?": pay by level, no roles to set side by side.
            salary = next((s.name for s in self.specs.values() if s.answer == "salary"), None)
            levels = len(self.levels_said(u)) > 1
            if salary and (levels or kind == "comparison"):
                return replace(plan, intent=salary, level=None if levels else plan.level, levels_compared=levels)
        if kind == "comparison" and form != "comparison":
            others = {k: v for k, v in u.scores.items() if self.specs[k].answer not in ("comparison", "smalltalk")}
            if others:
                return replace(plan, intent=max(others, key=lambda k: others[k]))
        return plan

    @cached_property
    def verdict_words(self) -> frozenset[str]:
        """The words of what a yes/no asks ("overhyped", "too late", "enough"), which the
        verdict reads: read once, not on every question."""
        cues = self.vocabulary.stance
        return frozenset(w for p in [*cues.asks_negative, *cues.falling_demand, *cues.asks_requirement,
                                     *cues.asks_enough, *cues.asks_useful]
                         for w in phrase_words(p))

    @cached_property
    def pay_keywords(self) -> list[tuple[str, ...]]:
        """The salary intent's keywords but those of "how much" and its like: a question on
        money holds one of them. Read once, not on every question."""
        salary = next((s.name for s in self.specs.values() if s.answer == "salary"), None)
        quantity = {tuple(self.analyzer.terms(q)) for q in self.vocabulary.question.quantity_markers}
        return [kw for kw in self.matcher.keywords.get(salary or "", set()) if kw not in quantity]

    @cached_property
    def described_terms(self) -> dict[str, set[str]]:
        """Each role's terms in its focus and descriptions, read on the first lookup."""
        return {r.name: set(self.analyzer.index_terms(" ".join([r.focus, *(d.quote for d in r.descriptions)])))
                for r in self.knowledge.facts.roles}

    def role_described(self, u: Understanding, background: str = "") -> str | None:
        """The role whose descriptions hold most of what the question asks it to do ("improving
        business processes": the Business Automation Specialist), if one stands out."""
        not_topic = self.analyzer.generic | self.asking_terms | set(self.matcher.role_heads)
        topic = {t for t in u.content_words if self.index.knows(t)} - not_topic
        if not topic:
            # "I'm way more into language than images. Which ML job fits me?": what they like is
            # said before the question, and what they like less after a "than".
            said = words(background)
            than = next((at for at, w in enumerate(said) if w in self.vocabulary.question.contrast_words), len(said))
            liked = " ".join(said[:than])
            topic = {t for t in self.analyzer.index_terms(liked) if self.index.knows(t)} - not_topic
        described = self.described_terms
        # A word in many roles' descriptions ("used") tells them apart less than one in a single role's.
        share = {t: sum(t in terms for terms in described.values()) for t in topic}
        scored = sorted(((sum(self.index.idf(t) / share[t] for t in topic & terms), name)
                         for name, terms in described.items()), reverse=True)
        if not scored or scored[0][0] <= 0 or (len(scored) > 1 and scored[0][0] < ROLE_STANDS_OUT * scored[1][0]):
            return None
        self.note("role described", scored[0][1])
        return scored[0][1]

    def narrower_than_a_path(self, plan: Plan) -> list[tuple[str, str]]:
        """The words of a weighing question that another intent is about ("a PhD", "the
        money"), each with that intent, besides the field, its roles and the weighing itself:
        then that intent answers it. "Should I learn ML?" has none: "learn" is how a path is taken."""
        u = plan.understanding
        if self.asks_pay(u):
            salary = next((s.name for s in self.specs.values() if s.answer == "salary"), plan.intent)
            return [(salary, "pay")]  # "do seniors really make that much more?": the pay, weighed
        role_terms = {t for r in plan.roles for t in self.analyzer.index_terms(r)}
        skip = role_terms | self._not_narrower
        terms = self.matcher.shaped_terms(u.text)
        return [(name, " ".join(kw)) for name, keywords in self._narrower_keywords
                for kw in keywords if contains(terms, kw) and set(kw) - skip]

    @cached_property
    def _form_terms(self) -> set[str]:
        """The terms of the words that give a question its form, unless the articles use them
        ("different backgrounds"): read once."""
        return {t for t in self.pack.form_terms if not self.index.knows(t)}

    @cached_property
    def _not_narrower(self) -> set[str]:
        """The terms no narrower question is made of: the field's, the asking, the weighing
        and how a person asks ("should i"). Read once, not on every question."""
        people = self.vocabulary.conversation.first_person
        asking = {t for w in [*self.form_words, *people] for t in self.analyzer.terms(w)}
        return set(self.analyzer.generic) | self.asking_terms | self.pack.weighing_terms | asking

    @cached_property
    def _narrower_keywords(self) -> list[tuple[str, set[tuple[str, ...]]]]:
        """The keywords of the intents a weighing question may be narrower than, by intent."""
        return [(name, keywords) for name, keywords in self.matcher.keywords.items()
                if not self.specs[name].weighs and self.specs[name].answer not in ("smalltalk", "out_of_scope")]

    def plan(self, u: Understanding, context: Context) -> Plan:
        """Decide intent, roles and level, using the conversation where the question leans on it."""
        if context.pending and (resolved := self._resolve_pending(u, context)):
            return resolved
        intent, roles, level = u.intent, list(u.roles), u.level
        strength = u.scores[u.intent]
        # "and a data analyst?", "what about senior level?": the last question, changed.
        # "and if I moved up to team lead?": a condition alone asks the last question again under it.
        said = past_fillers(words(u.text), self.vocabulary.question)
        bare_condition = bool(said) and said[0] in self.vocabulary.question.condition_openers and "," not in u.text
        # "which one first?", "which of those to start with?": an order of what the last answer gave.
        among_the_last = self.specs[u.intent].answer == "comparison" and not u.roles and not u.content_words \
            and bool(found_phrases(self.vocabulary.question.order_markers, said))
        # "which databases specifically?" after the skills: a short question no intent knows
        # asks more of the last one.
        unknown_to_all = strength < MIN_INTENT and 0 < len(u.content_words) <= MAX_LEANING_CONTENT_WORDS \
            and u.level is None and not u.roles \
            and not found_phrases(self.vocabulary.question.quantity_markers, said)  # "how long ...?": by its form
        elliptical = context.intent is not None and (
            u.elliptical or bare_condition or among_the_last or unknown_to_all
            or (strength < WEAK_INTENT and bool(u.roles or u.level)))
        # "and a data analyst?" is the last question changed; "and what do they do all day?"
        # is a question of its own, about the same role.
        # "... and the pay difference vs a data analyst?" after the way in: the pay, asked anew.
        asks_pay_anew = context.intent is not None and self.asks_pay(u) \
            and self.specs[context.intent].answer not in ("salary", "comparison")
        own_question = not bare_condition and not among_the_last and not unknown_to_all and (
            self._asks_anew(u.text) or asks_pay_anew or (
                strength >= CONFIDENT_INTENT and self.specs[u.intent].answer not in ("role_info", "comparison")))
        # "and a data analyst vs a data scientist, which of the two should I go for?": two roles
        # and a choice between them are a question of their own.
        chooses_between = len(u.roles) >= 2 and bool(found_phrases(self.vocabulary.question.better_markers, said))
        leans = elliptical and not own_question and not chooses_between
        if leans:
            intent = context.intent or intent
        kind = self.specs[intent].answer
        # "what skills?" right after a question about a role: short, and about no one else.
        terse = len(u.content_words) <= 1 and not u.first_person
        # "which roles pay the most?" is about all roles; "which industries hire them the most?" is not.
        pointed = bool(set(words(u.text)) & self.matcher.reference_words)
        across = bool(found_phrases(self.vocabulary.conversation.across_roles, words(u.text))) and not pointed
        if not roles and context.listed and (picked := pick_by_ordinal(u.text, context.listed, self.ordinals)):
            # "tell me more about the second one" after a list of roles.
            roles = picked
            if strength < CONFIDENT_INTENT:
                intent = next((s.name for s in self.specs.values() if s.answer == "role_info"), intent)
        recent = list(dict.fromkeys(reversed(context.recent_roles)))[:2]
        if not roles and len(context.roles) < 2 and len(recent) == 2 \
                and found_phrases(self.vocabulary.conversation.choosing_between, past_fillers(words(u.text),
                                                                                         self.vocabulary.question)):
            # "... and a BI developer?" "so which one should I go for?": the two just asked about.
            roles = recent[::-1]
            intent = next((s.name for s in self.specs.values() if s.answer == "comparison"), intent)
            kind, leans = "comparison", False  # a question of its own, on them
        if not roles and context.roles and not across:
            if picked := pick_by_ordinal(u.text, context.roles, self.ordinals):
                roles = picked
            # "what would I be doing day to day?" after a role: what a role does asks of some role.
            elif u.anaphora or ((elliptical or terse or context.same_post) and kind in ROLE_ANSWERS) or (
                    kind == "role_info" and not u.unlisted_role):
                roles = list(context.roles)
                if level is None and elliptical:
                    level = context.level
        said = words(u.text)
        compares = kind == "comparison" or bool(
            [m for m in found_phrases(self.vocabulary.question.comparison_markers, said) if m != "or"]
            or found_phrases(self.vocabulary.question.difference_markers, said))
        if compares and len(roles) == 1 and context.roles and context.roles[0] != roles[0]:
            # "and how much do they make compared to an ML engineer?": the last role against this one.
            roles = [context.roles[0], roles[0]]
        elif compares and len(roles) == 1 and context.reading and context.reading.origin_own \
                and (held := self._role_held(context.reading.origin)) and held != roles[0]:
            # "I'm a BI developer: what would I need to become an ML engineer?" "and the pay
            # difference?": the role they hold against the one they want.
            roles = [held, roles[0]]
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

    def _role_held(self, origin: str) -> str | None:
        """The role the person's background names ("a BI developer"), if any."""
        found = self.matcher.roles.find(self.analyzer.terms(origin)) if origin else []
        return next((name for _, _, name in found), None)

    def _asks_anew(self, text: str) -> bool:
        """After its opener ("and", "what about"), the words open a question of their own."""
        said = past_fillers(words(text), self.vocabulary.question)
        for opener_words in self._ellipsis_openers:
            if said[: len(opener_words)] == opener_words:
                said = said[len(opener_words):]
                break
        question = self.vocabulary.question
        return bool(said) and (said[0] in question.wh_openers or said[0] in question.yes_no_openers)

    @cached_property
    def _ellipsis_openers(self) -> list[list[str]]:
        """The follow-up openers' words ("what about"), the longest first: sorted once."""
        openers = sorted(self.vocabulary.conversation.ellipsis_openers, key=lambda o: -len(phrase_words(o)))
        return [phrase_words(o) for o in openers]

    def _resolve_pending(self, u: Understanding, context: Context) -> Plan | None:
        assert context.pending is not None
        intent, choices, level = context.pending
        context.pending = None
        picked = [r for r in u.roles if r in choices] or pick_by_ordinal(u.text, choices, self.ordinals)
        if not picked:
            return None
        return Plan(intent, picked[:1], u.level or level, u)

    def levels_said(self, u: Understanding) -> set[str]:
        """The experience levels a question names ("seniors", "juniors"); kept, as it is asked
        of the same question again."""
        return set(self._levels_said.get(u.text, lambda: self._levels_in(words(u.text))))

    def _levels_in(self, said: list[str]) -> frozenset[str]:
        return frozenset(level for level, phrases in self.vocabulary.levels.items()
                         if found_phrases(phrases, said) or found_phrases([f"{p}s" for p in phrases], said))

    def asks_time(self, reading: Reading) -> bool:
        """"How long does it take?", "how many months?", "can I do it in 6 months?": a time, which
        the articles give none of."""
        return bool(reading.time_limit) or bool(found_phrases(self.vocabulary.question.duration_markers,
                                                              words(reading.question)))

    def weighs_a_thing(self, reading: Reading) -> bool:
        """"How important is statistics?", "how much does teamwork matter?": how much a thing
        counts, not an amount nor the whole list."""
        return bool(found_phrases(self.vocabulary.question.importance_words, words(reading.question)))

    def _traits(self, text: str) -> set[str]:
        """The ordinary words a question says the asker is ("I'm shy", "im really anxious"):
        each right after a first-person copula and its intensifiers."""
        said, talk = words(text), self.vocabulary.question
        traits: set[str] = set()
        if not {c[0] for c in self._copulas if c} & set(said):
            return traits  # most questions say nothing of what the asker is
        for at in range(len(said)):
            copula = next((c for c in self._copulas if said[at: at + len(c)] == c), None)
            if copula is None:
                continue
            after = at + len(copula)
            while after < len(said) and said[after] in talk.intensifiers:
                after += 1
            if after < len(said) and english().zipf(said[after]) >= QUALIFIER_ZIPF:
                traits.add(said[after])
        return traits

    @cached_property
    def _copulas(self) -> list[list[str]]:
        return [phrase_words(c) for c in self.vocabulary.question.self_descriptions]

    def asks_pay(self, u: Understanding) -> bool:
        """Whether a "how much" question is about money: a pay keyword besides "how much";
        kept, as an answer asks it of its question several times."""
        return self._asks_pay.get(u.text, lambda: self._names_pay(u.text))

    def _names_pay(self, text: str) -> bool:
        # A bare "scientist" stands for a role here too: "how much does a scientist make"; so does
        # "they" beside a role named ("how much do they make compared to an ML engineer?").
        stand_ins = self.matcher.role_heads.keys() | self.matcher.reference_words
        terms = [ROLE_TOKEN if t in stand_ins else t for t in self.matcher.shaped_terms(text)]
        return any(contains(terms, kw) for kw in self.pay_keywords)
