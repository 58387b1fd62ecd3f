"""The gaps queue's records: questions the bot declined (a question asked again counts on
its row), Helpful / Not helpful clicks, and phrasings taught with `teach`."""

from datetime import datetime
from typing import Any

from sqlite_utils import Database

from content.records import Audit
from content.store import Store
from content.text import normalize_name


class Gaps:
    def __init__(self, store: Store):
        self.store = store

    def record_declined(
        self, question: str, platform: str, user: str, channel: str, now: datetime
    ) -> None:
        with self.store.write(content=False, durable=False) as db:
            _decline(db, question, platform, user, channel, now)

    def record_feedback(self, platform: str, user: str, channel: str, question: str, slug: str,
                        helpful: bool, now: datetime) -> None:
        """A Helpful / Not helpful click; a Not helpful one puts the question on the gaps list."""
        with self.store.write(content=False, durable=False) as db:
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
        with self.store.write(content=False) as db:
            db.execute("INSERT INTO taught (at, slug, question) VALUES (?, ?, ?)",
                       [now.isoformat(), slug, question])
            for start in range(0, len(closed), 500):
                chunk = closed[start : start + 500]
                db.execute(f"DELETE FROM declined WHERE id IN ({','.join('?' * len(chunk))})",
                           chunk)

    def dismiss(self, ids: list[int], audit: Audit, now: datetime) -> int:
        """Take declined questions off the gaps list (an admin judged them not for the
        briefing), audited; returns how many rows went."""
        with self.store.write(content=False) as db:
            gone = 0
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                gone += db.execute(
                    f"DELETE FROM declined WHERE id IN ({','.join('?' * len(chunk))})", chunk
                ).rowcount
            self.store.record_audit(db, audit, f"ok: dismissed {gone}", now)
        return gone

    def taught(self) -> list[tuple[str, str]]:
        """(slug, question) of every taught phrasing, oldest first."""
        rows = self.store.db.execute("SELECT slug, question FROM taught ORDER BY id")
        return [(slug, question) for slug, question in rows]

    def declined(self) -> list[dict[str, Any]]:
        return list(self.store.db.query("SELECT * FROM declined ORDER BY id"))


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
