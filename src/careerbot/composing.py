"""Stage 4 of the answer path: compose the answer from the plan and its evidence.

A verdict first for a yes/no question, both sides of a comparison on the dimension asked,
the facts of a role, or the passages that answer; then what the articles don't cover, said
plainly; and a short, helpful decline when they cover none of it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cached_property
from itertools import dropwhile, pairwise, takewhile

from careerbot import answers
from careerbot.answers import Outlook, Parts, with_article
from careerbot.corpus import table_cells
from careerbot.evidence import Finder
from careerbot.intents import contains
from careerbot.lexicon import english
from careerbot.models import Answer, IntentSpec, RoleFacts, Understanding
from careerbot.pack import Pack, Stage
from careerbot.planning import Context, Plan, Planner
from careerbot.reading import (
    Reading,
    doubt_of,
    first_alternative,
    found_phrases,
    phrase_words,
    required_thing,
    sentences,
)
from careerbot.retrieval import Passage
from careerbot.text import labelled, words
from careerbot.thresholds import (
    ADVERB_STEM_ZIPF,
    ALTERNATIVES_WINDOW,
    COMMON_ZIPF,
    CONDITION_WORD_ZIPF,
    CONFIDENT_INTENT,
    DEFINITION_SENTENCES,
    FIELD_OUTLOOK_SENTENCES,
    FILLER_ZIPF,
    IN_PASSING_CHUNKS,
    JOINED_WORD_ZIPF,
    LACKED_WINDOW,
    MAX_CLARIFY_CHOICES,
    MAX_CLARIFY_WORDS,
    MAX_COMPARED,
    MAX_LEADS,
    MAX_RECENT_ROLES,
    MAX_SKILLS_BROUGHT,
    MIN_COVERAGE,
    MIN_INTENT,
    NEAREST_TOPICS,
    QUALIFIER_ZIPF,
    ROLE_ANSWERS,
    ROLE_DOES_QUOTES,
    SECTION_SENTENCES,
    STEP_QUOTES_IN_A_PART,
    STEP_QUOTES_IN_ALL,
    STRICT_COVERAGE,
    SUBJECT_ZIPF,
    VERDICT_CANDIDATES,
    WEAK_INTENT,
)
from careerbot.verdict import AFFIRMATIVE, Stance, stance_of, verdict


def _at(said: list[str], phrase: list[str]) -> int | None:
    """Where a phrase's words first stand in the words said."""
    return next((i for i in range(len(said)) if said[i:i + len(phrase)] == phrase), None)


def _an_adverb(word: str) -> bool:
    """An adverb of a common English word: "honestly" (honest), "fully" (full), "happily"
    (happy), "basically" (basic)."""
    if not (word.endswith("ly") and len(word) > 4):
        return False
    base = word[:-2]
    lexicon = english()
    bases = (base, base + "l", base[:-1] + "y", base[:-2])
    return any(len(b) >= 4 and lexicon.zipf(b) >= ADVERB_STEM_ZIPF for b in bases)


def _inflected(word: str) -> bool:
    """A form of a common English word ("finishes": finish, "wanted": want), which the
    word list counts apart and less often."""
    lexicon = english()
    bases = [word[:-n] + tail for end, n, tail in _INFLECTIONS if word.endswith(end) and len(word) - n >= 3]
    return any(lexicon.zipf(b) >= COMMON_ZIPF for b in bases)


# Endings of a word's forms, the letters they replace, and what stands there in the base.
_INFLECTIONS = [("es", 2, ""), ("s", 1, ""), ("ed", 2, ""), ("ed", 1, ""), ("ing", 3, ""), ("ing", 3, "e")]


def _describes(word: str) -> bool:
    """An English word that describes rather than names: an adjective by its ending
    ("hopeless", "stressful", "dangerous", "childish") or a comparative of a common one
    ("fancier": fancy). What is asked of a thing, not a thing they lack."""
    lexicon = english()
    if word.endswith(("less", "ful", "ous", "ish")) and len(word) > 5 and word in lexicon:
        return True
    return word.endswith(("ier", "iest")) and lexicon.zipf(word[: -3 if word.endswith("ier") else -4] + "y") \
        >= ADVERB_STEM_ZIPF


def _once(lacking: list[str]) -> list[str]:
    """What the articles lack, each said once: "long hours", not "hours" too; "work life
    balance", not "worklife" too."""
    said = list(dict.fromkeys(lacking))
    phrases = [p for p in said if " " in p]
    return [w for w in said if not any(w != p and (w in p.split() or w == p.replace(" ", "")) for p in phrases)]


def as_plain_text(text: str) -> str:
    """The user's own words inside an answer's Markdown: shown as typed, never as formatting."""
    return re.sub(r"([\\`*_\[\]<>#|~])", r"\\\1", text)


def quoted(items: list[str], limit: int = 3) -> str:
    """“a”, “b” or “c”: the user's own words, which are letters and digits only."""
    marks = [f"“{w}”" for w in items[:limit]]
    return marks[0] if len(marks) == 1 else ", ".join(marks[:-1]) + " or " + marks[-1]


# A list item that opens with its label: "Data Explosion: With the proliferation ...".
class Composer(Stage):
    def __init__(self, pack: Pack, planner: Planner, find: Finder) -> None:
        super().__init__(pack)
        self.planner, self.find = planner, find

    def compose(self, question: str, plan: Plan, context: Context) -> Answer:
        u = plan.understanding
        spec = self.specs[plan.intent]
        kind = spec.answer
        lexicon = english()
        if kind == "smalltalk" and self.matcher.smalltalk_reply(question) \
                and all(lexicon.zipf(w) >= COMMON_ZIPF for w in u.unknown_words):
            # "thanks, great answer": small talk, whatever ordinary word the articles lack.
            return self.smalltalk(question, self.matcher.smalltalk_reply(question) or spec.description, u)
        if kind == "out_of_scope" or self._unknown_topic(u, plan):
            self.note("compose", "decline: " + ("an out-of-scope intent" if kind == "out_of_scope"
                                                  else "its subject is not in the articles"))
            return self.decline(question, u)
        if u.scores[plan.intent] < MIN_INTENT and not plan.roles:
            self.note("compose", f"no intent reaches {MIN_INTENT}: answered only if the articles hold it clearly")
            return self._fallback(question, plan)
        if kind == "smalltalk":
            return self.smalltalk(question, self.matcher.smalltalk_reply(question) or spec.description, u)
        few = len(u.role_candidates) <= MAX_CLARIFY_CHOICES or len(words(question)) <= MAX_CLARIFY_WORDS
        if kind in ROLE_ANSWERS and not plan.roles and len(u.role_candidates) > 1 and few and not u.unlisted_role:
            return self._clarify(question, plan, context)
        roles = [r for name in plan.roles if (r := self.knowledge.role(name))]
        if self._asks_only_what_they_never_say(plan, roles) or self.asks_of_the_untouched(plan):
            self.note("compose", "decline: what is asked the articles never say")
            return self.decline(question, u, roles)
        text, confidence, parts = self._body(plan, roles)
        if not text:
            return self.decline(question, u)
        text = self._weighed(plan, text, parts)
        text, unknown = self._disclosed(plan, roles, text, parts)
        text, parts.sources = answers.in_reading_order(text, parts.sources)
        # "What's the next step up for a developer?" answered from one role's own section: "and
        # what does that pay?" asks of that role.
        # For one who holds a role, the role that answer leads with, beside what it says of theirs.
        led_with = self.find.role_of_sections({parts.sources[0].section}) \
            if parts.sources and self._role_of_origin(plan) else []
        told = self.find.role_of_sections({s.section for s in parts.sources}) or led_with or [r.name for r in roles]
        context.intent, context.roles, context.level = plan.intent, told, plan.level
        context.recent_roles = [*context.recent_roles, *told][-MAX_RECENT_ROLES:]
        # The roles an answer lists, to pick by place ("the second one", "the top one"): the roles
        # described, or the roles of a table of pay, best paid first.
        names = {r.name for r in self.knowledge.facts.roles}
        paid = list(dict.fromkeys(f.label for f in parts.figures if f.label in names)) if kind == "salary" else []
        context.listed = [r.name for r in self.knowledge.facts.roles] if kind == "roles" else \
            paid if len(paid) > 2 else []
        context.reading, context.understanding = plan.reading, u
        return Answer(question=question, text=text, intent=plan.intent, confidence=round(min(confidence, 1.0), 3),
                      entities=self._entities(plan, roles, unknown), sources=parts.sources, figures=parts.figures,
                      suggestions=self._suggestions(spec, roles, question))

    def _body(self, plan: Plan, roles: list[RoleFacts]) -> tuple[str, float, Parts]:
        """The answer proper, tried from the most exact to the most general: the role found
        from what it does, a role's levels, a verdict, the role's own section, the things
        weighed, the sentences on the question's own subject, the facts, retrieved passages."""
        u = plan.understanding
        kind = self.specs[plan.intent].answer
        parts = self._parts()
        text, confidence = "", 0.0
        if plan.role_found and roles:
            # "Is there a role focused on improving business processes?": that role, named, and its card.
            lead = self.vocabulary.wording.get("role_found", "").replace("{role}", f"**{roles[0].name}**")
            text = "\n\n".join(t for t in (lead, answers.role_text(roles[0], parts, limit=2)) if t)
            confidence = 0.15 + 0.8 * max(u.confidence, WEAK_INTENT)
        if plan.reading and plan.reading.asks_level and len(roles) >= 2:
            # "NLP or computer vision engineer: which is easier to land as a first job?": each
            # one's level, and whether the articles set them apart.
            text = self._levels_compared(plan, roles, parts)
            confidence = 0.15 + 0.8 * max(u.confidence, WEAK_INTENT)
            self.note("compose", "the roles' levels side by side")
        elif plan.reading and plan.reading.asks_level and roles and not self.find.level_passages(plan):
            # "Is MLOps more of a senior role, or can someone junior get in?": the articles give
            # it no level; how a first role is found, when the question asks of the start.
            entry = replace(plan, level="entry")
            junior = found_phrases(self.vocabulary.levels.get("entry", []), words(plan.reading.question))
            steps = self.find.level_steps(entry) if junior else []
            text = "\n\n".join([parts.say("no_level", role=roles[0].name), answers.passages_text(steps, parts)]).strip()
            confidence = 0.15 + 0.8 * max(u.confidence, WEAK_INTENT)
            self.note("compose", "no level given for the role")
        elif plan.reading and plan.reading.asks_level and roles and (levels := self.find.level_passages(plan)):
            # "What level are data scientist jobs?": what the articles say of the role's levels;
            # "can I get that straight out of college?" also how a first role is found.
            # "Is that entry level or senior?" asks where the role stands, not how to get in.
            opens = plan.level == "entry" and len(self.planner.levels_said(u)) < 2
            first_roles = self.find.level_steps(plan) if opens else []
            at_levels = [*levels, *(p for p in first_roles if p not in levels)]
            text = "\n\n".join(t for t in (self._level_given(roles[0], levels, parts),
                                             answers.passages_text(at_levels, parts)) if t)
            confidence = 0.15 + 0.8 * max(u.confidence, WEAK_INTENT)
            self.note("compose", "the role's levels")
        if not text and not roles and (holding := self._roles_with(plan)):
            # "Which ML jobs would use my C++?": the roles whose own facts name it.
            lines = [f"- **{role.name}**: {answers.unlabelled(answers.passages_text([p], parts), role)}"
                     for role, p in holding]  # not "Business Automation Specialist: Business Automation ..."
            text = "\n\n".join([parts.say("roles_with"), "\n".join(lines)])
            confidence = 0.15 + 0.8 * max(u.confidence, WEAK_INTENT)
            self.note("compose", "the roles whose facts name what is asked")
        if not text and roles and plan.reading and plan.reading.form in ("wh", "comparison") \
                and self.planner.asks_pay(u) and (outlooks := self._outlooks(plan, roles)) is not None:
            # "What's the salary and future scope of an NLP engineer?": each role on both.
            missing = [u.unlisted_role] if u.unlisted_role else []
            text = answers.comparison_text(roles, parts, {"pay"}, missing, pay_said=self._pay_said(roles),
                                           outlooks=outlooks)
            confidence = 0.15 + 0.8 * max(u.confidence, WEAK_INTENT)
            self.note("compose", "the roles' pay and outlook")
        if not text and (ranked := self._pay_ranked_by(plan)):
            # "Which industry pays ML engineers the best?": the articles rank no industry by pay;
            # what they say of pay and of that thing instead.
            things, section = ranked
            note = self.knowledge.facts.salary_note
            text = "\n\n".join(t for t in [
                f"_{parts.say('unranked_by_pay', things=things)}_ "
                + (f"{note.quote} {parts.quote(note)}" if note else ""),
                answers.passages_text(section, parts),
                # "Which country pays ML engineers the most?": the role's own figures, as the articles give them.
                answers.salary_for_role(roles[0], plan.level, self.knowledge.facts, parts) if roles else ""]
                if t.strip())
            confidence = 0.15 + 0.8 * max(u.confidence, WEAK_INTENT)
            self.note("compose", f"pay not ranked by {things}")
        if not text and (at_level := self._roles_at_level(plan)):
            # "Which ML role is most realistic for a beginner?": the roles placed at that level,
            # and how a first role is found.
            lines = [f"- **{role.name}**: {answers.passages_text([p], parts)}" for role, p in at_level]
            steps = self.find.level_steps(plan) if plan.level == "entry" else []
            text = "\n\n".join(t for t in [parts.say("roles_at_level", level=plan.level or ""), "\n".join(lines),
                                            answers.passages_text(steps, parts)] if t)
            confidence = 0.15 + 0.8 * max(u.confidence, WEAK_INTENT)
            # An answer about which roles, shown and remembered as such.
            plan.intent = next((s.name for s in self.specs.values() if s.answer == "roles"), plan.intent)
            self.note("compose", "the roles at the level asked")
        weighs_options = plan.reading is not None and (
            plan.reading.form == "comparison" or (plan.reading.form == "yes_no" and plan.reading.either_or))
        if not text and len(roles) < 2 and weighs_options and (options := self.find.options(plan)):
            # "math or coding?", "should I do a course or a bootcamp?": the things weighed, side by
            # side, not a yes or no.
            text, confidence = self._options(plan, options, parts), 0.15 + 0.8 * u.confidence
            self.note("compose", "the options side by side" if text else "no sentences on the options")
            if not text:
                parts = self._parts()  # what it tried is not in the answer
        if not text and (reasons := self.find.causes(plan)):
            # "Why is there so much demand for ML people?": the reasons the articles give.
            text, confidence = self._listed(reasons, parts), 0.15 + 0.8 * max(u.confidence, WEAK_INTENT)
            self.note("compose", "the reasons the articles give")
        if not text and len(roles) == 1 and weighs_options and self._set_against_the_field(plan):
            # "Software engineering or machine learning: the better career?": what the articles
            # say of the role's prospects, and of the field's.
            text, confidence = self._role_and_field(plan, roles[0], parts), 0.15 + 0.8 * u.confidence
            self.note("compose", "the role and the field side by side")
        undecided: tuple[str, float, Parts] | None = None
        if not text and len(roles) == 2 and plan.reading is not None and plan.reading.form == "yes_no" \
                and self.specs[plan.intent].answer != "salary" and (bridge := self.find.bridge(roles)):
            # "Do ML engineers work with data scientists?": the sentence naming both says how they
            # stand to each other ("collaborating often with data scientists"); then what each does.
            together = parts.say("named_together", passages=answers.passages_text([bridge], parts))
            text = f"{together}\n\n{answers.comparison_text(roles, parts, {'duties'})}"
            confidence = 0.15 + 0.8 * u.confidence
            self.note("compose", "the sentence naming both roles")
        if not text and self._wants_verdict(plan, roles):
            text, confidence, decided = self._verdict(plan, parts)
            self.note("compose", "verdict" if decided else "yes/no question, but no verdict in the articles")
            passing = self._thing_asked(plan)
            shown = text.split("\n\n", 1)[-1] if text.startswith("_") else text  # past the lead
            holds_thing = bool(kind != "retrieval" and passing & set(self.analyzer.index_terms(shown))) or (
                not decided and self._only_here(plan, roles, shown))
            # "Do data scientists need SQL?", and only the data engineer's list names it: that is
            # said, not a verdict or a sentence drawn from another role's list as if the field's.
            elsewhere = self.find.skills_elsewhere(plan, roles) if kind == "skills" else None
            of_others = elsewhere is not None and (not decided or any(p.sentence in text for p in elsewhere.items))
            if of_others or (not decided and not holds_thing and not self._answering_the_worry(plan)):
                # Without a verdict, a structured answer (the role's skills) may say more; but
                # not when what they say of a thing named in passing is shown ("an MBA"), which
                # the structured answer (the steps) would leave out, nor when the sentences
                # that answer the worry are ("saturated?": demand will continue to grow).
                undecided, text, parts = (text, confidence, parts), "", self._parts()
        # "NLP or computer vision: which has stronger demand?" sets two roles' sections side by side (below).
        if not text and kind == "retrieval" and not (len(roles) > 1 and weighs_options) \
                and (own := self.find.role_passages(plan)):
            text, confidence = answers.passages_text(own[:3], parts), 0.15 + 0.8 * u.confidence
            self.note("compose", "the role's own section")
        steps_asked = kind == "how_to_start" and bool(self.find.steps_asked(plan))
        if not text and not (roles and kind in ROLE_ANSWERS) and not u.unlisted_role and not steps_asked \
                and self.find.focused(plan) is not None:
            text, confidence = self._retrieved(plan, parts)
            self.note("compose", "sentences on the question's own subject" if text else "no focused sentences")
        if not text and kind == "salary" and not roles and not plan.level and (narrow := self._narrow_pay(plan)):
            # "Are ML pay packages structured like other engineering jobs?": the bonuses sentence,
            # not the table of figures.
            text, confidence = answers.passages_text(narrow, parts), 0.15 + 0.8 * u.confidence * 0.85
            self.note("compose", "sentences on a narrow part of pay")
        if not text:
            text = self._structured(kind, roles, plan, parts)
            self.note("compose", f"built from facts ({kind})" if text else f"no facts fit ({kind})")
            # Facts for a named role are the surest; a general list answers a general question less exactly.
            confidence = 0.15 + 0.8 * u.confidence * (1.0 if roles else 0.85)
            if text and undecided and kind != "how_to_start" and not text.startswith("_"):
                # "Do data engineers need to know ML?" and the articles don't say: so, then their
                # list; "are analysts happy?": what they say nothing about, then what they say. An
                # answer that opens by saying what the articles lack needs no other lead.
                gaps = self._gaps(plan, bool(roles))
                if gaps and kind == "role_info" and roles:
                    # "Are data analysts happy?": nothing else was asked of the role, so its card
                    # shrinks to what it is.
                    parts = self._parts()
                    text = answers.role_text(roles[0], parts, limit=1)
                text = f"{self._lead(gaps, 'then_list')}\n\n{text}"
                confidence *= 0.7
        if not text and kind in ("comparison", "retrieval") and not roles and (defining := self._defining_both(plan)):
            text, confidence = answers.passages_text(defining, parts), 0.15 + 0.8 * u.confidence
            self.note("compose", "the sentences that name both things compared")
        if not text:
            text, confidence = self._retrieved(plan, parts)
            self.note("compose", "retrieved sentences" if text else "nothing retrieved")
        if text and (paced := self._paced(plan, text, parts)):
            text = f"{paced}\n\n{text}"
            self.note("compose", "how the way goes, for a time they give no figure for")
        if not text and undecided and undecided[0]:
            text, confidence, parts = undecided
        elif text and undecided and not text.startswith("_") and kind != "how_to_start":
            # A yes/no the articles don't decide says so before what they do say.
            gaps = self._gaps(plan, bool(roles))
            text = f"{self._lead(gaps, 'then_say', plan)}\n\n{text}"
        return text, confidence, parts

    def _disclosed(self, plan: Plan, roles: list[RoleFacts], text: str, parts: Parts) -> tuple[str, list[str]]:
        """The answer with what the articles don't cover said before it: a figure they don't
        give, the words they lack, another country's pay, a role they know by another name;
        and the words they lack."""
        u, kind = plan.understanding, self.specs[plan.intent].answer
        unknown = self._gaps(plan, bool(roles))
        gap_key = "no_time" if plan.reading and plan.reading.time_limit else "no_quantity"
        if (asked := self._quantity_not_given(plan, text)) and (gap := self.vocabulary.wording.get(gap_key)):
            # "How long does it take?": the articles give no such number; said, then what they do say.
            text = f"_{gap.replace('{asked}', asked)}_\n\n{text}"
        if unknown and not text.startswith("_") and not parts.gaps_told:
            text = f"{self._lead(unknown, 'then_say')}\n\n{text}"
        place = self._place(plan)
        if place and (parts.figures or kind == "salary") and (note := self.vocabulary.wording.get("other_place")):
            # "How much does a data analyst earn in India?": the figures are not India's.
            text = f"_{note.replace('{place}', place)}_\n\n{text}"
        named = {r.name for r in roles}
        # "AI engineer vs ML engineer", and the nearest role to the one they lack is the other side:
        # the two are not set apart, nor one said to stand for the other.
        alone = len(named) == 1 and plan.reading is not None and plan.reading.form == "comparison"
        # Found twice: once for the role they lack, once by its own name.
        spans = [name for _, _, name in self.matcher.roles.find(self.analyzer.terms(u.text))] if alone else []
        for said, role in u.stand_ins.items():
            if role in named:
                note = parts.say("stand_in_compared" if spans.count(role) > 1 else "stand_in", said=said, role=role)
                text = f"_{note}_\n\n{text}"
        return text, unknown

    def _entities(self, plan: Plan, roles: list[RoleFacts], unknown: list[str]) -> dict[str, str]:
        """What the answer is about, for the interfaces and for the next question."""
        u = plan.understanding
        entities: dict[str, str] = {}
        if roles:
            entities["role"] = roles[0].name
        if len(roles) > 1:
            entities["other_role"] = roles[1].name
        if u.unlisted_role and not roles:
            entities["role"] = u.unlisted_role
        if plan.level:
            entities["level"] = plan.level
        if unknown:
            entities["not_covered"] = ", ".join(unknown)  # what the answer says the articles lack
        return entities

    def _asks_only_what_they_never_say(self, plan: Plan, roles: list[RoleFacts]) -> bool:
        """ "Do data scientists work crazy hours?", "can ML engineers get visas?": a question
        about a role that asks only what the articles never decide ([stance] unaddressed), and
        not what the role does; its card would pad a decline."""
        if not roles or plan.reading is None or plan.language != "en" or plan.reading.form == "comparison":
            return False  # "a data architect vs a data engineer?": the side they know is answered
        u = plan.understanding
        said = words(plan.reading.question)
        never = found_phrases(self.vocabulary.stance.unaddressed, said)
        if self.specs[plan.intent].answer != "role_info":
            # "Do ML engineers get visa sponsorship?" is no pay question, though "{role} get" is
            # the pay's keyword: nothing asked besides the role is the intent's, or the articles'.
            lexicon = english()
            own = words(u.text)  # a follow-up's own words: "and in germany?"
            place = {t for p in found_phrases(list(self.vocabulary.places), own) for t in self.analyzer.terms(p)}
            lacked = {t for p in never for t in self.analyzer.terms(p)} | {
                t for w in u.unknown_words if lexicon.zipf(w) < SUBJECT_ZIPF for t in self.analyzer.terms(w)}
            keyword_terms = {t for kw in self.matcher.keywords[plan.intent] for t in kw}
            asked = [t for t in u.content_words if t not in place]
            if not asked or set(asked) & keyword_terms or any(t not in lacked for t in asked):
                return False
            never = never or sorted(lacked)
        return bool(never) and not found_phrases(self.vocabulary.question.duties_asked, said) \
            and not self._answering_the_worry(plan)  # "too many chasing analyst jobs?": demand answers it

    def asks_of_the_untouched(self, plan: Plan) -> bool:
        """ "Can data scientists work fully remote, or do companies want you in the office?": a
        yes/no whose first alternative asks of what the articles touch nowhere ([stance] untouched),
        or a wh-question asking for it ("what visa would I need?")."""
        reading = plan.reading
        if reading is None or reading.form not in ("yes_no", "wh") or plan.language != "en":
            return False
        said = words(reading.question)
        if reading.form == "wh":
            # "What visa would I need to work as an ML engineer in Canada?": what the wh-word asks for.
            at = next((i for i, w in enumerate(said) if w in self.vocabulary.question.wh_openers), None)
            asked = said[at + 1: at + 3] if at is not None else []
        else:
            asked = first_alternative(said) if reading.either_or else said
        return bool(found_phrases(self.vocabulary.stance.untouched, asked))

    def _lead(self, gaps: list[str], then: str, plan: Plan | None = None) -> str:
        """ "_The articles say nothing about “x”; this is what they do say._", or, with no gap
        named, that they don't decide the question, or tell no one's experience ("has anyone
        done ...?"); then: "then_say", "then_list" or ""."""
        wording = self.vocabulary.wording
        told = plan is not None and plan.reading is not None and plan.reading.asks_experience
        said = (wording.get("say_nothing", "").replace("{gaps}", quoted(gaps)) if gaps
                else wording.get("others_experience", "") if told
                else self.vocabulary.verdicts.get("undecided", ""))
        tail = wording.get(then, "") if then else "."
        return f"_{said}{tail}_" if said else ""

    def _wants_verdict(self, plan: Plan, roles: list[RoleFacts]) -> bool:
        """A yes/no question gets a verdict first, unless it asks a role's pay (the figure is
        the answer) or is small talk."""
        kind = self.specs[plan.intent].answer
        if plan.reading is None:
            return False
        # "How hard is it to get in?" is weighed as "is it hard?".
        worried = plan.reading.form == "quantity" and found_phrases(
            list(self.vocabulary.stance.answered_by), words(" ".join(plan.reading.markers)))
        if plan.reading.form != "yes_no" and not worried:
            return False
        # "Do ML engineers get bonuses?" is no question of a figure: the articles name bonuses in passing.
        of_a_figure = kind == "salary" and (plan.levels_compared or (
            roles and not self.find.named_in_passing(plan, self.find.topic(plan))))
        return kind not in ("smalltalk", "out_of_scope", "roles") and not of_a_figure

    def _role_of_origin(self, plan: Plan) -> RoleFacts | None:
        """The role the articles describe that is what the person does now ("I'm a product
        manager": the Machine Learning Product Manager), when they say what they do."""
        reading = plan.reading
        if reading is None or not reading.origin or not reading.origin_own \
                or not set(self.vocabulary.conversation.first_person) & set(words(reading.text)):
            return None  # "apart from data scientist, ...?" says nothing of what they do
        named = [name for _, _, name in self.matcher.roles.find(self.analyzer.terms(reading.origin))]
        return self.knowledge.role(named[0]) if len(named) == 1 else None

    def _roles_at_level(self, plan: Plan) -> list[tuple[RoleFacts, Passage]]:
        """ "Which ML role is most realistic for a beginner?": the roles whose own sentences
        or table row place them at the level asked ("Data Scientist ... Entry to Senior")."""
        reading = plan.reading
        if reading is None or plan.roles or not plan.level or reading.form not in ("wh", "comparison") \
                or not self.planner.across_roles(reading.question):
            return []
        return [(role, p) for name, p in self.find.roles_at_level(plan.level) if (role := self.knowledge.role(name))]

    def _roles_with(self, plan: Plan) -> list[tuple[RoleFacts, Passage]]:
        """For "which jobs/roles ... X?", the roles whose own skills or descriptions name X
        (the first such line of each); none when no such role, or when all of them do."""
        reading = plan.reading
        if reading is None or reading.form not in ("wh", "comparison"):
            return []
        said = self.planner.across_roles(reading.question)
        choosing = bool(set(said[:1]) & set(self.vocabulary.question.choice_words))  # "which ML jobs ... instead of"
        if not said or (reading.form == "comparison" and not choosing):
            return []
        # "... use my C++ instead of making me start over in Python?": what is used comes before.
        instead = next((i for i in range(len(said)) if found_phrases(self.vocabulary.question.instead_markers,
                                                                      said[i: i + 2])), len(said))
        asked = set(self.analyzer.index_terms(" ".join(said[:instead])))
        pay = {t for s in self.specs.values() if s.answer == "salary"
               for kw in self.matcher.keywords[s.name] for t in kw}
        unwanted = self.find.filler(plan) | self.pack.weighing_terms | pay | set(self.matcher.role_heads)
        # "... on the business side?": a common word, but the side of the work asked about.
        sides = {t for i, w in enumerate(said[1:], 1) if w in self.vocabulary.question.aspect_words
                 for t in self.analyzer.index_terms(said[i - 1])}
        wanted = (self.find.topic(plan) & asked) - (unwanted - sides)
        if not wanted and found_phrases(self.vocabulary.question.post_references, said):
            # "I'm obsessed with speech recognition. Which ML job works on that kind of thing?":
            # what the sentence before the question is about.
            lexicon = english()
            before = self._sentence_before(reading)
            common = {t for w in words(before) if lexicon.zipf(w) >= SUBJECT_ZIPF for t in self.analyzer.index_terms(w)}
            wanted = {t for t in self.analyzer.index_terms(before)  # whole: "neural networks" is one term
                      if self.index.knows(t) and t not in self.analyzer.generic} - common - unwanted
        if not wanted:
            return []
        found = []
        for role in self.knowledge.facts.roles:
            line = next((q for q in [*role.skills, *role.descriptions]
                         if wanted & set(self.analyzer.index_terms(q.quote))), None)
            if line is not None and (passage := self.find.fact_passage(line)) is not None:
                found.append((role, passage))
        return found if len(found) < len(self.knowledge.facts.roles) else []

    @staticmethod
    def _sentence_before(reading: Reading) -> str:
        """The sentence of the post just before its main question, or ""."""
        said = sentences(reading.text)
        first_words = words(reading.question)[:4]
        at = next((i for i, s in enumerate(said) if words(s)[:4] == first_words), 0)
        return said[at - 1] if at else ""

    def _better_for(self, plan: Plan, compared: list[RoleFacts], parts: Parts) -> str:
        """Of roles weighed for a purpose ("better if I want to publish papers"), the one whose own
        sentences hold it, with that sentence; "" when none or several do."""
        pay = {t for s in self.specs.values() if s.answer == "salary"
               for h in s.query_hints for t in self.analyzer.index_terms(h)}
        named = {t for r in compared for t in self.analyzer.index_terms(r.name)}
        choosing = {t for w in self.vocabulary.question.choosing_verbs for t in self.analyzer.index_terms(w)}
        wanted = self.find.topic(plan) - pay - self.find.filler(plan) - self.pack.weighing_terms - self.asking_terms \
            - choosing
        found = self._roles_holding(compared, wanted - named)
        alike = plan.reading is not None and bool(found_phrases(self.vocabulary.question.no_preference,
                                                                  words(plan.reading.background)))
        if not found and plan.reading and plan.reading.background and not alike:
            # "which should I aim for? I like the infra / deployment side more than the math": what
            # they like, before what they like less.
            said = words(plan.reading.background)
            liked = " ".join(said[: min([at for p in self.vocabulary.question.preference_cuts
                                         if (at := _at(said, phrase_words(p))) is not None], default=len(said))])
            wanted = {t for t in self.analyzer.index_terms(liked) if self.index.knows(t)} - self.analyzer.generic \
                - pay - self.pack.weighing_terms - self.asking_terms
            found = self._roles_holding(compared, wanted - named)
        if len(found) != 1:
            return ""
        name, passages = found[0]
        return parts.say("better_for", role=name, passages=answers.passages_text(passages[:1], parts))

    def _roles_holding(self, roles: list[RoleFacts], wanted: set[str]) -> list[tuple[str, list[Passage]]]:
        """The roles whose own sentences (or, with no section of their own, descriptions) hold any of
        these terms, with those sentences."""
        if not wanted:
            return []
        def own(role: RoleFacts) -> list[Passage]:
            chunks = self.find.role_chunks.get(role.name, [])
            return [Passage(c, s, 1.0) for c in chunks for s in c.sentences] or [
                p for d in role.descriptions if (p := self.find.fact_passage(d)) is not None]
        holding = {r.name: [p for p in own(r) if wanted & set(self.analyzer.index_terms(p.sentence))] for r in roles}
        return [(name, ps) for name, ps in holding.items() if ps]

    def _narrow_pay(self, plan: Plan) -> list[Passage]:
        """For a question on pay at large, the sentences on the narrow part of pay it names
        ("packages", "bonuses": a word of the intent's that the articles name only in passing)."""
        pay = {t for h in self.specs[plan.intent].query_hints for t in self.analyzer.index_terms(h)}
        own = {t for kw in self.matcher.keywords[plan.intent] for t in kw}
        narrow = [t for t in (self.find.topic(plan) & own) - pay
                  if 0 < self.index.chunks_holding(t) <= IN_PASSING_CHUNKS]
        return self.find.sentences_holding(plan, narrow[:1], limit=2) if len(narrow) == 1 else []

    def _thing_asked(self, plan: Plan) -> set[str]:
        """What a question asks about that the articles name only in passing ("is an MBA
        useful?"), less what they never decide ("my age") and common words ("a place for me")."""
        said = words(plan.reading.question) if plan.reading else []
        unaddressed = found_phrases(self.vocabulary.stance.unaddressed, said)
        never = {t for p in unaddressed for t in self.analyzer.index_terms(p)}
        asked = self.find.topic(plan) - self.pack.weighing_terms - self.find.filler(plan) - never
        return self.find.named_in_passing(plan, asked)

    def _answering_the_worry(self, plan: Plan) -> list[Passage]:
        """The sentences that answer the worry a yes/no question voices ("too late", "hard"),
        by the phrases [stance.answered_by] pairs with it; the longest worry named decides."""
        said = words(plan.reading.question) if plan.reading else []
        worries = sorted(found_phrases(list(self.vocabulary.stance.answered_by), said), key=len, reverse=True)
        if not worries:
            return []
        return [p for phrase in self.vocabulary.stance.answered_by[worries[0]]
                for p in self.find.sentences_saying(plan, phrase)[:1]]

    def _worth_of_own_background(self, plan: Plan) -> list[Passage]:
        """"Would my finance background help, or is it wasted?": the worth of what they bring is
        answered by the sentences on other backgrounds and domain knowledge, not by degrees."""
        held = plan.reading.own_background if plan.reading else []
        if not held:
            return []
        # "Is my math background useful?": a field among the usual ones is met by its own sentences.
        wording = self.vocabulary.question
        said_of = {t for w in [*wording.own_background, *wording.origin_status] for t in self.analyzer.index_terms(w)}
        field = [t for t in self.analyzer.index_terms(" ".join(held)) if self.index.knows(t) and t not in said_of]
        if any(set(field) & self.index.sentence_terms(p) for p in self.find.on_backgrounds(plan, field)):
            return []
        return [p for phrase in wording.origin_elsewhere for p in self.find.sentences_saying(plan, phrase)[:1]]

    def _verdict(self, plan: Plan, parts: Parts) -> tuple[str, float, bool]:
        """'Not necessarily: ...': the articles' own stance on what was asked, then support;
        and whether a verdict was found. A word of the question the articles never use may
        be the very thing asked ("too old", "stressful"): then no verdict, only what they say."""
        assert plan.reading is not None
        u = plan.understanding
        if either := self._either_of_both(plan):
            # "Do I need both TensorFlow and PyTorch?" and the articles ask for "TensorFlow or PyTorch".
            return parts.say("options_either", passages=answers.passages_text([either], parts)), \
                0.15 + 0.8 * u.confidence, True
        found = self.find.evidence(plan)
        own = self.find.role_passages(plan)
        # "I'm a mechanical engineer. Can I move into ML?": the sentence on their background first;
        # for "is it a good career for engineers?" it supports the verdict on the career.
        backgrounds = self.find.origin_passages(plan)
        background = backgrounds[0] if backgrounds else None
        skills = self.find.skill_passages(plan) if plan.reading.asks in ("requirement", "possible") else []
        # "Is R enough, or do I need Python?" asks about the skills, whoever asks it; "is an MBA
        # useful?" about the MBA, which the articles name in passing. "Can I move into ML?"
        # asks about the person.
        thing_asked = self._thing_asked(plan)
        # "I know some Python scripting. Can I switch from accounting?" asks of the switch, not of Python.
        asked = set(u.content_words) - self.analyzer.generic
        skills_asked = [p for p in skills if asked & self.index.sentence_terms(p)]
        origin = background if plan.reading.asks == "possible" and not skills_asked and not thing_asked else None
        own = ([origin] if origin else []) + own
        # The role's own descriptions may take the stance ("With the increasing use of chatbots ...,
        # NLP engineers ...") when it has no section of its own on what was asked.
        described = [] if own else [p for name in plan.roles[:1] if (role := self.knowledge.role(name))
                                    for d in role.descriptions if (p := self.find.fact_passage(d)) is not None]
        # "Is it too late?": the sentence that answers that worry ("now is an excellent time").
        answering = self._answering_the_worry(plan)
        # "Would my finance background help?": all the sentences on what other backgrounds bring.
        brought = self._worth_of_own_background(plan)
        answering += [p for p in brought if p not in answering]
        if plan.level and not plan.roles and plan.reading.asks == "possible":
            # "Can I land an ML job as a fresh grad?": what the articles say of getting in at that
            # level ("doable even at entry-level") answers it.
            answering += [p for w in self.vocabulary.level_words.get(plan.level, [])
                          for p in self.find.sentences_saying(plan, w)[:1]
                          if stance_of(p.sentence, self.vocabulary.stance) and p not in answering][:1]
        candidates = answering + own + skills + described + (found.sentences[:VERDICT_CANDIDATES] if found else [])
        # "Is it worth getting into data science?", "are data analyst jobs drying up?": the
        # outlook's own sentences decide it and support it when the field's or role's own say
        # nothing of its worth or its market.
        routed = self.find.intent_section(plan, found, routed=True) if found and not own and (
            plan.reading.weighs or plan.reading.asks == "negative") and self.specs[plan.intent].weighs else []
        candidates += [p for p in routed if p not in candidates]
        done_without = self._done_without(plan) if plan.reading.negated else []
        if done_without:
            # "Would anyone hire me without a computer science degree?": what the articles say of
            # the degree itself ("helpful but not always mandatory"), wherever it is.
            candidates += [p for p in self.find.sentences_holding(replace(plan, roles=[]), done_without, limit=4)
                           if p not in candidates]  # of the whole field: no role's own sentence says it
            # ... and what the articles say also leads there ("practical experience ... can also lead").
            candidates += [p for phrase in self.vocabulary.stance.not_required
                           for p in self.find.sentences_saying(plan, phrase)[:1] if p not in candidates]
        if not candidates:
            return "", 0.0, False
        reading = plan.reading
        asks, negated = reading.asks, reading.negated
        # "I have an MA in philosophy. Could I get hired ...?" asks of them, not of the field.
        personal = bool(reading.background or reading.origin)

        if asks == "possible" and plan.roles:
            # "Could I become a data engineer?": their word that people of other backgrounds get
            # in speaks for it when nothing on the role itself does.
            opening = [p for phrase in self.vocabulary.question.changer_sentences
                       for p in self.find.sentences_saying(plan, phrase)][:1]
            candidates += [p for p in opening if p not in candidates]

        def ruling_of(stance: Stance) -> str:
            return verdict(asks, stance, negated, reading.weighs, sufficiency=reading.sufficiency,
                           usefulness=reading.usefulness, personal=personal)

        stances = self.find.stances(plan, candidates, own, for_role=True)
        # Nothing said of the role itself that decides it: what the articles say of the whole
        # field, so labelled.
        of_field = bool(plan.roles) and all(ruling_of(st) == "undecided" for _, st in stances)
        if of_field:
            stances = self.find.stances(plan, candidates, own, for_role=False) or stances
        if origin:
            stances.sort(key=lambda cs: cs[0] is not origin)
        if reading.either_or:
            # "Is ML a thing in farming, or is it all big tech and banks?": the verdict is on the
            # first; a sentence on it decides, not one on the other ("financial institutions").
            first_terms = {t for t in self.analyzer.index_terms(" ".join(first_alternative(words(reading.question))))
                           if self.index.knows(t)} - self.analyzer.generic - self.asking_terms
            stances.sort(key=lambda cs: not first_terms & self.index.sentence_terms(cs[0]))
        # "... without a degree?": the sentence that says it is not required speaks first, before
        # the one on where the person comes from; not so when only what they told of themselves
        # is negated ("I can't quit my job. Can I switch from accounting?").
        asked_without = bool(found_phrases(self.vocabulary.question.negations, words(plan.reading.question)))
        if asks == "requirement" or (negated and (asked_without or not origin)):
            # ... the one on the very thing done without ("a formal degree ...") first of those.
            stances.sort(key=lambda cs: (not cs[1].not_required,
                                         not set(done_without) <= self.index.sentence_terms(cs[0])))
        if answering:
            # It answers the worry though it shares no word with the question.
            cues = self.vocabulary.stance
            stances = [(p, st) for p in answering if (st := stance_of(p.sentence, cues))
                       and all(p.sentence != c.sentence for c, _ in stances)] + stances
            order = [p.sentence for p in answering]
            stances.sort(key=lambda cs: order.index(cs[0].sentence) if cs[0].sentence in order else len(order))
        rulings = [(c, ruling_of(st)) for c, st in stances]
        # "Has anyone done this MBA?": no verdict; what the articles say of it.
        rulings = [(c, r) for c, r in rulings if r != "undecided" and not reading.asks_experience]
        asks_a_need = asks == "requirement" or plan.reading.sufficiency
        required = self._required_terms(plan) if asks_a_need and plan.language == "en" else []
        if required:
            # "Will deep learning skills become essential?" is not decided by "strong programming
            # skills are essential": the sentence must name what is asked to be needed.
            rulings = [(c, r) for c, r in rulings if any(contains(self.analyzer.terms(c.sentence), unit)
                                                         for unit in required)]
        if negated:
            # "No, not without it" only of what the person does without: "no CS degree ... are
            # there ML jobs for non-engineers?" is not decided by "strong programming skills".
            said = words(plan.reading.text)
            negations = self.vocabulary.question.negations
            lacked = {t for at, w in enumerate(said) if w in negations  # "doesn't know how to code"
                      for after in said[at + 1: at + 1 + 2 * LACKED_WINDOW] for t in self.analyzer.index_terms(after)}
            rulings = [(c, r) for c, r in rulings if r != "not_without" or lacked & self.index.sentence_terms(c)]
        wording = self.vocabulary.verdicts
        confidence = 0.15 + 0.8 * u.confidence * (found.coverage if found and not own else 1.0)
        others = self.find.other_roles_chunks(plan)
        # Of the field's worth, no role's own outlook ("a stable and rewarding career option").
        field_only = not plan.roles and self.specs[plan.intent].weighs
        support = own or [p for p in self.find.on_intent(plan, self.index.passages(found.hits, found.query,
                                                                               hints=found.hints, limit=6)
                                                     if found else []) if p.chunk.chunk_id not in others
                          and not (field_only and p.chunk.chunk_id in self.find.owned_chunks)]
        # The outlook's caveats ("the field is challenging") are weighed after it, as such.
        hopeful = [p for p in routed if not stance_of(p.sentence, self.vocabulary.stance).caveat]
        support = self.find.on_topic(plan, self.find.unasked_pay(plan, [*hopeful, *support]))
        if backgrounds and (asks == "possible" or (reading.weighs and not thing_asked)):
            # Where they come from supports "can I get in?" or "is it a good career for me?";
            # "do I need calculus?" or "is a bootcamp worth the money?" is not answered by
            # "different backgrounds can enter".
            support = [*(b for b in backgrounds if b is not origin), *support]
        gaps = self._gaps(plan, bool(plan.roles))
        # "Is it worth it, or is it saturated?": the verdict answers the first alternative; what
        # the articles never decide in the other is said after it.
        alternative = words(plan.reading.question)[2:]
        first = alternative[: alternative.index("or")] if plan.reading.either_or and "or" in alternative else None
        later = [g for g in gaps if first is not None and not set(words(g)) & set(first)]
        # "Do I have to get a CS degree, or can I get there with online courses?": what the
        # articles say of the other way, after the verdict on the first.
        after_or = alternative[alternative.index("or") + 1:] if first is not None else []
        # "... past 200k, or is that just reddit cope?" doubts the first; it names no other way.
        doubting = bool(doubt_of(after_or, self.vocabulary.question))
        other_way = self._said_of(plan, after_or) if first is not None and not doubting else []
        if doubting:
            # Nor does a sentence that shares only the doubt's words ("Reddit is a great source of news").
            second = set(self.analyzer.index_terms(" ".join(after_or)))
            second -= set(self.analyzer.index_terms(" ".join(first or [])))
            topic = self.find.topic(plan)
            support = [p for p in support
                       if not (shared := self.index.sentence_terms(p) & topic) or not shared <= second]
        gaps = [g for g in gaps if g not in later]
        # "Can I get hired without a degree if my github is solid?": the verdict is on doing without
        # the degree; a subject they lack that the pack knows a near topic for ("github": projects)
        # is said after it, not instead. Not so when that subject is what is asked ("do I need docker?").
        near = [g for g in gaps if g in self.find.nearby(g)] if done_without else []
        later, gaps = later + near, [g for g in gaps if g not in near]
        if required and rulings:
            # "Do you need a degree to even get an interview?": the need is decided on the degree;
            # what it is needed for, which the articles lack, is said after the verdict.
            needed_terms = {t for unit in required for t in unit}
            later += [g for g in gaps if not set(self.analyzer.index_terms(g)) & needed_terms]
            gaps = [g for g in gaps if g not in later]
        # A plain yes/no: not of a need, a worth, a worry, the asker, or anyone's experience.
        plain = asks == "positive" and not (reading.weighs or negated or personal or reading.asks_experience)
        asked_first = first if first is not None else words(reading.question)
        key = self._rarest_asked(plan, asked_first) if plain else None
        naming = self._naming(plan, key) if key else []
        restricted = plain and bool(found_phrases(self.vocabulary.question.restricting_words, asked_first))
        if restricted:
            # "Only for big tech?": "companies actively recruit" is no yes, of any kind.
            rulings = [(c, r) for c, r in rulings if r not in AFFIRMATIVE]
        if key:
            # "Will ML jobs get more specialized?" is not decided by "the future is promising":
            # the sentence must name what is asked, the word of it the articles use least.
            rulings = [(c, r) for c, r in rulings if key in self.index.sentence_terms(c)]
            if not rulings and not restricted and not plan.roles and naming \
                    and self.find.topic(plan) <= self.index.sentence_terms(naming[0]):
                # "Does the energy sector recruit ML talent?" "Industries ranging from E-Commerce
                # to energy are actively recruiting machine learning talent": it says so. Not
                # "is ML only for big tech?", which no sentence naming big tech decides.
                rulings = [(naming[0], "yes")]
        if not rulings and (done := self._role_does(plan)):
            # "Do ML researchers publish papers?": their own section says they do.
            rulings, of_field = [(done, "yes")], False
        if gaps or not rulings:
            lead = self._lead(gaps, "then_say", plan)
            chosen = [c for c, _ in stances[:1]] + [p for p in support if all(p.sentence != c.sentence
                                                                                for c, _ in stances[:1])]
            # What they say of the thing asked, when they name it only in passing, comes first;
            # what they say of what is asked to be needed, before all.
            chosen.sort(key=lambda p: not thing_asked & self.index.sentence_terms(p))
            chosen = naming + [p for p in chosen if all(p.sentence != n.sentence for n in naming)]
            if required and not rulings:
                holding = [p for unit in required for p in self.find.sentences_holding(plan, list(unit), limit=2)][:2]
                chosen = holding + [p for p in chosen if all(p.sentence != h.sentence for h in holding)]
            if answering:
                # "Are ML jobs the first to get cut?": the sentences that answer the worry, and
                # only such others as share the question's topic ("cutting edge" does not).
                topic = self.find.topic(plan)
                chosen = answering[:2] + [p for p in chosen if p not in answering
                                          and topic & self.index.sentence_terms(p)]
            # "I'm 45, is it too late?": the sentence for career changers comes second.
            changer = [p for p in self.find.changer_passages(plan) if p not in chosen]
            chosen[1:1] = changer
            if not chosen:
                return "", 0.0, False  # a lead with nothing after it says nothing
            return f"{lead}\n\n{answers.passages_text(chosen[:3], parts)}", confidence * 0.7, False
        best, ruling = rulings[0]
        if best in brought:
            # Chosen by what is asked (the worth of their background), not by retrieval: how much
            # of the question the passages hold does not say how sure the verdict is.
            confidence = 0.15 + 0.8 * max(u.confidence, CONFIDENT_INTENT)
        # The articles on both sides ("preferred or even essential" and "not always
        # mandatory"): the verdict says so, and both sentences are shown.
        not_required = {"not_necessarily", "helps_not_required"}
        # Only of a need or a worth ("do I need a degree?", "is a masters worth it?"): "do banks
        # hire?" is neither.
        weighs_a_need = asks in ("requirement", "possible") or negated or plan.reading.weighs
        other = next(((c, r) for c, r in rulings[1:] if (r in not_required) != (ruling in not_required)), None) \
            if weighs_a_need else None
        shown = [best]
        if other:
            ruling = "yes" if negated else "not_necessarily" if asks == "requirement" else "helps_not_required"
            shown.append(other[0])
        # "Is scikit-learn enough?" and a list item names it beside others ("TensorFlow, PyTorch, or Scikit-learn").
        of_a_skill = asks == "possible" and not best.sentence.rstrip().endswith((".", "!", "?"))
        # "Is scikit-learn enough? I never touched TensorFlow": not "not without TensorFlow" either.
        needed = ("yes", "not_said_enough", "not_without") if reading.sufficiency else ("yes",)
        if (asks == "requirement" or of_a_skill) and ruling in needed and (not negated or reading.sufficiency) \
                and self._one_of_several(plan, best.sentence):
            # "Is Python mandatory?" and the articles ask for "Python, R, or Java".
            ruling = "one_of_enough" if reading.sufficiency or of_a_skill else "one_of"
        lead = wording.get(ruling, ruling)
        if ruling == "yes" and plan.reading.either_or and plan.reading.weighs:
            # "A dream job, or should I stay away?" is not answered by "Yes".
            lead = wording.get("case_for", lead)
        elif ruling in ("yes", "no") and plan.reading.either_or and (
                first_way := re.split(r",?\s+or\s+", plan.reading.question, maxsplit=1, flags=re.I)[0].strip(" ,")) \
                and not answers.says_a_figure(first_way):  # "past 200k?" echoed would read as the articles' figure
            # "Can I learn it by myself, or do I need a university?": a bare "Yes" answers which?
            # The first, which the verdict is on; the other follows ("other_way").
            lead = wording.get("to_the_first", "{verdict}").replace("{verdict}", lead).replace(
                "{first}", as_plain_text(first_way))
        # Said of the whole field, not of the role asked about: the answer ends by saying so.
        scope = wording.get("of_field", "").replace("{role}", plan.roles[0]) \
            if of_field and ruling != "not_said_enough" else ""  # which says nothing of the field to scope
        if scope:
            confidence *= 0.8
        if negated and ruling == "yes":
            # "Can I get hired without a degree?" Yes: what else the articles say counts comes
            # next, not "degrees are still the best way".
            cues = self.vocabulary.stance
            also = [c for c, st in stances if st.not_required]
            against = {p.sentence for p in support if (st := stance_of(p.sentence, cues)).required
                       or (st.positive and not st.not_required)}
            # Nor the sentence that leans on one left out ("You can do this through universities").
            support = also + [p for p in support if p.sentence not in against and not (
                p.sentence in p.chunk.sentences and (at := p.chunk.sentences.index(p.sentence))
                and p.chunk.sentences[at - 1] in against)]
        if ruling == "not_without":
            # "He can't code. Can he still become a data scientist?" Not without it: and the step
            # of the articles' way in that learns it comes next. Told of before the question, the
            # lack is one to make up: "not without learning it".
            support = self.find.steps_learning(plan) or support
            if not found_phrases(self.vocabulary.question.negations, words(reading.question)):
                lead = wording.get("not_without_learning", lead)
        if ruling in not_required or (negated and ruling == "yes"):
            # "Not necessarily", or "yes, without it": what else leads there ("practical
            # experience ... can also lead to machine learning roles") comes before the rest.
            support = [c for c, st in stances if st.not_required] + support
        if plan.level and not plan.roles and asks == "possible":
            # "... as a fresh grad?": how a first role is found ("Apply for internships ...").
            support = [*self.find.level_steps(plan), *support]
        if ruling in ("one_of", "one_of_enough"):
            # "Is Python mandatory?" One option of a list; where the articles call it crucial, that
            # too: the other side, said in the lead; and the step of their way in that learns it.
            cues = self.vocabulary.stance
            stressed = [c for c in dict.fromkeys([*(c for c, _ in stances), *candidates])
                        if c.sentence != best.sentence and stance_of(c.sentence, cues).required
                        and any(contains(self.analyzer.terms(c.sentence), unit) for unit in required)][:1]
            if stressed and ruling == "one_of":
                lead = wording.get("one_of_stressed", lead)
                support = [p for p in self.find.steps_learning(plan)
                           if any(contains(self.analyzer.terms(p.sentence), unit) for unit in required)] + support
            support = stressed + support
        if of_field and described and (self.specs[plan.intent].weighs or reading.either_or):
            # "Is MLOps a direction with a future?" Yes, of the field: and what the role is; so
            # too for "would I build models, or is it mostly people management?" of a role.
            support = described[:1] + support
        # "Would my finance background help?": what other backgrounds bring, and what the
        # articles say of their field, is all the support; the intent's sentences are not.
        support = [*other_way, *brought, *backgrounds] if brought else [*other_way, *support]
        rest = [p for p in dict.fromkeys(support) if all(p.sentence != s.sentence for s in shown)][: 3 - len(shown)]
        role_does = ""
        role = self.knowledge.role(plan.roles[0]) if scope and self.specs[plan.intent].answer == "skills" else None
        if role and not role.skills and role.descriptions:
            # "An ML product manager: do they need to code?" Of a role with no skills of its own,
            # what the articles say it does is the nearest they come, not more of the field's.
            does = role.descriptions[:ROLE_DOES_QUOTES]
            rest = rest if ruling == "not_without" else []  # the step that learns it stays
            role_does = parts.say("role_does", role=role.name, passages=" ".join(
                f"{answers.unlabelled(q.quote, role)} {parts.quote(q)}" for q in does))
        lines = [f"**{lead}.** {answers.passages_text(shown, parts)}", answers.passages_text(rest, parts)]
        if ruling in ("one_of", "one_of_enough") and reading.background \
                and (rest_of := self._rest_of_list(plan, best, parts)):
            # "I only know Python. Do I have to learn C++ for computer vision?" Python or C++; and,
            # to one who said what they know, what else the role asks.
            lines.append(rest_of)
        if ruling not in ("no", "not_without") and (having := self._skills_brought(plan, parts)):
            # "I'm a statistics lecturer ... would my background count for ML researcher roles?":
            # what they have that the role's own list asks for.
            lines.append(having)
        if ruling != "not_without" and (lacking := [p for p in self.find.lacking(plan)
                                                    if p.sentence not in parts.shown]):
            # "A nurse with zero coding experience": what the articles say it takes, and how to learn it.
            lines.append(parts.say("lacking", passages=answers.passages_text(lacking, parts)))
        if later:
            lines.append(self._lead(later, ""))
            parts.gaps_told = True
        if (unsaid := self._unsaid_predicates(plan)) and not later and not brought:
            # "Will AI replace ML engineers?" and the articles never speak of replacing: "No"
            # rests on what they say of demand, and the answer says so.
            lines.append(f"_{parts.say('rests_on', gaps=quoted(unsaid))}_")
        if scope:
            lines.append(f"_{scope}_")
        if role_does:
            lines.append(role_does)
        return "\n\n".join(line for line in lines if line), confidence, True

    def _done_without(self, plan: Plan) -> list[str]:
        """The head of what a question asks to do without: "degree" of "without a computer
        science degree?"; none when it negates nothing the articles name."""
        said = words(plan.reading.question) if plan.reading else []
        wording = self.vocabulary.question
        at = next((i for i, w in enumerate(said) if w in wording.negations), None)
        if at is None:
            return []
        thing = takewhile(lambda w: w not in wording.object_ends, said[at + 1: at + 1 + 2 * LACKED_WINDOW])
        known = [t for w in thing for t in self.analyzer.index_terms(w) if self.index.knows(t)]
        return known[-1:]

    def _only_here(self, plan: Plan, roles: list[RoleFacts], shown: str) -> bool:
        """Whether sentences shown name what is asked to be needed ("deep learning") and the
        structured answer (the list of skills) would not; "networking" is in the steps."""
        if plan.reading is None or plan.reading.asks != "requirement" or plan.language != "en":
            return False
        units = [u for u in self._required_terms(plan) if contains(self.analyzer.terms(shown), u)]
        if not units:
            return False
        listed = self.analyzer.terms(self._structured(self.specs[plan.intent].answer, roles, plan, self._parts()))
        return not any(contains(listed, u) for u in units)

    def _rarest_asked(self, plan: Plan, said: list[str]) -> str | None:
        """The word of what a plain yes/no asks that the articles use least ("specialized" of
        "will ML jobs get more specialized in the future?"); None when it asks nothing beyond
        the field, the asking, its roles and its intent ("in demand?": the outlook decides it)."""
        asked = self.find.topic(plan) - self.find.filler(plan) - self.pack.weighing_terms - self.find.intent_terms(plan)
        asked &= set(self.analyzer.index_terms(" ".join(said)))  # of the first alternative, when it gives two
        return max(sorted(asked), key=self.index.idf, default=None)

    def _defining_both(self, plan: Plan) -> list[Passage]:
        """"What's the difference between ML and AI?": no roles to set side by side, but the
        sentences that name both things, those that define one by the other ("a subset of")
        first."""
        if plan.reading is None or plan.reading.form != "comparison" or plan.reading.weighs \
                or plan.understanding.unknown_words:
            return []  # "ML or blockchain: which should I learn?" weighs; a side they lack is no definition
        form = self.pack.form_terms  # "different", "vs"
        known = [t for t in self.analyzer.index_terms(plan.reading.question) if self.index.knows(t) and t not in form]
        sides = sorted((set(self.analyzer.generic) | self.find.topic(plan)) & set(known))
        if len(sides) < 2:
            return []
        cues = self.vocabulary.question.definition_cues
        # All the words of both sides, or all but one ("conventional programming" is said
        # "traditional programming"), of the best sentences found for them.
        found = self.index.scored_sentences(self.index.search(sides, k=8), sides)
        held = {p.sentence: len(set(sides) & self.index.sentence_terms(p)) for p in found}
        holding = [p for p in found if held[p.sentence] >= max(2, len(sides) - 1) and not self.find.promoting(p)]
        holding.sort(key=lambda p: (not found_phrases(cues, words(p.sentence)), -held[p.sentence]))
        if not holding:
            return []
        # "Distinguishing between traditional programming and ML is pivotal. In conventional
        # programming, ...": the sentences after it that speak of either side say how.
        first = holding[0]
        if found_phrases(cues, words(first.sentence)):
            return holding[:2]  # it says how they differ itself
        after = first.chunk.sentences[first.chunk.sentences.index(first.sentence) + 1:]
        following = [p for sentence in after
                     if set(sides) & self.index.sentence_terms(p := Passage(first.chunk, sentence, first.score))]
        return [first, *following[:DEFINITION_SENTENCES - 1]]

    def _naming(self, plan: Plan, key: str) -> list[Passage]:
        """The two best sentences, by the question's words, that name what it asks."""
        asked = sorted(self.find.topic(plan) | {key})
        hits = [h for h in self.index.search(asked, k=5, evidence_terms=[key]) if h.coverage]
        return [p for p in self.index.scored_sentences(hits, asked) if key in self.index.sentence_terms(p)][:2]

    def _role_does(self, plan: Plan) -> Passage | None:
        """For "do they (the role) ... X?", the sentence of the role's own section that says
        they do X ("They explore new ideas ... and publish their findings")."""
        reading = plan.reading
        if reading is None or not plan.roles or reading.asks != "positive" or reading.negated \
                or not set(reading.markers[:1]) & set(self.vocabulary.question.action_openers):
            return None
        asked = self.find.topic(plan) - self.find.filler(plan) - self.pack.weighing_terms
        role = plan.roles[0]
        named, parts = set(self.analyzer.index_terms(role)), self._parts()
        for chunk in self.find.role_chunks.get(role, []):
            for sentence in chunk.sentences:
                # Of the role: "They ..." in its own section, or a sentence that opens with its name.
                of_role = parts.leans(sentence) or named & set(self.analyzer.index_terms(
                    " ".join(words(sentence)[:4])))
                if of_role and asked & self.index.sentence_terms(passage := Passage(chunk, sentence, 1.0)):
                    return passage
        return None

    def _required_terms(self, plan: Plan) -> list[tuple[str, ...]]:
        """What a question asks is needed, as the phrases a sentence must hold one of: each
        word of it that says more than the field, with the field's word beside it ("deep
        learning" of "deep learning skills soon become"; "masters", "phd" of "a masters/phd");
        none when only the asking, qualifiers or "skills" are left."""
        assert plan.reading is not None
        thing = required_thing(plan.reading.question, self.vocabulary.question, self.vocabulary.stance)
        skill_nouns = {t for w in self.vocabulary.question.skill_nouns for t in self.analyzer.terms(w)}
        # "do I have to learn C++?": the learning is the pursuit of the thing, not the thing
        # ("deep learning" is a thing).
        pursuit = set(self.vocabulary.question.pursuit_words)
        thing = list(dropwhile(lambda w: w in pursuit, thing))
        plain = self.asking_terms | self.find.filler(plan) | skill_nouns
        terms = self.analyzer.terms(" ".join(thing))
        subject = [t if t not in plain and self.index.knows(t) else "" for t in terms]
        generic = self.analyzer.generic
        units = []
        for at, term in enumerate(subject):
            if term and term not in generic:
                # "do I need to know ML?" asks of the field itself, which every sentence is about.
                before = [subject[at - 1]] if at and subject[at - 1] in generic else []
                after = [subject[at + 1]] if at + 1 < len(subject) and subject[at + 1] in generic else []
                units.append((*before, term, *after))
        return units

    def _unsaid_predicates(self, plan: Plan) -> list[str]:
        """The bad things a yes/no asks of ("replace", "a bubble") that the articles never name;
        or the post around it fears ("It seems those jobs would be the first to be automated away")."""
        assert plan.reading is not None
        said = words(f"{plan.reading.question} {plan.reading.background}")
        asked = found_phrases(self.vocabulary.stance.asks_negative, said)
        # "A dead end?", "too late?": plain words the articles answer in theirs ("continue to
        # grow", "now is an excellent time"); "replace" or "a bubble" is a claim they never make.
        lexicon = english()
        return [p for p in asked if not all(self.index.knows(t) for t in self.analyzer.index_terms(p))
                and not all(lexicon.zipf(w) >= FILLER_ZIPF for w in phrase_words(p))]

    def _either_of_both(self, plan: Plan) -> Passage | None:
        """For "do I need both X and Y?", the sentence of the articles that asks for X or Y."""
        reading = plan.reading
        if reading is None or reading.asks != "requirement" or not set(words(reading.question)) & set(
                self.vocabulary.question.both_words):
            return None
        pair = sorted(self.find.topic(plan))
        if len(pair) != 2:
            return None
        options = [(t, [t]) for t in pair]
        holding = self.find.sentences_holding(plan, pair, limit=4)
        role = self.knowledge.role(plan.roles[0]) if plan.roles else None
        own = {q.quote for q in role.skills} if role else set()
        # The role's own list decides, when it names both: "TensorFlow, and PyTorch" asks for both.
        holding = [p for p in holding if any(q in p.sentence for q in own)] or holding
        # Only when no sentence naming both asks for them together ("TensorFlow and PyTorch is crucial").
        return holding[0] if holding and all(self._as_alternatives(options, p) for p in holding) else None

    def _as_alternatives(self, options: list[tuple[str, list[str]]], passage: Passage) -> bool:
        """Whether a sentence names the options asked as alternatives of each other ("Python or C++")."""
        terms = self.analyzer.terms(passage.sentence)
        at = [next((i for i, t in enumerate(terms) if t in option), None) for _, option in options]
        if len(at) != 2 or None in at:
            return False
        low, high = sorted(i for i in at if i is not None)
        return 0 < high - low <= 2 and "or" in terms[low:high]

    def _one_of_several(self, plan: Plan, sentence: str) -> bool:
        """Whether the sentence names what was asked as one of alternatives ("Python, R, or
        Java"), not as needed itself."""
        topic = self.find.topic(plan)
        said = words(sentence)

        def asked(word: str) -> bool:
            return bool(set(self.analyzer.terms(word)) & topic)

        # "Hadoop or Spark" when both are asked names no other option.
        return any(said[j] == "or" and 0 < j < len(said) - 1 and not (asked(said[j - 1]) and asked(said[j + 1]))
                   for i, w in enumerate(said) if asked(w)
                   for j in range(max(0, i - ALTERNATIVES_WINDOW), min(len(said), i + ALTERNATIVES_WINDOW + 1)))

    def _weighed(self, plan: Plan, text: str, parts: Parts) -> str:
        """An answer to whether to take a path ("should I learn ML?") that only makes the case
        for it gets the other side too: the challenges the articles name."""
        if not (plan.reading and plan.reading.weighs and self.specs[plan.intent].weighs):
            return text
        if self.find.weighed_thing(plan):
            return text  # "are conferences worth going to?": the field's challenges are not theirs
        cues = self.vocabulary.stance
        if stance_of(re.sub(r"\[\d+\]", "", text), cues).caveat:
            return text  # "Yes, though it is demanding": both sides are there
        against = [p for p in self.find.other_side(plan) if p.sentence not in parts.shown]
        if not against:
            return text
        return f"{text}\n\n{self.vocabulary.wording.get('other_side', '')} {answers.passages_text(against, parts)}"

    def _structured(self, kind: str, roles: list[RoleFacts], plan: Plan, parts: Parts) -> str:
        """The answer built from facts, or '' when facts don't fit and retrieval should try."""
        facts = self.knowledge.facts
        u = plan.understanding
        # "prompt engineer vs ML engineer": the side the articles don't describe is named.
        missing = [u.unlisted_role] if u.unlisted_role and roles else []
        compared = roles[:MAX_COMPARED]
        if kind == "salary" and (facts.salary_levels or roles):
            outlooks = self._outlooks(plan, roles) if roles else None
            if roles and (len(roles) > 1 or missing or outlooks is not None):
                # "Data science vs cyber security: better salary and future scope?": each side on both.
                return answers.comparison_text(roles, parts, self._dimensions(plan) | {"pay"}, missing,
                                               pay_said=self._pay_said(roles), outlooks=outlooks)
            ruling = self._levels_ruling(plan, parts) if plan.levels_compared else ""
            if roles:
                # "Deep Learning Engineers are among the top earners in AI": no figure, but said.
                of_pay = [] if roles[0].salaries else self.find.pay_said_of(roles[0].name)
                lead = parts.say("pay_said", passages=answers.passages_text(of_pay, parts)) if of_pay else ""
                text = answers.salary_for_role(roles[0], plan.level, facts, parts, self._nearest_with_pay(roles[0]))
                if ruling:
                    # "Junior vs senior ML engineer pay?": the articles give levels of the field's pay only.
                    lead = f"_{parts.say('levels_not_of_role', role=roles[0].name)}_ {ruling}"
                return f"{lead}\n\n{text}" if lead else text
            if u.unlisted_role:
                return answers.no_figure_text(u.unlisted_role, plan.level, facts, parts)
            if plan.levels_compared:
                # "Do seniors make that much more than juniors?": the two said, side by side, first.
                table = answers.levels_text(facts, None, parts, lead=parts.say("levels_lead"))
                return f"{ruling}\n\n{table}" if ruling else table
            return answers.salary_overview(facts, plan.level, parts)
        if len(compared) > 1 and (on_outlook := self._outlook_compared(plan, compared, parts)):
            return on_outlook
        # "Do data scientists need SQL, or is that the data engineer's?" and only the data engineer's
        # list names it: said so, and what the first one's own list asks for.
        elsewhere = self.find.skills_elsewhere(plan, roles) if kind == "skills" else None
        if elsewhere and (len(roles) < 2 or (plan.reading is not None and plan.reading.form == "yes_no")):
            return answers.skills_elsewhere_text(roles[0] if roles else None, elsewhere, parts)
        if kind == "skills" and len(roles) > 1:
            return answers.comparison_text(compared, parts, self._dimensions(plan) - {"overview"} | {"skills"},
                                           missing)
        # "What would I need to learn to become one? SQL?": a role's own list is short, and the
        # whole of it answers; "how much math do I need?" wants the skills asked about.
        # "How important is statistics for a data engineer?" asks of one of them.
        whole_list = bool(roles and roles[0].skills and plan.reading and plan.reading.form in ("wh", "how_to")
                          and not self.planner.weighs_a_thing(plan.reading))
        if kind == "skills" and not whole_list and (named := self.find.named_skills(plan, roles)):
            return answers.named_skills_text(roles[0] if roles else None, named, parts)
        if kind == "skills" and (roles or facts.general_skills):
            listed = answers.skills_text(roles[0] if roles else None, facts, parts,
                                         had=self.find.skills_had(plan, roles))
            in_order = found_phrases(self.vocabulary.question.order_markers, words(u.text))  # "which one first?"
            first_step = [p for q in facts.steps[0].quotes[:1] if (p := self.find.fact_passage(q))] \
                if facts.steps and in_order else []
            if first_step:
                # "Which of those should I learn first?": the articles rank no skill, but their
                # first step says where to begin.
                return f"{parts.say('skills_first', step=answers.passages_text(first_step, parts))}\n\n{listed}"
            return listed
        if kind == "how_to_start" and facts.steps:
            asked = self.find.steps_asked(plan)
            ahead = self.find.head_starts(plan, facts.steps)
            heading = ""
            if not asked and ahead and plan.reading and found_phrases(self.vocabulary.question.besides_markers,
                                                                     words(plan.reading.question)):
                # "Did a bootcamp, been applying for months: what else should I be doing?": the
                # steps they have not taken, after what they have.
                asked = [i for i in range(len(facts.steps)) if i not in ahead]
                heading = parts.say("steps_besides", had=", ".join(ahead[i] for i in sorted(ahead)))
            quoted_in_steps = {q.quote for i in asked for q in facts.steps[i].quotes}
            # Where they come from, or the one sentence on the very thing asked ("Facebook groups").
            focused = self.find.focused(plan) if asked else None
            said = words(u.text)
            leads = [*self.find.origin_passages(plan), *self.find.changer_passages(plan)] or (
                [focused] if focused else [])
            leads += [] if asked else self.find.ways_into_roles(plan)
            leads = list({p.sentence: p for p in leads if p.sentence not in quoted_in_steps}.values())[:MAX_LEADS]
            if not asked and found_phrases(self.vocabulary.question.one_thing_markers, said):
                # "What's the best piece of advice?": the first step, said to be the first.
                asked = [0]
                others = "; ".join(step.title.split(":")[0].lower() for step in facts.steps[1:])
                note = parts.say("first_of_steps", n=str(len(facts.steps)), others=others)
                body = answers.steps_text(facts, parts, asked, answers.passages_text(leads, parts) if leads else "",
                                          ahead=ahead)
                return f"{body}\n\n_{note}_" if note else body
            # "Tips for the coding interview?" and the articles say nothing of interviews: their
            # way in, in brief, not the whole of it as if it answered.
            # "where would I even start?", "where should I actually start?"
            asks_the_way = plan.reading is not None and bool(found_phrases(
                self.vocabulary.question.way_in_questions, [w for w in words(plan.reading.text) if not _an_adverb(w)]))
            # "How long does it take?": how the way goes, said first (_paced), and the steps in brief.
            takes = plan.reading is not None and self.planner.asks_time(plan.reading)
            # "How does a frontend dev become a data engineer?": the steps in brief, and what the
            # role wanted asks for, which the steps never name.
            wanted = self._skills_of_role_wanted(plan, roles, parts) if not asked else ""
            # Under one of a post's several questions that does not ask the way in itself ("what
            # should the order be?"), the steps in brief.
            in_passing = plan.part_of_post and plan.reading is not None and plan.reading.form != "how_to"
            brief = not asked and (takes or bool(wanted) or (not asks_the_way and (
                in_passing or bool(self._gaps(plan, bool(roles))))))
            # Under one of a post's several questions, each step is said by its first sentence.
            per_step = STEP_QUOTES_IN_A_PART if plan.part_of_post else STEP_QUOTES_IN_ALL
            # "I want to be a data scientist: the best way?", and the articles' steps are the field's:
            # said to be the field's.
            wanted_role = self._role_wanted(plan, roles) if not (asked or wanted or brief) else None
            if wanted_role:
                heading = parts.say("steps_of_field_for_role", role=wanted_role.name)
            steps = answers.steps_text(facts, parts, asked, answers.passages_text(leads, parts) if leads else "",
                                       brief=brief, ahead=ahead, quotes_per_step=per_step, heading=heading)
            return f"{steps}\n\n{wanted}" if wanted else steps
        if kind == "role_info" and (len(roles) > 1 or missing):
            return answers.comparison_text(compared, parts, self._dimensions(plan) - {"overview"} | {"duties"},
                                           missing, self.find.bridge(compared))
        if kind == "role_info" and roles and plan.reading and plan.reading.form != "comparison" \
                and not self._in_descriptions(plan, roles[0]) and (named := self.find.named_skills(plan, roles)):
            # "How important is communication for an ML engineer?": what they say of that skill,
            # when what the role does says nothing of it ("what systems does it build?" does).
            return answers.named_skills_text(roles[0], named, parts)
        if kind == "role_info" and roles:
            card = answers.role_text(roles[0], parts) + self._at_level(plan, roles[0], parts)
            examples = self._examples_of(plan, roles[0])
            return f"{card}\n\n{answers.passages_text(examples, parts)}" if examples else card
        if kind == "role_info" and not u.unlisted_role and facts.roles:
            # "What would I be doing day to day?" of no role: what each one does.
            return answers.roles_list_text(facts, parts, with_pay=False)
        if kind == "roles" and facts.roles:
            # "I'm a product manager ... what roles would fit me?": the role of their own work first.
            own = self._role_of_origin(plan)
            first = [parts.say("own_role", role=f"**{own.name}**"), answers.role_text(own, parts, limit=1)] \
                if own else []
            # Their pay when asked, or when careers are weighed ("a better career option, SE or ML?").
            with_pay = self.planner.asks_pay(u) or (plan.reading is not None and plan.reading.form == "comparison")
            listed = answers.roles_list_text(facts, parts, with_pay=with_pay)
            return "\n\n".join(t for t in (*first, listed) if t)
        if kind == "comparison" and (len(roles) >= 2 or missing):
            dimensions = self._dimensions(plan)
            if dimensions == {"pay"} and self.planner.asks_pay(u):
                # "Who earns more?" is a question about pay: so it is answered, and remembered.
                plan.intent = next((s.name for s in self.specs.values() if s.answer == "salary"), plan.intent)
            # A sentence naming both leads a comparison of what they are, not of their pay alone.
            bridge = self.find.bridge(compared) if dimensions & {"duties", "overview"} else None
            # "Which is better ...?", or "should I aim at X or Y?": a choice asked.
            better = bool(found_phrases(self.vocabulary.question.better_markers, words(u.text))) or bool(
                plan.reading and plan.reading.weighs)
            # "Which one is better if I want to publish papers?": the role whose own sentences say so.
            purpose = self._better_for(plan, compared, parts) if better else ""
            text = answers.comparison_text(compared, parts, dimensions, missing, bridge,
                                           ruling_first=better and not purpose, pay_said=self._pay_said(compared))
            return f"{purpose}\n\n{text}" if purpose else text
        if kind == "comparison" and len(roles) == 1:
            return answers.role_text(roles[0], parts)
        return ""

    def _pay_ranked_by(self, plan: Plan) -> tuple[str, list[Passage]] | None:
        """ "Which industry pays the most?", "which country pays best?": pay asked to be ranked
        by places, or by what another intent with a section of its own is about (industries),
        with that section's opening; None when that is not asked."""
        u, reading = plan.understanding, plan.reading
        question = self.vocabulary.question
        if reading is None or reading.form not in ("wh", "comparison") or not self.planner.asks_pay(u) \
                or not set(question.ranking_words) & set(said := words(reading.question)):
            return None
        if set(question.place_words) & set(said):
            return self.vocabulary.wording.get("places", "places"), []
        by = next((s for s in self.specs.values() if s.sections and not s.weighs and s.answer == "retrieval"
                   and (s.name == plan.intent or u.scores.get(s.name, 0.0) >= WEAK_INTENT)), None)
        if by is None:
            return None
        # That thing's section asked at large ("which industries hire?"): its opening.
        at_large = replace(plan, intent=by.name, roles=[], understanding=replace(u, content_words=[]))
        found = self.find.evidence(plan)
        return by.label.lower(), self.find.intent_section(at_large, found, routed=True) if found else []

    def _levels_ruling(self, plan: Plan, parts: Parts) -> str:
        """The two levels of pay a question sets against each other, highest first ("On these
        figures, the senior level pays ... against ... at the entry level"); "" for fewer."""
        levels = self.planner.levels_said(plan.understanding)
        ranges = sorted((r for r in self.knowledge.facts.salary_levels if r.level in levels),
                        key=lambda r: answers.amounts(r.quote)[0])
        if len(ranges) < 2:
            return ""
        return parts.say("levels_ruling", high=ranges[-1].label.lower(), low=ranges[0].label.lower(),
                         high_range=f"{answers.dollar_range(ranges[-1].quote)} {parts.quote(ranges[-1])}",
                         low_range=f"{answers.dollar_range(ranges[0].quote)} {parts.quote(ranges[0])}")

    def _outlooks(self, plan: Plan, roles: list[RoleFacts]) -> dict[str, Outlook] | None:
        """What the articles say of each role's outlook, when the question asks of it ("future
        scope", "demand"): its own section on it ("Career Scope"), failing that a description
        that speaks for it; None when the outlook is not asked."""
        outlook = next((s.name for s in self.specs.values() if s.weighs), None)
        terms = self.matcher.shaped_terms(plan.understanding.text)
        if outlook is None or not any(contains(terms, kw) for kw in self.matcher.keywords[outlook]):
            return None
        cues = self.vocabulary.stance
        own = {role.name: self.find.role_passages(replace(plan, intent=outlook, roles=[role.name]))[:2] or [
            p for d in role.descriptions if stance_of(d.quote, cues).positive and (p := self.find.fact_passage(d))][:1]
            for role in roles}
        if all(own.values()):
            return {name: Outlook(passages) for name, passages in own.items()}
        # A role the articles say nothing of on this: what they say of the field's future, said
        # to be the field's ("data science vs cyber security: which has the better future?").
        field = self.find.section_opening(plan, outlook)[:FIELD_OUTLOOK_SENTENCES]
        return {name: Outlook(passages) if passages else Outlook(field, of_field=True)
                for name, passages in own.items()}

    def _outlook_compared(self, plan: Plan, compared: list[RoleFacts], parts: Parts) -> str:
        """"NLP or computer vision: which has stronger demand?": each role's own section on its
        outlook ("Career Scope"), side by side, and that the articles rank them on it nowhere."""
        own = self._outlooks(plan, compared)
        if own is None or all(o.of_field or not o.passages for o in own.values()):
            return ""
        # "Data analyst vs data engineer: which has the better future?" and nothing said of the
        # analyst's: that is said, not their pay instead.
        blocks = [f"**{name}**: {answers.outlook_text(found, parts)}" for name, found in own.items()]
        return "\n\n".join([self.vocabulary.wording.get("outlook_unranked", ""), *blocks])

    def _in_descriptions(self, plan: Plan, role: RoleFacts) -> bool:
        """Whether what the role does, as the articles describe it, holds a word the question asks."""
        asked = self.find.topic(plan) - set(self.analyzer.index_terms(role.name))
        return any(asked & set(self.analyzer.index_terms(q.quote)) for q in role.descriptions)

    def _nearest_with_pay(self, role: RoleFacts) -> RoleFacts | None:
        """For a role with no figure, the same role at another level, with a figure: the one
        whose name is the role's but for a level word ("Software Developer (Machine Learning)"
        of "Senior Software Developer for Machine Learning"), or None."""
        if role.salaries:
            return None
        own = set(self.analyzer.index_terms(role.name))
        return next((other for other in self.knowledge.facts.roles if other is not role and other.salaries
                     and (terms := set(self.analyzer.index_terms(other.name))) < own
                     and own - terms <= self._level_terms), None)

    @cached_property
    def _level_terms(self) -> frozenset[str]:
        return frozenset(t for ws in self.vocabulary.levels.values() for w in ws for t in self.analyzer.index_terms(w))

    def _level_given(self, role: RoleFacts, levels: list[Passage], parts: Parts) -> str:
        """The level a table row gives the role ("Experience Level: Mid to Senior"), said
        first; "" when no cell of the sentences found names a level."""
        for p in levels:
            for label, value in table_cells(p.sentence):
                if self.matcher.levels.find(self.analyzer.terms(value)):
                    return parts.say("role_level", role=role.name, label=label.lower(), level=value)
        return ""

    def _role_wanted(self, plan: Plan, roles: list[RoleFacts]) -> RoleFacts | None:
        """The one role a how-to asks the way into, not the one the person holds ("I'm a data
        engineer, how do I move up?" asks of no new role)."""
        if len(roles) != 1 or plan.reading is None:
            return None
        held = set(self.analyzer.index_terms(plan.reading.origin))
        return None if held and set(self.analyzer.index_terms(roles[0].name)) <= held else roles[0]

    def _skills_of_role_wanted(self, plan: Plan, roles: list[RoleFacts], parts: Parts) -> str:
        """The own skills of the one role a how-to asks the way into."""
        role = self._role_wanted(plan, roles)
        if role is None or not role.skills:
            return ""
        return parts.say("role_wanted_skills", role=role.name, skills=answers.quotes_text(role.skills, parts))

    def _rest_of_list(self, plan: Plan, decided: Passage, parts: Parts) -> str:
        """The other skills of the role asked about, when one of its own decided the verdict."""
        role = self.knowledge.role(plan.roles[0]) if plan.roles else None
        if role is None or decided.sentence not in {s.quote for s in role.skills}:
            return ""
        rest = [s for s in role.skills if s.quote != decided.sentence and s.quote not in parts.shown]
        return parts.say("rest_of_list", role=role.name, skills=answers.quotes_text(rest, parts)) if rest else ""

    def _skills_brought(self, plan: Plan, parts: Parts) -> str:
        """The role's own skills that what the person says of themselves names ("statistics" of
        "Deep knowledge of mathematics, statistics, and computer science"), as one line; ""
        when they tell nothing of themselves, or nothing of it is on the role's list."""
        role = self.knowledge.role(plan.roles[0]) if plan.roles else None
        if role is None or plan.reading is None or not plan.reading.background or not role.skills \
                or plan.reading.asks == "requirement":  # "do I need a masters?" asks of the masters
            return ""
        # "3 yrs exp" is no skill of "Experience with libraries like TensorFlow".
        nouns = {t for w in self.vocabulary.question.skill_nouns for t in self.analyzer.terms(w)}
        had = {quote: named for quote, named in self.find.skills_had(plan, [role]).items()
               if any(set(self.analyzer.terms(w)) - nouns for w in named)}
        brought = [p for s in role.skills if s.quote in had and (p := self.find.fact_passage(s))
                   and p.sentence not in parts.shown][:MAX_SKILLS_BROUGHT]
        return parts.say("having", role=role.name, passages=answers.passages_text(brought, parts)) if brought else ""

    @staticmethod
    def _listed(passages: list[Passage], parts: Parts) -> str:
        """Sentences that lead into a list ("... several factors:") and its items, as a list:
        an item starts with its label ("Data Explosion: ..."), and the sentences after it are its."""
        lead = next((at for at, p in enumerate(passages) if p.sentence.rstrip().endswith(":")), None)
        if lead is None:
            return answers.passages_text(passages, parts)
        items: list[list[Passage]] = []
        for p in passages[lead + 1:]:
            if labelled(p.sentence) or not items:
                items.append([p])
            else:
                items[-1].append(p)
        return "\n".join([answers.passages_text(passages[: lead + 1], parts), "",
                          *(f"- {answers.passages_text(item, parts)}" for item in items)])

    def _examples_of(self, plan: Plan, role: RoleFacts) -> list[Passage]:
        """For "what do they build, concretely?": the sentence of the role's own section that
        gives examples ("For example, they can design a system that predicts stock prices")."""
        said = plan.reading.text if plan.reading else plan.understanding.text  # "... like concrete examples"
        if not found_phrases(self.vocabulary.question.example_markers, words(said)):
            return []
        marks = self.vocabulary.passages.examples
        return [Passage(c, sentence, 1.0) for c in self.find.role_chunks.get(role.name, []) for sentence in c.sentences
                if found_phrases(marks, words(sentence))][:1]

    def _said_in_passing(self, plan: Plan) -> list[Passage]:
        """The sentences that hold the question's rarest word of theirs, when it is one they name
        only in passing (in a few chunks): what they say of the very thing asked."""
        counts = {t: n for t in self.find.topic(plan) - self.find.filler(plan)
                  if 0 < (n := self.index.chunks_holding(t)) <= IN_PASSING_CHUNKS}
        if not counts:
            return []
        rarest = min(counts, key=lambda t: (counts[t], t))  # ties broken the same way in every process
        return self.find.sentences_holding(plan, [rarest], limit=2)

    def _set_against_the_field(self, plan: Plan) -> bool:
        """Whether one side of "X or Y" is only the field itself ("... or machine learning?",
        "ML vs software engineering"): no role, no thing, only the field's words."""
        assert plan.reading is not None
        said = words(plan.reading.question)
        markers = set(self.vocabulary.question.option_markers)
        cuts = [at for at, w in enumerate(said) if w in markers]
        if not cuts:
            return False
        stop = self.analyzer.stopwords | self.asking_terms | self.pack.weighing_terms | self.find.filler(plan)
        for side in (said[: cuts[0]], said[cuts[0] + 1:]):
            # The side ends where the question goes on: "... or machine learning: which is better?".
            side = list(takewhile(lambda w: w not in self.vocabulary.question.wh_openers, side))
            terms = [t for t in self.analyzer.terms(" ".join(side)) if t not in stop]
            named = self.analyzer.terms(" ".join(side))
            if terms and all(t in self.analyzer.generic for t in terms) \
                    and not self.matcher.roles.find(named) \
                    and not self.matcher.compared_fields.find(named):  # "data science" is the Data Scientist's field
                return True
        return False

    def _role_and_field(self, plan: Plan, role: RoleFacts, parts: Parts) -> str:
        """A role set against the whole field: what the articles say of the role's prospects
        (its own sentences that speak for it) and pay, then of the field's outlook."""
        cues = self.vocabulary.stance
        own = [Passage(c, sentence, 1.0) for c in self.find.role_chunks.get(role.name, []) for sentence in c.sentences
               if stance_of(sentence, cues).positive]
        outlook = replace(plan, intent=next((n for n, spec in self.specs.items() if spec.sections and spec.weighs),
                                            plan.intent), roles=[],
                      understanding=replace(plan.understanding, content_words=[]))  # the outlook at large
        found = self.find.evidence(outlook, min_coverage=0.0)  # the section is wanted, whatever the words
        field = self.find.intent_section(outlook, found, routed=True) if found else []
        hopeful = [p for p in field if not stance_of(p.sentence, cues).caveat][:2]
        # "... specializing in Machine Learning is more lucrative": the articles lean one way, said first.
        favouring = [p for p in own if found_phrases(cues.field_favoured, words(p.sentence))][:1]
        leaning = parts.say("field_leads") if favouring else ""
        lead = f"{leaning} {answers.passages_text(favouring, parts)}" if leaning else parts.say("outlook_unranked")
        own = [p for p in own if not leaning or p not in favouring]
        said = answers.passages_text(own[:2], parts) if own else " ".join(
            f"{answers.unlabelled(d.quote, role)} {parts.quote(d)}" for d in role.descriptions[:1])
        lines = [lead, f"**{role.name}**: {said}"]
        if role.salaries:
            first = role.salaries[0]
            lines[-1] += f" {answers.dollars(first.amount)} a year ({first.context}) {parts.quote(first)}."
            parts.figure(role.name, first.amount)
        if hopeful:
            lines.append(f"**{parts.say('the_field')}**: {answers.passages_text(hopeful, parts)}")
        return "\n\n".join(line for line in lines if line)

    def _said_of(self, plan: Plan, said: list[str]) -> list[Passage]:
        """The sentence that holds all a phrase of the question names beside the asking, the
        field and its roles ("online courses and my own projects"): none when it names nothing
        else of theirs ("or is that the data engineer's job?")."""
        plain = self.asking_terms | self.find.filler(plan) | self.pack.weighing_terms | self.analyzer.generic \
            | self.find.role_words
        terms = [t for t in dict.fromkeys(self.analyzer.index_terms(" ".join(said)))
                 if t not in plain and self.index.knows(t)]
        return self.find.sentences_holding(plan, terms, limit=1) if terms else []

    def _levels_compared(self, plan: Plan, roles: list[RoleFacts], parts: Parts) -> str:
        """Each role's level as its table row gives it, or that the articles give none; that
        they give each the same, when they do; and, asked of a first job, how one is found."""
        given: list[str] = []
        said: list[str] = []
        for role in roles:
            levels = self.find.level_passages(replace(plan, roles=[role.name]))
            line = self._level_given(role, levels, parts)
            given.append(line)
            said.append(f"{line} {answers.passages_text(levels[:1], parts)}" if line
                        else parts.say("no_level", role=role.name))
        if len(set(g.split("**")[1] for g in given if g)) == 1 and all(given):
            said.append(parts.say("same_level"))
        if plan.level == "entry":
            said.append(answers.passages_text(self.find.level_steps(plan), parts))
        return "\n\n".join(line for line in said if line)

    def _at_level(self, plan: Plan, role: RoleFacts, parts: Parts) -> str:
        """A role's card asked at a level ("a senior ML engineer"): what the articles say of the
        role at that level, or that they don't set it apart."""
        if not plan.level:
            return ""
        wording = self.vocabulary.wording
        found = self.find.level_passages(plan)
        said = (wording.get("at_level", "") if found else wording.get("level_not_described", ""))
        said = said.replace("{level}", plan.level).replace("{role}", role.name)
        return f"\n\n_{said}_ {answers.passages_text(found, parts)}".rstrip() if said else ""

    def _options(self, plan: Plan, options: list[tuple[str, list[str]]], parts: Parts) -> str:
        """Two or more things weighed ("math or coding?"), side by side: a sentence that names
        them together first, then each one's own best sentence; and whether the articles call
        them all needed ("both essential") or don't say which comes first."""
        all_terms = [t for _, terms in options for t in terms]
        together = self.find.sentences_holding(plan, all_terms, limit=1)
        # "Do CV people need C++, or can I get by with Python?" and their list asks "Python or C++".
        either = bool(together) and plan.reading is not None and plan.reading.form == "yes_no" \
            and plan.reading.asks in ("requirement", "possible") and self._as_alternatives(options, together[0])
        joined = parts.say("options_either" if either else "named_together", passages=answers.passages_text(
            together, parts)) if together else ""
        blocks = [joined] if joined else []
        stances: list[Stance] = []
        for word, terms in options:
            others = set(all_terms) - set(terms)
            # "a CS degree": failing a sentence on all of it, one on its head word, when that is
            # a word of what is asked ("degree" of education; not "stock" of "bonuses / stock").
            head = self.analyzer.index_terms(word.split()[-1])
            by_head = head != terms and not together and tuple(head) in self.matcher.keywords[plan.intent]
            own = [p for p in self.find.sentences_holding(plan, terms, limit=8)
                   or (self.find.sentences_holding(plan, head, limit=8) if by_head else [])
                   if p.sentence not in parts.shown and not others <= self.index.sentence_terms(p)]
            # A sentence that takes a stance on it ("... is essential") says the most of it.
            own.sort(key=lambda p: not stance_of(p.sentence, self.vocabulary.stance))
            if not own and not together:
                return ""  # one side the articles don't speak of alone: not a comparison they make
            stance = stance_of(own[0].sentence, self.vocabulary.stance) if own else Stance()
            if own and ((stance.required or stance.not_required) if together else True):
                # Beside a sentence that names them together, only one that says more of it
                # ("is indispensable"): "salaries vary by location" adds nothing on "base pay".
                stances.append(stance)
                blocks.append(f"**{word.capitalize()}**: {answers.passages_text(own[:1], parts)}")
        wording = self.vocabulary.wording
        first = self._first_step_holding(plan, options)
        if together and not stances and stance_of(together[0].sentence, self.vocabulary.stance).required:
            # "Calculus, or is stats enough?" and one sentence calls them all essential.
            stances = [Stance(required=True)] * len(options)
        named_first = [word for word, terms in options if first and set(terms) <= self.index.sentence_terms(first[0])]
        if len(named_first) == 1 and parts.say("option_first"):
            # "SQL vs Python: which first?" The one the articles' first step names, said first.
            blocks.insert(0, parts.say("option_first", option=named_first[0].capitalize(),
                                       passages=answers.passages_text(first, parts)))
        elif first:
            blocks.append(parts.say("options_first_step", passages=answers.passages_text(first, parts)))
        elif stances and all(s.required for s in stances) and len(stances) == len(options):
            blocks.append(wording.get("options_all_needed", ""))
        elif (len(stances) > 1 or (plan.reading and plan.reading.weighs)) and (
                rank := wording.get("options_unranked", "")):
            # Said when a choice is asked or both sides are shown, not beside one sentence on
            # "bonuses, or only base pay?".
            blocks.append(rank)
        if len(blocks) > 1 or together:
            # "I have a bachelors in economics. Is SQL enough ...?": their background is met after.
            background = [p for p in self.find.origin_passages(plan) if p.sentence not in parts.shown]
            blocks.append(answers.passages_text(background[:2], parts))
        return "\n\n".join(b for b in blocks if b)

    def _pay_said(self, roles: list[RoleFacts]) -> dict[str, list[Passage]]:
        """What the articles say of the pay of the roles they give no figure for."""
        return {r.name: found for r in roles if not r.salaries and (found := self.find.pay_said_of(r.name))}

    def _first_step_holding(self, plan: Plan, options: list[tuple[str, list[str]]]) -> list[Passage]:
        """"Python or R first?", "Python or R: which should I invest in?": the first step to
        get started, when the question asks for an order or a choice and that step names one of
        the options ("Start small by learning Python ...")."""
        steps = self.knowledge.facts.steps
        asked = words(plan.reading.question) if plan.reading else []
        chooses = bool(set(self.vocabulary.question.choice_words) & set(asked)) or bool(
            plan.reading and plan.reading.weighs)
        if not steps or not (chooses or found_phrases(self.vocabulary.question.order_markers, asked)):
            return []
        for quote in steps[0].quotes:
            terms = set(self.analyzer.index_terms(quote.quote))
            if any(set(option) <= terms for _, option in options) and (p := self.find.fact_passage(quote)):
                return [p]
        return []

    def _dimensions(self, plan: Plan) -> set[answers.Dimension]:
        """What a comparison is about: pay, skills, what the roles do ("how do they differ"),
        any of them together; when none is said, what the last answer was about ("how does
        that compare?"), else an overview."""
        u = plan.understanding
        skills = next((s.name for s in self.specs.values() if s.answer == "skills"), None)
        terms = self.matcher.shaped_terms(u.text)
        asked: set[answers.Dimension] = set()
        if self.planner.asks_pay(u):
            asked.add("pay")
        if skills and any(contains(terms, kw) for kw in self.matcher.keywords[skills]):
            asked.add("skills")
        said, question = words(u.text), self.vocabulary.question
        differ = [*question.difference_markers, *question.identity_markers]
        if found_phrases(question.duties_markers, said) or (not asked and found_phrases(differ, said)):
            asked.add("duties")  # "what does each do?"; "how do they differ?" or "the same thing?", of nothing named
        before = self.specs[plan.previous].answer if plan.previous in self.specs else None
        if not asked and before in ("salary", "skills"):
            asked.add("pay" if before == "salary" else "skills")
        # "Which one is more about the business side?": what they do, on that; their pay was not asked.
        # Of the words besides the roles' names (the business of "Business Intelligence Developer" is a name).
        # "Which one works closer to the ML side?": the field itself is the topic, where nothing is weighed.
        weighed = bool(found_phrases(question.better_markers, said))
        field_words = set() if weighed else set(self.analyzer.generic)
        besides = {t for t in terms if self.index.knows(t)} - (set(self.analyzer.generic) - field_words) \
            - self.find.asking_terms
        on_a_topic = besides - self.find.filler(plan) - self.pack.weighing_terms - self.pack.form_terms \
            - set(self.analyzer.stopwords)
        if not asked and on_a_topic and plan.reading and plan.reading.form == "comparison":
            return {"duties"}
        if not asked and plan.reading and (plan.reading.rest or (plan.reading.background and plan.reading.questions)):
            # "Data engineer or data scientist? I enjoy building pipelines ... which fits me?":
            # the post says what it wants to know; their pay was not asked.
            return {"duties"}
        return asked or {"overview"}

    def _retrieved(self, plan: Plan, parts: Parts, min_coverage: float = MIN_COVERAGE) -> tuple[str, float]:
        found = self.find.evidence(plan, min_coverage)
        if not found:
            return "", 0.0
        others = self.find.other_roles_chunks(plan)
        way_in = self.vocabulary.passages.way_in
        # Another role's sentence on the way to it from the one asked about, or the one the person
        # holds ("This is a step up for software developers"), answers "what's next for me?".
        held = self._role_of_origin(plan)
        from_roles = set(plan.roles) | ({held.name} if held else set())
        # The intent's own section of the articles ("Industries Hiring ..."), when it holds
        # what was asked; else the best sentences wherever they are. The way up from a role
        # held is that role's own ("a step up for software developers"), not the section's list.
        retrieved = self.find.on_intent(plan, self.index.passages(found.hits, found.query, hints=found.hints, limit=6))
        steps_up = from_roles and any(found_phrases(way_in, words(p.sentence)) and from_roles & self.find.roles_named(
            p.sentence) for p in retrieved)
        section = [] if steps_up else self.find.intent_section(plan, found)
        chosen = section or retrieved
        passages = [p for p in self.find.unasked_pay(plan, chosen)
                    if p.chunk.chunk_id not in others or (found_phrases(way_in, words(p.sentence))
                                                          and from_roles & self.find.roles_named(p.sentence))
                    ][: SECTION_SENTENCES if section else 3]
        own_field = self.find.field_of_origin(plan)
        if own_field:
            # "I work in agriculture: which industries hire?": their own field first; but after
            # what they say of a thing asked about ("I'm a product manager: is an MBA worth
            # it?" is answered by the MBA sentence), which it never pushes out.
            rest = [p for p in passages if p.sentence != own_field[0].sentence]
            origin = set(self.analyzer.index_terms(plan.reading.origin)) if plan.reading else set()
            subject = {t for h in self.specs[plan.intent].query_hints for t in self.analyzer.index_terms(h)}
            beyond = self.find.topic(plan) - self.pack.weighing_terms - self.find.filler(plan) - origin - subject
            # Nor the way up from the role they hold ("a step up for software developers").
            stepping = any(found_phrases(way_in, words(p.sentence)) and from_roles & self.find.roles_named(p.sentence)
                           for p in rest)
            if stepping or beyond & {t for p in rest for t in self.index.sentence_terms(p)}:
                passages = [*rest, own_field[0]]
            else:
                passages = [own_field[0], *rest][: max(len(passages), 2)]  # one found is not pushed out
        self.note("passages", " | ".join(f"{p.score:.2f} {p.chunk.section}: {p.sentence[:60]}" for p in passages))
        if not passages:
            return "", 0.0
        confidence = 0.15 + 0.8 * plan.understanding.confidence * found.coverage
        if section and (listed := self.find.list_led_into(passages)):
            # "There are several good career paths ... Here are a few of them:", with them.
            lead, items = listed
            headed = [(p.chunk.section.split(" › ")[-1], answers.passages_text([p], parts)) for p in items]
            lines = [f"- **{heading}**: {text.removeprefix(f'{heading}: ')}" for heading, text in headed]
            return "\n\n".join([answers.passages_text([*passages, lead], parts), "\n".join(lines)]), confidence
        text = answers.passages_text(passages, parts)
        if section and plan.roles and not any(set(plan.roles) & self.find.roles_named(p.sentence) for p in passages):
            # "Which industries hire NLP engineers?" answered by the field's section: said to be the field's.
            own = {c.chunk_id for c in self.find.role_chunks.get(plan.roles[0], [])}
            if not any(p.chunk.chunk_id in own for p in passages) and (
                    scope := self.vocabulary.verdicts.get("of_field", "").replace("{role}", plan.roles[0])):
                text = f"{text}\n\n_{scope}_"
        return text, confidence

    def _fallback(self, question: str, plan: Plan) -> Answer:
        """No intent knows the question: answer it only if the articles hold it clearly."""
        u = plan.understanding
        spec = next((s for s in self.specs.values() if s.fallback), None)
        parts = self._parts()
        if plan.reading and found_phrases(self.vocabulary.stance.unaddressed, words(plan.reading.question)):
            # "Is 50 too old for data science?": what no intent knows is what the articles never
            # decide; sentences that merely share "data science" would pass for an answer.
            return self.decline(question, u)
        if spec:
            plan = Plan(spec.name, plan.roles, plan.level, u)
        text, confidence = "", 0.0
        if spec and plan.reading is not None and plan.reading.form == "yes_no":
            text, confidence, _ = self._verdict(plan, parts)
        if spec and not text:
            text, confidence = self._retrieved(plan, parts, min_coverage=STRICT_COVERAGE)
        lacked = [w for w in u.unknown_words if self._a_subject(w, declined=True)]
        if spec and not text and not lacked and (rare := self._said_in_passing(plan)):
            # "How much writing / documentation is there in ML work?": no intent knows it, but
            # the one sentence on its rarest word ("Documentation and paperwork also play a
            # major role") answers it better than a decline; not when it asks of a thing they
            # lack ("is a gaming laptop enough?"), which the sentence would only pass over.
            text, confidence = answers.passages_text(rare, parts), 0.3
            self.note("compose", "the sentences on a thing the articles name in passing")
        if not spec or not text:
            return self.decline(question, u)
        return Answer(question=question, text=text, intent=spec.name, confidence=round(min(confidence, 0.6), 3),
                      sources=parts.sources, suggestions=self._suggestions(spec, [], question))

    def _gaps(self, plan: Plan, with_roles: bool) -> list[str]:
        """The words of the question the articles don't cover, to say so: not a name before
        the question ("Silas, ..."), not a role named in the answer as one they don't describe
        ("prompt engineer"), not a background their sentence on backgrounds names ("mechanical
        engineer": engineering), not a common word ("piece" of advice, "anymore"); but what the
        articles never decide ("are analysts happy?", "too old"), though they use its words."""
        u, reading = plan.understanding, plan.reading
        if plan.language != "en":
            return []  # "l'avenir", "est": the words left of another language are no subjects
        skip = set(reading.opener) if reading else set()
        if u.unlisted_role and with_roles:
            skip |= set(u.unlisted_role.split())
        if reading and reading.origin and plan.origin_named:
            origin_terms = set(self.analyzer.index_terms(reading.origin))
            skip |= {w for w in u.unknown_words if set(self.analyzer.index_terms(w)) & origin_terms}
        if reading and reading.either_or:
            # "..., or is that just sci-fi?": the doubt names no subject asked.
            said = words(reading.question)
            skip |= set(doubt_of(said[said.index("or") + 1:], self.vocabulary.question)) if "or" in said else set()
        if reading:
            skip |= set(reading.own_background)  # "would my pharmacy experience count?": theirs, no subject asked
        if self._place(plan):
            skip |= {w for p in self.vocabulary.places for w in phrase_words(p)}  # said by the place note
        lexicon = english()
        if reading:
            skip |= self._qualifiers(words(reading.question), set(u.unknown_words))
        # The words by which a path is weighed ("is it legit?") are the question's form.
        skip |= {w for w in u.unknown_words if set(self.analyzer.terms(w)) & self.pack.weighing_terms}
        if reading:
            # "If the economy tanks, are ML jobs ...?": an ordinary word of the condition before
            # the question is how they put it, not what they ask about.
            condition, _, asked = reading.question.partition(",")
            skip |= {w for w in set(words(condition)) - set(words(asked))
                     if asked and lexicon.zipf(w) >= CONDITION_WORD_ZIPF}
        # "any other industries hiring elsewhere?": a word that widens the question names nothing,
        # nor does an interjection ("yo, what's ...?").
        skip |= set(self.vocabulary.question.widening_words) | set(self.vocabulary.question.interjections)
        # "How do I negotiate an offer?": the doing asked is the subject, however common a word.
        doing = self._how_to_verb(reading) if reading else None
        gaps = [w for w in u.unknown_words if (w not in skip and self._a_subject(w)) or w == doing]
        # What the articles never decide ("too old"), though they use its words elsewhere;
        # "I'm 45, is it too late?" asks about an age.
        never = found_phrases(self.vocabulary.stance.unaddressed, words(reading.question)) if reading else []
        if reading and reading.age and not never:
            never = [self.vocabulary.question.age_subject]
        # "a cover letter": a subject the pack knows the articles lack, though its words are common.
        lacking = [k for k in self.find.nearby(reading.question) if " " in k] if reading else []
        return _once([*never, *lacking, *gaps])

    def _how_to_verb(self, reading: Reading) -> str | None:
        """The word a how-to asks how to do: "negotiate" of "how do I negotiate my offer?"."""
        if reading.form != "how_to":
            return None
        said = words(reading.question)
        for marker in self.vocabulary.question.how_to_markers:
            marker_words = phrase_words(marker)
            at = _at(said, marker_words)
            if at is not None and at + len(marker_words) < len(said):
                return said[at + len(marker_words)]
        return None

    def _a_subject(self, word: str, declined: bool = False) -> bool:
        """Whether a word the articles lack is a subject they lack: not a common word, a typo of
        one ("actualy"), an adverb or a form of one ("honestly", "finishes"), a kin of one of theirs, nor
        one of theirs run together with an English word ("ML-related"). A question declined
        whole names its subject even when it is an everyday word ("tax", "legal")."""
        lexicon = english()
        return len(word) > 1 and lexicon.zipf(word) < (COMMON_ZIPF if declined else SUBJECT_ZIPF) \
            and not (lexicon.zipf(word) == 0 and self.analyzer.misspells_a_stopword(word)) \
            and not _an_adverb(word) and not _describes(word) and not _inflected(word) \
            and not self.index.knows_a_kin(word) and not self._joined_words(word)

    def _qualifiers(self, said: list[str], unknown: set[str]) -> set[str]:
        """The ordinary words that qualify a word the articles know ("a proper master's",
        "low-skill jobs"): how people talk, not what they ask about. A verb is no such word:
        "how do I negotiate?" asks about negotiating."""
        lexicon = english()
        return {word for word, following in pairwise(said)
                if word in unknown and lexicon.zipf(word) >= QUALIFIER_ZIPF
                and any(self.index.knows(t) and t not in self.analyzer.generic for t in self.analyzer.terms(following))}

    def _joined_words(self, word: str) -> bool:
        """A hyphenated pair read as one word ("ML-related", "low-skill"): a word of the articles
        and a common English word; no subject of its own. "blockchain" (two English words) and
        "devops" (two of theirs) stay subjects they lack."""
        lexicon = english()
        if lexicon.zipf(word) > 0:
            return False  # a word of its own ("springboard"), not two run together

        def theirs(part: str) -> bool:
            if len(part) <= 2:  # "ml" of "ML-related", which the pack spells out; not "up" of "upwork"
                return self.analyzer.terms(part) != [part]
            return part in self.pack.name_words or any(self.index.knows(t) for t in self.analyzer.terms(part))

        for at in range(2, len(word) - 1):
            head, tail = word[:at], word[at:]
            # Two letters are a word of theirs ("ML-related"), not an English one ("upwork" is a name).
            english_head, english_tail = (len(p) > 2 and lexicon.zipf(p) >= JOINED_WORD_ZIPF for p in (head, tail))
            if (theirs(head) and english_tail) or (english_head and theirs(tail)):
                return True  # not two words of theirs alone: "devops" is a subject
        return False

    def _paced(self, plan: Plan, text: str, parts: Parts) -> str:
        """For "how long does it take?", which the articles give no time for: what they say of
        how the way goes ("Start small ... With continuous practice ..."), said first where the
        answer does not say it already (the steps' first)."""
        reading = plan.reading
        if reading is None or not self.planner.asks_time(reading):
            return ""
        paced = [p for phrase in self.vocabulary.passages.paced for p in self.find.sentences_saying(plan, phrase)[:1]]
        paced = [p for p in dict.fromkeys(paced) if p.sentence not in parts.shown and p.sentence not in text]
        return answers.passages_text(paced, parts) if paced else ""

    def _quantity_not_given(self, plan: Plan, text: str) -> str:
        """For "how long / how much coding / how many" (not pay), the words asked when the answer
        holds no number: the articles don't give one."""
        reading = plan.reading
        if reading is None or reading.form != "quantity" or self.specs[plan.intent].answer == "salary":
            return ""
        if found_phrases(list(self.vocabulary.stance.answered_by), words(" ".join(reading.markers))):
            return ""  # "how hard?" is answered by how hard, not by a number
        if re.search(r"\d", re.sub(r"\[\d+\]|^\s*\d+\.\s", "", text, flags=re.M)):
            return ""  # a figure given; citations and the steps' numbers are none
        said = words(reading.question)
        for marker in reading.markers:
            marker_words = phrase_words(marker)
            at = _at(said, marker_words)
            if at is not None:
                # "how much coding", "how many hours"; but "how long", not "how long does".
                after = said[at + len(marker_words): at + len(marker_words) + 1]
                noun = [w for w in after if (t := self.analyzer.terms(w)) and t[0] not in self.analyzer.stopwords]
                return " ".join(marker_words + noun)
        return ""

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
        if self._answering_the_worry(plan):
            return False  # "are ML jobs the first to get cut?": what they say of resilience answers it
        # "switch from accounting": where the person comes from is not what they ask about.
        origin = set(words(plan.reading.origin)) if plan.reading else set()
        # Nor is the asking: "ML jobs. thoughts?" asks for a view of the field.
        asking = self.pack.weighing_terms | self.asking_terms
        # Nor a word of theirs run together with an English one ("ML-related").
        u = replace(u, unknown_words=[w for w in u.unknown_words if w not in origin
                                      and not set(self.analyzer.index_terms(w)) <= asking
                                      and not self._joined_words(w)])
        if not u.unknown_words:
            return False
        known = [t for t in u.content_words if self.index.knows(t)]
        keyword_terms = {t for kw in self.matcher.keywords[plan.intent] for t in kw}
        lexicon = english()
        if self.specs[plan.intent].answer in ROLE_ANSWERS:
            # "salary of a plumber": nothing the articles know is asked besides the pay itself,
            # and the word they lack stands where a role would ("a plumber", "plumber salary");
            # a common word ("pick up" skills) or an adverb ("overall") is no plumber.
            said = words(plan.reading.question) if plan.reading else words(u.text)
            keyword_words = {w for kw in self.specs[plan.intent].keywords for w in phrase_words(kw)}
            before_role = self.vocabulary.question.role_slot_words
            in_role_slot = {w for i, w in enumerate(said) if (i and said[i - 1] in before_role)
                            or (i + 1 < len(said) and said[i + 1] in keyword_words)}
            # An ordinary word before one the articles know qualifies it ("a remote ML job"): no role.
            qualifiers = {w for i, w in enumerate(said[:-1]) if lexicon.zipf(w) >= QUALIFIER_ZIPF
                          and self.analyzer.is_known(said[i + 1])}
            rare_unknown = [w for w in u.unknown_words if lexicon.zipf(w) < COMMON_ZIPF and w in in_role_slot
                            and w not in qualifiers]
            asked = [t for t in known if t not in keyword_terms and t not in self.asking_terms]
            return bool(rare_unknown) and not asked
        rare = [w for w in u.unknown_words if lexicon.zipf(w) < COMMON_ZIPF]
        if not known and u.scores[plan.intent] >= CONFIDENT_INTENT and plan.reading and plan.reading.form == "yes_no":
            # "Is working in ML stressful?": the word asked of the subject is what they lack;
            # the intent knows the subject, and its section is the nearest answer.
            return False
        return not known or (len(rare) / len(u.content_words) > 0.5 and u.scores[plan.intent] < WEAK_INTENT)

    def _clarify(self, question: str, plan: Plan, context: Context) -> Answer:
        choices = plan.understanding.role_candidates
        context.pending = (plan.intent, choices, plan.level)
        listed = ", ".join(f"**{c}**" for c in choices[:-1]) + f" or **{choices[-1]}**"
        return Answer(question=question, text=f"Which role do you mean: {listed}?", intent=plan.intent,
                      confidence=round(0.5 * plan.understanding.confidence, 3),
                      entities={"clarify": "role"}, suggestions=choices[:6])

    def smalltalk(self, question: str, text: str, u: Understanding | None = None) -> Answer:
        spec = self.specs[self.matcher.smalltalk]
        return Answer(question=question, text=text, intent=spec.name,
                      confidence=round(u.confidence if u else 1.0, 3), suggestions=spec.suggestions[:3])

    def _parts(self) -> Parts:
        """An empty answer's parts, knowing which sentences lean on the one before."""
        question = self.vocabulary.question
        return Parts(self.knowledge, leaning=question.leaning_words, pointing=question.pointing_words,
                     leaning_after=question.leaning_after, wording=self.vocabulary.wording,
                     connectors=self.vocabulary.passages.connectors)

    def decline(self, question: str, u: Understanding, roles: list[RoleFacts] | None = None) -> Answer:
        """A short decline that names what the articles lack and offers the nearest topics
        they do cover. A question about the articles' own subject (it names a role, or
        their general words: "career", "data science") is not called off-topic."""
        spec = self.specs[self.matcher.out_of_scope]
        # What they lack is a subject ("kubernetes"), not a common word ("count", "much"), and
        # what they never decide, in the question's words ("too old", "visa").
        never = found_phrases(self.vocabulary.stance.unaddressed, words(u.text))
        lacking = _once([*never, *(w for w in u.unknown_words if self._a_subject(w, declined=True))])
        about = f"The articles don't cover {quoted(lacking)}." if lacking else "The articles don't answer that."
        terms = self.analyzer.index_terms(u.text)
        # "any tips for my resume?" is a career question too: the pack names its subject as nearby.
        nearby = list(self.find.nearby(u.text).values())
        on_subject = bool(u.roles or u.unlisted_role or nearby or any(t in self.analyzer.generic for t in terms))
        lead = about if on_subject else f"{spec.reply} {about}"
        # The topic's own words find the nearest sections; everyday ones ("best", "town") find
        # any, and the field's ("data science jobs") only for a question on the articles' subject.
        lexicon = english()
        common = {t for w in words(u.text) if lexicon.zipf(w) >= FILLER_ZIPF for t in self.analyzer.terms(w)[:1]}
        known = [t for t in terms if self.index.knows(t)]
        telling = [t for t in known if t not in self.analyzer.generic and t not in common]
        # "referral": the nearest topic the pack names for it ("networking") comes first.
        nearest = list(dict.fromkeys([
            *(found for n in nearby for found in self.find.nearest_sections(self.analyzer.index_terms(n.topic), 1)),
            *self.find.nearest_sections(telling or (known if on_subject else []))]))[:NEAREST_TOPICS]
        text = lead
        if nearest:
            text += " The nearest topics they do cover: " + "; ".join(f"**{n}**" for n in nearest) + "."
        asked = [n for n in nearest if n.endswith("?")]
        # About a role: what the articles do say of it comes first among the suggestions.
        role_info = next((s for s in self.specs.values() if s.answer == "role_info"), None)
        about_role = self._suggestions(role_info, roles, question) if roles and role_info else []
        # ... and what the intent nearest to the question answers ("work-life balance": the challenges).
        near = max((n for n, sp in self.specs.items() if sp.answer not in ("out_of_scope", "smalltalk")),
                   key=lambda n: u.scores.get(n, 0.0), default=None)
        near_intent = self._suggestions(self.specs[near], roles or [], question) \
            if near and u.scores.get(near, 0.0) >= MIN_INTENT else []
        suggestions = list(dict.fromkeys([*about_role, *(n.ask for n in nearby), *near_intent[:1], *asked,
                                          *spec.suggestions]))[:NEAREST_TOPICS]
        text += " You could ask, for example:\n\n" + "\n".join(f"- {s}" for s in suggestions)
        in_scope = max((v for k, v in u.scores.items() if k != spec.name), default=0.0)
        confidence = max(u.scores.get(spec.name, 0.0), 1.0 - in_scope, 0.5)
        return Answer(question=question, text=text, intent=spec.name, confidence=round(min(confidence, 1.0), 3),
                      suggestions=suggestions, entities={"not_covered": ", ".join(lacking)} if lacking else {})

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
