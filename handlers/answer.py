"""Turn a question into the entry and facts that answer it, or decline.

The steps:
1. words, minus stop words; idioms read as their plain words ("pull the plug": discontinue);
   unknown words repaired (general-English synonyms, typos) or set aside, but a word spelt right
   (handlers/english.py) is never "repaired" into another; entity names found whole;
2. candidates: entries named in the question, plus an FTS5 bm25 query over the quoted words;
3. each candidate scored by a field-weighted BM25 (names and aliases, keywords, fields, summary)
   over the question's concepts, with a boost for the entry a name names and for entries that
   link to it, so an entry that joins two named things beats either thing's own entry, and
   for two question words in a row that an entry's names or keywords hold in that order;
4. decline on evidence: nothing in the store matches the topic (off-topic), a name the store has
   never seen, or the best entry lacks the kind of fact asked (a date for "when", an amount for
   "how much", a number beside X for "how many X", a quote for "what did X say"), or its fact
   is not about the names and years the question asks of;
5. pick the fields that fit: by the question's words, by field-name conventions (who, when,
   cost, count ...) and by the shape of a value (money, a number, a percentage, a date).
"""

import difflib
import itertools
import math
import re
import threading
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from decimal import Decimal

from content.entry import Entry
from content.store import Store
from content.text import US_NAMES, clean, normalize_name, stem, stems, words
from handlers.english import (
    common,
    derived,
    english,
    everyday,
    irregular,
    light,
    manner,
    respelt,
)
from handlers.lexicon import (
    AMOUNT_WORDS,
    COUNTRY_WORDS,
    DURATION_WORDS,
    EXCEPTIONS,
    FIELD_CUES,
    FILLERS,
    GENERIC,
    GROUP_NOUNS,
    HOW_WORDS,
    IDIOMS,
    MONEY_WORDS,
    NEXT_NOUN_TYPES,
    NOUN_TYPES,
    OUT_OF_SCOPE,
    PHRASE_TYPES,
    POINTERS,
    QUESTION_TYPES,
    QUESTION_WORDS,
    SEATS,
    SHORT_FORMS,
    SIZE_NOUNS,
    STATE_CODES,
    STOP,
    SYNONYMS,
    WRITTEN_IDIOMS,
    YES_NO_OPENERS,
)
from handlers.parts import lead_in, parts_and_asides
from handlers.vocabulary import Vocabulary

MAX_WORDS = 40
CACHE_SIZE = 4096
MAX_FACTS = 3  # fields shown with an answer, besides the summary
CLOSE_SHARE = 0.75  # ... each scoring at least this share of the best one
FACT_SHARE = 0.5  # ... or this share, when it holds a question word those before it do not
COUNT_RANK = 0.5  # ranking: an entry with a number of the thing "how many" counts
SETTING_WEIGHT = 0.75  # ranking order: a word of a clause setting the time ("when it sank")
LIGHT_RANK = 0.8  # ranking order: one of English's most common words ("go", "take")
SIZE_RANK = 0.25  # ranking: an entry with a fact named for the size asked ("speed": how fast)
END_RANK = 1.0  # ranking: how it ended ("what did the inquiry ultimately find?"): a final report
BACKGROUND_WEIGHT = 0.5  # picking facts: a word of the scene-setting clause, against the rest
NAME_BONUS = 1.5  # picking facts: one holding a name the question asks of
IDF_POWER = 0.5  # picking facts: how much more a rare question word counts than a common one
COUNTS_BONUS = 3.0  # a fact holding a number of the thing "how many" counts
# A fact of the kind asked must hold this share (by IDF) of the question's other words.
FOCUS_SHARE = 0.4
CANDIDATES = 30
# Entries searched for the words an unknown acronym stands for.
SPELL_FROM = 10
# Field weights of the BM25 score: a word in a name says more than one in the summary.
PLACE_WEIGHTS = {"names": 3.0, "fields": 1.0, "phrases": 2.0, "facts": 1.0, "summary": 1.0}
K1 = 1.2
B = 0.75  # length normalisation of facts and summary, against the other candidates
# The entry a name in the question names, and entries that link to it.
OWN_BOOST = 1.0
RELATED_BOOST = 0.3
CUE_BOOST = 0.25
KIND_BOOST = 0.5  # ranking: an entry of a kind the question names ("which agency")
PHRASE_BOOST = 0.5  # ... for each two words in a row of the question an entry's names or
# keywords hold in that order
MAX_INNER_STOPS = 2  # ... or with this many small words between them ("board of appeal")
# When the best entry cannot answer, the next few may, if they score this share of the best.
RUNNERS_UP = 2
RUNNER_UP_SHARE = 0.9
# A later part pointing back at a declined part is answered from an entry the declined part
# ranked this high itself
AGREED_RANKS = 2
# ... or this share, when the best holds no count of what "how many X of Y" asks and the
# runner-up counts X itself (see `_counted_further`)
COUNTED_SHARE = 0.66
# ... and the entry the question names, if it scores this share of the best.
NAMED_SHARE = 0.5
# Decline when the best entry holds less than this share (by IDF) of the question's words.
MIN_COVERAGE = 0.5
NAME_GAP = 2  # words a name's words may have between them in an entry ("2019 Gullport inquiry")
OUTCOME_COVERAGE = 0.75  # ... of a yes/no question on whether something ever happened
LIGHT_SHARE = 0.5  # ... where one of English's most common words counts for this much
# Decline when this share of a question's topic words is unknown and it names no entry.
MAX_UNKNOWN_SHARE = 0.5
MAX_NAME_WORDS = 4  # words of a person's name typed in lower case ("ana maria ruiz")
# How much a word no entry holds counts against coverage, against an average known word.
UNSEEN_WEIGHT = 0.75
# ... and in a yes/no question at least this share of the weight of a word no entry holds
UNSEEN_RARE_SHARE = 0.3
# A taught phrasing this close (shared stems) to the question answers from its entry.
LEARNED_MATCH = 0.8
# "How many X": a number this many words or fewer from X counts X.
COUNT_REACH = 4

_RAW_WORD = re.compile(r"[^\W_]+")
_CURRENCY = re.compile(r"[$€£¥]")
_YEAR = re.compile(r"(?:1[6-9]|20)\d\d")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
_ORDINAL_END = re.compile(r"(?<=\d)(?:st|nd|rd|th)$")
# "w/o power", "b/c of the storm": short forms a tokenizer would cut in two
_SLASHED_WORDS = {"w/o": "without", "b/c": "because", "w/": "with", "co-op": "cooperative",
                  "co-ops": "cooperatives"}
_SLASHED = re.compile(r"(?<!\w)(?:w/o|b/c|w/|co-ops?)(?!\w)", re.IGNORECASE)
_SEAT = re.compile(rf"\b(?:{'|'.join(SEATS)})\b", re.IGNORECASE)
_STATE = re.compile(rf"\b(?:{'|'.join(STATE_CODES)})\b")
_DRAWN_OUT = re.compile(r"([a-z])\1{2,}")  # "sooo" is "so", "pleeease" "please"

# Shapes of values: what "how much", "how many", "what share" and "when" want to find.
_MONTHS = ("january february april june july august september october november december jan "
           "feb apr jun jul aug sep sept oct nov dec")
_MONTH_WORDS = frozenset(_MONTHS.split()) | {"may", "march"}
# Each month as a question reads it (SHORT_FORMS has made "sept" "september") and the ways a fact
# may write it: "september": ("september", "sep", "sept").
_MONTH_FORMS = {full: (full, *sorted(s for s, f in SHORT_FORMS.items() if f == full))
                for full in _MONTH_WORDS - set(SHORT_FORMS)}
# Verbs that, with "for" soon after, name a price ("sold the pier for"; not "charged with").
_SOLD = frozenset("sell sold sells selling".split())
# ... and "charge for" with nothing between ("what do they charge for a crossing"), unless
# someone "was charged for" a crime, or "charged Dana Holt for" it: accused of it
_CHARGED = frozenset("charge charged charging".split())
_PASSIVE = frozenset("was were been be being is are got get gets".split())
_PERIOD_EDGES = frozenset("early mid late".split())
_DAYS = "monday tuesday wednesday thursday friday saturday sunday"
# A person's age as text gives it ("63-year-old", "aged 19", `age: 63`, "born in 1962")
_PERSON_AGE = (r"\b\d{1,3}[- ](?:years?|yrs?)[- ]old\b|\baged?\b|\bborn\b|"
               r"\b(?:oldest|youngest)\b")
_PERSON_AGED = re.compile(_PERSON_AGE, re.IGNORECASE)
SHAPES = {
    "money": re.compile(
        # (one run of spaces at a time: two optional runs in a row are slow on a long one)
        r"[$€£¥]\s?\d|(?<![\d,.])\b\d[\d,.]*+\s*+(?:(?:k|m|bn|million|billion|trillion|"
        r"thousand)\s*+)?(?:dollars?|euros?|pounds?|usd|eur|gbp|yen)\b", re.IGNORECASE),
    "percent": re.compile(r"\d\s?%|\bper\s?cent\b|\bpercent(?:age)?\b|\bbasis points?\b|\d\s?bps\b",
                          re.IGNORECASE),
    # "how old": an age ("63-year-old", "aged 19", "age: 63"), a birth, or a founding
    "age": re.compile(rf"{_PERSON_AGE}|"
                      r"\b(?:founded|established|opened|built|completed|delivered|launched|"
                      r"began|started|"
                      r"created|incorporated|commissioned|formed)\b", re.IGNORECASE),
    "number": re.compile(
        r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|"
        r"twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|several|single|"
        r"half)\b", re.IGNORECASE),
    "date": re.compile(
        rf"\b(?:{'|'.join(_MONTHS.split())}|{'|'.join(_DAYS.split())}|today|tomorrow|"
        r"yesterday|ago|tonight|week|weeks|month|months|year|years|quarter|morning|evening|"
        r"daily|weekly|annually)\b|\b(?:may|march)\s+\d|\b(?:1[6-9]|20)\d\d\b|"
        r"\b\d{1,2}[/.-]\d{1,2}\b",
        re.IGNORECASE),
    # "how often": "four times a year", "every 20 minutes", "twice", "daily"
    "frequency": re.compile(r"\b(?:times|twice|once|daily|weekly|monthly|yearly|annually|"
                            r"hourly|nightly|quarterly|fortnightly|biweekly|semiannually|"
                            r"every)\b|\b(?:a|an|per|each)\s+(?:day|week|fortnight|month|"
                            r"quarter|year|hour|night|minute)s?\b(?!\s+of\b)", re.IGNORECASE),
    "temperature": re.compile(r"°|\bdegrees?\b|\bfahrenheit\b|\bcelsius\b|\d\s?[fc]\b",
                              re.IGNORECASE),
    "duration": re.compile(r"\b(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|"
                           r"ten|several|few)[\s-]+(?:seconds?|minutes?|hours?|days?|weeks?|"
                           r"months?|years?)\b", re.IGNORECASE),
    "length": re.compile(r"(?<![\d,.])\b\d[\d,.]*+[\s-]*(?:miles?|km|kilometres?|kilometers?|"
                         r"metres?|meters?|feet|foot|ft|yards?|cm|inches)\b", re.IGNORECASE),
    "pages": re.compile(r"(?<![\d,.])\b\d[\d,.]*+[\s-]*pages?\b", re.IGNORECASE),
    "clock": re.compile(r"\b\d{1,2}(:\d\d)?\s*(a\.?m|p\.?m)\b|\b\d{1,2}:\d\d\b|"
                        r"\bnoon\b|\bmidnight\b", re.IGNORECASE),
    # A name: a capitalised word inside a sentence (not a month or a day), or a quoted title
    "name": re.compile(rf"(?<=[a-z,;)] )(?!(?i:{'|'.join(_MONTHS.split())}|"
                       rf"{'|'.join(_DAYS.split())}|may|march)\b)[A-Z][A-Za-z'-]+|[\"“«]\w"),
    # "what range": two figures, from one to the other ("$400 million to $1.5 billion")
    # (a sum or a share at both ends: not years, "2019-2020", a score, "4-3", a vote, "7 to 2")
    "range": re.compile(r"(?:[$€£¥]\s?|(?<![\d,.]))\d[\d,.]*+\s*+(?:%|percent\b|(?:k|m|bn|"
                        r"thousand|million|billion|trillion)\b)\s*+(?:to|-|–)\s*+[$€£¥]?\d|"
                        r"[$€£¥]\s?\d[\d,.]*+\s*+(?:to|-|–)\s*+[$€£¥]\s?\d", re.IGNORECASE),
    # "the biggest fine": a ceiling ("up to $1 million", "a maximum of 40 berths")
    "ceiling": re.compile(r"\b(?:up to|as (?:much|many|high) as|at most|no more than|capped at|"
                          r"a cap of)\s+[$€£¥]?\d|\bmaximum\b", re.IGNORECASE),
    # (a hearing's "testified" says nothing said; "testified that ..." does)
    "quote": re.compile(r"[\"“”«»]|\b(?:said|says|say|stated|told|wrote|called|described|"
                        r"argued)\b|\b(?:testified|apologi[sz]ed|announced|commented)"
                        r"\s*(?:that\b|:)", re.IGNORECASE),
}
# The kinds of fact a question type needs; an entry without one cannot answer it. (A time of
# day says when: "the valves shut at 06:45".)
NEEDS_SHAPE = {
    "when": ("date", "clock"), "duration": ("duration", "date", "length"), "clock": ("clock",),
    "amount": ("money", "percent"),
    "count": ("number",), "percent": ("percent",), "said": ("quote",), "age": ("age",),
    "often": ("frequency",),
    "temperature": ("temperature",), "quantity": ("number",), "names": ("name",),
    "length": ("length",), "pages": ("pages",),
}


@dataclass(frozen=True)
class Concept:
    """One thing the question mentions: a content word, or a whole entity name."""

    word: str
    forms: tuple[str, ...]  # what to search for: the word, its known synonyms, or a typo fix
    alts: frozenset[str]  # stems that count as finding it
    soft: bool = False  # a topic-free word ("role", "latest"): helps pick, never required
    slug: str | None = None  # the entry this names, when it is an entity name
    need: int = 1  # how many of `alts` must be found (most words of a multi-word name)
    number: str | None = None  # the number ending a name, which must be found ("Mark 8")


@dataclass
class Question:
    text: str
    qtype: str
    concepts: list[Concept]
    unknown: list[str]
    named: list[str]
    group: bool
    out_of_scope: list[str]
    unknown_names: list[str]
    tokens: list[str] = field(default_factory=list)
    # The words asked about that name no entry, with their IDF: what a fact must be about.
    attributes: list[tuple[Concept, float]] = field(default_factory=list)
    weights: dict[str, float] = field(default_factory=dict)  # each concept's IDF, by word
    links: dict[str, tuple[str, ...]] = field(default_factory=dict)  # named slug: its `related`
    kinds: dict[str, str] = field(default_factory=dict)  # named slug: its kind
    # named slug: the stems of each of its names ("HSB" is also "Harbour Safety Board")
    spelt: dict[str, list[frozenset[str]]] = field(default_factory=dict)
    # The entries `named` come from the conversation, not from the question's own words.
    recalled: bool = False
    # ... and the figures the part before was answered with ("36%", "2023"), as stems
    figures: frozenset[str] = frozenset()
    proper: frozenset[str] = frozenset()  # words written as names ("Ryanair", "UK")
    years: frozenset[str] = frozenset()  # the years asked of ("in 2011"; not "2000 ships")
    sizes: frozenset[str] = frozenset()  # "how deep": the nouns naming the fact ("depth")
    measures: frozenset[str] = frozenset()  # "how heavy", "how tall": a measure of these
    rate: str | None = None  # "how much a month": the period a figure asked is for ("month")
    # Words of a clause that only sets the scene ("... before the ferry sailed")
    background: frozenset[str] = frozenset()
    # ... of one that sets it in time, not as a limit ("... when it sank", not "before it sank")
    setting: frozenset[str] = frozenset()
    noun: str | None = None  # what "how many" counts
    counting: frozenset[str] = frozenset()  # the stems that name it (see `_counting`)
    # "how many tonnes of copper": what the counted unit is of ("copper"), as stems
    counted_of: frozenset[str] = frozenset()
    lost: bool = False  # it points back at entries the conversation was about, all retired
    head: frozenset[str] = frozenset()  # "what was the fare ...?": the thing asked, as stems
    # "where did she say that about the fares?": the words saying which thing, not what is asked
    described: frozenset[str] = frozenset()
    typos: frozenset[str] = frozenset()  # words read as another they are a typo of ("wantd")
    # "who wrote the report?": the deed whose doer is asked, which a fact named `by` gives
    deed: str | None = None
    # The stems of the pack's subject ("Harbour ferry strike, 2019"): what every entry is about
    subject: frozenset[str] = frozenset()
    # Entries a later part asks the same of ("..., and what about the night ferry?"): not
    # what this part asks of
    others: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Found:
    """The outcome: an entry and the facts picked from it, or a reason to decline."""

    entry: Entry | None = None
    facts: tuple[tuple[str, str], ...] = ()
    declined: str | None = None
    score: float = 0.0
    question: str = ""
    # The candidates' slugs, best first (for retrieval figures): the entry answered from, then
    # the rest in retrieval's order.
    ranked: tuple[str, ...] = ()
    # The question a later "what about Y?" asks again: the part, or the one it asked again.
    asked: str = ""


@dataclass
class _Thread:
    """What the parts of a message answered so far leave for the next part."""

    context: tuple[str, ...]  # the entries a part that names nothing is read of
    before: str | None  # the question the part before asked (what "what about Y?" asks again)
    conversation: tuple[str, ...]  # the context the message came with
    founds: list[Found] = field(default_factory=list)
    named_before: tuple[str, ...] = ()  # people the part before named
    things_before: tuple[str, ...] = ()  # things the part before named
    first: Question | None = None  # the first part, as read and answered
    read_before: Question | None = None  # the part before, as read
    figures: frozenset[str] = frozenset()  # the figures the answer before gave


class _Profile:
    """An entry's stems, by where they occur. Cached per (slug, version)."""

    def __init__(self, entry: Entry):
        names = stems(" ".join([entry.title, *entry.aliases]))
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
        self.lengths = {
            "facts": sum(len(words(v)) for v in entry.fields.values()) or 1,
            "summary": len(words(entry.summary)) or 1,
        }
        # (an entry of kind `ferry` is a ferry, whether or not its text says so; one that says
        # a law is "in force" holds what "when did it come into force?" asks, as a question's
        # idiom is read: the idiom's plain words)
        said = {t for text in (entry.summary, *entry.fields.values())
                for t in _rewrite(words(text)) if "_" in t or t in _IDIOM_WORDS}
        self.all = set().union(*self.places.values(), stems(entry.kind.replace("_", " ")),
                               said, {stem(t) for t in said},
                               *(stems(" ".join(synonyms_of(t))) for t in said
                                       if t in _WRITTEN_IDIOMS))
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


def _phrase_runs(tokens: list[str]) -> list[tuple[str, ...]]:
    """Runs of the question that may be a name or keyword an entry holds: two words in a row
    that are not stop words, or two such words with up to MAX_INNER_STOPS stop words between
    them. Names keep their small words, and the outer words alone are never found in them
    ("how many fines did the Board of Appeal overturn?", "who chairs the Port of the Gulls
    Trust?")."""
    runs = []
    for i, first in enumerate(tokens):
        if first in STOP:
            continue
        for j in range(i + 1, min(len(tokens), i + MAX_INNER_STOPS + 2)):
            if tokens[j] not in STOP:
                runs.append(tuple(tokens[i:j + 1]))
                break
    return runs


class Answerer:
    def __init__(self, store: Store, vocabulary: Vocabulary | None = None):
        self.store = store
        self.vocabulary = vocabulary or Vocabulary(store)
        self._cache: OrderedDict[tuple[str, int], tuple[Entry, _Profile]] = OrderedDict()
        self._cache_lock = threading.Lock()

    def find(self, text: str, context: tuple[str, ...] = ()) -> Found:
        """Answer one question. `context`: the entries a conversation is about, used when the
        question names nothing itself ("who made it?")."""
        with self.store.reading():
            return self._find(text, context)

    def find_all(self, text: str, context: tuple[str, ...] = (),
                 before: str | None = None) -> list[Found]:
        """Answer each part of a message of up to three questions; a part that names nothing
        is read in the light of the part before it ("what is X and who made it?"), and "what
        about Y?" asks the part before of Y. `before`: the question the conversation last
        answered, the part before the first. Each Found keeps its part as typed (`question`)
        and the question a later "what about" would ask again (`asked`)."""
        t = _Thread(context=context, before=before, conversation=context)
        with self.store.reading():
            for part, aside in parts_and_asides(text):
                self._answer_part(t, part, aside)
            return self._as_one(text, t.conversation, t.founds, t.first) or t.founds

    def _answer_part(self, t: _Thread, part: str, aside: bool) -> None:
        """Answer one part of a message in the light of the parts before it (`t`), and leave
        what a later part may point back at."""
        # ("..., and who was it?" after a part declined: nothing to point back at)
        if t.founds and t.founds[-1].entry is None and all(w in STOP for w in words(part)):
            return
        # "did X happen too? when did that end?": when the part before was declined, a
        # part that names nothing is about that same unanswered thing ...
        t.context = () if t.founds and t.founds[-1].entry is None else t.context
        # ... unless "she" points at the person that part named ("when did Dana Holt
        # join the Tern? when did she retire?": Holt, whatever the Tern's record lacks)
        if t.founds and t.founds[-1].entry is None and t.read_before is not None:
            t.context = _named_by_declined(t.read_before, part) or (
                self._borrowed(t.read_before, part))
        about = _ABOUT.match(part)
        y = about.group(1) if about else ""
        asked_again, whole = self._about(y, t.before) if about and t.before else ("", False)
        # (a question made whole needs nothing the conversation brought)
        found = (self._answer(self._read(asked_again, () if whole else t.context))
                 if about and t.before else None)
        question = None
        # ("what share of the crews voted yes, and what share of the pilots voted yes on
        # theirs?": the pilots' vote, not the crews' the part before answered)
        again, swapped = (self._asked_again(t.founds[-1].question, part) if t.founds
                          and t.founds[-1].entry is not None and not about else None) or (
            None, frozenset())
        if again is not None:
            t.context, t.named_before, t.things_before = t.conversation, (), ()
        two = None if about else self._each_of_two(again or part, t.context)
        if two is not None:
            # ("what share of the crews and of the pilots voted yes?": each answered)
            t.founds += [replace(f, asked=f.question) for f in two]
            t.before, t.context = part, (two[-1].entry.slug,)
            t.named_before = t.things_before = ()
            t.figures = _figures(two[-1].facts)
            return
        if found is None or not self._about_fits(found, y):
            question, found = self._part_alone(t, part, again, swapped)
        # ("when did the day ferry start, and what about the night ferry?": the part
        # before is not of the night ferry, though its words fit that entry too)
        if about and t.founds and t.founds[-1].entry is not None and t.read_before is not None:
            others = frozenset(slug for _, _, slug in self.vocabulary.names_in(words(y)))
            if t.founds[-1].entry.slug in others and found.entry is not None and (
                    found.entry.slug in others):
                t.read_before.others = others
                redone = self._answer(t.read_before)
                if redone.entry is not None:
                    t.founds[-1] = replace(redone, question=t.founds[-1].question,
                                           asked=t.founds[-1].asked)
        # ("who captained the Tern, and who captains it now?": not the same captain twice)
        if t.founds and _of_the_present(part):
            found = _present_only(found, t.founds)
        # ("when did the ferry sail, and when was it sold?": a later part that gets
        # only what a part before got asks something else; the next entry may say)
        # (read alone when it was read in the light of that entry: "the thing" may be
        # another)
        if question is not None and _repeats(found, t.founds):
            again_of = [question] + ([self._read(question.text, ())]
                                     if question.recalled else [])
            for retry in again_of:
                retry.others = retry.others | {found.entry.slug}
                redone = self._answer(retry)
                if redone.entry is not None:
                    found = redone
                    break
        # A remark after a question is answered only when the question was
        # ("...? curious how it compares to X" says nothing when "it" is not known).
        if aside and (found.entry is None or (t.founds and t.founds[-1].entry is None)):
            return
        # "what about Y?" after "who made X?" then "what about Z?": still who made Z.
        t.before = t.before if t.before and about else part
        t.founds.append(replace(found, question=part, asked=t.before))
        t.first = question if len(t.founds) == 1 else t.first
        # (a person only, by the pack's `person` kind, and only when the entry that
        # answered is no person: "when did Holt join Acme, and what is her salary?" asks
        # Holt's, not Acme's)
        t.named_before = () if question is None or question.recalled or (
            found.entry is not None and found.entry.kind in PERSON_KINDS) else tuple(
            s for s in question.named if question.kinds.get(s) in PERSON_KINDS) + (
            # ("Who piloted the ferry, and how old was he?": he is the one it answered)
            self._people_answered(found) if question.qtype in ("who", "which") else ())
        t.things_before = _things_named(question, found)
        t.read_before = question
        if found.entry is not None:
            t.context = (found.entry.slug,)
            t.figures = _figures(found.facts)

    def _part_alone(self, t: _Thread, part: str, again: str | None,
                    swapped: frozenset[str]) -> tuple[Question, Found]:
        """A part read as a question of its own, in the light of what the parts before it
        named and answered (`t`); `again`: the part before asked again of another thing."""
        # The question before does not fit what "what about" names: the part alone.
        # ("When did the board dismiss Dana Holt, and who replaced her?": her is
        # the person the part before named, not only the board that answered it)
        personal = t.context and _PERSONAL.intersection(words(part))
        # ("Who ran the port authority in 2019, and who runs it now?": it is the
        # authority the part before named, not the person who answered it)
        things = () if personal or not _IMPERSONAL.intersection(words(part)) else (
            t.things_before)
        # ("what time on the 9th did the ferry dock, and how many boats waited
        # that day?": the day the part before gave)
        asking = _day_before(t.founds[-1].question, again or part) if t.founds else (
            again or part)
        # ("which judge heard the ferry case, and what did the harbour board try
        # to do about him?": him is the judge, though the part names the board)
        if personal:
            asking = self._person_put_in(asking, t.named_before)
        question = self._read(asking, (*things, *t.context,
                                       *(t.named_before if personal else ())))
        # ("..., and who let that number out?": what the answer before said)
        question.figures = (t.figures if _POINTS_AT_ANSWER.intersection(words(part))
                            else frozenset())
        found = self._answer(question)
        # ("..., and what share of the dockers voted yes on theirs?": a thing the
        # briefing never names has no vote in it, whatever the rest matches)
        if swapped and swapped <= set(question.unknown):
            found = Found(declined=_UNKNOWN_OTHER, ranked=found.ranked)
        # ("..., and how long was the report?": "the report", a word the briefing
        # never uses, is what the part before asked of and was answered from)
        pointed = _pointed_back(part, question) if (
            found.entry is None and t.founds and t.founds[-1].entry is not None) else None
        if pointed is not None:
            found = self._answer(self._read(pointed, t.context))
        # (unless the part alone finds an entry the declined part ranked near the
        # top itself: "what was the ferry's top speed? when did she retire": both
        # are of one thing, the second part answerable though the first was not)
        # (or the entry both rank near the top, the part then read as of it)
        if (t.founds and t.founds[-1].entry is None and found.entry is not None
                and (POINTERS.intersection(words(part)) or _bare(part))
                and not question.named):
            agreed = _agreed(found, t.founds[-1], t.read_before, part)
            if agreed is not None and agreed != found.entry.slug:
                found = self._answer(self._read(asking, (agreed,)))
            if agreed is None or found.entry is None or found.entry.slug != agreed:
                found = Found(declined=_POINTS_AT_DECLINED,
                              ranked=found.ranked)
        return question, found

    def _borrowed(self, declined: Question, part: str) -> tuple[str, ...]:
        """The one entry a declined part named itself, for a later part that names nothing and
        points at nothing ("tell me about the ferry deal - the total and who paid what?": who
        paid what into the deal, though its total was not found)."""
        tokens = words(part)
        # (not after "did anyone quit over it?", whose later parts ask of who may not exist:
        # "..., and what's his name?")
        if declined.recalled or len(declined.named) != 1 or declined.qtype == "yesno" or (
                POINTERS.intersection(tokens) or _bare(part) or self.vocabulary.names_in(tokens)):
            return ()
        # (nor for more of what that part asked: "how many boats were fined, and who got the
        # biggest fine?" asks of fines not found)
        if (stems(part) & stems(declined.text)) - _STOP_STEMS:
            return ()
        return tuple(declined.named)

    def _each_of_two(self, part: str, context: tuple[str, ...]) -> list[Found] | None:
        """Answers to a part that asks the same of two things, one for each, when each is
        answered from an entry of its own ("when did the crews' strike and the pilots' strike
        end?"); None when the part is one question, both halves answered from one entry ("how
        long are the north pier and the north slipway?": the pier's entry gives both)."""
        halves = _same_of_two(part) or self._two_people(part)
        if halves is None:
            return None
        found = [self._answer(self._read(half, context)) for half in halves]
        if any(f.entry is None for f in found) or found[0].entry.slug == found[1].entry.slug:
            return None
        return found

    def _asked_again(self, before: str, part: str) -> tuple[str, frozenset[str]] | None:
        """The part before asked again of another thing (see `_asked_again_of`), or of the
        one the part names after only the opening of the part before ("how many crossings
        did Holt skipper, and how many for Reyes?": how many crossings did Reyes skipper),
        Reyes in the place of the one entry of the same kind the part before names."""
        again = _asked_again_of(before, part)
        if again is not None:
            return again
        match = _OPENING_FOR.fullmatch(part.strip(" ?"))
        old, new = words(before), words(match.group("thing")) if match else []
        opening = words(match.group("opening")) if match else []
        if not new or old[:len(opening)] != opening:
            return None
        names = self.vocabulary.names_in(old)
        given = self.vocabulary.names_in(new)
        if len(names) != 1 or len(given) != 1 or given[0][:2] != (0, len(new)):
            return None
        (start, end, slug), (_, _, other) = names[0], given[0]
        kinds = {slug: e.kind for slug, (e, _) in self._entries([slug, other]).items()}
        if slug == other or kinds.get(slug) != kinds.get(other):
            return None
        return " ".join([*old[:start], *new, *old[end:]]), frozenset(new) - STOP

    def _two_people(self, part: str) -> tuple[str, str] | None:
        """The part asked of each of two people it names by their entries' names, one right
        after the other, however typed ("which ferries did holt and reyes skipper?": which
        ferries Holt skippered, and which Reyes did), or None."""
        tokens = words(part)
        spans = sorted(self.vocabulary.names_in(tokens))
        for (start, end, one), (after, last, other) in itertools.pairwise(spans):
            if end + 1 != after or tokens[end] not in _BOTH or one == other:
                continue
            kinds = {e.kind for e, _ in self._entries([one, other]).values()}
            if kinds <= PERSON_KINDS:
                return (" ".join([*tokens[:end], *tokens[last:]]),
                        " ".join([*tokens[:start], *tokens[after:]]))
        return None

    def _as_one(self, text: str, conversation: tuple[str, ...], founds: list[Found],
                first: Question | None) -> list[Found]:
        """The message asked as one question when its first part was declined and every later
        part was declined only for pointing back at it: the parts are about one thing, and
        each alone may say too little to find it ("when did the Tern's captain jump ship, and
        when did he come back?": "jump ship" alone names no fact of the Tern's trip, the
        whole message does). Empty when that does not answer either."""
        if len(founds) < 2 or founds[0].entry is not None or first is None or any(
                f.declined != _POINTS_AT_DECLINED for f in founds[1:]):
            return []
        # (words the store never uses still ask of what it lacks: "how long does a tooth
        # filling take, and does it hurt?")
        if _unknown(first) is not None:
            return []
        found = self._answer(self._read(text, conversation))
        if found.entry is None:
            return []
        # ("what was the Tern's skipper called? was he long on board": the crew's entry found
        # for the whole must still give the kind of fact the first part asks, a name)
        entry, profile = self._entries([found.entry.slug])[found.entry.slug]
        if _wrong_kind(first, entry, profile, found.facts) is not None:
            return []
        return [replace(found, question=text, asked=text)]

    def _person_put_in(self, part: str, people: tuple[str, ...]) -> str:
        """The part with the one person a part before named or answered with in the place of
        its "him" or "her", when the part names something else itself and no person: read
        alone it would be of that other thing only. The part as it is otherwise."""
        if len(people) != 1:
            return part
        spans = self.vocabulary.names_in(words(part))
        if not spans:
            return part
        entries = self._entries([people[0], *(slug for _, _, slug in spans)])
        if people[0] not in entries or any(
                entry.kind in PERSON_KINDS for entry, _ in entries.values()
                if entry.slug != people[0]):
            return part
        title = entries[people[0]][0].title
        return _PRONOUN.sub(title, part, count=1)

    def _people_answered(self, found: Found) -> tuple[str, ...]:
        """The person (an entry of a person kind) a reply to "who ...?" names in its facts,
        when it names one only."""
        if found.entry is None:
            return ()
        text = words(" ".join(value for _, value in found.facts))
        slugs = [slug for _, _, slug in self.vocabulary.names_in(text) if slug != found.entry.slug]
        people = tuple(slug for slug, (entry, _) in self._entries(slugs).items()
                       if entry.kind in PERSON_KINDS)
        return people if len(people) == 1 else ()

    def _about(self, y: str, before: str) -> tuple[str, bool]:
        """"..., and what about the actors?": the question before, asked of Y instead of what
        that question named (or, when it named nothing, asked with Y); and whether it is a
        whole question of its own (Y took the place of a group it asked about)."""
        tokens = words(before)
        named = {i for start, end, _ in self.vocabulary.names_in(tokens) for i in range(start, end)}
        # "what share of the writers voted yes, and what about the actors?": Y in place of
        # the group of the same kind the part before asked about, when it named no entry
        y_words = [w for w in words(y) if w not in STOP]
        if not named and len(y_words) == 1 and _plural(y_words[0]):
            slot = next((i for i in range(1, len(tokens)) if tokens[i - 1] == "the"
                         and tokens[i] not in STOP and _plural(tokens[i])
                         and tokens[i] != y_words[0]), None)
            if slot is not None:
                kept = [t for t in [*tokens[:slot], y_words[0], *tokens[slot + 1:]]
                        if t not in POINTERS]
                return " ".join(kept), True
        # What the part before named, by name or by pointing back ("when was it disclosed?").
        kept = [t for i, t in enumerate(tokens) if i not in named and t not in POINTERS]
        room = max(0, MAX_WORDS - len(words(y)))  # a long question before leaves room for Y
        return f"{' '.join(kept[:room])} {y}", False

    def _about_fits(self, found: Found, y: str) -> bool:
        """Is the answer to "what about Y?" about Y: Y's own entry or one linked to it, or,
        when Y names no entry, one whose answer holds Y's words?"""
        if found.entry is None:
            return False
        y_words = words(y)
        slugs = {slug for _, _, slug in self.vocabulary.names_in(y_words)}
        if slugs:
            return bool(slugs & {found.entry.slug, *found.entry.related})
        wanted = stems(y) - _STOP_STEMS
        said = stems(" ".join([found.entry.title, *found.entry.aliases,
                               *(v for _, v in found.facts)]))
        return bool(wanted) and wanted <= said

    def _find(self, text: str, context: tuple[str, ...]) -> Found:
        return self._answer(self._read(text, context))

    def _read(self, text: str, context: tuple[str, ...]) -> Question:
        """The question, with an acronym the store never uses spelt out when entries that
        share the question's other words spell it out ("CWA" where they say "Clean Water
        Act"); an acronym they do not spell out stays an unknown name."""
        question = self.read(text, context)
        acronyms = [w for w in question.unknown_names if _typed_as_acronym(w, text)]
        if not acronyms or len(acronyms) < len(question.unknown_names):
            return question
        terms = [f for c in question.concepts for f in c.forms]
        entries = self._entries([slug for slug, _ in self.store.search(terms, limit=SPELL_FROM)])
        for acronym in acronyms:
            # an entry's name first ("PayPal" for "PP"), then any of its text
            phrase = next(filter(None, (spelt_out(acronym, entry, names_only)
                                        for names_only in (True, False)
                                        for entry, _ in entries.values())), None)
            if phrase is None:
                return question
            text = re.sub(rf"\b{re.escape(acronym)}\b", phrase, text, flags=re.IGNORECASE)
        return self.read(text, context)

    def _answer(self, question: Question) -> Found:
        found = self._decide(question)
        return Found(found.entry, found.facts, found.declined, found.score, question.text,
                     found.ranked)

    def _typed_names(self, tokens: list[str], text: str) -> list[tuple[int, int, str]]:
        """The names in `tokens` (see `Vocabulary.names_in`), less a common word typed in lower
        case that its entry writes only as an acronym: "cops" are police officers, not the
        "COPs" a harbour sold, and "aim" is no "AIM"."""
        spans = self.vocabulary.names_in(tokens)
        lone = [span for span in spans if span[1] - span[0] == 1 and common(tokens[span[0]])
                and _typed_lower(tokens[span[0]], text)]
        if not lone:
            return spans
        entries = self._entries([slug for _, _, slug in lone])

        def acronym_only(word: str, slug: str) -> bool:
            entry = entries[slug][0] if slug in entries else None
            names = [n for n in (entry.title, *entry.aliases)
                     if normalize_name(n) == word] if entry else []
            return bool(names) and all(_acronym_name(n) for n in names)

        return [span for span in spans
                if span not in lone or not acronym_only(tokens[span[0]], span[2])]

    def _normalized(self, text: str):
        """The message as typed, less its addresses and legal forms; its first words with
        short forms spelt out (`raw`), the names found in them and their words (`kept`); and
        the text rewritten for reading (`plain`): "U.S." as "usa", state codes and seats of
        government as what they stand for, "$250k" as "$250,000", asides dropped."""
        # "@everyone", "@sam": whom the message is for, not what it asks about
        text = _ADDRESS.sub(" ", text)
        # "Acme Ferries AG", "Gull Marine plc": a company's legal form says nothing of it, and
        # "AG" is no attorney general there, unless the store names it so
        text = _LEGAL_FORM.sub(lambda m: m.group() if _placed_before(m.group(1)) or any(
            end - start > 1 for start, end, _ in self.vocabulary.names_in(words(m.group())))
            else m.group(1), text)
        # Names as typed are left as they are ("Ports v. Acme", "12th Ferry Awards", "Sail Out").
        # A short form inside a name stays as typed ("Ex-Im Bank" is not "former im bank").
        first = words(text)[:MAX_WORDS]
        in_name = {w for start, end, _ in self.vocabulary.names_in(first) for w in first[start:end]}
        raw = [t for w in first for t in (w if w in in_name else SHORT_FORMS.get(w, w)).split()]
        typed_spans = self._typed_names(raw, text)
        kept = {w for start, end, _ in typed_spans for w in raw[start:end]}
        # "US" and "U.S." are a country, not the pronoun "us" (a stop word), unless the whole
        # message is in capitals ("CAN YOU TELL US"); "%" is "percent".
        country = any(ch.islower() for ch in text) and kept.isdisjoint({"us", "u", "s"})
        # a state's code, unless the content uses those letters itself ("GA" for general average)
        codes = {m.group() for m in _STATE.finditer(text)} if country else set()
        own = self.store.known_terms([c.casefold() for c in codes]) if codes else set()
        plain = (_STATE.sub(lambda m: m.group() if m.group().casefold() in own
                            else f" {STATE_CODES[m.group()]} ", US_NAMES.sub(" usa ", text))
                 if country else text).replace("%", " percent ")
        # "a green light from Washington": the government there, unless the content names it
        seats = {m.group().casefold() for m in _SEAT.finditer(plain)}
        if seats:
            own_seats = self.store.known_terms(seats)
            plain = _SEAT.sub(lambda m: m.group() if m.group().casefold() in own_seats
                              else f" {SEATS[m.group().casefold()]} ", plain)
        plain = _SLASHED.sub(lambda m: f" {_SLASHED_WORDS[m.group().casefold()]} ", plain)
        plain = _SHORT_SUM.sub(_long_sum, plain)  # "$250k" is the "$250,000" facts write
        plain = _ALL_RIGHT.sub(" ", plain)  # "ballpark is fine", "end to end"
        plain = _ASIDE.sub(" ", plain)  # "... back in 2022, right?"
        plain = _WONT.sub("will not", plain)  # not "won" (a win) and "t"
        return text, raw, typed_spans, kept, plain

    def read(self, text: str, context: tuple[str, ...] = ()) -> Question:
        text, raw, typed_spans, kept, plain = self._normalized(text)
        tokens = _typed_tokens(plain, kept, text)
        names = proper_nouns(text)
        pairs = set(zip(tokens, tokens[1:], strict=False))
        asking, felt = _asking(tokens, pairs)
        framed, framing = lead_in(text)
        # "in early May", "by mid-2024": when in a month or year, which the date a fact gives
        # says without the word
        framed |= {t for i, t in enumerate(tokens[:-1]) if t in _PERIOD_EDGES and (
            tokens[i + 1] in _MONTH_WORDS or _YEAR.fullmatch(tokens[i + 1]))}
        # "finaly", "becuase": a word that says nothing, misspelt, says nothing either
        content = [w for w in dict.fromkeys(tokens) if w not in STOP and w not in asking
                   and (w in names or w in kept or respelt(w) not in STOP)]
        # "how deep was the shaft": a fact named `depth` says it, when the entry has one. It
        # picks the fact, not the entry; "how long did it last" asks for a time, not a length.
        sizes = {SIZE_NOUNS[t] for t in asking if t in SIZE_NOUNS}
        if "deep" in asking:  # ("how far down": a depth, not a distance)
            sizes.discard(SIZE_NOUNS["far"])
        # "how heavy", "how tall": a measure is asked ("how high", "how deep did it drop" may
        # be a price or a fall)
        measures = {SIZE_NOUNS[t] for t in asking if t in _MEASURED}
        # "what was its top speed?", "how fast was the ship going?" (not "how fast did they
        # pull the update?": how soon): a speed in a unit of speed
        if (tokens[:1] in (["what"], ["which"]) and "speed" in tokens) or (
                "fast" in asking and not _MOVING.isdisjoint(tokens)):
            measures.add("speed")
        if DURATION_WORDS & set(tokens):
            sizes.discard(SIZE_NOUNS["long"])
        # Other words for each: the lexicon's, and the nouns and verbs English derives from it
        # ("expansion" for "expand") that the stemmer would keep apart.
        synonyms = {w: [*synonyms_of(w), *(derived(w) if w not in kept else ()),
                        *(irregular(w) if w not in GENERIC and w not in kept else ()),
                        *_IDIOM_RUNS.get(w, ())]
                    for w in content}
        # ("how many days did the crew spend at sea?": time spent, not money; not "how much
        # visitor spending was lost in the months after")
        if _asks_time_spent(tokens):
            synonyms |= {w: [] for w in content if w in _SPENDING}
        known = self.store.known_terms([*(w for w in content if "_" not in w),
                                        *(s for v in synonyms.values() for s in v)])
        found: dict[str, tuple[str, ...]] = {}
        unknown: list[str] = []
        typos: set[str] = set()
        for word in content:
            forms = tuple(f for f in [word, *synonyms[word]] if f in known)
            if not forms and (word in felt or word in framing):
                continue
            # "when was it formally opened?": an adverb of manner the store never uses says how
            # the question is put; one it uses ("criminally", of "criminal") is on its topic
            if not forms and manner(word):
                continue
            if not forms and word not in GENERIC:
                fixed = None if word in OUT_OF_SCOPE else self.vocabulary.correct(word)
                if fixed and word in names and not self.vocabulary.names_in(fixed.split()):
                    fixed = None  # a name is a typo of a name ("Antropic"), not of a word
                if fixed and everyday(word):
                    fixed = None  # "boxes" is spelt right: not the name "Boies", nor "boxed"
                if fixed is None:
                    unknown.append(word)
                    continue
                forms = tuple(fixed.split())
                tokens = _replace(tokens, word, list(forms))
                typos.add(word)
            found[word] = forms
        # Most questions are not rewritten at all: their names are already found.
        spans = typed_spans if tokens == raw else self._typed_names(tokens, text)
        in_span = {w for start, end, _ in spans for w in tokens[start:end]}
        concepts = [_name_concept(tokens[start:end], slug) for start, end, slug in spans]
        for word, forms in found.items():
            if word in in_span or set(forms) & in_span:
                continue
            alts = frozenset(stem(f) for f in [word, *forms, *synonyms[word]])
            if any(stem(word) in c.alts for c in concepts):
                continue  # "firms" after "companies": one idea, counted once
            concepts.append(Concept(word, forms or (word,), alts,
                                    soft=word in GENERIC or word in felt or word in framed))
        named = list(dict.fromkeys(slug for _, _, slug in spans))
        recalled = not named and bool(context)
        lost = False
        if recalled:
            remembered = self._context_concepts(context)
            concepts += remembered
            named = [c.slug for c in concepts if c.slug]
            # "who made it?" after the entry "it" was retired: not a question about anything
            # the briefing still holds
            lost = not remembered and not POINTERS.isdisjoint(tokens)
        # "in 2011", "sept 2025 rulings" are years; "2000 ships" is a count
        years = frozenset(t for i, t in enumerate(tokens) if _YEAR.fullmatch(t) and not (
            i + 1 < len(tokens) and tokens[i + 1].endswith("s") and tokens[i + 1] not in STOP
            and (i == 0 or tokens[i - 1] not in _YEAR_LEADS)))
        # "in May 2023": the month of a year asked is as much a filter as the year
        months = {t: _MONTH_FORMS[t] for i, t in enumerate(tokens[:-1])
                  if t in _MONTH_FORMS and tokens[i + 1] in years}
        for month, forms in months.items():
            if not any(c.word == month for c in concepts):
                concepts.append(Concept(month, forms, frozenset(stem(f) for f in forms)))
        years = years | frozenset(months)
        # "when they tried the junk shot, what did they fire in?": the question after the
        # clause that sets its scene says what kind of fact is asked
        scene = _LEADING_CLAUSE.match(text)
        start = 0
        if scene is not None:
            start = next((i for i in range(len(tokens)) if tokens[i] == scene.group(1).casefold()
                          and i >= len(words(scene.group())) - 3), 0)
        qtype, noun = _question_kind(text, tokens, start, names)
        rate = _rate(text, asked=True)
        # "who succeeded X" asks for a successor ("who succeeded in ..." does not)
        asked_beyond = [w for w in content if w in OUT_OF_SCOPE and w not in framing] + (
            ["successor"] if qtype == "who" and _succeeded(tokens) else []) + (
            # "has X filed its appeal yet?" (not "the suit that was filed in May")
            [w for w in content if w in _FILED] if qtype == "yesno" else []) + [
            w for w in unknown if _wanted(w, tokens, unknown)]
        # ("When the new chief testified, what did he call it?": the chief only sets the scene
        # of what is asked)
        out_of_scope = [w for w in asked_beyond
                        if not (w in tokens[:start] and _SETS_SCENE.intersection(tokens[:1]))
                        and not _deal_worth(w, tokens) and not _found_by(w, tokens)]
        # ("what did sam reyes say?": a name the store never uses, though typed in lower case)
        doer = _unknown_doer(tokens, unknown)
        return Question(
            text=text,
            qtype=qtype,
            concepts=[c for c in concepts if c.alts or c.slug],
            unknown=unknown,
            named=named,
            group=asks_for_group(tokens, qtype),
            out_of_scope=out_of_scope,
            # A year no entry mentions is as specific as a name no entry has.
            # (a country is a name however it is typed: "in the uk")
            unknown_names=[w for w in unknown if w in names or w in years
                           or w in COUNTRY_WORDS or _dated_name(w, tokens) or w in doer]
            + self._other_of_series(tokens),
            tokens=tokens,
            recalled=recalled,
            proper=frozenset(names),
            typos=frozenset(typos),
            years=years,
            sizes=frozenset(stem(w) for w in sizes),
            measures=frozenset(stem(w) for w in measures),
            rate=rate,
            background=frozenset(tokens[:start]) | _background(tokens[start:]),
            setting=frozenset(tokens[:start]) | _background(tokens[start:], _SETTINGS),
            noun=noun,
            counting=(_counting(noun) | _counting(_modifier(tokens, noun))
                      | _counting(_joined_noun(tokens, noun))),
            counted_of=_counted_of(tokens, noun),
            lost=lost,
            head=_asked_thing(tokens[start:]),
            described=_background(tokens[start:], _DESCRIBING) if qtype in _PLACED else frozenset(),
            deed=_deed(tokens[start:]) if qtype == "who" else None,
        )

    def _other_of_series(self, tokens: list[str]) -> list[str]:
        """"The Mark 8" where the store names a Mark 7 and never says "Mark 8": another one
        of a numbered series, which the briefing does not hold."""
        return [f"{word} {number}" for word, number in zip(tokens, tokens[1:], strict=False)
                # (not a date: "September 16" is no sequel to "September 15"; nor a figure:
                # "$2.5bn" is no sequel to "May 2 2021")
                if number.isdigit() and word.isalpha() and word not in STOP
                and word not in _MONTH_WORDS
                and self.vocabulary.numbered(word, number)
                and not self.store.phrase_count(f"{word} {number}")]

    def _context_concepts(self, context: tuple[str, ...]) -> list[Concept]:
        """What the conversation is about, as names of entries the question did not type: they
        pull their own entry and the entries linked to it, and match no text."""
        titles = self.store.titles(context)
        return [Concept(titles[slug], (), frozenset(), slug=slug)
                for slug in context if slug in titles]

    def _decide(self, question: Question) -> Found:
        if question.lost:
            return Found(declined="about an entry no longer in the briefing")
        if not question.concepts:
            return Found(declined="no topic words")
        # "can you draft an out-of-office message?": writing, not a fact, unless it is about
        # an entry ("write me a summary of the ferry strike")
        if _WRITING.match(question.text) and not question.named:
            return Found(declined="asks for writing, not a fact")
        question.subject = frozenset(stems(self.store.meta("subject"))) - _STOP_STEMS
        abbreviation, loose = _abbreviation(question)
        if abbreviation is not None and not question.unknown_names:
            found = self._expand(abbreviation, question.text, loose)
            if found is not None:
                return found
        if question.qtype == "expand":
            found = self._spelt(question)
            if found is not None:
                return found
        hard = [c for c in question.concepts if not c.soft]
        attributes = [c for c in hard if c.slug is None]
        question.weights = dict(zip((c.word for c in question.concepts),
                                    self._idf(question.concepts), strict=True))
        question.attributes = [(c, question.weights[c.word]) for c in attributes]
        named = self._entries(question.named)
        question.links = {slug: entry.related for slug, (entry, _) in named.items()}
        question.kinds = {slug: entry.kind for slug, (entry, _) in named.items()}
        question.spelt = {slug: [frozenset(stems(name) - _STOP_STEMS)
                                 for name in (entry.title, *entry.aliases)]
                          for slug, (entry, _) in named.items()}
        # Ranked even when the question is declined below: what retrieval alone would pick.
        ranked = self._rank(question, named)
        slugs = tuple(e.slug for _, e, _, _ in ranked)
        ranked = [r for r in ranked if r[1].slug not in question.others]
        unknown = _unknown(question)
        if unknown is not None:
            return Found(declined=unknown, ranked=slugs)
        if not ranked:
            return Found(declined="no entry matches")
        best = ranked[0][0]
        # "what happened in 2011?": only entries that mention the year can say.
        years = [c for c in question.concepts if c.slug is None and c.word in question.years]
        ranked = [r for r in ranked if all(_holds(c, r[2].all) for c in years)]
        if years and ranked:
            best = ranked[0][0]
        first_reason = None
        # The best entry, or a close runner-up when the best cannot answer (it lacks the kind of
        # fact asked, or too much of the question) and the runner-up can.
        close = [r for r in ranked[:RUNNERS_UP + 1] if r[0] >= RUNNER_UP_SHARE * best]
        # The entry the question names may answer what a broader entry above it cannot ("when
        # did Acme go bankrupt?" after the entry on every bankruptcy).
        if len(question.named) == 1:
            close += [r for r in ranked if r[1].slug in question.named and r not in close
                      and r[0] >= NAMED_SHARE * best]
        # "..., and at what time did it open?" after the part about a witness: the entries
        # linked to what the conversation is about may say what its own entry cannot.
        if question.recalled:
            linked = {s for r in ranked if r[1].slug in question.named for s in r[1].related}
            close += [r for r in ranked if r[1].slug in linked and r not in close
                      and r[0] >= NAMED_SHARE * best]
            # "When did the deckhand strike end, and what share of members voted yes on the
            # deal?": the deal that ended the strike, not the pilots' own vote that ranks
            # higher. The entry that answered the part before, or one linked to it, comes
            # first when it holds as much of what is asked as the best does (the one that
            # holds most first), however far down it ranks.
            held = _held(question, ranked[0][2]) if ranked else 0.0
            ours = {r[1].slug: _held(question, r[2]) for r in ranked
                    if r[1].slug in question.named or r[1].slug in linked}
            ours = {slug: share for slug, share in ours.items() if share >= held}
            close += [r for r in ranked if r[1].slug in ours and r not in close]
            # ("..., and which witness let that number out?": the one whose entry holds the
            # figure the part before was answered with, of those that hold as much)
            # ("When did the Tern sink, and which ferry took over its route?": not the Tern)
            pointed_at = _pointed_at_for_another(question)
            close.sort(key=lambda r: (-ours[r[1].slug], r[1].slug in pointed_at,
                                      not question.figures <= r[2].all)
                       if r[1].slug in ours else (1.0, True, True))
        # "Where is Acme headquartered?": the entry named, when a field of its own is named for
        # all that is asked of it (`headquarters`), before an entry that only mentions Acme.
        if len(question.named) == 1 and question.attributes:
            close.sort(key=lambda r: not (r[1].slug in question.named and all(
                _holds(c, r[2].places["fields"]) for c, _ in question.attributes)))
        # "Who ran the trust before Dana Holt?": an entry naming a predecessor says, Dana
        # Holt's own most likely.
        placed, anchors = _placed(question)
        if anchors:
            close += [r for r in ranked if r not in close and r[0] >= NAMED_SHARE * best and (
                r[1].slug in question.named or _peer(question, r[1], anchors)
                or not _SUCCESSION.isdisjoint(r[2].places["fields"]))]
            close.sort(key=lambda r: _SUCCESSION.isdisjoint(r[2].places["fields"]))
        picked: dict[str, tuple[tuple[str, str], ...]] = {}
        if question.qtype == "why":
            # "why did the judge reject the deal?": the close entry that gives a reason
            picked = {r[1].slug: pick_facts(question, r[1], r[2]) for r in close}
            close.sort(key=lambda r: not _gives_reason(picked[r[1].slug]))
        for score, entry, profile, learned in close:
            facts = (picked[entry.slug] if entry.slug in picked
                     else pick_facts(question, entry, profile))
            reason = None if learned else (self._lacks(question, entry, profile)
                                           or _wrong_kind(question, entry, profile, facts))
            if reason is None:
                # the entry answered from is the pick, whatever retrieval alone put first
                ranked_now = (entry.slug, *(slug for slug in slugs if slug != entry.slug))
                return Found(entry=entry, facts=facts, score=score, ranked=ranked_now)
            first_reason = first_reason or reason
        if first_reason is not None and first_reason.startswith(_NO_COUNT):
            found = self._counted_further(question, ranked, close, best, slugs)
            if found is not None:
                return found
        if first_reason is not None and first_reason.startswith(_NO_MEASURE):
            found = self._measured_further(question, ranked, close, best, slugs)
            if found is not None:
                return found
        # No reason: the entries that scored close to the best did not mention the year asked.
        return Found(declined=first_reason or "no close entry mentions the year asked",
                     score=best, ranked=slugs)

    def _counted_further(self, question: Question, ranked, close, best: float,
                         slugs: tuple[str, ...]) -> Found | None:
        """"How many hours of air did the Tern carry?": when the best entry holds no count of
        the hours, a runner-up below the usual share may (the search's `life_support`, "96
        hours"), if one of its own facts counts the very thing asked and the entry is about what
        they are of (air), as every other check requires. Only for "how many X of Y", which
        says exactly what a count must be of: a plain "how many customers" is too easily met by
        another entry's count of some customers."""
        if not question.counted_of:
            return None
        tried = {r[1].slug for r in close}
        given = frozenset(t for t in question.tokens if t.isdigit())
        for score, entry, profile, _ in ranked[:RUNNERS_UP + 1]:
            if entry.slug in tried or score < COUNTED_SHARE * best:
                continue
            facts = pick_facts(question, entry, profile)
            # (a count of the thing asked, not the entry's own `count` of something else: "5
            # tank cars carried the fuel" is no count of gallons of fuel)
            if not any(_counts(set(question.counting), name, value, given)
                       for name, value in facts):
                continue
            if (self._lacks(question, entry, profile) is None
                    and _wrong_kind(question, entry, profile, facts) is None):
                ranked_now = (entry.slug, *(slug for slug in slugs if slug != entry.slug))
                return Found(entry=entry, facts=facts, score=score, ranked=ranked_now)
        return None

    def _measured_further(self, question: Question, ranked, close, best: float,
                          slugs: tuple[str, ...]) -> Found | None:
        """"How deep was the wreck?": when the best entry gives no depth, a runner-up below
        the usual share may, if a fact of its own is named for the size asked (`depth`) and it
        passes every other check."""
        tried = {r[1].slug for r in close}
        for score, entry, profile, _ in ranked[:RUNNERS_UP + 1]:
            if entry.slug in tried or score < COUNTED_SHARE * best:
                continue
            if not any(size in stems(name.replace("_", " ")) for name in entry.fields
                       for size in question.measures):
                continue
            facts = pick_facts(question, entry, profile)
            if (self._lacks(question, entry, profile) is None
                    and _wrong_kind(question, entry, profile, facts) is None):
                ranked_now = (entry.slug, *(slug for slug in slugs if slug != entry.slug))
                return Found(entry=entry, facts=facts, score=score, ranked=ranked_now)
        return None

    def _lacks(self, question: Question, entry: Entry, profile: _Profile) -> str | None:
        """Why the best entry cannot answer the question, or None when it can."""
        hard = [c for c in question.concepts if not c.soft]
        hard = [c for c in hard if not _only_remembered(c, question)] or hard
        if hard:
            # (one of English's most common words, "take", "big", says less of what is asked)
            weights = [question.weights[c.word] * (LIGHT_SHARE if c.slug is None and light(c.word)
                                                   else 1.0) for c in hard]
            # A name is held by its own entry and by the entries linked to it either way.
            links = question.links
            # "the money they lost" is held by "$160 million", whatever word the entry uses
            money = "money" in profile.shapes
            # ("who wrote the report?": a report's `by` says who did what is asked; "the
            # biggest fine" is held by "Fine: up to $1 million", see `_shaped`)
            done_by = question.deed is not None and _done_by(question.deed, profile)
            held = sum(w for c, w in zip(hard, weights, strict=True)
                       if _holds(c, profile.all) or c.slug == entry.slug
                       or (done_by and c.word == question.deed)
                       or (money and c.slug is None and c.word in _MONEY_NOUNS)
                       or (_SHAPE_WORDS.get(c.word) == "ceiling"
                           and _shaped(c.word, question, entry))
                       or not profile.all.isdisjoint(_own_verb(c.word))
                       or (c.slug is not None and (c.slug in entry.related
                                                   or entry.slug in links.get(c.slug, ()))))
            # Words the store has never seen are forgiven when the question names this very
            # entry ("what's the deal with X, fam?"); otherwise they are part of what is asked.
            named = entry.slug in question.named and not question.recalled
            # ("was anyone charged over the fire?": what it asks happened, never chat)
            yesno = question.qtype == "yesno"
            # An idiom ("step down") is never chat slang: the store lacking it counts even then.
            # Nor is the thing asked of it ("what was Acme's net income?", "what name ...").
            asked = _kinds_asked(question.tokens) if named else frozenset()
            unseen_words = [w for w in question.unknown if (not named or "_" in w or yesno
                                                            or w in asked)
                            and not (money and w in _MONEY_NOUNS)]
            # (a word no entry holds is as rare as a word can be: in "did Acme fire anyone?"
            # the firing weighs more than the name every entry mentions)
            each = sum(weights) / len(weights)
            if yesno:
                each = max(each, UNSEEN_RARE_SHARE * self._rarest())
            unseen = UNSEEN_WEIGHT * len(unseen_words) * each
            # "did they ever actually buy the pier?" asks whether it happened, and "when did the
            # deal actually close?" doubts it did: only an entry that holds nearly all of it can
            # say ("finally" in a "when" question only looks back: "when did it finally open?")
            outcome = _OUTCOME if question.qtype == "yesno" else _DOUBT if (
                question.qtype == "when") else frozenset()
            # (in a "when" question, words the store never uses count against the usual bar
            # only: "when did the library actually reopen to readers?"; "was anyone ever
            # arrested?" asks whether the unseen thing happened)
            doubted = not outcome.isdisjoint(question.tokens)
            bar = sum(weights) + (unseen if question.qtype == "yesno" else 0.0)
            if held < MIN_COVERAGE * (sum(weights) + unseen) or (
                    doubted and held < OUTCOME_COVERAGE * bar):
                return "the best entry holds too little of the question"
        missing = [w for w in dict.fromkeys(question.out_of_scope)
                   if profile.all.isdisjoint(stem(f) for f in [w, *synonyms_of(w)])
                   and not _shaped(w, question, entry)
                   and not (w in _STAFF_NOUNS and entry.kind in PERSON_KINDS
                            and _asks_one_by_role(question))]
        if missing:
            return f"asks for {', '.join(w.replace('_', ' ') for w in missing)}"
        return None

    def _expand(self, name: Concept, text: str, loose: bool = False) -> Found | None:
        """"What does X stand for?": the entry X names, with the name X abbreviates ("what
        does P&I stand for in 'Harbour P&I Club'": what P&I abbreviates). A question with more
        words than that (`loose`) is read so only when the entry spells X out; else None."""
        found = self._entries([name.slug]).get(name.slug)
        if found is None:
            return Found(declined="no entry matches")
        entry, _ = found
        # (only a short form inside the name: not "what does HSB stand for in R&D?")
        joined = {a.upper() for a in _JOINED_ACRONYM.findall(text)
                  if f" {' '.join(words(a))} " in f" {' '.join(words(name.word))} "}
        # ("what does HSV stand for in HSV-200?": the short form asked, a word of the name)
        part = _STANDS_FOR_WHAT.search(text)
        inner = part is not None and 0 < len(words(part.group(1))) < len(words(name.word)) and (
            f" {' '.join(words(part.group(1)))} " in f" {' '.join(words(name.word))} ")
        asked = joined.pop() if len(joined) == 1 else part.group(1) if inner else name.word
        spelt = expansion(asked, entry)
        if loose and spelt == entry.title and _initials(spelt) != "".join(words(asked)):
            return None
        return Found(entry=entry, facts=(("Stands for", spelt),), score=1.0, ranked=(entry.slug,))

    def _spelt(self, question: Question) -> Found | None:
        """"What does EDR stand for?" when EDR names no entry: the entry that writes it out,
        "Endpoint detection and response (EDR)", or None."""
        short = [c for c in question.concepts if c.slug is None and c.word not in _SPELLING_OUT]
        joined = _JOINED_ACRONYM.findall(question.text)  # "P&I": two words to the store
        others = _CAPITALS.findall(_JOINED_ACRONYM.sub(" ", question.text))
        if len(short) == 1 and _typed_as_acronym(short[0].word, question.text):
            acronym, terms = short[0].word, [short[0].word]
        elif len(joined) == 1 and not others:  # (not "what does FRA stand for in the B&O case")
            acronym, terms = joined[0], words(joined[0])
        else:
            return None
        slugs = [slug for slug, _ in self.store.search(terms, limit=SPELL_FROM)]
        entries = self._entries(slugs)
        for entry, _ in (entries[s] for s in slugs if s in entries):
            phrase = _bracketed(acronym, entry) or spelt_out(acronym, entry)
            if phrase is not None and "".join(words(phrase)) != "".join(terms):
                return Found(entry=entry, facts=(("Stands for", phrase),), score=1.0,
                             ranked=(entry.slug,))
        return None

    def _rank(self, question: Question, named: dict[str, tuple[Entry, _Profile]]
              ) -> list[tuple[float, Entry, _Profile, bool]]:
        terms = [w for c in question.concepts for w in c.forms]
        hits = self.store.search(terms, limit=CANDIDATES)
        order = {slug: i for i, (slug, _) in enumerate(hits)}
        # Entries linked to a named one are candidates too: "when was it disclosed?" about X.
        linked = [slug for entry, _ in named.values() for slug in entry.related]
        candidates = named | self._entries([*linked, *order])
        if not candidates:
            return []
        weights = [question.weights[c.word] for c in question.concepts]
        # ("how fast was the train going when it left the track?": the speed is asked, and the
        # words setting the scene order the entries less; how close the runners-up are to the
        # best is still judged on the whole question)
        settings = [SETTING_WEIGHT if c.slug is None and question.setting.issuperset(
                    c.word.split()) else 1.0 for c in question.concepts]
        # ("how long did the ferry strike go on for?": "go", one of English's most common words,
        # orders the entries less than the strike does, and still counts as much towards how
        # close they are; not a word saying which one or how many: "first", "new", "two")
        settings = [s * LIGHT_RANK if c.slug is None and c.word not in _WHICH_ONE
                    and light(c.word) else s
                    for c, s in zip(question.concepts, settings, strict=True)]
        averages = {
            place: sum(p.lengths[place] for _, p in candidates.values()) / len(candidates)
            for place in ("facts", "summary")
        }
        unit = sum(w for c, w in zip(question.concepts, weights, strict=True) if not c.soft)
        unit = unit / max(1, sum(not c.soft for c in question.concepts)) or 1.0
        asked = stems(question.text) - _STOP_STEMS
        # "What is X?" is about X's own entry; "which model is X testing?" may be about an
        # entry that joins X to something else, so the name's pull is smaller there.
        about_only = all(c.slug is not None or c.soft for c in question.concepts)
        own = OWN_BOOST * (4 if about_only else 1)
        shapes = NEEDS_SHAPE.get(question.qtype, ())
        scene = {c.word: c.slug is not None and (
            (len(question.named) > 1 and _framed(c, question)) or _qualifies(c, question))
                 for c in question.concepts}
        # (not the words of a name the question gives: its own entry is pulled by name already)
        named_words = {w for c in question.concepts if c.slug is not None for w in c.word.split()}
        pairs = list(dict.fromkeys(
            f" {' '.join(run)} " for run in _phrase_runs(question.tokens)
            if not (run[0] in named_words and run[-1] in named_words)))
        kinds_asked = _kinds_asked(question.tokens)
        # ("which Acme executive ...": a person, of whom a pack's `person` entry is one; not
        # "who ...", which a body's entry answers as well: "who runs the ferry line?")
        asks_one_person = question.qtype != "who" and _asks_person(question)
        ending = _asks_outcome(words(question.text))
        ranked = []
        for slug, (entry, profile) in candidates.items():
            score = lighter = 0.0  # lighter: what the scene's words add, less their share
            for concept, weight, setting in zip(question.concepts, weights, settings,
                                                strict=True):
                found = weight * _bm25f(concept, profile, averages) * (0.5 if concept.soft else 1)
                score += found
                lighter += found * (1 - setting)
                if concept.slug == slug:
                    # ("which agencies run the tests under the order?": the order only sets
                    # the scene, and its own entry is not what is asked)
                    score += (RELATED_BOOST if scene[concept.word] else own) * weight
                elif concept.slug is not None and concept.slug in entry.related:
                    score += RELATED_BOOST * weight
            # "acme's new night ferry service": an entry a curator named or described in
            # those very words (the Night Star, keyword "night ferry service")
            score += PHRASE_BOOST * unit * sum(pair in profile.named_as for pair in pairs)
            if _cue_fields(question.qtype, profile):
                score += CUE_BOOST * unit
            if not profile.shapes.isdisjoint(shapes):
                score += CUE_BOOST * unit
            # "how fast was the train going": an entry with a `speed` field
            if not question.sizes.isdisjoint(profile.places["fields"]):
                score += SIZE_RANK * unit
            if question.counting and profile.counts(question.counting):
                score += COUNT_RANK * unit
            if question.group and _lists(entry):
                score += CUE_BOOST * unit
            # "what is Acme's new ferry supposed to do?", "which agency ...": an entry of the
            # kind the question asks of (a pack's kind `ferry`, `agency`)
            if entry.kind in kinds_asked:
                score += KIND_BOOST * unit
            if asks_one_person and entry.kind in PERSON_KINDS:
                score += KIND_BOOST * unit
            if ending:
                score += END_RANK * unit * _stage(entry)
            learned = len(asked) >= 3 and any(
                len(asked & phrase) >= LEARNED_MATCH * max(len(asked), len(phrase))
                for phrase in profile.learned)
            if learned:
                score += 4 * unit
            ranked.append((score - lighter, score, entry, profile, learned))
        ranked.sort(key=lambda item: (-item[0], item[2].slug))
        return [item[1:] for item in ranked]

    def _rarest(self) -> float:
        """The weight of a word no entry holds."""
        return _idf_of(0, max(1, self.store.size()))

    def _idf(self, concepts: list[Concept]) -> list[float]:
        """Each concept's inverse document frequency: a rare word tells entries apart."""
        total = max(1, self.store.size())
        counts = self.store.doc_counts([f for c in concepts for f in (c.forms or c.alts)])
        weights = []
        for concept in concepts:
            # Another tense of the verb ("struck" for "strike") is the same word, not a rarer one.
            forms = concept.forms or concept.alts
            forms = [f for f in forms if f not in irregular(concept.word)] or forms
            found = [counts.get(f, 0) for f in forms if " " not in f]
            docs = min((n for n in found if n), default=0)
            if not docs:  # only an idiom's other runs are in the store ("in force"): as often
                docs = max((self.store.phrase_count(f) for f in forms if " " in f), default=0)
            if concept.slug is not None and concept.forms:  # (a name the question typed)
                # A name is as rare as what it names: "the ferry", a name of the Tern that the
                # pack's text hardly uses, is as common as the Tern when every entry names her.
                docs = self._named_in(concept.slug, " ".join(concept.forms)
                                      if len(concept.forms) > 1 else None, docs)
            weights.append(_idf_of(docs, total))
        return weights

    def _named_in(self, slug: str, phrase: str | None, docs: int) -> int:
        """How many entries name `slug`'s entry by any of its names (at least `docs`, what
        the name asked by holds; a name of several words is counted as a phrase)."""
        if phrase is not None:
            docs = self.store.phrase_count(phrase)
        found = self._entries([slug]).get(slug)
        if found is None:
            return docs
        names = (" ".join(words(name)) for name in (found[0].title, *found[0].aliases))
        return max([docs, *(self.store.phrase_count(name) for name in names if name)])

    def _entries(self, slugs: list[str]) -> dict[str, tuple[Entry, _Profile]]:
        """Live entries with their profiles; unchanged ones come from the cache."""
        versions = self.store.versions(slugs)
        with self._cache_lock:  # answers run on several threads; the LRU order is shared
            found = {s: self._cache.get((s, v)) for s, v in versions.items()}
        missing = [s for s, cached in found.items() if cached is None]
        for entry in self.store.get_many(missing).values():
            if not entry.retired:
                found[entry.slug] = (entry, _Profile(entry))
        with self._cache_lock:
            for entry, profile in (f for f in found.values() if f is not None):
                key = (entry.slug, entry.version)
                self._cache[key] = (entry, profile)
                self._cache.move_to_end(key)
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        return {s: f for s, f in found.items() if f is not None}


def _idf_of(docs: int, total: int) -> float:
    """BM25's inverse document frequency of a word `docs` of `total` entries hold."""
    return math.log(1 + (total - docs + 0.5) / (docs + 0.5))


_STOP_STEMS = frozenset(stem(w) for w in STOP)
_ADDRESS = re.compile(r"(?<![\w@.])@\w[\w.-]*")


# Words that ask whether something came about: "did they ever", "has it actually", "yet"
_OUTCOME = frozenset("ever actually yet eventually finally".split())
_WRITING = re.compile(r"\W*(?:(?:hey|hi|hello|yo|ok|okay)\b\W*)?(?:(?:can|could|would|will)\s+"
                      r"(?:you|u)\s+|please\s+|pls\s+)*(?:help\s+me\s+(?:to\s+)?)?"
                      r"(?:write|draft|compose|rewrite|proofread|translate)\b", re.IGNORECASE)
# After "where", verbs that only say a place is asked ("where will the hearing be held?")
_STAGED = frozenset("held hold holds holding staged stage stages staging hosted host hosts "
                    "hosting".split())
_WEIGHING = frozenset("weigh weighs weighed weighing".split())
_DOUBT = frozenset("ever actually yet".split())  # ... and the words of them a "when" doubts by
_FILED = frozenset({"filed"})
# Words that only ask for a kind of fact: a part of nothing else ("...? what date?", "and
# what's the status?") asks it of the part before.
_KIND_ONLY = frozenset("date dates day year time status reason place location amount number "
                       "figure total name names update latest exactly".split())



def _typed_tokens(plain: str, kept: set[str], text: str) -> list[str]:
    """The words of a message to read, short forms and idioms read as plain words; a name's
    words (`kept`) as typed."""
    # "sooo" is "so"; "the 15th" is the 15 a date holds
    typed = [w if w in kept else _ORDINAL_END.sub("", _DRAWN_OUT.sub(r"\1", w))
             for w in words(plain)[:MAX_WORDS]]
    tokens = _rewrite([t for w in typed
                       for t in (w if w in kept else SHORT_FORMS.get(w, w)).split()], kept)
    tokens = _without_exceptions(tokens)
    # ("how much oil poured into the bay?", "when did the Tern sink into the mud?": the
    # words say what they say; "how much did Holt sink into Acme?" is money invested)
    if not _asks_money(tokens, text):
        tokens = [t for token in tokens
                  for t in (token.split("_") if token in _INVESTING else [token])]
    if "again" in tokens:  # "when did they start flying again?": when they resumed
        # (not "when did the strike start again?": remind me)
        tokens = ["resume" if t in _STARTS and tokens[i + 1 : i + 2] != [] and (
            tokens[i + 1].endswith("ing")) else t for i, t in enumerate(tokens)]
    return tokens


def _asking(tokens: list[str], pairs: set[tuple[str, str]]) -> tuple[set[str], set[str]]:
    """Words that say what kind of answer is wanted rather than what it is about ("how long",
    "what share", "where is it held"); and apart, those of them that also say what it is
    about ("how cold": a temperature, of the cold)."""
    # "how long", "what share": words that say the kind of answer, not what it is about
    asking = {second for (first, second), _ in _KIND_PAIRS if (first, second) in pairs}
    if ("been", "around") in pairs and tokens[:2] == ["how", "long"]:
        asking.add("around")  # "how long has it been around?": since when, not "around"
    if _called(tokens):
        asking.add(tokens[-1])  # "what was the storm called?": a name, not a calling
    if "where" in tokens[:3]:  # "where is the launch being held?": a place is asked
        asking |= _STAGED.intersection(tokens[tokens.index("where"):])
    asking |= {t for i, t in enumerate(tokens[1:], 1)
               if tokens[i - 1] == "how" and t in HOW_WORDS}
    # "how cold did it get": a temperature is asked, and the cold is what it is about; the
    # word helps pick the entry, as a topic-free word does, and is never required
    felt = asking & _FELT
    asking -= felt
    asking |= _depth_words(tokens)
    if ("how", "much") in pairs:  # "how much did it weigh": as "how heavy was it"
        asking |= {"heavy" for t in tokens if t in _WEIGHING}
    if ("how", "many") in pairs or ("how", "much") in pairs:
        # "how many leaks did it end up with?": the count it came to, not an acquisition
        asking |= _ENDED_WITH.intersection(tokens)
    if ("how", "long") in pairs:  # "how long did it last": the verb is the duration
        asking |= DURATION_WORDS
    if "fast" in asking:  # "how fast was the ship moving": the verb is the speed
        asking |= _MOVING & set(tokens)
    return asking, felt


def _question_kind(text: str, tokens: list[str], start: int,
                   names: set[str]) -> tuple[str, str | None]:
    """The kind of answer asked (see `question_type`), refined by what the message says of
    money, prices and measures; and for "how many", the noun counted."""
    qtype = question_type(tokens[start:])
    if qtype == "said" and _reports_clause(text):
        # "what did the board say sank the Tern?": the cause it found, not its words
        qtype = "what"
    noun = counted(tokens) if qtype == "count" else None
    if qtype in ("what", "none") and (_CURRENCY.search(text) or AMOUNT_WORDS & set(tokens)):
        qtype = "amount"  # "total damage in $$?", "what did it cost them?"
    if qtype in ("what", "none") and any(
            (t in _SOLD and "for" in tokens[i + 1 : i + 5]) or (
                t in _CHARGED and tokens[i + 1 : i + 2] == ["for"]
                and not (t == "charged" and _PASSIVE.intersection(tokens[:i])))
            for i, t in enumerate(tokens)):
        qtype = "amount"  # "what did they charge for it?", "what did the pier sell for?"
    if qtype in ("what", "none") and _gone_for(tokens):
        qtype = "amount"  # "what did the old ferry go for?": what it sold for
    rate = _rate(text, asked=True)
    if qtype in ("what", "none") and rate is not None and rate not in _PERIODS:
        qtype = "quantity"  # "what was oil trading at per barrel?": a figure for a barrel
    if qtype == "amount" and not _CURRENCY.search(text):
        measured = _head_after(tokens, ("how", "much"))
        if (measured and measured.isalpha() and measured not in MONEY_WORDS
                and measured not in names and not AMOUNT_WORDS & set(tokens)):
            # "how much oil leaked?" wants barrels, not dollars; "how much dispersant did
            # they spray?" gallons, whether or not a word list knows the substance
            qtype = "quantity"
    return qtype, noun


def _dated_name(word: str, tokens: list[str]) -> bool:
    """Is this word, one the store never uses, the name of something held in a year ("who won
    euro 2024?", "what came out of expo 2025?"), however it is typed? Not a season or a part
    of the year ("in summer 2024", "fiscal 2023")."""
    # (the year ends the name: not "the unmanned 2019 test flight", where it dates the flight)
    at = [i for i, t in enumerate(tokens[:-1]) if t == word]
    return word not in _PARTS_OF_YEAR and any(
        _YEAR.fullmatch(tokens[i + 1]) and (i + 2 == len(tokens) or tokens[i + 2] in STOP)
        for i in at)


_PARTS_OF_YEAR = frozenset("""spring summer autumn fall winter fiscal fy early mid late end start
    beginning half quarter q1 q2 q3 q4 h1 h2 season""".split()) | _MONTH_WORDS


def _unknown_doer(tokens: list[str], unknown: list[str]) -> frozenset[str]:
    """The words of a name typed in lower case where the doer of what is asked stands, right
    after the question's "did", "has" or "was", when the store never uses any of them ("what
    did dana holt say to the crews?", "has sam reyes said anything?", "what was dana holt's
    view?", of a briefing that never names Holt or Reyes): whoever they are, the briefing
    holds nothing they said or did, however much it holds of the rest. Two words or more
    followed by a verb or an owner's "'s", as a person's name is; empty otherwise (not "it
    was way less than ...")."""
    start = next((i + 1 for i, t in enumerate(tokens[:4]) if t in _SPEAKER_AFTER | _BE), None)
    if start is None:
        return frozenset()
    run = list(itertools.takewhile(lambda t: t in unknown, tokens[start:start + MAX_NAME_WORDS]))
    after = tokens[start + len(run)] if start + len(run) < len(tokens) else None
    if len(run) < 2 or after is None:
        return frozenset()
    verb = after not in STOP or after in _SAYING or bool(irregular(after)) or after.endswith("ed")
    return frozenset(run) if after == "s" or verb else frozenset()


def _bare(part: str) -> bool:
    """Does this part only ask for a kind of fact, of nothing it names itself?"""
    tokens = [t for t in words(part) if t not in STOP and t not in QUESTION_WORDS]
    return all(t in _KIND_ONLY for t in tokens)


_KIND_PAIRS = [(opener, kind) for opener, kind in QUESTION_TYPES if len(opener) == 2]


# Two things asked of in one breath: "the writers and of the actors", "plan A vs plan C"
_TWO_WAYS = re.compile(r"\s+(?:and(?:\s+then)?|vs\.?|versus|\+|&)\s+", re.IGNORECASE)
_PHRASE_WORD = re.compile(r"[\w'’-]+")
# "..., and how many for Reyes?", "and what about for the Tern": an opening, then the thing
_OPENING_FOR = re.compile(r"(?:(?:and|but|so)\s+)?(?P<opening>how\s+(?:many|much|long|old|far)|"
                          r"what|which|who|when|where)\s+(?:for|of|by|with)\s+(?P<thing>.+)",
                          re.IGNORECASE | re.DOTALL)
_BOTH = frozenset({"and", "vs", "versus", "&"})
MAX_THING_WORDS = 4  # words in each of two things asked of ("of the harbour board")


def _same_of_two(part: str) -> tuple[str, str] | None:
    """The part asked of each of two things it names in the same shape, each led by the same
    word ("what share of the crews and of the pilots voted yes?": "what share of the crews
    voted yes?" and "what share of the pilots voted yes?"), or None. The two come right
    around the joining word, as many words each, or are two names typed as names ("when did
    the Acme Ferries and Gull Lines strikes end?")."""
    for join in _TWO_WAYS.finditer(part):
        before = list(_PHRASE_WORD.finditer(part[:join.start()]))
        after = list(_PHRASE_WORD.finditer(part, join.end()))
        names = _typed_name(part, before[::-1], join.start()), _typed_name(part, after, join.end())
        if all(names):
            return _halves(part, names[0][::-1], names[1])
        for size in range(2, MAX_THING_WORDS + 1):
            if size > len(before) or size > len(after):
                break
            first, second = before[-size:], after[:size]
            # (only words, one after another: "the Tern, and the pier" is no one phrase)
            if not _joined_up(part, first) or not _joined_up(part, second) or (
                    first[-1].end() != join.start() or second[0].start() != join.end()):
                break
            said = [m.group().casefold() for m in first], [m.group().casefold() for m in second]
            if said[0][0] == said[1][0] and said[0] != said[1]:
                return _halves(part, first, second)
    return None


def _halves(part: str, first: list[re.Match], second: list[re.Match]) -> tuple[str, str]:
    """The part with the two things it joins, `first` and `second`, left to one of them."""
    head, tail = part[:first[0].start()], part[second[-1].end():]
    return (f"{head}{part[first[0].start():first[-1].end()]}{tail}",
            f"{head}{part[second[0].start():second[-1].end()]}{tail}")


_TOKEN = re.compile(r"[\w'’-]+|[^\w\s]")
MAX_SWAPPED = 3  # words of one thing put in the place of another's ("the Gull Island crews")


def _asked_again_of(before: str, part: str) -> tuple[str, frozenset[str]] | None:
    """The part before asked again of another thing, when the part opens as it did and puts
    a thing of its own in the place of one the part before named ("what share of the crews
    voted yes on the new deal, and what share of the pilots voted yes on theirs?": what share
    of the pilots voted yes on the new deal), with the words the part points back with
    ("theirs") read as the part before's, and the words of the thing put in; None when the
    part asks something else."""
    if not POINTERS.isdisjoint(words(part)):
        return None  # ("..., and how many of them got off?": them are the part before's)
    old = [m.group() for m in _TOKEN.finditer(before)]
    new = [m.group() for m in _TOKEN.finditer(part)]
    blocks = difflib.SequenceMatcher(a=[t.casefold() for t in old],
                                     b=[t.casefold() for t in new], autojunk=False).get_opcodes()
    # (the same opening, of two words at least: "what share of", "who ran"; not "how")
    opens = next(((op, j2 - j1) for op, _, _, j1, j2 in blocks if j2 > j1), None)
    opens = opens is not None and opens[0] == "equal" and opens[1] >= 2
    swap = next((i for i, (op, i1, i2, j1, j2) in enumerate(blocks) if op == "replace"
                 and max(i2 - i1, j2 - j1) <= MAX_SWAPPED
                 and _names_a_thing(old[i1:i2]) and _names_a_thing(new[j1:j2])), None)
    if not opens or swap is None:
        return None
    kept = []
    for at, (op, i1, i2, j1, j2) in enumerate(blocks):
        theirs = new[j1:j2]
        pointing = op == "replace" and all(t.casefold() in STOP for t in theirs)
        # (what the part before said ahead of the thing sets the question; what it said
        # after is the part's own to say again: "how many ferries did Acme have laid up in
        # the storm, and how many did Gull Lines have?")
        kept += old[i1:i2] if (op == "delete" and at < swap) or pointing else theirs
    _, _, _, j1, j2 = blocks[swap]
    return " ".join(kept), frozenset(t.casefold() for t in new[j1:j2]) - STOP


def _names_a_thing(tokens: list[str]) -> bool:
    """Words with one that is no function word and no word pointing back ("the pilots")."""
    said = [t.casefold() for t in tokens]
    return POINTERS.isdisjoint(said) and any(t not in STOP and t.isalnum() for t in said)


def _typed_name(text: str, found: list[re.Match], at: int) -> list[re.Match]:
    """The words typed as a name (each capitalised, "Gull Lines", "GTU-ALU") that `found`
    opens with, one run touching the joining word at `at`; empty when the first is none."""
    run: list[re.Match] = []
    for word in found[:MAX_THING_WORDS]:  # (going out from `at`, back or on)
        backwards = word.end() <= at
        gap = text[word.end():at] if backwards else text[at:word.start()]
        if not word.group()[:1].isupper() or word.group() == "I" or gap.strip():
            break
        run.append(word)
        at = word.start() if backwards else word.end()
    return run


def _joined_up(text: str, found: list[re.Match]) -> bool:
    """Are these words one run, with only spaces between them?"""
    return all(not text[a.end():b.start()].strip() for a, b in itertools.pairwise(found))


_ABOUT = re.compile(r"^(?:(?:and|but|so|ok|okay)\s+)?(?:what|how)\s+about\s+(.+)$",
                    re.IGNORECASE | re.DOTALL)


def _abbreviation(question: Question) -> tuple[Concept | None, bool]:
    """In "what does X stand for", X when it is an entry's name (and the question's other
    words only ask for a spelling out: "stand", "acronym", even when the store has them), and
    whether other words stand around it."""
    if question.qtype != "expand":
        return None, False
    names = [c for c in question.concepts if c.slug is not None]
    if len(names) > 1:  # "in the context of Acme, what does XYZ stand for": the acronym
        names = [c for c in names if _typed_as_acronym(c.word, question.text)]
    rest = [c for c in question.concepts if c.slug is None and c.word not in _SPELLING_OUT]
    if len(names) == 1 and not rest:
        return names[0], False
    # "what does HSB stand for in the HSB Act that paid for the pier?": the short form typed
    # right before "stand for", whatever the rest sets as scene
    typed = {m.lower() for m in _STANDS_FOR.findall(question.text)}
    names = [c for c in names if c.word in typed and _typed_as_acronym(c.word, question.text)]
    return (names[0], True) if len(names) == 1 else (None, False)


# (not "what does the PFA stand for when it comes to fares": what it believes)
_STANDS_FOR = re.compile(r"\b([A-Za-z]{2,5})\s+(?:stand|stands|short)\s+for"
                         r"(?=\s*(?:$|[,?.!:;]|(?:in|on|at|again|btw|exactly)\b))",
                         re.IGNORECASE)


_SPELLING_OUT = frozenset("stand stands short refer refers acronym abbreviation initials letters "
                          "mean means".split())


def counted(tokens: list[str]) -> str | None:
    """The noun "how many" (or "number of") counts: the last plural of the phrase after it
    ("how many film industry jobs were lost" -> "jobs", "how many oil-covered birds" -> "birds"),
    else its last word not in -ed or -ing ("how many crew died" -> "crew"), or None when it counts
    nothing."""
    head = _head_after(tokens, ("how", "many"))
    if head is None and _number_of(tokens):
        head = _head_after(tokens, ("number", "of"))
    if head is None:  # "the official death count", "the council's vote tally"
        head = next((a for i, (a, b) in enumerate(itertools.pairwise(tokens), 1)
                     if b in _TALLIES and a.isalpha() and a not in STOP and a not in GENERIC
                     and a not in _TALLY_LEADS and i >= 2
                     and tokens[i - 2] in _TALLY_LEADS | _OF_WHICH | {"a", "s"}), None)
    return head


def _number_of(tokens: list[str]) -> bool:
    """Does "number of" ask for a count: "the number of ships", "total number of days", but
    not "a number of firms" (several) or "the case number of X" (a designation)?"""
    return any(tokens[i : i + 2] == ["number", "of"]
               and (i == 0 or tokens[i - 1] in _COUNT_LEADS) for i in range(len(tokens) - 1))


_YEAR_LEADS = frozenset("in since by of from until till before after during the".split()) | (
    _MONTH_WORDS)
_TALLIES = frozenset("count tally".split())
# (words that say which tally, not what it counts: "the latest tally on pier repairs")
_TALLY_LEADS = frozenset("latest recent current official updated final total overall exact "
                         "rough new last".split())
_COUNT_LEADS = frozenset({"the", "what", "total", "overall", "exact", "rough", "final", "whole"})


def _head_after(tokens: list[str], opener: tuple[str, ...]) -> str | None:
    n = len(opener)
    for i in range(len(tokens) - n):
        if tuple(tokens[i : i + n]) == opener:
            phrase: list[str] = []
            rest = tokens[i + n :]
            # "how many of its checks", "how many of the audits": of what is named after "of"
            of = rest[:1] == ["of"] and opener == ("how", "many")
            if of:
                rest = list(itertools.dropwhile(lambda t: t in _OF_WHICH, rest[1:]))
            for token in rest:
                if token == "s" and of and len(phrase) == 1:  # "of the city's parks": parks
                    phrase = []
                    continue
                if token in STOP:
                    break
                phrase.append(token)
            if phrase[:1] == ["people"]:  # "how many people live there": not a count of "live"
                return "people"
            # "how many times did it fail": how often, whatever the count is of
            phrase = [t for t in phrase if t not in GENERIC | _HOW_OFTEN and t.isalpha()]
            plural = [t for t in phrase if t.endswith("s") and not t.endswith("ss")]
            if plural:  # "how many oil-covered birds were found": birds
                return plural[-1]
            # "how many crew died", "how many fish ended up dying"
            nouns = [t for i, t in enumerate(phrase)
                     if not t.endswith("ed") and not (i and t.endswith("ing"))]
            return nouns[-1] if nouns else None
    return None


def _joined_noun(tokens: list[str], noun: str | None) -> str | None:
    """"How many findings and recommendations did it make?": the noun joined to the one counted,
    which is counted too (a fact of 18 recommendations answers as one of 31 findings does)."""
    if noun is None or noun not in tokens:
        return None
    i = tokens.index(noun)
    joined = tokens[i + 2 : i + 3] if tokens[i + 1 : i + 2] in (["and"], ["or"]) else []
    # (a plural noun: not "how many ships and when did they leave")
    return joined[0] if joined and _plural(joined[0]) and joined[0] not in STOP else None


_OF_WHICH = frozenset("the its their his her these those them our your all".split())
# Words that only round the number before them ("40-odd", "40-plus", "a 40-strong crew")
_ROUGHLY = frozenset("odd plus strong ish some".split())


def _asked_thing(tokens: list[str]) -> frozenset[str]:
    """"What was the fare when ...?", "what's the crossing time ...?": the words naming the
    thing asked, which a fact named for them gives; "which ferries did Holt skipper?": the
    thing the question asks which of (a `ferries` fact)."""
    if tokens[:1] == ["which"]:
        thing = list(itertools.takewhile(lambda t: t not in STOP and t.isalpha(), tokens[1:]))
        return frozenset(stem(t) for t in thing[-1:] if t not in GENERIC)
    if tokens[:1] != ["what"] or tokens[1:2] == [] or tokens[1] not in (*_BE, "s"):
        return frozenset()
    rest = list(itertools.dropwhile(lambda t: t in _OF_WHICH, tokens[2:]))
    thing = list(itertools.takewhile(lambda t: t not in STOP and t.isalpha(), rest))
    if "s" in rest and rest.index("s") == len(thing):  # "the Tern's top speed": top speed
        thing = list(itertools.takewhile(lambda t: t not in STOP and t.isalpha(),
                                         rest[len(thing) + 1:]))
    return frozenset(stem(t) for t in thing[:2] if t not in GENERIC)
_MEASURED = frozenset({"heavy", "tall", "deep", "wide"})
# "how far down was the wreck?", "how far below the surface?": a depth ("how far down the
# river did the ferry drift?" is a distance)
_DOWNWARD = frozenset("down below beneath under underground underwater".split())
_ALONG = frozenset("the a an this that its their his her our".split())


def _depth_words(tokens: list[str]) -> set[str]:
    """The words of "how far down" that ask a depth, read as "how deep"; else none."""
    for i in range(len(tokens) - 2):
        if tokens[i : i + 2] == ["how", "far"] and tokens[i + 2] in _DOWNWARD and not (
                tokens[i + 2] == "down" and tokens[i + 3 : i + 4] and tokens[i + 3] in _ALONG):
            return {"deep", tokens[i + 2]}
    return set()
_MOVING = frozenset("going moving travelling traveling sailing steaming flying driving "
                    "running".split())
# After "how", the words that ask for a temperature and say what it is about
_FELT = frozenset({"cold", "hot", "warm"})
_MONEY_NOUNS = frozenset({"money", "cash", "dollars", "dollar", "funds", "funding"})
_MONEY_STEMS = frozenset(stem(w) for w in _MONEY_NOUNS)
_PAID = frozenset(stem(w) for w in "pay paid spend spent owe owed".split())
_PAY = frozenset(stem(w) for w in "pay salary salaries wage wages earnings compensation "
                  "fee fees".split())
_QUOTE_MARKS = re.compile(r"[\"“”«»]")
_QUOTED = frozenset(stem(w) for w in "quote quotes quoted statement statements comment comments "
                    "remark remarks words response reaction".split())
_HOW_OFTEN = frozenset({"times", "occasions"})
_SUCCEEDED = frozenset({"succeeded", "succeeds", "succeed", "replaced", "replaces"})


# The words for an agreement, whose worth is the sum it gives
_DEALS = frozenset({"deal", *SYNONYMS["deal"]})


# Things whose worth is the sum they were agreed or issued for: a deal, a settlement, a
# voucher ("how much were the ferry vouchers worth?")
_VALUED = _DEALS | frozenset("""
settlement settlements voucher vouchers coupon coupons card cards prize prizes award awards
package packages grant grants bonus bonuses payout payouts
""".split())


def _deal_worth(word: str, tokens: list[str]) -> bool:
    """"How much was the naming deal worth?": the worth of an agreement (or a voucher) is the
    sum agreed, which its entry gives as a cost or an amount (not "what is Acme worth?": a
    valuation)."""
    # ("how much were the vouchers the line sent out worth?": the thing valued may stand
    # anywhere between "how much" and "worth", though not in a clause of its own: "how much
    # is the tug that changed hands in the deal worth?" values the tug)
    return word == "worth" and any(t == "worth" and (tokens[i - 1] in _VALUED or any(
        tokens[j:j + 2] == ["how", "much"] and not _VALUED.isdisjoint(itertools.takewhile(
            lambda w: w not in _RELATIVES, tokens[j + 2:i])) for j in range(i)))
                                   for i, t in enumerate(tokens) if i)


_RELATIVES = frozenset("that which who whom whose".split())


def _found_by(word: str, tokens: list[str]) -> bool:
    """"the day divers located the wreck": someone found it, not where something stands ("where
    is the trust located?")."""
    return word == "located" and "where" not in tokens and any(
        t == "located" and tokens[i - 1] not in _PASSIVE for i, t in enumerate(tokens) if i)


def _succeeded(tokens: list[str]) -> bool:
    return any(t in _SUCCEEDED and tokens[i + 1:i + 2] != ["in"] for i, t in enumerate(tokens))


# ("what share ran late according to the harbour master's survey?": the source, which the
# fact giving the share need not name)
_SCENE_SETTERS = frozenset("before after while once until when where according".split())
_SETTINGS = frozenset("after while once when".split())  # (not a limit: "before", "until")
# "Where did she say that about the fares?": what follows "about" says which saying is meant,
# where, when or by whom it was said is what is asked
_DESCRIBING = frozenset({"about"})
_PLACED = frozenset({"where", "when", "who"})


# Leading clauses that only set the scene of what is asked ("when the chief testified, ...";
# not "during her trial, ..." or "under the settlement, ...", which say which one is meant)
_SETS_SCENE = frozenset("when after once according".split())
# ("According to the former pier engineer, what load ...?": the source sets the scene too)
_LEADING_CLAUSE = re.compile(
    r"\s*(?:when|if|after|before|while|once|since|under|during|amid|following|according\s+to)\s"
    r"(?!(?:did|does|do|was|were|is|are|has|have|had|will|can|could|would)\b)"
    r"[^,?]{3,100}?,\s*(?:and\s+|so\s+)?(what|who|when|where|why|how|which)\b", re.IGNORECASE)


def _background(tokens: list[str], setters: frozenset[str] = _SCENE_SETTERS) -> frozenset[str]:
    """The words after a conjunction that sets the scene of the question ("how many were aboard
    when the fire started", "how much fuel did it burn before the council stopped it")."""
    for i, token in enumerate(tokens[2:], 2):
        if token in setters:
            return frozenset(tokens[i + 1:])
    return frozenset()


def _framed(concept: Concept, question: Question) -> bool:
    """Is this name only the frame of the question: "during the strike", "amid the storm",
    "under the order" (not "under Dana Holt": someone's staff; not "before the fare review":
    a change across it is about it)?"""
    span, tokens = concept.word.split(), question.tokens
    for i in range(1, len(tokens)):
        if tokens[i:i + len(span)] != span:
            continue
        before = tokens[max(0, i - 3):i]
        if before[-1:] and before[-1] in _FRAMES:
            return True
        # (with a word between: "under the first safety rule")
        if any(before[j] in (*_FRAMES, "under") and before[j + 1] in _DETERMINERS
               for j in range(len(before) - 1)):
            return True
    return False


def _plural(word: str) -> bool:
    """"writers", "parks" (not "bonus", "status", "press", "analysis")."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is")) and word.isalpha()


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
_REFLEXIVES = frozenset("himself herself itself themselves".split())
_OF_THINGS = frozenset({"itself", "themselves"})


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


def _qualifies(concept: Concept, question: Question) -> bool:
    """Does this name only say which one of a thing is meant: "the Acme ferry", "the Holt
    farm", "Holt's inquiry" (what is asked is about the ferry or the inquiry, which may have
    an entry of its own)?"""
    span, tokens = concept.word.split(), question.tokens
    words_asked = {c.word for c in question.concepts if c.slug is None}
    for i in range(1, len(tokens) - len(span)):
        if tokens[i:i + len(span)] != span or tokens[i - 1] not in _ARTICLES:
            continue
        after = tokens[i + len(span)]
        if after.isalpha() and after not in STOP and after in words_asked:
            return True
    # ("Holt's inquiry": the name, then "s", then a word asked)
    n = len(span)
    return any(tokens[i:i + n] == span and tokens[i + n] == "s" and tokens[i + n + 1] in words_asked
               for i in range(len(tokens) - n - 1))


_FRAMES = frozenset("during amid".split())
# Words that ask for a figure of a shape, held by a fact of that shape whatever its words: "the
# biggest fine": a limit ("up to $1 million"); "what range did analysts give": a range
# ("$400 million to $1.5 billion")
_SHAPE_WORDS = {"biggest": "ceiling", "maximum": "ceiling", "max": "ceiling", "range": "range"}


def _shaped(word: str, question: Question, entry: Entry) -> bool:
    """Does a fact have the shape `word` asks for (see `_SHAPE_WORDS`) and hold another word
    of the question ("the biggest fine": "Fine: up to $1 million")?"""
    shape = _SHAPE_WORDS.get(word)
    if shape is None:
        return False
    asked = {a for c in question.concepts if c.slug is None and c.word not in _SHAPE_WORDS
             for a in c.alts}
    return any(SHAPES[shape].search(value) and not asked.isdisjoint(
        stems(f"{name.replace('_', ' ')} {value}")) for name, value in entry.fields.items())


_STARTS = frozenset("start starts started starting begin begins began beginning".split())
_SCENE_WORDS = frozenset("during amid after before since".split())


# Words before what the thing asked arose from: "charged over the fire", "tests under the
# order" (not "under Dana Holt": her staff, see _framed)
_CAUSES = frozenset({"over"})
_UNDER = frozenset({"under"})


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


# "how did X describe / justify it": the words X put it in
_PUTTING = frozenset("describe described characterize characterized characterise characterised "
                     "portray portrayed justify justified explain explained".split())
# "what did X say / tell reporters / claim": a statement is asked for
_SAYING = frozenset("say said says quote statement tell told tells claimed write wrote writes"
                    .split())


# Words that open a clause inside the question: what follows sets the scene ("what was the
# vote count when the bill passed?" asks a count, not a date).
_CLAUSE_OPENERS = frozenset("when where while after before since if because once until".split())
# ... that open a clause wherever they stand; "once", "since" and "if" only before its subject
# ("once the council said", not "what did she once say")
_WHEN_CLAUSE = frozenset("when where while after before because until".split())
_SUBJECTS = frozenset("the a an this that these those his her their its our my your he she it "
                      "they we you i".split())


_SPEAKER_AFTER = frozenset("did does do has have had will would".split())


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
    if len(found) == 1 and _is_name(found[0], question):
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


def _names_other(text: str, said: set[str] | frozenset[str]) -> bool:
    """Does `text` name someone or something the question (its stems `said`) does not: a
    capitalised word that is no everyday English ("Reyes apologized")?"""
    return any(not everyday(m.group().casefold()) and stem(m.group().casefold()) not in said
               for m in _CAPITALISED.finditer(text))


_WORTH = frozenset("worth cost".split())
_BE = frozenset("is was are were".split())
_BEING = _BE | frozenset("be been would will could might".split())


def _gone_for(tokens: list[str]) -> bool:
    """Does a "what" question ask what something "went for", the price it sold at ("what did
    the old ferry go for?", "what did it go for at auction?"), with no thing after "for" that
    would make it a choice or an aim ("what did the board go for the pier plan")?"""
    return any(
        t in _GOING and tokens[i + 1 : i + 2] == ["for"] and "what" in tokens[:i]
        and (i + 2 == len(tokens) or tokens[i + 2] in _AFTER_PRICE)
        for i, t in enumerate(tokens))


_GOING = frozenset("go goes went gone going".split())
# Words that may follow "went for" when it asks a price ("... went for at auction in 2019")
_AFTER_PRICE = frozenset("at in on when after before back then".split())


def _priced(tokens: list[str]) -> bool:
    """Does the question end by asking what something was worth or would cost ("... say the
    repairs would cost?"; not "... say about the cost?")?"""
    return len(tokens) > 2 and tokens[-1] in _WORTH and tokens[-2] in _BEING


# A saying verb and the word right after it, nothing between ("say the", not "say, word")
_SAID_NEXT = re.compile(r"\b(?:say|says|said)\s+([^\W_]+)")
# Words that open a reported clause after "say": its subject or its verb ("say the repairs
# cost", "say was the main cause")
_CLAUSE_STARTS = frozenset("the a an its their his her was were is are had has have would will "
                           "could".split())


def _reports_clause(text: str) -> bool:
    """Does a saying verb open a reported clause ("what did the board say sank the Tern?",
    "what did the board say Acme Ferries got wrong?")? Then what is asked is what was
    said of it, which a finding states without quotes, not the words said ("what did Holt say
    about the deal?", "what did she say publicly?")."""
    for match in _SAID_NEXT.finditer(text):
        word = match.group(1)
        low = word.casefold()
        # (not "what did Holt say Monday?")
        if (low in _CLAUSE_STARTS or irregular(low)
                or (word[:1].isupper() and low not in _DAY_WORDS and low not in _MONTH_WORDS)
                or (low.endswith("ed") and len(low) > 4)):
            return True
    return False


def _said_clause(tokens: list[str]) -> list[str]:
    """The tokens before the first clause opener, for finding a saying asked about."""
    cut = next((i for i, t in enumerate(tokens) if t in _WHEN_CLAUSE or (
        t in _CLAUSE_OPENERS and tokens[i + 1 : i + 2] and tokens[i + 1] in _SUBJECTS)),
        len(tokens))
    return tokens[:cut]


# What may follow the noun of a kind of fact at the end of its phrase ("a date for it yet")
_AFTER_KIND = frozenset("for of yet on in to set given been at".split())
_KIND_ARTICLES = frozenset("a an any the there".split())
_ORDER_WORDS = frozenset("first last second third next only same".split())  # "the first time"
# Words saying which one or how many, however common: "the first rule", "the new boat", "two firms"
_WHICH_ONE = _ORDER_WORDS | frozenset("new old one two three four five six seven eight nine "
                                      "ten".split())


def _ends_phrase(after: list[str]) -> bool:
    """Does the noun before `after` (its next token, or none) end its phrase: "a date" then
    nothing, "for", "announced", "when"; not "a time limit"?"""
    return not after or after[0] in _AFTER_KIND or after[0] in _CLAUSE_OPENERS or (
        after[0].endswith("ed") and len(after[0]) > 4)


def _main_clause(tokens: list[str]) -> list[str]:
    """The tokens before the first clause opener."""
    cut = next((i for i, t in enumerate(tokens) if t in _CLAUSE_OPENERS), len(tokens))
    return tokens[:cut]


def _called(tokens: list[str]) -> bool:
    return tokens[:1] in (["what"], ["whats"]) and tokens[-1:] in (["called"], ["named"])


# "do we know what the Tern cost?", "could you tell me who skippered it?", "do we have a
# figure for what the pier cost?": a question asked inside another, which asks what it embeds
_ASKING = frozenset("do does can could would".split())
_ASKED_OF = frozenset("we you u anyone anybody someone somebody".split())
_KNOWING = frozenset("know have tell summarise summarize give".split())
_KNOWN_AS = frozenset("a an any".split())
_FIGURE_WORDS = frozenset("figure number idea estimate".split())


def _embedded(tokens: list[str]) -> list[str] | None:
    """The question a yes/no frame asks ("do we know what the Tern cost?": "what the Tern
    cost"), or None when the message asks whether something is so ("do we know if the pier
    reopened?", "do you have the ferry's number?")."""
    if len(tokens) < 4 or tokens[0] not in _ASKING or tokens[1] not in _ASKED_OF or (
            tokens[2] not in _KNOWING):
        return None
    rest = tokens[3:]
    if rest[:1] in (["me"], ["us"]):
        rest = rest[1:]
    if rest[:1] and rest[0] in _KNOWN_AS and rest[1:2] and rest[1] in _FIGURE_WORDS and (
            rest[2:3] and rest[2] in ("for", "on", "of")):
        rest = rest[3:]  # "a figure for what the Tern cost"
    if rest[:1] and rest[0] in QUESTION_WORDS:
        return rest
    return None


def question_type(tokens: list[str]) -> str:
    """who / when / where / why / how / count / amount / percent / clock / expand / said /
    length / which / what / yesno / none, and the kinds NOUN_TYPES names."""
    inner = _embedded(tokens)
    if inner is not None:
        return question_type(inner)
    for cue, kind in PHRASE_TYPES:
        if _has_phrase(tokens, cue):
            if kind == "amount" and not _WEIGHING.isdisjoint(tokens):
                return "quantity"  # "how much did the panel weigh?": a weight, not money
            if kind == "amount" and _time_asked(tokens):
                return "duration"  # "how much jail time did the skipper get?": a term
            return kind
    if _called(tokens):
        return "names"  # "what's the new tugboat called?": its name
    if tokens[:1] == ["what"] and _SAYING.isdisjoint(tokens) and any(
            _has_phrase(tokens, ("vote", tally)) for tally in _TALLIES):
        return "count"  # "what was the council's vote count?": a number
    if tokens[:2] == ["how", "long"] and _has_phrase(tokens, ("been", "around")):
        return "age"  # "how long has the guild been around?": since when
    if _number_of(tokens):
        return "count"
    head = tokens[:6]
    for i, word in enumerate(head):
        for opener, kind in QUESTION_TYPES:
            if tuple(head[i : i + len(opener)]) == opener:
                # ("Dana Holt age when she retired?": the noun before the clause is asked)
                noun = _noun_before_clause(head[:i]) if kind in _CLAUSE_KINDS else None
                if noun is not None:
                    return noun
                follower = head[i + len(opener) : i + len(opener) + 1]
                if kind in ("what", "which") and follower and follower[0] in NEXT_NOUN_TYPES:
                    return NEXT_NOUN_TYPES[follower[0]]
                # (not "what was the vote when the court said ...": a saying in passing)
                if kind == "what" and _SAYING & set(_said_clause(tokens[i + 1 :])):
                    # "what did the yard say the repairs would cost?": a sum
                    return "amount" if _priced(tokens) else "said"
                pairs = zip(tokens, tokens[1:], strict=False)
                # "how did Holt describe the deal?": in her words
                if kind == "how" and not _PUTTING.isdisjoint(tokens[i + 1:]):
                    return "said"
                if kind == "duration" and any(t == "in" and _DISTANCE_UNIT.fullmatch(u)
                                              for t, u in pairs):
                    return "length"  # "how long is the line, in miles?"
                if kind == "duration" and _in_pages(tokens):
                    return "pages"  # "how long is the report, page-wise?": its pages
                if kind == "what":  # "what was the lowest temperature": a temperature
                    # (not "what happens to an operator who ...": a clause, not a noun)
                    noun = next((NOUN_TYPES[t] for t in _main_clause(head[i + 1 : i + 6])
                                 if t in NOUN_TYPES and t not in QUESTION_WORDS), None)
                    # "what's the order's number?": a number, as "what number" asks one
                    # (not "the number one complaint")
                    numbered = any(t == "number" and tokens[j + 1 : j + 2] not in (
                        ["of"], ["one"], ["two"], ["1"], ["2"])
                                   for j, t in enumerate(tokens[i + 1 :], i + 1))
                    return noun or ("count" if numbered else kind)
                return kind
        if i == 0 and word in YES_NO_OPENERS:
            # "is there a release date yet?": a fact of that kind (not "is there a time limit",
            # "was the price cap lifted": a noun of the kind ends the phrase)
            noun = next((NOUN_TYPES[t] for j, t in enumerate(tokens[2:6], 2)
                         if NOUN_TYPES.get(t) in NEEDS_SHAPE
                         and _KIND_ARTICLES.intersection(tokens[j - 2 : j])
                         and tokens[j - 1] not in _ORDER_WORDS
                         and _ends_phrase(tokens[j + 1 : j + 2])), None)
            return noun or "yesno"
    for word in tokens:
        if word in NOUN_TYPES:
            return NOUN_TYPES[word]
    return "none"


def _time_asked(tokens: list[str]) -> bool:
    """Does "how much" ask a time ("how much time", "how much jail time")?"""
    at = next((i + 2 for i in range(len(tokens) - 1) if tokens[i : i + 2] == ["how", "much"]),
              None)
    return at is not None and any(t == "time" or t.endswith("_time") or t.startswith("time_")
                                  for t in tokens[at : at + 2])


# Question words that open a clause after a noun in a question typed as a phrase
_CLAUSE_KINDS = frozenset({"when", "where", "who"})


def _noun_before_clause(before: list[str]) -> str | None:
    """The kind of fact a question typed as a noun phrase asks, when a clause follows it
    ("Dana Holt age when she retired?" asks an age; "Tern price when it was sold?" a sum);
    None when a question word or a verb comes first ("what was ... when ..."), or when the
    noun is not right before the clause: a lead-in ends there ("last time I looked, who ran
    Acme?", "fares aside, when did the Tern sail?"), and "at the time, who ran Acme?" asks
    who, not when."""
    if not before or before[0] in YES_NO_OPENERS or before[0] in QUESTION_WORDS:
        return None
    kind = _CLAUSE_NOUNS.get(before[-1])
    return kind if kind != "when" else None


_CLAUSE_NOUNS = {**{t: k for t, k in NOUN_TYPES.items() if t not in QUESTION_WORDS}, "age": "age"}


def asks_for_group(tokens: list[str], qtype: str) -> bool:
    """"which companies ...", "what ferry firms ...", "how many agencies ...": a list is wanted."""
    openers = {"which", "what", "many", "all"} | ({"who"} if qtype == "who" else set())
    return any(
        word in openers and any(t in GROUP_NOUNS for t in tokens[i + 1 : i + 4])
        for i, word in enumerate(tokens)
    )


def proper_nouns(text: str) -> set[str]:
    """Words written as names: capitalised mid-sentence, or in capitals ("UK", "Elon Musk").

    A question about a name the store has never seen is about something else. Title-case
    questions ("Who Signs The Order?") say nothing about names, so they give none.
    """
    raw = _RAW_WORD.findall(text)
    capitals = [w for w in raw[1:] if not any(ch.isdigit() for ch in w)
                and (w[:1].isupper() or any(ch.isupper() for ch in w[1:]))]
    if len(raw) < 2 or len(capitals) * 2 > len(raw):
        return set()
    return {w.casefold() for w in capitals}


def expansion(acronym: str, entry: Entry) -> str:
    """The entry's name whose initials spell `acronym` ("HSB": "Harbour Safety
    Board"), else its title."""
    letters = "".join(words(acronym))
    typed = re.compile(rf"(?<!\w){re.escape(acronym)}(?!\w)", re.IGNORECASE)
    for name in (entry.title, *entry.aliases):  # (not "P&I cover" for P&I)
        if (_initials(name) == letters and "".join(words(name)) != letters
                and not typed.search(name)):
            return name
    return _bracketed(acronym, entry) or next(
        (value for name, value in entry.fields.items() if name in _SPELT_OUT), entry.title)


# Facts named for what a short name spells out ("full_name: Harbour Safety Board")
_SPELT_OUT = frozenset("full_name full_title stands_for expansion long_form full_form".split())


def _bracketed(acronym: str, entry: Entry) -> str | None:
    """"renamed the Office of Boats, Ferries, and Tides (OBFT) in 2019": the name a fact, the
    summary or a source's quote writes before the short form in brackets, commas and all, or
    after the short form and "stands for"."""
    letters = "".join(words(acronym))
    bracketed = re.compile(rf"([^()]+?)\s*\(\s*{re.escape(acronym)}\s*\)", re.IGNORECASE)
    quoted = [str(v) for source in entry.sources for k, v in source.items() if k != "url"]
    texts = (*entry.fields.values(), entry.summary, *quoted)
    # ("OBFT stands for Office of Boats, Ferries and Tides; it ...": the words after it)
    said = re.compile(rf"(?<!\w){re.escape(acronym)}\s+(?:stands|stood|is short|was short)\s+"
                      r"for\s+([^.;:()]+)", re.IGNORECASE)
    for text in texts:
        for match in said.finditer(text):
            after = match.group(1)
            found = list(_RAW_WORD.finditer(after))[: 2 * len(letters)]
            for i in range(len(found), 0, -1):
                if _spell([m.group() for m in found[:i]], 0, letters, 0, capitals=False) == i:
                    return after[: found[i - 1].end()].strip()
    for text in texts:
        for match in bracketed.finditer(text):
            before = match.group(1)
            found = list(_RAW_WORD.finditer(before))
            # ("Harbour Safety Act of 1998 (HSA)": the year after a name gives it no letter)
            while len(found) > 1 and (found[-1].group().isdigit()
                                      or found[-1].group().casefold() in ("of", "in")):
                found.pop()
            found = found[-2 * len(letters):]
            for i in range(len(found)):
                run = [m.group() for m in found[i:]]
                # (the brackets say what it spells: "Endpoint detection and response (EDR)")
                if _spell(run, 0, letters, 0, capitals=False) == len(run):
                    return before[found[i].start():].strip()
    return None


# "250k", "$30bn", "$1.5m": a sum written short, read as facts write it
# (a currency first: "30m" may be metres, "401k" a pension plan, "a 5k race" a distance)
_SHORT_SUM = re.compile(r"(?<![\w.,])((?:[A-Za-z]{1,2})?[$€£¥]\s?)([0-9]{1,15}(?:\.[0-9]{1,6})?)"
                        r"(k|m|mn|bn|b)\b", re.IGNORECASE)
_SCALES = {"m": "million", "mn": "million", "b": "billion", "bn": "billion"}
# "ballpark is fine", "were fine in a few days": all right, not a penalty; "end to end": the
# whole length. Not "fine-tuned", "fine with the FAA", "end-to-end encryption".
_ALL_RIGHT = re.compile(r"\b(?:(?:is|are|was|were|be|just) fine|(?:from )?end to end)\b"
                        r"(?=\s*(?:$|[.,;:!?)]|(?:in|for|by|after|until|at|on|too|though|tho)\b))",
                        re.IGNORECASE)

# Words that only look back or ask to be agreed with: "back in 2022", "..., right?" (not
# coming back in May, nor turning right)
_ASIDE = re.compile(r"(?<!\bcome )(?<!\bcame )(?<!\bcomes )(?<!\bgo )(?<!\bwent )(?<!\bgoes )"
                    r"(?<!\bget )(?<!\bgot )(?<!\bgets )(?<!\bbring )(?<!\bbrought )(?<!\bis )"
                    r"(?<!\bwas )(?<!\bbe )(?<!\bwere )(?<!\bare )"
                    rf"\bback(?=\s+in\s+(?:(?:early|late|mid)\s+)?(?:(?:1[89]|20)\d\d|"
                    rf"{'|'.join(sorted(_MONTH_WORDS))})\b)|(?:,|(?<=\d))\s*\bright\s*(?=[?!]|$)",
                    re.IGNORECASE)


def _long_sum(match: re.Match) -> str:
    currency, number, scale = match.group(1), match.group(2), match.group(3).casefold()
    if scale == "k":
        value = Decimal(number) * 1000
        return f"{currency}{value:,.0f}" if value == value.to_integral() else match.group()
    return f"{currency}{number} {_SCALES[scale]}"


_WONT = re.compile(r"\bwon[’']?t\b", re.IGNORECASE)
_WANTED_AFTER = frozenset({"what", "which"})
_ARTICLES = frozenset({"a", "an", "the"})
_BASED = frozenset(stem(w) for w in ("based", "headquarters", "hq"))
_NOT_NOUNS = frozenset("became become hit put set let next else now then".split())
_WANTED_SKIP = frozenset("kind sort type of exact exactly specific actual particular".split())


def _wanted(word: str, tokens: list[str], unknown: list[str]) -> bool:
    """Is this word the thing asked for: the noun after "what"/"which" ("what processor did it
    use?") or one of two choices offered ("snapdragon or exynos")? A word the store has never
    seen there is a fact the briefing does not hold, not chat to look past. ("what monthly
    limit": the noun is "limit"; "what country": the kind of answer, like "what date".)"""
    if "_" in word or word in NOUN_TYPES or word in NEXT_NOUN_TYPES:
        return False
    for i, token in enumerate(tokens):
        if token != word:
            continue
        before, after = tokens[i - 1:i] if i else [], tokens[i + 1:i + 2]
        # the other choice: "exynos or snapdragon", "a wartsila or a caterpillar" (not "4 or 6":
        # a number is checked against the facts' figures)
        left = [t for t in tokens[:max(0, i - 1)] if t not in _ARTICLES][-1:]
        right = [t for t in tokens[i + 2:] if t not in _ARTICLES][:1]
        other = left if before == ["or"] else right if after == ["or"] else []
        if other and other[0] in unknown and not any(
                t[:1].isdigit() or SHAPES["number"].fullmatch(t) for t in (word, other[0])):
            return True
        # (past other unknown words: "what processor / chipset did it use?")
        j = i - 1
        while j >= 0 and (tokens[j] in _WANTED_SKIP or tokens[j] in unknown):
            j -= 1
        ends = not after or (after[0] in STOP and after[0] != "s")
        # (not a verb: "what happens to ...", "what caused it", "what drove it", "what next")
        verb = word.endswith(("s", "ed", "ing")) or bool(irregular(word)) or word in _NOT_NOUNS
        if j >= 0 and tokens[j] in _WANTED_AFTER and ends and not verb:
            return True
        # "what was the ship's draught?": a term after the possessive is what is asked (an
        # everyday word there, "X's job", "X's excuse", may be what a fact says in other words)
        if (before == ["s"] and tokens[:1] and tokens[0] in _WANTED_AFTER and ends and not verb
                and not everyday(word)):
            return True
    return False


# An acronym joined by an ampersand: "P&I", "M&A", "S&P"
_CAPITALS = re.compile(r"\b[A-Z]{2,5}s?\b")
_STANDS_FOR_WHAT = re.compile(r"\b(?:does|do|did)\s+([\w&.-]+)\s+stand\s+for\b", re.IGNORECASE)
_JOINED_ACRONYM = re.compile(r"(?<![\w&])[A-Z]{1,3}(?:&[A-Z]{1,3})+(?![\w&])")


def _typed_lower(word: str, text: str) -> bool:
    """Is `word` in `text`, and typed in lower case wherever it is?"""
    typed = re.findall(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE)
    return bool(typed) and all(t.islower() for t in typed)


def _acronym_name(name: str) -> bool:
    """Is `name` one acronym, in capitals or mostly ("HSB", "CoD"), or its plural ("COPs")?"""
    word = normalize_name(name)
    return " " not in word and any(_typed_as_acronym(w, name)
                                   for w in {word, word.removesuffix("s")})


def _typed_as_acronym(word: str, text: str) -> bool:
    """Is `word` typed in capitals ("DOJ", "HHS"), or mostly ("DoD")?"""
    return (word.isalpha() and 2 <= len(word) <= 5 and any(
        sum(map(str.isupper, typed)) >= max(2, len(word) - 1) and typed[0].isupper()
        and typed[-1].isupper()  # ("DoD", not "INc")
        for typed in re.findall(rf"\b({re.escape(word)})s?\b", text, re.IGNORECASE)))


def spelt_out(acronym: str, entry: Entry, names_only: bool = False) -> str | None:
    """Capitalised words of the entry whose initials spell `acronym` ("Clean Water Act" for
    "cwa"), or one word whose capitals do ("PayPal" for "pp"), or None. "of", "for",
    "and", "the" may sit between them ("Department of Harbours" for "doh"); a run never crosses
    punctuation, and its names come first (`names_only`: only its names)."""
    letters = "".join(words(acronym))
    names = (entry.title, *entry.aliases)
    for text in names if names_only else (*names, *entry.fields.values(), entry.summary):
        for clause in _CLAUSE.split(text):
            found = _RAW_WORD.findall(clause)
            for word in found:
                if len(letters) > 1 and "".join(filter(str.isupper, word)).casefold() == letters:
                    return word
            for i, first in enumerate(found):
                if first[0].casefold() != letters[0] or not first[0].isupper():
                    continue
                end = _spell(found[i : i + 2 * len(letters)], 0, letters, 0)
                if end is not None:
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
    # (in lower case, only words in a row, each giving its letter)
    return any(
        "".join(w[0] for w in found[i : i + len(letters)]).casefold() == letters
        and STOP.isdisjoint(w.casefold() for w in found[i : i + len(letters)])
        for text in (entry.title, *entry.aliases, *entry.fields.values(), entry.summary)
        for clause in _CLAUSE.split(text) for found in [_RAW_WORD.findall(clause)]
        for i in range(len(found) - len(letters) + 1))


def _initials(name: str) -> str:
    out = []
    for word in _RAW_WORD.findall(name):
        if word.isupper() and len(word) > 1:
            out.append(word.casefold())  # "AI" in "Center for AI Standards": both letters
        elif word.casefold() not in STOP:
            out.append(word[0].casefold())
    return "".join(out)


def _has_phrase(tokens: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(tokens[i : i + n]) == phrase for i in range(len(tokens) - n + 1))


def _name_concept(span: list[str], slug: str) -> Concept:
    alts = frozenset(stem(w) for w in span if w not in STOP)
    # (the number of "the Mark 8" tells it from the Mark 7, however much else is shared)
    # ("Pier A" from Pier B, "Berth C" from Berth A: a letter ending a name is its number)
    number = span[-1] if len(span) > 1 and (span[-1].isdigit() or (
        len(span[-1]) == 1 and span[-1].isalpha())) else None
    return Concept(" ".join(span), tuple(span), alts, slug=slug, need=max(1, len(alts) // 2),
                   number=number)


def _name_places(concept: Concept, profile: _Profile) -> list[str]:
    """The places that hold a name of several words: as a phrase, or with each of its words
    (less an article) somewhere in the place. "Witnesses at the 2019 Gullport inquiry" is
    about what "the 2019 inquiry" names, though not in those words in a row; a name ending in
    a number is found only whole (the "Tern 2" is not any Tern in a text with a 2 in it)."""
    phrase = f" {concept.word} "
    spoken = {stem(w) for w in concept.forms if w not in _ARTICLES}
    return [place for place in PLACE_WEIGHTS if f" {profile.phrases[place]} ".find(phrase) >= 0
            or (concept.number is None and spoken <= profile.places[place]
                and _close_together(spoken, profile.stemmed(place)))]


def _close_together(spoken: set[str], stemmed: list[str]) -> bool:
    """Are the words `spoken` (stems) all in one run of a text (its words' stems) a few words
    longer than they are, within one sentence or fact ("the 2019 Gullport inquiry" for "2019
    inquiry"; not "the Tern is a ferry that also sails at night" for "night ferry")?"""
    span = len(spoken) + NAME_GAP
    at = [i for i, t in enumerate(stemmed) if t in spoken]
    for i in at:
        covered: set[str] = set()
        for j in (j for j in at if i <= j < i + span):
            covered.add(stemmed[j])
            if covered >= spoken:
                if "." not in stemmed[i:j]:
                    return True
                break
    return False


def _bm25f(concept: Concept, profile: _Profile, averages: dict[str, float]) -> float:
    """BM25F term weight of one concept in one entry: each place that holds it adds its
    weight, facts and summary normalised by their length against the other candidates."""
    if concept.slug is not None and len(concept.forms) > 1:  # a name of several words
        held = _name_places(concept, profile)
    elif concept.need == 1:  # one lookup per stem, not one per place
        held = set().union(*(profile.where.get(alt, ()) for alt in concept.alts))
    else:
        held = [p for p in PLACE_WEIGHTS if _holds(concept, profile.places[p])]
    tf = 0.0
    for place in held:
        norm = 1.0
        if place in averages:
            norm = 1 - B + B * profile.lengths[place] / max(1.0, averages[place])
        tf += PLACE_WEIGHTS[place] / norm
    return tf * (K1 + 1) / (tf + K1) if tf else 0.0


def pick_facts(question: Question, entry: Entry, profile: _Profile) -> tuple[tuple[str, str], ...]:
    """The one or two fields that best answer the question; none means "use the summary"."""
    if question.qtype == "names" and (_called_by_title(entry, profile, question)
                                      or _called_by_summary(entry, profile, question)):
        return (("Name", entry.title),)
    asked = [c for c in question.concepts if c.slug != entry.slug]
    cues = _CUE_STEMS.get(question.qtype, frozenset())
    shapes = NEEDS_SHAPE.get(question.qtype, ())
    own = _own(question, entry)
    titled = _title_says(question, entry)
    counting = question.counting
    placed, anchors = _placed(question)
    # ("Successor: Dana Holt" in another's entry, for "who ran it before Dana Holt")
    placed = placed if entry.slug in anchors or not anchors else _SUCCESSION
    # A rare question word ("interim") says more about which fact is wanted than a common one.
    mean = sum(question.weights.get(c.word, 1.0) for c in asked) / max(1, len(asked)) or 1.0
    # What a briefing rarely holds ("the top penalty"), when no fact says it in so many words:
    # a fact named for it (`fine`) is the one asked
    rare = [c for c in asked if c.word in question.out_of_scope and not any(
        _holds(c, value) for _, value in profile.field_stems.values())]

    def weight(concept: Concept) -> float:
        # A word of the clause that sets the scene ("... where the mayor spoke") says less
        # about which fact is asked for than the rest of the question.
        span = concept.word.split()
        scene = BACKGROUND_WEIGHT if (question.background.issuperset(span)
                                      or question.described.issuperset(span)) else 1.0
        return scene * (question.weights.get(concept.word, mean) / mean) ** IDF_POWER

    asks_person = _asks_person(question)
    role = _role(question.tokens) if asks_person else None
    ended = _asks_outcome(question.tokens)
    scored = []
    for name, value in entry.fields.items():
        name_stems, value_stems = profile.field_stems[name]
        if ended and not _PLANNED_NAMES.isdisjoint(name_stems):
            continue  # ("how long was the Tern laid up in the end?": not `planned_duration`)
        # "how many sheep": a fact with a number of sheep beats one with a number of ships
        score = COUNTS_BONUS if counting and _counts(counting, name, value) else 0.0
        if question.sizes & name_stems:  # "how deep": `depth`
            score += COUNTS_BONUS
        if question.head & name_stems:  # "what was the fare": `fare`
            score += COUNTS_BONUS
        if placed & name_stems:  # "who ran it before Dana Holt": `predecessor`
            score += COUNTS_BONUS
        if any(_holds(c, name_stems) for c in rare):  # "the top penalty": `fine`
            score += COUNTS_BONUS
        if any(_MEASURES[size].search(value) for size in question.measures & _MEASURES.keys()):
            score += COUNTS_BONUS  # "how wide": "58.8 m", whatever the field's name
        if question.rate and question.rate in _rates(value):
            score += COUNTS_BONUS  # "how much per violation": "$1 million per violation"
        if name_stems & cues:
            score += 1.0 if question.qtype == "yesno" else 2.0
        fits = bool(shapes) and _fits(question, _fact_text(name, value), name, own, titled)
        if question.qtype == "why":  # a reason is the kind of fact asked
            fits = _gives_reason([(name, value)])
        if fits:
            score += 1.5
        # "who put out the figure?": a fact named for who did it (`estimate_by`) comes first,
        # in place of one whose value only has the shape asked, before one that only holds more
        # of the question's words; so does one naming a person ("who was running the harbour
        # then?": "Dana Holt", as `decided_by: the harbour managers` does)
        person = asks_person and _person_named(value, question)
        # (a fact named for the post asked, `captain`, before one naming someone else: "who
        # was the Tern's captain?" is not answered by "Witness: Passenger Sam Reyes")
        for_role = role is not None and stem(role) in name_stems
        first = (bool(name_stems & cues) or person or for_role) if asks_person else fits
        for concept in asked:
            if _holds(concept, name_stems):
                score += 1.5 * weight(concept)
            elif _holds(concept, value_stems):
                score += 1.0 * weight(concept)
            else:
                continue
            # "how much did Acme put in": the fact must be about Acme (see _wrong_kind)
            if (concept.slug is None and not concept.soft and concept.word.isalpha()
                    and not english(concept.word) and not synonyms_of(concept.word)):
                score += NAME_BONUS
        # ... and of those, one whose value has the shape asked or names a person comes first
        # ("how did Acme's chief characterize the levy?": 'Called it "a step too far"' before
        # his role; "who ran the harbour then?": "Dana Holt" before "the harbour managers")
        shaped = person or (bool(shapes) and bool(SHAPES[shapes[0]].search(value)))
        if score > 0:
            scored.append((not first, not for_role, not shaped, -score, name, value))
    if not scored:
        return ()
    scored.sort()  # the kind of fact asked comes first, then by score
    best = -scored[0][3]
    shown: list[tuple[str, str]] = []
    covered: set[str] = set()
    for *_, score, name, value in scored:
        name_stems, value_stems = profile.field_stems[name]
        held = {c.word for c in asked if _holds(c, name_stems | value_stems)}
        # Close to the best, or further off but saying something asked that the facts shown
        # before it do not ("fares, tolls and fees": a fact for each), never padding.
        if -score >= best * CLOSE_SHARE or (-score >= best * FACT_SHARE and held - covered):
            shown.append((name, value))
            covered |= held
        if len(shown) == MAX_FACTS:
            break
    return tuple(shown)


_NUMBER = r"\b\d[\d,.]*[\s-]*"
_DISTANCE = ("m|metres?|meters?|km|kilometres?|kilometers?|feet|foot|ft|miles?|mi|inches|cm|mm|"
             "yards?|storeys?|stories|floors?")
_DISTANCE_UNIT = re.compile(_DISTANCE)  # a word that is one: "in miles"
# "how heavy", "how tall", "how deep", "how wide": a measure in a unit of that kind ("70 cm" is
# no weight)
_MEASURES = {
    "weight": re.compile(rf"{_NUMBER}(?:tonnes?|tons?|kg|kilo(?:gram)?s?|pounds?|lbs?|grams?)\b",
                         re.IGNORECASE),
    **{size: re.compile(rf"{_NUMBER}(?:{_DISTANCE})\b", re.IGNORECASE)
       for size in ("height", "depth", "width")},
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


def _asks_one_by_role(question: Question) -> bool:
    """Does the question ask who one person was ("who was the Acme employee who ...", "the
    name of the staffer who ..."), not how many there were ("how many employees ...")?"""
    return question.qtype in ("who", "names") or _asks_person(question)


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


def _names_person_asked(tokens: list[str], at: int) -> bool:
    """Is the word at `at` a word for people that ends the thing "which" asks for? Not when a
    noun follows it, for then it only says what kind of thing is asked ("which passenger
    ferry sails to Gull Island?", "which pilot boat towed the Tern?": a boat, not a pilot),
    though a verb may ("which Acme executive talked to reporters?")."""
    if at >= len(tokens) or tokens[at] not in _PERSON_NOUNS:
        return False
    after = tokens[at + 1] if at + 1 < len(tokens) else None
    return after is None or after in STOP or after.endswith("ed") or bool(irregular(after))


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
    if size not in _SIZE_SAID or "-" not in match.group():
        return True
    after = _AFTER_WORD.match(match.string, match.end())
    return bool(after) and after.group(1).casefold() in _SIZE_SAID[size]


_SIZES = frozenset(stem(w) for w in ("length", "distance", "height", "depth", "width"))
_NO_MEASURE = tuple(f"no {size} in" for size in _MEASURES)
def _in_pages(tokens: list[str]) -> bool:
    """Does the question ask for a length in pages: "page-wise", "in pages"?"""
    pairs = set(zip(tokens, tokens[1:], strict=False))
    return "pagewise" in tokens or bool({("page", "wise"), ("in", "pages")} & pairs)


def _distance(match: re.Match) -> str:
    """"About 193 km" and "193-km": one distance."""
    return re.sub(r"[\s,-]", "", match.group()).casefold()


# Questions after a figure: a sum, a count, a share
_FIGURES = frozenset({"amount", "count", "percent", "quantity"})


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


def _fact_text(name: str, value: str) -> str:
    return f"{name.replace('_', ' ')}: {value}"


_VALUE_START = re.compile(r"^[^:]*:\s*\W?([A-Z][A-Za-z'-]+)")


_PERSON_NOUNS = frozenset("""
guy guys man men woman women person persons owner owners worker workers passenger passengers
driver drivers pilot pilots manager managers boss bosses exec execs executive executives
wife husband son daughter mother father mom dad brother sister widow victim victims miner miners
engineer engineers investigator investigators officer officers official officials lawyer lawyers
""".split())
# Two or three capitalised words in a row ("Dana Holt", "Park Min-jun", "Ana M. Ruiz")
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
    return bool(word) and not english(word) and stem(word) not in stems(question.text)


def _called_by_title(entry: Entry, profile: _Profile, question: Question) -> bool:
    """"What's the police operation into the fraud called?" of the entry "Operation Kestrel":
    the title names the thing called (the last word before "into", "of", ...; the words
    before it are the entry's) and gives its name, a capitalised word the question does not
    say; not "what's the operation's chief called?", "what's the head of the operation
    called?" or, of "Night Ferry", "what was the new ferry called?"."""
    tokens = question.tokens
    if not _called(tokens):
        return False
    said = _unaccented(question.text) | _STOP_STEMS
    title_words = _TITLE_WORD.findall(entry.title)
    kind = [w for w in title_words if _unaccented(w) <= said]
    name = [w for w in title_words if w not in kind and w[:1].isupper()]
    if not (kind and name) or len(kind) + len(name) != len(title_words):
        return False
    thing = _thing_called(tokens)
    kinds = set().union(*(_unaccented(w) for w in kind))
    # (a word before it the entry holds: "police" of a police operation; one of English's most
    # common, "new", "first", only from the title, or any entry with a new timetable would do)
    return bool(thing) and stem(thing[-1]) in kinds and all(
        stem(t) in kinds or (stem(t) in profile.all and not light(t)) for t in thing[:-1])


def _thing_called(tokens: list[str]) -> list[str]:
    """The words for the thing a "what's X called?" question asks the name of ("the harbour
    board's new ferry": "new ferry"), its last word the thing itself."""
    thing = list(itertools.takewhile(lambda t: t not in _AFTER_THING, tokens[1:-1]))
    thing = thing[len(thing) - thing[::-1].index("s"):] if "s" in thing else thing
    return [t for t in thing if t not in STOP]


def _called_by_summary(entry: Entry, profile: _Profile, question: Question) -> bool:
    """"What was the harbour board's night boat called?" of the entry "Tern crossing", whose
    summary opens "The Tern was the harbour board's night boat ...": a title whose name (a
    word English does not use, which the question does not say) the summary's first sentence
    says is the thing asked; the thing's other words the entry holds (not "what was the night
    boat's skipper called?", whose thing is the skipper)."""
    if not _called(question.tokens):
        return False
    thing = _thing_called(question.tokens)
    said = _unaccented(question.text)
    name = [w for w in _TITLE_WORD.findall(entry.title)
            if w[:1].isupper() and not english(w.casefold()) and not _unaccented(w) <= said]
    if not (thing and name):
        return False
    first = _SENTENCE.split(entry.summary, maxsplit=1)[0]
    at = {w: i for i, w in reversed(list(enumerate(stem(t) for t in words(first))))}
    named = [at[stem(w.casefold())] for w in name if stem(w.casefold()) in at]
    # (the name before the thing: the sentence says what the named thing is)
    return bool(named) and at.get(stem(thing[-1]), -1) > min(named) and all(
        stem(t) in profile.all and not light(t) for t in thing[:-1])


# The words after the thing a "what's X called?" question asks the name of
_AFTER_THING = frozenset("of into in on for at about over from with by that which who whose "
                         "behind against".split())


def _unaccented(text: str) -> set[str]:
    """The stems of `text` with accents dropped, as a question is often typed ("Avalos" for
    "Ávalos")."""
    return stems(unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode())


def _own(question: Question, entry: Entry) -> bool:
    """Is `entry` what the question is about: the entry it names, the one the conversation is
    about ("when does it start?"), any entry when it names none ("when does the ceremony
    start?"), or an entry whose title says what is asked?"""
    if not question.named or entry.slug in question.named:
        return True
    return bool(_titled(question, entry))


def _title_says(question: Question, entry: Entry) -> frozenset[str]:
    """What every fact of an entry whose title says what is asked is about, as stems ("what %
    of ferry crews voted to authorize a strike?": "result: 91% in favor" of the crews' strike
    authorization vote); empty for a name or a saying, which the fact itself must give."""
    if question.qtype in ("names", "said"):
        return frozenset()
    return _titled(question, entry)


def _titled(question: Question, entry: Entry) -> frozenset[str]:
    """The stems of the entry's names when they say what is asked ("when did the board vote
    out its final findings?": the entry titled for them); empty otherwise (two of the
    question's words or more, not one shared with the title)."""
    title = stems(" ".join([entry.title, *entry.aliases]))
    total = sum(w for _, w in question.attributes)
    held = [w for c, w in question.attributes if _holds(c, title)]
    return frozenset(title) if len(held) >= 2 and sum(held) >= FOCUS_SHARE * total else frozenset()


def _fits(question: Question, text: str, name: str = "", own: bool = True,
          titled: frozenset[str] = frozenset()) -> bool:
    """Is this fact the kind asked, about what is asked? It has the shape (a date for "when"),
    and holds one of the question's other words or is named for the kind (`cost` for "how
    much"): a date of something else does not answer "when did X lift the ban?". `own`: the
    entry is the one the question names, whose `date` is the date of what it names. `titled`:
    the stems of its title when that says what is asked (see `_title_says`)."""
    if name and not question.sizes.isdisjoint(stems(name)):
        return True  # "how long was the report": its `length`, "90 pages"
    shapes = NEEDS_SHAPE.get(question.qtype, ())
    shaped = _as_count(text, question) if question.qtype == "count" else text
    if not any(SHAPES[s].search(shaped) for s in shapes) and not (
            "name" in shapes and _named_first(text, question)):
        return False
    # "how much a month": a figure for a month ("$40 a month", "monthly"), not a total
    rated = bool(question.rate) and question.qtype in _RATED
    # ("the annual budget" may be a budget whose fact gives no period; not one for a month)
    rates = _rates(text) if rated else set()
    written = _RATE.search(question.text) if rated else None
    if rated and question.rate not in rates and (
            not (written and written.group("adj")) or not rates.isdisjoint(_PERIODS)):
        return False
    # (an idiom the fact writes holds itself: "88% voted yes")
    found = stems(text) | {stem(t) for t in _rewrite(words(text)) if "_" in t}
    # (the title's words count when the fact holds what else is asked, or nothing else is:
    # "what time did the Gullport pier reopen?", a word the store never uses, is not answered
    # by the Gullport pier fire's "first call: 14:05")
    rest = [c for c, _ in question.attributes if not _holds(c, titled)]
    if titled and not question.unknown and (not rest or any(_holds(c, found) for c in rest)):
        found = found | titled
    if question.qtype == "amount" and SHAPES["money"].search(text) and _paid_for(question, found):
        # "what did Acme pay for the ferry?": a sum is what was paid or cost, whatever verb
        # the fact uses ("bought it for $2 million")
        found = found | _PAID
    elif question.qtype == "said" and _QUOTE_MARKS.search(text):
        # "what was Holt's quote after the ruling?": words in quotes are one
        found = found | _QUOTED
    # "when will the board publish its findings?": not the day it started
    if question.qtype == "when" and _other_end(question, found):
        return False
    if question.noun is not None:  # "how many X" is about X; _wrong_kind checks that X is there
        return True
    if not question.attributes or _telling_shape(question, text):  # ("how long was it live?")
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
            or (own and bool(name) and any(stem(c.word) in stems(name) for c, _ in asked))
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
_ENDS = (frozenset(stem(w) for w in "start started begin began launch launched open opened "
                   "commence commenced".split()),
         frozenset(stem(w) for w in "end ended finish finished complete completed conclude "
                   "concluded close closed publish published wrap until".split()))


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
    if _RELEASE in asked and not asked.isdisjoint(_FINDINGS):  # releasing findings: publishing
        asked |= {stem("publish")}
    return any(asked.isdisjoint(one) and not asked.isdisjoint(other) for one, other in dated)


def _names_end_asked(question: Question, name: str) -> bool:
    """Is the fact named for the end of what happened the question asks ("when did the
    repairs finish": `completed`; "when will the inquiry begin": `start_date`)?"""
    named = stems(name.replace("_", " "))
    ends = [end for end in _ENDS if not named.isdisjoint(end)]
    # (most facts are named for neither end: the question is read only for those that are)
    return bool(ends) and not all(stems(question.text).isdisjoint(end) for end in ends)


_RELEASE = stem("release")
_FINDINGS = frozenset(stem(w) for w in "findings report results conclusions verdict".split())


# A unit of time asked of, which "spend" is spent in ("how many days did they spend aboard?")
_TIME_SPENT = frozenset("""minute minutes hour hours hrs day days night nights week weeks month
    months year years yrs""".split())


def _asks_time_spent(tokens: list[str]) -> bool:
    """Is a span of time what is asked: "how many days ...", "how long ..."?"""
    return _has_phrase(tokens, ("how", "long")) or any(
        tokens[i : i + 2] == ["how", "many"] and tokens[i + 2 : i + 3] and (
            tokens[i + 2] in _TIME_SPENT) for i in range(len(tokens)))


# A figure for each period: "per day", "a day", "each day", "/day", "daily", "per-day"
_PERIODS = {"hour": "hourly", "day": "daily", "night": "nightly", "week": "weekly",
            "month": "monthly", "year": "yearly|annual|annually|per annum"}
# (not "a year after", "a day later": a time, not a rate)
_RATE = re.compile(r"(?:\b(?:per|a|an|each|every)[\s-]+|/)\s?(?P<unit>{})s?\b"
                   r"(?!\s+(?:ago|later|after|before|earlier|or|and|into)\b)|\b(?P<adj>{})\b".format(
                       "|".join(_PERIODS), "|".join(_PERIODS.values())), re.IGNORECASE)
_RATED = frozenset({"amount", "count", "quantity"})
_NOT_PER = frozenset("the a an cent capita its his her their our my your this that each every "
                     "se".split())


_PER = re.compile(r"(?:\b(?:per|a|an|each|every)[\s-]+|/)\s?([^\W\d_]+)", re.IGNORECASE)


def _rate(text: str, asked: bool = False) -> str | None:
    """The period a figure in `text` is for ("per day", "monthly": "day", "month"), or None.
    `asked`: a question's, which may also ask a price for each thing ("per barrel": the
    stem "barrel"); a fact's rates are all read then (see `_rates`)."""
    match = _RATE.search(text)
    if match is None:
        if asked:
            per = re.search(r"\bper[\s-]+([^\W\d_]+)", text, re.IGNORECASE)
            # (not "per the ruling", "per Acme": according to)
            # (nor "per reports", "per its lawyer": a thing is counted one at a time)
            word = per.group(1).casefold() if per else ""
            if everyday(word) and not _plural(word) and word not in _NOT_PER:
                return _period_or_stem(word)
        return None
    if match.group("unit"):
        return match.group("unit").casefold()
    adjective = match.group("adj").casefold()
    return next(unit for unit, words in _PERIODS.items() if adjective in words.split("|"))


def _period_or_stem(word: str) -> str:
    return word[:-1] if word[:-1] in _PERIODS else word if word in _PERIODS else stem(word)


def _rates(text: str) -> set[str]:
    """Every period or thing a figure in `text` is for: "$80 a barrel, 2 million barrels per
    day" is for a barrel and for a day."""
    found = {_period_or_stem(m.group(1).casefold()) for m in _PER.finditer(text)}
    return found | {period for period, words in _PERIODS.items()
                    if re.search(rf"\b(?:{words})\b", text, re.IGNORECASE)}


_MONTH_ALTERNATIVES = "|".join(sorted(_MONTH_WORDS))
# Numbers that count nothing: a sum, a year, a day of the month, a time of day. (A share, "1% of
# all machines", does say how many of them.)
# (a year only where it dates something, "in 2019", "May 2019", ", 2019": "1800 residents" count;
# no "40 may lose their jobs")
_NOT_COUNTS = re.compile(
    "|".join([r"[$€£¥]\s?\d[\d,.]*(?:\s*(?:k|m|bn|million|billion|trillion|thousand)\b)?",
              SHAPES["money"].pattern,
              rf"\b(?:{_MONTH_ALTERNATIVES})\.?\s+\d{{1,2}}\b(?:,?\s*(?:1[6-9]|20)\d\d\b)?",
              rf"\b\d{{1,2}}\s+(?:{'|'.join(_MONTHS.split())}|march)\b",
              rf"(?:\b(?:in|since|by|from|until|till|before|after|during|early|late|mid|"
              rf"{_MONTH_ALTERNATIVES})[\s-]+|,\s*)(?:1[6-9]|20)\d\d\b",
              SHAPES["clock"].pattern,
              # "the 16th-largest bank" ranks and "the September 11th Fund" names: they count
              # nothing ("its 5th win" may)
              r"\b\d[\d,]*(?:st|nd|rd|th)(?:[\s-]+(?:\w+est|most|ranked)\b|\s+(?=(?-i:[A-Z])))"]),
    re.IGNORECASE)
# (not "pounds": "how many pounds did he lose" may be a weight)
_CURRENCY_WORDS = re.compile(r"\b(?:dollars?|euros?|yen|pesos?|bucks|francs?|yuan|"
                             r"rupees?)\b|[$€£¥]", re.IGNORECASE)


def _as_count(text: str, question: Question) -> str:
    """The text less numbers that count nothing ("how many people worked there" is not
    answered by "$209 billion in assets" or "in 2023"), unless money is what is counted."""
    if _CURRENCY_WORDS.search(question.text) or question.counting & _MONEY_STEMS:
        return text
    # ("what's the order's number?" asks for the label itself)
    if _HOW_MANY.search(question.text):
        text = _LABEL.sub(_unlabelled, text)
    return _NOT_COUNTS.sub(" ", text)


_HOW_MANY = re.compile(r"\bhow\s+many\b", re.IGNORECASE)
# A number that names rather than counts: "Ferry 1282", "Gate File 291", "Pier 39"
_LABEL = re.compile(r"\b([A-Z][a-z]+)\s+(?:No\.\s*)?\d[\d-]*\b(?![.,]\d|\s*(?:%|percent\b))")
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


# "how much did Acme's stock jump?", "how did its share price react?": a move of a price
_TRADED = frozenset(stem(w) for w in "stock stocks share shares share_price share_prices "
                    "stock_price stock_prices".split())
_MOVES = frozenset(stem(w) for w in """jump jumped rise rose risen fall fell fallen drop dropped
    climb climbed surge surged plunge plunged slide slid sink sank gain gained soar soared
    tumble tumbled spike spiked react reacted move moved slump slumped rally rallied dip dipped
    double doubled triple tripled halve halved""".split())
_MOVE_ASKED = frozenset("amount percent how what quantity".split())


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


def _wrong_kind(question: Question, entry: Entry, profile: _Profile, facts) -> str | None:
    """Why the picked facts are not the kind of fact asked: "when" needs a date, "how much" an
    amount, "how many X" a number of X, "what did X say" a statement; None when they are."""
    # all the reply would say: the picked facts, the summary, the entry's names
    said = stems(" ".join([*(f"{n} {v}" for n, v in facts), entry.summary, entry.title,
                           *entry.aliases]).replace("_", " "))
    return (_beyond_facts(question, entry, facts)
            or _unsaid(question, entry, facts, said)
            or _unshaped(question, entry, profile, facts, said))


def _beyond_facts(question: Question, entry: Entry, facts) -> str | None:
    """Why the question asks past what the facts can say: what came after the story, how a
    plan ended, a price, a share-price move, a sum spent on something, someone named."""
    measured = _unmeasured(question, entry)
    if measured is not None:
        return measured
    denied = _denied(question, facts)
    if denied is not None:
        return f"says there was no {denied.replace('_', ' ')}"
    # ("what did Dana Holt do after leaving Acme Ferries?": Acme Ferries' own facts say what
    # it was, not what she did next, unless one of them looks past it)
    if entry.slug in _after_anchors(question) and not any(
            _LATER.intersection(stems(_fact_text(name, value))) for name, value in facts):
        return f"nothing after {entry.slug} in {entry.slug}"
    # ("what happened to Dana Holt after the strike?", "what's Holt doing these days?": what
    # she did later, which her own facts of the story do not say unless one looks past it)
    if entry.kind in PERSON_KINDS and question.qtype in _OPEN_TYPES and _LATER_LIFE.search(
            question.text) and not any(_LATER.intersection(stems(_fact_text(name, value)))
                                       for name, value in facts):
        return f"nothing later of {entry.slug} in {entry.slug}"
    # ("did Holt run for mayor later on?", "has the line since reopened?": whether something
    # came after the story, which facts of the story do not say unless one looks past it)
    if question.qtype == "yesno" and _LOOKS_PAST.search(question.text) and not any(
            _LATER.intersection(stems(_fact_text(name, value))) for name, value in facts):
        return f"nothing later in {entry.slug}"
    if question.qtype in _OUTCOME_ASKED and facts and _asks_outcome(words(question.text)) and all(
            _hedged(value, whole=question.qtype == "yesno") for _, value in facts):
        return "says only what was planned or sought, not how it ended"
    priced = _price_asked(question)
    if priced and not any(
            SHAPES["money"].search(text) for text in [*(v for _, v in facts), *(
                sentence for sentence in _SENTENCE.split(entry.summary)
                if not priced.isdisjoint(stems(sentence)))]):
        return f"no price in {entry.slug}"
    # ("how much did Acme stock jump?": "$95 a share" was the offer, not the stock's move)
    if _move_asked(question) and not any(
            not _TRADED.isdisjoint(stems(text)) and _gives_move(text)
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
    if question.qtype == "who" and not _names_another(question, entry, facts):
        return f"no one but {entry.slug} named"
    if _asks_person(question) and not _names_someone(question, entry, facts):
        return f"no one named in {entry.slug}"
    return None


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
    unseen = _unseen_deed(question) if question.qtype == "yesno" else None
    if unseen is not None:
        return f"nothing on whether it was {unseen} in {entry.slug}"
    # ("has anyone been fined under the harbour act?": a fact that says someone was fined,
    # not the act's fines; "did anyone at Acme get sacked?": someone was dismissed)
    deeds = _deeds_of_anyone(question) if question.qtype == "yesno" else []
    if deeds and not any(_done_form(deed, text) for deed in deeds for text in [
            *(_fact_text(n, v) for n, v in facts), entry.summary]):
        return f"nothing saying anyone was {deeds[0].word.replace('_', ' ')} in {entry.slug}"
    # ("what was the dollar cost of the repairs?": a sum, which a share or a date is not)
    if _asks_dollars(question.tokens) and not any(
            SHAPES["money"].search(value) for value in [*(v for _, v in facts), entry.summary]):
        return f"no sum of money in {entry.slug}"
    # ("how old is Dana Holt?": a person's age or birth, not a launch or a start her entry dates)
    # ("how old was he?": a person, whatever entry answers)
    if question.qtype == "age" and (entry.kind in PERSON_KINDS or not _PERSONAL.isdisjoint(
            question.tokens)) and not any(
            _PERSON_AGED.search(text) for text in [*(f"{n} {v}" for n, v in facts), entry.summary]):
        return f"no age in {entry.slug}"
    # ("what's the average fare on the Tern?": a fare of one trip is no average)
    statistic = _statistic(question.tokens)
    if statistic and _STATISTIC_STEMS.isdisjoint(said):
        return f"no {statistic} in {entry.slug}"
    # ("what did Dana Holt say, in her own words?": words in quotes, not an account of them)
    if _wants_quote(question.tokens) and not any(
            _QUOTE_MARKS.search(text) for text in [*(v for _, v in facts), entry.summary]):
        return f"no quote in {entry.slug}"
    # ("what was the ferry line's net income?", "how big was the skipper's exit package?":
    # a figure of a thing the store never mentions, which no fact of it can give)
    unnamed = _figure_of_unknown(question) if question.qtype in _FIGURE_QTYPES else None
    if unnamed is not None:
        return f"nothing about {unnamed} in {entry.slug}"
    # ("who ended up buying the Tern?": whoever led the sale is no buyer)
    outcome = _deed_ended_in(question) if question.qtype in ("who", "yesno") else None
    if outcome is not None and not _holds(outcome, said):
        return f"nothing saying it ended in {outcome.word.replace('_', ' ')} in {entry.slug}"
    if question.qtype == "who":
        # "who's the chairman of the ferry line?", "who was the guy who found the anchor?":
        # another body's chairman, or whoever found something else, is no answer unless the
        # entry says it is the ferry line's, or the anchor.
        # "who was Acme's chief executive?": the one another body's entry gives is its own,
        # whatever its summary says of Acme
        for concept in question.concepts:
            owner = _possessive(concept, question)
            owned = stems(" ".join([*(f"{n} {v}" for n, v in facts), entry.title,
                                    *entry.aliases]).replace("_", " ")) if owner else said
            if _unmentioned(concept, question, entry, owned):
                return f"nothing about {concept.word} in {entry.slug}"
    if role is not None:
        alts = {stem(f) for f in [role, *synonyms_of(role)]}
        # "who sat on the jury?": a fact named `jury` lists who did
        named_for = stems(" ".join(n.replace("_", " ") for n, _ in facts))
        if alts.isdisjoint(said) and not (role == "members" and _sat_on(question.tokens)
                                          & named_for) and not (
                role in _STAFF_NOUNS and _names_a_person(entry, facts, question)):
            return f"no {role} in {entry.slug}"
    # ("how much did Dana Holt herself get?": the facts shown must name her, not only the
    # group payout of an entry whose summary mentions her)
    quoted = stems(" ".join(f"{n} {v}" for n, v in facts).replace("_", " ")) if facts else (
        stems(entry.summary))
    # (her own entry's facts are all about her: "what did Sam Reyes himself say?")
    for concept in _emphasized(question):
        if concept.slug != entry.slug and not _holds(concept, quoted):
            return f"nothing about {concept.word} alone in {entry.slug}"
    # ("before the act shrank it, how many seats did the board have?": not "cut to 7 seats")
    if question.qtype in _FIGURES and _before_change(question.tokens) and _only_changed_to(
            facts):
        return f"only the figure after a change in {entry.slug}"
    return None


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
        for concept in question.concepts:
            if _unmentioned(concept, question, entry, said) and not _mentions(
                    concept, question, question.subject) and not _follows(
                    concept, question, _CAUSES) and not _follows(
                    concept, question, _UNDER, bare=False):
                return f"nothing about {concept.word} in {entry.slug}"
    if not shapes:
        # ("where did Dana Holt go to high school?": not the Gullport her entry names)
        if _unsaid_place(question, entry, facts):
            return f"asks for {', '.join(question.unknown)}"
        return None
    texts, names, sentences, fitting = _fitting(question, entry, profile, facts)
    if not fitting and not (_called_by_title(entry, profile, question)
                            or _called_by_summary(entry, profile, question)):
        return f"no {question.qtype} fact in {entry.slug}"
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
    summary = stems(" ".join([since(_members(_EXCLUDED.sub(" ", entry.summary))), *(
        value for name, value in entry.fields.items()
        if not _BASED.isdisjoint(stems(name.replace("_", " "))))]))
    # "How much was the fine?": a share of phones returned is not the fine, however many of
    # the question's other words it holds.
    # A fact named for a narrower word is about the word asked: a `fine` is a penalty (its
    # name only: a summary saying who "runs" a plant says nothing of a chief executive's pay).
    kinds = stems(" ".join(n for t, n in zip(texts, names, strict=True) if t in fitting))
    for word in question.out_of_scope:
        alts = _asked_forms(word)
        if _shaped(word, question, entry) or _scene_held(word, question, profile):
            continue
        if (about.isdisjoint(alts) and summary.isdisjoint(alts)
                and kinds.isdisjoint(_MEANT_BY.get(stem(word), ()))):
            return f"nothing about {word.replace('_', ' ')} in {entry.slug}"
    noun = question.noun
    for concept in question.concepts:
        # (the noun "how many" counts is checked below, by what the facts count)
        named = concept.slug is None and not concept.soft and concept.word != noun and (
            _is_name(concept.word, question) or concept.word in question.years) and not (
            _term_of(concept, entry))
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
        if named and not _holds(concept, about | summary | question.subject | whole) and not (
                _spelt_in(concept.word, question, entry)):
            return f"nothing about {concept.word} in {entry.slug}"
        # "How much did the ferry cost to repair?": another entry's cost is no answer unless
        # it says it is about the ferry, the entry the question names ("during the strike"
        # only sets the scene).
        # ("how many crossings did Holt skipper?": Reyes's own entry, whose summary says she
        # sailed with Holt, gives Reyes's count, not Holt's)
        seen = stems(" ".join([*(t for t in fitting if t not in sentences), entry.title,
                               *entry.aliases])) if _another_person(
            concept, question, entry) else about | summary
        if _unmentioned(concept, question, entry, seen):
            return f"nothing about {concept.word} in {entry.slug}"
    counted = _miscounted(question, entry, profile, facts) if noun is not None else None
    if counted is not None:
        return counted
    # A question after a fact whose own words are unknown to the store asks for something the
    # picked facts do not say, unless they hold another of its words.
    attributes = [c for c in question.concepts if c.slug is None and not c.soft]
    if question.unknown and not any(_holds(c, stems(" ".join(texts))) for c in attributes):
        return f"asks for {', '.join(question.unknown)}"
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
    sentences = [entry.summary] if own else _SENTENCE.split(entry.summary)
    texts = [*(_fact_text(name, value) for name, value in facts), *sentences]
    names = [*(name.replace("_", " ") for name, _ in facts), *("" for _ in sentences)]
    titled = _title_says(question, entry)
    fitting = [t for t, n in zip(texts, names, strict=True) if _fits(question, t, n, own, titled)
               # "the names of the guards": a fact naming them; a summary names the story's
               # own players whatever it says of the guards
               and not (question.qtype == "names" and t in sentences)
               and not (n and _named_for_another(n, t, profile, question))]
    of_person = not _PERSON_NOUNS.isdisjoint(question.tokens)
    if question.qtype == "names" and not _title_names(entry, question, of_person):
        # "the names of the two pilots": a name the question and the subject do not already
        # give, unless the entry's own title is one ("Dana Holt" for "the name of the guy who")
        fitting = [t for t in fitting if _named_first(t, question)
                   or _gives_name(t.partition(": ")[2], question)]
        # "the name of the guy whose car burned": a person's name, not a town or a firm
        if of_person:
            fitting = [t for t in fitting if _named_first(t, question)
                       or _person_named(t.partition(": ")[2], question)]
        # "what's Dana Holt's husband called?": "greeted by her husband and her son Sam"
        # speaks of him but names only the son
        head = _name_head(question.tokens)
        if head is not None:
            fitting = [t for t in fitting if _named_first(t, question)
                       or _names_beside(head, t.partition(": ")[2], question)]
    speaker = _speaker(question, entry) if question.qtype == "said" else frozenset()
    if speaker and not speaker <= stems(" ".join([entry.title, *entry.aliases])):
        # "what did Grace Hill say to the council?": what someone else the fact names said
        # ("Reyes apologized") is no answer; "she said", "the company said" may be
        asked = stems(question.text)
        # (a summary, one sentence at a time: "she hailed the deal as 'historic'. She quit
        # after a clash with Sam Reyes" is no saying of Reyes's)
        fitting = [t for t in fitting if (any(
            (speaker <= stems(x) or not _names_other(x, asked)) and _fits(question, x, "", own)
            for x in _SENTENCE.split(t)) if t in sentences else (
                speaker <= stems(t) or not _names_other(t.partition(": ")[2], asked)))]
    return texts, names, sentences, fitting


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
    unseen = noun not in _PERSON_NOUNS
    counting = [(name, value) for name, value in [*facts, ("", entry.summary)]
                if (_counts(alts, name, value, given)
                    or (unseen and _own_count(name, value, given)))
                and not (name and _named_for_another(
                    name.replace("_", " "), _fact_text(name, value), profile, question))]
    if not counting:
        return f"{_NO_COUNT} {noun} in {entry.slug}"
    # ("how many witnesses and findings did the inquiry have?": a count of each)
    joined = _joined_noun(question.tokens, noun)
    shown = [*facts, ("", entry.summary)]
    for each in (noun, joined) if joined else ():
        if not any(_counts(set(_counting(each)), name, value, given) for name, value in shown):
            return f"{_NO_COUNT} {each} in {entry.slug}"
    aboard = _aboard_elsewhere(question, entry, counting)
    if aboard is not None:
        return f"{_NO_COUNT} {noun} aboard {aboard} in {entry.slug}"
    of = question.counted_of
    if of and not _counted_of_held(of, entry, counting):
        return f"{_NO_COUNT} {noun} of {' '.join(sorted(of))} in {entry.slug}"
    return None


def _counted_of_held(of: frozenset[str], entry: Entry, counting) -> bool:
    """"How many MW of wind": is the count of wind? A fact giving the figure says so, or the
    entry's names or keywords say the entry is about wind ("how many hours of air did the
    Tern carry?" of an entry with the keyword "air supply", whose `life_support` gives
    hours); but not where the entry lists wind as one kind among others ("ferries, tugs,
    wind and tidal plants failed"): its figure may be of any of them, or of none."""
    alts = of | {stem(w) for s in of for w in synonyms_of(s)}
    if any(alts & stems(f"{name} {value}") for name, value in counting):
        return True
    names = stems(" ".join([entry.title, *entry.aliases, *entry.keywords]))
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
        if _LOOKS_AHEAD.search(before):
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


# "what was Acme's share price at the close?", "what will the toll be?": a sum of money, which
# "shares fell 60%" or an opening date is not
_PRICES = frozenset("price prices share_price share_prices stock_price stock_prices toll tolls "
                    "fee fees fare fares salary wage".split())
# ("the death toll", "the human toll": no price)
_TOLL_OF = frozenset("death human heavy economic emotional".split())
_LINKING = frozenset("is was are were s will".split())


# Verbs that spend money, and those of them that also say what a thing cost to make
# (not "costs", a noun: "how much do the contracts add to production costs, according to ...")
_SPENDING = frozenset("spend spends spent spending cost costing".split())
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
_DAY_GIVEN_BY = re.compile(rf"\b(?:{'|'.join(_MONTHS.split())})\b|\b(?:may|march)\s+\d|"
                           r"\b(?:1[6-9]|20)\d\d\b|\b\d{1,2}[/.-]\d{1,2}\b", re.IGNORECASE)
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
    alts = set(concept.alts) | _asked_forms(concept.word) | {
        stem(w) for w in derived(concept.word)}
    given = {"date": _DAY_GIVEN_BY, "rate": _RATE_GIVEN_BY}.get(shape) or SHAPES[shape]
    # (the reply leads with a fact giving it, when one does: the summary's is then not the one)
    texts = [_fact_text(name, value) for name, value in facts if given.search(value)] or [
        s for s in _SENTENCE.split(entry.summary) if given.search(s)]
    return any(not alts.isdisjoint(stems(t)) for t in [*texts, entry.title, *entry.aliases])


# Words that look past what a fact is about: what came later, next or since
_LATER = frozenset(stem(w) for w in """later after afterwards afterward then since subsequently
    next following went successor succeeded left joined became returned now""".split())
_AFTER = frozenset({"after"})
# What someone did after the story: "what happened to Holt", "what's she doing these days",
# "what did he go on to do", "what job did she move into" (not "her salary these days")
_LATER_LIFE = re.compile(r"\b(?:what\s+happened\s+to|(?:doing|up\s+to)\s+(?:these\s+days|"
                         r"nowadays|now)|go(?:es)?\s+on\s+to|went\s+on\s+to|"
                         r"move[ds]?\s+(?:on\s+)?(?:in)?to)\b", re.IGNORECASE)
_OPEN_TYPES = frozenset("what where which none".split())
# ... and a yes/no asked of the time after it ("later on", "again", "since then", "after all
# this", "has the line since reopened?")
_LOOKS_PAST = re.compile(r"\b(?:later\s+on|again|since\s+then|ever\s+since|after\s+(?:all\s+)?"
                         r"(?:this|that)|(?:has|have|had)\s+\w+(?:\s+\w+)?\s+since)\b",
                         re.IGNORECASE)


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
# Fact names that say what was meant to happen, not what did (`planned_duration`)
_PLANNED_NAMES = frozenset(stem(w) for w in "planned scheduled expected proposed intended "
                           "original initial target".split())
# "end up with", "wound up with" as one token
_ENDED_WITH = frozenset("_".join(run) for run in IDIOMS if run[1:] == ("up", "with"))
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
    """The verb a yes/no question asks of the entry it names, or of someone of it, when the
    store never uses it ("did Acme refund the riders?", "did Holt end up resigning?", "was
    anyone at Acme demoted?"): whether the deed was done is nowhere in the briefing. None
    when the verb is known, or one of English's commonest."""
    tokens = question.tokens
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
    return False


_NEVER_DONE = frozenset("no not never without none".split())


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
            ("actual", "quote"), ("quote", "from"), ("quotes", "from"))
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
    # (not the "Silver Dollar" ferry)
    return any(t == "dollars" or (
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
        if token == "s" and i > 1 and tokens[i - 1] not in STOP and (
                tokens[0] == "what" or tokens[1:2] in (["big"], ["large"])
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


# "what did the inquiry ultimately find?": not its preliminary report, but its final one
_EARLY_STAGES = frozenset("preliminary initial interim draft provisional tentative".split())
_LAST_STAGES = frozenset("final definitive".split())


def _stage(entry: Entry) -> int:
    """-1 for an entry whose title says it is an early stage ("Harbour inquiry interim
    report"), 1 for one whose title says it is the last ("final report"), else 0."""
    title = set(words(entry.title))
    return -1 if not _EARLY_STAGES.isdisjoint(title) else int(not _LAST_STAGES.isdisjoint(title))


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
    for word in question.out_of_scope:
        if _negated([stem(t) for t in question.tokens], {stem(word)}):
            continue
        alts = _asked_forms(word)
        said = [stemmed for _, value in facts
                if alts & set(stemmed := [stem(t) for t in words(value)])]
        if said and all(_negated(tokens, alts) for tokens in said):
            return word
    return None


def _asked_forms(word: str) -> set[str]:
    """The stems a fact may say an out-of-scope word by: the word, an idiom's words, its
    synonyms."""
    return {stem(f) for f in [word, *word.split("_"), *synonyms_of(word)]}


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
_DAY_WORDS = frozenset(_DAYS.split())


def _role(tokens: list[str]) -> str | None:
    """"Who are the members of the committee?", "who was the very first witness?": the role
    asked, which the answer must say (a fact of the committee that names no member names
    none)."""
    if tokens[:1] != ["who"]:
        return None
    # "who actually sits on the panel?" is "who sits on the panel?"
    tokens = [t for t in tokens if t not in _HEDGES]
    # "who was running the ferry line?", "who runs it?": whoever is in charge, in any of the
    # words for that ("running" has the most of them: chair, chief, president ...)
    verb = next((t for t in tokens[1:3] if t in _IN_CHARGE), None)
    if verb is not None and (verb == tokens[1] or tokens[1] in (*_BE, "s")):
        return "running"
    # "who sits on the panel?": its members
    if _sat_on(tokens):
        return "members"
    # "who ended up hosting the gala?": its host (not "when is the library hosting it?")
    if not _HOSTING.isdisjoint(tokens[1:3]):
        return "host"
    # ("who was the captain of the Tern?", "who was captain of the Tern?": a post before "of")
    bare = tokens[1:2] in ([b] for b in (*_BE, "s")) and tokens[3:4] == ["of"] and (
        tokens[2:3] != [] and tokens[2] not in STOP)
    if tokens[1:3] not in ([b, "the"] for b in (*_BE, "s")) and not bare:
        return None
    run = []
    for token in tokens[2 if bare else 3:]:
        if token == "s":  # "the ferry's captain": the captain
            run = []
            continue
        if token in _RELATIVES:  # "who was the guy who found it": what follows is no role
            break
        # (up to a verb: "the first rescuer sent down": the rescuer)
        if run and (token in STOP or irregular(token) or token.endswith(("ed", "ing"))):
            break
        if token not in STOP:
            run.append(token)
    role = run[-1] if run and run[-1].isalpha() else None
    return None if role in _ANYONE else role


_HOSTING = frozenset("hosting hosted hosts".split())
_HEDGES = frozenset("actually exactly really currently even still".split())
_BY = stem("by")


def _kinds_asked(tokens: list[str]) -> frozenset[str]:
    """The nouns a question asks which one of, a kind of entry perhaps: the word right after
    "which" or "what" ("which agency", "what model"), or one of the three after an owner's "'s"
    ("Acme's new ferry"); not "the stranded crew", "ratify the deal", nor after "what's"."""
    found = set()
    for i, token in enumerate(tokens):
        if token in _WANTED_AFTER:
            found.update(t for t in tokens[i + 1:i + 2] if t not in STOP)
        elif token == "s" and i and tokens[i - 1] not in STOP:
            found.update(t for t in tokens[i + 1:i + 4] if t not in STOP)
    return frozenset(found)


def _done_by(deed: str, profile: _Profile) -> bool:
    """Has the entry a fact saying who did the deed: `by`, or `written_by` for "wrote" (not
    `played_by`, who did something else)?"""
    deeds = stems(" ".join([deed, *irregular(deed)]))
    return any(_BY in name and (name == {_BY} or not deeds.isdisjoint(name))
               for name, _ in profile.field_stems.values())


def _deed(tokens: list[str]) -> str | None:
    """"Who wrote the report?", "who actually signed it?": the verb after "who", the deed
    whose doer is asked (not "who is", "who did", "who has")."""
    rest = [t for t in tokens[1:3] if t not in _HEDGES]
    if tokens[:1] != ["who"] or not rest or rest[0] in STOP:
        return None
    # (a past form: "wrote", "signed"; not "red", "speed", "hundred")
    verb = rest[0]
    past = verb.endswith("ed") and len(verb) > 4 and not verb.endswith(("eed", "dred"))
    return verb if past or irregular(verb) else None
_RELATIVES = frozenset("who whom whose that which".split())
_SITS_ON = frozenset("sit sits sat sitting serve serves served serving".split())
# "who has been named to the board?": the words that put someone on a body, the auxiliaries
# before them, and the words that open the body's name after "to" (not "named to lead it")
_NAMED_TO = frozenset("named appointed elected nominated chosen picked added".split())
_AUXILIARIES = frozenset("s has have had been was were is are".split())
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
_PLACED_BY = {"before": _PREDECESSOR, "after": _SUCCESSOR}
# Words that state a succession, either way ("succeeded Dana Holt", "replaced by her").
_SUCCESSION = _PREDECESSOR | _SUCCESSOR | frozenset(
    stem(w) for w in ("succeed", "succeeds", "replaced", "replace", "replaces"))


def _placed(question: Question) -> tuple[frozenset[str], frozenset[str]]:
    """"Who ran the trust before Dana Holt?": the stems naming the one asked for in a fact of
    Dana Holt's own entry (`predecessor`), and the slugs of the entries the question places
    the answer before or after; both empty when it places none."""
    if question.qtype != "who":
        return frozenset(), frozenset()
    said_as = f" {' '.join(question.tokens)} "
    found = [(alts, c.slug) for side, alts in _PLACED_BY.items() for c in question.concepts
             if c.slug is not None and f" {side} {c.word} " in said_as]
    return (frozenset().union(*(alts for alts, _ in found), *(alts for alts, _ in _placed_names(
        question))), frozenset(slug for _, slug in found))


def _placed_names(question: Question) -> list[tuple[frozenset[str], frozenset[str]]]:
    """"Who was captain before Lee Marsh?" of a name no entry has: for each name the question
    places the answer before or after, the stems naming that side and the name's stems."""
    tokens, found = question.tokens, []
    for i, token in enumerate(tokens[:-1]):
        if token in _PLACED_BY and tokens[i + 1] in question.proper:
            run = list(itertools.takewhile(lambda t: t in question.proper, tokens[i + 1:]))
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
    if named_only:
        # (a name no entry has: a fact must state the succession and name them)
        texts = [(name, text) for name, text in texts
                 if not _SUCCESSION.isdisjoint(stems(f"{name.replace('_', ' ')} {text}"))
                 and any(spelt <= stems(text) for spelt in named_only)]
        if texts and not (stems(entry.title) - _STOP_STEMS) <= said:
            return True
    elif anchors:
        # "Who ran the trust before Dana Holt?" is answered by a succession a fact states: in
        # her own entry, one naming someone else ("Predecessor: Grace Baker", "succeeded Sam
        # Reyes"); in another's, one that names her ("Successor: Dana Holt" of Grace Baker).
        stated = [(name, text) for name, text in texts
                  if not _SUCCESSION.isdisjoint(stems(f"{name.replace('_', ' ')} {text}"))]
        if entry.slug not in anchors:
            names = [name for slug in anchors for name in question.spelt.get(slug, ())]
            # (or, stating none, an entry of her kind linked to hers: "Sam Reyes, the trust's
            # president until 2009" for "who was it before Dana Holt")
            if not (stems(entry.title) - _STOP_STEMS) <= said and (_peer(
                    question, entry, anchors) or any(
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
    for name, text in texts:
        # (a fact named for the one asked, `predecessor`, holds a name even in everyday words:
        # "Will Baker")
        # (or for what is asked: "who replaced Dana Holt?" of a `successor`, "Grace Hill")
        named_for = not placed.isdisjoint(stems(name.replace("_", " "))) or any(
            _holds(c, stems(name.replace("_", " "))) for c, _ in question.attributes)
        for match in _CAPITALISED.finditer(text):
            word = match.group().casefold()
            # (an everyday word is part of a title: "Director of the Health Department")
            if ((named_for or not everyday(word)) and stem(word) not in said
                    and word not in _MONTH_WORDS and word not in _DAY_WORDS):
                return True
    return False


def _title_names(entry: Entry, question: Question, of_person: bool) -> bool:
    """Is the entry's title the name asked: any name ("Operation Kestrel"), but a person's
    where a person is asked ("the name of the pilot who ..." is not answered by the title
    "Pilots aboard the Tern", which names only the ship)?"""
    return _gives_name(entry.title, question) and (
        not of_person or _person_named(entry.title, question))


def _gives_name(text: str, question: Question) -> bool:
    """Does `text` give a name the question and the pack's subject do not ("Passenger Dana
    Holt"; not "Two Harbour Board pilots" in a pack on the harbour, nor a body's kind)?"""
    said = stems(question.text) | question.subject
    # ("the name of the court": "Federal District Court" is one)
    tokens = question.tokens
    named = [tokens[i + 1 : i + 4] for i, t in enumerate(tokens) if t in ("name", "names")]
    if _called(tokens):
        named.append(tokens[-4:-1])
    bodies = frozenset() if any(_BODIES.intersection(n) for n in named) else _BODIES
    for match in _INNER_CAPITAL.finditer(text):
        word = match.group().casefold()
        if (stem(word) not in said and stem(word) not in _STOP_STEMS and word not in bodies
                and word not in _MONTH_WORDS and word not in _DAY_WORDS):
            return True
    return bool(re.search(r"[\"“«]\w", text))  # a title in quotes


_POSSESSORS = frozenset("his her their its".split())
NAME_REACH = 3  # words after a noun its name comes within ("his wife, Ana Ruiz"), small ones aside


def _name_head(tokens: list[str]) -> str | None:
    """The noun whose name is asked: "what's Holt's husband called?", "Holt's husband's
    name", "the name of the new pier"; None when none is found."""
    if _called(tokens):
        head = tokens[-2]
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
        head = phrase[-1] if phrase else None
    return head if head and head.isalpha() and head not in STOP else None


def _names_beside(head: str, text: str, question: Question) -> bool:
    """Does `text` give a name right beside the noun whose name is asked ("his wife, Ana
    Ruiz", "Sam Reyes, the pilot"), or not speak of that noun at all (a fact named for it may
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


# Units as facts write them: "40 m" counts metres, "5,500 mi" miles.
_UNITS = {"metre": "m", "meter": "m", "kilometre": "km", "kilometer": "km", "mile": "mi",
          "foot": "ft", "feet": "ft", "kilogram": "kg", "pound": "lb", "gallon": "gal",
          "barrel": "bbl", "hour": "hr", "megawatt": "mw", "gigawatt": "gw", "gigabyte": "gb",
          "terabyte": "tb"}
_SHORT_UNITS = frozenset(_UNITS.values())
_UNIT_STEMS = {stem(unit): short for unit, short in _UNITS.items()} | {
    stem(unit + "s"): short for unit, short in _UNITS.items()}


_EXCEPTIONS = tuple(tuple(marker.split()) for marker in EXCEPTIONS)
_LITERAL_BEFORE = frozenset(
    "come came comes coming break broke broken fall fell fallen pull pulled tear tore torn blow "
    "blew blown rip ripped set put move moved pushed push kept keep held hold stood stand".split())


def _without_exceptions(tokens: list[str]) -> list[str]:
    """"What did they get besides money?": what is set aside is not what is asked; the words
    after the marker, up to the next stop word, go with it."""
    out, i = [], 0
    while i < len(tokens):
        marker = next((m for m in _EXCEPTIONS if tuple(tokens[i : i + len(m)]) == m), None)
        if marker is not None and len(marker) > 1 and i and tokens[i - 1] in _LITERAL_BEFORE:
            marker = None  # "came apart from the fuselage", "set aside from the settlement"
        if marker is None:
            out.append(tokens[i])
            i += 1
            continue
        i += len(marker)
        while i < len(tokens) and tokens[i] in STOP:  # "besides the money"
            i += 1
        while i < len(tokens) and tokens[i] not in STOP:  # "besides federal agencies who"
            i += 1
    return out


def _counted_of(tokens: list[str], noun: str | None) -> frozenset[str]:
    """What "how many X of Y" counts X of: the words of Y up to the next stop word."""
    if noun is None or noun not in tokens:
        return frozenset()
    i = tokens.index(noun) + 1
    if tokens[i : i + 1] != ["of"]:
        return frozenset()
    of = []
    for token in tokens[i + 1 :]:
        if token in STOP or token in GENERIC:  # "... of wind capacity went offline"
            break
        of.append(token)
    return frozenset(stem(t) for t in of) - _STOP_STEMS


# "how many people": a count of people, whatever they are called ("4 specialists", "a staff
# of 900", "246 deaths", "Residents: 1,400")
_GROUPS_OF_PEOPLE = frozenset("crew crews crewmembers personnel".split())
_PERSONS = frozenset("people person persons".split())
# Words of "who was the one / the first / the person responsible?" that, in a fact, name
# nobody ("closed on March 3": the stemmer makes "one" "on"; "the first ferry")
_ONLY_ASKING = frozenset("one first last main top lead head point responsible contact".split())
_PEOPLE = """
people person persons population residents inhabitants citizens members visitors guests
customers clients passengers riders commuters travellers travelers employees workers staff
staffers crew team personnel workforce headcount officers officials volunteers students pupils
children kids adults men women patients victims deaths dead killed injured injuries fatalities
casualties survivors miners engineers specialists experts doctors nurses lawyers firefighters
police soldiers troops sailors pilots drivers users subscribers viewers readers fans attendees
spectators protesters voters households families turnout attendance crowd crowds
""".split()
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


# Nouns that only say a thing was counted as a case of something ("burn injuries", "fire
# incidents"): a count of that something ("26 burns") is a count of them.
_CASE_NOUNS = frozenset("injuries cases reports incidents instances complaints".split())


def _modifier(tokens: list[str], noun: str | None) -> str | None:
    """The noun before a case noun "how many" counts ("burn" in "how many burn injuries")."""
    if noun not in _CASE_NOUNS:
        return None
    i = tokens.index(noun)
    before = tokens[i - 1] if i else ""
    return before if before.isalpha() and before not in STOP and before != "many" else None


def _counting(noun: str | None) -> frozenset[str]:
    """The stems that name what "how many" counts: the noun, its synonyms, and the unit's
    short form when it is one ("metres": "m")."""
    if noun is None:
        return frozenset()
    found = {stem(f) for f in [noun, *synonyms_of(noun)]}
    if noun == "people":
        found |= {stem(w) for w in _PEOPLE}
    elif noun in _GROUPS_OF_PEOPLE:  # "how many crew": "126 people aboard" counts them
        found |= {stem(w) for w in _PERSONS}
    return frozenset(found | {_UNIT_STEMS[s] for s in found if s in _UNIT_STEMS})


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
        if tokens[j] in _SHORT_UNITS:
            return i == j - 1 and not _CURRENCY.search(cleaned[max(0, found[i].start() - 2):
                                                               found[i].start()])
        if joined(i):  # "a one-time payment to passengers" counts times, not passengers
            return j == i + 1
        return abs(i - j) <= COUNT_REACH and not names(j, i) and not other(j, i)

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
    its figures and dates are that person's own."""
    return (entry.kind in PERSON_KINDS and concept.slug not in (None, entry.slug)
            and question.kinds.get(concept.slug) in PERSON_KINDS
            and question.qtype not in ("who", "names"))


def _unmentioned(concept: Concept, question: Question, entry: Entry,
                 held: set[str] | frozenset[str]) -> bool:
    """Does the question name another entry (not one the conversation brought, not one that
    only sets the scene) that text with these stems never mentions?"""
    return (concept.slug is not None and concept.slug != entry.slug and bool(concept.alts)
            and not question.recalled and not _sets_scene(concept, question)
            and not _mentions(concept, question, held))


def _only_remembered(concept: Concept, question: Question) -> bool:
    """Is this the entry the conversation is about, brought in for a part that never points
    back at it ("when did the Tern sink, and when did the north pier reopen to ferries?")? It
    helps pick the entry, but the part asks nothing of it: the answer need not hold it."""
    if not question.recalled or concept.slug is None or concept.forms:
        return False
    # ("..., and what did Gull Lines pay for the ferry?": the ferry is the one it was about)
    kind = question.kinds.get(concept.slug)
    pointed = not POINTERS.isdisjoint(question.tokens) or any(
        pair == ("the", kind) for pair in itertools.pairwise(question.tokens))
    # (a part that names nothing of its own is about what the part before named)
    return not pointed and bool(question.proper or question.years)


def _pointed_at_for_another(question: Question) -> frozenset[str]:
    """The entry a part points back at with "its" or "their" when the part asks which thing
    of that entry's own kind did something ("which ferry took over its route?" after a part
    about the Tern, a ferry): the ferry asked is another, so the Tern's own entry is the last
    of those that hold as much of the part to answer it."""
    if not question.recalled or _OWNING_REFS.isdisjoint(question.tokens):
        return frozenset()
    asked = {question.tokens[i + 1] for i, t in enumerate(question.tokens[:-1])
             if t in _WHICH_OPENERS}
    return frozenset(slug for slug in question.named if question.kinds.get(slug) in asked)


def _possessive(concept: Concept, question: Question) -> bool:
    """Is the name typed as whose officer is asked ("Acme's chief executive", not "Gull
    Island's ferry")?"""
    span, tokens = concept.word.split(), question.tokens
    return any(tokens[i:i + len(span)] == span and tokens[i + len(span)] == "s"
               and stem(tokens[i + len(span) + 1]) in _OFFICERS
               for i in range(len(tokens) - len(span) - 1))


def _mentions(concept: Concept, question: Question, held: set[str] | frozenset[str]) -> bool:
    """Does text with these stems mention the entry `concept` names, by the name typed or by
    any of the entry's names ("the Harbour Safety Board" for "HSB")?"""
    return _holds(concept, held) or any(
        name and name <= held for name in question.spelt.get(concept.slug or "", ()))


def _figures(facts: tuple[tuple[str, str], ...]) -> frozenset[str]:
    """The figures an answer gives ("36% of the fares, since May 2023": 36 and 2023)."""
    return frozenset(s for s in stems(" ".join(value for _, value in facts))
                     if any(ch.isdigit() for ch in s))


def _held(question: Question, profile: _Profile) -> float:
    """How much of what the question asks (its words, by weight) an entry holds."""
    # ("who wrote the report?": a report's `by` says who did what is asked)
    done_by = question.deed is not None and _done_by(question.deed, profile)
    return sum(w for c, w in question.attributes
               if _holds(c, profile.all) or (done_by and c.word == question.deed))


def _holds(concept: Concept, stems: set[str] | frozenset[str]) -> bool:
    if concept.number is not None and concept.number not in stems:
        return False
    if concept.need == 1:  # most concepts: no intersection set to build
        return not concept.alts.isdisjoint(stems)
    return len(concept.alts & stems) >= concept.need


def _cue_fields(qtype: str, profile: _Profile) -> bool:
    """Does the entry have a field named for this kind of question (a `date` for "when")?"""
    cues = _CUE_STEMS.get(qtype)
    return bool(cues) and not cues.isdisjoint(profile.places["fields"])


# (not "cited for 3 violations", "led to 40 job losses": a penalty, a consequence)
_REASON = re.compile(r"\b(?:because|due to|owing to|citing|reasons?|caus(?:e|es|ed|ing)|"
                     r"blam(?:e|es|ed|ing)|so that|in order to|to avoid|to prevent|"
                     r"objecting|as a result of)\b", re.IGNORECASE)
_WHY_CUES = frozenset(FIELD_CUES["why"])


def _gives_reason(facts) -> bool:
    """Does a fact give a reason: one named for it (`reason`, `cause`) or one saying why?"""
    return any(not _WHY_CUES.isdisjoint(name.replace("_", " ").split()) or _REASON.search(value)
               for name, value in facts)


def _lists(entry: Entry) -> bool:
    """Does a field list several things ("A, B and C")? Group questions want one."""
    return any(value.count(",") >= 2 for value in entry.fields.values())


_CUE_STEMS = {qtype: frozenset(stem(c) for c in cues) for qtype, cues in FIELD_CUES.items()}
# Words for an officer of a body, whose own fact must name the body ("Acme's chief executive")
_OFFICERS = _CUE_STEMS["who"] | frozenset(stem(w) for w in (
    "executive boss lawyer lawyers attorney spokesman spokeswoman manager chairwoman "
    "secretary commissioner minister treasurer general counsel".split()))


_SYNONYMS_BY_STEM: dict[str, list[tuple[str, list[str]]]] = {}
for _word, _others in SYNONYMS.items():
    _SYNONYMS_BY_STEM.setdefault(stem(_word), []).append((_word, _others))


_IDIOM_WORDS = {"_".join(run): list(plain) for run, plain in IDIOMS.items()}
# Each idiom's runs of the same meaning, as phrases: content that writes "in force" holds
# what "come into force" asks, though it uses none of the plain words
_IDIOM_GROUPS: dict[tuple[str, ...], list[str]] = {}
for _run, _plain in IDIOMS.items():
    _IDIOM_GROUPS.setdefault(_plain, []).append(" ".join(_run))
_IDIOM_RUNS = {"_".join(run): _IDIOM_GROUPS[plain] for run, plain in IDIOMS.items()}
# An idiom an entry writes holds itself ("a wind-down plan" answers "when was the wind-down
# approved?"), and, when it means one thing wherever it is written, its plain words too ("in
# force": in effect; not "held up", which a pier that withstood a storm also did)
_WRITTEN_IDIOMS = frozenset("_".join(run) for run in IDIOMS if " ".join(run) in WRITTEN_IDIOMS)
# The other way round: the stems of the words that may mean a word ("fine" for "penalty")
_MEANT_BY: dict[str, set[str]] = {}
for _word, _others in SYNONYMS.items():
    for _other in _others:
        _MEANT_BY.setdefault(stem(_other), set()).add(stem(_word))


def synonyms_of(word: str) -> list[str]:
    """The lexicon's other words for `word`, or for another form of it ("makes": "make"); for
    an idiom token ("pull_the_plug"), its plain words."""
    if "_" in word or word in _IDIOM_WORDS:  # ("holdup", "pricetag": a run of one word)
        return _IDIOM_WORDS.get(word, [])
    # Another form is a few letters more or less ("tanked", "investigations"); "internal" is
    # no form of "international", though the stemmer cuts both to "intern".
    return SYNONYMS.get(word) or [other for listed, others in _SYNONYMS_BY_STEM.get(stem(word), ())
                                  if abs(len(listed) - len(word)) <= 3 for other in others]


# Runs of words read as one: fillers (dropped) and idioms (one token, "pull_the_plug", whose
# synonyms are the idiom's plain words). Longest first among runs that start alike ("in charge of"
# before "in charge").
_RUNS: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
for _run in sorted([*FILLERS, *IDIOMS], key=len, reverse=True):
    _RUNS.setdefault(_run[0], []).append((_run, () if _run in FILLERS else ("_".join(_run),)))


# A company's legal form after its name ("Acme AG", "Gull Marine plc", "Tern Boats Inc.")
_LEGAL_FORM = re.compile(r"\b([A-Z][\w&'-]*)\s+(?:AG|SE|GmbH|plc|PLC|Inc|Ltd|LLC|Corp|NV|SpA)"
                         r"\b\.?")
# The last words of the US states' names, and "state": "the Gullport State AG", "Ohio's AG"
_STATE_WORDS = frozenset("""state alabama arizona arkansas california colorado connecticut
    delaware florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine
    maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada
    hampshire jersey mexico york carolina dakota ohio oklahoma oregon pennsylvania island
    tennessee texas utah vermont virginia washington wisconsin wyoming""".split())


def _placed_before(word: str) -> bool:
    """Is the word before a legal form a state's or a country's ("Michigan AG", "Ohio's AG")?
    Then the letters are its attorney general, not a company's form."""
    return re.sub(r"'s$", "", word.casefold()) in _STATE_WORDS | COUNTRY_WORDS


# Idioms of putting money into a thing ("sank $2 million into Acme Ferries"), which of
# anything but money mean what they say ("the Tern sank into the mud")
_INVESTING = frozenset("_".join(run) for run, plain in IDIOMS.items() if "invest" in plain)
_MONEY_SAID = MONEY_WORDS | AMOUNT_WORDS | frozenset("million millions billion billions".split())


def _asks_money(tokens: list[str], text: str) -> bool:
    """Does the question speak of money: a currency, a word for money, or "how much" of
    nothing else ("how much did Holt sink into Acme?"; not "how much oil poured into the
    bay?")?"""
    if _CURRENCY.search(text) or not _MONEY_SAID.isdisjoint(tokens):
        return True
    return _has_phrase(tokens, ("how", "much")) and _head_after(tokens, ("how", "much")) in (
        None, *MONEY_WORDS)


def _rewrite(tokens: list[str], kept: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """`tokens` with fillers dropped and idioms made one token, except where a word of a name
    (`kept`) would be swallowed."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        run = None if tokens[i] in kept else next(
            ((r, into, len(r)) for r, into in _RUNS.get(tokens[i], ())
             if tuple(tokens[i : i + len(r)]) == r), None)
        if run is None and i + 2 < len(tokens) and tokens[i + 1] in _OBJECTS and (
                tokens[i] not in kept):
            # a phrasal verb around a one-word object: "rolled it back", "kill them off"
            split = (tokens[i], tokens[i + 2])
            run = next(((r, into, 3) for r, into in _RUNS.get(tokens[i], ()) if r == split), None)
        if run is None and i + 3 < len(tokens) and tokens[i + 1] in _DETERMINERS and (
                tokens[i + 3] in _PARTICLES and tokens[i] not in kept
                and tokens[i + 2] not in kept):
            # ... or around "the" and a noun, which stays: "kill the app off", "roll the fare
            # back" ("roll_back the fare")
            split = (tokens[i], tokens[i + 3])
            run = next(((r, (*into, *tokens[i + 1 : i + 3]), 4) for r, into in
                        _RUNS.get(tokens[i], ()) if r == split), None)
        if run is None and tokens[i] not in kept:
            run = _split_run(tokens, i, kept)
        if run is None:
            out.append(tokens[i])
            i += 1
        else:
            out.extend(run[1])
            i += run[2]
    return out


def _split_run(tokens: list[str], i: int, kept: set[str] | frozenset[str]):
    """A phrasal verb at `i` around a short object, a name or "the" and a word or two ("send
    the Tern back", "turn the pier lights back on", "turn it back on"): (its words, what it
    becomes, the object's words after it, unless a pronoun), the tokens it takes; or None."""
    for run, into in _RUNS.get(tokens[i], ()):
        if len(run) < 2 or run[1] not in _PARTICLES or not into:
            continue
        for size in _object_sizes(tokens, i + 1, kept):
            end = i + 1 + size + len(run) - 1
            if tuple(tokens[i + 1 + size : end]) == run[1:]:
                thing = tokens[i + 1 : i + 1 + size]
                return run, (*into, *(() if thing[0] in _OBJECTS else thing)), end - i
    return None


def _object_sizes(tokens: list[str], start: int, kept: set[str] | frozenset[str]) -> list[int]:
    """How many tokens from `start` may be the short object of a phrasal verb: a pronoun, a
    name of up to three words, or "the" and one or two words."""
    first = tokens[start : start + 1]
    if not first:
        return []
    if first[0] in _OBJECTS:
        return [1]
    if first[0] in kept:
        named = 1
        while named < 3 and start + named < len(tokens) and tokens[start + named] in kept:
            named += 1
        return list(range(1, named + 1))
    if first[0] in _DETERMINERS:
        nouns = 0
        while nouns < 2 and start + 1 + nouns < len(tokens) and (
                tokens[start + 1 + nouns] not in STOP
                and tokens[start + 1 + nouns] not in _PARTICLES):
            nouns += 1
        return [1 + n for n in range(1, nouns + 1)]
    return []


# Why a part that points back at a declined part is declined too
_POINTS_AT_DECLINED = "about a part the briefing cannot answer"
_UNKNOWN_OTHER = "asks the part before of something the briefing never names"
# Why a part asking of the present is declined when it finds only what a part before it did
_NOT_THE_PRESENT = "asks of the present, and the briefing gives only the past"
# Words and phrases by which a part asks of the present ("who runs it now?")
_NOW_WORDS = frozenset("now currently nowadays presently today".split())
_NOW_PHRASES = (("these", "days"), ("at", "present"), ("right", "now"))
# Facts that say who or what holds a place now, by their name ...
_PRESENT_KEYS = frozenset("successor successors incumbent".split())
# ... or by their words ("Sam Reyes, since 2023", "currently Dana Holt"; not "from 2010 to
# 2022", a span that ended)
_SAYS_PRESENT = re.compile(
    r"\b(since|from)\s+(\w+\s+)?\d{4}\b(?!\s*(to|until|till|through)\b|\s*[-–])"
    r"|\b(current|currently|now|present|incumbent)\b", re.IGNORECASE)
# ... and by which it points back at what the answer before said ("who let that slip?")
_POINTS_AT_ANSWER = frozenset("that this".split())
# ... and by which it points back at a thing, never a person ("who runs it now?")
_IMPERSONAL = frozenset("it its".split())
# ... and by which it points back at the owner of a thing ("which ferry took over its route?")
_OWNING_REFS = frozenset("its their".split())
_WHICH_OPENERS = frozenset("which what".split())
# ... and by which it points back at a person ("who replaced her?")
_PERSONAL = frozenset("he him his she her".split())
# ... and the one of them a later part may put a person's name in place of
_PRONOUN = re.compile(r"\b(he|him|his|she|her)\b", re.IGNORECASE)
# The kinds a pack gives its people (see content/README.md)
PERSON_KINDS = frozenset({"person", "people", "individual"})
_OBJECTS = frozenset("it them this that him her everything".split())
# (not "on", "over": "settled the suit on behalf of", "took the fall over the strike")
_PARTICLES = frozenset("off back out up down away aside free".split())
_DETERMINERS = frozenset("the that this those these its their his her our my your".split())


def _own_verb(word: str) -> frozenset[str]:
    """The stems of a phrasal verb's own verb ("sent_out": "sent", "send"), which says part of
    what it does whatever the particle; none for any other word."""
    parts = word.split("_")
    if len(parts) != 2 or parts[1] not in _PARTICLES:
        return frozenset()
    return frozenset(stem(f) for f in (parts[0], *irregular(parts[0])))


def _unknown(question: Question) -> str | None:
    """Why the question asks of what the store lacks, by words it never uses: a name it does
    not know, or too many unknown words for what is known; None when neither."""
    if question.unknown_names:
        return f"unknown names: {', '.join(question.unknown_names)}"
    hard = [c for c in question.concepts if not c.soft]
    # ("how cold did it get in Dallas? below zero": the cold is known, though not required)
    cold = sum(c.soft and c.word in _FELT for c in question.concepts)
    # (one of English's most common words the store never uses, "put", "trying", says
    # less of what is asked than a rarer one: it counts for a share of a word, unless a
    # word no dictionary has, a name typed in lower case, is unknown beside it)
    # (a phrasal verb of one, "put up", counts as its verb does)
    verbs = [w.partition("_")[0] if _own_verb(w) else w for w in question.unknown]
    plain = all(english(w) for w in verbs)
    unknown = sum(LIGHT_SHARE if plain and light(w) else 1.0 for w in verbs)
    total = unknown + len(hard) + cold
    typed = question.named and not question.recalled
    if not typed and unknown and unknown >= total * MAX_UNKNOWN_SHARE:
        return f"unknown words: {', '.join(question.unknown)}"
    return None


def _of_the_present(part: str) -> bool:
    """Does the part ask of the present ("who captains it now?", "who runs it these days?")?"""
    said = words(part)
    return not _NOW_WORDS.isdisjoint(said) or any(_has_phrase(said, p) for p in _NOW_PHRASES)


def _repeats(found: Found, founds: list[Found]) -> bool:
    """Did a part get only what a part before it got: the same entry, none but its facts?"""
    return found.entry is not None and any(
        f.entry is not None and f.entry.slug == found.entry.slug
        and set(found.facts) <= set(f.facts) for f in founds)


def _present_only(found: Found, founds: list[Found]) -> Found:
    """A part asking of the present that found just what a part before it answered: only the
    facts that say the present (a `current_` fact, a successor, "since 2023"), or a decline
    when there are none, since the same answer again would give the past as the present
    ("who captained the Tern, and who captains it now?")."""
    if found.entry is None or not any(
            f.entry is not None and f.entry.slug == found.entry.slug
            and set(f.facts) == set(found.facts) for f in founds):
        return found
    held = dict(found.facts)
    # ("current_captain" beside the "captain" the part before answered with)
    held |= {key: value for key, value in found.entry.fields.items()
             if any(key in (f"current_{k}", f"{k}_now") for k in dict(found.facts))}
    present = tuple((key, value) for key, value in held.items()
                    if key.startswith("current") or key.endswith("_now")
                    or key in _PRESENT_KEYS or _SAYS_PRESENT.search(value))
    if not present:
        return Found(declined=_NOT_THE_PRESENT, ranked=found.ranked)
    return replace(found, facts=present)


_THAT_DAY = re.compile(r"\b(?:on\s+)?(?:that|the\s+same)\s+day\b", re.IGNORECASE)
_MONTH_NAMES = "|".join([*_MONTHS.split(), "may", "march"])
_DAY_GIVEN = re.compile(
    rf"\b(?:on|by)\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)\b(?:\s+of\s+(?:{_MONTH_NAMES})\b)?|"
    rf"\b(?:on|by)\s+(?:{_MONTH_NAMES})\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?",
    re.IGNORECASE)


def _day_before(before: str, part: str) -> str:
    """The part with the day the part before gave in place of its "that day" ("how many
    boats waited that day?" after "... did the ferry dock on the 9th": on the 9th)."""
    pointer, day = _THAT_DAY.search(part), _DAY_GIVEN.search(before)
    if pointer is None or day is None:
        return part
    return f"{part[:pointer.start()]}{day.group(0)}{part[pointer.end():]}"


_POINTERS = frozenset("the that this".split())


def _pointed_back(part: str, question: Question) -> str | None:
    """The part with "it" for the one word the briefing never uses that it points back at
    ("how long was the report?": how long was it), when that is all it names; else None."""
    tokens = words(part)
    if (question.named and not question.recalled) or len(question.unknown) != 1 or (
            question.unknown_names):
        return None
    word = question.unknown[0]
    at = [i for i, t in enumerate(tokens) if t == word]
    if len(at) != 1 or at[0] == 0 or tokens[at[0] - 1] not in _POINTERS:
        return None
    return " ".join([*tokens[:at[0] - 1], "it", *tokens[at[0] + 1:]])


def _agreed(found: Found, declined: Found, read: Question | None, part: str) -> str | None:
    """The entry a part alone and a declined part before it both ranked near the top, though
    that part did not name it, the one the part found first: both parts are of that one thing,
    found twice over ("what did the harbour's night crew say was wrong? who wrote it"), or
    None. Not when the declined part asked of a name the briefing does not know, nor for its
    "he" after a "who" part (he is the one not found), and an entry that part named was
    already found lacking what it asked ("did the Tern carry cattle? how many")."""
    if found.entry is None or read is None or read.unknown_names or (
            read.qtype == "who" and _PERSONAL & set(words(part))):
        return None
    return next((slug for slug in found.ranked[:AGREED_RANKS]
                 if slug in declined.ranked[:AGREED_RANKS] and slug not in read.named), None)


def _named_by_declined(question: Question, part: str) -> tuple[str, ...]:
    """The one person a declined part named that a later part points back at by "she" or
    "he": that part can be answered alone ("when did Dana Holt join the Tern's crew? when did
    she retire?"). Nothing when "she" may mean the declined part's answer ("who replaced Dana
    Holt, and when did she start?" may ask of the successor), when that part named several
    people, or for "it", which as often means the unnamed thing that part asked of ("how
    many codes did Acme Ferries send out, and what did it cost them?")."""
    if question.recalled or question.qtype == "who" or not _PERSONAL & set(words(part)):
        return ()
    people = tuple(s for s in question.named if question.kinds.get(s) in PERSON_KINDS)
    return people if len(people) == 1 else ()


def _things_named(question: Question | None, found: Found) -> tuple[str, ...]:
    """The entries of no person kind a part named itself, when a person's entry answered it:
    what a later "it" points back at, since "it" never means that person ("Who ran the port
    authority in 2019, and who runs it now?" asks of the authority, not of its old head)."""
    if question is None or question.recalled or found.entry is None or (
            found.entry.kind not in PERSON_KINDS):
        return ()
    return tuple(slug for slug in question.named if question.kinds.get(slug) not in PERSON_KINDS)


def _replace(tokens: list[str], word: str, replacement: list[str]) -> list[str]:
    out: list[str] = []
    for token in tokens:
        out.extend(replacement if token == word else [token])
    return out
