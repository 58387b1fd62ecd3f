"""What the store knows by name: exact entity names in a question, and typo repair.

Typos and one-word queries ("Antropic", "newyork") need fuzzy matching on names, because
full-text search finds nothing for them. The names and words behind it are held in memory
and brought up to date when the store's generation moves: only the entries changed since (the
revisions log says which) and the words added since are read again, so the first question
after an edit stays fast even in a store of 100,000 entries.
"""

import threading

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from content.store import Store
from content.text import normalize_name, unaccented
from handlers.english import everyday
from handlers.lexicon import STOP

MAX_NAME_WORDS = 7
# More changed entries than this since the last look: reading every name is quicker.
MAX_INCREMENTAL = 2000
MAX_CORRECTIONS = 10_000
MIN_PART = 3  # letters in each of two words typed as one
MAX_CLIPPED = 4  # letters of a name typed short ("ab" for "acmebook")
# Short forms of everyday words, which clip no name ("the CFO", "the PM", "on TV")
_SHORT_FORMS = frozenset("ceo cfo coo cto cio ciso gc pm am mp hr tv gp pr qa dj md vp svp evp "
                         "cf fyi asap tbh imo imho lol btw pls plz thx ty np idk aka eta rip "
                         "ok faq diy".split())


class Vocabulary:
    def __init__(self, store: Store):
        self.store = store
        self._lock = threading.Lock()
        self._generation = -1
        self._revision = -1  # the newest revision the names reflect; -1: none read yet
        self._word_mark = 0
        self._buckets: dict[tuple[str, int], list[str]] = {}
        self._words: set[str] = set()  # the same words, to look one up
        self._names = _Names()
        self._listing: list[tuple[str, str]] | None = None
        self._corrections: dict[str, str | None] = {}  # until the words change
        # names of one word by their first letter, and the initials of the others: built on
        # the first short name asked, until the names change; and the names found
        self._by_letter: _Clippable | None = None
        self._clips: dict[str, str | None] = {}

    def warm(self) -> None:
        """Read the names and words (and the English word list) now rather than on the first
        question."""
        self._refresh()
        everyday("the")

    def names_in(self, tokens: list[str]) -> list[tuple[int, int, str]]:
        """(start, end, slug) of entity names in `tokens`, longest first, never overlapping."""
        spans = {}
        for n in range(min(MAX_NAME_WORDS, len(tokens)), 0, -1):
            for i in range(len(tokens) - n + 1):
                spans.setdefault(" ".join(tokens[i : i + n]), (i, i + n))
        self._refresh()
        by_name = self._names.by_name
        found = sorted(
            ((spans[name], slug) for name in spans for slug in by_name.get(name, ())),
            key=lambda item: (item[0][0] - item[0][1], item[0][0]),
        )
        taken: set[int] = set()
        result = []
        for (start, end), slug in found:
            if taken.isdisjoint(range(start, end)):
                taken.update(range(start, end))
                result.append((start, end, slug))
        return result

    def spelt_apart(self, word: str, slug: str) -> str | None:
        """The name of `slug` that `word` is typed run together for ("att" for "at t", the
        words of "AT&T"), when one of its words is a single letter; None otherwise."""
        name = self._names.compact.get(word)
        parts = name.split() if name is not None else []
        # (not initials alone, "u k" for "UK", which texts write both ways)
        if not parts or slug not in self._names.by_name.get(name, ()) or all(
                len(part) == 1 for part in parts) or not any(len(part) == 1 for part in parts):
            return None
        return name

    def numbered(self, word: str, number: str) -> bool:
        """Is there a name of the same series with another number: "mark 7" for ("mark",
        "8")?"""
        self._refresh()
        names = self._names
        return any(n in names.by_name and n.rsplit(" ", 1)[1] != number
                   for n in names.numbered.get(word, ()))

    def ending_in(self, word: str) -> list[tuple[str, str]]:
        """(name, slug) of the names of two words or more whose last word is `word`: "holt"
        for "Dana Holt", the name a surname typed alone may stand for."""
        self._refresh()
        names = self._names
        return [(name, slug) for name in sorted(names.ending.get(word, ()))
                for slug in names.by_name.get(name, ())]

    def correct(self, word: str) -> str | None:
        """A known word `word` is probably a typo of, or None.

        A name typed run together ("sb3", "newyork") is that name, whatever its length.
        Otherwise one edit (a transposition counts as one) for words up to 7 letters, two beyond.
        Words of four letters or fewer are left alone: most of their neighbours are other real
        words ("take" is not a typo of "make"). A word that is no typo may be two the store
        knows, typed as one ("webshell" for "web shell").
        """
        self._refresh()
        compact = self._names.compact.get(word)  # "hb7" for "HB 7", "newyork" for "New York"
        if compact is not None:
            return compact
        if len(word) < 5 or not word.isalpha():
            return None
        corrections = self._corrections
        if word not in corrections:
            if len(corrections) > MAX_CORRECTIONS:
                corrections = self._corrections = {}
            corrections[word] = self._nearest(word) or self._run_together(word)
        return corrections[word]

    def stored(self, word: str) -> bool:
        """Is `word` itself, as spelt, a word of some entry?"""
        self._refresh()
        return word in self._words

    def clipped(self, word: str) -> str | None:
        """The name of one word that a short name typed (two to four letters, no everyday word
        nor short form) stands for, with its first letter and the rest in order: "ab" for
        "acmebook", "gul" for "gullport"; None when names of several entries would do, or
        when `word` is the initials of a name of several words ("tf" for "Tern Ferries", not
        "tideford")."""
        if (not 2 <= len(word) <= MAX_CLIPPED or not word.isalpha() or everyday(word)
                or word in _SHORT_FORMS):
            return None
        self._refresh()
        clips = self._clips
        if word not in clips:
            index = self._by_letter
            if index is None:  # built aside, then swapped in, as the names are
                generation = self._generation
                index = _Clippable(self._names.by_name)
                with self._lock:
                    if self._generation == generation:  # (names changed meanwhile: next time)
                        self._by_letter = index
            if len(clips) > MAX_CORRECTIONS:
                clips = self._clips = {}
            clips[word] = index.clipped(word, self._names.by_name)
        return clips[word]

    def _nearest(self, word: str) -> str | None:
        limit = 1 if len(word) <= 7 else 2
        # Typos rarely hit both ends of a word: compare only with words of about the same
        # length that share its first or its last letter, a few hundred even in a huge store.
        choices: set[str] = set()
        for n in range(len(word) - limit, len(word) + limit + 1):
            choices.update(self._buckets.get((word[0], n), ()))
            choices.update(self._buckets.get((word[-1], -n), ()))
        best = process.extractOne(
            word, sorted(choices), scorer=DamerauLevenshtein.distance, score_cutoff=limit
        )
        return best[0] if best else None

    def _run_together(self, word: str) -> str | None:
        """"webshell": the two words the store knows it joins ("web shell"), each of three
        letters or more; the most even split when several would do."""
        splits = [(word[:i], word[i:]) for i in range(MIN_PART, len(word) - MIN_PART + 1)]
        known = [(first, second) for first, second in splits
                 if first in self._words and second in self._words]
        best = max(known, key=lambda pair: min(map(len, pair)), default=None)
        return " ".join(best) if best else None

    def suggest(self, text: str, limit: int = 3) -> list[str]:
        """Slugs whose names look like `text`, best first, for "did you mean"."""
        self._refresh()
        key = normalize_name(text)
        if not key:
            return []
        listing = self.names()
        matches = process.extract(
            key, [name for name, _ in listing], limit=limit * 4, score_cutoff=70
        )
        slugs: list[str] = []
        for _, _, index in matches:
            slug = listing[index][1]
            if slug not in slugs:
                slugs.append(slug)
        return slugs[:limit]

    def names(self) -> list[tuple[str, str]]:
        """Every (name, slug) of the live entries, sorted."""
        self._refresh()
        with self._lock:
            if self._listing is None:
                self._listing = sorted(
                    (name, slug)
                    for slug, names in self._names.by_slug.items()
                    for name in names
                )
            return self._listing

    def _refresh(self) -> None:
        generation = self.store.generation()
        if generation == self._generation:
            return
        with self._lock:
            if generation == self._generation:
                return
            # Marks first, then data: a write in between is read now and again next time.
            revision = self.store.last_revision()
            changed = None if self._revision < 0 else self.store.changed_since(self._revision)
            if changed is None or len(changed) > MAX_INCREMENTAL:
                names = _Names()  # built aside, then swapped in: readers never see it half-full
                names.replace((), _typed_plain(self.store.all_names()))
                self._names = names
            elif changed:
                self._names.replace(changed, _typed_plain(self.store.names_of(changed)))
            self._revision = revision
            for rowid, word in self.store.words(after=self._word_mark):
                self._word_mark = max(self._word_mark, rowid)
                if word not in STOP:
                    self._words.add(word)
                    self._buckets.setdefault((word[0], len(word)), []).append(word)
                    self._buckets.setdefault((word[-1], -len(word)), []).append(word)
            self._listing = None
            self._by_letter = None
            self._clips = {}
            self._corrections = {}
            self._generation = generation


def _typed_plain(names: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The names, and each written with accents also as it is often typed, without them
    ("dana holt" for "dana hölt")."""
    return [*names, *((plain, slug) for name, slug in names
                      if not name.isascii() and (plain := unaccented(name)) != name)]


class _Clippable:
    """The names of one word by their first letter, and the initials of the names of several
    words, which a short name typed may stand for."""

    def __init__(self, by_name) -> None:
        self.by_letter: dict[str, list[str]] = {}
        self.initials: set[str] = set()
        for name in list(by_name):
            if name.isalpha():
                self.by_letter.setdefault(name[0], []).append(name)
            elif " " in name:
                self.initials.add("".join(part[0] for part in name.split()))

    def clipped(self, word: str, by_name) -> str | None:
        if word in self.initials:
            return None
        found = [name for name in self.by_letter.get(word[0], ())
                 if len(name) >= len(word) + 2 and _in_order(word[1:], name[1:])]
        owners = {slug for name in found for slug in by_name.get(name, ())}
        return min(found) if len(owners) == 1 else None


def _in_order(letters: str, word: str) -> bool:
    """Does `word` hold these letters in this order (not necessarily side by side)?"""
    rest = iter(word)
    return all(letter in rest for letter in letters)


class _Names:
    """Names by name and by slug, and run-together forms ("newyork" for "new york").
    Tuples, not lists: a store of 100,000 entries holds some 300,000 names."""

    def __init__(self) -> None:
        self.by_name: dict[str, tuple[str, ...]] = {}
        self.by_slug: dict[str, tuple[str, ...]] = {}
        self.compact: dict[str, str] = {}
        # "note" -> {"note 7", "note 5"}: names ending in a number, by the word before it.
        # Only added to: a name gone since is looked up in `by_name` before it is believed.
        self.numbered: dict[str, set[str]] = {}
        # "holt" -> {"dana holt"}: names of two words or more by their last word, only added
        # to as `numbered` is
        self.ending: dict[str, set[str]] = {}

    def _index(self, name: str, fresh: bool = False) -> None:
        *head, last = name.split(" ")
        if head and last.isalpha():
            if fresh:
                self.ending.setdefault(last, set()).add(name)
            else:
                self.ending[last] = {*self.ending.get(last, ()), name}
        if head and last.isdigit():
            if fresh:  # an index built aside: no reader sees it yet
                self.numbered.setdefault(head[-1], set()).add(name)
            else:  # readers see the old set or the new one, never one half-changed
                self.numbered[head[-1]] = {*self.numbered.get(head[-1], ()), name}

    def replace(self, slugs, names: list[tuple[str, str]]) -> None:
        """Replace the names of `slugs` with `names` (retired entries simply have none).

        Questions read these dicts without the lock while this runs, so every key goes
        straight from its old value to its new one: the new values are worked out first."""
        if not self.by_name:  # a fresh index, built aside before anyone reads it
            for name, slug in names:
                self.by_slug[slug] = (*self.by_slug.get(slug, ()), name)
                self.by_name[name] = (*self.by_name.get(name, ()), slug)
                if " " in name:
                    self.compact[name.replace(" ", "")] = name
                    self._index(name, fresh=True)
            return
        changed = set(slugs)
        new_by_slug: dict[str, tuple[str, ...]] = {slug: () for slug in changed}
        for name, slug in names:
            new_by_slug[slug] = (*new_by_slug.get(slug, ()), name)
        gone = {name for slug in changed for name in self.by_slug.get(slug, ())}
        affected = gone | {name for name, _ in names}
        new_by_name: dict[str, tuple[str, ...]] = {}
        for name in affected:
            kept = tuple(s for s in self.by_name.get(name, ()) if s not in new_by_slug)
            new_by_name[name] = kept
        for name, slug in names:
            new_by_name[name] = (*new_by_name[name], slug)
        for name, owners in new_by_name.items():
            if owners:
                self.by_name[name] = owners
                if " " in name:
                    self.compact[name.replace(" ", "")] = name
                    self._index(name)
            else:
                self.by_name.pop(name, None)
                if self.compact.get(name.replace(" ", "")) == name:
                    del self.compact[name.replace(" ", "")]
        for slug, owned in new_by_slug.items():
            if owned:
                self.by_slug[slug] = owned
            else:
                self.by_slug.pop(slug, None)
