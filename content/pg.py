"""The content store on PostgreSQL (psycopg 3, psycopg_pool), for several replicas sharing one
database. Same API and behaviour as the SQLite store: the entries, audit, ledger, gaps and
platform-state modules run their SQL unchanged through `PgConnection`, which reads SQLite's
dialect the few places it differs (placeholders, `INSERT OR IGNORE`, auto-increment keys,
two reserved column names). Search is PostgreSQL's own: a weighted tsvector per entry
(names A, keywords B, facts C, summary D) ranked with ts_rank, in a configuration that reads
words as SQLite's porter tokenizer does (stems, accents folded, no stop-word list).

Writes keep SQLite's one-writer rule across every replica: each write transaction first takes
a transaction-level advisory lock, so a read-modify-write (an edit, a ledger claim) can never
interleave with another, and the generation counter moves in the same transaction, so every
replica's caches see an edit at their next read.
"""

import contextlib
import logging
import os
import re
import subprocess
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import psycopg
from psycopg.pq import TransactionStatus
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

from content.pg_schema import create_tables
from content.pg_search import PgSearchMixin
from content.records import StoreError
from content.store import Store

log = logging.getLogger(__name__)

WRITE_LOCK = 0x6272_6965  # the advisory lock every write transaction takes ("brie")
# Connections one process may hold: two per thread that touches the store (asyncio's worker
# threads, at most 32, the event loop's, the scheduler's).
POOL_SIZE = 80


def redacted(url: str) -> str:
    """The URL without its password (before the @, or as `?password=`), for logs and
    `status`."""
    return _without_password(url, "***")


def _without_password(url: str, mask: str | None) -> str:
    """The URL with each password it holds replaced by `mask`, or left out when None."""
    parts = urlsplit(url)
    if parts.password is not None:
        host = parts.hostname or ""
        user = parts.username + (f":{mask}" if mask is not None else "")
        parts = parts._replace(netloc=f"{user}@{host}" + (f":{parts.port}" if parts.port else ""))
    query = [(k, mask if k.lower() == "password" else v)
             for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if mask is not None or k.lower() != "password"]
    return urlunsplit(parts._replace(query=urlencode(query, safe="*")))


def _passwords(url: str) -> list[str]:
    """Every password the URL holds, to mask in error messages."""
    parts = urlsplit(url)
    found = [v for k, v in parse_qsl(parts.query) if k.lower() == "password" and v]
    return [p for p in [parts.password, *found] if p]


@lru_cache(maxsize=4096)
def translate(sql: str) -> str:
    """SQLite's dialect, as the store's modules write it, in PostgreSQL's."""
    sql = sql.replace("%", "%%")
    if "INSERT OR IGNORE INTO" in sql:
        sql = sql.replace("INSERT OR IGNORE INTO", "INSERT INTO") + " ON CONFLICT DO NOTHING"
    sql = sql.replace("INTEGER PRIMARY KEY", "BIGSERIAL PRIMARY KEY")
    sql = re.sub(r"\bmax\(cursor, ", "GREATEST(cursor, ", sql)
    sql = re.sub(r"(?<![\".\w])(user|only)\b", r'"\1"', sql)  # reserved words in PostgreSQL
    return sql.replace("?", "%s")


def clean_params(params: Iterable[Any]) -> list[Any]:
    """PostgreSQL text cannot hold NUL; SQLite's can. A NUL typed into chat becomes U+FFFD."""
    return [p.replace("\x00", "\ufffd") if isinstance(p, str) and "\x00" in p else p
            for p in params]


class PgConnection:
    """One pooled connection, with the part of sqlite_utils.Database the store's modules use:
    `execute` (a cursor), `query` (dict rows), `conn.executemany`, `conn.in_transaction`."""

    def __init__(self, raw: psycopg.Connection):
        self.raw = raw

    def execute(self, sql: str, params: Iterable[Any] = ()) -> psycopg.Cursor:
        cursor = self.raw.cursor()
        cursor.execute(translate(sql), clean_params(params))
        return cursor

    def execute_raw(self, sql: str) -> None:
        self.raw.execute(sql)  # DDL with PostgreSQL's own syntax: no placeholders, no rewriting

    def query(self, sql: str, params: Iterable[Any] = ()) -> Iterator[dict[str, Any]]:
        with self.raw.cursor(row_factory=dict_row) as cursor:
            cursor.execute(translate(sql), clean_params(params))
            return iter(cursor.fetchall())

    def executemany(self, sql: str, rows: Iterable[Iterable[Any]]) -> None:
        rows = [clean_params(r) for r in rows]
        if rows:
            with self.raw.cursor() as cursor:
                cursor.executemany(translate(sql), rows)

    @property
    def conn(self) -> "PgConnection":
        return self

    @property
    def in_transaction(self) -> bool:
        return self.raw.info.transaction_status != TransactionStatus.IDLE

    @property
    def usable(self) -> bool:
        return not self.raw.closed and not self.raw.broken


class PgStore(PgSearchMixin, Store):
    """The store's API over a PostgreSQL database (`BRIEFBOT_DB=postgresql://...`)."""

    LOCK_ROWS = " FOR UPDATE SKIP LOCKED"

    def __init__(self, url: str, pool_size: int = POOL_SIZE):
        self.url = url
        self.path = None
        self._local = threading.local()
        self._lock = threading.Lock()
        self._write_lock = threading.RLock()
        self._memos: dict[str, dict[str, Any]] = {}
        self._memo_generation = -1
        self._held: list[psycopg.Connection] = []
        try:
            # One plain connection first: a wrong password or an unknown host fails here at
            # once, naming the cause, where the pool would retry for 30 s and say "timeout".
            psycopg.connect(url, connect_timeout=10).close()
            self.pool = ConnectionPool(url, min_size=1, max_size=pool_size, open=True,
                                       kwargs={"autocommit": True}, timeout=30,
                                       name="briefbot")
            self.pool.wait(timeout=30)
            self._create_schema()
        except (psycopg.Error, OSError, Exception) as exc:
            if isinstance(exc, StoreError):
                raise
            reason = " ".join(str(exc).split())[:200]
            for password in _passwords(url):
                reason = reason.replace(password, "***")
            raise StoreError(f"cannot open database {redacted(url)}: "
                             f"{type(exc).__name__}: {reason}") from exc

    def __repr__(self) -> str:
        return f"PgStore({redacted(self.url)})"

    @property
    def location(self) -> str:
        return self.url

    @property
    def db(self) -> PgConnection:  # type: ignore[override]
        return self._connection("db")

    @property
    def light(self) -> PgConnection:  # type: ignore[override]
        """Bookkeeping writes commit without waiting for the WAL flush (see `write`)."""
        return self._connection("light")

    def _connection(self, name: str, synchronous: str = "") -> PgConnection:  # type: ignore
        """This thread's connection, taken from the pool on first use and kept; a connection
        the server dropped is given back (the pool discards it) and replaced."""
        db = getattr(self._local, name, None)
        if db is not None and not db.usable:  # the server dropped it (a restart, a failover)
            self._give_back(db.raw)
            db = None
        if db is None:
            raw = self.pool.getconn()
            db = PgConnection(raw)
            setattr(self._local, name, db)
            with self._lock:
                self._held.append(raw)
        return db

    def connection_lost(self, exc: BaseException) -> bool:
        """A server that dropped this thread's connection (a restart, a failover): the next
        use takes a fresh one from the pool."""
        if not isinstance(exc, psycopg.OperationalError):
            return False
        held = (getattr(self._local, name, None) for name in ("db", "light"))
        return any(db is not None and not db.usable for db in held)

    def _give_back(self, raw: psycopg.Connection) -> None:
        with self._lock:
            if raw in self._held:
                self._held.remove(raw)
        self.pool.putconn(raw)

    def close(self) -> None:
        with self._lock:
            held, self._held = self._held, []
        for raw in held:
            with contextlib.suppress(Exception):  # a connection of a pool already closed
                self.pool.putconn(raw)
        self._local = threading.local()
        self.pool.close()

    @contextmanager
    def write(self, content: bool = True, durable: bool = True) -> Iterator[PgConnection]:
        """One read-modify-write transaction. The advisory lock makes writers take turns
        across every replica, as SQLite's write lock does within one machine."""
        db = self.db if durable else self.light
        with self._write_lock:
            db.execute("BEGIN")
            try:
                db.execute("SELECT pg_advisory_xact_lock(?)", [WRITE_LOCK])
                if not durable:
                    db.execute("SET LOCAL synchronous_commit TO OFF")
                yield db
                if content:
                    db.execute("UPDATE meta SET value = CAST(value AS BIGINT) + 1 "
                               "WHERE key = 'generation'")
                db.execute("COMMIT")
            except BaseException:
                if db.usable:
                    db.execute("ROLLBACK")
                raise

    def _create_schema(self) -> None:
        with self.write(content=False) as db:
            create_tables(db)

    def backup(self, target: str | Path) -> int:
        """A consistent copy in pg_dump's custom format (restore with `pg_restore --clean
        --if-exists -d URL PATH`); returns the number of entries it holds."""
        target = Path(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        with self.db.raw.transaction():
            count = self.db.execute("SELECT count(*) FROM entries").fetchone()[0]
        env = dict(os.environ)
        passwords = _passwords(self.url)
        if passwords:  # by environment, not on a command line anyone may list
            env["PGPASSWORD"] = passwords[-1]
        dbname = _without_password(self.url, None)
        done = subprocess.run(["pg_dump", "--format=custom", f"--file={target}",
                               f"--dbname={dbname}"], capture_output=True,
                              text=True, check=False, env=env)
        if done.returncode != 0:
            raise StoreError(f"pg_dump failed: {done.stderr.strip()[:300]}")
        return int(count)

    def size(self) -> int:
        """How many entries there are (retired ones included), remembered until the next
        content write: PostgreSQL spends a sequence value on every upsert, so the largest
        rowid overcounts here."""
        memo = self._memo("size")
        if "entries" not in memo:
            memo["entries"] = int(self.db.execute("SELECT count(*) FROM entries").fetchone()[0])
        return memo["entries"]
