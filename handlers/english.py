"""Which words are English, and which are everyday English: word counts from the spell
checker's English dictionary (pyspellchecker), read once when first needed.

A question word the store has never seen is either everyday English the curator did not use
("boxes", "tossed") or a name or term the store does not know ("Clooney", "IP68"). The first
must not be "corrected" into a name that looks like it ("boxes" is not "Boxel"); the second is
what a fact must be about when a question names it ("how much did Ryanair lose?").
"""

import functools
import re
import threading

from spellchecker import SpellChecker

from content.text import EVERYDAY_COUNT, spell_checker

# The dictionary lists names and rare words too, most at its floor count (50); a word used this
# often is English rather than a name ("antitrust" 374, "Australia" 243, most brand names 50).
ENGLISH_COUNT = 300
# Used this often, a word is one of English's most common ("take", "big", "first"): it says
# little of what a question is about.
LIGHT_COUNT = 1_000_000
# Used this often, a word typed in lower case is the word, not an acronym spelt like it
# ("tugs", "aim"); chat types rarer ones in lower case for the acronym ("hpa", "ai").
COMMON_COUNT = 10_000
# Endings an inflected word may carry ("queries" is "query", "reboots" "reboot").
_ENDINGS = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""),
            ("ing", "e"))
# (and a verb in "-y" past, "certified": "certify")
_VERB_ENDINGS = (*((end, root) for end, root in _ENDINGS if end in ("ed", "ing")), ("ied", "y"))

_lock = threading.Lock()
_lists: tuple[frozenset[str], frozenset[str]] | None = None
_checker: SpellChecker | None = None


def everyday(word: str, prefixed: bool = True) -> bool:
    """Is `word` (lower-case) an everyday English word, or a form of one (or, unless
    `prefixed` is false, one with a prefix: "reopening", "co-" and "lapse" too)?"""
    found = _read()[0]
    return _listed(word, found) if prefixed else _inflected(word, found)


def listed(word: str) -> bool:
    """Is `word` (lower-case) itself in the spelling dictionary, however rare ("reorder",
    "reused"; not "colapse")?"""
    _read()
    return word in _checker.word_frequency.dictionary


def light(word: str) -> bool:
    """Is `word` (lower-case) one of English's most common words, or a form of one ("gave",
    "brought", "paying": give, bring, pay)?"""
    _read()
    counts = _checker.word_frequency.dictionary
    return any(counts.get(form, 0) >= LIGHT_COUNT for form in (word, *irregular(word)))


# The endings of adjectives an adverb of manner is made from ("formal", "public", "concrete")
_ADJECTIVE_ENDINGS = ("al", "ic", "ent", "ant", "ous", "ive", "ful", "ate", "ete", "ble", "ed",
                      "ct", "ire", "ote")


def common(word: str) -> bool:
    """Is `word` (lower-case) so common in English that, typed in lower case, it is the word
    rather than an acronym of the same letters ("tugs", not the "TUGs" a harbour board sold)?"""
    _read()
    return _checker.word_frequency.dictionary.get(word, 0) >= COMMON_COUNT


def manner(word: str) -> bool:
    """Is `word` (lower-case) an adverb made from an adjective ("formally", "publicly",
    "concretely", "probably"), which says how a thing was done or is put, not what it was?
    Not "monthly" or "costly", adjectives made from nouns."""
    if len(word) < 7 or not word.endswith("ly"):
        return False
    base = word[:-1] + "e" if word.endswith(("ably", "ibly")) else word[:-2]
    return base.endswith(_ADJECTIVE_ENDINGS) and english(base)


def adjective_of(word: str) -> str | None:
    """The adjective an adverb of seven letters or more is made from ("secretly": "secret",
    "heavily": "heavy", "notably": "notable"), or None: the stemmer keeps them apart."""
    if len(word) < 7 or not word.endswith("ly"):
        return None
    base = (word[:-3] + "y" if word.endswith("ily") else
            word[:-1] + "e" if word.endswith(("ably", "ibly")) else word[:-2])
    return base if english(base) else None


def english(word: str) -> bool:
    """Is `word` (lower-case) an English dictionary word, or a form of one (not a name)?
    Spelt either side of the Atlantic: the dictionary's "honoring" makes "honouring" one."""
    found = _read()[1]
    # (a noun written more often in the plural: "guideline" by "guidelines")
    # (not "witnes" by "witness": a typo dropping an "s" is still one)
    return any(_listed(w, found) or (w.isalpha() and len(w) >= 4 and not w.endswith("s")
                                     and f"{w}s" in found)
               for w in (word, *other_spellings(word)))


# A noun made from a verb, and the verb ("expansion": "expand", "failure": "fail",
# "certification": "certify"), or an
# adjective and its noun of learning ("economic": "economy", "strategic": "strategy"; not
# "specific": "specify"): the stemmer keeps such pairs apart, so a question that says one
# misses an entry that says the other.
_DERIVED = (("ansion", "and"), ("ension", "end"), ("osion", "ode"), ("ision", "ide"),
            ("usion", "ude"), ("uction", "uce"), ("ission", "it"), ("ion", "e"), ("ion", ""),
            ("ure", "e"), ("ure", ""), ("ment", ""), ("al", "e"), ("al", ""),
            ("omic", "omy"), ("egic", "egy"), ("oric", "ory"), ("ogic", "ogy"), ("phic", "phy"),
            ("ergic", "ergy"), ("ification", "ify"), ("onse", "ond"), ("ense", "end"),
            ("ence", "end"))


def derived(word: str) -> list[str]:
    """English words derived from `word` or that `word` derives from, by the common noun and
    verb endings ("expansion" <-> "expand", "closure" <-> "close", "payment" <-> "pay"), and
    those of the verb an inflected `word` is a form of ("imploding": "implosion")."""
    found = [w for base in _bases(word) for w in _derived(base) if w != word]
    return list(dict.fromkeys([*_derived(word), *found]))


def verb_of(word: str) -> list[str]:
    """The words `word` is made from by those endings ("settlement": "settle"), not those made
    from it: "settlements" do not say that anyone settled."""
    return [w for w in derived(word) if len(w) < len(word)]


def past_tense(word: str) -> bool:
    """Is `word` a verb's past ("sailed", "hired", "stopped", "sank"), not a noun that only
    ends like one ("speed", "seed")?"""
    return bool(irregular(word)) or (word.endswith("ed") and bool(_bases(word)))


def _bases(word: str) -> list[str]:
    """The verbs `word` is a past or "-ing" form of ("imploding": "implode", "scrapped":
    "scrap"): the stemmer joins the forms but not the nouns made from the bare verb. (Not a
    plural: "economics" is no form of "economic".)"""
    english_words = _read()[1]
    found = []
    for end, root in _VERB_ENDINGS:
        bare = word[: len(word) - len(end)]
        if not word.endswith(end) or len(bare) < 3:
            continue
        if root or not _doubles(bare):
            found.append(bare + root)
        if not root and len(bare) > 3 and bare[-1] == bare[-2]:
            found.append(bare[:-1])  # "scrapped" is "scrap"
    return [w for w in dict.fromkeys(found) if w != word and w in english_words]


def _doubles(verb: str) -> bool:
    """Does a verb of one syllable ending in a short vowel and a consonant double it before
    "-ed" and "-ing" ("rat": "ratted")? Then "rated" is no form of it but of "rate" (whose
    "ration" is another word)."""
    return len(re.findall(r"[aeiouy]+", verb)) == 1 and bool(
        re.search(r"(?:^|[^aeiou])[aeiou][^aeiouwxy]$", verb))


def _derived(word: str) -> list[str]:
    found = []
    specific = False  # "expansion" is "expand" by its own ending, not "expanse" by "-ion"
    for noun, verb in _DERIVED:
        if word.endswith(noun) and not (specific and noun == "ion"):
            stem_ = word[: len(word) - len(noun)]
            # ("final" is no "fine", nor "total" a "tote": "-al" needs a longer stem)
            if len(stem_) >= {"ion": 5, "al": 4}.get(noun, 3):
                found.append(stem_ + verb)
                specific = specific or len(noun) > 3
        if verb and word.endswith(verb) and len(word) - len(verb) >= (4 if noun == "al" else 2):
            found.append(word[: len(word) - len(verb)] + noun)
        elif not verb and noun != "al" and len(word) >= 3:
            found.append(word + noun)  # "pay": "payment"; not "nation": "national"
    # A past form and the one who does it ("directed": "director", "regulated": "regulator")
    for past, agent in _AGENTS:
        if word.endswith(past) and len(word) - len(past) >= 3:
            found.append(word[: len(word) - len(past)] + agent)
    english_words = _read()[1]
    return [w for w in dict.fromkeys(found) if w != word and w in english_words
            and frozenset((word, w)) not in _UNRELATED]


_AGENTS = (("cted", "ctor"), ("ated", "ator"))

# Words the endings above join that English does not: neither is made from the other ("bill"
# and "billion", "state" and "station", "depart" and "department", "miss" and "mission").
_UNRELATED = frozenset(frozenset(pair.split("-")) for pair in """
accord-accordion commence-commend intense-intend suspend-suspense reverend-reverence
spend-spence affect-affection all-allure admiral-admire
animal-anime ass-assure
audit-audition aug-augment base-basement bill-billion capt-caption capt-capture champ-champion
com-comment command-commandment commission-commit complex-complexion composite-composition
concept-conception content-contention content-contentment convent-convention create-creature
critic-critical cult-culture defect-defection definite-definition dent-dental
depart-department deposit-deposition dict-diction digit-digital discrete-discretion
divers-diversion end-endure expanse-expansion expedite-expedition fact-faction feat-feature
fig-figure form-formal format-formation global-globe ins-insure install-installment
intern-internal later-lateral lot-lotion man-manure mar-marion marsh-marshal mate-mature
min-minion mine-minion miss-mission nate-nature not-notion note-notion one-onion
opposite-opposition opt-option pass-passion past-pasture petit-petition petite-petition
pleas-pleasure please-pleasure port-portal port-portion posit-position post-posture pot-potion
pre-prion primal-prime process-procession quest-question rate-ration recess-recession
recreate-recreation reg-region resolute-resolution sec-secure secret-secretion sever-several
several-severe sign-signal spiral-spire stat-station stat-stature state-station state-stature
success-succession superficial-superficie temperate-temperature ten-tenure tens-tension
text-texture tor-torment tort-torture transit-transition tribunal-tribune universal-universe
vacate-vacation vent-venture virtual-virtue
""".split())


# Verbs whose past forms the stemmer cannot join to them ("broke" is "break"). Words with a
# second everyday meaning are left out ("found", "left", "saw", "led", "bit", "stuck", "rose",
# "mean", "shot", "sat", "won", "draw", "ring", "tear").
_IRREGULAR = """
arise arose arisen|begin began begun|blow blew blown|break broke broken|
bring brought|build built|buy bought|catch caught|choose chose chosen|come came|
dig dug|drive drove driven|eat ate eaten|fight fought|fly flew flown|
forbid forbade forbidden|forget forgot forgotten|forgive forgave forgiven|freeze froze frozen|
get got gotten|give gave given|go went gone|grow grew grown|hang hung|hide hid hidden|
hold held|keep kept|know knew known|lose lost|make made|meet met|pay paid|
ride rode ridden|rise risen|run ran|say said|seek sought|sell sold|
send sent|shake shook shaken|sing sang sung|sink sank sunk|sleep slept|
speak spoke spoken|spend spent|stand stood|steal stole stolen|
strike struck stricken|swear swore sworn|swim swam swum|take took taken|teach taught|
tell told|think thought|throw threw thrown|understand understood|
wake woke woken|wear wore worn|weave wove woven|withdraw withdrew withdrawn|
write wrote written|lend lent|flee fled|bleed bled|deal dealt|hear heard|sweep swept|
slide slid|mislead misled|undergo underwent undergone|uphold upheld|withhold withheld|
overthrow overthrew overthrown|undertake undertook undertaken|foresee foresaw foreseen|
become became|overcome overcame|feed fed|lay laid|shrink shrank shrunk|spin spun|swing swung
"""
_FORMS = {form: tuple(f for f in verb if f != form)
          for verb in (tuple(line.split()) for line in _IRREGULAR.replace("\n", "").split("|"))
          for form in verb}


def irregular(word: str) -> tuple[str, ...]:
    """The other forms of an irregular verb ("broke": "break", "broken")."""
    return _FORMS.get(word, ())


# The verbs left out above, by their base form only: "leave" is said "left" ("when did the
# skipper leave?" of "she left in May"), though "left" alone may be a side and no leaving.
_PAST_ONLY = {verb[0]: verb[1:] for verb in (line.split() for line in """
bite bit bitten|find found|lead led|leave left|mean meant|rise rose|see saw seen|
shoot shot|sit sat|stick stuck|tear tore torn|win won""".replace("\n", "").split("|"))}


def past_forms(word: str) -> tuple[str, ...]:
    """The other forms of an irregular verb given in its base form ("leave": "left"), and of
    one that `irregular` knows ("broke": "break", "broken"), or in "-ing" ("flying": "fly",
    "flew", "flown")."""
    forms = (*_PAST_ONLY.get(word, ()), *irregular(word))
    if forms:
        return forms
    # (not one that doubles its last letter, "sitting": that is as often no sitting at all,
    # "sitting on the report")
    for end, root in (("ing", ""), ("ing", "e")):
        base = word[: len(word) - len(end)] + root
        if word.endswith(end) and base in _BASES:
            return (base, *_PAST_ONLY.get(base, ()), *irregular(base))
    return ()


# The irregular verbs by their base form only ("slide", not "slid": "sliding" is no "slid-ing")
_BASES = frozenset([*(line.split()[0] for line in _IRREGULAR.replace("\n", "").split("|")),
                    *_PAST_ONLY])


# Doers English does not name with "-er" or "-or" ("who wrote the report?": its `author`).
_OTHER_DOERS = {verb: tuple(nouns.split()) for verb, nouns in (line.split(":") for line in """
write:author authors|steal:thief thieves|fly:pilot pilots|shoot:gunman gunmen|lie:liar|
sue:plaintiff plaintiffs claimant claimants|cook:chef""".replace("\n", "").split("|"))}


def doers(verb: str) -> frozenset[str]:
    """The nouns for one who does what a past-tense verb says ("wrote": writer, "directed":
    director, "built": builder, "operated": operator; "wrote": author)."""
    bases = {verb, *irregular(verb)}
    if verb.endswith("ed") and len(verb) > 4:
        bases |= {verb[:-2], verb[:-1]}
        if verb[-3] == verb[-4]:  # ("planned": plan)
            bases.add(verb[:-3])
    return frozenset(noun for base in bases for noun in _doer_forms(base))


def _doer_forms(base: str) -> tuple[str, ...]:
    """The nouns English may make for one who does what a verb says, the ones it does not make
    with "-er" or "-or" first ("fly": pilot, flyer; "drive": driver; "edit": editor)."""
    return (*_OTHER_DOERS.get(base, ()), f"{base}er", f"{base}or",
            *((f"{base}r", f"{base[:-1]}or") if base.endswith("e") else ()))


def doing(word: str) -> tuple[str, tuple[str, ...]] | None:
    """The commonest English word an "-ing" word of six letters or more may be made from, with
    the English nouns for one doing it ("driving": drive, driver; "editing": edit, editor;
    "flying": fly, pilot); None when no such word is English. The word need not be a verb
    ("morning": morn, and no doer): callers keep only doers English names often."""
    if not word.endswith("ing") or len(word) < 6:
        return None
    _read()
    counts = _checker.word_frequency.dictionary
    # (the commonest word it may be made from: "hoping" is "hope", not "hop")
    bases = [base for base in (word[:-3], f"{word[:-3]}e", word[:-4] if word[-4] == word[-5]
                               else "") if counts.get(base, 0) >= ENGLISH_COUNT]
    if not bases:
        return None
    base = max(bases, key=lambda b: counts[b])
    return base, tuple(noun for noun in _doer_forms(base)
                       if counts.get(noun, 0) >= ENGLISH_COUNT)


# Prefixes English makes new words with ("unbrick", "counteroffer", "prerelease").
_PREFIXES = ("un", "re", "pre", "non", "anti", "counter", "over", "under", "mis", "out", "co",
             "sub", "super", "inter", "multi", "post", "self")


def _listed(word: str, found: frozenset[str]) -> bool:
    if _inflected(word, found):
        return True
    return any(word.startswith(p) and len(word) - len(p) >= 4 and _inflected(word[len(p):], found)
               for p in _PREFIXES)


def _inflected(word: str, found: frozenset[str]) -> bool:
    if word in found:
        return True
    # (a verb that doubles its last letter has no form without it: "shreding" is a misspelt
    # "shredding", no form of "shred")
    return any(word.endswith(end) and len(word) - len(end) >= 3
               and (bare := word[: len(word) - len(end)] + root) in found
               and not (end in ("ed", "ing") and not root and _doubles(bare))
               for end, root in _ENDINGS) or _doubled(word, found)


def _doubled(word: str, found: frozenset[str]) -> bool:
    """"scrapped", "shredding": a form of a verb that doubles its last letter ("scrap")."""
    bare = word.removesuffix("ed") if word.endswith("ed") else word.removesuffix("ing")
    return (len(bare) >= 4 and bare != word and bare[-1] == bare[-2]
            and bare[:-1] in found and _doubles(bare[:-1]))


@functools.lru_cache(maxsize=4096)
def respelt(word: str) -> str | None:
    """The everyday word a misspelt one is ("finaly": "finally", "becuase": "because"): the
    most used everyday word one edit away, for a word of four letters or more that is no
    English word; None otherwise."""
    if len(word) < 4 or not word.isalpha() or english(word):
        return None
    everyday_words = _read()[0]
    found = [w for w in _checker.candidates(word) or () if w in everyday_words and w != word]
    return max(found, key=lambda w: (_checker[w], w), default=None)


def _read() -> tuple[frozenset[str], frozenset[str]]:
    global _lists, _checker
    if _lists is None:
        with _lock:
            if _lists is None:
                _checker = spell_checker()
                counts = _checker.word_frequency.dictionary
                _lists = (frozenset(w for w, n in counts.items() if n >= EVERYDAY_COUNT),
                          frozenset(w for w, n in counts.items() if n >= ENGLISH_COUNT))
    return _lists


# British and American spellings of one word ("licence" and "license", "organise" and
# "organize", "centre" and "center"): a curator may write either, a reader type the other.
# Endings that differ, each as (British, American), for words at least as long as given: not
# "size" ("sise") nor "rise" ("rize")
_SPELLING_ENDS = (
    *((f"is{end}", f"iz{end}", 6) for end in ("e", "es", "ed", "ing", "ation", "ations", "er",
                                              "ers")),
    *((f"ys{end}", f"yz{end}", 6) for end in ("e", "ed", "ing", "er", "ers")),
    *((f"{c}re{end}", f"{c}er{end}", 5) for c in "tb" for end in ("", "s")),
    *((f"{c}red", f"{c}ered", 6) for c in "tb"), *((f"{c}ring", f"{c}ering", 7) for c in "tb"),
    ("ogue", "og", 8), ("ogues", "ogs", 9), ("llor", "lor", 8), ("llors", "lors", 9),
)
# Words whose other spelling by those endings is another word ("timbre" is no "timber")
_SPELLING_APART = frozenset("timbre timber outre outer prise prize prises prizes prised prized"
                            .split())
# Spellings that differ elsewhere in the word, each as British and American, whatever follows:
# the words in "-our" ("tour" and "four" are none), then the rest (not "kerb", whose American
# "curb" is restraint too)
_SPELLING_STARTS = tuple((f"{root}our", f"{root}or") for root in """
ard arm behavi cand clam col demean endeav fav ferv flav glam harb hon hum lab neighb od parl
rig rum sav savi splend tum val vap vig""".split()) + tuple(pair.split("/") for pair in """
defence/defense offence/offense licence/license pretence/pretense judgement/judgment
acknowledgement/acknowledgment grey/gray aluminium/aluminum sulph/sulf jewellery/jewelry
scept/skept artefact/artifact mould/mold plough/plow pyjama/pajama moustache/mustache
doughnut/donut manoeuvr/maneuver anaem/anem anaesth/anesth haemo/hemo haemat/hemat
haemorrh/hemorrh paediatr/pediatr orthopaed/orthoped oesophag/esophag oestrogen/estrogen
foetus/fetus foetal/fetal diarrhoea/diarrhea leukaem/leukem archaeolog/archeolog
palaeo/paleo caesarean/cesarean wilful/willful skilful/skillful fulfil/fulfill enrol/enroll
instal/install""".split())
# ... and whole words only, with their plurals ("programmer" is one word either side; "tired"
# is no "tyred")
_SPELLING_WORDS = tuple(pair.split("/") for pair in
                        "programme/program gaol/jail cosy/cozy ageing/aging tyre/tire".split())
# Used this often in the dictionary, one of the two spellings is a word, not a name (names sit
# near its floor of 50; "nationalized" is 289)
_SPELLING_COUNT = 100
# (one way only: a "cheque" is a check, but a check is seldom a cheque)
_SPELLING_ONE_WAY = {"cheque": "check", "cheques": "checks", "practise": "practice",
                     "practised": "practiced", "practising": "practicing"}


@functools.lru_cache(maxsize=4096)
def other_spellings(word: str) -> tuple[str, ...]:
    """The word spelt the other side of the Atlantic ("licence": license; "organized":
    organised; "centres": centers), or none; one spelling or the other must be English, so a
    name or a word no dictionary holds has none (the firm "Ardize" is no "Ardise")."""
    if word in _SPELLING_APART or not word.isalpha():
        return ()
    found = []
    if word in _SPELLING_ONE_WAY:
        found.append(_SPELLING_ONE_WAY[word])
    for british, american, shortest in _SPELLING_ENDS:
        for end, other in ((british, american), (american, british)):
            if word.endswith(end) and len(word) >= shortest - (
                    len(british) - len(end)):
                found.append(word[: len(word) - len(end)] + other)
    for british, american in _SPELLING_STARTS:
        short, long = sorted((british, american), key=len)
        if long.startswith(short):  # "fulfil" and "fulfill", "enrol" and "enroll"
            # (either way before a vowel, the letter doubles: "fulfilled", "enrolling")
            start, other = (long, short) if word.startswith(long) else (short, long)
            rest = word[len(start):]
            if word.startswith(start) and rest[:1] not in tuple("aeiouy"):
                found.append(other + rest)
            continue
        for start, other in ((british, american), (american, british)):
            if word.startswith(start):
                found.append(other + word[len(start):])
    for british, american in _SPELLING_WORDS:
        for one, other in ((british, american), (american, british)):
            if word in (one, f"{one}s"):
                found.append(other + word[len(one):])
    counts = spell_checker().word_frequency.dictionary
    return tuple(dict.fromkeys(f for f in found if f != word and f not in _SPELLING_APART and (
        max(counts.get(word, 0), counts.get(f, 0)) >= _SPELLING_COUNT)))
