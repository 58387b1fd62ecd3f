"""What /healthz and the admin `status` command report: platforms, DB, scheduler, ledger.

Plain data: the process passes in what only it knows (which platforms are connected, whether
the scheduler runs)."""

import logging
from datetime import UTC, datetime
from typing import Any

from content.ledger import Ledger
from handlers.subscriptions import next_run

log = logging.getLogger(__name__)


def report(ledger: Ledger, scheduler_running: bool | None,
           platforms: dict[str, bool]) -> dict[str, Any]:
    now = datetime.now(UTC)
    try:
        ledger.store.db.execute("SELECT count(*) FROM entries").fetchone()
        db_ok = True
    except Exception as exc:  # the report must come back even when the DB does not
        log.error("health: database check failed: %s", type(exc).__name__)
        db_ok = False
    subscriptions = []
    pending = 0
    if db_ok:
        for s in ledger.subscriptions():
            upcoming = next_run(s, now)
            subscriptions.append({
                "id": s.id, "platform": s.platform, "channel": s.channel, "state": s.state,
                "paused_reason": s.paused_reason, "last_delivery": s.last_delivery_at,
                "next_run": upcoming.isoformat() if upcoming else "on change",
            })
        pending = len(ledger.pending())
    return {
        "ok": db_ok and scheduler_running is not False and all(platforms.values()),
        "platforms": platforms,
        "db": "ok" if db_ok else "error",
        "scheduler": {True: "running", False: "stopped", None: "not in this process"}[
            scheduler_running],
        "subscriptions": subscriptions,
        "pending_outbox": pending,
    }
