"""Compose answer texts from facts and passages, citing each claim as [n].

Every figure and claim here comes from a fact or a sentence of the corpus; the only words
of careerbot's own are the glue ("a year", "The articles give no figure for ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from careerbot.knowledge import Knowledge
from careerbot.models import Facts, LevelRange, Quote, RoleFacts, Skill, Source
from careerbot.retrieval import Passage

_BARE_AMOUNT = re.compile(r"(?<![\d$])(\d{1,3}(?:,\d{3})+)")


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
class Citations:
    """Collects the sources of one answer and hands out their [n] markers."""

    knowledge: Knowledge
    sources: list[Source] = field(default_factory=list)

    def cite(self, doc_id: str, section: str, text: str, score: float = 1.0) -> str:
        for n, source in enumerate(self.sources, 1):
            if (source.doc_id, source.section, source.text) == (doc_id, section, text):
                return f"[{n}]"
        self.sources.append(Source(doc_id=doc_id, title=self.knowledge.title(doc_id), section=section,
                                   text=text, score=round(score, 4)))
        return f"[{len(self.sources)}]"

    def quote(self, quote: Quote) -> str:
        return self.cite(quote.doc, quote.section, quote.quote)


# --- salary -------------------------------------------------------------------------------


def salary_for_role(role: RoleFacts, level: str | None, facts: Facts, cite: Citations) -> str:
    if not role.salaries:
        return no_figure_text(role.name, level, facts, cite)
    first, *others = role.salaries
    text = f"**{role.name}**: **{dollars(first.amount)}** a year ({first.context}) {cite.quote(first)}."
    for other in others:
        text += f" The articles also give **{dollars(other.amount)}** a year ({other.context}) {cite.quote(other)}."
    if level:
        text += "\n\n" + levels_text(facts, level, cite, lead="For comparison, across machine learning jobs:")
    return text


def no_figure_text(name: str, level: str | None, facts: Facts, cite: Citations) -> str:
    """For a role the articles give no figure for: say so, and give what they do give."""
    lead = "Across machine learning jobs, the ranges by experience level are:"
    return f"The articles give no salary figure for **{name}**. " + levels_text(facts, level, cite, lead=lead)


def salary_overview(facts: Facts, level: str | None, cite: Citations) -> str:
    if level:
        return levels_text(facts, level, cite, lead="Salaries in machine learning by experience level:")
    rows = ["| Role | Salary a year |", "|---|---|"]
    for role in sorted(facts.roles, key=lambda r: -max((s.amount for s in r.salaries), default=0)):
        if role.salaries:
            figures = "; ".join(f"{dollars(s.amount)} {cite.quote(s)}" for s in role.salaries)
            rows.append(f"| {role.name} | {figures} |")
    table = "\n".join(rows) if len(rows) > 2 else ""
    levels = levels_text(facts, None, cite, lead="By experience level:")
    return "\n\n".join(part for part in ("US averages by role, from the articles:", table, levels) if part)


def levels_text(facts: Facts, level: str | None, cite: Citations, lead: str) -> str:
    ranges: list[LevelRange] = [r for r in facts.salary_levels if level in (None, r.level)] or facts.salary_levels
    if not ranges:
        return ""
    lines = [lead, ""] + [f"- {r.label}: {dollar_range(r.quote)} a year (USD) {cite.quote(r)}" for r in ranges]
    if facts.salary_note:
        lines += ["", f"{facts.salary_note.quote} {cite.quote(facts.salary_note)}"]
    return "\n".join(lines)


# --- skills, steps, roles -----------------------------------------------------------------


def skills_text(role: RoleFacts | None, facts: Facts, cite: Citations, limit: int = 10) -> str:
    own = role.skills if role else []
    topics = {s.topic for s in own}
    general: list[Skill] = [s for s in facts.general_skills if s.topic not in topics]
    parts: list[str] = []
    if role and own:
        parts += [f"Skills for {article(role.name)} **{role.name}**:", ""]
        parts += [f"- {s.quote} {cite.quote(s)}" for s in own]
    room = max(0, limit - len(own))
    if general and room:
        if own:
            lead = "Skills the articles name for machine learning jobs in general:"
        elif role:
            lead = (f"The articles list no skills for {with_article(role.name)} in particular; "
                    "these are the ones they name for machine learning jobs:")
        else:
            lead = "Skills the articles name for machine learning jobs:"
        parts += ["", lead, ""] + [f"- {s.quote} {cite.quote(s)}" for s in general[:room]]
    return "\n".join(parts).strip()


def steps_text(facts: Facts, cite: Citations) -> str:
    lines = ["How to get started in machine learning, step by step:", ""]
    for n, step in enumerate(facts.steps, 1):
        quotes = " ".join(f"“{q.quote}” {cite.quote(q)}" for q in step.quotes)
        lines.append(f"{n}. **{step.title}**: {quotes}")
    return "\n".join(lines)


def role_text(role: RoleFacts, cite: Citations, limit: int = 3) -> str:
    lines = [f"**{role.name}**", ""] + [f"- {q.quote} {cite.quote(q)}" for q in role.descriptions[:limit]]
    if role.salaries:
        first = role.salaries[0]
        lines.append(f"- Salary: {dollars(first.amount)} a year ({first.context}) {cite.quote(first)}")
    return "\n".join(lines)


def roles_list_text(facts: Facts, cite: Citations) -> str:
    lines = ["The articles describe these machine learning roles:", ""]
    for role in facts.roles:
        line = f"- **{role.name}**"
        if role.salaries:
            line += f": {dollars(role.salaries[0].amount)} a year {cite.quote(role.salaries[0])}"
        lines.append(line)
    return "\n".join(lines)


def comparison_text(roles: list[RoleFacts], cite: Citations) -> str:
    parts = []
    for role in roles:
        line = f"**{role.name}**"
        if role.salaries:
            first = role.salaries[0]
            line += f": {dollars(first.amount)} a year ({first.context}) {cite.quote(first)}."
        else:
            line += ": the articles give no salary figure."
        if role.descriptions:
            line += f" {role.descriptions[0].quote} {cite.quote(role.descriptions[0])}"
        parts.append(line)
    paid = [r for r in roles if r.salaries]
    if len(paid) >= 2:
        top = max(paid, key=lambda r: r.salaries[0].amount)
        rest = ", ".join(f"{dollars(r.salaries[0].amount)} for {r.name}" for r in paid if r is not top)
        top_figure = dollars(top.salaries[0].amount)
        parts.append(f"On these figures, **{top.name}** earns more ({top_figure}, against {rest}).")
    return "\n\n".join(parts)


# --- retrieved passages -------------------------------------------------------------------


def passages_text(passages: list[Passage], cite: Citations) -> str:
    return " ".join(
        f"{p.sentence} {cite.cite(p.chunk.doc_id, p.chunk.section, p.sentence, p.score)}" for p in passages
    )
