"""CareerBot: one conversation over a knowledge pack.

A question goes through four named stages, each a function from one typed value to the next:

    read (reading.py)       text           -> Reading       its sentences, form, background
    plan (planning.py)      Reading        -> Plan          intent, roles, level, in context
    gather (evidence.py)    Plan           -> Evidence      the passages and facts that answer
    compose (composing.py)  Plan, Evidence -> Answer        verdict, comparison, facts, gaps

`careerbot ask --explain` prints what each stage made of a question. The numbers they are
tuned by are in thresholds.py.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Sequence
from dataclasses import replace
from functools import partial
from itertools import islice
from pathlib import Path

from careerbot.answers import CITATION
from careerbot.composing import Composer, as_plain_text, quoted
from careerbot.errors import DataFileError, DataFileWarning
from careerbot.evidence import Finder
from careerbot.intents import IntentMatcher, load_intents
from careerbot.knowledge import Knowledge
from careerbot.language import detect, gloss
from careerbot.lexicon import english
from careerbot.library import open_library
from careerbot.models import Answer, PackInfo, Understanding
from careerbot.pack import (
    CONVERSATIONAL,
    INTENTS_FOLDER,
    MAX_EXAMPLES,
    MAX_EXAMPLES_TRIED,
    PACK_FILE,
    Pack,
    addressed,
    answerable,
    embedded,
    load_info,
    pack_intents,
    presented,
)
from careerbot.planning import Context, Planner
from careerbot.reading import Reading, found_phrases, is_non_latin, read, sentences, spelled_out
from careerbot.retrieval import Index
from careerbot.text import Analyzer, clean, valid_unicode, words
from careerbot.thresholds import (
    COMMON_ZIPF,
    FILLER_ZIPF,
    LISTED_ANSWERS,
    MAX_ANSWERED_PARTS,
    MAX_OTHER_QUESTIONS,
    MAX_QUESTION_CHARS,
    MAX_SUGGESTION_CHARS,
    MIN_INTENT,
    QUALIFIER_ZIPF,
    SURE_OF_A_LIST,
    SURE_OF_A_PART,
    SURE_OF_THE_NEXT,
)

__all__ = ["MAX_QUESTION_CHARS", "CareerBot", "Context", "embedded"]


def shortened(text: str) -> tuple[str, str]:
    """A post past the length limit, cut, and the note that says so. Its last question is
    kept when it falls past the cut: a long post often asks in its last line."""
    last = next((s for s in reversed(sentences(text)) if s.rstrip().endswith("?")), "")
    head_room = MAX_QUESTION_CHARS - len(last) - 1
    if last and text.rfind(last) > MAX_QUESTION_CHARS and head_room >= MAX_QUESTION_CHARS // 2:
        head = text[:head_room].rsplit(" ", 1)[0]
        return f"{head} {last}", (f"_(Your post is longer than {MAX_QUESTION_CHARS} characters: I read its first "
                                  f"part and its last question.)_")
    return (text[:MAX_QUESTION_CHARS].rsplit(" ", 1)[0],
            f"_(Your question was cut to its first {MAX_QUESTION_CHARS} characters.)_")


class CareerBot:
    """Answers questions from a knowledge pack: by default the embedded one, on
    machine-learning careers.

    >>> bot = CareerBot()
    >>> bot.ask("How much does a data scientist earn?").intent
    'salary'
    """

    def __init__(self, corpus_dir: str | Path | None = None, intents_dir: str | Path | None = None,
                 *, add: Sequence[str | Path] = (), use_cache: bool = True, strict: bool = False) -> None:
        """corpus_dir is the pack (default: the embedded one): its articles, facts.toml,
        intents/ and pack.toml, each optional but the articles; intents_dir overrides its
        intents. The folders of `add` bring their articles and facts to it. A file that cannot
        be used is skipped with a DataFileWarning and listed in `problems`; with strict=True
        it raises DataFileError instead."""
        self.corpus_dir = Path(corpus_dir) if corpus_dir is not None else embedded("corpus")
        self.added = [Path(folder) for folder in add]
        self.intents_dir = Path(intents_dir) if intents_dir is not None else pack_intents(self.corpus_dir)
        specs, vocabulary, intent_problems = load_intents(self.intents_dir)
        self.analyzer = Analyzer(vocabulary)
        library = open_library(self.corpus_dir, self.analyzer, use_cache=use_cache, added=self.added)
        # Files that were skipped, and why: the interfaces show them.
        self.problems: list[str] = [*library.problems, *intent_problems]
        self.problems += [f"{path}: an added folder brings its articles and facts.toml only; not used"
                          for folder in self.added for path in (folder / INTENTS_FOLDER, folder / PACK_FILE)
                          if path.exists()]
        try:
            info = load_info(self.corpus_dir)
        except DataFileError as exc:
            info = PackInfo()
            self.problems.append(f"{exc}; skipped")
        if strict and self.problems:
            path, _, problem = self.problems[0].removesuffix("; skipped").removesuffix(", skipped").partition(": ")
            raise DataFileError(path, problem or self.problems[0])
        for problem in self.problems:
            warnings.warn(problem, DataFileWarning, stacklevel=2)
        specs = [s for s in specs if answerable(s, library.facts)]
        # How the chat presents the pack (its name, welcome, examples), its blanks filled.
        self.info = presented(info, self.corpus_dir, specs, list(library.chunks.sections),
                              list(library.chunks.titles.values()))
        specs = [addressed(s, self.info) for s in specs]
        self.knowledge = Knowledge(library.facts, library.chunks.titles)
        self.index = Index(library.chunks, self.analyzer, library.postings)
        self.analyzer.learn_counts(library.word_counts)
        self.matcher = IntentMatcher(specs, self.analyzer, self.knowledge.facts.roles)
        self.specs = {s.name: s for s in specs}
        self.vocabulary = vocabulary
        self.pack = Pack(self.specs, vocabulary, self.analyzer, self.index, self.knowledge, self.matcher)
        self.planner = Planner(self.pack)
        self.finder = Finder(self.pack, self.planner)
        self.composer = Composer(self.pack, self.planner, self.finder)
        self.context = Context()
        if not (info.examples or any(s.examples and s.answer not in CONVERSATIONAL and not s.fallback for s in specs)):
            # Questions made of the headings: offered only those the articles answer (the first
            # few that do, so a pack of many articles costs no more to start).
            tried = self.info.examples[:MAX_EXAMPLES_TRIED]
            answered = list(islice((q for q in tried if self._answered(q)), MAX_EXAMPLES))
            self.info = self.info.model_copy(update={"examples": answered})
        for spec in specs:  # an intent that suggests nothing offers the pack's examples
            if not spec.suggestions:
                self.specs[spec.name] = spec.model_copy(update={"suggestions": self.info.examples[:3]})

    def _answered(self, question: str) -> bool:
        answer = self.respond(question, Context())
        return bool(answer.sources) and answer.intent not in (self.matcher.out_of_scope, self.matcher.smalltalk)

    # --- public ------------------------------------------------------------------------

    def ask(self, question: str) -> Answer:
        """Answer one question of this conversation; follow-ups may refer back."""
        return self.respond(question, self.context)

    def explain(self, question: str) -> tuple[Answer, list[tuple[str, str]]]:
        """Answer as ask() does, and say what each stage made of the question: how it was
        read, the plan, the evidence chosen and why. It is how answers are debugged."""
        self.pack.trace = []
        try:
            answer = self.ask(question)
            return answer, self.pack.trace
        finally:
            self.pack.trace = None

    def reset(self) -> None:
        """Forget the conversation so far."""
        self.context = Context()

    def _asks_more(self, question: str, answer: Answer, first: Reading, asked: Understanding) -> bool:
        """Whether another question of a post asks something the answer did not: another
        intent, none careerbot knows, other roles, or a subject the articles lack ("do I need
        Kubernetes?"), or the same in another form; "How good are they long term?" after "Is ML a
        good career?" does not."""
        u = self.matcher.understand(question, correct=False)
        if u.scores[u.intent] < MIN_INTENT:
            return True  # nothing the answer speaks to: answered on its own, or said to be not covered
        named = {answer.entities.get("role"), answer.entities.get("other_role")} - {None}
        lexicon = english()
        lacking = [w for w in u.unknown_words if lexicon.zipf(w) < COMMON_ZIPF]
        # "Is it dying? Is it oversaturated?": a thing the articles never decide, and the first
        # question did not ask, is said to be not covered.
        never = self.vocabulary.stance.unaddressed
        before = found_phrases(never, words(first.question))
        lacking += [p for p in found_phrases(never, words(question)) if p not in before]
        # "Is my math useful? What else would I need to learn?": a verdict, then the list.
        # "Can I switch? Where would I start?": a verdict, then the steps, though both are the way in.
        listed = self.specs[u.intent].answer in LISTED_ANSWERS
        form = read(question, self.vocabulary.question, self.vocabulary.stance).form
        # ... and "How many languages do I need? Is Python enough?": a list, then a yes or no.
        other_form = (first.form == "yes_no" and form != "yes_no"
                      and (listed or not set(u.content_words) & set(asked.content_words))) \
            or (first.form != "yes_no" and form == "yes_no" and listed)
        other_level = u.level is not None and u.level != answer.entities.get("level")  # "... and once mid level?"
        # "Is ML only a big-tech thing? ... wondering if there's ML work in agriculture": a thing
        # of the articles the first question did not name and its answer does not show.
        shown = set(self.analyzer.index_terms(answer.text)) | set(asked.content_words)
        other_topic = any(self.index.knows(t) and t not in self.analyzer.generic and t not in shown
                          for t in u.content_words)
        # "... what do they do? and which one is better if I want to publish papers?": a choice.
        better = self.vocabulary.question.better_markers
        chooses = bool(found_phrases(better, words(question))) and not found_phrases(better, words(first.question))
        return u.intent != answer.intent or bool(set(u.roles) - named) or bool(lacking) or other_form \
            or other_level or other_topic or chooses

    def _in_english_note(self, language: str) -> str:
        """Said first to a question in another language, in it: the articles are in English."""
        if language == "en":
            return ""
        note = self.vocabulary.languages.get(language) or self.vocabulary.languages.get("other", "")
        return f"_{note}_" if note else ""

    def _speaks_to(self, question: str, part: Answer) -> bool:
        """Whether a part's answer holds what its question asks about beside the words the
        articles lack: "is a GitHub portfolio necessary?" is met on portfolios; "how much of
        what I know transfers?" by nothing of "transfers"."""
        lacking = part.entities.get("not_covered")
        if not lacking:
            return True
        gaps = {t for w in lacking.split(", ") for t in self.analyzer.index_terms(w)}
        asked = {t for t in self.matcher.understand(question, correct=False).content_words
                 if self.index.knows(t) and t not in self.analyzer.generic} - gaps - self.pack.asking_terms
        shown = {t for s in part.sources for t in self.analyzer.index_terms(s.text)}
        return bool(asked & shown)

    def _asks_only_gaps(self, reading: Reading) -> bool:
        """Whether a post's first question asks only what the articles never say ("is it easy
        to get an H1B sponsorship for ML roles?"): nothing of theirs beyond the field and the
        asking, and a thing they lack."""
        said = words(reading.question)
        lexicon = english()
        # A rare word, a subject ("sponsorship", "H1B"); not an ordinary one ("too old", "closer"),
        # which the articles may answer in their way (career changers are welcome).
        rare = [w for w in said if not self.analyzer.is_known(w) and lexicon.zipf(w) < QUALIFIER_ZIPF]
        # ... or one the pack says its articles never decide ("remote", "visa", "burnout").
        unaddressed = found_phrases(self.vocabulary.stance.unaddressed, said)
        rare += [w for p in unaddressed for w in words(p) if not self.analyzer.is_known(w)]
        role_words = {w for r in self.knowledge.facts.roles for n in [r.name, *r.aliases] for w in words(n)}
        asking = self.pack.asking_terms | self.pack.form_words | self.pack.weighing_terms
        theirs = [t for w in said if w not in role_words and self.analyzer.is_known(w) and lexicon.zipf(w) < FILLER_ZIPF
                  for t in self.analyzer.index_terms(w) if t not in self.analyzer.generic and t not in asking]
        return bool(rare) and not theirs

    def note(self, stage: str, detail: str) -> None:
        if self.pack.trace is not None:
            self.pack.trace.append((stage, detail))

    def respond(self, question: str, context: Context) -> Answer:
        if not isinstance(question, str):
            raise TypeError(f"question must be a str, not {type(question).__name__}")
        question = valid_unicode(question)
        text = spelled_out(clean(question), self.vocabulary.question)  # "r ml jobs ...?": are
        notes: list[str] = []
        cut = ""
        if len(text) > MAX_QUESTION_CHARS:
            text, cut = shortened(text)
        if not any(ch.isalnum() for ch in text):
            return self.composer.smalltalk(text, self.specs[self.matcher.smalltalk].reply)
        language = detect(text, self.planner.familiar, self.pack.name_words, self.pack.language_phrases)
        as_written: dict[str, str] = {}  # a glossed sentence's own words, to quote it by
        if language != "en" and (known := self.vocabulary.translations.get(language)):
            # "Quelles sont les compétences ...": read as far as its career words go.
            written, text = text, gloss(text, known, spaced=not is_non_latin(text))
            if len(glossed := sentences(text)) == len(own := sentences(written)):
                as_written = dict(zip(glossed, own, strict=True))
        reading = read(text, self.vocabulary.question, self.vocabulary.stance)
        tracing = self.pack.trace is not None  # what each stage made of it is written out only for explain()
        if tracing:
            self.note("read", f"form {reading.form}" + (f", asks {reading.asks}" if reading.asks else "")
                      + (", negated" if reading.negated else "") + f"; language {language}; question: "
                      + " | ".join(reading.questions or [reading.text])
                      + (f"; background: {reading.background}" if reading.background else ""))
        understanding = self.planner.understand(reading, language)
        if tracing:
            self.note("understand", describe(understanding))
        if understanding.corrections:
            # "what is differnts between ...": the form is read again from the words as corrected.
            fixes = understanding.corrections
            reading = read(re.sub(r"\w+", lambda m: fixes.get(m.group().lower(), m.group()), text),
                           self.vocabulary.question, self.vocabulary.stance)
        if reading.background and not reading.negated and reading.form == "yes_no" and reading.asks == "possible" and \
                found_phrases(self.vocabulary.question.negations, words(reading.background)):
            # "He doesn't know how to code. Can he still ...?": the question is turned around.
            reading = replace(reading, negated=True)
        # "I'm a software developer thinking about ML", asking nothing, tells who they are, and
        # the role they name is the one to speak of: both stay.
        if reading.origin and reading.questions and (named := {name for _, _, name in self.matcher.roles.find(
                self.analyzer.terms(reading.origin))} & set(understanding.roles)):
            # "Embedded software engineer here. Which ML jobs would use my C++ instead of ...?":
            # said before the question, it is who they are, whatever the question compares.
            in_background = set(words(reading.origin)) <= set(words(reading.background))
            told_before = in_background and not set(words(reading.origin)) <= set(words(reading.question))
            # "I'm a data scientist in Toronto. What does a data scientist make in Canada?": who
            # they are, and the role asked about too.
            asked_too = in_background and bool(named & {name for _, _, name in self.matcher.roles.find(
                self.analyzer.terms(reading.question))})
            if reading.origin_own and not asked_too and (reading.form != "comparison" or told_before):
                # "what if I'm already a software dev?": who they are, not the role asked about;
                # but "how is X different from Y?" compares the two.
                understanding = replace(understanding, roles=[r for r in understanding.roles if r not in named])
            else:
                # "Can a data scientist work remotely?": the role asked about, not a background.
                reading = replace(reading, origin="")
        if not reading.origin and understanding.unlisted_role and reading.form in ("yes_no", "how_to"):
            # "Is data science a good career for mechanical engineers?": who they are now.
            reading = replace(reading, origin=understanding.unlisted_role)
        if understanding.corrections:
            read_as = ", ".join(f"“{a}” as “{b}”" for a, b in sorted(understanding.corrections.items()))
            notes.append(f"_(I read {read_as}.)_")
        plan = replace(self.planner.plan(understanding, context), part_of_post=context.same_post)
        if plan.leans and context.reading is not None:
            # The last question, changed: who asks may be new ("what if I'm already a developer?").
            # Its other questions were asked then, not now.
            reading = replace(context.reading, text=f"{context.reading.text} {reading.text}", rest=[],
                              origin=reading.origin or context.reading.origin,
                              origin_own=reading.origin_own if reading.origin else context.reading.origin_own)
        elif not reading.origin and context.reading is not None and context.reading.origin \
                and context.reading.origin_own and set(self.vocabulary.conversation.first_person) & set(words(text)):
            # "I'm a software developer ..." then "what's the next step up for someone like me?":
            # who asks is who they said they were.
            reading = replace(reading, origin=context.reading.origin, origin_own=True)
        plan.reading, plan.language = reading, language
        plan = self.planner.by_form(plan)
        if tracing:
            self.note("plan", f"intent {plan.intent}; roles {', '.join(plan.roles) or '-'}; level {plan.level or '-'}")
        answer = self.composer.compose(text, plan, context)
        if reading.rest and (answer.intent == self.matcher.out_of_scope or self._asks_only_gaps(reading)):
            # "Are ML jobs mostly remote? Also, what skills do I need?": the first is not
            # covered, the next may be; it is answered, and the first said to be not covered.
            nxt = self.respond(reading.rest[0], context)
            # Beside a first question only of gaps, its own answer is of something else: the
            # next one needs only be as sure as a part of a post.
            # So too beside one asking only of what the articles touch nowhere ("is it easy to get
            # an H1B?"), which was declined for that.
            sure = SURE_OF_THE_NEXT if answer.intent == self.matcher.out_of_scope \
                and not self.composer.asks_of_the_untouched(plan) else SURE_OF_A_PART
            if nxt.intent != self.matcher.out_of_scope and nxt.confidence >= sure:
                first = as_plain_text(as_written.get(reading.question, reading.question)[:MAX_SUGGESTION_CHARS])
                lead = f"_{self.vocabulary.wording.get('first_not_covered', '').replace('{first}', first)}_"
                said = (self._in_english_note(language), lead, nxt.text, cut)
                return nxt.model_copy(update={"question": text, "text": "\n\n".join(part for part in said if part)})
            if answer.intent == self.matcher.out_of_scope:
                # None of it covered: the decline names what the whole post asks that they lack.
                whole = replace(reading, question=" ".join(reading.questions))
                answer = self.composer.decline(text, self.planner.understand(whole, language))
        if note := self._in_english_note(language):
            answer = answer.model_copy(update={"text": f"{note}\n\n{answer.text}"})
        others = [q for q in reading.rest if self._asks_more(q, answer, reading, understanding)][:MAX_OTHER_QUESTIONS]
        if understanding.whole_post:
            # Read as one with an unclear first question ("Is that realistic?"), the post is
            # answered once; a question of another form ("where do I start?") is still its own.
            others = [q for q in others if read(q, self.vocabulary.question, self.vocabulary.stance).form
                      not in (reading.form, "statement")]
        if others and answer.intent != self.matcher.out_of_scope:
            # A post of several questions: each of the next few is answered too, under its own
            # words, when careerbot is sure of it; the rest are offered to ask next.
            answered: list[tuple[str, Answer]] = []
            deferred: list[str] = others[MAX_ANSWERED_PARTS:]
            uncovered: list[str] = []
            said_above: list[str] = []
            # One role described: a next question on it that finds nothing new was answered above.
            role = answer.entities.get("role") if "other_role" not in answer.entities and language == "en" else None
            shown = {(s.place, s.text) for s in answer.sources}
            rulings = [self.vocabulary.wording.get(k, "") for k in ("options_all_needed", "options_unranked")]
            for other in others[:MAX_ANSWERED_PARTS]:
                # Asked with the post's background: "does my stats background count?" leans on it.
                part = self.respond(f"{reading.background} {other}".strip(), replace(context, same_post=True))
                # "... and what about once I'm senior?" leans on the first question: its own words
                # are few, so its own intent is weak; the first one's makes it sure enough.
                part_read = self.matcher.understand(other, correct=False, scored=False)
                leaning = part_read.elliptical
                def sure_of(part: Answer, leaning: bool = leaning) -> bool:
                    return part.intent not in (self.matcher.out_of_scope, self.matcher.smalltalk) \
                        and part.confidence >= (MIN_INTENT if leaning else SURE_OF_A_PART)

                sure = sure_of(part)
                if not sure and reading.background:
                    # A long story around it may drown a plain question ("what should I do first?").
                    alone = self.respond(other, replace(context, same_post=True))
                    part, sure = (alone, True) if sure_of(alone) else (part, sure)
                # An answer led by, or mostly of, sentences the first one shows says nothing new.
                new = [s for s in part.sources if (s.place, s.text) not in shown]
                # A list's new items say more, though the sentences on who asks lead it again.
                listed = part.intent in self.specs and self.specs[part.intent].answer in LISTED_ANSWERS
                says_more = bool(new) and (new[0] == part.sources[0] or 2 * len(new) >= len(part.sources) or listed)
                # A verdict the first answer does not give says more, on the sentences it shows.
                says_more = says_more or (bool(_VERDICT.match(part.text)) and not _VERDICT.match(answer.text))
                # So does the options' ruling ("The articles call each of them essential").
                says_more = says_more or any(r and r in part.text and r not in answer.text for r in rulings)
                speaks = self._speaks_to(other, part) or (listed and part.confidence >= SURE_OF_A_LIST)
                if sure and says_more and speaks:
                    answered.append((other, part))  # a gap of its own it names itself
                elif (lacking := part.entities.get("not_covered")) and language == "en":
                    # "do I need Kubernetes?": declined, or barely answered; an ordinary word is no subject
                    uncovered += [w for w in lacking.split(", ") if english().zipf(w) < COMMON_ZIPF]
                elif not sure and role and answer.sources and (
                        part.entities.get("role") == role or part_read.anaphora):
                    # "is it more people management?" of the role just described: said to be all
                    # they say of it only when its own answer finds nothing new; else it is a
                    # question to ask on its own ("is that a real job or just hype?").
                    (deferred if says_more else said_above).append(other)
                elif not sure and part.intent != answer.intent:
                    deferred.append(other)  # the same intent unsure again: the first answer speaks to it
            answer = joined(answer, [(as_written.get(q, q), part) for q, part in answered])
            deferred = [as_written.get(q, q) for q in deferred]
            wording = self.vocabulary.wording
            if uncovered:
                gaps = quoted(list(dict.fromkeys(uncovered)), limit=4)
                notes.append(f"_{wording.get('rest_not_covered', '').replace('{gaps}', gaps)}_")
            if said_above and role:
                asked = "; ".join(f"“{as_plain_text(q[:MAX_SUGGESTION_CHARS])}”" for q in said_above)
                notes.append(f"_{wording.get('said_above', '').replace('{asked}', asked).replace('{role}', role)}_")
            if deferred:
                asked = "; ".join(f"“{as_plain_text(q[:MAX_SUGGESTION_CHARS])}”" for q in deferred)
                key = "more_questions_after_parts" if answered else "more_questions"
                notes.append(f"_{wording.get(key, '').replace('{asked}', asked)}_")
                answer = answer.model_copy(update={"suggestions": [q[:MAX_SUGGESTION_CHARS] for q in deferred]})
        if notes and answer.intent != self.matcher.out_of_scope:
            answer = answer.model_copy(update={"text": answer.text + "\n\n" + "\n".join(notes)})
        if cut:  # said in every kind of answer, a decline too
            answer = answer.model_copy(update={"text": f"{answer.text}\n\n{cut}"})
        return answer


# A numbered step of a list of steps: "2. **Build projects ...**: ...".
_STEP = re.compile(r"\d+\. ")
# A verdict that opens an answer: "**Yes.** ...", "**Not necessarily.** ...".
_VERDICT = re.compile(r"\*\*[^*\n]+\.\*\* ")


def _renumbered(number: dict[str, str], marker: re.Match[str]) -> str:
    return f"[{number.get(marker.group(1), marker.group(1))}]"


def _unshown(shown: re.Pattern[str], line: str) -> str:
    """A line less the sentences the first answer shows: it keeps its label and what it adds
    ("- **Build projects**: ... [10]"), or goes whole when it adds nothing; a numbered step
    stays whole, as the steps are one order."""
    if _STEP.match(line):
        return line
    left = shown.sub("", line).rstrip()
    return left if left == line or CITATION.search(left) else ""


def joined(first: Answer, parts: list[tuple[str, Answer]]) -> Answer:
    """A post's answers to its several questions as one answer: each next one under its
    question's words, its citations renumbered into the first one's sources."""
    sources, figures, blocks = list(first.sources), list(first.figures), [first.text]
    for question, part in parts:
        number: dict[str, str] = {}
        shown_first: list[str] = []
        for n, source in enumerate(part.sources, 1):
            same = next((i for i, s in enumerate(sources, 1) if (s.place, s.text) == (source.place, source.text)), 0)
            if not same:
                sources.append(source)
                same = len(sources)
            elif same <= len(first.sources):
                # With the heading it may lean on ("Network network network: Another way ...").
                shown_first.append(rf"(?:[^.:?!\]\n“*]{{1,80}}: )?“?{re.escape(source.text)}”? \[{n}\] ?")
            number[str(n)] = str(same)
        kept = []
        shown = re.compile("|".join(shown_first)) if shown_first else None
        said = set(first.text.split("\n\n"))  # "On these figures, X earns more": said once
        paragraphs = part.text.split("\n\n")
        if _VERDICT.match(part.text) and paragraphs[0] not in said and 2 * len(shown_first) >= len(part.sources):
            # The verdict is what is new, and what it is said of; the rest the first answer shows.
            paragraphs = [paragraphs[0], *(p for p in paragraphs[1:] if p.startswith("_") and not CITATION.search(p))]
        for paragraph in paragraphs:
            if paragraph in said:
                continue
            # A sentence the first answer shows is not said again under the next question (a list
            # item holding it goes whole), nor one left alone without it (the sentence it leaned on).
            cut = paragraph
            if shown and not _VERDICT.match(paragraph):  # a verdict keeps the sentence it rests on
                cut = "\n".join(line for line in map(partial(_unshown, shown), paragraph.split("\n")) if line).strip()
            if cut and (cut == paragraph or CITATION.search(cut) or cut.startswith("**")):
                kept.append(cut)
        text = CITATION.sub(partial(_renumbered, number), "\n\n".join(kept))
        blocks.append(f"**“{as_plain_text(question[:MAX_SUGGESTION_CHARS])}”**\n\n{text}")
        figures += part.figures
    return first.model_copy(update={"text": "\n\n".join(blocks), "sources": sources, "figures": figures})


def describe(u: Understanding) -> str:
    """One line of what the matcher made of a question, for explain()."""
    best = sorted(u.scores.items(), key=lambda kv: -kv[1])[:3]
    parts = ["intents " + ", ".join(f"{name} {score:.2f}" for name, score in best)]
    for label, value in [("roles", u.roles), ("could be", u.role_candidates), ("unknown words", u.unknown_words),
                         ("content", u.content_words)]:
        if value:
            parts.append(f"{label} {', '.join(value)}")
    if u.unlisted_role:
        parts.append(f"a role the articles lack: {u.unlisted_role}")
    return "; ".join(parts)
