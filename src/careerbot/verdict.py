"""A verdict for a yes/no question, from the articles' own stance sentences.

"Is a degree required?" asks whether something is needed; "is data science dying?"
whether something bad is so; "is it worth it?" whether something good is. A sentence of
the articles takes a stance: something is not required ("helpful but not always
mandatory"), required ("essential"), good ("promising", "in demand") or hard
("challenging"). The pair gives the verdict: needed x not required = "Not necessarily",
bad x good = "No"; a sentence that only praises ("rewarding") does not say whether
something is needed, so it decides no requirement; one that only favours a thing ("popular
entry points") does not weigh it, so "is it worth it?" gets no plain "yes". The cue words are data
(intents/vocabulary.toml, [stance]); this table is the logic. A question turned around
("... without a degree?") is answered by whether the thing done without is required.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from careerbot.memo import MemoPerOwner
from careerbot.models import StanceWords
from careerbot.reading import Asks, found_phrases
from careerbot.text import words

MAX_REMEMBERED_STANCES = 1 << 14  # sentences whose stance is kept: the embedded articles have a few thousand
MAX_REMEMBERED_CUE_LISTS = 8  # vocabularies (bots) whose sentences' stances are kept

Verdict = Literal["yes", "no", "not_necessarily", "helps_not_required", "yes_but_hard",
                  "hard_but_doable", "not_without", "one_of", "one_of_enough", "leans_yes", "leans_possible",
                  "not_said_enough", "undecided"]


# The verdicts that say yes, in any measure: none answers "is it only for big tech?".
AFFIRMATIVE: frozenset[Verdict] = frozenset({"yes", "yes_but_hard", "leans_yes", "leans_possible"})


@dataclass(frozen=True, slots=True)
class Stance:
    not_required: bool = False
    required: bool = False
    positive: bool = False
    weighed: bool = False  # a judgment ("promising", "rewarding"), not mere favour ("popular")
    opens: bool = False  # that people get in: "allows professionals from different backgrounds to enter"
    caveat: bool = False

    def __bool__(self) -> bool:
        return self.not_required or self.required or self.positive or self.caveat


# What stance_of() found, per set of cue lists and sentence: the articles' sentences are
# weighed again and again, question after question.
_STANCES: MemoPerOwner[StanceWords, str, Stance] = MemoPerOwner(MAX_REMEMBERED_STANCES, MAX_REMEMBERED_CUE_LISTS)


def stance_of(sentence: str, cues: StanceWords) -> Stance:
    """The stance a sentence takes, read once per set of cue lists (a Stance is frozen)."""
    return _STANCES.of(cues).get(sentence, lambda: _stance_of(sentence, cues))


def _stance_of(sentence: str, cues: StanceWords) -> Stance:
    said = words(sentence)
    not_required = bool(found_phrases(cues.not_required, said))
    return Stance(
        not_required=not_required,
        # "not always mandatory" is no requirement, though it holds "mandatory".
        required=not not_required and bool(found_phrases(cues.required, said)),
        positive=bool(found_phrases([*cues.positive, *cues.favourable], said)),
        weighed=bool(found_phrases(cues.positive, said)),
        opens=bool(found_phrases(cues.opens_way, said)),
        caveat=bool(found_phrases(cues.caveat, said)),
    )


def verdict(asks: Asks, stance: Stance, negated: bool = False, weighs: bool = False, *,
            sufficiency: bool = False, usefulness: bool = False, personal: bool = False) -> Verdict:
    """What a sentence with this stance answers to a question asking this; weighs: the
    question weighs a path ("is it worth it?"), which favour alone does not decide;
    sufficiency: it asks whether a thing is enough, which "it is essential" does not decide;
    usefulness: whether a thing is of use, which "it is essential" does; personal: whether
    someone with the background they gave gets in, which praise of the field does not say."""
    result: Verdict = "undecided"
    if asks == "possible" and sufficiency and not negated:
        if stance.caveat:
            result = "hard_but_doable"
        elif stance.not_required or stance.weighed:
            result = "yes"
        elif stance.required or stance.positive:
            result = "not_said_enough"  # "Python is essential": needed, not said to be enough
    elif asks == "requirement":
        if stance.not_required:
            result = "not_necessarily"
        elif stance.required:
            result = "yes"
    elif asks == "possible":
        # "Could I get hired as an AI ethicist?": "the role is growing in prominence" speaks for
        # it without saying who gets in; "programming is essential" says what it takes, not whether.
        if stance.caveat:
            result = "hard_but_doable"
        elif stance.not_required or stance.weighed or stance.opens:
            result = "yes"
        elif stance.positive:
            result = "leans_possible" if personal else "yes"
        elif stance.required and (negated or usefulness):
            result = "yes"  # "is my math useful?" "Math is essential"; negated, turned around below
    elif asks == "negative":
        if stance.caveat:
            result = "hard_but_doable" if stance.positive else "yes"
        elif stance.positive:
            result = "no"
    elif stance.not_required:
        result = "helps_not_required"
    elif stance.positive:
        # "Is it worth it?" is not answered by "it is essential": that is a requirement; nor
        # by "bootcamps are popular entry points", which speaks for them without weighing them.
        result = "yes_but_hard" if stance.caveat else "leans_yes" if weighs and not stance.weighed else "yes"
    elif stance.caveat:
        result = "yes_but_hard"
    if negated and asks != "negative":
        # "Can I get in without a degree?": the stance on the thing done without decides.
        if stance.not_required:
            result = "yes"
        elif stance.required:
            result = "not_without"  # "without coding?": not without it, the articles call it essential
    return result
