"""The delivery ledger: channel subscriptions, their cursors, and the digest outbox.

A subscription's cursor is the last revision id delivered to its channel. Before a digest is
posted, an outbox row (pending) records the revision range it covers; the cursor moves only
when the post succeeded, in the same transaction that marks the row sent. So a crash leaves
either nothing (the digest is built again) or a pending row, which the runner resolves by
asking the platform whether the post landed before it posts anything new.
"""

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from content.store import Audit, Revision, Store, revision_from_row


@dataclass(frozen=True)
class Subscription:
    id: int
    platform: str
    channel: str
    schedule: str
    tz: str
    only: tuple[str, ...]
    cursor: int
    state: str  # active | paused
    paused_reason: str | None
    created_at: str
    last_delivery_at: str | None
    last_run_at: str | None


@dataclass(frozen=True)
class Outbox:
    id: int
    digest_id: str
    subscription_id: int
    platform: str
    channel: str
    from_rev: int
    to_rev: int
    digest: dict[str, Any]
    status: str  # pending | sent | failed
    message_ids: tuple[str | None, ...]


class Ledger:
    def __init__(self, store: Store):
        self.store = store
        with store.write(content=False) as db:
            _create_tables(db)

    # -- subscriptions ---------------------------------------------------------------------

    def subscribe(self, platform: str, channel: str, schedule: str, tz: str,
                  only: tuple[str, ...], audit: Audit, now: datetime) -> tuple[Subscription, bool]:
        """Create, or change the schedule of, the channel's subscription. A new one starts at
        the newest revision: it never receives older history. Changing one keeps its cursor,
        so nothing pending is lost; it also resumes a paused one."""
        with self.store.write(content=False) as db:
            existing = self._find(platform, channel)
            if existing is None:
                db.execute(
                    "INSERT INTO subscriptions (platform, channel, schedule, tz, only, cursor, "
                    "state, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, 'active', ?, ?)",
                    [platform, channel, schedule, tz, json.dumps(list(only)),
                     self.newest_revision(), now.isoformat(), audit.actor],
                )
            else:
                db.execute(
                    "UPDATE subscriptions SET schedule = ?, tz = ?, only = ?, state = 'active', "
                    "paused_reason = NULL WHERE id = ?",
                    [schedule, tz, json.dumps(list(only)), existing.id],
                )
            self.store.record_audit(db, audit, f"ok: subscribed {platform}:{channel}", now)
            subscription = self._find(platform, channel)
        assert subscription is not None
        return subscription, existing is None

    def unsubscribe(self, platform: str, channel: str, audit: Audit, now: datetime) -> bool:
        with self.store.write(content=False) as db:
            existing = self._find(platform, channel)
            if existing is not None:
                db.execute("UPDATE outbox SET status = 'failed', last_error = 'unsubscribed' "
                           "WHERE subscription_id = ? AND status = 'pending'", [existing.id])
                db.execute("DELETE FROM subscriptions WHERE id = ?", [existing.id])
            result = "ok: unsubscribed" if existing else "unchanged: not subscribed"
            self.store.record_audit(db, audit, f"{result} {platform}:{channel}", now)
        return existing is not None

    def subscription(self, platform: str, channel: str) -> Subscription | None:
        return self._find(platform, channel)

    def get(self, subscription_id: int) -> Subscription | None:
        row = self.store.db.execute(
            f"SELECT {_SUB_COLS} FROM subscriptions WHERE id = ?", [subscription_id]
        ).fetchone()
        return _subscription(row) if row else None

    def subscriptions(self) -> list[Subscription]:
        rows = self.store.db.execute(f"SELECT {_SUB_COLS} FROM subscriptions ORDER BY id")
        return [_subscription(row) for row in rows]

    def signature(self) -> tuple:
        """Changes whenever a subscription is added, removed or rescheduled (for the scheduler)."""
        rows = self.store.db.execute(
            "SELECT id, schedule, tz, state FROM subscriptions ORDER BY id"
        ).fetchall()
        return tuple(rows)

    def pause(self, subscription_id: int, reason: str) -> None:
        with self.store.write(content=False) as db:
            db.execute("UPDATE subscriptions SET state = 'paused', paused_reason = ? WHERE id = ?",
                       [reason[:300], subscription_id])

    def mark_run(self, subscription_id: int, now: datetime) -> None:
        with self.store.write(content=False) as db:
            db.execute("UPDATE subscriptions SET last_run_at = ? WHERE id = ?",
                       [now.isoformat(), subscription_id])

    def skip(self, subscription_id: int, to_rev: int) -> None:
        """Changes that net to nothing (undone in the window): move past them, post nothing."""
        with self.store.write(content=False) as db:
            db.execute("UPDATE subscriptions SET cursor = max(cursor, ?) WHERE id = ?",
                       [to_rev, subscription_id])

    # -- revisions -------------------------------------------------------------------------

    def newest_revision(self) -> int:
        return self.store.db.execute("SELECT coalesce(max(id), 0) FROM revisions").fetchone()[0]

    def revisions_after(self, cursor: int, upto: int) -> list[tuple[int, Revision]]:
        rows = self.store.db.execute(
            "SELECT id, slug, version, actor, at, before, after FROM revisions "
            "WHERE id > ? AND id <= ? ORDER BY id",
            [cursor, upto],
        )
        return [(row[0], revision_from_row(row[1:])) for row in rows]

    # -- outbox ----------------------------------------------------------------------------

    def open(self, subscription: Subscription, from_rev: int, to_rev: int,
             digest: dict[str, Any], now: datetime) -> Outbox:
        """Record the digest as pending before anything is posted. If the subscription already
        has a pending digest (another process is delivering it), that one is returned: two
        overlapping ranges would post the same changes twice."""
        digest_id = f"bb-{subscription.id}-{to_rev}"
        with self.store.write(content=False) as db:
            row = db.execute("SELECT digest_id FROM outbox WHERE subscription_id = ? AND "
                             "status = 'pending' ORDER BY id LIMIT 1",
                             [subscription.id]).fetchone()
            if row:
                digest_id = row[0]
            db.execute(
                "INSERT INTO outbox (digest_id, subscription_id, platform, channel, from_rev, "
                "to_rev, digest, status, message_ids, created_at, attempts) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', '[]', ?, 0) "
                "ON CONFLICT(digest_id) DO NOTHING",
                [digest_id, subscription.id, subscription.platform, subscription.channel,
                 from_rev, to_rev, json.dumps(digest, ensure_ascii=False), now.isoformat()],
            )
        found = self.outbox(digest_id)
        assert found is not None
        return found

    def outbox(self, digest_id: str) -> Outbox | None:
        row = self.store.db.execute(
            f"SELECT {_OUT_COLS} FROM outbox WHERE digest_id = ?", [digest_id]
        ).fetchone()
        return _outbox(row) if row else None

    def pending(self, subscription_id: int | None = None) -> list[Outbox]:
        where = "" if subscription_id is None else f" AND subscription_id = {int(subscription_id)}"
        rows = self.store.db.execute(
            f"SELECT {_OUT_COLS} FROM outbox WHERE status = 'pending'{where} ORDER BY id"
        )
        return [_outbox(row) for row in rows]

    def claim(self, outbox_id: int, owner: str, now: datetime, seconds: int = 60) -> bool:
        """Take, or renew, the right to post this row, unless another owner's live claim
        holds it. The holder renews before every attempt; a killed holder's claim lapses
        after `seconds`, and then another process settles the row."""
        with self.store.write(content=False) as db:
            # On PostgreSQL the row is locked too (FOR UPDATE SKIP LOCKED): a replica that
            # finds it locked by another's claim moves on rather than waiting.
            row = db.execute(
                "SELECT id FROM outbox WHERE id = ? AND status != 'sent' AND "
                "(claimed_until IS NULL OR claimed_until < ? OR claimed_by = ?)"
                + self.store.LOCK_ROWS, [outbox_id, now.isoformat(), owner]).fetchone()
            if row is None:
                return False
            db.execute("UPDATE outbox SET claimed_until = ?, claimed_by = ? WHERE id = ?",
                       [(now + timedelta(seconds=seconds)).isoformat(), owner, outbox_id])
            return True

    def release(self, outbox_id: int) -> None:
        with self.store.write(content=False) as db:
            db.execute("UPDATE outbox SET claimed_until = NULL WHERE id = ?", [outbox_id])

    def record_part(self, outbox_id: int, index: int, message_id: str, parts: int) -> None:
        """One post of a multi-post digest landed; remember its id before the next."""
        with self.store.write(content=False) as db:
            row = db.execute("SELECT message_ids FROM outbox WHERE id = ?", [outbox_id]).fetchone()
            ids = json.loads(row[0]) + [None] * parts
            ids = ids[:parts]
            ids[index] = message_id
            db.execute("UPDATE outbox SET message_ids = ?, attempts = attempts + 1 WHERE id = ?",
                       [json.dumps(ids), outbox_id])

    def mark_sent(self, outbox_id: int, now: datetime) -> None:
        """The digest is delivered: mark it and move the cursor, in one transaction."""
        with self.store.write(content=False) as db:
            row = db.execute("SELECT subscription_id, to_rev FROM outbox WHERE id = ?",
                             [outbox_id]).fetchone()
            db.execute("UPDATE outbox SET status = 'sent', sent_at = ? WHERE id = ?",
                       [now.isoformat(), outbox_id])
            db.execute(
                "UPDATE subscriptions SET cursor = max(cursor, ?), last_delivery_at = ? "
                "WHERE id = ?",
                [row[1], now.isoformat(), row[0]],
            )

    def mark_failed(self, outbox_id: int, error: str) -> None:
        with self.store.write(content=False) as db:
            db.execute("UPDATE outbox SET status = 'failed', last_error = ? WHERE id = ?",
                       [error[:300], outbox_id])

    def note_error(self, outbox_id: int, error: str) -> None:
        with self.store.write(content=False) as db:
            db.execute("UPDATE outbox SET last_error = ?, attempts = attempts + 1 WHERE id = ?",
                       [error[:300], outbox_id])

    def _find(self, platform: str, channel: str) -> Subscription | None:
        row = self.store.db.execute(
            f"SELECT {_SUB_COLS} FROM subscriptions WHERE platform = ? AND channel = ?",
            [platform, channel],
        ).fetchone()
        return _subscription(row) if row else None


_SUB_COLS = ("id, platform, channel, schedule, tz, only, cursor, state, paused_reason, "
             "created_at, last_delivery_at, last_run_at")
_OUT_COLS = ("id, digest_id, subscription_id, platform, channel, from_rev, to_rev, digest, "
             "status, message_ids")


def _subscription(row: tuple) -> Subscription:
    data = dict(zip(_SUB_COLS.split(", "), row, strict=True))
    data["only"] = tuple(json.loads(data["only"] or "[]"))
    return Subscription(**data)


def _outbox(row: tuple) -> Outbox:
    data = dict(zip(_OUT_COLS.split(", "), row, strict=True))
    data["digest"] = json.loads(data["digest"])
    data["message_ids"] = tuple(json.loads(data["message_ids"]))
    return Outbox(**data)


def _create_tables(db) -> None:
    db.execute(
        "CREATE TABLE IF NOT EXISTS subscriptions (id INTEGER PRIMARY KEY, platform TEXT NOT NULL,"
        " channel TEXT NOT NULL, schedule TEXT NOT NULL, tz TEXT NOT NULL, only TEXT NOT NULL,"
        " cursor INTEGER NOT NULL, state TEXT NOT NULL, paused_reason TEXT, created_at TEXT,"
        " created_by TEXT, last_delivery_at TEXT, last_run_at TEXT, UNIQUE (platform, channel))"
    )
    db.execute(
        "CREATE TABLE IF NOT EXISTS outbox (id INTEGER PRIMARY KEY, digest_id TEXT NOT NULL UNIQUE,"
        " subscription_id INTEGER NOT NULL, platform TEXT NOT NULL, channel TEXT NOT NULL,"
        " from_rev INTEGER NOT NULL, to_rev INTEGER NOT NULL, digest TEXT NOT NULL,"
        " status TEXT NOT NULL, message_ids TEXT NOT NULL, created_at TEXT, sent_at TEXT,"
        " attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT, claimed_until TEXT,"
        " claimed_by TEXT)"
    )
    db.execute("CREATE INDEX IF NOT EXISTS outbox_status ON outbox (status)")
