"""Yes/no questions get a verdict first, from the articles' own stance sentences; the
verdict table itself; declines that name the subject and offer the nearest topics."""

from __future__ import annotations

import re

import pytest

from careerbot import CareerBot
from careerbot.verdict import Stance, verdict


@pytest.mark.parametrize(("asks", "stance", "negated", "expected"), [
    ("requirement", Stance(not_required=True), False, "not_necessarily"),
    ("requirement", Stance(required=True), False, "yes"),
    ("requirement", Stance(positive=True), False, "undecided"),
    ("negative", Stance(positive=True), False, "no"),
    ("negative", Stance(caveat=True, positive=True), False, "hard_but_doable"),
    ("possible", Stance(positive=True), False, "yes"),
    ("possible", Stance(not_required=True), True, "yes"),
    ("possible", Stance(required=True), True, "not_without"),
    ("positive", Stance(not_required=True), False, "helps_not_required"),
    ("positive", Stance(), False, "undecided"),
])
def test_the_verdict_table(asks: str, stance: Stance, negated: bool, expected: str) -> None:
    assert verdict(asks, stance, negated) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(("stance", "expected"), [
    (Stance(required=True), "not_said_enough"),  # "Python is essential" says it is needed, not enough
    (Stance(positive=True), "not_said_enough"),  # "bootcamps are popular entry points"
    (Stance(positive=True, weighed=True), "yes"),  # "the best way to get a shot"
    (Stance(not_required=True), "yes"),
    (Stance(caveat=True), "hard_but_doable"),
])
def test_the_verdict_on_whether_a_thing_is_enough(stance: Stance, expected: str) -> None:
    assert verdict("possible", stance, sufficiency=True) == expected


@pytest.mark.parametrize(("stance", "personal", "usefulness", "expected"), [
    (Stance(positive=True), True, False, "leans_possible"),  # "the role is growing in prominence"
    (Stance(positive=True), False, False, "yes"),  # "can I work in agriculture?" "even agriculture has adopted"
    (Stance(positive=True, opens=True), True, False, "yes"),  # "professionals from different backgrounds"
    (Stance(required=True), False, False, "undecided"),  # "can I become one?" "programming is essential"
    (Stance(required=True), True, True, "yes"),  # "is my math useful?" "math is essential"
])
def test_the_verdict_on_whether_someone_can_get_in(stance: Stance, personal: bool, usefulness: bool,
                                                    expected: str) -> None:
    assert verdict("possible", stance, personal=personal, usefulness=usefulness) == expected


def test_praise_of_a_role_is_no_yes_to_whether_someone_with_a_background_is_hired(bot: CareerBot) -> None:
    a = bot.ask("I have an MA in philosophy and zero coding. Could I get hired as an AI ethicist?")
    assert a.text.startswith("**The articles don't say so outright, but they speak for it.**"), a.text
    assert bot.ask("can I work in agriculture with ML skills").text.startswith("**Yes.** Manufacturing")


@pytest.mark.parametrize("question", [
    "is python enough to land a job?",
    "Is a bachelors enough to get a job in ML?",
])
def test_a_thing_called_essential_is_not_said_to_be_enough(bot: CareerBot, question: str) -> None:
    a = bot.ask(question)
    assert a.text.startswith("**The articles don't say it is enough on its own.**"), a.text
    assert "essential" in a.text.split("\n")[0]


@pytest.mark.parametrize(("question", "opening", "quoted"), [
    ("do you really need a college degree to get hired in ML?", "not necessarily", "not always mandatory"),
    ("could someone land an ML job with no degree at all?", "yes", "not always mandatory"),
    ("Are computer vision specialists in demand these days?", "yes", "high demand"),
])
def test_a_yes_no_question_opens_with_its_verdict(bot: CareerBot, question: str, opening: str,
                                                  quoted: str) -> None:
    a = bot.ask(question)
    first = a.text.split("\n")[0]
    assert first.lower().lstrip("*").startswith(opening) and quoted in first
    assert "[1]" in first and a.sources


def test_no_verdict_on_what_the_articles_never_address(bot: CareerBot) -> None:
    a = bot.ask("Is working as a data analyst stressful?")
    assert "stressful" in a.text.split("\n")[0]
    assert not a.text.startswith(("**Yes", "**No"))


def test_a_how_to_question_about_a_role_gets_the_way_in(bot: CareerBot) -> None:
    a = bot.ask("I'd love to become an NLP engineer. What's the best way to get there?")
    assert a.intent == "how_to_start" and "$" not in a.text


def test_a_quantity_that_is_not_money_gets_no_salary(bot: CareerBot) -> None:
    a = bot.ask("how much programming does a data analyst do?")
    assert a.intent != "salary" and "$" not in a.text


def test_two_roles_without_a_comparison_are_not_compared(bot: CareerBot) -> None:
    a = bot.ask("As a junior data analyst turned data engineer, how do I build my portfolio?")
    assert a.intent != "comparison" and "earns more" not in a.text


def test_a_decline_names_the_subject_and_offers_the_nearest_topics(bot: CareerBot) -> None:
    a = bot.ask("Which data science jobs come with a visa sponsorship?")
    assert a.intent == "out_of_scope"
    assert "sponsorship" in a.text or "visa" in a.text
    assert "I can only answer" not in a.text  # a career question is not off-topic
    assert "nearest topics" in a.text


def test_a_decline_on_a_job_search_subject_offers_the_topic_the_pack_names_nearest(bot: CareerBot) -> None:
    a = bot.ask("how do I get a referral for a machine learning job?")
    assert a.intent == "out_of_scope" and "“referral”" in a.text, a.text
    assert a.text.index("**Network network network**") < a.text.index("You could ask")
    assert a.suggestions[0] == "How do I build a network in machine learning?"
    bot.reset()
    # A career question though it names no word of the field: not called off-topic.
    a = bot.ask("any tips for my resume?")
    assert a.intent == "out_of_scope" and "I can only answer" not in a.text, a.text
    assert a.suggestions[0] == "What should a machine learning portfolio show?"


def test_the_questions_a_decline_offers_for_a_nearby_subject_are_answered(shared_bot: CareerBot) -> None:
    asks = {topic.ask for topic in shared_bot.vocabulary.nearby.values()}
    assert asks
    for ask in sorted(asks):
        shared_bot.reset()
        a = shared_bot.ask(ask)
        assert a.intent != "out_of_scope" and "don't cover" not in a.text and a.sources, (ask, a.text)


def test_a_how_to_names_the_doing_the_articles_lack_though_it_is_a_common_word(bot: CareerBot) -> None:
    a = bot.ask("how do i negotiate my first data scientist offer?")
    assert a.text.startswith("_The articles say nothing about “negotiate”"), a.text
    bot.reset()
    # "how do I become one?" asks of what they cover.
    assert "say nothing about" not in bot.ask("how do I become a data scientist?").text


def test_an_off_topic_question_is_declined_as_off_topic(bot: CareerBot) -> None:
    a = bot.ask("how do I bake sourdough bread")
    assert a.intent == "out_of_scope" and "I can only answer" in a.text and "sourdough" in a.text


def test_a_predicate_the_articles_lack_is_disclosed_and_the_nearest_section_given(bot: CareerBot) -> None:
    a = bot.ask("Is working in machine learning stressful?")
    assert a.intent == "challenges"
    assert "stressful" in a.text.split("\n")[0] and not a.text.startswith(("**Yes", "**No"))
    # What the articles do say of the hard parts, not sentences that merely share the subject.
    assert a.sources and all("Challenges" in s.section for s in a.sources)


def test_a_common_verb_the_articles_lack_is_not_called_a_gap(bot: CareerBot) -> None:
    a = bot.ask("can you land a data job with no degree?")
    assert "“land”" not in a.text


def test_a_requirement_question_is_answered_from_the_skill_facts(bot: CareerBot) -> None:
    a = bot.ask("is SQL mandatory for a data engineer?")
    first = a.text.split("\n")[0]
    assert first.startswith("**Yes") or first.startswith("**Not")
    assert "SQL" in a.text


def test_a_lack_stated_in_the_background_turns_the_question_around(bot: CareerBot) -> None:
    a = bot.ask("My friend has never written any code. Could she work in machine learning?")
    # Told before the question, the lack is one to make up.
    assert a.text.startswith("**Not without learning it") and "programming" in a.text.split("\n")[0]
    # Asked in the question itself, it is a plain "no".
    assert bot.ask("could someone work in machine learning without ever writing code?").text.startswith(
        "**No, not without it")


def test_no_pay_figure_in_an_answer_that_did_not_ask_pay(bot: CareerBot) -> None:
    for question in ("Can someone who cannot code become a data scientist?", "is data analysis a stable job?"):
        a = bot.ask(question)
        assert "$" not in a.text, question


def test_an_article_talking_about_itself_never_answers(bot: CareerBot) -> None:
    for question in ("Is data science a good career?", "what ML jobs can I aim for?"):
        assert "explore the Top 5" not in bot.ask(question).text, question


def test_saturation_is_said_to_be_not_covered_not_decided(bot: CareerBot) -> None:
    a = bot.ask("Is the data engineering job market oversaturated?")
    assert a.text.startswith("_The articles say nothing about “oversaturated”")
    assert not a.text.startswith("**No")


def test_the_verdict_answers_the_first_alternative_and_the_other_is_disclosed_after(bot: CareerBot) -> None:
    a = bot.ask("Is machine learning a promising field, or is it too competitive now?")
    assert a.text.startswith("**Yes")
    assert "_The articles say nothing about “too competitive”" in a.text


def test_enough_asks_whether_it_makes_the_way_not_whether_it_is_required(bot: CareerBot) -> None:
    a = bot.ask("Is a bachelor's degree enough to get a machine learning job?")
    assert not a.text.startswith("**It helps, but it is not always required")
    # Nor "Yes" on "advanced degrees ... are preferred or even essential": that speaks of more.
    assert a.text.startswith("**The articles don't say it is enough on its own.** Often, advanced degrees")


def test_a_question_about_skills_is_decided_on_the_skills_whoever_asks(bot: CareerBot) -> None:
    a = bot.ask("I have a bachelors in economics. Is SQL enough or do I also need Python?")
    first = a.text.split("\n\n")[0]
    assert "Python" in first  # the verdict's sentence is on the skills asked
    assert "different backgrounds" in a.text  # and the background is met after it


def test_a_sentence_announcing_a_list_is_never_an_answer(bot: CareerBot) -> None:
    a = bot.ask("Is machine learning a good career for physicists?")
    assert "There are several" not in a.text and "Here are" not in a.text


def test_yes_without_it_is_followed_by_what_else_counts(bot: CareerBot) -> None:
    a = bot.ask("can you become a data scientist without a degree?")
    assert a.text.startswith("**Yes")
    assert "still the best way" not in a.text  # not the sentence that argues against the verdict


def test_pay_compared_across_levels_is_the_levels(bot: CareerBot) -> None:
    a = bot.ask("do seniors in ML really earn that much more than juniors?")
    assert a.intent == "salary"
    assert "$170,000" in a.text and "$80,000" in a.text and "| Role |" not in a.text


def test_a_requirement_named_as_one_of_several_options_is_not_a_plain_yes(bot: CareerBot) -> None:
    a = bot.ask("Is Java mandatory for a machine learning engineer?")
    assert a.text.startswith("**Not necessarily: the articles name it as one of several options")
    assert "Python, R, or Java" in a.text
    # Asked of both sides of "Hadoop or Spark", the articles name no other option: a need.
    assert bot.ask("Do I need to learn spark/hadoop for data engineering?").text.startswith("**Yes.** Experience")


def test_not_without_it_is_followed_by_the_step_that_learns_it(bot: CareerBot) -> None:
    a = bot.ask("She has never written code. Could she still get a machine learning job?")
    assert a.text.startswith("**Not without learning it")
    assert "Start small by learning Python" in a.text


def test_a_weighed_thing_is_decided_only_by_a_stance_on_it(bot: CareerBot) -> None:
    a = bot.ask("is an MBA worth it if I want to move into managing ML products?")
    assert a.text.startswith("_The articles don't answer that directly")
    assert "MBA" in a.text
    bot.reset()
    a = bot.ask("is a bootcamp worth it for getting into ML?")
    assert "bootcamps" in a.text.split("\n")[0]


def test_something_named_only_in_passing_is_not_decided_by_its_field(bot: CareerBot) -> None:
    """The articles name an MBA once, in a course list: "advanced degrees are preferred" is no
    verdict on it."""
    a = bot.ask("would an MBA help me get an AI job?")
    assert not a.text.startswith("**Yes")
    assert "MBA" in a.text


def test_a_sentence_that_says_jobs_include_it_is_a_yes(bot: CareerBot) -> None:
    a = bot.ask("do machine learning jobs pay bonuses?")
    assert a.text.startswith("**Yes.**") and "bonuses, stock options" in a.text.split("\n")[0]
    assert "| Role |" not in a.text


def test_should_i_pick_one_of_two_things_is_both_sides_not_a_yes(bot: CareerBot) -> None:
    a = bot.ask("should I go for a bootcamp or an online course?")
    assert not a.text.startswith("**")  # no verdict: two options are weighed
    assert "Online courses, bootcamps" in a.text and "don't say which" in a.text


def test_which_comes_first_is_met_by_the_first_step(bot: CareerBot) -> None:
    a = bot.ask("R or Python, which one do I begin with?")
    assert a.text.startswith("**Python**, going by the first step the articles give: Start small by learning Python")
    assert "don't say which" not in a.text



def test_a_lack_in_the_background_is_met_by_what_the_articles_say_it_takes(bot: CareerBot) -> None:
    a = bot.ask("I'm a pharmacist with zero programming experience. Is finance ML realistic for me?")
    assert "What you say you lack, the articles call needed: Strong programming skills are essential" in a.text
    assert "Start small by learning Python" in a.text


def test_a_verdict_on_a_threat_the_articles_never_name_says_what_it_rests_on(bot: CareerBot) -> None:
    a = bot.ask("is machine learning going to be replaced by AI tools soon?")
    assert "say nothing about “replaced” as such" in a.text


def test_two_levels_set_side_by_side_are_ruled_on_first(bot: CareerBot) -> None:
    a = bot.ask("are mid-level ML salaries much higher than entry-level ones?")
    assert a.text.startswith("On these figures, the mid level pays $120,000 – $160,000")


def test_a_sentence_of_the_intents_own_section_on_the_thing_asked_says_it_is_so(bot: CareerBot) -> None:
    """"Do banks hire ML people?": the industries section's sentence on finance is the yes,
    and no stance on degrees turns it into "it helps"."""
    a = bot.ask("do finance companies actually hire machine learning people?")
    assert a.text.startswith("**Yes.** Financial institutions rely on it")


def test_neural_networks_are_not_networking(bot: CareerBot) -> None:
    a = bot.ask("is networking important for getting an ML job?")
    assert "neural networks" not in a.text and "Networking" in a.text


def test_favour_alone_does_not_say_a_thing_is_worth_it(bot: CareerBot) -> None:
    """"Bootcamps are popular entry points" speaks for them; it does not weigh their worth."""
    bot.reset()
    a = bot.ask("are coding bootcamps worth the money?")
    assert a.text.startswith("**The articles don't weigh its worth, but they speak for it.**")
    assert "bootcamps" in a.text.split("\n")[0]
    bot.reset()
    assert bot.ask("is ML a good career?").text.startswith("**Yes.**")  # "extremely promising" weighs it
    bot.reset()
    assert bot.ask("do banks hire ML people?").text.startswith("**Yes.**")  # no path weighed: favour is a yes


def test_a_worry_is_answered_by_the_sentence_that_answers_it(bot: CareerBot) -> None:
    """"Too late?" is answered by "now is an excellent time", though it shares no word with it;
    "how hard is it?" by "far from easy ... doable", and with no note that a figure is missing."""
    bot.reset()
    late = bot.ask("is it too late to get into machine learning in 2026?")
    assert late.text.startswith("**No.** With demand increasing across industries, now is an excellent time")
    bot.reset()
    hard = bot.ask("how difficult is machine learning to learn?")
    assert hard.text.startswith("**It is demanding, but doable.** While far from easy")
    bot.reset()
    replaced = bot.ask("will automation make ML engineers obsolete?")
    assert replaced.text.startswith("**No")
    assert "expand opportunities" in replaced.text.split("\n")[0] or "highly valuable" in replaced.text.split("\n")[0]


def test_is_it_only_a_big_tech_thing_is_answered_by_its_reach(bot: CareerBot) -> None:
    bot.reset()
    a = bot.ask("are machine learning jobs only in big tech companies?")
    assert a.text.startswith("**No.**")
    assert "no longer limited" in a.text.split("\n")[0] or "moved beyond" in a.text.split("\n")[0]


def test_an_either_or_verdict_rests_on_its_first_alternative(bot: CareerBot) -> None:
    """"Is networking important, or can I just send out CVs?": the second alternative's words
    need not be held for the first to be decided."""
    bot.reset()
    a = bot.ask("is networking that important for an ML job, or can I just mass apply with my CV?")
    # The verdict says which of the two it answers.
    assert a.text.startswith("**Yes, to “is networking that important for an ML job”.**"), a.text
    assert "Networking" in a.text.split("\n")[0]


def test_a_saturation_worry_is_met_with_what_they_say_of_demand_not_a_verdict(bot: CareerBot) -> None:
    # The articles never speak of saturation or applicant numbers: no "Yes"/"No" on it, but
    # what they say of demand, and the gap named.
    for question in ("is the ML engineer job market oversaturated these days?",
                     "are there too many people chasing data analyst jobs?"):
        a = bot.ask(question)
        first = a.text.split("\n")[0]
        assert not first.startswith(("**Yes", "**No")), question
        assert "say nothing about" in first, question
        assert "demand for skilled professionals" in a.text or "consistently expanded" in a.text, question


def test_a_need_is_decided_only_by_a_sentence_that_names_what_is_needed(bot: CareerBot) -> None:
    # "Strong programming skills are essential" says nothing of deep learning.
    a = bot.ask("Will deep learning skills soon become essential for data science professions?")
    assert not a.text.startswith(("**Yes", "**No")), a.text
    assert "deep learning" in a.text.lower().split("\n\n", 2)[1]  # what they say of it comes first
    # Where the sentence names it, the need is decided.
    b = bot.ask("Is Python mandatory for machine learning engineers?")
    assert b.text.startswith("**") and "Python" in b.text.split("\n")[0]


@pytest.mark.parametrize("question", [
    "I'd like to move into data science. Do I have to switch to Python or is R fine?",
    "do I need to learn Java or is Python ok for ML engineering?",
    "Is SQL required or is Excel fine for a data analyst?",
])
def test_a_verdict_is_never_shown_without_its_sentence(bot: CareerBot, question: str) -> None:
    # An attempt that found nothing (the options side by side) leaves nothing behind.
    a = bot.ask(question)
    assert not re.search(r"^\*\*[^*\n]+\.\*\*\s*$", a.text, re.M), a.text


def test_a_worry_set_in_a_condition_is_answered_not_declined(bot: CareerBot) -> None:
    # "If ..., are X the first to get cut?": the form is the question's after the condition, and
    # the worry is met by what the articles say of weathering economic change.
    a = bot.ask("When a recession hits, are data analyst jobs the first to get cut?")
    assert "resilient" in a.text, a.text
    assert "don't cover" not in a.text


def test_not_necessarily_is_followed_by_what_else_leads_there(bot: CareerBot) -> None:
    a = bot.ask("is a university degree a must for getting a machine learning job?")
    assert a.text.startswith(("**Not necessarily", "**It helps")), a.text
    assert "can also lead to machine learning roles" in a.text


def test_a_verdict_of_the_field_for_a_role_says_what_the_role_is(bot: CareerBot) -> None:
    # The articles take no stance on MLOps itself: the field's, so labelled, and the role's own
    # description beside it; "direction" is how a path is named, not a subject they lack.
    a = bot.ask("is MLOps engineering a direction with a future?")
    last = a.text.strip().split("\n")[-1]
    assert "in general" in last and "MLOps Engineer" in last
    assert "deployment, monitoring, and maintenance" in a.text
    assert "direction" not in a.entities.get("not_covered", "")


def test_a_saturation_question_alone_is_answered_not_declined(bot: CareerBot) -> None:
    a = bot.ask("is the data science field oversaturated?")
    assert "say nothing about" in a.text.split("\n")[0]
    assert "demand for skilled professionals" in a.text


def test_enough_of_a_skill_listed_beside_others_is_not_a_plain_yes(bot: CareerBot) -> None:
    # "Experience with libraries like TensorFlow, PyTorch, or Scikit-learn": one of several.
    a = bot.ask("is knowing scikit-learn enough to get hired as an ML engineer?")
    assert a.text.startswith("**The articles name it as one of several options; they don't say it is enough"), a.text
    # Nor "No, not without it" when the person says they never used the others.
    a = bot.ask("Is scikit-learn enough to get hired? All I used at uni was sklearn, I've never touched pytorch.")
    assert a.text.startswith("**The articles name it as one of several options; they don't say it is enough"), a.text


def test_do_they_is_decided_by_what_the_roles_own_section_says_they_do(bot: CareerBot) -> None:
    a = bot.ask("do ML researchers actually publish papers?")
    assert a.text.startswith("**Yes.**") and "publish their findings" in a.text.split("\n")[0]
    # A role whose section says nothing of it gets no such "Yes".
    b = bot.ask("do data analysts publish papers?")
    assert not b.text.startswith("**Yes.**")


def test_a_question_asking_for_peoples_experience_gets_no_verdict(bot: CareerBot) -> None:
    a = bot.ask("has anyone done Nexford's MBA with the advanced AI specialization?")
    assert a.text.startswith("_The articles don't tell of anyone's own experience; this is what they do say._")
    assert "MBA with a Specialization in Advanced AI" in a.text and "**Yes" not in a.text


def test_plain_words_of_a_worry_or_a_condition_are_not_named_as_gaps(bot: CareerBot) -> None:
    # The articles answer "a dead end?" and "too late?" in their words; a condition's ordinary
    # words ("tanks") are how it is put.
    a = bot.ask("is MLOps a direction with a future or a dead end?")
    assert "“dead”" not in a.text and "“dead end”" not in a.text
    a = bot.ask("If the economy tanks, are ML jobs the first to get cut?")
    assert "“tanks”" not in a.text and "resilient" in a.text
    # "Replace" is a claim they never make: the verdict says what it rests on.
    assert "“replace”" in bot.ask("will AI replace ML engineers?").text


def test_where_someone_comes_from_supports_can_i_get_in_not_do_i_need(bot: CareerBot) -> None:
    welcome = "professionals from different backgrounds to enter"
    assert welcome not in bot.ask("Do I actually need calculus for ML? I'm a 30 year old accountant.").text
    assert welcome in bot.ask("I'm a 30 year old accountant. Could I get a job in machine learning?").text


def test_a_need_is_decided_though_what_it_is_needed_for_is_not_covered(bot: CareerBot) -> None:
    a = bot.ask("do I need a master's degree to get a callback from recruiters?")
    assert a.text.startswith("**Not necessarily."), a.text
    assert "“callback”" in a.text  # and what they lack is still said, after the verdict
    assert a.text.index("“callback”") > a.text.index("not always mandatory")


@pytest.mark.parametrize("question", [
    "is it worth getting into data science?",
    "is it worth studying data science in 2026?",
])
def test_the_worth_of_a_field_is_decided_on_the_outlook(bot: CareerBot, question: str) -> None:
    a = bot.ask(question)
    assert a.text.startswith("**Yes"), a.text
    assert "extremely promising" in a.text or "continue to grow" in a.text, a.text


@pytest.mark.parametrize("question", ["are data analyst jobs drying up?", "is hiring for NLP engineers slowing down?"])
def test_a_falling_demand_is_answered_by_the_outlook_without_a_note(bot: CareerBot, question: str) -> None:
    a = bot.ask(question)
    assert a.text.startswith("**No."), a.text
    assert "say nothing about" not in a.text, a.text


def test_the_learning_of_a_thing_asked_to_be_needed_is_not_the_thing(bot: CareerBot) -> None:
    a = bot.ask("Do I have to learn C++ if I want to go into computer vision?")
    assert a.text.startswith("**Not necessarily: the articles name it as one of several options."), a.text
    bot.reset()
    # ... but "learning" of "deep learning" is the thing itself: no sentence names it needed.
    a = bot.ask("will deep learning skills soon become essential for data scientists?")
    assert not a.text.startswith("**Yes"), a.text


def test_should_you_weighs_as_should_i_does(bot: CareerBot) -> None:
    # Asked of anyone, a degree is weighed on both the articles' sides, not a flat yes.
    a = bot.ask("should you get a masters for a career in ML?")
    assert a.text.startswith("**It helps, but it is not always required."), a.text


def test_a_part_of_the_work_is_a_yes_to_whether_one_has_to_do_it(bot: CareerBot) -> None:
    a = bot.ask("do data scientists have to do much documentation?")
    assert a.text.startswith("**Yes.**") and "Documentation and paperwork" in a.text, a.text


def test_a_yes_or_no_to_two_ways_says_which_it_answers(bot: CareerBot) -> None:
    a = bot.ask("can I teach myself data science, or do I need to go back to university?")
    assert a.text.startswith("**Yes, to “can I teach myself data science”.**"), a.text
    bot.reset()
    # One way asked: a plain verdict, on learning alone in the articles' words ("online courses").
    a = bot.ask("can I teach myself data science?")
    assert a.text.startswith("**Yes.** Online courses, bootcamps, and hands-on projects"), a.text


def test_a_declines_nearest_topics_come_from_the_topic_words_not_everyday_ones(bot: CareerBot) -> None:
    # "week", "usually", "work" are how it is asked; "engineers" is what it is about.
    a = bot.ask("how many hours a week do machine learning engineers usually work?")
    assert a.intent == "out_of_scope" and "**Machine Learning Engineer**" in a.text, a.text


def test_a_thing_no_intent_knows_but_named_in_passing_is_answered_from_those_sentences(bot: CareerBot) -> None:
    a = bot.ask("real talk: how much report writing / documentation is in ML work? i love coding, not docs")
    assert a.intent != "out_of_scope" and "Documentation and paperwork also play a major role" in a.text, a.text
    bot.reset()
    # Not when it asks of something they lack: the sentence would only pass over it.
    assert bot.ask("is a gaming laptop with paperwork software enough for ML work?").intent == "out_of_scope"


@pytest.mark.parametrize("question", [
    "my cousin says u cant land a data science job without a masters, is that true?",
    "Is it true that nobody gets hired in machine learning without a degree?",
])
def test_a_claim_that_a_thing_cannot_be_done_without_is_a_claim_that_it_is_required(
        bot: CareerBot, question: str) -> None:
    # Denied and done without cancel out: the claim is "a degree is required", which the
    # articles' "helpful but not always mandatory" answers with "not necessarily", never "yes".
    text = bot.ask(question).text
    assert text.startswith("**Not necessarily.**"), text



def test_a_plain_yes_no_is_decided_by_a_sentence_naming_what_it_asks(bot: CareerBot) -> None:
    # "The future is promising" says nothing of specialization; the sentence that does decides.
    text = bot.ask("is machine learning work heading toward more specialization?").text
    assert text.startswith("**Yes.** Experts predict") and "greater specialization" in text.split("\n")[0], text
    text = bot.ask("does agriculture use machine learning?").text
    assert text.startswith("**Yes.**") and "agriculture" in text.split("\n")[0], text


@pytest.mark.parametrize("question", ["are ML roles only at big tech firms?", "is the pay in ML just a base salary?",
                                      "is machine learning only for big tech?"])
def test_a_restricted_claim_is_not_affirmed_by_a_sentence_that_it_holds(bot: CareerBot, question: str) -> None:
    assert not bot.ask(question).text.startswith(("**Yes", "**The articles don't weigh")), question


def test_a_yes_no_on_what_the_articles_touch_nowhere_is_declined_not_met_with_filler(bot: CareerBot) -> None:
    a = bot.ask("is it normal for NLP engineers to work from home full time, or do companies want them on site?")
    assert a.text.startswith("The articles don't cover “work from home”") and "[1]" not in a.text, a.text
    # A post's next question is answered all the same.
    b = bot.ask("do ML teams sponsor visas for foreign hires? and what skills do they look for?")
    assert b.text.startswith("_The articles don't cover your first question") and "answers the next" in b.text, b.text
    assert "Strong programming skills" in b.text, b.text


def test_one_of_several_options_is_followed_by_where_the_articles_call_it_essential(bot: CareerBot) -> None:
    text = bot.ask("do data engineers have to know python?").text
    # The lead says both sides: an option in the list, stressed elsewhere.
    assert text.startswith("**Not strictly: the articles name it as one of several options, though elsewhere "
                           "they stress it.**"), text
    assert "programming skills are essential, particularly in languages such as Python" in text, text
    assert "Start small by learning Python" in text  # the step of their way in that learns it


def test_can_i_get_in_at_a_level_is_decided_by_what_the_articles_say_of_that_level(bot: CareerBot) -> None:
    text = bot.ask("realistically can a junior with zero work experience break into ML?").text
    assert text.startswith("**It is demanding, but doable.** While far from easy"), text
    assert "internships" in text, text


def test_a_form_of_an_everyday_word_is_never_named_as_a_subject_the_articles_lack(bot: CareerBot) -> None:
    text = bot.ask("will there still be ML jobs when my son finishes school?").text
    assert "“finishes”" not in text, text


@pytest.mark.parametrize("question", [
    # "a CS degree": the sentence on the degree decides it, not the one on backgrounds in general,
    "I'm 40 and have been a chef for 15 years, no degree at all. Will employers even look at me without a CS degree?",
    # ... and it is found though the question's other words find other sentences,
    "I dropped out of college, so no degree. would anyone hire me for ML without a computer science degree?",
    # ... and though a role is named.
    "just a philosophy BA. could I still get hired as a data analyst without a CS degree?",
])
def test_the_verdict_rests_on_the_sentence_on_the_thing_done_without(bot: CareerBot, question: str) -> None:
    a = bot.ask(question)
    assert a.text.startswith("**Yes.** A formal degree is helpful but not always mandatory."), a.text


def test_a_how_to_on_pay_names_the_doing_the_articles_lack(bot: CareerBot) -> None:
    a = bot.ask("how should I negotiate salary for my first ML engineer job?")
    assert a.text.startswith("_The articles say nothing about “negotiate”"), a.text
    assert "$145,688" in a.text  # what they do say of the pay, after


def test_an_interjection_is_no_subject_the_articles_lack(bot: CareerBot) -> None:
    a = bot.ask("yo whats a deep learning engineer lol")
    assert a.text.startswith("**Deep Learning Engineer**"), a.text


def test_one_of_a_roles_options_then_the_rest_of_its_list_to_one_who_said_what_they_know(bot: CareerBot) -> None:
    a = bot.ask("I only know Python so far. Do I have to learn C++ to become a computer vision engineer?")
    assert a.text.startswith("**Not necessarily"), a.text
    assert "The rest of the Computer Vision Engineer / Specialist's own list: " in a.text and "OpenCV" in a.text
    bot.reset()
    assert "The rest of" not in bot.ask("Is Python mandatory for a machine learning engineer?").text


def test_a_subject_they_lack_as_a_condition_does_not_hide_the_verdict_on_doing_without(bot: CareerBot) -> None:
    a = bot.ask("can I get an ML job with no degree if my github is really strong?")
    assert a.text.startswith("**Yes.** A formal degree is helpful but not always mandatory."), a.text
    assert "“github”" in a.text and "can also lead to machine learning roles" in a.text
    bot.reset()
    # Not when that subject is the very thing asked to be needed.
    assert not bot.ask("do i need docker to get an MLOps job?").text.startswith("**Yes")


def test_a_doubt_as_the_second_alternative_brings_no_sentence_of_its_words_nor_an_echoed_figure(
        bot: CareerBot) -> None:
    a = bot.ask("can senior ML people make over 200k, or is that just a reddit myth?")
    assert "Reddit" not in a.text and "200k" not in a.text, a.text  # the doubt's words; the asker's figure


@pytest.mark.parametrize("question", [
    "I teach chemistry. Does my chemistry background help at all, or do companies only hire CS grads?",
    "is a statistics degree useful for ML or do employers just want software engineers?",
])
def test_a_second_question_that_restricts_a_claim_doubts_the_first_and_weighs_no_options(
        bot: CareerBot, question: str) -> None:
    bot.reset()
    a = bot.ask(question)
    assert a.text.startswith(("**Yes", "**It helps")), a.text  # a verdict on the first, not two options side by side
    assert "“only" not in a.text and "“just" not in a.text and "_The articles don't say which" not in a.text, a.text


def test_a_field_wide_verdict_on_a_role_with_no_list_of_its_own_is_followed_by_what_that_role_does(
        bot: CareerBot) -> None:
    bot.reset()
    bot.ask("what does an ML product manager do?")
    a = bot.ask("do they need to code?")
    assert "they don't say it of the Machine Learning Product Manager in particular" in a.text, a.text
    assert "Of what the Machine Learning Product Manager does, they say: Product managers oversee" in a.text
    assert "need a human to program them" not in a.text  # more of the field's words is no answer for the role
    bot.reset()
    # A role with a list of its own is answered from it, with no such line.
    assert "Of what the" not in bot.ask("do ML engineers need to know python?").text


def test_a_fear_the_post_tells_beside_its_question_is_said_to_be_one_the_articles_never_name(bot: CareerBot) -> None:
    bot.reset()
    a = bot.ask("Is ML a good long-term career? It seems like these jobs could be the first to be automated away.")
    assert a.text.startswith("**Yes"), a.text
    assert "“automated away”" in a.text
    bot.reset()
    assert "automated" not in bot.ask("Is ML a good long-term career? I like maths a lot.").text


def test_the_verdict_on_the_first_of_two_ways_rests_on_a_sentence_about_the_first(bot: CareerBot) -> None:
    a = bot.ask("I'm a QA tester. Is it worth doing a masters to move into data science, or can I just teach myself?")
    verdict_line = a.text.split("\n")[0]
    assert "Master" in verdict_line and "Online courses" not in verdict_line, a.text


def test_two_things_asked_of_as_needed_that_the_articles_name_as_alternatives_get_not_necessarily(
        bot: CareerBot) -> None:
    a = bot.ask("does a deep learning engineer need C++, or is Python fine?")
    b = bot.ask("do ML researchers need C++ or can they get by with Python?")
    assert b.text.startswith("**Not necessarily: the articles ask for one or the other.** Programming experience in "
                             "Python or C++"), b.text
    assert "one or the other" not in a.text  # its list names Python alone
    bot.reset()
    assert "one or the other" not in bot.ask("should i learn tensorflow or pytorch first?").text  # an order, no need


def test_both_of_two_things_asked_for_that_a_roles_list_names_as_alternatives_are_not_both_needed(
        bot: CareerBot) -> None:
    a = bot.ask("do computer vision engineers need both Python and C++?")
    assert a.text.startswith("**Not necessarily: the articles ask for one or the other.** Strong programming skills "
                             "in Python or C++"), a.text
    bot.reset()
    # A list that names both together asks for both.
    assert bot.ask("does a deep learning engineer need both TensorFlow and PyTorch?").text.startswith("**Yes.**")
