"""`careerbot check`: a lint for a knowledge pack, in the spirit of Rasa's `data validate`.

Errors are what makes answers wrong (a quote not in its article, an example question that
another intent answers, the same example in two intents); warnings are what makes a pack
weaker than it looks (a keyword that can never match, a role with nothing said of it, an
article that no question reaches). Each names its file and what to change.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

from rapidfuzz import fuzz

from careerbot.bot import CareerBot
from careerbot.corpus import load_corpus
from careerbot.datafiles import load_toml
from careerbot.errors import DataFileError
from careerbot.intents import LEVEL_TOKEN, ROLE_TOKEN, contains, load_intents
from careerbot.knowledge import FACTS_FILE, all_quotes
from careerbot.models import Facts
from careerbot.pack import answerable, embedded, heading_questions, pack_intents
from careerbot.planning import Context

Problems = tuple[list[str], list[str]]  # (errors, warnings)
# Two intents' examples this alike (rapidfuzz ratio of their terms, roles as placeholders) are
# one question twice: the matcher cannot tell which intent it is.
NEAR_DUPLICATE_EXAMPLES = 90


def check_pack(pack: Path | None, added: Sequence[Path] = ()) -> Problems:
    """What is wrong with a pack and the folders added to it: (errors, warnings)."""
    folder = pack or embedded("corpus")
    errors: list[str] = []
    warnings: list[str] = []
    for each in [folder, *added]:
        errors += quote_problems(each)
        warnings += [f"{each / FACTS_FILE}: role {r.name!r} has no description, salary or skill"
                     for r in read_facts(each).roles if not (r.descriptions or r.salaries or r.skills)]
    with tempfile.TemporaryDirectory() as scratch:
        if errors:  # the rest is checked without the facts, which would not load
            folder, added = without_facts(folder, Path(scratch)), [without_facts(f, Path(scratch)) for f in added]
        try:
            bot = CareerBot(folder, add=added, use_cache=not errors)
        except DataFileError as exc:
            return [*errors, str(exc)], warnings
        errors += bot.problems
        errors += routing_problems(bot)
        warnings += unused_intents(folder, bot)
        warnings += keyword_problems(bot)
        warnings += unreached_articles(pack or embedded("corpus"), bot)
    return errors, warnings


def read_facts(folder: Path) -> Facts:
    try:
        return load_toml(folder / FACTS_FILE, Facts) if (folder / FACTS_FILE).is_file() else Facts()
    except DataFileError:
        return Facts()  # said by quote_problems


def without_facts(folder: Path, scratch: Path) -> Path:
    """A copy of the folder without its facts file."""
    copy = scratch / str(len(list(scratch.iterdir()))) / folder.name
    shutil.copytree(folder, copy, ignore=shutil.ignore_patterns(FACTS_FILE), symlinks=True)
    return copy


def quote_problems(folder: Path) -> list[str]:
    """Every fact whose quote is not, word for word, in the section it names."""
    path = folder / FACTS_FILE
    if not path.is_file():
        return []
    try:
        facts = load_toml(path, Facts)
    except DataFileError as exc:
        return [str(exc)]
    sections = {(d.doc_id, " › ".join(s.path)): " ".join(s.blocks) for d in load_corpus(folder) for s in d.sections}
    problems = []
    for quote in all_quotes(facts):
        text = sections.get((quote.doc, quote.section))
        if text is None:
            problems.append(f"{path}: no section {quote.section!r} in article {quote.doc!r}")
        elif quote.quote not in text:
            problems.append(f"{path}: quote not found in {quote.doc} › {quote.section}: {quote.quote!r}")
    return problems


def routing_problems(bot: CareerBot) -> list[str]:
    """Examples another intent answers, and near-duplicate examples of two intents."""
    problems = []
    shaped: list[tuple[str, str, str]] = []
    for spec in bot.specs.values():
        for example in spec.examples:
            routed = bot.matcher.understand(example, correct=False).intent
            if routed != spec.name:
                problems.append(f"intent {spec.name!r}: its example {example!r} is answered by {routed!r}")
            shaped.append((spec.name, example, " ".join(bot.matcher.shaped_terms(example))))
    for i, (name, example, terms) in enumerate(shaped):
        for other, other_example, other_terms in shaped[i + 1:]:
            if other != name and fuzz.ratio(terms, other_terms) >= NEAR_DUPLICATE_EXAMPLES:
                problems.append(f"intents {name!r} and {other!r}: near-duplicate examples {example!r} and "
                                f"{other_example!r}")
    return problems


def unused_intents(folder: Path, bot: CareerBot) -> list[str]:
    """Intents left out because the pack has no facts to answer them from."""
    specs, _, _ = load_intents(bot.intents_dir if bot.intents_dir is not None else pack_intents(folder))
    return [f"intent {s.name!r} answers {s.answer!r}, but the pack has no such facts: it is not used"
            for s in specs if not answerable(s, bot.knowledge.facts)]


def keyword_problems(bot: CareerBot) -> list[str]:
    """Keywords of no words, or that a role, a level or a reference to one ("they")
    swallows before keywords are matched: write {role} or {level} there instead."""
    problems = []
    for spec in bot.specs.values():
        for keyword in spec.keywords:
            pattern = bot.matcher._pattern(keyword)
            shaped = bot.matcher.shaped_terms(keyword)
            if not pattern:
                problems.append(f"intent {spec.name!r}: keyword {keyword!r} has no words: it never matches")

            elif {ROLE_TOKEN, LEVEL_TOKEN} & set(shaped) - set(pattern) and not contains(shaped, pattern):
                seen = " ".join(shaped).replace(ROLE_TOKEN, "{role}").replace(LEVEL_TOKEN, "{level}")
                problems.append(f"intent {spec.name!r}: keyword {keyword!r} never matches: a question holding it "
                                f"is read as {seen!r} (write {{role}} or {{level}} where it names one)")
    return problems


def unreached_articles(folder: Path, bot: CareerBot) -> list[str]:
    """Articles that no question of the pack's own (intent examples, the welcome's, its
    headings') gets an answer from."""
    sections = list(dict.fromkeys(chunk.section for chunk in bot.index.chunks))
    titles = list(bot.knowledge.titles.values())
    questions = [*(e for s in bot.specs.values() for e in s.examples), *bot.info.examples,
                 *heading_questions(sections, titles)]
    cited: set[str] = set()
    for question in dict.fromkeys(questions):
        cited |= {source.doc_id for source in bot.respond(question, Context()).sources}
    return [f"{folder}: article {doc_id!r} ({title}) is in no answer to the pack's own questions"
            for doc_id, title in bot.knowledge.titles.items() if doc_id not in cited]
