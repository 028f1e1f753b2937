"""Reading a question: its form, what a yes/no asks, the main question of a post, the
English lexicon behind unknown words and typos, and the language of a question."""

from __future__ import annotations

import pytest

from careerbot import CareerBot
from careerbot.language import detect
from careerbot.lexicon import english
from careerbot.models import QuestionWords
from careerbot.reading import joined_questions, read, spelled_out, wondered


@pytest.fixture(scope="module")
def words_of(shared_bot: CareerBot):  # type: ignore[no-untyped-def]
    vocabulary = shared_bot.vocabulary
    return lambda text: read(text, vocabulary.question, vocabulary.stance)


@pytest.mark.parametrize(("question", "form"), [
    ("Is a bootcamp enough to land an ML role?", "yes_no"),
    ("should i bother with a masters", "yes_no"),
    ("Data engineer or data analyst, which suits me?", "comparison"),
    ("Who earns more: an NLP engineer or a researcher?", "comparison"),
    ("How can a teacher move into data science?", "how_to"),
    ("any tips for my first ML interview", "how_to"),
    ("How long does it take to learn ML?", "quantity"),
    ("What does an MLOps engineer do?", "wh"),
    ("Hi Ana, is it too late to start at 35?", "yes_no"),
    ("sql or tableau?", "comparison"),  # a bare choice of two things
    ("could you explain what a data analyst does?", "wh"),  # a request, not a yes/no
    ("can you tell me if a masters is needed?", "yes_no"),  # a yes/no asked indirectly
    ("can you get hired without a degree?", "yes_no"),  # "you" is anyone
    ("I was told to learn SQL or Excel before anything else.", "statement"),
    ("And as for the research side of things, do I need a PhD?", "yes_no"),  # past the phrase setting its topic
    ("is an ML engineer the same thing as a data scientist?", "comparison"),  # whether two are one: how they differ
    ("are NLP and computer vision separate fields or not?", "comparison"),
    ("realistically, can I still switch at 40?", "yes_no"),  # past an adverb before the question proper
    ("so you cant become a data analyst without excel??", "yes_no"),  # a statement asked
    ("you need a PhD for research?", "yes_no"),
    ("you need a PhD for research.", "statement"),
])
def test_the_form_of_a_question(words_of, question: str, form: str) -> None:  # type: ignore[no-untyped-def]
    assert words_of(question).form == form


@pytest.mark.parametrize(("question", "asks", "negated"), [
    ("Is a PhD required for research jobs?", "requirement", False),
    ("Is the ML job market saturated?", "negative", False),
    ("Can an economist become a data scientist?", "possible", False),
    ("Can I get hired without a degree?", "possible", True),
    ("Is it worth it, or is ML just hype?", "positive", False),
    ("Is it realistic to move into data science from teaching?", "possible", False),  # "can I?" in other words
    ("hmm so is a bootcamp enough?", "possible", False),  # the interjection says nothing of it
    # a claim and its check in one sentence: the claim is asked; denied and done without cancel out
    ("a recruiter told me data science is dying, is that right?", "negative", False),
    ("my tutor reckons you can't get hired without a portfolio, is that true?", "requirement", False),
])
def test_what_a_yes_no_question_asks(words_of, question: str, asks: str, negated: bool) -> None:  # type: ignore[no-untyped-def]
    reading = words_of(question)
    assert (reading.asks, reading.negated) == (asks, negated)


def test_a_long_if_clause_gives_way_to_the_question_after_its_comma(words_of) -> None:  # type: ignore[no-untyped-def]
    reading = words_of("If I wanted to move into a machine learning team lead role, would I have to build models?")
    assert reading.form == "yes_no"


def test_a_post_that_numbers_its_questions_is_read_as_several(words_of) -> None:  # type: ignore[no-untyped-def]
    reading = words_of("two things: 1) do i need java for ML 2) how much stats do i need")
    assert reading.questions == ["do i need java for ML", "how much stats do i need"]
    assert reading.rest == ["how much stats do i need"]
    # Numbers that do not run from one are no list.
    assert len(words_of("is $2. 5) a lot?").questions) == 1


def test_a_post_is_read_for_its_question_and_its_background(words_of) -> None:  # type: ignore[no-untyped-def]
    reading = words_of("I've been a pharmacist for ten years. I like statistics. Could I work as a data analyst?")
    assert reading.question == "Could I work as a data analyst?"
    assert reading.form == "yes_no"
    assert "pharmacist" in reading.background


@pytest.mark.parametrize(("question", "origin"), [
    ("How do I move from civil engineering into ML?", "civil engineering"),
    ("I'm a chemistry teacher. Is data science open to me?", "chemistry teacher"),
    ("As a nurse, could I become a data analyst?", "nurse"),
    ("I have a degree in economics, where do I start?", "economics"),
    ("How do I get a job as a data scientist?", ""),  # the goal, not where they come from
    ("Can I work in finance with ML skills?", ""),
])
def test_where_the_person_comes_from(words_of, question: str, origin: str) -> None:  # type: ignore[no-untyped-def]
    assert words_of(question).origin == origin


def test_the_lexicon_tells_english_from_typos_and_jargon() -> None:
    lexicon = english()
    assert "seriously" in lexicon and "surveillance" in lexicon
    assert "kubernetes" not in lexicon and "salery" not in lexicon
    assert lexicon.zipf("the") > lexicon.zipf("dream") > lexicon.zipf("casino") > 0


@pytest.mark.parametrize("word", ["heard", "wonder", "lean", "dears"])
def test_english_words_are_not_corrected_into_corpus_words(shared_bot: CareerBot, word: str) -> None:
    assert shared_bot.analyzer.correct(word) is None


@pytest.mark.parametrize("name", ["macbook", "hackbook"])
def test_two_edits_that_change_the_first_letter_are_no_typo(shared_bot: CareerBot, name: str) -> None:
    # "macbook" is two edits from "facebook", a word of the articles: a name, not a typo.
    assert shared_bot.analyzer.correct(name) is None


@pytest.mark.parametrize(("typo", "meant"), [("scientst", "scientist"), ("enginer", "engineer"),
                                             ("diffrence", "difference"), ("salery", "salary"),
                                             ("bein", "being"), ("learnin", "learning"),  # chat's "-in"
                                             ("waht", "what"), ("actualy", "actually")])  # how people talk
def test_typos_are_corrected_by_length(shared_bot: CareerBot, typo: str, meant: str) -> None:
    assert shared_bot.analyzer.correct(typo) == meant


@pytest.mark.parametrize(("question", "note_word"), [
    ("¿Cuánto gana un data scientist en un año?", "inglés"),
    ("Quel est le salaire d'un data analyst?", "anglais"),
    ("Welche Fähigkeiten braucht ein Data Engineer?", "Englisch"),
    ("Quali competenze servono a un data scientist?", "inglese"),
])
def test_another_language_is_met_in_that_language(bot: CareerBot, question: str, note_word: str) -> None:
    a = bot.ask(question)
    assert note_word in a.text.split("\n")[0]
    # Its words are not subjects the articles lack, nor typos of English words.
    assert "say nothing about" not in a.text and "don't cover" not in a.text and "I read" not in a.text


@pytest.mark.parametrize(("question", "intent", "expected"), [
    ("¿Cuánto gana un data analyst?", "salary", "$117,260"),
    ("O que faz um data engineer?", "role_info", "datasets"),
    ("Welche Fähigkeiten braucht ein Data Engineer?", "skills", "SQL"),
    ("Quelle est la différence entre un data analyst et un BI developer ?", "comparison", "Business Intelligence"),
    ("Welche Branchen suchen Leute für Machine Learning?", "industries", "Healthcare"),  # the words of hiring
    ("¿Hace falta saber programar para machine learning?", "skills", "programming skills are essential"),
])
def test_a_question_in_another_language_is_answered_as_far_as_its_career_words_go(
        bot: CareerBot, question: str, intent: str, expected: str) -> None:
    a = bot.ask(question)
    assert a.intent == intent and expected in a.text


def test_a_first_question_not_covered_in_another_language_still_gets_the_note_first(bot: CareerBot) -> None:
    a = bot.ask("¿El trabajo en ML es remoto? ¿Qué habilidades necesito?")
    first, second = a.text.split("\n\n")[:2]
    assert "inglés" in first and "(“¿El trabajo en ML es remoto?”)" in second


def test_an_italian_question_is_read_with_its_background(bot: CareerBot) -> None:
    a = bot.ask("Sono ricercatore in fisica. Posso passare al machine learning anche senza una laurea in informatica?")
    assert a.text.split("\n\n")[1].startswith("**Yes.**"), a.text
    assert "Machine Learning Researcher" not in a.text  # who they are, not the role asked about


def test_role_names_do_not_make_a_spanish_question_english(bot: CareerBot) -> None:
    a = bot.ask("¿Qué hace un Machine Learning Engineer?")
    assert "inglés" in a.text.split("\n")[0] and "I read" not in a.text


def test_an_english_question_with_typos_is_english(bot: CareerBot) -> None:
    a = bot.ask("how much dose a data scintist earn")
    assert a.intent == "salary" and "119,413" in a.text


@pytest.mark.parametrize(("question", "form"), [
    ("and is that a good career?", "yes_no"),
    ("data scientists don't need SQL anymore, right?", "yes_no"),
    ("ok how is that diff from a data analyst?", "comparison"),
])
def test_a_question_is_read_past_its_linking_word_and_by_its_tag(words_of, question: str, form: str) -> None:  # type: ignore[no-untyped-def]
    assert words_of(question).form == form


@pytest.mark.parametrize(("question", "setting", "asked", "form"), [
    ("Given how fast the field moves, is it too late to start?", "Given how fast the field moves",
     "is it too late to start?", "yes_no"),
    ("With hiring freezes everywhere,what does the future hold for data engineers?",
     "With hiring freezes everywhere", "what does the future hold for data engineers?", "wh"),
    ("With a degree in physics, how do I get into ML?", "With a degree in physics", "how do I get into ML?", "how_to"),
    ("If you had to pick one, ML or AR, which would it be?", "", "If you had to pick one, ML or AR, which would it be?",
     "comparison"),
])
def test_a_question_set_in_a_clause_is_read_after_it(words_of, question: str, setting: str, asked: str,  # type: ignore[no-untyped-def]
                                                     form: str) -> None:
    reading = words_of(question)
    assert (reading.setting, reading.question, reading.form) == (setting, asked, form)
    if setting:
        assert setting in reading.background


def test_a_background_in_the_clause_is_still_the_person_s(words_of) -> None:  # type: ignore[no-untyped-def]
    assert words_of("With a degree in physics, how do I get into ML?").origin == "physics"


@pytest.mark.parametrize(("question", "weighs", "either_or"), [
    ("Should I learn machine learning?", True, False),
    ("what should i learn first?", False, False),
    ("Is data science a dream job or should I stay away?", True, True),
    ("Is a masters worth it?", True, False),
    ("What does a data engineer do?", False, False),
])
def test_a_question_that_weighs_a_path(words_of, question: str, weighs: bool, either_or: bool) -> None:  # type: ignore[no-untyped-def]
    reading = words_of(question)
    assert (reading.weighs, reading.either_or) == (weighs, either_or)


@pytest.mark.parametrize(("question", "origin"), [
    ("data analyst here, how do I become a data scientist?", "data analyst"),
    ("Nurse here. Can I get into AI?", "nurse"),
    ("Is it hard to get hired here in Berlin?", ""),
])
def test_a_short_clause_ending_in_here_says_who_asks(words_of, question: str, origin: str) -> None:  # type: ignore[no-untyped-def]
    assert words_of(question).origin == origin


@pytest.mark.parametrize(("question", "origin"), [
    ("I have a biology degree, can I do ML?", "biology"),
    ("my CS background is weak, what now?", "cs"),
    ("is a CS degree worth it?", ""),  # where they may go, not where from
    ("is a masters in statistics worth it for ML?", ""),
    ("I have a masters in statistics. Is that enough?", "statistics"),
])
def test_a_field_held_as_a_degree_is_where_they_come_from(words_of, question: str, origin: str) -> None:  # type: ignore[no-untyped-def]
    assert words_of(question).origin == origin


@pytest.mark.parametrize(("question", "language"), [
    ("¿Vale la pena estudiar machine learning?", "es"),
    ("Preciso de diploma para trabalhar com IA?", "pt"),
    ("Is a diploma required for data science?", "en"),
    ("How much does a data scientist earn?", "en"),
])
def test_career_phrases_of_one_language_tell_it_among_english_names(shared_bot: CareerBot, question: str,
                                                                    language: str) -> None:
    bot = shared_bot
    assert detect(question, bot.planner.familiar, bot.pack.name_words, bot.pack.language_phrases) == language


@pytest.mark.parametrize(("question", "parts"), [
    ("what does a data analyst do and how much do they earn?",
     ["what does a data analyst do?", "how much do they earn?"]),
    ("is a PhD needed, and which skills matter most?", ["is a PhD needed?", "which skills matter most?"]),
    ("how much do data scientists and data engineers make?",
     ["how much do data scientists and data engineers make?"]),  # "and" between two roles
    ("I studied physics and I like coding.", []),  # no question at all
    ("is it feasible to go from teaching into data science, and if so how should I begin?",
     ["is it feasible to go from teaching into data science?", "how should I begin?"]),  # past its "if so"
])
def test_one_sentence_asking_two_things_is_two_questions(words_of, question: str,  # type: ignore[no-untyped-def]
                                                         parts: list[str]) -> None:
    assert words_of(question).questions == parts


def test_a_statement_that_wonders_asks(bot: CareerBot) -> None:
    """"I work in X and wondering if ...": what it says is background, what it wonders is asked."""
    from careerbot.reading import read
    vocabulary = bot.vocabulary
    r = read("I teach chemistry and I'm curious whether I could move into data science",
             vocabulary.question, vocabulary.stance)
    assert r.question.startswith("curious whether") and r.form == "yes_no"
    assert "chemistry" in r.background


def test_or_other_widens_instead_of_setting_an_alternative(bot: CareerBot) -> None:
    from careerbot.reading import read
    vocabulary = bot.vocabulary
    assert not read("is there ML work in retail or other industries?", vocabulary.question, vocabulary.stance).either_or
    assert read("should I learn Python or R?", vocabulary.question, vocabulary.stance).either_or


def test_a_hyphenated_pair_of_known_words_is_no_typo(bot: CareerBot) -> None:
    a = bot.ask("any ML work in non-tech industries?")
    assert "I read" not in a.text


def test_a_short_opener_does_not_hide_a_joined_question(bot: CareerBot) -> None:
    from careerbot.reading import read
    vocabulary = bot.vocabulary
    r = read("Realistically, can I get into ML without a degree, and what should I do first?",
             vocabulary.question, vocabulary.stance)
    assert r.rest == ["what should I do first?"]


def test_a_plain_next_question_is_answered_though_a_long_story_comes_before_it(bot: CareerBot) -> None:
    bot.reset()
    a = bot.ask("I've been a nurse for twelve years, mostly night shifts on a cardiac ward, and I'm tired of it. "
                "I did some statistics at university. Can I move into data science, and what should I do first?")
    assert "**“what should I do first?”**" in a.text and "Start small by learning Python" in a.text


def test_a_question_after_a_condition_asks(bot: CareerBot) -> None:
    from careerbot.reading import read
    vocabulary = bot.vocabulary
    r = read("Is Python enough? And if it is, which libraries do ML people use", vocabulary.question, vocabulary.stance)
    assert r.rest == ["And if it is, which libraries do ML people use"]


def test_a_later_full_question_with_or_is_not_the_first_one_s_comparison(bot: CareerBot) -> None:
    from careerbot.reading import read
    vocabulary = bot.vocabulary
    r = read("how much math do I need for ML? do I need calculus or is stats enough",
             vocabulary.question, vocabulary.stance)
    assert r.form == "quantity" and r.rest == ["do I need calculus or is stats enough"]


def test_a_next_question_s_verdict_is_given_though_its_sentence_was_shown(bot: CareerBot) -> None:
    bot.reset()
    a = bot.ask("how much math do I need for ML? do I need calculus or is stats enough")
    part = a.text.split("**“do I need calculus or is stats enough”**")[1]
    # Calculus and statistics are weighed; the sentence shown above names them together as
    # essential, and the next answer says so rather than an ambiguous "Yes".
    assert part.strip().startswith("_The articles call each of them essential")


def test_a_lexicon_lookup_finds_every_word_and_no_other() -> None:
    from careerbot.lexicon import Lexicon

    counts = {"a": 50, "aa": 3, "zebra": 2, "zz": 1, "mid": 7, "middle": 9, "mi": 4, "émigré": 2}
    lexicon = Lexicon.from_counts(counts)
    for word in counts:
        assert lexicon.zipf(word) > 0, word
    for absent in ["", "b", "zzz", "midd", "m", "aaa", "zebras", "émigr"]:
        assert lexicon.zipf(absent) == 0, absent
    assert lexicon.zipf("middle") > lexicon.zipf("mid") > lexicon.zipf("mi")


def test_a_sentence_read_again_is_read_as_before_and_by_its_own_vocabulary(shared_bot: CareerBot) -> None:
    """The readings of a sentence are kept per vocabulary: a caller that changes the list it
    got changes nothing for the next question, and another vocabulary reads it its own way."""
    wording = shared_bot.vocabulary.question
    sentence = "I work in agronomy and wondering if there's ML work in agriculture"
    parts = wondered(sentence, wording)
    assert len(parts) == 2
    parts.clear()
    assert len(wondered(sentence, wording)) == 2
    assert wondered(sentence, wording.model_copy()) == wondered(sentence, wording)
    assert wondered(sentence, QuestionWords()) == [sentence]  # no wondering markers: the sentence as it is
    joined = "what do they do and which frameworks should I learn?"
    assert len(joined_questions(joined, wording)) == 2
    assert joined_questions(joined, QuestionWords()) == [joined]


def test_a_question_after_a_phrase_setting_its_topic_is_its_own(words_of) -> None:  # type: ignore[no-untyped-def]
    r = words_of("What do data engineers earn? And regarding skills for that job, which ones matter most?")
    assert r.rest == ["And regarding skills for that job, which ones matter most?"]


@pytest.mark.parametrize("question", [
    "how do i find a mentor if im kinda shy?",  # what the asker is
    "what's the entry lvl salary for a data engineer",  # chat for "level"
    "is data engineering drying up?",  # what the yes/no asks, which the verdict reads
])
def test_ordinary_words_are_not_named_as_gaps(bot: CareerBot, question: str) -> None:
    a = bot.ask(question)
    assert "say nothing about" not in a.text and "don't cover" not in a.text, a.text


def test_a_subject_the_articles_lack_is_still_named_beside_a_trait(bot: CareerBot) -> None:
    a = bot.ask("I'm shy. Do I need kubernetes to be a data engineer?")
    assert "“kubernetes”" in a.text and "“shy”" not in a.text


def test_a_falling_market_is_answered_with_a_verdict(bot: CareerBot) -> None:
    a = bot.ask("is hiring for ML engineers slowing down?")
    assert a.text.startswith("**No"), a.text


def test_a_decline_names_each_subject_once_and_no_adverb(bot: CareerBot) -> None:
    a = bot.ask("can a data engineer work fully remote with long hours?")
    assert "“fully”" not in a.text and "“hours”" not in a.text
    a = bot.ask("is the work-life balance good for a data analyst?")
    assert "“worklife”" not in a.text and "“balance”" not in a.text


@pytest.mark.parametrize(("question", "named"), [
    ("should I use upwork to find ML gigs?", "“upwork”"),  # a name, though "up" and "work" are words
    ("is a blockchain background useful for ML?", "“blockchain”"),
])
def test_a_name_of_two_words_is_still_a_subject(bot: CareerBot, question: str, named: str) -> None:
    assert named in bot.ask(question).text


def test_a_word_of_theirs_run_together_is_no_subject(bot: CareerBot) -> None:
    a = bot.ask("any tips for getting ML-related jobs?")
    assert a.intent == "how_to_start" and "mlrelated" not in a.text


def test_the_nearest_topics_offered_are_topics(bot: CareerBot) -> None:
    a = bot.ask("are the hours long for an ML engineer?")
    offered = a.text.split("The nearest topics they do cover:")[1].split(".")[0]
    assert "At the end" not in offered and "Introduction" not in offered, a.text


@pytest.mark.parametrize(("typed", "meant"), [
    ("r bootcamps worth it?", "are bootcamps worth it?"),  # a question's first word
    ("what r the skills for nlp?", "what are the skills for nlp?"),  # after a wh-word
    ("should i learn python or r?", "should i learn python or r?"),  # the language, an option
    ("is r or python better for stats?", "is r or python better for stats?"),  # before "or"
    ("R is used a lot. r data jobs growing?", "R is used a lot. are data jobs growing?"),
    ("is it hype or r they really hiring?", "is it hype or are they really hiring?"),  # after "or", before "they"
    ("do i learn sql or r then?", "do i learn sql or r then?"),  # an option still
    ("r ML jobs drying up?", "are ML jobs drying up?"),  # before an abbreviation
    ("ok lol r they hiring?", "ok lol are they hiring?"),  # after an interjection
    ("is sql needed? and r certs worth it?", "is sql needed? and are certs worth it?"),  # after a sentence's "and"
    ("learn python and r first?", "learn python and r first?"),
    ("R ML libraries are fine", "R ML libraries are fine"),  # the language, as written
])
def test_a_chat_word_is_read_as_the_question_word_only_where_one_stands(shared_bot: CareerBot, typed: str,
                                                                        meant: str) -> None:
    assert spelled_out(typed, shared_bot.vocabulary.question) == meant


def test_a_question_that_a_tag_ends_asks_without_a_question_mark(words_of) -> None:  # type: ignore[no-untyped-def]
    r = words_of("still worth learning ML in 2026 or nah")
    assert r.form == "yes_no" and r.questions == ["still worth learning ML in 2026 or nah"]
    assert words_of("I learned it the hard way, or not.").questions == []  # a full stop ends a statement


@pytest.mark.parametrize(("post", "parts"), [
    # a comma alone joins two whole questions
    ("what does a data engineer actually do all day, is it a stressful job", 2),
    ("wat does an mlops engineer even do lol, is that a real job", 2),
    # ... but not a question that only names its subject, nor a short opener
    ("what about a data analyst, is it different?", 1),
    ("Honestly, is it worth it?", 1),
    ("If I study statistics, can I become a data scientist?", 1),
])
def test_two_questions_joined_by_a_comma(words_of, post: str, parts: int) -> None:  # type: ignore[no-untyped-def]
    assert len(words_of(post).questions) == parts


def test_the_parts_of_a_numbered_post_are_questions_without_their_numbers(words_of) -> None:  # type: ignore[no-untyped-def]
    r = words_of("Two questions: (1) do I need a degree for data engineering? (2) what does a data engineer earn?")
    assert r.questions == ["do I need a degree for data engineering?", "what does a data engineer earn?"]
    assert r.form == "yes_no" and r.rest == ["what does a data engineer earn?"]


@pytest.mark.parametrize(("post", "asked"), [
    ("My uncle says you need a PhD for any ML job. Is he right?", "Is it true that you need a PhD for any ML job?"),
    ("A friend told me that data analysts need to know SQL. Is that true or not?",
     "Is it true that data analysts need to know SQL?"),
    ("Deep learning is overhyped. Am I wrong?", "Is it true that Deep learning is overhyped?"),
])
def test_a_check_of_a_claim_asks_the_claim(words_of, post: str, asked: str) -> None:  # type: ignore[no-untyped-def]
    r = words_of(post)
    assert r.question == asked and r.form == "yes_no"


def test_a_check_of_a_claim_is_answered_on_the_claim(bot: CareerBot) -> None:
    a = bot.ask("My uncle says you need a PhD for any ML job. Is he right?")
    assert a.text.startswith("**Not necessarily"), a.text
    # asked alone, with nothing before it, it is no claim to check
    assert words_of_alone(bot, "Is he right?").question == "Is he right?"


def words_of_alone(bot: CareerBot, text: str):  # type: ignore[no-untyped-def]
    return read(text, bot.vocabulary.question, bot.vocabulary.stance)


@pytest.mark.parametrize(("word", "full"), [
    ("gettin", "getting"), ("learnin", "learning"), ("nothin", "nothing"),
    ("cabin", None),  # a word of its own
    ("in", None), ("bin", None),  # too short to have dropped a "g"
    ("xqzin", None),  # no word in full either
])
def test_a_dropped_g_is_spelled_in_full(word: str, full: str | None) -> None:
    assert english().in_full(word) == full


def test_a_dropped_g_is_no_subject_the_articles_lack(bot: CareerBot) -> None:
    a = bot.ask("is it worth gettin into data science in 2026?")
    assert "“gettin”" not in a.text.split("_(I read")[0] and "don't answer" not in a.text, a.text


@pytest.mark.parametrize(("question", "named"), [
    ("why are data analyst jobs booming anyway?", "anyway"),  # how people talk
    ("any other industries that hire ML people elsewhere?", "elsewhere"),  # it widens the question
    ("whats the diff btwn a data analyst and a data scientist?", "btwn"),  # chat for "between"
])
def test_a_word_that_names_no_subject_is_never_called_a_gap(bot: CareerBot, question: str, named: str) -> None:
    a = bot.ask(question)
    assert f"“{named}”" not in a.text and a.intent != "out_of_scope", a.text


def test_a_french_question_is_met_in_french_and_its_words_are_no_gaps(bot: CareerBot) -> None:
    a = bot.ask("Est-ce que le métier de data engineer a de l'avenir ?")
    assert a.text.startswith("_Les articles"), a.text
    assert "say nothing about" not in a.text and "don't cover" not in a.text, a.text


@pytest.mark.parametrize(("question", "named"), [
    ("do I need to avoid startups as a new data scientist?", "avoid"),  # how people talk, not a subject
    ("is it hopeless to become an ML engineer without a degree?", "hopeless"),  # what is asked of it
])
def test_an_everyday_word_of_the_question_is_not_named_as_a_gap(bot: CareerBot, question: str, named: str) -> None:
    assert f"“{named}”" not in bot.ask(question).text


def test_a_question_declined_whole_still_names_its_everyday_subject(bot: CareerBot) -> None:
    a = bot.ask("how do I file my taxes?")
    assert a.intent == "out_of_scope" and "“taxes”" in a.text, a.text


@pytest.mark.parametrize(("question", "form"), [
    ("is networking really the best way to find ML jobs?", "yes_no"),
    ("do you have any tips for getting into ML?", "how_to"),
])
def test_a_how_to_word_inside_a_yes_no_leaves_it_one_unless_it_asks_for_advice(
        shared_bot: CareerBot, question: str, form: str) -> None:
    vocabulary = shared_bot.vocabulary
    assert read(question, vocabulary.question, vocabulary.stance).form == form


@pytest.mark.parametrize(("question", "negated"), [
    ("is a PhD worth it if I just want an industry ML job, not research?", False),  # set against, not done without
    ("can I get an ML job without a degree?", True),
])
def test_a_contrast_at_the_end_is_no_negation(shared_bot: CareerBot, question: str, negated: bool) -> None:
    vocabulary = shared_bot.vocabulary
    assert read(question, vocabulary.question, vocabulary.stance).negated is negated


def test_a_statement_that_asks_whether_two_are_the_same_compares_them(shared_bot: CareerBot) -> None:
    vocabulary = shared_bot.vocabulary
    reading = read("bi developer and data analyst arent they basically the same job?", vocabulary.question,
                   vocabulary.stance)
    assert reading.form == "comparison"


@pytest.mark.parametrize("question", ["Est-ce que c'est difficile de travailler dans le machine learning ?",
                                      "¿Es difícil trabajar en machine learning?"])
def test_is_it_hard_in_another_language_is_answered_by_the_challenges(shared_bot: CareerBot, question: str) -> None:
    shared_bot.reset()
    a = shared_bot.ask(question)
    assert "far from easy" in a.text or "challenges" in a.text, a.text


@pytest.mark.parametrize(("post", "asked"), [
    ("Did a coding bootcamp last year. What should I learn next?", "What should I learn next?"),
    ("Was a nurse for ten years. Can I move into data science?", "Can I move into data science?"),
])
def test_a_sentence_telling_what_was_done_is_background_not_a_question(words_of, post: str,  # type: ignore[no-untyped-def]
                                                                     asked: str) -> None:
    r = words_of(post)
    assert r.question == asked and r.background.startswith(post.split(".")[0]), r


def test_a_second_question_doubting_a_claim_leaves_the_first_as_the_question(words_of) -> None:  # type: ignore[no-untyped-def]
    r = words_of("does my physics background count, or do companies only want CS grads?")
    assert r.question == "does my physics background count?" and not r.either_or, r
    # Another way of their own is a real alternative.
    assert words_of("is networking key, or can I just apply online?").either_or


def test_a_question_opened_by_or_after_a_statement_is_the_other_side_of_it_not_a_question_of_its_own(  # type: ignore[no-untyped-def]
        words_of) -> None:
    r = words_of("Is data science a safe career? I worry it gets automated. Or will companies always need people?")
    assert r.question == "Is data science a safe career?" and r.rest == [], r
    # After a question, it is a question of its own.
    assert words_of("Is a masters worth it for ML? Or should I just start applying?").rest == [
        "Or should I just start applying?"]


@pytest.mark.parametrize("question", ["how do I get into ML from scratch?", "how do I get into ML from here?"])
def test_where_one_starts_from_is_no_background(words_of, question: str) -> None:  # type: ignore[no-untyped-def]
    assert words_of(question).origin == ""


@pytest.mark.parametrize(("question", "bound"), [
    ("can I become an ML engineer in 6 months?", "in 6 months"),
    ("is it realistic to land a data analyst job within a year?", "within a year"),
    ("Can I learn machine learning in a few weeks?", "in a few weeks"),
    ("could I be job ready in 3-4 months", "in 3-4 months"),
    ("is it possible to become a data scientist in under two years?", "under two years"),
    ("is ML in demand in the next few years?", ""),  # no amount right before the unit: no limit
    ("can I work in ML with a physics degree?", ""),
])
def test_a_yes_no_bound_by_a_span_of_time_asks_how_long(words_of, question: str, bound: str) -> None:  # type: ignore[no-untyped-def]
    reading = words_of(question)
    assert reading.time_limit == bound
    assert (reading.form == "quantity") == bool(bound)


def test_a_yes_no_bound_by_a_span_of_time_is_told_the_articles_give_no_time(bot: CareerBot) -> None:
    a = bot.ask("can I become an ML engineer in 6 months?")
    assert a.text.startswith("_The articles don't say how long it takes, so not whether “in 6 months” is "
                             "enough"), a.text
    assert "**Yes" not in a.text and "Start small by learning Python" in a.text
    bot.reset()
    assert bot.ask("Can I learn machine learning in a few weeks?").intent == "how_to_start"


@pytest.mark.parametrize("question", ["¿Es difícil conseguir trabajo como ingeniero de machine learning?",
                                      "Est-ce que c'est difficile de trouver un emploi dans le machine learning ?"])
def test_is_it_hard_in_another_language_gets_the_verdict_as_in_english(shared_bot: CareerBot, question: str) -> None:
    shared_bot.reset()
    a = shared_bot.ask(question)
    assert "**It is demanding, but doable.**" in a.text, a.text
