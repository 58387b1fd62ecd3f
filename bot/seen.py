"""Platform state: event ids already handled (platforms redeliver events they think failed)
and the threads the bot answers in. The adapters own it; the briefing knows nothing of it.

The inbox makes an event's answer survive the death of the process that took it: an event is
written down before Slack gets its acknowledgement, the replica that answers it claims it for
`LEASE` seconds and marks it done once the answer is posted, and any replica's sweep takes up
an event whose claim lapsed (checking first that the answer did not land)."""

import json
from datetime import UTC, datetime, timedelta

# Seconds a replica has to answer an event it claimed: longer than a slow answer (a users.info
# look-up and a post, each retried on 429) so a live replica's answer is never taken over.
LEASE = 45
ATTEMPTS = 5  # an event whose answer failed this often is given up
UNCLAIMED = 5  # seconds an event may wait, written down but not yet claimed, before a sweep
KEEP_HOURS = 24


class Seen:
    def __init__(self, store):
        self.store = store
        with store.write(content=False, durable=False) as db:
            db.execute("CREATE TABLE IF NOT EXISTS seen_events (platform TEXT, event_id TEXT, "
                       "at TEXT, PRIMARY KEY (platform, event_id))")
            db.execute("CREATE INDEX IF NOT EXISTS seen_events_at ON seen_events (at)")
            db.execute("CREATE TABLE IF NOT EXISTS threads (platform TEXT, channel TEXT, "
                       "thread TEXT, PRIMARY KEY (platform, channel, thread))")
            db.execute("CREATE TABLE IF NOT EXISTS inbox (platform TEXT, event_id TEXT, "
                       "body TEXT, at TEXT, status TEXT, claimed_by TEXT, claimed_until TEXT, "
                       "attempts INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (platform, event_id))")
            db.execute("CREATE INDEX IF NOT EXISTS inbox_status ON inbox (status, at)")
            db.execute("CREATE INDEX IF NOT EXISTS inbox_at ON inbox (at)")
            # An inbox made before events counted their attempts lacks the column.
            on_pg = str(store.location).startswith(("postgresql://", "postgres://"))
            has = db.execute(
                "SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() "
                "AND table_name = 'inbox' AND column_name = 'attempts'" if on_pg else
                "SELECT 1 FROM pragma_table_info('inbox') WHERE name = 'attempts'").fetchone()
            if has is None:
                db.execute("ALTER TABLE inbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0")

    def first_time(self, platform: str, event_id: str, thread: tuple[str, str] | None = None,
                   keep_hours: int = 24) -> bool:
        """True the first time an event id is seen; platforms redeliver events they think
        failed. Ids older than `keep_hours` are forgotten (platforms stop retrying long before).
        A first sighting can also remember a (channel, thread) the bot now answers in, in the
        same transaction: one write per event."""
        now = datetime.now(UTC)
        with self.store.write(content=False, durable=False) as db:
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

    def receive(self, platform: str, event_id: str, body: dict) -> None:
        """Write an event down before the platform hears it arrived (a durable commit): from
        then on some replica answers it, even if this process dies next."""
        now = datetime.now(UTC)
        with self.store.write(content=False) as db:
            kept = {k: v for k, v in body.items() if k != "token"}  # not Slack's old token
            db.execute("INSERT OR IGNORE INTO inbox (platform, event_id, body, at, status) "
                       "VALUES (?, ?, ?, ?, 'pending')",
                       [platform, event_id, json.dumps(kept), now.isoformat()])

    def claim(self, platform: str, event_id: str, owner: str,
              thread: tuple[str, str] | None = None) -> bool:
        """True when `owner` may answer the event now: it is not done, and no claim on it is
        live (a redelivery while it is being answered is not answered again). Events the inbox
        never saw (Socket Mode) are written down here. A claim can also remember a (channel,
        thread) the bot now answers in, in the same transaction."""
        now = datetime.now(UTC)
        with self.store.write(content=False) as db:
            db.execute("INSERT OR IGNORE INTO inbox (platform, event_id, body, at, status) "
                       "VALUES (?, ?, '{}', ?, 'pending')", [platform, event_id, now.isoformat()])
            row = db.execute(
                "SELECT event_id FROM inbox WHERE platform = ? AND event_id = ? AND "
                "status = 'pending' AND (claimed_until IS NULL OR claimed_until < ?)"
                + self.store.LOCK_ROWS, [platform, event_id, now.isoformat()]).fetchone()
            if row is None:
                return False
            db.execute("UPDATE inbox SET claimed_by = ?, claimed_until = ?, "
                       "attempts = attempts + 1 WHERE platform = ? AND event_id = ?",
                       [owner, (now + timedelta(seconds=LEASE)).isoformat(), platform,
                        event_id])
            if thread:
                db.execute("INSERT OR IGNORE INTO threads (platform, channel, thread) "
                           "VALUES (?, ?, ?)", [platform, *thread])
            return True

    def done(self, platform: str, event_id: str) -> None:
        with self.store.write(content=False, durable=False) as db:
            db.execute("UPDATE inbox SET status = 'done' WHERE platform = ? AND event_id = ?",
                       [platform, event_id])

    def prune(self) -> None:
        """Forget inbox events older than a day (platforms stop retrying long before); the
        sweep calls it, so no event's answer waits for it."""
        since = (datetime.now(UTC) - timedelta(hours=KEEP_HOURS)).isoformat()
        with self.store.write(content=False, durable=False) as db:
            db.execute("DELETE FROM inbox WHERE at < ?", [since])

    def stranded(self, platform: str, limit: int = 50) -> list[tuple[str, dict]]:
        """(event id, body) of events written down but not answered: a claim that lapsed (its
        replica died), or none taken within `UNCLAIMED` seconds."""
        now = datetime.now(UTC)
        rows = self.store.db.execute(
            "SELECT event_id, body FROM inbox WHERE platform = ? AND status = 'pending' AND "
            "body != '{}' AND attempts < ? AND ((claimed_until IS NULL AND at < ?) OR "
            "claimed_until < ?) ORDER BY at LIMIT ?",
            [platform, ATTEMPTS, (now - timedelta(seconds=UNCLAIMED)).isoformat(),
             now.isoformat(), limit]).fetchall()
        return [(event_id, json.loads(body)) for event_id, body in rows]

    def follow(self, platform: str, channel: str, thread: str) -> None:
        """Remember a thread the bot now answers in."""
        with self.store.write(content=False, durable=False) as db:
            db.execute("INSERT OR IGNORE INTO threads (platform, channel, thread) "
                       "VALUES (?, ?, ?)", [platform, channel, thread])

    def knows_thread(self, platform: str, channel: str, thread: str) -> bool:
        row = self.store.db.execute(
            "SELECT 1 FROM threads WHERE platform = ? AND channel = ? AND thread = ?",
            [platform, channel, thread],
        ).fetchone()
        return row is not None
