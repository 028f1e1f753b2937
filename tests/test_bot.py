"""CareerBot's behaviour: answers, follow-ups, honesty, bad input, the API's shape."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import careerbot
from careerbot import MAX_QUESTION_CHARS, Answer, CareerBot, Source, answer
from careerbot.bot import Context
from careerbot.errors import DataFileError, DataFileWarning
from careerbot.reading import read
from conftest import FIXTURES

ALL_FIGURES = re.compile(r"\$[\d,]+")


def test_public_api_shape() -> None:
    assert set(careerbot.__all__) >= {"CareerBot", "answer", "Answer", "Source"}
    a = answer("How much does a data scientist earn?")
    assert isinstance(a, Answer) and isinstance(a.sources[0], Source)
    assert a.intent == "salary" and a.entities == {"role": "Data Scientist"}
    assert 0.0 <= a.confidence <= 1.0 and a.suggestions
    assert "$119,413" in a.text and "[1]" in a.text
    assert a.sources[0].text == "The annual salary for Data Scientists is $119,413."
    round_trip = Answer.model_validate_json(a.model_dump_json())
    assert round_trip == a
    assert json.loads(a.model_dump_json())["sources"][0]["title"] == "Exciting Jobs in Machine Learning"


def test_salary_two_figures_for_one_role(bot: CareerBot) -> None:
    a = bot.ask("salary of a machine learning engineer")
    assert "$145,688" in a.text and "$121,908" in a.text and len(a.sources) == 2


def test_salary_without_a_figure_gives_the_level_ranges(bot: CareerBot) -> None:
    a = bot.ask("How much does a data engineer make?")
    assert "no salary figure for **Data Engineer**" in a.text
    assert "$80,000 – $110,000" in a.text and "$170,000 – $220,000+" in a.text


def test_salary_overview_without_a_role(bot: CareerBot) -> None:
    a = bot.ask("what are salaries like in machine learning?")
    assert a.intent == "salary" and "| Machine Learning Engineer |" in a.text and "Entry level" in a.text
    assert len(a.text) < 2000


def test_skills_role_first_then_general_without_repeats(bot: CareerBot) -> None:
    a = bot.ask("what skills does a data engineer need?")
    lines = [line for line in a.text.splitlines() if line.startswith("- ")]
    assert lines[0].startswith("- Knowledge of programming languages like Python or SQL")
    assert not any("Strong programming skills are essential" in line for line in lines)  # same topic as the role's
    assert len(a.text) < 2000


def test_how_to_start_is_ordered_steps(bot: CareerBot) -> None:
    a = bot.ask("how do I get into machine learning?")
    steps = re.findall(r"^(\d)\. \*\*(.+?)\*\*", a.text, flags=re.M)
    assert [n for n, _ in steps] == ["1", "2", "3", "4", "5", "6"]
    assert steps[0][1] == "Learn Python and math basics" and "internship" in steps[-1][1].lower()


def test_specific_question_gets_the_specific_passage(bot: CareerBot) -> None:
    a = bot.ask("Are Facebook groups useful for making contacts in machine learning?")
    assert "Facebook groups" in a.text and "1." not in a.text


@pytest.mark.parametrize(
    ("turns", "expected", "intent"),
    [
        (["How much does a data scientist make?", "and a data analyst?"], "$117,260", "salary"),
        (["What does a data engineer do?", "what skills do they need?"], "SQL", "skills"),
        (["salary for ML engineers", "what about senior level?"], "$170,000", "salary"),
        (["Tell me about Machine Learning Team Leads.", "What's their pay like?"], "$133,459", "salary"),
        (["how much does a BI developer make", "how does that compare to a data analyst?"], "$117,260", "comparison"),
        (["what does an NLP engineer do?", "how much do they make?", "what skills?"], "for an NLP Engineer", "skills"),
        (["data scientist vs data analyst", "what does the second one do?"], "Data Analysts are tasked", "role_info"),
        (["What does a data analyst do?", "which industries hire them?"], "Healthcare", "industries"),
        # A table of pay lists its roles, best paid first, to pick by place.
        (["which roles pay the most?", "what does the second one do?"], "An ML Researcher focuses", "role_info"),
        (["which roles pay the most?", "how do I become the top one?"], "Machine Learning Engineer's own list",
         "how_to_start"),
        # The pay difference after the way from the role held into another: the two roles' pay.
        (["I'm a data analyst. What would I have to learn to become an ML engineer?", "and the pay difference?"],
         "against $117,260 for Data Analyst", "salary"),
        # The pay asked after the way into a role: a question of its own, on both roles' pay.
        (["I want to be a data scientist. What's the best way to do it?", "and the pay difference vs a data analyst?"],
         "against $117,260 for Data Analyst", "salary"),
        # The pay asked of "they", then of another role: the pay again.
        (["what does a data engineer do?", "and how much do they make?", "what about a data analyst?"], "$117,260",
         "salary"),
    ],
)
def test_follow_ups(bot: CareerBot, turns: list[str], expected: str, intent: str) -> None:
    for turn in turns:
        a = bot.ask(turn)
    assert expected in a.text and a.intent == intent


def test_new_topic_resets_the_role(bot: CareerBot) -> None:
    bot.ask("How much does a data scientist make?")
    a = bot.ask("How do I get started in machine learning?")
    assert a.intent == "how_to_start" and "role" not in a.entities
    assert bot.ask("what skills are needed?").entities.get("role") is None


def test_clarifies_an_ambiguous_role_and_takes_the_reply(bot: CareerBot) -> None:
    a = bot.ask("how much does a scientist make?")
    assert a.entities == {"clarify": "role"} and "Data Scientist" in a.suggestions
    b = bot.ask("the data scientist")
    assert "$119,413" in b.text and b.intent == "salary"


def test_ordinal_reply_to_a_clarification(bot: CareerBot) -> None:
    a = bot.ask("how much does a scientist make?")
    first = a.suggestions[0]
    b = bot.ask("the first one")
    assert b.entities["role"] == first


@pytest.mark.parametrize(
    "question",
    ["What's the weather in Paris?", "Give me a recipe for lasagna", "What is the salary of a plumber?",
     "who won the world cup", "How do I bake sourdough bread?"],
)
def test_out_of_scope_is_honest_and_offers_questions(bot: CareerBot, question: str) -> None:
    a = bot.ask(question)
    assert a.intent == "out_of_scope" and not a.sources
    assert 2 <= len(a.suggestions) <= 3
    assert not ALL_FIGURES.search(a.text)


def test_unlisted_role_salary_says_so_and_invents_nothing(bot: CareerBot) -> None:
    a = bot.ask("How much does a prompt engineer earn?")
    assert a.intent == "salary" and "no salary figure for **prompt engineer**" in a.text
    assert set(ALL_FIGURES.findall(a.text)) <= {"$80,000", "$110,000", "$120,000", "$160,000", "$170,000", "$220,000"}


def test_what_the_articles_do_not_cover_is_said_first(bot: CareerBot) -> None:
    a = bot.ask("What is the salary of a data scientist who knows Kubernetes?")
    assert a.text.startswith("_The articles say nothing about “kubernetes”") and "$119,413" in a.text


def test_typos_are_read_and_reported(bot: CareerBot) -> None:
    a = bot.ask("data scintist salery")
    assert "$119,413" in a.text and "“salery” as “salary”" in a.text


@pytest.mark.parametrize("question", ["", "   ", "\x00\x01", "?!"])
def test_empty_input_gets_a_prompt(bot: CareerBot, question: str) -> None:
    a = bot.ask(question)
    assert a.text.startswith("Ask me a question") and a.intent == "smalltalk"


def test_long_input_is_cut_and_says_so(bot: CareerBot) -> None:
    a = bot.ask("How much does a data scientist earn? " + "please " * 500)
    assert f"first {MAX_QUESTION_CHARS} characters" in a.text and "$119,413" in a.text


def test_control_characters_and_markup_are_ignored(bot: CareerBot) -> None:
    a = bot.ask("<b>How much</b> does a\x07 data [bold]analyst[/bold] earn?")
    assert "$117,260" in a.text and "<b>" not in a.text and "[bold]" not in a.text


@pytest.mark.parametrize("value", [None, 42, b"bytes", ["list"]])
def test_non_string_question_is_a_type_error(bot: CareerBot, value: object) -> None:
    with pytest.raises(TypeError, match="question must be a str"):
        bot.ask(value)  # type: ignore[arg-type]


def test_same_question_same_answer(shared_bot: CareerBot) -> None:
    assert answer("what does an NLP engineer do?") == answer("what does an NLP engineer do?")


def test_users_own_corpus_is_answered_by_retrieval_only() -> None:
    bot = CareerBot(corpus_dir=FIXTURES / "tiny_corpus")
    a = bot.ask("What does a greenhouse technician check every morning?")
    assert "humidity" in a.text and a.sources[0].doc_id == "gardening"
    assert all(s.title == "Careers in Gardening" for s in a.sources)
    salary = bot.ask("How much does a data scientist earn?")
    assert "119,413" not in salary.text and all(s.doc_id == "gardening" for s in salary.sources)


def test_plain_text_corpus(tmp_path: Path) -> None:
    bot = CareerBot(corpus_dir=FIXTURES / "plain_corpus")
    a = bot.ask("where do robots work?")
    assert "warehouses" in a.text and a.sources[0].title == "Working With Robots"


@pytest.mark.parametrize(("files", "problem"), [
    ({"greet.toml": 'name = "smalltalk"\nanswer = "smalltalk"\nexamples = ["hi"\n'}, r"greet\.toml: is not valid TOML"),
    ({"greet.toml": 'name = "smalltalk"\nanswer = "smalltalk"\n'}, r"greet\.toml: .*description: Field required"),
    ({"a.toml": 'name = "smalltalk"\ndescription = "x"\nanswer = "smalltalk"\nexamples = ["hi"]\n',
      "b.toml": 'name = "smalltalk"\ndescription = "x"\nanswer = "smalltalk"\nexamples = ["hi"]\n'},
     r"b\.toml: intent 'smalltalk' is already defined in a\.toml"),
])
def test_a_broken_intent_file_is_named_and_the_base_intents_stand(tmp_path: Path, files: dict[str, str],
                                                                   problem: str) -> None:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    with pytest.warns(DataFileWarning, match=problem):
        bot = CareerBot(intents_dir=tmp_path)
    assert bot.ask("hi").intent == "smalltalk"  # the base's small talk, or the first file's
    with pytest.raises(DataFileError, match=problem):
        CareerBot(intents_dir=tmp_path, strict=True)


def test_a_new_retrieval_intent_is_just_a_data_file(tmp_path: Path) -> None:
    import shutil

    from careerbot.bot import embedded

    intents = tmp_path / "intents"
    shutil.copytree(embedded("intents"), intents)
    (intents / "events.toml").write_text(
        'name = "events"\ndescription = "Conferences and expos."\nexamples = ["which events should I attend"]\n'
        'keywords = ["expo", "convention", "conference", "keynote"]\n', encoding="utf-8")
    a = CareerBot(intents_dir=intents).ask("are expos and conventions worth going to?")
    assert a.intent == "events" and "Expos and conventions" in a.text


@pytest.mark.parametrize("question", ["what are ML salaries?", "mle salary", "senior data engineer pay",
                                      "BI developer vs data analyst"])
def test_figures_for_charts_are_the_ones_in_the_text(bot: CareerBot, question: str) -> None:
    a = bot.ask(question)
    assert a.figures
    for figure in a.figures:
        assert f"${figure.low:,}" in a.text
        assert figure.high is None or f"${figure.high:,}" in a.text


def test_a_question_that_says_help_or_thanks_is_still_a_question(bot: CareerBot) -> None:
    a = bot.ask("would a PhD help me land a research job?")
    assert a.intent != "smalltalk"
    bot.reset()
    a = bot.ask("thanks, very clear answer")
    assert a.intent == "smalltalk" and "don't cover" not in a.text  # an ordinary word, not a subject


def test_the_next_question_of_a_post_is_about_the_role_it_named(bot: CareerBot) -> None:
    """"... what do they do and what should I learn?": the skills are the role's own."""
    a = bot.ask("computer vision specialist: what do they do and which skills should I pick up?")
    second = a.text.split("**“which skills should I pick up?”**")[1]
    assert "OpenCV" in second or "image" in second.lower()


def test_a_next_question_the_articles_say_no_more_on_is_said_to_be_answered_above(bot: CareerBot) -> None:
    a = bot.ask("What does an ML team lead do? Is that more of a people job?")
    assert "one at a time" not in a.text
    assert "say no more of the Machine Learning Team Lead than the above" in a.text


def test_a_verdict_then_where_to_start_gets_the_steps_without_repeating_itself(bot: CareerBot) -> None:
    a = bot.ask("I'm a chemist. Could I move into ML, and how would I begin?")
    second = a.text.split("**“how would I begin?”**")[1]
    assert "1. **Learn Python" in second
    first_sentences = {s.text for s in a.sources[:1]}
    assert not any(s in second for s in first_sentences)  # the first answer's sentence is not said again


def test_a_role_named_in_spanish_is_that_role(bot: CareerBot) -> None:
    a = bot.ask("¿Qué habilidades necesito para trabajar en visión por computadora?")
    assert "Computer Vision" in a.text and "OpenCV" in a.text


def test_become_one_points_back_at_the_role(bot: CareerBot) -> None:
    bot.ask("what does an MLOps engineer do?")
    a = bot.ask("what would I have to learn to become one?")
    assert a.entities.get("role") == "MLOps Engineer"


def test_one_rule_for_a_broken_data_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Skipped with a DataFileWarning naming it (and listed in problems); strict=True raises."""
    import shutil

    monkeypatch.setenv("CAREERBOT_CACHE_DIR", str(tmp_path / "cache"))
    intents = tmp_path / "intents"
    shutil.copytree(careerbot.bot.embedded("intents"), intents)
    (intents / "broken.toml").write_text('name = "broken"\nexamples = [\n', encoding="utf-8")
    with pytest.warns(careerbot.DataFileWarning, match="broken.toml: is not valid TOML"):
        bot = careerbot.CareerBot(intents_dir=intents)
    assert any("broken.toml" in p for p in bot.problems)
    with pytest.raises(careerbot.DataFileError) as raised:
        careerbot.CareerBot(intents_dir=intents, strict=True)
    assert raised.value.path.name == "broken.toml" and "not valid TOML" in raised.value.problem


def test_a_sentence_opened_with_like_that_asks_is_a_question_of_the_post(bot: CareerBot) -> None:
    from careerbot.reading import read

    wording, stance = bot.vocabulary.question, bot.vocabulary.stance
    reading = read("how much coding is involved in ML jobs? like am i gonna be coding all day or is it more math",
                   wording, stance)
    assert reading.rest == ["like am i gonna be coding all day or is it more math"]
    # "like" inside a sentence is no opener.
    assert read("I'd like a job in ML. what should I learn?", wording, stance).question == "what should I learn?"


def test_chat_slang_is_read_as_people_type_it(bot: CareerBot) -> None:
    # "wat" opens a question, "or nah" ends a yes/no, "lowkey" is no subject and "mid" alone
    # is no experience level.
    a = bot.ask("ngl BI developer jobs lowkey seem mid?? wat do they even do n is the pay decent or nah")
    assert "$101,527" in a.text
    assert "lowkey" not in a.entities.get("not_covered", "")
    assert a.entities.get("level") is None


def test_kept_filler_and_shaped_terms_are_each_questions_own(shared_bot: CareerBot) -> None:
    """The finder keeps a question's filler words and the matcher its shaped terms: another
    question gets its own, and a caller that changes what it got changes nothing after."""
    plans = []
    for question in ("what is the right way to get into data science?", "how much does a data analyst earn?"):
        reading = read(question, shared_bot.vocabulary.question, shared_bot.vocabulary.stance)
        plans.append(shared_bot.planner.plan(shared_bot.planner.understand(reading, "en"), Context()))
    first, second = (shared_bot.finder.filler(p) for p in plans)
    assert first != second
    kept = set(first)
    first.add("salary")
    assert shared_bot.finder.filler(plans[0]) == kept
    terms = shared_bot.matcher.shaped_terms("how much does a data analyst earn?")
    terms.clear()
    assert shared_bot.matcher.shaped_terms("how much does a data analyst earn?")[-2:] == ["<role>", "salary"]


def test_what_a_role_does_asked_of_no_role_takes_the_conversation_s_role() -> None:
    bot = CareerBot()
    bot.ask("tell me about data engineers")
    a = bot.ask("what would I be doing all day?")
    assert a.intent == "role_info" and "Data Engineer" in a.text
    # Asked first, it is what each role does.
    bot.reset()
    a = bot.ask("what would I be doing day to day?")
    assert a.intent != "out_of_scope" and "**Data Engineer**" in a.text and "**NLP Engineer**" in a.text


def test_an_adverb_inside_a_keyword_does_not_hide_it() -> None:
    assert answer("what does a data analyst really make?").intent == "salary"


def test_a_role_told_as_one_s_own_and_asked_about_is_still_asked_about() -> None:
    a = answer("I'm a data analyst in Berlin. What does a data analyst usually make?")
    assert "$117,260" in a.text


def test_a_doubt_in_the_background_does_not_turn_a_requirement_around() -> None:
    a = answer("I'm not sure about more years of school. Do I need a PhD to work in ML?")
    assert a.text.startswith("**Not necessarily.**"), a.text


def test_a_condition_alone_asks_the_last_question_again() -> None:
    bot = CareerBot()
    bot.ask("how much does a data scientist make?")
    a = bot.ask("and if I moved up to team lead?")
    assert a.intent == "salary" and "$133,459" in a.text, a.text


def test_a_role_with_no_figure_gets_the_figure_of_the_role_its_name_holds() -> None:
    bot = CareerBot()
    bot.ask("what does a senior software developer for machine learning do?")
    a = bot.ask("what does that pay?")
    assert "no salary figure for **Senior Software Developer for Machine Learning**" in a.text
    assert "**Software Developer (Machine Learning)**: **$106,046**" in a.text
    # Only the same role at another level: an MLOps engineer is no machine learning engineer.
    assert "$145,688" not in answer("how much does an MLOps engineer make?").text


def test_a_part_whose_own_answer_finds_more_is_not_said_to_have_no_more(bot: CareerBot) -> None:
    # Unsure of "is that a real job or just hype?", careerbot does not claim the articles say
    # nothing more of the role: its own answer finds more, so it is offered to ask on its own.
    a = bot.ask("what does an AI ethicist even do, is that a real job or just hype")
    assert "say no more of the AI Ethicist" not in a.text, a.text
    assert "is that a real job or just hype" in a.text


def test_a_follow_up_leans_on_the_role_whose_own_section_answered(bot: CareerBot) -> None:
    bot.ask("I write software for a living. What is the next step up for a software developer in ML?")
    a = bot.ask("and what does that pay?")
    assert "Senior Software Developer for Machine Learning" in a.text, a.text
    assert "| Role | Salary a year |" not in a.text  # not every role's pay


def test_a_sentence_leaning_on_its_heading_gets_it_when_shown_with_the_next(bot: CareerBot) -> None:
    a = bot.ask("what is the next step up for a software developer in ML?")
    assert "Senior Software Developers for Machine Learning: This is a step up" in a.text, a.text


def test_a_short_follow_up_no_intent_knows_asks_more_of_the_last_question(bot: CareerBot) -> None:
    bot.ask("what skills does a data engineer need?")
    a = bot.ask("which databases in particular?")
    assert a.intent != "out_of_scope" and "MySQL" in a.text, a.text
    bot.reset()
    assert bot.ask("which databases in particular?").intent == "out_of_scope"  # alone, it leans on nothing


def test_how_much_people_at_a_level_make_is_pay_at_that_level(bot: CareerBot) -> None:
    text = bot.ask("what do junior ML folks make?").text
    assert "Entry level: $80,000" in text, text


def test_which_one_after_two_roles_asked_in_turn_compares_those_two(bot: CareerBot) -> None:
    bot.ask("what does a data engineer do?")
    bot.ask("and an MLOps engineer?")
    text = bot.ask("ok which of the two would suit someone who likes deploying things?").text
    assert "**Data Engineer**" in text and "**MLOps Engineer**" in text, text
    bot.reset()
    assert "MLOps" not in bot.ask("ok which of the two would suit someone who likes deploying things?").text


def test_and_two_roles_with_a_choice_between_them_is_a_question_of_its_own(bot: CareerBot) -> None:
    bot.ask("do I need a PhD for machine learning?")
    text = bot.ask("and an ML engineer vs a data engineer, which one should I go for?").text
    assert "**Machine Learning Engineer**" in text and "**Data Engineer**" in text, text
    assert "not always mandatory" not in text, text


def test_a_later_question_opened_by_an_adverb_is_a_question_of_its_own(bot: CareerBot) -> None:
    a = bot.ask("is ML a good career? what are the hardest parts of the job? and roughly what do ml jobs pay "
                "starting out? im in the US fwiw")
    assert "**“and roughly what do ml jobs pay starting out?”**" in a.text, a.text
    assert "$80,000 – $110,000" in a.text and "“fwiw”" not in a.text  # starting out: the entry level
