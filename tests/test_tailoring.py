"""Answers shaped by who and what was asked: a role's own section, comparisons on the
dimension asked, roles the articles don't describe named as such. Questions of our own."""

from __future__ import annotations

import re

import pytest

from careerbot import MAX_QUESTION_CHARS, CareerBot


def test_a_question_about_a_role_is_answered_from_its_own_section(bot: CareerBot) -> None:
    a = bot.ask("what's the job outlook like for data engineers?")
    assert a.sources and all("Data Engineer" in s.section for s in a.sources)
    assert "$" not in a.text


def test_a_verdict_about_a_role_never_comes_from_another_roles_section(bot: CareerBot) -> None:
    a = bot.ask("are NLP engineers in demand?")
    assert not any("Machine Learning Engineer" in s.section for s in a.sources)
    # The stance comes from the role's own description ("the increasing use of chatbots").
    assert a.text.startswith("**Yes.**") and "NLP engineers" in a.text.split("\n")[0]


def test_a_verdict_drawn_from_the_field_says_so(bot: CareerBot) -> None:
    a = bot.ask("are data analysts in high demand?")
    first, last = a.text.split("\n")[0], a.text.strip().split("\n")[-1]
    assert first.startswith("**Yes.**") and "in general" not in first  # the verdict stands alone ...
    assert "in general" in last and "Data Analyst" in last  # ... and the answer ends with its scope


def test_how_two_roles_differ_is_what_they_do_not_what_they_earn(bot: CareerBot) -> None:
    a = bot.ask("how is a data engineer different from a data scientist?")
    assert a.intent == "comparison" and "$" not in a.text and not a.figures
    assert "**Data Engineer**" in a.text and "**Data Scientist**" in a.text


def test_a_comparison_on_pay_and_duties_gives_both(bot: CareerBot) -> None:
    a = bot.ask("BI developer or data analyst: what does each do, and who gets paid more?")
    assert "$117,260" in a.text and "$101,527" in a.text and "**Data Analyst** earns more" in a.text
    assert "insights" in a.text  # what the BI developer does


def test_a_sentence_naming_both_roles_leads_the_comparison(bot: CareerBot) -> None:
    a = bot.ask("in what way do data analysts and BI developers differ?")
    first = a.text.split("\n\n")[0]
    assert "Data Analyst" in first and "BI Developer" in first and not first.startswith("**")


def test_a_side_the_articles_do_not_describe_is_named(bot: CareerBot) -> None:
    a = bot.ask("blockchain engineer vs data scientist, which is the better job?")
    assert "**Blockchain Engineer**: the articles don’t cover this role." in a.text
    assert "**Data Scientist**" in a.text


def test_a_near_role_is_answered_by_the_nearest_one_and_says_so(bot: CareerBot) -> None:
    a = bot.ask("how much does a business intelligence analyst make?")
    assert a.text.startswith("_The articles describe no Business Intelligence Analyst")
    assert "Business Intelligence Developer" in a.text and "$101,527" in a.text


def test_a_comparison_follow_up_compares_on_what_was_just_asked(bot: CareerBot) -> None:
    bot.ask("what skills does a data engineer need?")
    a = bot.ask("how does that compare to a computer vision specialist?")
    assert "OpenCV" in a.text and "SQL" in a.text and "$" not in a.text


def test_a_background_gets_the_articles_sentence_on_backgrounds_and_a_verdict(bot: CareerBot) -> None:
    a = bot.ask("I studied physics at university. Could I get into machine learning?")
    first = a.text.split("\n")[0]
    assert first.startswith("**Yes") and "background" in first


def test_a_career_changer_from_an_unknown_field_is_not_refused(bot: CareerBot) -> None:
    a = bot.ask("how do I switch from carpentry to data science?")
    assert a.intent == "how_to_start"
    # Met by what the articles say of coming from elsewhere, before the steps.
    assert "different backgrounds" in a.text.split("1.")[0]


def test_a_field_the_articles_name_as_an_industry_is_met_by_what_they_say_of_it(bot: CareerBot) -> None:
    bot.reset()
    a = bot.ask("I work as a nurse. Could I move into machine learning?")
    assert a.text.startswith("**Yes")
    assert "different backgrounds" in a.text and "Healthcare" in a.text
    assert "nurse" not in a.text  # not disclosed as a gap: the articles meet it
    bot.reset()
    a = bot.ask("Can a biology graduate get a machine learning job?")
    assert "different backgrounds" in a.text and "specific domain" in a.text
    assert "graduate programs" not in a.text  # "graduate" is where they stand, not their field


def test_one_step_asked_is_answered_with_that_step(bot: CareerBot) -> None:
    a = bot.ask("how do i grow my network in ML?")
    assert "**Build a network" in a.text
    assert "internships" not in a.text and "Learn Python" not in a.text  # no other step


def test_a_goal_is_where_the_steps_lead_not_the_step(bot: CareerBot) -> None:
    """"Apply for internships" would answer "how do I land an internship?" in a circle."""
    a = bot.ask("what should I do now to land an ML internship next summer?")
    assert "Learn Python" in a.text and "Build projects" in a.text


def test_gaining_experience_is_every_step_that_gives_it(bot: CareerBot) -> None:
    """Projects give experience as internships do: both, and no other step."""
    a = bot.ask("where do newcomers pick up real experience?")
    assert "**Build projects" in a.text and "internships" in a.text
    assert "LinkedIn" not in a.text and "Learn Python" not in a.text


def test_the_way_in_at_large_gets_every_step(bot: CareerBot) -> None:
    a = bot.ask("how should I prepare for a machine learning career?")
    assert all(f"{n}. **" in a.text for n in range(1, 7))


def test_a_post_of_several_questions_answers_each_under_its_own_words(bot: CareerBot) -> None:
    a = bot.ask("What does an MLOps engineer do? Also, how much do they earn? And is a PhD needed?")
    assert a.intent == "role_info"
    pay, phd = a.text.index("**“Also, how much do they earn?”**"), a.text.index("**“And is a PhD needed?”**")
    assert a.text.index("deployment, monitoring") < pay < a.text.index("$") < phd < a.text.index("Not necessarily")
    assert "more than one question" not in a.text
    # One list of sources: the parts' citations go on from the first's, and each is a source.
    cited = [int(n) for n in re.findall(r"\[(\d+)\]", a.text)]
    assert sorted(set(cited)) == list(range(1, len(a.sources) + 1))
    assert max(int(n) for n in re.findall(r"\[(\d+)\]", a.text[:pay])) < min(
        int(n) for n in re.findall(r"\[(\d+)\]", a.text[pay:phd]))


def test_a_part_of_a_post_the_articles_do_not_cover_is_said_so(bot: CareerBot) -> None:
    a = bot.ask("What skills does a data engineer need? And do I need to know Kubernetes for it?")
    assert a.intent == "skills" and "SQL" in a.text
    assert "_The rest of your post asks about what the articles don't cover: “kubernetes”._" in a.text


def test_how_different_are_they_compares_the_roles_the_post_named(bot: CareerBot) -> None:
    a = bot.ask("I can either move up to team lead or stay technical as a senior ML engineer. "
                "which one pays more, and how different are the jobs really?")
    part = a.text[a.text.index("**“how different are the jobs really?”**"):]
    assert "**How they differ:**" in part and "manage these teams" in part
    assert "one at a time" not in a.text


def test_straight_out_of_college_asks_at_which_level_the_role_is(bot: CareerBot) -> None:
    bot.ask("what does a machine learning engineer do?")
    a = bot.ask("is that something i can get straight out of college?")
    assert "Mid to Senior" in a.text and "internships and entry-level positions" in a.text
    assert "Ph.D." not in a.text


def test_a_follow_up_after_an_interjection_asks_the_role_s_level(bot: CareerBot) -> None:
    """"ok is that entry level or senior?" after a skills question is a question of its own:
    the level the articles' table gives the role leads, not how to get a first job."""
    bot.reset()
    bot.ask("what skills does a data scientist need?")
    a = bot.ask("ok so is that an entry level job or more senior?")
    assert "**Entry to Senior**" in a.text.split("\n\n")[0], a.text
    assert "internships" not in a.text


def test_a_negation_in_the_background_does_not_turn_the_verdict(bot: CareerBot) -> None:
    """"I can't quit my job" is of the person; the question asks whether the switch is open."""
    bot.reset()
    a = bot.ask("I can't afford to quit my job. Is it realistic to switch into ML from accounting?")
    first = a.text.split("\n\n")[0]
    assert first.startswith("**Yes.**") and "different backgrounds" in first, a.text
    assert "no single path" not in first


def test_a_part_of_a_post_says_each_step_once(bot: CareerBot) -> None:
    bot.reset()
    a = bot.ask("I'm 41 and I drive a delivery van. Can I get into machine learning, and if so where do I begin?")
    steps = [line for line in a.text.split("\n") if re.match(r"\d+\. \*\*", line)]
    assert len(steps) >= 5 and all(line.count("” [") == 1 for line in steps), a.text
    # Asked alone, each step keeps its second sentence.
    bot.reset()
    alone = bot.ask("where do I begin with machine learning?")
    assert any(line.count("” [") == 2 for line in alone.text.split("\n") if re.match(r"\d+\. \*\*", line))


def test_a_part_with_a_gap_of_its_own_is_answered_and_names_the_gap(bot: CareerBot) -> None:
    a = bot.ask("What skills does a data engineer need? "
                "And is a github portfolio necessary or do certificates count more?")
    part = a.text[a.text.index("**“And is a github portfolio"):]
    assert "“github”" in part and "**Portfolio**:" in part
    # One whose only subject is the gap is not answered with whatever was found.
    a = bot.ask("What skills do data engineers need, and how much of what I already know transfers?")
    assert "**“" not in a.text and "“transfers”" in a.text


def test_a_part_does_not_repeat_what_the_first_answer_showed(bot: CareerBot) -> None:
    a = bot.ask("what should i do this year to get an ML internship? and how many projects do i need before applying?")
    first, part = a.text.split("**“and how many projects")
    shown = set(re.findall(r"\[(\d+)\]", first))
    assert shown and not shown & set(re.findall(r"\[(\d+)\]", part)), part
    # What a list item adds keeps its label.
    assert re.search(r"- \*\*[^*]+\*\*: “", part), part


def test_a_part_of_a_post_in_another_language_is_quoted_as_written(bot: CareerBot) -> None:
    a = bot.ask("Vale a pena seguir carreira como engenheiro de dados? Quais ferramentas eu preciso aprender?")
    assert "**“Quais ferramentas eu preciso aprender?”**" in a.text and "Hadoop" in a.text


def test_a_vague_first_question_is_read_with_the_rest_of_the_post(bot: CareerBot) -> None:
    a = bot.ask("Quick question? I keep reading about data engineers. What skills do they need?")
    assert a.intent == "skills" and "Data Engineer" in a.text
    assert "more than one question" not in a.text


def test_a_degree_worth_it_shows_both_sides(bot: CareerBot) -> None:
    a = bot.ask("is a computer science degree worth it for ML?")
    first = a.text.split("\n")[0]
    assert first.startswith("**It helps, but it is not always required.**")


def test_a_question_over_all_roles_does_not_inherit_the_last_role(bot: CareerBot) -> None:
    bot.ask("What does an ML engineer do?")
    a = bot.ask("which roles pay the most?")
    assert "| Role |" in a.text and "role" not in a.entities


def test_a_follow_up_keeps_the_last_questions_form_and_words(bot: CareerBot) -> None:
    bot.ask("Is a PhD needed to be a data scientist?")
    a = bot.ask("and for a data engineer?")
    assert a.entities.get("role") == "Data Engineer"
    assert a.text.startswith("**Not necessarily") and "degree" in a.text


def test_a_question_complete_in_itself_is_not_bent_to_the_last_role(bot: CareerBot) -> None:
    bot.ask("What does a data engineer do?")
    a = bot.ask("What skills matter most in machine learning?")
    assert "Data Engineer" not in a.text


def test_a_name_or_a_common_word_is_not_called_a_gap(bot: CareerBot) -> None:
    assert "“maria”" not in bot.ask("Maria, is a bootcamp certificate worth it for ML?").text
    assert "“bit”" not in bot.ask("what's a good bit of advice for a new data analyst?").text


def test_the_other_questions_of_a_post_are_quoted_as_typed(bot: CareerBot) -> None:
    a = bot.ask("What does a data engineer do? Is *SQL* enough?")
    assert "“Is \\*SQL\\* enough?”" in a.text


def test_pay_asked_for_another_country_is_labelled_as_not_for_it(bot: CareerBot) -> None:
    a = bot.ask("what would a data scientist make in Toronto?")
    assert a.text.startswith("_The articles give pay in US dollars") and "Canada" in a.text.split("\n")[0]
    assert "$119,413" in a.text
    assert "toronto" not in a.text.lower().split("\n", 1)[1]  # not called a gap as well


def test_a_question_asked_again_in_other_words_is_not_put_off(bot: CareerBot) -> None:
    a = bot.ask("Is ML a good long-term career? How good are ML careers in the long run, really?")
    assert "more than one question" not in a.text


def test_a_fragment_completes_the_question_before_it(bot: CareerBot) -> None:
    a = bot.ask("Which one pays more? Data analyst or BI developer?")
    assert "$117,260" in a.text and "$101,527" in a.text and "more than one question" not in a.text


def test_a_quantity_the_articles_do_not_give_is_said_not_given(bot: CareerBot) -> None:
    a = bot.ask("how long does it take to learn machine learning?")
    assert a.text.startswith("_The articles don't give a figure for “how long”")


def test_the_word_that_routed_a_question_is_not_called_a_gap(bot: CareerBot) -> None:
    a = bot.ask("Can I transition from physics to data science?")
    assert "“transition”" not in a.text


def test_a_field_named_in_a_long_question_is_not_asked_back_as_a_role(bot: CareerBot) -> None:
    a = bot.ask("Are salaries in AI structured like the ones in other engineering jobs at big companies?")
    assert a.entities.get("clarify") != "role"


def test_a_role_named_in_the_background_beside_an_unknown_one_is_used(bot: CareerBot) -> None:
    a = bot.ask("Civil engineer here, keen on computer vision. What skills do I need to pick up?")
    assert "Computer Vision" in a.text and "OpenCV" in a.text and a.intent == "skills"


def test_a_yes_no_the_articles_do_not_decide_says_so_before_the_list(bot: CareerBot) -> None:
    a = bot.ask("Do data analysts need to know deep learning?")
    assert a.text.startswith("_The articles don't answer that directly")


def test_a_role_picked_from_a_list_by_its_place(bot: CareerBot) -> None:
    bot.ask("Which roles exist in machine learning?")
    a = bot.ask("tell me more about the second one")
    assert a.intent == "role_info" and a.entities.get("role")


def test_and_followed_by_a_question_of_its_own_is_that_question(bot: CareerBot) -> None:
    bot.ask("How much do data engineers make?")
    a = bot.ask("and what do they do all day?")
    assert a.intent == "role_info" and a.entities.get("role") == "Data Engineer" and "$" not in a.text


def test_a_predicate_the_articles_never_decide_gets_no_verdict(bot: CareerBot) -> None:
    a = bot.ask("I'm 51. Am I too old to become a data analyst?")
    assert not a.text.startswith("**Yes") and "too old" in a.text.split("\n")[0]


def test_who_makes_more_names_the_winner(bot: CareerBot) -> None:
    a = bot.ask("who makes more, a data analyst or a data scientist?")
    assert "**Data Scientist** earns more" in a.text


def test_how_long_to_become_a_role_is_not_the_roles_card(bot: CareerBot) -> None:
    a = bot.ask("how long does it take to become a data engineer?")
    assert a.intent != "role_info" and a.text.startswith("_The articles don't give a figure for “how long”")


def test_an_uncovered_first_question_does_not_hide_a_covered_second(bot: CareerBot) -> None:
    a = bot.ask("Do ML companies offer free lunches? Also, what skills does a data engineer need?")
    assert a.intent == "skills" and "SQL" in a.text


def test_a_skills_comparison_says_how_the_lists_differ(bot: CareerBot) -> None:
    a = bot.ask("data engineer vs deep learning engineer: how do their skills differ?")
    assert "In the articles' skill lists: both name programming" in a.text
    assert "only the Data Engineer's names databases" in a.text and "$" not in a.text


def test_a_question_at_large_gets_the_intents_own_section_as_written(bot: CareerBot) -> None:
    a = bot.ask("so which industries are hiring ML people these days?")
    assert "Healthcare organizations" in a.text and "Financial institutions" in a.text
    assert all("Industries" in s.section for s in a.sources)


def test_a_role_without_skills_of_its_own_is_still_described(bot: CareerBot) -> None:
    a = bot.ask("what skills does an NLP engineer need?")
    assert a.text.startswith("**NLP Engineer**:") and "human language" in a.text
    assert "don't list skills for an NLP Engineer" in a.text


def test_who_earns_more_is_a_pay_question(bot: CareerBot) -> None:
    assert bot.ask("does a data analyst earn more than a BI developer?").intent == "salary"


def test_a_sentence_that_leans_on_the_one_before_gets_it(bot: CareerBot) -> None:
    a = bot.ask("Is data engineering a stable career?")
    assert "Every AI company needs skilled Data Engineers. They form the backbone" in a.text
    assert a.text.count("Every AI company needs skilled Data Engineers.") == 1


def test_a_description_under_its_role_name_does_not_repeat_the_name(bot: CareerBot) -> None:
    a = bot.ask("what does a data scientist do?")
    assert "Data Scientist: Data scientists" not in a.text and "Data scientists collect" in a.text


def test_the_field_one_wants_to_study_is_no_background(bot: CareerBot) -> None:
    a = bot.ask("should I get a degree in machine learning?")
    assert "In this article" not in a.text and "background" not in a.text


def test_a_post_none_of_which_is_covered_names_what_the_whole_post_lacks(bot: CareerBot) -> None:
    a = bot.ask("How do I bake bread? Which oven works best for sourdough?")
    assert a.intent == "out_of_scope" and "sourdough" in a.text.split(".")[0]


def test_a_long_post_keeps_its_last_question_and_says_it_was_cut(bot: CareerBot) -> None:
    story = "I have worked in retail for years and I am tired of it. " * (MAX_QUESTION_CHARS // 56 + 1)
    a = bot.ask(story + "How much does a data analyst earn?")
    assert "$117,260" in a.text and "its last question" in a.text


def test_a_duties_comparison_says_first_how_the_roles_differ(bot: CareerBot) -> None:
    bot.reset()
    a = bot.ask("how is an mlops engineer different from a data engineer?")
    first = a.text.split("\n\n")[0]
    assert first.startswith("**How they differ:**")
    assert "deployment, monitoring, and maintenance" in first and "manage huge datasets" in first
    assert "[1]" in first and "$" not in a.text


def test_four_roles_compared_are_all_shown(bot: CareerBot) -> None:
    bot.reset()
    a = bot.ask("difference between a data engineer, an nlp engineer, an ai ethicist and a data analyst?")
    for name in ("Data Engineer", "NLP Engineer", "AI Ethicist", "Data Analyst"):
        assert f"**{name}**" in a.text


def test_business_intelligence_alone_names_its_role(bot: CareerBot) -> None:
    bot.reset()
    a = bot.ask("data engineering or business intelligence, what's the difference in the work?")
    assert "**Business Intelligence Developer**" in a.text


def test_a_pay_question_about_one_thing_gets_the_sentence_on_it_not_the_table(bot: CareerBot) -> None:
    bot.reset()
    a = bot.ask("Do ML jobs usually come with stock options or bonuses?")
    assert "bonuses, stock options" in a.text
    assert "| Role |" not in a.text


def test_what_a_question_is_set_in_is_said_to_be_not_covered_and_the_question_answered(bot: CareerBot) -> None:
    bot.reset()
    a = bot.ask("With all the hiring freezes lately, what is the future of machine learning jobs?")
    assert a.intent == "outlook"
    assert a.text.startswith("_The articles say nothing about “freezes”")
    assert "promising" in a.text or "continue to grow" in a.text


def test_a_role_asked_at_a_level_gets_what_the_articles_say_of_it_at_that_level(bot: CareerBot) -> None:
    a = bot.ask("what does a senior computer vision engineer do?")
    card, _, level = a.text.partition("_At senior level, the articles say:_")
    assert "visual information" in card
    assert "Mid to Senior" in level and "$" not in a.text
    bot.reset()
    a = bot.ask("what does a senior ai ethicist do?")
    assert "_The articles don't describe the AI Ethicist at senior level apart from the role itself._" in a.text


def test_a_follow_up_that_changes_who_asks_is_the_last_question_for_them(bot: CareerBot) -> None:
    bot.ask("how do I get started in machine learning?")
    a = bot.ask("what if I'm already a software developer?")
    assert a.intent == "how_to_start"
    assert "experienced developer" in a.text.split("1.")[0]  # met before the steps
    assert "**Software Developer (Machine Learning)**" not in a.text  # not that role's card


def test_chat_abbreviations_are_words_not_gaps(bot: CareerBot) -> None:
    a = bot.ask("wat skills shud a data engineer have tho")
    assert "SQL" in a.text
    assert "“wat”" not in a.text and "“tho”" not in a.text and "shed" not in a.text


def test_at_which_level_a_role_is_is_answered_from_its_levels(bot: CareerBot) -> None:
    bot.ask("what does a computer vision engineer do?")
    a = bot.ask("and what level are those jobs usually, junior or senior?")
    assert "Mid to Senior" in a.text
    assert "Data Scientist" not in a.text  # another row of the same table is not about this role


def test_another_role_s_row_of_a_table_never_speaks_for_the_role_asked(bot: CareerBot) -> None:
    a = bot.ask("do nlp engineers need experience before they are hired?")
    assert "Data Scientist —" not in a.text and "Machine Learning Engineer —" not in a.text


def test_what_the_articles_never_decide_is_named_before_what_they_say_to_career_changers(bot: CareerBot) -> None:
    a = bot.ask("Is 50 too old for a career in data science?")
    assert a.text.startswith("_The articles say nothing about “too old”")
    assert "career changer" in a.text  # not a decline: the articles do speak to people starting later


def test_a_role_asked_only_what_the_articles_never_say_is_declined_with_what_they_do_say(bot: CareerBot) -> None:
    a = bot.ask("Are machine learning engineers happy in their jobs?")
    assert a.intent == "out_of_scope"
    assert a.text.startswith("The articles don't cover “happy”.")
    assert a.suggestions[0] == "How much does a Machine Learning Engineer earn?"
    bot.reset()
    a = bot.ask("what does a data scientist do day to day, and are the hours long?")
    assert a.intent != "out_of_scope" and "**Data Scientist**" in a.text  # what the role does was asked too


def test_two_things_weighed_are_shown_side_by_side(bot: CareerBot) -> None:
    a = bot.ask("is math or coding more important for ML jobs?")
    assert "**Math**:" in a.text and "**Coding**:" in a.text
    assert "linear algebra" in a.text and "programming skills are essential" in a.text
    assert "call each of them essential" in a.text
    bot.reset()
    a = bot.ask("degree or bootcamp - which gets you an ML job?")
    assert "**Degree**:" in a.text and "**Bootcamp**:" in a.text


def test_a_verdict_then_the_list_asked_in_the_same_post(bot: CareerBot) -> None:
    a = bot.ask("I'm a physics teacher. Is my math background useful for ML? What else would I need to learn?")
    assert a.text.startswith("**Yes")
    assert "**“What else would I need to learn?”**" in a.text and "programming" in a.text


def test_what_i_would_make_in_a_role_is_set_beside_the_role_i_have(bot: CareerBot) -> None:
    a = bot.ask("I'm a BI developer. How much would I make as a data engineer?")
    assert a.intent == "salary"
    assert "$101,527" in a.text  # where they stand
    assert "The articles give no salary figure" in a.text or "no salary figure" in a.text  # the DE has none


def test_a_follow_up_that_compares_sets_the_last_role_beside_the_new_one(bot: CareerBot) -> None:
    bot.ask("what does an ML team lead do?")
    a = bot.ask("and how does their pay compare to a data analyst?")
    assert "$133,459" in a.text and "$117,260" in a.text


def test_working_hours_are_what_the_articles_never_decide(bot: CareerBot) -> None:
    a = bot.ask("do ML engineers have to work long hours and weekends?")
    assert "“long hours”" in a.text.split("\n")[0] or "“weekends”" in a.text.split("\n")[0]


def test_a_fear_of_being_replaced_is_a_negative_question(bot: CareerBot) -> None:
    a = bot.ask("will AI replace data scientists soon?")
    assert not a.text.startswith("**Yes")


def test_the_person_s_own_field_leads_an_industries_answer_when_the_articles_name_it(bot: CareerBot) -> None:
    a = bot.ask("I work in logistics. Which industries hire machine learning people?")
    assert a.text.startswith("Manufacturing, logistics, education, and even agriculture")


def test_a_role_with_its_own_skills_list_gets_that_list_alone(bot: CareerBot) -> None:
    a = bot.ask("what skills does a data engineer need?")
    assert "SQL" in a.text and "in general" not in a.text


def test_what_nobody_tells_you_about_a_job_is_its_challenges(bot: CareerBot) -> None:
    a = bot.ask("what's the truth about working as a machine learning engineer that nobody tells you?")
    assert a.intent == "challenges" and "**Machine Learning Engineer**" not in a.text


def test_a_skill_named_is_answered_with_that_skill_not_the_whole_list(bot: CareerBot) -> None:
    a = bot.ask("how much statistics do I need for machine learning?")
    assert "linear algebra, calculus, and probability" in a.text
    assert "TensorFlow" not in a.text and "communication" not in a.text
    bot.reset()
    a = bot.ask("which programming languages does an AI ethicist use?")
    assert "**AI Ethicist**" in a.text and "don't list skills for an AI Ethicist" in a.text
    assert "Python" in a.text and "TensorFlow" not in a.text


def test_a_word_of_a_family_the_articles_use_is_no_gap(bot: CareerBot) -> None:
    a = bot.ask("quick q: what skills do professionals in data engineering need?")
    assert "say nothing about" not in a.text and "SQL" in a.text


def test_who_earns_more_is_said_first_or_that_the_articles_cannot_say(bot: CareerBot) -> None:
    a = bot.ask("who earns more, an NLP engineer or a data analyst?")
    assert a.text.startswith("The articles give no salary figure for an NLP Engineer, so they can't say")
    bot.reset()
    a = bot.ask("who gets paid more: BI developer or data analyst?")
    assert a.text.startswith("On these figures, **Data Analyst** earns more")


def test_a_sentence_leaning_on_its_heading_gets_the_heading_that_names_it(bot: CareerBot) -> None:
    a = bot.ask("how does ML help streamline business processes?")
    assert "Business Automation Specialist: These automation experts" in a.text
    assert "Machine learning for business: These" not in a.text  # not the article's top heading


def test_the_role_that_does_what_was_asked_is_named(bot: CareerBot) -> None:
    a = bot.ask("is there an ML-related role focused on improving business processes?")
    assert a.text.startswith("The role the articles describe for this is the **Business Automation Specialist**.")
    assert "say nothing about" not in a.text  # "ML-related" is no gap
    bot.reset()
    a = bot.ask("what's the job that teaches machines to understand images called?")
    assert "**Computer Vision Engineer / Specialist**" in a.text.split("\n")[0]
    bot.reset()
    assert "The role the articles describe" not in bot.ask("which role pays the most?").text


def test_a_career_changer_is_met_before_the_steps(bot: CareerBot) -> None:
    a = bot.ask("how do I switch careers into machine learning?")
    assert "career changer" in a.text.split("1.")[0]


def test_one_piece_of_advice_is_the_first_step_said_to_be_the_first(bot: CareerBot) -> None:
    a = bot.ask("if you could give one tip to someone starting out in ML, what would it be?")
    assert "Start small by learning Python" in a.text and "LinkedIn" not in a.text
    assert "first of the 6 steps" in a.text


def test_the_way_into_the_role_wanted_leads_the_steps(bot: CareerBot) -> None:
    a = bot.ask("what path gets me to a machine learning engineer job?")
    lead = a.text.split("1. **")[0]
    assert "one may advance into the Machine Learning Engineer role" in lead


def test_a_role_held_is_met_by_what_the_articles_say_of_coming_from_it(bot: CareerBot) -> None:
    a = bot.ask("I work as a software developer. How do I move into ML?")
    assert "a step up for software developers" in a.text.split("1. **")[0]


def test_someone_worried_about_their_age_is_met_as_a_career_changer(bot: CareerBot) -> None:
    a = bot.ask("i'm in my 40s and work in sales, how would i even start in data science?")
    assert "career changer" in a.text.split("1. **")[0]


def test_a_question_at_large_gets_the_opening_and_the_other_sections(bot: CareerBot) -> None:
    """"What makes ML work hard?" is the challenges section, and the question-headed part of
    it ("What is the biggest challenge ...?") too; four sentences, not the whole section."""
    a = bot.ask("what makes working in machine learning tough?")
    assert "comes with challenges" in a.text and "biggest challenge is handling real-world data" in a.text
    assert a.text.split("\n")[0].count("[") == 4
    b = bot.ask("what industries employ machine learning people?")
    assert "Retail companies" in b.text  # past the first chunk of the section


def test_which_role_is_better_opens_with_the_one_ruling_the_articles_allow(bot: CareerBot) -> None:
    a = bot.ask("data analyst or BI developer, which is the better job?")
    assert a.text.startswith("On these figures, **Data Analyst** earns more")


def test_the_skills_a_person_says_they_have_are_marked_in_the_list(bot: CareerBot) -> None:
    a = bot.ask("I mostly write SQL reports at a bank. What skills does a data engineer need?")
    lines = [line for line in a.text.splitlines() if line.startswith("- ")]
    assert "Python or SQL" in lines[0] and lines[0].endswith("_(you mention SQL)_")
    assert sum("you mention" in line for line in lines) == 1


def test_a_role_with_no_figure_gets_what_its_section_says_of_its_pay(bot: CareerBot) -> None:
    a = bot.ask("what's the pay like for computer vision specialists?")
    assert a.text.startswith("Of its pay, the articles say:") and "impressive salaries" in a.text.split("\n")[0]


def test_them_after_a_role_carries_it_even_when_asked_about_the_most(bot: CareerBot) -> None:
    bot.reset()
    bot.ask("tell me about deep learning engineers")
    a = bot.ask("which industries need them the most?")
    assert "autonomous vehicles" in a.text or "robotics" in a.text


def test_a_next_question_at_another_level_is_answered_for_that_level(bot: CareerBot) -> None:
    bot.reset()
    a = bot.ask("what do entry level ML jobs pay, and what about once I'm senior?")
    assert "$80,000 – $110,000" in a.text and "$170,000 – $220,000" in a.text


def test_which_job_fits_me_looks_up_the_role_from_what_the_person_likes(bot: CareerBot) -> None:
    bot.reset()
    a = bot.ask("I love anything to do with language and text. Which ML job would suit me?")
    assert "**NLP Engineer**" in a.text and "don't cover" not in a.text


def test_get_an_internship_is_a_goal_get_experience_is_a_step(bot: CareerBot) -> None:
    bot.reset()
    assert "Learn Python" in bot.ask("what should I do this spring to get an ML internship?").text
    bot.reset()
    assert "Learn Python" not in bot.ask("how do I get some real ML experience?").text


def test_a_comparison_of_pay_with_no_figures_says_what_the_articles_do_say_of_it(bot: CareerBot) -> None:
    bot.reset()
    a = bot.ask("who earns more, a deep learning engineer or an NLP engineer?")
    assert "can't say who earns more" in a.text and "top earners" in a.text


def test_a_place_named_in_another_language_is_that_place(bot: CareerBot) -> None:
    bot.reset()
    a = bot.ask("¿Cuánto gana un data scientist en España?")
    assert "figures for Spain" in a.text


def test_a_way_in_beside_what_the_articles_lack_is_given_in_brief(bot: CareerBot) -> None:
    """"Tips for the coding interview?": the articles say nothing of interviews, so their steps
    are named, not quoted at length as if they answered; asked the way in itself, all of it."""
    bot.reset()
    a = bot.ask("got any tips for the technical interview rounds at AI startups?")
    assert "in brief:" in a.text and "1. **" not in a.text
    bot.reset()
    b = bot.ask("am I too old at 45? where would I even start?")
    assert "1. **Learn Python" in b.text


def test_an_either_or_between_things_of_different_sections_is_answered(bot: CareerBot) -> None:
    bot.reset()
    a = bot.ask("is the Zephyr bootcamp legit or should I do a proper master's?")
    assert a.intent == "education"
    assert "bootcamps" in a.text and "Master" in a.text
    first = a.text.split("\n")[0]
    assert "“zephyr”" in first and "legit" not in first and "proper" not in first


def test_an_ordinary_word_before_one_the_articles_know_is_no_subject(bot: CareerBot) -> None:
    bot.reset()
    a = bot.ask("is a proper master's needed for ML?")
    assert "proper" not in a.text
    assert a.text.startswith("**Not necessarily")


def test_a_word_of_its_own_is_not_two_of_theirs_run_together(bot: CareerBot) -> None:
    bot.reset()
    a = bot.ask("do I need a headhunter to get an ML job?")
    assert "“headhunter”" in a.text.split("\n")[0]


def test_a_thing_named_in_passing_is_not_decided_by_where_the_person_comes_from(bot: CareerBot) -> None:
    bot.reset()
    a = bot.ask("I'm a data analyst. Is an MBA useful for moving into ML?")
    assert not a.text.startswith("**Yes")
    assert "MBA" in a.text.split("\n\n")[1]


def test_the_person_s_own_field_never_pushes_the_answer_out(bot: CareerBot) -> None:
    bot.reset()
    a = bot.ask("I'm a product manager. Would an MBA in AI be worth it?")
    assert "MBA" in a.text.split("\n\n")[1].split("[1]")[0]


def test_what_pay_is_made_of_beside_the_salary_is_the_bonuses_sentence(bot: CareerBot) -> None:
    """Equity, perks and a compensation package are the articles' "bonuses, stock options, and
    other incentives"; a sentence that names both sides answers "..., or only base pay?" alone."""
    bot.reset()
    a = bot.ask("Do ML engineers get equity?")
    assert "bonuses, stock options" in a.text and "“equity”" not in a.text
    bot.reset()
    b = bot.ask("are ML salaries just base pay, or are there perks and incentives too?")
    assert "bonuses, stock options" in b.text
    assert "Salaries vary" not in b.text and "don't say which" not in b.text


def test_a_pay_bump_is_pay(bot: CareerBot) -> None:
    bot.reset()
    a = bot.ask("is the pay bump from data analyst to ML engineer worth it?")
    assert "$117,260" in a.text and "$145,688" in a.text and "“bump”" not in a.text


def test_where_the_field_is_heading_is_its_future(bot: CareerBot) -> None:
    bot.reset()
    a = bot.ask("what direction is machine learning heading?")
    assert a.intent == "outlook" and "“direction”" not in a.text


def test_a_first_question_only_of_what_they_lack_gives_way_to_the_next(bot: CareerBot) -> None:
    """"Is it easy to get an H1B sponsorship? and what skills should I focus on?": the first is
    said to be not covered, and the skills are answered, not degree sentences for the first."""
    bot.reset()
    a = bot.ask("is it hard to get H1B sponsorship as an ML engineer? and what skills should I focus on")
    assert a.text.startswith("_The articles don't cover your first question")
    assert a.intent == "skills"


def test_what_x_asks_for_the_x(bot: CareerBot) -> None:
    bot.reset()
    a = bot.ask("what skills should I pick up during my masters?")
    assert a.intent == "skills"


def test_a_step_the_person_is_ahead_on_says_so(bot: CareerBot) -> None:
    """"Backend dev, 6 yrs": learning Python is where they have a head start; "no SQL" is none."""
    bot.reset()
    a = bot.ask("backend dev here, 6 yrs of java. how do I get into machine learning?")
    assert "**Learn Python and math basics** _(your head start: “backend dev”)_" in a.text
    bot.reset()
    b = bot.ask("I know no python and no math. how do I get into machine learning?")
    assert "head start" not in b.text


def test_the_role_of_what_the_person_does_comes_first_in_a_list_of_roles(bot: CareerBot) -> None:
    bot.reset()
    a = bot.ask("I'm a data analyst. What other roles are there in machine learning?")
    assert a.text.startswith("Nearest to what you do now: the **Data Analyst**.")
    bot.reset()
    b = bot.ask("Apart from data scientist, what other jobs exist in machine learning?")
    assert not b.text.startswith("Nearest")  # no one said what they do


def test_not_without_it_is_said_only_of_what_the_person_does_without(bot: CareerBot) -> None:
    bot.reset()
    a = bot.ask("I have no CS degree. Are there ML jobs for people who are not engineers?")
    assert not a.text.startswith("**No, not without it")


def test_a_sentence_shown_alone_starts_after_its_connector(bot: CareerBot) -> None:
    """"Finally, If you are looking to earn an MBA ...": alone, it starts at "If"."""
    bot.reset()
    a = bot.ask("I'm a data analyst. Is an MBA useful for moving into ML?")
    assert "If you are looking to earn an MBA" in a.text and "Finally," not in a.text


def test_where_roles_end_up_working_is_where_the_articles_say_they_work(bot: CareerBot) -> None:
    bot.reset()
    a = bot.ask("what's the difference between an ML researcher and an ML engineer? and where do they usually work?")
    part = a.text.split("**“and where do they usually work?”**")[1]
    assert "universities, research labs" in part and "Google, Amazon" in part


def test_gaining_experience_is_the_projects_and_the_internships(bot: CareerBot) -> None:
    """The verb a step's title opens with ("Gain experience") does not outweigh the noun asked."""
    bot.reset()
    a = bot.ask("as a total beginner, how do I gain experience in machine learning?")
    assert "**Build projects and a portfolio" in a.text and "**Gain experience" in a.text


def test_a_pay_ruling_says_when_the_winner_s_other_figure_is_lower(bot: CareerBot) -> None:
    """The articles give the ML engineer $145,688 and also $121,908: against the researcher's
    $140,434 the ruling holds on the first figure only, and says so with the other one cited."""
    bot.reset()
    a = bot.ask("who earns more, an ML engineer or an ML researcher?")
    first = a.text.split("\n\n")[0]
    assert "$145,688" in first and "$121,908" in first and "$140,434" in first
    bot.reset()
    b = bot.ask("who earns more, an ML engineer or a data scientist?")
    assert "But the articles also give" not in b.text  # $121,908 is still above $119,413


def test_a_narrow_part_of_pay_gets_its_sentence_not_the_table(bot: CareerBot) -> None:
    bot.reset()
    a = bot.ask("what about stock options in machine learning jobs, how common are they?")
    assert a.text.startswith("In addition to base salary, many machine learning jobs include bonuses")
    assert "| Role |" not in a.text
    bot.reset()
    assert "| Role |" in bot.ask("how much do ML jobs pay?").text  # pay at large: the table


def test_chat_slang_and_adverbs_are_never_a_subject_the_articles_lack(bot: CareerBot) -> None:
    bot.reset()
    a = bot.ask("wth does an MLOps engineer even do? is it mostly devops?")
    assert "“wth”" not in a.text and "“mostly”" not in a.text


def test_which_role_is_better_for_a_purpose_is_the_one_whose_sentences_say_so(bot: CareerBot) -> None:
    bot.reset()
    a = bot.ask("ML researcher or ML engineer, which one is better if I want to publish papers?")
    assert a.text.startswith("**For that, the articles point to the Machine Learning Researcher.**")
    assert "publish their findings" in a.text.split("\n")[0]


def test_a_role_named_before_a_dash_is_what_the_question_after_it_asks_of(bot: CareerBot) -> None:
    # The label's other words ("at a bank", "logistics company") route elsewhere by keywords.
    a = bot.ask("came across an 'MLOps engineer' opening at a bank - what do they do?")
    assert a.intent == "role_info" and a.entities.get("role") == "MLOps Engineer"
    assert not any("Industries" in s.section for s in a.sources)
    # A comparison before the dash is still a comparison.
    b = bot.ask("data analyst vs data scientist - which should I aim for?")
    assert b.intent == "comparison"


def test_fields_set_against_each_other_are_their_roles(bot: CareerBot) -> None:
    a = bot.ask("data analytics or data science: which one pays better?")
    assert a.intent in ("comparison", "salary")
    assert "$117,260" in a.text and "$119,413" in a.text
    assert "Machine Learning Engineer" not in a.text  # the two, not the table of every role
    # Alone, a field is the subject, not a role.
    b = bot.ask("is data science a good career?")
    assert "role" not in b.entities


def test_this_before_a_noun_names_what_it_points_at_and_stands_alone(bot: CareerBot) -> None:
    parts = bot.composer._parts()
    assert not parts.leans("This soft skill is indispensable in the world of Machine Learning.")
    assert parts.leans("This makes sure that the AI gives the desired output.")
    assert parts.leans("This field is a major part of Machine Learning.")
    assert parts.leans("They collect, clean, and manage huge datasets.")
    a = bot.ask("do ML people need soft skills or is it just coding and math all day?")
    assert "This makes sure" not in a.text


def test_how_long_with_no_time_in_the_articles_is_met_with_how_the_way_goes(bot: CareerBot) -> None:
    a = bot.ask("how long would it take me to become a data scientist starting from zero?")
    assert "don't give a figure" in a.text.split("\n")[0]
    assert "continuous practice" in a.text
    # Citations are numbered in the order they are first read (a source cited again keeps its number).
    markers = list(dict.fromkeys(int(n) for n in re.findall(r"\[(\d+)\]", a.text)))
    assert markers == list(range(1, len(markers) + 1))


def test_a_comparison_in_a_post_that_asks_something_else_shows_no_unasked_pay(bot: CareerBot) -> None:
    a = bot.ask("data analyst or BI developer? I love building dashboards for managers. which one suits me better?")
    assert "$" not in a.text, a.text
    # A bare "X vs Y" is an overview, pay included.
    assert "$" in bot.ask("data analyst vs BI developer").text


def test_which_pays_more_of_fields_named_in_the_post_compares_their_roles(bot: CareerBot) -> None:
    a = bot.ask("I have two offers, one in data engineering and one in data science. which pays more?")
    assert "$119,413" in a.text and "Data Engineer" in a.text


def test_people_skills_are_the_articles_communication(bot: CareerBot) -> None:
    a = bot.ask("do data scientists need good people skills?")
    assert "communicat" in a.text.lower()


def test_which_roles_use_a_thing_names_the_roles_whose_facts_hold_it(bot: CareerBot) -> None:
    a = bot.ask("which ML jobs use C++?")
    assert "Machine Learning Researcher" in a.text and "Computer Vision" in a.text
    assert "Data Analyst" not in a.text
    b = bot.ask("what roles need SQL?")
    assert "**Data Engineer**" in b.text
    # Who they are, said before, is no role asked about; what is used comes before "instead of".
    c = bot.ask("Embedded software engineer here, mostly C++. Which ML jobs would use my C++ "
                "instead of making me start over in Python?")
    assert "Machine Learning Researcher" in c.text and "Computer Vision" in c.text, c.text
    assert "step by step" not in c.text and "Data Engineer" not in c.text


@pytest.mark.parametrize("question", ["NLP or computer vision: which one has stronger demand right now?",
                                      "NLP or computer vision: which has stronger demand?"])
def test_two_fields_compared_on_demand_get_each_roles_own_outlook(bot: CareerBot, question: str) -> None:
    a = bot.ask(question)
    assert a.text.startswith("_The articles don't set them against each other on this"), a.text
    assert "**NLP Engineer**: " in a.text and "increasing use of chatbots" in a.text
    assert "**Computer Vision Engineer / Specialist**: " in a.text and "high demand" in a.text
    assert "Skills:" not in a.text


def test_a_role_with_no_word_on_its_outlook_is_said_so_beside_the_other(bot: CareerBot) -> None:
    a = bot.ask("data analyst vs data engineer - which has the better future?")
    # What they say of the whole field's future, said to be the field's, not the analyst's.
    assert ("**Data Analyst**: The articles say nothing of this role's own future; of machine learning jobs as a "
            "whole: ") in a.text, a.text
    assert "as a whole" not in a.text.split("**Data Engineer**")[1]  # its own outlook, only
    assert "stable and rewarding career option" in a.text
    assert "$" not in a.text  # pay was not asked


def test_the_roles_listed_show_pay_only_where_pay_is_asked(bot: CareerBot) -> None:
    a = bot.ask("what ML roles are there?")
    assert "$" not in a.text and "**Data Engineer**: “manage huge datasets” [" in a.text
    assert len(a.text) <= 1500
    assert "$145,688" in bot.ask("what ML roles are there and what do they pay?").text


def test_the_level_of_a_role_the_articles_give_none_is_said_to_be_missing(bot: CareerBot) -> None:
    bot.ask("What does an MLOps engineer actually do all day?")
    a = bot.ask("is that more of a senior role, or can someone junior get hired into it?")
    assert a.text.startswith("The articles don't give an experience level for the MLOps Engineer.")
    assert "internships and entry-level positions" in a.text and "step by step" not in a.text


def test_a_take_home_project_is_no_pay(bot: CareerBot) -> None:
    assert bot.ask("is the interview leetcode-style or more of a take-home project?").intent != "salary"
    assert bot.ask("what do ML engineers take home?").intent == "salary"


def test_is_there_an_actual_job_for_it_looks_up_the_role(bot: CareerBot) -> None:
    a = bot.ask("Is there an actual ML job where ethics and fairness are the main work?")
    assert "**AI Ethicist**" in a.text and "I can only answer" not in a.text
    assert "“fairness”" in a.text  # what they lack is still said


def test_a_typo_of_an_ordinary_word_is_not_named_as_a_gap(bot: CareerBot) -> None:
    a = bot.ask("whats the hardest part of actualy working in ML day to day?")
    assert "say nothing about" not in a.text and "don't cover" not in a.text and "challenge" in a.text, a.text
    assert "“actualy” as “actually”" in a.text  # read as what it means


def test_how_a_career_moves_up_is_answered_from_the_articles_on_career_growth(bot: CareerBot) -> None:
    a = bot.ask("how do I advance in my ML career?")
    assert a.intent == "career_growth"
    assert "step up" in a.text and "Team Lead" in a.text and "step by step" not in a.text


def test_an_age_given_with_a_worry_about_it_is_said_to_be_uncovered_then_answered(bot: CareerBot) -> None:
    for question in ["I'm 51 and work in logistics. Is it too late for me to get into ML?",
                     "is 47 too late to become a machine learning engineer"]:
        a = bot.ask(question)
        bot.reset()
        first = a.text.split("\n")[0]
        assert "“age”" in first and not first.startswith("**No")  # no verdict on an age they never discuss
        assert "career changer" in a.text and "excellent time" in a.text


def test_an_age_is_no_gap_when_the_question_does_not_worry_about_it(bot: CareerBot) -> None:
    for question in ["I'm 24 with a statistics degree, how do I become a data scientist?",
                     "is it too late to learn Python for a job that pays 45k?"]:
        assert "“age”" not in bot.ask(question).text
        bot.reset()


def test_too_old_for_a_field_is_answered_for_career_changers_not_declined(bot: CareerBot) -> None:
    a = bot.ask("am I too old for a career in machine learning at 60?")
    assert a.intent == "how_to_start"
    assert "career changer" in a.text and "too old" in a.text.split("\n")[0]


def test_a_post_read_as_one_still_answers_its_question_of_another_form(bot: CareerBot) -> None:
    # "Is that realistic?" is unclear alone, so the post is read as one; "where should I begin?"
    # asks for the way in all the same.
    a = bot.ask("I'm a pharmacist curious about machine learning. Is that realistic, and where should I begin?")
    assert a.text.startswith("**")  # the verdict first ...
    assert "**“where should I begin?”**" in a.text and "Build a network" in a.text  # ... then the steps


def test_a_background_ends_before_what_the_person_is_thinking_about(bot: CareerBot) -> None:
    a = bot.ask("I'm a nurse thinking about data science. How would I get started?")
    assert "Healthcare" in a.text and "analytical thinking" not in a.text


def test_abbreviated_math_and_chat_spellings_are_read_not_named_as_gaps(bot: CareerBot) -> None:
    for question in ["do data scientists need calc, or are stats enuf?", "how much lin alg and prob and stats for ML?"]:
        a = bot.ask(question)
        bot.reset()
        assert "not_covered" not in a.entities, a.entities
        assert "linear algebra" in a.text and "calculus" in a.text


@pytest.mark.parametrize(("question", "said"), [
    ("how important is communication for an ML engineer?", "communication"),
    ("how much does teamwork matter for a data analyst?", "teamwork"),  # "how much", but no amount
    ("how important is statistics for a data engineer?", "Statistics"),
])
def test_how_much_a_skill_weighs_is_answered_by_what_they_say_of_it(bot: CareerBot, question: str,
                                                                   said: str) -> None:
    bot.reset()
    a = bot.ask(question)
    assert said in a.text and "$" not in a.text and "don't give a figure" not in a.text, a.text
    assert "Knowledge of programming languages like Python or SQL" not in a.text  # not the whole list


def test_what_a_role_builds_is_still_its_card(bot: CareerBot) -> None:
    a = bot.ask("What sort of systems does an NLP engineer build?")
    assert "human language" in a.text


def test_a_time_asked_gets_how_the_way_goes_and_the_steps_in_brief(bot: CareerBot) -> None:
    bot.reset()
    a = bot.ask("how many months would it take me to get job-ready for a junior data role?")
    assert a.intent == "how_to_start" and "With continuous practice" in a.text, a.text
    assert "in brief:" in a.text and "Build a network" in a.text  # every step, not the one "take" names


def test_farming_is_the_articles_agriculture(bot: CareerBot) -> None:
    a = bot.ask("is machine learning used in farming?")
    assert "agriculture" in a.text and a.intent != "out_of_scope"


def test_talk_of_pay_is_left_out_where_pay_was_not_asked(bot: CareerBot) -> None:
    bot.reset()
    a = bot.ask("which big companies hire machine learning engineers?")
    assert "Google" in a.text and "highest-paying" not in a.text, a.text
    # Asked, or weighed, it stays.
    bot.reset()
    assert "highest-paying" in bot.ask("is machine learning engineering worth it?").text + \
        bot.ask("do machine learning engineers earn well?").text


def test_a_field_set_against_one_the_articles_lack_is_compared_and_the_gap_named(bot: CareerBot) -> None:
    bot.reset()
    a = bot.ask("web development or data science, which is the better career for me?")
    assert "**Data Scientist**" in a.text, a.text
    assert "**Web Development**: the articles don’t cover this role." in a.text, a.text


def test_a_post_part_asking_for_a_list_is_answered_with_it(bot: CareerBot) -> None:
    # The words it adds ("SQL", "Tableau dashboards") are not in the list, but the list is what it asks for.
    a = bot.ask("I'm a QA tester at a bank. Is ML a good field to get into? Also what would I need to learn "
                "beyond SQL and Tableau dashboards?")
    assert "**“Also what would I need to learn beyond SQL and Tableau dashboards?”**" in a.text, a.text
    assert "Mathematics and Statistics" in a.text


def test_skills_compared_for_a_role_without_a_list_say_what_it_does(bot: CareerBot) -> None:
    a = bot.ask("data engineer vs data scientist, what skills does each one need?")
    scientist = a.text.split("**Data Scientist**:")[1].split("\n")[0]
    assert "don't list skills" in scientist and "analyze data" in scientist, a.text


def test_two_roles_asked_of_a_first_job_get_each_ones_level(bot: CareerBot) -> None:
    a = bot.ask("data scientist or ML engineer, which is easier to land as a first job after college?")
    assert "Data Scientist the experience level **Entry to Senior**" in a.text, a.text
    assert "Machine Learning Engineer the experience level **Mid to Senior**" in a.text
    assert "internships" in a.text  # asked of a first job: how one is found
    bot.reset()
    a = bot.ask("NLP engineer or computer vision engineer: which is more entry level?")
    assert a.text.count("**Mid to Senior**") == 2 and "same level" in a.text, a.text
    bot.reset()
    for question in ("which is easier to break into, data engineering or data science?",
                     "which is harder to get into, data engineering or data science?"):
        bot.reset()
        a = bot.ask(question)
        assert "don't give an experience level for the Data Engineer" in a.text and "Entry to Senior" in a.text, a.text
        assert "step by step" not in a.text  # not the way in, twice over


def test_the_other_way_an_either_or_names_is_answered_after_the_verdict(bot: CareerBot) -> None:
    a = bot.ask("Do I need a computer science degree for ML, or can I get there with online courses "
                "and my own projects?")
    assert a.text.startswith("**Not necessarily"), a.text
    assert "Online courses, bootcamps, and hands-on projects" in a.text


@pytest.mark.parametrize("question", [
    "do ML engineers get visa sponsorship?",
    "is it possible to work remotely as a data analyst?",
    "do data engineers work weekends?",
])
def test_a_role_asked_only_what_the_articles_lack_is_declined_whatever_the_intent(bot: CareerBot,
                                                                                  question: str) -> None:
    a = bot.ask(question)
    assert a.intent == "out_of_scope" and a.text.startswith("The articles don't cover"), a.text
    assert "$" not in a.text


@pytest.mark.parametrize("question", [
    "how much do data scientists earn working remotely?",  # the pay is asked too
    "how much does an ML engineer make in India?",  # a place is said by the place note
])
def test_a_role_asked_something_theirs_beside_a_gap_is_answered(bot: CareerBot, question: str) -> None:
    a = bot.ask(question)
    assert a.intent == "salary" and "$" in a.text, a.text


def test_a_role_set_against_the_whole_field_gets_both_sides(bot: CareerBot) -> None:
    a = bot.ask("software engineering or machine learning: which is the better career long term?")
    assert "**Machine learning as a whole**:" in a.text, a.text
    # The role's own sentence setting ML above the rest of its work leads, as the articles' lean.
    assert "**The articles lean to machine learning.** Developing software specializing in Machine Learning is " \
           "more lucrative" in a.text
    assert "The articles describe these machine learning roles" not in a.text  # no list of every role


def test_a_part_asking_what_the_articles_never_decide_is_said_to_be_not_covered(bot: CareerBot) -> None:
    a = bot.ask("is machine learning dying? is it oversaturated?")
    assert "“oversaturated”" in a.text, a.text


def test_which_skill_first_is_met_by_the_first_step_the_articles_rank_none(bot: CareerBot) -> None:
    a = bot.ask("which skill should I learn first for data science?")
    assert a.text.startswith("The articles don't rank the skills"), a.text
    assert "Start small by learning Python" in a.text.split("\n")[0]
    bot.reset()
    bot.ask("what skills does a data engineer need?")
    a = bot.ask("which one first?")  # a follow-up: an order of the skills just listed
    assert a.intent == "skills" and "Start small by learning Python" in a.text, a.text
    assert "**Data Engineer**\n" not in a.text  # not the role's card


def test_a_field_asked_of_its_level_is_its_roles_level(bot: CareerBot) -> None:
    # "data science", whose words are all the field's own, names the Data Scientist here.
    a = bot.ask("is data science open to people straight out of college or is it senior only?")
    assert a.text.startswith("The articles give the Data Scientist the experience level **Entry to Senior**"), a.text


def test_a_question_asking_for_examples_gets_the_roles_examples(bot: CareerBot) -> None:
    a = bot.ask("what do machine learning engineers build in practice? any real-world examples?")
    assert "predicts stock prices" in a.text, a.text
    bot.reset()
    assert "predicts stock prices" not in bot.ask("what does a machine learning engineer do?").text


@pytest.mark.parametrize("question", ["why are ML jobs in such high demand?",
                                      "what's behind the growth of machine learning jobs?"])
def test_a_why_question_gets_the_reasons_the_articles_give_as_a_list(bot: CareerBot, question: str) -> None:
    a = bot.ask(question)
    assert "can be attributed to several factors:" in a.text, a.text
    assert "\n- Data Explosion:" in a.text and "\n- Business Value:" in a.text
    assert "job market for machine learning professionals has consistently expanded" in a.text  # what "This growth" is


def test_reasons_that_do_not_name_the_role_asked_about_are_not_given(bot: CareerBot) -> None:
    assert "attributed to" not in bot.ask("why do companies hire data engineers?").text


def test_what_the_asker_has_of_the_roles_own_list_is_said_after_the_verdict(bot: CareerBot) -> None:
    a = bot.ask("I teach statistics at a college and have a PhD. Would that background count for ML researcher jobs?")
    assert ("What you say you have, the Machine Learning Researcher's own list asks for: Deep knowledge of "
            "mathematics, statistics") in a.text, a.text
    bot.reset()
    # Not where a degree is what is asked, nor for "3 yrs exp" against "Experience with libraries".
    a = bot.ask("SWE with 3 yrs exp here. do i need a masters to move into an MLE role?")
    assert "What you say you have" not in a.text, a.text


def test_pay_asked_at_a_level_leads_with_that_levels_range(bot: CareerBot) -> None:
    a = bot.ask("what would a junior data scientist earn?")
    assert a.text.startswith("The articles give no entry-level figure for the Data Scientist in particular"), a.text
    assert a.text.index("$80,000") < a.text.index("$119,413")  # the role's own figure, of no level, after


def test_whether_two_roles_are_one_is_answered_by_what_each_does_without_pay(bot: CareerBot) -> None:
    text = bot.ask("are ML engineers and data engineers basically the same job?").text
    assert text.startswith("**How they differ:**"), text
    assert "$" not in text  # pay was not asked


def test_whether_a_role_and_a_field_are_one_is_answered_not_left_blank(bot: CareerBot) -> None:
    # The words that ask it ("separate", "the same thing") are no subject the articles lack.
    text = bot.ask("is data science the same thing as ML, or are they separate?").text
    assert "separate" not in text and "Data Scientist" in text, text


def test_whether_the_role_just_named_is_at_a_level_is_its_experience_level_not_its_pay(bot: CareerBot) -> None:
    bot.ask("tell me about data scientists")
    text = bot.ask("is it a senior role?").text
    assert "Entry to Senior" in text and "$" not in text, text
    bot.reset()
    bot.ask("what does a computer vision engineer do?")
    text = bot.ask("are those jobs junior level?").text
    assert "Mid to Senior" in text and "$" not in text, text


@pytest.mark.parametrize("question", ["how is machine learning different from artificial intelligence?",
                                      "ML vs AI, whats the diff"])
def test_two_things_that_are_no_roles_are_compared_by_the_sentence_defining_one_by_the_other(
        bot: CareerBot, question: str) -> None:
    text = bot.ask(question).text
    assert "subset of artificial intelligence" in text.split("\n")[0], text


def test_a_sentence_that_only_announces_the_difference_is_followed_by_the_ones_saying_it(bot: CareerBot) -> None:
    text = bot.ask("how is ML different from conventional programming?").text
    assert "specific instructions" in text and "figures out the instructions" in text, text


def test_which_role_works_on_that_kind_of_thing_looks_at_the_sentence_before(bot: CareerBot) -> None:
    text = bot.ask("I edit podcasts for a living. Lately I can't stop reading about neural networks. "
                   "What kind of role works on that kind of thing?").text
    assert text.startswith("The roles the articles name it for:") and "- **Deep Learning Engineer**" in text, text
    assert "MLOps" not in text and "Data Analyst" not in text, text


def test_can_i_be_hired_as_a_junior_role_is_that_roles_experience_level(bot: CareerBot) -> None:
    text = bot.ask("just graduated - could I get hired as a junior NLP engineer?").text
    assert text.startswith("The articles give the NLP Engineer the experience level **Mid to Senior**"), text


def test_a_field_set_against_a_subject_the_articles_lack_is_its_role_not_every_role(bot: CareerBot) -> None:
    text = bot.ask("data science or blockchain: which one pays better?").text
    assert "**Data Scientist**" in text and "Machine Learning Researcher" not in text, text


def test_the_worth_of_a_background_the_articles_dont_list_is_answered_by_domain_knowledge(bot: CareerBot) -> None:
    a = bot.ask("I've been a vet nurse for ten years. Would my clinical experience count for anything in ML, "
                "or is it wasted?")
    assert a.text.startswith("**Yes"), a.text
    assert "having expertise in a specific domain can be highly advantageous" in a.text, a.text
    assert "professionals from different backgrounds" in a.text, a.text
    bot.reset()
    # Asked in a post beside another question, it is answered there too.
    a = bot.ask("I run the accounts at a shipping firm. Two things: do logistics companies hire ML people, and "
                "would my accounting background help at all?")
    assert "highly advantageous" in a.text, a.text
    bot.reset()
    # A field the articles name among the usual backgrounds is met by its own sentences.
    a = bot.ask("is my math background actually useful for ML?")
    assert "linear algebra, calculus, and probability" in a.text, a.text
    assert "specific domain" not in a.text, a.text


def test_the_worth_of_a_background_is_answered_though_no_intent_knows_its_words(bot: CareerBot) -> None:
    # No intent's words, and a field the articles never name: the form says what is asked.
    a = bot.ask("would my accounting background help at all?")
    assert a.text.startswith("**Yes.**"), a.text
    assert "highly advantageous" in a.text and "don't cover" not in a.text, a.text


def test_a_background_asked_to_be_wasted_gets_no_and_its_word_is_no_gap(bot: CareerBot) -> None:
    a = bot.ask("is my experience in logistics wasted if i move into data science?")
    assert a.text.startswith("**No.**") and "highly advantageous" in a.text, a.text
    bot.reset()
    # "pharmacy" is theirs, not a subject the articles lack that hides the verdict.
    a = bot.ask("I've worked 12 years as a pharmacist. does my pharmacy experience count for anything in ML?")
    assert a.text.startswith("**Yes.**") and "pharmacy" not in a.text, a.text


def test_what_someone_says_they_lack_is_no_background(bot: CareerBot) -> None:
    a = bot.ask("no degree here, just a high school diploma. can someone like me get hired in ML without a "
                "bachelor's degree?")
    assert a.text.startswith("**Yes.** A formal degree is helpful but not always mandatory."), a.text


def test_the_next_step_up_from_the_role_held_is_the_articles_step_up_for_it(bot: CareerBot) -> None:
    a = bot.ask("I'm a software developer on an ML team. what's the next step up for me?")
    assert a.text.startswith("Senior Software Developers for Machine Learning: This is a step up for software "
                             "developers"), a.text


def test_two_roles_compared_on_a_topic_get_what_they_do_not_their_pay(bot: CareerBot) -> None:
    a = bot.ask("data analyst or BI developer - which one is more about the business side?")
    assert "not necessarily directly tied to business growth" in a.text, a.text
    assert "$" not in a.text and "earns more" not in a.text
    bot.reset()
    assert "earns more" in bot.ask("data analyst or BI developer, which is better?").text  # weighed whole: pay too


def test_a_senior_role_is_met_by_the_articles_sentences_on_leading_and_advanced_work(bot: CareerBot) -> None:
    a = bot.ask("what does a senior machine learning engineer do that a junior one doesn't?")
    assert "in-depth development of algorithms and systems that require advanced skills" in a.text, a.text


def test_the_way_into_a_role_names_what_that_roles_own_list_asks_for(bot: CareerBot) -> None:
    a = bot.ask("what's your advice for a frontend developer who wants to become a data engineer?")
    assert "What the Data Engineer's own list asks for: " in a.text and "Hadoop or Spark" in a.text, a.text
    assert "Their advice for getting started, in brief" in a.text  # the steps, in brief, beside it
    bot.reset()
    # A role with no list of its own, or the one they hold, adds nothing.
    assert "own list asks for" not in bot.ask("I'm a data analyst. how do I become a data scientist?").text


def test_a_place_for_someone_like_me_after_a_told_background_weighs_that_background(bot: CareerBot) -> None:
    a = bot.ask("I've been a vet for 10 years and I don't want to waste my animal-care experience. "
                "Is there a place for someone like me in ML?")
    assert a.text.startswith("**Yes.**") and "highly advantageous" in a.text, a.text


def test_a_part_of_a_post_not_asking_the_way_in_gets_the_steps_in_brief(bot: CareerBot) -> None:
    a = bot.ask("I have a business degree. how long until I'm ready for a data job if I study evenings? "
                "what should the order be")
    part = a.text.split("**“what should the order be”**")[-1]
    assert "Their advice for getting started, in brief:" in part and "1. **" not in part, a.text
    bot.reset()
    # "where should I actually start?" asks the way in: the steps, each said.
    a = bot.ask("I'm a chef. could I move into ML? where should I actually start?")
    assert "1. **Learn Python" in a.text, a.text


def test_a_yes_no_on_two_roles_leads_with_the_sentence_naming_both(bot: CareerBot) -> None:
    a = bot.ask("do ML engineers work with data scientists?")
    assert a.text.startswith("The articles name them together: Machine Learning Engineer: This professional builds, "
                             "implements, and maintains machine learning applications, collaborating often with data "
                             "scientists."), a.text


def test_a_background_like_mine_is_the_askers_own(bot: CareerBot) -> None:
    a = bot.ask("i drive trucks for a living. is a background like mine worth anything in ML?")
    assert "highly advantageous" in a.text, a.text


def test_which_to_aim_for_is_settled_by_what_the_post_says_they_like(bot: CareerBot) -> None:
    a = bot.ask("mlops engineer vs ml engineer, which should i aim for? i like the infra / deployment side "
                "more than the math")
    assert a.text.startswith("**For that, the articles point to the MLOps Engineer.**"), a.text


def test_what_else_to_do_after_what_they_have_done_gets_the_steps_not_yet_taken(bot: CareerBot) -> None:
    bot.reset()
    a = bot.ask("Did a coding bootcamp last year and I've been applying to jobs since. What else should I do?")
    assert a.intent == "how_to_start", a.text
    assert a.text.startswith("Besides what you have already done (“bootcamp”, “applying”)"), a.text
    assert "**Build a network**" in a.text and "Build projects" in a.text
    assert "**Take degrees, courses or certifications**" not in a.text  # the bootcamp is that step
    assert "**Gain experience: internships and entry-level roles**" not in a.text  # and applying is this one
    bot.reset()
    # With nothing done said, "what should I do?" is the whole way in.
    b = bot.ask("I want to work in machine learning. What should I do?")
    assert b.intent == "how_to_start" and "step by step" in b.text and "Besides" not in b.text, b.text


@pytest.mark.parametrize("question", ["which ML role is most realistic for a beginner?",
                                      "what kind of job could a fresh graduate get in machine learning?"])
def test_which_role_at_a_level_gets_the_roles_the_articles_place_there(bot: CareerBot, question: str) -> None:
    bot.reset()
    a = bot.ask(question)
    assert a.text.startswith("The roles the articles place at the entry level:"), a.text
    assert a.intent == "roles"  # shown and remembered as an answer about which roles
    assert "**Data Scientist**" in a.text and "Entry to Senior" in a.text
    assert "Mid to Senior" not in a.text and "Senior Software Developer" not in a.text


def test_a_post_asking_which_role_for_a_beginner_answers_each_of_its_numbered_questions(bot: CareerBot) -> None:
    bot.reset()
    a = bot.ask("final year CS student, did an internship doing frontend. 1) which ML role is most realistic for "
                "a beginner 2) what should my portfolio projects look like 3) should I do a masters first?")
    assert "Entry to Senior" in a.text and "**“what should my portfolio projects look like”**" in a.text, a.text
    assert "Portfolio Development" in a.text and "**“should I do a masters first?”**" in a.text


def test_how_to_move_up_gets_the_career_paths_the_articles_lead_into_with_their_list(bot: CareerBot) -> None:
    bot.reset()
    a = bot.ask("how can I grow my career in machine learning over the years?")
    assert "Here are a few of them:" in a.text, a.text
    for heading in ("**Machine Learning Team Lead**", "**Machine Learning Engineers**",
                    "**Senior Software Developers for Machine Learning**"):
        assert heading in a.text
    assert "Senior Software Developers for Machine Learning: This" not in a.text  # the heading said once


def test_who_a_person_said_they_are_carries_to_their_next_question_about_themselves(bot: CareerBot) -> None:
    bot.reset()
    bot.ask("I'm a data analyst at a bank.")
    a = bot.ask("how would I get into machine learning from here?")
    assert "_(your head start: “data analyst”)_" in a.text, a.text
    bot.reset()
    bot.ask("I'm a data analyst at a bank.")
    # A question not about themselves carries nothing of them.
    assert "head start" not in bot.ask("how does a teacher get into machine learning?").text


def test_pay_and_future_asked_together_get_both_for_each_role(bot: CareerBot) -> None:
    bot.reset()
    a = bot.ask("what's the pay and future scope of a computer vision engineer?")
    assert "impressive salaries" in a.text and "Outlook: Computer Vision is growing rapidly" in a.text, a.text
    bot.reset()
    b = bot.ask("machine learning engineering vs blockchain development: which has better salary and future scope?")
    assert "$145,688" in b.text and "Outlook:" in b.text, b.text
    assert "**Blockchain Development**: the articles don’t cover this role." in b.text
    bot.reset()
    # A role the articles say nothing of the future of is said to have none of its own.
    c = bot.ask("data scientist vs cyber security: salary and future scope?")
    assert "$119,413" in c.text and "The articles say nothing of this role's own future;" in c.text, c.text


def test_pay_ranked_by_industry_or_place_is_said_to_be_ranked_nowhere_with_what_they_say_of_pay(
        bot: CareerBot) -> None:
    bot.reset()
    a = bot.ask("which industry pays machine learning engineers the most?")
    assert a.text.startswith("_The articles don't rank industries by pay; of pay, they say:_ Salaries vary based on "
                             "location, experience level, and industry"), a.text
    assert "Healthcare organizations" in a.text  # and the industries they name
    bot.reset()
    b = bot.ask("what country has the highest salaries for data scientists?")
    assert b.text.startswith("_The articles don't rank places by pay"), b.text
    assert "$119,413" in b.text  # the role's own figure
    bot.reset()
    # Roles ranked by pay are what the articles give figures for.
    assert "rank" not in bot.ask("which ML jobs pay the most?").text.split("\n")[0]


@pytest.mark.parametrize(("question", "label"), [
    ("what does an NLP engineer do?", "Natural Language Processing (NLP) Engineer:"),
    ("what does an MLOps engineer do?", "Machine Learning Ops (MLOps) Engineer:"),
])
def test_a_description_under_its_role_does_not_repeat_the_role_spelled_out_as_its_label(
        bot: CareerBot, question: str, label: str) -> None:
    bot.reset()
    a = bot.ask(question)
    assert label not in a.text and a.sources, a.text
    assert label in a.sources[0].text or any(label in s.text for s in a.sources)  # the quote itself is whole


def test_what_background_a_role_needs_is_answered_from_the_articles_on_backgrounds_not_a_skills_list(
        bot: CareerBot) -> None:
    bot.reset()
    a = bot.ask("what kind of background do you need to work as a data engineer?")
    assert a.intent == "education", a.text
    assert "strong educational background in computer science, engineering, mathematics" in a.text
    assert "Skills the articles name" not in a.text and "step by step" not in a.text


@pytest.mark.parametrize("question", ["I'd like to become an AI ethicist. What's the best route?",
                                      "what steps would get me a job as a machine learning product manager?"])
def test_the_way_into_a_role_without_steps_of_its_own_says_the_steps_are_the_fields(
        bot: CareerBot, question: str) -> None:
    a = bot.ask(question)
    role = "AI Ethicist" if "ethicist" in question else "Machine Learning Product Manager"
    assert a.intent == "how_to_start", a.text
    assert a.text.startswith(f"The articles give no steps of the {role}'s own; their way into machine learning, "
                             "step by step:"), a.text
    assert "6. **Gain experience" in a.text and "LinkedIn" in a.text  # every step, whole


def test_the_steps_are_not_said_to_be_the_fields_for_a_role_with_a_list_or_for_no_role(bot: CareerBot) -> None:
    assert "give no steps of the" not in bot.ask("how do I become a data engineer?").text
    bot.reset()
    assert "give no steps of the" not in bot.ask("how do I get started in machine learning?").text
    bot.reset()
    # The role they hold is not the one they ask the way into.
    assert "give no steps of the" not in bot.ask("I'm a data analyst. how do I move up from here?").text


def test_a_roles_future_the_articles_say_nothing_of_is_met_by_the_fields_beside_its_pay(bot: CareerBot) -> None:
    a = bot.ask("what's the salary and job outlook for a data analyst?")
    assert "$117,260" in a.text, a.text
    assert ("The articles say nothing of this role's own future; of machine learning jobs as a whole: The future "
            "of this career path is extremely promising.") in a.text


def test_a_role_they_lack_compared_with_its_nearest_is_not_said_to_be_stood_for_by_it(bot: CareerBot) -> None:
    a = bot.ask("What is the difference between an AI engineer and a machine learning engineer?")
    assert a.text.startswith("_The articles describe no AI Engineer, so they don't set it apart from the Machine "
                             "Learning Engineer; what they say of the Machine Learning Engineer:_"), a.text
    bot.reset()
    # Asked of alone, or beside something else, it stands for the role they lack.
    assert bot.ask("how much does an AI engineer make?").text.startswith(
        "_The articles describe no AI Engineer; the nearest role they describe is the Machine Learning Engineer._")
    bot.reset()
    assert "nearest role they describe is the Software Developer" in bot.ask(
        "What's a better career option, software engineering or machine learning?").text


def test_a_skill_only_other_roles_lists_name_is_said_to_be_theirs_not_the_roles_asked(bot: CareerBot) -> None:
    a = bot.ask("do data scientists need to know SQL?")
    assert a.text.startswith("_The articles don't list SQL for the Data Scientist; they name it among the skills "
                             "of the Data Engineer:_"), a.text
    assert "Knowledge of programming languages like Python or SQL" in a.text
    bot.reset()
    b = bot.ask("is SQL important for an ML engineer?").text
    assert "among the skills of the Data Engineer" in b
    assert "What the Machine Learning Engineer's own list asks for" in b
    bot.reset()
    # Asked of no role, the one whose list names it is said; "spark conversations" is not Spark.
    c = bot.ask("do I need Hadoop for machine learning?").text
    assert c.startswith("_The articles name Hadoop only among the skills of the Data Engineer:_"), c
    bot.reset()
    assert "spark conversations" not in bot.ask("do NLP engineers need Spark?").text


def test_a_skill_on_the_roles_own_list_or_a_roles_specialty_is_not_said_to_be_anothers(bot: CareerBot) -> None:
    for question in ("do data engineers need SQL?", "do I need math for ML?",
                     "do i need to know deep learning to get a data scientist job?",
                     "what skills does a data scientist need?"):
        bot.reset()
        assert "among the skills of" not in bot.ask(question).text, question


def test_a_labelled_list_item_shown_alone_is_not_joined_with_the_next_item(bot: CareerBot) -> None:
    a = bot.ask("how do I network in the ML community?")
    assert "Networking: Engage with the machine learning community" in a.text
    assert "Staying Updated" not in a.text, a.text  # the next item is another point, not its context
    bot.reset()
    b = bot.ask("Is it worth it to pursue a PhD degree?")
    assert "Pursue courses, certifications, and degrees" in b.text and "Portfolio Development" not in b.text, b.text


def test_common_english_the_articles_never_use_need_not_be_held_by_the_answer(bot: CareerBot) -> None:
    # "short" is no subject: the sentences on courses answer, and the question is not declined.
    a = bot.ask("would you recommend doing a short course first to get a junior developer job, or rather start "
                "the machine learning course now?")
    assert a.intent != "out_of_scope" and "courses" in a.text, a.text


def test_a_how_to_the_way_in_scores_as_well_as_anything_is_asked_of_the_way_in(bot: CareerBot) -> None:
    a = bot.ask("Would you recommend I do a web course first and use it to get a developer job? Or rather go "
                "ahead and start the data science course?")
    assert a.intent == "how_to_start" and "courses" in a.text, a.text
    assert "“web”" in a.text.split("\n")[0]  # what the articles lack, said first


def test_asking_for_advice_is_not_what_the_answer_must_hold(bot: CareerBot) -> None:
    a = bot.ask("I want to become a data scientist. Would you recommend I take the javascript course first to get "
                "a developer job?")
    assert a.intent != "out_of_scope", a.text
    assert a.text.startswith("_The articles say nothing about “javascript”") and "courses" in a.text, a.text


def test_two_levels_of_a_roles_pay_set_against_each_other_get_the_fields_levels_said_to_be_so(bot: CareerBot) -> None:
    a = bot.ask("what's the pay difference between junior and senior ML engineers?")
    assert a.text.startswith("_The articles give no levels of pay for the Machine Learning Engineer; across machine "
                             "learning jobs:_ On these figures, the senior level pays $170,000"), a.text
    assert "$145,688" in a.text  # and the role's own figure
    bot.reset()
    assert "no levels of pay" not in bot.ask("how much does an ML engineer make?").text


def test_a_roles_question_answered_by_the_fields_own_section_says_so(bot: CareerBot) -> None:
    a = bot.ask("what industries hire NLP engineers?")
    assert "Healthcare" in a.text
    assert a.text.rstrip().endswith("_The articles say this of machine learning jobs in general; they don't say it "
                                    "of the NLP Engineer in particular._"), a.text
    bot.reset()
    assert "in general" not in bot.ask("which industries hire machine learning professionals?").text  # no role asked


def test_a_choice_on_the_field_itself_compares_what_the_roles_do_not_their_pay(bot: CareerBot) -> None:
    bot.ask("what's the difference between a data analyst and a BI developer?")
    a = bot.ask("which one works closer to the actual ML side?")
    assert "Machine Learning Developers" in a.text and "$" not in a.text, a.text


def test_they_beside_a_role_named_is_asked_its_pay(bot: CareerBot) -> None:
    bot.ask("what does a machine learning team lead do?")
    a = bot.ask("ok and how much do they make compared to a regular ML engineer?")
    assert a.text.startswith("On these figures, **Machine Learning Engineer** earns more ($145,688, against "
                             "$133,459 for Machine Learning Team Lead)"), a.text


def test_a_role_held_is_met_by_the_welcome_to_other_backgrounds_not_by_domain_knowledge(bot: CareerBot) -> None:
    a = bot.ask("I'm a data analyst, how do I get into ML?")
    assert "professionals from different backgrounds to enter" in a.text, a.text
    assert "Domain Knowledge" not in a.text and "They work on data preprocessing" not in a.text
    bot.reset()
    assert "Domain Knowledge" in bot.ask("I'm a marine biologist, how do I get into ML?").text  # a field, not a role


def test_the_gap_to_a_role_is_asked_of_its_skills(bot: CareerBot) -> None:
    a = bot.ask("I'm a junior web developer. Could I become a computer vision engineer one day? What's the gap "
                "I would have to close?")
    assert "“gap”" not in a.text and "Knowledge of image processing and deep learning" in a.text, a.text


def test_what_a_person_at_a_level_makes_is_asked_of_pay(bot: CareerBot) -> None:
    a = bot.ask("how much does an experienced ML person make compared to someone just starting?")
    assert a.intent == "salary" and "$170,000" in a.text and "$80,000" in a.text, a.text


@pytest.mark.parametrize("question", ["what's the worst part of an ML job?",
                                      "what do ML engineers complain about the most?",
                                      "any drawbacks to working in machine learning?"])
def test_the_downsides_of_the_work_are_its_challenges(bot: CareerBot, question: str) -> None:
    a = bot.ask(question)
    assert a.intent == "challenges" and "messy" in a.text, a.text


def test_a_choice_between_two_roles_liked_alike_picks_neither(bot: CareerBot) -> None:
    a = bot.ask("data engineer or MLOps engineer - which should I specialize in? I enjoy pipelines and deployment "
                "equally.")
    assert "point to the" not in a.text, a.text


def test_whether_a_thing_gets_one_hired_or_is_a_waste_is_weighed_not_said_yes(bot: CareerBot) -> None:
    a = bot.ask("Is a six month data science bootcamp really going to get me a job or is it a waste of money?")
    assert a.text.startswith("**The articles don't weigh its worth, but they speak for it.**"), a.text


def test_a_wh_question_asking_for_what_the_articles_never_touch_is_declined_not_padded(bot: CareerBot) -> None:
    a = bot.ask("which visa do I need to work as a data scientist in the UK?")
    assert a.intent == "out_of_scope" and "“visa”" in a.text and "Skills" not in a.text, a.text


def test_an_ordinary_word_qualifying_the_job_asked_about_is_no_role(bot: CareerBot) -> None:
    a = bot.ask("what skills do I need for a remote ML job?")
    assert a.intent == "skills" and a.text.startswith("_The articles say nothing about “remote”"), a.text
    bot.reset()
    assert bot.ask("what does a plumber earn?").intent == "out_of_scope"  # a role they lack, still


def test_the_side_of_the_work_asked_about_finds_the_roles_whose_facts_name_it(bot: CareerBot) -> None:
    a = bot.ask("which ML jobs are more on the business side? I don't code much")
    for role in ("Business Intelligence Developer", "Data Analyst", "Business Automation Specialist",
                 "Machine Learning Product Manager"):
        assert f"**{role}**" in a.text, a.text
    assert "Deep Learning Engineer" not in a.text and "**Business Automation Specialist**: These automation" in a.text


def test_a_background_is_met_by_its_telling_words_not_its_common_ones(bot: CareerBot) -> None:
    # "high school art": neither "high" nor "school" is the field; the welcome to other backgrounds meets it.
    a = bot.ask("I'm a high school art teacher. How do I get into machine learning?")
    assert a.text.startswith("Given the fact that Machine Learning is one of the most popular fields"), a.text
