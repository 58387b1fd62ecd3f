"""Search on PostgreSQL: its own full-text search over a weighted tsvector per entry (names A,
keywords B, facts C, summary D; see content/pg_schema.py), ranked with ts_rank, and the term
statistics the answerer weighs words by. Mixed into `PgStore` ahead of the SQLite search,
whose choice of selective terms (`_selective`) it keeps."""

from collections.abc import Iterable

# ts_rank's weights for D, C, B, A: summary, facts, keywords, names (as the SQLite store's bm25).
RANK_WEIGHTS = "{0.333, 0.333, 0.667, 1.0}"


class PgSearchMixin:
    def search(self, terms: Iterable[str], limit: int = 25) -> list[tuple[str, float]]:
        """(slug, -ts_rank) of live entries matching any of `terms`, best first (lower is
        better, as bm25 ranks). Each term goes in as a parameter of phraseto_tsquery, so user
        text is only ever words, and a term of several words ("in force") is a phrase, as in
        the SQLite store."""
        terms = self._selective(terms)
        if not terms:
            return []
        query = " || ".join("phraseto_tsquery('briefbot', ?)" for _ in terms)
        rows = self.db.execute(
            f"SELECT e.slug, ts_rank('{RANK_WEIGHTS}', e.fts, q.query) AS rank "
            f"FROM entries e, (SELECT {query} AS query) q "
            "WHERE e.fts @@ q.query AND e.retired = 0 ORDER BY rank DESC, e.slug LIMIT ?",
            [*terms, limit],
        )
        return [(slug, -float(rank)) for slug, rank in rows]

    def doc_counts(self, terms: Iterable[str]) -> dict[str, int]:
        """How many entries hold each term (stemmed, as the index has it)."""
        return self._counted("docs", terms, "phraseto_tsquery")

    def phrase_count(self, phrase: str) -> int:
        return self._counted("phrases", [phrase], "phraseto_tsquery")[phrase]

    KNOWN_SQL = ("SELECT 1 FROM entries WHERE fts @@ phraseto_tsquery('briefbot', ?) "
                 "LIMIT 1")

    @staticmethod
    def _term(term: str) -> str:
        return term  # a parameter of phraseto_tsquery: only ever words

    def _counted(self, name: str, terms: Iterable[str], function: str) -> dict[str, int]:
        """Entries matching each term, remembered until the next content write."""
        memo = self._memo(name)
        terms = list(dict.fromkeys(terms))
        for term in terms:
            if term not in memo:
                row = self.db.execute(
                    f"SELECT count(*) FROM entries WHERE fts @@ {function}('briefbot', ?)",
                    [term]).fetchone()
                memo[term] = int(row[0])
        return {term: memo[term] for term in terms}
