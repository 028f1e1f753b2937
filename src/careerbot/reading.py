"""Read a question as it was written: which sentences ask, in what form, in what language.

This is the first stage of the answer path (read -> plan -> gather evidence -> compose). It
looks only at the words of the question, not at the articles: a long post is cut into
sentences, the ones that ask are told from the background the person gives, and the main
question's form (a yes/no, a comparison, a how-to, a quantity) decides the shape of the
answer. The form words are data (intents/vocabulary.toml, [question] and [stance]).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache, wraps
from typing import Literal, TypeVar

from careerbot.memo import MemoPerOwner
from careerbot.models import QuestionWords, StanceWords
from careerbot.text import words
from careerbot.thresholds import (
    BARE_CHOICE_WORDS,
    DOUBT_REACH,
    MIN_COMMA_JOINED_WORDS,
    MIN_JOINED_WORDS,
    OWN_BACKGROUND_WINDOW,
)

Form = Literal["yes_no", "comparison", "how_to", "quantity", "wh", "statement"]
Asks = Literal["requirement", "negative", "possible", "positive"]

# A sentence ends at . ! ? (or their full-width forms) followed by a space or the end.
_SENTENCE_END = re.compile(r"(?<=[.!?？。！])\s+|(?<=[？。！])")
# A part's number in a post that numbers its questions: "1) ...", "(2) ...", "3. ...".
_ENUMERATOR = re.compile(r"(?:^|(?<=\s))\(?(\d{1,2})[).]\s+")
# ... and one part of it at a sentence's start, after a short label ("Three questions: (1) ...").
_NUMBERED_PART = re.compile(r"((?:[^:?.!]{1,40}:\s+)?)\(?\d{1,2}[).]\s+(?=\S)")
# Letters that are not Latin: a question in Japanese, Russian or Arabic script.
_LATIN = ("LATIN", "DIGIT")
# An opener like "So," "Silas," or "Honestly," before the question proper.
MAX_OPENER_WORDS = 2
# ... or one that sets the topic ("And for the research route, do I need a PhD?"), longer.
MAX_TOPIC_OPENER_WORDS = 8
MAX_REMEMBERED_SENTENCES = 1 << 14  # sentences whose reading is kept, per reading and vocabulary
MAX_REMEMBERED_VOCABULARIES = 8
MAX_REMEMBERED_FINDS = 1 << 14  # (cue list, words) pairs whose phrases found are kept
# "Is he right though?", "is that true or not?": a check of a claim, and a word or two more.
MAX_TRUTH_CHECK_EXTRA_WORDS = 2
MIN_ADVERB_LETTERS = 4  # "realistically", "honestly": no "fly", "only" (which restricts)
MAX_ABBREVIATION = 4  # letters of a capitalised abbreviation a chat word may stand before ("r ML jobs ...?")
MAX_CONDITION_WORDS = 6  # "and if I have to, where ...?": a condition before the question is short
# The ages a number may be ("I'm 45"): no one asks a career question at 9, "at 120" is no age.
MIN_AGE, MAX_AGE = 14, 90
# "If I wanted to move into a machine learning team lead role, would I ...?": a clause opened by
# "if" or "when" ends at its comma, however long.
MAX_CONDITIONAL_WORDS = 16


@dataclass(frozen=True, slots=True)
class Reading:
    """The question as read, before careerbot looks at its articles."""

    text: str  # the whole question, cleaned
    question: str  # the sentence(s) that ask what the answer must answer first
    questions: list[str]  # every sentence of the post that asks something
    background: str  # the rest: who is asking, and why
    form: Form
    asks: Asks = "positive"  # for a yes/no: whether something is needed, bad, or good
    sufficiency: bool = False  # "is Python enough?": whether it makes the way alone
    usefulness: bool = False  # "is my math background useful?": whether it is of use at all
    own_background: list[str] = field(default_factory=list)  # "would my clinical background help?": its words
    asks_experience: bool = False  # "has anyone done this MBA?": people's experience, not a verdict
    negated: bool = False  # "... without a degree?": the verdict turns around
    non_latin: bool = False  # written mostly in another script
    origin: str = ""  # the person's background as they gave it: "accounting", "mechanical engineer"
    origin_own: bool = True  # theirs ("I'm a nurse"), not the one's they ask about ("can a nurse ...?")
    opener: list[str] = field(default_factory=list)  # "Silas," before the question: a name, not a subject
    rest: list[str] = field(default_factory=list)  # the post's other questions, each a question of its own
    markers: list[str] = field(default_factory=list)  # the form words found, for --explain
    weighs: bool = False  # whether to take a path at all: "should I learn ML?", "is it worth my time?"
    setting: str = ""  # "With layoffs everywhere, what's the future?": the clause the question is set in
    asks_level: bool = False  # "what level are those jobs?": the role's levels, not its card
    looks_up_role: bool = False  # "is there a role focused on ...?": the role that does it
    either_or: bool = False  # "a dream job, or should I stay away?": two alternatives, not a yes or no
    labelled: str = ""  # "saw the title 'X' - what do they do?": the question after the label
    age: str = ""  # the person's age as they gave it ("45"), when they ask about it ("is it too late?")
    time_limit: str = ""  # "can I get there in 6 months?": the span of time a yes/no is bound by


def sentences(text: str) -> list[str]:
    return [part for s in _SENTENCE_END.split(text) if s.strip() for part in _enumerated(s.strip())]


def _enumerated(sentence: str) -> list[str]:
    """A sentence that numbers its parts ("3 things: 1) do I need java 2) how much stats ..."),
    split into them; numbers that do not run 1, 2, ... from the first are no list ("$1. ")."""
    marks: list[re.Match[str]] = []
    for mark in _ENUMERATOR.finditer(sentence):
        if int(mark.group(1)) == len(marks) + 1:
            marks.append(mark)
    if len(marks) < 2:
        # "Three questions: (1) is healthcare ...?" / "(2) what would I ...?": a part of a
        # numbered list that "?" ends, without its number and the label before it.
        numbered = _NUMBERED_PART.match(sentence)
        return [sentence[numbered.end():]] if numbered else [sentence]
    cuts = [m.start() for m in marks] + [len(sentence)]
    head = sentence[: cuts[0]].strip()
    items = [sentence[m.end(): end].strip() for m, end in zip(marks, cuts[1:], strict=True)]
    return [part for part in [head, *items] if part]


@lru_cache(maxsize=16384)
def phrase_words(phrase: str) -> list[str]:
    """A cue phrase's words, read once: the cue lists are asked about on every question."""
    return words(phrase)


def _has(phrase_words: list[str], said: list[str]) -> bool:
    """Whether the words stand side by side in what was said; only the places of the first
    word are tried."""
    n = len(phrase_words)
    if not n:
        return True
    first, at = phrase_words[0], -1
    for _ in range(said.count(first)):
        at = said.index(first, at + 1)
        if said[at : at + n] == phrase_words:
            return True
    return False


def found_phrases(phrases: list[str], said: list[str]) -> list[str]:
    """The phrases said, in the order given."""
    return list(_found_phrases(tuple(phrases), tuple(said)))


@lru_cache(maxsize=MAX_REMEMBERED_FINDS)
def _found_phrases(phrases: tuple[str, ...], said: tuple[str, ...]) -> tuple[str, ...]:
    """found_phrases, kept: the same cue lists are looked for in the same sentences again,
    question after question (a dozen lists on every question)."""
    by_first = _by_first_word(phrases)
    words_said = list(said)
    found = [(at, p) for w in by_first.keys() & set(said) for at, pw, p in by_first[w] if _has(pw, words_said)]
    return tuple(p for _, p in sorted(found))


@lru_cache(maxsize=1024)
def _by_first_word(phrases: tuple[str, ...]) -> dict[str, list[tuple[int, list[str], str]]]:
    """A cue list's phrases by their first word, with their place in the list: a question is
    checked only against the phrases whose first word it holds (dozens of lists, on every
    question). Keyed by the list's phrases, so a list changed is indexed again."""
    by_first: dict[str, list[tuple[int, list[str], str]]] = {}
    for at, phrase in enumerate(phrases):
        if pw := phrase_words(phrase):
            by_first.setdefault(pw[0], []).append((at, pw, phrase))
    return by_first


Result = TypeVar("Result")


def _kept_per_sentence(read_it: Callable[[str, QuestionWords], Result]) -> Callable[[str, QuestionWords], Result]:
    """A reading of one sentence, kept per sentence and vocabulary: a batch's rows ask the
    same sentences again; a list comes back as a copy of its own."""
    kept: MemoPerOwner[QuestionWords, str, Result] = MemoPerOwner(MAX_REMEMBERED_SENTENCES,
                                                                  MAX_REMEMBERED_VOCABULARIES)

    @wraps(read_it)
    def reading(sentence: str, wording: QuestionWords) -> Result:
        found = kept.of(wording).get(sentence, lambda: read_it(sentence, wording))
        return list(found) if isinstance(found, list) else found  # type: ignore[return-value]

    return reading


def _past_a_condition(sentence: str, wording: QuestionWords) -> str:
    """"And if I have to, where do ML people hang out online": the question after the condition."""
    condition = re.match(r"\W*(?:\w+\s+)?(\w+)\b[^,?]*,\s*", sentence)
    if condition and condition.group(1).lower() in wording.indirect_openers \
            and len(words(condition.group(0))) <= MAX_CONDITION_WORDS:
        return sentence[condition.end():]
    return sentence


def past_fillers(said: list[str], wording: QuestionWords) -> list[str]:
    """The words after a question's leading fillers: linking words ("and", "so") and
    interjections ("ok", "hmm"), which say nothing of its form."""
    fillers = {*wording.linking_words, *wording.interjections}
    start = next((i for i, w in enumerate(said) if w not in fillers), len(said))
    return said[start:] if start < len(said) else said


def past_an_adverb(said: list[str], wording: QuestionWords, before_wh: bool = False) -> list[str]:
    """A main question's words past an adverb in -ly before the question proper
    ("realistically, can I ...?", "honestly is it ..."), which says nothing of its form;
    before_wh: also before a wh-word ("and roughly what do they pay?" is a question of its own)."""
    openers = [*wording.yes_no_openers, *wording.wh_openers] if before_wh else wording.yes_no_openers
    if len(said) > 1 and len(said[0]) > MIN_ADVERB_LETTERS and said[0].endswith("ly") and said[1] in openers:
        return said[1:]
    return said


@_kept_per_sentence
def _asks(sentence: str, wording: QuestionWords) -> bool:
    if sentence.rstrip().endswith(("?", "？")):
        return True
    said = past_fillers(words(_past_a_condition(sentence, wording)), wording)
    if not sentence.rstrip().endswith((".", "!")) and len(said) > 2 and closing(wording.tag_questions, said):
        return True  # "still worth getting into in 2025 or nah": a tag ends a question as "?" does
    if sentence.rstrip().endswith(".") and said[1:2] and said[0] in wording.reported_openers \
            and said[1] in {*wording.articles, *wording.own_words, *wording.quantifiers}:
        return False  # "Did a coding bootcamp last year.", "Was a nurse for 10 years.": told, not asked
    # "dont want to waste 2 years": a negation opens a statement unless a "?" ends it.
    return bool(said) and (said[0] in wording.wh_openers or said[0] in wording.yes_no_openers) and len(said) > 2 \
        and said[0] not in wording.negations


MAX_ORIGIN_WORDS = 3  # "a mechanical engineer", "electrical engineering": a background is short


def age_asked(text: str, wording: QuestionWords) -> str:
    """The age a person gives ("I'm 45", "is 40 too old", "a 38-year-old"), when the post
    worries about it ("too late", "still"); "" otherwise. "At 45k" is pay, "5 years" no age."""
    said = words(text)
    if not found_phrases(wording.age_worries, said):
        return ""
    before = [phrase_words(p) for p in wording.age_before]
    after = [phrase_words(p) for p in wording.age_after]
    for at, word in enumerate(said):
        number = word.removesuffix("yo")
        if not (number.isdigit() and MIN_AGE <= int(number) <= MAX_AGE):
            continue
        if word != number or any(said[max(0, at - len(p)): at] == p for p in before) \
                or any(said[at + 1: at + 1 + len(p)] == p for p in after):
            return number
    return ""


def origin_of(text: str, wording: QuestionWords) -> tuple[str, bool]:
    """The background a person gives: the words after the first origin marker ("from",
    "I'm a", "degree in") up to a stop word or a comma, articles left out; and whether it is
    their own, not that of the one they ask about ("Can a medical grad ...?")."""
    asked = set(wording.origin_asked_markers)
    anchored = _origin_markers(tuple(wording.origin_markers), tuple(wording.origin_asked_markers))
    clauses = [words(clause) for clause in re.split(r"[,;:.!?()]", text)]
    for said in clauses:
        found, marker = _origin_in(["^", *said], anchored, wording)
        if found:
            return found, marker not in asked
    for said in clauses:
        # "I have a physics degree", "my CS background": the words between "a"/"my" and what
        # they hold it as; not "is a CS degree worth it?".
        for j, word in enumerate(said):
            if word in wording.origin_status:
                for k in (j - 2, j - 3):
                    if k >= 0 and said[k] in wording.origin_holders and not _prospective(said, k + 1, wording):
                        return " ".join(said[k + 1: j]), True
    for said in clauses:
        # "backend dev here (java, 6 yrs)": a short clause that ends with "here" says who asks.
        said = [w for w in said if w not in wording.articles]
        if len(said) > 1 and said[-1] in wording.origin_suffixes and len(said) - 1 <= MAX_ORIGIN_WORDS \
                and said[0] not in wording.negations:  # "no degree here" says what they lack
            return " ".join(said[:-1]), True
    return "", False


def _prospective(said: list[str], at: int, wording: QuestionWords) -> bool:
    """Whether the words before `at` make what follows where the person may go ("is a ...",
    "get a ..."), not where they come from."""
    return any(at >= len(p) and said[at - len(p): at] == p
               for p in (phrase_words(w) for w in wording.origin_prospective))


@lru_cache(maxsize=64)
def _origin_markers(markers: tuple[str, ...], asked: tuple[str, ...]) -> dict[str, list[tuple[str, list[str]]]]:
    """The origin markers, longest first, each as its words (after a "^" for one that holds
    only at the start), by their first word: a clause is checked, word by word, only against
    the markers that start with that word. Worked out once per marker list, not per question."""
    ordered = sorted(((m, phrase_words(m)) for m in [*markers, *set(asked)]), key=lambda m: -len(m[1]))
    by_first: dict[str, list[tuple[str, list[str]]]] = {}
    for m, w in ordered:
        if marker := [*(["^"] if m.startswith("^") else []), *w]:
            by_first.setdefault(marker[0], []).append((m, marker))
    return by_first


def _origin_in(said: list[str], markers: dict[str, list[tuple[str, list[str]]]],
               wording: QuestionWords) -> tuple[str, str]:
    for i in range(len(said)):
        for name, marker in markers.get(said[i], ()):
            if said[i : i + len(marker)] == marker:
                if _prospective(said, i, wording):
                    continue  # "is a masters in CS worth it?": where they may go, not where from
                taken: list[str] = []
                for word in said[i + len(marker):]:
                    if word in wording.origin_stops or len(taken) == MAX_ORIGIN_WORDS:
                        break
                    if word not in wording.articles:
                        taken.append(word)
                if taken:
                    return " ".join(taken), name
    return "", ""


def required_thing(question: str, wording: QuestionWords, stance: StanceWords) -> list[str]:
    """What a question asks is needed, or enough: the words after "need"/"require" ("do I
    need a masters for this?": "a masters"), or between its opener and "essential"/"enough"
    ("will deep learning skills become essential for data science?": "deep learning skills become")."""
    said = words(question)
    for at in range(len(said)):
        found = next((p for p in [*stance.asks_requirement, *stance.asks_enough]
                      if said[at: at + len(phrase_words(p))] == phrase_words(p)), "")
        if not found:
            continue
        if phrase_words(found)[0] in wording.need_verbs:
            after = said[at + len(phrase_words(found)):]
            after = after[1:] if after[:1] == ["to"] else after  # "need to know python"
            return list(itertools.takewhile(lambda w: w not in wording.object_ends, after))
        return said[1:at]
    return []


def at_start_or_anywhere(phrases: list[str], said: list[str]) -> list[str]:
    """The phrases said; one with a leading ^ only where the words start."""
    anywhere, anchored = _anchored_apart(tuple(phrases))
    found = list(_found_phrases(anywhere, tuple(said)))
    return found + [p for p, w in anchored if said[: len(w)] == w]


@lru_cache(maxsize=1024)
def _anchored_apart(phrases: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[tuple[str, list[str]], ...]]:
    """A cue list's phrases said anywhere, and those with a leading ^ with their words: told
    apart once per list, not on every question."""
    return (tuple(p for p in phrases if not p.startswith("^")),
            tuple((p, phrase_words(p)) for p in phrases if p.startswith("^")))


def opening(phrases: list[str], said: list[str]) -> str | None:
    """The first phrase of the list, in its order, whose words open what was said; None for
    none. Only the phrases that start with its first word are tried."""
    by_first, wordless = _openings(tuple(phrases))
    at = next((at for at, pw, _ in by_first.get(said[0], ()) if said[: len(pw)] == pw), None) if said else None
    if wordless is not None and (at is None or wordless < at):
        at = wordless  # a phrase of no words opens anything
    return None if at is None else phrases[at]


def closing(phrases: list[str], said: list[str]) -> bool:
    """Whether a phrase of the list ends what was said. Only the phrases that end with its
    last word are tried."""
    by_last = _closings(tuple(phrases))
    return bool(said) and any(said[-len(pw):] == pw for pw in by_last.get(said[-1], ()))


@lru_cache(maxsize=1024)
def _openings(phrases: tuple[str, ...]) -> tuple[dict[str, list[tuple[int, list[str], str]]], int | None]:
    """A cue list's phrases by their first word, and the place of its first phrase of no words."""
    return _by_first_word(phrases), next((at for at, p in enumerate(phrases) if not phrase_words(p)), None)


@lru_cache(maxsize=1024)
def _closings(phrases: tuple[str, ...]) -> dict[str, list[list[str]]]:
    """A cue list's phrases' words by their last word."""
    by_last: dict[str, list[list[str]]] = {}
    for phrase in phrases:
        if pw := phrase_words(phrase):
            by_last.setdefault(pw[-1], []).append(pw)
    return by_last


def _past_an_opener(sentence: str, wording: QuestionWords) -> str:
    """The sentence after a short opener ("So,", "Silas,", "Honestly,") or one that sets its
    topic ("And for the research route,"); the sentence itself when it has none."""
    opener = re.match(r"([^,:?]{1,50})[,:]\s", sentence)
    if opener:
        opening = past_fillers(words(opener.group(1)), wording)
        longest = MAX_TOPIC_OPENER_WORDS if opening[:1] and opening[0] in wording.topic_openers else MAX_OPENER_WORDS
        if len(opening) <= longest:
            return sentence[opener.end():]
    return sentence


@_kept_per_sentence
def _opens_a_question(sentence: str, wording: QuestionWords) -> bool:
    sentence = _past_an_opener(sentence, wording)  # "Realistically, can someone like me ...?"
    said = past_an_adverb([w for w in past_fillers(words(_past_a_condition(sentence, wording)), wording)
                           if w not in wording.linking_words], wording, before_wh=True)
    return bool(said) and (said[0] in wording.wh_openers or said[0] in wording.yes_no_openers
                           or bool(at_start_or_anywhere([f"^{m}" for m in wording.wondering_markers], said)))


def spelled_out(text: str, wording: QuestionWords) -> str:
    """Chat words for question words written out where a question word stands: typed in lower
    case at a sentence's start or after a wh-word, before a word that is no option ("r ml jobs
    drying up?", "what r the skills?"), or after "or" before "they" ("same or r they separate?");
    "python or r?" and "R is a language" keep their R)."""
    if not wording.chat_openers or not (set(wording.chat_openers) & set(text.split())):
        return text
    tokens = text.split(" ")
    options = {*wording.linking_words, *wording.option_markers}
    for at, token in enumerate(tokens):
        stands_for = wording.chat_openers.get(token)
        before = tokens[at - 1] if at else ""
        after = tokens[at + 1] if at + 1 < len(tokens) else ""
        where_a_question_word_stands = not before or before.endswith((".", "!", "?")) \
            or before.lower() in wording.wh_openers or before.lower() in wording.interjections \
            or (before.lower() in wording.linking_words and (after in wording.subject_pronouns  # "... or r they?"
                                                            or at == 1 or tokens[at - 2].endswith((".", "!", "?"))))
        # the word after is typed in lower case, or is an abbreviation ("r ML jobs ...?")
        ordinary_after = after[:1].islower() or (after.isupper() and after.isalpha() and len(after) <= MAX_ABBREVIATION)
        if stands_for and where_a_question_word_stands and ordinary_after and after not in options:
            tokens[at] = stands_for
    return " ".join(tokens)


def is_non_latin(text: str) -> bool:
    if text.isascii():
        return False  # every ASCII letter is Latin: no need to name each one
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return False
    other = sum(1 for ch in letters if not unicodedata.name(ch, "").startswith(_LATIN))
    return other > len(letters) / 2


@_kept_per_sentence
def set_in(sentence: str, wording: QuestionWords) -> tuple[str, str]:
    """A question set in a clause ("With layoffs everywhere, what's the future?", "Given the
    hype, is it worth it?"): the clause, and the question after it; or no clause."""
    said = words(sentence)
    if opening(wording.setting_openers, said) is None:
        return "", sentence
    for at in [m.start() for m in re.finditer(",", sentence)]:
        rest = sentence[at + 1:].strip()
        if _opens_a_question(rest, wording):
            return sentence[:at].strip(), rest
    return "", sentence


# ", not research?" ending a question: what it is set against, not what is done without.
_CONTRAST = re.compile(r",\s*(?:but\s+)?not\s+(?:\w+\s*){1,3}[?.!]*\s*$", re.IGNORECASE)
_AFTER_A_LABEL = re.compile(r"\s[-–—]\s|:\s")  # "deep learning engineer - what do they do"
# Its spaces start after a comma or a non-space, so a long run of spaces is scanned once.
# "..., and if so where do I start?": the second question starts after its "if so".
# "what does an AI ethicist do, is that a real job?": a comma alone may join two as well.
_JOINED = re.compile(r"(?:(?:,|(?<!\s))\s+(?:and|also|plus|n)\s+|(?P<comma>,)\s+)"
                     r"(?:if\s+(?:so|yes|not|it\s+is)\s*,?\s+)?(?=(?P<next>\w+)\b)",
                     re.IGNORECASE)  # "n": chat for "and"


@_kept_per_sentence
def joined_questions(sentence: str, wording: QuestionWords) -> list[str]:
    """One sentence that asks two things ("what do they do and which frameworks should I
    learn?"), as two questions; any other sentence as it is."""
    if not _asks(sentence, wording):
        return [sentence]
    openers = set(wording.wh_openers) | set(wording.yes_no_openers)
    for joint in _JOINED.finditer(sentence):
        left, right = sentence[: joint.start()].strip(), sentence[joint.end():].strip()
        asked_first = _AFTER_A_LABEL.split(left)[-1]
        # After a comma alone, the first question is a whole one ("what about NLP, is it
        # growing?" asks one thing).
        shortest = MIN_COMMA_JOINED_WORDS if joint.group("comma") else MIN_JOINED_WORDS
        if joint.group("comma") and _names_only(asked_first, wording):
            continue  # "what about a deep learning engineer, is it different?" asks one thing
        if joint.group("next").lower() in openers and len(words(left)) >= shortest \
                and len(words(right)) >= MIN_JOINED_WORDS and _opens_a_question(asked_first, wording):
            return [f"{left.rstrip(' ,;')}?", *joined_questions(right, wording)]
    return [sentence]


def _names_only(question: str, wording: QuestionWords) -> bool:
    """Whether a question only names what it is about ("what about a deep learning engineer",
    "how about NLP"): a wh-word and a preposition, no verb of its own."""
    said = past_fillers(words(question), wording)
    return len(said) > 1 and said[0] in wording.wh_openers \
        and (said[1] in wording.prepositions or said[1] in wording.topic_openers)


def _own_background(said: list[str], wording: QuestionWords) -> list[str]:
    """What the asker asks the worth of that they bring ("would my clinical background help?",
    "is my experience wasted?"), as the words after "my"; none when they ask of something else
    ("is an MBA useful?")."""
    held = [said[at + 1: at + 1 + OWN_BACKGROUND_WINDOW] for at, w in enumerate(said) if w in wording.own_words]
    # "is a background like mine worth anything?": the words before "like mine" too.
    held += [said[max(0, at - 1 - OWN_BACKGROUND_WINDOW): at - 1] for at, w in enumerate(said)
             if w in wording.own_words and at >= 2 and said[at - 1] == "like"]
    return next((said_of for said_of in held if found_phrases(wording.own_background, said_of)), [])


def _alternatives(body: list[str], wording: QuestionWords) -> bool:
    """Whether a question sets two things against each other ("a dream job, or should I stay
    away?"); "agriculture or other industries" and "or not" widen it instead."""
    return any(w == "or" and body[at + 1: at + 2] != [] and body[at + 1] not in wording.widening_words
               for at, w in enumerate(body) if at >= 2)


def doubt_of(after_or: list[str], wording: QuestionWords) -> list[str]:
    """The second alternative's words when it only doubts the first ("..., or is that just
    reddit cope?", "or is that a myth?"); none when it names another way."""
    return after_or if any(after_or[:len(d)] == d for d in map(phrase_words, wording.doubting_alternatives)) else []


def _restricting_doubt(body: list[str], wording: QuestionWords) -> bool:
    """Whether the second alternative is someone else's claim restricted ("does my math help,
    or do employers only want CS grads?"): a question with a subject of its own, not the
    asker's ("or can I just apply online?" is another way) nor "it" ("or is it just coding
    and math?" weighs two things), with a restricting word. It names no other thing to
    weigh; what is asked is the first alternative."""
    if "or" not in body[2:]:
        return False
    after = body[body.index("or", 2) + 1:]
    if set(after) & set(wording.reassigning_words):
        return False  # "do ML engineers need SQL, or is that just the data engineer's job?" names another
    return len(after) > 1 and after[0] in wording.yes_no_openers \
        and after[1] not in {*wording.statement_openers, *wording.thing_pronouns} \
        and bool(set(after[1:1 + DOUBT_REACH]) & set(wording.doubting_restrictions))


@_kept_per_sentence
def wondered(sentence: str, wording: QuestionWords) -> list[str]:
    """A statement that asks ("I work in agronomy and wondering if there's ML work in
    agriculture"): what it says, then what it asks, from the marker on; else the sentence."""
    said = words(sentence)
    askers = {*wording.indirect_openers, *wording.wh_openers}
    present = set(said)
    for marker in wording.wondering_markers:
        marker_words = phrase_words(marker)
        if marker_words and marker_words[0] not in present:
            continue  # not said: no need to look for it word by word
        for at in range(len(said) - len(marker_words)):
            if said[at:at + len(marker_words)] == marker_words and said[at + len(marker_words)] in askers:
                # The marker's place in the text: the first word of it, as typed.
                found = re.search(r"\b" + r"\W+".join(map(re.escape, marker.split())) + r"\b", sentence, re.I)
                if found is None:
                    return [sentence]
                before, asked = sentence[: found.start()].strip(" ,;-"), sentence[found.start():].strip()
                asked = asked if asked.endswith(("?", "？")) else asked.rstrip(" .!") + "?"
                return [before, asked] if len(words(before)) > 0 else [asked]
    return [sentence]


def _claims_asked(parts: list[str], wording: QuestionWords) -> list[str]:
    """"My cousin says computer vision is the future. Is he right?": the claim before a check of
    it, asked as the question ("Is it true that computer vision is the future?")."""
    asked: list[str] = []
    for part in _checks_split_off(parts, wording):
        said = past_fillers(words(part), wording)
        check = opening(wording.truth_checks, said)
        if check and asked and not _asks(asked[-1], wording) and wording.claim_asked \
                and len(said) <= len(phrase_words(check)) + MAX_TRUTH_CHECK_EXTRA_WORDS:
            claim = asked.pop()
            reported = re.search(r"\b(?:" + "|".join(map(re.escape, wording.report_verbs)) + r")\b\s*(?:that\s+)?",
                                 claim, re.IGNORECASE) if wording.report_verbs else None
            if reported and words(claim[reported.end():]):
                claim = claim[reported.end():]
            asked.append(wording.claim_asked.format(claim=claim.strip().rstrip(".!")))
        else:
            asked.append(part)
    return asked


def time_limit(said: list[str], wording: QuestionWords) -> str:
    """The span of time a question is bound by ("in 6 months", "within a year"), or ""."""
    amounts, units = set(wording.time_amounts), set(wording.time_units)
    for at, word in enumerate(said):
        if word not in wording.time_limits:
            continue
        span = said[at + 1: at + 5]
        # An amount in digits or words ("6", "3-4", "a few", "a couple of"), then the unit.
        amount = next((i for i, w in enumerate(span) if not (w in amounts or w[:1].isdigit())), len(span))
        if 0 < amount < len(span) and span[amount] in units:
            return re.sub(r"(\d) (\d)", r"\1-\2", " ".join([word, *span[:amount + 1]]))  # "3-4", as written
    return ""


def first_alternative(said: list[str]) -> list[str]:
    """"Is it worth it, or is it overhyped?": the words before the "or" that opens the second
    alternative (past the question's first two words); all of them when there is none."""
    return said[: said.index("or", 2)] if "or" in said[2:] else said


def _checks_split_off(parts: list[str], wording: QuestionWords) -> list[str]:
    """"My friend says you can't get in without a PhD, is that true?": the claim and its check
    in one sentence are two parts, as if a full stop stood at the comma."""
    split: list[str] = []
    for part in parts:
        claim, comma, check = part.rpartition(",")
        if comma and words(claim) and opening(wording.truth_checks, past_fillers(words(check), wording)) \
                and not _asks(claim, wording):
            split += [claim.strip(), check.strip()]
        else:
            split.append(part)
    return split


def _denied_without(said: list[str], wording: QuestionWords) -> bool:
    """Whether a thing is denied and then said to be done without ("can't get in without a
    PhD"): the words say the thing done without is required."""
    lacking = [at for at, w in enumerate(said) if w in wording.lacking_words]
    return bool(lacking) and bool(found_phrases(wording.denials, said[: lacking[-1]]))


def _gives_way(before: str, after: str, wording: QuestionWords) -> bool:
    """Whether the words before a label's dash or a comma give way to the question after them:
    it opens as a question does, and they compare nothing ("SQL vs Python - which first?")."""
    compares = [*wording.comparison_markers, *wording.difference_markers]
    return _opens_a_question(after, wording) and not found_phrases(compares, words(before))


def read(text: str, wording: QuestionWords, stance: StanceWords) -> Reading:
    """Split the post, find its main question and the question's form."""
    parts = _claims_asked([q for s in sentences(text) for w in wondered(s, wording)
                           for q in joined_questions(w, wording)], wording)
    asking = [s for s in parts if _asks(s, wording)]
    # The first sentence that asks is the main question: a post's title, or its first "?".
    main = asking[0] if asking else text
    setting, main = set_in(main, wording)
    # "What is the top job? Data scientist or engineer?": a later sentence may be the comparison.
    # Later questions that open as questions do are questions of their own; a fragment ("Data
    # scientist or engineer?") completes the one before it.
    # "It seems they'd be the first to be automated away. Or will they always be required?": the
    # other side of the worry told before it, which the answer weighs, no question of its own.
    told_before = {q for before, q in itertools.pairwise(parts) if before not in asking
                   and words(q)[:1] != [] and words(q)[0] in wording.alternative_openers}
    rest = [q for q in asking[1:] if _opens_a_question(q, wording) and q not in told_before]
    # "What is the top job? Data scientist or engineer?": a later fragment may be the comparison;
    # "... do I need calculus or is stats enough?" is a question of its own.
    compared = next((q for q in asking[1:] if q not in rest and found_phrases(wording.comparison_markers, words(q))),
                    None)
    completing = list(itertools.takewhile(lambda q: q not in rest and q not in told_before, asking[1:]))
    background = " ".join([setting, *(s for s in parts if s not in asking)]).strip()
    said = words(main)
    # "Silas, is it worth it?" / "So, is it ...": the form starts after a short opener.
    body = words(_past_an_opener(main, wording))
    start = len(said) - len(body)
    labelled = _AFTER_A_LABEL.split(main)[-1]
    if labelled != main and not _opens_a_question(main, wording) \
            and _gives_way(main[: len(main) - len(labelled)], labelled, wording):
        # "saw a job title 'X' at a logistics company - what do they do?": the form is the
        # question's after the dash, the words before it say what it is about ("SQL vs
        # Python - which first?" compares all the same).
        body = words(labelled)
    else:
        labelled = ""
    body = past_an_adverb(past_fillers(body, wording), wording)  # "and is that a good career?", "ok so is it hard?"
    fronted, comma, asked = main.partition(",")
    conditioned = bool(body[:1]) and body[0] in wording.condition_openers  # "When a recession hits, ..."
    told = bool(body[:1]) and body[0] in wording.statement_openers  # "I have 5 years of Java, can I ...?"
    longest = MAX_CONDITIONAL_WORDS if conditioned or told else MAX_CONDITION_WORDS
    if comma and (conditioned or not _opens_a_question(main, wording)) and len(words(fronted)) <= longest \
            and _gives_way(fronted, asked.strip(), wording):
        # "If the economy tanks, are ML jobs the first to get cut?", "for getting into ML, is a
        # bootcamp enough?": a short phrase before the comma; the form is the question's after it.
        body = words(asked)
    requested = opening([*wording.request_openers, *wording.wondering_markers], body) or ""
    if requested:
        body = body[len(phrase_words(requested)):]  # "can you tell me how much ...": a request, not a yes/no
    first = body[0] if body else ""
    if first in wording.prepositions and body[1:2] and body[1] in wording.wh_openers:
        first = body[1]  # "In which industries ...?", "For what roles ...?": a wh-question
    if requested and first in wording.indirect_openers:
        first = "is"  # "can you tell me if a PhD is required?": a yes/no, asked indirectly
    tagged = closing(wording.tag_questions, said)
    if first not in wording.yes_no_openers and tagged:
        first = "is"  # "ML engineers don't need math anymore, right?": a yes/no all the same
    # "so u cant get an ML job without a degree??": a statement asked, a yes/no all the same.
    declared = main.rstrip().endswith(("?", "？")) and len(body) > 2 and body[0] in wording.subject_pronouns \
        and body[1] in {*wording.yes_no_openers, *wording.declarative_verbs}
    if first not in wording.yes_no_openers and declared:
        first = "is"
    comparison = found_phrases(wording.comparison_markers, body)
    # "or" alone compares only in a question that names two things around it ("SQL or Python?",
    # "math or coding?": a few words around it, nothing else).
    bare = len(body) <= BARE_CHOICE_WORDS and "or" in body[1:-1]
    if comparison == ["or"] and not (first in wording.wh_openers or first in wording.yes_no_openers
                                     or {"which", "who"} & set(body) or bare):
        comparison = []
    how_to = found_phrases(wording.how_to_markers, body)
    quantity = found_phrases(wording.quantity_markers, body)
    form: Form
    markers: list[str]
    if first in wording.yes_no_openers and not set(how_to) & set(wording.how_to_requests):
        form, markers = "yes_no", [first]
        if not comparison or comparison == ["or"]:
            comparison = found_phrases(wording.identity_markers, body)
        if comparison:
            form, markers = "comparison", comparison
    elif comparison or (asking and (identity := found_phrases(wording.identity_markers, body))):
        # "bi developer and data analyst, arent they basically the same job?" compares too.
        form, markers = "comparison", comparison or identity
    elif compared and first in wording.wh_openers:
        form, markers = "comparison", found_phrases(wording.comparison_markers, words(compared))
    elif how_to:
        form, markers = "how_to", how_to
    elif quantity and not found_phrases(wording.importance_words, body):
        form, markers = "quantity", quantity  # "how much does teamwork matter?" asks no amount
    elif first in wording.wh_openers:
        form, markers = "wh", [first]
    else:
        form, markers = ("yes_no" if asking and first in wording.yes_no_openers else "statement"), []
    bound = time_limit(body, wording)
    if bound and form == "yes_no":
        # "Can I become an ML engineer in 6 months?" asks how long it takes, which "yes" does not answer.
        form, markers = "quantity", [bound]
    asks: Asks = "positive"
    # "Is it worth it, or is it overhyped?": the verdict answers the first alternative.
    body_asked = first_alternative(body)
    if found_phrases([*stance.asks_negative, *stance.falling_demand], body_asked):
        asks = "negative"
    elif found_phrases([*stance.asks_enough, *stance.asks_useful], body_asked):
        asks = "possible"  # "is a Master's enough?": does it make the way, not is it required
    elif found_phrases(stance.asks_requirement, body_asked):
        asks = "requirement"
    elif first in ("can", "could") or found_phrases(stance.asks_possible, body_asked):
        asks = "possible"  # "can I switch?", "is it realistic to switch?"
    # "... an industry job, not research?": a contrast after a comma, no "without" asked.
    contrast = _CONTRAST.search(main)
    contrasted = words(main[contrast.start():]) if contrast else []
    negated = bool(found_phrases(wording.negations, body[1: len(body) - len(contrasted)]))
    if _denied_without(body, wording):
        asks, negated = "requirement", False  # "is it true you can't get in without a PhD?": is a PhD required?
    origin, origin_own = origin_of(text, wording)
    useful = asks == "possible" and bool(found_phrases(stance.asks_useful, body_asked))
    # Their own background's worth: asked of it ("would my background help?", "is my experience
    # wasted?"), or of themselves as they are, after a post telling of it ("someone like me?").
    brought = _own_background(body_asked, wording) if useful or asks == "negative" else \
        _own_background(words(background), wording) if found_phrases(wording.asker_as_they_are, body) else []
    doubted = _restricting_doubt(body, wording)
    if doubted:
        # "Does my math help, or do employers only want CS grads?": what is asked is the first.
        main = re.split(r",?\s+or\s+", main, maxsplit=1, flags=re.I)[0].rstrip(" ,") + "?"
    return Reading(text=text, question=" ".join([main, *completing]), questions=asking, background=background,
                   form=form, asks=asks,
                   sufficiency=asks == "possible" and bool(found_phrases(stance.asks_enough, body_asked)),
                   usefulness=useful, own_background=brought,
                   asks_experience=bool(at_start_or_anywhere(wording.experience_markers, body)),
                   negated=negated, non_latin=is_non_latin(text), markers=markers,
                   origin=origin, origin_own=origin_own, opener=said[:start], rest=rest,
                   weighs=bool(at_start_or_anywhere(wording.weighing_markers, body)),
                   either_or=_alternatives(body, wording) and not doubted,
                   setting=setting, labelled=labelled, age=age_asked(text, wording), time_limit=bound,
                   asks_level=bool(found_phrases(wording.level_markers, body)),
                   looks_up_role=bool(found_phrases(wording.role_lookup_markers, words(" ".join([main, *completing])))))
