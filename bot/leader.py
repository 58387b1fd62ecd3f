"""Which replica runs digests. On SQLite there is one process per store, and it leads. On
PostgreSQL every replica answers, but only the one holding a session-level advisory lock, on a
connection of its own, runs the scheduler: when that process dies its session ends, the lock
is free, and the next replica to try (every `retry` seconds) takes over. The outbox claims
still hold if two ever lead for a moment (see content/ledger.py)."""

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

log = logging.getLogger(__name__)

LEADER_LOCK = 0x6272_6965_6C64  # the advisory lock the leader holds ("brield")
RETRY = 3.0  # seconds between a follower's attempts: failover takes about this long
# The server probes the lock session's peer too, and drops it when the peer's host is gone.
SERVER_KEEPALIVES = ("-c tcp_keepalives_idle=5 -c tcp_keepalives_interval=5 "
                     "-c tcp_keepalives_count=3 -c tcp_user_timeout=20000")


class Leadership:
    def __init__(self, store, replica: str, retry: float = RETRY):
        self.store = store
        self.replica = replica
        self.retry = retry
        self.leading = False
        self._session = None  # PostgreSQL: the connection that holds the lock
        self.checked = asyncio.Event()  # set once the first try for the lead is settled

    @property
    def shared(self) -> bool:
        return str(self.store.location).startswith(("postgresql://", "postgres://"))

    def leader(self) -> str | None:
        """The replica that leads, as it recorded itself."""
        if not self.shared:
            return self.replica if self.leading else None
        row = self.store.db.execute("SELECT replica FROM leader WHERE id = 1").fetchone()
        return row[0] if row else None

    def try_lead(self) -> bool:
        """Take the lead if it is free; True while this replica holds it."""
        if not self.shared:
            self.leading = True
            return True
        import psycopg  # only replicas on PostgreSQL need it

        if self._session is not None and (self._session.closed or self._session.broken):
            self._session = None
            self.leading = False
        if self._session is None:
            # Keepalives on both ends: a leader whose host vanished loses its session, and so
            # the lock, within about 20 s rather than two hours. The server's own probes are
            # what free the lock (the client's only tell the leader it lost it).
            self._session = psycopg.connect(self.store.location, autocommit=True,
                                            connect_timeout=5, keepalives=1,
                                            keepalives_idle=5, keepalives_interval=5,
                                            keepalives_count=3, options=SERVER_KEEPALIVES)
        if self.leading:
            self._session.execute("SELECT 1")  # the lock lives as long as this session
            return True
        row = self._session.execute("SELECT pg_try_advisory_lock(%s)",
                                    [LEADER_LOCK]).fetchone()
        if row and row[0]:
            self.leading = True
            with self.store.write(content=False) as db:
                db.execute("INSERT INTO leader (id, replica, since) VALUES (1, ?, ?) "
                           "ON CONFLICT (id) DO UPDATE SET replica = excluded.replica, "
                           "since = excluded.since",
                           [self.replica, datetime.now(UTC).isoformat()])
            log.info("leading: this replica (%s) runs the digests", self.replica)
        return self.leading

    async def keep(self, elected: Callable[[], Awaitable[None]],
                   deposed: Callable[[], None]) -> None:
        """Try for the lead, and check it, every `retry` seconds until cancelled; call
        `elected` on taking it and `deposed` on losing it (its session dropped)."""
        while True:
            was = self.leading
            try:
                now = await asyncio.to_thread(self.try_lead)
            except Exception as exc:  # the database is away: whatever we held is gone
                log.warning("leader check failed: %s", type(exc).__name__)
                self._drop()
                now = False
            try:
                if now and not was:
                    await elected()
                elif was and not now:
                    log.warning("no longer leading: stopping the digests here")
                    deposed()
            except Exception:  # digests could not start: give the lead to another replica
                log.exception("starting or stopping the digests failed; giving up the lead")
                self._drop()
                with contextlib.suppress(Exception):
                    deposed()
            self.checked.set()
            await asyncio.sleep(self.retry)

    def _drop(self) -> None:
        self.leading = False
        if self._session is not None:
            with contextlib.suppress(Exception):
                self._session.close()
        self._session = None

    def close(self) -> None:
        """Give the lead up (a clean shutdown): another replica takes it at once."""
        self._drop()
