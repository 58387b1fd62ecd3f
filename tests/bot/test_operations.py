"""Operating the bot: backup and restore, the admin status command, logs without secrets."""

import logging
import sqlite3
import threading
from dataclasses import replace

from bot.logs import configure_logging
from content.store import Store
from tests.bot.test_cli import run
from tests.conftest import NOW, ask


def test_backup_is_consistent_while_writes_go_on_and_restores(store, tmp_path):
    entry = store.get("mythos")
    stop = threading.Event()

    def writer():
        i = 0
        while not stop.is_set():
            i += 1
            store.load_pack([replace(entry, summary=f"{entry.summary} {i}")], now=NOW)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        count = store.backup(tmp_path / "copy.db")
    finally:
        stop.set()
        thread.join()
    assert count == store.count()
    copy = sqlite3.connect(tmp_path / "copy.db")
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    copy.close()
    restored = Store(tmp_path / "copy.db")  # restore = point BRIEFBOT_DB at the copy
    assert restored.get("mythos").version >= 1 and restored.search(["mythos"])


def test_backup_cli_refuses_to_overwrite(tmp_path):
    db = tmp_path / "b.db"
    run("ask", "hi", db=db)
    out = run("backup", str(tmp_path / "copy.db"), db=db)
    assert out.returncode == 0 and "backed up" in out.stdout
    again = run("backup", str(tmp_path / "copy.db"), db=db)
    assert again.returncode == 2 and "exists" in again.stderr


def test_status_is_for_admins_and_reports_the_ledger(router):
    assert "Only admins" in ask(router, "status").text
    ask(router, "subscribe", user="admin")
    text = ask(router, "status", user="admin").text
    assert "Database: ok" in text and "pending digests: 0" in text
    assert "#1 console:console · active" in text


def test_logs_never_show_a_secret(capsys):
    canary = "xoxb-canary-0123456789"
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    configure_logging({"SLACK_BOT_TOKEN": canary, "BRIEFBOT_LOG_LEVEL": "DEBUG",
                       "BRIEFBOT_LOG_FORMAT": "json"})
    log = logging.getLogger("bot.test")
    try:
        raise RuntimeError(f"auth failed for {canary}")
    except RuntimeError:
        log.exception("token %s rejected", canary, extra={"platform": "slack", "channel": "C1"})
    err = capsys.readouterr().err
    assert canary not in err and "[redacted]" in err
    assert '"platform": "slack"' in err and '"subsystem": "bot.test"' in err
    root.handlers[:], root.level = saved


def test_healthz_tells_strangers_how_it_is_but_names_no_channel(router):
    import json as _json

    from content.store import Audit as _Audit
    from handlers import status
    from tests.conftest import NOW as _NOW

    audit = _Audit("slack:U1", "slack", "U1", "CSECRET9", "subscribe")
    router.ledger.subscribe("slack", "CSECRET9", "on-change", "UTC", (), audit, _NOW)
    report = status.report(router.ledger, True, {"slack": False})
    shown = status.public(report, 12.5)
    assert shown["status"] == "degraded" and shown["why"] == ["slack disconnected"]
    assert shown["counts"] == {"subscriptions": 1, "paused": 0, "pending_digests": 0}
    assert "CSECRET9" not in _json.dumps(shown) and "CSECRET9" in _json.dumps(report)
