"""Every number the answer path is tuned by, and why: one place to read and to change them.

Scores are the intent matcher's (0..1); coverage is the share of a question's term weight
that a passage holds (0..1); Zipf frequencies are the English lexicon's (lexicon.py:
log10 of a word's frequency per billion words, 7 for "the", 3 for "stressful").
"""

MAX_QUESTION_CHARS = 1500  # longer text is cut here; the answer says so (a long forum post fits)
# "Which role do you mean?" is asked among this many roles, or of a question this short ("how
# much does a scientist make?"): in a longer one, a bare "engineering" that could be any of
# eight roles is a field, not a role to pick.
MAX_CLARIFY_CHOICES = 4
MAX_CLARIFY_WORDS = 8
ROLE_ANSWERS = ("salary", "skills", "role_info", "comparison")
# Answers that are a list of the articles' facts: after a yes or no, a next question of the
# same post that asks for the list ("where would I start?") still gets it.
LISTED_ANSWERS = ("how_to_start", "skills")

# How much of a question's own term weight the best passage must hold to count as an answer:
# for a question an intent recognises, and for one that none does.
MIN_COVERAGE = 0.5
STRICT_COVERAGE = 0.75
# A question its intent knows well ("in which industries ...") may hold filler words the
# articles use elsewhere ("find"): its passages need only this share.
CONFIDENT_COVERAGE = 0.3
CONFIDENT_INTENT = 0.6
# An intent weaker than this does not carry a question on its own: it may be a follow-up.
WEAK_INTENT = 0.45
# Below this, no intent recognises the question at all.
MIN_INTENT = 0.25
# Zipf frequency (see lexicon.py) from which an unknown word is common English ("dream",
# "away", "seem"): disclosed, but never on its own a reason to refuse a question.
COMMON_ZIPF = 4.8
# From here an unknown word right before a word the articles know is ordinary English that
# qualifies it ("a proper master's", "low-skill jobs"), not a subject they lack. Rarer words
# stay subjects wherever they stand ("quantum computing", "kubernetes clusters").
QUALIFIER_ZIPF = 4.0
# Below this an unknown word may be named as a subject the articles lack ("pandas", "visa");
# from it on it is how people talk ("avoid", "dealing"). What the articles never decide
# ("remote", "interview") is named from the pack's list, whatever its frequency.
SUBJECT_ZIPF = QUALIFIER_ZIPF
# A post of several questions: the first is answered, and these many of the others too when
# careerbot is sure of them (SURE_OF_A_PART); the rest, up to MAX_OTHER_QUESTIONS in all,
# are offered as follow-ups.
MAX_ANSWERED_PARTS = 2
# How sure careerbot must be of another question of a post to answer it there: a general
# list (the skills the articles name) is sure enough; a guess from retrieved sentences is not.
SURE_OF_A_PART = 0.5
# A list the question plainly asks for ("what would I need to learn beyond SQL?") answers it, though
# the words it adds ("SQL", "taken") are not in the list's sentences.
SURE_OF_A_LIST = 0.75
MAX_OTHER_QUESTIONS = 3
# When a post's first question is not covered, its next one is answered instead only if the
# answer is at least this sure: a weak guess at it would pass for an answer to the post.
SURE_OF_THE_NEXT = 0.6
MAX_SUGGESTION_CHARS = 120
# Zipf frequency from which a word the intent doesn't own is filler ("happen", "right",
# "way"): the evidence need not hold it. Rarer words ("layoffs", "python") are the topic.
FILLER_ZIPF = 5.0
# How many of the best sentences a verdict may come from: past these, a stance sentence is
# about something else.
VERDICT_CANDIDATES = 12
# The steps a question asks about: those with at least this share of the best step's weight
# of the question's words, and only if they are few (else the question is about all of them).
STEP_SHARE = 0.6
MAX_STEPS_ASKED = 3
# All the steps at once show this many quotes each (the first, the step's own words); a
# step asked about on its own shows every quote it has.
STEP_QUOTES_IN_ALL = 2
# ... and one each under one of a post's several questions, where the answer is one of several.
STEP_QUOTES_IN_A_PART = 1
# A term the articles hold in at most this many passages is named in passing ("MBA", "stock
# options"): a question on it is answered where it is named, and a stance on the broader
# subject ("degrees are preferred") does not decide it.
IN_PASSING_CHUNKS = 2
# A question of at most this many words with an "or" inside ("math or coding?") weighs the
# two things around it.
BARE_CHOICE_WORDS = 6
# A question joined to another by "and" ("what do they do and which frameworks ...?") is
# read as two when each side has at least this many words.
MIN_JOINED_WORDS = 3
# ... and by a comma alone when the first has at least this many ("what does an AI ethicist do,
# is that a real job?"; not "what about NLP, is it growing?").
MIN_COMMA_JOINED_WORDS = 5
# The most words one side of "X or Y" may name ("an online course", "data handling").
MAX_OPTION_WORDS = 2
# How far from its "or" an option may start, past the asking and the adverbs ("or do I really
# need to learn Python?").
OPTION_REACH = 10
# A question asked at large of an intent's own section ("which industries hire?") gets up
# to this many sentences: its first section as written, ...
SECTION_SENTENCES = 4
# ... of which the first sentence of this many other sections of the intent ("What is the
# biggest challenge ...?" under "Challenges") takes one, after the first two.
OTHER_SECTIONS = 1
# Intents whose answer is built from a role's facts: a how-to question about a role wants
# the way in instead, and only a question in the form of a comparison gets a comparison.
CARD_ANSWERS = ("role_info", "comparison", "roles")
# An answer to whether to take a path gets the other side in this many sentences: the
# opening of the articles' section on its challenges.
OTHER_SIDE_SENTENCES = 2
# A background the articles don't name ("biology") is met in this many sentences: one that
# welcomes other backgrounds, and what they say of that field or of domain knowledge.
ORIGIN_SENTENCES = 2
# How one comes to the role asked about (or from the one held) is said in this many sentences.
WAYS_IN_SENTENCES = 2
# A decline offers at most this many of the nearest topics the articles cover, and as many
# questions to ask about them.
NEAREST_TOPICS = 3
# "Would my clinical background count?": what they ask the worth of is this many words after "my".
OWN_BACKGROUND_WINDOW = 3
# What someone says they lack is in this many words after the negation ("zero coding experience"),
# and a goal in this many words after its verb ("land an ML internship").
LACKED_WINDOW = 3
# The steps to get started are led by at most this many sentences on the person (where they
# come from, changing careers, the way into the role they want).
MAX_LEADS = 3
# A comparison shows at most this many roles: "data scientist, data engineer, data analyst
# and BI" are four a person asked about side by side; more is a list, not a comparison.
MAX_COMPARED = 4
# A question about a role at a level ("a senior ML engineer") gets at most this many of the
# articles' sentences on that role at that level, after its card.
LEVEL_SENTENCES = 3
# A verdict drawn from the whole field, on a role with no list of its own, is followed by this
# many sentences of what the role does.
ROLE_DOES_QUOTES = 2
# A role compared on its future that the articles say nothing of on it gets this many of their
# sentences on the whole field's future, said to be the field's.
FIELD_OUTLOOK_SENTENCES = 1
# "Which role suits a beginner?": the level's words are looked for in this many chunks (a table
# of roles and levels is one chunk; a role's own section another).
LEVEL_CHUNKS = 30
# A skills question names a skill ("math", "SQL") when its word is in at most a third of the
# skill quotes; then the answer is those skills' facts, at most this many, not the whole list.
NAMED_SKILL_SHARE = 3
MAX_NAMED_SKILLS = 3
# "Is there a role focused on ...?" is answered with the role whose descriptions hold the
# most of it only when it holds this many times the weight the next role holds.
ROLE_STANDS_OUT = 1.5
# Each half of a hyphenated pair read as one word ("ML-related", "low-skill") is an English
# word from this Zipf frequency, or a word of the articles.
JOINED_WORD_ZIPF = 3.5
# A word of a condition fronted before the question ("If the economy tanks, ...") from this
# Zipf frequency is ordinary English, how the condition is put: no subject the answer names
# as one the articles lack ("Kubernetes" in "If I learn Kubernetes, ..." still is).
CONDITION_WORD_ZIPF = 3.5
# A word ending in "-ly" whose stem is an English word from this Zipf frequency is an adverb
# ("properly", "honestly"): how a question is put, never a subject the articles lack.
ADVERB_STEM_ZIPF = 3.5
# A word asked about is one of alternatives when an "or" is within this many words of it in
# the sentence that would decide the verdict ("Python, R, or Java").
ALTERNATIVES_WINDOW = 3
# "..., or do employers only want CS grads?" doubts the first alternative when a restricting
# word stands within this many words after the second question's opener.
DOUBT_REACH = 3
# "Why is there so much demand?": the sentence giving reasons and at most this many sentences
# of the items after it ("Data Explosion: ...", "Business Value: ...").
MAX_CAUSES = 5
# "Would my stats PhD count for ML researcher roles?": at most this many of the role's own
# skills that the person says they have, said after the verdict.
MAX_SKILLS_BROUGHT = 2
# A follow-up no intent knows ("which databases specifically?") leans on the last question
# when it names at most this many things of its own.
MAX_LEANING_CONTENT_WORDS = 2
# Two things compared that are no roles ("ML vs normal programming"): the sentence naming both,
# and those after it that speak of either, up to this many in all.
DEFINITION_SENTENCES = 3
# The roles of the last answers a follow-up may choose between ("so which one should I go for?").
MAX_RECENT_ROLES = 4
