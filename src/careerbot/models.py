"""The data that crosses careerbot's boundaries: answers, sources, intents and facts.

Answers and sources are what callers get back; intents and facts are what careerbot reads
from the data files a user may edit, so they are validated strictly (unknown fields are an
error that names the file, not a silent typo).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator


class Strict(BaseModel):
    # Schemas are built on first use, not at import: a start-up that reads the caches never
    # validates a lone Quote or Step, so it never pays for their validators (~10 ms).
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


# --- what callers get back -------------------------------------------------------------


class Source(Strict):
    """One cited passage: where it is and what it says."""

    doc_id: str
    title: str
    section: str
    text: str
    score: float = 0.0

    @property
    def place(self) -> str:
        """'Title › Section', as every interface names a source."""
        return f"{self.title} › {self.section}" if self.section else self.title


class Figure(Strict):
    """A money figure an answer quotes, for charts: one amount, or a range from low to high."""

    label: str
    low: int
    high: int | None = None


class Answer(Strict):
    """careerbot's reply to one question."""

    question: str
    text: str
    intent: str
    confidence: float = Field(ge=0.0, le=1.0)
    entities: dict[str, str] = Field(default_factory=dict)
    sources: list[Source] = Field(default_factory=list)
    suggestions: list[str] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)


# --- the corpus as read ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Section:
    """A run of a document under one heading path: the unit a chunk never crosses."""

    path: tuple[str, ...]
    blocks: tuple[str, ...]  # paragraphs, list items and table rows, in order


@dataclass(frozen=True, slots=True)
class Document:
    doc_id: str
    title: str
    source: str
    sections: tuple[Section, ...]


@dataclass(frozen=True, slots=True)
class Chunk:
    """A few whole sentences from one section; a plain dataclass because there may be
    hundreds of thousands of them and they never leave the process."""

    chunk_id: int
    doc_id: str
    title: str
    section: str
    sentences: tuple[str, ...]

    @property
    def text(self) -> str:
        return " ".join(self.sentences)


# --- intents (a pack's intents/*.toml) ----------------------------------------------------------


class Reply(Strict):
    """A canned reply for conversational intents (greeting, thanks, ...)."""

    when: list[str]
    text: str


class IntentSpec(Strict):
    name: str
    description: str
    answer: Literal[
        "salary", "skills", "how_to_start", "role_info", "roles", "comparison",
        "smalltalk", "out_of_scope", "retrieval",
    ] = "retrieval"
    examples: list[str] = Field(min_length=1)
    keywords: list[str] = Field(default_factory=list)
    fallback: bool = False  # answers questions no intent recognises, when the articles clearly do
    keyword_weight: float = Field(default=1.0, ge=0.0, le=1.0)  # how much a keyword alone proves
    query_hints: list[str] = Field(default_factory=list)
    # Headings under which a role's own answer to this intent is written ("career scope"):
    # a question about that role is answered from its own section first.
    sections: list[str] = Field(default_factory=list)
    # Answers whether a path is worth taking ("should I learn ML?", "is data engineering a
    # good choice?"): such a question, about the field or a role and nothing narrower, comes here.
    weighs: bool = False
    # The intent whose section is the other side of such a path ("challenges"), shown with it.
    weighed_against: str = ""
    suggestions: list[str] = Field(default_factory=list)
    replies: list[Reply] = Field(default_factory=list)
    # What its answers are about, in the chat's line under each answer ("Salary"); else its name.
    label: str = ""
    # The intent's own words: out_of_scope's refusal, smalltalk's prompt for an empty question.
    reply: str = ""


class Conversation(Strict):
    """The words by which a follow-up leans on the conversation (see careerbot/base/vocabulary.toml)."""

    role_references: list[str] = Field(default_factory=list)
    choosing_between: list[str] = Field(default_factory=list)
    other_references: list[str] = Field(default_factory=list)
    ellipsis_openers: list[str] = Field(default_factory=list)
    first_person: list[str] = Field(default_factory=list)
    across_roles: list[str] = Field(default_factory=list)
    ordinals: dict[str, int] = Field(default_factory=dict)


class QuestionWords(Strict):
    """The words by which a question shows its form (see careerbot/base/vocabulary.toml, [question])."""

    yes_no_openers: list[str] = Field(default_factory=list)
    request_openers: list[str] = Field(default_factory=list)
    indirect_openers: list[str] = Field(default_factory=list)
    wondering_markers: list[str] = Field(default_factory=list)
    widening_words: list[str] = Field(default_factory=list)
    contrast_words: list[str] = Field(default_factory=list)
    prepositions: list[str] = Field(default_factory=list)
    goal_verbs: list[str] = Field(default_factory=list)
    get_verbs: list[str] = Field(default_factory=list)
    goal_nouns: list[str] = Field(default_factory=list)
    better_markers: list[str] = Field(default_factory=list)
    way_in_questions: list[str] = Field(default_factory=list)
    comparison_markers: list[str] = Field(default_factory=list)
    difference_markers: list[str] = Field(default_factory=list)
    identity_markers: list[str] = Field(default_factory=list)
    definition_cues: list[str] = Field(default_factory=list)
    post_references: list[str] = Field(default_factory=list)
    restricting_words: list[str] = Field(default_factory=list)
    duties_markers: list[str] = Field(default_factory=list)
    duties_asked: list[str] = Field(default_factory=list)
    skill_nouns: list[str] = Field(default_factory=list)
    condition_openers: list[str] = Field(default_factory=list)
    choice_words: list[str] = Field(default_factory=list)
    aspect_words: list[str] = Field(default_factory=list)
    both_words: list[str] = Field(default_factory=list)
    action_openers: list[str] = Field(default_factory=list)
    duration_markers: list[str] = Field(default_factory=list)
    no_preference: list[str] = Field(default_factory=list)
    choosing_verbs: list[str] = Field(default_factory=list)
    time_limits: list[str] = Field(default_factory=list)  # "in", "within": before a span of time
    time_amounts: list[str] = Field(default_factory=list)  # "a", "six", "few": how many, in words
    time_units: list[str] = Field(default_factory=list)  # "months", "years"
    need_verbs: list[str] = Field(default_factory=list)
    object_ends: list[str] = Field(default_factory=list)
    how_to_markers: list[str] = Field(default_factory=list)
    how_to_requests: list[str] = Field(default_factory=list)
    quantity_markers: list[str] = Field(default_factory=list)
    wh_openers: list[str] = Field(default_factory=list)
    negations: list[str] = Field(default_factory=list)
    denials: list[str] = Field(default_factory=list)
    lacking_words: list[str] = Field(default_factory=list)
    origin_markers: list[str] = Field(default_factory=list)
    origin_asked_markers: list[str] = Field(default_factory=list)
    origin_stops: list[str] = Field(default_factory=list)
    origin_topics: list[str] = Field(default_factory=list)
    origin_elsewhere: list[str] = Field(default_factory=list)
    origin_status: list[str] = Field(default_factory=list)
    origin_suffixes: list[str] = Field(default_factory=list)
    origin_prospective: list[str] = Field(default_factory=list)
    origin_holders: list[str] = Field(default_factory=list)
    doubting_alternatives: list[str] = Field(default_factory=list)
    doubting_restrictions: list[str] = Field(default_factory=list)
    reassigning_words: list[str] = Field(default_factory=list)
    thing_pronouns: list[str] = Field(default_factory=list)
    preference_cuts: list[str] = Field(default_factory=list)
    own_words: list[str] = Field(default_factory=list)
    own_background: list[str] = Field(default_factory=list)
    asker_as_they_are: list[str] = Field(default_factory=list)
    linking_words: list[str] = Field(default_factory=list)
    interjections: list[str] = Field(default_factory=list)
    topic_openers: list[str] = Field(default_factory=list)
    self_descriptions: list[str] = Field(default_factory=list)
    importance_words: list[str] = Field(default_factory=list)
    duration_verbs: list[str] = Field(default_factory=list)
    pay_words: list[str] = Field(default_factory=list)
    intensifiers: list[str] = Field(default_factory=list)
    tag_questions: list[str] = Field(default_factory=list)
    example_markers: list[str] = Field(default_factory=list)
    cause_markers: list[str] = Field(default_factory=list)
    statement_openers: list[str] = Field(default_factory=list)
    truth_checks: list[str] = Field(default_factory=list)
    report_verbs: list[str] = Field(default_factory=list)
    chat_openers: dict[str, str] = Field(default_factory=dict)
    subject_pronouns: list[str] = Field(default_factory=list)
    declarative_verbs: list[str] = Field(default_factory=list)
    claim_asked: str = ""
    articles: list[str] = Field(default_factory=list)
    role_slot_words: list[str] = Field(default_factory=list)
    leaning_words: list[str] = Field(default_factory=list)
    pointing_words: list[str] = Field(default_factory=list)
    leaning_after: list[str] = Field(default_factory=list)
    weighing_markers: list[str] = Field(default_factory=list)
    setting_openers: list[str] = Field(default_factory=list)
    level_markers: list[str] = Field(default_factory=list)
    level_asking: dict[str, list[str]] = Field(default_factory=dict)
    option_markers: list[str] = Field(default_factory=list)
    order_markers: list[str] = Field(default_factory=list)
    role_lookup_markers: list[str] = Field(default_factory=list)
    changer_markers: list[str] = Field(default_factory=list)
    changer_sentences: list[str] = Field(default_factory=list)
    one_thing_markers: list[str] = Field(default_factory=list)
    besides_markers: list[str] = Field(default_factory=list)
    place_words: list[str] = Field(default_factory=list)
    ranking_words: list[str] = Field(default_factory=list)
    alternative_openers: list[str] = Field(default_factory=list)
    reported_openers: list[str] = Field(default_factory=list)
    quantifiers: list[str] = Field(default_factory=list)
    pursuit_words: list[str] = Field(default_factory=list)
    instead_markers: list[str] = Field(default_factory=list)
    experience_markers: list[str] = Field(default_factory=list)
    age_before: list[str] = Field(default_factory=list)  # "I'm 45", "at 38": a number after these is an age
    age_after: list[str] = Field(default_factory=list)  # "45 years old", "is 40 too old"
    age_worries: list[str] = Field(default_factory=list)  # "too late", "still": the age is what they ask about
    age_subject: str = "age"  # the name of that gap, in the answer's words


class PassageWords(Strict):
    """Phrases that mark a sentence that never answers on its own ([passages])."""

    skip: list[str] = Field(default_factory=list)
    connectors: list[str] = Field(default_factory=list)  # "Finally,": left out of a sentence shown alone
    promotional: list[str] = Field(default_factory=list)
    way_in: list[str] = Field(default_factory=list)  # how one comes to a role ("one may advance into")
    pay_words: list[str] = Field(default_factory=list)  # pay said without a figure ("top earners")
    paced: list[str] = Field(default_factory=list)  # how the way goes, for "how long?" ("start small")
    examples: list[str] = Field(default_factory=list)  # a sentence of examples ("for example", "such as")
    causes: list[str] = Field(default_factory=list)  # a sentence giving reasons ("can be attributed to")


class StanceWords(Strict):
    """Cues of what a sentence says and of what a yes/no question asks ([stance])."""

    unaddressed: list[str] = Field(default_factory=list)  # predicates the articles never decide
    untouched: list[str] = Field(default_factory=list)  # of those, what nothing in the articles is near

    not_required: list[str] = Field(default_factory=list)
    required: list[str] = Field(default_factory=list)
    positive: list[str] = Field(default_factory=list)
    favourable: list[str] = Field(default_factory=list)  # speaks for a thing without weighing it
    opens_way: list[str] = Field(default_factory=list)  # says people get in ("different backgrounds")
    # A worry a yes/no question voices ("too late"), and the phrases of the sentences that answer it.
    answered_by: dict[str, list[str]] = Field(default_factory=dict)
    caveat: list[str] = Field(default_factory=list)
    # A sentence setting the field above the rest ("... specializing in Machine Learning is more lucrative").
    field_favoured: list[str] = Field(default_factory=list)
    asks_requirement: list[str] = Field(default_factory=list)
    asks_negative: list[str] = Field(default_factory=list)
    falling_demand: list[str] = Field(default_factory=list)
    asks_possible: list[str] = Field(default_factory=list)
    asks_enough: list[str] = Field(default_factory=list)
    asks_useful: list[str] = Field(default_factory=list)


class NearbyTopic(Strict):
    """The nearest topic the articles cover to a subject they never do ("referral": networking):
    the words that find its sections, and a question about it that they answer."""

    topic: str
    ask: str


class Vocabulary(Strict):
    """How people say things, mapped to how the articles say them: the base vocabulary
    (careerbot/base/vocabulary.toml) extended by a pack's intents/vocabulary.toml."""

    conversation: Conversation = Field(default_factory=Conversation)
    question: QuestionWords = Field(default_factory=QuestionWords)
    stance: StanceWords = Field(default_factory=StanceWords)
    # The note that opens an answer to a question in another language, by ISO 639-1 code
    # ("other" for the rest).
    languages: dict[str, str] = Field(default_factory=dict)
    # Career words of other languages and their English, by language code ([translations.es]).
    translations: dict[str, dict[str, str]] = Field(default_factory=dict)
    places: dict[str, str] = Field(default_factory=dict)  # "bangalore" -> "India"
    # What a person says they are or have ("backend dev", "stats major"), and the words of the
    # steps in it gives them a head start on ("python", "math").
    head_starts: dict[str, list[str]] = Field(default_factory=dict)
    # Subjects the articles never cover, and the nearest topic they do ("referral": networking).
    nearby: dict[str, NearbyTopic] = Field(default_factory=dict)
    passages: PassageWords = Field(default_factory=lambda: PassageWords())
    wording: dict[str, str] = Field(default_factory=dict)  # glue that depends on the pack's articles
    # The words that open an answer to a yes/no question, by verdict (see careerbot/verdict.py).
    verdicts: dict[str, str] = Field(default_factory=dict)
    canonical: dict[str, list[str]] = Field(default_factory=dict)
    levels: dict[Literal["entry", "mid", "senior"], list[str]] = Field(default_factory=dict)
    # What the articles' sentences about a level say ("lead", "manage" for senior): [level_words]
    level_words: dict[str, list[str]] = Field(default_factory=dict)
    stopwords: list[str] = Field(default_factory=list)
    generic: list[str] = Field(default_factory=list)


class PackInfo(Strict):
    """A pack's pack.toml: how the chat presents it. Every field is optional: a folder of
    articles alone is named after its folder, and its examples come from its headings.
    {name} and {subject} in the base intents' replies are these."""

    name: str = ""  # the chat's title, and the name the bot gives itself ("careerbot")
    subject: str = ""  # what it answers about ("machine-learning careers")
    tagline: str = ""  # the chat's subtitle
    welcome: str = ""  # the chat's first message (Markdown); {articles} is the list of their titles
    placeholder: str = ""  # the empty question box
    examples: list[str] = Field(default_factory=list)  # questions to try, in the welcome
    # Words a chart's labels are shortened by, when too long ("Machine Learning" = "ML").
    short: dict[str, str] = Field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Understanding:
    """What the matcher made of one question (inside careerbot only, so a plain dataclass)."""

    text: str  # the question as cleaned and canonicalised
    intent: str
    confidence: float
    scores: dict[str, float]
    roles: list[str] = field(default_factory=list)
    role_candidates: list[str] = field(default_factory=list)
    unlisted_role: str | None = None
    stand_ins: dict[str, str] = field(default_factory=dict)  # "BI Analyst" -> the role answered instead
    level: str | None = None
    corrections: dict[str, str] = field(default_factory=dict)
    unknown_words: list[str] = field(default_factory=list)
    content_words: list[str] = field(default_factory=list)
    anaphora: bool = False  # "they", "their", "this role": leans on the last question's role
    elliptical: bool = False  # "and ...?", "what about ...?": the last question, changed
    first_person: bool = False
    background_terms: list[str] = field(default_factory=list)  # the subject, when only the background names it
    whole_post: bool = False  # read from all the questions of a post, its first being unclear alone


# --- facts (a pack's facts.toml) ---------------------------------------------------------


class Quote(Strict):
    """A claim and the exact sentence it comes from."""

    doc: str
    section: str
    quote: str


class SalaryFigure(Quote):
    amount: int
    context: str


class Skill(Quote):
    topic: str  # a role's skill and a general skill on the same topic are one skill


class RoleFacts(Strict):
    name: str
    aliases: list[str] = Field(default_factory=list)
    # Roles the articles don't describe but this one stands nearest to ("BI Analyst" for the
    # BI Developer): a question naming one is answered with this role, and says so.
    near: list[str] = Field(default_factory=list)
    # The names of its field ("data science" of the Data Scientist): they name the role only
    # beside another role ("a data engineering or a data science internship?"); alone, the
    # field is the subject ("is data science a good career?").
    fields: list[str] = Field(default_factory=list)
    # The words of one of its descriptions that say what sets it apart ("collect, clean, and
    # manage huge datasets"): a comparison of what roles do leads with them.
    focus: str = ""
    descriptions: list[Quote] = Field(default_factory=list)
    salaries: list[SalaryFigure] = Field(default_factory=list)
    skills: list[Skill] = Field(default_factory=list)

    @model_validator(mode="after")
    def _focus_is_quoted(self) -> RoleFacts:
        if self.focus and not any(self.focus in d.quote for d in self.descriptions):
            raise ValueError(f"{self.name}: focus {self.focus!r} is not words of one of its descriptions")
        return self

    def focus_quote(self) -> Quote | None:
        """The description the focus is quoted from."""
        return next((d for d in self.descriptions if self.focus and self.focus in d.quote), None)


class LevelRange(Quote):
    level: Literal["entry", "mid", "senior"]
    label: str


class Step(Strict):
    title: str
    quotes: list[Quote] = Field(min_length=1)


class Facts(Strict):
    roles: list[RoleFacts] = Field(default_factory=list)
    general_skills: list[Skill] = Field(default_factory=list)
    salary_levels: list[LevelRange] = Field(default_factory=list)
    salary_note: Quote | None = None
    steps: list[Step] = Field(default_factory=list)
