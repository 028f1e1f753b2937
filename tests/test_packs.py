"""Knowledge packs (issue 11): a folder of articles on another subject answered on its own,
with nothing of the embedded ML-careers pack showing; a folder of career articles added to
the embedded pack, its facts proposed by `careerbot facts suggest` and, once reviewed, answered
from; `careerbot check`. The packs are tests/fixtures/lighthouse (a keeper's handbook: two
Markdown articles and a plain-text one, no facts, no intents) and tests/fixtures/career_office
(a polytechnic's graduate outcomes, to add)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from careerbot import CareerBot, DataFileWarning
from careerbot.checking import check_pack
from careerbot.cli import main
from careerbot.knowledge import FACTS_FILE
from careerbot.planning import Context
from careerbot.suggesting import proposals
from conftest import FIXTURES

LIGHTHOUSE = FIXTURES / "lighthouse"
CAREER_OFFICE = FIXTURES / "career_office"
# What would show the embedded pack's subject: its words, its roles, its example questions.
EMBEDDED = re.compile(r"machine|learning|career|data scien|salar|engineer|\bML\b|\bAI\b", re.IGNORECASE)
UNKNOWN_QUESTIONS = ["How much does a data scientist earn?", "What skills does a machine learning engineer need?",
                     "what is the capital of france", "tell me a joke", "Is machine learning a good career?"]


def shown(text: str) -> str:
    """An answer's own words, without the question's words it quotes back (“earn”)."""
    return re.sub(r"“[^”]*”", "", text)


@pytest.fixture(scope="module")
def keeper() -> CareerBot:
    return CareerBot(LIGHTHOUSE)


@pytest.mark.parametrize(("question", "doc", "says"), [
    ("How often should I trim the wick?", "lamp", "every four hours"),
    ("When does the supply boat come?", "supplies", "first Monday of each month"),
    ("what should I write in the logbook?", "storms", "the sea state"),
    ("How do I clean the lens?", "lamp", "soft linen cloth"),
])
def test_a_folder_of_articles_alone_is_answered_from_with_citations(keeper: CareerBot, question: str, doc: str,
                                                                      says: str) -> None:
    answer = keeper.respond(question, Context())
    assert answer.sources and answer.sources[0].doc_id == doc and says in answer.text
    assert "[1]" in answer.text and not EMBEDDED.search(answer.text + " ".join(answer.suggestions))


@pytest.mark.parametrize("question", UNKNOWN_QUESTIONS)
def test_what_the_folder_lacks_is_declined_in_neutral_words(keeper: CareerBot, question: str) -> None:
    answer = keeper.respond(question, Context())
    assert answer.intent == "out_of_scope" and not answer.sources and not answer.figures
    assert not EMBEDDED.search(shown(answer.text)), answer.text
    assert answer.suggestions and not EMBEDDED.search(" ".join(answer.suggestions))


@pytest.mark.parametrize(("question", "says"), [
    ("hello", "I'm Lighthouse"), ("who are you?", "I'm Lighthouse"), ("thanks!", "lighthouse"), ("?", "lighthouse"),
])
def test_small_talk_is_the_packs_own(keeper: CareerBot, question: str, says: str) -> None:
    answer = keeper.respond(question, Context())
    assert answer.intent == "smalltalk" and says in answer.text and not EMBEDDED.search(answer.text)


def test_no_salary_skills_or_roles_routing_without_such_facts(keeper: CareerBot, tmp_path: Path) -> None:
    assert {s.answer for s in keeper.specs.values()} == {"smalltalk", "out_of_scope", "retrieval"}
    # Even with the embedded pack's intents, the folder has no roles, salaries or skills to route to.
    pack = tmp_path / "lighthouse"
    shutil.copytree(LIGHTHOUSE, pack)
    shutil.copytree(FIXTURES.parent.parent / "corpus" / "intents", pack / "intents")
    borrowed = CareerBot(pack)
    assert not {"salary", "skills", "role_info", "roles", "comparison"} & {s.answer for s in borrowed.specs.values()}
    assert borrowed.respond("How much does a data scientist earn?", Context()).intent == "out_of_scope"


@pytest.mark.parametrize("question", ["is the harbour master nice?", "Who is the harbour master?",
                                      "what do keepers eat?", "How often should I trim the wick?"])
def test_weak_evidence_is_never_said_with_confidence(keeper: CareerBot, question: str) -> None:
    """One sentence that shares a word or two with the question is no sure answer."""
    answer = keeper.respond(question, Context())
    assert answer.intent == "out_of_scope" or answer.confidence <= 0.5


def test_the_welcome_and_examples_come_from_the_folder(keeper: CareerBot) -> None:
    info = keeper.info
    assert info.name == "Lighthouse" and "lighthouse" in info.placeholder
    assert "“Trimming the wick”" in " ".join(info.examples)
    for said in [info.welcome, info.tagline, info.placeholder, *info.examples]:
        assert not EMBEDDED.search(said), said
    for example in info.examples:  # each one offered is answered, with a source
        answer = keeper.respond(example, Context())
        assert answer.intent != "out_of_scope" and answer.sources, example


def test_a_pack_file_names_the_bot(tmp_path: Path) -> None:
    pack = tmp_path / "handbook"
    shutil.copytree(LIGHTHOUSE, pack)
    (pack / "pack.toml").write_text('name = "Keeper"\nsubject = "keeping a lighthouse"\n'
                                    'examples = ["How often should I trim the wick?"]\n', encoding="utf-8")
    bot = CareerBot(pack)
    assert bot.ask("hi").text.startswith("Hi! I'm Keeper. I answer questions about keeping a lighthouse")
    assert bot.info.examples == ["How often should I trim the wick?"]
    (pack / "pack.toml").write_text('nmae = "typo"\n', encoding="utf-8")
    with pytest.warns(DataFileWarning, match=r"pack\.toml: .*nmae"):
        assert CareerBot(pack).info.name == "Handbook"


# --- adding ------------------------------------------------------------------------------


def test_an_added_folder_is_answered_from_with_the_embedded_articles() -> None:
    bot = CareerBot(add=[CAREER_OFFICE])
    fair = bot.respond("When is the Northfield career fair?", Context())
    assert fair.sources[0].doc_id == "northfield-outcomes" and "October" in fair.text
    pay = bot.respond("How much does a data scientist earn?", Context())
    assert "$119,413" in pay.text and "$92,000" not in pay.text  # its facts are not reviewed yet
    assert bot.info.name == "careerbot"  # the pack's own presentation stands


def test_facts_proposed_and_reviewed_are_answered_with_their_source(tmp_path: Path) -> None:
    office = tmp_path / "career_office"
    shutil.copytree(CAREER_OFFICE, office)
    embedded_roles = [r.name for r in CareerBot().knowledge.facts.roles]
    proposed = proposals(office, embedded_roles)
    assert not (office / FACTS_FILE).exists()  # proposed, not saved
    quote = "Graduates of our data science program who work as data scientists in Northfield earn about $92,000 a year."
    assert 'name = "Data Scientist"' in proposed and "amount = 92000" in proposed and json.dumps(quote) in proposed
    assert json.dumps("SQL and relational databases") in proposed
    (office / FACTS_FILE).write_text(proposed, encoding="utf-8")  # the review: a person keeps them all
    assert check_pack(None, [office]) == ([], [])
    bot = CareerBot(add=[office])
    pay = bot.respond("How much does a data scientist earn?", Context())
    assert "$119,413" in pay.text and "$92,000" in pay.text and "(Northfield Polytechnic Graduate Outcomes)" in pay.text
    assert {"nexford-machine-learning-jobs", "northfield-outcomes"} <= {s.doc_id for s in pay.sources}
    skills = bot.respond("What skills do I need?", Context())
    sql = next(s for s in skills.sources if s.text == "SQL and relational databases")
    assert sql.doc_id == "northfield-outcomes" and "Strong programming skills" in skills.text
    # A role the embedded pack lacks, with its own figure, description and skills.
    pay = bot.respond("How much does a health informatics specialist earn?", Context())
    assert pay.entities.get("role") == "Health Informatics Specialist" and "$68,000" in pay.text
    assert [s.doc_id for s in pay.sources] == ["northfield-outcomes"]
    skills = bot.respond("What skills does a health informatics specialist need?", Context())
    assert skills.text.startswith("Skills for a **Health Informatics Specialist**:\n\n- HL7 and FHIR health data")
    assert 'topic = "fhir"' in proposed


def test_an_added_folders_own_intents_and_pack_file_are_said_to_be_unused(tmp_path: Path) -> None:
    office = tmp_path / "office"
    shutil.copytree(CAREER_OFFICE, office)
    (office / "intents").mkdir()
    (office / "pack.toml").write_text('name = "Northfield"\n', encoding="utf-8")
    with pytest.warns(DataFileWarning) as caught:
        bot = CareerBot(add=[office])
    unused = "an added folder brings its articles and facts.toml only; not used"
    assert [str(w.message) for w in caught] == bot.problems == [f"{office / 'intents'}: {unused}",
                                                               f"{office / 'pack.toml'}: {unused}"]
    assert bot.info.name == "careerbot"


def test_an_added_article_of_a_taken_name_is_skipped_and_said(tmp_path: Path) -> None:
    clash = tmp_path / "clash"
    clash.mkdir()
    (clash / "nexford-machine-learning-jobs.md").write_text("# Another\n\nNot the embedded one.\n", encoding="utf-8")
    with pytest.warns(DataFileWarning, match="'nexford-machine-learning-jobs' is already in the pack"):
        bot = CareerBot(add=[clash])
    assert bot.knowledge.titles["nexford-machine-learning-jobs"] == "Exciting Jobs in Machine Learning"


# --- check -------------------------------------------------------------------------------


def test_check_is_clean_on_the_embedded_pack(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 0
    assert capsys.readouterr().out.strip() == "careerbot check: 0 error(s), 0 warning(s)"


def broken_pack(folder: Path) -> Path:
    shutil.copytree(LIGHTHOUSE, folder)
    (folder / "appendix.txt").write_text("Appendix\n\n1852, 1871, 1903, 1921, 1958.\n", encoding="utf-8")
    (folder / FACTS_FILE).write_text(
        '[[roles]]\nname = "Keeper"\ndescriptions = [{ doc = "lamp", section = "Lighting up", '
        'quote = "The keeper lights the lamp." }]\n\n[[roles]]\nname = "Boatman"\n', encoding="utf-8")
    intents = folder / "intents"
    intents.mkdir()
    (intents / "lamp.toml").write_text(
        'name = "lamp"\ndescription = "The lamp."\nexamples = ["how do I trim the wick", "when is the lamp lit"]\n'
        'keywords = ["???", "wick"]\n', encoding="utf-8")
    (intents / "fog.toml").write_text(
        'name = "fog"\ndescription = "Fog."\nexamples = ["how do I trim the wicks", "when is the fog horn sounded"]\n',
        encoding="utf-8")
    return folder


def test_check_names_each_problem_of_a_broken_pack(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pack = broken_pack(tmp_path / "broken")
    assert main(["check", str(pack)]) == 1
    out = capsys.readouterr().out
    expected = [
        r"error: \S+/facts\.toml: quote not found in lamp › Lighting up: 'The keeper lights the lamp\.'",
        r"warning: \S+/facts\.toml: role 'Boatman' has no description, salary or skill",
        r"error: intent '(fog|lamp)': its example 'how do I trim the wicks?' is answered by '(lamp|fog)'",
        r"error: intents '(fog|lamp)' and '(lamp|fog)': near-duplicate examples",
        r"warning: intent 'lamp': keyword '\?\?\?' has no words: it never matches",
        r"warning: \S+: article 'appendix' \(Appendix\) is in no answer",
        r"careerbot check: [1-9] error\(s\), [1-9] warning\(s\)",
    ]
    for pattern in expected:
        assert re.search(pattern, out), (pattern, out)


def test_facts_suggest_prints_and_never_saves_without_review(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    office = tmp_path / "office"
    shutil.copytree(CAREER_OFFICE, office)
    assert main(["facts", "suggest", str(office)]) == 0
    assert "amount = 92000" in capsys.readouterr().out and not (office / FACTS_FILE).exists()
    assert main(["facts", "suggest", str(office), "-o", str(office / FACTS_FILE)]) == 2
    review = tmp_path / "review.toml"
    assert main(["facts", "suggest", str(office), "-o", str(review)]) == 0
    assert "amount = 92000" in review.read_text(encoding="utf-8") and not (office / FACTS_FILE).exists()
    assert main(["facts", "suggest", str(office), "-o", str(review)]) == 2  # never over a file
    assert "review it" in capsys.readouterr().err


# --- the README's commands ---------------------------------------------------------------


def shell(script: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run lines of the README as a person would, with this venv's python and careerbot first on PATH."""
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    return subprocess.run(["bash", "-euo", "pipefail", "-c", script], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120, check=False)


def test_the_readme_copies_the_embedded_pack_out_and_an_edit_takes_effect(tmp_path: Path) -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    copy_out = re.search(r"```bash\n(cp -r .*? my-pack)\n(careerbot ask --corpus my-pack .*?)\n```", readme)
    assert copy_out, "the README's lines that copy the embedded pack out"
    done = shell("\n".join(copy_out.groups()), tmp_path)
    assert done.returncode == 0 and "$119,413" in done.stdout, done.stderr
    (tmp_path / "my-pack" / "mentoring.md").write_text(
        "# Mentoring\n\n## Finding a mentor\nThe Ada Circle pairs new analysts with a mentor for six months.\n",
        encoding="utf-8")
    done = shell("careerbot ask --corpus my-pack 'How do I find a mentor?'", tmp_path)
    assert "Ada Circle" in done.stdout and "Mentoring › Finding a mentor" in done.stdout, done.stdout + done.stderr


def test_the_readme_reviews_suggested_facts_into_an_added_folder(tmp_path: Path) -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    lines = re.findall(r"^  (careerbot (?:facts suggest|check|ask) [^#\n]*?)\s*(?:#.*)?$", readme, re.MULTILINE)
    assert [line.split()[1] for line in lines] == ["facts", "check", "ask"], lines
    shutil.copytree(CAREER_OFFICE, tmp_path / "our_articles")
    done = shell(lines[0], tmp_path)
    assert done.returncode == 0 and not (tmp_path / "our_articles" / FACTS_FILE).exists()
    shutil.copy(tmp_path / "proposals.toml", tmp_path / "our_articles" / FACTS_FILE)  # reviewed: all kept
    done = shell("\n".join(lines[1:]), tmp_path)
    assert done.returncode == 0 and "0 error(s)" in done.stdout and "$92,000" in done.stdout, done.stdout + done.stderr


def test_facts_suggest_finds_the_embedded_packs_own_salary_and_skill_facts() -> None:
    """Its facts.toml was written by hand: the proposals for its articles hold most of it."""
    import tomllib

    from careerbot.checking import read_facts
    from careerbot.pack import embedded

    written = read_facts(embedded("corpus"))
    proposed = tomllib.loads(proposals(embedded("corpus")))
    pay = {(r.name, s.amount) for r in written.roles for s in r.salaries}
    proposed_pay = {(r["name"], s["amount"]) for r in proposed["roles"] for s in r.get("salaries", [])}
    assert len(pay & proposed_pay) >= len(pay) - 1
    skills = {s.quote for r in written.roles for s in r.skills} | {s.quote for s in written.general_skills}
    proposed_skills = {s["quote"] for r in proposed["roles"] for s in r.get("skills", [])}
    proposed_skills |= {s["quote"] for s in proposed.get("general_skills", [])}
    assert len(skills & proposed_skills) >= 0.8 * len(skills)
