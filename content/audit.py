"""The audit log: one row per edit or refused attempt, written in the edit's transaction.
Mixed into `Store`."""

from datetime import datetime, timedelta
from typing import Any

from sqlite_utils import Database

from content.records import Audit

# A person's refused attempts within this window share one audit row.
DENIED_WINDOW = timedelta(hours=1)


class AuditMixin:
    def record_audit(self, db: Database, audit: Audit, result: str, now: datetime) -> None:
        """One audit row, inside the caller's write transaction."""
        db.execute(
            "INSERT INTO audit (at, actor, platform, user, channel, command, result) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [now.isoformat(), audit.actor, audit.platform, audit.user, audit.channel,
             audit.command[:500], result],
        )

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

    def latest_audit(self, limit: int) -> list[dict[str, Any]]:
        """The newest `limit` audit rows, newest first."""
        return list(self.db.query("SELECT * FROM audit ORDER BY id DESC LIMIT ?", [limit]))
