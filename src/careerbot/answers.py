"""Compose answer texts from facts and passages, citing each claim as [n].

Every figure and claim here comes from a fact or a sentence of the corpus; the only words
of careerbot's own are the glue ("a year", "The articles give no figure for ...").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from careerbot.knowledge import Knowledge
from careerbot.models import Facts, Figure, LevelRange, Quote, RoleFacts, Skill, Source
from careerbot.retrieval import Passage
from careerbot.text import words
from careerbot.thresholds import STEP_QUOTES_IN_ALL

_BARE_AMOUNT = re.compile(r"(?<![\d$])(\d{1,3}(?:,\d{3})+)")
MONEY = re.compile(r"[$€£]\s?\d|\d{1,3}(?:,\d{3})+")  # a sentence that quotes pay
# A figure as people write one ("200k", "$90,000", "120000"): echoed back, it would read as a claim.
_WRITTEN_FIGURE = re.compile(r"[$€£]\s?\d|\b\d{1,3}(?:[,.]\d{3})+\b|\b\d+\s?k\b|\b\d{5,}\b", re.IGNORECASE)


def says_a_figure(text: str) -> bool:
    """Whether a text (a person's words) holds a figure of money."""
    return bool(_WRITTEN_FIGURE.search(text))


def quotes_text(quotes: Sequence[Quote], parts: Parts) -> str:
    """Facts in a line, each cited: "Knowledge of SQL [3]; Experience with Spark [4]"."""
    return "; ".join(f"{q.quote} {parts.quote(q)}" for q in quotes)


def article(noun: str) -> str:
    """'a' Data Analyst, 'an' NLP Engineer, 'an' AI Ethicist: by the sound, acronyms spelt out."""
    vowel_sound = noun[:1].lower() in "aeiou" or (noun[:2].isupper() and noun[:1] in "FHLMNRSX")
    return "an" if vowel_sound else "a"


def with_article(noun: str) -> str:
    return f"{article(noun)} {noun}"


def dollars(amount: int) -> str:
    return f"${amount:,}"


def dollar_range(quote: str) -> str:
    """'80,000 – 110,000' as the article gives it, with the currency its table header names."""
    return _BARE_AMOUNT.sub(r"$\1", quote)


@dataclass
class Parts:
    """What one answer is built from besides its text: its sources, each with the [n]
    marker it is cited by, and the figures it quotes."""

    knowledge: Knowledge
    sources: list[Source] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    shown: set[str] = field(default_factory=set)  # the article sentences already in the answer
    leaning: list[str] = field(default_factory=list)  # first words of a sentence that leans on the one before
    pointing: list[str] = field(default_factory=list)  # "this": leaning only before a verb ("This makes ...")
    leaning_after: list[str] = field(default_factory=list)  # the words after "this" that make it lean

    def leans(self, sentence: str) -> bool:
        """Whether a sentence leans on the one before it: "They collect ...", "This makes
        sure ..."; not "This soft skill is indispensable", which names what it points at."""
        said = words(sentence)
        if not said or said[0] not in self.leaning:
            return False
        if said[0] in self.pointing and len(said) > 1:
            after = said[1]
            return after in self.leaning_after or (after.endswith("s") and not after.endswith(("ss", "us", "is")))
        return True
    connectors: list[str] = field(default_factory=list)  # "Finally,": said of what came before, left out alone
    gaps_told: bool = False  # the answer already says what the articles don't cover
    wording: dict[str, str] = field(default_factory=dict)  # the pack's [wording], for the sentences answers add

    def say(self, key: str, **fills: str) -> str:
        """A sentence of the pack's wording with its {slots} filled; "" when the pack has none."""
        text = self.wording.get(key, "")
        for slot, value in fills.items():
            text = text.replace(f"{{{slot}}}", value)
        return text

    def figure(self, label: str, low: int, high: int | None = None) -> None:
        self.figures.append(Figure(label=label, low=low, high=high))

    def cite(self, doc_id: str, section: str, text: str, score: float = 1.0) -> str:
        for n, source in enumerate(self.sources, 1):
            if (source.doc_id, source.section, source.text) == (doc_id, section, text):
                return f"[{n}]"
        self.sources.append(Source(doc_id=doc_id, title=self.knowledge.title(doc_id), section=section,
                                   text=text, score=round(score, 4)))
        return f"[{len(self.sources)}]"

    def quote(self, quote: Quote) -> str:
        return self.cite(quote.doc, quote.section, quote.quote)


# A citation marker of an answer ("[2]"), not the user's own escaped brackets ("\\[2]").
CITATION = re.compile(r"(?<!\\)\[(\d+)\]")


def in_reading_order(text: str, sources: list[Source]) -> tuple[str, list[Source]]:
    """The citations numbered in the order they are read, and the sources in that order: a
    part said first but found last ("Start small ...", for how long) is [1]."""
    order: dict[str, int] = {}
    for marker in CITATION.finditer(text):
        order.setdefault(marker.group(1), len(order) + 1)
    if list(order) == [str(n) for n in range(1, len(order) + 1)]:
        return text, sources
    uncited = [s for n, s in enumerate(sources, 1) if str(n) not in order]
    ordered = [sources[int(n) - 1] for n in order if 0 < int(n) <= len(sources)] + uncited
    return CITATION.sub(lambda m: f"[{order[m.group(1)]}]", text), ordered


# --- salary -------------------------------------------------------------------------------


def salary_for_role(role: RoleFacts, level: str | None, facts: Facts, parts: Parts,
                    nearest: RoleFacts | None = None) -> str:
    """The role's figures; with none, the nearest role's (whose name the role's holds) and the
    ranges by level."""
    if not role.salaries:
        return no_figure_text(role.name, level, facts, parts, nearest)
    first, *others = role.salaries
    at_level = ""
    if level and (lead := parts.say("level_first", role=role.name, level=level)):
        # "MLE entry level pay?": the range at the level asked comes first; the role's figure,
        # which is of no level, after it.
        at_level = levels_text(facts, level, parts, lead=lead)
    text = f"**{role.name}**: **{dollars(first.amount)}** a year ({first.context}) {parts.quote(first)}."
    for other in others:
        text += f" The articles also give **{dollars(other.amount)}** a year ({other.context}) {parts.quote(other)}."
    for figure in role.salaries:
        parts.figure(figure.context if others else role.name, figure.amount)
    if at_level:
        return f"{at_level}\n\n{text}"
    if level:
        text += "\n\n" + levels_text(facts, level, parts, lead=parts.say("levels_for_comparison"))
    return text


def no_figure_text(name: str, level: str | None, facts: Facts, parts: Parts,
                   nearest: RoleFacts | None = None) -> str:
    """For a role the articles give no figure for: say so, and give what they do give."""
    lead = parts.say("levels_across")
    said = f"The articles give no salary figure for **{name}**."
    if nearest and nearest.salaries and parts.say("nearest_pay"):
        first = nearest.salaries[0]
        parts.figure(nearest.name, first.amount)
        said += "\n\n" + parts.say("nearest_pay", role=nearest.name, amount=dollars(first.amount),
                                    context=first.context, cite=parts.quote(first)) + "\n\n"
    else:
        said += " "
    return said + levels_text(facts, level, parts, lead=lead)


def salary_overview(facts: Facts, level: str | None, parts: Parts) -> str:
    if level:
        return levels_text(facts, level, parts, lead=parts.say("levels_lead"))
    rows = ["| Role | Salary a year |", "|---|---|"]
    for role in sorted(facts.roles, key=lambda r: -max((s.amount for s in r.salaries), default=0)):
        if role.salaries:
            figures = "; ".join(f"{dollars(s.amount)} {parts.quote(s)}" for s in role.salaries)
            rows.append(f"| {role.name} | {figures} |")
            parts.figure(role.name, role.salaries[0].amount)
    table = "\n".join(rows) if len(rows) > 2 else ""
    levels = levels_text(facts, None, parts, lead="By experience level:")
    return "\n\n".join(part for part in (parts.say("pay_table"), table, levels) if part)


def amounts(quote: str) -> list[int]:
    """The bare figures of a salary range's quote ("120,000 – 160,000"), in order."""
    return [int(n.replace(",", "")) for n in _BARE_AMOUNT.findall(quote)]


def levels_text(facts: Facts, level: str | None, parts: Parts, lead: str) -> str:
    ranges: list[LevelRange] = [r for r in facts.salary_levels if level in (None, r.level)] or facts.salary_levels
    if not ranges:
        return ""
    lines = [lead, ""] + [f"- {r.label}: {dollar_range(r.quote)} a year (USD) {parts.quote(r)}" for r in ranges]
    for r in ranges:
        low, *high = amounts(r.quote)
        parts.figure(r.label, low, high[0] if high else None)
    if facts.salary_note:
        lines += ["", f"{facts.salary_note.quote} {parts.quote(facts.salary_note)}"]
    return "\n".join(lines)


# --- skills, steps, roles -----------------------------------------------------------------


# A role whose own list names this many skills is answered with its list alone: the general
# list after it would only pad the answer.
OWN_LIST_ENOUGH = 3


def skills_text(role: RoleFacts | None, facts: Facts, parts: Parts, limit: int = 10,
                had: dict[str, list[str]] | None = None) -> str:
    """The role's skills, or the general ones; had: for the skills the person says they have
    ("mostly SQL, a little Python"), the words of them they name, said after them."""
    own = role.skills if role else []
    had = had or {}

    def line(skill: Skill) -> str:
        named = ", ".join(dict.fromkeys(had.get(skill.quote, [])))
        mark = f" {parts.say('you_mention', skills=named)}" if named else ""
        return f"- {skill.quote} {parts.quote(skill)}{mark}"

    topics = {s.topic for s in own}
    general: list[Skill] = [] if len(own) >= OWN_LIST_ENOUGH else [s for s in facts.general_skills
                                                                    if s.topic not in topics]
    lines: list[str] = []
    if role and own:
        lines += [f"Skills for {article(role.name)} **{role.name}**:", ""]
        lines += [line(s) for s in own]
    room = max(0, limit - len(own))
    if general and room:
        if own:
            lead = parts.say("skills_in_general")
        elif role:
            # What the role is, then the general list: "NLP engineers?" still learns what they do.
            if role.descriptions:
                lines += [what_it_is(role, parts)]
            lead = parts.say("skills_none_of_role", role=with_article(role.name))
        else:
            lead = parts.say("skills_of_the_field")
        lines += ["", lead, ""] + [line(s) for s in general[:room]]
    return "\n".join(lines).strip()


def named_skills_text(role: RoleFacts | None, passages: list[Passage], parts: Parts) -> str:
    """The skills a question names ("do I need SQL?"), from the role's own list or the general
    one; a role without a list of its own is said to have none, after what it is."""
    lines: list[str] = []
    if role and not role.skills:
        if role.descriptions:
            lines += [what_it_is(role, parts), ""]
        lines += [parts.say("no_own_skills", role=with_article(role.name)), ""]
    return "\n".join(lines + [f"- {passages_text([p], parts)}" for p in passages])


@dataclass(frozen=True, slots=True)
class SkillElsewhere:
    """A skill asked of a role that only other roles' lists name: its words as the articles
    write them ("SQL"), those roles, their list items on it, and the articles' general
    sentences on it ("Database management is also a good skill to have")."""

    written: list[str]
    holders: list[RoleFacts]
    items: list[Passage]
    in_general: list[Passage]


def skills_elsewhere_text(role: RoleFacts | None, found: SkillElsewhere, parts: Parts) -> str:
    """A skill asked of a role (or of the field) that only other roles' lists name, said so; then
    what the articles say of it in general, and what the role's own list asks for."""
    it = parts.say("skill_several" if len(found.written) > 1 else "skill_one")
    fills = {"skill": " and ".join(found.written), "it": it,
             "holders": " and ".join(f"the {r.name}" for r in found.holders)}
    lead = parts.say("skill_of_others", role=role.name, **fills) if role else parts.say("skill_only_of", **fills)
    blocks = ["\n".join([f"_{lead}_", "", *(f"- {passages_text([p], parts)}" for p in found.items)])]
    if found.in_general:
        blocks.append(parts.say("skill_in_general", passages=passages_text(found.in_general, parts)))
    if role and role.skills:
        blocks.append(parts.say("role_wanted_skills", role=role.name, skills=quotes_text(role.skills, parts)))
    return "\n\n".join(blocks)


def steps_text(facts: Facts, parts: Parts, asked: Sequence[int] = (), lead: str = "", brief: bool = False,
               ahead: dict[int, str] | None = None, quotes_per_step: int = STEP_QUOTES_IN_ALL,
               heading: str = "") -> str:
    """The steps in; when the question asks about some of them ("how do I build a network"),
    only those; under heading if given, those or all of them. ahead: the steps the person has a head start on, with
    what they said of it."""
    ahead = ahead or {}

    def title(i: int) -> str:
        note = f" {parts.say('head_start', had=ahead[i])}" if i in ahead and parts.say("head_start") else ""
        return f"**{facts.steps[i].title}**{note}"

    head = [lead, ""] if lead else []
    if asked:
        lines = [*head, heading or parts.say("steps_asked"), ""]
        for i in asked:
            quotes = " ".join(f"“{q.quote}” {parts.quote(q)}" for q in facts.steps[i].quotes)
            lines.append(f"- {title(i)}: {quotes}")
        return "\n".join(lines)
    if brief:  # the titles, each cited by its first quote
        titles = "; ".join(f"{step.title} {parts.quote(step.quotes[0])}" for step in facts.steps if step.quotes)
        return "\n".join([*head, f"{parts.say('steps_brief')} {titles}."])
    lines = [*head, heading or parts.say("steps_all"), ""]
    for n, step in enumerate(facts.steps, 1):
        quotes = " ".join(f"“{q.quote}” {parts.quote(q)}" for q in step.quotes[:quotes_per_step])
        lines.append(f"{n}. {title(n - 1)}: {quotes}")
    return "\n".join(lines)


def unlabelled(quote: str, role: RoleFacts) -> str:
    """A description shown under its role's name, without the name repeated as a label
    ("Data Scientist: Data scientists collect ..." shows as "Data scientists collect ...")."""
    label, sep, rest = quote.partition(": ")
    names = [role.name.split("(")[0], *role.aliases]
    # "Natural Language Processing (NLP) Engineer: ..." under the NLP Engineer: the name's words are the label's.
    label_words = set(re.findall(r"\w+", label.lower()))
    if sep and len(label) <= 60 and rest and any(
            label.lower().rstrip(" s") in n.lower() or set(re.findall(r"\w+", n.lower())) <= label_words
            for n in names):
        return rest
    return quote


def what_it_is(role: RoleFacts, parts: Parts) -> str:
    """The role's name and its first description, in a line."""
    first = role.descriptions[0]
    return f"**{role.name}**: {unlabelled(first.quote, role)} {parts.quote(first)}"


def role_text(role: RoleFacts, parts: Parts, limit: int = 3) -> str:
    """What the role does; its pay only when asked (a salary question has its own answer)."""
    lines = [f"**{role.name}**", ""] + [f"- {unlabelled(q.quote, role)} {parts.quote(q)}"
                                        for q in role.descriptions[:limit]]
    return "\n".join(lines)


def roles_list_text(facts: Facts, parts: Parts, with_pay: bool = True) -> str:
    """The roles, each with its pay when pay is asked, else with what sets it apart."""
    lines = [parts.say("roles_listed"), ""]
    for role in facts.roles:
        line = f"- **{role.name}**"
        if with_pay and role.salaries:
            line += f": {dollars(role.salaries[0].amount)} a year {parts.quote(role.salaries[0])}"
        elif not with_pay and (focus := role.focus_quote()) is not None:
            line += f": “{role.focus}” {parts.quote(focus)}"
        lines.append(line)
    return "\n".join(lines)


Dimension = Literal["duties", "skills", "pay", "overview"]


class Outlook(NamedTuple):
    """What the articles say of a role's future: in its own sections or descriptions, or, of_field,
    what they say of the whole field's (for a role they say nothing of on it)."""

    passages: list[Passage]
    of_field: bool = False


def outlook_text(outlook: Outlook, parts: Parts, label: str = "") -> str:
    if not outlook.passages:
        return parts.say("no_outlook_said")
    if outlook.of_field:
        return parts.say("outlook_of_field", passages=passages_text(outlook.passages, parts))
    return f"{label} {passages_text(outlook.passages, parts)}".lstrip()


def comparison_text(roles: list[RoleFacts], parts: Parts, asked: Collection[Dimension],
                    missing: Sequence[str] = (), bridge: Passage | None = None, ruling_first: bool = False,
                    pay_said: dict[str, list[Passage]] | None = None,
                    outlooks: dict[str, Outlook] | None = None) -> str:
    """The roles side by side on what was asked: what they do, their skills, their pay (an
    "overview" is what they do, in one sentence, and their pay), and, asked beside them, each
    one's outlook (outlooks: what the articles say of it, by role). A sentence of the articles
    that names them together ("... perform generally similar tasks, they are distinct") leads;
    a role the articles don't describe is named as such."""
    blocks = [passages_text([bridge], parts)] if bridge else []
    if "duties" in asked or "overview" in asked:
        blocks += [difference] if (difference := duties_difference(roles, parts)) else []
    for role in roles:
        said: list[str] = []
        if "duties" in asked or "overview" in asked:
            duties = role.descriptions[: 1 if "overview" in asked else 2]
            said.append(" ".join(f"{unlabelled(q.quote, role)} {parts.quote(q)}" for q in duties)
                        or "The articles don't say what this role does.")
        if "skills" in asked:
            skills = quotes_text(role.skills[:4], parts)
            none = parts.say("no_skills_listed")
            if not skills and "duties" not in asked and role.descriptions:
                # What the role does says what it works with: "statistical methods", "data analysis".
                first = role.descriptions[0]
                none = parts.say("no_skills_but_does", passage=f"{unlabelled(first.quote, role)} {parts.quote(first)}")
            said.append(f"Skills: {skills}." if skills else none)
        if "pay" in asked or "overview" in asked:
            if role.salaries:
                first = role.salaries[0]
                said.append(f"{dollars(first.amount)} a year ({first.context}) {parts.quote(first)}.")
                parts.figure(role.name, first.amount)
            else:
                said.append("The articles give no salary figure.")
                if pay_said and (of_pay := pay_said.get(role.name)):
                    said.append(passages_text(of_pay, parts))  # "... can earn impressive salaries."
        if outlooks is not None:
            said.append(outlook_text(outlooks.get(role.name, Outlook([])), parts, label=parts.say("outlook_label")))
        blocks.append(f"**{role.name}**: " + " ".join(said))
    blocks += [f"**{name.title()}**: the articles don’t cover this role." for name in missing]
    if "skills" in asked and (difference := skills_difference(roles)):
        blocks.append(difference)
    paid = [r for r in roles if r.salaries]
    unpaid = [r.name for r in roles if not r.salaries]
    ruling = ""
    if "pay" in asked and unpaid and len(roles) >= 2:
        # "Who earns more, a data engineer or a data scientist?" with no figure for one of them.
        ruling = parts.say("no_winner", roles=" or ".join(with_article(n) for n in unpaid))
    elif len(paid) >= 2 and ("pay" in asked or "overview" in asked):
        top = max(paid, key=lambda r: r.salaries[0].amount)
        rest = ", ".join(f"{dollars(r.salaries[0].amount)} for {r.name}" for r in paid if r is not top)
        top_figure = dollars(top.salaries[0].amount)
        ruling = parts.say("earns_more", top=f"**{top.name}**", figure=top_figure, rest=rest)
        # The articles' other figure for the winner may be below another role's ("$121,908 a year
        # for those who advance into the role"): then the ruling holds on the first figures only.
        low = min(top.salaries, key=lambda s: s.amount)
        above = [r for r in paid if r is not top and r.salaries[0].amount > low.amount]
        if above and (but := parts.say("earns_more_but", top=top.name, low=dollars(low.amount), context=low.context,
                                       other=above[0].name, figure=dollars(above[0].salaries[0].amount))):
            ruling = f"{ruling} {but} {parts.quote(low)}"
    if ruling:
        # Asked who earns more, or which is the better job, the answer says so first; in an
        # overview, after the roles.
        blocks = [ruling, *blocks] if set(asked) == {"pay"} or ruling_first else [*blocks, ruling]
    return "\n\n".join(blocks)


def duties_difference(roles: list[RoleFacts], parts: Parts) -> str:
    """How the roles' work differs, in the words of their descriptions that set each apart
    (the facts file's `focus`): said first, the descriptions follow."""
    focused = [(r, q) for r in roles if (q := r.focus_quote()) is not None]
    if len(focused) < 2 or len(focused) < len(roles):
        return ""
    said = "; ".join(f"the {r.name}: “{r.focus}” {parts.quote(q)}" for r, q in focused)
    return parts.say("how_they_differ", differences=said)


def skills_difference(roles: list[RoleFacts]) -> str:
    """How the roles' skill lists differ, by the topics the facts file gives each skill:
    what they share, and what only one of them names."""
    listed = [r for r in roles if r.skills]
    if len(listed) < 2:
        return ""
    topics = {r.name: list(dict.fromkeys(s.topic.replace("-", " ") for s in r.skills)) for r in listed}
    shared = [t for t in topics[listed[0].name] if all(t in topics[r.name] for r in listed[1:])]
    parts = [f"both name {', '.join(shared)}"] if shared else []
    for role in listed:
        own = [t for t in topics[role.name] if t not in shared]
        if own:
            parts.append(f"only the {role.name}'s names {', '.join(own)}")
    return ("In the articles' skill lists: " + "; ".join(parts) + ".") if parts else ""


# --- retrieved passages -------------------------------------------------------------------


_NUMBERING = re.compile(r"^\s*\d+[.)]\s*")


def leaned_on(section: str) -> str:
    """The heading a section's first sentence leans on ("They ..."): the deepest one that
    names something ("Business Automation Specialist"), not a label such as "Skills You Need:"."""
    headings = [h for h in section.split(" › ") if h.strip()]
    named = [h for h in headings if not h.rstrip().endswith(":")] or headings
    return _NUMBERING.sub("", named[-1]).strip(" :") if named else ""


def _after_what_they_lean_on(passages: list[Passage], parts: Parts) -> list[Passage]:
    """The passages in their order, but one that leans on the sentence before it in its chunk
    ("They are responsible ..."), when that sentence is among them, placed right after it."""
    ordered: list[Passage] = []
    for p in passages:
        if p in ordered:
            continue
        sentences = p.chunk.sentences
        at = sentences.index(p.sentence) if p.sentence in sentences else 0
        before = next((q for q in passages if at and q.chunk.chunk_id == p.chunk.chunk_id
                       and q.sentence == sentences[at - 1]), None)
        if before is not None and before not in ordered and parts.leans(p.sentence):
            ordered.append(before)
        ordered.append(p)
    return ordered


def passages_text(passages: list[Passage], parts: Parts) -> str:
    """The passages with their citations. One that leans on what it follows gets it: the
    sentence before it in its chunk, or, first in its chunk, the heading it is under
    ("Data Engineer: They collect ..."); found before that sentence, it follows it."""
    shown: list[str] = []
    for p in _after_what_they_lean_on(passages, parts):
        if p.sentence in parts.shown or any(seen in p.sentence for seen in parts.shown if len(seen) > 40):
            continue  # already in the answer: as the sentence another one leans on, or a fact's quote of it
        text = p.sentence
        # A passage may be a sentence and the ones leaning on it: it is placed by its first.
        starts = next((i for i, s in enumerate(p.chunk.sentences) if text.startswith(s)), None)
        if parts.leans(text) and starts is not None:
            at = starts
            before = p.chunk.sentences[at - 1] if at else ""
            if before and before not in {q.sentence for q in passages} | parts.shown \
                    and not before.rstrip().endswith(":"):
                text = f"{before} {text}"
                parts.shown.add(before)
                if at == 1 and parts.leans(before) and (heading := leaned_on(p.chunk.section)):
                    text = f"{heading}: {text}"  # "This is a step up ... While they ...": of what
            elif not at:
                text = f"{heading}: {text}" if (heading := leaned_on(p.chunk.section)) else text
        elif (joint := next((c for c in parts.connectors if text.lower().startswith(f"{c}, ")), None)) \
                and len(text) > len(joint) + 2:
            # "Finally, If you are looking ...": shown alone, the sentence starts after its connector.
            rest = text[len(joint) + 2:]
            text = rest[0].upper() + rest[1:]
        parts.shown.add(p.sentence)
        shown.append(f"{text} {parts.cite(p.chunk.doc_id, p.chunk.section, p.sentence, p.score)}")
    return " ".join(shown)
