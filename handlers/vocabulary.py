"""What the store knows by name: exact entity names in a question, and typo repair.

Typos and one-word queries ("Antropic", "whitehouse") need fuzzy matching on names before
full-text search (see shared/ANSWERING.md). The word list behind it is rebuilt only when the
store's generation moves, so answering stays a handful of indexed queries.
"""

import threading

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from content.store import Store
from content.text import normalize_name
from handlers.lexicon import STOP

MAX_NAME_WORDS = 7


class Vocabulary:
    def __init__(self, store: Store):
        self.store = store
        self._lock = threading.Lock()
        self._generation = -1
        self._buckets: dict[tuple[str, int], list[str]] = {}
        self._compact: dict[str, str] = {}
        self._names: list[tuple[str, str]] = []

    def names_in(self, tokens: list[str]) -> list[tuple[int, int, str]]:
        """(start, end, slug) of entity names in `tokens`, longest first, never overlapping."""
        spans = {}
        for n in range(min(MAX_NAME_WORDS, len(tokens)), 0, -1):
            for i in range(len(tokens) - n + 1):
                spans.setdefault(" ".join(tokens[i : i + n]), (i, i + n))
        found = sorted(
            ((spans[name], slug) for name, slug in self.store.names_in(spans)),
            key=lambda item: (item[0][0] - item[0][1], item[0][0]),
        )
        taken: set[int] = set()
        result = []
        for (start, end), slug in found:
            if taken.isdisjoint(range(start, end)):
                taken.update(range(start, end))
                result.append((start, end, slug))
        return result

    def correct(self, word: str) -> str | None:
        """A known word `word` is probably a typo of, or None.

        One edit (a transposition counts as one) for words up to 7 letters, two beyond.
        """
        if len(word) < 4 or not word.isalpha():
            return None
        self._refresh()
        if word in self._compact:
            return self._compact[word]
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

    def suggest(self, text: str, limit: int = 3) -> list[str]:
        """Slugs whose names look like `text`, best first, for "did you mean"."""
        self._refresh()
        key = normalize_name(text)
        if not key:
            return []
        names = [name for name, _ in self._names]
        matches = process.extract(key, names, limit=limit * 4, score_cutoff=70)
        slugs: list[str] = []
        for _, _, index in matches:
            slug = self._names[index][1]
            if slug not in slugs:
                slugs.append(slug)
        return slugs[:limit]

    def _refresh(self) -> None:
        generation = self.store.generation()
        if generation == self._generation:
            return
        with self._lock:
            if generation == self._generation:
                return
            names = self.store.all_names()
            words = set(self.store.words()) - STOP
            buckets: dict[tuple[str, int], list[str]] = {}
            for word in sorted(words):
                buckets.setdefault((word[0], len(word)), []).append(word)
                buckets.setdefault((word[-1], -len(word)), []).append(word)
            # "whitehouse" for "white house": people run multi-word names together.
            compact = {name.replace(" ", ""): name for name, _ in names if " " in name}
            self._names, self._buckets, self._compact = names, buckets, compact
            self._generation = generation
