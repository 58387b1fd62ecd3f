"""Why picked facts are not the kind of fact a question asks, or not about what it asks of:
a "when" needs a date, "how much" an amount, "how many X" a number of X, "what did X say" a
statement, and a figure must be about the names and years the question gives. Used by
`handlers.answer` to decline on evidence."""

import itertools
import re

from content.entry import Entry
from content.text import clean, name_words, spanned_years, stem, stems, words
from handlers.english import (
    common,
    derived,
    doers,
    doing,
    english,
    everyday,
    irregular,
    light,
    verb_of,
)
from handlers.lexicon import (
    AMOUNT_WORDS,
    COUNTRY_OF,
    COUNTRY_WORDS,
    EXCEPTIONS,
    FIELD_CUES,
    GENERIC,
    IDIOMS,
    KIND_WORDS,
    KNOWN_SHORT_FORMS,
    MONEY_WORDS,
    NAME_TITLES,
    QUESTION_WORDS,
    SIZE_NOUNS,
    STOP,
    SYNONYMS,
    WRITTEN_IDIOMS,
)
from handlers.reading import (
    _ANYONE_WORDS,
    _BE,
    _CURRENCY,
    _DAY,
    _DAY_WORDS,
    _DETERMINERS,
    _DISTANCE,
    _GROUPS_OF_PEOPLE,
    _HEDGES,
    _IDIOM_WORDS,
    _MONTH_WORDS,
    _MONTHS,
    _OF_WHICH,
    _PEOPLE,
    _PERIODS,
    _PERSON_AGE,
    _PERSONS,
    _RATE,
    _RAW_WORD,
    _RELATIVES,
    _SAYING,
    _SPEAKER_AFTER,
    _SPENDING,
    _STOP_STEMS,
    _SUCCEEDED,
    _UNIT_STEMS,
    _UNITS,
    _VALUED,
    _WANTED_AFTER,
    _WANTED_SKIP,
    _YEAR,
    EACH_ONE,
    NEEDS_SHAPE,
    SHAPES,
    Concept,
    Question,
    _called,
    _counting,
    _deal_worth,
    _has_phrase,
    _joined_noun,
    _main_clause,
    _period_or_stem,
    _plural,
    _rewrite,
    _typed_as_acronym,
    asks_margin,
    synonyms_of,
)

# A fact of the kind asked must hold this share (by IDF) of the question's other words.
FOCUS_SHARE = 0.4
# "How many X": a number this many words or fewer from X counts X.
COUNT_REACH = 4
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
_PERSON_AGED = re.compile(_PERSON_AGE, re.IGNORECASE)


# An age someone reached ("was turning 16 that day", "turned 40 on May 3"): a birthday, where
# the number is no turn through degrees or a figure of anything else ("turned 90 degrees")
_AGE_TURNED = re.compile(r"\b(?:turn|turns|turned|turning)\s+\d{1,3}(?=\s*(?:[,.;)]|$)|\s+"
                         r"(?:years?\s+old|that|on|in|the|this|last|and|when|while)\b)",
                         re.IGNORECASE)
_BIRTHDAY = frozenset({"birthday", stem("birthday")})


def _idioms_written(text: str) -> set[str]:
    """The idioms a text writes that mean one thing wherever written ("made from":
    "made_from"), and their stems; and a birthday, when it says someone turned an age."""
    said = {t for t in _rewrite(words(text)) if t in _WRITTEN_IDIOMS}
    return said | {stem(t) for t in said} | (_BIRTHDAY if _AGE_TURNED.search(text) else set())


_COUNTRIES_LISTED = 3
_COUNTRY_STEMS = frozenset({stem("countries"), stem("nations")})


class _Profile:
    """An entry's stems, by where they occur. Cached per (slug, version)."""

    def __init__(self, entry: Entry):
        # (a name for a span of years, "Dana Holt (harbour master 2017-2019)", holds each)
        names = stems(" ".join([entry.title, *entry.aliases])) | set(spanned_years(
            " ".join([entry.title, *entry.aliases])))
        self._fields = list(entry.fields.items())
        self.field_stems = {
            name: (stems(name.replace("_", " ")), stems(value))
            for name, value in entry.fields.items()
        }
        facts = set().union(*(n | v for n, v in self.field_stems.values()))
        self.places = {
            "names": names,
            "fields": set().union(*(n for n, _ in self.field_stems.values())),
            "phrases": stems(" ".join(entry.keywords)),
            "facts": facts,
            "summary": stems(entry.summary),
        }
        # (a place that writes an idiom holds it as the question reads it: "those on board"
        # holds the "on board" of "how many survived of everyone on board?")
        for place, texts in (("names", [entry.title, *entry.aliases]),
                             ("facts", entry.fields.values()), ("summary", [entry.summary])):
            idioms = {t for text in texts for t in _rewrite(words(text)) if "_" in t}
            self.places[place] |= idioms | {stem(t.replace("_", " ")) for t in idioms}
        # (a fact or summary that names three countries or more holds "countries": "which
        # countries are in the team?" of "Netherlands, Australia, Belgium, Malaysia")
        for place, texts in (("facts", entry.fields.values()), ("summary", [entry.summary])):
            if any(len(COUNTRY_WORDS.intersection(words(t))) >= _COUNTRIES_LISTED
                   for t in texts):
                self.places[place] |= _COUNTRY_STEMS
        self.lengths = {
            "facts": sum(len(words(v)) for v in entry.fields.values()) or 1,
            "summary": len(words(entry.summary)) or 1,
        }
        # (an entry of kind `ferry` is a ferry, whether or not its text says so; one that says
        # a law is "in force" holds what "when did it come into force?" asks, as a question's
        # idiom is read: the idiom's plain words)
        # (a fact's name too: `in_force`)
        said = {t for text in (entry.summary, *entry.fields.values(),
                               *(name.replace("_", " ") for name in entry.fields))
                for t in _rewrite(words(text)) if "_" in t or t in _IDIOM_WORDS}
        # (and one of kind `organisation` is a company, a firm)
        self.all = set().union(*self.places.values(), stems(entry.kind.replace("_", " ")),
                               stems(" ".join(KIND_WORDS.get(entry.kind, ()))),
                               said, {stem(t) for t in said},
                               *(stems(" ".join(synonyms_of(t))) for t in said
                                       if t in _WRITTEN_IDIOMS),
                               *(_BIRTHDAY for text in (entry.summary, *entry.fields.values())
                                 if _AGE_TURNED.search(text)))
        # (and, in picking facts, a fact holds the idioms it writes: "made from a rocket tube",
        # in its name too: `in_force_date`)
        self.field_stems = {name: (held | _idioms_written(name.replace("_", " ")),
                                   found | _idioms_written(entry.fields[name]))
                            for name, (held, found) in self.field_stems.items()}
        # stem -> the places that hold it
        self.where: dict[str, set[str]] = {}
        for place, found in self.places.items():
            for held in found:
                self.where.setdefault(held, set()).add(place)
        # The shapes of fact its fields hold (money, a date ...), for ranking by question type.
        self.shapes = frozenset(kind for kind, shape in SHAPES.items()
                                if any(shape.search(v) for v in entry.fields.values()))
        # Each place as normalised text, to find multi-word names as phrases ("battery a").
        self.phrases = {
            "names": " ".join(words(" . ".join([entry.title, *entry.aliases]))),
            "fields": " ".join(words(" . ".join(entry.fields))),
            "phrases": " ".join(words(" . ".join(entry.keywords))),
            "facts": " ".join(words(" . ".join(entry.fields.values()))),
            "summary": " ".join(words(entry.summary)),
        }
        self.learned = [stems(k) - _STOP_STEMS for k in entry.keywords if len(words(k)) >= 3]
        # Each of its names as its words, spaced, to find it named in another entry's text
        self.names = [f" {' '.join(words(name))} " for name in [entry.title, *entry.aliases]
                      if words(name)]
        # The names and keywords, each as its words, to find two question words in a row in one
        self.named_as = " | ".join(["", *(" ".join(words(name)) for name in
                                          [entry.title, *entry.aliases, *entry.keywords]), ""])
        self._summary = entry.summary
        self._counted: dict[frozenset[str], bool] = {}
        self._entry_texts = (entry.title, entry.summary, *entry.fields.values())
        self._name_only: frozenset[str] | None = None
        # Each place's texts (a name, a fact, a sentence of the summary), and their stems
        self._texts = {"names": [entry.title, *entry.aliases], "fields": list(entry.fields),
                       "phrases": list(entry.keywords), "facts": list(entry.fields.values()),
                       "summary": _SENTENCE.split(entry.summary)}
        self._stemmed: dict[str, list[str]] = {}

    def stemmed(self, place: str) -> list[str]:
        """The stems of a place's words in order, "." between its texts; read once."""
        found = self._stemmed.get(place)
        if found is None:
            found = self._stemmed[place] = [
                s for text in self._texts[place] for s in (".", *map(stem, words(text)))]
        return found

    @property
    def name_only(self) -> frozenset[str]:
        """Words the entry writes only as a name: capitalised mid-sentence ("... paid Gull
        Power"), never in lower case (not "Fines" opening a title, nor "power" elsewhere)."""
        if self._name_only is None:
            title, *texts = self._entry_texts
            inner = {m.group().casefold() for t in texts for m in _INNER_WORD.finditer(t)}
            lower = {w for w in _RAW_WORD.findall(" ".join([title, *texts])) if w[:1].islower()}
            self._name_only = frozenset(inner - lower)
        return self._name_only

    def counts(self, alts: frozenset[str]) -> bool:
        """Does a field or the summary hold a number of one of `alts` (see `_counts`)?"""
        if alts not in self._counted:
            if len(self._counted) > 64:
                self._counted.clear()
            places = [(name, value, n | v) for (name, value), (n, v) in
                      zip(self._fields, self.field_stems.values(), strict=True)]
            places.append(("", self._summary, self.places["summary"]))
            self._counted[alts] = any(_counts(alts, name, value) for name, value, held in places
                                      if not alts.isdisjoint(held))
        return self._counted[alts]


# Words that only label the story, or a part of it the question names ("the whole fare mess",
# "after the pier fiasco"): no entry need say them
_STORY_LABELS = frozenset("mess fiasco debacle shambles snafu".split())
# Words that only round the number before them ("40-odd", "40-plus", "a 40-strong crew")
_ROUGHLY = frozenset("odd plus strong ish some".split())
_MONEY_NOUNS = frozenset({"money", "cash", "dollars", "dollar", "funds", "funding"})
_MONEY_STEMS = frozenset(stem(w) for w in _MONEY_NOUNS)
_PAID = frozenset(stem(w) for w in "pay paid spend spent owe owed".split())
_PAY = frozenset(stem(w) for w in "pay salary salaries wage wages earnings compensation "
                  "fee fees".split())
_QUOTE_MARKS = re.compile(r"[\"“”«»]")
# A nickname in quotation marks inside a name ('Dana "Red" Holt'): no saying of anyone's
_NICKNAMED = re.compile(r"(\b[A-Z][\w'’.-]*\s+)[\"“]([A-Z][\w'’.-]*)[\"”](?=\s+[A-Z])")


def _unnicknamed(text: str) -> str:
    """The text with a name's nickname out of its quotation marks, which then mark only what
    was said or written ('Chief Dana "Red" Holt (May 3)' quotes nobody)."""
    return _NICKNAMED.sub(r"\1\2", text)


_QUOTED = frozenset(stem(w) for w in "quote quotes quoted statement statements comment comments "
                    "remark remarks words response reaction".split())
# "before the law cut it, how many seats ...?": the figure before a change is asked
_BEFORE_CHANGE = frozenset("before originally previously initially formerly original previous"
                           .split())
# "cut the board to 11 seats", "raised the cap to $250,000": the figure a change led to
_CHANGED_TO = re.compile(
    r"\b(?:cut|cuts|reduced|reduces|shrank|shrunk|shrinks|raised|raises|increased|increases|"
    r"lowered|lowers|expanded|expands|trimmed|trims|grew|fell|rose|dropped|doubled|extended|"
    r"lifted|boosted)\b[^.;,\d]{0,40}?\bto\s+(?:about\s+|roughly\s+|around\s+)?"
    r"([$€£]?\d[\d,.]*)", re.IGNORECASE)
_FIGURE = re.compile(r"[$€£]?\b\d[\d,.]*")
# (the word before a number that names a thing: "Bill 12", "Pier 9")
_NAMED_BY = re.compile(r"\b[A-Z][\w'-]*\s$")


def _thing_asked(question: Question) -> list[Concept]:
    """The topic words naming what a "what" question asks, typed between "what" and its verb
    ("what berth fee did ..."); empty when another word stands there ("what dollar amount
    did ...", "what happened") or the question asks no such thing."""
    tokens = question.tokens
    if question.qtype not in ("what", "none") or "what" not in tokens:
        return []
    at = tokens.index("what") + 1
    run = list(itertools.takewhile(lambda t: t not in _VERB_AFTER, tokens[at:]))
    if not run or len(run) > 3 or len(tokens) <= at + len(run):
        return []
    attributes = {c.word: c for c in question.concepts if c.slug is None and not c.soft}
    if any(t not in attributes and t not in question.unknown for t in run):
        return []
    return [attributes[t] for t in run if t in attributes]


def _before_change(tokens: list[str]) -> bool:
    """Does the question ask of how things stood before a change ("before the law shrank it,
    how many seats did the board have?", "how much was the fare originally?")?"""
    return not _BEFORE_CHANGE.isdisjoint(tokens)


def _only_changed_to(facts) -> bool:
    """Is every figure the facts give (years and names aside: "Bill 12") one a change led to
    ("Bill 12 cut the board to 11 seats")? Then they say how things stood after it, not before: the
    figure before the change is not there."""
    figures = [m.group() for _, value in facts for m in _FIGURE.finditer(value)
               if not _YEAR.fullmatch(m.group()) and not _NAMED_BY.search(value[:m.start()])]
    changed = {m.group(1) for _, value in facts for m in _CHANGED_TO.finditer(value)}
    return bool(figures) and all(f in changed for f in figures)


# The words that single out the one thing a name before them names: "Acme itself"
_REFLEXIVES = frozenset("himself herself itself themselves personally".split())
_OF_THINGS = frozenset({"itself", "themselves"})


def _age_unsaid(question: Question, entry: Entry, facts) -> str | None:
    """The person another entry's or no entry's name asks the age of, when no fact or sentence
    of this entry gives an age beside that name; None when one does, or none is asked of."""
    texts = [*(_fact_text(n, v) for n, v in facts), *_SENTENCE.split(entry.summary)]
    aged = [c for c in question.concepts if c.slug is not None and c.slug != entry.slug
            and question.kinds.get(c.slug) in PERSON_KINDS]
    if aged:
        return aged[0].word if len(aged) == 1 and not any(
            _PERSON_AGED.search(text) and _mentions(aged[0], question, stems(text))
            for text in texts) else None
    typed = _unnamed_person(question)
    return " ".join(sorted(typed)) if typed and not any(
        _PERSON_AGED.search(text) and typed <= stems(text) for text in texts) else None


def _sum_unowned(question: Question, entry: Entry, facts) -> str | None:
    """The person whose sum is asked ("Holt's salary", "what was Holt paid?"), when this entry
    is neither hers nor named for her and no text giving a sum names her, or when it is hers
    and no sum in it is said to be paid to her; None otherwise."""
    if question.qtype != "amount":
        return None
    owners = [c for c in question.concepts if c.slug is not None and _paid_one(c, question.tokens)]
    if len(owners) != 1:
        return None
    owner = owners[0]
    texts = [f"{n} {v}".replace("_", " ") for n, v in facts] or _SENTENCE.split(entry.summary)
    summed = [text for text in texts if SHAPES["money"].search(text)]
    if owner.slug == entry.slug:
        # (her own entry: a sum she is not said to be paid, "$3.8 billion of improper entries
        # found", is no pay of hers)
        return None if any(
            SHAPES["money"].search(text) and not _PAID_STEMS.isdisjoint(stems(text))
            for text in [*texts, *_SENTENCE.split(entry.summary)]) else owner.word
    if _mentions(owner, question, stems(" ".join([entry.title, *entry.aliases]))):
        return None
    return owner.word if summed and not any(
        _mentions(owner, question, stems(text)) for text in summed) else None


# What a person is paid ("Holt's salary", "Holt's total pay"), and the verbs of her being paid
# ("how much did Holt get paid?", "what did Holt earn?")
_PAY_NOUNS = _PAY | frozenset(stem(w) for w in
                              "package payout severance bonus pension income paycheck fortune"
                              .split())
_PAID_VERBS = frozenset("paid earn earned earns receive received receives pocket pocketed".split())
_GETTING = frozenset("get got gets was were is been".split())
_GOT = frozenset("get got gets getting".split())
# ... and the words of a text that say a sum in her own entry was paid to her
_PAID_STEMS = _PAY_NOUNS | frozenset(stems(" ".join(_PAID_VERBS))) | frozenset(
    stem(w) for w in "paid awarded award granted reward payment".split())


def _paid_one(concept: Concept, tokens: list[str]) -> bool:
    """Does the question ask what the person this name names was paid: her pay after an
    owner's "'s" (a word between: "Holt's total pay"), or a verb of her being paid after it?"""
    last = concept.word.split()[-1]
    for i, token in enumerate(tokens[:-1]):
        if token != last:
            continue
        # (a verb with its particle is the verb: "paid_for")
        after = [t.partition("_")[0] for t in tokens[i + 1:i + 4]]
        if after[0] == "s" and not _PAY_NOUNS.isdisjoint(map(stem, after[1:3])):
            return True
        if after[0] in _PAID_VERBS or (after[0] in _GETTING and after[1:2] == ["paid"]):
            return True
        # ("how much did Acme get from the fund?": what it received)
        if after[0] in _GOT:
            return True
    return False


def _unnamed_person(question: Question) -> frozenset[str] | None:
    """The stems of a name of two or three words typed as a name that no entry has ("Ana
    Vellan", "Li Min-jun"), or None when there is none or more than one."""
    named = {w for c in question.concepts if c.slug is not None for w in c.word.split()}
    runs, run = [], []
    for token in [*question.tokens, ""]:
        if token in question.proper and token not in named and token not in STOP:
            run.append(token)
            continue
        # (not the story's own name: "the youngest person who died at the Gull Club" of a pack
        # on the Gull Club fire)
        if 2 <= len(run) <= 3 and not all(stem(w) in question.subject for w in run):
            runs.append(run)
        run = []
    return frozenset(stem(w) for w in runs[0]) if len(runs) == 1 else None


def _emphasized(question: Question) -> list[Concept]:
    """The names the question singles out with a reflexive right after them ("how much did
    Dana Holt herself receive?", "what did the strike cost Acme itself?"): it asks of that one
    alone, not of a group or a deal it is part of. "Itself" follows one thing, "themselves"
    several; otherwise the reflexive is of the doer ("did Acme build the Tern themselves?")
    or the object of a verb ("the ferry wedged itself in")."""
    tokens = question.tokens
    found = []
    for i, token in enumerate(tokens[1:], 1):
        before = tokens[i - 1]
        if token not in _REFLEXIVES or before in STOP:
            continue
        # (of a person, any name: "Sam Bates himself")
        if token in _OF_THINGS and _plural(before) != (token == "themselves"):
            continue
        found += [c for c in question.concepts if before in c.word.split()
                  and (c.slug is not None or before in question.proper)]
    return found


# Words that ask for a figure of a shape, held by a fact of that shape whatever its words: "the
# biggest fine": a limit ("up to $1 million"); "what range did analysts give": a range
# ("$400 million to $1.5 billion")
_SHAPE_WORDS = {"biggest": "ceiling", "maximum": "ceiling", "max": "ceiling", "range": "range"}
# ... and things given in a shape, which a text that never names them may hold: a sentence is
# a term ("twelve months", "15 years in prison"); an address is a number on a named street
# ("12 Gull Lane NW", whatever the fact is called)
_GIVEN_AS = {"sentenc": re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|"
    r"twenty|thirty)\s+(?:months?|years?)\b", re.IGNORECASE),
    "address": re.compile(
    r"(?<![\d-])\b\d+[A-Za-z]?,?\s+(?:[A-Z][\w'.-]*\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|"
    r"Boulevard|Blvd|Lane|Drive|Place|Terrace|Parkway|Highway|Crescent)\b")}


def _shaped(word: str, question: Question, entry: Entry) -> bool:
    """Does a fact have the shape `word` asks for (see `_SHAPE_WORDS`) and hold another word
    of the question ("the biggest fine": "Fine: up to $1 million"), or the entry give what
    `word` names in its shape (`_GIVEN_AS`)?"""
    # ("what was the pier deal worth?": the sum of an entry named for the deal asked, "Pier
    # deal", not of a firm's entry that mentions a deal)
    if word == "worth" and question.qtype == "amount" and _deal_worth(
            word, question.tokens, (("what",),)):
        return not {stem(w) for w in _VALUED.intersection(question.tokens)}.isdisjoint(
            stems(" ".join([entry.title, *entry.aliases])))
    given = _GIVEN_AS.get(stem(word))
    if given is not None:
        return any(given.search(text) for text in [*entry.fields.values(), entry.summary])
    shape = _SHAPE_WORDS.get(word)
    if shape is None:
        return False
    asked = {a for c in question.concepts if c.slug is None and c.word not in _SHAPE_WORDS
             for a in c.alts}
    return any(SHAPES[shape].search(value) and not asked.isdisjoint(
        stems(f"{name.replace('_', ' ')} {value}")) for name, value in entry.fields.items())


_PAYING = frozenset("pay pays paid paying pay_out paid_out pays_out spend spent".split())


def paid_to(word: str, question: Question, entry: Entry) -> bool:
    """"How much did Acme pay to settle the suit?": the deed a sum asked was paid for, which an
    entry named for the noun made from it gives (its title, aliases, keywords or a fact's
    name: "settlement"), though no one in it is said to have done it."""
    tokens = question.tokens
    if question.qtype != "amount" or word not in tokens:
        return False
    at = tokens.index(word)
    if at < 2 or tokens[at - 1] != "to" or _PAYING.isdisjoint(tokens[:at - 1]):
        return False
    named = stems(" ".join([entry.title, *entry.aliases, *entry.keywords, *entry.fields])
                  .replace("_", " "))
    return not named.isdisjoint(stem(w) for w in derived(word) if len(w) > len(word))


def _named_for_deed(word: str, entry: Entry) -> bool:
    """Is the entry named for the deed `word` asks ("settle": "Multistate settlement"), by a
    noun made from it? (A settlement an entry only mentions need not say anyone settled.)"""
    made = {stem(w) for w in derived(word) if len(w) > len(word)}
    return not made.isdisjoint(stems(" ".join([entry.title, *entry.aliases])))


# The owner a title names by a possessive ("Acme's $5 million settlement")
_OWNER_IN_TITLE = re.compile(r"\b([\w&.-]+)['\u2019]s\b")
# The names of a sum one pays, by which an entry's title may say whose it is ("Acme's
# regulator settlement")
_SUMS_PAID = frozenset(stem(w) for w in "settlement penalty fine".split())
# A capitalised word in a sum's fact: another party it may be paid by or to ("Ternparts: $20
# million")
_PARTY = re.compile(r"\b[A-Z][a-z]")


def _titled_by_noun(word: str, entry: Entry) -> bool:
    """Is the entry's title a noun in "-ing" made from the verb `word` ("warn": "The warning
    in Gullport")?"""
    # (not a noun before another, "the charging station", "the firing range")
    title = words(entry.title.casefold())
    return any(t != word and t.endswith("ing") and stem(t) == stem(word) and (
        title[i + 1:i + 2] in ([], *([p] for p in _TITLE_PREPOSITIONS)))
        for i, t in enumerate(title))


_TITLE_PREPOSITIONS = frozenset("in at of to for on by from over".split())


_SCENE_WORDS = frozenset("during amid after before since".split())


# Words before what the thing asked arose from: "charged over the fire", "tests under the
# order" (not "under Dana Holt": her staff, see _framed)
_CAUSES = frozenset({"over"})
# Words before the story's own name that place what is asked in it ("killed in the disaster"),
# or make it what is asked of ("the report on the collapse", "the inquiry into the fire",
# "charged over the collapse")
_IN_STORY = frozenset("in during at from by on into over".split())
# ... and the story's bare name after these ("killed at Gullford", "died in Gullport")
_AT_STORY = frozenset({"at", "in"})
# Nouns a story is called by after its own name ("the Osprey crash", "the Acme collapse")
_STORY_NOUNS = frozenset(stem(w) for w in """disaster crash accident collapse incident explosion
    blast fire sinking scandal attack fraud affair tragedy spill leak outage bankruptcy shooting
    meltdown derailment flood crisis saga case capsize flight bailout rescue""".split())


_STORY_TIMES = frozenset("day night morning afternoon evening".split())


def _story_words(question: Question) -> frozenset[str]:
    """The words that name the pack's own story where the question places what it asks ("how
    many died in the Osprey crash?" of a pack on the Osprey disaster): a run after
    "in", "during", ... that holds a word of the subject ("the TA 4 crash") and ends with a
    noun a story is called by, or the story's own time ("that night"). No entry need say them;
    every entry is about the story."""
    tokens, found = question.tokens, set()
    # ("did the ice that night cause the stall?": the story's own night)
    found.update(t for i, t in enumerate(tokens) if i and tokens[i - 1] == "that"
                 and t in _STORY_TIMES)
    for i, token in enumerate(tokens):
        if token not in _IN_STORY:
            continue
        start = i + 1 + (i + 1 < len(tokens) and tokens[i + 1] in _DETERMINERS)
        run = list(itertools.takewhile(lambda t: t not in STOP, tokens[start:start + 4]))
        if len(run) >= 2 and stem(run[-1]) in _STORY_NOUNS and any(
                stem(w) in question.subject for w in run[:-1]):
            found.update(run)
        # ("how many were arrested at Gull Rock?" of a pack on the protests at Gull Rock: the
        # story's own place, a name of two words or more all in the subject, one of them as
        # the subject spells it: "over Mid Gulls" of a pack on Mid Gullshire)
        elif len(place := list(itertools.takewhile(lambda w: _of_subject(w, question),
                                                    run))) >= 2 and any(
                stem(w) in question.subject for w in place):
            found.update(place)
    return frozenset(found)


def _of_subject(word: str, question: Question) -> bool:
    """Is `word` a word of the pack's subject, or one of its long words cut short and typed as
    a name ("Mid Gulls" of a pack on Mid Gullshire, as "Staffs" is written for Staffordshire)?"""
    if stem(word) in question.subject:
        return True
    cut = word[:-1] if word.endswith("s") else word
    return len(cut) >= 4 and word in question.proper and any(
        len(s) >= len(cut) + 3 and s.startswith(cut) for s in question.subject)


_UNDER = frozenset({"under"})


def _story_placed(concept: Concept, question: Question) -> bool:
    """Is this a name of the pack's own story, typed as where what is asked happened ("how
    many were killed in the Gullford disaster?", "the death toll at Gullford")? No entry need
    say it; every entry is about the story."""
    return _holds(concept, question.subject) and (
        _follows(concept, question, _IN_STORY, bare=False)
        or _follows(concept, question, _AT_STORY))


def _follows(concept: Concept, question: Question, before: frozenset[str],
             bare: bool = True) -> bool:
    """Is the name typed right after one of these words (`bare`), or after one and a
    determiner ("during this strike", "before the ruling")?"""
    span, tokens = concept.word.split(), question.tokens
    return any(tokens[i:i + len(span)] == span and ((bare and tokens[i - 1] in before) or (
        i > 1 and tokens[i - 1] in _DETERMINERS and tokens[i - 2] in before))
               for i in range(1, len(tokens)))


def _sets_scene(concept: Concept, question: Question) -> bool:
    """Does this name only set the scene: in the scene-setting clause, or right after "during",
    "after" ... ("how many trains ran during the strike")?"""
    span = concept.word.split()
    return question.background.issuperset(span) or _follows(concept, question, _SCENE_WORDS)


def _speaker(question: Question, entry: Entry) -> frozenset[str]:
    """Who a "what did X say" question asks about, when it names them: a name ("Acme"), or a
    person the entry names in full ("dana holt" for "Rep. Dana Holt"); not a role ("the
    judge", "the canal people") the facts need not repeat."""
    tokens = question.tokens
    start = next((i + 1 for i, t in enumerate(tokens[:4]) if t in _SPEAKER_AFTER), None)
    end = next((i for i, t in enumerate(tokens) if t in _SAYING), None)
    if start is None or end is None or not 0 < end - start <= 4:
        return frozenset()
    found = [t for t in tokens[start:end] if t not in STOP]
    if len(found) == 1 and (_is_name(found[0], question) or _written_as_name(found[0], entry)):
        return frozenset({stem(found[0])})
    if not 2 <= len(found) <= 4:
        return frozenset()
    text = " ".join([entry.summary, *entry.fields.values()])
    # (the facts may give the surname alone; "Piet van der Berg" keeps its particles small,
    # but a name ends in a capital and starts with one when short: not "Harbour chief")
    for written in re.finditer(rf"\b{re.escape(' '.join(found))}\b", text, re.IGNORECASE):
        typed = written.group().split()
        if typed[-1][0].isupper() and (len(typed) >= 3 or typed[0][0].isupper()):
            return frozenset({stem(found[-1])})
    return frozenset()


# "what's Acme called now?", "what is it known as today?": the name taken later, which a fact or
# a summary gives in these words, or an entry gives as its title beside a `former_name`
CALLED_NOW = re.compile(r"\b(?:called|known\s+as|named)\s+(?:now|nowadays|today|these\s+days)\b",
                        re.IGNORECASE)
LATER_NAME_WORDS = ("renamed", "later", "new", "current", "became", "rebranded")
_LATER_NAME_STEMS = frozenset(stem(w) for w in LATER_NAME_WORDS)
_RENAMED_STEMS = _LATER_NAME_STEMS | frozenset(stem(w) for w in "former formerly took".split())
# What a fact named for someone's words calls them
_QUOTE_NAMES = frozenset(stem(w) for w in "quote quotes remark remarks comment comments".split())
# ... and what else a fact is named for that gives what was said, marks or not (not any "said"
# cue: a `statement` may only date one)
_SAID_NAMES = _QUOTE_NAMES | frozenset(stem(w) for w in "conclusion conclusions finding findings "
                                                        "concluded text wording".split())
_SAID_REACH = 12  # words from a speaker's name to the words saying what they said
# ("said Dana Holt", "according to Holt"; not "Reyes told Holt", where Holt is the one told)
_SAID_BEFORE = re.compile(r"\b(?:said|says|according\s+to)\s+(?:\S+\s+){0,2}$",
                          re.IGNORECASE)
# Words that may say someone else is the one speaking, between a name and the saying
_OTHER_SPEAKER = frozenset("he she they we i".split())


def _said_by(speaker: frozenset[str], text: str) -> bool:
    """Does `text` give what the speaker said, saying it soon after their name ("Holt told
    the board ...", "Holt: 'We will reopen'", "Holt, the harbour chief, said ...") with no
    other speaker between ("the mayor gave Holt a list of piers that she said should close":
    she may be the mayor), or just before it ("said Dana Holt")? Not Holt only named."""
    if not speaker <= stems(text):
        return False
    # (a fact named for the speaker's words: "holt quote: We will reopen the pier")
    name, colon, _ = text.partition(": ")
    if colon and name.islower() and len(name.split()) <= 4 and speaker <= stems(name) and (
            not _QUOTE_NAMES.isdisjoint(stems(name))):
        return True
    for match in re.finditer(r"[\w'’-]+", text):
        if stem(match.group().casefold()) not in speaker:
            continue
        if _SAID_BEFORE.search(text[:match.start()]):
            return True
        after = text[match.end():].split()[:_SAID_REACH]
        said = next((k for k in range(len(after))
                     if SHAPES["quote"].search(" ".join(after[:k + 1]))), None)
        if said is not None and not any(
                w.strip(",;:()\"'“”").casefold() in _OTHER_SPEAKER
                or (w[:1].isupper() and stem(w.strip(",;:()\"'“”").casefold()) not in speaker)
                for w in after[:said]):
            return True
    return False


def _written_as_name(word: str, entry: Entry) -> bool:
    """Does the entry write this everyday word only as a name, inside a sentence ("the mayor
    met Sam Gale", never "a gale"), so a question typing it in lower case means the name?"""
    text = " ".join([entry.summary, *entry.fields.values()])
    found = [m for m in re.finditer(rf"\b{re.escape(word)}\b", text, re.IGNORECASE)]
    return bool(found) and all(
        m.group()[0].isupper() and re.search(r"\w[\s,]*$", text[:m.start()]) for m in found)


def _names_other(text: str, said: set[str] | frozenset[str]) -> bool:
    """Does `text` name someone or something the question (its stems `said`) does not: a
    capitalised word that is no everyday English ("Reyes apologized")?"""
    return any(not everyday(m.group().casefold()) and stem(m.group().casefold()) not in said
               for m in _CAPITALISED.finditer(text))


_BASED = frozenset(stem(w) for w in ("based", "headquarters", "hq"))
# The fact naming who did what an entry is about
_DOER_FIELDS = frozenset({"by"})


def spelt_out(acronym: str, entry: Entry, names_only: bool = False) -> str | None:
    """Capitalised words of the entry whose initials spell `acronym` ("Gull Water Act" for
    "gwa"), or one word whose capitals do ("PayPal" for "pp"), or None. "of", "for",
    "and", "the" may sit between them ("Department of Harbours" for "doh"); a run never crosses
    punctuation, and its names come first (`names_only`: only its names)."""
    letters = "".join(words(acronym))
    names = (entry.title, *entry.aliases)
    for text in names if names_only else (*names, *entry.fields.values(), entry.summary):
        for clause in _CLAUSE.split(text):
            found = _RAW_WORD.findall(clause)
            for word in found:
                # (not the short form itself, "TRV": it spells out nothing)
                if len(letters) > 1 and "".join(filter(str.isupper, word)).casefold() == letters \
                        and word.casefold() != letters:
                    return word
            for i, first in enumerate(found):
                if first[0].casefold() != letters[0] or not first[0].isupper():
                    continue
                end = _spell(found[i : i + 2 * len(letters)], 0, letters, 0)
                if end is not None and "".join(words(" ".join(found[i : i + end]))) != letters:
                    return " ".join(found[i : i + end])
    return None


def _spell(found: list[str], j: int, letters: str, k: int, capitals: bool = True) -> int | None:
    """Where a run of `found` from `j` spelling `letters[k:]` ends, or None. A joining word
    ("of") may give its letter or none: "Department of Harbours" is "DOH" and "DH".
    `found` is cut to twice the letters: the recursion stays shallow whatever the text.
    `capitals`: each word giving a letter is capitalised (not needed before "(EDR)")."""
    if k == len(letters):
        return j
    if j == len(found):
        return None
    word = found[j]
    if word.casefold() in _SPELLING_JOINS and k:
        # ("HofG" is "Harbour of Gullport": a joining word may give all its letters)
        if len(word) > 1 and letters.startswith(word.casefold(), k):
            end = _spell(found, j + 1, letters, k + len(word), capitals)
            if end is not None:
                return end
        if word[0].casefold() == letters[k]:
            end = _spell(found, j + 1, letters, k + 1, capitals)
            if end is not None:
                return end
        return _spell(found, j + 1, letters, k, capitals)
    # ("US Harbour Board" is "USHB": a short form inside the name gives all its letters)
    short = word.casefold()
    if (word.isupper() and 1 < len(word) <= 3 and word.isalpha()
            and letters.startswith(short, k)):
        end = _spell(found, j + 1, letters, k + len(short), capitals)
        if end is not None:
            return end
    # (and never its first alone: "Dock CEO" is no "DC"; a longer one may give its first, as
    # "ACME Harbour Board" is the "AHB")
    if word.isupper() and 1 < len(word) <= 3 and word.isalpha():
        return None
    if (word[0].isupper() or not capitals) and word[0].casefold() == letters[k]:
        return _spell(found, j + 1, letters, k + 1, capitals)
    return None


# Words that may sit inside a spelt-out name without giving a letter; what cuts a run short.
_SPELLING_JOINS = frozenset({"of", "for", "and", "the"})
_CLAUSE = re.compile(r"[.;:()\[\],]")


def _spelt_in(word: str, question: Question, entry: Entry) -> bool:
    """Is `word` a short form the question types in capitals ("ROV", "ROVs") that the entry
    spells out, capitalised or not ("Remotely Operated Vehicle", "remotely operated
    vehicles")? The entry is about what it stands for, though it never writes the letters."""
    letters = word[:-1] if word.endswith("s") and _typed_as_acronym(
        word[:-1], question.text) and not _typed_as_acronym(word, question.text) else word
    if not _typed_as_acronym(letters, question.text):
        return False
    phrase = spelt_out(letters, entry)
    if phrase is not None and "".join(words(phrase)) != letters:
        return True
    # (in lower case, or capitalised as a sentence opens: "Night ferry service")
    return spelt_lower(letters, entry, any_case=True) is not None


def spelt_lower(acronym: str, entry: Entry, any_case: bool = False) -> str | None:
    """Words of the entry in lower case whose initials spell `acronym` ("harbour patrol"
    for "HP"), or None: only words in a row, each giving its letter, none a stop word (not a
    name and a verb, "Acme sailed" for "AS"; `any_case`: capitals too); its keywords count
    too."""
    letters = "".join(words(acronym))
    return next((" ".join(found[i : i + len(letters)])
                 for text in (entry.title, *entry.aliases, *entry.keywords,
                              *entry.fields.values(), entry.summary)
                 for clause in _CLAUSE.split(text) for found in [_RAW_WORD.findall(clause)]
                 for i in range(len(found) - len(letters) + 1)
                 if "".join(w[0] if not any_case else w[0].casefold()
                            for w in found[i : i + len(letters)]) == letters
                 and STOP.isdisjoint(w.casefold() for w in found[i : i + len(letters)])), None)


_NUMBER = r"\b\d[\d,.]*[\s-]*"
# "how heavy", "how tall", "how deep", "how wide": a measure in a unit of that kind ("70 cm" is
# no weight)
_MEASURES = {
    "weight": re.compile(rf"{_NUMBER}(?:tonnes?|tons?|kg|kilo(?:gram)?s?|pounds?|lbs?|grams?)\b",
                         re.IGNORECASE),
    **{size: re.compile(rf"{_NUMBER}(?:{_DISTANCE})\b", re.IGNORECASE)
       for size in ("height", "depth", "width", stem("distance"))},
    "speed": re.compile(rf"{_NUMBER}(?:knots?|kts|mph|km/h|kph|kmh|"
                        r"(?:miles|kilometres|kilometers|km) (?:per|an|a) hour|m/s)(?!\w)",
                        re.IGNORECASE),
}
# (not "how long", "how far", "how fast": "how far did shares fall", "how long ago")


def _telling_shape(question: Question, text: str) -> bool:
    """Does the text have the shape that alone answers the question's kind ("how long was it
    live?": "about 78 minutes later"), whichever of the question's words it holds? Only a span
    of time is so telling: a date may say how long too, but only with the words of what began or
    ended then, and a time of day may be of anything that day ("what time did the pier
    reopen?" is not answered by "first call: 14:05")."""
    return question.qtype == "duration" and bool(SHAPES["duration"].search(text))


# Words for anyone who works for a body: "who was the Acme employee who ..." is met by any
# person of Acme's, whatever the job the pack gives (a deckhand, an engineer)
_STAFF_NOUNS = frozenset("employee staffer".split())


def _names_a_person(entry: Entry, facts, question: Question) -> bool:
    """Is the entry a person's, or does a fact shown give a person's name ("author: Dana
    Holt, harbour board engineer" for "who was the harbour board staffer who wrote it?")?"""
    return entry.kind in PERSON_KINDS or any(
        _person_named(value, question) for _, value in facts)


def _asks_person(question: Question) -> bool:
    """Does the question ask who: "who ...?", or "which" before a word for people ("which
    ferry captains ...", "which Acme executive ...")?"""
    tokens = question.tokens
    return question.qtype == "who" or (question.qtype == "which" and any(
        t == "which" and any(_names_person_asked(tokens, j) for j in range(i + 1, i + 4))
        for i, t in enumerate(tokens)))


def asks_which_people(tokens: list[str]) -> bool:
    """Does "which" ask for people ("which radio hosts ...", "which Acme executive ...")?"""
    return any(t == "which" and any(w in _PERSON_NOUNS for w in tokens[i + 1:i + 4])
               for i, t in enumerate(tokens))


def _names_person_asked(tokens: list[str], at: int) -> bool:
    """Is the word at `at` a word for people that ends the thing "which" asks for? Not when a
    noun follows it, for then it only says what kind of thing is asked ("which passenger
    ferry sails to Gull Island?", "which pilot boat towed the Tern?": a boat, not a pilot),
    though a verb may ("which Acme executive talked to reporters?")."""
    if at >= len(tokens) or tokens[at] not in _PERSON_NOUNS:
        return False
    after = tokens[at + 1] if at + 1 < len(tokens) else None
    # (a phrasal verb too: "which deckhands teamed up ...")
    verb = after.partition("_")[0] if after is not None else None
    return after is None or after in STOP or verb.endswith("ed") or bool(irregular(verb))


def _unmeasured(question: Question, entry: Entry) -> str | None:
    """"How heavy is the rig?": why the entry gives no weight, or None when it does (a fact
    named for it, or a value in a unit of weight anywhere in the entry)."""
    for size in question.measures & _MEASURES.keys():
        named = any(size in stems(name.replace("_", " ")) for name in entry.fields)
        held = [*entry.fields.values(), entry.summary]
        # A distance a field names as another size is that size, wherever else it is given
        # ("Length: about 193 km" and "a waterway of about 193 km" give no width).
        others = _SIZES - {size}
        claimed = {_distance(m) for name, value in entry.fields.items()
                   if not others.isdisjoint(stems(name.replace("_", " ")))
                   for m in _MEASURES[size].finditer(value)}
        if not named and not any(_distance(m) not in claimed and _says_size(m, size)
                                 for text in held for m in _MEASURES[size].finditer(text)):
            return f"no {size} in {entry.slug}"
    return None


# "An 8-foot dinghy" gives its size, most often a height or a length ("a 40-metre tower"):
# no width or depth unless the word after says so ("a 60-foot-wide slipway")
_SIZE_SAID = {stem(noun): (word, noun, *(("across",) if noun == "width" else ()))
              for word, noun in SIZE_NOUNS.items() if noun in ("width", "depth")}
_AFTER_WORD = re.compile(r"[\s-]*(\w+)")


def _says_size(match: re.Match, size: str) -> bool:
    after = _AFTER_WORD.match(match.string, match.end())
    word = after.group(1).casefold() if after else ""
    # ("about 200 feet long", "a 180-foot width": a length and a width, no depth)
    other = _OTHER_SIZE_WORDS.get(word)
    if other is not None and other != size:
        return False
    if size not in _SIZE_SAID or "-" not in match.group():
        return True
    return bool(after) and word in _SIZE_SAID[size]


_SIZES = frozenset(stem(w) for w in ("length", "distance", "height", "depth", "width"))
# Words after a distance that say which size it is ("200 feet long", "180-foot width")
_OTHER_SIZE_WORDS = {word: stem(noun) for word, noun in [
    *SIZE_NOUNS.items(), *((noun, noun) for noun in ("length", "height", "depth", "width"))]
    if noun in ("length", "height", "depth", "width")}


def _distance(match: re.Match) -> str:
    """"About 193 km" and "193-km": one distance."""
    return re.sub(r"[\s,-]", "", match.group()).casefold()


# Questions after a figure: a sum, a count, a share
_FIGURES = frozenset({"amount", "count", "percent", "quantity"})
# Words naming a fact for a time gone by ("population_before", "original_cost")
_BEFORE_NAMED = frozenset("before pre prior original former previous initial earlier old".split())


def _named_for_another(name: str, text: str, profile: _Profile, question: Question) -> bool:
    """Is this fact named for a body the question does not name ("Gull Power: $2.1 billion in
    grid bills" for "how much did Tern Energy owe?"): a word of its name is one the
    entry writes only as a name, the question lacks it, and the fact lacks a name the
    question gives?"""
    if question.qtype not in _FIGURES or question.recalled:
        return False  # (not a name the conversation brought: "how much pull did it have?")
    given = [c for c in question.concepts if not c.soft and (
        c.slug is not None or (_is_name(c.word, question) and c.word not in question.years))]
    found = stems(text)
    if all(_holds(c, found) for c in given):
        return False
    return any(len(w) > 2 and w not in STOP and w not in question.tokens
               and w not in _MONTH_WORDS and w not in _DAY_WORDS
               and w in profile.name_only for w in name.split())


# (not a bracket: "Acme and Gull Lines ($5 million each)" gives the sum of the names before it)
_FIGURE_CLAUSE = re.compile(r";|\bplus\b|(?<=[a-z0-9)])\.\s")


def _figure_apart(question: Question, entry: Entry, name: str, text: str) -> bool:
    """"How much restitution was Dana Holt ordered to pay?": is the sum asked of a thing, or
    of a person the question names, that the fact gives only in a clause of its own, apart
    from every sum it gives ("a $5,000 fine, plus restitution"), each sum's clause being of
    another thing (not pointing back: "...; it came to $8,000") or naming another person ("Sam
    Holt invested $2 million; his daughter Ana Holt sat on the board")? A fact named for the
    thing gives it whole."""
    if question.qtype != "amount":
        return False
    value = text.partition(": ")[2] if name else text
    raw = _FIGURE_CLAUSE.split(value)
    figures = [c for c in raw if SHAPES["money"].search(c)]
    if not figures or len(figures) == len(raw):
        return False
    own = stems(" ".join([name, entry.title, *entry.aliases]))
    head = _sum_head(question.tokens)
    found = stems(value)
    for concept in question.concepts:
        if concept.slug is not None or concept.soft or _holds(concept, own) or not _holds(
                concept, found) or any(_holds(concept, stems(c)) for c in figures):
            continue
        if concept.word == head and all(_POINTING_BACK.isdisjoint(words(c)) for c in figures):
            return True
        if _is_name(concept.word, question) and concept.word not in question.years and all(
                any(concept.word not in m.group().casefold() for m in _FULL_NAME.finditer(c))
                for c in figures):
            return True
    return False


_POINTING_BACK = frozenset("it its this that which they them their these those".split())


def _sum_head(tokens: list[str]) -> str | None:
    """The noun "how much" asks the sum of ("how much restitution"), if one follows it."""
    for i in range(len(tokens) - 2):
        if tokens[i:i + 2] == ["how", "much"] and tokens[i + 2] not in STOP and (
                tokens[i + 2] not in _MONEY_NOUNS):
            return tokens[i + 2]
    return None


def _fact_text(name: str, value: str) -> str:
    return f"{name.replace('_', ' ')}: {value}"


_VALUE_START = re.compile(r"^[^:]*:\s*\W?([A-Z][A-Za-z'-]+)")


_PERSON_NOUNS = frozenset("""
guy guys man men woman women person persons owner owners worker workers passenger passengers
driver drivers pilot pilots manager managers boss bosses exec execs executive executives
wife husband son daughter mother father mom dad brother sister widow victim victims miner miners
engineer engineers investigator investigators officer officers official officials lawyer lawyers
host hosts leader leaders founder founders employee employees member members player players
deputy deputies aide aides assistant assistants partner partners colleague colleagues
girlfriend boyfriend
""".split())
# Two or three capitalised words in a row ("Dana Holt", "Park Min-jun", "Ana M. Vellan")
_FULL_NAME = re.compile(r"(?<![\w'’.])([A-Z][\w'’-]+)(?:\s+[A-Z]\.)?\s+([A-Z][\w'’-]+)")


# Words that make a run of capitalised words a place, a body or a thing ("Gull Island",
# "Bay Ferries", "North Landing"), not a person ("Mark Bishop" is one, in everyday words).
_NOT_PEOPLE = frozenset("""
airline airlines airways ferry ferries bank banks island islands landing street road avenue
lane county river lake bay port harbour harbor city town village state states court
hospital university college school church company corporation group board council
commission committee agency department ministry office club league union party times news
post journal airport station stadium park hall centre center house tower bridge mountain
valley north south east west northern southern eastern western new national international
federal royal inc ltd llc co corp plc motors energy power systems services fund trust
""".split())


# "the Association of Gullport Pilots": a body's word before "of" makes the capitalised
# words after it the rest of the body's name (not "Minister of Ports Dana Holt")
_BODY_OF = re.compile(r"\b(?:Association|Union|Board|Society|Federation|Institute|Guild|Alliance"
                      r"|Coalition|Chamber|Brotherhood|Academy|Council|League|College|University"
                      r"|Commission|Committee|Order|Friends)\s+of\s+(?:the\s+)?$")


def _names_a_body(match: re.Match, text: str) -> bool:
    """Is the capitalised run a body's name, not a person's: it ends in a plural word for
    people ("Gullport Pilots", "Tern Sailors") or follows "Association of", "Union of" ...?"""
    last = match.group(2).casefold()
    return (last in _PLURAL_PEOPLE or bool(_BODY_OF.search(text[: match.start()])))


# "... now that Holt's out": the word before a name that sets the scene ("now that")
_NOW_THAT = frozenset({"that"})


# The words that say who someone was, found out later ("who turned out to be Basil?", read
# as "who to be Basil" once the filler "turned out" is dropped)
_TURNED_OUT = (["to", "be"], *([verb, "out", "to", "be"] for verb in ("turned", "turns", "turn")))


def _asks_who_is(question: Question, entry: Entry) -> bool:
    """"Who is Dana Holt?", "who's the harbour master?": the question asks who the entry
    itself is, naming it right after "who is" (or "who was the ...")."""
    tokens = question.tokens
    rest = tokens[2:] if tokens[:1] == ["who"] and tokens[1:2] in (["is"], ["was"], ["s"],
                                                                   ["are"], ["were"]) else []
    # ("who turned out to be Basil?": who the one called that was, found out later)
    for turned in _TURNED_OUT:
        if tokens[:1] == ["who"] and tokens[1:1 + len(turned)] == turned:
            rest = tokens[1 + len(turned):]
    rest = rest[1:] if rest[:1] == ["the"] else rest
    return any(rest[:len(span)] == span for c in question.concepts if c.slug == entry.slug
               for span in [c.word.split()[1:] if c.word.startswith("the ") else c.word.split()])


def _called_by_name(question: Question, entry: Entry) -> bool:
    """Does the question name a person's entry by a word of their name (the title's), rather
    than only by a deed or role one of its aliases says ("human bridge", "the skipper")?"""
    # (or an alias written as a name, every word capitalised: a nickname, "Dutch")
    name = stems(" ".join([*name_words(entry.title), *(
        a for a in entry.aliases if all(w[:1].isupper() for w in a.split()))]))
    return any(c.slug == entry.slug and not name.isdisjoint(stems(c.word))
               for c in question.concepts)


def _person_named(text: str, question: Question) -> bool:
    """Does `text` give a person's name the question does not: two capitalised words in a
    row, neither a word for a place or a body ("Southwest Airlines", "Gull Island" are no
    one), nor a body's name ("Members of the Association of Gullport Pilots")?"""
    said = stems(question.text)
    for match in _FULL_NAME.finditer(text):
        pair = [w.casefold() for w in match.groups()]
        if any(w in _NOT_PEOPLE or w in STOP or w in _MONTH_WORDS or w in _DAY_WORDS
               for w in pair) or _names_a_body(match, text):
            continue
        if not all(stem(w) in said for w in pair):
            return True
    return False


def _named_first(text: str, question: Question) -> bool:
    """"daughter: Marisol, born ...": a fact whose value opens with a name, a capitalised word
    English does not use ("Minor injuries ..." opens with an English word) that the question
    does not already say ("Rig owner: Acme" names no one for "Acme's rig manager")."""
    match = _VALUE_START.match(text)
    word = match.group(1).casefold() if match else ""
    return bool(word) and stem(word) not in stems(question.text) and (
        not english(word) or _titled_for_head(text, question))


def _titled_for_head(text: str, question: Question) -> bool:
    """"What's the name of Holt's book?": a fact named for the thing whose name is asked
    (`book`) gives it when its value is written as a title, English words or not ("Book: Safe
    Harbours (2019)"), not a description ("Crew: Two deckhands and a cook")."""
    head = _name_head(question.tokens)
    name, _, value = text.partition(": ")
    if head is None or stem(head) not in stems(name):
        return False
    # (a title in title case, up to what is said of it: "Safe Harbours (2023)", not "Two
    # deckhands and a cook")
    # (nor a value saying what became of it: "Sold in 2019", "Unknown")
    titled = re.split(r"[(,;]| - ", value, maxsplit=1)[0]
    found = _RAW_WORD.findall(titled)
    if not found or found[0].casefold() in _NO_NAME or _WHEN_SAID.search(titled):
        return False
    return found[0][:1].isupper() and all(
        w[:1].isupper() or w.isdigit() or w.casefold() in _TITLE_SMALL for w in found)


_TITLE_SMALL = frozenset("a an the of and in on at to for by with or".split())
# Values that give no name: "Unknown", "None", "N/A", "TBD", "Yes"
_NO_NAME = frozenset("unknown none n a na tbd tba yes no not unnamed untitled".split())
# A date or year after a small word ("in 2019", "on May 3"): a value telling what happened
_WHEN_SAID = re.compile(r"\b(?:in|on|since|until|by)\s+(?:\d|[A-Z][a-z]+\s+\d)")


def _called_by_title(entry: Entry, profile: _Profile, question: Question) -> bool:
    """"What's the police operation into the fraud called?" of the entry "Operation Kestrel":
    the title names the thing called (the last word before "into", "of", ...; the words
    before it are the entry's) and gives its name, a capitalised word the question does not
    say; not "what's the operation's chief called?", "what's the head of the operation
    called?" or, of "Night Ferry", "what was the new ferry called?"."""
    tokens = question.tokens
    if not (_called(tokens) or _name_of_at(tokens)):
        return False
    # ("what was the gang called?" of the pack's `gang` "The School of Tern": the title names
    # a thing of the kind asked)
    thing = _thing_called(tokens)
    if thing and stem(thing[-1]) == stem(entry.kind) and all(
            stem(t) in profile.all and not light(t) for t in thing[:-1]):
        return True
    # (the words typed, and what a short form typed stands for: "promo" for "promotion")
    said = stems(question.text) | stems(" ".join(question.tokens)) | _STOP_STEMS
    title_words = _TITLE_WORD.findall(entry.title)
    kind = [w for w in title_words if stems(w) <= said]
    name = [w for w in title_words if w not in kind and w[:1].isupper()]
    if not (kind and name) or len(kind) + len(name) != len(title_words):
        return False
    kinds = set().union(*(stems(w) for w in kind))
    # (a word before it the entry holds: "police" of a police operation; one of English's most
    # common, "new", "first", only from the title, or any entry with a new timetable would do)
    return bool(thing) and stem(thing[-1]) in kinds and all(
        stem(t) in kinds or (stem(t) in profile.all and not light(t)) for t in thing[:-1])


def _named_by_role(entry: Entry, question: Question) -> bool:
    """"What was the skipper's name?" of a person's entry the question names by a role it goes
    by ("the skipper"), not by any word of the name the title gives: the title is the answer."""
    name = name_words(entry.title) or [""]
    # (a name, every word of it capitalised: not "Tern deck crew", "Harbour pilots aboard")
    return (question.qtype == "names" and entry.kind in PERSON_KINDS
            and all(w[:1].isupper() and w.isalpha() for w in name)
            and entry.slug in question.named
            and stems(name[-1]).isdisjoint(stems(" ".join(question.tokens))))


def _thing_called(tokens: list[str]) -> list[str]:
    """The words for the thing a "what's X called?" question asks the name of ("the harbour
    board's new ferry": "new ferry"), its last word the thing itself."""
    # ("what was the name of the harbour board's new ferry?": the words after "name of")
    at = _name_of_at(tokens)
    # ("the name of that new ferry": "that" points at the thing, it starts no clause)
    at += at and tokens[at:at + 1] in (["that"], ["this"])
    thing = list(itertools.takewhile(lambda t: t not in _AFTER_THING,
                                     tokens[at:] if at else tokens[1:_called(tokens)]))
    thing = thing[len(thing) - thing[::-1].index("s"):] if "s" in thing else thing
    return [t for t in thing if t not in STOP]


def _called_by_summary(entry: Entry, profile: _Profile, question: Question) -> bool:
    """"What was the harbour board's night boat called?" of the entry "Tern crossing", whose
    summary opens "The Tern was the harbour board's night boat ...": a title whose name (a
    word English does not use, which the question does not say) the summary's first sentence
    says is the thing asked; the thing's other words the entry holds (not "what was the night
    boat's skipper called?", whose thing is the skipper)."""
    if not (_called(question.tokens) or _name_of_at(question.tokens)):
        return False
    thing = _thing_called(question.tokens)
    said = stems(question.text)
    first = _SENTENCE.split(entry.summary, maxsplit=1)[0]
    # (an everyday word is a name too when the summary opens with the whole title: "Havens
    # Steel Company was the steel fabricator ...")
    title = [w.casefold() for w in words(entry.title) if w.casefold() != "the"]
    opens = bool(title) and [w.casefold() for w in words(first)
                             if w.casefold() != "the"][:len(title)] == title
    name = [w for w in _TITLE_WORD.findall(entry.title)
            if w[:1].isupper() and (opens or not english(w.casefold()))
            and not stems(w) <= said]
    if not (thing and name):
        return False
    at = {w: i for i, w in reversed(list(enumerate(stem(t) for t in words(first))))}
    named = [at[stem(w.casefold())] for w in name if stem(w.casefold()) in at]
    # (the name before the thing: the sentence says what the named thing is)
    return bool(named) and at.get(stem(thing[-1]), -1) > min(named) and all(
        stem(t) in profile.all and not light(t) for t in thing[:-1])


def _name_of_at(tokens: list[str]) -> int:
    """Where the thing starts in "what's the name of X?", "what was the name of X?"; 0 when
    the question is not put so."""
    at = 1 + (tokens[1:2] in (["is"], ["was"], ["s"]))
    if tokens[:1] in (["what"], ["whats"]) and tokens[at : at + 3] == ["the", "name", "of"]:
        return at + 3
    return 0


# The words after the thing a "what's X called?" question asks the name of (and a clause's
# subject: "the name of the ferry they ran at night")
_AFTER_THING = frozenset("of into in on for at about over from with by that which who whose "
                         "where when behind against they he she we you i".split())


def _own(question: Question, entry: Entry) -> bool:
    """Is `entry` what the question is about: the entry it names, the one the conversation is
    about ("when does it start?"), any entry when it names none ("when does the ceremony
    start?", or names only the story itself: "when did the council apologise to the Osprey
    families?"), or an entry whose title says what is asked?"""
    if not question.named or entry.slug in question.named:
        return True
    named = [c for c in question.concepts if c.slug is not None]
    if named and all(_story_named(c, question) for c in named):
        return True
    return bool(_titled(question, entry))


def _title_says(question: Question, entry: Entry) -> frozenset[str]:
    """What every fact of an entry whose title says what is asked is about, as stems ("what %
    of ferry crews voted to authorize a strike?": "result: 91% in favor" of the crews' strike
    authorization vote); empty for a name or a saying, which the fact itself must give."""
    if question.qtype in ("names", "said"):
        return frozenset()
    return _titled(question, entry)


def _of_story(concept: Concept, question: Question) -> bool:
    """Is this a word of the pack's own subject ("Knight" in a pack on Knight's trading
    glitch), no entry's name?"""
    return concept.slug is None and bool(concept.alts) and concept.alts <= question.subject


def _titled(question: Question, entry: Entry) -> frozenset[str]:
    """The stems of the entry's names when they say what is asked ("when did the board vote
    out its final findings?": the entry titled for them); empty otherwise (two of the
    question's words or more, not one shared with the title)."""
    # (an entry of kind `law` is a law, whatever its title calls it: "... Act 2007")
    # (and a title holds the idioms it writes, in their plain words too: "Withdrawal takes
    # effect" says when the exit applied, as "in force" does)
    text = " ".join([entry.title, *entry.aliases, entry.kind.replace("_", " ")])
    title = stems(text) | frozenset().union(*(
        {stem(t), *stems(" ".join(synonyms_of(t)))} for t in _idioms_written(text)
        if t in _WRITTEN_IDIOMS))
    total = sum(w for _, w in question.attributes)
    held = [w for c, w in question.attributes if _holds(c, title)]
    # ("how much did Knight lose?" of "Trading loss" in a pack on Knight's trading glitch: a
    # word of the story's own name is what every entry is about)
    story = [w for c, w in question.attributes if not _holds(c, title) and _of_story(c, question)]
    # ("when did Acme Ferries close down?": "Acme Ferries' closure", the name given and the
    # one word asked of it, both in the title)
    names = [c for c in question.concepts if c.slug is not None and c.alts and c.slug != entry.slug
             and _holds(c, title)]
    return frozenset(title) if held and len(held) + len(story) + len(names) >= 2 and (
        sum(held) + sum(story) >= FOCUS_SHARE * total) else frozenset()


def _fits(question: Question, text: str, name: str = "", own: bool = True,
          titled: frozenset[str] = frozenset()) -> bool:
    """Is this fact the kind asked, about what is asked? It has the shape (a date for "when"),
    and holds one of the question's other words or is named for the kind (`cost` for "how
    much"): a date of something else does not answer "when did X lift the ban?". `own`: the
    entry is the one the question names, whose `date` is the date of what it names. `titled`:
    the stems of its title when that says what is asked (see `_title_says`)."""
    if name and not question.sizes.isdisjoint(stems(name)):
        return True  # "how long was the report": its `length`, "90 pages"
    # "what time did she clock in the harbour swim?": a time she took, her `swim_time` (named
    # for a time and for something else asked), not a time of day
    if (question.qtype == "clock" and name and _TIME in stems(name) and SHAPES["duration"].search(
            text) and any(_holds(c, stems(name)) for c, _ in question.attributes
                          if _TIME not in c.alts)):
        return True
    # "how often had the ferry broken down?": a count of the times, a fact named for one
    if (question.qtype == "often" and name and not _CUE_STEMS["count"].isdisjoint(stems(name))
            and SHAPES["number"].search(_as_count(text, question))):
        return True
    shapes = NEEDS_SHAPE.get(question.qtype, ())
    # ("how deep is the wreck?": a length, not "270 square miles" of slick; "how deep were the
    # cuts?" may be a sum or a share)
    if question.qtype == "quantity" and question.sizes and question.sizes <= _SPANS_ACROSS:
        shapes = ("length", "money", "percent")
    if question.qtype == "said":
        text = _unnicknamed(text)
    # ("how much bail did Dana Holt post?": "released on bail in May 2024" gives a year, no
    # quantity of bail; a sum of money still does)
    measured = _measured(question) if question.qtype == "quantity" else None
    shaped = _as_count(text, question) if question.qtype == "count" else (
        _NOT_QUANTITIES.sub(" ", text) if measured is not None else text)
    # ("how long was the jury out?": a time the jury deliberated, not the trial's length)
    if question.qtype == "duration" and _deliberation_asked(question) and (
            _DELIBERATION.isdisjoint(stems(text))) and not _JURY_OUT.search(text):
        return False
    # ("when was the monument unveiled?": a date that comes round every year is no day
    # something was done once)
    if question.qtype == "when" and not _ONCE_ASKED.isdisjoint(question.tokens) and (
            _RECURS.isdisjoint(question.tokens)):
        shaped = _EVERY_YEAR.sub(" ", shaped)
    if not any(SHAPES[s].search(shaped) for s in shapes) and not (
            "name" in shapes and _named_first(text, question)) and not (
            # (a fact named for a quote is one, its marks lost: "holt quote: We will reopen";
            # so is a report's conclusion, for "what did the council say in its report?")
            question.qtype == "said" and name and not _SAID_NAMES.isdisjoint(stems(name))):
        return False
    # "how much a month": a figure for a month ("$40 a month", "monthly"), not a total
    rated = bool(question.rate) and question.qtype in _RATED
    # ("the annual budget" may be a budget whose fact gives no period; not one for a month)
    rates = _rates(text) if rated else set()
    written = _RATE.search(question.text) if rated else None
    if rated and question.rate == EACH_ONE:
        # (any one's share: "$11,000 per passenger", "$5,000 each"; not "a cash payment")
        if not _EACH_SAID.search(text):
            return False
    elif rated and not _rate_given(question.rate, rates) and (
            not (written and written.group("adj")) or not rates.isdisjoint(_PERIODS)
            # ("what hourly rate were the guards paid?": a rate is a sum for a period, which
            # "worth up to £284 million" is not)
            or _RATE_NOUN.match(question.text, written.end())):
        return False
    # "how much did Acme pay out in total?": a whole, which a sum for each one ("$5,000 per
    # passenger", "2,000 euros each") is not, when that is every sum the fact gives
    if question.qtype == "amount" and not rated and _WHOLE.search(question.text) and (
            sums := list(SHAPES["money"].finditer(text))) and all(
            _EACH_AFTER.match(text, m.end()) for m in sums):
        return False
    # (an idiom the fact writes holds itself: "88% voted yes"; one that means one thing
    # wherever it is written holds its plain words too, as an entry's does: a fact named
    # `in_force` dates what "when did the bylaw take effect?" asks)
    written = [t for t in _rewrite(words(text)) if "_" in t]
    found = stems(text) | {stem(t) for t in written} | {
        stem(w) for t in written if t in _WRITTEN_IDIOMS for w in synonyms_of(t)}
    # (the title's words count when the fact holds what else is asked, or nothing else is:
    # "what time did the Gullport pier reopen?", a word the store never uses, is not answered
    # by the Gullport pier fire's "first call: 14:05")
    # ("how much did Knight lose?" of "Trading loss": "Initial estimate: $440 million", a word
    # of the story's own name left over)
    rest = [c for c, _ in question.attributes if not _holds(c, titled)]
    if titled and not question.unknown and (
            all(_of_story(c, question) for c in rest) or any(_holds(c, found) for c in rest)):
        found = found | titled
    # ("how much money did Holt get?": a sum is money, whatever the fact calls it)
    if question.qtype == "amount" and SHAPES["money"].search(text):
        found = found | _MONEY_STEMS
    if question.qtype == "amount" and SHAPES["money"].search(text) and _paid_for(question, found):
        # "what did Acme pay for the ferry?": a sum is what was paid or cost, whatever verb
        # the fact uses ("bought it for $2 million")
        found = found | _PAID
    elif question.qtype == "said" and _QUOTE_MARKS.search(text):
        # "what was Holt's quote after the ruling?": words in quotes are one
        found = found | _QUOTED
    # ("what time did the first call come in?": "Revoked: 02:47, two hours after the first
    # call" dates the revoking; what follows "after" or "before" is only the point it is
    # measured from, unless the question measures from one too)
    if question.qtype in ("when", "clock") and _RELATIVE.isdisjoint(question.tokens):
        found = found - _measured_from(text, shapes)
    # "when will the board publish its findings?": not the day it started
    if question.qtype == "when" and (_other_end(question, found)
                                     or _other_than_exit(question, text, found)):
        return False
    # "how much bail did Dana Holt post?": a figure of bail, not the $10,000 she was paid
    # beside it ("how much did the Tern weigh?" names no thing measured, "how much longer"
    # none but a span), unless it is one of what is weighed or poured ("how much fuel does
    # the Tern hold?": "40,000 gallons") or a figure for the very thing asked ("how much pay
    # per deckhand": "$400 per deckhand", which the check above found); a thing the store
    # never names ("how much bail did ..."; not "how much dirtier than ...") is in no fact
    if measured is not None and not rated and not _MEASURE_UNITS.search(text) and (
            (measured in question.unknown and _stuff_asked(question.tokens, measured)) or any(
                c.word == measured and not _holds(c, found | stems(name))
                for c, _ in question.attributes)):
        return False
    if question.noun is not None:  # "how many X" is about X; _wrong_kind checks that X is there
        return True
    if not question.attributes or _telling_shape(question, text):  # ("how long was it live?")
        return True
    # ("total fare losses from the strike?" of the entry "Total fare losses", in a pack on the
    # strike: what else it asks is the story itself, which every entry is about)
    if own and question.named and all(c.slug is None and stems(c.word) <= question.subject
                                      for c, _ in question.attributes):
        return True
    # About what is asked, with or without the clause that sets the scene ("... before the
    # ferry sailed"): the fact may say either.
    asked = [(c, w) for c, w in question.attributes if c.word not in question.background]
    held = sum(w for c, w in question.attributes if _holds(c, found))
    held_asked = sum(w for c, w in asked if _holds(c, found))
    # "what share of ferry offices use that software": a fact naming everything the question names,
    # and holding some of its other words, has the share asked. Not a date: nearly every fact
    # has one, often of something else ("said after the August ruling that it would appeal").
    names = [c for c in question.concepts if c.slug is not None and c.alts]
    return (held >= FOCUS_SHARE * sum(w for _, w in question.attributes)
            or (bool(asked) and held_asked >= FOCUS_SHARE * sum(w for _, w in asked))
            # a figure for the very thing or period asked, "$1 million per violation"
            or (rated and held > 0)
            or (held > 0 and bool(names) and question.qtype != "when"
                and all(_holds(c, found) for c in names))
            # "when did the pier first open to traffic": the named entry's `opened`, a fact
            # named for what is asked in the question's own word
            # (an idiom's own words are its plain ones: "when did it throw in the towel?" of
            # a fact named `resigned`)
            or (own and bool(name) and any(stem(w) in stems(name) for c, _ in asked
                                           for w in (c.forms if "_" in c.word else (c.word,))))
            # "when will the dredging be finished": a `completion`, a fact named for the end
            # of what happened that the question asks, in other words
            or (question.qtype == "when" and _names_end_asked(question, name))
            or (not _CUE_STEMS.get(question.qtype, frozenset()).isdisjoint(
                stems(name))
                # "what year was the pipeline built": another entry's `date`, which says
                # nothing of building, is the date of that other entry
                and (own or question.qtype != "when" or held > 0)
                # "how much was Dana Holt paid?": a `revenue_share_ask` is an ask, whatever
                # sum it gives
                and (question.qtype != "amount" or held > 0 or _named_for_sum(name, question))))


# Units of what is weighed or poured, which measure any stuff
_MEASURE_UNITS = re.compile(r"\b(?:gallons?|barrels?|bbl|lit(?:re|er)s?|tonnes?|tons?|pounds?|"
                            r"lbs?|kilo(?:gram)?s?|kg|grams?|ounces?|oz|cubic|bushels?|cords?|"
                            r"(?:kilo|mega|giga)?watt(?:-hour)?s?|[kmg]wh?)\b", re.IGNORECASE)
# Comparatives, which follow "how much" with no thing measured ("how much longer")
_COMPARATIVES = frozenset("longer more less further farther bigger larger smaller higher lower "
                          "faster slower cheaper dearer worse better later earlier sooner "
                          "greater heavier lighter deeper wider taller shorter".split())


# The verbs that, right after "how much X", make X the stuff asked ("how much bail did ...")
_STUFF_VERBS = frozenset("did does do was were is are has have had will would can could".split())


def _stuff_asked(tokens: list[str], measured: str) -> bool:
    """Is `measured` the noun "how much" asks of, a verb right after it ("how much bail did
    she post?"), not a comparative ("how much dirtier than allowed")?"""
    return any(tokens[i:i + 3] == ["how", "much", measured]
               and tokens[i + 3:i + 4] and tokens[i + 3] in _STUFF_VERBS
               for i in range(len(tokens) - 3))


def _measured(question: Question) -> str | None:
    """"How much bail did she post?": the stuff a quantity is asked of, the word right after
    "how much" ("bail"), or None."""
    tokens = question.tokens
    for i in range(len(tokens) - 2):
        if tokens[i:i + 2] == ["how", "much"]:
            word = tokens[i + 2]
            return None if word in STOP or word in _COMPARATIVES or not word.isalpha() else word
    return None


def figure_beside(question: Question, entry: Entry) -> bool | None:
    """"How much cargo was it carrying?": does a fact or a sentence of the summary give a
    figure beside the stuff asked ("about 2,142 tonnes of cargo"), not only elsewhere in the
    entry ("239 tonnes" of gross tonnage; "far less cargo")? None when no stuff is asked."""
    asked: set[str] = set()
    if question.qtype == "quantity":
        measured = _measured(question)
        asked = {stem(measured)} if measured is not None else set()
    elif question.qtype == "count":
        asked = set(question.counting)
    if not asked:
        return None
    shapes = [SHAPES[s] for s in NEEDS_SHAPE[question.qtype]]
    texts = [*(f"{name.replace('_', ' ')}: {value}" for name, value in entry.fields.items()),
             *_SENTENCE.split(entry.summary)]
    return any(any(shape.search(text) for shape in shapes) and not asked.isdisjoint(stems(text))
               for text in texts)


_SPAN_WORDS = re.compile(r"\b(?:since|until|till|through|between|ongoing|still|lasted|lasting|"
                         r"present|to\s+date|fortnight|decades?|centur(?:y|ies))\b|"
                         rf"\bfrom\s+(?:the\s+)?(?:\d{{4}}|(?:{'|'.join(_MONTH_WORDS)})\b)|"
                         r"\d{4}\s*[-–—]\s*(?:\d|now|present)", re.IGNORECASE)
_DATES_ASKED = frozenset("date dates when start started began begin end ended finish finished"
                         .split())
# One date, however fully written ("May 22, 2018", "June 2019", "2019"; not the verb "may")
_ONE_DATE = re.compile(rf"\b(?:{'|'.join(_MONTH_WORDS)})\s+"
                       r"(?:\d{1,2}\b(?:,?\s+\d{4}\b)?|\d{4}\b)|\b(?:1[6-9]|20)\d\d\b",
                       re.IGNORECASE)


def _holds_share(question: Question, found: frozenset[str] | set[str]) -> bool:
    """Does a text hold enough of what the question asks about (FOCUS_SHARE of its words'
    weight) to be about it?"""
    held = sum(w for c, w in question.attributes if _holds(c, found))
    return held >= FOCUS_SHARE * sum(w for _, w in question.attributes)


# A span with a word between its number and its unit ("10 consecutive weeks", "three more days")
_SPAN = re.compile(r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|several|few)"
                   r"\s+[a-z]+\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b",
                   re.IGNORECASE)


def _spans(text: str) -> bool:
    """Can this text say how long something took: a span of time or of length, two dates, or
    a date with a word of a span ("since May 3", "until June")?"""
    if _SPAN.search(text) or any(SHAPES[shape].search(text)
                                 for shape in ("duration", "length", "pages")):
        return True
    return len(_ONE_DATE.findall(text)) >= 2 or bool(_SPAN_WORDS.search(text))


_RELATIVE = frozenset({"after", "before"})
# (up to the end of its clause: "two hours after the first call, as the crews ...")
_RELATIVE_POINT = re.compile(r"\b(?:after|before)\b[^.,;:()]*", re.IGNORECASE)


def _measured_from(text: str, shapes) -> set[str]:
    """The stems a text holds only in the point a date or time of its own is measured from
    ("02:47, almost two hours after the first call": the first call), in the sentence that
    gives that date or time before it."""
    kept, spans = text, []
    for point in _RELATIVE_POINT.finditer(text):
        opened = max((m.end() for m in _SENTENCE.finditer(text, 0, point.start())), default=0)
        if any(SHAPES[s].search(text, opened, point.start()) for s in shapes):
            spans.append(point.group())
            kept = kept.replace(point.group(), " ")
    return stems(" ".join(spans)) - stems(kept) if spans else set()


_DID = frozenset("did does do has have had will would".split())


def _payer(question: Question) -> tuple[str, list[Concept]] | None:
    """"How much did Acme pay ...?": whoever paid, typed between "how much (money) did" and
    the paying, when it is a name: the words, and the concepts of an entry's name or of words
    written as names ("Ryanair") among them. None for "how much did they pay?"."""
    tokens = question.tokens
    start = next((i + 2 for i in range(len(tokens) - 1) if tokens[i:i + 2] == ["how", "much"]),
                 None)
    did = next((i for i in range(start, min(start + 3, len(tokens))) if tokens[i] in _DID),
               None) if start is not None else None
    paid = next((i for i in range(did + 1, min(did + 7, len(tokens)))
                 if stem(tokens[i].partition("_")[0]) in _PAID), None) if did is not None else None
    if paid is None:
        return None
    span = [t for t in tokens[did + 1:paid] if t not in STOP]
    named = [c for c in question.concepts if c.word.split() and set(c.word.split()) <= set(span)
             and (c.slug is not None or not question.proper.isdisjoint(c.word.split()))]
    return (" ".join(span), named) if named else None


# Verbs a sum is taken or given "in" something by ("took in fees", "paid in damages")
_TAKEN_IN = frozenset("pay paid take took taken get got earn earned make made receive received "
                      "collect collected lose lost spend spent owe owed".split())


def _sum_in(question: Question) -> str | None:
    """"How much did the lawyers take in fees?": the thing a sum is asked "in", when the store
    never names it; else None."""
    tokens = question.tokens
    return next((tokens[i + 1] for i in range(1, len(tokens) - 1)
                 if tokens[i] == "in" and tokens[i - 1] in _TAKEN_IN
                 and tokens[i + 1] in question.unknown), None)


def _paid_for(question: Question, found: frozenset[str] | set[str]) -> bool:
    """Is a sum in this fact what was paid, whatever verb it uses? Only when it holds the rest
    of what is asked, if anything: "how much was Dana Holt paid as harbour master?" is not
    answered by a sum Holt sought for the crews."""
    rest = [c for c, _ in question.attributes
            if _PAID.isdisjoint(c.alts) and c.word not in question.background]
    # (a sum named for someone's pay is what they are paid: "salary: $90,000")
    return not rest or any(_holds(c, found) for c in rest) or not _PAY.isdisjoint(found)


def _named_for_sum(name: str, question: Question) -> bool:
    """Is a fact named for a kind of sum named for the sum itself, its last word a sum's
    (`cost`, `reconnection_payment`), or for something else a sum is given for
    (`revenue_share_ask`: an ask), unless the question asks that too?"""
    words = name.replace("_", " ").split()
    last = stem(words[-1]) if words else ""
    return last in _CUE_STEMS["amount"] | _CUE_STEMS["quantity"] or last in stems(question.text)


# The two ends of what happened: a `started` date does not say when something ended, was
# published or wrapped up, nor an `ended` one when it began. (Not "released": a product's
# release is its launch.)
# A stay has two ends too: filed, joined, appointed begin it; an exit, a resignation end it.
_ENDS = (frozenset(stem(w) for w in "start started begin began launch launched open opened "
                   "commence commenced file filed join joined enter entered appoint appointed"
                   .split()),
         frozenset(stem(w) for w in "end ended finish finished complete completed conclude "
                   "concluded close closed publish published release released wrap until exit "
                   "exited emerge emerged resign resigned resignation quit".split()))
# "got out of prison": an exit (not "when did the report get out?", a leak)
_GET_OUT = re.compile(r"\b(?:get|gets|got|getting|gotten)\s+out\s+of\b")


def _other_end(question: Question, found: frozenset[str] | set[str]) -> bool:
    """Does the fact date one end of what happened only ("Started: May 2021", "opened an
    inquiry on May 3") while the question asks only of the other ("when will the inquiry
    publish its findings?")?"""
    # (most facts date neither end: the question is read only for those that date one)
    dated = [(one, other) for one, other in (_ENDS, _ENDS[::-1])
             if not found.isdisjoint(one) and found.isdisjoint(other)]
    if not dated:
        return False
    asked = {a for c, _ in question.attributes for a in c.alts} | stems(question.text)
    if _GET_OUT.search(question.text.casefold()):
        asked |= {stem("exit")}
    if _RELEASE in asked and not asked.isdisjoint(_FINDINGS):  # releasing findings: publishing
        asked |= {stem("publish")}
    return any(asked.isdisjoint(one) and not asked.isdisjoint(other) for one, other in dated)


# "when did Holt step down?", "when did she leave her job?", "when did the line get out of
# administration?": the end of a stay; a date the fact gives with no word of any end (her
# appointment, the filing) is not it ("leave" only of a post or a firm: "when did the ferry
# leave?" asks a sailing)
# (in the question's own words: "show up" is read as "emerge" too, and "out of administration"
# may be answered by the day a plan took effect)
_EXIT_ASKED = re.compile(r"\b(?:(?:get|gets|got|getting|gotten)\s+out\s+of|(?:step|steps|"
                         r"stepped|stepping|stand|stands|stood|standing)\s+down|resign\w*|"
                         r"quit(?:s|ted|ting)?|"
                         r"exit(?:s|ed|ing)?|emerg(?:e|es|ed|ing)|"
                         # ("when was Holt released from prison?")
                         r"(?:releas\w*|freed|let\s+out)\s+(?:from|of)\s+(?:prison|jail|"
                         r"custody|detention))\b")
_EXIT_SAID = _ENDS[1] | frozenset(stem(w) for w in """release released freed left leave leaving
    retire retired replaced succeeded ousted fired dismissed removed out stepped departure
    departed""".split())
# (a span: "2019 to 2023", "May 3-9", "from 2019 until March 2023"; not two numbers a sentence
# apart)
_RANGE = re.compile(r"\d[\d,]*\s*(?:\b(?:to|until|till|through)\b|[-–])\s*(?:[A-Z][a-z]+\s+)?\d")


# Words for a body or a post one may leave ("when did Holt leave the navy?", "... her job?"),
# besides those for any body (`_BODIES`: "the agency", "the bank")
_LEFT_BODIES = frozenset("dept cabinet navy army team firm job jobs post role position seat"
                         .split())
_LEAVING = frozenset("leave leaves left leaving".split())
_EMBEDDING = frozenset("would will to should could might".split())
_OWNERS = frozenset("the his her their its".split())


def _a_body(word: str) -> bool:
    """Is the word one for a body one may belong to ("navy", "bank", "agency")?"""
    return word in _LEFT_BODIES or word in _BODIES


def _leaves_a_body(question: Question) -> bool:
    """"When did Holt leave Acme?", "... leave the harbour board?", "... leave her job?":
    leaving a body named, or a body or a post in a word for it, is the end of a stay there
    (not "when did the ferry leave port?")."""
    tokens = question.tokens
    named = {c.word.split()[0] for c in question.concepts if c.slug is not None} | set(
        question.proper)
    for i, token in enumerate(tokens[:-1]):
        # (not one said or planned: "when did Holt announce the line would leave the pact?")
        if token not in _LEAVING or not _EMBEDDING.isdisjoint(tokens[:i]):
            continue
        rest = [t for t in tokens[i + 1 : i + 4] if t not in _OWNERS]
        if rest and (rest[0] in named or _a_body(rest[0]) or (
                len(rest) > 1 and _a_body(rest[1]))):
            return True
    return False


def _other_than_exit(question: Question, text: str, found: frozenset[str] | set[str]) -> bool:
    """Does the question ask only when a stay ended ("when did Holt step down?", "when did
    the ferry line get out of administration?") while the fact dates something with no word
    of its end ("Appointed: April 2021", "Date: May 3, 2021" of the filing), and no span?"""
    asked = {a for c, _ in question.attributes for a in c.alts} | stems(question.text)
    return (asked.isdisjoint(_ENDS[0]) and (bool(_EXIT_ASKED.search(question.text.casefold()))
                                            or _leaves_a_body(question))
            and found.isdisjoint(_EXIT_SAID) and not _RANGE.search(text))


def _names_end_asked(question: Question, name: str) -> bool:
    """Is the fact named for the end of what happened the question asks ("when did the
    repairs finish": `completed`; "when will the inquiry begin": `start_date`)?"""
    named = stems(name.replace("_", " "))
    ends = [end for end in _ENDS if not named.isdisjoint(end)]
    # (most facts are named for neither end: the question is read only for those that are)
    return bool(ends) and not all(stems(question.text).isdisjoint(end) for end in ends)


_RELEASE = stem("release")
_FINDINGS = frozenset(stem(w) for w in "findings report results conclusions verdict".split())
_RATED = frozenset({"amount", "count", "quantity"})
# A sum asked as paid until now ("how much has Acme paid so far?"), and words that say a sum
# was paid out, not only agreed, set aside or owed
_PAID_SO_FAR_ASKED = re.compile(r"\b(?:pa(?:y|ys|id|ying)|spen(?:d|ds|t|ding)|disburs\w*)\b"
                                r".*\b(?:so far|to date|yet)\b", re.IGNORECASE)
_PAID_SAID = re.compile(r"\b(?:paid|spent|disbursed|distributed|received|payouts?)\b",
                        re.IGNORECASE)
_RATE_NOUN = re.compile(r"\s+rates?\b", re.IGNORECASE)
# ("per deceased victim": for a victim, the word after an adjective too)
_PER = re.compile(r"(?:\b(?:per|a|an|each|every)[\s-]+|/)\s?([^\W\d_]+)(?:\s([^\W\d_]+))?",
                  re.IGNORECASE)


# A whole: "how much in total?", "all together", "the total bill" (not "a total of 40,000 homes",
# one figure written so)
_WHOLE = re.compile(r"\b(?:in\s+total|(?<!a\s)total|together|combined|altogether|all\s+told)\b",
                    re.IGNORECASE)
# ... which the rest of a sum says it is not, after its figure and unit: "$5,000 per passenger",
# "2,000 Swiss francs each", "$40/head"
_EACH_AFTER = re.compile(r"[\d,.]*\s*(?:(?:k|m|bn|million|billion|thousand)\b\s*)?"
                         r"(?:[^\W\d_]+\s+){0,6}?(?:per\s+(?!the\b|its\b|their\b|his\b|her\b|an?\b)|"
                         r"each\b(?=\s*(?:[,.;)]|$|of\b|to\b|for\b))|apiece\b|/\s?[^\W\d_])",
                         re.IGNORECASE)
# What says a sum is each one's: "each", "apiece", "per passenger", "$40/head"
_EACH_SAID = re.compile(r"\b(?:each|apiece|per|every|individually)\b|/\s?[^\W\d_]",
                        re.IGNORECASE)


# The things a figure may be for, each in other words: a trip, a person
_RATES_ALIKE = [frozenset(stem(w) for w in line.split()) for line in (
    "ride trip journey crossing", "head person capita passenger individual")]


def _rate_given(rate: str, rates: set[str]) -> bool:
    """Is the thing a figure is asked for among those a fact's figures are for, in its own
    word or another ("per ride" of "$1.50 per trip")?"""
    return rate in rates or any(rate in alike and not rates.isdisjoint(alike)
                                for alike in _RATES_ALIKE)


def _rates(text: str) -> set[str]:
    """Every period or thing a figure in `text` is for: "$80 a barrel, 2 million barrels per
    day" is for a barrel and for a day."""
    found = {_period_or_stem(word.casefold()) for m in _PER.finditer(text)
             for word in m.groups() if word}
    # ("$2 million in 2022" is a year's: the sum for one year; not "$2 million in 2022 to buy
    # the Tern", a one-off with its purpose)
    if _SUM_IN_YEAR.search(text):
        found.add("year")
    return found | {period for period, words in _PERIODS.items()
                    if re.search(rf"\b(?:{words})\b", text, re.IGNORECASE)}


_SUM_IN_YEAR = re.compile(r"[$€£¥]\s?\d[\d,.]*(?:\s*(?:k|m|bn|million|billion|trillion)\b)?"
                          r"\s+in\s+(?:1[6-9]|20)\d\d\b(?=\s*(?:[,;.)]|$))", re.IGNORECASE)


_MONTH_ALTERNATIVES = "|".join(sorted(_MONTH_WORDS))
# Numbers that count nothing: a sum, a year, a day of the month, a time of day. (A share, "1% of
# all machines", does say how many of them.)
# (a year only where it dates something, "in 2019", "May 2019", ", 2019": "1800 residents" count;
# no "40 may lose their jobs")
# Numbers that date rather than count: "May 3, 2021", "3 May", "in 2021"
_DATES = [rf"\b(?:{_MONTH_ALTERNATIVES})\.?\s+\d{{1,2}}\b(?:,?\s*(?:1[6-9]|20)\d\d\b)?",
          # ("14-17 September 2007": the days, the month and the year)
          rf"\b\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+(?:{'|'.join(_MONTHS.split())}|march)\b"
          rf"(?:,?\s*(?:1[6-9]|20)\d\d\b)?",
          rf"(?:\b(?:in|since|by|from|until|till|before|after|during|early|late|mid|"
          rf"{_MONTH_ALTERNATIVES})[\s-]+|,\s*)(?:1[6-9]|20)\d\d\b"]
# "How many were never identified?", "... weren't found?": a count of those something was not
# done to, which a text gives in words of not doing ("not", "never", "unidentified", "missing");
# not "how many were pumped in, not sprayed?", nor "the CVE number of the bug never patched"
_NOT_DONE_TO = re.compile(r"\bhow\s+many\b.*(?:\b(?:were|was|have|has|had|are|is)\s+(?:never|not)|"
                          r"\bnever|n't)\s+(?:been\s+|yet\s+|ever\s+|actually\s+)?(?:\w+ed|found|"
                          r"seen|known|paid|heard|told|given|shown|built)\b", re.IGNORECASE)
# (words saying something was not done: "no", "never", ...)
_NEVER_DONE = frozenset("no not never without none".split())
_SAYS_UNDONE = re.compile(rf"\b(?:{'|'.join(sorted(_NEVER_DONE))}|missing|remain\w*|still|"
                          r"un(?:identified|known|claimed|paid|accounted|recovered|found|named|"
                          r"treated|insured|resolved|solved|seen))\b|n't\b", re.IGNORECASE)
# "What exact day ...", "which day ...", "the precise date": a day, not a month or a year ...
_DAY_ASKED = re.compile(r"\b(?:(?:what|which)\s+(?:exact\s+|precise\s+|specific\s+)?day|"
                        r"(?:exact|precise|specific)\s+(?:day|date))\b", re.IGNORECASE)
# ... which a date gives with its day ("May 3", "3 May", "3/5/1916", "on a Monday")
_DAY_OF_MONTH = re.compile("|".join([*_DATES[:2], rf"\b(?:{'|'.join(sorted(_DAY_WORDS))})\b",
                                     r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b"]), re.IGNORECASE)
_NOT_COUNTS = re.compile(
    "|".join([r"[$€£¥]\s?\d[\d,.]*(?:\s*(?:k|m|bn|million|billion|trillion|thousand)\b)?",
              SHAPES["money"].pattern,
              *_DATES,
              SHAPES["clock"].pattern,
              r"\d[\d,.]*\s*°\s*[FC]\b",  # a temperature ("cook it to 155°F")
              # "the 16th-largest bank" ranks and "the September 11th Fund" names: they count
              # nothing ("its 5th win" may)
              r"\b\d[\d,]*(?:st|nd|rd|th)(?:[\s-]+(?:\w+est|most|ranked)\b|\s+(?=(?-i:[A-Z])))"]),
    re.IGNORECASE)
# ... of which a quantity ("how much bail") is never a date: a sum of money may be one, and
# a time of day ("how fast did they pull it": "04:09", "05:27") may give the time it took
_NOT_QUANTITIES = re.compile("|".join(_DATES), re.IGNORECASE)
# (not "pounds": "how many pounds did he lose" may be a weight)
CURRENCY_NAMES = r"dollars?|euros?|yen|pesos?|bucks|francs?|yuan|rupees?"
_CURRENCY_WORDS = re.compile(rf"\b(?:{CURRENCY_NAMES})\b|[$€£¥]", re.IGNORECASE)


_TIME = stem("time")
# A date that comes round each year ("every 4 October", "each May 3"), and the words of a
# question asking of something done once
_EVERY_YEAR = re.compile(rf"\b(?:every|each)\s+(?:year\s+on\s+)?(?:\d{{1,2}}\s+)?"
                         rf"(?:{'|'.join(_MONTH_WORDS)})\b(?:\s+\d{{1,2}}\b)?", re.IGNORECASE)
_ONCE_ASKED = frozenset("was were did".split())
# ... and of something that may come round ("when was the memorial service held?")
_RECURS = frozenset("held hold holds commemorated commemorate marked mark observed celebrated "
                    "remembered service services".split())
_DELIBERATION = frozenset(stem(w) for w in "deliberate deliberation deliberated".split())
_JURIES = frozenset("jury jurors juries panel".split())


def _deliberation_asked(question: Question) -> bool:
    """"How long did the jury deliberate?", "how long was the jury out?", "... the jury decide,
    and how long were they out?": the time a jury took to reach its verdict (not a committee's,
    nor "the deliberate sabotage")."""
    tokens = question.tokens
    return not _JURIES.isdisjoint(tokens) and (
        not _DELIBERATION.isdisjoint(stem(t) for t in tokens) or any(
            t == "out" and tokens[i - 1] in ("was", "were", "they", "jury", "jurors")
            for i, t in enumerate(tokens) if i))


# A jury's time out said without the word ("the jury was out for nine hours", "the jury
# returned its verdict after three days")
_JURY_OUT = re.compile(r"\b(?:jury|jurors)\b[^.;]{0,40}?\b(?:was out|were out|returned|reached|"
                       r"came back)\b", re.IGNORECASE)
# What "how deep" and "how wide" ask: a length, or a sum or share cut ("how deep were the cuts?")
_SPANS_ACROSS = frozenset({"depth", "width"})


def _as_count(text: str, question: Question) -> str:
    """The text less numbers that count nothing ("how many people worked there" is not
    answered by "$209 billion in assets" or "in 2023"), unless money is what is counted."""
    if _CURRENCY_WORDS.search(question.text) or question.counting & _MONEY_STEMS:
        return text
    # ("what's the order's number?" asks for the label itself)
    if _HOW_MANY.search(question.text):
        text = _unlabelled_all(text)
    # ("how many torpedoes was it carrying?": not "650 mm" across; "how many miles" may be)
    if not _UNITS_ASKED.search(question.text):
        text = _MEASURES_GIVEN.sub(" ", text)
    return _NOT_COUNTS.sub(" ", text)


# A figure in a unit of length or weight, and the words a question asks one by
_MEASURES_GIVEN = re.compile(SHAPES["length"].pattern + r"|(?<![\d,.])\b\d[\d,.]*+[\s-]*(?:"
                             r"kg|kilograms?|kilos?|tonnes?|tons?|pounds?|lbs?)\b(?![\w-])",
                             re.IGNORECASE)
_UNITS_ASKED = re.compile(r"\b(?:miles?|km|kilometres?|kilometers?|metres?|meters?|feet|foot|"
                          r"yards?|inches|cm|mm|kg|kilograms?|kilos?|tonnes?|tons?|pounds?|"
                          r"lbs?)\b", re.IGNORECASE)


def _unlabelled_all(text: str) -> str:
    """The text less the numbers that name: labels ("Pier 39", "port 7070") and codes."""
    return _CODE.sub(" ", _LABEL_AFTER.sub(r"\1", _LABEL.sub(_unlabelled, text)))


_HOW_MANY = re.compile(r"\bhow\s+many\b", re.IGNORECASE)
# A number that names rather than counts: "Ferry 1282", "Gate File 291", "Pier 39"
_LABEL = re.compile(r"\b([A-Z][a-z]+)\s+(?:No\.\s*)?\d[\d-]*\b(?![.,]\d|\s*(?:%|percent\b))")
# ... after a noun of a place or thing in a series, in lower case too: "port 7070", "unit 2",
# "rod No. 4", "gate 12" (not "12 gates")
# (not a figure in a unit: "stayed in port 12 days", "a platform 30 metres high")
_LABEL_AFTER = re.compile(
    r"\b(port|flight|gate|pier|platform|berth|track|unit|rod|route|runway|terminal|highway|"
    r"interstate|exit|article|chapter|docket|version|model|reactor|ward)\s+(?:no\.\s*)?"
    r"\d[\d-]*\b(?![.,]\d|\s*(?:%|°|percent\b|feet\b|foot\b|ft\b|m\b|km\b|cm\b|mm\b|kg\b|"
    r"lbs?\b|[a-z]+s\b))", re.IGNORECASE)
# A code of letters and digits: "GX02-031", "SP3", "HA-2003-04" (a name, no count)
_CODE = re.compile(r"\b[A-Za-z]+-?\d[\w-]*")
_NOT_LABELS = frozenset("about around nearly some over under more less fewer almost roughly "
                        "approximately up at all only just another total estimated the of in "
                        "on by to from with and or than at least most top first last".split())


def _unlabelled(match: re.Match) -> str:
    word = match.group(1)
    if word.casefold() in _NOT_LABELS or word.casefold() in _MONTH_WORDS:
        return match.group()
    return word


# Where a summary's sentence ends, a saying's too: 'as "a new dawn." She quit', '"Historic!" He'
_SENTENCE = re.compile(r"(?<=[a-z0-9)\"'”])[.;!?][\"'”’]?\s+(?=[\"“A-Z])")


# How a decline for lacking a count of what is asked begins ("no count of hours in ...")
_NO_COUNT = "no count of"
# ... and for saying nothing of a name or thing asked ("nothing about the Tern in ...")
_NOTHING_ABOUT = "nothing about"


# "how much did Acme's stock jump?", "how did its share price react?": a move of a price
_TRADED = frozenset(stem(w) for w in "stock stocks share shares share_price share_prices "
                    "stock_price stock_prices".split())
_MOVES = frozenset(stem(w) for w in """jump jumped rise rose risen fall fell fallen drop dropped
    climb climbed surge surged plunge plunged slide slid sink sank gain gained soar soared
    tumble tumbled spike spiked react reacted move moved slump slumped rally rallied dip dipped
    double doubled triple tripled halve halved""".split())
_MOVE_ASKED = frozenset("amount percent how what quantity".split())
# ... and the words naming a share price's fall ("Share price plunge", "stock crash")
_CRASHES = frozenset(stem(w) for w in "collapse crash plunge slump meltdown rout".split())


def _move_asked(question: Question) -> bool:
    """Does the question ask how a share price moved ("how much did Acme stock jump the day
    the deal was announced?", "how did its share price react?", "what did it do?")?"""
    tokens = question.tokens
    said = {stem(t) for t in tokens}
    # ("what did Acme's share price do that day?")
    done = any(stem(a) in _TRADED and b == "do" for a, b in itertools.pairwise(tokens))
    return question.qtype in _MOVE_ASKED and not _TRADED.isdisjoint(said) and (
        done or not _MOVES.isdisjoint(said))


def _gives_move(text: str) -> bool:
    """Does the text give a price's move: a share, or a verb of rising or falling?"""
    return bool(SHAPES["percent"].search(text)) or not _MOVES.isdisjoint(stems(text))


# "How many of the 40 crew were rescued?", "how much of its $2 million loan has Acme repaid?":
# a part of a whole the question gives, which a fact giving only that whole does not say
_PART_OF = re.compile(r"\bhow\s+(?:much|many)\s+of\s+(?:the|their|its|his|her|that|this|these|"
                      r"those|our|your)\s+([$€£¥]?\d[\d,.]*\s*(?:k|m|mn|bn|million|billion|"
                      r"trillion)?)\b", re.IGNORECASE)
_FIGURE_SIZE = re.compile(r"(?<![\d,.])(\d[\d,]*(?:\.\d+)?)\s*(k|m|mn|bn|million|billion|trillion)?"
                          r"\b", re.IGNORECASE)
_TIMES = {"k": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9,
          "trillion": 1e12}


def _sizes(text: str) -> list[float]:
    """The figures `text` gives, as numbers ("$3 million": 3e6; "40 crew": 40)."""
    return [float(m.group(1).replace(",", "")) * _TIMES.get((m.group(2) or "").casefold(), 1)
            for m in _FIGURE_SIZE.finditer(text) if m.group(1).replace(",", "").replace(
                ".", "", 1).isdigit()]


def countries_asked(question: Question) -> frozenset[str]:
    """The countries the question names ("the German dead": germany)."""
    return frozenset(COUNTRY_OF[t] for t in question.tokens if t in COUNTRY_OF)


def country_counted(question: Question) -> frozenset[str]:
    """The country of those "how many" counts ("how many German nationals?": germany; not
    "how many died in the German crash?")."""
    word = _counted_country(question) if question.qtype == "count" else None
    return frozenset({COUNTRY_OF[word]}) if word is not None else frozenset()


def named_for_country(name: str) -> frozenset[str]:
    """The countries a fact's name names (`french_sentence`: france)."""
    return frozenset(COUNTRY_OF[w] for w in name.split("_") if w in COUNTRY_OF)


def _other_country(question: Question, facts) -> str | None:
    """"How long was Holt's US sentence?": the country asked, when the first fact shown is
    named for another ("French sentence: five years"); None otherwise."""
    asked = countries_asked(question)
    if len(asked) != 1 or not facts:
        return None
    named = named_for_country(facts[0][0])
    return next(iter(asked)) if named and named.isdisjoint(asked) else None


# A sum written with its sign ("$400 million", "€8bn"), told apart from the dates beside it
_SUMS_GIVEN = re.compile(r"[$€£¥]\s?\d[\d,]*(?:\.\d+)?(?:\s*(?:k|m|mn|bn|million|billion|"
                         r"trillion)\b)?", re.IGNORECASE)


def _only_whole(question: Question, texts: list[str]) -> bool:
    """"How many of the 40 crew were rescued?": do the facts (or the summary shown when there
    are none) give no figure but the whole the question already gives (or a year or a day of a
    date)?"""
    found = _PART_OF.search(question.text)
    if found is None or not texts:
        return False
    whole = _sizes(found.group(1))
    if not whole or not whole[0]:
        return False
    dates = _DAY_GIVEN_BY
    # (a sum is told from the sums given: "the $400 million rescue announced on August 6")
    money = found.group(1)[:1] in "$€£¥"
    for value in texts:
        given = _SUMS_GIVEN.findall(value) if money else [dates.sub(" ", value)]
        for size in (size for text in given for size in _sizes(text)):
            if abs(size - whole[0]) > whole[0] * 0.01:
                return False
    return True


_CLAUSE_BEFORE_FIGURE = frozenset("before after when once of besides than since beyond".split())
_FIGURE_REACH = 4


def _only_given(question: Question, texts: list[str]) -> bool:
    """"How much did Osprey ask for before Acme paid the $3 million?": is every sum the facts
    (or the summary shown) give one the question gives itself, in a clause of its own? Then
    they tell what the asker knows, not what is asked."""
    if question.qtype != "amount":
        return False
    # (a sum given in a clause of its own, "before Acme paid the $3 million", "of the 40
    # dead"; not one naming the thing asked of, "how big was the $600M fund?", which the reply
    # confirms)
    text = question.text
    asked = [size for m in _SUMS_GIVEN.finditer(text)
             if not _CLAUSE_BEFORE_FIGURE.isdisjoint(words(text[:m.start()])[-_FIGURE_REACH:])
             for size in _sizes(m.group())]
    shown = [size for text in texts for m in _SUMS_GIVEN.finditer(text)
             for size in _sizes(m.group())]
    return bool(asked and shown) and all(
        any(abs(size - figure) <= figure * 0.01 for figure in asked) for size in shown)


def _part_asked_of_whole(question: Question, texts: list[str]) -> bool:
    """"How much did the lander cost on its own?": a part's figure, which a fact giving only a
    whole ("Cost: about $1.4 billion in total", "for the orbiter and lander together") is not."""
    if question.qtype not in _FIGURES or _PART_ASKED.search(question.text) is None:
        return False
    shape = SHAPES["money"] if question.qtype == "amount" else SHAPES["number"]
    figured = [text for text in texts if shape.search(text)]
    return bool(figured) and all(_WHOLE.search(text) for text in figured)


def _other_numbered(question: Question, texts: list[str]) -> str | None:
    """"How many watched part 2?": the numbered part asked (`part 2`), when the texts give
    figures only for another ("3.2 million viewers for part one"); None otherwise."""
    asked = {(noun, _NUMBER_WORDS.get(n, n)) for noun, n in itertools.pairwise(question.tokens)
             if noun in _NUMBERED and (n.isdigit() or n in _NUMBER_WORDS)}
    if len(asked) != 1:
        return None
    noun, number = next(iter(asked))
    given = {_NUMBER_WORDS.get(m.group(2).casefold(), m.group(2)) for text in texts
             for m in _NUMBERED_GIVEN.finditer(text) if m.group(1).casefold() == noun} | {
        _ORDINALS[m.group(1).casefold()] for text in texts
        for m in _ORDINAL_GIVEN.finditer(text) if m.group(2).casefold() == noun}
    return f"{noun} {number}" if given and number not in given else None


# Things told apart by a number ("part 2", "phase one", "round 3"), and the numbers in words
_NUMBERED_NOUNS = "part|phase|stage|round|episode|season|leg|wave|tranche"
_NUMBERED = frozenset(_NUMBERED_NOUNS.split("|"))
_ORDINALS = {w: str(i) for i, w in enumerate(
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth".split())}
_ORDINAL_GIVEN = re.compile(r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
                            rf"\s+({_NUMBERED_NOUNS})\b",
                            re.IGNORECASE)
_NUMBER_WORDS = {w: str(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten".split())}
_NUMBERED_GIVEN = re.compile(rf"\b({_NUMBERED_NOUNS})\s+"
                             r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b",
                             re.IGNORECASE)


# A part asked ("on its own", "separately"), which a whole (`_WHOLE`, "in total") does not give
_PART_ASKED = re.compile(r"\b(?:on\s+(?:its|his|her|their)\s+own|by\s+itself|separately|"
                         r"excluding)\b", re.IGNORECASE)


# "What was the ferry line's revenue for 2022?": the year a figure is asked for, right after
# "in", "for" or "during"
_FOR_YEAR = frozenset("in for during".split())
_YEARS_GIVEN = re.compile(r"(?<![\d,.$€£¥])(?:1[6-9]|20)\d\d(?![\d,])")


def _of_other_years(text: str, question: Question) -> bool:
    """Does `text` give years, none of them one the question asks?"""
    given = set(_YEARS_GIVEN.findall(text))
    return bool(given) and given.isdisjoint(question.years)


def of_another_year(title: str, question: Question) -> bool:
    """"The December 1962 fog" in a briefing on "The Long Fog of Gullport, December 1952",
    asked of no year and no other time ("an earlier mishap"): an entry titled with years,
    none of them a year of the story's own name (`question.subject`), and with a word of that
    name, is of another time than the story asked of."""
    told = {word for word in question.subject if _YEARS_GIVEN.fullmatch(word)}
    # (within a lifetime of the story's: "Tern Air Flight 1736" gives no year)
    given = {year for year in _YEARS_GIVEN.findall(title)
             if any(abs(int(year) - int(t)) <= 60 for t in told)}
    # (another time of the story's own kind of thing, its title sharing a word of the story's
    # name: not "Harbour Act ruling (2014)", a later step of a 2010 spill's story)
    shared = (stems(title) - given) & (question.subject - told)
    return bool(given and shared) and given.isdisjoint(told) and (
        not question.years and _OTHER_TIMES.isdisjoint(question.tokens))


# Words that ask of another time than the story's ("an earlier mishap", "the next fog")
_OTHER_TIMES = frozenset("""earlier previous prior before past later next another other again
    since subsequent afterwards""".split())


def _other_year(question: Question, entry: Entry, facts) -> str | None:
    """"What was Acme's revenue for 2022?": the fact named for what is asked (`revenue`) gives
    it for another year ("$40 million in 2021") and no picked fact gives the year asked. The
    year asked, or None."""
    tokens = question.tokens
    # (in what is asked, not in a clause setting the scene before it: "held up back in 2021 -
    # what was the hold-up?")
    start = next((i for i, t in enumerate(tokens) if t in QUESTION_WORDS), len(tokens))
    asked = [t for i, t in enumerate(tokens) if t in question.years and t.isdigit()
             and i > start and tokens[i - 1] in _FOR_YEAR]
    # (an entry titled with the year is all of that year: "Acme settlement (2007)", whose
    # interim payments from 2008 do not make its sum another year's)
    if len(asked) != 1 or any(asked[0] in c.word.split() for c in question.concepts
                              if c.slug is not None) or asked[0] in _YEARS_GIVEN.findall(
                                  entry.title):
        return None
    attributes = [c for c in question.concepts if c.slug is None and not c.soft
                  and c.word not in question.years]
    named_for = [value for name, value in facts
                 if any(_holds(c, stems(name.replace("_", " "))) for c in attributes)]
    given = [set(_YEARS_GIVEN.findall(value)) for value in named_for]
    if not given or not all(given) or any(asked[0] in _YEARS_GIVEN.findall(value)
                                           for _, value in facts):
        return None
    return asked[0]


# Verbs that only carry the noun they govern ("put a cap on", "set a limit")
_SUPPORT_VERBS = frozenset("put puts putting set sets setting place placed placing lay laid"
                           .split())


# A contest's score ("46-42", "7 to 2"; not a span of years) or margin ("by 4 votes")
_SCORE = re.compile(r"(?<![\d,.])\b\d{1,3}\s?(?:-|\u2013|\u2014|to)\s?\d{1,3}\b(?![\d,.%])|"
                    r"\bby\s+(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                    r"(?:votes?|points?|seats?|goals?|runs?|strokes?|seconds?)\b", re.IGNORECASE)


def _wrong_kind(question: Question, entry: Entry, profile: _Profile, facts) -> str | None:
    """Why the picked facts are not the kind of fact asked: "when" needs a date, "how much" an
    amount, "how many X" a number of X, "what did X say" a statement; None when they are."""
    # all the reply would say: the picked facts, the summary, the entry's names
    said = stems(" ".join([*(f"{n} {v}" for n, v in facts), entry.summary, entry.title,
                           *entry.aliases]).replace("_", " "))
    # ("what was the name of Gullport's mayor?", "the names of the flight attendants": the
    # name of a thing the store never speaks of, which no entry gives; a person's own entry
    # may, described in words of the asker's: "the name of the shop owner", of a shopkeeper)
    head = _name_head(question.tokens) if question.qtype == "names" else None
    if head is not None and head in question.unknown and entry.kind not in PERSON_KINDS:
        return f"asks for {head}"
    return (_beyond_facts(question, entry, facts)
            or _unsaid(question, entry, facts, said)
            or _unshaped(question, entry, profile, facts, said))


def _beyond_facts(question: Question, entry: Entry, facts) -> str | None:
    """Why the question asks past what the facts can say: what came after the story, how a
    plan ended, a price, a share-price move, a sum spent on something, someone named."""
    measured = _unmeasured(question, entry)
    if measured is not None:
        return measured
    # ("by how much did Holt win?": a score, "46-42", or a margin, "by 4 votes"; not any number
    # of the entry, a date)
    if question.qtype == "quantity" and asks_margin(question.tokens) and not any(
            _SCORE.search(text) for text in [*(v for _, v in facts), entry.summary]):
        return f"no margin in {entry.slug}"
    if _dates_only_the_anchor(question, entry, facts):
        return f"only the date of what it came after in {entry.slug}"
    if _only_whole(question, [v for _, v in facts] or [entry.summary]):
        return "gives only the whole the question names"
    if _only_given(question, [v for _, v in facts] or [entry.summary]):
        return f"gives only the figures the question gives in {entry.slug}"
    if _part_asked_of_whole(question, [_fact_text(n, v) for n, v in facts] or [entry.summary]):
        return f"gives only a whole, not the part asked, in {entry.slug}"
    numbered = _other_numbered(question, [_fact_text(n, v) for n, v in facts] or [entry.summary])
    if numbered is not None:
        return f"gives it for another {numbered} in {entry.slug}"
    year = _other_year(question, entry, facts)
    if year is not None:
        return f"gives it for another year than {year} in {entry.slug}"
    dead = _death_unsaid(question, entry, facts)
    if dead is not None:
        return f"nothing saying {dead} died in {entry.slug}"
    if _DIED_OF_ASKED.search(question.text) and not _cause_of_death_said(entry, facts):
        return f"no cause of death in {entry.slug}"
    # ("how many of the bodies were never identified?": those not done, which "749 identified"
    # does not count)
    if question.qtype == "count" and _NOT_DONE_TO.search(question.text) and not any(
            _SAYS_UNDONE.search(text) for text in [*(v for _, v in facts), entry.summary]):
        return f"no count of those it was not done to in {entry.slug}"
    # ("what exact day did the judge rule?": a day, which "Ruling date: February 1916" is not)
    if _DAY_ASKED.search(question.text) and not any(
            _DAY_OF_MONTH.search(text) for text in [*(v for _, v in facts), entry.summary]):
        return f"no day of the month in {entry.slug}"
    country = _other_country(question, facts)
    if country is not None:
        return f"gives it for another country than {country} in {entry.slug}"
    denied = _denied(question, facts)
    if denied is not None:
        return f"says there was no {denied.replace('_', ' ')}"
    # ("what did Dana Holt do after leaving Acme Ferries?": Acme Ferries' own facts say what
    # it was, not what she did next, unless one of them looks past it)
    # (unless its text says the very deed done after it: "which Acme executives quit after the
    # review?" of the review whose summary says two of them resigned)
    if entry.slug in _after_anchors(question) and not any(
            _LATER.intersection(stems(_fact_text(name, value))) for name, value in facts) and not (
            _deed_said_after(question, stems(" ".join([*(_fact_text(n, v) for n, v in facts),
                                                         entry.summary])))):
        return f"nothing after {entry.slug} in {entry.slug}"
    # ("what happened to Dana Holt after the strike?", "what's Holt doing these days?": what
    # she did later, which her own facts of the story do not say unless one looks past it)
    # (a death ends the story, whenever it came: "what happened to Holt?" of a fact or a
    # summary, shown when no fact is picked, saying "she died in 2023")
    # (of a person with an entry of their own, another entry's fact looks past the story for
    # them only when it names them: "Sam Reyes, later mayor" says nothing of what Holt did;
    # see `says_later`)
    # (a summary shown whole looks past the story only in words that say nothing else:
    # "after leaving office", not "17 days after the collapse")
    if asks_later_life(question, entry) and not any(
            says_later(question, entry, name, value) for name, value in facts) and (
            facts or not says_later(question, entry, "", entry.summary, strict=True)):
        return f"nothing later of {entry.slug} in {entry.slug}"
    if CALLED_NOW.search(question.text) and not any(
            not _RENAMED_STEMS.isdisjoint(stems(text))
            for text in [*(_fact_text(n, v) for n, v in facts), entry.summary]):
        return f"no later name in {entry.slug}"
    # ("did Holt run for mayor later on?", "did she go on to ...?", "has the line since
    # reopened?": whether something came after the story, which facts of the story do not say
    # unless one looks past it)
    people = _people_asked(question, entry)
    if question.qtype == "yesno" and _LOOKS_PAST.search(question.text) and not any(
            _looks_past(people, held := stems(_fact_text(name, value)))
            or _done_again(question, held) for name, value in facts) and not _done_again(
            question, stems(f"{entry.title} {entry.summary}"), own_verb=True):
        return f"nothing later in {entry.slug}"
    if question.qtype in _OUTCOME_ASKED and facts and _asks_outcome(words(question.text)) and all(
            _hedged(value, whole=question.qtype == "yesno") for _, value in facts):
        return "says only what was planned or sought, not how it ended"
    if question.qtype == "why" and _led_by_date(entry, facts):
        return f"no reason in {entry.slug}"
    # ("what did the inquiry conclude?": a finding, which a fact saying when it began or what
    # it looks at is not)
    if _finding_asked(question.tokens) and not any(
            _says_finding(name, value) for name, value in [*facts, ("", entry.summary)]):
        return f"no finding in {entry.slug}"
    priced = _price_asked(question)
    if priced and not any(
            SHAPES["money"].search(text) for text in [*(v for _, v in facts), *(
                sentence for sentence in _SENTENCE.split(entry.summary)
                if not priced.isdisjoint(stems(sentence)))]):
        return f"no price in {entry.slug}"
    # ("how much has the trust actually paid out so far?": a sum paid to date, which the fund's
    # size or a sum agreed or owed is not)
    if question.qtype == "amount" and _PAID_SO_FAR_ASKED.search(question.text) and not any(
            _PAID_SAID.search(text) for text in [*(_fact_text(n, v) for n, v in facts),
                                                 *_SENTENCE.split(entry.summary)]
            if SHAPES["money"].search(text)):
        return f"no sum paid so far in {entry.slug}"
    # ("how much did Acme stock jump?": "$95 a share" was the offer, not the stock's move)
    # (an entry named for the share price moving is about it: "Share price plunge", whose
    # "Drop: 75.6% in one day" is the stock's)
    named = stems(" ".join([entry.title, *entry.aliases]))
    traded = not _TRADED.isdisjoint(named) and not (_MOVES | _CRASHES).isdisjoint(named)
    if _move_asked(question) and not any(
            (traded or not _TRADED.isdisjoint(stems(text))) and _gives_move(text)
            for text in [*(_fact_text(n, v) for n, v in facts),
                         *_SENTENCE.split(entry.summary)]):
        return f"no move of the share price in {entry.slug}"
    purpose = _spent_on(question.tokens) if question.qtype == "amount" else None
    if purpose is not None and not _sum_for(purpose, question, entry, facts):
        return f"no sum spent on {purpose} in {entry.slug}"
    # ("what's the Tern's release date?": a date the reply gives must be of the release, not
    # the day she was impounded; "what was the repair budget?": a sum of the repairs)
    qualified = _qualifier(question)
    if qualified is not None and not _says_qualifier(qualified, question, entry, facts):
        return f"no {qualified[1]} of {qualified[0].word} in {entry.slug}"
    if question.qtype == "who" and _held_another_time(question, entry, facts):
        return f"no one named for the time asked in {entry.slug}"
    if question.qtype == "who" and (_not_yet_or_no_longer(question, entry)
                                    or _holder_not_yet(question, entry, facts)):
        return f"{_NOT_THEN} {entry.slug}"
    if question.qtype == "who" and _held_before_now(question, entry, facts):
        return f"no one holding it now in {entry.slug}"
    if question.qtype == "who" and not _names_another(question, entry, facts):
        return f"no one but {entry.slug} named"
    if _asks_person(question) and not _names_someone(question, entry, facts):
        return f"no one named in {entry.slug}"
    unnamed = _unnamed_kind(question, entry, facts)
    if unnamed is not None:
        return unnamed
    return None


# (not "cited for 3 violations", "led to 40 job losses": a penalty, a consequence)
_REASON = re.compile(r"\b(?:because|due to|owing to|citing|reasons?|caus(?:e|es|ed|ing)|"
                     r"blam(?:e|es|ed|ing)|so that|in order to|to avoid|to prevent|"
                     r"objecting|as a result of)\b", re.IGNORECASE)
_WHY_CUES = frozenset(FIELD_CUES["why"])


def gives_reason(facts) -> bool:
    """Does a fact give a reason: one named for it (`reason`, `cause`) or one saying why?"""
    return any(not _WHY_CUES.isdisjoint(name.replace("_", " ").split()) or _REASON.search(value)
               for name, value in facts)


# A fact named for a date ("death_date", "when"): it says when a thing happened, not why
_DATED_NAMES = frozenset(stem(w) for w in "date dates when day deadline".split())


def _led_by_date(entry: Entry, facts) -> bool:
    """"What was the cause of Holt's death?" of "Death date: May 3, 2023": the fact leading
    the reply named for a date, and no fact nor the summary giving a reason."""
    return bool(facts) and not _DATED_NAMES.isdisjoint(
        stems(facts[0][0].replace("_", " "))) and not gives_reason([*facts, ("", entry.summary)])


# "who was the harbour master on the night of the fire?": a post asked as of a time, the
# words after this
_AT_TIME_OF = re.compile(r"\b(?:(?:on|at|in)\s+the\s+(?:night|day|morning|evening|afternoon|eve|"
                         r"time|week|height)\s+of|during)\s", re.IGNORECASE)
# ... which a fact says with a span ("2013 to 2015", "until May") or a word of its own time
# ("Dana Holt during the storm", "at the time")
_HELD_THEN = re.compile(r"\b(?:during|while|at\s+the\s+time|then)\b", re.IGNORECASE)


def _held_another_time(question: Question, entry: Entry, facts) -> bool:
    """"Who was the harbour master on the night of the fire?": a post held as of a time, which
    a fact of another entry names for a date of its own ("Dana Holt, harbour master, in May
    2019", announcing a later rule) does not say, unless it speaks of that time's event or
    gives a span of time ("harbour master, 2013 to 2015", "during the storm")."""
    match = _AT_TIME_OF.search(question.text)
    if match is None or _role(question.tokens) is None or not facts:
        return False
    then = stems(question.text[match.end():])
    events = [c for c in question.concepts if not c.soft and not c.alts.isdisjoint(then)]
    if not events or any(c.slug == entry.slug for c in events):
        return False
    return all(_DAY_GIVEN_BY.search(value) and not _HELD_THEN.search(value) and not _spans(value)
               and not any(_holds(c, stems(_fact_text(name, value))) for c in events)
               for name, value in facts)


# "who was running Acme when the fire happened?", "... at the time?": a post held as of the
# story's time (or a year the question gives)
_NOT_THEN = "no one holding it at the time asked in"
_AS_OF_STORY = re.compile(r"\b(?:when|while|at\s+the\s+time|back\s+then|during|in)\b",
                          re.IGNORECASE)
# ... which a person's entry says began later ("CEO from 2021", "since January 2021", `start`)
# or ended before ("2013-2015", "until 2016", `resigned`)
_FROM_YEAR = re.compile(r"\b(?:from|since|starting|began|joined|appointed|start(?:ed)?)\D{0,12}"
                        r"((?:1[6-9]|20)\d\d)\b", re.IGNORECASE)
_YEAR_SPAN = re.compile(r"\b((?:1[6-9]|20)\d\d)\s*(?:to|[-–—]|until|through)\s*"
                        r"((?:1[6-9]|20)\d\d)\b")
# ... or, with no year, that asks of the story's own time
_THEN_SAID = re.compile(r"\b(?:at the time|back then|when (?:it|this|that) happened)\b",
                        re.IGNORECASE)
_START_NAMES = frozenset(stem(w) for w in "start started since from appointed joined".split())
_END_NAMES = frozenset(stem(w) for w in "end ended until resigned left retired ousted".split())


def _year_held(question: Question) -> int | None:
    """The year a "who was running Acme when ...?" question asks a post held in: one it gives
    after "when", "during" ..., or else the story's own; None when it asks of no time."""
    clause = _AS_OF_STORY.search(question.text)
    if clause is None:
        return None
    asked = {int(y) for y in _YEAR.findall(question.text[clause.start():])}
    if not asked:
        story = [c for c in question.concepts if c.slug is None and _holds(c, question.subject)]
        if not story and not _story_words(question) and not _THEN_SAID.search(question.text):
            return None
        asked = {int(y) for y in _YEAR.findall(" ".join(sorted(question.subject)))}
    return next(iter(asked)) if len(asked) == 1 else None


def _holder_not_yet(question: Question, entry: Entry, facts) -> bool:
    """"Who was the airline's CEO when the plane vanished?" of a body's fact naming a chief
    who began later ("CEO from 2015: Sam Reyes"): every fact shown starts after the year asked."""
    if entry.kind in PERSON_KINDS or not facts or _role(question.tokens) is None:
        return False
    year = _year_held(question)
    if year is None:
        return False
    starts = [[int(m.group(1)) for m in _FROM_YEAR.finditer(_fact_text(name, value))]
              for name, value in facts]
    return all(found and min(found) > year for found in starts)


def _not_yet_or_no_longer(question: Question, entry: Entry) -> bool:
    """"Who was running Acme when the fire happened?" of the entry on a chief who took over
    years later ("CEO from 2021"), or left years before: a person's entry whose own dates
    put them outside the year asked (one the question gives, or else the story's own, the
    year in the pack's subject)."""
    if entry.kind not in PERSON_KINDS or _role(question.tokens) is None:
        return False
    year = _year_held(question)
    if year is None:
        return False
    texts = [entry.title, entry.summary, *(f"{n.replace('_', ' ')}: {v}"
                                           for n, v in entry.fields.items())]
    starts = [int(m.group(1)) for t in texts for m in _FROM_YEAR.finditer(t)]
    spans = [(int(m.group(1)), int(m.group(2))) for t in texts for m in _YEAR_SPAN.finditer(t)]
    starts += [start for start, _ in spans]
    ends = [end for _, end in spans]
    for name, value in entry.fields.items():
        years = [int(y) for y in _YEAR.findall(value)]
        named = stems(name.replace("_", " "))
        if years and not _START_NAMES.isdisjoint(named):
            starts.append(min(years))
        if years and not _END_NAMES.isdisjoint(named):
            ends.append(max(years))
    return (bool(starts) and min(starts) > year) or (bool(ends) and max(ends) < year)


# Words and phrases by which a part asks of the present ("who runs it now?"; not "who's the
# judge that signed the deal?", which asks who did a thing in the past)
_NOW_WORDS = frozenset("now currently nowadays presently today".split())
_NOW_PHRASES = (("these", "days"), ("at", "present"), ("right", "now"))
_PRESENT_IN_CHARGE = frozenset("runs leads heads manages chairs".split())
_IN_CHARGE_NOW = frozenset("running leading heading managing chairing".split())
# ... which a span closed in a year ("2008 to 2012", "2008-12", "until 2012") says is over,
# unless a fact also says it goes on ("since 2020"), or a `successor` does
_CLOSED_SPAN = re.compile(r"\b(?:1[6-9]|20)\d\d\s*(?:to|[-–—]|until|till|through)\s*"
                          r"(?:[A-Za-z]+\.?\s+)?(?:\d{1,2},?\s+)?(?:(?:1[6-9]|20)?\d\d)\b|"
                          r"\b(?:until|till)\s+(?:\w+\s+)?(?:1[6-9]|20)\d\d\b", re.IGNORECASE)
# ("who was running Acme at the time?" asks a past holder)
_PAST_TENSE = frozenset("was were did had ran led headed managed chaired then time".split())
# ("Sam Reyes, since 2023", "from May 3, 2024", "currently Dana Holt"; not "from 2010 to 2022",
# a span that ended)
_SAYS_PRESENT = re.compile(
    r"\b(since|from)\s+(\w+\s+)?(\d{1,2},?\s+)?\d{4}\b(?!\s*(to|until|till|through)\b|\s*[-–])"
    r"|\b(current|currently|now|present|incumbent)\b|\bto\s+date\b", re.IGNORECASE)
# Facts that say who holds a place now by their name
_PRESENT_KEYS = frozenset("successor successors incumbent".split())


def _of_the_present(part: str) -> bool:
    """Does the part ask of the present ("who captains it now?", "who runs it these days?")?"""
    said = words(part)
    return not _NOW_WORDS.isdisjoint(said) or any(_has_phrase(said, p) for p in _NOW_PHRASES)


def _held_before_now(question: Question, entry: Entry, facts) -> bool:
    """"Who's running Acme these days?": a post held now, which a fact giving it only for a
    span that closed ("Chairman of Acme, 2008 to 2012") does not say: a past holder is not
    who holds it now."""
    if _role(question.tokens) is None or not facts:
        return False
    tokens = question.tokens
    present = _of_the_present(question.text) or (
        tokens[1:2] and tokens[1] in _PRESENT_IN_CHARGE) or (
        tokens[1:2] in (["is"], ["s"], ["are"]) and tokens[2:3] and tokens[2] in _IN_CHARGE_NOW)
    if not present or not _PAST_TENSE.isdisjoint(tokens):
        return False
    # (a successor the entry gives "from May 3, 2024" holds it still; one who "took over in
    # 2012" is only who followed, as of then)
    return any(_CLOSED_SPAN.search(value) for _, value in facts) and not any(
        _SAYS_PRESENT.search(value) or name.startswith("current") for name, value in [
            *facts, *((n, v) for n, v in entry.fields.items() if n in _PRESENT_KEYS)])


# "what did the inquiry conclude / ultimately find / determine": what it found
_FINDING_VERBS = frozenset("conclude find determine".split())
# Words that end the clause naming who found it ("what did Holt say when she found ...")
_FINDING_STOPS = frozenset("say said tell told when after before while if".split())
# A fact saying what was found: by its name (`finding`, `cause`, `verdict`) or its verb
_FINDING_NAMES = frozenset(stem(w) for w in "finding findings conclusion conclusions cause "
                           "causes result results outcome verdict ruling determination "
                           "decision".split())
_FINDING_SAID = frozenset("found finds concluded concludes determined ruled blamed finding "
                          "findings conclusion concluded verdict".split())
# ... or by what a report said ("the audit's report, published in April, said it could not
# verify ...")
_REPORT_SAID = re.compile(r"\b(?:report|audit|review|inquiry|investigation|study|probe)(?:'?s)?"
                          r"\b(?:(?!\b(?:who|which|that)\b)[^.;]){0,80}?\b(?:said|says|stated|states)\b",
                          re.IGNORECASE)


def _finding_asked(tokens: list[str]) -> bool:
    """Does a "what" question ask what someone concluded or found ("what did the inquiry
    finally conclude caused the fire?", "what did the board ultimately find?")?"""
    if tokens[:1] != ["what"] or tokens[1:2] not in (["did"], ["does"], ["has"], ["have"]):
        return False
    for token in tokens[2:]:
        if token in _FINDING_VERBS:
            return True
        if token in _FINDING_STOPS or token in QUESTION_WORDS:
            return False
    return False


def _says_finding(name: str, value: str) -> bool:
    """Does a fact (or the summary, named "") say what was found or concluded?"""
    return not _FINDING_NAMES.isdisjoint(stems(name.replace("_", " "))) or not (
        _FINDING_SAID.isdisjoint(words(value))) or bool(_REPORT_SAID.search(value))


# Words that set two things side by side ("Gullport vs Tern Bay", "compared with the Tern")
_VERSUS = frozenset("vs versus".split())
_COMPARED = frozenset("compare compared compares".split())
_SIDE_REACH = 3  # the side's word this many words or fewer from the comparison word


def _unsaid_side(question: Question) -> str | None:
    """A word naming one side of a comparison the question asks ("the Tern vs the Gull", "how
    does Holt's pay compare to Reyes's?") that the store never uses, so no reply says that
    side: the nearest topic word before "vs" and after it, or after "compared to". None when
    the store knows every side."""
    tokens = question.tokens
    for i, token in enumerate(tokens):
        if token in _VERSUS:
            sides = [reversed(tokens[max(0, i - _SIDE_REACH):i]), tokens[i + 1:i + 1 + _SIDE_REACH]]
        elif token in _COMPARED and tokens[i + 1:i + 2] in (["to"], ["with"]):
            sides = [tokens[i + 2:i + 2 + _SIDE_REACH]]
        else:
            continue
        for near in sides:
            word = next((t for t in near if t not in STOP), None)
            if word in question.unknown and word.isalpha() and not light(word):
                return word
    return None


# Why a yes/no on whether anyone suffered or did something is declined for an entry
NOBODY_SAID_DONE = "nothing saying anyone was"


def _unsaid(question: Question, entry: Entry, facts, said: frozenset[str]) -> str | None:
    """Why the reply would not say what a yes/no, a "who", a quote or a figure asks: whether a
    deed was done, an age, an average, a buyer, a role, a named person's own share. `said` is
    every stem the reply would show."""
    role = _role(question.tokens) if question.qtype == "who" else None
    # ("has the Tern's claim been settled?": a fact saying it was filed cannot say; "how many
    # homes have been rebuilt?" is checked below, against the fact giving the figure)
    done = _done_so_far(question)
    if done is not None and question.qtype == "yesno" and not _holds(done, said):
        return f"nothing on whether it was {done.word.replace('_', ' ')} in {entry.slug}"
    # ("did the harbour master end up resigning?": a deed the store never speaks of, which no
    # fact can say she did)
    unseen = _unseen_deed(question) if question.qtype in ("yesno", "when") else None
    if unseen is not None:
        return f"nothing on whether it was {unseen} in {entry.slug}"
    # ("has anyone been fined under the harbour act?": a fact that says someone was fined,
    # not the act's fines; "did anyone at Acme get sacked?": someone was dismissed)
    deeds = _deeds_of_anyone(question) if question.qtype == "yesno" else []
    # (or an entry named for the deed: "did anyone warn the town?" of "The warning in Gullport")
    if deeds and not any(_done_form(deed, text) for deed in deeds for text in [
            *(_fact_text(n, v) for n, v in facts), entry.summary]) and not any(
            _named_for_deed(deed.word, entry) or _titled_by_noun(deed.word, entry)
            for deed in deeds):
        return f"{NOBODY_SAID_DONE} {deeds[0].word.replace('_', ' ')} in {entry.slug}"
    # ("what was the dollar cost of the repairs?": a sum, which a share or a date is not)
    if _asks_dollars(question.tokens) and not any(
            SHAPES["money"].search(value) for value in [*(v for _, v in facts), entry.summary]):
        return f"no sum of money in {entry.slug}"
    # ("how old is Dana Holt?": a person's age or birth, not a launch or a start her entry dates)
    # ("how old was he?": a person, whatever entry answers; "age_in_1950: 78" gives an age)
    if question.qtype == "age" and (entry.kind in PERSON_KINDS or not _PERSONAL.isdisjoint(
            question.tokens)) and not any(
            _PERSON_AGED.search(text)
            for text in [*(_fact_text(n, v) for n, v in facts), entry.summary]):
        return f"no age in {entry.slug}"
    # ("how old was Sam Reyes when he died?" of the victims' entry: "Youngest victim: Ana Vellan,
    # 5" is her age, not his; an age given must be in a text that names him)
    # (or typed as a name no entry has: "how old was third mate Ana Vellan?")
    if question.qtype == "age":
        unaged = _age_unsaid(question, entry, facts)
        if unaged is not None:
            return f"no age of {unaged} in {entry.slug}"
    # ("what was Holt's pay package?" of the entry on Reyes's exit: "Payment: Reyes left with
    # $6 million" is his, not hers; a sum asked as a person's must be given in a text naming
    # her, unless the entry is hers or named for her)
    unpaid = _sum_unowned(question, entry, facts)
    if unpaid is not None:
        return f"no sum of {unpaid}'s in {entry.slug}"
    # ("what's the average fare on the Tern?": a fare of one trip is no average)
    statistic = _statistic(question.tokens)
    if statistic and _STATISTIC_STEMS.isdisjoint(said):
        return f"no {statistic} in {entry.slug}"
    # ("what did Dana Holt say, in her own words?": words in quotes, not an account of them)
    if _wants_quote(question.tokens) and not any(
            _QUOTE_MARKS.search(_unnicknamed(text))
            for text in [*(v for _, v in facts), entry.summary]):
        return f"no quote in {entry.slug}"
    # ("how many deckhands work in Gullport vs Tern Bay?": both sides of a comparison)
    side = _unsaid_side(question)
    if side is not None:
        return f"{_NOTHING_ABOUT} {side} in {entry.slug}"
    # ("what fee did the harbour charge the ferry?": the words between "what" and its verb
    # name the thing asked, which a reply holding none of them does not say)
    thing = _thing_asked(question)
    if thing and not any(_holds(c, said) or _shaped(c.word, question, entry) for c in thing):
        return f"{_NOTHING_ABOUT} {thing[0].word} in {entry.slug}"
    # ("what was the ferry line's net income?", "how big was the skipper's exit package?":
    # a figure of a thing the store never mentions, which no fact of it can give)
    unnamed = _figure_of_unknown(question) if question.qtype in _FIGURE_QTYPES else None
    if unnamed is not None and not _shaped(unnamed, question, entry):
        return f"{_NOTHING_ABOUT} {unnamed} in {entry.slug}"
    # ("who ended up buying the Tern?": whoever led the sale is no buyer)
    outcome = _deed_ended_in(question) if question.qtype in ("who", "yesno") else None
    if outcome is not None and not _holds(outcome, said):
        return f"nothing saying it ended in {outcome.word.replace('_', ' ')} in {entry.slug}"
    # ("which deckhand was the very first one off the Tern?", "who was the last to leave?": the
    # one in that place of an order, which a reply that never says it does not give)
    order = _order_asked(question.tokens) if question.qtype in ("who", "which") else None
    if order is not None and not _ORDER_SAID[order] & said:
        return f"no {order} one in {entry.slug}"
    # ("how old was the youngest person who died?": the youngest's age, which a victim's own
    # age is not unless the reply says whose it is)
    eldest = next((t for t in question.tokens if t in _AGE_EXTREMES), None) if (
        question.qtype in ("age", "who", "which")) else None
    if eldest is not None and not _AGE_EXTREMES[eldest] & said:
        return f"no {eldest} one in {entry.slug}"
    # ("who threw a pie at Dana Holt?": Holt's own entry answers only with someone else's
    # name, as "Successor: Sam Reyes" does for "who replaced Holt?"; not "who is Holt?")
    # (not when the question only describes the person, by a deed or role their entry goes by:
    # "who made a human bridge?" of the entry "Ana Vellan", whose title answers)
    if (question.qtype == "who" and entry.kind in PERSON_KINDS and entry.slug in question.named
            and _called_by_name(question, entry)
            and not question.recalled and not _asks_who_is(question, entry)
            and not any(c.slug == entry.slug and (_sets_scene(c, question) or _follows(
                c, question, _NOW_THAT)) for c in question.concepts)
            and not any(_person_named(text, question)
                        for text in [*(_fact_text(n, v) for n, v in facts)] or [entry.summary])):
        return f"names no one but {entry.slug} in {entry.slug}"
    if question.qtype == "who":
        # "who's the chairman of the ferry line?", "who was the guy who found the anchor?":
        # another body's chairman, or whoever found something else, is no answer unless the
        # entry says it is the ferry line's, or the anchor.
        # "who was Acme's chief executive?": the one another body's entry gives is its own,
        # whatever its summary says of Acme
        for concept in question.concepts:
            owner = _possessive(concept, question)
            owned = stems(" ".join([*(f"{n} {v}" for n, v in facts), entry.title,
                                    *entry.aliases]).replace("_", " ")) if owner else (
                said | _kin(entry, question, concept))
            # ("who was convicted over the crash?": what the conviction arose from, which it
            # need not mention)
            if _unmentioned(concept, question, entry, owned) and (
                    owner or not _follows(concept, question, _CAUSES)):
                return f"{_NOTHING_ABOUT} {concept.word} in {entry.slug}"
        # ("who was the CEO of the GPX?": a body typed as a name that no entry is named
        # by, whose officer the facts shown and the entry's names must name it for, or a
        # person's own summary)
        body = _officer_of(question)
        if body is not None and body not in (said if entry.kind in PERSON_KINDS else stems(
                " ".join([*(f"{n} {v}" for n, v in facts), entry.title, *entry.aliases])
                .replace("_", " "))):
            return f"{_NOTHING_ABOUT} {body} in {entry.slug}"
    # ("who chaired the inquiry that cleared the skipper?": the chair, which a reply naming the
    # skipper and the inquiry but no chair does not give)
    post = _post_done(question)
    if post is not None and post[1].isdisjoint(said):
        return f"{NO_ONE_WHO} {post[0]} in {entry.slug}"
    if role is not None:
        alts = {stem(f) for f in [role, *synonyms_of(role)]} | _doer_verb(question.tokens) | (
            _RUNNING_POSTS if role == "running" else set())
        # "who sat on the jury?": a fact named `jury` lists who did
        named_for = stems(" ".join(n.replace("_", " ") for n, _ in facts))
        # (an entry of the kind named is one: "who was the contractor?" of a `contractor`)
        if alts.isdisjoint(said | {stem(entry.kind)}) and not (
                role == "members" and _sat_on(question.tokens) & named_for) and not (
                role in _STAFF_NOUNS | _ANYONE_WORDS and _names_a_person(entry, facts, question)
            ) and not (role in _ANYONE_WORDS and entry.kind in PERSON_KINDS):
            return f"no {role} in {entry.slug}"
        # ("who was Acme's chief financial officer?": a chief operating officer is not it;
        # each word qualifying a post of an owner named must be said too)
        free = {c.word: c for c in question.concepts if c.slug is None and not c.soft}
        run = _role_run(question.tokens)
        tokens = question.tokens
        owned = run[0] in tokens and tokens[max(tokens.index(run[0]) - 1, 0)] == "s"
        for word in run[:-1] if owned else ():
            # (not how many hold it: "Acme's two chief pilots")
            # (a word the store never uses is one no fact says)
            if word not in _FEW and not word.isdigit() and (word in question.unknown or (
                    word in free and not _holds(free[word], said))):
                return f"no {word} {role} in {entry.slug}"
        # ("who was the acting administrator?": a deputy, an interim, is another post)
        other = next((w for w in run[:-1] if w in _OTHER_POSTS and stem(w) not in said), None)
        if other is not None:
            return f"no {other} {role} in {entry.slug}"
    # ("how much did Dana Holt herself get?": the facts shown must name her, not only the
    # group payout of an entry whose summary mentions her)
    quoted = stems(" ".join(f"{n} {v}" for n, v in facts).replace("_", " ")) if facts else (
        stems(entry.summary))
    # (her own entry's facts are all about her: "what did Sam Reyes himself say?")
    # (and of a sum, the fact giving it: "Amount: $50 million a year" beside "Led by: Sam
    # Reyes" is the group's, not what Reyes "personally" put in)
    summed = [stems(f"{n} {v}".replace("_", " ")) for n, v in facts
              if SHAPES["money"].search(v)] if question.qtype == "amount" else []
    # (an entry whose own name says whose sum it is is theirs: "Acme's $5 million settlement";
    # not "Osprey's warehouse fire", whose payouts may be anyone's)
    # (nor one whose name says it is a sum someone paid, "Acme's regulator settlement", when no sum
    # of it names another party: not "Supplier payment: Ternparts: $20 million")
    own_name = stems(" ".join(m.group(1) for m in _OWNER_IN_TITLE.finditer(entry.title))) if (
        SHAPES["money"].search(entry.title) or (
            not _SUMS_PAID.isdisjoint(stems(entry.title)) and not any(
                _PARTY.search(v) for _, v in entry.fields.items()
                if SHAPES["money"].search(v)))) else frozenset()
    for concept in _emphasized(question):
        if concept.slug != entry.slug and not _holds(concept, own_name) and (
                not _holds(concept, quoted) or (summed and not any(
                _holds(concept, held) or _named_else(concept, question, held)
                for held in summed))) and not _named_else(concept, question, quoted):
            return f"{_NOTHING_ABOUT} {concept.word} alone in {entry.slug}"
    # ("before the act shrank it, how many seats did the board have?": not "cut to 7 seats")
    if question.qtype in _FIGURES and _before_change(question.tokens) and _only_changed_to(
            facts):
        return f"only the figure after a change in {entry.slug}"
    return None


# A place in an order asked of the one "who" or "which" asks for, and the words saying it
_ORDER_SAID = {"first": frozenset(stem(w) for w in ("first", "earliest")),
               "last": frozenset(stem(w) for w in ("last", "final", "latest")),
               **{w: frozenset({stem(w)}) for w in "second third fourth fifth".split()}}
# The ends of an order by age, and the words that say one ("the oldest" is the eldest)
_AGE_EXTREMES = {"youngest": frozenset({stem("youngest")}),
                 **dict.fromkeys(("oldest", "eldest"), frozenset(stem(w) for w in (
                     "oldest", "eldest")))}
_VERY = frozenset({"very"})
_LINKS = frozenset("was were is are s".split())
# (not a time it happened at: "who skippered the Tern the first time she sank?")
_ORDER_TIMES = frozenset("time times day days week weeks month months year years night nights "
                         "hour hours".split())


def _order_asked(tokens: list[str]) -> str | None:
    """"Which deckhand was the very first one off?", "who was the last to leave?": the place
    in an order the one asked holds ("first"), as "is the first"; None when none is asked."""
    for i, token in enumerate(tokens):
        if token not in _ORDER_SAID:
            continue
        # (the one asked is it: "who was the first ...", not "which judge blocked the first ban")
        before = [t for t in tokens[:i] if t not in _VERY][-2:]
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if before[-1:] == ["the"] and before[0] in _LINKS and after not in _ORDER_TIMES:
            return token
    return None


NO_ONE_WHO = "no one who"  # (the start of a reason: the post asked is held by no one said)


def _post_done(question: Question) -> tuple[str, frozenset[str]] | None:
    """"Who chaired (captained, skippered) the inquiry?": the deed asked and its stems, when it
    is holding a post its own words name (`chair`, `captain`), which the reply must say; not a
    deed of whoever is in charge ("who ran it?", checked as a role) nor any other ("who wrote
    it?")."""
    deed = question.deed
    if question.qtype != "who" or deed is None or deed in _IN_CHARGE:
        return None
    alts = frozenset(stem(w) for w in (deed, *synonyms_of(deed)))
    return (deed, alts) if not alts.isdisjoint(_POSTS) else None


def _unshaped(question: Question, entry: Entry, profile: _Profile, facts,
              said: frozenset[str]) -> str | None:
    """Why no picked fact has the shape asked ("when": a date, "how many X": a number of X),
    or the one that has it is about another name, year or thing than the question's."""
    done = _done_so_far(question)
    shapes = NEEDS_SHAPE.get(question.qtype)
    # (nor where a year is asked, not one in a name: "did Texas have rolling blackouts in 2011
    # too?" of the entry on 2011)
    if not shapes and question.qtype != "why" and not (question.years - {
            w for c in question.concepts if c.slug is not None for w in c.word.split()}):
        # "what's the score of the Tern?": another entry's score is no answer unless it says
        # it is the Tern's ("why did the board drop the plan?" asks the plan's reasons, which
        # need not name the board)
        # (every entry is about the pack's subject; "charged over the fire", "tests under the
        # order" name what the asked thing arose from, which it need not mention)
        # ("what did Dana Holt do before she joined the board?": Sam Reyes's own entry, whose
        # summary says he sat with Holt, gives Reyes's background, not Holt's, unless a fact
        # shown names her)
        shown = stems(" ".join([*(_fact_text(n, v) for n, v in facts), entry.title,
                                *entry.aliases]))
        for concept in question.concepts:
            held = shown if _another_person(concept, question, entry) else (
                said | _kin(entry, question, concept))
            if _unmentioned(concept, question, entry, held) and not _mentions(
                    concept, question, question.subject) and not _follows(
                    concept, question, _CAUSES) and not _follows(
                    concept, question, _UNDER, bare=False):
                return f"{_NOTHING_ABOUT} {concept.word} in {entry.slug}"
    # ("how much did the ferry line pay the families?": a sum someone else paid them is no
    # answer, unless the entry says the line paid too)
    # ("how much did the lawyers take in fees?": a sum of a thing the store never names)
    unnamed = _sum_in(question) if question.qtype == "amount" else None
    if unnamed is not None:
        return f"asks for {unnamed}"
    payer = _payer(question) if question.qtype == "amount" else None
    if payer is not None and any(
            not _mentions(c, question, said | _kin(entry, question, c)) and c.slug != entry.slug
            and not question.recalled for c in payer[1]):
        return f"{_NOTHING_ABOUT} {payer[0]} in {entry.slug}"
    if not shapes:
        # ("where did Dana Holt go to high school?": not the Gullport her entry names)
        if _unsaid_place(question, entry, facts):
            return f"asks for {', '.join(question.unknown)}"
        if _origin_unsaid(question, entry, facts):
            return f"no home town in {entry.slug}"
        if _placeless(question, entry):
            return f"no place given in {entry.slug}"
        if question.qtype == "who" and _names_no_one(question, entry, facts):
            return f"no one named in {entry.slug}"
        institution = _which_institution(question.tokens)
        if institution is not None and _only_generic(institution, entry):
            return f"no {institution} named in {entry.slug}"
        return None
    texts, names, sentences, fitting = _fitting(question, entry, profile, facts)
    if not fitting and not (_called_by_title(entry, profile, question)
                            or _named_by_role(entry, question)
                            or _called_by_summary(entry, profile, question)):
        return f"no {question.qtype} fact in {entry.slug}"
    # ("how many people live in Gullport now?": a figure named for a time before, "Population
    # before: 7,100", is not today's)
    named_fitting = [name for text, name in zip(texts, names, strict=True)
                     if name and text in fitting]
    if question.qtype in _FIGURES and named_fitting and _of_the_present(question.text) and all(
            not _BEFORE_NAMED.isdisjoint(re.split(r"[\s_]+", name)) for name in named_fitting):
        return f"only a figure from before in {entry.slug}"
    # ("when is the Tern due back in service?": the date of a plan, not of what already
    # happened; a fact named for the end asked, `completion`, dates it either way)
    if _asks_planned_date(question) and not any(
            _dated_ahead(t) or (n and _names_end_asked(question, n))
            for t, n in zip(texts, names, strict=True) if t in fitting):
        return f"no planned date in {entry.slug}"
    # ("how many homes have been rebuilt?": the figure's own fact says they were rebuilt; an
    # entry's own count, "count: 11 boats", counts what its title says was done, "Boat refits")
    own_count = any(n in _OWN_COUNTS for t, n in zip(texts, names, strict=True) if t in fitting)
    if done is not None and not _holds(done, stems(" ".join(
            [*fitting, entry.title if own_count else ""]))):
        return f"no figure of what was {done.word.replace('_', ' ')} in {entry.slug}"
    # "How much did Ryanair lose?": an amount that is not about Ryanair is no answer, however
    # much of the rest of the question it holds. Names and years are what a fact must be about.
    # A name the fact leaves out ("..., excluding Acme") is not what it is about.
    # A year it gives only as a point of comparison ("the first strike since 1980") does
    # not date what it is about either, unless the question asks since when too.
    since = (lambda t: t) if "since" in question.tokens else (
        lambda t: _SINCE_YEAR.sub(" ", t))
    # (nor is a name the summary gives only as an example or in a list of three, below,
    # though it holds the figure)
    about = stems(" ".join(since(_EXCLUDED.sub(" ", _members(t) if t in sentences else t))
                           for t in [*fitting, entry.title, *entry.aliases]))
    # A name the summary gives, or the place the entry says it is in ("that Waco co-op"),
    # describes the whole entry.
    # A name it gives only as an example of a group ("banks, including the Harbour Bank") is
    # one member of what the entry is about, and the group's figure is not that member's.
    # So does the fact saying who did it, `by` ("how much was the harbour master's deal with
    # Acme worth?" of the deal whose `by` is Harbour Master Dana Holt).
    summary = stems(" ".join([since(_members(_EXCLUDED.sub(" ", entry.summary))), *(
        value for name, value in entry.fields.items()
        if name in _DOER_FIELDS or not _BASED.isdisjoint(stems(name.replace("_", " "))))]))
    # "How much was the fine?": a share of phones returned is not the fine, however many of
    # the question's other words it holds.
    # A fact named for a narrower word is about the word asked: a `fine` is a penalty (its
    # name only: a summary saying who "runs" a plant says nothing of a chief executive's pay).
    kinds = stems(" ".join(n for t, n in zip(texts, names, strict=True) if t in fitting))
    # A noun made from a verb is said by the verb too ("how much was the Acme settlement?" of
    # a summary saying Acme "settled for $2 million").
    for word in question.out_of_scope:
        alts = _asked_forms(word, question) | {stem(w) for w in verb_of(word)}
        if _shaped(word, question, entry) or _scene_held(word, question, profile) or (
                _named_for_deed(word, entry)) or paid_to(word, question, entry):
            continue
        # (a short form everyone knows is said spelt out: "CFO", "chief financial officer")
        if (about.isdisjoint(alts) and summary.isdisjoint(alts)
                and kinds.isdisjoint(_MEANT_BY.get(stem(word), ()))
                and not any(stems(f) <= about | summary for f in KNOWN_SHORT_FORMS.get(word, ()))):
            return f"{_NOTHING_ABOUT} {word.replace('_', ' ')} in {entry.slug}"
    noun = question.noun
    story = _story_words(question)
    for concept in question.concepts:
        # (the noun "how many" counts is checked below, by what the facts count)
        named = concept.slug is None and not concept.soft and concept.word != noun and (
            _is_name(concept.word, question) or concept.word in question.years) and not (
            _term_of(concept, entry)) and not story.issuperset(concept.word.split())
        # (a name the entry's summary gives is what the whole entry is about)
        # So does a name in the pack's subject that names no entry of its own ("the Chilean
        # prosecutors" in a pack on a mine in Chile, whose entries need not say "Chile").
        # A name that only sets the scene ("before covid hit") may be anywhere in the entry.
        # (not a year right after "during": "how many crossings during 2021" wants 2021's; one
        # deep in the clause dates the scene: "during the pier's inspection in early 2024, how
        # many checks did Acme fail?" of the inspection whose fields say 2024)
        whole = (stems(" ".join(since(t) for t in [entry.summary, *entry.fields.values()]))
                 if named and _sets_scene(concept, question) and (
                     concept.word not in question.years or not _follows(
                         concept, question, _SCENE_WORDS)) else frozenset())
        if named and not _holds(concept, about | summary | question.subject | whole | _kin(
                entry, question, concept)) and not (
                _spelt_in(concept.word, question, entry)):
            return f"{_NOTHING_ABOUT} {concept.word} in {entry.slug}"
        # "How much did the ferry cost to repair?": another entry's cost is no answer unless
        # it says it is about the ferry, the entry the question names ("during the strike"
        # only sets the scene).
        # ("how many crossings did Holt skipper?": Reyes's own entry, whose summary says she
        # sailed with Holt, gives Reyes's count, not Holt's)
        seen = stems(" ".join([*(t for t in fitting if t not in sentences), entry.title,
                               *entry.aliases])) if _another_person(
            concept, question, entry) else about | summary | _kin(entry, question, concept)
        # ("how many were killed in the Piper Alpha disaster?", "at Gullford": the story
        # the pack is about, named as where it happened, which its death toll's entry need not
        # say)
        # (or by a name of it no entry has: "the GHB thing" of a pack on the Gull Harbour
        # Board strike)
        if _unmentioned(concept, question, entry, seen) and not _story_placed(
                concept, question) and not (
                _holds(concept, question.subject) and concept.slug is None
                and _is_name(concept.word, question)) and not (
                story.issuperset(concept.word.split())):
            return f"{_NOTHING_ABOUT} {concept.word} in {entry.slug}"
    # ("how much did Acme pay to buy the pier back in 1968?": the entry's summary says it
    # bought the pier in 1968, but every figure shown is dated another year, "Payments: $9
    # million (1994)": a figure of another time)
    # ("what was Osprey's share of the crossings?": a figure the fact giving it says is
    # Osprey's, or one of Osprey's own entry; "Acme share: 89%", beside "Rivals: Osprey", is
    # Acme's)
    owner = _figure_owner(question, entry, fitting)
    if owner is not None:
        return f"no figure of {owner}'s in {entry.slug}"
    undated = _figure_of_another_year(question, entry, fitting, sentences)
    if undated is not None:
        return f"no figure of {undated} in {entry.slug}"
    counted = _miscounted(question, entry, profile, facts) if noun is not None else None
    if counted is not None:
        return counted
    # "how long did the talks on the north pier last?": the day they were held is no span
    # ("Met at the north pier on May 3"); a date says how long only as one end of a span
    # ("from May 3 to June 9", "shut since May 3"), unless the question asks the dates
    # themselves ("start and finish dates"); in a summary, only a sentence about what is asked
    # ("Dana Holt answered ten hours of questions at the inquiry" is no span of the talks;
    # the words of a title saying what is asked count, "The Holt trial": "sentenced to ten years")
    if question.qtype == "duration" and _DATES_ASKED.isdisjoint(question.tokens) and not any(
            _spans(t) if t not in sentences or not question.attributes else any(
                _spans(x) and _holds_share(question, stems(x) | _title_says(question, entry))
                for x in _SENTENCE.split(t))
            for t in fitting):
        return f"no {question.qtype} fact in {entry.slug}"
    # A question after a fact whose own words are unknown to the store asks for something the
    # picked facts do not say, unless they hold another of its words.
    # ("how much money went into the fund?": in a question of a sum, the word for money is the
    # kind asked, which a fact of that shape gives, not a thing)
    attributes = [c for c in question.concepts if c.slug is None and not c.soft]
    # ("when did the board put the cap on Acme?": a verb that only carries the thing named,
    # the cap, asks nothing of its own when no other word is asked)
    # ("how fast was the Tern's top speed compared to the Gull's?": the comparison asks both
    # figures, no third thing)
    # ("what share was GM to own under the original deal?": a word placing it before a
    # change asks the figure before it, which `_only_changed_to` checks, no thing)
    unknown = [w for w in question.unknown if w not in _COMPARED and w not in _BEFORE_CHANGE
               and not (
        question.qtype == "amount" and w in _MONEY_NOUNS
        and any(SHAPES["money"].search(t) for t in texts)) and not (
        w in _SUPPORT_VERBS and not attributes and question.named)]
    # ("how many of the harbour skiffs joined the rescue flotilla?" of the flotilla's own
    # `count`: it counts what its entry is, however the question calls them)
    counted_own = question.noun is not None and entry.slug in question.named and any(
        n in _OWN_COUNTS for n, _ in facts)
    if unknown and not counted_own and not any(
            _holds(c, stems(" ".join(texts))) for c in attributes):
        return f"asks for {', '.join(unknown)}"
    return None


def _fitting(question: Question, entry: Entry, profile: _Profile, facts):
    """The texts the reply would show (each picked fact, then the summary whole or sentence
    by sentence), their fact names ("" for the summary), the summary's sentences, and those
    of the texts that have the shape asked and fit the question."""
    # The reply shows the picked facts and the summary: either may hold the fact.
    # (the summary of an entry the question is not about, one sentence at a time: a date fits
    # only with what it is the date of, not "signed it on May 12, 2021. It also creates a
    # board" for "when was the pier built")
    own = _own(question, entry)
    # (and one telling of several years, of which the question asks one, a sentence at a time:
    # "the 2000 deal" is not the "55 billion lire" ordered in 1997)
    years = set(_YEARS_GIVEN.findall(entry.summary))
    dated = len(years) > 1 and not years.isdisjoint(question.years)
    # (and, for a name, always: it must be given beside what is asked of, not anywhere)
    sentences = [entry.summary] if own and not dated and question.qtype != "names" else (
        _SENTENCE.split(entry.summary))
    texts = [*(_fact_text(name, value) for name, value in facts), *sentences]
    names = [*(name.replace("_", " ") for name, _ in facts), *("" for _ in sentences)]
    titled = _title_says(question, entry)
    head = _name_head(question.tokens) if question.qtype == "names" else None
    fitting = [t for t, n in zip(texts, names, strict=True) if _fits(question, t, n, own, titled)
               # "the names of the guards": a fact naming them; a summary names the story's
               # own players whatever it says of the guards
               # (a summary written as a paragraph alone may: a sentence naming what is asked
               # of, "the book 'Gull Tides'")
               and not (question.qtype == "names" and t in sentences
                        and (bool(entry.fields) or not _names_beside_asked(question, t, head)))
               and not (n and _named_for_another(n, t, profile, question))
               and not _figure_apart(question, entry, n, t)
               # (a sentence of such a summary dating another year only)
               and not (dated and t in sentences and _of_other_years(t, question))]
    # (the thing named, when the question says it: "the name of the bar where the victims
    # were" asks a bar's name, not a person's)
    of_person = head in _PERSON_NOUNS if head is not None else not _PERSON_NOUNS.isdisjoint(
        question.tokens)
    if question.qtype == "names" and not _title_names(entry, question, of_person):
        # "the names of the two pilots": a name the question and the subject do not already
        # give, unless the entry's own title is one ("Dana Holt" for "the name of the guy who")
        fitting = [t for t in fitting if _named_first(t, question)
                   or _gives_name(_shown_as(t, sentences), question)]
        # "the name of the guy whose car burned": a person's name, not a town or a firm
        if of_person:
            fitting = [t for t in fitting if _named_first(t, question)
                       or _person_named(_shown_as(t, sentences), question)]
        # "what's Dana Holt's husband called?": "greeted by her husband and her son Sam"
        # speaks of him but names only the son
        if head is not None:
            fitting = [t for t in fitting if _named_first(t, question)
                       or _names_beside(head, _shown_as(t, sentences), question)]
    # "when did Dana Holt step down?": a date of what others did ("Sam Reyes resigned May 3")
    # is not hers, unless the entry is her own
    dated = _dated_person(question, entry) if question.qtype == "when" else None
    if dated is not None:
        fitting = [t for t in fitting if t in sentences or dated in stems(t)
                   or not _person_named(t.partition(": ")[2], question)]
    speaker = _speaker(question, entry) if question.qtype == "said" else frozenset()
    # (the speaker's own entry, not one whose title names another too: "Holt-Reyes talks")
    if speaker and not (speaker <= stems(" ".join([entry.title, *entry.aliases])) and (
            entry.kind in PERSON_KINDS or not _names_other(entry.title, speaker))):
        # "what did Grace Hill say to the council?": what someone else the fact names said
        # ("Reyes apologized") is no answer; "she said", "the company said" may be
        # (another the question names is another too: "what did Reyes say when Holt ...")
        asked = (stems(question.text) - {stem(w) for w in question.proper}) | speaker
        # (a summary, one sentence at a time: "she hailed the deal as 'historic'. She quit
        # after a clash with Sam Reyes" is no saying of Reyes's)
        fitting = [t for t in fitting if (any(
            (_said_by(speaker, x) or not _names_other(x, asked)) and _fits(question, x, "", own)
            for x in _SENTENCE.split(t)) if t in sentences else (
                _said_by(speaker, t) or not _names_other(t.partition(": ")[2], asked)))]
    return texts, names, sentences, fitting


def _dated_person(question: Question, entry: Entry) -> str | None:
    """The stem of the surname of the person a "when" question names in full ("when did
    dana holt resign?"), as the entry writes a name ("Dana Holt"), unless the entry is that
    person's own."""
    text = " ".join([entry.summary, *entry.fields.values()])
    # (an entry on a body may list its chair among its own names: not the chair's own entry)
    own = stems(" ".join([entry.title, *(entry.aliases if entry.kind in PERSON_KINDS else ())]))
    tokens = question.tokens
    for first, last in zip(tokens, tokens[1:], strict=False):
        if first in STOP or last in STOP or not first.isalpha() or not last.isalpha():
            continue
        # (not the start of a longer name, a body's: "Harbour Ferries Relief Fund")
        for match in re.finditer(rf"\b{re.escape(first)}\s+{re.escape(last)}\b(?!\s+(?-i:[A-Z]))",
                                 text, re.IGNORECASE):
            # (a surname may be a place's word, "Dana Lake"; a first name is not, "Lake Gull")
            if (_FULL_NAME.fullmatch(match.group()) and first not in _NOT_PEOPLE
                    and stem(last) not in own):
                return stem(last)
    return None


# The nouns for a figure someone has ("Acme's revenue", "its market cap", "her stake")
_OWNED_FIGURES = MONEY_WORDS | frozenset(
    "share shares stake cap capitalization valuation sales turnover price headcount".split())


def _figure_owner(question: Question, entry: Entry, fitting: list[str]) -> str | None:
    """The name a figure is asked of by a possessive ("what was Osprey's share?"), when it names
    another entry than this one and neither a text giving a figure nor the entry's own names
    or summary hold it; None otherwise."""
    if question.qtype not in _FIGURES or not fitting:
        return None
    tokens = question.tokens
    held = stems(" ".join([*fitting, entry.title, *entry.aliases, entry.summary]))
    for concept in question.concepts:
        span = concept.word.split()
        # (of a figure named after it, "Osprey's market share"; not "Holt's garage")
        owned = any(tokens[i:i + len(span)] == span and tokens[i + len(span)] == "s"
                    and (run := list(itertools.takewhile(
                        lambda t: t not in STOP and t.isalpha(), tokens[i + len(span) + 1:])))
                    and run[-1] in _OWNED_FIGURES
                    for i in range(len(tokens) - len(span) - 1))
        if owned and concept.slug is not None and concept.slug != entry.slug and not (
                _holds(concept, held)):
            return concept.word
    return None


# Any year a text names, by word boundaries alone ("June 13, 2018," too, which
# `_YEARS_GIVEN`, made to tell years from sums, leaves out before a comma)
_ANY_YEAR = re.compile(r"\b(?:1[6-9]|20)\d\d\b")


def _figure_of_another_year(question: Question, entry: Entry, fitting: list[str],
                            sentences: list[str]) -> str | None:
    """The year a figure is asked for ("how much did it cost in 1968?") when every text giving
    a figure of that shape names years, none of them that one (nor a span holding it); None
    otherwise."""
    if question.qtype not in _FIGURES or not fitting:
        return None
    tokens = question.tokens
    start = next((i for i, t in enumerate(tokens) if t in QUESTION_WORDS), len(tokens))
    asked = [t for i, t in enumerate(tokens) if t in question.years and t.isdigit()
             and i > start and tokens[i - 1] in _FOR_YEAR]
    # (an entry titled with the year is all of that year: "Acme settlement (2007)")
    if len(asked) != 1 or asked[0] in _ANY_YEAR.findall(entry.title):
        return None
    # (a sentence clause by clause: "bought the pier in 1968; it paid $9 million in 1994" dates
    # the sum 1994, and the purchase, which has no figure, 1968; a text that names no year may
    # be of any)
    for text in fitting:
        if not _ANY_YEAR.search(text):
            return None
        for clause in re.split(r";", text) if text in sentences else [text]:
            if asked[0] in {*_ANY_YEAR.findall(clause), *spanned_years(clause)} and any(
                    not _ANY_YEAR.fullmatch(m.group()) for m in _FIGURE.finditer(clause)):
                return None
    return asked[0]


# A count of the dead asked ("how many died?", "how many were killed?") ...
_DEATH_COUNTED = frozenset("die died dead killed perished drowned".split())
# ... which a text gives in words for death
_DEATH_SAID = re.compile(r"\b(?:di(?:e|ed|es)|dead|deaths?|kill(?:ed|ing|s)?|fatal\w*|perish\w*|"
                         r"drown\w*|lives|bodies|victims?|casualt\w+|murder\w*)\b",
                         re.IGNORECASE)
# A count of the injured asked ("how many passengers were hurt?"), and its words
_HURT_COUNTED = frozenset("injured hurt wounded".split())
_HURT_SAID = re.compile(r"\b(?:injur\w*|hurt|wound\w*|casualt\w+|hospitali[sz]\w*)\b",
                        re.IGNORECASE)


def _death_counted(question: Question, deeds: frozenset[str] = _DEATH_COUNTED) -> bool:
    """Does "how many" ask a count of the dead, a word for dying said of the noun counted
    ("how many soldiers died", "... were killed"; not "how many families of the dead sued")?
    (Or of those who underwent other `deeds`: the injured.)"""
    tokens, noun = question.tokens, question.noun
    after = tokens[tokens.index(noun) + 1:] if noun in tokens else tokens
    said = list(itertools.takewhile(lambda t: t != "of", after[:_DEATH_REACH]))
    return not deeds.isdisjoint(said)


_DEATH_REACH = 3


def _miscounted(question: Question, entry: Entry, profile: _Profile, facts) -> str | None:
    """Why no picked fact (nor the summary) gives a number of what "how many" counts."""
    noun = question.noun
    alts = set(question.counting)
    title = stems(entry.title) - _STOP_STEMS
    if alts & stems(" ".join([entry.title, *entry.aliases])):
        alts |= title  # "how many directors quit" of the board's entry: "five board members"
    given = frozenset(t for t in question.tokens if t.isdigit())
    # (the entry's own count stands for another word for what it counts, "critters" for
    # its fish; not for a post or part people have: "how many passengers did the flotilla
    # rescue?" is no count of its 11 boats)
    # (nor does it for a unit: "how many miles do I need?" is no count of 177 people aboard)
    unseen = noun not in _PERSON_NOUNS and not _a_unit(noun)
    counting = [(name, value) for name, value in [*facts, ("", entry.summary)]
                if (_counts(alts, name, value, given)
                    or (unseen and _own_count(name, value, given)))
                and not (name and _named_for_another(
                    name.replace("_", " "), _fact_text(name, value), profile, question))]
    if not counting:
        return f"{_NO_COUNT} {noun} in {entry.slug}"
    # ("how many soldiers died in the landing?": a count that says they died, not "42,000
    # troops", nor a town's "population: 30,000 people"; a fact shown named for the dead may
    # say it, `deaths`, as may the entry's own name, "The toll of the flood"; as must a count
    # of the hurt: "how many passengers were hurt?" is no count of those aboard)
    for asked, said, who in ((_DEATH_COUNTED, _DEATH_SAID, "died"),
                             (_HURT_COUNTED, _HURT_SAID, "were hurt")):
        if _death_counted(question, asked) and not any(
                said.search(_fact_text(name, value) if name else value)
                for name, value in counting) and not any(
                said.search(name.replace("_", " ")) for name, _ in facts) and not (
                said.search(" ".join([entry.title, *entry.aliases]))):
            return f"{_NO_COUNT} {noun} who {who} in {entry.slug}"
    # ("how many witnesses and findings did the inquiry have?": a count of each)
    joined = _joined_noun(question.tokens, noun)
    shown = [*facts, ("", entry.summary)]
    for each in (noun, joined) if joined else ():
        if not any(_counts(set(_counting(each)), name, value, given) for name, value in shown):
            return f"{_NO_COUNT} {each} in {entry.slug}"
    country = _counted_country(question)
    if country is not None and not any(
            not _country_forms(country).isdisjoint(words(_fact_text(name, value)))
            for name, value in counting) and _country_forms(country).isdisjoint(
                words(" ".join([entry.title, *entry.aliases]))):
        return f"{_NO_COUNT} {country} {noun} in {entry.slug}"
    aboard = _aboard_elsewhere(question, entry, counting)
    if aboard is not None:
        return f"{_NO_COUNT} {noun} aboard {aboard} in {entry.slug}"
    of = question.counted_of
    if of and not _counted_of_held(of, entry, counting, alts):
        return f"{_NO_COUNT} {noun} of {' '.join(sorted(of))} in {entry.slug}"
    return None


def _counted_country(question: Question) -> str | None:
    """"How many Japanese passengers were aboard?": the country word right before the noun
    counted, which the count must be of (not "237 passengers", all of them)."""
    tokens, noun = question.tokens, question.noun
    at = tokens.index(noun) if noun in tokens else 0
    if at and tokens[at - 1] in COUNTRY_OF:
        return tokens[at - 1]
    # ("how many of the passengers were French citizens?", "... were from Spain?": one said
    # of the noun after it, unless the pack's own story is that country's)
    rest = tokens[at + 1:] if noun in tokens else []
    for i, token in enumerate(rest):
        if token in _BE:
            after = rest[i + 1:i + 3]
            after = after[1:] if after[:1] == ["from"] else after
            if after and after[0] in COUNTRY_OF and not _country_forms(after[0]) & set(
                    question.subject):
                return after[0]
            break
    return None


def _country_forms(word: str) -> set[str]:
    """The words for a country's own ("japanese": japan, japanese)."""
    return {w for w, country in COUNTRY_OF.items() if country == COUNTRY_OF[word]}


def _a_unit(noun: str | None) -> bool:
    """Is the noun a unit of measure or of time ("miles", "kg", "hours", "barrels")?"""
    return noun is not None and (stem(noun) in _UNIT_STEMS or noun in _TIME_UNITS
                                 or _MEASURE_UNITS.fullmatch(noun) is not None)


def _counted_of_held(of: frozenset[str], entry: Entry, counting, counted: set[str]) -> bool:
    """"How many MW of wind": is the count of wind? A fact giving the figure says so, or the
    entry's names or keywords say the entry is about wind ("how many hours of air did the
    Tern carry?" of an entry with the keyword "air supply", whose `life_support` gives
    hours); but not where the entry lists wind as one kind among others ("ferries, tugs,
    wind and tidal plants failed"): its figure may be of any of them, or of none."""
    alts = of | {stem(w) for s in of for w in synonyms_of(s)}
    if any(alts & stems(f"{name} {value}") for name, value in counting):
        return True
    # (or its summary, of a fact counting the very thing asked: "Acme's estimates of the gold
    # at Gull Ridge" of "71 million ounces"; not of "2 million people" for "curies of iodine")
    said = [entry.summary] if any(counted & stems(value) for _, value in counting) else []
    names = stems(" ".join([entry.title, *entry.aliases, *entry.keywords, *said]))
    return not alts.isdisjoint(names) and not any(
        _listed_kind(word, text) for word in of for text in [entry.summary, *entry.fields.values()])


# A clause of an entry's text: lists of kinds are looked for one at a time
_LIST_CLAUSE = re.compile(r"[^;.:()]+")
_AND_OR = re.compile(r"\b(?:and|or)\b")


def _listed_kind(word: str, text: str) -> bool:
    """Does `text` give the stem `word` as one item of a list ("gas, coal, wind and nuclear
    plants", "Ferries, tugs, wind turbines"): a clause holding it with two commas, or with
    one and an "and" or "or"? Only in lower case: in "the Army and Air Force" air is a name's."""
    for clause in _LIST_CLAUSE.findall(text):
        commas = clause.count(",")
        common = " ".join(w for w in clause.split() if not w[:1].isupper())
        if word in stems(common) and (commas >= 2 or (commas and _AND_OR.search(clause))):
            return True
    return False


# "how many crew were on board the Tern?": the words that put people on a thing
_ABOARD = frozenset("on aboard onboard on_board".split())


def _aboard_elsewhere(question: Question, entry: Entry, counting) -> str | None:
    """"How many crew were on the Tern?" of the entry on the launch of a skiff from the Tern:
    a count of people the entry gives is of its own thing's people ("5 aboard" the skiff),
    not of the named thing it only mentions, unless its names or the count say the named
    thing. The name of the thing asked of, or None when the count may be its."""
    if question.noun not in _COUNTED_PEOPLE:
        return None
    names = stems(" ".join([entry.title, *entry.aliases]))
    for concept in question.concepts:
        if (concept.slug is not None and concept.slug != entry.slug
                and _follows(concept, question, _ABOARD) and not _holds(concept, names)
                and not any(_holds(concept, stems(f"{name} {value}"))
                            for name, value in counting)):
            return concept.word
    return None


# "when is the Tern scheduled to sail again?", "when was the hearing set for?": the time of a
# plan (not "due to the storm", a cause)
_PLAN_ASKED = frozenset("scheduled expected supposed slated planned projected due".split())
# What a fact giving a planned time says before it: "expected to reopen as early as Thursday",
# "would be finished by July", "set for March 3", "targeting 2027"
_LOOKS_AHEAD = re.compile(
    r"\b(?:expect\w*|schedul\w*|due|plan\w*|project(?:ed|ion)s?|slated|target\w*|aim\w*|"
    r"will|would|as early as|set (?:for|to)|next|upcoming|anticipated|forecast\w*)\b",
    re.IGNORECASE)
# ... or after it: "April 28-30 (planned)"
_PLANNED_AFTER = re.compile(r"^[^.;()]{0,30}\(\s*(?:planned|scheduled|expected|projected|proposed|"
                            r"tentative)\s*\)", re.IGNORECASE)
LOOK_BACK = 60  # characters before a date that may say it is planned
_CLAUSE_END = re.compile(r"[.;!?]\s")


def _asks_planned_date(question: Question) -> bool:
    """Does a "when" question ask for the time something is planned for ("when is Dana Holt
    due to be released?")? A fact dating what already happened (her reporting to prison)
    does not say when the plan falls."""
    tokens = question.tokens
    return question.qtype == "when" and any(
        t in _PLAN_ASKED and not (t == "due" and tokens[i + 1 : i + 2] == ["to"]
                                  and not _CAUSE_OPENERS.isdisjoint(tokens[i + 2 : i + 3]))
        for i, t in enumerate(tokens))


def _dated_ahead(text: str) -> bool:
    """Does the text give a date as what is planned ("Reopening: expected by March 3")? A
    date of what happened, with a plan elsewhere in the text ("On May 3 Acme said it would
    not add sailings"), is no date of the plan."""
    for match in SHAPES["date"].finditer(text):
        before = _CLAUSE_END.split(text[max(0, match.start() - LOOK_BACK):match.start()])[-1]
        if _LOOKS_AHEAD.search(before) or _PLANNED_AFTER.search(text[match.end():]):
            return True
    return False


# ("when was the pier shut due to the storm?": a cause, not a plan)
_CAUSE_OPENERS = frozenset("the a an its their his her this that these those".split())


def _unsaid_place(question: Question, entry: Entry, facts) -> bool:
    """Does a "where" question about a person ask for a place of a kind the briefing never
    speaks of ("where did Dana Holt go to college?", "where is Sam Reyes's father from?")?
    A person has many places (home, work, school, birth); words the store has never seen
    say which is asked, and when the facts shown hold none of the question's other words,
    a place they give is some other one of hers."""
    if question.qtype != "where" or entry.kind not in PERSON_KINDS or not question.unknown:
        return False
    shown = stems(" ".join([*(_fact_text(name, value) for name, value in facts),
                            entry.summary]))
    return not any(_holds(c, shown) for c in question.concepts if c.slug is None and not c.soft)


# Fact names that give where someone comes from ("hometown", `born`, `home`) ...
_ORIGIN_NAMES = frozenset(stem(w) for w in """from hometown home born birthplace birth origin
    origins native raised nationality citizenship""".split())
# ... and words that give it before a place's name ("from Gullport", "a native of Tern Bay",
# "born in Holt", "Dana Holt, of Gullport,"), or after it ("a Gullport native", "Tern-born")
_ORIGIN_SAID = re.compile(r"\b(?:from|born in|native of|grew up in|raised in|hails from|"
                          r"resident of|lived in|lives in)\s+(?:the\s+)?[A-Z]|,\s+of\s+[A-Z]|"
                          r"\b[A-Z][\w.'-]*(?:-born\b|\s+native\b)")


def _origin_unsaid(question: Question, entry: Entry, facts) -> bool:
    """"Where is Dana Holt from?", "what town was she from?": where a person comes from, which
    an entry says by a fact named for it or in words like "from Gullport", "a Tern Bay
    native"; not her job, nor "came home from the hearing"."""
    if question.qtype != "where" or entry.kind not in PERSON_KINDS or (
            question.tokens[-1:] != ["from"]):
        return False
    if any(not _ORIGIN_NAMES.isdisjoint(stems(name.replace("_", " "))) for name in entry.fields):
        return False
    return not any(_ORIGIN_SAID.search(text) for text in [*entry.fields.values(), entry.summary])


# "Where did Sam Reyes die?": a deed asked with no more than its doer between, as words
_DEED_CLAUSE = 5
# ... and not one that only says a place is asked ("where is the server located?")
_PLACING = frozenset("located location situated based headquartered sited".split())


def _placeless(question: Question, entry: Entry) -> bool:
    """"Where did Sam Reyes die?": an entry with a fact named for the deed asked (`died`) gives
    no place when neither that fact nor any sentence of its summary saying it names one
    ("Died: February 2, 2020"; "He died on May 2, 2021"; not "at sea", "in Gullport"): the
    place, if the briefing has it, is in another entry."""
    if question.qtype != "where" or "where" not in question.tokens:
        return False
    # (the deed ending the question's clause, "... die?", "... born?"; not "where was the
    # rate by May?", "where did they get the number from?": a level, a source)
    clause = _main_clause(question.tokens[question.tokens.index("where") + 1 :])
    if not clause or len(clause) > _DEED_CLAUSE or clause[-1] in STOP or (
            clause[-1] in _PLACING):
        return False
    last = stem(clause[-1])
    asked = [c for c in question.concepts if c.slug is None and not c.soft and last in c.alts]
    named = [(name, value) for name, value in entry.fields.items()
             if any(_holds(c, stems(name.replace("_", " "))) for c in asked)]
    if not named:
        return False
    own = {w.lower() for text in (entry.title, *entry.aliases) for w in words(text)}
    saying = [sentence for sentence in _SENTENCE.split(entry.summary)
              if any(_holds(c, stems(sentence)) for c in asked)]
    return not any(_holds_name(text, own) or _PLAIN_PLACE.search(text)
                   for text in [*(v for _, v in named), *saying])


def _names_no_one(question: Question, entry: Entry, facts) -> bool:
    """Does a reply to "who ...?" only say back what was asked ("who owned the rig?":
    "Defendants: The owners of the rig", and a summary naming only the rig)? Not when it
    names anyone besides the story's own names and the question's (the title too, which a
    reply to "who" shows), nor when a fact says more of who it was ("A control-room
    employee"): a "who" may be answered without a name, unless a post is asked. (Stricter
    than `_names_someone`, which takes a fact named for who, `defendants`, and any name as
    naming someone: here the story's own names and a fact that only says back the deed's doer
    count for nothing.)"""
    if entry.kind in PERSON_KINDS or not facts:
        return False
    known = question.subject | {a for c in question.concepts if c.slug is not None
                                for a in c.alts}
    if any(_holds_name(text, set(), known) for text in [
            entry.title, *(value for _, value in facts), *_SENTENCE.split(entry.summary)]):
        return False
    # ("who was the harbour board engineer who left?": a post asked, one holder's, whose
    # name a reply must give; not "who were the victims?", which a description answers)
    role = _role(question.tokens)
    if role is not None and (role in NAME_TITLES or role.endswith(_POST_ENDINGS)):
        return True
    asked = stems(question.text) | question.subject | _doer_stems(question)
    return all((said := stems(value) - _STOP_STEMS) and said <= asked for _, value in facts)


# Endings of a word for one holding a post ("engineer", "director", "economist")
_POST_ENDINGS = ("er", "or", "ist")


def _doer_stems(question: Question) -> frozenset[str]:
    """The stems of the nouns for one doing the deed asked ("who owned it?": owner)."""
    return frozenset() if question.deed is None else frozenset(
        stem(noun) for noun in doers(question.deed))


def _holds_name(text: str, own: set[str], known: frozenset[str] = frozenset()) -> bool:
    """Does a text hold a word written as a name that is no month, day, common word or name
    of the entry's own ("Gullport", "UK"; not "February", "The", "Reyes" in his own entry,
    nor "Buried" opening a sentence), nor one of `known`'s stems (names already given)?
    Not `_names_other`, which takes no everyday word for a name: places are often named in
    everyday words ("Long Island", "Tern Bay")."""
    return any((low := match.group().lower()) not in own and low not in _MONTH_WORDS
               and low not in _DAY_WORDS and low not in STOP and stem(low) not in known
               and not (_SENTENCE_OPENS.search(text[: match.start()]) and english(low))
               for match in re.finditer(r"\b(?:[A-Z][^\W\d_A-Z]{2,}|[A-Z]{2,}\b)", text))


# Where a sentence opens (before a word of it)
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:;]\s)[\s\"'“(]*$")
# Places said in plain words ("died at sea", "in hospital")
_PLAIN_PLACE = re.compile(r"\b(?:at sea|at home|in hospital|in prison|in jail|in custody|"
                          r"on board|aboard|abroad|overseas)\b", re.IGNORECASE)


# Places English speaks of without naming one ("jailed", "in hospital", "back at school"):
# "which prison is Reyes in?" asks for one by its name, and the words such a name holds
# ("Gullport General Infirmary", "FCI Tern Bay")
_PRISON_NAMED = r"Prison|Jail|Gaol|Penitentiary|Correctional|Detention|FCI|FMC|HMP"
_HOSPITAL_NAMED = r"Hospital|Infirmary|Medical|Clinic|Health"
_SCHOOL_NAMED = r"School|College|University|Academy|Institute|Polytechnic"
_INSTITUTIONS = {**dict.fromkeys(("prison", "jail", "penitentiary"), _PRISON_NAMED),
                 **dict.fromkeys(("hospital", "clinic"), _HOSPITAL_NAMED),
                 **dict.fromkeys(("school", "college", "university"), _SCHOOL_NAMED),
                 "church": r"Church|Cathedral|Chapel|Abbey"}
# ... or one named just after ("the prison at Gullport", "a hospital in Tern Bay")
_NAME_AFTER = re.compile(
    r"^\W*(?:\w+\W+){0,2}?(?:in|at|near|of|outside)\s+(?:the\s+)?([A-Z][a-z]+)")


def _which_institution(tokens: list[str]) -> str | None:
    """"Which prison is Reyes serving his time in?", "what hospital was she taken to?": the
    kind of place asked for by its name; None when the question asks none."""
    for i, token in enumerate(tokens[:-1]):
        if token in ("which", "what"):
            at = next((j for j in range(i + 1, min(i + 3, len(tokens)))
                       if tokens[j].rstrip("s") in _INSTITUTIONS), None)
            # (not "what prison sentence did she get?": a sentence is asked)
            if at is not None and tokens[at + 1 : at + 2] in ([], *([w] for w in _NOUN_ENDS)):
                return tokens[at].rstrip("s")
    return None


# Words that may follow the noun a "which" question asks, ending it ("which prison is ...",
# "what hospital did ...")
_NOUN_ENDS = frozenset("is was were are s did does do has had have will would could can "
                       "in at to".split())


def _only_generic(noun: str, entry: Entry) -> bool:
    """Does the entry speak of the place only as any such place ("sentenced to 15 years in
    prison", "discharged from hospital") and never by its name ("Tern Bay Hospital", "the
    prison at Gullport")? Not when it never speaks of it at all."""
    texts = [entry.title, *entry.aliases, entry.summary,
             *(_fact_text(name, value) for name, value in entry.fields.items())]
    # (a name's word for it after another of the name, "Belmarsh Prison", or before "of",
    # "Hospital of St Mary"; not "Prison" opening a sentence)
    words_of = _INSTITUTIONS[noun]
    named = re.compile(rf"\b([A-Z][\w'’-]*)\s+(?:{words_of})\b|\b()(?:{words_of}) of [A-Z]|"
                       r"\b()(?:FCI|FMC|HMP)\b")
    if any(match.group(1) is None or match.group(1).lower() not in STOP
           for text in texts for match in named.finditer(text)):
        return False
    seen = False
    for text in texts:
        for match in re.finditer(rf"\b{noun}s?\b", text, re.IGNORECASE):
            seen = True
            before = re.search(r"(\S+)\s+$", text[: match.start()])
            after = _NAME_AFTER.match(text[match.end() :])
            if (before and before.group(1)[:1].isupper() and _a_name_word(before.group(1))
                    and not _SENTENCE_OPENS.search(text[: before.start(1)])) or (
                    after and _a_name_word(after.group(1))):
                return False
    return seen


def _a_name_word(word: str) -> bool:
    """Is a capitalised word one of a name, not a month's, a day's or a holiday's?"""
    return word.strip(",.;:").lower() not in _MONTH_WORDS | _DAY_WORDS | _HOLIDAYS


_HOLIDAYS = frozenset("christmas easter".split())


# "what was Acme's share price at the close?", "what will the toll be?": a sum of money, which
# "shares fell 60%" or an opening date is not
_PRICES = frozenset("price prices share_price share_prices stock_price stock_prices toll tolls "
                    "fee fees fare fares salary wage".split())
# ("the death toll", "the human toll": no price)
_TOLL_OF = frozenset("death human heavy economic emotional".split())
_LINKING = frozenset("is was are were s will".split())
_COSTING = frozenset({"cost", "costing"})
# Words opening a clause of its own ("what rate is Acme charging to recoup what it spent
# covering the fares?": the spending is not what is asked)
_OWN_CLAUSE = frozenset("what which that who whom whose".split())


def _spent_on(tokens: list[str]) -> str | None:
    """The purpose a sum asked was spent for: "how much did Acme spend advertising the
    ferry?", "... spend in total on repairs?", "what did the pier cost to build?", "... spend
    to build the pier?" (advertising, repairs, build); None when the question names none."""
    for i, token in enumerate(tokens):
        if not _OWN_CLAUSE.isdisjoint(tokens[1:i]):
            return None
        if token not in _SPENDING:
            continue
        rest = [t for t in tokens[i + 1:i + 5] if t not in _OF_WHICH]
        for j, word in enumerate(rest):
            if word == "on" and j + 1 < len(rest) and rest[j + 1] not in STOP:
                return rest[j + 1]
            if word == "to" and token in _COSTING and j + 1 < len(rest):
                return rest[j + 1]
            # ("how much did Acme spend to build the pier?": what it was spent for)
            if word == "to" and j == 0 and j + 1 < len(rest) and rest[1] not in STOP and (
                    english(rest[1])):
                return rest[1]
            # (a gerund right after the verb: "spend advertising", not "spend 2021 building")
            if j == 0 and word.endswith("ing") and english(word) and word not in STOP:
                return word
    return None


def _sum_for(purpose: str, question: Question, entry: Entry, facts) -> bool:
    """Does a sum the reply gives say it went on `purpose`, or is the entry itself about it?
    ("how much did Acme spend advertising?": a provision "to cover the costs" went on no
    advertising.) A `cost` of the thing the question names is what it cost to make ("what
    did the pier cost to build?")."""
    alts = _asked_forms(purpose)
    texts = [_fact_text(name, value) for name, value in facts
             if SHAPES["money"].search(value)]
    texts += [s for s in _SENTENCE.split(entry.summary) if SHAPES["money"].search(s)]
    if any(not alts.isdisjoint(stems(t)) for t in [*texts, entry.title, *entry.aliases]):
        return True
    costs = _SPENDING & set(question.tokens)
    return entry.slug in question.named and any(
        not stems(" ".join(costs)).isdisjoint(stems(name.replace("_", " ")))
        for name, value in facts if SHAPES["money"].search(value))


# Nouns for a kind of fact, by the shape that gives it, which the noun before them may qualify:
# "release date", "repair budget", "entry fee"
_QUALIFIED = {"date": "date", "dates": "date", "cost": "money", "costs": "money",
              "price": "money", "fee": "money", "fees": "money", "fare": "money",
              "payout": "money", "payouts": "money", "payment": "money", "payments": "money",
              "budget": "money", "spending": "money", "rate": "rate", "rates": "rate"}
# ... which are also verbs: "how much did the repair cost?" asks what the repair cost, which a
# fact of it need not name again
_AS_VERBS = frozenset("cost costs date dates price budget".split())
_DOING = frozenset("did does do will would could can should".split())
# A day, a month or a year (not "three years", a span)
_DAY_GIVEN_BY = re.compile(_DAY, re.IGNORECASE)
# ... and a share or a sum (an "interest rate": 4%; an "hourly rate": $25 an hour)
_RATE_GIVEN_BY = re.compile(f"{SHAPES['percent'].pattern}|{SHAPES['money'].pattern}",
                            re.IGNORECASE)
# Words before such a noun that say which figure, not what it is of ("the total cost")
_NOT_QUALIFIERS = frozenset("""total exact final projected expected estimated official actual
    original initial new first last annual yearly monthly average overall full net gross rough
    current latest planned scheduled target due approximate precise specific real true likely
    earliest next rate flat retail hourly daily weekly quarterly list sticker asking face base
    """.split()) | _MONEY_NOUNS | AMOUNT_WORDS


def _qualifier(question: Question) -> tuple[Concept, str] | None:
    """The word qualifying the kind of fact asked ("release" in "what's the Tern's release
    date?", "repair" in "how big was the repair budget?") and the shape that gives that kind;
    None when the question has none, or it is a name."""
    if question.qtype not in ("when", "what", "amount", "quantity"):
        return None
    tokens = question.tokens
    for i, token in enumerate(tokens[1:], start=1):
        shape = _QUALIFIED.get(token)
        before = tokens[i - 1]
        if shape is None or before in STOP or before in _NOT_QUALIFIERS or (
                token in _AS_VERBS and not _DOING.isdisjoint(tokens[:i])):
            continue
        # (the noun must be what is asked, not qualify another: "the cleanup-costs suit")
        if any(c.word == w and not c.soft for w in tokens[i + 1:i + 2] for c in question.concepts):
            continue
        for concept in question.concepts:
            if concept.word == before and concept.slug is None and not concept.soft:
                return concept, shape
    return None


def _says_qualifier(qualified: tuple[Concept, str], question: Question, entry: Entry,
                    facts) -> bool:
    """Does a fact giving the kind asked (a date, a sum) say what the question qualifies it
    by, in its name or value, or in the summary's sentence giving it, or do the entry's names?"""
    concept, shape = qualified
    alts = _qualifier_forms(concept)
    given = _given_by(shape)
    # (the reply leads with a fact giving it, when one does: the summary's is then not the one)
    texts = [_fact_text(name, value) for name, value in facts if given.search(value)] or [
        s for s in _SENTENCE.split(entry.summary) if given.search(s)]
    return any(not alts.isdisjoint(stems(t)) for t in [*texts, entry.title, *entry.aliases])


def _qualifier_forms(concept: Concept) -> set[str]:
    return set(concept.alts) | _asked_forms(concept.word) | {
        stem(w) for w in derived(concept.word)}


def _given_by(shape: str) -> re.Pattern:
    return {"date": _DAY_GIVEN_BY, "rate": _RATE_GIVEN_BY}.get(shape) or SHAPES[shape]


# How many words from a date or sum its qualifier may stand ("resigned on May 3, 2015")
_QUALIFIER_REACH = 4


def _summary_qualifies(qualified: tuple[Concept, str], entry: Entry) -> bool:
    """Does a sentence of the summary give the kind asked (a date) within a few words of what
    qualifies it ("... until she resigned on May 3, 2015", not "... on May 3, 2015, followed
    by a year's leave from the harbour board" for a release date)?"""
    concept, shape = qualified
    alts = _qualifier_forms(concept)
    for sentence in _SENTENCE.split(entry.summary):
        for match in _given_by(shape).finditer(sentence):
            near = [*words(sentence[:match.start()])[-_QUALIFIER_REACH:],
                    *words(sentence[match.end():])[:_QUALIFIER_REACH]]
            if not alts.isdisjoint(stem(w) for w in near):
                return True
    return False


# Words that look past what a fact is about: what came later, next or since
_LATER = frozenset(stem(w) for w in """later after afterwards afterward then since subsequently
    next following went successor succeeded left joined became returned now""".split())
# "she died in 2023", "Holt ran the office and died in 2022", "Holt was killed": the person's
# own death (not "a fire killed three passengers", "after the death of its chair" or "Holt
# said her father died", of others)
_DIED = re.compile(r"\b(?:died|was\s+killed|killed\s+(?:him|her|them)sel(?:f|ves)|took\s+(?:his|"
                   r"her|their)\s+own\s+li(?:fe|ves)|passed\s+away)\b", re.IGNORECASE)
_DIED_REACH = 16  # words from the person's name back from "died"
# Words between the name and "died" that make another the one who died
_OTHER_DEAD = frozenset("he she they her his their its when after whose".split())


def _died(entry: Entry, text: str) -> bool:
    """Does the text say the entry's person died: "she died", "Holt ran the office and died",
    "Dana Holt was killed"?"""
    return _died_named({w for name in (entry.title, *entry.aliases) for w in words(name)}, text)


def _death_unsaid(question: Question, entry: Entry, facts) -> str | None:
    """"When did Holt die?": the person whose death is asked, when nothing the reply would show
    says they died (another's death, "Ana Vellan, a deckhand who died in the fire", or another
    date of theirs is no answer); None when a fact does, or no death of someone is asked. Their
    own entry's fact named for a death says it ("Died: May 1, 1986")."""
    if question.qtype != "when" or _DEATH_ASKED.isdisjoint(question.tokens):
        return None
    people = [c for c in question.concepts if c.slug is not None
              and question.kinds.get(c.slug) in PERSON_KINDS]
    if len(people) != 1:
        return None
    person = people[0]
    # ("when did Holt's father die?": another's death)
    last = person.word.split()[-1]
    if any(a == last and b == "s" for a, b in itertools.pairwise(question.tokens)):
        return None
    if person.slug == entry.slug and (
            any(_DEATH_NAME.search(name) for name, _ in facts) or any(
                _OWN_DEATH.search(text) for text in [*(v for _, v in facts), entry.summary])):
        return None
    names = set(person.word.split()) | (
        {w for name in (entry.title, *entry.aliases) for w in words(name)}
        if person.slug == entry.slug else set())
    texts = [*(value for _, value in facts), entry.summary]
    return None if any(_died_named(names, text) for text in texts) else person.word


# ... which a person's own entry says in other words: "(1931-1986)", "drowned", "her death"
_OWN_DEATH = re.compile(r"\((?:born\s+)?(?:1[6-9]|20)\d\d\s*[-–]\s*(?:1[6-9]|20)\d\d\)|\b(?:died|"
                        r"death|drowned|perished)\b", re.IGNORECASE)
# A death asked: "when did Holt die?", "... pass away?"
_DEATH_ASKED = frozenset("die died dies pass_away passed_away".split())


def _died_named(names: set[str], text: str) -> bool:
    """Does the text say one of these names died (see `_died`)?"""
    for match in _DIED.finditer(text):
        before = re.split(r"[.;]", text[:match.start()])[-1].split()[-_DIED_REACH:]
        plain = [w.strip(",:()\"'“”").casefold() for w in before]
        at = max((i for i, w in enumerate(plain) if w in names or w in ("he", "she")),
                 default=None)
        if at is not None and not any(
                w in _OTHER_DEAD or (raw[:1].isupper() and w not in names
                                     and w not in _MONTH_WORDS and w not in _DAY_WORDS)
                for raw, w in zip(before[at + 1:], plain[at + 1:], strict=True)):
            return True
    return False
_AFTER = frozenset({"after"})
# What someone did after the story: "what happened to Holt", "what's she doing these days"
# ("where is she working now?"),
# "what did he go on to do", "what job did she move into" (not "her salary these days")
_LATER_LIFE = re.compile(r"\b(?:what\s+happened\s+to|(?:doing|up\s+to|working|living|works?|"
                         r"lives?)\s+(?:these\s+days|nowadays|now)|go(?:es)?\s+on\s+to|"
                         r"went\s+on\s+to|"
                         r"move[ds]?\s+(?:on\s+)?(?:in)?to|do\s+(?:next|after\s+(?:leaving|"
                         r"(?:he|she|they)\s+(?:left|quit|retired|resigned|stepped\s+down))))\b",
                         re.IGNORECASE)
_AT_SCENE = re.compile(r"\bwhat\s+happened\s+to\s+(?:(?!after\b|since\b|later\b|when\b)[\w'-]+\s+)"
                       r"{1,5}?(?:at|during)\s+(?:the|their|his|her|its)\s+(?!end\b|time\b)",
                       re.IGNORECASE)
_OPEN_TYPES = frozenset("what where which none".split())
# ... and a yes/no asked of the time after it ("later on", "again", "since then", "after all
# this", "has the line since reopened?")
# (not "after that" before a thing it points at: "after that 2013 film", "after that film came
# out", which only set the scene)
# (not a name's source: "is the band named after this?")
_LOOKS_PAST = re.compile(r"\b(?:later\s+on|again|since\s+then|ever\s+since|"
                         r"(?<!\bnamed\s)after\s+(?:all\s+)?"
                         r"(?:this|that)(?!\s+(?:\d|(?!(?:he|she|they|it|we|i|you)\b)[\w'-]+"
                         r"(?:\s+[\w'-]+){0,2}\s+(?:came|come|comes|was|were|aired)\b))|"
                         r"(?:has|have|had)\s+\w+(?:\s+\w+)?\s+since|"
                         r"go(?:es)?\s+on\s+to|went\s+on\s+to)\b",
                         re.IGNORECASE)


def _people_asked(question: Question, entry: Entry) -> list[Concept]:
    """The people with entries of their own, other than `entry`, that a question names outside
    a clause that only sets the scene ("did Holt go on to ... after Acme folded?": Holt)."""
    return [c for c in question.concepts if c.slug is not None and c.slug != entry.slug
            and question.kinds.get(c.slug) in PERSON_KINDS
            and not set(c.word.split()) <= question.background]


def asks_later_life(question: Question, entry: Entry) -> bool:
    """Does the question ask what a person did after the story, of `entry` or of the people
    it names ("what happened to Holt after the strike?")?"""
    # (not what happened to them at a scene of the story: "what happened to Holt and Reyes at
    # their trial?", "... during the evacuation?")
    return (entry.kind in PERSON_KINDS or bool(_people_asked(question, entry))) and (
        question.qtype in _OPEN_TYPES) and _LATER_LIFE.search(question.text) is not None and (
        _AT_SCENE.search(question.text) is None)


def says_later(question: Question, entry: Entry, name: str, value: str,
               strict: bool = False) -> bool:
    """Does a fact of `entry` (or its summary, with no name) say what came after the story for
    the person asked: a later job or deed, or their death? `strict`: only in words that look
    past it and nothing else ("later", "after leaving", `died`), not ones a story's own
    sentences use too ("17 days after the collapse", "by then")."""
    text = _fact_text(name, value) if name else value
    people, held = _people_asked(question, entry), stems(text)
    # (a defendant's sentence is what happened to them, unless asked of a time after it:
    # "what happened to Holt after she got out?"; an entry named for her trial speaks of her)
    fate = _FATE_NAME.search(name) is not None and _PAST_IT.search(question.text) is None
    if fate:
        held = held | stems(entry.title)
    # (a fact named for what came next, `next_job`, `later_career`; a text saying what came
    # "after" the very thing the question asks after: "what happened to Holt after her
    # release?" of "four months after her release, Holt was stopped in Tern Bay")
    looks = _moved_on(text) or (
        not strict and not _LATER.isdisjoint(held)) or _DEATH_NAME.search(name) is not None or (
        _LATER_NAME.search(name) is not None) or _after_the_anchor(question, text)
    # (of a person with an entry of their own, only when it names them: not Holt's own death
    # for "what happened to Reyes?")
    return (looks or fate or _died(entry, value)) and (not people or any(_holds(c, held)
                                                                         for c in people))


# Words that look past the story and nothing else (not "no later than", a deadline, nor "two
# hours later", "later that night", "shortly afterwards", times within the story, nor "a
# retired captain"); a defendant "was acquitted" or "freed", "returned home" or "pardoned"
# ends theirs
_LATER_WORD = re.compile(r"\b(?:later|afterwards?)\b(?!\s+(?:than|that)\b)", re.IGNORECASE)
_WITHIN_STORY = frozenset("no hours minutes seconds moments shortly soon".split())
_MOVED_ON = re.compile(r"\b(?:subsequently|went\s+on\s+to|after\s+leaving|has\s+since|"
                       r"retired\s+(?:from|in)|returned\s+home|(?:was|were)\s+(?:freed|acquitted)|"
                       r"released\s+from\s+(?:prison|jail|custody)|cleared\s+of|"
                       r"(?<!not\s)(?<!never\s)pardoned|(?:conviction|verdict|sentence|ruling)s?\s+"
                       r"(?:was|were|had\s+been|has\s+been)\s+(?:overturned|quashed)|(?:overturned|"
                       r"quashed)\s+(?:on\s+appeal|(?:his|her|their|the)\s+(?:conviction|verdict|"
                       r"sentence)s?)|"
                       r"(?:charges|case)\s+(?:was|were)\s+dropped|dropped\s+(?:the\s+)?(?:charges|"
                       r"case|plans\s+to\s+retry)|"
                       r"rest\s+of\s+(?:his|her|their)\s+li(?:fe|ves)|"
                       r"(?:was|were)\s+(?:removed\s+from\s+office|voted\s+out|impeached|"
                       r"ousted|expelled))\b", re.IGNORECASE)


def _moved_on(text: str) -> bool:
    """Does the text look past the story in words that say nothing else (see `_MOVED_ON`)?"""
    return _MOVED_ON.search(text) is not None or any(
        not (before := text[:match.start()].split()[-1:])
        or before[0].strip(",;").casefold() not in _WITHIN_STORY
        for match in _LATER_WORD.finditer(text))


# "what did Holt die of?", "what was the cause of her death?": what killed someone, which
# "died: 1970" or "after his death" does not say
_DIED_OF_ASKED = re.compile(r"\bwhat\s+(?:did|do|does)\b[^?]*?\bdie\s+(?:of|from)\b|"
                            r"\bcause\s+of\s+(?:his|her|their|the)?\s*death\b", re.IGNORECASE)
# "died of a brain aneurysm", "died in 1985 at the age of 9 of leukemia"; not "at the age of 70"
_DIED_OF = re.compile(r"\b(?:died|dies)\s+(?:in\s+\d{4},?\s+)?(?:(?:at\s+the\s+age\s+of|aged|"
                      r"at\s+age)\s+\d+,?\s+)?(?:of|from)\s+\w", re.IGNORECASE)
_CAUSE_OF_DEATH_NAME = re.compile(r"(?:^|_)(?:cause|illness|disease)(?:_|$)", re.IGNORECASE)


def _cause_of_death_said(entry: Entry, facts) -> bool:
    """Does a fact or the summary say what someone died of: a fact named for a cause of death
    (`cause_of_death`), or words saying what they died of or from?"""
    return any(_CAUSE_OF_DEATH_NAME.search(name) and (_DEATH_NAME.search(name) or "_" not in name)
               for name, _ in facts) or any(
        _DIED_OF.search(text) for text in [*(value for _, value in facts), entry.summary])


# A fact named for a death ("died: 1962", `death_date`, `cause_of_death`; not `deaths`)
_DEATH_NAME = re.compile(r"(?:^|_)(?:died|death)(?:_|$)", re.IGNORECASE)


# A fact named for what came next in someone's life (`next_job`, `later_career`, `afterwards`)
_LATER_NAME = re.compile(r"(?:^|_)(?:next|later|subsequent|afterwards)(?:_|$)", re.IGNORECASE)
_ANCHOR_SPAN = 6  # words after "after" that may name the anchor ("after her early release on")


def _anchor(tokens: list[str]) -> set[str]:
    """The stems of the words of what a question asks "after" ("after she got out on parole":
    got, out, parole); none without an "after"."""
    if "after" not in tokens:
        return set()
    at = tokens.index("after")
    return {stem(t) for t in tokens[at + 1:at + 1 + _ANCHOR_SPAN] if t not in STOP}


def _dates_only_the_anchor(question: Question, entry: Entry, facts) -> bool:
    """"When did Holt get back into the cabinet after she resigned?": the date of what it came
    after (`resigned`) is no answer, when every dated fact picked is named for it and the
    entry says nothing else the question asks (not "... release set for August 2028" for
    "when is he getting out after the board cut his sentence?")."""
    tokens = question.tokens
    # (the clause after what is asked: not "after the board cut it, when is he out?")
    if question.qtype != "when" or "after" not in tokens or "when" not in tokens[
            :tokens.index("after")]:
        return False
    at, anchor = tokens.index("after"), _anchor(tokens)
    dated = [stems(name.replace("_", " ")) for name, value in facts
             if SHAPES["date"].search(value)]
    if not anchor or not dated or any(name.isdisjoint(anchor) for name in dated):
        return False
    told = stems(" ".join([entry.summary, *(_fact_text(n, v) for n, v in entry.fields.items())]))
    return not any(_holds(c, told) for c in question.concepts if c.slug is None and not c.soft
                   and set(c.word.replace("_", " ").split()) <= set(tokens[:at]))


def _after_the_anchor(question: Question, text: str) -> bool:
    """Does `text` say what came "after" the thing the question asks after ("what happened
    to Holt after she got out on parole?": "after his early release on parole")?"""
    anchor = _anchor(question.tokens)
    if not anchor:
        return False
    written = [stem(w) for w in words(text)]
    return any(w == "after" and not anchor.isdisjoint(written[i + 1:i + 1 + _ANCHOR_SPAN])
               for i, w in enumerate(written))


# A fact named for how a defendant's story ended (`sentence`, `sentence_length`, `fate`; not
# `sentence_sought`, `maximum_sentence`)
# (or how an official's ended: `resigned`, `resignation_date`, `ban`, `fired`; not
# `sentence_sought`, `possible_ban`; or what came of anyone: `outcome`, `aftermath`)
_FATE_NAME = re.compile(r"^(?:sentence|sentenced|fate|what_happened|aftermath|outcome|resigned|"
                        r"resignation|ban|banned|fired|dismissed|ousted|sacked|convicted|"
                        r"conviction|acquitted|jailed|removed|recalled|impeached|removal|recall|"
                        r"impeachment)"
                        r"(?:_(?:date|on|in|year|length|term|given|imposed|handed|by))?$",
                        re.IGNORECASE)
# Words asking of a time past the story's end, or past the person's own fate in it ("after he
# got out of prison", "since she resigned"; not "after the papers came out")
_PAST_IT = re.compile(r"\b(?:later|now|nowadays|these\s+days|next|go(?:es)?\s+on|went\s+on|"
                      r"(?:after|since)\b(?:\W+\w+){0,5}?\W+(?:(?:got|get|gets|getting)\s+out|prison|jail|release|released|"
                      r"parole|sentence|served|serving|resign\w*|quit|left|leaving|retir\w*|"
                      r"fired|ban|banned|trial|convicted|conviction))\b", re.IGNORECASE)


def _looks_past(people: list[Concept], held: set[str] | frozenset[str]) -> bool:
    """Does a fact look past the story ("later", "joined"), of one of `people` when any?"""
    return bool(_LATER.intersection(held)) and (
        not people or any(_holds(c, held) for c in people))


def _done_again(question: Question, held: set[str], own_verb: bool = False) -> bool:
    """"Is the ferry line open to riders again?": a fact saying it was done again answers, in the
    verb's own re- form ("reopened") or with "again", "resumed", "restored". `own_verb`: only
    the re- form of the question's own verb counts (an entry whose title or summary says
    "Ferry line reopens" answers of any of its facts; one saying some service "resumed" does
    not)."""
    redone = any(f"re{stem(t)}" in held for t in question.tokens if t in _REDONE)
    return redone or (not own_verb and not _AGAIN.isdisjoint(held))


_AGAIN = frozenset(stem(w) for w in "again resumed restored reinstated".split())
# Verbs whose re- form is the same deed done again ("reopen"; not "sign", whose "resign" is
# another deed, nor "turn", "place", "port")
_REDONE = frozenset("""open opened opening start started launch launched build built elect
    elected appoint appointed hire hired join joined enter entered introduce introduced
    activate activated connect connected establish established release released issue issued
    run ran unite united sell sold instate instated""".split())


def _deed_said_after(question: Question, held: set[str] | frozenset[str]) -> bool:
    """Does text with these stems say the leaving of a post the question puts right before
    "after" ("quit after the review": "resigned")?"""
    tokens = question.tokens
    before = {tokens[i - 1] for i, t in enumerate(tokens) if t in _AFTER and i}
    return any(c.word in before and c.slug is None and not c.soft and _holds(c, held)
               and not _DEPARTED.isdisjoint(c.alts) for c in question.concepts)


# The stems of leaving a post, which an event's text tells as its consequence ("two executives
# resigned"), unlike a later life ("went to live in Tern Bay")
_DEPARTED = frozenset(stem(w) for w in "resign resigned quit fired sacked ousted dismissed "
                      "stepped".split())


def _after_anchors(question: Question) -> frozenset[str]:
    """"What did Dana Holt do after leaving Acme Ferries?", "what did Holt write after The
    Tern?": the slugs of the entries named in the clause after "after", which the answer comes
    after and so is no fact of theirs. Only for what was done or where it went: "when were
    people let back in after the evacuation?" asks the end of the evacuation, which its own
    entry dates, and "who ran it after Holt?" is read by `_placed`."""
    if question.qtype not in _OPEN_TYPES:
        return frozenset()
    tokens = question.tokens
    # (up to the next question word: "after the pier closed, what did the Tern carry?")
    clauses = [" {} ".format(" ".join(itertools.takewhile(lambda t: t not in QUESTION_WORDS,
                                                          tokens[i + 1:])))
               for i, t in enumerate(tokens) if t in _AFTER]
    return frozenset(c.slug for c in question.concepts if c.slug is not None and any(
        f" {c.word} " in clause for clause in clauses))


def _term_of(concept: Concept, entry: Entry) -> bool:
    """Does the entry write the word in lower case, and never as a name ("exfiltration" among
    its keywords)? A word no dictionary has is taken for a name, but one the content writes in
    lower case is a term of the subject, which the entry holds wherever it says it ("how much
    data did they exfiltrate from Acme Ferries?"), not a name whose own figure is asked."""
    if not concept.word.isalpha():  # (a year is no term: "in 2021" asks for 2021's)
        return False
    written = [(text, match.start(), match.group())
               for text in [entry.summary, *entry.aliases, *entry.keywords, *entry.fields.values()]
               for match in _RAW_WORD.finditer(text)
               if stem(match.group().casefold()) in concept.alts]
    # A capital mid-sentence, or capitals after the first letter ("HSB"), write a name; one
    # that opens a text or a sentence says nothing either way.
    return any(word.islower() for _, _, word in written) and not any(
        not word[1:].islower() or (word[:1].isupper() and text[:at].rstrip()[-1:] not in ("", "."))
        for text, at, word in written)


def _scene_held(word: str, question: Question, profile: _Profile) -> bool:
    """Is an out-of-scope word only in the clause that sets the scene ("how long was the jury
    out before they convicted Dana Holt?"), and held anywhere in the entry? Then the figure asked
    is of that entry's event, and need not itself say the word, as a name that sets the scene
    need not."""
    return word in question.background and not profile.all.isdisjoint(_asked_forms(word))


def _price_asked(question: Question) -> frozenset[str]:
    """The price a "what" question asks for, by the word a summary's sentence giving it would
    use ("the fare": "tickets now cost $4, twice the old fare"); empty when none is asked."""
    # ("what was the fare?"; not "what fees did the board waive?": which ones, nor "what did
    # fares do that week?": a rise or a fall)
    if question.qtype not in ("what", "which", "amount") or (
            question.tokens[1:2] and question.tokens[1] not in _LINKING):
        return frozenset()
    if any(t in ("toll", "tolls") and question.tokens[i - 1 : i] and question.tokens[i - 1]
           in _TOLL_OF for i, t in enumerate(question.tokens)):
        return frozenset()
    asked = _kinds_asked(question.tokens) | question.head
    opening = question.tokens[1:5] if question.tokens[:1] == ["what"] else []
    return frozenset(stem(w.split("_")[-1]) for w in _PRICES
                     if stem(w) in asked or w in asked or w in opening)


# "how much did the court end up awarding?", "what did it eventually award?": how it ended
# (not "final": "the final missing crew member" is the last one)
_ENDINGS = frozenset("ultimately eventually finally".split())
_ENDED_UP = (("end", "up"), ("ended", "up"))
_IN_THE_END = ("in", "the", "end")  # "how long were they stuck there in the end?"
# ... which a fact saying what was planned, proposed or sought does not say: "the crews could claim
# up to $3 million", "a $200,000 fine (proposed)", "would be completed by July"
_HEDGES_OUTCOME = frozenset("could might would proposed proposes proposing expected planned "
                            "plans targeted sought seeks seeking asked".split())
_MAYBE = re.compile(r"\bmay\b")  # "the crews may claim", in lower case: not the month "May"
# ... said of the figure: before it, or in brackets after it ("$4 million, half what the
# families had sought" was paid)
_HEDGE_NOTE = re.compile(r"\((?:proposed|sought|planned|expected)\)")
# (a sum, what it came to, or whether it happened: "what award did the court eventually set?"
# of "the crews may claim an award"; not "when did the council finally pass the budget?" of
# "June 3, a month later than planned")
_OUTCOME_ASKED = frozenset("amount quantity count yesno what which none".split())


# "How many piers have been rebuilt?", "what has Acme spent so far?": the perfect tense asks
# what was done by now; the auxiliary comes right before the deed (adverbs aside)
_PERFECT = frozenset("has have had been".split())
_PERFECT_ADVERBS = frozenset("actually already ever really now so far yet".split())
_FIGURE_ASKED = frozenset("amount count quantity".split())


def _done_so_far(question: Question) -> Concept | None:
    """The deed a figure, or a yes/no, is asked of in the perfect tense ("how many piers have
    been rebuilt?", "has the suit been resolved?"), which the answer must say: a count of
    homes planned, or a fund's size, is no count of homes rebuilt or sum spent, and a suit
    filed says nothing of its end. None when the question asks no such thing, or its deed is
    one of English's most common verbs ("how many suspects have they got?")."""
    if question.qtype not in _FIGURE_ASKED and question.qtype != "yesno":
        return None
    tokens = question.tokens
    for i, token in enumerate(tokens[:-1]):
        # (not "how much would Acme have owed?", "if the deal had collapsed, ...": what might
        # have been)
        if token not in _PERFECT or not _SUPPOSING.isdisjoint(tokens[:i]):
            continue
        after = [t for t in tokens[i + 1:] if t not in _PERFECT_ADVERBS and t != "been"]
        # (not "did the line have ten ferries sitting idle?", "do they have to hire"; a phrasal
        # verb by its verb: "how many crew have passed away")
        verb = after[0].partition("_")[0] if after else ""
        if not verb or not _participle(verb) or light(verb):
            continue
        deed = after[0]
        for concept in question.concepts:
            if concept.slug is None and (concept.word == deed
                                         or concept.word.startswith(f"{deed}_")):
                return concept
        if deed in question.unknown:
            return Concept(deed, (deed,), frozenset({stem(deed)}))
    return None


_ASKED_IF = frozenset("did has have had was were is".split())
_BETWEEN = frozenset("ever actually also already really finally eventually still yet "
                     "just get got gets be been being".split())
# "was anyone at Acme charged?": someone of the entry named
_ANY_ONE = frozenset("anyone anybody someone somebody".split())
_ANY_ONE_OF = frozenset("at from in of".split())


def _unseen_deed(question: Question) -> str | None:
    """The verb a yes/no question (or "when did ...") asks of the entry it names, or of
    someone of it, when the store never uses it ("did Acme refund the riders?", "did Holt end
    up resigning?", "was anyone at Acme demoted?", "when did Holt retire?"): whether (or when)
    the deed was done is nowhere in the briefing. None when the verb is known, or one of
    English's commonest."""
    tokens = question.tokens
    # (and "when did Holt retire?": the date of a deed the briefing never speaks of)
    if tokens[:1] == ["when"] and question.qtype == "when":
        tokens = tokens[1:]
    if tokens[:1] == [] or tokens[0] not in _ASKED_IF:
        return None
    at = 1
    if tokens[1:2] and tokens[1] in _ANY_ONE:
        at = 3 if tokens[2:3] and tokens[2] in _ANY_ONE_OF else 2
    for concept in question.concepts:
        name = concept.word.split()
        if concept.slug is not None and tokens[at:at + len(name)] == name:
            rest = [t for t in tokens[at + len(name):] if t not in _BETWEEN]
            verb = rest[0] if rest else ""
            return verb if verb in question.unknown and not light(verb) else None
    return None


def _deeds_of_anyone(question: Question) -> list[Concept]:
    """The deed a yes/no asks whether anyone did or underwent ("has anyone been fined?", "was
    anybody at Acme arrested or charged?", "did anyone at the port get sacked?", "have any of
    the crew died?"), with any joined to it by "or"; empty when it asks no such thing."""
    tokens = question.tokens
    if not tokens or tokens[0] not in _ASKED_IF:
        return []
    at = next((i for i, t in enumerate(tokens) if t in _ANY_ONE or t == "any"), None)
    if at is None:
        return []
    free = {c.word: c for c in question.concepts if c.slug is None}
    # (a verb the store never uses is a deed no fact says was done: "has anyone claimed it?")
    free.update({w: Concept(w, (w,), frozenset({stem(w)})) for w in question.unknown
                 if w.isalpha() and w not in free})
    plain = tokens[0] == "did" and tokens[at] != "any"
    deeds: list[Concept] = []
    joined = False
    window = tokens[at + 1:at + 9]
    for i, token in enumerate(window):
        if token == "or" and deeds:
            joined = True
            continue
        if deeds and not joined:
            break
        if token in _BETWEEN or token in _ANY_ONE_OF or token in STOP:
            continue
        verb = token.partition("_")[2] if token.startswith(("get_", "got_")) else (
            token.partition("_")[0])
        # ("did anyone die?": the plain verb after "did"; otherwise its past participle)
        if token not in free or not (_participle(verb) or (plain and not deeds)):
            # (after "anyone", the first word of its own is the deed: "was anyone sitting by
            # the door that blew out?" asks of no deed done; after "any", the thing counted
            # comes first: "were any Acme skippers fired?")
            if deeds or (token in free and tokens[at] != "any"):
                break
            continue
        # ("were any ferries allowed to sail?" asks of sailing, not of a deed done to them)
        if light(verb) or window[i + 1:i + 2] == ["to"]:
            return []
        deeds.append(free[token])
        joined = False
    return deeds


def _done_form(concept: Concept, text: str) -> bool:
    """Does `text` say the deed was done, in a past form of its verb or one meaning as much
    ("fined", "arrested"), not only its noun ("each fine is capped", "leading to the arrest"),
    or that it never was ("no charges", "without charging anyone")?"""
    found = words(text)
    said = [stem(w) for w in found]
    for alt in concept.alts:
        if " " in alt or "_" in alt:
            if alt.replace("_", " ") in " ".join(said):
                return True
            continue
        for i, (w, s) in enumerate(zip(found, said, strict=True)):
            if s == alt and (_participle(w) or not _NEVER_DONE.isdisjoint(found[max(0, i - 2):i])):
                return True
        # ("was anyone convicted?": "acquitted", "cleared", the charges "dropped" say no one was)
        if not UNDONE.get(alt, frozenset()).isdisjoint(said):
            return True
    return False


UNDONE = {stem("convicted"): frozenset(stem(w) for w in "acquitted cleared dropped".split())}


# "the average fare", "a typical crossing", "the median wait": a figure over many, which a
# figure of one (or a total) is not; a fact saying any of them may say it ("typical" of an average,
# `mean_wait`). Not "on average" or "typically", which ask the figure per trip or per day.
_STATISTICS = frozenset("average typical median mean".split())
_STATISTIC_STEMS = frozenset(stem(w) for w in [*_STATISTICS, "averages", "averaged", "avg"])


def _statistic(tokens: list[str]) -> str | None:
    """The word asking for a figure over many ("what's the average fare on the Tern?", "what
    does a typical Gullport household pay?"), which the answer must say too: the Tern's fare
    of one trip, or the harbour's total, is no average. None when none is asked."""
    return next((t for i, t in enumerate(tokens) if t in _STATISTICS and (
        i + 1 < len(tokens) and tokens[i + 1] not in STOP) and tokens[i - 1 : i] != ["on"]
        and (t != "mean" or tokens[i - 1 : i] in (["the"], ["a"]))), None)


# (not "what was Holt's quote about the pier?", which an account of what she said answers, nor
# "how many quotes did Acme get for the refit?", a price)
_AS_SAID = (("own", "words"), ("exact", "words"), ("direct", "quote"), ("exact", "quote"),
            ("actual", "quote"), ("quote", "from"), ("quotes", "from"), ("last", "words"))
_QUOTES_ASKED = frozenset({"verbatim"})


def _wants_quote(tokens: list[str]) -> bool:
    """Does the question ask for someone's words as said ("any quote from Sam Reyes?", "what
    did she tell the pier crew, in her own words?"), which only words in quotes give?"""
    return not _QUOTES_ASKED.isdisjoint(tokens) or any(
        _has_phrase(tokens, phrase) for phrase in _AS_SAID)


_DOLLAR_AFTER = frozenset("in the a what which total exact rough full".split())


def _asks_dollars(tokens: list[str]) -> bool:
    """Does the question ask for its figure in money ("the dollar amount Acme paid", "how big
    was the Tern's refit, in dollars?"), not only by the way ("cents on the dollar")?"""
    # (not the "Silver Dollar" ferry; "how much money did Holt make?": a sum, not "half")
    return any(t == "dollars" or (
        t in ("money", "cash") and tokens[i - 2 : i] == ["how", "much"]) or (
        t == "dollar" and i > 0 and tokens[i - 1] in _DOLLAR_AFTER and tokens[i + 1 : i + 2] != []
        and tokens[i - 2 : i] != ["on", "the"]) for i, t in enumerate(tokens))


def _deed_ended_in(question: Question) -> Concept | None:
    """"Who ended up buying the Tern?", "did Acme end up paying the crews?": the deed a "who"
    or a yes/no question asks the outcome of, which the answer must say was done (a fact on
    who ran the sale says nothing of who bought)."""
    text = words(question.text)
    at = next((i + 2 for i, t in enumerate(text[:-2]) if (t, text[i + 1]) in _ENDED_UP), None)
    if at is None or not text[at].endswith("ing") or light(text[at]):
        return None
    # (not "the Gullport mom who found it: what prize did she end up winning?")
    asker = next((t for t in reversed(text[:at]) if t in QUESTION_WORDS), None)
    if asker != ("who" if question.qtype == "who" else None):
        return None
    return next((c for c in question.concepts if c.slug is None and (
        c.word == text[at] or c.word.startswith(f"{text[at]}_"))), None)


_FIGURE_QTYPES = frozenset("amount quantity count percent what".split())
# Words that name only the measure of a thing ("the size of the refit"), not the thing itself
_MEASURE_WORDS = frozenset("size range level rate value sum share percentage percentages "
                           "reading readings price cost money dollar dollars cutoff "
                           "threshold count counts tally".split())


def _figure_of_unknown(question: Question) -> str | None:
    """The word the store never uses that names the thing a question asks for ("what was
    Acme's net income?": income; "how big was her exit package?": package; "what was the
    size of the shortfall?": shortfall); None when the store knows the thing asked."""
    tokens = question.tokens
    # (the question's own opening: not "during the regulator's sweep, how many ...")
    if not question.unknown or tokens[:1] not in (["what"], ["how"]):
        return None
    heads = []
    for i, token in enumerate(tokens):
        # "what was Acme's net income?": the noun the owner's words end in
        # ("how much was Holt's pension?" too)
        # (not "what did the engineer's report flag?": a verb after the owner's words)
        if token == "s" and i > 1 and tokens[i - 1] not in STOP and (
                (tokens[0] == "what" and tokens[1:2] != ["did"])
                or tokens[1:2] in (["big"], ["large"])
                or (tokens[1:2] == ["much"] and tokens[2:3] and tokens[2] in _BE)):
            heads.append(tokens[i + 1:i + 5])
        # "what was the codename of ...", "what's the fastest ferry class"
        elif token == "what" and i == 0 and tokens[1:2] and tokens[1] in (*_BE, "s"):
            heads.append(list(itertools.dropwhile(lambda t: t in _OF_WHICH, tokens[2:])))
    for rest in heads:
        phrase = list(itertools.takewhile(lambda t: t not in STOP and t.isalpha(), rest))
        # ("what were the deckhands chanting?": the noun before a verb does it, and what is
        # asked is what it did; "the opening fare" is still the fare)
        if not phrase or any(t.endswith(("ing", "ed")) for t in phrase[1:]):
            continue
        head = phrase[-1]
        # ("the size of the shortfall": the shortfall)
        if head in _MEASURE_WORDS | GENERIC and rest[len(phrase):len(phrase) + 1] == ["of"]:
            after = list(itertools.dropwhile(lambda t: t in _OF_WHICH, rest[len(phrase) + 1:]))
            phrase = list(itertools.takewhile(lambda t: t not in STOP and t.isalpha(), after))
            head = phrase[-1] if phrase else head
        elif head in _MEASURE_WORDS and len(phrase) > 1:  # "the unemployment rate": unemployment
            head = phrase[-2]
        if (head in question.unknown and not light(head)
                and not head.endswith(("ing", "ed")) and head not in _MEASURE_WORDS | GENERIC):
            return head
    return None


def _participle(word: str) -> bool:
    """Is `word` shaped as a verb's past participle ("enrolled", "paid", "rebuilt", "taken")?"""
    return word.isalpha() and (word.endswith(("ed", "en", "wn")) or any(
        irregular(word[len(prefix):]) for prefix in ("", "re", "un", "over", "out")))


def _hedged(value: str, whole: bool = False) -> bool:
    """Does a fact give its figure only as what was planned, sought or possible (`whole`: does
    it say anything but that, for "did they end up selling it?")?"""
    digit = None if whole else re.search(r"\d", value)
    head = value[:digit.start()] if digit else value
    return (not _HEDGES_OUTCOME.isdisjoint(words(head)) or bool(_MAYBE.search(head))
            or bool(_HEDGE_NOTE.search(value)))


# ("if the ferry line appeals, where does it end up?" asks what would happen)
_SUPPOSING = frozenset("if will would could might may should".split())


def _asks_outcome(tokens: list[str]) -> bool:
    return _SUPPOSING.isdisjoint(tokens) and (not _ENDINGS.isdisjoint(tokens) or any(
        _has_phrase(tokens, phrase) for phrase in (*_ENDED_UP, _IN_THE_END)))


_DENIALS = frozenset("no not without never none".split())
# ("not the maximum fine of $50,000", "no longer chief": no denial of the thing)
_NO_DENIAL = (("not", "the"), ("not", "a"), ("not", "an"), ("not", "only"), ("no", "longer"))
_DENIAL_REACH = 3  # "no permanent chief risk officer": the denial a few words before


def _denied(question: Question, facts) -> str | None:
    """The thing asked, when the picked facts name it only to say there was none: "which
    prison is Dana Holt in?" of "Sentence: time served, no prison" (the fact's own name, a
    label, is no saying). Not when the question denies it too: "how many who were never
    convicted". Nor in a yes/no question, which the denial answers: "did Holt serve any
    prison time?" of "no prison"."""
    if question.qtype == "yesno":
        return None
    # ("why couldn't Holt get her fine overturned?": why there was none, which the denial
    # answers)
    if question.qtype == "why" and _denies(question.tokens):
        return None
    for word in question.out_of_scope:
        if _negated([stem(t) for t in question.tokens], {stem(word)}):
            continue
        alts = _asked_forms(word)
        said = [stemmed for _, value in facts
                if alts & set(stemmed := [stem(t) for t in words(value)])]
        if said and all(_negated(tokens, alts) for tokens in said):
            return word
    return None


# Words that deny what a clause says ("not", "never", "couldn't", "wasnt")
_NOT = frozenset("""not never cannot cant couldnt didnt doesnt dont wasnt werent isnt arent
    hasnt havent hadnt wouldnt shouldnt""".split())


def _denies(tokens: list[str]) -> bool:
    """Does the question deny something it says ("why didn't ...", "why was it not ...")?"""
    # ("couldn't" is read "couldn", "t"; "can't" "can", "t")
    return not _NOT.isdisjoint(tokens) or any(
        b == "t" and a.endswith("n") for a, b in itertools.pairwise(tokens))


def _asked_forms(word: str, question: Question | None = None) -> set[str]:
    """The stems a fact may say an out-of-scope word by: the word, an idiom's words, its
    synonyms, and what the question's typo was fixed to ("filename": "file", "name")."""
    fixed = set() if question is None else fixed_forms(word, question)
    return {stem(f) for f in [word, *word.split("_"), *synonyms_of(word)]} | fixed


def fixed_forms(word: str, question: Question) -> frozenset[str]:
    """The stems a word of the question read as a typo was fixed to ("filename": "file",
    "name"), which hold it as the word itself would; none for a word spelt right."""
    if word not in question.typos:
        return frozenset()
    return frozenset(alt for c in question.concepts if c.word == word for alt in c.alts)


def _negated(tokens: list[str], alts) -> bool:
    """Does the text mention the word only to deny it ("no prison")?"""
    at = [i for i, t in enumerate(tokens) if t in alts]
    return bool(at) and all(any(
        tokens[j] in _DENIALS and tuple(tokens[j:j + 2]) not in _NO_DENIAL
        for j in range(max(0, i - _DENIAL_REACH), i)) for i in at)


_CAPITALISED = re.compile(r"(?<![\w'’.])[A-Z][\w'’-]*")


# Words of who came before or after; an idiom token ("took_over_from") by its plain words
_SEQUENCE = _SUCCEEDED | frozenset("after before replace next previous predecessor "
                                   "successor".split())


def _role(tokens: list[str]) -> str | None:
    """"Who are the members of the committee?", "who was the very first witness?": the role
    asked, which the answer must say (a fact of the committee that names no member names
    none)."""
    run = _role_run(tokens)
    return run[-1] if run else None


def _role_run(tokens: list[str]) -> list[str]:
    """The words naming the role asked, the role last ("who was Acme's chief financial
    officer?": chief, financial, officer); empty when no role is asked."""
    if tokens[:1] != ["who"]:
        return []
    # "who actually sits on the panel?" is "who sits on the panel?"
    tokens = [t for t in tokens if t not in _HEDGES]
    # "who was running the ferry line?", "who runs it?": whoever is in charge, in any of the
    # words for that ("running" has the most of them: chair, chief, president ...)
    verb = next((t for t in tokens[1:3] if t in _IN_CHARGE), None)
    if verb is not None and (verb == tokens[1] or tokens[1] in (*_BE, "s")):
        return ["running"]
    doer = doer_asked(tokens)
    if doer is not None:
        return [doer]
    # "who sits on the panel?": its members
    if _sat_on(tokens):
        return ["members"]
    # "who ended up hosting the gala?": its host (not "when is the library hosting it?")
    if not _HOSTING.isdisjoint(tokens[1:3]):
        return ["host"]
    # ("who was the captain of the Tern?", "who was captain of the Tern?", "who was chief
    # minister of Gullshire?": a post before "of")
    of = next((i for i in range(3, 6) if tokens[i:i + 1] == ["of"]), None)
    # ("who was captain on the last flight?", "who was judge in the Holt case?": a title
    # before another word of place)
    if of is None and tokens[2:3] and tokens[2] in NAME_TITLES and tokens[3:4] and (
            tokens[3] in _POST_PLACES) and tokens[1] in (*_BE, "s"):
        return [tokens[2]]
    bare = tokens[1:2] in ([b] for b in (*_BE, "s")) and of is not None and all(
        t not in STOP for t in tokens[2:of])
    # ("who was Acme's chief executive?": the post after the owner's "'s")
    owned = tokens[1:2] in ([b] for b in _BE) and "s" in tokens[3:5] and tokens[2] not in STOP
    if tokens[1:3] not in ([b, "the"] for b in (*_BE, "s")) and not bare and not owned:
        return []
    run = []
    for token in tokens[2 if bare or owned else 3:]:
        if token == "s":  # "the ferry's captain": the captain
            run = []
            continue
        if token in _RELATIVES:  # "who was the guy who found it": what follows is no role
            break
        # (up to a verb: "the first rescuer sent down": the rescuer; or up to the subject or
        # an adverb of a clause after it: "the skipper people wrongly blamed")
        if run and (token in STOP or token in _POST_PLACES or irregular(token)
                    or token.endswith(("ed", "ing"))
                    or token in _CLAUSE_SUBJECTS or (token in _WHEN_ADVERBS and (
                        token != "back" or _next(tokens, token) in ("then", "in", "when")))
                    or (token.endswith("ly") and english(token[:-2]))):
            break
        if token not in STOP:
            run.append(token)
    return run if run and run[-1].isalpha() and run[-1] not in _ANYONE else []


# Posts of one running a body that are no word for running it ("who was running the
# board?": its executive director; "who ran the rescue?": its on-scene commander)
_RUNNING_POSTS = frozenset(stem(w) for w in ("director", "directors", "commander", "commanders",
                                             "leader", "leaders",
                                             "coordinator", "coordinators"))


def doer_asked(tokens: list[str]) -> str | None:
    """"Who was driving the train?": its driver; "who was piloting it?": its pilot (a title or
    a word for people that the verb is). Not whoever is in charge, asked in its own words, nor
    one doing what one of English's commonest verbs says ("who was getting paid?")."""
    asked = _doing_asked(tokens)
    if asked is None:
        return None
    _, base, nouns = asked
    # (a doer English names often: a driver, an editor, a pilot; not a "pusher")
    return base if base in NAME_TITLES or base in _PERSON_NOUNS else next(
        (noun for noun in nouns if common(noun)), None)


def _doing_asked(tokens: list[str]) -> tuple[str, str, tuple[str, ...]] | None:
    """"Who was driving the train?": the "-ing" word, its verb and the nouns for its doer."""
    tokens = [t for t in tokens if t not in _HEDGES]
    if tokens[:1] != ["who"] or tokens[1:2] not in ([b] for b in (*_BE, "s")) or (
            tokens[2:3] and tokens[2] in _IN_CHARGE | _IN_CHARGE_NOW):
        return None
    # (doing something to a thing: not "who was playing in the final?", which asks the sides)
    found = doing(tokens[2]) if tokens[3:4] and tokens[3] not in _NO_OBJECT else None
    if found is None or light(found[0]):
        return None
    return tokens[2], *found


def _doer_verb(tokens: list[str]) -> frozenset[str]:
    """The stems of the verb a doer asked is named from ("driving": drive, drove, driven), which
    say the role as well as the noun does ("Holt drove the train")."""
    if doer_asked(tokens) is None:
        return frozenset()
    word, base, _ = _doing_asked(tokens)
    return frozenset(stem(f) for f in (word, base, *irregular(base)))


def _next(tokens: list[str], token: str) -> str | None:
    """The word after the first `token` in `tokens`, if any."""
    at = tokens.index(token) + 1 if token in tokens else len(tokens)
    return tokens[at] if at < len(tokens) else None


# Words after a title that say where it was held ("captain on the last flight")
_POST_PLACES = frozenset("on in at for aboard during".split())
# Words after a verb that say it was done to no thing ("who was playing in the final?")
_NO_OBJECT = _POST_PLACES | frozenset("with against about from to into over up".split())
# Words of time that end a role ("who was the harbour chief back in 98?", "... back then")
_WHEN_ADVERBS = frozenset("back then now today currently formerly previously originally".split())
# Who may start a clause after a role ("the skipper people blamed")
_CLAUSE_SUBJECTS = frozenset("people everyone everybody someone somebody they".split())
# Words that make a post another ("the acting administrator", "the deputy head")
_OTHER_POSTS = frozenset("acting deputy interim assistant vice associate co".split())
# The posts a "who" question's verb may name ("who chaired it?": a chair; not a doer's name,
# "who made it?": a maker)
_POSTS = frozenset(stem(w) for w in "chair chairman chairwoman chairperson captain skipper"
                   .split())
_HOSTING = frozenset("hosting hosted hosts".split())
_FEW = frozenset("two three four five six seven eight nine ten both several".split())


def _kinds_asked(tokens: list[str]) -> frozenset[str]:
    """The nouns a question asks which one of, a kind of entry perhaps: the word right after
    "which" or "what" ("which agency", "what model"), or one of the three after an owner's "'s"
    ("Acme's new ferry"); not "the stranded crew", "ratify the deal", nor after "what's"."""
    found = set()
    for i, token in enumerate(tokens):
        if token in _WANTED_AFTER:
            # ("what kind of plane was it?": a plane)
            after = list(itertools.dropwhile(lambda t: t in _WANTED_SKIP, tokens[i + 1:i + 5]))
            found.update(t for t in after[:1] if t not in STOP)
        elif token == "s" and i and tokens[i - 1] not in STOP:
            found.update(t for t in tokens[i + 1:i + 4] if t not in STOP)
        # ("who was the contractor that built the site?": the one asked is a contractor)
        elif (token == "who" and tokens[i + 1:i + 2] in (["was"], ["is"], ["s"], ["were"],
                                                         ["are"])
              and tokens[i + 2:i + 3] == ["the"] and tokens[i + 4:i + 5] in (["that"], ["who"],
                                                                              ["which"])
              and tokens[i + 3] not in STOP):
            found.add(tokens[i + 3])
    return frozenset(found)


_SITS_ON = frozenset("sit sits sat sitting serve serves served serving".split())
# "who has been named to the board?": the words that put someone on a body, the auxiliaries
# before them, and the words that open the body's name after "to" (not "named to lead it")
_NAMED_TO = frozenset("named appointed elected nominated chosen picked added".split())
_AUXILIARIES = frozenset("s has have had been was were is are".split())
# The verbs that end the words naming what a "what" question asks ("what fee did ...")
_VERB_AFTER = frozenset("did do does was were is are will would has have had".split())
_BODY_OPENERS = frozenset("the a an its their".split())


def _sat_on(tokens: list[str]) -> set[str]:
    """"who sat on the jury in the trial": the stems of the body sat on ("juri"); so too for
    whoever was put on it ("who has been named to the harbour board?", "who's been appointed
    to sit on the panel?"): its members, whom a fact naming whoever set it up does not name."""
    if tokens[:1] != ["who"]:
        return set()
    # ("who has actually been named to": the verb after the auxiliaries)
    rest = list(itertools.dropwhile(lambda t: t in _HEDGES or t in _AUXILIARIES, tokens[1:]))
    if rest[:1] and rest[0] in _NAMED_TO and rest[1:2] == ["to"]:
        rest = rest[2:]
        # ("who was named to the board"; not "who was named to lead the inquiry")
        if rest[:1] and rest[0] in _BODY_OPENERS:
            rest = ["sit", "on", *rest]
    if rest[:1] == [] or rest[0] not in _SITS_ON or rest[1:2] != ["on"]:
        return set()
    body = list(itertools.dropwhile(lambda t: t in STOP, rest[2:]))
    body = list(itertools.takewhile(lambda t: t not in STOP, body))
    return stems(" ".join(body)) - _STOP_STEMS


_IN_CHARGE = frozenset("run runs ran running lead leads led leading head heads headed heading "
                       "manage manages managed managing".split())
# Words for anyone in charge, or for any body: a person's or a firm's entry says who they are
# in its own words ("the parent company": "Owned by TDK")
_ANYONE = frozenset("person guy man woman one people exec execs executive executives boss "
                    "official officials leader head first last responsible contact point "
                    "main top lead company companies firm firms business group outfit "
                    "organisation organization body".split())


_PREDECESSOR = frozenset(stem(w) for w in ("predecessor", "predecessors", "preceded"))
_SUCCESSOR = frozenset(stem(w) for w in ("successor", "successors", "succeeded"))
_PLACED_BY = {"before": _PREDECESSOR, "after": _SUCCESSOR,
              # ("who took over from Sam Reyes?", "who succeeded Reyes?": after him)
              **dict.fromkeys("took_over_from take_over_from takes_over_from taking_over_from "
                              "succeeded".split(), _SUCCESSOR)}


def _named_for_side(name: str, placed: frozenset[str]) -> bool:
    """Is a fact named for the side of a succession the question asks (`successor` when it asks
    who came after someone)? Then a name in it is the answer's, not the one placed."""
    return not placed.isdisjoint(stems(name.replace("_", " ")))
# Words that state a succession, either way ("succeeded Dana Holt", "replaced by her").
_SUCCESSION = _PREDECESSOR | _SUCCESSOR | frozenset(
    stem(w) for w in ("succeed", "succeeds", "replaced", "replace", "replaces"))


def _states_succession(name: str, text: str) -> bool:
    """Does a fact (its name and value) state who followed whom: "Successor: Sam Reyes",
    "replaced by her", "Sam Reyes took over as chair in 2021"?"""
    return not _SUCCESSION.isdisjoint(stems(f"{name.replace('_', ' ')} {text}")) or bool(
        _TOOK_OVER.search(text))


_TOOK_OVER = re.compile(r"\b(?:take|takes|took|taken|taking)\s+over\s+(?:as|from)\b|"
                        r"\bstepp?(?:ed|ing|s)?\s+in\s+(?:as|for)\b", re.IGNORECASE)


def _placed(question: Question) -> tuple[frozenset[str], frozenset[str]]:
    """"Who ran the trust before Dana Holt?": the stems naming the one asked for in a fact of
    Dana Holt's own entry (`predecessor`), and the slugs of the entries the question places
    the answer before or after; both empty when it places none."""
    if question.qtype != "who":
        return frozenset(), frozenset()
    said_as = f" {' '.join(question.tokens)} "
    # (not the story itself: "who chaired the task force after Sandy?" of a pack on the storm
    # asks who chaired it in the storm's wake, no successor)
    found = [(alts, c.slug) for side, alts in _PLACED_BY.items() for c in question.concepts
             if c.slug is not None and f" {side} {c.word} " in said_as
             and not _the_story(c.word.split(), question)]
    return (frozenset().union(*(alts for alts, _ in found), *(alts for alts, _ in _placed_names(
        question))), frozenset(slug for _, slug in found))


def _the_story(run: list[str], question: Question) -> bool:
    """Do these words name the story itself, no one's post ("who chaired the task force after
    Sandy?" of a pack on the storm asks who chaired it in the storm's wake, no successor)?"""
    named = stems(" ".join(run)) - _STOP_STEMS
    return bool(named) and named <= question.subject and not any(
        question.kinds.get(c.slug) in PERSON_KINDS for c in question.concepts
        if c.slug is not None and set(c.word.split()) & set(run))


def _placed_names(question: Question) -> list[tuple[frozenset[str], frozenset[str]]]:
    """"Who was captain before Lee Marsh?" of a name no entry has: for each name the question
    places the answer before or after, the stems naming that side and the name's stems."""
    tokens, found = question.tokens, []
    for i, token in enumerate(tokens[:-1]):
        if token in _PLACED_BY and tokens[i + 1] in question.proper:
            run = list(itertools.takewhile(lambda t: t in question.proper, tokens[i + 1:]))
            if _the_story(run, question):
                continue
            found.append((_PLACED_BY[token], frozenset(stem(w) for w in run)))
    return found


def _peer(question: Question, entry: Entry, anchors: frozenset[str]) -> bool:
    """Is `entry` of the kind of an entry the question names in `anchors`, and linked to it?"""
    return any(question.kinds.get(slug) == entry.kind and (
        slug in entry.related or entry.slug in question.links.get(slug, ())) for slug in anchors)


def _names_someone(question: Question, entry: Entry, facts) -> bool:
    """"Who found the anchor?" is answered by a fact named for who (`who`, `found_by`), or by
    text naming someone the question does not: not by "The bow anchor of the ferry". "Which
    pilot found it?" is answered only by a person's name, for a group is no pilot."""
    # (a fact named for the one asked, `predecessor`, names them even in everyday words)
    named_for = _CUE_STEMS["who"] | _placed(question)[0]
    # ("who is Dana Holt?" asks only who she is)
    if question.recalled or not question.attributes or any(
            not named_for.isdisjoint(stems(name.replace("_", " "))) for name, _ in facts):
        return True
    said = stems(question.text)
    for text in [*(value for _, value in facts), entry.summary]:
        if _person_named(text, question):  # (in everyday words too: "Tom Lee")
            return True
        # ("which Acme executive spoke to reporters?" asks a person's name: "An Acme executive
        # spoke" or "the harbour board" names none)
        if question.qtype != "who":
            continue
        # (or a group in everyday words: "the city council", "the home side", "owners")
        if not _SOMEONE.isdisjoint(stems(text) - said) or _names_other(text, said):
            return True
    return False


def _names_another(question: Question, entry: Entry, facts) -> bool:
    """"Who took over as mayor after Dana Holt?" of Dana Holt's own entry: the answer must name
    someone the question does not, or it only says who Dana Holt was. A question that says
    nothing but the name ("who is Dana Holt?") asks just that."""
    if question.recalled:
        return True
    placed, anchors = _placed(question)
    said = stems(question.text)
    texts = list(facts) or [("", entry.summary)]
    named_only = [] if anchors else [name for _, name in _placed_names(question)]
    if named_only and any(spelt <= stems(entry.title) for spelt in named_only):
        # (the entry of the one placed, though the question's name for them named no entry:
        # a succession its facts state names the answer, "Successor: Sam Reyes")
        texts = [(name, text) for name, text in texts if _states_succession(name, text)]
    elif named_only:
        # (a name no entry has: a fact must state the succession and name them)
        # (not one naming them on the side asked: "Successor: Sam Reyes" of Dana Holt says
        # who came after her, not who took over from Reyes)
        texts = [(name, text) for name, text in texts
                 if _states_succession(name, text) and not _named_for_side(name, placed)
                 and any(spelt <= stems(text) for spelt in named_only)]
        if texts and not (stems(entry.title) - _STOP_STEMS) <= said:
            return True
    elif anchors:
        # "Who ran the trust before Dana Holt?" is answered by a succession a fact states: in
        # her own entry, one naming someone else ("Predecessor: Grace Baker", "succeeded Sam
        # Reyes"); in another's, one that names her ("Successor: Dana Holt" of Grace Baker).
        stated = [(name, text) for name, text in texts
                  if _states_succession(name, text)]
        if entry.slug not in anchors:
            names = [name for slug in anchors for name in question.spelt.get(slug, ())]
            # (one naming her on the side asked says this entry is on the other: "Successor:
            # Dana Holt" of Grace Baker is no answer to "who took over from Holt?")
            if any(_named_for_side(name, placed) and any(spelt and spelt <= stems(text)
                                                         for spelt in names)
                   for name, text in stated):
                return False
            # (or, stating none, an entry of her kind linked to hers: "Sam Reyes, the trust's
            # president until 2009" for "who was it before Dana Holt")
            if not (stems(entry.title) - _STOP_STEMS) <= said and ((
                    not stated and _peer(question, entry, anchors)) or any(
                    any(spelt and spelt <= stems(text) for spelt in names) for _, text in stated)):
                return True
            # (or a fact listing her with others: "Chiefs: Sam Reyes (2001-2010), Dana Holt")
            texts = [(name, text) for name, text in texts
                     if any(spelt and spelt <= stems(text) for spelt in names)]
        else:
            texts = stated
    # (only of who came before or after: "who owns Dana Holt's firm?" may be "the council")
    elif entry.slug not in question.named or not question.attributes or _SEQUENCE.isdisjoint(
            w for t in question.tokens for w in (t, *_IDIOM_WORDS.get(t, ()))):
        return True
    else:
        # (of an entry titled like a person, "Dana Holt": not "Signing ceremony" or "BOP")
        title = entry.title.split()
        if not 2 <= len(title) <= 4 or not all(w[:1].isupper() for w in title):
            return True
    # (the other words of a name the question places the answer after are that person, not
    # another: "Led by: Dana Holt" for "who took over after Holt left?")
    said = said | frozenset().union(*(spelt for slug in anchors
                                      for spelt in question.spelt.get(slug, ())))
    for name, text in texts:
        # (a fact named for the one asked, `predecessor`, holds a name even in everyday words:
        # "Will Baker")
        # (or for what is asked: "who replaced Dana Holt?" of a `successor`, "Grace Hill")
        named_for = not placed.isdisjoint(stems(name.replace("_", " "))) or any(
            _holds(c, stems(name.replace("_", " "))) for c, _ in question.attributes)
        for match in _CAPITALISED.finditer(text):
            word = match.group().casefold()
            # (an everyday word is part of a title: "Director of the Health Department")
            # ("Sir Dana Holt": a title before a name is no other name)
            if ((named_for or not everyday(word)) and stem(word) not in said
                    and word not in _MONTH_WORDS and word not in _DAY_WORDS
                    and word not in NAME_TITLES):
                return True
    return False


def _title_names(entry: Entry, question: Question, of_person: bool) -> bool:
    """Is the entry's title the name asked: any name ("Operation Kestrel"), but a person's
    where a person is asked ("the name of the pilot who ..." is not answered by the title
    "Pilots aboard the Tern", which names only the ship)?"""
    return _gives_name(entry.title, question) and (
        not of_person or _person_named(entry.title, question))


def _names_beside_asked(question: Question, sentence: str, head: str | None) -> bool:
    """Does a sentence of a summary hold what a question asking a name asks of, besides the
    story's own name ("the youngest person killed at Gullport": killed, not Gullport)? Not
    when the store never uses the word for what is named, `head` ("the Tern's captain")."""
    if head in question.unknown:
        return False
    asked = [(c, w) for c, w in question.attributes if not _of_story(c, question)]
    found = stems(sentence)
    return bool(asked) and sum(w for c, w in asked if _holds(c, found)) >= FOCUS_SHARE * sum(
        w for _, w in asked)


def _shown_as(text: str, sentences: list[str]) -> str:
    """What a text the reply shows says: a fact's value ("Ship: the Tern"), or a sentence of
    the summary whole."""
    return text if text in sentences else text.partition(": ")[2]


def _gives_name(text: str, question: Question) -> bool:
    """Does `text` give a name the question and the pack's subject do not ("Passenger Dana
    Holt"; not "Two Harbour Board pilots" in a pack on the harbour, nor a body's kind)?"""
    said = stems(question.text) | question.subject
    # ("the name of the court": "Federal District Court" is one)
    tokens = question.tokens
    named = [tokens[i + 1 : i + 4] for i, t in enumerate(tokens) if t in ("name", "names")]
    if (called := _called(tokens)) is not None:
        named.append(tokens[max(0, called - 3):called])
    bodies = frozenset() if any(_BODIES.intersection(n) for n in named) else _BODIES
    for match in _INNER_CAPITAL.finditer(text):
        word = match.group().casefold()
        if (stem(word) not in said and stem(word) not in _STOP_STEMS and word not in bodies
                and word not in _MONTH_WORDS and word not in _DAY_WORDS):
            return True
    return bool(re.search(r"[\"“«]\w", text))  # a title in quotes


_POSSESSORS = frozenset("his her their its".split())
NAME_REACH = 3  # words after a noun its name comes within ("his wife, Ana Vellan"), not small ones


def _name_head(tokens: list[str]) -> str | None:
    """The noun whose name is asked: "what's Holt's husband called?", "Holt's husband's
    name", "the name of the new pier"; None when none is found."""
    if (called := _called(tokens)) is not None:
        head = tokens[called - 1]
    elif "name" in tokens and tokens.index("name") >= 2 and tokens[tokens.index("name") - 1] == "s":
        head = tokens[tokens.index("name") - 2]
    else:
        at = next((i for i, t in enumerate(tokens[:-1]) if t in ("name", "names")
                   and tokens[i + 1] == "of"), None)
        if at is None:
            return None
        rest = list(itertools.dropwhile(lambda t: t in _OF_WHICH, tokens[at + 2:]))
        phrase = list(itertools.takewhile(lambda t: t not in STOP and t.isalpha()
                                          and not t.endswith("ed"), rest))
        # ("the name of Dana Holt's book": the book, after the owner's "'s")
        if phrase and rest[len(phrase):len(phrase) + 1] == ["s"]:
            owned = list(itertools.takewhile(lambda t: t not in STOP and t.isalpha(),
                                             rest[len(phrase) + 1:]))
            phrase = owned or phrase
        head = phrase[-1] if phrase else None
    return head if head and head.isalpha() and head not in STOP else None


def _names_beside(head: str, text: str, question: Question) -> bool:
    """Does `text` give a name right beside the noun whose name is asked ("his wife, Ana
    Vellan", "Sam Reyes, the pilot"), or not speak of that noun at all (a fact named for it may
    give the name anywhere)?"""
    found = _RAW_WORD.findall(text)
    at = [i for i, w in enumerate(found) if stem(w.casefold()) == stem(head)]
    if not at:
        return True
    said = stems(question.text) | question.subject
    for i in at:
        # (after it, or before it: "Dana Holt, the pilot in charge")
        for side in (found[i + 1:], found[:i][::-1]):
            reach = NAME_REACH
            for word in side:
                if word.casefold() in _POSSESSORS or not reach:
                    break
                if word[:1].isupper() and stem(word.casefold()) not in said | _STOP_STEMS:
                    return True
                # ("the new ferry is to be named Puffin Star": small words take no reach)
                reach -= word.casefold() not in STOP
    return False


_TITLE_WORD = re.compile(r"[^\W_]+")
# A capitalised word inside a sentence; the words that say what kind of body a name is
_INNER_CAPITAL = re.compile(r"(?<=[a-z,;)] )[A-Z][\w'’-]*")
_INNER_WORD = re.compile(r"(?<=[a-z,;)] )[A-Z][^\W_]*")  # ... without its "'s"
_BODIES = frozenset("""authority agency department board commission committee company corporation
    inc ltd llc co group club association council court ministry office bureau administration
    service services airlines airline bank university institute union guild party government
    state city county district federal national international foundation trust fund""".split())


def _is_name(word: str, question: Question) -> bool:
    """Is this question word a name: written as one, or no word English uses often? A word the
    lexicon gives other words for is English, however rare ("greenlight")."""
    # (a country's adjective is no English paraphrase: "australia" stays a name)
    # (a typo of a word is that word: "wantd" is no name)
    return word.isalpha() and word not in question.typos and (word in question.proper or not (
        english(word) or (synonyms_of(word) and word not in COUNTRY_WORDS)))


_SHORT_UNITS = frozenset(_UNITS.values())
# Words of "who was the one / the first / the person responsible?" that, in a fact, name
# nobody ("closed on March 3": the stemmer makes "one" "on"; "the first ferry")
_ONLY_ASKING = frozenset("one first last main top lead head point responsible contact".split())
# The nouns "how many" counts people by ("crew", "passengers", "people")
_COUNTED_PEOPLE = frozenset([*_PEOPLE, *_PERSON_NOUNS, *_GROUPS_OF_PEOPLE])
# Plural words for people, that end a body's name ("Gullport Pilots"), never a person's
_PLURAL_PEOPLE = frozenset(w for w in (*_PEOPLE, *_PERSON_NOUNS)
                           if w.endswith("s") and not w.endswith("ss")) - _PERSONS
# Words for people or a body of them: who may be "the council", "the home side", "owners"
_SOMEONE = frozenset(stem(w) for w in (
    *_PEOPLE, *(_ANYONE - _ONLY_ASKING), *"""council councillors committee board court jury
    government side team union agency department authority authorities owner owners buyer
    buyers user users holder holders maker manufacturer seller company police regulator
    lawmakers voters""".split()))
# The names of a fact that is an entry's own count ("count: 11 boats")
_OWN_COUNTS = frozenset({"count", "number"})


def _own_count(name: str, value: str, given: frozenset[str]) -> bool:
    """Is this fact the entry's own count, a number in a fact named only for counting? Then it
    counts what the entry is about, in whatever word the question calls it ("how many skiffs
    joined the rescue flotilla?" of the flotilla's "count: 11 boats")."""
    return name in _OWN_COUNTS and _counts({stem(name)}, name, value, given)


def _counts(alts: set[str], name: str, value: str, given: frozenset[str] = frozenset()) -> bool:
    """Does this fact count one of `alts`: a field named for it holding a number (`engineers:
    700`), or a number within a few words of it ("2.5 million phones", "phones: about 2.5m")?
    A number the question `given` itself ("how many 911 calls") is no count of them."""
    cleaned = clean(value)
    found = list(_RAW_WORD.finditer(cleaned))
    tokens = [m.group().casefold() for m in found]

    def names(j: int, i: int) -> bool:
        # A number right after a word names it rather than counts it ("Berth 7", "Ferry
        # 93"), unless something stands between them ("Ships: 422").
        return i == j + 1 and not cleaned[found[j].end():found[i].start()].strip()

    # A number after a capitalised word that does not open a sentence names a thing ("the
    # Pier 9 crew"); "Ships: 422" and ". About 6" count.
    def naming(i: int) -> bool:
        if i == 0 or not found[i - 1].group()[:1].isupper() or not names(i - 1, i):
            return False
        before = cleaned[:found[i - 1].start()].rstrip()
        return bool(before) and before[-1] not in ".!?:;"

    # "$2.5 billion each" is an amount of money, however many members it is of
    amounts: set[int] = set()
    for i, match in enumerate(found):
        before = cleaned[max(0, match.start() - 16):match.start()]
        if _CURRENCY.search(before.rstrip("0123456789.,")[-2:]) or (
                tokens[i] in _MULTIPLIERS and i - 1 in amounts
                and not cleaned[found[i - 1].end():match.start()].strip()):
            amounts.add(i)

    shown = [i for i, t in enumerate(tokens) if SHAPES["number"].search(t) and not naming(i)
             and t not in given and i not in amounts]
    if alts & stems(name.replace("_", " ")) and shown:
        return True
    # A year or a day of a month dates something; it counts nothing ("counsel since 2020").
    numbers = [i for i in shown if not _YEAR.fullmatch(tokens[i])
               and not _ORDINAL.fullmatch(tokens[i])
               and not (i and tokens[i - 1] in _MONTH_WORDS)]
    # A unit's short form counts only right after its number, not after a currency ("40 m",
    # not "$40 m").

    def near(j: int, i: int) -> bool:
        # ("took six hours; lifeboats ...", "queued outside branches for several days" count
        # time, not lifeboats or branches)
        if spent(i):
            return False
        if tokens[j] in _SHORT_UNITS:
            return i == j - 1 and not _CURRENCY.search(cleaned[max(0, found[i].start() - 2):
                                                               found[i].start()])
        if joined(i):  # "a one-time payment to passengers" counts times, not passengers
            return j == i + 1
        return abs(i - j) <= COUNT_REACH and not names(j, i) and not other(j, i)

    # A number of hours, months or years counts time, not a thing after it ("took six hours;
    # lifeboats ...", "20 months in Gullport" counts no people of Gullport), unless time is
    # what is counted.
    def spent(i: int) -> bool:
        k = i + 1
        while k < len(tokens) and tokens[k] in _MULTIPLIERS:
            k += 1
        return (k < len(tokens) and tokens[k] in _TIME_UNITS and stem(tokens[k]) not in alts
                and not cleaned[found[k - 1].end():found[k].start()].strip(" -"))

    def joined(i: int) -> bool:  # (not "40-odd", "40-plus", "a 40-strong crew")
        return (i + 1 < len(found) and tokens[i + 1].isalpha()
                and tokens[i + 1] not in _ROUGHLY
                and cleaned[found[i].end():found[i + 1].start()] == "-")

    # "customers were charged thousands of dollars": the number counts what follows its "of"
    def other(j: int, i: int) -> bool:
        k = i + 1
        while k < len(tokens) and tokens[k] in _MULTIPLIERS:
            k += 1
        return (j < i and k + 1 < len(tokens) and tokens[k] == "of"
                and stem(tokens[k + 1]) not in alts)

    return any(near(j, i) for j, t in enumerate(tokens) if stem(t) in alts for i in numbers)


# Units of time: a number right before one counts time
_TIME_UNITS = frozenset("second seconds minute minutes hour hours day days week weeks month months "
                        "year years decade decades".split())
_MULTIPLIERS = frozenset("hundred hundreds thousand thousands million millions billion billions "
                         "trillion".split())
_EXCLUDED = re.compile(rf"\b(?:{'|'.join(EXCEPTIONS)})\s[^,;.()]*", re.IGNORECASE)
_SINCE_YEAR = re.compile(r"\bsince\s+(?:(?:early|late|mid)[\s-]+)?(?:[A-Z][a-z]+\s+)?"
                         r"(?:1[6-9]|20)\d\d\b")
# (to the end of the list: not the clause after it, "such as the Tern and the Puffin, in
# which the skipper found rust")
_EXAMPLES = re.compile(
    r"\b(?:including|such as)\s[^;.(),]*(?:,\s(?!(?:in|which|who|whom|whose|where|when|that|"
    r"while|after|before|but|as|with|for|to|from|by|on|at|although|though|because|since|"
    r"until|so|then)\b)[^;.(),]*)*", re.IGNORECASE)
# Three or more names in a row ("Dana, Sam and Grace sailed"): members of a group
# (possessive, and never from inside a list: a long list of names costs one pass, not one
# per name)
_NAME = r"[A-Z][\w'’&-]*+(?:\s[A-Z][\w'’&-]*+)*+"
# (not a word that opens a sentence: "Meanwhile, Dana and Sam signed")
_LINKERS = ("Meanwhile|However|Today|Also|Moreover|Still|Then|Now|Later|Earlier|Instead|"
            "Finally|Yesterday|Tomorrow|Separately|Besides|Overall|Previously|Since|So|But|And")
_LISTED = re.compile(
    rf"(?<!,\s)\b(?!(?:{_LINKERS})\b){_NAME}(?:,\s{_NAME})++,?\s(?:(?:and|or)\s{_NAME}|"
    rf"and\sothers\b|etc\b)")


def _members(text: str) -> str:
    """`text` without the names it gives as members of a group: an example ("including the
    Tern") or one of a list of three ("Dana, Sam and Grace sailed; 40 crossings were
    cancelled")."""
    return _LISTED.sub(" ", _EXAMPLES.sub(" ", text))


def _another_person(concept: Concept, question: Question, entry: Entry) -> bool:
    """Is the concept a person other than the one the entry, a person's own, is about, in a
    question that asks no one's name? A person's summary tells of those around them, but
    its figures and dates are that person's own (and what it says they said to the other is
    what "what did Holt say to Reyes?" asks)."""
    return (entry.kind in PERSON_KINDS and concept.slug not in (None, entry.slug)
            and question.kinds.get(concept.slug) in PERSON_KINDS
            and question.qtype not in ("who", "names", "said")
            and not _owner_of_person(concept, question))


def _owner_of_person(concept: Concept, question: Question) -> bool:
    """Is the concept a person's name, the owner of a word for a person ("how long did Holt's
    deputy get?", "how much time did Holt's ex get?"): the one asked of is that other person?"""
    return person_owned(concept, question) is not None


def person_owned(concept: Concept, question: Question) -> str | None:
    """The word for the person the concept's person owns ("deputy" of "Holt's deputy"), or
    None."""
    if question.kinds.get(concept.slug) not in PERSON_KINDS:
        return None
    span, tokens = concept.word.split(), question.tokens
    n = len(span)
    for i in range(len(tokens) - n - 1):
        if tokens[i:i + n] != span or tokens[i + n] != "s":
            continue
        after = tokens[i + n + 1:i + n + 3]
        owned = next((w for w in after if w in _PERSON_NOUNS), None)
        # ("Holt's ex", read as "Holt's former": the former partner, when no noun follows)
        if owned is None and after[:1] == ["former"] and (len(after) == 1 or after[1] in STOP):
            owned = "former"
        if owned is not None:
            return owned
    return None


def _kin(entry: Entry, question: Question, concept: Concept) -> frozenset[str]:
    """The stems of the names of the related entries whose summaries tell of this one: what
    it is a part of, and about without saying so (the fare rise of "Gull Island Ferries (the
    island's ferry line)", whose summary names the fare rise, is the island's). Not the names
    of the entry the concept itself names: a ferry line's own pay is not its fare rise's."""
    return frozenset().union(*(names for slug, names in question.kin(entry.slug).items()
                               if slug != concept.slug))


def _unmentioned(concept: Concept, question: Question, entry: Entry,
                 held: set[str] | frozenset[str]) -> bool:
    """Does the question name another entry (not one the conversation brought, not one that
    only sets the scene) that text with these stems never mentions?"""
    return (concept.slug is not None and concept.slug != entry.slug and bool(concept.alts)
            and not question.recalled and not _sets_scene(concept, question)
            and not _the_story_entry(concept, question)
            and not _mentions(concept, question, held))


def _the_story_entry(concept: Concept, question: Question) -> bool:
    """Does this name the entry that is the story itself, in everyday words ("the merger" of
    the entry "Acme's takeover of Osprey", in a pack on that takeover)? Every entry is about
    it, whether or not it says so. (Not a name: "Osprey" of a pack on the Osprey crash names
    the airline, which another entry need not be about.)"""
    title = (question.spelt.get(concept.slug or "") or [frozenset()])[0]
    if question.kinds.get(concept.slug or "") in PERSON_KINDS:
        return False
    return (len(title) >= 2 and title <= question.subject
            and not any(_is_name(word, question) for word in concept.word.split())) or (
        _story_named(concept, question))


# Words before the story's own name that make it what is spoken of, not a doer: "documents on
# Osprey", "because of Osprey" (not "said about Osprey": what a quote must be about)
_STORY_NAME_LEADS = (("on",), ("because", "of"), ("due", "to"), ("caused", "by"))
# Nouns for the story's people after its own name ("the Osprey families"; not "the last Osprey
# survivor", one of them); the nouns a story is called by (`_STORY_NOUNS`: "the Osprey case")
# do as well, not any other ("the Osprey wreck", the ship's)
_STORY_PEOPLE = frozenset(stem(w) for w in "families victims relatives dead".split())


def _story_named(concept: Concept, question: Question) -> bool:
    """Is a name of the pack's own subject typed as the story itself: before a noun for its
    people or the event ("the Osprey families", "the Osprey case") or after "on" or "because
    of" ("documents on Osprey")? Not as a doer or an owner ("how much did Osprey lose?", "the
    Osprey's chief", "the Osprey wreck"), which an entry must be about."""
    span, tokens = concept.word.split(), question.tokens
    if not stems(concept.word) <= question.subject:
        return False
    for i in range(len(tokens) - len(span) + 1):
        if tokens[i:i + len(span)] != span:
            continue
        after = tokens[i + len(span):i + len(span) + 1]
        if after and stem(after[0]) in _STORY_PEOPLE | _STORY_NOUNS:
            return True
        if any(i >= len(lead) and tuple(tokens[i - len(lead):i]) == lead
               for lead in _STORY_NAME_LEADS):
            return True
    return False


def _possessive(concept: Concept, question: Question) -> bool:
    """Is the name typed as whose officer is asked ("Acme's chief executive", not "Gull
    Island's ferry")?"""
    span, tokens = concept.word.split(), question.tokens
    # ("who runs Acme?", "who's running Acme?": the body run, whose own fact must name it, as
    # "Acme's chief executive" does; "who ran Gull Island's ferry?" runs no island)
    return any(tokens[i:i + len(span)] == span and tokens[i + len(span)] == "s"
               and stem(tokens[i + len(span) + 1]) in _OFFICERS
               for i in range(len(tokens) - len(span) - 1)) or (
        tokens[:1] == ["who"] and any(
            tokens[i:i + len(span)] == span and tokens[i - 1] in _IN_CHARGE
            and tokens[i + len(span):i + len(span) + 1] != ["s"]  # (not "Gull Island's ferry")
            for i in range(2, min(len(tokens), 5))))


def _officer_of(question: Question) -> str | None:
    """"Who was the CEO of the GPX?": the stem of a one-word name typed after an officer and
    "of", when it names no entry (one that does is checked as a concept); None otherwise."""
    tokens = question.tokens
    named = {w for c in question.concepts if c.slug is not None for w in c.word.split()}
    for i in range(len(tokens) - 2):
        if stem(tokens[i]) in _OFFICERS and tokens[i + 1] == "of":
            j = i + 2 + (tokens[i + 2] == "the" and i + 3 < len(tokens))
            word = tokens[j]
            if word in question.proper and word not in named and (
                    j + 1 == len(tokens) or tokens[j + 1] not in question.proper):
                return stem(word)
    return None


def _mentions(concept: Concept, question: Question, held: set[str] | frozenset[str]) -> bool:
    """Does text with these stems mention the entry `concept` names, by the name typed or by
    any of the entry's names ("the Harbour Survey Board" for "HSB")?"""
    return _holds(concept, held) or any(
        name and name <= held for name in question.spelt.get(concept.slug or "", ()))


def _holds(concept: Concept, stems: set[str] | frozenset[str]) -> bool:
    if concept.number is not None and concept.number not in stems:
        return False
    if concept.need == 1:  # most concepts: no intersection set to build
        return not concept.alts.isdisjoint(stems)
    return len(concept.alts & stems) >= concept.need


def _named_else(concept: Concept, question: Question, found: set[str] | frozenset[str]) -> bool:
    """Do these stems name what a name asked names by another of its names ("Acme" typed,
    "Acme Ferries Ltd" written)?"""
    return concept.slug is not None and any(
        spelt and spelt <= found for spelt in question.spelt.get(concept.slug, ()))


_CUE_STEMS = {qtype: frozenset(stem(c) for c in cues) for qtype, cues in FIELD_CUES.items()}
# Words for an officer of a body, whose own fact must name the body ("Acme's chief executive")
_OFFICERS = _CUE_STEMS["who"] | frozenset(stem(w) for w in (
    "executive boss lawyer lawyers attorney spokesman spokeswoman manager chairwoman "
    "secretary commissioner minister treasurer general counsel".split()))
# An idiom an entry writes holds itself ("a wind-down plan" answers "when was the wind-down
# approved?"), and, when it means one thing wherever it is written, its plain words too ("in
# force": in effect; not "held up", which a pier that withstood a storm also did)
_WRITTEN_IDIOMS = frozenset("_".join(run) for run in IDIOMS if " ".join(run) in WRITTEN_IDIOMS)
# The other way round: the stems of the words that may mean a word ("fine" for "penalty")
_MEANT_BY: dict[str, set[str]] = {}
for _word, _others in SYNONYMS.items():
    for _other in _others:
        _MEANT_BY.setdefault(stem(_other), set()).add(stem(_word))
# ... and by which it points back at a person ("who replaced her?")
_PERSONAL = frozenset("he him his she her".split())
# The kinds a pack gives its people (see content/README.md)
PERSON_KINDS = frozenset({"person", "people", "individual"})


# Words that make a noun one or some of a kind without naming it ("two firms", "several
# ferries", "a handful of pilots")
_SOME = frozenset("a an one two three four five six seven eight nine ten dozen dozens several "
                  "some many various multiple numerous few other".split())
_EVERY = frozenset("each every".split())
# Words saying a thing's name is withheld: "an unnamed federal organisation"
_UNNAMED = frozenset("unnamed unidentified undisclosed unspecified".split())
# (not "nations" for "countries": its stem is "national"'s)
_KIND_ALIKE = {"countries": ("states",), "nations": ("states", "countries")}
# how many words back from the noun such a word may be ("a handful of big ... firms")
_SOME_REACH = 7
# What names them after the noun ("two firms, Acme and Beta", "pilots (Dana Holt ...)")
_NAMES_AFTER = re.compile(r"^\s*(?:[,:(—–]|\s-\s|\b(?:including|such as|like|led by|named|"
                          r"called|namely)\b)\s*[\"“]?[A-Z]")
_NAME_BEFORE = re.compile(r"[A-Z][\w'’&.-]*\)?,?\s*$")
_LIST_JOINS = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
_LISTED_NAME = re.compile(r"^\W?[a-z]?[A-Z][\w'’&.-]*(?:\s+\S+){0,5}$")
_WORD_AT = re.compile(r"[\w'’&-]+")
_CLAUSE_BREAK = re.compile(r"[.;:!?]\s")
_NAMES_OF = (("names", "of"), ("name", "the"), ("name", "of"))
_ASKER = frozenset("you u please".split())  # "can you list the ...", "please list the ..."


def _name_list(value: str) -> bool:
    """Is the value a list of names ("Dana Holt, Sam Reyes and Acme Marine")?"""
    items = _LIST_JOINS.split(value.rstrip(". "))
    return len(items) > 1 and all(_LISTED_NAME.match(item) for item in items)


def _names_later(text: str, asked: frozenset[str]) -> bool:
    """Does the rest of the sentence name something the question does not ("two firms were
    hired: Acme and Beta"), a month or a day being no name? (Not the rest of the noun:
    "two Gull Island firms".)"""
    sentence = _SENTENCE.split(text, maxsplit=1)[0].split(";")[0]
    sentence = re.sub(r"^(?:\s*[A-Z][\w'’-]*)+", "", sentence)
    return any(stem(w.lower()) not in asked and w.lower() not in _MONTH_WORDS
               and w.lower() not in _DAY_WORDS for w in _CAPITALISED.findall(sentence))


def _kind_run(tokens: list[str]) -> list[str]:
    """"which two outside salvage firms did the harbour hire?": the words naming the kind
    asked for, up to its verb ("outside", "salvage", "firms"), no counts; so too after "the
    names of" ("what were the names of the two pilots?"); empty when it asks no such kind."""
    for i, token in enumerate(tokens):
        if token == "which":
            start = i + 1
        elif tuple(tokens[i:i + 2]) in _NAMES_OF or (
                tuple(tokens[i:i + 2]) == ("list", "the") and (i == 0 or tokens[i - 1] in _ASKER)
                and tokens[i + 2 : i + 3] not in (["names"], ["name"])):
            start = i + 2  # ("can you list the nine staff?": their names)
        else:
            continue
        run = []
        for word in tokens[start:start + 6]:
            # ("the date on which the ferry sailed": "which" there asks nothing)
            if word == "the" and not run and start > i + 1:
                continue
            if word in STOP or word.isdigit() or word in _FEW or word in _HEDGES or (
                    run and (word.endswith("ed") or "_" in word or irregular(word))):
                if run or (word not in _FEW and not word.isdigit()):
                    break
                continue
            run.append(word)
        return run
    return []


def _unnamed_kind(question: Question, entry: Entry, facts) -> str | None:
    """"Which salvage firms did the harbour hire?" asks their names: a reply that speaks of
    them only as some of a kind ("two salvage firms were hired", "a handful of firms")
    and names none does not say which; None when it names them or speaks of them plainly."""
    run = _kind_run(question.tokens)
    if not run:
        return None
    # (the kind said in other words: "which countries" of "several states", "which
    # firms" of "two salvage companies"; not of one, "which country", whose name the reply may
    # give in a sentence of its own)
    plural = run[-1].endswith("s") and not run[-1].endswith("ss")
    heads = {stem(w) for w in [run[-1], *((*synonyms_of(run[-1]), *_KIND_ALIKE.get(
        run[-1], ())) if plural else ())]}
    kind = {stem(w) for w in run} | heads
    # ("Crew: Dana Holt and Sam Reyes": a fact listing names gives them; an entry that is one
    # of the kind, a building's for "which building", gives its name in its title)
    if any(_name_list(value) for _, value in facts) or not heads.isdisjoint(
            stems(entry.kind.replace("-", " ").replace("_", " "))):
        return None
    asked = stems(question.text)
    said = set()
    for text in [*(_fact_text(n, v) for n, v in facts), entry.summary]:
        found = [(m.start(), m.end(), stem(m.group().lower())) for m in _WORD_AT.finditer(text)]
        for i, (_, _, word) in enumerate(found):
            if word in kind:
                said.add(_kind_mention(text, found, i, kind, heads, asked))
    if "named" in said:
        return None
    # (one the text says is unnamed is no more named for being "the agency" later)
    return f"names no {run[-1]} in {entry.slug}" if "withheld" in said or (
        "vague" in said and "plain" not in said) else None


def _kind_mention(text: str, found: list[tuple[int, int, str]], i: int, kind: set[str],
                  heads: set[str], asked: set[str]) -> str | None:
    """How the word `found[i]` of the kind asked speaks of it: "named" (written as a name,
    "the Gull Island Ferry", or some of them with their names near), "vague" (some of a kind,
    "two salvage firms"), "withheld" ("an unnamed firm"), "plain" ("the firms", the kind
    itself), or None (a word of a longer phrase, or every one of them: "each state")."""
    start, end, word = found[i]
    if i + 1 < len(found) and found[i + 1][2] in kind and not _CLAUSE_BREAK.search(
            text[end:found[i + 1][0]]):
        return None
    # (written as a name: "Ferry 7", "Tern 2.1.0", "the Gull Island Ferry")
    if text[start].isupper() and i + 1 < len(found) and found[i + 1][2][:1].isdigit() and (
            text[end:found[i + 1][0]] == " "):
        return "named"
    if word in heads and text[start].isupper() and i and not _CLAUSE_BREAK.search(
            text[found[i - 1][1]:start]) and ":" not in text[found[i - 1][1]:start]:
        return "named"
    some = None
    for j in range(i - 1, max(i - _SOME_REACH, 0) - 1, -1):
        between = text[found[j][1]:found[j + 1][0]]
        if _CLAUSE_BREAK.search(between) or "," in between:
            break
        if text[found[j][0]:found[j][1]].lower() in _UNNAMED:
            return "withheld"
        if text[found[j][0]:found[j][1]].lower() in _SOME or found[j][2].isdigit():
            some = j
            break
        # ("each state must name a harbour warden": every one, neither some nor spoken of
        # plainly)
        if text[found[j][0]:found[j][1]].lower() in _EVERY:
            return None
    if some is None:
        return "plain" if word in heads else None
    if _NAMES_AFTER.search(text[end:]) or _NAME_BEFORE.search(
            text[:found[some][0]]) or _names_later(text[end:], asked):
        return "named"
    return "vague"
