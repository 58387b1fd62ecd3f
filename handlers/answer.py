"""Turn a question into the entry and facts that answer it, or decline.

The steps (see shared/ANSWERING.md for why plain BM25 is not enough):
1. words, minus stop words; unknown words repaired (synonyms, typos) or set aside;
2. candidates: entities named in the question, plus FTS5 bm25 over the quoted words;
3. each candidate scored by how many of the question's words it holds, and where (a word in
   a name counts more than one in the summary), so an entry that links two named entities
   beats either entity's own entry;
4. decline when the question is mostly words the store has never seen, asks for an attribute
   the chosen entry lacks (a headcount, a date it never gives), or the best entry holds too
   little of the question;
5. pick the field that fits the question (who/when/why/status ...).
"""

import re
import threading
from collections import OrderedDict
from dataclasses import dataclass

from content.entry import Entry
from content.store import Store
from content.text import stem, stems, words
from handlers.lexicon import (
    FIELD_CUES,
    GENERIC,
    GROUP_NOUNS,
    NEEDS_CUE,
    NOUN_TYPES,
    OUT_OF_SCOPE,
    PHRASE_TYPES,
    QUESTION_TYPES,
    STOP,
    SYNONYMS,
    YES_NO_OPENERS,
)
from handlers.vocabulary import Vocabulary

MAX_WORDS = 40
CACHE_SIZE = 4096
_RAW_WORD = re.compile(r"[^\W_]+")
_CLOCK = re.compile(r"\b\d{1,2}(:\d\d)?\s*(a\.?m|p\.?m)\b|\b\d{1,2}:\d\d\b", re.IGNORECASE)
CANDIDATES = 30
MIN_SCORE = 1.0
MIN_COVERAGE = 0.6
# Decline when this share of a question's topic words is unknown to the store.
MAX_UNKNOWN_SHARE = 0.5
TIME_WORDS = frozenset(
    stem(w)
    for w in """monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday
    week weeks month months year years ago soon day days january february march april may june
    july august september october november december morning evening early earlier later""".split()
)
COUNT_WORDS = frozenset(
    stem(w)
    for w in """dozen dozens several two three four five six seven eight nine ten
    hundred hundreds thousand""".split()
)


@dataclass(frozen=True)
class Concept:
    """One thing the question mentions: a content word, or a whole entity name."""

    word: str
    forms: tuple[str, ...]  # what to search for: the word, its known synonyms, or a typo fix
    alts: frozenset[str]  # stems that count as finding it
    soft: bool = False  # a topic-free word ("role", "latest"): helps pick, never required
    slug: str | None = None  # the entry this names, when it is an entity name
    need: int = 1  # how many of `alts` must be found (most words of a multi-word name)


@dataclass
class Question:
    text: str
    qtype: str
    concepts: list[Concept]
    unknown: list[str]
    named: set[str]
    group: bool
    out_of_scope: list[str]
    unknown_names: list[str]


@dataclass(frozen=True)
class Found:
    """The outcome: an entry and the facts picked from it, or a reason to decline."""

    entry: Entry | None = None
    facts: tuple[tuple[str, str], ...] = ()
    declined: str | None = None
    score: float = 0.0


class _Profile:
    """An entry's stems, by where they occur. Cached per (slug, version)."""

    def __init__(self, entry: Entry):
        self.names = stems(" ".join([entry.title, entry.slug, *entry.aliases]))
        self.keywords = stems(" ".join(entry.keywords))
        self.field_stems = {
            name: (stems(name.replace("_", " ")), stems(value))
            for name, value in entry.fields.items()
        }
        self.facts = set().union(*(n | v for n, v in self.field_stems.values()))
        self.summary = stems(entry.summary)
        self.all = self.names | self.keywords | self.facts | self.summary
        self.places = ((self.names, 2.0), (self.keywords, 1.5), (self.facts, 1.2),
                       (self.summary, 1.0))
        # The best place each stem occurs in: one lookup per stem when ranking.
        self.weight_of: dict[str, float] = {}
        for place, weight in reversed(self.places):
            self.weight_of.update(dict.fromkeys(place, weight))
        self.cues: dict[str, bool] = {}  # question type -> has a field that answers it


class Answerer:
    def __init__(self, store: Store, vocabulary: Vocabulary | None = None):
        self.store = store
        self.vocabulary = vocabulary or Vocabulary(store)
        self._cache: OrderedDict[tuple[str, int], tuple[Entry, _Profile]] = OrderedDict()
        self._cache_lock = threading.Lock()

    def find(self, text: str) -> Found:
        with self.store.reading():
            return self._find(text)

    def _find(self, text: str) -> Found:
        question = self.read(text)
        if not question.concepts:
            return Found(declined="no topic words")
        if question.unknown_names:
            return Found(declined=f"unknown names: {', '.join(question.unknown_names)}")
        hard = [c for c in question.concepts if not c.soft]
        unknown, total = len(question.unknown), len(question.unknown) + len(hard)
        if unknown and unknown >= total * MAX_UNKNOWN_SHARE:
            return Found(declined=f"unknown words: {', '.join(question.unknown)}")
        ranked = self._rank(question)
        if not ranked:
            return Found(declined="no entry matches")
        score, entry, profile = ranked[0]
        return self._decide(question, score, entry, profile, ranked)

    def read(self, text: str) -> Question:
        tokens = words(text)[:MAX_WORDS]
        content = [w for w in dict.fromkeys(tokens) if w not in STOP]
        synonyms = {w: SYNONYMS.get(w, []) for w in content}
        known = self.store.known_terms([*content, *(s for v in synonyms.values() for s in v)])
        found: dict[str, tuple[str, ...]] = {}
        unknown: list[str] = []
        for word in content:
            forms = tuple(f for f in [word, *synonyms[word]] if f in known)
            if not forms and word not in GENERIC:
                fixed = None if word in OUT_OF_SCOPE else self.vocabulary.correct(word)
                if fixed is None:
                    unknown.append(word)
                    continue
                forms = tuple(fixed.split())
                tokens = _replace(tokens, word, list(forms))
            found[word] = forms
        spans = self.vocabulary.names_in(tokens)
        in_span = {w for start, end, _ in spans for w in tokens[start:end]}
        concepts = [_name_concept(tokens[start:end], slug) for start, end, slug in spans]
        for word, forms in found.items():
            if word in in_span or set(forms) & in_span:
                continue
            alts = frozenset(stem(f) for f in [word, *forms, *synonyms[word]])
            if any(alts & c.alts for c in concepts):
                continue  # "firms" after "companies": one idea, counted once
            concepts.append(Concept(word, forms or (word,), alts, soft=word in GENERIC))
        qtype = question_type(tokens)
        return Question(
            text=text,
            qtype=qtype,
            concepts=[c for c in concepts if c.alts],
            unknown=unknown,
            named={slug for _, _, slug in spans},
            group=asks_for_group(tokens, qtype),
            out_of_scope=[w for w in content if w in OUT_OF_SCOPE],
            unknown_names=[w for w in unknown if w in proper_nouns(text)],
        )

    def _rank(self, question: Question) -> list[tuple[float, Entry, _Profile]]:
        terms = [w for c in question.concepts for w in c.forms]
        hits = self.store.search(terms, limit=CANDIDATES)
        order = {slug: i for i, (slug, _) in enumerate(hits)}
        ranked = []
        for slug, (entry, profile) in self._entries([*question.named, *order]).items():
            score = sum(
                _weight(c, profile, entry) * (0.5 if c.soft else 1) for c in question.concepts
            )
            if slug in order:
                score += 0.3 * (1 - order[slug] / CANDIDATES)
            if question.group and (entry.kind == "group" or "members" in entry.fields):
                score += 1.0
            if _cue_fields(question.qtype, entry, profile):
                score += 0.4
            ranked.append((score, entry, profile))
        ranked.sort(key=lambda item: (-item[0], item[1].slug))
        return ranked

    def _decide(self, question, score, entry, profile, ranked) -> Found:
        if score < MIN_SCORE:
            return Found(declined="weak match", score=score)
        hard = [c for c in question.concepts if not c.soft]
        held = [c for c in hard if _holds(c, profile.all)]
        if hard and len(held) / len(hard) < MIN_COVERAGE:
            return Found(declined="the best entry holds too little of the question", score=score)
        missing = [w for w in question.out_of_scope if stem(w) not in profile.all]
        if missing:
            return Found(declined=f"asks for {', '.join(missing)}", score=score)
        facts = pick_facts(question, entry, profile)
        if question.qtype in NEEDS_CUE and not _answers_cue(question.qtype, facts, profile, entry):
            return Found(declined=f"no {question.qtype} fact in {entry.slug}", score=score)
        return Found(entry=entry, facts=facts, score=score)

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


def question_type(tokens: list[str]) -> str:
    """who / when / where / why / how / count / amount / clock / which / what / yesno / none."""
    for cue, kind in PHRASE_TYPES:
        if _has_phrase(tokens, cue):
            return kind
    head = tokens[:6]
    for i, word in enumerate(head):
        for opener, kind in QUESTION_TYPES:
            if tuple(head[i : i + len(opener)]) == opener:
                return kind
        if i == 0 and word in YES_NO_OPENERS:
            return "yesno"
    for word in tokens:
        if word in NOUN_TYPES:
            return NOUN_TYPES[word]
    return "none"


def asks_for_group(tokens: list[str], qtype: str) -> bool:
    """"which companies ...", "what AI firms ...", "how many agencies ...": a list is wanted."""
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
    capitals = [w for w in raw[1:] if w[:1].isupper()]
    if len(raw) < 2 or len(capitals) * 2 > len(raw):
        return set()
    return {w.casefold() for w in capitals}


def _has_phrase(tokens: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(tokens[i : i + n]) == phrase for i in range(len(tokens) - n + 1))


def _name_concept(span: list[str], slug: str) -> Concept:
    alts = frozenset(stem(w) for w in span if w not in STOP)
    return Concept(" ".join(span), tuple(span), alts, slug=slug, need=max(1, len(alts) // 2))


def pick_facts(question: Question, entry: Entry, profile: _Profile) -> tuple[tuple[str, str], ...]:
    """The one or two fields that best answer the question; none means "use the summary"."""
    asked = [c for c in question.concepts if c.slug != entry.slug]
    cues = FIELD_CUES.get(question.qtype, set())
    scored = []
    for name, value in entry.fields.items():
        name_stems, value_stems = profile.field_stems[name]
        score = 0.0
        if name in cues or name_stems & {stem(c) for c in cues}:
            score += 1.0 if question.qtype == "yesno" else 2.0
        for concept in asked:
            if _holds(concept, name_stems):
                score += 1.5
            elif _holds(concept, value_stems):
                score += 1.0
        if score > 0:
            scored.append((score, name, value))
    if not scored:
        return ()
    scored.sort(key=lambda item: -item[0])
    best = scored[0][0]
    return tuple((name, value) for score, name, value in scored[:2] if score >= best * 0.75)


def _weight(concept: Concept, profile: _Profile, entry: Entry) -> float:
    if concept.slug is not None:
        # A named entity: its own entry, then entries that link to it, then any mention.
        if concept.slug == entry.slug:
            return 2.5
        if concept.slug in entry.related:
            return max(1.2, _place_weight(concept, profile))
    return _place_weight(concept, profile)


def _place_weight(concept: Concept, profile: _Profile) -> float:
    """The weight of the best place (names, keywords, facts, summary) holding the concept."""
    if concept.need == 1:
        weight_of = profile.weight_of
        return max([weight_of.get(alt, 0.0) for alt in concept.alts], default=0.0)
    for place, weight in profile.places:
        if _holds(concept, place):
            return weight
    return 0.0


def _holds(concept: Concept, stems: set[str]) -> bool:
    if concept.need == 1:  # most concepts: no intersection set to build
        return not concept.alts.isdisjoint(stems)
    return len(concept.alts & stems) >= concept.need


def _cue_fields(qtype: str, entry: Entry, profile: _Profile) -> bool:
    found = profile.cues.get(qtype)
    if found is None:
        cues = FIELD_CUES.get(qtype)
        cue_stems = _CUE_STEMS.get(qtype, frozenset())
        found = profile.cues[qtype] = bool(cues) and any(
            name in cues or names & cue_stems for name, (names, _) in profile.field_stems.items()
        )
    return found


def _answers_cue(qtype: str, facts, profile: _Profile, entry: Entry) -> bool:
    """Does the entry hold the kind of fact asked: a time for "when", a number for "how many"?"""
    cue_stems = _CUE_STEMS.get(qtype, frozenset())
    if qtype != "count" and any(names & cue_stems for names, _ in profile.field_stems.values()):
        return True
    texts = [value for _, value in facts]
    if qtype == "when":
        return any(stems(t) & TIME_WORDS for t in texts)
    if qtype == "clock":
        return any(_CLOCK.search(t) for t in texts)
    if qtype == "count":
        return any(
            stems(t) & COUNT_WORDS or any(ch.isdigit() for ch in t) or stems(n) & cue_stems
            for n, t in facts
        )
    return False


_CUE_STEMS = {qtype: frozenset(stem(c) for c in cues) for qtype, cues in FIELD_CUES.items()}


def _replace(tokens: list[str], word: str, replacement: list[str]) -> list[str]:
    out: list[str] = []
    for token in tokens:
        out.extend(replacement if token == word else [token])
    return out
