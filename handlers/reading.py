"""How a question is read: its words, the kind of answer it asks (a date, an amount, a count,
a name ...), the concepts it asks about, and the shapes a value may have (money, a number, a
percentage, a date). Knows no entry: the answerer (`handlers.answer`) ranks and decides."""

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from content.entry import Entry
from content.text import normalize_name, stem, words
from handlers.english import (
    english,
    everyday,
    irregular,
    other_spellings,
    past_tense,
)
from handlers.lexicon import (
    AMOUNT_WORDS,
    COUNTRY_WORDS,
    DURATION_WORDS,
    EXCEPTIONS,
    FILLERS,
    GENERIC,
    GROUP_NOUNS,
    HOW_WORDS,
    IDIOMS,
    MONEY_WORDS,
    NEXT_NOUN_TYPES,
    NOUN_TYPES,
    NUMBERED_SHORT_FORMS,
    PHRASE_TYPES,
    QUESTION_TYPES,
    QUESTION_WORDS,
    SEATS,
    SHORT_FORMS,
    STATE_CODES,
    STOP,
    SYNONYMS,
    YES_NO_OPENERS,
)

MAX_WORDS = 40
MAX_NAME_WORDS = 4  # words of a person's name typed in lower case ("ana maria vellan")
_RAW_WORD = re.compile(r"[^\W_]+")
_CURRENCY = re.compile(r"[$€£¥]")
# ... with no figure after it, so asking one ("in $ terms", "$$?")
_CURRENCY_ASKED = re.compile(r"[$€£¥](?!\s?\d)")
_YEAR = re.compile(r"(?:1[6-9]|20)\d\d")
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
# A day, a month or a year as a date gives it ("May 12", "in 2021", "3/14"; not "three years",
# nor the year in a label's number, "CVE-2017-0144", "HB-2019")
_DAY = (rf"\b(?:{'|'.join(_MONTHS.split())})\b|\b(?:may|march)\s+\d|"
        r"(?-i:(?<![A-Z]-))\b(?:1[6-9]|20)\d\d\b|\b\d{1,2}[/.-]\d{1,2}\b")
# A person's age as text gives it ("63-year-old", "aged 19", `age: 63`, "born in 1962")
# (one "born" with a year near, "born Jan. 5, 1962", not "born about two miles from Gullport")
_PERSON_AGE = (r"\b\d{1,3}[- ](?:years?|yrs?)[- ]old\b|\baged?\b|"
               r"\bborn\b(?=.{0,60}?\b(?:1[5-9]|20)\d\d\b)|"
               r"\b(?:oldest|youngest)\b|"
               # ("Sam T. Reyes, 83, ran the lodge": a name, then the age between commas)
               r"(?-i:\b[A-Z][\w'-]*[a-z]), \d{1,3}(?:,|\s+(?:at the time|then)\b)")
SHAPES = {
    "money": re.compile(
        # (one run of spaces at a time: two optional runs in a row are slow on a long one)
        # ("EUR 16 million", "Rs 200 crore", "₹5 lakh", "2 million Swiss francs")
        r"[$€£¥₹₩₽₺₦₱]\s?\d|\b(?:usd|eur|gbp|chf|aud|cad|nzd|jpy|cny|rmb|inr|rs\.?|sek|nok|dkk|dm|"
        r"sgd|hkd|zar|brl|mxn)\s?\d|(?<![\d,.])\b\d[\d,.]*+\s*+(?:(?:k|m|bn|million|billion|"
        r"trillion|thousand|crore|lakh)\s*+)?(?:(?:swiss\s)?(?:dollars?|euros?|pounds?|francs?|"
        r"usd|eur|gbp|chf|aud|cad|yen|yuan|renminbi|rupees?|pesos?|rubles?|roubles?|kronor|"
        r"kroner|krona|rand|lira|lire|shekels?|dirhams?|riyals?|baht|ringgit|rupiah|zloty|"
        r"zlotys|forints?|naira|deutsche?\s+marks|deutschmarks?|pesetas?|guilders?|"
        r"escudos?|drachmas?|schillings?|cents?|pence)|crore|lakh|(?<=illion\s)won)\b",
        re.IGNORECASE),
    # ("half of the core", "two-thirds of its staff", "a quarter of the fleet")
    "percent": re.compile(r"\d\s?%|\bper\s?cent\b|\bpercent(?:age)?\b|\bbasis points?\b|\d\s?bps\b|"
                          r"\b(?:half|(?:a|one|two)[\s-]thirds?|(?:a|one|three)[\s-]quarters?|"
                          r"(?:a|one)[\s-]fifth)\s+(?:of\s+)?(?:the|its|their|his|her|all)\b"
                          # (not a part of a time or a way: "the first half of the year")
                          r"(?!\s+(?:year|month|week|day|decade|century|season|way|time|"
                          r"game|match|quarter)s?\b)",
                          re.IGNORECASE),
    # "how old": an age ("63-year-old", "aged 19", "age: 63"), a birth, or a founding
    "age": re.compile(rf"{_PERSON_AGE}|"
                      r"\b(?:founded|established|opened|built|completed|delivered|launched|"
                      r"began|started|"
                      r"created|incorporated|commissioned|formed)\b", re.IGNORECASE),
    # (not "several": "several ports missed it" says no count; nor "is one of the disasters",
    # though "one of the firefighters was killed" is one)
    "number": re.compile(
        r"\d|\bone\b(?!\s+of\b)|(?<!\bis\s)(?<!\bwas\s)(?<!\bas\s)(?<!\bare\s)(?<!\bwere\s)"
        r"\bone(?=\s+of\b)|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|"
        r"twelve|dozens?|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|"
        r"single|half)\b", re.IGNORECASE),
    "date": re.compile(
        rf"{_DAY}|\b(?:{'|'.join(_DAYS.split())}|today|tomorrow|"
        r"yesterday|ago|tonight|week|weeks|month|months|year|years|quarter|morning|evening|"
        r"daily|weekly|annually)\b",
        re.IGNORECASE),
    # "how often": "four times a year", "every 20 minutes", "twice", "daily"
    "frequency": re.compile(r"\b(?:times|twice|once|daily|weekly|monthly|yearly|annually|"
                            r"hourly|nightly|quarterly|fortnightly|biweekly|semiannually|"
                            r"every)\b|\b(?:a|an|per|each)\s+(?:day|week|fortnight|month|"
                            r"quarter|year|hour|night|minute)s?\b(?!\s+of\b)", re.IGNORECASE),
    # ("the sonar runs below 4 K": kelvin, a capital K after a space; not "$7k" or "300K people")
    "temperature": re.compile(r"°|\bdegrees?\b|\bfahrenheit\b|\bcelsius\b|\bkelvins?\b|"
                              r"\d\s?[fc]\b|(?<![$€£¥\d.,])\d[\d.]*\s(?-i:K)\b(?!\s*[a-z])",
                              re.IGNORECASE),
    # ("six and a half years in prison")
    "duration": re.compile(r"\b(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|"
                           r"ten|several|few)(?:[\s-]+and[\s-]+a[\s-]+half)?[\s-]+"
                           r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b",
                           re.IGNORECASE),
    "length": re.compile(r"(?<![\d,.])\b\d[\d,.]*+[\s-]*(?:miles?|km|kilometres?|kilometers?|"
                         r"metres?|meters?|feet|foot|ft|yards?|cm|mm|inches)\b|"
                         # ("242 m" high, "40 m below", not "$5 m", "NOK 40 m", "40 m kroner",
                         # "1.2 m passengers": millions)
                         r"(?<![$€£¥\d,.])(?<![$€£¥]\s)(?<!(?-i:[A-Z]{2})\s)(?<!(?-i:[A-Z]{3})\s)"
                         r"\b\d[\d,.]*+\s(?-i:m)\b(?![²³])(?=\s*(?:$|[^\w\s]|(?:high|long|deep|"
                         r"wide|tall|thick|below|above|beneath|under|over|across|away|apart|"
                         r"offshore|inland|from|of|in|at|and|or|to|into|up|down)\b))",
                         re.IGNORECASE),
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
    # (not what others said of someone: "her delay was later said to be her greatest regret")
    "quote": re.compile(r"[\"“”«»]|\b(?:said|says|say|stated|told|telling|wrote|called|described|"
                        r"argued)\b(?! to (?:be|have)\b)|"
                        r"\b(?:testified|apologi[sz]ed|announced|commented)\s*(?:that\b|:)",
                        re.IGNORECASE),
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
    # named slug: the stems of each of its names ("HSB" is also "Harbour Survey Board")
    spelt: dict[str, list[frozenset[str]]] = field(default_factory=dict)
    # ranked slug: the stems of the names of the related entries whose summaries tell of it
    # (the harbour board's, naming its fare rise): what the entry is about beside its text
    kin: Callable[[str], dict[str, frozenset[str]]] = lambda slug: {}
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
    # "the Gullport harbour master - when did she start?": the topic put first, before a dash
    topic: frozenset[str] = frozenset()
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


_STOP_STEMS = frozenset(stem(w) for w in STOP)
# Whom a message calls: "@everyone", "@sam"; and, before the question, the same in a chat's
# markup ("<!here> <@U123> when ...?"; inside a question it may be whom it asks of)
_ADDRESS = re.compile(r"^\s*(?:(?:<[!@][^<>\s]{1,80}>|@\w[\w.-]*)\s*)+|(?<![\w@.])@\w[\w.-]*")
# After "where", verbs that only say a place is asked ("where will the hearing be held?")
_STAGED = frozenset("held hold holds holding staged stage stages staging hosted host hosts "
                    "hosting".split())
_WEIGHING = frozenset("weigh weighs weighed weighing".split())
# Verbs of a change no sum of money measures ("how much did the hull tilt?": degrees; "how
# much did the bug slow logins down?": a time)
_MOVED_BY = frozenset("slow slows slowed slowing tilt tilts tilted tilting lean leans leaned "
                      "leaning sway sways swayed swaying subside subsides subsided subsiding"
                      .split())
# Verbs of a contest, whose "by how much" asks a margin ("46-42")
_MARGIN_VERBS = frozenset("win wins won lose loses lost beat beats beaten defeat defeated "
                          "trail trailed trailing".split())


_FILED = frozenset({"filed"})


def asks_margin(tokens: list[str]) -> bool:
    """"By how much did Gullport lose to Tern Bay?": a contest's margin, not a sum."""
    return _has_phrase(tokens, ("by", "how", "much")) and not _MARGIN_VERBS.isdisjoint(tokens)


def spelt_short(typed: list[str], kept: set[str]) -> list[str]:
    """The words with short forms spelt out ("ppl": people), and one before a number read as
    the part of a text it numbers ("art 5": article 5, "sec 230"); a name's words
    (`kept`) as typed."""
    # ("the icelandic pm": a prime minister; "at 9 pm" is a time)
    return [t for i, w in enumerate(typed) for t in (
        w if w in kept else NUMBERED_SHORT_FORMS[w]
        if w in NUMBERED_SHORT_FORMS and typed[i + 1:i + 2] and typed[i + 1][:1].isdigit()
        else "prime minister" if w == "pm" and not (i and typed[i - 1][:1].isdigit())
        else SHORT_FORMS.get(w, w)).split()]


# ", not" before what the question sets aside (not "..., not yet?", "..., not just fined?")
_NOT_AFTER_COMMA = re.compile(r"(?<=\w),\s*not\s+(?!(?:yet|even|just|only|so|sure|really|"
                              r"always|at|counting|including|the|a|an|to|least|necessarily|"
                              r"that|long|far|much|quite|exactly)\b)(?=[a-z])",
                              re.IGNORECASE)


def _typed_tokens(plain: str, kept: set[str], text: str) -> list[str]:
    """The words of a message to read, short forms and idioms read as plain words; a name's
    words (`kept`) as typed."""
    # "sooo" is "so"; "the 15th" is the 15 a date holds; "how many were injured, not killed?"
    # sets the killed aside as "other than" would
    plain = _NOT_AFTER_COMMA.sub(" other than ", plain)
    typed = [w if w in kept else _ORDINAL_END.sub("", _DRAWN_OUT.sub(r"\1", w))
             for w in words(plain)[:MAX_WORDS]]
    tokens = _rewrite(spelt_short(typed, kept), kept)
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
    if (at := _called(tokens)) is not None:
        asking.add(tokens[at])  # "what was the storm called?": a name, not a calling
    # "what time of day (of night) did it start?": a time, of no day or night asked
    for part in ("day", "night"):
        if ("time", "of") in pairs and ("of", part) in pairs and "time" in asking:
            asking.add(part)
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
    # (not a sum the question gives: "what movie was the $91k late fee for?")
    if qtype in ("what", "none") and (_CURRENCY_ASKED.search(text) or AMOUNT_WORDS & set(tokens)):
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
    if qtype in ("what", "none") and any(
            "_".join(run) in tokens or _has_phrase(tokens, run) for run in _PAYING):
        qtype = "amount"  # "what's the line forking over for it?": a sum paid
    if qtype == "amount" and not _CURRENCY.search(text):
        measured = _head_after(tokens, ("how", "much"))
        if (measured and measured.isalpha() and measured not in MONEY_WORDS
                and measured not in names and not AMOUNT_WORDS & set(tokens)):
            # "how much oil leaked?" wants barrels, not dollars; "how much dispersant did
            # they spray?" gallons, whether or not a word list knows the substance
            qtype = "quantity"
    if qtype == "quantity" and (_CURRENCY.search(text) or _DOLLARS.intersection(tokens) or (
            rate is not None and _PRICES_PER.intersection(tokens))):
        # "how big were the bonds, dollar amount?", "the taxi surcharge per ride?": a sum
        qtype = "amount"
    if qtype == "amount" and not _CURRENCY.search(text) and _share_of_thing(tokens):
        qtype = "percent"  # "how much of the core melted?": a share of it ("about half")
    return qtype, noun


# Prices paid each time ("the surcharge per ride")
_PRICES_PER = frozenset("fare fares toll tolls surcharge surcharges fee fees price prices cost "
                        "costs rent wage wages salary pay charge".split())
# Words that ask a figure in money ("how big were the bonds, dollar amount?")
_DOLLARS = frozenset("dollar dollars usd euro euros".split())
# (things held as money: "how much of the bonds were written off?" asks a sum)
_HELD_AS_MONEY = frozenset(stem(w) for w in MONEY_WORDS | AMOUNT_WORDS | set(
    "fund sum bond loan asset deposit saving capital equity stock payout insurance proceeds award "
    "claim premium pension estate wealth fortune".split()))


def _share_of_thing(tokens: list[str]) -> bool:
    """Does "how much of ..." ask what share of a thing, not of a sum ("how much of the core
    melted?", not "how much of the fund went to the families?")?"""
    at = next((i + 3 for i in range(len(tokens) - 2)
               if tokens[i : i + 3] == ["how", "much", "of"]), None)
    if at is None:
        return False
    # ("how much of Acme's bonds": of the bonds)
    phrase = list(itertools.takewhile(lambda t: t not in STOP or t in _OF_WHICH or t == "s",
                                      tokens[at:]))
    phrase = [t for t in phrase if t not in _OF_WHICH and t != "s"]
    return bool(phrase) and all(t.isalpha() and stem(t) not in _HELD_AS_MONEY for t in phrase)


# Idioms that say a sum is paid or asked ("shell out", "cough up", "price tag")
_PAYING = tuple(run for run, plain in IDIOMS.items() if AMOUNT_WORDS.intersection(plain))


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


_KIND_PAIRS = [(opener, kind) for opener, kind in QUESTION_TYPES if len(opener) == 2]


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
# Phrases that ask a number after "what was the ...": a vote's count, the dead's toll
_TALLY_PHRASES = (*(("vote", tally) for tally in _TALLIES), ("death_toll",), ("body_count",))
# (words that say which tally, not what it counts: "the latest tally on pier repairs")
_TALLY_LEADS = frozenset("latest recent current official updated final total overall exact "
                         "rough new last".split())
_COUNT_LEADS = frozenset({"the", "what", "total", "overall", "exact", "rough", "final", "whole"})


# Words for money that, before "number", ask a sum ("the trade deficit number"); not those that
# count what was lost ("the job loss number") or a toll (a death toll, or a road's)
_SUM_WORDS = MONEY_WORDS - frozenset("loss losses damage damages toll tolls".split())


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


def _asked_thing(tokens: list[str]) -> frozenset[str]:
    """"What was the fare when ...?", "what's the crossing time ...?": the words naming the
    thing asked, which a fact named for them gives; "which ferries did Holt skipper?": the
    thing the question asks which of (a `ferries` fact)."""
    if tokens[:1] == ["which"]:
        thing = list(itertools.takewhile(lambda t: t not in STOP and t.isalpha(), tokens[1:]))
        # ("which skipper sailed the Tern?": the skipper, not a sailing; the verb ends the run)
        thing = thing[:1] + list(itertools.takewhile(lambda t: not past_tense(t), thing[1:]))
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


# "how far up was the roof thrown?": a height ("how far up the coast" is a distance)
_UPWARD = frozenset("up above upward upwards".split())
# ("how far up river", "how far down south": a way along, no height or depth)
_WAYS = frozenset("river stream north south east west coast country valley".split())


def _depth_words(tokens: list[str]) -> set[str]:
    """The words of "how far down" that ask a depth, read as "how deep", and of "how far up"
    that ask a height, read as "how high"; else none."""
    for i in range(len(tokens) - 2):
        if tokens[i : i + 2] != ["how", "far"] or tokens[i + 2] in ("down", "up") and (
                tokens[i + 3 : i + 4] and tokens[i + 3] in _ALONG | _WAYS):
            continue
        if tokens[i + 2] in _DOWNWARD:
            return {"deep", tokens[i + 2]}
        if tokens[i + 2] in _UPWARD:
            return {"high", tokens[i + 2]}
    return set()


# "how far inside was the team found?", "how far from shore did the ferry sink?": a distance
# in a unit ("how far did the fares fall?", "how far into the season" ask no distance)
_OUTWARD = frozenset("inside away from offshore inland upstream downstream".split())
_MOVING = frozenset("going moving travelling traveling sailing steaming flying driving "
                    "running".split())
# After "how", the words that ask for a temperature and say what it is about
_FELT = frozenset({"cold", "hot", "warm"})
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


def _deal_worth(word: str, tokens: list[str],
                openers: tuple[tuple[str, ...], ...] = (("how", "much"),)) -> bool:
    """"How much was the naming deal worth?": the worth of an agreement (or a voucher) is the
    sum agreed, which its entry gives as a cost or an amount (not "what is Acme worth?": a
    valuation)."""
    # ("how much were the vouchers the line sent out worth?": the thing valued may stand
    # anywhere between "how much" and "worth", though not in a clause of its own: "how much
    # is the tug that changed hands in the deal worth?" values the tug)
    # ("what was the harbour board's deal with Acme worth?" asks it too, with the opener
    # "what", though only an entry named for the deal can say: see `declines._shaped`)
    return word == "worth" and any(t == "worth" and (tokens[i - 1] in _VALUED or any(
        tuple(tokens[j:j + len(opener)]) == opener and not _VALUED.isdisjoint(
            itertools.takewhile(lambda w: w not in _RELATIVES, tokens[j + len(opener):i]))
        for j in range(i) for opener in openers))
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


# A topic put before a dash ("the Gullport harbour master - when did she start?") says which
# one is meant, as a leading clause does, not what is asked of it
_TOPIC_LEAD = re.compile(
    r"\s*[^-–—,?]{3,80}?\s+[-–—]+\s+(what|who|when|where|why|how|which)\b", re.IGNORECASE)


def _background(tokens: list[str], setters: frozenset[str] = _SCENE_SETTERS) -> frozenset[str]:
    """The words after a conjunction that sets the scene of the question ("how many were aboard
    when the fire started", "how much fuel did it burn before the council stopped it")."""
    for i, token in enumerate(tokens[2:], 2):
        if token in setters:
            return frozenset(tokens[i + 1:])
    return frozenset()


_MAKES = frozenset("make makes made making".split())
_OBJECT_LEADS = frozenset("the a an their its his her our your those these that this".split())
# (not "it": "make it back", "make it through" say getting somewhere)
_PRONOUN_OBJECTS = frozenset("them him her us me everyone anyone someone".split())


def causing(tokens: list[str]) -> frozenset[str]:
    """"did the council make the ferry stop?": the "make" that only says someone caused what
    follows, not a making of anything; the thing done ("stop") is what is asked."""
    found = set()
    for i, token in enumerate(tokens):
        if token not in _MAKES or i + 2 >= len(tokens):
            continue
        start = i + 1 + (tokens[i + 1] in _OBJECT_LEADS)
        # (someone made to do it is one of many, or a pronoun: "made the big valve stack" is
        # a stack made)
        ends = [i + 2] if tokens[i + 1] in _PRONOUN_OBJECTS else [
            end for end in (start + 1, start + 2) if end < len(tokens)
            and all(t not in STOP for t in tokens[start:end]) and _plural(tokens[end - 1])]
        # (the verb of the thing done is never the last word: "did Acme make the pier deck?")
        if any(end < len(tokens) - 1 and _bare_verb(tokens[end]) for end in ends):
            found.add(token)
    return frozenset(found)


def _bare_verb(word: str) -> bool:
    """"stop", "sell", "chip_in": a verb as it comes after "make them" (not "fares", "to")."""
    word = word.split("_")[0]
    return (word.isalpha() and word not in STOP and not _plural(word)
            and (bool(irregular(word)) or english(f"{word}ed") or english(f"{word}d")
                 or english(f"{word}{word[-1]}ed")))


def _plural(word: str) -> bool:
    """"writers", "parks" (not "bonus", "status", "press", "analysis")."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is")) and word.isalpha()


_STARTS = frozenset("start starts started starting begin begins began beginning".split())
# "how did X describe / justify it": the words X put it in
_PUTTING = frozenset("describe described characterize characterized characterise characterised "
                     "portray portrayed justify justified explain explained".split())
def _line_said(tokens: list[str]) -> bool:
    """"Holt's line about the levy": a saying of someone's (not "the line's owner", "a line of
    credit", "Gull Rail's line on the north shore")."""
    return any(tokens[j] == "s" and tokens[j + 1] in ("line", "lines")
               and tokens[j + 2] == "about" for j in range(len(tokens) - 2))


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
# (and "what did the inquiry say should change?": what it recommended)
_CLAUSE_STARTS = frozenset("the a an its their his her was were is are had has have would will "
                           "could should must needed".split())


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


def _told_to(tokens: list[str]) -> bool:
    """"what did the harbour board tell skippers to do?": an order is asked, which an entry
    may give in any words, not something said in quotes."""
    # (not "what did she tell the board about plans to sell?": the plans are to sell; nor
    # "... tell reporters prior to her arrest?"; "what were skippers told to do?" is one)
    for i, t in enumerate(tokens):
        # ("what did the alarm tell each of the two crews to do?": "each of" lets those told
        # take five words)
        shared = tokens[i + 1 : i + 2] and tokens[i + 1] in _SHARES_OF and (
            tokens[i + 2 : i + 3] == ["of"])
        told = tokens[i + 1 : i + (8 if shared else 6)]
        if t in _TELLING and "to" in told and (told.index("to") or t == "told"):
            at = told.index("to")
            after = told[at + 1 : at + 2]
            # ("each of the crews" is no telling of anything)
            between = [w for j, w in enumerate(told[:at])
                       if not (w == "of" and j and told[j - 1] in _SHARES_OF)]
            return (_TOLD_OF.isdisjoint(between) and bool(after)
                    and (after[0] not in STOP or after[0] == "do")
                    and not (at and told[at - 1] in _TO_PHRASES))
    return False


_TELLING = frozenset("tell told tells".split())


def _says_what(tokens: list[str]) -> bool:
    """"what did the board say caused the fire?", "... say was the cause?": what it found
    is asked (the cause), which an entry may give in any words, not its words in quotes."""
    return any(t in _SAYS and tokens[i + 1 : i + 2] and tokens[i + 1] in _CLAUSE_VERBS
               for i, t in enumerate(tokens))


_SAYS = frozenset("say said says".split())
_CLAUSE_VERBS = frozenset("""was were is are caused causes cause set_off triggered sparked led
    happened started brought""".split())
_TOLD_OF = frozenset("about of that on why how what when".split())
_SHARES_OF = frozenset("each all both some any none one two three several many most".split())
# Words that make "to" part of a phrase, not an order ("prior to", "according to")
_TO_PHRASES = frozenset("prior according reply next due addition close up thanks regard "
                        "respect relation".split())


def _thing_before_doer(tokens: list[str]) -> bool:
    """"book did Holt write": a noun, not a saying's, right before the doer's auxiliary, which
    is what is asked of the deed."""
    first = tokens[0] if tokens else ""
    return len(tokens) > 2 and first not in STOP and first not in _SAYING and (
        first not in _SPOKEN and not first.endswith("ly")) and tokens[1] in _DOER_AUXILIARIES


_DOER_AUXILIARIES = frozenset("did does do has have had will would".split())
# Nouns of what was said ("what words did Holt use?"), which keep the question a saying's
_SPOKEN = frozenset("""word words remark remarks message messages comment comments reply
    replies response responses answer answers excuse explanation line lines""".split())

# What may follow the noun of a kind of fact at the end of its phrase ("a date for it yet")
_AFTER_KIND = frozenset("for of yet on in to set given been at".split())
_KIND_ARTICLES = frozenset("a an any the there".split())
_ORDER_WORDS = frozenset("first last second third next only same".split())  # "the first time"


def _ends_phrase(after: list[str]) -> bool:
    """Does the noun before `after` (its next token, or none) end its phrase: "a date" then
    nothing, "for", "announced", "when"; not "a time limit"?"""
    return not after or after[0] in _AFTER_KIND or after[0] in _CLAUSE_OPENERS or (
        after[0].endswith("ed") and len(after[0]) > 4)


def _main_clause(tokens: list[str]) -> list[str]:
    """The tokens before the first clause opener."""
    cut = next((i for i, t in enumerate(tokens) if t in _CLAUSE_OPENERS), len(tokens))
    return tokens[:cut]


# Words that may follow "called" in a question asking a name ("what's the tunnel called where
# it happened?", "what was the ship called again?"); not "what firm called the police?"
_AFTER_CALLED = frozenset("where when that which who again".split())


def _called(tokens: list[str]) -> int | None:
    """Where "called" or "named" stands in a question asking what something is called, at the
    end or before a clause; None when the question asks no name."""
    if tokens[:1] not in (["what"], ["whats"]):
        return None
    return next((i for i in range(2, len(tokens)) if tokens[i] in ("called", "named") and (
        i + 1 == len(tokens) or tokens[i + 1] in _AFTER_CALLED)), None)


# "do we know what the Tern cost?", "could you tell me who skippered it?", "do we have a
# figure for what the pier cost?": a question asked inside another, which asks what it embeds
_ASKING = frozenset("do does can could would".split())
_ASKED_OF = frozenset("we you u anyone anybody someone somebody".split())
_KNOWING = frozenset("know have tell summarise summarize give".split())
_KNOWN_AS = frozenset("a an any".split())
_YOU = frozenset("you u".split())
_LISTING = frozenset("list name identify".split())
_FIGURE_WORDS = frozenset("figure number idea estimate".split())
_FIGURED_FOR = frozenset("for on of about".split())


def _embedded(tokens: list[str]) -> list[str] | None:
    """The question a yes/no frame asks ("do we know what the Tern cost?": "what the Tern
    cost"), or None when the message asks whether something is so ("do we know if the pier
    reopened?", "do you have the ferry's number?")."""
    if len(tokens) < 4 or tokens[0] not in _ASKING or tokens[1] not in _ASKED_OF:
        return None
    # ("can you list the nine staff the report named?": a request to list them, as "list the
    # nine staff ..." is, not a question whether one can)
    listing = tokens[3:] if tokens[2] == "please" else tokens[2:]
    if tokens[1] in _YOU and listing[:1] and listing[0] in _LISTING and listing[1:]:
        return listing
    if tokens[2] not in _KNOWING:
        return None
    rest = tokens[3:]
    if rest[:1] in (["me"], ["us"]):
        rest = rest[1:]
    if rest[:1] and rest[0] in _KNOWN_AS and rest[1:2] and rest[1] in _FIGURE_WORDS and (
            rest[2:3] and rest[2] in _FIGURED_FOR):
        rest = rest[3:]  # "a figure for what the Tern cost"
    elif rest[:2] in (["any", "idea"], ["an", "idea"]):
        rest = rest[2:]  # "does anyone have any idea how much the Tern cost?"
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
            if kind == "amount" and asks_margin(tokens):
                return "quantity"  # "by how much did Gullport lose?": a margin, not money
            # (not "how much did the slow rollout cost?": a sum)
            if kind == "amount" and not _MOVED_BY.isdisjoint(tokens) and (
                    _MONEY_SAID.isdisjoint(tokens)):
                return "quantity"  # "how much did the bug slow logins?": a time, no money
            return kind
    if _called(tokens) is not None:
        return "names"  # "what's the new tugboat called?": its name
    if tokens[:1] == ["what"] and _SAYING.isdisjoint(tokens) and any(
            _has_phrase(tokens, tally) for tally in _TALLY_PHRASES):
        return "count"  # "what was the council's vote count?", "the death toll?": a number
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
                if kind in ("what", "which") and follower and follower[0] in NEXT_NOUN_TYPES and (
                        not _place_within(follower[0], tokens)):
                    return NEXT_NOUN_TYPES[follower[0]]
                # "what was Holt's line about the levy?": her words
                if kind == "what" and _line_said(tokens[i + 1:]):
                    return "said"
                # (not "what was the vote when the court said ...": a saying in passing)
                # (not "what book did Holt write?": the book is asked, not her words)
                if kind == "what" and _SAYING & set(_said_clause(tokens[i + 1 :])) and not (
                        _thing_before_doer(tokens[i + 1 :]) or _told_to(tokens[i + 1 :])
                        or _says_what(tokens[i + 1 :])):
                    # "what did the yard say the repairs would cost?": a sum
                    return "amount" if _priced(tokens) else "said"
                pairs = zip(tokens, tokens[1:], strict=False)
                # "how did Holt describe the deal?": in her words
                if kind == "how" and not _PUTTING.isdisjoint(tokens[i + 1:]):
                    return "said"
                if kind == "duration" and any(t == "in" and _DISTANCE_UNIT.fullmatch(u)
                                              for t, u in pairs):
                    return "length"  # "how long is the line, in miles?"
                if opener == ("how", "fast") and _asks_deadline(tokens[i + 2:]):
                    return "duration"  # "how fast must a ferry report a fire?": a time limit
                if kind == "duration" and _in_pages(tokens):
                    return "pages"  # "how long is the report, page-wise?": its pages
                if kind == "what" and _behind(tokens[i + 1 : i + 5]):
                    return "why"  # "what was behind the ferry's delays?": their cause
                if kind == "what" and _deal_worth("worth", tokens, (("what",),)):
                    return "amount"  # "what was the pier deal worth?": the sum agreed
                if kind == "what":  # "what was the lowest temperature": a temperature
                    # (not "what happens to an operator who ...": a clause, not a noun)
                    noun = next((NOUN_TYPES[t] for t in _main_clause(head[i + 1 : i + 6])
                                 if t in NOUN_TYPES and t not in QUESTION_WORDS), None)
                    # "what's the order's number?": a number, as "what number" asks one
                    # (not "the number one complaint")
                    numbered = any(t == "number" and tokens[j + 1 : j + 2] not in (
                        ["of"], ["one"], ["two"], ["1"], ["2"])
                                   for j, t in enumerate(tokens[i + 1 :], i + 1))
                    # ("what was the trade deficit number?": a sum, as "the revenue number")
                    if numbered and not noun and any(
                            t == "number" and tokens[j - 1] in _SUM_WORDS
                            for j, t in enumerate(tokens[i + 1 :], i + 1)):
                        return "amount"
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


# Words that say a thing must be done ("have to", "must", "is required to")
_MUST = frozenset("must required obliged supposed".split())
# ... within this many words of "how fast" ("how fast do harbour crews have to report")
DEADLINE_REACH = 5
_TO_MOVE = frozenset("go goes travel travels sail sails move moves fly flies drive drives".split())


def _asks_deadline(after: list[str]) -> bool:
    """Do the few words right after "how fast" say the thing must be done ("do crews have to
    report", "must it be filed"), so that a time limit is asked, not a speed? Not of moving
    ("how fast does the ferry have to go to cross in an hour?")."""
    near = after[:DEADLINE_REACH]
    return _MOVING.isdisjoint(after) and _TO_MOVE.isdisjoint(after) and (
        not _MUST.isdisjoint(near) or any(a in ("have", "has", "need", "needs") and b == "to"
                                          for a, b in zip(near, near[1:], strict=False)))


def _behind(after: list[str]) -> bool:
    """Do the words after "what" ask what lies behind something ("what was behind", "what's
    really behind", "what lay behind"): its cause?"""
    rest = list(itertools.dropwhile(lambda t: t in _BE | _LYING | _MERELY, after))
    return len(rest) < len(after) and rest[:1] == ["behind"]


_LYING = frozenset("s lay lies lying".split())
_MERELY = frozenset("really actually truly exactly".split())


def _time_asked(tokens: list[str]) -> bool:
    """Does "how much" ask a time ("how much time", "how much jail time", "how much notice",
    "how much warning": a time ahead)?"""
    at = next((i + 2 for i in range(len(tokens) - 1) if tokens[i : i + 2] == ["how", "much"]),
              None)
    return at is not None and (any(t == "time" or t.endswith("_time") or t.startswith("time_")
                                   for t in tokens[at : at + 2])
                               or (tokens[at : at + 1] in (["notice"], ["warning"])
                                   and tokens[at + 1 : at + 2] not in (["pay"], ["period"])))


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
    """Words written as names: capitalised mid-sentence, or in capitals ("UK", "Dana Holt").

    A question about a name the store has never seen is about something else. Title-case
    questions ("Who Signs The Order?") say nothing about names, so they give none.
    """
    raw = _RAW_WORD.findall(text)
    capitals = [w for w in raw[1:] if not any(ch.isdigit() for ch in w)
                and (w[:1].isupper() or any(ch.isupper() for ch in w[1:]))]
    if len(raw) < 2 or len(capitals) * 2 > len(raw):
        return set()
    return {w.casefold() for w in capitals}


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

# An opening that only stops to ask: "wait, what was ...", "hang on - who ..." (not "how long
# did they wait")
_HOLD_ON = re.compile(r"^\W*(?:wait|hold on|hang on)\b[\s,.!:-]*(?=(?:so|but|what|who|when|where|"
                      r"why|how|which|is|was|did|does|do|are|were|has|have)\b)", re.IGNORECASE)

# Words that only look back or ask to be agreed with: "back in 2022", "..., right?" (not
# coming back in May, nor turning right)
# A year written with two digits ("back in '68", "in 09?"): after "in", "since" and the like,
# ending the phrase (not "in 68 days", "in 20%", "of 13+ episodes"), or after an apostrophe
_SHORT_YEAR = re.compile(r"(?:(?<=\bin )|(?<=\bsince )|(?<=\bfrom )|(?<=\buntil )|(?<=\bof ))"
                         r"['’]?(\d\d)(?=[ \t]*(?:[?!;:)]|[.,](?!\d)|$))"
                         r"|(?<![\w'’])['’](\d\d)\b(?!['’\w])", re.IGNORECASE)
# A year of the last century written with two digits after "the" ("the 58 final"), which no
# count can be when a word for one follows
_NAMED_YEAR = re.compile(r"(?<=\b(?i:the) )([4-9]\d)(?=\s+[a-z])")
_PEOPLE_WORDS = frozenset("men women people children crew staff police personnel".split())
_NOT_AFTER_YEAR = _PEOPLE_WORDS | frozenset(
    "who that which were was had have are is of in on to at and or lost dead aboard million "
    "billion thousand percent per hour minute second day week month year yr hr min mile foot "
    "feet km kg ton tonne metre meter inch degree mph knot times more "
    "got went left came took made all never still also now then "
    "did didnt wasnt werent wont cant could would will can may might must should".split())
# (up to a few years ahead: "the deadline in '29")
_CENTURY_TURN = date.today().year % 100 + 5


def full_years(text: str) -> str:
    """The text with each year written with two digits written with four ("in '68": "in
    1968"): of this century up to a few years from now, of the last one after that; and "the
    58 final", a number no count can be, as "the 1958 final"."""
    def full(match: re.Match) -> str:
        short = int(match.group(1) or match.group(2))
        return str((2000 if short <= _CENTURY_TURN else 1900) + short)

    def named(match: re.Match) -> str:
        after = [w.strip(",.;:?!").replace("'", "").replace("’", "").casefold()
                 for w in text[match.end():].split(maxsplit=2)[:2]]
        # ("the 58 cup final": no count of a plural or a unit; not "the 84 lost", "the 72 who
        # died", "the 54 hour bill", nor, a word later, "the 60 other passengers")
        if after and (after[0] in _NOT_AFTER_YEAR or after[0].endswith(("ed", "s"))) or (
                after[1:] and (after[1] in _PEOPLE_WORDS or (
                    after[1].endswith("s") and not after[1].endswith("ss")))):
            return match.group()
        return str(1900 + int(match.group(1)))
    return _SHORT_YEAR.sub(full, _NAMED_YEAR.sub(named, text))


# A clarifying "not X" that says what is not asked ("how many were injured (not killed,
# injured)?", "who insured the hull? not the P&I club, the hull side"): none of its words are
_NOT_THIS = re.compile(r"\(\s*not\s+[^,;()]*[,;]\s*|(?<=[?!])\s*not\s+[^,;?!.]*[,;]\s*",
                       re.IGNORECASE)
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
_NOT_NOUNS = frozenset("became become hit put set let next else now then".split())
_WANTED_SKIP = frozenset("kind sort type of exact exactly specific actual particular".split())


def _place_within(word: str, tokens: list[str]) -> bool:
    """"What town in Gullshire ...?": a place in a place named, which the briefing must name
    as that kind of place (a fact giving the county is no answer), not any place as "where"."""
    return NEXT_NOUN_TYPES.get(word) == "where" and any(
        token == word and tokens[i + 1 : i + 2] == ["in"] for i, token in enumerate(tokens))


def _wanted(word: str, tokens: list[str], unknown: list[str]) -> bool:
    """Is this word the thing asked for: the noun after "what"/"which" ("what processor did it
    use?") or "the name of" ("the name of the purser"), or one of two choices offered
    ("snapdragon or exynos")? A word the store has never seen there is a fact the briefing
    does not hold, not chat to look past. ("what monthly limit": the noun is "limit"; "what
    country": the kind of answer, like "what date".)"""
    if "_" in word or word in NOUN_TYPES or (word in NEXT_NOUN_TYPES
                                             and not _place_within(word, tokens)):
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
        # (or a past verb: "which governor set up the zone?" asks the governor who did)
        ends = not after or (after[0] in STOP and after[0] != "s") or (
            tokens[j:j + 1] == ["which"] and j == i - 1 and past_tense(after[0]))
        # (not a verb: "what happens to ...", "what caused it", "what drove it", "what next")
        verb = word.endswith(("s", "ed", "ing")) or bool(irregular(word)) or word in _NOT_NOUNS
        if j >= 0 and tokens[j] in _WANTED_AFTER and ends and not verb:
            return True
        # "what was the ship's draught?": a term after the possessive is what is asked (an
        # everyday word there, "X's job", "X's excuse", may be what a fact says in other words)
        if (before == ["s"] and tokens[:1] and tokens[0] in _WANTED_AFTER and ends and not verb
                and not everyday(word)):
            return True
        # "what's the name of the chief purser?": the one whose name is asked (a word before it
        # may say which: "chief"; not a word for anyone, "the bloke who ran it")
        if ends and not verb and word not in _ANYONE_WORDS and any(
                tokens[p:p + 2] == ["name", "of"] and tokens[p + 2] in _WHOSE
                and all(t not in STOP for t in tokens[p + 3:i])
                for p in (i - 3, i - 4) if p >= 0):
            return True
        # "what was Holt's inmate number?": the word saying which number, name or code
        if (after and after[0] in _LABEL_NOUNS and tokens[-1] == after[0] and tokens[:1]
                and tokens[0] in _WANTED_AFTER and not verb):
            return True
    return False


# Nouns for a label something is known by, which the word before says ("inmate number")
_LABEL_NOUNS = frozenset("number name code id nickname address".split())
# Words for anyone at all, which say only that a person is asked, no post or trade ("the
# agency lady", "the name of the bloke who ...")
_ANYONE_WORDS = frozenset("lady ladies guy guys woman women man men person bloke chap fella "
                          "gal gentleman".split())
# The words before one whose name is asked ("the name of the purser", "of their purser")
_WHOSE = frozenset("the a an that this his her their its".split())


def _typed_lower(word: str, text: str) -> bool:
    """Is `word` in `text`, and typed in lower case wherever it is?"""
    typed = re.findall(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE)
    return bool(typed) and all(t.islower() for t in typed)


def _acronym_name(name: str) -> bool:
    """Is `name` one acronym, in capitals or mostly ("HPA", "HbR"), or its plural ("TUGs")?"""
    word = normalize_name(name)
    return " " not in word and any(_typed_as_acronym(w, name)
                                   for w in {word, word.removesuffix("s")})


def _typed_as_acronym(word: str, text: str) -> bool:
    """Is `word` typed in capitals ("DOJ", "HHS"), or mostly ("DoD"), or in capitals around
    a small joining word ("HofG": Harbour of Gullport)?"""
    return (word.isalpha() and 2 <= len(word) <= 5 and any(
        sum(map(str.isupper, short)) >= max(2, len(short) - 1) and short[0].isupper()
        and short[-1].isupper()  # ("DoD", not "INc")
        for typed in re.findall(rf"\b({re.escape(word)})s?\b", text, re.IGNORECASE)
        for short in {typed, _INNER_JOIN.sub("", typed)}))


# A joining word typed small inside an acronym: the "of" of "HofB"
_INNER_JOIN = re.compile(r"(?<=[A-Z])(?:of|and)(?=[A-Z])")


def _has_phrase(tokens: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(tokens[i : i + n]) == phrase for i in range(len(tokens) - n + 1))


_STOP_STEMS = frozenset(stem(w) for w in STOP)


def _name_concept(span: list[str], slug: str) -> Concept:
    # (a word of a name that stems as a small word does, the "Wa" of "Osprey no Wa" as "was",
    # is held by every sentence)
    alts = frozenset(stem(w) for w in span if w not in STOP and stem(w) not in _STOP_STEMS) or (
        frozenset(stem(w) for w in span if w not in STOP))
    # (the number of "the Mark 8" tells it from the Mark 7, however much else is shared)
    # ("Pier A" from Pier B, "Berth C" from Berth A: a letter ending a name is its number)
    number = span[-1] if len(span) > 1 and (span[-1].isdigit() or (
        len(span[-1]) == 1 and span[-1].isalpha())) else None
    return Concept(" ".join(span), tuple(span), alts, slug=slug, need=max(1, len(alts) // 2),
                   number=number)


_DISTANCE = (r"nautical\s+miles?|nmi|"
             "m|metres?|meters?|km|kilometres?|kilometers?|feet|foot|ft|miles?|mi|inches|cm|mm|"
             "yards?|storeys?|stories|floors?")
_DISTANCE_UNIT = re.compile(_DISTANCE)  # a word that is one: "in miles"


def _in_pages(tokens: list[str]) -> bool:
    """Does the question ask for a length in pages: "page-wise", "in pages"?"""
    pairs = set(zip(tokens, tokens[1:], strict=False))
    return "pagewise" in tokens or bool({("page", "wise"), ("in", "pages")} & pairs)


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
_NOT_PER = frozenset("the a an cent capita its his her their our my your this that each every "
                     "se".split())


# "each household (actually) get", "each child end up getting": the one a share goes to
# (the noun right before the verb: "each bereaved family receive", "each US user end up
# getting", "each victim's family actually get")
_EACH_GETS = re.compile(r"\b(?:each|every)[\s-]+(?:[\w'’]+\s+){0,2}?([^\W\d_]+)\s+"
                        r"(?:(?:actually|really|eventually|finally|ever)\s+)?"
                        r"(?:gets?|getting|got|receives?|receiving|received|ends?\s+up)\b",
                        re.IGNORECASE)
# "how much did Holt and Reyes each get?", "... receive each?", "... apiece": a share for one of
# them, whoever they are
_EACH_ONE = re.compile(r"\b(?:each|apiece)\s+(?:(?:actually|really|eventually)\s+)?(?:gets?|got|"
                       r"getting|receives?|received|receiving|ends?\s+up|ended\s+up|paid|"
                       r"was\s+paid|were\s+paid)\b|\b(?:gets?|got|getting|receives?|received|"
                       r"receiving|paid)\s+(?:\w+\s+)?(?:each|apiece)\b", re.IGNORECASE)
# The rate of a figure asked for one of those named, whoever they are (see `rate_asked`)
EACH_ONE = "*"


def rate_asked(text: str, qtype: str) -> str | None:
    """The period or thing a figure asked is for (see `_rate`); of a sum asked for each of
    those named ("how much did Holt and Reyes each get?"), `EACH_ONE`."""
    rate = _rate(text, asked=True)
    if rate is None and qtype == "amount" and _EACH_ONE.search(text):
        return EACH_ONE
    return rate


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
            # ("how much does each household get?": a share for one of them, not the total)
            each = _EACH_GETS.search(text)
            word = each.group(1).casefold() if each else ""
            if each and word in STOP:  # ("each resident likely to get": the resident)
                word = words(text[each.start():])[1]
            if everyday(word) and not _plural(word) and word not in _NOT_PER and word not in STOP:
                return _period_or_stem(word)
        return None
    if match.group("unit"):
        return match.group("unit").casefold()
    adjective = match.group("adj").casefold()
    return next(unit for unit, words in _PERIODS.items() if adjective in words.split("|"))


def _period_or_stem(word: str) -> str:
    return word[:-1] if word[:-1] in _PERIODS else word if word in _PERIODS else stem(word)


# Verbs that spend money, and those of them that also say what a thing cost to make
# (not "costs", a noun: "how much do the contracts add to production costs, according to ...")
_SPENDING = frozenset("spend spends spent spending cost costing".split())
# "end up with", "wound up with" as one token (not "caught up with": an arrest)
_ENDED_WITH = frozenset("_".join(run) for run in IDIOMS if run[1:] == ("up", "with")
                        and run[0] not in ("catch", "caught", "catches", "catching"))
_DAY_WORDS = frozenset(_DAYS.split())
_HEDGES = frozenset("actually exactly really currently even still".split())
# ... and adverbs of time or hearsay before the verb of a deed ("who eventually bought it?",
# "who first figured it out?"), which are no role ("who was the first to report it?")
_BEFORE_DEED = _HEDGES | frozenset("eventually finally ultimately originally initially first "
                                   "later officially allegedly reportedly supposedly".split())


def _deed(tokens: list[str]) -> str | None:
    """"Who wrote the report?", "who actually signed it?": the verb after "who", the deed
    whose doer is asked (not "who is", "who did", "who has")."""
    rest = [t for t in tokens[1:3] if t not in _BEFORE_DEED]
    if tokens[:1] != ["who"] or not rest or rest[0] in STOP:
        return None
    # (a past form: "wrote", "signed"; not "red", "speed", "hundred")
    verb = rest[0]
    past = verb.endswith("ed") and len(verb) > 4 and not verb.endswith(("eed", "dred"))
    return verb if past or irregular(verb) else None


_RELATIVES = frozenset("who whom whose that which".split())
# Units as facts write them: "40 m" counts metres, "5,500 mi" miles.
_UNITS = {"metre": "m", "meter": "m", "kilometre": "km", "kilometer": "km", "mile": "mi",
          "foot": "ft", "feet": "ft", "kilogram": "kg", "pound": "lb", "gallon": "gal",
          "barrel": "bbl", "hour": "hr", "megawatt": "mw", "gigawatt": "gw", "gigabyte": "gb",
          "terabyte": "tb"}
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
# (and the people of a place: "how many residents" of "40,000 people affected"; not workers:
# "40 people injured" may be riders)
_NATIONALS = frozenset("nationals national citizens citizen".split())
_GROUPS_OF_PEOPLE = frozenset("""crew crews crewmembers personnel residents inhabitants
    citizens""".split())
_PERSONS = frozenset("people person persons".split())
_PEOPLE = """
people person persons population residents inhabitants citizens members visitors guests
customers clients passengers riders commuters travellers travelers employees workers staff
staffers crew team personnel workforce headcount officers officials volunteers students pupils
children kids adults men women patients victims deaths dead killed injured injuries fatalities
casualties survivors miners engineers specialists experts doctors nurses lawyers firefighters
police soldiers troops sailors pilots drivers users subscribers viewers readers fans attendees
spectators protesters voters households families turnout attendance crowd crowds
""".split()
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


# The words of harm among those `_PEOPLE` counts: "no one was killed" counts the dead, which
# "how many people were aboard?" does not ask ("how many people died?" does)
_HARMED = frozenset(stem(w) for w in "deaths dead killed injured injuries fatalities casualties "
                    "survivors".split())
_HARM_ASKED = frozenset(stem(w) for w in "die died dies dying dead death deaths kill killed "
                        "killing injure injured injuries injury hurt casualties fatalities fatal "
                        "survive survived survivors survivor perish perished wounded lost "
                        "toll".split())


def unharmed(counting: frozenset[str], tokens: list[str]) -> frozenset[str]:
    """What "how many people" counts, less the words of harm when the question asks of none."""
    if _HARM_ASKED.isdisjoint(stem(t) for t in tokens):
        return counting - _HARMED
    return counting


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
    # ("how many German nationals died?": "37 Germans", a count of people by their country)
    if noun in _NATIONALS:
        found |= {stem(w) for w in COUNTRY_WORDS}
    return frozenset(found | {_UNIT_STEMS[s] for s in found if s in _UNIT_STEMS})


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


def synonyms_of(word: str) -> list[str]:
    """The lexicon's other words for `word`, or for another form of it ("makes": "make"), and
    the word spelt the other side of the Atlantic ("licence": "license"); for an idiom token
    ("pull_the_plug"), its plain words."""
    if "_" in word or word in _IDIOM_WORDS:  # ("holdup", "pricetag": a run of one word)
        return _IDIOM_WORDS.get(word, [])
    # Another form is a few letters more or less ("tanked", "investigations"); "internal" is
    # no form of "international", though the stemmer cuts both to "intern".
    listed = SYNONYMS.get(word) or [other for listed, others in _SYNONYMS_BY_STEM.get(
        stem(word), ()) if abs(len(listed) - len(word)) <= 3 for other in others]
    other = other_spellings(word)
    return [*listed, *other] if other else listed


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


_WHO_HEADED = frozenset("who that which".split())


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
                tokens[i] not in kept) and not _preposition_at(tokens, i + 2):
            # a phrasal verb around a one-word object: "rolled it back", "kill them off"
            split = (tokens[i], tokens[i + 2])
            run = next(((r, into, 3) for r, into in _RUNS.get(tokens[i], ()) if r == split), None)
        if run is None and i + 3 < len(tokens) and tokens[i + 1] in _DETERMINERS and (
                tokens[i + 3] in _PARTICLES and tokens[i] not in kept
                and tokens[i + 2] not in kept) and not _preposition_at(tokens, i + 3):
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
    if "where" in out[:3]:
        # "where was the ship headed?": where it was bound, as "headed for" says (not "who
        # headed the inquiry?", nor "where does the judge who headed it live?")
        out = ["headed_for" if t in ("headed", "heading") and out[i - 1] not in _WHO_HEADED
               else t for i, t in enumerate(out)]
    return out


# ("when did the agency take the site off the list?": whatever is taken off something is
# removed from it, as "take it off" says)
_REMOVING_OFF = frozenset(run for run, plain in IDIOMS.items()
                          if len(run) == 2 and run[1] == "off" and "remove" in plain)


def _split_run(tokens: list[str], i: int, kept: set[str] | frozenset[str]):
    """A phrasal verb at `i` around a short object, a name or "the" and a word or two ("send
    the Tern back", "turn the pier lights back on", "turn it back on"): (its words, what it
    becomes, the object's words after it, unless a pronoun), the tokens it takes; or None."""
    # ("when did shareholders kick Lu off the board?": put off it, removed; "off the board"
    # is kept, where it was put off)
    if tokens[i] in _PUT_OFF:
        for size in _object_sizes(tokens, i + 1, kept, past_tense(tokens[i])):
            at = i + 1 + size
            if tokens[at:at + 1] == ["off"] and _preposition_at(tokens, at):
                thing = tokens[i + 1:at]
                return ("kick", "off"), ("removed", *(() if thing[0] in _OBJECTS else thing)), (
                    at - i)
    for run, into in _RUNS.get(tokens[i], ()):
        if len(run) < 2 or run[1] not in _SPLIT_PARTICLES or not into:
            continue
        for size in _object_sizes(tokens, i + 1, kept, past_tense(tokens[i])):
            end = i + 1 + size + len(run) - 1
            if tuple(tokens[i + 1 + size : end]) == run[1:] and (
                    run in _REMOVING_OFF or not _preposition_at(tokens, i + 1 + size)):
                thing = tokens[i + 1 : i + 1 + size]
                return run, (*into, *(() if thing[0] in _OBJECTS else thing)), end - i
    return None


def _object_sizes(tokens: list[str], start: int, kept: set[str] | frozenset[str],
                  past: bool = False) -> list[int]:
    """How many tokens from `start` may be the short object of a phrasal verb: a pronoun, a
    name of up to three words, "the" and one or two words, or after a verb's past one other
    word."""
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
    # ("who bailed knight out?": after a verb's past, a name typed in lower case; not "the
    # fire flare back up", "its own write-up")
    if past and first[0].isalpha() and first[0] not in STOP and first[0] not in _PARTICLES:
        return [1]
    return []


def _preposition_at(tokens: list[str], at: int) -> bool:
    """Is the particle at `at`, after an object, a preposition of its own: "kick Acme off the
    board", "throw it down the shaft" (not "kick the season off", "kick them off": done at
    the object)?"""
    # (not a time after it: "called it off the next day", "turned it down that week")
    return tokens[at] in _PLACING and tokens[at + 1 : at + 2] != [] and (
        tokens[at + 1] in _DETERMINERS or tokens[at + 1] in ("a", "an")) and (
        tokens[at + 2 : at + 3] == [] or tokens[at + 2] not in _TIME_NOUNS)


# Verbs that put someone off something by force: "kick Lu off the board" removes him
_PUT_OFF = frozenset("kick kicked kicks kicking boot booted boots booting vote voted votes "
                     "voting".split())
_OBJECTS = frozenset("it them this that him her everything".split())
_TIME_NOUNS = frozenset("next following same day week month year morning afternoon evening night "
                        "time weekend".split())
# (particles that are prepositions before a place: "off the list", "down the stairs")
_PLACING = frozenset("off down up".split())
# (not "on", "over": "settled the suit on behalf of", "took the fall over the strike")
_PARTICLES = frozenset("off back out up down away aside free".split())
# (and "with" once an object splits a run: "hit Acme Ferries with a fine")
# (and "make the toll public", "made the names known": a thing made public)
_SPLIT_PARTICLES = _PARTICLES | {"with", "public", "known"}
_DETERMINERS = frozenset("the that this those these its their his her our my your".split())


def _replace(tokens: list[str], word: str, replacement: list[str]) -> list[str]:
    out: list[str] = []
    for token in tokens:
        out.extend(replacement if token == word else [token])
    return out
