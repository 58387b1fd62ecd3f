"""Text normalisation shared by the store (names, search columns) and the answerer.

Both sides must cut text into words the same way, or an alias stored as "GPT‑5.5‑Cyber"
(with non-breaking hyphens) would never meet a question typed as "gpt-5.5-cyber".
"""

import re
import threading
import unicodedata
from datetime import date, datetime
from functools import lru_cache
from typing import Any

import snowballstemmer

# Hyphens, dashes and typographic quotes that the article (and users) type in many forms.
_FOLD = str.maketrans(
    {
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
        "\u2212": "-", "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
    }
)
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# The ways of writing the United States that a tokenizer would cut up or read as "us".
US_NAMES = re.compile(r"\bU\.S\.(?:A\.)?(?!\w)|\bUSA?\b|\bthe States\b")
# Control characters, and the bidirectional overrides and isolates that make text read in an
# order it is not stored in (U+202A-U+202E, U+2066-U+2069).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

# A snowball stemmer keeps its working state on itself, so threads sharing one corrupt each
# other's words (IndexError, wrong stems): each thread gets its own.
_stemmers = threading.local()


def scrub(text: str) -> str:
    """Replace lone surrogates (undecodable bytes from a terminal, a bare \\ud83d in JSON):
    SQLite and UTF-8 output cannot hold them."""
    return text.encode("utf-8", "replace").decode("utf-8")


def strip_control(text: str) -> str:
    """Text less control characters (a tab, a newline and printable text stay)."""
    return _CONTROL.sub("", text)


def plain_number(text: str, most: int = 9) -> bool:
    """Digits 0-9 only, at most `most` of them: "²" and "٣" are digits to str.isdigit but not
    to int, and 5,000 nines are more than int() reads."""
    return text.isascii() and text.isdigit() and len(text) <= most


def visible(text: str) -> bool:
    """Does `text` show anything: a character that is neither a space nor a format or control
    character (a zero-width space alone shows nothing)?"""
    return any(unicodedata.category(ch)[0] not in "CZ" for ch in text)


def clean(text: str) -> str:
    """NFKC-normalise, fold dashes and quotes, and drop control characters."""
    text = unicodedata.normalize("NFKC", scrub(text)).translate(_FOLD)
    return _CONTROL.sub(" ", text)


def words(text: str) -> list[str]:
    """Lower-case words: runs of letters and digits; everything else separates."""
    return [w.casefold() for w in _WORD.findall(clean(text))]


def normalize_name(text: str) -> str:
    """The key names are compared by: words joined by single spaces ("GPT-5.5" -> "gpt 5 5")."""
    return " ".join(words(text))


_NICKNAME = re.compile(r'["\u201c]([^"\u201c\u201d]+)["\u201d]')
# Used at least this often in the spell checker's English corpus: an everyday word ("Red" in
# 'Dana "Red" Holt' must not name her alone; the answerer's everyday words too).
EVERYDAY_COUNT = 1000
_checker_lock = threading.Lock()
_checker = None


def spell_checker():
    """pyspellchecker's English dictionary and word counts, read once when first needed."""
    global _checker
    if _checker is None:
        with _checker_lock:
            if _checker is None:
                from spellchecker import SpellChecker  # (a few MB: only when needed)

                _checker = SpellChecker(distance=1)
    return _checker


def _everyday(word: str) -> bool:
    return spell_checker().word_frequency.dictionary.get(word, 0) >= EVERYDAY_COUNT


def name_keys(names) -> set[str]:
    """The keys an entry is named by: each of `names`, and a nickname a name gives in quotation
    marks, with the name's last word and, when it is no everyday word, alone ('Dana "Dee"
    Holt': "dee holt"; 'Kristin "Kiki" Berg': "kiki berg", "kiki")."""
    keys = set()
    for name in names:
        keys.add(normalize_name(name))
        nickname = _NICKNAME.search(name)
        if nickname is not None:
            alone = normalize_name(nickname.group(1))
            if alone and not (" " not in alone and _everyday(alone)):
                keys.add(alone)
            after = words(name[nickname.end():])
            if after:
                keys.add(normalize_name(f"{nickname.group(1)} {after[-1]}"))
    return {key for key in keys if key}


def porter(word: str) -> str:
    """Porter stem, the same algorithm SQLite's FTS5 porter tokenizer applies: what the index
    holds a word under."""
    stemmer = getattr(_stemmers, "porter", None)
    if stemmer is None:
        stemmer = _stemmers.porter = snowballstemmer.stemmer("porter")
    return stemmer.stemWord(word)


# Words the Porter stemmer joins to words of another meaning ("department" and "departed" are
# "depart", "several" and "severe" "sever", "initiative" and the stop word "initially"
# "initi"; "authority" is no "author"). Each word listed, with its plural and verb forms, stems
# to the first word of its group (groups are split by commas: "engineer engineering"), apart
# from the stem it shared. Read off every word of the packs and their questions.
_APART = """
authority authorize authorization, business, news, university, general generally,
organic organically, organism, several, severe severity, initiative, apartment, evening,
willing, willful, likeness, concerning, does, add added adding, community,
critical critically, celebrity, competent, designate designation, emergency,
engineer engineering, execution execute, experiment experimental, fairing,
important importance, instalment installment, international, lateral, majority, minority,
morale, polite, positive, premiere, responsible responsibility, tentative tentatively,
terminal, transition transitional, renewable, tribunal, objective, memorial, digital,
success successful, succession successive, use, department, personal personally, officer,
customer, mineral, directive, stated stating, owned owns owning, likely, founded founding
"""


def _inflected(word: str) -> set[str]:
    """`word` and the forms it takes as a plural or a verb ("authorities", "executed",
    "executing") that the Porter stemmer gives its stem (a form English lacks does no harm:
    no text holds it)."""
    forms = {word, f"{word}s", f"{word}es", f"{word}ed", f"{word}d", f"{word}ing"}
    if word.endswith("e"):
        forms.add(f"{word[:-1]}ing")
    if word.endswith("y"):
        forms |= {f"{word[:-1]}ies", f"{word[:-1]}ied"}
    return {form for form in forms if porter(form) == porter(word)}


def _apart_groups(listed: str) -> dict[str, tuple[str, ...]]:
    """Each group's stem (its first word), with every form the group's words take."""
    groups = {}
    for group in listed.split(","):
        group_words = group.split()
        groups[group_words[0]] = tuple(sorted(set().union(*map(_inflected, group_words))))
    return groups


_APART_FORMS = _apart_groups(_APART)
_APART_STEMS = {form: key for key, forms in _APART_FORMS.items() for form in forms}


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The stem the answerer compares words by: Porter's, except for a word of another
    meaning than the others Porter joins it to (`_APART`). Accents are dropped, as a question
    is often typed without them ("Dana Holt" for "Dana Hölt")."""
    if not word.isascii():
        word = unaccented(word)
    return _APART_STEMS.get(word) or porter(word)


def unaccented(word: str) -> str:
    """`word` with the accents of its letters dropped ("gölport" as "golport", "i̇lport"
    "ilport"); a letter with no plain form stays ("ø", "ß")."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word)
                   if not unicodedata.combining(ch))


def apart_forms(word: str) -> tuple[str, ...]:
    """All forms of `word`'s meaning when it is one kept apart from its Porter stem
    ("department": "department", "departments"), else none."""
    key = _APART_STEMS.get(word)
    return _APART_FORMS[key] if key else ()


# A title shortened before a name ("Rear Adm. Dana Holt", "Gov. Sam Reyes") is the title:
# an entry saying "Gov. Reyes" answers "which governor". (Not before a single letter, "Gen. Z",
# "Sec. A"; nor a street's "Harbour Dr." ending a sentence.)
_TITLES = {"Adm": "admiral", "Amb": "ambassador", "Atty": "attorney", "Capt": "captain",
           "Cmdr": "commander", "Col": "colonel", "Det": "detective", "Dr": "doctor",
           "Gen": "general", "Gov": "governor", "Insp": "inspector", "Lt": "lieutenant",
           "Maj": "major", "Prof": "professor", "Rep": "representative", "Rev": "reverend",
           "Sec": "secretary", "Sen": "senator", "Sgt": "sergeant", "Supt": "superintendent"}
_TITLE = re.compile(rf"(?<![A-Za-z])(?P<before>[A-Z][a-z]+\s+)?\b(?P<title>{'|'.join(_TITLES)})"
                    r"\.\s*+(?=[A-Z][a-z])")
# ... and a judge's: "Mr Justice Grace Hill", "Chief Justice Hill", "Justice Grace Hill" (a first
# and a last name; not the Justice Department, a Justice Secretary or the Climate Justice Act)
_JUSTICE = re.compile(
    r"\b(?:(?:Mr|Mrs|Ms|Lord|Lady|Chief|Associate)\.?\s+Justice|Justice(?=\s+(?!(?:Department|"
    r"Ministry|Dept|Secretary|Minister|Act|League|Party|Committee|Center|Centre|Project|"
    r"Foundation|Institute|Fund|Initiative|Coalition|Network|Council|Office)\b)[A-Z][a-z]+\s+"
    r"[A-Z][a-z]))")


def _title(match: re.Match) -> str:
    if match.group("title") == "Dr" and match.group("before"):
        return match.group(0)  # "Harbour Dr." is a street
    return f"{match.group(0)} {_TITLES[match.group('title')]} "


# A word written with a hyphen ("co-pilot"), which is also written as one ("copilot")
_HYPHENATED = re.compile(r"\b([^\W\d_]+)-([^\W\d_]+)\b")


def stems(text: str) -> set[str]:
    if "." in text:
        text = _TITLE.sub(_title, text)
    if "Justice" in text:
        text = _JUSTICE.sub(lambda m: f"{m.group(0)} judge ", text)
    return {stem(w) for w in [*words(text), *joined(text)]}


def name_words(title: str) -> list[str]:
    """A title's words as a name, less a note in brackets or after a comma or dash ("Dana Holt
    (harbour master)", "Dana Holt, harbour master": Dana, Holt)."""
    return re.sub(r"\s*(?:\(|,\s|\s[-\u2013\u2014]\s).*$", "", title).split()


def joined(text: str) -> list[str]:
    """The words `text` writes with a hyphen, written as one ("co-pilot": "copilot")."""
    return [f"{a}{b}".casefold() for a, b in _HYPHENATED.findall(text)] if "-" in text else []


# Two years a span runs between ("2017-2019", "2019 to 2021"), and the longest span read
_YEAR_SPAN = re.compile(r"\b(1[89]\d\d|20\d\d)\s*(?:-|\u2013|\u2014|to|until|through)\s*"
                        r"(1[89]\d\d|20\d\d)\b")
MAX_YEAR_SPAN = 40


def spanned_years(text: str) -> list[str]:
    """The years inside each span of years `text` gives: "CEO 2017-2019" holds 2018."""
    return [str(year) for m in _YEAR_SPAN.finditer(text)
            for year in range(int(m[1]) + 1, int(m[2]))
            if int(m[2]) - int(m[1]) <= MAX_YEAR_SPAN]


def as_text(value: Any, depth: int = 0) -> str | None:
    """A field's value as the text a reader would write: dates in words, yes/no, lists joined.
    None for nothing to say (and for lists nested past sense, such as a YAML anchor that holds
    itself)."""
    if value is None or (isinstance(value, str) and not value.strip()) or depth > 3:
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        offset = f" (UTC{value:%z})" if value.utcoffset() else ""
        return f"{value:%B} {value.day}, {value.year}, {value:%H:%M}{offset}"
    if isinstance(value, date):
        return f"{value:%B} {value.day}, {value.year}"
    if isinstance(value, list):
        items = [t for t in (as_text(v, depth + 1) for v in value) if t]
        return ", ".join(items) or None
    if isinstance(value, dict):
        # `{Alice, Bob}` is YAML for a mapping whose values are empty: the keys are the list
        items = [str(k) if v is None else f"{k}: {t}"
                 for k, v, t in ((k, v, as_text(v, depth + 1)) for k, v in value.items())
                 if v is None or t]
        return (", " if all(v is None for v in value.values()) else "; ").join(items) or None
    return str(value)
