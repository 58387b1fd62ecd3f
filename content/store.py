"""The content store: entries, their revisions, full-text search and the declined-questions log.

SQLite through sqlite-utils. Each thread gets its own connection (Bolt runs listeners on
threads, the scheduler runs jobs): WAL lets readers go on while one writer writes, and every
read-modify-write runs in one `BEGIN IMMEDIATE` transaction so concurrent edits queue up
instead of overwriting each other.
"""

import hashlib
import json
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from content.entry import Entry, from_content
from content.text import normalize_name, stem, words

log = logging.getLogger(__name__)

# The FTS columns, by what they hold: names (title and aliases), phrases (keywords: how readers
# put it), facts (field names and values) and the summary; bm25() weighs them in that order.
FTS_COLUMNS = ("names", "phrases", "facts", "summary")
BM25_WEIGHTS = (6.0, 4.0, 2.0, 2.0)
PACK_ACTOR = "content-pack"
# A search term in more entries than this (and far more than the query's rarest term) is
# left out of the FTS query; see Store.search.
COMMON_DOCS = 1000
# A person's refused attempts within this window share one audit row.
DENIED_WINDOW = timedelta(hours=1)
# Reads remembered between content writes, per kind (term statistics, versions, titles).
MEMO_SIZE = 50_000


class StoreError(Exception):
    """The database cannot be opened or used."""


class EntryMissing(Exception):
    """No entry has that slug."""


class EntryExists(Exception):
    """An entry with that slug already exists."""


class NameTaken(Exception):
    """The name (title or alias) already names another entry; args: (name, slug)."""


@dataclass(frozen=True)
class Audit:
    """Who did what where: one append-only row per edit or denied edit."""

    actor: str
    platform: str
    user: str
    channel: str
    command: str


@dataclass(frozen=True)
class Revision:
    slug: str
    version: int
    actor: str
    at: str
    before: dict[str, Any] | None
    after: dict[str, Any]


@dataclass(frozen=True)
class LoadResult:
    added: int
    changed: int
    unchanged: int


class Store:
    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._write_lock = threading.RLock()
        self._memos: dict[str, dict[str, Any]] = {}
        self._memo_generation = -1
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._create_schema()
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"cannot open database {self.path}: {exc}") from exc

    # -- connections -----------------------------------------------------------------------

    @property
    def db(self) -> Database:
        """This thread's connection, opened on first use: every commit is synced to disk
        (entries, revisions, audit, the digest ledger)."""
        return self._connection("db", "FULL")

    @property
    def light(self) -> Database:
        """This thread's connection for bookkeeping that may lose its last rows in a power
        cut (seen event ids, declined questions, feedback): WAL commits without an fsync; the
        next synced commit makes them durable too."""
        return self._connection("light", "NORMAL")

    def _connection(self, name: str, synchronous: str) -> Database:
        db = getattr(self._local, name, None)
        if db is None:
            conn = sqlite3.connect(
                str(self.path), isolation_level=None, timeout=10, check_same_thread=False
            )
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA busy_timeout=10000")
            conn.execute(f"PRAGMA synchronous={synchronous}")
            db = Database(conn)
            setattr(self._local, name, db)
            with self._lock:
                self._connections.append(conn)
        return db

    def backup(self, target: str | Path) -> int:
        """A consistent copy while writes go on (SQLite's online backup API); returns the
        number of entries copied."""
        target = Path(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        destination = sqlite3.connect(str(target))
        try:
            self.db.conn.backup(destination, pages=256)
            return destination.execute("SELECT count(*) FROM entries").fetchone()[0]
        finally:
            destination.close()

    def close(self) -> None:
        with self._lock:
            for conn in self._connections:
                conn.close()
            self._connections.clear()
        self._local = threading.local()

    @contextmanager
    def write(self, content: bool = True, durable: bool = True) -> Iterator[Database]:
        """One read-modify-write transaction, holding the write lock from its first statement.

        `content` says whether entries may change: then the generation moves, and caches built
        from entries (the typo dictionary) know to refresh.
        """
        db = self.db if durable else self.light
        # Threads of this process queue on a lock (woken at once) rather than on SQLite's busy
        # handler, which sleeps in steps of up to 100 ms; other processes still meet the busy
        # timeout.
        with self._write_lock:
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
                if content:
                    db.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 "
                               "WHERE key = 'generation'")
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise

    def _create_schema(self) -> None:
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            _create_tables(db)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    # -- reads -----------------------------------------------------------------------------

    def generation(self) -> int:
        """A counter bumped by every content write; caches compare it to know when to refresh.
        Inside `reading()` it is read once for the whole scope."""
        pinned = getattr(self._local, "generation", None)
        if pinned is not None:
            return pinned
        row = self.db.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
        return int(row[0])

    @contextmanager
    def reading(self) -> Iterator[None]:
        """One unit of reading (answering a question): every cache consulted inside checks the
        generation once, not at each step. Writes made inside are seen after it ends."""
        if getattr(self._local, "generation", None) is not None:
            yield
            return
        self._local.generation = self.generation()
        try:
            yield
        finally:
            self._local.generation = None

    def meta(self, key: str, default: str = "") -> str:
        memo = self._memo("meta")  # set_meta moves the generation, so this stays true
        if key not in memo:
            row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
            memo[key] = row[0] if row else None
        value = memo[key]
        return default if value is None else value

    def size(self) -> int:
        """How many live entries there are, remembered until the next content write."""
        memo = self._memo("size")
        if "live" not in memo:
            memo["live"] = self.count()
        return memo["live"]

    def count(self, include_retired: bool = False) -> int:
        where = "" if include_retired else " WHERE retired = 0"
        return self.db.execute(f"SELECT count(*) FROM entries{where}").fetchone()[0]

    def get(self, slug: str) -> Entry | None:
        rows = self.db.execute(f"SELECT {_ENTRY_COLS} FROM entries WHERE slug = ?", [slug])
        row = rows.fetchone()
        return _entry(row) if row else None

    def get_many(self, slugs: Iterable[str]) -> dict[str, Entry]:
        slugs = list(dict.fromkeys(slugs))
        if not slugs:
            return {}
        marks = ",".join("?" * len(slugs))
        rows = self.db.execute(
            f"SELECT {_ENTRY_COLS} FROM entries WHERE slug IN ({marks})", slugs
        ).fetchall()
        return {row[0]: _entry(row) for row in rows}

    def versions(self, slugs: Iterable[str]) -> dict[str, int]:
        """slug -> version of the live entries among `slugs`: cheap, for cache checks."""
        return self._live_column("version", slugs)

    def entries(self, kind: str | None = None, include_retired: bool = False) -> list[Entry]:
        sql = f"SELECT {_ENTRY_COLS} FROM entries WHERE 1=1"
        args: list[Any] = []
        if kind:
            sql += " AND kind = ?"
            args.append(kind)
        if not include_retired:
            sql += " AND retired = 0"
        return [_entry(row) for row in self.db.execute(sql + " ORDER BY kind, title", args)]

    def kinds(self) -> list[tuple[str, int]]:
        rows = self.db.execute(
            "SELECT kind, count(*) FROM entries WHERE retired = 0 GROUP BY kind ORDER BY kind"
        )
        return [(kind, n) for kind, n in rows]

    def resolve(self, name: str, include_retired: bool = False) -> Entry | None:
        """The entry whose slug, title or alias is `name` (case and punctuation ignored)."""
        entry = self.get(name.strip().lower())
        if entry is None:
            slugs = self.names_in([normalize_name(name)], include_retired=True)
            entry = self.get(slugs[0][1]) if slugs else None
        if entry is not None and entry.retired and not include_retired:
            return None
        return entry

    def names_in(self, keys: Iterable[str], include_retired: bool = False) -> list[tuple[str, str]]:
        """(name, slug) for every normalised name among `keys`."""
        keys = [k for k in dict.fromkeys(keys) if k]
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        live = "" if include_retired else " AND e.retired = 0"
        rows = self.db.execute(
            f"SELECT n.name, n.slug FROM names n JOIN entries e ON e.slug = n.slug "
            f"WHERE n.name IN ({marks}){live}",
            keys,
        )
        return [(name, slug) for name, slug in rows]

    def titles(self, slugs: Iterable[str]) -> dict[str, str]:
        """slug -> title of the live entries among `slugs`."""
        return self._live_column("title", slugs)

    def _live_column(self, column: str, slugs: Iterable[str]) -> dict[str, Any]:
        """slug -> `column` of the live entries among `slugs`, remembered per generation."""
        slugs = list(dict.fromkeys(slugs))
        memo = self._memo(column)
        wanted = [s for s in slugs if s not in memo]
        if wanted:
            rows = self.db.execute(
                f"SELECT slug, {column} FROM entries WHERE retired = 0 AND slug IN "
                f"({','.join('?' * len(wanted))})",
                wanted,
            )
            found = dict(rows.fetchall())
            memo.update((s, found.get(s)) for s in wanted)
        return {s: memo[s] for s in slugs if memo.get(s) is not None}

    def all_names(self) -> list[tuple[str, str]]:
        rows = self.db.execute(
            "SELECT n.name, n.slug FROM names n JOIN entries e ON e.slug = n.slug "
            "WHERE e.retired = 0"
        )
        return [(name, slug) for name, slug in rows]

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
        by_stem = {t: stem(t.casefold()) for t in terms}
        cache = self._memo("docs")
        wanted = sorted({s for s in by_stem.values() if s not in cache})
        if wanted:
            # fts5vocab counts a term's documents by walking its whole posting list: costly
            # for common terms, hence the cache (cleared by every content write).
            rows = self.db.execute(
                f"SELECT term, doc FROM entries_vocab "
                f"WHERE term IN ({','.join('?' * len(wanted))})",
                wanted,
            )
            docs = dict(rows.fetchall())
            cache.update((s, docs.get(s, 0)) for s in wanted)
        return {t: cache[s] for t, s in by_stem.items()}

    def phrase_count(self, phrase: str) -> int:
        """How many live or retired entries hold `phrase` (its words in a row), remembered until
        the next content write."""
        memo = self._memo("phrases")
        if phrase not in memo:
            row = self.db.execute("SELECT count(*) FROM entries_fts WHERE entries_fts MATCH ?",
                                  [fts_quote(phrase)]).fetchone()
            memo[phrase] = row[0]
        return memo[phrase]

    def known_terms(self, terms: Iterable[str]) -> set[str]:
        """Which of `terms` occur anywhere in the indexed text (after porter stemming)."""
        terms = list(dict.fromkeys(terms))
        cache = self._memo("known")
        for term in terms:
            if term not in cache:
                row = self.db.execute(
                    "SELECT 1 FROM entries_fts WHERE entries_fts MATCH ? LIMIT 1",
                    [fts_quote(term)],
                ).fetchone()
                cache[term] = row is not None
        return {term for term in terms if cache[term]}

    def _memo(self, name: str) -> dict[str, Any]:
        """A memo of reads (term statistics, versions, titles) that lives until the next
        content write moves the generation; `reading()` makes that one check per question."""
        if self.db.conn.in_transaction:
            return {}  # uncommitted rows may yet be rolled back: remember nothing
        generation = self.generation()
        if self._memo_generation != generation:
            self._memos, self._memo_generation = {}, generation
        memo = self._memos.setdefault(name, {})
        if len(memo) > MEMO_SIZE:  # start afresh (a thread holding the old one finishes with it)
            memo = self._memos[name] = {}
        return memo

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

    def revisions(self, slug: str) -> list[Revision]:
        rows = self.db.execute(
            "SELECT slug, version, actor, at, before, after FROM revisions "
            "WHERE slug = ? ORDER BY version DESC",
            [slug],
        )
        return [_revision(row) for row in rows]

    # -- writes ----------------------------------------------------------------------------

    def load_pack(self, entries: Iterable[Entry], now: datetime) -> LoadResult:
        """Bring the store in line with a pack; unchanged pack entries are left alone.

        An entry's pack hash remembers what the pack said when last loaded, so reloading the
        same files changes nothing, and an admin's chat edit survives until the file changes.
        """
        added = changed = unchanged = 0
        with self.write() as db:
            for entry in entries:
                digest = _hash(entry.content())
                row = db.execute(
                    "SELECT pack_hash FROM entries WHERE slug = ?", [entry.slug]
                ).fetchone()
                if row and row[0] == digest:
                    unchanged += 1
                    continue
                revision = self._save(db, entry, PACK_ACTOR, now)
                db.execute("UPDATE entries SET pack_hash = ? WHERE slug = ?", [digest, entry.slug])
                if revision is None:
                    unchanged += 1
                elif revision.version == 1:
                    added += 1
                else:
                    changed += 1
        return LoadResult(added, changed, unchanged)

    def retire_missing(self, slugs: set[str], now: datetime) -> int:
        """Retire the live entries a pack brought that are not among `slugs`; returns how
        many. They forget their pack hash, so a pack that lists them again brings them back."""
        with self.write() as db:
            rows = db.execute("SELECT slug FROM entries WHERE pack_hash IS NOT NULL "
                              "AND retired = 0").fetchall()
            gone = [slug for (slug,) in rows if slug not in slugs]
            for slug in gone:
                entry = self.get(slug)
                if entry is not None:
                    self._save(db, replace(entry, retired=True), PACK_ACTOR, now)
                db.execute("UPDATE entries SET pack_hash = NULL WHERE slug = ?", [slug])
        return len(gone)

    def edit(
        self, slug: str, change: Callable[[Entry], Entry], audit: Audit, now: datetime
    ) -> tuple[Entry, Revision | None]:
        """Apply `change` to the current entry as one read-modify-write, audited in the same
        transaction. Concurrent edits queue on the write lock, so none is lost.

        Returns the entry before the edit and the new revision (None if nothing changed).
        `change` may raise to refuse the edit; then nothing is written.
        """
        with self.write() as db:
            current = self.get(slug)
            if current is None:
                raise EntryMissing(slug)
            updated = change(current)
            self._check_names(db, updated)
            revision = self._save(db, updated, audit.actor, now)
            result = f"ok: {slug} v{revision.version}" if revision else f"unchanged: {slug}"
            self.record_audit(db, audit, result, now)
        return current, revision

    def create(self, entry: Entry, audit: Audit, now: datetime) -> Revision:
        with self.write() as db:
            if self.get(entry.slug) is not None:
                raise EntryExists(entry.slug)
            self._check_names(db, entry)
            revision = self._save(db, entry, audit.actor, now)
            assert revision is not None
            self.record_audit(db, audit, f"ok: {entry.slug} v1", now)
        return revision

    def deny(self, audit: Audit, now: datetime) -> None:
        """Record a refused attempt; nothing else changes. One person's refused attempts within
        an hour share one row that counts them."""
        with self.write(content=False) as db:
            row = db.execute(
                "SELECT id FROM audit WHERE actor = ? AND result = 'denied' AND at >= ? "
                "ORDER BY id DESC LIMIT 1",
                [audit.actor, (now - DENIED_WINDOW).isoformat()]).fetchone()
            if row:
                db.execute("UPDATE audit SET count = count + 1, last_at = ? WHERE id = ?",
                           [now.isoformat(), row[0]])
            else:
                self.record_audit(db, audit, "denied", now)

    def audit_rows(self, since: datetime | None = None) -> list[dict[str, Any]]:
        where, args = ("WHERE at >= ?", [since.isoformat()]) if since else ("", [])
        return list(self.db.query(f"SELECT * FROM audit {where} ORDER BY id", args))

    def revision(self, slug: str, version: int) -> Revision | None:
        row = self.db.execute(
            "SELECT slug, version, actor, at, before, after FROM revisions "
            "WHERE slug = ? AND version = ?",
            [slug, version],
        ).fetchone()
        return _revision(row) if row else None

    def revisions_since(self, since: datetime, tracked_only: bool = True) -> list[Revision]:
        """Every revision from `since` on, oldest first; tracked entries only by default."""
        tracked = " AND e.tracked = 1" if tracked_only else ""
        rows = self.db.execute(
            "SELECT r.slug, r.version, r.actor, r.at, r.before, r.after FROM revisions r "
            f"JOIN entries e ON e.slug = r.slug WHERE r.at >= ?{tracked} ORDER BY r.at, r.id",
            [since.isoformat()],
        )
        return [_revision(row) for row in rows]

    def _check_names(self, db: Database, entry: Entry) -> None:
        for name in (entry.title, *entry.aliases):
            for _, owner in self.names_in([normalize_name(name)], include_retired=True):
                if owner != entry.slug:
                    raise NameTaken(name, owner)

    def record_audit(self, db: Database, audit: Audit, result: str, now: datetime) -> None:
        """One audit row, inside the caller's write transaction."""
        db.execute(
            "INSERT INTO audit (at, actor, platform, user, channel, command, result) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [now.isoformat(), audit.actor, audit.platform, audit.user, audit.channel,
             audit.command[:500], result],
        )

    def set_meta(self, values: dict[str, str]) -> None:
        with self.write() as db:
            for key, value in values.items():
                db.execute(
                    "INSERT INTO meta (key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    [key, value],
                )

    def record_declined(
        self, question: str, platform: str, user: str, channel: str, now: datetime
    ) -> None:
        with self.write(content=False, durable=False) as db:
            _decline(db, question, platform, user, channel, now)

    def first_time(self, platform: str, event_id: str, thread: tuple[str, str] | None = None,
                   keep_hours: int = 24) -> bool:
        """True the first time an event id is seen; platforms redeliver events they think
        failed. Ids older than `keep_hours` are forgotten (platforms stop retrying long before).
        A first sighting can also remember a (channel, thread) the bot now answers in, in the
        same transaction: one write per event."""
        now = datetime.now(UTC)
        with self.write(content=False, durable=False) as db:
            db.execute("DELETE FROM seen_events WHERE at < ?",
                       [(now - timedelta(hours=keep_hours)).isoformat()])
            cursor = db.execute(
                "INSERT OR IGNORE INTO seen_events (platform, event_id, at) VALUES (?, ?, ?)",
                [platform, event_id, now.isoformat()],
            )
            first = cursor.rowcount == 1
            if first and thread:
                db.execute("INSERT OR IGNORE INTO threads (platform, channel, thread) "
                           "VALUES (?, ?, ?)", [platform, *thread])
            return first

    def follow(self, platform: str, channel: str, thread: str) -> None:
        """Remember a thread the bot now answers in."""
        with self.write(content=False, durable=False) as db:
            db.execute("INSERT OR IGNORE INTO threads (platform, channel, thread) "
                       "VALUES (?, ?, ?)", [platform, channel, thread])

    def knows_thread(self, platform: str, channel: str, thread: str) -> bool:
        row = self.db.execute(
            "SELECT 1 FROM threads WHERE platform = ? AND channel = ? AND thread = ?",
            [platform, channel, thread],
        ).fetchone()
        return row is not None

    def record_feedback(self, platform: str, user: str, channel: str, question: str, slug: str,
                        helpful: bool, now: datetime) -> None:
        """A Helpful / Not helpful click; a Not helpful one puts the question on the gaps list."""
        with self.write(content=False, durable=False) as db:
            db.execute(
                "INSERT INTO feedback (at, platform, user, channel, question, slug, helpful) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [now.isoformat(), platform, user, channel, question, slug, int(helpful)],
            )
            if not helpful and question:
                _decline(db, question, platform, user, channel, now)

    def record_taught(self, slug: str, question: str, closed: list[int], now: datetime) -> None:
        """Remember a taught phrasing (for `content export`) and take the declined questions it
        answers off the gaps list."""
        with self.write(content=False) as db:
            db.execute("INSERT INTO taught (at, slug, question) VALUES (?, ?, ?)",
                       [now.isoformat(), slug, question])
            for start in range(0, len(closed), 500):
                chunk = closed[start : start + 500]
                db.execute(f"DELETE FROM declined WHERE id IN ({','.join('?' * len(chunk))})",
                           chunk)

    def taught(self) -> list[tuple[str, str]]:
        """(slug, question) of every taught phrasing, oldest first."""
        rows = self.db.execute("SELECT slug, question FROM taught ORDER BY id")
        return [(slug, question) for slug, question in rows]

    def feedback(self) -> list[dict[str, Any]]:
        return list(self.db.query("SELECT * FROM feedback ORDER BY id"))

    def declined(self) -> list[dict[str, Any]]:
        return list(self.db.query("SELECT * FROM declined ORDER BY id"))

    def _save(self, db: Database, entry: Entry, actor: str, now: datetime) -> Revision | None:
        """Write `entry` as the next version inside the caller's transaction; None if unchanged."""
        current = self.get(entry.slug)
        before = current.content() if current else None
        after = entry.content()
        if before == after:
            return None
        version = (current.version if current else 0) + 1
        at = now.isoformat()
        row = {
            "slug": entry.slug,
            "kind": entry.kind,
            "title": entry.title,
            "summary": entry.summary,
            "fields": json.dumps(after["fields"], ensure_ascii=False),
            "aliases": json.dumps(after["aliases"], ensure_ascii=False),
            "keywords": json.dumps(after["keywords"], ensure_ascii=False),
            "related": json.dumps(after["related"], ensure_ascii=False),
            "sources": json.dumps(after["sources"], ensure_ascii=False),
            "tracked": int(entry.tracked),
            "retired": int(entry.retired),
            "version": version,
            "updated_at": at,
            "updated_by": actor,
            "facts": " . ".join(f"{k.replace('_', ' ')}: {v}" for k, v in entry.fields.items()),
            "names": " . ".join([entry.title, *entry.aliases]),
            "phrases": " . ".join(entry.keywords),
        }
        # Plain SQL on the hot write path: sqlite-utils' upsert re-reads the schema per call.
        columns = ", ".join(row)
        updates = ", ".join(f"{c} = excluded.{c}" for c in row if c != "slug")
        db.execute(
            f"INSERT INTO entries ({columns}) VALUES ({', '.join('?' * len(row))}) "
            f"ON CONFLICT(slug) DO UPDATE SET {updates}",
            list(row.values()),
        )
        db.execute("DELETE FROM names WHERE slug = ?", [entry.slug])
        keys = {normalize_name(n) for n in (entry.slug, entry.title, *entry.aliases)}
        db.conn.executemany(
            "INSERT OR IGNORE INTO names (name, slug) VALUES (?, ?)",
            [(k, entry.slug) for k in keys if k],
        )
        text = " ".join([entry.title, entry.summary, *entry.fields,
                         *entry.fields.values(), *entry.aliases, *entry.keywords])
        db.conn.executemany(
            "INSERT OR IGNORE INTO words (word) VALUES (?)",
            [(w,) for w in set(words(text)) if len(w) >= 3 and w.isalpha()],
        )
        db.execute(
            "INSERT INTO revisions (slug, version, actor, at, before, after) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [entry.slug, version, actor, at,
             json.dumps(before, ensure_ascii=False) if before else None,
             json.dumps(after, ensure_ascii=False)],
        )
        return Revision(entry.slug, version, actor, at, before, after)


def _decline(db: Database, question: str, platform: str, user: str, channel: str,
             now: datetime) -> None:
    """A declined question: a new row, or one more on the row of the same question."""
    key = normalize_name(question)[:500]
    bumped = db.execute("UPDATE declined SET count = count + 1, last_at = ?, question = ? "
                        "WHERE key = ?", [now.isoformat(), question[:500], key])
    if bumped.rowcount == 0:
        db.execute(
            "INSERT INTO declined (at, last_at, question, key, platform, user, channel) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [now.isoformat(), now.isoformat(), question[:500], key, platform, user, channel])


def fts_quote(term: str) -> str:
    """An FTS5 string literal: user text inside it is only ever words, never operators."""
    return '"' + term.replace('"', '""') + '"'


_ENTRY_COLS = (
    "slug, kind, title, summary, fields, aliases, keywords, related, sources, tracked, "
    "retired, version, updated_at, updated_by"
)


def _entry(row: tuple) -> Entry:
    data = dict(zip(_ENTRY_COLS.split(", "), row, strict=True))
    for key in ("fields", "aliases", "keywords", "related", "sources"):
        data[key] = json.loads(data[key])
    return from_content(
        data,
        version=data["version"],
        updated_at=data["updated_at"],
        updated_by=data["updated_by"],
    )


def _revision(row: tuple) -> Revision:
    slug, version, actor, at, before, after = row
    return Revision(slug, version, actor, at, json.loads(before) if before else None,
                    json.loads(after))


def _hash(content: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(content, sort_keys=True).encode()).hexdigest()


def _index_columns(db: Database) -> None:
    """Create the FTS index, or rebuild one made with other columns by an older version."""
    fts = db["entries_fts"]
    if fts.exists() and tuple(fts.columns_dict) == FTS_COLUMNS:
        return
    if "phrases" not in db["entries"].columns_dict:
        db.execute("ALTER TABLE entries ADD COLUMN phrases TEXT")
    if fts.exists():
        log.info("rebuilding the search index with columns %s", ", ".join(FTS_COLUMNS))
        db["entries"].disable_fts()
        db.execute("DROP TABLE IF EXISTS entries_vocab")
    for slug, title, aliases, keywords in db.execute(
        "SELECT slug, title, aliases, keywords FROM entries"
    ).fetchall():
        db.execute("UPDATE entries SET names = ?, phrases = ? WHERE slug = ?",
                   [" . ".join([title, *json.loads(aliases)]),
                    " . ".join(json.loads(keywords)), slug])
    db["entries"].enable_fts(list(FTS_COLUMNS), tokenize="porter", create_triggers=True)
    db["entries"].rebuild_fts()


def _create_tables(db: Database) -> None:
    db["meta"].create({"key": str, "value": str}, pk="key", if_not_exists=True)
    db.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('generation', '0')")
    db["entries"].create(
        {
            "slug": str, "kind": str, "title": str, "summary": str, "fields": str,
            "aliases": str, "keywords": str, "related": str, "sources": str, "tracked": int,
            "retired": int, "version": int, "updated_at": str, "updated_by": str,
            "pack_hash": str, "facts": str, "names": str, "phrases": str,
        },
        pk="slug",
        not_null={"kind", "title", "summary", "version"},
        if_not_exists=True,
    )
    _index_columns(db)
    db.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS entries_vocab USING fts5vocab(entries_fts, 'row')"
    )
    db["names"].create({"name": str, "slug": str}, pk=("name", "slug"), if_not_exists=True)
    db.execute("CREATE INDEX IF NOT EXISTS names_slug ON names (slug)")
    db["revisions"].create(
        {"id": int, "slug": str, "version": int, "actor": str, "at": str, "before": str,
         "after": str},
        pk="id",
        not_null={"slug", "version", "actor", "at", "after"},
        if_not_exists=True,
    )
    db.execute(
        "CREATE UNIQUE INDEX IF NOT EXISTS revisions_slug_version ON revisions (slug, version)"
    )
    db["words"].create({"word": str}, pk="word", if_not_exists=True)
    db["seen_events"].create({"platform": str, "event_id": str, "at": str},
                             pk=("platform", "event_id"), if_not_exists=True)
    db.execute("CREATE INDEX IF NOT EXISTS seen_events_at ON seen_events (at)")
    db["threads"].create({"platform": str, "channel": str, "thread": str},
                         pk=("platform", "channel", "thread"), if_not_exists=True)
    db["feedback"].create(
        {"id": int, "at": str, "platform": str, "user": str, "channel": str, "question": str,
         "slug": str, "helpful": int},
        pk="id", if_not_exists=True,
    )
    db["audit"].create(
        {"id": int, "at": str, "actor": str, "platform": str, "user": str, "channel": str,
         "command": str, "result": str},
        pk="id",
        not_null={"at", "actor", "command", "result"},
        if_not_exists=True,
    )
    _add_columns(db, "audit", {"count": "INTEGER NOT NULL DEFAULT 1", "last_at": "TEXT"})
    # History is evidence: revisions and audit rows can be added, never changed or removed,
    # save one thing: a denied attempt's row counts the same person's further attempts that
    # hour (so a flood of refused commands is one row, not thousands).
    audit_update = db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND "
                              "name = 'audit_no_update'").fetchone()
    if audit_update and "WHEN" not in audit_update[0]:
        db.execute("DROP TRIGGER audit_no_update")
    fixed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in
                        ("id", "at", "actor", "platform", "user", "channel", "command",
                         "result"))
    db.execute(
        "CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit WHEN "
        f"OLD.result != 'denied' OR NEW.count < OLD.count OR {fixed} "
        "BEGIN SELECT RAISE(ABORT, 'audit rows are append-only'); END")
    for table, action in (("audit", "DELETE"), ("revisions", "UPDATE"),
                          ("revisions", "DELETE")):
        db.execute(
            f"CREATE TRIGGER IF NOT EXISTS {table}_no_{action.lower()} BEFORE {action} "
            f"ON {table} BEGIN SELECT RAISE(ABORT, '{table} rows are append-only'); END"
        )
    db["people"].create({"actor": str, "name": str, "at": str}, pk="actor",
                        if_not_exists=True)
    db["taught"].create({"id": int, "at": str, "slug": str, "question": str}, pk="id",
                        if_not_exists=True)
    db["declined"].create(
        {"id": int, "at": str, "question": str, "platform": str, "user": str, "channel": str},
        pk="id",
        if_not_exists=True,
    )
    # A question declined again bumps its row's count: asked 500 times is one row.
    if _add_columns(db, "declined", {"key": "TEXT", "count": "INTEGER NOT NULL DEFAULT 1",
                                     "last_at": "TEXT"}):
        for row_id, question in db.execute("SELECT id, question FROM declined").fetchall():
            db.execute("UPDATE declined SET key = ?, last_at = at WHERE id = ?",
                       [normalize_name(question), row_id])
    db.execute("CREATE INDEX IF NOT EXISTS declined_key ON declined (key)")


def _add_columns(db: Database, table: str, columns: dict[str, str]) -> bool:
    """Add the columns a table made by an older version lacks; True if any was added."""
    have = db[table].columns_dict
    missing = {name: kind for name, kind in columns.items() if name not in have}
    for name, kind in missing.items():
        db.execute(f"ALTER TABLE {table} ADD COLUMN {name} {kind}")
    return bool(missing)
