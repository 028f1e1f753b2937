"""The matcher on phrasings that are not in the intents' examples."""

from __future__ import annotations

import pytest

from careerbot import CareerBot


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("what kind of paycheck do data analysts get", "salary"),
        ("Is the pay good for an MLE?", "salary"),
        ("what languages should a data engineer master", "skills"),
        ("which frameworks matter for deep learning engineers", "skills"),
        ("I want to transition into AI, where do I begin?", "how_to_start"),
        ("what do MLOps engineers actually do all day", "role_info"),
        ("what sorts of positions exist in ML", "roles"),
        ("is a bootcamp enough or do I need a masters", "education"),
        ("which sectors use ML the most", "industries"),
        ("what makes ML work difficult", "challenges"),
        ("is ML a career with prospects", "outlook"),
        ("data analyst versus bi developer", "comparison"),
        ("good morning!", "smalltalk"),
        ("cheers, that helped", "smalltalk"),
        ("I'm a carpenter. would my background help?", "how_to_start"),  # asks of what they bring
        ("do kaggle comps count as real experience?", "how_to_start"),  # contests, not compensation
        ("what's the best pizza in town", "out_of_scope"),
    ],
)
def test_intent_on_unseen_phrasings(shared_bot: CareerBot, question: str, intent: str) -> None:
    assert shared_bot.matcher.understand(question).intent == intent


@pytest.mark.parametrize(
    ("question", "role"),
    [
        ("salary of an MLE", "Machine Learning Engineer"),
        ("ds pay", "Data Scientist"),
        ("BI dev income", "Business Intelligence Developer"),
        ("what do NLP engineers do", "NLP Engineer"),
        ("skills for a CV specialist", "Computer Vision Engineer / Specialist"),
        ("MLOps engineer duties", "MLOps Engineer"),
        ("data scintist salery", "Data Scientist"),
        ("machien lerning engneer", "Machine Learning Engineer"),
        ("tools for computer vision work", "Computer Vision Engineer / Specialist"),
        ("what does a datascientist earn", "Data Scientist"),
    ],
)
def test_role_entity(shared_bot: CareerBot, question: str, role: str) -> None:
    assert shared_bot.matcher.understand(question).roles[:1] == [role]


@pytest.mark.parametrize(
    ("question", "level"),
    [("junior data scientist salary", "entry"), ("entry-level pay", "entry"), ("mid level salary", "mid"),
     ("pay for seasoned ML engineers", "senior"), ("a first job with no experience", None),
     ("senior level", "senior"), ("data scientist salary", None)],
)
def test_level_entity(shared_bot: CareerBot, question: str, level: str | None) -> None:
    assert shared_bot.matcher.understand(question).level == level


def test_senior_inside_a_role_name_is_not_a_level(shared_bot: CareerBot) -> None:
    u = shared_bot.matcher.understand("what does a senior software developer do")
    assert u.roles == ["Senior Software Developer for Machine Learning"] and u.level is None


def test_bare_head_noun_gives_candidates(shared_bot: CareerBot) -> None:
    u = shared_bot.matcher.understand("how much does a scientist make")
    assert "Data Scientist" in u.role_candidates and "AI Research Scientist" in u.role_candidates
    assert u.roles == []


def test_unknown_word_before_a_head_noun_is_an_unlisted_role(shared_bot: CareerBot) -> None:
    u = shared_bot.matcher.understand("salary of a prompt engineer")
    assert u.unlisted_role == "prompt engineer" and u.roles == []


def test_corrections_are_reported(shared_bot: CareerBot) -> None:
    u = shared_bot.matcher.understand("machine lerning engneer anual pay")
    assert u.corrections == {"lerning": "learning", "engneer": "engineer", "anual": "annual"}


def test_an_understanding_asked_again_is_its_own(shared_bot: CareerBot) -> None:
    """The matcher keeps what it made of a text: a caller that changes what it got back
    changes nothing for the next question asking the same, and the spelling and scoring
    options are kept apart."""
    question = "how much does a data scientst earn?"
    first = shared_bot.matcher.understand(question)
    expected = (first.intent, dict(first.scores), list(first.roles), list(first.content_words), dict(first.corrections))
    first.roles.append("Data Analyst")
    first.scores[first.intent] = 0.0
    first.content_words.clear()
    first.corrections.clear()
    again = shared_bot.matcher.understand(question)
    assert (again.intent, again.scores, again.roles, again.content_words, again.corrections) == expected
    assert expected[4], "the typo was corrected"
    assert not shared_bot.matcher.understand(question, correct=False).corrections
    unscored = shared_bot.matcher.understand(question, scored=False)
    assert not unscored.scores and unscored.roles == expected[2]
    assert shared_bot.matcher.understand(question).scores == expected[1]


@pytest.mark.parametrize("question", [
    "what do employers look for in a junior data engineer?",
    "what do companies actually look for when hiring ML engineers?",
])
def test_a_keyword_inside_a_longer_one_of_another_intent_counts_for_that_one(shared_bot: CareerBot,
                                                                             question: str) -> None:
    # "employers" alone is the industries' word; "employers look for" asks the skills wanted.
    assert shared_bot.matcher.understand(question).intent == "skills"


def test_the_shorter_keyword_still_counts_on_its_own(shared_bot: CareerBot) -> None:
    assert shared_bot.matcher.understand("which employers hire data scientists?").intent == "industries"


@pytest.mark.parametrize("question", [
    "what would I have to learn to do computer vision work?",
    "what do I need to learn to become a data engineer",
    "I want to be an ML engineer. what should I focus on learning next?",
])
def test_what_one_has_to_learn_asks_the_skills(shared_bot: CareerBot, question: str) -> None:
    assert shared_bot.matcher.understand(question).intent == "skills"
