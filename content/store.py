"""The content store: one SQLite database through sqlite-utils, its connections and
transactions. What it holds is split by responsibility: entries and revisions
(`content/entries.py`), the audit log (`content/audit.py`), search (`content/search.py`), the
tables (`content/schema.py`); the delivery ledger, gaps, conversations, channels and people have
modules of their own over the same store.

Each thread gets its own connection (Bolt runs listeners on threads, the scheduler runs jobs):
WAL lets readers go on while one writer writes, and every read-modify-write runs in one
`BEGIN IMMEDIATE` transaction so concurrent edits queue up instead of overwriting each other.
"""

import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from content.audit import AuditMixin
from content.entries import PACK_ACTOR, EntriesMixin, revision_from_row
from content.records import (
    Audit,
    EntryExists,
    EntryMissing,
    LoadResult,
    NameTaken,
    Revision,
    StoreError,
)
from content.schema import create_tables
from content.search import SearchMixin, fts_quote

__all__ = ["PACK_ACTOR", "Audit", "EntryExists", "EntryMissing", "LoadResult", "NameTaken",
           "Revision", "Store", "StoreError", "fts_quote", "open_store", "revision_from_row"]

log = logging.getLogger(__name__)

# Reads remembered between content writes, per kind (term statistics, versions, titles).
MEMO_SIZE = 50_000


class Store(EntriesMixin, AuditMixin, SearchMixin):
    # What a read that claims rows adds: nothing on SQLite, whose write lock is the store's.
    LOCK_ROWS = ""

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

    @property
    def location(self) -> str:
        """Where the store lives, to open it again (another handle, another process)."""
        return str(self.path)

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
                # SQLite may have rolled back already ("database or disk is full"): a second
                # ROLLBACK would raise and hide that error.
                if db.conn.in_transaction:
                    db.execute("ROLLBACK")
                raise

    def _create_schema(self) -> None:
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            create_tables(db)
            db.execute("COMMIT")
        except BaseException:
            if db.conn.in_transaction:
                db.execute("ROLLBACK")
            raise

    def generation(self) -> int:
        """A counter bumped by every content write; caches compare it to know when to refresh.
        Inside `reading()` it is read once for the whole scope."""
        pinned = getattr(self._local, "generation", None)
        if pinned is not None:
            return pinned
        row = self.db.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
        return int(row[0])

    def connection_lost(self, exc: BaseException) -> bool:
        """Did `exc` come from a connection the server dropped (one a retry would replace)?
        Never, for a file on this machine."""
        return False

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

    def set_meta(self, values: dict[str, str]) -> None:
        with self.write() as db:
            for key, value in values.items():
                db.execute(
                    "INSERT INTO meta (key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    [key, value],
                )

    def size(self) -> int:
        """About how many entries there are (retired ones included), for term statistics: read
        from the table's last rowid, which costs nothing even at 100,000 entries (counting
        the live ones scans them all)."""
        row = self.db.execute("SELECT max(rowid) FROM entries").fetchone()
        return int(row[0] or 0)

    def count(self, include_retired: bool = False) -> int:
        where = "" if include_retired else " WHERE retired = 0"
        return self.db.execute(f"SELECT count(*) FROM entries{where}").fetchone()[0]

    def _remembered(self, name: str, keys: list, sql: str) -> dict[str, Any]:
        """Values for `keys` by one `IN ({marks})` query (key, value rows), remembered until
        the next content write; a key with no row maps to None."""
        memo = self._memo(name)
        wanted = [k for k in keys if k not in memo]
        if wanted:
            rows = self.db.execute(sql.format(marks=",".join("?" * len(wanted))), wanted)
            found = dict(rows.fetchall())
            memo.update((k, found.get(k)) for k in wanted)
        return memo

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


def open_store(location: str | Path) -> Store:
    """The store at `location`: a `postgresql://` URL (several replicas may share it), else
    a SQLite file."""
    if str(location).startswith(("postgresql://", "postgres://")):
        from content.pg import PgStore  # psycopg is needed only by deployments that use it

        return PgStore(str(location))
    return Store(location)
