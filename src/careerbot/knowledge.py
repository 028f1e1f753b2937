"""Structured facts about roles, salaries, skills and first steps, read from the corpus's
own facts.toml. Each fact carries the sentence it comes from, and a fact whose sentence is
not in its article is refused at load time: careerbot cannot state what its articles don't."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from careerbot.datafiles import load_toml
from careerbot.errors import DataFileError
from careerbot.models import Facts, Quote, RoleFacts

FACTS_FILE = "facts.toml"


def load_facts(corpus_dir: Path, section_texts: Mapping[tuple[str, str], str]) -> Facts:
    """The folder's facts, each quote checked against its section; none if the folder has no facts file."""
    path = corpus_dir / FACTS_FILE
    if not path.is_file():
        return Facts()
    facts = load_toml(path, Facts)
    for quote in all_quotes(facts):
        text = section_texts.get((quote.doc, quote.section))
        if text is None:
            raise DataFileError(path, f"no section {quote.section!r} in article {quote.doc!r}")
        if quote.quote not in text:
            raise DataFileError(path, f"quote not found in {quote.doc} › {quote.section}: {quote.quote!r}")
    return facts


class Knowledge:
    def __init__(self, facts: Facts, titles: dict[str, str]) -> None:
        self.facts = facts
        self.titles = titles
        self.roles: dict[str, RoleFacts] = {role.name: role for role in facts.roles}

    def role(self, name: str) -> RoleFacts | None:
        return self.roles.get(name)

    def title(self, doc_id: str) -> str:
        return self.titles.get(doc_id, doc_id)


_NUMBERING = re.compile(r"^\s*\d+[.)]\s*")


def own_sections(sections: Iterable[str], roles: Iterable[RoleFacts],
                 terms: Callable[[str], list[str]]) -> dict[str, list[str]]:
    """For each role, the sections written about it alone: under a heading that is its name
    or an alias ("2. Data Engineer", "Machine Learning careers › Data Scientist", "3. ML
    Researcher (Machine Learning Researcher)"), with the subsections below ("› Career Scope:").
    An alias counts only if it names a person ("... engineer"), as the role's name does: the
    heading "Software Development" is a skill, not the Software Developer."""
    roles = list(roles)
    persons = {t[-1] for r in roles if (t := terms(r.name.split("(")[0]))}
    by_name: dict[tuple[str, ...], str] = {}
    for role in roles:
        for alias in [role.name.split("(")[0], *role.aliases]:
            alias_terms = tuple(terms(alias))
            if alias_terms and alias_terms[-1] in persons:
                by_name.setdefault(alias_terms, role.name)
    owned: dict[str, list[str]] = {}
    for section in sections:
        for heading in section.split(" › "):
            names = [_NUMBERING.sub("", part).strip(" :") for part in re.split(r"[()]", heading)]
            named = next((by_name[key] for n in names if (key := tuple(terms(n))) in by_name), None)
            if named:
                owned.setdefault(named, []).append(section)
                break
    return owned


def all_quotes(facts: Facts) -> list[Quote]:
    quotes: list[Quote] = [*facts.salary_levels, *facts.general_skills]
    if facts.salary_note:
        quotes.append(facts.salary_note)
    for step in facts.steps:
        quotes += step.quotes
    for role in facts.roles:
        quotes += [*role.descriptions, *role.salaries, *role.skills]
    return quotes


def combined(packs: list[Facts]) -> Facts:
    """The facts of a pack and of the folders added to it, as one: a role named in several
    (a local salary for the Data Scientist) has the aliases, quotes and figures of each."""
    if len(packs) == 1:
        return packs[0]
    roles: dict[str, RoleFacts] = {}
    for role in (r for facts in packs for r in facts.roles):
        if (known := roles.get(role.name)) is None:
            roles[role.name] = role
            continue
        roles[role.name] = known.model_copy(update={
            "aliases": list(dict.fromkeys([*known.aliases, *role.aliases])),
            "near": list(dict.fromkeys([*known.near, *role.near])),
            "focus": known.focus or role.focus,
            "descriptions": [*known.descriptions, *role.descriptions],
            "salaries": [*known.salaries, *role.salaries], "skills": [*known.skills, *role.skills]})
    return Facts(roles=list(roles.values()),
                 general_skills=[s for facts in packs for s in facts.general_skills],
                 salary_levels=[s for facts in packs for s in facts.salary_levels],
                 salary_note=next((facts.salary_note for facts in packs if facts.salary_note), None),
                 steps=[s for facts in packs for s in facts.steps])
