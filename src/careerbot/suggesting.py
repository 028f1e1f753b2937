"""`careerbot facts suggest DIR`: salary, role and skill facts a folder's articles seem to
state, each with its exact quote, proposed as TOML for a person to review.

Nothing here is trusted: it is read by pattern (a money figure in a sentence that names a
role, a role's own heading, the list under a heading on skills), so a proposal may be wrong
or miss what the article means. That is why it is printed, never saved into facts.toml: a
person checks each quote and keeps what is right (`careerbot check` then checks the quotes).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from careerbot.corpus import load_corpus, split_sentences
from careerbot.knowledge import FACTS_FILE
from careerbot.models import Document

# The last word of a name for a person's job ("Data Engineer", "Nurse Practitioner"): a
# heading or a list item's label ending in one names a role.
PERSON_WORDS = {
    "engineer", "engineers", "scientist", "scientists", "analyst", "analysts", "developer", "developers",
    "manager", "managers", "designer", "designers", "researcher", "researchers", "architect", "architects",
    "specialist", "specialists", "consultant", "consultants", "administrator", "administrators", "officer",
    "officers", "lead", "leads", "technician", "technicians", "strategist", "ethicist", "programmer",
    "programmers", "statistician", "statisticians", "director", "directors", "coordinator", "advisor", "adviser",
}
SKILL_HEADINGS = ("skill", "qualification", "requirement", "what you need", "you will need")
# "$92,000", "€48.500", "USD 85,000", "85k": a figure of money, its amount in the first group.
# A figure starts only where no digit or separator comes before it: each run of digits is
# tried once, so a long one is read in linear time.
MONEY = re.compile(r"(?:[$€£]\s?|\b(?:USD|EUR|GBP)\s?)(?<![\d,.])(\d{1,3}(?:[,.]\d{3})+|\d+)(?:\s?([kK])\b)?"
                   r"|(?<![\d,.])(\d{1,3}(?:,\d{3})+)\s?(?:USD|EUR|GBP|dollars|euros|pounds)\b")
_NUMBERING = re.compile(r"^\s*\d+[.)]\s*")


@dataclass
class Proposal:
    name: str
    descriptions: list[dict[str, str]] = field(default_factory=list)
    salaries: list[dict[str, str | int]] = field(default_factory=list)
    skills: list[dict[str, str]] = field(default_factory=list)


def role_name(label: str) -> str | None:
    """'2. Data Engineers:' -> 'Data Engineer'; None when it names no person's job."""
    label = _NUMBERING.sub("", label).split("(")[0].strip(" :*#")
    parts = label.split()
    if not 1 <= len(parts) <= 5 or parts[-1].lower() not in PERSON_WORDS or not label[:1].isupper():
        return None
    if parts[-1].lower().endswith("s") and parts[-1].lower()[:-1] in PERSON_WORDS:
        parts[-1] = parts[-1][:-1]
    return " ".join(parts)


def named_role(text: str, known: list[str]) -> str | None:
    """The longest role name said in a text (singular or plural, in any case)."""
    lowered = text.lower()
    for name in sorted(known, key=len, reverse=True):
        if re.search(rf"\b{re.escape(name.lower())}s?\b", lowered):
            return name
    return None


def amount(found: re.Match[str]) -> int:
    digits = found.group(1) or found.group(3) or "0"
    value = int(re.sub(r"[,.]", "", digits))
    return value * 1000 if found.group(2) else value


def context_of(sentence: str, found: re.Match[str], title: str) -> str:
    """What the figure is for, in the words after it up to a comma ("in Northfield" of
    "$92,000 a year in Northfield"; answers say "a year" themselves), else the article's title."""
    after = re.split(r"[,.;:()]", sentence[found.end():], maxsplit=1)[0]
    after = re.sub(r"^\s*(a year|per year|per annum|annually|a yr)\b", "", after).split()
    return " ".join(after[:6]) or title


def proposals(folder: Path, known_roles: list[str] | None = None) -> str:
    """The facts proposed for the folder's articles, as TOML to review and paste."""
    documents = load_corpus(folder)
    known = list(known_roles or [])
    for document in documents:  # roles named by their own heading or list label
        for section in document.sections:
            known += [name for h in section.path if (name := role_name(h))]
            known += [name for b in section.blocks if ":" in b[:60] and (name := role_name(b.split(":", 1)[0]))]
    known = list(dict.fromkeys(known))
    roles: dict[str, Proposal] = {}
    general: list[dict[str, str]] = []
    for document in documents:
        read(document, known, roles, general)
    return as_toml(folder, roles, general)


def read(document: Document, known: list[str], roles: dict[str, Proposal], general: list[dict[str, str]]) -> None:
    for section in document.sections:
        place = {"doc": document.doc_id, "section": " › ".join(section.path)}
        heading_role = next((name for h in reversed(section.path) if (name := named_role(h, known))), None)
        on_skills = any(word in section.path[-1].lower() for word in SKILL_HEADINGS) if section.path else False
        for n, block in enumerate(section.blocks):
            labelled = role_name(block.split(":", 1)[0]) if ":" in block[:60] else None
            if labelled:
                roles.setdefault(labelled, Proposal(labelled)).descriptions.append({**place, "quote": block})
            for sentence in split_sentences(block):
                role = named_role(sentence, known) or heading_role
                if role and (found := MONEY.search(sentence)):
                    context = context_of(sentence, found, document.title)
                    roles.setdefault(role, Proposal(role)).salaries.append(
                        {"amount": amount(found), "context": context, **place, "quote": sentence})
                elif role and heading_role == role and n == 0 and not on_skills and not labelled:
                    own = roles.setdefault(role, Proposal(role))
                    if not own.descriptions:
                        own.descriptions.append({**place, "quote": sentence})
            if on_skills and len(block) <= 200 and not MONEY.search(block):
                skill = {"topic": topic_of(block), **place, "quote": block}
                if heading_role:
                    roles.setdefault(heading_role, Proposal(heading_role)).skills.append(skill)
                else:
                    general.append(skill)


FUNCTION_WORDS = {"and", "the", "for", "with", "from", "into", "your", "our", "their", "how", "what"}


def topic_of(text: str) -> str:
    """A skill's topic: its first long word, lower case ("SQL and databases" -> "sql")."""
    found = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z+#-]+", text)]
    return next((w for w in found if len(w) > 2 and w not in FUNCTION_WORDS), found[0] if found else "skill")


def as_toml(folder: Path, roles: dict[str, Proposal], general: list[dict[str, str]]) -> str:
    def inline(entry: dict[str, str] | dict[str, str | int]) -> str:
        return "{ " + ", ".join(f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in entry.items()) + " }"

    def array(entries: list[dict[str, str]] | list[dict[str, str | int]]) -> str:
        return "[\n" + "".join(f"  {inline(e)},\n" for e in entries) + "]"

    lines = [f"# Facts proposed by `careerbot facts suggest` for {folder}. Nothing here is checked but",
             "# the quotes: read each against its article, fix a wrong amount, context, topic or role,",
             f"# delete what is not a fact, then paste the rest into {folder / FACTS_FILE}.",
             "# `careerbot check` then confirms every quote is in its article.", ""]
    for proposal in roles.values():
        if not (proposal.salaries or proposal.skills or proposal.descriptions):
            continue
        lines += ["[[roles]]", f"name = {json.dumps(proposal.name, ensure_ascii=False)}",
                  f"aliases = {json.dumps([proposal.name.lower()], ensure_ascii=False)}"]
        for key in ("descriptions", "salaries", "skills"):
            if entries := getattr(proposal, key):
                lines.append(f"{key} = {array(entries)}")
        lines.append("")
    for skill in general:
        lines += ["[[general_skills]]", *(f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in skill.items()), ""]
    if len(lines) == 5:
        lines.append("# No salary, role or skill facts were found in these articles.")
    return "\n".join(lines).rstrip("\n") + "\n"
