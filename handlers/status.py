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
           platforms: dict[str, bool], replica: str | None = None,
           leader: str | None = None) -> dict[str, Any]:
    """`scheduler_running` None: digests run elsewhere (another replica leads, or none is
    started in this process); `leader`: the replica that runs them, when replicas share the
    store."""
    now = datetime.now(UTC)
    try:
        ledger.store.count()
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
        "replica": replica,
        "leader": leader,
        "subscriptions": subscriptions,
        "pending_outbox": pending,
    }


def public(report: dict[str, Any], uptime_s: float) -> dict[str, Any]:
    """What anyone may see at /healthz: overall health, why it is degraded, uptime and counts;
    never channel ids or pause reasons (those stay in the admins' `status`)."""
    why = [f"{name} disconnected" for name, up in report["platforms"].items() if not up]
    if report["db"] != "ok":
        why.append("database unavailable")
    if report["scheduler"] == "stopped":
        why.append("scheduler stopped")
    paused = sum(s["state"] != "active" for s in report["subscriptions"])
    return {
        "ok": report["ok"],
        "status": "ok" if report["ok"] else "degraded",
        "why": why,
        "uptime_s": round(uptime_s, 1),
        "platforms": report["platforms"],
        "db": report["db"],
        "scheduler": report["scheduler"],
        "replica": report.get("replica"),
        "leader": report.get("leader"),
        "counts": {"subscriptions": len(report["subscriptions"]), "paused": paused,
                   "pending_digests": report["pending_outbox"]},
    }
