"""Platform state: event ids already handled (platforms redeliver events they think failed)
and the threads the bot answers in. The adapters own it; the briefing knows nothing of it."""

from datetime import UTC, datetime, timedelta


class Seen:
    def __init__(self, store):
        self.store = store
        with store.write(content=False, durable=False) as db:
            db.execute("CREATE TABLE IF NOT EXISTS seen_events (platform TEXT, event_id TEXT, "
                       "at TEXT, PRIMARY KEY (platform, event_id))")
            db.execute("CREATE INDEX IF NOT EXISTS seen_events_at ON seen_events (at)")
            db.execute("CREATE TABLE IF NOT EXISTS threads (platform TEXT, channel TEXT, "
                       "thread TEXT, PRIMARY KEY (platform, channel, thread))")

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
