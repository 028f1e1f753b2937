"""Questions that weigh whether to take a path ("should I learn ML?"): answered from the
outlook, with the challenges to weigh against it; narrower ones keep their own intent."""

from __future__ import annotations

import pytest

from careerbot import CareerBot


@pytest.fixture(scope="module")
def bot() -> CareerBot:
    return CareerBot()


def test_should_i_pursue_a_role_gets_a_verdict_and_the_other_side(bot: CareerBot) -> None:
    bot.reset()
    a = bot.ask("should i pursue a career as a data engineer?")
    assert a.intent == "outlook"
    assert a.text.startswith("**Yes")
    assert "To weigh against it:" in a.text
    assert "challenges" in a.text.split("To weigh against it:")[1]
    assert "$" not in a.text


def test_learning_the_field_is_weighed_not_answered_with_a_skills_list(bot: CareerBot) -> None:
    bot.reset()
    a = bot.ask("would you recommend that I learn artificial intelligence?")
    assert a.intent == "outlook"
    assert "Skills the articles name" not in a.text
    assert "demand" in a.text


def test_two_alternatives_are_not_answered_with_a_bare_yes(bot: CareerBot) -> None:
    bot.reset()
    a = bot.ask("Is machine learning a smart move for me, or a waste of time?")
    assert a.intent == "outlook"
    assert not a.text.startswith("**Yes.**")
    assert a.text.startswith("**The articles make a case for it")


def test_a_narrower_subject_keeps_its_own_intent(bot: CareerBot) -> None:
    bot.reset()
    assert bot.ask("Is a PhD worth it for a machine learning career?").intent == "education"
    bot.reset()
    assert bot.ask("Should I learn SQL before Python?").intent == "skills"


def test_an_option_the_articles_lack_is_named_and_the_field_still_weighed(bot: CareerBot) -> None:
    bot.reset()
    a = bot.ask("Which would you pick to study next year: machine learning or quantum computing?")
    assert a.intent == "outlook"
    assert "quantum" in a.text.split("\n\n")[0]
    assert "demand" in a.text


def test_what_should_i_learn_is_not_weighing(bot: CareerBot) -> None:
    bot.reset()
    a = bot.ask("what should i learn first for a data scientist job?")
    assert a.intent != "outlook"
    assert "To weigh against it" not in a.text


def test_options_are_found_past_the_asking_and_the_adverbs(bot: CareerBot) -> None:
    # "Is R enough or do I really need to learn Python too?" weighs R and Python, and the
    # articles name them together: no bare "Yes".
    a = bot.ask("Is Java enough or do I really need to learn Python too?")
    assert not a.text.startswith("**Yes"), a.text
    assert "Python" in a.text and "Java" in a.text


def test_a_fronted_phrase_and_a_long_reach_still_find_the_options(bot: CareerBot) -> None:
    # "For ..., is a bootcamp good enough or do I need to go back and finish a CS degree?":
    # the form is the question's after the comma; "a CS degree" is met by the sentence on
    # degrees; no bare "Yes".
    a = bot.ask("for breaking into ML, is a bootcamp good enough or do I need to go back and finish a CS degree?")
    assert not a.text.startswith("**Yes"), a.text
    assert "bootcamps" in a.text and "degrees" in a.text


def test_a_thing_weighed_is_answered_by_what_the_articles_say_of_it(bot: CareerBot) -> None:
    a = bot.ask("are conferences and expos worth going to if im still a student?")
    first = a.text.split("\n")[0]
    assert first.startswith("**Yes.**") and "conferences" in first, a.text
    assert "Expos and conventions" in a.text
    # The field's challenges are not weighed against a thing.
    assert "To weigh against it" not in a.text
    # The field itself is still weighed, with its other side.
    assert "To weigh against it" in bot.ask("is data science a good career?").text


@pytest.mark.parametrize("question", ["thoughts on ML jobs?", "so uh. ML jobs. thoughts?", "ML careers, your opinion?"])
def test_asking_for_a_view_of_the_field_is_no_subject_the_articles_lack(bot: CareerBot, question: str) -> None:
    a = bot.ask(question)
    assert a.intent != "out_of_scope" and "don't cover" not in a.text, a.text
    assert "demand" in a.text and "To weigh against it" in a.text


def test_a_choice_the_articles_do_not_rank_gets_their_first_step_when_it_names_one(bot: CareerBot) -> None:
    a = bot.ask("I'm an economist moving toward data science work. Python or R: which one should I invest in properly?")
    assert a.text.startswith("**Python**, going by the first step the articles give: Start small by learning Python")
    assert "“properly”" not in a.text  # an adverb is how they ask
    assert "don't say which of them matters more" not in a.text


def test_the_money_of_a_thing_weighed_is_that_things_question_not_pay(bot: CareerBot) -> None:
    assert bot.ask("Is a data science bootcamp worth the money?").intent == "education"
    assert bot.ask("Is moving into ML engineering worth it money-wise?").intent == "salary"


def test_an_option_of_two_words_the_articles_say_in_one_is_kept_whole(bot: CareerBot) -> None:
    a = bot.ask("do ML engineers need people skills or just coding?")
    assert "**People skills**" in a.text and "communication" in a.text, a.text
    assert "**Coding**" in a.text


def test_the_fields_worth_is_not_decided_by_one_roles_own_outlook(bot: CareerBot) -> None:
    a = bot.ask("is ML actually a stable long term career?")
    assert a.text.startswith("**Yes.**") and "Data Engineers" not in a.text, a.text


def test_should_i_aim_at_one_role_or_another_is_a_choice_between_them_not_a_yes_or_no(bot: CareerBot) -> None:
    bot.reset()
    a = bot.ask("should I go for data engineer roles or data scientist roles?")
    assert not a.text.startswith(("**Yes", "**The articles make a case")), a.text
    assert "**Data Engineer**" in a.text and "**Data Scientist**" in a.text
