"""Full-text search and term statistics over the entries (FTS5, porter-stemmed), and the
name and word feeds the answerer's vocabulary is built from. Mixed into `Store`."""

from collections.abc import Iterable

from content.text import apart_forms, porter

# The FTS columns, by what they hold: names (title and aliases), phrases (keywords: how readers
# put it), facts (field names and values) and the summary; bm25() weighs them in that order.
FTS_COLUMNS = ("names", "phrases", "facts", "summary")
BM25_WEIGHTS = (6.0, 4.0, 2.0, 2.0)
# A search term in more entries than this (and far more than the query's rarest term) is
# left out of the FTS query; see SearchMixin.search.
COMMON_DOCS = 1000


class SearchMixin:
    def search(self, terms: Iterable[str], limit: int = 25) -> list[tuple[str, float]]:
        """(slug, bm25 rank) of live entries matching any of `terms`, best first.

        Each term is quoted as an FTS5 string, so user text can never be read as FTS syntax.
        Terms far commoner than the rarest one are left out of the query: they add little to
        the ranking (their IDF is low) but make bm25 score a large part of the table.
        """
        query = " OR ".join(fts_quote(t) for t in self._selective(terms))
        if not query:
            return []
        weights = ", ".join(str(w) for w in BM25_WEIGHTS)
        rows = self.db.execute(
            f"SELECT e.slug, bm25(entries_fts, {weights}) AS rank FROM entries_fts "
            "JOIN entries e ON e.rowid = entries_fts.rowid "
            "WHERE entries_fts MATCH ? AND e.retired = 0 ORDER BY rank LIMIT ?",
            [query, limit],
        )
        return [(slug, rank) for slug, rank in rows]

    def _selective(self, terms: Iterable[str]) -> list[str]:
        terms = [t for t in dict.fromkeys(terms) if t]
        if len(terms) <= 1:
            return terms
        counts = self.doc_counts(terms)
        rarest = min(counts.values())
        keep = [t for t in terms if counts[t] <= max(COMMON_DOCS, 8 * rarest)]
        return keep or sorted(terms, key=counts.__getitem__)[:2]

    def doc_counts(self, terms: Iterable[str]) -> dict[str, int]:
        """How many entries hold each term (porter-stemmed, as the index has it)."""
        by_stem = {t: porter(t.casefold()) for t in terms}
        # fts5vocab counts a term's documents by walking its whole posting list: costly for
        # common terms, hence remembered (until the next content write).
        docs = self._remembered("docs", sorted(set(by_stem.values())),
                                "SELECT term, doc FROM entries_vocab WHERE term IN ({marks})")
        return {t: docs[s] or 0 for t, s in by_stem.items()}

    def phrase_count(self, phrase: str) -> int:
        """How many live or retired entries hold `phrase` (its words in a row), remembered until
        the next content write."""
        memo = self._memo("phrases")
        if phrase not in memo:
            row = self.db.execute("SELECT count(*) FROM entries_fts WHERE entries_fts MATCH ?",
                                  [fts_quote(phrase)]).fetchone()
            memo[phrase] = row[0]
        return memo[phrase]

    # How one term is looked for in the index (PostgreSQL's store has its own).
    KNOWN_SQL = "SELECT 1 FROM entries_fts WHERE entries_fts MATCH ? LIMIT 1"

    def known_terms(self, terms: Iterable[str]) -> set[str]:
        """Which of `terms` occur anywhere in the indexed text (after stemming)."""
        terms = list(dict.fromkeys(terms))
        cache = self._memo("known")
        for term in terms:
            if term not in cache:
                row = self.db.execute(self.KNOWN_SQL, [self._term(term)]).fetchone()
                cache[term] = row is not None and self._held_apart(term)
        return {term for term in terms if cache[term]}

    def _held_apart(self, term: str) -> bool:
        """Is a word the answerer keeps apart from its Porter stem held in a form of its own?
        The index stems as Porter does, so it finds "department" in an entry that only says
        "departed" ("which department inspected the Tern?"); the store's words say whether
        "department" or "departments" is there."""
        forms = apart_forms(term.casefold())
        if not forms:
            return True
        marks = ",".join("?" * len(forms))
        row = self.db.execute(f"SELECT 1 FROM words WHERE word IN ({marks}) LIMIT 1",
                              list(forms)).fetchone()
        return row is not None

    @staticmethod
    def _term(term: str) -> str:
        return fts_quote(term)  # user text inside it is only ever words

    def all_names(self) -> list[tuple[str, str]]:
        rows = self.db.execute(
            "SELECT n.name, n.slug FROM names n JOIN entries e ON e.slug = n.slug "
            "WHERE e.retired = 0"
        )
        return [(name, slug) for name, slug in rows]

    def words(self, after: int = 0) -> list[tuple[int, str]]:
        """(rowid, word) for every word stored in an entry since rowid `after`: the dictionary
        typos are corrected against. Words are only ever added, so callers can catch up."""
        rows = self.db.execute("SELECT rowid, word FROM words WHERE rowid > ?", [after])
        return rows.fetchall()

    def last_revision(self) -> int:
        """The id of the newest revision (0 for none): a mark to ask what changed since."""
        return self.db.execute("SELECT coalesce(max(id), 0) FROM revisions").fetchone()[0]

    def changed_since(self, revision: int) -> list[str]:
        """Slugs of the entries changed by revisions newer than `revision`."""
        # Not DISTINCT in SQL: SQLite would then scan the whole (slug, version) index.
        rows = self.db.execute("SELECT slug FROM revisions WHERE id > ?", [revision])
        return list(dict.fromkeys(slug for (slug,) in rows))

    def names_of(self, slugs: Iterable[str]) -> list[tuple[str, str]]:
        """(name, slug) for the live entries among `slugs`."""
        slugs = list(dict.fromkeys(slugs))
        found: list[tuple[str, str]] = []
        for start in range(0, len(slugs), 500):
            chunk = slugs[start : start + 500]
            found += self.db.execute(
                f"SELECT n.name, n.slug FROM names n JOIN entries e ON e.slug = n.slug "
                f"WHERE e.retired = 0 AND n.slug IN ({','.join('?' * len(chunk))})",
                chunk,
            ).fetchall()
        return found


def fts_quote(term: str) -> str:
    """An FTS5 string literal: user text inside it is only ever words, never operators."""
    return '"' + term.replace('"', '""') + '"'
